"""The week's roster: who works which day, from when to when, and their lunch — read, planned and imported.

The rules that need no database (ISO weeks, a valid shift, what a copy writes, which week is someone's usual one,
the lines of a CSV) are :mod:`pitstop_desktop.domain.roster`'s; this module reads and writes them. Every change is
management's (manager, supervisor, administrator: :data:`Action.EDIT_ROSTER`, the groups the office server lets
write the roster), runs in one transaction as the acting person, writes one audit event per changed cell
(``set`` or ``cleared``, with the shift before and after) and reaches every window through the change feed
(``Entity.ROSTER``). A cell that would not change is not written, so a repeated copy or import records nothing.

The roster of a future day is what the slots of that day are made of (``services.slots``): planning next week
here opens next week's appointments.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import CalendarExceptionRow, RosterRow, StaffRow, StaffTabRow
from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.errors import BadValue, Field, NotFound, NotPermitted
from pitstop_desktop.domain.permissions import Action, can
from pitstop_desktop.domain.roster import (
    USUAL_WEEK_LOOKBACK,
    CellChange,
    LineRefusal,
    Shift,
    parse_csv,
    parse_week,
    plan_copy,
    usual_week,
    week_code,
    week_days,
    week_monday,
)
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_staff, get_tab, run

Week = str | date
"""A week as given: its ISO code ("2026-W49") or any day of it."""


@dataclass(frozen=True)
class WeekDay:
    """A column of the week: the day and what the business calendar says of it."""

    day: date
    open: bool  # a business day of the calendar
    holiday: str | None = None  # the national holiday's name, when there is one
    exception: str | None = None  # "open" or "closed": the calendar's exception for this day
    note: str = ""  # the exception's note


@dataclass(frozen=True)
class RosterPerson:
    login: str
    name: str
    role: str
    tabs: tuple[str, ...]


@dataclass(frozen=True)
class RosterCell:
    """One person's planned day (local times of the calendar's zone)."""

    login: str
    day: date
    shift: Shift


@dataclass(frozen=True)
class RosterWeek:
    """The roster of one ISO week, for everyone (``tab`` None) or the people who serve ``tab``."""

    week: str
    tab: str | None
    days: tuple[WeekDay, ...]
    people: tuple[RosterPerson, ...]
    cells: tuple[RosterCell, ...]

    def cell(self, login: str, day: date) -> Shift | None:
        for c in self.cells:
            if c.login == login and c.day == day:
                return c.shift
        return None

    def by_person(self) -> dict[str, dict[date, Shift]]:
        found: dict[str, dict[date, Shift]] = {p.login: {} for p in self.people}
        for c in self.cells:
            found.setdefault(c.login, {})[c.day] = c.shift
        return found


@dataclass(frozen=True)
class RosterChange:
    """What a planning action did: cells set, cells cleared, and target days a copy left alone (closed)."""

    set: int = 0
    cleared: int = 0
    skipped_days: tuple[date, ...] = ()
    source_week: str | None = None  # the week copied from (a usual week: the one found)

    @property
    def changed(self) -> int:
        return self.set + self.cleared


@dataclass(frozen=True)
class ImportReport:
    """A CSV import: the lines applied (changed or already so) and every refused line with its reason."""

    applied: int
    change: RosterChange
    refused: tuple[LineRefusal, ...]


def week_monday_of(week: Week) -> date:
    return parse_week(week) if isinstance(week, str) else week_monday(week)


# Reading


def _to_utc(day: date, moment: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, moment, tzinfo=tz).astimezone(UTC)


def _shift_of(row: RosterRow, tz: ZoneInfo) -> Shift:
    def local(moment: datetime | None) -> time | None:
        return moment.astimezone(tz).time().replace(tzinfo=None) if moment is not None else None

    start, end = local(row.shift_start), local(row.shift_end)
    assert start is not None and end is not None  # the columns are NOT NULL
    return Shift(start, end, local(row.lunch_start), local(row.lunch_end))


def _week_days(uow: UnitOfWork, monday: date) -> tuple[WeekDay, ...]:
    days = week_days(monday)
    calendar = uow.policy.calendar
    exceptions = {e.day: e for e in uow.session.scalars(
        select(CalendarExceptionRow).where(CalendarExceptionRow.day >= days[0], CalendarExceptionRow.day <= days[-1]))}
    result = []
    for day in days:
        exception = exceptions.get(day)
        holiday = _holiday(calendar, day)
        result.append(WeekDay(day, calendar.is_business_day(day), holiday,
                              None if exception is None else ("open" if exception.open else "closed"),
                              exception.note if exception is not None else ""))
    return tuple(result)


def _holiday(calendar: BusinessCalendar, day: date) -> str | None:
    """The national holiday's name; a day the calendar closes by exception shows the exception instead."""
    return None if day in calendar.extra_closed_days else calendar.holiday_name(day)


