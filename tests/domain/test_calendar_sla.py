"""BusinessCalendar and the SLA clock (FAQ 7367): pure domain, no database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from pitstop_desktop.domain.calendar import DEFAULT_TIMEZONE, BusinessCalendar, country_holidays
from pitstop_desktop.domain.codes import SlaClock, SlaCode, SlaState
from pitstop_desktop.domain.sla import (
    DEFAULT_SLA_CLASSES,
    DEFAULT_WARNING_RATIO,
    SlaClass,
    due_at,
    read_sla,
)

SP = ZoneInfo("America/Sao_Paulo")
CAL = BusinessCalendar()
SLA = {s.code: s for s in DEFAULT_SLA_CLASSES}


def sp(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SP)


# --------------------------------------------------------------------------- calendar: days


def test_defaults_match_domain() -> None:
    assert CAL.timezone == DEFAULT_TIMEZONE == "America/Sao_Paulo"
    assert CAL.workdays == frozenset({0, 1, 2, 3, 4})
    assert (CAL.opens, CAL.closes) == (time(8, 0), time(18, 0))
    assert CAL.holiday_country == "BR"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 19), True),  # Thursday
        (date(2026, 11, 20), False),  # Friday, Zumbi / Consciência Negra (national since 2024)
        (date(2026, 11, 21), False),  # Saturday
        (date(2026, 11, 22), False),  # Sunday
        (date(2026, 11, 23), True),  # Monday
        (date(2023, 11, 20), True),  # Monday; 20 November was not national yet in 2023
        (date(2026, 1, 1), False),  # Confraternização Universal (Thursday)
        (date(2026, 4, 3), False),  # Good Friday
        (date(2026, 4, 21), False),  # Tiradentes (Tuesday)
        (date(2026, 5, 1), False),  # Dia do Trabalho (Friday)
        (date(2026, 9, 7), False),  # Independência (Monday)
        (date(2026, 10, 12), False),  # Nossa Senhora Aparecida (Monday)
        (date(2026, 11, 2), False),  # Finados (Monday)
        (date(2026, 12, 25), False),  # Natal (Friday)
        (date(2026, 12, 24), True),  # Christmas Eve is a normal Thursday
    ],
)
def test_is_business_day_with_brazilian_holidays(day: date, expected: bool) -> None:
    assert CAL.is_business_day(day) is expected


def test_holiday_name() -> None:
    assert CAL.holiday_name(date(2026, 11, 20))  # a non-empty name
    assert "Zumbi" in CAL.holiday_name(date(2026, 11, 20))
    assert CAL.holiday_name(date(2026, 11, 19)) is None
    assert CAL.holiday_name(date(2026, 11, 21)) is None  # a weekend is not a holiday


def test_a_country_the_library_does_not_know_is_refused_as_the_library_refuses_it() -> None:
    with pytest.raises(NotImplementedError):
        country_holidays("XX")
    assert BusinessCalendar(holiday_country="BR").holiday_name(date(2026, 12, 25))  # known ones still read


def test_without_holiday_country_holidays_are_working_days() -> None:
    cal = BusinessCalendar(holiday_country=None)
    assert cal.is_business_day(date(2026, 11, 20))
    assert cal.holiday_name(date(2026, 11, 20)) is None
    assert not cal.is_business_day(date(2026, 11, 21))  # weekends still closed


def test_extra_closed_day() -> None:
    monday = date(2026, 11, 23)
    cal = BusinessCalendar(extra_closed_days=frozenset({monday}))
    assert not cal.is_business_day(monday)
    assert cal.holiday_name(monday) == "closed"
    assert cal.window(monday) is None
    # 2H opened Thu 17:00: 60 min Thursday, Fri holiday, weekend, Mon closed -> Tue 09:00
    assert cal.add_business_minutes(sp(2026, 11, 19, 17), 120) == sp(2026, 11, 24, 9)


@pytest.mark.parametrize("day", [date(2026, 11, 21), date(2026, 11, 20)])  # a Saturday, a holiday
def test_extra_open_day(day: date) -> None:
    cal = BusinessCalendar(extra_open_days=frozenset({day}))
    assert cal.is_business_day(day)
    assert cal.window(day) == (
        datetime.combine(day, time(8), tzinfo=SP),
        datetime.combine(day, time(18), tzinfo=SP),
    )


def test_extra_open_saturday_counts_for_sla() -> None:
    cal = BusinessCalendar(extra_open_days=frozenset({date(2026, 11, 21)}))
    # DOMAIN example 2 on a calendar where that Saturday is open: 10:00 + 4h = 14:00 the same day
    assert due_at(SLA["4H"], cal, sp(2026, 11, 21, 10)) == sp(2026, 11, 21, 14)


def test_custom_workdays_and_hours() -> None:
    cal = BusinessCalendar(workdays=frozenset({5}), opens=time(9), closes=time(12), holiday_country=None)
    assert cal.is_business_day(date(2026, 11, 21))  # Saturday
    assert not cal.is_business_day(date(2026, 11, 23))  # Monday
    assert cal.add_business_minutes(sp(2026, 11, 23, 10), 200) == sp(2026, 12, 5, 9, 20)


def test_window() -> None:
    opens, closes = CAL.window(date(2026, 11, 19))
    assert opens == sp(2026, 11, 19, 8)
    assert closes == sp(2026, 11, 19, 18)
    assert opens.tzinfo == SP
    assert CAL.window(date(2026, 11, 21)) is None
    assert CAL.window(date(2026, 11, 20)) is None
    assert BusinessCalendar(opens=time(18), closes=time(8)).window(date(2026, 11, 19)) is None


def test_local_converts_and_refuses_naive() -> None:
    assert CAL.local(datetime(2026, 11, 19, 20, 0, tzinfo=UTC)) == sp(2026, 11, 19, 17)
    assert CAL.local(datetime(2026, 11, 19, 20, 0, tzinfo=UTC)).tzinfo == SP
    with pytest.raises(ValueError, match="naive"):
        CAL.local(datetime(2026, 11, 19, 17, 0))


# --------------------------------------------------------------------------- calendar: minutes


@pytest.mark.parametrize(
    ("start", "minutes", "expected"),
    [
        (sp(2026, 11, 23, 9), 60, sp(2026, 11, 23, 10)),
        (sp(2026, 11, 23, 16), 120, sp(2026, 11, 23, 18)),  # exactly fills the day
        (sp(2026, 11, 23, 17, 30), 60, sp(2026, 11, 24, 8, 30)),  # overflows to the next morning
        (sp(2026, 11, 23, 6), 30, sp(2026, 11, 23, 8, 30)),  # before opening
        (sp(2026, 11, 23, 19), 10, sp(2026, 11, 24, 8, 10)),  # after closing
        (sp(2026, 11, 23, 8), 600, sp(2026, 11, 23, 18)),  # a full business day
        (sp(2026, 11, 23, 8), 601, sp(2026, 11, 24, 8, 1)),
        (sp(2026, 11, 13, 17), 120, sp(2026, 11, 16, 9)),  # Friday -> Monday
        (sp(2026, 11, 21, 10), 30, sp(2026, 11, 23, 8, 30)),  # Saturday
        (sp(2026, 11, 22, 12), 0, sp(2026, 11, 23, 8)),  # zero minutes on Sunday: next opening
        (sp(2026, 11, 19, 17), 120, sp(2026, 11, 23, 9)),  # over the 20 November holiday
        (sp(2026, 12, 24, 17), 120, sp(2026, 12, 28, 9)),  # over Christmas and the weekend
        (sp(2026, 11, 23, 9, 0), 0.5, sp(2026, 11, 23, 9, 0) + timedelta(seconds=30)),
    ],
)
def test_add_business_minutes(start: datetime, minutes: float, expected: datetime) -> None:
    result = CAL.add_business_minutes(start, minutes)
    assert result == expected
    assert result.utcoffset() == timedelta(0)  # returned in UTC


def test_add_business_minutes_accepts_other_zones() -> None:
    start_utc = datetime(2026, 11, 19, 20, 0, tzinfo=UTC)  # Thu 17:00 in São Paulo
    assert CAL.add_business_minutes(start_utc, 120) == sp(2026, 11, 23, 9)


def test_add_business_minutes_refuses_naive() -> None:
    with pytest.raises(ValueError, match="naive"):
        CAL.add_business_minutes(datetime(2026, 11, 23, 9), 10)


def test_calendar_without_working_time_does_not_loop_forever() -> None:
    cal = BusinessCalendar(workdays=frozenset())
    with pytest.raises(ValueError, match="no working time"):
        cal.add_business_minutes(sp(2026, 11, 23, 9), 1)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (sp(2026, 11, 23, 9), sp(2026, 11, 23, 10, 30), 90),
        (sp(2026, 11, 19, 17), sp(2026, 11, 23, 9), 120),  # Thu -> Mon over the holiday
        (sp(2026, 11, 23, 7), sp(2026, 11, 23, 19), 600),  # outside hours are not counted
        (sp(2026, 11, 21, 10), sp(2026, 11, 22, 20), 0),  # weekend only
        (sp(2026, 11, 20, 9), sp(2026, 11, 20, 17), 0),  # holiday only
        (sp(2026, 11, 16, 8), sp(2026, 11, 23, 8), 4 * 600),  # Mon-Thu; Fri 20 is a holiday
        (sp(2026, 11, 23, 9), sp(2026, 11, 23, 9), 0),
        (sp(2026, 11, 23, 18), sp(2026, 11, 24, 8), 0),  # overnight
        (sp(2026, 11, 23, 9), sp(2026, 11, 23, 9) + timedelta(seconds=90), 1.5),
    ],
)
def test_business_minutes_between(start: datetime, end: datetime, expected: float) -> None:
    assert CAL.business_minutes_between(start, end) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (sp(2026, 11, 23, 9), sp(2026, 11, 19, 17), -(60 + 60)),
        (sp(2026, 11, 23, 10, 30), sp(2026, 11, 23, 9), -90),
    ],
)
def test_business_minutes_between_is_negative_backwards(
    start: datetime, end: datetime, expected: float
) -> None:
    assert CAL.business_minutes_between(start, end) == pytest.approx(expected)
    assert CAL.business_minutes_between(end, start) == pytest.approx(-expected)


def test_business_minutes_between_mixed_zones() -> None:
    start_utc = datetime(2026, 11, 19, 20, 0, tzinfo=UTC)  # Thu 17:00 SP
    assert CAL.business_minutes_between(start_utc, sp(2026, 11, 23, 9)) == pytest.approx(120)


def test_business_minutes_between_refuses_naive() -> None:
    with pytest.raises(ValueError):
        CAL.business_minutes_between(datetime(2026, 11, 23, 9), sp(2026, 11, 23, 10))


@pytest.mark.parametrize(
    ("start", "minutes"),
    [
        (sp(2026, 11, 23, 9, 15), 45),
        (sp(2026, 11, 19, 17, 10), 240),
        (sp(2026, 11, 21, 3), 1000),
        (sp(2026, 12, 23, 12), 3000),
    ],
)
def test_add_and_between_are_inverse(start: datetime, minutes: int) -> None:
    end = CAL.add_business_minutes(start, minutes)
    assert CAL.business_minutes_between(start, end) == pytest.approx(minutes)


# --------------------------------------------------------------------------- SLA classes


def test_default_sla_class_codes_and_order() -> None:
    assert [s.code for s in DEFAULT_SLA_CLASSES] == [c.value for c in SlaCode]
    assert [s.position for s in DEFAULT_SLA_CLASSES] == [1, 2, 3, 4, 5, 6, 7]
    assert DEFAULT_WARNING_RATIO == 0.75


@pytest.mark.parametrize(
    ("code", "target", "clock"),
    [
        ("IS", 30, SlaClock.BUSINESS),
        ("URGENTE", 60, SlaClock.BUSINESS),
        ("2H", 120, SlaClock.BUSINESS),
        ("4H", 240, SlaClock.BUSINESS),
        ("24H", 24 * 60, SlaClock.CALENDAR),
        ("72H", 72 * 60, SlaClock.CALENDAR),
        ("10D", 10 * 24 * 60, SlaClock.CALENDAR),
    ],
)
def test_default_sla_targets(code: str, target: int, clock: SlaClock) -> None:
    assert SLA[code].target_minutes == target
    assert SLA[code].clock == clock


def test_domain_example_2h_over_the_20_november_holiday() -> None:
    due = due_at(SLA["2H"], CAL, sp(2026, 11, 19, 17))
    assert due == sp(2026, 11, 23, 9)
    assert due.astimezone(SP).strftime("%a %Y-%m-%d %H:%M") == "Mon 2026-11-23 09:00"


def test_domain_example_4h_opened_on_saturday() -> None:
    due = due_at(SLA["4H"], CAL, sp(2026, 11, 21, 10))
    assert due == sp(2026, 11, 23, 12)
    assert due.astimezone(SP).strftime("%a %Y-%m-%d %H:%M") == "Mon 2026-11-23 12:00"


@pytest.mark.parametrize(
    ("code", "opened", "expected"),
    [
        # opened Monday 10:00
        ("IS", sp(2026, 11, 23, 10), sp(2026, 11, 23, 10, 30)),
        ("URGENTE", sp(2026, 11, 23, 10), sp(2026, 11, 23, 11)),
        ("2H", sp(2026, 11, 23, 10), sp(2026, 11, 23, 12)),
        ("4H", sp(2026, 11, 23, 10), sp(2026, 11, 23, 14)),
        ("24H", sp(2026, 11, 23, 10), sp(2026, 11, 24, 10)),
        ("72H", sp(2026, 11, 23, 10), sp(2026, 11, 26, 10)),
        ("10D", sp(2026, 11, 23, 10), sp(2026, 12, 3, 10)),
        # opened Friday 16:00: business clocks wait for Monday, calendar clocks run over the weekend
        ("IS", sp(2026, 11, 27, 16), sp(2026, 11, 27, 16, 30)),
        ("URGENTE", sp(2026, 11, 27, 16), sp(2026, 11, 27, 17)),
        ("2H", sp(2026, 11, 27, 16), sp(2026, 11, 27, 18)),
        ("4H", sp(2026, 11, 27, 16), sp(2026, 11, 30, 10)),
        ("24H", sp(2026, 11, 27, 16), sp(2026, 11, 28, 16)),  # Saturday
        ("72H", sp(2026, 11, 27, 16), sp(2026, 11, 30, 16)),
        ("10D", sp(2026, 11, 27, 16), sp(2026, 12, 7, 16)),
        # opened on the holiday itself
        ("IS", sp(2026, 11, 20, 10), sp(2026, 11, 23, 8, 30)),
        ("24H", sp(2026, 11, 20, 10), sp(2026, 11, 21, 10)),
    ],
)
def test_due_at_every_default_class(code: str, opened: datetime, expected: datetime) -> None:
    assert due_at(SLA[code], CAL, opened) == expected


# --------------------------------------------------------------------------- SLA states

OPENED = sp(2026, 11, 23, 8)  # Monday 08:00, 2H due at 10:00


@pytest.mark.parametrize(
    ("now", "state", "remaining", "ratio"),
    [
        (sp(2026, 11, 23, 8), SlaState.ON_TRACK, 120, 0.0),
        (sp(2026, 11, 23, 9, 29), SlaState.ON_TRACK, 31, 89 / 120),
        (sp(2026, 11, 23, 9, 30), SlaState.WARNING, 30, 0.75),  # 75 % used
        (sp(2026, 11, 23, 9, 59), SlaState.WARNING, 1, 119 / 120),
        (sp(2026, 11, 23, 10), SlaState.WARNING, 0, 1.0),  # at the due time, not yet past it
        (sp(2026, 11, 23, 10, 1), SlaState.BREACHED, -1, 121 / 120),
        (sp(2026, 11, 23, 11), SlaState.BREACHED, -60, 1.5),
        (sp(2026, 11, 24, 8, 30), SlaState.BREACHED, 120 - 630, 630 / 120),  # next day
    ],
)
def test_read_sla_states_business_clock(
    now: datetime, state: SlaState, remaining: int, ratio: float
) -> None:
    reading = read_sla(SLA["2H"], CAL, OPENED, now)
    assert reading.state == state
    assert reading.remaining_minutes == remaining
    assert reading.used_ratio == pytest.approx(ratio)
    assert reading.due_at == sp(2026, 11, 23, 10)


def test_remaining_minutes_rounds_down() -> None:
    reading = read_sla(SLA["2H"], CAL, OPENED, sp(2026, 11, 23, 10) + timedelta(seconds=30))
    assert reading.state == SlaState.BREACHED
    assert reading.remaining_minutes == -1  # half a minute late is already negative
    reading = read_sla(SLA["2H"], CAL, OPENED, sp(2026, 11, 23, 9) + timedelta(seconds=30))
    assert reading.remaining_minutes == 59


@pytest.mark.parametrize(
    ("closed", "state", "remaining"),
    [
        (sp(2026, 11, 23, 9), SlaState.MET, 60),
        (sp(2026, 11, 23, 9, 45), SlaState.MET, 15),  # in the warning zone, still met
        (sp(2026, 11, 23, 10), SlaState.MET, 0),  # exactly at the due time
        (sp(2026, 11, 23, 10, 1), SlaState.MISSED, -1),
        (sp(2026, 11, 24, 9), SlaState.MISSED, 120 - 660),
    ],
)
def test_read_sla_closed_is_met_or_missed(closed: datetime, state: SlaState, remaining: int) -> None:
    much_later = sp(2026, 12, 31, 12)
    reading = read_sla(SLA["2H"], CAL, OPENED, much_later, closed_at=closed)
    assert reading.state == state
    assert reading.remaining_minutes == remaining  # judged at closing time, not at ``now``


def test_business_clock_pauses_over_weekend() -> None:
    opened = sp(2026, 11, 27, 17)  # Friday 17:00, 2H due Monday 09:00
    saturday = read_sla(SLA["2H"], CAL, opened, sp(2026, 11, 28, 12))
    assert saturday.state == SlaState.ON_TRACK
    assert saturday.remaining_minutes == 60
    assert saturday.used_ratio == pytest.approx(0.5)
    monday = read_sla(SLA["2H"], CAL, opened, sp(2026, 11, 30, 8, 45))
    assert monday.state == SlaState.WARNING
    assert monday.remaining_minutes == 15
    late = read_sla(SLA["2H"], CAL, opened, sp(2026, 11, 30, 9, 20))
    assert late.state == SlaState.BREACHED
    assert late.remaining_minutes == -20


def test_domain_example_4h_reading_before_opening() -> None:
    opened = sp(2026, 11, 21, 10)  # Saturday
    reading = read_sla(SLA["4H"], CAL, opened, sp(2026, 11, 23, 7, 59))
    assert reading.state == SlaState.ON_TRACK
    assert reading.remaining_minutes == 240
    assert reading.used_ratio == 0
    assert read_sla(SLA["4H"], CAL, opened, sp(2026, 11, 23, 11)).state == SlaState.WARNING
    assert read_sla(SLA["4H"], CAL, opened, sp(2026, 11, 23, 12, 1)).state == SlaState.BREACHED


@pytest.mark.parametrize(
    ("now", "state", "remaining"),
    [
        (sp(2026, 11, 27, 20), SlaState.ON_TRACK, 16 * 60),  # Friday evening counts
        (sp(2026, 11, 28, 5, 59), SlaState.ON_TRACK, 6 * 60 + 1),
        (sp(2026, 11, 28, 6), SlaState.WARNING, 6 * 60),  # 18 h of 24 h = 75 %, on a Saturday
        (sp(2026, 11, 28, 12), SlaState.WARNING, 0),
        (sp(2026, 11, 28, 12, 1), SlaState.BREACHED, -1),
        (sp(2026, 11, 29, 12), SlaState.BREACHED, -24 * 60),  # Sunday
    ],
)
def test_calendar_clock_ignores_weekends(now: datetime, state: SlaState, remaining: int) -> None:
    opened = sp(2026, 11, 27, 12)  # Friday noon, 24H due Saturday noon
    reading = read_sla(SLA["24H"], CAL, opened, now)
    assert reading.due_at == sp(2026, 11, 28, 12)
    assert reading.state == state
    assert reading.remaining_minutes == remaining


def test_calendar_clock_ignores_holidays() -> None:
    opened = sp(2026, 11, 19, 12)  # Thursday before the holiday
    reading = read_sla(SLA["72H"], CAL, opened, sp(2026, 11, 22, 12, 1))
    assert reading.due_at == sp(2026, 11, 22, 12)
    assert reading.state == SlaState.BREACHED


def test_custom_warning_ratio() -> None:
    now = sp(2026, 11, 23, 9, 1)  # 61 of 120 minutes
    assert read_sla(SLA["2H"], CAL, OPENED, now).state == SlaState.ON_TRACK
    assert read_sla(SLA["2H"], CAL, OPENED, now, warning_ratio=0.5).state == SlaState.WARNING


def test_custom_sla_class() -> None:
    sla = SlaClass("X", "Custom", 90, SlaClock.BUSINESS)
    reading = read_sla(sla, CAL, sp(2026, 11, 23, 17), sp(2026, 11, 24, 8, 10))
    assert reading.due_at == sp(2026, 11, 24, 8, 30)
    assert reading.remaining_minutes == 20
    assert reading.state == SlaState.WARNING


def test_readings_accept_utc_inputs() -> None:
    opened_utc = datetime(2026, 11, 19, 20, 0, tzinfo=UTC)  # Thu 17:00 SP
    now_utc = datetime(2026, 11, 23, 11, 30, tzinfo=UTC)  # Mon 08:30 SP
    reading = read_sla(SLA["2H"], CAL, opened_utc, now_utc)
    assert reading.due_at == sp(2026, 11, 23, 9)
    assert reading.remaining_minutes == 30
    assert reading.state == SlaState.WARNING


# --------------------------------------------------------------------------- edge cases


def test_business_clock_breaches_with_the_next_business_minute() -> None:
    """Due at closing time: 0 minutes left overnight (state and minutes agree), breached next morning."""
    opened = sp(2026, 11, 23, 16)  # 2H due Mon 18:00, the closing time
    evening = read_sla(SLA["2H"], CAL, opened, sp(2026, 11, 23, 18, 30))
    assert evening.remaining_minutes == 0
    assert evening.state == SlaState.WARNING
    morning = read_sla(SLA["2H"], CAL, opened, sp(2026, 11, 24, 8, 5))
    assert morning.state == SlaState.BREACHED
    assert morning.remaining_minutes == -5


def test_calendar_clock_is_elapsed_time_across_dst() -> None:
    opened = sp(2018, 11, 3, 12)  # São Paulo started DST on 2018-11-04 (UTC-3 -> UTC-2)
    due = due_at(SLA["24H"], CAL, opened)
    assert due.astimezone(UTC) - opened.astimezone(UTC) == timedelta(hours=24)
