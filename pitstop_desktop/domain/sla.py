"""The SLA clock (FAQ 7367): one function computes due time, time left and state for every screen."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.domain.codes import SlaClock, SlaState

DEFAULT_WARNING_RATIO = 0.75


@dataclass(frozen=True)
class SlaClass:
    code: str
    name: str
    target_minutes: int
    clock: SlaClock
    position: int = 0


DEFAULT_SLA_CLASSES: tuple[SlaClass, ...] = (
    SlaClass("IS", "IS", 30, SlaClock.BUSINESS, 1),
    SlaClass("URGENTE", "Urgente", 60, SlaClock.BUSINESS, 2),
    SlaClass("2H", "2 Horas", 120, SlaClock.BUSINESS, 3),
    SlaClass("4H", "4 Horas", 240, SlaClock.BUSINESS, 4),
    SlaClass("24H", "24 Horas", 24 * 60, SlaClock.CALENDAR, 5),
    SlaClass("72H", "72 Horas", 72 * 60, SlaClock.CALENDAR, 6),
    SlaClass("10D", "10 Dias", 10 * 24 * 60, SlaClock.CALENDAR, 7),
)


@dataclass(frozen=True)
class SlaReading:
    due_at: datetime
    remaining_minutes: int
    state: SlaState
    used_ratio: float


def due_at(sla: SlaClass, calendar: BusinessCalendar, opened_at: datetime) -> datetime:
    if sla.clock == SlaClock.BUSINESS:
        return calendar.add_business_minutes(opened_at, sla.target_minutes)
    return opened_at.astimezone(UTC) + timedelta(minutes=sla.target_minutes)


def _elapsed_minutes(sla: SlaClass, calendar: BusinessCalendar, start: datetime, end: datetime) -> float:
    if sla.clock == SlaClock.BUSINESS:
        return calendar.business_minutes_between(start, end)
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 60


def remaining_minutes(sla: SlaClass, calendar: BusinessCalendar, opened_at: datetime, moment: datetime) -> int:
    """:func:`read_sla`'s ``remaining_minutes`` of an open OC at ``moment``, the same arithmetic without the due
    time and the state (a board works those out once per OC, and this once per shown row per second)."""
    return math.floor(sla.target_minutes - _elapsed_minutes(sla, calendar, opened_at, moment))


def read_sla(
    sla: SlaClass,
    calendar: BusinessCalendar,
    opened_at: datetime,
    now: datetime,
    closed_at: datetime | None = None,
    warning_ratio: float = DEFAULT_WARNING_RATIO,
) -> SlaReading:
    """Due time, minutes left (negative once breached) and state of an OC's SLA at ``now``.

    A closed OC is judged at its closing time: ``met`` when closed by the due time, else ``missed``.
    Breach is measured on the class's own clock: a business-clock OC due at closing time has 0 minutes
    left overnight and breaches with the next business minute, so state and minutes never disagree.
    """
    due = due_at(sla, calendar, opened_at)
    moment = closed_at if closed_at is not None else now
    elapsed = _elapsed_minutes(sla, calendar, opened_at, moment)
    left = sla.target_minutes - elapsed
    remaining = math.floor(left)
    ratio = elapsed / sla.target_minutes if sla.target_minutes else 1.0
    if closed_at is not None:
        state = SlaState.MET if closed_at <= due else SlaState.MISSED
    elif left < 0:
        state = SlaState.BREACHED
    elif ratio >= warning_ratio:
        state = SlaState.WARNING
    else:
        state = SlaState.ON_TRACK
    return SlaReading(due_at=due, remaining_minutes=remaining, state=state, used_ratio=ratio)


@dataclass(frozen=True)
class SlaMilestones:
    """The two instants where an open OC's state changes, computed once so a board can tick thousands cheaply."""

    warning_at: datetime
    due_at: datetime
    breach_at: datetime

    def state_at(self, now: datetime) -> SlaState:
        if now >= self.breach_at:
            return SlaState.BREACHED
        if now >= self.warning_at:
            return SlaState.WARNING
        return SlaState.ON_TRACK


_EPSILON_MINUTES = 1 / 60_000  # a millisecond: the first instant past the target on the class's own clock
_EPSILON = timedelta(minutes=_EPSILON_MINUTES)


def milestones(
    sla: SlaClass, calendar: BusinessCalendar, opened_at: datetime, warning_ratio: float = DEFAULT_WARNING_RATIO
) -> SlaMilestones:
    """Agrees with :func:`read_sla`: warning once ``warning_ratio`` of the target is used, breached once the
    target is exceeded (for a business clock due at closing time, that is the next business minute)."""
    return SlaMilestones(*milestone_instants(sla, calendar, opened_at, warning_ratio))


def milestone_instants(
    sla: SlaClass, calendar: BusinessCalendar, opened_at: datetime, warning_ratio: float = DEFAULT_WARNING_RATIO
) -> tuple[datetime, datetime, datetime]:
    """(warning, due, breach) of :func:`milestones` as a bare tuple, for callers that work out thousands.

    The board's rows need them for every open OC on each full refresh; the three offsets of a class are
    built once (:func:`_offsets`) and a business clock walks its days once for all three instants, with the
    same results as three separate walks.
    """
    warn_after, due_after, breach_after = _offsets(sla.target_minutes, warning_ratio)
    if sla.clock == SlaClock.BUSINESS:
        warn, due, breach = calendar.add_business_time(opened_at, (warn_after, due_after, breach_after))
        return warn, due, breach
    start = opened_at.astimezone(UTC)
    due = start + due_after
    return start + warn_after, due, due + _EPSILON


@lru_cache(maxsize=256)
def _offsets(target_minutes: int, warning_ratio: float) -> tuple[timedelta, timedelta, timedelta]:
    """Warning, due and breach offsets of a class: business time for a business clock, else calendar time
    (where breach is ``due + epsilon``, added to the due instant as before)."""
    return (timedelta(minutes=target_minutes * warning_ratio), timedelta(minutes=target_minutes),
            timedelta(minutes=target_minutes + _EPSILON_MINUTES))
