"""The technician timeline service: spans, jobs, bookings and chips from the real use cases, on both backends."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import OccurrenceRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.services import apoio, occurrences, offers, people, slots
from pitstop_desktop.services import timeline as timeline_service
from pitstop_desktop.services.changes import changes_since, current_revision
from pitstop_desktop.services.timeline import (
    BookingSpan,
    JobSpan,
    PersonState,
    PresenceSpan,
    TimelineRow,
    person_state,
    timeline,
)
from pitstop_desktop.services.unit_of_work import UnitOfWork, run

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


# The read of only the people a change touches (issue 10): what a console does on each live-feed batch that moves
# an OC, instead of reading the whole day again.

@contextmanager
def sql(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def oc_ids(db: Database, *numbers: int) -> list[int]:
    with db.read() as session:
        found = {number: oc_id for number, oc_id in session.execute(
            select(OccurrenceRow.number, OccurrenceRow.id).where(OccurrenceRow.number.in_(numbers)))}
    return [found[n] for n in numbers]


def shown_as(rows: list[TimelineRow]) -> list[tuple[str, tuple[JobSpan, ...], tuple[BookingSpan, ...]]]:
    return [(r.login, r.jobs, r.bookings) for r in rows]


class Console:
    """A seat following the feed as the timeline panel does: each step's changed OCs read for the people they
    touch, merged into what it shows; every read checked against the whole day's read at the same moment."""

    def __init__(self, db: Database, when: datetime) -> None:
        self.db = db
        self.shown = timeline(db, at=when)
        self.riding = list(self.shown)  # the same rows kept up to date by the feed rider's read (oc_spans) alone

    def step(self, when: datetime, *acts: Callable[[], object]) -> set[str]:
        """Run ``acts``, then read at ``when`` what their OC changes touch; the logins re-read."""
        revision = current_revision(self.db)
        for act in acts:
            act()
        changed = {c.entity_id for c in changes_since(self.db, revision).changes
                   if c.entity == Entity.OCCURRENCE.value}
        fresh = timeline_service.people(self.db, changed, self.shown, at=when)
        whole = timeline(self.db, at=when)
        whole_by_login = by_login(whole)
        for row in fresh.rows:
            assert row == whole_by_login[row.login]  # spans, jobs, bookings, chip: the full read's row
        self.shown = fresh.merged_into(self.shown)
        assert shown_as(self.shown) == shown_as(whole)  # nobody else's row changed, and the order is the same
        # The rider's way (what a console does when the read rides the feed): only the changed OCs' spans read
        spans = run(self.db, lambda uow: timeline_service.oc_spans(uow, changed, DAY, when), when, write=False)
        before = {row.login: row for row in self.riding}
        self.riding = spans.applied_to(self.riding, when)
        for row in self.riding:
            if row != before[row.login]:
                assert row == whole_by_login[row.login]  # a row it changed is the full read's, chip included
        assert shown_as(self.riding) == shown_as(whole)
        assert {row.login for row in self.riding if row != before[row.login]} <= {row.login for row in fresh.rows}
        return {row.login for row in fresh.rows}


