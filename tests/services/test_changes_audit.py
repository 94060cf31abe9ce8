"""Audit events, the change feed and PostgreSQL notifications: every change is recorded in its own transaction.

``pitstop_desktop.changes_since(db, N)`` answers "what changed after revision N?"; every committed use case
adds exactly one revision, with one feed row per audit event; a refused use case adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import make_url, text

import pitstop_desktop
from pitstop_desktop.domain.errors import BadValue, Conflict, NotFound, NotPermitted, PitstopError, RuleViolation
from pitstop_desktop.services import apoio, escalations, occurrences, offers, people
from pitstop_desktop.services.records import to_jsonable
from pitstop_desktop.services.unit_of_work import NOTIFY_CHANNEL, UnitOfWork
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    SP,
    Desk,
    at,
    desk_db_url,
)


def _audit(desk: Desk, after_id: int = 0) -> list[tuple[str, int, str]]:
    with desk.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT entity, entity_id, action FROM audit_events WHERE id > :i ORDER BY id"),
                            {"i": after_id}).all()
    return [(e, int(i), a) for e, i, a in rows]


def _last_audit_id(desk: Desk) -> int:
    with desk.db.engine.connect() as conn:
        return int(conn.execute(text("SELECT coalesce(max(id), 0) FROM audit_events")).scalar_one())


def _workflow(desk: Desk) -> list[tuple[str, int, Callable[[], object]]]:
    """(name, the OC it touches, the action): one OC's whole life, then a complementary call."""
    db = desk.db
    return [
        ("register", 1, lambda: desk.call(at(9, 0))),
        ("offer", 1, lambda: desk.offer(1, "caio", at(9, 5))),
        ("accept", 1, lambda: offers.accept(db, 1, actor="caio", at=at(9, 6))),
        ("escalate", 1, lambda: escalations.escalate(db, 1, actor="caio", target="especialistas",
                                                     reason="long_in_line", at=at(9, 10))),
        ("reject", 1, lambda: escalations.reject(db, 1, actor="gil", reason="resolva no N1", at=at(9, 20))),
        ("forward", 1, lambda: occurrences.forward(db, 1, actor="sara", tab="n1_blip_matriz", at=at(9, 25))),
        ("send", 1, lambda: apoio.send(db, 1, actor="bia", reason="ninguém atende", at=at(9, 30))),
        ("claim", 1, lambda: apoio.claim(db, actor="zenaide", at=at(9, 31))),
        ("complementary", 2, lambda: desk.call(at(9, 35), complementary_of=1)),
        ("close", 1, lambda: occurrences.close(db, 1, actor="zenaide", faq="7001", at=at(9, 40))),
    ]


def test_every_use_case_adds_one_revision_with_its_audit_events(desk: Desk) -> None:
    start = desk.revision()
    assert start > 0  # building the desk (staff, clients, roster, presence) was recorded too
    for step, (name, number, action) in enumerate(_workflow(desk), start=1):
        audit_before = _last_audit_id(desk)
        action()
        batch = pitstop_desktop.changes_since(desk.db, start + step - 1)
        assert (batch.since, batch.revision) == (start + step - 1, start + step), name
        assert batch.changes, name
        assert {c.revision for c in batch.changes} == {start + step}, name
        written = _audit(desk, audit_before)
        assert sorted(written) == sorted((c.entity, c.entity_id, c.action) for c in batch.changes), name
        assert ("occurrence", desk.occurrence_id(number)) in {(c.entity, c.entity_id) for c in batch.changes}, name
    everything = pitstop_desktop.changes_since(desk.db, start)
    assert [c.revision for c in everything.changes] == sorted(c.revision for c in everything.changes)
    assert everything.revision == start + len(_workflow(desk))


def test_changes_since_names_the_changed_occurrences(desk: Desk, db_url: str) -> None:
    start = desk.revision()
    first = desk.call(at(9, 0))
    second = desk.call(at(9, 1), client="BETA")
    desk.call(at(9, 2), complementary_of=first.number)
    ids = {n: desk.occurrence_id(n) for n in (1, 2, 3)}
    batch = pitstop_desktop.changes_since(db_url, start)  # by URL, as an integration would
    assert batch.revision == start + 3
    by_revision: dict[int, set[int]] = {}
    for change in batch.changes:
        if change.entity == "occurrence":
            by_revision.setdefault(change.revision, set()).add(change.entity_id)
    assert by_revision == {start + 1: {ids[1]}, start + 2: {ids[2]}, start + 3: {ids[3], ids[1]}}
    assert second.number == 2
    assert all(c.at == at(9, 2) for c in batch.changes if c.revision == start + 3)
    assert pitstop_desktop.changes_since(desk.db, batch.revision).changes == ()
    assert pitstop_desktop.changes_since(desk.db, batch.revision).revision == batch.revision


