"""The technician timeline: each rostered person's planned day, presence, jobs and bookings, in one read.

One read-only transaction and a fixed handful of batched queries (roster, tabs, presence, occurrences, audit,
bookings, seats), so a desk of 100 people costs the same round trips as a desk of five. The rows are plain frozen
dataclasses; :func:`person_state` re-reads a row's chip at any later moment, so the console can tick it every
second without the database.

:func:`timeline` reads everyone; :func:`people` only those some OC changes touch, the same rows by the same code
for a fraction of the cost (a console's answer to a live-feed batch that moved an OC, issue 10).

"Available" is the domain's one definition (``domain.availability.availability``), asked with the row's roster,
presence and seats: :func:`row_availability`. The chips split along it — available, busy and leaving soon can take
an OC; offline, lunch, no signal and shift ended cannot — and :func:`tab_counts` gives each tab's people and
available people exactly as the offer picker counts them ("5 de 8 disponíveis").

A person goes "sem sinal" by the clock, not by a write: a row keeps ``signal_until``, the moment its windows will
have been silent too long. Heartbeats in between are not announced, so a window re-reads the day when
:func:`recheck_at` comes (a still-alive person then shows a later ``signal_until``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Integer, Row, Select, and_, any_, literal, literal_column, select, union
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import QueryableAttribute

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    AuditRow,
    BookingRow,
    ClientRow,
    OccurrenceRow,
    PresenceRow,
    RosterRow,
    StaffRow,
    StaffTabRow,
    TabRow,
)
from pitstop_desktop.domain.availability import (
    WARNING_WINDOW,
    Availability,
    AvailabilityStatus,
    PresenceEvent,
    RosterDay,
    availability,
)
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import PresenceKind, Status
from pitstop_desktop.domain.signals import Signal
from pitstop_desktop.services.presence import seats_of
from pitstop_desktop.services.unit_of_work import UnitOfWork, run

# Audit actions that give an OC an owner, and those that take it away (every one of them clears the assignee).
START_ACTIONS = ("accepted", "claimed")
RELEASE_ACTIONS = ("forwarded", "escalation_approved", "sent_to_apoio", "closed", "handed_back")
FOLLOWED_ACTIONS = frozenset(START_ACTIONS + RELEASE_ACTIONS + (
    "escalation_requested", "escalation_rejected", "booking_moved", "booking_cancelled"))
"""What an OC's change-feed row must say for the day to be read again: someone took it or let it go, or its job's
status or appointment changed. A new call, an offer, a refusal change nobody's day (issue 10: the timeline was
the heaviest read each seat made on every change)."""
_NOT_CLOSED = OccurrenceRow.status != literal_column(f"'{Status.CLOSED.value}'")  # the partial indexes' literal
_CHUNK = 2000  # ids per IN (...) list: far below SQLite's and PostgreSQL's bind-parameter limits
_FEW = 50  # ids an IN (...) list names on PostgreSQL; more are one array parameter (_among)

# The columns the reads select (strings: only the type checker reads them).
_RosterRow: TypeAlias = "Row[int, str, str, str, str, datetime, datetime, datetime | None, datetime | None]"
_BookingRow: TypeAlias = "Row[int, datetime, datetime, int]"
_OcRow: TypeAlias = ("Row[int, int, str, datetime, datetime | None, str, int | None, str, int | None, datetime | None, "
                     "datetime | None]")


class PersonState(StrEnum):
    """The status chip of a timeline row."""

    AVAILABLE = "available"
    BUSY = "busy"
    LUNCH = "lunch"
    OFFLINE = "offline"
    LEAVING_SOON = "leaving_soon"
    NO_SIGNAL = "no_signal"  # logged in, but their windows have been silent too long: not offered work
    SHIFT_ENDED = "shift_ended"  # still logged in after the roster's shift end: not offered work


class SpanKind(StrEnum):
    WORK = "work"
    LUNCH = "lunch"


@dataclass(frozen=True, slots=True)
class PresenceSpan:
    """Logged in (``work``) or at lunch, from ``start`` to ``end`` (``None``: still going)."""

    kind: str
    start: datetime
    end: datetime | None


@dataclass(frozen=True, slots=True)
class JobSpan:
    """The time a person held an OC: from accepting/claiming it (or the booked slot's start) to letting it go."""

    number: int
    start: datetime
    end: datetime | None
    sla_code: str
    opened_at: datetime
    closed_at: datetime | None
    status: str
    client: str = ""
    appointment: bool = False

    @property
    def live(self) -> bool:
        return self.end is None


@dataclass(frozen=True, slots=True)
class BookingSpan:
    """An appointment (FAQ 7037) booked on this person's day."""

    number: int
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One person on the day's roster. Times are aware UTC; planned times come from the roster."""

    login: str
    name: str
    role: str
    site: str
    tabs: tuple[str, ...]
    group: str | None  # the first tab served; None for people without a tab (management)
    shift_start: datetime
    shift_end: datetime
    lunch_start: datetime | None
    lunch_end: datetime | None
    presence: tuple[PresenceSpan, ...]
    jobs: tuple[JobSpan, ...]
    bookings: tuple[BookingSpan, ...]
    state: str
    logged_in_at: datetime | None = None
    seats: tuple[datetime, ...] = ()  # when each of the person's windows last reported (none: no window open)
    available: bool = False  # at the moment read (domain.availability; :func:`row_availability` at any other)
    signal_until: datetime | None = None  # when the person turns "sem sinal" unless a window reports again


@dataclass(frozen=True, slots=True)
class TabCount:
    """A tab's people on the day's roster and how many of them are available now (the picker's "N de M")."""

    people: int
    available: int


_UNAVAILABLE_CHIP = {
    AvailabilityStatus.OFFLINE: PersonState.OFFLINE,
    AvailabilityStatus.AT_LUNCH: PersonState.LUNCH,
    AvailabilityStatus.NO_SIGNAL: PersonState.NO_SIGNAL,
    AvailabilityStatus.SHIFT_ENDED: PersonState.SHIFT_ENDED,
}


def presence_events(row: TimelineRow) -> tuple[PresenceEvent, ...]:
    """The row's presence spans as the events that made them (login, lunch, back, logout), for the domain."""
    events: list[PresenceEvent] = []
    previous: PresenceSpan | None = None
    for span in row.presence:
        if previous is not None and previous.end is not None and previous.end != span.start:
            events.append(PresenceEvent(previous.end, PresenceKind.LOGOUT))
        if span.kind == SpanKind.LUNCH:
            kind = PresenceKind.LUNCH
        elif previous is not None and previous.kind == SpanKind.LUNCH and previous.end == span.start:
            kind = PresenceKind.BACK
        else:
            kind = PresenceKind.LOGIN
        events.append(PresenceEvent(span.start, kind))
        previous = span
    if previous is not None and previous.end is not None:
        events.append(PresenceEvent(previous.end, PresenceKind.LOGOUT))
    return tuple(events)


def row_availability(row: TimelineRow, now: datetime) -> Availability:
    """The domain's one answer for this row at ``now``: what the offer, the picker and R5 would say."""
    roster = RosterDay(row.shift_start, row.shift_end, row.lunch_start, row.lunch_end)
    return availability(roster, presence_events(row), now, seats=row.seats)


def is_available(row: TimelineRow, now: datetime) -> bool:
    return row_availability(row, now).available


def person_state(row: TimelineRow, now: datetime) -> PersonState:
    """The chip at ``now`` from the row alone: why someone cannot take an OC (offline, lunch, no signal, shift
    ended) first; for someone who can, leaving soon, busy or available."""
    avail = row_availability(row, now)
    if not avail.available:
        return _UNAVAILABLE_CHIP[avail.status]
    if now <= row.shift_end <= now + WARNING_WINDOW:
        return PersonState.LEAVING_SOON
    if any(_working_on(job, now) for job in row.jobs):
        return PersonState.BUSY
    return PersonState.AVAILABLE


def owner_alert(row: TimelineRow, now: datetime) -> Signal | None:
    """Whether someone holding OCs is gone: logged out after logging in today (``owner_ended``) or logged in with
    silent windows (``owner_no_signal``); None otherwise (at lunch, or never came: the roster says so)."""
    state = person_state(row, now)
    if state == PersonState.NO_SIGNAL:
        return Signal.OWNER_NO_SIGNAL
    if state == PersonState.OFFLINE and row.logged_in_at is not None and row.logged_in_at <= now:
        return Signal.OWNER_ENDED
    return None


def held_in_progress(row: TimelineRow, now: datetime) -> tuple[int, ...]:
    """The OCs ``row``'s person holds in progress at ``now`` (live jobs, not appointments still to come)."""
    return tuple(job.number for job in row.jobs
                 if job.live and job.start <= now and job.status == Status.IN_PROGRESS)


def tab_counts(rows: Iterable[TimelineRow], now: datetime) -> dict[str | None, TabCount]:
    """Per tab: the people on the roster who serve it and how many of them are available at ``now`` — what the
    offer picker counts for that tab. Someone who serves two tabs counts in both; people without a tab under None."""
    people: dict[str | None, int] = defaultdict(int)
    available: dict[str | None, int] = defaultdict(int)
    for row in rows:
        free = is_available(row, now)
        for tab in row.tabs or (None,):
            people[tab] += 1
            available[tab] += free
    return {tab: TabCount(count, available[tab]) for tab, count in people.items()}


def recheck_at(rows: Iterable[TimelineRow], now: datetime) -> datetime | None:
    """The next moment someone shown available would turn "sem sinal" by the clock alone: re-read the day then,
    since their windows may have reported meanwhile (heartbeats are not announced)."""
    moments = [avail.signal_until for avail in (row_availability(row, now) for row in rows)
               if avail.available and avail.signal_until is not None]
    return min(moments, default=None)


def _working_on(job: JobSpan, now: datetime) -> bool:
    return job.live and job.start <= now and (job.status == Status.IN_PROGRESS or job.appointment)


def timeline(db: Database, *, day: date | None = None, at: datetime | None = None) -> list[TimelineRow]:
    """Everyone on the roster of ``day`` (default: the day of ``at`` in the calendar's zone), as seen at ``at``."""
    return run(db, lambda uow: build_timeline(uow, day), at, write=False)


def build_timeline(uow: UnitOfWork, day: date | None = None) -> list[TimelineRow]:
    frame = _Day.read(uow, day)
    if not frame.roster:
        return []
    ids = list(frame.login_of)
    bookings = _bookings(uow, frame, ids)
    # Every OC someone on the roster may have held today: still assigned to them, moved, closed or handed back
    # today, or booked today. Moving (forward, escalation, APOIO) resets tab_since, closing sets closed_at and a
    # hand-back is found in the audit trail (migration 0009), so an OC held and let go today matches one of these.
    # One union of index seeks rather than one OR, which PostgreSQL answers by scanning every OC the office
    # ever had (migration 0008 holds the indexes; ``status <> 'closed'`` is spelled as the partial index's literal).
    # The last two are the slow ones on a long history (every OC closed or moved today): :func:`people` never
    # needs them.
    occurrences = _occurrences(uow, frame, and_(_NOT_CLOSED, OccurrenceRow.assignee_id.in_(ids)),
                               and_(OccurrenceRow.closed_at >= frame.lo, OccurrenceRow.closed_at < frame.hi),
                               OccurrenceRow.tab_since >= frame.lo,
                               OccurrenceRow.id.in_(select(AuditRow.occurrence_id).where(
                                   AuditRow.action == "handed_back", AuditRow.at >= frame.lo,
                                   AuditRow.at < frame.hi)),
                               OccurrenceRow.id.in_([b.occurrence_id for b in bookings] or [-1]))
    jobs = _jobs(uow, frame, occurrences, _audit(uow, occurrences))
    rows = _rows(uow, frame, frame.roster, occurrences, jobs, bookings)
    rows.sort(key=_order(_tab_positions(uow)))
    return rows


@dataclass(frozen=True, slots=True)
class PeopleRows:
    """Fresh rows of the people some OC changes touched (:func:`people`), for a list of ``day``'s rows."""

    day: date
    rows: tuple[TimelineRow, ...]
    tab_positions: Mapping[str, int]  # what orders the rows (:func:`build_timeline`'s order)

    def merged_into(self, shown: Iterable[TimelineRow]) -> list[TimelineRow]:
        """``shown`` with these people's rows in place of theirs, and anyone new where the full read puts them."""
        fresh = {row.login: row for row in self.rows}
        merged = [fresh.pop(row.login, row) for row in shown]
        if fresh:
            merged.extend(fresh.values())
            merged.sort(key=_order(self.tab_positions))  # stable: the shown rows are in this order already
        return merged


def people(db: Database, changed: Collection[int], shown: Iterable[TimelineRow] = (), *,
           day: date | None = None, at: datetime | None = None) -> PeopleRows:
    """The rows :func:`timeline` would give now for only the people changes to OCs ``changed`` (ids) touch.

    ``shown``: the rows the caller shows (of ``day``, read by :func:`timeline` and kept up to date with this).
    Touched are whoever held those OCs today, holds them or is booked on them now, and whoever ``shown`` has
    with one of them on their row (a booking moved or cancelled takes it off). Each of them is read whole, but
    the OCs they held today come from index seeks only — open ones assigned to them, the changed ones, those
    their ``shown`` row already has (an OC let go earlier today was on it since), those booked on them today —
    never the "every OC closed or moved today" scans of the full read, which are what grows with the office
    (issue 10). People not on ``day``'s roster are left out.
    """
    ids = list(changed)
    rows = list(shown)
    return run(db, lambda uow: build_people(uow, ids, rows, day), at, write=False)


def build_people(uow: UnitOfWork, changed: Collection[int], shown: Iterable[TimelineRow] = (),
                 day: date | None = None) -> PeopleRows:
    frame = _Day.read(uow, day)
    if not frame.roster or not changed:
        return PeopleRows(frame.day, (), {})
    # The changed OCs and their trails first: who they touch.
    occurrences = _occurrences(uow, frame, OccurrenceRow.id.in_(list(changed)))
    audit = _audit(uow, occurrences)
    numbers = {oc.number for oc in occurrences.values()}
    on_rows = {row.login: {job.number for job in row.jobs} | {b.number for b in row.bookings} for row in shown}
    touched: set[int | None] = set(_jobs(uow, frame, occurrences, audit))  # held them today
    touched |= {oc.assignee_id for oc in occurrences.values()} | {oc.booked_to for oc in occurrences.values()}
    touched |= {frame.id_of.get(login) for login, held in on_rows.items() if held & numbers}
    ids = sorted(staff_id for staff_id in touched if staff_id is not None and staff_id in frame.login_of)
    if not ids:
        return PeopleRows(frame.day, (), {})
    # Then every other OC they held today, by index seeks only (see :func:`people`).
    bookings = _bookings(uow, frame, ids)
    seeks = [and_(_NOT_CLOSED, OccurrenceRow.assignee_id.in_(ids))]
    held = set().union(*(on_rows.get(frame.login_of[staff_id], ()) for staff_id in ids)) - numbers
    if held:
        seeks.append(OccurrenceRow.number.in_(sorted(held)))
    if bookings:
        seeks.append(OccurrenceRow.id.in_([b.occurrence_id for b in bookings]))
    more = {oc_id: oc for oc_id, oc in _occurrences(uow, frame, *seeks).items() if oc_id not in occurrences}
    audit.update(_audit(uow, more))
    occurrences.update(more)
    jobs = _jobs(uow, frame, occurrences, audit)  # everyone who held these OCs today; the rows take their own
    wanted = set(ids)
    people_rows = _rows(uow, frame, [r for r in frame.roster if r.id in wanted], occurrences, jobs, bookings)
    return PeopleRows(frame.day, tuple(people_rows), _tab_positions(uow))


@dataclass(frozen=True, slots=True)
class OcSpans:
    """Where some OCs are on ``day``'s timeline at a moment (:func:`oc_spans`): every person's spans and bookings of
    them, by login. Applied to the rows shown, it gives what :func:`timeline` would give now (issue 10: the
    timeline answers a take or a release with two small reads riding the live feed, not a person's whole day)."""

    day: date
    numbers: frozenset[int]
    jobs: Mapping[str, tuple[JobSpan, ...]]
    bookings: Mapping[str, tuple[BookingSpan, ...]]

    def applied_to(self, shown: Iterable[TimelineRow], now: datetime) -> list[TimelineRow]:
        """``shown`` (rows of ``day``) with these OCs' spans in place of the ones they had, chips worked out at
        ``now`` for the rows that changed; everything else as it was."""
        rows = []
        for row in shown:
            jobs, bookings = self.jobs.get(row.login, ()), self.bookings.get(row.login, ())
            if not jobs and not bookings and not any(job.number in self.numbers for job in row.jobs) \
                    and not any(booking.number in self.numbers for booking in row.bookings):
                rows.append(row)
                continue
            kept_jobs = [job for job in row.jobs if job.number not in self.numbers] + list(jobs)
            kept_bookings = [b for b in row.bookings if b.number not in self.numbers] + list(bookings)
            rows.append(_with_state(replace(
                row, jobs=tuple(sorted(kept_jobs, key=_job_order)),
                bookings=tuple(sorted(kept_bookings, key=lambda b: b.start))), now))
        return rows


def oc_spans(uow: UnitOfWork, changed: Collection[int], day: date, at: datetime) -> OcSpans:
    """The OCs ``changed`` (ids) on ``day``'s timeline as seen at ``at``: two reads by id (the OCs with their
    appointment of the day, their takes and releases), in a transaction already open — a live-feed rider's read.

    No roster, presence or seat is read: only these OCs' spans change, and a person's row keeps the rest (a change
    of presence, roster or booking re-reads the whole day, ``TimelineWidget.follow``)."""
    frame = _Day.bounds(uow, day)
    occurrences: dict[int, Any] = {}  # _OcRow with the slot's end and the booked login
    for among in _among(uow, OccurrenceRow.id, sorted(changed)):
        occurrences.update((row.id, row) for row in uow.session.execute(
            _oc_select(frame, at)
            .add_columns(BookingRow.ends_at.label("slot_end"), StaffRow.login.label("booked_login"))
            # the booked technician's login only when they are on the day's roster, as the full read has it
            .outerjoin(RosterRow, and_(RosterRow.staff_id == BookingRow.technician_id, RosterRow.day == day))
            .outerjoin(StaffRow, and_(StaffRow.id == RosterRow.staff_id, StaffRow.active.is_(True)))
            .where(among)))
    jobs = _spans(frame, occurrences, _audit(uow, occurrences, at) if occurrences else {}, at,
                  lambda oc: oc.booked_login)
    bookings: dict[str, list[BookingSpan]] = defaultdict(list)
    for oc in occurrences.values():
        if oc.booked_login is not None:
            bookings[oc.booked_login].append(BookingSpan(oc.number, oc.slot, oc.slot_end))
    return OcSpans(day, frozenset(oc.number for oc in occurrences.values()),
                   {login: tuple(spans) for login, spans in jobs.items()},
                   {login: tuple(spans) for login, spans in bookings.items()})


@dataclass(frozen=True, slots=True)
class _Day:
    """The day read: its bounds in the calendar's zone and its roster (every active person on it)."""

    day: date
    lo: datetime
    hi: datetime
    roster: Sequence[_RosterRow]
    login_of: dict[int, str]
    id_of: dict[str, int]

    @classmethod
    def bounds(cls, uow: UnitOfWork, day: date) -> _Day:
        """The day's bounds only (no roster read): for :func:`oc_spans`, which finds people by login."""
        lo = datetime.combine(day, datetime.min.time(), tzinfo=uow.policy.calendar.tz)
        return cls(day, lo, lo + timedelta(days=1), (), {}, {})

    @classmethod
    def read(cls, uow: UnitOfWork, day: date | None) -> _Day:
        tz = uow.policy.calendar.tz
        day = day or uow.at.astimezone(tz).date()
        lo = datetime.combine(day, datetime.min.time(), tzinfo=tz)
        roster = uow.session.execute(
            select(StaffRow.id, StaffRow.login, StaffRow.name, StaffRow.role, StaffRow.site, RosterRow.shift_start,
                   RosterRow.shift_end, RosterRow.lunch_start, RosterRow.lunch_end)
            .join(RosterRow, RosterRow.staff_id == StaffRow.id)
            .where(RosterRow.day == day, StaffRow.active.is_(True))
        ).all()
        return cls(day, lo, lo + timedelta(days=1), roster, {r.id: r.login for r in roster},
                   {r.login: r.id for r in roster})


def _bookings(uow: UnitOfWork, frame: _Day, ids: Sequence[int]) -> Sequence[_BookingRow]:
    """These people's appointments of the day."""
    return uow.session.execute(
        select(BookingRow.technician_id, BookingRow.starts_at, BookingRow.ends_at, BookingRow.occurrence_id)
        .where(BookingRow.technician_id.in_(ids), BookingRow.starts_at >= frame.lo, BookingRow.starts_at < frame.hi)
        .order_by(BookingRow.starts_at)
    ).all()


def _occurrences(uow: UnitOfWork, frame: _Day, *seeks: ColumnElement[bool]) -> dict[int, _OcRow]:
    """The OCs (already opened at ``uow.at``) each of ``seeks`` finds, one union of them, with the appointment
    each has on the day (``booked_to``, ``slot``, ``booked_at``: whoever it is booked on, on the roster or not)."""
    if not seeks:
        return {}
    columns = _oc_select(frame, uow.at)
    query = columns.where(seeks[0]) if len(seeks) == 1 else union(*(columns.where(seek) for seek in seeks))
    return {row.id: row for row in uow.session.execute(query)}


def _oc_select(frame: _Day, at: datetime) -> Select[*tuple[Any, ...]]:
    """The columns of an OC its spans are made of (:data:`_OcRow`), with its client and its appointment of the day,
    for the OCs already opened at ``at``: what the day's reads and the feed rider's read (:func:`oc_spans`) select."""
    return (
        select(OccurrenceRow.id, OccurrenceRow.number, OccurrenceRow.sla_class, OccurrenceRow.opened_at,
               OccurrenceRow.closed_at, OccurrenceRow.status, OccurrenceRow.assignee_id,
               ClientRow.name.label("client"), BookingRow.technician_id.label("booked_to"),
               BookingRow.starts_at.label("slot"), BookingRow.booked_at)
        .join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
        .outerjoin(BookingRow, and_(BookingRow.occurrence_id == OccurrenceRow.id, BookingRow.starts_at >= frame.lo,
                                    BookingRow.starts_at < frame.hi))
        .where(OccurrenceRow.opened_at <= at))


def _audit(uow: UnitOfWork, occurrences: Iterable[int], at: datetime | None = None
           ) -> dict[int, list[tuple[datetime, int, str, str]]]:
    """Each OC's takes and releases up to ``at`` (default ``uow.at``): (moment, event id, actor, action)."""
    audit: dict[int, list[tuple[datetime, int, str, str]]] = defaultdict(list)
    for among in _among(uow, AuditRow.occurrence_id, list(occurrences)):
        for oc_id, moment, event_id, actor, action in uow.session.execute(
                select(AuditRow.occurrence_id, AuditRow.at, AuditRow.id, AuditRow.actor, AuditRow.action)
                .where(among, AuditRow.entity == Entity.OCCURRENCE.value,
                       AuditRow.action.in_(START_ACTIONS + RELEASE_ACTIONS), AuditRow.at <= (at or uow.at))):
            if oc_id is not None:  # always: the query asks for these OCs' events
                audit[oc_id].append((moment, event_id, actor, action))
    return audit


def _jobs(uow: UnitOfWork, frame: _Day, occurrences: Mapping[int, _OcRow],
          audit: Mapping[int, list[tuple[datetime, int, str, str]]]) -> dict[int, list[JobSpan]]:
    """Who on the roster held which of ``occurrences`` during the day, per person (by staff id)."""
    by_login = _spans(frame, occurrences, audit, uow.at,
                      lambda oc: frame.login_of.get(oc.booked_to) if oc.booked_to is not None else None)
    return {frame.id_of[login]: spans for login, spans in by_login.items() if login in frame.id_of}


def _spans(frame: _Day, occurrences: Mapping[int, _OcRow], audit: Mapping[int, list[tuple[datetime, int, str, str]]],
           at: datetime, booked_login: Callable[[_OcRow], str | None]) -> dict[str, list[JobSpan]]:
    """Who held which of ``occurrences`` during the day, seen at ``at``, per login. ``booked_login``: the login of
    the technician an OC is booked on that day when they are on its roster (a booking of someone off the roster
    gives nobody the OC)."""
    jobs: dict[str, list[JobSpan]] = defaultdict(list)
    for oc_id, oc in occurrences.items():
        closed_at = oc.closed_at if oc.closed_at is not None and oc.closed_at <= at else None
        # Seen from a past moment, an OC closed later was still being worked on then.
        status = Status.IN_PROGRESS.value if oc.closed_at is not None and closed_at is None else oc.status
        technician = booked_login(oc)
        booking = (technician, oc.slot, oc.booked_at) if technician is not None else None
        for login, start, end, appointment in _holds(sorted(audit.get(oc_id, ())), booking, at):
            if start >= frame.hi or (end is not None and end <= frame.lo):
                continue
            jobs[login].append(JobSpan(oc.number, start, end, oc.sla_class, oc.opened_at, closed_at,
                                       status, oc.client, appointment))
    return jobs


def _rows(uow: UnitOfWork, frame: _Day, roster: Sequence[_RosterRow], occurrences: Mapping[int, _OcRow],
          jobs: Mapping[int, list[JobSpan]], bookings: Sequence[_BookingRow]) -> list[TimelineRow]:
    """The rows of ``roster``'s people (in its order): their tabs, presence and seats read here, their jobs and
    bookings given."""
    session = uow.session
    ids = [r.id for r in roster]
    tabs: dict[int, list[str]] = defaultdict(list)
    for staff_id, code in session.execute(
            select(StaffTabRow.staff_id, StaffTabRow.tab_code).where(StaffTabRow.staff_id.in_(ids))
            .order_by(StaffTabRow.staff_id, StaffTabRow.position)):
        tabs[staff_id].append(code)
    seats = seats_of(uow, ids)
    events: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for staff_id, moment, kind in session.execute(
            select(PresenceRow.staff_id, PresenceRow.at, PresenceRow.kind)
            .where(PresenceRow.staff_id.in_(ids), PresenceRow.at >= frame.lo, PresenceRow.at < frame.hi,
                   PresenceRow.at <= uow.at)
            .order_by(PresenceRow.at, PresenceRow.id)):
        events[staff_id].append((moment, kind))
    booked: dict[int, list[BookingSpan]] = defaultdict(list)
    for b in bookings:
        booked_oc = occurrences.get(b.occurrence_id)
        if booked_oc is not None:
            booked[b.technician_id].append(BookingSpan(booked_oc.number, b.starts_at, b.ends_at))

    rows = []
    for r in roster:
        person_tabs = tuple(tabs.get(r.id, ()))
        spans, first_login = _presence_spans(events.get(r.id, []))
        row = TimelineRow(
            login=r.login, name=r.name, role=r.role, site=r.site, tabs=person_tabs,
            group=person_tabs[0] if person_tabs else None, shift_start=r.shift_start, shift_end=r.shift_end,
            lunch_start=r.lunch_start, lunch_end=r.lunch_end, presence=spans,
            jobs=tuple(sorted(jobs.get(r.id, []), key=_job_order)),
            bookings=tuple(booked.get(r.id, [])), state=PersonState.OFFLINE.value, logged_in_at=first_login,
            seats=tuple(sorted(seats.get(r.id, ()))),
        )
        rows.append(_with_state(row, uow.at))
    return rows


def _job_order(job: JobSpan) -> tuple[datetime, int]:
    """A row's jobs in time order (the full read's and :meth:`OcSpans.applied_to`'s alike)."""
    return job.start, job.number


def _tab_positions(uow: UnitOfWork) -> dict[str, int]:
    return {code: position for code, position in uow.session.execute(select(TabRow.code, TabRow.position))}


def _order(tab_positions: Mapping[str, int]) -> Callable[[TimelineRow], tuple[int, str, str]]:
    """The rows' order: by the tab each person serves first (people without a tab last), then by name."""
    last = max(tab_positions.values(), default=0) + 1

    def key(row: TimelineRow) -> tuple[int, str, str]:
        return (tab_positions.get(row.group, last) if row.group else last + 1, row.name.casefold(), row.login)

    return key


def _with_state(row: TimelineRow, now: datetime) -> TimelineRow:
    avail = row_availability(row, now)
    return replace(row, state=person_state(row, now).value, available=avail.available,
                   signal_until=avail.signal_until)


def _among(uow: UnitOfWork, column: QueryableAttribute[Any], ids: Sequence[int]) -> Iterable[ColumnElement[bool]]:
    """``column`` among ``ids``, one query each. Many ids on PostgreSQL: a single array parameter (``= ANY(...)``);
    an ``IN`` of the day's ~1,600 OCs cost the seat's worker about 45 ms of Python (SQLAlchemy and psycopg
    expanding and rewriting 1,600 placeholders), holding the interpreter lock while the window it was read for
    opened. A few (a live change's OCs): ``IN``, whose prepared statement's generic plan the server keeps; for
    an array of unknown length it plans again on every execution, ~0.4 ms of the server per statement, per seat.
    SQLite: ``IN`` lists of ``_CHUNK`` ids, below its parameter limit."""
    if uow.dialect == "postgresql" and len(ids) > _FEW:
        yield column == any_(literal(list(ids), ARRAY(Integer)))
        return
    for i in range(0, len(ids), _CHUNK):
        yield column.in_(ids[i:i + _CHUNK])


def _presence_spans(events: Sequence[tuple[datetime, str]]) -> tuple[tuple[PresenceSpan, ...], datetime | None]:
    """Login → lunch → back → logout as spans; the last one stays open (``end`` None) while it lasts."""
    spans: list[PresenceSpan] = []
    kind: str | None = None
    start: datetime | None = None
    first_login: datetime | None = None
    for moment, event in events:
        if kind is not None and start is not None:
            spans.append(PresenceSpan(kind, start, moment))
        kind, start = None, None
        if event == PresenceKind.LOGIN:
            first_login = first_login or moment
            kind, start = SpanKind.WORK.value, moment
        elif event == PresenceKind.BACK:
            kind, start = SpanKind.WORK.value, moment
        elif event == PresenceKind.LUNCH:
            kind, start = SpanKind.LUNCH.value, moment
    if kind is not None and start is not None:
        spans.append(PresenceSpan(kind, start, None))
    return tuple(spans), first_login


def _holds(
    events: Sequence[tuple[datetime, int, str, str]], booking: tuple[str, datetime, datetime] | None,
    at: datetime,
) -> list[tuple[str, datetime, datetime | None, bool]]:
    """Who held the OC when: (login, start, end or None, appointment?) from its audit trail and booking.

    ``booking`` is (technician, slot start, booked at): a booked OC belongs to its technician from the slot's
    start, unless it was moved or closed before then.
    """
    timeline: list[tuple[datetime, int, str, str]] = list(events)
    if booking is not None:
        tech, starts_at, booked_at = booking
        released_early = any(action in RELEASE_ACTIONS and booked_at <= moment < starts_at
                             for moment, _, _, action in events)
        if starts_at <= at and not released_early:
            timeline.append((starts_at, -1, tech, "booked_start"))
            timeline.sort()
    holds: list[tuple[str, datetime, datetime | None, bool]] = []
    owner: tuple[str, datetime, bool] | None = None
    for moment, _, actor, action in timeline:
        if action in RELEASE_ACTIONS:
            if owner is not None:
                holds.append((owner[0], owner[1], moment, owner[2]))
            owner = None
        else:
            if owner is not None:
                if owner[0] == actor:
                    continue  # the same person again (e.g. a claim after the slot began): one span
                holds.append((owner[0], owner[1], moment, owner[2]))
            owner = (actor, moment, action == "booked_start")
    if owner is not None:
        holds.append((owner[0], owner[1], None, owner[2]))
    return holds
