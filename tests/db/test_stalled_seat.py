"""A stalled seat does not stop the office (issue 8).

Every write takes the change feed's revision counter under a row lock. A seat that stalls while it holds it (a
laptop that sleeps at COMMIT, a dropped VPN) used to hold every other seat for as long as TCP took to notice
(two hours with default keepalives). Each session now carries ``idle_in_transaction_session_timeout``,
``lock_timeout`` and TCP keepalives (:class:`~pitstop_desktop.db.SessionLimits`); the tests use short ones.

The stall is real: seat A talks to PostgreSQL through a small TCP proxy that stops forwarding the moment A
sends COMMIT.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, make_url, text

from pitstop_desktop.db import Database, SessionLimits
from pitstop_desktop.domain.errors import DatabaseUnavailable
from pitstop_desktop.services.settings import get_setting, set_setting
from pitstop_desktop.services.unit_of_work import next_counter
from tests.conftest import Templates, fresh_database_url, require_postgresql


class FreezingProxy:
    """127.0.0.1:port → PostgreSQL; ``freeze()`` stops forwarding both ways (the seat's network is gone)."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.frozen = threading.Event()
        self.closed = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                while self.frozen.is_set() and not self.closed.is_set():
                    self.closed.wait(0.05)
                if self.closed.is_set():
                    return
                sink.sendall(data)
        except OSError:
            return

    def freeze(self) -> None:
        self.frozen.set()

    def close(self) -> None:
        """The seat's connection finally drops: both ends see it closed."""
        self.closed.set()
        for sock in [self._listener, *self._sockets]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


@pytest.fixture
def pg_url(db_templates: Templates, tmp_path: Path) -> Iterator[str]:
    require_postgresql()
    yield from fresh_database_url(db_templates.get("postgresql"), tmp_path)


def _run(target: Any, *args: Any) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def body() -> None:
        try:
            outcome["result"] = target(*args)
        except BaseException as exc:  # handed to the test, which asserts on it
            outcome["error"] = exc
        outcome["ended"] = time.monotonic()

    thread = threading.Thread(target=body, daemon=True)
    thread.start()
    return thread, outcome


def test_a_seat_frozen_at_commit_holds_the_others_only_until_its_session_times_out(pg_url: str) -> None:
    url = make_url(pg_url)
    proxy = FreezingProxy(url.host or "127.0.0.1", url.port or 5432)
    limits = SessionLimits(idle_in_transaction_s=2, lock_timeout_s=10)
    seat_a = Database(url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
                      limits=limits)
    seat_b = Database(pg_url, limits=limits)
    at_commit = threading.Event()

    @event.listens_for(seat_a.engine, "commit")
    def _stall(_conn: Any) -> None:  # A has taken the revision counter; its COMMIT never arrives
        proxy.freeze()
        at_commit.set()

    try:
        a, a_outcome = _run(set_setting, seat_a, "seat_a", "stalled")
        assert at_commit.wait(10)
        started = time.monotonic()
        b, b_outcome = _run(set_setting, seat_b, "seat_b", "written")
        b.join(15)
        if b.is_alive():
            proxy.close()  # let the test end; the office would have waited for TCP
            b.join(10)
            pytest.fail("seat B waited on the stalled seat's lock")
        assert "error" not in b_outcome, b_outcome
        assert b_outcome["ended"] - started < limits.idle_in_transaction_s + 3
    finally:
        proxy.close()
        a.join(10)
        seat_a.dispose()
    assert not a.is_alive() and "error" in a_outcome  # A's transaction was ended by the server, not committed
    error = a_outcome["error"]  # and A is told so in words, not with a driver's traceback
    assert isinstance(error, DatabaseUnavailable) and error.code == "database.connection_lost", repr(error)
    assert get_setting(seat_b, "seat_b") == "written"
    assert get_setting(seat_b, "seat_a") is None
    seat_b.dispose()


def test_a_write_that_waits_too_long_for_a_lock_is_refused_as_busy(pg_url: str) -> None:
    holder = Database(pg_url, limits=SessionLimits(idle_in_transaction_s=30))
    waiter = Database(pg_url, limits=SessionLimits(lock_timeout_s=1))
    try:
        with holder.write() as session:
            next_counter(session, "revision")  # a long transaction holding the counter
            started = time.monotonic()
            with pytest.raises(DatabaseUnavailable) as refused:
                set_setting(waiter, "waiter", "x")
            waited = time.monotonic() - started
            session.rollback()
        assert refused.value.code == "database.busy"
        assert "ocupado" in str(refused.value)
        assert waited < 5
    finally:
        holder.dispose()
        waiter.dispose()


def test_sessions_carry_the_limits_and_tcp_keepalives(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        with db.connect(write=False) as conn:
            show = {name: conn.execute(text(f"SHOW {name}")).scalar() for name in (
                "idle_in_transaction_session_timeout", "lock_timeout", "tcp_keepalives_idle")}
            params = conn.connection.dbapi_connection.info.get_parameters()  # type: ignore[union-attr]  # psycopg
        assert show == {"idle_in_transaction_session_timeout": "15s", "lock_timeout": "20s",
                        "tcp_keepalives_idle": "10"}
        assert params["keepalives"] == "1" and params["keepalives_idle"] == "10"
        limits = db.limits
        assert limits.keepalive_idle_s + limits.keepalive_interval_s * limits.keepalive_count <= 30
        assert limits.idle_in_transaction_s <= 30
    finally:
        db.dispose()


def test_the_revision_counter_is_taken_last(pg_url: str) -> None:
    """The counter's lock is held from the UPDATE to COMMIT: nothing of the use case's own work runs after it (on
    PostgreSQL the revision, the audit events, the feed and NOTIFY are one last statement, UnitOfWork.finish)."""
    db = Database(pg_url)
    statements: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _log(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()))

    try:
        set_setting(db, "late", "1")
    finally:
        db.dispose()
    taken = next(i for i, s in enumerate(statements)
                 if s.startswith(("UPDATE counters", "WITH rev AS (UPDATE counters")))
    after = statements[taken + 1:]
    assert all(s.startswith(("INSERT INTO change_feed", "SELECT pg_notify")) for s in after), after


def test_the_urls_own_server_options_are_kept_beside_the_session_limits(pg_desk_url: str) -> None:
    url = make_url(pg_desk_url).update_query_dict({"options": "-c statement_timeout=12345"})
    db = Database(url.render_as_string(hide_password=False))
    try:
        with db.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar_one() == "12345ms"
            assert conn.execute(text("SHOW lock_timeout")).scalar_one() == "20s"
    finally:
        db.dispose()
