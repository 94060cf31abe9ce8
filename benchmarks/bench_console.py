"""The whole console (MainWindow, every panel) under a busy help desk's load, next to stock Qt on the same data.

With N open and M closed OCs (default 5,000 / 200,000, office_data.py: two years of closures, escalations, APOIO,
offers, history, presence) it prints, on PostgreSQL by default (``--sqlite``, ``--both``):

- cold first paint, each in a new process (cold_paint.py): from the launch to the first paint of the active tab
  with its rows, the console (imports, policy and person read, MainWindow with every panel, live feed started)
  against a stock ``QSqlTableModel`` + ``QSortFilterProxyModel`` screen, launched in turn (the median of three
  each); ratio ours/stock (target <= 1.0); and the floor of any design that reads its first page through
  SQLAlchemy and psycopg (Qt, SQLAlchemy and psycopg imported, one ``SELECT 1``, no window) against stock's paint;
- warm first paint in this process: a new MainWindow built, shown and started until the active tab painted its
  rows, against a new stock screen doing the same (medians of seven); ratio; when the window was built and
  the board's first page was read; and each new window's longest GUI stall until every panel is in (the first
  window of the process apart: it alone imports and first paints the chart), against the stock screen's;
- filter on a keystroke (``QTest.keyClick`` into the board's filter box) and sort (a click on a header section)
  until repainted, against the stock proxy; ratio stock/ours (target >= 2x faster);
- one countdown tick of the window, and the longest GUI stall during F5 (a full refresh of every panel);
- live, in the real window (``views.app.seat_feed``, every panel following it) while another process calls the
  services 5 times a second (office_writer.py: register, offer, accept, forward, escalate, approve, close):
  commit -> seen on the board (``BoardWidget.shown`` for the change's revision) p50/p95 (target p95 < 100 ms), and
  the GUI-thread stalls over 50 ms per minute (gaps of a 5 ms timer) against a bare Qt process (a QApplication
  with the same timer only) run beside it in the same minute.

    .venv/bin/python benchmarks/bench_console.py [--sqlite | --both] [--open 5000 --closed 200000]
        [--live-seconds 60] [--rate 5]

SQLite uses a temporary file; PostgreSQL a temporary database on PITSTOP_TEST_PG_URL (default
postgres@127.0.0.1:5432), dropped afterwards. Stock Qt reads with QPSQL on the same database, or QSQLITE on a
copy of the SQLite file (Qt's own SQLite library must not share the file with Python's). Figures only, never
assertions.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtSql import QSqlDatabase, QSqlTableModel
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bytecode import compile_package
from office_data import MANAGER, Office, pg_database, populate
from office_writer import first_seen, writer_process
from qt_probes import (
    PaintProbe,
    StallMonitor,
    bare_qt_stalls,
    click_sorts,
    collections_timed,
    hush_offscreen_notices,
    ms,
    pause,
    settle,
    spin_until,
    task_table,
    time_tasks,
    type_and_erase,
)

from pitstop_desktop.db import Database
from pitstop_desktop.models.board import Column
from pitstop_desktop.services import people
from pitstop_desktop.views.app import build_context, seat_feed
from pitstop_desktop.views.main_window import MainWindow
from pitstop_desktop.views.tasks import TaskRunner

PG_URL = os.environ.get("PITSTOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
SIZE = (1600, 900)
SORT_COLUMNS = (Column.CLIENT, Column.NUMBER, Column.OPENED, Column.TIME_LEFT)
STOCK_SORT_FIELDS = {Column.CLIENT: "client_id", Column.NUMBER: "number", Column.OPENED: "opened_at",
                     Column.TIME_LEFT: "due_at"}
HERE = Path(__file__).resolve().parent
FIRST_PAINTS = 7  # warm first paints per side (medians: two shared cores make single figures noisy)
COLD_PAINTS = 3  # cold first paints per side, alternating (the median launch is reported)


@dataclass
class Figures:
    cold: dict[str, float] = field(default_factory=dict)  # from launch, ours
    stock_cold: dict[str, float] = field(default_factory=dict)
    floor_cold: dict[str, float] = field(default_factory=dict)  # imports + SELECT 1 through SQLAlchemy, no window
    open_ms: list[float] = field(default_factory=list)  # warm: new window -> active tab painted with rows
    open_stall_ms: list[float] = field(default_factory=list)  # each new window's longest GUI stall until all is in
    open_shown_ms: list[float] = field(default_factory=list)  # new window -> board.shown (data in the model)
    open_build_ms: list[float] = field(default_factory=list)  # MainWindow() alone
    open_first_page_ms: list[float] = field(default_factory=list)  # new window -> the board's first page in the model
    filter_ms: list[float] = field(default_factory=list)
    filter_own_ms: list[float] = field(default_factory=list)
    sort_ms: list[float] = field(default_factory=list)
    sort_own_ms: list[float] = field(default_factory=list)
    tick_ms: list[float] = field(default_factory=list)
    stall_refresh: float = 0.0
    refresh_ms: float = 0.0
    refresh_stalls: list[float] = field(default_factory=list)  # each F5's longest stall
    refresh_collections: list[tuple[int, float]] = field(default_factory=list)  # (generation, ms) of each GC pass
    live_ms: list[float] = field(default_factory=list)  # commit -> board shown
    live_feed_ms: list[float] = field(default_factory=list)  # commit -> LiveFeed batch
    live_missed: int = 0
    live_commits: int = 0
    live_seconds: float = 0.0  # the stall timer's watch: the writer's run and the board catching up
    writer_seconds: float = 0.0
    live_errors: list[str] = field(default_factory=list)
    live_calls_ms: list[float] = field(default_factory=list)
    stalls: list[float] = field(default_factory=list)
    stall_longest: float = 0.0
    bare_stalls: list[float] = field(default_factory=list)
    bare_longest: float = 0.0
    bare_seconds: float = 0.0
    tasks: dict[str, list[float]] = field(default_factory=dict)  # the worker's tasks during the live run
    open_tasks: dict[str, list[float]] = field(default_factory=dict)  # … while the warm windows opened
    stock_note: str = ""
    stock_rows: int = 0
    stock_open: list[float] = field(default_factory=list)
    stock_open_stall: float = 0.0
    stock_filter_ms: list[float] = field(default_factory=list)
    stock_filter_own_ms: list[float] = field(default_factory=list)
    stock_sort_ms: list[float] = field(default_factory=list)
    stock_sort_own_ms: list[float] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------------------
# Ours: the real MainWindow


class OursBench:
    def __init__(self, db: Database, office: Office, figures: Figures) -> None:
        self.db, self.office, self.f = db, office, figures
        self.runner = TaskRunner()
        self.spent = time_tasks(self.runner)
        user = next(s for s in people.list_staff(db) if s.login == MANAGER)
        self.ctx = build_context(db, self.runner, user)
        self.stalls = StallMonitor()
        self.window: MainWindow | None = None
        self.shown_at: dict[str, float] = {}  # the last new window's moments (perf_counter)
        self.tab = office.busiest_tab

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            self.runner.wait_idle(30_000)
            settle()

    def new_window(self, live: bool) -> tuple[MainWindow, dict[str, float]]:
        """Build, show and start a console on the busiest tab; times until its rows are painted there."""
        self.close_window()
        marks: dict[str, float] = {}
        start = time.perf_counter()
        feed = seat_feed(self.db, self.runner) if live else None
        window = MainWindow(self.ctx, feed, remember_layout=False, notifications=False)
        marks["built"] = time.perf_counter()
        window.resize(*SIZE)
        window.board.tabs.setCurrentIndex(list(window.board.models).index(self.tab))
        model = window.board.models[self.tab]
        window.board.shown.connect(lambda *_: marks.setdefault("shown", time.perf_counter()))
        window.board.rows_arrived.connect(lambda *_: marks.setdefault("first_page", time.perf_counter()))
        probe = PaintProbe(window.board.views[self.tab].viewport(), when=lambda: model.rowCount() > 0)
        probe.arm()
        window.show()
        window.start()
        marks["painted"] = probe.wait(120)
        self.window = window
        self.shown_at = marks  # "shown" comes later, when every page is in (open_tab waits for it)
        return window, {k: ms(v - start) for k, v in marks.items()}

    def open_tab(self, repeats: int = FIRST_PAINTS) -> None:
        self.spent.clear()
        for _ in range(repeats):
            settle()
            with self.stalls.watch() as mon:  # from MainWindow() until every panel is in
                _window, marks = self.new_window(live=False)
                self.runner.wait_idle(60_000)
                # every page in (the runner can be idle between two: a page starts on a timer after a paint)
                raw = self.shown_at
                spin_until(lambda raw=raw: "shown" in raw, 60)
                self.runner.wait_idle(60_000)
                pause(0.1)
            self.f.open_stall_ms.append(ms(mon.longest))
            self.f.open_ms.append(marks["painted"])
            self.f.open_shown_ms.append(marks["painted"] + ms(raw["shown"] - raw["painted"]))
            self.f.open_build_ms.append(marks["built"])
            self.f.open_first_page_ms.append(marks.get("first_page", float("nan")))
        self.f.open_tasks = {name: list(times) for name, times in self.spent.items()}

    def filter_keystrokes(self) -> None:
        assert self.window is not None
        board = self.window.board
        self.f.filter_ms.extend(type_and_erase(board.filter_box, board.views[self.tab], self.f.filter_own_ms))

    def sort_clicks(self) -> None:
        assert self.window is not None
        view = self.window.board.views[self.tab]
        self.f.sort_ms.extend(click_sorts(view, [int(c) for c in SORT_COLUMNS], self.f.sort_own_ms))

    def tick(self) -> None:
        assert self.window is not None
        probe = PaintProbe(self.window.board.views[self.tab].viewport())
        for _ in range(5):
            probe.arm()
            start = time.perf_counter()
            self.window.tick()
            # the board repaints only the countdowns whose text changed (none within the same minute): ask for a
            # repaint of the whole view, so the figure is the tick plus a full repaint (an upper bound)
            self.window.board.views[self.tab].viewport().update()
            self.f.tick_ms.append(ms(probe.wait() - start))
            pause(0.05)

    def full_refresh(self) -> None:
        """F5: every panel re-reads everything; the longest stall meanwhile."""
        assert self.window is not None
        window = self.window
        worst = took = 0.0
        done: list[float] = []
        window.board.shown.connect(lambda _r, full: done.append(time.perf_counter()) if full else None)
        for _ in range(3):
            done.clear()
            with self.stalls.watch() as mon, collections_timed() as collections:
                pause(0.05)
                start = time.perf_counter()
                window.feed.full_refresh()
                spin_until(lambda: bool(done), 60)
                self.runner.wait_idle(60_000)
                pause(0.05)
            worst, took = max(worst, mon.longest), max(took, done[0] - start)
            self.f.refresh_stalls.append(ms(mon.longest))
            self.f.refresh_collections.extend(collections)
        self.f.stall_refresh, self.f.refresh_ms = ms(worst), ms(took)

    def live(self, url: str, seconds: float, rate: float) -> None:
        """The real window live while another process writes; a bare Qt process counts its stalls beside it."""
        window, _marks = self.new_window(live=True)
        shown: list[tuple[float, int]] = []
        fed: list[tuple[float, int]] = []
        window.board.shown.connect(lambda revision, _full: shown.append((time.perf_counter(), revision)))
        window.feed.changed.connect(lambda batch: fed.append((time.perf_counter(), batch.revision)))
        self.runner.wait_idle(60_000)
        ctx = mp.get_context("spawn")
        writer_end, writer_pipe = ctx.Pipe()
        writer = ctx.Process(target=writer_process, args=(url, None, self.office, seconds, rate, writer_pipe),
                             daemon=True)
        writer.start()
        spin_until(writer_end.poll, 300)
        writer_end.recv()  # warmed up
        pause(2)
        bare_end, bare_pipe = ctx.Pipe()
        bare = ctx.Process(target=bare_qt_stalls, args=(seconds, bare_pipe), daemon=True)
        bare.start()
        pause(1.5)  # the bare process is up and ticking
        self.spent.clear()
        with self.stalls.watch() as mon:
            writer_end.send("go")
            spin_until(writer_end.poll, seconds * 10 + 120)
            commits, errors, calls, elapsed, _final = writer_end.recv()
            last = max((revision for _at, revision in commits), default=0)
            with contextlib.suppress(TimeoutError):  # the board catches up with the last change (or 30 s pass)
                spin_until(lambda: bool(shown) and shown[-1][1] >= last, 30)
        watched = time.perf_counter() - mon.started
        writer_end.send("bye")
        self.f.tasks = {name: list(times) for name, times in self.spent.items()}
        spin_until(bare_end.poll, seconds + 60)
        self.f.bare_stalls, self.f.bare_longest, self.f.bare_seconds = bare_end.recv()
        writer.join(30)
        bare.join(30)
        self.f.stalls, self.f.stall_longest = mon.stalls, mon.longest
        self.f.live_seconds, self.f.live_commits, self.f.live_errors = watched, len(commits), errors
        self.f.writer_seconds = elapsed
        self.f.live_calls_ms = [ms(x) for _a, x in calls]
        for at, seen in first_seen(shown, commits):
            if seen is None:
                self.f.live_missed += 1
            else:
                self.f.live_ms.append(ms(seen - at))
        self.f.live_feed_ms = [ms(got - at) for at, got in first_seen(fed, commits) if got is not None]

    def close(self) -> None:
        self.close_window()
        self.runner.wait_idle()
        self.runner.shutdown()


# ---------------------------------------------------------------------------------------------------------------
# Stock Qt: QSqlTableModel + QSortFilterProxyModel on the same data


class StockTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.filter_box = QLineEdit(self)
        self.view = QTableView(self)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view, 1)
        self.model: QSqlTableModel | None = None
        self.proxy: QSortFilterProxyModel | None = None

    def open(self, qdb: QSqlDatabase, tab: str) -> None:
        """What a stock Qt screen does on the GUI thread: select, fetch every row, proxy, sort by due time."""
        model = QSqlTableModel(self, qdb)
        model.setTable("occurrences")
        model.setEditStrategy(QSqlTableModel.EditStrategy.OnManualSubmit)
        model.setFilter(f"tab = '{tab}' AND status <> 'closed'")
        if not model.select():
            raise RuntimeError(model.lastError().text())
        while model.canFetchMore():  # the proxy filters and sorts only fetched rows: fetch them all
            model.fetchMore()
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view.setModel(proxy)
        self.view.sortByColumn(model.fieldIndex("due_at"), Qt.SortOrder.AscendingOrder)
        self.model, self.proxy = model, proxy
        self.filter_box.textChanged.connect(proxy.setFilterFixedString)


def sqlite_copy_of(db: Database, folder: Path) -> str:
    """A page-for-page copy of the SQLite file for Qt's driver.

    Qt's QSQLITE carries its own SQLite library; two SQLite libraries in one process must not open the same
    file (POSIX locks are per process: one library closing its descriptor drops the other's locks; see
    "How To Corrupt An SQLite Database File", 2.2.1). Here it silently stopped the change watcher.
    """
    import sqlite3

    target = folder / "stock-copy.db"
    source = sqlite3.connect(db.url.database or "")
    copy = sqlite3.connect(target)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return f"sqlite:///{target}"


def open_stock_db(db: Database, name: str, sqlite_file: str | None) -> tuple[QSqlDatabase | None, str]:
    """QSQLITE on a copy of the SQLite file, or QPSQL on the same database; (None, why) if the driver fails."""
    if db.is_sqlite:
        qdb = QSqlDatabase.addDatabase("QSQLITE", name)
        qdb.setDatabaseName(sqlite_file or "")
        label = "QSQLITE, copy of the same file"
    else:
        if "QPSQL" not in QSqlDatabase.drivers():
            return None, "QPSQL is not in this PySide6 build"
        qdb = QSqlDatabase.addDatabase("QPSQL", name)
        qdb.setHostName(db.url.host or "127.0.0.1")
        qdb.setPort(db.url.port or 5432)
        qdb.setUserName(db.url.username or "postgres")
        if db.url.password:
            qdb.setPassword(db.url.password)
        qdb.setDatabaseName(db.url.database or "postgres")
        label = "QPSQL, same database"
    if not qdb.isValid() or not qdb.open():
        return None, f"the Qt driver did not open: {qdb.lastError().text() or 'driver not loaded'}"
    return qdb, label


def stock_bench(qdb: QSqlDatabase, tab: str, figures: Figures, stalls: StallMonitor,
                repeats: int = FIRST_PAINTS) -> None:
    """A new stock screen each time, built, filled and shown until its rows are painted (as ours is)."""
    widget: StockTab | None = None
    for _ in range(repeats):
        if widget is not None:
            widget.close()
            widget.deleteLater()
        settle()
        with stalls.watch() as mon:
            start = time.perf_counter()
            widget = StockTab()
            widget.resize(*SIZE)
            widget.open(qdb, tab)
            proxy = widget.proxy
            assert proxy is not None
            probe = PaintProbe(widget.view.viewport(), when=lambda p=proxy: p.rowCount() > 0)
            probe.arm()
            widget.show()
            figures.stock_open.append(ms(probe.wait() - start))
        figures.stock_open_stall = max(figures.stock_open_stall, ms(mon.longest))
    assert widget is not None and widget.proxy is not None and widget.model is not None
    figures.stock_rows = widget.proxy.rowCount()
    figures.stock_filter_ms.extend(type_and_erase(widget.filter_box, widget.view, figures.stock_filter_own_ms))
    columns = [widget.model.fieldIndex(STOCK_SORT_FIELDS[c]) for c in SORT_COLUMNS]
    figures.stock_sort_ms.extend(click_sorts(widget.view, columns, figures.stock_sort_own_ms))
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # let go of the Qt connection's queries


def median_launch(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run whose launch -> paint is the median (its breakdown with it); {} when every run failed."""
    done = sorted((run for run in runs if run), key=lambda run: run["from_launch_ms"])
    return done[len(done) // 2] if done else {}


def cold_paint(what: str, url: str, tab: str) -> dict[str, float]:
    """cold_paint.py in a new process; adds ``from_launch_ms`` (the same monotonic clock in both processes)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launched = time.perf_counter()
    done = subprocess.run([sys.executable, str(HERE / "cold_paint.py"), what, url, tab, MANAGER], env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        print(f"   cold {what} failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
        return {}
    out: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    out["from_launch_ms"] = ms(out["painted"] - launched)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Report


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def ratio(a: float, b: float) -> str:
    return f"{a / b:5.2f}" if b == b and b > 0 and a == a else "  n/a"  # x == x: not NaN


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def report(name: str, office: Office, f: Figures) -> None:
    lines: list[tuple[str, str, str, str, str]] = []

    def line(label: str, ours: str, stock: str = "", rat: str = "", target: str = "") -> None:
        lines.append((label, ours, stock, rat, target))

    cold, stock_cold = f.cold.get("from_launch_ms", float("nan")), f.stock_cold.get("from_launch_ms", float("nan"))
    line(f"first paint, cold (new process, launch -> rows painted, median of {COLD_PAINTS})", f"{cold:7.0f} ms",
         f"{stock_cold:7.0f} ms", ratio(cold, stock_cold), f"ours/stock <= 1.0  {verdict(cold <= stock_cold)}")
    line("  imports / sign-in reads / window -> paint",
         f"{f.cold.get('imports_ms', 0):.0f} / {f.cold.get('signed_in_ms', 0):.0f} / "
         f"{f.cold.get('window_to_paint_ms', 0):.0f} ms",
         f"{f.stock_cold.get('imports_ms', 0):.0f} / {f.stock_cold.get('signed_in_ms', 0):.0f} / "
         f"{f.stock_cold.get('window_to_paint_ms', 0):.0f} ms")
    floor = f.floor_cold.get("from_launch_ms", float("nan"))
    line("  floor of any read through SQLAlchemy: imports + SELECT 1, no window",
         f"{floor:7.0f} ms", f"{stock_cold:7.0f} ms", ratio(floor, stock_cold),
         "reachable only if < 1.0" if floor == floor else "")
    warm, stock_warm = med(f.open_ms), med(f.stock_open)
    line(f"first paint, warm (new window -> rows painted, median of {len(f.open_ms)})", f"{warm:7.1f} ms",
         f"{stock_warm:7.1f} ms", ratio(warm, stock_warm), f"ours/stock <= 1.0  {verdict(warm <= stock_warm)}")
    line("  MainWindow() built / first page read (rows in the model) / painted",
         f"{med(f.open_build_ms):.0f} / {med(f.open_first_page_ms):.0f} / {warm:.0f} ms")
    line("  board shown (all tabs' rows in)", f"{med(f.open_shown_ms):.0f} ms")
    first_stall, stalls = (f.open_stall_ms[0], f.open_stall_ms[1:]) if f.open_stall_ms else (float("nan"), [])
    line("  longest GUI stall until every panel is in: first window / later (median, max)",
         f"{first_stall:.0f} / {med(stalls):.0f}, {max(stalls, default=float('nan')):.0f} ms",
         f"{f.stock_open_stall:7.0f} ms", "", "stall < 50 ms  " + verdict(max(f.open_stall_ms, default=0) < 50))
    fm, sfm = med(f.filter_ms), med(f.stock_filter_ms)
    line("filter keystroke until repainted, median", f"{fm:7.1f} ms", f"{sfm:7.1f} ms", ratio(sfm, fm),
         f"stock/ours >= 2  {verdict(sfm >= 2 * fm)}")
    line("filter keystroke, max", f"{max(f.filter_ms, default=float('nan')):7.1f} ms",
         f"{max(f.stock_filter_ms, default=float('nan')):7.1f} ms")
    line("  keystroke's own work (median), rest is paint", f"{med(f.filter_own_ms):7.1f} ms",
         f"{med(f.stock_filter_own_ms):7.1f} ms", ratio(med(f.stock_filter_own_ms), med(f.filter_own_ms)))
    sm, ssm = med(f.sort_ms), med(f.stock_sort_ms)
    line("sort (header click) until repainted, median", f"{sm:7.1f} ms", f"{ssm:7.1f} ms", ratio(ssm, sm),
         f"stock/ours >= 2  {verdict(ssm >= 2 * sm)}")
    line("sort, max", f"{max(f.sort_ms, default=float('nan')):7.1f} ms",
         f"{max(f.stock_sort_ms, default=float('nan')):7.1f} ms")
    line("  click's own work (median), rest is paint", f"{med(f.sort_own_ms):7.1f} ms",
         f"{med(f.stock_sort_own_ms):7.1f} ms", ratio(med(f.stock_sort_own_ms), med(f.sort_own_ms)))
    line("window tick + repaint (median / max)", f"{med(f.tick_ms):5.1f} / {max(f.tick_ms, default=0):5.1f} ms", "",
         "", f"< 50 ms  {verdict(max(f.tick_ms, default=0) < 50)}")
    line("F5 (every panel re-reads): board shown / longest stall", f"{f.refresh_ms:5.0f} / {f.stall_refresh:5.0f} ms",
         f"{f.stock_open_stall:7.0f} ms", "", "stall < 50 ms  " + verdict(f.stall_refresh < 50))
    full = [t for generation, t in f.refresh_collections if generation == 2]
    line("  each F5's longest stall; full garbage collections meanwhile (count, longest)",
         " / ".join(f"{t:.0f}" for t in f.refresh_stalls) + f" ms; {len(full)}, {max(full, default=0):.0f} ms")
    p50, p95 = pct(f.live_ms, .5), pct(f.live_ms, .95)
    line(f"live: commit -> seen on the board, p50 / p95 (n={len(f.live_ms)})", f"{p50:5.0f} / {p95:5.0f} ms", "",
         "", f"p95 < 100 ms  {verdict(p95 < 100)}")
    line("  of which commit -> LiveFeed batch, p50 / p95",
         f"{pct(f.live_feed_ms, .5):5.0f} / {pct(f.live_feed_ms, .95):5.0f} ms")
    line("  max; never seen", f"{max(f.live_ms, default=float('nan')):5.0f} ms; {f.live_missed}")
    minutes, bare_minutes = f.live_seconds / 60, f.bare_seconds / 60
    per_min = len(f.stalls) / minutes if minutes else float("nan")
    bare_per_min = len(f.bare_stalls) / bare_minutes if bare_minutes else float("nan")
    line("live: GUI stalls > 50 ms per minute (5 ms timer)", f"{per_min:7.1f}", f"{bare_per_min:7.1f} (bare Qt)",
         "", f"0 beyond bare Qt  {verdict(per_min <= bare_per_min)}")
    line("  longest stall", f"{ms(f.stall_longest):7.0f} ms", f"{ms(f.bare_longest):7.0f} ms (bare Qt)")
    line(f"  writer: {f.live_commits} changes in {f.writer_seconds:.0f} s, {len(f.live_errors)} failed; "
         "service call p50 / p95",
         f"{pct(f.live_calls_ms, .5):5.0f} / {pct(f.live_calls_ms, .95):5.0f} ms")

    load = f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs" if hasattr(os, "getloadavg") else ""
    print()
    print(f"== {name}: {office.open_count:,} open + {office.closed_count:,} closed OCs ({office.summary()}); "
          f"busiest tab {office.busiest_tab}: {office.busiest_rows:,} rows; stock Qt: {f.stock_note}, "
          f"{f.stock_rows:,} rows{load}")
    head = ("figure", "ours", "stock Qt", "ratio", "target")
    widths = [max(len(r[i]) for r in [*lines, head]) for i in range(5)]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in lines:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if f.open_tasks:
        print(f"   the window's worker while {len(f.open_ms)} new windows opened (warm first paint), by task; reads "
              f"that ended after the paint included, as shares of the {sum(f.open_ms) / 1000:.1f} s until painted:")
        for row in task_table(f.open_tasks, sum(f.open_ms) / 1000):
            print(f"     {row}")
    if f.tasks:
        print(f"   the window's worker during the live run ({f.live_seconds:.0f} s), by task:")
        for row in task_table(f.tasks, f.live_seconds):
            print(f"     {row}")
    if f.live_errors:
        print(f"   {len(f.live_errors)} writer calls failed, e.g. {f.live_errors[0]}")
    sys.stdout.flush()


# ---------------------------------------------------------------------------------------------------------------
# Runs


def bench(name: str, url: str, args: argparse.Namespace, folder: Path) -> None:
    print(f"{name}: generating {args.open:,} open + {args.closed:,} closed OCs …", flush=True)
    db = Database(url)
    office = populate(db, args.open, args.closed)
    figures = Figures()
    sqlite_file = sqlite_copy_of(db, folder) if db.is_sqlite else None
    stock_url = sqlite_file or url
    print(f"{name}: cold first paints (new processes) …", flush=True)
    ours_cold, stock_cold, floor_cold = [], [], []
    for _ in range(COLD_PAINTS):
        ours_cold.append(cold_paint("ours", url, office.busiest_tab))
        stock_cold.append(cold_paint("stock", stock_url, office.busiest_tab))
        floor_cold.append(cold_paint("floor", url, office.busiest_tab))
    figures.cold, figures.stock_cold = median_launch(ours_cold), median_launch(stock_cold)
    figures.floor_cold = median_launch(floor_cold)
    ours = OursBench(Database(url, seat=True), office, figures)  # the window's database, as a seat opens it
    try:
        print(f"{name}: measuring the window …", flush=True)
        for step in (ours.open_tab, ours.tick, ours.filter_keystrokes, ours.sort_clicks, ours.full_refresh):
            step()
            settle()
        qdb, note = open_stock_db(db, f"stock-{name}", (sqlite_file or "").removeprefix("sqlite:///"))
        figures.stock_note = note
        if qdb is not None:
            stock_bench(qdb, office.busiest_tab, figures, ours.stalls)
            connection = qdb.connectionName()
            qdb.close()
            del qdb
            QSqlDatabase.removeDatabase(connection)
        settle()
        print(f"{name}: live for {args.live_seconds:.0f} s with a writer at {args.rate:g} calls/s …", flush=True)
        ours.live(url, args.live_seconds, args.rate)
    finally:
        ours.close()
        db.dispose()
    report(name, office, figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--sqlite", action="store_true", help="SQLite only (a temporary file)")
    which.add_argument("--both", action="store_true", help="PostgreSQL, then SQLite")
    parser.add_argument("--open", type=int, default=5000, help="open OCs (default 5000)")
    parser.add_argument("--closed", type=int, default=200_000, help="closed OCs (default 200000)")
    parser.add_argument("--live-seconds", type=float, default=60, help="the live run (default 60)")
    parser.add_argument("--rate", type=float, default=5, help="writer calls a second (default 5)")
    args = parser.parse_args()
    compile_package()  # the cold first paints start new processes
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    hush_offscreen_notices()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.sqlite:
            with pg_database(PG_URL) as url:
                if url is not None:
                    bench("PostgreSQL", url, args, folder)
        if args.sqlite or args.both:
            bench("SQLite", f"sqlite:///{folder / 'console.db'}", args, folder)


if __name__ == "__main__":
    main()