def _people(uow: UnitOfWork, tab: str | None, logins: Iterable[str] | None = None) -> list[StaffRow]:
    """Active people (of ``tab``, or everyone; or exactly ``logins``, which must exist), by name."""
    if logins is not None:
        return [get_staff(uow.session, login, field=Field.LOGIN) for login in dict.fromkeys(logins)]
    query = select(StaffRow).where(StaffRow.active.is_(True)).order_by(StaffRow.name, StaffRow.login)
    if tab is not None:
        code = get_tab(uow.session, tab).code
        query = query.where(StaffRow.id.in_(select(StaffTabRow.staff_id).where(StaffTabRow.tab_code == code)))
    return list(uow.session.scalars(query))


def _rows(uow: UnitOfWork, people: Sequence[StaffRow], first: date, last: date) -> dict[tuple[int, date], RosterRow]:
    if not people:
        return {}
    ids = [p.id for p in people]
    return {(r.staff_id, r.day): r for r in uow.session.scalars(
        select(RosterRow).where(RosterRow.staff_id.in_(ids), RosterRow.day >= first, RosterRow.day <= last))}


def _shifts(uow: UnitOfWork, people: Sequence[StaffRow], first: date, last: date) -> dict[tuple[str, date], Shift]:
    login_of = {p.id: p.login for p in people}
    tz = uow.policy.calendar.tz
    return {(login_of[staff_id], day): _shift_of(row, tz)
            for (staff_id, day), row in _rows(uow, people, first, last).items()}


def week(db: Database, *, week: Week, tab: str | None = None) -> RosterWeek:
    """The roster of ``week``: its seven days with the calendar's holidays and exceptions, the active people (of
    ``tab``, or everyone) by name, and their shifts."""
    monday = week_monday_of(week)

    def work(uow: UnitOfWork) -> RosterWeek:
        people = _people(uow, tab)
        tabs: dict[int, list[str]] = {}
        for t in uow.session.scalars(select(StaffTabRow).order_by(StaffTabRow.staff_id, StaffTabRow.position)):
            tabs.setdefault(t.staff_id, []).append(t.tab_code)
        days = _week_days(uow, monday)
        shifts = _shifts(uow, people, days[0].day, days[-1].day)
        order = {p.login: i for i, p in enumerate(people)}
        cells = sorted((RosterCell(login, day, shift) for (login, day), shift in shifts.items()),
                       key=lambda c: (order[c.login], c.day))
        return RosterWeek(week_code(monday), tab, days,
                          tuple(RosterPerson(p.login, p.name, p.role, tuple(tabs.get(p.id, ()))) for p in people),
                          tuple(cells))

    return run(db, work, write=False)


# Writing


def _manager(uow: UnitOfWork, actor: str) -> StaffRow:
    """The acting person, who must be management that plans the roster (refused before anything is read)."""
    person = uow.acting(actor)
    if not can(person.role, Action.EDIT_ROSTER):
        raise NotPermitted("permission.roster_management", role=person.role)
    return person


def _snapshot(shift: Shift | None) -> dict[str, str | None] | None:
    if shift is None:
        return None
    return {"start": f"{shift.start:%H:%M}", "end": f"{shift.end:%H:%M}",
            "lunch_start": f"{shift.lunch_start:%H:%M}" if shift.lunch_start else None,
            "lunch_end": f"{shift.lunch_end:%H:%M}" if shift.lunch_end else None}


def _apply(uow: UnitOfWork, actor: str, changes: Iterable[CellChange]) -> RosterChange:
    """Write ``changes`` (the last word on a person's day wins), skipping cells that already say so."""
    wanted: dict[tuple[str, date], CellChange] = {(c.login, c.day): c for c in changes}
    if not wanted:
        return RosterChange()
    people = {p.login: p for p in _people(uow, None, [login for login, _ in wanted])}
    days = [day for _, day in wanted]
    existing = _rows(uow, list(people.values()), min(days), max(days))
    tz = uow.policy.calendar.tz
    set_count = cleared = 0
    for (login, day), change in sorted(wanted.items()):
        person = people[login]
        row = existing.get((person.id, day))
        before = _shift_of(row, tz) if row is not None else None
        if before == change.shift:
            continue
        if change.shift is None:
            assert row is not None  # before != None
            row_id = row.id
            uow.session.execute(delete(RosterRow).where(RosterRow.id == row_id))
            uow.record(actor, Entity.ROSTER, row_id, "cleared", f"{login} {day.isoformat()}",
                       before=_snapshot(before))
            cleared += 1
            continue
        shift = change.shift
        if row is None:
            row = RosterRow(staff_id=person.id, day=day)
            uow.session.add(row)
        row.shift_start, row.shift_end = _to_utc(day, shift.start, tz), _to_utc(day, shift.end, tz)
        row.lunch_start, row.lunch_end = ((_to_utc(day, shift.lunch_start, tz), _to_utc(day, shift.lunch_end, tz))
                                          if shift.lunch_start and shift.lunch_end else (None, None))
        uow.session.flush()
        uow.record(actor, Entity.ROSTER, row.id, "set", f"{login} {day.isoformat()} {shift.describe()}",
                   before=_snapshot(before), after=_snapshot(shift))
        set_count += 1
    return RosterChange(set_count, cleared)


