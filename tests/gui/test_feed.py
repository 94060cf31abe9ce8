"""The live feed (models/feed.py): typed batches, bursts coalesced, reconnection, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from pitstop_desktop.db import Database
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.services import occurrences, people
from pitstop_desktop.services.records import Change, ChangeBatch
from pitstop_desktop.views.tasks import TaskRunner


@pytest.fixture
def runner(qtbot: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_idle()
    runner.shutdown()


@pytest.fixture
def staffed(db: Database) -> Database:
    """An empty database with one attendant and one client (what registering a call needs)."""
    people.add_staff(db, login="ana", name="Ana", role="attendant", tabs=["n1_rapida"])
    people.add_client(db, code="C1", name="Cliente Um")
    return db


class Batches:
    """Every batch the feed emits, in order."""

    def __init__(self, feed: LiveFeed) -> None:
        self.got: list[FeedBatch] = []
        feed.changed.connect(self.got.append)


def register(db: Database, summary: str) -> int:
    return occurrences.register_call(db, actor="ana", client="C1", channel="phone", summary=summary).number


_running: list[LiveFeed] = []


@pytest.fixture(autouse=True)
def _stop_feeds(runner: TaskRunner) -> Iterator[None]:
    """A feed a test started is stopped before its runner shuts down, even when the test failed (a retry timer
    left running would fire in a later test)."""
    yield
    while _running:
        _running.pop().stop()


def started(qtbot: Any, feed: LiveFeed) -> FeedBatch:
    _running.append(feed)
    with qtbot.waitSignal(feed.changed, timeout=10_000) as blocker:
        feed.start()
    batch = blocker.args[0]
    assert isinstance(batch, FeedBatch)
    return batch


def test_the_first_batch_is_full_at_the_current_revision(qtbot: Any, staffed: Database, runner: TaskRunner) -> None:
    feed = LiveFeed(staffed, runner.submit)
    first = started(qtbot, feed)
    assert first.full and first.touches(Entity.BOOKING) and feed.revision == first.revision > 0
    feed.stop()


def test_a_burst_of_commits_and_pings_is_one_typed_batch(
    qtbot: Any, staffed: Database, runner: TaskRunner
) -> None:
    reads: list[int] = []

    def counting_submit(work: Callable[[], Any], on_done: Any = None, on_error: Any = None) -> int:
        reads.append(1)
        return runner.submit(work, on_done, on_error)

    feed = LiveFeed(staffed, counting_submit)
    batches = Batches(feed)
    started(qtbot, feed)
    reads.clear()
    batches.got.clear()

    # Hold the worker, ping once (that read waits behind the held task), commit a burst, ping fifty times more.
    gate = threading.Event()
    runner.submit(lambda: gate.wait(10))
    feed.refresh()
    numbers = [register(staffed, f"rajada {i}") for i in range(12)]
    people.add_client(staffed, code="C2", name="Cliente Dois")
    people.record_presence(staffed, login="ana", kind="login")
    for _ in range(50):
        feed.refresh()
    gate.set()
    qtbot.waitUntil(lambda: runner.idle and not feed.busy, timeout=10_000)

    assert len(batches.got) == 1, "a burst is one batch"
    assert len(reads) == 2, "fifty pings during a read make one more read, not fifty"
    batch = batches.got[0]
    assert not batch.full
    assert all(isinstance(entity, Entity) for entity in batch.ids)
    assert batch.entities == {Entity.OCCURRENCE, Entity.CLIENT, Entity.PRESENCE}
    assert len(batch.ids_of(Entity.OCCURRENCE)) == len(numbers)
    assert batch.touches(Entity.CLIENT) and not batch.touches(Entity.ESCALATION)
    assert len(batch.changes_of(Entity.OCCURRENCE, "registered")) == len(numbers)
    assert batch.revision == feed.revision
    feed.stop()


def test_a_rider_reads_only_the_changes_it_asked_for(qtbot: Any, staffed: Database, runner: TaskRunner) -> None:
    """``ride(..., actions=...)``: a rider is handed only the ids changed by those actions, and is not run at all
    for a batch without one (the timeline rides on takes and releases, not on every new call)."""
    feed = LiveFeed(staffed, runner.submit)
    every, closing = [], []
    any_key = feed.ride(Entity.OCCURRENCE, lambda _uow, ids: every.append(ids) or sorted(ids))
    closed_key = feed.ride(Entity.OCCURRENCE, lambda _uow, ids: closing.append(ids) or sorted(ids), actions={"closed"})
    batches = Batches(feed)
    started(qtbot, feed)
    first = register(staffed, "um")
    with qtbot.waitSignal(feed.changed, timeout=10_000):
        feed.refresh()
    batch = batches.got[-1]
    assert closed_key not in batch.fetched and closing == []
    assert len(batch.fetched[any_key]) == 1
    oc_id = batch.fetched[any_key][0]
    register(staffed, "dois")
    occurrences.close(staffed, first, actor="ana", faq="1001")
    with qtbot.waitSignal(feed.changed, timeout=10_000):
        feed.refresh()
    batch = batches.got[-1]
    assert batch.fetched[closed_key] == [oc_id]  # the second call's registration is not the closing rider's
    assert len(batch.fetched[any_key]) == 2
    feed.stop()


def test_the_watcher_brings_a_change_made_elsewhere(qtbot: Any, staffed: Database, runner: TaskRunner) -> None:
    """SQLite: PRAGMA data_version polling; PostgreSQL: LISTEN/NOTIFY. Either way one typed batch arrives."""
    feed = LiveFeed.watching(staffed, runner.submit)
    assert feed.watcher is not None
    if staffed.is_postgres:
        with qtbot.waitSignal(feed.watcher.listening, timeout=10_000):
            started(qtbot, feed)
    else:
        started(qtbot, feed)
    other = Database(staffed.url.render_as_string(hide_password=False))  # another seat's connection
    try:
        with qtbot.waitSignal(feed.changed, timeout=10_000) as blocker:
            number = register(other, "de outro computador")
    finally:
        other.dispose()
    batch = blocker.args[0]
    assert batch.touches(Entity.OCCURRENCE) and not batch.full
    assert occurrences.show(staffed, number).number == number
    feed.stop()


def test_a_failed_read_is_shown_once_retried_with_backoff_then_everything_is_refreshed(
    qtbot: Any, staffed: Database, runner: TaskRunner
) -> None:
    down = [False]
    attempts: list[datetime] = []

    def flaky_submit(work: Callable[[], Any], on_done: Any = None, on_error: Any = None) -> int:
        def maybe() -> Any:
            if down[0]:
                attempts.append(datetime.now(UTC))
                raise sqlite3.OperationalError("unable to open database file (simulated)")
            return work()

        return runner.submit(maybe, on_done, on_error)

    feed = LiveFeed(staffed, flaky_submit, retry_ms=(50, 100, 200))
    batches = Batches(feed)
    lost: list[str] = []
    restored: list[bool] = []
    feed.connection_lost.connect(lost.append)
    feed.connection_restored.connect(lambda: restored.append(True))
    started(qtbot, feed)
    batches.got.clear()

    down[0] = True
    feed.refresh()
    qtbot.waitUntil(lambda: len(attempts) >= 3, timeout=5_000)  # retried on its own
    assert lost == ["unable to open database file (simulated)"] and not feed.online  # said once
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(attempts)]
    # Each retry waited (at least) its step of the backoff; Qt's coarse timers may fire up to 5 % early.
    assert gaps[0] >= 0.04 and gaps[1] >= 0.08

    number = register(staffed, "durante a queda")
    down[0] = False
    qtbot.waitUntil(lambda: bool(batches.got), timeout=5_000)
    assert restored == [True] and feed.online
    assert batches.got[0].full, "after an outage every panel re-reads everything"
    assert feed.revision is not None and feed.revision >= 1
    assert occurrences.show(staffed, number).summary == "durante a queda"
    feed.stop()


def test_a_database_reset_or_an_unknown_word_makes_a_full_batch() -> None:
    at = datetime(2026, 11, 24, tzinfo=UTC)
    reset = FeedBatch.of(ChangeBatch(1, 2, (Change(2, "database", 0, "reset", at),)))
    assert reset.full and reset.touches(Entity.OCCURRENCE)
    newer = FeedBatch.of(ChangeBatch(2, 3, (Change(3, "gizmo", 7, "added", at), Change(3, "occurrence", 5, "x", at))))
    assert newer.full and newer.ids_of(Entity.OCCURRENCE) == {5}
    plain = FeedBatch.of(ChangeBatch(3, 4, (Change(4, "booking", 9, "booked", at),)))
    assert not plain.full and plain.touches(Entity.BOOKING) and not plain.touches(Entity.OCCURRENCE)


def test_a_task_submitted_first_runs_before_those_waiting(qtbot: Any, runner: TaskRunner) -> None:
    """The feed's read jumps the queue (TaskRunner.submit_first): a change is not kept behind pages and panels'
    reads already waiting on the seat's one worker."""
    gate = threading.Event()
    order: list[str] = []
    runner.submit(lambda: gate.wait(10))
    runner.submit(lambda: order.append("página"))
    runner.submit(lambda: order.append("linha do tempo"))
    runner.submit_first(lambda: order.append("feed"))
    gate.set()
    qtbot.waitUntil(lambda: runner.idle, timeout=10_000)
    assert order == ["feed", "página", "linha do tempo"]
