"""The fixture week of the weekly management report: a small consulting office whose every figure was worked out by
hand (the expected numbers, with their arithmetic, are in tests/services/test_weekly_report.py).

The reviewed week is 2026-W47, Monday 16 to Sunday 22 November 2026, in America/Sao_Paulo (UTC-03:00, no DST);
Friday 20 November is a national holiday (Consciência Negra), so the week has four business days. The week being
planned is 2026-W48 (23 to 29 November). Staff, clients, the roster and the consulting team go through the core
services; OCs, tasks, contacts and the work plan are written as ORM rows with explicit times, so the fixture does
not depend on the consulting services.

Who is who (the report lists people in name order):

- ``bruna`` Bruna Consultora (technician, consulting team): a work-plan line and nothing else;
- ``carla`` Carla Consultora (technician, consulting team): most of the week's work;
- ``davi`` Davi Consultor (technician, consulting team, serves no tab: rostered, but not the help desk's capacity);
- ``elis`` Elis Suporte (attendant, not in the team): one "Comunicar conclusão" task, so she is in the report;
- ``tito`` Tito Técnico (technician, not in the team, no tasks): rostered, so he counts in the capacity only;
- ``gil`` Gil Gestor (manager): opens the OCs and creates the tasks; in no section.

Every record that must be left out sits just across a boundary (a task stopped at 00:15 on the next Monday, one
stopped at 22:00 on Sunday local time, which is already Monday in UTC, a task planned on the Monday after the
planned week, a cancelled one, a complementary OC …), so a figure that counts too much or too little shows.

``build_fixture_week(db)`` fills an empty migrated database and returns the reviewed week's Monday. A test module
that imports ``fixture_week_db_url`` gets the conftest's ``db`` fixture on a fresh copy of the fixture week, on
SQLite and on PostgreSQL (built once per session and backend, then copied)::

    from tests.services.weekly_fixture import fixture_week_db_url  # noqa: F401 (the db fixture's database)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    AuditRow,
    ClientRow,
    ContactRow,
    CounterRow,
    OccurrenceRow,
    StaffRow,
    TaskRow,
    WorkPlanRow,
)
from pitstop_desktop.services import intake, people
from pitstop_desktop.services.call_lookup import OC_NUMBER
from tests.conftest import BACKENDS, Templates, fresh_database_url

SP = ZoneInfo("America/Sao_Paulo")
MONDAY = date(2026, 11, 16)  # 2026-W47, the reviewed week
NEXT_MONDAY = date(2026, 11, 23)  # 2026-W48, the week being planned
GENERATED_AT = datetime(2026, 11, 23, 8, 0, tzinfo=SP)  # the Monday morning the report is made

STAFF = (
    ("bruna", "Bruna Consultora", "technician", ("n1_rapida",)),
    ("carla", "Carla Consultora", "technician", ("n1_rapida",)),
    ("davi", "Davi Consultor", "technician", ()),
    ("elis", "Elis Suporte", "attendant", ("n1_rapida",)),
    ("tito", "Tito Técnico", "technician", ("n1_filiais",)),
    ("gil", "Gil Gestor", "manager", ()),
)
TEAM = ("bruna", "carla", "davi")


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A moment of November 2026 (or ``month``) in São Paulo."""
    return datetime(2026, month, day, hour, minute, tzinfo=SP)


