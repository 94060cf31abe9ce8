"""The agenda board of one tab: a table model over plain rows, filtered and sorted on its own arrays.

Change-feed batches update only the rows they name (dataChanged / insert / remove / move, or one layout
change for a big batch), so selection and scroll position survive; countdowns tick from precomputed SLA
milestones without touching the database.

Where the time goes, and why the model is shaped like this (benchmarks/bench_console.py: a tab of ~1,700
rows out of 5,000 open OCs, a visible area of ~385 cells):

- Painting: every call from C++ into Python costs, and more so while a worker thread holds the GIL. Qt's
  stock path made ~3,900 per paint (seven ``data()`` roles per cell for the delegate, ``flags()``, and
  ``rowCount()``/``columnCount()`` inside each ``index()``); now it is two per cell: :meth:`index` and the
  board's delegate (views/board.py), which reads :meth:`display_text` from caches: display strings per
  row (built when first shown) and the countdown columns per row per tick (``policy.read`` runs once per
  shown row per second, never per paint). ``data()`` still answers every role, for tests and other views.
- One entry per row (``Entry``: the row, its milestones, its sort key, its cached strings, whether it is
  shown), in one dictionary by OC id; the visible list holds the entries themselves, so a paint reaches a
  row's caches without a lookup. Besides, two indexes: OC number -> id, and the sorted warning instants.
- Milestones arrive with the rows (services/board.py works them out on the worker thread); ``load`` only
  files rows, sorts on cached keys and filters.
- The visible list is always sorted by ``(key, number)`` with the keys cached per row, so a row is found,
  inserted or moved by binary search: no position index to rebuild per changed row.
- Filtering casefolds a row once (cached haystack); when the text only grows, only the rows shown are
  tested again, and they are already in order. Tabs not on screen apply new filters when shown.
- Counts for the tab title come from a sorted list of warning instants (bisection), kept up to date by
  ``apply``.

The entries and the index over them (sort keys, ordered search, haystack) are in models/board_entries.py;
what the cells say (display strings, countdowns, signals, tooltips) in models/board_cells.py, a mixin.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, KeysView
from datetime import datetime
from enum import Enum, IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from pitstop_desktop.domain.codes import SlaState, Status
from pitstop_desktop.domain.signals import Signal
from pitstop_desktop.domain.sla import milestones
from pitstop_desktop.models.board_cells import BoardCells, colour_of_signals
from pitstop_desktop.models.board_entries import (
    KEY_OF,
    Entry,
    Marks,
    bisect_key,
    haystack,
    sort_key,
    state_at,
)
from pitstop_desktop.models.board_entries import (
    Column as Column,  # re-exported: the views and tests know the columns from here
)
from pitstop_desktop.models.clock import Clock
from pitstop_desktop.models.palette import sla_colour
from pitstop_desktop.models.rows import runs
from pitstop_desktop.services.board import BoardRow
from pitstop_desktop.services.unit_of_work import Policy

if TYPE_CHECKING:  # the timeline's module loads with its panel, after the first paint
    from pitstop_desktop.services.timeline import TimelineRow

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Custom roles, after Qt.UserRole (DESIGN.md)."""

    ROW_ID = Qt.ItemDataRole.UserRole + 1
    NUMBER = Qt.ItemDataRole.UserRole + 2
    SLA_STATE = Qt.ItemDataRole.UserRole + 3
    REMAINING_MINUTES = Qt.ItemDataRole.UserRole + 4
    SORT_KEY = Qt.ItemDataRole.UserRole + 5


AT_RISK = frozenset({SlaState.WARNING, SlaState.BREACHED})

