"""The consulting team's demo weeks (demo/consulting.py, issue 12) keep their promises, on SQLite and PostgreSQL:
eight weeks of work plans, tasks, contacts and room bookings inside the consultants' rosters, the demo day cut at
its clock, next week scheduled but not fully, a "Comunicar conclusão" task for every closed support OC, the
audit trail and the change feed of every row, and the same weeks from every load.

The weeks are loaded here without playing the demo day (its ~5,000 service calls are what make ``pitstop demo``
take seconds): the staff, clients and rosters (``loading._load_records``), the month of closed OCs and then the
consulting weeks, as ``load_demo`` does them. tests/services/test_demo.py checks the whole load (the day's OCs
and the consultants' presence at the demo clock).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time as clock
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    AuditRow,
    ChangeRow,
    ClientRow,
    ContactPersonRow,
    ContactRow,
    CounterRow,
    OccurrenceRow,
    RoomBookingRow,
    RoomRow,
    RoomSlotRow,
    RosterRow,
    StaffRow,
    TabRow,
    TaskRow,
    WorkPlanRow,
)
from pitstop_desktop.demo import loading
from pitstop_desktop.demo.cast import CONSULTANTS
from pitstop_desktop.demo.consulting import WEEKS_BEFORE, plan_consulting
from pitstop_desktop.demo.consulting_loading import load_consulting
from pitstop_desktop.demo.month import plan_month, write_month
from pitstop_desktop.domain.codes import Status
from pitstop_desktop.domain.consulting import ContactChannel, ContactStatus, TaskStatus, TaskType, week_monday
from pitstop_desktop.services import contacts, intake, rooms, tasks, work_plan
from pitstop_desktop.services.unit_of_work import UnitOfWork, run, tab_rule
from tests.conftest import BACKENDS, Templates, fresh_database_url

SP = ZoneInfo("America/Sao_Paulo")
DAY = date(2026, 11, 24)  # a Tuesday of 2026-W48; Friday 2026-11-20 is a holiday
NOW = datetime.combine(DAY, time(14, 30), tzinfo=SP)
MONDAY = week_monday(DAY)
WEEKS = [MONDAY + timedelta(weeks=k) for k in range(-WEEKS_BEFORE, 2)]
PAST, CURRENT, NEXT = WEEKS[:-2], WEEKS[-2], WEEKS[-1]
TEAM = [p.login for p in CONSULTANTS]
BEATRIZ, GUSTAVO, LARISSA = TEAM
CONSULTING_ENTITIES = ("contact_person", "contact", "task", "work_plan", "room_booking")
PROJECTIONS: dict[str, tuple[object, ...]] = {}


@dataclass(frozen=True)
class Span:
    """A task or a contact as the tests read it (local times)."""

    kind: str  # "task" or "contact"
    id: int
    owner: str
    type: str  # task type or contact channel
    status: str
    scheduled: bool
    planned_start: datetime | None
    planned_end: datetime | None
    started: datetime | None
    ended: datetime | None
    protocol: int | None
    version: int


def _local(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(SP)


def load_before(db: Database) -> None:
    """What the consulting weeks come after: staff, clients and rosters, the month of closed OCs."""
    loading._load_records(db, DAY)
    policy = run(db, lambda uow: uow.policy, write=False)
    rules = run(db, lambda uow: {r.code: tab_rule(r) for r in uow.session.scalars(select(TabRow))}, write=False)
    write_month(db, plan_month(DAY, policy.calendar, policy.sla_classes, rules))


def load_weeks(db: Database) -> float:
    """Then the consulting weeks; the seconds they took."""
    load_before(db)
    started = clock.perf_counter()
    load_consulting(db, DAY)
    return clock.perf_counter() - started


def read_spans(db: Database) -> list[Span]:
    def work(uow: UnitOfWork) -> list[Span]:
        s = uow.session
        logins = {id_: login for id_, login in s.execute(select(StaffRow.id, StaffRow.login))}
        numbers = {id_: n for id_, n in s.execute(select(OccurrenceRow.id, OccurrenceRow.number))}
        spans = [Span("task", t.id, logins[t.owner_id], t.type, t.status, False, _local(t.planned_start),
                      _local(t.planned_end), _local(t.started_at), _local(t.stopped_at),
                      numbers.get(t.occurrence_id) if t.occurrence_id else None, t.version)
                 for t in s.scalars(select(TaskRow).order_by(TaskRow.id))]
        spans += [Span("contact", c.id, logins[c.consultant_id], c.channel, c.status, c.scheduled,
                       _local(c.planned_start), _local(c.planned_end), _local(c.started_at), _local(c.ended_at),
                       numbers.get(c.occurrence_id) if c.occurrence_id else None, c.version)
                  for c in s.scalars(select(ContactRow).order_by(ContactRow.id))]
        return spans

    return run(db, work, write=False)


@dataclass
class Weeks:
    backend: str
    db: Database
    seconds: float
    revision_before: int
    spans: list[Span]

    def of(self, login: str, monday: date) -> list[Span]:
        return [s for s in self.spans if s.owner == login and week_of(s) == monday]


def week_of(span: Span) -> date | None:
    moment = span.planned_start or span.started
    return week_monday(moment.date()) if moment is not None else None


def revision(db: Database) -> int:
    return run(db, lambda uow: int(uow.session.scalar(
        select(CounterRow.value).where(CounterRow.name == "revision")) or 0), write=False)


@pytest.fixture(scope="module", params=BACKENDS)
def weeks(request: pytest.FixtureRequest, db_templates: Templates,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Weeks]:
    urls = fresh_database_url(db_templates.get(request.param), tmp_path_factory.mktemp("consulting"))
    db = Database(next(urls))
    try:
        before = revision(db)
        seconds = load_weeks(db)
        print(f"\nconsulting weeks on {request.param}: {seconds:.2f}s")
        yield Weeks(request.param, db, seconds, before, read_spans(db))
    finally:
        db.dispose()
        urls.close()


def rosters(db: Database) -> dict[tuple[str, date], RosterRow]:
    def work(uow: UnitOfWork) -> dict[tuple[str, date], RosterRow]:
        rows = uow.session.execute(select(RosterRow, StaffRow.login).join(StaffRow, StaffRow.id == RosterRow.staff_id)
                                   .where(StaffRow.login.in_(TEAM)))
        return {(login, row.day): row for row, login in rows}

    return run(db, work, write=False)


# The team, its clients and the rooms


def test_the_team_its_clients_their_people_and_the_rooms(weeks: Weeks) -> None:
    assert intake.consulting_team(weeks.db) == frozenset(TEAM)
    assert contacts.consulting_mailbox(weeks.db) == "consultoria@pitstop.example"  # e-mail replies work

    def work(uow: UnitOfWork) -> tuple[list[Any], list[Any], list[str]]:
        s = uow.session
        clients = s.execute(select(ClientRow.code, ClientRow.consulting, StaffRow.login)
                            .outerjoin(StaffRow, StaffRow.id == ClientRow.consultant_id)).all()
        people = s.execute(select(ClientRow.code, ContactPersonRow.name, ContactPersonRow.phone,
                                  ContactPersonRow.email, ContactPersonRow.skype)
                           .join(ClientRow, ClientRow.id == ContactPersonRow.client_id)).all()
        return clients, people, list(s.scalars(select(RoomRow.name).order_by(RoomRow.name)))

    clients, people, rooms = run(weeks.db, work, write=False)
    consulting = {code: login for code, is_consulting, login in clients if is_consulting}
    assert len(consulting) >= 6 and set(consulting.values()) == set(TEAM)
    assert all(login is None for code, is_consulting, login in clients if not is_consulting)
    per_client = Counter(code for code, *_ in people)
    assert set(per_client) == set(consulting) and set(per_client.values()) <= {2, 3, 4}
    assert len(set(per_client.values())) > 1
    for _, name, phone, email, skype in people:
        assert len(name.split()) >= 2 and phone.startswith("(") and "@" in email and skype.startswith("live:")
    assert rooms == ["Sala de reunião 1", "Sala de treinamento"]


def test_the_consultants_have_a_roster_on_every_business_day_of_the_eight_weeks(weeks: Weeks) -> None:
    calendar = run(weeks.db, lambda uow: uow.policy.calendar, write=False)
    days = [d for d in (WEEKS[0] + timedelta(days=i) for i in range(56)) if calendar.is_business_day(d)]
    assert len(days) == 37  # 40 weekdays, three holidays (12 Oct, 2 Nov, 20 Nov)
    assert set(rosters(weeks.db)) == {(login, d) for login in TEAM for d in days}


# Every week: the plan, the tasks, the contacts


def test_every_week_has_a_work_plan_close_to_the_roster_hours(weeks: Weeks) -> None:
    def work(uow: UnitOfWork) -> list[tuple[str, date, str, int]]:
        return [tuple(r) for r in uow.session.execute(  # type: ignore[misc]
            select(StaffRow.login, WorkPlanRow.week, WorkPlanRow.task_type, WorkPlanRow.planned_minutes)
            .join(StaffRow, StaffRow.id == WorkPlanRow.staff_id))]

    lines = run(weeks.db, work, write=False)
    shifts = rosters(weeks.db)
    assert {week for _, week, _, _ in lines} == set(WEEKS)
    assert {t for _, _, t, _ in lines} <= {t.value for t in TaskType}
    for monday in WEEKS:
        for login in TEAM:
            mine = {t: m for who, week, t, m in lines if who == login and week == monday}
            assert len(mine) >= 10 and all(m > 0 and m % 15 == 0 for m in mine.values())
            assert TaskType.COMMUNICATE_CONCLUSION not in mine  # the support's task, not planned hours
            rostered = sum((r.shift_end - r.shift_start - (r.lunch_end - r.lunch_start)).total_seconds() / 60
                           for (who, d), r in shifts.items() if who == login and week_monday(d) == monday)
            assert 0.8 * rostered <= sum(mine.values()) <= rostered, (login, monday)


def test_every_week_has_tasks_of_several_types_per_consultant(weeks: Weeks) -> None:
    for monday in WEEKS:
        for login in TEAM:
            tasks = [s for s in weeks.of(login, monday) if s.kind == "task"]
            assert len({t.type for t in tasks}) >= 8, (login, monday)
            assert {TaskType.CHECK_EMAIL, TaskType.SKYPE_DUTY, TaskType.MEETING} <= {t.type for t in tasks}
            assert all(t.planned_start and t.planned_end and t.planned_start < t.planned_end for t in tasks)
            assert any(t.protocol is not None for t in tasks) or monday < date(2026, 10, 26)  # the month's OCs
    for monday in PAST:
        tasks = [s for login in TEAM for s in weeks.of(login, monday) if s.kind == "task"]
        statuses = Counter(t.status for t in tasks)
        assert statuses[TaskStatus.DONE] > 0.8 * len(tasks) and statuses[TaskStatus.RUNNING] == 0
        assert statuses[TaskStatus.PLANNED] > 0  # a few never started
        done = [t for t in tasks if t.status == TaskStatus.DONE]
        assert all(t.started and t.ended and t.started < t.ended for t in done)
        assert any(t.ended - t.started > (t.planned_end - t.planned_start) * 1.1 for t in done  # type: ignore[operator]
                   )  # some overrun
    cancelled = [s for s in weeks.spans if s.kind == "task" and s.status == TaskStatus.CANCELLED]
    assert cancelled and all(s.started is None for s in cancelled)


def test_scheduled_and_triggered_contacts_with_each_status(weeks: Weeks) -> None:
    for monday in PAST:
        contacts = [s for login in TEAM for s in weeks.of(login, monday) if s.kind == "contact"]
        scheduled = [c for c in contacts if c.scheduled and c.planned_start is not None]
        assert {c.status for c in scheduled} == {"done", "missed", "cancelled"}, monday
        assert {c.type for c in scheduled} == {ContactChannel.MEETING, ContactChannel.CONFERENCE}
        triggered = [c for c in contacts if not c.scheduled]
        assert {c.type for c in triggered} == {ContactChannel.PHONE, ContactChannel.SKYPE, ContactChannel.EMAIL}
        assert {c.status for c in triggered} == {ContactStatus.DONE}
        for c in triggered:
            assert c.started is not None and c.ended is not None and c.planned_start is None
            length = c.ended - c.started
            if c.type == ContactChannel.EMAIL:
                assert length == timedelta(0)  # the moment of the reply
            else:
                assert timedelta(minutes=3) <= length <= timedelta(minutes=25)
        for c in scheduled:
            assert (c.started is not None) == (c.status == ContactStatus.DONE)
    # a Skype client who waited past the ten minutes got a conference instead (seed 1.1.4.4–5)
    def work(uow: UnitOfWork) -> int:
        return int(uow.session.scalar(select(func.count()).select_from(ContactRow).where(
            ContactRow.channel == "skype", ContactRow.status == "cancelled",
            ContactRow.wait_started_at.is_not(None))) or 0)

    assert run(weeks.db, work, write=False) >= 3


def test_the_demo_day_stops_at_its_clock(weeks: Weeks) -> None:
    mine = {login: [s for s in weeks.spans if s.owner == login] for login in TEAM}
    for spans in mine.values():
        assert all(s.started is None or s.started < NOW for s in spans)
        assert all(s.ended is None or s.ended <= NOW for s in spans)
        assert all(s.status in ("planned", "scheduled", "cancelled") for s in spans
                   if (s.planned_start or s.started) and (s.planned_start or s.started) > NOW  # type: ignore[operator]
                   and s.started is None)
    running = {login: [(s.kind, s.type) for s in spans if s.status == "running"] for login, spans in mine.items()}
    assert running == {BEATRIZ: [("task", TaskType.MAINTENANCE)], GUSTAVO: [("contact", ContactChannel.PHONE)],
                       LARISSA: []}
    today = [s for s in mine[LARISSA] if s.started is not None and s.started.date() == DAY]
    lunch = datetime.combine(DAY, time(14), tzinfo=SP)
    assert today and all(s.ended is not None and s.ended <= lunch for s in today)  # at lunch since 14:00
    earlier = [s for s in weeks.of(BEATRIZ, MONDAY) if s.status == "done" and s.started and s.started.date() == DAY]
    assert earlier  # the morning happened


def test_the_rest_of_the_week_is_scheduled_and_next_week_not_fully(weeks: Weeks) -> None:
    def work(uow: UnitOfWork) -> list[tuple[str, str, int]]:
        return [tuple(r) for r in uow.session.execute(  # type: ignore[misc]
            select(StaffRow.login, WorkPlanRow.task_type, WorkPlanRow.planned_minutes)
            .join(StaffRow, StaffRow.id == WorkPlanRow.staff_id).where(WorkPlanRow.week == NEXT))]

    plan = run(weeks.db, work, write=False)
    later = [s for s in weeks.spans if s.owner in TEAM and s.planned_start and s.planned_start.date() > DAY]
    assert later and all(s.status in ("planned", "scheduled") and s.started is None for s in later)
    gaps = 0
    for login in TEAM:
        tasks = [s for s in weeks.of(login, NEXT) if s.kind == "task"]
        scheduled: dict[str, int] = defaultdict(int)
        for t in tasks:
            assert t.planned_start is not None and t.planned_end is not None
            scheduled[t.type] += int((t.planned_end - t.planned_start).total_seconds() // 60)
        planned = {t: m for who, t, m in plan if who == login}
        assert all(scheduled[t] <= m for t, m in planned.items()), login
        gaps += sum(scheduled[t] < m for t, m in planned.items())
        assert sum(scheduled.values()) >= 0.4 * sum(planned.values())
        assert any(s.kind == "contact" and s.status == "scheduled" for s in weeks.of(login, NEXT)) or login == LARISSA
    assert gaps >= 6  # points 5–6 of the report have something to say


# Inside the rosters, one thing at a time, rooms never double-booked


def test_planned_and_actual_times_inside_the_rosters(weeks: Weeks) -> None:
    shifts = rosters(weeks.db)
    for s in (s for s in weeks.spans if s.owner in TEAM):
        for start, end in ((s.planned_start, s.planned_end), (s.started, s.ended or (s.started and NOW))):
            if start is None:
                continue
            assert end is not None
            r = shifts[(s.owner, start.date())]
            assert r.shift_start <= start <= end <= r.shift_end, s
            assert r.lunch_start is not None and r.lunch_end is not None
            assert end <= r.lunch_start or start >= r.lunch_end, s  # not over lunch


def test_one_thing_at_a_time(weeks: Weeks) -> None:
    """Actual times of a consultant's tasks and contacts never overlap (an e-mail reply is a moment)."""
    for login in TEAM:
        spans = sorted((s.started, s.ended or NOW) for s in weeks.spans
                       if s.owner == login and s.started is not None and (s.ended or NOW) > s.started)
        assert len(spans) > 250  # about ten a day
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, (login, end, start)


