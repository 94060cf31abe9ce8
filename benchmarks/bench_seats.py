"""N seats of the console on one office server, a writer at 5 calls/s: change latency, server cost, connections.

Each seat is the console a person runs (``MainWindow`` with every panel, its ``Workspace``, ``TaskRunner`` and
``views.app.seat_feed``, started as ``run_seat_window`` starts it), built offscreen and not shown, signed in as its
own person (the seat's connections ``SET ROLE`` to that person's login role on an office server whose roles and
guards are set up, docs/server-roles.md). Seats are spread over a few processes, as many on each GUI thread as
fit. Another process (the writer) works through the real services as real people (register a call, offer it,
accept it, forward it, escalate and approve it, close it), 5 calls a second.

Printed for each N (default 10, 50, 200):

- commit -> seen, p50/p95/max over every (change, seat): from the moment the writer's service call returned
  (committed) to the moment that seat's board emitted ``shown`` for that change's revision (its model holds the
  change); changes a seat never showed are counted;
- server CPU per change (utime+stime of the PostgreSQL server processes, from /proc/<pid>/stat, during the
  writer's run, minus the same server's idle rate measured just before) and per change per seat;
- PostgreSQL connections per seat (pg_stat_activity, by application_name);
- where the time goes: CPU of the seat processes, of the writer and of the server per second of the run, next
  to the machine's cores; when the seats' processes are near one core each, p95 is Python's, not the server's.

The server: by default a private PostgreSQL cluster made for the run (initdb as the ``postgres`` OS user, a free
port, ``max_connections`` sized for the seats, every other setting PostgreSQL's default; deleted afterwards), so
200 seats do not take the shared server's connections from everyone else and its CPU is the seats' alone. With
``--server-url URL`` a temporary database on an existing server instead (its idle background work and other
databases then share the CPU figure; seats that do not fit its max_connections are refused and reported).

    .venv/bin/python benchmarks/bench_seats.py [--seats 10,50,200] [--open 5000 --closed 200000]
        [--seconds 60] [--rate 5] [--procs 4] [--quiet-seconds 600] [--catch-up-seconds 300]
        [--server-url URL] [--no-roles]

Figures only, never assertions.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from office_data import Office, drop_office_roles, init_office_roles, pg_database, populate
from office_writer import first_seen, with_app, writer_process
from pg_server import (
    Server,
    ServerCpu,
    connections,
    cpu_seconds,
    existing_server,
    private_server,
    reset_statements,
    statement_totals,
    top_statements,
)
from qt_probes import task_table, time_tasks

from pitstop_desktop.db import Database

SEAT_APP = "pitstop-bench-seat"


def ms(seconds: float) -> float:
    return seconds * 1000


# ---------------------------------------------------------------------------------------------------------------
# The seats' processes


def _seat_process(url: str, prefix: str | None, logins: list[str], pipe: Any) -> None:
    """Build one console per login on this process's GUI thread, run them until told to stop, then report."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pitstop_desktop.services import people
    from pitstop_desktop.views.app import build_context, seat_feed
    from pitstop_desktop.views.main_window import MainWindow
    from pitstop_desktop.views.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    admin = Database(url)
    staff = {s.login: s for s in people.list_staff(admin)}
    admin.dispose()
    seat_url = with_app(url, SEAT_APP)
    seats: list[tuple[Database, TaskRunner, MainWindow]] = []
    shown: list[list[tuple[float, int]]] = [[] for _ in logins]
    fed: list[list[tuple[float, int]]] = [[] for _ in logins]
    spent: list[dict[str, list[float]]] = []  # per seat: its worker's tasks
    started = time.perf_counter()
    contexts = []
    for login in logins:  # every seat signed in (its policy read) before any window starts loading
        db = Database(seat_url, role=f"{prefix}{login}" if prefix else None, seat=True)  # as a window opens it
        runner = TaskRunner()
        spent.append(time_tasks(runner))
        contexts.append((db, runner, build_context(db, runner, staff[login])))
    for i, (db, runner, ctx) in enumerate(contexts):
        feed = seat_feed(db, runner)  # as run_seat_window makes it
        feed.changed.connect(lambda batch, log=fed[i]: log.append((time.perf_counter(), batch.revision)))
        window = MainWindow(ctx, feed, remember_layout=False, notifications=False)
        window.board.shown.connect(lambda revision, _full, log=shown[i]: log.append((time.perf_counter(), revision)))
        window.start()
        seats.append((db, runner, window))

    def ready() -> bool:
        return all(shown)

    state: dict[str, Any] = {"stop": False, "target": None, "until": 0.0}

    def poll() -> None:
        """("quiet", seconds): answer once every seat's worker is idle (or after ``seconds``), with how long that
        took; ("stop", revision, seconds): quit once every seat showed ``revision``, or after ``seconds``."""
        if state["target"] is None and state.get("quiet") is None and pipe.poll():
            message = pipe.recv()
            if message[0] == "quiet":
                state["quiet"], state["asked"] = time.perf_counter() + message[1], time.perf_counter()
            else:
                _tag, state["target"], seconds = message
                state["until"] = time.perf_counter() + seconds
        if state.get("quiet") is not None and (time.perf_counter() > state["quiet"] or all(
                runner.idle for _db, runner, _w in seats)):
            pipe.send(("quiet", time.perf_counter() - state["asked"], all(r.idle for _d, r, _w in seats)))
            state["quiet"] = None
        if state["target"] is not None and (time.perf_counter() > state["until"] or all(
                log and log[-1][1] >= state["target"] for log in shown)):
            state["stop"] = True
            app.quit()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    deadline = time.perf_counter() + 900
    while not ready() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    pipe.send(("ready", time.perf_counter() - started, sum(1 for s in shown if s)))
    for seat_tasks in spent:  # from here on: the run
        seat_tasks.clear()
    counted_from = time.perf_counter()
    if not state["stop"]:
        app.exec()
    stopped = time.perf_counter()
    expected: dict[int, str | None] = pipe.recv()  # number -> tab it is open in (None: closed)
    wrong = 0
    for _db, _runner, window in seats:
        for number, tab in expected.items():
            where = [code for code, model in window.board.models.items() if model.contains(number)]
            if where != ([tab] if tab else []):
                wrong += 1
    rss = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    tasks: dict[str, list[float]] = {}
    for seat_tasks in spent:
        for name, times in seat_tasks.items():
            tasks.setdefault(name, []).extend(times)
    for _db, _runner, window in seats:  # no new reads from here on
        window.feed.stop()
        window.ticker.stop()
        window.presence.stop_pulse()
    pipe.send(("done", shown, fed, wrong, rss, tasks, stopped - counted_from))
    for db, runner, _window in seats:
        runner.wait_idle(10_000)
        runner.shutdown()
        db.dispose()


