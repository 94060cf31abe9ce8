"""The weekly management report (second seed, "Gerência" 1–10; issue 12): one read-only transaction.

Management runs it at the start of a week about the week that just ended (the "reviewed" week) and the week being
planned. The figures and how each is counted are defined in :mod:`services.weekly_report_records`; this module
reads the tables directly (tasks, contacts, the work plan, the roster, OCs), so it depends on no other consulting
service. The team's own records (tasks, contacts, plan lines of two weeks) are a few hundred rows and are summed
here; the OCs (a year of an office: 200,000 rows) are only ever counted and summed in SQL.

A long report (the evolution over many weeks on a big database) tells ``progress(step, steps, label)`` after each
of the ten sections and asks ``cancelled()`` between them: :class:`Cancelled` then ends it (nothing was written).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import QueryableAttribute

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    AuditRow,
    ContactRow,
    OccurrenceRow,
    RosterRow,
    SettingRow,
    StaffRow,
    StaffTabRow,
    TabRow,
    TaskRow,
    WorkPlanRow,
)
from pitstop_desktop.domain.codes import Role, Status
from pitstop_desktop.domain.consulting import ContactStatus, TaskStatus, TaskType, week_label, week_monday
from pitstop_desktop.domain.vocabulary import WEEKLY_REPORT_SECTIONS
from pitstop_desktop.services.unit_of_work import UnitOfWork, run
from pitstop_desktop.services.weekly_report_records import (
    TEAM,
    AnsLine,
    ContactTally,
    DemandCapacity,
    HoursLine,
    PlanCheck,
    PlanCoverage,
    ScheduledTask,
    TaskTime,
    WeekFigures,
    WeeklyReport,
)

Progress = Callable[[int, int, str], None]
SqlTime = ColumnElement[datetime] | QueryableAttribute[datetime] | QueryableAttribute[datetime | None]
CONSULTING_TEAM = "consulting_team"  # the setting services/intake.py keeps (read here, not through intake)
ACCEPTED = "accepted"  # the audit action of an OC taken by its technician (services/offers.py)
OPEN_STATUSES = tuple(s.value for s in Status if s != Status.CLOSED)
_TYPE_ORDER = {t.value: i for i, t in enumerate(TaskType)}


class Cancelled(Exception):
    """The report was cancelled between two sections (``cancelled()`` answered True); it only reads, so nothing
    is left half done."""


def weekly_report(
    db: Database, *, week: date, at: datetime | None = None, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, evolution_weeks: int = 8,
) -> WeeklyReport:
    """The report of the ISO week of ``week`` (any day of it; its Monday is the reviewed week) and of the week
    after it (points 5–6), with the evolution over ``evolution_weeks`` weeks ending with the reviewed one."""
    if evolution_weeks < 1:
        raise ValueError("evolution_weeks must be at least 1")
    monday = week_monday(week)
    return run(db, lambda uow: _Report(uow, monday, progress, cancelled, evolution_weeks).build(), at, write=False)


def week_bounds(monday: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of the week of ``monday`` as UTC instants: local midnights of the calendar's zone (through
    zoneinfo, so a week with a DST change still has its true bounds)."""
    start = datetime.combine(monday, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def _minutes(seconds: float) -> int:
    """Whole minutes, rounded to the nearest (half a minute up)."""
    return int((seconds + 30) // 60)


def _span_seconds(start: datetime | None, end: datetime | None) -> float:
    if start is None or end is None or end <= start:
        return 0.0
    return (end - start).total_seconds()


def _elapsed_minutes(dialect: str, start: SqlTime, end: SqlTime) -> ColumnElement[Any]:
    """``end - start`` in minutes, in SQL (SQLite keeps UTC text: julianday; PostgreSQL: the interval's epoch)."""
    if dialect == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 1440.0
    return func.extract("epoch", end - start) / 60.0


def _met() -> ColumnElement[int]:
    """1 when concluded by the stored due time (the SLA as it was when the OC was opened), else 0."""
    return case((OccurrenceRow.closed_at <= OccurrenceRow.due_at, 1), else_=0)


def _counted() -> ColumnElement[bool]:
    """The OCs every figure counts: complementary OCs (R2) are reported apart. For reads by closure time: with
    ``closed_at`` it seeks the (complementary_of_id, closed_at) index."""
    return OccurrenceRow.complementary_of_id.is_(None)


def _counted_by_opening() -> ColumnElement[bool]:
    """:func:`_counted` for reads by opening time, written so it cannot use an index: SQLite (no statistics) would
    otherwise pick the (complementary_of_id, closed_at) index for it, which holds almost every OC, and walk all
    200,000 of a year instead of one week's through (status, opened_at)."""
    return (OccurrenceRow.complementary_of_id + 0).is_(None)


ALL_STATUSES = tuple(s.value for s in Status)
"""Spelled out beside an ``opened_at`` range so both databases seek the (status, opened_at) index per status."""


@dataclass(frozen=True)
class _Person:
    id: int
    login: str
    name: str


class _Report:
    """One report's reading, section by section, in the transaction of ``uow``."""

    def __init__(self, uow: UnitOfWork, monday: date, progress: Progress | None,
                 cancelled: Callable[[], bool] | None, evolution_weeks: int) -> None:
        self.uow, self.session = uow, uow.session
        self.monday, self.next_monday = monday, monday + timedelta(days=7)
        self.zone = uow.policy.calendar.tz
        self.start, self.end = week_bounds(monday, self.zone)
        self.next_start, self.next_end = week_bounds(self.next_monday, self.zone)
        self.progress, self.cancelled, self.evolution_weeks = progress, cancelled, evolution_weeks
        self.step = 0

    def _done(self) -> None:
        """After a section: say so, then stop here if the person cancelled."""
        self.step += 1
        if self.progress is not None:
            self.progress(self.step, len(WEEKLY_REPORT_SECTIONS), WEEKLY_REPORT_SECTIONS[self.step - 1])
        if self.cancelled is not None and self.step < len(WEEKLY_REPORT_SECTIONS) and self.cancelled():
            raise Cancelled()

    def build(self) -> WeeklyReport:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self._read_team_records()
        task_time = self._task_time()
        self._done()
        contacts = self._contacts()
        self._done()
        hours = self._hours()
        self._done()
        plan_checks = self._plan_checks()
        self._done()
        coverage = self._coverage()
        self._done()
        next_tasks = self._next_tasks()
        self._done()
        demand = self._demand()
        self._done()
        ans = self._ans()
        self._done()
        evolution = self._evolution()
        self._done()
        conclusion = self._conclusion_tasks()
        self._done()
        return WeeklyReport(
            week=week_label(self.monday), monday=self.monday, next_week=week_label(self.next_monday),
            generated_at=self.uow.at, task_time=task_time, contacts=contacts, hours=hours, plan_checks=plan_checks,
            next_week_coverage=coverage, next_week_tasks=next_tasks, demand=demand, ans=ans, evolution=evolution,
            conclusion_tasks=conclusion, timezone=self.uow.policy.calendar.timezone,
        )

    # The team's records: tasks, contacts and plan lines of the two weeks (a few hundred rows at most)

    def _read_team_records(self) -> None:
        s = self.session
        start, end = self.start, self.end
        # executed: done tasks stopped in the week, seconds per (owner, type)
        self.executed: dict[tuple[int, str], list[float]] = defaultdict(list)
        for owner, kind, started, stopped in s.execute(
            select(TaskRow.owner_id, TaskRow.type, TaskRow.started_at, TaskRow.stopped_at)
            .where(TaskRow.status == TaskStatus.DONE.value, TaskRow.stopped_at >= start, TaskRow.stopped_at < end)
        ):
            self.executed[(owner, kind)].append(_span_seconds(started, stopped))
        # scheduled: planned spans starting in the week, cancelled ones left out (tasks and contacts)
        self.scheduled_seconds: dict[int, float] = defaultdict(float)
        for owner, planned_start, planned_end in s.execute(
            select(TaskRow.owner_id, TaskRow.planned_start, TaskRow.planned_end)
            .where(TaskRow.planned_start >= start, TaskRow.planned_start < end,
                   TaskRow.status != TaskStatus.CANCELLED.value)
        ):
            self.scheduled_seconds[owner] += _span_seconds(planned_start, planned_end)
        self.contacts: list[tuple[int, bool, str, datetime | None, datetime | None, datetime | None,
                                  datetime | None]] = [
            (row.consultant_id, bool(row.scheduled), row.status, row.planned_start, row.planned_end, row.started_at,
             row.ended_at)
            for row in s.execute(
                select(ContactRow.consultant_id, ContactRow.scheduled, ContactRow.status, ContactRow.planned_start,
                       ContactRow.planned_end, ContactRow.started_at, ContactRow.ended_at)
                .where(or_(
                    and_(ContactRow.scheduled.is_(True), ContactRow.planned_start >= start,
                         ContactRow.planned_start < end),
                    and_(ContactRow.scheduled.is_(False), ContactRow.started_at >= start,
                         ContactRow.started_at < end),
                ))
            )
        ]
        self.plan: dict[tuple[int, str], int] = {}
        self.next_plan: dict[tuple[int, str], int] = {}
        for staff_id, week, kind, minutes in s.execute(
            select(WorkPlanRow.staff_id, WorkPlanRow.week, WorkPlanRow.task_type, WorkPlanRow.planned_minutes)
            .where(WorkPlanRow.week.in_((self.monday, self.next_monday)))
        ):
            (self.plan if week == self.monday else self.next_plan)[(staff_id, kind)] = int(minutes)
        self.next_week_rows: list[tuple[int, str, str, int | None, datetime | None, datetime | None, int]] = [
            (owner, kind, title, number, planned_start, planned_end, task_id)
            for owner, kind, title, number, planned_start, planned_end, task_id in s.execute(
            select(TaskRow.owner_id, TaskRow.type, TaskRow.title, OccurrenceRow.number, TaskRow.planned_start,
                   TaskRow.planned_end, TaskRow.id)
            .outerjoin(OccurrenceRow, OccurrenceRow.id == TaskRow.occurrence_id)
            .where(TaskRow.planned_start >= self.next_start, TaskRow.planned_start < self.next_end,
                   TaskRow.planned_end.is_not(None), TaskRow.status != TaskStatus.CANCELLED.value)
            .order_by(TaskRow.planned_start, TaskRow.id)
            )
        ]
        team = s.scalar(select(SettingRow.value).where(SettingRow.key == CONSULTING_TEAM)) or ""
        logins = {v.strip() for v in team.split(",") if v.strip()}
        ids = ({owner for owner, _ in self.executed} | set(self.scheduled_seconds) | {c[0] for c in self.contacts}
               | {staff for staff, _ in self.plan} | {staff for staff, _ in self.next_plan}
               | {row[0] for row in self.next_week_rows})
        people = s.execute(
            select(StaffRow.id, StaffRow.login, StaffRow.name)
            .where(or_(StaffRow.id.in_(ids), StaffRow.login.in_(logins)))
        ) if ids or logins else ()
        self.people = sorted((_Person(i, login, name) for i, login, name in people),
                             key=lambda p: (p.name.casefold(), p.login))
        self.by_id = {p.id: p for p in self.people}

    def _realized_task_minutes(self, staff_id: int, kind: str) -> int:
        return _minutes(sum(self.executed.get((staff_id, kind), ())))

    def _types(self, keys: Iterable[tuple[int, str]]) -> list[str]:
        return sorted({kind for _, kind in keys}, key=lambda k: (_TYPE_ORDER.get(k, len(_TYPE_ORDER)), k))

    # 1, 10

    def _task_time(self) -> tuple[TaskTime, ...]:
        rows: list[TaskTime] = []
        team: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        types = self._types(self.executed)
        for person in self.people:
            for kind in types:
                spans = self.executed.get((person.id, kind))
                if not spans:
                    continue
                line = TaskTime(person.login, person.name, kind, len(spans), _minutes(sum(spans)))
                rows.append(line)
                team[kind][0] += line.count
                team[kind][1] += line.executed_minutes
        rows.extend(TaskTime(None, TEAM, kind, *team[kind]) for kind in types if kind in team)
        return tuple(rows)

    def _conclusion_tasks(self) -> tuple[TaskTime, ...]:
        kind = TaskType.COMMUNICATE_CONCLUSION.value
        rows = [TaskTime(p.login, p.name, kind, len(self.executed.get((p.id, kind), ())),
                         self._realized_task_minutes(p.id, kind)) for p in self.people]
        rows.append(TaskTime(None, TEAM, kind, sum(r.count for r in rows), sum(r.executed_minutes for r in rows)))
        return tuple(rows)

    # 2, 3

    def _contact_seconds(self) -> dict[int, float]:
        seconds: dict[int, float] = defaultdict(float)
        for staff_id, _scheduled, status, _ps, _pe, started, ended in self.contacts:
            if status == ContactStatus.DONE.value:
                seconds[staff_id] += _span_seconds(started, ended)
        return seconds

    def _contacts(self) -> tuple[ContactTally, ...]:
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        column = {ContactStatus.DONE.value: 0, ContactStatus.MISSED.value: 1, ContactStatus.CANCELLED.value: 2}
        for staff_id, scheduled, status, *_ in self.contacts:
            if not scheduled:
                counts[staff_id][3] += 1
            elif status in column:
                counts[staff_id][column[status]] += 1
        seconds = self._contact_seconds()
        rows = []
        for p in self.people:
            done, missed, called_off, triggered = counts[p.id]
            rows.append(ContactTally(p.login, p.name, done, missed, called_off, triggered,
                                     _minutes(seconds.get(p.id, 0.0))))
        rows.append(ContactTally(None, TEAM, sum(r.scheduled_done for r in rows), sum(r.scheduled_missed for r in rows),
                                 sum(r.scheduled_cancelled for r in rows), sum(r.triggered for r in rows),
                                 sum(r.minutes for r in rows)))
        return tuple(rows)

    def _hours(self) -> tuple[HoursLine, ...]:
        contact_planned: dict[int, float] = defaultdict(float)
        for staff_id, scheduled, status, planned_start, planned_end, *_ in self.contacts:
            if scheduled and status != ContactStatus.CANCELLED.value:
                contact_planned[staff_id] += _span_seconds(planned_start, planned_end)
        contact_done = self._contact_seconds()
        types = self._types(self.executed)
        rows = [
            HoursLine(p.login, p.name,
                      _minutes(self.scheduled_seconds.get(p.id, 0.0) + contact_planned.get(p.id, 0.0)),
                      sum(self._realized_task_minutes(p.id, kind) for kind in types)
                      + _minutes(contact_done.get(p.id, 0.0)))
            for p in self.people
        ]
        rows.append(HoursLine(None, TEAM, sum(r.scheduled_minutes for r in rows),
                              sum(r.realized_minutes for r in rows)))
        return tuple(rows)

    # 4, 5, 6

    def _plan_checks(self) -> tuple[PlanCheck, ...]:
        rows: list[PlanCheck] = []
        types = self._types(self.plan)
        for person in self.people:
            for kind in types:
                planned = self.plan.get((person.id, kind))
                if planned is None:
                    continue
                realized = self._realized_task_minutes(person.id, kind)
                rows.append(PlanCheck(person.login, person.name, kind, planned, realized, realized >= planned))
        for kind in types:
            planned = sum(r.planned_minutes for r in rows if r.task_type == kind)
            realized = sum(self._realized_task_minutes(p.id, kind) for p in self.people)
            rows.append(PlanCheck(None, TEAM, kind, planned, realized, realized >= planned))
        return tuple(rows)

    def _coverage(self) -> tuple[PlanCoverage, ...]:
        scheduled: dict[tuple[int, str], float] = defaultdict(float)
        for owner, kind, _title, _number, planned_start, planned_end, _id in self.next_week_rows:
            scheduled[(owner, kind)] += _span_seconds(planned_start, planned_end)
        keys = set(self.next_plan) | set(scheduled)
        types = self._types(keys)
        rows = [PlanCoverage(p.login, p.name, kind, self.next_plan.get((p.id, kind), 0),
                             _minutes(scheduled.get((p.id, kind), 0.0)))
                for p in self.people for kind in types if (p.id, kind) in keys]
        rows.extend(PlanCoverage(None, TEAM, kind, sum(r.planned_minutes for r in rows if r.task_type == kind),
                                 sum(r.scheduled_minutes for r in rows if r.task_type == kind)) for kind in types)
        return tuple(rows)

    def _next_tasks(self) -> tuple[ScheduledTask, ...]:
        tasks = []
        for owner, kind, title, number, planned_start, planned_end, _id in self.next_week_rows:
            if planned_start is None or planned_end is None:  # the query asked for both; mypy does not know
                continue
            person = self.by_id[owner]
            tasks.append(ScheduledTask(person.login, person.name, kind, title or "",
                                       int(number) if number is not None else None, planned_start, planned_end))
        return tuple(tasks)

    # 7, 8, 9: the OCs, counted in SQL

    def _oc_weeks(self, mondays: list[date]) -> list[WeekFigures]:
        """Opened, closed, on time and mean time to resolve per week of ``mondays`` (consecutive), in two
        aggregates over the whole span: each OC is put in its week by comparing with the weeks' UTC bounds (local
        midnights, so right across a DST change), in a subquery grouped outside it (PostgreSQL cannot match a GROUP
        BY that repeats bound parameters)."""
        bounds = [week_bounds(m, self.zone)[0] for m in mondays] + [week_bounds(mondays[-1], self.zone)[1]]
        dialect = self.uow.dialect

        def bucket(column: SqlTime, first: int = 0, last: int = len(mondays)) -> ColumnElement[int]:
            """The index of the week in [first, last) ``column`` falls in, as a balanced tree of CASEs: each row
            takes log2(weeks) comparisons rather than up to one per week (a year of evolution: 6, not 52)."""
            if last - first == 1:
                return literal(first)
            middle = (first + last) // 2
            return case((column < bounds[middle], bucket(column, first, middle)),
                        else_=bucket(column, middle, last))

        opened_q = (select(bucket(OccurrenceRow.opened_at).label("i"))
                    .where(OccurrenceRow.status.in_(ALL_STATUSES), OccurrenceRow.opened_at >= bounds[0],
                           OccurrenceRow.opened_at < bounds[-1], _counted_by_opening())
                    .subquery())
        opened = {int(i): int(n) for i, n in self.session.execute(
            select(opened_q.c.i, func.count()).group_by(opened_q.c.i))}
        closed_q = (select(bucket(OccurrenceRow.closed_at).label("i"), _met().label("met"),
                           _elapsed_minutes(dialect, OccurrenceRow.opened_at, OccurrenceRow.closed_at).label("m"))
                    .where(OccurrenceRow.closed_at >= bounds[0], OccurrenceRow.closed_at < bounds[-1], _counted())
                    .subquery())
        closed = {int(i): (int(n), int(met or 0), float(minutes or 0.0)) for i, n, met, minutes in self.session.execute(
            select(closed_q.c.i, func.count(), func.sum(closed_q.c.met), func.sum(closed_q.c.m))
            .group_by(closed_q.c.i))}
        lines = []
        for i, monday in enumerate(mondays):
            n, met, minutes = closed.get(i, (0, 0, 0.0))
            lines.append(WeekFigures(week_label(monday), monday, opened.get(i, 0), n, met / n if n else None,
                                     round(minutes / n) if n else None))
        return lines

    def _handling_minutes(self) -> int | None:
        """Mean business minutes the OCs concluded in the week were held in attendance: from their first
        acceptance (an OC registered straight to its owner has none: from its opening) to their closure, on the
        business clock. Reads only the week's concluded OCs (through the closure index) and, per OC, the earliest
        "accepted" audit event (a seek on the audit's occurrence index), never the whole history."""
        accepted = (select(func.min(AuditRow.at))
                    .where(AuditRow.occurrence_id == OccurrenceRow.id, AuditRow.action == ACCEPTED)
                    .correlate(OccurrenceRow).scalar_subquery())
        calendar = self.uow.policy.calendar
        total, count = 0.0, 0
        for opened, first_accepted, closed in self.session.execute(
            select(OccurrenceRow.opened_at, accepted, OccurrenceRow.closed_at)
            .where(OccurrenceRow.closed_at >= self.start, OccurrenceRow.closed_at < self.end, _counted())
        ):
            accepted_at: datetime | None = first_accepted  # MIN over no event is NULL: never accepted
            begin = opened if accepted_at is None else accepted_at
            if closed is not None:  # the query asked for a closure in the week; mypy does not know
                total += max(0.0, calendar.business_minutes_between(begin, closed))
                count += 1
        return round(total / count) if count else None

    def _demand(self) -> DemandCapacity:
        s, end = self.session, self.end
        (week,) = self._oc_weeks([self.monday])
        handling = self._handling_minutes()
        # open at the week's end: still open now, or closed after it (both seek an index; never a scan of all OCs)
        still_open = s.scalar(select(func.count()).select_from(OccurrenceRow).where(
            OccurrenceRow.status.in_(OPEN_STATUSES), OccurrenceRow.opened_at < end, _counted_by_opening())) or 0
        closed_later = s.scalar(select(func.count()).select_from(OccurrenceRow).where(
            OccurrenceRow.closed_at >= end, OccurrenceRow.opened_at < end, _counted())) or 0
        backlog = int(still_open) + int(closed_later)
        # the help desk's capacity: technicians who serve at least one tab (the consultants serve none)
        serves_a_tab = select(StaffTabRow.staff_id).where(StaffTabRow.staff_id == StaffRow.id).exists()
        seconds = 0.0
        for shift_start, shift_end, lunch_start, lunch_end in s.execute(
            select(RosterRow.shift_start, RosterRow.shift_end, RosterRow.lunch_start, RosterRow.lunch_end)
            .join(StaffRow, StaffRow.id == RosterRow.staff_id)
            .where(StaffRow.role == Role.TECHNICIAN.value, serves_a_tab, RosterRow.day >= self.monday,
                   RosterRow.day < self.next_monday)
        ):
            seconds += _span_seconds(shift_start, shift_end) - _span_seconds(lunch_start, lunch_end)
        calendar = self.uow.policy.calendar
        business_days = sum(calendar.is_business_day(self.monday + timedelta(days=i)) for i in range(7))
        pace = week.ocs_closed / business_days if business_days else 0.0
        return DemandCapacity(
            ocs_in=week.ocs_in, hours_in=round(week.ocs_in * (handling or 0) / 60, 2), ocs_closed=week.ocs_closed,
            capacity_hours=round(seconds / 3600, 2), open_backlog=backlog,
            backlog_days=round(backlog / pace, 2) if pace else None, handling_minutes=handling,
        )

    def _ans(self) -> tuple[AnsLine, ...]:
        closures = and_(OccurrenceRow.closed_at >= self.start, OccurrenceRow.closed_at < self.end, _counted())
        lines: list[AnsLine] = []
        policy = self.uow.policy
        by_class = {code: (int(n), int(met or 0)) for code, n, met in self.session.execute(
            select(OccurrenceRow.sla_class, func.count(), func.sum(_met())).where(closures)
            .group_by(OccurrenceRow.sla_class))}
        for sla in sorted(policy.sla_classes.values(), key=lambda c: (c.position, c.code)):
            n, met = by_class.get(sla.code, (0, 0))
            lines.append(AnsLine("class", sla.code, n, met, met / n if n else None, sla.name))
        by_tab = {code: (int(n), int(met or 0)) for code, n, met in self.session.execute(
            select(OccurrenceRow.tab, func.count(), func.sum(_met())).where(closures).group_by(OccurrenceRow.tab))}
        for code, name in self.session.execute(select(TabRow.code, TabRow.name).order_by(TabRow.position,
                                                                                          TabRow.code)):
            n, met = by_tab.get(code, (0, 0))
            lines.append(AnsLine("tab", code, n, met, met / n if n else None, name))
        return tuple(lines)

    def _evolution(self) -> tuple[WeekFigures, ...]:
        """The asked weeks ending with the reviewed one, from the first with an OC opened or closed: a database
        younger than the span (the demo's month) draws no empty leading weeks. The reviewed week always stays."""
        mondays = [self.monday - timedelta(weeks=self.evolution_weeks - 1 - i) for i in range(self.evolution_weeks)]
        lines = self._oc_weeks(mondays)
        first = next((i for i, w in enumerate(lines) if w.ocs_in or w.ocs_closed), len(lines) - 1)
        return tuple(lines[first:])