def test_room_bookings_never_overlap_and_carry_their_agenda(weeks: Weeks) -> None:
    def work(uow: UnitOfWork) -> tuple[list[Any], int, list[Any]]:
        s = uow.session
        bookings = s.execute(select(RoomRow.code, RoomBookingRow.starts_at, RoomBookingRow.ends_at,
                                    RoomBookingRow.title, RoomBookingRow.agenda, ContactRow.status)
                             .join(RoomRow, RoomRow.id == RoomBookingRow.room_id)
                             .outerjoin(ContactRow, ContactRow.id == RoomBookingRow.contact_id)
                             .order_by(RoomRow.code, RoomBookingRow.starts_at)).all()
        slots = int(s.scalar(select(func.count()).select_from(RoomSlotRow)) or 0)
        meetings = s.execute(select(ContactRow.status, RoomBookingRow.id).outerjoin(
            RoomBookingRow, RoomBookingRow.contact_id == ContactRow.id).where(ContactRow.channel == "meeting")).all()
        return bookings, slots, meetings

    bookings, slots, meetings = run(weeks.db, work, write=False)
    assert {b.code for b in bookings} == {"sala1", "treinamento"}
    for a, b in pairwise(bookings):
        assert a.code != b.code or a.ends_at <= b.starts_at, (a, b)
    assert slots == sum(int((b.ends_at - b.starts_at) / timedelta(minutes=30)) for b in bookings)
    assert all(b.title and b.agenda.startswith("1.") for b in bookings)
    assert all(b.status != ContactStatus.CANCELLED for b in bookings)  # a cancelled meeting frees its room
    team_meetings = [b for b in bookings if b.status is None]
    assert len({week_monday(b.starts_at.astimezone(SP).date()) for b in team_meetings}) == len(WEEKS)
    assert all((booking is not None) == (status != "cancelled") for status, booking in meetings)


