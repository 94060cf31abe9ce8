"""`pitstop config`: the seat's settings (config.py) — shown with where each comes from, set and unset.

Runs before anything else is imported (``cli.main`` hands it the arguments at once): no database, no Qt, only the
TOML file, so it answers as fast as ``pitstop --help``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from pitstop_desktop import config
from pitstop_desktop.cli.context import UsageError
from pitstop_desktop.cli.output import _print
from pitstop_desktop.cli.wording import refusal_text
from pitstop_desktop.domain.errors import PitstopError

SOURCE_WORDS = {
    config.Source.CLI: "de --db",
    config.Source.ENV: f"de {config.URL_ENV}",
    config.Source.FILE: "do arquivo de configuração",
    config.Source.DEFAULT: "padrão: o SQLite deste computador",
}
def default_database_file() -> Path:
    """The SQLite file a seat opens by default (db/engine.py's, found without importing the database layer)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(config.APP_NAME, config.APP_AUTHOR)) / "pitstop.db"


def run_config(args: argparse.Namespace) -> int:
    """The command, with the CLI's contract: one line for a refusal, exit 2 for a bad key or value."""
    try:
        if args.action == "set":
            return _set(args)
        if args.action == "unset":
            return _unset(args)
        return _show(args)
    except PitstopError as exc:
        _print(refusal_text(exc), file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `pitstop config | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        _print(f"não foi possível gravar o arquivo de configuração: {exc}", file=sys.stderr)
        return 1


def _show(args: argparse.Namespace) -> int:
    if args.key is not None:
        raise UsageError("pitstop config mostra todas as configurações; para mudar uma: pitstop config set CHAVE "
                         "VALOR")
    resolved = config.resolve_database(args.db)
    loaded = resolved.loaded
    url = resolved.url or f"sqlite:///{default_database_file().as_posix()}"
    for problem in loaded.problems:
        _print(f"aviso: {refusal_text(problem)}", file=sys.stderr)
    if args.json:
        document = {
            "path": str(loaded.path),
            "exists": loaded.exists,
            "database": {"url": config.hide_password(url), "source": resolved.source.value},
            "settings": [{"key": key, "value": config.value_of(loaded.config, key),
                          "source": loaded.source(key).value, "default": config.value_of(config.DEFAULTS, key)}
                         for key in config.KEYS],
            "problems": [refusal_text(p) for p in loaded.problems],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    state = "" if loaded.exists else " (ainda não existe: valem os padrões)"
    _print(f"arquivo de configuração: {loaded.path}{state}")
    _print(f"banco em uso: {config.hide_password(url)} ({SOURCE_WORDS[resolved.source]})")
    _print("")
    rows = [(key, config.show_value(config.value_of(loaded.config, key)),
             "arquivo" if loaded.source(key) is config.Source.FILE else "padrão") for key in config.KEYS]
    widths = [max(len(title), *(len(row[i]) for row in rows)) for i, title in enumerate(("chave", "valor"))]
    _print(f"{'chave'.ljust(widths[0])}  {'valor'.ljust(widths[1])}  origem")
    for key, value, source in rows:
        _print(f"{key.ljust(widths[0])}  {value.ljust(widths[1])}  {source}")
    _print("")
    _print("mude com: pitstop config set CHAVE VALOR; volte ao padrão com: pitstop config unset CHAVE")
    return 0


def _after_write(args: argparse.Namespace, key: str, moved: Path | None) -> None:
    if moved is not None:
        _print(f"o arquivo anterior não pôde ser lido e foi guardado em {moved}", file=sys.stderr)
    if key.startswith(f"{config.DB}."):
        overrides = "--db" if args.db else (config.URL_ENV if os.environ.get(config.URL_ENV) else None)
        if overrides:
            _print(f"aviso: {overrides} está definido e vale no lugar do banco do arquivo", file=sys.stderr)
    if key == "language":
        _print("o idioma muda na próxima vez que uma janela abrir", file=sys.stderr)


def _emit(args: argparse.Namespace, key: str, text: str) -> None:
    loaded = config.load()
    value = config.value_of(loaded.config, key)
    if args.json:
        document: dict[str, Any] = {"key": key, "value": value, "source": loaded.source(key).value,
                                    "path": str(loaded.path)}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        _print(text.format(value=config.show_value(value), path=loaded.path))


def _set(args: argparse.Namespace) -> int:
    if args.key is None or args.value is None:
        raise UsageError("informe a chave e o valor: pitstop config set CHAVE VALOR (as chaves: pitstop config)")
    _value, moved = config.set_value(args.key, args.value)
    _emit(args, args.key, f"{args.key} = {{value}} (gravado em {{path}})")
    _after_write(args, args.key, moved)
    return 0


def _unset(args: argparse.Namespace) -> int:
    if args.key is None or args.value is not None:
        raise UsageError("informe só a chave: pitstop config unset CHAVE")
    moved = config.unset_value(args.key)
    _emit(args, args.key, f"{args.key} volta ao padrão: {{value}} ({{path}})")
    _after_write(args, args.key, moved)
    return 0
