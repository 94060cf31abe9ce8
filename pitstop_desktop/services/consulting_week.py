"""The consulting team's week in one read (issue 12, "Contacts, tasks and the work plan"): the window "Agenda da
consultoria" draws it as a column per day and a lane per person.

One transaction reads the people (the ``consulting_team`` setting, plus whoever owns a task or a contact of the
week), their tasks and contacts that fall in the week (planned in it, or started in it), the work plan's minutes
per person and task type, the minutes scheduled per person and type, and what each of them (and the signed-in
person, ``me``) is running now. The window re-reads the whole week on a live-feed batch about contacts, tasks,
the work plan or room bookings: a week of a small team is a few hundred rows, one round trip.

Rows are read straight into the shared records (``services/consulting_records.py``), so nothing lazy-loads later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    ClientRow,
    ContactPersonRow,
    ContactRow,
    OccurrenceRow,
    StaffRow,
    TaskRow,
    WorkPlanRow,
)
from pitstop_desktop.domain.consulting import ContactChannel, ContactStatus, TaskStatus, TaskType, week_label
from pitstop_desktop.services.consulting_records import ContactRecord, PlanLine, RoomBookingRecord, TaskRecord
from pitstop_desktop.services.intake import _team
from pitstop_desktop.services.rooms import bookings_in
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_staff, run

WORKDAYS = 5  # the window shows Monday to Friday; the figures count the whole ISO week


@dataclass(frozen=True)
class BoardPerson:
    login: str
    name: str
    in_team: bool  # listed in the consulting team (else: only owns something this week)


@dataclass(frozen=True)
class WeekBoard:
    """The consulting team's ISO week starting ``monday`` (see the module docstring)."""

    monday: date
    at: datetime  # when it was read
    people: tuple[BoardPerson, ...]
    tasks: tuple[TaskRecord, ...]
    contacts: tuple[ContactRecord, ...]
    plan: tuple[PlanLine, ...]
    running_tasks: tuple[TaskRecord, ...] = ()  # running now, whatever week they began in
    running_contacts: tuple[ContactRecord, ...] = ()
    # Skype "um momento" (services.contacts.ask_to_wait): triggered, still scheduled, its ten minutes running
    waiting_contacts: tuple[ContactRecord, ...] = ()
    scheduled: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # login → task type → minutes
    room_bookings: tuple[RoomBookingRecord, ...] = ()  # every room's bookings that meet the week, by time

    @property
    def week(self) -> str:
        return week_label(self.monday)

    @property
    def days(self) -> tuple[date, ...]:
        """Monday to Friday."""
        return tuple(self.monday + timedelta(days=i) for i in range(WORKDAYS))

    def planned_minutes(self, login: str) -> int:
        """The work plan's minutes of ``login`` this week, every type together."""
        return sum(line.planned_minutes for line in self.plan if line.login == login)

    def plan_of(self, login: str) -> dict[str, int]:
        return {line.task_type: line.planned_minutes for line in self.plan if line.login == login}

    def scheduled_minutes(self, login: str) -> int:
        """Minutes of tasks and contacts ``login`` has at planned times this week."""
        return sum(self.scheduled.get(login, {}).values())

    def running_task(self, login: str) -> TaskRecord | None:
        return next((t for t in self.running_tasks if t.owner == login), None)

    def running_contact(self, login: str) -> ContactRecord | None:
        return next((c for c in self.running_contacts if c.consultant == login), None)

    def waiting_of(self, login: str) -> tuple[ContactRecord, ...]:
        return tuple(c for c in self.waiting_contacts if c.consultant == login)

    def booking_of(self, contact_id: int) -> RoomBookingRecord | None:
        """The meeting room booked for contact ``contact_id`` (None: none)."""
        return next((b for b in self.room_bookings if b.contact_id == contact_id), None)


def contact_plan_type(channel: str) -> str | None:
    """The work plan's task type a scheduled contact's time counts for: a conference is "AT-Realizar
    Conferência", a meeting "RE-Participar Reunião"; a phone call, Skype or e-mail has no planned type."""
    if channel == ContactChannel.CONFERENCE:
        return TaskType.CONFERENCE.value
    if channel == ContactChannel.MEETING:
        return TaskType.MEETING.value
    return None


def _minutes(start: datetime | None, end: datetime | None) -> int:
    if start is None or end is None or end <= start:
        return 0
    return int((end - start).total_seconds()) // 60


