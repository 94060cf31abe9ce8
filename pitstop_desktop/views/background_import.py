"""Import a heavy module on a plain background thread, then hand it to the GUI thread (issue 10: the GUI thread
never stalls over 50 ms).

pyqtgraph and numpy, the ANS trend's chart, take about 0.3 s to import: on the GUI thread that was a freeze of
the console its supervisor was already looking at. :func:`import_in_background` runs the import on a thread of
its own and calls back on the GUI thread, through a queued signal, once it is done, and only while the receiver
(the panel that asked) still exists, as ``views/messages.submit`` does for the database's results.

One part of such an import must still run on the GUI thread: PySide6 creates its Python types lazily, on first
use, and that creation is not safe from two threads at once under the GIL (shiboken's ``incarnateType`` calls
back into Python halfway, so a second thread can create the same type again and erase its entry twice; PySide6
locks it only on free-threaded builds). pyqtgraph walks every type of QtCore, QtGui and QtWidgets at import
(``pyqtgraph.Qt._copy_attrs``) and imports a few more PySide6 modules. So the PySide6 modules the import would
load, and the types it would create, are loaded and created first on the GUI thread (``qt_first``), a few
milliseconds per turn of the event loop; the thread then finds them all made and creates none
(``tests/gui/test_background_import.py`` checks that for pyqtgraph).

And the garbage collector stays off while the thread lives (``views/memory.py``): pyqtgraph's 40,000 new objects
would trigger two or three full passes, each holding the interpreter lock for 0.1 s or more, which the GUI thread
would wait for. ``benchmarks/bench_trend_import.py`` (a 10 ms heartbeat on the GUI thread): its longest gap was
the whole import on the GUI thread (0.25-0.5 s on a 2-core machine); in the background it is 10-30 ms, and
55-70 ms with the collector left on (one full pass).
"""

from __future__ import annotations

import importlib
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from pitstop_desktop.views.memory import pause_collector, resume_collector

log = logging.getLogger(__name__)

PYQTGRAPH_QT = ("QtCore.*", "QtGui.*", "QtWidgets.*", "QtOpenGLWidgets.*", "QtOpenGL", "QtSvg", "QtTest")
"""What importing pyqtgraph (0.14) asks of PySide6: every type of QtCore, QtGui and QtWidgets (its Qt shim copies
them all), QOpenGLWidget (a base class of its own), and the QtOpenGL, QtSvg and QtTest modules (the last two are
optional: the Windows bundle leaves them out, and pyqtgraph carries on without them)."""

TURN_BUDGET_S = 0.008
"""GUI-thread time per turn of the event loop for ``qt_first`` (creating one type takes under 2 ms)."""


@dataclass
class _Import:
    """One module asked for: who asked, what to call back, and what the thread got."""

    name: str
    receiver: QObject
    on_ready: Callable[[ModuleType], None]
    on_error: Callable[[BaseException], None]
    module: ModuleType | None = None
    error: BaseException | None = None
    thread: threading.Thread | None = None

    def start(self, token: int, relay: _Relay) -> None:
        """On the GUI thread: the thread started, the collector off for all of its life (``views/memory.py``)."""
        relay.waiting[token] = self
        pause_collector()
        # not a daemon: a window closed during the import lets it finish before Python's exit handlers run
        self.thread = threading.Thread(target=self._run, args=(token, relay), name=f"import {self.name}")
        self.thread.start()

    def _run(self, token: int, relay: _Relay) -> None:
        """On the background thread: the import itself, then the result handed over by the relay's signal."""
        try:
            self.module = importlib.import_module(self.name)
        except BaseException as error:  # for on_error on the GUI thread: a missing library is no crash
            self.error = error
        relay.arrived.emit(token)

    def deliver(self) -> None:
        """On the GUI thread: the thread's end awaited (it only returns after its signal), the collector back on,
        then the callback, unless the receiver was deleted meanwhile."""
        assert self.thread is not None
        self.thread.join()
        resume_collector()
        if not shiboken6.isValid(self.receiver):
            if self.error is not None:
                log.warning("importing %s failed after the window that wanted it closed: %s", self.name, self.error)
            return
        if self.error is not None:
            self.on_error(self.error)
        else:
            assert self.module is not None
            self.on_ready(self.module)


class _Relay(QObject):
    """Lives on the GUI thread for the whole run: a background thread emits ``arrived`` and the GUI thread's event
    loop delivers it (a queued connection, as ``TaskRunner`` hands its results back)."""

    arrived = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, _Import] = {}
        self.arrived.connect(self._deliver)

    @Slot(int)
    def _deliver(self, token: int) -> None:
        self.waiting.pop(token).deliver()


_relay: _Relay | None = None
_tokens = itertools.count(1)


def import_in_background(name: str, receiver: QObject, on_ready: Callable[[ModuleType], None],
                         on_error: Callable[[BaseException], None], *, qt_first: Sequence[str] = ()) -> None:
    """Import module ``name`` on a background thread, then call ``on_ready(module)`` or ``on_error(error)`` on the GUI
    thread, never after ``receiver`` was deleted. Call it on the GUI thread; it returns at once and always calls
    back later (the module already imported too), so a caller has one path, not two.

    ``qt_first``: what the import would ask of PySide6, made here on the GUI thread first, a few milliseconds per
    turn of the event loop: ``"QtSvg"`` imports ``PySide6.QtSvg`` (skipped when missing), ``"QtGui.*"`` imports it
    and creates every one of its types (see the module's docstring; :data:`PYQTGRAPH_QT` for pyqtgraph)."""
    global _relay
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("import_in_background must be called on the GUI thread")
    if _relay is None:
        _relay = _Relay()
    relay, token = _relay, next(_tokens)
    request = _Import(name, receiver, on_ready, on_error)

    def start() -> None:
        if shiboken6.isValid(receiver):  # else closed before its turn: nobody wants the module now
            request.start(token, relay)

    _in_turns(_qt_steps(qt_first), relay, start)


def _qt_steps(wanted: Sequence[str]) -> Iterator[None]:
    """The PySide6 modules imported and, for ``Module.*``, every type created: one step per module or type."""
    whole: list[ModuleType] = []
    for entry in wanted:
        module_name, _, types = entry.partition(".")
        try:
            module = importlib.import_module(f"PySide6.{module_name}")
        except ImportError:  # an optional module left out of the bundle: the import will do without it too
            log.debug("PySide6.%s is not installed", module_name)
            continue
        if types == "*":
            whole.append(module)
        yield
    for module in whole:
        present = vars(module)
        for attribute in dir(module):  # PySide6's dir() lists the types not created yet too
            if attribute not in present:
                getattr(module, attribute)  # created now, on the GUI thread
                yield


def _in_turns(steps: Iterator[None], context: QObject, then: Callable[[], None]) -> None:
    """Run ``steps`` on the GUI thread, ``TURN_BUDGET_S`` per turn of the event loop, then ``then()``."""
    deadline = time.perf_counter() + TURN_BUDGET_S
    for _ in steps:
        if time.perf_counter() >= deadline:
            # 1 ms, not 0: a zero-delay shot is a posted event, handled before the timers already due (paints)
            QTimer.singleShot(1, context, lambda: _in_turns(steps, context, then))
            return
    then()
