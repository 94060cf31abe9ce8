"""Issue 10: layouts shaped by role at 1366×768, deciding escalations from the OC window, the wallboard's queue
counts and the ANS trend that shows only with a week of closures. On the demo day at 14:30 there are 8 pending
escalations (OC 18, 61, 71, 88, 91, 124, 131, 141) and 8 APOIO items (4 of them free)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt

from pitstop_desktop.services import escalations
from pitstop_desktop.services.gauges import DayAns
from pitstop_desktop.views.console_layout import TREND_MIN_HEIGHT
from pitstop_desktop.views.gauges import GaugePanel
from pitstop_desktop.views.main_window import MainWindow
from pitstop_desktop.views.occurrence_dialog import OccurrenceDialog
from pitstop_desktop.views.queues import ApoioPanel, ApprovalsPanel
from pitstop_desktop.views.row_view import RowView
from pitstop_desktop.views.wallboard import Wallboard
from pitstop_desktop.views.workspace import Workspace
from tests.gui.conftest import DEMO_NOW
from tests.gui.helpers import LEFT, new_call

MakeContext = Callable[..., Workspace]
LAPTOP = (1366, 768)
FULL_HD = (1920, 1080)


@pytest.fixture(autouse=True)
def _private_settings(private_settings: Path) -> None:
    """No remembered layout: each window starts from its role's plan."""


def console(qtbot: Any, ctx: Workspace, size: tuple[int, int] = LAPTOP) -> MainWindow:
    window = MainWindow(ctx, None, notifications=False, remember_layout=False)  # a first run: the role's layout
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.start()
        window.show()
    assert ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    return window


def fully_visible_rows(view: RowView[Any]) -> int:
    """Rows whose whole height is inside the viewport (what a person reads without scrolling)."""
    area = view.viewport().rect()
    model = view.rows()
    return sum(1 for row in range(model.rowCount())
               if area.contains(view.visualRect(model.index(row, 0)).adjusted(0, 0, 0, -1)))


