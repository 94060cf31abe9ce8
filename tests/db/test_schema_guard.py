"""Who upgrades the schema (issue 8): an administrator on PostgreSQL, anyone on SQLite, everyone on an empty database.

A newer client used to upgrade a shared PostgreSQL database by itself, and every older seat then failed with
Alembic's "Can't locate revision". Now a seat that finds the database behind refuses and names
`pitstop db upgrade`; a seat that finds it newer names the Pit Stop version to install, in one line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import (
    HEAD_REVISION,
    NEEDS_VERSION_KEY,
    REVISION_NEEDS,
    ensure_current,
    head_schema_version,
    known_revisions,
    needed_version,
    schema_version,
    upgrade,
)
from pitstop_desktop.domain.errors import DatabaseUnavailable
from tests.conftest import postgresql_database

FUTURE = "0099_from_the_future"


def test_every_revision_says_which_pit_stop_it_needs() -> None:
    assert set(REVISION_NEEDS) == known_revisions()
    assert head_schema_version() in REVISION_NEEDS
    assert head_schema_version() == HEAD_REVISION  # the newest revision's line comes last


def test_a_current_database_is_checked_without_importing_alembic(tmp_path: Path) -> None:
    """Every start checks the schema (ensure_current); a current one is one read, not Alembic's ~0.1 s import."""
    url = f"sqlite:///{tmp_path / 'current.db'}"
    db = Database(url)
    upgrade(db)
    db.dispose()
    probe = ("import sys; from pitstop_desktop.db import Database; from pitstop_desktop.db.migrate import "
             "ensure_current; db = Database(sys.argv[1]); print(ensure_current(db), 'alembic' in sys.modules)")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", probe, url], capture_output=True, text=True, check=True, cwd=root,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.stdout.split() == ["False", "False"]  # nothing to do, and Alembic never loaded


def test_a_postgres_seat_never_upgrades_a_shared_database_by_itself(capsys: pytest.CaptureFixture[str]) -> None:
    with postgresql_database("pitstop_behind") as (_name, url):
        db = Database(url)
        try:
            upgrade(db, "0002")  # the office's database, set up by an older Pit Stop
            with pytest.raises(DatabaseUnavailable) as refused:
                ensure_current(db)
            assert refused.value.code == "database.needs_upgrade"
            assert schema_version(db) == "0002"

            assert main(["--db", url, "oc", "list"]) == 1
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "`pitstop db upgrade`" in err and "0002" in err, err
            assert schema_version(db) == "0002"

            assert main(["--db", url, "db", "upgrade"]) == 0  # the administrator
            capsys.readouterr()
            assert schema_version(db) == head_schema_version()
            assert needed_version(db) == REVISION_NEEDS[str(head_schema_version())]
            assert main(["--db", url, "oc", "list"]) == 0
        finally:
            db.dispose()


def test_a_sqlite_file_behind_still_upgrades_itself(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(db, "0002")
    assert ensure_current(db) is True
    assert schema_version(db) == head_schema_version()
    db.dispose()


def test_an_empty_postgres_database_is_set_up_on_first_use() -> None:
    with postgresql_database("pitstop_empty") as (_name, url):
        db = Database(url)
        try:
            assert schema_version(db) is None
            assert ensure_current(db) is True
            assert schema_version(db) == head_schema_version()
            assert needed_version(db) == REVISION_NEEDS[str(head_schema_version())]
        finally:
            db.dispose()


def _from_the_future(db: Database, needs: str | None) -> None:
    """What a newer Pit Stop leaves behind: a revision this client does not know, and the version it needs."""
    with db.connect() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
        conn.execute(text("DELETE FROM settings WHERE key = :k"), {"k": NEEDS_VERSION_KEY})
        if needs is not None:
            conn.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                         {"k": NEEDS_VERSION_KEY, "v": needs})
        conn.commit()


def test_an_older_seat_names_the_version_a_newer_schema_needs(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _from_the_future(db, "0.9.0")
    url = db.url.render_as_string(hide_password=False)
    for argv in (["oc", "list"], ["db", "upgrade"]):  # neither reading nor `db upgrade` touches it
        assert main(["--db", url, *argv]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert "precisa do Pit Stop 0.9.0 ou mais novo" in err and FUTURE in err, err
        assert "Can't locate" not in err
    assert schema_version(db) == FUTURE


def test_a_newer_schema_that_does_not_say_its_version_asks_for_the_latest(db: Database) -> None:
    _from_the_future(db, None)
    with pytest.raises(DatabaseUnavailable) as refused:
        ensure_current(db)
    assert refused.value.code == "database.newer_schema_unknown"
    assert "versão mais recente" in str(refused.value)
