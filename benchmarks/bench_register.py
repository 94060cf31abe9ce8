"""Registering a call: round trips, latency for one client and throughput for 8 concurrent clients.

Prints figures for SQLite and PostgreSQL beside issue 10's targets: at most 6 round trips to the server and p95
under 10 ms for one client on local PostgreSQL (no errors under concurrency). Round trips are counted on the
wire with libpq's trace (every ``Query`` or ``Sync`` the client sends: the pool's pre-ping, BEGIN, each
statement, COMMIT; tests/services/test_register_round_trips.py says why); on SQLite, statements + COMMIT.
Run with `make bench` or `python benchmarks/bench_register.py [--calls N]`. PostgreSQL comes from
PITSTOP_TEST_PG_URL (default postgres@127.0.0.1:5432); it is skipped if unreachable.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, make_url, text

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.services import occurrences, people

PG_URL = os.environ.get("PITSTOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
PROCESSES = 8
AT = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)  # a Tuesday, 10:00 in São Paulo


def prepare(url: str) -> None:
    db = Database(url)
    upgrade(db)
    people.add_staff(db, login="bench", name="Bench Atendente", role="attendant", tabs=["n1_rapida"])
    for i in range(50):
        people.add_client(db, code=f"B{i:03d}", name=f"Cliente Benchmark {i}", phone=f"71999{i:05d}")
    db.dispose()


def register(db: Database, i: int) -> None:
    occurrences.register_call(db, actor="bench", client=f"B{i % 50:03d}", channel="phone",
                              summary=f"Benchmark call {i}", sla="4H", at=AT)


def round_trips(url: str) -> int:
    """Round trips of one call (after a warm-up), counted as the module docstring says."""
    db = Database(url)
    statements = [0]
    fd, path = tempfile.mkstemp(suffix=".pqtrace")
    try:
        @event.listens_for(db.engine, "before_cursor_execute")
        def _statement(*_: Any) -> None:
            statements[0] += 1

        @event.listens_for(db.engine, "commit")
        def _commit(*_: Any) -> None:
            statements[0] += 1

        @event.listens_for(db.engine, "connect")
        def _trace(dbapi_connection: Any, _record: Any) -> None:
            if db.is_postgres:
                dbapi_connection.pgconn.trace(fd)
                dbapi_connection.pgconn.set_trace_flags(1)  # no timestamps

        for i in range(10):
            register(db, i)
        start, statements[0] = os.lseek(fd, 0, os.SEEK_END), 0
        register(db, 10)
        if db.is_sqlite:
            return statements[0]
        os.fsync(fd)
        with open(path, encoding="utf-8", errors="replace") as trace:
            lines = trace.read()[start:].splitlines()
        return sum(1 for line in lines if line.split("\t")[0] == "F" and line.split("\t")[2] in ("Query", "Sync"))
    finally:
        db.dispose()
        os.close(fd)
        os.unlink(path)


def single_client(url: str, calls: int) -> list[float]:
    db = Database(url)
    for i in range(20):  # warm up connections, caches and the holiday table
        register(db, i)
    latencies = []
    for i in range(calls):
        start = time.perf_counter()
        register(db, i)
        latencies.append((time.perf_counter() - start) * 1000)
    db.dispose()
    return latencies


def _worker(url: str, calls: int, barrier: mp.synchronize.Barrier, out: mp.Queue) -> None:
    db = Database(url)
    register(db, 0)  # connect before the clock starts
    errors = 0
    barrier.wait()
    start = time.perf_counter()
    for i in range(calls):
        try:
            register(db, i)
        except Exception:
            errors += 1
    out.put((time.perf_counter() - start, errors))
    db.dispose()


def concurrent_clients(url: str, calls_each: int) -> tuple[float, int, float]:
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(PROCESSES + 1), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(url, calls_each, barrier, out)) for _ in range(PROCESSES)]
    for p in procs:
        p.start()
    barrier.wait()
    start = time.perf_counter()
    results = [out.get(timeout=300) for _ in procs]
    wall = time.perf_counter() - start
    for p in procs:
        p.join()
    errors = sum(e for _, e in results)
    return PROCESSES * calls_each / wall, errors, wall


TARGET_TRIPS = 6  # issue 10, on PostgreSQL
TARGET_P95_MS = 10.0  # issue 10, one client on local PostgreSQL


def report(name: str, url: str, calls: int, calls_each: int) -> None:
    prepare(url)
    trips = round_trips(url)
    what = "round trips" if name == "PostgreSQL" else "statements (+COMMIT)"
    judged = f"{'met' if trips <= TARGET_TRIPS else 'NOT met'}" if name == "PostgreSQL" else "judged there only"
    print(f"{name:<10} one call: {trips} {what}   (target ≤ {TARGET_TRIPS} on PostgreSQL: {judged})")
    lat = sorted(single_client(url, calls))
    p95 = lat[int(0.95 * (len(lat) - 1))]
    print(f"{name:<10} one client, {calls} calls: p50 {statistics.median(lat):6.2f} ms   "
          f"p95 {p95:6.2f} ms   max {lat[-1]:6.2f} ms   (target p95 < {TARGET_P95_MS:.0f} ms on PostgreSQL: "
          f"{('met' if p95 < TARGET_P95_MS else 'NOT met') if name == 'PostgreSQL' else 'judged there only'})")
    throughput, errors, wall = concurrent_clients(url, calls_each)
    print(f"{name:<10} {PROCESSES} clients x {calls_each} calls: {throughput:7.1f} calls/s in {wall:5.2f} s, "
          f"errors: {errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300, help="calls for the one-client latency run")
    parser.add_argument("--calls-each", type=int, default=100, help="calls per process in the concurrent run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report("SQLite", f"sqlite:///{Path(tmp) / 'bench.db'}", args.calls, args.calls_each)
    admin_url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        name = f"pitstop_bench_{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        print(f"PostgreSQL skipped: {str(exc).splitlines()[0]}")
        return
    try:
        report("PostgreSQL", admin_url.set(database=name).render_as_string(hide_password=False), args.calls,
               args.calls_each)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