# ---------------------------------------------------------------------------------------------------------------
# One round: N seats


@dataclass
class Round:
    seats: int
    procs: int
    startup_s: float = 0.0
    commits: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    missed: int = 0
    wrong: int = 0
    call_ms: list[float] = field(default_factory=list)
    by_action: dict[str, list[float]] = field(default_factory=dict)
    run_s: float = 0.0
    idle_s: float = 0.0
    server_idle: float = 0.0
    server_run: float = 0.0
    seat_cpu_run: float = 0.0
    seat_cpu_idle: float = 0.0
    writer_cpu: float = 0.0
    conns: dict[str, list[int]] = field(default_factory=dict)  # group -> backend pids
    server_seats: float = 0.0  # CPU of the backends serving the seats' connections, during the run
    server_writer: float = 0.0
    feed_ms: list[float] = field(default_factory=list)  # commit -> the seat's LiveFeed emitted the batch
    tasks: dict[str, list[float]] = field(default_factory=dict)  # every seat's worker tasks, from ready to the end
    tasks_s: float = 0.0
    quiet_s: float = 0.0  # after the writer's warm-up: until every seat's worker was idle
    quiet: bool = True
    rss_mb: float = 0.0
    load: float = 0.0
    roles: dict[str, int] = field(default_factory=dict)
    statements: list[tuple[float, float, int, str]] = field(default_factory=list)  # planning, executing ms, calls
    statement_totals: tuple[float, int] | None = None  # every statement's server ms and calls (seats and writer)


def pick_people(office: Office, n: int) -> list[str]:
    """One person per seat, the roles in the office's proportions (each role's people spread evenly over the list,
    so the first N are a fair sample), management first on ties."""
    order = ("supervisor", "manager", "apoio", "attendant", "technician")
    everyone = sorted(((i / len(office.logins[role]), order.index(role), login)
                       for role in order for i, login in enumerate(office.logins.get(role, []))))
    logins = [login for _share, _rank, login in everyone]
    return [logins[i % len(logins)] for i in range(n)]


