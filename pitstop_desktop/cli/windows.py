"""The commands that open a window: the console, the technician's seat, the intake window, the screenshots.

A window's first start on a computer with no settings file (and no ``--db``, ``PITSTOP_DATABASE_URL`` or SQLite
file of an earlier version) shows the first-run wizard before it (``--no-setup`` skips it: the default SQLite file,
with the demo day, as ``make run`` wants).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pitstop_desktop.cli.context import Context, UsageError
from pitstop_desktop.cli.output import _print


def seat_ready(ctx: Context) -> bool:
    """Before a window: the first-run wizard on a computer never set up (False: the person cancelled it), else a
    word about the settings file's problems, if it has any."""
    from pitstop_desktop.config import first_run
    from pitstop_desktop.db.engine import default_database_path

    if getattr(ctx.args, "no_setup", False) or not first_run(ctx.args.db, default_database_path(), ctx.config):
        if ctx.config.problems:
            from pitstop_desktop.views.app import application, install_translations
            from pitstop_desktop.views.seat_config import report_problems

            install_translations(application())
            report_problems(ctx.config)
        return True
    from pitstop_desktop.demo.loading import load_demo
    from pitstop_desktop.views.setup import run_first_run

    if not run_first_run(load_demo):
        _print("primeira execução cancelada: nada foi configurado", file=sys.stderr)
        return False
    ctx.resolve()  # the database the wizard chose
    return True


def cmd_console(ctx: Context) -> int:
    from pitstop_desktop.views.app import display_problem, run_console

    problem = display_problem()
    if problem:
        raise UsageError(f"o console precisa de uma tela: {problem}")
    if not seat_ready(ctx):
        return 0
    return run_console(ctx.window_database(), ctx.args.console_as, database_flag=ctx.args.db)


def cmd_agenda(ctx: Context) -> int:
    from pitstop_desktop.views.agenda import run_agenda
    from pitstop_desktop.views.app import display_problem

    problem = display_problem()
    if problem:
        raise UsageError(f"a agenda precisa de uma tela: {problem}")
    if not seat_ready(ctx):
        return 0
    return run_agenda(ctx.window_database(), ctx.args.agenda_as or ctx.args.console_as)


def cmd_consulting(ctx: Context) -> int:
    from pitstop_desktop.views.app import display_problem
    from pitstop_desktop.views.consulting import run_consulting

    problem = display_problem()
    if problem:
        raise UsageError(f"a agenda da consultoria precisa de uma tela: {problem}")
    if not seat_ready(ctx):
        return 0
    return run_consulting(ctx.window_database(), ctx.args.consulting_as or ctx.args.console_as)


def hand_over_intake(caller: str | None) -> bool:
    """The phone system runs ``pitstop intake --caller PHONE`` on every ringing call: an intake window already
    open on this computer takes the call (or just comes to the front). Called by :func:`cli.main` before the
    database layer or Qt is imported (views.handover needs neither)."""
    from pitstop_desktop.views.handover import send_to_running

    if not send_to_running(caller or ""):
        return False
    _print("ligação entregue à janela de registro já aberta" if caller else
           "a janela de registro já está aberta", file=sys.stderr)
    return True


def cmd_intake(ctx: Context) -> int:
    a = ctx.args
    if hand_over_intake(a.caller):  # a window opened meanwhile (cli.main asked before opening anything)
        return 0
    from pitstop_desktop.views.app import display_problem
    from pitstop_desktop.views.intake import run_intake

    problem = display_problem()
    if problem:
        raise UsageError(f"a janela de registro precisa de uma tela: {problem}")
    if not seat_ready(ctx):
        return 0
    return run_intake(ctx.window_database(), caller=a.caller, as_login=a.intake_as)


def cmd_screenshots(ctx: Context) -> int:
    from pitstop_desktop.tools.screenshots import render_screenshots

    paths = render_screenshots(Path(ctx.args.out), progress=lambda line: _print(line, file=sys.stderr))
    _print(f"{len(paths)} imagens em {ctx.args.out}")
    return 0