def test_the_consulting_services_read_the_demo_weeks(weeks: Weeks) -> None:
    """What the week view, the CLI and the intake window ask of the services, on the demo's rows."""
    db = weeks.db
    call = contacts.running_contact(db, login=GUSTAVO)
    assert call is not None and call.channel == "phone" and call.contact_person and call.ended_at is None
    task = tasks.running_task(db, login=BEATRIZ)
    assert task is not None and task.type == TaskType.MAINTENANCE and task.protocol is not None
    assert contacts.running_contact(db, login=LARISSA) is None and tasks.running_task(db, login=LARISSA) is None
    start = datetime.combine(MONDAY, time(0), tzinfo=SP)
    week = contacts.list_contacts(db, start=start, end=start + timedelta(days=7), consultant=LARISSA)
    assert {c.status for c in week} >= {"done", "scheduled"} and all(c.consultant == LARISSA for c in week)
    listed = tasks.list_tasks(db, start=start, end=start + timedelta(days=7), owner=BEATRIZ)
    assert len({t.type for t in listed}) >= 8
    assert {line.login for line in work_plan.plan(db, week=NEXT)} == set(TEAM)
    booked = rooms.room_bookings(db, start=start, end=start + timedelta(days=14))
    assert booked and all(b.agenda for b in booked)
    assert [r.name for r in rooms.rooms(db)] == ["Sala de reunião 1", "Sala de treinamento"]
    client = next(code for code, login in plan_consulting(DAY, run(db, lambda uow: uow.policy.calendar,
                                                                   write=False), []).consultant_of.items()
                  if login == GUSTAVO)
    people = contacts.find_contact_persons(db, client=client)
    assert 2 <= len(people) <= 4
    routing = contacts.route_call(db, client=client, at=NOW)
    assert (routing.action, routing.consultant) == ("attend", GUSTAVO)  # no open protocol of his: he attends
    assert contacts.route_call(db, client="C1001", at=NOW).action == "ura"  # Mercado Bom Preço: not consulting