def run_round(server: Server, url: str, office: Office, n: int, args: argparse.Namespace) -> Round:
    ctx = mp.get_context("spawn")
    procs = max(1, min(args.procs, n))
    people = pick_people(office, n)
    role_of = {login: role for role, logins in office.logins.items() for login in logins}
    result = Round(n, procs)
    for login in people:
        result.roles[role_of[login]] = result.roles.get(role_of[login], 0) + 1
    pipes, children = [], []
    began = time.perf_counter()
    for p in range(procs):
        mine, theirs = ctx.Pipe()
        child = ctx.Process(target=_seat_process, args=(url, office.roles_prefix, people[p::procs], theirs),
                            daemon=True)
        child.start()
        pipes.append(mine)
        children.append(child)
    ready_seats = 0
    for pipe in pipes:
        if not pipe.poll(1200):
            raise TimeoutError("a seat process did not get ready in 20 minutes")
        _tag, _secs, count = pipe.recv()
        ready_seats += count
    result.startup_s = time.perf_counter() - began
    if ready_seats < n:
        print(f"   only {ready_seats} of {n} seats showed their board before the deadline")
    server_cpu = ServerCpu(server.postmaster)
    seat_pids = [c.pid for c in children if c.pid is not None]

    writer_end, writer_pipe = ctx.Pipe()
    writer = ctx.Process(target=writer_process, args=(url, office.roles_prefix, office, args.seconds, args.rate,
                                                       writer_pipe), daemon=True)
    writer.start()
    if not writer_end.poll(300):
        raise TimeoutError("the writer did not warm up")
    writer_end.recv()
    time.sleep(2)  # the warm-up's changes reach every seat, then every seat's worker goes idle (or 10 minutes pass)
    quiet_s, quiet = 0.0, True
    for pipe in pipes:
        pipe.send(("quiet", args.quiet_seconds))
    for pipe in pipes:
        if not pipe.poll(args.quiet_seconds + 120):
            raise TimeoutError("a seat process did not answer")
        _tag, took, idle = pipe.recv()
        quiet_s, quiet = max(quiet_s, took), quiet and idle
    result.quiet_s, result.quiet = quiet_s, quiet
    # idle baseline: the seats ticking, pulsing and the server idle, as long as the run (at most 20 s)
    result.conns = connections(url, {"seats": seat_pids, "writer": [writer.pid or 0]})
    result.idle_s = min(args.seconds, 20.0)
    s0, c0 = server_cpu.snapshot(), sum(cpu_seconds(pid) for pid in seat_pids)
    time.sleep(result.idle_s)
    s1, c1 = server_cpu.snapshot(), sum(cpu_seconds(pid) for pid in seat_pids)
    result.server_idle = ServerCpu.between(s0, s1)
    result.seat_cpu_idle = c1 - c0
    w0 = cpu_seconds(writer.pid or 0)
    counting = reset_statements(url)
    writer_end.send("go")
    load0 = os.getloadavg()[0]
    if not writer_end.poll(args.seconds * 10 + 120):
        raise TimeoutError("the writer did not finish")
    w1 = cpu_seconds(writer.pid or 0)
    commits, errors, call_latencies, elapsed, final = writer_end.recv()
    s2, c2 = server_cpu.snapshot(), sum(cpu_seconds(pid) for pid in seat_pids)
    after = connections(url, {"seats": seat_pids, "writer": [writer.pid or 0]})  # and those opened meanwhile
    result.statements = top_statements(url) if counting else []
    result.statement_totals = statement_totals(url) if counting else None
    backends = {group: sorted(set(pids) | set(after.get(group, []))) for group, pids in result.conns.items()}
    writer_end.send("bye")
    result.run_s = elapsed
    result.server_run = ServerCpu.between(s1, s2)
    result.server_seats = ServerCpu.of(backends["seats"], s1, s2)
    result.server_writer = ServerCpu.of(backends["writer"], s1, s2)
    result.seat_cpu_run = c2 - c1
    result.writer_cpu = w1 - w0
    result.load = max(load0, os.getloadavg()[0])
    result.commits = len(commits)
    result.errors = errors
    result.call_ms = [ms(x) for _a, x in call_latencies]
    for action, x in call_latencies:
        result.by_action.setdefault(action, []).append(ms(x))
    writer.join(30)
    last = max((revision for _at, revision in commits), default=0)
    for pipe in pipes:  # every seat shows the last change (or --catch-up-seconds pass), then reports
        pipe.send(("stop", last, args.catch_up_seconds))
    rss = 0
    for pipe in pipes:
        pipe.send(final)
        if not pipe.poll(args.catch_up_seconds + 600):
            raise TimeoutError("a seat process did not report")
        _tag, shown, fed, wrong, proc_rss, tasks, counted_s = pipe.recv()
        result.tasks_s = max(result.tasks_s, counted_s)
        for name, times in tasks.items():
            result.tasks.setdefault(name, []).extend(times)
        rss += proc_rss
        result.wrong += wrong
        for log in shown:
            for at, seen in first_seen(log, commits):
                if seen is None:
                    result.missed += 1
                else:
                    result.latencies_ms.append(ms(seen - at))
        for log in fed:
            result.feed_ms.extend(ms(seen - at) for at, seen in first_seen(log, commits) if seen is not None)
    result.rss_mb = rss / 2**20
    for child in children:  # their reads in flight end before the database goes
        child.join(300)
        if child.is_alive():
            child.terminate()
    return result


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(r: Round, server: Server) -> None:
    seat_conns = len(r.conns.get("seats", []))
    net = max(0.0, r.server_run - r.server_idle * r.run_s / r.idle_s) if r.idle_s else r.server_run
    per_change = ms(net / r.commits) if r.commits else float("nan")
    raw = ms(r.server_run / r.commits) if r.commits else float("nan")
    cores = os.cpu_count() or 1
    roles = ", ".join(f"{n} {role}" for role, n in sorted(r.roles.items()))
    print()
    print(f"== {r.seats} seats in {r.procs} processes ({roles}); all boards shown in {r.startup_s:.0f} s; "
          f"every worker idle {r.quiet_s:.0f} s after the writer's warm-up; seat processes hold {r.rss_mb:,.0f} MB")
    print(f"   writer: {r.commits} changes in {r.run_s:.1f} s ({r.commits / r.run_s:.1f}/s), "
          f"service call p50/p95 {pct(r.call_ms, .5):.1f}/{pct(r.call_ms, .95):.1f} ms, {len(r.errors)} failed"
          + (f" (e.g. {r.errors[0]})" if r.errors else ""))
    print("   service call p50 by action: " + ", ".join(
        f"{a} {pct(v, .5):.0f} ms" for a, v in sorted(r.by_action.items())))
    lat = r.latencies_ms
    print(f"   commit -> seen on the board (n={len(lat):,} change x seat): p50 {pct(lat, .5):7.1f} ms   "
          f"p95 {pct(lat, .95):7.1f} ms   max {max(lat) if lat else float('nan'):7.1f} ms   "
          f"never seen {r.missed}   target at 200 seats: p95 < 1000 ms")
    print(f"   of which commit -> the seat's LiveFeed batch: p50 {pct(r.feed_ms, .5):7.1f} ms   "
          f"p95 {pct(r.feed_ms, .95):7.1f} ms (the rest is the board's own read on the seat's worker, and the queue)")
    print(f"   boards that disagree with the database at the end (seat x changed OC): {r.wrong}")
    print(f"   server CPU, all its processes: {ms(r.server_run):,.0f} ms in the run = {raw:,.2f} ms per change, "
          f"{raw / r.seats:,.3f} per change per seat; less the idle rate ({ms(r.server_idle) / r.idle_s:,.0f} ms/s, "
          f"measured with every seat's worker idle{'' if r.quiet else ' — NOT reached: seats still busy'}): "
          f"{per_change:,.2f} ms per change, {per_change / r.seats:,.3f} per change per seat")
    if r.commits:
        print(f"   server CPU of the backends serving the seats: {ms(r.server_seats):,.0f} ms -> "
              f"{ms(r.server_seats / r.commits / r.seats):,.3f} ms per change per seat (target < 2 ms); serving the "
              f"writer: {ms(r.server_writer / r.commits):,.2f} ms per change")
    print(f"   connections: {seat_conns} seat connections = {seat_conns / r.seats:.2f} per seat "
          f"(the writer's {len(r.conns.get('writer', []))}, others {len(r.conns.get('others', []))}); "
          f"server max_connections {server.settings.get('max_connections')}")
    busy = r.seat_cpu_run / r.run_s
    print(f"   where the time goes, CPU seconds per second of the run ({cores} cores, load average {r.load:.1f}): "
          f"seat processes {busy:.2f} ({busy / r.procs:.2f} per process; idle {r.seat_cpu_idle / r.idle_s:.2f}), "
          f"server {r.server_run / r.run_s:.2f}, writer {r.writer_cpu / r.run_s:.2f}")
    per_change_py = ms(r.seat_cpu_run / r.commits / r.seats) if r.commits else float("nan")
    seats_share, server_share = busy / cores, r.server_run / r.run_s / cores
    if r.load > 1.5 * cores:
        bound = f"the machine (load average {r.load:.1f} on {cores} cores: every figure includes waiting for a CPU)"
    elif busy / r.procs > 0.7 or seats_share > 0.8:
        bound = f"Python: the seats' GUI threads ({seats_share:.0%} of the machine, the server {server_share:.0%})"
    elif server_share > 0.7:
        bound = f"the server ({server_share:.0%} of the machine, the seats {seats_share:.0%})"
    else:
        bound = "neither saturated (the latency is the path's own: reads queued on each seat's one worker)"
    print(f"   seat-side Python per change per seat: {per_change_py:.2f} ms; bounded by: {bound}")
    wall = r.tasks_s * r.seats
    print(f"   the seats' workers from all boards shown to the end ({r.tasks_s:.0f} s: idle baseline, run, catching "
          f"up), by task (share of {r.seats} workers' time):")
    for row in task_table(r.tasks, wall, per=r.seats):
        print(f"     {row}")
    if r.statement_totals and r.commits:
        total_ms, calls = r.statement_totals
        print(f"   every statement (pg_stat_statements, BEGIN and COMMIT included; seats and writer): {calls:,} calls "
              f"= "
              f"{calls / r.commits:.1f} per change, {calls / r.commits / r.seats:.2f} per change per seat; "
              f"{total_ms / r.commits / r.seats:.3f} ms of the server's planning + execution per change per seat")
    if r.statements and r.commits:
        print("   the server's time by statement during the run (pg_stat_statements, every connection — seats and "
              "writer; ms per change per seat, planning + executing; each call's planning / executing):")
        for plan, run, calls, query in r.statements:
            print(f"     {(plan + run) / r.commits / r.seats:7.3f}  {calls:6d} calls  {plan / calls:5.2f} / "
                  f"{run / calls:5.2f} ms  {_gist(query)}")
    sys.stdout.flush()


