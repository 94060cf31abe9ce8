"""The consulting team's pure rules (domain/consulting.py): ISO weeks, room slots, the Skype wait."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from pitstop_desktop.domain import vocabulary
from pitstop_desktop.domain.consulting import (
    ContactChannel,
    ContactStatus,
    TaskStatus,
    TaskType,
    overlap,
    parse_week,
    room_slots,
    skype_wait_left,
    week_label,
    week_monday,
)
from pitstop_desktop.domain.errors import BadValue, Field


@pytest.mark.parametrize(("text", "monday"), [
    ("2026-W47", date(2026, 11, 16)),
    ("2026w47", date(2026, 11, 16)),
    (" 2026-W01 ", date(2025, 12, 29)),  # ISO week 1 of 2026 starts in December 2025
    ("2026-W53", date(2026, 12, 28)),  # 2026 has 53 ISO weeks
])
def test_an_iso_week_is_its_monday(text: str, monday: date) -> None:
    assert parse_week(text) == monday
    assert week_label(monday) == text.strip().upper().replace("W", "-W").replace("--", "-")


@pytest.mark.parametrize("text", ["2026-47", "W47", "2026-W00", "2025-W53", "2026-W5", ""])
def test_a_bad_week_is_refused_with_the_field(text: str) -> None:
    with pytest.raises(BadValue) as caught:
        parse_week(text)
    assert caught.value.code == "value.week_format"
    assert caught.value.field is Field.WEEK


def test_any_day_of_a_week_has_the_same_monday_and_label() -> None:
    days = [date(2026, 11, 16) + timedelta(days=i) for i in range(7)]
    assert {week_monday(d) for d in days} == {date(2026, 11, 16)}
    assert {week_label(d) for d in days} == {"2026-W47"}


def test_a_room_booking_takes_its_slots() -> None:
    start = datetime(2026, 11, 18, 13, 0, tzinfo=UTC)
    assert room_slots(start, start + timedelta(minutes=90)) == [
        start, start + timedelta(minutes=30), start + timedelta(minutes=60)]


@pytest.mark.parametrize(("start_minute", "length", "code"), [
    (15, 30, "value.room_slot"),  # does not start a slot
    (0, 45, "value.room_slot"),  # does not end on one
    (0, 0, "value.end_before_start"),
    (0, -30, "value.end_before_start"),
])
def test_a_booking_off_the_slots_is_refused(start_minute: int, length: int, code: str) -> None:
    start = datetime(2026, 11, 18, 13, start_minute, tzinfo=UTC)
    with pytest.raises(BadValue) as caught:
        room_slots(start, start + timedelta(minutes=length))
    assert caught.value.code == code


def test_the_skype_wait_is_ten_minutes() -> None:
    asked = datetime(2026, 11, 18, 13, 0, tzinfo=UTC)
    assert skype_wait_left(asked, asked + timedelta(minutes=4)) == timedelta(minutes=6)
    assert skype_wait_left(asked, asked + timedelta(minutes=12)) == timedelta(minutes=-2)


def test_overlap_of_two_spans() -> None:
    t = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    h = timedelta(hours=1)
    assert overlap(t, t + 2 * h, t + h, t + 3 * h) == h
    assert overlap(t, t + h, t + 2 * h, t + 3 * h) == timedelta(0)


@pytest.mark.parametrize(("table", "codes"), [
    (vocabulary.TASK_TYPE, TaskType),
    (vocabulary.TASK_STATUS, TaskStatus),
    (vocabulary.CONTACT_STATUS, ContactStatus),
    (vocabulary.CONTACT_CHANNEL, ContactChannel),
])
def test_every_consulting_code_has_its_words(table: dict[str, str], codes: type) -> None:
    assert set(table) == {c.value for c in codes}  # type: ignore[attr-defined]


def test_the_seed_task_types_are_all_there() -> None:
    """The second seed's "Solicitações Associadas" and the team's rule 1 activities, as the team writes them."""
    seed = ["GIN - Gerência de Incidente", "AS-Monitoramento At. Suporte", "AC-Manutenção At. Consultoria",
            "AC-Realizar pós Consultoria", "AT-Realizar Conferência", "DR-Documentar", "DR-Revisar",
            "RE-Participar Reunião", "AC-Gravar Vídeo", "Base de Conhecimento", "AC-Identificar Bug",
            "AC-Entregar Solicitação", "ATI", "Teste", "Análise", "Responder e-mail",
            "Enviar documento para aprovação", "Cobrar aprovação", "Encerrar atendimento", "Comunicar conclusão"]
    assert set(seed) <= set(vocabulary.TASK_TYPE.values())
