"""What the first-run wizard's "Testar conexão" finds on a real PostgreSQL server (db/server_check.py): the local
server (trust) for an unreachable port, a missing database, an empty one, one of another program, a Pit Stop
database of this, an older and a newer schema, a server too old; the session's throwaway SCRAM cluster for a
wrong password."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from pitstop_desktop.db.migrate import head_schema_version
from pitstop_desktop.db.server_check import CheckKind, ServerAddress, check_server, classify_connect_error
from pitstop_desktop.services.setup import check_office_server
from tests.conftest import (
    SESSION_ROLES_PREFIX,
    SUPERUSER_PASSWORD,
    Cluster,
    Templates,
    fresh_database_url,
    postgresql_database,
)
from tests.services.helpers import build_desk


def address_of(url: str) -> ServerAddress:
    parsed = make_url(url)
    return ServerAddress(parsed.host or "127.0.0.1", parsed.port or 5432, parsed.database or "")


def execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def empty_url() -> Iterator[str]:
    with postgresql_database("pitstop_check") as (_name, url):
        yield url


@pytest.fixture
def pitstop_url(db_templates: Templates, tmp_path: Path) -> Iterator[str]:
    """A Pit Stop database of this version, its people with their login roles (the session's prefix)."""
    yield from fresh_database_url(db_templates.get("postgresql", build_desk), tmp_path)


def test_nothing_listening_at_the_port_or_no_such_host_is_unreachable(empty_url: str) -> None:
    address = address_of(empty_url)
    found = check_server(ServerAddress(address.host, free_port(), address.database), "postgres", None)
    assert found.kind is CheckKind.UNREACHABLE and "refused" in found.detail.lower()
    found = check_server(ServerAddress("no-such-host.invalid", 5432, "pitstop"), "postgres", None)
    assert found.kind is CheckKind.UNREACHABLE


def test_a_missing_database_is_named_as_such(empty_url: str) -> None:
    address = address_of(empty_url)
    missing = ServerAddress(address.host, address.port, f"nope_{uuid.uuid4().hex[:8]}")
    found = check_server(missing, "postgres", None)
    assert found.kind is CheckKind.NO_DATABASE and missing.database in found.detail


def test_an_empty_database_is_set_up_by_a_login_that_may(empty_url: str) -> None:
    found = check_server(address_of(empty_url), "postgres", None)
    assert (found.kind, found.can_set_up, found.head) == (CheckKind.EMPTY, True, head_schema_version())
    assert found.server_version.split(".")[0].isdigit()
    plain = f"pt{uuid.uuid4().hex[:8]}_plain"
    execute(empty_url, f'CREATE ROLE "{plain}" LOGIN')
    try:
        found = check_server(address_of(empty_url), plain, None)
        assert (found.kind, found.can_set_up) == (CheckKind.EMPTY, False)
    finally:
        execute(empty_url, f'DROP ROLE "{plain}"')


def test_the_tables_of_another_program_are_not_a_pit_stop_database(empty_url: str) -> None:
    execute(empty_url, "CREATE TABLE invoices (id int)")
    assert check_server(address_of(empty_url), "postgres", None).kind is CheckKind.NOT_PITSTOP
    execute(empty_url, "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL)",
            "INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    found = check_server(address_of(empty_url), "postgres", None)
    assert (found.kind, found.revision) == (CheckKind.NOT_PITSTOP, "ae1027a6acf")


def test_a_pit_stop_database_answers_ok_for_a_person_and_for_the_maintenance_login(
    pitstop_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PITSTOP_ROLES_PREFIX", SESSION_ROLES_PREFIX)
    address = address_of(pitstop_url)
    found = check_office_server(address, "ana", "", maintenance=False)  # as her role (the local server trusts it)
    assert (found.kind, found.revision) == (CheckKind.OK, head_schema_version())
    assert check_office_server(address, "postgres", "", maintenance=True).kind is CheckKind.OK
    # a login the server has no role for: the same answer as a wrong password
    assert check_office_server(address, "ninguem", "", maintenance=False).kind is CheckKind.BAD_PASSWORD


def test_an_older_schema_asks_for_an_upgrade_and_a_newer_one_names_the_version_to_install(pitstop_url: str) -> None:
    address = address_of(pitstop_url)
    execute(pitstop_url, "UPDATE alembic_version SET version_num = '0008_panel_indexes'")
    found = check_server(address, "postgres", None)
    assert (found.kind, found.revision, found.head) == (CheckKind.OLDER_SCHEMA, "0008_panel_indexes",
                                                        head_schema_version())
    execute(pitstop_url, "UPDATE alembic_version SET version_num = '0042_from_the_future'",
            "UPDATE settings SET value = '9.1.0' WHERE key = 'schema_needs_version'")
    found = check_server(address, "postgres", None)
    assert (found.kind, found.needs) == (CheckKind.NEWER_SCHEMA, "9.1.0")
    execute(pitstop_url, "DELETE FROM settings WHERE key = 'schema_needs_version'")
    assert check_server(address, "postgres", None).kind is CheckKind.NEWER_SCHEMA


def test_a_server_older_than_the_minimum_is_too_old(pitstop_url: str) -> None:
    found = check_server(address_of(pitstop_url), "postgres", None, minimum=99)
    assert found.kind is CheckKind.TOO_OLD and found.server_version


@pytest.fixture
def cluster_database(cluster: Cluster) -> Iterator[ServerAddress]:
    """An empty database of its own on the session's SCRAM cluster."""
    name = f"check_{uuid.uuid4().hex[:8]}"
    engine = create_engine(cluster.url("postgres", SUPERUSER_PASSWORD, "postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield ServerAddress("127.0.0.1", cluster.port, name)
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


def test_a_server_that_checks_passwords_says_wrong_password(
    cluster_database: ServerAddress, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    for user, password in (("postgres", "errada-123"), ("ninguem", SUPERUSER_PASSWORD), ("postgres", None)):
        found = check_server(cluster_database, user, password)
        assert found.kind is CheckKind.BAD_PASSWORD, (user, password, found)
    assert check_server(cluster_database, "postgres", SUPERUSER_PASSWORD).kind is CheckKind.EMPTY
    # the right password to a database that does not exist: the database is what is wrong
    missing = ServerAddress(cluster_database.host, cluster_database.port, "nao_existe")
    assert check_server(missing, "postgres", SUPERUSER_PASSWORD).kind is CheckKind.NO_DATABASE


@pytest.mark.parametrize(("message", "kind"), [
    ('connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  autenticação do tipo senha falhou para o '
     'usuário "pitstop_ana"', CheckKind.BAD_PASSWORD),
    ('connection to server at "db", port 5432 failed: FATAL:  banco de dados "agenda" não existe',
     CheckKind.NO_DATABASE),
    ('connection to server at "db", port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "x", '
     'database "pitstop", no encryption', CheckKind.NOT_ALLOWED),
    ('connection to server at "db", port 5432 failed: FATAL:  sorry, too many clients already', CheckKind.REFUSED),
    ("connection failed: connection timeout expired", CheckKind.UNREACHABLE),
])
def test_the_servers_words_in_english_or_portuguese(message: str, kind: CheckKind) -> None:
    found = classify_connect_error(Exception(message))
    assert found.kind is kind
    if kind is CheckKind.REFUSED:
        assert found.detail == "sorry, too many clients already"
