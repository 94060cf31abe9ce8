"""Races with real processes on one shared database: R9 one owner, R1 gapless OC numbers, R8 one decision
per escalation, R10 one booking per slot, and the answers to one offer (accept, refuse, send to APOIO).

Like Request Tracker's ``t/ticket/race.t``: separate OS processes (multiprocessing, ``spawn``) open their own
:class:`~pitstop_desktop.db.Database` on the same SQLite file or PostgreSQL database, wait at a barrier so they
start together, call the service and send back what happened. The parent then counts winners, losers and rows.

Spawning a Python process that imports SQLAlchemy and psycopg costs about half a second of CPU, so one crew of
20 worker processes is spawned per module and reused by every test (and both backends); each task still opens
and disposes its own engine inside the child.
"""

from __future__ import annotations

import multiprocessing
import queue
import re
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

CREW_SIZE = 20
BARRIER_TIMEOUT = 60.0
RESULT_TIMEOUT = 180.0
SP = ZoneInfo("America/Sao_Paulo")
T0 = datetime(2026, 3, 11, 9, 0, tzinfo=SP)  # a Wednesday, not a holiday

pytestmark = pytest.mark.slow


# ----------------------------------------------------------------------------------------------------------
# The child side. Everything the worker needs is imported inside it, so the parent's import stays light.


def _run_task(op: str, url: str, args: tuple[Any, ...], barrier: Any) -> Any:
    from pitstop_desktop.db import Database
    from pitstop_desktop.domain.errors import Conflict, PitstopError
    from pitstop_desktop.services import apoio, occurrences

    if op == "idle":
        barrier.wait(BARRIER_TIMEOUT)
        return ("idle",)
    db = Database(url)
    try:
        with db.engine.connect():  # open the connection before the barrier so the race is on the service
            pass
        barrier.wait(BARRIER_TIMEOUT)
        if op == "claim":
            number, login = args
            try:
                item = apoio.claim(db, number, actor=login, at=T0 + timedelta(minutes=30))
            except Conflict as exc:
                return ("conflict", str(exc))
            except PitstopError as exc:
                return ("refused", type(exc).__name__, str(exc))
            return ("won", item.number, item.claimed_by)
        if op == "register":
            login, client, count, tag = args
            numbers = []
            for i in range(count):
                oc = occurrences.register_call(
                    db, actor=login, client=client, channel="phone", summary=f"{tag} ligação {i}",
                    at=T0 + timedelta(minutes=10, seconds=i))
                numbers.append(oc.number)
            return ("registered", numbers)
        if op in RACE_OPS:
            try:
                return ("won", RACE_OPS[op](db, *args))
            except PitstopError as exc:
                return _refusal(exc)
        raise ValueError(f"unknown op {op!r}")
    finally:
        db.dispose()


def _refusal(exc: Any) -> tuple[Any, ...]:
    """A refusal as plain data: its class, exit code, catalogue code, params and message."""
    params = {k: v for k, v in exc.params.items() if isinstance(v, str | int | float | type(None))}
    return ("refused", type(exc).__name__, exc.exit_code, exc.code, params, str(exc))


def _decide(db: Any, escalation_id: int, login: str, verdict: str, when: datetime) -> Any:
    from pitstop_desktop.services import escalations

    if verdict == "approve":
        row = escalations.approve(db, escalation_id, actor=login, note=f"ok de {login}", at=when)
    else:
        row = escalations.reject(db, escalation_id, actor=login, reason=f"não, diz {login}", at=when)
    return (verdict, login, row.status)


def _book(db: Any, login: str, technician: str, slot: datetime, when: datetime) -> Any:
    from pitstop_desktop.services import occurrences

    oc = occurrences.register_call(db, actor=login, client="ACME", channel="phone", summary=f"instalar ({login})",
                                   slot=slot, technician=technician, at=when)
    return (login, oc.number)


def _answer(db: Any, task: str, number: int, login: str, when: datetime) -> Any:
    from pitstop_desktop.services import apoio, offers

    if task == "accept":
        offers.accept(db, number, actor=login, at=when)
    elif task == "refuse":
        offers.refuse(db, number, actor=login, reason="estou em outra instalação", at=when)
    else:
        apoio.send(db, number, actor=login, reason="ninguém retornou", at=when)
    return (task, login)


