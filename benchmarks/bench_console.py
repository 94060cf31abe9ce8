"""The console board under a busy help desk's load: open, filter, sort, live changes, GUI stalls, stock Qt.

With N open and M closed OCs (default 5,000 / 200,000) it prints, per database:

- open a tab and paint it: ``BoardWidget.follow`` with a full batch, as the console does: the busiest tab's first
  page read on the TaskRunner (data fetch), then loaded and painted in its QTableView at 1600x900 offscreen (GUI
  work); cold (first) and warm (median); the rest of the board is read behind it (and timed apart);
- filter on a keystroke: ``QTest.keyClick`` into the filter box, one character at a time, until repainted;
- sort: a click on a header section (4 columns, each ascending then descending), until repainted;
- one changed row: another process changes an OC through the real services (forward/close: change feed and,
  on PostgreSQL, NOTIFY); from ``ChangeWatcher.changed`` to ``BoardWidget.apply`` done (changes_since +
  rows_by_id on the TaskRunner), and separately the commit -> notification latency (SQLite polls every 250 ms);
- the longest GUI-thread stall (gap between ticks of a 5 ms timer) during a full refresh and during a burst of
  50 changes, and what one countdown tick costs;
- the same tab through Qt's stock QSqlTableModel + QSortFilterProxyModel on the same data, and ours/stock:
  QSQLITE on a copy of the SQLite file (Qt's own SQLite library must not share the file with Python's), QPSQL
  on the same PostgreSQL database when the driver loads (it needs libpq), else QSQLITE on the same data.

Targets (from the issue): first paint < 150 ms, filter < 30 ms, changed row applied < 20 ms after its
notification, no stall > 50 ms, faster than stock Qt. Figures only, never assertions.

    .venv/bin/python benchmarks/bench_console.py [--pg | --both] [--open 5000 --closed 200000]

SQLite uses a temporary file; PostgreSQL a temporary database on PITSTOP_TEST_PG_URL (default
postgres@127.0.0.1:5432), dropped afterwards. The data is written with bulk SQL inserts straight into the
tables (205,000 OCs through the services would take far too long); only the measured changes use services.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtSql import QSqlDatabase, QSqlTableModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlalchemy import create_engine, insert, make_url, text, update

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.db.orm import ClientRow, CounterRow, OccurrenceRow, StaffRow, StaffTabRow
from pitstop_desktop.domain.sla import due_at
from pitstop_desktop.models.board import Column
from pitstop_desktop.models.clock import Clock
from pitstop_desktop.models.feed import FeedBatch
from pitstop_desktop.models.live import ChangeWatcher
from pitstop_desktop.services import board as board_service
from pitstop_desktop.services.changes import changes_since, current_revision
from pitstop_desktop.services.records import StaffRecord
from pitstop_desktop.services.unit_of_work import current_policy
from pitstop_desktop.views.board import BoardWidget
from pitstop_desktop.views.tasks import TaskRunner
from pitstop_desktop.views.workspace import Workspace

PG_URL = os.environ.get("PITSTOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
SIZE = (1600, 900)
MANAGER = "gestor.bench"
FILTER_TEXT = "caixa"  # in summaries, so the stock proxy (no client names) filters too
SORT_COLUMNS = (Column.CLIENT, Column.NUMBER, Column.OPENED, Column.TIME_LEFT)
STOCK_SORT_FIELDS = {Column.CLIENT: "client_id", Column.NUMBER: "number", Column.OPENED: "opened_at",
                     Column.TIME_LEFT: "due_at"}
SINGLE_CHANGES = 20
BURST = 50
TARGETS = {"paint": 150.0, "filter": 30.0, "change": 20.0, "stall": 50.0}


def ms(seconds: float) -> float:
    return seconds * 1000


# ---------------------------------------------------------------------------------------------------------------
# Data: bulk inserts straight into the tables


TABS = ("n1_rapida", "n1_blip_matriz", "n1_blip_filiais", "n1_filiais", "especialistas", "apoio_n1", "n2")
TAB_WEIGHTS = (34, 20, 12, 15, 8, 5, 6)
SLAS = ("IS", "URGENTE", "2H", "4H", "24H", "72H", "10D")
SLA_WEIGHTS = (5, 10, 15, 25, 25, 12, 8)
SLA_MINUTES = {"IS": 30, "URGENTE": 60, "2H": 120, "4H": 240, "24H": 1440, "72H": 4320, "10D": 14400}
OPEN_SPAN_HOURS = {"IS": 6, "URGENTE": 10, "2H": 24, "4H": 48, "24H": 72, "72H": 7 * 24, "10D": 14 * 24}
CHANNELS = ("phone", "blip", "skype", "email", "portal")
CHANNEL_WEIGHTS = (40, 30, 10, 10, 10)
KINDS = ("question", "error", "installation", "training", "configuration", "other")
KIND_WEIGHTS = (35, 30, 10, 8, 12, 5)
OPEN_STATUSES = ("open", "offered", "in_progress", "awaiting_approval")
OPEN_STATUS_WEIGHTS = (45, 10, 40, 5)
SUMMARIES = {
    "question": ("Dúvida sobre fechamento de caixa", "Como emitir segunda via de boleto",
                 "Dúvida no cálculo de ICMS-ST", "Relatório de vendas por vendedor"),
    "error": ("Erro ao emitir NF-e: rejeição 539", "PDV trava ao finalizar venda", "Backup não concluído",
              "Certificado digital não reconhecido", "Sistema lento ao abrir estoque"),
    "installation": ("Instalação do módulo fiscal em nova máquina", "Instalar servidor de banco na filial"),
    "training": ("Treinamento de novo funcionário no PDV", "Treinar equipe no módulo financeiro"),
    "configuration": ("Configurar impressora térmica", "Configurar TEF no caixa 3", "Ajustar alíquotas"),
    "other": ("Solicitação de orçamento", "Retorno de ligação pedido pelo cliente"),
}
BUSINESSES = ("Padaria", "Mercado", "Farmácia", "Auto Peças", "Clínica", "Escola", "Construtora", "Restaurante",
              "Loja", "Distribuidora", "Posto", "Hotel", "Papelaria", "Ótica")
SURNAMES = ("Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira", "Almeida", "Ribeiro",
            "Carvalho", "Gomes", "Martins", "Araújo", "Barbosa", "Rocha", "Dias", "Teixeira")
SUFFIXES = ("Ltda", "ME", "EIRELI", "& Filhos", "S/A")
CITIES = ("Salvador", "Feira de Santana", "Camaçari", "Lauro de Freitas", "Itabuna", "Ilhéus", "Vitória da Conquista")
FIRST_NAMES = ("Ana", "Bruno", "Carla", "Diego", "Eduarda", "Felipe", "Gabriela", "Hugo", "Isabela", "João",
               "Karina", "Lucas", "Mariana", "Nelson", "Olívia", "Paulo", "Renata", "Sérgio", "Tatiana", "Vítor")


@dataclass
class Dataset:
    open_count: int
    closed_count: int
    busiest_tab: str
    busiest_rows: int
    seconds: float
    by_tab: dict[str, int] = field(default_factory=dict)


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def populate(db: Database, n_open: int, n_closed: int, seed: int = 7347) -> Dataset:
    """Clients, staff with tabs and OCs with a plausible spread; closed ones over the last 60 days."""
    started = time.perf_counter()
    rnd = random.Random(seed)
    upgrade(db)
    policy = current_policy(db)
    now = datetime.now(UTC)

    clients = [dict(id=i, code=f"C{i:05d}", name=f"{rnd.choice(BUSINESSES)} {rnd.choice(SURNAMES)} "
                    f"{rnd.choice(SUFFIXES)} ({rnd.choice(CITIES)})", phone=f"7199{i:07d}", consulting=i % 17 == 0)
               for i in range(1, 2001)]
    staff: list[dict[str, Any]] = []
    staff_tabs: list[dict[str, Any]] = []
    roles = ["attendant"] * 12 + ["technician"] * 76 + ["manager"] * 5 + ["apoio"] * 4 + ["supervisor"] * 3
    for i, role in enumerate(roles, start=1):
        login = MANAGER if i == 89 else f"{role[:3]}.{i:03d}"
        name = f"{rnd.choice(FIRST_NAMES)} {rnd.choice(SURNAMES)}"
        site = "filial" if i % 4 == 0 else "matriz"
        staff.append(dict(id=i, login=login, name=name, role=role, site=site, password_hash=None, active=True))
        if role == "technician":
            own = rnd.sample(TABS[:5], k=rnd.choice((1, 1, 2, 2, 3)))
            if i % 19 == 0:
                own.append("n2")
            staff_tabs.extend(dict(staff_id=i, tab_code=t, position=p) for p, t in enumerate(own))
    technicians_by_tab: dict[str, list[int]] = {t: [] for t in TABS}
    for row in staff_tabs:
        technicians_by_tab[row["tab_code"]].append(row["staff_id"])
    technicians_by_tab["apoio_n1"] = [s["id"] for s in staff if s["role"] == "apoio"]
    attendants = [s["id"] for s in staff if s["role"] == "attendant"]

    def facts(tab: str) -> tuple[str, str, str]:
        sla = rnd.choices(SLAS, SLA_WEIGHTS)[0]
        while tab == "n1_filiais" and sla in ("IS", "URGENTE"):
            sla = rnd.choices(SLAS, SLA_WEIGHTS)[0]
        kind = rnd.choices(KINDS, KIND_WEIGHTS)[0]
        while tab == "n1_blip_matriz" and kind == "installation":
            kind = rnd.choices(KINDS, KIND_WEIGHTS)[0]
        channel = "blip" if tab == "n1_blip_filiais" else rnd.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
        return sla, kind, channel

    occurrences: list[dict[str, Any]] = []
    for _ in range(n_open):
        tab = rnd.choices(TABS, TAB_WEIGHTS)[0]
        sla, kind, channel = facts(tab)
        opened = now - timedelta(minutes=rnd.uniform(1, OPEN_SPAN_HOURS[sla] * 60))
        status = rnd.choices(OPEN_STATUSES, OPEN_STATUS_WEIGHTS)[0]
        if tab == "apoio_n1" and status == "awaiting_approval":
            status = "open"
        people = technicians_by_tab[tab] or [1]
        occurrences.append(dict(
            client_id=rnd.randint(1, len(clients)), channel=channel, kind=kind,
            summary=f"{rnd.choice(SUMMARIES[kind])} (terminal {rnd.randint(1, 40)})", tab=tab, status=status,
            sla_class=sla, opened_at=opened, due_at=due_at(policy.sla(sla), policy.calendar, opened),
            closed_at=None, tab_since=opened + (opened - now) * -rnd.random() * rnd.choice((0, 0, 0.3)),
            assignee_id=rnd.choice(people) if status == "in_progress" else None,
            opened_by_id=rnd.choice(attendants), faq_code=None, close_note=None, version=rnd.randint(1, 4)))
    for _ in range(n_closed):
        tab = rnd.choices(TABS, TAB_WEIGHTS)[0]
        sla, kind, channel = facts(tab)
        closed = now - timedelta(minutes=rnd.uniform(30, 60 * 24 * 60))
        took = timedelta(minutes=rnd.uniform(5, SLA_MINUTES[sla] * 1.3))
        opened = closed - took
        occurrences.append(dict(
            client_id=rnd.randint(1, len(clients)), channel=channel, kind=kind,
            summary=f"{rnd.choice(SUMMARIES[kind])} (terminal {rnd.randint(1, 40)})", tab=tab, status="closed",
            sla_class=sla, opened_at=opened, due_at=opened + timedelta(minutes=SLA_MINUTES[sla]), closed_at=closed,
            tab_since=opened, assignee_id=rnd.choice(technicians_by_tab[tab] or [1]),
            opened_by_id=rnd.choice(attendants), faq_code=rnd.choice(("7347", "7037", "7367", "1001", "2040")),
            close_note=None, version=rnd.randint(2, 6)))
    occurrences.sort(key=lambda o: o["opened_at"])
    for number, occ in enumerate(occurrences, start=1):
        occ["id"] = number
        occ["number"] = number

    with db.engine.begin() as conn:
        conn.execute(insert(ClientRow.__table__), clients)
        conn.execute(insert(StaffRow.__table__), staff)
        conn.execute(insert(StaffTabRow.__table__), staff_tabs)
        for chunk in _chunks(occurrences, 20_000):
            conn.execute(insert(OccurrenceRow.__table__), list(chunk))
        conn.execute(update(CounterRow).where(CounterRow.name == "occurrence_number").values(value=len(occurrences)))
        if db.is_postgres:  # explicit ids: move the sequences past them, as a real history would have
            for table in ("clients", "staff", "occurrences"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
    if db.is_postgres:  # what autovacuum would have done long ago on a server with this history
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    by_tab = {t: 0 for t in TABS}
    for occ in occurrences:
        if occ["status"] != "closed":
            by_tab[occ["tab"]] += 1
    busiest = max(by_tab, key=by_tab.__getitem__)
    return Dataset(n_open, n_closed, busiest, by_tab[busiest], time.perf_counter() - started, by_tab)


# ---------------------------------------------------------------------------------------------------------------
# The other process: changes through the real services


def _change_worker(url: str, pipe: Any) -> None:
    from pitstop_desktop.services import occurrences

    db = Database(url)
    current_revision(db)
    while True:
        ops = pipe.recv()
        if ops is None:
            break
        done: list[float] = []
        errors: list[str] = []
        for action, number, tab in ops:
            try:
                if action == "close":
                    occurrences.close(db, number, actor=MANAGER, faq="7347", note="bench")
                else:
                    occurrences.forward(db, number, actor=MANAGER, tab=tab)
            except Exception as exc:  # report, keep going: the figures say how many were applied
                errors.append(f"{action} {number}: {exc}")
            done.append(time.perf_counter())  # CLOCK_MONOTONIC on Linux: comparable across processes
        pipe.send((done, current_revision(db), errors))
    db.dispose()


class ChangeProcess:
    def __init__(self, url: str) -> None:
        ctx = mp.get_context("spawn")
        self.pipe, child = ctx.Pipe()
        self.proc = ctx.Process(target=_change_worker, args=(url, child), daemon=True)
        self.proc.start()

    def send(self, ops: list[tuple[str, int, str | None]]) -> None:
        self.pipe.send(ops)

    def result(self) -> tuple[list[float], int, list[str]]:
        spin_until(self.pipe.poll, 120)
        return self.pipe.recv()

    def stop(self) -> None:
        self.pipe.send(None)
        self.proc.join(timeout=10)


# ---------------------------------------------------------------------------------------------------------------
# GUI probes


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


def settle() -> None:
    """Between measurements: deliver pending deletions and collect garbage, so no figure pays for the last."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    pause(0.05)


