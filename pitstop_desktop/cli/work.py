"""The help desk's work: OCs, offers, escalations, the APOIO queue, appointments, SLA classes."""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Sequence

from pitstop_desktop.cli.context import Context
from pitstop_desktop.cli.output import _emit_json, _emit_json_stream, _hhmm, _print, _print_oc, _stream_table, _table
from pitstop_desktop.domain.codes import EscalationTarget
from pitstop_desktop.domain.errors import DatabaseUnavailable, PitstopError
from pitstop_desktop.domain.timeparse import parse_date, parse_moment
from pitstop_desktop.domain.vocabulary import (
    APOIO_REASON,
    ESCALATION_REASON,
    ESCALATION_STATUS,
    ESCALATION_TARGET,
    SLA_CLOCK,
    SLA_STATE,
    STATUS,
    countdown,
    label,
    sla_class_name,
)
from pitstop_desktop.services import (
    apoio,
    escalations,
    occurrences,
    offers,
    sla,
    slots,
)
from pitstop_desktop.services.records import OccurrenceRecord, to_jsonable


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


OC_LIST_COLUMNS = (("OC", 7), ("cliente", 12), ("resumo", 40), ("aba", 15), ("status", 18), ("SLA", 6),
                   ("estado", 14), ("restam", 8), ("responsável", 0))


def cmd_oc_list(ctx: Context) -> int:
    """Streams: rows are printed as they are read, a batch at a time (any number of OCs, flat memory)."""
    a = ctx.args
    since = parse_moment(a.since, ctx.tz) if a.since else None
    rows = occurrences.iter_occurrences(ctx.database(), tab=a.tab, status=a.status, client=a.client, since=since,
                                        limit=a.limit, at=ctx.at())
    if a.json:
        _emit_json_stream(ctx, rows, drop=frozenset({"history"}))
        return 0
    _stream_table(([o.number, o.client, o.summary[:40], o.tab, label(STATUS, o.status), o.sla,
                    label(SLA_STATE, o.sla_state), countdown(o.remaining_minutes), o.assignee or "-"] for o in rows),
                  OC_LIST_COLUMNS)
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
