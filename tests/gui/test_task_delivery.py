"""The runner hands results over one per turn of Qt's event loop (F5 finishes every panel's read at once)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from pitstop_desktop.views.tasks import TaskRunner


class _Recorder(QObject):
    """Records the posted events it receives: what a result's callback left for the event loop."""

    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            self.order.append(f"after {getattr(event, 'name', '?')}")
            return True
        return super().event(event)


class _Named(QEvent):
    def __init__(self, name: str) -> None:
        super().__init__(QEvent.Type.User)
        self.name = name


def _finished_together(runner: TaskRunner, names: list[str], on_done: Any) -> None:
    """Submit one task per name and return once the worker has finished them all, before the GUI thread has looked
    at any result (the last task waits for the others: the worker runs them in order)."""
    all_done = threading.Event()
    for name in names:
        runner.submit(lambda name=name: name, on_done)
    runner.submit(all_done.set)
    assert all_done.wait(5)


def test_results_that_finish_together_are_handed_over_on_separate_turns(qtbot: Any) -> None:
    runner = TaskRunner()
    order: list[str] = []
    recorder = _Recorder(order)

    def done(name: str) -> None:
        order.append(name)
        QCoreApplication.postEvent(recorder, _Named(name))  # e.g. a model's queued update or a layout request

    try:
        _finished_together(runner, ["a", "b", "c"], done)
        assert runner.wait_idle()
        qtbot.waitUntil(lambda: len(order) == 6)
        # One by one, with the loop turning in between: what "a" posted runs before "b" is handed over.
        assert order == ["a", "after a", "b", "after b", "c", "after c"]
    finally:
        runner.shutdown()


def test_a_callback_in_a_modal_dialog_still_gets_the_results_that_follow(qtbot: Any) -> None:
    runner = TaskRunner()
    got: list[str] = []
    box = QMessageBox()
    QTimer.singleShot(5000, box, lambda: box.done(1))  # gives up: the second result never came while it was open

    def first(_: str) -> None:
        got.append("first")
        got.append(f"closed with {box.exec()}")  # a nested loop, as a refusal's message box opens one

    def second(_: str) -> None:
        got.append("second")
        box.done(0)

    try:
        all_done = threading.Event()
        runner.submit(lambda: "1", first)
        runner.submit(lambda: "2", second)
        runner.submit(all_done.set)
        assert all_done.wait(5)
        qtbot.waitUntil(lambda: len(got) == 3, timeout=10_000)
        assert got == ["first", "second", "closed with 0"]  # the second result arrived inside the dialog's loop
    finally:
        runner.shutdown()