RACE_OPS: dict[str, Any] = {"decide": _decide, "book": _book, "answer": _answer}


def _crew_worker(index: int, barrier: Any, inbox: Any, outbox: Any) -> None:
    """Serve tasks until told to stop (``None``); every task starts at the shared barrier."""
    while True:
        task = inbox.get()
        if task is None:
            return
        op, url, args = task
        try:
            result = _run_task(op, url, args, barrier)
        except BaseException as exc:  # report everything: the parent decides what is a failure
            result = ("crashed", type(exc).__name__, str(exc), traceback.format_exc())
        outbox.put((index, result))


# ----------------------------------------------------------------------------------------------------------
# The parent side.


@dataclass
class Crew:
    processes: list[Any]
    inboxes: list[Any]
    outbox: Any

    def run(self, url: str, tasks: Sequence[tuple[str, tuple[Any, ...]]]) -> list[Any]:
        """Give task ``i`` to worker ``i`` (the rest idle at the barrier); results in worker order."""
        assert len(tasks) <= CREW_SIZE
        padded = list(tasks) + [("idle", ())] * (CREW_SIZE - len(tasks))
        for inbox, (op, args) in zip(self.inboxes, padded, strict=True):
            inbox.put((op, url, args))
        results: dict[int, Any] = {}
        while len(results) < CREW_SIZE:
            try:
                index, result = self.outbox.get(timeout=RESULT_TIMEOUT)
            except queue.Empty:
                dead = [p.pid for p in self.processes if not p.is_alive()]
                raise AssertionError(f"the crew stopped answering ({len(results)} results; dead: {dead})") from None
            results[index] = result
        crashed = [r for r in results.values() if r[0] == "crashed"]
        assert not crashed, "a worker process crashed:\n" + "\n".join(r[3] for r in crashed)
        return [results[i] for i in range(len(tasks))]


@pytest.fixture(scope="module")
def crew() -> Iterator[Crew]:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(CREW_SIZE)
    inboxes = [ctx.Queue() for _ in range(CREW_SIZE)]
    outbox = ctx.Queue()
    processes = [ctx.Process(target=_crew_worker, args=(i, barrier, inboxes[i], outbox), daemon=True,
                             name=f"pitstop-race-{i}") for i in range(CREW_SIZE)]
    for p in processes:
        p.start()
    try:
        yield Crew(processes, inboxes, outbox)
    finally:
        for inbox in inboxes:
            inbox.put(None)
        for p in processes:
            p.join(timeout=20)
        for p in processes:  # only our own children, by their handles
            if p.is_alive():
                p.terminate()
                p.join(timeout=5)
        for q in [*inboxes, outbox]:
            q.close()
            q.join_thread()


# ----------------------------------------------------------------------------------------------------------
# Data set up by the parent before the race.

APOIO = [(f"apoio{i:02d}", f"Apoio Número {i:02d}") for i in range(1, CREW_SIZE + 1)]
ATTENDANTS = [(f"atend{i}", f"Atendente {i}") for i in range(1, 9)]


def _build(db: Any, queued: int) -> list[int]:
    """20 APOIO people, 8 attendants of N1 - Rápida, two clients and ``queued`` OCs in the APOIO queue."""
    from pitstop_desktop.services import apoio, occurrences, people

    for login, name in APOIO:
        people.add_staff(db, login=login, name=name, role="apoio", tabs=["apoio_n1"])
    for login, name in ATTENDANTS:
        people.add_staff(db, login=login, name=name, role="attendant", tabs=["n1_rapida"])
    people.add_client(db, code="ACME", name="Acme Ltda")
    people.add_client(db, code="BETA", name="Beta S.A.")
    numbers = []
    for i in range(queued):
        oc = occurrences.register_call(db, actor="atend1", client="ACME", channel="phone",
                                       summary=f"ninguém atende {i}", at=T0 + timedelta(minutes=i))
        apoio.send(db, oc.number, actor="atend1", reason="nenhum técnico atendeu",
                   at=T0 + timedelta(minutes=i, seconds=30))
        numbers.append(oc.number)
    return numbers


