"""Appointments (R10, FAQ 7037): free slots by time, booking one without ever booking it twice, cancelling and
moving a booking.

Only technicians take appointments, and only on OCs of a tab they serve (the person who comes to the client is
the tab's technician, as R4 has it for offers). A booking not yet begun can be cancelled (the OC stays with its
technician, who closes or hands it on) or moved to another free slot; one already under way or past stays as the
record of what happened.

A slot is planned time (roster minus lunch minus bookings), so presence now says nothing about 16:00 — except that
someone who has logged in today and logged out again has gone for the day: the domain's one definition of
availability (``domain.availability``) says so, and their remaining slots of today are not offered.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import BookingRow, OccurrenceRow, RosterRow, StaffRow, StaffTabRow, TabRow
from pitstop_desktop.domain import rules
from pitstop_desktop.domain.availability import gone_for_the_day
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import Role
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotFound, NotPermitted, RuleViolation
from pitstop_desktop.domain.slots import free_slots as domain_free_slots
from pitstop_desktop.services.occurrence_records import occurrence_record
from pitstop_desktop.services.presence import availability_of, roster_day
from pitstop_desktop.services.records import OccurrenceRecord, SlotRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_occurrence, get_staff, get_tab, run
from pitstop_desktop.services.workflow import change_occurrence, is_retry, owner_in_the_way


def _day_bounds(uow: UnitOfWork, day: date) -> tuple[datetime, datetime]:
    tz = uow.policy.calendar.tz
    start = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    return start, start + timedelta(days=1)


def _slots_for(uow: UnitOfWork, people: list[StaffRow], day: date, *, ignore: int | None = None) -> list[SlotRecord]:
    """Free slots that have not started yet at ``uow.at``: a slot in the past cannot be booked.

    ``ignore``: a booking left out, as if it were free (the one being moved may move within its own time).
    """
    if not people:
        return []
    ids = [p.id for p in people]
    rosters = {r.staff_id: r for r in uow.session.scalars(
        select(RosterRow).where(RosterRow.day == day, RosterRow.staff_id.in_(ids)))}
    lo, hi = _day_bounds(uow, day)
    booked: dict[int, list[tuple[datetime, datetime]]] = {}
    for b in uow.session.scalars(select(BookingRow).where(
            BookingRow.technician_id.in_(ids), BookingRow.starts_at >= lo, BookingRow.starts_at < hi)):
        if b.id != ignore:
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


def _check_bookable(uow: UnitOfWork, tech: StaffRow, tab: TabRow | None) -> None:
    """R10 with R4's "serves the tab": appointments are a technician's time, on OCs of a tab they serve
    (``tab``; None: any tab)."""
    if tech.role != Role.TECHNICIAN:
        raise RuleViolation("R10.not_technician", field=Field.TECHNICIAN, name=tech.name)
    if tab is None:
        return
    serves = uow.session.scalar(select(StaffTabRow.staff_id).where(
        StaffTabRow.staff_id == tech.id, StaffTabRow.tab_code == tab.code)) is not None
    if not serves:
        raise RuleViolation("R10.not_in_tab", field=Field.TECHNICIAN, name=tech.name, tab=tab.name)


def free_slots(
    db: Database, *, day: date, tab: str | None = None, technician: str | None = None, at: datetime | None = None
) -> list[SlotRecord]:
    """Free slots of the day by time: roster minus lunch minus bookings, of technicians only (of ``tab``'s when
    given). Any day with a roster works, today or ahead; a day that is past has no free slot left."""

    def work(uow: UnitOfWork) -> list[SlotRecord]:
        query = select(StaffRow).where(StaffRow.active.is_(True), StaffRow.role == Role.TECHNICIAN.value)
        tab_row = get_tab(uow.session, tab) if tab is not None else None
        if technician is not None:
            tech = get_staff(uow.session, technician, field=Field.TECHNICIAN)
            _check_bookable(uow, tech, tab_row)
            query = query.where(StaffRow.id == tech.id)
        elif tab_row is not None:
            query = query.where(StaffRow.id.in_(select(StaffTabRow.staff_id)
                                                .where(StaffTabRow.tab_code == tab_row.code)))
        return _slots_for(uow, list(uow.session.scalars(query.order_by(StaffRow.login))), day)

    return run(db, work, at, write=False)


def _free_slot(uow: UnitOfWork, tech: StaffRow, start: datetime, *, moving: BookingRow | None = None) -> SlotRecord:
    """The free slot of ``tech`` starting at ``start``, or the refusal that says why it is not one (R10)."""
    tz = uow.policy.calendar.tz
    day = start.astimezone(tz).date()
    existing = _booking_at(uow, tech, start)
    if existing is not None and existing is not moving:
        raise _taken(uow, existing, start)
    if uow.session.scalar(
            select(RosterRow.id).where(RosterRow.staff_id == tech.id, RosterRow.day == day)) is None:
        raise NotFound("not_found.roster", field=Field.SLOT, login=tech.login, day=day.isoformat())
    free = [s for s in _slots_for(uow, [tech], day, ignore=moving.id if moving else None) if s.start == start]
    if not free:
        raise RuleViolation("R10.not_free", field=Field.SLOT, time=f"{start.astimezone(tz):%H:%M}",
                            name=tech.name, day=day.isoformat())
    return free[0]


def book_slot(uow: UnitOfWork, oc: OccurrenceRow, tech: StaffRow, booked_by: StaffRow, start: datetime) -> None:
    """R10: the OC is created on a free slot of a technician of its tab; a slot is never booked twice (the
    database enforces it)."""
    _check_bookable(uow, tech, get_tab(uow.session, oc.tab))
    slot = _free_slot(uow, tech, start)
    booking = BookingRow(technician_id=tech.id, starts_at=start, ends_at=slot.end, occurrence_id=oc.id,
                         booked_by_id=booked_by.id, booked_at=uow.at)
    try:
        with uow.session.begin_nested():
            uow.session.add(booking)
            uow.session.flush()
    except IntegrityError:
        raise _taken(uow, _booking_at(uow, tech, start), start) from None
    oc.assignee_id = tech.id
    oc.faq_code = None
    uow.record(booked_by.login, Entity.BOOKING, booking.id, "booked",
               f"FAQ 7037: {tech.login} {start.astimezone(uow.policy.calendar.tz):%d/%m %H:%M}",
               occurrence_id=oc.id)


def _booking_at(uow: UnitOfWork, tech: StaffRow, start: datetime) -> BookingRow | None:
    return uow.session.scalar(
        select(BookingRow).where(BookingRow.technician_id == tech.id, BookingRow.starts_at == start))


def _booking_of(uow: UnitOfWork, oc: OccurrenceRow) -> BookingRow | None:
    return uow.session.scalar(select(BookingRow).where(BookingRow.occurrence_id == oc.id))


def _not_begun(uow: UnitOfWork, oc: OccurrenceRow, booking: BookingRow, tech: StaffRow) -> None:
    """R10: an appointment already under way or past stays as the record of what happened."""
    if booking.starts_at <= uow.at:
        raise RuleViolation("R10.booking_started", field=Field.SLOT, number=oc.number, name=tech.name,
                            time=f"{booking.starts_at.astimezone(uow.policy.calendar.tz):%d/%m %H:%M}")


def _label(uow: UnitOfWork, login: str, start: datetime) -> str:
    return f"{login} {start.astimezone(uow.policy.calendar.tz):%d/%m %H:%M}"


def appointment_of(db: Database, number: int, *, at: datetime | None = None) -> SlotRecord | None:
    """OC ``number``'s appointment (FAQ 7037): its technician and time, booked or already under way or past; None
    when it has none (never booked, cancelled, or freed when the OC left its tab)."""

    def work(uow: UnitOfWork) -> SlotRecord | None:
        booking = _booking_of(uow, get_occurrence(uow.session, number))
        if booking is None:
            return None
        tech = uow.session.get(StaffRow, booking.technician_id)
        assert tech is not None  # a foreign key: the technician exists
        return SlotRecord(tech.login, booking.starts_at, booking.ends_at)

    return run(db, work, at, write=False)


def cancel_booking(db: Database, number: int, *, actor: str, at: datetime | None = None) -> OccurrenceRecord:
    """Cancel OC ``number``'s appointment before it begins: the slot is free again (`pitstop slots` offers it).

    Anyone who may book may cancel (the client calls back). The OC stays open with its technician, who closes it
    or hands it on (R9). Cancelling again what you just cancelled is a retry and answers with the OC.
    """

    def work(uow: UnitOfWork) -> OccurrenceRecord:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        booking = _booking_of(uow, oc)
        if booking is None:
            if is_retry(uow, oc, person, "booking_cancelled"):
                return occurrence_record(uow, oc)
            raise NotFound("not_found.booking", number=oc.number)
        rules.check_open(oc.number, oc.status, "cancel_booking")
        tech = uow.session.get(StaffRow, booking.technician_id)
        assert tech is not None  # a foreign key: the technician exists
        _not_begun(uow, oc, booking, tech)
        start = booking.starts_at
        uow.session.delete(booking)
        uow.session.flush()
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "booking_cancelled",
                   f"FAQ 7037: {_label(uow, tech.login, start)} cancelado", occurrence_id=oc.id,
                   before={"technician": tech.login, "slot": start}, after={"technician": None, "slot": None})
        return occurrence_record(uow, oc)

    return run(db, work, at)


def move_booking(
    db: Database, number: int, *, actor: str, slot: datetime, technician: str, at: datetime | None = None
) -> OccurrenceRecord:
    """Move OC ``number``'s appointment to ``technician``'s free slot at ``slot`` (R10: never doubled; a taken
    slot is refused naming who booked it). Another time with the same technician is anyone's to arrange;
    another technician hands the OC over, so only its technician or management may (R9). Moving it to where it
    already is answers with the OC, changing nothing."""
    if slot.tzinfo is None:
        raise BadValue("value.slot_without_zone", field=Field.SLOT)

    def work(uow: UnitOfWork) -> OccurrenceRecord:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        booking = _booking_of(uow, oc)
        if booking is None:
            raise NotFound("not_found.booking", number=oc.number)
        tech = get_staff(uow.session, technician, field=Field.TECHNICIAN)
        if booking.technician_id == tech.id and booking.starts_at == slot:
            return occurrence_record(uow, oc)
        rules.check_open(oc.number, oc.status, "move_booking")
        current = uow.session.get(StaffRow, booking.technician_id)
        assert current is not None  # a foreign key: the technician exists
        _not_begun(uow, oc, booking, current)
        _check_bookable(uow, tech, get_tab(uow.session, oc.tab))
        if tech.id != current.id:
            owner = owner_in_the_way(uow, oc, person)
            if owner is not None:
                raise NotPermitted("permission.owner_only", number=oc.number, name=owner.name, login=owner.login,
                                   task="move_booking")
        free = _free_slot(uow, tech, slot, moving=booking)
        was = booking.starts_at
        try:
            with uow.session.begin_nested():
                booking.technician_id, booking.starts_at, booking.ends_at = tech.id, slot, free.end
                uow.session.flush()
        except IntegrityError:
            raise _taken(uow, _booking_at(uow, tech, slot), slot) from None
        if tech.id != current.id:
            change_occurrence(uow, oc, assignee_id=tech.id)
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "booking_moved",
                   f"FAQ 7037: {_label(uow, current.login, was)} → {_label(uow, tech.login, slot)}",
                   occurrence_id=oc.id, before={"technician": current.login, "slot": was},
                   after={"technician": tech.login, "slot": slot})
        return occurrence_record(uow, oc)

    return run(db, work, at)


def _taken(uow: UnitOfWork, booking: BookingRow | None, start: datetime) -> Conflict:
    if booking is None:
        return Conflict("R10.just_taken", field=Field.SLOT)
    who = uow.session.get(StaffRow, booking.booked_by_id)
    number = uow.session.scalar(select(OccurrenceRow.number).where(OccurrenceRow.id == booking.occurrence_id))
    hhmm = start.astimezone(uow.policy.calendar.tz).strftime("%H:%M")
    return Conflict("R10.slot_taken", field=Field.SLOT, time=hhmm, name=who.name if who else "?",
                    login=who.login if who else "?", number=number)
