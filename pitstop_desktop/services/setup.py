"""A seat's first run (views/first_run.py) and the settings dialog's connection test, as use cases.

- Checking an office server: connect as the person's own login role (``<prefix><login>``, the roles of
  ``pitstop db init-roles``) — or, for the administrator's first run, as the server's maintenance login — with the
  password typed, used for this check only and never kept (db/server_check.py says what was found).
- The administrator's first run on an EMPTY database: migrate it, set up the roles (the service of
  ``pitstop db init-roles``) and add the first administrator with their own login role and password, all as the
  maintenance login; everyone else just saves the settings and signs in as usual.
- This computer alone (SQLite): the file is created and migrated; without the demo day, the first administrator
  is added (argon2id in the file); with it, the caller loads it (the demo is a tool above the services).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from pitstop_desktop.db import Database
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.migrate import ensure_current, upgrade
from pitstop_desktop.db.server_check import ServerAddress, ServerCheck, check_server
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.codes import Role
from pitstop_desktop.domain.errors import BadValue, Field
from pitstop_desktop.services import people, roles
from pitstop_desktop.services.accounts import MAX_PASSWORD, MIN_PASSWORD, PREFIX_ENV
from pitstop_desktop.services.records import StaffRecord


@dataclass(frozen=True)
class FirstAdmin:
    """The first administrator of a new database: they sign in with this login and password from now on."""

    login: str
    name: str
    password: str


def check_first_admin(admin: FirstAdmin) -> None:
    """Refuse a first administrator the database would refuse, before anything is created."""
    if not admin.login.strip():
        raise BadValue("value.login_missing", field=Field.LOGIN)
    limits.check_login(admin.login.strip())
    if not admin.name.strip():
        raise BadValue("value.login_and_name", field=Field.NAME)
    limits.check_text(admin.name.strip(), limits.STAFF_NAME, subject="name", field=Field.NAME)
    if not MIN_PASSWORD <= len(admin.password) <= MAX_PASSWORD or "\x00" in admin.password:
        raise BadValue("value.password_rules", field=Field.PASSWORD, minimum=MIN_PASSWORD, maximum=MAX_PASSWORD)


def roles_prefix() -> str:
    """The prefix of the people's login roles a seat assumes before it can read the database's own
    (``PITSTOP_ROLES_PREFIX``, as the sign-in window does; default ``pitstop_``)."""
    return db_roles.check_prefix(os.environ.get(PREFIX_ENV, db_roles.DEFAULT_PREFIX))


def connection_login(login: str, *, maintenance: bool) -> str:
    """Whom the check connects as: the person's own login role, or the maintenance login exactly as typed."""
    login = login.strip()
    if maintenance or not login:
        return login
    try:
        return db_roles.person_role(roles_prefix(), login)
    except BadValue:  # a login no role can have: the server would refuse it anyway
        return f"{roles_prefix()}{login}"


def check_office_server(address: ServerAddress, login: str, password: str, *, maintenance: bool) -> ServerCheck:
    """Can this person (or the administrator's maintenance login) connect, and what does the database hold?"""
    return check_server(address, connection_login(login, maintenance=maintenance) or None, password or None)


def set_up_office_server(address: ServerAddress, maintenance_login: str, password: str, admin: FirstAdmin,
                         prefix: str | None = None) -> StaffRecord:
    """The administrator's first run on an empty database: migrate, set up the roles and add ``admin``, as the
    maintenance login (each step is harmless to repeat, so a run cut short is run again)."""
    check_first_admin(admin)
    db = Database(address.url(maintenance_login.strip(), password))
    try:
        upgrade(db)
        roles.init_roles(db, prefix or roles_prefix())
        return people.add_staff(db, login=admin.login.strip(), name=admin.name.strip(), role=Role.ADMIN.value,
                                password=admin.password)
    finally:
        db.dispose()


def set_up_this_computer(url: str, admin: FirstAdmin | None) -> StaffRecord | None:
    """This computer's SQLite file: created and migrated; with ``admin`` (no demo day), its first administrator."""
    if admin is not None:
        check_first_admin(admin)
    db = Database(url)
    try:
        ensure_current(db)
        if admin is None:
            return None
        return people.add_staff(db, login=admin.login.strip(), name=admin.name.strip(), role=Role.ADMIN.value,
                                password=admin.password)
    finally:
        db.dispose()
