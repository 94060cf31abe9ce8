"""Setting a seat up: the first-run wizard, and the connection test the settings dialog shares with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pitstop_desktop.views.setup.wizard import DemoLoader


def run_first_run(load_demo: DemoLoader | None = None) -> bool:
    """Show the first-run wizard; True when it wrote this seat's settings (False: the person cancelled)."""
    from PySide6.QtWidgets import QDialog

    from pitstop_desktop.views.app import application, install_translations
    from pitstop_desktop.views.icon import pitstop_icon
    from pitstop_desktop.views.setup.wizard import FirstRunWizard

    install_translations(application())
    wizard = FirstRunWizard(load_demo)
    wizard.setWindowIcon(pitstop_icon())
    return wizard.exec() == QDialog.DialogCode.Accepted and wizard.chosen is not None


__all__ = ["run_first_run"]
