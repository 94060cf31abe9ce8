"""Starting the console: Qt application, language, sign-in (or `--as` on the demo database), main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import NotFound, NotPermitted, PitstopError
from pitstop_desktop.models.clock import Clock
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.services import accounts, people, settings
from pitstop_desktop.services.accounts import SignedIn
from pitstop_desktop.services.records import StaffRecord
from pitstop_desktop.services.unit_of_work import Policy, current_policy
from pitstop_desktop.views.seat_config import seat_language, seat_windows_sign_in
from pitstop_desktop.views.tasks import TaskRunner
from pitstop_desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from pitstop_desktop.views.presence_bar import PresenceBar

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
QT_TRANSLATIONS_FALLBACK = I18N
"""``pitstop_desktop/resources/i18n/qtbase_<language>.qm``: where a bundle may put Qt's own translations when its Qt
has no translations folder of its own (looked for after Qt's, see :func:`qt_translation_folders`)."""
DEFAULT_LANGUAGE = "pt_BR"
_LANGUAGE_PROPERTY = "pitstop_seat_language"
log = logging.getLogger(__name__)


T = TypeVar("T")

def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("PitStop")
    app.setApplicationName("PitStopDesktop")
    app.setApplicationDisplayName("Pit Stop | Agenda")
    if os.environ.get("PITSTOP_EXIT_WHEN_SHOWN"):  # start-up measurement (views/shown_probe.py)
        from pitstop_desktop.views.shown_probe import exit_when_shown_if_asked

        exit_when_shown_if_asked(app)
    return app


def qt_translation_folders() -> list[Path]:
    """Where Qt's own translations (``qtbase_pt_BR.qm``: the standard buttons, file and colour dialogs) are looked
    for: Qt's translations folder (PySide6-Essentials' wheel ships ``PySide6/Qt/translations/qtbase_*.qm``), then
    :data:`QT_TRANSLATIONS_FALLBACK`, for a bundle that puts its copy there."""
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), QT_TRANSLATIONS_FALLBACK]


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Portuguese is the source language; English comes from resources/i18n/pitstop_en.qm. Qt's own dialogs
    (QMessageBox's and QDialogButtonBox's standard buttons, QFileDialog, QColorDialog) speak the same language
    through Qt's ``qtbase`` catalogue (:func:`qt_translation_folders`). Without ``language``, the seat's (its
    settings file, views/seat_config.py), once per process (the first-run wizard installs it before the window
    that follows)."""
    if language is None and app.property(_LANGUAGE_PROPERTY):
        return str(app.property(_LANGUAGE_PROPERTY))
    chosen = language or seat_language()
    if language is None:
        app.setProperty(_LANGUAGE_PROPERTY, chosen)
    QLocale.setDefault(QLocale(chosen))
    if chosen != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(I18N / f"pitstop_{chosen}.qm")):
            app.installTranslator(ours)
    qt = QTranslator(app)
    for folder in qt_translation_folders():
        if qt.load(QLocale(chosen), "qtbase", "_", str(folder)):
            app.installTranslator(qt)
            break
    else:
        qt.setParent(None)
        log.warning("Qt's own translation qtbase for %s not found in %s", chosen,
                    ", ".join(str(f) for f in qt_translation_folders()))
    return chosen


def display_problem() -> str | None:
    """Qt aborts without a display; say so in one line instead."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        return ("não há tela disponível (DISPLAY vazio): rode numa sessão gráfica, ou com "
                "QT_QPA_PLATFORM=offscreen para testes")
    return None


def load_blocking(runner: TaskRunner, work: Callable[[], T], what: str) -> T:
    """Start-up reads run on the worker too; the event loop spins while we wait.

    ``what`` names what is being read, for the refusal when the database does not answer in time
    (``domain.refusals.STEP``: policy, settings, staff).
    """
    box: dict[str, Any] = {}
    runner.submit(work, lambda value: box.__setitem__("value", value), lambda exc: box.__setitem__("error", exc))
    runner.wait_idle(30_000)
    if "error" in box:
        error: BaseException = box["error"]
        raise error
    if "value" not in box:
        raise PitstopError("database.timeout", step=what)
    value: T = box["value"]
    return value


