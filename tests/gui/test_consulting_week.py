"""Agenda da consultoria (views/consulting/): the week with its lanes and blocks, real mouse drags that reschedule
(and a refusal that puts the block back), a task type dropped from the palette, moving by keys, the running contact
with its Stop, the Skype wait counted down by an injected clock, the e-mail reply opening ``mailto:``, the contact
form's URA refusal and a contact person added on the spot, the palette model under qtmodeltester, and the live
feed's re-read. The demo day (Tuesday 2026-11-24, 14:30) with a consulting week made through the services.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pitstop_desktop.db import Database
from pitstop_desktop.models.clock import FixedClock
from pitstop_desktop.models.consulting_palette import TASK_TYPE_MIME, TaskTypePaletteModel
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.services import contacts, intake, tasks, work_plan
from pitstop_desktop.services.consulting_records import ContactRecord
from pitstop_desktop.views.consulting import ConsultingWeekWindow
from pitstop_desktop.views.consulting.canvas import side_by_side
from pitstop_desktop.views.consulting.forms import EMAIL, ContactDialog, ContactForm
from tests.gui.conftest import DEMO_DAY, DEMO_NOW, SP

LEFT, PLAIN = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
CAMILA, BRUNO, MANAGER = "camila.rocha", "bruno.carvalho", "patricia.nogueira"
MONDAY = DEMO_DAY - timedelta(days=DEMO_DAY.weekday())
CONSULTING_CLIENT, OTHER_CLIENT = "C1002", "C1001"


def at(day_offset: int, hour: int, minute: int = 0) -> datetime:
    """A moment of the demo week (0: Monday 23/11) in São Paulo."""
    return datetime.combine(MONDAY + timedelta(days=day_offset), time(hour, minute), tzinfo=SP)


@pytest.fixture
def week(demo_db: Database) -> Database:
    """Camila and Bruno in the consulting team; a DR-Documentar for Camila on Wednesday 09:00–10:00, Bruno's
    review on Thursday 14:00–15:00, and their work plan."""
    intake.set_consulting_team(demo_db, [CAMILA, BRUNO])
    tasks.add_task(demo_db, actor=MANAGER, type="document", owner=CAMILA, title="Manual do PDV",
                   planned_start=at(2, 9), planned_end=at(2, 10), at=DEMO_NOW)
    tasks.add_task(demo_db, actor=MANAGER, type="review", owner=BRUNO, planned_start=at(3, 14),
                   planned_end=at(3, 15), at=DEMO_NOW)
    work_plan.set_plan(demo_db, actor=MANAGER, login=CAMILA, week=MONDAY, task_type="document", minutes=600)
    return demo_db


def _task_id(db: Database, owner: str, kind: str) -> int:
    found = [t for t in tasks.list_tasks(db, owner=owner, type=kind)]
    assert len(found) == 1, found
    return found[0].id


@pytest.fixture
def window(week: Database, make_workspace: Any, qtbot: Any) -> Iterator[ConsultingWeekWindow]:
    yield from _open(make_workspace(MANAGER), qtbot)


def _open(ctx: Any, qtbot: Any, **kwargs: Any) -> Iterator[ConsultingWeekWindow]:
    win = ConsultingWeekWindow(ctx, None, **kwargs)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.board is not None)
    yield win
    win.close()


def _settle(win: ConsultingWeekWindow, qtbot: Any) -> None:
    win.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: win.ctx.runner.idle and not win._reader.busy)


def _drag(win: ConsultingWeekWindow, key: tuple[str, int], to: QPoint) -> None:
    """Press in the block's middle, move in two steps to ``to`` (where its top-left part should land), release."""
    viewport = win.canvas.viewport()
    rect = win.canvas.block_rect(key)
    grip = QPoint(rect.left() + 10, rect.top() + 4)
    QTest.mousePress(viewport, LEFT, PLAIN, grip)
    QTest.mouseMove(viewport, grip + QPoint(0, 12))
    QTest.mouseMove(viewport, to + QPoint(0, 4))
    QTest.mouseRelease(viewport, LEFT, PLAIN, to + QPoint(0, 4))


def test_the_week_has_a_lane_per_person_and_the_blocks(window: ConsultingWeekWindow) -> None:
    canvas = window.canvas
    assert window.week_label.text().startswith("Semana 2026-W48 · 23/11 a 27/11/2026")
    assert [lane.login for lane in canvas.lanes][:2] == [BRUNO, CAMILA]
    camila = next(lane for lane in canvas.lanes if lane.login == CAMILA)
    board = window.board
    assert board is not None and board.planned_minutes(CAMILA) == 600
    scheduled = board.scheduled_minutes(CAMILA)  # her DR-Documentar, and the demo day's "Comunicar conclusão"
    assert board.scheduled[CAMILA]["document"] == 60
    assert camila.plan_text.endswith("agendadas de 10:00 planejadas") and camila.ratio == pytest.approx(scheduled / 600)
    document = next(b for b in canvas.blocks if b.login == CAMILA and b.title == "DR-Documentar")
    assert "Manual do PDV" in document.detail and document.movable
    assert not canvas.block_rect(document.key).isEmpty()
    assert window.summary.text().startswith("Equipe:")
    assert window.running.what.text().startswith("Nada em andamento")


