"""Loading the demo into a database, and the guards around it: the default day, reset, the refusal to wipe an
office's data without its name."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select, update

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    ApoioItemRow,
    AuditRow,
    BookingRow,
    ChangeRow,
    ClientRow,
    ContactPersonRow,
    ContactRow,
    CounterRow,
    EscalationRow,
    OccurrenceRow,
    OfferRow,
    PresenceRow,
    RoomBookingRow,
    RoomSlotRow,
    RosterRow,
    SeatHeartbeatRow,
    SignInFailureRow,
    StaffRow,
    StaffTabRow,
    TabRow,
    TaskRow,
    WorkPlanRow,
)
from pitstop_desktop.demo.cast import CLIENTS, CONSULTANTS, DEMO_CLOCK, LOST_SIGNAL, PASSWORD, SEED, STAFF, demo_moment
from pitstop_desktop.demo.consulting import presence_steps
from pitstop_desktop.demo.consulting_loading import load_consulting
from pitstop_desktop.demo.month import month_rosters, plan_month, write_month
from pitstop_desktop.demo.planner import Runtime
from pitstop_desktop.demo.stories import plan_day
from pitstop_desktop.demo.summary import summarize
from pitstop_desktop.domain.availability import PresenceState
from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotPermitted
from pitstop_desktop.services import people, presence
from pitstop_desktop.services.settings import DEMO_DAY, demo_day, set_setting
from pitstop_desktop.services.unit_of_work import ADMIN, UnitOfWork, run, tab_rule, utcnow

# Rows the demo owns; removed by ``reset`` in this order (children before parents). Tabs, SLA classes, the
# business calendar, the counters and the meeting rooms are configuration and stay.
DATA_TABLES = (AuditRow, ChangeRow, RoomSlotRow, RoomBookingRow, TaskRow, ContactRow, ContactPersonRow, WorkPlanRow,
               BookingRow, ApoioItemRow, EscalationRow, OfferRow, OccurrenceRow, PresenceRow,
               SeatHeartbeatRow, RosterRow, StaffTabRow, StaffRow, ClientRow, SignInFailureRow)

# ---------------------------------------------------------------------------------------------------------------
# Loading


def _latest_business_day(calendar: BusinessCalendar, day: date) -> date:
    for _ in range(366):
        if calendar.is_business_day(day):
            return day
        day -= timedelta(days=1)
    raise BadValue("value.no_business_day")


def default_day(db: Database, now: datetime | None = None) -> date:
    """The most recent business day whose demo clock (14:30) has passed, in the calendar's zone: today from 14:30
    on, else the business day before. A day loaded earlier would hold calls opened, offered and closed in the
    next hours, and the board would count their waiting times backwards."""
    calendar = run(db, lambda uow: uow.policy.calendar, write=False)
    local = (now or utcnow()).astimezone(calendar.tz)
    day = local.date() if local.time() >= DEMO_CLOCK else local.date() - timedelta(days=1)
    return _latest_business_day(calendar, day)


def has_data(db: Database) -> bool:
    def work(uow: UnitOfWork) -> bool:
        return any(uow.session.scalar(select(row.id).limit(1)) is not None
                   for row in (OccurrenceRow, StaffRow, ClientRow))

    return run(db, work, write=False)


def reset_data(db: Database) -> None:
    """Delete every row of the data tables in one transaction; OC numbers restart at 1, revisions go on."""

    def work(uow: UnitOfWork) -> None:
        for row in DATA_TABLES:
            uow.session.execute(delete(row).execution_options(synchronize_session=False))
        uow.session.execute(update(CounterRow).where(CounterRow.name == "occurrence_number").values(value=0))
        uow.record(ADMIN, Entity.DATABASE, 0, "reset", "pitstop demo --reset: dados apagados")

    run(db, work)


def check_reset_allowed(db: Database, confirm: str | None) -> None:
    """Only a demo database is reset without a question: on any other database with data, ``reset`` would delete
    an office's staff, OCs and audit trail and sign demo people in with a known password. There an administrator
    must confirm by typing the database's name (:attr:`Database.name`); anything else is refused, nothing deleted."""
    if demo_day(db) is None and confirm != db.name:
        raise NotPermitted("permission.demo_reset_confirm", field=Field.DATABASE, database=db.name)


