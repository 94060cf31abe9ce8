"""The roster editor: the week of a tab as a grid (people × days) that supervisors and managers plan in.

Select days in the grid (drag, Shift or Ctrl + click, a whole row by its name) and type the shift in the form
beside it: Enter applies it to every selected day; Delete clears them. "Copiar semana anterior" makes this week
what the previous one was for the tab's people (a holiday of this week keeps what it has); "Semana habitual"
gives the selected people their usual week (their last fully rostered ordinary week); "Importar CSV…" reads a
spreadsheet's ``login;date;start;end;lunch_start;lunch_end`` and shows which lines were refused and why.

Everything runs on the task runner (never on the GUI thread), each action in one transaction of the services
(``services/roster.py``), which refuse anyone but management. The window follows the live feed: a change to the
roster from another seat, the CLI or this window shows here within a second, keeping the selection.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.errors import Field, PitstopError
from pitstop_desktop.domain.roster import CellChange, Shift, decode_csv, week_code, week_monday
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.models.roster import RosterWeekModel
from pitstop_desktop.services import picker, roster
from pitstop_desktop.services.roster import ImportReport, RosterChange, RosterWeek
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.roster.form import ShiftForm
from pitstop_desktop.views.roster.report import ImportReportPanel
from pitstop_desktop.views.workspace import Workspace

ALL_TABS = ""  # the tab combo's entry for everyone


class TwoLineCells(QStyledItemDelegate):
    """A cell too narrow for ``08:00–17:00 · almoço 12:00–13:00`` shows the shift over the lunch."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if " · " in text and option.fontMetrics.horizontalAdvance(text) > option.rect.width() - 8:
            option.text = text.replace(" · ", "\u2028")  # a line break the item text layout honours


