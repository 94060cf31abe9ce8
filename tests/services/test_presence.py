"""Issue 9, a real office day: one definition of "available", the shift's end, the seats' heartbeats ("sem sinal"),
self-service presence and management's corrections — on SQLite and on PostgreSQL (where every use case runs as the
acting person's role, under the server's guards).

The desk of ``tests/services/helpers.py``: caio and duda (N1 - Rápida), edu, fabi, nino rostered 08:00–17:00 with
lunch 12:00–13:00 and logged in at 08:00.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import event, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import AuditRow, PresenceRow, SeatHeartbeatRow, StaffRow
from pitstop_desktop.domain.availability import SIGNAL_TIMEOUT
from pitstop_desktop.domain.errors import BadValue, NotPermitted, RuleViolation
from pitstop_desktop.services import apoio, offers, people, picker, presence, slots, timeline
from pitstop_desktop.services.changes import changes_since
from pitstop_desktop.services.timeline import TabCount, TimelineRow, tab_counts
from pitstop_desktop.services.unit_of_work import run
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    DAY,
    LUNCH,
    SHIFT,
    SP,
    Desk,
    assert_timeline_and_picker_agree,
    at,
    desk_db_url,
)

SEAT, OTHER_SEAT = "seat-caio-1", "seat-caio-2"



def by_login(rows: list[TimelineRow]) -> dict[str, TimelineRow]:
    return {r.login: r for r in rows}


def roster_everyone(db: Database) -> None:
    """The rest of the desk on today's roster too (ana logged in, bia never, APOIO logged in)."""
    for login in ("ana", "bia", "zenaide", "fernanda"):
        people.set_roster(db, login=login, day=DAY, start=SHIFT[0], end=SHIFT[1], lunch=LUNCH)
    for login in ("ana", "zenaide", "fernanda"):
        people.record_presence(db, login=login, kind="login", at=at(8, 0))


# 1. One definition of "available"


def test_timeline_and_picker_agree_on_the_desk_through_the_day(desk: Desk) -> None:
    roster_everyone(desk.db)
    people.add_staff(desk.db, login="gabi", name="Gabi Duas Abas", role="technician",
                     tabs=("n1_blip_matriz", "n1_rapida"))  # shown under Blip Matriz, counted in Rápida too
    people.set_roster(desk.db, login="gabi", day=DAY, start=time(8), end=time(15), lunch=None)
    people.record_presence(desk.db, login="gabi", kind="login", at=at(8, 0))
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    offers.accept(desk.db, 1, actor="caio", at=at(9, 6))  # busy: still available (R4 does not refuse it)
    people.record_presence(desk.db, login="duda", kind="lunch", at=at(12, 10))
    presence.heartbeat(desk.db, actor="edu", seat="edu-seat", at=at(9, 0))  # edu's window dies after 09:00

    counts = assert_timeline_and_picker_agree(desk.db, at(10, 0))
    rows = by_login(timeline.timeline(desk.db, at=at(10, 0)))
    assert rows["caio"].state == "busy" and rows["caio"].available
    assert counts["n1_rapida"] == TabCount(4, 4)  # ana, caio (busy), duda and gabi
    assert rows["edu"].state == "no_signal" and counts["n1_filiais"] == TabCount(1, 0)

    counts = assert_timeline_and_picker_agree(desk.db, at(12, 30))
    assert counts["n1_rapida"] == TabCount(4, 3)  # duda at lunch
    counts = assert_timeline_and_picker_agree(desk.db, at(15, 30))  # gabi's shift is over, not logged out
    assert by_login(timeline.timeline(desk.db, at=at(15, 30)))["gabi"].state == "shift_ended"
    assert counts["n1_rapida"] == TabCount(4, 2) and counts["n1_blip_matriz"] == TabCount(2, 0)
    assert_timeline_and_picker_agree(desk.db, at(17, 30))  # everyone past the shift: nobody available
    assert all(c.available == 0 for c in tab_counts(timeline.timeline(desk.db, at=at(17, 30)), at(17, 30)).values())


