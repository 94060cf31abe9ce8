"""The demo day (placeholder until the generator lands)."""

from __future__ import annotations

from datetime import date

from pitstop_desktop.db import Database


def load_demo(db: Database, *, day: date | None = None, reset: bool = False) -> str:
    return "demo: not yet"
