"""The supervisor's SLA gauges and the daily ANS trend (ANS: share of OCs concluded within their SLA).

Two read-only use cases feed the console's gauge panel and the wallboard:

- :func:`gauge_snapshot` gives, per SLA class in policy order, the open OCs as small plain rows and today's
  closures (met / total). The open rows carry ``opened_at`` so the screen recounts on-track / warning / breached
  every second with the policy alone: the database is read when something changes, not when the clock ticks.
- :func:`daily_ans` gives met / total closures for each of the last N days, aggregated in SQL so it stays fast
  with hundreds of thousands of closed OCs.

"Today" and every "day" are local days of the business calendar's zone (America/Sao_Paulo by default): an OC
closed at 23:30 in São Paulo (02:30 UTC the next day) counts on the São Paulo day, as the supervisor lived it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, literal, select
from sqlalchemy.orm import aliased

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ClientRow, OccurrenceRow, StaffRow, TabRow
from pitstop_desktop.domain.codes import SlaState, Status
from pitstop_desktop.domain.signals import long_wait_at as limit_at
from pitstop_desktop.domain.sla import milestone_instants
from pitstop_desktop.services.signals import long_waits_in
from pitstop_desktop.services.unit_of_work import Policy, UnitOfWork, run

DEFAULT_ANS_TARGET = 0.90
"""The ANS goal drawn on the trend chart. Neither seed names a number; 90 % is a common help-desk goal and a
display aid only (nothing is refused or flagged by it)."""

DEFAULT_TREND_DAYS = 30

OPEN_STATUSES = tuple(s.value for s in Status if s != Status.CLOSED)
"""Spelled out rather than ``!= 'closed'`` so both databases can walk the (status, opened_at) index instead of
scanning every closed OC of the past years."""


@dataclass(frozen=True, slots=True)
class GaugeOc:
    """One open OC, just enough to tick its SLA state and to name it on the wallboard's at-risk list."""

    number: int
    sla: str
    opened_at: datetime
    due_at: datetime
    tab: str
    tab_name: str
    assignee: str | None
    assignee_name: str | None
    summary: str
    client: str
    client_name: str
    long_wait_at: datetime | None = None  # "demora excessiva em linha" from then on (domain.signals); None: no limit
    warning_at: datetime | None = None  # the SLA milestones (domain.sla.milestone_instants), as the board's rows
    breach_at: datetime | None = None  # carry them; None for a class the policy does not know


@dataclass(frozen=True, slots=True)
class GaugeClass:
    """One SLA class: its open OCs and today's closures (complementary OCs left out, see :func:`daily_ans`)."""

    code: str
    name: str
    open: tuple[GaugeOc, ...]
    closed_today_met: int
    closed_today_total: int

    @property
    def ans_today(self) -> float | None:
        """Share of today's closures that met their SLA; None when nothing closed yet (not 0 %, not 100 %)."""
        if not self.closed_today_total:
            return None
        return self.closed_today_met / self.closed_today_total


@dataclass(frozen=True, slots=True)
class GaugeSnapshot:
    """What the gauges show, read in one transaction at ``at``; ``day`` is ``at``'s local day in ``timezone``."""

    at: datetime
    day: date
    timezone: str
    classes: tuple[GaugeClass, ...]

    def by_code(self, code: str) -> GaugeClass:
        for item in self.classes:
            if item.code == code:
                return item
        raise KeyError(code)

    @property
    def open(self) -> tuple[GaugeOc, ...]:
        return tuple(oc for item in self.classes for oc in item.open)

    @property
    def closed_today_met(self) -> int:
        return sum(item.closed_today_met for item in self.classes)

    @property
    def closed_today_total(self) -> int:
        return sum(item.closed_today_total for item in self.classes)

    @property
    def ans_today(self) -> float | None:
        total = self.closed_today_total
        return self.closed_today_met / total if total else None


