"""What a queue shows of each OC it lists: client, summary, SLA class and the instant its clock started.

The approvals and APOIO queues list escalations and items, whose records carry only the OC's number; a person
deciding needs to know whose call it is, what it is about and how much SLA time is left. One query for all the
numbers a queue shows (a queue holds tens, never thousands); the time left is worked out by the window from
``sla``/``opened_at`` and its clock, the same ``Policy.read`` the board uses, so it ticks without the database.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ApoioItemRow, ClientRow, EscalationRow, OccurrenceRow
from pitstop_desktop.domain.codes import EscalationStatus, Status
from pitstop_desktop.services.unit_of_work import UnitOfWork, run

CHUNK = 500  # numbers per IN (…): under every driver's bound-parameter limit


@dataclass(frozen=True, slots=True)
class OcGlance:
    """An OC as a queue row shows it beside the escalation or APOIO item."""

    number: int
    client_name: str
    summary: str
    sla: str
    opened_at: datetime
    closed_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


GLANCE_COLUMNS = (OccurrenceRow.number, ClientRow.name, OccurrenceRow.summary, OccurrenceRow.sla_class,
                  OccurrenceRow.opened_at, OccurrenceRow.closed_at, OccurrenceRow.status)
"""What a glance is made of (:func:`glance_of`); a query that selects them joins ``ClientRow`` on the OC's client,
so a queue's read of its changed rows brings their OCs' glances in the same statement.

A glance changes only with its queue row, which is why the queues' rides of their own rows keep every glance shown
current: the client's name, the summary, the SLA class and the opening are fixed once an OC is registered (no
service renames a client or edits an OC), and closing — the one change a glance shows — cancels the OC's pending
escalation and resolves its APOIO item in the same transaction (tests/services/test_queue_glances.py). A service
that ever changes one of these columns must write a change-feed row for it, and the queues must ride that change
(as must the board, the timeline and the gauges, which show the same client names and summaries)."""


def glance_of(columns: Sequence[Any]) -> OcGlance:
    """The glance from the values of :data:`GLANCE_COLUMNS`, in their order."""
    number, client, summary, sla, opened_at, closed_at, status = columns
    return OcGlance(number, client, summary, sla, opened_at, closed_at if status == Status.CLOSED.value else None)


def glances_in(uow: UnitOfWork, numbers: Collection[int]) -> dict[int, OcGlance]:
    wanted = sorted(set(numbers))
    out: dict[int, OcGlance] = {}
    for start in range(0, len(wanted), CHUNK):
        query = (select(*GLANCE_COLUMNS).join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
                 .where(OccurrenceRow.number.in_(wanted[start:start + CHUNK])))
        for row in uow.session.execute(query):
            glance = glance_of(row)
            out[glance.number] = glance
    return out


def glances(db: Database, numbers: Collection[int]) -> dict[int, OcGlance]:
    """Client, summary, SLA class and opening instant of these OCs, by number (unknown numbers are left out)."""
    if not numbers:
        return {}
    return run(db, lambda uow: glances_in(uow, numbers), write=False)


@dataclass(frozen=True, slots=True)
class QueueCounts:
    """How many wait for a person: escalations for a manager, APOIO items (and how many nobody has claimed)."""

    approvals_pending: int
    apoio_waiting: int
    apoio_free: int


def queue_counts(db: Database) -> QueueCounts:
    """Three counts in one read (the wallboard shows them across the room)."""

    def work(uow: UnitOfWork) -> QueueCounts:
        s = uow.session
        pending = s.scalar(select(func.count()).select_from(EscalationRow)
                           .where(EscalationRow.status == EscalationStatus.PENDING.value))
        open_items = ApoioItemRow.resolved_at.is_(None)
        waiting = s.scalar(select(func.count()).select_from(ApoioItemRow).where(open_items))
        free = s.scalar(select(func.count()).select_from(ApoioItemRow)
                        .where(open_items, ApoioItemRow.claimed_by_id.is_(None)))
        return QueueCounts(int(pending or 0), int(waiting or 0), int(free or 0))

    return run(db, work, write=False)