def pause(seconds: float) -> None:
    end = time.perf_counter() + seconds
    spin_until(lambda: time.perf_counter() >= end, seconds + 5)


class PaintProbe(QObject):
    """Records when a paint of the watched widget has finished (a zero timer queued from its paint event)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted_at: float | None = None
        self._armed = False
        self._after = QTimer(self)  # fires once the paint event (and the rest of that event) is done
        self._after.setSingleShot(True)
        self._after.setInterval(0)
        self._after.timeout.connect(self._done)
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.painted_at, self._armed = None, True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint:
            self._armed = False
            self._after.start()
        return False

    def _done(self) -> None:
        self.painted_at = time.perf_counter()

    def wait(self, timeout_s: float = 10.0) -> float:
        spin_until(lambda: self.painted_at is not None, timeout_s)
        assert self.painted_at is not None
        return self.painted_at


class StallMonitor(QObject):
    """A 5 ms timer on the GUI thread; the longest gap between its ticks is the longest stall."""

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0.0

    @contextmanager
    def watch(self) -> Iterator[StallMonitor]:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()
        try:
            yield self
        finally:
            self._tick()
            self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


@dataclass
class Applied:
    notified: float | None
    fetched: float
    applied: float
    numbers: frozenset[int]
    revision: int


class LiveBoard(QObject):
    """The console's live loop as MainWindow runs it: changed -> feed + rows on the runner -> apply; coalesced."""

    def __init__(self, ctx: Workspace, board: BoardWidget, revision: int, watcher: ChangeWatcher) -> None:
        super().__init__()
        self.ctx, self.board, self.revision, self.watcher = ctx, board, revision, watcher
        self.fetching = self.again = False
        self.pending_since: float | None = None
        self.applied: list[Applied] = []
        self.notifications: list[float] = []
        watcher.changed.connect(self.on_changed)

    def on_changed(self) -> None:
        now = time.perf_counter()
        self.notifications.append(now)
        if self.pending_since is None:
            self.pending_since = now
        self.refresh()

    def refresh(self) -> None:
        if self.fetching:
            self.again = True
            return
        db, since, started = self.ctx.db, self.revision, self.pending_since
        self.pending_since = None

        def work() -> tuple[Any, list[board_service.BoardRow]]:
            batch = changes_since(db, since)
            ids = {c.entity_id for c in batch.changes if c.entity == "occurrence"}
            return batch, board_service.rows_by_id(db, ids)

        self.fetching = True
        self.ctx.runner.submit(work, lambda result: self._arrived(result, started))

    def _arrived(self, result: tuple[Any, list[board_service.BoardRow]], started: float | None) -> None:
        fetched = time.perf_counter()
        batch, rows = result
        self.fetching = False
        if batch.revision != self.revision:
            self.revision = batch.revision
            self.board.apply(rows)
        self.applied.append(Applied(started, fetched, time.perf_counter(), frozenset(r.number for r in rows),
                                    batch.revision))
        if self.again:
            self.again = False
            self.refresh()


