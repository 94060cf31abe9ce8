"""The week's roster (services/roster.py) on SQLite and PostgreSQL: reading a week with the calendar's holidays and
exceptions, planning many cells at once, copying a week, a person's usual week, importing a CSV, who may do it,
what the audit and the change feed say, and that the roster of a future day makes that day's slots.

The desk (tests/services/helpers.py) has the technicians rostered 08:00–17:00, lunch 12:00–13:00, on Tuesday
2026-11-24 (week 2026-W48). Friday 2026-11-20 (2026-W47) is a national holiday (Consciência Negra).
"""

from __future__ import annotations

import json
from datetime import date, time, timedelta

import pytest
from sqlalchemy import text

import pitstop_desktop
from pitstop_desktop.domain.errors import BadValue, NotFound, NotPermitted
from pitstop_desktop.domain.roster import CellChange, Shift, parse_week, week_days
from pitstop_desktop.services import roster, slots
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    DAY,
    Desk,
    at,
    desk_db_url,
)

W47, W48, W49 = parse_week("2026-W47"), parse_week("2026-W48"), parse_week("2026-W49")
HOLIDAY = date(2026, 11, 20)
DESK_SHIFT = Shift(time(8), time(17), time(12), time(13))
LATE = Shift(time(10), time(19), time(14), time(15))
NO_LUNCH = Shift(time(8), time(12))



def roster_audit(desk: Desk) -> list[tuple[str, str, str]]:
    with desk.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT actor, action, detail FROM audit_events WHERE entity = 'roster' "
                                 "ORDER BY id")).all()
    return [(a, ac, d) for a, ac, d in rows]


def week_of(desk: Desk, monday: date, login: str) -> dict[date, Shift]:
    return roster.week(desk.db, week=monday).by_person().get(login, {})


# Reading a week


def test_the_week_of_a_tab_with_its_people_days_and_shifts(desk: Desk) -> None:
    view = roster.week(desk.db, week="2026-W48", tab="n1_rapida")
    assert view.week == "2026-W48" and view.tab == "n1_rapida"
    assert [d.day for d in view.days] == list(week_days(date(2026, 11, 23)))
    assert [d.open for d in view.days] == [True] * 5 + [False] * 2  # the weekend is closed
    assert [p.login for p in view.people] == ["ana", "caio", "duda"]  # by name: Ana, Caio, Duda
    assert view.people[1].tabs == ("n1_rapida",)
    assert [(c.login, c.day) for c in view.cells] == [("caio", DAY), ("duda", DAY)]
    assert view.cell("caio", DAY) == DESK_SHIFT
    assert view.cell("ana", DAY) is None
    # any day of the week names it; everyone when no tab
    everyone = roster.week(desk.db, week=DAY + timedelta(days=3))
    assert everyone.week == "2026-W48"
    assert {p.login for p in everyone.people} >= {"ana", "caio", "edu", "gil", "sara", "zenaide"}
    assert {c.login for c in everyone.cells} == {"caio", "duda", "edu", "fabi", "nino"}


def test_holidays_and_calendar_exceptions_are_in_the_days(desk: Desk) -> None:
    with desk.db.engine.begin() as conn:
        conn.execute(text("INSERT INTO calendar_exceptions (day, open, note) VALUES "
                          "('2026-11-18', false, 'Dedetização'), ('2026-11-21', true, 'Mutirão de sábado')"))
    days = {d.day: d for d in roster.week(desk.db, week="2026-W47").days}
    assert days[HOLIDAY].holiday and "Consciência Negra" in days[HOLIDAY].holiday
    assert not days[HOLIDAY].open and days[HOLIDAY].exception is None
    closed = days[date(2026, 11, 18)]
    assert (closed.open, closed.exception, closed.note, closed.holiday) == (False, "closed", "Dedetização", None)
    saturday = days[date(2026, 11, 21)]
    assert (saturday.open, saturday.exception, saturday.note) == (True, "open", "Mutirão de sábado")
    assert days[date(2026, 11, 16)].open and days[date(2026, 11, 16)].holiday is None


def test_bad_weeks_and_tabs_are_refused(desk: Desk) -> None:
    for bad in ("2026-W54", "2026-W00", "semana 49", "2026-49", "0999-W10"):
        with pytest.raises(BadValue) as info:
            roster.week(desk.db, week=bad)
        assert info.value.code in ("value.week", "value.date_range"), bad
    assert parse_week("2026w9") == date(2026, 2, 23)
    with pytest.raises(NotFound):
        roster.week(desk.db, week="2026-W48", tab="nope")


# Planning many cells at once


