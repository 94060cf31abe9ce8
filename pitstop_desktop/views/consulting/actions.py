"""The consulting services as the week view calls them, on the worker thread (never on the GUI thread).

``at``: the window clock's stamp (None on a real seat: the database dates the act; a fixed moment in screenshots
and tests).

Each function is one use case (one transaction) of ``services/contacts.py`` or ``services/tasks.py`` with the
signed-in person as the actor, except :func:`start_new_task`: "Iniciar tarefa" lists the task and starts it (two
use cases, the second refused, and the task left planned, when something else is running).
"""

from __future__ import annotations

from datetime import date, datetime, time

from pitstop_desktop.db import Database
from pitstop_desktop.domain.roster import Shift
from pitstop_desktop.models.work_plan import PlanPerson
from pitstop_desktop.services import contacts, roster, tasks, work_plan
from pitstop_desktop.services import rooms as rooms_service
from pitstop_desktop.services.consulting_records import (
    CallRouting,
    ContactPersonRecord,
    ContactRecord,
    PlanLine,
    RoomBookingRecord,
    RoomRecord,
    TaskRecord,
)


def route_call(db: Database, client: str) -> CallRouting:
    return contacts.route_call(db, client=client)


def find_persons(db: Database, client: str) -> list[ContactPersonRecord]:
    return contacts.find_contact_persons(db, client=client, limit=200)


def add_person(db: Database, actor: str, client: str, name: str, at: datetime | None = None) -> ContactPersonRecord:
    return contacts.add_contact_person(db, actor=actor, client=client, name=name, at=at)


def start_contact(db: Database, actor: str, channel: str, client: str, person: str | None, protocol: int | None,
                  subject: str, at: datetime | None = None) -> ContactRecord:
    return contacts.start_contact(db, actor=actor, channel=channel, client=client, contact_person=person,
                                  protocol=protocol, subject=subject, at=at)


def ask_to_wait(db: Database, actor: str, client: str, person: str | None, protocol: int | None,
                subject: str, at: datetime | None = None) -> ContactRecord:
    return contacts.ask_to_wait(db, actor=actor, client=client, contact_person=person, protocol=protocol,
                                subject=subject, at=at)


def reply_email(db: Database, actor: str, client: str, person: str | None, protocol: int | None,
                subject: str, at: datetime | None = None) -> tuple[ContactRecord, str]:
    return contacts.reply_email(db, actor=actor, client=client, contact_person=person, protocol=protocol,
                                subject=subject, at=at)


def stop_contact(db: Database, actor: str, contact_id: int, at: datetime | None = None) -> ContactRecord:
    return contacts.stop_contact(db, actor=actor, contact_id=contact_id, at=at)


def start_scheduled_contact(db: Database, actor: str, contact_id: int, at: datetime | None = None) -> ContactRecord:
    return contacts.start_scheduled_contact(db, actor=actor, contact_id=contact_id, at=at)


def wait_to_conference(db: Database, actor: str, contact_id: int, start: datetime, end: datetime,
                       at: datetime | None = None) -> ContactRecord:
    return contacts.wait_to_conference(db, actor=actor, contact_id=contact_id, planned_start=start, planned_end=end,
                                       at=at)


def reschedule_contact(db: Database, actor: str, contact_id: int, login: str, start: datetime, end: datetime,
                       version: int, at: datetime | None = None) -> ContactRecord:
    return contacts.reschedule_contact(db, actor=actor, contact_id=contact_id, planned_start=start,
                                       planned_end=end, consultant=login, version=version, at=at)


def add_task(db: Database, actor: str, type_code: str, owner: str, start: datetime, end: datetime, title: str = "",
             protocol: int | None = None, at: datetime | None = None) -> TaskRecord:
    return tasks.add_task(db, actor=actor, type=type_code, owner=owner, title=title, protocol=protocol,
                          planned_start=start, planned_end=end, at=at)


def start_new_task(db: Database, actor: str, type_code: str, title: str, protocol: int | None,
                   at: datetime | None = None) -> TaskRecord:
    task = tasks.add_task(db, actor=actor, type=type_code, title=title, protocol=protocol, at=at)
    return tasks.start_task(db, actor=actor, task_id=task.id, at=at)


