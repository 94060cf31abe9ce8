"""Programmatic Alembic: `pitstop db upgrade`, and the check every client makes when it opens a database.

A shared PostgreSQL database is upgraded only by an administrator (`pitstop db upgrade`): a seat that opens a
database behind its own schema refuses with ``database.needs_upgrade`` instead of upgrading it under the older
seats still running. A new, empty database is set up by whoever opens it first, and a SQLite file (one computer,
one client version) keeps upgrading itself. A seat that finds a schema newer than it knows refuses with the
Pit Stop version that schema needs, which every upgrade writes into the ``settings`` table.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from pitstop_desktop.db.engine import Database
from pitstop_desktop.domain.errors import DatabaseUnavailable

# Alembic (~0.1 s to import, with Mako) is imported where a migration runs or the scripts are read: a database
# already current, what every seat finds at nearly every start, needs none of it (ensure_current).
if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 7_347_7037  # any constant: the advisory lock that lets one client migrate at a time

NEEDS_VERSION_KEY = "schema_needs_version"
"""The ``settings`` row that says which Pit Stop version the database's schema needs (read by older seats)."""

REVISION_NEEDS: dict[str, str] = {
    "0001": "0.1.0",
    "0002": "0.1.0",
    "0003": "0.1.0",
    "0004_sign_in_lockout": "0.2.0",
    "0005_database_identity": "0.2.0",
    "0006_audit_backfilled": "0.2.0",
    "0007_seat_heartbeats": "0.2.0",
    "0008_panel_indexes": "0.2.0",
    "0009_audit_action_at": "0.2.0",
    "0010_consulting": "0.3.0",
}
"""The oldest Pit Stop release that knows each schema revision. Every new revision adds its line, last (a test
checks)."""

HEAD_REVISION = next(reversed(REVISION_NEEDS))
"""The newest revision, the one a current database records: the last line above (a test checks it is Alembic's
head), so that :func:`ensure_current` can tell a current database without Alembic."""


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_schema_version() -> str | None:
    return _scripts().get_current_head()


def known_revisions() -> frozenset[str]:
    """Every schema revision this client's migrations know."""
    return frozenset(s.revision for s in _scripts().walk_revisions())


def schema_version(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.connect(write=False) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _recorded_revision(db: Database) -> str | None:
    """The one revision ``alembic_version`` holds, read without Alembic; None when the table is missing or does not
    hold exactly one row (:func:`schema_version` then says what Alembic makes of it)."""
    with db.connect(write=False) as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return str(rows[0]) if len(rows) == 1 else None


def is_current(db: Database) -> bool:
    return schema_version(db) == head_schema_version()


def needed_version(db: Database) -> str | None:
    """The Pit Stop version that the database's schema needs, as its last upgrade wrote it (None: not said)."""
    with db.connect(write=False) as conn:
        if not inspect(conn).has_table("settings"):
            return None
        value = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": NEEDS_VERSION_KEY}).scalar()
        return None if value is None else str(value)


def _refuse_newer(db: Database, revision: str) -> None:
    needs = needed_version(db)
    if needs:
        raise DatabaseUnavailable("database.newer_schema", url=db.display_url, revision=revision, needs=needs)
    raise DatabaseUnavailable("database.newer_schema_unknown", url=db.display_url, revision=revision)


def upgrade(db: Database, target: str = "head") -> tuple[str | None, str | None]:
    """Bring the database to ``target`` (the newest schema); returns (before, after) revisions.

    Refuses a database whose schema is newer than this client knows (Alembic would fail with "Can't locate
    revision"). Records the Pit Stop version the new schema needs, so that older seats can say which to install.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with db.connect(write=True) as conn:
        if db.is_postgres:
            # Waiting for another client's migration is expected here: no lock_timeout on this session.
            conn.execute(text("SET lock_timeout = 0"))
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            conn.commit()
        try:
            before = MigrationContext.configure(conn).get_current_revision()
            conn.commit()
            if before is not None and before not in known_revisions():
                _refuse_newer(db, before)
            command.upgrade(_config(conn), target)
            conn.commit()
            after = MigrationContext.configure(conn).get_current_revision()
            if after is not None and after in REVISION_NEEDS and inspect(conn).has_table("settings"):
                _write_needed_version(conn, REVISION_NEEDS[after])
            conn.commit()
        finally:
            if conn.in_transaction():
                conn.rollback()  # a failed migration: the unlock below needs a usable transaction
            if db.is_postgres:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                conn.execute(text("RESET lock_timeout"))
                conn.commit()
    if before != after:
        log.info("database %s upgraded: %s -> %s", db.display_url, before or "empty", after)
    return before, after


def _write_needed_version(conn: Connection, version: str) -> None:
    params = {"k": NEEDS_VERSION_KEY, "v": version}
    if conn.execute(text("UPDATE settings SET value = :v WHERE key = :k"), params).rowcount == 0:
        conn.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"), params)


def ensure_current(db: Database) -> bool:
    """Check the schema when a client opens the database; True when it was set up or upgraded here.

    Empty database: set up (both backends). Behind: SQLite upgrades itself; PostgreSQL refuses with
    ``database.needs_upgrade`` (an administrator runs `pitstop db upgrade`). Newer than this client: refused with
    the version to install. A current database, what nearly every start finds, is told by one read of its
    revision, without importing Alembic.
    """
    if _recorded_revision(db) == HEAD_REVISION:
        return False
    current = schema_version(db)
    head = head_schema_version()
    if current == head:
        return False
    if current is not None and current not in known_revisions():
        _refuse_newer(db, current)
    if current is not None and db.is_postgres:
        raise DatabaseUnavailable("database.needs_upgrade", url=db.display_url, revision=current, head=head)
    before, after = upgrade(db)
    return before != after
