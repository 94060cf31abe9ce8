"""Minha agenda: the technician's seat (``pitstop agenda``), a window of its own."""

from __future__ import annotations

from pitstop_desktop.db import Database
from pitstop_desktop.views.agenda.window import AgendaWindow


def run_agenda(db: Database, as_login: str | None = None) -> int:
    """Open the technician's seat; returns the process exit code."""
    from pitstop_desktop import config
    from pitstop_desktop.views.app import run_seat_window

    notifications = config.load().config.notifications  # the seat's settings (tray on or off)
    return run_seat_window(db, as_login, "pitstop agenda",
                           lambda ctx, feed: AgendaWindow(ctx, feed, notifications=notifications))


__all__ = ["AgendaWindow", "run_agenda"]
