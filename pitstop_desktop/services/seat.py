"""The technician's seat (issue 9): everything one person needs to see about their own day, in one read — the
offers made to them, the OCs they hold with their SLA, and their appointments (FAQ 7037) today and this week.

Attendants resolve calls too, so the seat is anyone's; what they may do from it stays the services' to decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import BookingRow, ClientRow, OccurrenceRow, OfferRow, PresenceRow, StaffRow
from pitstop_desktop.domain.codes import OfferAnswer, Status
from pitstop_desktop.services.occurrence_records import occurrence_records_for
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_staff, run


@dataclass(frozen=True)
class SeatOffer:
    """An offer waiting for my answer: the OC as a whole, who offered it, since when."""

    occurrence: OccurrenceRecord
    offered_by: str
    offered_at: datetime

    @property
    def number(self) -> int:
        return self.occurrence.number


@dataclass(frozen=True)
class Appointment:
    """A slot booked for me (R10, FAQ 7037)."""

    number: int
    client_name: str
    summary: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class SeatDay:
    login: str
    offers: tuple[SeatOffer, ...]
    mine: tuple[OccurrenceRecord, ...]
    appointments: tuple[Appointment, ...]
    presence: str | None = None  # my last presence event today (login, lunch, back, logout), None before any


def my_day(db: Database, login: str, *, at: datetime | None = None) -> SeatDay:
    """``login``'s pending offers (oldest first), open OCs (soonest due first) and appointments from the start of
    today to the end of this week (the business calendar's zone)."""

    def work(uow: UnitOfWork) -> SeatDay:
        me = get_staff(uow.session, login)
        session = uow.session
        offered = session.execute(
            select(OfferRow, OccurrenceRow, StaffRow.login)
            .join(OccurrenceRow, OccurrenceRow.id == OfferRow.occurrence_id)
            .join(StaffRow, StaffRow.id == OfferRow.offered_by_id)
            .where(OfferRow.to_id == me.id, OfferRow.answer == OfferAnswer.PENDING.value)
            .order_by(OfferRow.offered_at, OfferRow.id)
        ).all()
        records = {r.number: r for r in occurrence_records_for(uow, [oc for _, oc, _ in offered])}
        offers = tuple(SeatOffer(records[oc.number], by, offer.offered_at) for offer, oc, by in offered)
        held = session.scalars(select(OccurrenceRow).where(
            OccurrenceRow.assignee_id == me.id, OccurrenceRow.status != Status.CLOSED.value)).all()
        mine = tuple(sorted(occurrence_records_for(uow, list(held)), key=lambda r: (r.due_at, r.number)))
        tz = uow.policy.calendar.tz
        today = uow.at.astimezone(tz).date()
        start = datetime.combine(today, time(0, 0), tzinfo=tz)
        end = datetime.combine(today + timedelta(days=7 - today.weekday()), time(0, 0), tzinfo=tz)
        booked = session.execute(
            select(BookingRow, OccurrenceRow.number, OccurrenceRow.summary, ClientRow.name)
            .join(OccurrenceRow, OccurrenceRow.id == BookingRow.occurrence_id)
            .join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
            .where(BookingRow.technician_id == me.id, BookingRow.starts_at >= start, BookingRow.starts_at < end)
            .order_by(BookingRow.starts_at)
        ).all()
        appointments = tuple(Appointment(number, client, summary, b.starts_at, b.ends_at)
                             for b, number, summary, client in booked)
        presence = session.scalar(
            select(PresenceRow.kind).where(PresenceRow.staff_id == me.id, PresenceRow.at >= start,
                                           PresenceRow.at <= uow.at)
            .order_by(PresenceRow.at.desc(), PresenceRow.id.desc()).limit(1))
        return SeatDay(me.login, offers, mine, appointments, presence)

    return run(db, work, at, write=False)