def test_changes_since_pages_by_whole_revisions(desk: Desk) -> None:
    start = desk.revision()
    desk.call(at(9, 0))
    desk.call(at(9, 1), complementary_of=1)  # one revision with three feed rows
    desk.call(at(9, 2))
    seen: list[tuple[int, str, int, str]] = []
    since = start
    while True:
        batch = pitstop_desktop.changes_since(desk.db, since, limit=2)
        if not batch.changes:
            break
        assert batch.revision > since
        assert all(since < c.revision <= batch.revision for c in batch.changes)
        seen.extend((c.revision, c.entity, c.entity_id, c.action) for c in batch.changes)
        since = batch.revision
    assert since == start + 3
    assert seen == [(c.revision, c.entity, c.entity_id, c.action)
                    for c in pitstop_desktop.changes_since(desk.db, start).changes]
    assert len(seen) == 5


def test_records_and_roster_changes_are_in_the_feed(desk: Desk) -> None:
    start = desk.revision()
    people.add_client(desk.db, code="GAMA", name="Gama ME")
    people.add_staff(desk.db, login="iara", name="Iara Técnica", role="technician", tabs=["n1_rapida"])
    people.record_presence(desk.db, login="ana", kind="login", at=at(8, 30))
    entities = [(c.revision, c.entity, c.action) for c in pitstop_desktop.changes_since(desk.db, start).changes]
    assert entities == [(start + 1, "client", "added"), (start + 2, "staff", "added"),
                        (start + 3, "presence", "login")]


# OC 1 awaits approval of escalation 2 (asked by gil); OC 2 is in APOIO, claimed by zenaide; OC 3 is new.
REFUSALS: list[tuple[str, type[PitstopError], Callable[[Desk], object]]] = [
    ("R3", RuleViolation, lambda d: occurrences.forward(d.db, 2, actor="sara", tab="n1_blip_filiais", at=at(9, 10))),
    ("R6", RuleViolation, lambda d: occurrences.forward(d.db, 1, actor="sara", tab="n1_filiais", at=at(9, 10))),
    ("R4", RuleViolation, lambda d: d.offer(3, "edu", at(9, 10))),
    ("R11", RuleViolation, lambda d: occurrences.close(d.db, 3, actor="ana", faq="", at=at(9, 10))),
    ("R8", RuleViolation, lambda d: escalations.approve(d.db, 2, actor="gil", at=at(9, 10))),
    ("R9", Conflict, lambda d: apoio.claim(d.db, 2, actor="fernanda", at=at(9, 10))),
    ("R8", Conflict, lambda d: escalations.approve(d.db, 1, actor="hugo", at=at(9, 10))),
    ("", NotPermitted, lambda d: escalations.approve(d.db, 2, actor="sara", at=at(9, 10))),
    ("", NotFound, lambda d: occurrences.forward(d.db, 99, actor="ana", tab="n1_filiais", at=at(9, 10))),
    ("", BadValue, lambda d: d.call(at(9, 10), summary="")),
]


def test_a_refused_action_adds_nothing(desk: Desk) -> None:
    desk.call(at(9, 0))
    escalations.escalate(desk.db, 1, actor="gil", target="n2", reason="long_in_line", at=at(9, 1))
    escalations.reject(desk.db, 1, actor="hugo", reason="não", at=at(9, 2))
    desk.call(at(9, 3))
    apoio.send(desk.db, 2, actor="ana", reason="ninguém", at=at(9, 4))
    apoio.claim(desk.db, 2, actor="zenaide", at=at(9, 5))
    escalations.escalate(desk.db, 1, actor="gil", target="especialistas", reason="long_in_line", at=at(9, 6))
    desk.call(at(9, 7))
    revision, audit = desk.revision(), _last_audit_id(desk)
    for rule, error, action in REFUSALS:
        desk.refused(lambda a=action: a(desk), error, rule or None, numbers=[1, 2, 3])
    assert pitstop_desktop.changes_since(desk.db, revision).changes == ()
    assert _last_audit_id(desk) == audit
    desk.call(at(9, 20))
    assert pitstop_desktop.changes_since(desk.db, revision).revision == revision + 1  # no gap either


