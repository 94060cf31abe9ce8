"""Registering a call makes at most 6 round trips to the office server (issue 10), on the desk of
``tests.services.helpers`` (SQLite and PostgreSQL; on PostgreSQL every use case runs as its person's role under
the server's guards).

What a round trip is: one request the client sends and then waits for the server's answer before it can go
on. On PostgreSQL that is one protocol exchange ending in a ``Query`` (simple protocol: the pool's pre-ping
``;``, psycopg's own ``BEGIN``, ``COMMIT``) or in a ``Sync`` (extended protocol: every statement with
parameters, prepared or not). They are counted on the wire with libpq's own trace of the connection
(``PQtrace``), so nothing the driver or the pool sends unseen (psycopg sends ``BEGIN`` itself before the first
statement; SQLAlchemy pings the connection when the pool hands it out) escapes the count; the statements
SQLAlchemy sends (``before_cursor_execute``) are listed beside them for the failure message. On SQLite there is
no server: the count is the statements sent to the library (``before_cursor_execute``, which sees ``BEGIN
IMMEDIATE``) plus the ``COMMIT``, the work each of them costs in-process.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import event, text

from pitstop_desktop.db import Database
from pitstop_desktop.services import occurrences
from pitstop_desktop.services.call_lookup import call_lookup
from pitstop_desktop.services.unit_of_work import UnitOfWork, run
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    at,
    desk_db_url,
)

MAX_ROUND_TRIPS = 6  # issue 10, on PostgreSQL


@dataclass
class Wire:
    """What one engine sent: statements (SQLAlchemy) and, on PostgreSQL, the libpq trace of every connection."""

    statements: list[str] = field(default_factory=list)
    commits: int = 0
    trace_fd: int | None = None
    trace_path: str | None = None
    _start: int = 0

    def mark(self) -> None:
        self.statements.clear()
        self.commits = 0
        if self.trace_fd is not None:
            self._start = os.lseek(self.trace_fd, 0, os.SEEK_END)

    def messages(self) -> list[str]:
        """The frontend messages that end a round trip (``Query``, ``Sync``), with what they carried."""
        assert self.trace_fd is not None and self.trace_path is not None
        os.fsync(self.trace_fd)
        with open(self.trace_path, encoding="utf-8", errors="replace") as trace:
            lines = trace.read()[self._start:].splitlines()
        out, pending = [], ""
        for line in lines:
            parts = line.split("\t")
            if len(parts) < 3 or parts[0] != "F":
                continue
            if parts[2] == "Parse":
                pending = parts[3][:100] if len(parts) > 3 else ""
            elif parts[2] == "Query":
                out.append("Query " + (parts[3][:100] if len(parts) > 3 else ""))
            elif parts[2] == "Sync":
                out.append("Sync " + (pending or "(prepared statement)"))
                pending = ""
        return out

    def round_trips(self, db: Database) -> int:
        return len(self.messages()) if db.is_postgres else len(self.statements) + self.commits


@contextmanager
def watched(db: Database) -> Iterator[Wire]:
    """Count what ``db`` sends from now on (a fresh :class:`Database`, so every connection is traced)."""
    wire = Wire()

    @event.listens_for(db.engine, "before_cursor_execute")
    def _statement(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        wire.statements.append(" ".join(statement.split())[:100])

    @event.listens_for(db.engine, "commit")
    def _commit(_conn: Any) -> None:
        wire.commits += 1

    if db.is_postgres:
        wire.trace_fd, wire.trace_path = tempfile.mkstemp(suffix=".pqtrace")

        @event.listens_for(db.engine, "connect")
        def _trace(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.pgconn.trace(wire.trace_fd)
            dbapi_connection.pgconn.set_trace_flags(1)  # PQTRACE_SUPPRESS_TIMESTAMPS

    try:
        yield wire
    finally:
        if wire.trace_fd is not None:
            os.close(wire.trace_fd)
            os.unlink(wire.trace_path or "")


@pytest.fixture
def fresh_db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.mark.parametrize("request_id", [None, "outbox-1"], ids=["typed", "outbox"])
@pytest.mark.parametrize("dated", [True, False], ids=["at", "server-clock"])
def test_registering_a_call_takes_at_most_six_round_trips(
    fresh_db: Database, request_id: str | None, dated: bool
) -> None:
    db = fresh_db
    when = at(9, 0) if dated else None
    with watched(db) as wire:
        for i in range(3):  # warm: the pool's connection, the policy, psycopg's prepared statements
            occurrences.register_call(db, actor="ana", client="ACME", channel="phone", summary=f"Aquece {i}",
                                      sla="4H", at=when, request_id=f"warm-{i}" if request_id else None)
        wire.mark()
        record = occurrences.register_call(db, actor="ana", client="ACME", channel="phone", summary="Sem sinal",
                                           sla="4H", at=when, request_id=request_id)
        trips = wire.round_trips(db)
        shown = "\n".join(wire.messages() if db.is_postgres else wire.statements)
    if db.is_postgres:
        assert trips <= MAX_ROUND_TRIPS, f"{trips} round trips:\n{shown}"
    else:
        # BEGIN IMMEDIATE, look-up, OC number, OC, audit event, revision, feed row, COMMIT
        assert trips <= 8, f"{trips} statements:\n{shown}"
    # the record built without reading it back is the one the database holds
    assert record == occurrences.show(db, record.number, at=record.opened_at if not dated else when, history=False)
    # and the same call sent again (the outbox's replay) is the same OC
    if request_id:
        again = occurrences.register_call(db, actor="ana", client="ACME", channel="phone", summary="Sem sinal",
                                          sla="4H", at=when, request_id=request_id)
        assert again.number == record.number


def test_the_first_statement_takes_the_acting_persons_role(fresh_db: Database) -> None:
    """On the office server the look-up statement also takes the acting person's role (``SET LOCAL ROLE``, so
    the guards judge the person), without a statement of its own; on SQLite there are no roles."""
    db = fresh_db
    lookup = call_lookup(actor="ana", client="ACME", tab=None, request_id=None, database=None)
    assert lookup is not None

    def who(uow: UnitOfWork) -> str:
        assert uow.looked_up is not None
        person = uow.acting("ana", looked_up=uow.looked_up[0])
        if uow.dialect != "postgresql":
            return person.login
        return str(uow.session.execute(text("SELECT current_user")).scalar_one())

    with watched(db) as wire:
        current = run(db, who, at(9, 0), lookup=lookup, acting="ana")
        statements = list(wire.statements)
    if db.is_postgres:
        assert current.endswith("ana") and current != db.url.username
        assert not [s for s in statements if "SET LOCAL ROLE" in s.upper()], statements
    else:
        assert current == "ana"
