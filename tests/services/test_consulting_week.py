"""The consulting team's week (services/consulting_week.py) on SQLite and PostgreSQL: who has a lane, which tasks
and contacts fall in the week (planned in it, or begun in it unplanned), the work plan against the scheduled
minutes per type, and who is running what now.

The week is 2026-W48 (Monday 2026-11-23); the rows are written straight into the tables, as the services would.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    ClientRow,
    ContactPersonRow,
    ContactRow,
    OccurrenceRow,
    StaffRow,
    TaskRow,
    WorkPlanRow,
)
from pitstop_desktop.domain.errors import NotFound
from pitstop_desktop.services import consulting_week, intake
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    at,
    desk_db_url,
)

MONDAY = date(2026, 11, 23)


def _ids(db: Database) -> tuple[dict[str, int], dict[str, int]]:
    with db.session(write=False) as s:
        staff = {login: i for i, login in s.execute(select(StaffRow.id, StaffRow.login))}
        clients = {code: i for i, code in s.execute(select(ClientRow.id, ClientRow.code))}
    return staff, clients


def _task(s, staff: dict[str, int], owner: str, kind: str, start: datetime | None, hours: float = 1, *,  # type: ignore[no-untyped-def]
          status: str = "planned", started: datetime | None = None, occurrence_id: int | None = None) -> None:
    s.add(TaskRow(type=kind, status=status, title=kind, owner_id=staff[owner], occurrence_id=occurrence_id,
                  planned_start=start, planned_end=start + timedelta(hours=hours) if start else None,
                  started_at=started, created_by_id=staff[owner], created_at=at(7)))


@pytest.fixture
def week(db: Database) -> Database:
    """Caio and Duda in the consulting team; Edu outside it, but with a task this week."""
    desk = Desk(db)
    number = desk.call().number
    intake.set_consulting_team(db, ["caio", "duda"])
    staff, clients = _ids(db)
    with db.session(write=True) as s:
        occurrence_id = s.scalar(select(OccurrenceRow.id).where(OccurrenceRow.number == number))
        person = ContactPersonRow(client_id=clients["ACME"], name="Joana", phone=None, email=None, skype=None)
        s.add(person)
        s.flush()
        _task(s, staff, "caio", "document", at(9, 0, date(2026, 11, 23)), 2, occurrence_id=occurrence_id)
        _task(s, staff, "caio", "document", at(14, 0, date(2026, 11, 25)), 1.5)
        _task(s, staff, "caio", "test", at(10, 0, date(2026, 11, 24)), 1, status="cancelled")
        _task(s, staff, "caio", "analysis", None, status="running", started=at(14, 0))  # unplanned, begun Tue
        _task(s, staff, "duda", "review", at(9, 0, date(2026, 11, 16)))  # the week before: not in it
        _task(s, staff, "duda", "review", at(9, 0, date(2026, 11, 30)))  # the week after
        _task(s, staff, "edu", "monitoring", at(8, 0, date(2026, 11, 27)), 3)
        s.add(ContactRow(channel="conference", status="scheduled", scheduled=True, consultant_id=staff["duda"],
                         client_id=clients["ACME"], contact_person_id=person.id, occurrence_id=occurrence_id,
                         subject="Retorno", planned_start=at(15, 0, date(2026, 11, 26)),
                         planned_end=at(15, 30, date(2026, 11, 26)), created_by_id=staff["duda"],
                         created_at=at(7)))
        s.add(ContactRow(channel="phone", status="running", scheduled=False, consultant_id=staff["duda"],
                         client_id=clients["BETA"], subject="", started_at=at(14, 20), created_by_id=staff["duda"],
                         created_at=at(14, 20)))
        s.add(ContactRow(channel="skype", status="scheduled", scheduled=False, consultant_id=staff["caio"],
                         client_id=clients["ACME"], subject="", wait_started_at=at(14, 25),
                         planned_start=at(14, 25), planned_end=at(14, 35),
                         created_by_id=staff["caio"], created_at=at(14, 25)))
        for login, kind, minutes in (("caio", "document", 240), ("caio", "analysis", 60), ("duda", "review", 120),
                                     ("caio", "conference", 30)):
            s.add(WorkPlanRow(staff_id=staff[login], week=MONDAY, task_type=kind, planned_minutes=minutes))
        s.add(WorkPlanRow(staff_id=staff["caio"], week=MONDAY + timedelta(weeks=1), task_type="test",
                          planned_minutes=600))
    return db


def test_the_team_and_the_week_owners_have_lanes(week: Database) -> None:
    board = consulting_week.week_board(week, monday=date(2026, 11, 25))  # any day of the week
    assert board.monday == MONDAY and board.week == "2026-W48"
    assert board.days[0] == MONDAY and board.days[-1] == date(2026, 11, 27)
    assert [(p.login, p.in_team) for p in board.people] == [("caio", True), ("duda", True), ("edu", False)]


def test_tasks_and_contacts_of_the_week(week: Database) -> None:
    board = consulting_week.week_board(week, monday=MONDAY)
    tasks = sorted((t.owner, t.type, t.status) for t in board.tasks)
    assert tasks == [("caio", "analysis", "running"), ("caio", "document", "planned"),
                     ("caio", "document", "planned"), ("caio", "test", "cancelled"),
                     ("edu", "monitoring", "planned")]
    first = next(t for t in board.tasks if t.protocol is not None)
    assert first.owner_name == "Caio Técnico" and first.planned_end - first.planned_start == timedelta(hours=2)
    conference = next(c for c in board.contacts if c.channel == "conference")
    assert (conference.client, conference.client_name, conference.contact_person, conference.consultant) == \
        ("ACME", "Acme Ltda", "Joana", "duda")
    assert conference.protocol == first.protocol
    assert {c.channel for c in board.contacts} == {"conference", "phone", "skype"}


def test_plan_against_scheduled(week: Database) -> None:
    board = consulting_week.week_board(week, monday=MONDAY)
    assert board.plan_of("caio") == {"analysis": 60, "conference": 30, "document": 240}
    assert board.planned_minutes("caio") == 330
    # two documents (2 h + 1.5 h); the cancelled test and the unplanned analysis do not count
    assert board.scheduled["caio"] == {"document": 210}
    assert board.scheduled_minutes("caio") == 210
    assert board.scheduled["duda"] == {"conference": 30}  # a scheduled conference counts as AT-Conferência
    assert board.planned_minutes("edu") == 0 and board.scheduled_minutes("edu") == 180


def test_running_and_waiting(week: Database) -> None:
    board = consulting_week.week_board(week, monday=MONDAY)
    running = board.running_task("caio")
    assert running is not None and running.type == "analysis" and running.started_at == at(14, 0)
    contact = board.running_contact("duda")
    assert contact is not None and contact.client == "BETA" and board.running_contact("caio") is None
    waiting = board.waiting_of("caio")
    assert len(waiting) == 1 and waiting[0].channel == "skype" and waiting[0].wait_started_at == at(14, 25)


def test_running_of_me_outside_the_lanes(week: Database) -> None:
    """The signed-in person's running contact is read even in a week (and lanes) that do not show it."""
    board = consulting_week.week_board(week, monday=MONDAY + timedelta(weeks=2), me="duda")
    assert board.tasks == () and board.contacts == ()
    assert board.running_contact("duda") is not None
    assert [p.login for p in board.people] == ["caio", "duda"]


