"""The intake window's lists as :class:`RowModel` s: the chosen client's OCs and "OCs que registrei hoje".

Each line is a frozen record of what it shows (texts, tooltip, colours) keyed by what it is, so a fresh read
becomes :meth:`RowModel.set_rows`' smallest change: a line whose text changed re-renders, a new OC is inserted,
the selection stays on its key. The controller builds the lines (it knows the time zone, the tab names and the
words); the window builds the models with their headers and shows them in ``QTreeView`` s.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from pitstop_desktop.models.rows import Column, RowModel

Index = QModelIndex | QPersistentModelIndex
_FONT_ROLE = int(Qt.ItemDataRole.FontRole)


class LineKind(Enum):
    HEADING = "heading"  # "Abertas (2)": a heading the cursor skips
    OC = "oc"  # one OC of the client
    SUMMARY = "summary"  # the summary line under an OC, spanning the row


@dataclass(frozen=True)
class OcLine:
    """One line of the client's OCs (see :class:`LineKind`); ``texts`` has one entry per column."""

    key: Hashable
    kind: LineKind
    texts: tuple[str, ...]
    number: int | None = None
    is_open: bool = False
    tooltip: str | None = None
    sla_colour: QColor | None = None
    colour: QColor | None = None  # of the columns before the SLA: greyed for closed OCs, plain for headings

    def text(self, column: int) -> str:
        return self.texts[column] if column < len(self.texts) else ""


class ClientOcsModel(RowModel[OcLine]):
    """Open OCs, then the last closed ones; headings and summary lines are shown but cannot be current."""

    SLA_COLUMN = 4

    def __init__(self, titles: tuple[str, str, str, str, str], parent: QObject | None = None) -> None:
        super().__init__([self._column(c, title) for c, title in enumerate(titles)], key=lambda line: line.key,
                         parent=parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def _column(self, column: int, title: str) -> Column[OcLine]:
        def text(line: OcLine) -> str:
            return line.text(column)

        def colour(line: OcLine) -> QColor | None:
            return self._colour(line, column)

        def tooltip(line: OcLine) -> str | None:
            return line.tooltip

        return Column(title, text, tooltip=tooltip, foreground=colour)

    def _colour(self, line: OcLine, column: int) -> QColor | None:
        if column == self.SLA_COLUMN and line.kind is LineKind.OC:
            return line.sla_colour
        return line.colour if column < self.SLA_COLUMN else None

    def spans(self, row: int) -> bool:
        """Is ``row`` shown across every column (a heading or a summary)?"""
        return 0 <= row < self.rowCount() and self.at(row).kind is not LineKind.OC

    def open_number_at(self, row: int) -> int | None:
        """The OC number on ``row`` when it is an open OC (Enter makes the call complementary to it)."""
        if not 0 <= row < self.rowCount():
            return None
        line = self.at(row)
        return line.number if line.kind is LineKind.OC and line.is_open else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != _FONT_ROLE:
            return super().data(index, role)
        row = index.row()
        if index.column() == 0 and 0 <= row < self.rowCount():
            line = self.at(row)
            if line.kind is LineKind.HEADING or (line.kind is LineKind.OC and line.is_open):
                return self._bold
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = index.row()
        if index.isValid() and 0 <= row < self.rowCount() and self.at(row).kind is not LineKind.OC:
            return Qt.ItemFlag.ItemNeverHasChildren  # shown, never current: the cursor skips it
        return super().flags(index)


@dataclass(frozen=True)
class TodayLine:
    """One call of "OCs que registrei hoje": an OC, or a call still pending or refused in the outbox."""

    key: tuple[str, str]  # ("oc", number) | ("pending", request_id) | ("rejected", request_id)
    texts: tuple[str, str, str, str]  # OC, time, client, situation
    tooltip: str | None = None
    tooltip_column: int = 2
    colour: QColor | None = None  # the situation's colour (pending, refused)

    @property
    def rejected_request(self) -> str | None:
        """The outbox id of a call the server refused (Delete removes it from the list)."""
        state, ident = self.key
        return ident if state == "rejected" else None


def today_model(titles: tuple[str, str, str, str], parent: QObject | None = None) -> RowModel[TodayLine]:
    def column(index: int, title: str) -> Column[TodayLine]:
        def text(line: TodayLine) -> str:
            return line.texts[index]

        def tooltip(line: TodayLine) -> str | None:
            return line.tooltip if index == line.tooltip_column else None

        def colour(line: TodayLine) -> QColor | None:
            return line.colour

        return Column(title, text, tooltip=tooltip, foreground=colour if index == 3 else None)

    return RowModel([column(i, title) for i, title in enumerate(titles)], key=lambda line: line.key, parent=parent)
