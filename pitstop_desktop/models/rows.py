"""One small table model for every list that is not the board: queues, pickers, histories, the intake lists.

Rows are plain objects (the services' records) keyed by an id. :meth:`RowModel.set_rows` turns a fresh read
into the smallest set of changes — ``dataChanged`` for a row whose content changed, ``beginInsertRows`` /
``beginRemoveRows`` for rows that came or went — so a view keeps its selection and scroll position and one
changed row re-renders one row. Columns say how a row is shown; roles are :class:`RowRole`, never bare
``UserRole + n`` integers.

A column's functions should not hold the widget that shows the model (``self`` in a lambda): widget, view, model
and column would form a reference cycle, and Python's collector then destroys the Qt objects whenever it runs, on
whichever thread is allocating. Let them read the row, the workspace and strings translated beforehand; put what
a row shows that is not in the record (a person's name, "você") into the row object itself, so ``set_rows`` sees
the change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class RowRole(IntEnum):
    """Custom roles of :class:`RowModel` (every column answers them)."""

    KEY = Qt.ItemDataRole.UserRole + 1  # the row's id
    ROW = Qt.ItemDataRole.UserRole + 2  # the row object itself
    SORT = Qt.ItemDataRole.UserRole + 3  # a value that sorts the column naturally (numbers, times)


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column shows a row: its header, its text and, optionally, a tooltip, colours, sort key, font and icon.

    ``font`` answers ``Qt.FontRole`` (e.g. the first slot of each time in bold); ``icon`` answers
    ``Qt.DecorationRole`` (e.g. a warning sign beside R4's warnings). ``None`` from either means "the view's own".
    """

    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str | None] | None = None
    foreground: Callable[[T], QColor | None] | None = None
    background: Callable[[T], QColor | None] | None = None
    sort: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    font: Callable[[T], QFont | None] | None = None
    icon: Callable[[T], QIcon | None] | None = None