def test_r5_counts_the_same_available_people(desk: Desk) -> None:
    """Everyone-refused (R5) asks the same definition: caio past his shift does not hold the OC back."""
    people.set_roster(desk.db, login="caio", day=DAY, start=time(8), end=time(14), lunch=None)
    desk.call(at(14, 0))
    desk.offer(1, "duda", at(14, 5))
    assert [c.login for c in picker.candidates(desk.db, number=1, at=at(14, 6)) if c.available] == ["duda"]
    result = offers.refuse(desk.db, 1, actor="duda", reason="não conheço o módulo", at=at(14, 6))
    assert result.moved_to_apoio is True
    assert [(i.number, i.reason) for i in apoio.list_items(desk.db)] == [(1, "everyone_refused")]


def test_slots_of_today_leave_out_who_has_gone_for_the_day(desk: Desk) -> None:
    people.record_presence(desk.db, login="caio", kind="logout", at=at(10, 0))

    def starts(login: str, now: datetime, day: date = DAY) -> list[str]:
        return [f"{s.start.astimezone(SP):%H:%M}" for s in slots.free_slots(desk.db, day=day, technician=login, at=now)]

    assert starts("caio", at(9, 30)) == ["10:00", "11:00", "13:00", "14:00", "15:00", "16:00"]  # still in
    assert starts("caio", at(10, 30)) == []  # logged out: gone for the day
    assert starts("duda", at(10, 30)) == ["11:00", "13:00", "14:00", "15:00", "16:00"]
    tomorrow = DAY + timedelta(days=1)
    people.set_roster(desk.db, login="caio", day=tomorrow, start=time(8), end=time(10), lunch=None)
    assert starts("caio", at(10, 30), tomorrow) == ["08:00", "09:00"]  # another day is planned time
    desk.refused(lambda: desk.call(at(10, 30), slot=at(14, 0), technician="caio"), RuleViolation, "R10")
    people.record_presence(desk.db, login="caio", kind="login", at=at(11, 0))  # back after all
    assert starts("caio", at(11, 30)) == ["13:00", "14:00", "15:00", "16:00"]


# 2. The shift is over


def test_an_offer_after_the_shift_ended_is_refused_like_not_logged_in(desk: Desk) -> None:
    desk.call(at(16, 30))
    exc = desk.refused(lambda: desk.offer(1, "caio", at(17, 0)), RuleViolation, "R4", numbers=[1])
    assert exc.code == "R4.shift_ended" and exc.params["time"] == "17:00"
    assert "o turno de Caio Técnico terminou às 17:00" in str(exc)
    desk.refused(lambda: desk.offer(1, "caio", at(18, 30)), RuleViolation, "R4", numbers=[1])
    # a minute before, it is an offer with R4's warning
    result = desk.offer(1, "caio", at(16, 59))
    assert result.occurrence.offered_to == "caio"
    assert result.warnings == ("R4: fim do turno às 17:00 (em 1 min)",)
    assert {c.login: c.state for c in picker.candidates(desk.db, tab="n1_rapida", at=at(17, 5))}["duda"] == \
        "shift_ended"


