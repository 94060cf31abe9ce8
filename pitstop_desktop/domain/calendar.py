"""The business calendar of FAQ 7367: working days and hours, a time zone and Brazilian holidays."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from holidays import HolidayBase

DEFAULT_TIMEZONE = "America/Sao_Paulo"
_MAX_DAYS = 3660  # ten years: a calendar without working days must not loop forever
_ONE_DAY = timedelta(days=1)


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
    def _holidays(self) -> HolidayBase | None:
        if not self.holiday_country:
            return None
        return country_holidays(self.holiday_country)

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

    @cached_property
    def _windows(self) -> dict[date, tuple[datetime, datetime] | None]:
        """Windows already worked out, per day.

        A board of thousands of OCs asks for the same twenty-odd days over and over (three milestones per OC,
        each a walk over the days it spans); the holiday look-up and two ``datetime.combine`` calls per ask
        were most of the cost. The calendar is frozen, so a day's window never changes; ``cached_property``
        writes straight to the instance ``__dict__``, which a frozen dataclass allows, and equality, hash and
        repr only look at the fields. Filled from any thread: a race only computes the same window twice.
        """
        return {}

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """Opening and closing instant of ``day`` (aware, in the calendar zone), or None when closed."""
        windows = self._windows
        if day in windows:
            return windows[day]
        win = windows[day] = self._window(day)
        return win

    def _window(self, day: date) -> tuple[datetime, datetime] | None:
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
        return self.add_business_minutes_many(start, (minutes,))[0]

    def add_business_minutes_many(self, start: datetime, amounts: Sequence[float]) -> list[datetime]:
        """``add_business_minutes(start, m)`` for every ``m`` of ``amounts``, in one walk over the days.

        SLA milestones need three instants from the same start (warning, due, breach); walking the days once
        instead of three times is most of their cost. The result is the same instant as separate calls:
        ``amount - used so far`` is exact microsecond arithmetic on ``timedelta``, the same value the single
        walk reaches by subtracting each window in turn.
        """
        return self.add_business_time(start, [timedelta(minutes=m) for m in amounts])

    def add_business_time(self, start: datetime, targets: Sequence[timedelta]) -> list[datetime]:
        """:meth:`add_business_minutes_many` with the amounts already as ``timedelta`` (callers that reuse
        the same amounts for thousands of OCs build them once)."""
        cursor = self.local(start)
        order = sorted(range(len(targets)), key=targets.__getitem__)
        count = len(order)
        out: list[datetime] = [cursor] * count  # every slot is overwritten before it is returned
        used = timedelta()
        k = 0
        day = cursor.date()
        windows = self._windows
        for _ in range(_MAX_DAYS):
            win = windows[day] if day in windows else self.window(day)
            if win is not None:
                opens, closes = win
                begin = opens if opens > cursor else cursor  # max(cursor, opens), cursor on a tie
                if begin < closes:
                    available = closes - begin
                    while k < count:
                        i = order[k]
                        left = targets[i] - used
                        if left > available:
                            break
                        out[i] = (begin + left).astimezone(UTC)
                        k += 1
                    if k == count:
                        return out
                    used += available
            day += _ONE_DAY
        if k == count:  # nothing asked for
            return out
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


def country_holidays(country: str) -> HolidayBase:
    """The library's holidays of ``country`` with Portuguese names. ``holidays`` is imported here, on a calendar's
    first question, not with the domain: nothing before the board's first rows asks one (the console's cold start)."""
    import holidays

    return holidays.country_holidays(country, language="pt_BR")


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime: Pit Stop only works with timezone-aware times")
