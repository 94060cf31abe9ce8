"""The demo's consulting weeks written to the database (the plan itself is :mod:`demo.consulting`): rows in bulk
inside one unit of work, each with its audit events and one change-feed revision for the whole load."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import aliased

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    AuditRow,
    ChangeRow,
    ClientRow,
    ContactPersonRow,
    ContactRow,
    OccurrenceRow,
    RoomBookingRow,
    RoomRow,
    RoomSlotRow,
    RosterRow,
    StaffRow,
    TaskRow,
    WorkPlanRow,
)
from pitstop_desktop.demo.cast import CONSULTANTS, DemoPerson, demo_moment
from pitstop_desktop.demo.consulting import (
    MAILBOX,
    MANAGER,
    ConsultingPlan,
    OcFact,
    PlannedContact,
    PlannedTask,
    conclusion_tasks,
    plan_consulting,
)
from pitstop_desktop.demo.consulting_texts import (
    ROOMS,
)
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import Status
from pitstop_desktop.domain.consulting import (
    CONSULTING_EMAIL,
    ContactChannel,
    ContactStatus,
    TaskStatus,
    TaskType,
    room_slots,
    week_label,
)
from pitstop_desktop.services.intake import CONSULTING_TEAM
from pitstop_desktop.services.settings import set_setting_in
from pitstop_desktop.services.unit_of_work import ADMIN, NOTIFY_CHANNEL, UnitOfWork, next_counter, run


def load_consulting(db: Database, day: date) -> ConsultingPlan:
    """Plan the weeks around ``day`` from the OCs already loaded and write them in one transaction."""
    def work(uow: UnitOfWork) -> ConsultingPlan:
        calendar = uow.policy.calendar
        ocs = _oc_facts(uow)
        plan = plan_consulting(day, calendar, ocs)
        conclusions = conclusion_tasks(ocs, demo_moment(day, calendar.timezone))
        events = _Events()  # one revision of the change feed for the whole load
        _write(uow, plan, _new_conclusions(uow, conclusions, events), events)
        return plan

    return run(db, work)


def _oc_facts(uow: UnitOfWork) -> list[OcFact]:
    closer = aliased(StaffRow)
    rows = uow.session.execute(
        select(OccurrenceRow.number, ClientRow.code, OccurrenceRow.opened_at, OccurrenceRow.closed_at,
               OccurrenceRow.status, OccurrenceRow.complementary_of_id, closer.login)
        .join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
        .outerjoin(closer, closer.id == OccurrenceRow.assignee_id)
        .order_by(OccurrenceRow.number))
    return [OcFact(number, client, opened, closed,
                   login if status == Status.CLOSED and parent is None else None)
            for number, client, opened, closed, status, parent, login in rows]


def _new_conclusions(uow: UnitOfWork, tasks: Sequence[PlannedTask], events: _Events) -> list[PlannedTask]:
    """The tasks of OCs that have none yet. Where the closing service wrote one during the day's play (planned),
    the demo's story of it (done a few minutes later) is played onto that row instead: one task per OC."""
    written = {number: (id_, status, version) for number, id_, status, version in uow.session.execute(
        select(OccurrenceRow.number, TaskRow.id, TaskRow.status, TaskRow.version)
        .join(OccurrenceRow, OccurrenceRow.id == TaskRow.occurrence_id)
        .where(TaskRow.type == TaskType.COMMUNICATE_CONCLUSION.value))}
    for task in tasks:
        if task.protocol not in written:
            continue
        id_, status, version = written[task.protocol]
        if status == TaskStatus.PLANNED and task.started_at is not None and task.stopped_at is not None:
            uow.session.execute(update(TaskRow).where(TaskRow.id == id_).values(
                status=task.status, started_at=_utc(task.started_at), stopped_at=_utc(task.stopped_at),
                version=version + 2))
            events.add(task.started_at, task.owner, Entity.TASK, id_, "started", f"{task.type} {task.title}")
            events.add(task.stopped_at, task.owner, Entity.TASK, id_, "stopped", f"{task.type} {task.title}")
    return [t for t in tasks if t.protocol not in written]


