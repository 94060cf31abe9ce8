"""The month before the demo day: closed OCs on every business day of the 29 days before it, so the console's
30-day ANS trend (services.gauges.daily_ans) draws real days, not one point.

``plan_month`` decides every call in plain Python with its own seeded ``random.Random`` (the day's plan and its
random stream stay exactly as they were): how busy each day is, who registered what for which client, who took it
and when it was closed. Each day gets a "pressure": most days are ordinary, Mondays are heavier and a few days go
badly (a SEFAZ outage, a short-staffed Friday), with longer queues and longer work. Whether an OC met its SLA is
not drawn but follows from its times and the stored SLA clock (domain.sla.due_at), so the chart's shape comes from
the same rule the gauges apply. Weekends and holidays stay empty, as the office is closed: the chart shows them as
gaps ("a quiet Sunday did not miss anything").

``write_month`` writes the plan in one transaction with bulk inserts instead of ~11,000 use-case calls (playing them
through the services would multiply the time of ``pitstop demo``, which runs on the first ``make run``). The rows
are those the services write for the same story: the OC (register → offer → accept → close, so version 4), its
accepted offer, its audit events (``registered``, ``offered``, ``accepted``, ``closed``; ``complemented`` on the
parent of a complementary call) with the same details, and one change-feed entry per event under one revision,
announced on PostgreSQL like any other. The help desk's people are on the roster of every business day of the month
with their demo day's shift and lunch (``month_rosters``; the weekly report's capacity reads it), written in the
same transaction as bulk rows with the administrator's audit events, as ``people.set_roster`` writes them. The load
runs as a trusted session (the tables' owner or a superuser, as for every administrator load), for which the
server's guards (db/guards.py) keep only the invariant that holds for everyone: nothing is closed before it was
opened.

It is written *after* the demo day has been played, on purpose: the day's OCs keep numbers 1…N that the tests, the
README and the screenshots name, and the month's OCs take the numbers after them (N+1…), in opening order. So an
older OC has a higher number than today's; a real office migrating its history would see the same.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select, text, update

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    AuditRow,
    ChangeRow,
    ClientRow,
    CounterRow,
    OccurrenceRow,
    OfferRow,
    RosterRow,
    StaffRow,
    TabRow,
)
from pitstop_desktop.demo.cast import CLIENTS, INTAKE, INTAKE_WEIGHTS, SEED, STAFF, DemoPerson
from pitstop_desktop.demo.texts import CHANNELS, COMPLEMENTS, FAQ_BY_KIND, KINDS, SLAS, SUMMARIES, WORK_MINUTES
from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import FAQ_COMPLEMENTARY, OfferAnswer, Role, Status
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.domain.sla import SlaClass, due_at
from pitstop_desktop.domain.tabs import Entry, OcFacts, TabRule, check_tab_accepts
from pitstop_desktop.services.unit_of_work import ADMIN, NOTIFY_CHANNEL, UnitOfWork, next_counter, run

MONTH_DAYS = 29  # with the demo day, the 30 days of the console's ANS trend
MONTH_SEED = SEED + 3  # its own stream: the day's plan does not move
CALLS_PER_DAY = 120  # an ordinary Wednesday; see WEEKDAY_LOAD
WEEKDAY_LOAD = (1.25, 1.1, 1.0, 1.0, 0.85, 0.5, 0.4)  # Monday first: the weekend's calls land on Monday
BAD_DAYS = 3  # days that go badly: long queues, long work, many breaches
COMPLEMENTARY_SHARE = 0.06  # calls that only complement an open OC (R2), closed at once with FAQ 7347
# Arrivals by half hour from 07:30 to 18:00: the day's profile (planner.ARRIVALS) and a calmer late afternoon.
ARRIVALS_FULL_DAY = (0.5, 1.2, 1.6, 1.8, 1.8, 1.7, 1.5, 1.3, 1.0, 0.8, 0.8, 1.1, 1.4, 1.4, 1.4, 1.3, 1.2, 1.0, 0.8,
                     0.6, 0.4)
OPENS = time(7, 30)


@dataclass(frozen=True)
class PastCall:
    """One closed OC of the month; ``parent`` (an index into the plan) makes it a complementary call."""

    by: str
    client: str
    channel: str
    kind: str
    sla: str
    tab: str
    summary: str
    opened_at: datetime
    due_at: datetime
    closed_at: datetime
    faq: str
    offered_by: str | None = None
    technician: str | None = None
    offered_at: datetime | None = None
    accepted_at: datetime | None = None
    parent: int | None = None

    @property
    def met(self) -> bool:
        """Met its SLA as services.gauges counts it: closed by the due time."""
        return self.closed_at <= self.due_at


def month_days(day: date) -> list[date]:
    """The 29 calendar days before ``day``, oldest first."""
    return [day - timedelta(days=MONTH_DAYS - i) for i in range(MONTH_DAYS)]


def _fits(rule: TabRule, channel: str, kind: str, sla: str) -> bool:
    try:
        check_tab_accepts(rule, OcFacts(None, channel, kind, sla), Entry.REGISTER, Role.ATTENDANT.value)
    except PitstopError:
        return False
    return True


def _seconds(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


class _MonthPlanner:
    def __init__(self, day: date, calendar: BusinessCalendar, sla_classes: Mapping[str, SlaClass],
                 rules: Mapping[str, TabRule]) -> None:
        self.rng = random.Random(MONTH_SEED)
        self.day, self.calendar, self.sla_classes, self.rules = day, calendar, sla_classes, rules
        self.tz = calendar.tz
        roles = {p.login: p.role for p in STAFF}
        self.technicians = {tab: [p.login for p in STAFF if tab in p.tabs and p.role == Role.TECHNICIAN]
                            for tab in INTAKE}
        self.registrars = {tab: [login for login in logins if roles[login] == Role.ATTENDANT] or list(logins)
                           for tab, logins in INTAKE.items()}
        self.clients = [f"C{1001 + i}" for i in range(len(CLIENTS))]
        self.client_weights = [3 if consulting else (2 if i < 12 else 1)
                               for i, (_, _, consulting) in enumerate(CLIENTS)]
        # nothing of the month may close on the demo day: its numbers are the tests' and the README's
        self.last_moment = datetime.combine(day, time(0), tzinfo=self.tz) - timedelta(hours=4, minutes=30)
        self.calls: list[PastCall] = []

    def weighted(self, weights: Mapping[str, int]) -> str:
        keys = list(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def plan(self) -> list[PastCall]:
        days = [d for d in month_days(self.day) if self.calendar.is_business_day(d)]
        bad = set(self.rng.sample(days, min(BAD_DAYS, len(days))))
        for d in days:
            pressure = self.rng.uniform(0.7, 1.25) + (0.25 if d.weekday() == 0 else 0.0)
            if d in bad:
                pressure = self.rng.uniform(2.2, 3.2)
            volume = round(CALLS_PER_DAY * WEEKDAY_LOAD[d.weekday()] * self.rng.uniform(0.85, 1.15)
                           * (1.2 if d in bad else 1.0))
            for _ in range(volume):
                self.call(d, pressure)
        return self.calls

    def call(self, d: date, pressure: float) -> None:
        bucket = self.rng.choices(range(len(ARRIVALS_FULL_DAY)), weights=ARRIVALS_FULL_DAY)[0]
        opened = _seconds(datetime.combine(d, OPENS, tzinfo=self.tz)
                          + timedelta(seconds=1800 * bucket + self.rng.randint(0, 1799)))
        tab = self.weighted(INTAKE_WEIGHTS)
        for _ in range(30):
            kind, channel, sla = self.weighted(KINDS[tab]), self.weighted(CHANNELS[tab]), self.weighted(SLAS)
            if _fits(self.rules[tab], channel, kind, sla):
                break
        else:
            return
        by = self.rng.choice(self.registrars[tab])
        technician = self.rng.choice([t for t in self.technicians[tab] if t != by])
        client = self.rng.choices(self.clients, weights=self.client_weights)[0]
        # the queue: a few minutes on an ordinary day, much longer when the day goes badly
        offered = _seconds(opened + timedelta(seconds=self.rng.randint(20, 150))
                           + timedelta(minutes=self.rng.expovariate(1 / (3.0 * pressure ** 2))))
        accepted = offered + timedelta(seconds=self.rng.randint(30, 240))
        low, high = WORK_MINUTES[sla]
        minutes = self.rng.uniform(low, high) * (0.6 + 0.4 * pressure)
        if self.rng.random() < 0.1:
            minutes *= 2.5
        closed = self.calendar.add_business_minutes(accepted, minutes)
        if sla in ("72H", "10D") and self.rng.random() < 0.3:  # a visit booked for a later day
            closed += timedelta(days=self.rng.randint(1, 3))
            while not self.calendar.is_business_day(closed.astimezone(self.tz).date()):
                closed += timedelta(days=1)
        if closed > self.last_moment:  # the eve of the demo day: someone stays to close it
            closed = max(accepted + timedelta(minutes=5), self.last_moment - timedelta(minutes=self.rng.randint(0, 50)))
        closed = _seconds(closed.astimezone(self.tz))
        summary = self.rng.choice(SUMMARIES[kind]).format(
            nf=self.rng.randint(10_200, 48_900), pdv=self.rng.randint(1, 8), month="outubro",
            serie=self.rng.randint(1, 3), item=self.rng.randint(2, 25))
        self.calls.append(PastCall(
            by, client, channel, kind, sla, tab, summary, opened, due_at(self.sla_classes[sla], self.calendar, opened),
            closed, self.rng.choice(FAQ_BY_KIND[kind]), by, technician, offered, accepted))
        if self.rng.random() < COMPLEMENTARY_SHARE and closed - opened > timedelta(minutes=15):
            again = _seconds(opened + (closed - opened) * self.rng.uniform(0.2, 0.8))
            parent = len(self.calls) - 1
            self.calls.append(PastCall(
                self.rng.choice(self.registrars[tab]), client, channel, kind, sla, tab,
                self.rng.choice(COMPLEMENTS), again, due_at(self.sla_classes[sla], self.calendar, again), again,
                FAQ_COMPLEMENTARY, parent=parent))


def plan_month(day: date, calendar: BusinessCalendar, sla_classes: Mapping[str, SlaClass],
               rules: Mapping[str, TabRule]) -> list[PastCall]:
    """The closed OCs of the 29 days before ``day``, in opening order (pure: no database)."""
    calls = _MonthPlanner(day, calendar, sla_classes, rules).plan()
    # the calls were planned day by day, a complementary one right after its parent; in opening order each
    # parent still comes before its complement (it was opened first), at a new place
    order = sorted(range(len(calls)), key=lambda i: (calls[i].opened_at, i))
    place = {old: new for new, old in enumerate(order)}
    return [replace(calls[old], parent=place[parent]) if (parent := calls[old].parent) is not None else calls[old]
            for old in order]


def month_rosters(day: date, calendar: BusinessCalendar) -> list[tuple[DemoPerson, date]]:
    """The help desk's roster of the month before ``day``: every person of the cast's ``STAFF`` on every business
    day of :func:`month_days`, with the shift and lunch of their demo day (pure: no database). The consultants'
    weeks are demo/consulting.py's; weekends and holidays stay off the roster, as the office is closed."""
    return [(p, d) for d in month_days(day) if calendar.is_business_day(d) for p in STAFF]


