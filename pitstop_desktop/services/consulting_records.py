"""Plain results of the consulting team's use cases (issue 12), and so their JSON shape (the CLI contract).

People are logins (with a name beside them for windows), clients are codes, protocols are OC numbers: what a
person types and reads. Times are aware UTC datetimes; windows and the CLI show them in the calendar's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class ContactPersonRecord:
    id: int
    client: str  # client code
    name: str
    phone: str | None
    email: str | None
    skype: str | None


@dataclass(frozen=True)
class ContactRecord:
    id: int
    channel: str  # domain.consulting.ContactChannel
    status: str  # domain.consulting.ContactStatus
    scheduled: bool  # planned ahead (rule 3), or triggered when the client called (rule 2)
    consultant: str  # login
    consultant_name: str
    client: str  # client code
    client_name: str
    contact_person: str | None  # the person's name
    protocol: int | None  # the OC number
    subject: str
    planned_start: datetime | None
    planned_end: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    wait_started_at: datetime | None  # Skype "um momento": the 10 minutes run from here
    version: int

    @property
    def duration(self) -> timedelta | None:
        """How long it lasted (None until it has both a start and an end)."""
        if self.started_at is None or self.ended_at is None:
            return None
        return self.ended_at - self.started_at


@dataclass(frozen=True)
class TaskRecord:
    id: int
    type: str  # domain.consulting.TaskType
    status: str  # domain.consulting.TaskStatus
    title: str
    owner: str  # login
    owner_name: str
    protocol: int | None  # the OC number
    contact_id: int | None
    planned_start: datetime | None
    planned_end: datetime | None
    started_at: datetime | None
    stopped_at: datetime | None
    version: int

    @property
    def executed(self) -> timedelta | None:
        """Time actually spent (None until started and stopped)."""
        if self.started_at is None or self.stopped_at is None:
            return None
        return self.stopped_at - self.started_at


@dataclass(frozen=True)
class PlanLine:
    """The work plan: ``planned_minutes`` of ``task_type`` for ``login`` in the ISO week starting ``week``."""

    login: str
    name: str
    week: date  # the Monday
    task_type: str
    planned_minutes: int


@dataclass(frozen=True)
class RoomRecord:
    code: str
    name: str


@dataclass(frozen=True)
class RoomBookingRecord:
    id: int
    room: str  # room code
    room_name: str
    starts_at: datetime
    ends_at: datetime
    title: str
    agenda: str  # the meeting's pauta
    booked_by: str  # login
    contact_id: int | None
    booked_by_name: str = ""  # consulting-meetings: the name a window shows beside a taken slot


@dataclass(frozen=True)
class CallRouting:
    """Where a consulting call goes (second seed 1.1.1–1.1.3): ``action`` is ``"ura"`` (not a consulting client:
    transfer to the URA, no contact), ``"transfer"`` (the protocol's consultant is available: put the call through
    to them) or ``"register"`` (the consultant is not available: register it for them), or ``"attend"`` (a
    consulting client with no consultant or no open protocol: whoever took the call attends it)."""

    action: str
    client: str
    client_name: str
    consultant: str | None  # login
    consultant_name: str | None
    protocol: int | None  # the client's open OC that belongs to the consultant
    consultant_state: str | None  # domain.availability's status of the consultant, for the hint
