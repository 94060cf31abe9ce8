"""Staff, clients and roster: the administrator's records that the rules read (presence: services/presence.py,
whose administrator's form is still reachable here as ``people.record_presence``)."""

from __future__ import annotations

import functools
import secrets
from datetime import UTC, date, datetime, time, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pitstop_desktop.db import Database
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.orm import (
    ClientRow,
    RosterRow,
    SettingRow,
    SignInFailureRow,
    StaffRow,
    StaffTabRow,
)
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import Role, Site
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotPermitted
from pitstop_desktop.services.presence import record_presence as record_presence
from pitstop_desktop.services.records import ClientRecord, RosterRecord, StaffRecord
from pitstop_desktop.services.roles import ROLES_PREFIX
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
    """On an office server whose roles are set up (`pitstop db init-roles`) the person also gets their LOGIN role,
    ``<prefix><login>``, member of their role's group, with ``password`` if given (the server keeps its SCRAM
    verifier). SQLite: the argon2 hash only."""
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
        prefix = uow.session.get(SettingRow, ROLES_PREFIX) if db.is_postgres else None
        # the office server keeps the password itself (its SCRAM verifier): no hash in Pit Stop's tables there
        row = StaffRow(login=login, name=name, role=role, site=site, active=True,
                       password_hash=hashed if prefix is None else None)
        uow.session.add(row)
        uow.session.flush()
        uow.session.add_all(StaffTabRow(staff_id=row.id, tab_code=c, position=i) for i, c in enumerate(codes))
        uow.record(ADMIN, Entity.STAFF, row.id, "added", f"{login} ({role}) {','.join(codes)}")
        if prefix is not None:  # the office server's roles are set up: the person gets their own login
            db_roles.create_person_role(uow.session.connection(), prefix.value, login, role, password)
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


# Sign-in lockout: this many failures of one login within the window lock it for LOCKOUT_TIME.
LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = timedelta(minutes=15)
LOCKOUT_TIME = timedelta(minutes=15)
_LOGIN_KEY = 64  # the failure table's key length (staff.login's): longer logins are unknown anyway


@functools.cache
def _dummy_hash() -> str:
    """A hash of a password nobody knows, made once: verified for unknown and disabled logins so that they cost
    the same argon2 work as a wrong password and the answer's time does not tell which logins exist."""
    return _hasher.hash(secrets.token_urlsafe(24))


def _verify(stored: str | None, password: str) -> bool:
    """One argon2 verification whatever ``stored`` is (``None``: the dummy hash, which never succeeds)."""
    try:
        _hasher.verify(stored or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):  # a damaged stored hash refuses like a wrong password
        return False
    return bool(stored)


def authenticate(db: Database, login: str, password: str, *, at: datetime | None = None) -> StaffRecord:
    """Check a password against its argon2id hash; the same refusal, after the same work, for an unknown or
    disabled login and a wrong password (one argon2 verification each: a dummy hash when there is no person).

    Failures are counted per login as typed, in the database (every window on the computer sees them):
    :data:`LOCKOUT_FAILURES` within :data:`LOCKOUT_WINDOW` lock that login for :data:`LOCKOUT_TIME`, during which
    even the right password is refused (``permission.sign_in_locked``, saying until when) without verifying it.
    A successful sign-in clears the count. The window starts at the first failure and a new one starts after it
    (or after a lockout) ends: a fixed window, simpler than a sliding one and as good against guessing.
    """
    key = login[:_LOGIN_KEY]
    _dummy_hash()  # made on the first sign-in of the process whoever signs in, so that one is no faster either

    def refuse_if_locked(uow: UnitOfWork) -> SignInFailureRow | None:
        failure = uow.session.get(SignInFailureRow, key)
        if failure is not None and failure.locked_until is not None and uow.at < failure.locked_until:
            until = failure.locked_until.astimezone(uow.policy.calendar.tz)
            raise NotPermitted("permission.sign_in_locked", field=Field.PASSWORD, until=f"{until:%H:%M}")
        return failure

    def look_up(uow: UnitOfWork) -> tuple[str | None, StaffRecord | None]:
        refuse_if_locked(uow)
        row = uow.session.scalar(select(StaffRow).where(StaffRow.login == login, StaffRow.active.is_(True)))
        return (row.password_hash, _staff_record(uow, row)) if row is not None else (None, None)

    def count(uow: UnitOfWork, success: bool) -> None:
        failure = refuse_if_locked(uow)  # another window may have locked it meanwhile
        if success:
            if failure is not None:
                uow.session.delete(failure)
        elif failure is None:
            uow.session.add(SignInFailureRow(login=key, failures=1, first_failure_at=uow.at, locked_until=None))
        elif failure.locked_until is not None or uow.at - failure.first_failure_at >= LOCKOUT_WINDOW:
            failure.failures, failure.first_failure_at, failure.locked_until = 1, uow.at, None
        else:
            failure.failures += 1
            if failure.failures >= LOCKOUT_FAILURES:
                failure.locked_until = uow.at + LOCKOUT_TIME

    stored, person = run(db, look_up, at, write=False)
    # argon2 (~150 ms) outside any transaction: a sign-in never holds SQLite's write lock while it hashes
    success = _verify(stored, password) and person is not None
    try:
        run(db, lambda uow: count(uow, success), at)
    except IntegrityError:  # two windows recorded a first failure of the same login at once: count it again
        run(db, lambda uow: count(uow, success), at)
    if not success or person is None:
        raise NotPermitted("permission.bad_credentials", field=Field.PASSWORD)
    return person


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
