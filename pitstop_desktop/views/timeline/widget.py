"""The timeline panel (``TimelineWidget``): the axis on top, the painted rows in a scroll area, a one-second tick."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QMenu, QScrollArea, QVBoxLayout, QWidget

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.services import timeline as timeline_service
from pitstop_desktop.services.timeline import OcSpans, PeopleRows, TimelineRow
from pitstop_desktop.services.unit_of_work import UnitOfWork
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.timeline.axis import TimeAxis
from pitstop_desktop.views.timeline.canvas import TimelineCanvas
from pitstop_desktop.views.timeline.geometry import _Row
from pitstop_desktop.views.timeline.sla_states import SlaCache, jobs_sla_cache, sla_cache
from pitstop_desktop.views.workspace import Workspace

log = logging.getLogger(__name__)

DAY_PACE_MS = 1000
"""The day is re-read at most once a second however busy the desk: its spans and chips move by the minute, and it
is the heaviest read a console makes."""
PEOPLE_PACE_MS = msg.PACE_MS
"""An OC taken or let go re-reads only the people it touches (``services.timeline.people``) at the panels' usual
pace: a handful of index seeks for one or two people, whatever the office's history (~15 ms against ~150 ms for
the whole day on a year of it, benchmarks/bench_timeline.py), so the quarter second every other panel keeps is
enough to spare the server and the seat's one worker, and the job appears with the board's row, not a second
after it."""

_Day = tuple[date, list[TimelineRow], SlaCache]
_People = tuple[PeopleRows, SlaCache]
_Spans = tuple[OcSpans, SlaCache]


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
        self._people = msg.CoalescedRead(self, ctx.runner, self._people_work, self._people_loaded,
                                         self._people_failed, pace_ms=PEOPLE_PACE_MS)
        self._day: date | None = None  # the day of the rows shown, once the whole day has been read
        # Reads run one at a time on the one worker, in the order they were handed to it, so a result is never
        # older than the one before it and each is simply shown as it comes. What remains to keep: the OCs whose
        # people are still to be read (feed batches add to them; a read of the whole day, which covers them, takes
        # them all), and whether a read of the whole day is on its way (people are then read after it, against
        # its rows: see :meth:`_people_work`).
        self._wanted: set[int] = set()
        self._day_covers: set[int] = set()  # the wanted OCs the day's read on its way took (again if it fails)
        self._people_asked: set[int] = set()  # the OCs of the people's read on its way (again if it fails)
        self._reading_day = False
        self._rider: object | None = None  # the key of this panel's read riding the live feed (:meth:`ride`)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    @property
    def rows(self) -> list[TimelineRow]:
        return self.canvas.rows

    def ride(self, feed: LiveFeed) -> None:
        """Read the spans of the OCs taken or let go with the feed itself (``LiveFeed.ride``): two reads by id in
        the feed's own transaction, instead of a transaction re-reading the people they touch (issue 10: this was
        the heaviest read a seat made per change, on the server and on the seat's worker)."""
        policy, clock = self.ctx.policy, self.ctx.clock

        def fetch(uow: UnitOfWork, ids: frozenset[int]) -> _Spans | None:  # the worker, in the feed's order
            day = self._day  # a date, replaced whole on the GUI thread: nothing read yet -> the panel reads
            if day is None:
                return None
            moment = clock.now()
            spans = timeline_service.oc_spans(uow, ids, day, moment)
            return spans, jobs_sla_cache(policy, (job for jobs in spans.jobs.values() for job in jobs), moment)

        self._rider = feed.ride(Entity.OCCURRENCE, fetch, actions=timeline_service.FOLLOWED_ACTIONS)

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch: presence, rosters or bookings (or anything, on a full batch) re-read the day; an OC
        taken or let go (or its job changed) changes those OCs' spans, read with the batch (:meth:`ride`), or
        re-reads the people it touches when that read is missing (no rider, or it failed)."""
        if batch.touches(Entity.PRESENCE, Entity.ROSTER, Entity.BOOKING):
            self._reader.request()  # coalesced, and paced at a second: the day is drawn to the minute
            return
        changed = {change.entity_id for change in batch.changes_of(Entity.OCCURRENCE)
                   if change.action in timeline_service.FOLLOWED_ACTIONS}
        if not changed:
            return
        if self._day is None:  # nothing read yet to put people into
            self._reader.request()
            return
        # Results arrive in the order the one worker read them, so the spans read with this batch are newer than
        # the rows shown, and any read still on its way (the day's, some people's) is newer than they are.
        fetched: _Spans | None = batch.fetched.get(self._rider) if self._rider is not None else None
        if fetched is not None and fetched[0].day == self._day:
            spans, sla = fetched
            self._show(spans.applied_to(self.canvas.rows, self.ctx.clock.now()), self.canvas.sla.merged(sla))
            return
        self._wanted |= changed  # a read on its way or put off takes these too
        self._people.request()

    def refresh(self) -> None:
        """Re-read the day on the worker thread now (someone asked); one at a time."""
        self._reader.request(now=True)

    def _day_work(self) -> Callable[[], _Day]:
        db, policy, moment = self.ctx.db, self.ctx.policy, self.ctx.clock.now()
        day = moment.astimezone(policy.calendar.tz).date()
        self._day_covers, self._wanted = self._day_covers | self._wanted, set()  # announced before it: it sees them
        self._reading_day = True

        def work() -> _Day:
            rows = timeline_service.timeline(db, day=day, at=moment)
            return day, rows, sla_cache(policy, rows, moment)

        return work

    def _loaded(self, result: _Day) -> None:
        self._reading_day = False
        self._day_covers = set()
        day, rows, sla = result
        self._day = day
        self._show(rows, sla)
        self.timeline_loaded.emit(len(rows))
        if self._wanted:  # announced while the day was read: their people now, against its rows
            self._people.request()

    def _failed(self, error: BaseException) -> None:
        self._reading_day = False
        self._wanted |= self._day_covers  # for the next read, which the feed asks for once the database answers
        self._day_covers = set()
        self._say_failed(error)

    def _people_work(self) -> Callable[[], _People | None]:
        if self._reading_day or self._day is None:
            # Read after the day's read, against its rows, which may hold an OC let go since the rows shown now
            # were read (a change that read took from ``_wanted``): a person's OCs come from their row.
            return lambda: None
        db, policy, moment, day = self.ctx.db, self.ctx.policy, self.ctx.clock.now(), self._day
        changed, shown = self._wanted, list(self.canvas.rows)
        self._people_asked, self._wanted = changed, set()

        def work() -> _People:
            fresh = timeline_service.people(db, changed, shown, day=day, at=moment)
            return fresh, sla_cache(policy, list(fresh.rows), moment)

        return work

    def _people_loaded(self, result: _People | None) -> None:
        if result is None:  # put off behind the day's read (:meth:`_loaded` asks again)
            return
        self._people_asked = set()
        fresh, sla = result
        if fresh.rows and fresh.day == self._day:
            self._show(fresh.merged_into(self.canvas.rows), self.canvas.sla.merged(sla))

    def _people_failed(self, error: BaseException) -> None:
        self._wanted |= self._people_asked
        self._people_asked = set()
        self._say_failed(error)

    def _show(self, rows: list[TimelineRow], sla: SlaCache) -> None:
        self.canvas.message = ""
        self.canvas.set_rows(rows, sla)
        self.axis.update()
        self.rows_shown.emit(rows)

    def _say_failed(self, error: BaseException) -> None:
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
