"""Races with real processes on one shared database (R9 one owner, R1 gapless OC numbers).

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
        raise ValueError(f"unknown op {op!r}")
    finally:
        db.dispose()


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
