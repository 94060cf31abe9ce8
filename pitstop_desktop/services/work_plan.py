"""The work plan (second seed, Gerência: "com base no plano de trabalho"): how many minutes each person should
give to each task type in an ISO week. Management that plans sets it, line by line or by copying a week; the week
view and the weekly report read it against what was scheduled and done.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import StaffRow, WorkPlanRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.consulting import MAX_PLAN_MINUTES, TaskType, week_label, week_monday
from pitstop_desktop.domain.errors import BadValue, Field
from pitstop_desktop.services.consulting_common import planner
from pitstop_desktop.services.consulting_records import PlanLine
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_staff, run


def _lines(uow: UnitOfWork, monday: date, staff_id: int | None = None) -> list[PlanLine]:
    query = (select(StaffRow.login, StaffRow.name, WorkPlanRow.week, WorkPlanRow.task_type,
                    WorkPlanRow.planned_minutes)
             .join(StaffRow, StaffRow.id == WorkPlanRow.staff_id).where(WorkPlanRow.week == monday)
             .order_by(StaffRow.name, StaffRow.login, WorkPlanRow.task_type))
    if staff_id is not None:
        query = query.where(WorkPlanRow.staff_id == staff_id)
    return [PlanLine(login, name, week, task_type, int(minutes))
            for login, name, week, task_type, minutes in uow.session.execute(query)]


def set_plan(
    db: Database, *, actor: str, login: str, week: date, task_type: str, minutes: int, at: datetime | None = None,
) -> list[PlanLine]:
    """``login`` plans ``minutes`` of ``task_type`` in the week of ``week`` (any day of it); 0 removes the line.
    The answer is the person's plan of that week."""
    try:
        kind = TaskType(task_type)
    except ValueError:
        raise BadValue("value.task_type", field=Field.TASK_TYPE, value=task_type) from None
    if not 0 <= minutes <= MAX_PLAN_MINUTES:
        raise BadValue("value.plan_minutes", field=Field.MINUTES, minutes=minutes, limit=MAX_PLAN_MINUTES)
    monday = week_monday(week)

    def work(uow: UnitOfWork) -> list[PlanLine]:
        person = planner(uow, actor)
        who = get_staff(uow.session, login, field=Field.LOGIN)
        row = uow.session.scalar(select(WorkPlanRow).where(
            WorkPlanRow.staff_id == who.id, WorkPlanRow.week == monday, WorkPlanRow.task_type == kind.value))
        before = row.planned_minutes if row is not None else 0
        if before != minutes:
            if minutes == 0:
                assert row is not None  # before != 0
                row_id = row.id
                uow.session.execute(delete(WorkPlanRow).where(WorkPlanRow.id == row_id))
            else:
                if row is None:
                    row = WorkPlanRow(staff_id=who.id, week=monday, task_type=kind.value, planned_minutes=minutes)
                    uow.session.add(row)
                row.planned_minutes = minutes
                uow.session.flush()
                row_id = row.id
            uow.record(person.login, Entity.WORK_PLAN, row_id, "set",
                       f"{who.login} {week_label(monday)} {kind.value} {before} → {minutes} min",
                       before={"minutes": before}, after={"minutes": minutes})
        return _lines(uow, monday, who.id)

    return run(db, work, at)


def plan(db: Database, *, week: date, login: str | None = None) -> list[PlanLine]:
    """The work plan of the week of ``week`` (of ``login``, or everyone), by name and task type."""
    monday = week_monday(week)

    def work(uow: UnitOfWork) -> list[PlanLine]:
        staff_id = get_staff(uow.session, login, field=Field.LOGIN).id if login is not None else None
        return _lines(uow, monday, staff_id)

    return run(db, work, write=False)


def copy_plan(
    db: Database, *, actor: str, from_week: date, to_week: date, at: datetime | None = None,
) -> list[PlanLine]:
    """Make the plan of ``to_week`` what ``from_week``'s is (for everyone; lines not in the source go away).
    The answer is the new week's plan."""
    source, target = week_monday(from_week), week_monday(to_week)
    if source == target:
        raise BadValue("value.same_week", field=Field.WEEK, week=week_label(source))

    def work(uow: UnitOfWork) -> list[PlanLine]:
        person = planner(uow, actor)
        wanted = {(r.staff_id, r.task_type): r.planned_minutes for r in uow.session.scalars(
            select(WorkPlanRow).where(WorkPlanRow.week == source))}
        existing = {(r.staff_id, r.task_type): r for r in uow.session.scalars(
            select(WorkPlanRow).where(WorkPlanRow.week == target))}
        changed = 0
        for key, row in existing.items():
            if key not in wanted:
                uow.session.execute(delete(WorkPlanRow).where(WorkPlanRow.id == row.id))
                changed += 1
        for (staff_id, task_type), minutes in wanted.items():
            line = existing.get((staff_id, task_type))
            if line is None:
                uow.session.add(WorkPlanRow(staff_id=staff_id, week=target, task_type=task_type,
                                            planned_minutes=minutes))
                changed += 1
            elif line.planned_minutes != minutes:
                line.planned_minutes = minutes
                changed += 1
        if changed:
            uow.session.flush()
            uow.record(person.login, Entity.WORK_PLAN, 0, "copied",
                       f"{week_label(source)} → {week_label(target)}: {changed}")
        return _lines(uow, target)

    return run(db, work, at)
