"""Small facts about the database: whether it holds the demo day (only there may `pitstop --as` skip sign-in)."""

from __future__ import annotations

from sqlalchemy import select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import SettingRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.services.unit_of_work import ADMIN, UnitOfWork, run

DEMO_DAY = "demo_day"


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
