"""Signing in, passwords and disabling people, the same way on both databases where it can be, differently where
it must (README, "what each mode protects"):

- SQLite (one computer): the argon2id hash in ``staff`` (:func:`people.authenticate`, with its lockout);
- the office server with roles (``pitstop db init-roles``): signing in *is* connecting as the person's own login
  role with their password; the server checks it (SCRAM), and no hash is kept in Pit Stop's tables. The seat's
  URL names the server and the database; the roles' prefix comes from the database when the seat's URL may read
  it, else from ``PITSTOP_ROLES_PREFIX`` (default ``pitstop_``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from sqlalchemy import select, update

from pitstop_desktop.db import Database
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.orm import StaffRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import Role
from pitstop_desktop.domain.errors import BadValue, DatabaseUnavailable, Field, NotPermitted, PitstopError
from pitstop_desktop.services import people
from pitstop_desktop.services.records import StaffRecord
from pitstop_desktop.services.settings import get_setting
from pitstop_desktop.services.unit_of_work import ADMIN, ROLES_PREFIX_KEY, UnitOfWork, get_staff, run, staff_tabs

PREFIX_ENV = "PITSTOP_ROLES_PREFIX"
MIN_PASSWORD = 8
MAX_PASSWORD = 256
# What libpq says when the server turns a login away (the server may answer in another language; then the
# refusal is still a refusal, only with the server's words).
_REFUSED_LOGIN = re.compile(r'authentication failed|is not permitted to log in|no password supplied|role ".*" does '
                            r"not exist|autentica|não tem permissão para entrar")


def refused_login(error: DatabaseUnavailable) -> bool:
    """The server answered, and turned this login away (as opposed to: it is unreachable, or has no such database)."""
    return bool(_REFUSED_LOGIN.search(str(error.params.get("reason", ""))))


def check_schema(db: Database) -> None:
    """After signing in as oneself: the database's schema is the one this Pit Stop knows (never upgraded here)."""
    from pitstop_desktop.db.migrate import ensure_current  # Alembic: only where a schema is checked

    ensure_current(db)


@dataclass(frozen=True)
class SignedIn:
    """Who signed in and the database to work in from now on: on the office server, a connection as them."""

    user: StaffRecord
    db: Database


def roles_prefix_for(db: Database) -> str | None:
    """The roles' prefix of this office server, or None where sign-in stays the application's (SQLite, or a server
    whose roles were never set up and that the seat's URL may read)."""
    if db.is_sqlite:
        return None
    try:
        return get_setting(db, ROLES_PREFIX_KEY)
    except DatabaseUnavailable:  # the seat's URL alone may not connect: every person signs in as themselves
        return db_roles.check_prefix(os.environ.get(PREFIX_ENV, db_roles.DEFAULT_PREFIX))


def sign_in(db: Database, login: str, password: str) -> SignedIn:
    """The person at the keyboard, checked by the application (SQLite) or by the server itself (PostgreSQL with
    roles: a connection as ``<prefix><login>``). The same refusal for an unknown login, a disabled person and a
    wrong password."""
    prefix = roles_prefix_for(db)
    if prefix is None:
        return SignedIn(people.authenticate(db, login, password), db)
    if not login or "\x00" in login or "\x00" in password:
        raise NotPermitted("permission.bad_credentials", field=Field.PASSWORD)
    try:
        role = db_roles.person_role(prefix, login)
    except BadValue:
        raise NotPermitted("permission.bad_credentials", field=Field.PASSWORD) from None
    url = db.url.set(username=role, password=password)
    person_db = Database(url.render_as_string(hide_password=False), limits=db.limits, seat=db.seat)
    try:
        user = _who_am_i(person_db, login)
    except DatabaseUnavailable as exc:
        person_db.dispose()
        if refused_login(exc):
            raise NotPermitted("permission.bad_credentials", field=Field.PASSWORD) from None
        raise
    except PitstopError:
        person_db.dispose()
        raise
    return SignedIn(user, person_db)


def _who_am_i(db: Database, login: str) -> StaffRecord:
    def work(uow: UnitOfWork) -> StaffRecord:
        row = uow.session.scalar(select(StaffRow).where(StaffRow.login == login, StaffRow.active.is_(True)))
        if row is None:  # a role left behind by someone no longer on the staff
            raise NotPermitted("permission.bad_credentials", field=Field.PASSWORD)
        return StaffRecord(row.login, row.name, row.role, row.site, staff_tabs(uow.session, row.id))

    return run(db, work, write=False)


def change_password(db: Database, *, actor: str, login: str, password: str) -> None:
    """A person changes their own password; an administrator anyone's. On the office server the application sends
    the SCRAM verifier libpq computes (as psql's \\password does), never the password itself."""
    if len(password) < MIN_PASSWORD or len(password) > MAX_PASSWORD or "\x00" in password:
        raise BadValue("value.password_rules", field=Field.PASSWORD, minimum=MIN_PASSWORD, maximum=MAX_PASSWORD)

    def work(uow: UnitOfWork) -> None:
        person = uow.acting(actor)
        target = get_staff(uow.session, login)
        if target.id != person.id and person.role != Role.ADMIN.value:
            raise NotPermitted("permission.own_password", login=login)
        server = uow.server
        if server is not None and server.roles_prefix is not None:
            db_roles.set_password(uow.session.connection(), server.roles_prefix, target.login, password)
        else:
            uow.session.execute(update(StaffRow).where(StaffRow.id == target.id)
                                .values(password_hash=people.hash_password(password)))
        uow.record(person.login, Entity.STAFF, target.id, "password_changed", target.login)

    run(db, work)


def set_active(db: Database, *, login: str, active: bool) -> None:
    """Disable (or enable again) a person: they no longer sign in, nor are offered work. On the office server their
    login role becomes NOLOGIN (their open sessions end with their next transaction's refusal by the guards)."""

    def work(uow: UnitOfWork) -> None:
        target = get_staff(uow.session, login)
        target.active = active
        server = uow.server
        if server is not None and server.roles_prefix is not None:
            db_roles.set_login(uow.session.connection(), target.login, active)
        uow.record(ADMIN, Entity.STAFF, target.id, "enabled" if active else "disabled", target.login)

    run(db, work)
