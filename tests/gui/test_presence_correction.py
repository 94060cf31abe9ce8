"""Supervisors correct someone's presence with a reason, audited, from the console: Arquivo → Corrigir presença…
and the timeline's context menu on a person's row; refusals beside their field. Demo day at 14:30: Sérgio Mendes
(shift 07:30–13:30) never logged out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from sqlalchemy import select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import AuditRow, PresenceRow, StaffRow
from pitstop_desktop.domain.errors import Field
from pitstop_desktop.views.main_window import MainWindow
from pitstop_desktop.views.presence_correction import PresenceCorrectionDialog

LEFT = Qt.MouseButton.LeftButton
FORGOT = "sergio.mendes"


@pytest.fixture(autouse=True)
def _private_settings(private_settings: Path) -> None:
    """Layout memory starts empty in each test (tests/conftest.py ``private_settings``)."""


def _console(qtbot: Any, ctx: Any) -> MainWindow:
    window = MainWindow(ctx, None, notifications=False, remember_layout=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.start()
    window.show()
    ctx.runner.wait_idle()
    return window


def _click_menu_action(qtbot: Any, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def _open_from_file_menu(qtbot: Any, window: MainWindow) -> PresenceCorrectionDialog:
    bar = window.menuBar()
    file_action = bar.actions()[0]
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(file_action).center())
    menu = file_action.menu()
    assert isinstance(menu, QMenu)
    _click_menu_action(qtbot, menu, "Corrigir presença…")
    dialog = window.presence_dialog
    assert isinstance(dialog, PresenceCorrectionDialog)
    qtbot.waitUntil(lambda: dialog.person.count() > 0, timeout=10_000)
    return dialog


def _choose_by_keys(qtbot: Any, dialog: PresenceCorrectionDialog, login: str) -> None:
    """The person's initial, then arrow down to them (as someone at the keyboard does)."""
    dialog.person.setFocus()
    qtbot.keyClicks(dialog.person, login[0].upper())
    for _ in range(dialog.person.count()):
        if dialog.person.currentData() == login:
            return
        qtbot.keyClick(dialog.person, Qt.Key.Key_Down)
    raise AssertionError(f"{login} is not listed")


def _type_time(qtbot: Any, dialog: PresenceCorrectionDialog, hhmm: str) -> None:
    """Home selects the hours: arrows to the hour, then ":" and the minutes typed."""
    hours, minutes = hhmm.split(":")
    dialog.time.setFocus()
    qtbot.keyClick(dialog.time, Qt.Key.Key_Home)
    step = int(hours) - dialog.time.time().hour()
    for _ in range(abs(step)):
        qtbot.keyClick(dialog.time, Qt.Key.Key_Up if step > 0 else Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.time, ":" + minutes)
    assert dialog.time.time().toString("HH:mm") == hhmm


def _corrections(db: Database, login: str) -> list[tuple[str, str | None, str | None]]:
    with db.read() as session:
        staff = session.scalar(select(StaffRow).where(StaffRow.login == login))
        assert staff is not None
        rows = session.execute(select(PresenceRow.kind, PresenceRow.reason, StaffRow.login)
                               .join(StaffRow, StaffRow.id == PresenceRow.recorded_by_id)
                               .where(PresenceRow.staff_id == staff.id, PresenceRow.reason.is_not(None))).all()
    return [(str(k), r, by) for k, r, by in rows]


def test_a_supervisor_corrects_a_forgotten_logout_from_the_file_menu(qtbot: Any, make_workspace: Any,
                                                                      demo_db: Database) -> None:
    window = _console(qtbot, make_workspace("claudia.moraes"))
    dialog = _open_from_file_menu(qtbot, window)
    _choose_by_keys(qtbot, dialog, FORGOT)
    assert dialog.person.currentData() == FORGOT
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_End)
    assert dialog.kind.currentData() == "logout"
    _type_time(qtbot, dialog, "13:35")
    assert dialog.moment().strftime("%H:%M") == "13:35"
    qtbot.mouseClick(dialog.reason, LEFT)
    qtbot.keyClicks(dialog.reason, "esqueceu de encerrar o dia")
    with qtbot.waitSignal(dialog.corrected, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert window.ctx.runner.wait_idle()
    assert _corrections(demo_db, FORGOT) == [("logout", "esqueceu de encerrar o dia", "claudia.moraes")]
    with demo_db.read() as session:
        audited = session.scalars(select(AuditRow.detail).where(AuditRow.action == "corrected")).all()
    assert any("esqueceu de encerrar o dia" in d for d in audited)
    assert "corrigida" in window.statusBar().currentMessage()


def test_refusals_show_beside_their_field(qtbot: Any, make_workspace: Any, demo_db: Database) -> None:
    window = _console(qtbot, make_workspace("claudia.moraes"))
    dialog = _open_from_file_menu(qtbot, window)
    _choose_by_keys(qtbot, dialog, FORGOT)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_End)
    _type_time(qtbot, dialog, "13:35")
    qtbot.mouseClick(dialog.confirm_button, LEFT)  # no reason
    assert window.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: bool(dialog.field_error_text(Field.REASON)), timeout=10_000)
    assert "motivo" in dialog.field_error_text(Field.REASON)
    assert dialog.focusWidget() is dialog.reason

    qtbot.keyClicks(dialog.reason, "esqueceu de encerrar o dia")
    assert dialog.field_error_text(Field.REASON) == ""  # typing clears it
    _type_time(qtbot, dialog, "15:00")  # after 14:30: a correction records the past
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert window.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: bool(dialog.field_error_text(Field.TIME)), timeout=10_000)
    assert "15:00" in dialog.field_error_text(Field.TIME)
    assert dialog.isVisible() and _corrections(demo_db, FORGOT) == []


def test_the_timeline_row_opens_the_dialog_on_that_person(qtbot: Any, make_workspace: Any) -> None:
    window = _console(qtbot, make_workspace("claudia.moraes"))
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.person_rect(FORGOT) is not None, timeout=10_000)
    rect = timeline.person_rect(FORGOT)
    assert rect is not None
    point = QPoint(60, rect.center().y())  # on the name
    assert timeline.person_at(point) == FORGOT
    # the right button's context menu event, as the window system sends it after a right click
    QApplication.sendEvent(timeline.canvas, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              timeline.canvas.mapToGlobal(point)))
    menu = timeline.context_menu
    assert menu is not None
    _click_menu_action(qtbot, menu, "Corrigir presença…")
    dialog = window.presence_dialog
    assert isinstance(dialog, PresenceCorrectionDialog)
    qtbot.waitUntil(lambda: dialog.person.count() > 0, timeout=10_000)
    assert dialog.person.currentData() == FORGOT
    assert dialog.focusWidget() is dialog.kind  # the person is chosen: the event comes next


def test_only_management_is_offered_the_correction(qtbot: Any, make_workspace: Any) -> None:
    window = _console(qtbot, make_workspace("ana.souza"))
    assert window.presence_action is None
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]  # type: ignore[union-attr]
    assert "Corrigir presença…" not in texts
    assert window.timeline.canvas.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu
