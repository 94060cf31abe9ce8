"""Frozen start-up to the sign-in window (issue 11: under 2 s, warm, on this machine).

Starts the bundle's executable as a person would (``pitstop``, no command: the console's sign-in) on a migrated
SQLite database of its own, with ``PITSTOP_EXIT_WHEN_SHOWN=1`` (views/shown_probe.py): the process prints
``shown SignInDialog`` as soon as the dialog has painted, and exits. The time is measured here, from starting the
process to reading that line. One run warms the disk cache and is not counted; then RUNS timed runs (5 by
default), median, best and worst, against the target. The same from source (``python -m pitstop_desktop``) is
printed beside it for comparison.

The settings and user folders point into a temporary folder (nothing of yours is read), and the window is drawn
offscreen (``QT_QPA_PLATFORM=offscreen``: no screen needed; a real screen adds the compositor's time, not ours).

    .venv/bin/python benchmarks/bench_frozen_start.py [--bundle dist/pitstop] [--runs 5] [--build]

Without the bundle (or with ``--build``) it is built first, as ``make bundle`` does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 2.0  # issue 11
EXPECTED = "shown SignInDialog"


def build(dist: Path) -> None:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "installer" / "pitstop.spec")], cwd=ROOT, check=True)
    print(f"bundle built in {time.perf_counter() - started:.0f} s")


def start_once(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its ``shown …`` line."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=30)
    if line != EXPECTED:
        raise SystemExit(f"{' '.join(command)}: expected {EXPECTED!r}, got {line!r} (exit {proc.returncode})")
    return elapsed


def measure(name: str, command: list[str], env: dict[str, str], runs: int) -> float:
    start_once(command, env)  # warm-up: the disk cache, Python's bytecode cache
    samples = sorted(start_once(command, env) for _ in range(runs))
    median = statistics.median(samples)
    verdict = "within" if median < TARGET_S else "OVER"
    print(f"{name:<28} median {median:.2f} s  best {samples[0]:.2f} s  worst {samples[-1]:.2f} s  "
          f"({runs} warm runs; {verdict} the {TARGET_S:.0f} s target)")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "pitstop", help="the one-folder bundle")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    args = parser.parse_args()
    executable = args.bundle / ("pitstop.exe" if sys.platform == "win32" else "pitstop")
    if args.build or not executable.exists():
        build(args.bundle.parent)
    with tempfile.TemporaryDirectory(prefix="pitstop-bench-start-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PITSTOP_EXIT_WHEN_SHOWN": "1",
               "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data"),
               "XDG_STATE_HOME": str(folder / "state"), "XDG_CACHE_HOME": str(folder / "cache")}
        env.pop("PITSTOP_DATABASE_URL", None)
        url = f"sqlite:///{folder / 'pitstop.db'}"
        subprocess.run([str(executable), "--db", url, "db", "upgrade"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        print(f"start-up to the sign-in window, {executable}")
        measure("frozen (PyInstaller bundle)", [str(executable), "--db", url], env, args.runs)
        source_env = {**env, "PYTHONPATH": str(ROOT)}
        measure("from source (python -m)", [sys.executable, "-m", "pitstop_desktop", "--db", url], source_env,
                args.runs)
    return 0  # a benchmark prints its figures; it never fails (README)


if __name__ == "__main__":
    sys.exit(main())
