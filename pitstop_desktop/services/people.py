"""Staff, clients, roster and presence: the administrator's records that the rules read."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ClientRow, PresenceRow, RosterRow, StaffRow, StaffTabRow
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.availability import PresenceEvent, next_presence_allowed, presence_state
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import PresenceKind, Role, Site
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotPermitted
from pitstop_desktop.services.records import ClientRecord, PresenceRecord, RosterRecord, StaffRecord
from pitstop_desktop.services.unit_of_work import ADMIN, UnitOfWork, get_staff, get_tab, run, staff_tabs

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _staff_record(uow: UnitOfWork, row: StaffRow) -> StaffRecord:
    return StaffRecord(row.login, row.name, row.role, row.site, staff_tabs(uow.session, row.id))


def add_staff(
    db: Database, *, login: str, name: str, role: str, tabs: list[str] | tuple[str, ...] = (),
    site: str = Site.MATRIZ.value, password: str | None = None, password_hash: str | None = None,
) -> StaffRecord:
    login, name = login.strip(), name.strip()
    if not login or not name:
        raise BadValue("value.login_and_name", field=Field.NAME if login else Field.LOGIN)
    limits.check_login(login)
    limits.check_text(name, limits.STAFF_NAME, subject="name", field=Field.NAME)
    try:
        role, site = Role(role).value, Site(site).value
    except ValueError:
        field = Field.SITE if role in {r.value for r in Role} else Field.ROLE
        raise BadValue("value.role_or_site", field=field, given_role=role, given_site=site,
                       roles=tuple(r.value for r in Role), sites=tuple(s.value for s in Site)) from None
    hashed = password_hash or (hash_password(password) if password else None)

    def work(uow: UnitOfWork) -> StaffRecord:
        if uow.session.scalar(select(StaffRow.id).where(StaffRow.login == login)) is not None:
            raise Conflict("conflict.login_exists", field=Field.LOGIN, login=login)
        codes = [get_tab(uow.session, t).code for t in dict.fromkeys(tabs)]
        row = StaffRow(login=login, name=name, role=role, site=site, password_hash=hashed, active=True)
        uow.session.add(row)
        uow.session.flush()
        uow.session.add_all(StaffTabRow(staff_id=row.id, tab_code=c, position=i) for i, c in enumerate(codes))
        uow.record(ADMIN, Entity.STAFF, row.id, "added", f"{login} ({role}) {','.join(codes)}")
        return _staff_record(uow, row)

    try:
        return run(db, work)
    except IntegrityError:
        raise Conflict("conflict.login_exists", field=Field.LOGIN, login=login) from None


def list_staff(db: Database) -> list[StaffRecord]:
    def work(uow: UnitOfWork) -> list[StaffRecord]:
        tabs: dict[int, list[str]] = {}
        for t in uow.session.scalars(select(StaffTabRow).order_by(StaffTabRow.staff_id, StaffTabRow.position)):
            tabs.setdefault(t.staff_id, []).append(t.tab_code)
        return [StaffRecord(r.login, r.name, r.role, r.site, tuple(tabs.get(r.id, ())))
                for r in uow.session.scalars(select(StaffRow).order_by(StaffRow.login))]

    return run(db, work, write=False)


def authenticate(db: Database, login: str, password: str) -> StaffRecord:
    """Check a password against its argon2id hash; the same refusal for unknown login and wrong password."""

    def work(uow: UnitOfWork) -> StaffRecord:
        row = uow.session.scalar(select(StaffRow).where(StaffRow.login == login, StaffRow.active.is_(True)))
        try:
            if row is None or not row.password_hash or not _hasher.verify(row.password_hash, password):
                raise NotPermitted("permission.bad_credentials", field=Field.PASSWORD)
        except VerificationError:
            raise NotPermitted("permission.bad_credentials", field=Field.PASSWORD) from None
        return _staff_record(uow, row)

    return run(db, work, write=False)


def add_client(
    db: Database, *, code: str, name: str, phone: str | None = None, consulting: bool = False
) -> ClientRecord:
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise BadValue("value.client_code_and_name", field=Field.NAME if code else Field.CLIENT)
    limits.check_text(code, limits.CLIENT_CODE, subject="client_code", field=Field.CLIENT)
    limits.check_text(name, limits.CLIENT_NAME, subject="client_name", field=Field.NAME)
    limits.check_text(phone, limits.PHONE, subject="phone")

    def work(uow: UnitOfWork) -> ClientRecord:
        if uow.session.scalar(select(ClientRow.id).where(ClientRow.code == code)) is not None:
            raise Conflict("conflict.client_exists", field=Field.CLIENT, code=code)
        row = ClientRow(code=code, name=name, phone=(phone or "").strip() or None, consulting=consulting)
        uow.session.add(row)
        uow.session.flush()
        uow.record(ADMIN, Entity.CLIENT, row.id, "added", f"{code} {name}")
        return ClientRecord(row.code, row.name, row.phone, row.consulting)

    try:
        return run(db, work)
    except IntegrityError:
        raise Conflict("conflict.client_exists", field=Field.CLIENT, code=code) from None


def list_clients(db: Database) -> list[ClientRecord]:
    def work(uow: UnitOfWork) -> list[ClientRecord]:
        return [ClientRecord(r.code, r.name, r.phone, r.consulting)
                for r in uow.session.scalars(select(ClientRow).order_by(ClientRow.code))]

    return run(db, work, write=False)


def set_roster(
    db: Database, *, login: str, day: date, start: time, end: time, lunch: tuple[time, time] | None
) -> RosterRecord:
    """Upsert a person's planned shift and lunch for one day (times read in the calendar's zone)."""
    if end <= start:
        raise BadValue("value.shift_order", field=Field.TIME)
    if lunch is not None and not (start <= lunch[0] < lunch[1] <= end):
        raise BadValue("value.lunch_outside_shift", field=Field.TIME)

    def work(uow: UnitOfWork) -> RosterRecord:
        person = get_staff(uow.session, login)
        tz = uow.policy.calendar.tz

        def at(t: time) -> datetime:
            return datetime.combine(day, t, tzinfo=tz).astimezone(UTC)

        row = uow.session.scalar(select(RosterRow).where(RosterRow.staff_id == person.id, RosterRow.day == day))
        if row is None:
            row = RosterRow(staff_id=person.id, day=day)
            uow.session.add(row)
        row.shift_start, row.shift_end = at(start), at(end)
        row.lunch_start, row.lunch_end = (at(lunch[0]), at(lunch[1])) if lunch else (None, None)
        uow.session.flush()
        uow.record(ADMIN, Entity.ROSTER, row.id, "set", f"{login} {day.isoformat()} {start:%H:%M}-{end:%H:%M}")
        return RosterRecord(login, day.isoformat(), row.shift_start, row.shift_end, row.lunch_start, row.lunch_end)

    return run(db, work)


def record_presence(db: Database, *, login: str, kind: str, at: datetime | None = None) -> PresenceRecord:
    """Login → lunch → back → logout; an event out of order is refused so the board stays true."""
    try:
        event = PresenceKind(kind)
    except ValueError:
        raise BadValue("value.presence_event", event=kind, known=tuple(k.value for k in PresenceKind)) from None

    def work(uow: UnitOfWork) -> PresenceRecord:
        person = get_staff(uow.session, login)
        tz = uow.policy.calendar.tz
        day_start = datetime.combine(uow.at.astimezone(tz).date(), time(0), tzinfo=tz)
        events = [PresenceEvent(e.at, PresenceKind(e.kind)) for e in uow.session.scalars(
            select(PresenceRow).where(PresenceRow.staff_id == person.id, PresenceRow.at >= day_start,
                                      PresenceRow.at <= uow.at))]
        state, _ = presence_state(events, uow.at)
        if not next_presence_allowed(state, event):
            raise BadValue("value.presence_order", login=person.login, state=state.value, event=event.value,
                           known=tuple(k.value for k in PresenceKind))
        row = PresenceRow(staff_id=person.id, at=uow.at, kind=event.value)
        uow.session.add(row)
        uow.session.flush()
        uow.record(ADMIN, Entity.PRESENCE, person.id, event.value, f"{person.login} {event.value}")
        new_state, _ = presence_state([*events, PresenceEvent(uow.at, event)], uow.at)
        return PresenceRecord(person.login, event.value, uow.at, new_state.value)

    return run(db, work, at)