# Plain ints for data(): comparing an int with an enum member goes through the enum machinery, thousands of
# times per paint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROW_ID, _NUMBER, _SLA_STATE, _REMAINING, _SORT_KEY = (int(r) for r in Role)
_SERVED = frozenset({_TOOLTIP, _ALIGNMENT, _FOREGROUND, _ROW_ID, _NUMBER, _SLA_STATE, _REMAINING, _SORT_KEY})
_COLUMNS = len(Column)
_TIME_LEFT, _OPENED, _IN_TAB = int(Column.TIME_LEFT), int(Column.OPENED), int(Column.IN_TAB)
_SIGNALS = int(Column.SIGNALS)
_TICKING = frozenset({_TIME_LEFT, _OPENED, _IN_TAB, _SIGNALS})  # display changes with the clock, not with the row
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
RIGHT_ALIGNED = frozenset({Column.NUMBER, Column.TIME_LEFT})  # numbers and countdowns line up on the right
_ALIGN = tuple(_RIGHT if c in RIGHT_ALIGNED else None for c in Column)
_TOOLTIP_COLUMNS = frozenset({int(Column.SUMMARY), int(Column.CLIENT)})
_SIGNAL_TIP_COLUMNS = frozenset({int(Column.NUMBER), _SIGNALS, int(Column.STATUS), int(Column.TECHNICIAN)})
_CLOSED = Status.CLOSED.value
_BATCH = 8  # above this many changed rows, one layout change beats a signal pair per row



def _t(text: str) -> str:
    return QCoreApplication.translate("BoardModel", text)


def header_titles() -> list[str]:
    return [_t("OC"), _t("Cliente"), _t("Resumo"), _t("Canal"), _t("Tipo"), _t("SLA"), _t("Tempo restante"),
            _t("Status"), _t("Técnico"), _t("Aberta em"), _t("Na aba há"), _t("Sinais")]


class _Keep(Enum):
    """``set_filter``'s "leave this setting as it is" (``None`` already means "no SLA class")."""

    KEEP = 0


