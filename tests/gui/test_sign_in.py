"""Sign-in with argon2id hashes, and `pitstop --as` only on the demo database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.services import settings
from pitstop_desktop.views.app import run_console
from pitstop_desktop.views.sign_in import SignInDialog
from pitstop_desktop.views.tasks import TaskRunner


@pytest.fixture
def runner():  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_idle()
    task_runner.shutdown()


def _sign_in(qtbot, dialog: SignInDialog, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_right_password_signs_in_with_the_persons_role(qtbot, demo_db, runner) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(demo_db, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _sign_in(qtbot, dialog, "fernanda", "pitstop")
    assert dialog.user is not None and (dialog.user.login, dialog.user.role) == ("fernanda", "apoio")


def test_a_wrong_password_says_so_and_stays_open(qtbot, demo_db, runner) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(demo_db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    _sign_in(qtbot, dialog, "fernanda", "errada")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "incorretos" in dialog.error.text()
    assert dialog.user is None and dialog.password.text() == ""
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # empty password: asked for, nothing sent
    assert "Informe" in dialog.error.text()


def test_as_login_skips_sign_in_only_on_the_demo_database(qtbot, db, demo_db) -> None:  # type: ignore[no-untyped-def]
    assert settings.demo_day(demo_db) == "2026-11-24"
    assert settings.demo_day(db) is None
    with pytest.raises(NotPermitted, match="demonstração"):
        run_console(db, "fernanda")
