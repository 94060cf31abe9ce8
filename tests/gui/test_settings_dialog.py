"""Arquivo → Configurações…: the seat's settings file edited with clicks (language, notifications, the wallboard,
the database with the same connection test as the wizard), what applies at once in the console, and the language
moved from QSettings into the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import make_url

from pitstop_desktop import config
from pitstop_desktop.views.settings_dialog import SettingsDialog
from tests.conftest import SESSION_ROLES_PREFIX, Templates, fresh_database_url
from tests.services.helpers import build_desk

BOX = QPoint(8, 8)  # inside a check box's or radio button's indicator


@pytest.fixture
def dialog(qtbot, seat_config: Path) -> Iterator[SettingsDialog]:  # type: ignore[no-untyped-def]
    config.save(config.SeatConfig(wallboard=config.WallboardSettings(at_risk_rows=10)))
    shown = SettingsDialog()
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    if shown.isVisible():
        shown.reject()


def save(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an item of a combo box with the keyboard, as a person tabbing through the dialog does."""
    combo.setFocus()
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, text
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_the_windows_and_the_wallboard_are_saved_to_the_file(qtbot, dialog: SettingsDialog, seat_config: Path) -> None:  # type: ignore[no-untyped-def]
    assert dialog.at_risk_rows.value() == 10 and dialog.notifications.isChecked()
    dialog.tabs.setCurrentIndex(1)
    choose(qtbot, dialog.language, "English")
    qtbot.mouseClick(dialog.notifications, Qt.MouseButton.LeftButton, pos=BOX)
    dialog.tabs.setCurrentIndex(2)
    choose(qtbot, dialog.monitor, "Monitor 1")
    qtbot.mouseClick(dialog.open_on_start, Qt.MouseButton.LeftButton, pos=BOX)
    dialog.at_risk_rows.selectAll()
    qtbot.keyClicks(dialog.at_risk_rows, "0")  # "as que couberem"
    assert dialog.at_risk_rows.value() == 0 and dialog.at_risk_rows.specialValueText() == "as que couberem"
    save(qtbot, dialog)
    assert config.load().config == config.SeatConfig(
        language="en", notifications=False, wallboard=config.WallboardSettings(monitor=1, open_on_start=True))
    assert 'language = "en"' in seat_config.read_text()


def test_a_new_office_server_is_saved_only_after_its_connection_test(  # type: ignore[no-untyped-def]
    qtbot, dialog: SettingsDialog, db_templates: Templates, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PITSTOP_ROLES_PREFIX", SESSION_ROLES_PREFIX)
    urls = fresh_database_url(db_templates.get("postgresql", build_desk), tmp_path)
    url = next(urls)
    try:
        parsed = make_url(url)
        qtbot.mouseClick(dialog.server, Qt.MouseButton.LeftButton, pos=BOX)
        form = dialog.server_form
        assert not form.maintenance.isVisibleTo(dialog)  # no set-up from here: the wizard does that
        for line, value in ((form.host, parsed.host or ""), (form.database, parsed.database or ""),
                            (form.login, "ana"), (form.password, "qualquer")):
            line.selectAll()
            qtbot.keyClicks(line, value)
        form.port.selectAll()
        qtbot.keyClicks(form.port, str(parsed.port or 5432))
        save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save_button.isEnabled() and "Teste a conexão" in save_button.toolTip()
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not form.testing, timeout=20_000)
        assert form.result.text().startswith("Conexão certa:")
        assert save_button.isEnabled()
        save(qtbot, dialog)
        assert config.load().config.database == config.DatabaseSettings(
            kind="postgres", host=parsed.host or "", port=parsed.port or 5432, name=parsed.database or "")
    finally:
        urls.close()