def start_task(db: Database, actor: str, task_id: int, at: datetime | None = None) -> TaskRecord:
    return tasks.start_task(db, actor=actor, task_id=task_id, at=at)


def stop_task(db: Database, actor: str, task_id: int, at: datetime | None = None) -> TaskRecord:
    return tasks.stop_task(db, actor=actor, task_id=task_id, at=at)


def cancel_task(db: Database, actor: str, task_id: int, at: datetime | None = None) -> TaskRecord:
    return tasks.cancel_task(db, actor=actor, task_id=task_id, at=at)


def move_task(db: Database, actor: str, task_id: int, login: str, start: datetime, end: datetime,
              version: int, at: datetime | None = None) -> TaskRecord:
    return tasks.move_task(db, actor=actor, task_id=task_id, planned_start=start, planned_end=end, owner=login,
                           version=version, at=at)


# consulting-meetings: meetings with rooms and their pauta, and the work plan


def rooms(db: Database) -> list[RoomRecord]:
    return rooms_service.rooms(db)


def room_day(db: Database, room: str, start: datetime, end: datetime) -> list[RoomBookingRecord]:
    """``room``'s bookings that meet [``start``, ``end``): the meeting form's free and taken slots of a day."""
    return rooms_service.room_bookings(db, start=start, end=end, room=room)


def schedule_meeting(db: Database, actor: str, channel: str, client: str, start: datetime, end: datetime,
                     consultant: str | None, person: str | None, protocol: int | None, subject: str,
                     room: str | None, agenda: str, at: datetime | None = None) -> ContactRecord:
    """Rule 3: a meeting or conference planned ahead, its room booked in the same transaction (both or neither)."""
    return contacts.schedule_contact(db, actor=actor, channel=channel, client=client, planned_start=start,
                                     planned_end=end, consultant=consultant, contact_person=person,
                                     protocol=protocol, subject=subject, room=room, agenda=agenda, at=at)


def record_contact(db: Database, actor: str, contact_id: int, status: str, started: datetime | None = None,
                   ended: datetime | None = None, at: datetime | None = None) -> ContactRecord:
    """Rule 3: a scheduled contact happened (with its exact times), did not, or was called off (room freed)."""
    return contacts.record_contact(db, actor=actor, contact_id=contact_id, status=status, started_at=started,
                                   ended_at=ended, at=at)


def _available(shift: Shift, day: date) -> int:
    """Minutes of a roster day, lunch taken out."""
    def span(a: time, b: time) -> int:
        return int((datetime.combine(day, b) - datetime.combine(day, a)).total_seconds()) // 60
    return span(shift.start, shift.end) - (span(*shift.lunch) if shift.lunch is not None else 0)


def plan_sheet(db: Database, monday: date, people: list[tuple[str, str]]) -> tuple[list[PlanPerson], list[PlanLine]]:
    """The week's plan and, for each of ``people`` (login, name) and whoever has a plan line, the minutes the roster
    gives them that week without lunch (two reads: the plan, then the roster)."""
    lines = work_plan.plan(db, week=monday)
    week = roster.week(db, week=monday)
    by_person = week.by_person()
    wanted = dict(people)
    for line in lines:
        wanted.setdefault(line.login, line.name)
    sheet = [PlanPerson(login, name, sum(_available(s, d) for d, s in by_person[login].items())
                        if by_person.get(login) else None) for login, name in wanted.items()]
    return sheet, lines


def save_plan(db: Database, actor: str, monday: date, changes: list[tuple[str, str, int]],
              at: datetime | None = None) -> int:
    """Each changed cell of the plan editor, one ``set_plan`` (one use case) each; the number written. The first
    refusal stops there (the cells before it are saved; the editor re-reads and keeps the rest)."""
    for login, kind, minutes in changes:
        work_plan.set_plan(db, actor=actor, login=login, week=monday, task_type=kind, minutes=minutes, at=at)
    return len(changes)


def copy_plan(db: Database, actor: str, from_week: date, to_week: date, at: datetime | None = None) -> list[PlanLine]:
    return work_plan.copy_plan(db, actor=actor, from_week=from_week, to_week=to_week, at=at)
