"""The PostgreSQL server the seat benchmarks run on, and what they read from it: a private cluster made for the run
(or an existing server), the CPU of its processes from /proc, and which client process holds which connection."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

PG_BIN = os.environ.get("PITSTOP_PG_BIN", "/usr/lib/postgresql/15/bin")
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


# ---------------------------------------------------------------------------------------------------------------
# CPU from /proc


def cpu_seconds(pid: int) -> float:
    """utime + stime of one process (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK  # fields 14 and 15 of stat, counted after "comm)"


def children_of(parent: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == parent:
                out.append(int(entry.name))
    return out


class ServerCpu:
    """CPU of the server's processes: every process of a private cluster, or the postmaster's children."""

    def __init__(self, postmaster: int) -> None:
        self.postmaster = postmaster
        self._seen: dict[int, float] = {}

    def snapshot(self) -> dict[int, float]:
        pids = [self.postmaster, *children_of(self.postmaster)]
        return {pid: cpu_seconds(pid) for pid in pids}

    @staticmethod
    def between(before: dict[int, float], after: dict[int, float]) -> float:
        """CPU used from ``before`` to ``after``; processes born meanwhile count from zero (those that ended
        meanwhile are lost: a small under-count, said in the report)."""
        return sum(value - before.get(pid, 0.0) for pid, value in after.items())

    @staticmethod
    def of(pids: list[int], before: dict[int, float], after: dict[int, float]) -> float:
        """CPU of these processes from ``before`` to ``after`` (one that ended meanwhile is left out)."""
        return sum(after[pid] - before.get(pid, 0.0) for pid in pids if pid in after)


# ---------------------------------------------------------------------------------------------------------------
# The server


@dataclass
class Server:
    url: str  # the maintenance database's URL
    postmaster: int
    private: bool
    settings: dict[str, str] = field(default_factory=dict)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def private_server(max_connections: int) -> Iterator[Server]:
    """A PostgreSQL cluster of our own, run by the ``postgres`` OS user, deleted afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="pitstop-bench-pg-"))
    data = folder / "data"
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = _free_port()
    started = False
    try:
        subprocess.run([*as_postgres, f"{PG_BIN}/initdb", "-D", str(data), "-A", "trust", "-U", "postgres",
                        "--no-sync"], check=True, stdout=subprocess.DEVNULL)
        # pg_stat_statements: which statements the server's time goes to (bench_seats prints the top ones)
        options = f"-p {port} -c listen_addresses=127.0.0.1 -c max_connections={max_connections} " \
                  f"-c unix_socket_directories={folder} -c shared_preload_libraries=pg_stat_statements " \
                  f"-c pg_stat_statements.track_planning=on"
        subprocess.run([*as_postgres, f"{PG_BIN}/pg_ctl", "-D", str(data), "-o", options, "-l",
                        str(folder / "log"), "-w", "start"], check=True, stdout=subprocess.DEVNULL)
        started = True
        postmaster = int((data / "postmaster.pid").read_text().split()[0])
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        yield Server(url, postmaster, True, _settings(url))
    finally:
        if started:
            subprocess.run([*as_postgres, f"{PG_BIN}/pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop"],
                           check=False, stdout=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)


def existing_server(url: str) -> Server:
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            directory = conn.execute(text("SHOW data_directory")).scalar_one()
    finally:
        engine.dispose()
    postmaster = int((Path(directory) / "postmaster.pid").read_text().split()[0])
    return Server(url, postmaster, False, _settings(url))


def _settings(url: str) -> dict[str, str]:
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            names = ("server_version", "max_connections", "superuser_reserved_connections", "shared_buffers",
                     "work_mem", "effective_cache_size", "max_worker_processes", "synchronous_commit", "fsync")
            return {n: str(conn.execute(text(f"SHOW {n}")).scalar_one()) for n in names}
    finally:
        engine.dispose()


def tcp_ports_of(pids: list[int]) -> set[int]:
    """The local TCP ports of the sockets these processes hold (their connections to the server)."""
    inodes: set[str] = set()
    for pid in pids:
        try:
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    ports: set[int] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            if len(parts) > 9 and parts[9] in inodes:
                ports.add(int(parts[1].rsplit(":", 1)[1], 16))
    return ports


def connections(url: str, groups: dict[str, list[int]]) -> dict[str, list[int]]:
    """The server processes (backend pids) serving our database's client connections, per group of client
    processes (matched by the client ports they hold); ``others`` for connections of nobody in ``groups``."""
    ports = {name: tcp_ports_of(pids) for name, pids in groups.items()}
    engine = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT pid, client_port FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND backend_type = 'client backend' AND pid <> pg_backend_pid()")).all()
    finally:
        engine.dispose()
    out: dict[str, list[int]] = {name: [] for name in [*groups, "others"]}
    for pid, port in rows:
        owner = next((name for name, held in ports.items() if port in held), "others")
        out[owner].append(int(pid))
    return out


def reset_statements(url: str) -> bool:
    """Start counting statements from now (pg_stat_statements, preloaded by :func:`private_server`); False when the
    server does not have it."""
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))
            conn.execute(text("SELECT pg_stat_statements_reset()"))
        return True
    except Exception:
        return False
    finally:
        engine.dispose()


def top_statements(url: str, limit: int = 20) -> list[tuple[float, float, int, str]]:
    """(milliseconds planning, milliseconds executing, calls, the statement) since :func:`reset_statements`,
    the costliest first; one line per statement, summed over the roles that ran it (pg_stat_statements keeps one
    entry per role, and every seat is its person's role) and over the lengths of its ``IN (…)`` lists (one entry
    per length: ``$1, $2, $3`` is read as ``$n``)."""
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT sum(total_plan_time), sum(total_exec_time), sum(calls), "
                "regexp_replace(regexp_replace(query, '\\s+', ' ', 'g'), '\\$[0-9]+(, \\$[0-9]+)*', '$n', 'g') "
                "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "GROUP BY 4 ORDER BY sum(total_plan_time + total_exec_time) DESC LIMIT :n"), {"n": limit}).all()
        return [(float(plan), float(run), int(calls), str(query)) for plan, run, calls, query in rows]
    except Exception:
        return []
    finally:
        engine.dispose()


def statement_totals(url: str) -> tuple[float, int] | None:
    """(milliseconds of planning + execution, calls) of every statement since :func:`reset_statements`, BEGIN and
    COMMIT included (pg_stat_statements tracks them as utility statements); None without pg_stat_statements."""
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            ms, calls = conn.execute(text(
                "SELECT coalesce(sum(total_plan_time + total_exec_time), 0), coalesce(sum(calls), 0) "
                "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND query NOT LIKE '%pg_stat_statements%'")).one()
        return float(ms), int(calls)
    except Exception:
        return None
    finally:
        engine.dispose()