def test_exactly_these_logins(week: Database) -> None:
    board = consulting_week.week_board(week, monday=MONDAY, logins=["edu"])
    assert [p.login for p in board.people] == ["edu"] and [t.owner for t in board.tasks] == ["edu"]
    assert board.running_task("caio") is None  # not asked for
    with pytest.raises(NotFound):
        consulting_week.week_board(week, monday=MONDAY, logins=["nobody"])


def test_an_empty_team(db: Database) -> None:
    board = consulting_week.week_board(db, monday=MONDAY)
    assert board.people == () and board.plan == () and board.scheduled == {}


def test_the_week_reads_its_room_bookings(week: Database) -> None:
    """consulting-meetings: every room's bookings that meet the week come with it (the Salas tab, a meeting's
    tooltip), with who booked them by name; a booking of the next week does not."""
    from pitstop_desktop.services import rooms

    rooms.add_room(week, actor="gil", code="sala1", name="Sala de reunião 1", at=at(7))
    first = rooms.book_room(week, actor="caio", room="sala1", start=at(15), end=at(16), title="Pauta da semana",
                            agenda="1. Plano\n2. Salas", at=at(7))
    rooms.book_room(week, actor="caio", room="sala1", start=at(15, day=MONDAY + timedelta(days=7)),
                    end=at(16, day=MONDAY + timedelta(days=7)), title="Outra semana", at=at(7))
    board = consulting_week.week_board(week, monday=MONDAY)
    assert [b.id for b in board.room_bookings] == [first.id]
    [booking] = board.room_bookings
    assert (booking.room_name, booking.agenda, booking.booked_by, booking.booked_by_name) == (
        "Sala de reunião 1", "1. Plano\n2. Salas", "caio", first.booked_by_name)
    assert booking.booked_by_name and booking.booked_by_name != "caio"
    assert board.booking_of(12345) is None
