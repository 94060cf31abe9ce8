"""One worker thread owns the database work; results come back to the GUI thread by signal.

The pattern of Anki's ``taskman.py``: views never touch the database, they ``submit`` a plain function and
get its result (or its exception) in a callback that runs on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

WAIT_NOTICE_MS = 1000
"""A database task that runs longer than this makes the runner say it is waiting ("aguardando o banco…")."""


class TaskRunner(QObject):
    """Serialises database work on one thread (so SQLite sees one writer per process, in order)."""

    _done = Signal(int)
    busy_changed = Signal(bool)
    waiting_changed = Signal(bool)
    """True when a task has been running for more than ``WAIT_NOTICE_MS`` (the database is slow or a lock is held);
    False when it ends. Windows show "aguardando o banco…" instead of looking frozen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pitstop-db")
        self._pending: dict[int, tuple[Future[Any], Callable[[Any], None] | None,
                                       Callable[[BaseException], None] | None]] = {}
        self._ids = itertools.count(1)
        self._done.connect(self._deliver)
        self.waiting = False
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(WAIT_NOTICE_MS)
        self._slow.timeout.connect(self._notice_wait)

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        token = next(self._ids)
        future = self._pool.submit(work)
        self._pending[token] = (future, on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
            self._slow.start()

        def finished(_future: Future[Any], token: int = token) -> None:  # on the worker: hand over by signal
            self._done.emit(token)

        future.add_done_callback(finished)
        return token

    @Slot(int)
    def _deliver(self, token: int) -> None:
        future, on_done, on_error = self._pending.pop(token)
        self._set_waiting(False)
        if self._pending:
            self._slow.start()  # the next task gets its own second before the notice
        else:
            self._slow.stop()
            self.busy_changed.emit(False)
        error = future.exception()
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)
            return
        if on_done is not None:
            on_done(future.result())

    @Slot()
    def _notice_wait(self) -> None:
        if self._pending:
            self._set_waiting(True)

    def _set_waiting(self, waiting: bool) -> None:
        if waiting != self.waiting:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)

    @property
    def idle(self) -> bool:
        return not self._pending

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every submitted task has been delivered (tests and screenshots)."""
        loop_deadline = QTimer()
        loop_deadline.setSingleShot(True)
        loop_deadline.start(timeout_ms)
        while self._pending and loop_deadline.isActive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self._pending

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
