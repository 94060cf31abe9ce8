"""Meeting rooms (second seed, Gerência: "Agendar a sala de reunião para as reuniões", "Definir pauta"): booked in
slots of :data:`domain.consulting.ROOM_SLOT`, never twice.

A booking's slots are rows of ``room_slots``, whose primary key (room, slot start) is the guarantee: two people
booking the same half hour at once both pass the friendly check, and the database lets one of them in; the other
is told who booked it and when. Anyone active books a room (with the meeting's agenda, its pauta); management
that plans adds rooms. A booking not yet begun can be cancelled by whoever booked it or by management.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import RoomBookingRow, RoomRow, RoomSlotRow, StaffRow
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.consulting import room_slots
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotFound, RuleViolation
from pitstop_desktop.services.consulting_common import acting_for, check_own, check_span, local, planner
from pitstop_desktop.services.consulting_records import RoomBookingRecord, RoomRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, run


def _room(uow: UnitOfWork, code: str) -> RoomRow:
    row = uow.session.scalar(select(RoomRow).where(RoomRow.code == code)) if "\x00" not in code else None
    if row is None or not row.active:
        known = tuple(uow.session.scalars(select(RoomRow.code).where(RoomRow.active.is_(True)).order_by(RoomRow.code)))
        raise NotFound("not_found.room", field=Field.ROOM, code=code, known=known)
    return row


def _record(uow: UnitOfWork, booking: RoomBookingRow) -> RoomBookingRecord:
    room = uow.session.get(RoomRow, booking.room_id)
    who = uow.session.get(StaffRow, booking.booked_by_id)
    assert room is not None and who is not None  # foreign keys
    return RoomBookingRecord(booking.id, room.code, room.name, booking.starts_at, booking.ends_at, booking.title,
                             booking.agenda, who.login, booking.contact_id, who.name)


def add_room(db: Database, *, actor: str, code: str, name: str, at: datetime | None = None) -> RoomRecord:
    """A meeting room (management that plans); its code is what people type (``sala1``)."""
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise BadValue("value.room_code_and_name", field=Field.ROOM)
    limits.check_text(code, limits.TAB_CODE, subject="room_code", field=Field.ROOM)
    limits.check_text(name, 80, subject="name", field=Field.NAME)

    def work(uow: UnitOfWork) -> RoomRecord:
        person = planner(uow, actor)
        row = uow.session.scalar(select(RoomRow).where(RoomRow.code == code))
        if row is not None and row.active:
            raise Conflict("conflict.room_exists", field=Field.ROOM, code=code)
        if row is None:
            row = RoomRow(code=code, name=name, active=True)
            uow.session.add(row)
        row.name, row.active = name, True
        uow.session.flush()
        uow.record(person.login, Entity.ROOM_BOOKING, row.id, "room_added", f"{code}: {name}")
        return RoomRecord(row.code, row.name)

    return run(db, work, at)


def rooms(db: Database) -> list[RoomRecord]:
    """The rooms that can be booked, by code."""
    return run(db, lambda uow: [RoomRecord(r.code, r.name) for r in uow.session.scalars(
        select(RoomRow).where(RoomRow.active.is_(True)).order_by(RoomRow.code))], write=False)


def _taken(uow: UnitOfWork, room: RoomRow, slots: list[datetime]) -> Conflict:
    """Who holds the first of ``slots`` that is taken, and from when to when."""
    booking = uow.session.scalar(select(RoomBookingRow).join(RoomSlotRow, RoomSlotRow.booking_id == RoomBookingRow.id)
                                 .where(RoomSlotRow.room_id == room.id, RoomSlotRow.slot_start.in_(slots))
                                 .order_by(RoomSlotRow.slot_start).limit(1))
    if booking is None:
        return Conflict("conflict.room_just_taken", field=Field.ROOM, room=room.name)
    who = uow.session.get(StaffRow, booking.booked_by_id)
    return Conflict("conflict.room_taken", field=Field.ROOM, room=room.name, name=who.name if who else "?",
                    login=who.login if who else "?", start=local(uow, booking.starts_at),
                    end=local(uow, booking.ends_at).split(" ")[-1], title=booking.title)


def _take_slots(uow: UnitOfWork, room: RoomRow, booking: RoomBookingRow, start: datetime, end: datetime, *,
                new: bool) -> None:
    """Give ``booking`` (``new``: not yet stored) the slots from ``start`` to ``end``: refused, naming who has it,
    when one is taken."""
    slots = room_slots(start, end)
    clash = select(RoomSlotRow.booking_id).where(RoomSlotRow.room_id == room.id, RoomSlotRow.slot_start.in_(slots))
    if not new:
        clash = clash.where(RoomSlotRow.booking_id != booking.id)
    if uow.session.scalar(clash.limit(1)) is not None:
        raise _taken(uow, room, slots)
    try:
        with uow.session.begin_nested():
            booking.room_id, booking.starts_at, booking.ends_at = room.id, start, end
            if new:
                uow.session.add(booking)
            else:
                uow.session.execute(delete(RoomSlotRow).where(RoomSlotRow.booking_id == booking.id))
            uow.session.flush()
            uow.session.add_all(RoomSlotRow(room_id=room.id, slot_start=s, booking_id=booking.id) for s in slots)
            uow.session.flush()
    except IntegrityError:
        raise _taken(uow, room, slots) from None


def book_room_in(
    uow: UnitOfWork, person: StaffRow, *, room: str, start: datetime, end: datetime, title: str, agenda: str = "",
    contact_id: int | None = None,
) -> RoomBookingRow:
    """Book ``room`` inside a use case (``schedule_contact`` books the meeting's room in its own transaction)."""
    check_span(start, end, required=True)
    limits.check_text(title, limits.SUMMARY, subject="summary", field=Field.SUMMARY)
    limits.check_text(agenda, limits.SUMMARY, subject="note", field=Field.SUMMARY)
    row = _room(uow, room)
    booking = RoomBookingRow(title=title.strip(), agenda=agenda.strip(), contact_id=contact_id,
                             booked_by_id=person.id, booked_at=uow.at)
    _take_slots(uow, row, booking, start, end, new=True)
    uow.record(person.login, Entity.ROOM_BOOKING, booking.id, "booked",
               f"{row.code} {local(uow, start)}–{local(uow, end).split(' ')[-1]}: {booking.title}")
    return booking


def move_room_booking_in(uow: UnitOfWork, person: StaffRow, booking: RoomBookingRow, start: datetime,
                         end: datetime) -> None:
    """Move a booking to another time in the same room (a rescheduled meeting takes its room along)."""
    room = uow.session.get(RoomRow, booking.room_id)
    assert room is not None  # a foreign key
    was = booking.starts_at
    _take_slots(uow, room, booking, start, end, new=False)
    uow.record(person.login, Entity.ROOM_BOOKING, booking.id, "moved",
               f"{room.code} {local(uow, was)} → {local(uow, start)}")


def cancel_room_booking_in(uow: UnitOfWork, person: StaffRow, booking: RoomBookingRow) -> None:
    booking_id = booking.id
    uow.session.execute(delete(RoomSlotRow).where(RoomSlotRow.booking_id == booking_id))
    uow.session.execute(delete(RoomBookingRow).where(RoomBookingRow.id == booking_id))
    uow.record(person.login, Entity.ROOM_BOOKING, booking_id, "cancelled", booking.title)


def book_room(
    db: Database, *, actor: str, room: str, start: datetime, end: datetime, title: str, agenda: str = "",
    contact_id: int | None = None, at: datetime | None = None,
) -> RoomBookingRecord:
    """Book ``room`` from ``start`` to ``end`` (on slot boundaries) with the meeting's title and agenda."""

    def work(uow: UnitOfWork) -> RoomBookingRecord:
        person, _ = acting_for(uow, actor, None)
        return _record(uow, book_room_in(uow, person, room=room, start=start, end=end, title=title, agenda=agenda,
                                         contact_id=contact_id))

    return run(db, work, at)


def cancel_room_booking(db: Database, *, actor: str, booking_id: int, at: datetime | None = None) -> RoomBookingRecord:
    """Free a booking not yet begun (whoever booked it, or management); the answer is the booking as it was."""

    def work(uow: UnitOfWork) -> RoomBookingRecord:
        person, _ = acting_for(uow, actor, None)
        booking = uow.session.get(RoomBookingRow, booking_id) if limits.fits_integer(booking_id) else None
        if booking is None:
            raise NotFound("not_found.room_booking", field=Field.ROOM, id=booking_id)
        check_own(uow, person, booking.booked_by_id)
        if booking.starts_at <= uow.at:
            raise RuleViolation("consulting.room_booking_begun", field=Field.ROOM, id=booking.id,
                                start=local(uow, booking.starts_at))
        record = _record(uow, booking)
        cancel_room_booking_in(uow, person, booking)
        return record

    return run(db, work, at)


def bookings_in(uow: UnitOfWork, start: datetime, end: datetime, room: str | None = None) -> list[RoomBookingRecord]:
    """Bookings that meet [``start``, ``end``) inside a read (the consulting week reads its rooms with its week)."""
    query = select(RoomBookingRow).where(RoomBookingRow.starts_at < end, RoomBookingRow.ends_at > start)
    if room is not None:
        query = query.where(RoomBookingRow.room_id == _room(uow, room).id)
    return [_record(uow, b) for b in uow.session.scalars(query.order_by(RoomBookingRow.starts_at,
                                                                         RoomBookingRow.id))]


def room_bookings(db: Database, *, start: datetime, end: datetime, room: str | None = None) -> list[RoomBookingRecord]:
    """Bookings that meet [``start``, ``end``) (of ``room``, or every room), by time."""
    return run(db, lambda uow: bookings_in(uow, start, end, room), write=False)