def test_a_drag_to_another_day_time_and_person_moves_the_task(window: ConsultingWeekWindow, week: Database,
                                                              qtbot: Any) -> None:
    task_id = _task_id(week, CAMILA, "document")
    target = window.canvas.point_for(BRUNO, at(4, 11))  # Friday 11:00, Bruno's lane
    with qtbot.waitSignal(window.acted):
        _drag(window, ("task", task_id), target)
    moved = next(t for t in tasks.list_tasks(week, owner=BRUNO) if t.id == task_id)
    assert (moved.planned_start, moved.planned_end) == (at(4, 11), at(4, 12))
    assert "Bruno Carvalho" in window.banner.text()
    _settle(window, qtbot)
    block = window.canvas.block(("task", task_id))
    assert block is not None and block.login == BRUNO and block.start == at(4, 11)


def test_a_refused_drag_puts_the_block_back_and_says_why(week: Database, make_workspace: Any, qtbot: Any) -> None:
    """Bruno (an attendant) may not move Camila's task: the refusal shows and the block goes back."""
    for win in _open(make_workspace(BRUNO), qtbot):
        task_id = _task_id(week, CAMILA, "document")
        before = win.canvas.block_rect(("task", task_id)).top()
        with qtbot.waitSignal(win.refused) as refused:
            _drag(win, ("task", task_id), win.canvas.point_for(CAMILA, at(2, 15)))
        assert refused.args[0] and win.banner.kind() == "error" and win.banner.text() == refused.args[0]
        block = win.canvas.block(("task", task_id))
        assert block is not None and (block.login, block.start) == (CAMILA, at(2, 9))
        assert win.canvas.block_rect(("task", task_id)).top() == before
        original = next(t for t in tasks.list_tasks(week, owner=CAMILA) if t.id == task_id)
        assert original.planned_start == at(2, 9)


def test_a_task_type_dropped_from_the_palette_is_planned_there(window: ConsultingWeekWindow, week: Database,
                                                               qtbot: Any) -> None:
    data = QMimeData()
    data.setData(TASK_TYPE_MIME, b"analysis")
    point = QPointF(window.canvas.point_for(CAMILA, at(0, 15)))
    viewport = window.canvas.viewport()
    # what a drag from the palette delivers: enter (Qt then knows the target), a move over the lane, the drop
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, data, LEFT, PLAIN)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point.toPoint(), Qt.DropAction.CopyAction, data, LEFT, PLAIN)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted() and window.canvas._drop_at is not None  # the dashed place where it will go
    drop = QDropEvent(point, Qt.DropAction.CopyAction, data, LEFT, PLAIN)
    with qtbot.waitSignal(window.acted):
        QApplication.sendEvent(viewport, drop)
    added = [t for t in tasks.list_tasks(week, owner=CAMILA, type="analysis")]
    assert [(t.planned_start, t.planned_end) for t in added] == [(at(0, 15), at(0, 16))]