# ---------------------------------------------------------------------------------------------------------------
# Ours: BoardWidget + BoardTableModel fed by services on the TaskRunner


@dataclass
class Figures:
    open_cold: tuple[float, float, float] = (0.0, 0.0, 0.0)  # fetch, gui, total (ms)
    open_warm: list[tuple[float, float, float]] = field(default_factory=list)
    load_only: list[float] = field(default_factory=list)
    open_all_ms: list[float] = field(default_factory=list)  # follow(full) until shown: every tab read
    filter_ms: list[float] = field(default_factory=list)
    filter_own_ms: list[float] = field(default_factory=list)
    sort_ms: list[float] = field(default_factory=list)
    sort_own_ms: list[float] = field(default_factory=list)
    notify_ms: list[float] = field(default_factory=list)
    change_ms: list[float] = field(default_factory=list)
    change_fetch_ms: list[float] = field(default_factory=list)
    change_apply_ms: list[float] = field(default_factory=list)
    change_paint_ms: list[float] = field(default_factory=list)
    change_errors: list[str] = field(default_factory=list)
    stall_refresh: float = 0.0
    stall_burst: float = 0.0
    stall_single: float = 0.0
    burst_batches: int = 0
    burst_applied_ms: float = 0.0
    burst_commits_ms: float = 0.0
    burst_lag_ms: float = 0.0
    tick_ms: list[float] = field(default_factory=list)
    stock_note: str = ""
    stock_open: list[float] = field(default_factory=list)
    stock_open_stall: float = 0.0
    stock_filter_ms: list[float] = field(default_factory=list)
    stock_filter_own_ms: list[float] = field(default_factory=list)
    stock_sort_ms: list[float] = field(default_factory=list)
    stock_sort_own_ms: list[float] = field(default_factory=list)
    stock_rows: int = 0


