"""Unexpected errors in a window (views/crash.py): raising in a slot (a real click) shows the dialog without
blocking, with what happened and where the report was saved; the report is written; the window goes on; another
thread's error reaches the GUI thread; Qt's warnings reach the log; and an error during the intake window's work
leaves the calls queued in the outbox, which the window still sends when the server is back."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot, qWarning
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from pitstop_desktop import logs
from pitstop_desktop.db import Database
from pitstop_desktop.db.outbox import OutboxStore
from pitstop_desktop.domain.errors import NotFound
from pitstop_desktop.views.crash import CrashDialog, CrashReporter, reporting_crashes
from pitstop_desktop.views.intake import IntakeWindow
from tests.gui.test_intake import Keyboard, ServerSwitch, ocs_with_summary, open_intake, pick_client, save_with_keys

__all__ = ["open_intake"]  # the intake window fixture, used below


@pytest.fixture
def reporter(qapp: QApplication) -> Iterator[CrashReporter]:
    """The crash reporter installed for one test (in place of pytest-qt's own hook, put back afterwards)."""
    reporter = CrashReporter()
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()
    QApplication.processEvents()


def click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def a_button_that_fails(qtbot: Any, error: BaseException) -> QPushButton:
    button = QPushButton("Falhar")
    qtbot.addWidget(button)

    def fail() -> None:
        raise error

    button.clicked.connect(fail)
    button.show()
    return button


class FolderOpener(QObject):
    """Stands in for the file manager: QDesktopServices hands it the file:// URL it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_raising_in_a_slot_shows_the_dialog_and_the_window_goes_on(
    qtbot: Any, reporter: CrashReporter, caplog: pytest.LogCaptureFixture
) -> None:
    button = a_button_that_fails(qtbot, ZeroDivisionError("division by zero"))
    with qtbot.waitSignal(reporter.reported, timeout=5000) as heard, caplog.at_level(logging.ERROR):
        click(button)  # PySide6 hands the exception to sys.excepthook and the event loop goes on
    report: logs.CrashReport = heard.args[0]
    dialog = reporter.dialog
    assert isinstance(dialog, CrashDialog) and dialog.isVisible() and not dialog.isModal()
    assert [w for w in QApplication.topLevelWidgets() if w.objectName() == "crash_dialog" and w.isVisible()] == [
        dialog]

    assert dialog.what.text() == "O Pit Stop encontrou um erro inesperado: ZeroDivisionError: division by zero."
    assert report.path is not None and report.path.parent == logs.log_folder()
    assert dialog.where.text() == "O relatório completo foi salvo em:"
    assert dialog.path.text() == str(report.path) and dialog.path.isVisible()
    assert "continua aberto" in dialog.after.text()
    saved = report.path.read_text(encoding="utf-8")
    assert "Traceback" in saved and "in fail" in saved and "raise error" in saved
    assert "PySide6" in saved and "Qt" in saved and "thread principal (GUI)" in saved
    assert any("unexpected error" in r.getMessage() and r.exc_info for r in caplog.records)  # the log has it too

    opener = FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        click(dialog.open_folder)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opener.opened] == [str(report.path.parent)]
    click(dialog.copy)
    assert QApplication.clipboard().text() == saved
    assert dialog.details.isHidden()
    click(dialog.show_details)
    assert dialog.details.isVisible() and dialog.details.toPlainText() == saved
    assert dialog.isVisible()  # the action buttons leave it open

    click(dialog.close_button)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: reporter.dialog is None, timeout=5000)
    ok = QPushButton("Funciona")
    qtbot.addWidget(ok)
    with qtbot.waitSignal(ok.clicked, timeout=1000):
        click(ok)  # the program is still taking clicks


def test_more_errors_while_the_dialog_is_open_are_counted_on_it(qtbot: Any, reporter: CrashReporter) -> None:
    first = a_button_that_fails(qtbot, RuntimeError("primeiro"))
    with qtbot.waitSignal(reporter.reported, timeout=5000):
        click(first)
    dialog = reporter.dialog
    assert dialog is not None
    second = a_button_that_fails(qtbot, KeyError("segundo"))
    with qtbot.waitSignal(reporter.reported, timeout=5000):
        click(second)
    assert reporter.dialog is dialog and dialog.repeated.isVisible()
    assert dialog.repeated.text() == "Aconteceram mais 1 erro(s) inesperado(s) depois deste; estão no log."
    assert len(reporter.reports) == 2 and all(r.path is not None and r.path.exists() for r in reporter.reports)
    click(first)  # the same error from the same line: counted, no new report
    assert len(reporter.reports) == 2 and dialog.repeats == 2


def test_an_error_on_another_thread_is_shown_on_the_gui_thread(qtbot: Any, reporter: CrashReporter) -> None:
    def work() -> None:
        raise ValueError("no trabalho de fundo")

    thread = threading.Thread(target=work, name="trabalho")
    with qtbot.waitSignal(reporter.reported, timeout=5000) as heard:
        thread.start()
        thread.join()
    report: logs.CrashReport = heard.args[0]
    assert report.summary == "ValueError: no trabalho de fundo"
    assert report.path is not None and "thread trabalho" in report.path.read_text(encoding="utf-8")
    assert reporter.dialog is not None and reporter.dialog.isVisible()


def test_qt_warnings_go_to_the_log(reporter: CrashReporter, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="qt"):
        qWarning("um aviso do Qt")
    assert [r.getMessage() for r in caplog.records if r.name == "qt"] == ["um aviso do Qt"]


def test_a_window_that_cannot_start_is_reported_and_refusals_pass(qtbot: Any, qapp: QApplication) -> None:
    before = sys.excepthook
    with pytest.raises(RuntimeError, match="janela quebrada"), reporting_crashes() as reporter:
        raise RuntimeError("janela quebrada")
    assert sys.excepthook is before  # the hooks are put back
    assert len(reporter.reports) == 1 and reporter.reports[0].path is not None
    dialog = reporter.dialog
    assert dialog is not None and "vai fechar" in dialog.after.text()  # offscreen: shown, not waited for
    dialog.close()
    with pytest.raises(NotFound), reporting_crashes() as quiet:
        raise NotFound("not_found.person", login="ninguem")
    assert quiet.reports == []


def test_an_error_during_the_intake_work_leaves_the_queued_calls_in_the_outbox(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database, reporter: CrashReporter,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server is away, a call waits in the outbox; then the window's own code fails after a replay attempt
    (an exception escaping the slot that delivers it). The dialog shows; the call is still in the outbox file, the
    outbox still open; when the server is back the window sends it: exactly one OC."""
    from pitstop_desktop.services.outbox import Outbox

    path = tmp_path / "outbox-crash.db"
    window = open_intake(outbox=Outbox(path))
    keys = Keyboard()
    server = ServerSwitch(demo_db)
    summary = "Ligacao guardada antes do defeito"
    try:
        pick_client(qtbot, window, keys, "C1014")
        keys.type(summary)
        server.go_down()
        assert save_with_keys(qtbot, window, keys).queued
        assert window.controller.outbox.count() == 1

        sync = window.controller.sync
        replayed = sync._replayed
        failures = []

        def replayed_then_fails(report: Any) -> None:
            replayed(report)
            if not failures:
                failures.append(report)
                raise RuntimeError("defeito simulado depois da tentativa de envio")

        monkeypatch.setattr(sync, "_replayed", replayed_then_fails)
        with qtbot.waitSignal(reporter.reported, timeout=10_000) as heard:
            sync.replay_now()
        assert heard.args[0].summary == "RuntimeError: defeito simulado depois da tentativa de envio"
        assert reporter.dialog is not None and reporter.dialog.isVisible()

        store = OutboxStore(path)  # what is on disk, read by another connection
        try:
            assert [r.payload["summary"] for r in store.records()] == [summary]
        finally:
            store.close()
        assert window.controller.outbox.count() == 1  # the window's outbox is open and holds it
        assert window.isVisible() and window.controller.replay_timer.isActive()

        server.come_back()
        qtbot.waitUntil(lambda: window.controller.pending_count() == 0, timeout=15_000)
        window.ctx.runner.wait_idle()
        assert len(ocs_with_summary(demo_db, summary)) == 1
    finally:
        server.come_back()
        server.remove()


def test_an_error_under_a_modal_dialog_shows_above_it(qtbot: Any, reporter: CrashReporter) -> None:
    """A failure while a modal dialog (the sign-in) waits: the report dialog is modal too, on top, so it can be
    read and closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    modal = QDialog()
    qtbot.addWidget(modal)
    seen: list[tuple[bool, bool]] = []

    def fail_then_look() -> None:
        try:
            click(a_button_that_fails(qtbot, RuntimeError("sob o diálogo")))
            dialog = reporter.dialog
            if dialog is not None:
                seen.append((dialog.isModal(), QApplication.activeModalWidget() is dialog))
                dialog.close()
        finally:
            modal.reject()  # whatever happened, the test's event loop ends

    QTimer.singleShot(0, fail_then_look)
    modal.exec()
    assert seen == [(True, True)]
