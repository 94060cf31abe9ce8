"""Every acting command is idempotent under retry (issue 8), on SQLite and PostgreSQL.

An answer lost after COMMIT (a laptop that sleeps, a dropped VPN) makes a person or a script try again. The same
act by the same person answers with what it already did and changes nothing; a request id reused for another call,
another outcome, or another person is still refused.
"""

from __future__ import annotations

import pytest

from pitstop_desktop.domain.errors import Conflict, RuleViolation
from pitstop_desktop.services import apoio, escalations, occurrences, offers
from pitstop_desktop.services.records import OccurrenceRecord
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    at,
    desk_db_url,
)

# ----------------------------------------------------------------------------------------------------------
# Request ids


def test_the_same_call_with_the_same_request_id_returns_the_same_oc(desk: Desk) -> None:
    first = desk.call(at(9, 0), request_id="r-1", tab="n1_rapida", sla="4H")
    before = desk.snapshot([first.number])
    again = desk.call(at(9, 5), request_id="r-1", tab="n1_rapida", sla="4H")
    assert again.number == first.number
    assert desk.snapshot([first.number]) == before  # nothing written by the retry


def test_a_retry_still_matches_after_the_oc_moved_on(desk: Desk) -> None:
    first = desk.call(at(9, 0), request_id="r-1", tab="n1_rapida")
    occurrences.forward(desk.db, first.number, actor="ana", tab="n1_filiais", at=at(9, 3))
    assert desk.call(at(9, 5), request_id="r-1", tab="n1_rapida").number == first.number


@pytest.mark.parametrize("change", [
    {"client": "BETA"}, {"summary": "Outra coisa"}, {"channel": "email"}, {"kind": "error"}, {"sla": "4H"},
    {"tab": "n1_blip_matriz", "channel": "blip"}, {"actor": "bia", "tab": "n1_rapida"}, {"complementary_of": 1},
    {"slot": at(15, 0), "technician": "caio"},
])
def test_a_request_id_reused_for_another_call_is_refused_naming_its_oc(desk: Desk, change: dict[str, object]) -> None:
    desk.call(at(8, 50))  # OC 1, to link to
    first = desk.call(at(9, 0), request_id="r-1")
    exc = desk.refused(lambda: desk.call(at(9, 5), request_id="r-1", **change), Conflict, numbers=[first.number])
    assert exc.code == "conflict.request_id_reused" and exc.params["number"] == first.number
    assert f"OC {first.number}" in str(exc) and "r-1" in str(exc)


def test_a_booked_call_retried_matches_its_booking(desk: Desk) -> None:
    first = desk.call(at(9, 0), request_id="r-1", slot=at(15, 0), technician="caio")
    assert desk.call(at(9, 1), request_id="r-1", slot=at(15, 0), technician="caio").number == first.number
    desk.refused(lambda: desk.call(at(9, 1), request_id="r-1", slot=at(16, 0), technician="caio"), Conflict,
                 numbers=[first.number])


# ----------------------------------------------------------------------------------------------------------
# Decisions, acceptances and claims taken again by the same person


def test_an_escalation_decision_retried_by_its_decider_reports_success(desk: Desk) -> None:
    desk.call(at(9, 0))
    esc = escalations.escalate(desk.db, 1, actor="ana", target="especialistas", reason="long_in_line", at=at(9, 10))
    decided = escalations.approve(desk.db, esc.id, actor="gil", note="ok", at=at(9, 20))
    before = desk.snapshot([1])
    again = escalations.approve(desk.db, esc.id, actor="gil", note="ok", at=at(9, 21))
    assert again == decided and desk.snapshot([1]) == before
    exc = desk.refused(lambda: escalations.reject(desk.db, esc.id, actor="gil", reason="não", at=at(9, 22)),
                       Conflict, "R8", numbers=[1])  # another outcome: still "already decided"
    assert "gil" in str(exc)
    desk.refused(lambda: escalations.approve(desk.db, esc.id, actor="hugo", at=at(9, 22)), Conflict, "R8",
                 numbers=[1])  # another person: still refused


def test_a_rejection_retried_by_its_decider_reports_success(desk: Desk) -> None:
    desk.call(at(9, 0))
    esc = escalations.escalate(desk.db, 1, actor="ana", target="especialistas", reason="long_in_line", at=at(9, 10))
    decided = escalations.reject(desk.db, esc.id, actor="gil", reason="não agora", at=at(9, 20))
    before = desk.snapshot([1])
    assert escalations.reject(desk.db, esc.id, actor="gil", reason="não agora", at=at(9, 21)) == decided
    assert desk.snapshot([1]) == before
    desk.refused(lambda: escalations.approve(desk.db, esc.id, actor="gil", at=at(9, 22)), Conflict, "R8",
                 numbers=[1])


