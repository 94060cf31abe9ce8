"""Pit Stop Desktop: the help desk Agenda made visible and safe.

The public API for integrations is small: :func:`changes_since` answers "what changed since revision N?".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pitstop_desktop.db import Database
    from pitstop_desktop.services.records import ChangeBatch

__version__ = "0.3.0"

__all__ = ["__version__", "changes_since"]


def changes_since(db: Database | str, revision: int = 0, limit: int = 10_000) -> ChangeBatch:
    """What changed since ``revision``; ``db`` is a URL or an open :class:`~pitstop_desktop.db.Database`.

    Imported lazily so that ``import pitstop_desktop`` stays cheap for the GUI and the CLI.
    """
    from pitstop_desktop.services.changes import changes_since as _changes_since

    return _changes_since(db, revision, limit)
