"""The SLA gauges, the ANS trend and the wallboard on the demo day (clock fixed at 14:30).

The oracle is ``list_occurrences`` at the same moment: the board's own SLA states, read apart from the gauges.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from pitstop_desktop.domain.codes import SlaState, Status
from pitstop_desktop.domain.vocabulary import countdown
from pitstop_desktop.models.palette import sla_colour
from pitstop_desktop.services import gauges as gauge_service
from pitstop_desktop.services import occurrences
from pitstop_desktop.services.gauges import DayAns
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.views import gauges as gauge_views
from pitstop_desktop.views.console_layout import TREND_MIN_HEIGHT
from pitstop_desktop.views.gauges import GaugePanel, format_percent
from pitstop_desktop.views.wallboard import Wallboard
from tests.gui.conftest import DEMO_DAY, DEMO_NOW

ORDER = ["IS", "URGENTE", "2H", "4H", "24H", "72H", "10D"]


@pytest.fixture
def every(demo_db: Any) -> list[OccurrenceRecord]:
    """The demo day's OCs and the month before it (all closed: the ANS trend's history)."""
    return occurrences.list_occurrences(demo_db, at=DEMO_NOW)


@pytest.fixture
def board(every: list[OccurrenceRecord]) -> list[OccurrenceRecord]:
    """The demo day's OCs."""
    start = DEMO_NOW.replace(hour=0, minute=0)
    return [v for v in every if v.opened_at >= start]