def load_demo(db: Database, *, day: date | None = None, reset: bool = False, confirm: str | None = None) -> str:
    """Fill the database with the demo day, the month before it and the consulting team's weeks around it
    (demo/consulting.py), and return a one-line summary.

    ``day`` defaults to the most recent business day of the stored calendar (today, if it is one); a day that
    is not a business day is refused with :class:`BadValue`. On a database that already has OCs, staff or
    clients the demo refuses with :class:`Conflict` (``conflict.demo_has_data``) unless ``reset`` is true. A reset
    of a database that is not marked as the demo's is refused with :class:`NotPermitted`
    (``permission.demo_reset_confirm``) unless ``confirm`` is the database's name. Then every row of the data
    tables (OCs, offers, escalations, APOIO items, bookings, the consulting team's contacts, contact persons, tasks,
    work plan and room bookings, audit, change feed, presence, roster, staff, clients, sign-in failures) is
    deleted in one transaction first; tabs, SLA classes, the calendar and the meeting rooms stay, OC
    numbers restart at 1 and change-feed revisions keep growing.
    Every demo person's password is ``pitstop``.
    """
    policy = run(db, lambda uow: uow.policy, write=False)
    calendar = policy.calendar
    chosen = day or default_day(db)
    if not calendar.is_business_day(chosen):
        previous = _latest_business_day(calendar, chosen - timedelta(days=1))
        holiday = calendar.holiday_name(chosen)
        dates = {"day": chosen.isoformat(), "previous": previous.isoformat()}
        if holiday == "closed":
            raise BadValue("value.demo_closed", field=Field.DATE, **dates)
        if holiday:
            raise BadValue("value.demo_holiday", field=Field.DATE, holiday=holiday, **dates)
        raise BadValue("value.demo_weekend", field=Field.DATE, **dates)
    if has_data(db):
        if not reset:
            raise Conflict("conflict.demo_has_data")
        check_reset_allowed(db, confirm)
        reset_data(db)
        set_setting(db, DEMO_DAY, None)
    rules = run(db, lambda uow: [tab_rule(r) for r in uow.session.scalars(select(TabRow))], write=False)
    steps = plan_day(chosen, timezone=calendar.timezone, rules=rules, slot_minutes=policy.slot_minutes)
    # the consultants log in and go to lunch with everyone else, so the day's feed stays in time order
    steps = sorted([*steps, *presence_steps(chosen, calendar.timezone)], key=lambda s: (s.at, s.order, s.seq))
    _load_records(db, chosen)
    runtime = Runtime(db)
    for step in steps:
        step.call(runtime, step.at)
    # the month before, after the day: the day's OCs keep numbers 1…N (tests, README, screenshots name them)
    write_month(db, plan_month(chosen, calendar, policy.sla_classes, {r.code: r for r in rules}),
                month_rosters(chosen, calendar))
    # the consulting team's weeks, after the OCs they refer to (protocols, "Comunicar conclusão")
    load_consulting(db, chosen)
    # every step gave its time, so its events were marked "dated"; but this is a simulated day, not a correction
    # of real ones, and a demo whose every line says "(datado)" would teach people to ignore the mark
    run(db, lambda uow: uow.session.execute(update(AuditRow).values(backfilled=False)))
    _load_seats(db, demo_moment(chosen, calendar.timezone))
    set_setting(db, DEMO_DAY, chosen.isoformat())  # only a demo database lets `pitstop --as` skip sign-in
    return summarize(db, chosen, calendar.timezone)


def _load_seats(db: Database, now: datetime) -> None:
    """A window for everyone logged in at the demo clock, heard within the last minute; LOST_SIGNAL's went quiet.

    Written as rows in one transaction, without change-feed entries: a heartbeat is nobody's act, and the feed
    stays the day's story in time order."""
    jitter = random.Random(SEED + 2)
    lost, quiet_since = LOST_SIGNAL

    def work(uow: UnitOfWork) -> None:
        staff = list(uow.session.scalars(select(StaffRow).order_by(StaffRow.login)))
        avail = presence.availability_of(uow, staff)
        for person in staff:
            if avail[person.id].state == PresenceState.OFFLINE:
                continue
            seen = (datetime.combine(now.date(), quiet_since, tzinfo=now.tzinfo) if person.login == lost
                    else now - timedelta(seconds=jitter.randint(5, 55)))
            uow.session.add(SeatHeartbeatRow(staff_id=person.id, seat=f"demo-{person.login}", last_seen=seen))

    run(db, work, now)


def _load_records(db: Database, day: date) -> None:
    """Clients, staff (one password hash for everyone) and the day's roster."""
    phones = random.Random(SEED + 1)
    for i, (name, ddd, consulting) in enumerate(CLIENTS):
        if i % 3 == 0:
            phone = f"({ddd}) 9{phones.randint(6000, 9999)}-{phones.randint(1000, 9999)}"
        else:
            phone = f"({ddd}) {phones.choice('2345')}{phones.randint(100, 999)}-{phones.randint(1000, 9999)}"
        people.add_client(db, code=f"C{1001 + i}", name=name, phone=phone, consulting=consulting)
    hashed = people.hash_password(PASSWORD)
    for p in (*STAFF, *CONSULTANTS):
        # the hash serves SQLite; an office server with roles gives each login role the password itself
        people.add_staff(db, login=p.login, name=p.name, role=p.role, tabs=p.tabs, site=p.site,
                         password_hash=hashed, password=PASSWORD)
    for p in (*STAFF, *CONSULTANTS):
        people.set_roster(db, login=p.login, day=day, start=p.shift[0], end=p.shift[1], lunch=p.lunch)
