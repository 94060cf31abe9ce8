"""A :class:`~pitstop_desktop.models.rows.RowModel` shown as a flat list: the queues', pickers' and history's view.

The view speaks in keys, as the model does: ``current_key()``, ``select_key()``, ``replace_rows()`` (a fresh read
that keeps the current row on the same key, or falls back to a default row when it is gone) and
``current_key_changed``, emitted once when the current row becomes another key — never for a click on another
column of the same row, never for the intermediate rows a refresh walks through.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QRect, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from pitstop_desktop.models.rows import Column, RowModel
from pitstop_desktop.views import messages as msg

T = TypeVar("T")


def rows_on_screen(view: QAbstractItemView) -> tuple[int, int] | None:
    """The first and last row of its model ``view`` shows; None when hidden or empty (nothing is painted then)."""
    if not view.isVisible():
        return None
    top = view.indexAt(QPoint(0, 0)).row()
    if top < 0:
        return None
    bottom = view.indexAt(QPoint(0, view.viewport().height() - 1)).row()
    return top, bottom if bottom >= 0 else view.model().rowCount() - 1


class RowView(QTreeView, Generic[T]):
    """A flat, single-selection list of whole rows over ``model``; ``widths`` are the interactive columns' widths.

    ``extra_height`` makes rows that much taller than the style's minimum (queues are read across the room);
    ``None`` keeps the style's height. ``stretch`` is the column that takes the spare width (a summary), instead
    of the last one.
    """

    current_key_changed = Signal()

    def __init__(self, model: RowModel[T], parent: QWidget | None = None, *, widths: Sequence[int] = (),
                 extra_height: int | None = None, stretch: int | None = None) -> None:
        super().__init__(parent)
        self._rows = model
        self._refilling = False
        self._last_key: Hashable | None = None
        if model.parent() is None:
            model.setParent(self)  # the view owns its model: both go together, whatever Python collects first
        self.setModel(model)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if extra_height is not None:
            self.setItemDelegate(msg.RoomyRows(self, extra_height))
        header = self.header()
        header.setStretchLastSection(stretch is None)
        for column, width in enumerate(widths):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self._stretch = stretch
        self._stretch_min = widths[stretch] if stretch is not None and stretch < len(widths) else 200
        self.selectionModel().currentChanged.connect(self._current_moved)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The ``stretch`` column takes whatever width the others leave, never less than its given width."""
        super().resizeEvent(event)
        if self._stretch is None:
            return
        header = self.header()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != self._stretch)
        header.resizeSection(self._stretch, max(self._stretch_min, self.viewport().width() - others))

    # Reading

    def rows(self) -> RowModel[T]:
        """The model this view shows (typed: ``model()`` is only a QAbstractItemModel)."""
        return self._rows

    def texts(self) -> list[list[str]]:
        return self._rows.texts()

    def current_key(self) -> Hashable | None:
        index = self.currentIndex()
        return self._rows.key_at(index.row()) if index.isValid() else None

    def current(self) -> T | None:
        index = self.currentIndex()
        return self._rows.at(index.row()) if index.isValid() else None

    def key_rect(self, key: Hashable) -> QRect:
        """Where ``key``'s row is, in viewport coordinates, after scrolling it into view (for real clicks)."""
        index = self._rows.index_of(key)
        if not index.isValid():
            raise KeyError(key)
        self.scrollTo(index)
        return self.visualRect(index)

    # Choosing

    def select_key(self, key: Hashable | None) -> bool:
        """Make ``key``'s row current and selected; False (nothing changes) when no row has that key."""
        index = self._rows.index_of(key) if key is not None else QModelIndex()
        if not index.isValid():
            return False
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def replace_rows(self, rows: Iterable[T], default: Callable[[list[T]], Hashable | None] | None = None) -> None:
        """Show ``rows``, touching only what changed; keep the current key, else select ``default(rows)``.

        ``default`` picks the key to select when the current row is gone (the first row when not given). The
        scroll position is kept, and ``current_key_changed`` is emitted once, only if the current key changed.
        """
        wanted = list(rows)
        keep = self.current_key()
        scroll = self.verticalScrollBar().value()
        self._refilling = True
        try:
            self._rows.set_rows(wanted)
            if keep is None or self._rows.row_of(keep) is None:
                fallback = default(wanted) if default is not None else None
                if not (fallback is not None and self.select_key(fallback)) and wanted:
                    self.select_key(self._rows.key_at(0))
            elif not self.selectionModel().isRowSelected(self._rows.row_of(keep) or 0, QModelIndex()):
                self.select_key(keep)
        finally:
            self._refilling = False
        self.verticalScrollBar().setValue(scroll)
        self._current_moved()

    def _current_moved(self, *_: object) -> None:
        if self._refilling:
            return
        key = self.current_key()
        if key != self._last_key:
            self._last_key = key
            self.current_key_changed.emit()


def row_table(parent: QWidget, columns: Sequence[Column[T]], key: Callable[[T], Hashable],
              widths: Sequence[int], *, stretch: int | None = None) -> RowView[T]:
    """A keyed table with its own model, rows a little taller than the default (the queues, the agenda)."""
    return RowView(RowModel(columns, key=key), parent, widths=widths, extra_height=8, stretch=stretch)
