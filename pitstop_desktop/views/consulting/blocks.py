"""The week's records as the canvas draws them: blocks with their words, lanes with the plan against the schedule.

Plain functions over a :class:`~pitstop_desktop.services.consulting_week.WeekBoard` (no database): the window
calls them on the GUI thread with what the worker read, and the tests call them directly.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from pitstop_desktop.domain.consulting import ContactChannel, ContactStatus, TaskStatus
from pitstop_desktop.domain.vocabulary import CONTACT_CHANNEL, CONTACT_STATUS, TASK_STATUS, TASK_TYPE, clock_hours
from pitstop_desktop.models.labels import label
from pitstop_desktop.services.consulting_records import ContactRecord, RoomBookingRecord, TaskRecord
from pitstop_desktop.services.consulting_week import WeekBoard
from pitstop_desktop.views.consulting.canvas import Block, Lane

SHORTEST = timedelta(minutes=15)  # a block is never drawn shorter (a two-minute call still shows)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsultingWeek", text)


def hours(minutes: int) -> str:
    """``12:00``, ``1:30``: the plan's figures as h:mm (the weekly report's), short enough for a lane's label."""
    return clock_hours(max(0, minutes))


def _span(planned_start: datetime | None, planned_end: datetime | None, started: datetime | None,
          ended: datetime | None, now: datetime) -> tuple[datetime, datetime] | None:
    if planned_start is not None:
        end = planned_end if planned_end is not None and planned_end > planned_start else planned_start + SHORTEST
        return planned_start, max(end, planned_start + SHORTEST)
    if started is not None:
        end = ended if ended is not None else now
        return started, max(end, started + SHORTEST)
    return None


def _times(start: datetime, end: datetime, tz: tzinfo) -> str:
    return f"{start.astimezone(tz):%d/%m %H:%M}–{end.astimezone(tz):%H:%M}"


def task_block(task: TaskRecord, tz: tzinfo, now: datetime) -> Block | None:
    span = _span(task.planned_start, task.planned_end, task.started_at, task.stopped_at, now)
    if span is None:
        return None
    kind = label(TASK_TYPE, task.type)
    status = label(TASK_STATUS, task.status)
    parts = [status]
    if task.protocol is not None:
        parts.insert(0, _tr("prot. %1").replace("%1", str(task.protocol)))
    if task.title and task.title not in (task.type, kind):
        parts.insert(0, task.title)
    running = task.status == TaskStatus.RUNNING
    tip = [_tr("Tarefa: %1").replace("%1", kind), _times(*span, tz), _tr("Situação: %1").replace("%1", status),
           _tr("Responsável: %1").replace("%1", task.owner_name)]
    if task.title:
        tip.insert(1, task.title)
    if task.protocol is not None:
        tip.append(_tr("Protocolo %1").replace("%1", str(task.protocol)))
    movable = task.status == TaskStatus.PLANNED and task.planned_start is not None
    if movable:
        tip.append(_tr("Arraste para outro horário, dia ou pessoa."))
    return Block("task", task.id, task.owner, span[0], span[1], ("▶ " if running else "") + kind,
                 " · ".join(parts), "\n".join(tip), "task", movable, task.version,
                 faded=task.status in (TaskStatus.DONE, TaskStatus.CANCELLED), running=running)


def contact_block(contact: ContactRecord, tz: tzinfo, now: datetime,
                  booking: RoomBookingRecord | None = None) -> Block | None:
    span = _span(contact.planned_start, contact.planned_end, contact.started_at, contact.ended_at, now)
    if span is None:
        return None
    channel = label(CONTACT_CHANNEL, contact.channel)
    status = label(CONTACT_STATUS, contact.status)
    running = contact.status == ContactStatus.RUNNING
    title = _tr("%1 · %2").replace("%1", channel.capitalize()).replace("%2", contact.client_name)
    parts = [status]
    if contact.protocol is not None:
        parts.insert(0, _tr("prot. %1").replace("%1", str(contact.protocol)))
    if contact.contact_person:
        parts.insert(0, contact.contact_person)
    tip = [_tr("Contato por %1 com %2 (%3)").replace("%1", channel).replace("%2", contact.client_name)
           .replace("%3", contact.client), _times(*span, tz), _tr("Situação: %1").replace("%1", status),
           _tr("Consultor: %1").replace("%1", contact.consultant_name)]
    if contact.contact_person:
        tip.append(_tr("Falando com: %1").replace("%1", contact.contact_person))
    if contact.protocol is not None:
        tip.append(_tr("Protocolo %1").replace("%1", str(contact.protocol)))
    if contact.subject:
        tip.append(contact.subject)
    if booking is not None:  # consulting-meetings: the meeting's room and its pauta
        tip.append(_tr("Sala: %1, %2–%3").replace("%1", booking.room_name)
                   .replace("%2", f"{booking.starts_at.astimezone(tz):%H:%M}")
                   .replace("%3", f"{booking.ends_at.astimezone(tz):%H:%M}"))
        if booking.agenda:
            tip.append(_tr("Pauta:"))
            tip.extend(f"  {line.strip()}" for line in booking.agenda.splitlines() if line.strip())
        parts.insert(0, booking.room_name)
    movable = contact.scheduled and contact.status == ContactStatus.SCHEDULED and contact.planned_start is not None
    if movable:
        tip.append(_tr("Arraste para outro horário, dia ou pessoa."))
    colour = "meeting" if contact.channel in (ContactChannel.MEETING, ContactChannel.CONFERENCE) else "contact"
    return Block("contact", contact.id, contact.consultant, span[0], span[1], ("▶ " if running else "") + title,
                 " · ".join(parts), "\n".join(tip), colour, movable, contact.version,
                 faded=contact.status in (ContactStatus.DONE, ContactStatus.MISSED, ContactStatus.CANCELLED),
                 running=running)


def blocks_of(board: WeekBoard, tz: tzinfo, now: datetime) -> list[Block]:
    blocks = [task_block(t, tz, now) for t in board.tasks] + \
        [contact_block(c, tz, now, board.booking_of(c.id)) for c in board.contacts]
    return sorted((b for b in blocks if b is not None), key=lambda b: (b.start, b.kind, b.id))


def lanes_of(board: WeekBoard) -> list[Lane]:
    lanes = []
    for person in board.people:
        planned, scheduled = board.planned_minutes(person.login), board.scheduled_minutes(person.login)
        if planned:
            text = _tr("%1 agendadas de %2 planejadas").replace("%1", hours(scheduled)).replace("%2", hours(planned))
        else:
            text = _tr("%1 agendadas · sem plano").replace("%1", hours(scheduled))
        plan, done = board.plan_of(person.login), board.scheduled.get(person.login, {})
        rows = [_tr("%1: %2 de %3").replace("%1", label(TASK_TYPE, kind)).replace("%2", hours(done.get(kind, 0)))
                .replace("%3", hours(minutes)) for kind, minutes in sorted(plan.items())]
        rows += [_tr("%1: %2 (fora do plano)").replace("%1", label(TASK_TYPE, kind)).replace("%2", hours(minutes))
                 for kind, minutes in sorted(done.items()) if kind not in plan]
        tip = "\n".join([_tr("Plano de trabalho de %1 na semana").replace("%1", person.name), *rows])
        lanes.append(Lane(person.login, person.name, text, scheduled / planned if planned else None, tip))
    return lanes
