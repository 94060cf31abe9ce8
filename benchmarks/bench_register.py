"""Registering a call: latency for one client and throughput for 8 concurrent clients.

Prints figures for SQLite and PostgreSQL (target on the project machine: p95 under 25 ms for one client,
no errors under concurrency). Run with `make bench` or `python benchmarks/bench_register.py [--calls N]`.
PostgreSQL comes from PITSTOP_TEST_PG_URL (default postgres@127.0.0.1:5432); it is skipped if unreachable.
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

from sqlalchemy import create_engine, make_url, text

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


def report(name: str, url: str, calls: int, calls_each: int) -> None:
    prepare(url)
    lat = sorted(single_client(url, calls))
    p95 = lat[int(0.95 * (len(lat) - 1))]
    print(f"{name:<10} one client, {calls} calls: median {statistics.median(lat):6.2f} ms   "
          f"p95 {p95:6.2f} ms   max {lat[-1]:6.2f} ms   (target p95 < 25 ms: {'met' if p95 < 25 else 'NOT met'})")
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
