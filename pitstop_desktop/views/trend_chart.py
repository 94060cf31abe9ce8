"""The daily ANS trend (:class:`AnsTrendChart`), a pyqtgraph plot: apart from the gauges' rings
(``views/gauge_widgets.py``) so that pyqtgraph and numpy, a quarter of a second to import, load after the console's
first paint and on a background thread (``GaugePanel`` imports this module with ``views/background_import.py``).
Colours come from the palette (light and dark themes), except the SLA colours (models/palette.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.models.palette import sla_colour
from pitstop_desktop.services.gauges import DEFAULT_ANS_TARGET, DayAns
from pitstop_desktop.views.console_layout import TREND_MIN_HEIGHT
from pitstop_desktop.views.gauge_widgets import format_percent, muted_colour


class _DayAxis(pg.AxisItem):
    """Bottom axis of the trend: x is the day's index in the window, labelled dd/MM (numbers read in any
    language). Every day gets a minor tick; labels every few days, always including today."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self._days: list[date] = []

    def set_days(self, days: Sequence[date]) -> None:
        """The days on the axis; the same days again change nothing (new ticks redraw the axis from scratch, and
        the console hands the trend over after every closure, with today's figures new and the days the same)."""
        wanted = list(days)
        if wanted and wanted == self._days:
            return
        self._days = wanted
        count = len(self._days)
        if not count:
            self.setTicks(None)
            return
        step = 1 if count <= 10 else 3 if count <= 21 else 5 if count <= 45 else 7
        major = [(i, self._days[i].strftime("%d/%m")) for i in range(count) if (count - 1 - i) % step == 0]
        minor = [(i, "") for i in range(count) if (count - 1 - i) % step]
        self.setTicks([major, minor])


class AnsTrendChart(pg.GraphicsView):
    """Daily ANS (%) over the last days with the target as a dashed line.

    Days without closures are gaps, not zeros: a quiet Sunday did not miss anything. Points below the target
    are drawn in the breached colour so a bad day stands out without reading the axis.

    A view box and two axes in a layout, not a ``PlotWidget``: a ``PlotItem`` builds a form of some forty option
    widgets and two context menus this chart never shows, which doubled the time to make it (the console makes
    it on the GUI thread, while its worker reads).
    """

    def __init__(self, parent: QWidget | None = None, *, target: float = DEFAULT_ANS_TARGET) -> None:
        super().__init__(parent)
        self._target = target
        self._days: list[DayAns] = []
        self._axis = _DayAxis()
        self._left = pg.AxisItem("left")
        # the target's name at the dashed line's height, beside the plot rather than over the first days' points
        self._right = pg.AxisItem("right")
        self._view = pg.ViewBox(enableMouse=False, enableMenu=False)
        layout = pg.GraphicsLayout()
        layout.setContentsMargins(1, 1, 1, 1)
        layout.layout.setSpacing(0)
        layout.addItem(self._left, 0, 0)
        layout.addItem(self._view, 0, 1)
        layout.addItem(self._right, 0, 2)
        layout.addItem(self._axis, 1, 1)
        self.setCentralItem(layout)
        for axis in (self._left, self._axis, self._right):
            axis.linkToView(self._view)
        self._left.setGrid(int(0.18 * 255))
        self._left.setTicks([[(v, f"{v}%") for v in (0, 25, 50, 75, 100)]])
        self._left.setWidth(46)
        self._view.setYRange(-4, 106, padding=0)  # room for the 0 % and 100 % labels
        self._curve = pg.PlotCurveItem(connect="finite", antialias=True)
        self._points = pg.ScatterPlotItem(size=8, hoverable=True, tip=self._tip, antialias=True)
        # The same two brush objects every time: pyqtgraph keeps each point's drawn symbol by the brush's identity,
        # so a new brush per point drew every symbol again on each new trend (and filled its cache with them).
        self._brushes = (pg.mkBrush(sla_colour(SlaState.ON_TRACK)), pg.mkBrush(sla_colour(SlaState.BREACHED)))
        self._target_line = pg.InfiniteLine(pos=target * 100, angle=0, movable=False)
        for item in (self._target_line, self._curve, self._points):
            self._view.addItem(item)
        self.setMinimumHeight(TREND_MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._ready = True
        self._retranslate()
        self._apply_palette()

    @property
    def days(self) -> list[DayAns]:
        return list(self._days)

    def values(self) -> list[float | None]:
        """The plotted ANS per day in percent (None where nothing closed): what the line shows."""
        return [None if d.ans is None else d.ans * 100 for d in self._days]

    def set_days(self, days: Sequence[DayAns]) -> None:
        self._days = list(days)
        self._axis.set_days([d.day for d in self._days])
        xs = np.arange(len(self._days), dtype=float)
        ys = np.array([np.nan if v is None else v for v in self.values()], dtype=float)
        self._curve.setData(xs, ys)
        finite = ~np.isnan(ys)
        met, missed = self._brushes
        brushes = [met if y >= self._target * 100 - 1e-9 else missed for y in ys[finite]]
        self._points.setData(x=xs[finite], y=ys[finite], brush=brushes,
                             data=[self._days[int(i)] for i in xs[finite]])
        self._view.setXRange(-0.5, max(len(self._days), 1) - 0.5, padding=0.01)

    def _tip(self, x: float, y: float, data: DayAns) -> str:
        return str(self.tr("{day}: ANS {ans} ({met} de {total} no prazo)")).format(
            day=data.day.strftime("%d/%m/%Y"), ans=format_percent(data.ans), met=data.met, total=data.total)

    def _retranslate(self) -> None:
        name = self.tr("meta {value}").format(value=format_percent(self._target))
        self._right.setTicks([[(self._target * 100, name)], []])
        self._right.setWidth(QFontMetrics(self.font()).horizontalAdvance(name) + 14)  # the name and its tick

    def _apply_palette(self) -> None:
        """pyqtgraph paints with its own colours; hand it the palette's so the chart follows light/dark."""
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        muted = muted_colour(pal)
        self.setBackground(pal.color(QPalette.ColorRole.Base))
        for axis in (self._left, self._axis, self._right):
            axis.setPen(pg.mkPen(muted))
            axis.setTextPen(pg.mkPen(text))
        self._right.setTextPen(pg.mkPen(muted))
        accent = pal.color(QPalette.ColorRole.Highlight)
        self._curve.setPen(pg.mkPen(accent, width=2.5))
        self._points.setPen(pg.mkPen(pal.color(QPalette.ColorRole.Base), width=1.5))
        self._target_line.setPen(pg.mkPen(muted, width=1.5, style=Qt.PenStyle.DashLine))

    def changeEvent(self, event: QEvent) -> None:
        if not getattr(self, "_ready", False):  # pyqtgraph's own set-up sends palette changes
            super().changeEvent(event)
            return
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
