"""Copies of a SQLite database, made and put back while other seats may be using it (`pitstop db backup|restore`).

Both directions use SQLite's online backup API (``sqlite3.Connection.backup``), not a file copy: the copy is one
consistent snapshot even while another window writes (a reader in WAL mode never waits for a writer), and putting a
copy back writes through SQLite's own locks and WAL into the same file, so the ``-wal`` and ``-shm`` files stay
those of that database and a connection left open elsewhere sees the restored pages instead of a file swapped
under it. The copy is written next to its target under a temporary name, checked, made a single file (journal
mode DELETE, no ``-wal`` to carry around) and renamed into place, so a failed copy never leaves half a file.

The facts :func:`read_facts` gives about a file (is it SQLite, which schema revision, does it have Pit Stop's
tables) are for the command to judge; the refusals are worded there (``cli/backup.py``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import make_url

from pitstop_desktop.db.private import create_private_file, make_private_folder

SQLITE_HEADER = b"SQLite format 3\x00"
PITSTOP_TABLES = frozenset({"occurrences", "staff", "settings", "change_feed"})
"""Tables every Pit Stop schema since the first has (``settings`` since 0002): with an ``alembic_version``, what
tells a Pit Stop database from another program's."""
NEEDS_VERSION_KEY = "schema_needs_version"  # db/migrate.py's settings row
BUSY_TIMEOUT_S = 15.0


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///…`` URL (None for PostgreSQL or an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_sqlite_file(path: Path) -> bool:
    """The file starts with SQLite's 16-byte header (an empty file is not a database)."""
    with path.open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


@dataclass(frozen=True)
class FileFacts:
    """What a SQLite file holds, as far as a restore cares."""

    revision: str | None  # alembic_version's revision, if the table exists and has one
    tables: frozenset[str]
    needs: str | None  # the Pit Stop version its schema needs (settings row written by every upgrade)
    integrity: str  # "ok", or SQLite's first complaint (PRAGMA quick_check)
    size: int

    @property
    def pitstop(self) -> bool:
        return self.revision is not None and self.tables >= PITSTOP_TABLES


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Opened without creating anything and without writing (``mode=ro``)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)


def read_facts(path: Path) -> FileFacts:
    """Revision, tables, needed version and integrity of the SQLite file ``path`` (raises sqlite3.Error when it
    cannot be read)."""
    conn = _open_read_only(path)
    try:
        tables = frozenset(str(name) for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        revision = needs = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
        if "settings" in tables:
            with contextlib.suppress(sqlite3.Error):  # another program's "settings" table, with other columns
                row = conn.execute("SELECT value FROM settings WHERE key = ?", (NEEDS_VERSION_KEY,)).fetchone()
                needs = None if row is None else str(row[0])
        integrity = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()
    return FileFacts(revision, tables, needs, integrity, path.stat().st_size)


def copy_online(source: Path, target: Path) -> FileFacts:
    """A consistent copy of the live database ``source`` in ``target`` (replaced if it exists), 0600, as one file.

    Other connections may read and write ``source`` meanwhile: the copy is the state of one moment."""
    make_private_folder(target.parent)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)  # all pages in one step: one read transaction, one snapshot
                dst.execute("PRAGMA journal_mode = DELETE")  # the copy is one file, whatever the source's mode
                problem = str(dst.execute("PRAGMA quick_check").fetchone()[0])
            finally:
                dst.close()
        finally:
            src.close()
        if problem != "ok":
            raise sqlite3.DatabaseError(f"a cópia não passou na verificação do SQLite: {problem}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return read_facts(target)


def restore_online(source: Path, target: Path) -> None:
    """Make the live database ``target`` hold exactly what the file ``source`` holds, through SQLite (its locks,
    its WAL), so the ``-wal``/``-shm`` of ``target`` stay consistent and its permissions stay as they were."""
    make_private_folder(target.parent)
    create_private_file(target)  # a first restore on a new computer: the file is made 0600 before SQLite writes
    src = _open_read_only(source)
    try:
        dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S)
        try:
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the restored pages into the file itself, now
        finally:
            dst.close()
    finally:
        src.close()
