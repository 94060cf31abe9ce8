"""A console seat on the desk, as another computer sees it, for tests that count what a change costs it.

The window is a real ``MainWindow`` with its own seat database (one connection) and a ``LiveFeed`` that the test
tells (:func:`settle`): the watcher would only say *that* something changed, and the test wants to know when
everything the change made the seat read has been read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pitstop_desktop.db import Database
from pitstop_desktop.models.clock import FixedClock
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.services import people
from pitstop_desktop.services.unit_of_work import current_policy
from pitstop_desktop.views.main_window import MainWindow
from pitstop_desktop.views.tasks import TaskRunner
from pitstop_desktop.views.workspace import Workspace
from tests.services.helpers import at


@contextmanager
def console_seat(qtbot: Any, db_url: str, login: str) -> Iterator[tuple[MainWindow, Database, Database]]:
    """``login``'s console started and idle, its heartbeat stopped (no change's cost): (window, the seat's database,
    another computer's database to write with)."""
    other = Database(db_url)
    user = next(s for s in people.list_staff(other) if s.login == login)
    db = Database(db_url, seat=True)
    runner = TaskRunner()
    ctx = Workspace(db=db, runner=runner, user=user, clock=FixedClock(at(10, 30)), policy=current_policy(other))
    feed = LiveFeed(db, runner.submit_first)
    window = MainWindow(ctx, feed, remember_layout=False, notifications=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.start()
    try:
        assert runner.wait_idle(20_000)
        window.presence.stop_pulse()  # its last write announces the seat gone: read before the test counts
        assert runner.wait_idle(20_000)
        yield window, db, other
    finally:
        feed.stop()
        window.close()
        runner.wait_idle()
        runner.shutdown()
        db.dispose()
        other.dispose()


def settle(qtbot: Any, window: MainWindow) -> None:
    """The feed told; everything it makes the seat read, read (paced reads included: ``wait_idle`` counts them)."""
    feed = window.feed
    before = feed.revision
    feed.refresh()
    qtbot.waitUntil(lambda: not feed.busy and feed.revision != before, timeout=10_000)
    assert window.ctx.runner.wait_idle(20_000)