def _claims_in_audit(db: Any, number: int) -> int:
    from sqlalchemy import func, select

    from pitstop_desktop.db.orm import AuditRow, OccurrenceRow

    with db.read() as s:
        return int(s.scalar(
            select(func.count()).select_from(AuditRow).join(OccurrenceRow, OccurrenceRow.id == AuditRow.entity_id)
            .where(AuditRow.entity == "occurrence", AuditRow.action == "claimed", OccurrenceRow.number == number)))


# ----------------------------------------------------------------------------------------------------------
# The races.


def test_twenty_apoio_claim_the_same_item_one_wins_every_time(db_url: str, crew: Crew) -> None:
    """R9: of 20 APOIO people claiming one item at once, one wins; the 19 others are told who did."""
    from pitstop_desktop.db import Database
    from pitstop_desktop.services import apoio, occurrences

    db = Database(db_url)
    try:
        numbers = _build(db, queued=3)
        names = dict(APOIO)
        for round_no, number in enumerate(numbers):
            logins = [login for login, _ in APOIO]
            logins = logins[round_no:] + logins[:round_no]  # a different worker per login each round
            results = crew.run(db_url, [("claim", (number, login)) for login in logins])
            won = [r for r in results if r[0] == "won"]
            lost = [r for r in results if r[0] == "conflict"]
            assert len(won) == 1, f"round {round_no}: {len(won)} winners: {results}"
            assert len(lost) == CREW_SIZE - 1, f"round {round_no}: {results}"
            _, won_number, winner = won[0]
            assert won_number == number
            pattern = re.compile(
                rf"^R9: a OC {number} já foi assumida por {re.escape(names[winner])} \({re.escape(winner)}\)")
            for _, message in lost:
                assert pattern.match(message), message
            item = next(i for i in apoio.list_items(db) if i.number == number)
            assert item.claimed_by == winner
            oc = occurrences.show(db, number, at=T0 + timedelta(hours=1))
            assert oc.assignee == winner
            assert oc.status == "in_progress"
            assert _claims_in_audit(db, number) == 1
    finally:
        db.dispose()


def test_eight_processes_register_400_calls_numbered_1_to_400(db_url: str, crew: Crew) -> None:
    """R1: every call is a new OC with its own number; concurrent intake never repeats or skips one."""
    from sqlalchemy import func, select

    from pitstop_desktop.db import Database
    from pitstop_desktop.db.orm import CounterRow, OccurrenceRow

    db = Database(db_url)
    try:
        _build(db, queued=0)
        tasks = [("register", (login, ("ACME", "BETA")[i % 2], 50, f"w{i}"))
                 for i, (login, _) in enumerate(ATTENDANTS)]
        results = crew.run(db_url, tasks)
        assert all(r[0] == "registered" for r in results), results
        numbers = [n for r in results for n in r[1]]
        assert len(numbers) == 400
        assert sorted(numbers) == list(range(1, 401))
        for _, mine in results:  # each process saw its own numbers grow
            assert mine == sorted(mine)
        with db.read() as s:
            stored = list(s.scalars(select(OccurrenceRow.number).order_by(OccurrenceRow.number)))
            assert stored == list(range(1, 401))
            assert s.scalar(select(CounterRow.value).where(CounterRow.name == "occurrence_number")) == 400
            per_attendant = dict(s.execute(select(OccurrenceRow.opened_by_id, func.count())
                                           .group_by(OccurrenceRow.opened_by_id)).all())
        assert sorted(per_attendant.values()) == [50] * 8
    finally:
        db.dispose()


def test_twenty_apoio_claim_the_oldest_free_item_each_gets_a_different_one(db_url: str, crew: Crew) -> None:
    """R9 without a number: 20 claimers, 20 queued items; each item is claimed exactly once."""
    from pitstop_desktop.db import Database
    from pitstop_desktop.services import apoio

    db = Database(db_url)
    try:
        numbers = _build(db, queued=CREW_SIZE)
        results = crew.run(db_url, [("claim", (None, login)) for login, _ in APOIO])
        assert all(r[0] == "won" for r in results), results
        claimed = Counter(r[1] for r in results)
        assert sorted(claimed) == sorted(numbers)
        assert set(claimed.values()) == {1}
        assert sorted(r[2] for r in results) == sorted(login for login, _ in APOIO)
        by_number = {r[1]: r[2] for r in results}
        items = apoio.list_items(db)
        assert {i.number: i.claimed_by for i in items} == by_number
        for number in numbers:
            assert _claims_in_audit(db, number) == 1
    finally:
        db.dispose()


