"""The demo day keeps every promise of the issue, on SQLite and on PostgreSQL, and the month before it gives the
console's 30-day ANS trend real days (issue 10).

Loading the day costs a few seconds, so it is loaded once per backend (module-scoped ``loaded``) into a database
that already holds a little data, with ``reset=True``: the reset path is exercised by the same load. The cheap
checks (refusals, reset alone, default day) use the conftest's ``db`` fixture on both backends.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from pitstop_desktop import cli
from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    AuditRow,
    BookingRow,
    CalendarRow,
    ChangeRow,
    ContactRow,
    CounterRow,
    OccurrenceRow,
    PresenceRow,
    RosterRow,
    SlaClassRow,
    StaffRow,
    TabRow,
    TaskRow,
)
from pitstop_desktop.demo import day as demo
from pitstop_desktop.demo.month import PastCall, plan_month
from pitstop_desktop.domain.availability import PresenceState
from pitstop_desktop.domain.codes import FAQ_APPOINTMENT, FAQ_COMPLEMENTARY, ApoioReason, Role, SlaCode, Status, TabCode
from pitstop_desktop.domain.errors import BadValue, Conflict, NotPermitted
from pitstop_desktop.services import apoio, escalations, gauges, occurrences, offers, people, slots, timeline
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.settings import DEMO_DAY, set_setting
from pitstop_desktop.services.unit_of_work import UnitOfWork, run, tab_rule
from tests.conftest import BACKENDS, Templates, fresh_database_url, scram_verifiers
from tests.services.helpers import assert_timeline_and_picker_agree

SP = ZoneInfo("America/Sao_Paulo")
DAY = date(2026, 11, 24)  # a Tuesday
START = datetime.combine(DAY, time(7, 30), tzinfo=SP)
NOW = datetime.combine(DAY, time(14, 30), tzinfo=SP)
APOIO = {"zenaide", "fernanda", "janne"}
# administrator records and the consulting team's weeks: written apart from the day's play
NOT_PLAYED = ("staff", "client", "roster", "contact_person", "contact", "task", "work_plan", "room_booking")

# One projection of the whole day per backend, to check that two databases loaded apart hold the same day.
PROJECTIONS: dict[str, tuple[object, ...]] = {}


def small_desk(db: Database) -> None:
    """A little of everything the reset must remove: OCs linked to each other, an offer, an escalation, an APOIO
    item, a booking, presence, roster, staff with tabs and a client."""
    people.add_client(db, code="OLD", name="Cliente Antigo Ltda")
    people.add_staff(db, login="att", name="Atendente", role="attendant", tabs=["n1_rapida"])
    people.add_staff(db, login="tec", name="Técnico", role="technician", tabs=["n1_rapida"])
    day = DAY - timedelta(days=1)
    people.set_roster(db, login="tec", day=day, start=time(8), end=time(17), lunch=(time(12), time(13)))
    people.record_presence(db, login="tec", kind="login", at=datetime.combine(day, time(8), tzinfo=SP))
    first = occurrences.register_call(db, actor="att", client="OLD", channel="phone", summary="PDV parado",
                                      at=datetime.combine(day, time(9), tzinfo=SP))
    occurrences.register_call(db, actor="att", client="OLD", channel="phone", summary="retorno",
                              complementary_of=first.number, at=datetime.combine(day, time(9, 10), tzinfo=SP))
    booked = occurrences.register_call(db, actor="att", client="OLD", channel="phone", summary="instalação",
                                       kind="installation", slot=datetime.combine(day, time(14), tzinfo=SP),
                                       technician="tec", at=datetime.combine(day, time(9, 20), tzinfo=SP))
    offers.offer(db, first.number, actor="att", to="tec", at=datetime.combine(day, time(9, 30), tzinfo=SP))
    escalations.escalate(db, first.number, actor="att", target="n2", reason="not_solvable_n1",
                         at=datetime.combine(day, time(9, 40), tzinfo=SP))
    assert booked.assignee == "tec"  # tec's OC: only tec or management sends it on (issue 8), so another goes
    sent = occurrences.register_call(db, actor="att", client="OLD", channel="phone", summary="reclamação",
                                     at=datetime.combine(day, time(9, 45), tzinfo=SP))
    apoio.send(db, sent.number, actor="att", reason="cliente pediu a gestão",
               at=datetime.combine(day, time(9, 50), tzinfo=SP))


def revision(db: Database) -> int:
    return run(db, lambda uow: int(uow.session.scalar(
        select(CounterRow.value).where(CounterRow.name == "revision")) or 0), write=False)


def count(db: Database, row: type) -> int:
    return run(db, lambda uow: int(uow.session.scalar(select(func.count()).select_from(row)) or 0), write=False)


def projection(db: Database) -> tuple[object, ...]:
    """What a person sees of the day at the demo clock (no database ids, no loading-time stamps)."""
    ocs = tuple(
        (v.number, v.client, v.channel, v.kind, v.sla, v.tab, v.status, v.opened_by, v.assignee, v.offered_to,
         v.opened_at, v.closed_at, v.faq, v.complementary_of, v.summary, v.sla_state, v.remaining_minutes,
         v.pending_escalation.target if v.pending_escalation else None)
        for v in occurrences.list_occurrences(db, at=NOW))
    escs = tuple((e.number, e.target, e.reason, e.status, e.requested_by, e.requested_at, e.decided_by,
                  e.decided_at) for e in escalations.list_escalations(db))
    items = tuple((i.number, i.reason, i.since, i.claimed_by, i.claimed_at) for i in apoio.list_items(db))
    staff = tuple(people.list_staff(db))
    clients = tuple(people.list_clients(db))
    free = tuple(slots.free_slots(db, day=DAY, at=NOW))
    return ocs, escs, items, staff, clients, free


@dataclass
class Loaded:
    backend: str
    url: str
    db: Database
    summary: str
    revision_before: int
    seconds: float
    views: list[OccurrenceRecord]  # the demo day's OCs (numbers 1…N)
    month: list[OccurrenceRecord]  # the 29 days before it (numbers N+1…)


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request: pytest.FixtureRequest, db_templates: Templates,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    import time as clock

    urls = fresh_database_url(db_templates.get(request.param), tmp_path_factory.mktemp("demo"))
    url = next(urls)
    db = Database(url)
    try:
        small_desk(db)
        before = revision(db)
        started = clock.perf_counter()
        summary = demo.load_demo(db, day=DAY, reset=True, confirm=db.name)  # not a demo database: confirmed
        seconds = clock.perf_counter() - started
        print(f"\ndemo day on {request.param}: {seconds:.2f}s — {summary}")
        every = occurrences.list_occurrences(db, at=NOW)
        yield Loaded(request.param, url, db, summary, before, seconds, [v for v in every if v.opened_at >= START],
                     [v for v in every if v.opened_at < START])
    finally:
        db.dispose()
        urls.close()


def staff_rows(uow: UnitOfWork) -> list[StaffRow]:
    return list(uow.session.scalars(select(StaffRow).order_by(StaffRow.login)))


# The people


def test_summary_line_tells_the_day(loaded: Loaded) -> None:
    assert loaded.summary.startswith("Dia de demonstração 2026-11-24")
    assert "\n" not in loaded.summary
    assert f"{len(loaded.views)} OCs" in loaded.summary
    counted = [v for v in loaded.month if v.complementary_of is None]
    ans = sum(v.sla_state == "met" for v in counted) * 100 // len(counted)
    assert f"nos 29 dias anteriores, {len(loaded.month)} OCs encerradas (ANS {ans}%)" in loaded.summary
    assert "37 pessoas" in loaded.summary and "36 clientes" in loaded.summary  # 34 at the desk, 3 consultants
    assert "consultoria: 3 consultores" in loaded.summary and "em 8 semanas (2026-W42 a 2026-W49)" in loaded.summary


def test_staff_roles_sites_and_apoio(loaded: Loaded) -> None:
    staff = people.list_staff(loaded.db)
    roles = Counter(s.role for s in staff)
    assert roles[Role.MANAGER] >= 2 and roles[Role.SUPERVISOR] >= 2
    apoio_staff = [s for s in staff if s.role == Role.APOIO]
    assert {s.login for s in apoio_staff} == APOIO
    assert {s.name.split()[0] for s in apoio_staff} == {"Zenaide", "Fernanda", "Janne"}
    assert all(s.tabs == (TabCode.APOIO_N1,) for s in apoio_staff)
    workers = [s for s in staff if s.role in (Role.TECHNICIAN, Role.ATTENDANT)]
    assert len(workers) >= 20
    assert {s.site for s in workers} == {"matriz", "filial"}
    assert {s.role for s in workers if s.site == "filial"} == {"technician", "attendant"}
    served = {tab for s in staff for tab in s.tabs}
    assert served == {t.value for t in TabCode}


def test_every_demo_password_is_pitstop(loaded: Loaded) -> None:
    hashes = run(loaded.db, lambda uow: set(uow.session.scalars(select(StaffRow.password_hash))), write=False)
    if loaded.db.is_sqlite:
        assert people.authenticate(loaded.db, "zenaide", demo.PASSWORD).login == "zenaide"
        assert len(hashes) == 1 and None not in hashes  # hashed once for everyone
    else:  # the office server keeps the passwords (its SCRAM verifiers), the tables none
        assert hashes == {None}
        assert scram_verifiers(loaded.db) >= {s.login for s in people.list_staff(loaded.db)}


def test_roster_and_presence_at_the_demo_clock(loaded: Loaded) -> None:
    def work(uow: UnitOfWork) -> tuple[list[StaffRow], dict, dict, dict]:
        rows = staff_rows(uow)
        rosters = {r.staff_id: r for r in uow.session.scalars(select(RosterRow).where(RosterRow.day == DAY))}
        events: dict[int, list[PresenceRow]] = {}
        for e in uow.session.scalars(select(PresenceRow).order_by(PresenceRow.at)):
            events.setdefault(e.staff_id, []).append(e)
        return rows, rosters, events, offers.availability_of(uow, rows)

    rows, rosters, events, avail = run(loaded.db, work, NOW, write=False)
    workers = [r for r in rows if r.role in (Role.TECHNICIAN, Role.ATTENDANT)]
    assert all(r.id in rosters and rosters[r.id].lunch_start is not None for r in rows)
    assert all(START <= e.at <= NOW for evs in events.values() for e in evs)
    states = Counter(avail[r.id].state for r in workers)
    assert states[PresenceState.ONLINE] >= 10
    assert states[PresenceState.AT_LUNCH] >= 2
    ended = [r.login for r in workers if avail[r.id].state == PresenceState.OFFLINE and r.id in events]
    never = [r.login for r in workers if r.id not in events]
    assert ended and all(events[r.id][-1].kind == "logout" for r in workers if r.login in ended)
    assert never  # rostered, never logged in
    leaving = [r for r in workers if avail[r.id].available and any("fim do turno" in w for w in avail[r.id].warnings)]
    assert leaving and all(rosters[r.id].shift_end - NOW <= timedelta(minutes=15) for r in leaving)
    # Everyone who works today logs in at most once and follows login → lunch → back → logout.
    for evs in events.values():
        kinds = [e.kind for e in evs]
        assert kinds == ["login", "lunch", "back", "logout"][:len(kinds)]


def test_the_timeline_counts_the_people_the_picker_offers_to(loaded: Loaded) -> None:
    """Issue 9: at 14:30 the timeline said "0 disponível(is)" over N1 - Rápida where the offer picker said "5 de 8
    disponíveis". It counted only the idle (not the busy, whom R4 still offers work) and only the people whose
    first tab it is (not eduarda.pires, shown under Blip Matriz). Now both ask the domain's one definition."""
    counts = assert_timeline_and_picker_agree(loaded.db, NOW)
    assert counts["n1_rapida"] == timeline.TabCount(people=8, available=5)
    rows = timeline.timeline(loaded.db, at=NOW)
    rapida = [r for r in rows if "n1_rapida" in r.tabs]
    assert any(r.state == "busy" and r.available for r in rapida)  # busy, and counted
    assert any(r.group != "n1_rapida" and r.available for r in rapida)  # shown under another tab, and counted
    assert sum(r.state == "available" for r in rapida) < counts["n1_rapida"].available
    # and the day has both of issue 9's absences: past the shift without logging out, a window gone quiet
    n2 = {r.login: r.state for r in rows if "n2" in r.tabs}
    assert n2 == {"paulo.dias": "no_signal", "sergio.mendes": "shift_ended", "renata.azevedo": "busy"}
    assert counts["n2"] == timeline.TabCount(people=3, available=1)