def _roster(db: Database) -> None:
    """Capacity (point 7): rostered hours in W47 minus lunch of the technicians who serve a tab.

    tito Mon–Thu 08:00–17:00, lunch 12:00–13:00 (8 h a day); carla Mon–Thu 09:00–18:00, lunch 12:00–13:30
    (7.5 h a day). Left out: davi Mon and Tue 08:00–12:00 (a technician who serves no tab, as the demo's
    consultants), elis (attendant) on Monday, tito on Sunday 15 (W46) and Monday 23 (W48)."""
    for offset in range(4):
        day = MONDAY + timedelta(days=offset)
        people.set_roster(db, login="tito", day=day, start=time(8), end=time(17), lunch=(time(12), time(13)))
        people.set_roster(db, login="carla", day=day, start=time(9), end=time(18), lunch=(time(12), time(13, 30)))
    for offset in range(2):
        people.set_roster(db, login="davi", day=MONDAY + timedelta(days=offset), start=time(8), end=time(12),
                          lunch=None)
    people.set_roster(db, login="elis", day=MONDAY, start=time(8), end=time(17), lunch=(time(12), time(13)))
    people.set_roster(db, login="tito", day=MONDAY - timedelta(days=1), start=time(8), end=time(12), lunch=None)
    people.set_roster(db, login="tito", day=NEXT_MONDAY, start=time(8), end=time(17), lunch=(time(12), time(13)))


# OCs: (number, tab, SLA class, opened, due, closed or None, status, complementary of number)
OCS: tuple[tuple[int, str, str, datetime, datetime, datetime | None, str, int | None], ...] = (
    (1, "n1_rapida", "2H", at(16, 9), at(16, 11), at(16, 10), "closed", None),  # on time, 60 min
    (2, "n1_rapida", "2H", at(16, 14), at(16, 16), at(16, 17), "closed", None),  # late, 180 min
    (3, "n1_rapida", "24H", at(17, 9), at(18, 9), at(17, 13), "closed", None),  # on time, 240 min
    (4, "n1_filiais", "24H", at(17, 10), at(18, 10), at(19, 10), "closed", None),  # late, 2880 min
    (5, "n1_filiais", "2H", at(18, 9), at(18, 11), at(18, 11), "closed", None),  # closed at the due time: on time
    (6, "n1_filiais", "24H", at(19, 9), at(20, 9), None, "open", None),  # open at the week's end
    (7, "n1_rapida", "2H", at(19, 15), at(19, 17), at(23, 9), "closed", None),  # closed the next week
    (8, "n1_rapida", "2H", at(16, 10, 5), at(16, 12, 5), at(16, 10, 5), "closed", 1),  # complementary (R2)
    (9, "n1_rapida", "24H", at(13, 15), at(14, 15), at(16, 11), "closed", None),  # opened W46, closed W47 late
    (10, "n1_filiais", "72H", at(12, 10), at(15, 10), None, "in_progress", None),  # opened W46, still open
    (11, "n1_rapida", "24H", at(11, 9), at(12, 9), at(12, 9), "closed", None),  # W46, on time, 1440 min
    (12, "n1_rapida", "2H", at(23, 8, 30), at(23, 10, 30), None, "open", None),  # opened in W48
    (13, "n1_rapida", "24H", at(22, 22, 30), at(23, 22, 30), at(23, 10), "closed", None),  # Sunday 22:30 local
)

# The OCs' audit events point 7's time in attendance reads: the first "accepted" of an OC starts it (an OC
# without one, registered straight to its owner, counts from its opening); other actions are not acceptances.
ACCEPTANCES: tuple[tuple[int, str, datetime, str], ...] = (
    (1, "offered", at(16, 9, 10), "gil"),  # an offer, not an acceptance: OC 1 still counts from its opening
    (3, "accepted", at(17, 11), "carla"),
    (4, "accepted", at(17, 16), "tito"),
    (4, "accepted", at(18, 9), "tito"),  # taken again after a hand-back: the first acceptance counts
    (9, "accepted", at(13, 17, 30), "carla"),  # Friday 13, W46: an OC closed in W47 is timed from here
    (13, "accepted", at(23, 8), "carla"),  # closed in W48: not this week's
)