def write_month(db: Database, calls: Sequence[PastCall],
                rosters: Sequence[tuple[DemoPerson, date]] = ()) -> int:
    """Write the month (see the module's docstring) and the help desk's rosters of its days (:func:`month_rosters`)
    in one transaction; returns how many OCs it wrote."""
    def work(uow: UnitOfWork) -> int:
        written = _write(uow, calls)
        _write_rosters(uow, rosters)
        return written

    return run(db, work)


def _write_rosters(uow: UnitOfWork, rosters: Sequence[tuple[DemoPerson, date]]) -> None:
    """Bulk roster rows, each with the audit event and change-feed row ``people.set_roster`` writes (the
    administrator's, at the real time of loading, as the demo day's roster), all under one revision.

    Without them the weekly report's capacity (point 7) of a past week counted only the consultants."""
    if not rosters:
        return
    s = uow.session
    staff = {k: v for k, v in s.execute(select(StaffRow.login, StaffRow.id))}
    tz = uow.policy.calendar.tz

    def at(d: date, t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=tz).astimezone(UTC)

    rows = [{"staff_id": staff[p.login], "day": d, "shift_start": at(d, p.shift[0]), "shift_end": at(d, p.shift[1]),
             "lunch_start": at(d, p.lunch[0]) if p.lunch else None, "lunch_end": at(d, p.lunch[1]) if p.lunch else None}
            for p, d in rosters]
    ids = s.execute(insert(RosterRow).returning(RosterRow.id, sort_by_parameter_order=True), rows).scalars()
    events = [{"at": uow.at, "actor": ADMIN, "entity": Entity.ROSTER.value, "entity_id": id_, "occurrence_id": None,
               "action": "set", "detail": f"{p.login} {d.isoformat()} {p.shift[0]:%H:%M}-{p.shift[1]:%H:%M}",
               "before": None, "after": None, "backfilled": False}
              for (p, d), id_ in zip(rosters, ids, strict=True)]
    s.execute(insert(AuditRow), events)
    revision = next_counter(s, "revision")
    s.execute(insert(ChangeRow), [{"revision": revision, "entity": e["entity"], "entity_id": e["entity_id"],
                                   "action": e["action"], "at": e["at"]} for e in events])
    if uow.dialect == "postgresql":
        s.execute(text("SELECT pg_notify(:channel, :payload)"),
                  {"channel": NOTIFY_CHANNEL, "payload": json.dumps({"revision": revision})})


