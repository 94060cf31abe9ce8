"""Starting the console: Qt application, language, sign-in (or `--as` on the demo database), main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import NotFound, NotPermitted, PitstopError
from pitstop_desktop.models.clock import Clock
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.services import accounts, people, settings
from pitstop_desktop.services.accounts import SignedIn
from pitstop_desktop.services.records import StaffRecord
from pitstop_desktop.services.unit_of_work import Policy, current_policy
from pitstop_desktop.views.tasks import TaskRunner
from pitstop_desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from pitstop_desktop.views.presence_bar import PresenceBar

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
DEFAULT_LANGUAGE = "pt_BR"


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


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Portuguese is the source language; English comes from resources/i18n/pitstop_en.qm."""
    chosen = language or str(QSettings("PitStop", "PitStopDesktop").value("language", DEFAULT_LANGUAGE))
    QLocale.setDefault(QLocale(chosen))
    if chosen != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(I18N / f"pitstop_{chosen}.qm")):
            app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(chosen), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
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
    dialog = SignInDialog(db, runner)
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
    from pitstop_desktop.views.presence_bar import offer_start_of_day

    app = application()
    install_translations(app)
    runner = TaskRunner()
    try:
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


def run_console(db: Database, as_login: str | None = None) -> int:
    """Open the supervisor console; returns the process exit code."""
    from pitstop_desktop.views.main_window import MainWindow

    return run_seat_window(db, as_login, "pitstop", MainWindow)
