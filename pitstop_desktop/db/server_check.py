"""Before a seat is pointed at an office server (the first-run wizard, the settings dialog): can this login connect,
and is the database one this Pit Stop opens? One answer of a few kinds, so the window says what to fix:

- ``unreachable``: nothing answers at that host and port (a typo, the server down, a firewall);
- ``bad_password``: the server answered and turned the login away (wrong password, or no such login);
- ``not_allowed``: the server does not let this login in from here (``pg_hba.conf``, or no CONNECT privilege);
- ``no_database``: the login is fine, the database does not exist;
- ``too_old``: the server is older than :data:`MIN_SERVER_VERSION`;
- ``empty``: a database with no tables: an administrator's first run sets it up (``can_set_up``: this login may);
- ``not_pitstop``: tables of something else (no Alembic version, or one no Pit Stop wrote);
- ``older_schema`` / ``newer_schema``: a Pit Stop database an administrator must upgrade, or one a newer Pit Stop
  upgraded (``needs`` says which version to install);
- ``ok``: a Pit Stop database of this version's schema.

libpq reports a failed connection as text (no SQLSTATE reaches the client before the session exists), so the
server's refusals are told apart by their words, in English and in Portuguese (the server's ``lc_messages``); a
refusal in another language is ``refused``, shown with the server's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import URL

from pitstop_desktop.db.migrate import NEEDS_VERSION_KEY, head_schema_version, known_revisions

MIN_SERVER_VERSION = 13
"""The oldest PostgreSQL the office server may run (the README's sizing table says 13 or newer; the guards use
``starts_with`` and the schema's defaults need 13)."""
CONNECT_TIMEOUT_S = 5

_UNKNOWN_DATABASE = re.compile(r'database ".*" does not exist|banco de dados ".*" não existe', re.IGNORECASE)
_BAD_LOGIN = re.compile(r"password authentication failed|authentication failed|no password supplied|"
                        r'role ".*" does not exist|is not permitted to log in|autentica[çc][ãa]o|'
                        r'(?:papel|role|função) ".*" não existe|não tem permissão para entrar', re.IGNORECASE)
_NOT_ALLOWED = re.compile(r"pg_hba\.conf|permission denied for database|permissão negada para (?:o )?banco",
                          re.IGNORECASE)
_SERVER_SPOKE = re.compile(r"\bFATAL\b|\bERRO(?:R)?\b")
_OUR_REVISION = re.compile(r"\d{4}(?:_\w+)?")


class CheckKind(StrEnum):
    OK = "ok"
    EMPTY = "empty"
    UNREACHABLE = "unreachable"
    BAD_PASSWORD = "bad_password"
    NOT_ALLOWED = "not_allowed"
    NO_DATABASE = "no_database"
    TOO_OLD = "too_old"
    NOT_PITSTOP = "not_pitstop"
    OLDER_SCHEMA = "older_schema"
    NEWER_SCHEMA = "newer_schema"
    REFUSED = "refused"


@dataclass(frozen=True)
class ServerAddress:
    """Where the office's database is: what a seat's settings file keeps (never a login's password)."""

    host: str
    port: int = 5432
    database: str = "pitstop"

    def url(self, user: str | None = None, password: str | None = None) -> str:
        """The SQLAlchemy URL, as ``user`` with ``password`` when given (never written anywhere)."""
        return URL.create("postgresql+psycopg", username=user or None, password=password or None, host=self.host,
                          port=self.port, database=self.database).render_as_string(hide_password=False)

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class ServerCheck:
    """What :func:`check_server` found. ``detail``: the driver's or the server's words (an unreachable host, a
    refusal in another language); ``server_version``: e.g. "15.4"; ``revision``/``head``: the database's schema
    and this Pit Stop's; ``needs``: the Pit Stop version a newer schema asks for; ``can_set_up``: the login may
    create the roles and tables of an empty database (a superuser, or CREATEROLE with CREATE on it)."""

    kind: CheckKind
    detail: str = ""
    server_version: str = ""
    revision: str | None = None
    head: str | None = None
    needs: str | None = None
    can_set_up: bool = False


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def _server_words(error: BaseException) -> str:
    """The server's own sentence out of libpq's "connection to server at … failed: FATAL:  …"."""
    text = " ".join(str(error).split())
    match = re.search(r"(?:FATAL|ERRO(?:R)?):\s*(.*)", text)
    return match.group(1) if match else _first_line(error)


def classify_connect_error(error: BaseException) -> ServerCheck:
    """A failed connection as one kind (see the module's docstring)."""
    text = str(error)
    if _UNKNOWN_DATABASE.search(text):
        return ServerCheck(CheckKind.NO_DATABASE, _server_words(error))
    if _BAD_LOGIN.search(text):
        return ServerCheck(CheckKind.BAD_PASSWORD, _server_words(error))
    if _NOT_ALLOWED.search(text):
        return ServerCheck(CheckKind.NOT_ALLOWED, _server_words(error))
    if _SERVER_SPOKE.search(text):
        return ServerCheck(CheckKind.REFUSED, _server_words(error))
    return ServerCheck(CheckKind.UNREACHABLE, _first_line(error))


def _version_text(number: int) -> str:
    major, minor = divmod(number, 10_000)
    return f"{major}.{minor}" if major >= 10 else f"{major}.{minor // 100}.{minor % 100}"


def check_server(address: ServerAddress, user: str | None, password: str | None, *,
                 minimum: int = MIN_SERVER_VERSION, timeout_s: int = CONNECT_TIMEOUT_S) -> ServerCheck:
    """Connect to ``address`` as ``user`` (its password used for this check only) and say what is there."""
    params: dict[str, Any] = {"host": address.host, "port": address.port, "dbname": address.database,
                              "connect_timeout": timeout_s, "application_name": "pitstop-setup"}
    if user:
        params["user"] = user
    if password:
        params["password"] = password
    try:
        conn = psycopg.connect(**params)
    except psycopg.Error as exc:
        return classify_connect_error(exc)
    try:
        with conn:
            return _inspect(conn, minimum)
    except psycopg.Error as exc:  # connected, then refused a read (no privilege on the catalogue's tables)
        return ServerCheck(CheckKind.REFUSED, _first_line(exc))


def _inspect(conn: psycopg.Connection[Any], minimum: int) -> ServerCheck:
    number = conn.info.server_version
    version = _version_text(number)
    if number < minimum * 10_000:
        return ServerCheck(CheckKind.TOO_OLD, server_version=version)
    head = head_schema_version()
    tables = {row[0] for row in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()}
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version LIMIT 1").fetchone()
        revision = None if row is None else str(row[0])
    if revision is None and not tables - {"alembic_version"}:
        return ServerCheck(CheckKind.EMPTY, server_version=version, head=head, can_set_up=_can_set_up(conn))
    def found(kind: CheckKind, needs: str | None = None) -> ServerCheck:
        return ServerCheck(kind, server_version=version, revision=revision, head=head, needs=needs)

    if revision is None:
        return found(CheckKind.NOT_PITSTOP)
    if revision == head:
        return found(CheckKind.OK)
    if revision in known_revisions():
        return found(CheckKind.OLDER_SCHEMA)
    needs = _needed_version(conn) if "settings" in tables else None
    if needs or (_OUR_REVISION.fullmatch(revision) and {"settings", "occurrences"} <= tables):
        return found(CheckKind.NEWER_SCHEMA, needs)
    return found(CheckKind.NOT_PITSTOP)


def _needed_version(conn: psycopg.Connection[Any]) -> str | None:
    row = conn.execute(sql.SQL("SELECT value FROM settings WHERE key = %s"), (NEEDS_VERSION_KEY,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _can_set_up(conn: psycopg.Connection[Any]) -> bool:
    """A superuser, or a login with CREATEROLE that may create tables in this database's schema (its owner, as
    docs/server-roles.md asks of the maintenance login)."""
    row = conn.execute(
        "SELECT r.rolsuper OR (r.rolcreaterole AND has_database_privilege(current_database(), 'CREATE') "
        "AND has_schema_privilege(current_schema(), 'CREATE')) FROM pg_roles r WHERE r.rolname = current_user"
    ).fetchone()
    return bool(row and row[0])
