"""The desk's signals on SQLite and PostgreSQL: an offer with no answer (R5), an OC too long in its tab (each
tab's threshold, an admin's setting), an owner who left or went silent with OCs in progress; and the board's
rows carry what the board needs to mark them without a query per row."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import BadValue, NotFound, NotPermitted
from pitstop_desktop.domain.signals import (
    DEFAULT_LONG_WAIT_MINUTES,
    NO_ANSWER_MINUTES,
    Signal,
    is_unanswered,
    long_wait_at,
)
from pitstop_desktop.services import apoio, board, offers, people, presence, signals, timeline
from pitstop_desktop.services.gauges import count_states, gauge_snapshot
from pitstop_desktop.services.unit_of_work import current_policy
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    at,
    desk_db_url,
)


@pytest.fixture
def desk(db: Database) -> Desk:
    people.add_staff(db, login="root", name="Root Admin", role="admin")
    return Desk(db)


def _row(desk: Desk, number: int) -> board.BoardRow:
    (row,) = [r for r in board.open_rows(desk.db) if r.number == number]
    return row


def test_a_pending_offer_rides_on_the_board_row_and_is_no_answer_after_ten_minutes(desk: Desk) -> None:
    oc = desk.call(at(9, 0))
    desk.offer(oc.number, "caio", at(9, 5))
    row = _row(desk, oc.number)
    assert row.offered_at == at(9, 5) and row.offered_to_name == "Caio Técnico"
    assert not is_unanswered(row.offered_at, at(9, 14))
    assert is_unanswered(row.offered_at, at(9, 5) + timedelta(minutes=NO_ANSWER_MINUTES))
    # the board's instant is the one apoio.send judges by: sent then, the reason is no_answer
    apoio.send(desk.db, oc.number, actor="ana", reason="ninguém responde", at=at(9, 15))
    assert apoio.list_items(desk.db)[0].reason == "no_answer"


def test_an_answered_offer_leaves_no_mark(desk: Desk) -> None:
    oc = desk.call(at(9, 0))
    desk.offer(oc.number, "caio", at(9, 5))
    offers.accept(desk.db, oc.number, actor="caio", at=at(9, 6))
    row = _row(desk, oc.number)
    assert row.offered_at is None and row.offered_to_name is None
    refused = desk.call(at(9, 10))
    desk.offer(refused.number, "caio", at(9, 11))
    offers.refuse(desk.db, refused.number, actor="caio", reason="ocupado", at=at(9, 12))
    assert _row(desk, refused.number).offered_at is None
    assert len(board.open_rows(desk.db)) == 2  # the join never doubles a row


def test_long_wait_defaults_to_an_hour_in_n1_tabs_and_none_elsewhere(desk: Desk) -> None:
    waits = signals.long_waits(desk.db)
    assert waits["n1_rapida"] == 60 == DEFAULT_LONG_WAIT_MINUTES["n1_filiais"]
    assert waits["especialistas"] == 0 and waits["n2"] == 0
    oc = desk.call(at(9, 0))
    assert _row(desk, oc.number).long_wait_at == at(10, 0)


def test_an_admin_sets_a_tab_threshold_audited_and_the_rows_follow(desk: Desk) -> None:
    oc = desk.call(at(9, 0))
    revision = desk.revision()
    assert signals.set_long_wait(desk.db, "n1_rapida", 20, actor="root", at=at(9, 1)) == 20
    assert desk.revision() > revision  # the change feed tells the consoles
    assert signals.long_waits(desk.db)["n1_rapida"] == 20
    assert _row(desk, oc.number).long_wait_at == at(9, 20)
    again = desk.revision()
    signals.set_long_wait(desk.db, "n1_rapida", 20, actor="root", at=at(9, 2))  # already so: nothing recorded
    assert desk.revision() == again
    signals.set_long_wait(desk.db, "n1_rapida", 0, actor="root", at=at(9, 3))
    assert _row(desk, oc.number).long_wait_at is None
    signals.set_long_wait(desk.db, "n2", 90, actor="root", at=at(9, 4))
    assert signals.long_waits(desk.db)["n2"] == 90


def test_only_an_admin_sets_a_threshold_and_bad_values_are_refused(desk: Desk) -> None:
    for login in ("sara", "gil", "ana"):
        error = desk.refused(lambda login=login: signals.set_long_wait(desk.db, "n1_rapida", 30, actor=login),
                             NotPermitted)
        assert error.code == "permission.admin_only" and "administrador" in str(error)
    assert desk.refused(lambda: signals.set_long_wait(desk.db, "n1_rapida", -1, actor="root"),
                        BadValue).code == "value.long_wait_minutes"
    assert desk.refused(lambda: signals.set_long_wait(desk.db, "nenhuma", 30, actor="root"),
                        NotFound).code == "not_found.tab"


def test_the_wallboard_counts_long_waits(desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.call(at(9, 40))
    policy = current_policy(desk.db)
    snapshot = gauge_snapshot(desk.db, at=at(10, 0))
    assert count_states(snapshot, policy, at(9, 59)).long_waits == 0
    assert count_states(snapshot, policy, at(10, 0)).long_waits == 1
    assert count_states(snapshot, policy, at(10, 40)).long_waits == 2
    signals.set_long_wait(desk.db, "n1_rapida", 0, actor="root", at=at(10, 41))
    assert count_states(gauge_snapshot(desk.db, at=at(10, 42)), policy, at(10, 42)).long_waits == 0


def test_an_owner_who_logged_out_or_went_silent_with_ocs_in_progress(desk: Desk) -> None:
    oc = desk.call(at(9, 0))
    desk.offer(oc.number, "caio", at(9, 5))
    offers.accept(desk.db, oc.number, actor="caio", at=at(9, 6))
    rows = {r.login: r for r in timeline.timeline(desk.db, at=at(9, 30))}
    assert timeline.owner_alert(rows["caio"], at(9, 30)) is None
    assert timeline.held_in_progress(rows["caio"], at(9, 30)) == (oc.number,)
    people.record_presence(desk.db, login="caio", kind="logout", at=at(10, 0))
    rows = {r.login: r for r in timeline.timeline(desk.db, at=at(10, 5))}
    assert timeline.owner_alert(rows["caio"], at(10, 5)) == Signal.OWNER_ENDED
    assert timeline.held_in_progress(rows["caio"], at(10, 5)) == (oc.number,)
    # a window that reports, then falls silent: "sem sinal" five minutes later, by the clock
    presence.heartbeat(desk.db, actor="duda", seat="seat-duda", at=at(10, 0))
    rows = {r.login: r for r in timeline.timeline(desk.db, at=at(10, 1))}
    assert timeline.owner_alert(rows["duda"], at(10, 1)) is None
    assert timeline.owner_alert(rows["duda"], at(10, 6)) == Signal.OWNER_NO_SIGNAL


def test_long_wait_at_is_plain_elapsed_time() -> None:
    assert long_wait_at(at(17, 30), 60) == at(18, 30)  # past the business day: the line is now
    assert long_wait_at(at(9, 0), 0) is None and long_wait_at(at(9, 0), None) is None


def test_the_live_feed_s_one_statement_brings_the_thresholds_and_policy_the_board_rows_need(desk: Desk) -> None:
    """The seat's feed read (services/changes.py ``with_policy``) carries the long-wait thresholds and the policy's
    fingerprint in its own statement: the board's rows riding it are the rows a read of their own gives, and the
    transaction asks nothing about settings or the policy (issue 10)."""
    from sqlalchemy import event

    from pitstop_desktop.services.changes import changes_then

    signals.set_long_wait(desk.db, "n1_rapida", 7, actor="root", at=at(8, 0))
    signals.set_long_wait(desk.db, "n1_filiais", 0, actor="root", at=at(8, 0))
    start = desk.revision()
    oc = desk.call(at(9, 0))
    ids = {desk.occurrence_id(oc.number)}
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(desk.db.engine, "before_cursor_execute", count)
    try:
        batch, rows = changes_then(desk.db, start, 100, lambda uow, _batch: board.rows_by_id_in(uow, ids),
                                   with_policy=True)
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", count)
    assert [c.entity_id for c in batch.changes if c.entity == "occurrence"] == [*ids]
    assert rows == board.rows_by_id(desk.db, ids)
    assert rows[0].long_wait_at == at(9, 7)
    reads = [s for s in statements if not s.startswith(("BEGIN", "COMMIT", "SET LOCAL plan_cache_mode"))]
    assert len(reads) == 2, reads  # the feed (with thresholds and fingerprint), the rows (on PostgreSQL after the
    # transaction's generic plans, services/changes.py GENERIC_PLANS: a setting, no read)
    assert changes_then(desk.db, batch.revision, 100, lambda _uow, b: b.changes, with_policy=True)[1] == ()
