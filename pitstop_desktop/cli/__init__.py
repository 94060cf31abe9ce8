"""The `pitstop` command line: every use case for administrators and integrations.

Exit codes are a contract: 0 done; 2 bad usage or value; 3 a manual rule refused (message starts with the
rule); 4 not found; 5 conflict (someone else got there first); 6 not permitted; 1 anything unexpected.

A newcomer finds a command by its area: cli/work.py (OCs, offers, escalations, APOIO, appointments),
cli/people.py (staff, clients, roster, presence), cli/admin.py (the database, the demo), cli/windows.py (the
windows); cli/parser.py is the table of commands, cli/wording.py the CLI's wording of refusals.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence

from pitstop_desktop.cli.context import Context, UsageError
from pitstop_desktop.cli.output import _print, printable
from pitstop_desktop.cli.parser import build_parser
from pitstop_desktop.cli.wording import CLI_WORDING, refusal_text
from pitstop_desktop.domain.errors import PitstopError

__all__ = ["CLI_WORDING", "Context", "UsageError", "build_parser", "main", "printable", "refusal_text"]


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
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

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
        _print(f"erro inesperado: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the contract: never a traceback on the terminal
        if os.environ.get("PITSTOP_DEBUG"):
            raise
        _print(f"erro inesperado ({type(exc).__name__}): {exc}. Rode com PITSTOP_DEBUG=1 para detalhes.",
              file=sys.stderr)
        return 1
    finally:
        ctx.close()