def test_the_consulting_team_at_the_demo_clock(loaded: Loaded) -> None:
    """The consultants (demo/consulting.py) logged in with everyone: at 14:30 Beatriz is in a task, Gustavo on the
    phone, Larissa at lunch; and each of the day's closed OCs has its "Comunicar conclusão" task (rule 4)."""
    team = ("beatriz.fonseca", "gustavo.pereira", "larissa.monteiro")

    def work(uow: UnitOfWork) -> tuple[dict[str, Any], dict[str, str | None], set[int]]:
        rows = [r for r in staff_rows(uow) if r.login in team]
        running: dict[str, str | None] = dict.fromkeys(team)
        for login, kind in uow.session.execute(
                select(StaffRow.login, TaskRow.type).join(TaskRow, TaskRow.owner_id == StaffRow.id)
                .where(TaskRow.status == "running")):
            running[login] = f"task {kind}"
        for login, channel in uow.session.execute(
                select(StaffRow.login, ContactRow.channel).join(ContactRow, ContactRow.consultant_id == StaffRow.id)
                .where(ContactRow.status == "running")):
            running[login] = f"contact {channel}"
        numbers = set(uow.session.scalars(
            select(OccurrenceRow.number).join(TaskRow, TaskRow.occurrence_id == OccurrenceRow.id)
            .where(TaskRow.type == "communicate_conclusion")))
        avail = offers.availability_of(uow, rows)
        return {r.login: avail[r.id].state for r in rows}, running, numbers

    states, running, concluded = run(loaded.db, work, NOW, write=False)
    assert states == {"beatriz.fonseca": PresenceState.ONLINE, "gustavo.pereira": PresenceState.ONLINE,
                      "larissa.monteiro": PresenceState.AT_LUNCH}
    assert running == {"beatriz.fonseca": "task maintenance", "gustavo.pereira": "contact phone",
                       "larissa.monteiro": None}
    closed = {v.number for v in loaded.views + loaded.month if v.status == Status.CLOSED
              and v.complementary_of is None}
    assert concluded == closed


