"""The work plan of one week as a Qt table (the "Plano de trabalho" editor of the consulting week).

A row per person; first a column with the row's total against what the roster gives the person that week (shifts
minus lunch), then a column per task type that has hours this week (more added by the planner). Cells read and are
typed in hours (``6:00``; ``6``, ``1:30``, ``1,5``, ``90min`` are all understood, see
:func:`domain.consulting.parse_plan_hours`). An edit is kept beside the value read, so saving writes only the cells
that changed (:meth:`WorkPlanModel.changes`); a changed cell is bold and its tooltip says what it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from pitstop_desktop.domain.consulting import TaskType, parse_plan_hours
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.domain.vocabulary import TASK_TYPE, clock_hours
from pitstop_desktop.models.labels import label
from pitstop_desktop.models.palette import error_colour
from pitstop_desktop.services.consulting_records import PlanLine

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PlanPerson:
    login: str
    name: str
    available: int | None  # minutes the roster gives this week, lunch taken out (None: not on the roster)


class WorkPlanModel(QAbstractTableModel):
    """People × task types of one week's plan; see the module docstring. ``editable``: the planner's copy."""

    refused = Signal(object)  # a PitstopError: what was typed in a cell does not read as hours

    def __init__(self, parent: QObject | None = None, *, editable: bool = False) -> None:
        super().__init__(parent)
        self.editable = editable
        self._people: list[PlanPerson] = []
        self._types: list[str] = []
        self._read: dict[tuple[str, str], int] = {}  # (login, type) → minutes, as read
        self._edits: dict[tuple[str, str], int] = {}

    # Filling and reading

    def set_sheet(self, people: Sequence[PlanPerson], lines: Iterable[PlanLine], *,
                  keep_columns: bool = False) -> None:
        """A week read: its people (with what the roster gives them) and its plan lines; edits are dropped.
        ``keep_columns``: the types shown stay (a column added and not yet filled does not vanish on a re-read)."""
        lines = list(lines)
        self.beginResetModel()
        self._read = {(line.login, line.task_type): line.planned_minutes for line in lines}
        known = {p.login for p in people}
        names = {line.login: line.name for line in lines}
        extra = [PlanPerson(login, name, None) for login, name in names.items() if login not in known]
        self._people = list(people) + extra
        shown = set(self._types) if keep_columns else set()
        with_hours = {kind for (_login, kind), minutes in self._read.items() if minutes}
        order = [t.value for t in TaskType]
        self._types = [t for t in order if t in shown | with_hours] + \
            sorted((shown | with_hours) - set(order))
        self._edits = {}
        self.endResetModel()

    def add_type(self, code: str) -> int:
        """Show ``code``'s column (in the vocabulary's order); its column number."""
        if code in self._types:
            return self._types.index(code)
        order = [t.value for t in TaskType]
        position = sum(1 for t in self._types if t in order and order.index(t) < order.index(code)) \
            if code in order else len(self._types)
        self.beginInsertColumns(QModelIndex(), position + 1, position + 1)
        self._types.insert(position, code)
        self.endInsertColumns()
        return position + 1

    def types(self) -> list[str]:
        return list(self._types)

    def hidden_types(self) -> list[str]:
        """The task types without a column yet, in the vocabulary's order (what "Adicionar coluna" offers)."""
        return [t.value for t in TaskType if t.value not in self._types]

    def person(self, row: int) -> PlanPerson:
        return self._people[row]

    def row_of(self, login: str) -> int | None:
        return next((i for i, p in enumerate(self._people) if p.login == login), None)

    def column_of(self, code: str) -> int | None:
        return self._types.index(code) + 1 if code in self._types else None

    def minutes(self, login: str, code: str) -> int:
        key = (login, code)
        return self._edits.get(key, self._read.get(key, 0))

    def total(self, login: str) -> int:
        kinds = {k for (who, k) in self._read if who == login} | {k for (who, k) in self._edits if who == login}
        return sum(self.minutes(login, k) for k in kinds)

    def changes(self) -> list[tuple[str, str, int]]:
        """(login, task type, minutes) of every cell whose value differs from what was read."""
        return [(login, kind, minutes) for (login, kind), minutes in sorted(self._edits.items())
                if minutes != self._read.get((login, kind), 0)]

    def dirty(self) -> bool:
        return bool(self.changes())

    def total_column(self) -> int:
        """The total against the roster comes first: always in sight, however many types there are."""
        return 0

    # Qt's side

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._types) + 1

    def _total_text(self, person: PlanPerson) -> str:
        total = clock_hours(self.total(person.login))
        if person.available is None:
            return self.tr("%1 · sem escala").replace("%1", total)
        return self.tr("%1 de %2").replace("%1", total).replace("%2", clock_hours(person.available))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people) \
                or not 0 <= index.column() <= len(self._types):
            return None
        person = self._people[index.row()]
        if index.column() == 0:
            over = person.available is not None and self.total(person.login) > person.available
            if role == Qt.ItemDataRole.DisplayRole:
                return self._total_text(person)
            if role == Qt.ItemDataRole.ToolTipRole:
                if person.available is None:
                    return self.tr("%1 não está na escala desta semana.").replace("%1", person.name)
                text = self.tr("Escala da semana, sem o almoço: %1.").replace("%1", clock_hours(person.available))
                return text + ("\n" + self.tr("O plano passa da escala.") if over else "")
            if role == Qt.ItemDataRole.ForegroundRole and over:
                return QBrush(error_colour())
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        kind = self._types[index.column() - 1]
        key = (person.login, kind)
        minutes = self.minutes(person.login, kind)
        changed = key in self._edits and self._edits[key] != self._read.get(key, 0)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return clock_hours(minutes) if minutes else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{person.name} · {label(TASK_TYPE, kind)}"
            if changed:
                text += "\n" + self.tr("Alterado (era %1); ainda não salvo.").replace(
                    "%1", clock_hours(self._read.get(key, 0)))
            return text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        try:
            minutes = parse_plan_hours(str(value or ""))
        except PitstopError as refusal:
            self.refused.emit(refusal)
            return False
        key = (self._people[index.row()].login, self._types[index.column() - 1])
        if minutes == self._read.get(key, 0):
            self._edits.pop(key, None)
        else:
            self._edits[key] = minutes
        row = index.row()
        self.dataChanged.emit(self.index(row, index.column()), self.index(row, index.column()))
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section <= len(self._types):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return label(TASK_TYPE, self._types[section - 1]) if section else self.tr("Total / escala")
            if role == Qt.ItemDataRole.ToolTipRole:
                return label(TASK_TYPE, self._types[section - 1]) if section \
                    else self.tr("Horas planejadas da pessoa na semana, e as da escala sem o almoço.")
            return None
        if not 0 <= section < len(self._people):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._people[section].name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._people[section].login
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.editable and index.column() > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

