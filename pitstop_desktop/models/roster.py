"""The week's roster as a Qt table: one row per person, one column per day (Monday to Sunday).

A cell reads ``08:00–17:00 · almoço 12:00–13:00`` (the shift alone when there is no lunch; empty when the person
is not on the roster that day). A day the business calendar closes (weekend, holiday, a closed exception) is
greyed in every cell and says why in its header. Reading a new week of the same people and days (a live update)
only re-renders the cells that changed, so the supervisor's selection and scroll position stay; another week or
other people reset the model.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from pitstop_desktop.domain.roster import Shift
from pitstop_desktop.domain.vocabulary import ROLE
from pitstop_desktop.models.labels import label
from pitstop_desktop.services.roster import RosterPerson, RosterWeek, WeekDay

Index = QModelIndex | QPersistentModelIndex
CLOSED_SHADE = QColor(128, 128, 128, 56)  # readable on light and dark palettes alike
CLOSED_INK = QColor(128, 128, 128)


class RosterRole(IntEnum):
    SHIFT = Qt.ItemDataRole.UserRole + 1  # the cell's Shift, or None
    CLOSED = Qt.ItemDataRole.UserRole + 2  # True when the calendar closes the column's day


class RosterWeekModel(QAbstractTableModel):
    """People × days of one :class:`RosterWeek`; see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._week: RosterWeek | None = None
        self._people: tuple[RosterPerson, ...] = ()
        self._days: tuple[WeekDay, ...] = ()
        self._shifts: dict[tuple[str, date], Shift] = {}
        self._weekdays = (self.tr("seg"), self.tr("ter"), self.tr("qua"), self.tr("qui"), self.tr("sex"),
                          self.tr("sáb"), self.tr("dom"))
        self._lunch = self.tr("almoço")

    # Reading

    @property
    def week(self) -> RosterWeek | None:
        return self._week

    def person(self, row: int) -> RosterPerson:
        return self._people[row]

    def day(self, column: int) -> WeekDay:
        return self._days[column]

    def shift(self, row: int, column: int) -> Shift | None:
        return self._shifts.get((self._people[row].login, self._days[column].day))

    def row_of(self, login: str) -> int | None:
        return next((i for i, p in enumerate(self._people) if p.login == login), None)

    def column_of(self, day: date) -> int | None:
        return next((i for i, d in enumerate(self._days) if d.day == day), None)

    def cell_text(self, shift: Shift | None) -> str:
        """``08:00–17:00 · almoço 12:00–13:00``; the shift alone without lunch; empty without a shift."""
        if shift is None:
            return ""
        text = f"{shift.start:%H:%M}–{shift.end:%H:%M}"
        if shift.lunch_start is not None and shift.lunch_end is not None:
            text += f" · {self._lunch} {shift.lunch_start:%H:%M}–{shift.lunch_end:%H:%M}"
        return text

    def day_title(self, day: WeekDay) -> str:
        """``seg 30/11``, and on a second line why a day is special (feriado, fechado, aberto)."""
        title = f"{self._weekdays[day.day.weekday()]} {day.day:%d/%m}"
        reason = self.day_reason(day)
        return f"{title}\n{reason}" if reason else title

    def day_reason(self, day: WeekDay) -> str:
        if day.exception == "open":
            return self.tr("aberto (exceção)")
        if day.exception == "closed":
            return self.tr("fechado (exceção)")
        if day.holiday:
            return self.tr("feriado")
        return "" if day.open else self.tr("fechado")

    def day_detail(self, day: WeekDay) -> str:
        """The holiday's name or the exception's note (what the header's tooltip and the legend say)."""
        if day.exception is not None:
            return day.note or self.day_reason(day)
        return day.holiday or ""

    def texts(self) -> list[list[str]]:
        """Every row as shown: the person's name, then the seven cells (tests read this)."""
        return [[p.name, *(self.cell_text(self._shifts.get((p.login, d.day))) for d in self._days)]
                for p in self._people]

    # Changing

    def set_week(self, week: RosterWeek) -> None:
        """Show ``week``; the same people and days are updated cell by cell (selection stays), else reset."""
        shifts = {(c.login, c.day): c.shift for c in week.cells}
        same_shape = (self._week is not None and week.people == self._people
                      and [d.day for d in week.days] == [d.day for d in self._days])
        if not same_shape:
            self.beginResetModel()
            self._week, self._people, self._days, self._shifts = week, week.people, week.days, shifts
            self.endResetModel()
            return
        old_days, old_shifts = self._days, self._shifts
        self._week, self._days, self._shifts = week, week.days, shifts
        if old_days != week.days:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._days) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._people) - 1, len(self._days) - 1))
            return
        for row, person in enumerate(self._people):
            for column, day in enumerate(self._days):
                key = (person.login, day.day)
                if old_shifts.get(key) != shifts.get(key):
                    self.dataChanged.emit(self.index(row, column), self.index(row, column))

    # Qt's side

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._days)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._people)) \
                or not (0 <= index.column() < len(self._days)):
            return None
        day = self._days[index.column()]
        shift = self.shift(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(shift)
        if role == RosterRole.SHIFT:
            return shift
        if role == RosterRole.CLOSED:
            return not day.open
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CLOSED_SHADE) if not day.open else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CLOSED_INK) if not day.open else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            person = self._people[index.row()]
            lines = [f"{person.name} · {self.day_title(day).replace(chr(10), ' · ')}",
                     self.cell_text(shift) or self.tr("fora da escala")]
            if self.day_detail(day):
                lines.append(self.day_detail(day))
            return "\n".join(lines)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._days):
                return None
            day = self._days[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.day_title(day)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.day_detail(day) or None
            if role == Qt.ItemDataRole.ForegroundRole and not day.open:
                return QBrush(CLOSED_INK)
            if role == Qt.ItemDataRole.FontRole and not day.open:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if not 0 <= section < len(self._people):
            return None
        person = self._people[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{person.login} · {label(ROLE, person.role)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
