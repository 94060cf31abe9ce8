"""The weekly management report on screen ("Relatório semanal da gerência", the seed's "Gerência" 1–10).

A manager opens it on Monday: the week picker starts on the week that just ended (◀ ▶ and a typed ``2026-W47``),
the ten points are listed down the side as the seed names them, each with its charts beside its table. The report
is computed on the task runner (``services/weekly_report.py``); while it runs a progress bar names the section
being read and "Cancelar" stops it between two sections. CSV and XLSX (``services/report_export.py``) and PDF
(``views/report/pdf.py``) are written on the worker too, to a file the person chooses in their documents folder.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.db import Database
from pitstop_desktop.domain.consulting import parse_week, week_label, week_monday
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.models.labels import tr
from pitstop_desktop.models.weekly_report import ReportTableModel, Section, report_sections
from pitstop_desktop.services import report_export
from pitstop_desktop.services.weekly_report import Cancelled, weekly_report
from pitstop_desktop.services.weekly_report_records import WeeklyReport
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.report.charts import ReportChart
from pitstop_desktop.views.workspace import Workspace

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]
ReportSource = Callable[[Database, date, Progress, IsCancelled], WeeklyReport]
"""How the window gets a report: ``(db, monday, progress, cancelled)``; the service by default, a slow or failing
one in tests."""

EXPORTS = ("csv", "xlsx", "pdf")


def service_report(db: Database, monday: date, progress: Progress, is_cancelled: IsCancelled, *,
                   at: datetime | None = None) -> WeeklyReport:
    """The report from ``services/weekly_report.py`` (on the worker); ``at``: the moment it is made (None: the
    database's clock; a fixed clock's moment in tests and screenshots)."""
    return weekly_report(db, week=monday, at=at, progress=progress, cancelled=is_cancelled)


def write_export(report: WeeklyReport, kind: str, path: Path, tz: tzinfo) -> Path:
    """Write ``report`` as ``kind`` (csv, xlsx, pdf) to ``path`` (on the worker)."""
    if kind == "pdf":
        from pitstop_desktop.views.report.pdf import write_weekly_pdf

        write_weekly_pdf(report, path, tz=tz)
    elif kind == "xlsx":
        report_export.write_xlsx(report, path)
    else:
        report_export.write_csv(report, path)
    return path


class _ProgressRelay(QObject):
    """Carries the worker's progress calls to the GUI thread (a queued signal)."""

    moved = Signal(int, int, str)


