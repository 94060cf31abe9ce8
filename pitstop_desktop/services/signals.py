"""The desk's signals that need the database: each tab's "demora excessiva em linha" threshold (an admin's
setting, kept in the ``settings`` table as ``long_wait_minutes.<tab>``; a tab without one has the domain's
default, ``domain.signals.DEFAULT_LONG_WAIT_MINUTES``; 0 turns the signal off).

The board (services/board.py) and the gauges (services/gauges.py) read all thresholds with one query per read.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import ColumnElement, String, literal_column, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import SettingRow, TabRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import Role
from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.domain.signals import DEFAULT_LONG_WAIT_MINUTES, check_long_wait_minutes
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_tab, run

LONG_WAIT_PREFIX = "long_wait_minutes."


_AS_JSON = {"postgresql": "CAST(json_object_agg(s.key, s.value) AS text)",
            "sqlite": "json_group_object(s.key, s.value)"}


def long_waits_column(dialect: str) -> ColumnElement[str]:
    """The thresholds' settings rows as one JSON object (key -> value; NULL or ``{}`` when there are none), a
    column any select can carry: the live feed's read brings them with the changes (issue 10: one statement less
    per change per seat), and :func:`long_waits_in` then reads nothing (:func:`long_waits_read_ahead`)."""
    return literal_column(f"(SELECT {_AS_JSON[dialect]} FROM settings s WHERE s.key LIKE '{LONG_WAIT_PREFIX}%')",
                          String()).label("long_waits")


_READ_AHEAD = "long_waits"


def long_waits_read_ahead(uow: UnitOfWork, column: str | None) -> None:
    """Keep what :func:`long_waits_column` read, for :func:`long_waits_in` in this transaction."""
    uow.read_ahead[_READ_AHEAD] = list(json.loads(column).items()) if column else []


def long_waits_in(uow: UnitOfWork) -> dict[str, int]:
    """Every tab's threshold in minutes (0: none), the admin's settings over the defaults; one query (none when
    the transaction's first statement brought them, :func:`long_waits_read_ahead`)."""
    out = dict(DEFAULT_LONG_WAIT_MINUTES)
    rows = uow.read_ahead.get(_READ_AHEAD)
    if rows is None:
        rows = uow.session.execute(
            select(SettingRow.key, SettingRow.value).where(SettingRow.key.like(f"{LONG_WAIT_PREFIX}%"))).all()
    for key, value in rows:
        try:
            out[key[len(LONG_WAIT_PREFIX):]] = max(0, int(value))
        except ValueError:  # a hand-edited row: the default stands rather than the board failing
            continue
    return out


def long_waits(db: Database) -> dict[str, int]:
    """Per tab code (every tab of the database), its threshold in minutes; 0 means no signal."""

    def work(uow: UnitOfWork) -> dict[str, int]:
        known = long_waits_in(uow)
        return {code: known.get(code, 0) for code in uow.session.scalars(select(TabRow.code).order_by(TabRow.position))}

    return run(db, work, write=False)


def set_long_wait(db: Database, tab: str, minutes: int, *, actor: str, at: datetime | None = None) -> int:
    """An admin sets how long an OC may wait in ``tab`` before the board marks it (0: never). Audited, and
    announced on the change feed as a setting, so open consoles read the board again."""
    check_long_wait_minutes(minutes)

    def work(uow: UnitOfWork) -> int:
        person = uow.acting(actor)
        if person.role != Role.ADMIN:
            raise NotPermitted("permission.admin_only", what="o limite de espera das abas", role=person.role)
        get_tab(uow.session, tab)
        key = LONG_WAIT_PREFIX + tab
        row = uow.session.get(SettingRow, key)
        before = long_waits_in(uow).get(tab, 0)
        if row is None:
            uow.session.add(SettingRow(key=key, value=str(minutes)))
        elif row.value == str(minutes):
            return minutes  # already so: nothing to record
        else:
            row.value = str(minutes)
        uow.record(person.login, Entity.SETTING, 0, "set", f"{key}={minutes}",
                   before={"tab": tab, "minutes": before}, after={"tab": tab, "minutes": minutes})
        return minutes

    return run(db, work, at)
