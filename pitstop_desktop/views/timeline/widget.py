"""The timeline panel (``TimelineWidget``): the axis on top, the painted rows in a scroll area, a one-second tick."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.models.feed import FeedBatch
from pitstop_desktop.services import timeline as timeline_service
from pitstop_desktop.services.timeline import TimelineRow
from pitstop_desktop.views.timeline.axis import TimeAxis
from pitstop_desktop.views.timeline.canvas import TimelineCanvas
from pitstop_desktop.views.timeline.sla_states import SlaCache, sla_cache
from pitstop_desktop.views.workspace import Workspace

log = logging.getLogger(__name__)


class TimelineWidget(QWidget):
    """The timeline panel: axis on top, the painted rows in a vertical scroll area, a one-second tick."""

    job_clicked = Signal(int)
    timeline_loaded = Signal(int)  # number of people shown
    rows_shown = Signal(object)  # the TimelineRow list now shown (the board marks OCs whose owner is gone)

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.canvas = TimelineCanvas(ctx)
        self.axis = TimeAxis(self.canvas)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll_area.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.axis)
        layout.addWidget(self.scroll_area, 1)
        self.canvas.job_clicked.connect(self.job_clicked)
        self._loading = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    @property
    def rows(self) -> list[TimelineRow]:
        return self.canvas.rows

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch: the day is re-read when OCs, presence, rosters or bookings changed."""
        if batch.touches(Entity.OCCURRENCE, Entity.PRESENCE, Entity.ROSTER, Entity.BOOKING):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the day on the worker thread; overlapping calls collapse into one more read."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        db, policy, moment = self.ctx.db, self.ctx.policy, self.ctx.clock.now()

        def work() -> tuple[list[TimelineRow], SlaCache]:
            rows = timeline_service.timeline(db, at=moment)
            return rows, sla_cache(policy, rows, moment)

        self.ctx.runner.submit(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[TimelineRow], SlaCache]) -> None:
        rows, sla = result
        self._loading = False
        self.canvas.message = ""
        self.canvas.set_rows(rows, sla)
        self.axis.update()
        self.rows_shown.emit(rows)
        self.timeline_loaded.emit(len(rows))
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        log.error("timeline refresh failed", exc_info=error)
        self.canvas.message = self.tr("Não foi possível carregar a linha do tempo: {error}").format(error=error)
        if not self.canvas.rows:
            self.canvas.update()
        if self._again:
            self._again = False
            self.refresh()

    def set_rows(self, rows: list[TimelineRow]) -> None:
        """Show these rows (the refresh result; tests call it directly)."""
        self.canvas.set_rows(rows)
        self.axis.update()
        self.rows_shown.emit(rows)

    def job_rect(self, number: int) -> QRect | None:
        return self.canvas.job_rect(number)

    def _tick(self) -> None:
        now = self.ctx.clock.now()
        if now == self.canvas.now:
            return
        old = self.axis.now_rect()
        self.canvas.tick(now)
        self.axis.update(old.united(self.axis.now_rect()))

    def showEvent(self, event: QShowEvent) -> None:
        if not self.timer.isActive():
            self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
