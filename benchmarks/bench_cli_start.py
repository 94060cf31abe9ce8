"""How long `pitstop` takes to answer before it touches a database (issue 10: < 300 ms for `--help` and every
command that does not open a window). Runs the real console script in a fresh process each time and prints the
median and worst of N runs, beside a bare `python -c pass` on the same machine (the floor no command can beat).

    .venv/bin/python benchmarks/bench_cli_start.py [RUNS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("pitstop")
CASES = {
    "python -c pass (floor)": [sys.executable, "-c", "pass"],
    "pitstop --help": [str(SCRIPT), "--help"],
    "pitstop oc --help": [str(SCRIPT), "oc", "--help"],
    "pitstop --version": [str(SCRIPT), "--version"],
}


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    floor = None
    print(f"{'case':<26} {'median ms':>10} {'worst ms':>9} {'× floor':>8}")
    for name, command in CASES.items():
        timed(command)  # warm the file cache
        samples = [timed(command) for _ in range(runs)]
        median = statistics.median(samples)
        floor = floor or median
        print(f"{name:<26} {median:>10.0f} {max(samples):>9.0f} {median / floor:>8.1f}")


if __name__ == "__main__":
    main()
