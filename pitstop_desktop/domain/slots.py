"""Free appointment slots (R10, FAQ 7037): roster minus lunch minus bookings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from pitstop_desktop.domain.availability import RosterDay
from pitstop_desktop.domain.errors import BadValue

DEFAULT_SLOT_MINUTES = 60


@dataclass(frozen=True, order=True)
class Slot:
    start: datetime
    end: datetime
    technician: str


def free_slots(
    technician: str,
    roster: RosterDay,
    booked: Iterable[tuple[datetime, datetime]],
    slot_minutes: int = DEFAULT_SLOT_MINUTES,
    not_before: datetime | None = None,
) -> list[Slot]:
    """Whole slots from shift start that overlap neither lunch nor a booking."""
    if slot_minutes <= 0:
        raise BadValue("value.slot_minutes", minutes=slot_minutes)
    length = timedelta(minutes=slot_minutes)
    busy = list(booked)
    if roster.lunch_start is not None and roster.lunch_end is not None:
        busy.append((roster.lunch_start, roster.lunch_end))
    slots = []
    start = roster.shift_start
    while start + length <= roster.shift_end:
        end = start + length
        clash = next((b for b in busy if b[0] < end and start < b[1]), None)
        if clash is not None:
            # Resume at the end of whatever is in the way, so slots follow lunch without gaps.
            start = max(clash[1], start + timedelta(minutes=1)) if clash[1] > start else start + length
            continue
        if not_before is None or start >= not_before:
            slots.append(Slot(start, end, technician))
        start = end
    return slots