def test_accept_retried_by_the_acceptor_returns_the_oc(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    accepted = offers.accept(desk.db, 1, actor="caio", at=at(9, 6)).occurrence
    before = desk.snapshot([1])
    again = offers.accept(desk.db, 1, actor="caio", at=at(9, 7)).occurrence
    assert (again.number, again.assignee, again.status) == (accepted.number, "caio", "in_progress")
    assert desk.snapshot([1]) == before
    desk.refused(lambda: offers.accept(desk.db, 1, actor="duda", at=at(9, 7)), Conflict, "R9", numbers=[1])


def test_claim_retried_by_the_claimer_returns_the_item(desk: Desk) -> None:
    desk.call(at(9, 0))
    apoio.send(desk.db, 1, actor="ana", reason="ninguém atende", at=at(9, 5))
    item = apoio.claim(desk.db, 1, actor="zenaide", at=at(9, 10))
    before = desk.snapshot([1])
    again = apoio.claim(desk.db, 1, actor="zenaide", at=at(9, 11))
    assert (again.number, again.claimed_by, again.claimed_at) == (1, "zenaide", item.claimed_at)
    assert desk.snapshot([1]) == before
    desk.refused(lambda: apoio.claim(desk.db, 1, actor="fernanda", at=at(9, 11)), Conflict, "R9", numbers=[1])


def same(again: OccurrenceRecord, first: OccurrenceRecord) -> bool:
    """The same OC in the same state (the SLA countdown moved on with the clock)."""
    fields = ("number", "status", "tab", "assignee", "faq", "closed_at", "opened_at", "due_at")
    return all(getattr(again, f) == getattr(first, f) for f in fields)


def test_close_forward_and_send_retried_by_the_same_person_report_success(desk: Desk) -> None:
    for minute in (0, 1, 2):
        desk.call(at(9, minute))
    closed = occurrences.close(desk.db, 1, actor="ana", faq="1234", note="resolvido", at=at(9, 10))
    moved = occurrences.forward(desk.db, 2, actor="ana", tab="n1_blip_matriz", note="é do Blip", at=at(9, 11))
    sent = apoio.send(desk.db, 3, actor="ana", reason="ninguém atende", at=at(9, 12))
    before = desk.snapshot([1, 2, 3])
    assert same(occurrences.close(desk.db, 1, actor="ana", faq="1234", note="resolvido", at=at(9, 13)), closed)
    assert same(occurrences.forward(desk.db, 2, actor="ana", tab="n1_blip_matriz", note="é do Blip",
                                    at=at(9, 13)), moved)
    assert same(apoio.send(desk.db, 3, actor="ana", reason="ninguém atende", at=at(9, 13)), sent)
    assert desk.snapshot([1, 2, 3]) == before
    # another outcome or another person is a new act, judged as such
    desk.refused(lambda: occurrences.close(desk.db, 1, actor="ana", faq="9999", at=at(9, 14)), RuleViolation,
                 "R11", numbers=[1])
    desk.refused(lambda: occurrences.close(desk.db, 1, actor="bia", faq="1234", note="resolvido", at=at(9, 14)),
                 RuleViolation, "R11", numbers=[1])
    desk.refused(lambda: apoio.send(desk.db, 3, actor="bia", reason="ninguém atende", at=at(9, 14)),
                 RuleViolation, "R5", numbers=[3])


def test_offer_refuse_and_escalate_retried_by_the_same_person_report_success(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.call(at(9, 1))
    offered = offers.offer(desk.db, 1, actor="ana", to="caio", at=at(9, 5))
    before = desk.snapshot([1])
    assert same(offers.offer(desk.db, 1, actor="ana", to="caio", at=at(9, 6)).occurrence, offered.occurrence)
    assert desk.snapshot([1]) == before
    refused = offers.refuse(desk.db, 1, actor="caio", reason="em atendimento", at=at(9, 7))
    before = desk.snapshot([1])
    assert same(offers.refuse(desk.db, 1, actor="caio", reason="em atendimento", at=at(9, 8)).occurrence,
                refused.occurrence)
    assert desk.snapshot([1]) == before
    desk.refused(lambda: offers.refuse(desk.db, 1, actor="caio", reason="outro motivo", at=at(9, 8)),
                 RuleViolation, "R4", numbers=[1])
    asked = escalations.escalate(desk.db, 2, actor="ana", target="especialistas", reason="long_in_line",
                                 at=at(9, 10))
    before = desk.snapshot([2])
    assert escalations.escalate(desk.db, 2, actor="ana", target="especialistas", reason="long_in_line",
                                at=at(9, 11)) == asked
    assert desk.snapshot([2]) == before
