"""Nothing lost: the intake window's outbox and its replay.

Saving a call (:func:`save_call`) first writes it to the local outbox file (durable before anything else
happens), then registers it on the shared database with the call's own ``request_id`` (a uuid4 made on the
attendant's computer) and the moment the call was taken (``at``). The server keeps ``request_id`` unique and
``register_call`` returns the existing OC for a known ``request_id``, so sending a call again — after a crash,
a kill, a lost acknowledgement or a double click — never makes a second OC.

- Server answers: the outbox entry is marked sent and the window shows the OC number.
- Server unreachable (or an unexpected error): the call stays pending; the window shows "pending sync" with
  :meth:`Outbox.count`, and :func:`replay` sends the pending calls, oldest first, when :func:`server_reachable`
  says the server is back.
- Server refuses by rule (unknown client, empty summary, a tab that does not take the call …): nothing was
  created, so the entry is dropped (:func:`save_call`, the window shows the error beside the field) or, during
  a replay, moved aside as "rejected" for the attendant to see — never retried.

Each call records the database it was taken for (its identity, a UUID the database got when it was created, see
:func:`settings.database_identity`) and the person who took it (``actor``). :func:`replay` sends a call only into
that database and only while that person is signed in; any other call waits, and its ``last_error`` says why
("outbox.other_database", "outbox.other_person"), so calls queued for a training server never land in production
and nobody's calls are registered in someone else's name. When the identity could not be read at saving time (the
server was away since the window opened), the call records the server's address instead and adopts the identity
of the first database reached at that same address. A call saved by a version that recorded neither is moved
aside ("outbox.unknown_database") for the attendant to check.

Claims and offers are not queued: they need the live server (R4, R9) and say so when it is away. Neither is an
appointment: a slot is only promised once the server booked it (R10), so :func:`save_call` never leaves a call with
a slot in the outbox; with the server away it raises :class:`BookingNeedsServer` (the window keeps the form and
shows it beside the slot field).
"""

from __future__ import annotations

import contextlib
import logging
import math
import sqlite3
import threading
import uuid
import weakref
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from pitstop_desktop.db import Database, first_line
from pitstop_desktop.db.outbox import PENDING, REJECTED, OutboxError, OutboxRecord, OutboxStore
from pitstop_desktop.domain.codes import Kind
from pitstop_desktop.domain.errors import BadValue, DatabaseUnavailable, Field, PitstopError
from pitstop_desktop.services import occurrences
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.settings import database_identity, known_identity

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 2.0
MAX_UNEXPECTED_FAILURES = 5  # a call that keeps failing for a reason that is neither "away" nor a rule


class BookingNeedsServer(DatabaseUnavailable):
    """An appointment cannot wait in the outbox: the slot is only booked when the server confirms it (R10).

    Nothing was saved, neither on the server nor in the outbox. ``field`` is the form field it is about.
    """

    def __init__(self, reason: str) -> None:
        super().__init__("outbox.booking_needs_server", field=Field.SLOT, reason=reason)
        self.reason = reason
        self.params = {"reason": reason}


@dataclass(frozen=True)
class PendingCall:
    """A call as the attendant saved it, with the id that makes sending it idempotent."""

    request_id: str
    actor: str
    client: str
    channel: str
    kind: str
    sla: str
    tab: str | None
    summary: str
    complementary_of: int | None
    slot: datetime | None
    technician: str | None
    at: datetime  # when the call was taken (shown); the OC is dated by the database unless ``dated``
    created_at: datetime
    dated: bool = False  # ``at`` was given on purpose (a backfill: an import, a fixed clock), so the OC keeps it
    attempts: int = 0
    last_error: str | None = None
    database: str | None = None  # the identity of the database it was taken for
    server: str | None = None  # that database's address (no password): shown, and used while the identity is unknown

    def register_kwargs(self) -> dict[str, Any]:
        """The arguments of :func:`occurrences.register_call` for this call."""
        return dict(actor=self.actor, client=self.client, channel=self.channel, summary=self.summary,
                    kind=self.kind, sla=self.sla, tab=self.tab, complementary_of=self.complementary_of,
                    slot=self.slot, technician=self.technician, request_id=self.request_id,
                    at=self.at if self.dated else None, database=self.database)


_PAYLOAD_FIELDS = ("actor", "client", "channel", "kind", "sla", "tab", "summary", "complementary_of", "slot",
                   "technician", "at", "database", "server", "dated")
_TIME_FIELDS = ("slot", "at")


