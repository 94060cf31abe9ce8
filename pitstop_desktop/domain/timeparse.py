"""Reading times typed by people and scripts: ISO-8601, with the calendar's zone when none is given."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo

from pitstop_desktop.domain.errors import BadValue, Field
from pitstop_desktop.domain.limits import check_year


def parse_moment(text: str, tz: tzinfo) -> datetime:
    """An ISO-8601 instant; a time without offset is read in ``tz``. Returned in UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadValue("value.moment", field=Field.TIME, text=text) from None
    check_year(moment, text, Field.TIME)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)


def parse_date(text: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise BadValue("value.date", field=Field.DATE, text=text) from None
    check_year(day, text, Field.DATE)
    return day


def parse_hhmm(text: str) -> time:
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise BadValue("value.time", field=Field.TIME, text=text) from None


def parse_hhmm_range(text: str) -> tuple[time, time]:
    parts = text.strip().split("-")
    if len(parts) != 2:
        raise BadValue("value.time_range", field=Field.TIME, text=text)
    start, end = parse_hhmm(parts[0]), parse_hhmm(parts[1])
    if end <= start:
        raise BadValue("value.time_range_order", field=Field.TIME, text=text)
    return start, end