def test_set_and_clear_many_cells_in_one_audited_revision(desk: Desk) -> None:
    start = desk.revision()
    tuesday, wednesday = DAY, DAY + timedelta(days=1)
    done = roster.set_cells(desk.db, actor="sara", at=at(10, 0), changes=[
        CellChange("caio", tuesday, LATE),  # changes his Tuesday
        CellChange("duda", tuesday, None),  # clears hers
        CellChange("ana", wednesday, NO_LUNCH),  # a new day, without lunch
        CellChange("edu", tuesday, DESK_SHIFT),  # already so: not written
    ])
    assert (done.set, done.cleared, done.changed) == (2, 1, 3)
    batch = pitstop_desktop.changes_since(desk.db, start)
    assert batch.revision == start + 1  # one transaction
    assert [(c.entity, c.action) for c in batch.changes] == [("roster", "set"), ("roster", "set"),
                                                             ("roster", "cleared")]
    audit = roster_audit(desk)[-3:]
    assert audit == [("sara", "set", "ana 2026-11-25 08:00-12:00"),
                     ("sara", "set", "caio 2026-11-24 10:00-19:00 almoço 14:00-15:00"),
                     ("sara", "cleared", "duda 2026-11-24")]
    view = roster.week(desk.db, week=DAY)
    assert view.cell("caio", tuesday) == LATE
    assert view.cell("duda", tuesday) is None
    assert view.cell("ana", wednesday) == NO_LUNCH
    # the same change again changes nothing and records nothing
    again = roster.set_cells(desk.db, actor="gil", changes=[CellChange("caio", tuesday, LATE)], at=at(10, 5))
    assert again.changed == 0 and desk.revision() == start + 1


def test_the_audit_keeps_the_shift_before_and_after(desk: Desk) -> None:
    roster.set_cells(desk.db, actor="gil", changes=[CellChange("caio", DAY, LATE)], at=at(10, 0))
    with desk.db.engine.connect() as conn:
        row = conn.execute(text("SELECT before, after FROM audit_events WHERE entity = 'roster' "
                                "ORDER BY id DESC LIMIT 1")).one()
    before, after = (v if isinstance(v, dict) else json.loads(v) for v in row)
    assert before == {"start": "08:00", "end": "17:00", "lunch_start": "12:00", "lunch_end": "13:00"}
    assert after == {"start": "10:00", "end": "19:00", "lunch_start": "14:00", "lunch_end": "15:00"}


@pytest.mark.parametrize("login", ["caio", "ana", "zenaide"])  # technician, attendant, APOIO
def test_only_management_plans_the_roster(desk: Desk, login: str) -> None:
    role = {"caio": "technician", "ana": "attendant", "zenaide": "apoio"}[login]
    refused = desk.refused(lambda: roster.set_cells(desk.db, actor=login, changes=[CellChange("caio", DAY, LATE)],
                                                    at=at(10, 0)), NotPermitted)
    assert refused.code == "permission.roster_management" and refused.params == {"role": role}
    assert str(refused).endswith(f"seu papel: {role}.")
    desk.refused(lambda: roster.copy_week(desk.db, actor=login, from_week=W48, to_week=W49, at=at(10, 0)),
                 NotPermitted)
    desk.refused(lambda: roster.apply_usual_week(desk.db, actor=login, login="caio", week=W49, at=at(10, 0)),
                 NotPermitted)
    desk.refused(lambda: roster.import_csv(desk.db, actor=login, text="caio;2026-12-01;08:00;17:00;;",
                                           at=at(10, 0)), NotPermitted)


@pytest.mark.parametrize("login", ["gil", "sara"])  # manager, supervisor
def test_managers_and_supervisors_plan_it(desk: Desk, login: str) -> None:
    done = roster.set_cells(desk.db, actor=login, changes=[CellChange("caio", DAY, LATE)], at=at(10, 0))
    assert done.set == 1 and roster_audit(desk)[-1][0] == login


def test_an_unknown_person_refuses_the_whole_change(desk: Desk) -> None:
    refused = desk.refused(lambda: roster.set_cells(desk.db, actor="sara", at=at(10, 0), changes=[
        CellChange("caio", DAY, LATE), CellChange("ninguem", DAY, LATE)]), NotFound)
    assert refused.code == "not_found.person" and refused.params == {"login": "ninguem"}
    desk.refused(lambda: roster.set_cells(desk.db, actor="ninguem", changes=[], at=at(10, 0)), NotFound)


