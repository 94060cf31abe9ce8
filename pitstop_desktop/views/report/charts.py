"""The weekly report's charts in the window: one pyqtgraph plot per :class:`~pitstop_desktop.models.weekly_report.Chart`
(grouped or stacked bars, upright or lying down for long names, lines over the weeks), its title above and its
legend below. The look is the ANS trend's (``views/trend_chart.py``): the palette's colours for axes and
background, the series' colours from the vocabulary, no mouse panning, no menu.

pyqtgraph is held, not subclassed (it is untyped): :class:`ReportChart` is a plain widget around a ``PlotWidget``.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from pitstop_desktop.models.weekly_report import (
    BAR_SPAN,
    LINES,
    STACKED,
    Chart,
    bar_colour,
    bar_geometry,
    category_end,
    nice_ticks,
    value_text,
    value_top,
)
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.gauge_widgets import muted_colour


class ReportChart(QWidget):
    """One chart of a section: title, plot, legend. :meth:`set_chart` draws it (again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = msg.heading("", self, scale=1.0)
        self.plot = pg.PlotWidget(self)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        self.plot.setMinimumHeight(170)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self._ready = True

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.title.setText(chart.title)
        self._draw()

    def drawn_values(self) -> list[list[float | None]]:
        """What the chart shows, per series (tests read it instead of pixels)."""
        return [list(s.values) for s in self.chart.series] if self.chart else []

    def _draw(self) -> None:
        chart = self.chart
        if chart is None:
            return
        pal = self.palette()
        text, muted = pal.color(QPalette.ColorRole.Text), muted_colour(pal)
        item = self.plot.getPlotItem()
        item.clear()
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(muted))
            axis.setTextPen(pg.mkPen(text))
        item.invertY(chart.horizontal)
        category_axis = item.getAxis("left" if chart.horizontal else "bottom")
        value_axis = item.getAxis("bottom" if chart.horizontal else "left")
        category_axis.setTicks([[(i, self._short(name)) for i, name in enumerate(chart.categories)]])
        top = value_top(chart) * (1.15 if chart.notes else 1.05)
        ticks = nice_ticks(top, chart.unit)
        top = max(top, ticks[-1])
        value_axis.setTicks([[(t, value_text(t, chart.unit)) for t in ticks], []])
        rows = len(chart.categories) if chart.horizontal else 0
        self.plot.setMinimumHeight(max(170, rows * (self.fontMetrics().height() + 6) + 40))  # a row per name
        if chart.horizontal:
            width = max([self.fontMetrics().horizontalAdvance(self._short(c)) for c in chart.categories] or [40])
            category_axis.setWidth(min(width + 12, 260))
            item.getAxis("left").setStyle(tickLength=0)
        else:
            item.getAxis("left").setWidth(52)
            item.getAxis("left").setStyle(tickLength=-5)
        item.showGrid(x=chart.horizontal, y=not chart.horizontal, alpha=0.18)
        count = max(1, len(chart.categories))
        if chart.kind == LINES:
            self._lines(chart, pal)
        else:
            self._bars(chart, text, top)
        if chart.target is not None:
            line = pg.InfiniteLine(pos=chart.target, angle=90 if chart.horizontal else 0, movable=False,
                                   pen=pg.mkPen(muted, width=1.5, style=Qt.PenStyle.DashLine))
            item.addItem(line)
        if chart.horizontal:
            item.setXRange(-top * 0.005, top * 1.01, padding=0)
            item.setYRange(-0.6, count - 0.4, padding=0)
        else:
            item.setYRange(-top * 0.03, top * 1.03, padding=0)  # room for the 0's label
            item.setXRange(-0.6, count - 0.4, padding=0)
        self.legend.setText(self._legend_html(chart))
        self.legend.setVisible(len(chart.series) > 1)

    def _bars(self, chart: Chart, text: QColor, top: float) -> None:
        item = self.plot.getPlotItem()
        for s, position, start, end, thickness in bar_geometry(chart):
            category = round(position) if chart.kind == STACKED else int(position + BAR_SPAN / 2 + 1e-9)
            brush = pg.mkBrush(QColor(bar_colour(chart, s, category)))
            if chart.horizontal:
                bar = pg.BarGraphItem(x0=[start], width=[end - start], y=[position], height=[thickness],
                                      brush=brush, pen=pg.mkPen(None))
            else:
                bar = pg.BarGraphItem(x=[position], y0=[start], height=[end - start], width=[thickness],
                                      brush=brush, pen=pg.mkPen(None))
            item.addItem(bar)
        for i, note in enumerate(chart.notes):
            if not note:
                continue
            end = category_end(chart, i)
            label = pg.TextItem(note, color=text, anchor=(0, 0.5) if chart.horizontal else (0.5, 1))
            if chart.horizontal:
                label.setPos(end + top * 0.01, i)
            else:
                label.setPos(i, end + top * 0.01)
            item.addItem(label)

    def _lines(self, chart: Chart, pal: QPalette) -> None:
        item = self.plot.getPlotItem()
        xs = np.arange(len(chart.categories), dtype=float)
        for series in chart.series:
            ys = np.array([np.nan if v is None else v for v in series.values], dtype=float)
            colour = QColor(series.colour)
            item.addItem(pg.PlotCurveItem(xs, ys, pen=pg.mkPen(colour, width=2.5), connect="finite",
                                          antialias=True))
            finite = ~np.isnan(ys)
            item.addItem(pg.ScatterPlotItem(x=xs[finite], y=ys[finite], size=8, brush=pg.mkBrush(colour),
                                            pen=pg.mkPen(pal.color(QPalette.ColorRole.Base), width=1.5)))

    def _short(self, name: str) -> str:
        return self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, 240)

    @staticmethod
    def _legend_html(chart: Chart) -> str:
        return "&nbsp;&nbsp; ".join(
            f'<span style="color:{s.colour}">■</span>&nbsp;{html.escape(s.name)}' for s in chart.series)

    def changeEvent(self, event: QEvent) -> None:
        if getattr(self, "_ready", False) and event.type() == QEvent.Type.PaletteChange:
            self._draw()
        super().changeEvent(event)