# 3. Heartbeats


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements sent to ``db`` inside the block."""
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def _seats(db: Database) -> dict[tuple[str, str], datetime]:
    def work(uow):  # type: ignore[no-untyped-def]
        return {(login, seat): seen for login, seat, seen in uow.session.execute(
            select(StaffRow.login, SeatHeartbeatRow.seat, SeatHeartbeatRow.last_seen)
            .join(StaffRow, StaffRow.id == SeatHeartbeatRow.staff_id))}

    return run(db, work, write=False)


def test_a_heartbeat_is_written_at_most_once_a_minute_per_seat(desk: Desk) -> None:
    assert presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 0)) is True
    with _statements(desk.db) as seen:
        assert presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 0) + timedelta(seconds=59)) is False
    assert seen == []  # the calls in between do not reach the database
    assert presence.heartbeat(desk.db, actor="caio", seat=OTHER_SEAT, at=at(9, 0)) is True  # another window
    assert presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 1)) is True
    assert _seats(desk.db) == {("caio", SEAT): at(9, 1).astimezone(UTC), ("caio", OTHER_SEAT): at(9, 0).astimezone(UTC)}


def test_a_seat_silent_five_minutes_is_no_signal_and_r4_refuses_naming_it(desk: Desk) -> None:
    desk.call(at(9, 0))
    presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 0))
    before = at(9, 0) + SIGNAL_TIMEOUT - timedelta(seconds=1)
    assert {c.login: c.state for c in picker.candidates(desk.db, number=1, at=before)}["caio"] == "available"
    silent = at(9, 5)
    exc = desk.refused(lambda: desk.offer(1, "caio", silent), RuleViolation, "R4", numbers=[1])
    assert exc.code == "R4.no_signal" and exc.params["time"] == "09:00"
    assert str(exc).startswith("R4: Caio Técnico está sem sinal")
    assert {c.login: c.state for c in picker.candidates(desk.db, number=1, at=silent)}["caio"] == "no_signal"
    row = by_login(timeline.timeline(desk.db, at=silent))["caio"]
    assert (row.state, row.available, row.signal_until) == ("no_signal", False, at(9, 5).astimezone(UTC))
    assert timeline.recheck_at([row], at(9, 4)) == at(9, 5).astimezone(UTC)
    # the window reports again: available again (and the offer goes through)
    presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 6))
    assert desk.offer(1, "caio", at(9, 6)).occurrence.offered_to == "caio"
    # duda has no window at all: nothing to lose
    assert by_login(timeline.timeline(desk.db, at=at(11, 0)))["duda"].state == "available"


def test_only_a_signal_coming_back_is_announced(desk: Desk) -> None:
    def presence_changes(since: int) -> list[tuple[str, int]]:
        return [(c.action, c.entity_id) for c in changes_since(desk.db, since).changes if c.entity == "presence"]

    start = desk.revision()
    presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 0))  # the first seat: announced
    presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 1))  # routine: not announced
    presence.heartbeat(desk.db, actor="caio", seat=OTHER_SEAT, at=at(9, 2))  # another seat while heard: not
    presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 10))  # after five silent minutes: announced
    caio = run(desk.db, lambda uow: uow.session.scalar(select(StaffRow.id).where(StaffRow.login == "caio")),
               write=False)
    assert presence_changes(start) == [("signal", caio), ("signal", caio)]
    audit = run(desk.db, lambda uow: uow.session.scalar(select(AuditRow.id).where(AuditRow.action == "signal")),
                write=False)
    assert audit is None  # a heartbeat is nobody's act: no audit event


def test_a_clean_exit_forgets_the_seat(desk: Desk) -> None:
    presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 0))
    start = desk.revision()
    assert presence.forget_seat(desk.db, actor="caio", seat=SEAT, at=at(9, 1)) is True
    assert presence.forget_seat(desk.db, actor="caio", seat=SEAT, at=at(9, 1)) is False  # nothing left
    assert _seats(desk.db) == {}
    assert [c.action for c in changes_since(desk.db, start).changes] == ["seat_closed"]
    assert by_login(timeline.timeline(desk.db, at=at(10, 0)))["caio"].state == "available"  # closed, not lost
    # a new window of the same id writes at once (the process forgot it had written)
    assert presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 1)) is True


def test_management_forgets_someone_elses_stale_seat_a_technician_does_not(desk: Desk) -> None:
    presence.heartbeat(desk.db, actor="caio", seat=SEAT, at=at(9, 0))
    exc = desk.refused(lambda: presence.forget_seat(desk.db, actor="duda", seat=SEAT, login="caio", at=at(9, 30)),
                       NotPermitted)
    assert exc.code == "permission.presence_of_other"
    assert presence.forget_seat(desk.db, actor="sara", seat=SEAT, login="caio", at=at(9, 30)) is True
    assert _seats(desk.db) == {}


def test_a_window_left_from_before_the_login_does_not_count(desk: Desk) -> None:
    people.record_presence(desk.db, login="nino", kind="logout", at=at(9, 0))
    presence.heartbeat(desk.db, actor="nino", seat="old-window", at=at(8, 30))  # then the window crashed
    people.record_presence(desk.db, login="nino", kind="login", at=at(10, 0))
    assert by_login(timeline.timeline(desk.db, at=at(11, 0)))["nino"].state == "available"


@pytest.mark.parametrize("seat", ["", "x" * 65, "com espaço", "nul\x00"])
def test_a_seat_id_is_short_and_plain(desk: Desk, seat: str) -> None:
    exc = desk.refused(lambda: presence.heartbeat(desk.db, actor="caio", seat=seat, at=at(9, 0)), BadValue)
    assert exc.code == "value.seat"


# 4. Self-service presence and corrections


def _audit(db: Database, action: str) -> list[tuple[str, str, dict[str, object] | None]]:
    return run(db, lambda uow: [(a.actor, a.detail, a.after) for a in uow.session.scalars(
        select(AuditRow).where(AuditRow.action == action).order_by(AuditRow.id))], write=False)


def test_a_person_records_their_own_presence(desk: Desk) -> None:
    record = presence.record(desk.db, actor="caio", kind="lunch", at=at(12, 0))
    assert (record.login, record.kind, record.state) == ("caio", "lunch", "at_lunch")
    assert _audit(desk.db, "lunch") == [("caio", "caio lunch", None)]
    assert presence.record(desk.db, actor="caio", kind="back", at=at(12, 50)).state == "online"
    desk.refused(lambda: presence.record(desk.db, actor="caio", kind="back", at=at(12, 55)), BadValue)
    # someone else's: only management
    exc = desk.refused(lambda: presence.record(desk.db, actor="caio", login="duda", kind="lunch", at=at(12, 55)),
                       NotPermitted)
    assert exc.code == "permission.presence_of_other" and exc.exit_code == 6
    assert presence.record(desk.db, actor="sara", login="duda", kind="lunch", at=at(12, 55)).login == "duda"
    assert people.record_presence(desk.db, login="duda", kind="back", at=at(13, 0)).state == "online"  # admin form


def test_management_corrects_a_forgotten_logout_with_a_reason_audited(desk: Desk) -> None:
    corrected = presence.correct(desk.db, actor="sara", login="caio", kind="logout", when=at(17, 0),
                                 reason="esqueceu de sair; saiu às 17h", at=at(17, 40))
    assert (corrected.login, corrected.kind, corrected.at, corrected.state) == (
        "caio", "logout", at(17, 0).astimezone(UTC), "offline")
    assert (corrected.reason, corrected.recorded_by) == ("esqueceu de sair; saiu às 17h", "sara")
    [(actor, detail, after)] = _audit(desk.db, "corrected")
    assert actor == "sara" and "esqueceu de sair; saiu às 17h" in detail and "caio logout 24/11/2026 17:00" in detail
    assert after is not None and after["reason"] == "esqueceu de sair; saiu às 17h" and after["kind"] == "logout"
    row = run(desk.db, lambda uow: uow.session.scalar(
        select(PresenceRow).where(PresenceRow.kind == "logout")), write=False)
    assert (row.at, row.reason, row.recorded_at) == (at(17, 0).astimezone(UTC), "esqueceu de sair; saiu às 17h",
                                                     at(17, 40).astimezone(UTC))
    # and everyone reads it: caio was not there at 17:20
    assert by_login(timeline.timeline(desk.db, at=at(17, 20)))["caio"].state == "offline"


def test_a_correction_fills_a_lunch_in_the_past_but_keeps_the_day_in_order(desk: Desk) -> None:
    presence.correct(desk.db, actor="gil", login="duda", kind="lunch", when=at(12, 0), reason="almoçou sem registrar",
                     at=at(14, 0))
    presence.correct(desk.db, actor="gil", login="duda", kind="back", when=at(13, 0), reason="almoçou sem registrar",
                     at=at(14, 0))
    assert by_login(timeline.timeline(desk.db, at=at(14, 0)))["duda"].presence[1].kind == "lunch"
    exc = desk.refused(lambda: presence.correct(desk.db, actor="gil", login="duda", kind="login", when=at(10, 0),
                                                reason="x", at=at(14, 0)), BadValue)
    assert exc.code == "value.presence_correction_order"
    exc = desk.refused(lambda: presence.correct(desk.db, actor="gil", login="duda", kind="logout", when=at(15, 0),
                                                reason="x", at=at(14, 0)), BadValue)
    assert exc.code == "value.presence_correction_future"
    exc = desk.refused(lambda: presence.correct(desk.db, actor="gil", login="duda", kind="logout", when=at(13, 30),
                                                reason="  ", at=at(14, 0)), BadValue)
    assert exc.code == "value.presence_correction_reason"


@pytest.mark.parametrize("actor", ["caio", "ana"])
def test_only_management_corrects(desk: Desk, actor: str) -> None:
    exc = desk.refused(lambda: presence.correct(desk.db, actor=actor, login="caio", kind="logout", when=at(17, 0),
                                                reason="saiu", at=at(17, 30)), NotPermitted)
    assert exc.code == "permission.presence_of_other" and exc.exit_code == 6
