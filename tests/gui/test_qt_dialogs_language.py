"""Qt's own dialogs speak the UI's language: ``install_translations`` loads Qt's ``qtbase`` catalogue for it (from
PySide6's translations folder, which the PySide6-Essentials wheel ships; else from the copy a bundle may put in
``pitstop_desktop/resources/i18n``), so a QMessageBox's standard buttons read "Sim"/"Não"/"Cancelar"."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QColorDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from pitstop_desktop.views import app as app_module
from pitstop_desktop.views.app import install_translations, qt_translation_folders

Button = QMessageBox.StandardButton
QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@contextmanager
def ui_language(app: QApplication, language: str) -> Iterator[None]:
    """``install_translations(app, language)``, undone afterwards (the other tests run without translators)."""
    before = set(app.findChildren(QTranslator))
    locale = QLocale()
    assert install_translations(app, language) == language
    try:
        yield
    finally:
        for added in set(app.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(added)
            added.setParent(None)
        QLocale.setDefault(locale)


def message_box_buttons() -> list[str]:
    box = QMessageBox(QMessageBox.Icon.Question, "Pit Stop", "Continuar?", Button.Yes | Button.No | Button.Cancel)
    return [box.button(b).text().replace("&", "") for b in (Button.Yes, Button.No, Button.Cancel)]


def button_box_buttons() -> set[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Close)
    return {b.text().replace("&", "") for b in box.buttons()}


def test_the_wheel_ships_qts_portuguese() -> None:
    assert (QT_TRANSLATIONS / "qtbase_pt_BR.qm").is_file()
    assert qt_translation_folders()[0] == QT_TRANSLATIONS


def test_qt_dialogs_speak_portuguese_by_default(qapp: QApplication) -> None:
    with ui_language(qapp, "pt_BR"):
        assert message_box_buttons() == ["Sim", "Não", "Cancelar"]
        assert button_box_buttons() == {"OK", "Salvar", "Fechar"}
        files = QFileDialog(None, "Abrir")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        assert files.labelText(QFileDialog.DialogLabel.Accept).replace("&", "") == "Abrir"
        colours = QColorDialog()
        colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        assert "Adicionar às cores personalizadas" in {b.text().replace("&", "")
                                                       for b in colours.findChildren(QPushButton)}


def test_qt_dialogs_speak_english_in_english(qapp: QApplication) -> None:
    with ui_language(qapp, "en"):
        assert message_box_buttons() == ["Yes", "No", "Cancel"]
        assert button_box_buttons() == {"OK", "Save", "Close"}


def test_a_bundle_without_qts_folder_uses_the_copy_beside_ours(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    empty, ours = tmp_path / "qt", tmp_path / "i18n"
    empty.mkdir()
    ours.mkdir()

    class NoQtTranslations:
        LibraryPath = QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which: object) -> str:
            return str(empty)

    monkeypatch.setattr(app_module, "QLibraryInfo", NoQtTranslations)
    monkeypatch.setattr(app_module, "QT_TRANSLATIONS_FALLBACK", ours)
    with caplog.at_level(logging.WARNING), ui_language(qapp, "pt_BR"):
        assert message_box_buttons() == ["Yes", "No", "Cancel"]  # found nowhere: Qt's English, and a log line
    assert any("qtbase" in r.getMessage() for r in caplog.records)

    shutil.copyfile(QT_TRANSLATIONS / "qtbase_pt_BR.qm", ours / "qtbase_pt_BR.qm")
    with ui_language(qapp, "pt_BR"):
        assert message_box_buttons() == ["Sim", "Não", "Cancelar"]
