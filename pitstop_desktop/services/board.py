"""The agenda board's rows: every open OC (and any OC asked for by id after a change), in a few queries.

Rows are plain and small so the console can hold thousands, tick their countdowns every second without the
database, and re-read only the ids the change feed names. Each open row carries its SLA milestones (warning
and breach instants, as :func:`domain.sla.milestones` gives them): working them out is a walk over business
days per OC, tens of milliseconds for a busy desk, so it happens here, on the worker thread that fetched the
rows, once per OC while the policy stands (:func:`_marks_cache`), and the GUI thread only compares instants.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Row, and_, func, literal_column, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import BookingRow, ClientRow, OccurrenceRow, OfferRow, StaffRow
from pitstop_desktop.domain.codes import OfferAnswer, Status
from pitstop_desktop.domain.signals import long_wait_at
from pitstop_desktop.domain.sla import milestone_instants
from pitstop_desktop.services.signals import long_waits_in
from pitstop_desktop.services.unit_of_work import Policy, UnitOfWork, run

_CLOSED = Status.CLOSED.value
_Orderable: TypeAlias = "ColumnElement[Any] | InstrumentedAttribute[Any]"
_PENDING = OfferAnswer.PENDING.value
_OFFERED_TO = aliased(StaffRow, name="offered_to")


@dataclass(frozen=True, slots=True)
class BoardRow:
    """One OC as the board shows it.

    ``appointment_at``: when the OC's appointment (FAQ 7037, R10) begins, for a booked OC (its technician is the
    assignee); None otherwise. A past appointment stays as its record.

    ``offered_at``/``offered_to_name``: the offer waiting for its answer (R4), if any; ten minutes on it is "no
    answer" (R5, ``domain.signals``). ``long_wait_at``: when the OC has waited too long in its tab ("demora
    excessiva em linha", the tab's threshold from the settings); None when the tab has none. Both come with the
    rows (an outer join and one settings query per read), so the board compares them with the clock alone.

    ``warning_at``/``breach_at`` are the SLA milestones under ``policy``, the policy the rows were read with;
    None for a closed OC (it has no countdown) or a row built by hand, which the board then works out itself
    (as it does when its own policy is another one: an admin changed it since the console opened).
    """

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
    appointment_at: datetime | None = None
    offered_at: datetime | None = None
    offered_to_name: str | None = None
    warning_at: datetime | None = None
    breach_at: datetime | None = None
    policy: Policy | None = field(default=None, compare=False, repr=False)  # shared, not per row
    long_wait_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status != Status.CLOSED


# The columns _rows selects, in BoardRow's field order (a string: only the type checker reads it).
BoardColumns: TypeAlias = ("Row[int, int, str, str, str, str, str, str, str, str, str | None, str | None, datetime, "
                           "datetime, datetime, datetime | None, int, datetime | None, datetime | None, str | None]")


# Built once (a select with five joins costs ~1 ms of Python to build): each read adds its filter and order.
_SELECT = (
    select(OccurrenceRow.id, OccurrenceRow.number, ClientRow.code, ClientRow.name, OccurrenceRow.summary,
           OccurrenceRow.channel, OccurrenceRow.kind, OccurrenceRow.sla_class, OccurrenceRow.status,
           OccurrenceRow.tab, StaffRow.login, StaffRow.name, OccurrenceRow.opened_at, OccurrenceRow.due_at,
           OccurrenceRow.tab_since, OccurrenceRow.closed_at, OccurrenceRow.version, BookingRow.starts_at,
           OfferRow.offered_at, _OFFERED_TO.name)
    .join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
    .outerjoin(StaffRow, StaffRow.id == OccurrenceRow.assignee_id)
    .outerjoin(BookingRow, BookingRow.occurrence_id == OccurrenceRow.id)
    # at most one offer waits per OC (workflow.place_offer); ix_offers_occurrence finds it
    .outerjoin(OfferRow, and_(OfferRow.occurrence_id == OccurrenceRow.id,
                              OfferRow.answer == literal_column(f"'{_PENDING}'")))
    .outerjoin(_OFFERED_TO, _OFFERED_TO.id == OfferRow.to_id)
)


def _rows(uow: UnitOfWork, where: Sequence[ColumnElement[bool]], order: Sequence[_Orderable] = (OccurrenceRow.number,),
          limit: int | None = None, policy: Policy | None = None) -> list[BoardRow]:
    query = _SELECT.where(*where).order_by(*order).limit(limit)
    # Core, not the ORM: plain tuples, without the ORM's per-row bookkeeping (~6 ms per 5,000 rows)
    result = uow.session.connection().execute(query)
    return _with_milestones(policy or uow.policy, result.all(), long_waits_in(uow))


_MARKS_KEPT = 50_000  # milestones remembered per policy (an open OC is one entry; ~10 MB at most)
_Marks: TypeAlias = "dict[tuple[str, datetime], tuple[datetime, datetime]]"
_marks_of: list[tuple[Policy, _Marks]] = []  # the last two policies' (the board's own and the database's)


def _marks_cache(policy: Policy) -> _Marks:
    """(warning, breach) by (SLA class, opened at) under ``policy``: an OC's milestones never change while the
    policy does not (the policy cache hands out the same object until an admin edits it), and every full read
    and every page names the same open OCs again. Two policies at most: the board's first page is worked out
    under the policy the board opened with, the rest under the database's, usually the same object."""
    for held, marks in _marks_of:
        if held is policy:
            if len(marks) > _MARKS_KEPT:
                marks.clear()
            return marks
    fresh: _Marks = {}
    _marks_of[:] = [*_marks_of[-1:], (policy, fresh)]
    return fresh


