"""Presence, availability and rule R4 (check before handing over); free appointment slots (R10)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pitstop_desktop.domain.availability import (
    SIGNAL_TIMEOUT,
    WARNING_WINDOW,
    Availability,
    AvailabilityStatus,
    PresenceEvent,
    PresenceState,
    RosterDay,
    availability,
    check_offer,
    gone_for_the_day,
    next_presence_allowed,
    presence_sequence_allowed,
    presence_state,
    upcoming_warnings,
)
from pitstop_desktop.domain.codes import PresenceKind
from pitstop_desktop.domain.errors import RuleViolation
from pitstop_desktop.domain.slots import DEFAULT_SLOT_MINUTES, Slot, free_slots

SP = ZoneInfo("America/Sao_Paulo")
LOGIN, LUNCH, BACK, LOGOUT = PresenceKind.LOGIN, PresenceKind.LUNCH, PresenceKind.BACK, PresenceKind.LOGOUT
OFFLINE, ONLINE, AT_LUNCH = PresenceState.OFFLINE, PresenceState.ONLINE, PresenceState.AT_LUNCH
AVAILABLE, SHIFT_ENDED, NO_SIGNAL = (AvailabilityStatus.AVAILABLE, AvailabilityStatus.SHIFT_ENDED,
                                     AvailabilityStatus.NO_SIGNAL)


def at(hour: int, minute: int = 0, day: int = 23) -> datetime:
    """A time on Monday 2026-11-23 (or ``day``) in São Paulo."""
    return datetime(2026, 11, day, hour, minute, tzinfo=SP)


def ev(kind: PresenceKind, hour: int, minute: int = 0) -> PresenceEvent:
    return PresenceEvent(at(hour, minute), kind)


ROSTER = RosterDay(shift_start=at(8), shift_end=at(17), lunch_start=at(12), lunch_end=at(13))
DAY = [ev(LOGIN, 8), ev(LUNCH, 12), ev(BACK, 13), ev(LOGOUT, 17)]


# --------------------------------------------------------------------------- presence


@pytest.mark.parametrize(
    ("events", "now", "state", "login_at"),
    [
        ([], at(9), OFFLINE, None),
        (DAY, at(7, 59), OFFLINE, None),  # before the first event
        (DAY, at(8), ONLINE, at(8)),  # an event exactly at ``now`` counts
        (DAY, at(11, 59), ONLINE, at(8)),  # later events are ignored
        (DAY, at(12), AT_LUNCH, at(8)),
        (DAY, at(12, 30), AT_LUNCH, at(8)),
        (DAY, at(13, 30), ONLINE, at(8)),
        (DAY, at(18), OFFLINE, at(8)),  # logged out; the last login is still reported
        (list(reversed(DAY)), at(12, 30), AT_LUNCH, at(8)),  # order of the input does not matter
        ([ev(LOGIN, 8), ev(LOGOUT, 10), ev(LOGIN, 14)], at(15), ONLINE, at(14)),  # the last login
        ([ev(LOGIN, 8), ev(LUNCH, 12), ev(LOGOUT, 12, 30)], at(13), OFFLINE, at(8)),
    ],
)
def test_presence_state(
    events: list[PresenceEvent], now: datetime, state: PresenceState, login_at: datetime | None
) -> None:
    assert presence_state(events, now) == (state, login_at)


@pytest.mark.parametrize(
    ("current", "kind", "allowed"),
    [
        (OFFLINE, LOGIN, True),
        (ONLINE, LOGIN, False),
        (AT_LUNCH, LOGIN, False),
        (OFFLINE, LUNCH, False),
        (ONLINE, LUNCH, True),
        (AT_LUNCH, LUNCH, False),
        (OFFLINE, BACK, False),
        (ONLINE, BACK, False),
        (AT_LUNCH, BACK, True),
        (OFFLINE, LOGOUT, False),
        (ONLINE, LOGOUT, True),
        (AT_LUNCH, LOGOUT, True),
    ],
)
def test_next_presence_allowed(current: PresenceState, kind: PresenceKind, allowed: bool) -> None:
    assert next_presence_allowed(current, kind) is allowed


# --------------------------------------------------------------------------- R4 warnings


def test_warning_window_is_15_minutes() -> None:
    assert timedelta(minutes=15) == WARNING_WINDOW


def test_no_roster_no_warnings() -> None:
    assert upcoming_warnings(None, at(11, 50)) == ()


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(11, 44), ()),  # 16 minutes before lunch
        (at(11, 45), ("R4: almoço previsto às 12:00 (em 15 min)",)),
        (at(11, 59), ("R4: almoço previsto às 12:00 (em 1 min)",)),
        (at(12), ("R4: almoço previsto às 12:00 (em 0 min)",)),
        (at(12, 1), ()),  # lunch time already passed
        (at(16, 44), ()),
        (at(16, 45), ("R4: fim do turno às 17:00 (em 15 min)",)),
        (at(16, 50), ("R4: fim do turno às 17:00 (em 10 min)",)),
        (at(17, 1), ()),
    ],
)
def test_upcoming_warnings(now: datetime, expected: tuple[str, ...]) -> None:
    assert upcoming_warnings(ROSTER, now) == expected


def test_lunch_and_shift_end_both_warn() -> None:
    roster = RosterDay(shift_start=at(8), shift_end=at(12, 10), lunch_start=at(12), lunch_end=at(12, 5))
    warnings = upcoming_warnings(roster, at(11, 58))
    assert len(warnings) == 2
    assert all(w.startswith("R4:") for w in warnings)
    assert "almoço" in warnings[0] and "12:00" in warnings[0]
    assert "fim do turno" in warnings[1] and "12:10" in warnings[1]


def test_roster_without_lunch_only_warns_about_shift_end() -> None:
    roster = RosterDay(shift_start=at(8), shift_end=at(12))
    assert upcoming_warnings(roster, at(11, 50)) == ("R4: fim do turno às 12:00 (em 10 min)",)


def test_warning_times_are_shown_in_the_calendar_zone_even_for_utc_inputs() -> None:
    now_utc = at(11, 50).astimezone(UTC)
    roster_utc = RosterDay(*(t.astimezone(UTC) for t in (ROSTER.shift_start, ROSTER.shift_end,
                                                            ROSTER.lunch_start, ROSTER.lunch_end)))
    assert upcoming_warnings(roster_utc, now_utc, SP) == ("R4: almoço previsto às 12:00 (em 10 min)",)
    assert upcoming_warnings(roster_utc, now_utc) == ("R4: almoço previsto às 15:00 (em 10 min)",)  # UTC


# --------------------------------------------------------------------------- availability


def test_availability_online_with_warning_is_still_available() -> None:
    avail = availability(ROSTER, DAY, at(11, 50))
    assert avail.state == ONLINE
    assert avail.available is True
    assert avail.logged_in_at == at(8)
    assert avail.warnings == ("R4: almoço previsto às 12:00 (em 10 min)",)


def test_availability_online_without_warning() -> None:
    assert availability(ROSTER, DAY, at(10)) == Availability(AVAILABLE, ONLINE, (), at(8), at(17))


def test_availability_at_lunch_is_not_available_and_not_warned() -> None:
    roster = RosterDay(shift_start=at(8), shift_end=at(12, 40), lunch_start=at(12), lunch_end=at(13))
    avail = availability(roster, DAY, at(12, 30))  # shift end within 15 min, but at lunch
    assert avail.state == AT_LUNCH
    assert avail.available is False
    assert avail.warnings == ()


@pytest.mark.parametrize("now", [at(7), at(17, 30)])
def test_availability_offline(now: datetime) -> None:
    avail = availability(ROSTER, DAY, now)
    assert avail.state == OFFLINE
    assert avail.available is False
    assert avail.warnings == ()


def test_availability_without_roster() -> None:
    avail = availability(None, DAY, at(11, 50))
    assert avail.available is True
    assert avail.warnings == ()


# --------------------------------------------------------------------------- check_offer (R4)


def test_check_offer_returns_warnings_instead_of_refusing() -> None:
    avail = availability(ROSTER, DAY, at(16, 50))
    warnings = check_offer("Ana", "N1 - Rápida", True, avail)
    assert warnings == ("R4: fim do turno às 17:00 (em 10 min)",)


def test_check_offer_online_without_warnings() -> None:
    assert check_offer("Ana", "N1 - Rápida", True, availability(ROSTER, DAY, at(10))) == ()


@pytest.mark.parametrize(
    ("serves", "now", "fragment"),
    [
        (False, at(10), "não atende a aba N1 - Rápida"),  # online but not serving the tab
        (False, at(12, 30), "não atende a aba"),  # the tab check comes first
        (True, at(7), "não está logado"),
        (True, at(18), "não está logado"),
        (True, at(12, 30), "está no almoço"),
    ],
)
def test_check_offer_refusals(serves: bool, now: datetime, fragment: str) -> None:
    avail = availability(ROSTER, DAY, now)
    with pytest.raises(RuleViolation) as info:
        check_offer("Ana", "N1 - Rápida", serves, avail)
    assert info.value.rule == "R4"
    assert str(info.value).startswith("R4:")
    assert "Ana" in str(info.value)
    assert fragment in str(info.value)
    assert info.value.exit_code == 3


# --------------------------------------------------------------------------- shift over, no signal (issue 9)

ON_DUTY = [ev(LOGIN, 8), ev(LUNCH, 12), ev(BACK, 13)]  # never logged out


@pytest.mark.parametrize(("now", "status"), [(at(16, 59), AVAILABLE), (at(17), SHIFT_ENDED), (at(19), SHIFT_ENDED)])
def test_logged_in_after_the_shift_is_not_available(now: datetime, status: AvailabilityStatus) -> None:
    avail = availability(ROSTER, ON_DUTY, now)
    assert (avail.status, avail.state, avail.available) == (status, ONLINE, status is AVAILABLE)
    assert avail.shift_end == at(17)
    assert avail.warnings == (("R4: fim do turno às 17:00 (em 1 min)",) if status is AVAILABLE else ())
    if status is SHIFT_ENDED:
        with pytest.raises(RuleViolation) as info:
            check_offer("Ana", "N1 - Rápida", True, avail, SP)
        assert info.value.code == "R4.shift_ended" and info.value.exit_code == 3
        assert str(info.value).startswith("R4: o turno de Ana terminou às 17:00")


def test_without_a_roster_no_shift_ends() -> None:
    assert availability(None, ON_DUTY, at(23)).available


def test_seats_silent_for_five_minutes_mean_no_signal() -> None:
    heard = at(10)
    assert timedelta(minutes=5) == SIGNAL_TIMEOUT
    just_in_time = availability(ROSTER, ON_DUTY, heard + SIGNAL_TIMEOUT - timedelta(seconds=1), seats=[heard])
    assert just_in_time.available and just_in_time.last_signal == heard
    assert just_in_time.signal_until == heard + SIGNAL_TIMEOUT
    silent = availability(ROSTER, ON_DUTY, heard + SIGNAL_TIMEOUT, seats=[heard, at(9)])
    assert (silent.status, silent.available, silent.warnings) == (NO_SIGNAL, False, ())
    with pytest.raises(RuleViolation) as info:
        check_offer("Ana", "N1 - Rápida", True, silent, SP)
    assert info.value.code == "R4.no_signal"
    assert str(info.value).startswith("R4: Ana está sem sinal") and "desde 10:00" in str(info.value)
    # one live seat is enough; no seat at all is nothing to lose
    assert availability(ROSTER, ON_DUTY, at(10, 30), seats=[heard, at(10, 28)]).available
    assert availability(ROSTER, ON_DUTY, at(10, 30)).signal_until is None


def test_a_seat_from_before_the_login_says_nothing_about_this_session() -> None:
    relogged = [ev(LOGIN, 8), ev(LOGOUT, 9), ev(LOGIN, 10)]
    avail = availability(ROSTER, relogged, at(11), seats=[at(9, 30)])  # a window that died before the new login
    assert avail.available and avail.last_signal is None


def test_at_lunch_or_logged_out_comes_before_the_signal() -> None:
    assert availability(ROSTER, DAY, at(12, 30), seats=[at(8)]).status is AvailabilityStatus.AT_LUNCH
    assert availability(ROSTER, DAY, at(18), seats=[at(8)]).status is AvailabilityStatus.OFFLINE


def test_gone_for_the_day_is_logged_out_after_a_login() -> None:
    assert gone_for_the_day(availability(ROSTER, [ev(LOGIN, 8), ev(LOGOUT, 10)], at(11)))
    assert not gone_for_the_day(availability(ROSTER, [], at(11)))  # not in yet: maybe late
    assert not gone_for_the_day(availability(ROSTER, ON_DUTY, at(11)))


@pytest.mark.parametrize(
    ("events", "allowed"),
    [
        (DAY, True),
        ([ev(LOGIN, 8), ev(LOGOUT, 17), ev(LOGIN, 18)], True),
        ([ev(LOGIN, 8), ev(LOGOUT, 17), ev(LUNCH, 12)], True),  # order of the list does not matter, time does
        ([ev(LOGIN, 8), ev(LOGIN, 9)], False),
        ([ev(BACK, 8)], False),
        ([ev(LOGIN, 8), ev(LUNCH, 12), ev(LOGOUT, 13), ev(BACK, 14)], False),
    ],
)
def test_a_days_sequence_is_checked_whole(events: list[PresenceEvent], allowed: bool) -> None:
    assert presence_sequence_allowed(events) is allowed


# --------------------------------------------------------------------------- free slots (R10)


def starts(slots: list[Slot]) -> list[str]:
    return [s.start.astimezone(SP).strftime("%H:%M") for s in slots]


def test_free_slots_roster_minus_lunch() -> None:
    slots = free_slots("bruno", ROSTER, [])
    assert starts(slots) == ["08:00", "09:00", "10:00", "11:00", "13:00", "14:00", "15:00", "16:00"]
    assert all(s.end - s.start == timedelta(minutes=DEFAULT_SLOT_MINUTES) for s in slots)
    assert DEFAULT_SLOT_MINUTES == 60
    assert {s.technician for s in slots} == {"bruno"}
    assert slots == sorted(slots)
    assert slots[-1].end == ROSTER.shift_end


@pytest.mark.parametrize(
    ("booked", "expected"),
    [
        ([(at(9), at(10))], ["08:00", "10:00", "11:00", "13:00", "14:00", "15:00", "16:00"]),
        ([(at(9, 30), at(10))], ["08:00", "10:00", "11:00", "13:00", "14:00", "15:00", "16:00"]),
        ([(at(9, 30), at(10, 30))], ["08:00", "10:30", "13:00", "14:00", "15:00", "16:00"]),
        ([(at(9), at(10)), (at(14), at(16))], ["08:00", "10:00", "11:00", "13:00", "16:00"]),
        ([(at(7), at(8))], ["08:00", "09:00", "10:00", "11:00", "13:00", "14:00", "15:00", "16:00"]),
        ([(at(17), at(18))], ["08:00", "09:00", "10:00", "11:00", "13:00", "14:00", "15:00", "16:00"]),
        ([(at(8), at(17))], []),
    ],
)
def test_free_slots_minus_bookings(booked: list[tuple[datetime, datetime]], expected: list[str]) -> None:
    slots = free_slots("bruno", ROSTER, booked)
    assert starts(slots) == expected
    for slot in slots:  # no slot overlaps a booking or lunch
        for b_start, b_end in [*booked, (ROSTER.lunch_start, ROSTER.lunch_end)]:
            assert not (slot.start < b_end and b_start < slot.end)


def test_free_slots_accepts_bookings_in_utc() -> None:
    booked = [(at(9).astimezone(UTC), at(10).astimezone(UTC))]
    assert "09:00" not in starts(free_slots("bruno", ROSTER, booked))


def test_free_slots_custom_length() -> None:
    slots = free_slots("bruno", ROSTER, [], slot_minutes=30)
    assert len(slots) == 16
    assert starts(slots)[:3] == ["08:00", "08:30", "09:00"]
    assert "12:00" not in starts(slots) and "12:30" not in starts(slots)
    assert all(s.end - s.start == timedelta(minutes=30) for s in slots)


def test_free_slots_follow_lunch_without_gaps() -> None:
    roster = RosterDay(shift_start=at(8), shift_end=at(17), lunch_start=at(12, 30), lunch_end=at(13, 30))
    assert starts(free_slots("bruno", roster, [])) == [
        "08:00", "09:00", "10:00", "11:00", "13:30", "14:30", "15:30",
    ]


def test_free_slots_only_whole_slots() -> None:
    roster = RosterDay(shift_start=at(8), shift_end=at(11, 30))
    slots = free_slots("bruno", roster, [])
    assert starts(slots) == ["08:00", "09:00", "10:00"]
    assert slots[-1].end == at(11)


@pytest.mark.parametrize(
    ("not_before", "expected"),
    [
        (at(10), ["10:00", "11:00", "13:00", "14:00", "15:00", "16:00"]),
        (at(10, 15), ["11:00", "13:00", "14:00", "15:00", "16:00"]),
        (at(12, 10), ["13:00", "14:00", "15:00", "16:00"]),
        (at(16, 1), []),
        (at(7), ["08:00", "09:00", "10:00", "11:00", "13:00", "14:00", "15:00", "16:00"]),
    ],
)
def test_free_slots_not_before(not_before: datetime, expected: list[str]) -> None:
    assert starts(free_slots("bruno", ROSTER, [], not_before=not_before)) == expected


def test_free_slots_refuses_non_positive_length() -> None:
    # Run in a child process: the bug is an endless loop. ``not_before`` after the shift keeps it from
    # also filling memory while it spins.
    code = textwrap.dedent(
        """
        from datetime import datetime
        from zoneinfo import ZoneInfo
        from pitstop_desktop.domain.availability import RosterDay
        from pitstop_desktop.domain.errors import PitstopError
        from pitstop_desktop.domain.slots import free_slots
        tz = ZoneInfo("America/Sao_Paulo")
        roster = RosterDay(datetime(2026, 11, 23, 8, tzinfo=tz), datetime(2026, 11, 23, 17, tzinfo=tz))
        try:
            free_slots("bruno", roster, [], slot_minutes=0,
                       not_before=datetime(2026, 11, 24, tzinfo=tz))
        except (ValueError, PitstopError):
            raise SystemExit(0)
        raise SystemExit(1)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], timeout=3, check=False)
    assert result.returncode == 0
