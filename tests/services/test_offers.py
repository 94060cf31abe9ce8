"""R5 through the offers service: who counts as "every available technician refused", on SQLite and PostgreSQL.

``offers.refuse`` compares two sets of staff ids (the tab's available technicians and those who refused this OC
since it entered the tab) with ``rules.everyone_refused``.
"""

from __future__ import annotations

from pitstop_desktop.services import apoio, occurrences, offers, people
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    at,
    desk_db_url,
)


def test_a_refusal_still_counts_after_the_technician_went_to_lunch(desk: Desk) -> None:
    desk.call(at(11, 0))
    desk.offer(1, "caio", at(11, 5))
    assert offers.refuse(desk.db, 1, actor="caio", reason="em outro atendimento", at=at(11, 6)).moved_to_apoio is False
    people.record_presence(desk.db, login="caio", kind="lunch", at=at(12, 0))
    desk.offer(1, "duda", at(12, 5))
    result = offers.refuse(desk.db, 1, actor="duda", reason="não conheço o módulo", at=at(12, 6))
    assert result.moved_to_apoio is True
    assert [(i.number, i.reason) for i in apoio.list_items(desk.db)] == [(1, "everyone_refused")]


def test_refusals_of_another_oc_do_not_count(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.call(at(9, 1), summary="Impressora parada")
    desk.offer(1, "caio", at(9, 5))
    offers.refuse(desk.db, 1, actor="caio", reason="em outro atendimento", at=at(9, 6))
    desk.offer(2, "duda", at(9, 7))
    result = offers.refuse(desk.db, 2, actor="duda", reason="não conheço o módulo", at=at(9, 8))
    assert result.moved_to_apoio is False  # caio refused OC 1, not OC 2: he can still take it
    assert apoio.list_items(desk.db) == []


def test_refusals_from_an_earlier_stay_on_the_tab_do_not_count(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    offers.refuse(desk.db, 1, actor="caio", reason="em outro atendimento", at=at(9, 6))
    occurrences.forward(desk.db, 1, actor="ana", tab="n1_filiais", at=at(9, 10))
    occurrences.forward(desk.db, 1, actor="ana", tab="n1_rapida", at=at(9, 20))
    desk.offer(1, "duda", at(9, 25))
    result = offers.refuse(desk.db, 1, actor="duda", reason="não conheço o módulo", at=at(9, 26))
    assert result.moved_to_apoio is False  # caio's refusal was before the OC came back: offer it to him again
    assert apoio.list_items(desk.db) == []
