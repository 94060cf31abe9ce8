"""`pitstop db backup FILE` and `pitstop db restore FILE`: copies of the SQLite database, and how to copy the
office server's (pg_dump), which is the server administrator's tool, not ours.

Backup refuses to overwrite a file unless ``--force``; restore checks the file is a Pit Stop database whose schema
this version knows (an older one is migrated after the restore, a newer one is refused with the version it
needs), keeps a copy of the current database next to it, and asks first (``--yes`` in a script). The copying
itself is ``db/backup.py``'s (SQLite's online backup API).
"""

from __future__ import annotations

import os
import shlex
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import make_url

from pitstop_desktop.cli.context import Context, UsageError
from pitstop_desktop.cli.output import _print
from pitstop_desktop.db import backup
from pitstop_desktop.db.engine import normalise_url
from pitstop_desktop.domain.errors import DatabaseUnavailable


class NotConfirmed(UsageError):
    """A destructive step the person did not confirm (overwrite without --force, restore without --yes): exit 6,
    as for `demo --reset` without its confirmation."""

    exit_code = 6


class Missing(UsageError):
    """The database or the file named does not exist: exit 4."""

    exit_code = 4


def _size(n: int) -> str:
    """1,2 MB, 340 KB: a size as people read it (decimal comma)."""
    value, unit = (n / 1_000_000, "MB") if n >= 1_000_000 else (n / 1000, "KB")
    return f"{value:.1f} {unit}".replace(".", ",") if unit == "MB" else f"{max(1, round(value))} {unit}"


def _command_line(words: list[str]) -> str:
    """A command to copy into this system's shell."""
    return subprocess.list2cmdline(words) if os.name == "nt" else shlex.join(words)


def _server_args(url: str) -> tuple[list[str], str]:
    """pg_dump/pg_restore's connection options for the database of ``url`` (never its password), and its name."""
    parsed = make_url(url)
    words = []
    if parsed.host:
        words += ["-h", parsed.host]
    words += ["-p", str(parsed.port or 5432)]
    if parsed.username:
        words += ["-U", parsed.username]
    return words, parsed.database or ""


def _sqlite_file(ctx: Context, command: str) -> Path | None:
    """The configured database's file; on the office server None, after printing the pg_dump (pg_restore) way:
    the command line on standard output, ready to copy, and why on standard error."""
    url = normalise_url(ctx.url).render_as_string(hide_password=False)
    path = backup.sqlite_path(url)
    if path is not None:
        return path
    if make_url(url).get_backend_name() == "sqlite":
        raise UsageError("um banco SQLite em memória não tem arquivo; use --db sqlite:///ARQUIVO")
    server, name = _server_args(url)
    where = make_url(url).render_as_string(hide_password=True)
    target = str(Path(ctx.args.file))
    if command == "backup":
        _print(_command_line(["pg_dump", "-Fc", *server, "-d", name, "-f", target]))
        _print(f"o banco {where} é um servidor PostgreSQL: a cópia é feita com o pg_dump do servidor, no formato "
               "custom (-Fc), com o comando acima (a senha vem de PGPASSWORD ou do arquivo .pgpass); nada foi "
               "copiado.", file=sys.stderr)
    else:
        _print(_command_line(["pg_restore", "--clean", "--if-exists", *server, "-d", name, target]))
        _print(f"o banco {where} é um servidor PostgreSQL: um administrador do servidor restaura uma cópia do "
               "pg_dump com o comando acima, com o Pit Stop fechado em todas as estações; nada foi alterado.",
               file=sys.stderr)
    return None


ON_SERVER = 2
"""The exit code of backup and restore on the office server: nothing was copied (a nightly script must notice),
the command to use instead was printed."""


