"""Signing in on the office server is connecting as the person, and the server checks the password (SCRAM). The
local test server trusts every login, so these tests use the session's throwaway cluster that checks passwords
(``cluster`` in tests/conftest.py: ``initdb --auth=scram-sha-256`` on another port, removed afterwards).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.services import accounts, people, roles
from tests.conftest import SUPERUSER_PASSWORD, Cluster

PREFIX = "ps_"


@pytest.fixture(scope="module")
def office(cluster: Cluster) -> Iterator[Cluster]:
    """The office database: migrated, roles set up by the administrator's login, two people with passwords."""
    admin = Database(cluster.url("postgres", SUPERUSER_PASSWORD))
    try:
        upgrade(admin)
        roles.init_roles(admin, PREFIX)
        people.add_staff(admin, login="ana", name="Ana", role="attendant", password="ana-senha-1")
        people.add_staff(admin, login="gil", name="Gil", role="manager", password="gil-senha-1")
        people.add_staff(admin, login="adm", name="Adm", role="admin", password="adm-senha-1")
        people.add_client(admin, code="ACME", name="Acme")
        with admin.connect() as conn:
            hashes = conn.execute(text("SELECT count(password_hash) FROM staff")).scalar_one()
        assert hashes == 0  # the server keeps the passwords; Pit Stop's tables keep none
    finally:
        admin.dispose()
    yield cluster