class SectionPage(QWidget):
    """One point of the report: its title, what the seed asks, the headline figures, charts beside tables."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 4, 8, 4)
        self.title = msg.heading("", self, scale=1.3)
        self.seed = QLabel(self)
        self.seed.setWordWrap(True)
        self.seed.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.figures = QWidget(self)
        # a grid that reflows (see _place_figures): point 7's eight figures on a 1366-pixel laptop take two rows
        # instead of pushing its table off the page
        self.figures_layout = QGridLayout(self.figures)
        self.figures_layout.setContentsMargins(0, 4, 0, 4)
        self.figure_boxes: list[QFrame] = []
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.charts_box = QWidget(self.splitter)
        self.charts_layout = QVBoxLayout(self.charts_box)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.tables_box = QWidget(self.splitter)
        self.tables_layout = QVBoxLayout(self.tables_box)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.title, self.seed, self.figures):
            root.addWidget(widget)
        root.addWidget(self.empty, 1)
        root.addWidget(self.splitter, 1)
        self.charts: list[ReportChart] = []
        self.tables: list[QTableView] = []
        self.models: list[ReportTableModel] = []
        self.section: Section | None = None

    def set_section(self, section: Section) -> None:
        self.section = section
        self.title.setText(f"{section.number}. {section.title}")
        self.seed.setText(section.seed)
        self._fill_figures(section)
        while len(self.charts) < len(section.charts):
            chart = ReportChart(self.charts_box)
            self.charts_layout.addWidget(chart, 1)
            self.charts.append(chart)
        for chart, spec in zip(self.charts, section.charts, strict=False):
            chart.set_chart(spec)
        for i, chart in enumerate(self.charts):
            chart.setVisible(i < len(section.charts))
        while len(self.tables) < len(section.tables):
            model = ReportTableModel(self)
            view = QTableView(self.tables_box)
            view.setModel(model)
            view.setAlternatingRowColors(True)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.verticalHeader().hide()
            view.setWordWrap(False)
            view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            self.tables_layout.addWidget(view, 1)
            self.tables.append(view)
            self.models.append(model)
        for view, model, table in zip(self.tables, self.models, section.tables, strict=False):
            model.set_table(table)
            view.resizeColumnsToContents()
            view.setAccessibleName(section.title)
        self.charts_box.setVisible(bool(section.charts))
        self.empty.setText(section.empty_text)
        self.empty.setVisible(section.empty)
        self.splitter.setVisible(not section.empty)
        self.balance()

    def balance(self) -> None:
        """The tables as wide as their columns (at most 55 % of the page), the charts the rest."""
        if self.section is None or not self.section.charts or not self.tables:
            return
        total = max(self.splitter.width(), 800)
        wanted = max(v.horizontalHeader().length() + v.frameWidth() * 2 + v.verticalScrollBar().sizeHint().width()
                     for v in self.tables[:len(self.section.tables)])
        table = min(wanted, int(total * 0.55))
        self.splitter.setSizes([total - table, table])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_figures()
        self.balance()

    def _place_figures(self) -> None:
        """As many figures a row as fit the page's width (all of them on a wide screen), in the same order."""
        boxes = self.figure_boxes
        if not boxes:
            return
        spacing = max(self.figures_layout.horizontalSpacing(), 0)
        tile = max(b.sizeHint().width() for b in boxes) + spacing
        columns = max(1, min(len(boxes), (self.width() - 16 + spacing) // tile))
        for box in boxes:
            self.figures_layout.removeWidget(box)
        for i, box in enumerate(boxes):
            self.figures_layout.addWidget(box, i // columns, i % columns)
        for column in range(len(boxes) + 1):
            self.figures_layout.setColumnStretch(column, 1 if column == columns else 0)

    def _fill_figures(self, section: Section) -> None:
        for old in self.figure_boxes:
            self.figures_layout.removeWidget(old)
            old.deleteLater()
        self.figure_boxes = []
        for caption, value in section.figures:
            box = QFrame(self.figures)
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(10, 4, 10, 4)
            number = msg.heading(value, box, scale=1.5)
            text = QLabel(caption, box)
            text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            inner.addWidget(number)
            inner.addWidget(text)
            self.figure_boxes.append(box)
        self._place_figures()
        self.figures.setVisible(bool(section.figures))


class WeeklyReportWindow(QWidget):
    """See the module docstring. ``source``: where the report comes from (the service by default)."""

    loaded = Signal()  # a report arrived and is shown
    stopped = Signal(str)  # a report did not arrive: "cancelled" or "failed"
    exported = Signal(str)  # a file was written (its path); "" when writing failed

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, week: date | None = None,
                 source: ReportSource | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.source: ReportSource = source or (lambda db, monday, progress, is_cancelled: service_report(
            db, monday, progress, is_cancelled, at=ctx.clock.stamp()))
        today = ctx.clock.now().astimezone(ctx.policy.calendar.tz).date()
        self.monday = week_monday(week or today - timedelta(weeks=1))
        self.report: WeeklyReport | None = None
        self._cancel = threading.Event()
        self._loading = self._again = self._exporting = False
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._progress)
        self.setWindowTitle(self.tr("Relatório semanal da gerência — Pit Stop"))
        self.resize(1366, 768)
        self._build()
        self.reload()

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)

    # Layout

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Semana anterior"), self)
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        week_caption = QLabel(self.tr("&Semana"), self)
        self.week_edit = QLineEdit(self)
        self.week_edit.setMaxLength(9)
        self.week_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("2026-W47") + 24)
        self.week_edit.setToolTip(self.tr("Semana ISO, como 2026-W47; Enter mostra o relatório dela."))
        week_caption.setBuddy(self.week_edit)
        self.next_button = QPushButton(self.tr("Próxima semana ▶"), self)
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.week_label = msg.heading("", self)
        for widget in (self.previous_button, week_caption, self.week_edit, self.next_button, self.week_label):
            top.addWidget(widget)
        top.addStretch(1)
        self.export_buttons: dict[str, QPushButton] = {}
        for kind, text in (("csv", self.tr("Exportar &CSV…")), ("xlsx", self.tr("Exportar &XLSX…")),
                           ("pdf", self.tr("Exportar &PDF…"))):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
            top.addWidget(button)
            self.export_buttons[kind] = button
        root.addLayout(top)

        self.progress_row = QWidget(self)
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(self.progress_row)
        self.progress_bar = QProgressBar(self.progress_row)
        self.progress_bar.setTextVisible(True)
        self.saved_path = Path()
        self.cancel_button = QPushButton(self.tr("Cancelar"), self.progress_row)
        self.cancel_button.clicked.connect(self.cancel)
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        self.progress_row.hide()
        root.addWidget(self.progress_row)

        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)
        self.saved_row = QWidget(self)
        saved = QHBoxLayout(self.saved_row)
        saved.setContentsMargins(0, 0, 0, 0)
        self.saved_label = QLabel(self.saved_row)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Abrir a pasta"), self.saved_row)
        self.open_folder_button.clicked.connect(lambda: self.open_folder(self.saved_path))
        saved.addWidget(self.saved_label, 1)
        saved.addWidget(self.open_folder_button)
        self.saved_row.hide()
        root.addWidget(self.saved_row)

        body = QHBoxLayout()
        self.points = QListWidget(self)
        self.points.setAccessibleName(self.tr("Pontos do relatório"))
        self.points.setFixedWidth(250)
        self.points.setWordWrap(True)
        self.points.setSpacing(3)
        self.pages = QStackedWidget(self)
        body.addWidget(self.points)
        body.addWidget(self.pages, 1)
        root.addLayout(body, 1)
        self.section_pages: list[SectionPage] = []
        self.points.currentRowChanged.connect(self._show_point)

        self.previous_button.clicked.connect(lambda: self.go_to(self.monday - timedelta(weeks=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self.monday + timedelta(weeks=1)))
        self.week_edit.returnPressed.connect(self._week_typed)
        self._set_busy(False)

    # Reading

    def go_to(self, monday: date) -> None:
        """Show the report of the week of ``monday`` (a report still running is cancelled)."""
        self.monday = week_monday(monday)
        self.banner.clear()
        self.reload()

    def _week_typed(self) -> None:
        try:
            monday = parse_week(self.week_edit.text())
        except PitstopError as error:
            self.banner.show_error(error)
            return
        self.go_to(monday)

    def reload(self) -> None:
        """Compute the report of the chosen week on the worker (one at a time: a new week cancels the old)."""
        self.week_edit.setText(week_label(self.monday))
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(self.tr("%1 a %2").replace("%1", f"{self.monday:%d/%m}")
                                .replace("%2", f"{sunday:%d/%m/%Y}"))
        if self._loading:
            self._again = True
            self._cancel.set()
            return
        self._loading = True
        self._cancel = threading.Event()
        cancel, relay, source = self._cancel, self._relay, self.source
        db, monday = self.ctx.db, self.monday

        def progress(step: int, steps: int, label: str) -> None:  # on the worker
            relay.moved.emit(step, steps, label)

        def work() -> WeeklyReport:
            return source(db, monday, progress, cancel.is_set)

        self._set_busy(True)
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Calculando o relatório da semana %1…").replace("%1", week_label(monday)))
        msg.submit(self, self.ctx.runner, work, self._loaded, self._failed)

    @Slot(int, int, str)
    def _progress(self, step: int, steps: int, label: str) -> None:
        if not self._loading:
            return
        self.progress_bar.setRange(0, max(steps, 1))
        self.progress_bar.setValue(min(step, steps))
        if not self._cancel.is_set():
            self.progress_label.setText(tr(label))  # the vocabulary's section titles

    def cancel(self) -> None:
        """Stop the report being computed (the service stops between two sections)."""
        if self._loading:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelando…"))

    def _finish(self) -> bool:
        """After a read: False when another week was asked meanwhile (that one starts now)."""
        self._loading = False
        self._set_busy(False)
        if self._again:
            self._again = False
            self.reload()
            return False
        return True

    def _loaded(self, report: WeeklyReport) -> None:
        if not self._finish():
            return
        self.show_report(report)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if not self._finish():
            return
        if isinstance(error, Cancelled):
            self.banner.show_text(self.tr("Relatório cancelado."), msg.MessageBanner.INFO)
            self.stopped.emit("cancelled")
            return
        self.banner.show_error(error)
        self.stopped.emit("failed")

    def show_report(self, report: WeeklyReport) -> None:
        """Lay out ``report``'s ten points (the one shown stays shown)."""
        self.report = report
        tz = self.ctx.policy.calendar.tz
        sections = report_sections(report, tz)
        current = max(self.points.currentRow(), 0)
        self.points.blockSignals(True)
        self.points.clear()
        for section in sections:
            self.points.addItem(f"{section.number}. {section.title}")
        while len(self.section_pages) < len(sections):
            page = SectionPage(self.pages)
            scroll = QScrollArea(self.pages)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.pages.addWidget(scroll)
            self.section_pages.append(page)
        for page, section in zip(self.section_pages, sections, strict=False):
            page.set_section(section)
        self.points.setCurrentRow(current)
        self.points.blockSignals(False)
        self.pages.setCurrentIndex(current)
        generated = report.generated_at.astimezone(tz)
        self.setWindowTitle(self.tr("Relatório semanal da gerência %1 — Pit Stop").replace("%1", report.week))
        self.week_label.setText(self.week_label.text().split(" · ")[0] + " · " + self.tr("gerado em %1")
                                .replace("%1", f"{generated:%d/%m/%Y %H:%M}"))
        self._set_busy(False)

    def _show_point(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            self.pages.setCurrentIndex(row)

    def current_page(self) -> SectionPage:
        return self.section_pages[self.pages.currentIndex()]

    def _set_busy(self, busy: bool) -> None:
        self.progress_row.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and self.report is not None and not self._exporting)

    # Exports

    def suggested_path(self, kind: str) -> Path:
        """``relatorio-semanal-2026-W47.pdf`` in the person's documents folder."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        week = self.report.week if self.report is not None else week_label(self.monday)
        return Path(folder) / f"relatorio-semanal-{week}.{kind}"

    def export(self, kind: str) -> None:
        """Ask where, then write the report shown as ``kind`` (csv, xlsx, pdf) on the worker."""
        report = self.report
        if report is None or self._exporting:
            return
        chosen = self.choose_save_path(kind, self.suggested_path(kind))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        self._exporting = True
        self._set_busy(False)
        self.saved_row.hide()
        self.banner.clear()
        tz = self.ctx.policy.calendar.tz
        msg.submit(self, self.ctx.runner, lambda: write_export(report, kind, path, tz), self._exported,
                   self._export_failed)

    def _exported(self, path: Path) -> None:
        self._exporting = False
        self._set_busy(self._loading)
        self.saved_path = path
        self.saved_label.setText(self.tr("Salvo em %1").replace("%1", str(path)))
        self.saved_row.show()
        self.exported.emit(str(path))

    def _export_failed(self, error: BaseException) -> None:
        self._exporting = False
        self._set_busy(self._loading)
        if isinstance(error, OSError):
            self.banner.show_text(self.tr("Não foi possível gravar o arquivo: %1").replace(
                "%1", error.strerror or str(error)), msg.MessageBanner.ERROR)
        else:
            self.banner.show_error(error)
        self.exported.emit("")

    # Overridable questions and actions (tests answer them without a modal dialog or a file manager)

    def choose_save_path(self, kind: str, suggested: Path) -> str:
        filters = {"csv": self.tr("CSV (*.csv)"), "xlsx": self.tr("Planilha do Excel (*.xlsx)"),
                   "pdf": self.tr("PDF (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Salvar o relatório semanal"), str(suggested),
                                              filters[kind])
        return path

    def open_folder(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

