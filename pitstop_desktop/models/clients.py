"""The intake window's client matches: at most a few dozen rows, replaced on every keystroke.

A dedicated model rather than :class:`~pitstop_desktop.models.rows.RowModel`: each keystroke asks the in-memory
``ClientIndex`` again and the new matches replace the old ones wholesale, so one model reset is the honest signal
(no per-row diffing of 50 rows 20 times a second) and the view's current row is set again by the window (the best
match). Rows are ``ClientEntry`` records; roles are :class:`~pitstop_desktop.models.rows.RowRole`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from pitstop_desktop.models.rows import RowRole
from pitstop_desktop.services.intake import ClientEntry

Index = QModelIndex | QPersistentModelIndex
CODE, NAME, PHONE, CONSULTING = range(4)


class ClientSearchModel(QAbstractTableModel):
    """Code, name, phone and a "consultoria" mark for each match, best match first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ClientEntry] = []
        self._headers = (
            QCoreApplication.translate("ClientSearchModel", "Código"),
            QCoreApplication.translate("ClientSearchModel", "Cliente"),
            QCoreApplication.translate("ClientSearchModel", "Telefone"),
            "",
        )
        self._consulting = QCoreApplication.translate("ClientSearchModel", "consultoria")

    def set_entries(self, entries: Sequence[ClientEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[ClientEntry]:
        return list(self._entries)

    def entry_at(self, row: int) -> ClientEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, entry in enumerate(self._entries) if entry.code == code), None)

    # Qt's side

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries) \
                or not 0 <= index.column() < len(self._headers):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == CODE:
                return entry.code
            if column == NAME:
                return entry.name
            if column == PHONE:
                return entry.phone or ""
            return self._consulting if entry.consulting else ""
        if role == RowRole.KEY:
            return entry.code
        if role == RowRole.ROW:
            return entry
        if role == RowRole.SORT:
            return (entry.code, entry.name, entry.phone or "", entry.consulting)[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
