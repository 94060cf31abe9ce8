"""The timeline panel (``TimelineWidget``): the axis on top, the painted rows in a scroll area, a one-second tick."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QMenu, QScrollArea, QVBoxLayout, QWidget

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.models.feed import FeedBatch
from pitstop_desktop.services import timeline as timeline_service
from pitstop_desktop.services.timeline import TimelineRow
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.timeline.axis import TimeAxis
from pitstop_desktop.views.timeline.canvas import TimelineCanvas
from pitstop_desktop.views.timeline.geometry import _Row
from pitstop_desktop.views.timeline.sla_states import SlaCache, sla_cache
from pitstop_desktop.views.workspace import Workspace

log = logging.getLogger(__name__)

DAY_PACE_MS = 1000
"""The day is re-read at most once a second however busy the desk: its spans and chips move by the minute, and it
is the heaviest read a console makes."""


class TimelineWidget(QWidget):
    """The timeline panel: axis on top, the painted rows in a vertical scroll area, a one-second tick."""

    job_clicked = Signal(int)
    correct_presence_requested = Signal(str)  # login of the row the menu was opened on (management only)
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
        self.context_menu: QMenu | None = None
        if ctx.can(Action.MANAGE_PRESENCE):  # "Corrigir presença…" on a person's row
            self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.canvas.customContextMenuRequested.connect(self._person_menu)
        self._reader = msg.CoalescedRead(self, ctx.runner, self._day_work, self._loaded, self._failed,
                                         pace_ms=DAY_PACE_MS)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    @property
    def rows(self) -> list[TimelineRow]:
        return self.canvas.rows

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch: the day is re-read when OCs, presence, rosters or bookings changed."""
        if batch.touches(Entity.PRESENCE, Entity.ROSTER, Entity.BOOKING) or any(
                change.action in timeline_service.FOLLOWED_ACTIONS for change in batch.changes_of(Entity.OCCURRENCE)):
            self._reader.request()  # coalesced, and paced at a second: the day is drawn to the minute

    def refresh(self) -> None:
        """Re-read the day on the worker thread now (someone asked); one at a time."""
        self._reader.request(now=True)

    def _day_work(self) -> Callable[[], tuple[list[TimelineRow], SlaCache]]:
        db, policy, moment = self.ctx.db, self.ctx.policy, self.ctx.clock.now()

        def work() -> tuple[list[TimelineRow], SlaCache]:
            rows = timeline_service.timeline(db, at=moment)
            return rows, sla_cache(policy, rows, moment)

        return work

    def _loaded(self, result: tuple[list[TimelineRow], SlaCache]) -> None:
        rows, sla = result
        self.canvas.message = ""
        self.canvas.set_rows(rows, sla)
        self.axis.update()
        self.rows_shown.emit(rows)
        self.timeline_loaded.emit(len(rows))

    def _failed(self, error: BaseException) -> None:
        log.error("timeline refresh failed", exc_info=error)
        self.canvas.message = self.tr("Não foi possível carregar a linha do tempo: {error}").format(error=error)
        if not self.canvas.rows:
            self.canvas.update()

    def set_rows(self, rows: list[TimelineRow]) -> None:
        """Show these rows (the refresh result; tests call it directly)."""
        self.canvas.set_rows(rows)
        self.axis.update()
        self.rows_shown.emit(rows)

    def job_rect(self, number: int) -> QRect | None:
        return self.canvas.job_rect(number)

    def person_at(self, pos: QPoint) -> str | None:
        """The login of the person whose row is at ``pos`` (canvas coordinates); None on a header or below."""
        for item in self.canvas.items:
            if isinstance(item, _Row) and item.top <= pos.y() < item.top + item.height:
                return item.row.login
        return None

    def person_rect(self, login: str) -> QRect | None:
        """Where ``login``'s row is painted (canvas coordinates)."""
        for item in self.canvas.items:
            if isinstance(item, _Row) and item.row.login == login:
                return QRect(0, item.top, self.canvas.width(), item.height)
        return None

    def _person_menu(self, pos: QPoint) -> None:
        login = self.person_at(pos)
        if login is None:
            return
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        menu = QMenu(self)
        action = QAction(self.tr("Corrigir presença…"), menu)  # the dialog opens on this person
        action.triggered.connect(lambda: self.correct_presence_requested.emit(login))
        menu.addAction(action)
        self.context_menu = menu
        menu.popup(self.canvas.mapToGlobal(pos))

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
