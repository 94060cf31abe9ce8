"""PostgreSQL roles for the office server: an owner nobody logs in as, one group role per Pit Stop role, one login
per person (docs/server-roles.md): the roles, ownership, the privilege matrix below and the guards (db/guards.py).

Every statement is plain SQL, run by a superuser or a role with CREATEROLE inside one transaction (CREATE ROLE and
GRANT are transactional in PostgreSQL), and running it again is harmless: roles are created only when missing, and
the group roles' table privileges are revoked and granted anew, so they always end up exactly as written here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from pitstop_desktop.db.guards import install_guards
from pitstop_desktop.domain.codes import DEFAULT_ROLES_PREFIX, Role
from pitstop_desktop.domain.errors import BadValue, Field

if TYPE_CHECKING:  # psycopg is imported where a statement is written: importing this module (every service does)
    from psycopg import sql  # must not load it for a SQLite seat (~0.1 s of the console's cold start)

DEFAULT_PREFIX = DEFAULT_ROLES_PREFIX
PREFIX_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,15}")
ROLE_NAME_MAX = 63  # PostgreSQL's NAMEDATALEN - 1: a longer name would be cut silently
GROUPS: tuple[str, ...] = tuple(r.value for r in Role)
MANAGEMENT: tuple[str, ...] = (Role.ADMIN.value, Role.MANAGER.value, Role.SUPERVISOR.value)

# What the services write today, by whom. Every group also reads every table (``staff`` without password_hash).
EVERYONE_WRITES: tuple[tuple[str, str], ...] = (
    ("occurrences, offers, escalations, apoio_items", "INSERT, UPDATE"),
    ("bookings, sign_in_failures", "INSERT, UPDATE, DELETE"),
    # the consulting team's own record of work (issue 12): everyone writes, the services check whose
    ("contact_persons, contacts, tasks, room_bookings, room_slots", "INSERT, UPDATE, DELETE"),
    ("presence_events", "INSERT"),  # a person their own, management anyone's, corrections with a reason (guards)
    ("seat_heartbeats", "INSERT, UPDATE, DELETE"),  # a window's heartbeat: the person's own rows (guards)
    ("counters", "UPDATE"),  # OC numbers and change-feed revisions are taken by UPDATE … RETURNING
    # append-only: UPDATE and DELETE stay with the owner; a trigger writes the acting person and the server's clock
    # into every row whatever the INSERT said (db/guards.py)
    ("audit_events, change_feed", "INSERT"),
)
MANAGEMENT_WRITES = ("tabs, roster, sla_classes, business_calendar, calendar_exceptions, clients, settings, "
                     "work_plan, rooms",
                     "INSERT, UPDATE, DELETE")
ADMIN_WRITES = ("staff, staff_tabs", "INSERT, UPDATE, DELETE")
STAFF_READABLE = "id, login, name, role, site, active"  # every column but password_hash


def check_prefix(prefix: str) -> str:
    """A prefix is a short lower-case identifier (``ps_``), so role names need no quoting to be typed by hand."""
    if not PREFIX_PATTERN.fullmatch(prefix):
        raise BadValue("value.role_prefix", field=Field.DATABASE, prefix=prefix)
    return prefix


def owner_role(prefix: str) -> str:
    return f"{prefix}owner"


def backfill_role(prefix: str) -> str:
    """Members may date an action (``--at``): the administrators' group, and whoever an administrator grants it."""
    return f"{prefix}backfill"


def reserved_roles(prefix: str) -> tuple[str, ...]:
    """The roles init-roles creates; no person's login role may take one of these names."""
    return (owner_role(prefix), backfill_role(prefix), *(group_role(prefix, g) for g in GROUPS))


def group_role(prefix: str, role: str) -> str:
    return f"{prefix}{Role(role).value}"


def person_role(prefix: str, login: str) -> str:
    """A person's login role; refused when PostgreSQL would have to cut it (and two logins could then collide)."""
    name = f"{prefix}{login}"
    if name in reserved_roles(prefix):
        raise BadValue("value.db_role_reserved", field=Field.LOGIN, login=login, role=name)
    if len(name.encode()) > ROLE_NAME_MAX:
        raise BadValue("value.db_role_too_long", field=Field.LOGIN, login=login,
                       limit=ROLE_NAME_MAX - len(prefix.encode()))
    return name


def _q(name: str) -> str:
    """A role or table name, always quoted (logins may hold dots and dashes)."""
    from psycopg import sql

    return sql.Identifier(name).as_string()


