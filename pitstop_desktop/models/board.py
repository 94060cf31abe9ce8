"""The agenda board of one tab: a table model over plain rows, filtered and sorted on its own arrays.

Change-feed batches update only the rows they name (dataChanged / insert / remove), so selection and scroll
position survive; countdowns tick from precomputed SLA milestones without touching the database.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.domain.sla import SlaMilestones, milestones
from pitstop_desktop.models.clock import Clock
from pitstop_desktop.services.board import BoardRow
from pitstop_desktop.services.context import Policy

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    CLIENT = 1
    SUMMARY = 2
    CHANNEL = 3
    KIND = 4
    SLA = 5
    TIME_LEFT = 6
    STATUS = 7
    TECHNICIAN = 8
    OPENED = 9
    IN_TAB = 10


class Role(IntEnum):
    """Custom roles, after Qt.UserRole (DESIGN.md)."""

    ROW_ID = Qt.ItemDataRole.UserRole + 1
    NUMBER = Qt.ItemDataRole.UserRole + 2
    SLA_STATE = Qt.ItemDataRole.UserRole + 3
    REMAINING_MINUTES = Qt.ItemDataRole.UserRole + 4
    SORT_KEY = Qt.ItemDataRole.UserRole + 5


# SLA colours stay fixed (readable on light and dark palettes); everything else comes from the palette.
SLA_COLOURS: dict[SlaState, QColor] = {
    SlaState.ON_TRACK: QColor("#2e9e4f"),
    SlaState.WARNING: QColor("#d98a00"),
    SlaState.BREACHED: QColor("#d43c3c"),
    SlaState.MET: QColor("#2e9e4f"),
    SlaState.MISSED: QColor("#d43c3c"),
}
AT_RISK = frozenset({SlaState.WARNING, SlaState.BREACHED})


def _t(text: str) -> str:
    return QCoreApplication.translate("BoardModel", text)


def header_titles() -> list[str]:
    return [_t("OC"), _t("Cliente"), _t("Resumo"), _t("Canal"), _t("Tipo"), _t("SLA"), _t("Tempo restante"),
            _t("Status"), _t("Técnico"), _t("Aberta em"), _t("Na aba há")]


def status_label(status: str) -> str:
    return {
        "open": _t("Aberta"), "offered": _t("Oferecida"), "in_progress": _t("Em atendimento"),
        "awaiting_approval": _t("Aguardando gestor"), "closed": _t("Encerrada"),
    }.get(status, status)


def channel_label(channel: str) -> str:
    return {"phone": _t("Telefone"), "blip": _t("Blip"), "skype": _t("Skype"), "email": _t("E-mail"),
            "portal": _t("Portal")}.get(channel, channel)


def kind_label(kind: str) -> str:
    return {"question": _t("Dúvida"), "error": _t("Erro"), "installation": _t("Instalação"),
            "training": _t("Treinamento"), "configuration": _t("Configuração"), "other": _t("Outro")}.get(kind, kind)


def format_minutes(minutes: int) -> str:
    """-1h05, 12min, 3h20, 2d04h: short enough for a narrow column and a wallboard."""
    sign = "-" if minutes < 0 else ""
    value = abs(minutes)
    if value >= 48 * 60:
        days, rest = divmod(value, 24 * 60)
        return f"{sign}{days}d{rest // 60:02d}h"
    hours, mins = divmod(value, 60)
    return f"{sign}{hours}h{mins:02d}" if hours else f"{sign}{mins}min"


class BoardTableModel(QAbstractTableModel):
    """OC rows of one tab. ``apply`` takes fresh rows of any tab; rows that left the tab or closed go away."""

    def __init__(self, tab: str, policy: Policy, clock: Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.policy = policy
        self.clock = clock
        self._rows: dict[int, BoardRow] = {}
        self._marks: dict[int, SlaMilestones] = {}
        self._visible: list[int] = []
        self._position: dict[int, int] = {}
        self._sort_column = Column.TIME_LEFT
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._text = ""
        self._only_at_risk = False
        self._only_unassigned = False
        self._sla_class: str | None = None
        self._now = clock.now()
        self._headers = header_titles()

    # Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.SUMMARY, Column.CLIENT):
            return f"{row.client} — {row.client_name}\n{row.summary}"
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.TIME_LEFT:
            return SLA_COLOURS[self.state_of(row)]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NUMBER, Column.TIME_LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ROW_ID:
            return row.id
        if role == Role.NUMBER:
            return row.number
        if role == Role.SLA_STATE:
            return self.state_of(row).value
        if role == Role.REMAINING_MINUTES:
            return self.remaining_of(row)
        if role == Role.SORT_KEY:
            return self._key(column)(row)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = Column(column), order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._visible[i.row()] if 0 <= i.row() < len(self._visible) else None for i in old]
        self._sort_visible()
        new = [self.index(self._position[i], o.column()) if i is not None else QModelIndex()
               for i, o in zip(old_ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # State and formatting

    def state_of(self, row: BoardRow) -> SlaState:
        return self._marks[row.id].state_at(self._now)

    def remaining_of(self, row: BoardRow) -> int:
        return self.policy.read(row.sla, row.opened_at, self._now).remaining_minutes

    def _display(self, row: BoardRow, column: Column) -> Any:
        tz = self.policy.calendar.tz
        match column:
            case Column.NUMBER:
                return str(row.number)
            case Column.CLIENT:
                return row.client_name
            case Column.SUMMARY:
                return row.summary
            case Column.CHANNEL:
                return channel_label(row.channel)
            case Column.KIND:
                return kind_label(row.kind)
            case Column.SLA:
                return self.policy.sla(row.sla).name
            case Column.TIME_LEFT:
                return format_minutes(self.remaining_of(row))
            case Column.STATUS:
                return status_label(row.status)
            case Column.TECHNICIAN:
                return row.assignee_name or "—"
            case Column.OPENED:
                local = row.opened_at.astimezone(tz)
                return local.strftime("%H:%M") if local.date() == self._now.astimezone(tz).date() \
                    else local.strftime("%d/%m %H:%M")
            case Column.IN_TAB:
                return format_minutes(int((self._now - row.tab_since).total_seconds() // 60))
        return None

    def _key(self, column: Column) -> Callable[[BoardRow], Any]:
        keys: dict[Column, Callable[[BoardRow], Any]] = {
            Column.NUMBER: lambda r: r.number,
            Column.CLIENT: lambda r: r.client_name.casefold(),
            Column.SUMMARY: lambda r: r.summary.casefold(),
            Column.CHANNEL: lambda r: r.channel,
            Column.KIND: lambda r: r.kind,
            Column.SLA: lambda r: self.policy.sla(r.sla).position,
            Column.TIME_LEFT: lambda r: self._marks[r.id].breach_at,
            Column.STATUS: lambda r: r.status,
            Column.TECHNICIAN: lambda r: (r.assignee_name or "").casefold(),
            Column.OPENED: lambda r: r.opened_at,
            Column.IN_TAB: lambda r: r.tab_since,
        }
        return keys[column]

    def _sort_visible(self) -> None:
        key = self._key(self._sort_column)
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        self._visible.sort(key=lambda i: (key(self._rows[i]), self._rows[i].number), reverse=reverse)
        self._reindex()

    def _reindex(self) -> None:
        self._position = {row_id: pos for pos, row_id in enumerate(self._visible)}

    # Filtering

    def set_filter(self, text: str | None = None, *, only_at_risk: bool | None = None,
                   only_unassigned: bool | None = None, sla_class: str | type[Ellipsis] | None = ...) -> None:
        """Narrow the rows; ``None`` leaves a setting as it is (``sla_class=None`` clears the class)."""
        if text is not None:
            self._text = text.strip().casefold()
        if only_at_risk is not None:
            self._only_at_risk = only_at_risk
        if only_unassigned is not None:
            self._only_unassigned = only_unassigned
        if sla_class is not Ellipsis:
            self._sla_class = sla_class  # type: ignore[assignment]
        self.beginResetModel()
        self._visible = [i for i, r in self._rows.items() if self._passes(r)]
        self._sort_visible()
        self.endResetModel()

    def _passes(self, row: BoardRow) -> bool:
        if self._sla_class is not None and row.sla != self._sla_class:
            return False
        if self._only_unassigned and row.assignee is not None:
            return False
        if self._only_at_risk and self.state_of(row) not in AT_RISK:
            return False
        if self._text:
            haystack = f"{row.number} {row.client} {row.client_name} {row.summary} {row.assignee or ''} " \
                       f"{row.assignee_name or ''}".casefold()
            return self._text in haystack
        return True

    # Data in

    def _belongs(self, row: BoardRow) -> bool:
        return row.tab == self.tab and row.is_open

    def load(self, rows: Iterable[BoardRow]) -> None:
        """Replace everything (first load, or a full refresh after a reconnect)."""
        self.beginResetModel()
        self._rows = {r.id: r for r in rows if self._belongs(r)}
        self._marks = {i: self._milestones(r) for i, r in self._rows.items()}
        self._now = self.clock.now()
        self._visible = [i for i, r in self._rows.items() if self._passes(r)]
        self._sort_visible()
        self.endResetModel()

    def _milestones(self, row: BoardRow) -> SlaMilestones:
        return milestones(self.policy.sla(row.sla), self.policy.calendar, row.opened_at, self.policy.warning_ratio)

    def apply(self, rows: Iterable[BoardRow]) -> None:
        """Fresh versions of changed OCs (any tab): update, insert or remove only those rows."""
        for row in rows:
            known = row.id in self._rows
            if not self._belongs(row):
                if known:
                    self._remove(row.id)
                continue
            if (known and row.sla != self._rows[row.id].sla) or not known:
                self._marks[row.id] = self._milestones(row)
            self._rows[row.id] = row
            shown = row.id in self._position
            passes = self._passes(row)
            if shown and passes:
                pos = self._position[row.id]
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(Column) - 1))
            elif shown:
                self._remove_visible(row.id)
            elif passes:
                self._insert_visible(row.id)

    def _remove(self, row_id: int) -> None:
        if row_id in self._position:
            self._remove_visible(row_id)
        self._rows.pop(row_id, None)
        self._marks.pop(row_id, None)

    def _remove_visible(self, row_id: int) -> None:
        pos = self._position[row_id]
        self.beginRemoveRows(QModelIndex(), pos, pos)
        del self._visible[pos]
        self._reindex()
        self.endRemoveRows()

    def _insert_visible(self, row_id: int) -> None:
        key = self._key(self._sort_column)
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        keys = [(key(self._rows[i]), self._rows[i].number) for i in self._visible]
        item = (key(self._rows[row_id]), self._rows[row_id].number)
        # descending: insert into the ascending mirror, then mirror the position back
        pos = len(keys) - bisect.bisect_left(keys[::-1], item) if reverse else bisect.bisect_left(keys, item)
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._visible.insert(pos, row_id)
        self._reindex()
        self.endInsertRows()

    # Time

    def tick(self) -> None:
        """Advance the clock: repaint the countdown columns; re-filter only if "at risk" membership changed."""
        self._now = self.clock.now()
        if self._only_at_risk:
            wanted = {i for i, r in self._rows.items() if self._passes(r)}
            if wanted != set(self._visible):
                self.set_filter()
                return
        if self._visible:
            last = len(self._visible) - 1
            self.dataChanged.emit(self.index(0, Column.TIME_LEFT), self.index(last, Column.TIME_LEFT))
            self.dataChanged.emit(self.index(0, Column.IN_TAB), self.index(last, Column.IN_TAB))

    # Questions the window asks

    def counts(self) -> tuple[int, int]:
        """(open, at risk) for the tab title, from milestones: cheap enough for every second."""
        now = self._now
        at_risk = sum(1 for m in self._marks.values() if now >= m.warning_at)
        return len(self._rows), at_risk

    def row_of_number(self, number: int) -> int | None:
        for row_id, pos in self._position.items():
            if self._rows[row_id].number == number:
                return pos
        return None

    def all_rows(self) -> list[BoardRow]:
        """Every row of the tab, filtered out or not (notifications watch them all)."""
        return list(self._rows.values())

    def row_at(self, position: int) -> BoardRow:
        return self._rows[self._visible[position]]

    def contains(self, number: int) -> bool:
        return any(r.number == number for r in self._rows.values())

    def now(self) -> datetime:
        return self._now

