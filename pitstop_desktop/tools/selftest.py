"""`pitstop --self-test`: is this installation whole? Run by CI on the frozen bundle (installer/build_linux.sh, the
Windows workflow) and by anyone who doubts an installation; unfrozen it checks a development checkout the same way.

It opens a temporary SQLite database, migrates it, fills it with a small desk through the services, signs in
(argon2), builds every main window offscreen (the sign-in dialog, the console, the intake window, the
technician's agenda, the roster editor, the wallboard) and waits for each one's first read, imports pyqtgraph on a
background thread as the console does and draws its chart into an image, and loads the translations (ours, and
Qt's own Portuguese). It also loads what a frozen program finds only by name at run time: the PostgreSQL driver
(psycopg's binary libpq wrapper and SQLAlchemy's dialect), Brazil's holidays and the time zone database. One
line per check; exit 0 when all passed, else 1, naming what failed. Nothing outside its temporary folder is
written (no settings, no user database), and the language is Portuguese whatever the person chose.

A check that others need (the database, the desk, Qt) stops the run when it fails; the checks after it are
listed as not run.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time as clock
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from pitstop_desktop.db import Database
    from pitstop_desktop.services.outbox import Outbox
    from pitstop_desktop.views.tasks import TaskRunner
    from pitstop_desktop.views.workspace import Workspace

PASSWORD = "self-test"
SUPERVISOR, ATTENDANT, TECHNICIAN = "sara", "ana", "caio"
TAB = "n1_rapida"
LOAD_TIMEOUT_S = 60.0  # a window's first read on a slow CI machine; a healthy one takes a fraction of a second


class CheckFailed(Exception):
    """A check's own verdict (as opposed to an exception from the code it exercises)."""


@dataclass
class Run:
    """What the checks share: the temporary folder, then the database, the desk, Qt and the worker thread."""

    folder: Path
    db: Database | None = None
    app: QApplication | None = None
    runner: TaskRunner | None = None
    outbox: Outbox | None = None
    staff: dict[str, Any] = field(default_factory=dict)
    today: date | None = None

    def database(self) -> Database:
        if self.db is None:
            raise CheckFailed("o banco não foi aberto")
        return self.db

    def worker(self) -> TaskRunner:
        if self.runner is None:
            raise CheckFailed("o Qt não foi iniciado")
        return self.runner

    def context(self, login: str) -> Workspace:
        from pitstop_desktop.views.app import build_context

        return build_context(self.database(), self.worker(), self.staff[login])

    def close(self) -> None:
        if self.runner is not None:
            self.runner.wait_idle(5_000)
            self.runner.shutdown()
        if self.outbox is not None:
            self.outbox.close()
        if self.db is not None:
            self.db.dispose()


@dataclass(frozen=True)
class Check:
    """One line of the report: its name, what it does (returns a short detail), and whether later checks need it."""

    name: str
    run: Callable[[Run], str]
    required: bool = False


# ---------------------------------------------------------------------------------------------------------------
# Libraries a frozen program finds by name


