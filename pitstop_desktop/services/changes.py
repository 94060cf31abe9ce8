"""The change feed: "what changed since revision N?" for live screens and integrations."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import func, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ChangeRow, CounterRow
from pitstop_desktop.services.records import Change, ChangeBatch
from pitstop_desktop.services.unit_of_work import UnitOfWork, open_database, run

T = TypeVar("T")


def changes_since(db: Database | str, revision: int = 0, limit: int = 10_000) -> ChangeBatch:
    """Changes committed after ``revision``, oldest first; ``batch.revision`` is where to ask from next.

    When more than ``limit`` rows wait, the batch stops at a whole revision and the caller asks again.
    """
    database = open_database(db) if isinstance(db, str) else db
    try:
        return run(database, lambda uow: changes_in(uow, revision, limit), write=False)
    finally:
        if database is not db:
            database.dispose()


def changes_then(db: Database, revision: int, limit: int, then: Callable[[UnitOfWork, ChangeBatch], T]
                 ) -> tuple[ChangeBatch, T]:
    """:func:`changes_since`, and ``then`` with the batch in the same read-only transaction: a live feed reads what
    changed and the rows a panel shows of it in one transaction (issue 10: every statement and transaction each seat
    makes per change is multiplied by the seats on the office server)."""

    def work(uow: UnitOfWork) -> tuple[ChangeBatch, T]:
        batch = changes_in(uow, revision, limit)
        return batch, then(uow, batch)

    return run(db, work, write=False)


def changes_in(uow: UnitOfWork, revision: int, limit: int) -> ChangeBatch:
    """:func:`changes_since` inside a transaction already open."""
    current = uow.session.scalar(select(CounterRow.value).where(CounterRow.name == "revision")) or 0
    rows = uow.session.scalars(
        select(ChangeRow).where(ChangeRow.revision > revision).order_by(ChangeRow.revision, ChangeRow.id)
        .limit(limit + 1)
    ).all()
    if len(rows) > limit:
        last_whole = rows[limit].revision - 1
        if last_whole <= revision:  # one revision larger than the limit: hand it over whole
            last_whole = rows[0].revision
            rows = uow.session.scalars(select(ChangeRow).where(ChangeRow.revision == last_whole)
                                       .order_by(ChangeRow.id)).all()
        rows = [r for r in rows if r.revision <= last_whole]
        current = last_whole
    changes = tuple(Change(r.revision, r.entity, r.entity_id, r.action, r.at) for r in rows)
    return ChangeBatch(since=revision, revision=int(current), changes=changes)


def current_revision(db: Database) -> int:
    return run(db, lambda uow: int(uow.session.scalar(select(func.max(ChangeRow.revision))) or 0), write=False)
