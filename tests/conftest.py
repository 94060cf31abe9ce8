"""Database fixtures: every service test runs on SQLite and on PostgreSQL.

Every test database is a copy of a template built once per session: migrated, and optionally filled by a
"seed" function (the services' small desk, for instance). ``db_templates.get(backend, seed)`` builds or returns
the template; :func:`fresh_database_url` copies it for one test (a file for SQLite, ``CREATE DATABASE … TEMPLATE``
for PostgreSQL) and removes the copy afterwards. The PostgreSQL server comes from ``PITSTOP_TEST_PG_URL``
(default: postgres@127.0.0.1:5432). Without a server the PostgreSQL tests are skipped, unless
``PITSTOP_REQUIRE_PG=1`` (CI), where a missing server fails the run.

On PostgreSQL the template is an office server: ``pitstop db init-roles`` ran on it with this session's prefix
(:data:`SESSION_ROLES_PREFIX`), so every person the tests add gets a login role, and every use case runs as its
acting person's role (``SET LOCAL ROLE``; the harness connects as a superuser, which may) under the server's
privileges and guards (db/guards.py). The session drops its roles at the end.
"""

from __future__ import annotations

import functools
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, create_engine, make_url, text

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.services import roles

PG_URL = os.environ.get("PITSTOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = os.environ.get("PITSTOP_REQUIRE_PG") == "1"
BACKENDS = ["sqlite", "postgresql"]
SESSION_ROLES_PREFIX = f"pt{uuid.uuid4().hex[:8]}_"  # roles are the cluster's: one prefix per test session

# The user's own folders, as they were before the session moved them (for the test that proves it did).
REAL_USER_FOLDERS = {name: os.environ.get(name) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                                              "XDG_STATE_HOME")}


@dataclass(frozen=True)
class PrivateFolders:
    """Where this session's settings (QSettings) and user data (platformdirs: the default SQLite database, the
    outbox) go instead of the real user's folders."""

    root: Path
    config: Path
    data: Path


@pytest.fixture(scope="session", autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateFolders]:
    """Tests never read or write the real user's settings or data: before any test (and so before pytest-qt's
    application or any window exists) the XDG folders point into the session's temporary folder, QSettings keeps
    every format and scope there, and the two functions that ask platformdirs for the user data folder answer it
    on every operating system (platformdirs reads XDG only on Linux)."""
    root = tmp_path_factory.mktemp("user")
    folders = PrivateFolders(root, root / "config", root / "data")
    patch = pytest.MonkeyPatch()
    for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                      ("XDG_STATE_HOME", "state")):
        patch.setenv(name, str(root / sub))
    patch.delenv("PITSTOP_DATABASE_URL", raising=False)
    # the seat's settings file (config.py): in the session's folder whatever the operating system
    patch.setenv("PITSTOP_CONFIG", str(folders.config / "PitStopDesktop" / "pitstop.toml"))
    # nor the real user's credential store: keyring's stand-in that keeps nothing (tests that remember passwords
    # set an in-memory store of their own, tests/gui/test_sign_in_remember.py)
    patch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    patch.delenv("PITSTOP_WINDOWS_SIGN_IN", raising=False)  # the seat's switch, off unless a test turns it on

    def user_data_dir(appname: str | None = None, appauthor: str | None = None, *_: object, **__: object) -> str:
        return str(folders.data / (appauthor or "") / (appname or ""))

    def user_log_dir(appname: str | None = None, appauthor: str | None = None, *_: object, **__: object) -> str:
        return str(root / "log" / (appauthor or "") / (appname or ""))

    import pitstop_desktop.db.engine
    import pitstop_desktop.db.outbox
    import pitstop_desktop.logs

    patch.setattr(pitstop_desktop.db.engine, "user_data_dir", user_data_dir)
    patch.setattr(pitstop_desktop.db.outbox, "user_data_dir", user_data_dir)
    patch.setattr(pitstop_desktop.logs, "user_log_dir", user_log_dir)  # the log files and crash reports
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folders.config))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(root / "system"))
    try:
        yield folders
    finally:
        patch.undo()


