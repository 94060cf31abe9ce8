"""SLA gauges (one per class), the 30-day ANS trend, and the pieces the wallboard reuses.

In the console the open OCs come from the board's rows, with the board's SLA milestones (``models/sla_tally.py``),
so the panel itself reads only today's closures (when an OC closes) and the trend's today; on its own (the
wallboard, a test) it reads a snapshot of the open OCs, milestones included, through the task runner. Between
reads a one-second timer recounts on-track / warning / breached from those milestones with two binary searches
per class, so a gauge turns red at the minute an OC breaches even when nobody touches the database, and the GUI
thread never walks the open OCs. The ring is in ``views/gauge_widgets.py``; the chart, in ``views/trend_chart.py``,
is imported with pyqtgraph on a background thread when the panel is made (``views/background_import.py``: 0.3 s
that used to freeze the console just after its first paint), and made once both that import and the first trend
are in, whichever comes first. Without pyqtgraph (a broken install) the gauges work on, without the chart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QHideEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.models.sla_tally import SlaTally
from pitstop_desktop.services.board import BoardRow
from pitstop_desktop.services.gauges import (
    DEFAULT_TREND_DAYS,
    AtRisk,
    ClassCounts,
    ClosedToday,
    DayAns,
    GaugeClass,
    GaugeSnapshot,
    closed_today,
    closed_today_in,
    closed_today_with_ans,
    closed_today_with_ans_in,
    daily_ans,
    gauge_snapshot,
)
from pitstop_desktop.services.unit_of_work import UnitOfWork
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.background_import import PYQTGRAPH_QT, import_in_background
from pitstop_desktop.views.console_layout import GAUGES_SPACING, TREND_MIN_HEIGHT
from pitstop_desktop.views.gauge_widgets import SlaGaugeWidget, format_percent
from pitstop_desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from pitstop_desktop.views.trend_chart import AnsTrendChart

log = logging.getLogger(__name__)

AT_RISK_SHOWN = 50
"""The wallboard's at-risk list shows the most overdue; their time left is read for these only."""

TREND_CHART_MODULE = "pitstop_desktop.views.trend_chart"
"""The chart's module: it imports pyqtgraph and numpy, so the panel imports it on a background thread."""