def _aware(value: datetime | None, code: str, field: Field) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise BadValue(code, field=field)
    return value


def new_call(
    *,
    actor: str,
    client: str,
    channel: str,
    summary: str,
    kind: str = Kind.QUESTION.value,
    sla: str = "24H",
    tab: str | None = None,
    complementary_of: int | None = None,
    slot: datetime | None = None,
    technician: str | None = None,
    at: datetime | None = None,
    database: str | None = None,
) -> PendingCall:
    """A new call with a fresh client-generated ``request_id`` (uuid4); ``at`` (a backfill) defaults to now, and
    then the database dates the OC when it arrives (on the office server, by its own clock).

    ``database``: the identity of the database it is for; :func:`save_call` fills it in when left out. Its text
    is checked here, as it is typed (``occurrences.check_call_text``): a value the server can never store (a NUL
    byte, too long) is refused at once rather than queued and replayed in vain.
    """
    occurrences.check_call_text(summary=summary, client=client, request_id=None)
    now = datetime.now(UTC)
    return PendingCall(
        request_id=str(uuid.uuid4()), actor=actor, client=client, channel=channel, kind=kind, sla=sla, tab=tab,
        summary=summary, complementary_of=complementary_of, slot=_aware(slot, "value.slot_without_zone", Field.SLOT),
        technician=technician, at=_aware(at, "value.call_time_without_zone", Field.TIME) or now, created_at=now,
        dated=at is not None, database=database,
    )


def _payload(call: PendingCall) -> dict[str, Any]:
    data = {k: getattr(call, k) for k in _PAYLOAD_FIELDS}
    for k in _TIME_FIELDS:
        if data[k] is not None:
            data[k] = data[k].astimezone(UTC).isoformat()
    return data


def _call(record: OutboxRecord) -> PendingCall:
    data: dict[str, Any] = {k: record.payload.get(k) for k in _PAYLOAD_FIELDS}
    data["dated"] = bool(data["dated"])  # calls saved before it existed are dated by the database
    for k in _TIME_FIELDS:
        if data[k] is not None:
            data[k] = datetime.fromisoformat(data[k])
    return PendingCall(request_id=record.request_id, created_at=record.created_at, attempts=record.attempts,
                       last_error=record.last_error, **data)


