"""Unexpected errors in a window: a crash report in the log folder, and a dialog that says what happened and where
the report is; the program keeps running.

Three ways an exception escapes the code that should have handled it, all caught here once
:class:`CrashReporter` is installed (``run_seat_window`` and ``run_intake`` do it for their whole run):

- on the GUI thread, out of a slot, a timer or a Qt virtual method (``paintEvent``…): PySide6 prints it with
  ``sys.excepthook`` and goes on with the event loop, so the hook is where we hear of it;
- on another thread (``threading.excepthook``): the report is written there and the dialog shown on the GUI
  thread, through a queued signal;
- while a window starts (:func:`reporting_crashes`): the same report, and the dialog before the program ends.

Qt's own warnings go to the log too (``qInstallMessageHandler``).

The handler never touches the database nor the intake outbox: whatever was saved stays saved, the calls waiting in
``outbox.db`` stay there (each one was written durably before the window went on), and the window that failed
stays open with its outbox, its timer and its worker thread. A refusal (``PitstopError``) is not a crash: the
windows show those beside the field they are about. One dialog at a time: the same error again (a ``paintEvent``
failing on every repaint) is counted on the open dialog and in the log, without a new report each time.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop import logs
from pitstop_desktop.domain.errors import PitstopError

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
INVISIBLE_PLATFORMS = ("offscreen", "minimal")
"""Qt platforms nobody can see: a dialog that waits for a click (start-up failures) is not waited for there."""
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_facts() -> dict[str, str]:
    """The versions and platform a report adds to the Python side's facts."""
    return {"Qt": qVersion(), "PySide6": PySide6.__version__,
            "Plataforma Qt": QGuiApplication.platformName() or "-"}


class CrashDialog(QDialog):
    """What happened (one sentence), where the full report is, that the program goes on; open the folder, copy the
    report, show it."""

    def __init__(self, report: logs.CrashReport, *, fatal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.repeats = 0
        self.setWindowTitle(self.tr("Pit Stop — erro inesperado"))
        self.setObjectName("crash_dialog")
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.what = QLabel(self.tr("O Pit Stop encontrou um erro inesperado: %1.").replace(
            "%1", report.summary.rstrip(".")), self)
        self.what.setObjectName("crash_what")
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        if report.path is not None:
            where = self.tr("O relatório completo foi salvo em:")
        else:
            where = self.tr("Não foi possível salvar o relatório (%1); use «Copiar o relatório» para guardá-lo.") \
                .replace("%1", report.problem or "?")
        self.where = QLabel(where, self)
        self.where.setObjectName("crash_where")
        # on a line of its own, whole: a label would cut a path at its hyphens; a long one scrolls
        self.path = QLineEdit(str(report.path or ""), self)
        self.path.setObjectName("crash_path")
        self.path.setReadOnly(True)
        self.path.setFrame(False)
        self.path.setCursorPosition(0)
        self.path.setMinimumWidth(min(self.path.fontMetrics().horizontalAdvance(self.path.text()) + 16, 860))
        self.path.setVisible(report.path is not None)
        if fatal:
            after = self.tr("A janela não pôde abrir e o Pit Stop vai fechar. Envie o relatório a quem cuida do "
                            "Pit Stop no escritório.")
        else:
            after = self.tr("O Pit Stop continua aberto: o que já foi gravado no banco e as ligações guardadas na "
                            "caixa de saída não se perdem. Se algo parecer errado, feche a janela e abra de novo.")
        self.after = QLabel(after, self)
        self.repeated = QLabel(self)
        self.repeated.setObjectName("crash_repeated")
        self.repeated.hide()
        for label in (self.what, self.where, self.after, self.repeated):
            label.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(report.text, self)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(220)
        self.details.hide()

        buttons = QDialogButtonBox(self)
        self.open_folder = QPushButton(self.tr("Abrir a &pasta"), self)
        self.copy = QPushButton(self.tr("&Copiar o relatório"), self)
        self.show_details = QPushButton(self.tr("&Detalhes"), self)
        self.show_details.setCheckable(True)
        self.close_button = QPushButton(self.tr("&Fechar"), self)
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_details, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setDefault(True)
        self.open_folder.setEnabled(report.path is not None)
        self.open_folder.clicked.connect(self.open_report_folder)
        self.copy.clicked.connect(self.copy_report)
        self.show_details.toggled.connect(self._toggle_details)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(self.what)
        text.addSpacing(6)
        saved = QVBoxLayout()
        saved.setSpacing(2)
        saved.addWidget(self.where)
        saved.addWidget(self.path)
        text.addLayout(saved)
        text.addSpacing(6)
        for label in (self.after, self.repeated):
            text.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        # the dialog's size follows its layout's minimum, so the wrapped sentences get the height they need on
        # the first show (a plain minimum width on the dialog let them overlap)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.after.setMinimumWidth(460)

    def open_report_folder(self) -> None:
        if self.report.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.path.parent)))

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report.text)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()

    def another(self) -> None:
        """One more unexpected error while this dialog is open: counted here (its report is in the log folder)."""
        self.repeats += 1
        self.repeated.setText(self.tr("Aconteceram mais %1 erro(s) inesperado(s) depois deste; estão no log.")
                              .replace("%1", str(self.repeats)))
        self.repeated.show()


