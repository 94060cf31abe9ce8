"""The board's reads in parts (issue 10): the first page of one tab in its sort order, then every open OC in
pages by number; together they are exactly what ``open_rows`` reads, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from pitstop_desktop.db import Database
from pitstop_desktop.services import board
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    at,
    desk_db_url,
)

SLAS = ("24H", "IS", "4H", "URGENTE", "72H", "2H", "10D")


@pytest.fixture
def desk(db: Database) -> Desk:
    desk = Desk(db)
    for i in range(14):
        other = i % 3 == 0  # a low-priority tab, which takes the slower classes only
        desk.call(at(8 + i // 6, 10 * (i % 6)), summary=f"Chamado {i}", sla="72H" if other else SLAS[i % len(SLAS)],
                  tab="n1_filiais" if other else "n1_rapida")
    return desk


def test_the_first_page_is_the_tabs_first_rows_in_the_asked_order(desk: Desk) -> None:
    every = board.open_rows(desk.db)
    tab = "n1_rapida"
    mine = [r for r in every if r.tab == tab]
    assert len(mine) > 5
    by_due = sorted(mine, key=lambda r: (r.due_at, r.number))
    first = board.front_rows(desk.db, tab, "due", limit=5)
    assert first == by_due[:5]
    assert all(r.warning_at is not None and r.breach_at is not None for r in first)  # milestones come with them
    newest = board.front_rows(desk.db, tab, "number", descending=True, limit=3)
    assert [r.number for r in newest] == sorted((r.number for r in mine), reverse=True)[:3]
    assert board.front_rows(desk.db, tab, "no such order", limit=5) == by_due[:5]  # falls back to the due time


def test_pages_of_one_tab_then_the_others_read_every_open_oc_once(desk: Desk) -> None:
    every = board.open_rows(desk.db)
    tab = "n1_rapida"
    read: list[board.BoardRow] = []
    for part in ({"tab": tab}, {"other_than": tab}):
        after = 0
        while True:
            page = board.open_rows_page(desk.db, after=after, limit=4, **part)  # type: ignore[arg-type]
            read.extend(page)
            assert [r.number for r in page] == sorted(r.number for r in page)
            if len(page) < 4:
                break
            after = page[-1].number
    assert sorted(read, key=lambda r: r.number) == every
    assert all(r.tab == tab for r in read[:sum(1 for r in every if r.tab == tab)])


def test_a_live_feed_read_and_the_changed_rows_are_one_transaction(desk: Desk) -> None:
    """models/feed.py reads what changed and the board's rows of it together (``changes_then``): one transaction,
    not two, per change and seat (issue 10: the office server's cost is that times the seats)."""
    from sqlalchemy import event

    from pitstop_desktop.domain.changes import Entity
    from pitstop_desktop.services.changes import changes_then, current_revision

    since = current_revision(desk.db)
    number = desk.call(at(11), summary="Chamado novo").number
    begins: list[object] = []

    def began(connection: object) -> None:
        begins.append(connection)

    event.listen(desk.db.engine, "begin", began)
    try:
        batch, rows = changes_then(desk.db, since, 100, lambda uow, b: board.rows_by_id_in(
            uow, {c.entity_id for c in b.changes if c.entity == Entity.OCCURRENCE.value}))
    finally:
        event.remove(desk.db.engine, "begin", began)
    assert len(begins) == 1
    assert batch.revision > since and [r.number for r in rows] == [number]


def test_the_feed_read_runs_on_generic_plans_in_its_own_transaction_only(desk: Desk) -> None:
    """PostgreSQL: the live feed's transaction sets ``plan_cache_mode`` for itself (services/changes.py
    GENERIC_PLANS); the next transaction on the same connection is back to the server's own choice."""
    from sqlalchemy import text

    from pitstop_desktop.services.changes import changes_then, current_revision
    from pitstop_desktop.services.unit_of_work import run

    if not desk.db.is_postgres:
        pytest.skip("plan_cache_mode is PostgreSQL's")
    seat = Database(desk.db.url, seat=True)  # one connection: the feed's and the next read's
    try:
        show = "SHOW plan_cache_mode"
        _batch, inside = changes_then(seat, current_revision(seat), 10, lambda uow, _b: uow.session.scalar(text(show)))
        after = run(seat, lambda uow: uow.session.scalar(text(show)), write=False)
    finally:
        seat.dispose()
    assert (inside, after) == ("force_generic_plan", "auto")
