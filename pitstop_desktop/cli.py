"""The `pitstop` command line: every use case for administrators and integrations.

Exit codes are a contract: 0 done; 2 bad usage or value; 3 a manual rule refused (message starts with the
rule); 4 not found; 5 conflict (someone else got there first); 6 not permitted; 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Any, NoReturn, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from pitstop_desktop.db import Database, default_database_url, resolve_database_url
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.migrate import ensure_current, upgrade
from pitstop_desktop.demo import day as demo
from pitstop_desktop.domain.codes import Channel, EscalationReason, EscalationTarget, Kind, PresenceKind, Role, Site
from pitstop_desktop.domain.errors import BadValue, DatabaseUnavailable, PitstopError
from pitstop_desktop.domain.refusals import render
from pitstop_desktop.domain.roster import decode_csv, week_code
from pitstop_desktop.domain.timeparse import parse_date, parse_hhmm, parse_hhmm_range, parse_moment
from pitstop_desktop.domain.vocabulary import (
    APOIO_REASON,
    CHANNEL,
    ESCALATION_REASON,
    ESCALATION_STATUS,
    ESCALATION_TARGET,
    HISTORY_ACTION,
    KIND,
    PRESENCE,
    PRESENCE_EVENT,
    ROLE,
    SLA_CLOCK,
    SLA_STATE,
    STATUS,
    countdown,
    label,
    remaining,
    sla_class_name,
)
from pitstop_desktop.services import (
    apoio,
    escalations,
    occurrences,
    offers,
    people,
    presence,
    roles,
    roster,
    signals,
    sla,
    slots,
)
from pitstop_desktop.services.records import OccurrenceRecord, to_jsonable
from pitstop_desktop.services.unit_of_work import calendar_timezone


class UsageError(BadValue):
    """The command line itself was used wrongly; its sentence is the CLI's own (no window ever shows it)."""

    def __init__(self, text: str) -> None:
        super().__init__("usage.cli", text=text)

    def __str__(self) -> str:
        return refusal_text(self)


class _Parser(argparse.ArgumentParser):
    """argparse that reports in one line and exits 2, like every other bad value."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (veja {self.prog} --help)\n")


class Context:
    """What a command needs: the database (opened lazily, migrated when behind) and its time zone."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.url = resolve_database_url(args.db)
        self._db: Database | None = None
        self._tz: tzinfo | None = None

    def window_database(self) -> Database:
        """For a window: as :meth:`database`, except on an office server whose seats carry no login of their own
        (every person signs in as themselves): then the checks wait until someone has signed in."""
        try:
            return self.database()
        except DatabaseUnavailable as exc:
            from pitstop_desktop.services import accounts

            db = Database(self.url)
            if not (db.is_postgres and accounts.refused_login(exc)):
                db.dispose()
                raise
            self._db = db
            return db

    def database(self, *, migrate: bool = True, demo_on_first_run: bool = True) -> Database:
        if self._db is None:
            db = Database(self.url)
            if migrate:
                ensure_current(db)
            first_run = self.url == default_database_url() and migrate and not people.list_staff(db)
            if first_run and demo_on_first_run:
                _print(f"Primeira execução: criando o dia de demonstração em {db.display_url}", file=sys.stderr)
                demo.load_demo(db)
            self._db = db
        return self._db

    @property
    def tz(self) -> tzinfo:
        if self._tz is None:
            self._tz = ZoneInfo(calendar_timezone(self.database()))
        return self._tz

    def at(self) -> datetime | None:
        text = getattr(self.args, "at", None)
        return parse_moment(text, self.tz) if text else None

    def actor(self) -> str:
        login = getattr(self.args, "actor", None)
        if not login:
            raise UsageError("informe quem age: --as LOGIN")
        return str(login)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