def make_workspace(db: Database, runner: TaskRunner) -> Workspace:
    user = StaffRecord(MANAGER, "Gestor Bench", "manager", "matriz", ())
    return Workspace(db=db, runner=runner, user=user, clock=Clock(), policy=current_policy(db))


class OursBench:
    def __init__(self, db: Database, data: Dataset, figures: Figures) -> None:
        self.db, self.data, self.f = db, data, figures
        self.runner = TaskRunner()
        self.ctx = make_workspace(db, runner=self.runner)
        self.stalls = StallMonitor()
        self.widget: BoardWidget | None = None

    def new_widget(self) -> tuple[BoardWidget, QTableView, PaintProbe]:
        if self.widget is not None:
            self.widget.close()
            self.widget.deleteLater()
        widget = BoardWidget(self.ctx)
        widget.resize(*SIZE)
        widget.tabs.setCurrentIndex(TABS.index(self.data.busiest_tab))
        view = widget.views[self.data.busiest_tab]
        probe = PaintProbe(view.viewport())
        probe.arm()
        widget.show()
        probe.wait()
        self.widget = widget
        return widget, view, probe

    def fetch_and_paint(self, widget: BoardWidget, probe: PaintProbe,
                        work: Callable[[], list[board_service.BoardRow]]) -> tuple[float, float, float]:
        marks: dict[str, float] = {}

        def loaded(rows: list[board_service.BoardRow]) -> None:
            marks["fetched"] = time.perf_counter()
            probe.arm()
            widget.load(rows)
            marks["loaded"] = time.perf_counter()

        start = time.perf_counter()
        self.runner.submit(work, loaded)
        spin_until(lambda: "loaded" in marks, 60)
        painted = probe.wait()
        self.f.load_only.append(ms(marks["loaded"] - marks["fetched"]))
        return ms(marks["fetched"] - start), ms(painted - marks["fetched"]), ms(painted - start)

    def follow_and_paint(self, widget: BoardWidget, probe: PaintProbe) -> tuple[float, float, float]:
        """The console's own path: a full feed batch; fetch = until the front tab's first rows reach the
        GUI thread, GUI = from there to its first paint; the rest of the board is read behind it."""
        marks: dict[str, float] = {}
        model = widget.models[self.data.busiest_tab]
        model.modelAboutToBeReset.connect(lambda: marks.setdefault("fetched", time.perf_counter()))
        model.modelReset.connect(lambda: marks.setdefault("loaded", time.perf_counter()))
        widget.shown.connect(lambda _revision, full: full and marks.setdefault("all", time.perf_counter()))
        start = time.perf_counter()
        widget.follow(FeedBatch.everything(0))
        spin_until(lambda: "loaded" in marks, 60)
        painted = probe.wait()
        spin_until(lambda: "all" in marks, 60)
        self.f.load_only.append(ms(marks["loaded"] - marks["fetched"]))
        self.f.open_all_ms.append(ms(marks["all"] - start))
        return ms(marks["fetched"] - start), ms(painted - marks["fetched"]), ms(painted - start)

    def open_tab(self, repeats: int = 3) -> None:
        for i in range(repeats + 1):
            widget, _view, probe = self.new_widget()
            settle()
            probe.arm()
            result = self.follow_and_paint(widget, probe)
            if i == 0:
                self.f.open_cold = result
            else:
                self.f.open_warm.append(result)

    def filter_keystrokes(self) -> None:
        assert self.widget is not None
        view = self.widget.views[self.data.busiest_tab]
        self.f.filter_ms.extend(type_and_erase(self.widget.filter_box, view, self.f.filter_own_ms))

    def sort_clicks(self) -> None:
        assert self.widget is not None
        view = self.widget.views[self.data.busiest_tab]
        self.f.sort_ms.extend(click_sorts(view, [int(c) for c in SORT_COLUMNS], self.f.sort_own_ms))

    def tick(self) -> None:
        assert self.widget is not None
        probe = PaintProbe(self.widget.views[self.data.busiest_tab].viewport())
        for _ in range(5):
            probe.arm()
            start = time.perf_counter()
            self.widget.tick()
            self.f.tick_ms.append(ms(probe.wait() - start))
            pause(0.05)

    def full_refresh_stall(self) -> None:
        assert self.widget is not None
        probe = PaintProbe(self.widget.views[self.data.busiest_tab].viewport())

        def work() -> list[board_service.BoardRow]:
            current_revision(self.db)
            return board_service.open_rows(self.db)

        worst = 0.0
        for _ in range(3):
            with self.stalls.watch() as mon:
                pause(0.05)
                self.fetch_and_paint(self.widget, probe, work)
                pause(0.05)
            worst = max(worst, mon.longest)
        self.f.stall_refresh = ms(worst)

    def live(self, url: str) -> None:
        """Single changes from another process, then a burst, with the live loop of the main window."""
        assert self.widget is not None
        widget = self.widget
        model = widget.models[self.data.busiest_tab]
        probe = PaintProbe(widget.views[self.data.busiest_tab].viewport())
        watcher = ChangeWatcher(self.db)
        listening: list[bool] = []
        watcher.listening.connect(lambda: listening.append(True))
        widget.views[self.data.busiest_tab].sortByColumn(Column.TIME_LEFT, Qt.SortOrder.AscendingOrder)
        revision = current_revision(self.db)
        live = LiveBoard(self.ctx, widget, revision, watcher)
        watcher.start()
        if self.db.is_postgres:
            spin_until(lambda: bool(listening), 10)
        other = ChangeProcess(str(self.db.url.render_as_string(hide_password=False)))
        used: set[int] = set()

        def pick(count: int, *, top: bool) -> list[tuple[str, int, str | None]]:
            """OCs of the busiest tab in view (top rows) or anywhere; forward the even ones, close the rest."""
            ops: list[tuple[str, int, str | None]] = []
            positions = range(model.rowCount()) if top else random.Random(count).sample(
                range(model.rowCount()), model.rowCount())
            for pos in positions:
                row = model.row_at(pos)
                if row.number in used or row.status == "awaiting_approval":
                    continue
                used.add(row.number)
                if len(ops) % 2 == 0 and row.kind != "installation":
                    ops.append(("forward", row.number, "n1_blip_matriz"))
                else:
                    ops.append(("close", row.number, None))
                if len(ops) == count:
                    break
            return ops

        try:
            other.send(pick(1, top=False))  # warm the other process (policy, holidays, connections)
            _done, warmed, _errors = other.result()
            spin_until(lambda: not live.fetching and live.revision >= warmed, 10)
            pause(0.3)
            with self.stalls.watch() as mon:
                for _ in range(SINGLE_CHANGES):
                    op = pick(1, top=True)[0]
                    seen = len(live.applied)
                    probe.arm()
                    other.send([op])

                    def arrived(number: int = op[1], since: int = seen) -> bool:
                        return any(number in a.numbers for a in live.applied[since:])

                    spin_until(lambda: arrived() or other.pipe.poll(), 30)
                    done, _rev, errors = other.result()
                    if errors:
                        self.f.change_errors.extend(errors)
                        continue
                    spin_until(arrived, 30)
                    got = next(a for a in live.applied[seen:] if op[1] in a.numbers)
                    if got.notified is not None:
                        self.f.notify_ms.append(ms(got.notified - done[0]))
                        self.f.change_ms.append(ms(got.applied - got.notified))
                        self.f.change_fetch_ms.append(ms(got.fetched - got.notified))
                        with_paint = _maybe(probe, 0.5)
                        if with_paint is not None:
                            self.f.change_paint_ms.append(ms(with_paint - got.notified))
                    self.f.change_apply_ms.append(ms(got.applied - got.fetched))
                    pause(0.1)
            self.f.stall_single = ms(mon.longest)

            ops = pick(BURST, top=False)
            seen = len(live.applied)
            with self.stalls.watch() as mon:
                pause(0.05)
                start = time.perf_counter()
                other.send(ops)
                done, final, errors = other.result()
                self.f.change_errors.extend(errors)
                spin_until(lambda: live.revision >= final and not live.fetching, 60)
                self.f.burst_applied_ms = ms(live.applied[-1].applied - start)
                self.f.burst_commits_ms = ms(done[-1] - start)
                self.f.burst_lag_ms = ms(live.applied[-1].applied - done[-1])
                pause(0.1)
            self.f.stall_burst = ms(mon.longest)
            self.f.burst_batches = len(live.applied) - seen
        finally:
            other.stop()
            watcher.stop()

    def close(self) -> None:
        if self.widget is not None:
            self.widget.close()
        self.runner.wait_idle()
        self.runner.shutdown()