def test_people_reads_the_rows_a_change_touches_as_the_whole_day_does(day: Database) -> None:
    people.add_staff(day, login="iris", name="Iris Técnica", role="technician", tabs=("n1_rapida",))
    people.set_roster(day, login="iris", day=DAY, start=time(8), end=time(17), lunch=None)
    people.record_presence(day, login="iris", kind="login", at=at(8))
    console = Console(day, at(13, 35))

    def call(when: datetime, **kwargs: object) -> int:
        return occurrences.register_call(day, actor="ana", client="ACME", channel="phone", summary="Lento",
                                         at=when, **kwargs).number  # type: ignore[arg-type]

    oc7 = call(at(13, 40))
    # accept: the new holder only
    assert console.step(at(13, 43), lambda: offers.offer(day, oc7, actor="ana", to="duda", at=at(13, 41)),
                        lambda: offers.accept(day, oc7, actor="duda", at=at(13, 42))) == {"duda"}
    assert console.shown[1].jobs[-1].number == oc7 and console.shown[1].jobs[-1].live
    # forward: the holder lets it go
    assert console.step(at(13, 51), lambda: occurrences.forward(day, oc7, actor="sara", tab="n1_blip_matriz",
                                                                at=at(13, 50))) == {"duda"}
    # to APOIO, then claimed there: who held it today and who holds it now
    assert console.step(at(13, 56), lambda: apoio.send(day, 5, actor="caio", reason="ninguém disponível",
                                                       at=at(13, 55))) == {"caio"}
    assert console.step(at(14, 1), lambda: apoio.claim(day, 5, actor="zenaide", at=at(14))) == {"caio", "zenaide"}
    # close
    assert console.step(at(14, 6), lambda: occurrences.close(day, 4, actor="zenaide", faq="7001",
                                                             at=at(14, 5))) == {"zenaide"}
    # an appointment moved to someone else: the one it leaves (their row showed it) and the one it goes to
    assert console.step(at(14, 11), lambda: slots.move_booking(day, 6, actor="caio", slot=at(15), technician="iris",
                                                               at=at(14, 10))) == {"caio", "iris"}
    assert 6 not in {b.number for b in by_login(console.shown)["caio"].bookings}
    # an appointment booked, then cancelled
    oc8: list[int] = []
    assert console.step(at(14, 13), lambda: oc8.append(call(at(14, 12), slot=at(16), technician="iris"))) == {"iris"}
    assert [b.number for b in by_login(console.shown)["iris"].bookings] == [6, oc8[0]]
    assert console.step(at(14, 16), lambda: slots.cancel_booking(day, oc8[0], actor="ana", at=at(14, 15))) == {"iris"}
    # two changes read together
    oc9 = call(at(14, 17))
    assert console.step(at(14, 21), lambda: offers.offer(day, oc9, actor="ana", to="iris", at=at(14, 18)),
                        lambda: offers.accept(day, oc9, actor="iris", at=at(14, 19)),
                        lambda: occurrences.close(day, 5, actor="zenaide", faq="7001", at=at(14, 20))
                        ) == {"iris", "zenaide", "caio"}  # caio held OC 5 this morning
    # a change that gives nobody a job touches nobody
    assert console.step(at(14, 23), lambda: call(at(14, 22))) == set()


def test_people_not_on_the_roster_are_left_out(day: Database) -> None:
    shown = timeline(day, at=at(14, 30))
    ids = oc_ids(day, 1, 4, 5)
    assert {r.login for r in timeline_service.people(day, ids, shown, at=at(14, 30)).rows} == {"caio", "zenaide"}
    assert timeline_service.people(day, ids, shown, day=DAY + timedelta(days=1), at=at(14, 30)).rows == ()
    assert timeline_service.people(day, [], shown, at=at(14, 30)).rows == ()


def test_people_merged_into_rows_keeps_the_order_and_inserts_newcomers(day: Database) -> None:
    shown = timeline(day, at=at(14, 30))
    fresh = timeline_service.people(day, oc_ids(day, 3), shown, at=at(14, 30))  # duda held OC 3 this morning
    assert [r.login for r in fresh.rows] == ["duda"]
    without = [r for r in shown if r.login != "duda"]
    assert fresh.merged_into(without) == shown  # a person not shown yet goes where the whole day's read puts her
    assert fresh.merged_into(shown) == shown


def test_people_seeks_by_index_in_a_fixed_number_of_statements(day: Database) -> None:
    """Never the whole day's "closed or moved today" scans, and however many OCs changed, the same statements."""
    shown = timeline(day, at=at(14, 30))
    one, six = oc_ids(day, 5), oc_ids(day, 1, 2, 3, 4, 5, 6)
    with sql(day) as statements:
        timeline(day, at=at(14, 30))
        whole = list(statements)
        statements.clear()
        timeline_service.people(day, one, shown, at=at(14, 30))
        for_one = list(statements)
        statements.clear()
        assert len(timeline_service.people(day, six, shown, at=at(14, 30)).rows) == 3
        for_six = list(statements)
    assert any("closed_at >=" in s for s in whole) and any("tab_since >=" in s for s in whole)
    assert not any("closed_at >=" in s or "tab_since >=" in s for s in for_one + for_six)
    # two more than the whole day (the changed OCs and their trail first, then what their people held)
    assert len(for_six) <= len(for_one) == len(whole) + 2


