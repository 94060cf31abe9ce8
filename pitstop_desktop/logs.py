"""The log files and the crash reports, in the user's log folder; no Qt here (the CLI uses it too).

Every entry point configures logging once, when it starts (:func:`configure_logging`; the CLI after parsing its
arguments, so ``pitstop --help`` pays nothing): one rotated file per program (``pitstop-console.log``,
``pitstop-intake.log``, ``pitstop-agenda.log``, ``pitstop-cli.log``), 1 MB × 5 by default, level INFO unless
``PITSTOP_LOG_LEVEL`` says otherwise (``DEBUG``, ``WARNING`` …). One file per program rather than one for all:
an attendant's intake window and a supervisor's console run all day side by side, and Windows cannot rename a log
file another process holds open, so a shared file would never rotate.

Like the database and the outbox (``db/private.py``), the files are readable by their owner only on POSIX (0600,
in a 0700 folder): a log line may name a client or quote a refusal. A file created by rotation is private too.

A crash report (:func:`write_crash_report`) is a small text file beside the logs with what failed, the traceback,
the versions and the platform: the unexpected-error dialog (``views/crash.py``) and the CLI say where it is, so
someone can send it to whoever looks after the desk. Only the newest :data:`KEEP_REPORTS` are kept.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import platform
import re
import sys
import threading
import time
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from platformdirs import user_log_dir

from pitstop_desktop.db.private import create_private_file, make_private_folder

APP_NAME = "PitStopDesktop"  # the same names as db/engine.py's user data folder
APP_AUTHOR = "PitStop"
ENV_LEVEL = "PITSTOP_LOG_LEVEL"
MAX_BYTES = 1_000_000
BACKUPS = 5
KEEP_REPORTS = 20
FORMAT = "%(asctime)s %(levelname)-8s %(process)d %(threadName)s %(name)s: %(message)s"
RETRY_ROLLOVER_S = 60.0

log = logging.getLogger(__name__)


def log_folder() -> Path:
    """The user's log folder (Linux ``~/.local/state/PitStopDesktop/log``, Windows
    ``%LOCALAPPDATA%\\PitStop\\PitStopDesktop\\Logs``)."""
    return Path(user_log_dir(APP_NAME, APP_AUTHOR))


def log_file(program: str, folder: Path | None = None) -> Path:
    return (folder or log_folder()) / f"pitstop-{program}.log"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A :class:`RotatingFileHandler` whose files are created 0600 (the first one and every one after a rollover).

    When the file cannot be renamed (Windows: another process has it open), it goes on writing to the same file
    and tries again a minute later, instead of reporting a logging error on every line."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        make_private_folder(path.parent)
        create_private_file(path)
        self._retry_at = 0.0
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")

    def _open(self) -> Any:
        create_private_file(Path(self.baseFilename))
        return super()._open()

    def shouldRollover(self, record: logging.LogRecord) -> int:
        if time.monotonic() < self._retry_at:
            return 0
        return super().shouldRollover(record)

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            self._retry_at = time.monotonic() + RETRY_ROLLOVER_S
            if self.stream is None:  # closed by the failed rollover: keep writing
                self.stream = self._open()


@dataclass
class _State:
    program: str = "cli"
    path: Path | None = None
    handler: logging.Handler | None = None


_state = _State()
_lock = threading.Lock()
_report_numbers = itertools.count(1)  # two reports in the same second get two files


def level_from_environment(environ: Mapping[str, str] = os.environ) -> tuple[int, str | None]:
    """``PITSTOP_LOG_LEVEL`` as a logging level (a name or a number), INFO without it; the second value is the
    text that could not be read, if any (logged once the file is open)."""
    text = environ.get(ENV_LEVEL, "").strip()
    if not text:
        return logging.INFO, None
    if text.isdigit():
        return int(text), None
    level = logging.getLevelName(text.upper())
    return (level, None) if isinstance(level, int) else (logging.INFO, text)


def configure_logging(program: str = "cli", *, console: bool = False, folder: Path | None = None) -> Path | None:
    """Send this process's log records to the program's rotated file, once (later calls return the same file).

    ``console``: warnings and errors also go to standard error, when there is one (a windowed Windows program has
    none). Returns the file, or None when the log folder cannot be written (the program runs anyway)."""
    with _lock:
        if _state.handler is not None:
            return _state.path
        level, unreadable = level_from_environment()
        root = logging.getLogger()
        root.setLevel(level)
        if level > logging.DEBUG:  # Alembic says "Context impl SQLiteImpl" on every open; db/migrate.py logs upgrades
            logging.getLogger("alembic").setLevel(max(level, logging.WARNING))
        _state.program = program
        path: Path | None = None
        problem: str | None = None
        try:
            handler: logging.Handler = PrivateRotatingFileHandler(log_file(program, folder))
            path = log_file(program, folder)
        except OSError as exc:
            handler, problem = logging.NullHandler(), str(exc)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
        if console and sys.stderr is not None:
            stream = logging.StreamHandler()
            stream.setLevel(logging.WARNING)
            stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
            root.addHandler(stream)
        _state.handler, _state.path = handler, path
    from pitstop_desktop import __version__

    log.info("Pit Stop %s (%s) started, pid %d, Python %s on %s", __version__, program, os.getpid(),
             platform.python_version(), platform.platform())
    if unreadable is not None:
        log.warning("%s=%r is not a logging level; using INFO", ENV_LEVEL, unreadable)
    if problem is not None:
        log.warning("no log file: %s", problem)
        if console and sys.stderr is not None:
            print(f"aviso: sem arquivo de log ({problem})", file=sys.stderr)
    return path


def current_log_file() -> Path | None:
    """The file this process logs to (None before :func:`configure_logging`, or when it could not be opened)."""
    return _state.path


# Crash reports

_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]+@")


def _without_passwords(text: str) -> str:
    """A database URL's password, if one was typed on the command line, is not written into a report."""
    return _URL_PASSWORD.sub(r"\1***@", text)