def on_screen(widget: Any, window: MainWindow) -> bool:
    """Shown, and its whole rectangle within the window."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def test_the_console_fits_a_1366x768_screen_for_every_role(qtbot: Any, make_workspace: MakeContext) -> None:
    for login in ("ana.souza", "claudia.moraes", "patricia.nogueira", "fernanda"):
        window = console(qtbot, make_workspace(login))
        hint = window.minimumSizeHint()
        assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1], (login, hint)
        bar = window.board.tabs.tabBar()
        assert not bar.usesScrollButtons()
        # every tab of the board is on screen: one click away, no scrolling of the strip
        assert all(bar.rect().contains(bar.tabRect(i)) for i in range(bar.count())), login
        window.close()


def on_screen_geometry(window: MainWindow) -> dict[str, tuple[int, int, int, int]]:
    """The board's and the docks' rectangles, for the docks on screen (one behind another's tab is not)."""
    shown = {name: dock for name, dock in window.docks.items()
             if dock.isVisible() and not dock.visibleRegion().isEmpty()}
    return {"board": window.board.geometry().getRect(),
            **{name: dock.geometry().getRect() for name, dock in shown.items()}}


@pytest.mark.parametrize("size", [LAPTOP, FULL_HD], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("login", ["ana.souza", "claudia.moraes", "patricia.nogueira", "fernanda"])
def test_the_layout_of_the_first_paint_is_the_final_one(qtbot: Any, make_workspace: MakeContext, login: str,
                                                        size: tuple[int, int]) -> None:
    """The board paints its first rows before the other panels are built (or painted): their docks keep the room
    the panels take once in, so nothing moves when they arrive. On a laptop's screen the trend stays hidden; on a
    tall one the gauges keep the chart's room from the first paint, and the chart (made ~0.3 s later, once
    pyqtgraph is in) takes it without moving the board or any dock."""
    window = MainWindow(make_workspace(login), None, notifications=False, remember_layout=False)
    qtbot.addWidget(window)
    window.resize(*size)
    first: list[dict[str, tuple[int, int, int, int]]] = []
    window.board.first_page_painted.connect(lambda: first.append(on_screen_geometry(window)))
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.show()
        window.start()
    assert window.ctx.runner.wait_idle()
    if size == FULL_HD:  # the demo has a month of closures: the chart comes
        qtbot.waitUntil(lambda: window.gauges.trend_visible(), timeout=20_000)
        chart = window.gauges.trend_chart
        assert chart is not None and chart.height() >= 100 and on_screen(chart, window)
        assert chart.maximumHeight() == TREND_MIN_HEIGHT  # the console's 140 px: more room goes to the rings
    else:
        assert not window.gauges.trend_room() and not window.gauges.trend_visible()
    assert first == [on_screen_geometry(window)]


def test_a_manager_sees_all_eight_pending_escalations_first(qtbot: Any, make_workspace: MakeContext) -> None:
    window = console(qtbot, make_workspace("patricia.nogueira"))
    panel = window.first_panel()
    assert isinstance(panel, ApprovalsPanel) and on_screen(panel.table, window)
    assert len(panel.pending()) == 8
    assert fully_visible_rows(panel.table) == 8  # all of them, not 1.5 as before
    assert panel.table.viewport().height() >= 8 * panel.table.visualRect(panel.table.rows().index(0, 0)).height()
    # each row with client, summary, SLA class and time left, the board's words and countdown
    header = [panel.table.rows().headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header == ["OC", "Cliente", "Resumo", "SLA", "Tempo restante"]
    first = panel.row_texts()[0]
    assert first[0] == "18" and first[1] and first[2] and first[3] == "24 Horas" and first[4] == "18h04"
    assert on_screen(panel.approve_button, window) and on_screen(panel.reject_button, window)


def test_apoio_sees_all_eight_items_of_its_queue_first(qtbot: Any, make_workspace: MakeContext) -> None:
    window = console(qtbot, make_workspace("fernanda"))
    panel = window.first_panel()
    assert isinstance(panel, ApoioPanel) and on_screen(panel.table, window)
    assert len(panel.items()) == 8
    assert fully_visible_rows(panel.table) == 8  # not 2 as before
    assert all(row[1] and row[2] and row[3] and row[4] for row in panel.row_texts())
    assert on_screen(panel.claim_next_button, window) and on_screen(panel.offer_button, window)


def test_a_supervisor_sees_board_and_timeline(qtbot: Any, make_workspace: MakeContext) -> None:
    window = console(qtbot, make_workspace("claudia.moraes"))
    assert window.first_panel() is window.board
    assert on_screen(window.timeline, window) and on_screen(window.board, window)
    view = window.board.current_view()
    qtbot.waitUntil(lambda: view.viewport().height() >= 6 * 24)  # six board rows beside a 3-person timeline
    beside = window.tabifiedDockWidgets(window.docks["timeline"])  # the queues wait in tabs beside it
    assert window.docks["approvals"] in beside and window.docks["apoio"] in beside


def test_an_attendant_reads_a_screenful_of_the_board(qtbot: Any, make_workspace: MakeContext) -> None:
    window = console(qtbot, make_workspace("ana.souza"))
    view = window.board.current_view()
    qtbot.waitUntil(lambda: view.viewport().height() >= 10 * 24)  # ten rows, not two


def test_the_summary_column_takes_the_spare_width_of_a_queue(qtbot: Any, make_workspace: MakeContext) -> None:
    panel = ApprovalsPanel(make_workspace("patricia.nogueira"))
    qtbot.addWidget(panel)
    panel.resize(1900, 600)
    panel.show()
    assert panel.ctx.runner.wait_idle()
    header = panel.table.header()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[2] > max(w for c, w in enumerate(widths) if c != 2)
    assert sum(widths) == panel.table.viewport().width()  # no gap after the last column, no scrolling


# Deciding from the OC window


def open_dialog(qtbot: Any, ctx: Workspace, number: int) -> OccurrenceDialog:
    dialog = OccurrenceDialog(ctx, number)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ctx.runner.wait_idle()
    return dialog


def status_of(ctx: Workspace, number: int) -> str:
    return [e for e in escalations.list_escalations(ctx.db) if e.number == number][-1].status


def test_a_manager_approves_from_the_oc_window(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("patricia.nogueira")
    dialog = open_dialog(qtbot, ctx, 61)
    assert dialog.decision.isVisible()
    qtbot.keyClicks(dialog.decision.note, "caso confirmado")
    with qtbot.waitSignal(dialog.occurrence_changed, timeout=5000):
        qtbot.mouseClick(dialog.decision.approve_button, LEFT)
    assert ctx.runner.wait_idle()
    assert status_of(ctx, 61) == "approved"
    assert dialog.banner.kind() == "info" and "61" in dialog.banner.text()
    assert not dialog.decision.isVisible()  # decided: nothing pending any more


def test_a_rejection_needs_a_reason_then_goes_through(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("patricia.nogueira")
    dialog = open_dialog(qtbot, ctx, 71)
    qtbot.mouseClick(dialog.decision.reject_button, LEFT)
    assert dialog.banner.kind() == "error" and "motivo" in dialog.banner.text()
    assert status_of(ctx, 71) == "pending"
    qtbot.keyClicks(dialog.decision.note, "resolver no N1")
    with qtbot.waitSignal(dialog.occurrence_changed, timeout=5000):
        qtbot.mouseClick(dialog.decision.reject_button, LEFT)
    assert ctx.runner.wait_idle()
    assert status_of(ctx, 71) == "rejected"


def test_r8_a_manager_cannot_decide_their_own_request_in_the_oc_window(qtbot: Any, make_workspace: MakeContext
                                                                       ) -> None:
    ctx = make_workspace("patricia.nogueira")
    number = new_call(ctx.db)
    escalations.escalate(ctx.db, number, actor="patricia.nogueira", target="especialistas",
                         reason="not_solvable_n1", at=DEMO_NOW)
    dialog = open_dialog(qtbot, ctx, number)
    qtbot.mouseClick(dialog.decision.approve_button, LEFT)
    assert ctx.runner.wait_idle()
    assert dialog.banner.text() == "R8: Quem pediu o escalonamento não pode decidir sobre ele; peça a outro gestor."
    assert status_of(ctx, number) == "pending"
    assert dialog.decision.approve_button.isEnabled()  # the person can still close, or ask another manager


def test_only_a_manager_gets_the_decision_in_the_oc_window(qtbot: Any, make_workspace: MakeContext) -> None:
    dialog = open_dialog(qtbot, make_workspace("claudia.moraes"), 61)
    assert dialog.field_shown("escalation") and not dialog.decision.isVisible()


# Wallboard and trend


def test_the_wallboard_counts_the_approvals_and_the_apoio_queue(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    board = Wallboard(ctx)
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    board.refresh()
    assert ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: board.queue_counts is not None)
    assert board.queue_counts is not None
    assert (board.queue_counts.approvals_pending, board.queue_counts.apoio_waiting,
            board.queue_counts.apoio_free) == (8, 8, 4)
    assert board.queues_text() == "8 aprovação(ões) pendente(s)  ·  APOIO: 8 na fila, 4 livre(s)"
    escalations.approve(ctx.db, escalations.list_escalations(ctx.db, pending_only=True)[0].id,
                        actor="patricia.nogueira", at=DEMO_NOW)
    board.refresh()
    assert ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: board.queues_text().startswith("7 "))


def days_with_closures(count: int, window: int = 30) -> list[DayAns]:
    last = date(2026, 11, 24)
    return [DayAns(last - timedelta(days=window - 1 - i), 9 if i >= window - count else 0,
                   10 if i >= window - count else 0) for i in range(window)]


def test_the_trend_shows_only_with_a_week_of_closures(qtbot: Any, make_workspace: MakeContext) -> None:
    panel = GaugePanel(make_workspace("claudia.moraes"))
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.trend_visible()  # nothing read yet
    with qtbot.assertNotEmitted(panel.trend_shown):
        panel.set_trend(days_with_closures(6))
        qtbot.waitUntil(lambda: panel.trend_chart is not None)  # once pyqtgraph is imported in the background
    assert not panel.trend_visible() and panel.trend_chart is not None and panel.trend_chart.isHidden()
    with qtbot.waitSignal(panel.trend_shown) as shown:
        panel.set_trend(days_with_closures(7))
    assert shown.args == [True] and panel.trend_visible() and panel.trend_chart.isVisible()
    with qtbot.waitSignal(panel.trend_shown) as hidden:
        panel.set_trend(days_with_closures(3))
    assert hidden.args == [False] and not panel.trend_visible()
