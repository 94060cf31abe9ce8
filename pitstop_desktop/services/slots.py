"""Appointments (R10, FAQ 7037): free slots by time, and booking one without ever booking it twice.

A slot is planned time (roster minus lunch minus bookings), so presence now says nothing about 16:00 — except that
someone who has logged in today and logged out again has gone for the day: the domain's one definition of
availability (``domain.availability``) says so, and their remaining slots of today are not offered.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import BookingRow, OccurrenceRow, RosterRow, StaffRow, StaffTabRow
from pitstop_desktop.domain.availability import gone_for_the_day
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import Role
from pitstop_desktop.domain.errors import Conflict, Field, NotFound, RuleViolation
from pitstop_desktop.domain.slots import free_slots as domain_free_slots
from pitstop_desktop.services.presence import availability_of, roster_day
from pitstop_desktop.services.records import SlotRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_staff, get_tab, run

APPOINTMENT_ROLES = (Role.TECHNICIAN.value, Role.ATTENDANT.value)


def _day_bounds(uow: UnitOfWork, day: date) -> tuple[datetime, datetime]:
    tz = uow.policy.calendar.tz
    start = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    return start, start + timedelta(days=1)


def _slots_for(uow: UnitOfWork, people: list[StaffRow], day: date) -> list[SlotRecord]:
    """Free slots that have not started yet at ``uow.at``: a slot in the past cannot be booked."""
    if not people:
        return []
    ids = [p.id for p in people]
    rosters = {r.staff_id: r for r in uow.session.scalars(
        select(RosterRow).where(RosterRow.day == day, RosterRow.staff_id.in_(ids)))}
    lo, hi = _day_bounds(uow, day)
    booked: dict[int, list[tuple[datetime, datetime]]] = {}
    for b in uow.session.scalars(select(BookingRow).where(
            BookingRow.technician_id.in_(ids), BookingRow.starts_at >= lo, BookingRow.starts_at < hi)):
        booked.setdefault(b.technician_id, []).append((b.starts_at, b.ends_at))
    today = uow.at.astimezone(uow.policy.calendar.tz).date()
    avail = availability_of(uow, people) if day == today else {}
    result = []
    for person in people:
        roster = rosters.get(person.id)
        if roster is None or (person.id in avail and gone_for_the_day(avail[person.id])):
            continue
        for s in domain_free_slots(person.login, roster_day(roster), booked.get(person.id, []),
                                   uow.policy.slot_minutes, not_before=uow.at):
            result.append(SlotRecord(person.login, s.start, s.end))
    return sorted(result, key=lambda s: (s.start, s.technician))


def free_slots(
    db: Database, *, day: date, tab: str | None = None, technician: str | None = None, at: datetime | None = None
) -> list[SlotRecord]:
    """Free slots of the day by time: roster minus lunch minus bookings."""

    def work(uow: UnitOfWork) -> list[SlotRecord]:
        query = select(StaffRow).where(StaffRow.active.is_(True)).order_by(StaffRow.login)
        if technician is not None:
            query = query.where(StaffRow.id == get_staff(uow.session, technician).id)
        else:
            query = query.where(StaffRow.role.in_(APPOINTMENT_ROLES))
        if tab is not None:
            code = get_tab(uow.session, tab).code
            query = query.where(StaffRow.id.in_(select(StaffTabRow.staff_id).where(StaffTabRow.tab_code == code)))
        return _slots_for(uow, list(uow.session.scalars(query)), day)

    return run(db, work, at, write=False)


def book_slot(uow: UnitOfWork, oc: OccurrenceRow, tech: StaffRow, booked_by: StaffRow, start: datetime) -> None:
    """R10: the OC is created on a free slot; a slot is never booked twice (the database enforces it)."""
    day = start.astimezone(uow.policy.calendar.tz).date()
    existing = uow.session.scalar(
        select(BookingRow).where(BookingRow.technician_id == tech.id, BookingRow.starts_at == start))
    if existing is not None:
        raise _taken(uow, existing, start)
    if uow.session.scalar(
            select(RosterRow.id).where(RosterRow.staff_id == tech.id, RosterRow.day == day)) is None:
        raise NotFound("not_found.roster", field=Field.SLOT, login=tech.login, day=day.isoformat())
    free = [s for s in _slots_for(uow, [tech], day) if s.start == start]
    if not free:
        raise RuleViolation("R10.not_free", field=Field.SLOT, time=f"{start.astimezone(uow.policy.calendar.tz):%H:%M}",
                            name=tech.name, day=day.isoformat())
    booking = BookingRow(technician_id=tech.id, starts_at=start, ends_at=free[0].end, occurrence_id=oc.id,
                         booked_by_id=booked_by.id, booked_at=uow.at)
    try:
        with uow.session.begin_nested():
            uow.session.add(booking)
            uow.session.flush()
    except IntegrityError:
        taken = uow.session.scalar(
            select(BookingRow).where(BookingRow.technician_id == tech.id, BookingRow.starts_at == start))
        raise _taken(uow, taken, start) from None
    oc.assignee_id = tech.id
    oc.faq_code = None
    uow.record(booked_by.login, Entity.BOOKING, booking.id, "booked",
               f"FAQ 7037: {tech.login} {start.astimezone(uow.policy.calendar.tz):%d/%m %H:%M}",
               occurrence_id=oc.id)


def _taken(uow: UnitOfWork, booking: BookingRow | None, start: datetime) -> Conflict:
    if booking is None:
        return Conflict("R10.just_taken", field=Field.SLOT)
    who = uow.session.get(StaffRow, booking.booked_by_id)
    number = uow.session.scalar(select(OccurrenceRow.number).where(OccurrenceRow.id == booking.occurrence_id))
    hhmm = start.astimezone(uow.policy.calendar.tz).strftime("%H:%M")
    return Conflict("R10.slot_taken", field=Field.SLOT, time=hhmm, name=who.name if who else "?",
                    login=who.login if who else "?", number=number)
