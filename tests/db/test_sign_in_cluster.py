"""Signing in on the office server is connecting as the person, and the server checks the password (SCRAM). The
local test server trusts every login, so these tests use the session's throwaway cluster that checks passwords
(``cluster`` in tests/conftest.py: ``initdb --auth=scram-sha-256`` on another port, removed afterwards).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.domain.refusals import render
from pitstop_desktop.services import accounts, credentials, people, roles
from tests.conftest import SUPERUSER_PASSWORD, Cluster
from tests.memory_keyring import (
    MemoryKeyring,
    memory_store,  # noqa: F401 (the fixture "store")
)

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


# ---------------------------------------------------------------------------------------------------------------
# Windows sign-in (SSPI/Kerberos) and remembered passwords, against a server that checks passwords.
#
# SSPI itself answers only on Windows (a domain, a server with ``sspi`` in pg_hba.conf): here a ``trust`` line for
# one person's login role stands in for it — the server lets that role in without a password, as it would let in
# the Windows account its pg_ident.conf maps to it — and everyone else is still asked for their SCRAM password.


@pytest.fixture(scope="module")
def windows_person(office: Cluster) -> str:
    """``win``, whose role the server lets in without a password (the stand-in for an ``sspi`` line)."""
    admin = Database(office.url("postgres", SUPERUSER_PASSWORD))
    try:
        people.add_staff(admin, login="win", name="Win Dows", role="technician", password="win-senha-1")
        with admin.connect() as conn:
            hba = Path(str(conn.execute(text("SHOW hba_file")).scalar_one()))
        hba.write_text(f"host pitstop {PREFIX}win 127.0.0.1/32 trust\n" + hba.read_text())
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_reload_conf()"))  # asynchronous: see _windows_sign_in_when_reloaded
    finally:
        admin.dispose()
    return "win"


def _windows_sign_in_when_reloaded(seat: Database, login: str) -> accounts.SignedIn:
    """The postmaster reloads pg_hba.conf on its own time: try until it does (bounded, no sleep)."""
    for _ in range(200):
        try:
            return accounts.sign_in_with_windows(seat, login)
        except NotPermitted:
            continue
    return accounts.sign_in_with_windows(seat, login)


def test_windows_sign_in_connects_as_the_persons_role_without_a_password(
    seat: Database, windows_person: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(accounts.WINDOWS_SIGN_IN_ENV, "1")
    signed = _windows_sign_in_when_reloaded(seat, windows_person)
    try:
        assert (signed.user.login, signed.user.role) == ("win", "technician")
        assert signed.db.url.password is None
        assert _current_user(signed.db) == "ps_win"
    finally:
        signed.db.dispose()
    # nothing typed: the login is this computer's user name, without its domain
    monkeypatch.setattr("getpass.getuser", lambda: "OFICINA\\Win")
    signed = accounts.sign_in_with_windows(seat)
    try:
        assert signed.user.login == "win"
    finally:
        signed.db.dispose()


def test_a_server_that_asks_for_a_password_refuses_windows_sign_in_clearly(
    seat: Database, windows_person: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(accounts.WINDOWS_SIGN_IN_ENV, "1")
    for login in ("ana", "ninguem"):  # scram for ana; no such role at all
        with pytest.raises(NotPermitted) as caught:
            accounts.sign_in_with_windows(seat, login)
        assert caught.value.code == "permission.windows_sign_in_refused"
        assert render(caught.value).startswith(f"o servidor não aceitou a conta do Windows deste computador como "
                                               f"{login}. Entre com login e senha")


def test_windows_sign_in_is_off_unless_the_seat_enables_it(
    seat: Database, windows_person: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []
    monkeypatch.setattr(accounts, "_who_am_i", lambda db, login: attempts.append(login))
    for switch in ("", "0", "no"):
        monkeypatch.setenv(accounts.WINDOWS_SIGN_IN_ENV, switch)
        with pytest.raises(NotPermitted) as caught:
            accounts.sign_in_with_windows(seat, windows_person)
        assert caught.value.code == "permission.windows_sign_in_off"
    with pytest.raises(NotPermitted):
        accounts.sign_in_with_windows(seat, windows_person, enabled=False)
    assert attempts == []  # not even a connection was tried
    assert accounts.windows_sign_in_enabled(True) and not accounts.windows_sign_in_enabled(False)


def test_a_remembered_password_changed_elsewhere_is_refused_and_dropped(seat: Database, store: MemoryKeyring) -> None:
    identity = credentials.database_identity(seat)
    assert identity == f"127.0.0.1:{seat.url.port}/pitstop"
    service = credentials.service_name(identity)
    signed = credentials.sign_in_remembering(seat, "gil", "gil-senha-1", remember=True, recalled=None)
    signed.db.dispose()
    assert store.kept == {(service, "gil"): "gil-senha-1"}
    store.kept[(service, "gil")] = "gil-antiga"
    with pytest.raises(NotPermitted) as caught:
        credentials.sign_in_remembering(seat, "gil", "gil-antiga", remember=True, recalled="gil-antiga")
    assert caught.value.code == "permission.bad_credentials"
    assert store.kept == {}
    # a wrong password typed by hand leaves a kept one alone
    store.kept[(service, "gil")] = "gil-senha-1"
    with pytest.raises(NotPermitted):
        credentials.sign_in_remembering(seat, "gil", "digitada-errada", remember=True, recalled="gil-senha-1")
    assert store.kept == {(service, "gil"): "gil-senha-1"}
    credentials.sign_in_remembering(seat, "gil", "gil-senha-1", remember=False, recalled="gil-senha-1").db.dispose()
    assert store.kept == {}
