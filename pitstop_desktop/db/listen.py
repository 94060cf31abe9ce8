"""LISTEN on the seat's one connection: the worker that runs the queries also hears the notifications.

An office server serves ``max_connections`` sessions (100 by default); a seat that kept a second connection only
to LISTEN would spend half of them. So a seat's :class:`~pitstop_desktop.db.Database` keeps a pool of one
connection (``Database(..., seat=True)``), every new connection of that pool runs ``LISTEN`` as it opens, and the
thread that owns the pool (the seat's worker, ``views/tasks.py``) asks this listener, between tasks, whether the
socket has anything to say.

Notifications arrive two ways and both end up in :attr:`NotifyListener.pending`: psycopg hands those that come
in while a query runs to the connection's notify handler, and :meth:`poll` reads those that come while the
connection is idle. PostgreSQL delivers them only between transactions, and the pool ends every transaction
before the connection goes back, so an idle pooled connection hears them at once.

Everything here runs on the worker thread only: a psycopg connection must not be used by two threads at a time,
and the worker is the only one that checks the pool's connection out.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import event

from pitstop_desktop.db.engine import Database, first_line

log = logging.getLogger(__name__)


class NotifyListener:
    """``LISTEN channel`` on every connection ``db``'s pool opens; :meth:`poll` between tasks."""

    def __init__(self, db: Database, channel: str) -> None:
        if not db.is_postgres:
            raise ValueError("LISTEN needs PostgreSQL")
        if not db.seat:  # a pool of several: another thread could hold the connection whose socket we would read
            raise ValueError("LISTEN on the worker's connection needs a seat's database (Database(..., seat=True))")
        from psycopg.pq import ConnStatus  # PostgreSQL only: importing this module must not load psycopg

        self.db = db
        self.channel = channel
        self._open = ConnStatus.OK  # what a live session's status reads (poll compares against it)
        self.pending = False
        self._conn: Any = None  # the psycopg connection that listens (the pool's one), None before/after it
        self.broken: str | None = None  # why the listening connection was lost, until the worker has said so
        event.listen(db.engine, "connect", self._on_connect)
        event.listen(db.engine, "close", self._on_gone)
        event.listen(db.engine, "invalidate", self._on_gone)
        event.listen(db.engine, "soft_invalidate", self._on_gone)

    def close(self) -> None:
        event.remove(self.db.engine, "connect", self._on_connect)
        event.remove(self.db.engine, "close", self._on_gone)
        event.remove(self.db.engine, "invalidate", self._on_gone)
        event.remove(self.db.engine, "soft_invalidate", self._on_gone)
        self._conn = None

    # Pool events

    def _on_connect(self, dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"LISTEN {self.channel}")
        dbapi_connection.commit()  # LISTEN takes effect when its transaction ends
        dbapi_connection.add_notify_handler(self._on_notify)
        self._conn = dbapi_connection
        self.pending = True  # a new session: whatever happened before it needs a look

    def _on_gone(self, dbapi_connection: Any, _record: Any, *exception: Any) -> None:
        if dbapi_connection is self._conn:
            self._conn = None
            error = exception[0] if exception else None
            if error is not None:  # invalidated by a failed query (the server or the network went away)
                self.broken = first_line(error)

    def _on_notify(self, _notify: Any) -> None:
        self.pending = True

    # The worker's side

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def fileno(self) -> int | None:
        """The socket to watch while idle, or None when no connection listens now."""
        return self._conn.fileno() if self.connected else None

    def connect(self) -> None:
        """Open the pool's connection (and with it, LISTEN) when it is not open; raises when the server is away."""
        if not self.connected:
            with self.db.engine.connect() as conn:
                if self._conn is None:  # the pool's connection was open before we listened: LISTEN on it now
                    self._on_connect(conn.connection.dbapi_connection, None)

    def poll(self) -> bool:
        """Read what the idle socket holds; True when a notification came (since the last call, either way).

        A connection the server or the network closed raises psycopg's OperationalError; the pool will open a
        new one on the next checkout, and :meth:`connect` does it now.
        """
        conn = self._conn
        if conn is not None and not conn.closed:
            pgconn = conn.pgconn
            try:
                pgconn.consume_input()
            except Exception:
                self._drop(conn)
                raise
            if pgconn.status != self._open:  # the server ended the session (its last words were read)
                message = pgconn.get_error_message().decode(errors="replace").strip() or "connection lost"
                self._drop(conn)
                raise ConnectionError(message.splitlines()[0])
            while (notify := pgconn.notifies()) is not None:
                del notify
                self.pending = True
        got, self.pending = self.pending, False
        return got

    def _drop(self, conn: Any) -> None:
        """A broken connection: forget it and let the pool replace it (its checkout would fail otherwise)."""
        self._conn = None
        try:
            conn.close()
        except Exception:  # closing a broken connection may fail; it is gone either way
            log.debug("closing a broken LISTEN connection failed", exc_info=True)
        self.db.engine.pool.dispose()
