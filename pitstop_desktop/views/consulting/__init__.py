"""Agenda da consultoria: the consulting team's week (``pitstop consulting``, or the console's Consultoria menu)."""

from __future__ import annotations

from pitstop_desktop.db import Database
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.views.consulting.window import ConsultingWeekWindow
from pitstop_desktop.views.presence_bar import PresenceBar
from pitstop_desktop.views.workspace import Workspace


class ConsultingSeat(ConsultingWeekWindow):
    """The week as a window of its own: always with the person's day (lunch, the end of the day) above it."""

    presence: PresenceBar

    def __init__(self, ctx: Workspace, feed: LiveFeed) -> None:
        super().__init__(ctx, feed, seat=True)


def run_consulting(db: Database, as_login: str | None = None) -> int:
    """Open the consulting week as a window of its own; returns the process exit code."""
    from pitstop_desktop.views.app import run_seat_window

    return run_seat_window(db, as_login, "pitstop consulting", ConsultingSeat)


__all__ = ["ConsultingSeat", "ConsultingWeekWindow", "run_consulting"]
