"""What every use case shares: the unit of work (audit + change feed + notify), policy, look-ups."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any, TypeVar

from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pitstop_desktop.db import Database
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.migrate import ensure_current
from pitstop_desktop.db.orm import (
    AuditRow,
    CalendarExceptionRow,
    CalendarRow,
    ChangeRow,
    ClientRow,
    CounterRow,
    OccurrenceRow,
    SlaClassRow,
    StaffRow,
    StaffTabRow,
    TabRow,
)
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import SlaClock
from pitstop_desktop.domain.errors import BadValue, Field, NotFound, NotPermitted
from pitstop_desktop.domain.sla import SlaClass, SlaReading, read_sla
from pitstop_desktop.domain.tabs import TabRule

ADMIN = "admin"
NOTIFY_CHANNEL = "pitstop_changes"
T = TypeVar("T")


def utcnow() -> datetime:
    return datetime.now(UTC)


def open_database(url: str) -> Database:
    """Open and, when it is behind, migrate the database (one client at a time on PostgreSQL)."""
    db = Database(url)
    ensure_current(db)
    return db


@dataclass(frozen=True)
class Policy:
    """The SLA policy and business calendar as stored in the database (editable by an admin)."""

    calendar: BusinessCalendar
    sla_classes: dict[str, SlaClass]
    warning_ratio: float
    slot_minutes: int

    def read(self, code: str, opened_at: datetime, now: datetime, closed_at: datetime | None = None) -> SlaReading:
        """The one SLA computation (domain.sla.read_sla) with this policy's calendar and threshold."""
        return read_sla(self.sla(code), self.calendar, opened_at, now, closed_at, self.warning_ratio)

    def sla(self, code: str) -> SlaClass:
        try:
            return self.sla_classes[code]
        except KeyError:
            raise BadValue("value.sla", field=Field.SLA, value=code, known=tuple(self.sla_classes)) from None


def _hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


_policy_cache: dict[tuple[str, int], Policy] = {}


def load_policy(session: Session) -> Policy:
    """Read the policy (three small queries every time); an unchanged policy comes back as the same object,
    so its calendar keeps the business-day windows it already worked out."""
    cal = session.get(CalendarRow, 1)
    if cal is None:
        raise NotFound("not_found.calendar")
    exceptions = session.scalars(select(CalendarExceptionRow)).all()
    classes = session.scalars(select(SlaClassRow).order_by(SlaClassRow.position)).all()
    calendar = BusinessCalendar(
        timezone=cal.timezone,
        workdays=frozenset(int(d) for d in cal.workdays.split(",") if d.strip()),
        opens=_hhmm(cal.opens),
        closes=_hhmm(cal.closes),
        holiday_country=cal.holiday_country,
        extra_closed_days=frozenset(e.day for e in exceptions if not e.open),
        extra_open_days=frozenset(e.day for e in exceptions if e.open),
    )
    key = (repr(calendar), hash(tuple((c.code, c.target_minutes, c.clock) for c in classes)))
    cached = _policy_cache.get(key)
    if cached is not None and cached.warning_ratio == cal.warning_ratio and cached.slot_minutes == cal.slot_minutes:
        return cached
    policy = Policy(
        calendar=calendar,
        sla_classes={
            c.code: SlaClass(c.code, c.name, c.target_minutes, SlaClock(c.clock), c.position) for c in classes
        },
        warning_ratio=cal.warning_ratio,
        slot_minutes=cal.slot_minutes,
    )
    _policy_cache[key] = policy
    return policy


def tab_rule(row: TabRow) -> TabRule:
    def split(value: str) -> frozenset[str]:
        return frozenset(v.strip() for v in value.split(",") if v.strip())

    return TabRule(
        code=row.code, name=row.name, position=row.position, site=row.site, gated=row.gated,
        only_channel=row.only_channel, excluded_kinds=split(row.excluded_kinds),
        excluded_sla=split(row.excluded_sla),
        management_only_from_other_sectors=row.management_only_from_other_sectors,
    )


@dataclass(frozen=True)
class ServerSession:
    """What the office server says about this transaction (PostgreSQL): who the session is (``current_user``) and
    the roles' prefix, when init-roles set them up (None: no roles; the application alone checks who acts)."""

    role: str
    roles_prefix: str | None


