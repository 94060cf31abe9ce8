"""The server's clock dates everything: writes read it in their transaction; a seat that only reads learns its
offset too, and the console's countdowns tick by it (models.clock.Clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from pitstop_desktop.db import Database
from pitstop_desktop.models.clock import Clock
from pitstop_desktop.services import occurrences
from pitstop_desktop.services.unit_of_work import current_policy


def test_a_seat_that_only_reads_learns_the_servers_clock(pg_desk_url: str) -> None:
    db = Database(pg_desk_url)
    try:
        assert db.clock_offset_age() == float("inf")
        current_policy(db)  # a read
        assert db.clock_offset_age() < 60 and abs(db.clock_offset) < timedelta(seconds=5)
    finally:
        db.dispose()


def test_a_write_is_dated_by_the_server_not_by_this_computer(pg_desk_url: str) -> None:
    db = Database(pg_desk_url)
    try:
        made = occurrences.register_call(db, actor="ana", client="ACME", channel="phone", summary="Sem acesso")
        with db.connect() as conn:
            opened, xact_start = conn.execute(text(
                "SELECT o.opened_at, a.at FROM occurrences o JOIN audit_events a ON a.occurrence_id = o.id "
                "WHERE o.number = :n"), {"n": made.number}).one()
        assert opened == xact_start  # the row and its audit event carry the same server moment
        assert abs(opened - datetime.now(UTC)) < timedelta(seconds=5)
    finally:
        db.dispose()


def test_the_consoles_clock_follows_the_offset() -> None:
    offset = timedelta(minutes=7)
    ahead = Clock(lambda: offset).now() - datetime.now(UTC)
    assert timedelta(minutes=6, seconds=59) < ahead < timedelta(minutes=7, seconds=1)
    assert Clock().stamp() is None  # the real clock lets the database date an action