def _run(conn: Connection, statement: str | sql.Composable) -> None:
    """One statement on the connection's own transaction, without parameters (so a ``%`` in a name or a password
    is not taken for a placeholder)."""
    driver = conn.connection.driver_connection
    assert driver is not None, "an open connection has its driver's connection"
    with driver.cursor() as cursor:
        cursor.execute(statement)


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def _schema_objects(conn: Connection) -> tuple[str, list[str], list[str]]:
    """The current schema, its tables and its sequences."""
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    tables = list(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = :s ORDER BY tablename"), {"s": schema}).scalars())
    sequences = list(conn.execute(text(
        "SELECT sequencename FROM pg_sequences WHERE schemaname = :s ORDER BY sequencename"), {"s": schema}).scalars())
    return schema, tables, sequences


def init_roles(conn: Connection, prefix: str) -> None:
    """Create the owner and group roles when missing, give the owner every table (and so the sequences of their
    columns), take everything from PUBLIC and grant the groups the matrix above."""
    check_prefix(prefix)
    owner = _q(owner_role(prefix))
    groups = [_q(group_role(prefix, g)) for g in GROUPS]
    everyone = ", ".join(groups)
    management = ", ".join(_q(group_role(prefix, g)) for g in MANAGEMENT)
    admin = _q(group_role(prefix, Role.ADMIN))
    for name in reserved_roles(prefix):
        if not _role_exists(conn, name):
            _run(conn, f"CREATE ROLE {_q(name)} NOLOGIN")

    schema, tables, sequences = _schema_objects(conn)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    all_tables = ", ".join(_q(t) for t in tables)
    all_sequences = ", ".join(_q(s) for s in sequences)
    statements = [
        # the role running this (the seats' URL role, today) keeps using the tables and may hand them over
        f"GRANT {owner} TO CURRENT_USER",
        # a new owner needs CREATE on the schema; foreign-key checks run as the referenced table's owner
        f"GRANT USAGE, CREATE ON SCHEMA {_q(schema)} TO {owner}",
        *(f"ALTER TABLE {_q(t)} OWNER TO {owner}" for t in tables),  # owned sequences follow their table
        f"REVOKE ALL ON DATABASE {_q(database)} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {_q(database)} TO {everyone}",
        f"REVOKE ALL ON SCHEMA {_q(schema)} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {_q(schema)} TO {everyone}",
        f"REVOKE ALL ON {all_tables} FROM PUBLIC, {everyone}",
        f"GRANT SELECT ON {', '.join(_q(t) for t in tables if t != 'staff')} TO {everyone}",
        f"GRANT SELECT ({STAFF_READABLE}) ON staff TO {everyone}",
        *(f"GRANT {privileges} ON {names} TO {everyone}" for names, privileges in EVERYONE_WRITES),
        f"GRANT {MANAGEMENT_WRITES[1]} ON {MANAGEMENT_WRITES[0]} TO {management}",
        f"GRANT {ADMIN_WRITES[1]} ON {ADMIN_WRITES[0]} TO {admin}",
        f"GRANT {_q(backfill_role(prefix))} TO {admin}",
    ]
    if sequences:
        statements += [f"REVOKE ALL ON SEQUENCE {all_sequences} FROM PUBLIC, {everyone}",
                       f"GRANT USAGE, SELECT ON SEQUENCE {all_sequences} TO {everyone}"]
    # the owner makes people's login roles for administrators (db/guards.py PERSON_LOGIN): it may create roles
    # and hand out the groups
    statements += [f"ALTER ROLE {owner} CREATEROLE",
                   *(f"GRANT {g} TO {owner} WITH ADMIN OPTION" for g in groups)]
    for statement in statements:
        _run(conn, statement)
    install_guards(conn, prefix, owner_role(prefix), group_role(prefix, Role.ADMIN), GROUPS)


def create_person_role(
    conn: Connection, prefix: str, login: str, role: str, password: str | None, *, active: bool = True
) -> str:
    """The person's login role (NOLOGIN while they are disabled), member of their group only (a leftover role of
    the same name is reused), through the owner's ``pitstop_person_login`` so an administrator *person* may do it
    too. A password travels only as its SCRAM verifier (:func:`scram_verifier`)."""
    name = person_role(prefix, login)
    verifier = scram_verifier(conn, name, password) if password else None
    _person_login(conn, login, Role(role).value, verifier, active)
    return name


def scram_verifier(conn: Connection, role: str, password: str) -> str:
    """What the server keeps of a password, computed here by libpq (as psql's ``\\password`` does), so the
    password itself never reaches the server's logs or statistics."""
    driver = conn.connection.driver_connection
    assert driver is not None, "an open connection has its driver's connection"
    return str(driver.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode())


def set_password(conn: Connection, prefix: str, login: str, password: str) -> None:
    """A person's new password: their own (``ALTER ROLE`` on their own login, which any role may do), or, for an
    administrator, anyone's."""
    name = person_role(prefix, login)
    verifier = scram_verifier(conn, name, password)
    current = conn.execute(text("SELECT current_user")).scalar_one()
    if current == name:
        from psycopg import sql

        _run(conn, sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(name), sql.Literal(verifier)))
    else:
        _person_login(conn, login, None, verifier, None)


def set_login(conn: Connection, login: str, can_login: bool) -> None:
    """A disabled person's role keeps its grants (history still names it) but no longer connects."""
    _person_login(conn, login, None, None, can_login)


def _person_login(conn: Connection, login: str, role: str | None, verifier: str | None, active: bool | None) -> None:
    conn.execute(text("SELECT pitstop_person_login(:login, :role, :verifier, :active)"),
                 {"login": login, "role": role, "verifier": verifier, "active": active})