def test_an_oc_handed_back_today_ends_its_job_there(day: Database) -> None:
    """"Devolver" lets an OC go without moving or closing it: the job ends at the hand-back in the whole day's read
    (found through the audit trail, migration 0009, even for an OC opened before today) and in the people read."""
    from pitstop_desktop.services import seat

    yesterday = occurrences.register_call(day, actor="ana", client="ACME", channel="phone", summary="Desde ontem",
                                          at=at(16) - timedelta(days=1)).number
    console = Console(day, at(13, 35))
    assert console.step(at(13, 39), lambda: offers.offer(day, yesterday, actor="ana", to="duda", at=at(13, 37)),
                        lambda: offers.accept(day, yesterday, actor="duda", at=at(13, 38))) == {"duda"}
    assert console.step(at(14, 1), lambda: seat.hand_back(day, yesterday, actor="duda", at=at(14))) == {"duda"}
    job = next(j for j in by_login(timeline(day, at=at(14, 5)))["duda"].jobs if j.number == yesterday)
    assert (job.start, job.end, job.live) == (at(13, 38), at(14), False)


def test_the_feed_riders_read_is_two_statements_by_id(day: Database) -> None:
    """What rides the live feed (oc_spans): the changed OCs with their appointment, and their trail — no roster,
    presence, seats or tabs, however many OCs changed; and the rows it changes are the full read's."""
    shown = timeline(day, at=at(14, 30))
    ids = oc_ids(day, 1, 2, 3, 4, 5, 6)
    reads: list[str] = []

    def rider(uow: UnitOfWork) -> timeline_service.OcSpans:  # counted from inside the transaction the feed opened
        assert uow.policy is not None  # the feed's own statement has checked it by then
        with sql(day) as statements:
            found = timeline_service.oc_spans(uow, ids, DAY, at(14, 30))
        reads.extend(statements)
        return found

    spans = run(day, rider, at(14, 30), write=False)
    assert len(reads) == 2, reads
    assert not any("roster.shift_start" in s or "presence_events" in s or "seat_heartbeats" in s for s in reads)
    assert spans.applied_to(shown, at(14, 30)) == shown  # nothing changed since: the same rows
    assert spans.numbers == {1, 2, 3, 4, 5, 6}


def test_the_day_reads_its_ocs_trail_in_one_statement_on_postgresql_and_in_lists_on_sqlite(
        day: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The day's OCs' takes and releases: on PostgreSQL, more than ``_FEW`` OCs are one statement with one array
    parameter (an IN list of the day's ~1,600 OCs cost the seat's worker ~45 ms of Python), a few are an IN list
    (the generic plan of its prepared statement is kept; an array's is planned again each time); on SQLite IN
    lists of at most ``_CHUNK`` ids (its parameter limit). The same rows every way."""
    whole = timeline(day, at=at(14, 30))
    held = {job.number for row in whole for job in row.jobs}
    assert 2 < len(held) < timeline_service._FEW

    def trail() -> list[str]:
        with sql(day) as statements:
            assert timeline(day, at=at(14, 30)) == whole
        return [s for s in statements if s.startswith("SELECT audit_events.occurrence_id")]

    [few] = trail()
    assert " IN (" in few.split("audit_events.occurrence_id", 2)[2][:20]
    monkeypatch.setattr(timeline_service, "_CHUNK", 2)
    monkeypatch.setattr(timeline_service, "_FEW", 2)
    many = trail()
    if day.engine.dialect.name == "postgresql":
        assert len(many) == 1 and "= ANY" in many[0], many
    else:
        assert len(many) >= len(held) / 2, many  # two ids a statement
