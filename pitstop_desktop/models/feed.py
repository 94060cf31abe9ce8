"""One live feed per seat: "what changed since revision N", as typed batches every panel subscribes to.

:class:`~pitstop_desktop.models.live.ChangeWatcher` only says *that* something changed (LISTEN/NOTIFY on
PostgreSQL, ``PRAGMA data_version`` on SQLite). :class:`LiveFeed` owns the rest of the loop that every window
needs:

- the revision the seat has seen; the first read (and every full refresh) reads the current revision *before*
  the subscribers read their data, so a change committed meanwhile is delivered again, never lost;
- coalescing: while one read of the change feed is on the worker, any number of further "changed" pings make
  one more read, not one each;
- the read itself, ``services.changes.changes_since``, on the task runner's worker thread (the feed gets the
  runner's ``submit``: models sit below views, where the runner lives), never on the GUI thread;
- reconnection: a failed read (or a lost LISTEN connection) emits ``connection_lost`` once, is retried with
  backoff, and the first read that works again emits ``connection_restored`` and a full batch, so every panel
  re-reads what it may have missed.

Each batch is a :class:`FeedBatch`: the new revision and the ids that changed per :class:`Entity`. A panel looks
at ``batch.touches(...)`` / ``batch.ids_of(...)`` and re-reads what it shows; ``batch.full`` means "everything
may have changed" (first load, F5, reconnection, a database reset).

A panel that must show a change at once (the board: a change on screen within 100 ms of its commit) *rides* the
feed (:meth:`LiveFeed.ride`): its read of the changed ids runs in the same worker task, right after the feed's own
read, and arrives in ``batch.fetched`` — one hop to the worker per change instead of two, and no wait for the
panel's pace. Riders are for small reads by id; anything heavier follows the batch at its own pace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import DBAPIError

from pitstop_desktop.db import Database, first_line
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.models.live import BACKOFF_SECONDS, ChangeWatcher, NotifyHub
from pitstop_desktop.services.changes import changes_then, current_revision
from pitstop_desktop.services.records import Change, ChangeBatch
from pitstop_desktop.services.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

READ_LIMIT = 10_000  # changes per read; a longer backlog is read in several batches
RETRY_MS: tuple[int, ...] = tuple(seconds * 1000 for seconds in BACKOFF_SECONDS)


class Submit(Protocol):
    """``TaskRunner.submit``: run ``work`` on the database worker, call back on the GUI thread."""

    def __call__(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = ...,
                 on_error: Callable[[BaseException], None] | None = ...) -> object: ...


@dataclass(frozen=True)
class FeedBatch:
    """What changed up to ``revision``: ids per entity (``full``: everything may have changed)."""

    revision: int
    ids: Mapping[Entity, frozenset[int]] = field(default_factory=dict)
    changes: tuple[Change, ...] = ()
    full: bool = False
    fetched: Mapping[object, Any] = field(default_factory=dict)
    """What riders read for this batch, by the key :meth:`LiveFeed.ride` gave them (absent: the rider had nothing
    to read, or its read failed and the panel reads for itself)."""

    @classmethod
    def everything(cls, revision: int) -> FeedBatch:
        return cls(revision, full=True)

    @classmethod
    def of(cls, batch: ChangeBatch, fetched: Mapping[object, Any] | None = None) -> FeedBatch:
        """The typed form of a change-feed read; a database reset or a word this version does not know is full."""
        ids: dict[Entity, set[int]] = {}
        full = False
        for change in batch.changes:
            entity = Entity.parse(change.entity)
            if entity is None or entity is Entity.DATABASE:
                full = True
            if entity is not None:
                ids.setdefault(entity, set()).add(change.entity_id)
        return cls(batch.revision, {e: frozenset(i) for e, i in ids.items()}, batch.changes, full, fetched or {})

    @property
    def entities(self) -> frozenset[Entity]:
        return frozenset(self.ids)

    def touches(self, *entities: Entity) -> bool:
        """Can this batch affect something made of ``entities``? (Always, for a full batch.)"""
        return self.full or any(entity in self.ids for entity in entities)

    def ids_of(self, entity: Entity) -> frozenset[int]:
        return self.ids.get(entity, frozenset())

    def changes_of(self, entity: Entity, action: str | None = None) -> tuple[Change, ...]:
        """The feed rows about ``entity`` (and ``action``), oldest first — for notifications."""
        return tuple(c for c in self.changes if c.entity == entity and (action is None or c.action == action))


Rider = Callable[[UnitOfWork, frozenset[int]], Any]
"""A panel's read of the ids of one entity that a feed read found changed, in the feed read's own transaction;
runs on the worker thread."""


@dataclass(frozen=True)
class _Rider:
    key: object
    entity: Entity
    fetch: Rider
    actions: frozenset[str] | None  # only changes with one of these actions (None: every change of the entity)

    def wanted(self, changes: Sequence[Change]) -> frozenset[int]:
        return frozenset(c.entity_id for c in changes if c.entity == self.entity.value
                         and (self.actions is None or c.action in self.actions))


def _ride(uow: UnitOfWork, batch: ChangeBatch, riders: Sequence[_Rider]) -> dict[object, Any]:
    """Each rider's read of its entity's changed ids (on the worker, in the feed read's transaction). A rider whose
    code fails is left out: its panel then reads for itself. A database error fails the whole read (the transaction
    is spoiled), which the feed retries as it retries any read."""
    if not riders or not batch.changes:
        return {}
    fetched: dict[object, Any] = {}
    for rider in riders:
        key, fetch = rider.key, rider.fetch
        wanted = rider.wanted(batch.changes)
        if wanted:
            try:
                fetched[key] = fetch(uow, wanted)
            except DBAPIError:
                raise
            except Exception as exc:
                log.warning("a feed rider's read failed: %s", first_line(exc))
    return fetched


class LiveFeed(QObject):
    """The seat's change feed; see the module docstring. ``changed`` carries a :class:`FeedBatch`."""

    changed = Signal(object)  # FeedBatch
    connection_lost = Signal(str)  # why (once per outage)
    connection_restored = Signal()  # then a full batch follows

    def __init__(self, db: Database, submit: Submit, watcher: ChangeWatcher | None = None,
                 parent: QObject | None = None, *, retry_ms: Sequence[int] = RETRY_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.watcher = watcher
        self.revision: int | None = None
        self.online = True
        self._submit = submit
        self._retry_ms = tuple(retry_ms) or (1000,)
        self._attempt = 0
        self._reading = False
        self._again = False  # "changed" arrived while a read was on the worker
        self._full_wanted = False  # a full refresh was asked for while a read was on the worker
        self._recovering = False  # a read failed: the next one that works refreshes everything
        self._started = False
        self._stopped = False
        self._riders: list[_Rider] = []
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._retry_now)
        if watcher is not None:
            watcher.changed.connect(self.refresh)
            watcher.connection_lost.connect(self._lost)
            watcher.connection_restored.connect(self._watcher_restored)

    @classmethod
    def watching(cls, db: Database, submit: Submit, parent: QObject | None = None, *,
                 hub: NotifyHub | None = None) -> LiveFeed:
        """A feed with its own :class:`ChangeWatcher` on ``db`` (what a seat runs). ``hub``: the seat's worker,
        which then also hears the notifications on its one connection (PostgreSQL); without it the watcher opens
        a connection of its own."""
        watcher = ChangeWatcher(db, hub=hub)
        feed = cls(db, submit, watcher, parent)
        watcher.setParent(feed)
        return feed

    # Commands

    def start(self) -> None:
        """The first full batch, then live. Starting a running feed refreshes everything."""
        if self._stopped:
            return
        first = not self._started
        self._started = True
        self.full_refresh()
        if first and self.watcher is not None:
            self.watcher.start()

    def stop(self) -> None:
        """No more reads or batches (a window closing); stops the watcher too."""
        self._stopped = True
        self._retry.stop()
        if self.watcher is not None:
            self.watcher.stop()

    def ride(self, entity: Entity, fetch: Rider, *, actions: Collection[str] | None = None) -> object:
        """Run ``fetch`` with the ids of ``entity`` each feed read finds changed (by one of ``actions``, if given), in
        the feed read's transaction; its result comes in ``batch.fetched[key]`` (the key returned; absent when no
        change of the batch concerns it). ``fetch`` runs on the worker: no Qt in it."""
        key = object()
        self._riders.append(_Rider(key, entity, fetch, None if actions is None else frozenset(actions)))
        return key

    @property
    def busy(self) -> bool:
        return self._reading

    def refresh(self) -> None:
        """Something changed (the watcher, or this seat's own write): read the feed since our revision."""
        if self._stopped:
            return
        if self._reading:
            self._again = True
        elif self.revision is None:
            self._read_full()
        else:
            self._read_changes()

    def full_refresh(self) -> None:
        """Everything may have changed (start, F5): read the revision and tell every subscriber to re-read."""
        if self._stopped:
            return
        if self._reading:
            self._full_wanted = True
        else:
            self._read_full()

    def report_failure(self, error: BaseException) -> None:
        """A subscriber's own read failed (usually the connection): shown, retried, then everything refreshed."""
        self._failed(error)

    # Reads on the worker

    def _read_full(self) -> None:
        self._reading = True
        db = self.db
        self._submit(lambda: current_revision(db), self._guard(self._full_arrived), self._guard(self._failed))

    def _read_changes(self) -> None:
        self._reading = True
        db, since, riders = self.db, self.revision or 0, tuple(self._riders)

        def work() -> tuple[ChangeBatch, dict[object, Any]]:
            return changes_then(db, since, READ_LIMIT, lambda uow, batch: _ride(uow, batch, riders),
                                with_policy=bool(riders))  # riders read under the policy: its fingerprint rides too

        self._submit(work, self._guard(self._changes_arrived), self._guard(self._failed))

    def _guard(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """Results that arrive after ``stop`` (or after Qt deleted the feed with its window) are dropped."""

        def deliver(value: Any) -> None:
            if shiboken6.isValid(self) and not self._stopped:
                callback(value)
            else:
                self._reading = False

        return deliver

    def _full_arrived(self, revision: int) -> None:
        self._reading = False
        self._worked()
        self._again = self._full_wanted = False  # the full batch covers them
        self.revision = revision
        self.changed.emit(FeedBatch.everything(revision))
        self._next()

    def _changes_arrived(self, result: tuple[ChangeBatch, dict[object, Any]]) -> None:
        batch, fetched = result
        self._reading = False
        if self._worked():
            self._read_full()  # back after an outage: everyone re-reads what they may have missed
            return
        if len(batch.changes) >= READ_LIMIT:
            self._again = True  # a long backlog: the rest in the next read
        if batch.revision != self.revision:
            self.revision = batch.revision
            typed = FeedBatch.of(batch, fetched)
            if typed.full or typed.ids:
                self.changed.emit(typed)
        self._next()

    def _next(self) -> None:
        if self._stopped or self._reading:
            return
        if self._full_wanted:
            self._full_wanted = self._again = False
            self._read_full()
        elif self._again:
            self._again = False
            self._read_changes()

    # Connection state

    def _worked(self) -> bool:
        """A read succeeded; True when it ends an outage (then a full refresh is due)."""
        self._attempt = 0
        recovered = self._recovering
        self._recovering = False
        if not self.online:
            self.online = True
            self.connection_restored.emit()
        return recovered

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        if self._stopped:
            return
        log.info("change feed read failed: %s", first_line(error))
        self._recovering = True
        self._lost(first_line(error))
        delay = self._retry_ms[min(self._attempt, len(self._retry_ms) - 1)]
        self._attempt += 1
        self._retry.start(delay)

    def _retry_now(self) -> None:
        if self._stopped:
            return
        self.refresh()

    def _lost(self, reason: str) -> None:
        if self.online:
            self.online = False
            self.connection_lost.emit(reason)

    def _watcher_restored(self) -> None:
        """The watcher is back: whatever happened meanwhile needs a full look."""
        self._recovering = False
        if not self.online:
            self.online = True
            self.connection_restored.emit()
        self.full_refresh()