def check_postgres_driver(_run: Run) -> str:
    import psycopg
    from sqlalchemy import create_engine

    if psycopg.pq.__impl__ not in ("binary", "c"):
        raise CheckFailed(f"psycopg usa a implementação {psycopg.pq.__impl__!r}, sem o libpq embutido "
                          "(instale psycopg[binary])")
    engine = create_engine("postgresql+psycopg://pitstop@127.0.0.1:1/pitstop")  # the dialect loads; no connection
    engine.dispose()
    libpq = psycopg.pq.version()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {libpq // 10000}.{libpq % 10000})"


def check_calendar_data(_run: Run) -> str:
    from zoneinfo import ZoneInfo

    from pitstop_desktop.domain.calendar import BusinessCalendar

    zone = ZoneInfo("America/Sao_Paulo")
    offset = datetime(2026, 7, 1, 12, tzinfo=zone).utcoffset()
    if offset != timedelta(hours=-3):
        raise CheckFailed(f"fuso America/Sao_Paulo com deslocamento {offset}")
    calendar = BusinessCalendar()
    christmas = calendar.holiday_name(date(2026, 12, 25))
    if not christmas:
        raise CheckFailed("os feriados do Brasil não carregaram (25/12/2026 não é feriado)")
    return f"America/Sao_Paulo UTC-03:00; 25/12/2026: {christmas}"


# ---------------------------------------------------------------------------------------------------------------
# The database and a small desk


def check_database(run: Run) -> str:
    from pitstop_desktop.db import Database
    from pitstop_desktop.db.migrate import head_schema_version, schema_version, upgrade

    run.db = Database(f"sqlite:///{run.folder / 'self-test.db'}")
    upgrade(run.db)
    revision = schema_version(run.db)
    if revision != head_schema_version():
        raise CheckFailed(f"migrado até {revision}, esperado {head_schema_version()}")
    return f"SQLite temporário migrado até {revision}"


def check_desk(run: Run) -> str:
    """Three people (supervisor, attendant, technician), a client, today's roster and two calls."""
    from pitstop_desktop.services import accounts, occurrences, people, presence
    from pitstop_desktop.services.unit_of_work import run as run_work

    db = run.database()
    hashed = people.hash_password(PASSWORD)
    for login, name, role, tabs in ((SUPERVISOR, "Sara Supervisora", "supervisor", ()),
                                    (ATTENDANT, "Ana Atendente", "attendant", (TAB,)),
                                    (TECHNICIAN, "Caio Técnico", "technician", (TAB,))):
        people.add_staff(db, login=login, name=name, role=role, tabs=list(tabs), password_hash=hashed)
    people.add_client(db, code="C1001", name="Cliente do autoteste", phone="(11) 3333-4444")
    tz = run_work(db, lambda uow: uow.policy.calendar.tz, write=False)
    run.today = datetime.now(tz).date()
    for login in (ATTENDANT, TECHNICIAN):
        people.set_roster(db, login=login, day=run.today, start=time(0, 0), end=time(23, 59), lunch=None)
    presence.record_presence(db, login=TECHNICIAN, kind="login")
    for summary in ("Sistema não abre", "Impressora fiscal sem comunicação"):
        occurrences.register_call(db, actor=ATTENDANT, client="C1001", channel="phone", summary=summary, tab=TAB)
    signed = accounts.sign_in(db, SUPERVISOR, PASSWORD)  # argon2: the hash above, verified
    run.staff = {s.login: s for s in people.list_staff(db)}
    return f"{len(run.staff)} pessoas, 2 OCs; entrada de {signed.user.login} com senha (argon2) conferida"


# ---------------------------------------------------------------------------------------------------------------
# Qt, translations, windows and a chart


def check_qt(run: Run) -> str:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the application exists; no screen needed, none used
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    from pitstop_desktop.views.app import application, install_translations
    from pitstop_desktop.views.tasks import TaskRunner

    run.app = application()
    install_translations(run.app, "pt_BR")  # the default language, without reading the user's settings
    run.runner = TaskRunner()
    return f"PySide6 {pyside_version}, plataforma {QGuiApplication.platformName()}"


def check_translations(_run: Run) -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from pitstop_desktop.views.app import I18N

    ours = QTranslator()
    if not ours.load(str(I18N / "pitstop_en.qm")):
        raise CheckFailed(f"pitstop_en.qm não carregou de {I18N}")
    english = ours.translate("SignInDialog", "Entrar")
    if english != "Sign in":
        raise CheckFailed(f"pitstop_en.qm traduz 'Entrar' como {english!r}")
    qt = QTranslator()
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(I18N)]
    if not any(qt.load(QLocale("pt_BR"), "qtbase", "_", folder) for folder in folders):
        raise CheckFailed(f"qtbase_pt_BR.qm não encontrado em {' nem em '.join(folders)}")
    cancel = qt.translate("QPlatformTheme", "Cancel")
    if cancel != "Cancelar":
        raise CheckFailed(f"qtbase_pt_BR traduz 'Cancel' como {cancel!r}")
    return f"pitstop_en ('Entrar' → 'Sign in'), qtbase_pt_BR ('Cancel' → 'Cancelar', {Path(qt.filePath()).parent})"