# ----------------------------------------------------------------------------------------------------------
# Escalation decisions (R8), slot booking (R10) and the answers to one offer (R4, R5, R9).

MANAGERS = [(f"gest{i:02d}", f"Gestor Número {i:02d}") for i in range(1, CREW_SIZE + 1)]
MORE_ATTENDANTS = [(f"atend{i}", f"Atendente {i}") for i in range(9, CREW_SIZE + 1)]
TECHNICIAN = ("tec1", "Técnico Único")


def _build_office(db: Any) -> None:
    """:func:`_build` plus 20 managers, 20 attendants in all and one technician on shift (the only one who
    counts as available in N1 - Rápida: the attendants never log in, so one refusal is "everyone refused")."""
    from datetime import time

    from pitstop_desktop.services import people

    _build(db, queued=0)
    for login, name in MANAGERS:
        people.add_staff(db, login=login, name=name, role="manager")
    for login, name in MORE_ATTENDANTS:
        people.add_staff(db, login=login, name=name, role="attendant", tabs=["n1_rapida"])
    login, name = TECHNICIAN
    people.add_staff(db, login=login, name=name, role="technician", tabs=["n1_rapida"])
    people.set_roster(db, login=login, day=T0.date(), start=time(8), end=time(18), lunch=(time(12), time(13)))
    people.record_presence(db, login=login, kind="login", at=T0 - timedelta(hours=1))


def _audit(db: Any, *, since: int = 0, **where: Any) -> list[tuple[str, str, str]]:
    """(entity, action, actor) of the audit events after id ``since`` matching ``where`` (column = value)."""
    from sqlalchemy import select

    from pitstop_desktop.db.orm import AuditRow

    with db.read() as s:
        query = select(AuditRow.entity, AuditRow.action, AuditRow.actor).where(AuditRow.id > since)
        for column, value in where.items():
            query = query.where(getattr(AuditRow, column) == value)
        return [tuple(r) for r in s.execute(query.order_by(AuditRow.id)).all()]


def _oc_id(db: Any, number: int) -> int:
    """The OC's row id (audit events name it)."""
    from sqlalchemy import select

    from pitstop_desktop.db.orm import OccurrenceRow

    with db.read() as s:
        return int(s.scalar(select(OccurrenceRow.id).where(OccurrenceRow.number == number)))


def _last_audit_id(db: Any) -> int:
    from sqlalchemy import func, select

    from pitstop_desktop.db.orm import AuditRow

    with db.read() as s:
        return int(s.scalar(select(func.coalesce(func.max(AuditRow.id), 0))))


def _assert_catalogued(refusal: tuple[Any, ...]) -> None:
    """A loser hears a refusal the catalogue words (never exit 1, never a raw exception)."""
    from pitstop_desktop.domain.refusals import TEMPLATES

    _, _kind, exit_code, code, _params, message = refusal
    assert exit_code in (2, 3, 4, 5, 6), refusal
    assert code in TEMPLATES, refusal
    assert "\n" not in message and code not in message, refusal


