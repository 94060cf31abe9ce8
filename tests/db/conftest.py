"""Shared by the office-server tests: a copy of the services' desk on PostgreSQL whose roles were initialised with
a prefix of its own (roles belong to the whole cluster, so every test drops the ones it made), and a plain
connection that acts as one person after another through ``SET ROLE``."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError

from pitstop_desktop.db import Database
from pitstop_desktop.services import people, roles
from tests.conftest import Templates, fresh_database_url
from tests.services.helpers import build_desk

INSUFFICIENT_PRIVILEGE = "42501"
GUARD_REFUSED = "PSR01"


@dataclass(frozen=True)
class Server:
    """A copy of the services' desk on PostgreSQL whose roles were initialised with ``prefix``."""

    url: str
    db: Database
    prefix: str

    def as_person(self, login: str) -> Database:
        """The same database, every connection ``SET ROLE``-d to the person's login role."""
        return Database(self.url, role=f"{self.prefix}{login}")


def _drop_roles(url: str, prefix: str) -> None:
    """Everything the roles own or were granted in the test database goes, then the roles themselves."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            names = _roles_named(conn, prefix)
            for name in names:
                quoted = f'"{name}"'
                conn.execute(text(f"REASSIGN OWNED BY {quoted} TO CURRENT_USER"))
                conn.execute(text(f"DROP OWNED BY {quoted}"))
            for name in names:
                conn.execute(text(f'DROP ROLE "{name}"'))
            assert _roles_named(conn, prefix) == []
    finally:
        engine.dispose()


def _roles_named(conn: Connection, prefix: str) -> list[str]:
    return list(conn.execute(text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p) ORDER BY rolname"),
                             {"p": prefix}).scalars())


@pytest.fixture
def pg_desk_url(db_templates: Templates, tmp_path: Path) -> Iterator[str]:
    """A fresh copy of the services' desk on PostgreSQL (skipped, or failed under PITSTOP_REQUIRE_PG=1, without
    a server)."""
    yield from fresh_database_url(db_templates.get("postgresql", build_desk), tmp_path)


@pytest.fixture
def prefix(pg_desk_url: str) -> Iterator[str]:
    """A prefix no other test (or person) uses; its roles are dropped afterwards."""
    unique = f"t{uuid.uuid4().hex[:8]}_"
    try:
        yield unique
    finally:
        _drop_roles(pg_desk_url, unique)


@pytest.fixture
def server(pg_desk_url: str, prefix: str) -> Iterator[Server]:
    db = Database(pg_desk_url)
    try:
        roles.init_roles(db, prefix)
        for login, role, tabs in (("rui", "attendant", ("n1_rapida",)), ("tom", "technician", ("n1_rapida",)),
                                  ("gui", "manager", ()), ("adm", "admin", ())):
            people.add_staff(db, login=login, name=login.title(), role=role, tabs=tabs, password="s3cr'et%")
        yield Server(pg_desk_url, db, prefix)
    finally:
        db.dispose()


def refused(conn: Connection, statement: str, state: str = INSUFFICIENT_PRIVILEGE) -> None:
    """``statement`` is refused by the server with ``state`` (and only its savepoint is rolled back)."""
    with pytest.raises(DBAPIError) as caught, conn.begin_nested():
        conn.execute(text(statement))
    assert getattr(caught.value.orig, "sqlstate", None) == state, caught.value


@pytest.fixture
def as_person(server: Server) -> Iterator[Connection]:
    """A plain connection acting as each person in turn via ``SET ROLE`` (the test server trusts postgres)."""
    engine = create_engine(server.url)
    try:
        with engine.connect() as conn, conn.begin():
            yield conn
    finally:
        engine.dispose()


def set_role(conn: Connection, server: Server, login: str) -> None:
    conn.execute(text(f'SET ROLE "{server.prefix}{login}"'))