class Outbox:
    """The attendant's local outbox (one file per user; see :mod:`pitstop_desktop.db.outbox`).

    Thread-safe within a process. ``add`` is on disk when it returns.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.store = OutboxStore(path)
        self._replaying = threading.Lock()
        with contextlib.suppress(OutboxError):
            self.store.purge_sent()

    @property
    def path(self) -> Path:
        return self.store.path

    def add(self, call: PendingCall) -> None:
        self.store.add(call.request_id, _payload(call), call.created_at)

    def pending(self) -> list[PendingCall]:
        """Calls waiting for the server, oldest first."""
        return [_call(r) for r in self.store.records(PENDING)]

    def count(self) -> int:
        """How many calls wait for the server (the window's "pending sync" count)."""
        return self.store.count(PENDING)

    def rejected(self) -> list[PendingCall]:
        """Calls the server refused during a replay (``last_error`` says why), oldest first."""
        return [_call(r) for r in self.store.records(REJECTED)]

    def get(self, request_id: str) -> tuple[str, PendingCall, int | None] | None:
        """``(state, call, OC number)`` of one entry, or None."""
        record = self.store.get(request_id)
        return None if record is None else (record.state, _call(record), record.number)

    def mark_sent(self, request_id: str, number: int) -> None:
        self.store.mark_sent(request_id, number)

    def mark_failed(self, request_id: str, error: str) -> None:
        self.store.mark_failed(request_id, error)

    def mark_rejected(self, request_id: str, error: str) -> None:
        self.store.mark_rejected(request_id, error)

    def mark_waiting(self, request_id: str, error: str) -> None:
        self.store.mark_waiting(request_id, error)

    def remove(self, request_id: str) -> None:
        """Forget a pending or rejected call (after the attendant dealt with it)."""
        self.store.remove(request_id)

    dismiss = remove

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class SaveResult:
    """``number``/``occurrence`` when the server took it; ``queued`` with ``error`` (why) when it was away."""

    request_id: str
    number: int | None
    queued: bool
    occurrence: OccurrenceRecord | None
    error: str | None


@dataclass(frozen=True)
class ReplayReport:
    sent: list[tuple[str, int]] = field(default_factory=list)  # (request_id, OC number)
    still_pending: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (request_id, reason)


_UNREACHABLE: tuple[type[BaseException], ...] = (
    DatabaseUnavailable,
    sa_exc.OperationalError,
    sa_exc.InterfaceError,
    sa_exc.DisconnectionError,
    sa_exc.TimeoutError,  # pool checkout timeout
    psycopg.OperationalError,
    psycopg.InterfaceError,
    sqlite3.OperationalError,
    ConnectionError,
    TimeoutError,
)


def is_unreachable(exc: BaseException) -> bool:
    """The database could not be reached (or the connection broke): the call may be sent again later."""
    if isinstance(exc, _UNREACHABLE):
        return True
    return isinstance(exc, sa_exc.DBAPIError) and bool(exc.connection_invalidated)


def _register(db: Database, call: PendingCall) -> OccurrenceRecord:
    return occurrences.register_call(db, **call.register_kwargs())


def save_call(db: Database, outbox: Outbox, call: PendingCall) -> SaveResult:
    """Outbox first (durable), then the server. See the module docstring for the three outcomes.

    Raises the server's :class:`PitstopError` for a call refused by rule (nothing is kept, nothing replayed).
    An unexpected error (a bug, a server error that is neither "away" nor a rule) is logged and answered as
    queued, with ``error`` saying so.
    If the outbox itself cannot be written and the server is away too, raises :class:`OutboxError`: the call
    was NOT saved and the window must keep the form.
    A call with a slot is never left queued: with the server away it is withdrawn from the outbox and
    :class:`BookingNeedsServer` is raised; an unexpected error withdraws it too and is raised as it is.
    """
    occurrences.check_call_text(summary=call.summary, client=call.client, request_id=call.request_id)  # never queued
    outbox_problem: OutboxError | None = None
    if call.server is None:
        call = replace(call, server=db.display_url)
    if call.database is None:  # unknown when this database was never reached: the address stands in for it
        call = replace(call, database=known_identity(db))
    try:
        outbox.add(call)
    except OutboxError as exc:
        log.error("intake outbox unavailable, sending directly: %s", exc)
        outbox_problem = exc
    try:
        oc = _register(db, call)
    except Exception as exc:
        if call.slot is not None and (is_unreachable(exc) or not isinstance(exc, PitstopError)):
            # an appointment never waits in the outbox (R10): withdraw it, say why, keep nothing
            if outbox_problem is None:
                try:
                    outbox.remove(call.request_id)
                except OutboxError as problem:
                    log.error("could not withdraw a booking from the outbox: %s", problem)
            if is_unreachable(exc):
                raise BookingNeedsServer(first_line(exc)) from exc
            raise
        if outbox_problem is not None:
            if is_unreachable(exc):
                raise OutboxError("outbox.not_saved", reason=first_line(exc), problem=outbox_problem) from exc
            raise
        if is_unreachable(exc):
            reason = first_line(exc)
            with contextlib.suppress(OutboxError):
                outbox.mark_failed(call.request_id, reason)
            return SaveResult(call.request_id, None, True, None, reason)
        if isinstance(exc, PitstopError) and exc.code == "conflict.other_database" and call.slot is None:
            # taken for another database: it waits for that one (never registered here)
            with contextlib.suppress(OutboxError):
                outbox.mark_waiting(call.request_id, exc.message)
            return SaveResult(call.request_id, None, True, None, exc.message)
        if isinstance(exc, PitstopError):  # refused by rule or bad value: nothing was created
            with contextlib.suppress(OutboxError):
                outbox.remove(call.request_id)
            raise
        # A bug or an unexpected server error. The call is safe in the outbox and replays later (moved aside after
        # MAX_UNEXPECTED_FAILURES); answering "queued" rather than raising keeps the window from inviting a second
        # save of the same call under a new request_id, which could make a second OC.
        log.exception("saving call %s failed unexpectedly; kept in the outbox", call.request_id)
        reason = f"erro inesperado: {first_line(exc)}"
        with contextlib.suppress(OutboxError):
            outbox.mark_failed(call.request_id, reason)
        return SaveResult(call.request_id, None, True, None, reason)
    if known_identity(db) is None:  # learn it while the server answers, for the calls that may have to wait
        with contextlib.suppress(Exception):
            database_identity(db)
    if outbox_problem is None:
        try:
            outbox.mark_sent(call.request_id, oc.number)
        except OutboxError as exc:  # the OC exists; a later replay finds it by request_id
            log.error("could not mark call %s sent in the outbox: %s", call.request_id, exc)
    return SaveResult(call.request_id, oc.number, False, oc, None)


def waiting_reason(call: PendingCall, identity: str, server: str, actor: str) -> OutboxError | None:
    """Why ``call`` may not be sent into the database ``identity`` (at ``server``) by ``actor`` now, or None."""
    if call.database is None and call.server is None:
        return OutboxError("outbox.unknown_database")
    if call.database != identity and (call.database is not None or call.server != server):
        return OutboxError("outbox.other_database", server=call.server or "?")
    if call.actor != actor:
        return OutboxError("outbox.other_person", login=call.actor)
    return None


def replay(db: Database, outbox: Outbox, *, actor: str) -> ReplayReport:
    """Send the pending calls of ``actor`` taken for this database, oldest first, until the first "unreachable".

    A call taken for another database, or by another person, is not sent: it waits, and its ``last_error`` says
    why (a call saved by a version that recorded no database is moved aside). A call the server refuses by rule
    is moved aside (``Outbox.rejected``), never retried. A call that fails for an unexpected reason is retried on
    later replays and moved aside after ``MAX_UNEXPECTED_FAILURES``. Only one replay per outbox runs at a time; a
    second caller gets an empty report.
    """
    if not outbox._replaying.acquire(blocking=False):
        return ReplayReport([], outbox.count(), [])
    try:
        sent: list[tuple[str, int]] = []
        rejected: list[tuple[str, str]] = []
        server = db.display_url
        try:
            identity = database_identity(db)
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            return ReplayReport([], outbox.count(), [])
        for call in outbox.pending():
            why = waiting_reason(call, identity, server, actor)
            if why is not None:
                if why.code == "outbox.unknown_database":
                    outbox.mark_rejected(call.request_id, why.message)
                    rejected.append((call.request_id, why.message))
                elif call.last_error != why.message:
                    outbox.mark_waiting(call.request_id, why.message)
                continue
            if call.database is None:  # saved while this database was away: it is the one at that address
                call = replace(call, database=identity)
                outbox.add(call)
            try:
                oc = _register(db, call)
            except Exception as exc:
                reason = first_line(exc)
                if isinstance(exc, PitstopError) and exc.code == "conflict.other_database":
                    outbox.mark_waiting(call.request_id, reason)
                    continue
                if is_unreachable(exc):
                    outbox.mark_failed(call.request_id, reason)
                    break
                if isinstance(exc, PitstopError) or call.attempts + 1 >= MAX_UNEXPECTED_FAILURES:
                    outbox.mark_rejected(call.request_id, reason)
                    rejected.append((call.request_id, reason))
                else:
                    log.exception("replaying call %s failed", call.request_id)
                    outbox.mark_failed(call.request_id, reason)
                continue
            outbox.mark_sent(call.request_id, oc.number)
            sent.append((call.request_id, oc.number))
        return ReplayReport(sent, outbox.count(), rejected)
    finally:
        outbox._replaying.release()


_probes: weakref.WeakKeyDictionary[Database, Engine] = weakref.WeakKeyDictionary()
_probes_lock = threading.Lock()


def _probe_engine(db: Database, timeout: float) -> Engine:
    """PostgreSQL: a pool-less engine with a short connect timeout, so a probe never waits 5 s on the pool."""
    with _probes_lock:
        engine = _probes.get(db)
        if engine is None:
            seconds = max(2, math.ceil(timeout))  # libpq's minimum
            engine = create_engine(db.url, poolclass=NullPool, connect_args={
                "connect_timeout": seconds, "application_name": "pitstop-probe",
                "options": f"-c statement_timeout={int(seconds * 1000)}"})
            _probes[db] = engine
        return engine


def server_reachable(db: Database, *, timeout: float = PROBE_TIMEOUT_S) -> bool:
    """A cheap ``SELECT 1``: does the shared database answer now?"""
    try:
        if db.is_sqlite:
            path = db.url.database
            if path and path != ":memory:" and not Path(path).exists():
                return False  # do not let the probe create an empty database file
            with db.connect(write=False) as conn:
                conn.execute(text("SELECT 1"))
            return True
        with _probe_engine(db, timeout).connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False


__all__ = [
    "BookingNeedsServer",
    "Outbox",
    "OutboxError",
    "PendingCall",
    "ReplayReport",
    "SaveResult",
    "is_unreachable",
    "new_call",
    "replay",
    "save_call",
    "server_reachable",
    "waiting_reason",
]
