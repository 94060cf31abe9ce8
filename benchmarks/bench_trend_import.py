"""The ANS trend's import (pyqtgraph and numpy) and the GUI thread: the longest gap between two beats of a 10 ms
QTimer heartbeat while ``views.trend_chart`` is imported, on the GUI thread (as the console did) or in the
background as ``GaugePanel`` does now (``views/background_import.py``: PySide6's types made on the GUI thread a
few milliseconds per turn, then the import on a thread, the collector paused), before and after the console froze
its long-lived objects (``views/memory.py``: whichever comes first, the board's full load or the trend). Each way
in a process of its own (an import happens once per process), after the console's own imports, offscreen;
figures, never assertions.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_trend_import.py [--runs N]

A gap over 10 ms is the GUI thread not getting back to its event loop: in the background the import still takes
the GIL in slices (the interpreter switches threads every 5 ms), but a single long C call holds it throughout.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bytecode import compile_package

ROOT = Path(__file__).resolve().parents[1]
MODULE = "pitstop_desktop.views.trend_chart"
BEAT_MS = 10
WAYS = ("gui", "background", "frozen")  # frozen: in the background, after freeze_long_lived


def one(way: str) -> dict[str, float]:
    """In this process: the heartbeat, the import the way asked, and the figures."""
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    for held in ("pitstop_desktop.views.main_window", "pitstop_desktop.views.gauges"):  # the console's, by then
        importlib.import_module(held)
    from pitstop_desktop.views.background_import import PYQTGRAPH_QT, import_in_background
    from pitstop_desktop.views.memory import freeze_long_lived

    if way == "frozen":
        freeze_long_lived()

    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(BEAT_MS)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    receiver = QObject()
    done: list[float] = []
    started = 0.0

    def begin() -> None:
        nonlocal started
        started = time.perf_counter()
        if way == "gui":
            __import__(MODULE)
            done.append(time.perf_counter())
        else:
            import_in_background(MODULE, receiver, lambda _m: done.append(time.perf_counter()),
                                 lambda error: (done.append(time.perf_counter()), print(error, file=sys.stderr)),
                                 qt_first=PYQTGRAPH_QT)

    heart.start()
    QTimer.singleShot(200, begin)  # the heart beats steadily first
    deadline = time.perf_counter() + 30
    while not done and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)
    end = time.perf_counter() + 0.1  # and a little after
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)
    heart.stop()
    during = [b for b in beats if b >= started]
    gaps = [(b - a) * 1000 for a, b in zip([started, *during], during, strict=False)]
    return {"import_ms": (done[0] - started) * 1000 if done else float("nan"),
            "longest_gap_ms": max(gaps) if gaps else float("nan"),
            "gaps_over_50ms": sum(g > 50 for g in gaps)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--one", choices=WAYS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    compile_package()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    print(f"importing {MODULE} ({args.runs} runs each, a new process each, heartbeat every {BEAT_MS} ms)")
    for way in WAYS:
        runs = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--one", way], env=env, cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
        gaps = [r["longest_gap_ms"] for r in runs]
        took = [r["import_ms"] for r in runs]
        print(f"  {way:>10}: import {statistics.median(took):6.0f} ms (median); longest heartbeat gap "
              f"median {statistics.median(gaps):5.0f} ms, worst {max(gaps):5.0f} ms; "
              f"gaps over 50 ms: {sum(r['gaps_over_50ms'] for r in runs)} in {args.runs} runs")


if __name__ == "__main__":
    main()
