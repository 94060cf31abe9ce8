"""Plain results of the use cases, and their JSON shape (the CLI contract)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import date, datetime, time, tzinfo
from typing import Any


@dataclass(frozen=True)
class StaffRecord:
    login: str
    name: str
    role: str
    site: str
    tabs: tuple[str, ...]


@dataclass(frozen=True)
class ClientRecord:
    code: str
    name: str
    phone: str | None
    consulting: bool


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    by: str
    action: str
    detail: str
    backfilled: bool = False  # dated by --at (an administrator's backfill), not by the clock of the moment


@dataclass(frozen=True)
class EscalationRecord:
    id: int
    number: int
    target: str
    reason: str
    requested_by: str
    requested_at: datetime
    status: str
    note: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_note: str | None = None


@dataclass(frozen=True)
class OccurrenceRecord:
    number: int
    client: str
    client_name: str
    channel: str
    kind: str
    summary: str
    tab: str
    status: str
    sla: str
    opened_at: datetime
    due_at: datetime
    sla_state: str
    remaining_minutes: int
    assignee: str | None
    opened_by: str
    complementary_of: int | None
    closed_at: datetime | None
    faq: str | None
    tab_since: datetime
    version: int
    pending_escalation: EscalationRecord | None = None
    offered_to: str | None = None
    offered_at: datetime | None = None  # when the waiting offer was made (R5: ten minutes on, "no answer")
    history: tuple[HistoryEntry, ...] | None = None


@dataclass(frozen=True)
class OfferResult:
    occurrence: OccurrenceRecord
    warnings: tuple[str, ...] = ()
    moved_to_apoio: bool = False


@dataclass(frozen=True)
class PendingOfferRecord:
    """An offer waiting for its person's answer, as that person's agenda lists it (``pitstop offers mine``)."""

    number: int
    client: str
    client_name: str
    summary: str
    tab: str
    sla: str
    sla_state: str
    remaining_minutes: int
    offered_by: str
    offered_at: datetime
    waiting_minutes: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ApoioItemRecord:
    number: int
    reason: str
    since: datetime
    claimed_by: str | None
    note: str | None = None
    claimed_at: datetime | None = None


@dataclass(frozen=True)
class SlotRecord:
    technician: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class SlaClassRecord:
    code: str
    name: str
    target_minutes: int
    clock: str


@dataclass(frozen=True)
class RosterRecord:
    login: str
    day: str
    start: datetime
    end: datetime
    lunch_start: datetime | None
    lunch_end: datetime | None


@dataclass(frozen=True)
class PresenceRecord:
    """A presence event as recorded; ``state`` is the person's presence after it (now). A correction by management
    also says why and by whom."""

    login: str
    kind: str
    at: datetime
    state: str
    reason: str | None = None
    recorded_by: str | None = None


@dataclass(frozen=True)
class Change:
    revision: int
    entity: str
    entity_id: int
    action: str
    at: datetime


@dataclass(frozen=True)
class ChangeBatch:
    """Everything after ``since`` up to ``revision`` (the newest revision the database has)."""

    since: int
    revision: int
    changes: tuple[Change, ...] = field(default_factory=tuple)


def to_jsonable(value: Any, tz: tzinfo | None = None, *, drop: frozenset[str] = frozenset()) -> Any:
    """Dataclasses to dicts, times to ISO-8601 with offset in ``tz`` (the calendar's zone), days to ISO dates and
    local times of day to ``HH:MM``."""
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v, tz) for k, v in asdict(value).items() if k not in drop}
    if isinstance(value, dict):
        return {k: to_jsonable(v, tz) for k, v in value.items() if k not in drop}
    if isinstance(value, list | tuple):
        return [to_jsonable(v, tz, drop=drop) for v in value]
    if isinstance(value, datetime):
        return (value.astimezone(tz) if tz else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):  # a planned local time (the roster): as people type it
        return f"{value:%H:%M}"
    return value