@dataclass(frozen=True)
class CrashReport:
    """What an unexpected error was: a one-line summary, the full text, and the file it was saved to (None, with
    ``problem``, when it could not be saved)."""

    summary: str
    text: str
    path: Path | None
    problem: str | None = None


def summary_of(error: BaseException) -> str:
    """``ZeroDivisionError: division by zero``: the type and the first line of the message, at most 300 characters."""
    message = str(error).strip().splitlines()
    line = f"{type(error).__name__}: {message[0]}" if message else type(error).__name__
    return line if len(line) <= 300 else line[:299] + "…"


def crash_report_text(error: BaseException, where: str, extra: Mapping[str, str] | None = None,
                      tb: TracebackType | None = None) -> str:
    """The report: what, where, when, the versions, the platform and the traceback (the program's log file
    named for the lines before it)."""
    from pitstop_desktop import __version__

    now = datetime.now(UTC)
    facts = {
        "Pit Stop": __version__,
        "Programa": _state.program,
        "Onde": where,
        "Quando": f"{now.astimezone().isoformat(timespec='seconds')} ({now.isoformat(timespec='seconds')})",
        "Erro": summary_of(error),
        "Python": f"{platform.python_version()} ({sys.executable})",
        "Plataforma": platform.platform(),
        "Empacotado": "sim" if getattr(sys, "frozen", False) else "não",
        "Comando": _without_passwords(" ".join(sys.argv)),
        "Processo": str(os.getpid()),
        "Log": str(_state.path or "-"),
        **(extra or {}),
    }
    width = max(len(k) for k in facts)
    lines = ["Pit Stop — relatório de erro inesperado", ""]
    lines += [f"{key.ljust(width)}  {value}" for key, value in facts.items()]
    lines += [""]
    lines += [line.rstrip("\n") for line in traceback.format_exception(type(error), error, tb or error.__traceback__)]
    return "\n".join(lines) + "\n"


def write_crash_report(error: BaseException, where: str, extra: Mapping[str, str] | None = None,
                       tb: TracebackType | None = None, folder: Path | None = None) -> CrashReport:
    """Write the report of ``error`` into the log folder (0600) and log it; never raises (a full disk gives a
    report with ``path`` None and the reason in ``problem``)."""
    text = crash_report_text(error, where, extra, tb)
    summary = summary_of(error)
    log.critical("unexpected error (%s): %s", where, summary, exc_info=(type(error), error, tb or error.__traceback__))
    target = folder or log_folder()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = target / f"crash-{_state.program}-{stamp}-{os.getpid()}-{next(_report_numbers)}.txt"
    try:
        make_private_folder(target)
        create_private_file(path)
        with path.open("w", encoding="utf-8") as out:
            out.write(text)
    except OSError as exc:
        log.error("could not save the crash report %s: %s", path, exc)
        return CrashReport(summary, text, None, str(exc))
    _prune_reports(target)
    with contextlib.suppress(AttributeError):  # an exception type without a __dict__
        error.pitstop_report = path  # type: ignore[attr-defined]  # the CLI's last line names it (reported_in)
    return CrashReport(summary, text, path)


def reported_in(error: BaseException) -> Path | None:
    """Where :func:`write_crash_report` saved ``error``'s report, if it did (so it is not written twice)."""
    path = getattr(error, "pitstop_report", None)
    return path if isinstance(path, Path) else None


def _prune_reports(folder: Path) -> None:
    """Only the newest :data:`KEEP_REPORTS` reports stay (a window failing in a loop must not fill the disk)."""
    with contextlib.suppress(OSError):  # another process pruning at the same time
        reports = sorted(folder.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime)
        for old in reports[:-KEEP_REPORTS]:
            old.unlink(missing_ok=True)
