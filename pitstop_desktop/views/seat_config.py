"""The windows' side of the seat's settings file (config.py): the language (moved there from QSettings, read from
the old place once so nobody loses their choice), and a word to the person when the file has problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from pitstop_desktop import config
from pitstop_desktop.domain.errors import BadValue
from pitstop_desktop.views import messages as msg

OLD_ORG, OLD_APP, OLD_KEY = "PitStop", "PitStopDesktop", "language"  # where the console kept it until issue 11


def seat_language() -> str:
    """The language of the windows: the file's; else the one chosen before under Exibir → Idioma (QSettings),
    moved into the file now (and out of QSettings); else Portuguese."""
    loaded = config.load()
    if "language" in loaded.values:
        return loaded.config.language
    old = QSettings(OLD_ORG, OLD_APP)
    value = old.value(OLD_KEY)
    if value is None or not loaded.readable:
        return loaded.config.language
    try:
        language: str = config.parse_value("language", str(value))
    except BadValue:
        language = loaded.config.language
    else:
        config.write({**loaded.values, "language": language}, loaded.path)
    old.remove(OLD_KEY)
    return language


def seat_windows_sign_in() -> bool | None:
    """"Entrar com a conta do Windows" as the seat's file says (``database.windows_sign_in``); None when it says
    nothing, so ``PITSTOP_WINDOWS_SIGN_IN`` still decides (``services.accounts.windows_sign_in_enabled``)."""
    loaded = config.load()
    return loaded.config.database.windows_sign_in if f"{config.DB}.windows_sign_in" in loaded.values else None


def save_language(code: str) -> None:
    """Exibir → Idioma: into the file (applies when a window opens next)."""
    loaded = config.load()
    config.write({**loaded.values, "language": code}, loaded.path)


def report_problems(loaded: config.LoadedConfig, parent: QWidget | None = None) -> None:
    """The file did not read, or some keys did not fit: say which (the defaults stand for them) before the window
    opens. The command line printed the same lines."""
    if not loaded.problems:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, "Pit Stop", "", QMessageBox.StandardButton.Ok, parent)
    box.setWindowTitle(QCoreApplication.translate("seat_config", "Pit Stop — configurações"))
    box.setText(QCoreApplication.translate(
        "seat_config", "O arquivo de configuração deste computador tem problemas; o Pit Stop usa os valores padrão "
        "no lugar deles."))
    box.setInformativeText("\n\n".join(msg.error_text(problem) for problem in loaded.problems))
    box.exec()