class BoardTableModel(QAbstractTableModel, BoardCells):
    """OC rows of one tab. ``apply`` takes fresh rows of any tab; rows that left the tab or closed go away."""

    def __init__(self, tab: str, policy: Policy, clock: Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.policy = policy
        self.clock = clock
        self._entries: dict[int, Entry] = {}  # row id -> the row and everything worked out from it
        self._policy_checked: tuple[Policy, bool] | None = None  # last foreign policy compared with ours
        self._by_number: dict[int, int] = {}  # number -> row id
        self._warnings: list[tuple[datetime, int]] = []  # (warning_at, row id), sorted: "at risk" by bisect
        self._visible: list[Entry] = []  # entries shown, sorted by key (descending when so sorted)
        self._sort_column = Column.TIME_LEFT
        self._sort_by = sort_key(Column.TIME_LEFT, policy)  # the sort column's key function, built once per sort
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._descending = False
        self._text = ""
        self._only_at_risk = False
        self._only_unassigned = False
        self._sla_class: str | None = None
        self._shown_for: tuple[str, bool, bool, str | None] = ("", False, False, None)  # what _visible reflects
        self._stale = False  # filter settings changed while deferred (a hidden tab): refresh_filter() applies
        self._complete = True  # _visible holds every row passing _shown_for now (narrowing may start from it)
        self._now = clock.now()
        self._tick = 0  # bumped with every new _now: entries' countdown caches of older ticks are stale
        self._headers = header_titles()
        self._owners: dict[str, TimelineRow] = {}  # today's timeline rows by login (set_owners)
        self._owner_states: dict[str, Signal | None] = {}  # owner_signal's answers of tick _owner_tick
        self._owner_tick = -1

    # Qt model API

    # A paint calls into Python once per cell for index() and once for the delegate, and no more: every
    # call from C++ into Python must take the GIL, which a busy worker thread (fetching rows) holds for up
    # to the switch interval, so the number of calls, not their cost, sets the paint time under load.
    # flags() is Qt's own (enabled + selectable, and "never has children" for a table).

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's table index() asks rowCount() and columnCount() (two calls into Python); this is one."""
        if 0 <= row < len(self._visible) and 0 <= column < _COLUMNS and parent.row() < 0:
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        # a valid parent has a row >= 0 (no isValid() round trip)
        return 0 if parent.row() >= 0 else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.row() >= 0 else _COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """One role of one cell: plain int compares, roles nobody serves out at once (the board's own
        delegate paints from :meth:`display_text`; any other view asks here, seven roles per cell)."""
        position = index.row()
        if not 0 <= position < len(self._visible) or not (role == _DISPLAY or role in _SERVED):
            return None
        column = index.column()
        if not 0 <= column < _COLUMNS:
            return None
        return self._value(self._visible[position], column, role)

    def display_text(self, position: int, column: int) -> str | None:
        """What ``data(index(position, column))`` says, straight from the caches, for the board's delegate
        (views/board.py), which paints without asking Qt's seven roles per cell."""
        if not (0 <= position < len(self._visible) and 0 <= column < _COLUMNS):
            return None
        return self._text_of(self._visible[position], column)

    def _text_of(self, entry: Entry, column: int) -> str:
        if column in _TICKING:
            live = entry.live  # _live_of, inlined: the delegate asks for three ticking cells per row per paint
            if live is None or entry.live_tick != self._tick:
                live = self._compute_live(entry)
            return live[2] if column == _TIME_LEFT else live[3] if column == _OPENED else \
                live[4] if column == _IN_TAB else live[6]
        return (entry.cells or self._compute_cells(entry))[column]  # type: ignore[no-any-return]  # a str: no cast in the paint path

    def _value(self, entry: Entry, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._text_of(entry, column)
        if role == _ALIGNMENT:
            return _ALIGN[column]
        if role == _FOREGROUND:
            if column == _SIGNALS:
                return colour_of_signals(self._live_of(entry)[5])
            if column != _TIME_LEFT:
                return None
            return sla_colour(self._live_of(entry)[1])
        row = entry.row
        if role == _TOOLTIP:
            if column in _TOOLTIP_COLUMNS:
                return f"{row.client} — {row.client_name}\n{row.summary}"
            if column in _SIGNAL_TIP_COLUMNS:
                return self.signal_tooltip(entry) or None
            return None
        if role == _ROW_ID:
            return row.id
        if role == _NUMBER:
            return row.number
        if role == _SLA_STATE:
            return state_at(entry.marks, self._now).value
        if role == _REMAINING:
            return self._live_of(entry)[0]
        if role == _SORT_KEY:
            return sort_key(Column(column), self.policy)(entry)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = Column(column), order
        self._sort_by = sort_key(self._sort_column, self.policy)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = self._ids_at(old)
        self._compute_keys()
        self._sort_visible()
        self._remap(old, old_ids)
        self.layoutChanged.emit()

    def _ids_at(self, indexes: list[QModelIndex]) -> list[int | None]:
        """The row ids at these (persistent) indexes, before a layout change."""
        visible = self._visible
        return [visible[i.row()].row.id if 0 <= i.row() < len(visible) else None for i in indexes]

    def _remap(self, old: list[QModelIndex], old_ids: list[int | None]) -> None:
        """Point persistent indexes (selection, current row) at their rows' new positions; gone rows: invalid."""
        if not old:
            return
        position = {entry.row.id: pos for pos, entry in enumerate(self._visible)}
        new = []
        for row_id, index in zip(old_ids, old, strict=True):
            pos = position.get(row_id) if row_id is not None else None
            new.append(self.index(pos, index.column()) if pos is not None else QModelIndex())
        self.changePersistentIndexList(old, new)

    # State and formatting

    def state_of(self, row: BoardRow) -> SlaState:
        entry = self._entries.get(row.id)
        return state_at(entry.marks if entry is not None else self._milestones(row), self._now)

    # Owners (the technician timeline's rows: who ended the day or went silent)

    def set_owners(self, rows: Iterable[TimelineRow]) -> None:
        """Today's timeline rows (the console reads them for its timeline): an OC in progress with someone who
        logged out or went "sem sinal" is marked. Repaints the signals of the rows held by people whose timeline
        row changed (the timeline hands every row over after each change it shows: one or two people's)."""
        before, self._owners = self._owners, {row.login: row for row in rows}
        self._owner_states = {}
        self._tick += 1  # the signals are part of the per-tick cache
        changed = {login for login in before.keys() | self._owners.keys()
                   if before.get(login) is not self._owners.get(login)}
        if changed:
            held = (position for position, entry in enumerate(self._visible) if entry.row.assignee in changed)
            for top, bottom in runs(held):
                self.dataChanged.emit(self.index(top, _SIGNALS), self.index(bottom, _SIGNALS))

    def _compute_keys(self) -> None:
        if self._sort_column == Column.TIME_LEFT:  # the default order, on every load: no call per row
            for entry in self._entries.values():
                entry.key = (entry.marks[1], entry.row.number)
            return
        key = self._sort_by
        for entry in self._entries.values():
            entry.key = (key(entry), entry.row.number)

    def _key_of(self, entry: Entry) -> tuple[Any, int]:
        key = (self._sort_by(entry), entry.row.number)
        entry.key = key
        return key

    def _sort_visible(self) -> None:
        self._visible.sort(key=KEY_OF, reverse=self._descending)

    def _bisect(self, key: tuple[Any, int]) -> int:
        """Where ``key`` is (or would go) in the visible list."""
        return bisect_key(self._visible, key, self._descending)

    def _position(self, entry: Entry | None) -> int | None:
        """Position of a shown entry by binary search on its (current) cached key."""
        if entry is None or not entry.shown:
            return None
        pos = self._bisect(entry.key)
        return pos if pos < len(self._visible) and self._visible[pos] is entry else None

    def _show(self, visible: list[Entry]) -> None:
        """Make ``visible`` the shown list: its entries are shown, every other entry is not."""
        for entry in self._visible:
            entry.shown = False
        for entry in visible:
            entry.shown = True
        self._visible = visible

    # Filtering

    def set_filter(self, text: str | None = None, *, only_at_risk: bool | None = None,
                   only_unassigned: bool | None = None, sla_class: str | _Keep | None = _Keep.KEEP,
                   defer: bool = False) -> None:
        """Narrow the rows; ``None`` leaves a setting as it is (``sla_class=None`` clears the class).

        ``defer``: only remember the settings (a tab nobody looks at); :meth:`refresh_filter` applies them
        when the tab is shown, so a keystroke filters one tab, not seven.
        """
        if text is not None:
            self._text = text.strip().casefold()
        if only_at_risk is not None:
            self._only_at_risk = only_at_risk
        if only_unassigned is not None:
            self._only_unassigned = only_unassigned
        if not isinstance(sla_class, _Keep):
            self._sla_class = sla_class
        if defer:
            self._stale = self._stale or self._settings() != self._shown_for
            return
        self._stale = True
        self.refresh_filter()

    def refresh_filter(self) -> None:
        """Apply filter settings left pending by ``set_filter(defer=True)``; nothing when up to date."""
        if not self._stale:
            return
        self._stale = False
        settings = self._settings()
        before = self._shown_for
        self.beginResetModel()
        if self._complete and settings[1:] == before[1:] and before[0] in settings[0]:
            # the text only grew (or stayed): the answer is a subset of what is shown, already in order
            text = self._text
            self._show([e for e in self._visible if text in (e.haystack or haystack(e))])
        else:
            self._show([e for e in self._entries.values() if self._passes(e)])
            self._sort_visible()
        self._shown_for, self._complete = settings, True
        self.endResetModel()

    def _settings(self) -> tuple[str, bool, bool, str | None]:
        return self._text, self._only_at_risk, self._only_unassigned, self._sla_class

    def _passes(self, entry: Entry) -> bool:
        row = entry.row
        if self._sla_class is not None and row.sla != self._sla_class:
            return False
        if self._only_unassigned and row.assignee is not None:
            return False
        if self._only_at_risk and self._now < entry.marks[0]:
            return False
        return not self._text or self._text in haystack(entry)

    # Data in

    def _belongs(self, row: BoardRow) -> bool:
        return row.tab == self.tab and row.is_open

    def load(self, rows: Iterable[BoardRow]) -> None:
        """Replace everything (first load, or a full refresh after a reconnect).

        Runs on the GUI thread for every tab on each full refresh, so it is one pass over the rows with
        the milestones the service worked out, then one sort on cached keys.
        """
        self.beginResetModel()
        tab, closed, policy = self.tab, _CLOSED, self.policy
        previous = self._entries
        entries: dict[int, Entry] = {}
        by_number: dict[int, int] = {}
        for row in rows:
            if row.tab != tab or row.status == closed:
                continue
            row_id = row.id
            by_number[row.number] = row_id
            warning_at, breach_at = row.warning_at, row.breach_at
            if warning_at is None or breach_at is None or not (row.policy is policy or self._agrees(row)):
                warning_at, breach_at = self._milestones(row)
            # keyed for the default order (time left) already: _compute_keys below only for another column
            entry = previous.get(row_id)
            if entry is None:
                entries[row_id] = Entry(row, (warning_at, breach_at), (breach_at, row.number))
            else:  # a refresh names mostly the same OCs: refilling their entries is cheaper than new ones
                entry.row, entry.marks, entry.key = row, (warning_at, breach_at), (breach_at, row.number)
                entry.cells = entry.live = entry.haystack = None
                entry.shown = False
                entries[row_id] = entry
        warnings = sorted([(e.marks[0], i) for i, e in entries.items()])
        self._entries, self._by_number, self._warnings = entries, by_number, warnings
        self._now = self.clock.now()
        self._tick += 1
        if self._sort_column != Column.TIME_LEFT:
            self._compute_keys()
        if self._text or self._only_at_risk or self._only_unassigned or self._sla_class is not None:
            visible = [e for e in entries.values() if self._passes(e)]
        else:
            visible = list(entries.values())
        for entry in visible:
            entry.shown = True
        self._visible = visible  # entries of OCs gone went with the old dictionary; the rest were reset
        self._sort_visible()
        self._shown_for, self._stale, self._complete = self._settings(), False, True
        self.endResetModel()

    def _milestones(self, row: BoardRow) -> Marks:
        """From the row when the service worked them out (the usual case), else from the policy here."""
        if row.warning_at is not None and row.breach_at is not None and self._agrees(row):
            return row.warning_at, row.breach_at
        marks = milestones(self.policy.sla(row.sla), self.policy.calendar, row.opened_at, self.policy.warning_ratio)
        return marks.warning_at, marks.breach_at

    def _agrees(self, row: BoardRow) -> bool:
        """Whether the row's milestones hold for this board: worked out under this policy (the same object,
        as the policy cache hands out while nothing changed, or an equal one), or given by hand (no policy).
        Otherwise the countdown (``policy.read``, this policy) and the colour could disagree."""
        other = row.policy
        if other is None or other is self.policy:
            return True
        checked = self._policy_checked
        if checked is None or checked[0] is not other:
            checked = self._policy_checked = (other, other == self.policy)
        return checked[1]

    def apply(self, rows: Iterable[BoardRow]) -> None:
        """Fresh versions of changed OCs (any tab): update, insert or remove only those rows.

        A few rows get a signal pair each (the view keeps everything else); a bigger batch (a burst, a
        reconnect) is applied as one layout change, so the view relayouts once instead of per row.
        """
        mine: list[BoardRow] = []
        named: set[int] = set()  # a batch may name an OC twice: arrives, then leaves again
        entries = self._entries
        for row in rows:
            entry = entries.get(row.id)
            if entry is not None and row.id not in named and entry.row == row:
                continue  # the same row again (a full read's page): nothing to redo, caches stay
            if entry is not None or row.id in named or self._belongs(row):
                mine.append(row)
                named.add(row.id)
        if mine and self._stale:
            # rows were judged by the pending settings, the rest by the shown ones: no longer a narrowing base
            self._complete = False
        if len(mine) > _BATCH:
            self._apply_many(mine)
            return
        for row in mine:
            self._apply_one(row)

    def _forget(self, row_id: int) -> None:
        """Drop a row's entry and its index entries (not from the visible list: callers do that, with their
        signals)."""
        entry = self._entries.pop(row_id)
        self._by_number.pop(entry.row.number, None)
        self._drop_warning(entry.marks[0], row_id)
        entry.shown = False

    def _drop_warning(self, warning_at: datetime, row_id: int) -> None:
        pos = bisect.bisect_left(self._warnings, (warning_at, row_id))
        if pos < len(self._warnings) and self._warnings[pos] == (warning_at, row_id):
            del self._warnings[pos]

    def _store(self, row: BoardRow) -> Entry:
        """File a new or changed row (not in the visible list, not its sort key: callers need the old one).
        A changed row keeps its entry (the visible list holds it), with fresh milestones and no caches."""
        marks = self._milestones(row)
        entry = self._entries.get(row.id)
        if entry is None:
            entry = self._entries[row.id] = Entry(row, marks)
        else:
            if entry.row.number != row.number:
                self._by_number.pop(entry.row.number, None)
            self._drop_warning(entry.marks[0], row.id)
            entry.row, entry.marks = row, marks
            entry.cells = entry.live = entry.haystack = None
        self._by_number[row.number] = row.id
        bisect.insort(self._warnings, (marks[0], row.id))
        return entry

    def _apply_one(self, row: BoardRow) -> None:
        row_id = row.id
        pos = self._position(self._entries.get(row_id))
        if not self._belongs(row):
            if pos is not None:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._visible[pos]
                self._forget(row_id)
                self.endRemoveRows()
            elif row_id in self._entries:
                self._forget(row_id)
            return
        entry = self._store(row)
        passes = self._passes(entry)
        if pos is None:
            self._key_of(entry)
            if passes:
                new = self._bisect(entry.key)
                self.beginInsertRows(QModelIndex(), new, new)
                self._visible.insert(new, entry)
                entry.shown = True
                self.endInsertRows()
            return
        if not passes:
            self.beginRemoveRows(QModelIndex(), pos, pos)
            del self._visible[pos]
            entry.shown = False
            self.endRemoveRows()
            self._key_of(entry)
            return
        del self._visible[pos]  # find where it goes with its new key, among the others
        new = self._bisect(self._key_of(entry))
        self._visible.insert(pos, entry)
        if new != pos:  # its sort key changed (say, another SLA class): move it, the selection follows
            self.beginMoveRows(QModelIndex(), pos, pos, QModelIndex(), new + 1 if new > pos else new)
            self._visible.insert(new, self._visible.pop(pos))
            self.endMoveRows()
        self.dataChanged.emit(self.index(new, 0), self.index(new, _COLUMNS - 1))

    def _apply_many(self, rows: list[BoardRow]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = self._ids_at(old)
        entering: list[Entry] = []
        for row in rows:
            if not self._belongs(row):
                if row.id in self._entries:
                    self._forget(row.id)
                continue
            entry = self._store(row)
            self._key_of(entry)
            passes = self._passes(entry)
            if passes and not entry.shown:
                entering.append(entry)
            entry.shown = passes
        # the entries still shown (forgotten ones are not), then the newcomers still shown
        self._visible = [e for e in self._visible if e.shown]
        self._visible.extend(e for e in entering if e.shown)
        self._sort_visible()  # nearly sorted already: timsort merges the few newcomers in
        self._remap(old, old_ids)
        self.layoutChanged.emit()

    # Time

    def tick(self, on_screen: tuple[int, int] | None = None) -> None:
        """Advance the clock: repaint the countdown columns; rows that entered "at risk" join that filter.

        ``on_screen``: the first and last row a view shows. Only those that read differently get ``dataChanged``
        (the others are read fresh when painted: views keep no cell data); for the whole range Qt would repaint
        the whole viewport every second. Without it (a hidden view), the whole range, computing nothing.
        """
        before, self._now = self._now, self.clock.now()
        self._tick += 1  # every entry's countdown cache is now stale
        if self._shown_for[1]:  # what is shown is "only at risk": time changes who belongs
            if self._stale:
                self._complete = False  # the deferred refresh must start over, not narrow
            else:
                self._admit_at_risk(before)
        if not self._visible:
            return
        last = len(self._visible) - 1
        if on_screen is None:
            self.dataChanged.emit(self.index(0, _TIME_LEFT), self.index(last, _SIGNALS))
            return
        self._repaint_changed_countdowns(max(0, on_screen[0]), min(last, on_screen[1]))

    def _repaint_changed_countdowns(self, first: int, final: int) -> None:
        """``dataChanged`` for the rows from ``first`` to ``final`` whose countdown columns read differently now,
        in runs: countdowns show minutes, so most seconds repaint nothing (each paint of a live console did)."""
        visible, compute = self._visible, self._compute_live
        changed = []
        for position in range(first, final + 1):
            entry = visible[position]
            before, now = entry.live, compute(entry)
            if before is None or before[1:] != now[1:]:  # (the minutes left show as text)
                changed.append(position)
        for top, bottom in runs(changed):
            self.dataChanged.emit(self.index(top, _TIME_LEFT), self.index(bottom, _SIGNALS))

    def _admit_at_risk(self, before: datetime) -> None:
        """Under "only at risk", rows whose warning instant passed since the last tick come in (in order)."""
        if self._now < before:  # the clock went back (a test, a corrected clock): recount from scratch
            self._stale, self._complete = True, False
            self.refresh_filter()
            return
        lo = bisect.bisect_right(self._warnings, (before, float("inf")))
        hi = bisect.bisect_right(self._warnings, (self._now, float("inf")))
        entries = self._entries
        entered = [e for e in (entries[i] for _w, i in self._warnings[lo:hi]) if not e.shown and self._passes(e)]
        if len(entered) > _BATCH:
            self._apply_many([e.row for e in entered])
            return
        for entry in entered:
            new = self._bisect(entry.key)
            self.beginInsertRows(QModelIndex(), new, new)
            self._visible.insert(new, entry)
            entry.shown = True
            self.endInsertRows()

    # Questions the window asks

    def counts(self) -> tuple[int, int]:
        """(open, at risk) for the tab title: at risk once past the warning instant, by bisection."""
        return len(self._entries), bisect.bisect_right(self._warnings, (self._now, float("inf")))

    def row_of_number(self, number: int) -> int | None:
        self.refresh_filter()
        row_id = self._by_number.get(number)
        return None if row_id is None else self._position(self._entries[row_id])

    def all_rows(self) -> list[BoardRow]:
        """Every row of the tab, filtered out or not (notifications watch them all)."""
        return [entry.row for entry in self._entries.values()]

    def row_at(self, position: int) -> BoardRow:
        return self._visible[position].row

    def contains(self, number: int) -> bool:
        return number in self._by_number

    def now(self) -> datetime:
        return self._now

    def sort_order(self) -> tuple[Column, bool]:
        """The column the rows are sorted by and whether descending (the first page is read in this order)."""
        return self._sort_column, self._descending

    def held_ids(self) -> KeysView[int]:
        """The OC ids of the tab's rows, as a live set-like view (no copy: membership tests)."""
        return self._entries.keys()

    def ids(self) -> list[int]:
        """The OC ids of every row of the tab, filtered out or not."""
        return list(self._entries)

    def remove(self, ids: Iterable[int]) -> None:
        """Drop these rows (a full read did not find them open in this tab any more), in one layout change."""
        gone = [i for i in ids if i in self._entries]
        if not gone:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = self._ids_at(old)
        for row_id in gone:
            self._forget(row_id)
        self._visible = [e for e in self._visible if e.shown]
        self._remap(old, old_ids)
        self.layoutChanged.emit()
