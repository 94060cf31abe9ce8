"""The consulting team's tasks (second seed: "Solicitações Associadas" and the team's rules 1 and 4).

A task has a type (:class:`domain.consulting.TaskType`), an owner, optionally a protocol (an OC) and a contact,
planned times (the week view's block) and actual ones: started when the work begins and stopped when it ends
(rule 1), one running task per person at a time. Rule 4: every support OC that closes gets its "Comunicar
conclusão" task for whoever closed it, in the closing transaction (:func:`communicate_conclusion_in`, called by
``services.occurrences.close``), once per OC.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ContactRow, OccurrenceRow, StaffRow, TaskRow
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import FAQ_COMPLEMENTARY
from pitstop_desktop.domain.consulting import COMMUNICATE_CONCLUSION_TIME, TaskStatus, TaskType
from pitstop_desktop.domain.errors import BadValue, Field, NotFound, RuleViolation
from pitstop_desktop.services.consulting_common import (
    acting_for,
    check_own,
    check_span,
    check_version,
    local,
    lock_person,
    protocol_of,
    task_record,
    task_records,
)
from pitstop_desktop.services.consulting_records import TaskRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_staff, run


def _type(value: str) -> TaskType:
    try:
        return TaskType(value)
    except ValueError:
        raise BadValue("value.task_type", field=Field.TASK_TYPE, value=value) from None


def _task(uow: UnitOfWork, task_id: int) -> TaskRow:
    row = uow.session.get(TaskRow, task_id) if limits.fits_integer(task_id) else None
    if row is None:
        raise NotFound("not_found.task", id=task_id)
    return row


def _status(row: TaskRow, *allowed: TaskStatus) -> None:
    if row.status not in allowed:
        raise RuleViolation("consulting.task_status", field=Field.STATUS, id=row.id, task_status=row.status)


def _touch(row: TaskRow, **values: object) -> None:
    for name, value in values.items():
        setattr(row, name, value)
    row.version += 1


def add_task(
    db: Database, *, actor: str, type: str, owner: str | None = None, title: str = "", protocol: int | None = None,
    planned_start: datetime | None = None, planned_end: datetime | None = None, contact_id: int | None = None,
    at: datetime | None = None,
) -> TaskRecord:
    """A task for ``owner`` (None: the actor), planned (with times: the week view shows its block) or just listed."""
    kind = _type(type)
    check_span(planned_start, planned_end)
    limits.check_text(title, limits.SUMMARY, subject="summary", field=Field.SUMMARY)

    def work(uow: UnitOfWork) -> TaskRecord:
        person, who = acting_for(uow, actor, owner)
        oc = protocol_of(uow, None, protocol)
        if contact_id is not None and (not limits.fits_integer(contact_id)
                                       or uow.session.get(ContactRow, contact_id) is None):
            raise NotFound("not_found.contact", field=Field.CONTACT, id=contact_id)
        row = TaskRow(type=kind.value, status=TaskStatus.PLANNED.value, title=title.strip(), owner_id=who.id,
                      occurrence_id=oc.id if oc else None, contact_id=contact_id, planned_start=planned_start,
                      planned_end=planned_end, created_by_id=person.id, created_at=uow.at, version=1)
        uow.session.add(row)
        uow.session.flush()
        uow.record(person.login, Entity.TASK, row.id, "added", f"{kind.value} {who.login} {local(uow, planned_start)}")
        return task_record(uow, row)

    return run(db, work, at)


def communicate_conclusion_in(uow: UnitOfWork, oc: OccurrenceRow, closer: StaffRow) -> TaskRow | None:
    """Team rule 4, inside the transaction that closes ``oc``: its "Comunicar conclusão" task for ``closer``,
    planned from the close on, once per OC. A complementary call closed with FAQ 7347 (R2) is no attendance of
    its own: the OC it complements gets the task when it closes."""
    if oc.faq_code == FAQ_COMPLEMENTARY:
        return None
    exists = uow.session.scalar(select(TaskRow.id).where(
        TaskRow.type == TaskType.COMMUNICATE_CONCLUSION.value, TaskRow.occurrence_id == oc.id).limit(1))
    if exists is not None:
        return None
    row = TaskRow(type=TaskType.COMMUNICATE_CONCLUSION.value, status=TaskStatus.PLANNED.value,
                  title=f"Comunicar conclusão da OC {oc.number}", owner_id=closer.id, occurrence_id=oc.id,
                  planned_start=uow.at, planned_end=uow.at + COMMUNICATE_CONCLUSION_TIME, created_by_id=closer.id,
                  created_at=uow.at, version=1)
    uow.session.add(row)
    uow.session.flush()
    uow.record(closer.login, Entity.TASK, row.id, "added", f"communicate_conclusion OC {oc.number} {closer.login}")
    return row


def _running_of(uow: UnitOfWork, staff_id: int) -> TaskRow | None:
    return uow.session.scalar(select(TaskRow).where(TaskRow.owner_id == staff_id,
                                                    TaskRow.status == TaskStatus.RUNNING.value)
                              .order_by(TaskRow.started_at).limit(1))


def start_task(db: Database, *, actor: str, task_id: int, at: datetime | None = None) -> TaskRecord:
    """Rule 1: the work begins now. A task already running for the owner is never stopped silently: refused."""

    def work(uow: UnitOfWork) -> TaskRecord:
        person, _ = acting_for(uow, actor, None)
        row = _task(uow, task_id)
        check_own(uow, person, row.owner_id)
        _status(row, TaskStatus.PLANNED)
        lock_person(uow, row.owner_id)
        running = _running_of(uow, row.owner_id)
        if running is not None:
            owner = uow.session.get(StaffRow, row.owner_id)
            raise RuleViolation("consulting.task_running", field=Field.TASK_TYPE, name=owner.name if owner else "?",
                                id=running.id, title=running.title or running.type,
                                since=local(uow, running.started_at))
        _touch(row, status=TaskStatus.RUNNING.value, started_at=uow.at)
        uow.record(person.login, Entity.TASK, row.id, "started", row.type)
        return task_record(uow, row)

    return run(db, work, at)


def stop_task(db: Database, *, actor: str, task_id: int, at: datetime | None = None) -> TaskRecord:
    """The work ended now: stopped at this moment, the task done."""

    def work(uow: UnitOfWork) -> TaskRecord:
        person, _ = acting_for(uow, actor, None)
        row = _task(uow, task_id)
        check_own(uow, person, row.owner_id)
        _status(row, TaskStatus.RUNNING)
        if row.started_at is not None and uow.at < row.started_at:
            raise BadValue("value.end_before_start", field=Field.END, start=row.started_at.isoformat(),
                           end=uow.at.isoformat())
        _touch(row, status=TaskStatus.DONE.value, stopped_at=uow.at)
        uow.record(person.login, Entity.TASK, row.id, "stopped", f"{local(uow, row.started_at)}–{local(uow, uow.at)}")
        return task_record(uow, row)

    return run(db, work, at)


def cancel_task(db: Database, *, actor: str, task_id: int, at: datetime | None = None) -> TaskRecord:
    """A planned task that will not be done (one already begun is stopped instead: its time was spent)."""

    def work(uow: UnitOfWork) -> TaskRecord:
        person, _ = acting_for(uow, actor, None)
        row = _task(uow, task_id)
        check_own(uow, person, row.owner_id)
        _status(row, TaskStatus.PLANNED)
        _touch(row, status=TaskStatus.CANCELLED.value)
        uow.record(person.login, Entity.TASK, row.id, "cancelled", row.type)
        return task_record(uow, row)

    return run(db, work, at)


def move_task(
    db: Database, *, actor: str, task_id: int, planned_start: datetime, planned_end: datetime,
    owner: str | None = None, version: int | None = None, at: datetime | None = None,
) -> TaskRecord:
    """Plan a task at another time, or for another person (``owner``): the week view's drag. Only a task not yet
    begun moves; ``version`` refuses a move made from a stale picture."""
    check_span(planned_start, planned_end, required=True)

    def work(uow: UnitOfWork) -> TaskRecord:
        person, _ = acting_for(uow, actor, None)
        row = _task(uow, task_id)
        check_own(uow, person, row.owner_id)
        check_version(row.version, version, task=True, ident=row.id)
        _status(row, TaskStatus.PLANNED)
        new_owner = row.owner_id
        if owner is not None:
            new_owner = acting_for(uow, actor, owner)[1].id
        if (row.planned_start, row.planned_end, row.owner_id) == (planned_start, planned_end, new_owner):
            return task_record(uow, row)
        before = {"start": row.planned_start, "end": row.planned_end}
        _touch(row, planned_start=planned_start, planned_end=planned_end, owner_id=new_owner)
        uow.record(person.login, Entity.TASK, row.id, "moved",
                   f"{local(uow, before['start'])} → {local(uow, planned_start)}", before=before,
                   after={"start": planned_start, "end": planned_end})
        return task_record(uow, row)

    return run(db, work, at)


def list_tasks(
    db: Database, *, start: datetime | None = None, end: datetime | None = None, owner: str | None = None,
    type: str | None = None, status: str | None = None,
) -> list[TaskRecord]:
    """Tasks in [``start``, ``end``) — by their planned start, else by when they started — of ``owner``, ``type``
    and ``status`` when given, by time (tasks with neither, just listed, come when no span is asked)."""
    if type is not None:
        _type(type)
    if status is not None and status not in tuple(TaskStatus):
        raise BadValue("value.status", field=Field.STATUS, value=status, known=tuple(TaskStatus))

    def work(uow: UnitOfWork) -> list[TaskRecord]:
        where: list[ColumnElement[bool]] = []
        planned, started = TaskRow.planned_start, TaskRow.started_at
        if start is not None:
            where.append(or_(planned >= start, and_(planned.is_(None), started >= start)))
        if end is not None:
            where.append(or_(planned < end, and_(planned.is_(None), started < end)))
        if owner is not None:
            where.append(TaskRow.owner_id == get_staff(uow.session, owner, field=Field.LOGIN).id)
        if type is not None:
            where.append(TaskRow.type == type)
        if status is not None:
            where.append(TaskRow.status == status)
        rows = list(uow.session.scalars(select(TaskRow).where(*where)))
        rows.sort(key=lambda r: ((r.planned_start or r.started_at or r.created_at), r.id))
        return task_records(uow, rows)

    return run(db, work, write=False)


def running_task(db: Database, *, login: str) -> TaskRecord | None:
    """The task ``login`` has running now, or None."""

    def work(uow: UnitOfWork) -> TaskRecord | None:
        row = _running_of(uow, get_staff(uow.session, login, field=Field.LOGIN).id)
        return task_record(uow, row) if row is not None else None

    return run(db, work, write=False)
