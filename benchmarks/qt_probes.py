"""What the GUI benchmarks measure with: paint probes, a stall timer, the event loop run until something holds,
keystrokes into a filter box and clicks on header sections. Imports PySide6 only (cold_paint.py uses it in a fresh
process, where every import counts)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget

FILTER_TEXT = "caixa"  # in summaries, so the stock proxy (no client names) filters too
STALL_MS = 50.0


def ms(seconds: float) -> float:
    return seconds * 1000


def hush_offscreen_notices() -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints()" lines (one per window shown); every
    other Qt message still reaches stderr."""
    import sys

    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def spin_until(predicate: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the GUI event loop (idle, as in real use) until ``predicate`` holds; poll it every millisecond."""
    if predicate():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.setInterval(1)

    def check() -> None:
        if predicate() or time.perf_counter() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not predicate():
        raise TimeoutError("the GUI did not get there in time")


def pause(seconds: float) -> None:
    end = time.perf_counter() + seconds
    spin_until(lambda: time.perf_counter() >= end, seconds + 5)


def settle() -> None:
    """Between measurements: deliver pending deletions and collect garbage, so no figure pays for the last."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    pause(0.05)


class PaintProbe(QObject):
    """Records when a paint of the watched widget has finished (a zero timer queued from its paint event).

    ``when``: only a paint while it holds counts (e.g. "the table has rows": the first paint of an empty table is
    not the first paint of the data)."""

    def __init__(self, widget: QWidget, when: Callable[[], bool] | None = None) -> None:
        super().__init__(widget)
        self.painted_at: float | None = None
        self._when = when
        self._armed = False
        self._after = QTimer(self)  # fires once the paint event (and the rest of that event) is done
        self._after.setSingleShot(True)
        self._after.setInterval(0)
        self._after.timeout.connect(self._done)
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.painted_at, self._armed = None, True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint and (self._when is None or self._when()):
            self._armed = False
            self._after.start()
        return False

    def _done(self) -> None:
        self.painted_at = time.perf_counter()

    def wait(self, timeout_s: float = 10.0) -> float:
        spin_until(lambda: self.painted_at is not None, timeout_s)
        assert self.painted_at is not None
        return self.painted_at


def maybe_painted(probe: PaintProbe, timeout_s: float) -> float | None:
    try:
        return probe.wait(timeout_s)
    except TimeoutError:
        return None


class StallMonitor(QObject):
    """A 5 ms timer on the GUI thread: the gaps between its ticks are the stalls (the longest, and those > 50 ms)."""

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self.stalls: list[float] = []  # seconds, each gap over STALL_MS
        self.started = 0.0
        self._last = 0.0

    @contextmanager
    def watch(self) -> Iterator[StallMonitor]:
        self.longest, self.stalls = 0.0, []
        self.started = self._last = time.perf_counter()
        self.timer.start()
        try:
            yield self
        finally:
            self._tick()
            self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self.longest = max(self.longest, gap)
        if gap > STALL_MS / 1000:
            self.stalls.append(gap)
        self._last = now


@contextmanager
def collections_timed() -> Iterator[list[tuple[int, float]]]:
    """Python's garbage collections while the block runs, on any thread: (generation, ms) each. A full pass holds
    the interpreter lock, so the GUI thread waits for it: this says whether a stall was the collector's."""
    passes: list[tuple[int, float]] = []
    started: list[float] = []

    def timed(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            passes.append((info["generation"], ms(time.perf_counter() - started.pop())))

    gc.callbacks.append(timed)
    try:
        yield passes
    finally:
        gc.callbacks.remove(timed)


def type_and_erase(box: QLineEdit, view: QTableView, own: list[float]) -> list[float]:
    """Type FILTER_TEXT one key at a time, then erase it; each keystroke timed until the table repainted.

    When a keystroke leaves the table as it was, Qt may not repaint at all: then the keystroke's own work
    (filtering is synchronous in both approaches) is the figure. ``own`` gets that synchronous part alone.
    """
    probe = PaintProbe(view.viewport())
    out: list[float] = []
    for key in [*FILTER_TEXT, *["\b"] * len(FILTER_TEXT)]:
        probe.arm()
        start = time.perf_counter()
        if key == "\b":
            QTest.keyClick(box, Qt.Key.Key_Backspace)
        else:
            QTest.keyClick(box, key)
        worked = time.perf_counter()
        own.append(ms(worked - start))
        painted = maybe_painted(probe, 0.3)
        out.append(ms((painted if painted is not None else worked) - start))
        pause(0.05)
    if box.text():
        raise RuntimeError(f"the filter box still holds {box.text()!r}")
    return out


def click_sorts(view: QTableView, columns: list[int], own: list[float]) -> list[float]:
    """Click each header section twice (ascending, then descending), timing each until the table repainted.

    ``own`` gets the click's synchronous part (the sort itself, before any painting)."""
    header = view.horizontalHeader()
    probe = PaintProbe(view.viewport())
    out: list[float] = []
    for column in columns:
        for _ in range(2):
            pos = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                         header.height() // 2)
            probe.arm()
            before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
            start = time.perf_counter()
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
            own.append(ms(time.perf_counter() - start))
            out.append(ms(probe.wait() - start))
            if (header.sortIndicatorSection(), header.sortIndicatorOrder()) == before:
                raise RuntimeError(f"clicking header section {column} did not sort")
            pause(0.4)  # past the double-click interval
    return out


def bare_qt_stalls(seconds: float, pipe: Any) -> None:
    """A process with a QApplication and the 5 ms timer only: the stalls the machine itself causes meanwhile."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    assert app is not None
    monitor = StallMonitor()
    with monitor.watch():
        pause(seconds)
    pipe.send((monitor.stalls, monitor.longest, time.perf_counter() - monitor.started))


def time_tasks(runner: Any) -> dict[str, list[float]]:
    """Time every task submitted to ``runner`` (a TaskRunner) on its worker, by the task function's name.

    Wraps the instance's ``submit`` (before any feed or window takes it), so whatever the code under test submits
    is counted, whatever its panels are: the figures say where a seat's one worker spends its time."""
    import threading

    spent: dict[str, list[float]] = {}
    lock = threading.Lock()
    submit = runner.submit

    def timed_submit(work: Callable[[], Any], on_done: Any = None, on_error: Any = None, **options: Any) -> Any:
        name = getattr(work, "__qualname__", type(work).__name__).replace(".<locals>", "")

        def timed() -> Any:
            began = time.perf_counter()
            try:
                return work()
            finally:
                with lock:
                    spent.setdefault(name, []).append(time.perf_counter() - began)

        return submit(timed, on_done, on_error, **options)  # options: ``first`` (the live feed's reads)

    runner.submit = timed_submit
    return spent


def task_table(spent: dict[str, list[float]], wall_s: float, top: int = 8, per: int = 1) -> list[str]:
    """The tasks that took the worker(s) longest: count (per worker, of ``per``), mean, total, share of ``wall_s``.

    Times are wall time on the worker thread: with several seats in one process they include waiting for the GIL,
    and on a busy machine waiting for a CPU."""
    rows = sorted(spent.items(), key=lambda item: -sum(item[1]))[:top]
    each = (lambda n: f" ({n / per:5.1f} each)") if per > 1 else (lambda n: "")
    return [f"{name[:50]:50s} {len(times):6d} x{each(len(times))} {ms(sum(times) / len(times)):7.1f} ms = "
            f"{sum(times):7.1f} s ({sum(times) / wall_s:4.0%} of the time)" for name, times in rows if times]
