"""The database itself: upgrading it, the office server's roles, the demonstration day."""

from __future__ import annotations

from pitstop_desktop.cli.context import Context
from pitstop_desktop.cli.output import _print
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.migrate import ensure_current, upgrade
from pitstop_desktop.demo import day as demo
from pitstop_desktop.domain.timeparse import parse_date
from pitstop_desktop.services import (
    roles,
)


def cmd_db_upgrade(ctx: Context) -> int:
    db = ctx.database(migrate=False, demo_on_first_run=False)
    before, after = upgrade(db)
    _print(f"banco {db.display_url}: {before or 'vazio'} → {after}" if before != after
          else f"banco {db.display_url} já está na versão {after}")
    return 0


def cmd_db_init_roles(ctx: Context) -> int:
    db = ctx.database(migrate=False, demo_on_first_run=False)
    roles.require_office_server(db)  # before anything is created or migrated
    ensure_current(db)
    prefix = roles.init_roles(db, ctx.args.prefix)
    groups = ", ".join(f"{prefix}{g}" for g in db_roles.GROUPS)
    _print(f"banco {db.display_url}: papéis prontos: dono {prefix}owner (sem login), grupos {groups}; cada pessoa "
           f"da equipe tem o seu login {prefix}<login>, e o servidor passa a conferir as senhas: defina a de quem "
           f"já estava cadastrado com `pitstop staff password LOGIN`")
    return 0


def cmd_demo(ctx: Context) -> int:
    a = ctx.args
    db = ctx.database(demo_on_first_run=False)
    day = parse_date(a.date) if a.date else None
    summary = demo.load_demo(db, day=day, reset=a.reset, confirm=a.confirm)
    _print(summary)
    return 0