def _maybe(probe: PaintProbe, timeout_s: float) -> float | None:
    try:
        return probe.wait(timeout_s)
    except TimeoutError:
        return None


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
        painted = _maybe(probe, 0.3)
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
        if self.proxy is not None:
            self.filter_box.textChanged.disconnect(self.proxy.setFilterFixedString)
            self.proxy.deleteLater()
            assert self.model is not None
            self.model.deleteLater()
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


def open_stock_db(url: Database | str, name: str) -> tuple[QSqlDatabase | None, str]:
    """QSQLITE on a SQLite file, or QPSQL on the same database when the driver loads; (None, why) if not."""
    db = url if isinstance(url, Database) else Database(url)
    try:
        if db.is_sqlite:
            qdb = QSqlDatabase.addDatabase("QSQLITE", name)
            qdb.setDatabaseName(db.url.database or "")
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
    finally:
        if db is not url:
            db.dispose()


def stock_bench(qdb: QSqlDatabase, tab: str, figures: Figures, stalls: StallMonitor, repeats: int = 3) -> None:
    widget = StockTab()
    widget.resize(*SIZE)
    probe = PaintProbe(widget.view.viewport())
    probe.arm()
    widget.show()
    probe.wait()
    for _ in range(repeats + 1):
        settle()
        probe.arm()
        with stalls.watch() as mon:
            start = time.perf_counter()
            widget.open(qdb, tab)
            figures.stock_open.append(ms(probe.wait() - start))
        figures.stock_open_stall = max(figures.stock_open_stall, ms(mon.longest))
    assert widget.proxy is not None and widget.model is not None
    figures.stock_rows = widget.proxy.rowCount()
    figures.stock_filter_ms.extend(type_and_erase(widget.filter_box, widget.view, figures.stock_filter_own_ms))
    columns = [widget.model.fieldIndex(STOCK_SORT_FIELDS[c]) for c in SORT_COLUMNS]
    figures.stock_sort_ms.extend(click_sorts(widget.view, columns, figures.stock_sort_own_ms))
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # let go of the Qt connection's queries


