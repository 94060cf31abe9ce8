"""The wallboard: the SLA gauges and the at-risk OCs, full screen on a second monitor, read from across the room.

A separate top-level window so it can live on the room's TV while the console stays on the supervisor's desk.
It reuses :class:`GaugePanel` (without the trend, which nobody reads from five metres) and ticks with it: the
at-risk list is rebuilt on every recount, so countdowns move and rows turn red without the database. Beside the
clock it counts what waits for a person: the escalations waiting for a manager and the APOIO queue (read with
the snapshot, and again when a live-feed batch touches escalations or APOIO items). F11 or Esc leaves it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.models.feed import FeedBatch
from pitstop_desktop.models.labels import countdown
from pitstop_desktop.models.palette import has_sla_colour, sla_colour, sla_text_colour
from pitstop_desktop.services.gauges import AtRisk, GaugeSnapshot
from pitstop_desktop.services.queue_facts import QueueCounts, queue_counts
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.gauges import GaugePanel, format_percent
from pitstop_desktop.views.workspace import Workspace


def _pixel_font(base: QFont, size: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, round(size)))
    font.setBold(bold)
    return font


class AtRiskList(QWidget):
    """Warning and breached OCs as big rows: time left on a coloured pill, OC, class, client, tab, technician.

    Painted rather than a table view: a wallboard has no selection, no scrolling and no editing, and its rows
    must keep their size whatever the style. Rows that do not fit are summed up in a last line ("+ 4 OCs").
    """

    def __init__(self, parent: QWidget | None = None, max_rows: int | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[AtRisk, ...] = ()
        self.max_rows = max_rows  # the seat's setting (config.py): at most this many rows, else as many as fit
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    @property
    def items(self) -> tuple[AtRisk, ...]:
        return self._items

    def set_items(self, items: Sequence[AtRisk]) -> None:
        items = tuple(items)
        if items != self._items:
            self._items = items
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(1200, 500)

    def _font_px(self) -> float:
        return max(16.0, min(40.0, self.width() / 62))

    def _geometry(self) -> tuple[float, float, int]:
        """Font size, row height and row count: rows at least 1.6 font heights, stretched (up to 1.9) so the
        last one ends at the bottom instead of leaving a strip of nothing on the TV."""
        px = self._font_px()
        header_h = px * 1.9
        available = max(0.0, self.height() - header_h)
        fit = int(available // (px * 1.6))
        if self.max_rows:
            fit = min(fit, self.max_rows + 1 if len(self._items) > self.max_rows else self.max_rows)
        row_h = min(px * 1.9, available / fit) if fit else px * 1.75
        return px, row_h, fit

    def rows_that_fit(self) -> int:
        """How many rows the current height shows (OC rows, or OC rows and the "+ N" line)."""
        return self._geometry()[2]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        px, row_h, fit = self._geometry()
        width = float(self.width())
        pad = px * 0.6
        # columns: (share of the width, header)
        columns = [
            (0.12, self.tr("Tempo")),
            (0.08, self.tr("OC")),
            (0.11, self.tr("SLA")),
            (0.33, self.tr("Cliente")),
            (0.16, self.tr("Aba")),
            (0.20, self.tr("Técnico")),
        ]
        lefts = []
        x = pad
        usable = width - 2 * pad
        for share, _title in columns:
            lefts.append((x, usable * share))
            x += usable * share

        header_font = _pixel_font(self.font(), px * 0.72, bold=True)
        painter.setFont(header_font)
        painter.setPen(muted)
        header_h = px * 1.9
        for (left, col_w), (_share, title) in zip(lefts, columns, strict=True):
            painter.drawText(QRectF(left + px * 0.3, 0, col_w - px * 0.6, header_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title.upper())

        items = self._items
        if not items:
            painter.setFont(_pixel_font(self.font(), px * 1.1))
            painter.setPen(text)
            painter.drawText(QRectF(0, header_h, width, row_h * 2), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Nenhuma OC em risco agora"))
            painter.end()
            return

        shown = items if len(items) <= fit else items[:max(0, fit - 1)]
        body_font = _pixel_font(self.font(), px)
        bold_font = _pixel_font(self.font(), px, bold=True)
        pill_font = _pixel_font(self.font(), px * 0.95, bold=True)
        alternate = pal.color(QPalette.ColorRole.AlternateBase)
        for index, item in enumerate(shown):
            top = header_h + index * row_h
            row = QRectF(0, top, width, row_h)
            if index % 2 == 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(alternate)
                painter.drawRoundedRect(row.adjusted(pad * 0.3, 1, -pad * 0.3, -1), px * 0.3, px * 0.3)
            oc = item.oc
            state = item.state if has_sla_colour(item.state) else SlaState.BREACHED.value
            # time left on a pill in the SLA colour
            pill_left, pill_w = lefts[0]
            pill = QRectF(pill_left, top + row_h * 0.14, pill_w - px * 0.5, row_h * 0.72)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(sla_colour(state))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(pill_font)
            painter.setPen(sla_text_colour(state))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, countdown(item.remaining_minutes))
            cells = [
                (bold_font, text, str(oc.number)),
                (body_font, text, oc.sla),
                (body_font, text, oc.client_name or oc.client),
                (body_font, text, oc.tab_name or oc.tab),
                (body_font, text if oc.assignee else muted,
                 oc.assignee_name or oc.assignee or self.tr("sem técnico")),
            ]
            for (left, col_w), (font, colour, value) in zip(lefts[1:], cells, strict=True):
                painter.setFont(font)
                painter.setPen(colour)
                cell = QRectF(left + px * 0.3, top, col_w - px * 0.6, row_h)
                elided = QFontMetricsF(font).elidedText(value, Qt.TextElideMode.ElideRight, cell.width())
                painter.drawText(cell, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        hidden = len(items) - len(shown)
        if hidden:
            top = header_h + len(shown) * row_h
            painter.setFont(_pixel_font(self.font(), px * 0.85, bold=True))
            painter.setPen(muted)
            painter.drawText(QRectF(pad + px * 0.3, top, width - 2 * pad, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+ {count} OCs em risco fora da tela").format(count=hidden))
        painter.end()


class Wallboard(QWidget):
    """Full-screen window for the room: gauges on top, the OCs in warning or breached below, a big clock.

    ``open`` shows it full screen, on a second monitor when there is one; F11 or Esc closes it and ``closed``
    tells the console (which keeps the F11 shortcut that opens it).
    """

    closed = Signal()

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, max_rows: int | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.setObjectName("wallboard")
        self.setAutoFillBackground(True)

        self._title = QLabel(self)
        self._ans = QLabel(self)
        self._ans.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._clock = QLabel(self)
        self._clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._queues = QLabel(self)  # "3 aprovações pendentes · APOIO: 8 na fila, 4 livres"
        self._queues.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue_counts: QueueCounts | None = None
        self._counts_read = msg.CoalescedRead(self, ctx.runner, self._counts_work, self.set_queue_counts,
                                              lambda error: self._on_refresh_failed(msg.error_text(error)))
        for label in (self._title, self._ans, self._clock, self._queues):
            # long text is clipped, never allowed to widen the window past the screen (it would leave full screen)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header = QHBoxLayout()
        header.addWidget(self._title, 1)
        header.addWidget(self._ans, 1)
        header.addWidget(self._clock, 1)

        self.panel = GaugePanel(ctx, self, show_trend=False, interactive=False)
        self.panel.recounted.connect(self._on_recounted)
        self.panel.refresh_failed.connect(self._on_refresh_failed)
        self.panel.snapshot_changed.connect(self._on_snapshot_changed)
        self._error: str | None = None
        self._list_title = QLabel(self)
        self._list_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.at_risk_list = AtRiskList(self, max_rows)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._queues)
        layout.addWidget(self.panel, 40)
        layout.addWidget(self._list_title)
        layout.addWidget(self.at_risk_list, 55)
        self._retranslate()
        self._apply_sizes()

    # --- public API ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read a new snapshot and the queue counts on the worker (call it when the change feed reports OCs)."""
        self.panel.refresh()
        self._counts_read.request()

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch: count the queues again when it touches escalations or APOIO items."""
        if batch.touches(Entity.ESCALATION, Entity.APOIO_ITEM):
            self._counts_read.request()

    def set_queue_counts(self, counts: QueueCounts) -> None:
        self.queue_counts = counts
        self._queues.setText(self.tr("%1 aprovação(ões) pendente(s)  ·  APOIO: %2 na fila, %3 livre(s)")
                             .replace("%1", str(counts.approvals_pending)).replace("%2", str(counts.apoio_waiting))
                             .replace("%3", str(counts.apoio_free)))

    def queues_text(self) -> str:
        """The queue counts as shown (tests and screen readers)."""
        return self._queues.text()

    def _counts_work(self) -> Callable[[], QueueCounts]:
        db = self._ctx.db
        return lambda: queue_counts(db)

    def set_snapshot(self, snapshot: GaugeSnapshot) -> None:
        """Show a snapshot the console already read, instead of reading the same one again."""
        self.panel.set_snapshot(snapshot)

    def open(self, screen: QScreen | None = None) -> None:
        """Full screen on ``screen``, else on a monitor other than the console's, else on the only one."""
        target = screen or self._other_screen()
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.refresh()

    # --- internals ----------------------------------------------------------------------------------------

    def _other_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        if not screens:
            return None
        parent = self.parentWidget()
        current = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not current]
        return others[0] if others else current

    def _on_refresh_failed(self, message: str) -> None:
        """Say so on the board: a room full of people must not trust numbers that stopped updating."""
        self._error = message
        self._on_recounted()

    def _on_snapshot_changed(self) -> None:
        self._error = None

    def _on_recounted(self) -> None:
        items = self.panel.at_risk()
        self.at_risk_list.set_items(items)
        breached = sum(1 for i in items if i.state == SlaState.BREACHED.value)
        title = self.tr("Perto de vencer e estourados: {count}  ·  {breached} estourados").format(
            count=len(items), breached=breached)
        waits = self.panel.long_waits()
        if waits:
            title += "  ·  " + self.tr("{count} com demora excessiva em linha").format(count=waits)
        if self._error:
            title += "  ·  ⚠ " + self._error
        self._list_title.setText(title)
        snapshot = self.panel.snapshot
        if snapshot is not None and snapshot.closed_today_total:
            self._ans.setText(self.tr("ANS hoje {ans}  ({met} de {total})").format(
                ans=format_percent(snapshot.ans_today), met=snapshot.closed_today_met,
                total=snapshot.closed_today_total))
        else:
            self._ans.setText(self.tr("ANS hoje —"))
        self._clock.setText(self._now_text(self._ctx.clock.now()))

    def _now_text(self, now: datetime) -> str:
        local = now.astimezone(self._ctx.policy.calendar.tz)
        return local.strftime("%d/%m  %H:%M")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pit Stop — painel de SLA"))
        self._title.setText(self.tr("Pit Stop · SLA agora"))
        self._list_title.setText(self.tr("Perto de vencer e estourados"))
        self._clock.setText(self._now_text(self._ctx.clock.now()))

    def _apply_sizes(self) -> None:
        """Type in proportion to the window, so the same board reads on a 1080p TV and a 4K one."""
        height = max(self.height(), 480)
        header_px = min(height / 24, max(self.width(), 640) / 48)
        self._title.setFont(_pixel_font(self.font(), header_px, bold=True))
        self._ans.setFont(_pixel_font(self.font(), header_px, bold=True))
        self._queues.setFont(_pixel_font(self.font(), header_px * 0.8, bold=True))
        self._clock.setFont(_pixel_font(self.font(), header_px * 1.1, bold=True))
        self._list_title.setFont(_pixel_font(self.font(), header_px * 0.66, bold=True))
        margin = round(height / 60)
        layout = self.layout()
        assert layout is not None  # built in __init__
        layout.setContentsMargins(margin, margin // 2, margin, margin)
        layout.setSpacing(round(margin * 0.8))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_sizes()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F11, Qt.Key.Key_Escape):
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
