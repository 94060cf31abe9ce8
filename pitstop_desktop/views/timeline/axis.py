"""Column titles, legend and hour labels above the timeline's rows (``TimeAxis``)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.models.palette import sla_colour
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.timeline.canvas import TimelineCanvas
from pitstop_desktop.views.timeline.colours import lunch_colour, now_colour
from pitstop_desktop.views.timeline.geometry import AXIS_H, CHIP_W, MARGIN, NAME_W, PRESENCE_H, RIGHT_MARGIN


class TimeAxis(QWidget):
    """Column titles, legend and hour labels above the rows, aligned with the canvas' time axis."""

    def __init__(self, canvas: TimelineCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setFixedHeight(AXIS_H)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def now_rect(self) -> QRect:
        x = int(self.canvas.axis.x(self.canvas.now))
        return QRect(x - 30, 0, 60, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            self._paint(p, event.rect())
        finally:
            p.end()

    def _paint(self, p: QPainter, exposed: QRect) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(exposed, pal.color(QPalette.ColorRole.Window))
        axis = self.canvas.axis
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        # column titles
        p.setFont(bold)
        p.setPen(text)
        baseline = QRectF(0, AXIS_H - 22, 0, 20)
        p.drawText(baseline.adjusted(MARGIN, 0, MARGIN + NAME_W, 0), Qt.AlignmentFlag.AlignVCenter,
                   self.tr("Pessoa"))
        p.drawText(baseline.adjusted(MARGIN + NAME_W, 0, MARGIN + NAME_W + CHIP_W, 0),
                   Qt.AlignmentFlag.AlignVCenter, self.tr("Estado"))
        # the day shown, and the legend (top line)
        p.setFont(small)
        p.setPen(muted)
        day = axis.start.astimezone(self.canvas.tz).strftime("%d/%m/%Y")
        p.drawText(QRectF(MARGIN, 4, NAME_W + CHIP_W, 16), Qt.AlignmentFlag.AlignVCenter,
                   self.tr("Escala de {day}").format(day=day))
        self._paint_legend(p, small)
        # hour ticks and labels
        p.setFont(small)
        metrics = QFontMetrics(small)
        hours = axis.hours()
        per_hour = (axis.x1 - axis.x0) / max(1, len(hours) - 1)
        step = 1 if per_hour >= metrics.horizontalAdvance("00:00") + 10 else 2
        for i, hour in enumerate(hours):
            x = round(axis.x(hour)) + 0.5
            p.setPen(QPen(muted, 1))
            p.drawLine(QPointF(x, AXIS_H - 6), QPointF(x, AXIS_H))
            half = axis.x(hour + timedelta(minutes=30))
            if i < len(hours) - 1:
                p.drawLine(QPointF(round(half) + 0.5, AXIS_H - 3), QPointF(round(half) + 0.5, AXIS_H))
            now_x = axis.x(self.canvas.now)
            if i % step == 0 and abs(x - now_x) > metrics.horizontalAdvance("00:00") + 6:
                label = hour.astimezone(self.canvas.tz).strftime("%H:%M")
                width = metrics.horizontalAdvance(label)
                left = min(max(x - width / 2, axis.x0 - width / 2), axis.x1 + RIGHT_MARGIN - width - 1)
                p.setPen(text)
                p.drawText(QRectF(left, AXIS_H - 22, width + 2, 16), Qt.AlignmentFlag.AlignVCenter, label)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(self.width(), AXIS_H - 0.5))
        # now marker
        now = self.canvas.now
        x = axis.x(now)
        if axis.x0 <= x <= axis.x1:
            label = now.astimezone(self.canvas.tz).strftime("%H:%M")
            width = metrics.horizontalAdvance(label) + 10
            pill = QRectF(x - width / 2, AXIS_H - 21, width, 15)
            colour = now_colour(pal)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(pill, 7, 7)
            p.setPen(pal.color(QPalette.ColorRole.Base))
            p.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            p.setPen(QPen(colour, 2))
            p.drawLine(QPointF(x, AXIS_H - 6), QPointF(x, AXIS_H))

    def _paint_legend(self, p: QPainter, font: QFont) -> None:
        pal = self.palette()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        shift = QColor(highlight)
        shift.setAlphaF(0.13)
        planned_lunch = QColor(lunch_colour(pal))
        planned_lunch.setAlphaF(0.35)
        entries: list[tuple[str, str, QColor]] = [
            ("band", self.tr("Turno previsto"), shift),
            ("hatch", self.tr("Almoço previsto"), planned_lunch),
            ("strip", self.tr("Logado"), highlight),
            ("strip", self.tr("Almoço"), lunch_colour(pal)),
            ("dash", self.tr("Agendamento"), pal.color(QPalette.ColorRole.Text)),
            ("job", msg.label(msg.SLA_STATE, SlaState.ON_TRACK), sla_colour(SlaState.ON_TRACK)),
            ("job", msg.label(msg.SLA_STATE, SlaState.WARNING), sla_colour(SlaState.WARNING)),
            ("job", msg.label(msg.SLA_STATE, SlaState.BREACHED), sla_colour(SlaState.BREACHED)),
            ("faded", self.tr("encerrada / repassada"), sla_colour(SlaState.MET)),
        ]
        p.setFont(font)
        metrics = QFontMetrics(font)
        x = self.canvas.axis.x0
        y = 6
        for kind, label, colour in entries:
            if x + 22 + metrics.horizontalAdvance(label) > self.width() - 4:
                break
            swatch = QRectF(x, y + 2, 18, 10)
            p.setPen(Qt.PenStyle.NoPen)
            if kind == "band":
                p.setBrush(colour)
                p.drawRoundedRect(swatch, 2, 2)
            elif kind == "hatch":
                p.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                p.drawRect(swatch)
            elif kind == "strip":
                p.setBrush(colour)
                p.drawRect(QRectF(x, y + 7, 18, PRESENCE_H))
            elif kind == "dash":
                outline = QColor(colour)
                outline.setAlphaF(0.55)
                p.setPen(QPen(outline, 1.2, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(swatch, 2, 2)
            else:
                fill = QColor(colour)
                if kind == "faded":
                    fill.setAlphaF(0.45)
                p.setPen(QPen(colour.darker(125), 1))
                p.setBrush(fill)
                p.drawRoundedRect(swatch, 2, 2)
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            width = metrics.horizontalAdvance(label)
            p.drawText(QRectF(x + 22, y, width + 2, 14), Qt.AlignmentFlag.AlignVCenter, label)
            x += 22 + width + 14
