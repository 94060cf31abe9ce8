"""SLA gauges and the daily ANS trend, on SQLite and PostgreSQL.

The hand-built cases use the desk of ``tests.services.helpers`` (Tuesday 2026-11-24, São Paulo) and put OCs at
chosen moments, including closures near local midnight, where the UTC date and the São Paulo date differ. The
demo day is then checked against an independent oracle: ``list_occurrences``, whose SLA states come from the
board's own computation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event

from pitstop_desktop.db import Database
from pitstop_desktop.domain.codes import SlaState, Status
from pitstop_desktop.services import occurrences, offers
from pitstop_desktop.services.gauges import (
    DayAns,
    GaugeSnapshot,
    closed_today,
    closed_today_with_ans,
    count_states,
    daily_ans,
    gauge_snapshot,
    local_day_bounds,
)
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.unit_of_work import current_policy
from tests.conftest import BACKENDS, Templates, fresh_database_url
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    DAY,
    SP,
    Desk,
    at,
    desk_db_url,
    load_demo_day,
)

ORDER = ["IS", "URGENTE", "2H", "4H", "24H", "72H", "10D"]



def close(desk: Desk, number: int, when: datetime, actor: str = "ana") -> None:
    occurrences.close(desk.db, number, actor=actor, faq="1001", at=when)


def day_at(day: date, hour: int, minute: int = 0) -> datetime:
    return at(hour, minute, day)


# --- gauge_snapshot ---------------------------------------------------------------------------------------


def test_snapshot_lists_open_ocs_per_class_and_todays_closures(desk: Desk) -> None:
    yesterday = DAY - timedelta(days=1)
    waiting = desk.call(at(9, 0), sla="2H", summary="PDV não emite cupom").number
    offers.offer(desk.db, waiting, actor="ana", to="caio", at=at(9, 1))
    offers.accept(desk.db, waiting, actor="caio", at=at(9, 2))
    late = desk.call(at(9, 0), sla="IS", client="BETA").number
    met = desk.call(at(8, 0), sla="2H").number
    close(desk, met, at(9, 30))  # due 10:00
    missed = desk.call(at(8, 0), sla="2H").number
    close(desk, missed, at(10, 30))
    desk.call(at(9, 10), sla="2H", complementary_of=waiting)  # closed at once with FAQ 7347 (R2): not ANS
    night = desk.call(day_at(yesterday, 22, 0), sla="24H").number
    close(desk, night, day_at(yesterday, 23, 30))  # 02:30 UTC today, but yesterday in São Paulo

    snapshot = gauge_snapshot(desk.db, at=at(10, 45))

    assert [c.code for c in snapshot.classes] == ORDER
    assert snapshot.day == DAY and snapshot.timezone == "America/Sao_Paulo"
    two_hours = snapshot.by_code("2H")
    assert two_hours.name == "2 Horas"
    assert [oc.number for oc in two_hours.open] == [waiting]
    oc = two_hours.open[0]
    assert (oc.sla, oc.client, oc.client_name, oc.tab, oc.tab_name) == ("2H", "ACME", "Acme Ltda", "n1_rapida",
                                                                        "N1 - Rápida")
    assert (oc.assignee, oc.assignee_name, oc.summary) == ("caio", "Caio Técnico", "PDV não emite cupom")
    assert oc.opened_at == at(9, 0) and oc.due_at == at(11, 0)
    assert (two_hours.closed_today_met, two_hours.closed_today_total, two_hours.ans_today) == (1, 2, 0.5)
    assert [o.number for o in snapshot.by_code("IS").open] == [late]
    assert snapshot.by_code("IS").open[0].assignee is None
    assert snapshot.by_code("IS").ans_today is None
    assert snapshot.by_code("24H").closed_today_total == 0
    assert (snapshot.closed_today_met, snapshot.closed_today_total, snapshot.ans_today) == (1, 2, 0.5)
    with pytest.raises(KeyError):
        snapshot.by_code("5H")

    # the same snapshot read "yesterday" sees the 23:30 closure as that day's
    day_before = gauge_snapshot(desk.db, at=day_at(yesterday, 23, 59))
    assert (day_before.by_code("24H").closed_today_met, day_before.by_code("24H").closed_today_total) == (1, 1)


def test_states_are_recounted_from_the_snapshot_without_the_database(desk: Desk) -> None:
    two = desk.call(at(9, 0), sla="2H").number
    quick = desk.call(at(9, 0), sla="IS").number
    day_long = desk.call(at(9, 0), sla="24H").number
    snapshot = gauge_snapshot(desk.db, at=at(9, 5))
    policy = current_policy(desk.db)
    desk.db.dispose()  # nothing below may need it

    early = count_states(snapshot, policy, at(9, 5))
    assert {c: (n.on_track, n.warning, n.breached) for c, n in early.counts.items() if n.open} == {
        "2H": (1, 0, 0), "IS": (1, 0, 0), "24H": (1, 0, 0)}
    assert early.at_risk == ()

    later = count_states(snapshot, policy, at(10, 45))  # 2H: 105 of 120 min used; IS: 75 min over
    assert (later.counts["2H"].warning, later.counts["IS"].breached, later.counts["24H"].on_track) == (1, 1, 1)
    assert [(r.oc.number, r.state, r.remaining_minutes) for r in later.at_risk] == [
        (quick, SlaState.BREACHED.value, -75), (two, SlaState.WARNING.value, 15)]
    assert later.counts["4H"].open == 0

    next_days = count_states(snapshot, policy, at(10, 0, DAY + timedelta(days=2)))
    # most overdue first: 24H by 25 calendar hours, IS by 1230 and 2H by 1140 business minutes
    assert [(r.oc.number, r.remaining_minutes) for r in next_days.at_risk] == [
        (day_long, -1500), (quick, -1230), (two, -1140)]
    assert all(r.state == SlaState.BREACHED.value for r in next_days.at_risk)


# --- daily_ans --------------------------------------------------------------------------------------------


def test_daily_ans_counts_each_local_day(desk: Desk) -> None:
    monday, saturday = DAY - timedelta(days=1), DAY - timedelta(days=3)
    first_day = DAY - timedelta(days=29)
    # Monday: one met at 23:30 local (02:30 UTC on Tuesday), one missed
    late_night = desk.call(day_at(monday, 22, 0), sla="24H").number
    close(desk, late_night, day_at(monday, 23, 30))
    overdue = desk.call(day_at(saturday, 10, 0), sla="24H").number
    close(desk, overdue, day_at(monday, 9, 0))
    # Tuesday: one closed exactly at local midnight, one met, one missed, one complementary (left out)
    midnight = desk.call(day_at(monday, 23, 50), sla="24H").number
    close(desk, midnight, day_at(DAY, 0, 0))
    met = desk.call(at(8, 0), sla="2H").number
    close(desk, met, at(9, 0))
    missed = desk.call(at(8, 0), sla="IS").number
    close(desk, missed, at(9, 0))
    still_open = desk.call(at(8, 30), sla="4H").number
    desk.call(at(8, 40), sla="4H", complementary_of=still_open)
    # the window's first day, and the day before it (outside)
    edge = desk.call(day_at(first_day, 10, 0), sla="24H").number
    close(desk, edge, day_at(first_day, 11, 0))
    outside = desk.call(day_at(first_day - timedelta(days=1), 10, 0), sla="24H").number
    close(desk, outside, day_at(first_day - timedelta(days=1), 23, 59))

    days = daily_ans(desk.db, at=at(12, 0))

    assert len(days) == 30
    assert [d.day for d in days] == [first_day + timedelta(days=i) for i in range(30)]
    counted = {d.day: (d.met, d.total) for d in days if d.total}
    assert counted == {first_day: (1, 1), monday: (1, 2), DAY: (2, 3)}
    assert days[-1].ans == pytest.approx(2 / 3)
    assert days[0].ans == 1.0 and days[1].ans is None
    # the last point of the trend and the gauges agree on today
    assert gauge_snapshot(desk.db, at=at(12, 0)).ans_today == days[-1].ans

    assert daily_ans(desk.db, days=1, at=at(12, 0)) == [DayAns(DAY, 2, 3)]
    assert daily_ans(desk.db, days=2, at=at(12, 0)) == [DayAns(monday, 1, 2), DayAns(DAY, 2, 3)]
    with pytest.raises(ValueError):
        daily_ans(desk.db, days=0)


def test_local_day_bounds_follow_the_zone_across_dst() -> None:
    start, end = local_day_bounds(DAY, SP)
    assert (start.isoformat(), end.isoformat()) == ("2026-11-24T03:00:00+00:00", "2026-11-25T03:00:00+00:00")
    # São Paulo's last DST start (2018-11-04): the local day began at 01:00 and lasted 23 hours
    start, end = local_day_bounds(date(2018, 11, 4), SP)
    assert (end - start) == timedelta(hours=23)
    assert start.isoformat() == "2018-11-04T03:00:00+00:00"


# --- the demo day -----------------------------------------------------------------------------------------

NOW = at(14, 30)


@pytest.fixture(scope="module", params=BACKENDS)
def demo_day(request: pytest.FixtureRequest, db_templates: Templates,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[OccurrenceRecord]]]:
    urls = fresh_database_url(db_templates.get(request.param, load_demo_day), tmp_path_factory.mktemp("gauges_demo"))
    db = Database(next(urls))
    try:
        yield db, occurrences.list_occurrences(db, at=NOW)  # the demo day and the month before it
    finally:
        db.dispose()
        urls.close()


def test_demo_day_gauges_match_the_board(demo_day: tuple[Database, list[OccurrenceRecord]]) -> None:
    db, every = demo_day
    views = [v for v in every if v.opened_at >= at(0, 0)]  # the demo day's; the month before is all closed
    snapshot: GaugeSnapshot = gauge_snapshot(db, at=NOW)
    states = count_states(snapshot, current_policy(db), NOW)

    open_views = [v for v in views if v.status != Status.CLOSED]
    counted = [v for v in views if v.status == Status.CLOSED and v.complementary_of is None]
    assert [c.code for c in snapshot.classes] == ORDER
    for item in snapshot.classes:
        expected = Counter(v.sla_state for v in open_views if v.sla == item.code)
        counts = states.counts[item.code]
        assert (counts.on_track, counts.warning, counts.breached) == (
            expected["on_track"], expected["warning"], expected["breached"]), item.code
        assert sorted(oc.number for oc in item.open) == sorted(v.number for v in open_views if v.sla == item.code)
        closed = [v for v in counted if v.sla == item.code]
        assert item.closed_today_total == len(closed)
        assert item.closed_today_met == sum(v.sla_state == "met" for v in closed)
    # the demo day has OCs in every state, so the gauges show all three colours
    assert sum(c.breached for c in states.counts.values()) > 0
    assert sum(c.warning for c in states.counts.values()) > 0
    assert len(states.at_risk) == sum(v.sla_state in ("warning", "breached") for v in open_views)
    assert [r.remaining_minutes for r in states.at_risk] == sorted(r.remaining_minutes for r in states.at_risk)
    assert any(v.complementary_of is not None for v in views)  # and they were left out above

    days = daily_ans(db, at=NOW)
    month = [v for v in every if v.opened_at < at(0, 0)]
    assert month and all(v.status == Status.CLOSED for v in month)
    past = [(d.day, d.met, d.total) for d in days[:-1]]
    assert past == [(day, sum(v.sla_state == "met" for v in closed), len(closed)) for day, closed in (
        (d.day, [v for v in month if v.complementary_of is None and v.closed_at is not None
                 and v.closed_at.astimezone(SP).date() == d.day]) for d in days[:-1])]
    assert sum(total > 0 for _, _, total in past) >= 19  # every business day of the month has closures
    assert (days[-1].day, days[-1].met, days[-1].total) == (DAY, snapshot.closed_today_met,
                                                            snapshot.closed_today_total)
    assert days[-1].total == len(counted)


def test_closed_days_are_counted_once_and_kept_today_is_read_each_time(desk: Desk) -> None:
    monday = DAY - timedelta(days=1)
    yesterday = desk.call(day_at(monday, 9, 0), sla="24H").number
    close(desk, yesterday, day_at(monday, 10, 0))
    first = daily_ans(desk.db, days=2, at=at(12, 0))
    assert first == [DayAns(monday, 1, 1), DayAns(DAY, 0, 0)]
    # a closure today is read at once; Monday, over, is not scanned again (a late backfill into it shows after a
    # restart: the figures kept are the day's as it ended)
    today = desk.call(at(9, 0), sla="2H").number
    close(desk, today, at(9, 30))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(desk.db.engine, "before_cursor_execute", count)
    try:
        again = daily_ans(desk.db, days=2, at=at(12, 0))
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", count)
    assert again == [DayAns(monday, 1, 1), DayAns(DAY, 1, 1)]
    ans_queries = [s for s in statements if "closed_at" in s]
    # one query, one bucket (today only): no CASE putting closures into past days' buckets
    assert len(ans_queries) == 1 and "case when (occurrences.closed_at < " not in ans_queries[0].lower()


def test_closed_today_with_the_trend_is_both_reads_in_one_and_today_from_the_classes(desk: Desk) -> None:
    """The console's gauges, on a closure: today's closures per class and the ANS trend in one transaction; once the
    past days are kept, the trend's today is the classes' sum (one aggregate, not two)."""
    monday = DAY - timedelta(days=1)
    close(desk, desk.call(day_at(monday, 9, 0), sla="24H").number, day_at(monday, 10, 0))
    close(desk, desk.call(at(8, 0), sla="2H").number, at(9, 0))
    close(desk, desk.call(at(8, 0), sla="IS").number, at(11, 0))  # missed
    first = closed_today_with_ans(desk.db, days=3, at=at(12, 0))  # the past days read (and kept) here
    assert first == (closed_today(desk.db, at=at(12, 0)), daily_ans(desk.db, days=3, at=at(12, 0)))
    assert first[1][-1] == DayAns(DAY, 1, 2)
    close(desk, desk.call(at(9, 0), sla="4H").number, at(9, 30))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(desk.db.engine, "before_cursor_execute", count)
    try:
        today, trend = closed_today_with_ans(desk.db, days=3, at=at(12, 0))
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", count)
    assert len([s for s in statements if "closed_at" in s]) == 1  # the classes' aggregate, no trend query
    assert trend == daily_ans(desk.db, days=3, at=at(12, 0))
    assert trend[-1] == DayAns(DAY, 2, 3) and today.by_class["4H"] == (1, 1)
    with pytest.raises(ValueError):
        closed_today_with_ans(desk.db, days=0)