@dataclass
class UnitOfWork:
    """One use case's transaction: the session, the moment it happens, and what it changed.

    ``backfilled``: the moment was given (``--at``) rather than read from the clock; on the office server only
    a login that may backfill gets that far (:func:`run`), and the history marks the events.
    """

    session: Session
    at: datetime
    backfilled: bool = False
    server: ServerSession | None = None
    _changes: list[tuple[Entity, int, str]] = field(default_factory=list)
    _policy: Policy | None = None

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = load_policy(self.session)
        return self._policy

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def acting(self, login: str) -> StaffRow:
        """The person who acts in this use case. On an office server with roles the rest of the transaction runs
        as their database role (``SET LOCAL ROLE``), so the server's privileges and guards judge what they do:
        a connection that may not become them (anyone but an administrator or the test harness) is refused
        by the server itself."""
        person = get_staff(self.session, login)
        server = self.server
        if server is None or server.roles_prefix is None:
            return person
        role = db_roles.person_role(server.roles_prefix, person.login)
        if role != server.role:
            try:
                self.session.execute(text(f"SET LOCAL ROLE {_quoted(role)}"))
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) not in ("42501", "22023"):  # not a member; no such role
                    raise
                raise NotPermitted("permission.cannot_act_as", login=person.login, session=server.role) from None
            self.server = ServerSession(role, server.roles_prefix)
        return person

    def record(
        self,
        actor: str,
        entity: Entity,
        entity_id: int,
        action: str,
        detail: str = "",
        *,
        occurrence_id: int | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        """Audit event and change-feed entry, both inside this transaction."""
        entity = Entity(entity)  # an unknown word fails here rather than reach a feed nobody reads it from
        if self.backfilled and occurrence_id is not None:
            self._check_after_last_event(occurrence_id)
        self.session.add(AuditRow(
            at=self.at, actor=actor, entity=entity.value, entity_id=entity_id, occurrence_id=occurrence_id,
            action=action, detail=detail, before=_plain(before), after=_plain(after), backfilled=self.backfilled,
        ))
        self._changes.append((entity, entity_id, action))

    def announce(self, entity: Entity, entity_id: int, action: str) -> None:
        """A change-feed entry without an audit event: for what is no one's act but still changes what the windows
        show (a seat's signal coming back or going away), so they re-read it."""
        self._changes.append((Entity(entity), entity_id, action))

    def _check_after_last_event(self, occurrence_id: int) -> None:
        """A dated action comes after everything already recorded on its OC (history is read in time order)."""
        last = self.session.scalar(select(func.max(AuditRow.at)).where(AuditRow.occurrence_id == occurrence_id))
        if last is not None and last.astimezone(UTC) > self.at:
            number = self.session.scalar(select(OccurrenceRow.number).where(OccurrenceRow.id == occurrence_id))
            raise BadValue("value.before_last_event", field=Field.TIME, number=number, last=last.isoformat(),
                           at=self.at.isoformat())

    def finish(self) -> int | None:
        """Give the changes one revision, append them to the feed and notify listeners (PostgreSQL).

        The revision counter row stays locked until commit, so revisions commit in order and a reader
        asking "since N" never skips a transaction that commits late.
        """
        if not self._changes:
            return None
        self.session.flush()
        revision = next_counter(self.session, "revision")
        self.session.add_all(
            ChangeRow(revision=revision, entity=e.value, entity_id=i, action=a, at=self.at)
            for e, i, a in self._changes
        )
        if self.dialect == "postgresql":
            ids = [{"entity": e.value, "id": i} for e, i, _ in self._changes]
            payload = json.dumps({"revision": revision, "changes": ids})
            if len(payload) > 7000:  # NOTIFY payloads stop at 8000 bytes; listeners then read the feed
                payload = json.dumps({"revision": revision})
            self.session.execute(text("SELECT pg_notify(:c, :p)"), {"c": NOTIFY_CHANNEL, "p": payload})
        self.session.flush()
        return revision


def _plain(values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in values.items()}


def next_counter(session: Session, name: str) -> int:
    """A gapless counter: the row lock serialises takers until their transaction ends."""
    value = session.execute(
        update(CounterRow).where(CounterRow.name == name).values(value=CounterRow.value + 1)
        .returning(CounterRow.value)
    ).scalar_one()
    return int(value)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_SERVER_FACTS = text(
    "SELECT now(), current_user, s.value, "
    "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = s.value || 'backfill' "
    "        AND pg_has_role(session_user, r.oid, 'MEMBER')), "
    "set_config('pitstop.at', :at, true) "
    "FROM (SELECT 1) AS one LEFT JOIN settings s ON s.key = :key"
)


def _on_server(db: Database, session: Session, at: datetime | None) -> tuple[datetime, ServerSession]:
    """One round trip: the server's clock, who the session is, the roles' prefix, and ``--at`` handed to the
    server's guards (``pitstop.at``, this transaction only). A given time needs a login that may backfill."""
    now, role, prefix, may_backfill, _ = session.execute(
        _SERVER_FACTS, {"at": at.isoformat() if at is not None else "", "key": ROLES_PREFIX_KEY}
    ).one()
    db.set_clock_offset(now - utcnow())
    if at is not None and prefix is not None and not may_backfill:
        raise NotPermitted("permission.backfill", field=Field.TIME)
    return (at if at is not None else now).astimezone(UTC), ServerSession(role, prefix)


ROLES_PREFIX_KEY = "db_roles_prefix"  # services.roles.ROLES_PREFIX, written by init-roles
CLOCK_CHECK_EVERY_S = 600.0  # how old the server clock's offset may get before a read measures it again


def run(db: Database, work: Callable[[UnitOfWork], T], at: datetime | None = None, *, write: bool = True) -> T:
    """Run a use case in one (retried) transaction.

    The moment is ``at`` when given (a backfill); otherwise, on PostgreSQL, the server's clock: writes read it
    in the transaction (the server's guards compare with it), reads use this computer's clock corrected by the
    server's offset as last seen. SQLite: this computer's clock.
    """

    def body(session: Session) -> T:
        server = None
        if write and db.is_postgres:
            moment, server = _on_server(db, session, at)
        elif db.is_postgres and db.clock_offset_age() > CLOCK_CHECK_EVERY_S:
            _on_server(db, session, None)  # a seat that only reads learns the server's clock too
            moment = (at or (utcnow() + db.clock_offset)).astimezone(UTC)
        else:
            moment = (at or (utcnow() + db.clock_offset)).astimezone(UTC)
        uow = UnitOfWork(session, moment, backfilled=at is not None, server=server)
        result = work(uow)
        if write:
            uow.finish()
        return result

    return db.transaction(body, write=write)


# Look-ups that turn codes typed by people into rows, with a clear "not found".

def _findable(text: str) -> bool:
    """A typed code or login with a NUL byte names nothing (and PostgreSQL would refuse the query itself)."""
    return "\x00" not in text


def get_staff(session: Session, login: str, *, field: Field | None = None) -> StaffRow:
    """``field``: the form field the login came from (the technician of a slot …), for the refusal."""
    row = session.scalar(select(StaffRow).where(StaffRow.login == login)) if _findable(login) else None
    if row is None:
        raise NotFound("not_found.person", field=field, login=login)
    return row


def staff_tabs(session: Session, staff_id: int) -> tuple[str, ...]:
    return tuple(session.scalars(
        select(StaffTabRow.tab_code).where(StaffTabRow.staff_id == staff_id).order_by(StaffTabRow.position)
    ))


def get_client(session: Session, code: str) -> ClientRow:
    row = session.scalar(select(ClientRow).where(ClientRow.code == code)) if _findable(code) else None
    if row is None:
        raise NotFound("not_found.client", field=Field.CLIENT, code=code)
    return row


def get_tab(session: Session, code: str) -> TabRow:
    row = session.get(TabRow, code) if _findable(code) else None
    if row is None:
        codes = tuple(session.scalars(select(TabRow.code).order_by(TabRow.position)))
        raise NotFound("not_found.tab", field=Field.TAB, code=code, known=codes)
    return row


def get_occurrence(
    session: Session, number: int, *, lock: bool = False, field: Field | None = None
) -> OccurrenceRow:
    if not limits.fits_bigint(number):  # 2**63 is simply not an OC number (the drivers would overflow)
        raise NotFound("not_found.occurrence", field=field, number=number)
    query = select(OccurrenceRow).where(OccurrenceRow.number == number)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    row = session.scalar(query)
    if row is None:
        raise NotFound("not_found.occurrence", field=field, number=number)
    return row


def current_policy(db: Database) -> Policy:
    """The SLA policy and calendar as plain data, for screens that tick countdowns without the database."""
    return run(db, lambda uow: uow.policy, write=False)


def calendar_timezone(db: Database) -> str:
    """The business calendar's zone: how times are read and shown."""
    return run(db, lambda uow: uow.policy.calendar.timezone, write=False)
