"""The technician timeline service: spans, jobs, bookings and chips from the real use cases, on both backends."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from pitstop_desktop.db import Database
from pitstop_desktop.services import apoio, occurrences, offers, people
from pitstop_desktop.services.timeline import (
    BookingSpan,
    JobSpan,
    PersonState,
    PresenceSpan,
    TimelineRow,
    person_state,
    timeline,
)

SP = ZoneInfo("America/Sao_Paulo")
DAY = date(2026, 11, 24)  # a Tuesday


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute), tzinfo=SP)


STAFF = (
    ("ana", "Ana Atendente", "attendant", ("n1_rapida",)),
    ("sara", "Sara Supervisora", "supervisor", ()),
    ("caio", "Caio Técnico", "technician", ("n1_rapida",)),
    ("duda", "Duda Técnica", "technician", ("n1_rapida", "n1_blip_matriz")),
    ("fabi", "Fabi Meio Período", "technician", ("n1_rapida",)),
    ("edu", "Edu Filial", "technician", ("n1_filiais",)),
    ("zenaide", "Zenaide Apoio", "apoio", ("apoio_n1",)),
    ("gil", "Gil Gestor", "manager", ()),
    ("hugo", "Hugo Folga", "technician", ("n1_rapida",)),
)


def build(db: Database) -> None:
    """A small day, played in time order through the services (see each person's expectations below)."""
    for login, name, role, tabs in STAFF:
        people.add_staff(db, login=login, name=name, role=role, tabs=tabs)
    people.add_client(db, code="ACME", name="Acme Ltda")
    lunch = (time(12), time(13))
    for login, start, end, meal in (("caio", 8, 17, lunch), ("duda", (8, 0), (14, 40), (time(11), time(11, 30))),
                                    ("fabi", 8, 12, None), ("edu", 8, 17, lunch), ("zenaide", 8, 17, lunch),
                                    ("gil", 8, 17, None)):
        s = time(*start) if isinstance(start, tuple) else time(start)
        e = time(*end) if isinstance(end, tuple) else time(end)
        people.set_roster(db, login=login, day=DAY, start=s, end=e, lunch=meal)

    def presence(login: str, kind: str, when: datetime) -> None:
        people.record_presence(db, login=login, kind=kind, at=when)

    def call(when: datetime, **kwargs: object) -> int:
        return occurrences.register_call(db, actor="ana", client="ACME", channel="phone", summary="Não abre",
                                         at=when, **kwargs).number  # type: ignore[arg-type]

    presence("caio", "login", at(7, 55))
    for login in ("duda", "fabi", "edu", "zenaide"):
        presence(login, "login", at(8))
    oc1 = call(at(8, 30), sla="4H")
    oc2 = call(at(8, 31), slot=at(10).astimezone(SP), technician="caio")
    offers.offer(db, oc1, actor="ana", to="caio", at=at(9))
    offers.accept(db, oc1, actor="caio", at=at(9, 5))
    oc3 = call(at(9), sla="24H")
    offers.offer(db, oc3, actor="ana", to="duda", at=at(9, 5))
    offers.accept(db, oc3, actor="duda", at=at(9, 10))
    oc4 = call(at(9, 30))
    apoio.send(db, oc4, actor="ana", reason="ninguém disponível", at=at(9, 40))
    occurrences.close(db, oc1, actor="caio", faq="7001", at=at(10))
    apoio.claim(db, oc4, actor="zenaide", at=at(10))
    occurrences.close(db, oc2, actor="caio", faq="7037", at=at(10, 50))
    presence("duda", "lunch", at(11))
    occurrences.forward(db, oc3, actor="sara", tab="n1_blip_matriz", at=at(11))
    presence("duda", "back", at(11, 30))
    presence("fabi", "logout", at(12))
    presence("edu", "lunch", at(12))
    presence("caio", "lunch", at(12, 2))
    presence("caio", "back", at(12, 58))
    oc5 = call(at(13), sla="IS")
    offers.offer(db, oc5, actor="ana", to="caio", at=at(13, 5))
    offers.accept(db, oc5, actor="caio", at=at(13, 10))
    oc6 = call(at(13, 30), slot=at(15).astimezone(SP), technician="caio")
    assert (oc1, oc2, oc3, oc4, oc5, oc6) == (1, 2, 3, 4, 5, 6)


@pytest.fixture
def day(db: Database) -> Database:
    build(db)
    return db


def by_login(rows: list[TimelineRow]) -> dict[str, TimelineRow]:
    return {r.login: r for r in rows}


def test_everyone_rostered_grouped_by_first_tab(day: Database) -> None:
    rows = timeline(day, at=at(14, 30))
    # n1_rapida (position 1), n1_filiais (4), apoio_n1 (6), then people without a tab; by name inside a group.
    assert [(r.group, r.login) for r in rows] == [
        ("n1_rapida", "caio"), ("n1_rapida", "duda"), ("n1_rapida", "fabi"), ("n1_filiais", "edu"),
        ("apoio_n1", "zenaide"), (None, "gil")]
    duda = by_login(rows)["duda"]
    assert duda.tabs == ("n1_rapida", "n1_blip_matriz")
    assert (duda.name, duda.role, duda.site) == ("Duda Técnica", "technician", "matriz")
    assert duda.shift_start == at(8) and duda.shift_end == at(14, 40)
    assert duda.lunch_start == at(11) and duda.lunch_end == at(11, 30)
    assert by_login(rows)["fabi"].lunch_start is None


def test_presence_spans_and_chips(day: Database) -> None:
    rows = by_login(timeline(day, at=at(14, 30)))
    assert rows["caio"].presence == (PresenceSpan("work", at(7, 55), at(12, 2)),
                                     PresenceSpan("lunch", at(12, 2), at(12, 58)),
                                     PresenceSpan("work", at(12, 58), None))
    assert rows["caio"].logged_in_at == at(7, 55)
    assert rows["fabi"].presence == (PresenceSpan("work", at(8), at(12)),)
    assert rows["edu"].presence == (PresenceSpan("work", at(8), at(12)), PresenceSpan("lunch", at(12), None))
    assert rows["gil"].presence == () and rows["gil"].logged_in_at is None
    assert {login: r.state for login, r in rows.items()} == {
        "caio": "busy", "duda": "leaving_soon", "fabi": "offline", "edu": "lunch", "zenaide": "busy",
        "gil": "offline"}


def test_jobs_from_accept_claim_and_appointments(day: Database) -> None:
    rows = by_login(timeline(day, at=at(14, 30)))
    caio = rows["caio"]
    assert [(j.number, j.start, j.end, j.status, j.appointment) for j in caio.jobs] == [
        (1, at(9, 5), at(10), "closed", False),
        (2, at(10), at(10, 50), "closed", True),
        (5, at(13, 10), None, "in_progress", False),
    ]
    first = caio.jobs[0]
    assert (first.sla_code, first.opened_at, first.closed_at, first.client) == ("4H", at(8, 30), at(10), "Acme Ltda")
    assert caio.jobs[2].live and caio.jobs[2].sla_code == "IS"
    # the forward at 11:00 ends Duda's hold; the OC is open in another tab, not closed
    assert rows["duda"].jobs == (JobSpan(3, at(9, 10), at(11), "24H", at(9), None, "open", "Acme Ltda"),)
    # an APOIO claim starts a job too
    assert [(j.number, j.start, j.end, j.status) for j in rows["zenaide"].jobs] == [(4, at(10), None, "in_progress")]
    assert rows["edu"].jobs == () and rows["gil"].jobs == ()


def test_bookings_of_the_day(day: Database) -> None:
    caio = by_login(timeline(day, at=at(14, 30)))["caio"]
    assert caio.bookings == (BookingSpan(2, at(10), at(11)), BookingSpan(6, at(15), at(16)))
    assert 6 not in {j.number for j in caio.jobs}  # a booking still to come is not a job yet


def test_seen_from_a_past_moment(day: Database) -> None:
    rows = by_login(timeline(day, at=at(9, 30)))
    caio = rows["caio"]
    assert caio.presence == (PresenceSpan("work", at(7, 55), None),)
    assert [(j.number, j.end, j.status, j.closed_at) for j in caio.jobs] == [(1, None, "in_progress", None)]
    assert caio.state == "busy"
    assert rows["zenaide"].jobs == () and rows["zenaide"].state == "available"
    assert rows["fabi"].state == "available"
    assert by_login(timeline(day, at=at(7, 50)))["caio"].state == "offline"


def test_leaving_soon_starts_fifteen_minutes_before_the_shift_ends(day: Database) -> None:
    assert by_login(timeline(day, at=at(14, 24)))["duda"].state == "available"
    assert by_login(timeline(day, at=at(14, 25)))["duda"].state == "leaving_soon"
    assert by_login(timeline(day, at=at(14, 39)))["duda"].state == "leaving_soon"
    # the shift is over and she has not logged out: not offered work (R4, issue 9), whatever the minute
    for minute in (40, 41, 59):
        duda = by_login(timeline(day, at=at(14, minute)))["duda"]
        assert (duda.state, duda.available) == ("shift_ended", False)


def test_an_other_day_and_an_empty_roster(day: Database) -> None:
    assert timeline(day, day=DAY + timedelta(days=1), at=at(14, 30)) == []
    rows = timeline(day, day=DAY, at=at(14, 30) + timedelta(days=1))
    assert len(rows) == 6 and by_login(rows)["caio"].presence[-1].end is None


def test_person_state_is_pure_and_ticks_without_the_database(day: Database) -> None:
    caio = by_login(timeline(day, at=at(14, 30)))["caio"]
    assert person_state(caio, at(14, 30)) == PersonState.BUSY
    assert person_state(caio, at(16, 50)) == PersonState.LEAVING_SOON
    assert person_state(caio, at(12, 30)) == PersonState.LUNCH
    assert person_state(caio, at(7, 0)) == PersonState.OFFLINE


def test_a_fixed_number_of_queries_whatever_the_size_of_the_desk(day: Database) -> None:
    """No N+1: five more people with a job each cost no extra statement."""
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(day.engine, "before_cursor_execute", count)
    try:
        timeline(day, at=at(14, 30))
        small = len(statements)
        for i in range(5):
            login = f"extra{i}"
            people.add_staff(day, login=login, name=f"Extra {i}", role="technician", tabs=("n1_rapida",))
            people.set_roster(day, login=login, day=DAY, start=time(8), end=time(17), lunch=None)
            people.record_presence(day, login=login, kind="login", at=at(8))
            number = occurrences.register_call(day, actor="ana", client="ACME", channel="phone", summary="x",
                                               at=at(13, 40 + i)).number
            offers.offer(day, number, actor="ana", to=login, at=at(13, 45 + i))
            offers.accept(day, number, actor=login, at=at(13, 50 + i))
        statements.clear()
        rows = timeline(day, at=at(14, 30))
        assert len(rows) == 11
        assert all(len(by_login(rows)[f"extra{i}"].jobs) == 1 for i in range(5))
        assert len(statements) == small
    finally:
        event.remove(day.engine, "before_cursor_execute", count)
