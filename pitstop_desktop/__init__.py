"""Pit Stop Desktop: the help desk Agenda made visible and safe.

The public API for integrations is small: :func:`changes_since` answers "what changed since revision N?".
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "changes_since"]


def changes_since(db: object, revision: int = 0, limit: int = 10_000):  # type: ignore[no-untyped-def]
    """What changed since ``revision``; ``db`` is a URL or an open :class:`~pitstop_desktop.db.Database`.

    Imported lazily so that ``import pitstop_desktop`` stays cheap for the GUI and the CLI.
    """
    from pitstop_desktop.services.changes import changes_since as _changes_since

    return _changes_since(db, revision, limit)