def _with_milestones(policy: Policy, result: Iterable[BoardColumns], waits: Mapping[str, int]) -> list[BoardRow]:
    calendar, ratio, classes = policy.calendar, policy.warning_ratio, policy.sla_classes
    known = _marks_cache(policy)
    out: list[BoardRow] = []
    append = out.append
    for row in result:
        if row[8] == _CLOSED:
            append(BoardRow(*row))
            continue
        long_wait = long_wait_at(row[14], waits.get(row[9]))
        sla = classes.get(row[7])
        if sla is None:  # unknown class: the board asks the policy and says why
            append(BoardRow(*row, None, None, None, long_wait))
            continue
        marks = known.get((row[7], row[12]))
        if marks is None:
            warning_at, _due, breach_at = milestone_instants(sla, calendar, row[12], ratio)
            marks = known[row[7], row[12]] = (warning_at, breach_at)
        append(BoardRow(*row, *marks, policy, long_wait))
    return out


# ``status <> 'closed'`` as a literal, not a bound parameter: the planner can then match it with the partial
# index ix_occurrences_open_number (migration 0003) and walk only the open OCs, in number order.
_NOT_CLOSED = OccurrenceRow.status != literal_column(f"'{_CLOSED}'")


def open_rows(db: Database) -> list[BoardRow]:
    """Every OC that is not closed, all tabs (the board splits them by tab on its own arrays)."""
    return run(db, lambda uow: _rows(uow, [_NOT_CLOSED]), write=False)


def rows_by_id(db: Database, ids: Collection[int]) -> list[BoardRow]:
    """The current state of these OCs, closed ones included, so the board can drop or update them."""
    if not ids:
        return []
    return run(db, lambda uow: rows_by_id_in(uow, ids), write=False)


def rows_by_id_in(uow: UnitOfWork, ids: Collection[int]) -> list[BoardRow]:
    """:func:`rows_by_id` inside a transaction already open (the live feed's read, models/feed.py).

    ``IN (…)``, not ``= ANY(:array)``: a batch names one to a few OCs, so a seat repeats a few statement texts
    that psycopg prepares and PostgreSQL runs on a generic plan; ``= ANY`` (one text) keeps a custom plan, planned
    on every run: 1.7 ms of the server's CPU per read against 0.4 (measured on the benchmark office, issue 10)."""
    wanted = list(ids)
    out: list[BoardRow] = []
    for start in range(0, len(wanted), 500):  # stay under every driver's bound-parameter limit
        out.extend(_rows(uow, [OccurrenceRow.id.in_(wanted[start:start + 500])]))
    return out


