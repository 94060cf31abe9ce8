"""`pitstop db backup FILE` and `pitstop db restore FILE` (cli/backup.py over db/backup.py).

SQLite: the online backup of the configured database, made while another connection writes; restore checks the
file (SQLite, Pit Stop's, a schema this version knows), keeps the current database beside it, asks for --yes, and
the change made after the backup is gone — also for a connection that stayed open through the restore. On the
office server (PostgreSQL) both print the pg_dump/pg_restore command for that database and copy nothing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import REVISION_NEEDS, head_schema_version, schema_version, upgrade
from pitstop_desktop.services import people
from tests.conftest import postgresql_database

HEAD = head_schema_version()


@dataclass
class Ran:
    code: int
    out: str
    err: str


Run = Callable[..., Ran]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo day in a SQLite file, made once for the module (each test copies it)."""
    from pitstop_desktop.demo import day as demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    demo.load_demo(db, day=date(2026, 11, 24))
    db.dispose()
    return path


@pytest.fixture
def live(demo_file: Path, tmp_path: Path) -> Path:
    """The configured database of one test: a copy of the demo day."""
    path = tmp_path / "data" / "pitstop.db"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def pit(capsys: pytest.CaptureFixture[str]) -> Run:
    """``pitstop --db sqlite:///DB ARGS…`` in-process."""

    def run(db: Path | str, *args: str) -> Ran:
        url = db if isinstance(db, str) else f"sqlite:///{db}"
        code = main(["--db", url, *args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def clients(path: Path) -> set[str]:
    db = Database(f"sqlite:///{path}")
    try:
        return {c.code for c in people.list_clients(db)}
    finally:
        db.dispose()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_round_trip_demo_backup_change_restore_the_change_is_gone(pit: Run, live: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copias" / "segunda.db"
    made = pit(live, "db", "backup", str(copy))
    assert made.code == 0, made.err
    assert made.out.startswith(f"cópia do banco {live} salva em {copy}: ") and made.out.rstrip().endswith(
        f"MB, esquema {HEAD}")
    assert not Path(f"{copy}-wal").exists()  # one file to carry around
    if os.name == "posix":
        assert mode(copy) == 0o600

    seat = Database(f"sqlite:///{live}")  # a window left open through the restore
    try:
        assert "ZZ1" not in {c.code for c in people.list_clients(seat)}
        assert pit(live, "client", "add", "ZZ1", "--name", "Cliente depois da cópia").code == 0
        assert "ZZ1" in {c.code for c in people.list_clients(seat)}

        restored = pit(live, "db", "restore", str(copy), "--yes")
        assert restored.code == 0, restored.err
        assert "ZZ1" not in {c.code for c in people.list_clients(seat)}  # the open connection sees the restore
    finally:
        seat.dispose()
    assert "ZZ1" not in clients(live) and "C1014" in clients(live)
    kept = sorted(live.parent.glob("pitstop-antes-da-restauracao-*.db"))
    assert len(kept) == 1 and "ZZ1" in clients(kept[0])  # the database as it was before, beside it
    assert restored.out.strip() == (f"banco {live} restaurado de {copy}, esquema {HEAD}; o banco anterior ficou "
                                    f"em {kept[0]}")
    with sqlite3.connect(live) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_refuses_to_overwrite_unless_forced(pit: Run, live: Path, tmp_path: Path) -> None:
    target = tmp_path / "copia.db"
    target.write_text("uma cópia antiga")
    refused = pit(live, "db", "backup", str(target))
    assert refused.code == 6 and "--force" in refused.err and target.read_text() == "uma cópia antiga"
    assert pit(live, "db", "backup", str(target), "--force").code == 0
    assert "C1014" in clients(target)
    itself = pit(live, "db", "backup", str(live), "--force")
    assert itself.code == 2 and "próprio banco" in itself.err
    missing = pit(tmp_path / "nenhum.db", "db", "backup", str(tmp_path / "x.db"))
    assert missing.code == 4 and "não existe" in missing.err
    assert not (tmp_path / "nenhum.db").exists()  # backing up never creates the database it copies
    blocker = tmp_path / "um-arquivo"
    blocker.write_text("não é uma pasta")
    unwritable = pit(live, "db", "backup", str(blocker / "copia.db"))
    assert unwritable.code == 2 and unwritable.err.startswith(f"não foi possível copiar o banco {live}: ")
    assert len(unwritable.err.splitlines()) == 1


def test_backup_is_one_snapshot_while_another_connection_writes(pit: Run, live: Path, tmp_path: Path) -> None:
    """A writer keeps committing during the backups: it is never refused nor kept waiting into an error, and each
    copy is a consistent database (SQLite's quick_check, run on every copy, and the same count twice)."""
    stop, going = threading.Event(), threading.Event()
    errors: list[BaseException] = []
    written = [0]

    def writer() -> None:
        conn = sqlite3.connect(live, timeout=15)
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS rabiscos (n INTEGER PRIMARY KEY, texto TEXT)")
            conn.commit()
            while not stop.is_set():
                conn.execute("INSERT INTO rabiscos (texto) VALUES (?)", ("x" * 500,))
                conn.commit()
                written[0] += 1
                if written[0] == 50:
                    going.set()
        except BaseException as exc:
            errors.append(exc)
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert going.wait(60), errors  # the writer is going
        copies = []
        for n in range(3):
            copy = tmp_path / f"copia-{n}.db"
            assert pit(live, "db", "backup", str(copy)).code == 0
            copies.append(copy)
    finally:
        stop.set()
        thread.join()
    assert errors == [] and written[0] > 50
    counts = []
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            counts.append(conn.execute("SELECT count(*), max(n) FROM rabiscos").fetchone())
    assert all(count == top for count, top in counts)  # no row missing in the middle: one moment each
    assert counts == sorted(counts)


def test_restore_refuses_what_is_not_a_pit_stop_database(pit: Run, live: Path, tmp_path: Path) -> None:
    before = live.read_bytes()
    text_file = tmp_path / "notas.txt"
    text_file.write_text("não sou um banco")
    wrong = pit(live, "db", "restore", str(text_file), "--yes")
    assert wrong.code == 2 and wrong.err.strip() == f"{text_file} não é um banco SQLite (nem uma cópia feita com " \
                                                    "`pitstop db backup`)"
    foreign = tmp_path / "outro.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE receitas (nome TEXT)")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('abc123')")
    refused = pit(live, "db", "restore", str(foreign), "--yes")
    assert refused.code == 2 and "não do Pit Stop" in refused.err
    missing = pit(live, "db", "restore", str(tmp_path / "sumiu.db"), "--yes")
    assert missing.code == 4 and "não existe" in missing.err
    assert live.read_bytes() == before
    assert list(live.parent.glob("*antes-da-restauracao*")) == []  # nothing was touched, nothing kept


def _with_revision(source: Path, target: Path, revision: str, needs: str | None) -> Path:
    shutil.copyfile(source, target)
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        if needs is None:
            conn.execute("DELETE FROM settings WHERE key = 'schema_needs_version'")
        else:
            conn.execute("UPDATE settings SET value = ? WHERE key = 'schema_needs_version'", (needs,))
    return target


def test_restore_refuses_a_newer_schema_with_the_version_it_needs(
    pit: Run, live: Path, demo_file: Path, tmp_path: Path
) -> None:
    newer = _with_revision(demo_file, tmp_path / "nova.db", "0042_do_futuro", "9.9.0")
    refused = pit(live, "db", "restore", str(newer), "--yes")
    assert refused.code == 1
    assert refused.err.strip() == (f"o banco {newer} foi atualizado por um Pit Stop mais novo (esquema "
                                   "0042_do_futuro): este banco precisa do Pit Stop 9.9.0 ou mais novo; instale-o.")
    unknown = _with_revision(demo_file, tmp_path / "nova2.db", "0042_do_futuro", None)
    said = pit(live, "db", "restore", str(unknown), "--yes")
    assert said.code == 1 and "versão mais recente do Pit Stop" in said.err
    assert schema_version(Database(f"sqlite:///{live}")) == HEAD


def test_an_older_schema_is_restored_and_migrated(pit: Run, live: Path, tmp_path: Path) -> None:
    older = tmp_path / "antiga.db"
    db = Database(f"sqlite:///{older}")
    upgrade(db, "0005_database_identity")
    with db.connect() as conn:
        conn.execute(text("INSERT INTO clients (code, name, consulting) VALUES ('OLD1', 'Cliente antigo', false)"))
        conn.commit()
    db.dispose()
    assert "0005_database_identity" in REVISION_NEEDS
    restored = pit(live, "db", "restore", str(older), "--yes")
    assert restored.code == 0, restored.err
    assert f"atualizado do esquema 0005_database_identity para {HEAD}" in restored.out
    assert clients(live) == {"OLD1"}
    assert schema_version(Database(f"sqlite:///{live}")) == HEAD


def test_restore_asks_first(pit: Run, live: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = live.read_bytes()
    unconfirmed = pit(live, "db", "restore", str(demo_file))  # stdin is not a terminal here: no question
    assert unconfirmed.code == 6 and "--yes" in unconfirmed.err
    assert live.read_bytes() == before

    import pitstop_desktop.cli.backup as backup_cli

    answers = iter(["não"])
    monkeypatch.setattr(backup_cli.sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    said_no = pit(live, "db", "restore", str(demo_file))
    assert said_no.code == 6 and live.read_bytes() == before
    monkeypatch.setattr("builtins.input", lambda prompt: "sim")
    said_yes = pit(live, "db", "restore", str(demo_file))
    assert said_yes.code == 0, said_yes.err


def test_a_restore_into_a_new_computer_makes_the_database(pit: Run, demo_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "novo" / "pitstop.db"
    restored = pit(fresh, "db", "restore", str(demo_file), "--yes")
    assert restored.code == 0, restored.err
    assert "anterior" not in restored.out and "C1014" in clients(fresh)
    if os.name == "posix":
        assert mode(fresh) == 0o600


def test_on_postgresql_backup_and_restore_print_the_pg_commands(pit: Run, tmp_path: Path) -> None:
    with postgresql_database("pitstop_backup") as (name, url):
        dump = tmp_path / "escritório.dump"
        made = pit(url, "db", "backup", str(dump))
        assert made.code == 2 and not dump.exists()
        assert made.out.strip() == f"pg_dump -Fc -h 127.0.0.1 -p 5432 -U postgres -d {name} -f '{dump}'"
        assert "nada foi copiado" in made.err and "pg_dump" in made.err
        back = pit(url, "db", "restore", str(dump))
        assert back.code == 2
        assert back.out.strip() == (f"pg_restore --clean --if-exists -h 127.0.0.1 -p 5432 -U postgres -d {name} "
                                    f"'{dump}'")
    secret = pit("postgresql://ana:segredo@servidor.escritorio:5433/pitstop", "db", "backup", "/tmp/c.dump")
    assert secret.out.strip() == "pg_dump -Fc -h servidor.escritorio -p 5433 -U ana -d pitstop -f /tmp/c.dump"
    assert "segredo" not in secret.out + secret.err