def test_clients(loaded: Loaded) -> None:
    clients = people.list_clients(loaded.db)
    assert len(clients) >= 30
    assert 0 < sum(c.consulting for c in clients) < len(clients)
    assert all(c.phone and c.phone.startswith("(") for c in clients)
    assert any(c.name == "Mercado Bom Preço Ltda" for c in clients)


# The board


def test_occurrences_in_every_status_and_sla_class(loaded: Loaded) -> None:
    views = loaded.views
    assert len(views) >= 150
    assert [v.number for v in views] == list(range(1, len(views) + 1))  # the reset restarted the numbers
    assert {v.status for v in views} == {s.value for s in Status}
    assert {v.sla for v in views} == {s.value for s in SlaCode}
    assert all(START <= v.opened_at <= NOW for v in views)
    assert all(v.closed_at is None or v.opened_at <= v.closed_at <= NOW for v in views)
    breached = [v for v in views if v.sla_state == "breached"]
    assert breached and all(v.status != Status.CLOSED and v.due_at < NOW for v in breached)
    assert {v.sla_state for v in views if v.status == Status.CLOSED} == {"met", "missed"}
    assert len({v.client for v in views}) >= 25
    assert len({v.summary for v in views}) >= 60


def test_all_seven_tabs_hold_occurrences(loaded: Loaded) -> None:
    assert {v.tab for v in loaded.views} == {t.value for t in TabCode}