# Rule 4: "Comunicar conclusão"


def test_every_closed_support_oc_gets_its_comunicar_conclusao_task(weeks: Weeks) -> None:
    def work(uow: UnitOfWork) -> tuple[list[Any], list[Any]]:
        s = uow.session
        ocs = s.execute(select(OccurrenceRow.number, OccurrenceRow.status, OccurrenceRow.closed_at,
                               OccurrenceRow.complementary_of_id, StaffRow.login)
                        .outerjoin(StaffRow, StaffRow.id == OccurrenceRow.assignee_id)).all()
        tasks = s.execute(select(OccurrenceRow.number, TaskRow.status, TaskRow.planned_start, TaskRow.started_at,
                                 TaskRow.stopped_at, TaskRow.title, StaffRow.login)
                          .join(OccurrenceRow, OccurrenceRow.id == TaskRow.occurrence_id)
                          .join(StaffRow, StaffRow.id == TaskRow.owner_id)
                          .where(TaskRow.type == TaskType.COMMUNICATE_CONCLUSION.value)).all()
        return ocs, tasks

    ocs, tasks = run(weeks.db, work, write=False)
    support = {oc.number: oc for oc in ocs if oc.status == Status.CLOSED and oc.complementary_of_id is None}
    assert len(support) > 2000
    assert sorted(t.number for t in tasks) == sorted(support)  # one each; none for a complementary call
    for t in tasks:
        oc = support[t.number]
        assert t.login == oc.login and t.planned_start == oc.closed_at and f"OC {t.number}" in t.title
        if t.status == TaskStatus.DONE:
            assert oc.closed_at < t.started_at < t.stopped_at <= t.started_at + timedelta(minutes=8)
        else:
            assert t.status == TaskStatus.PLANNED and t.started_at is None
    statuses = Counter(t.status for t in tasks)
    assert statuses[TaskStatus.DONE] > 0.9 * len(tasks) and statuses[TaskStatus.PLANNED] > 0