# Output: the human form prints the desk's words (domain/vocabulary.py, in Portuguese); --json keeps the codes.
# Every human line goes through _print: what people typed (a summary, a name, a note) may hold control characters
# and terminal escapes, which must not reach the terminal raw (an ESC sequence can recolour, retitle or hide
# lines). Newlines, tabs and carriage returns show as spaces (a summary is one line on the board); every other
# C0/C1 control, DEL and the Unicode line separators and bidi overrides show as escapes (``\x1b``, ``\u202e``).
# ``--json`` prints the values exactly (JSON escapes the C0 controls itself).

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe for a terminal line: whitespace controls as spaces, other controls as visible escapes."""
    return _CONTROL.sub(lambda m: " " if m.group() in "\n\t\r" else m.group().encode("unicode_escape").decode(),
                        text)


def _print(text: object, *, file: TextIO | None = None) -> None:
    """One human line (stdout, or ``file``), neutralised by :func:`printable`."""
    print(printable(str(text)), file=file)



def _emit_json(ctx: Context, value: Any, *, drop: frozenset[str] = frozenset()) -> None:
    print(json.dumps(to_jsonable(value, ctx.tz, drop=drop), ensure_ascii=False, indent=2))


def _hhmm(ctx: Context, moment: datetime | None) -> str:
    return moment.astimezone(ctx.tz).strftime("%d/%m %H:%M") if moment else "-"


def _table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> None:
    cells = [[str(c) for c in headers], *[["" if c is None else printable(str(c)) for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for i, row in enumerate(cells):
        _print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            _print("  ".join("-" * w for w in widths))


def _print_oc(ctx: Context, oc: OccurrenceRecord) -> None:
    _print(f"OC {oc.number} — {oc.client} {oc.client_name}")
    _print(f"  {oc.summary}")
    _print(f"  aba {oc.tab} · status {label(STATUS, oc.status)} · canal {label(CHANNEL, oc.channel)}"
          f" · tipo {label(KIND, oc.kind)}")
    _print(f"  SLA {oc.sla} ({sla_class_name(oc.sla)}): vence {_hhmm(ctx, oc.due_at)}"
           f" · {label(SLA_STATE, oc.sla_state)} · {remaining(oc.remaining_minutes)}")
    _print(f"  aberta {_hhmm(ctx, oc.opened_at)} por {oc.opened_by} · responsável {oc.assignee or '-'}"
          + (f" · oferecida a {oc.offered_to}" if oc.offered_to else ""))
    if oc.complementary_of:
        _print(f"  complementar à OC {oc.complementary_of}")
    if oc.closed_at:
        _print(f"  encerrada {_hhmm(ctx, oc.closed_at)} · FAQ {oc.faq}")
    if oc.pending_escalation:
        e = oc.pending_escalation
        _print(f"  escalonamento {e.id} pendente → {label(ESCALATION_TARGET, e.target)}"
              f" ({label(ESCALATION_REASON, e.reason)}) pedido por {e.requested_by}")
    if oc.history:
        _print("  histórico:")
        for h in oc.history:
            dated = "  (datado)" if h.backfilled else ""
            _print(f"    {_hhmm(ctx, h.at)}  {h.by:<12} {label(HISTORY_ACTION, h.action):<22} {h.detail}{dated}")


# Commands


def cmd_console(ctx: Context) -> int:
    from pitstop_desktop.views.app import display_problem, run_console

    problem = display_problem()
    if problem:
        raise UsageError(f"o console precisa de uma tela: {problem}")
    return run_console(ctx.window_database(), ctx.args.console_as)


def cmd_agenda(ctx: Context) -> int:
    from pitstop_desktop.views.agenda import run_agenda
    from pitstop_desktop.views.app import display_problem

    problem = display_problem()
    if problem:
        raise UsageError(f"a agenda precisa de uma tela: {problem}")
    return run_agenda(ctx.window_database(), ctx.args.agenda_as or ctx.args.console_as)


def cmd_intake(ctx: Context) -> int:
    from pitstop_desktop.views.single_instance import send_to_running

    a = ctx.args
    # The phone system runs this on every ringing call: an intake window already open on this computer takes the
    # call (or just comes to the front), before any database is opened.
    if send_to_running(a.caller or ""):
        _print("ligação entregue à janela de registro já aberta" if a.caller else
              "a janela de registro já está aberta", file=sys.stderr)
        return 0
    from pitstop_desktop.views.app import display_problem
    from pitstop_desktop.views.intake import run_intake

    problem = display_problem()
    if problem:
        raise UsageError(f"a janela de registro precisa de uma tela: {problem}")
    return run_intake(ctx.window_database(), caller=a.caller, as_login=a.intake_as)


def cmd_screenshots(ctx: Context) -> int:
    from pitstop_desktop.tools.screenshots import render_screenshots

    paths = render_screenshots(Path(ctx.args.out), progress=lambda line: _print(line, file=sys.stderr))
    _print(f"{len(paths)} imagens em {ctx.args.out}")
    return 0


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


def cmd_staff_disable(ctx: Context) -> int:
    from pitstop_desktop.services import accounts

    accounts.set_active(ctx.database(), login=ctx.args.login, active=ctx.args.func is cmd_staff_enable)
    done = "reativado(a)" if ctx.args.func is cmd_staff_enable else "desativado(a): não entra mais nem recebe OCs"
    _print(f"{ctx.args.login} {done}")
    return 0


def cmd_staff_enable(ctx: Context) -> int:
    return cmd_staff_disable(ctx)


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


def _minutes(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"minutos inválidos: {text!r}") from None


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


def cmd_oc_new(ctx: Context) -> int:
    """Registering always carries a request id (``--request-id``, or a new one), so a retry never duplicates.

    When the answer does not come back (the connection broke, maybe after COMMIT), stderr names the id to retry
    with; ``--json`` shows it beside the OC.
    """
    a = ctx.args
    request_id = a.request_id or str(uuid.uuid4())
    db = ctx.database()
    slot = parse_moment(a.slot, ctx.tz) if a.slot else None
    try:
        oc = occurrences.register_call(
            db, actor=ctx.actor(), client=a.client, channel=a.channel, summary=a.summary, kind=a.kind, sla=a.sla,
            tab=a.tab, complementary_of=a.complementary_of, slot=slot, technician=a.technician, at=ctx.at(),
            request_id=request_id,
        )
    except Exception as exc:
        if not isinstance(exc, PitstopError) or isinstance(exc, DatabaseUnavailable):  # refusals created nothing
            print(f"id de requisição: {request_id} (repita com --request-id {request_id}: se a OC chegou a ser "
                  "criada, ela é devolvida sem duplicar)", file=sys.stderr)
        raise
    if a.json:
        print(json.dumps({**to_jsonable(oc, ctx.tz), "request_id": request_id}, ensure_ascii=False, indent=2))
    else:
        _print(oc.number)
    return 0


def cmd_oc_show(ctx: Context) -> int:
    oc = occurrences.show(ctx.database(), ctx.args.number, at=ctx.at())
    if ctx.args.json:
        _emit_json(ctx, oc)
    else:
        _print_oc(ctx, oc)
    return 0


def cmd_oc_list(ctx: Context) -> int:
    a = ctx.args
    rows = occurrences.list_occurrences(ctx.database(), tab=a.tab, status=a.status, client=a.client, at=ctx.at())
    if a.json:
        _emit_json(ctx, rows, drop=frozenset({"history"}))
    else:
        _table([(o.number, o.client, o.summary[:40], o.tab, label(STATUS, o.status), o.sla,
                 label(SLA_STATE, o.sla_state), countdown(o.remaining_minutes), o.assignee or "-") for o in rows],
               ["OC", "cliente", "resumo", "aba", "status", "SLA", "estado", "restam", "responsável"])
    return 0


def _print_result(ctx: Context, oc: OccurrenceRecord, message: str, warnings: Sequence[str] = ()) -> int:
    for warning in warnings:
        _print(f"aviso: {warning}", file=sys.stderr)
    if getattr(ctx.args, "json", False):
        _emit_json(ctx, oc)
    else:
        _print(message)
    return 0


def cmd_oc_forward(ctx: Context) -> int:
    a = ctx.args
    oc = occurrences.forward(ctx.database(), a.number, actor=ctx.actor(), tab=a.tab, note=a.note, at=ctx.at())
    return _print_result(ctx, oc, f"OC {oc.number} encaminhada para {oc.tab}")


def cmd_oc_offer(ctx: Context) -> int:
    a = ctx.args
    result = offers.offer(ctx.database(), a.number, actor=ctx.actor(), to=a.to, replace=a.replace, at=ctx.at())
    return _print_result(ctx, result.occurrence, f"OC {a.number} oferecida a {a.to}", result.warnings)


def cmd_offers_mine(ctx: Context) -> int:
    rows = offers.offers_for(ctx.database(), login=ctx.actor(), at=ctx.at())
    if ctx.args.json:
        _emit_json(ctx, rows)
    else:
        _table([(o.number, o.client, o.summary[:40], o.tab, o.sla, label(SLA_STATE, o.sla_state),
                 countdown(o.remaining_minutes), o.offered_by, _hhmm(ctx, o.offered_at), o.waiting_minutes)
                for o in rows],
               ["OC", "cliente", "resumo", "aba", "SLA", "estado", "restam", "oferecida por", "em", "min esperando"])
    return 0


def cmd_oc_accept(ctx: Context) -> int:
    result = offers.accept(ctx.database(), ctx.args.number, actor=ctx.actor(), at=ctx.at())
    return _print_result(ctx, result.occurrence, f"OC {ctx.args.number} assumida por {result.occurrence.assignee}")


def cmd_oc_refuse(ctx: Context) -> int:
    a = ctx.args
    result = offers.refuse(ctx.database(), a.number, actor=ctx.actor(), reason=a.reason, at=ctx.at())
    message = f"OC {a.number} recusada"
    if result.moved_to_apoio:
        message += "; todos os técnicos disponíveis recusaram, a OC foi para o APOIO N1 (R5)"
    return _print_result(ctx, result.occurrence, message)


def cmd_oc_escalate(ctx: Context) -> int:
    a = ctx.args
    esc = escalations.escalate(ctx.database(), a.number, actor=ctx.actor(), target=a.to, reason=a.reason,
                               note=a.note, at=ctx.at())
    if a.json:
        _emit_json(ctx, esc)
    else:
        _print(f"escalonamento {esc.id}: OC {esc.number} → {label(ESCALATION_TARGET, esc.target)}, "
              "aguardando a validação de um gestor")
    return 0


def cmd_oc_close(ctx: Context) -> int:
    a = ctx.args
    oc = occurrences.close(ctx.database(), a.number, actor=ctx.actor(), faq=a.faq, note=a.note, at=ctx.at())
    return _print_result(ctx, oc, f"OC {oc.number} encerrada com FAQ {oc.faq}")


def cmd_escalation_list(ctx: Context) -> int:
    rows = escalations.list_escalations(ctx.database(), pending_only=ctx.args.pending)
    if ctx.args.json:
        _emit_json(ctx, rows)
    else:
        _table([(e.id, e.number, label(ESCALATION_TARGET, e.target), label(ESCALATION_REASON, e.reason),
                 e.requested_by, _hhmm(ctx, e.requested_at), label(ESCALATION_STATUS, e.status), e.decided_by or "")
                for e in rows],
               ["id", "OC", "destino", "motivo", "pedido por", "em", "status", "decidido por"])
    return 0


def cmd_escalation_approve(ctx: Context) -> int:
    a = ctx.args
    esc = escalations.approve(ctx.database(), a.id, actor=ctx.actor(), note=a.note, at=ctx.at())
    where = "Especialistas" if esc.target == EscalationTarget.ESPECIALISTAS else "APOIO N1 (segue para o N2)"
    _print(f"escalonamento {esc.id} aprovado: OC {esc.number} → {where}")
    return 0


def cmd_escalation_reject(ctx: Context) -> int:
    a = ctx.args
    esc = escalations.reject(ctx.database(), a.id, actor=ctx.actor(), reason=a.reason, at=ctx.at())
    _print(f"escalonamento {esc.id} rejeitado: a OC {esc.number} continua onde estava")
    return 0


def cmd_apoio_list(ctx: Context) -> int:
    rows = apoio.list_items(ctx.database())
    if ctx.args.json:
        _emit_json(ctx, rows)
    else:
        _table([(i.number, label(APOIO_REASON, i.reason), _hhmm(ctx, i.since), i.claimed_by or "-", i.note or "")
                for i in rows],
               ["OC", "motivo", "desde", "assumida por", "observação"])
    return 0


def cmd_apoio_claim(ctx: Context) -> int:
    item = apoio.claim(ctx.database(), ctx.args.number, actor=ctx.actor(), at=ctx.at())
    if getattr(ctx.args, "json", False):
        _emit_json(ctx, item)
    else:
        _print(f"OC {item.number} assumida por {item.claimed_by}")
    return 0


def cmd_apoio_send(ctx: Context) -> int:
    a = ctx.args
    oc = apoio.send(ctx.database(), a.number, actor=ctx.actor(), reason=a.reason, at=ctx.at())
    return _print_result(ctx, oc, f"OC {oc.number} enviada ao APOIO N1")


def cmd_apoio_forward(ctx: Context) -> int:
    a = ctx.args
    oc = apoio.forward(ctx.database(), a.number, actor=ctx.actor(), tab=a.tab, to=a.to, at=ctx.at())
    extra = f" e oferecida a {oc.offered_to}" if oc.offered_to else ""
    return _print_result(ctx, oc, f"OC {oc.number} encaminhada pelo APOIO para {oc.tab}{extra}")


def cmd_slots(ctx: Context) -> int:
    a = ctx.args
    rows = slots.free_slots(ctx.database(), day=parse_date(a.date), tab=a.tab, technician=a.technician,
                            at=ctx.at())
    if a.json:
        _emit_json(ctx, rows)
    else:
        _table([(_hhmm(ctx, s.start)[-5:], _hhmm(ctx, s.end)[-5:], s.technician) for s in rows],
               ["início", "fim", "técnico"])
    return 0


def cmd_booking_cancel(ctx: Context) -> int:
    oc = slots.cancel_booking(ctx.database(), ctx.args.number, actor=ctx.actor(), at=ctx.at())
    return _print_result(ctx, oc, f"agendamento da OC {oc.number} cancelado; a OC continua com {oc.assignee or '-'}")


def cmd_booking_move(ctx: Context) -> int:
    a = ctx.args
    slot = parse_moment(a.slot, ctx.tz)
    oc = slots.move_booking(ctx.database(), a.number, actor=ctx.actor(), slot=slot, technician=a.technician,
                            at=ctx.at())
    return _print_result(ctx, oc, f"agendamento da OC {oc.number} remarcado: {a.technician} {_hhmm(ctx, slot)}")


def cmd_sla_classes(ctx: Context) -> int:
    rows = sla.sla_classes(ctx.database())
    if ctx.args.json:
        _emit_json(ctx, [{"code": c.code, "target_minutes": c.target_minutes, "clock": c.clock, "name": c.name}
                         for c in rows])
    else:
        _table([(c.code, sla_class_name(c.code, c.name), c.target_minutes, label(SLA_CLOCK, c.clock)) for c in rows],
               ["código", "nome", "minutos", "relógio"])
    return 0


# The parser: a table of commands (and groups of actions) with their arguments, built by one small loop

Handler = Callable[[Context], int]


def _number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"número de OC inválido: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"número de OC inválido: {text!r}")
    return value


class Arg:
    """One ``add_argument`` call, written down for later: its names and options exactly as argparse takes them."""

    __slots__ = ("names", "options")

    def __init__(self, *names: str, **options: Any) -> None:
        self.names = names
        self.options = options


@dataclass(frozen=True)
class Command:
    """``pitstop NAME`` (or ``pitstop GROUP NAME``): its help line, its arguments in order, what runs it."""

    name: str
    help: str
    handler: Handler
    args: tuple[Arg, ...] = ()


@dataclass(frozen=True)
class Group:
    """``pitstop NAME ACTION``: a command made of actions, one of which is required."""

    name: str
    help: str
    actions: tuple[Command, ...]


# Arguments several commands share; a command lists them before its own, so they come first in its help
ACTING = (Arg("--as", dest="actor", metavar="LOGIN", required=True, help="quem age (seu papel vale)"),
          Arg("--at", metavar="ISO-8601", help="quando aconteceu (padrão: agora)"))
LISTING = (Arg("--json", action="store_true", help="saída em JSON"),)
WHEN = (Arg("--at", metavar="ISO-8601", help="o momento de referência (padrão: agora)"),)
NUMBER = Arg("number", type=_number)

ROOT_ARGS = (
    Arg("--db", metavar="URL", help="URL do banco (senão PITSTOP_DATABASE_URL, senão o SQLite local na pasta de dados "
                                    "do usuário)"),
    Arg("--as", dest="console_as", metavar="LOGIN",
        help="abre o console como esta pessoa, sem senha (só no banco de demonstração)"),
)

COMMANDS: tuple[Command | Group, ...] = (
    Group("db", "o banco de dados", (
        Command("upgrade", "aplica as migrações", cmd_db_upgrade),
        Command("init-roles", "cria os papéis do servidor PostgreSQL (dono, grupos, um login por pessoa) e os "
                "privilégios", cmd_db_init_roles, (
                    Arg("--prefix", default=db_roles.DEFAULT_PREFIX,
                        help=f"início do nome de cada papel (padrão: {db_roles.DEFAULT_PREFIX})"),
                )),
    )),
    Command("demo", "carrega um dia de demonstração realista e determinístico", cmd_demo, (
        Arg("--reset", action="store_true", help="apaga os dados e recomeça"),
        Arg("--confirm", metavar="NOME_DO_BANCO",
            help="com --reset num banco que não é de demonstração: o nome do banco (PostgreSQL) ou do arquivo "
                 "(SQLite), para confirmar que tudo será apagado"),
        Arg("--date", metavar="AAAA-MM-DD", help="o dia (padrão: o último dia útil)"),
    )),
    Group("staff", "equipe", (
        Command("add", "cadastra uma pessoa", cmd_staff_add, (
            Arg("login"),
            Arg("--name", required=True),
            Arg("--role", required=True, choices=[r.value for r in Role]),
            Arg("--tab", action="append", metavar="TAB", help="aba atendida (repita para várias)"),
            Arg("--site", default=Site.MATRIZ.value, choices=[x.value for x in Site]),
            Arg("--password-stdin", action="store_true", help="lê a senha da entrada padrão"),
        )),
        Command("list", "lista a equipe", cmd_staff_list, LISTING),
        Command("password", "troca a senha (a sua; um administrador troca a de qualquer pessoa)",
                cmd_staff_password, (
                    Arg("login"),
                    Arg("--as", dest="actor", metavar="LOGIN", help="quem troca (padrão: a própria pessoa)"),
                    Arg("--password-stdin", action="store_true", help="lê a nova senha da entrada padrão"),
                )),
        Command("disable", "desativa uma pessoa: não entra mais nem recebe OCs (o histórico fica)",
                cmd_staff_disable, (Arg("login"),)),
        Command("enable", "reativa uma pessoa desativada", cmd_staff_enable, (Arg("login"),)),
        Command("consulting-team",
                "mostra ou define quem atende pela consultoria (dica da URA na janela de registro)",
                cmd_staff_consulting_team, (
                    *LISTING,
                    Arg("logins", nargs="*", metavar="LOGIN", help="a equipe inteira; sem logins, só mostra"),
                    Arg("--clear", action="store_true", help="esvazia a equipe"),
                )),
    )),
    Group("client", "clientes", (
        Command("add", "cadastra um cliente", cmd_client_add, (
            Arg("code"),
            Arg("--name", required=True),
            Arg("--phone"),
            Arg("--consulting", action="store_true", help="cliente da consultoria"),
        )),
        Command("list", "lista os clientes", cmd_client_list, LISTING),
    )),
    Group("roster", "escala", (
        Command("set", "define turno e almoço de uma pessoa num dia", cmd_roster_set, (
            Arg("login"),
            Arg("--date", required=True, metavar="AAAA-MM-DD"),
            Arg("--start", required=True, metavar="HH:MM"),
            Arg("--end", required=True, metavar="HH:MM"),
            Arg("--lunch", metavar="HH:MM-HH:MM"),
        )),
        Command("week", "a escala de uma semana (pessoa × dia), com feriados e exceções do calendário",
                cmd_roster_week, (
                    *LISTING,
                    Arg("--week", required=True, metavar="AAAA-Www", help="semana ISO, ex.: 2026-W49"),
                    Arg("--tab", help="só quem atende esta aba"),
                )),
        Command("copy", "copia a escala de uma semana para outra (gestão)", cmd_roster_copy, (
            *ACTING,
            Arg("--from-week", required=True, metavar="AAAA-Www"),
            Arg("--to-week", required=True, metavar="AAAA-Www"),
            Arg("--tab", help="só quem atende esta aba"),
        )),
        Command("usual", "aplica a semana habitual de uma pessoa (a última semana completa dela) (gestão)",
                cmd_roster_usual, (
                    *ACTING,
                    Arg("login"),
                    Arg("--week", required=True, metavar="AAAA-Www"),
                )),
        Command("import", "importa um CSV login;date;start;end;lunch_start;lunch_end (gestão); as linhas recusadas "
                "vão para stderr", cmd_roster_import, (
                    *ACTING,
                    Arg("file", metavar="ARQUIVO", help="o CSV (- lê da entrada padrão)"),
                )),
    )),
    Group("tab", "abas", (
        Command("long-wait", "define em quantos minutos numa aba uma OC tem demora excessiva em linha "
                "(administrador; 0: sem limite)", cmd_tab_long_wait, (
                    *ACTING,
                    Arg("tab", metavar="ABA"),
                    Arg("minutes", type=_minutes, metavar="MINUTOS"),
                )),
        Command("long-waits", "o limite de espera de cada aba", cmd_tab_long_waits, LISTING),
    )),
    Command("presence", "registra login, almoço, volta ou logout (a sua, de outra pessoa, ou uma correção da gestão)",
            cmd_presence, (
                Arg("words", nargs="+", metavar="[LOGIN] EVENTO | correct LOGIN",
                    help="EVENTO (login, lunch, back, logout) com --as: a sua presença, agora; LOGIN EVENTO: a de "
                         "outra pessoa (sem --as: o administrador da conexão; com --as: a gestão); correct LOGIN: "
                         "a gestão corrige com --kind, --at e --reason"),
                Arg("--as", dest="actor", metavar="LOGIN", help="quem registra (seu papel vale)"),
                Arg("--at", metavar="ISO-8601",
                    help="quando aconteceu (padrão: agora); numa correção, a hora do evento corrigido"),
                Arg("--kind", metavar="EVENTO", help="correção: o evento (login, lunch, back, logout)"),
                Arg("--reason", help="correção: o motivo (fica no evento e na auditoria)"),
            )),
    Group("oc", "ocorrências", (
        Command("new", "registra uma ligação (R1)", cmd_oc_new, (
            *ACTING, *LISTING,
            Arg("--client", required=True, metavar="CODE"),
            Arg("--channel", required=True, choices=[x.value for x in Channel]),
            Arg("--summary", required=True),
            Arg("--kind", default=Kind.QUESTION.value, choices=[x.value for x in Kind]),
            Arg("--sla", default="24H", metavar="CLASS", help="IS, URGENTE, 2H, 4H, 24H, 72H, 10D"),
            Arg("--tab", metavar="TAB", help="padrão: a primeira aba de quem registra"),
            Arg("--complementary-of", type=_number, metavar="N", help="ligação complementar à OC N (R2)"),
            Arg("--slot", metavar="ISO-8601", help="horário agendado (FAQ 7037, R10)"),
            Arg("--technician", metavar="LOGIN", help="técnico do horário agendado"),
            Arg("--request-id", metavar="ID", help="id do cliente para reenvio idempotente"),
        )),
        Command("show", "mostra uma OC com o histórico", cmd_oc_show, (*LISTING, *WHEN, NUMBER)),
        Command("list", "lista OCs", cmd_oc_list, (
            *LISTING, *WHEN,
            Arg("--tab"),
            Arg("--status"),
            Arg("--client", metavar="CODE"),
        )),
        Command("forward", "encaminha para outra aba (R3)", cmd_oc_forward, (
            *ACTING, *LISTING, NUMBER,
            Arg("--tab", required=True),
            Arg("--note"),
        )),
        Command("offer", "oferece a um técnico (R4)", cmd_oc_offer, (
            *ACTING, *LISTING, NUMBER,
            Arg("--to", required=True, metavar="LOGIN"),
            Arg("--replace", action="store_true",
                help="retira a oferta que ainda espera resposta (quem a tinha fica sabendo pelo histórico)"),
        )),
        Command("accept", "aceita a OC oferecida a você (R9)", cmd_oc_accept, (*ACTING, *LISTING, NUMBER)),
        Command("refuse", "recusa a OC oferecida a você (R5)", cmd_oc_refuse, (
            *ACTING, *LISTING, NUMBER,
            Arg("--reason", required=True),
        )),
        Command("escalate", "pede escalonamento (R6, R7)", cmd_oc_escalate, (
            *ACTING, *LISTING, NUMBER,
            Arg("--to", required=True, choices=[t.value for t in EscalationTarget]),
            Arg("--reason", required=True, choices=[r.value for r in EscalationReason]),
            Arg("--note"),
        )),
        Command("close", "encerra com código FAQ (R11)", cmd_oc_close, (
            *ACTING, *LISTING, NUMBER,
            Arg("--faq", required=True, metavar="CODE"),
            Arg("--note"),
        )),
    )),
    Group("escalation", "escalonamentos", (
        Command("list", "lista escalonamentos", cmd_escalation_list, (
            *LISTING,
            Arg("--pending", action="store_true", help="só os pendentes"),
        )),
        Command("approve", "aprova (gestor, R8)", cmd_escalation_approve, (
            *ACTING,
            Arg("id", type=_number),
            Arg("--note"),
        )),
        Command("reject", "rejeita com motivo (gestor, R8)", cmd_escalation_reject, (
            *ACTING,
            Arg("id", type=_number),
            Arg("--reason", required=True),
        )),
    )),
    Group("apoio", "a fila do APOIO", (
        Command("list", "itens abertos da fila", cmd_apoio_list, LISTING),
        Command("claim", "assume um item (R9); sem N, o mais antigo", cmd_apoio_claim, (
            *ACTING, *LISTING,
            Arg("number", type=_number, nargs="?"),
        )),
        Command("send", "aciona o APOIO quando ninguém atende (R5)", cmd_apoio_send, (
            *ACTING, *LISTING, NUMBER,
            Arg("--reason", required=True),
        )),
        Command("forward", "encaminha um item (N2: R7)", cmd_apoio_forward, (
            *ACTING, *LISTING, NUMBER,
            Arg("--tab", required=True),
            Arg("--to", metavar="LOGIN", help="e oferece a este técnico (R4)"),
        )),
    )),
    Group("offers", "ofertas", (
        Command("mine", "as ofertas que esperam a sua resposta (R4)", cmd_offers_mine, (
            Arg("--as", dest="actor", metavar="LOGIN", required=True, help="de quem são as ofertas"),
            *WHEN, *LISTING,
        )),
    )),
    Group("booking", "agendamentos (FAQ 7037, R10)", (
        Command("cancel", "cancela o agendamento da OC N antes do horário", cmd_booking_cancel, (
            *ACTING, *LISTING, NUMBER,
        )),
        Command("move", "remarca o agendamento da OC N para outro horário livre", cmd_booking_move, (
            *ACTING, *LISTING, NUMBER,
            Arg("--slot", required=True, metavar="ISO-8601", help="o novo horário"),
            Arg("--technician", required=True, metavar="LOGIN", help="o técnico do novo horário (R10)"),
        )),
    )),
    Command("slots", "horários livres para agendamento (R10)", cmd_slots, (
        *LISTING, *WHEN,
        Arg("--date", required=True, metavar="AAAA-MM-DD"),
        Arg("--tab"),
        Arg("--technician", metavar="LOGIN"),
    )),
    Command("agenda", "minha agenda: ofertas para mim, minhas OCs e agendamentos (técnicos e atendentes)",
            cmd_agenda, (
                Arg("--as", dest="agenda_as", metavar="LOGIN",
                    help="abre a agenda desta pessoa, sem senha (só no banco de demonstração)"),
            )),
    Command("intake", "a janela de registro de ligações (atendentes)", cmd_intake, (
        Arg("--caller", metavar="TELEFONE",
            help="pré-seleciona o cliente deste telefone; com uma janela já aberta, a ligação vai para ela "
                 "(para a central telefônica)"),
        Arg("--as", dest="intake_as", metavar="LOGIN",
            help="abre como esta pessoa, sem senha (só no banco de demonstração)"),
    )),
    Command("screenshots", "renderiza as telas do dia de demonstração em PNG", cmd_screenshots, (
        Arg("--out", required=True, metavar="DIR"),
    )),
    Group("sla", "SLA (FAQ 7367)", (
        Command("classes", "as classes de SLA", cmd_sla_classes, LISTING),
    )),
)


def build_parser() -> argparse.ArgumentParser:
    """``pitstop`` (the console) and every command of :data:`COMMANDS`."""
    parser = _Parser(prog="pitstop", description="Pit Stop Desktop: a Agenda do help desk.")
    _add_arguments(parser, ROOT_ARGS)
    parser.add_argument("--version", action="version", version=f"pitstop {_version()}")
    parser.set_defaults(func=cmd_console)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for entry in COMMANDS:
        sub = commands.add_parser(entry.name, help=entry.help)
        if isinstance(entry, Group):
            actions = sub.add_subparsers(dest=f"{entry.name}_command", required=True, metavar="ACTION",
                                         parser_class=_Parser)
            for command in entry.actions:
                _add_command(actions.add_parser(command.name, help=command.help), command)
        else:
            _add_command(sub, entry)
    return parser


def _add_command(parser: argparse.ArgumentParser, command: Command) -> None:
    _add_arguments(parser, command.args)
    parser.set_defaults(func=command.handler)


def _add_arguments(parser: argparse.ArgumentParser, args: Sequence[Arg]) -> None:
    for arg in args:
        parser.add_argument(*arg.names, **arg.options)


def _version() -> str:
    from pitstop_desktop import __version__

    return __version__


# Refusals


# The CLI's wording of a refusal where it differs from the catalogue's (domain/refusals.py): the flags to pass,
# the commands that show the valid values, the values to type. Same parameters; the rule ("R7: ") is put in front
# as for any refusal. Codes are shown as they are typed (``seu papel: technician``).
CLI_WORDING: dict[str, str] = {
    "usage.cli": "{text}",
    "permission.backfill": "só um administrador pode datar uma ação (--at); o servidor usa o relógio dele. Repita "
                           "sem --at.",
    "permission.cannot_act_as": "o servidor não deixa o login {session} agir como {login} (--as); conecte com o "
                                "login de {login} (só um administrador pode agir por outra pessoa).",
    "conflict.request_id_reused": "o id de requisição {request_id} já registrou a OC {number}, de outra ligação; "
                                  "esta não foi registrada: use outro --request-id.",
    "R4.not_offered": "a OC {number} não está oferecida a ninguém; ela precisa ser oferecida a você antes de {task} "
                      "(oc offer).",
    "R6.gated": "{tab} só recebe OCs depois que um gestor aprova o escalonamento; peça o escalonamento com "
                "`oc escalate --to especialistas`.",
    "R7.gated": "N2 só recebe OCs encaminhadas pelo APOIO depois de um escalonamento aprovado; peça o escalonamento "
                "com `oc escalate --to n2`.",
    "R6.reason_missing": "o escalonamento exige um motivo: long_in_line ou not_solvable_n1.",
    "R7.reason_missing": "o escalonamento exige um motivo: long_in_line ou not_solvable_n1.",
    "R6.not_approved": "a OC {number} não tem escalonamento aprovado para {tab}; peça a validação de um gestor "
                       "(oc escalate --to {target}).",
    "R7.not_approved": "a OC {number} não tem escalonamento aprovado para {tab}; peça a validação de um gestor "
                       "(oc escalate --to {target}).",
    "R10.not_free": "{time} não é um horário livre de {name}; escolha um horário de `pitstop slots --date {day}`.",
    "R10.not_technician": "{name} não é técnico(a) e não recebe agendamentos; escolha um técnico da aba "
                          "(pitstop slots --tab TAB).",
    "R10.not_in_tab": "{name} não atende a aba {tab}; agende com um técnico que atende essa aba "
                      "(pitstop slots --tab TAB).",
    "conflict.offer_pending": "a OC {number} já está oferecida a {name} ({login}) desde {time}; para oferecê-la a "
                              "outra pessoa, confirme a troca com --replace: a oferta a {name} é retirada e fica "
                              "registrada no histórico.",
    "not_found.booking": "a OC {number} não tem agendamento (veja `pitstop oc show {number}`)",
    "R11.faq_missing": "encerrar exige um código FAQ; informe --faq CODIGO.",
    "value.channel": "canal desconhecido: '{value}' (use {known})",
    "value.kind": "tipo desconhecido: '{value}' (use {known})",
    "value.status": "status desconhecido: '{value}' (use {known})",
    "value.sla": "classe de SLA desconhecida: '{value}' (use {known})",
    "value.escalation_target": "destino de escalonamento inválido: '{value}' (use especialistas ou n2)",
    "value.escalation_reason": "motivo inválido: '{value}' (use long_in_line ou not_solvable_n1)",
    "value.summary_empty": "o resumo da ligação está vazio; descreva o contato em --summary.",
    "value.slot_without_technician": "um agendamento precisa de --slot e --technician juntos.",
    "value.no_tab": "{login} não atende nenhuma aba; informe --tab.",
    "value.rejection_reason": "informe o motivo da rejeição (--reason).",
    "value.refusal_reason": "informe o motivo da recusa (--reason).",
    "value.apoio_reason": "informe o motivo para acionar o APOIO (--reason).",
    "value.role_or_site": "papel ou local inválido: '{given_role}'/'{given_site}' (papéis: {roles}; locais: {sites})",
    "value.presence_event": "evento de presença inválido: '{event}' (use {known})",
    "value.presence_order": "{login} está {state}; o evento {event} não cabe agora (ordem: {known}).",
    "value.presence_correction_reason": "informe o motivo da correção de presença (--reason).",
    "value.network_share": "o arquivo SQLite {path} está numa pasta de rede; o SQLite não funciona com segurança em "
                           "compartilhamentos de rede. Use uma pasta local ou um servidor PostgreSQL "
                           "(--db postgresql://…).",
    "value.roles_need_postgresql": "os papéis do banco são do servidor do escritório (PostgreSQL); {url} é um "
                                   "arquivo SQLite, que não tem papéis nem logins (--db postgresql://…).",
    "not_found.person": "pessoa desconhecida: '{login}' (veja `pitstop staff list`)",
    "not_found.client": "cliente desconhecido: '{code}' (veja `pitstop client list`)",
    "not_found.tab": "aba desconhecida: '{code}' (use {known})",
    "not_found.escalation": "escalonamento {id} não existe (veja `pitstop escalation list`)",
    "not_found.calendar": "o banco não tem calendário; rode `pitstop db upgrade`.",
    "database.needs_upgrade": "o banco {url} está no esquema {revision} e este Pit Stop usa o {head}: um administrador "
                              "precisa rodar `pitstop db upgrade`.",
    "not_found.roster": "{login} não está na escala de {day}; veja `pitstop slots`.",
    "not_found.usual_week": "não há semana completa de {login} na escala nas {weeks} semanas antes de {week}; "
                            "monte a escala com `pitstop roster set` ou copie outra semana (`pitstop roster copy`).",
    "not_found.apoio_item": "a OC {number} não está na fila do APOIO (veja `pitstop apoio list`)",
    "conflict.demo_has_data": "o banco já tem dados; use `pitstop demo --reset` para recomeçar",
    "permission.apoio_queue": "a OC {number} está na fila do APOIO; quem a encaminha é o APOIO da gestão "
                              "(pitstop apoio forward).",
    "permission.demo_reset_confirm": "o banco {database} tem dados e não é um banco de demonstração; "
                                     "`pitstop demo --reset` apagaria a equipe, as OCs e a auditoria. Para apagar "
                                     "mesmo assim, um administrador confirma com o nome do banco: "
                                     "`pitstop demo --reset --confirm {database}`.",
    "permission.demo_only": "`{command} --as` só pula a entrada no banco de demonstração; entre com login e senha "
                            "({command} sem --as).",
}


def refusal_text(error: PitstopError) -> str:
    """A refusal as the command line says it: one line, the rule in front, codes as typed, the CLI's hints."""
    return render(error, raw_codes=True, wording=CLI_WORDING)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script: one line for every refusal, never a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(args)
    func: Callable[[Context], int] = args.func
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


if __name__ == "__main__":
    sys.exit(main())
