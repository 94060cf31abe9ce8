"""The work plan editor's cells (domain/consulting.py, consulting-meetings block): hours as a planner types them."""

from __future__ import annotations

import pytest

from pitstop_desktop.domain.consulting import parse_plan_hours
from pitstop_desktop.domain.errors import BadValue, Field


@pytest.mark.parametrize(("text", "minutes"), [
    ("6", 360), ("0", 0), ("", 0), ("  ", 0), ("1:30", 90), ("10:05", 605), ("1,5", 90), ("1.25", 75), (",5", 30),
    ("6h", 360), ("90min", 90), ("1h30", 90), (" 2 h 15 min ", 135),
])
def test_a_cell_reads_in_hours(text: str, minutes: int) -> None:
    assert parse_plan_hours(text) == minutes


@pytest.mark.parametrize("text", ["h", "1:75", "-3", "seis", "1,5h", "1:3", ",", "6 horas"])
def test_a_cell_that_does_not_read_is_refused_in_hours_words(text: str) -> None:
    with pytest.raises(BadValue) as info:
        parse_plan_hours(text)
    assert (info.value.code, info.value.field) == ("value.hours_format", Field.MINUTES)
