"""A weekly report built by hand (no database): three consultants, every point filled, for the window's and the
PDF's tests. ``rows`` makes point 6 long (a table over several PDF pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pitstop_desktop.services.weekly_report_records import (
    TEAM,
    AnsLine,
    ContactTally,
    DemandCapacity,
    HoursLine,
    PlanCheck,
    PlanCoverage,
    ScheduledTask,
    TaskTime,
    WeekFigures,
    WeeklyReport,
)

MONDAY = date(2026, 11, 16)  # 2026-W47
PEOPLE = (("camila.rocha", "Camila Rocha"), ("rafael.lima", "Rafael Lima"), ("juliana.alves", "Juliana Alves"))


def sample_report(*, tasks_next_week: int = 12, monday: date = MONDAY) -> WeeklyReport:
    year, week, _ = monday.isocalendar()
    label = f"{year}-W{week:02d}"
    next_monday = monday + timedelta(weeks=1)
    ny, nw, _ = next_monday.isocalendar()
    task_time = []
    minutes = {"monitoring": (300, 240, 180), "document": (120, 0, 95), "maintenance": (200, 310, 60),
               "communicate_conclusion": (75, 40, 55), "meeting": (60, 60, 60)}
    for task_type, per_person in minutes.items():
        for (login, name), m in zip(PEOPLE, per_person, strict=True):
            if m:
                task_time.append(TaskTime(login, name, task_type, max(1, m // 40), m))
        task_time.append(TaskTime(None, TEAM, task_type, sum(max(1, m // 40) for m in per_person if m),
                                  sum(per_person)))
    contacts = [ContactTally("camila.rocha", "Camila Rocha", 6, 1, 0, 9, 410),
                ContactTally("rafael.lima", "Rafael Lima", 4, 0, 1, 12, 380),
                ContactTally("juliana.alves", "Juliana Alves", 3, 2, 1, 5, 220),
                ContactTally(None, TEAM, 13, 3, 2, 26, 1010)]
    hours = [HoursLine("camila.rocha", "Camila Rocha", 2280, 2115), HoursLine("rafael.lima", "Rafael Lima", 2100,
                                                                            2230),
             HoursLine("juliana.alves", "Juliana Alves", 1800, 1350), HoursLine(None, TEAM, 6180, 5695)]
    plan = []
    for task_type, planned in (("monitoring", 600), ("document", 300), ("maintenance", 480)):
        realized_team = sum(minutes[task_type])
        for (login, name), realized in zip(PEOPLE, minutes[task_type], strict=True):
            plan.append(PlanCheck(login, name, task_type, planned // 3, realized, realized >= planned // 3))
        plan.append(PlanCheck(None, TEAM, task_type, planned, realized_team, realized_team >= planned))
    coverage = []
    for task_type, planned, scheduled in (("monitoring", 600, 540), ("document", 300, 300), ("maintenance", 480,
                                                                                           120)):
        for login, name in PEOPLE:
            coverage.append(PlanCoverage(login, name, task_type, planned // 3, scheduled // 3))
        coverage.append(PlanCoverage(None, TEAM, task_type, planned, scheduled))
    start = datetime.combine(next_monday, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)
    tasks = [ScheduledTask(PEOPLE[i % 3][0], PEOPLE[i % 3][1], ("monitoring", "document", "maintenance")[i % 3],
                           f"Tarefa agendada {i + 1}", 480100 + i if i % 2 else None,
                           start + timedelta(days=(i // 3) % 5, hours=i % 3),
                           start + timedelta(days=(i // 3) % 5, hours=i % 3 + 1)) for i in range(tasks_next_week)]
    demand = DemandCapacity(ocs_in=412, hours_in=298.5, ocs_closed=398, capacity_hours=352.0, open_backlog=57,
                            backlog_days=0.7)
    ans = [AnsLine("class", "2H", 120, 104, 104 / 120, "2 Horas"),
           AnsLine("class", "4H", 180, 171, 171 / 180, "4 Horas"),
           AnsLine("class", "24H", 98, 80, 80 / 98, "24 Horas"), AnsLine("class", "10D", 0, 0, None, "10 Dias"),
           AnsLine("tab", "n1_rapida", 220, 205, 205 / 220, "N1 - Rápida"),
           AnsLine("tab", "n2", 178, 150, 150 / 178, "N2")]
    evolution = []
    for back in range(7, -1, -1):
        m = monday - timedelta(weeks=back)
        y, w, _ = m.isocalendar()
        evolution.append(WeekFigures(f"{y}-W{w:02d}", m, 380 + 5 * back, 370 + 3 * back,
                                     None if back == 5 else 0.84 + 0.01 * (back % 4), 300 - 10 * back))
    conclusion = [TaskTime("camila.rocha", "Camila Rocha", "communicate_conclusion", 7, 75),
                  TaskTime("rafael.lima", "Rafael Lima", "communicate_conclusion", 4, 40),
                  TaskTime("juliana.alves", "Juliana Alves", "communicate_conclusion", 5, 55),
                  TaskTime(None, TEAM, "communicate_conclusion", 16, 170)]
    return WeeklyReport(week=label, monday=monday, next_week=f"{ny}-W{nw:02d}",
                        generated_at=datetime(2026, 11, 23, 11, 5, tzinfo=UTC),
                        task_time=tuple(task_time), contacts=tuple(contacts), hours=tuple(hours),
                        plan_checks=tuple(plan), next_week_coverage=tuple(coverage), next_week_tasks=tuple(tasks),
                        demand=demand, ans=tuple(ans), evolution=tuple(evolution),
                        conclusion_tasks=tuple(conclusion))


def empty_report(monday: date = MONDAY) -> WeeklyReport:
    """A week with nothing at all (a new office)."""
    full = sample_report(monday=monday)
    return WeeklyReport(week=full.week, monday=monday, next_week=full.next_week, generated_at=full.generated_at,
                        task_time=(), contacts=(), hours=(), plan_checks=(), next_week_coverage=(),
                        next_week_tasks=(), demand=DemandCapacity(0, 0.0, 0, 0.0, 0, None), ans=(), evolution=(),
                        conclusion_tasks=())
