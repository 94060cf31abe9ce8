"""Who can take an OC now: roster, presence and rule R4 (login and lunch before handing over)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from pitstop_desktop.domain.codes import PresenceKind
from pitstop_desktop.domain.errors import Field, RuleViolation

WARNING_WINDOW = timedelta(minutes=15)


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


@dataclass(frozen=True)
class Availability:
    state: PresenceState
    available: bool
    warnings: tuple[str, ...]
    logged_in_at: datetime | None = None


def presence_state(events: Sequence[PresenceEvent], now: datetime) -> tuple[PresenceState, datetime | None]:
    """State after the last event at or before ``now``, with the time of the last login."""
    state, login_at = PresenceState.OFFLINE, None
    for event in sorted(events, key=lambda e: e.at):
        if event.at > now:
            break
        if event.kind == PresenceKind.LOGIN:
            state, login_at = PresenceState.ONLINE, event.at
        elif event.kind == PresenceKind.BACK:
            state = PresenceState.ONLINE
        elif event.kind == PresenceKind.LUNCH:
            state = PresenceState.AT_LUNCH
        else:
            state = PresenceState.OFFLINE
    return state, login_at


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


def availability(
    roster: RosterDay | None, events: Sequence[PresenceEvent], now: datetime, tz: tzinfo | None = None
) -> Availability:
    state, login_at = presence_state(events, now)
    warnings = upcoming_warnings(roster, now, tz) if state == PresenceState.ONLINE else ()
    return Availability(state, state == PresenceState.ONLINE, warnings, login_at)


def check_offer(
    name: str, tab_name: str, serves_tab: bool, avail: Availability
) -> tuple[str, ...]:
    """R4: refuse an offer to someone outside the tab, logged out or at lunch; return warnings."""
    if not serves_tab:
        raise RuleViolation("R4.not_in_tab", field=Field.TECHNICIAN, name=name, tab=tab_name)
    if avail.state == PresenceState.OFFLINE:
        raise RuleViolation("R4.logged_out", field=Field.TECHNICIAN, name=name)
    if avail.state == PresenceState.AT_LUNCH:
        raise RuleViolation("R4.at_lunch", field=Field.TECHNICIAN, name=name)
    return avail.warnings
