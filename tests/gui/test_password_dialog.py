"""A person changes their own password from the console's File menu: typed twice, refused when the two differ or
it is too short, and afterwards only the new one signs in (SQLite here; the office server keeps it itself:
tests/db/test_sign_in_cluster.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.services import people
from pitstop_desktop.views.password_dialog import PasswordDialog


def _type(qtbot, dialog: PasswordDialog, new: str, again: str) -> None:  # type: ignore[no-untyped-def]
    dialog.new.clear()
    dialog.again.clear()
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.again, again)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_person_changes_their_own_password(qtbot, make_workspace, demo_db) -> None:  # type: ignore[no-untyped-def]
    ctx = make_workspace("fernanda")
    dialog = PasswordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, "nova-senha-1", "nova-senha-2")
    assert "não conferem" in dialog.error.text() and not dialog.changed
    _type(qtbot, dialog, "curta", "curta")
    qtbot.waitUntil(lambda: "caracteres" in dialog.error.text(), timeout=10_000)
    assert not dialog.changed
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _type(qtbot, dialog, "nova-senha-1", "nova-senha-1")
    assert dialog.changed
    assert people.authenticate(demo_db, "fernanda", "nova-senha-1").login == "fernanda"
    with pytest.raises(NotPermitted):
        people.authenticate(demo_db, "fernanda", "pitstop")


def test_the_console_offers_it_in_the_file_menu(qtbot, make_workspace, demo_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pitstop_desktop.views.main_window import MainWindow

    window = MainWindow(make_workspace("fernanda"), None, remember_layout=False, notifications=False)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.password_action in file_menu.actions()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PasswordDialog)
        _type(qtbot, dialog, "outra-senha-9", "outra-senha-9")

    QTimer.singleShot(0, fill)
    window.password_action.trigger()  # the dialog runs modally until the change is saved
    assert window.statusBar().currentMessage() == "Senha trocada."
    assert people.authenticate(demo_db, "fernanda", "outra-senha-9").login == "fernanda"