def test_a_shift_is_valid_when_made() -> None:
    for args, code in (((time(17), time(8)), "value.shift_order"),
                       ((time(8), time(17), time(12)), "value.lunch_incomplete"),
                       ((time(8), time(17), time(13), time(12)), "value.lunch_order"),
                       ((time(8), time(17), time(7), time(9)), "value.lunch_outside_shift"),
                       ((time(8), time(17), time(16), time(18)), "value.lunch_outside_shift")):
        with pytest.raises(BadValue) as info:
            Shift(*args)  # type: ignore[arg-type]
        assert info.value.code == code


# Copying a week


def test_copy_a_tab_week_to_the_next(desk: Desk) -> None:
    roster.set_cells(desk.db, actor="sara", at=at(10, 0), changes=[
        CellChange("duda", W49 + timedelta(days=2), LATE),  # something the copy replaces (W48 Wednesday is empty)
        CellChange("edu", W49, LATE),  # another tab: left alone
    ])
    start = desk.revision()
    done = roster.copy_week(desk.db, actor="gil", from_week="2026-W48", to_week="2026-W49", tab="n1_rapida",
                            at=at(10, 5))
    assert (done.set, done.cleared, done.skipped_days, done.source_week) == (2, 1, (), "2026-W48")
    assert desk.revision() == start + 1
    assert week_of(desk, W49, "caio") == {W49 + timedelta(days=1): DESK_SHIFT}
    assert week_of(desk, W49, "duda") == {W49 + timedelta(days=1): DESK_SHIFT}
    assert week_of(desk, W49, "edu") == {W49: LATE}
    again = roster.copy_week(desk.db, actor="gil", from_week=W48, to_week=W49, tab="n1_rapida", at=at(10, 6))
    assert again.changed == 0 and desk.revision() == start + 1


def test_a_copy_leaves_a_holiday_of_the_target_week_alone(desk: Desk) -> None:
    full = [CellChange("caio", d, DESK_SHIFT) for d in week_days(W48)[:5]]
    roster.set_cells(desk.db, actor="sara", changes=full, at=at(10, 0))
    done = roster.copy_week(desk.db, actor="sara", from_week=W48, to_week=W47, tab="n1_rapida", at=at(10, 5))
    assert done.skipped_days == (HOLIDAY,)
    assert sorted(week_of(desk, W47, "caio")) == list(week_days(W47)[:4])  # Monday to Thursday, not the holiday
    # copying the week with the holiday onto an ordinary week: the holiday's empty day empties the target day
    back = roster.copy_week(desk.db, actor="sara", from_week=W47, to_week=W49, tab="n1_rapida", at=at(10, 6))
    assert back.skipped_days == ()
    assert sorted(week_of(desk, W49, "caio")) == list(week_days(W49)[:4])


def test_copy_onto_the_same_week_is_refused(desk: Desk) -> None:
    refused = desk.refused(lambda: roster.copy_week(desk.db, actor="sara", from_week=DAY, to_week="2026-W48",
                                                    at=at(10, 0)), BadValue)
    assert refused.code == "value.same_week" and refused.params == {"week": "2026-W48"}


# A person's usual week


def test_the_usual_week_is_the_last_fully_rostered_ordinary_week(desk: Desk) -> None:
    w46 = parse_week("2026-W46")
    roster.set_cells(desk.db, actor="sara", at=at(10, 0), changes=[
        *(CellChange("caio", d, LATE) for d in week_days(w46)[:5]),  # W46: every weekday — the usual week
        CellChange("caio", week_days(w46)[5], NO_LUNCH),  # and a Saturday on call
        *(CellChange("caio", d, DESK_SHIFT) for d in week_days(W47)[:4]),  # W47: Friday was a holiday
    ])  # W48: only the desk's Tuesday
    assert roster.find_usual_week(desk.db, login="caio", week=W49) == "2026-W46"
    done = roster.apply_usual_week(desk.db, actor="gil", login="caio", week="2026-W49", at=at(10, 5))
    assert done.source_week == "2026-W46" and (done.set, done.cleared) == (6, 0)
    days = week_days(W49)
    assert week_of(desk, W49, "caio") == {**{d: LATE for d in days[:5]}, days[5]: NO_LUNCH}
    assert week_of(desk, W49, "duda") == {}  # only that person
    # a week fully rostered is the usual week of the next one
    assert roster.find_usual_week(desk.db, login="caio", week=parse_week("2026-W50")) == "2026-W49"


def test_no_usual_week_is_a_clear_refusal(desk: Desk) -> None:
    assert roster.find_usual_week(desk.db, login="nino", week=W49) is None
    refused = desk.refused(lambda: roster.apply_usual_week(desk.db, actor="sara", login="nino", week=W49,
                                                           at=at(10, 0)), NotFound)
    assert refused.code == "not_found.usual_week"
    assert refused.params == {"login": "nino", "weeks": 26, "week": "2026-W49"}


