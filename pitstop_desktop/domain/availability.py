"""Who can take an OC now: roster, presence, the seats' signal and rule R4 (login and lunch before handing over).

This is the one definition of "available" (disponível): the offer (R4), everyone-refused (R5), the technician
picker, the timeline's counts and the appointment slots all ask :func:`availability`. Available means logged in,
not at lunch, the planned shift not over (a person who stayed logged in after it ended is not offered work) and,
when the person has a Pit Stop window open, that window still reporting (:data:`SIGNAL_TIMEOUT`). Busy with
another OC is still available: R4 does not refuse it, the picker shows the current job.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from pitstop_desktop.domain.codes import PresenceKind
from pitstop_desktop.domain.errors import Field, RuleViolation

WARNING_WINDOW = timedelta(minutes=15)
HEARTBEAT_EVERY = timedelta(minutes=1)
"""How often a window reports that it is alive (a seat's heartbeat is written at most this often)."""
SIGNAL_TIMEOUT = timedelta(minutes=5)
"""A logged-in person whose every seat has been silent this long is "sem sinal": not offered work."""


class PresenceState(StrEnum):
    OFFLINE = "offline"
    ONLINE = "online"
    AT_LUNCH = "at_lunch"


@dataclass(frozen=True)
class RosterDay:
    """A person's planned day; all times aware."""

    shift_start: datetime
    shift_end: datetime
    lunch_start: datetime | None = None
    lunch_end: datetime | None = None


@dataclass(frozen=True)
class PresenceEvent:
    at: datetime
    kind: PresenceKind


class AvailabilityStatus(StrEnum):
    """Whether a person can take an OC now, and if not, why (the picker's and the refusals' words)."""

    AVAILABLE = "available"
    OFFLINE = "offline"
    AT_LUNCH = "at_lunch"
    SHIFT_ENDED = "shift_ended"  # logged in, but the roster's shift is over
    NO_SIGNAL = "no_signal"  # logged in, but every seat (window) has been silent for SIGNAL_TIMEOUT


@dataclass(frozen=True)
class Availability:
    """The one answer to "can this person take an OC now?" (:func:`availability`)."""

    status: AvailabilityStatus
    state: PresenceState  # from the presence events alone
    warnings: tuple[str, ...] = ()  # R4's warnings, only for someone available
    logged_in_at: datetime | None = None  # the last login
    shift_end: datetime | None = None  # the roster's, when there is one
    last_signal: datetime | None = None  # the freshest seat heard since the last login (None: no seat)

    @property
    def available(self) -> bool:
        return self.status is AvailabilityStatus.AVAILABLE

    @property
    def signal_until(self) -> datetime | None:
        """When the person turns "sem sinal" if no seat reports again (None: no seat, nothing to lose)."""
        return self.last_signal + SIGNAL_TIMEOUT if self.last_signal is not None else None


def presence_state(events: Sequence[PresenceEvent], now: datetime) -> tuple[PresenceState, datetime | None]:
    """State after the last event at or before ``now``, with the time of the last login."""
    state, login_at = PresenceState.OFFLINE, None
    for event in sorted(events, key=lambda e: e.at):
        if event.at > now:
            break
        state = _AFTER[event.kind]
        if event.kind == PresenceKind.LOGIN:
            login_at = event.at
    return state, login_at


_AFTER = {PresenceKind.LOGIN: PresenceState.ONLINE, PresenceKind.BACK: PresenceState.ONLINE,
          PresenceKind.LUNCH: PresenceState.AT_LUNCH, PresenceKind.LOGOUT: PresenceState.OFFLINE}


def next_presence_allowed(current: PresenceState, kind: PresenceKind) -> bool:
    """Presence moves login → lunch → back → logout; anything else is a mistake to report."""
    allowed = {
        PresenceKind.LOGIN: {PresenceState.OFFLINE},
        PresenceKind.LUNCH: {PresenceState.ONLINE},
        PresenceKind.BACK: {PresenceState.AT_LUNCH},
        PresenceKind.LOGOUT: {PresenceState.ONLINE, PresenceState.AT_LUNCH},
    }
    return current in allowed[kind]


def _hhmm(moment: datetime, tz: tzinfo | None) -> str:
    return moment.astimezone(tz).strftime("%H:%M")


def upcoming_warnings(roster: RosterDay | None, now: datetime, tz: tzinfo | None = None) -> tuple[str, ...]:
    """R4's warnings: a planned lunch or shift end within 15 minutes (not a refusal).

    Times are shown in ``tz`` (the calendar's zone), else in the zone of ``now``.
    """
    tz = tz or now.tzinfo
    if roster is None:
        return ()
    warnings = []
    if roster.lunch_start is not None and now <= roster.lunch_start <= now + WARNING_WINDOW:
        minutes = int((roster.lunch_start - now).total_seconds() // 60)
        warnings.append(f"R4: almoço previsto às {_hhmm(roster.lunch_start, tz)} "
                        f"(em {minutes} min)")
    if now <= roster.shift_end <= now + WARNING_WINDOW:
        minutes = int((roster.shift_end - now).total_seconds() // 60)
        warnings.append(f"R4: fim do turno às {_hhmm(roster.shift_end, tz)} "
                        f"(em {minutes} min)")
    return tuple(warnings)


def presence_sequence_allowed(events: Sequence[PresenceEvent]) -> bool:
    """A day's events, in time order, follow login → lunch → back → logout from logged out (a correction that
    inserts an event in the past must leave the whole day in order, not only the moment it is inserted at)."""
    state = PresenceState.OFFLINE
    for event in sorted(events, key=lambda e: e.at):
        if not next_presence_allowed(state, event.kind):
            return False
        state = _AFTER[event.kind]
    return True


def last_signal(seats: Iterable[datetime], login_at: datetime | None) -> datetime | None:
    """The freshest of the seats' last reports made since ``login_at``: a seat left over from an earlier session
    (a window that crashed yesterday) says nothing about this one."""
    heard = [seen for seen in seats if login_at is not None and seen >= login_at]
    return max(heard, default=None)


def availability(
    roster: RosterDay | None, events: Sequence[PresenceEvent], now: datetime, tz: tzinfo | None = None,
    seats: Iterable[datetime] = (),
) -> Availability:
    """Can the person take an OC at ``now``? ``roster``: today's plan (None: not rostered, no shift to end);
    ``events``: today's presence; ``seats``: when each of the person's windows last reported (none: the person
    uses no window, or closed them cleanly, and has no signal to lose)."""
    state, login_at = presence_state(events, now)
    signal = last_signal(seats, login_at)
    shift_end = roster.shift_end if roster is not None else None
    if state == PresenceState.OFFLINE:
        status = AvailabilityStatus.OFFLINE
    elif state == PresenceState.AT_LUNCH:
        status = AvailabilityStatus.AT_LUNCH
    elif shift_end is not None and now >= shift_end:
        status = AvailabilityStatus.SHIFT_ENDED
    elif signal is not None and now - signal >= SIGNAL_TIMEOUT:
        status = AvailabilityStatus.NO_SIGNAL
    else:
        status = AvailabilityStatus.AVAILABLE
    warnings = upcoming_warnings(roster, now, tz) if status is AvailabilityStatus.AVAILABLE else ()
    return Availability(status, state, warnings, login_at, shift_end, signal)


def gone_for_the_day(avail: Availability) -> bool:
    """Logged in today and then logged out: no appointment is booked with them for later today (R10)."""
    return avail.status is AvailabilityStatus.OFFLINE and avail.logged_in_at is not None


def check_offer(
    name: str, tab_name: str, serves_tab: bool, avail: Availability, tz: tzinfo | None = None
) -> tuple[str, ...]:
    """R4: refuse an offer to someone outside the tab or not available now (logged out, at lunch, shift over,
    no signal from their windows); return the warnings. Times are shown in ``tz`` (the calendar's zone)."""
    if not serves_tab:
        raise RuleViolation("R4.not_in_tab", field=Field.TECHNICIAN, name=name, tab=tab_name)
    if avail.status is AvailabilityStatus.OFFLINE:
        raise RuleViolation("R4.logged_out", field=Field.TECHNICIAN, name=name)
    if avail.status is AvailabilityStatus.AT_LUNCH:
        raise RuleViolation("R4.at_lunch", field=Field.TECHNICIAN, name=name)
    if avail.status is AvailabilityStatus.SHIFT_ENDED:
        assert avail.shift_end is not None  # a shift ends only when there is one
        raise RuleViolation("R4.shift_ended", field=Field.TECHNICIAN, name=name,
                            time=_hhmm(avail.shift_end, tz or avail.shift_end.tzinfo))
    if avail.status is AvailabilityStatus.NO_SIGNAL:
        assert avail.last_signal is not None  # silent only after having been heard
        raise RuleViolation("R4.no_signal", field=Field.TECHNICIAN, name=name,
                            time=_hhmm(avail.last_signal, tz or avail.last_signal.tzinfo),
                            minutes=int(SIGNAL_TIMEOUT.total_seconds() // 60))
    return avail.warnings
