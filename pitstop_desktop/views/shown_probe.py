"""``PITSTOP_EXIT_WHEN_SHOWN=1``: measure start-up to the first window on screen (benchmarks/bench_frozen_start.py).

With the variable set, the first top-level window to finish painting — the sign-in dialog when ``pitstop``,
``pitstop intake`` or ``pitstop agenda`` starts — makes the process print ``shown <class name>`` on standard output
and exit at once with status 0 (``os._exit``: no clean-up, nothing else runs). Without it nothing is installed.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "PITSTOP_EXIT_WHEN_SHOWN"


class _FirstPaint(QObject):
    """Watches every event of the application for the first paint of a window; reports once that paint is done."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.isWindow()):
            self._seen = True
            name = type(watched).__name__
            QTimer.singleShot(0, lambda: self._report(name))  # after this paint has been drawn
        return False

    @staticmethod
    def _report(name: str) -> None:
        if sys.stdout is not None:
            sys.stdout.write(f"shown {name}\n")
            sys.stdout.flush()
        os._exit(0)


def exit_when_shown_if_asked(app: QApplication) -> None:
    """Install the probe when :data:`ENV` is set (once per application)."""
    if os.environ.get(ENV) and app.findChild(_FirstPaint) is None:
        app.installEventFilter(_FirstPaint(app))
