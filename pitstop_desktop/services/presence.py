"""Presence: login, lunch, back and logout (what R4 reads), management's corrections, and the seats' heartbeats.

Who is available now is the domain's one definition (``domain.availability.availability``); this module reads
its inputs — today's roster, today's presence events, the person's seats — for the offer, the picker, R5, the
slots and the timeline alike (:func:`availability_of`, :func:`seats_of`).

A *seat* is one running window, with a random id of its own. Each window calls :func:`heartbeat` as often as it
likes; the database is written at most once a minute per seat (:data:`~domain.availability.HEARTBEAT_EVERY`),
and the calls in between cost nothing (this process remembers when it last wrote). A heartbeat is no one's act,
so it leaves no audit event; it announces a change (so the windows re-read) only when it brings a person's signal
back, and :func:`forget_seat` (a clean exit) announces that the seat is gone. Going silent is a matter of time,
not of a write: readers compare the last signal with the clock (``Availability.signal_until``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import PresenceRow, RosterRow, SeatHeartbeatRow, StaffRow
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.availability import (
    HEARTBEAT_EVERY,
    SIGNAL_TIMEOUT,
    Availability,
    PresenceEvent,
    RosterDay,
    availability,
    next_presence_allowed,
    presence_sequence_allowed,
    presence_state,
)
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import PresenceKind
from pitstop_desktop.domain.errors import BadValue, Field, NotPermitted
from pitstop_desktop.domain.permissions import Action, can
from pitstop_desktop.services.records import PresenceRecord
from pitstop_desktop.services.unit_of_work import ADMIN, UnitOfWork, get_staff, run, utcnow

SEAT_PATTERN = re.compile(rf"[A-Za-z0-9._-]{{1,{limits.SEAT}}}")


def roster_day(row: RosterRow) -> RosterDay:
    return RosterDay(row.shift_start, row.shift_end, row.lunch_start, row.lunch_end)


def _day_start(uow: UnitOfWork, day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=uow.policy.calendar.tz)


def seats_of(uow: UnitOfWork, ids: Iterable[int]) -> dict[int, list[datetime]]:
    """When each seat of these people last reported, per person (people without a seat are left out)."""
    seats: dict[int, list[datetime]] = {}
    ids = list(ids)
    if not ids:
        return seats
    for staff_id, seen in uow.session.execute(
            select(SeatHeartbeatRow.staff_id, SeatHeartbeatRow.last_seen).where(SeatHeartbeatRow.staff_id.in_(ids))):
        seats.setdefault(staff_id, []).append(seen)
    return seats


def availability_of(uow: UnitOfWork, people: list[StaffRow]) -> dict[int, Availability]:
    """Presence, roster and seats of today (in the calendar's zone) for each person, at ``uow.at``."""
    if not people:
        return {}
    tz = uow.policy.calendar.tz
    today = uow.at.astimezone(tz).date()
    ids = [p.id for p in people]
    rosters = {r.staff_id: roster_day(r) for r in uow.session.scalars(
        select(RosterRow).where(RosterRow.day == today, RosterRow.staff_id.in_(ids)))}
    events: dict[int, list[PresenceEvent]] = {}
    for e in uow.session.scalars(select(PresenceRow).where(
            PresenceRow.staff_id.in_(ids), PresenceRow.at >= _day_start(uow, today), PresenceRow.at <= uow.at)):
        events.setdefault(e.staff_id, []).append(PresenceEvent(e.at, PresenceKind(e.kind)))
    seats = seats_of(uow, ids)
    return {p.id: availability(rosters.get(p.id), events.get(p.id, []), uow.at, tz, seats.get(p.id, ()))
            for p in people}


# Recording presence


def _kind(kind: str) -> PresenceKind:
    try:
        return PresenceKind(kind)
    except ValueError:
        raise BadValue("value.presence_event", event=kind, known=tuple(k.value for k in PresenceKind)) from None


def _day_events(uow: UnitOfWork, person: StaffRow, day: date, until: datetime | None) -> list[PresenceEvent]:
    """The person's presence events of ``day`` (in the calendar's zone), up to ``until`` when given."""
    start = _day_start(uow, day)
    query = select(PresenceRow).where(PresenceRow.staff_id == person.id, PresenceRow.at >= start,
                                      PresenceRow.at < start + timedelta(days=1))
    if until is not None:
        query = query.where(PresenceRow.at <= until)
    return [PresenceEvent(e.at, PresenceKind(e.kind)) for e in uow.session.scalars(query)]


def _append(uow: UnitOfWork, person: StaffRow, event: PresenceKind, recorder: str) -> PresenceRecord:
    """Login → lunch → back → logout, now; an event out of order is refused so the board stays true."""
    events = _day_events(uow, person, uow.at.astimezone(uow.policy.calendar.tz).date(), uow.at)
    state, _ = presence_state(events, uow.at)
    if not next_presence_allowed(state, event):
        raise BadValue("value.presence_order", login=person.login, state=state.value, event=event.value,
                       known=tuple(k.value for k in PresenceKind))
    uow.session.add(PresenceRow(staff_id=person.id, at=uow.at, kind=event.value))
    uow.session.flush()
    uow.record(recorder, Entity.PRESENCE, person.id, event.value, f"{person.login} {event.value}")
    new_state, _ = presence_state([*events, PresenceEvent(uow.at, event)], uow.at)
    return PresenceRecord(person.login, event.value, uow.at, new_state.value)


def record_presence(db: Database, *, login: str, kind: str, at: datetime | None = None) -> PresenceRecord:
    """The administrator's form (``pitstop presence LOGIN EVENT``): recorded by whoever the connection is."""
    event = _kind(kind)
    return run(db, lambda uow: _append(uow, get_staff(uow.session, login), event, ADMIN), at)


def record(
    db: Database, *, actor: str, kind: str, login: str | None = None, at: datetime | None = None
) -> PresenceRecord:
    """``actor`` records their own presence now (``login`` None or theirs); management may record someone else's."""
    event = _kind(kind)

    def work(uow: UnitOfWork) -> PresenceRecord:
        person = uow.acting(actor)
        subject = person if login is None or login == person.login else get_staff(uow.session, login)
        if subject.id != person.id and not can(person.role, Action.MANAGE_PRESENCE):
            raise NotPermitted("permission.presence_of_other", field=Field.LOGIN, login=subject.login,
                               role=person.role)
        return _append(uow, subject, event, person.login)

    return run(db, work, at)


def correct(
    db: Database, *, actor: str, login: str, kind: str, when: datetime, reason: str, at: datetime | None = None
) -> PresenceRecord:
    """Management records an event of someone's presence that happened at ``when`` (a forgotten logout, a login
    nobody recorded), with a reason: the day must stay in order, the moment must be past. The event keeps who
    corrected it, when and why, and so does its audit event."""
    event = _kind(kind)
    why = (reason or "").strip()
    if not why:
        raise BadValue("value.presence_correction_reason", field=Field.REASON)
    limits.check_text(why, limits.NOTE, subject="reason", field=Field.REASON)
    if when.tzinfo is None:
        raise BadValue("value.moment", field=Field.TIME, text=when.isoformat())
    limits.check_year(when, when.isoformat(), Field.TIME)

    def work(uow: UnitOfWork) -> PresenceRecord:
        person = uow.acting(actor)
        if not can(person.role, Action.MANAGE_PRESENCE):
            raise NotPermitted("permission.presence_of_other", field=Field.LOGIN, login=login, role=person.role)
        subject = get_staff(uow.session, login)
        tz = uow.policy.calendar.tz
        moment = when.astimezone(UTC)
        if moment > uow.at:
            raise BadValue("value.presence_correction_future", field=Field.TIME,
                           time=f"{moment.astimezone(tz):%d/%m/%Y %H:%M}")
        day = moment.astimezone(tz).date()
        events = _day_events(uow, subject, day, None)
        if not presence_sequence_allowed([*events, PresenceEvent(moment, event)]):
            raise BadValue("value.presence_correction_order", field=Field.TIME, login=subject.login,
                           event=event.value, time=f"{moment.astimezone(tz):%d/%m/%Y %H:%M}")
        uow.session.add(PresenceRow(staff_id=subject.id, at=moment, kind=event.value, reason=why,
                                    recorded_by_id=person.id, recorded_at=uow.at))
        uow.session.flush()
        uow.record(person.login, Entity.PRESENCE, subject.id, "corrected",
                   f"{subject.login} {event.value} {moment.astimezone(tz):%d/%m/%Y %H:%M}: {why}",
                   after={"login": subject.login, "kind": event.value, "at": moment, "reason": why})
        state, _ = presence_state(_day_events(uow, subject, uow.at.astimezone(tz).date(), uow.at), uow.at)
        return PresenceRecord(subject.login, event.value, moment, state.value, reason=why, recorded_by=person.login)

    return run(db, work, at)


# Seats


_written: dict[tuple[str, str, str], datetime] = {}
"""(database, login, seat) → when this process last wrote that seat's heartbeat: the calls in between are free."""


def _check_seat(seat: str) -> None:
    if not SEAT_PATTERN.fullmatch(seat or ""):
        raise BadValue("value.seat", seat=seat, limit=limits.SEAT)


def _key(db: Database, login: str, seat: str) -> tuple[str, str, str]:
    return (db.display_url, login, seat)


def heartbeat(db: Database, *, actor: str, seat: str, at: datetime | None = None) -> bool:
    """The window ``seat`` of ``actor`` is alive. Written at most once a minute per seat (True when written); in
    between, nothing is asked of the database. A heartbeat that brings the person's signal back (their first seat,
    or the first after five silent minutes) announces a presence change so the windows re-read the person."""
    _check_seat(seat)
    key = _key(db, actor, seat)
    moment = (at or (utcnow() + db.clock_offset)).astimezone(UTC)
    last = _written.get(key)
    if last is not None and timedelta(0) <= moment - last < HEARTBEAT_EVERY:
        return False

    def work(uow: UnitOfWork) -> bool:
        person = uow.acting(actor)
        rows = {r.seat: r for r in uow.session.scalars(
            select(SeatHeartbeatRow).where(SeatHeartbeatRow.staff_id == person.id))}
        mine = rows.get(seat)
        if mine is not None and timedelta(0) <= uow.at - mine.last_seen < HEARTBEAT_EVERY:
            return False  # written by this seat within the minute (another process of the same window?)
        heard = any(uow.at - SIGNAL_TIMEOUT < r.last_seen for r in rows.values())
        if mine is not None:
            mine.last_seen = uow.at
        else:
            try:
                with uow.session.begin_nested():
                    uow.session.add(SeatHeartbeatRow(staff_id=person.id, seat=seat, last_seen=uow.at))
            except IntegrityError:  # the same seat id reported at the same moment elsewhere: it is alive
                return False
        uow.session.flush()
        if not heard:
            uow.announce(Entity.PRESENCE, person.id, "signal")
        return True

    written = run(db, work, at)
    _written[key] = moment
    return written


def forget_seat(
    db: Database, *, actor: str, seat: str, login: str | None = None, at: datetime | None = None
) -> bool:
    """A clean exit: the seat stops counting (a closed window is not a lost signal). Management may forget
    someone else's stale seat (``login``). True when there was a seat to forget."""
    _check_seat(seat)

    def work(uow: UnitOfWork) -> tuple[bool, str]:
        person = uow.acting(actor)
        subject = person if login is None or login == person.login else get_staff(uow.session, login)
        if subject.id != person.id and not can(person.role, Action.MANAGE_PRESENCE):
            raise NotPermitted("permission.presence_of_other", field=Field.LOGIN, login=subject.login,
                               role=person.role)
        gone = uow.session.execute(delete(SeatHeartbeatRow).where(
            SeatHeartbeatRow.staff_id == subject.id, SeatHeartbeatRow.seat == seat)
            .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]  # a CursorResult
        if gone:
            uow.announce(Entity.PRESENCE, subject.id, "seat_closed")
        return bool(gone), subject.login

    forgotten, subject_login = run(db, work, at)
    _written.pop(_key(db, subject_login, seat), None)
    return forgotten
