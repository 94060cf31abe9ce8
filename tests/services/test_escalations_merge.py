"""The approvals panel rides the live feed (issue 10): each batch's escalations, read by id in the feed's own
transaction (``escalations.escalations_by_id_in``), merged into the lists shown (``queue_merge.merge_approvals``).

The property that protects the people deciding: after every kind of change — requested, approved (R6, R7),
rejected, cancelled by a close — the merged lists are exactly what a full re-read (``approvals_panel``) gives, for
a manager, a requester whose "Minhas solicitações" is capped, and a supervisor. Each seat here does what a
console does: reads the feed since its revision, rides the escalations it names, merges, and compares.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from sqlalchemy import event

from pitstop_desktop.db import Database
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.services import escalations, occurrences, people, queue_facts
from pitstop_desktop.services.changes import changes_since
from pitstop_desktop.services.escalations import ApprovalsQueue, EscalationChange
from pitstop_desktop.services.queue_facts import OcGlance
from pitstop_desktop.services.queue_merge import merge_approvals
from pitstop_desktop.services.records import EscalationRecord
from pitstop_desktop.services.unit_of_work import run
from tests.services.helpers import Desk, at, desk_db_url  # noqa: F401  (fixture: the desk, cloned per test)

MINE = 2  # a small cap, so that "Minhas solicitações" overflows within a test



@dataclass
class Seat:
    """One console's approvals panel, as the console keeps it: the last full read, then merged changes."""

    db: Database
    login: str
    queue: ApprovalsQueue = field(default_factory=lambda: ApprovalsQueue([], []))
    glances: dict[int, OcGlance] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    revision: int = 0
    full_reads: int = 0

    def read_everything(self) -> None:
        self.revision = changes_since(self.db, 0).revision  # the feed's revision first, as the console does
        self.queue, self.names, self.glances = escalations.approvals_panel(self.db, self.login, mine_limit=MINE)
        self.full_reads += 1

    def follow(self) -> bool:
        """The feed since the seat's revision; its escalations ridden and merged. False: the merge could not place
        them, and the seat read everything."""
        batch = changes_since(self.db, self.revision)
        self.revision = batch.revision
        ids = frozenset(c.entity_id for c in batch.changes if c.entity == Entity.ESCALATION.value)
        if not ids:
            return True
        changes = ride(self.db, ids)
        merged = merge_approvals(self.queue, self.glances, changes, self.login, self.names, mine_limit=MINE)
        if merged is None:
            self.read_everything()
            return False
        self.queue, self.glances = merged
        return True

    def matches_a_full_read(self) -> None:
        queue, _names, glances = escalations.approvals_panel(self.db, self.login, mine_limit=MINE)
        assert self.queue.pending == queue.pending, self.login
        assert self.queue.mine == queue.mine, self.login
        assert self.glances == glances, self.login


def ride(db: Database, ids: frozenset[int]) -> list[EscalationChange]:
    return run(db, lambda uow: escalations.escalations_by_id_in(uow, ids), write=False)


def seats(db: Database) -> list[Seat]:
    """A manager, a requester (ana) and a supervisor who asks too (sara), each read in full once."""
    made = [Seat(db, login) for login in ("gil", "ana", "sara")]
    for seat in made:
        seat.read_everything()
    return made


def check(all_seats: list[Seat]) -> None:
    for seat in all_seats:
        assert seat.follow(), f"{seat.login}: the merge gave up"
        seat.matches_a_full_read()