def test_twenty_managers_decide_one_escalation_one_decision_counts(db_url: str, crew: Crew) -> None:
    """R8: half approve, half reject, all at once: one decision wins, the others hear who decided."""
    from pitstop_desktop.db import Database
    from pitstop_desktop.services import apoio, escalations, occurrences

    db = Database(db_url)
    try:
        _build_office(db)
        names = dict(MANAGERS)
        for round_no, target in enumerate(("especialistas", "n2", "especialistas")):
            start = T0 + timedelta(minutes=20 * round_no)
            oc = occurrences.register_call(db, actor="atend1", client="ACME", channel="phone",
                                           summary=f"escalar {round_no}", at=start)
            esc = escalations.escalate(db, oc.number, actor="atend1", target=target, reason="long_in_line",
                                       at=start + timedelta(minutes=1))
            logins = [login for login, _ in MANAGERS]
            logins = logins[round_no:] + logins[:round_no]
            tasks = [("decide", (esc.id, login, ("approve", "reject")[(i + round_no) % 2],
                                 start + timedelta(minutes=2)))
                     for i, login in enumerate(logins)]
            results = crew.run(db_url, tasks)
            won = [r[1] for r in results if r[0] == "won"]
            lost = [r for r in results if r[0] == "refused"]
            assert len(won) == 1, f"round {round_no}: {results}"
            assert len(lost) == CREW_SIZE - 1, f"round {round_no}: {results}"
            verdict, winner, status = won[0]
            assert status == ("approved" if verdict == "approve" else "rejected")
            for refusal in lost:
                _assert_catalogued(refusal)
                _, kind, exit_code, code, params, message = refusal
                assert (kind, exit_code, code) == ("Conflict", 5, "R8.already_decided_by"), refusal
                assert (params["login"], params["name"], params["escalation_status"]) == \
                    (winner, names[winner], status), refusal
                assert names[winner] in message, refusal
            decided = next(e for e in escalations.list_escalations(db) if e.id == esc.id)
            assert (decided.status, decided.decided_by) == (status, winner)
            after = occurrences.show(db, oc.number, at=start + timedelta(minutes=3))
            in_apoio = [i.number for i in apoio.list_items(db)]
            if verdict == "reject":
                assert (after.tab, after.status) == ("n1_rapida", "open")
                assert oc.number not in in_apoio
            elif target == "especialistas":
                assert (after.tab, after.status, after.assignee) == ("especialistas", "open", None)
                assert oc.number not in in_apoio
            else:  # R7: an approved N2 goes through the APOIO queue
                assert (after.tab, after.status) == ("apoio_n1", "open")
                assert oc.number in in_apoio
            decisions = [a for a in _audit(db, entity="escalation", entity_id=esc.id) if a[1] != "requested"]
            assert decisions == [("escalation", "approved" if verdict == "approve" else "rejected", winner)]
            on_oc = [a[1] for a in _audit(db, entity="occurrence", entity_id=_oc_id(db, oc.number))
                     if a[1].startswith("escalation_") and a[1] != "escalation_requested"]
            assert on_oc == ["escalation_approved" if verdict == "approve" else "escalation_rejected"]
    finally:
        db.dispose()


def test_twenty_attendants_book_one_slot_one_oc_gets_it(db_url: str, crew: Crew) -> None:
    """R10: 20 calls booking the technician's same free slot at once: one OC has it, the 19 other calls are
    refused naming who took it, and leave no OC behind (their whole registration rolls back)."""
    from sqlalchemy import func, select

    from pitstop_desktop.db import Database
    from pitstop_desktop.db.orm import BookingRow, CounterRow, OccurrenceRow
    from pitstop_desktop.services import occurrences

    db = Database(db_url)
    try:
        _build_office(db)
        names = dict(ATTENDANTS + MORE_ATTENDANTS)
        logins = [login for login, _ in ATTENDANTS + MORE_ATTENDANTS]
        assert len(logins) == CREW_SIZE
        for round_no, hour in enumerate((14, 16)):
            slot = T0.replace(hour=hour)
            order = logins[round_no:] + logins[:round_no]
            results = crew.run(db_url, [("book", (login, TECHNICIAN[0], slot, T0 + timedelta(minutes=5)))
                                        for login in order])
            won = [r[1] for r in results if r[0] == "won"]
            lost = [r for r in results if r[0] == "refused"]
            assert len(won) == 1 and len(lost) == CREW_SIZE - 1, f"round {round_no}: {results}"
            winner, number = won[0]
            for refusal in lost:
                _assert_catalogued(refusal)
                _, kind, exit_code, code, params, _message = refusal
                assert (kind, exit_code, code) == ("Conflict", 5, "R10.slot_taken"), refusal
                assert (params["login"], params["name"], params["number"], params["time"]) == \
                    (winner, names[winner], number, f"{hour:02d}:00"), refusal
            oc = occurrences.show(db, number, at=T0 + timedelta(minutes=6))
            assert oc.assignee == TECHNICIAN[0]
            with db.read() as s:
                bookings = s.execute(select(BookingRow.occurrence_id, OccurrenceRow.number)
                                     .join(OccurrenceRow, OccurrenceRow.id == BookingRow.occurrence_id)
                                     .where(BookingRow.starts_at == slot)).all()
                assert [b.number for b in bookings] == [number]
                total = s.scalar(select(func.count()).select_from(OccurrenceRow))
                assert total == round_no + 1, "a refused booking left its OC behind"
                assert s.scalar(select(func.count()).select_from(BookingRow)) == round_no + 1
                assert s.scalar(select(CounterRow.value).where(CounterRow.name == "occurrence_number")) == total
            assert [a[1] for a in _audit(db, entity="booking")][round_no:] == ["booked"]
    finally:
        db.dispose()


