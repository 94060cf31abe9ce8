"""The intake outbox's local store: calls saved while the shared database could not be reached.

A small SQLite file of its own (stdlib ``sqlite3``, not the shared database), by default
``<user data folder>/outbox.db``. WAL with ``synchronous=FULL``: every write is fsync'ed before the statement
returns, so when :meth:`OutboxStore.add` returns the call survives a crash, a kill or a power cut.

One connection per store, shared by the threads of one process under a lock (the intake window's worker thread
replays while the GUI thread reads the count). Two processes on the same file are safe too (SQLite's own file
locks, ``busy_timeout``); a call sent twice is harmless because the server keeps ``request_id`` unique.

The call itself is stored as JSON (``payload``): the store knows only states, attempts and the server's answer,
so a new field in a call needs no migration here. The schema version is ``PRAGMA user_version``.

States: ``pending`` (to send, oldest first), ``sent`` (the server holds its OC; kept a few days for the record),
``rejected`` (the server refused it by rule; kept for the attendant to see, never retried).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from pitstop_desktop.db.engine import APP_AUTHOR, APP_NAME
from pitstop_desktop.db.private import create_private_file, make_private_folder
from pitstop_desktop.domain.errors import PitstopError

SCHEMA_VERSION = 1
PENDING, SENT, REJECTED = "pending", "sent", "rejected"
STATES = (PENDING, SENT, REJECTED)
BUSY_TIMEOUT_MS = 5_000
KEEP_SENT = timedelta(days=7)

_MIGRATIONS: dict[int, tuple[str, ...]] = {
    # version -> statements that bring version - 1 to it
    1: (
        """
        CREATE TABLE calls (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id  TEXT NOT NULL UNIQUE,
            state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),
            payload     TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            attempts    INTEGER NOT NULL DEFAULT 0,
            last_error  TEXT,
            number      INTEGER
        )
        """,
        "CREATE INDEX ix_calls_state_seq ON calls (state, seq)",
    ),
}


class OutboxError(PitstopError):
    """The local outbox file cannot be opened or written (disk full, no permission, newer format)."""

    exit_code = 1


def default_outbox_path() -> Path:
    return Path(user_data_dir(APP_NAME, APP_AUTHOR)) / "outbox.db"


@dataclass(frozen=True)
class OutboxRecord:
    seq: int
    request_id: str
    state: str
    payload: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    attempts: int
    last_error: str | None
    number: int | None


def _now() -> str:
    return datetime.now(UTC).isoformat()


class OutboxStore:
    """The outbox file. Every method is atomic and durable when it returns."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_outbox_path()
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        try:
            make_private_folder(self.path.parent)
            create_private_file(self.path)  # 0600 before SQLite writes a byte; its -wal/-shm inherit the mode
            # isolation_level=None: autocommit; every statement below is its own transaction unless BEGIN'ed.
            self._conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # e.g. a file system without shared memory: rollback journal
                self._conn.execute("PRAGMA journal_mode = DELETE")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except BaseException as exc:
            self.close()
            if isinstance(exc, sqlite3.Error | OSError):
                raise OutboxError("outbox.open_failed", path=str(self.path), reason=str(exc)) from exc
            raise

    # -- schema ------------------------------------------------------------------------------------------

    def _migrate(self) -> None:
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise OutboxError("outbox.newer_format", path=str(self.path), version=version)
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[target]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._connection().execute("PRAGMA user_version").fetchone()[0])

    # -- writes ------------------------------------------------------------------------------------------

    def add(self, request_id: str, payload: dict[str, Any], created_at: datetime) -> None:
        """Store a call as pending. The same ``request_id`` again (a double click) updates it in place and makes
        it pending again (unless the server already holds it)."""
        now = _now()
        self._write(
            """
            INSERT INTO calls (request_id, state, payload, created_at, updated_at)
            VALUES (?, 'pending', ?, ?, ?)
            ON CONFLICT (request_id) DO UPDATE SET
                payload = excluded.payload, updated_at = excluded.updated_at,
                state = CASE WHEN calls.state = 'sent' THEN 'sent' ELSE 'pending' END
            """,
            (request_id, json.dumps(payload, ensure_ascii=False), created_at.astimezone(UTC).isoformat(), now),
        )

    def mark_sent(self, request_id: str, number: int) -> None:
        self._write("UPDATE calls SET state = 'sent', number = ?, last_error = NULL, updated_at = ? "
                    "WHERE request_id = ?", (number, _now(), request_id))

    def mark_failed(self, request_id: str, error: str) -> None:
        """One more unsuccessful attempt; the call stays pending."""
        self._write("UPDATE calls SET attempts = attempts + 1, last_error = ?, updated_at = ? "
                    "WHERE request_id = ? AND state = 'pending'", (error, _now(), request_id))

    def mark_rejected(self, request_id: str, error: str) -> None:
        """Refused by the server: moved aside, never retried."""
        self._write("UPDATE calls SET state = 'rejected', attempts = attempts + 1, last_error = ?, updated_at = ? "
                    "WHERE request_id = ? AND state = 'pending'", (error, _now(), request_id))

    def mark_waiting(self, request_id: str, error: str) -> None:
        """Not sent on purpose (another database, another person): stays pending with the reason, no attempt counted."""
        self._write("UPDATE calls SET last_error = ?, updated_at = ? WHERE request_id = ? AND state = 'pending'",
                    (error, _now(), request_id))

    def remove(self, request_id: str) -> None:
        self._write("DELETE FROM calls WHERE request_id = ? AND state <> 'sent'", (request_id,))

    def purge_sent(self, older_than: timedelta = KEEP_SENT) -> int:
        cutoff = (datetime.now(UTC) - older_than).isoformat()
        return self._write("DELETE FROM calls WHERE state = 'sent' AND updated_at < ?", (cutoff,))

    # -- reads -------------------------------------------------------------------------------------------

    def records(self, state: str = PENDING, *, limit: int | None = None) -> list[OutboxRecord]:
        """Calls in ``state``, oldest first."""
        if state not in STATES:
            raise ValueError(f"unknown outbox state {state!r}")
        sql = "WHERE state = ? ORDER BY seq" + (" LIMIT ?" if limit is not None else "")
        return self._records(sql, (state,) if limit is None else (state, limit))

    def get(self, request_id: str) -> OutboxRecord | None:
        found = self._records("WHERE request_id = ?", (request_id,))
        return found[0] if found else None

    def _records(self, where: str, params: tuple[Any, ...]) -> list[OutboxRecord]:
        rows = self._read("SELECT seq, request_id, state, payload, created_at, updated_at, attempts, last_error, "
                          f"number FROM calls {where}", params)
        return [OutboxRecord(seq, rid, st, json.loads(payload), datetime.fromisoformat(created),
                             datetime.fromisoformat(updated), attempts, error, number)
                for seq, rid, st, payload, created, updated, attempts, error, number in rows]

    def count(self, state: str = PENDING) -> int:
        return int(self._read("SELECT count(*) FROM calls WHERE state = ?", (state,))[0][0])

    # -- plumbing ----------------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise OutboxError("outbox.closed")
        return self._conn

    def _write(self, sql: str, params: tuple[Any, ...]) -> int:
        with self._lock:
            try:
                return self._connection().execute(sql, params).rowcount
            except sqlite3.Error as exc:
                raise OutboxError("outbox.write_failed", path=str(self.path), reason=str(exc)) from exc

    def _read(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._connection().execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise OutboxError("outbox.read_failed", path=str(self.path), reason=str(exc)) from exc
