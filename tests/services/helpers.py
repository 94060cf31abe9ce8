"""A small help desk on a fixed weekday, built through the services, and helpers to check refusals.

The day is Tuesday 2026-11-24 in America/Sao_Paulo (UTC-03:00, no DST). Every call passes ``at=`` so the
tests never depend on the clock.

Who is who:

- ``ana`` attendant of N1 - Rápida (never logged in, so she never counts as available for R5);
- ``bia`` attendant of N1 - Blip Matriz (another sector than Rápida);
- ``caio``, ``duda`` technicians of N1 - Rápida; ``edu`` of N1 - Filiais; ``fabi`` of Especialistas;
  ``nino`` of N2 — all rostered 08:00–17:00 with lunch 12:00–13:00 and logged in at 08:00;
- ``gil``, ``hugo`` managers; ``sara`` supervisor; ``zenaide``, ``fernanda`` APOIO.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import OccurrenceRow
from pitstop_desktop.demo import day as demo
from pitstop_desktop.domain.errors import BadValue, Conflict, NotFound, NotPermitted, PitstopError, RuleViolation
from pitstop_desktop.services import occurrences, offers, people, picker, timeline
from pitstop_desktop.services.changes import changes_since
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.timeline import TabCount, is_available, tab_counts
from tests.conftest import BACKENDS, Templates, fresh_database_url

SP = ZoneInfo("America/Sao_Paulo")
DAY = date(2026, 11, 24)  # a Tuesday, not a holiday

STAFF: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("ana", "Ana Atendente", "attendant", "matriz", ("n1_rapida",)),
    ("bia", "Bia Blip", "attendant", "matriz", ("n1_blip_matriz",)),
    ("caio", "Caio Técnico", "technician", "matriz", ("n1_rapida",)),
    ("duda", "Duda Técnica", "technician", "matriz", ("n1_rapida",)),
    ("edu", "Edu Filial", "technician", "filial", ("n1_filiais",)),
    ("fabi", "Fabi Especialista", "technician", "matriz", ("especialistas",)),
    ("nino", "Nino Segundo Nível", "technician", "matriz", ("n2",)),
    ("gil", "Gil Gestor", "manager", "matriz", ()),
    ("hugo", "Hugo Gestor", "manager", "matriz", ()),
    ("sara", "Sara Supervisora", "supervisor", "matriz", ()),
    ("zenaide", "Zenaide Apoio", "apoio", "matriz", ("apoio_n1",)),
    ("fernanda", "Fernanda Apoio", "apoio", "matriz", ("apoio_n1",)),
)
TECHNICIANS = ("caio", "duda", "edu", "fabi", "nino")
CLIENTS = (("ACME", "Acme Ltda", "1133334444"), ("BETA", "Beta S.A.", None))
SHIFT = (time(8, 0), time(17, 0))
LUNCH = (time(12, 0), time(13, 0))

# The CLI contract: each refusal's exit code.
EXIT_CODES: dict[type[PitstopError], int] = {BadValue: 2, RuleViolation: 3, NotFound: 4, Conflict: 5, NotPermitted: 6}

# Tables whose row counts show that a refused action wrote nothing.
TABLES = ("occurrences", "offers", "escalations", "apoio_items", "bookings", "audit_events", "change_feed",
          "presence_events", "roster", "staff", "clients")


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    """An aware moment of ``day`` (default: the test Tuesday) in São Paulo."""
    return datetime.combine(day, time(hour, minute), tzinfo=SP)


def build_staff(db: Database) -> None:
    for login, name, role, site, tabs in STAFF:
        people.add_staff(db, login=login, name=name, role=role, site=site, tabs=tabs)
    for code, name, phone in CLIENTS:
        people.add_client(db, code=code, name=name, phone=phone)


def build_day(db: Database, *, day: date = DAY, login_at: datetime | None = None,
              technicians: Iterable[str] = TECHNICIANS) -> None:
    """Roster every technician for ``day`` and log them in at 08:00 (or ``login_at``)."""
    for login in technicians:
        people.set_roster(db, login=login, day=day, start=SHIFT[0], end=SHIFT[1], lunch=LUNCH)
        people.record_presence(db, login=login, kind="login", at=login_at or at(8, 0, day))


@dataclass
class Desk:
    """The help desk of the module docstring, with short-hands for the usual moves."""

    db: Database

    def call(self, when: datetime | None = None, *, actor: str = "ana", client: str = "ACME",
             channel: str = "phone", summary: str = "Sistema não abre", **kwargs: Any) -> OccurrenceRecord:
        return occurrences.register_call(self.db, actor=actor, client=client, channel=channel, summary=summary,
                                         at=when or at(9, 0), **kwargs)

    def offer(self, number: int, to: str, when: datetime | None = None, actor: str = "ana") -> Any:
        return offers.offer(self.db, number, actor=actor, to=to, at=when or at(9, 5))

    def show(self, number: int, when: datetime | None = None) -> OccurrenceRecord:
        return occurrences.show(self.db, number, at=when or at(17, 30))

    def revision(self) -> int:
        return changes_since(self.db, 0).revision

    def occurrence_id(self, number: int) -> int:
        with self.db.engine.connect() as conn:
            return int(conn.execute(select(OccurrenceRow.id).where(OccurrenceRow.number == number)).scalar_one())

    def counts(self) -> dict[str, int]:
        with self.db.engine.connect() as conn:
            return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES}

    def snapshot(self, numbers: Iterable[int] = ()) -> tuple[Any, ...]:
        """Everything a refusal must leave alone: the OCs (with history), the feed revision, row counts."""
        return (tuple(self.show(n) for n in numbers), self.revision(), self.counts())

    def refused(self, action: Callable[[], object], error: type[PitstopError], rule: str | None = None,
                numbers: Iterable[int] = ()) -> PitstopError:
        """Run ``action``: it must raise ``error`` (message starting with ``rule:``) and change nothing."""
        numbers = tuple(numbers)
        before = self.snapshot(numbers)
        with pytest.raises(error) as info:
            action()
        exc = info.value
        assert type(exc) is error, f"expected {error.__name__}, got {type(exc).__name__}: {exc}"
        assert exc.exit_code == EXIT_CODES[error]
        if rule is not None:
            assert str(exc).startswith(f"{rule}: "), str(exc)
        assert "\n" not in str(exc)
        assert self.snapshot(numbers) == before, "a refused action changed the database"
        return exc


def assert_timeline_and_picker_agree(db: Database, now: datetime) -> dict[str | None, TabCount]:
    """For every tab: the timeline's available people and its header count are the picker's, person by person.

    Every person serving a tab must be on the roster (the timeline shows the roster; the picker everyone who
    serves the tab)."""
    rows = timeline.timeline(db, at=now)
    counts = tab_counts(rows, now)
    rostered = {r.login for r in rows}
    for tab in picker.tabs(db):
        candidates = picker.candidates(db, tab=tab.code, at=now)
        assert {c.login for c in candidates} <= rostered, f"{tab.code}: someone serving it is not rostered"
        serving = [r for r in rows if tab.code in r.tabs]
        assert {c.login for c in candidates} == {r.login for r in serving}
        assert {c.login for c in candidates if c.available} == {r.login for r in serving if is_available(r, now)}
        assert {c.login: c.available for c in candidates} == {r.login: r.available for r in serving}  # as read
        expected = TabCount(len(candidates), sum(c.available for c in candidates))
        assert counts.get(tab.code, TabCount(0, 0)) == expected, tab.code
    return counts


def load_demo_day(db: Database) -> None:
    """The demo day (``pitstop demo``) of ``DAY``: a seed for ``db_templates``, loaded once per backend."""
    demo.load_demo(db, day=DAY)


def build_desk(db: Database, *, day_setup: bool = True) -> Desk:
    build_staff(db)
    if day_setup:
        build_day(db)
    return Desk(db)


# The desk built once per session and backend (a template, see tests/conftest.py), then copied for every test
# (building it through the services costs more than copying it). A test module that imports ``desk_db_url``
# overrides the conftest's ``db_url``, so the conftest's ``db`` fixture opens a fresh copy of the desk:
#
#     from tests.services.helpers import desk_db_url


@pytest.fixture(params=BACKENDS, name="db_url")
def desk_db_url(request: pytest.FixtureRequest, db_templates: Templates, tmp_path: Path) -> Iterator[str]:
    """A fresh database holding the desk of this module's docstring, on SQLite and on PostgreSQL."""
    yield from fresh_database_url(db_templates.get(request.param, build_desk), tmp_path)