@pytest.fixture
def private_settings(tmp_path: Path, private_user_folders: PrivateFolders) -> Iterator[Path]:
    """One test's settings in a folder of its own (a window's layout memory starts empty); afterwards the
    session's folder again, so no test leaves QSettings pointing at another test's folder."""
    from PySide6.QtCore import QSettings

    default = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    try:
        yield tmp_path
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(private_user_folders.config))
        QSettings.setDefaultFormat(default)


@pytest.fixture
def seat_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One test's own settings file (``PITSTOP_CONFIG``), not there yet: the test writes it, or a command does."""
    path = tmp_path / "config" / "pitstop.toml"
    monkeypatch.setenv("PITSTOP_CONFIG", str(path))
    return path


Seed = Callable[[Database], object]
"""Fills a freshly migrated database; a template is built once per (backend, seed) and session."""


def admin_engine() -> tuple[Engine, URL]:
    """An AUTOCOMMIT engine on the server's maintenance database (CREATE/DROP DATABASE), and its URL."""
    url = make_url(PG_URL).set(drivername="postgresql+psycopg")
    return create_engine(url, isolation_level="AUTOCOMMIT"), url


@functools.cache
def _pg_problem() -> str | None:
    try:
        engine, _ = admin_engine()
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure means "no server here"
        return f"PostgreSQL not reachable at {PG_URL}: {str(exc).splitlines()[0]}"


def require_postgresql() -> None:
    """Skip the running test when no server answers; fail it instead under ``PITSTOP_REQUIRE_PG=1``."""
    problem = _pg_problem()
    if problem:
        if REQUIRE_PG:
            pytest.fail(problem + " (PITSTOP_REQUIRE_PG=1)")
        pytest.skip(problem)


@contextmanager
def postgresql_database(prefix: str, template: str | None = None) -> Iterator[tuple[str, str]]:
    """A new PostgreSQL database (a copy of the database ``template`` if given), dropped on exit: (name, URL)."""
    require_postgresql()
    engine, url = admin_engine()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    copy_of = f' TEMPLATE "{template}"' if template else ""
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy_of}'))
        yield name, url.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@dataclass(frozen=True)
class Template:
    """A database to copy: for SQLite the file, for PostgreSQL the name of the database."""

    backend: str
    source: str


def _new_database(
    backend: str, folder: Path, template: Template | None, cleanup: ExitStack, prefix: str = "pitstop_test"
) -> tuple[str, str]:
    """A new database of ``backend`` (a copy of ``template`` if given): (source, URL); ``cleanup`` removes it."""
    if backend == "sqlite":
        path = folder / "pitstop.db"
        if template is not None:
            shutil.copyfile(template.source, path)
        return str(path), f"sqlite:///{path}"
    return cleanup.enter_context(postgresql_database(prefix, template.source if template else None))


def fresh_database_url(template: Template, tmp_path: Path) -> Iterator[str]:
    """A copy of ``template`` for one test (or one module), removed afterwards: ``yield from`` it in a fixture."""
    with ExitStack() as cleanup:
        yield _new_database(template.backend, tmp_path, template, cleanup)[1]


