"""The weekly management report on the fixture week (tests/services/weekly_fixture.py), on SQLite and PostgreSQL.

Every expected number below was worked out by hand from the fixture's rows (the arithmetic is in the comments),
never by calling the code under test. ``EXPECTED_*`` are shared with the CLI and export tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from pitstop_desktop.db import Database
from pitstop_desktop.domain.vocabulary import WEEKLY_REPORT_SECTIONS
from pitstop_desktop.services.weekly_report import Cancelled, weekly_report
from pitstop_desktop.services.weekly_report_records import (
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
from tests.services.weekly_fixture import (  # noqa: F401 (fixture_week_db_url: the db fixture's database)
    GENERATED_AT,
    MONDAY,
    at,
    fixture_week_db_url,
)

B, C, D, E = ("bruna", "Bruna Consultora"), ("carla", "Carla Consultora"), ("davi", "Davi Consultor"), \
    ("elis", "Elis Suporte")
T = (None, "Equipe")

# 1. Done tasks stopped in [Mon 16 00:00, Mon 23 00:00) São Paulo, per person and type (types in TaskType order)
EXPECTED_TASK_TIME = (
    TaskTime(*C, "document", 2, 135),  # 09:00–10:30 = 90 + 14:00–14:45 = 45 (the one stopped Mon 23 00:15: out)
    TaskTime(*C, "knowledge_base", 1, 60),  # Sun 22 21:00–22:00 local (already Monday in UTC): in
    TaskTime(*C, "test", 1, 75),  # 10:10–11:25
    TaskTime(*C, "communicate_conclusion", 1, 10),  # 16:00–16:10 (analysis still running, review cancelled: out)
    TaskTime(*D, "document", 1, 60),  # 09:00–10:00
    TaskTime(*D, "communicate_conclusion", 2, 25),  # 11:00–11:20 = 20 + 11:30–11:35 = 5 (the meeting never began)
    TaskTime(*E, "communicate_conclusion", 1, 15),  # 16:00–16:15
    TaskTime(*T, "document", 3, 195),  # 135 + 60
    TaskTime(*T, "knowledge_base", 1, 60),
    TaskTime(*T, "test", 1, 75),
    TaskTime(*T, "communicate_conclusion", 4, 50),  # 10 + 25 + 15
)

# 2. Scheduled contacts (planned start in the week) by status; triggered ones (started in the week); done minutes
EXPECTED_CONTACTS = (
    ContactTally(*B, 0, 0, 0, 0, 0),
    ContactTally(*C, 1, 1, 1, 2, 97),  # meeting 14:05–15:10 = 65, phone 20, Skype 12 → 97
    ContactTally(*D, 1, 0, 0, 1, 75),  # meeting 15:00–15:45 = 45, phone 30 (Fri 13 and Mon 23: other weeks)
    ContactTally(*E, 0, 0, 0, 0, 0),
    ContactTally(*T, 2, 1, 1, 3, 172),  # 97 + 75
)

# 3. Scheduled: planned spans in the week, cancelled ones out; realized: point 1 + point 2's minutes
EXPECTED_HOURS = (
    HoursLine(*B, 0, 0),
    HoursLine(*C, 330, 377),  # tasks 120 + 60 + 60 (running analysis) + contacts 60 + 30 (missed); 280 + 97
    HoursLine(*D, 180, 160),  # tasks 60 + 60 (meeting never begun) + contact 60; 85 + 75
    HoursLine(*E, 0, 15),
    HoursLine(*T, 510, 552),  # 330 + 180; 377 + 160 + 15
)

# 4. The W47 work plan against point 1; the team row of a type: the team's plan against all its people did
EXPECTED_PLAN_CHECKS = (
    PlanCheck(*B, "monitoring", 240, 0, False),
    PlanCheck(*C, "document", 120, 135, True),
    PlanCheck(*C, "test", 120, 75, False),
    PlanCheck(*C, "communicate_conclusion", 30, 10, False),
    PlanCheck(*D, "document", 120, 60, False),
    PlanCheck(*D, "meeting", 60, 0, False),
    PlanCheck(*T, "monitoring", 240, 0, False),
    PlanCheck(*T, "document", 240, 195, False),  # 120 + 120; 135 + 60
    PlanCheck(*T, "meeting", 60, 0, False),
    PlanCheck(*T, "test", 120, 75, False),
    PlanCheck(*T, "communicate_conclusion", 30, 50, True),  # only carla planned it; 10 + 25 + 15 done
)

# 5. The W48 plan against the tasks planned in [Mon 23, Mon 30) São Paulo, cancelled out; unplanned types too
EXPECTED_COVERAGE = (
    PlanCoverage(*C, "document", 180, 150),  # 09:00–11:00 + 14:00–14:30
    PlanCoverage(*C, "review", 0, 60),
    PlanCoverage(*C, "test", 60, 0),
    PlanCoverage(*D, "meeting", 120, 90),  # 15:00–16:30 (the cancelled document: out)
    PlanCoverage(*D, "analysis", 0, 60),  # Sun 29 22:00–23:00 local (Mon 30 09:00: the week after)
    PlanCoverage(*T, "document", 180, 150),
    PlanCoverage(*T, "review", 0, 60),
    PlanCoverage(*T, "meeting", 120, 90),
    PlanCoverage(*T, "test", 60, 0),
    PlanCoverage(*T, "analysis", 0, 60),
)

# 6. The same tasks, in planned-start order
EXPECTED_NEXT_TASKS = (
    ScheduledTask("carla", C[1], "document", "Documentar a OC 7", 7, at(23, 9), at(23, 11)),
    ScheduledTask("carla", C[1], "document", "Revisar o manual", None, at(24, 14), at(24, 14, 30)),
    ScheduledTask("carla", C[1], "review", "Revisão do contrato", None, at(25, 10), at(25, 11)),
    ScheduledTask("davi", D[1], "meeting", "Reunião com a Beta", None, at(26, 15), at(26, 16, 30)),
    ScheduledTask("davi", D[1], "analysis", "Domingo à noite", None, at(29, 22), at(29, 23)),
)

# 7. OCs opened in W47: 1–7 and 13 (Sun 22:30 local) = 8 (8 is complementary; 9–11 before, 12 after).
#    Closed in W47: 1, 2, 3, 4, 5, 9 = 6. Their time in attendance, on the business clock (Mon–Fri 08:00–18:00;
#    Fri 20 is a holiday), from the first acceptance (fixture ACCEPTANCES), or from the opening without one:
#      1: no acceptance (only an offer): 09:00 → 10:00 = 60
#      2: no acceptance: 14:00 → 17:00 = 180
#      3: accepted Tue 17 11:00 → 13:00 = 120
#      4: accepted Tue 17 16:00 (again Wed 18 09:00: the first counts) → Thu 19 10:00: 16:00–18:00 = 120
#         + Wed 08:00–18:00 = 600 + Thu 08:00–10:00 = 120 → 840
#      5: no acceptance: 09:00 → 11:00 = 120
#      9: accepted Fri 13 17:30 → Mon 16 11:00: 17:30–18:00 = 30 + the weekend 0 + 08:00–11:00 = 180 → 210
#    60 + 180 + 120 + 840 + 120 + 210 = 1530 min ÷ 6 = 255 min (4.25 h); 8 in × 4.25 h = 34 h in.
#    Capacity, technicians who serve a tab: tito 4 × (9 h − 1 h) = 32, carla 4 × (9 h − 1.5 h) = 30 → 62 h
#    (davi's 2 × 4 h: he serves no tab; elis: attendant).
#    Open at the week's end: 6, 10 (still open), 7, 13 (closed Mon 23) = 4; four business days (Fri 20 is a
#    holiday): 6 closed ÷ 4 = 1.5 a day → 4 ÷ 1.5 = 2.67 days.
EXPECTED_DEMAND = DemandCapacity(ocs_in=8, hours_in=34.0, ocs_closed=6, capacity_hours=62.0, open_backlog=4,
                                 backlog_days=2.67, handling_minutes=255)

# 8. Closed in W47 within the stored due time (5 closed exactly at it: on time)
EXPECTED_ANS = (
    AnsLine("class", "IS", 0, 0, None, "IS"),
    AnsLine("class", "URGENTE", 0, 0, None, "Urgente"),
    AnsLine("class", "2H", 3, 2, 2 / 3, "2 Horas"),  # 1 on time, 2 late, 5 on time
    AnsLine("class", "4H", 0, 0, None, "4 Horas"),
    AnsLine("class", "24H", 3, 1, 1 / 3, "24 Horas"),  # 3 on time, 4 and 9 late
    AnsLine("class", "72H", 0, 0, None, "72 Horas"),
    AnsLine("class", "10D", 0, 0, None, "10 Dias"),
    AnsLine("tab", "n1_rapida", 4, 2, 0.5, "N1 - Rápida"),  # 1, 3 on time; 2, 9 late
    AnsLine("tab", "n1_blip_matriz", 0, 0, None, "N1 - Blip Matriz"),
    AnsLine("tab", "n1_blip_filiais", 0, 0, None, "N1 - Blip Filiais"),
    AnsLine("tab", "n1_filiais", 2, 1, 0.5, "N1 - Filiais"),  # 5 on time, 4 late
    AnsLine("tab", "especialistas", 0, 0, None, "Especialistas"),
    AnsLine("tab", "apoio_n1", 0, 0, None, "APOIO N1"),
    AnsLine("tab", "n2", 0, 0, None, "N2"),
)


def _empty(week: int, monday: date) -> WeekFigures:
    return WeekFigures(f"2026-W{week}", monday, 0, 0, None, None)


# 9. Eight weeks asked, W40 (Mon 28 Sep) to W47; W40–W45 have no OC opened or closed, so the lines start at W46:
#    9, 10, 11 opened, 11 closed on time in 24 h
EXPECTED_EVOLUTION = (
    WeekFigures("2026-W46", date(2026, 11, 9), 3, 1, 1.0, 1440),
    WeekFigures("2026-W47", date(2026, 11, 16), 8, 6, 0.5, 1260),  # 3 of 6 on time
)

# 10. "Comunicar conclusão": every person, zero included
EXPECTED_CONCLUSION = (
    TaskTime(*B, "communicate_conclusion", 0, 0),
    TaskTime(*C, "communicate_conclusion", 1, 10),
    TaskTime(*D, "communicate_conclusion", 2, 25),
    TaskTime(*E, "communicate_conclusion", 1, 15),
    TaskTime(*T, "communicate_conclusion", 4, 50),
)


@pytest.fixture
def report(db: Database) -> WeeklyReport:
    return weekly_report(db, week=MONDAY, at=GENERATED_AT)


def test_the_weeks_and_when(report: WeeklyReport) -> None:
    assert (report.week, report.monday, report.next_week) == ("2026-W47", date(2026, 11, 16), "2026-W48")
    assert report.generated_at == GENERATED_AT


def test_1_time_executed_per_task_type_and_person(report: WeeklyReport) -> None:
    assert report.task_time == EXPECTED_TASK_TIME


def test_2_contacts_scheduled_by_status_and_triggered(report: WeeklyReport) -> None:
    assert report.contacts == EXPECTED_CONTACTS


def test_3_hours_scheduled_against_realized(report: WeeklyReport) -> None:
    assert report.hours == EXPECTED_HOURS


def test_4_whether_the_work_plan_was_met(report: WeeklyReport) -> None:
    assert report.plan_checks == EXPECTED_PLAN_CHECKS


def test_5_next_weeks_plan_against_what_is_scheduled(report: WeeklyReport) -> None:
    assert report.next_week_coverage == EXPECTED_COVERAGE


def test_6_next_weeks_scheduled_tasks(report: WeeklyReport) -> None:
    assert report.next_week_tasks == EXPECTED_NEXT_TASKS


def test_7_demand_against_capacity(report: WeeklyReport) -> None:
    assert report.demand == EXPECTED_DEMAND


def test_8_ans_per_class_and_per_tab(report: WeeklyReport) -> None:
    assert _ans_tuples(report.ans) == _ans_tuples(EXPECTED_ANS)


def _ans_tuples(lines: tuple[AnsLine, ...]) -> list[tuple[object, ...]]:
    return [(a.by, a.code, a.concluded, a.on_time, None if a.share is None else round(a.share, 9), a.name)
            for a in lines]


def test_9_evolution_over_the_previous_weeks(report: WeeklyReport) -> None:
    assert report.evolution == EXPECTED_EVOLUTION


def test_10_communicate_conclusion_count_and_time(report: WeeklyReport) -> None:
    assert report.conclusion_tasks == EXPECTED_CONCLUSION


def test_any_day_of_the_week_names_the_same_week_and_the_evolution_follows_its_length(db: Database) -> None:
    report = weekly_report(db, week=date(2026, 11, 22), at=GENERATED_AT, evolution_weeks=2)  # the Sunday
    assert report.week == "2026-W47"
    assert report.evolution == EXPECTED_EVOLUTION[-2:]


def test_the_evolution_starts_at_the_first_week_with_ocs_and_keeps_the_empty_weeks_after_it(db: Database) -> None:
    report = weekly_report(db, week=date(2026, 12, 7), at=GENERATED_AT, evolution_weeks=10)  # W41 … W50 asked
    assert report.evolution == (
        EXPECTED_EVOLUTION[0], EXPECTED_EVOLUTION[1],  # W46, W47: W41–W45 had nothing opened or closed
        # W48: 12 opened (13 was Sunday 22:30, W47); 7 (late) and 13 (on time) closed; 7: Thu 19 15:00 → Mon 23
        # 09:00 = 90 h = 5400 min, 13: Sun 22 22:30 → Mon 23 10:00 = 690 min → (5400 + 690) ÷ 2 = 3045 min
        WeekFigures("2026-W48", date(2026, 11, 23), 1, 2, 0.5, 3045),
        _empty(49, date(2026, 11, 30)), _empty(50, date(2026, 12, 7)),  # after the data: kept, they are news
    )


def test_a_week_with_nothing_has_team_rows_and_no_shares(db: Database) -> None:
    report = weekly_report(db, week=date(2026, 12, 7), at=GENERATED_AT, evolution_weeks=1)
    assert report.task_time == ()
    assert [(c.name, c.triggered) for c in report.contacts] == [(B[1], 0), (C[1], 0), (D[1], 0), ("Equipe", 0)]
    assert report.demand == DemandCapacity(0, 0.0, 0, 0.0, 3, None, None)  # OCs 6, 10 and 12 are still open
    assert report.evolution == (_empty(50, date(2026, 12, 7)),)  # nothing in it, but the reviewed week stays
    assert all(a.share is None for a in report.ans)


def test_progress_after_each_of_the_ten_sections(db: Database) -> None:
    seen: list[tuple[int, int, str]] = []
    weekly_report(db, week=MONDAY, at=GENERATED_AT, progress=lambda *step: seen.append(step))
    assert seen == [(i + 1, 10, title) for i, title in enumerate(WEEKLY_REPORT_SECTIONS)]


def test_cancelled_between_sections_stops_the_report(db: Database) -> None:
    seen: list[int] = []
    with pytest.raises(Cancelled):
        weekly_report(db, week=MONDAY, at=GENERATED_AT, progress=lambda step, _n, _t: seen.append(step),
                      cancelled=lambda: len(seen) >= 3)
    assert seen == [1, 2, 3]


def test_cancelled_before_it_begins_reads_nothing(db: Database) -> None:
    def progress(step: int, steps: int, label: str) -> None:
        raise AssertionError("no section should have run")

    with pytest.raises(Cancelled):
        weekly_report(db, week=MONDAY, progress=progress, cancelled=lambda: True)


def test_without_at_the_report_is_of_the_clocks_moment_and_the_same_week(db: Database) -> None:
    report = weekly_report(db, week=MONDAY, evolution_weeks=1)
    assert report.generated_at.tzinfo is not None and report.generated_at != GENERATED_AT
    assert report.demand == EXPECTED_DEMAND