@dataclass(frozen=True, slots=True)
class DayAns:
    """Closures of one local day: how many met their SLA out of how many (complementary OCs excluded)."""

    day: date
    met: int
    total: int

    @property
    def ans(self) -> float | None:
        return self.met / self.total if self.total else None


def local_day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of a local day as UTC instants.

    Computed through zoneinfo rather than as "midnight minus the offset", so a day that starts inside a DST gap
    or lasts 23 or 25 hours still has its true bounds (São Paulo had DST until 2019; an admin may pick a zone
    that still has it).
    """
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def _closures_between(start: datetime, end: datetime) -> ColumnElement[bool]:
    """OCs closed in [start, end) that count for ANS.

    Complementary OCs (FAQ 7347, R2) are reported apart, not as ANS. There is no ``status = 'closed'`` term:
    ``closed_at`` is set exactly when an OC closes and closing is final (R11), and with that term SQLite walks
    the (status, opened_at) index over every closed OC of the past years, several times slower than a scan.
    """
    return and_(OccurrenceRow.closed_at >= start, OccurrenceRow.closed_at < end,
                OccurrenceRow.complementary_of_id.is_(None))


def _met() -> ColumnElement[int]:
    """1 when closed by the stored due time (the SLA of FAQ 7367 as it was when the OC was opened), else 0."""
    return case((OccurrenceRow.closed_at <= OccurrenceRow.due_at, 1), else_=0)


def gauge_snapshot(db: Database, *, at: datetime | None = None) -> GaugeSnapshot:
    """Every open OC by SLA class plus today's ANS per class, in one read transaction.

    Open means any status but ``closed`` (offered, in progress and awaiting approval still run their clock).
    The open OCs come back whole rather than as counts because the states change with time, not with data:
    the console recounts them every second from ``opened_at`` without asking the database again.
    """

    def work(uow: UnitOfWork) -> GaugeSnapshot:
        policy = uow.policy
        zone = policy.calendar.tz
        day = uow.at.astimezone(zone).date()
        start, end = local_day_bounds(day, zone)
        assignee = aliased(StaffRow)
        rows = uow.session.execute(
            select(OccurrenceRow.number, OccurrenceRow.sla_class, OccurrenceRow.opened_at, OccurrenceRow.due_at,
                   OccurrenceRow.tab, TabRow.name, assignee.login, assignee.name, OccurrenceRow.summary,
                   ClientRow.code, ClientRow.name, OccurrenceRow.tab_since)
            .join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
            .join(TabRow, TabRow.code == OccurrenceRow.tab)
            .outerjoin(assignee, assignee.id == OccurrenceRow.assignee_id)
            .where(OccurrenceRow.status.in_(OPEN_STATUSES))
            .order_by(OccurrenceRow.due_at, OccurrenceRow.number)
        )
        open_by_class: dict[str, list[GaugeOc]] = defaultdict(list)
        waits = long_waits_in(uow)
        calendar, ratio, known_classes = policy.calendar, policy.warning_ratio, policy.sla_classes
        for number, sla, opened_at, due_at, tab, tab_name, login, name, summary, client, client_name, since in rows:
            known = known_classes.get(sla)
            warning_at = breach_at = None
            if known is not None:
                warning_at, _due, breach_at = milestone_instants(known, calendar, opened_at, ratio)
            oc = GaugeOc(number, sla, opened_at, due_at, tab, tab_name, login, name, summary, client, client_name,
                         limit_at(since, waits.get(tab)), warning_at, breach_at)
            open_by_class[oc.sla].append(oc)
        closed = _closed_by_class(uow, start, end)
        classes = tuple(
            GaugeClass(code=sla.code, name=sla.name, open=tuple(open_by_class.get(sla.code, ())),
                       closed_today_met=closed.get(sla.code, (0, 0))[0],
                       closed_today_total=closed.get(sla.code, (0, 0))[1])
            for sla in sorted(policy.sla_classes.values(), key=lambda s: s.position)
        )
        return GaugeSnapshot(at=uow.at, day=day, timezone=policy.calendar.timezone, classes=classes)

    return run(db, work, at, write=False)


def _closed_by_class(uow: UnitOfWork, start: datetime, end: datetime) -> dict[str, tuple[int, int]]:
    return {
        code: (int(met or 0), int(total))
        for code, met, total in uow.session.execute(
            select(OccurrenceRow.sla_class, func.sum(_met()), func.count())
            .where(_closures_between(start, end))
            .group_by(OccurrenceRow.sla_class)
        )
    }


@dataclass(frozen=True, slots=True)
class ClosedToday:
    """Today's closures per SLA class (met, total), read at ``at``; ``day`` is ``at``'s local day."""

    at: datetime
    day: date
    by_class: dict[str, tuple[int, int]]


def closed_today(db: Database, *, at: datetime | None = None) -> ClosedToday:
    """Only today's closures per class: what the console's gauges read when an OC closes (their open OCs come from
    the board's rows, ``models/sla_tally.py``). One aggregate over the closed_at index of one day."""
    return run(db, closed_today_in, at, write=False)


def closed_today_in(uow: UnitOfWork, at: datetime | None = None) -> ClosedToday:
    """:func:`closed_today` in a transaction already open, as seen at ``at`` (default ``uow.at``)."""
    at = at or uow.at
    zone = uow.policy.calendar.tz
    day = at.astimezone(zone).date()
    start, end = local_day_bounds(day, zone)
    return ClosedToday(at, day, _closed_by_class(uow, start, end))


# Closed days of the ANS history, per database and calendar zone: computed once and kept (issue 10: the trend used
# to rescan every closure of the window on each change, for every seat, although only today can change). A
# closure an administrator backfills into a past day shows after the program restarts.
_closed_days: dict[tuple[str, str], dict[date, tuple[int, int]]] = {}


def daily_ans(db: Database, *, days: int = DEFAULT_TREND_DAYS, at: datetime | None = None) -> list[DayAns]:
    """Met / total closures for each of the last ``days`` local days, oldest first, today last.

    Every day is present, with 0 / 0 when nothing closed (the chart leaves a gap, it does not draw 0 %).
    Met means ``closed_at <= due_at``. Complementary OCs (FAQ 7347, ``complementary_of`` set) are left out: the
    manual has them registered and closed at once only to log the extra call (R2), and reports count them apart,
    so counting them would lift the ANS with calls that never had a deadline to meet.

    The aggregation happens in SQL, one query for the whole window: each closure is put into its local day by
    comparing ``closed_at`` with the days' UTC bounds (computed in Python with zoneinfo), then counted and summed
    per day. That is the same on SQLite (times stored as UTC text, no time-zone functions) and PostgreSQL,
    and right on days with a DST change. The bucket is computed in a subquery and grouped outside it, because
    PostgreSQL cannot match a GROUP BY expression that repeats bound parameters.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    return run(db, lambda uow: _daily_ans_in(uow, db, days), at, write=False)


def closed_today_with_ans(db: Database, *, days: int = DEFAULT_TREND_DAYS, at: datetime | None = None
                          ) -> tuple[ClosedToday, list[DayAns]]:
    """:func:`closed_today` and :func:`daily_ans` in one transaction, the second from the first's figures when the
    closed days are kept already (today's met / total is the sum over the classes): what the console's gauges read
    when an OC closes, one transaction and one aggregate instead of two of each (issue 10)."""
    if days < 1:
        raise ValueError("days must be at least 1")

    return run(db, lambda uow: closed_today_with_ans_in(uow, db, days), at, write=False)


def closed_today_with_ans_in(uow: UnitOfWork, db: Database, days: int, at: datetime | None = None
                             ) -> tuple[ClosedToday, list[DayAns]]:
    """:func:`closed_today_with_ans` in a transaction already open (the live feed's, when an OC closed), as seen
    at ``at`` (default ``uow.at``)."""
    today = closed_today_in(uow, at)
    met = sum(m for m, _total in today.by_class.values())
    total = sum(t for _met, t in today.by_class.values())
    return today, _daily_ans_in(uow, db, days, (met, total), at)


def _daily_ans_in(uow: UnitOfWork, db: Database, days: int, today_counts: tuple[int, int] | None = None,
                  at: datetime | None = None) -> list[DayAns]:
    """:func:`daily_ans` in a transaction already open; ``today_counts``: today's (met, total), read already
    (no query then when every earlier day of the window is kept)."""
    zone = uow.policy.calendar.tz
    today = (at or uow.at).astimezone(zone).date()
    window = [today - timedelta(days=days - 1 - i) for i in range(days)]
    kept = _closed_days.setdefault((db.display_url, str(zone)), {})
    # a day before today is over: its closures are final, counted once and kept; today is always read
    first = next((d for d in window[:-1] if d not in kept), today)
    if first == today and today_counts is not None:
        return [DayAns(day, *(today_counts if day == today else kept[day])) for day in window]
    read = window[window.index(first):]
    bounds = [local_day_bounds(d, zone)[0] for d in read] + [local_day_bounds(today, zone)[1]]
    whens = [(OccurrenceRow.closed_at < bounds[i + 1], i) for i in range(len(read) - 1)]
    bucket = case(*whens, else_=len(read) - 1) if whens else literal(0)
    closures = (
        select(bucket.label("day_index"), _met().label("met"))
        .where(_closures_between(bounds[0], bounds[-1]))
        .subquery()
    )
    counted = {
        read[int(index)]: (int(met or 0), int(total))
        for index, met, total in uow.session.execute(
            select(closures.c.day_index, func.sum(closures.c.met), func.count())
            .group_by(closures.c.day_index)
        )
    }
    for day in read[:-1]:
        kept[day] = counted.get(day, (0, 0))
    return [DayAns(day, *(counted.get(day, (0, 0)) if day == today else kept[day])) for day in window]



@dataclass(frozen=True, slots=True)
class ClassCounts:
    """How one class's open OCs stand at one moment."""

    code: str
    on_track: int = 0
    warning: int = 0
    breached: int = 0

    @property
    def open(self) -> int:
        return self.on_track + self.warning + self.breached


@dataclass(frozen=True, slots=True)
class AtRisk:
    """An open OC past the warning threshold, with its state and (business or calendar) minutes left."""

    oc: GaugeOc
    state: str
    remaining_minutes: int


@dataclass(frozen=True, slots=True)
class StateCount:
    counts: dict[str, ClassCounts]
    at_risk: tuple[AtRisk, ...]
    long_waits: int = 0  # open OCs past their tab's "demora excessiva em linha" threshold


def count_states(snapshot: GaugeSnapshot, policy: Policy, now: datetime) -> StateCount:
    """Recount the snapshot's open OCs at ``now`` with the policy alone (no database): the once-a-second tick.

    Uses :meth:`Policy.read`, the same SLA computation as every other screen, so a gauge never disagrees with
    the board about an OC. The at-risk list (warning and breached) is sorted by time left, most overdue first.
    """
    counts: dict[str, ClassCounts] = {}
    at_risk: list[AtRisk] = []
    long_waits = 0
    for item in snapshot.classes:
        tally = {SlaState.ON_TRACK: 0, SlaState.WARNING: 0, SlaState.BREACHED: 0}
        for oc in item.open:
            if oc.long_wait_at is not None and now >= oc.long_wait_at:
                long_waits += 1
            reading = policy.read(oc.sla, oc.opened_at, now)
            tally[reading.state] = tally.get(reading.state, 0) + 1
            if reading.state in (SlaState.WARNING, SlaState.BREACHED):
                at_risk.append(AtRisk(oc, reading.state.value, reading.remaining_minutes))
        counts[item.code] = ClassCounts(item.code, tally[SlaState.ON_TRACK], tally[SlaState.WARNING],
                                        tally[SlaState.BREACHED])
    at_risk.sort(key=lambda r: (r.remaining_minutes, r.oc.due_at, r.oc.number))
    return StateCount(counts, tuple(at_risk), long_waits)
