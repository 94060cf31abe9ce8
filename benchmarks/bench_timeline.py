"""The timeline's two reads on an office's history (issue 10): the whole day, which every seat made on every change
that moved an OC, against the read of only the people one such change touches (``services.timeline.people``).

Prints, for each: milliseconds per read (median and 90th percentile of ``--repeats``) and SQL statements per read.
The changes read are OCs in progress today, each held by someone on today's roster (an accept, a claim: the
commonest followed change), one at a time, with the rows the full read gave as what the seat shows.

    .venv/bin/python benchmarks/bench_timeline.py                       # PostgreSQL at 127.0.0.1, a temporary database
    .venv/bin/python benchmarks/bench_timeline.py --closed 100000       # a year of history instead of two
    .venv/bin/python benchmarks/bench_timeline.py --url postgresql+psycopg://…/db [--populate]   # an existing one
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select

from benchmarks.office_data import pg_database, populate
from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import OccurrenceRow, RosterRow
from pitstop_desktop.domain.codes import Status
from pitstop_desktop.services import timeline as timeline_service
from pitstop_desktop.services.unit_of_work import current_policy, utcnow


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def timed(read: Callable[[], object], repeats: int) -> list[float]:
    read()  # warm: the policy, the statement cache, the server's buffers
    spent = []
    for _ in range(repeats):
        start = time.perf_counter()
        read()
        spent.append((time.perf_counter() - start) * 1000)
    return spent


def held_today(db: Database, how_many: int) -> list[int]:
    """OCs in progress held by someone on today's roster: what an accept or a claim makes a seat re-read."""
    today = utcnow().astimezone(current_policy(db).calendar.tz).date()
    with db.read() as session:
        return list(session.scalars(
            select(OccurrenceRow.id).join(RosterRow, RosterRow.staff_id == OccurrenceRow.assignee_id)
            .where(RosterRow.day == today, OccurrenceRow.status == Status.IN_PROGRESS.value)
            .order_by(OccurrenceRow.id).limit(how_many)))


def report(name: str, spent: list[float], statements: int) -> None:
    p90 = statistics.quantiles(spent, n=10)[-1] if len(spent) > 1 else spent[0]
    print(f"  {name:<34} {statistics.median(spent):8.1f} ms median {p90:8.1f} ms p90   {statements:3d} statements")


def bench(url: str, args: argparse.Namespace) -> None:
    db = Database(url)
    try:
        if args.populate:
            office = populate(db, args.open, args.closed, staff_count=args.staff)
            print(f"office: {office.summary()}")
        rows = timeline_service.timeline(db)  # warm: the policy, the statement cache, the server's buffers
        with counted(db) as statements:
            rows = timeline_service.timeline(db)
            full_statements = len(statements)
        print(f"{db.engine.dialect.name}: {len(rows)} people on today's roster, "
              f"{sum(len(r.jobs) for r in rows)} jobs today")
        report("whole day (timeline)", timed(lambda: timeline_service.timeline(db), args.repeats), full_statements)
        changed = held_today(db, args.repeats)
        if not changed:
            print("  no OC in progress held by someone on today's roster: nothing to compare")
            return
        people = timeline_service.people
        with counted(db) as statements:
            people(db, [changed[0]], rows)
            people_statements = len(statements)
        turns = iter(range(10**9))
        touched: list[int] = []

        def one_change() -> None:
            oc = changed[next(turns) % len(changed)]
            touched.append(len(people(db, [oc], rows).rows))

        report("people one change touches (people)", timed(one_change, args.repeats), people_statements)
        # what a seat would show: the same rows either way (nothing was written meanwhile)
        merged = people(db, changed, rows).merged_into(rows)
        same = [(r.login, r.jobs, r.bookings) for r in merged] == [(r.login, r.jobs, r.bookings) for r in rows]
        print(f"  people re-read per change: {statistics.median(touched):.0f} median, {max(touched)} at most; "
              f"all {len(changed)} changes at once: the same rows as the whole day's read: {same}")
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="an existing database (default: a temporary one on --server-url, populated)")
    parser.add_argument("--server-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--populate", action="store_true", help="populate --url first (it must be empty)")
    parser.add_argument("--open", type=int, default=5000, help="open OCs (default 5000)")
    parser.add_argument("--closed", type=int, default=200_000, help="closed OCs (default 200000)")
    parser.add_argument("--staff", type=int, default=100, help="people (default 100)")
    parser.add_argument("--repeats", type=int, default=30, help="reads of each kind (default 30)")
    args = parser.parse_args()
    if args.url:
        bench(args.url, args)
        return
    args.populate = True
    with pg_database(args.server_url) as url:
        if url is not None:
            bench(url, args)


if __name__ == "__main__":
    main()