# What each first answer leaves, and the occurrence's audit actions it writes.
ANSWER_ENDS = {
    "accept": (("n1_rapida", "in_progress", TECHNICIAN[0], False), ["accepted"]),
    "refuse": (("apoio_n1", "open", None, True), ["refused", "sent_to_apoio"]),
    "send": (("apoio_n1", "open", None, True), ["sent_to_apoio"]),
}


# What the others hear once that answer has won: R9 names the owner; the offer is gone once the OC left.
ANSWER_LOSERS = {
    "accept": {"refuse": "R9.has_owner", "send": "permission.owner_only"},
    "refuse": {"accept": "R4.not_offered", "send": "R5.already_in_apoio"},
    "send": {"accept": "R4.not_offered", "refuse": "R4.not_offered"},
}


def test_accept_refuse_and_send_race_on_one_offered_oc(db_url: str, crew: Crew) -> None:
    """R4/R5/R9: the offered technician accepts (from two seats) and refuses while an attendant sends the OC
    to APOIO. One answer wins and leaves a consistent OC; every other one is a catalogued refusal."""
    from pitstop_desktop.db import Database
    from pitstop_desktop.services import apoio, occurrences, offers

    db = Database(db_url)
    try:
        _build_office(db)
        tech = TECHNICIAN[0]
        winners: Counter[str] = Counter()
        for round_no in range(6):
            start = T0 + timedelta(minutes=10 * round_no)
            oc = occurrences.register_call(db, actor="atend1", client="ACME", channel="phone",
                                           summary=f"oferta {round_no}", at=start)
            offers.offer(db, oc.number, actor="atend1", to=tech, at=start + timedelta(minutes=1))
            before = _last_audit_id(db)
            when = start + timedelta(minutes=2)
            sender = ATTENDANTS[1 + round_no % 7][0]
            tasks = [("answer", ("accept", oc.number, tech, when)), ("answer", ("refuse", oc.number, tech, when)),
                     ("answer", ("accept", oc.number, tech, when)), ("answer", ("send", oc.number, sender, when))]
            shift = round_no % len(tasks)
            tasks = tasks[shift:] + tasks[:shift]
            results = crew.run(db_url, tasks)
            won = [r[1] for r in results if r[0] == "won"]
            lost = [(t[1][0], r) for t, r in zip(tasks, results, strict=True) if r[0] == "refused"]
            # One answer wins; the technician's second accept is a retry of the first (same person, same answer)
            # and is answered with the OC, not refused.
            assert len({w[0] for w in won}) == 1 and len(won) + len(lost) == 4, f"round {round_no}: {results}"
            task, _ = won[0]
            assert len(won) == (2 if task == "accept" else 1), f"round {round_no}: {results}"
            winners[task] += 1
            for tried, refusal in lost:
                _assert_catalogued(refusal)
                assert refusal[3] == ANSWER_LOSERS[task][tried], (task, tried, refusal)
            (tab, status, assignee, queued), actions = ANSWER_ENDS[task]
            after = occurrences.show(db, oc.number, at=when + timedelta(minutes=1))
            assert (after.tab, after.status, after.assignee) == (tab, status, assignee), (task, results)
            assert (oc.number in [i.number for i in apoio.list_items(db)]) == queued
            trail = [a[1] for a in _audit(db, entity="occurrence", entity_id=_oc_id(db, oc.number),
                                          since=before)]
            assert trail == actions, (task, results)
        print(db_url.partition(":")[0], dict(winners))  # shown with -s: which answer won how often
    finally:
        db.dispose()
