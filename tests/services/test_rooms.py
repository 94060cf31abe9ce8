"""Meeting rooms (services/rooms.py) on SQLite and PostgreSQL: adding rooms (management), booking in slots with the
agenda, a taken slot refused naming who has it (also when several seats book the same slot at once: the primary
key of room_slots lets one in), cancelling a booking not yet begun, listing by span."""

from __future__ import annotations

import threading

from sqlalchemy import text

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import BadValue, Conflict, NotFound, NotPermitted, PitstopError, RuleViolation
from pitstop_desktop.services import rooms
from pitstop_desktop.services.consulting_records import RoomBookingRecord
from tests.services.consulting_helpers import consulting_db_url, refused  # noqa: F401  (fixtures)
from tests.services.helpers import at


def test_management_adds_rooms_and_everyone_sees_them(db: Database) -> None:
    refused(db, lambda: rooms.add_room(db, actor="caio", code="sala2", name="Sala 2", at=at(8)),
            NotPermitted, "permission.consulting_planning")
    refused(db, lambda: rooms.add_room(db, actor="gil", code="sala1", name="De novo", at=at(8)),
            Conflict, "conflict.room_exists")
    refused(db, lambda: rooms.add_room(db, actor="gil", code=" ", name="Sala", at=at(8)),
            BadValue, "value.room_code_and_name")
    assert rooms.add_room(db, actor="sara", code="aquario", name="Aquário", at=at(8)).name == "Aquário"
    assert [(r.code, r.name) for r in rooms.rooms(db)] == [("aquario", "Aquário"), ("sala1", "Sala de reunião 1")]


def test_a_slot_is_never_booked_twice_and_the_refusal_says_who_has_it(db: Database) -> None:
    first = rooms.book_room(db, actor="caio", room="sala1", start=at(14, 0), end=at(15, 30), title="Implantação CONS",
                            agenda="cronograma; riscos", at=at(9))
    assert (first.room, first.room_name, first.starts_at, first.ends_at, first.title, first.agenda,
            first.booked_by, first.contact_id) == ("sala1", "Sala de reunião 1", at(14), at(15, 30),
                                                   "Implantação CONS", "cronograma; riscos", "caio", None)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM room_slots")).scalar_one() == 3
    error = refused(db, lambda: rooms.book_room(db, actor="duda", room="sala1", start=at(15, 0), end=at(16, 0),
                                                title="Treino", at=at(9, 5)), Conflict, "conflict.room_taken")
    assert str(error) == ("Sala de reunião 1 já está reservada por Caio Técnico (caio) de 24/11 14:00 a "
                          "15:30 (Implantação CONS); escolha outro horário ou outra sala.")
    # end to end is no clash
    second = rooms.book_room(db, actor="duda", room="sala1", start=at(15, 30), end=at(16, 0), title="Treino",
                             at=at(9, 6))
    refused(db, lambda: rooms.book_room(db, actor="duda", room="sala1", start=at(16, 15), end=at(17), title="x",
                                        at=at(9)), BadValue, "value.room_slot")
    refused(db, lambda: rooms.book_room(db, actor="duda", room="nada", start=at(16), end=at(17), title="x",
                                        at=at(9)), NotFound, "not_found.room")
    assert [b.id for b in rooms.room_bookings(db, start=at(15), end=at(15, 30))] == [first.id]
    assert [b.id for b in rooms.room_bookings(db, start=at(0), end=at(23), room="sala1")] == [first.id, second.id]


def test_cancelling_frees_the_slots_before_the_meeting_only(db: Database) -> None:
    booking = rooms.book_room(db, actor="caio", room="sala1", start=at(14), end=at(15), title="Reunião", at=at(9))
    refused(db, lambda: rooms.cancel_room_booking(db, actor="duda", booking_id=booking.id, at=at(9, 1)),
            NotPermitted, "permission.consulting_own_only")
    refused(db, lambda: rooms.cancel_room_booking(db, actor="caio", booking_id=booking.id, at=at(14, 10)),
            RuleViolation, "consulting.room_booking_begun")
    refused(db, lambda: rooms.cancel_room_booking(db, actor="caio", booking_id=9999, at=at(9)),
            NotFound, "not_found.room_booking")
    assert rooms.cancel_room_booking(db, actor="gil", booking_id=booking.id, at=at(9, 2)).id == booking.id
    assert rooms.room_bookings(db, start=at(0), end=at(23)) == []
    again = rooms.book_room(db, actor="duda", room="sala1", start=at(14), end=at(15), title="Outra", at=at(9, 3))
    assert again.booked_by == "duda"


def test_six_seats_book_the_same_slot_at_once_one_gets_it(db_url: str, db: Database) -> None:
    """Six sessions (threads, each with its own engine) past a barrier: one booking, five told who has it."""
    barrier = threading.Barrier(6)
    results: list[object] = []
    lock = threading.Lock()
    logins = ["caio", "duda", "edu", "fabi", "nino", "ana"]

    def book(login: str) -> None:
        own = Database(db_url)
        try:
            with own.engine.connect():
                pass
            barrier.wait(30)
            try:
                outcome: object = rooms.book_room(own, actor=login, room="sala1", start=at(10), end=at(11),
                                                  title=f"de {login}", at=at(9))
            except PitstopError as exc:
                outcome = exc
            with lock:
                results.append(outcome)
        finally:
            own.dispose()

    threads = [threading.Thread(target=book, args=(login,)) for login in logins]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    winners = [r for r in results if isinstance(r, RoomBookingRecord)]
    losers = [r for r in results if isinstance(r, Conflict)]
    assert len(winners) == 1 and len(losers) == 5, results
    for loser in losers:
        assert loser.code in ("conflict.room_taken", "conflict.room_just_taken")
        assert loser.code == "conflict.room_just_taken" or f"({winners[0].booked_by})" in str(loser)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM room_bookings")).scalar_one() == 1
        assert conn.execute(text("SELECT count(*) FROM room_slots")).scalar_one() == 2
