"""The work plan (services/work_plan.py) on SQLite and PostgreSQL: management sets minutes per person, ISO week
and task type (0 removes the line), reads a week's plan, copies a week; others are refused."""

from __future__ import annotations

from datetime import date

from pitstop_desktop.db import Database
from pitstop_desktop.domain.consulting import parse_week
from pitstop_desktop.domain.errors import BadValue, NotFound, NotPermitted
from pitstop_desktop.services import work_plan
from pitstop_desktop.services.consulting_records import PlanLine
from tests.services.consulting_helpers import consulting_db_url, refused  # noqa: F401  (fixtures)
from tests.services.helpers import at

W48, W49 = parse_week("2026-W48"), parse_week("2026-W49")


def test_management_sets_the_plan_line_by_line(db: Database) -> None:
    lines = work_plan.set_plan(db, actor="gil", login="caio", week=date(2026, 11, 26), task_type="document",
                               minutes=360, at=at(9))
    assert lines == [PlanLine("caio", "Caio Técnico", W48, "document", 360)]
    work_plan.set_plan(db, actor="sara", login="caio", week=W48, task_type="check_email", minutes=300, at=at(9))
    work_plan.set_plan(db, actor="gil", login="duda", week=W48, task_type="meeting", minutes=90, at=at(9))
    work_plan.set_plan(db, actor="gil", login="caio", week=W48, task_type="document", minutes=240, at=at(9, 1))
    assert [(p.login, p.task_type, p.planned_minutes) for p in work_plan.plan(db, week=W48)] == [
        ("caio", "check_email", 300), ("caio", "document", 240), ("duda", "meeting", 90)]
    assert [p.task_type for p in work_plan.plan(db, week=W48, login="duda")] == ["meeting"]
    assert work_plan.set_plan(db, actor="gil", login="caio", week=W48, task_type="document", minutes=0,
                              at=at(9, 2)) == [PlanLine("caio", "Caio Técnico", W48, "check_email", 300)]
    assert work_plan.plan(db, week=W49) == []


def test_only_management_that_plans_and_sane_values(db: Database) -> None:
    for actor in ("caio", "zenaide", "ana"):
        refused(db, lambda a=actor: work_plan.set_plan(db, actor=a, login="caio", week=W48, task_type="document",  # type: ignore[misc]
                                                       minutes=60, at=at(9)),
                NotPermitted, "permission.consulting_planning")
    refused(db, lambda: work_plan.set_plan(db, actor="gil", login="caio", week=W48, task_type="nap", minutes=60,
                                           at=at(9)), BadValue, "value.task_type")
    refused(db, lambda: work_plan.set_plan(db, actor="gil", login="caio", week=W48, task_type="test",
                                           minutes=-5, at=at(9)), BadValue, "value.plan_minutes")
    refused(db, lambda: work_plan.set_plan(db, actor="gil", login="caio", week=W48, task_type="test",
                                           minutes=10081, at=at(9)), BadValue, "value.plan_minutes")
    refused(db, lambda: work_plan.set_plan(db, actor="gil", login="nobody", week=W48, task_type="test",
                                           minutes=60, at=at(9)), NotFound, "not_found.person")


def test_copying_a_week_makes_the_target_the_same(db: Database) -> None:
    work_plan.set_plan(db, actor="gil", login="caio", week=W48, task_type="document", minutes=360, at=at(9))
    work_plan.set_plan(db, actor="gil", login="duda", week=W48, task_type="test", minutes=120, at=at(9))
    work_plan.set_plan(db, actor="gil", login="duda", week=W49, task_type="test", minutes=30, at=at(9))
    work_plan.set_plan(db, actor="gil", login="duda", week=W49, task_type="ati", minutes=30, at=at(9))
    copied = work_plan.copy_plan(db, actor="gil", from_week=W48, to_week=W49, at=at(9, 5))
    assert [(p.login, p.week, p.task_type, p.planned_minutes) for p in copied] == [
        ("caio", W49, "document", 360), ("duda", W49, "test", 120)]
    assert work_plan.plan(db, week=W49) == copied
    refused(db, lambda: work_plan.copy_plan(db, actor="gil", from_week=W48, to_week=date(2026, 11, 27), at=at(9)),
            BadValue, "value.same_week")
    refused(db, lambda: work_plan.copy_plan(db, actor="caio", from_week=W48, to_week=W49, at=at(9)),
            NotPermitted, "permission.consulting_planning")
