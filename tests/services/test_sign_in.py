"""Sign-in on the argon2 path: no timing difference between an unknown login and a wrong password, and a lockout
after repeated failures that every window on the computer sees (it is counted in the database).

This is the sign-in of SQLite (and of a PostgreSQL server whose roles were never set up: the same code). On the
office server with roles, signing in is connecting as the person, checked by the server itself:
tests/db/test_sign_in_cluster.py. So these tests run on SQLite.

Timing is not measured (a timed assertion is flaky); the test counts argon2 verifications with a spy instead: the
time of a sign-in is the time of its one verification. Lockout times come from ``at=``, never from sleeping.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from pitstop_desktop import cli
from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import SignInFailureRow, StaffRow
from pitstop_desktop.domain.errors import Field, NotPermitted
from pitstop_desktop.domain.refusals import render
from pitstop_desktop.services import people
from pitstop_desktop.services.unit_of_work import run
from tests.conftest import Templates, fresh_database_url

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # 09:00 in São Paulo
PASSWORD = "s3gredo forte"


@pytest.fixture(params=["sqlite"])
def db_url(request: pytest.FixtureRequest, db_templates: Templates, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database_url(db_templates.get(request.param), tmp_path)


@pytest.fixture
def desk(db: Database) -> Database:
    people.add_staff(db, login="ana", name="Ana Souza", role="attendant", password=PASSWORD)
    people.add_staff(db, login="bia", name="Bia Lima", role="attendant", password=PASSWORD)
    people.add_staff(db, login="sem.senha", name="Sem Senha", role="attendant")
    run(db, lambda uow: uow.session.execute(  # "bia" leaves: disabled
        StaffRow.__table__.update().where(StaffRow.login == "bia").values(active=False)))
    return db


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every argon2 verification sign-in makes, by the hash it was given."""
    calls: list[str] = []
    original = PasswordHasher.verify

    def spy(self: PasswordHasher, hash: str | bytes, password: str | bytes) -> bool:
        calls.append(str(hash))
        return original(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", spy)
    yield calls


def refused(db: Database, login: str, password: str, at: datetime) -> NotPermitted:
    with pytest.raises(NotPermitted) as info:
        people.authenticate(db, login, password, at=at)
    return info.value


@pytest.mark.parametrize("login", ["ana", "ninguem", "bia", "sem.senha"],
                         ids=["wrong password", "unknown login", "disabled", "no password"])
def test_every_bad_sign_in_costs_one_verification_and_answers_the_same(
        desk: Database, verifications: list[str], login: str) -> None:
    error = refused(desk, login, "errada", T0)
    assert len(verifications) == 1, "one argon2 verification, whoever the login is: the same time"
    assert verifications[0].startswith("$argon2id$")
    assert (error.code, error.field, error.params) == ("permission.bad_credentials", Field.PASSWORD, {})
    assert render(error) == "login ou senha incorretos."


def test_the_right_password_signs_in_with_one_verification(desk: Database, verifications: list[str]) -> None:
    assert people.authenticate(desk, "ana", PASSWORD, at=T0).login == "ana"
    assert len(verifications) == 1


def test_five_failures_lock_the_login_even_for_the_right_password(desk: Database) -> None:
    for minute in range(people.LOCKOUT_FAILURES):
        assert refused(desk, "ana", "errada", T0 + timedelta(minutes=minute)).code == "permission.bad_credentials"
    fifth = T0 + timedelta(minutes=people.LOCKOUT_FAILURES - 1)
    locked = refused(desk, "ana", PASSWORD, fifth + timedelta(minutes=1))
    until = fifth + people.LOCKOUT_TIME  # 12:04 UTC + 15 min = 09:19 in São Paulo
    assert (locked.code, locked.params) == ("permission.sign_in_locked", {"until": "09:19"})
    assert NotPermitted.exit_code == 6
    assert "bloqueado até 09:19" in cli.refusal_text(locked)
    assert refused(desk, "ana", PASSWORD, until - timedelta(seconds=1)).code == "permission.sign_in_locked"
    assert people.authenticate(desk, "ana", PASSWORD, at=until).login == "ana"  # the lock ends on time
    # and a success clears the count: four more failures do not lock
    for minute in range(people.LOCKOUT_FAILURES - 1):
        refused(desk, "ana", "errada", until + timedelta(minutes=minute))
    assert people.authenticate(desk, "ana", PASSWORD, at=until + timedelta(minutes=5)).login == "ana"


def test_a_locked_login_is_not_verified_at_all(desk: Database, verifications: list[str]) -> None:
    for minute in range(people.LOCKOUT_FAILURES):
        refused(desk, "ana", "errada", T0 + timedelta(minutes=minute))
    verifications.clear()
    refused(desk, "ana", PASSWORD, T0 + timedelta(minutes=6))
    assert verifications == [], "no password is tried while locked: guessing gets nowhere"


def test_failures_spread_beyond_the_window_do_not_lock(desk: Database) -> None:
    for i in range(2 * people.LOCKOUT_FAILURES):
        refused(desk, "ana", "errada", T0 + i * (people.LOCKOUT_WINDOW / 4))
    assert people.authenticate(desk, "ana", PASSWORD, at=T0 + 3 * people.LOCKOUT_WINDOW).login == "ana"


def test_an_unknown_login_locks_like_a_known_one(desk: Database) -> None:
    """Otherwise the lockout itself would tell which logins exist."""
    for minute in range(people.LOCKOUT_FAILURES):
        refused(desk, "ninguem", "errada", T0 + timedelta(minutes=minute))
    assert refused(desk, "ninguem", "errada", T0 + timedelta(minutes=5)).code == "permission.sign_in_locked"


def test_one_login_locked_leaves_the_others_alone(desk: Database) -> None:
    for minute in range(people.LOCKOUT_FAILURES):
        refused(desk, "ana", "errada", T0 + timedelta(minutes=minute))
    people.add_staff(desk, login="caio", name="Caio", role="technician", password=PASSWORD)
    assert people.authenticate(desk, "caio", PASSWORD, at=T0 + timedelta(minutes=6)).login == "caio"


def test_the_count_lives_in_the_database_so_every_window_sees_it(desk: Database) -> None:
    other = Database(desk.url.render_as_string(hide_password=False))  # another window, its own connections
    try:
        for minute in range(people.LOCKOUT_FAILURES - 1):
            refused(desk, "ana", "errada", T0 + timedelta(minutes=minute))
        refused(other, "ana", "errada", T0 + timedelta(minutes=5))
        assert refused(desk, "ana", PASSWORD, T0 + timedelta(minutes=6)).code == "permission.sign_in_locked"
    finally:
        other.dispose()
    rows = run(desk, lambda uow: list(uow.session.scalars(select(SignInFailureRow))), write=False)
    assert [(r.login, r.failures) for r in rows] == [("ana", people.LOCKOUT_FAILURES)]