def test_each_kind_of_change_merges_into_what_a_full_read_shows(desk: Desk) -> None:
    db = desk.db
    for n in range(1, 8):
        desk.call(at(9, n), summary=f"Chamado {n}", client="ACME" if n % 2 else "BETA")
    watching = seats(db)

    def ask(number: int, actor: str = "ana", target: str = "especialistas", minute: int = 0) -> EscalationRecord:
        return escalations.escalate(db, number, actor=actor, target=target, reason="long_in_line",
                                    note=f"nota {number}", at=at(10, minute or number))

    first = ask(1)
    check(watching)  # requested: pending for everyone, in ana's own list
    second, third = ask(2), ask(3, target="n2")
    check(watching)  # two at once, one of them to N2
    escalations.approve(db, first.id, actor="gil", note="ok", at=at(10, 20))
    check(watching)  # approved (R6): leaves pending, decided in ana's list
    fourth = ask(4)  # ana's third request: her list shows the two newest (MINE)
    check(watching)
    escalations.reject(db, second.id, actor="hugo", reason="resolver no N1", at=at(10, 21))
    check(watching)  # rejected: ana's list holds it no longer (beyond the cap), pending loses it
    escalations.approve(db, third.id, actor="gil", at=at(10, 22))
    check(watching)  # approved N2 (R7): the OC goes to APOIO, the request leaves pending
    fifth = ask(5, actor="sara", minute=23)
    occurrences.close(db, 4, actor="sara", faq="1001", at=at(10, 24))
    check(watching)  # the close cancels ana's pending request: gone from pending, cancelled in her list
    assert [e.status for e in watching[1].queue.mine] == ["cancelled", "approved"]
    ask(6, minute=25)
    escalations.reject(db, fifth.id, actor="gil", reason="não", at=at(10, 26))
    ask(7, actor="sara", minute=5)  # dated earlier (a command line's --at): waiting longer, listed first
    check(watching)  # several kinds in one batch
    assert [e.number for e in watching[0].queue.pending] == [7, 6]
    assert watching[2].queue.mine[0].number == 7 and watching[2].queue.mine[1].status == "rejected"
    assert fourth.id not in {e.id for e in watching[0].queue.pending}
    assert all(seat.full_reads == 1 for seat in watching)  # every change merged, none read again


def test_a_glance_rides_with_its_escalation(desk: Desk) -> None:
    """The pending row's OC (client, summary, SLA class, opening) comes with the escalation, as a full read has it."""
    db = desk.db
    number = desk.call(at(9, 0), client="BETA", summary="Impressora não imprime").number
    watching = seats(db)
    escalations.escalate(db, number, actor="ana", target="especialistas", reason="not_solvable_n1", at=at(9, 30))
    check(watching)
    glance = watching[0].glances[number]
    assert glance == queue_facts.glances(db, [number])[number]
    assert (glance.client_name, glance.summary, glance.is_open) == ("Beta S.A.", "Impressora não imprime", True)


def test_someone_the_panel_does_not_know_yet_makes_it_read_everything(desk: Desk) -> None:
    db = desk.db
    number = desk.call(at(9, 0)).number
    watching = seats(db)
    people.add_staff(db, login="iara", name="Iara Nova", role="attendant", site="matriz", tabs=("n1_rapida",))
    escalations.escalate(db, number, actor="iara", target="especialistas", reason="long_in_line", at=at(9, 30))
    for seat in watching:
        assert not seat.follow(), "a requester whose name the seat never read was merged"
        assert seat.full_reads == 2 and seat.names["iara"] == "Iara Nova"
        seat.matches_a_full_read()
    escalations.reject(db, watching[0].queue.pending[0].id, actor="gil", reason="não", at=at(9, 31))
    check(watching)  # known now: merged again


def test_the_merge_is_what_protects_the_lists(desk: Desk) -> None:
    """The comparison above can fail: a decision merged as if nothing changed leaves the row pending."""
    db = desk.db
    number = desk.call(at(9, 0)).number
    seat = Seat(db, "gil")
    seat.read_everything()
    asked = escalations.escalate(db, number, actor="ana", target="especialistas", reason="long_in_line",
                                 at=at(9, 30))
    assert seat.follow()
    escalations.approve(db, asked.id, actor="gil", at=at(9, 31))
    stale = ride(db, frozenset({asked.id}))
    assert stale[0].record.status == "approved"
    seat.revision = changes_since(db, 0).revision  # the batch swallowed without merging it
    with pytest.raises(AssertionError):
        seat.matches_a_full_read()


def test_the_ride_is_one_statement_without_the_staff_list(desk: Desk) -> None:
    """Issue 10: per change and per seat, one statement (no "all staff" read, no transaction of its own)."""
    db = desk.db
    for n in (1, 2):
        desk.call(at(9, n))
    asked = [escalations.escalate(db, n, actor="ana", target="n2", reason="long_in_line", at=at(9, 10 + n))
             for n in (1, 2)]
    escalations.approve(db, asked[0].id, actor="gil", at=at(9, 20))
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        changes = ride(db, frozenset({a.id for a in asked} | {999_999}))
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert len([s for s in statements if "escalations" in s]) == 1, statements
    assert not any(s.lstrip().startswith("SELECT staff.") for s in statements), statements  # no "all staff" read
    assert [(c.record.id, c.record.status, c.record.requested_by, c.record.decided_by) for c in changes] == [
        (asked[0].id, "approved", "ana", "gil"), (asked[1].id, "pending", "ana", None)]
    assert [c.record for c in changes] == [e for e in escalations.list_escalations(db) if e.id in {a.id for a in asked}]