def cmd_db_backup(ctx: Context) -> int:
    source = _sqlite_file(ctx, "backup")
    if source is None:
        return ON_SERVER
    target = Path(ctx.args.file)
    if not source.is_file():
        raise Missing(f"o banco {source} não existe; nada a copiar")
    if target.exists():
        if target.is_dir():
            raise UsageError(f"{target} é uma pasta; informe o nome do arquivo da cópia")
        if _same(source, target):
            raise UsageError(f"{target} é o próprio banco; escolha outro arquivo para a cópia")
        if not ctx.args.force:
            raise NotConfirmed(f"o arquivo {target} já existe; para substituí-lo, repita com --force")
    try:
        facts = backup.copy_online(source, target)
    except (sqlite3.Error, OSError) as exc:
        raise UsageError(f"não foi possível copiar o banco {source}: {exc}") from exc
    _print(f"cópia do banco {source} salva em {target}: {_size(facts.size)}, esquema {facts.revision or 'vazio'}")
    return 0


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _check_restorable(file: Path) -> backup.FileFacts:
    """The file's facts, if it is a Pit Stop database of a schema this version knows; otherwise the refusal."""
    from pitstop_desktop.db.migrate import known_revisions

    if not file.exists():
        raise Missing(f"o arquivo {file} não existe")
    if not file.is_file():
        raise UsageError(f"{file} não é um arquivo")
    try:
        if not backup.is_sqlite_file(file):
            raise UsageError(f"{file} não é um banco SQLite (nem uma cópia feita com `pitstop db backup`)")
        facts = backup.read_facts(file)
    except (OSError, sqlite3.Error) as exc:
        raise UsageError(f"não foi possível ler {file}: {exc}") from exc
    if facts.integrity != "ok":
        raise UsageError(f"{file} está danificado (o SQLite diz: {facts.integrity}); use outra cópia")
    if facts.revision is None or not facts.tables >= backup.PITSTOP_TABLES:
        raise UsageError(f"{file} é um banco SQLite, mas não do Pit Stop (não tem as tabelas nem a versão do "
                         "esquema do Pit Stop)")
    if facts.revision not in known_revisions():
        display = str(file)
        if facts.needs:
            raise DatabaseUnavailable("database.newer_schema", url=display, revision=facts.revision,
                                      needs=facts.needs)
        raise DatabaseUnavailable("database.newer_schema_unknown", url=display, revision=facts.revision)
    return facts


def _confirm(question: str) -> bool:
    """Asked on a terminal; a script says --yes."""
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(f"{question} Digite sim para continuar: ")
    except EOFError:
        return False
    return answer.strip().lower() in ("sim", "s", "yes", "y")


def cmd_db_restore(ctx: Context) -> int:
    from pitstop_desktop.db import Database
    from pitstop_desktop.db.migrate import upgrade

    target = _sqlite_file(ctx, "restore")
    if target is None:
        return ON_SERVER
    file = Path(ctx.args.file)
    facts = _check_restorable(file)
    if _same(file, target):
        raise UsageError(f"{file} é o próprio banco configurado; nada a restaurar")
    exists = target.is_file() and target.stat().st_size > 0
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    keep = target.with_name(f"{target.stem}-antes-da-restauracao-{stamp}{target.suffix or '.db'}")
    question = (f"Substituir o banco {target} pelo conteúdo de {file} (esquema {facts.revision})?"
                + (f" O banco atual fica guardado em {keep}." if exists else "")
                + " Feche antes as janelas do Pit Stop deste computador.")
    if not ctx.args.yes and not _confirm(question):
        raise NotConfirmed(f"restaurar substitui todo o banco {target}; confirme com --yes (o banco atual fica "
                           f"guardado ao lado dele, em {target.stem}-antes-da-restauracao-….db)")
    if exists:
        try:
            backup.copy_online(target, keep)
        except (sqlite3.Error, OSError) as exc:
            raise UsageError(f"não foi possível guardar o banco atual {target} antes de restaurar ({exc}); nada "
                             "foi alterado") from exc
    try:
        backup.restore_online(file, target)
    except (sqlite3.Error, OSError) as exc:
        kept = f"; o banco anterior está em {keep}" if exists else ""
        raise UsageError(f"a restauração de {file} em {target} falhou: {exc}{kept}") from exc
    db = Database(ctx.url)
    try:
        before, after = upgrade(db)
    finally:
        db.dispose()
    migrated = f", atualizado do esquema {before} para {after}" if before != after else f", esquema {after}"
    _print(f"banco {target} restaurado de {file}{migrated}"
           + (f"; o banco anterior ficou em {keep}" if exists else ""))
    return 0