class CrashReporter(QObject):
    """Catches what escapes (see the module's docstring): a report, the log, one dialog. ``reported`` says so on
    the GUI thread, after the dialog shows (tests wait for it)."""

    reported = Signal(object)  # logs.CrashReport
    _from_thread = Signal(object, bool)  # a report written on another thread, shown on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.reports: list[logs.CrashReport] = []
        self._seen: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        self._busy = threading.local()
        self._installed = False
        self._previous_sys: ExceptHook | None = None
        self._previous_thread: Callable[[threading.ExceptHookArgs], Any] | None = None
        self._previous_qt: Any = None
        self._from_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # installing

    def install(self) -> None:
        if self._installed:
            return
        self._previous_sys, self._previous_thread = sys.excepthook, threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook
        self._previous_qt = qInstallMessageHandler(_qt_message)
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        sys.excepthook = self._previous_sys or sys.__excepthook__
        threading.excepthook = self._previous_thread or threading.__excepthook__
        qInstallMessageHandler(self._previous_qt)
        self._installed = False

    # the hooks

    def _sys_hook(self, exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            (self._previous_sys or sys.__excepthook__)(exc_type, error, tb)
            return
        thread = threading.current_thread()
        where = "thread principal (GUI)" if thread is threading.main_thread() else f"thread {thread.name}"
        self.report(error, where, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_value, f"thread {name}", args.exc_traceback)

    # reporting

    def report(self, error: BaseException, where: str, tb: TracebackType | None = None, *,
               fatal: bool = False) -> logs.CrashReport | None:
        """Write the report (or count a repeat) and show the dialog; on another thread the dialog follows on the
        GUI thread. Never raises: an error while reporting goes to the log only."""
        if getattr(self._busy, "active", False):  # failing inside the handler itself: do not loop
            log.error("unexpected error while reporting one", exc_info=(type(error), error, tb))
            return None
        self._busy.active = True
        try:
            if not fatal and self._repeat(error, tb):
                if threading.current_thread() is threading.main_thread() and self.dialog is not None:
                    self.dialog.another()
                return None
            report = logs.write_crash_report(error, where, qt_facts(), tb)
            if threading.current_thread() is threading.main_thread():
                self._show(report, fatal)
            else:
                self._from_thread.emit(report, fatal)
            return report
        except Exception:
            log.exception("the crash reporter failed")
            return None
        finally:
            self._busy.active = False

    def _repeat(self, error: BaseException, tb: TracebackType | None) -> bool:
        """The same error from the same line as before: count it and log one short line now and then."""
        frame = tb or error.__traceback__
        while frame is not None and frame.tb_next is not None:
            frame = frame.tb_next
        place = f"{frame.tb_frame.f_code.co_filename}:{frame.tb_lineno}" if frame is not None else "?"
        key = (type(error).__name__, place)
        with self._lock:
            count = self._seen[key] = self._seen.get(key, 0) + 1
        if count == 1:
            return False
        if count in (2, 10, 100, 1000) or count % 10_000 == 0:
            log.error("the same unexpected error again (%d times): %s at %s", count, logs.summary_of(error), place)
        return True

    def _show(self, report: logs.CrashReport, fatal: bool = False) -> None:
        self.reports.append(report)
        if self.dialog is not None and not fatal:
            self.dialog.another()
        else:
            dialog = CrashDialog(report, fatal=fatal)
            dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
            self.dialog = dialog
            if fatal and QGuiApplication.platformName() not in INVISIBLE_PLATFORMS:
                self.reported.emit(report)
                dialog.exec()  # the program ends next: wait until the person has read it
                return
            if QApplication.activeModalWidget() is not None:  # failing under a modal dialog (sign-in…): above it,
                dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # or it could not be clicked
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        self.reported.emit(report)

    def _closed(self, dialog: CrashDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings into our log (a missing plugin, a bad signal connection…) rather than a terminal nobody
    reads."""
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


@contextmanager
def reporting_crashes(parent: QObject | None = None) -> Iterator[CrashReporter]:
    """Install a :class:`CrashReporter` for the ``with`` block; an unexpected exception that ends the block (the
    window could not start) is reported with the dialog, then goes on to the command line's last line (which
    names the same report). Refusals (``PitstopError``) pass through untouched."""
    reporter = CrashReporter(parent)
    reporter.install()
    try:
        yield reporter
    except PitstopError:
        raise
    except Exception as exc:
        reporter.report(exc, "ao abrir a janela", fatal=True)
        raise
    finally:
        reporter.uninstall()
