"""The sign-in window's helps: "Lembrar neste computador" (the password in the operating system's credential store,
here an in-memory keyring backend), the demo database's people and password, and "Entrar com a conta do Windows"
where the seat enables it (the local test server trusts every login, which stands in for SSPI here; the server's
refusal is tested against a password-checking cluster in tests/db/test_sign_in_cluster.py).

Real clicks and key presses; the window's reads run on the worker, so each test waits for their answers.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QCheckBox

from pitstop_desktop.db import Database
from pitstop_desktop.services import credentials, people, settings
from pitstop_desktop.views.sign_in import LAST_DATABASE, LAST_LOGIN, SETTINGS_APP, SETTINGS_ORG, SignInDialog
from pitstop_desktop.views.tasks import TaskRunner
from tests.memory_keyring import (
    BrokenKeyring,
    memory_store,  # noqa: F401 (the fixture "store")
)

LEFT = Qt.MouseButton.LeftButton
PASSWORD = "certa-1234"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_idle()
    task_runner.shutdown()


@pytest.fixture
def desk(db: Database) -> Database:
    """A real (not demo) database, SQLite or PostgreSQL, with one person."""
    people.add_staff(db, login="rita", name="Rita Alves", role="supervisor", password=PASSWORD)
    return db


def _open(qtbot, db: Database, runner: TaskRunner, **options: object) -> SignInDialog:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(db, runner, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    runner.wait_idle()  # the demo's people and the credential store have answered
    qtbot.waitUntil(lambda: dialog.remember.isEnabled() or bool(dialog.remember.toolTip()), timeout=10_000)
    return dialog


def _click_box(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # on the box itself, not the empty row beside it


def _type(qtbot, dialog: SignInDialog, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.login.clear()
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, password)


def _enter(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.enter, LEFT)


def _service(db: Database) -> str:
    identity = credentials.database_identity(db)
    assert identity is not None
    return credentials.service_name(identity)


def test_remember_keeps_the_password_in_the_store_and_fills_it_in_next_time(  # type: ignore[no-untyped-def]
    qtbot, desk, runner, store
) -> None:
    dialog = _open(qtbot, desk, runner)
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
    _type(qtbot, dialog, "rita", PASSWORD)
    _click_box(qtbot, dialog.remember)
    assert dialog.remember.isChecked()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _enter(qtbot, dialog)
    assert dialog.user is not None and dialog.user.login == "rita"
    runner.wait_idle()
    assert store.kept == {(_service(desk), "rita"): PASSWORD}
    # the server's identity, never the seat's login: host:port/dbname, or the SQLite file's full path
    assert _service(desk) == f"Pit Stop: {credentials.database_identity(desk)}"
    assert ("/" in _service(desk)) and ("postgres@" not in _service(desk))
    saved = QSettings(SETTINGS_ORG, SETTINGS_APP)
    assert saved.value(LAST_LOGIN) == "rita" and saved.value(LAST_DATABASE) == credentials.database_identity(desk)
    assert PASSWORD not in [str(saved.value(key)) for key in saved.allKeys()]  # only the login is kept there
    if dialog.signed is not None and dialog.signed.db is not desk:
        dialog.signed.db.dispose()

    again = _open(qtbot, desk, runner)
    assert again.login.text() == "rita" and again.password.text() == PASSWORD
    assert again.remember.isChecked()
    assert again.focusWidget() is again.enter  # prefilled, the person only presses Entrar (nothing automatic)
    assert again.signed is None
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        qtbot.keyClick(again.enter, Qt.Key.Key_Return)
    assert again.user is not None and again.user.login == "rita"
    runner.wait_idle()
    assert store.kept == {(_service(desk), "rita"): PASSWORD}
    if again.signed is not None and again.signed.db is not desk:
        again.signed.db.dispose()


def test_unticking_it_on_a_successful_sign_in_deletes_the_stored_password(  # type: ignore[no-untyped-def]
    qtbot, desk, runner, store
) -> None:
    store.kept[(_service(desk), "rita")] = PASSWORD
    saved = QSettings(SETTINGS_ORG, SETTINGS_APP)
    saved.setValue(LAST_DATABASE, credentials.database_identity(desk))
    saved.setValue(LAST_LOGIN, "rita")
    dialog = _open(qtbot, desk, runner)
    assert dialog.password.text() == PASSWORD and dialog.remember.isChecked()
    _click_box(qtbot, dialog.remember)
    assert not dialog.remember.isChecked()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _enter(qtbot, dialog)
    runner.wait_idle()
    assert store.kept == {}
    if dialog.signed is not None and dialog.signed.db is not desk:
        dialog.signed.db.dispose()
    again = _open(qtbot, desk, runner)
    assert again.login.text() == "rita" and again.password.text() == "" and not again.remember.isChecked()
    assert again.focusWidget() is again.password


def test_another_login_typed_over_a_filled_in_one_clears_its_password(  # type: ignore[no-untyped-def]
    qtbot, desk, runner, store
) -> None:
    store.kept[(_service(desk), "rita")] = PASSWORD
    saved = QSettings(SETTINGS_ORG, SETTINGS_APP)
    saved.setValue(LAST_DATABASE, credentials.database_identity(desk))
    saved.setValue(LAST_LOGIN, "rita")
    dialog = _open(qtbot, desk, runner)
    assert dialog.password.text() == PASSWORD
    qtbot.keyClick(dialog.login, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.login, "x")
    assert dialog.password.text() == "" and not dialog.remember.isChecked()
    assert store.kept == {(_service(desk), "rita"): PASSWORD}  # nothing dropped by typing


def test_a_wrong_stored_password_is_refused_and_dropped(qtbot, demo_db, runner, store) -> None:  # type: ignore[no-untyped-def]
    """Changed elsewhere (another computer, an administrator): the refusal, and the stale one is forgotten; the
    new one typed with the box still ticked is kept instead."""
    store.kept[(_service(demo_db), "fernanda")] = "a-antiga"
    saved = QSettings(SETTINGS_ORG, SETTINGS_APP)
    saved.setValue(LAST_DATABASE, credentials.database_identity(demo_db))
    saved.setValue(LAST_LOGIN, "fernanda")
    dialog = _open(qtbot, demo_db, runner)
    assert dialog.password.text() == "a-antiga" and dialog.remember.isChecked()
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "incorretos" in dialog.error.text()
    runner.wait_idle()
    assert store.kept == {} and dialog.password.text() == "" and dialog.user is None
    qtbot.keyClicks(dialog.password, "pitstop")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    runner.wait_idle()
    assert store.kept == {(_service(demo_db), "fernanda"): "pitstop"}


def test_without_a_credential_store_the_box_is_disabled_and_says_why(qtbot, desk, runner) -> None:  # type: ignore[no-untyped-def]
    """The session's keyring keeps nothing (keyring's null backend, as on a Linux without D-Bus)."""
    assert not credentials.available()
    dialog = _open(qtbot, desk, runner)
    assert not dialog.remember.isEnabled()
    assert "cofre de senhas" in dialog.remember.toolTip()
    _click_box(qtbot, dialog.remember)
    assert not dialog.remember.isChecked()
    _type(qtbot, dialog, "rita", PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _enter(qtbot, dialog)
    if dialog.signed is not None and dialog.signed.db is not desk:
        dialog.signed.db.dispose()


def test_a_store_that_refuses_never_stops_the_sign_in(qtbot, demo_db, runner) -> None:  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        dialog = _open(qtbot, demo_db, runner)
        assert dialog.remember.isEnabled()  # it is there; it only refuses
        _type(qtbot, dialog, "fernanda", "pitstop")
        _click_box(qtbot, dialog.remember)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            _enter(qtbot, dialog)
        runner.wait_idle()
        assert dialog.user is not None and dialog.user.login == "fernanda"
    finally:
        keyring.set_keyring(previous)


# ---------------------------------------------------------------------------------------------------------------
# The demo database


def test_on_the_demo_database_the_window_says_so_and_offers_its_people(qtbot, demo_db, runner) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_db, runner)
    assert dialog.demo.isVisible() and dialog.demo.title() == "Banco de demonstração"
    assert "pitstop" in dialog.demo_note.text() and dialog.password.placeholderText() == "senha: pitstop"
    logins = [dialog.demo_people.itemData(i) for i in range(dialog.demo_people.count())]
    assert len(logins) >= 30 and {"fernanda", "claudia.moraes", "patricia.nogueira"} <= set(logins)
    assert dialog.demo_people.itemText(0) == "Anderson Lima — supervisor (anderson.lima)"  # supervisors first
    assert any(t == "Fernanda Castro — APOIO da gestão (fernanda)"
               for t in (dialog.demo_people.itemText(i) for i in range(dialog.demo_people.count())))
    assert dialog.demo_people.currentIndex() == -1 and dialog.login.text() == ""
    dialog.demo_people.setFocus()
    qtbot.keyClick(dialog.demo_people, Qt.Key.Key_Down)  # the first person: fills the login
    assert dialog.login.text() == "anderson.lima" and dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, "pitstop")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is not None and (dialog.user.login, dialog.user.role) == ("anderson.lima", "supervisor")


def test_a_real_database_shows_no_demo_help(qtbot, desk, runner) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, desk, runner)
    assert not dialog.demo.isVisible() and dialog.demo_people.count() == 0
    assert dialog.password.placeholderText() == ""


def test_a_database_marked_as_the_demo_offers_its_people_on_both_backends(qtbot, desk, runner) -> None:  # type: ignore[no-untyped-def]
    settings.set_setting(desk, settings.DEMO_DAY, "2026-11-24")
    people.add_staff(desk, login="ze", name="Zé Técnico", role="technician", password=PASSWORD)
    dialog = _open(qtbot, desk, runner)
    assert dialog.demo.isVisible()
    assert [dialog.demo_people.itemData(i) for i in range(dialog.demo_people.count())] == ["rita", "ze"]


# ---------------------------------------------------------------------------------------------------------------
# Windows sign-in


def test_the_windows_button_is_off_unless_the_seat_enables_it(qtbot, desk, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert not _open(qtbot, desk, runner).windows.isVisible()
    monkeypatch.setenv("PITSTOP_WINDOWS_SIGN_IN", "1")
    # only on the office server: a SQLite file has no server to ask
    assert _open(qtbot, desk, runner).windows.isVisible() == desk.is_postgres
    assert _open(qtbot, desk, runner, windows_sign_in=False).windows.isVisible() is False


def test_windows_sign_in_connects_as_the_person_without_a_password(  # type: ignore[no-untyped-def]
    qtbot, desk, runner
) -> None:
    if desk.is_sqlite:
        pytest.skip("Windows sign-in is the office server's")
    from sqlalchemy import text

    dialog = _open(qtbot, desk, runner, windows_sign_in=True)
    qtbot.keyClicks(dialog.login, "rita")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.windows, LEFT)
    assert dialog.signed is not None and dialog.user is not None and dialog.user.login == "rita"
    assert dialog.signed.db.url.password is None
    with dialog.signed.db.connect() as conn:
        assert str(conn.execute(text("SELECT current_user")).scalar_one()).endswith("rita")
    dialog.signed.db.dispose()