def set_cells(db: Database, *, actor: str, changes: Iterable[CellChange], at: datetime | None = None
              ) -> RosterChange:
    """Set or clear many cells at once, all or nothing (an unknown person refuses the whole change)."""
    wanted = list(changes)

    def work(uow: UnitOfWork) -> RosterChange:
        _manager(uow, actor)
        return _apply(uow, actor, wanted)

    return run(db, work, at)


def copy_week(
    db: Database, *, actor: str, from_week: Week, to_week: Week, tab: str | None = None, at: datetime | None = None
) -> RosterChange:
    """Make ``to_week`` of the active people (of ``tab``, or everyone) what ``from_week`` was; a holiday of the
    target week keeps what it has (:func:`pitstop_desktop.domain.roster.plan_copy`)."""
    source, target = week_monday_of(from_week), week_monday_of(to_week)
    if source == target:
        raise BadValue("value.same_week", field=Field.DATE, week=week_code(source))

    def work(uow: UnitOfWork) -> RosterChange:
        _manager(uow, actor)
        people = _people(uow, tab)
        return _copy(uow, actor, people, source, target)

    return run(db, work, at)


def _copy(uow: UnitOfWork, actor: str, people: Sequence[StaffRow], source: date, target: date) -> RosterChange:
    src_days, dst_days = week_days(source), week_days(target)
    plan = plan_copy(_shifts(uow, people, src_days[0], src_days[-1]), _shifts(uow, people, dst_days[0], dst_days[-1]),
                     [p.login for p in people], source, target, uow.policy.calendar)
    done = _apply(uow, actor, plan.changes)
    return RosterChange(done.set, done.cleared, plan.skipped_days, week_code(source))


def find_usual_week(db: Database, *, login: str, week: Week) -> str | None:
    """The ISO week that is ``login``'s usual week before ``week`` (see :func:`apply_usual_week`), or None."""
    target = week_monday_of(week)

    def work(uow: UnitOfWork) -> str | None:
        found = _usual(uow, get_staff(uow.session, login, field=Field.LOGIN), target)
        return week_code(found) if found is not None else None

    return run(db, work, write=False)


def _usual(uow: UnitOfWork, person: StaffRow, target: date) -> date | None:
    days = uow.session.scalars(select(RosterRow.day).where(
        RosterRow.staff_id == person.id, RosterRow.day >= target - timedelta(weeks=USUAL_WEEK_LOOKBACK),
        RosterRow.day < target))
    return usual_week(days, target, uow.policy.calendar)


def apply_usual_week(
    db: Database, *, actor: str, login: str, week: Week, at: datetime | None = None
) -> RosterChange:
    """Give ``login`` their usual week in ``week``: a copy (as :func:`copy_week`, for this person) of the most
    recent week before it in which they worked every weekday of the calendar and none was a holiday
    (:func:`pitstop_desktop.domain.roster.usual_week`, up to half a year back). ``source_week`` says which."""
    target = week_monday_of(week)

    def work(uow: UnitOfWork) -> RosterChange:
        _manager(uow, actor)
        person = get_staff(uow.session, login, field=Field.LOGIN)
        source = _usual(uow, person, target)
        if source is None:
            raise NotFound("not_found.usual_week", field=Field.LOGIN, login=login, weeks=USUAL_WEEK_LOOKBACK,
                           week=week_code(target))
        return _copy(uow, actor, [person], source, target)

    return run(db, work, at)


def import_csv(db: Database, *, actor: str, text: str, at: datetime | None = None) -> ImportReport:
    """Apply a roster CSV (``login;date;start;end;lunch_start;lunch_end``, see
    :func:`pitstop_desktop.domain.roster.parse_csv`) in one transaction: every line that reads well and names a
    person is applied; every other line is refused whole (a line is one cell, never half of it) and reported with
    its number. Someone who may not plan the roster is refused before any line is read."""

    def work(uow: UnitOfWork) -> ImportReport:
        _manager(uow, actor)
        lines, refused = parse_csv(text)
        known = set(uow.session.scalars(select(StaffRow.login).where(StaffRow.login.in_({ln.login for ln in lines}))))
        good = []
        for line in lines:
            if line.login in known:
                good.append(line)
            else:
                refused.append(LineRefusal(line.number, line.text,
                                           NotFound("not_found.person", field=Field.LOGIN, login=line.login)))
        change = _apply(uow, actor, (CellChange(ln.login, ln.day, ln.shift) for ln in good))
        return ImportReport(len(good), change, tuple(sorted(refused, key=lambda r: r.number)))

    return run(db, work, at)
