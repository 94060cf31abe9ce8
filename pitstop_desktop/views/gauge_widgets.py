"""The gauges' own widget: one SLA class as a ring (:class:`SlaGaugeWidget`); the daily ANS trend is in
``views/trend_chart.py`` (pyqtgraph and numpy: imported in the background, not to paint the console). They show
what they are given; :class:`~pitstop_desktop.views.gauges.GaugePanel` decides what that is and when it is read.
Colours come from the palette (light and dark themes), except the SLA colours (models/palette.py), which are chosen
to read on both.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.models.palette import sla_colour
from pitstop_desktop.services.gauges import (
    ClassCounts,
)
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.console_layout import GAUGES_MIN_HEIGHT


def format_percent(share: float | None) -> str:
    """Whole percent, rounded down so 100 % means every closure met its SLA; an em dash for "no closures"."""
    if share is None:
        return "—"
    return f"{math.floor(share * 100 + 1e-9)}%"


def _pixel_font(base: QFont, size: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, round(size)))
    font.setBold(bold)
    return font


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text and lines (the rings' labels, the trend's axes): the palette's placeholder colour."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


class SlaGaugeWidget(QWidget):
    """One SLA class at a glance: a ring split on track / warning / breached around the open count, the
    at-risk and breached counts, and today's ANS.

    Custom painted because its type scales with its height: the same widget is a card in the console and a
    poster on the wallboard. It is a button too (mouse, Enter or Space), so the board can filter by class.
    """

    clicked = Signal(str)

    def __init__(self, code: str, name: str, parent: QWidget | None = None, *, interactive: bool = True) -> None:
        super().__init__(parent)
        self._code = code
        self._name = name
        self._counts = ClassCounts(code)
        self._met = 0
        self._total = 0
        self._selected = False
        self._hovered = False
        self._pressed = False
        self.setObjectName(f"sla_gauge_{code}")
        self._interactive = interactive
        if interactive:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._retranslate()

    # --- data ---------------------------------------------------------------------------------------------

    @property
    def code(self) -> str:
        return self._code

    @property
    def counts(self) -> ClassCounts:
        return self._counts

    @property
    def open_count(self) -> int:
        return self._counts.open

    @property
    def ans_today(self) -> float | None:
        return self._met / self._total if self._total else None

    @property
    def selected(self) -> bool:
        return self._selected

    def set_counts(self, counts: ClassCounts) -> None:
        if counts != self._counts:
            self._counts = counts
            self._update_texts()
            self.update()

    def set_closed_today(self, met: int, total: int) -> None:
        if (met, total) != (self._met, self._total):
            self._met, self._total = met, total
            self._update_texts()
            self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.update()

    def _retranslate(self) -> None:
        self._label_open = self.tr("abertas")
        self._label_warning = msg.label(msg.SLA_STATE, SlaState.WARNING)
        self._label_breached = self.tr("estourados")
        self._label_ans = self.tr("ANS hoje")
        self._update_texts()

    def _update_texts(self) -> None:
        c = self._counts
        tip = self.tr("{name} ({code}): {open} abertas, {warning} perto de vencer, {breached} estourados.").format(
            name=self._name, code=self._code, open=c.open, warning=c.warning, breached=c.breached)
        if self._total:
            tip += "\n" + self.tr("Hoje: {met} de {total} encerradas no prazo ({ans}).").format(
                met=self._met, total=self._total, ans=format_percent(self.ans_today))
        else:
            tip += "\n" + self.tr("Nenhuma OC desta classe encerrada hoje.")
        if self._interactive:
            tip += "\n" + self.tr("Clique para filtrar a Agenda por esta classe.")
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("SLA {name}").format(name=self._name))
        self.setAccessibleDescription(tip)

    # --- Qt overrides -------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(180, 230)

    def minimumSizeHint(self) -> QSize:
        return QSize(96, GAUGES_MIN_HEIGHT)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._interactive:
            self._pressed = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._pressed:
            self._pressed = False
            if self.rect().contains(event.position().toPoint()):
                self.clicked.emit(self._code)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._interactive and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self._code)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        width, height = float(self.width()), float(self.height())
        unit = min(height / 15.5, width / 10.5)  # every size below is a multiple: the card scales as one
        pad = unit * 0.75

        # card
        card = QRectF(0, 0, width, height).adjusted(1.5, 1.5, -1.5, -1.5)
        if self._selected:
            border, border_width = pal.color(QPalette.ColorRole.Highlight), max(2.0, unit * 0.22)
        elif self.hasFocus() or self._hovered:
            border, border_width = pal.color(QPalette.ColorRole.Highlight), max(1.0, unit * 0.09)
        else:
            border, border_width = pal.color(QPalette.ColorRole.Mid), 1.0
        painter.setPen(QPen(border, border_width))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        inset = border_width / 2
        painter.drawRoundedRect(card.adjusted(inset, inset, -inset, -inset), unit * 0.6, unit * 0.6)

        text = pal.color(QPalette.ColorRole.Text)
        muted = muted_colour(pal)
        inner = card.adjusted(pad, pad * 0.8, -pad, -pad * 0.7)

        # title
        title_font = _pixel_font(self.font(), unit * 1.25, bold=True)
        painter.setFont(title_font)
        painter.setPen(text)
        title_h = unit * 1.9
        title_rect = QRectF(inner.left(), inner.top(), inner.width(), title_h)
        name = QFontMetricsF(title_font).elidedText(self._name, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        # the ring and the three lines under it, as one block centred in the space below the title (on a card
        # narrower than tall the ring is bounded by the width, and the lines stay next to it)
        row_h = unit * 1.5
        gap = unit * 0.6
        space_top = title_rect.bottom() + unit * 0.3
        space_h = inner.bottom() - space_top
        ring_d = max(10.0, min(inner.width(), space_h - gap - 3 * row_h))
        block_top = space_top + max(0.0, (space_h - (ring_d + gap + 3 * row_h)) / 2)
        self._paint_ring(painter, QRectF(inner.left(), block_top, inner.width(), ring_d), unit, text, muted)
        rows_top = block_top + ring_d + gap

        row_font = _pixel_font(self.font(), unit * 1.0)
        value_font = _pixel_font(self.font(), unit * 1.05, bold=True)
        c = self._counts
        rows: list[tuple[QColor | None, str, str, bool]] = [
            (sla_colour(SlaState.WARNING), self._label_warning, str(c.warning), c.warning > 0),
            (sla_colour(SlaState.BREACHED), self._label_breached, str(c.breached), c.breached > 0),
            (None, self._label_ans, format_percent(self.ans_today), True),
        ]
        marker = unit * 0.75
        # the vocabulary's words are longer than the card's old ones ("perto de vencer"): shrink a little to fit
        room = inner.width() - marker - unit * 0.85 - QFontMetricsF(value_font).horizontalAdvance("000")
        widest = max(QFontMetricsF(row_font).horizontalAdvance(r[1]) for r in rows)
        if widest > room > 0:
            row_font = _pixel_font(self.font(), unit * max(0.75, room / widest))
        for index, (colour, label, value, strong) in enumerate(rows):
            row = QRectF(inner.left(), rows_top + index * row_h, inner.width(), row_h)
            label_left = row.left()
            if colour is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(row.left(), row.center().y() - marker / 2, marker, marker),
                                        marker * 0.2, marker * 0.2)
                label_left += marker + unit * 0.45
            painter.setFont(value_font if strong else row_font)
            painter.setPen(text if strong else muted)
            value_w = QFontMetricsF(painter.font()).horizontalAdvance(value)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, value)
            painter.setFont(row_font)
            painter.setPen(text)
            label_rect = QRectF(label_left, row.top(), row.right() - label_left - value_w - unit * 0.4, row_h)
            shown = QFontMetricsF(row_font).elidedText(label, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.end()

    def _paint_ring(self, painter: QPainter, area: QRectF, unit: float, text: QColor, muted: QColor) -> None:
        """The share of open OCs per state as arcs, breached first from twelve o'clock, the count inside."""
        diameter = max(10.0, min(area.width(), area.height()))
        thickness = diameter * 0.12
        ring = QRectF(0, 0, diameter - thickness, diameter - thickness)
        ring.moveCenter(area.center())
        c = self._counts
        pen = QPen()
        pen.setWidthF(thickness)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if c.open == 0:
            track = QColor(muted)
            track.setAlphaF(0.35)
            pen.setColor(track)
            painter.setPen(pen)
            painter.drawEllipse(ring)
        else:
            start = 90 * 16  # twelve o'clock; Qt angles are 1/16 degree, counter-clockwise
            parts = ((SlaState.BREACHED, c.breached), (SlaState.WARNING, c.warning), (SlaState.ON_TRACK, c.on_track))
            for state, count in parts:
                if not count:
                    continue
                span = -round(360 * 16 * count / c.open)
                pen.setColor(sla_colour(state))
                painter.setPen(pen)
                painter.drawArc(ring, start, span)
                start += span
        count_font = _pixel_font(self.font(), diameter * 0.30, bold=True)
        label_font = _pixel_font(self.font(), max(unit * 0.85, diameter * 0.085))
        count_h = QFontMetricsF(count_font).height()
        label_h = QFontMetricsF(label_font).height()
        top = ring.center().y() - (count_h + label_h * 0.85) / 2
        painter.setFont(count_font)
        painter.setPen(text)
        painter.drawText(QRectF(ring.left(), top, ring.width(), count_h), Qt.AlignmentFlag.AlignCenter, str(c.open))
        painter.setFont(label_font)
        painter.setPen(muted)
        painter.drawText(QRectF(ring.left(), top + count_h * 0.92, ring.width(), label_h),
                         Qt.AlignmentFlag.AlignCenter, self._label_open)
