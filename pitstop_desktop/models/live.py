"""Live updates: "something changed" within a second, from any console, intake window or CLI.

PostgreSQL: LISTEN pitstop_changes. A seat hears it on its one connection, through the worker that runs its
queries (``hub``: the TaskRunner, ``db/listen.py``); without a hub (a tool, a test) the watcher opens a connection
of its own and watches its socket with a QSocketNotifier. Either way, no polling.
SQLite: a small thread polls ``PRAGMA data_version`` on its own connection (it changes whenever another
connection commits). Either way the watcher only says *that* something changed; the console then asks the
change feed *what* changed, on its worker thread. A dropped connection is reported and retried with backoff.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot

from pitstop_desktop.db import Database, first_line
from pitstop_desktop.services.unit_of_work import NOTIFY_CHANNEL

log = logging.getLogger(__name__)
POLL_SECONDS = 0.25
BACKOFF_SECONDS = (1, 2, 4, 8, 15, 30)


class NotifyHub(Protocol):
    """What hears a PostgreSQL database's notifications on the seat's own connection (``views.tasks.TaskRunner``).

    Its signals: ``notified()``, ``listen_lost(str)``, ``listen_restored()``, ``listening()``.
    """

    notified: Any
    listen_lost: Any
    listen_restored: Any
    listening: Any

    def listen(self, db: Database) -> None: ...

    def unlisten(self) -> None: ...


class ChangeWatcher(QObject):
    changed = Signal()
    connection_lost = Signal(str)
    connection_restored = Signal()
    _thread_changed = Signal()
    _thread_lost = Signal(str)
    _thread_restored = Signal()
    _pg_ready = Signal(object)
    listening = Signal()  # PostgreSQL: the LISTEN connection is up (tests wait for it)

    def __init__(self, db: Database, parent: QObject | None = None, *, hub: NotifyHub | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.hub = hub if db.is_postgres else None
        self._hub_wired = False
        self._stop = threading.Event()
        self._pg: Any = None
        self._notifier: QSocketNotifier | None = None
        self._attempt = 0
        self._thread: threading.Thread | None = None
        self.online = True
        self._thread_changed.connect(self.changed)
        self._thread_lost.connect(self._on_lost)
        self._thread_restored.connect(self._on_restored)
        self._pg_ready.connect(self._watch_pg)

    def start(self) -> None:
        if self.db.is_sqlite:
            self._thread = threading.Thread(target=self._poll_sqlite, name="pitstop-live", daemon=True)
            self._thread.start()
        elif self.hub is not None:
            self.hub.notified.connect(self.changed)
            self.hub.listen_lost.connect(self._on_lost)
            self.hub.listen_restored.connect(self._on_restored)
            self.hub.listening.connect(self.listening)
            self.hub.listen(self.db)
            self._hub_wired = True
        else:
            self._connect_pg()

    def stop(self) -> None:
        self._stop.set()
        if self.hub is not None and self._hub_wired and shiboken6.isValid(self.hub):
            self._hub_wired = False
            self.hub.unlisten()
            for signal, slot in ((self.hub.notified, self.changed), (self.hub.listen_lost, self._on_lost),
                                 (self.hub.listen_restored, self._on_restored), (self.hub.listening, self.listening)):
                signal.disconnect(slot)
        self._drop_pg()
        if self._thread is not None:
            self._thread.join(timeout=2)

    # SQLite

    def _poll_sqlite(self) -> None:
        path = self.db.url.database or ""
        conn: sqlite3.Connection | None = None
        last: int | None = None
        while not self._stop.is_set():
            try:
                if conn is None:
                    conn = sqlite3.connect(path, timeout=5, check_same_thread=False)
                    version = conn.execute("PRAGMA data_version").fetchone()[0]
                    if last is not None:  # reconnected: whatever happened meanwhile needs a full look
                        self._thread_restored.emit()
                    last = version
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                if version != last:
                    last = version
                    self._thread_changed.emit()
            except sqlite3.Error as exc:
                if conn is not None:
                    conn.close()
                conn = None
                self._thread_lost.emit(str(exc))
                self._stop.wait(BACKOFF_SECONDS[min(self._attempt, len(BACKOFF_SECONDS) - 1)])
                self._attempt += 1
                continue
            self._stop.wait(POLL_SECONDS)
        if conn is not None:
            conn.close()

    # PostgreSQL

    def _connect_pg(self) -> None:
        """Connect and LISTEN on a short-lived thread (it may block), then watch the socket here."""
        if self._stop.is_set():
            return
        threading.Thread(target=self._open_pg, name="pitstop-listen", daemon=True).start()

    def _open_pg(self) -> None:
        import psycopg

        url = self.db.url.set(drivername="postgresql")
        try:
            # The seat's keepalives: a LISTEN connection lost with the network is noticed in seconds, not hours.
            conn = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True, connect_timeout=5,
                                   **self.db.limits.connect_args())
            conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        except psycopg.Error as exc:
            self._thread_lost.emit(first_line(exc))
            return
        self._pg_ready.emit(conn)

    @Slot(object)
    def _watch_pg(self, conn: Any) -> None:
        if self._stop.is_set():
            conn.close()
            return
        self._pg = conn
        self._notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_socket)
        self.listening.emit()
        if not self.online:
            self._on_restored()

    @Slot()
    def _on_socket(self) -> None:
        import psycopg

        if self._pg is None:
            return
        try:
            got = list(self._pg.notifies(timeout=0))
        except psycopg.Error as exc:
            self._drop_pg()
            self._on_lost(str(exc).strip().splitlines()[0] if str(exc).strip() else "connection lost")
            return
        if got:
            self.changed.emit()

    def _drop_pg(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._pg is not None:
            try:
                self._pg.close()
            except Exception:  # closing a broken connection may fail; it is gone either way
                log.debug("closing the LISTEN connection failed", exc_info=True)
            self._pg = None

    # Both

    @Slot(str)
    def _on_lost(self, reason: str) -> None:
        first = self.online
        self.online = False
        if first:
            self.connection_lost.emit(reason)
        if self.db.is_postgres and self.hub is None and not self._stop.is_set():  # the hub retries by itself
            delay = BACKOFF_SECONDS[min(self._attempt, len(BACKOFF_SECONDS) - 1)]
            self._attempt += 1
            QTimer.singleShot(delay * 1000, self._connect_pg)

    @Slot()
    def _on_restored(self) -> None:
        self._attempt = 0
        if not self.online:
            self.online = True
            self.connection_restored.emit()
