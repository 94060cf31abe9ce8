"""The seat's own settings: one small TOML file in the user's configuration folder, read without Qt or SQLAlchemy.

What one computer needs to know before it opens anything: which database (the SQLite file of this computer, or
the office's PostgreSQL server: host, port and database name, and a fixed login only where the server signs the
seat in by Windows/Kerberos — never a password), the language of the windows, whether the tray notifies, and the
wallboard's options. ``pitstop config`` prints and changes it, the first-run wizard writes it, the settings dialog
edits it; the command line reads it without importing Qt or the database layer (``pitstop --help`` stays fast).

Where the database comes from, first match wins: ``--db URL``, then ``PITSTOP_DATABASE_URL``, then this file,
then the SQLite file in the user data folder. ``PITSTOP_CONFIG`` names another file (tests, a shared seat image).

A file that does not read, or a key with a value that does not fit, never stops the program: each problem is a
:class:`~pitstop_desktop.domain.errors.BadValue` saying which line and key (the command line prints it, the
windows show it), and the defaults stand for what was wrong. The file keeps only what differs from the defaults
(and which database), so a later version's better default reaches every seat that never chose otherwise.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pitstop_desktop.domain.errors import BadValue

APP_NAME, APP_AUTHOR = "PitStopDesktop", "PitStop"  # the folders platformdirs gives Pit Stop (as db/engine.py)
CONFIG_ENV = "PITSTOP_CONFIG"
URL_ENV = "PITSTOP_DATABASE_URL"
FILE_NAME = "pitstop.toml"
LANGUAGES = ("pt_BR", "en")
DEFAULT_LANGUAGE = "pt_BR"
MAX_MONITOR = 16
MAX_AT_RISK_ROWS = 50  # the wallboard reads this many OCs at risk (views/gauges.py AT_RISK_SHOWN)
PG_NAME_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1, for database and role names
DB = "database"  # the section of the database's keys
WALLBOARD = "wallboard"


class DatabaseKind(StrEnum):
    SQLITE = "sqlite"
    POSTGRES = "postgres"


class Source(StrEnum):
    """Where a value comes from (``pitstop config`` says it)."""

    CLI = "cli"  # --db
    ENV = "env"  # PITSTOP_DATABASE_URL
    FILE = "file"
    DEFAULT = "default"


@dataclass(frozen=True)
class DatabaseSettings:
    """Which database this seat opens. SQLite: ``path`` (empty: ``pitstop.db`` in the user data folder).
    PostgreSQL: the server and the database; ``user`` only where the server signs this computer in by itself
    (SSPI/Kerberos), since people otherwise sign in with their own login. No password, ever."""

    kind: str = DatabaseKind.SQLITE.value
    path: str = ""
    host: str = "localhost"
    port: int = 5432
    name: str = "pitstop"
    user: str = ""
    windows_sign_in: bool = False  # the sign-in window offers "Entrar com a conta do Windows" (server's SSPI/gss)


@dataclass(frozen=True)
class WallboardSettings:
    """The wallboard (F11): on which monitor (0: one other than the console's), opened with the console, and how
    many OCs at risk it lists at most (0: as many as fit)."""

    monitor: int = 0
    open_on_start: bool = False
    at_risk_rows: int = 0


@dataclass(frozen=True)
class SeatConfig:
    language: str = DEFAULT_LANGUAGE
    notifications: bool = True  # tray notifications (the status bar always says it)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    wallboard: WallboardSettings = field(default_factory=WallboardSettings)


# --- the settings, one line each ----------------------------------------------------------------------------------

_HOST = re.compile(r"[A-Za-z0-9._:%\[\]-]+")
_TRUE = {"true", "sim", "s", "yes", "y", "on", "1", "verdadeiro"}
_FALSE = {"false", "não", "nao", "n", "no", "off", "0", "falso"}


@dataclass(frozen=True)
class Setting:
    """One key of the file: its section and name, its type, what it accepts (``expected``: a word of
    ``domain.refusals.EXPECTED``) and, for ``pitstop config``, what it is for."""

    section: str
    name: str
    kind: type
    expected: str
    help: str
    check: Callable[[Any], Any] = lambda value: value  # returns the value as stored, raises ValueError

    @property
    def key(self) -> str:
        return f"{self.section}.{self.name}" if self.section else self.name


def _language(value: str) -> str:
    spelled = value.strip().replace("-", "_")
    for code in LANGUAGES:
        if spelled.lower() in (code.lower(), code.partition("_")[0].lower()):
            return code
    if spelled.lower().startswith("en_"):
        return "en"
    raise ValueError(value)


def _kind(value: str) -> str:
    spelled = value.strip().lower()
    if spelled in ("postgresql", "postgres", "pg", "servidor"):
        return DatabaseKind.POSTGRES.value
    if spelled in ("sqlite", "local"):
        return DatabaseKind.SQLITE.value
    raise ValueError(value)


def _path(value: str) -> str:
    text = value.strip()
    if "\x00" in text:
        raise ValueError(value)
    if not text:
        return ""
    path = Path(text).expanduser()
    return str(path if path.is_absolute() else path.absolute())


def _host(value: str) -> str:
    text = value.strip()
    if not _HOST.fullmatch(text) or len(text) > 253:
        raise ValueError(value)
    return text


def _port(value: int) -> int:
    if not 0 < value < 65536:
        raise ValueError(value)
    return value


def _pg_name(*, empty: bool) -> Callable[[str], str]:
    def check(value: str) -> str:
        text = value.strip()
        if (not text and not empty) or "\x00" in text or len(text.encode()) > PG_NAME_BYTES:
            raise ValueError(value)
        return text

    return check


def _between(low: int, high: int) -> Callable[[int], int]:
    def check(value: int) -> int:
        if not low <= value <= high:
            raise ValueError(value)
        return value

    return check


SETTINGS: tuple[Setting, ...] = (
    Setting("", "language", str, "language", "idioma das janelas (pt_BR ou en; vale ao reiniciar)", _language),
    Setting("", "notifications", bool, "bool", "avisos na bandeja do sistema (true/false)"),
    Setting(DB, "kind", str, "database_kind", "sqlite (só este computador) ou postgres (o servidor do escritório)",
            _kind),
    Setting(DB, "path", str, "path", "SQLite: o arquivo do banco (vazio: pitstop.db na pasta de dados do usuário)",
            _path),
    Setting(DB, "host", str, "host", "PostgreSQL: nome ou endereço do servidor", _host),
    Setting(DB, "port", int, "port", "PostgreSQL: porta do servidor", _port),
    Setting(DB, "name", str, "database_name", "PostgreSQL: nome do banco", _pg_name(empty=False)),
    Setting(DB, "user", str, "database_user", "PostgreSQL: login fixo deste computador, só com entrada pelo Windows "
            "(SSPI/Kerberos); vazio: cada pessoa entra com o seu login", _pg_name(empty=True)),
    Setting(DB, "windows_sign_in", bool, "bool", "PostgreSQL: oferecer a entrada com a conta do Windows (true/false)"),
    Setting(WALLBOARD, "monitor", int, "monitor", "painel (F11): número do monitor (0: outro que não o do console)",
            _between(0, MAX_MONITOR)),
    Setting(WALLBOARD, "open_on_start", bool, "bool", "painel: abrir junto com o console (true/false)"),
    Setting(WALLBOARD, "at_risk_rows", int, "at_risk_rows",
            f"painel: quantas OCs em risco listar, no máximo (0: as que couberem; até {MAX_AT_RISK_ROWS})",
            _between(0, MAX_AT_RISK_ROWS)),
)
BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}
KEYS: tuple[str, ...] = tuple(BY_KEY)
ALWAYS_WRITTEN = (f"{DB}.kind",)  # which database, even the default one: this seat chose it (the wizard ran)


def value_of(config: SeatConfig, key: str) -> Any:
    """The value of ``key`` (``database.port``) in ``config``."""
    setting = BY_KEY[key]
    holder = getattr(config, setting.section) if setting.section else config
    return getattr(holder, setting.name)


def with_value(config: SeatConfig, key: str, value: Any) -> SeatConfig:
    """``config`` with ``key`` set to ``value`` (already checked)."""
    setting = BY_KEY[key]
    if not setting.section:
        return dataclasses.replace(config, **{setting.name: value})
    section = dataclasses.replace(getattr(config, setting.section), **{setting.name: value})
    return dataclasses.replace(config, **{setting.section: section})


DEFAULTS = SeatConfig()


def show_value(value: Any) -> str:
    """A value as the file spells it (``true``, ``5432``, ``pt_BR``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _checked(setting: Setting, value: Any) -> Any:
    """``value`` from the file (a TOML value) as the setting stores it; ValueError when it does not fit."""
    if setting.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(value)
    if setting.kind is not int and not isinstance(value, setting.kind):
        raise ValueError(value)
    return setting.check(value)


def parse_value(key: str, text: str) -> Any:
    """``text`` typed for ``key`` (``pitstop config set``) as the file stores it; refused with what it takes."""
    setting = BY_KEY.get(key)
    if setting is None:
        raise BadValue("value.config_no_such_key", key=key, known=KEYS)
    try:
        if setting.kind is bool:
            spelled = text.strip().lower()
            if spelled not in _TRUE | _FALSE:
                raise ValueError(text)
            return spelled in _TRUE
        if setting.kind is int:
            return setting.check(int(text.strip()))
        return setting.check(text)
    except ValueError:
        raise BadValue("value.config_bad_value", key=key, value=text, expected=setting.expected) from None


# --- reading ----------------------------------------------------------------------------------------------------


def config_path() -> Path:
    """``PITSTOP_CONFIG``, else ``pitstop.toml`` in the user's configuration folder (Windows:
    ``%LOCALAPPDATA%\\PitStop\\PitStopDesktop``, Linux: ``~/.config/PitStopDesktop``)."""
    chosen = os.environ.get(CONFIG_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_config_dir  # only when asked: the import costs a few milliseconds

    return Path(user_config_dir(APP_NAME, APP_AUTHOR)) / FILE_NAME


@dataclass(frozen=True)
class LoadedConfig:
    """The file as read: the settings (defaults where it says nothing or something wrong), what it sets, and its
    problems, each naming the line and key."""

    path: Path
    exists: bool
    config: SeatConfig
    values: Mapping[str, Any]
    problems: tuple[BadValue, ...] = ()
    readable: bool = True  # False: the file is there but is not TOML (a write puts it aside first)

    def source(self, key: str) -> Source:
        return Source.FILE if key in self.values else Source.DEFAULT


_TABLE_LINE = re.compile(r"\s*\[\s*([A-Za-z0-9_\-\"' .]+?)\s*\]\s*(?:#.*)?$")
_KEY_LINE = re.compile(r"\s*([A-Za-z0-9_\-\"'.]+?)\s*=")
_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


def _key_lines(text: str) -> dict[str, int]:
    """The line (1-based) where each dotted key is written: enough to point people at it."""
    lines: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), 1):
        header = _TABLE_LINE.match(line)
        if header:
            table = header.group(1).replace('"', "").replace("'", "").replace(" ", "")
            lines.setdefault(table, number)
            continue
        assignment = _KEY_LINE.match(line)
        if assignment:
            name = assignment.group(1).replace('"', "").replace("'", "")
            lines.setdefault(f"{table}.{name}" if table else name, number)
    return lines


def _flatten(document: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in document.items():
        key = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict) and key not in BY_KEY:
            flat.update(_flatten(value, key))
        else:
            flat[key] = value
    return flat


def load(path: Path | None = None) -> LoadedConfig:
    """Read the seat's file (``path``, else :func:`config_path`); no file: the defaults, no problem."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return LoadedConfig(path, False, DEFAULTS, {})
    except (OSError, UnicodeDecodeError) as exc:
        problem = BadValue("value.config_unreadable", path=str(path), reason=str(exc))
        return LoadedConfig(path, True, DEFAULTS, {}, (problem,), readable=False)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = _AT_LINE.search(str(exc))
        reason = str(exc)[:at.start()] if at else str(exc)
        problem = BadValue("value.config_syntax", path=str(path), line=at.group(1) if at else "?",
                           column=at.group(2) if at else "?", reason=reason)
        return LoadedConfig(path, True, DEFAULTS, {}, (problem,), readable=False)
    lines = _key_lines(text)
    config, values, problems = DEFAULTS, {}, []
    for key, value in _flatten(document).items():
        line = lines.get(key, lines.get(key.rpartition(".")[0], 1))
        setting = BY_KEY.get(key)
        if setting is None:
            problems.append(BadValue("value.config_unknown_key", path=str(path), line=line, key=key))
            continue
        try:
            stored = _checked(setting, value)
        except ValueError:
            problems.append(BadValue("value.config_value", path=str(path), line=line, key=key,
                                     value=show_value(value), expected=setting.expected,
                                     default=show_value(value_of(DEFAULTS, key))))
            continue
        values[key] = stored
        config = with_value(config, key, stored)
    return LoadedConfig(path, True, config, values, tuple(problems))


# --- writing ----------------------------------------------------------------------------------------------------


def _nest(values: Mapping[str, Any]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for key, value in values.items():
        *sections, name = key.split(".")
        table = document
        for section in sections:
            table = table.setdefault(section, {})
        table[name] = value
    return document


def write(values: Mapping[str, Any], path: Path | None = None) -> Path | None:
    """Make the file hold ``values`` (key → value, already checked) and the keys it has that this Pit Stop does
    not know (a newer version's). A file that does not read is put aside first, as ``pitstop.toml.invalid``:
    returns where, else None. The new file replaces the old one in one step (never half written)."""
    import tomli_w  # only writing needs it

    path = path or config_path()
    loaded = load(path)
    moved: Path | None = None
    keep: dict[str, Any] = {}
    if loaded.exists and not loaded.readable:
        moved = path.with_name(path.name + ".invalid")
        os.replace(path, moved)
    elif loaded.exists:
        keep = {k: v for k, v in _flatten(tomllib.loads(path.read_text(encoding="utf-8-sig"))).items()
                if k not in BY_KEY}
    ordered = {k: values[k] for k in KEYS if k in values}  # the file lists the keys in the table's order
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".new")
    partial.write_text("# Pit Stop: as configurações deste computador (pitstop config mostra e muda cada uma)\n"
                       + tomli_w.dumps(_nest({**ordered, **keep})), encoding="utf-8")
    os.replace(partial, path)
    return moved


def save(config: SeatConfig, path: Path | None = None) -> Path | None:
    """Write ``config``: what differs from the defaults, and which database (the wizard and the settings
    dialog). Returns where an unreadable file was put aside, if one was."""
    values = {key: value_of(config, key) for key in KEYS
              if key in ALWAYS_WRITTEN or value_of(config, key) != value_of(DEFAULTS, key)}
    return write(values, path)


def set_value(key: str, text: str, path: Path | None = None) -> tuple[Any, Path | None]:
    """``pitstop config set KEY VALUE``: the value as stored, and where an unreadable file was put aside."""
    value = parse_value(key, text)
    loaded = load(path)
    return value, write({**loaded.values, key: value}, loaded.path)


def unset_value(key: str, path: Path | None = None) -> Path | None:
    """``pitstop config unset KEY``: back to the default."""
    if key not in BY_KEY:
        raise BadValue("value.config_no_such_key", key=key, known=KEYS)
    loaded = load(path)
    return write({k: v for k, v in loaded.values.items() if k != key}, loaded.path)


# --- the database -----------------------------------------------------------------------------------------------


def database_url(settings: DatabaseSettings) -> str | None:
    """The URL the file names (no password: sign-in adds the person's), or None for the default SQLite file."""
    if settings.kind == DatabaseKind.SQLITE.value:
        return f"sqlite:///{Path(settings.path).expanduser().as_posix()}" if settings.path else None
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    user = f"{quote(settings.user, safe='')}@" if settings.user else ""
    return f"postgresql+psycopg://{user}{host}:{settings.port}/{quote(settings.name, safe='')}"


_PASSWORD = re.compile(r"(://[^:/@?#]*:)[^@/?#]*@")


def hide_password(url: str) -> str:
    """A URL as it may be shown (``PITSTOP_DATABASE_URL`` may carry a password): ``postgresql://ana:***@host``."""
    return _PASSWORD.sub(r"\1***@", url)


@dataclass(frozen=True)
class ResolvedDatabase:
    """The database a command opens and why: ``url`` None means the default SQLite file."""

    url: str | None
    source: Source
    loaded: LoadedConfig


def resolve_database(cli_url: str | None = None, loaded: LoadedConfig | None = None) -> ResolvedDatabase:
    """``--db``, then ``PITSTOP_DATABASE_URL``, then this file, then the default SQLite file."""
    loaded = loaded or load()
    if cli_url:
        return ResolvedDatabase(cli_url, Source.CLI, loaded)
    env = os.environ.get(URL_ENV)
    if env:
        return ResolvedDatabase(env, Source.ENV, loaded)
    if loaded.exists and f"{DB}.kind" in loaded.values:
        return ResolvedDatabase(database_url(loaded.config.database), Source.FILE, loaded)
    return ResolvedDatabase(None, Source.DEFAULT, loaded)


def first_run(cli_url: str | None, default_database: Path, loaded: LoadedConfig | None = None) -> bool:
    """A window's first start on this computer: no ``--db``, no ``PITSTOP_DATABASE_URL``, no file of settings,
    and no SQLite file of an earlier version (whose seats kept it without asking)."""
    if cli_url or os.environ.get(URL_ENV):
        return False
    loaded = loaded or load()
    return not loaded.exists and not default_database.exists()
