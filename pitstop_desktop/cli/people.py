"""People and their day: staff, clients, the roster, the tabs' long-wait thresholds, presence."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, time
from pathlib import Path
from typing import Any

from pitstop_desktop.cli.context import Context, UsageError
from pitstop_desktop.cli.output import _emit_json, _hhmm, _print, _table
from pitstop_desktop.cli.wording import refusal_text
from pitstop_desktop.domain.codes import PresenceKind
from pitstop_desktop.domain.roster import decode_csv, week_code
from pitstop_desktop.domain.timeparse import parse_date, parse_hhmm, parse_hhmm_range, parse_moment
from pitstop_desktop.domain.vocabulary import (
    PRESENCE,
    PRESENCE_EVENT,
    ROLE,
    label,
)
from pitstop_desktop.services import (
    people,
    presence,
    roster,
    signals,
)
from pitstop_desktop.services.records import to_jsonable


def cmd_staff_add(ctx: Context) -> int:
    a = ctx.args
    password = sys.stdin.readline().rstrip("\r\n") if a.password_stdin else None
    if a.password_stdin and not password:
        raise UsageError("--password-stdin: nenhuma senha lida da entrada padrão")
    view = people.add_staff(ctx.database(), login=a.login, name=a.name, role=a.role, tabs=a.tab or (),
                            site=a.site, password=password)
    _print(f"{view.login} ({view.role}) cadastrado(a)")
    return 0


def _new_password(a: argparse.Namespace) -> str:
    """From standard input with --password-stdin (scripts), otherwise typed twice without echo."""
    if a.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UsageError("--password-stdin: nenhuma senha lida da entrada padrão")
        return password
    import getpass

    password = getpass.getpass("nova senha: ")
    if getpass.getpass("repita a nova senha: ") != password:
        raise UsageError("as duas senhas não conferem; nada foi mudado")
    return password


def cmd_staff_password(ctx: Context) -> int:
    """A person's own password (--as LOGIN, or the login alone: yourself); an administrator anyone's."""
    from pitstop_desktop.services import accounts

    a = ctx.args
    actor = a.actor or a.login
    accounts.change_password(ctx.database(), actor=actor, login=a.login, password=_new_password(a))
    _print(f"senha de {a.login} trocada")
    return 0


def _set_active(ctx: Context, active: bool) -> int:
    from pitstop_desktop.services import accounts

    accounts.set_active(ctx.database(), login=ctx.args.login, active=active)
    done = "reativado(a)" if active else "desativado(a): não entra mais nem recebe OCs"
    _print(f"{ctx.args.login} {done}")
    return 0


def cmd_staff_disable(ctx: Context) -> int:
    return _set_active(ctx, False)


def cmd_staff_enable(ctx: Context) -> int:
    return _set_active(ctx, True)


def cmd_staff_list(ctx: Context) -> int:
    rows = people.list_staff(ctx.database())
    if ctx.args.json:
        _emit_json(ctx, rows)
    else:
        _table([(s.login, s.name, label(ROLE, s.role), s.site, ",".join(s.tabs)) for s in rows],
               ["login", "nome", "papel", "local", "abas"])
    return 0


def cmd_staff_consulting_team(ctx: Context) -> int:
    from pitstop_desktop.services import intake

    logins = ctx.args.logins
    team = intake.set_consulting_team(ctx.database(), logins) if logins or ctx.args.clear else \
        intake.consulting_team(ctx.database())
    if ctx.args.json:
        _emit_json(ctx, sorted(team))
    else:
        _print("equipe da consultoria: " + (", ".join(sorted(team)) if team else "(ninguém)"))
    return 0


def cmd_client_add(ctx: Context) -> int:
    a = ctx.args
    view = people.add_client(ctx.database(), code=a.code, name=a.name, phone=a.phone, consulting=a.consulting)
    _print(f"cliente {view.code} cadastrado")
    return 0


def cmd_client_list(ctx: Context) -> int:
    rows = people.list_clients(ctx.database())
    if ctx.args.json:
        _emit_json(ctx, rows)
    else:
        _table([(c.code, c.name, c.phone, "sim" if c.consulting else "") for c in rows],
               ["código", "nome", "telefone", "consultoria"])
    return 0


def cmd_roster_set(ctx: Context) -> int:
    a = ctx.args
    view = people.set_roster(ctx.database(), login=a.login, day=parse_date(a.date), start=parse_hhmm(a.start),
                             end=parse_hhmm(a.end), lunch=parse_hhmm_range(a.lunch) if a.lunch else None)
    _print(f"escala de {view.login} em {view.day}: {_hhmm(ctx, view.start)}–{_hhmm(ctx, view.end)}")
    return 0


_PRESENCE_EVENTS = tuple(k.value for k in PresenceKind)
_PRESENCE_USAGE = ("use `presence EVENTO --as LOGIN` (a sua presença), `presence LOGIN EVENTO` (administrador) ou "
                   "`presence correct LOGIN --kind EVENTO --at HORA --reason MOTIVO --as LOGIN` (gestão); eventos: "
                   + ", ".join(_PRESENCE_EVENTS))


_WEEKDAYS = ("seg", "ter", "qua", "qui", "sex", "sáb", "dom")


def _day(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day:%d/%m}"


def _span(start: time, end: time) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


def _week_json(view: roster.RosterWeek) -> dict[str, Any]:
    """The week as JSON: its days, and each person with their shifts by ISO date."""
    shifts = view.by_person()
    return {
        "week": view.week, "tab": view.tab, "days": to_jsonable(view.days),
        "people": [{**to_jsonable(p), "days": {d.isoformat(): to_jsonable(s) for d, s in shifts[p.login].items()}}
                   for p in view.people],
    }


def cmd_roster_week(ctx: Context) -> int:
    a = ctx.args
    view = roster.week(ctx.database(), week=a.week, tab=a.tab)
    if a.json:
        print(json.dumps(_week_json(view), ensure_ascii=False, indent=2))
        return 0
    first, last = view.days[0].day, view.days[-1].day
    _print(f"semana {view.week} ({first:%d/%m} a {last:%d/%m})" + (f", aba {view.tab}" if view.tab else ""))
    for d in view.days:
        if d.exception is not None:
            kind = "aberto (exceção)" if d.exception == "open" else "fechado (exceção)"
            _print(f"  {_day(d.day)}  {kind}" + (f": {d.note}" if d.note else ""))
        elif d.holiday:
            _print(f"  {_day(d.day)}  feriado: {d.holiday}")
        elif not d.open:
            _print(f"  {_day(d.day)}  fechado")
    shifts = view.by_person()
    names = {p.login: p.name for p in view.people}
    _table([(c.login, names.get(c.login, ""), _day(c.day), _span(c.shift.start, c.shift.end),
             _span(*c.shift.lunch) if c.shift.lunch else "-") for c in view.cells],
           ["login", "nome", "dia", "turno", "almoço"])
    idle = [p.login for p in view.people if not shifts[p.login]]
    if idle:
        _print("sem escala na semana: " + ", ".join(idle))
    return 0


def _roster_change(done: roster.RosterChange) -> str:
    text = f"{done.set} dia(s) definido(s), {done.cleared} dia(s) limpo(s)"
    if done.skipped_days:
        text += "; dias fechados no calendário mantidos como estavam: " + ", ".join(_day(d) for d in done.skipped_days)
    return text


def cmd_tab_long_wait(ctx: Context) -> int:
    a = ctx.args
    minutes = signals.set_long_wait(ctx.database(), a.tab, a.minutes, actor=ctx.actor(), at=ctx.at())
    if minutes:
        _print(f"aba {a.tab}: demora excessiva em linha depois de {minutes} min")
    else:
        _print(f"aba {a.tab}: sem limite de espera (o quadro não marca demora excessiva)")
    return 0


def cmd_tab_long_waits(ctx: Context) -> int:
    waits = signals.long_waits(ctx.database())
    if ctx.args.json:
        _emit_json(ctx, [{"tab": tab, "minutes": minutes} for tab, minutes in waits.items()])
    else:
        _table([(tab, f"{minutes} min" if minutes else "sem limite") for tab, minutes in waits.items()],
               ["aba", "demora excessiva em linha depois de"])
    return 0


def cmd_roster_copy(ctx: Context) -> int:
    a = ctx.args
    done = roster.copy_week(ctx.database(), actor=ctx.actor(), from_week=a.from_week, to_week=a.to_week, tab=a.tab,
                            at=ctx.at())
    target = week_code(roster.week_monday_of(a.to_week))
    _print(f"semana {done.source_week} copiada para {target}" + (f" (aba {a.tab})" if a.tab else "") + ": "
           + _roster_change(done))
    return 0


def cmd_roster_usual(ctx: Context) -> int:
    a = ctx.args
    done = roster.apply_usual_week(ctx.database(), actor=ctx.actor(), login=a.login, week=a.week, at=ctx.at())
    target = week_code(roster.week_monday_of(a.week))
    _print(f"semana habitual de {a.login} ({done.source_week}) aplicada em {target}: " + _roster_change(done))
    return 0


def cmd_roster_import(ctx: Context) -> int:
    """Every refused line on stderr with its number; exit 2 when any line was refused (the others are applied)."""
    a = ctx.args
    try:
        data = sys.stdin.buffer.read() if a.file == "-" else Path(a.file).read_bytes()
    except OSError as exc:
        raise UsageError(f"não foi possível ler {a.file}: {exc.strerror or exc}") from None
    report = roster.import_csv(ctx.database(), actor=ctx.actor(), text=decode_csv(data), at=ctx.at())
    for line in report.refused:
        _print(f"linha {line.number}: {refusal_text(line.error)}", file=sys.stderr)
    _print(f"{report.applied} linha(s) aplicada(s): {_roster_change(report.change)}"
           + (f"; {len(report.refused)} linha(s) recusada(s)" if report.refused else ""))
    return 2 if report.refused else 0


def cmd_presence(ctx: Context) -> int:
    """Three shapes: ``EVENT --as LOGIN`` (your own, now), ``LOGIN EVENT`` (the administrator of the connection,
    or with ``--as`` management for someone else) and ``correct LOGIN --kind --at --reason --as`` (management)."""
    a = ctx.args
    words = list(a.words)
    if len(words) == 2 and words[0] == "correct" and words[1] not in _PRESENCE_EVENTS:
        return _presence_correct(ctx, words[1])
    if a.kind or a.reason:
        raise UsageError("--kind e --reason são da correção: " + _PRESENCE_USAGE)
    if len(words) == 1 and words[0] in _PRESENCE_EVENTS:
        view = presence.record(ctx.database(), actor=ctx.actor(), kind=words[0], at=ctx.at())
    elif len(words) == 2:
        login, event = words  # an unknown event is the service's refusal (value.presence_event)
        if a.actor:
            view = presence.record(ctx.database(), actor=a.actor, login=login, kind=event, at=ctx.at())
        else:
            view = presence.record_presence(ctx.database(), login=login, kind=event, at=ctx.at())
    else:
        raise UsageError(_PRESENCE_USAGE)
    _print(f"{view.login}: {label(PRESENCE_EVENT, view.kind)} às {_hhmm(ctx, view.at)} ({label(PRESENCE, view.state)})")
    return 0


def _presence_correct(ctx: Context, login: str) -> int:
    """``--at`` is when the corrected event happened; the correction itself is recorded now (the server's clock)."""
    a = ctx.args
    if not (a.kind and a.at and a.reason is not None):
        raise UsageError("presence correct precisa de --kind EVENTO, --at HORA e --reason MOTIVO, e de quem corrige: "
                         "--as LOGIN")
    when = parse_moment(a.at, ctx.tz)
    view = presence.correct(ctx.database(), actor=ctx.actor(), login=login, kind=a.kind, when=when, reason=a.reason)
    _print(f"{view.login}: {label(PRESENCE_EVENT, view.kind)} às {_hhmm(ctx, view.at)} registrado(a) por "
           f"{view.recorded_by} ({view.reason}); agora: {label(PRESENCE, view.state)}")
    return 0
