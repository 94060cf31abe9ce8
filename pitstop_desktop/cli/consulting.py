"""The consulting team from the command line (issue 12): contacts, contact persons, tasks, the work plan, meeting
rooms and a client's consultant — the same services as the windows, with the core's exit codes and ``--json``.

Times are typed as ISO-8601 (``2026-11-24T14:00``, in the calendar's zone when no offset is given); a span is
``--week 2026-W48`` or ``--from``/``--to``; planned time as ``6h``, ``90min``, ``1h30`` or minutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from pitstop_desktop.cli.context import Context, UsageError
from pitstop_desktop.cli.output import _emit_json, _hhmm, _print, _table
from pitstop_desktop.domain.consulting import parse_minutes, parse_week, week_label
from pitstop_desktop.domain.timeparse import parse_moment
from pitstop_desktop.domain.vocabulary import (
    CONTACT_CHANNEL,
    CONTACT_STATUS,
    TASK_STATUS,
    TASK_TYPE,
    clock_hours,
    duration,
    label,
)
from pitstop_desktop.services import contacts, rooms, tasks, work_plan
from pitstop_desktop.services.consulting_records import ContactRecord, PlanLine, RoomBookingRecord, TaskRecord
from pitstop_desktop.services.records import to_jsonable

# Reading what was typed


def _moment(ctx: Context, text: str | None, option: str) -> datetime:
    if not text:
        raise UsageError(f"informe {option} (ISO-8601, ex.: 2026-11-24T14:00)")
    return parse_moment(text, ctx.tz)


def _optional_moment(ctx: Context, text: str | None) -> datetime | None:
    return parse_moment(text, ctx.tz) if text else None


def _span(ctx: Context, *, default_week: bool = False) -> tuple[datetime | None, datetime | None]:
    """``--week`` (its Monday 00:00 to the next, in the calendar's zone) or ``--from``/``--to``; with
    ``default_week`` and neither, this week."""
    a = ctx.args
    if a.week and (a.from_ or a.to):
        raise UsageError("use --week ou --from/--to, não os dois")
    if a.week or (default_week and not (a.from_ or a.to)):
        monday = parse_week(a.week) if a.week else datetime.now(ctx.tz).date() - timedelta(
            days=datetime.now(ctx.tz).weekday())
        start = datetime.combine(monday, datetime.min.time(), tzinfo=ctx.tz)
        return start, start + timedelta(days=7)
    return _optional_moment(ctx, a.from_), _optional_moment(ctx, a.to)


def _emit(ctx: Context, value: object, human: str) -> int:
    if getattr(ctx.args, "json", False):
        _emit_json(ctx, value)
    else:
        _print(human)
    return 0


# Contacts


def _contact_line(ctx: Context, c: ContactRecord) -> str:
    when = (f"{_hhmm(ctx, c.planned_start)}–{_hhmm(ctx, c.planned_end)[-5:]}" if c.planned_start
            else _hhmm(ctx, c.started_at))
    return (f"contato {c.id} · {label(CONTACT_CHANNEL, c.channel)} · {label(CONTACT_STATUS, c.status)} · "
            f"{c.client} {c.client_name}" + (f" · {c.contact_person}" if c.contact_person else "")
            + (f" · protocolo {c.protocol}" if c.protocol else "") + f" · {c.consultant} · {when}")


def cmd_contact_start(ctx: Context) -> int:
    a = ctx.args
    db = ctx.database()
    if a.id is not None:
        if a.client:
            raise UsageError("contact start ID começa um contato agendado; sem ID, informe --client")
        record = contacts.start_scheduled_contact(db, actor=ctx.actor(), contact_id=a.id, at=ctx.at())
    else:
        if not a.client:
            raise UsageError("informe --client (ou o ID de um contato agendado)")
        record = contacts.start_contact(db, actor=ctx.actor(), channel=a.channel, client=a.client,
                                        contact_person=a.person, protocol=a.protocol, subject=a.subject or "",
                                        consultant=a.consultant, at=ctx.at())
    return _emit(ctx, record, str(record.id))


def cmd_contact_stop(ctx: Context) -> int:
    record = contacts.stop_contact(ctx.database(), actor=ctx.actor(), contact_id=ctx.args.id, at=ctx.at())
    return _emit(ctx, record, _contact_line(ctx, record) + (f" · {duration(record.duration)}"
                                                           if record.duration is not None else ""))


def cmd_contact_schedule(ctx: Context) -> int:
    a = ctx.args
    record = contacts.schedule_contact(
        ctx.database(), actor=ctx.actor(), channel=a.channel, client=a.client,
        planned_start=_moment(ctx, a.start, "--start"), planned_end=_moment(ctx, a.end, "--end"),
        consultant=a.consultant, contact_person=a.person, protocol=a.protocol, subject=a.subject or "", room=a.room,
        agenda=a.agenda or "", at=ctx.at())
    return _emit(ctx, record, str(record.id))


def cmd_contact_move(ctx: Context) -> int:
    a = ctx.args
    record = contacts.reschedule_contact(
        ctx.database(), actor=ctx.actor(), contact_id=a.id, planned_start=_moment(ctx, a.start, "--start"),
        planned_end=_moment(ctx, a.end, "--end"), consultant=a.consultant, version=a.version, at=ctx.at())
    return _emit(ctx, record, _contact_line(ctx, record))


def _record(ctx: Context, status: str) -> int:
    a = ctx.args
    record = contacts.record_contact(ctx.database(), actor=ctx.actor(), contact_id=a.id, status=status,
                                     started_at=_optional_moment(ctx, getattr(a, "started", None)),
                                     ended_at=_optional_moment(ctx, getattr(a, "ended", None)), at=ctx.at())
    return _emit(ctx, record, _contact_line(ctx, record))


def cmd_contact_done(ctx: Context) -> int:
    return _record(ctx, "done")


def cmd_contact_missed(ctx: Context) -> int:
    return _record(ctx, "missed")


def cmd_contact_cancel(ctx: Context) -> int:
    return _record(ctx, "cancelled")


def cmd_contact_wait(ctx: Context) -> int:
    a = ctx.args
    record = contacts.ask_to_wait(ctx.database(), actor=ctx.actor(), client=a.client, contact_person=a.person,
                                  protocol=a.protocol, subject=a.subject or "", at=ctx.at())
    assert record.planned_end is not None  # the ten minutes
    return _emit(ctx, record, f"{record.id} (espera até {_hhmm(ctx, record.planned_end)[-5:]})")


def cmd_contact_conference(ctx: Context) -> int:
    a = ctx.args
    record = contacts.wait_to_conference(ctx.database(), actor=ctx.actor(), contact_id=a.id,
                                         planned_start=_moment(ctx, a.start, "--start"),
                                         planned_end=_moment(ctx, a.end, "--end"), at=ctx.at())
    return _emit(ctx, record, str(record.id))


def cmd_contact_reply(ctx: Context) -> int:
    a = ctx.args
    record, url = contacts.reply_email(ctx.database(), actor=ctx.actor(), client=a.client, contact_person=a.person,
                                       protocol=a.protocol, subject=a.subject or "", at=ctx.at())
    if a.json:
        _emit_json(ctx, {"contact": to_jsonable(record, ctx.tz), "mailto": url})
    else:
        _print(url)
    return 0


def cmd_contact_route(ctx: Context) -> int:
    route = contacts.route_call(ctx.database(), client=ctx.args.client, at=ctx.at())
    words = {"ura": "transfira para a URA (não é cliente da consultoria)",
             "transfer": f"transfira para {route.consultant_name} ({route.consultant}), protocolo {route.protocol}",
             "register": f"registre para {route.consultant_name} ({route.consultant}), que não está disponível; "
                         f"protocolo {route.protocol}",
             "attend": "atenda"}
    return _emit(ctx, route, f"{route.client} {route.client_name}: {words[route.action]}")


def cmd_contact_list(ctx: Context) -> int:
    a = ctx.args
    start, end = _span(ctx)
    rows = contacts.list_contacts(ctx.database(), start=start, end=end, consultant=a.consultant, client=a.client,
                                  status=a.status)
    if a.json:
        _emit_json(ctx, rows)
        return 0
    _table([(c.id, label(CONTACT_CHANNEL, c.channel), label(CONTACT_STATUS, c.status),
             "agendado" if c.scheduled else "acionado", c.consultant, c.client, c.contact_person or "",
             c.protocol or "", _hhmm(ctx, c.planned_start), _hhmm(ctx, c.started_at), _hhmm(ctx, c.ended_at))
            for c in rows],
           ["id", "canal", "status", "tipo", "consultor", "cliente", "contato", "protocolo", "previsto", "início",
            "fim"])
    return 0


def cmd_contact_mailbox(ctx: Context) -> int:
    a = ctx.args
    db = ctx.database()
    if a.address is None and not a.clear:
        value = contacts.consulting_mailbox(db)
    else:
        if a.address is not None and a.clear:
            raise UsageError("informe o endereço ou --clear, não os dois")
        value = contacts.set_consulting_mailbox(db, actor=ctx.actor(), address=a.address, at=ctx.at())
    return _emit(ctx, {"mailbox": value}, value or "(não configurado)")


# Contact persons


def cmd_contact_person_add(ctx: Context) -> int:
    a = ctx.args
    person = contacts.add_contact_person(ctx.database(), actor=ctx.actor(), client=a.client, name=a.name,
                                         phone=a.phone, email=a.email, skype=a.skype, at=ctx.at())
    return _emit(ctx, person, f"{person.name} ({person.client}) cadastrado(a)")


def cmd_contact_person_find(ctx: Context) -> int:
    a = ctx.args
    rows = contacts.find_contact_persons(ctx.database(), client=a.client, text=a.text or "", limit=a.limit)
    if a.json:
        _emit_json(ctx, rows)
    else:
        _table([(p.name, p.phone, p.email, p.skype) for p in rows], ["nome", "telefone", "e-mail", "skype"])
    return 0


# Tasks


def _task_line(ctx: Context, t: TaskRecord) -> str:
    return (f"tarefa {t.id} · {label(TASK_TYPE, t.type)} · {label(TASK_STATUS, t.status)} · {t.owner}"
            + (f" · {t.title}" if t.title else "") + (f" · OC {t.protocol}" if t.protocol else ""))


def cmd_task_add(ctx: Context) -> int:
    a = ctx.args
    record = tasks.add_task(ctx.database(), actor=ctx.actor(), type=a.type, owner=a.owner, title=a.title or "",
                            protocol=a.protocol, planned_start=_optional_moment(ctx, a.start),
                            planned_end=_optional_moment(ctx, a.end), contact_id=a.contact, at=ctx.at())
    return _emit(ctx, record, str(record.id))


def cmd_task_start(ctx: Context) -> int:
    record = tasks.start_task(ctx.database(), actor=ctx.actor(), task_id=ctx.args.id, at=ctx.at())
    return _emit(ctx, record, _task_line(ctx, record))


def cmd_task_stop(ctx: Context) -> int:
    record = tasks.stop_task(ctx.database(), actor=ctx.actor(), task_id=ctx.args.id, at=ctx.at())
    return _emit(ctx, record, _task_line(ctx, record) + (f" · {duration(record.executed)}"
                                                         if record.executed is not None else ""))


def cmd_task_cancel(ctx: Context) -> int:
    record = tasks.cancel_task(ctx.database(), actor=ctx.actor(), task_id=ctx.args.id, at=ctx.at())
    return _emit(ctx, record, _task_line(ctx, record))


def cmd_task_move(ctx: Context) -> int:
    a = ctx.args
    record = tasks.move_task(ctx.database(), actor=ctx.actor(), task_id=a.id,
                             planned_start=_moment(ctx, a.start, "--start"), planned_end=_moment(ctx, a.end, "--end"),
                             owner=a.owner, version=a.version, at=ctx.at())
    return _emit(ctx, record, _task_line(ctx, record))


def cmd_task_list(ctx: Context) -> int:
    a = ctx.args
    start, end = _span(ctx)
    rows = tasks.list_tasks(ctx.database(), start=start, end=end, owner=a.owner, type=a.type, status=a.status)
    if a.json:
        _emit_json(ctx, rows)
        return 0
    _table([(t.id, label(TASK_TYPE, t.type), label(TASK_STATUS, t.status), t.owner, t.title, t.protocol or "",
             _hhmm(ctx, t.planned_start), _hhmm(ctx, t.started_at), _hhmm(ctx, t.stopped_at))
            for t in rows], ["id", "tipo", "status", "responsável", "título", "OC", "previsto", "início", "fim"])
    return 0


# The work plan


def _plan_table(ctx: Context, rows: Sequence[PlanLine]) -> None:
    _table([(p.login, p.name, label(TASK_TYPE, p.task_type), clock_hours(p.planned_minutes))
            for p in rows], ["login", "nome", "tipo de tarefa", "horas"])


def cmd_plan_set(ctx: Context) -> int:
    a = ctx.args
    rows = work_plan.set_plan(ctx.database(), actor=ctx.actor(), login=a.login, week=parse_week(a.week),
                              task_type=a.task_type, minutes=parse_minutes(a.time), at=ctx.at())
    if a.json:
        _emit_json(ctx, rows)
    else:
        _plan_table(ctx, rows)
    return 0


def cmd_plan_show(ctx: Context) -> int:
    a = ctx.args
    rows = work_plan.plan(ctx.database(), week=parse_week(a.week), login=a.login)
    if a.json:
        _emit_json(ctx, rows)
    else:
        _print(f"plano de trabalho da semana {week_label(parse_week(a.week))}")
        _plan_table(ctx, rows)
    return 0


def cmd_plan_copy(ctx: Context) -> int:
    a = ctx.args
    rows = work_plan.copy_plan(ctx.database(), actor=ctx.actor(), from_week=parse_week(a.from_week),
                               to_week=parse_week(a.to_week), at=ctx.at())
    if a.json:
        _emit_json(ctx, rows)
    else:
        _plan_table(ctx, rows)
    return 0


# Meeting rooms


def _booking_line(ctx: Context, b: RoomBookingRecord) -> str:
    return f"reserva {b.id} · {b.room} · {_hhmm(ctx, b.starts_at)}–{_hhmm(ctx, b.ends_at)[-5:]} · {b.title}"


def cmd_room_add(ctx: Context) -> int:
    a = ctx.args
    room = rooms.add_room(ctx.database(), actor=ctx.actor(), code=a.code, name=a.name, at=ctx.at())
    return _emit(ctx, room, f"sala {room.code} cadastrada")


def cmd_room_rooms(ctx: Context) -> int:
    rows = rooms.rooms(ctx.database())
    if ctx.args.json:
        _emit_json(ctx, rows)
    else:
        _table([(r.code, r.name) for r in rows], ["código", "nome"])
    return 0


def cmd_room_book(ctx: Context) -> int:
    a = ctx.args
    booking = rooms.book_room(ctx.database(), actor=ctx.actor(), room=a.room, start=_moment(ctx, a.start, "--start"),
                              end=_moment(ctx, a.end, "--end"), title=a.title, agenda=a.agenda or "", at=ctx.at())
    return _emit(ctx, booking, str(booking.id))


def cmd_room_cancel(ctx: Context) -> int:
    booking = rooms.cancel_room_booking(ctx.database(), actor=ctx.actor(), booking_id=ctx.args.id, at=ctx.at())
    return _emit(ctx, booking, _booking_line(ctx, booking) + " · cancelada")


def cmd_room_list(ctx: Context) -> int:
    a = ctx.args
    start, end = _span(ctx, default_week=True)
    if start is None or end is None:
        raise UsageError("informe --week, ou --from e --to")
    rows = rooms.room_bookings(ctx.database(), start=start, end=end, room=a.room)
    if a.json:
        _emit_json(ctx, rows)
    else:
        _table([(b.id, b.room, _hhmm(ctx, b.starts_at), _hhmm(ctx, b.ends_at), b.booked_by, b.title, b.agenda)
                for b in rows], ["id", "sala", "início", "fim", "reservada por", "título", "pauta"])
    return 0


# A client's consultant


def cmd_client_consultant(ctx: Context) -> int:
    a = ctx.args
    db = ctx.database()
    if a.login is None and not a.clear:
        login = contacts.consultant_of(db, client=a.client)
    else:
        if a.login is not None and a.clear:
            raise UsageError("informe o login ou --clear, não os dois")
        login = contacts.set_consultant(db, actor=ctx.actor(), client=a.client, login=a.login, at=ctx.at())
    return _emit(ctx, {"client": a.client, "consultant": login}, login or "(sem consultor)")
