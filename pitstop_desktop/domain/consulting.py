"""The consulting team's words and pure rules (second seed, ``../shared/seeds/004_*.txt``; issue 12).

Contacts (a phone call, a Skype conversation, an e-mail, a meeting or conference) and tasks (the seed's
"Solicitações Associadas" and the team's rule 1 activities) are the team's record of work; the work plan says how
many hours each person should give to each task type in a week; meeting rooms are booked in slots. Everything
here is plain Python: the services store it, the windows and the CLI show it with ``domain.vocabulary``'s words.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import StrEnum

from pitstop_desktop.domain.errors import BadValue, Field


class ContactChannel(StrEnum):
    PHONE = "phone"  # AT-Atender Cliente: started when the client calls, stopped exactly when it ends (rule 2)
    SKYPE = "skype"  # AT-Atender Skype
    EMAIL = "email"  # AT-Verificar E-mail: a reply records a contact
    MEETING = "meeting"  # scheduled ahead with exact times (rule 3); may book a room
    CONFERENCE = "conference"  # AT-Realizar Conferência: scheduled when the consultant cannot talk now


class ContactStatus(StrEnum):
    SCHEDULED = "scheduled"  # planned ahead, not begun
    RUNNING = "running"  # started, not stopped
    DONE = "done"  # happened: started and stopped
    MISSED = "missed"  # scheduled, and the client did not come
    CANCELLED = "cancelled"  # scheduled, and called off


class TaskStatus(StrEnum):
    PLANNED = "planned"  # scheduled (planned start/end) or just listed, not started
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskType(StrEnum):
    """The seed's "Solicitações Associadas", the team's rule 1 activities and the reserved times of the roster."""

    GIN = "gin"  # Gerência de Incidente
    MONITORING = "monitoring"  # AS-Monitoramento At. Suporte
    MAINTENANCE = "maintenance"  # AC-Manutenção At. Consultoria
    POST_CONSULTING = "post_consulting"  # AC-Realizar pós Consultoria (rule 1: fazer pós consultoria)
    CONFERENCE = "conference"  # AT-Realizar Conferência
    DOCUMENT = "document"  # DR-Documentar
    REVIEW = "review"  # DR-Revisar
    MEETING = "meeting"  # RE-Participar Reunião
    RECORD_VIDEO = "record_video"  # AC-Gravar Vídeo
    KNOWLEDGE_BASE = "knowledge_base"  # Base de Conhecimento
    IDENTIFY_BUG = "identify_bug"  # AC-Identificar Bug
    DELIVER_REQUEST = "deliver_request"  # AC-Entregar Solicitação (rule 1: entregar solicitação)
    ATI = "ati"  # ATI
    TEST = "test"  # rule 1: teste
    ANALYSIS = "analysis"  # rule 1: análise
    REPLY_EMAIL = "reply_email"  # rule 1: responder e-mail
    SEND_FOR_APPROVAL = "send_for_approval"  # rule 1: enviar documento para aprovação
    CHASE_APPROVAL = "chase_approval"  # rule 1: cobrar aprovação
    CLOSE_ATTENDANCE = "close_attendance"  # rule 1: encerrar atendimento
    COMMUNICATE_CONCLUSION = "communicate_conclusion"  # rule 4: "Comunicar conclusão", one per closed support OC
    CHECK_EMAIL = "check_email"  # AT-Verificar E-mail: the roster's reserved time for e-mail
    SKYPE_DUTY = "skype_duty"  # AT-Atender Skype: the roster's schedule for Skype


SKYPE_WAIT = timedelta(minutes=10)
""""Solicitar um momento podendo levar até 10 minutos": then the consultant schedules a conference instead."""

ROOM_SLOT = timedelta(minutes=30)
"""Meeting rooms are booked in slots of this length; the database refuses a slot booked twice."""

CONSULTING_EMAIL = "consultoria"
"""The settings key of the Consultoria mailbox every reply copies (AT-Verificar E-mail 1.1.3.3)."""

_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{2})")


def parse_week(text: str) -> date:
    """The Monday of an ISO week written ``2026-W47`` (or ``2026W47``)."""
    match = _ISO_WEEK.fullmatch(text.strip().upper())
    if match is None:
        raise BadValue("value.week_format", field=Field.WEEK, value=text)
    year, week = int(match.group(1)), int(match.group(2))
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise BadValue("value.week_format", field=Field.WEEK, value=text) from None


def week_label(monday: date) -> str:
    """``2026-W47`` for the week of ``monday`` (any day of the week gives the same label)."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(day: date) -> date:
    """The Monday of the ISO week ``day`` falls in."""
    return day - timedelta(days=day.weekday())


def room_slots(start: datetime, end: datetime) -> list[datetime]:
    """The slots a room booking from ``start`` to ``end`` takes: both on a slot boundary, end after start."""
    step = int(ROOM_SLOT.total_seconds())
    if end <= start:
        raise BadValue("value.end_before_start", field=Field.END, start=start.isoformat(), end=end.isoformat())
    for moment in (start, end):
        if int(moment.timestamp()) % step or moment.second or moment.microsecond:
            raise BadValue("value.room_slot", field=Field.START, minutes=step // 60, time=moment.isoformat())
    count = int((end - start).total_seconds()) // step
    return [start + i * ROOM_SLOT for i in range(count)]


def skype_wait_left(wait_started: datetime, now: datetime) -> timedelta:
    """What is left of the 10 minutes a Skype client was asked to wait (negative once it ran out)."""
    return wait_started + SKYPE_WAIT - now


def overlap(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> timedelta:
    """How long two spans share (zero when they do not meet)."""
    return max(timedelta(0), min(a_end, b_end) - max(a_start, b_start))


# consulting-services: the pure rules the services and the CLI share (issue 12)

COMMUNICATE_CONCLUSION_TIME = timedelta(minutes=15)
"""How long the "Comunicar conclusão" task of a closed OC is planned for (team rule 4), from the moment it closed."""

MAX_PLAN_MINUTES = 7 * 24 * 60
"""A work-plan line can never ask for more than the whole week."""

_DURATION = re.compile(r"(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:min|m))?")


def parse_minutes(text: str) -> int:
    """Planned time as people write it: ``6h``, ``90min``, ``1h30``, ``1h30min`` or plain minutes (``90``)."""
    cleaned = text.strip().lower().replace(" ", "")
    if cleaned.isdigit():
        return int(cleaned)
    match = re.fullmatch(r"(\d+)h(\d+)", cleaned) or _DURATION.fullmatch(cleaned)
    if match is None or not cleaned or not any(match.groups()):
        raise BadValue("value.minutes_format", field=Field.MINUTES, value=text)
    hours, minutes = (int(g) if g else 0 for g in match.groups())
    return hours * 60 + minutes


def email_subject(protocol: int | None, subject: str = "") -> str:
    """The subject of a reply (AT-Verificar E-mail 1.1.3.3): "Protocolo <n>" first, so the client's answer keeps
    it, then what the reply is about."""
    parts = [f"Protocolo {protocol}"] if protocol is not None else []
    if subject.strip():
        parts.append(subject.strip())
    return " - ".join(parts)


def mailto_url(to: str | None, cc: str, subject: str) -> str:
    """A ``mailto:`` URL (RFC 6068) to ``to`` with ``cc`` in copy and ``subject``: every part percent-encoded
    (a space as ``%20``, never ``+``, which mail clients would show as a plus)."""
    from urllib.parse import quote

    address = quote(to.strip(), safe="@") if to else ""
    return f"mailto:{address}?cc={quote(cc.strip(), safe='@')}&subject={quote(subject, safe='')}"


def valid_email(address: str) -> bool:
    """An address a mail client takes: one ``@`` with something on both sides, no spaces or separators."""
    return re.fullmatch(r"[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+", address.strip()) is not None


# consulting-meetings: the work plan's cells, typed in hours


def parse_plan_hours(text: str) -> int:
    """Minutes of a work-plan cell as a planner types them, in hours: ``6``, ``1:30``, ``1,5``; or with a unit as
    :func:`parse_minutes` reads them (``6h``, ``90min``, ``1h30``). Empty is 0 (no line)."""
    cleaned = text.strip().lower().replace(" ", "")
    if not cleaned:
        return 0
    if cleaned.isdigit():
        return int(cleaned) * 60
    clock = re.fullmatch(r"(\d+):([0-5]\d)", cleaned)
    if clock is not None:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    decimal = re.fullmatch(r"(\d*)[.,](\d+)", cleaned)
    if decimal is not None and (decimal.group(1) or decimal.group(2)):
        return round(float(f"{decimal.group(1) or 0}.{decimal.group(2)}") * 60)
    try:
        return parse_minutes(cleaned)
    except BadValue:
        raise BadValue("value.hours_format", field=Field.MINUTES, value=text) from None