# ---------------------------------------------------------------------------------------------------------------
# Report


def verdict(value: float, target: float) -> str:
    return "met" if value < target else "NOT met"


def report(name: str, data: Dataset, f: Figures) -> None:
    def med(values: list[float]) -> float:
        return statistics.median(values) if values else float("nan")

    def mx(values: list[float]) -> float:
        return max(values) if values else float("nan")

    warm_total = med([t for _, _, t in f.open_warm])
    stock_cold, stock_warm = (f.stock_open[0], med(f.stock_open[1:])) if f.stock_open else (float("nan"),) * 2
    ratio = (lambda a, b: f"{a / b:5.2f}" if b == b and b > 0 else "  n/a")  # noqa: E731 - b == b: not NaN
    lines: list[tuple[str, str, str, str, str]] = []

    def line(label: str, ours: str, stock: str = "", rat: str = "", target: str = "") -> None:
        lines.append((label, ours, stock, rat, target))

    c_fetch, c_gui, c_total = f.open_cold
    line("open tab + paint, first (cold)", f"{c_total:7.1f} ms", f"{stock_cold:7.1f} ms",
         ratio(c_total, stock_cold), f"< 150 ms  {verdict(c_total, TARGETS['paint'])}")
    line("  data fetch (front page on runner)", f"{c_fetch:7.1f} ms")
    line("  GUI work (load + first paint)", f"{c_gui:7.1f} ms")
    line("open tab + paint, warm (median of 3)", f"{warm_total:7.1f} ms", f"{stock_warm:7.1f} ms",
         ratio(warm_total, stock_warm), f"< 150 ms  {verdict(warm_total, TARGETS['paint'])}")
    line("  data fetch / GUI work (median)",
         f"{med([a for a, _, _ in f.open_warm]):5.1f} / {med([b for _, b, _ in f.open_warm]):5.1f} ms")
    line("  of which the front tab's first page (model reset)", f"{med(f.load_only):7.1f} ms")
    line("  every tab read, behind the paint (median)", f"{med(f.open_all_ms):7.1f} ms")
    line("filter keystroke, median", f"{med(f.filter_ms):7.1f} ms", f"{med(f.stock_filter_ms):7.1f} ms",
         ratio(med(f.filter_ms), med(f.stock_filter_ms)), f"< 30 ms   {verdict(med(f.filter_ms), 30)}")
    line("filter keystroke, max", f"{mx(f.filter_ms):7.1f} ms", f"{mx(f.stock_filter_ms):7.1f} ms",
         ratio(mx(f.filter_ms), mx(f.stock_filter_ms)), f"< 30 ms   {verdict(mx(f.filter_ms), 30)}")
    line("  keystroke's own work (median), rest is paint", f"{med(f.filter_own_ms):7.1f} ms",
         f"{med(f.stock_filter_own_ms):7.1f} ms", ratio(med(f.filter_own_ms), med(f.stock_filter_own_ms)))
    line("sort (header click), median", f"{med(f.sort_ms):7.1f} ms", f"{med(f.stock_sort_ms):7.1f} ms",
         ratio(med(f.sort_ms), med(f.stock_sort_ms)), f"< 50 ms   {verdict(med(f.sort_ms), 50)} (stall)")
    line("sort (header click), max", f"{mx(f.sort_ms):7.1f} ms", f"{mx(f.stock_sort_ms):7.1f} ms",
         ratio(mx(f.sort_ms), mx(f.stock_sort_ms)), f"< 50 ms   {verdict(mx(f.sort_ms), 50)} (stall)")
    line("  click's own work (median), rest is paint", f"{med(f.sort_own_ms):7.1f} ms",
         f"{med(f.stock_sort_own_ms):7.1f} ms", ratio(med(f.sort_own_ms), med(f.stock_sort_own_ms)))
    line(f"changed row: notified -> applied, median (n={len(f.change_ms)})", f"{med(f.change_ms):7.1f} ms", "",
         "", f"< 20 ms   {verdict(med(f.change_ms), TARGETS['change'])}")
    line("changed row: notified -> applied, max", f"{mx(f.change_ms):7.1f} ms", "", "",
         f"< 20 ms   {verdict(mx(f.change_ms), TARGETS['change'])}")
    line("  feed + rows_by_id on runner (median / max)",
         f"{med(f.change_fetch_ms):5.1f} / {mx(f.change_fetch_ms):5.1f} ms")
    line("  BoardWidget.apply (median / max)", f"{med(f.change_apply_ms):5.2f} / {mx(f.change_apply_ms):5.2f} ms")
    line("  notified -> repainted (median)", f"{med(f.change_paint_ms):7.1f} ms")
    line("  commit -> notification (median / max)", f"{med(f.notify_ms):5.1f} / {mx(f.notify_ms):5.1f} ms",
         "", "", "(SQLite polls every 250 ms)" if name == "SQLite" else "")
    line("longest GUI stall: full refresh", f"{f.stall_refresh:7.1f} ms", f"{f.stock_open_stall:7.1f} ms",
         ratio(f.stall_refresh, f.stock_open_stall), f"< 50 ms   {verdict(f.stall_refresh, TARGETS['stall'])}")
    line(f"longest GUI stall: burst of {BURST} changes", f"{f.stall_burst:7.1f} ms", "", "",
         f"< 50 ms   {verdict(f.stall_burst, TARGETS['stall'])}")
    line(f"  {BURST} commits took / applied in {f.burst_batches} batches by",
         f"{f.burst_commits_ms:5.0f} / {f.burst_applied_ms:5.0f} ms")
    line("  last commit -> last batch applied", f"{f.burst_lag_ms:7.1f} ms")
    line(f"longest GUI stall: {SINGLE_CHANGES} single changes", f"{f.stall_single:7.1f} ms", "", "",
         f"< 50 ms   {verdict(f.stall_single, TARGETS['stall'])}")
    line("countdown tick + repaint (median / max)", f"{med(f.tick_ms):5.1f} / {mx(f.tick_ms):5.1f} ms", "", "",
         f"< 50 ms   {verdict(mx(f.tick_ms), TARGETS['stall'])}")

    load = f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs" if hasattr(os, "getloadavg") else ""
    print()
    print(f"== {name}: {data.open_count:,} open + {data.closed_count:,} closed OCs "
          f"(generated in {data.seconds:.1f} s); busiest tab {data.busiest_tab}: {data.busiest_rows:,} rows; "
          f"stock Qt: {f.stock_note}, {f.stock_rows:,} rows{load}")
    head = ("figure", "ours", "stock Qt", "ours/stock", "target")
    widths = [max(len(r[i]) for r in [*lines, head]) for i in range(5)]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in lines:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if f.change_errors:
        print(f"   {len(f.change_errors)} changes failed in the other process, e.g. {f.change_errors[0]}")
    sys.stdout.flush()