# ORM rows into the shared records (one query of names for all of them)


@dataclass
class _Names:
    staff: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (login, name)
    clients: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, name)
    persons: dict[int, str] = field(default_factory=dict)  # contact person id → name
    numbers: dict[int, int] = field(default_factory=dict)  # occurrence id → number

    def load(self, uow: UnitOfWork, tasks: Sequence[TaskRow], contacts: Sequence[ContactRow]) -> None:
        session = uow.session
        staff = {t.owner_id for t in tasks} | {c.consultant_id for c in contacts}
        clients = {c.client_id for c in contacts}
        persons = {c.contact_person_id for c in contacts if c.contact_person_id is not None}
        occurrences = {t.occurrence_id for t in tasks if t.occurrence_id is not None} | \
                      {c.occurrence_id for c in contacts if c.occurrence_id is not None}
        if staff - set(self.staff):
            self.staff.update({i: (login, name) for i, login, name in session.execute(
                select(StaffRow.id, StaffRow.login, StaffRow.name).where(StaffRow.id.in_(staff - set(self.staff))))})
        if clients:
            self.clients.update({i: (code, name) for i, code, name in session.execute(
                select(ClientRow.id, ClientRow.code, ClientRow.name).where(ClientRow.id.in_(clients)))})
        if persons:
            self.persons.update({i: name for i, name in session.execute(
                select(ContactPersonRow.id, ContactPersonRow.name).where(ContactPersonRow.id.in_(persons)))})
        if occurrences:
            self.numbers.update({i: int(n) for i, n in session.execute(
                select(OccurrenceRow.id, OccurrenceRow.number).where(OccurrenceRow.id.in_(occurrences)))})

    def task(self, row: TaskRow) -> TaskRecord:
        login, name = self.staff[row.owner_id]
        return TaskRecord(
            id=row.id, type=row.type, status=row.status, title=row.title or "", owner=login, owner_name=name,
            protocol=self.numbers.get(row.occurrence_id) if row.occurrence_id is not None else None,
            contact_id=row.contact_id, planned_start=row.planned_start, planned_end=row.planned_end,
            started_at=row.started_at, stopped_at=row.stopped_at, version=row.version)

    def contact(self, row: ContactRow) -> ContactRecord:
        login, name = self.staff[row.consultant_id]
        code, client_name = self.clients[row.client_id]
        return ContactRecord(
            id=row.id, channel=row.channel, status=row.status, scheduled=bool(row.scheduled), consultant=login,
            consultant_name=name, client=code, client_name=client_name,
            contact_person=self.persons.get(row.contact_person_id) if row.contact_person_id is not None else None,
            protocol=self.numbers.get(row.occurrence_id) if row.occurrence_id is not None else None,
            subject=row.subject or "", planned_start=row.planned_start, planned_end=row.planned_end,
            started_at=row.started_at, ended_at=row.ended_at, wait_started_at=row.wait_started_at,
            version=row.version)


def _in_week(planned: InstrumentedAttribute[datetime | None], started: InstrumentedAttribute[datetime | None],
             start: datetime, end: datetime) -> ColumnElement[bool]:
    """Planned to begin in the week, or (unplanned) begun in it."""
    return or_(and_(planned >= start, planned < end), and_(planned.is_(None), started >= start, started < end))


