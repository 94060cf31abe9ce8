"""The console's notion of "now": the real clock, or a fixed moment for screenshots and tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta


class Clock:
    """This computer's clock, corrected by ``offset()`` (the database server's clock minus ours, as last measured:
    ``Database.clock_offset``), so countdowns tick by the same clock the server dates actions with."""

    def __init__(self, offset: Callable[[], timedelta] | None = None) -> None:
        self._offset = offset

    def now(self) -> datetime:
        moment = datetime.now(UTC)
        return moment + self._offset() if self._offset is not None else moment

    def stamp(self) -> datetime | None:
        """The time to give an action: None, so the database's clock dates it (the office server's own, which
        its guards insist on); a fixed clock gives its moment (screenshots, tests)."""
        return None


class FixedClock(Clock):
    """Always the same moment (aware); ``advance`` moves it, for tests of countdowns."""

    def __init__(self, moment: datetime) -> None:
        super().__init__()
        self._moment = moment.astimezone(UTC)

    def now(self) -> datetime:
        return self._moment

    def stamp(self) -> datetime | None:
        return self._moment

    def set(self, moment: datetime) -> None:
        self._moment = moment.astimezone(UTC)
