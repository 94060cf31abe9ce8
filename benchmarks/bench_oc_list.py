"""`pitstop oc list` on many OCs (issue 10: it streams — flat memory, any number of OCs). Builds a SQLite database
with the demo day plus N closed OCs (bulk-inserted), then runs the real console script on it and prints the wall
time and the peak memory of the child process, for `oc list --json` and the human table.

    .venv/bin/python benchmarks/bench_oc_list.py [N]      # default 50,000
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bytecode import compile_package
from sqlalchemy import func, insert, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.db.orm import ClientRow, OccurrenceRow, StaffRow
from pitstop_desktop.demo import day as demo

SCRIPT = Path(sys.executable).with_name("pitstop")


def build(path: Path, extra: int) -> None:
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    demo.load_demo(db)
    with db.write() as session:
        client = session.scalar(select(ClientRow.id).limit(1))
        person = session.scalar(select(StaffRow.id).limit(1))
        start = int(session.scalar(select(func.max(OccurrenceRow.number))) or 0)
        base = datetime(2026, 1, 5, 12, tzinfo=UTC)
        rows = [dict(number=start + i + 1, client_id=client, channel="phone", kind="question",
                     summary=f"histórico {i}", tab="n1_rapida", status="closed", sla_class="24H",
                     opened_at=base + timedelta(minutes=i), due_at=base + timedelta(days=1, minutes=i),
                     closed_at=base + timedelta(minutes=i + 30), tab_since=base + timedelta(minutes=i),
                     opened_by_id=person, faq_code="1234", version=1) for i in range(extra)]
        for i in range(0, len(rows), 5000):
            session.execute(insert(OccurrenceRow), rows[i:i + 5000])
    db.dispose()


def run(url: str, *args: str) -> tuple[float, float]:
    """Wall seconds and the child's own peak RSS in MB (GNU time's %M, one process each)."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", str(SCRIPT), "--db", url, "oc", "list", *args],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    seconds = time.perf_counter() - start
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    extra = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.db"
        build(path, extra)
        url = f"sqlite:///{path}"
        print(f"{extra:,} closed OCs + the demo day (SQLite)")
        cases = (("oc list --json", ("--json",)), ("oc list", ()), ("oc list --limit 100", ("--limit", "100")))
        for label, args in cases:
            seconds, mb = run(url, *args)
            print(f"  {label:<22} {seconds:6.1f} s   peak RSS {mb:5.0f} MB")


if __name__ == "__main__":
    main()