# ---------------------------------------------------------------------------------------------------------------
# Runs


def bench(name: str, url: str, n_open: int, n_closed: int, folder: Path, stock_fallback: Callable[[], str]) -> None:
    print(f"{name}: generating {n_open:,} open + {n_closed:,} closed OCs …", flush=True)
    db = Database(url)
    data = populate(db, n_open, n_closed)
    figures = Figures()
    ours = OursBench(db, data, figures)
    try:
        ours.runner.submit(lambda: current_policy(db))  # the worker's first connection
        ours.runner.wait_idle()
        print(f"{name}: measuring …", flush=True)
        for step in (ours.open_tab, ours.tick, ours.filter_keystrokes, ours.sort_clicks, ours.full_refresh_stall):
            step()
            settle()
        if db.is_sqlite:
            qdb, note = open_stock_db(sqlite_copy_of(db, folder), f"stock-{name}")
        else:
            qdb, note = open_stock_db(db, f"stock-{name}")
            if qdb is None:
                why = note
                qdb, note = open_stock_db(stock_fallback(), f"stock-{name}-sqlite")
                note = f"{why}; used QSQLITE on a SQLite file with the same data (same seed)"
        figures.stock_note = note
        if qdb is not None:
            stock_bench(qdb, data.busiest_tab, figures, ours.stalls)
            connection = qdb.connectionName()
            qdb.close()
            del qdb
            QSqlDatabase.removeDatabase(connection)
        settle()
        ours.live(url)
    finally:
        ours.close()
        db.dispose()
    report(name, data, figures)


@contextmanager
def pg_database() -> Iterator[str | None]:
    admin_url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    name = f"pitstop_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        print(f"PostgreSQL skipped: {str(exc).splitlines()[0]}")
        yield None
        return
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--pg", action="store_true", help="PostgreSQL only (a temporary database)")
    which.add_argument("--both", action="store_true", help="SQLite, then PostgreSQL")
    parser.add_argument("--open", type=int, default=5000, help="open OCs (default 5000)")
    parser.add_argument("--closed", type=int, default=200_000, help="closed OCs (default 200000)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def sqlite_copy() -> str:  # only when the QPSQL driver cannot load: same seed, same data
            url = f"sqlite:///{folder / 'stock-same-data.db'}"
            copy = Database(url)
            populate(copy, args.open, args.closed)
            copy.dispose()
            return url

        if not args.pg:
            bench("SQLite", f"sqlite:///{folder / 'console.db'}", args.open, args.closed, folder, sqlite_copy)
        if args.pg or args.both:
            with pg_database() as url:
                if url is not None:
                    bench("PostgreSQL", url, args.open, args.closed, folder, sqlite_copy)


if __name__ == "__main__":
    main()