class Templates:
    """The session's templates, built when first asked for: one per backend and seed."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._tmp = tmp_path_factory
        self._built: dict[tuple[str, Seed | None], Template] = {}
        self._cleanup = ExitStack()

    def get(self, backend: str, seed: Seed | None = None) -> Template:
        """The migrated template of ``backend``, filled by ``seed`` (built from the plain migrated one)."""
        key = (backend, seed)
        if key not in self._built:
            self._built[key] = self._build(backend, seed)
        return self._built[key]

    def _build(self, backend: str, seed: Seed | None) -> Template:
        base = None if seed is None else self.get(backend)
        name = "template" if seed is None else f"template_{getattr(seed, '__name__', 'seed')}"
        source, url = _new_database(backend, self._tmp.mktemp(name), base, self._cleanup, prefix="pitstop_tpl")
        db = Database(url)
        try:
            if seed is None:
                upgrade(db)
                if backend == "postgresql":
                    roles.init_roles(db, SESSION_ROLES_PREFIX)
            else:
                seed(db)
        finally:
            db.dispose()  # SQLite: closing the last connection checkpoints the WAL into the file we copy
        wal = Path(source + "-wal")
        assert backend != "sqlite" or not wal.exists() or wal.stat().st_size == 0, "the WAL was not checkpointed"
        return Template(backend, source)

    def close(self) -> None:
        self._cleanup.close()
        if any(backend == "postgresql" for backend, _ in self._built):
            drop_roles(SESSION_ROLES_PREFIX)


def scram_verifiers(db: Database) -> set[str]:
    """The logins whose login role on this office server has a SCRAM password (the server keeps it, not Pit Stop)."""
    prefix = roles.roles_prefix(db)
    assert prefix is not None, "the roles of this database are not set up"
    with db.connect() as conn:
        names = conn.execute(text("SELECT rolname FROM pg_authid WHERE starts_with(rolname, :p) "
                                  "AND rolpassword LIKE 'SCRAM-SHA-256$%'"), {"p": prefix}).scalars()
        return {name.removeprefix(prefix) for name in names}


def drop_roles(prefix: str) -> None:
    """The session's roles, once every database that granted them something is gone."""
    engine, _ = admin_engine()
    try:
        with engine.connect() as conn:
            names = list(conn.execute(text(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p) ORDER BY rolname"), {"p": prefix}
            ).scalars())
            for name in names:
                conn.execute(text(f'DROP ROLE "{name}"'))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    templates = Templates(tmp_path_factory)
    try:
        yield templates
    finally:
        templates.close()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, db_templates: Templates, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database for one test, on SQLite and on PostgreSQL."""
    yield from fresh_database_url(db_templates.get(request.param), tmp_path)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


# A server that checks passwords: signing in (tests/db/test_sign_in_cluster.py), the first run's connection test

SUPERUSER_PASSWORD = "cluster-admin-pw"


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Cluster:
    port: int

    def url(self, user: str | None = None, password: str | None = None, database: str = "pitstop") -> str:
        who = f"{user}:{password}@" if user and password else (f"{user}@" if user else "")
        return f"postgresql+psycopg://{who}127.0.0.1:{self.port}/{database}"


def _as_cluster_user(command: list[str]) -> list[str]:
    """initdb and pg_ctl refuse to run as root: run them as the postgres system user then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    """A throwaway PostgreSQL cluster that checks passwords (``initdb --auth=scram-sha-256``, on a port of its own,
    from /usr/lib/postgresql/*/bin; the local test server trusts every login), one per session, with an empty
    database ``pitstop``; its superuser is ``postgres`` with :data:`SUPERUSER_PASSWORD`. Removed at the end."""
    binaries = _bin_dir()
    if binaries is None:
        if REQUIRE_PG:
            pytest.fail("no PostgreSQL binaries under /usr/lib/postgresql (PITSTOP_REQUIRE_PG=1)")
        pytest.skip("no PostgreSQL binaries under /usr/lib/postgresql")
    home = Path(tempfile.mkdtemp(prefix="pitstop-scram-"))
    data, pwfile = home / "data", home / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
        shutil.chown(pwfile, "postgres", "postgres")
    port = _free_port()
    run = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(_as_cluster_user([str(binaries / "initdb"), "-D", str(data), "-U", "postgres",
                                     "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8",
                                     "--locale=C.UTF-8"]), **run)  # type: ignore[call-overload]
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_cluster_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-w",
                                     "-l", str(home / "log"), "start"]), **run)  # type: ignore[call-overload]
    try:
        admin = Database(Cluster(port).url("postgres", SUPERUSER_PASSWORD, "postgres"))
        with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("CREATE DATABASE pitstop"))
        admin.dispose()
        yield Cluster(port)
    finally:
        subprocess.run(_as_cluster_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, timeout=60, check=False)
        shutil.rmtree(home, ignore_errors=True)
