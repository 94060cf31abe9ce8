"""Meetings with rooms and pauta, and the work plan, in Agenda da consultoria (views/consulting/meeting_form.py,
plan_editor.py, rooms_panel.py; models/work_plan.py): a meeting scheduled with a room and its pauta through the
form (then the booking holds its slots), a taken room refused beside the field with nothing typed lost, a meeting
recorded as done with its exact times, cancelled (the room freed) and moved; the plan editor saving only the
changed cells, refusing a non-manager (and the service refusing anyway), copying the previous week; the table
model under qtmodeltester. The demo day (Tuesday 2026-11-24, 14:30), rooms of the test's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import RoomRow, RoomSlotRow
from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.models.work_plan import PlanPerson, WorkPlanModel
from pitstop_desktop.services import contacts, intake, rooms, work_plan
from pitstop_desktop.services.consulting_records import ContactRecord, PlanLine, RoomBookingRecord
from pitstop_desktop.views.consulting import ConsultingWeekWindow
from pitstop_desktop.views.consulting.meeting_form import DoneDialog, MeetingDialog
from pitstop_desktop.views.consulting.plan_editor import PlanEditor
from tests.gui.conftest import DEMO_DAY, DEMO_NOW, SP

LEFT, PLAIN = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
CAMILA, BRUNO, MANAGER = "camila.rocha", "bruno.carvalho", "patricia.nogueira"
MONDAY = DEMO_DAY - timedelta(days=DEMO_DAY.weekday())
CLIENT = "C1002"
BLUE, GREEN = "sala-azul", "sala-verde"  # the test's rooms (the demo has rooms and meetings of its own)
SUBJECTS = ("Fechamento do PDV", "Revisão")  # the test's meetings (the demo's consultants have theirs)
PLAN_MONDAY = MONDAY + timedelta(weeks=3)  # a week the demo has no work plan for


def at(day_offset: int, hour: int, minute: int = 0) -> datetime:
    """A moment of the demo week (0: Monday 23/11) in São Paulo."""
    return datetime.combine(MONDAY + timedelta(days=day_offset), time(hour, minute), tzinfo=SP)


@pytest.fixture
def week(demo_db: Database) -> Database:
    """Camila and Bruno in the consulting team, two rooms, Camila's plan of 10 h of DR-Documentar."""
    intake.set_consulting_team(demo_db, [CAMILA, BRUNO])
    rooms.add_room(demo_db, actor=MANAGER, code=BLUE, name="Sala azul", at=DEMO_NOW)
    rooms.add_room(demo_db, actor=MANAGER, code=GREEN, name="Sala verde", at=DEMO_NOW)
    work_plan.set_plan(demo_db, actor=MANAGER, login=CAMILA, week=PLAN_MONDAY, task_type="document", minutes=600)
    return demo_db


@contextmanager
def _opened(ctx: Any, qtbot: Any, day: date | None = None) -> Iterator[ConsultingWeekWindow]:
    win = ConsultingWeekWindow(ctx, None, day=day)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.board is not None)
    yield win
    win.close()


def _settle(win: ConsultingWeekWindow, qtbot: Any) -> None:
    win.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: win.ctx.runner.idle and not win._reader.busy)


def _pick(combo: Any, data: object) -> None:
    """Choose the item whose data is ``data`` with the keyboard, as a person would (Home, then Down)."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data, (data, [combo.itemData(i) for i in range(combo.count())])


def _choose_client(dialog: MeetingDialog, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: dialog.index is not None)
    QTest.keyClicks(dialog.search, CLIENT)
    with qtbot.waitSignal(dialog.routed):
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)


def _fill(dialog: MeetingDialog, qtbot: Any, *, room: str, start: int, end: int, day: int = 2) -> None:
    """Client, person, subject, the day (``day`` of the week), the time (minutes after midnight), room, pauta."""
    _choose_client(dialog, qtbot)
    QTest.keyClicks(dialog.person.lineEdit(), "Marcos Lima")
    QTest.keyClicks(dialog.subject, "Fechamento do PDV")
    target = MONDAY + timedelta(days=day)
    dialog.day.setFocus()
    dialog.day.setDate(QDate(target.year, target.month, target.day))
    _pick(dialog.start, start)
    _pick(dialog.end, end)
    with qtbot.waitSignal(dialog.slots_loaded):
        _pick(dialog.room, room)
    dialog.agenda.setFocus()
    QTest.keyClicks(dialog.agenda, "1. Fechamento de caixa")
    QTest.keyClick(dialog.agenda, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.agenda, "2. Nota fiscal")


def _meetings(db: Database, login: str = CAMILA) -> list[ContactRecord]:
    return [c for c in contacts.list_contacts(db, consultant=login)
            if c.channel in ("meeting", "conference") and c.subject in SUBJECTS]


def _bookings(db: Database) -> list[RoomBookingRecord]:
    return [b for b in rooms.room_bookings(db, start=at(0, 0), end=at(7, 0)) if b.room in (BLUE, GREEN)]


def _slots(db: Database) -> int:
    """The slots held in the test's rooms."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(RoomSlotRow).join(
            RoomRow, RoomRow.id == RoomSlotRow.room_id).where(RoomRow.code.in_((BLUE, GREEN)))) or 0)


