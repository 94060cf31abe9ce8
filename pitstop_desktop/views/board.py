"""The agenda board: one tab per aba, a filter box that narrows as you type, quick toggles.

A keystroke filters the tab on screen only; the others get the settings and apply them when shown (their
counts in the tab titles do not depend on the filter). Titles are set only when their text changes:
``setTabText`` relayouts the tab bar, and the board ticks every second.

A full read (the first one, a reconnection) comes in parts, so the tab in front paints as soon as a stock
``QSqlTableModel`` would: first a page of that tab's first rows in its sort order (milestones worked out for
those only), painted; then, once painted, the rest of that tab and then the other tabs in pages of
``page_size`` rows, each page a task of its own on the worker, so a change-feed read waits for one page at
most. The console asks for that first page as soon as the board is made (:meth:`BoardWidget.read_first_page`),
ahead of the live feed's first batch, which then takes the load over; ``first_page_painted`` says when it is on
screen, and the rest of the window waits for it. Tabs still being read say so in their titles ("carregando…");
sorting and filtering work on what is in and every page joins in order. Every read is stamped in the order
the worker ran it, and a row is taken only when it is not older (version, then stamp) than the one shown, so a
change applied while the pages are still coming is never overwritten by a page read before it. When every page
is in, rows that no read since the start refreshed are dropped, and ``shown(revision, True)`` says the board is
whole (``shown`` for the change batches applied meanwhile waits for that moment, so a listener never sees a
revision the board does not fully show).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.tabs import DEFAULT_TABS
from pitstop_desktop.models.board import RIGHT_ALIGNED, BoardTableModel, Column, Role
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.services import board as board_service
from pitstop_desktop.services.board import BoardRow
from pitstop_desktop.services.unit_of_work import UnitOfWork
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.messages import submit
from pitstop_desktop.views.row_view import rows_on_screen
from pitstop_desktop.views.workspace import Workspace

if TYPE_CHECKING:  # the timeline's module loads with its panel, after the first paint
    from pitstop_desktop.services.timeline import TimelineRow


COLUMN_WIDTHS = {
    Column.NUMBER: 60, Column.CLIENT: 200, Column.SUMMARY: 320, Column.CHANNEL: 80, Column.KIND: 100,
    Column.SLA: 80, Column.TIME_LEFT: 110, Column.STATUS: 175, Column.TECHNICIAN: 150, Column.OPENED: 90,
    Column.IN_TAB: 90, Column.SIGNALS: 330,
}


class BoardDelegate(QStyledItemDelegate):
    """Paints board cells from the model's caches instead of asking it for seven roles per cell.

    The stock ``initStyleOption`` asks font, alignment, foreground, check state, decoration, display and
    background for every painted cell (a repaint of the visible area is ~385 cells): seven calls from C++
    into Python, or one ``multiData`` whose span Python must walk and clear. Each call takes the GIL, and
    while the worker thread is busy fetching rows each wait for it adds up: the repaint went from 13 ms to
    90 ms next to a busy thread. A board cell only ever has a text, an alignment for two columns and a
    colour for the countdown, so this sets exactly what the stock code sets for such a cell (display text
    with newlines as line separators, ``HasDisplay``, the alignment, the Text brush, no style object) and
    nothing else: one call per cell, and the same pixels (compared with the stock delegate on the default,
    Fusion and Windows styles, selection and focus included).
    """

    _RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    _RIGHT_COLUMNS = frozenset(int(c) for c in RIGHT_ALIGNED)
    _TIME_LEFT = int(Column.TIME_LEFT)
    _SIGNALS = int(Column.SIGNALS)
    _HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay

    def __init__(self, model: BoardTableModel, parent: QObject | None = None) -> None:
        """``model``: the board model of the one view this delegate is set on (its cells are read directly)."""
        super().__init__(parent)
        self._model = model
        self._with_display: dict[QStyleOptionViewItem.ViewItemFeature, QStyleOptionViewItem.ViewItemFeature] = {}

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        position, column = index.row(), index.column()
        option.index = index  # type: ignore[assignment]  # Qt takes a persistent index too; no copy when painting
        text = self._model.display_text(position, column)
        if text is not None:
            features = option.features
            with_display = self._with_display.get(features)
            if with_display is None:  # Qt flags are Python enums here: "|" costs more than a look-up
                with_display = self._with_display[features] = features | self._HAS_DISPLAY
            option.features = with_display
            option.text = text.replace("\n", "\u2028")  # QStyledItemDelegate.displayText does the same
        if column in self._RIGHT_COLUMNS:
            option.displayAlignment = self._RIGHT
        if column == self._TIME_LEFT or column == self._SIGNALS:
            colour = (self._model.countdown_colour(position) if column == self._TIME_LEFT
                      else self._model.signal_colour(position))
            if colour is not None:
                palette = option.palette
                palette.setBrush(QPalette.ColorRole.Text, colour)
                option.palette = palette
        option.styleObject = None  # type: ignore[assignment]  # the stub lacks Optional; as the stock code: no style animations inside item views


# The board's sort columns the first page's query can sort by (services.board.FRONT_ORDERS); others: due time
_FRONT_ORDER = {
    Column.NUMBER: "number", Column.CLIENT: "client", Column.SUMMARY: "summary", Column.CHANNEL: "channel",
    Column.KIND: "kind", Column.STATUS: "status", Column.TECHNICIAN: "technician", Column.OPENED: "opened",
    Column.IN_TAB: "in_tab",
}
PAINT_WAIT_MS = 200  # at most this long for the first page's paint before the rest is read anyway


@dataclass(eq=False)
class _Load:
    """A full read under way: the tab in front first (``front_done`` once its pages are in), then the others."""

    revision: int | None  # None: read ahead of the feed's first batch (``read_first_page``), which says it
    front: str
    since: int = 0  # stamp of its first page: rows no read refreshed since then are gone at the end (the first
    # screenful's rows too: every open OC is in a page, or changed after its page and came with the change feed)
    after: int = 0  # the last OC number of the previous page
    front_done: bool = False
    newest: int = 0  # the newest change batch applied meanwhile (``shown`` says it at the end)
    painted: bool = False  # the first page is painted: the pages may start (once the revision is known)


class _AfterPaint(QObject):
    """Calls ``then`` once, when the GUI thread goes idle after ``widget``'s next paint (or after
    ``PAINT_WAIT_MS`` without one). Idle, not just after the paint: ``then`` starts Python work on the worker
    thread, and while it holds the GIL whatever the GUI thread still had queued (the window's flush, other
    panels' paints, the timers already due) waits for it. The event loop says it is about to block before it
    runs the timers that are due, so the call waits for one more timer of 1 ms after that."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget: QWidget | None = widget
        self._then = then
        self._dispatcher: QAbstractEventDispatcher | None = None  # while waiting for it to go idle
        self._painted = False
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._dispatcher = QAbstractEventDispatcher.instance()  # the GUI thread's: a paint happens there
            self._dispatcher.aboutToBlock.connect(self._idle)
        return False

    def _let_go(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self._idle)
            self._dispatcher = None

    def _idle(self) -> None:
        self._let_go()
        QTimer.singleShot(1, self, self._fire)  # after the timers due now (a zero delay would come before them)

    def _fire(self) -> None:
        widget, self._widget = self._widget, None
        if widget is None:
            return
        self._let_go()
        widget.removeEventFilter(self)
        self.deleteLater()
        self._then()


def after_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """``then()`` once ``widget`` has painted what it shows now; at once when it is not on screen."""
    if widget.isVisible():
        _AfterPaint(widget, then)
    else:
        then()


class BoardWidget(QWidget):
    """Tabs of OC tables. ``occurrence_activated`` fires on double-click or Enter with the OC number."""

    front_size = 60  # rows of the first page of the tab in front: a screenful at 1920x1080, with a margin
    page_size = 1000  # rows per page of the rest: a change-feed read waits for at most one page

    occurrence_activated = Signal(int)
    shown = Signal(int, bool)  # the change-feed revision whose OCs the board now shows; True after a full read
    read_failed = Signal(object)  # the exception of a read that failed (the window hands it to the live feed)
    rows_arrived = Signal(object, bool)  # rows just filed (list[BoardRow]); True: every open OC, at a load's end
    first_page_painted = Signal()  # the first full read's first page is on screen (or its read failed): once

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filtrar por número, cliente, resumo ou técnico…"))
        self.filter_box.setClearButtonEnabled(True)
        self.only_at_risk = QCheckBox(self.tr("Só em risco"), self)
        self.only_unassigned = QCheckBox(self.tr("Só sem técnico"), self)
        self.sla_combo = QComboBox(self)
        self.sla_combo.addItem(self.tr("Todas as classes de SLA"), None)
        for sla in ctx.policy.sla_classes.values():
            self.sla_combo.addItem(msg.sla_class_name(sla.code, sla.name), sla.code)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.only_at_risk)
        bar.addWidget(self.only_unassigned)
        bar.addWidget(self.sla_combo)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.models: dict[str, BoardTableModel] = {}
        self.views: dict[str, QTableView] = {}
        self._names = {t.code: t.name for t in DEFAULT_TABS}
        self._titles: dict[int, str] = {}
        self._reads = itertools.count(1)  # stamps of the reads, in the order the worker runs them
        self._stamps: dict[int, tuple[int, int]] = {}  # OC id -> (version, stamp) of the row the board holds
        self._load: _Load | None = None  # the full read under way
        self._loading: set[str] = set()  # tabs whose rows are not all read yet (their titles say so)
        self._loaded_once = False  # a full read finished: later ones refresh in place, without a first page
        self._first_painted = False  # first_page_painted was emitted
        # the OCs live-feed batches named, read together at the panels' pace (messages.CoalescedRead)
        self._wanted: set[int] = set()
        self._wanted_revision = 0
        self._rider: object | None = None  # the key of this board's read riding the live feed (:meth:`ride`)
        self._changes = msg.CoalescedRead(self, ctx.runner, self._changed_rows, self._changed_arrived,
                                          self._changes_failed)
        for tab in DEFAULT_TABS:
            model = BoardTableModel(tab.code, ctx.policy, ctx.clock, self)
            view = self._make_view(model)
            self.models[tab.code], self.views[tab.code] = model, view
            self.tabs.addTab(view, tab.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.filter_box.textChanged.connect(self._filter_changed)
        self.only_at_risk.toggled.connect(self._filter_changed)
        self.only_unassigned.toggled.connect(self._filter_changed)
        self.sla_combo.currentIndexChanged.connect(self._filter_changed)
        self.tabs.currentChanged.connect(self._tab_shown)

    def _make_view(self, model: BoardTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setItemDelegate(BoardDelegate(model, view))
        view.setSortingEnabled(True)
        view.sortByColumn(Column.TIME_LEFT, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents on big tables
        header.setStretchLastSection(False)
        for column, width in COLUMN_WIDTHS.items():
            view.setColumnWidth(column, width)
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(lambda index: self._activate(model, index))
        view.activated.connect(lambda index: self._activate(model, index))
        return view

    def _activate(self, model: BoardTableModel, index: QModelIndex) -> None:
        if index.isValid():
            self.occurrence_activated.emit(int(model.data(index, Role.NUMBER)))

    def _filter_changed(self, *_args: object) -> None:
        current = self.tabs.currentWidget()
        for code, model in self.models.items():
            model.set_filter(self.filter_box.text(), only_at_risk=self.only_at_risk.isChecked(),
                             only_unassigned=self.only_unassigned.isChecked(), sla_class=self.sla_combo.currentData(),
                             defer=self.views[code] is not current)

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.models):
            list(self.models.values())[index].refresh_filter()
        load = self._load
        if load is not None and not load.painted and not self._loaded_once and load.front != self._front():
            self._load = None  # another tab in front before the first page was painted: its first page instead
            self._start_load(load.revision)

    # Data in

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch: a full one re-reads every open OC (:meth:`_start_load`), otherwise only the OCs
        it names."""
        revision = batch.revision
        full = batch.full or batch.touches(Entity.SETTING)  # a tab's long-wait threshold: every row's instant
        if full:
            self._start_load(revision)
            return
        ids = batch.ids_of(Entity.OCCURRENCE)
        fetched = batch.fetched.get(self._rider) if self._rider is not None else None
        if fetched is not None:  # read with the feed (:meth:`ride`): on the board now
            stamp, rows = fetched
            self._merge(stamp, rows)
            ids = frozenset()
        if not ids and not self._changes.busy:
            self._say_shown(revision)
            return
        self._wanted |= ids  # a read under way or put off takes these too, and says this revision when done
        self._wanted_revision = max(self._wanted_revision, revision)
        self._changes.request()

    def ride(self, feed: LiveFeed) -> None:
        """Read the OCs each feed batch names in the feed's own worker task (``LiveFeed.ride``): a change is on the
        board one worker hop after its notification, rather than after a second read at the panels' pace (the
        issue's 100 ms from commit to screen). A read by id of a handful of rows: cheap enough to ride every batch."""
        reads = self._reads

        def fetch(uow: UnitOfWork, ids: frozenset[int]) -> tuple[int, list[BoardRow]]:  # the worker, in order
            return next(reads), board_service.rows_by_id_in(uow, ids)

        self._rider = feed.ride(Entity.OCCURRENCE, fetch)

    def _changed_rows(self) -> Callable[[], tuple[int, list[BoardRow], int]]:
        db, ids, revision = self.ctx.db, self._wanted, self._wanted_revision
        self._wanted = set()
        fetch = self._stamped(lambda: board_service.rows_by_id(db, ids))

        def work() -> tuple[int, list[BoardRow], int]:
            stamp, rows = fetch()
            return stamp, rows, revision

        return work

    def _changed_arrived(self, result: tuple[int, list[BoardRow], int]) -> None:
        stamp, rows, revision = result
        self._merge(stamp, rows)
        self._say_shown(revision)

    def _changes_failed(self, error: BaseException) -> None:
        self._wanted.clear()  # the feed reads everything again once the database answers
        self.read_failed.emit(error)

    def load(self, rows: Iterable[BoardRow]) -> None:
        """Replace every tab's rows at once (a full read made elsewhere: tests, benchmarks); a load under way
        is abandoned."""
        self._load = None
        stamp = next(self._reads)
        by_tab: dict[str, list[BoardRow]] = {code: [] for code in self.models}
        stamps: dict[int, tuple[int, int]] = {}
        for row in rows:
            group = by_tab.get(row.tab)
            if group is not None:
                group.append(row)
                stamps[row.id] = (row.version, stamp)
        self._stamps = stamps
        for code, model in self.models.items():
            model.load(by_tab[code])
        self._loading.clear()
        self._loaded_once = True
        self.update_titles()
        self.rows_arrived.emit([row for group in by_tab.values() for row in group], True)

    def apply(self, rows: Iterable[BoardRow]) -> None:
        """Fresh versions of some OCs, newer than anything read so far (tests, benchmarks)."""
        self._merge(next(self._reads), list(rows))

    # The full read in parts: see the module docstring

    def _stamped(self, fetch: Callable[[], list[BoardRow]]) -> Callable[[], tuple[int, list[BoardRow]]]:
        """``fetch`` for the worker, returning its rows with the read's stamp: the reads run one after another
        on the one worker thread, so a higher stamp is a later read, whose rows are at least as new."""
        reads = self._reads

        def work() -> tuple[int, list[BoardRow]]:
            stamp = next(reads)
            return stamp, fetch()

        return work

    def _merge(self, stamp: int, rows: Iterable[BoardRow]) -> None:
        """Rows of a read stamped ``stamp`` into every tab, except those the board already shows from a newer
        read or at a newer version (a change applied while the full read was still paging)."""
        stamps, loading = self._stamps, self._load is not None
        fresh: list[BoardRow] = []
        for row in rows:
            seen = stamps.get(row.id)
            mark = (row.version, stamp)
            if seen is not None and mark < seen:  # older than the row shown: keep that one, now seen again
                stamps[row.id] = (seen[0], max(seen[1], stamp))
                continue
            if row.is_open or loading:  # a closed row is remembered while pages may still bring it back
                stamps[row.id] = mark
            else:
                stamps.pop(row.id, None)
            fresh.append(row)
        if not fresh:
            return
        for code, model in self.models.items():
            held = model.held_ids()  # each tab gets its own rows and those leaving it, not all of them
            mine = [row for row in fresh if row.tab == code or row.id in held]
            if mine:
                model.apply(mine)
        self.update_titles()
        self.rows_arrived.emit(fresh, False)

    def _say_shown(self, revision: int) -> None:
        """``shown(revision, False)``, or, while a full read is under way, the newest such revision for its end."""
        load = self._load
        if load is None:
            self.shown.emit(revision, False)
        else:
            load.newest = max(load.newest, revision)

    def read_first_page(self) -> None:
        """Read the first page of the tab in front now, ahead of the live feed's first batch (the window asks as
        soon as the board is made, so the read runs while the rest of the window is built, and it is the first
        task on the worker). That batch then takes this load over instead of starting another; the pages wait for
        it. Another tab brought to the front before the page is painted has its own first page read instead.
        Nothing once the board has rows."""
        if self._load is None and not self._loaded_once:
            self._start_load(None)

    def _start_load(self, revision: int | None) -> None:
        early = self._load
        if revision is not None and early is not None and early.revision is None:  # read_first_page's load
            early.revision = revision
            if early.painted:
                self._next_page(early)
            return
        front = self._front()
        load = self._load = _Load(revision, front)  # a load under way is dropped: its reads are ignored
        if self._loaded_once:  # the board shows rows already: the pages refresh them where they are
            self._next_page(load)
            return
        column, descending = self.models[front].sort_order()
        order, db, size, policy = _FRONT_ORDER.get(column, "due"), self.ctx.db, self.front_size, self.ctx.policy
        submit(self, self.ctx.runner,
               self._stamped(lambda: board_service.front_rows(db, front, order, descending, size, policy)),
               lambda result: self._front_arrived(load, *result), lambda error: self._load_failed(load, error))
        self._loading = set(self.models)
        self.update_titles()  # while the worker reads (a tab bar relayout is not nothing)

    def _front(self) -> str:
        return list(self.models)[max(self.tabs.currentIndex(), 0)]

    def _front_arrived(self, load: _Load, stamp: int, rows: list[BoardRow]) -> None:
        if load is not self._load:
            return
        for row in rows:
            self._stamps[row.id] = (row.version, stamp)
        self.models[load.front].load(rows)
        self.rows_arrived.emit(rows, False)
        # lay the rows out now (scroll bar, stretched column) rather than on Qt's delayed layout timer, which
        # lands after the first paint half the time and paints the whole view a second time
        self.views[load.front].doItemsLayout()
        self.update_titles()
        # the pages start once this screenful is painted: a worker thread busy with Python makes a paint slower
        after_paint(self.views[load.front].viewport(), lambda: self._front_painted(load))

    def _front_painted(self, load: _Load) -> None:
        load.painted = True
        self._say_first_painted()
        if load.revision is not None:  # else the feed's first batch starts the pages (_start_load)
            self._next_page(load)

    def _say_first_painted(self) -> None:
        if not self._first_painted:
            self._first_painted = True
            self.first_page_painted.emit()

    def _next_page(self, load: _Load) -> None:
        if load is not self._load:
            return
        db, after, size, front = self.ctx.db, load.after, self.page_size, load.front
        if load.front_done:
            fetch = lambda: board_service.open_rows_page(db, after=after, limit=size, other_than=front)  # noqa: E731
        else:
            fetch = lambda: board_service.open_rows_page(db, after=after, limit=size, tab=front)  # noqa: E731
        submit(self, self.ctx.runner, self._stamped(fetch), lambda result: self._page_arrived(load, *result),
               lambda error: self._load_failed(load, error))

    def _page_arrived(self, load: _Load, stamp: int, rows: list[BoardRow]) -> None:
        if load is not self._load:
            return
        load.since = load.since or stamp
        self._merge(stamp, rows)
        if len(rows) >= self.page_size:
            load.after = rows[-1].number
        elif not load.front_done:
            load.front_done, load.after = True, 0
            self._loading.discard(load.front)
        else:
            self._finish_load(load)
            return
        self.update_titles()
        self._next_page(load)

    def _finish_load(self, load: _Load) -> None:
        """Every page is in: rows no read refreshed since the load began are gone (closed, or moved to a tab
        whose page was read before they arrived there: then the change feed brought them)."""
        stamps, since = self._stamps, load.since
        for model in self.models.values():
            model.remove([i for i in model.ids() if stamps.get(i, (0, 0))[1] < since])
        self._stamps = {i: stamps[i] for model in self.models.values() for i in model.ids() if i in stamps}
        self._load = None
        self._loading.clear()
        self._loaded_once = True
        self.update_titles()
        self.rows_arrived.emit([row for model in self.models.values() for row in model.all_rows()], True)
        self.shown.emit(max(load.revision or 0, load.newest), True)

    def _load_failed(self, load: _Load, error: BaseException) -> None:
        if load is self._load:
            self._load = None  # the feed retries with a full batch, which starts over
            self._say_first_painted()  # nothing to wait for: the window goes on with its other panels
        self.read_failed.emit(error)

    def complete_rows(self) -> list[BoardRow] | None:
        """Every open OC the board holds once a full read is in (None while the first is still under way): what
        ``rows_arrived(rows, True)`` said, for a panel that starts listening later."""
        if not self._loaded_once or self._load is not None:
            return None
        return [row for model in self.models.values() for row in model.all_rows()]

    def set_owners(self, rows: Iterable[TimelineRow]) -> None:
        """Today's timeline rows: the board marks OCs in progress with someone who left or went silent."""
        rows = list(rows)
        for model in self.models.values():
            model.set_owners(rows)

    def tick(self) -> None:
        for code, model in self.models.items():
            model.tick(rows_on_screen(self.views[code]))
        self.update_titles()

    def update_titles(self) -> None:
        for i, (code, model) in enumerate(self.models.items()):
            total, at_risk = model.counts()
            title = f"{self._names[code]} ({total})"
            if code in self._loading:  # its rows are still being read: the count would mislead
                title = self.tr("{name} (carregando…)").format(name=self._names[code])
            elif at_risk:
                title = self.tr("{name} ({total} · {risk} em risco)").format(
                    name=self._names[code], total=total, risk=at_risk)
            if self._titles.get(i) != title:
                self._titles[i] = title
                self.tabs.setTabText(i, title)

    # Questions and commands from the window

    def show_class(self, sla_code: str | None) -> None:
        """A gauge was clicked: filter the board to that SLA class."""
        index = self.sla_combo.findData(sla_code)
        self.sla_combo.setCurrentIndex(max(index, 0))

    def select_number(self, number: int) -> bool:
        """Bring an OC into view and select it (a job clicked on the timeline)."""
        for i, (code, model) in enumerate(self.models.items()):
            if not model.contains(number):
                continue
            row = model.row_of_number(number)
            if row is None:  # filtered out: clear the filters so it can be shown
                self.filter_box.clear()
                self.only_at_risk.setChecked(False)
                self.only_unassigned.setChecked(False)
                self.sla_combo.setCurrentIndex(0)
                row = model.row_of_number(number)
            if row is None:
                return False
            self.tabs.setCurrentIndex(i)
            view = self.views[code]
            index = model.index(row, Column.NUMBER)
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            view.scrollTo(index)
            return True
        return False

    def current_view(self) -> QTableView:
        return self.views[list(self.models)[self.tabs.currentIndex()]]
