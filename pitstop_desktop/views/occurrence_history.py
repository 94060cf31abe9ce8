"""The OC dialog's history list: one row per audit entry, long details wrapped in full, names instead of logins."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from pitstop_desktop.models.rows import Column, RowModel
from pitstop_desktop.services.records import HistoryEntry
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.row_view import RowView
from pitstop_desktop.views.workspace import Workspace


@dataclass(frozen=True)
class HistoryRow:
    """One history entry as listed: its place in the history (the key), who by name, the detail in words."""

    position: int
    entry: HistoryEntry
    who: str
    detail: str


class WrappingRows(QStyledItemDelegate):
    """History rows grow to show a long detail in full (QTreeView alone does not size wrapped rows)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = self._view.columnWidth(index.column()) - 12
        if not text or width <= 0:
            return QSize(size.width(), size.height() + 6)
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), bounds.height()) + 6)


def history_view(ctx: Workspace, parent: QWidget) -> RowView[HistoryRow]:
    """When, who, action, detail; the columns hold the workspace, not the dialog (no reference cycle)."""
    columns: list[Column[HistoryRow]] = [
        Column(parent.tr("Quando"), lambda r: msg.local_time(r.entry.at, ctx.policy.calendar.tz,
                                                             now=ctx.clock.now())),
        Column(parent.tr("Quem"), lambda r: r.who, tooltip=lambda r: r.entry.by),
        Column(parent.tr("Ação"), lambda r: msg.label(msg.HISTORY_ACTION, r.entry.action)),
        Column(parent.tr("Detalhe"), lambda r: r.detail, tooltip=lambda r: r.detail),
    ]
    view: RowView[HistoryRow] = RowView(RowModel(columns, key=lambda r: r.position), parent, widths=(96, 160, 170))
    view.setAllColumnsShowFocus(False)
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(WrappingRows(view))
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())
    return view