def test_a_task_the_closing_service_wrote_is_played_not_doubled(db: Database) -> None:
    """When the day's closings already wrote their "Comunicar conclusão" task (planned), the demo plays its story
    onto that row: still one task per OC, now done, with its two steps in the audit."""
    load_before(db)

    def written(uow: UnitOfWork) -> int:
        oc = uow.session.scalars(select(OccurrenceRow).where(OccurrenceRow.status == "closed",
                                                             OccurrenceRow.complementary_of_id.is_(None))
                                 .order_by(OccurrenceRow.number)).first()
        assert oc is not None and oc.closed_at is not None and oc.assignee_id is not None
        task = TaskRow(type="communicate_conclusion", status="planned", title=f"Comunicar conclusão da OC {oc.number}",
                       owner_id=oc.assignee_id, occurrence_id=oc.id, planned_start=oc.closed_at,
                       planned_end=oc.closed_at + timedelta(minutes=10), created_by_id=oc.assignee_id,
                       created_at=oc.closed_at, version=1)
        uow.session.add(task)
        uow.session.flush()
        return task.id

    task_id = run(db, written)
    load_consulting(db, DAY)

    def read(uow: UnitOfWork) -> tuple[TaskRow, int, list[str]]:
        task = uow.session.get(TaskRow, task_id)
        assert task is not None
        same = uow.session.scalar(select(func.count()).select_from(TaskRow).where(
            TaskRow.occurrence_id == task.occurrence_id, TaskRow.type == "communicate_conclusion"))
        actions = list(uow.session.scalars(select(AuditRow.action).where(AuditRow.entity == "task",
                                                                        AuditRow.entity_id == task_id)
                                           .order_by(AuditRow.at)))
        return task, int(same or 0), actions

    task, same, actions = run(db, read, write=False)
    assert same == 1
    assert (task.status, task.version, actions) == ("done", 3, ["started", "stopped"])
    assert task.started_at is not None and task.stopped_at is not None and task.started_at > task.planned_start