def loaded_panel(qtbot: Any, ctx: Any, **kwargs: Any) -> GaugePanel:
    panel = GaugePanel(ctx, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(1400, 420)
    panel.show()
    panel.refresh()
    # and the chart, once pyqtgraph is imported in the background
    qtbot.waitUntil(lambda: panel.snapshot is not None and not panel.busy and not panel.chart_pending, timeout=10_000)
    return panel


def test_time_left_and_percent_formats() -> None:
    assert [countdown(m) for m in (12, 0, -1, 59, 60, -65, 125, 24 * 60 + 30, -3000)] == [
        "12min", "0min", "-1min", "59min", "1h00", "-1h05", "2h05", "1d00h", "-2d02h"]
    assert [format_percent(s) for s in (None, 0.0, 0.8125, 0.999, 1.0, 0.29)] == ["—", "0%", "81%", "99%", "100%",
                                                                                   "29%"]


def test_panel_shows_one_gauge_per_class_with_the_demo_counts(
        qtbot: Any, make_workspace: Any, board: list[OccurrenceRecord], every: list[OccurrenceRecord],
        monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []
    real = gauge_service.gauge_snapshot

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(gauge_views, "gauge_snapshot", spy)
    panel = loaded_panel(qtbot, make_workspace())

    assert threads and all(name.startswith("pitstop-db") for name in threads)  # never the GUI thread
    assert [g.code for g in panel.gauges()] == ORDER
    open_views = [v for v in board if v.status != Status.CLOSED]
    counted = [v for v in board if v.status == Status.CLOSED and v.complementary_of is None]
    for code in ORDER:
        gauge = panel.gauge(code)
        states = Counter(v.sla_state for v in open_views if v.sla == code)
        assert (gauge.open_count, gauge.counts.on_track, gauge.counts.warning, gauge.counts.breached) == (
            sum(states.values()), states["on_track"], states["warning"], states["breached"]), code
        closed = [v for v in counted if v.sla == code]
        expected = sum(v.sla_state == "met" for v in closed) / len(closed) if closed else None
        assert gauge.ans_today == expected, code
        assert gauge.toolTip()
    assert panel.gauge("URGENTE").counts.breached > 0  # the demo has red gauges
    assert sum(g.counts.warning for g in panel.gauges()) > 0

    chart = panel.trend_chart
    assert chart is not None
    values = chart.values()
    assert len(values) == 30
    zone = DEMO_NOW.tzinfo
    for day, value in zip(chart.days[:-1], values[:-1], strict=True):  # the month before the demo day
        closed = [v for v in every if v.complementary_of is None and v.closed_at is not None
                  and v.closed_at.astimezone(zone).date() == day.day]
        assert value == (pytest.approx(100 * sum(v.sla_state == "met" for v in closed) / len(closed)) if closed
                         else None), day.day
    assert sum(v is not None for v in values) == 20  # 19 business days and the demo day; weekends are gaps
    assert panel.trend_visible() and chart.isVisible()  # more than a week of closures: the chart earns its space
    assert chart.days[-1].day == DEMO_DAY
    assert values[-1] == pytest.approx(100 * sum(v.sla_state == "met" for v in counted) / len(counted))
    assert not panel.grab().isNull()


def test_clicking_a_gauge_emits_its_class(qtbot: Any, make_workspace: Any) -> None:
    panel = loaded_panel(qtbot, make_workspace())
    gauge = panel.gauge("2H")
    with qtbot.waitSignal(panel.class_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(gauge, Qt.MouseButton.LeftButton)
    assert blocker.args == ["2H"]
    assert gauge.selected and not panel.gauge("IS").selected

    with qtbot.waitSignal(panel.class_clicked, timeout=2000) as blocker:  # keyboard first
        panel.gauge("10D").setFocus()
        qtbot.keyClick(panel.gauge("10D"), Qt.Key.Key_Return)
    assert blocker.args == ["10D"]

    panel.set_current(None)
    assert not any(g.selected for g in panel.gauges())
    with qtbot.assertNotEmitted(panel.class_clicked):  # a right click is not a filter
        qtbot.mouseClick(gauge, Qt.MouseButton.RightButton)


def test_countdown_turns_a_gauge_red_when_the_clock_moves(
        qtbot: Any, make_workspace: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_workspace()
    panel = loaded_panel(qtbot, ctx)
    reads: list[object] = []
    real = gauge_service.gauge_snapshot
    monkeypatch.setattr(gauge_views, "gauge_snapshot", lambda *a, **k: reads.append(a) or real(*a, **k))

    two_hours = panel.gauge("2H")
    open_count = two_hours.open_count
    assert two_hours.counts.on_track > 0 and two_hours.counts.breached < open_count
    ctx.clock.set(DEMO_NOW.replace(hour=17, minute=59))  # same day: every 2H OC of the demo is past due
    qtbot.waitUntil(lambda: two_hours.counts.breached == open_count, timeout=3000)  # the one-second tick
    assert two_hours.counts.on_track == 0 and two_hours.counts.warning == 0
    assert reads == []  # recounted from the snapshot: no database read

    day_long = panel.gauge("24H")
    assert day_long.open_count > 0 and day_long.counts.on_track == day_long.open_count
    ctx.clock.set(DEMO_NOW + timedelta(days=2))
    qtbot.waitUntil(lambda: day_long.counts.breached == day_long.open_count, timeout=3000)
    assert {r.oc.sla for r in panel.at_risk()} >= {"2H", "24H"}
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    assert len(reads) == 1  # a new local day: one new snapshot, for today's closures
    assert panel.snapshot is not None and panel.snapshot.day == DEMO_DAY + timedelta(days=2)


def test_a_failed_refresh_says_so(qtbot: Any, make_workspace: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("servidor fora do ar")

    monkeypatch.setattr(gauge_views, "gauge_snapshot", broken)
    panel = GaugePanel(make_workspace())
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.refresh_failed, timeout=5000) as blocker:
        panel.refresh()
    assert "servidor fora do ar" in blocker.args[0]
    assert not panel.busy and panel.snapshot is None


# The chart's module (pyqtgraph) is imported in the background (views/background_import.py); here the test says
# when that import is done, or that it failed.


class ChartImport:
    """Stands in for ``import_in_background`` in views.gauges: the test hands the module over, or an error."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, Any, Any, Any]] = []

    def __call__(self, name: str, receiver: Any, on_ready: Any, on_error: Any, **_kwargs: Any) -> None:
        self.asked.append((name, receiver, on_ready, on_error))

    def ready(self) -> None:
        [(name, _receiver, on_ready, _on_error)] = self.asked
        on_ready(importlib.import_module(name))

    def fail(self, error: BaseException) -> None:
        [(_name, _receiver, _on_ready, on_error)] = self.asked
        on_error(error)


@pytest.fixture
def chart_import(monkeypatch: pytest.MonkeyPatch) -> ChartImport:
    fake = ChartImport()
    monkeypatch.setattr(gauge_views, "import_in_background", fake)
    return fake


def a_month(days_with_closures: int) -> list[DayAns]:
    return [DayAns(DEMO_DAY - timedelta(days=29 - i), 9 if i >= 30 - days_with_closures else 0,
                   10 if i >= 30 - days_with_closures else 0) for i in range(30)]


def shown_panel(qtbot: Any, ctx: Any) -> GaugePanel:
    panel = GaugePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1400, 420)
    panel.show()
    return panel


def test_the_chart_is_made_once_the_trend_and_its_module_are_in_the_trend_first(
        qtbot: Any, make_workspace: Any, chart_import: ChartImport) -> None:
    panel = shown_panel(qtbot, make_workspace())
    [(name, receiver, _ready, _error)] = chart_import.asked
    assert name == "pitstop_desktop.views.trend_chart" and receiver is panel  # asked for when the panel was made
    assert panel.chart_pending
    with qtbot.assertNotEmitted(panel.trend_shown):
        panel.set_trend(a_month(20))
    assert panel.trend_chart is None and not panel.trend_visible() and panel.trend_enough()
    with qtbot.waitSignal(panel.trend_shown) as shown:
        chart_import.ready()
    assert shown.args == [True] and not panel.chart_pending
    assert panel.trend_chart is not None and panel.trend_visible() and panel.trend_chart.isVisible()
    assert panel.trend_chart.values()[-20:] == [90.0] * 20  # the trend read before the chart existed
    panel.set_trend(a_month(25))  # later trends go straight to it
    assert panel.trend_chart.values()[-25:] == [90.0] * 25


def test_the_chart_is_made_once_the_trend_and_its_module_are_in_the_module_first(
        qtbot: Any, make_workspace: Any, chart_import: ChartImport) -> None:
    panel = shown_panel(qtbot, make_workspace())
    with qtbot.assertNotEmitted(panel.trend_shown):
        chart_import.ready()
    assert panel.trend_chart is None and not panel.chart_pending  # nothing to draw yet: not made
    with qtbot.waitSignal(panel.trend_shown) as shown:
        panel.set_trend(a_month(20))
        # made on a later turn of the event loop, not in the read's delivery (the chart takes 10-20 ms to build)
        assert panel.trend_chart is None
    assert shown.args == [True]
    assert panel.trend_chart is not None and panel.trend_visible() and len(panel.trend_chart.values()) == 30


def test_the_trend_keeps_its_room_until_the_chart_takes_it_or_a_read_gives_it_back(
        qtbot: Any, make_workspace: Any, chart_import: ChartImport) -> None:
    """Before any read the panel keeps the chart's room (the console sizes the gauges' dock by it from its first
    paint); the chart takes that very place, so nothing else in the panel moves; a month with less than a week of
    closures gives the room back, and a chart that cannot be made keeps none."""
    panel = shown_panel(qtbot, make_workspace())
    rings = panel.gauge("URGENTE").geometry()
    assert panel.trend_room() and not panel.trend_visible()
    place = panel.findChildren(QWidget)  # the room: a blank widget below the rings, as tall as the chart
    [room] = [w for w in place if type(w) is QWidget and w.isVisible() and w.height() >= TREND_MIN_HEIGHT]
    where = room.geometry()
    with qtbot.assertNotEmitted(panel.trend_room_changed), qtbot.waitSignal(panel.trend_shown):
        chart_import.ready()
        panel.set_trend(a_month(20))
    chart = panel.trend_chart
    assert chart is not None and chart.isVisible()
    qtbot.waitUntil(lambda: chart.geometry() == where)  # its place, once the panel's layout ran
    assert panel.gauge("URGENTE").geometry() == rings
    with qtbot.waitSignal(panel.trend_room_changed) as given_back:
        panel.set_trend(a_month(3))
    assert given_back.args == [False] and not panel.trend_room() and not chart.isVisible()

    failed = shown_panel(qtbot, make_workspace())
    assert failed.trend_room()
    with qtbot.waitSignal(failed.trend_room_changed) as none:
        chart_import.asked[1][3](ModuleNotFoundError("No module named 'pyqtgraph'", name="pyqtgraph"))
    assert none.args == [False] and not failed.trend_room()


def test_the_chart_draws_each_day_and_names_the_one_under_the_mouse(qtbot: Any) -> None:
    """The chart on its own: a day below the target in the breached colour, a quiet day a gap, and the day under
    the mouse in a tooltip (a real mouse move over the view)."""
    from pitstop_desktop.views.trend_chart import AnsTrendChart  # (pyqtgraph: imported by the test that needs it)

    first = DEMO_DAY - timedelta(days=3)
    chart = AnsTrendChart(target=0.9)
    qtbot.addWidget(chart)
    chart.resize(600, 180)
    chart.set_days([DayAns(first, 9, 10), DayAns(first + timedelta(days=1), 7, 10),
                    DayAns(first + timedelta(days=2), 0, 0), DayAns(first + timedelta(days=3), 10, 10)])
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.values() == [90.0, 70.0, None, 100.0]
    # the target named beside the plot, at the dashed line's height, not over the first days
    assert chart._right._tickLevels == [[(90.0, "meta 90%")], []]
    spots = chart._points.points()
    assert [p.pos().x() for p in spots] == [0.0, 1.0, 3.0]  # the quiet day is a gap, not a zero
    assert [p.brush().color() for p in spots] == [sla_colour(SlaState.ON_TRACK), sla_colour(SlaState.BREACHED),
                                                   sla_colour(SlaState.ON_TRACK)]
    view = chart._view

    def at(day: float, percent: float) -> QPoint:
        return chart.mapFromScene(view.mapViewToScene(QPointF(day, percent)))

    QTest.mouseMove(chart.viewport(), at(2, 20))  # over the chart, on no day
    assert view.toolTip() == ""

    nudge = [0]

    def hover_the_second_day() -> bool:
        """Moved again until pyqtgraph takes a move (it drops those < 10 ms apart), a pixel aside each time (Qt
        drops a move to where the mouse is)."""
        nudge[0] ^= 1
        QTest.mouseMove(chart.viewport(), at(1, 70) + QPoint(nudge[0], 0))
        return view.toolTip() != ""

    qtbot.waitUntil(hover_the_second_day, timeout=2_000)
    assert view.toolTip() == f"{(first + timedelta(days=1)):%d/%m/%Y}: ANS 70% (7 de 10 no prazo)"


def test_a_new_trend_for_the_same_days_redraws_only_what_changed(qtbot: Any) -> None:
    """The console hands the trend over after every closure: today's figures new, the same thirty days. The axis
    keeps its drawing, and the points their two drawn symbols (pyqtgraph keys them by brush object: a brush per
    point drew every symbol again each time and filled its cache)."""
    from pitstop_desktop.views.trend_chart import AnsTrendChart

    chart = AnsTrendChart(target=0.9)
    qtbot.addWidget(chart)
    chart.resize(600, 180)
    month = a_month(30)
    chart.set_days(month)
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()
    axis = chart._axis.picture
    assert axis is not None
    for met in (5, 9, 7, 10):
        chart.set_days([*month[:-1], DayAns(month[-1].day, met, 10)])
        chart.grab()
    assert chart.values()[-1] == 100.0 and chart._points.points()[-1].brush().color() == sla_colour(SlaState.ON_TRACK)
    assert chart._axis.picture is axis
    assert len(chart._points.fragmentAtlas) == 2  # met and missed


def test_without_the_charts_module_the_gauges_work_without_a_chart(
        qtbot: Any, make_workspace: Any, chart_import: ChartImport, caplog: pytest.LogCaptureFixture) -> None:
    panel = shown_panel(qtbot, make_workspace())
    with caplog.at_level(logging.ERROR, logger=gauge_views.__name__):
        chart_import.fail(ModuleNotFoundError("No module named 'pyqtgraph'", name="pyqtgraph"))
    assert not panel.chart_pending
    [record] = [r for r in caplog.records if r.name == gauge_views.__name__]
    assert "trend" in record.getMessage() and record.exc_info is not None  # in the log, with its traceback
    with qtbot.assertNotEmitted(panel.trend_shown):
        panel.refresh()  # the snapshot and the trend read
        qtbot.waitUntil(lambda: panel.snapshot is not None and not panel.busy, timeout=10_000)
    assert panel.trend_chart is None and not panel.trend_visible()
    assert panel.gauge("URGENTE").counts.breached > 0 and sum(g.open_count for g in panel.gauges()) > 0


def test_wallboard_opens_full_screen_and_f11_or_esc_leaves(
        qtbot: Any, make_workspace: Any, board: list[OccurrenceRecord]) -> None:
    wallboard = Wallboard(make_workspace())
    qtbot.addWidget(wallboard)
    wallboard.open()
    qtbot.waitUntil(lambda: wallboard.panel.snapshot is not None, timeout=10_000)
    assert wallboard.isVisible() and wallboard.isFullScreen()

    at_risk = [v for v in board if v.status != Status.CLOSED and v.sla_state in ("warning", "breached")]
    items = wallboard.at_risk_list.items
    assert sorted(i.oc.number for i in items) == sorted(v.number for v in at_risk)
    assert [i.remaining_minutes for i in items] == sorted(v.remaining_minutes for v in at_risk)
    assert wallboard.at_risk_list.rows_that_fit() > 0
    assert not wallboard.grab().isNull()

    with qtbot.waitSignal(wallboard.closed, timeout=2000):
        qtbot.keyClick(wallboard, Qt.Key.Key_F11)
    assert not wallboard.isVisible()

    wallboard.open()
    qtbot.waitUntil(wallboard.isVisible, timeout=2000)
    with qtbot.waitSignal(wallboard.closed, timeout=2000):
        qtbot.keyClick(wallboard.at_risk_list, Qt.Key.Key_Escape)  # from a child too
    assert not wallboard.isVisible()


# --- the console's gauges: the board's rows and milestones, only today's closures read ----------------------


def test_the_tally_of_milestones_agrees_with_the_policy_at_every_moment(demo_db: Any) -> None:
    """``SlaTally`` (binary searches on the board's milestones) against ``count_states`` (the policy asked for every
    OC): the same counts, long waits and at-risk OCs at moments across two days."""
    from pitstop_desktop.models.sla_tally import SlaTally, gauge_oc
    from pitstop_desktop.services import board as board_service
    from pitstop_desktop.services.unit_of_work import current_policy

    policy = current_policy(demo_db)
    snapshot = gauge_service.gauge_snapshot(demo_db, at=DEMO_NOW)
    from_snapshot, from_board = SlaTally(policy), SlaTally(policy)
    from_snapshot.reset(snapshot.open)
    from_board.reset(gauge_oc(row) for row in board_service.open_rows(demo_db) if row.is_open)
    moments = [DEMO_NOW + timedelta(minutes=m) for m in (-300, -61, 0, 1, 29, 90, 210, 60 * 26, 60 * 75, 60 * 250)]
    for now in moments:
        expected = gauge_service.count_states(snapshot, policy, now)
        for tally in (from_snapshot, from_board):
            counts = tally.counts(now)
            for code in ORDER:
                want = expected.counts[code]
                got = counts.get(code, gauge_service.ClassCounts(code))
                assert (got.on_track, got.warning, got.breached) == (want.on_track, want.warning, want.breached), (
                    code, now)
            assert tally.long_waits(now) == expected.long_waits, now
            assert {r.oc.number for r in tally.at_risk(now, 10_000)} == {r.oc.number for r in expected.at_risk}
    assert sum(c.breached for c in from_board.counts(moments[-1]).values()) == len(from_board) > 0


def test_the_console_gauges_count_the_board_rows_and_read_only_todays_closures(
        qtbot: Any, make_workspace: Any, demo_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from pitstop_desktop.models.feed import LiveFeed
    from pitstop_desktop.views.main_window import MainWindow

    snapshots: list[object] = []
    closures: list[object] = []
    real_closed, real_with_ans = gauge_service.closed_today, gauge_service.closed_today_with_ans
    monkeypatch.setattr(gauge_views, "gauge_snapshot", lambda *a, **k: snapshots.append(a))
    monkeypatch.setattr(gauge_views, "closed_today", lambda *a, **k: closures.append(a) or real_closed(*a, **k))
    monkeypatch.setattr(gauge_views, "closed_today_with_ans",  # with the ANS trend shown: both in one transaction
                        lambda *a, **k: closures.append(a) or real_with_ans(*a, **k))
    ridden: list[object] = []  # the same read in the live feed's transaction (GaugePanel.ride)
    real_ridden = gauge_service.closed_today_with_ans_in
    monkeypatch.setattr(gauge_views, "closed_today_with_ans_in",
                        lambda *a, **k: ridden.append(a) or real_ridden(*a, **k))
    ctx = make_workspace("claudia.moraes")
    feed = LiveFeed.watching(demo_db, ctx.runner.submit)
    window = MainWindow(ctx, feed, remember_layout=False, notifications=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.start()
    qtbot.waitUntil(lambda: window.gauges.snapshot is not None and ctx.runner.idle, timeout=10_000)
    expected = Counter(v.sla for v in occurrences.list_occurrences(demo_db, at=DEMO_NOW) if v.status != Status.CLOSED)
    assert {g.code: g.open_count for g in window.gauges.gauges()} == {code: expected[code] for code in ORDER}
    assert len(closures) == 1 and snapshots == []  # the open OCs came with the board's read

    other = type(demo_db)(demo_db.url.render_as_string(hide_password=False))
    oc = occurrences.register_call(other, actor="ana.souza", client="C1001", channel="phone", sla="2H",
                                   summary="Mais uma no 2H", tab="n1_rapida", at=DEMO_NOW - timedelta(minutes=1))
    qtbot.waitUntil(lambda: window.gauges.gauge("2H").open_count == expected["2H"] + 1, timeout=5_000)
    assert len(closures) == 1  # a new call closes nothing: no read for the gauges at all

    before = window.gauges.snapshot
    assert before is not None
    total = before.by_code("2H").closed_today_total
    occurrences.close(other, oc.number, actor="claudia.moraes", faq="7101", at=DEMO_NOW)
    qtbot.waitUntil(lambda: window.gauges.gauge("2H").open_count == expected["2H"], timeout=5_000)
    qtbot.waitUntil(lambda: len(ridden) == 1 and ctx.runner.idle, timeout=5_000)
    snapshot = window.gauges.snapshot
    assert snapshot is not None and snapshot.by_code("2H").closed_today_total == total + 1
    assert snapshots == [] and len(closures) == 1  # the closures came with the feed's read, no read of their own
    other.dispose()
    feed.stop()
    window.close()


def test_the_boards_full_set_refiles_only_the_rows_that_changed(demo_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a reload (F5) the board hands over every open row again: the tally keeps the very rows it holds, refiles
    a changed one and drops one that left — and then counts as a tally built from scratch does."""
    from dataclasses import replace

    from pitstop_desktop.models.sla_tally import SlaTally, gauge_oc
    from pitstop_desktop.services import board as board_service
    from pitstop_desktop.services.unit_of_work import current_policy

    policy = current_policy(demo_db)
    rows = [row for row in board_service.open_rows(demo_db) if row.is_open]
    tally = SlaTally(policy)
    tally.sync_rows(rows)
    timed = [row for row in rows if row.warning_at is not None and row.breach_at is not None]
    moved, gone = timed[0], timed[1]
    later = timedelta(hours=30)
    assert moved.warning_at is not None and moved.breach_at is not None
    changed = replace(moved, warning_at=moved.warning_at + later, breach_at=moved.breach_at + later)
    reloaded = [changed if row is moved else row for row in rows if row is not gone]
    filed: list[int] = []
    file = SlaTally._file
    monkeypatch.setattr(SlaTally, "_file",
                        lambda self, oc, *, sort: filed.append(oc.number) or file(self, oc, sort=sort))
    tally.sync_rows(reloaded)
    assert filed == [changed.number]

    fresh = SlaTally(policy)
    fresh.reset(gauge_oc(row) for row in reloaded)
    assert len(tally) == len(fresh) == len(rows) - 1
    # filed as board rows, asked for as the gauges' OCs: the same as those filed as such
    assert sorted(tally.open(), key=lambda oc: oc.number) == sorted(fresh.open(), key=lambda oc: oc.number)
    for now in [DEMO_NOW + timedelta(minutes=m) for m in (-61, 0, 29, 210, 60 * 26, 60 * 75)]:
        assert tally.counts(now) == fresh.counts(now), now
        assert tally.long_waits(now) == fresh.long_waits(now)
        assert [r.oc.number for r in tally.at_risk(now, 10_000)] == [r.oc.number for r in fresh.at_risk(now, 10_000)]