def test_audit_feed_and_change_commit_together_or_not_at_all(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    before = desk.snapshot()
    original = UnitOfWork.finish

    def finish_then_fail(self: UnitOfWork) -> int | None:
        original(self)  # the audit events, the feed rows and the notification are written ...
        raise RuntimeError("power cut before commit")  # ... and the transaction dies

    monkeypatch.setattr(UnitOfWork, "finish", finish_then_fail)
    with pytest.raises(RuntimeError):
        desk.call(at(9, 0))
    monkeypatch.undo()
    assert desk.snapshot() == before
    assert desk.call(at(9, 1)).number == 1


def test_history_lists_who_did_what_and_when_in_order(desk: Desk) -> None:
    for _, _, action in _workflow(desk)[:6]:
        action()
    view = desk.show(1)
    got = [(h.at, h.by, h.action) for h in view.history]
    assert got == [
        (at(9, 0), "ana", "registered"),
        (at(9, 5), "ana", "offered"),
        (at(9, 6), "caio", "accepted"),
        (at(9, 10), "caio", "escalation_requested"),
        (at(9, 20), "gil", "escalation_rejected"),
        (at(9, 25), "sara", "forwarded"),
    ]
    assert "caio" in view.history[1].detail
    assert "resolva no N1" in view.history[4].detail
    assert "n1_rapida" in view.history[5].detail and "n1_blip_matriz" in view.history[5].detail
    as_json = to_jsonable(view, SP)["history"]
    assert [set(h) for h in as_json] == [{"at", "by", "action", "detail", "backfilled"}] * len(got)
    assert as_json[0]["at"] == "2026-11-24T09:00:00-03:00"
    # the audit row keeps what the change was: before → after
    with desk.db.engine.connect() as conn:
        before, after = conn.execute(text(
            "SELECT before, after FROM audit_events WHERE action = 'forwarded' ORDER BY id DESC")).first()
    before, after = (json.loads(v) if isinstance(v, str) else v for v in (before, after))
    assert (before["tab"], after["tab"]) == ("n1_rapida", "n1_blip_matriz")
    assert (before["status"], after["status"]) == ("in_progress", "open")


def test_history_is_per_occurrence(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.call(at(9, 1), client="BETA")
    desk.offer(2, "duda", at(9, 2))
    assert [h.action for h in desk.show(1).history] == ["registered"]
    assert [h.action for h in desk.show(2).history] == ["registered", "offered"]
    assert occurrences.show(desk.db, 1, at=at(9, 3), history=False).history is None


# PostgreSQL: LISTEN/NOTIFY in the same transaction


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def listener(db_url: str):  # type: ignore[no-untyped-def]
    with psycopg.connect(_libpq(db_url), autocommit=True) as conn:
        conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        yield conn


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgresql_notifies_the_revision_and_ids_after_commit(desk: Desk, listener: psycopg.Connection) -> None:
    # A refused action first: it must not notify, so the first notification is the register_call's.
    desk.refused(lambda: desk.call(at(9, 0), client="NOPE"), NotFound)
    oc = desk.call(at(9, 0))
    revision = desk.revision()
    (note,) = list(listener.notifies(timeout=5, stop_after=1))
    assert note.channel == NOTIFY_CHANNEL
    payload = json.loads(note.payload)
    assert payload["revision"] == revision
    assert {"entity": "occurrence", "id": desk.occurrence_id(oc.number)} in payload["changes"]
    # one transaction touching two OCs: one notification carrying both ids
    desk.call(at(9, 5), complementary_of=1)
    (note,) = list(listener.notifies(timeout=5, stop_after=1))
    payload = json.loads(note.payload)
    assert payload["revision"] == revision + 1
    ids = {c["id"] for c in payload["changes"] if c["entity"] == "occurrence"}
    assert ids == {desk.occurrence_id(1), desk.occurrence_id(2)}


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgresql_rolled_back_change_notifies_nobody(
        desk: Desk, listener: psycopg.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    original = UnitOfWork.finish

    def finish_then_fail(self: UnitOfWork) -> int | None:
        original(self)
        raise RuntimeError("rolled back after pg_notify")

    monkeypatch.setattr(UnitOfWork, "finish", finish_then_fail)
    with pytest.raises(RuntimeError):
        desk.call(at(9, 0))
    monkeypatch.undo()
    desk.call(at(9, 1))
    # the rolled-back OC took a database id (sequences are not transactional) but was never announced
    (note,) = list(listener.notifies(timeout=5, stop_after=1))
    payload = json.loads(note.payload)
    assert payload["revision"] == desk.revision()
    assert [c["id"] for c in payload["changes"] if c["entity"] == "occurrence"] == [desk.occurrence_id(1)]
    assert desk.show(1).opened_at == at(9, 1)


def test_a_dated_action_comes_after_the_ocs_last_event_and_the_history_says_it_was_dated(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.offer(1, "caio", at(9, 5))
    exc = desk.refused(lambda: occurrences.close(desk.db, 1, actor="ana", faq="1234", at=at(8, 30)), BadValue,
                       numbers=[1])
    assert exc.code == "value.closed_before_opened"
    exc = desk.refused(lambda: occurrences.forward(desk.db, 1, actor="ana", tab="n1_blip_matriz", at=at(9, 2)),
                       BadValue, numbers=[1])
    assert (exc.code, exc.params["number"]) == ("value.before_last_event", 1)
    occurrences.forward(desk.db, 1, actor="ana", tab="n1_blip_matriz", at=at(9, 6))
    assert all(h.backfilled for h in desk.show(1).history or ())  # every action of this test gave its time


def test_an_action_at_the_clock_of_the_moment_is_not_marked_dated(desk: Desk) -> None:
    number = occurrences.register_call(desk.db, actor="ana", client="ACME", channel="phone", summary="Agora").number
    (registered,) = desk.show(number).history or ()
    assert not registered.backfilled
