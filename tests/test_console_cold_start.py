"""The console's cold start (issue 10, ``benchmarks/cold_paint.py``): what its imports must not bring along.

Each module below was, or could easily be again, on the console's import path without its first paint needing it;
importing it there costs every seat that much at every start. Checked in a new process, as a person's start is:
this one's ``sys.modules`` holds whatever the other tests imported. ``pitstop --help``'s own check is in
``tests/test_cli.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What cold_paint.py's ``ours`` imports: the console as ``pitstop`` opens it after sign-in.
CONSOLE = ("pitstop_desktop.db", "pitstop_desktop.services.people", "pitstop_desktop.views.app",
           "pitstop_desktop.views.main_window", "pitstop_desktop.views.tasks")

# Each with where it is imported instead.
NOT_FOR_THE_FIRST_PAINT = {
    "psycopg": "PostgreSQL's driver: where a PostgreSQL database opens (db.engine, db.listen, db.roles, db.guards)",
    "holidays": "when a calendar first asks about a day (domain.calendar.country_holidays)",
    "alembic": "where a schema is upgraded or its scripts read (db.migrate; a current one is checked without it)",
    "openpyxl": "the reports' XLSX (services.report_export)",
    "pyqtgraph": "the ANS trend's chart, on a background thread once the gauges are built (views.background_import)",
    "numpy": "pyqtgraph's",
    "pitstop_desktop.services.timeline": "the timeline panel's, built after the board's first paint",
    "pitstop_desktop.services.tasks": "the consulting tasks: when an OC closes (services.occurrences.close)",
    "pitstop_desktop.services.consulting_records": "the consulting tasks'",
    "pitstop_desktop.services.apoio": "ending the day (services.seat.end_my_day), the queues panel",
    "pitstop_desktop.services.report_export": "the weekly report's",
    "pitstop_desktop.services.weekly_report": "the weekly report's",
    "pitstop_desktop.views.timeline": "a panel built after the board's first paint",
    "pitstop_desktop.views.gauges": "a panel built after the board's first paint",
    "pitstop_desktop.views.queues": "a panel built after the board's first paint",
    "pitstop_desktop.views.trend_chart": "pyqtgraph's",
    "pitstop_desktop.views.wallboard": "opened from the menu or the seat's settings",
    "pitstop_desktop.views.report": "the weekly report's window",
    "pitstop_desktop.views.consulting": "the consulting team's windows",
    "pitstop_desktop.views.roster": "the roster editor",
    "pitstop_desktop.views.occurrence_dialog": "a dialog: opened on demand",
    "pitstop_desktop.views.offer_picker": "a dialog: opened on demand",
    "pitstop_desktop.views.settings_dialog": "a dialog: opened on demand",
    "pitstop_desktop.views.setup": "the first-run wizard",
}

_PROBE = """
import json, sys
from importlib import import_module

modules, sqlite_file = json.loads(sys.argv[1]), sys.argv[2]
for name in modules:
    import_module(name)
from pitstop_desktop.db import Database

db = Database(f"sqlite:///{sqlite_file}", seat=True)  # a SQLite seat opens its database
with db.connect(write=False):
    pass
db.dispose()
print(json.dumps(sorted(sys.modules)))
"""


def test_the_console_imports_nothing_its_first_paint_does_not_need(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(CONSOLE), str(tmp_path / "seat.db")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert set(CONSOLE) <= loaded
    found = {name: why for name, why in NOT_FOR_THE_FIRST_PAINT.items()
             if any(module == name or module.startswith(name + ".") for module in loaded)}
    assert not found, "imported by the console, but not needed for its first paint: " + "; ".join(
        f"{name} ({why})" for name, why in found.items())