def test_complementary_calls_are_closed_with_faq_7347(loaded: Loaded) -> None:
    by_number = {v.number: v for v in loaded.views}
    complementary = [v for v in loaded.views if v.complementary_of is not None]
    assert len(complementary) >= 5
    for v in complementary:
        parent = by_number[v.complementary_of]
        assert v.status == Status.CLOSED and v.faq == FAQ_COMPLEMENTARY
        assert parent.client == v.client and parent.opened_at < v.opened_at
        assert parent.closed_at is None or parent.closed_at > v.opened_at
    others = [v for v in loaded.views if v.status == Status.CLOSED and v.complementary_of is None]
    assert others and all(v.faq and v.faq != FAQ_COMPLEMENTARY for v in others)


def test_pending_escalations_of_both_targets(loaded: Loaded) -> None:
    pending = escalations.list_escalations(loaded.db, pending_only=True)
    assert {e.target for e in pending} == {"especialistas", "n2"}
    by_number = {v.number: v for v in loaded.views}
    assert all(by_number[e.number].status == Status.AWAITING_APPROVAL for e in pending)
    every = escalations.list_escalations(loaded.db)
    assert {e.status for e in every} >= {"pending", "approved", "rejected"}
    managers = {s.login for s in people.list_staff(loaded.db) if s.role == Role.MANAGER}
    decided = [e for e in every if e.decided_by]
    assert all(e.decided_by in managers and e.decided_by != e.requested_by for e in decided)  # R8


