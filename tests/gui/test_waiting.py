"""A seat that waits on the database says so ("aguardando o banco…") instead of looking frozen (issue 8)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from pitstop_desktop.views.main_window import MainWindow
from pitstop_desktop.views.tasks import WAIT_NOTICE_MS, TaskRunner


@pytest.fixture(autouse=True)
def _private_settings(private_settings: Path) -> None:
    """Layout memory starts empty in each test (tests/conftest.py ``private_settings``)."""


def test_a_quick_task_never_says_it_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    seen: list[bool] = []
    runner.waiting_changed.connect(seen.append)
    runner.submit(lambda: 1)
    assert runner.wait_idle()
    qtbot.wait(WAIT_NOTICE_MS + 200)
    assert seen == [] and not runner.waiting
    runner.shutdown()


def test_the_console_shows_it_is_waiting_while_a_database_task_hangs(qtbot, make_workspace) -> None:  # type: ignore[no-untyped-def]
    ctx = make_workspace()
    window = MainWindow(ctx, None, notifications=False, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    ctx.runner.wait_idle()
    assert not window.waiting_label.isVisible()
    release = threading.Event()
    with qtbot.waitSignal(ctx.runner.waiting_changed, timeout=WAIT_NOTICE_MS + 2000) as signal:
        ctx.runner.submit(lambda: release.wait(10))  # a write stuck behind another seat's lock
    assert signal.args == [True]
    assert window.waiting_label.isVisible() and window.waiting_label.text() == "aguardando o banco…"
    with qtbot.waitSignal(ctx.runner.waiting_changed, timeout=2000) as signal:
        release.set()
    assert signal.args == [False]
    assert not window.waiting_label.isVisible()
