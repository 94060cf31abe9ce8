"""Presence where people are: every window's lunch / back / end-of-day buttons, the start of the day offered at
sign-in, and what happens to the OCs still held when the day ends or the window quits (demo day, 14:30)."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from pitstop_desktop.services import people, seat
from pitstop_desktop.views.main_window import MainWindow
from pitstop_desktop.views.presence_bar import offer_start_of_day
from tests.gui.conftest import DEMO_DAY, DEMO_NOW
from tests.gui.test_agenda import _someone_with_an_offer


def _console(qtbot: Any, make_workspace: Any, login: str) -> MainWindow:
    window = MainWindow(make_workspace(login), None, remember_layout=False, notifications=False)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.presence.today is not None, timeout=10_000)
    return window


_timers: list[QTimer] = []


def _answer_the_box(qtbot: Any, text: str) -> None:
    """Click the button labelled ``text`` on the message box about to open: it is modal, so a timer looks for it
    (again and again: the event loop may run before the box is up, while the window reads the database)."""
    timer = QTimer()  # stops itself once it clicked
    timer.setInterval(20)
    _timers.append(timer)  # kept alive until it fires

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        timer.stop()
        button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    timer.timeout.connect(click)
    timer.start()


def test_lunch_and_back_from_the_console(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    login, _ = _someone_with_an_offer(demo_db)
    window = _console(qtbot, make_workspace, login)
    bar = window.presence
    assert bar.lunch_button.isEnabled() and not bar.back_button.isEnabled()
    qtbot.mouseClick(bar.lunch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.back_button.isEnabled(), timeout=10_000)
    assert bar.state.text() == "Hoje: saída para o almoço"
    qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.lunch_button.isEnabled(), timeout=10_000)
    assert seat.presence_today(demo_db, login, at=DEMO_NOW).last == "back"


def test_ending_the_day_with_ocs_asks_and_hands_them_back(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    login, _ = _someone_with_an_offer(demo_db)
    held = [r.number for r in seat.my_day(demo_db, login, at=DEMO_NOW).mine]
    assert held, "the demo's technician holds OCs"
    window = _console(qtbot, make_workspace, login)
    _answer_the_box(qtbot, "Devolver às abas")
    qtbot.mouseClick(window.presence.end_button, Qt.MouseButton.LeftButton)
    assert window.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: window.presence.today is not None and window.presence.today.last == "logout",
                    timeout=10_000)
    after = seat.my_day(demo_db, login, at=DEMO_NOW)
    assert [r.number for r in after.mine] == [n for n in held if n not in after_handed(demo_db, held)]
    assert not window.presence.end_button.isEnabled()


def after_handed(db: Any, numbers: list[int]) -> set[int]:
    """Those of ``numbers`` whose last event is "handed back" (an OC awaiting a manager stays)."""
    from pitstop_desktop.services import occurrences

    return {n for n in numbers if (occurrences.show(db, n, at=DEMO_NOW).history or ())[-1].action == "handed_back"}


def test_quitting_while_holding_ocs_can_be_cancelled(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    login, _ = _someone_with_an_offer(demo_db)
    window = _console(qtbot, make_workspace, login)
    window.presence.ask_on_quit = True  # as the running program sets it
    _answer_the_box(qtbot, "Cancel")
    assert not window.close()  # cancelled: the window stays
    assert window.isVisible()
    _answer_the_box(qtbot, "Manter comigo")
    assert window.close()
    assert seat.my_day(demo_db, login, at=DEMO_NOW).mine  # kept


def test_signing_in_on_a_working_day_offers_to_start_it(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    people.add_staff(demo_db, login="nova.tecnica", name="Nova Técnica", role="technician", tabs=["n1_rapida"])
    people.set_roster(demo_db, login="nova.tecnica", day=DEMO_DAY, start=time(8), end=time(17),
                      lunch=(time(12), time(13)))
    ctx = make_workspace("nova.tecnica")
    _answer_the_box(qtbot, "&Yes".replace("&", ""))
    assert offer_start_of_day(ctx)
    assert seat.presence_today(demo_db, "nova.tecnica", at=DEMO_NOW).last == "login"
    assert not offer_start_of_day(ctx)  # started already: nothing asked