class RosterEditor(QWidget):
    """See the module docstring. ``feed``: the seat's live feed (the console's); without one the window reads
    again only after its own changes and on "Atualizar"."""

    loaded = Signal()  # a read of the week arrived (tests wait for it)
    saved = Signal(str)  # an action finished; what the banner says

    def __init__(self, ctx: Workspace, feed: LiveFeed | None = None, parent: QWidget | None = None, *,
                 day: date | None = None, tab: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.feed = feed
        tz = ctx.policy.calendar.tz
        self.monday = week_monday(day or ctx.clock.now().astimezone(tz).date())
        self.tab: str | None = tab if tab is not None else (ctx.user.tabs[0] if ctx.user.tabs else None)
        self._pick_first = tab is None and not ctx.user.tabs  # someone of no tab starts on the first tab
        self._tabs_loaded = False
        self._loading = self._again = self._busy = False
        self.setWindowTitle(self.tr("Escala da semana — Pit Stop"))
        self.resize(1366, 768)
        self._build()
        if feed is not None:
            feed.changed.connect(self.follow)
        self.reload()

    # Layout

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Semana anterior"), self)
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.week_label = msg.heading("", self)
        self.next_button = QPushButton(self.tr("Próxima semana ▶"), self)
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.this_week_button = QPushButton(self.tr("Esta semana"), self)
        tab_label = QLabel(self.tr("A&ba"), self)
        self.tab_combo = QComboBox(self)
        self.tab_combo.setMinimumContentsLength(18)
        tab_label.setBuddy(self.tab_combo)
        for widget in (self.previous_button, self.week_label, self.next_button, self.this_week_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(tab_label)
        top.addWidget(self.tab_combo)
        root.addLayout(top)

        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copiar semana anterior"), self)
        self.copy_button.setToolTip(self.tr("Esta semana fica igual à anterior para as pessoas da aba; os "
                                            "feriados desta semana ficam como estão."))
        self.usual_button = QPushButton(self.tr("Semana &habitual"), self)
        self.usual_button.setToolTip(self.tr("Dá às pessoas selecionadas a semana habitual delas: a última semana "
                                             "sem feriado em que trabalharam todos os dias úteis."))
        self.import_button = QPushButton(self.tr("&Importar CSV…"), self)
        self.import_button.setToolTip(self.tr("Um arquivo login;date;start;end;lunch_start;lunch_end, um dia por "
                                              "linha; início e fim vazios tiram o dia da escala."))
        for button in (self.copy_button, self.usual_button, self.import_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        actions.addWidget(self.count_label)
        root.addLayout(actions)

        middle = QHBoxLayout()
        self.model = RosterWeekModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(TwoLineCells(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setCornerButtonEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 12)
        self.table.verticalHeader().setMinimumWidth(150)
        self.table.setAccessibleName(self.tr("Escala da semana"))
        middle.addWidget(self.table, 1)
        self.form = ShiftForm(self)
        self.form.setFixedWidth(260)
        middle.addWidget(self.form)
        root.addLayout(middle, 1)

        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.hide()
        root.addWidget(self.legend)
        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)
        self.report = ImportReportPanel(self)
        root.addWidget(self.report)

        self.previous_button.clicked.connect(lambda: self.go_to(self.monday - timedelta(weeks=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self.monday + timedelta(weeks=1)))
        self.this_week_button.clicked.connect(
            lambda: self.go_to(week_monday(self.ctx.clock.now().astimezone(self.ctx.policy.calendar.tz).date())))
        self.tab_combo.currentIndexChanged.connect(self._tab_changed)
        self.copy_button.clicked.connect(self.copy_previous_week)
        self.usual_button.clicked.connect(self.apply_usual_week)
        self.import_button.clicked.connect(self.import_csv)
        self.form.apply_requested.connect(self.apply_shift)
        self.form.clear_requested.connect(self.clear_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated.connect(lambda _index: self._edit_selected())
        self.table.installEventFilter(self)  # Delete and Backspace clear the selected days
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (or Backspace) on the grid clears the selected days: a key of the grid, not a window shortcut."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.clear_selected()
            return True
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)

    # Reading

    def go_to(self, monday: date) -> None:
        self.monday = week_monday(monday)
        self.banner.clear()
        self.reload()

    def _tab_changed(self, _index: int) -> None:
        code = self.tab_combo.currentData()
        tab = code or None
        if tab != self.tab:
            self.tab = tab
            self.banner.clear()
            self.reload()

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch: read the week again when the roster or the staff changed."""
        if batch.touches(Entity.ROSTER, Entity.STAFF, Entity.DATABASE):
            self.reload()

    def reload(self) -> None:
        """Read the week again (coalesced: one more read after the one in flight)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        db, monday, tab, want_tabs = self.ctx.db, self.monday, self.tab, not self._tabs_loaded
        pick_first = self._pick_first

        def work() -> tuple[RosterWeek, list[picker.TabChoice] | None]:
            tabs = picker.tabs(db) if want_tabs else None
            chosen = tabs[0].code if pick_first and tabs else tab
            return roster.week(db, week=monday, tab=chosen), tabs

        msg.submit(self, self.ctx.runner, work, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[RosterWeek, list[picker.TabChoice] | None]) -> None:
        week, tabs = result
        self._loading = False
        if tabs is not None:
            if self._pick_first:
                self._pick_first, self.tab = False, week.tab
            self._fill_tabs(tabs)
        if self._again or week.week != week_code(self.monday) or week.tab != self.tab:
            self._again = False  # the week or the tab changed meanwhile: what arrived is already old
            self.reload()
            return
        self.model.set_week(week)
        self._show_week(week)
        self._selection_changed()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = self._again = False
        self.banner.show_error(error)
        if self.feed is not None and not isinstance(error, PitstopError):  # the database, not a refusal
            self.feed.report_failure(error)

    def _fill_tabs(self, tabs: list[picker.TabChoice]) -> None:
        self._tabs_loaded = True
        self.tab_combo.blockSignals(True)
        self.tab_combo.clear()
        for t in tabs:
            self.tab_combo.addItem(t.name, t.code)
        self.tab_combo.addItem(self.tr("Todas as abas"), ALL_TABS)
        self.tab_combo.setCurrentIndex(max(self.tab_combo.findData(self.tab or ALL_TABS), 0))
        self.tab_combo.blockSignals(False)
        self.tab = self.tab_combo.currentData() or None

    def _show_week(self, week: RosterWeek) -> None:
        first, last = week.days[0].day, week.days[-1].day
        self.week_label.setText(self.tr("Semana %1 · %2 a %3").replace("%1", week.week)
                                .replace("%2", f"{first:%d/%m}").replace("%3", f"{last:%d/%m/%Y}"))
        notes = [f"{self.model.day_title(d).splitlines()[0]} — {self.model.day_detail(d)}"
                 for d in week.days if self.model.day_detail(d)]
        self.legend.setText(self.tr("Feriados e exceções do calendário: %1").replace("%1", "; ".join(notes)))
        self.legend.setVisible(bool(notes))
        rostered = len({c.login for c in week.cells})
        self.count_label.setText(self.tr("%1 de %2 pessoas na escala desta semana")
                                 .replace("%1", str(rostered)).replace("%2", str(len(week.people))))

    # Selection

    def selected_cells(self) -> list[tuple[str, date]]:
        """(login, day) of every selected cell, in grid order."""
        indexes = sorted(self.table.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        return [(self.model.person(i.row()).login, self.model.day(i.column()).day) for i in indexes]

    def select_cells(self, cells: list[tuple[str, date]]) -> None:
        """Select these cells (what a drag would select; for code that restores a selection)."""
        selection = QItemSelection()
        for login, day in cells:
            row, column = self.model.row_of(login), self.model.column_of(day)
            if row is not None and column is not None:
                index = self.model.index(row, column)
                selection.select(index, index)
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _selection_changed(self) -> None:
        self.form.set_count(len(self.table.selectionModel().selectedIndexes()))
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isSelected(current):
            self.form.show_shift(self.model.shift(current.row(), current.column()))

    def _edit_selected(self) -> None:
        self.form.start.setFocus()
        self.form.start.selectAll()

    # Actions

    def _run(self, work: Callable[[], Any], done: Callable[[Any], str]) -> None:
        """Run a change on the worker; on success say what it did, read the week again and tell the feed."""
        if self._busy:
            return
        self._busy = True
        self._set_enabled(False)
        self.banner.clear()

        def finished(result: Any) -> None:
            self._busy = False
            self._set_enabled(True)
            text = done(result)
            if text:
                self.banner.show_text(text, msg.MessageBanner.INFO)
            self.reload()
            if self.feed is not None:
                self.feed.refresh()
            self.saved.emit(text)

        def failed(error: BaseException) -> None:
            self._busy = False
            self._set_enabled(True)
            if isinstance(error, PitstopError) and error.field == Field.TIME:
                self.form.show_error(error)
            else:
                self.banner.show_error(error)
            self.saved.emit("")

        msg.submit(self, self.ctx.runner, work, finished, failed)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.copy_button, self.usual_button, self.import_button):
            button.setEnabled(enabled)
        if enabled:
            self._selection_changed()
        else:
            self.form.apply_button.setEnabled(False)
            self.form.clear_button.setEnabled(False)

    def _change_cells(self, shift: Shift | None) -> None:
        cells = self.selected_cells()
        if not cells:
            self.banner.show_text(self.tr("Selecione um ou mais dias na grade."), msg.MessageBanner.WARNING)
            return
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        changes = [CellChange(login, day, shift) for login, day in cells]
        self._run(lambda: roster.set_cells(db, actor=actor, changes=changes, at=stamp), self._said)

    def apply_shift(self, shift: Shift) -> None:
        self._change_cells(shift)

    def clear_selected(self) -> None:
        self._change_cells(None)

    def copy_previous_week(self) -> None:
        week = self.model.week
        source = self.monday - timedelta(weeks=1)
        if week is not None and week.cells and not self.confirm(
                self.tr("A semana %1 já tem escala. Copiar a semana %2 substitui a escala das pessoas da aba por "
                        "a da semana anterior (os feriados desta semana ficam como estão). Continuar?")
                .replace("%1", week.week).replace("%2", week_code(source))):
            return
        db, actor, stamp, tab, target = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp(), self.tab, self.monday
        self._run(lambda: roster.copy_week(db, actor=actor, from_week=source, to_week=target, tab=tab, at=stamp),
                  self._said)

    def apply_usual_week(self) -> None:
        logins = list(dict.fromkeys(login for login, _ in self.selected_cells()))
        if not logins:
            self.banner.show_text(self.tr("Selecione a pessoa (qualquer dia da linha dela) para aplicar a semana "
                                          "habitual."), msg.MessageBanner.WARNING)
            return
        db, actor, stamp, target = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp(), self.monday

        def work() -> list[tuple[str, RosterChange | PitstopError]]:
            results: list[tuple[str, RosterChange | PitstopError]] = []
            for login in logins:
                try:
                    results.append((login, roster.apply_usual_week(db, actor=actor, login=login, week=target,
                                                                   at=stamp)))
                except PitstopError as error:
                    if error.code.startswith("permission."):
                        raise  # not management: nobody's week is planned, say it once
                    results.append((login, error))
            return results

        self._run(work, self._said_usual)

    def import_csv(self) -> None:
        path = self.choose_file()
        if not path:
            return
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()

        def work() -> ImportReport:
            return roster.import_csv(db, actor=actor, text=decode_csv(Path(path).read_bytes()), at=stamp)

        def done(report: ImportReport) -> str:
            self.report.show_report(Path(path).name, report)
            return ""

        self._run(work, done)

    # Overridable questions (tests answer them without a modal dialog)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Importar escala (CSV)"), "",
                                              self.tr("CSV (*.csv *.txt);;Todos os arquivos (*)"))
        return path

    # What the banner says

    def _said(self, done: RosterChange) -> str:
        text = self.tr("%1 dia(s) definido(s), %2 dia(s) limpo(s).").replace("%1", str(done.set)) \
            .replace("%2", str(done.cleared))
        if done.source_week is not None:
            text = self.tr("Copiada a semana %1: %2").replace("%1", done.source_week).replace("%2", text)
        if done.skipped_days:
            days = ", ".join(self._day_name(d) for d in done.skipped_days)
            text += " " + self.tr("Dias fechados no calendário ficaram como estavam: %1.").replace("%1", days)
        return text

    def _said_usual(self, results: list[tuple[str, RosterChange | PitstopError]]) -> str:
        names = {p.login: p.name for p in (self.model.week.people if self.model.week else ())}
        parts = []
        for login, result in results:
            name = names.get(login, login)
            if isinstance(result, PitstopError):
                parts.append(f"{name}: {msg.error_text(result)}")
            else:
                parts.append(self.tr("%1: semana habitual %2 aplicada (%3 dia(s) definido(s), %4 limpo(s)).")
                             .replace("%1", name).replace("%2", result.source_week or "")
                             .replace("%3", str(result.set)).replace("%4", str(result.cleared)))
        return " ".join(parts)

    def _day_name(self, day: date) -> str:
        column = self.model.column_of(day)
        return self.model.day_title(self.model.day(column)).splitlines()[0] if column is not None else day.isoformat()
