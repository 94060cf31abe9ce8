"""The weekly management report's figures (second seed, "Gerência" 1–10; issue 12), as plain rows.

The report is about one ISO week, ``week`` (the week reviewed: run on a Monday, it is the week that just ended);
points 5–6 are about the week after it, ``next_week`` (the week being planned). Every per-person section also has
a team row: ``login`` None, ``name`` "Equipe". Minutes are whole minutes; shares are 0–1 (None when nothing counts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

TEAM = "Equipe"  # the name of the team rows (login None)


@dataclass(frozen=True)
class TaskTime:
    """1 (and 10): tasks of ``task_type`` stopped in the week, and the time executed on them."""

    login: str | None
    name: str
    task_type: str
    count: int
    executed_minutes: int


@dataclass(frozen=True)
class ContactTally:
    """2: contacts of the week: scheduled ones by status, and triggered ones (the client called)."""

    login: str | None
    name: str
    scheduled_done: int
    scheduled_missed: int
    scheduled_cancelled: int
    triggered: int
    minutes: int  # time in contacts that happened (done), scheduled or triggered


@dataclass(frozen=True)
class HoursLine:
    """3: hours scheduled (planned times of tasks and contacts in the week) against hours realized (actual
    times)."""

    login: str | None
    name: str
    scheduled_minutes: int
    realized_minutes: int


@dataclass(frozen=True)
class PlanCheck:
    """4: the work plan's hours for a task type against the realized ones; ``met`` when realized ≥ planned."""

    login: str | None
    name: str
    task_type: str
    planned_minutes: int
    realized_minutes: int
    met: bool


@dataclass(frozen=True)
class ScheduledTask:
    """6: one task scheduled for the next week (the report of the week's schedule)."""

    login: str
    name: str
    task_type: str
    title: str
    protocol: int | None
    planned_start: datetime
    planned_end: datetime


@dataclass(frozen=True)
class PlanCoverage:
    """5: for the next week, the work plan's minutes of a task type against the minutes already scheduled."""

    login: str | None
    name: str
    task_type: str
    planned_minutes: int
    scheduled_minutes: int


@dataclass(frozen=True)
class DemandCapacity:
    """7: what came in against what the roster could give, and how long the open backlog needs."""

    ocs_in: int  # OCs opened in the week
    hours_in: float  # hours of work that came in: ocs_in × the week's mean hours to resolve
    ocs_closed: int
    capacity_hours: float  # technicians' rostered hours in the week, minus lunch
    open_backlog: int  # OCs open at the end of the week
    backlog_days: float | None  # days to clear it at the week's closing pace (None: nothing closed)


@dataclass(frozen=True)
class AnsLine:
    """8: OCs concluded in the week within their SLA, by class (``by`` "class") or by tab (``by`` "tab")."""

    by: str
    code: str  # SLA class code or tab code
    concluded: int
    on_time: int
    share: float | None


@dataclass(frozen=True)
class WeekFigures:
    """9: the evolution: one line per week, oldest first, the reviewed week last."""

    week: str  # ISO week label, 2026-W47
    monday: date
    ocs_in: int
    ocs_closed: int
    ans_share: float | None
    mean_resolve_minutes: int | None


@dataclass(frozen=True)
class WeeklyReport:
    week: str  # the ISO week reviewed, 2026-W47
    monday: date
    next_week: str  # the week being planned (points 5–6)
    generated_at: datetime
    task_time: tuple[TaskTime, ...]  # 1
    contacts: tuple[ContactTally, ...]  # 2
    hours: tuple[HoursLine, ...]  # 3
    plan_checks: tuple[PlanCheck, ...]  # 4
    next_week_coverage: tuple[PlanCoverage, ...]  # 5
    next_week_tasks: tuple[ScheduledTask, ...]  # 6
    demand: DemandCapacity  # 7
    ans: tuple[AnsLine, ...]  # 8
    evolution: tuple[WeekFigures, ...]  # 9
    conclusion_tasks: tuple[TaskTime, ...]  # 10: "Comunicar conclusão", per person and team
