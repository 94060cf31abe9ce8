"""``views/background_import.py``: a module imported on a thread of its own, handed to the GUI thread, never to a
receiver deleted meanwhile; PySide6's types that pyqtgraph's import would create made on the GUI thread first.

The modules imported here are written to a folder of the test's own, each with a name of its own (an import
happens once per process): ``records`` notes the thread its import ran on, ``gated`` waits for the test to open
its gate, ``broken`` raises.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from itertools import count
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject

from pitstop_desktop.views import background_import, memory
from pitstop_desktop.views.background_import import import_in_background

ROOT = Path(__file__).resolve().parents[2]
_names = count(1)


@pytest.fixture
def write_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], str]:
    """``write_module("records", source)`` → the name of a new module with that source, importable from now on."""
    monkeypatch.syspath_prepend(str(tmp_path))

    def write(kind: str, source: str) -> str:
        name = f"pitstop_bg_{kind}_{os.getpid()}_{next(_names)}"
        (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
        monkeypatch.delitem(sys.modules, name, raising=False)  # removed again after the test
        return name

    return write


RECORDS = "import threading\nTHREAD = threading.current_thread()\n"


class Calls:
    """What the callbacks got, and on which thread."""

    def __init__(self) -> None:
        self.ready: list[tuple[ModuleType, threading.Thread]] = []
        self.errors: list[tuple[BaseException, threading.Thread]] = []

    def on_ready(self, module: ModuleType) -> None:
        self.ready.append((module, threading.current_thread()))

    def on_error(self, error: BaseException) -> None:
        self.errors.append((error, threading.current_thread()))

    @property
    def any(self) -> bool:
        return bool(self.ready or self.errors)


def import_thread(name: str) -> threading.Thread | None:
    return next((t for t in threading.enumerate() if t.name == f"import {name}"), None)


def delivered_everything_before(qtbot: Any, write_module: Callable[[str, str], str]) -> None:
    """One more import, started now, comes back: what an earlier one (its thread ended) posted was handled first."""
    sentinel = Calls()
    receiver = QObject()
    import_in_background(write_module("records", RECORDS), receiver, sentinel.on_ready, sentinel.on_error)
    qtbot.waitUntil(lambda: sentinel.any)


def test_the_module_is_imported_on_another_thread_and_handed_over_on_the_gui_thread(
        qtbot: Any, write_module: Callable[[str, str], str]) -> None:
    name = write_module("records", RECORDS)
    calls, receiver = Calls(), QObject()
    import_in_background(name, receiver, calls.on_ready, calls.on_error)
    assert not calls.any  # never called back from inside the call, even for a quick import
    qtbot.waitUntil(lambda: calls.any)
    assert calls.errors == []
    [(module, called_on)] = calls.ready
    assert module is sys.modules[name]
    assert module.THREAD is not threading.main_thread() and module.THREAD.name == f"import {name}"
    assert called_on is threading.main_thread()  # the GUI thread


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_off_while_the_thread_imports_and_as_it_was_after(
        qtbot: Any, write_module: Callable[[str, str], str], monkeypatch: pytest.MonkeyPatch, enabled: bool) -> None:
    monkeypatch.setattr(memory, "_frozen", True)  # start-up's objects frozen: the module's are frozen after them
    name = write_module("collector", "import gc\nENABLED = gc.isenabled()\n")
    (gc.enable if enabled else gc.disable)()
    frozen = gc.get_freeze_count()
    try:
        calls, receiver = Calls(), QObject()
        import_in_background(name, receiver, calls.on_ready, calls.on_error)
        assert not gc.isenabled()
        qtbot.waitUntil(lambda: calls.any)
        assert calls.ready[0][0].ENABLED is False
        assert gc.isenabled() is enabled and gc.get_freeze_count() > frozen
    finally:
        gc.enable()


def test_a_module_already_imported_is_handed_over_later_all_the_same(
        qtbot: Any, write_module: Callable[[str, str], str]) -> None:
    name = write_module("records", RECORDS)
    __import__(name)
    calls, receiver = Calls(), QObject()
    import_in_background(name, receiver, calls.on_ready, calls.on_error)
    assert not calls.any
    qtbot.waitUntil(lambda: calls.any)
    assert [module for module, _thread in calls.ready] == [sys.modules[name]]


@pytest.mark.parametrize("deleted", ["while importing", "with the result queued"])
def test_nothing_is_called_on_a_receiver_deleted_meanwhile(
        qtbot: Any, write_module: Callable[[str, str], str], deleted: str) -> None:
    gate = write_module("gate", "import threading\nOPEN = threading.Event()\n")
    gate_module = __import__(gate)
    name = write_module("gated", f"import {gate}\nassert {gate}.OPEN.wait(10)\n")
    calls, receiver = Calls(), QObject()
    import_in_background(name, receiver, calls.on_ready, calls.on_error)
    thread = import_thread(name)
    assert thread is not None and thread.is_alive()
    if deleted == "while importing":
        shiboken6.delete(receiver)
    gate_module.OPEN.set()
    thread.join(10)  # no events handled meanwhile: the result waits in the GUI thread's queue
    assert not thread.is_alive()
    if deleted == "with the result queued":
        shiboken6.delete(receiver)
    delivered_everything_before(qtbot, write_module)
    assert not calls.any
    assert name in sys.modules  # imported all the same: only the call back is dropped


def test_an_import_that_fails_is_said_to_on_error_on_the_gui_thread_without_a_crash(
        qtbot: Any, write_module: Callable[[str, str], str], monkeypatch: pytest.MonkeyPatch) -> None:
    crashes: list[object] = []
    monkeypatch.setattr(threading, "excepthook", crashes.append)  # the crash reporter's way in from a thread
    name = write_module("broken", "import pitstop_no_such_module_here\n")
    calls, receiver = Calls(), QObject()
    import_in_background(name, receiver, calls.on_ready, calls.on_error)
    qtbot.waitUntil(lambda: calls.any)
    assert calls.ready == []
    [(error, called_on)] = calls.errors
    assert isinstance(error, ModuleNotFoundError) and error.name == "pitstop_no_such_module_here"
    assert called_on is threading.main_thread()
    assert crashes == [] and name not in sys.modules


def test_it_is_asked_for_on_the_gui_thread_only(write_module: Callable[[str, str], str]) -> None:
    name = write_module("records", RECORDS)
    raised: list[BaseException] = []

    def elsewhere() -> None:
        try:
            import_in_background(name, QObject(), lambda _m: None, lambda _e: None)
        except RuntimeError as error:
            raised.append(error)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join(10)
    assert len(raised) == 1 and name not in sys.modules


def test_the_qt_steps_take_turns_of_the_event_loop(qtbot: Any, write_module: Callable[[str, str], str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """``qt_first`` runs a few milliseconds per turn: with no time at all per turn, one step per turn."""
    monkeypatch.setattr(background_import, "TURN_BUDGET_S", 0.0)
    steps: list[int] = []

    def counted(wanted: Any) -> Any:
        for _ in range(5):
            steps.append(len(steps))
            yield

    monkeypatch.setattr(background_import, "_qt_steps", counted)
    name = write_module("records", RECORDS)
    calls, receiver = Calls(), QObject()
    import_in_background(name, receiver, calls.on_ready, calls.on_error, qt_first=("QtCore.*",))
    assert steps == [0]  # the first here, the others on later turns
    assert import_thread(name) is None and name not in sys.modules  # the thread starts after the last step
    qtbot.waitUntil(lambda: calls.any)
    assert steps == [0, 1, 2, 3, 4] and len(calls.ready) == 1


def test_a_receiver_deleted_during_the_qt_steps_has_nothing_imported(
        qtbot: Any, write_module: Callable[[str, str], str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background_import, "TURN_BUDGET_S", 0.0)
    steps: list[None] = []

    def counted(wanted: Any) -> Any:
        for _ in range(3):
            steps.append(None)
            yield

    monkeypatch.setattr(background_import, "_qt_steps", counted)
    name = write_module("records", RECORDS)
    calls, receiver = Calls(), QObject()
    import_in_background(name, receiver, calls.on_ready, calls.on_error, qt_first=("QtCore.*",))
    shiboken6.delete(receiver)
    qtbot.waitUntil(lambda: len(steps) == 3)
    delivered_everything_before(qtbot, write_module)
    assert import_thread(name) is None and name not in sys.modules and not calls.any


_AFTER_THE_QT_STEPS = """
import json, sys, time
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