def _write(uow: UnitOfWork, calls: Sequence[PastCall]) -> int:
    s = uow.session
    staff = {k: v for k, v in s.execute(select(StaffRow.login, StaffRow.id))}
    clients = {k: v for k, v in s.execute(select(ClientRow.code, ClientRow.id))}
    tab_names = {k: v for k, v in s.execute(select(TabRow.code, TabRow.name))}
    first = int(s.scalar(select(CounterRow.value).where(CounterRow.name == "occurrence_number")) or 0) + 1
    numbers = [first + i for i in range(len(calls))]
    s.execute(update(CounterRow).where(CounterRow.name == "occurrence_number")
              .values(value=first + len(calls) - 1))
    ids: dict[int, int] = {}
    # parents first: a complementary OC points at its parent's id
    for group in ([i for i, c in enumerate(calls) if c.parent is None],
                  [i for i, c in enumerate(calls) if c.parent is not None]):
        if not group:
            continue
        rows = [_occurrence(calls[i], numbers[i], staff, clients, ids, numbers) for i in group]
        result = s.execute(insert(OccurrenceRow).returning(OccurrenceRow.id, sort_by_parameter_order=True), rows)
        ids.update(zip(group, result.scalars(), strict=True))
    offers = [{"occurrence_id": ids[i], "tab": c.tab, "to_id": staff[c.technician],
               "offered_by_id": staff[c.offered_by], "offered_at": c.offered_at,
               "answer": OfferAnswer.ACCEPTED.value, "answered_at": c.accepted_at, "reason": None, "warnings": ""}
              for i, c in enumerate(calls) if c.technician is not None and c.offered_by is not None]
    if offers:
        s.execute(insert(OfferRow), offers)
    events = sorted(_events(calls, numbers, ids, clients, tab_names), key=lambda e: e["at"])
    if events:
        s.execute(insert(AuditRow), events)
        revision = next_counter(s, "revision")
        s.execute(insert(ChangeRow), [{"revision": revision, "entity": e["entity"], "entity_id": e["entity_id"],
                                       "action": e["action"], "at": e["at"]} for e in events])
        if uow.dialect == "postgresql":  # as UnitOfWork.finish does for a long batch: listeners read the feed
            s.execute(text("SELECT pg_notify(:channel, :payload)"),
                      {"channel": NOTIFY_CHANNEL, "payload": json.dumps({"revision": revision})})
    return len(calls)


