"""A seat's read-only transactions trust the policy fingerprint its live feed read a moment ago (issue 10: the
fingerprint rides on the feed's own statement, so the panels' reads that follow a change ask nothing about the
policy, and the feed's own statement checks it only once that moment has passed); an edit made with psql reaches a
seat within ``POLICY_FRESH_S``, and everyone else at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from pitstop_desktop.db import Database
from pitstop_desktop.services import unit_of_work
from pitstop_desktop.services.changes import changes_then
from pitstop_desktop.services.unit_of_work import POLICY_FRESH_S, current_policy


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    now = [1000.0]
    monkeypatch.setattr(unit_of_work, "monotonic", lambda: now[0])
    yield now


def _warning_ratio(db: Database, value: float) -> None:
    with db.engine.begin() as conn:  # as an administrator would with psql: no service, no change feed
        conn.execute(text("UPDATE business_calendar SET warning_ratio = :v WHERE id = 1"), {"v": value})


def test_a_seat_trusts_its_feed_s_fingerprint_for_a_moment_then_reads_it_again(db_url: str, clock: list[float]
                                                                              ) -> None:
    seat, other = Database(db_url, seat=True), Database(db_url)
    try:
        before = current_policy(seat).warning_ratio  # checked now
        assert before != 0.5

        def feed_read() -> float:  # the live feed's read, and the board's rows riding it under the policy
            return changes_then(seat, 0, 10, lambda uow, _batch: uow.policy.warning_ratio, with_policy=True)[1]

        _warning_ratio(other, 0.5)
        clock[0] += POLICY_FRESH_S / 2
        assert current_policy(seat).warning_ratio == before  # no query: checked a moment ago
        assert feed_read() == before  # nor in the feed's statement
        assert current_policy(other).warning_ratio == 0.5  # not a seat: every transaction checks
        clock[0] += POLICY_FRESH_S / 2 + 0.1  # (using it did not make it fresher: only reading it does)
        assert feed_read() == 0.5  # the feed's statement checks it again, and what rides it has the new policy
        assert current_policy(seat).warning_ratio == 0.5  # as the reads after it
        _warning_ratio(other, before)
        assert current_policy(seat).warning_ratio == 0.5  # trusted for a moment
        clock[0] += POLICY_FRESH_S
        assert current_policy(seat).warning_ratio == before
    finally:
        seat.dispose()
        other.dispose()
