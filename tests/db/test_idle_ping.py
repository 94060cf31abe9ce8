"""A seat's one connection is pinged before use only after it sat idle (db/engine.py ``_ping_when_idle``): a
server that dropped it meanwhile costs the seat nothing, and a connection in use is not pinged every time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, text

from pitstop_desktop.db import Database
from pitstop_desktop.db import engine as engine_module


@pytest.fixture
def pg_seat(db_url: str) -> Iterator[tuple[Database, Database]]:
    if not db_url.startswith("postgresql"):
        pytest.skip("pings are a PostgreSQL seat's")
    seat, admin = Database(db_url, seat=True), Database(db_url)
    yield seat, admin
    seat.dispose()
    admin.dispose()


def _backend(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _kill(admin: Database, pid: int) -> None:
    with admin.engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        conn.commit()


def test_a_connection_in_use_is_not_pinged(pg_seat: tuple[Database, Database]) -> None:
    seat, _admin = pg_seat
    sent: list[str] = []
    _backend(seat)
    event.listen(seat.engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
    for _ in range(3):
        _backend(seat)
    assert sent == ["SELECT pg_backend_pid()"] * 3  # nothing else went to the server


def test_an_idle_connection_the_server_dropped_is_replaced_before_use(
        pg_seat: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch) -> None:
    seat, admin = pg_seat
    first = _backend(seat)
    _kill(admin, first)
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)  # "it sat idle long enough"
    second = _backend(seat)  # no error: the ping found it dead and the pool opened a new one
    assert second != first


def test_without_the_ping_a_dropped_connection_fails_its_query(pg_seat: tuple[Database, Database]) -> None:
    """The other side of the trade: used again at once, a dropped connection fails (the seat's feed retries)."""
    seat, admin = pg_seat
    _kill(admin, _backend(seat))
    with pytest.raises(Exception, match=r"terminat|closed|connection"):
        _backend(seat)
    assert _backend(seat) > 0  # and the pool recovers on the next use
