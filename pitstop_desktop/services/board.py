"""The agenda board's rows: every open OC (and any OC asked for by id after a change), in a few queries.

Rows are plain and small so the console can hold thousands, tick their countdowns every second from
``due_at``/``opened_at`` without the database, and re-read only the ids the change feed names.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ClientRow, OccurrenceRow, StaffRow
from pitstop_desktop.domain.codes import Status
from pitstop_desktop.services.context import UnitOfWork, run


@dataclass(frozen=True, slots=True)
class BoardRow:
    id: int
    number: int
    client: str
    client_name: str
    summary: str
    channel: str
    kind: str
    sla: str
    status: str
    tab: str
    assignee: str | None
    assignee_name: str | None
    opened_at: datetime
    due_at: datetime
    tab_since: datetime
    closed_at: datetime | None
    version: int

    @property
    def is_open(self) -> bool:
        return self.status != Status.CLOSED


def _rows(uow: UnitOfWork, where: Sequence[object]) -> list[BoardRow]:
    query = (
        select(OccurrenceRow.id, OccurrenceRow.number, ClientRow.code, ClientRow.name, OccurrenceRow.summary,
               OccurrenceRow.channel, OccurrenceRow.kind, OccurrenceRow.sla_class, OccurrenceRow.status,
               OccurrenceRow.tab, StaffRow.login, StaffRow.name, OccurrenceRow.opened_at, OccurrenceRow.due_at,
               OccurrenceRow.tab_since, OccurrenceRow.closed_at, OccurrenceRow.version)
        .join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
        .outerjoin(StaffRow, StaffRow.id == OccurrenceRow.assignee_id)
        .where(*where)
        .order_by(OccurrenceRow.number)
    )
    return [BoardRow(*row) for row in uow.session.execute(query)]


def open_rows(db: Database) -> list[BoardRow]:
    """Every OC that is not closed, all tabs (the board splits them by tab on its own arrays)."""
    return run(db, lambda uow: _rows(uow, [OccurrenceRow.status != Status.CLOSED.value]), write=False)


def rows_by_id(db: Database, ids: Collection[int]) -> list[BoardRow]:
    """The current state of these OCs, closed ones included, so the board can drop or update them."""
    if not ids:
        return []
    wanted = list(ids)

    def work(uow: UnitOfWork) -> list[BoardRow]:
        out: list[BoardRow] = []
        for start in range(0, len(wanted), 500):  # stay under every driver's bound-parameter limit
            out.extend(_rows(uow, [OccurrenceRow.id.in_(wanted[start:start + 500])]))
        return out

    return run(db, work, write=False)
