"""The office server's database roles (docs/server-roles.md): set up once by an administrator, then every person
added gets their own login role. PostgreSQL only; SQLite, a single seat's file, has no roles."""

from __future__ import annotations

from sqlalchemy import select, update

from pitstop_desktop.db import Database
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.orm import StaffRow
from pitstop_desktop.domain.errors import BadValue, Field
from pitstop_desktop.services.settings import get_setting, set_setting_in
from pitstop_desktop.services.unit_of_work import UnitOfWork, run

ROLES_PREFIX = "db_roles_prefix"  # set by init_roles: the prefix of the roles this database was set up with


def require_office_server(db: Database) -> None:
    """Roles are the office server's (PostgreSQL): refused on SQLite before anything is opened or written."""
    if db.is_sqlite:
        raise BadValue("value.roles_need_postgresql", field=Field.DATABASE, url=db.display_url)


def init_roles(db: Database, prefix: str = db_roles.DEFAULT_PREFIX) -> str:
    """Create the owner and group roles, hand the owner the tables, grant the groups their privileges, install the
    server's guards, give every person already on the staff a login role (no password yet: an administrator sets
    one, or the person is added again) and record the prefix in ``settings``, all in one transaction; harmless to
    run again. Returns the prefix."""
    require_office_server(db)
    db_roles.check_prefix(prefix)

    def work(uow: UnitOfWork) -> str:
        set_setting_in(uow, ROLES_PREFIX, prefix)
        uow.session.flush()
        conn = uow.session.connection()
        db_roles.init_roles(conn, prefix)
        for person in uow.session.scalars(select(StaffRow)):  # the people already here get their login role too
            db_roles.create_person_role(conn, prefix, person.login, person.role, None, active=person.active)
        # from now on the server checks passwords: the argon2 hashes go (an administrator sets each person's
        # password on the server: `pitstop staff password LOGIN`)
        uow.session.execute(update(StaffRow).values(password_hash=None))
        return prefix

    return run(db, work)


def roles_prefix(db: Database) -> str | None:
    """The prefix this database's roles were set up with; None when they never were (or on SQLite)."""
    return get_setting(db, ROLES_PREFIX) if db.is_postgres else None
