"""The consulting services as the week view calls them, on the worker thread (never on the GUI thread).

``at``: the window clock's stamp (None on a real seat: the database dates the act; a fixed moment in screenshots
and tests).

Each function is one use case (one transaction) of ``services/contacts.py`` or ``services/tasks.py`` with the
signed-in person as the actor, except :func:`start_new_task`: "Iniciar tarefa" lists the task and starts it (two
use cases, the second refused, and the task left planned, when something else is running).
"""

from __future__ import annotations

from datetime import datetime

from pitstop_desktop.db import Database
from pitstop_desktop.services import contacts, tasks
from pitstop_desktop.services.consulting_records import CallRouting, ContactPersonRecord, ContactRecord, TaskRecord


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