def build_context(db: Database, runner: TaskRunner, user: StaffRecord, clock: Clock | None = None) -> Workspace:
    policy: Policy = load_blocking(runner, lambda: current_policy(db), "policy")
    return Workspace(db=db, runner=runner, user=user, clock=clock or Clock(lambda: db.clock_offset), policy=policy)


def sign_in(db: Database, runner: TaskRunner, as_login: str | None, command: str) -> SignedIn | None:
    """The person at the keyboard and the database to work in (on the office server, a connection as them): the
    sign-in dialog, or ``--as`` on the demo database only; None if cancelled."""
    from pitstop_desktop.views.sign_in import SignInDialog

    if as_login:
        if not load_blocking(runner, lambda: settings.demo_day(db), "settings"):
            raise NotPermitted("permission.demo_only", command=command)
        staff: list[StaffRecord] = load_blocking(runner, lambda: people.list_staff(db), "staff")
        user = next((s for s in staff if s.login == as_login), None)
        if user is None:
            raise NotFound("not_found.person", login=as_login)
        return SignedIn(user, db)
    dialog = SignInDialog(db, runner, windows_sign_in=seat_windows_sign_in())
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed is None:
        return None
    signed = dialog.signed
    if signed.db is not db:  # connected as the person now: the schema check the seat's URL could not make
        load_blocking(runner, lambda: accounts.check_schema(signed.db), "settings")
    return signed


def seat_feed(db: Database, runner: TaskRunner) -> LiveFeed:
    """The seat's live feed: its changes heard on the worker's one connection (PostgreSQL), read by that worker
    ahead of any panel's read already waiting there."""
    return LiveFeed.watching(db, runner.submit_first, hub=runner)


def release_seat_url(db: Database, signed: SignedIn, runner: TaskRunner) -> None:
    """Signed in as the person (a connection of their own): the seat URL's connection, if it opened one, goes, so
    the seat holds one connection to the server all day."""
    if signed.db is not db:
        runner.submit(db.dispose)


class SeatWindow(Protocol):
    """A window a person works in all day (the console, the agenda): it has the presence bar and starts live."""

    presence: PresenceBar

    def show(self) -> None: ...

    def start(self) -> None: ...


def run_seat_window(db: Database, as_login: str | None, command: str,
                    build: Callable[[Workspace, LiveFeed], SeatWindow]) -> int:
    """Sign in, offer to start the day, open the window ``build`` makes and run until it closes (asking about the
    OCs still held on quitting); returns the process exit code."""
    from pitstop_desktop.views.crash import reporting_crashes
    from pitstop_desktop.views.presence_bar import offer_start_of_day

    app = application()
    install_translations(app)
    runner = TaskRunner()
    try:
        with reporting_crashes(app):  # an error escaping a slot: a report and a dialog, and the window goes on
            signed = sign_in(db, runner, as_login, command)
            if signed is None:
                return 0
            release_seat_url(db, signed, runner)
            ctx = build_context(signed.db, runner, signed.user)
            offer_start_of_day(ctx)
            window = build(ctx, seat_feed(signed.db, runner))
            window.presence.ask_on_quit = True
            window.show()
            window.start()
            return app.exec()
    finally:
        runner.shutdown()


def run_console(db: Database, as_login: str | None = None, *, database_flag: str | None = None) -> int:
    """Open the supervisor console (notifications and the wallboard as the seat's settings say; ``database_flag``:
    the ``--db`` it was started with); returns the process exit code."""
    from pitstop_desktop import config
    from pitstop_desktop.views.main_window import MainWindow

    seat = config.load().config
    return run_seat_window(db, as_login, "pitstop", lambda ctx, feed: MainWindow(
        ctx, feed, notifications=seat.notifications, wallboard=seat.wallboard, database_flag=database_flag))