# Tasks: (owner, type, status, planned start, planned end, started, stopped, OC number, title)
Span = tuple[datetime, datetime] | None
TASKS: tuple[tuple[str, str, str, Span, tuple[datetime, datetime | None] | None, int | None, str], ...] = (
    # carla, W47
    ("carla", "document", "done", (at(16, 9), at(16, 11)), (at(16, 9), at(16, 10, 30)), None, "Manual do PDV"),
    ("carla", "document", "done", None, (at(17, 14), at(17, 14, 45)), None, "Notas da versão"),
    ("carla", "test", "done", (at(18, 10), at(18, 11)), (at(18, 10, 10), at(18, 11, 25)), None, "Teste do TEF"),
    ("carla", "communicate_conclusion", "done", None, (at(19, 16), at(19, 16, 10)), 1, "Avisar a Acme"),
    ("carla", "analysis", "running", (at(19, 15), at(19, 16)), (at(19, 15), None), None, "Análise do estoque"),
    ("carla", "review", "cancelled", (at(18, 15), at(18, 16)), None, None, "Revisão cancelada"),
    ("carla", "knowledge_base", "done", None, (at(22, 21), at(22, 22)), None, "Artigo de domingo"),
    ("carla", "document", "done", None, (at(22, 23, 30), at(23, 0, 15)), None, "Passou da meia-noite"),
    # davi, W47
    ("davi", "document", "done", (at(17, 9), at(17, 10)), (at(17, 9), at(17, 10)), None, "Fluxo fiscal"),
    ("davi", "communicate_conclusion", "done", None, (at(19, 11), at(19, 11, 20)), 3, "Avisar a Beta"),
    ("davi", "communicate_conclusion", "done", None, (at(19, 11, 30), at(19, 11, 35)), 4, "Avisar a Beta"),
    ("davi", "meeting", "planned", (at(18, 14), at(18, 15)), None, None, "Reunião de alinhamento"),
    # elis, W47
    ("elis", "communicate_conclusion", "done", None, (at(17, 16), at(17, 16, 15)), 2, "Avisar a Acme"),
    # W48, the week being planned (points 5–6)
    ("carla", "document", "planned", (at(23, 9), at(23, 11)), None, 7, "Documentar a OC 7"),
    ("carla", "document", "planned", (at(24, 14), at(24, 14, 30)), None, None, "Revisar o manual"),
    ("carla", "review", "planned", (at(25, 10), at(25, 11)), None, None, "Revisão do contrato"),
    ("davi", "meeting", "planned", (at(26, 15), at(26, 16, 30)), None, None, "Reunião com a Beta"),
    ("davi", "document", "cancelled", (at(27, 9), at(27, 10)), None, None, "Cancelada"),
    ("davi", "analysis", "planned", (at(29, 22), at(29, 23)), None, None, "Domingo à noite"),
    ("davi", "analysis", "planned", (at(30, 9), at(30, 10)), None, None, "Semana seguinte"),
)

# Contacts: (consultant, channel, scheduled, status, planned span, actual span, client code)
CONTACTS: tuple[tuple[str, str, bool, str, Span, Span, str], ...] = (
    ("carla", "meeting", True, "done", (at(16, 14), at(16, 15)), (at(16, 14, 5), at(16, 15, 10)), "ACME"),
    ("carla", "conference", True, "missed", (at(17, 10), at(17, 10, 30)), None, "ACME"),
    ("carla", "meeting", True, "cancelled", (at(18, 9), at(18, 10)), None, "ACME"),
    ("carla", "phone", False, "done", None, (at(19, 9), at(19, 9, 20)), "ACME"),
    ("carla", "skype", False, "done", None, (at(19, 17), at(19, 17, 12)), "ACME"),
    ("davi", "meeting", True, "done", (at(17, 15), at(17, 16)), (at(17, 15), at(17, 15, 45)), "BETA"),
    ("davi", "phone", False, "done", None, (at(16, 10), at(16, 10, 30)), "BETA"),
    ("davi", "phone", False, "done", None, (at(13, 10), at(13, 10, 10)), "BETA"),  # W46
    ("davi", "meeting", True, "scheduled", (at(23, 10), at(23, 11)), None, "BETA"),  # W48
)