def test_keys_choose_a_block_and_move_it(window: ConsultingWeekWindow, week: Database, qtbot: Any) -> None:
    task_id = _task_id(week, CAMILA, "document")
    rect = window.canvas.block_rect(("task", task_id))
    QTest.mouseClick(window.canvas.viewport(), LEFT, PLAIN, rect.center())
    assert window.canvas.selected() is not None and window.canvas.selected().id == task_id  # type: ignore[union-attr]
    with qtbot.waitSignal(window.acted):
        QTest.keyClick(window.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = next(t for t in tasks.list_tasks(week, owner=CAMILA) if t.id == task_id)
    assert moved.planned_start == at(2, 9, 15)
    _settle(window, qtbot)
    with qtbot.waitSignal(window.acted):
        QTest.keyClick(window.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    moved = next(t for t in tasks.list_tasks(week, owner=CAMILA) if t.id == task_id)
    assert moved.planned_start == at(3, 9, 15)


def test_the_running_contact_shows_its_time_and_stops_now(week: Database, make_workspace: Any, qtbot: Any) -> None:
    started = contacts.start_contact(week, actor=CAMILA, channel="phone", client=CONSULTING_CLIENT,
                                     contact_person="Marcos Lima", at=DEMO_NOW - timedelta(minutes=12, seconds=34))
    ctx = make_workspace(CAMILA)
    for win in _open(ctx, qtbot):
        assert "Contato por telefone" in win.running.what.text() and "Marcos Lima" in win.running.what.text()
        assert win.running.elapsed.text() == "00:12:34"
        assert isinstance(ctx.clock, FixedClock)
        ctx.clock.set(DEMO_NOW + timedelta(seconds=30))
        win.tick()
        assert win.running.elapsed.text() == "00:13:04"
        with qtbot.waitSignal(win.acted):
            QTest.mouseClick(win.running.stop_button, LEFT)
        done = next(c for c in contacts.list_contacts(week, consultant=CAMILA) if c.id == started.id)
        assert done.status == "done" and done.ended_at == DEMO_NOW + timedelta(seconds=30)
        _settle(win, qtbot)
        assert win.running.what.text().startswith("Nada em andamento") and not win.running.stop_button.isVisible()


def test_a_skype_wait_counts_down_and_then_asks_for_a_conference(week: Database, make_workspace: Any,
                                                                qtbot: Any) -> None:
    waiting = contacts.ask_to_wait(week, actor=CAMILA, client=CONSULTING_CLIENT, contact_person="Juliana Prado",
                                   at=DEMO_NOW - timedelta(minutes=4))
    ctx = make_workspace(CAMILA)
    asked: list[ContactRecord] = []
    for win in _open(ctx, qtbot):
        def answer(contact: ContactRecord) -> tuple[datetime, datetime]:
            asked.append(contact)
            return at(1, 16), at(1, 16, 30)

        win.ask_conference = answer  # type: ignore[method-assign]
        [row] = win.running.waiting
        assert row.contact.id == waiting.id and row.countdown.text() == "resta 06:00"
        ctx.clock.set(DEMO_NOW + timedelta(minutes=5, seconds=59))
        win.tick()
        assert row.countdown.text() == "resta 00:01" and asked == []
        ctx.clock.set(DEMO_NOW + timedelta(minutes=6))
        with qtbot.waitSignal(win.acted):
            win.tick()
        assert [c.id for c in asked] == [waiting.id]
        win.tick()  # asked once only
        assert len(asked) == 1
        conference = [c for c in contacts.list_contacts(week, consultant=CAMILA) if c.channel == "conference"]
        assert [(c.planned_start, c.status) for c in conference] == [(at(1, 16), "scheduled")]
        _settle(win, qtbot)
        assert win.running.waiting == []


def test_replying_to_an_email_records_it_and_opens_mailto(week: Database, make_workspace: Any, qtbot: Any) -> None:
    contacts.set_consulting_mailbox(week, actor=MANAGER, address="consultoria@pitstop.example", at=DEMO_NOW)
    opened: list[QUrl] = []
    for win in _open(make_workspace(CAMILA), qtbot, open_url=opened.append):
        win.ask_contact = lambda mode: ContactForm(EMAIL, "email", CONSULTING_CLIENT, "Marcos Lima", None,  # type: ignore[method-assign]
                                                   "Nota fiscal")
        with qtbot.waitSignal(win.acted):
            QTest.mouseClick(win.running.email_button, LEFT)
        assert len(opened) == 1 and opened[0].scheme() == "mailto"
        assert "consultoria@pitstop.example" in opened[0].toString()
        assert [c.channel for c in contacts.list_contacts(week, consultant=CAMILA)] == ["email"]


def test_the_contact_form_sends_a_non_consulting_caller_to_the_ura(week: Database, make_workspace: Any,
                                                                   qtbot: Any) -> None:
    dialog = ContactDialog(make_workspace(CAMILA))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.index is not None)
    QTest.keyClicks(dialog.search, OTHER_CLIENT)
    assert dialog.matches_model.rowCount() >= 1
    with qtbot.waitSignal(dialog.routed) as routed:
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert routed.args[0].action == "ura"
    assert "URA" in dialog.hint.text() and not dialog.ok_button.isEnabled()


def test_the_contact_form_adds_a_person_on_the_spot_and_starts(week: Database, make_workspace: Any,
                                                               qtbot: Any) -> None:
    dialog = ContactDialog(make_workspace(CAMILA))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.index is not None)
    QTest.keyClicks(dialog.search, CONSULTING_CLIENT)
    with qtbot.waitSignal(dialog.routed):
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.ok_button.isEnabled()
    QTest.keyClicks(dialog.person.lineEdit(), "Rita Campos")
    with qtbot.waitSignal(dialog.persons_loaded):
        QTest.mouseClick(dialog.add_person_button, LEFT)
    assert "Rita Campos" in [p.name for p in contacts.find_contact_persons(week, client=CONSULTING_CLIENT)]
    QTest.keyClicks(dialog.protocol, "12x")
    QTest.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == 0 and "protocolo" in dialog.banner.text().lower()  # digits only
    dialog.protocol.clear()
    QTest.mouseClick(dialog.ok_button, LEFT)
    form = dialog.form()
    assert (form.choice, form.client, form.contact_person, form.protocol) == ("start", CONSULTING_CLIENT,
                                                                              "Rita Campos", None)


