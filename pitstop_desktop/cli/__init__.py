"""The `pitstop` command line: every use case for administrators and integrations.

Exit codes are a contract: 0 done; 2 bad usage or value; 3 a manual rule refused (message starts with the
rule); 4 not found; 5 conflict (someone else got there first); 6 not permitted; 1 anything unexpected.

A newcomer finds a command by its area: cli/work.py (OCs, offers, escalations, APOIO, appointments),
cli/people.py (staff, clients, roster, presence), cli/consulting.py (the consulting team: contacts, contact
persons, tasks, the work plan, meeting rooms, a client's consultant), cli/admin.py (the database, the demo),
cli/windows.py (the windows, and the first-run wizard before them), cli/config.py (the seat's settings file),
cli/report.py (the weekly management report); cli/parser.py is the table of commands, cli/wording.py the CLI's
wording of refusals.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from pitstop_desktop.cli.context import Context, UsageError
from pitstop_desktop.cli.output import _print, printable
from pitstop_desktop.cli.parser import build_parser
from pitstop_desktop.cli.wording import CLI_WORDING, refusal_text
from pitstop_desktop.domain.errors import PitstopError

__all__ = ["CLI_WORDING", "Context", "UsageError", "build_parser", "main", "printable", "refusal_text"]

log = logging.getLogger(__name__)

WINDOWS = {"windows:cmd_console": "console", "windows:cmd_intake": "intake", "windows:cmd_agenda": "agenda"}
"""The commands that open a window, and the log file each writes (``logs.py``); every other command: ``cli``."""


def _command_name(args: argparse.Namespace) -> str:
    """``oc new``, ``db backup``, ``console``: what ran, for the log (never its arguments: a URL may hold a
    password)."""
    words = [str(getattr(args, name)) for name in ("command", f"{getattr(args, 'command', '')}_command")
             if getattr(args, name, None)]
    return " ".join(words) or "console"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script: one line for every refusal, never a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)  # `--help` and usage errors end here, before the database layer is imported
    if args.self_test:  # its own temporary database: no --db, no settings, no user data
        from pitstop_desktop.tools.selftest import run_self_test

        return run_self_test()
    if args.func == "windows:cmd_intake":  # a ringing call: a window already open takes it, nothing else loads
        from pitstop_desktop.cli.windows import hand_over_intake

        if hand_over_intake(args.caller):
            return 0
    if args.func == "config:cmd_config":  # the seat's file only: no database layer, no Qt
        from pitstop_desktop.cli.config import run_config

        return run_config(args)
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    from pitstop_desktop import logs

    program = WINDOWS.get(str(args.func), "cli")
    logs.configure_logging(program, console=program != "cli")  # after the hand-over: a ringing call stays fast
    log.info("command: %s", _command_name(args))
    try:
        ctx = Context(args)
    except PitstopError as exc:
        _print(refusal_text(exc), file=sys.stderr)
        return exc.exit_code
    module, name = str(args.func).split(":")
    func: Callable[[Context], int] = getattr(importlib.import_module(f"pitstop_desktop.cli.{module}"), name)
    try:
        return func(ctx)
    except PitstopError as exc:
        _print(refusal_text(exc), file=sys.stderr)
        return exc.exit_code
    except DBAPIError as exc:
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()
        _print(f"erro do banco {ctx.url.split('@')[-1]}: {detail[0] if detail else type(exc).__name__}",
              file=sys.stderr)
        return 1
    except BrokenPipeError:  # `pitstop oc list | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (SQLAlchemyError, OSError) as exc:
        log.error("command failed", exc_info=exc)
        _print(f"erro inesperado: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the contract: never a traceback on the terminal
        if os.environ.get("PITSTOP_DEBUG"):
            raise
        report = logs.reported_in(exc) or logs.write_crash_report(exc, f"pitstop {_command_name(args)}").path
        saved = f"o relatório está em {report}" if report else "não foi possível salvar o relatório"
        _print(f"erro inesperado ({type(exc).__name__}): {exc}. {saved}; rode com PITSTOP_DEBUG=1 para ver os "
               "detalhes aqui.", file=sys.stderr)
        return 1
    finally:
        ctx.close()
