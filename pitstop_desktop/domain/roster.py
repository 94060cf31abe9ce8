"""The roster's plain rules, without a database: ISO weeks, a shift and its lunch, what a copy of a week writes,
which week is a person's usual one, and the lines of a roster CSV.

A week is an ISO week ("2026-W49", Monday to Sunday), the unit a supervisor plans in. A shift is read in the
calendar's zone (``08:00–17:00``, lunch ``12:00–13:00``) and is valid by construction: :class:`Shift` refuses an
end before its start or a lunch outside the shift, so every layer above holds only valid shifts.

Copying a week (and applying a usual week, which is a copy from the week found) makes the target week of each
person equal to the source week, day by day, with one exception: a target day the calendar closes (a holiday, a
closed exception) whose source day was open is left as it is and reported as skipped — a holiday is not planned
by a copy. A weekend copied onto a weekend is copied (a Saturday on call stays on call).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.domain.errors import BadValue, Field, PitstopError
from pitstop_desktop.domain.limits import check_year
from pitstop_desktop.domain.timeparse import parse_date, parse_hhmm

_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})")
DAYS_IN_WEEK = 7
USUAL_WEEK_LOOKBACK = 26  # weeks searched back for a person's usual week (half a year)
CSV_COLUMNS = ("login", "date", "start", "end", "lunch_start", "lunch_end")
CSV_MAX_LINES = 5000  # a month of a large desk is ~3,000 cells; a bigger file is a mistake, not a roster


# Weeks


def parse_week(text: str) -> date:
    """The Monday of an ISO week written ``2026-W49`` (``2026W49`` and a lower-case ``w`` are read too)."""
    match = _WEEK.fullmatch(text.strip().upper())
    if match is None:
        raise BadValue("value.week", field=Field.DATE, text=text)
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:  # week 0, week 53 of a year that has 52 …
        raise BadValue("value.week", field=Field.DATE, text=text) from None
    check_year(monday, text, Field.DATE)
    return monday


def week_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_code(day: date) -> str:
    """The ISO week of ``day``: ``2026-W49``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_days(monday: date) -> tuple[date, ...]:
    return tuple(monday + timedelta(days=i) for i in range(DAYS_IN_WEEK))


# Shifts


@dataclass(frozen=True)
class Shift:
    """A planned day: start–end and, optionally, lunch; local times of the calendar's zone. Valid when made."""

    start: time
    end: time
    lunch_start: time | None = None
    lunch_end: time | None = None

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise BadValue("value.shift_order", field=Field.TIME)
        if (self.lunch_start is None) != (self.lunch_end is None):
            raise BadValue("value.lunch_incomplete", field=Field.TIME)
        if self.lunch_start is not None and self.lunch_end is not None:
            if self.lunch_end <= self.lunch_start:
                raise BadValue("value.lunch_order", field=Field.TIME)
            if not (self.start <= self.lunch_start and self.lunch_end <= self.end):
                raise BadValue("value.lunch_outside_shift", field=Field.TIME)

    @property
    def lunch(self) -> tuple[time, time] | None:
        if self.lunch_start is None or self.lunch_end is None:
            return None
        return self.lunch_start, self.lunch_end

    def describe(self) -> str:
        """``08:00-17:00 almoço 12:00-13:00``: the audit trail's wording (codes and numbers, no translation)."""
        lunch = f" almoço {self.lunch_start:%H:%M}-{self.lunch_end:%H:%M}" if self.lunch else ""
        return f"{self.start:%H:%M}-{self.end:%H:%M}{lunch}"


@dataclass(frozen=True)
class CellChange:
    """Set (``shift``) or clear (``None``) one person's day."""

    login: str
    day: date
    shift: Shift | None


# Copying a week


@dataclass(frozen=True)
class CopyPlan:
    """What a copy writes (only cells that change) and the target days it leaves alone (closed by the calendar)."""

    changes: tuple[CellChange, ...]
    skipped_days: tuple[date, ...]


