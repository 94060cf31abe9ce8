"""The business calendar of FAQ 7367: working days and hours, a time zone and Brazilian holidays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

import holidays as holidays_lib

DEFAULT_TIMEZONE = "America/Sao_Paulo"
_MAX_DAYS = 3660  # ten years: a calendar without working days must not loop forever


@dataclass(frozen=True)
class BusinessCalendar:
    """Times in and out are timezone-aware; business hours are read in ``timezone``."""

    timezone: str = DEFAULT_TIMEZONE
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday=0
    opens: time = time(8, 0)
    closes: time = time(18, 0)
    holiday_country: str | None = "BR"
    extra_closed_days: frozenset[date] = frozenset()
    extra_open_days: frozenset[date] = frozenset()

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def _holidays(self) -> holidays_lib.HolidayBase | None:
        if not self.holiday_country:
            return None
        return holidays_lib.country_holidays(self.holiday_country, language="pt_BR")

    def holiday_name(self, day: date) -> str | None:
        if day in self.extra_closed_days:
            return "closed"
        if self._holidays is None:
            return None
        return self._holidays.get(day)

    def is_business_day(self, day: date) -> bool:
        if day in self.extra_open_days:
            return True
        if day in self.extra_closed_days or day.weekday() not in self.workdays:
            return False
        return self.holiday_name(day) is None

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """Opening and closing instant of ``day`` (aware, in the calendar zone), or None when closed."""
        if not self.is_business_day(day) or self.closes <= self.opens:
            return None
        return (
            datetime.combine(day, self.opens, tzinfo=self.tz),
            datetime.combine(day, self.closes, tzinfo=self.tz),
        )

    def local(self, moment: datetime) -> datetime:
        _require_aware(moment)
        return moment.astimezone(self.tz)

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        """The instant when ``minutes`` of business time have passed since ``start`` (returned in UTC)."""
        cursor = self.local(start)
        remaining = timedelta(minutes=minutes)
        day = cursor.date()
        for _ in range(_MAX_DAYS):
            win = self.window(day)
            if win is not None:
                begin = max(cursor, win[0])
                if begin < win[1]:
                    available = win[1] - begin
                    if remaining <= available:
                        return (begin + remaining).astimezone(UTC)
                    remaining -= available
            day += timedelta(days=1)
        raise ValueError("the business calendar has no working time in the next ten years")

    def business_minutes_between(self, start: datetime, end: datetime) -> float:
        """Business minutes inside [start, end]; negative when end is before start."""
        a, b = self.local(start), self.local(end)
        if b < a:
            return -self.business_minutes_between(end, start)
        total = timedelta()
        day = a.date()
        while day <= b.date():
            win = self.window(day)
            if win is not None:
                lo, hi = max(a, win[0]), min(b, win[1])
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return total.total_seconds() / 60


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime: Pit Stop only works with timezone-aware times")