def test_apoio_queue_has_claimed_and_unclaimed_items_for_every_reason(loaded: Loaded) -> None:
    items = apoio.list_items(loaded.db)
    assert {i.reason for i in items} == {r.value for r in ApoioReason}
    assert any(i.claimed_by for i in items) and any(i.claimed_by is None for i in items)
    assert {i.claimed_by for i in items if i.claimed_by} <= APOIO
    by_number = {v.number: v for v in loaded.views}
    for item in items:
        assert by_number[item.number].tab == TabCode.APOIO_N1
        assert START <= item.since <= NOW


def test_n2_occurrences_were_forwarded_by_apoio(loaded: Loaded) -> None:
    in_n2 = [v for v in loaded.views if v.tab == TabCode.N2]
    assert in_n2
    for v in in_n2:
        history = occurrences.show(loaded.db, v.number, at=NOW).history or ()
        moves = [h for h in history if h.action == "forwarded"]
        assert moves and moves[-1].by in APOIO and moves[-1].detail == "APOIO → n2"
        assert any(h.action == "escalation_approved" for h in history)
    assert any(v.status == Status.IN_PROGRESS for v in in_n2)


def test_especialistas_only_after_approval(loaded: Loaded) -> None:
    for v in (v for v in loaded.views if v.tab == TabCode.ESPECIALISTAS and v.status != Status.AWAITING_APPROVAL):
        history = occurrences.show(loaded.db, v.number, at=NOW).history or ()
        assert any(h.action == "escalation_approved" for h in history)


def test_booked_appointments(loaded: Loaded) -> None:
    def work(uow: UnitOfWork) -> list[tuple[str, datetime, int, int | None]]:
        return [(login, b.starts_at, number, assignee) for b, login, number, assignee in uow.session.execute(
            select(BookingRow, StaffRow.login, OccurrenceRow.number, OccurrenceRow.assignee_id)
            .join(StaffRow, StaffRow.id == BookingRow.technician_id)
            .join(OccurrenceRow, OccurrenceRow.id == BookingRow.occurrence_id))]

    bookings = run(loaded.db, work, write=False)
    assert len(bookings) >= 5
    by_number = {v.number: v for v in loaded.views}
    morning = datetime.combine(DAY, time(7, 0), tzinfo=SP)
    free = {(s.technician, s.start) for s in slots.free_slots(loaded.db, day=DAY, at=morning)}
    for login, starts_at, number, _ in bookings:
        assert by_number[number].assignee == login
        assert (login, starts_at) not in free
        assert by_number[number].opened_at < starts_at
    assert any(by_number[n].faq == FAQ_APPOINTMENT for _, _, n, _ in bookings)  # done in the morning
    assert any(s > NOW for _, s, _, _ in bookings)  # still ahead this afternoon


def test_history_happens_between_0730_and_1430_in_order(loaded: Loaded) -> None:
    def work(uow: UnitOfWork) -> tuple[list[AuditRow], list[ChangeRow]]:
        audit = list(uow.session.scalars(select(AuditRow).where(AuditRow.occurrence_id.is_not(None))
                                         .order_by(AuditRow.id)))
        # the consulting team's weeks are written in bulk after the day, like the month (tests/services/
        # test_demo_consulting.py checks their history); the day's own story is played in time order
        feed = list(uow.session.scalars(select(ChangeRow).where(ChangeRow.entity.not_in(NOT_PLAYED))
                                        .order_by(ChangeRow.revision, ChangeRow.id)))
        return audit, feed

    audit, feed = run(loaded.db, work, write=False)
    today = {v.number for v in loaded.views}
    numbers = dict(run(loaded.db, lambda uow: uow.session.execute(select(OccurrenceRow.id, OccurrenceRow.number))
                       .all(), write=False))
    audit = [a for a in audit if numbers[a.occurrence_id] in today]  # the month has its own test
    assert audit and all(START <= a.at <= NOW and a.at.microsecond == 0 for a in audit)
    assert not any(a.backfilled for a in audit)  # a simulated day, not a correction: no "(datado)" on every line
    stamps = [c.at for c in feed if START <= c.at <= NOW]
    assert len(stamps) > 500 and stamps == sorted(stamps)  # played in time order: the feed reads like the day
    assert min(c.revision for c in feed) > loaded.revision_before  # revisions went on after the reset