def plan_copy(
    source: Mapping[tuple[str, date], Shift],
    target: Mapping[tuple[str, date], Shift],
    people: Iterable[str],
    from_monday: date,
    to_monday: date,
    calendar: BusinessCalendar,
) -> CopyPlan:
    """Make each person's target week equal to their source week (see the module docstring for closed days)."""
    changes: list[CellChange] = []
    skipped: list[date] = []
    pairs = list(zip(week_days(from_monday), week_days(to_monday), strict=True))
    for src_day, dst_day in pairs:
        if not calendar.is_business_day(dst_day) and calendar.is_business_day(src_day):
            skipped.append(dst_day)
    for login in people:
        for src_day, dst_day in pairs:
            if dst_day in skipped:
                continue
            wanted, current = source.get((login, src_day)), target.get((login, dst_day))
            if wanted != current:
                changes.append(CellChange(login, dst_day, wanted))
    return CopyPlan(tuple(changes), tuple(skipped))


def usual_week(
    rostered: Iterable[date], before: date, calendar: BusinessCalendar, *, lookback: int = USUAL_WEEK_LOOKBACK
) -> date | None:
    """The Monday of a person's usual week: the most recent week before ``before``'s week in which every weekday
    of the calendar's work week was a business day (no holiday, no closed exception) and the person was on the
    roster on each of them. ``rostered``: the days the person has a shift. None when no week of the last
    ``lookback`` qualifies."""
    days = set(rostered)
    monday = week_monday(before)
    for weeks_back in range(1, lookback + 1):
        candidate = monday - timedelta(weeks=weeks_back)
        workdays = [d for d in week_days(candidate) if d.weekday() in calendar.workdays]
        if workdays and all(calendar.is_business_day(d) and d in days for d in workdays):
            return candidate
    return None


# The roster CSV: login;date;start;end;lunch_start;lunch_end


@dataclass(frozen=True)
class CsvLine:
    """A line of a roster CSV that reads well: who, which day, and the shift (None: clear the day)."""

    number: int  # 1-based, as an editor shows it
    text: str  # the line as written
    login: str
    day: date
    shift: Shift | None


@dataclass(frozen=True)
class LineRefusal:
    """A line that was not applied, and why."""

    number: int
    text: str
    error: PitstopError


def decode_csv(data: bytes) -> str:
    """A roster file's text: UTF-8 (with or without the BOM spreadsheets write), else Windows-1252 (what a
    spreadsheet in Portuguese saves as "CSV separado por ponto e vírgula")."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _time_or_none(text: str) -> time | None:
    return parse_hhmm(text) if text.strip() else None


def _read_line(number: int, raw: str, fields: Sequence[str]) -> CsvLine:
    if len(fields) not in (4, len(CSV_COLUMNS)):
        raise BadValue("value.csv_fields", count=len(fields), columns=";".join(CSV_COLUMNS))
    login, day_text, *times = (f.strip() for f in fields)
    if not login:
        raise BadValue("value.login_missing", field=Field.LOGIN)
    day = parse_date(day_text)
    start, end, lunch_start, lunch_end = (_time_or_none(t) for t in (*times, "", "")[:4])
    if start is None and end is None:
        if lunch_start is not None or lunch_end is not None:
            raise BadValue("value.shift_incomplete", field=Field.TIME)
        return CsvLine(number, raw, login, day, None)
    if start is None or end is None:
        raise BadValue("value.shift_incomplete", field=Field.TIME)
    return CsvLine(number, raw, login, day, Shift(start, end, lunch_start, lunch_end))


def parse_csv(text: str) -> tuple[list[CsvLine], list[LineRefusal]]:
    """Every line of a roster CSV (``;``-separated; a first line naming the columns is a header), read on its own:
    the lines that read well and the refusal of each line that does not. Empty lines are skipped. Start and end
    both empty clear that day; lunch empty means no lunch. A second line for the same person and day is refused
    (the first stands), so a file never says two things about one day."""
    lines = text.splitlines()
    if len(lines) > CSV_MAX_LINES:
        raise BadValue("value.csv_too_long", limit=CSV_MAX_LINES)
    good: list[CsvLine] = []
    refused: list[LineRefusal] = []
    seen: dict[tuple[str, date], int] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        fields = next(csv.reader(io.StringIO(raw), delimiter=";"), [])
        if not good and not refused and fields and fields[0].strip().lower() == CSV_COLUMNS[0]:
            continue  # the header
        try:
            line = _read_line(number, raw, fields)
            first = seen.get((line.login, line.day))
            if first is not None:
                raise BadValue("value.csv_duplicate", login=line.login, day=line.day.isoformat(), line=first)
        except PitstopError as error:
            refused.append(LineRefusal(number, raw, error))
            continue
        seen[(line.login, line.day)] = number
        good.append(line)
    return good, refused
