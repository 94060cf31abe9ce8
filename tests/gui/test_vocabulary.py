"""Same words, colours and durations in every window (domain/vocabulary.py through models/labels.py, palette.py).

The CLI's side is tests/test_cli.py (human output); the sources' side (no second table) is
tests/domain/test_vocabulary.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.domain.vocabulary import SLA_COLOUR, SLA_TEXT_ON_COLOUR, countdown
from pitstop_desktop.models.board import BoardTableModel, Column, Role
from pitstop_desktop.models.palette import sla_colour, sla_text_colour
from pitstop_desktop.services import board as board_service
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.gauges import SlaGaugeWidget
from pitstop_desktop.views.queues import ApoioPanel
from pitstop_desktop.views.timeline import TimelineWidget


def test_the_board_model_says_the_vocabularys_words(make_workspace: Any, demo_db: Any) -> None:
    ctx = make_workspace("claudia.moraes")
    rows = board_service.open_rows(demo_db)
    waiting = next(r for r in rows if r.status == "awaiting_approval")
    model = BoardTableModel(waiting.tab, ctx.policy, ctx.clock)
    model.load([r for r in rows if r.tab == waiting.tab])
    row = model.row_of_number(waiting.number)
    assert model.data(model.index(row, Column.STATUS)) == "aguardando gestor"
    assert model.data(model.index(row, Column.CHANNEL)) == msg.label(msg.CHANNEL, waiting.channel)
    assert model.data(model.index(row, Column.KIND)) == msg.label(msg.KIND, waiting.kind)
    assert model.data(model.index(row, Column.SLA)) == msg.sla_class_name(waiting.sla)
    minutes = model.data(model.index(row, Column.TIME_LEFT), Role.REMAINING_MINUTES)
    assert model.data(model.index(row, Column.TIME_LEFT)) == countdown(minutes)
    state = model.data(model.index(row, Column.TIME_LEFT), Role.SLA_STATE)
    assert model.data(model.index(row, Column.TIME_LEFT), Qt.ItemDataRole.ForegroundRole) == sla_colour(state)

    model.apply([replace(waiting, status="in_progress", version=waiting.version + 1)])
    assert model.data(model.index(model.row_of_number(waiting.number), Column.STATUS)) == "em atendimento"


def test_the_timeline_says_the_vocabularys_words(make_workspace: Any, qtbot: Any) -> None:
    timeline = TimelineWidget(make_workspace("claudia.moraes"))
    qtbot.addWidget(timeline)
    canvas = timeline.canvas
    assert canvas.status_label("awaiting_approval") == "aguardando gestor"
    assert canvas.sla_label(SlaState.WARNING) == "perto de vencer"
    assert canvas.sla_label(SlaState.BREACHED) == msg.label(msg.SLA_STATE, "breached") == "estourado"
    assert canvas.role_label("manager") == msg.label(msg.ROLE, "manager") == "gestor técnico"


def test_the_apoio_queue_says_nobody_answered(make_workspace: Any, qtbot: Any) -> None:
    panel = ApoioPanel(make_workspace("fernanda"))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.ctx.runner.wait_idle()
    reasons = {r[0]: r[6] for r in panel.row_texts()}  # OC, client, summary, SLA, time left, waiting, reason
    assert reasons["160"] == reasons["123"] == "ninguém respondeu"  # both APOIO items of reason no_answer


def test_a_gauge_calls_warning_what_the_board_calls_it(qtbot: Any) -> None:
    gauge = SlaGaugeWidget("2H", msg.sla_class_name("2H"))
    qtbot.addWidget(gauge)
    assert "perto de vencer" in gauge.toolTip() and "em risco" not in gauge.toolTip()
    assert gauge.accessibleName() == "SLA 2 Horas"


def test_one_palette_and_one_duration_format() -> None:
    for state, colour in SLA_COLOUR.items():
        assert sla_colour(state).name() == colour
        assert sla_text_colour(state).name() == SLA_TEXT_ON_COLOUR[state]
    assert msg.duration(timedelta(hours=2, minutes=5)) == "2 h 05 min"
    assert msg.remaining(-29) == "estourado há 29 min"
    assert msg.countdown(-65) == "-1h05"
