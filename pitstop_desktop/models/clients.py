"""The intake window's client matches: at most a few dozen rows, replaced on every keystroke.

A dedicated model rather than :class:`~pitstop_desktop.models.rows.RowModel`: each keystroke asks the in-memory
``ClientIndex`` again and the new matches replace the old ones, 50 rows up to 20 times a second, and every
repaint asks each visible cell for a dozen roles. A Python ``data()`` answering those costs more than the search
itself (``benchmarks/bench_intake.py``), so the texts live in C++ (``QStandardItemModel``): a keystroke rewrites
the texts of the rows it keeps, removes or appends the difference, and signals one ``dataChanged`` — never a
model reset. The ``ClientEntry`` records stay here, in the same order; :class:`RowRole` ``.KEY`` is the code.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from pitstop_desktop.models.rows import RowRole
from pitstop_desktop.services.intake import ClientEntry

COLUMNS = 4
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ClientSearchModel(QStandardItemModel):
    """Code, name, phone and a "consultoria" mark for each match, best match first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("ClientSearchModel", "Código"),
            QCoreApplication.translate("ClientSearchModel", "Cliente"),
            QCoreApplication.translate("ClientSearchModel", "Telefone"),
            "",
        ])
        self._consulting = QCoreApplication.translate("ClientSearchModel", "consultoria")
        self._entries: list[ClientEntry] = []
        self._texts: list[tuple[str, str, str, str]] = []

    def set_entries(self, entries: Sequence[ClientEntry]) -> None:
        """Show ``entries`` instead (rows beyond the new count go, new ones come, kept rows change in place)."""
        new = list(entries)
        mark = self._consulting
        texts = [(e.code, e.name, e.phone or "", mark if e.consulting else "") for e in new]
        old_count, count = len(self._entries), len(new)
        if count < old_count:
            self.removeRows(count, old_count - count)
        elif count > old_count:
            self.insertRows(old_count, count - old_count)  # empty rows, filled below
        dirty = [row for row in range(count) if row >= old_count or self._texts[row] != texts[row]]
        self._entries, self._texts = new, texts
        if not dirty:
            return
        self.blockSignals(True)  # one dataChanged for the whole block below, not one per cell
        try:
            for row in dirty:
                code = texts[row][0]
                for column, text in enumerate(texts[row]):
                    cell = self.item(row, column)
                    if cell is None:  # the stub says never None; Qt returns null for an empty cell
                        cell = QStandardItem()  # type: ignore[unreachable]  # see above
                        cell.setFlags(_FLAGS)  # never editable: a double click picks the client
                        self.setItem(row, column, cell)
                    cell.setText(text)
                    cell.setData(code, RowRole.KEY)
        finally:
            self.blockSignals(False)
        self.dataChanged.emit(self.index(dirty[0], 0), self.index(dirty[-1], COLUMNS - 1))

    def entries(self) -> list[ClientEntry]:
        return list(self._entries)

    def entry_at(self, row: int) -> ClientEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, entry in enumerate(self._entries) if entry.code == code), None)
