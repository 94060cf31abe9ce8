"""The weekly management report's figures (second seed, "Gerência" 1–10; issue 12), as plain rows.

The report is about one ISO week, ``week`` (the week reviewed: run on a Monday, it is the week that just ended);
points 5–6 are about the week after it, ``next_week`` (the week being planned). Every per-person section also has
a team row: ``login`` None, ``name`` "Equipe", after the people's rows. Minutes are whole minutes; shares are 0–1
(None when nothing counts).

How the figures are counted (services/weekly_report.py computes them; the fixture week of
tests/services/weekly_fixture.py works each one out by hand):

- A week is Monday 00:00 to the next Monday 00:00 in the business calendar's zone (America/Sao_Paulo): a task
  stopped on Sunday at 22:00 there belongs to that week, though it is Monday in UTC.
- The people: the consulting team (setting ``consulting_team``) and anyone who owns a task or contact, or has a
  work-plan line, in the reviewed or the next week; in name order.
- A person's minutes on a line are rounded to the nearest minute from the seconds recorded; a team row is the
  sum of the people's rows above it, so every column adds up as printed.
- OCs: complementary OCs (R2, FAQ 7347: registered and closed at once to log an extra call) are left out of
  every OC figure, as the gauges leave them out of ANS.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

TEAM = "Equipe"  # the name of the team rows (login None)


@dataclass(frozen=True)
class TaskTime:
    """1 (and 10): tasks of ``task_type`` done (status done) with their stop in the week, and the time executed
    on them (stop − start). A task still running at the end of the week, or cancelled, has no executed time yet.

    Point 1 lists only (person, type) pairs with a task; point 10 lists every person (zero included)."""

    login: str | None
    name: str
    task_type: str
    count: int
    executed_minutes: int


@dataclass(frozen=True)
class ContactTally:
    """2: contacts of the week: scheduled ones (planned start in the week) by status, and triggered ones (the
    client called: started in the week, done or still running). A scheduled contact still "scheduled" or running
    counts in none of the three columns. Every person has a row, zero included."""

    login: str | None
    name: str
    scheduled_done: int
    scheduled_missed: int
    scheduled_cancelled: int
    triggered: int
    minutes: int  # time in contacts that happened (done: end − start), scheduled or triggered


@dataclass(frozen=True)
class HoursLine:
    """3: hours scheduled (planned times of tasks and contacts whose planned start is in the week, cancelled ones
    left out; a missed contact or a task never started still counts: it was scheduled) against hours realized
    (point 1's executed time plus point 2's contact minutes). Every person has a row, zero included."""

    login: str | None
    name: str
    scheduled_minutes: int
    realized_minutes: int


@dataclass(frozen=True)
class PlanCheck:
    """4: the work plan's hours for a task type against the realized ones (point 1's executed minutes of that
    type); ``met`` when realized ≥ planned. One line per work-plan line of the week; the team row of a type
    sets the team's planned minutes against everything the report's people executed of that type."""

    login: str | None
    name: str
    task_type: str
    planned_minutes: int
    realized_minutes: int
    met: bool


@dataclass(frozen=True)
class ScheduledTask:
    """6: one task scheduled for the next week (planned start in it, not cancelled), in planned-start order."""

    login: str
    name: str
    task_type: str
    title: str
    protocol: int | None
    planned_start: datetime
    planned_end: datetime


@dataclass(frozen=True)
class PlanCoverage:
    """5: for the next week, the work plan's minutes of a task type against the minutes already scheduled (planned
    spans of the tasks of point 6). One line per work-plan line and per type scheduled outside the plan
    (planned 0), so work scheduled beyond the plan shows too."""

    login: str | None
    name: str
    task_type: str
    planned_minutes: int
    scheduled_minutes: int


@dataclass(frozen=True)
class DemandCapacity:
    """7: what came in against what the roster could give, and how long the open backlog needs.

    The hours of work that came in are measured, not elapsed: ``handling_minutes`` is the mean time the OCs
    concluded in the week were held in attendance, from their first acceptance (the audit's "accepted"; an OC
    registered straight to its owner, never offered, from its opening) to their closure, counted on the business
    clock (only minutes inside business hours, so nights, weekends and holidays count nothing); ``hours_in`` is
    ``ocs_in`` × that mean (the mean as printed, whole minutes). The time an OC waited in the queue before someone
    took it is not work and is left out.

    The capacity is the help desk's: the rostered hours, minus lunch, of the technicians (role technician) who
    serve at least one tab. The consultants serve none (the help desk never offers them an OC, and the demand is
    the help desk's OCs), so their rostered hours are not in it."""

    ocs_in: int  # OCs opened in the week
    hours_in: float  # hours of work that came in: ocs_in × handling_minutes ÷ 60 (0 if none was concluded)
    ocs_closed: int
    capacity_hours: float  # rostered hours in the week, minus lunch, of the technicians who serve a tab
    open_backlog: int  # OCs opened before the end of the week and not closed by then
    backlog_days: float | None  # open_backlog ÷ (ocs_closed ÷ business days of the week) (None: nothing closed)
    handling_minutes: int | None = None  # mean business minutes from acceptance to closure (None: none concluded)


@dataclass(frozen=True)
class AnsLine:
    """8: OCs concluded in the week within their SLA (``closed_at`` ≤ the stored ``due_at``), by class (``by``
    "class", every class in policy order) or by the tab they were concluded in (``by`` "tab", every tab in
    position order); a class or tab with nothing concluded has ``share`` None."""

    by: str
    code: str  # SLA class code or tab code
    concluded: int
    on_time: int
    share: float | None
    name: str = ""  # the class's or tab's stored name ("2 Horas", "N1 - Rápida")


@dataclass(frozen=True)
class WeekFigures:
    """9: the evolution: one line per week, oldest first, the reviewed week last (its figures are point 7's and
    8's). ``mean_resolve_minutes``: mean of closed − opened (calendar time) of the OCs closed that week. Leading weeks
    with no OC opened or closed are left out (the lines start where the data does); the reviewed week is always
    there."""

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
    timezone: str = "America/Sao_Paulo"  # the business calendar's zone: how the exports and windows show times
