"""The technician's seat (issue 9): everything one person needs to see about their own day, in one read — the
offers made to them, the OCs they hold with their SLA, and their appointments (FAQ 7037) today and this week.

Attendants resolve calls too, so the seat is anyone's; what they may do from it stays the services' to decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import BookingRow, ClientRow, OccurrenceRow, OfferRow, PresenceRow, RosterRow, StaffRow
from pitstop_desktop.domain import rules
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import OfferAnswer, Status
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.services import people
from pitstop_desktop.services.occurrence_records import occurrence_record, occurrence_records_for
from pitstop_desktop.services.occurrences import check_not_awaiting
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_occurrence, get_staff, run
from pitstop_desktop.services.workflow import (
    change_occurrence,
    check_owner,
    free_booking,
    is_retry,
    withdraw_pending_offers,
)


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


class EndOfDay(StrEnum):
    """What to do with the OCs I still hold when my day ends."""

    KEEP = "keep"
    HAND_BACK = "hand_back"
    SEND_TO_APOIO = "send_to_apoio"


@dataclass(frozen=True)
class DayEnded:
    moved: tuple[int, ...]  # handed back or sent to APOIO
    kept: tuple[tuple[int, str], ...]  # (OC, why it stayed: a refusal in words' code) — awaiting a manager …


@dataclass(frozen=True)
class PresenceToday:
    """Where a person's day stands: their last presence event today, whether they are rostered today, and how
    many OCs they hold (what signing in and quitting ask about)."""

    last: str | None
    rostered: bool
    holding: int


def _today_start(uow: UnitOfWork) -> datetime:
    tz = uow.policy.calendar.tz
    return datetime.combine(uow.at.astimezone(tz).date(), time(0, 0), tzinfo=tz)


def _last_presence(uow: UnitOfWork, staff_id: int) -> str | None:
    return uow.session.scalar(
        select(PresenceRow.kind).where(PresenceRow.staff_id == staff_id, PresenceRow.at >= _today_start(uow),
                                       PresenceRow.at <= uow.at)
        .order_by(PresenceRow.at.desc(), PresenceRow.id.desc()).limit(1))


def presence_today(db: Database, login: str, *, at: datetime | None = None) -> PresenceToday:
    def work(uow: UnitOfWork) -> PresenceToday:
        me = get_staff(uow.session, login)
        today = uow.at.astimezone(uow.policy.calendar.tz).date()
        rostered = uow.session.scalar(
            select(RosterRow.id).where(RosterRow.staff_id == me.id, RosterRow.day == today)) is not None
        holding = len(uow.session.scalars(select(OccurrenceRow.id).where(
            OccurrenceRow.assignee_id == me.id, OccurrenceRow.status != Status.CLOSED.value)).all())
        return PresenceToday(_last_presence(uow, me.id), rostered, holding)

    return run(db, work, at, write=False)


def hand_back(db: Database, number: int, *, actor: str, at: datetime | None = None) -> OccurrenceRecord:
    """I give an OC I hold back to its tab (the end of my day): nobody's again, open, where it was, so the tab's
    people are offered it (R4). Only its owner or management (R9); a slot not yet begun is freed (R10)."""

    def work(uow: UnitOfWork) -> OccurrenceRecord:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        if oc.assignee_id is None and is_retry(uow, oc, person, "handed_back"):
            return occurrence_record(uow, oc)
        rules.check_open(oc.number, oc.status, "forward")
        check_not_awaiting(uow, oc, "forward")
        check_owner(uow, oc, person, "forward")
        withdraw_pending_offers(uow, oc)
        free_booking(uow, oc, person.login)
        change_occurrence(uow, oc, status=Status.OPEN.value, assignee_id=None)
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "handed_back", f"devolvida à aba {oc.tab}",
                   occurrence_id=oc.id, after={"tab": oc.tab, "status": oc.status})
        return occurrence_record(uow, oc)

    return run(db, work, at)


def end_my_day(
    db: Database, *, actor: str, choice: EndOfDay, logout: bool, at: datetime | None = None
) -> DayEnded:
    """The OCs I hold handed back or sent to APOIO (each its own use case: one refused stays mine, said why), then,
    when asked, my logout."""
    from pitstop_desktop.services import apoio  # only here: the presence bar imports this module for its first paint

    day = my_day(db, actor, at=at)
    moved: list[int] = []
    kept: list[tuple[int, str]] = []
    if choice is not EndOfDay.KEEP:
        for record in day.mine:
            try:
                if choice is EndOfDay.HAND_BACK:
                    hand_back(db, record.number, actor=actor, at=at)
                else:
                    apoio.send(db, record.number, actor=actor, reason=f"fim do dia de {actor}", at=at)
                moved.append(record.number)
            except PitstopError as refusal:
                kept.append((record.number, refusal.code))
    if logout:
        people.record_presence(db, login=actor, kind="logout", at=at)
    return DayEnded(tuple(moved), tuple(kept))


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
        return SeatDay(me.login, offers, mine, appointments, _last_presence(uow, me.id))

    return run(db, work, at, write=False)
