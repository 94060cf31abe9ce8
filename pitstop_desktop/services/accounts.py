"""Signing in, passwords and disabling people, the same way on both databases where it can be, differently where
it must (README, "what each mode protects"):

- SQLite (one computer): the argon2id hash in ``staff`` (:func:`people.authenticate`, with its lockout);
- the office server with roles (``pitstop db init-roles``): signing in *is* connecting as the person's own login
  role with their password; the server checks it (SCRAM), and no hash is kept in Pit Stop's tables. The seat's
  URL names the server and the database; the roles' prefix comes from the database when the seat's URL may read
  it, else from ``PITSTOP_ROLES_PREFIX`` (default ``pitstop_``). Where the seat is set up for it, the same
  connection is made without a password, as the Windows account (:func:`sign_in_with_windows`).
"""

from __future__ import annotations

import getpass
import logging
import os
import re
from dataclasses import dataclass

from sqlalchemy import select, update

from pitstop_desktop.db import Database
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.orm import SettingRow, StaffRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import Role
from pitstop_desktop.domain.errors import BadValue, DatabaseUnavailable, Field, NotPermitted, PitstopError
from pitstop_desktop.services import people
from pitstop_desktop.services.records import StaffRecord
from pitstop_desktop.services.settings import DEMO_DAY as DEMO_DAY_KEY
from pitstop_desktop.services.settings import get_setting
from pitstop_desktop.services.unit_of_work import ADMIN, ROLES_PREFIX_KEY, UnitOfWork, get_staff, run, staff_tabs

log = logging.getLogger(__name__)

PREFIX_ENV = "PITSTOP_ROLES_PREFIX"
WINDOWS_SIGN_IN_ENV = "PITSTOP_WINDOWS_SIGN_IN"
MIN_PASSWORD = 8
MAX_PASSWORD = 256
# What libpq says when the server turns a login away (the server may answer in another language; then the
# refusal is still a refusal, only with the server's words).
_REFUSED_LOGIN = re.compile(r'authentication failed|is not permitted to log in|no password supplied|role ".*" does '
                            r"not exist|autentica|não tem permissão para entrar")


# What libpq says when the Windows (SSPI) or Kerberos (GSSAPI) exchange itself fails on this side: no ticket, no
# domain, a server principal it does not know. The server is reachable; it did not take this account.
_REFUSED_WINDOWS = re.compile(r"SSPI|GSSAPI|GSS |Kerberos|krb|credential", re.IGNORECASE)


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


def windows_sign_in_enabled(configured: bool | None = None) -> bool:
    """The one switch for "Entrar com a conta do Windows": off unless this seat's configuration turns it on
    (``configured``, from the seat's settings once they hold it; until then ``PITSTOP_WINDOWS_SIGN_IN=1``)."""
    if configured is not None:
        return configured
    return os.environ.get(WINDOWS_SIGN_IN_ENV, "").strip().lower() in ("1", "true", "yes", "sim")


def windows_login(typed: str = "") -> str:
    """The Pit Stop login to sign in as with the Windows account: the one typed, else this computer's user name
    without its domain (``OFICINA\\Ana.Souza`` → ``ana.souza``)."""
    login = typed.strip()
    if login:
        return login
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the person types their login
        return ""
    return user.rpartition("\\")[2].partition("@")[0].strip().lower()


def sign_in_with_windows(db: Database, login: str = "", *, enabled: bool | None = None) -> SignedIn:
    """Connect to the office server as the person's login role *without a password*: libpq then answers the
    server's SSPI (Windows) or GSSAPI (Kerberos) challenge with the account signed in to this computer, and the
    server's ``pg_hba.conf`` (``sspi``/``gss``, with a ``pg_ident.conf`` map from Windows accounts to Pit Stop's
    login roles) decides. Only on the office server with roles, and only where the seat enables it
    (:func:`windows_sign_in_enabled`). A server that asks for a password instead, or whose map does not let this
    account be that role, is a clear refusal: sign in with login and password."""
    if not windows_sign_in_enabled(enabled):
        raise NotPermitted("permission.windows_sign_in_off")
    prefix = roles_prefix_for(db)
    if prefix is None:
        raise NotPermitted("permission.windows_sign_in_off")
    login = windows_login(login)
    if not login or "\x00" in login:
        raise BadValue("value.windows_login_unknown", field=Field.LOGIN)
    try:
        role = db_roles.person_role(prefix, login)
    except BadValue:
        raise NotPermitted("permission.windows_sign_in_refused", field=Field.LOGIN, login=login) from None
    url = db.url.set(username=role, password=None)  # no password: the Windows account is the credential
    person_db = Database(url.render_as_string(hide_password=False), limits=db.limits, seat=db.seat)
    try:
        user = _who_am_i(person_db, login)
    except DatabaseUnavailable as exc:
        person_db.dispose()
        if refused_login(exc) or _REFUSED_WINDOWS.search(str(exc.params.get("reason", ""))):
            log.info("Windows sign-in of %s refused: %s", login, exc.params.get("reason"))
            raise NotPermitted("permission.windows_sign_in_refused", field=Field.LOGIN, login=login) from None
        raise
    except NotPermitted:
        person_db.dispose()
        raise NotPermitted("permission.windows_sign_in_refused", field=Field.LOGIN, login=login) from None
    except PitstopError:
        person_db.dispose()
        raise
    return SignedIn(user, person_db)


DEMO_ROLE_ORDER = ("supervisor", "manager", "apoio", "attendant", "technician", "admin")


def demo_people(db: Database) -> tuple[StaffRecord, ...] | None:
    """On a demo database, the people one can sign in as (by role, then name) so the sign-in window can offer them;
    None on a real database, or when the seat cannot read it before signing in (the hint is only a help)."""
    rank = {role: n for n, role in enumerate(DEMO_ROLE_ORDER)}

    def work(uow: UnitOfWork) -> tuple[StaffRecord, ...] | None:
        if not uow.session.scalar(select(SettingRow.value).where(SettingRow.key == DEMO_DAY_KEY)):
            return None
        rows = uow.session.scalars(select(StaffRow).where(StaffRow.active.is_(True)))
        staff = [StaffRecord(r.login, r.name, r.role, r.site, ()) for r in rows]
        return tuple(sorted(staff, key=lambda s: (rank.get(s.role, len(rank)), s.name.casefold(), s.login)))

    try:
        return run(db, work, write=False)
    except PitstopError:
        return None


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
