"""Small facts about the database: whether it holds the demo day (only there may `pitstop --as` skip sign-in), and
its identity (which database a call waiting in an intake outbox belongs to)."""

from __future__ import annotations

import threading
import uuid
import weakref

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import SettingRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.services.unit_of_work import ADMIN, UnitOfWork, run

DEMO_DAY = "demo_day"
DEMO_PASSWORD = "pitstop"  # every demo person's (demo/cast.py); the sign-in window says it on a demo database
DATABASE_ID = "database_id"  # made by migration 0005_database_identity (or here, for a database without one)

_identities: weakref.WeakKeyDictionary[Database, str] = weakref.WeakKeyDictionary()
_identities_lock = threading.Lock()


def get_setting(db: Database, key: str) -> str | None:
    return run(db, lambda uow: uow.session.scalar(select(SettingRow.value).where(SettingRow.key == key)),
               write=False)


def set_setting_in(uow: UnitOfWork, key: str, value: str | None) -> None:
    """Inside an existing use case (the demo loader marks its own database)."""
    row = uow.session.get(SettingRow, key)
    if value is None:
        if row is not None:
            uow.session.delete(row)
    elif row is None:
        uow.session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
    uow.record(ADMIN, Entity.SETTING, 0, "set", f"{key}={value}")


def set_setting(db: Database, key: str, value: str | None) -> None:
    run(db, lambda uow: set_setting_in(uow, key, value))


def demo_day(db: Database) -> str | None:
    return get_setting(db, DEMO_DAY)


def database_identity_in(uow: UnitOfWork) -> str | None:
    """The identity inside a use case (None only for a database that has none yet)."""
    return uow.session.scalar(select(SettingRow.value).where(SettingRow.key == DATABASE_ID))


def known_identity(db: Database) -> str | None:
    """The identity this process already read from ``db``, without asking the server (None when never read)."""
    with _identities_lock:
        return _identities.get(db)


def database_identity(db: Database) -> str:
    """This database's identity: a UUID made once per database (migration 0004), read once per process.

    A database that has none (set up without the migrations) gets one here; when two seats race to make it,
    the first one wins and both answer with it. Raises what the database raises when it cannot be reached.
    """
    known = known_identity(db)
    if known is not None:
        return known
    value = get_setting(db, DATABASE_ID)
    if value is None:
        def make(uow: UnitOfWork) -> str:
            current = database_identity_in(uow)
            if current is None:
                current = str(uuid.uuid4())
                uow.session.add(SettingRow(key=DATABASE_ID, value=current))
            return current

        try:
            value = run(db, make)
        except IntegrityError:
            value = get_setting(db, DATABASE_ID)
        assert value is not None
    with _identities_lock:
        _identities[db] = value
    return value


def forget_identity(db: Database) -> None:
    """Read the identity again next time (after it was changed on purpose, e.g. a copy made a database of its own)."""
    with _identities_lock:
        _identities.pop(db, None)