def test_the_palette_model(qtmodeltester: Any) -> None:
    model = TaskTypePaletteModel()
    qtmodeltester.check(model)
    model.set_plan({"document": 600, "test": 90})
    assert model.data(model.index(model.row_of("document") or 0)) == "DR-Documentar · 10:00 no plano"
    assert model.data(model.index(model.row_of("test") or 0)) == "Teste · 1:30 no plano"
    data = model.mimeData([model.index(model.row_of("analysis") or 0)])
    assert bytes(data.data(TASK_TYPE_MIME).data()) == b"analysis"
    qtmodeltester.check(model)


def test_overlapping_blocks_sit_side_by_side(window: ConsultingWeekWindow) -> None:
    first = next(b for b in window.canvas.blocks if b.login == CAMILA and b.title == "DR-Documentar")
    second = replace(first, id=first.id + 10_000, start=first.start + timedelta(minutes=30))  # 09:30–10:00
    third = replace(first, id=first.id + 20_000, start=first.end, end=first.end + timedelta(hours=1))  # 10:00
    columns = side_by_side([first, second, third], SP)
    assert columns[first.key] == (0, 2) and columns[second.key] == (1, 2) and columns[third.key] == (0, 1)


def test_the_live_feed_reads_the_week_again(week: Database, make_workspace: Any, qtbot: Any) -> None:
    ctx = make_workspace(MANAGER)
    feed = LiveFeed(week, ctx.runner.submit)
    win = ConsultingWeekWindow(ctx, feed)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.loaded):
        feed.start()
    _settle(win, qtbot)
    added = tasks.add_task(week, actor=MANAGER, type="ati", owner=BRUNO, planned_start=at(0, 8),
                           planned_end=at(0, 9), at=DEMO_NOW)  # another seat, or the CLI
    with qtbot.waitSignal(win.loaded):
        feed.refresh()
    assert win.canvas.block(("task", added.id)) is not None
    feed.stop()
    win.close()


def test_weeks_go_back_and_forth(window: ConsultingWeekWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.loaded):
        QTest.mouseClick(window.next_button, LEFT)
    assert window.week_label.text().startswith("Semana 2026-W49")
    # Camila's DR-Documentar stays in W48 (the demo's consultants have their own in W49: demo/consulting.py)
    assert not any(b.title == "DR-Documentar" and b.login == CAMILA for b in window.canvas.blocks)
    with qtbot.waitSignal(window.loaded):
        QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.week_label.text().startswith("Semana 2026-W48")


def test_intake_says_whose_protocol_a_consulting_call_is(week: Database, make_workspace: Any, qtbot: Any,
                                                         tmp_path: Any) -> None:
    """A consulting client's open protocol belongs to its consultant: the intake window says to transfer the call
    to her, or to register it for her when she is not available (route_call), beside the URA hint's place."""
    from sqlalchemy import update

    from pitstop_desktop.db.orm import OccurrenceRow, StaffRow
    from pitstop_desktop.services import occurrences
    from pitstop_desktop.services.outbox import Outbox
    from pitstop_desktop.views.intake import IntakeWindow

    contacts.set_consultant(week, actor=MANAGER, client=CONSULTING_CLIENT, login=CAMILA, at=DEMO_NOW)
    number = occurrences.register_call(week, actor="ana.souza", client=CONSULTING_CLIENT, channel="phone",
                                       summary="Dúvida de consultoria", tab="n1_rapida", at=DEMO_NOW).number
    with week.session(write=True) as session:  # the protocol is Camila's (as if offered and accepted)
        camila = session.scalar(StaffRow.__table__.select().with_only_columns(StaffRow.id)
                                .where(StaffRow.login == CAMILA))
        session.execute(update(OccurrenceRow).where(OccurrenceRow.number == number).values(assignee_id=camila))
    ctx = make_workspace("ana.souza")
    box = Outbox(tmp_path / "outbox.db")
    window = IntakeWindow(ctx, box, feed=None)
    window.confirm_quit = lambda _pending: True  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.clients_loaded, timeout=15_000):
        window.start()
    window.controller.choose_client(CONSULTING_CLIENT)
    qtbot.waitUntil(lambda: window.controller.client.routing is not None)
    text = window.hint_banner.text()
    assert str(number) in text and "Camila Rocha" in text
    assert text.startswith(f"Protocolo {number} é de Camila Rocha") or "não está disponível" in text
    window.controller.replay_timer.stop()
    ctx.runner.wait_idle()
    window.close()
    box.close()
