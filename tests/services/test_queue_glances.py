"""A queue row's OC glance (client, summary, SLA class, time left) changes only with the row itself, so the queues'
rides by id (``escalations.escalations_by_id_in``, ``apoio.items_by_id_in``) keep every glance shown current.

What a glance is made of is fixed once an OC is registered: no service renames a client or edits an OC's summary,
class or opening (``services/queue_facts.py`` says so where the glance is defined). The one change a glance shows
is closing ("encerrada"), and a close writes a change of every queue row of its OC in the same transaction — its
pending escalation cancelled, its APOIO item resolved — so the feed that names the close brings those rows, with
the closed glance, and the merges take them out. Checked with one OC shown in both queues at once.
"""

from __future__ import annotations

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.services import apoio, escalations, occurrences, queue_facts
from pitstop_desktop.services.changes import changes_since
from pitstop_desktop.services.queue_merge import merge_apoio, merge_approvals
from pitstop_desktop.services.unit_of_work import run
from tests.services.helpers import Desk, at, desk_db_url  # noqa: F401  (fixture: the desk, cloned per test)


def test_a_close_brings_every_queue_row_of_its_oc_with_the_closed_glance(desk: Desk) -> None:
    db = desk.db
    number = desk.call(at(9, 0), client="BETA", summary="Impressora não imprime").number
    apoio.send(db, number, actor="ana", reason="ninguém atende", at=at(9, 30))
    apoio.claim(db, number, actor="zenaide", at=at(9, 31))
    asked = escalations.escalate(db, number, actor="zenaide", target="n2", reason="not_solvable_n1", at=at(9, 32))
    queue, names, glances = escalations.approvals_panel(db, "gil")
    shown = apoio.queue_panel(db)
    (item,) = shown.queue
    assert [e.id for e in queue.pending] == [asked.id] and item.record.number == number  # in both queues
    assert (glances[number].client_name, glances[number].summary, item.glance.summary) == (
        "Beta S.A.", "Impressora não imprime", "Impressora não imprime")
    revision = changes_since(db, 0).revision

    occurrences.close(db, number, actor="zenaide", faq="1001", at=at(9, 40))
    batch = changes_since(db, revision)
    named = {(c.entity, c.action, c.entity_id) for c in batch.changes}
    assert {(Entity.ESCALATION.value, "cancelled", asked.id), (Entity.APOIO_ITEM.value, "resolved", item.id)} <= named

    closed = queue_facts.glances(db, [number])[number]
    assert not closed.is_open
    (escalation,) = run(db, lambda uow: escalations.escalations_by_id_in(uow, {asked.id}), write=False)
    (queued,) = run(db, lambda uow: apoio.items_by_id_in(uow, {item.id}), write=False)
    assert (escalation.record.status, escalation.glance) == ("cancelled", closed)
    assert (queued.open, queued.glance) == (False, closed)
    assert merge_approvals(queue, glances, [escalation], "gil", names, mine_limit=50) == (
        escalations.ApprovalsQueue([], queue.mine), {})
    assert merge_apoio(shown.queue, [queued], shown.names) == [] == apoio.queue_panel(db).queue