def week_board(db: Database, *, monday: date, logins: Iterable[str] | None = None,
               me: str | None = None) -> WeekBoard:
    """The consulting team's week starting on ``monday`` (any day: its week's Monday is taken).

    ``logins``: exactly these people's lanes (each must exist) instead of the team and the week's owners.
    ``me``: the signed-in person, whose running task or contact and waiting Skype contacts are read even when
    they have no lane (someone outside the team who attends a consulting client)."""
    monday = monday - timedelta(days=monday.weekday())

    def work(uow: UnitOfWork) -> WeekBoard:
        session = uow.session
        tz = uow.policy.calendar.tz
        start = datetime.combine(monday, datetime.min.time(), tzinfo=tz).astimezone(UTC)
        end = datetime.combine(monday + timedelta(days=7), datetime.min.time(), tzinfo=tz).astimezone(UTC)
        wanted = [get_staff(session, login) for login in dict.fromkeys(logins)] if logins is not None else None
        team = _team(uow)

        task_query = select(TaskRow).where(_in_week(TaskRow.planned_start, TaskRow.started_at, start, end))
        contact_query = select(ContactRow).where(
            _in_week(ContactRow.planned_start, ContactRow.started_at, start, end))
        if wanted is not None:
            ids = [p.id for p in wanted]
            task_query = task_query.where(TaskRow.owner_id.in_(ids))
            contact_query = contact_query.where(ContactRow.consultant_id.in_(ids))
        task_rows = list(session.scalars(task_query.order_by(TaskRow.planned_start, TaskRow.started_at, TaskRow.id)))
        contact_rows = list(session.scalars(
            contact_query.order_by(ContactRow.planned_start, ContactRow.started_at, ContactRow.id)))

        if wanted is not None:
            people_rows = wanted
        else:
            owners = {t.owner_id for t in task_rows} | {c.consultant_id for c in contact_rows}
            people_rows = list(session.scalars(select(StaffRow).where(
                or_(and_(StaffRow.login.in_(sorted(team)), StaffRow.active.is_(True)),
                    StaffRow.id.in_(sorted(owners))))))
            people_rows.sort(key=lambda p: (p.login not in team, p.name, p.login))
        people = tuple(BoardPerson(p.login, p.name, p.login in team) for p in people_rows)
        staff_ids = [p.id for p in people_rows]
        me_row = get_staff(session, me) if me is not None else None
        live_ids = sorted(set(staff_ids) | ({me_row.id} if me_row is not None else set()))

        running_task_rows = list(session.scalars(select(TaskRow).where(
            TaskRow.status == TaskStatus.RUNNING, TaskRow.owner_id.in_(live_ids)).order_by(TaskRow.started_at)))
        running_contact_rows = list(session.scalars(select(ContactRow).where(
            ContactRow.status == ContactStatus.RUNNING, ContactRow.consultant_id.in_(live_ids))
            .order_by(ContactRow.started_at)))
        waiting_rows = list(session.scalars(select(ContactRow).where(
            ContactRow.wait_started_at.is_not(None), ContactRow.status == ContactStatus.SCHEDULED,
            ContactRow.scheduled.is_(False), ContactRow.consultant_id.in_(live_ids))
            .order_by(ContactRow.wait_started_at)))

        names = _Names(staff={p.id: (p.login, p.name) for p in people_rows})
        names.load(uow, task_rows + running_task_rows, contact_rows + running_contact_rows + waiting_rows)

        plan_rows: list[tuple[int, str, int]] = [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(WorkPlanRow.staff_id, WorkPlanRow.task_type, WorkPlanRow.planned_minutes)
            .where(WorkPlanRow.week == monday, WorkPlanRow.staff_id.in_(staff_ids))
            .order_by(WorkPlanRow.staff_id, WorkPlanRow.task_type))] if staff_ids else []
        plan = tuple(PlanLine(names.staff[sid][0], names.staff[sid][1], monday, task_type, int(minutes))
                     for sid, task_type, minutes in plan_rows)

        tasks = tuple(names.task(r) for r in task_rows)
        contacts = tuple(names.contact(r) for r in contact_rows)
        scheduled: dict[str, dict[str, int]] = {}
        for t in tasks:
            if t.status != TaskStatus.CANCELLED and t.planned_start is not None:
                by_type = scheduled.setdefault(t.owner, {})
                by_type[t.type] = by_type.get(t.type, 0) + _minutes(t.planned_start, t.planned_end)
        for c in contacts:
            kind = contact_plan_type(c.channel)
            if kind is not None and c.scheduled and c.status != ContactStatus.CANCELLED and c.planned_start:
                by_type = scheduled.setdefault(c.consultant, {})
                by_type[kind] = by_type.get(kind, 0) + _minutes(c.planned_start, c.planned_end)
        return WeekBoard(
            monday=monday, at=uow.at, people=people, tasks=tasks, contacts=contacts, plan=plan,
            running_tasks=tuple(names.task(r) for r in running_task_rows),
            running_contacts=tuple(names.contact(r) for r in running_contact_rows),
            waiting_contacts=tuple(names.contact(r) for r in waiting_rows),
            scheduled={login: dict(by_type) for login, by_type in scheduled.items()},
            room_bookings=tuple(bookings_in(uow, start, end)))

    return run(db, work, write=False)