app = QApplication([])
for name in ("pitstop_desktop.views.main_window", "pitstop_desktop.views.gauges"):  # what the console has
    __import__(name)
from pitstop_desktop.views.background_import import PYQTGRAPH_QT, import_in_background


def pyside():
    return {name: sorted(n for n in dir(module) if n not in vars(module))  # the types not created yet
            for name, module in sys.modules.items() if name.startswith("PySide6.") and hasattr(module, "__dict__")}


before_steps = pyside()
done = []
receiver = QObject()
import_in_background("json", receiver, done.append, done.append, qt_first=PYQTGRAPH_QT)  # the steps alone
deadline = time.monotonic() + 60
while not done and time.monotonic() < deadline:
    app.processEvents()
after_steps = pyside()
import pitstop_desktop.views.trend_chart  # what the background thread does after them
after_import = pyside()
print(json.dumps({"before_steps": before_steps, "after_steps": after_steps, "after_import": after_import,
                  "pyqtgraph": "pyqtgraph" in sys.modules}))
"""


def test_after_the_qt_steps_importing_the_chart_creates_no_pyside_type() -> None:
    """PySide6 creates its types lazily, and not safely from two threads at once: after ``PYQTGRAPH_QT``'s steps on
    the GUI thread, importing pyqtgraph (the chart's module) loads no PySide6 module and creates no type of its own
    (a newer pyqtgraph that needs more fails here). In a new process: this one has imported pyqtgraph already."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _AFTER_THE_QT_STEPS], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["pyqtgraph"]
    assert seen["before_steps"]["PySide6.QtWidgets"], "the console had created every QtWidgets type already"
    assert "PySide6.QtOpenGL" not in seen["before_steps"]
    assert seen["after_steps"]["PySide6.QtWidgets"] == [] and seen["after_steps"]["PySide6.QtGui"] == []
    assert seen["after_import"] == seen["after_steps"]  # the same modules, the same types still to create
