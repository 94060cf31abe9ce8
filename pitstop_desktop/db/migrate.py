"""Programmatic Alembic: `pitstop db upgrade`, and the automatic upgrade when a client opens an old database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from pitstop_desktop.db.engine import Database

MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 7_347_7037  # any constant: the advisory lock that lets one client migrate at a time


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_schema_version() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()


def schema_version(db: Database) -> str | None:
    with db.connect(write=False) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_current(db: Database) -> bool:
    return schema_version(db) == head_schema_version()


def upgrade(db: Database) -> tuple[str | None, str | None]:
    """Bring the database to the newest schema; returns (before, after) revisions."""
    with db.connect(write=True) as conn:
        if db.is_postgres:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            conn.commit()
        try:
            before = MigrationContext.configure(conn).get_current_revision()
            conn.commit()
            command.upgrade(_config(conn), "head")
            conn.commit()
            after = MigrationContext.configure(conn).get_current_revision()
            conn.commit()
        finally:
            if db.is_postgres:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                conn.commit()
    return before, after


def ensure_current(db: Database) -> bool:
    """Upgrade when behind; True when an upgrade ran."""
    if is_current(db):
        return False
    before, after = upgrade(db)
    return before != after
