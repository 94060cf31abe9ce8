"""What every use case shares: the unit of work (audit + change feed + notify), policy, look-ups."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from time import monotonic
from typing import Any, Literal, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    String,
    and_,
    case,
    column,
    exists,
    func,
    inspect,
    literal_column,
    null,
    select,
    table,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pitstop_desktop.db import Database
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.orm import (
    AuditRow,
    CalendarExceptionRow,
    CalendarRow,
    ChangeRow,
    ClientRow,
    CounterRow,
    OccurrenceRow,
    SettingRow,
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
    # Alembic (with Mako and Pygments, ~0.15 s to import) is for opening a database, not for every process that
    # uses the services: the console's window and its reads never need it
    from pitstop_desktop.db.migrate import ensure_current

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

# The policy's rows as one short text, so a use case knows in one small query (or none: on PostgreSQL it rides
# on the server-facts query of every write) whether the policy it already holds is still the stored one. Every
# column :func:`load_policy` reads is in it; an edit made with psql is noticed like one made by the services.
_POLICY_PARTS = {
    "postgresql": (
        "md5(concat_ws('#', "
        "(SELECT string_agg(concat_ws(',', x.code, x.name, x.target_minutes, x.clock, x.position), ';' "
        "ORDER BY x.code) FROM sla_classes x), "
        "(SELECT concat_ws(',', b.timezone, b.workdays, b.opens, b.closes, b.holiday_country, b.warning_ratio, "
        "b.slot_minutes) FROM business_calendar b WHERE b.id = 1), "
        "(SELECT string_agg(concat_ws(',', e.day, e.open), ';' ORDER BY e.day) FROM calendar_exceptions e)))"
    ),
    "sqlite": (
        "((SELECT group_concat(x.code || ',' || x.name || ',' || x.target_minutes || ',' || x.clock || ',' "
        "|| x.position, ';') FROM sla_classes x) || '#' || "
        "(SELECT b.timezone || ',' || b.workdays || ',' || b.opens || ',' || b.closes || ',' "
        "|| coalesce(b.holiday_country, '') || ',' || b.warning_ratio || ',' || b.slot_minutes "
        "FROM business_calendar b WHERE b.id = 1) || '#' || "
        "coalesce((SELECT group_concat(e.day || ',' || e.open, ';') FROM calendar_exceptions e), ''))"
    ),
}


def policy_fingerprint(dialect: str) -> ColumnElement[str]:
    """The policy's fingerprint as a column any select can carry (NULL when there is no calendar)."""
    return literal_column(_POLICY_PARTS[dialect], String()).label("policy_fingerprint")


# The policy last loaded from each database, with its fingerprint and when (time.monotonic) that fingerprint was
# last read from the database (a Database is one office's database).
_policies: WeakKeyDictionary[Database, tuple[str, Policy, float]] = WeakKeyDictionary()
_policies_lock = threading.Lock()

POLICY_FRESH_S = 2.0
"""How long a seat's read-only transactions trust the policy fingerprint the seat last read (issue 10): the live
feed's read carries it in its own statement once this has passed (services/changes.py), so neither the feed's reads
nor the panels' reads that follow a batch ask the server about the policy more than once per this much time (the md5
of the policy's rows was a statement, or most of one, in every read of every seat); an edit made with psql reaches a
seat at most this much later. Writes, and every database that is not a seat's, read it in each transaction."""


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


def cached_policy(db: Database, session: Session, fingerprint: str | None = None) -> Policy:
    """The policy, read again only when its fingerprint (given, or read here in one query) has changed since
    this process last loaded it from ``db``: a use case then reads it in no query, or one, instead of three."""
    if fingerprint is None:
        fingerprint = session.scalar(select(policy_fingerprint(db.engine.dialect.name)))
    with _policies_lock:
        known = _policies.get(db)
    if fingerprint is not None and known is not None and known[0] == fingerprint:
        with _policies_lock:
            _policies[db] = (fingerprint, known[1], monotonic())
        return known[1]
    policy = load_policy(session)
    if fingerprint is not None:
        with _policies_lock:
            _policies[db] = (fingerprint, policy, monotonic())
    return policy


def note_policy_fingerprint(db: Database, fingerprint: str | None) -> None:
    """A fingerprint read in some statement (the live feed's): when it is the policy this process holds for ``db``,
    that policy counts as just checked (see :data:`POLICY_FRESH_S`); otherwise the next use reads it again."""
    with _policies_lock:
        known = _policies.get(db)
        if fingerprint is not None and known is not None and known[0] == fingerprint:
            _policies[db] = (fingerprint, known[1], monotonic())


