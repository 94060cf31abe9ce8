"""The consulting team on the small desk of tests/services/helpers.py (issue 12).

On top of that desk (Tuesday 2026-11-24, São Paulo): ``CONS`` (Consultoria Ltda) and ``PROV`` (Provedor Net) are
consulting clients, ``caio`` is CONS's consultant; ``ACME`` and ``BETA`` stay ordinary clients (the URA's).
The mailbox of the Consultoria is ``consultoria@pitstop.example``; the room ``sala1`` exists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.services import contacts, people, rooms
from tests.conftest import BACKENDS, Templates, fresh_database_url
from tests.services.helpers import EXIT_CODES, Desk, at, build_desk

MAILBOX = "consultoria@pitstop.example"


def build_consulting_desk(db: Database) -> None:
    build_desk(db)
    people.add_client(db, code="CONS", name="Consultoria Ltda", phone="1144445555", consulting=True)
    people.add_client(db, code="PROV", name="Provedor Net", consulting=True)
    contacts.set_consultant(db, actor="gil", client="CONS", login="caio", at=at(7, 0))
    contacts.set_consulting_mailbox(db, actor="gil", address=MAILBOX, at=at(7, 0))
    rooms.add_room(db, actor="gil", code="sala1", name="Sala de reunião 1", at=at(7, 0))


@pytest.fixture(params=BACKENDS, name="db_url")
def consulting_db_url(request: pytest.FixtureRequest, db_templates: Templates, tmp_path: Path) -> Iterator[str]:
    """A fresh copy of the consulting desk, on SQLite and on PostgreSQL."""
    yield from fresh_database_url(db_templates.get(request.param, build_consulting_desk), tmp_path)


@pytest.fixture(name="desk")
def consulting_desk(db: Database) -> Desk:
    return Desk(db)


CONSULTING_TABLES = ("contact_persons", "contacts", "tasks", "work_plan", "rooms", "room_bookings", "room_slots",
                     "audit_events", "change_feed", "settings", "clients")


def counts(db: Database) -> dict[str, int]:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in CONSULTING_TABLES}


def refused(db: Database, action: Callable[[], object], error: type[PitstopError], code: str) -> PitstopError:
    """``action`` raises ``error`` with ``code`` (in one line, with its exit code) and writes nothing."""
    before = counts(db)
    with pytest.raises(error) as info:
        action()
    exc = info.value
    assert type(exc) is error and exc.code == code, repr(exc)
    assert exc.exit_code == EXIT_CODES[error]
    assert "\n" not in str(exc) and "{" not in str(exc)
    assert counts(db) == before, "a refused action changed the database"
    return exc