def runs(positions: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Ascending row positions as runs of neighbours, (first, last) each: one ``dataChanged`` per run."""
    start = end = None
    for position in positions:
        if end is not None and position == end + 1:
            end = position
            continue
        if start is not None and end is not None:
            yield start, end
        start = end = position
    if start is not None and end is not None:
        yield start, end


def _look(column: Column[T], item: T) -> tuple[Any, ...]:
    """What a cell shows of ``item``: its text, colours, font and icon (a tooltip is asked for when shown)."""
    return (column.text(item),
            column.foreground(item) if column.foreground else None,
            column.background(item) if column.background else None,
            column.font(item) if column.font else None,
            column.icon(item) if column.icon else None)


class RowModel(QAbstractTableModel, Generic[T]):
    """A list of rows keyed by id, shown through :class:`Column` specs; updates touch only what changed."""

    def __init__(self, columns: Sequence[Column[T]], key: Callable[[T], Hashable], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[T] = []
        self._keys: list[Hashable] = []
        self._position: dict[Hashable, int] = {}
        # per range of ticking columns (refresh_texts): each row's object and how those cells looked
        self._looks: dict[tuple[int, int], dict[Hashable, tuple[T, tuple[Any, ...]]]] = {}
        # data() runs for a dozen roles of every visible cell on each repaint: the roles no column answers
        # return at once
        roles = {Qt.ItemDataRole.DisplayRole, RowRole.KEY, RowRole.ROW, RowRole.SORT}
        for column in self._columns:
            for role, spec in ((Qt.ItemDataRole.ToolTipRole, column.tooltip),
                               (Qt.ItemDataRole.ForegroundRole, column.foreground),
                               (Qt.ItemDataRole.BackgroundRole, column.background),
                               (Qt.ItemDataRole.TextAlignmentRole, column.align),
                               (Qt.ItemDataRole.FontRole, column.font),
                               (Qt.ItemDataRole.DecorationRole, column.icon)):
                if spec is not None:
                    roles.add(role)
        self._answered = frozenset(int(role) for role in roles)

    # Reading

    def rows(self) -> list[T]:
        return list(self._rows)

    def keys(self) -> list[Hashable]:
        return list(self._keys)

    def row_of(self, key: Hashable) -> int | None:
        return self._position.get(key)

    def row_for(self, key: Hashable) -> T | None:
        position = self._position.get(key)
        return None if position is None else self._rows[position]

    def at(self, row: int) -> T:
        return self._rows[row]

    def key_at(self, row: int) -> Hashable:
        return self._keys[row]

    def index_of(self, key: Hashable, column: int = 0) -> QModelIndex:
        """The index of ``key``'s row in ``column`` (invalid when the key is not shown)."""
        position = self._position.get(key)
        return QModelIndex() if position is None else self.index(position, column)

    def texts(self) -> list[list[str]]:
        """Every row as the texts its columns show (what a person reads; tests read it too)."""
        return [[column.text(item) for column in self._columns] for item in self._rows]

    # Changing

    def set_rows(self, rows: Iterable[T]) -> None:
        """Make the model show ``rows`` in this order, touching only rows that came, went, moved or changed."""
        new_rows = list(rows)
        new_keys = [self._key(item) for item in new_rows]
        if len(set(new_keys)) != len(new_keys):
            raise ValueError("RowModel.set_rows: two rows share a key")
        wanted = set(new_keys)
        # Remove rows that went, from the bottom up so positions stay valid.
        for position in range(len(self._keys) - 1, -1, -1):
            if self._keys[position] not in wanted:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position], self._keys[position]
                self.endRemoveRows()
        self._reindex()
        # Walk the wanted order: update in place, move, or insert.
        for target, (key, item) in enumerate(zip(new_keys, new_rows, strict=True)):
            current = self._position.get(key)
            if current is None:
                self.beginInsertRows(QModelIndex(), target, target)
                self._rows.insert(target, item)
                self._keys.insert(target, key)
                self.endInsertRows()
                self._reindex()
                continue
            if current != target:
                # moveRows' destination is "the row before which it goes", counted before the move.
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), target)
                self._rows.insert(target, self._rows.pop(current))
                self._keys.insert(target, self._keys.pop(current))
                self.endMoveRows()
                self._reindex()
            if self._rows[target] != item:
                self._rows[target] = item
                self._changed(target)

    def upsert(self, item: T) -> None:
        """Update the row with ``item``'s key in place, or append it."""
        key = self._key(item)
        position = self._position.get(key)
        if position is None:
            position = len(self._rows)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.append(item)
            self._keys.append(key)
            self._position[key] = position
            self.endInsertRows()
        elif self._rows[position] != item:
            self._rows[position] = item
            self._changed(position)

    def remove(self, key: Hashable) -> bool:
        position = self._position.get(key)
        if position is None:
            return False
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position], self._keys[position]
        self._reindex()
        self.endRemoveRows()
        return True

    def refresh_texts(self, column: int | None = None, last_column: int | None = None,
                      on_screen: tuple[int, int] | None = None) -> None:
        """Re-render the cells whose look depends on the time (waiting times, time left), keeping everything else.

        With ``column``, only that column's cells; with ``last_column`` too, the columns from ``column`` to it
        (time left and waiting, side by side). Those are the ones a ticking panel refreshes every second, while what
        they show changes once a minute ("12 min") or when a colour turns: only the rows whose text, colours, font
        or icon there changed since the last refresh are repainted (a queue repainting its time columns every second
        was a part of every repaint of a live console). ``on_screen``: the first and last row a view shows, the only
        ones worked out (a view asks for the others when it paints them). Without ``column``, every cell, always.
        """
        if not self._rows:
            return
        if column is None:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
            return
        first, last = column, column if last_column is None else last_column
        columns = self._columns[first:last + 1]
        seen = self._looks.setdefault((first, last), {})
        top, bottom = (0, len(self._rows) - 1) if on_screen is None else on_screen
        changed: list[int] = []
        for position in range(max(0, top), min(bottom, len(self._rows) - 1) + 1):
            key, item = self._keys[position], self._rows[position]
            look = tuple(_look(spec, item) for spec in columns)
            before = seen.get(key)
            seen[key] = (item, look)
            if before is None or before[0] is not item or before[1] != look:
                changed.append(position)
        if len(seen) > 2 * len(self._rows):  # rows that left
            self._looks[(first, last)] = {key: seen[key] for key in self._keys if key in seen}
        for top_row, bottom_row in runs(changed):
            self.dataChanged.emit(self.index(top_row, first), self.index(bottom_row, last))

    def _changed(self, position: int) -> None:
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))

    def _reindex(self) -> None:
        self._position = {key: position for position, key in enumerate(self._keys)}

    # Qt's side

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._answered:
            return None
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self._columns)):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == RowRole.KEY:
            return self._keys[index.row()]
        if role == RowRole.ROW:
            return item
        if role == RowRole.SORT:
            return column.sort(item) if column.sort else column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            colour = column.foreground(item)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            colour = column.background(item)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.font:
            return column.font(item)
        if role == Qt.ItemDataRole.DecorationRole and column.icon:
            return column.icon(item)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS
