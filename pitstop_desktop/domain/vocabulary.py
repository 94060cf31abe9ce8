"""The desk's words for stored codes, the SLA palette and the one duration format, for every window and the CLI.

One table per kind of code. The Portuguese words are the source text: the CLI prints them as they are, the
windows pass them through Qt's translator (``QCoreApplication.translate("pitstop", text)``, see
``models/labels.py``), so the English words live in ``resources/i18n/pitstop_en.ts``, edited with Qt Linguist.
``QT_TRANSLATE_NOOP`` below is the marker ``pyside6-lupdate`` looks for; it is defined here so this module stays
free of Qt. No other module keeps a table of these words, colours or a duration format of its own
(``tests/domain/test_vocabulary.py`` checks).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta

Translate = Callable[[str], str]
"""Turns a Portuguese source text into the UI's language; the CLI uses :func:`as_is`."""

CONTEXT = "pitstop"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    return text


def as_is(text: str) -> str:
    return text


STATUS = {
    "open": QT_TRANSLATE_NOOP("pitstop", "aberta"),
    "offered": QT_TRANSLATE_NOOP("pitstop", "oferecida"),
    "in_progress": QT_TRANSLATE_NOOP("pitstop", "em atendimento"),
    "awaiting_approval": QT_TRANSLATE_NOOP("pitstop", "aguardando gestor"),
    "closed": QT_TRANSLATE_NOOP("pitstop", "encerrada"),
}
SLA_STATE = {
    "on_track": QT_TRANSLATE_NOOP("pitstop", "no prazo"),
    "warning": QT_TRANSLATE_NOOP("pitstop", "perto de vencer"),
    "breached": QT_TRANSLATE_NOOP("pitstop", "estourado"),
    "met": QT_TRANSLATE_NOOP("pitstop", "cumprido"),
    "missed": QT_TRANSLATE_NOOP("pitstop", "não cumprido"),
}
SLA_CLASS = {
    "IS": QT_TRANSLATE_NOOP("pitstop", "IS"),
    "URGENTE": QT_TRANSLATE_NOOP("pitstop", "Urgente"),
    "2H": QT_TRANSLATE_NOOP("pitstop", "2 Horas"),
    "4H": QT_TRANSLATE_NOOP("pitstop", "4 Horas"),
    "24H": QT_TRANSLATE_NOOP("pitstop", "24 Horas"),
    "72H": QT_TRANSLATE_NOOP("pitstop", "72 Horas"),
    "10D": QT_TRANSLATE_NOOP("pitstop", "10 Dias"),
}
SLA_CLOCK = {
    "business": QT_TRANSLATE_NOOP("pitstop", "horas úteis"),
    "calendar": QT_TRANSLATE_NOOP("pitstop", "horas corridas"),
}
ROLE = {
    "attendant": QT_TRANSLATE_NOOP("pitstop", "atendente"),
    "technician": QT_TRANSLATE_NOOP("pitstop", "técnico"),
    "manager": QT_TRANSLATE_NOOP("pitstop", "gestor técnico"),
    "apoio": QT_TRANSLATE_NOOP("pitstop", "APOIO da gestão"),
    "supervisor": QT_TRANSLATE_NOOP("pitstop", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("pitstop", "administrador"),
}
PRESENCE = {  # the picker's states (domain/availability.py AvailabilityStatus) and the presence log's (PresenceState)
    "available": QT_TRANSLATE_NOOP("pitstop", "disponível"),
    "online": QT_TRANSLATE_NOOP("pitstop", "logado"),
    "at_lunch": QT_TRANSLATE_NOOP("pitstop", "no almoço"),
    "offline": QT_TRANSLATE_NOOP("pitstop", "fora"),
    "shift_ended": QT_TRANSLATE_NOOP("pitstop", "turno encerrado"),
    "no_signal": QT_TRANSLATE_NOOP("pitstop", "sem sinal"),
}
PERSON_STATE = {  # the timeline's chip of a person (services/timeline.py PersonState)
    "available": QT_TRANSLATE_NOOP("pitstop", "disponível"),
    "busy": QT_TRANSLATE_NOOP("pitstop", "em atendimento"),
    "lunch": QT_TRANSLATE_NOOP("pitstop", "no almoço"),
    "offline": QT_TRANSLATE_NOOP("pitstop", "fora"),
    "leaving_soon": QT_TRANSLATE_NOOP("pitstop", "saindo em breve"),
    "no_signal": QT_TRANSLATE_NOOP("pitstop", "sem sinal"),
    "shift_ended": QT_TRANSLATE_NOOP("pitstop", "turno encerrado"),
}
SIGNAL = {  # the board's marks on an OC (domain/signals.py Signal)
    "no_answer": QT_TRANSLATE_NOOP("pitstop", "sem resposta"),
    "long_wait": QT_TRANSLATE_NOOP("pitstop", "demora excessiva em linha"),
    "owner_ended": QT_TRANSLATE_NOOP("pitstop", "técnico encerrou o dia"),
    "owner_no_signal": QT_TRANSLATE_NOOP("pitstop", "técnico sem sinal"),
}
PRESENCE_EVENT = {
    "login": QT_TRANSLATE_NOOP("pitstop", "login"),
    "lunch": QT_TRANSLATE_NOOP("pitstop", "saída para o almoço"),
    "back": QT_TRANSLATE_NOOP("pitstop", "volta do almoço"),
    "logout": QT_TRANSLATE_NOOP("pitstop", "logout"),
}
ESCALATION_TARGET = {
    "especialistas": QT_TRANSLATE_NOOP("pitstop", "Especialistas"),
    "n2": QT_TRANSLATE_NOOP("pitstop", "N2"),
}
ESCALATION_REASON = {
    "long_in_line": QT_TRANSLATE_NOOP("pitstop", "longo em linha ou acesso remoto"),
    "not_solvable_n1": QT_TRANSLATE_NOOP("pitstop", "não solucionável no N1"),
}
ESCALATION_STATUS = {
    "pending": QT_TRANSLATE_NOOP("pitstop", "pendente"),
    "approved": QT_TRANSLATE_NOOP("pitstop", "aprovado"),
    "rejected": QT_TRANSLATE_NOOP("pitstop", "rejeitado"),
    "cancelled": QT_TRANSLATE_NOOP("pitstop", "cancelado"),
}
APOIO_REASON = {
    "no_answer": QT_TRANSLATE_NOOP("pitstop", "ninguém respondeu"),
    "everyone_refused": QT_TRANSLATE_NOOP("pitstop", "todos recusaram"),
    "n2_approved": QT_TRANSLATE_NOOP("pitstop", "N2 aprovado"),
    "sent_by_attendant": QT_TRANSLATE_NOOP("pitstop", "enviado pelo atendente"),
}
HISTORY_ACTION = {
    "registered": QT_TRANSLATE_NOOP("pitstop", "registrada"),
    "offered": QT_TRANSLATE_NOOP("pitstop", "oferecida"),
    "accepted": QT_TRANSLATE_NOOP("pitstop", "aceita"),
    "refused": QT_TRANSLATE_NOOP("pitstop", "recusada"),
    "forwarded": QT_TRANSLATE_NOOP("pitstop", "encaminhada"),
    "closed": QT_TRANSLATE_NOOP("pitstop", "encerrada"),
    "complemented": QT_TRANSLATE_NOOP("pitstop", "ligação complementar"),
    "escalation_requested": QT_TRANSLATE_NOOP("pitstop", "escalonamento pedido"),
    "escalation_approved": QT_TRANSLATE_NOOP("pitstop", "escalonamento aprovado"),
    "escalation_rejected": QT_TRANSLATE_NOOP("pitstop", "escalonamento rejeitado"),
    "sent_to_apoio": QT_TRANSLATE_NOOP("pitstop", "enviada ao APOIO"),
    "claimed": QT_TRANSLATE_NOOP("pitstop", "assumida pelo APOIO"),
    "booked": QT_TRANSLATE_NOOP("pitstop", "agendada (FAQ 7037)"),
    "slot_freed": QT_TRANSLATE_NOOP("pitstop", "horário liberado (FAQ 7037)"),
    "handed_back": QT_TRANSLATE_NOOP("pitstop", "devolvida à aba"),
    "booking_cancelled": QT_TRANSLATE_NOOP("pitstop", "agendamento cancelado (FAQ 7037)"),
    "booking_moved": QT_TRANSLATE_NOOP("pitstop", "agendamento remarcado (FAQ 7037)"),
    "offer_withdrawn": QT_TRANSLATE_NOOP("pitstop", "oferta retirada"),
}
SITE = {
    "matriz": QT_TRANSLATE_NOOP("pitstop", "Matriz"),
    "filial": QT_TRANSLATE_NOOP("pitstop", "filial"),
}
KIND = {
    "question": QT_TRANSLATE_NOOP("pitstop", "dúvida"),
    "error": QT_TRANSLATE_NOOP("pitstop", "erro"),
    "installation": QT_TRANSLATE_NOOP("pitstop", "instalação"),
    "training": QT_TRANSLATE_NOOP("pitstop", "treinamento"),
    "configuration": QT_TRANSLATE_NOOP("pitstop", "configuração"),
    "other": QT_TRANSLATE_NOOP("pitstop", "outro"),
}
CHANNEL = {
    "phone": QT_TRANSLATE_NOOP("pitstop", "telefone"),
    "blip": QT_TRANSLATE_NOOP("pitstop", "Blip"),
    "skype": QT_TRANSLATE_NOOP("pitstop", "Skype"),
    "email": QT_TRANSLATE_NOOP("pitstop", "e-mail"),
    "portal": QT_TRANSLATE_NOOP("pitstop", "portal"),
}

# issue 12 — the consulting team (domain/consulting.py)
CONTACT_CHANNEL = {
    "phone": QT_TRANSLATE_NOOP("pitstop", "telefone"),
    "skype": QT_TRANSLATE_NOOP("pitstop", "Skype"),
    "email": QT_TRANSLATE_NOOP("pitstop", "e-mail"),
    "meeting": QT_TRANSLATE_NOOP("pitstop", "reunião"),
    "conference": QT_TRANSLATE_NOOP("pitstop", "conferência"),
}
CONTACT_STATUS = {
    "scheduled": QT_TRANSLATE_NOOP("pitstop", "agendado"),
    "running": QT_TRANSLATE_NOOP("pitstop", "em andamento"),
    "done": QT_TRANSLATE_NOOP("pitstop", "realizado"),
    "missed": QT_TRANSLATE_NOOP("pitstop", "não realizado"),
    "cancelled": QT_TRANSLATE_NOOP("pitstop", "cancelado"),
}
TASK_STATUS = {
    "planned": QT_TRANSLATE_NOOP("pitstop", "planejada"),
    "running": QT_TRANSLATE_NOOP("pitstop", "em andamento"),
    "done": QT_TRANSLATE_NOOP("pitstop", "concluída"),
    "cancelled": QT_TRANSLATE_NOOP("pitstop", "cancelada"),
}
TASK_TYPE = {  # the seed's names, as the team writes them
    "gin": QT_TRANSLATE_NOOP("pitstop", "GIN - Gerência de Incidente"),
    "monitoring": QT_TRANSLATE_NOOP("pitstop", "AS-Monitoramento At. Suporte"),
    "maintenance": QT_TRANSLATE_NOOP("pitstop", "AC-Manutenção At. Consultoria"),
    "post_consulting": QT_TRANSLATE_NOOP("pitstop", "AC-Realizar pós Consultoria"),
    "conference": QT_TRANSLATE_NOOP("pitstop", "AT-Realizar Conferência"),
    "document": QT_TRANSLATE_NOOP("pitstop", "DR-Documentar"),
    "review": QT_TRANSLATE_NOOP("pitstop", "DR-Revisar"),
    "meeting": QT_TRANSLATE_NOOP("pitstop", "RE-Participar Reunião"),
    "record_video": QT_TRANSLATE_NOOP("pitstop", "AC-Gravar Vídeo"),
    "knowledge_base": QT_TRANSLATE_NOOP("pitstop", "Base de Conhecimento"),
    "identify_bug": QT_TRANSLATE_NOOP("pitstop", "AC-Identificar Bug"),
    "deliver_request": QT_TRANSLATE_NOOP("pitstop", "AC-Entregar Solicitação"),
    "ati": QT_TRANSLATE_NOOP("pitstop", "ATI"),
    "test": QT_TRANSLATE_NOOP("pitstop", "Teste"),
    "analysis": QT_TRANSLATE_NOOP("pitstop", "Análise"),
    "reply_email": QT_TRANSLATE_NOOP("pitstop", "Responder e-mail"),
    "send_for_approval": QT_TRANSLATE_NOOP("pitstop", "Enviar documento para aprovação"),
    "chase_approval": QT_TRANSLATE_NOOP("pitstop", "Cobrar aprovação"),
    "close_attendance": QT_TRANSLATE_NOOP("pitstop", "Encerrar atendimento"),
    "communicate_conclusion": QT_TRANSLATE_NOOP("pitstop", "Comunicar conclusão"),
    "check_email": QT_TRANSLATE_NOOP("pitstop", "AT-Verificar E-mail"),
    "skype_duty": QT_TRANSLATE_NOOP("pitstop", "AT-Atender Skype"),
}


def label(table: Mapping[str, str], code: str | None, translate: Translate = as_is) -> str:
    """The desk's word for a stored code; an unknown code (a newer database) is shown as it is."""
    if code is None:
        return ""
    source = table.get(str(code))
    return translate(source) if source is not None else str(code)


def sla_class_name(code: str, stored_name: str | None = None, translate: Translate = as_is) -> str:
    """An SLA class as the desk names it; a class this table does not know shows its stored name (or code)."""
    if code in SLA_CLASS:
        return translate(SLA_CLASS[code])
    return stored_name or code


# The SLA palette: one colour per state, with the text colour that stays readable on it (light and dark mode).
SLA_COLOUR = {
    "on_track": "#2e9e4f",
    "warning": "#d98a00",
    "breached": "#d43c3c",
    "met": "#2e9e4f",
    "missed": "#d43c3c",
}
SLA_TEXT_ON_COLOUR = {
    "on_track": "#ffffff",
    "warning": "#1a1a1a",
    "breached": "#ffffff",
    "met": "#ffffff",
    "missed": "#ffffff",
}
ERROR_COLOUR = "#d43c3c"
WARNING_COLOUR = "#b86e00"
# consulting-week: the week view's blocks by kind (fill, edge): light fills under dark text, their own background,
# so they read the same in light and dark mode (the SLA colours' rule)
CONSULTING_BLOCK_COLOUR = {
    "task": ("#d6e4ff", "#2f5fb3"),
    "contact": ("#d3f1da", "#2c8a47"),
    "meeting": ("#ffe3c2", "#b0651a"),  # a meeting or conference contact
}
CONSULTING_BLOCK_TEXT = ("#1c1c1c", "#5a5a5a")  # a block's text; a done, missed or cancelled one's

DURATION_UNITS = (
    QT_TRANSLATE_NOOP("pitstop", "%1 s"),
    QT_TRANSLATE_NOOP("pitstop", "%1 min"),
    QT_TRANSLATE_NOOP("pitstop", "%1 h %2 min"),
    QT_TRANSLATE_NOOP("pitstop", "%1 d %2 h"),
)


def duration(delta: timedelta, translate: Translate = as_is) -> str:
    """A time a person reads at a glance: ``45 s``, ``12 min``, ``2 h 05 min``, ``3 d 4 h`` (never negative)."""
    seconds_unit, minutes_unit, hours_unit, days_unit = DURATION_UNITS
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return translate(seconds_unit).replace("%1", str(seconds))
    minutes = seconds // 60
    if minutes < 60:
        return translate(minutes_unit).replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return translate(hours_unit).replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    days, hours = divmod(hours, 24)
    return translate(days_unit).replace("%1", str(days)).replace("%2", str(hours))


def remaining(minutes: int, translate: Translate = as_is) -> str:
    """The SLA's time left, or how long ago it ran out (``minutes`` is negative then)."""
    if minutes >= 0:
        return translate(QT_TRANSLATE_NOOP("pitstop", "restam %1")).replace(
            "%1", duration(timedelta(minutes=minutes), translate))
    return translate(QT_TRANSLATE_NOOP("pitstop", "estourado há %1")).replace(
        "%1", duration(timedelta(minutes=-minutes), translate))


def clock_hours(minutes: int) -> str:
    """A duration as a spreadsheet reads one, ``h:mm`` (hours past 24 stay hours: ``37:45``; the weekly report's
    CSV and the tables that sum hours)."""
    sign = "-" if minutes < 0 else ""
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{mins:02d}"


def countdown(minutes: int) -> str:
    """:func:`remaining` in a cell: ``12min``, ``2h05``, ``3d04h``, with a minus once the time ran out (``-1h05``).

    For the narrow columns (the board's time left and time in tab, the CLI's ``oc list``) and the wallboard's
    pills. The units change where :func:`duration`'s do (an hour, a day); they read the same in English.
    """
    sign = "-" if minutes < 0 else ""
    left = abs(minutes)
    if left < 60:
        return f"{sign}{left}min"
    hours, mins = divmod(left, 60)
    if hours < 24:
        return f"{sign}{hours}h{mins:02d}"
    days, hours = divmod(hours, 24)
    return f"{sign}{days}d{hours:02d}h"


# report-window (issue 12): the weekly report's charts and its hours
CHART_COLOURS = (  # one per series (a person, a task type), in order; readable on light and dark backgrounds
    "#3b78c4", "#e07b39", "#4aa37c", "#9b59b6", "#c9a227", "#d1477a", "#3aa6b9", "#7f8c3a", "#8d6e63", "#5c6bc0",
)
PLANNED_COLOUR = "#8a94a6"  # what was planned or scheduled, beside what was realized (the series colour)


def chart_colour(index: int) -> str:
    """The colour of a chart's ``index``-th series (the palette repeats after ten)."""
    return CHART_COLOURS[index % len(CHART_COLOURS)]


def work_hours(minutes: int, translate: Translate = as_is) -> str:
    """Hours of work summed over a week: ``45 min``, ``38 h 30 min`` — never days, a week's 40 hours are not
    ``1 d 16 h``. The units are :func:`duration`'s."""
    if minutes < 60:
        return translate(DURATION_UNITS[1]).replace("%1", str(max(0, minutes)))
    whole, rest = minutes // 60, minutes % 60
    return translate(DURATION_UNITS[2]).replace("%1", str(whole)).replace("%2", str(rest).zfill(2))


# weekly-report — the ten points of the weekly management report (second seed, "Gerência"), in order
WEEKLY_REPORT_SECTIONS = (
    QT_TRANSLATE_NOOP("pitstop", "1. Tempo executado por tarefa"),
    QT_TRANSLATE_NOOP("pitstop", "2. Contatos agendados e acionados"),
    QT_TRANSLATE_NOOP("pitstop", "3. Horas agendadas × realizadas"),
    QT_TRANSLATE_NOOP("pitstop", "4. Plano de trabalho atendido"),
    QT_TRANSLATE_NOOP("pitstop", "5. Plano de trabalho da próxima semana"),
    QT_TRANSLATE_NOOP("pitstop", "6. Tarefas agendadas da próxima semana"),
    QT_TRANSLATE_NOOP("pitstop", "7. Demanda × capacidade"),
    QT_TRANSLATE_NOOP("pitstop", "8. ANS: concluídas no prazo"),
    QT_TRANSLATE_NOOP("pitstop", "9. Evolução do atendimento"),
    QT_TRANSLATE_NOOP("pitstop", "10. Comunicar conclusão"),
)
