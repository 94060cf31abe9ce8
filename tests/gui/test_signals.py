"""The desk's signals on screen (demo day at 14:30): the board's signals column, colour and tooltip; the booked
OC's appointment in the status column; the offer picker and the OC dialog on an offer nobody answered (R5); the
timeline's badge for an owner who left with OCs in progress; the wallboard's long-wait count."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from pitstop_desktop.domain.signals import Signal
from pitstop_desktop.models.board import BoardTableModel, Column
from pitstop_desktop.models.palette import error_colour, warning_colour
from pitstop_desktop.services import board as board_service
from pitstop_desktop.services import offers, people, signals, timeline
from pitstop_desktop.services.gauges import gauge_snapshot
from pitstop_desktop.views.occurrence_dialog import SEND_TO_APOIO, OccurrenceDialog
from pitstop_desktop.views.offer_picker import OfferPicker
from pitstop_desktop.views.timeline import TimelineWidget
from pitstop_desktop.views.wallboard import Wallboard
from tests.gui.conftest import DEMO_NOW
from tests.gui.helpers import new_call

TIP = Qt.ItemDataRole.ToolTipRole
FG = Qt.ItemDataRole.ForegroundRole


def _model(ctx: Any, rows: list[board_service.BoardRow], tab: str = "n1_rapida") -> BoardTableModel:
    model = BoardTableModel(tab, ctx.policy, ctx.clock)
    model.load(rows)
    return model


def _position(model: BoardTableModel, number: int) -> int:
    position = model.row_of_number(number)
    assert position is not None
    return position


def test_no_answer_long_wait_and_appointment_on_the_board(make_workspace: Any) -> None:
    ctx = make_workspace("claudia.moraes")
    rows = [r for r in board_service.open_rows(ctx.db) if r.tab == "n1_rapida"][:3]
    quiet, unanswered, waiting = rows[0], rows[1], rows[2]
    unanswered = replace(unanswered, offered_at=DEMO_NOW - timedelta(minutes=12), offered_to_name="Felipe Gomes",
                         long_wait_at=None, status="offered", assignee=None, assignee_name=None)
    waiting = replace(waiting, long_wait_at=DEMO_NOW - timedelta(minutes=1), offered_at=None,
                      tab_since=DEMO_NOW - timedelta(minutes=61), assignee=None, status="open",
                      appointment_at=DEMO_NOW + timedelta(minutes=30))
    quiet = replace(quiet, offered_at=DEMO_NOW - timedelta(minutes=5), long_wait_at=DEMO_NOW + timedelta(minutes=5),
                    offered_to_name="Felipe Gomes", status="offered", assignee=None, assignee_name=None)
    model = _model(ctx, [quiet, unanswered, waiting])

    at = _position(model, unanswered.number)
    assert model.signals_at(at) == (Signal.NO_ANSWER,)
    assert model.data(model.index(at, Column.SIGNALS)) == "⚠ sem resposta"
    assert model.data(model.index(at, Column.SIGNALS), FG) == error_colour()
    tip = model.data(model.index(at, Column.NUMBER), TIP)
    assert "Felipe Gomes há 12 min, sem resposta (R5)" in tip and "Enviar ao APOIO" in tip

    at = _position(model, waiting.number)
    assert model.signals_at(at) == (Signal.LONG_WAIT,)
    assert model.data(model.index(at, Column.SIGNALS)) == "⚠ demora excessiva em linha"
    assert model.data(model.index(at, Column.SIGNALS), FG) == warning_colour()
    assert "na aba há 1 h 01 min (limite da aba: 1 h 00 min)" in model.data(model.index(at, Column.SIGNALS), TIP)
    assert model.data(model.index(at, Column.STATUS)) == "aberta · agendada 15:00"  # R10: the appointment's time

    at = _position(model, quiet.number)
    assert model.signals_at(at) == () and model.data(model.index(at, Column.SIGNALS)) == ""
    assert model.data(model.index(at, Column.SIGNALS), FG) is None
    ctx.clock.set(DEMO_NOW + timedelta(minutes=6))  # both instants pass: the tick turns them on, no database
    model.tick()
    at = _position(model, quiet.number)
    assert model.signals_at(at) == (Signal.NO_ANSWER, Signal.LONG_WAIT)
    assert model.data(model.index(at, Column.SIGNALS)) == "⚠ sem resposta · demora excessiva em linha"
    model.sort(Column.SIGNALS, Qt.SortOrder.AscendingOrder)  # the signals column sorts by when they came on
    assert [model.row_at(i).number for i in range(3)] == [unanswered.number, waiting.number, quiet.number]


def test_the_service_rows_bring_the_instants(make_workspace: Any) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db)
    offers.offer(ctx.db, number, actor="ana.souza", to="felipe.gomes", at=DEMO_NOW)
    (row,) = board_service.rows_by_id(ctx.db, [r.id for r in board_service.open_rows(ctx.db) if r.number == number])
    assert row.offered_at == DEMO_NOW and row.long_wait_at == DEMO_NOW + timedelta(minutes=60)
    ctx.clock.set(DEMO_NOW + timedelta(minutes=10))
    model = _model(ctx, [row])
    assert model.signals_at(_position(model, number)) == (Signal.NO_ANSWER,)


def _leave_with_an_oc(ctx: Any) -> tuple[str, int, list[timeline.TimelineRow]]:
    """Someone on the demo day holding an OC in progress logs out at 14:20: their rows at 14:30."""
    rows = timeline.timeline(ctx.db, at=DEMO_NOW)
    person = next(r for r in rows if timeline.held_in_progress(r, DEMO_NOW)
                  and timeline.person_state(r, DEMO_NOW) in (timeline.PersonState.BUSY,
                                                             timeline.PersonState.AVAILABLE))
    number = timeline.held_in_progress(person, DEMO_NOW)[0]
    people.record_presence(ctx.db, login=person.login, kind="logout", at=DEMO_NOW - timedelta(minutes=10))
    return person.login, number, timeline.timeline(ctx.db, at=DEMO_NOW)


def test_an_owner_who_left_is_flagged_on_the_board_and_the_timeline(qtbot: Any, make_workspace: Any) -> None:
    ctx = make_workspace("claudia.moraes")
    login, number, rows = _leave_with_an_oc(ctx)
    board_rows = board_service.open_rows(ctx.db)
    (row,) = [r for r in board_rows if r.number == number]
    model = _model(ctx, board_rows, row.tab)
    at = _position(model, number)
    assert Signal.OWNER_ENDED not in model.signals_at(at)  # no timeline rows yet: nothing known about owners
    model.set_owners(rows)
    assert Signal.OWNER_ENDED in model.signals_at(at)
    assert "encerrou o dia (logout) com esta OC em atendimento" in model.data(model.index(at, Column.SIGNALS), TIP)
    assert model.data(model.index(at, Column.SIGNALS), FG) == error_colour()

    widget = TimelineWidget(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.rows_shown, timeout=2000):
        widget.set_rows(rows)
    person = next(r for r in widget.canvas.rows if r.login == login)
    flag = widget.canvas.owner_flag(person)
    assert flag is not None and flag[0] == Signal.OWNER_ENDED and number in flag[1]
    others = [r for r in widget.canvas.rows if r.login != login and widget.canvas.owner_flag(r) is not None]
    assert all(timeline.owner_alert(r, DEMO_NOW) is not None for r in others)
    assert "Encerrou o dia com OCs em atendimento" in widget.canvas._person_tip(person)
    assert not widget.grab().isNull()


def test_new_timeline_rows_repaint_the_signals_of_their_peoples_ocs_only(make_workspace: Any) -> None:
    """The timeline hands all its rows over after each change it shows; the board repaints the signals of the OCs
    held by the people whose row is new, not the whole column."""
    ctx = make_workspace("claudia.moraes")
    login, number, rows = _leave_with_an_oc(ctx)
    board_rows = board_service.open_rows(ctx.db)
    (row,) = [r for r in board_rows if r.number == number]
    model = _model(ctx, board_rows, row.tab)
    model.set_owners(rows)
    spans: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: spans.append((top.row(), top.column(), bottom.row(),
                                                                    bottom.column())))
    model.set_owners(list(rows))  # the same rows again
    assert spans == []
    person = next(r for r in rows if r.login == login)
    model.set_owners([replace(person) if r is person else r for r in rows])  # their row read again
    held = {i for i in range(model.rowCount()) if model.row_at(i).assignee == login}
    assert _position(model, number) in held and len(held) < model.rowCount()
    assert {i for top, _c, bottom, _d in spans for i in range(top, bottom + 1)} == held
    assert {(c, d) for _t, c, _b, d in spans} == {(int(Column.SIGNALS), int(Column.SIGNALS))}
    assert Signal.OWNER_ENDED in model.signals_at(_position(model, number))


def test_the_picker_and_the_dialog_on_an_offer_nobody_answered(qtbot: Any, make_workspace: Any) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db)
    offers.offer(ctx.db, number, actor="ana.souza", to="felipe.gomes", at=DEMO_NOW)
    ctx.clock.set(DEMO_NOW + timedelta(minutes=11))

    picker = OfferPicker(ctx, number)
    qtbot.addWidget(picker)
    picker.show()
    assert ctx.runner.wait_idle()
    waiting = picker.unanswered()
    assert waiting is not None and waiting.login == "felipe.gomes"
    assert "sem resposta há 11 min (R5)" in picker.banner.text()
    texts = [t for t in picker.row_texts() if t[0] == "Felipe Gomes"]
    assert texts and "sem resposta há 11 min" in texts[0][-1]

    dialog = OccurrenceDialog(ctx, number)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ctx.runner.wait_idle()
    assert dialog.no_answer()
    assert "sem resposta (R5)" in dialog.field_text("technician")
    dialog.start_action(SEND_TO_APOIO)
    assert dialog.apoio_reason.text() == "sem resposta: oferecida a Felipe Gomes há 11 min (R5)"


def test_the_wallboard_counts_long_waits(qtbot: Any, make_workspace: Any) -> None:
    ctx = make_workspace("claudia.moraes")
    people.add_staff(ctx.db, login="root", name="Root", role="admin")
    signals.set_long_wait(ctx.db, "n1_rapida", 1, actor="root", at=DEMO_NOW)
    wallboard = Wallboard(ctx)
    qtbot.addWidget(wallboard)
    wallboard.set_snapshot(gauge_snapshot(ctx.db, at=DEMO_NOW))
    waits = wallboard.panel.long_waits()
    assert waits > 0
    assert f"{waits} com demora excessiva em linha" in wallboard._list_title.text()