def _fresh_policy(db: Database) -> Policy | None:
    """The policy whose fingerprint was read from ``db`` less than :data:`POLICY_FRESH_S` ago (None: read it
    again). Using it does not make it fresher: only a fingerprint read from the database does."""
    with _policies_lock:
        known = _policies.get(db)
    return known[1] if known is not None and monotonic() - known[2] < POLICY_FRESH_S else None


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
    #: the row of the look-up the use case handed to :func:`run`, read in the transaction's first statement
    looked_up: Row[Any] | None = None
    db: Database | None = None
    _changes: list[tuple[Entity, int, str]] = field(default_factory=list)
    _policy: Policy | None = None
    _policy_fingerprint: str | None = None
    _acted_as: str | None = None  # the login whose role the first statement already took (SET LOCAL ROLE)
    _policy_trusted: bool = False  # ``_policy`` is a seat's policy checked a moment ago (:func:`run`)
    _new_occurrences: set[int] = field(default_factory=set)
    #: what a statement of this transaction read ahead for a later step (services/signals.py's thresholds), so that
    #: step asks nothing more; read-only transactions only
    read_ahead: dict[str, Any] = field(default_factory=dict)
    _audit_rows: list[AuditRow] = field(default_factory=list)

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            if self.db is None:
                self._policy = load_policy(self.session)
            else:
                self._policy = cached_policy(self.db, self.session, self._policy_fingerprint)
        return self._policy

    @property
    def trusts_policy(self) -> bool:
        """A seat's read-only transaction that took the policy checked a moment ago (:data:`POLICY_FRESH_S`)."""
        return self._policy is not None and self._policy_trusted

    def know_policy_fingerprint(self, fingerprint: str | None) -> None:
        """The policy's fingerprint, read by the use case in one of its own statements: :attr:`policy` then asks
        nothing more (unless the policy changed), and a seat's reads that follow trust it a moment
        (:data:`POLICY_FRESH_S`)."""
        if fingerprint is None:
            return
        self._policy, self._policy_fingerprint = None, fingerprint  # (a seat's trusted policy gives way to it)
        self._policy_trusted = False
        if self.db is not None:
            note_policy_fingerprint(self.db, fingerprint)

    def created_occurrence(self, occurrence_id: int) -> None:
        """An OC this use case inserted: it has no earlier events, so a dated event on it needs no look back."""
        self._new_occurrences.add(occurrence_id)

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def acting(self, login: str, *, looked_up: StaffRow | Literal[False] | None = False) -> StaffRow:
        """The person who acts in this use case. On an office server with roles the rest of the transaction runs
        as their database role (``SET LOCAL ROLE``), so the server's privileges and guards judge what they do:
        a connection that may not become them (anyone but an administrator or the test harness) is refused
        by the server itself.

        ``looked_up``: the person's row as the use case's look-up read it (None: no such person), so it is not
        read again; when :func:`run` was told who acts (``acting=``), the role was taken in that same statement.
        """
        person = get_staff(self.session, login) if looked_up is False else looked_up
        if person is None:
            raise NotFound("not_found.person", login=login)
        server = self.server
        if server is None or server.roles_prefix is None:
            return person
        role = db_roles.person_role(server.roles_prefix, person.login)
        if self._acted_as == person.login:
            self.server = ServerSession(role, server.roles_prefix)
        elif role != server.role:
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
        if self.backfilled and occurrence_id is not None and occurrence_id not in self._new_occurrences:
            self._check_after_last_event(occurrence_id)
        row = AuditRow(
            at=self.at, actor=actor, entity=entity.value, entity_id=entity_id, occurrence_id=occurrence_id,
            action=action, detail=detail, before=_plain(before), after=_plain(after), backfilled=self.backfilled,
        )
        self.session.add(row)  # a read through the session before finish() writes it (autoflush)
        self._audit_rows.append(row)
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
        asking "since N" never skips a transaction that commits late. On PostgreSQL the audit events not yet
        written, the revision, the feed rows and the notification go in one statement (one round trip); the
        server's triggers stamp the audit and feed rows as they do for any insert (db/guards.py).
        """
        if not self._changes:
            return None
        if self.dialect == "postgresql":
            return self._finish_in_one_statement()
        self.session.flush()
        revision = next_counter(self.session, "revision")
        self.session.add_all(
            ChangeRow(revision=revision, entity=e.value, entity_id=i, action=a, at=self.at)
            for e, i, a in self._changes
        )
        self.session.flush()
        return revision

    def _finish_in_one_statement(self) -> int:
        audit = [row for row in self._audit_rows if inspect(row).pending]  # not yet flushed by a read
        for row in audit:
            self.session.expunge(row)
        self.session.flush()
        ids = [{"entity": e.value, "id": i} for e, i, _ in self._changes]
        short = len(json.dumps({"revision": 2**63, "changes": ids})) > 7000  # NOTIFY payloads stop at 8000 bytes;
        revision = self.session.execute(_FINISH, {                              # listeners then read the feed
            "audit": json.dumps([_audit_json(row) for row in audit]),
            "changes": json.dumps([{"entity": e.value, "id": i, "action": a} for e, i, a in self._changes]),
            "at": self.at.isoformat(), "channel": NOTIFY_CHANNEL, "short": short, "ids": json.dumps(ids),
        }).one()[0]
        return int(revision)


# UnitOfWork.finish on PostgreSQL: the revision, the audit events, the feed rows and NOTIFY in one statement.
# Every data-modifying WITH runs once, to completion, whether or not the final SELECT reads it.
_FINISH = text(
    "WITH rev AS (UPDATE counters SET value = value + 1 WHERE name = 'revision' RETURNING value), "
    "audit AS (INSERT INTO audit_events (at, actor, entity, entity_id, occurrence_id, action, detail, before, "
    "after, backfilled) "
    "SELECT CAST(a.v->>'at' AS timestamptz), a.v->>'actor', a.v->>'entity', CAST(a.v->>'entity_id' AS bigint), "
    "CAST(a.v->>'occurrence_id' AS integer), a.v->>'action', a.v->>'detail', a.v->'before', a.v->'after', "
    "CAST(a.v->>'backfilled' AS boolean) "
    "FROM json_array_elements(CAST(:audit AS json)) WITH ORDINALITY AS a(v, n) ORDER BY a.n), "
    "feed AS (INSERT INTO change_feed (revision, entity, entity_id, action, at) "
    "SELECT rev.value, c.v->>'entity', CAST(c.v->>'id' AS bigint), c.v->>'action', CAST(:at AS timestamptz) "
    "FROM rev, json_array_elements(CAST(:changes AS json)) WITH ORDINALITY AS c(v, n) ORDER BY c.n) "
    "SELECT rev.value, pg_notify(:channel, CASE WHEN :short THEN '{\"revision\": ' || rev.value || '}' "
    "ELSE '{\"revision\": ' || rev.value || ', \"changes\": ' || :ids || '}' END) FROM rev"
)


def _audit_json(row: AuditRow) -> dict[str, Any]:
    """An audit event as :data:`_FINISH` reads it (``before``/``after`` stay JSON, null as JSON null, as the ORM
    writes them)."""
    return {
        "at": row.at.isoformat(), "actor": row.actor, "entity": row.entity, "entity_id": row.entity_id,
        "occurrence_id": row.occurrence_id, "action": row.action, "detail": row.detail, "before": row.before,
        "after": row.after, "backfilled": row.backfilled,
    }


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


_PG_ROLES = table("pg_roles", column("rolname", String()), column("oid"))


def _member_of(name: ColumnElement[str]) -> ColumnElement[bool]:
    """The login that opened the session (``session_user``) is a member of the role ``name`` (False: no such role)."""
    return exists().where(_PG_ROLES.c.rolname == name,
                          func.pg_has_role(literal_column("session_user"), _PG_ROLES.c.oid, "MEMBER"))


def _server_facts(at: datetime | None, acting: str | None) -> list[ColumnElement[Any]]:
    """The server-facts columns (see :func:`_on_server`), to be read alone or beside a use case's look-up.

    ``acting``: the login who acts; when this server has roles and the session may become theirs, the same
    statement takes their role (``set_config('role', …, true)`` is ``SET LOCAL ROLE``), evaluated after
    ``current_user`` was read. Anything else (no such person, not allowed) is left to :meth:`UnitOfWork.acting`,
    which then refuses as it always did."""
    prefix = select(SettingRow.value).where(SettingRow.key == ROLES_PREFIX_KEY).scalar_subquery()
    current_user = literal_column("current_user", String())
    columns: list[ColumnElement[Any]] = [
        func.now().label("server_now"),
        current_user.label("server_user"),
        prefix.label("roles_prefix"),
        _member_of(prefix.concat("backfill")).label("may_backfill"),
        func.set_config("pitstop.at", at.isoformat() if at is not None else "", True).label("pitstop_at"),
        policy_fingerprint("postgresql"),
    ]
    if acting is not None and _findable(acting):
        role = prefix.concat(acting)
        columns.append(case(
            (and_(prefix.is_not(None), exists(select(StaffRow.id).where(StaffRow.login == acting)),
                  role != current_user, _member_of(role)), func.set_config("role", role, True)),
            else_=null(),
        ).label("acted_as"))
    return columns


@dataclass(frozen=True)
class _Facts:
    moment: datetime
    server: ServerSession
    looked_up: Row[Any] | None
    policy_fingerprint: str | None
    acted_as: str | None


def _on_server(
    db: Database, session: Session, at: datetime | None, *, lookup: Select[Any] | None = None,
    acting: str | None = None,
) -> _Facts:
    """One round trip: the server's clock, who the session is, the roles' prefix, ``--at`` handed to the
    server's guards (``pitstop.at``, this transaction only), the policy's fingerprint and, in the same
    statement, the use case's own look-up (and the acting person's role). A given time needs a login that may
    backfill."""
    facts = _server_facts(at, acting)
    row = session.execute(lookup.add_columns(*facts) if lookup is not None else select(*facts)).one()
    values = row._mapping
    now, prefix = values["server_now"], values["roles_prefix"]
    db.set_clock_offset(now - utcnow())
    if at is not None and prefix is not None and not values["may_backfill"]:
        raise NotPermitted("permission.backfill", field=Field.TIME)
    return _Facts(
        moment=(at if at is not None else now).astimezone(UTC),
        server=ServerSession(values["server_user"], prefix),
        looked_up=row if lookup is not None else None,
        policy_fingerprint=values["policy_fingerprint"],
        acted_as=acting if values.get("acted_as") is not None else None,
    )


ROLES_PREFIX_KEY = "db_roles_prefix"  # services.roles.ROLES_PREFIX, written by init-roles
CLOCK_CHECK_EVERY_S = 600.0  # how old the server clock's offset may get before a read measures it again


def run(
    db: Database, work: Callable[[UnitOfWork], T], at: datetime | None = None, *, write: bool = True,
    lookup: Select[Any] | None = None, acting: str | None = None,
) -> T:
    """Run a use case in one (retried) transaction.

    The moment is ``at`` when given (a backfill); otherwise, on PostgreSQL, the server's clock: writes read it
    in the transaction (the server's guards compare with it), reads use this computer's clock corrected by the
    server's offset as last seen. SQLite: this computer's clock.

    ``lookup``: a one-row select of what the use case needs to read first (people, client, tab …); it travels
    in the transaction's first statement (on PostgreSQL writes, with the server facts) and the use case finds
    its row in :attr:`UnitOfWork.looked_up`. ``acting``: the login who will act (:meth:`UnitOfWork.acting`),
    whose role that statement may take already. Both only save round trips; the use case's rules are the same.
    """

    def body(session: Session) -> T:
        server = None
        looked_up, fingerprint, acted_as = None, None, None
        if write and db.is_postgres:
            facts = _on_server(db, session, at, lookup=lookup, acting=acting)
            moment, server = facts.moment, facts.server
            looked_up, fingerprint, acted_as = facts.looked_up, facts.policy_fingerprint, facts.acted_as
        else:
            if db.is_postgres and db.clock_offset_age() > CLOCK_CHECK_EVERY_S:
                _on_server(db, session, None)  # a seat that only reads learns the server's clock too
            moment = (at or (utcnow() + db.clock_offset)).astimezone(UTC)
            if lookup is not None:
                looked_up = session.execute(lookup.add_columns(policy_fingerprint(db.engine.dialect.name))).one()
                fingerprint = looked_up._mapping["policy_fingerprint"]
        fresh = _fresh_policy(db) if not write and db.seat and fingerprint is None else None
        uow = UnitOfWork(session, moment, backfilled=at is not None, server=server, looked_up=looked_up, db=db,
                         _policy=fresh, _policy_fingerprint=fingerprint, _acted_as=acted_as,
                         _policy_trusted=fresh is not None)
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