# Audit trail and change feed


def test_every_row_has_its_history_in_the_audit_and_the_feed(weeks: Weeks) -> None:
    def work(uow: UnitOfWork) -> tuple[Counter[tuple[str, int]], list[Any], list[int]]:
        s = uow.session
        audit = s.execute(select(AuditRow.entity, AuditRow.entity_id, AuditRow.action, AuditRow.at, AuditRow.actor)
                          .where(AuditRow.entity.in_(CONSULTING_ENTITIES))).all()
        feed = list(s.scalars(select(ChangeRow.revision).where(ChangeRow.entity.in_(CONSULTING_ENTITIES))))
        return Counter((a.entity, a.entity_id) for a in audit), audit, feed

    counts, audit, feed = run(weeks.db, work, write=False)
    assert len(feed) == len(audit) and len(set(feed)) == 1 and feed[0] > weeks.revision_before
    for s in weeks.spans:
        assert counts[(s.kind, s.id)] == s.version, s  # each step one event, as the services write them
    assert all(a.at <= NOW for a in audit)  # nothing recorded ahead of the demo clock
    actions = {(a.entity, a.action) for a in audit}
    assert actions >= {("task", "added"), ("task", "started"), ("task", "stopped"), ("task", "cancelled"),
                       ("contact", "scheduled"), ("contact", "started"), ("contact", "stopped"),
                       ("contact", "missed"), ("contact", "cancelled"), ("contact", "email_replied"),
                       ("contact", "waiting"), ("work_plan", "set"), ("room_booking", "booked"),
                       ("contact_person", "added")}
    assert {a.actor for a in audit if a.entity == "work_plan"} == {"ricardo.almeida"}
    assert {a.actor for a in audit if a.entity == "contact"} == set(TEAM)


