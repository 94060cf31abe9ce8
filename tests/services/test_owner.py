"""Issue 8: an owner cannot be removed by anyone (R9), a booked OC that leaves gives its slot back (R10), and an
OC accepted while in the APOIO queue is no longer a free item there. On SQLite and PostgreSQL.

An OC with an owner is forwarded, sent to APOIO, re-offered or closed only by its owner or by management
(``MANAGEMENT_ROLES``: manager, supervisor, apoio, admin); anyone else gets ``NotPermitted`` (exit 6) naming the
owner, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from pitstop_desktop.db.orm import BookingRow
from pitstop_desktop.domain.errors import Conflict, NotFound, NotPermitted
from pitstop_desktop.services import apoio, occurrences, offers, people, slots
from pitstop_desktop.services.records import OccurrenceRecord
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    DAY,
    Desk,
    at,
    desk_db_url,
)


def _with_caio(desk: Desk) -> int:
    """OC 1 of N1 - Rápida, offered to caio and accepted: caio owns it."""
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    offers.accept(desk.db, 1, actor="caio", at=at(9, 6))
    return 1


OTHERS: dict[str, Callable[[Desk, str], object]] = {
    "forward": lambda d, who: occurrences.forward(d.db, 1, actor=who, tab="n1_blip_matriz", at=at(9, 10)),
    "forward to APOIO": lambda d, who: occurrences.forward(d.db, 1, actor=who, tab="apoio_n1", at=at(9, 10)),
    "apoio send": lambda d, who: apoio.send(d.db, 1, actor=who, reason="ninguém atende", at=at(9, 10)),
    "re-offer": lambda d, who: offers.offer(d.db, 1, actor=who, to="duda", at=at(9, 10)),
    "close": lambda d, who: occurrences.close(d.db, 1, actor=who, faq="7001", at=at(9, 10)),
}


@pytest.mark.parametrize("action", list(OTHERS))
@pytest.mark.parametrize("who", ["ana", "bia", "duda"])
def test_nobody_else_takes_an_owned_oc(desk: Desk, action: str, who: str) -> None:
    """The review's finding: an attendant of another tab (bia) took caio's OC with `oc forward`/`apoio send`."""
    number = _with_caio(desk)
    exc = desk.refused(lambda: OTHERS[action](desk, who), NotPermitted, numbers=[number])
    assert "Caio Técnico" in str(exc)
    if action != "close":  # closing keeps its old sentence, which names the owner without the login
        assert "Caio Técnico (caio)" in str(exc)
    view = desk.show(number)
    assert (view.assignee, view.status, view.tab) == ("caio", "in_progress", "n1_rapida")


@pytest.mark.parametrize("action", ["forward", "forward to APOIO", "apoio send", "close"])
@pytest.mark.parametrize("who", ["caio", "gil", "sara", "zenaide"])
def test_the_owner_or_management_hand_it_on(desk: Desk, action: str, who: str) -> None:
    number = _with_caio(desk)
    result = OTHERS[action](desk, who)
    assert isinstance(result, OccurrenceRecord)
    if action == "close":  # a closed OC keeps whoever worked on it
        assert (result.status, result.assignee) == ("closed", "caio")
    else:
        assert (result.status, result.assignee) == ("open", None)
    assert desk.show(number).status == result.status


@pytest.mark.parametrize("who", ["caio", "sara"])
def test_the_owner_or_management_re_offering_still_hears_r9(desk: Desk, who: str) -> None:
    """Re-offering an owned OC stays an R9 conflict for those who may act on it: forward or close it first."""
    number = _with_caio(desk)
    exc = desk.refused(lambda: OTHERS["re-offer"](desk, who), Conflict, "R9", numbers=[number])
    assert "caio" in str(exc)


def test_an_unowned_oc_is_still_anyones_to_forward_and_send(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.call(at(9, 1))
    assert occurrences.forward(desk.db, 1, actor="bia", tab="n1_blip_matriz", at=at(9, 5)).tab == "n1_blip_matriz"
    assert apoio.send(desk.db, 2, actor="bia", reason="ninguém atende", at=at(9, 5)).tab == "apoio_n1"


# R10: forwarding, sending or closing a booked OC frees its slot.

LEAVE: dict[str, Callable[[Desk, str], object]] = {
    "forward": lambda d, who: occurrences.forward(d.db, 1, actor=who, tab="n1_blip_matriz", at=at(9, 30)),
    "forward to APOIO": lambda d, who: occurrences.forward(d.db, 1, actor=who, tab="apoio_n1", at=at(9, 30)),
    "apoio send": lambda d, who: apoio.send(d.db, 1, actor=who, reason="cliente remarcou", at=at(9, 30)),
    "close": lambda d, who: occurrences.close(d.db, 1, actor=who, faq="7001", at=at(9, 30)),
}


def _caio_slots(desk: Desk) -> list[str]:
    return [f"{s.start.astimezone(at(0).tzinfo):%H:%M}"
            for s in slots.free_slots(desk.db, day=DAY, technician="caio", at=at(9, 30))]


@pytest.mark.parametrize("action", list(LEAVE))
@pytest.mark.parametrize("who", ["caio", "sara"])
def test_a_booked_oc_that_leaves_frees_its_slot(desk: Desk, action: str, who: str) -> None:
    desk.call(at(9, 0), slot=at(10, 0), technician="caio", summary="Instalar módulo fiscal")
    assert "10:00" not in _caio_slots(desk)
    LEAVE[action](desk, who)
    assert "10:00" in _caio_slots(desk), f"{action} by {who} kept caio's 10:00"
    view = desk.show(1)
    assert view.assignee == ("caio" if action == "close" else None)
    assert "slot_freed" in [h.action for h in view.history]
    freed = next(h for h in view.history if h.action == "slot_freed")
    assert freed.by == who and "caio" in freed.detail and "10:00" in freed.detail
    # the slot is really free: another call books it
    assert desk.call(at(9, 40), actor="bia", channel="blip", tab="n1_rapida", slot=at(10, 0),
                     technician="caio").assignee == "caio"


def test_an_appointment_under_way_stays_booked(desk: Desk) -> None:
    """Closing at 10:20 the appointment of 10:00: it happened, the booking stays as its record."""
    desk.call(at(9, 0), slot=at(10, 0), technician="caio")
    occurrences.close(desk.db, 1, actor="caio", faq="7037", at=at(10, 20))
    with desk.db.read() as s:
        assert len(s.scalars(select(BookingRow)).all()) == 1
    assert "slot_freed" not in [h.action for h in desk.show(1).history]


def test_a_booked_oc_is_its_technicians_to_hand_on(desk: Desk) -> None:
    """Booking makes the technician the owner: the attendant who booked it no longer moves it."""
    desk.call(at(9, 0), slot=at(10, 0), technician="caio")
    exc = desk.refused(lambda: occurrences.forward(desk.db, 1, actor="ana", tab="n1_blip_matriz", at=at(9, 30)),
                       NotPermitted, numbers=[1])
    assert "Caio Técnico (caio)" in str(exc)
    assert "10:00" not in _caio_slots(desk)


# An OC in the APOIO queue that someone is offered and accepts.


def _on_duty(desk: Desk, login: str) -> None:
    people.set_roster(desk.db, login=login, day=DAY, start=at(8, 0).time(), end=at(17, 0).time(),
                      lunch=(at(12, 0).time(), at(13, 0).time()))
    people.record_presence(desk.db, login=login, kind="login", at=at(8, 0))


def _in_apoio_offered_to(desk: Desk, to: str) -> int:
    _on_duty(desk, to)
    desk.call(at(9, 0))
    apoio.send(desk.db, 1, actor="ana", reason="ninguém atende", at=at(9, 5))
    desk.offer(1, to, at(9, 6), actor="sara")
    return 1


def test_an_apoio_person_who_accepts_holds_the_item(desk: Desk) -> None:
    number = _in_apoio_offered_to(desk, "zenaide")
    offers.accept(desk.db, number, actor="zenaide", at=at(9, 7))
    items = apoio.list_items(desk.db)
    assert [(i.number, i.claimed_by) for i in items] == [(number, "zenaide")], "shown as unclaimed"
    assert items[0].claimed_at == at(9, 7)
    with pytest.raises(NotFound):  # nothing free to take next
        apoio.claim(desk.db, actor="fernanda", at=at(9, 8))
    exc = desk.refused(lambda: apoio.claim(desk.db, number, actor="fernanda", at=at(9, 8)), Conflict, "R9",
                       numbers=[number])
    assert "zenaide" in str(exc) and "09:07" in str(exc)
    # she routes it on like any item she claimed
    routed = apoio.forward(desk.db, number, actor="zenaide", tab="n1_filiais", at=at(9, 9))
    assert routed.tab == "n1_filiais" and apoio.list_items(desk.db) == []


def test_someone_else_who_accepts_takes_it_out_of_the_queue(desk: Desk) -> None:
    people.add_staff(desk.db, login="ivo", name="Ivo Plantão", role="technician", tabs=("apoio_n1",))
    number = _in_apoio_offered_to(desk, "ivo")
    offers.accept(desk.db, number, actor="ivo", at=at(9, 7))
    assert apoio.list_items(desk.db) == [], "an OC with an owner outside APOIO is still in the queue"
    view = desk.show(number)
    assert (view.assignee, view.status) == ("ivo", "in_progress")
    with pytest.raises(NotFound):
        apoio.claim(desk.db, actor="fernanda", at=at(9, 8))
