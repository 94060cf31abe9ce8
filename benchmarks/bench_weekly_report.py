"""The weekly management report (issue 12) on an office's history: the office of benchmarks/office_data.py (200,000
closed OCs and 5,000 open ones by default, the roster of every working day) plus a year of the consulting team's
records (ten consultants: tasks, contacts and work-plan lines every week), on SQLite and on PostgreSQL.

Prints the report's time (median and 90th percentile of ``--repeats``) for the last full week with the usual eight
weeks of evolution and with a whole year of it, the time of each section (from the progress callback), and what
writing the CSV and the XLSX takes. Figures only: no assertions.

    .venv/bin/python benchmarks/bench_weekly_report.py                 # SQLite in a temporary folder, and PostgreSQL
    .venv/bin/python benchmarks/bench_weekly_report.py --closed 50000  # a smaller history
    .venv/bin/python benchmarks/bench_weekly_report.py --no-postgres
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from benchmarks.office_data import pg_database, populate
from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ClientRow, ContactRow, SettingRow, StaffRow, TaskRow, WorkPlanRow
from pitstop_desktop.domain.consulting import ContactChannel, ContactStatus, TaskStatus, TaskType, week_monday
from pitstop_desktop.services.report_export import write_csv, write_xlsx
from pitstop_desktop.services.unit_of_work import current_policy, utcnow
from pitstop_desktop.services.weekly_report import weekly_report
from pitstop_desktop.services.weekly_report_records import WeeklyReport

WEEKS = 52
CONSULTANTS = 10


def add_consulting_year(db: Database, seed: int = 12) -> dict[str, int]:
    """A year of the consulting team's work, in bulk: per consultant and working day, four to eight tasks (one a
    "Comunicar conclusão") and three to six contacts; the work plan of every week. Returns rows per table."""
    rnd = random.Random(seed)
    tz = current_policy(db).calendar.tz
    this_monday = week_monday(utcnow().astimezone(tz).date())
    types = [t.value for t in TaskType]
    tasks: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    plan: list[dict[str, Any]] = []
    with db.write() as session:
        team = list(session.execute(select(StaffRow.id, StaffRow.login).where(StaffRow.role == "technician")
                                    .order_by(StaffRow.id).limit(CONSULTANTS)))
        client_ids = list(session.scalars(select(ClientRow.id).order_by(ClientRow.id).limit(200)))
        session.execute(update(ClientRow).where(ClientRow.id.in_(client_ids)).values(consulting=True))
        session.merge(SettingRow(key="consulting_team", value=",".join(login for _, login in team)))
        for week in range(-WEEKS, 2):  # a year back, this week and the next (planned only)
            monday = this_monday + timedelta(weeks=week)
            for staff_id, _login in team:
                for kind in rnd.sample(types, 4):
                    plan.append(dict(staff_id=staff_id, week=monday, task_type=kind,
                                     planned_minutes=rnd.choice((60, 120, 240, 480))))
                for day in range(5):
                    base = datetime.combine(monday + timedelta(days=day), datetime.min.time(), tzinfo=tz)
                    moment = base + timedelta(hours=8, minutes=rnd.randrange(0, 60))
                    future = week >= 0
                    for n in range(rnd.randint(4, 8)):
                        kind = TaskType.COMMUNICATE_CONCLUSION.value if n == 0 else rnd.choice(types)
                        length = timedelta(minutes=rnd.randrange(5, 90))
                        planned = rnd.random() < 0.6
                        status = TaskStatus.PLANNED.value if future else rnd.choice(
                            (TaskStatus.DONE.value,) * 8 + (TaskStatus.CANCELLED.value,))
                        done = status == TaskStatus.DONE.value
                        tasks.append(dict(
                            type=kind, status=status, title=f"tarefa {n}", owner_id=staff_id,
                            planned_start=moment if planned else None, planned_end=moment + length if planned else None,
                            started_at=moment if done else None,
                            stopped_at=moment + length * rnd.uniform(0.7, 1.4) if done else None,
                            created_by_id=staff_id, created_at=moment - timedelta(days=2), version=1))
                        moment += length + timedelta(minutes=rnd.randrange(0, 30))
                    for _ in range(rnd.randint(3, 6)):
                        start = base + timedelta(hours=rnd.randrange(8, 18), minutes=rnd.randrange(0, 60))
                        scheduled = rnd.random() < 0.4
                        status = (ContactStatus.SCHEDULED.value if future else rnd.choice(
                            (ContactStatus.DONE.value,) * 6 + (ContactStatus.MISSED.value,
                                                               ContactStatus.CANCELLED.value))
                                  ) if scheduled else ContactStatus.DONE.value
                        happened = status == ContactStatus.DONE.value and not (future and scheduled)
                        contacts.append(dict(
                            channel=rnd.choice([c.value for c in ContactChannel]), status=status, scheduled=scheduled,
                            consultant_id=staff_id, client_id=rnd.choice(client_ids), subject="contato",
                            planned_start=start if scheduled else None,
                            planned_end=start + timedelta(minutes=30) if scheduled else None,
                            started_at=start if happened else None,
                            ended_at=start + timedelta(minutes=rnd.randrange(3, 50)) if happened else None,
                            created_by_id=staff_id, created_at=start - timedelta(days=1), version=1))
        for table, rows in ((TaskRow, tasks), (ContactRow, contacts), (WorkPlanRow, plan)):
            for first in range(0, len(rows), 5000):
                session.execute(insert(table), rows[first:first + 5000])
    return {"tasks": len(tasks), "contacts": len(contacts), "work plan lines": len(plan)}


def timed(work: Callable[[], object], repeats: int) -> list[float]:
    work()  # warm: the policy, the statement cache, the server's buffers
    spent = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        spent.append((time.perf_counter() - start) * 1000)
    return spent


def line(name: str, spent: list[float]) -> None:
    p90 = statistics.quantiles(spent, n=10)[-1] if len(spent) > 1 else spent[0]
    print(f"  {name:<44} {statistics.median(spent):8.1f} ms median {p90:8.1f} ms p90")


def bench(url: str, args: argparse.Namespace) -> None:
    db = Database(url)
    try:
        started = time.perf_counter()
        office = populate(db, args.open, args.closed, staff_count=args.staff)
        consulting = add_consulting_year(db)
        print(f"{db.engine.dialect.name}: {office.summary()}; "
              + ", ".join(f"{n:,} {t}" for t, n in consulting.items())
              + f" (built in {time.perf_counter() - started:.0f} s)")
        tz = current_policy(db).calendar.tz
        last_week = week_monday(datetime.now(UTC).astimezone(tz).date()) - timedelta(days=7)
        report: WeeklyReport = weekly_report(db, week=last_week)
        print(f"  week {report.week}: {report.demand.ocs_in} OCs in, {report.demand.ocs_closed} closed, "
              f"{report.demand.open_backlog} open at its end; {len(report.task_time)} task lines, "
              f"{len(report.next_week_tasks)} tasks planned for {report.next_week}")
        line("report, 8 weeks of evolution", timed(lambda: weekly_report(db, week=last_week), args.repeats))
        line(f"report, {WEEKS} weeks of evolution",
             timed(lambda: weekly_report(db, week=last_week, evolution_weeks=WEEKS), args.repeats))
        sections: dict[str, list[float]] = {}
        mark = [0.0]

        def progress(_step: int, _steps: int, label: str) -> None:
            now = time.perf_counter()
            sections.setdefault(label, []).append((now - mark[0]) * 1000)
            mark[0] = now

        for _ in range(args.repeats):
            mark[0] = time.perf_counter()
            weekly_report(db, week=last_week, progress=progress)
        for label, spent in sections.items():  # the first one includes reading the team's records
            line(f"  {label}", spent)
        with tempfile.TemporaryDirectory() as folder:
            line("CSV written", timed(lambda: write_csv(report, Path(folder) / "r.csv"), args.repeats))
            line("XLSX written", timed(lambda: write_xlsx(report, Path(folder) / "r.xlsx"), args.repeats))
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--open", type=int, default=5000, help="open OCs (default 5000)")
    parser.add_argument("--closed", type=int, default=200_000, help="closed OCs (default 200000)")
    parser.add_argument("--staff", type=int, default=100, help="people (default 100)")
    parser.add_argument("--repeats", type=int, default=10, help="reports of each kind (default 10)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench(f"sqlite:///{Path(folder) / 'bench.db'}", args)
    if not args.no_postgres:
        with pg_database(args.server_url) as url:
            if url is not None:
                bench(url, args)


if __name__ == "__main__":
    main()