# The board's first paint (views/board.py): the first screenful of the tab in front, in (about) the order it is
# sorted by, then the rest of the open OCs in pages. Each order is a column the query can sort by; the board's
# own order (say, the breach instant under the current policy) may differ slightly, and the page it paints
# first is re-sorted as the rest arrives.
FRONT_ORDERS: Mapping[str, _Orderable] = {
    "due": OccurrenceRow.due_at,
    "number": OccurrenceRow.number,
    "client": func.lower(ClientRow.name),
    "summary": func.lower(OccurrenceRow.summary),
    "channel": OccurrenceRow.channel,
    "kind": OccurrenceRow.kind,
    "status": OccurrenceRow.status,
    "technician": func.lower(func.coalesce(StaffRow.name, "")),
    "opened": OccurrenceRow.opened_at,
    "in_tab": OccurrenceRow.tab_since,
}


def _in_tab(tab: str) -> ColumnElement[bool]:
    """``tab = :tab`` that no index answers (``tab || ''``): SQLite would otherwise walk ix_occurrences_tab_status,
    every OC the tab ever had (closed ones too: 40,000 for a busy tab after a year), instead of the partial
    index of the open ones (_NOT_CLOSED), a few thousand at most. PostgreSQL already picks the partial index."""
    return OccurrenceRow.tab.concat(literal_column("''")) == tab


def front_rows(db: Database, tab: str, order: str = "due", descending: bool = False, limit: int = 100,
               policy: Policy | None = None) -> list[BoardRow]:
    """The first ``limit`` open OCs of ``tab`` by ``order`` (a key of :data:`FRONT_ORDERS`; unknown: "due"):
    what the board paints before it has read everything, milestones worked out for these rows only.

    ``policy``: the one the board shows the rows under (the policy it opened with), so the first paint waits
    for no policy queries; None reads the current one. The pages that follow read the current one."""
    column = FRONT_ORDERS.get(order, OccurrenceRow.due_at)
    key = column.desc() if descending else column.asc()
    number = OccurrenceRow.number.desc() if descending else OccurrenceRow.number.asc()
    # The ids first, on the OCs alone (and the one table the order needs), then the five joins for those rows
    # only: joined first, PostgreSQL joined every open OC of the tab and sorted them all (22 ms for a busy tab's
    # 1,735 against 3 ms). Its own FROM (``correlate(None)``), though it names the outer query's tables.
    ids = select(OccurrenceRow.id)
    if order == "client":
        ids = ids.join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
    elif order == "technician":
        ids = ids.outerjoin(StaffRow, StaffRow.id == OccurrenceRow.assignee_id)
    first = ids.where(_NOT_CLOSED, _in_tab(tab)).order_by(key, number).limit(limit).correlate(None)
    return run(db, lambda uow: _rows(uow, [OccurrenceRow.id.in_(first)], (key, number), policy=policy), write=False)


def open_rows_page(db: Database, *, after: int = 0, limit: int = 1000, tab: str | None = None,
                   other_than: str | None = None) -> list[BoardRow]:
    """Open OCs numbered above ``after``, in number order, at most ``limit`` (a page: the next one starts after
    the last number of this one; fewer than ``limit`` rows means the end). ``tab`` keeps one tab,
    ``other_than`` every tab but one. The board reads everything in pages so a change-feed read on the same
    worker waits for one page, not for every open OC."""
    where: list[ColumnElement[bool]] = [_NOT_CLOSED, OccurrenceRow.number > after]
    if tab is not None:
        where.append(_in_tab(tab))
    if other_than is not None:
        where.append(OccurrenceRow.tab != other_than)
    return run(db, lambda uow: _rows(uow, where, (OccurrenceRow.number,), limit), write=False)
