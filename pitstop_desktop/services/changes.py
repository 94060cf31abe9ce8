"""The change feed: "what changed since revision N?" for live screens and integrations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select, text

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ChangeRow, CounterRow
from pitstop_desktop.services.records import Change, ChangeBatch
from pitstop_desktop.services.signals import long_waits_column, long_waits_read_ahead
from pitstop_desktop.services.unit_of_work import UnitOfWork, open_database, policy_fingerprint, run

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


GENERIC_PLANS = "SET LOCAL plan_cache_mode = force_generic_plan"
"""The live feed's transaction runs on generic plans. A seat repeats its feed read (and the riders' reads by id)
all day, so psycopg prepares them; but PostgreSQL keeps re-planning the feed read on every run, because its
generic plan *looks* dear (``revision > $1`` could be a third of the table) although it runs exactly like the
custom one (an index scan of the few new rows). Planning was ~0.3 ms of that read's ~0.35 on the server, per change
and seat; forcing the generic plan saves ~0.15 ms of backend CPU per read (measured, issue 10). Only for this
transaction (``LOCAL``): a rider must stay a read by id, which no plan can get wrong; the day's reads with ranges
keep PostgreSQL's own choice."""


def changes_then(db: Database, revision: int, limit: int, then: Callable[[UnitOfWork, ChangeBatch], T], *,
                 with_policy: bool = False) -> tuple[ChangeBatch, T]:
    """:func:`changes_since`, and ``then`` with the batch in the same read-only transaction: a live feed reads what
    changed and the rows a panel shows of it in one transaction (issue 10: every statement and transaction each seat
    makes per change is multiplied by the seats on the office server).

    ``with_policy``: the long-wait thresholds and, unless a seat checked it a moment ago
    (``unit_of_work.POLICY_FRESH_S``), the policy's fingerprint ride on the feed's own statement, so ``then`` (the
    board's rows, worked out under both) and the seat's reads that follow the batch ask nothing more."""

    def work(uow: UnitOfWork) -> tuple[ChangeBatch, T]:
        if uow.dialect == "postgresql":
            uow.session.execute(text(GENERIC_PLANS))
        batch = changes_in(uow, revision, limit, with_policy=with_policy)
        return batch, then(uow, batch)

    return run(db, work, write=False)


def changes_in(uow: UnitOfWork, revision: int, limit: int, *, with_policy: bool = False) -> ChangeBatch:
    """:func:`changes_since` inside a transaction already open.

    One statement: the revision counter with the feed rows after ``revision`` outer-joined to it (one row of NULLs
    when nothing changed), so the current revision and the rows come from one snapshot and one round trip; and,
    ``with_policy``, the long-wait thresholds and the policy's fingerprint (see :func:`changes_then`) beside them."""
    columns: list[Any] = [CounterRow.value, ChangeRow.revision, ChangeRow.entity, ChangeRow.entity_id,
                          ChangeRow.action, ChangeRow.at]
    # the tabs' long-wait thresholds, which the board's rows are worked out with; and the policy's fingerprint unless
    # the seat checked it a moment ago (the md5 of the policy's rows is most of this statement's cost on the server)
    check = with_policy and not uow.trusts_policy
    if with_policy:
        columns.append(long_waits_column(uow.dialect))
    if check:
        columns.append(policy_fingerprint(uow.dialect))
    found = uow.session.execute(
        select(*columns).select_from(CounterRow).outerjoin(ChangeRow, ChangeRow.revision > revision)
        .where(CounterRow.name == "revision").order_by(ChangeRow.revision, ChangeRow.id).limit(limit + 1)
    ).all()
    current = int(found[0][0] or 0) if found else 0
    if with_policy and found:
        long_waits_read_ahead(uow, found[0][6])
    if check and found:
        uow.know_policy_fingerprint(found[0][7])
    rows: list[tuple[Any, ...]] = [(r[1], r[2], r[3], r[4], r[5]) for r in found if r[1] is not None]
    if len(rows) > limit:
        last_whole = rows[limit][0] - 1
        if last_whole <= revision:  # one revision larger than the limit: hand it over whole
            last_whole = rows[0][0]
            rows = [tuple(r) for r in uow.session.execute(
                select(ChangeRow.revision, ChangeRow.entity, ChangeRow.entity_id, ChangeRow.action, ChangeRow.at)
                .where(ChangeRow.revision == last_whole).order_by(ChangeRow.id)).all()]
        rows = [r for r in rows if r[0] <= last_whole]
        current = last_whole
    changes = tuple(Change(*r) for r in rows)
    return ChangeBatch(since=revision, revision=int(current), changes=changes)


def current_revision(db: Database) -> int:
    return run(db, lambda uow: int(uow.session.scalar(select(func.max(ChangeRow.revision))) or 0), write=False)