def test_a_meeting_with_a_room_and_its_pauta(week: Database, make_workspace: Any, qtbot: Any) -> None:
    with _opened(make_workspace(CAMILA), qtbot) as win:
        QTest.mouseClick(win.meeting_button, LEFT)
        dialog = win.meeting_dialog
        assert dialog is not None and dialog.isVisible() and not dialog.consultant.isEnabled()  # her own only
        _fill(dialog, qtbot, room=BLUE, start=16 * 60, end=17 * 60)
        texts = [dialog.slots.item(i).text() for i in range(dialog.slots.count())]
        assert "▶ 16:00–16:30  livre" in texts and "15:30–16:00  livre" in texts
        with qtbot.waitSignal(win.acted) as acted:
            QTest.mouseClick(dialog.ok_button, LEFT)
        assert "Fechamento do PDV" not in acted.args[0] and "agendada para" in acted.args[0]
        [meeting] = _meetings(week)
        assert (meeting.status, meeting.planned_start, meeting.planned_end) == ("scheduled", at(2, 16), at(2, 17))
        assert (meeting.contact_person, meeting.subject) == ("Marcos Lima", "Fechamento do PDV")
        [booking] = _bookings(week)
        assert (booking.room, booking.contact_id, booking.booked_by) == (BLUE, meeting.id, CAMILA)
        assert booking.agenda == "1. Fechamento de caixa\n2. Nota fiscal"
        assert _slots(week) == 2  # 16:00 and 16:30
        _settle(win, qtbot)
        block = win.canvas.block(("contact", meeting.id))
        assert block is not None and "Sala: Sala azul, 16:00–17:00" in block.tooltip
        assert "2. Nota fiscal" in block.tooltip
        assert block.detail.startswith("Sala azul · Marcos Lima")
        row = next(r for r in win.rooms_panel.rows() if r[0] == "Sala azul")
        assert row[:5] == ["Sala azul", "qua 25/11", "16:00–17:00", "Fechamento do PDV", "Camila Rocha"]
        assert row[6] == "1. Fechamento de caixa · 2. Nota fiscal"


def test_a_taken_room_is_refused_beside_it_and_nothing_typed_is_lost(week: Database, make_workspace: Any,
                                                                    qtbot: Any) -> None:
    rooms.book_room(week, actor=BRUNO, room=BLUE, start=at(2, 10), end=at(2, 11), title="Treinamento",
                    at=DEMO_NOW)
    before = _slots(week)
    dialog = MeetingDialog(make_workspace(CAMILA), [(CAMILA, "Camila Rocha")])
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, qtbot, room=BLUE, start=10 * 60 + 30, end=11 * 60 + 30)
    taken = dialog.slots.item(dialog._slot_minutes.index(10 * 60 + 30)).text()
    assert "ocupada: Bruno Carvalho · Treinamento" in taken
    with qtbot.waitSignal(dialog.refused) as refused:
        QTest.mouseClick(dialog.ok_button, LEFT)
    assert "Bruno Carvalho" in refused.args[0] and dialog.room_error.text() == refused.args[0]
    assert dialog.isVisible() and dialog.result() == 0 and dialog.ok_button.isEnabled()
    assert (dialog.person.currentText(), dialog.subject.text()) == ("Marcos Lima", "Fechamento do PDV")
    assert dialog.agenda.toPlainText() == "1. Fechamento de caixa\n2. Nota fiscal"
    assert dialog.room.currentData() == BLUE and dialog.client is not None and dialog.client.code == CLIENT
    assert _meetings(week) == [] and _slots(week) == before  # neither the meeting nor the room
    # another room the same time: saved, and the error beside the room goes away
    with qtbot.waitSignal(dialog.slots_loaded):
        _pick(dialog.room, GREEN)
    with qtbot.waitSignal(dialog.saved):
        QTest.mouseClick(dialog.ok_button, LEFT)
    assert dialog.room_error.text() == "" and [m.planned_start for m in _meetings(week)] == [at(2, 10, 30)]