def _settle(run: Run, until: Callable[[], bool] = lambda: True, what: str = "") -> None:
    """Let the worker deliver and the windows paint; wait for ``until`` (a window's first read) at most
    :data:`LOAD_TIMEOUT_S`."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    runner = run.worker()
    deadline = clock.monotonic() + LOAD_TIMEOUT_S
    while True:
        runner.wait_idle(1_000)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until() and runner.idle:
            return
        if clock.monotonic() > deadline:
            raise CheckFailed(f"{what or 'a janela'} não carregou em {LOAD_TIMEOUT_S:.0f} s")


def _drawn(run: Run, window: QWidget, width: int, height: int) -> str:
    """Shown offscreen, painted into an image that is not blank."""
    window.resize(width, height)
    window.show()
    _settle(run)
    image = window.grab().toImage()
    if image.isNull() or image.width() == 0:
        raise CheckFailed("a janela não se desenhou")
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    if len(colours) < 3:
        raise CheckFailed("a janela se desenhou em branco")
    return f"{type(window).__name__} desenhada ({image.width()}×{image.height()})"


@contextmanager
def _closing(run: Run, window: QWidget) -> Iterator[None]:
    try:
        yield
    finally:
        window.close()
        window.deleteLater()
        _settle(run)


def check_sign_in(run: Run) -> str:
    from pitstop_desktop.views.sign_in import SignInDialog

    dialog = SignInDialog(run.database(), run.worker())
    with _closing(run, dialog):
        return _drawn(run, dialog, 420, 220)


def check_console(run: Run) -> str:
    from pitstop_desktop.views.main_window import MainWindow

    window = MainWindow(run.context(SUPERVISOR), None, remember_layout=False, notifications=False)
    with _closing(run, window):
        loaded: list[int] = []
        window.refreshed.connect(loaded.append)
        window.resize(1366, 768)
        window.show()
        window.start()
        _settle(run, lambda: bool(loaded), "o quadro do console")
        return _drawn(run, window, 1366, 768)


def check_intake(run: Run) -> str:
    from pitstop_desktop.services.outbox import Outbox
    from pitstop_desktop.views.intake import IntakeWindow

    run.outbox = Outbox(run.folder / "outbox.db")
    window = IntakeWindow(run.context(ATTENDANT), run.outbox, replay_interval_ms=3_600_000)
    with _closing(run, window):
        clients: list[int] = []
        window.clients_loaded.connect(clients.append)  # the clients, the choices and today's list, in one read
        window.show()
        window.start()
        _settle(run, lambda: bool(clients), "a lista de clientes")
        return _drawn(run, window, 1280, 800)


def check_agenda(run: Run) -> str:
    from pitstop_desktop.views.agenda import AgendaWindow

    window = AgendaWindow(run.context(TECHNICIAN), None, notifications=False)
    with _closing(run, window):
        window.show()
        window.start()
        _settle(run, lambda: window.day is not None, "o dia do técnico")
        return _drawn(run, window, 683, 740)


def check_roster(run: Run) -> str:
    from pitstop_desktop.views.roster import RosterEditor

    editor = RosterEditor(run.context(SUPERVISOR), None, day=run.today, tab=TAB)
    with _closing(run, editor):
        weeks: list[None] = []
        editor.loaded.connect(lambda: weeks.append(None))
        editor.show()
        _settle(run, lambda: bool(weeks), "a semana da escala")
        return _drawn(run, editor, 1366, 768)


def check_wallboard(run: Run) -> str:
    from pitstop_desktop.views.wallboard import Wallboard

    wallboard = Wallboard(run.context(SUPERVISOR))
    with _closing(run, wallboard):
        wallboard.refresh()
        return _drawn(run, wallboard, 1280, 720)


def check_chart(run: Run) -> str:
    """The 30-day ANS chart (pyqtgraph), imported as the console imports it (on a background thread,
    ``views/background_import.py``), with a week of data, drawn into an image: the curve's colour is in it."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QPalette

    from pitstop_desktop.services.gauges import DayAns
    from pitstop_desktop.views.background_import import PYQTGRAPH_QT, import_in_background

    receiver = QObject()
    got: list[Any] = []  # the module, or why it did not import
    import_in_background("pitstop_desktop.views.trend_chart", receiver, got.append, got.append, qt_first=PYQTGRAPH_QT)
    _settle(run, lambda: bool(got), "o módulo do gráfico")
    if isinstance(got[0], BaseException):
        raise CheckFailed(f"o gráfico não importou: {type(got[0]).__name__}: {got[0]}")
    chart = got[0].AnsTrendChart()
    with _closing(run, chart):
        first = date(2026, 11, 16)
        chart.set_days([DayAns(first + timedelta(days=i), met, 10) for i, met in enumerate((9, 10, 7, 8, 10, 6, 9))])
        detail = _drawn(run, chart, 480, 220)
        image = chart.grab().toImage()
        accent = chart.palette().color(QPalette.ColorRole.Highlight).rgb() & 0xFFFFFF
        if not any(image.pixel(x, y) & 0xFFFFFF == accent
                   for x in range(image.width()) for y in range(0, image.height(), 2)):
            raise CheckFailed("a curva do gráfico não aparece na imagem")
        return detail.replace("AnsTrendChart", "gráfico (pyqtgraph)")


