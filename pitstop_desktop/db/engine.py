"""Opening the shared database: URL resolution, SQLite pragmas, PostgreSQL pool, retries."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from platformdirs import user_data_dir
from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session

from pitstop_desktop.db.netshare import is_network_path
from pitstop_desktop.db.private import create_private_file, make_private_folder
from pitstop_desktop.domain.errors import BadValue, DatabaseUnavailable, Field, NotPermitted, PitstopError

ENV_URL = "PITSTOP_DATABASE_URL"  # read by config.resolve_database, with the seat's file
APP_NAME = "PitStopDesktop"
APP_AUTHOR = "PitStop"
SQLITE_BUSY_TIMEOUT_MS = 15_000
_RETRYABLE_PG = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_LOCK_NOT_AVAILABLE = "55P03"  # lock_timeout: another seat holds the row for too long
INSUFFICIENT_PRIVILEGE = "42501"  # the server refuses: not this role's to do (privileges, the guards)
GUARD_REFUSED = "PSR01"  # the server's guards refuse: not like that (db/guards.py)
_MAX_ATTEMPTS = 8

T = TypeVar("T")


def default_database_path() -> Path:
    return Path(user_data_dir(APP_NAME, APP_AUTHOR)) / "pitstop.db"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path().as_posix()}"


def resolve_database_url(cli_url: str | None = None) -> str:
    """``--db`` first, then ``PITSTOP_DATABASE_URL``, then the seat's configuration file (config.py), then the
    SQLite file in the user data folder."""
    from pitstop_desktop.config import resolve_database

    return resolve_database(cli_url).url or default_database_url()


def normalise_url(raw: str) -> URL:
    try:
        url = make_url(raw)
        port = url.port  # a non-numeric port is a ValueError inside make_url; one out of range is caught here
    except (ArgumentError, ValueError):
        raise BadValue("value.database_url", field=Field.DATABASE, url=raw) from None
    if port is not None and not 0 < port < 65536:
        raise BadValue("value.database_url", field=Field.DATABASE, url=raw)
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise BadValue("value.database_kind", field=Field.DATABASE, driver=url.drivername)
    return url


def _sqlite_file(url: URL) -> Path | None:
    if not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


@dataclass(frozen=True)
class SessionLimits:
    """How long one PostgreSQL seat may hold or wait for the others (seconds), so a stalled seat cannot stop them.

    A laptop that sleeps or a dropped VPN in the middle of a transaction leaves its session "idle in transaction",
    holding row locks (the change feed's counter) that every write needs. The server ends such a session after
    ``idle_in_transaction_s``; a write waits for a lock at most ``lock_timeout_s`` and is then refused with
    ``database.busy``; TCP keepalives (client and server side) and ``tcp_user_timeout`` notice a dead peer in
    about ``keepalive_idle_s + keepalive_interval_s * keepalive_count`` seconds instead of TCP's two hours.
    """

    idle_in_transaction_s: float = 15
    lock_timeout_s: float = 20
    keepalive_idle_s: int = 10
    keepalive_interval_s: int = 5
    keepalive_count: int = 3

    def connect_args(self) -> dict[str, Any]:
        """psycopg / libpq connection parameters that apply these limits to every session."""
        dead_after_s = self.keepalive_idle_s + self.keepalive_interval_s * self.keepalive_count
        options = " ".join([
            f"-c idle_in_transaction_session_timeout={int(self.idle_in_transaction_s * 1000)}",
            f"-c lock_timeout={int(self.lock_timeout_s * 1000)}",
            f"-c tcp_keepalives_idle={self.keepalive_idle_s}",
            f"-c tcp_keepalives_interval={self.keepalive_interval_s}",
            f"-c tcp_keepalives_count={self.keepalive_count}",
        ])
        return {
            "keepalives": 1,
            "keepalives_idle": self.keepalive_idle_s,
            "keepalives_interval": self.keepalive_interval_s,
            "keepalives_count": self.keepalive_count,
            "tcp_user_timeout": dead_after_s * 1000,  # unacknowledged data (a COMMIT sent into a dead link)
            "options": options,
        }


class Database:
    """One shared database. ``write()``/``read()`` give a session in one transaction.

    SQLite: WAL, busy_timeout and ``BEGIN IMMEDIATE`` for writes so two writers queue instead of
    failing half-way. PostgreSQL: psycopg 3 with pre-ping; serialization failures and deadlocks are
    retried by :meth:`transaction`; every session carries :class:`SessionLimits`, and a lock wait that runs out
    is refused with ``database.busy``.
    """

    def __init__(
        self, url: str, *, echo: bool = False, limits: SessionLimits | None = None, role: str | None = None,
        seat: bool = False,
    ) -> None:
        """``role`` (PostgreSQL only): every connection runs ``SET ROLE`` to it first, so the server checks that
        role's privileges (the connected role must be a member of it).

        ``seat``: a window's database, used all day by one worker thread. On PostgreSQL it keeps one connection
        (a pool of one, no overflow), which also LISTENs (``db/listen.py``): 200 seats are 200 sessions on the
        server, not 400."""
        self.url = normalise_url(url)
        self.seat = seat
        self.limits = limits or SessionLimits()
        # the server's clock minus this computer's, as last seen (services.unit_of_work.run)
        self.clock_offset = timedelta(0)
        self._clock_measured: float | None = None
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_postgres = not self.is_sqlite
        if role is not None and self.is_sqlite:
            raise ValueError("a session role needs PostgreSQL; SQLite has no roles")
        if self.is_sqlite:
            path = _sqlite_file(self.url)
            if path is not None:
                if is_network_path(path):
                    raise BadValue("value.network_share", field=Field.DATABASE, path=str(path))
                make_private_folder(path.parent)
            self.engine = create_engine(self.url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
            _install_sqlite_hooks(self.engine)
            if path is not None and not self.url.query.get("uri"):  # a "file:…?mode=ro" URI names no plain path
                _create_private_on_connect(self.engine, path)
        else:
            limits_args = self.limits.connect_args()
            given = self.url.query.get("options")  # the URL's own server options come first; ours are added
            if given:
                limits_args["options"] = " ".join([*([given] if isinstance(given, str) else given),
                                                   limits_args["options"]])
            pool = {"pool_size": 1, "max_overflow": 0} if seat else {"pool_size": 5, "max_overflow": 5}
            self.engine = create_engine(
                self.url, echo=echo, **pool,
                connect_args={"connect_timeout": 5, "application_name": "pitstop", **limits_args},
            )
            _ping_when_idle(self.engine)
            if role is not None:
                _set_role_on_connect(self.engine, role)

    def set_clock_offset(self, offset: timedelta) -> None:
        self.clock_offset, self._clock_measured = offset, time.monotonic()

    def clock_offset_age(self) -> float:
        """Seconds since the server's clock was last compared with ours (infinite before the first time)."""
        return float("inf") if self._clock_measured is None else time.monotonic() - self._clock_measured

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @property
    def name(self) -> str:
        """What an administrator types to confirm a destructive command: the PostgreSQL database's name, or the
        SQLite file's name (without its folder)."""
        if self.is_sqlite:
            path = _sqlite_file(self.url)
            return path.name if path is not None else ":memory:"
        return self.url.database or ""

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def connect(self, *, write: bool = True) -> Iterator[Connection]:
        try:
            conn = self.engine.connect()
        except OperationalError as exc:
            raise DatabaseUnavailable("database.unavailable", url=self.display_url, reason=first_line(exc)) from exc
        try:
            conn.execution_options(pitstop_write=write)
            yield conn
        finally:
            conn.close()

    @contextmanager
    def session(self, *, write: bool) -> Iterator[Session]:
        with (
            self.connect(write=write) as conn,
            Session(bind=conn, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def read(self) -> Any:
        return self.session(write=False)

    def write(self) -> Any:
        return self.session(write=True)

    def transaction(self, work: Callable[[Session], T], *, write: bool = True) -> T:
        """Run ``work`` in one transaction, retrying the whole of it when the database asks to."""
        for attempt in range(1, _MAX_ATTEMPTS + 1):
            try:
                with self.session(write=write) as session:
                    return work(session)
            except DBAPIError as exc:
                if self._busy(exc):
                    raise DatabaseUnavailable("database.busy", seconds=round(self.limits.lock_timeout_s)) from exc
                refusal = self._server_refusal(exc)
                if refusal is not None:
                    raise refusal from exc
                if write and self.is_postgres and exc.connection_invalidated:
                    # the link died mid-write (the server ended a stalled session, a VPN dropped): the outcome is
                    # unknown to us, so say so; acting commands are idempotent, so repeating one is safe
                    raise DatabaseUnavailable("database.connection_lost", reason=first_line(exc)) from exc
                if attempt == _MAX_ATTEMPTS or not self._retryable(exc):
                    raise
                time.sleep(min(0.5, 0.01 * 2**attempt) * random.random())
        raise AssertionError("unreachable")

    def _server_refusal(self, exc: DBAPIError) -> PitstopError | None:
        """The office server's own refusals (privileges and the guards of db/guards.py) as refusals, so the CLI
        exits 6 ("not you") or 2 ("not like that") with the server's words instead of a traceback."""
        state = getattr(exc.orig, "sqlstate", None) if self.is_postgres else None
        if state == INSUFFICIENT_PRIVILEGE:
            return NotPermitted("permission.server_refused", reason=first_line(exc))
        if state == GUARD_REFUSED:
            return BadValue("value.server_refused", reason=first_line(exc))
        return None

    def _busy(self, exc: DBAPIError) -> bool:
        """PostgreSQL gave up waiting for a lock (``lock_timeout``): another seat holds it; retrying now won't help."""
        return self.is_postgres and getattr(exc.orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE

    def _retryable(self, exc: DBAPIError) -> bool:
        if self.is_postgres:
            return getattr(exc.orig, "sqlstate", None) in _RETRYABLE_PG
        return "database is locked" in str(exc.orig)


def first_line(exc: BaseException) -> str:
    """An error's first line (the driver's, under SQLAlchemy's wrapper), or its type's name when it says nothing:
    what a status bar or a refusal shows of it."""
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


def _create_private_on_connect(engine: Engine, path: Path) -> None:
    """Before SQLite opens (and so creates) the file, create it 0600 ourselves: no other local user can read it,
    nor its -wal and -shm, which SQLite creates with the database file's mode. Only when a connection is made, so
    that opening a :class:`Database` (a probe, for instance) never leaves an empty file behind."""

    @event.listens_for(engine, "do_connect")
    def _on_do_connect(_dialect: Any, _record: Any, _cargs: Any, _cparams: Any) -> None:
        create_private_file(path)


PING_AFTER_IDLE_S = 30.0
"""A pooled connection idle longer than this is pinged before use (a server restarted meanwhile, a VPN that came
back); one used since is trusted: a seat uses its one connection for every read and every write, and a ping each
time was a round trip per transaction. A connection lost sooner shows on the seat's socket (``db/listen.py``) or
fails its query, which the change feed retries and a write reports as ``database.connection_lost``."""


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's ``pool_pre_ping``, only for connections idle more than :data:`PING_AFTER_IDLE_S` (the
    "pessimistic disconnect handling" recipe: raising DisconnectionError makes the pool try a new connection)."""

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["pitstop_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("pitstop_idle_since")
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_S:
            return
        try:
            dbapi_connection.execute("SELECT 1")
            dbapi_connection.rollback()
        except Exception as exc:
            raise DisconnectionError(str(exc)) from exc


def _set_role_on_connect(engine: Engine, role: str) -> None:
    """``SET ROLE`` once per new connection, committed (a rolled-back SET would be undone), before any use."""
    from psycopg import sql as pg_sql  # PostgreSQL only: a SQLite seat never imports psycopg (~0.1 s)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(pg_sql.SQL("SET ROLE {}").format(pg_sql.Identifier(role)))
        dbapi_connection.commit()


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (the pysqlite recipe in SQLAlchemy's docs).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("pitstop_write", True)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