# The month before (issue 10): the 30-day ANS trend has real days to draw


def month_plan(db: Database) -> list[PastCall]:
    def work(uow: UnitOfWork) -> list[PastCall]:
        rules = {r.code: tab_rule(r) for r in uow.session.scalars(select(TabRow))}
        return plan_month(DAY, uow.policy.calendar, uow.policy.sla_classes, rules)

    return run(db, work, write=False)


def test_the_month_gives_the_ans_trend_its_thirty_days(loaded: Loaded) -> None:
    plan = month_plan(loaded.db)
    expected: dict[date, tuple[int, int]] = {}
    for call in plan:
        if call.parent is None:  # complementary calls do not count for the ANS (services.gauges)
            met, total = expected.get(call.closed_at.astimezone(SP).date(), (0, 0))
            expected[call.closed_at.astimezone(SP).date()] = (met + call.met, total + 1)
    trend = gauges.daily_ans(loaded.db, days=30, at=NOW)
    assert [d.day for d in trend] == [DAY - timedelta(days=29 - i) for i in range(30)]
    calendar = run(loaded.db, lambda uow: uow.policy.calendar, write=False)
    for d in trend[:-1]:
        assert (d.met, d.total) == expected.get(d.day, (0, 0)), d.day
        # the office is closed on weekends and holidays: a gap in the chart, not a 0 %
        assert (d.total > 0) == calendar.is_business_day(d.day), d.day
        assert d.total == 0 or 80 <= d.total <= 250, d.day  # a plausible day's closures for this desk
    closed_today = [v for v in loaded.views if v.status == Status.CLOSED and v.complementary_of is None]
    assert (trend[-1].met, trend[-1].total) == (sum(v.sla_state == "met" for v in closed_today), len(closed_today))
    shown = [d.ans for d in trend if d.ans is not None]
    assert len(shown) == 20  # 19 business days (2 Nov and 20 Nov are holidays) and the demo day: the chart shows
    assert any(a < 0.9 for a in shown) and sum(a >= 0.9 for a in shown) >= 12  # mostly on target, some days not
    assert min(shown) < 0.8 and max(shown) - min(shown) > 0.15  # the chart has a shape: bad days stand out


