"""The local files that hold personal data are readable by their owner only (0600) on POSIX: the SQLite database
with its -wal and -shm, and the intake outbox. Windows leaves this to the user profile's ACLs (db/private.py)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.db.outbox import OutboxStore
from pitstop_desktop.services import people

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows relies on the profile's ACLs")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The usual umask, under which a plain create gives 0644: readable by every local user."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_sqlite_database_and_its_wal_and_shm_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "pitstop.db"
    db = Database(f"sqlite:///{path}")
    try:
        upgrade(db)
        people.add_client(db, code="C1", name="Cliente", phone="(11) 91234-5678")
        with db.connect(write=False) as conn:  # a connection open: the -wal and -shm exist now
            conn.execute(text("SELECT count(*) FROM clients"))
            files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert all(f.exists() for f in files)
            assert {f.name: oct(mode(f)) for f in files} == {f.name: "0o600" for f in files}
    finally:
        db.dispose()
    assert mode(path.parent) == 0o700  # the folder it made for it, too


def test_an_existing_database_keeps_the_mode_its_owner_gave_it(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    path.touch(mode=0o640)
    os.chmod(path, 0o640)
    Database(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o640


def test_the_outbox_and_its_wal_and_shm_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "outbox.db"
    store = OutboxStore(path)
    try:
        store.add("r1", {"client": "C1", "summary": "Sistema não abre"}, datetime.now(UTC))
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert {f.name: oct(mode(f)) for f in files} == {f.name: "0o600" for f in files}
    finally:
        store.close()
