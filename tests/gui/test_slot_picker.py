"""Appointments (FAQ 7037, R10): the slot picker and booking from the intake window, on the demo day at 14:30."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pitstop_desktop.db import Database
from pitstop_desktop.services import occurrences, slots
from pitstop_desktop.views.intake import FORM_PAGE, RESULT_PAGE, IntakeWindow
from pitstop_desktop.views.slot_picker import SlotPicker
from pitstop_desktop.views.workspace import Workspace
from tests.gui.conftest import DEMO_DAY, DEMO_NOW
from tests.gui.test_intake import Keyboard, ocs_with_summary, open_intake, pick_client, save_with_keys  # noqa: F401

MakeContext = Callable[..., Workspace]


def open_picker(qtbot: Any, ctx: Workspace, tab: str, day: date | None = None) -> SlotPicker:
    picker = SlotPicker(ctx, tab, day)
    qtbot.addWidget(picker)
    picker.show()
    assert ctx.runner.wait_idle()
    return picker


def rows(picker: SlotPicker) -> list[tuple[str, str]]:
    """(time, login) of every row, as shown."""
    return [(row[0], row[2]) for row in picker.row_texts()]


def test_free_slots_by_time_and_technician(qtbot: Any, make_workspace: MakeContext, demo_db: Database) -> None:
    ctx = make_workspace("bruno.carvalho")
    picker = open_picker(qtbot, ctx, "n1_filiais")
    expected = slots.free_slots(demo_db, day=DEMO_DAY, tab="n1_filiais", at=DEMO_NOW)
    assert expected, "the demo day has free slots this afternoon"
    tz = ctx.policy.calendar.tz
    assert rows(picker) == [(f"{s.start.astimezone(tz):%H:%M}–{s.end.astimezone(tz):%H:%M}", s.technician)
                            for s in expected]
    starts = [s.start for s in picker.slots()]
    assert starts == sorted(starts)  # by time
    assert all(s.start >= DEMO_NOW for s in picker.slots())  # nothing in the past
    first = picker.row_texts()[0]
    assert first[1] != first[2]  # the name is shown
    assert picker.selected() == picker.slots()[0]  # the first slot is highlighted
    # The first row of each time reads as its heading: bold; the rows below it repeat the time, muted.
    model = picker.table.rows()
    times = [row[0] for row in picker.row_texts()]
    for row, time in enumerate(times):
        font = model.data(model.index(row, 0), Qt.ItemDataRole.FontRole)
        heading = row == 0 or times[row - 1] != time
        assert (isinstance(font, QFont) and font.bold()) == heading
        assert (model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is None) == heading
    assert picker.tab_combo.currentData() == "n1_filiais"
    assert "horários livres" in picker.count_label.text()


def test_enter_picks_the_highlighted_slot(qtbot: Any, make_workspace: MakeContext) -> None:
    picker = open_picker(qtbot, make_workspace("bruno.carvalho"), "n1_rapida")
    assert QApplication.focusWidget() in (picker.table, None) or picker.table.hasFocus()
    QTest.keyClick(picker.table, Qt.Key.Key_Down)
    wanted = picker.selected()
    assert wanted is not None
    with qtbot.waitSignal(picker.picked) as blocker:
        QTest.keyClick(picker.table, Qt.Key.Key_Return)
    assert blocker.args == [wanted.start, wanted.technician]


def test_reading_again_keeps_the_highlighted_slot(qtbot: Any, make_workspace: MakeContext, demo_db: Database) -> None:
    ctx = make_workspace("bruno.carvalho")
    picker = open_picker(qtbot, ctx, "n1_filiais")
    QTest.keyClick(picker.table, Qt.Key.Key_Down)
    QTest.keyClick(picker.table, Qt.Key.Key_Down)
    wanted = picker.selected()
    assert wanted is not None and wanted != picker.slots()[0]
    taken = picker.slots()[0]  # another attendant books the first slot meanwhile
    occurrences.register_call(demo_db, actor="tatiane.melo", client="C1005", channel="phone", summary="Outra",
                              kind="installation", tab="n1_filiais", slot=taken.start, technician=taken.technician,
                              at=DEMO_NOW)
    with qtbot.waitSignal(picker.loaded, timeout=10_000):
        picker.reload()
    assert taken not in picker.slots()
    assert picker.selected() == wanted  # the same slot, now one row higher


def test_another_tab_or_day_reads_again(qtbot: Any, make_workspace: MakeContext, demo_db: Database) -> None:
    ctx = make_workspace("bruno.carvalho")
    picker = open_picker(qtbot, ctx, "n1_rapida")
    with qtbot.waitSignal(picker.loaded, timeout=10_000):
        picker.tab_combo.setCurrentIndex(picker.tab_combo.findData("n1_blip_matriz"))
    expected = slots.free_slots(demo_db, day=DEMO_DAY, tab="n1_blip_matriz", at=DEMO_NOW)
    assert [r[1] for r in rows(picker)] == [s.technician for s in expected]
    tomorrow = DEMO_DAY + timedelta(days=1)  # nobody is on tomorrow's roster in the demo
    with qtbot.waitSignal(picker.loaded, timeout=10_000):
        picker.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert rows(picker) == []
    assert "Nenhum horário livre" in picker.count_label.text()
    assert not picker.pick_button.isEnabled()


def test_booking_a_slot_from_the_intake_window(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database  # noqa: F811 (the fixture)
) -> None:
    window = open_intake()
    keys = Keyboard()
    pick_client(qtbot, window, keys, "C1014")
    keys.type("Instalacao do PDV no caixa novo")
    window.tab.setCurrentIndex(window.tab.findData("n1_filiais"))
    keys.press(Qt.Key.Key_F4)
    picker = window.controller.slot_picker
    assert picker is not None
    qtbot.waitUntil(lambda: bool(picker.slots()), timeout=10_000)
    chosen = picker.selected()
    assert chosen is not None
    QTest.keyClick(picker.table, Qt.Key.Key_Return)
    assert window.controller.slot is not None and window.controller.slot.technician == chosen.technician
    assert picker.technician_name(chosen.technician) in window.slot_label.text()
    # summary already typed: straight to saving
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.save_button, timeout=5000)
    result = save_with_keys(qtbot, window, keys)
    oc = occurrences.show(demo_db, result.number, at=DEMO_NOW)
    assert oc.assignee == chosen.technician and oc.tab == "n1_filiais"
    assert any(h.action == "booked" for h in oc.history or ())
    assert "Agendada (FAQ 7037)" in window.result_details.text()
    assert not window.handover_button.isEnabled()  # it already has its technician
    # the slot is gone for everyone
    later = slots.free_slots(demo_db, day=DEMO_DAY, tab="n1_filiais", at=DEMO_NOW)
    assert (chosen.start, chosen.technician) not in {(s.start, s.technician) for s in later}


def test_a_slot_taken_meanwhile_is_refused_with_who_took_it_and_the_picker_refreshes(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database  # noqa: F811 (the fixture)
) -> None:
    window = open_intake()
    keys = Keyboard()
    pick_client(qtbot, window, keys, "C1014")
    keys.type("Treinamento do caixa")
    window.tab.setCurrentIndex(window.tab.findData("n1_filiais"))
    keys.press(Qt.Key.Key_F4)
    picker = window.controller.slot_picker
    assert picker is not None
    qtbot.waitUntil(lambda: bool(picker.slots()), timeout=10_000)
    chosen = picker.selected()
    assert chosen is not None
    QTest.keyClick(picker.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.save_button, timeout=5000)

    # meanwhile another attendant books the same slot
    other = occurrences.register_call(demo_db, actor="tatiane.melo", client="C1005", channel="phone",
                                      summary="Agendado por outra atendente", kind="installation", tab="n1_filiais",
                                      slot=chosen.start, technician=chosen.technician, at=DEMO_NOW)

    with qtbot.waitSignal(window.save_refused, timeout=10_000) as blocker:
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[0] == "slot"
    message = window.errors["slot"].text()
    assert message.startswith("R10") and "Tatiane Melo" in message and str(other.number) in message
    assert window.controller.slot is None
    assert window.stack.currentIndex() == FORM_PAGE
    assert ocs_with_summary(demo_db, "Treinamento do caixa") == []
    assert window.controller.outbox.count() == 0
    # the picker is back, says who took it, and no longer offers that slot
    refreshed = window.controller.slot_picker
    assert refreshed is not None and refreshed.isVisible()
    qtbot.waitUntil(lambda: bool(refreshed.slots()), timeout=10_000)
    assert "Tatiane Melo" in refreshed.banner.text()
    assert (chosen.start, chosen.technician) not in {(s.start, s.technician) for s in refreshed.slots()}
    # and picking another one saves
    QTest.keyClick(refreshed.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.save_button, timeout=5000)
    result = save_with_keys(qtbot, window, keys)
    assert window.stack.currentIndex() == RESULT_PAGE
    assert occurrences.show(demo_db, result.number, at=DEMO_NOW).assignee is not None


def test_an_appointment_is_not_queued_while_the_server_is_away(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database  # noqa: F811 (the fixture)
) -> None:
    from tests.gui.test_intake import ServerSwitch

    window = open_intake()
    keys = Keyboard()
    pick_client(qtbot, window, keys, "C1014")
    keys.type("Visita agendada")
    window.tab.setCurrentIndex(window.tab.findData("n1_filiais"))
    keys.press(Qt.Key.Key_F4)
    picker = window.controller.slot_picker
    assert picker is not None
    qtbot.waitUntil(lambda: bool(picker.slots()), timeout=10_000)
    QTest.keyClick(picker.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.save_button, timeout=5000)
    server = ServerSwitch(demo_db)
    try:
        server.go_down()
        with qtbot.waitSignal(window.save_refused, timeout=15_000) as blocker:
            keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert blocker.args[0] == "slot"
        assert "servidor ao vivo" in window.errors["slot"].text()
        assert window.controller.outbox.count() == 0  # no promise the server may break later
        assert window.controller.slot is not None and window.stack.currentIndex() == FORM_PAGE  # the form is kept
        assert window.summary.toPlainText() == "Visita agendada"
        # without the slot the call goes to the outbox as usual
        keys.press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # A&gendamento
        assert keys.focused() is window.slot_button
        keys.press(Qt.Key.Key_Tab)  # "Sem horário"
        assert keys.focused() is window.slot_clear
        keys.press(Qt.Key.Key_Space)
        assert window.controller.slot is None
        result = save_with_keys(qtbot, window, keys)
        assert result.queued and window.controller.outbox.count() == 1
        server.come_back()
        qtbot.waitUntil(lambda: window.controller.pending_count() == 0, timeout=10_000)
        window.ctx.runner.wait_idle()
        assert len(ocs_with_summary(demo_db, "Visita agendada")) == 1
    finally:
        server.come_back()
        server.remove()
