"""A seat that stops answering is not shown as available: a real console process reports its seat, is killed
without logging out, and five minutes later its person is "sem sinal" (the timeline, the picker and R4 agree);
a window closed cleanly forgets its seat instead. On SQLite and PostgreSQL (the desk of tests/services/helpers)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time as clock
from datetime import timedelta

import pytest
from sqlalchemy import select

from pitstop_desktop.db.orm import SeatHeartbeatRow
from pitstop_desktop.services import timeline
from tests.services.helpers import at, desk_db_url  # noqa: F401  (fixture: db_url is the desk)

SEAT_PROCESS = textwrap.dedent("""
    import sys
    from datetime import datetime
    from PySide6.QtWidgets import QApplication
    from pitstop_desktop.db import Database
    from pitstop_desktop.models.clock import FixedClock
    from pitstop_desktop.services import people
    from pitstop_desktop.services.unit_of_work import current_policy
    from pitstop_desktop.views.agenda import AgendaWindow
    from pitstop_desktop.views.tasks import TaskRunner
    from pitstop_desktop.views.workspace import Workspace

    url, login, moment, clean = sys.argv[1], sys.argv[2], datetime.fromisoformat(sys.argv[3]), sys.argv[4] == "clean"
    app = QApplication([])
    db = Database(url)
    user = next(s for s in people.list_staff(db) if s.login == login)
    runner = TaskRunner()
    ctx = Workspace(db=db, runner=runner, user=user, clock=FixedClock(moment), policy=current_policy(db))
    window = AgendaWindow(ctx, None, notifications=False)
    window.show()
    window.start()
    runner.wait_idle(20_000)
    print("alive", flush=True)
    if clean:
        window.close()
        runner.wait_idle(20_000)
        print("closed", flush=True)
        sys.exit(0)
    app.exec()
""")


def _seat_process(db_url: str, login: str, clean: bool) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-c", SEAT_PROCESS, db_url, login, at(9, 0).isoformat(),
                             "clean" if clean else "kill"], stdout=subprocess.PIPE, text=True, env=env)


def _wait_for(process: subprocess.Popen[str], word: str) -> None:
    assert process.stdout is not None
    deadline = clock.monotonic() + 60
    while clock.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip() == word:
            return
        if not line and process.poll() is not None:
            pytest.fail(f"the seat process ended ({process.returncode}) before saying {word!r}")
    pytest.fail(f"the seat process never said {word!r}")


def _state(db: object, login: str, minutes: int) -> str:
    rows = {r.login: r for r in timeline.timeline(db, at=at(9, 0) + timedelta(minutes=minutes))}  # type: ignore[arg-type]
    return rows[login].state


def test_a_killed_seat_goes_no_signal_and_a_closed_one_does_not(db) -> None:  # type: ignore[no-untyped-def]
    killed = _seat_process(db.url.render_as_string(hide_password=False), "caio", clean=False)
    try:
        _wait_for(killed, "alive")
        with db.read() as session:
            assert session.scalars(select(SeatHeartbeatRow.seat)).all(), "the window reported its seat"
        assert _state(db, "caio", 1) == "available"
        killed.send_signal(signal.SIGKILL)  # the program killed, the computer off: no logout, no goodbye
        killed.wait(30)
    finally:
        if killed.poll() is None:
            killed.kill()
    assert _state(db, "caio", 6) == "no_signal"

    closed = _seat_process(db.url.render_as_string(hide_password=False), "duda", clean=True)
    _wait_for(closed, "closed")
    assert closed.wait(30) == 0
    assert _state(db, "duda", 6) == "available"  # a window closed is not a signal lost
