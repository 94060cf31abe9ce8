"""The technician's seat reads one person's day: offers made to them, the OCs they hold, their appointments."""

from __future__ import annotations

import pytest

from pitstop_desktop.domain.errors import NotFound, NotPermitted
from pitstop_desktop.services import offers, seat
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    DAY,
    Desk,
    at,
    desk_db_url,
)


def test_my_day_has_my_offers_my_ocs_and_my_appointments(desk: Desk) -> None:
    desk.call(at(9, 0), summary="oferecida a caio")
    desk.call(at(9, 1), summary="com caio, vence antes", sla="2H")
    desk.call(at(9, 2), summary="com caio, vence depois")
    desk.call(at(9, 3), summary="com duda")
    desk.call(at(9, 4), summary="agendada com caio", channel="blip", slot=at(15, 0), technician="caio")
    desk.offer(1, "caio", at(9, 10))
    for number, who in ((2, "caio"), (3, "caio"), (4, "duda")):
        desk.offer(number, who, at(9, 11))
        offers.accept(desk.db, number, actor=who, at=at(9, 12))
    day = seat.my_day(desk.db, "caio", at=at(10, 0))
    assert [(o.number, o.offered_by, o.offered_at) for o in day.offers] == [(1, "ana", at(9, 10))]
    assert day.offers[0].occurrence.summary == "oferecida a caio"
    assert [r.number for r in day.mine] == [2, 3, 5]  # soonest due first: the 2H one, then the 24H ones
    assert all(r.assignee == "caio" for r in day.mine)
    assert [(a.number, a.starts_at) for a in day.appointments] == [(5, at(15, 0))]
    assert day.presence == "login"  # the desk logs its technicians in at 08:00
    other = seat.my_day(desk.db, "duda", at=at(10, 0))
    assert (other.offers, [r.number for r in other.mine], other.appointments) == ((), [4], ())
    assert seat.my_day(desk.db, "ana", at=at(10, 0)).presence is None  # never logged in


def test_appointments_of_this_week_only(desk: Desk) -> None:
    desk.call(at(9, 4), channel="blip", slot=at(15, 0), technician="caio")
    assert seat.my_day(desk.db, "caio", at=at(8, 0)).appointments
    next_monday = DAY.fromordinal(DAY.toordinal() + 7 - DAY.weekday())
    assert seat.my_day(desk.db, "caio", at=at(8, 0, next_monday)).appointments == ()


def test_an_unknown_person_has_no_seat(desk: Desk) -> None:
    with pytest.raises(NotFound):
        seat.my_day(desk.db, "ninguem")


def test_where_my_day_stands(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    offers.accept(desk.db, 1, actor="caio", at=at(9, 6))
    assert seat.presence_today(desk.db, "caio", at=at(10, 0)) == seat.PresenceToday("login", True, 1)
    assert seat.presence_today(desk.db, "ana", at=at(10, 0)) == seat.PresenceToday(None, False, 0)


def test_the_owner_hands_an_oc_back_to_its_tab(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    offers.accept(desk.db, 1, actor="caio", at=at(9, 6))
    desk.refused(lambda: seat.hand_back(desk.db, 1, actor="duda", at=at(16, 0)), NotPermitted, numbers=[1])
    back = seat.hand_back(desk.db, 1, actor="caio", at=at(16, 0))
    assert (back.tab, back.status, back.assignee) == ("n1_rapida", "open", None)
    before = desk.snapshot([1])
    assert seat.hand_back(desk.db, 1, actor="caio", at=at(16, 1)).assignee is None  # a retry: nothing more
    assert desk.snapshot([1]) == before
    last = (desk.show(1).history or ())[-1]
    assert (last.by, last.action) == ("caio", "handed_back")
    offers.offer(desk.db, 1, actor="ana", to="duda", at=at(16, 5))  # the tab's people are offered it again
