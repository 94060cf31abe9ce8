"""What the consulting team's use cases share (issue 12): who may act for whom, the checks of typed values, and
turning rows into the records of :mod:`services.consulting_records` (names and codes read in one query each).

Everyone active records their own contacts and tasks; management (:data:`Action.RECORD_FOR_OTHERS`) records
anyone's; the work plan, rooms, a client's consultant and the Consultoria mailbox are management's that plans
(:data:`Action.PLAN_CONSULTING`, the groups the office server lets write those tables).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select, text

from pitstop_desktop.db.orm import ClientRow, ContactPersonRow, ContactRow, OccurrenceRow, StaffRow, TaskRow
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotPermitted, RuleViolation
from pitstop_desktop.domain.permissions import Action, can
from pitstop_desktop.services.consulting_records import ContactRecord, TaskRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_client, get_occurrence, get_staff

# pg_advisory_xact_lock's first key for "one running contact or task per person" (the second is the staff id)
_RUNNING_LOCK = 12012


def acting_for(uow: UnitOfWork, actor: str, login: str | None) -> tuple[StaffRow, StaffRow]:
    """The acting person and the person the record is for (``login``; None: the actor). Someone else's record
    is management's; the actor must be active."""
    person = uow.acting(actor)
    if not person.active:
        raise NotPermitted("permission.consulting_inactive", login=person.login)
    if login is None or login == person.login:
        return person, person
    target = get_staff(uow.session, login, field=Field.LOGIN)
    if not can(person.role, Action.RECORD_FOR_OTHERS):
        raise NotPermitted("permission.consulting_own_only", login=target.login, role=person.role)
    return person, target


def check_own(uow: UnitOfWork, person: StaffRow, owner_id: int) -> None:
    """``person`` may change a record of ``owner_id``: their own, or management."""
    if owner_id != person.id and not can(person.role, Action.RECORD_FOR_OTHERS):
        owner = uow.session.get(StaffRow, owner_id)
        raise NotPermitted("permission.consulting_own_only", login=owner.login if owner else "?", role=person.role)


def planner(uow: UnitOfWork, actor: str) -> StaffRow:
    """The acting person, who must be management that plans (work plan, rooms, consultants, the mailbox)."""
    person = uow.acting(actor)
    if not can(person.role, Action.PLAN_CONSULTING):
        raise NotPermitted("permission.consulting_planning", role=person.role)
    return person


def consulting_client(uow: UnitOfWork, code: str) -> ClientRow:
    """The client ``code``, refused when it is not a consulting client (second seed 1.1.2 and 1.1.4.7.2: the
    caller goes back to the URA; nothing is recorded)."""
    client = get_client(uow.session, code)
    if not client.consulting:
        raise RuleViolation("consulting.not_client", field=Field.CLIENT, code=client.code, name=client.name)
    return client


def protocol_of(uow: UnitOfWork, client: ClientRow | None, number: int | None) -> OccurrenceRow | None:
    """The OC ``number`` a contact or task is about; a contact's protocol must be its client's."""
    if number is None:
        return None
    oc = get_occurrence(uow.session, number, field=Field.PROTOCOL)
    if client is not None and oc.client_id != client.id:
        raise RuleViolation("consulting.protocol_other_client", field=Field.PROTOCOL, number=oc.number,
                            code=client.code)
    return oc


def check_span(start: datetime | None, end: datetime | None, *, required: bool = False) -> None:
    """Planned times come in pairs, aware, the end after the start."""
    if start is None and end is None and not required:
        return
    if start is None or end is None:
        raise BadValue("value.span_incomplete", field=Field.START if start is None else Field.END)
    if start.tzinfo is None:
        raise BadValue("value.moment_without_zone", field=Field.START, time=start.isoformat())
    if end.tzinfo is None:
        raise BadValue("value.moment_without_zone", field=Field.END, time=end.isoformat())
    limits.check_year(start, start.isoformat(), Field.START)
    limits.check_year(end, end.isoformat(), Field.END)
    if end <= start:
        raise BadValue("value.end_before_start", field=Field.END, start=start.isoformat(), end=end.isoformat())


