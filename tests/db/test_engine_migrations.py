"""The database layer: URL resolution, SQLite settings and refusals, migrations on both backends."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from pitstop_desktop.db import Database, default_database_url, resolve_database_url
from pitstop_desktop.db.migrate import ensure_current, head_schema_version, is_current, schema_version, upgrade
from pitstop_desktop.domain.errors import BadValue, DatabaseUnavailable
from pitstop_desktop.services.unit_of_work import open_database
from tests.conftest import Templates, fresh_database_url, postgresql_database

EXPECTED_TABLES = {
    "staff", "staff_tabs", "tabs", "clients", "roster", "presence_events", "occurrences", "offers",
    "escalations", "apoio_items", "bookings", "sla_classes", "business_calendar", "calendar_exceptions",
    "audit_events", "change_feed", "counters",
}


def test_url_order_cli_then_environment_then_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PITSTOP_DATABASE_URL", "sqlite:///from-env.db")
    assert resolve_database_url("sqlite:///from-cli.db") == "sqlite:///from-cli.db"
    assert resolve_database_url(None) == "sqlite:///from-env.db"
    monkeypatch.delenv("PITSTOP_DATABASE_URL")
    assert resolve_database_url(None) == default_database_url()
    assert default_database_url().startswith("sqlite:///") and default_database_url().endswith("pitstop.db")


@pytest.mark.parametrize("url", ["mysql://root@localhost/x", "not a url at all"])
def test_unsupported_or_malformed_url_is_a_bad_value(url: str) -> None:
    with pytest.raises(BadValue):
        Database(url)


def test_sqlite_on_a_network_share_is_refused() -> None:
    with pytest.raises(BadValue, match="rede"):
        Database("sqlite://///server/share/pitstop.db")  # the path is the UNC-style //server/share/…


def test_postgres_url_without_driver_uses_psycopg() -> None:
    db = Database("postgresql://postgres@127.0.0.1:1/none")
    assert db.url.drivername == "postgresql+psycopg"
    with pytest.raises(DatabaseUnavailable, match="não foi possível abrir"):
        schema_version(db)


def test_sqlite_runs_in_wal_with_busy_timeout_and_foreign_keys(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    with db.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.dispose()


def test_sqlite_writes_take_the_lock_at_begin(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer waits for the first instead of failing half-way."""
    path = tmp_path / "x.db"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    order: list[str] = []

    def second_writer() -> None:
        with db.write() as session:
            session.execute(text("SELECT 1"))  # even a read takes the write lock in a write transaction
            order.append("second got the lock")
            session.execute(text("UPDATE counters SET value = value + 1 WHERE name = 'revision'"))

    with db.write() as session:
        session.execute(text("UPDATE counters SET value = value + 1 WHERE name = 'revision'"))
        thread = threading.Thread(target=second_writer)
        thread.start()
        time.sleep(0.3)
        order.append("first commits")
    thread.join(5)
    assert order == ["first commits", "second got the lock"]
    with db.read() as session:
        assert session.execute(text("SELECT value FROM counters WHERE name='revision'")).scalar() == 2
    db.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_upgrade_creates_every_table_and_the_defaults(backend: str, db_templates: Templates, tmp_path: Path) -> None:
    for url in fresh_database_url(db_templates.get(backend), tmp_path):
        db = Database(url)
        assert is_current(db)
        assert schema_version(db) == head_schema_version()
        assert set(inspect(db.engine).get_table_names()) >= EXPECTED_TABLES
        with db.read() as session:
            tabs = session.execute(text("SELECT code FROM tabs ORDER BY position")).scalars().all()
            sla = session.execute(text("SELECT code, target_minutes, clock FROM sla_classes ORDER BY position")).all()
        assert tabs == ["n1_rapida", "n1_blip_matriz", "n1_blip_filiais", "n1_filiais", "especialistas", "apoio_n1",
                        "n2"]
        assert [tuple(r) for r in sla] == [("IS", 30, "business"), ("URGENTE", 60, "business"),
                                           ("2H", 120, "business"), ("4H", 240, "business"),
                                           ("24H", 1440, "calendar"), ("72H", 4320, "calendar"),
                                           ("10D", 14400, "calendar")]
        assert upgrade(db) == (head_schema_version(), head_schema_version())  # idempotent
        db.dispose()


def test_opening_a_database_that_is_behind_upgrades_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()  # an empty file: revision None
    db = open_database(f"sqlite:///{path}")
    assert schema_version(db) == head_schema_version()
    assert ensure_current(db) is False
    db.dispose()


def _migrate(url: str, out: mp.Queue) -> None:
    db = Database(url)
    try:
        before, after = upgrade(db)
        out.put(("ok", before, after))
    except Exception as exc:  # reported to the parent, which fails the test
        out.put(("error", type(exc).__name__, str(exc)))
    finally:
        db.dispose()


def test_postgres_clients_migrate_one_at_a_time() -> None:
    """Four clients open an empty PostgreSQL database at once: one migrates, the others wait and find it done."""
    with postgresql_database("pitstop_mig") as (_name, target):
        ctx = mp.get_context("spawn")
        out = ctx.Queue()
        procs = [ctx.Process(target=_migrate, args=(target, out)) for _ in range(4)]
        for p in procs:
            p.start()
        results = [out.get(timeout=120) for _ in procs]
        for p in procs:
            p.join()
        assert all(r[0] == "ok" for r in results), results
        assert sorted(r[1] or "none" for r in results).count("none") == 1
        assert all(r[2] == head_schema_version() for r in results)