# Importing a CSV

CSV = """login;date;start;end;lunch_start;lunch_end
caio;2026-12-01;08:00;17:00;12:00;13:00
duda;2026-12-01;09:00;18:00
ninguem;2026-12-01;08:00;17:00;;
caio;2026-12-02;08:00;17:00;18:00;19:00

edu;2026-12-0x;08:00;17:00;;
edu;2026-12-01;25:00;17:00;;
caio;2026-12-01;10:00;19:00;;
fabi;2026-12-01;08:00
caio;2026-11-24;;;;
"""


def test_import_applies_good_lines_and_reports_the_others_by_number(desk: Desk) -> None:
    start = desk.revision()
    report = roster.import_csv(desk.db, actor="sara", text=CSV, at=at(10, 0))
    assert report.applied == 3 and (report.change.set, report.change.cleared) == (2, 1)
    refused = {r.number: r.error.code for r in report.refused}
    assert refused == {4: "not_found.person", 5: "value.lunch_outside_shift", 7: "value.date", 8: "value.time",
                       9: "value.csv_duplicate", 10: "value.csv_fields"}
    assert [r.number for r in report.refused] == sorted(refused)
    assert report.refused[0].text == "ninguem;2026-12-01;08:00;17:00;;"
    duplicate = next(r.error for r in report.refused if r.number == 9)
    assert duplicate.params == {"login": "caio", "day": "2026-12-01", "line": 2}
    assert str(duplicate) == "caio em 2026-12-01 já está na linha 2 deste arquivo; vale a primeira."
    assert desk.revision() == start + 1  # the good lines in one transaction
    tuesday = date(2026, 12, 1)
    assert week_of(desk, W49, "caio") == {tuesday: DESK_SHIFT}  # line 2 stands, line 9 was refused
    assert week_of(desk, W49, "duda") == {tuesday: Shift(time(9), time(18))}
    assert week_of(desk, W49, "edu") == {}  # both of edu's lines were refused, neither half-applied
    assert week_of(desk, W48, "caio") == {}  # line 11 cleared the desk's Tuesday
    # importing the same file again changes nothing
    again = roster.import_csv(desk.db, actor="sara", text=CSV, at=at(10, 5))
    assert again.change.changed == 0 and desk.revision() == start + 1


def test_import_of_only_bad_lines_changes_nothing(desk: Desk) -> None:
    before = desk.snapshot()
    report = roster.import_csv(desk.db, actor="gil", text="x;y\n\nfoo;2026-12-01;08:00;17:00\n", at=at(10, 0))
    assert report.applied == 0 and [r.number for r in report.refused] == [1, 3]
    assert desk.snapshot() == before


def test_an_import_too_long_is_refused_whole(desk: Desk) -> None:
    text_ = "caio;2026-12-01;08:00;17:00;;\n" * 5001
    refused = desk.refused(lambda: roster.import_csv(desk.db, actor="sara", text=text_, at=at(10, 0)), BadValue)
    assert refused.code == "value.csv_too_long"


# The roster of a future day makes that day's slots


def test_future_days_slots_come_from_that_days_roster(desk: Desk) -> None:
    future = date(2026, 12, 2)
    assert slots.free_slots(desk.db, day=future, tab="n1_filiais", at=at(9, 0)) == []
    roster.set_cells(desk.db, actor="sara", changes=[CellChange("edu", future, Shift(time(8), time(10)))],
                     at=at(9, 0))
    found = slots.free_slots(desk.db, day=future, tab="n1_filiais", at=at(9, 0))
    assert {s.technician for s in found} == {"edu"}
    local = [(s.start.astimezone(at(0).tzinfo).time(), s.end.astimezone(at(0).tzinfo).time()) for s in found]
    assert local[0][0] == time(8) and local[-1][1] == time(10)
    # an appointment is booked on that day's roster (R10), and the slot is gone
    booked = desk.call(at(9, 1), tab="n1_filiais", kind="installation", slot=found[0].start, technician="edu")
    assert booked.assignee == "edu"
    assert [s.start for s in slots.free_slots(desk.db, day=future, tab="n1_filiais", at=at(9, 2))] == \
        [s.start for s in found[1:]]
    # a person's slots of that day follow what the roster says now
    roster.set_cells(desk.db, actor="sara", changes=[CellChange("edu", future, None)], at=at(9, 5))
    assert slots.free_slots(desk.db, day=future, tab="n1_filiais", at=at(9, 5)) == []
