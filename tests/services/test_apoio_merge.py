"""The APOIO panel rides the live feed (issue 10): each batch's APOIO items, read by id in the feed's own
transaction (``apoio.items_by_id_in``), merged into the queue shown (``queue_merge.merge_apoio``).

The property that protects APOIO: after every kind of change — sent (R5), claimed (R9), claimed as "the next",
forwarded, offered to a technician through APOIO, re-queued by an approved N2 escalation (R7), taken out by a
close, gone and back in one batch — the merged queue is exactly what a full re-read (``apoio.queue_panel``) gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from sqlalchemy import event

from pitstop_desktop.db import Database
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.services import apoio, escalations, occurrences, people
from pitstop_desktop.services.apoio import QueuedItem
from pitstop_desktop.services.changes import changes_since
from pitstop_desktop.services.queue_merge import merge_apoio
from pitstop_desktop.services.unit_of_work import run
from tests.services.helpers import Desk, at, desk_db_url  # noqa: F401  (fixture: the desk, cloned per test)


@dataclass
class Seat:
    """One console's APOIO panel, as the console keeps it: the last full read, then merged changes."""

    db: Database
    queue: list[QueuedItem] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    revision: int = 0
    full_reads: int = 0

    def read_everything(self) -> None:
        self.revision = changes_since(self.db, 0).revision
        read = apoio.queue_panel(self.db)
        self.queue, self.names = read.queue, read.names
        self.full_reads += 1

    def follow(self) -> bool:
        """The feed since the seat's revision; its APOIO items ridden and merged (False: it read everything)."""
        batch = changes_since(self.db, self.revision)
        self.revision = batch.revision
        ids = frozenset(c.entity_id for c in batch.changes if c.entity == Entity.APOIO_ITEM.value)
        if not ids:
            return True
        merged = merge_apoio(self.queue, ride(self.db, ids), self.names)
        if merged is None:
            self.read_everything()
            return False
        self.queue = merged
        return True

    def check(self) -> None:
        assert self.follow(), "the merge gave up"
        assert self.queue == apoio.queue_panel(self.db).queue
        # and the records are the ones every other reader of the queue sees
        assert [q.record for q in self.queue] == apoio.list_items(self.db)


def ride(db: Database, ids: frozenset[int]) -> list[QueuedItem]:
    return run(db, lambda uow: apoio.items_by_id_in(uow, ids), write=False)


def _one_queued(desk: Desk) -> tuple[int, Seat]:
    """One OC sent to APOIO at 09:30, and a seat that has read the queue."""
    number = desk.call(at(9, 0)).number
    apoio.send(desk.db, number, actor="ana", reason="ninguém atende", at=at(9, 30))
    seat = Seat(desk.db)
    seat.read_everything()
    return number, seat


def test_each_kind_of_change_merges_into_what_a_full_read_shows(desk: Desk) -> None:
    db = desk.db
    for n in range(1, 7):
        desk.call(at(9, n), summary=f"Chamado {n}", client="ACME" if n % 2 else "BETA")
    seat = Seat(db)
    seat.read_everything()

    def send(number: int, minute: int) -> None:
        apoio.send(db, number, actor="ana", reason=f"ninguém atende a {number}", at=at(10, minute))

    send(1, 1)
    seat.check()  # sent: a new item
    send(2, 2)
    send(3, 3)
    send(4, 0)  # dated earlier (a command line's --at): waiting longer, listed first
    seat.check()
    assert [q.record.number for q in seat.queue] == [4, 1, 2, 3]
    apoio.claim(db, 2, actor="zenaide", at=at(10, 10))
    seat.check()  # claimed by number
    claimed = apoio.claim(db, None, actor="fernanda", at=at(10, 11))
    seat.check()  # the next free one
    assert claimed.number == 4 and seat.queue[0].record.claimed_by == "fernanda"
    apoio.forward(db, 2, actor="zenaide", tab="n1_filiais", at=at(10, 12))
    seat.check()  # forwarded: leaves the queue
    apoio.forward(db, 1, actor="zenaide", tab="n1_rapida", to="caio", at=at(10, 13))
    seat.check()  # offered to a technician through APOIO: leaves the queue
    apoio.claim(db, 3, actor="zenaide", at=at(10, 14))
    escalations.escalate(db, 3, actor="zenaide", target="n2", reason="not_solvable_n1", at=at(10, 15))
    seat.check()  # (an escalation is no APOIO item: the batch may name none)
    pending = next(e for e in escalations.list_escalations(db, pending_only=True) if e.number == 3)
    escalations.approve(db, pending.id, actor="gil", at=at(10, 16))
    seat.check()  # approved N2 while queued: the same item, a new reason, nobody's again (R7)
    three = next(q for q in seat.queue if q.record.number == 3)
    assert (three.record.reason, three.record.claimed_by) == ("n2_approved", None)
    occurrences.close(db, 4, actor="fernanda", faq="1001", at=at(10, 17))
    seat.check()  # closed: its item resolved
    send(5, 18)
    apoio.claim(db, 5, actor="fernanda", at=at(10, 19))
    apoio.forward(db, 3, actor="zenaide", tab="n2", at=at(10, 20))
    seat.check()  # several kinds in one batch
    assert [q.record.number for q in seat.queue] == [5]
    assert seat.full_reads == 1  # every change merged, none read again


def test_an_oc_that_leaves_and_comes_back_in_one_batch_stays_queued(desk: Desk) -> None:
    db = desk.db
    number, seat = _one_queued(desk)
    (old,) = seat.queue
    apoio.forward(db, number, actor="zenaide", tab="n1_rapida", at=at(9, 31))
    apoio.send(db, number, actor="ana", reason="de novo", at=at(9, 32))
    seat.check()
    (new,) = seat.queue
    assert new.id != old.id and new.record.note == "de novo"
    # the old item's departure, merged late (a full read already shows the new one), takes nothing away
    assert merge_apoio(seat.queue, ride(db, frozenset({old.id})), seat.names) == seat.queue


def test_a_claimer_the_panel_does_not_know_yet_makes_it_read_everything(desk: Desk) -> None:
    db = desk.db
    number, seat = _one_queued(desk)
    people.add_staff(db, login="janne", name="Janne Apoio", role="apoio", site="matriz", tabs=("apoio_n1",))
    apoio.claim(db, number, actor="janne", at=at(9, 31))
    assert not seat.follow(), "a claimer whose name the seat never read was merged"
    assert seat.full_reads == 2 and seat.names["janne"] == "Janne Apoio"
    assert seat.queue == apoio.queue_panel(db).queue


def test_the_merge_is_what_protects_the_queue(desk: Desk) -> None:
    """The comparison above can fail: a claim swallowed without merging leaves the item free on screen."""
    db = desk.db
    number, seat = _one_queued(desk)
    apoio.claim(db, number, actor="zenaide", at=at(9, 31))
    seat.revision = changes_since(db, 0).revision
    with pytest.raises(AssertionError):
        seat.check()


def test_the_ride_is_one_statement_with_the_glances(desk: Desk) -> None:
    db = desk.db
    number = desk.call(at(9, 0), client="BETA", summary="Impressora").number
    apoio.send(db, number, actor="ana", reason="ninguém atende", at=at(9, 30))
    (item,) = apoio.queue_panel(db).queue
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        (ridden,) = ride(db, frozenset({item.id, 999_999}))
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert len([s for s in statements if "apoio_items" in s]) == 1, statements
    assert ridden == item and (ridden.glance.client_name, ridden.glance.summary) == ("Beta S.A.", "Impressora")