def test_the_month_is_closed_ocs_with_their_history(loaded: Loaded) -> None:
    plan = month_plan(loaded.db)
    month, first = loaded.month, len(loaded.views) + 1
    assert [v.number for v in month] == list(range(first, first + len(plan)))  # after the day's, in opening order
    assert [(v.client, v.sla, v.tab, v.opened_at, v.closed_at) for v in month] == [
        (c.client, c.sla, c.tab, c.opened_at, c.closed_at) for c in plan]
    month_start = datetime.combine(DAY - timedelta(days=29), time(0), tzinfo=SP)
    assert all(v.status == Status.CLOSED and month_start <= v.opened_at <= v.closed_at < START for v in month)
    assert {v.sla for v in month} == {s.value for s in SlaCode}
    assert {v.sla_state for v in month} == {"met", "missed"}
    by_number = {v.number: v for v in month}
    complementary = [v for v in month if v.complementary_of is not None]
    assert len(complementary) >= 50
    for v in complementary:
        parent = by_number[v.complementary_of]
        assert v.faq == FAQ_COMPLEMENTARY and parent.client == v.client
        assert parent.opened_at <= v.opened_at <= parent.closed_at and f"OC {parent.number}" in v.summary
    ordinary = [v for v in month if v.complementary_of is None]
    assert all(v.faq and v.faq != FAQ_COMPLEMENTARY and v.assignee for v in ordinary)
    technicians = {s.login for s in people.list_staff(loaded.db) if s.role == Role.TECHNICIAN}
    for v in (ordinary[0], ordinary[len(ordinary) // 2], ordinary[-1], by_number[complementary[0].complementary_of]):
        history = occurrences.show(loaded.db, v.number, at=NOW).history or ()
        actions = [h.action for h in history if h.action != "complemented"]
        assert actions == ["registered", "offered", "accepted", "closed"], v.number
        assert [h.at for h in history] == sorted(h.at for h in history)
        assert history[0].by == v.opened_by and history[-1].by == v.assignee in technicians
        assert history[-1].at == v.closed_at and history[0].at == v.opened_at
    child = occurrences.show(loaded.db, complementary[0].number, at=NOW).history or ()
    assert [h.action for h in child] == ["registered", "closed"]

    def written(uow: UnitOfWork) -> tuple[int, list[int]]:
        ids = select(OccurrenceRow.id).where(OccurrenceRow.number >= first)
        audit = uow.session.scalar(select(func.count()).select_from(AuditRow)
                                   .where(AuditRow.occurrence_id.in_(ids))) or 0
        feed = list(uow.session.scalars(select(ChangeRow.revision).where(ChangeRow.entity == "occurrence",
                                                                         ChangeRow.entity_id.in_(ids))))
        return int(audit), feed

    audit, feed = run(loaded.db, written, write=False)
    assert audit == 4 * len(ordinary) + 3 * len(complementary) == len(feed)  # each event announced, as services do
    assert len(set(feed)) == 1 and feed[0] > loaded.revision_before  # one transaction, one revision


# Determinism


def test_same_day_same_data_in_two_databases(loaded: Loaded) -> None:
    mine = projection(loaded.db)
    PROJECTIONS[loaded.backend] = mine
    others = [p for backend, p in PROJECTIONS.items() if backend != loaded.backend]
    for other in others:
        assert other == mine
    # And the database holds exactly the planned calls.
    registered = [s.label for s in demo.plan_day(DAY) if s.label.startswith("register ")]
    assert len(registered) == len(loaded.views)


def _plan_digest() -> str:
    steps = demo.plan_day(DAY)
    return hashlib.sha256("\n".join(f"{s.at.isoformat()} {s.label}" for s in steps).encode()).hexdigest()


def test_the_plan_does_not_depend_on_hash_seeds() -> None:
    code = ("from datetime import date; import hashlib; from pitstop_desktop.demo import day as demo; "
            "s = demo.plan_day(date(2026, 11, 24)); "
            "print(hashlib.sha256('\\n'.join(f'{x.at.isoformat()} {x.label}' for x in s).encode()).hexdigest())")
    root = Path(__file__).resolve().parents[2]
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert digests == {_plan_digest()}


def test_another_day_keeps_the_cast_and_moves_the_clock() -> None:
    friday = demo.plan_day(date(2026, 11, 27))
    tuesday = demo.plan_day(DAY)
    assert [s.label for s in friday] == [s.label for s in tuesday]
    assert all(f.at - t.at == timedelta(days=3) for f, t in zip(friday, tuesday, strict=True))


# Refusals and reset


def test_second_load_without_reset_is_refused_and_changes_nothing(loaded: Loaded) -> None:
    before = (count(loaded.db, OccurrenceRow), revision(loaded.db), count(loaded.db, AuditRow))
    with pytest.raises(Conflict) as info:
        demo.load_demo(loaded.db, day=DAY)
    assert info.value.code == "conflict.demo_has_data"
    assert cli.refusal_text(info.value) == "o banco já tem dados; use `pitstop demo --reset` para recomeçar"
    assert (count(loaded.db, OccurrenceRow), revision(loaded.db), count(loaded.db, AuditRow)) == before


def test_cli_refuses_a_second_demo_with_exit_code_5(loaded: Loaded, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", loaded.url, "demo", "--date", DAY.isoformat()]) == Conflict.exit_code
    assert "pitstop demo --reset" in capsys.readouterr().err


def test_staff_alone_is_data_too(db: Database) -> None:
    people.add_staff(db, login="solo", name="Pessoa Sozinha", role="supervisor")
    with pytest.raises(Conflict) as info:
        demo.load_demo(db, day=DAY)
    assert info.value.code == "conflict.demo_has_data"


def desk_rows(db: Database) -> tuple[int, ...]:
    return tuple(count(db, row) for row in (OccurrenceRow, StaffRow, AuditRow, ChangeRow))


@pytest.mark.parametrize("confirm", [None, "outro_banco", ""], ids=["no confirmation", "another name", "empty"])
def test_reset_of_a_database_that_is_not_the_demo_needs_its_name(db: Database, confirm: str | None) -> None:
    """An office's database (data, no demo mark) is never wiped by a plain `demo --reset`."""
    small_desk(db)
    before = desk_rows(db)
    with pytest.raises(NotPermitted) as info:
        demo.load_demo(db, day=DAY, reset=True, confirm=confirm)
    assert (info.value.code, info.value.params) == ("permission.demo_reset_confirm", {"database": db.name})
    assert desk_rows(db) == before, "nothing deleted"
    assert {s.login for s in people.list_staff(db)} == {"att", "tec"}


def test_the_database_name_is_the_postgresql_database_or_the_sqlite_file(db: Database) -> None:
    expected = Path(db.url.database or "").name if db.is_sqlite else db.url.database
    assert db.name == expected and db.name and "/" not in db.name


def test_cli_refuses_a_reset_with_exit_6_and_says_how_to_confirm(
        db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    small_desk(db)
    before = desk_rows(db)
    url = db.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "demo", "--reset", "--date", DAY.isoformat()]) == NotPermitted.exit_code == 6
    err = capsys.readouterr().err
    assert err == (f"o banco {db.name} tem dados e não é um banco de demonstração; `pitstop demo --reset` apagaria "
                   "a equipe, as OCs e a auditoria. Para apagar mesmo assim, um administrador confirma com o nome "
                   f"do banco: `pitstop demo --reset --confirm {db.name}`.\n")
    assert cli.main(["--db", url, "demo", "--reset", "--confirm", "producao"]) == 6
    assert desk_rows(db) == before


def test_a_demo_database_resets_without_a_question(db: Database) -> None:
    small_desk(db)
    set_setting(db, DEMO_DAY, DAY.isoformat())  # what load_demo leaves behind
    demo.check_reset_allowed(db, None)  # no refusal


def test_the_right_name_lets_the_reset_through(db: Database) -> None:
    small_desk(db)
    demo.check_reset_allowed(db, db.name)  # no refusal; the whole confirmed load is the `loaded` fixture


def test_reset_removes_every_data_row_and_keeps_configuration(db: Database) -> None:
    small_desk(db)
    before = revision(db)
    assert demo.has_data(db)
    demo.reset_data(db)
    assert not demo.has_data(db)
    for row in demo.DATA_TABLES:
        expected = 1 if row in (AuditRow, ChangeRow) else 0  # the reset itself is audited and announced
        assert count(db, row) == expected, row.__tablename__
    assert revision(db) == before + 1
    assert count(db, TabRow) == 7 and count(db, SlaClassRow) == 7 and count(db, CalendarRow) == 1
    numbers = run(db, lambda uow: uow.session.scalar(
        select(CounterRow.value).where(CounterRow.name == "occurrence_number")), write=False)
    assert numbers == 0


def test_a_day_off_is_refused(db: Database) -> None:
    with pytest.raises(BadValue, match="2026-11-19"):
        demo.load_demo(db, day=date(2026, 11, 20))  # Dia da Consciência Negra, national since 2024
    with pytest.raises(BadValue, match="fim de semana"):
        demo.load_demo(db, day=date(2026, 11, 28))
    assert not demo.has_data(db)


def test_default_day_is_the_most_recent_business_day(db: Database) -> None:
    def local(day: date, hour: int) -> datetime:
        return datetime.combine(day, time(hour), tzinfo=SP)

    assert demo.default_day(db, local(date(2026, 11, 24), 15)) == date(2026, 11, 24)
    # Before 14:30 the day is not over: its afternoon would be in the future, so the business day before
    # (on Monday 23/11 that is Thursday: Friday the 20th is a holiday).
    assert demo.default_day(db, local(date(2026, 11, 24), 9)) == date(2026, 11, 23)
    assert demo.default_day(db, datetime.combine(date(2026, 11, 24), time(14, 29), tzinfo=SP)) == date(2026, 11, 23)
    assert demo.default_day(db, datetime.combine(date(2026, 11, 24), time(14, 30), tzinfo=SP)) == date(2026, 11, 24)
    assert demo.default_day(db, local(date(2026, 11, 23), 9)) == date(2026, 11, 19)  # Monday morning → Thursday
    assert demo.default_day(db, local(date(2026, 11, 29), 10)) == date(2026, 11, 27)  # Sunday → Friday
    assert demo.default_day(db, local(date(2026, 11, 20), 10)) == date(2026, 11, 19)  # holiday → Thursday
    # Late evening in São Paulo is already the next day in UTC; the calendar's zone decides.
    assert demo.default_day(db, local(date(2026, 11, 27), 23)) == date(2026, 11, 27)
