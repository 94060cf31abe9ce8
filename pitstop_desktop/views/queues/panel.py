"""What the approvals and APOIO queue panels share (:class:`QueuePanel`): a keyed table that survives refreshes, a
one-second tick, a banner, the task runner, and the way each panel keeps up with the live feed.

Two ways to load. A full read (``_full_read``, then ``_fill``: first load, F5, a reconnection, a batch the merge
cannot place) runs through ``messages.CoalescedRead``, coalesced and paced. A live-feed batch that names the
panel's rows brings them read by id in the feed's own transaction (:meth:`QueuePanel.ride`, ``FETCH``), and
``_merge`` puts them where a full read would have (``services/queue_merge.py``). Each subclass says what it follows
(``FOLLOWS``, ``RIDES``, ``FETCH``) and how it reads, fills, merges and enables its buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.models.feed import FeedBatch, LiveFeed, Rider
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.row_view import RowView, rows_on_screen
from pitstop_desktop.views.workspace import Workspace

# Column texts read the workspace's clock, never the panel: a column that held the panel would tie panel, view and
# model in a reference cycle, and Python's collector may then destroy Qt objects at any moment, on any thread.


def local_time(ctx: Workspace, at: datetime | None) -> str:
    """``at`` in the calendar's zone by the workspace's clock: "14:05" today, "23/11 14:05" another day."""
    return msg.local_time(at, ctx.policy.calendar.tz, now=ctx.clock.now())


def waited(ctx: Workspace, since: datetime) -> str:
    """How long since ``since`` by the clock (re-rendered by the one-second tick)."""
    return msg.duration(ctx.clock.now() - since)


def muted(text: str, parent: QWidget) -> QLabel:
    """A quiet note (placeholder colour, wrapped): the count beside a heading, what a role may not do."""
    note = QLabel(text, parent)
    note.setWordWrap(True)
    note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return note


class QueuePanel(QWidget):
    """What both queues share: a keyed table that survives refreshes, a ticking clock, a banner, the runner."""

    occurrence_changed = Signal(int)
    number_activated = Signal(int)
    refreshed = Signal()

    WAITING_COLUMN = 0
    TIME_LEFT_COLUMN = 4  # the OC's time left (queue_columns), beside the waiting time: both tick
    FOLLOWS: tuple[Entity, ...] = (Entity.OCCURRENCE,)  # what a live-feed batch must touch for a re-read
    RIDES: Entity | None = None  # the entity whose changed rows the panel reads with the feed (:meth:`ride`)
    FETCH: Rider | None = None  # how: a read by id, on the worker, in the feed read's transaction

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._names: dict[str, str] = {}
        self._read: Callable[[str], str] = lambda text: text
        self._reader = msg.CoalescedRead(self, ctx.runner, self._load_work, self._loaded, self._read_failed)
        self._busy = False
        self._filled = False  # a full read has been shown: changes can be merged into it
        self._rider: object | None = None
        self.full_reads = 0  # reads of the whole queue started (the tests count them)
        self.banner = msg.MessageBanner(self)
        self.count_label = muted("", self)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_waiting)
        self._tick.start()

    # The table the subclass builds

    table: RowView[Any]

    def _wire_table(self) -> None:
        self.table.activated.connect(self._activated)
        self.table.current_key_changed.connect(self._selection_changed)

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _activated(self, *_: Any) -> None:
        number = self.selected_number()
        if number is not None:
            self.number_activated.emit(number)

    def selected_key(self) -> int | None:
        key = self.table.current_key()
        return key if isinstance(key, int) else None

    def selected_number(self) -> int | None:
        row = self.table.current()
        return row.number if row is not None else None

    def select_key(self, key: int | None) -> bool:
        return self.table.select_key(key)

    def row_texts(self) -> list[list[str]]:
        """The visible text of every row (tests and screen readers read the same thing)."""
        return self.table.texts()

    def count_text(self) -> str:
        """The count beside the heading ("8 pendente(s)", "8 na fila, 4 livre(s)")."""
        return self.count_label.text()

    def update_waiting(self) -> None:
        """Tick: time left and waiting times from the clock and the loaded timestamps; no database."""
        on_screen = rows_on_screen(self.table)  # the others are worked out when painted
        if on_screen is not None:
            self.table.rows().refresh_texts(self.TIME_LEFT_COLUMN, self.WAITING_COLUMN, on_screen)

    # Loading

    def ride(self, feed: LiveFeed) -> None:
        """Read the rows each feed batch names with the feed itself (``LiveFeed.ride``), to merge them into what is
        shown (:meth:`follow`) instead of reading the whole queue again."""
        if self.RIDES is not None and self.FETCH is not None:
            self._rider = feed.ride(self.RIDES, self.FETCH)

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch that touches what the queue shows (``FOLLOWS``): the rows it brought merged in place;
        a full batch, a batch without them (the ride failed, or the panel does not ride) or rows the merge cannot
        place read the whole queue again, coalesced and paced (messages.CoalescedRead)."""
        if not batch.touches(*self.FOLLOWS):
            return
        fetched = None if batch.full or self._rider is None else batch.fetched.get(self._rider)
        if fetched is not None and self._filled and self._merge(fetched):
            self._update_buttons()
            self.refreshed.emit()
            return
        self._reader.request()

    def refresh(self) -> None:
        """Read the queue again now (someone asked)."""
        self._reader.request(now=True)

    def _read_failed(self, error: BaseException) -> None:
        self.banner.show_error(error)

    def _loaded(self, result: Any) -> None:
        self._fill(result)
        self._filled = True
        self._update_buttons()
        self.refreshed.emit()

    def _load_work(self) -> Callable[[], Any]:
        """The work of a full read (called as it starts)."""
        self.full_reads += 1
        return self._full_read()

    def _full_read(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _fill(self, result: Any) -> None:
        raise NotImplementedError

    def _merge(self, fetched: Any) -> bool:
        """Put the rows a ride brought into what is shown; False when they cannot be placed (read everything)."""
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _person(self, login: str | None) -> str:
        if not login:
            return ""
        return self._names.get(login, login)

    def _time(self, at: datetime) -> str:
        return local_time(self.ctx, at)

    # Acting

    def _act(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._busy = True
        self._update_buttons()

        def done(result: Any) -> None:
            self._busy = False
            on_done(result)
            self.refresh()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.banner.show_error(error)
            self.refresh()  # a refusal usually means the list was stale: show the queue as it is now

        msg.submit(self, self.ctx.runner, work, done, failed)
