"""Agenda da consultoria: the consulting team's week (``pitstop consulting``, or the console's Consultoria menu)."""

from __future__ import annotations

from pitstop_desktop.db import Database
from pitstop_desktop.views.consulting.window import ConsultingWeekWindow


def run_consulting(db: Database, as_login: str | None = None) -> int:
    """Open the consulting week as a window of its own; returns the process exit code."""
    from pitstop_desktop.views.app import run_seat_window

    return run_seat_window(db, as_login, "pitstop consulting",
                           lambda ctx, feed: ConsultingWeekWindow(ctx, feed, seat=True))


__all__ = ["ConsultingWeekWindow", "run_consulting"]