class _Events:
    """Audit events of the bulk write, turned into audit rows and one revision of change-feed entries."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(self, at: datetime, actor: str, entity: Entity, entity_id: int, action: str, detail: str = "") -> None:
        self.rows.append({"at": at.astimezone(UTC), "actor": actor, "entity": entity.value, "entity_id": entity_id,
                          "occurrence_id": None, "action": action, "detail": detail, "before": None, "after": None,
                          "backfilled": False})

    def write(self, uow: UnitOfWork) -> None:
        rows = sorted(self.rows, key=lambda e: e["at"])
        if not rows:
            return
        s = uow.session
        s.execute(insert(AuditRow), rows)
        revision = next_counter(s, "revision")
        s.execute(insert(ChangeRow), [{"revision": revision, "entity": e["entity"], "entity_id": e["entity_id"],
                                       "action": e["action"], "at": e["at"]} for e in rows])
        if uow.dialect == "postgresql":  # as UnitOfWork.finish does for a long batch: listeners read the feed
            s.execute(text("SELECT pg_notify(:channel, :payload)"),
                      {"channel": NOTIFY_CHANNEL, "payload": json.dumps({"revision": revision})})


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


def _inserted(uow: UnitOfWork, table: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    result = uow.session.execute(insert(table).returning(table.id, sort_by_parameter_order=True), rows)
    return list(result.scalars())


def _write(uow: UnitOfWork, plan: ConsultingPlan, conclusions: Sequence[PlannedTask], events: _Events) -> None:
    s = uow.session
    staff = {login: id_ for login, id_ in s.execute(select(StaffRow.login, StaffRow.id))}
    clients = {code: id_ for code, id_ in s.execute(select(ClientRow.code, ClientRow.id))}
    occurrences = {number: id_ for number, id_ in s.execute(select(OccurrenceRow.number, OccurrenceRow.id))}
    first = min(line[4] for line in plan.plan_lines) - timedelta(hours=1)

    rooms = {code: id_ for code, id_ in s.execute(select(RoomRow.code, RoomRow.id))}
    for code, name in ROOMS:  # the rooms are configuration: a reset keeps them, a second load finds them
        if code not in rooms:
            rooms[code] = _inserted(uow, RoomRow, [{"code": code, "name": name, "active": True}])[0]
            events.add(first, ADMIN, Entity.ROOM_BOOKING, rooms[code], "room_added", f"{code} {name}")

    for code, login in plan.consultant_of.items():
        s.execute(update(ClientRow).where(ClientRow.code == code).values(consultant_id=staff[login]))
        uow.record(ADMIN, Entity.CLIENT, clients[code], "consultant_set", f"{code}: - → {login}",
                   before={"consultant": None}, after={"consultant": login})
    set_setting_in(uow, CONSULTING_TEAM, ",".join(sorted(p.login for p in CONSULTANTS)))
    set_setting_in(uow, CONSULTING_EMAIL, MAILBOX)  # e-mail replies copy it (services.contacts.reply_email)

    rosters = [{"staff_id": staff[p.login], "day": d, **_shift(p, d, uow.policy.calendar.tz)}
               for p, d in plan.roster_days]
    for (p, d), id_ in zip(plan.roster_days, _inserted(uow, RosterRow, rosters), strict=True):
        assert p.lunch is not None
        events.add(uow.at, ADMIN, Entity.ROSTER, id_, "set",
                   f"{p.login} {d.isoformat()} {p.shift[0]:%H:%M}-{p.shift[1]:%H:%M}")

    people = _inserted(uow, ContactPersonRow, [
        {"client_id": clients[who.client], "name": who.name, "phone": who.phone, "email": who.email,
         "skype": who.skype, "active": True} for who in plan.people])
    person_ids = {(who.client, who.name): id_ for who, id_ in zip(plan.people, people, strict=True)}
    for who, id_ in zip(plan.people, people, strict=True):
        events.add(first, plan.consultant_of[who.client], Entity.CONTACT_PERSON, id_, "added",
                   f"{who.client} {who.name}")

    lines = _inserted(uow, WorkPlanRow, [{"staff_id": staff[login], "week": week, "task_type": kind,
                                          "planned_minutes": minutes} for login, week, kind, minutes, _ in
                                         plan.plan_lines])
    for (login, week, kind, minutes, at), id_ in zip(plan.plan_lines, lines, strict=True):
        events.add(at, MANAGER, Entity.WORK_PLAN, id_, "set", f"{login} {week_label(week)} {kind} {minutes} min")

    contact_rows, contact_events = [], []
    for c in plan.contacts:
        happened = _contact_events(c)
        contact_events.append(happened)
        contact_rows.append({
            "channel": c.channel, "status": c.status, "scheduled": c.scheduled, "consultant_id": staff[c.consultant],
            "client_id": clients[c.client],
            "contact_person_id": person_ids.get((c.client, c.person)) if c.person else None,
            "occurrence_id": occurrences.get(c.protocol) if c.protocol is not None else None,
            "subject": c.subject, "planned_start": _utc(c.planned_start), "planned_end": _utc(c.planned_end),
            "started_at": _utc(c.started_at), "ended_at": _utc(c.ended_at), "wait_started_at": _utc(c.wait_started_at),
            "created_by_id": staff[c.consultant], "created_at": _utc(c.created_at), "version": len(happened)})
    contact_ids = _inserted(uow, ContactRow, contact_rows)
    by_contact = {id(c): id_ for c, id_ in zip(plan.contacts, contact_ids, strict=True)}
    for c, id_, happened in zip(plan.contacts, contact_ids, contact_events, strict=True):
        for at, action in happened:
            events.add(at, c.consultant, Entity.CONTACT, id_, action, f"{c.channel} {c.client} {c.subject}")

    tasks = [*plan.tasks, *conclusions]
    task_events = [_task_events(t) for t in tasks]
    task_ids = _inserted(uow, TaskRow, [{
        "type": t.type, "status": t.status, "title": t.title, "owner_id": staff[t.owner],
        "occurrence_id": occurrences.get(t.protocol) if t.protocol is not None else None,
        "contact_id": by_contact[id(t.contact)] if t.contact is not None else None,
        "planned_start": _utc(t.planned_start), "planned_end": _utc(t.planned_end), "started_at": _utc(t.started_at),
        "stopped_at": _utc(t.stopped_at), "created_by_id": staff[t.owner], "created_at": _utc(t.created_at),
        "version": len(happened)} for t, happened in zip(tasks, task_events, strict=True)])
    for t, id_, happened in zip(tasks, task_ids, task_events, strict=True):
        for at, action in happened:
            events.add(at, t.owner, Entity.TASK, id_, action, f"{t.type} {t.title}")

    bookings = [b for b in plan.bookings if b.contact is None or b.contact.status != ContactStatus.CANCELLED.value]
    booking_ids = _inserted(uow, RoomBookingRow, [{
        "room_id": rooms[b.room], "starts_at": _utc(b.starts_at), "ends_at": _utc(b.ends_at), "title": b.title,
        "agenda": b.agenda, "contact_id": by_contact[id(b.contact)] if b.contact is not None else None,
        "booked_by_id": staff[b.booked_by], "booked_at": _utc(b.booked_at)} for b in bookings])
    slots = [{"room_id": rooms[b.room], "slot_start": _utc(slot), "booking_id": id_}
             for b, id_ in zip(bookings, booking_ids, strict=True) for slot in room_slots(b.starts_at, b.ends_at)]
    if slots:
        s.execute(insert(RoomSlotRow), slots)
    for b, id_ in zip(bookings, booking_ids, strict=True):
        events.add(b.booked_at, b.booked_by, Entity.ROOM_BOOKING, id_, "booked",
                   f"{b.room} {b.starts_at:%d/%m %H:%M}–{b.ends_at:%H:%M} {b.title}")
    events.write(uow)


def _shift(person: DemoPerson, d: date, tz: ZoneInfo) -> dict[str, datetime]:
    assert person.lunch is not None

    def at(t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=tz).astimezone(UTC)

    return {"shift_start": at(person.shift[0]), "shift_end": at(person.shift[1]),
            "lunch_start": at(person.lunch[0]), "lunch_end": at(person.lunch[1])}


def _contact_events(c: PlannedContact) -> list[tuple[datetime, str]]:
    """The steps of a contact as the services record them: (moment, action)."""
    happened: list[tuple[datetime, str]] = []
    if c.channel == ContactChannel.EMAIL.value:
        return [(c.created_at, "email_replied")]
    if c.wait_started_at is not None and c.started_at is None:
        happened.append((c.wait_started_at, "waiting"))  # "um momento": the ten minutes start
    elif c.scheduled:
        happened.append((c.created_at, "scheduled"))
    if c.started_at is not None:
        happened.append((c.started_at, "started"))
    if c.ended_at is not None:
        happened.append((c.ended_at, "stopped"))
    if c.settled_at is not None:
        happened.append((c.settled_at, c.status))  # missed or cancelled
    return happened


def _task_events(t: PlannedTask) -> list[tuple[datetime, str]]:
    happened = [(t.created_at, "added")]
    if t.started_at is not None:
        happened.append((t.started_at, "started"))
    if t.stopped_at is not None:
        happened.append((t.stopped_at, "stopped"))
    if t.settled_at is not None:
        happened.append((t.settled_at, "cancelled"))
    return happened