def test_a_click_on_a_free_slot_starts_the_meeting_there(week: Database, make_workspace: Any, qtbot: Any) -> None:
    dialog = MeetingDialog(make_workspace(CAMILA), None)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, qtbot, room=BLUE, start=9 * 60, end=10 * 60)
    item = dialog.slots.item(dialog._slot_minutes.index(14 * 60))
    rect = dialog.slots.visualItemRect(item)
    dialog.slots.scrollToItem(item)
    rect = dialog.slots.visualItemRect(item)
    QTest.mouseClick(dialog.slots.viewport(), LEFT, PLAIN, rect.center())
    assert dialog.span() == (at(2, 14), at(2, 15))  # the same length, from the slot clicked


def _schedule(db: Database, start: datetime, end: datetime, room: str | None = BLUE) -> ContactRecord:
    return contacts.schedule_contact(db, actor=CAMILA, channel="meeting", client=CLIENT, planned_start=start,
                                     planned_end=end, contact_person="Marcos Lima", subject="Revisão", room=room,
                                     agenda="Pendências", at=DEMO_NOW - timedelta(days=2))


def _menu_action(win: ConsultingWeekWindow, contact_id: int, text: str) -> Any:
    block = win.canvas.block(("contact", contact_id))
    assert block is not None
    menu = win.block_actions(block)
    found = [a for a in menu.actions() if a.text() == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_done_is_recorded_with_the_exact_times(week: Database, make_workspace: Any, qtbot: Any) -> None:
    meeting = _schedule(week, at(0, 9), at(0, 10))  # Monday, before the demo's Tuesday 14:30
    dialog = DoneDialog(make_workspace(CAMILA), meeting)
    qtbot.addWidget(dialog)
    assert (dialog.start.time(), dialog.end.time()) == (QTime(9, 0), QTime(10, 0))  # the planned ones offered
    dialog.start.setFocus()
    dialog.start.setSelectedSection(dialog.start.Section.MinuteSection)
    QTest.keyClicks(dialog.start, "05")
    dialog.end.setFocus()
    dialog.end.setSelectedSection(dialog.end.Section.HourSection)
    QTest.keyClicks(dialog.end, "09")
    dialog.end.setSelectedSection(dialog.end.Section.MinuteSection)
    QTest.keyClicks(dialog.end, "50")
    assert dialog.span() == (at(0, 9, 5), at(0, 9, 50))
    with _opened(make_workspace(CAMILA), qtbot) as win:
        win.ask_done = lambda _contact: dialog.span()  # type: ignore[method-assign]
        with qtbot.waitSignal(win.acted) as acted:
            _menu_action(win, meeting.id, "Realizado…").trigger()
        assert "das 09:05 às 09:50" in acted.args[0]
        [done] = _meetings(week)
        assert (done.status, done.started_at, done.ended_at) == ("done", at(0, 9, 5), at(0, 9, 50))


def test_missed_and_cancel_and_the_room_is_freed(week: Database, make_workspace: Any, qtbot: Any) -> None:
    missed = _schedule(week, at(0, 11), at(0, 12), room=None)
    cancelled = _schedule(week, at(3, 9), at(3, 10, 30))
    assert _slots(week) == 3
    with _opened(make_workspace(CAMILA), qtbot) as win:
        shown = len(win.rooms_panel.rows())
        assert win.tabs.tabText(1) == f"Salas ({shown})" and "Sala azul" in [r[0] for r in win.rooms_panel.rows()]
        with qtbot.waitSignal(win.acted):
            _menu_action(win, missed.id, "Não realizado").trigger()
        _settle(win, qtbot)
        with qtbot.waitSignal(win.acted) as acted:
            _menu_action(win, cancelled.id, "Cancelar").trigger()
        assert "a sala Sala azul foi liberada" in acted.args[0]
        statuses = {c.id: c.status for c in _meetings(week)}
        assert statuses == {missed.id: "missed", cancelled.id: "cancelled"}
        assert _bookings(week) == [] and _slots(week) == 0
        _settle(win, qtbot)
        assert len(win.rooms_panel.rows()) == shown - 1
        assert "Sala azul" not in [r[0] for r in win.rooms_panel.rows()]


def test_remarcar_moves_the_meeting_and_its_room(week: Database, make_workspace: Any, qtbot: Any) -> None:
    meeting = _schedule(week, at(3, 9), at(3, 10))
    with _opened(make_workspace(CAMILA), qtbot) as win:
        _menu_action(win, meeting.id, "Remarcar…").trigger()
        dialog = win.meeting_dialog
        assert dialog is not None and dialog.contact is not None and not dialog.room.isEnabled()
        qtbot.waitUntil(lambda: dialog.day_bookings != [])
        assert dialog.room.currentData() == BLUE and dialog.agenda.toPlainText() == "Pendências"
        assert "09:00–09:30  esta reunião" in dialog.slots.item(dialog._slot_minutes.index(9 * 60)).text()
        _pick(dialog.start, 15 * 60)
        _pick(dialog.end, 16 * 60 + 30)
        with qtbot.waitSignal(win.acted) as acted:
            QTest.mouseClick(dialog.ok_button, LEFT)
        assert "remarcada" in acted.args[0]
        [moved] = _meetings(week)
        assert (moved.planned_start, moved.planned_end) == (at(3, 15), at(3, 16, 30))
        [booking] = _bookings(week)
        assert (booking.starts_at, booking.ends_at, booking.agenda) == (at(3, 15), at(3, 16, 30), "Pendências")


# The work plan


def _open_plan(win: ConsultingWeekWindow, qtbot: Any) -> PlanEditor:
    with qtbot.waitSignal(win.loaded, timeout=1000, raising=False):
        pass
    QTest.mouseClick(win.plan_button, LEFT)
    editor = win.plan_dialog
    assert editor is not None
    qtbot.waitUntil(lambda: editor.model.rowCount() > 0)
    return editor


def _type_in(qtbot: Any, editor: PlanEditor, login: str, kind: str, text: str) -> None:
    model = editor.model
    row, column = model.row_of(login), model.column_of(kind)
    assert row is not None and column is not None
    index = model.index(row, column)
    editor.table.setFocus()
    editor.table.setCurrentIndex(index)
    QTest.keyClick(editor.table, Qt.Key.Key_F2)
    [line] = [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)
    # the delegate commits and closes its editor on a queued call
    qtbot.waitUntil(lambda: not shiboken6.isValid(line) or not line.isVisible())


def test_the_plan_editor_saves_only_the_changed_cells(week: Database, make_workspace: Any, qtbot: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    work_plan.set_plan(week, actor=MANAGER, login=BRUNO, week=PLAN_MONDAY, task_type="review", minutes=240)
    calls: list[tuple[str, str, int]] = []
    real = work_plan.set_plan

    def spy(db: Database, **kwargs: Any) -> list[PlanLine]:
        calls.append((kwargs["login"], kwargs["task_type"], kwargs["minutes"]))
        return real(db, **kwargs)

    monkeypatch.setattr(work_plan, "set_plan", spy)
    with _opened(make_workspace(MANAGER), qtbot, PLAN_MONDAY) as win:
        editor = _open_plan(win, qtbot)
        model = editor.model
        assert model.types() == ["document", "review"]  # the types with hours this week
        camila = model.row_of(CAMILA)
        assert camila is not None and model.data(model.index(camila, 1)) == "10:00"
        assert not editor.save_button.isEnabled()
        _type_in(qtbot, editor, CAMILA, "document", "8")
        _type_in(qtbot, editor, BRUNO, "review", "4")  # the same as read: not a change
        _type_in(qtbot, editor, CAMILA, "review", "seis")  # does not read: refused, nothing changes
        assert "seis" in editor.banner.text() and "1:30" in editor.banner.text()
        editor.add_type.setCurrentIndex(editor.add_type.findData("analysis"))
        QTest.mouseClick(editor.add_button, LEFT)
        assert model.types() == ["document", "review", "analysis"]
        _type_in(qtbot, editor, BRUNO, "analysis", "1:30")
        assert model.changes() == [(BRUNO, "analysis", 90), (CAMILA, "document", 480)]
        assert editor.save_button.text() == "&Salvar alterações (2)"
        total = model.data(model.index(model.row_of(CAMILA) or 0, model.total_column()))
        assert total.startswith("8:00")
        with qtbot.waitSignal(editor.loaded), qtbot.waitSignal(editor.saved):
            QTest.mouseClick(editor.save_button, LEFT)
        assert sorted(calls) == [(BRUNO, "analysis", 90), (CAMILA, "document", 480)]
        plan = {(line.login, line.task_type): line.planned_minutes
                for line in work_plan.plan(week, week=PLAN_MONDAY)}
        assert plan == {(CAMILA, "document"): 480, (BRUNO, "review"): 240, (BRUNO, "analysis"): 90}
        assert model.changes() == [] and not editor.save_button.isEnabled()
        assert model.types() == ["document", "review", "analysis"]
        editor.close()


def test_a_non_manager_sees_the_plan_and_cannot_save_it(week: Database, make_workspace: Any, qtbot: Any) -> None:
    with _opened(make_workspace(BRUNO), qtbot, PLAN_MONDAY) as win:
        editor = _open_plan(win, qtbot)
        model = editor.model
        index = model.index(model.row_of(CAMILA) or 0, model.column_of("document") or 0)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not editor.save_button.isVisible() and not editor.copy_button.isVisible()
        editor.table.setCurrentIndex(index)
        QTest.keyClick(editor.table, Qt.Key.Key_F2)
        QTest.keyClicks(editor.table, "2")
        assert model.changes() == []
        model.editable = True  # were the window fooled, the service still says no
        assert model.setData(index, "2")
        with qtbot.waitSignal(editor.refused) as refused:
            editor.save()
        assert "Só a gestão" in refused.args[0]
        assert work_plan.plan(week, week=PLAN_MONDAY, login=CAMILA)[0].planned_minutes == 600
        with pytest.raises(NotPermitted):
            work_plan.set_plan(week, actor=BRUNO, login=CAMILA, week=PLAN_MONDAY, task_type="document", minutes=60)
        editor.confirm_discard = lambda: True  # type: ignore[method-assign]
        editor.close()


def test_copy_from_the_previous_week(week: Database, make_workspace: Any, qtbot: Any) -> None:
    before = PLAN_MONDAY - timedelta(weeks=1)
    work_plan.set_plan(week, actor=MANAGER, login=BRUNO, week=before, task_type="review", minutes=300)
    work_plan.set_plan(week, actor=MANAGER, login=CAMILA, week=before, task_type="test", minutes=120)
    with _opened(make_workspace(MANAGER), qtbot, PLAN_MONDAY) as win:
        editor = _open_plan(win, qtbot)
        asked: list[bool] = []
        editor.confirm_copy = lambda: asked.append(True) or True  # type: ignore[method-assign]
        with qtbot.waitSignal(editor.loaded):
            QTest.mouseClick(editor.copy_button, LEFT)
        assert asked == [True] and "2 linha(s)" in editor.banner.text()
        plan = {(line.login, line.task_type): line.planned_minutes
                for line in work_plan.plan(week, week=PLAN_MONDAY)}
        assert plan == {(BRUNO, "review"): 300, (CAMILA, "test"): 120}  # Camila's DR-Documentar went away
        model = editor.model
        assert model.data(model.index(model.row_of(BRUNO) or 0, model.column_of("review") or 0)) == "5:00"
        editor.close()
        _settle(win, qtbot)
        assert win.board is not None and win.board.planned_minutes(BRUNO) == 300


def test_the_plan_model(qtmodeltester: Any) -> None:
    model = WorkPlanModel(editable=True)
    qtmodeltester.check(model)
    people = [PlanPerson(CAMILA, "Camila Rocha", 40 * 60), PlanPerson(BRUNO, "Bruno Carvalho", None)]
    lines = [PlanLine(CAMILA, "Camila Rocha", MONDAY, "document", 2400),
             PlanLine(CAMILA, "Camila Rocha", MONDAY, "test", 90),
             PlanLine("eduarda.pires", "Eduarda Pires", MONDAY, "gin", 60)]
    model.set_sheet(people, lines)
    qtmodeltester.check(model)
    assert model.types() == ["gin", "document", "test"] and model.rowCount() == 3  # Eduarda: she has a line
    total = model.total_column()
    assert model.data(model.index(0, total)) == "41:30 de 40:00"
    assert model.data(model.index(0, total), Qt.ItemDataRole.ForegroundRole) is not None  # over the roster: red
    assert model.data(model.index(1, total)) == "0:00 · sem escala"
    document = model.column_of("document")
    assert total == 0 and document == 2 and model.headerData(2, Qt.Orientation.Horizontal) == "DR-Documentar"
    assert model.setData(model.index(0, document), "38")
    assert model.data(model.index(0, total), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, document), Qt.ItemDataRole.FontRole).bold()
    assert model.changes() == [(CAMILA, "document", 2280)]
    assert model.setData(model.index(0, document), "40")  # back to what was read: no change
    assert model.changes() == []
    refused: list[object] = []
    model.refused.connect(refused.append)
    assert not model.setData(model.index(0, document), "muito") and len(refused) == 1
    assert not model.setData(model.index(0, total), "3")  # the total is not typed
    model.add_type("analysis")
    qtmodeltester.check(model)
    assert model.types() == ["gin", "document", "test", "analysis"] and "analysis" not in model.hidden_types()
    assert model.index(0, 0).parent() == QModelIndex()
