"""The palette of task types the consulting week view schedules from: drag a type onto a person's day.

A list model over ``domain.consulting.TaskType`` (the vocabulary's words, translated when shown), with the
person's plan beside each type when the window knows it ("DR-Documentar · 4 h planejadas"). Dragging a row
carries its code as :data:`TASK_TYPE_MIME`, which the week canvas accepts as "a new task of this type here".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from pitstop_desktop.domain.consulting import TaskType
from pitstop_desktop.domain.vocabulary import TASK_TYPE, clock_hours
from pitstop_desktop.models.labels import label
from pitstop_desktop.models.rows import RowRole

TASK_TYPE_MIME = "application/x-pitstop-task-type"

Index = QModelIndex | QPersistentModelIndex


class TaskTypePaletteModel(QAbstractListModel):
    """One row per task type; ``RowRole.KEY`` is the code."""

    def __init__(self, parent: QObject | None = None, types: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self._types = list(types) if types is not None else [t.value for t in TaskType]
        self._plan: dict[str, int] = {}

    def set_plan(self, plan: Mapping[str, int]) -> None:
        """The minutes the work plan gives each type (one person's week); the rows say them."""
        if dict(plan) == self._plan:
            return
        self._plan = dict(plan)
        if self._types:
            self.dataChanged.emit(self.index(0), self.index(len(self._types) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def code(self, row: int) -> str:
        return self._types[row]

    def row_of(self, code: str) -> int | None:
        return self._types.index(code) if code in self._types else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._types)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._types) or index.column() != 0:
            return None
        code = self._types[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            minutes = self._plan.get(code)
            name = label(TASK_TYPE, code)
            if minutes:
                return QCoreApplication.translate("TaskTypePaletteModel", "%1 · %2 no plano") \
                    .replace("%1", name).replace("%2", clock_hours(minutes))
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "TaskTypePaletteModel", "Arraste para o dia e a pessoa para agendar uma tarefa de %1.") \
                .replace("%1", label(TASK_TYPE, code))
        if role == RowRole.KEY:
            return code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled | \
            Qt.ItemFlag.ItemNeverHasChildren

    def mimeTypes(self) -> list[str]:
        return [TASK_TYPE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            data.setData(TASK_TYPE_MIME, self._types[valid[0].row()].encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