def check_consulting_week(run: Run) -> str:
    """The consulting team's week (issue 12): a task of the supervisor's this week, read and drawn."""
    from pitstop_desktop.services import tasks
    from pitstop_desktop.views.consulting import ConsultingWeekWindow

    tasks.add_task(run.database(), actor=SUPERVISOR, type="document", title="Manual do autoteste")
    window = ConsultingWeekWindow(run.context(SUPERVISOR), None, day=run.today)
    with _closing(run, window):
        _settle(run, lambda: window.board is not None, "a semana da consultoria")
        return _drawn(run, window, 1366, 768)


def check_weekly_report(run: Run) -> str:
    """The weekly management report (issue 12): its window, then its PDF (QPdfWriter) and XLSX (openpyxl) written
    and read back, so a bundle that left out a module for either fails here."""
    from openpyxl import load_workbook

    from pitstop_desktop.services.report_export import write_xlsx
    from pitstop_desktop.views.report.pdf import write_weekly_pdf
    from pitstop_desktop.views.report.window import WeeklyReportWindow

    window = WeeklyReportWindow(run.context(SUPERVISOR))
    with _closing(run, window):
        _settle(run, lambda: window.report is not None, "o relatório semanal")
        drawn = _drawn(run, window, 1366, 768)
        report = window.report
    assert report is not None
    pdf, xlsx = run.folder / "semanal.pdf", run.folder / "semanal.xlsx"
    pages = write_weekly_pdf(report, pdf)
    if pages < 1 or not pdf.read_bytes().startswith(b"%PDF"):
        raise CheckFailed("o PDF do relatório não foi gravado")
    write_xlsx(report, xlsx)
    sheets = len(load_workbook(xlsx, read_only=True).sheetnames)
    return f"{drawn}; PDF de {pages} página(s), XLSX de {sheets} planilhas"


CHECKS: tuple[Check, ...] = (
    Check("driver PostgreSQL", check_postgres_driver),
    Check("calendário", check_calendar_data),
    Check("banco", check_database, required=True),
    Check("equipe de teste", check_desk, required=True),
    Check("Qt", check_qt, required=True),
    Check("traduções", check_translations),
    Check("janela de entrada", check_sign_in),
    Check("console", check_console),
    Check("registro de chamadas", check_intake),
    Check("minha agenda", check_agenda),
    Check("escala da semana", check_roster),
    Check("painel de parede", check_wallboard),
    Check("gráfico", check_chart),
    Check("agenda da consultoria", check_consulting_week),
    Check("relatório semanal", check_weekly_report),
)


def run_self_test(checks: tuple[Check, ...] | None = None, out: TextIO | None = None) -> int:
    """Run ``checks`` (default :data:`CHECKS`) in order, one line each on ``out`` (standard output); 0 when all
    passed, else 1."""
    checks = CHECKS if checks is None else checks
    stream = out or sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    def say(line: str) -> None:
        stream.write(line + "\n")
        stream.flush()

    failed: list[str] = []
    started = clock.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pitstop-self-test-", ignore_cleanup_errors=True) as folder:
        run = Run(Path(folder))
        quiet = _quiet_qt()
        try:
            for index, check in enumerate(checks):
                begun = clock.perf_counter()
                try:
                    detail = check.run(run)
                except Exception as exc:
                    reason = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
                    say(f"FALHOU  {check.name}: {reason}")
                    failed.append(check.name)
                    if check.required:
                        for later in checks[index + 1:]:
                            say(f"--      {later.name}: não verificado (depende de {check.name})")
                        break
                    continue
                say(f"ok      {check.name}: {detail} ({clock.perf_counter() - begun:.1f} s)")
        finally:
            run.close()
            quiet()
    total = f"{clock.perf_counter() - started:.1f} s"
    if failed:
        say(f"autoteste: {len(failed)} de {len(checks)} verificações falharam ({', '.join(failed)}) em {total}")
        return 1
    say(f"autoteste: {len(checks)} verificações ok em {total}")
    return 0


def _quiet_qt() -> Callable[[], None]:
    """The offscreen platform warns about size hints for every window shown; the report stays one line per check.
    Returns the function that puts the previous message handler back."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)

    def restore() -> None:
        qInstallMessageHandler(previous)  # None puts Qt's own back

    return restore
