"""Issue 9, "a real office day": replacing a pending offer, a person's own offers, appointments ahead of time with
the tab's technicians, cancelling and moving them, FAQ 7347 and N1 - Rápida's site. On SQLite and PostgreSQL (where
every use case runs as its acting person's role under the server's guards).

The desk is ``tests/services/helpers.py``'s: ana attendant of N1 - Rápida, caio and duda its technicians, edu of
N1 - Filiais (a branch technician), fabi of Especialistas, sara supervisor; the day is Tue 2026-11-24 and
``AHEAD`` is the next day, rostered for caio, duda, fabi and ana (an attendant, who takes no appointments).
"""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import select

from pitstop_desktop.db.orm import BookingRow
from pitstop_desktop.domain.errors import Conflict, NotFound, NotPermitted, RuleViolation
from pitstop_desktop.services import board, occurrences, offers, people, slots
from pitstop_desktop.services.changes import changes_since
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    DAY,
    LUNCH,
    SHIFT,
    SP,
    Desk,
    at,
    desk_db_url,
)

AHEAD = DAY + timedelta(days=1)



def _roster_ahead(desk: Desk, *logins: str) -> None:
    for login in logins:
        people.set_roster(desk.db, login=login, day=AHEAD, start=SHIFT[0], end=SHIFT[1], lunch=LUNCH)


def _free(desk: Desk, login: str) -> list[str]:
    """``login``'s free slots of the day ahead, as seen at 09:30 today."""
    return [f"{s.start.astimezone(SP):%H:%M}" for s in slots.free_slots(desk.db, day=AHEAD, technician=login,
                                                                         at=at(9, 30))]


# 1. A new offer while another is pending needs confirmation