@pytest.fixture
def seat(office: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A seat's configured database: the server and the database only, no login of its own."""
    monkeypatch.setenv(accounts.PREFIX_ENV, PREFIX)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    db = Database(office.url())
    yield db
    db.dispose()


def _current_user(db: Database) -> str:
    with db.connect() as conn:
        return str(conn.execute(text("SELECT current_user")).scalar_one())


def test_the_right_password_connects_as_the_person(seat: Database) -> None:
    signed = accounts.sign_in(seat, "ana", "ana-senha-1")
    try:
        assert (signed.user.login, signed.user.role) == ("ana", "attendant")
        assert _current_user(signed.db) == "ps_ana"
    finally:
        signed.db.dispose()


@pytest.mark.parametrize(("login", "password"), [("ana", "errada-123"), ("ninguem", "ana-senha-1"), ("ana", "")])
def test_a_wrong_password_or_an_unknown_login_is_the_same_refusal(seat: Database, login: str, password: str) -> None:
    with pytest.raises(NotPermitted) as caught:
        accounts.sign_in(seat, login, password)
    assert caught.value.code == "permission.bad_credentials"


def test_a_disabled_person_no_longer_signs_in_and_comes_back_when_enabled(office: Cluster, seat: Database) -> None:
    admin = Database(office.url("postgres", SUPERUSER_PASSWORD))
    try:
        assert main(["--db", admin.url.render_as_string(hide_password=False), "staff", "disable", "gil"]) == 0
        with pytest.raises(NotPermitted) as caught:
            accounts.sign_in(seat, "gil", "gil-senha-1")
        assert caught.value.code == "permission.bad_credentials"
        accounts.set_active(admin, login="gil", active=True)
        accounts.sign_in(seat, "gil", "gil-senha-1").db.dispose()
    finally:
        admin.dispose()


def test_a_person_changes_their_own_password_and_only_the_new_one_works(
    seat: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed = accounts.sign_in(seat, "ana", "ana-senha-1")
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("ana-senha-2\n"))
        own_seat = signed.db.url.render_as_string(hide_password=False)
        assert main(["--db", own_seat, "staff", "password", "ana", "--password-stdin"]) == 0
        with pytest.raises(NotPermitted):  # nor anyone else's, without being an administrator
            accounts.change_password(signed.db, actor="ana", login="gil", password="tomada-123")
    finally:
        signed.db.dispose()
    with pytest.raises(NotPermitted):
        accounts.sign_in(seat, "ana", "ana-senha-1")
    accounts.sign_in(seat, "ana", "ana-senha-2").db.dispose()
    accounts.sign_in(seat, "gil", "gil-senha-1").db.dispose()


def test_a_person_cannot_act_as_someone_else_from_their_own_login(
    office: Cluster, seat: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = accounts.sign_in(seat, "gil", "gil-senha-1")
    try:
        own_seat = signed.db.url.render_as_string(hide_password=False)
        assert main(["--db", own_seat, "client", "list"]) == 0
        assert "ACME" in capsys.readouterr().out
        new = ["--db", own_seat, "oc", "new", "--client", "ACME", "--channel", "phone", "--tab", "n1_rapida"]
        assert main([*new, "--as", "ana", "--summary", "x"]) == 6
        assert "agir como ana" in capsys.readouterr().err
        assert main([*new, "--as", "gil", "--summary", "Sem acesso"]) == 0
    finally:
        signed.db.dispose()


def test_an_administrator_person_adds_and_disables_people_from_their_own_login(
    office: Cluster, seat: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    adm = accounts.sign_in(seat, "adm", "adm-senha-1")
    gil = accounts.sign_in(seat, "gil", "gil-senha-1")
    try:
        own_seat = adm.db.url.render_as_string(hide_password=False)
        monkeypatch.setattr("sys.stdin", io.StringIO("novo-senha-1\n"))
        assert main(["--db", own_seat, "staff", "add", "novo", "--name", "Novo", "--role", "technician",
                     "--password-stdin"]) == 0
        accounts.sign_in(seat, "novo", "novo-senha-1").db.dispose()
        monkeypatch.setattr("sys.stdin", io.StringIO("novo-senha-2\n"))
        assert main(["--db", own_seat, "staff", "password", "novo", "--as", "adm", "--password-stdin"]) == 0
        accounts.sign_in(seat, "novo", "novo-senha-2").db.dispose()
        assert main(["--db", own_seat, "staff", "disable", "novo"]) == 0
        with pytest.raises(NotPermitted):
            accounts.sign_in(seat, "novo", "novo-senha-2")
        # a manager is not an administrator: the server refuses the staff and the login roles
        capsys.readouterr()
        gil_seat = gil.db.url.render_as_string(hide_password=False)
        assert main(["--db", gil_seat, "staff", "add", "outro", "--name", "Outro", "--role", "admin"]) == 6
        assert main(["--db", gil_seat, "staff", "enable", "novo"]) == 6
        assert main(["--db", own_seat, "staff", "enable", "novo"]) == 0  # the administrator may
        accounts.sign_in(seat, "novo", "novo-senha-2").db.dispose()
        with gil.db.connect() as conn:
            with pytest.raises(Exception) as caught:
                conn.execute(text("SELECT pitstop_person_login('novo', 'admin', NULL, true)"))
            assert getattr(caught.value.orig, "sqlstate", None) == "42501"  # type: ignore[attr-defined]
    finally:
        adm.db.dispose()
        gil.db.dispose()


def test_the_login_function_never_touches_a_role_with_more_than_a_persons_powers(office: Cluster) -> None:
    """An administrator person could add a staff row named like the maintenance login; its password stays."""
    admin = Database(office.url("postgres", SUPERUSER_PASSWORD))
    try:
        with admin.connect() as conn:
            conn.execute(text('CREATE ROLE "ps_maint" LOGIN CREATEROLE'))
            conn.execute(text("INSERT INTO staff (login, name, role, site, active) "
                              "VALUES ('maint', 'M', 'admin', 'matriz', true)"))
            conn.execute(text('SET ROLE "ps_adm"'))
            with pytest.raises(Exception) as caught:
                conn.execute(text("SELECT pitstop_person_login('maint', NULL, NULL, true)"))
            assert getattr(caught.value.orig, "sqlstate", None) == "42501"  # type: ignore[attr-defined]
            conn.rollback()
    finally:
        admin.dispose()