def _occurrence(call: PastCall, number: int, staff: Mapping[str, int], clients: Mapping[str, int],
                ids: Mapping[int, int], numbers: Sequence[int]) -> dict[str, Any]:
    complementary = call.parent is not None
    summary = call.summary.format(parent=numbers[call.parent]) if call.parent is not None else call.summary
    return {
        "number": number, "request_id": None, "client_id": clients[call.client], "channel": call.channel,
        "kind": call.kind, "summary": summary, "tab": call.tab,
        "status": Status.CLOSED.value, "sla_class": call.sla, "opened_at": call.opened_at, "due_at": call.due_at,
        "closed_at": call.closed_at, "tab_since": call.opened_at,
        "assignee_id": None if complementary else staff[call.technician or call.by],
        "opened_by_id": staff[call.by], "faq_code": call.faq, "close_note": None,
        "complementary_of_id": ids[call.parent] if call.parent is not None else None,
        "version": 1 if complementary else 4,
    }


def _events(calls: Sequence[PastCall], numbers: Sequence[int], ids: Mapping[int, int], clients: Mapping[str, int],
            tab_names: Mapping[str, str]) -> Iterator[dict[str, Any]]:
    def event(at: datetime, actor: str, i: int, action: str, detail: str, before: dict[str, str] | None = None,
              after: dict[str, str] | None = None) -> dict[str, Any]:
        return {"at": at.astimezone(UTC), "actor": actor, "entity": Entity.OCCURRENCE.value, "entity_id": ids[i],
                "occurrence_id": ids[i], "action": action, "detail": detail, "before": before, "after": after,
                "backfilled": False}

    for i, c in enumerate(calls):
        yield event(c.opened_at, c.by, i, "registered",
                    f"{c.client} · {c.channel} · {c.kind} · SLA {c.sla} · {tab_names[c.tab]}",
                    after={"tab": c.tab, "status": Status.OPEN.value})
        if c.parent is not None:
            yield event(c.opened_at, c.by, i, "closed",
                        f"FAQ {FAQ_COMPLEMENTARY}: complementar à OC {numbers[c.parent]} (R2)")
            yield event(c.opened_at, c.by, c.parent, "complemented",
                        f"ligação complementar registrada na OC {numbers[i]}")
            continue
        assert c.offered_at is not None and c.accepted_at is not None and c.technician and c.offered_by
        yield event(c.offered_at, c.offered_by, i, "offered", f"oferecida a {c.technician}")
        yield event(c.accepted_at, c.technician, i, "accepted", f"{c.technician} assumiu a OC",
                    after={"assignee": c.technician, "status": Status.IN_PROGRESS.value})
        yield event(c.closed_at, c.technician, i, "closed", f"FAQ {c.faq}", before={"status": Status.IN_PROGRESS.value},
                    after={"status": Status.CLOSED.value})