def _gist(query: str) -> str:
    """A statement's first words and those of its first WHERE: several reads start with the same columns."""
    head, _, where = query.partition(" WHERE ")
    return f"{head[:60]} … WHERE {where[:70]}" if where else head[:130]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seats", default="10,50,200", help="comma-separated seat counts (default 10,50,200)")
    parser.add_argument("--open", type=int, default=5000, help="open OCs (default 5000)")
    parser.add_argument("--closed", type=int, default=200_000, help="closed OCs (default 200000)")
    parser.add_argument("--seconds", type=float, default=60, help="the writer's run per round (default 60)")
    parser.add_argument("--rate", type=float, default=5, help="writer calls a second (default 5)")
    parser.add_argument("--procs", type=int, default=4, help="seat processes (default 4)")
    parser.add_argument("--quiet-seconds", type=float, default=600,
                        help="at most this long for every seat's worker to go idle before the idle baseline")
    parser.add_argument("--catch-up-seconds", type=float, default=300,
                        help="after the writer: at most this long for every seat to show the last change")
    parser.add_argument("--server-url", help="an existing PostgreSQL server instead of a private cluster")
    parser.add_argument("--no-roles", action="store_true", help="connect as the server's superuser, no guards")
    args = parser.parse_args()
    counts = [int(x) for x in args.seats.split(",")]
    staff = max(100, max(counts) + 10)
    conns_needed = 2 * max(counts) + 40

    @contextmanager
    def server() -> Iterator[Server]:
        if args.server_url:
            yield existing_server(args.server_url)
        else:
            with private_server(conns_needed) as made:
                yield made

    with server() as srv, pg_database(srv.url) as url:
        if url is None:
            return
        print(f"server: {'private cluster' if srv.private else srv.url}; "
              + ", ".join(f"{k}={v}" for k, v in srv.settings.items()), flush=True)
        print(f"generating {args.open:,} open + {args.closed:,} closed OCs, {staff} people …", flush=True)
        db = Database(url)
        office = populate(db, args.open, args.closed, staff_count=staff)
        prefix = None if args.no_roles else init_office_roles(db, office)
        db.dispose()
        print(f"   {office.summary()}" + (f"; login roles {prefix}*" if prefix else "; no roles (superuser)"))
        try:
            for n in counts:
                print(f"\n{n} seats: starting …", flush=True)
                try:
                    report(run_round(srv, url, office, n, args), srv)
                except (TimeoutError, EOFError, OSError) as exc:
                    print(f"   {n} seats: the round did not complete ({type(exc).__name__}: {exc}); a seat process "
                          f"died or stalled (its own output above says why)", flush=True)
                    for child in mp.active_children():
                        child.terminate()
        finally:
            if prefix:
                drop_office_roles(url, prefix)


if __name__ == "__main__":
    main()
