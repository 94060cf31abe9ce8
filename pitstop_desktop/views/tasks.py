"""One worker thread owns the database work; results come back to the GUI thread by signal.

The pattern of Anki's ``taskman.py``: views never touch the database, they ``submit`` a plain function and
get its result (or its exception) in a callback that runs on the GUI thread, one result per turn of the event loop
(so many reads finishing together, as on F5, never freeze the window in one go).

On PostgreSQL the same worker also hears the server's notifications (``db/listen.py``): the seat's one connection
LISTENs, and while no task waits the worker sleeps on that connection's socket and a wake-up pipe together, so a
notification is noticed at once and a submitted task starts at once. One connection per seat, not two.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import selectors
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal, Slot

from pitstop_desktop.db import Database, first_line
from pitstop_desktop.db.listen import NotifyListener
from pitstop_desktop.models.live import BACKOFF_SECONDS
from pitstop_desktop.services.unit_of_work import NOTIFY_CHANNEL

log = logging.getLogger(__name__)

WAIT_NOTICE_MS = 1000
"""A database task that runs longer than this makes the runner say it is waiting ("aguardando o banco…")."""

_NEXT_TURN = QEvent.Type(QEvent.registerEventType())
"""Posted to the runner as it hands a result over: the next waiting result is handed over when Qt gets to it."""


class TaskRunner(QObject):
    """Serialises database work on one thread (so SQLite sees one writer per process, in order).

    :meth:`listen` makes the same thread hear a PostgreSQL database's notifications: ``notified`` says "something
    changed", ``listen_lost``/``listen_restored`` follow the connection (retried with backoff while idle).
    """

    _done = Signal(int)
    busy_changed = Signal(bool)
    waiting_changed = Signal(bool)
    """True when a task has been running for more than ``WAIT_NOTICE_MS`` (the database is slow or a lock is held);
    False when it ends. Windows show "aguardando o banco…" instead of looking frozen."""
    notified = Signal()
    listen_lost = Signal(str)
    listen_restored = Signal()
    listening = Signal()  # the LISTEN is up (first time and after each reconnection; tests wait for it)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[tuple[Callable[[], Any], Future[Any]]] = deque()
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._stopping = False
        self._listener: NotifyListener | None = None
        self._listen_wanted: tuple[Database, str] | None = None
        self._listen_up = False
        self._listen_ever = False
        self._listen_attempt = 0
        self._listen_retry_at = 0.0
        self._pending: dict[int, tuple[Future[Any], Callable[[Any], None] | None,
                                       Callable[[BaseException], None] | None]] = {}
        self._ids = itertools.count(1)
        self._ready: deque[int] = deque()  # finished tasks whose results wait for their turn of the event loop
        self._turn_taken = False
        self._done.connect(self._arrived)
        self.waiting = False
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(WAIT_NOTICE_MS)
        self._slow.timeout.connect(self._notice_wait)
        self._thread = threading.Thread(target=self._work, name="pitstop-db", daemon=True)
        self._thread.start()

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        first: bool = False,
    ) -> int:
        """Run ``work`` on the worker after the tasks already waiting (``first``: before them), then call back on the
        GUI thread."""
        token = next(self._ids)
        future: Future[Any] = Future()
        self._pending[token] = (future, on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
            self._slow.start()

        def finished(_future: Future[Any], token: int = token) -> None:  # on the worker: hand over by signal
            self._done.emit(token)

        future.add_done_callback(finished)
        with self._lock:
            if self._stopping:
                future.cancel()
                return token
            if first:
                self._queue.appendleft((work, future))
            else:
                self._queue.append((work, future))
        self._wake()
        return token

    def submit_first(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        """:meth:`submit` ahead of the waiting tasks: the live feed's read, which says what every panel shows next
        (a change reaches the board without waiting behind pages or other panels' reads already queued)."""
        return self.submit(work, on_done, on_error, first=True)

    def listen(self, db: Database) -> None:
        """Hear ``db``'s change notifications on this worker's own connection (PostgreSQL; SQLite: nothing)."""
        if db.is_postgres:
            with self._lock:
                self._listen_wanted = (db, NOTIFY_CHANNEL)
            self._wake()

    def unlisten(self) -> None:
        with self._lock:
            self._listen_wanted = None
        self._wake()

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # the pipe is full (the worker is awake anyway) or closed (shut down)
            self._wake_w.send(b"\0")

    # The worker thread

    def _work(self) -> None:
        selector = selectors.DefaultSelector()
        selector.register(self._wake_r, selectors.EVENT_READ)
        watched: int | None = None
        while True:
            with self._lock:
                if self._stopping and not self._queue:
                    break
                task = self._queue.popleft() if self._queue else None
            self._follow_listen_wish()
            if task is not None:
                work, future = task
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(work())
                    except BaseException as exc:  # handed to the GUI thread's on_error
                        future.set_exception(exc)
                self._hear(poll=False)
                continue
            fd = self._listen_fd()
            if fd != watched:
                if watched is not None:
                    selector.unregister(watched)
                if fd is not None:
                    selector.register(fd, selectors.EVENT_READ)
                watched = fd
            timeout = None
            if self._listener is not None and fd is None:
                timeout = max(0.0, self._listen_retry_at - time.monotonic())
            for key, _events in selector.select(timeout):
                if key.fileobj is self._wake_r:
                    try:
                        while self._wake_r.recv(4096):
                            pass
                    except OSError:  # drained (would block)
                        pass
            self._hear(poll=True)
        if watched is not None:
            selector.unregister(watched)
        selector.close()
        if self._listener is not None:
            self._listener.close()

    def _follow_listen_wish(self) -> None:
        with self._lock:
            wanted = self._listen_wanted
        current = self._listener
        if current is not None and (wanted is None or wanted[0] is not current.db):
            current.close()
            self._listener = None
            self._listen_up = False
        if wanted is not None and self._listener is None:
            self._listener = NotifyListener(*wanted)
            self._listen_attempt, self._listen_retry_at = 0, 0.0
            self._listen_ever = False
            self._listen_fd()  # LISTEN before the next task reads anything, so no change falls between

    def _listen_fd(self) -> int | None:
        """The socket to sleep on; (re)connects the listening connection when it is due."""
        listener = self._listener
        if listener is None:
            return None
        if not listener.connected and time.monotonic() >= self._listen_retry_at:
            try:
                listener.connect()
            except Exception as exc:
                self._listen_failed(exc)
        if listener.connected and not self._listen_up:
            self._hear(poll=False)  # up (again): say so before sleeping
        return listener.fileno()

    def _hear(self, *, poll: bool) -> None:
        listener = self._listener
        if listener is None:
            return
        if listener.broken is not None:  # a task's query found the connection dead
            reason, listener.broken = listener.broken, None
            self._listen_failed(ConnectionError(reason))
            return
        try:
            got = listener.poll() if poll else listener.pending
        except Exception as exc:
            self._listen_failed(exc)
            return
        if listener.connected and not self._listen_up:
            self._listen_up, self._listen_attempt = True, 0
            self.listening.emit()
            if self._listen_ever:  # back after an outage: whatever happened meanwhile needs a full look
                listener.pending = False
                self.listen_restored.emit()
                return
            self._listen_ever = True
        if got:
            listener.pending = False
            self.notified.emit()

    def _listen_failed(self, error: BaseException) -> None:
        if self._listen_up or self._listen_attempt == 0:
            self.listen_lost.emit(first_line(error))
        self._listen_up = False
        self._listen_ever = True  # the next connection that works is a recovery
        delay = BACKOFF_SECONDS[min(self._listen_attempt, len(BACKOFF_SECONDS) - 1)]
        self._listen_attempt += 1
        self._listen_retry_at = time.monotonic() + delay

    @Slot(int)
    def _arrived(self, token: int) -> None:
        """Results are handed over one per turn of the event loop. When several tasks finish while the GUI thread is
        busy (F5: every panel's read), Qt would otherwise run all their callbacks back to back in one turn — each
        10–20 ms of model updates, together a visible freeze — with no paint or key press in between."""
        self._ready.append(token)
        if not self._turn_taken:
            self._hand_over_next()

    def _hand_over_next(self) -> None:
        if not self._ready:
            self._turn_taken = False
            return
        self._turn_taken = True
        # The next result comes on Qt's next pass over its posted events (low priority: after the normal events the
        # callback posts); timers and input run between passes. Posted before the callback runs, so a callback that
        # opens a modal dialog still gets later results in the dialog's own loop.
        QCoreApplication.postEvent(self, QEvent(_NEXT_TURN), Qt.EventPriority.LowEventPriority.value)
        self._deliver(self._ready.popleft())

    def event(self, event: QEvent) -> bool:
        if event.type() == _NEXT_TURN:
            self._hand_over_next()
            return True
        return super().event(event)

    def _deliver(self, token: int) -> None:
        future, on_done, on_error = self._pending.pop(token)
        self._set_waiting(False)
        if self._pending:
            self._slow.start()  # the next task gets its own second before the notice
        else:
            self._slow.stop()
            self.busy_changed.emit(False)
        if future.cancelled():  # shut down before it ran
            return
        error = future.exception()
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)
            return
        if on_done is not None:
            on_done(future.result())

    def defer(self, delay_ms: int, callback: Callable[[], None]) -> None:
        """Call ``callback`` on the GUI thread in ``delay_ms``; until then the runner is not idle (a read put off by
        :class:`~pitstop_desktop.views.messages.CoalescedRead`'s pace counts as work waiting, for ``wait_idle``)."""
        token = -next(self._ids)
        future: Future[Any] = Future()
        self._pending[token] = (future, None, None)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

        def fire() -> None:
            entry = self._pending.pop(token, None)
            if entry is None:
                return
            if not self._pending:
                self._slow.stop()
                self.busy_changed.emit(False)
            callback()

        QTimer.singleShot(max(0, delay_ms), self, fire)

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
        """Finish the task running now, cancel those waiting, stop listening and end the worker."""
        with self._lock:
            self._stopping = True
            waiting, self._queue = list(self._queue), deque()
        for _work, future in waiting:
            future.cancel()
        self._wake()
        self._thread.join()
        self._wake_r.close()
        self._wake_w.close()