# The work plan: (login, week's Monday, task type, planned minutes)
PLAN: tuple[tuple[str, date, str, int], ...] = (
    ("bruna", MONDAY, "monitoring", 240),
    ("carla", MONDAY, "document", 120),
    ("carla", MONDAY, "test", 120),
    ("carla", MONDAY, "communicate_conclusion", 30),
    ("davi", MONDAY, "document", 120),
    ("davi", MONDAY, "meeting", 60),
    ("davi", MONDAY - timedelta(days=7), "document", 600),  # W46: not this report's
    ("carla", NEXT_MONDAY, "document", 180),
    ("carla", NEXT_MONDAY, "test", 60),
    ("davi", NEXT_MONDAY, "meeting", 120),
)


def build_fixture_week(db: Database) -> date:
    """Fill an empty migrated database with the fixture office; returns the reviewed week's Monday (2026-11-16)."""
    for login, name, role, tabs in STAFF:
        people.add_staff(db, login=login, name=name, role=role, tabs=tabs)
    people.add_client(db, code="ACME", name="Acme Ltda", consulting=True)
    people.add_client(db, code="BETA", name="Beta S.A.", consulting=True)
    intake.set_consulting_team(db, TEAM)
    _roster(db)
    with db.write() as session:
        staff = {row.login: row.id for row in session.query(StaffRow)}
        clients = {row.code: row.id for row in session.query(ClientRow)}
        ocs: dict[int, OccurrenceRow] = {}
        for number, tab, sla, opened, due, closed, status, linked in OCS:
            row = OccurrenceRow(
                number=number, client_id=clients["ACME" if number % 2 else "BETA"], channel="phone",
                kind="question", summary=f"OC {number} da semana de teste", tab=tab, status=status, sla_class=sla,
                opened_at=opened, due_at=due, closed_at=closed, tab_since=opened, opened_by_id=staff["gil"],
                faq_code=("7347" if linked else "1001") if closed else None,
                complementary_of_id=ocs[linked].id if linked else None,
                assignee_id=staff["carla"] if status == "in_progress" else None,
            )
            session.add(row)
            session.flush()
            ocs[number] = row
        session.execute(update(CounterRow).where(CounterRow.name == OC_NUMBER).values(value=len(OCS)))
        for number, action, moment, actor in ACCEPTANCES:
            session.add(AuditRow(at=moment, actor=actor, entity="occurrence", entity_id=ocs[number].id,
                                 occurrence_id=ocs[number].id, action=action, detail=f"{actor}: {action}"))
        created = at(9, 8)
        for owner, kind, status, planned, actual, oc, title in TASKS:
            session.add(TaskRow(
                type=kind, status=status, title=title, owner_id=staff[owner],
                occurrence_id=ocs[oc].id if oc else None,
                planned_start=planned[0] if planned else None, planned_end=planned[1] if planned else None,
                started_at=actual[0] if actual else None, stopped_at=actual[1] if actual else None,
                created_by_id=staff["gil"], created_at=created,
            ))
        for consultant, channel, scheduled, status, planned, actual, client in CONTACTS:
            values: dict[str, Any] = {
                "planned_start": planned[0] if planned else None, "planned_end": planned[1] if planned else None,
                "started_at": actual[0] if actual else None, "ended_at": actual[1] if actual else None,
            }
            session.add(ContactRow(
                channel=channel, status=status, scheduled=scheduled, consultant_id=staff[consultant],
                client_id=clients[client], subject=f"{channel} com {client}", created_by_id=staff[consultant],
                created_at=created, **values,
            ))
        for login, week, kind, minutes in PLAN:
            session.add(WorkPlanRow(staff_id=staff[login], week=week, task_type=kind, planned_minutes=minutes))
    return MONDAY


@pytest.fixture(params=BACKENDS, name="db_url")
def fixture_week_db_url(request: pytest.FixtureRequest, db_templates: Templates, tmp_path: Path) -> Iterator[str]:
    """A fresh copy of the fixture week, on SQLite and on PostgreSQL."""
    yield from fresh_database_url(db_templates.get(request.param, build_fixture_week), tmp_path)