def check_version(current: int, given: int | None, *, task: bool, ident: int) -> None:
    """An edit made from a stale picture (someone changed the contact or task meanwhile) is refused, saying so."""
    if given is not None and given != current:
        raise Conflict("conflict.task_changed" if task else "conflict.contact_changed", id=ident)


def lock_person(uow: UnitOfWork, staff_id: int) -> None:
    """Serialise "one running contact/task per person" on PostgreSQL (two windows starting at once); SQLite's
    writers are serialised already (BEGIN IMMEDIATE)."""
    if uow.dialect == "postgresql":
        uow.session.execute(text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": _RUNNING_LOCK, "b": staff_id})


# Rows to records


def _names(uow: UnitOfWork, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    wanted = set(ids)
    if not wanted:
        return {}
    return {i: (login, name) for i, login, name in uow.session.execute(
        select(StaffRow.id, StaffRow.login, StaffRow.name).where(StaffRow.id.in_(wanted)))}


def _numbers(uow: UnitOfWork, ids: Iterable[int | None]) -> dict[int, int]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {i: int(n) for i, n in uow.session.execute(
        select(OccurrenceRow.id, OccurrenceRow.number).where(OccurrenceRow.id.in_(wanted)))}


def contact_records(uow: UnitOfWork, rows: Sequence[ContactRow]) -> list[ContactRecord]:
    staff = _names(uow, (r.consultant_id for r in rows))
    clients = {i: (code, name) for i, code, name in uow.session.execute(
        select(ClientRow.id, ClientRow.code, ClientRow.name).where(ClientRow.id.in_({r.client_id for r in rows})))
    } if rows else {}
    person_ids = {r.contact_person_id for r in rows if r.contact_person_id is not None}
    persons = {i: name for i, name in uow.session.execute(select(ContactPersonRow.id, ContactPersonRow.name).where(
        ContactPersonRow.id.in_(person_ids)))} if person_ids else {}
    numbers = _numbers(uow, (r.occurrence_id for r in rows))
    return [ContactRecord(
        id=r.id, channel=r.channel, status=r.status, scheduled=bool(r.scheduled),
        consultant=staff[r.consultant_id][0], consultant_name=staff[r.consultant_id][1],
        client=clients[r.client_id][0], client_name=clients[r.client_id][1],
        contact_person=persons.get(r.contact_person_id) if r.contact_person_id is not None else None,
        protocol=numbers.get(r.occurrence_id) if r.occurrence_id is not None else None,
        subject=r.subject, planned_start=r.planned_start, planned_end=r.planned_end, started_at=r.started_at,
        ended_at=r.ended_at, wait_started_at=r.wait_started_at, version=r.version,
    ) for r in rows]


def contact_record(uow: UnitOfWork, row: ContactRow) -> ContactRecord:
    uow.session.flush()
    return contact_records(uow, [row])[0]


def task_records(uow: UnitOfWork, rows: Sequence[TaskRow]) -> list[TaskRecord]:
    staff = _names(uow, (r.owner_id for r in rows))
    numbers = _numbers(uow, (r.occurrence_id for r in rows))
    return [TaskRecord(
        id=r.id, type=r.type, status=r.status, title=r.title, owner=staff[r.owner_id][0],
        owner_name=staff[r.owner_id][1],
        protocol=numbers.get(r.occurrence_id) if r.occurrence_id is not None else None, contact_id=r.contact_id,
        planned_start=r.planned_start, planned_end=r.planned_end, started_at=r.started_at,
        stopped_at=r.stopped_at, version=r.version,
    ) for r in rows]


def task_record(uow: UnitOfWork, row: TaskRow) -> TaskRecord:
    uow.session.flush()
    return task_records(uow, [row])[0]


def local(uow: UnitOfWork, moment: datetime | None) -> str:
    """A moment as the audit's detail shows it: day and time in the calendar's zone."""
    return moment.astimezone(uow.policy.calendar.tz).strftime("%d/%m %H:%M") if moment else "-"