def test_a_second_offer_needs_confirmation_and_names_who_has_the_first(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    exc = desk.refused(lambda: desk.offer(1, "duda", at(9, 10)), Conflict, numbers=[1])
    assert exc.code == "conflict.offer_pending"
    assert "Caio Técnico (caio)" in str(exc) and "09:05" in str(exc)
    # someone else offering it to the same person is no retry of the first offer either
    exc = desk.refused(lambda: desk.offer(1, "caio", at(9, 10), actor="sara"), Conflict, numbers=[1])
    assert exc.code == "conflict.offer_pending"
    assert desk.show(1).offered_to == "caio"


def test_replacing_withdraws_the_first_offer_and_records_it_for_its_person(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    revision = desk.revision()
    result = offers.offer(desk.db, 1, actor="ana", to="duda", replace=True, at=at(9, 10))
    assert (result.occurrence.status, result.occurrence.offered_to) == ("offered", "duda")
    history = [(h.by, h.action, h.detail) for h in desk.show(1).history or ()]
    assert ("ana", "offer_withdrawn", "oferta a caio retirada: oferecida a duda") in history
    assert history[-1] == ("ana", "offered", "oferecida a duda")
    feed = changes_since(desk.db, revision).changes
    assert ("occurrence", desk.occurrence_id(1), "offer_withdrawn") in [(c.entity, c.entity_id, c.action)
                                                                         for c in feed]
    assert offers.offers_for(desk.db, login="caio", at=at(9, 11)) == []
    assert [o.number for o in offers.offers_for(desk.db, login="duda", at=at(9, 11))] == [1]


@pytest.mark.parametrize("answer", ["accept", "refuse"])
def test_the_first_person_hears_that_the_offer_was_withdrawn(desk: Desk, answer: str) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    offers.offer(desk.db, 1, actor="ana", to="duda", replace=True, at=at(9, 10))

    def answer_it() -> object:
        if answer == "accept":
            return offers.accept(desk.db, 1, actor="caio", at=at(9, 12))
        return offers.refuse(desk.db, 1, actor="caio", reason="em outro atendimento", at=at(9, 12))

    exc = desk.refused(answer_it, Conflict, numbers=[1])
    assert exc.code == "conflict.offer_withdrawn" and exc.exit_code == 5
    assert str(exc) == ("a oferta da OC 1 foi retirada: Ana Atendente (ana) ofereceu a OC a outra pessoa "
                        "às 09:10.")
    offers.accept(desk.db, 1, actor="duda", at=at(9, 13))
    exc = desk.refused(answer_it, Conflict, numbers=[1])  # even once duda has it, caio's offer is what changed
    assert exc.code == "conflict.offer_withdrawn"


def test_a_replacement_sent_again_is_a_retry(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    offers.offer(desk.db, 1, actor="ana", to="duda", replace=True, at=at(9, 10))
    before = desk.snapshot([1])
    for replace in (True, False):  # the same person, the same outcome: answered, nothing changes
        again = offers.offer(desk.db, 1, actor="ana", to="duda", replace=replace, at=at(9, 11))
        assert again.occurrence.offered_to == "duda"
    assert desk.snapshot([1]) == before


def test_replacing_still_checks_r4_first(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    people.record_presence(desk.db, login="duda", kind="lunch", at=at(12, 0))
    desk.refused(lambda: offers.offer(desk.db, 1, actor="ana", to="duda", replace=True, at=at(12, 5)),
                 RuleViolation, "R4", numbers=[1])
    assert desk.show(1).offered_to == "caio"


# 2. A person's own pending offers


def test_offers_mine_lists_what_waits_for_that_person(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.call(at(9, 1), client="BETA", summary="Impressora parada", sla="4H")
    desk.call(at(9, 2))
    desk.offer(2, "caio", at(9, 5))
    desk.offer(1, "caio", at(9, 20), actor="sara")
    desk.offer(3, "duda", at(9, 21))
    mine = offers.offers_for(desk.db, login="caio", at=at(9, 30))
    assert [(o.number, o.client, o.offered_by, o.waiting_minutes) for o in mine] == [(2, "BETA", "ana", 25),
                                                                                     (1, "ACME", "sara", 10)]
    first = mine[0]
    assert (first.summary, first.tab, first.sla, first.sla_state) == ("Impressora parada", "n1_rapida", "4H",
                                                                       "on_track")
    assert first.remaining_minutes == 4 * 60 - 29 and first.offered_at == at(9, 5)
    offers.accept(desk.db, 2, actor="caio", at=at(9, 31))
    assert [o.number for o in offers.offers_for(desk.db, login="caio", at=at(9, 32))] == [1]
    assert offers.offers_for(desk.db, login="ana", at=at(9, 32)) == []
    with pytest.raises(NotFound):
        offers.offers_for(desk.db, login="nobody", at=at(9, 32))


# 3. Appointments ahead of time, only with the OC's tab's technicians


def test_slots_ahead_list_technicians_only(desk: Desk) -> None:
    _roster_ahead(desk, "caio", "fabi", "ana")
    found = slots.free_slots(desk.db, day=AHEAD, at=at(9, 0))
    assert {s.technician for s in found} == {"caio", "fabi"}  # ana is an attendant: no appointments
    assert len([s for s in found if s.technician == "caio"]) == 8  # 08:00–17:00 minus lunch
    assert {s.technician for s in slots.free_slots(desk.db, day=AHEAD, tab="n1_rapida", at=at(9, 0))} == {"caio"}
    assert slots.free_slots(desk.db, day=AHEAD + timedelta(days=1), at=at(9, 0)) == []  # nobody rostered
    exc = desk.refused(lambda: slots.free_slots(desk.db, day=AHEAD, technician="ana", at=at(9, 0)), RuleViolation,
                       "R10")
    assert exc.code == "R10.not_technician"
    exc = desk.refused(lambda: slots.free_slots(desk.db, day=AHEAD, tab="n1_rapida", technician="fabi",
                                                at=at(9, 0)), RuleViolation, "R10")
    assert exc.code == "R10.not_in_tab" and "Especialista" in str(exc) and "N1 - Rápida" in str(exc)


def test_booking_ahead_takes_only_a_technician_of_the_ocs_tab(desk: Desk) -> None:
    _roster_ahead(desk, "caio", "fabi", "ana")
    for login, code in (("fabi", "R10.not_in_tab"), ("ana", "R10.not_technician"), ("edu", "R10.not_in_tab")):
        exc = desk.refused(lambda who=login: desk.call(at(9, 0), slot=at(10, 0, AHEAD), technician=who),
                           RuleViolation, "R10")
        assert exc.code == code
    oc = desk.call(at(9, 0), slot=at(10, 0, AHEAD), technician="caio")
    assert (oc.number, oc.assignee, oc.status) == (1, "caio", "open")
    assert "10:00" not in _free(desk, "caio")


def test_board_rows_carry_the_appointment(desk: Desk) -> None:
    _roster_ahead(desk, "caio")
    desk.call(at(9, 0))
    desk.call(at(9, 1), slot=at(10, 0, AHEAD), technician="caio")
    rows = {r.number: r for r in board.open_rows(desk.db)}
    assert rows[1].appointment_at is None and rows[2].appointment_at == at(10, 0, AHEAD)
    slots.move_booking(desk.db, 2, actor="ana", slot=at(14, 0, AHEAD), technician="caio", at=at(9, 30))
    [moved] = board.rows_by_id(desk.db, [desk.occurrence_id(2)])
    assert moved.appointment_at == at(14, 0, AHEAD)


# Cancelling and moving a booking


def test_cancel_frees_the_slot_and_the_oc_stays_with_its_technician(desk: Desk) -> None:
    _roster_ahead(desk, "caio")
    desk.call(at(9, 0), slot=at(10, 0, AHEAD), technician="caio")
    revision = desk.revision()
    view = slots.cancel_booking(desk.db, 1, actor="ana", at=at(9, 30))
    assert (view.assignee, view.status) == ("caio", "open")
    assert "10:00" in _free(desk, "caio")
    last = (desk.show(1).history or ())[-1]
    assert (last.by, last.action) == ("ana", "booking_cancelled") and "caio 25/11 10:00" in last.detail
    assert [(c.entity, c.action) for c in changes_since(desk.db, revision).changes] == [
        ("occurrence", "booking_cancelled")]
    assert [r.appointment_at for r in board.open_rows(desk.db)] == [None]
    before = desk.snapshot([1])
    assert slots.cancel_booking(desk.db, 1, actor="ana", at=at(9, 31)).assignee == "caio"  # a retry
    assert desk.snapshot([1]) == before
    exc = desk.refused(lambda: slots.cancel_booking(desk.db, 1, actor="bia", at=at(9, 32)), NotFound, numbers=[1])
    assert exc.code == "not_found.booking"


def test_an_appointment_under_way_is_neither_cancelled_nor_moved(desk: Desk) -> None:
    desk.call(at(9, 0), slot=at(10, 0), technician="caio")
    exc = desk.refused(lambda: slots.cancel_booking(desk.db, 1, actor="caio", at=at(10, 5)), RuleViolation, "R10",
                       numbers=[1])
    assert exc.code == "R10.booking_started" and "24/11 10:00" in str(exc)
    desk.refused(lambda: slots.move_booking(desk.db, 1, actor="caio", slot=at(15, 0), technician="caio",
                                            at=at(10, 5)), RuleViolation, "R10", numbers=[1])
    occurrences.close(desk.db, 1, actor="caio", faq="7037", at=at(10, 50))
    exc = desk.refused(lambda: slots.cancel_booking(desk.db, 1, actor="caio", at=at(11, 0)), RuleViolation, "R11",
                       numbers=[1])
    assert "desmarcada" in str(exc)


def test_move_to_another_free_time_of_the_same_technician(desk: Desk) -> None:
    _roster_ahead(desk, "caio")
    desk.call(at(9, 0), slot=at(10, 0, AHEAD), technician="caio")
    view = slots.move_booking(desk.db, 1, actor="ana", slot=at(11, 0, AHEAD), technician="caio", at=at(9, 30))
    assert view.assignee == "caio"
    free = _free(desk, "caio")
    assert "10:00" in free and "11:00" not in free
    last = (desk.show(1).history or ())[-1]
    assert (last.by, last.action, last.detail) == ("ana", "booking_moved",
                                                   "FAQ 7037: caio 25/11 10:00 → caio 25/11 11:00")
    before = desk.snapshot([1])
    slots.move_booking(desk.db, 1, actor="ana", slot=at(11, 0, AHEAD), technician="caio", at=at(9, 31))  # a retry
    assert desk.snapshot([1]) == before
    with desk.db.read() as s:
        assert [(b.starts_at, b.ends_at) for b in s.scalars(select(BookingRow))] == [(at(11, 0, AHEAD),
                                                                                      at(12, 0, AHEAD))]


def test_moving_onto_a_taken_slot_says_who_has_it(desk: Desk) -> None:
    _roster_ahead(desk, "caio", "duda")
    desk.call(at(9, 0), slot=at(10, 0, AHEAD), technician="caio")
    desk.call(at(9, 1), actor="bia", channel="blip", tab="n1_rapida", slot=at(15, 0, AHEAD), technician="caio")
    exc = desk.refused(lambda: slots.move_booking(desk.db, 1, actor="ana", slot=at(15, 0, AHEAD), technician="caio",
                                                  at=at(9, 30)), Conflict, "R10", numbers=[1, 2])
    assert exc.code == "R10.slot_taken" and "Bia Blip (bia)" in str(exc) and "OC 2" in str(exc)
    for hour, code in ((12, "R10.not_free"), (17, "R10.not_free")):  # lunch, after the shift
        exc = desk.refused(lambda h=hour: slots.move_booking(desk.db, 1, actor="ana", slot=at(h, 0, AHEAD),
                                                             technician="caio", at=at(9, 30)),
                           RuleViolation, "R10", numbers=[1, 2])
        assert exc.code == code
    exc = desk.refused(lambda: slots.move_booking(desk.db, 1, actor="ana", slot=at(10, 0, AHEAD + timedelta(1)),
                                                  technician="caio", at=at(9, 30)), NotFound, numbers=[1, 2])
    assert exc.code == "not_found.roster"
    exc = desk.refused(lambda: slots.move_booking(desk.db, 1, actor="ana", slot=at(10, 0, AHEAD), technician="fabi",
                                                  at=at(9, 30)), RuleViolation, "R10", numbers=[1, 2])
    assert exc.code == "R10.not_in_tab"
    with desk.db.read() as s:
        assert len(s.scalars(select(BookingRow)).all()) == 2


@pytest.mark.parametrize("who", ["caio", "sara"])
def test_moving_to_another_technician_is_the_owners_or_managements(desk: Desk, who: str) -> None:
    _roster_ahead(desk, "caio", "duda")
    desk.call(at(9, 0), slot=at(10, 0, AHEAD), technician="caio")
    exc = desk.refused(lambda: slots.move_booking(desk.db, 1, actor="ana", slot=at(14, 0, AHEAD), technician="duda",
                                                  at=at(9, 30)), NotPermitted, numbers=[1])
    assert "Caio Técnico (caio)" in str(exc)
    view = slots.move_booking(desk.db, 1, actor=who, slot=at(14, 0, AHEAD), technician="duda", at=at(9, 31))
    assert (view.assignee, view.status) == ("duda", "open")
    assert "10:00" in _free(desk, "caio") and "14:00" not in _free(desk, "duda")


# 4. FAQ 7347 and N1 - Rápida's site


def test_faq_7347_closes_only_complementary_calls(desk: Desk) -> None:
    desk.call(at(9, 0))
    exc = desk.refused(lambda: occurrences.close(desk.db, 1, actor="ana", faq="7347", at=at(9, 30)), RuleViolation,
                       "R2", numbers=[1])
    assert exc.code == "R2.faq_complementary_only" and exc.field is not None and exc.field.value == "faq"
    complementary = desk.call(at(9, 10), complementary_of=1)
    assert (complementary.status, complementary.faq) == ("closed", "7347")
    assert occurrences.close(desk.db, 1, actor="ana", faq="7001", at=at(9, 30)).status == "closed"


def test_n1_rapida_takes_registrations_from_the_matriz_only(desk: Desk) -> None:
    exc = desk.refused(lambda: desk.call(at(9, 0), actor="edu", tab="n1_rapida"), RuleViolation, "R3")
    assert exc.code == "R3.site_only" and "matriz" in str(exc) and exc.field is not None
    assert desk.call(at(9, 0), actor="edu", tab="n1_filiais").tab == "n1_filiais"  # his own sector's tab
    assert desk.call(at(9, 1), actor="bia", tab="n1_rapida").tab == "n1_rapida"  # Matriz, another sector
    people.add_staff(desk.db, login="flavia", name="Flávia Filial", role="supervisor", site="filial")
    assert desk.call(at(9, 2), actor="flavia", tab="n1_rapida").tab == "n1_rapida"  # management
    # the branch's OC reaches N1 - Rápida when management forwards it
    assert occurrences.forward(desk.db, 1, actor="sara", tab="n1_rapida", at=at(9, 10)).tab == "n1_rapida"


def test_the_roster_of_a_day_ahead_is_what_makes_its_slots(desk: Desk) -> None:
    """A day with no roster has no slots; rostering it makes them, for that technician only."""
    assert _free(desk, "caio") == []
    people.set_roster(desk.db, login="caio", day=AHEAD, start=time(13, 0), end=time(16, 0), lunch=None)
    assert _free(desk, "caio") == ["13:00", "14:00", "15:00"]
    assert _free(desk, "duda") == []
