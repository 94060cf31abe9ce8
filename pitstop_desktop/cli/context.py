"""What every command gets: its arguments, the database (opened and checked once) and its refusals of usage."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, NoReturn
from zoneinfo import ZoneInfo

from pitstop_desktop.cli.output import _print
from pitstop_desktop.cli.wording import refusal_text
from pitstop_desktop.domain.errors import BadValue, DatabaseUnavailable
from pitstop_desktop.domain.timeparse import parse_moment

if TYPE_CHECKING:  # the database layer is imported when a command opens one, not for `--help` (issue 10)
    from pitstop_desktop.db import Database


class UsageError(BadValue):
    """The command line itself was used wrongly; its sentence is the CLI's own (no window ever shows it)."""

    def __init__(self, text: str) -> None:
        super().__init__("usage.cli", text=text)

    def __str__(self) -> str:
        return refusal_text(self)


class _Parser(argparse.ArgumentParser):
    """argparse that reports in one line and exits 2, like every other bad value."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (veja {self.prog} --help)\n")


class Context:
    """What a command needs: the database (opened lazily, migrated when behind) and its time zone."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None
        self._tz: tzinfo | None = None
        self.resolve()
        for problem in self.config.problems:  # the defaults stand for what the file got wrong: say what
            _print(f"aviso: {refusal_text(problem)}", file=sys.stderr)

    def resolve(self) -> None:
        """Which database: ``--db``, ``PITSTOP_DATABASE_URL``, the seat's file (config.py), the default SQLite;
        again after the first-run wizard wrote the file."""
        from pitstop_desktop.config import resolve_database
        from pitstop_desktop.db import default_database_url

        resolved = resolve_database(self.args.db)
        self.config = resolved.loaded
        self.url = resolved.url or default_database_url()

    def window_database(self) -> Database:
        """For a window: as :meth:`database`, except on an office server whose seats carry no login of their own
        (every person signs in as themselves): then the checks wait until someone has signed in."""
        try:
            return self.database(seat=True)
        except DatabaseUnavailable as exc:
            from pitstop_desktop.db import Database
            from pitstop_desktop.services import accounts

            db = Database(self.url, seat=True)
            if not (db.is_postgres and accounts.refused_login(exc)):
                db.dispose()
                raise
            self._db = db
            return db

    def database(self, *, migrate: bool = True, demo_on_first_run: bool = True, seat: bool = False) -> Database:
        from pitstop_desktop.db import Database, default_database_url
        from pitstop_desktop.db.migrate import ensure_current
        from pitstop_desktop.services import people

        if self._db is None:
            db = Database(self.url, seat=seat)  # a window's: one connection to the office server (db/engine.py)
            if migrate:
                ensure_current(db)
            first_run = self.url == default_database_url() and migrate and not people.list_staff(db)
            if first_run and demo_on_first_run:
                from pitstop_desktop.demo import day as demo  # the demo's plans and texts: for a first run only

                _print(f"Primeira execução: criando o dia de demonstração em {db.display_url}", file=sys.stderr)
                demo.load_demo(db)
            self._db = db
        return self._db

    @property
    def tz(self) -> tzinfo:
        if self._tz is None:
            from pitstop_desktop.services.unit_of_work import calendar_timezone

            self._tz = ZoneInfo(calendar_timezone(self.database()))
        return self._tz

    def at(self) -> datetime | None:
        text = getattr(self.args, "at", None)
        return parse_moment(text, self.tz) if text else None

    def actor(self) -> str:
        login = getattr(self.args, "actor", None)
        if not login:
            raise UsageError("informe quem age: --as LOGIN")
        return str(login)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