# The same weeks from every load


def projection(db: Database) -> tuple[object, ...]:
    """What the week view and the report read (no database ids)."""
    spans = tuple(sorted((s.kind, s.owner, s.type, s.status, s.scheduled, s.planned_start, s.planned_end,
                          s.started, s.ended, s.protocol, s.version) for s in read_spans(db)))

    def work(uow: UnitOfWork) -> tuple[object, ...]:
        s = uow.session
        plan = sorted(tuple(r) for r in s.execute(select(StaffRow.login, WorkPlanRow.week, WorkPlanRow.task_type,
                                                         WorkPlanRow.planned_minutes)
                                                  .join(StaffRow, StaffRow.id == WorkPlanRow.staff_id)))
        rooms = sorted(tuple(r) for r in s.execute(select(RoomRow.code, RoomBookingRow.starts_at,
                                                          RoomBookingRow.ends_at, RoomBookingRow.title)
                                                   .join(RoomRow, RoomRow.id == RoomBookingRow.room_id)))
        people = sorted(tuple(r) for r in s.execute(select(ContactPersonRow.name, ContactPersonRow.phone,
                                                           ContactPersonRow.email)))
        return tuple(plan), tuple(rooms), tuple(people)

    return spans, run(db, work, write=False)


def test_the_same_weeks_from_every_load(weeks: Weeks, db_templates: Templates, tmp_path: Path) -> None:
    mine = projection(weeks.db)
    PROJECTIONS[weeks.backend] = mine
    for backend, other in PROJECTIONS.items():
        assert backend == weeks.backend or other == mine
    if weeks.backend == "sqlite":  # and a second load of the same backend
        urls = fresh_database_url(db_templates.get("sqlite"), tmp_path)
        again = Database(next(urls))
        try:
            load_weeks(again)
            assert projection(again) == mine
        finally:
            again.dispose()
            urls.close()


def test_the_plan_does_not_depend_on_hash_seeds() -> None:
    code = ("from datetime import date; from pitstop_desktop.domain.calendar import BusinessCalendar; "
            "from pitstop_desktop.demo.consulting import plan_consulting, describe; "
            "p = plan_consulting(date(2026, 11, 24), BusinessCalendar(), []); "
            "print(repr([(t.owner, t.type, t.title, t.planned_start, t.started_at, t.stopped_at) for t in p.tasks]"
            " + [(c.consultant, c.channel, c.client, c.person, c.started_at) for c in p.contacts]))")
    root = Path(__file__).resolve().parents[2]
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(outputs) == 1 and len(next(iter(outputs))) > 10_000


def test_the_plan_without_ocs_still_fills_every_week() -> None:
    """A calendar and no OCs (the plan is pure): every week planned, no protocols to name."""
    from pitstop_desktop.domain.calendar import BusinessCalendar

    plan = plan_consulting(DAY, BusinessCalendar(), [])
    assert {week_monday(t.planned_start.date()) for t in plan.tasks if t.planned_start} == set(WEEKS)
    assert all(t.protocol is None for t in plan.tasks) and all(c.protocol is None for c in plan.contacts)
