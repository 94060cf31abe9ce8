"""A seat's first run as use cases (services/setup.py): the administrator's first run on an empty office database
(migrated, roles set up, the first administrator with their own login and password — checked by the session's
SCRAM cluster), and this computer alone (SQLite, with or without the demo day)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import is_current
from pitstop_desktop.db.server_check import CheckKind, ServerAddress
from pitstop_desktop.domain.errors import BadValue, Conflict, NotPermitted
from pitstop_desktop.services import accounts, people, roles
from pitstop_desktop.services.setup import (
    FirstAdmin,
    check_first_admin,
    check_office_server,
    set_up_office_server,
    set_up_this_computer,
)
from tests.conftest import SUPERUSER_PASSWORD, Cluster, postgresql_database
from tests.db.conftest import _drop_roles

ADMIN = FirstAdmin("ana.admin", "Ana Admin", "primeira-senha-1")


@pytest.fixture
def office_database(cluster: Cluster) -> Iterator[ServerAddress]:
    """An empty database on the session's SCRAM cluster (roles there go with the cluster)."""
    name = f"office_{uuid.uuid4().hex[:8]}"
    engine = create_engine(cluster.url("postgres", SUPERUSER_PASSWORD, "postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield ServerAddress("127.0.0.1", cluster.port, name)
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


def test_the_administrators_first_run_sets_up_the_server_and_the_first_administrator_signs_in(
    office_database: ServerAddress, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = f"f{uuid.uuid4().hex[:6]}_"
    monkeypatch.setenv("PITSTOP_ROLES_PREFIX", prefix)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    before = check_office_server(office_database, "postgres", SUPERUSER_PASSWORD, maintenance=True)
    assert (before.kind, before.can_set_up) == (CheckKind.EMPTY, True)
    record = set_up_office_server(office_database, "postgres", SUPERUSER_PASSWORD, ADMIN)
    assert (record.login, record.role) == ("ana.admin", "admin")
    # the database is this version's, its roles are set up, the administrator has a login role of their own
    assert check_office_server(office_database, "postgres", SUPERUSER_PASSWORD, maintenance=True).kind is CheckKind.OK
    assert check_office_server(office_database, "ana.admin", "primeira-senha-1", maintenance=False).kind is CheckKind.OK
    wrong = check_office_server(office_database, "ana.admin", "outra-senha", maintenance=False)
    assert wrong.kind is CheckKind.BAD_PASSWORD
    maintenance = Database(office_database.url("postgres", SUPERUSER_PASSWORD))
    try:  # the server keeps the password (its SCRAM verifier), Pit Stop's tables no hash
        with maintenance.connect() as conn:
            assert conn.execute(text("SELECT count(password_hash) FROM staff")).scalar_one() == 0
    finally:
        maintenance.dispose()
    seat = Database(office_database.url())  # what the seat's settings name: the server and the database, no login
    try:
        signed = accounts.sign_in(seat, "ana.admin", "primeira-senha-1")
        try:
            assert signed.user.role == "admin" and roles.roles_prefix(signed.db) == prefix
            with signed.db.connect() as conn:  # they are not the maintenance login: the hashes are not theirs
                assert conn.execute(text("SELECT current_user")).scalar_one() == f"{prefix}ana.admin"
        finally:
            signed.db.dispose()
        with pytest.raises(NotPermitted):
            accounts.sign_in(seat, "ana.admin", "outra-senha")
    finally:
        seat.dispose()


def test_on_the_local_server_the_first_run_is_harmless_to_repeat_up_to_the_administrator() -> None:
    """The local server (trust): run twice, the second time the administrator exists already and is refused."""
    with postgresql_database("pitstop_first") as (_name, url):
        prefix = f"f{uuid.uuid4().hex[:6]}_"
        parsed = make_url(url)
        address = ServerAddress(parsed.host or "", parsed.port or 5432, parsed.database or "")
        try:
            set_up_office_server(address, "postgres", "", ADMIN, prefix)
            db = Database(url)
            try:
                assert is_current(db) and roles.roles_prefix(db) == prefix
                assert [(s.login, s.role) for s in people.list_staff(db)] == [("ana.admin", "admin")]
            finally:
                db.dispose()
            with pytest.raises(Conflict, match=r"ana\.admin"):
                set_up_office_server(address, "postgres", "", ADMIN, prefix)
        finally:
            _drop_roles(url, prefix)


def test_this_computer_alone_gets_a_migrated_file_and_its_first_administrator(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'pitstop.db'}"
    record = set_up_this_computer(url, ADMIN)
    assert record is not None and record.role == "admin"
    db = Database(url)
    try:
        assert is_current(db)
        assert people.authenticate(db, "ana.admin", "primeira-senha-1").login == "ana.admin"
    finally:
        db.dispose()
    other = f"sqlite:///{tmp_path / 'demo.db'}"
    assert set_up_this_computer(other, None) is None  # the demo day comes next (the caller loads it)
    db = Database(other)
    try:
        assert is_current(db) and people.list_staff(db) == []
    finally:
        db.dispose()


@pytest.mark.parametrize(("admin", "code", "field"), [
    (FirstAdmin("", "Ana", "primeira-senha-1"), "value.login_missing", "login"),
    (FirstAdmin("Ana Admin", "Ana", "primeira-senha-1"), "value.login_format", "login"),
    (FirstAdmin("ana", " ", "primeira-senha-1"), "value.login_and_name", "name"),
    (FirstAdmin("ana", "Ana", "curta"), "value.password_rules", "password"),
])
def test_a_first_administrator_the_database_would_refuse_is_refused_first(
    admin: FirstAdmin, code: str, field: str, tmp_path: Path
) -> None:
    with pytest.raises(BadValue) as caught:
        check_first_admin(admin)
    assert (caught.value.code, caught.value.field) == (code, field)
    with pytest.raises(BadValue):
        set_up_this_computer(f"sqlite:///{tmp_path / 'x.db'}", admin)
    assert not (tmp_path / "x.db").exists()  # refused before anything was created
