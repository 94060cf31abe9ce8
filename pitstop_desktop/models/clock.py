"""The console's notion of "now": the real clock, or a fixed moment for screenshots and tests."""

from __future__ import annotations

from datetime import UTC, datetime


class Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def stamp(self) -> datetime | None:
        """The time to give an action: None, so the database's clock dates it (the office server's own, which
        its guards insist on); a fixed clock gives its moment (screenshots, tests)."""
        return None


class FixedClock(Clock):
    """Always the same moment (aware); ``advance`` moves it, for tests of countdowns."""

    def __init__(self, moment: datetime) -> None:
        self._moment = moment.astimezone(UTC)

    def now(self) -> datetime:
        return self._moment

    def stamp(self) -> datetime | None:
        return self._moment

    def set(self, moment: datetime) -> None:
        self._moment = moment.astimezone(UTC)
