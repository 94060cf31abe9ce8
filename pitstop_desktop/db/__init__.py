"""The shared SQL database: ORM, engine factory for SQLite and PostgreSQL, Alembic migrations."""

from pitstop_desktop.db.engine import (
    Database,
    SessionLimits,
    default_database_url,
    first_line,
    resolve_database_url,
)

__all__ = ["Database", "SessionLimits", "default_database_url", "first_line", "resolve_database_url"]
