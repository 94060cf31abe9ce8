"""The agenda board: one tab per aba, a filter box that narrows as you type, quick toggles.

A keystroke filters the tab on screen only; the others get the settings and apply them when shown (their
counts in the tab titles do not depend on the filter). Titles are set only when their text changes:
``setTabText`` relayouts the tab bar, and the board ticks every second.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.tabs import DEFAULT_TABS
from pitstop_desktop.models.board import RIGHT_ALIGNED, BoardTableModel, Column, Role
from pitstop_desktop.models.feed import FeedBatch
from pitstop_desktop.services import board as board_service
from pitstop_desktop.services.board import BoardRow
from pitstop_desktop.services.timeline import TimelineRow
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.messages import submit
from pitstop_desktop.views.workspace import Workspace

COLUMN_WIDTHS = {
    Column.NUMBER: 60, Column.CLIENT: 200, Column.SUMMARY: 320, Column.CHANNEL: 80, Column.KIND: 100,
    Column.SLA: 80, Column.TIME_LEFT: 110, Column.STATUS: 175, Column.TECHNICIAN: 150, Column.OPENED: 90,
    Column.IN_TAB: 90, Column.SIGNALS: 330,
}


class BoardDelegate(QStyledItemDelegate):
    """Paints board cells from the model's caches instead of asking it for seven roles per cell.

    The stock ``initStyleOption`` asks font, alignment, foreground, check state, decoration, display and
    background for every painted cell (a repaint of the visible area is ~385 cells): seven calls from C++
    into Python, or one ``multiData`` whose span Python must walk and clear. Each call takes the GIL, and
    while the worker thread is busy fetching rows each wait for it adds up: the repaint went from 13 ms to
    90 ms next to a busy thread. A board cell only ever has a text, an alignment for two columns and a
    colour for the countdown, so this sets exactly what the stock code sets for such a cell (display text
    with newlines as line separators, ``HasDisplay``, the alignment, the Text brush, no style object) and
    nothing else: one call per cell, and the same pixels (compared with the stock delegate on the default,
    Fusion and Windows styles, selection and focus included).
    """

    _RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    _RIGHT_COLUMNS = frozenset(int(c) for c in RIGHT_ALIGNED)
    _TIME_LEFT = int(Column.TIME_LEFT)
    _SIGNALS = int(Column.SIGNALS)
    _HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay

    def __init__(self, model: BoardTableModel, parent: QObject | None = None) -> None:
        """``model``: the board model of the one view this delegate is set on (its cells are read directly)."""
        super().__init__(parent)
        self._model = model
        self._with_display: dict[QStyleOptionViewItem.ViewItemFeature, QStyleOptionViewItem.ViewItemFeature] = {}

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        position, column = index.row(), index.column()
        option.index = index  # type: ignore[assignment]  # Qt takes a persistent index too; no copy when painting
        text = self._model.display_text(position, column)
        if text is not None:
            features = option.features
            with_display = self._with_display.get(features)
            if with_display is None:  # Qt flags are Python enums here: "|" costs more than a look-up
                with_display = self._with_display[features] = features | self._HAS_DISPLAY
            option.features = with_display
            option.text = text.replace("\n", "\u2028")  # QStyledItemDelegate.displayText does the same
        if column in self._RIGHT_COLUMNS:
            option.displayAlignment = self._RIGHT
        if column == self._TIME_LEFT or column == self._SIGNALS:
            colour = (self._model.countdown_colour(position) if column == self._TIME_LEFT
                      else self._model.signal_colour(position))
            if colour is not None:
                palette = option.palette
                palette.setBrush(QPalette.ColorRole.Text, colour)
                option.palette = palette
        option.styleObject = None  # type: ignore[assignment]  # the stub lacks Optional; as the stock code: no style animations inside item views


class BoardWidget(QWidget):
    """Tabs of OC tables. ``occurrence_activated`` fires on double-click or Enter with the OC number."""

    occurrence_activated = Signal(int)
    shown = Signal(int, bool)  # the change-feed revision whose OCs the board now shows; True after a full read
    read_failed = Signal(object)  # the exception of a read that failed (the window hands it to the live feed)
    rows_arrived = Signal(object, bool)  # the rows just filed (list[BoardRow]); True: every open OC (the gauges')

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filtrar por número, cliente, resumo ou técnico…"))
        self.filter_box.setClearButtonEnabled(True)
        self.only_at_risk = QCheckBox(self.tr("Só em risco"), self)
        self.only_unassigned = QCheckBox(self.tr("Só sem técnico"), self)
        self.sla_combo = QComboBox(self)
        self.sla_combo.addItem(self.tr("Todas as classes de SLA"), None)
        for sla in ctx.policy.sla_classes.values():
            self.sla_combo.addItem(msg.sla_class_name(sla.code, sla.name), sla.code)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.only_at_risk)
        bar.addWidget(self.only_unassigned)
        bar.addWidget(self.sla_combo)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.models: dict[str, BoardTableModel] = {}
        self.views: dict[str, QTableView] = {}
        self._names = {t.code: t.name for t in DEFAULT_TABS}
        self._titles: dict[int, str] = {}
        for tab in DEFAULT_TABS:
            model = BoardTableModel(tab.code, ctx.policy, ctx.clock, self)
            view = self._make_view(model)
            self.models[tab.code], self.views[tab.code] = model, view
            self.tabs.addTab(view, tab.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.filter_box.textChanged.connect(self._filter_changed)
        self.only_at_risk.toggled.connect(self._filter_changed)
        self.only_unassigned.toggled.connect(self._filter_changed)
        self.sla_combo.currentIndexChanged.connect(self._filter_changed)
        self.tabs.currentChanged.connect(self._tab_shown)

    def _make_view(self, model: BoardTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setItemDelegate(BoardDelegate(model, view))
        view.setSortingEnabled(True)
        view.sortByColumn(Column.TIME_LEFT, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents on big tables
        header.setStretchLastSection(False)
        for column, width in COLUMN_WIDTHS.items():
            view.setColumnWidth(column, width)
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(lambda index: self._activate(model, index))
        view.activated.connect(lambda index: self._activate(model, index))
        return view

    def _activate(self, model: BoardTableModel, index: QModelIndex) -> None:
        if index.isValid():
            self.occurrence_activated.emit(int(model.data(index, Role.NUMBER)))

    def _filter_changed(self, *_args: object) -> None:
        current = self.tabs.currentWidget()
        for code, model in self.models.items():
            model.set_filter(self.filter_box.text(), only_at_risk=self.only_at_risk.isChecked(),
                             only_unassigned=self.only_unassigned.isChecked(), sla_class=self.sla_combo.currentData(),
                             defer=self.views[code] is not current)

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.models):
            list(self.models.values())[index].refresh_filter()

    # Data in

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch: a full one re-reads every open OC, otherwise only the OCs it names."""
        db, revision = self.ctx.db, batch.revision
        full = batch.full or batch.touches(Entity.SETTING)  # a tab's long-wait threshold: every row's instant
        ids = batch.ids_of(Entity.OCCURRENCE)
        if not full and not ids:
            self.shown.emit(revision, False)
            return

        def arrived(rows: list[BoardRow]) -> None:
            if full:
                self.load(rows)
            else:
                self.apply(rows)
            self.shown.emit(revision, full)

        work = (lambda: board_service.open_rows(db)) if full else (lambda: board_service.rows_by_id(db, ids))
        submit(self, self.ctx.runner, work, arrived, self.read_failed.emit)

    def load(self, rows: Iterable[BoardRow]) -> None:
        by_tab: dict[str, list[BoardRow]] = {code: [] for code in self.models}
        for row in rows:
            group = by_tab.get(row.tab)
            if group is not None:
                group.append(row)
        for code, model in self.models.items():
            model.load(by_tab[code])
        self.update_titles()
        self.rows_arrived.emit([row for group in by_tab.values() for row in group], True)

    def apply(self, rows: Iterable[BoardRow]) -> None:
        rows = list(rows)
        for model in self.models.values():
            model.apply(rows)
        self.update_titles()
        self.rows_arrived.emit(rows, False)

    def set_owners(self, rows: Iterable[TimelineRow]) -> None:
        """Today's timeline rows: the board marks OCs in progress with someone who left or went silent."""
        rows = list(rows)
        for model in self.models.values():
            model.set_owners(rows)

    def tick(self) -> None:
        for code, model in self.models.items():
            model.tick(self._on_screen(self.views[code]))
        self.update_titles()

    @staticmethod
    def _on_screen(view: QTableView) -> tuple[int, int] | None:
        """First and last row the view shows (None when hidden: then nothing is painted anyway)."""
        if not view.isVisible():
            return None
        top = view.rowAt(0)
        if top < 0:
            return None
        bottom = view.rowAt(view.viewport().height() - 1)
        return top, bottom if bottom >= 0 else view.model().rowCount() - 1

    def update_titles(self) -> None:
        for i, (code, model) in enumerate(self.models.items()):
            total, at_risk = model.counts()
            title = f"{self._names[code]} ({total})"
            if at_risk:
                title = self.tr("{name} ({total} · {risk} em risco)").format(
                    name=self._names[code], total=total, risk=at_risk)
            if self._titles.get(i) != title:
                self._titles[i] = title
                self.tabs.setTabText(i, title)

    # Questions and commands from the window

    def show_class(self, sla_code: str | None) -> None:
        """A gauge was clicked: filter the board to that SLA class."""
        index = self.sla_combo.findData(sla_code)
        self.sla_combo.setCurrentIndex(max(index, 0))

    def select_number(self, number: int) -> bool:
        """Bring an OC into view and select it (a job clicked on the timeline)."""
        for i, (code, model) in enumerate(self.models.items()):
            if not model.contains(number):
                continue
            row = model.row_of_number(number)
            if row is None:  # filtered out: clear the filters so it can be shown
                self.filter_box.clear()
                self.only_at_risk.setChecked(False)
                self.only_unassigned.setChecked(False)
                self.sla_combo.setCurrentIndex(0)
                row = model.row_of_number(number)
            if row is None:
                return False
            self.tabs.setCurrentIndex(i)
            view = self.views[code]
            index = model.index(row, Column.NUMBER)
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            view.scrollTo(index)
            return True
        return False

    def current_view(self) -> QTableView:
        return self.views[list(self.models)[self.tabs.currentIndex()]]