class GaugePanel(QWidget):
    """The SLA gauges in policy order and, below them, the daily ANS trend.

    ``refresh`` reads a snapshot on the task runner (call it when the change feed reports OCs); the one-second
    timer only recounts states from that snapshot, and asks for a new one when the local day turns over (today's
    closures start again at midnight).
    """

    class_clicked = Signal(str)
    """A gauge was clicked (mouse, Enter or Space): the SLA code the board should filter by."""
    recounted = Signal()
    """States were recounted (every second while shown, and after each snapshot)."""
    refresh_failed = Signal(str)
    """Reading a snapshot failed; the message says why (the last snapshot keeps ticking meanwhile)."""
    snapshot_changed = Signal()
    trend_shown = Signal(bool)
    """The trend was shown (True) or hidden (False): it shows once it has ``MIN_TREND_DAYS`` days of closures."""
    trend_room_changed = Signal(bool)
    """Whether the panel keeps room for the trend changed (:meth:`trend_room`): the console sizes its dock by it."""

    TICK_MS = 1000
    MIN_TREND_DAYS = 7  # fewer days with closures than a week is no trend: the chart stays hidden

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, show_trend: bool = True,
                 trend_days: int = DEFAULT_TREND_DAYS, interactive: bool = True) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._show_trend = show_trend
        self._trend_days = trend_days
        self.tally = SlaTally(ctx.policy)  # the open OCs and their milestones
        self._closed: dict[str, tuple[int, int]] = {}  # today's closures per class (met, total)
        self._day: date | None = None  # the local day those closures are of; None before the first read
        self._at: datetime | None = None  # when they were read
        self._snapshot: GaugeSnapshot | None = None  # built from the two when asked (the wallboard)
        self._at_risk: tuple[AtRisk, ...] | None = None  # worked out when asked, once per recount
        self._long_waits = 0  # OCs past their tab's long-wait threshold
        self._board_fed = False  # the console's board hands over its rows (use_board_rows)
        self._board_complete = False  # the board's first full set has arrived
        self._reader = msg.CoalescedRead(self, ctx.runner, self._read_work, self._loaded, self._failed)
        self._day_requested: date | None = None
        self._rider: object | None = None  # the key of today's closures riding the live feed (:meth:`ride`)

        self._gauges: dict[str, SlaGaugeWidget] = {}
        row = QHBoxLayout()
        row.setSpacing(10)
        for sla in sorted(ctx.policy.sla_classes.values(), key=lambda s: s.position):
            gauge = SlaGaugeWidget(sla.code, msg.sla_class_name(sla.code, sla.name), self,
                                   interactive=interactive)
            gauge.clicked.connect(self._on_gauge_clicked)
            self._gauges[sla.code] = gauge
            row.addWidget(gauge, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GAUGES_SPACING)
        layout.addLayout(row, 5)

        self._title = QLabel(self)
        self._summary = QLabel(self)
        self._summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        # a long error message is clipped (full text in the tooltip) rather than widening the console
        self._summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title_font = QFont(self.font())
        title_font.setBold(True)
        self._title.setFont(title_font)
        self.trend_chart: AnsTrendChart | None = None  # made once a trend is read and its module imported
        self._chart_module: ModuleType | None = None  # views.trend_chart, imported on a background thread
        self._chart_pending = show_trend  # that import runs
        self._days: list[DayAns] | None = None  # the last trend read
        self._enough = False  # a week of closures to show
        self._compact = False  # a short window: the trend is hidden, the board keeps its rows
        self._chart_failed = False  # its module did not import: no chart, no room for one
        self._trend_height: int | None = None  # the chart's maximum height, when the console sets one
        # The chart's room, held from the start while a trend may come (the chart is made some 0.3 s later, once
        # pyqtgraph is in and a trend is read): the chart then takes its place inside this panel, instead of
        # growing it, the console's dock and every panel beside it in a relayout and repaint of the whole window
        # (30-70 ms of the GUI thread while the board's pages load) and a jump of the board under the eye.
        self._chart_place: QWidget | None = None
        self._room = False  # the room kept, as last said by trend_room_changed
        if show_trend:
            header = QHBoxLayout()
            header.setContentsMargins(4, 0, 4, 0)
            header.addWidget(self._title)
            header.addWidget(self._summary, 1)
            layout.addLayout(header)
            self._chart_place = place = QWidget(self)  # as tall and as greedy as the chart
            place.setMinimumHeight(TREND_MIN_HEIGHT)
            place.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            layout.addWidget(place, 4)
            self._show_trend_if_due()  # its room now; the chart once it has a week of closures to show
            import_in_background(TREND_CHART_MODULE, self, self._chart_module_ready, self._chart_import_failed,
                                 qt_first=PYQTGRAPH_QT)
        else:
            self._title.hide()
            self._summary.hide()

        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self.recount)
        self._retranslate()

    # --- public API ---------------------------------------------------------------------------------------

    @property
    def snapshot(self) -> GaugeSnapshot | None:
        """What the gauges show, as one snapshot (the wallboard takes it); None before the first read."""
        if self._snapshot is None and self._day is not None and self._at is not None:
            by_class: dict[str, list[Any]] = {}
            for oc in self.tally.open():
                by_class.setdefault(oc.sla, []).append(oc)
            classes = tuple(
                GaugeClass(sla.code, sla.name, tuple(sorted(by_class.get(sla.code, ()),
                                                            key=lambda oc: (oc.due_at, oc.number))),
                           *self._closed.get(sla.code, (0, 0)))
                for sla in sorted(self._ctx.policy.sla_classes.values(), key=lambda c: c.position))
            self._snapshot = GaugeSnapshot(self._at, self._day, self._ctx.policy.calendar.timezone, classes)
        return self._snapshot

    @property
    def busy(self) -> bool:
        return self._reader.busy

    def gauge(self, code: str) -> SlaGaugeWidget:
        return self._gauges[code]

    def gauges(self) -> list[SlaGaugeWidget]:
        return list(self._gauges.values())

    def at_risk(self) -> tuple[AtRisk, ...]:
        """Open OCs in warning or breached at the last recount, most overdue first (the wallboard's list)."""
        if self._at_risk is None:
            self._at_risk = self.tally.at_risk(self._ctx.clock.now(), AT_RISK_SHOWN)
        return self._at_risk

    def long_waits(self) -> int:
        """Open OCs past their tab's "demora excessiva em linha" threshold at the last recount."""
        return self._long_waits

    def set_current(self, code: str | None) -> None:
        """Mark the class the board is filtered by (None: no filter), e.g. when the board clears its filter."""
        for gauge_code, gauge in self._gauges.items():
            gauge.set_selected(gauge_code == code)

    def use_board_rows(self) -> None:
        """The console's board hands its rows over (:meth:`board_rows`): read only today's closures from now on."""
        self._board_fed = True

    def board_rows(self, rows: Sequence[BoardRow], full: bool) -> None:
        """The board read these rows (all open OCs when ``full``, else the changed ones): recount from them. Before
        the board's first full set, its pages are not counted: a gauge does not climb while the board loads."""
        if not full and not self._board_complete:
            return
        self._board_complete = True
        if full:
            self.tally.sync_rows(rows)
        else:
            self.tally.apply_rows(rows)
        self._changed()

    def ride(self, feed: LiveFeed) -> None:
        """Fed by the board: read today's closures (and the trend's today) with the feed itself when an OC closed
        (``LiveFeed.ride``): no transaction of their own, and the feed's generic plans (issue 10)."""
        db, clock = self._ctx.db, self._ctx.clock

        def fetch(uow: UnitOfWork, _ids: frozenset[int]) -> tuple[ClosedToday, list[DayAns] | None] | None:
            if not self._board_fed:  # on its own the panel reads a whole snapshot at its pace
                return None
            now = clock.now()
            if self._show_trend:
                return closed_today_with_ans_in(uow, db, self._trend_days, now)
            return closed_today_in(uow, now), None

        self._rider = feed.ride(Entity.OCCURRENCE, fetch, actions={"closed"})

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch. Fed by the board: today's closures are read again when an OC closed (and on a full
        batch), or come with the batch (:meth:`ride`); on its own: a new snapshot when OCs or a setting (a tab's
        long-wait threshold) changed."""
        if self._board_fed:
            fetched = batch.fetched.get(self._rider) if self._rider is not None and not batch.full else None
            if fetched is not None:  # newer than anything shown: results arrive in the worker's order
                self._loaded(fetched)
                return
            wanted = batch.full or bool(batch.changes_of(Entity.OCCURRENCE, "closed"))
        else:
            wanted = batch.touches(Entity.OCCURRENCE, Entity.SETTING)
        if wanted:
            self._reader.request()

    def refresh(self) -> None:
        """Read again now (today's closures, or the whole snapshot on its own; and the trend) on the worker."""
        self._reader.request(now=True)

    def _read_work(self) -> Callable[[], tuple[GaugeSnapshot | ClosedToday, list[DayAns] | None]]:
        db, now, days, want_trend = self._ctx.db, self._ctx.clock.now(), self._trend_days, self._show_trend
        board_fed = self._board_fed

        def work() -> tuple[GaugeSnapshot | ClosedToday, list[DayAns] | None]:
            if board_fed and want_trend:  # one transaction for both (issue 10: per change, per seat)
                return closed_today_with_ans(db, days=days, at=now)
            read = closed_today(db, at=now) if board_fed else gauge_snapshot(db, at=now)
            return read, (daily_ans(db, days=days, at=now) if want_trend else None)

        return work

    def set_snapshot(self, snapshot: GaugeSnapshot) -> None:
        """Show a snapshot (from ``refresh`` or one another view already read) and recount it now."""
        self.tally.reset(snapshot.open)
        self._set_closed(snapshot.at, snapshot.day,
                         {c.code: (c.closed_today_met, c.closed_today_total) for c in snapshot.classes})
        self._snapshot = snapshot

    def _set_closed(self, at: datetime, day: date, by_class: dict[str, tuple[int, int]]) -> None:
        self._at, self._day, self._closed = at, day, by_class
        for code, gauge in self._gauges.items():
            gauge.set_closed_today(*by_class.get(code, (0, 0)))
        self._changed()

    def _changed(self) -> None:
        self._snapshot = None
        self.recount()
        if self._day is not None:
            self.snapshot_changed.emit()

    def trend_visible(self) -> bool:
        """Whether the trend is shown (not hidden for lack of days); False for a panel without one."""
        return self.trend_chart is not None and not self.trend_chart.isHidden()

    @property
    def chart_pending(self) -> bool:
        """The chart's module (pyqtgraph) is being imported: the chart comes once it is in (tests, screenshots)."""
        return self._chart_pending

    def _show_trend_if_due(self) -> None:
        """Title and summary shown with the trend's room (:meth:`trend_room`), the chart in it with a week of
        closures once it is made, its place until then; ``trend_shown`` and ``trend_room_changed`` say when
        either changes."""
        before = self.trend_visible()
        room = self.trend_room()
        shown = room and self._enough and self.trend_chart is not None
        for widget in (self._title, self._summary):
            widget.setVisible(room)
        if self._chart_place is not None:
            self._chart_place.setVisible(room)
        if self.trend_chart is not None:
            self.trend_chart.setVisible(shown)
        if room != self._room:
            self._room = room
            self.trend_room_changed.emit(room)
        if self.trend_visible() != before:
            self.trend_shown.emit(self.trend_visible())

    def trend_room(self) -> bool:
        """Whether the panel keeps room for the trend: in a tall enough window, while its chart can be made, and
        until a read shows less than a week of closures (before the first read, a trend is expected)."""
        return (self._show_trend and not self._compact and not self._chart_failed
                and (self._days is None or self._enough))

    def limit_trend_height(self, pixels: int) -> None:
        """The chart's maximum height (and its room's, until it is made)."""
        self._trend_height = pixels
        for widget in (self._chart_place, self.trend_chart):
            if widget is not None:
                widget.setMaximumHeight(pixels)

    def trend_enough(self) -> bool:
        """A week of closures or more: the trend has something to say (shown unless the window is short)."""
        return self._show_trend and self._enough

    def set_compact(self, compact: bool) -> None:
        """A short window (a 768-pixel laptop): the trend is hidden so the board keeps its rows (the wallboard and
        a taller window show it); it comes back when the window is tall enough."""
        if not self._show_trend or compact == self._compact:
            return
        self._compact = compact
        self._show_trend_if_due()

    def set_trend(self, days: Sequence[DayAns]) -> None:
        """The daily ANS read: summed up in the header, drawn in the chart (made on the next turn if its module is
        in, else once it is)."""
        if not self._show_trend:
            return
        self._days = list(days)
        self._enough = sum(1 for d in days if d.total) >= self.MIN_TREND_DAYS
        if self.trend_chart is None:  # made on a turn of its own: the chart takes 10-20 ms to build
            QTimer.singleShot(0, self, self._make_chart_now)
        else:
            self.trend_chart.set_days(days)
        self._show_trend_if_due()
        self._summary.setToolTip("")
        met = sum(d.met for d in days)
        total = sum(d.total for d in days)
        if total:
            self._summary.setText(self.tr("{days} dias: ANS {ans} ({met} de {total} no prazo)").format(
                days=len(days), ans=format_percent(met / total), met=met, total=total))
        else:
            self._summary.setText(self.tr("Nenhuma OC encerrada nos últimos {days} dias").format(days=len(days)))

    def _chart_module_ready(self, module: ModuleType) -> None:
        """views.trend_chart is imported (on the GUI thread, from the background import): the chart is made now if
        a trend was read already, else by the first ``set_trend``."""
        self._chart_pending = False
        self._chart_module = module
        self._make_chart_now()

    def _chart_import_failed(self, error: BaseException) -> None:
        """pyqtgraph did not import (a broken install): said in the log; the gauges go on without the trend."""
        self._chart_pending = False
        self._chart_failed = True
        self._show_trend_if_due()  # its room goes
        log.error("the ANS trend's chart is not shown: importing %s failed", TREND_CHART_MODULE, exc_info=error)

    def _make_chart_now(self) -> None:
        self._make_chart()
        self._show_trend_if_due()

    def _make_chart(self) -> None:
        """The chart below the header, once both its module and a trend are in; hidden until it has a week to show."""
        if self.trend_chart is not None or self._chart_module is None or self._days is None:
            return
        chart: AnsTrendChart = self._chart_module.AnsTrendChart(self)
        self.trend_chart = chart
        chart.setVisible(False)
        chart.set_days(self._days)
        if self._trend_height is not None:
            chart.setMaximumHeight(self._trend_height)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout) and self._chart_place is not None
        layout.replaceWidget(self._chart_place, chart)  # its place, its stretch: the panel's layout stays
        self._chart_place.deleteLater()
        self._chart_place = None

    def recount(self) -> None:
        """Recount every gauge at the console's now from the milestones (the one-second tick; no database)."""
        now = self._ctx.clock.now()
        counts = self.tally.counts(now)
        for code, gauge in self._gauges.items():
            gauge.set_counts(counts.get(code, ClassCounts(code)))
        self._long_waits = self.tally.long_waits(now)
        self._at_risk = None
        self.recounted.emit()
        today = self._local_day(now)
        if self._day is not None and today != self._day and today != self._day_requested and not self.busy:
            self._day_requested = today  # once per new day, so a failing database is not asked every second
            self.refresh()

    # --- internals ----------------------------------------------------------------------------------------

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self._ctx.policy.calendar.tz).date()

    def _loaded(self, result: tuple[GaugeSnapshot | ClosedToday, list[DayAns] | None]) -> None:
        read, days = result
        if isinstance(read, GaugeSnapshot):
            self.set_snapshot(read)
        else:
            self._set_closed(read.at, read.day, read.by_class)
        if days is not None:
            self.set_trend(days)

    def _failed(self, error: BaseException) -> None:
        log.warning("gauge refresh failed: %s", error)
        message = self.tr("Não foi possível atualizar os indicadores: {error}").format(error=error)
        self._summary.setText(message)
        self._summary.setToolTip(message)
        self.refresh_failed.emit(message)

    def _on_gauge_clicked(self, code: str) -> None:
        self.set_current(code)
        self.class_clicked.emit(code)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("ANS diário — últimos {days} dias").format(days=self._trend_days))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        self.recount()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # nobody is looking: stop ticking
        super().hideEvent(event)


__all__ = [
    "GaugePanel",
    "SlaGaugeWidget",
    "format_percent",
]
