"""The board's cheap per-second state (milestones) always agrees with the one SLA function."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.domain.sla import DEFAULT_SLA_CLASSES, milestones, read_sla, remaining_minutes

SP = ZoneInfo("America/Sao_Paulo")
CAL = BusinessCalendar()
BASE = datetime(2026, 11, 16, tzinfo=SP)  # a Monday; the week holds the 20 November holiday


@settings(max_examples=400, deadline=None)
@given(
    sla=st.sampled_from(DEFAULT_SLA_CLASSES),
    opened_minutes=st.integers(0, 7 * 24 * 60),
    later_seconds=st.integers(0, 14 * 24 * 3600),
)
def test_milestone_state_matches_read_sla(sla, opened_minutes: int, later_seconds: int) -> None:  # type: ignore[no-untyped-def]
    opened = BASE + timedelta(minutes=opened_minutes)
    now = opened + timedelta(seconds=later_seconds)
    assert milestones(sla, CAL, opened).state_at(now) == read_sla(sla, CAL, opened, now).state
    # the board's countdown (remaining_minutes, once per shown row per second) is read_sla's, to the minute
    assert remaining_minutes(sla, CAL, opened, now) == read_sla(sla, CAL, opened, now).remaining_minutes


def test_business_clock_due_at_closing_breaches_next_morning() -> None:
    two_hours = next(c for c in DEFAULT_SLA_CLASSES if c.code == "2H")
    marks = milestones(two_hours, CAL, datetime(2026, 11, 23, 16, 0, tzinfo=SP))
    assert marks.due_at == datetime(2026, 11, 23, 18, 0, tzinfo=SP)
    assert marks.warning_at == datetime(2026, 11, 23, 17, 30, tzinfo=SP)
    assert marks.breach_at.astimezone(SP).date().isoformat() == "2026-11-24"