def test_a_database_chosen_by_the_environment_is_said_so(  # type: ignore[no-untyped-def]
    qtbot, seat_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PITSTOP_DATABASE_URL", "postgresql://ana:segredo@db/agenda")
    shown = SettingsDialog()
    qtbot.addWidget(shown)
    said = " ".join(label.text() for label in shown.findChildren(QLabel))
    assert "Em uso agora: o servidor db:5432, banco agenda (de PITSTOP_DATABASE_URL" in said and "segredo" not in said
    shown.reject()


def test_the_console_opens_it_and_applies_what_it_can_at_once(qtbot, make_workspace, seat_config: Path) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.views.main_window import MainWindow

    window = MainWindow(make_workspace("claudia.moraes"), None, remember_layout=False, notifications=False)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.settings_action in file_menu.actions()
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.tabs.setCurrentIndex(2)
    dialog.at_risk_rows.selectAll()
    qtbot.keyClicks(dialog.at_risk_rows, "7")
    save(qtbot, dialog)
    assert window.wallboard_settings.at_risk_rows == 7
    assert window.statusBar().currentMessage() == "Configurações gravadas."
    board = window.open_wallboard()  # deletes itself on closing
    assert board.at_risk_list.max_rows == 7
    board.close()


def test_the_language_chosen_before_moves_into_the_file_once(private_settings: Path, seat_config: Path) -> None:
    from pitstop_desktop.views.seat_config import OLD_APP, OLD_KEY, OLD_ORG, save_language, seat_language

    QSettings(OLD_ORG, OLD_APP).setValue(OLD_KEY, "en")
    assert seat_language() == "en"
    assert config.load().values == {"language": "en"}
    assert QSettings(OLD_ORG, OLD_APP).value(OLD_KEY) is None  # read once: the file holds it from now on
    save_language("pt_BR")
    assert seat_language() == "pt_BR"


def test_the_wallboard_lists_at_most_the_rows_the_settings_say(qtbot, make_workspace) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.views.wallboard import Wallboard

    wallboard = Wallboard(make_workspace(), max_rows=3)
    qtbot.addWidget(wallboard)
    wallboard.open()
    qtbot.waitUntil(lambda: wallboard.panel.snapshot is not None, timeout=10_000)
    qtbot.waitUntil(lambda: len(wallboard.at_risk_list.items) > 3, timeout=5_000)
    assert wallboard.at_risk_list.rows_that_fit() == 4  # three OCs and the "+ N OCs em risco fora da tela" line
    wallboard.close()


def test_a_file_with_problems_is_said_and_saving_writes_a_good_one(qtbot, seat_config: Path) -> None:  # type: ignore[no-untyped-def]
    seat_config.parent.mkdir(parents=True)
    seat_config.write_text('language = "en"\n[wallboard]\nat_risk_rows = 500\n')
    shown = SettingsDialog()
    qtbot.addWidget(shown)
    shown.show()
    assert "linha 3: wallboard.at_risk_rows = 500 não serve" in shown.problem.text()
    assert shown.at_risk_rows.value() == 0 and shown.language.currentData() == "en"
    save(qtbot, shown)
    loaded = config.load()
    assert loaded.problems == () and loaded.config == config.SeatConfig(language="en")


def test_the_wallboard_opens_with_the_console_when_the_settings_say_so(qtbot, make_workspace) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.views.main_window import MainWindow

    ctx = make_workspace("claudia.moraes")
    window = MainWindow(ctx, None, remember_layout=False, notifications=False,
                        wallboard=config.WallboardSettings(open_on_start=True, at_risk_rows=5))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.wallboard is not None, timeout=20_000)  # after the board's first page
    board = window.wallboard
    assert board is not None and board.isFullScreen() and board.at_risk_list.max_rows == 5
    ctx.runner.wait_idle()
    board.close()


def test_windows_sign_in_follows_the_file_and_else_the_environment(seat_config: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from pitstop_desktop.services import accounts
    from pitstop_desktop.views.seat_config import seat_windows_sign_in

    monkeypatch.setenv("PITSTOP_WINDOWS_SIGN_IN", "1")
    assert seat_windows_sign_in() is None and accounts.windows_sign_in_enabled(seat_windows_sign_in())
    config.set_value("database.windows_sign_in", "false")
    assert seat_windows_sign_in() is False and not accounts.windows_sign_in_enabled(seat_windows_sign_in())
    config.set_value("database.windows_sign_in", "true")
    monkeypatch.delenv("PITSTOP_WINDOWS_SIGN_IN")
    assert accounts.windows_sign_in_enabled(seat_windows_sign_in())
