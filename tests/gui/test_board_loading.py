"""The board's full read in parts (issue 10): the tab in front paints its first rows before the rest is read;
a change that arrives while the pages are still coming is kept, never overwritten by an older read; the
selection survives; a later full read refreshes in place and drops the OCs that closed."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from sqlalchemy import update

from pitstop_desktop.db.orm import OccurrenceRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.models.board import Column, Role
from pitstop_desktop.models.feed import FeedBatch
from pitstop_desktop.services import board as board_service
from pitstop_desktop.services.changes import current_revision
from pitstop_desktop.views.board import BoardWidget
from tests.gui.conftest import DEMO_NOW
from tests.gui.helpers import new_call

FRONT = "n1_rapida"


def _board(qtbot, ctx) -> BoardWidget:  # type: ignore[no-untyped-def]
    widget = BoardWidget(ctx)
    widget.front_size, widget.page_size = 3, 4  # the demo day's few rows still make several pages
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    assert list(widget.models)[widget.tabs.currentIndex()] == FRONT
    return widget


def _numbers(widget: BoardWidget, tab: str) -> set[int]:
    return {row.number for row in widget.models[tab].all_rows()}


def _selected(widget: BoardWidget) -> list[int]:
    view, model = widget.views[FRONT], widget.models[FRONT]
    return [model.row_at(index.row()).number for index in view.selectionModel().selectedRows()]


def test_the_front_tab_paints_first_and_a_change_meanwhile_is_kept(qtbot, qtmodeltester, make_workspace) -> None:  # type: ignore[no-untyped-def]
    ctx = make_workspace("claudia.moraes")
    widget = _board(qtbot, ctx)
    front = widget.models[FRONT]
    gate = threading.Event()  # holds the worker after the first page, so the test acts while the rest waits
    front.modelReset.connect(lambda: ctx.runner.submit(gate.wait))
    shown: list[tuple[int, bool]] = []
    widget.shown.connect(lambda revision, full: shown.append((revision, full)))

    with qtbot.waitSignal(front.modelReset, timeout=10_000):
        widget.follow(FeedBatch.everything(1))

    every = board_service.open_rows(ctx.db)
    mine = [r for r in every if r.tab == FRONT]
    assert len(mine) > 3
    # the first screenful only: the tab's most urgent three, the other tabs still empty and saying so
    assert {front.row_at(i).number for i in range(front.rowCount())} == \
        {r.number for r in sorted(mine, key=lambda r: (r.due_at, r.number))[:3]}
    assert all(model.rowCount() == 0 for code, model in widget.models.items() if code != FRONT)
    assert all("carregando" in widget.tabs.tabText(i) for i in range(widget.tabs.count()))
    qtmodeltester.check(front, force_py=True)  # stays connected: checks every page's layout change too

    # the attendant picks a row while the rest is still coming
    view = widget.views[FRONT]
    picked = front.row_at(1).number
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(front.index(1, 0)).center())
    assert _selected(widget) == [picked]

    # a change applied meanwhile: a newer version of an OC of another tab (its page is not read yet) ...
    other = next(r for r in every if r.tab != FRONT)
    newer = replace(other, summary="Alterada enquanto o quadro carrega", version=other.version + 1)
    widget.apply([newer])
    # ... and a new call in the front tab, through the change feed
    number = new_call(ctx.db, summary="Chegou enquanto o quadro carrega")
    (new_row,) = [r for r in board_service.open_rows(ctx.db) if r.number == number]
    revision = current_revision(ctx.db)
    widget.follow(FeedBatch(revision, {Entity.OCCURRENCE: frozenset({new_row.id})}))

    with qtbot.waitSignal(widget.shown, timeout=20_000):
        gate.set()

    # once: the newest revision the board shows, as a full one (nothing said while it was partial)
    assert shown == [(revision, True)]
    expected: dict[str, set[int]] = {code: set() for code in widget.models}
    for row in [*every, new_row]:
        expected[row.tab].add(row.number)
    assert {code: _numbers(widget, code) for code in widget.models} == expected
    kept = next(r for r in widget.models[other.tab].all_rows() if r.id == other.id)
    assert (kept.summary, kept.version) == (newer.summary, newer.version)  # the older page did not overwrite it
    assert _selected(widget) == [picked]
    assert not any("carregando" in widget.tabs.tabText(i) for i in range(widget.tabs.count()))
    # sorted as a whole now: the first page's rows in their places among the rest
    breaches = [front.data(front.index(i, Column.TIME_LEFT), Role.SORT_KEY)
                for i in range(front.rowCount())]
    assert breaches == sorted(breaches)


def test_a_later_full_read_refreshes_in_place_and_drops_closed_ocs(qtbot, qtmodeltester, make_workspace) -> None:  # type: ignore[no-untyped-def]
    ctx = make_workspace("claudia.moraes")
    widget = _board(qtbot, ctx)
    front = widget.models[FRONT]
    with qtbot.waitSignal(widget.shown, timeout=20_000):
        widget.follow(FeedBatch.everything(1))
    qtmodeltester.check(front, force_py=True)
    view = widget.views[FRONT]
    keep = front.row_at(2).number
    view.selectionModel().setCurrentIndex(
        front.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    gone = front.row_at(0).number
    with ctx.db.engine.begin() as conn:  # closed behind the board's back: only a full read can tell
        conn.execute(update(OccurrenceRow).where(OccurrenceRow.number == gone)
                     .values(status="closed", closed_at=DEMO_NOW, version=OccurrenceRow.version + 1))
    resets: list[bool] = []
    front.modelReset.connect(lambda: resets.append(True))

    with qtbot.waitSignal(widget.shown, timeout=20_000) as signal:
        widget.follow(FeedBatch.everything(2))
        assert not any("carregando" in widget.tabs.tabText(i) for i in range(widget.tabs.count()))  # rows shown

    assert signal.args == [2, True]
    assert not resets, "a refresh pages into the rows shown, it does not start the tab over"
    assert gone not in _numbers(widget, FRONT)
    assert _numbers(widget, FRONT) == {r.number for r in board_service.open_rows(ctx.db) if r.tab == FRONT}
    assert _selected(widget) == [keep]


@pytest.mark.parametrize("page", [4, 50])  # small pages: a signal pair per row; big ones: one layout change
def test_filter_and_sort_set_while_loading_hold_once_everything_is_in(qtbot, make_workspace, page: int) -> None:  # type: ignore[no-untyped-def]
    ctx = make_workspace("claudia.moraes")
    widget = _board(qtbot, ctx)
    widget.page_size = page
    front = widget.models[FRONT]
    gate = threading.Event()
    front.modelReset.connect(lambda: ctx.runner.submit(gate.wait))
    with qtbot.waitSignal(front.modelReset, timeout=10_000):
        widget.follow(FeedBatch.everything(1))
    every = board_service.open_rows(ctx.db)
    # a word in several summaries of several tabs (the demo day's): typed, then sorted by number, descending
    words = [w for r in every for w in r.summary.casefold().split() if len(w) > 4]
    word = max(set(words), key=words.count)
    qtbot.keyClicks(widget.filter_box, word)
    header = widget.views[FRONT].horizontalHeader()
    for _ in range(2):  # ascending, then descending
        x = header.sectionViewportPosition(Column.NUMBER) + header.sectionSize(Column.NUMBER) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert front.sort_order() == (Column.NUMBER, True)

    with qtbot.waitSignal(widget.shown, timeout=20_000):
        gate.set()

    def shown(tab: str) -> list[int]:
        model = widget.models[tab]
        model.refresh_filter()  # a tab not on screen applies the filter when shown
        return [model.row_at(i).number for i in range(model.rowCount())]

    def matching(tab: str) -> list[int]:
        return sorted((r.number for r in every if r.tab == tab and word in
                       f"{r.number} {r.client} {r.client_name} {r.summary} {r.assignee or ''} "
                       f"{r.assignee_name or ''}".casefold()), reverse=True)

    assert shown(FRONT) == matching(FRONT) and len(matching(FRONT)) > 1
    other = next(code for code in widget.models if code != FRONT and matching(code))
    widget.tabs.setCurrentIndex(list(widget.models).index(other))
    assert sorted(shown(other), reverse=True) == matching(other)  # its own sort order, the same rows


def test_changes_named_by_several_batches_are_read_together_at_the_panels_pace(  # type: ignore[no-untyped-def]
        qtbot, make_workspace, monkeypatch) -> None:
    ctx = make_workspace("claudia.moraes")
    widget = _board(qtbot, ctx)
    with qtbot.waitSignal(widget.shown, timeout=10_000):
        widget.follow(FeedBatch.everything(1))
    ids = [row.id for row in widget.models[FRONT].all_rows()][:4]
    asked: list[frozenset[int]] = []
    real = board_service.rows_by_id
    monkeypatch.setattr(board_service, "rows_by_id",
                        lambda db, wanted: asked.append(frozenset(wanted)) or real(db, wanted))
    shown: list[int] = []
    widget.shown.connect(lambda revision, _full: shown.append(revision))
    for n, row_id in enumerate(ids, start=2):  # four batches in a burst, one OC each
        widget.follow(FeedBatch(n, {Entity.OCCURRENCE: frozenset({row_id})}))
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == len(ids) + 1, timeout=5_000)
    assert asked[0] == {ids[0]}  # the first after a quiet moment is read at once
    assert len(asked) == 2 and asked[1] == set(ids[1:])  # the rest wait for the pace, then go in one read
    assert ctx.runner.idle


def test_a_change_rides_the_feed_read_onto_the_board(qtbot, make_workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The board's read of the changed OCs runs in the feed's own worker task and transaction (LiveFeed.ride): one
    task per change, no second read at the panels' pace (issue 10: on screen within 100 ms of the commit)."""
    from pitstop_desktop.models.feed import LiveFeed

    ctx = make_workspace("claudia.moraes")
    widget = _board(qtbot, ctx)
    feed = LiveFeed(ctx.db, ctx.runner.submit_first)
    widget.ride(feed)
    feed.changed.connect(widget.follow)
    with qtbot.waitSignal(widget.shown, timeout=10_000, check_params_cb=lambda _r, full: full):
        feed.start()
    ctx.runner.wait_idle()

    tasks: list[int] = []
    real_submit = ctx.runner.submit
    monkeypatch.setattr(ctx.runner, "submit", lambda *a, **k: tasks.append(1) or real_submit(*a, **k))
    asked: list[frozenset[int]] = []
    real = board_service.rows_by_id_in
    monkeypatch.setattr(board_service, "rows_by_id_in",
                        lambda uow, wanted: asked.append(frozenset(wanted)) or real(uow, wanted))
    number = new_call(ctx.db, summary="chegou pelo feed")  # as another seat would
    revision = current_revision(ctx.db)
    with qtbot.waitSignal(widget.shown, timeout=10_000, check_params_cb=lambda r, _full: r == revision):
        feed.refresh()
    assert number in _numbers(widget, FRONT)
    assert len(asked) == 1 and len(asked[0]) == 1  # the new OC, read once
    assert len(tasks) == 1  # the feed's read carried it: the board submitted nothing of its own
    feed.stop()


def test_a_rider_that_fails_leaves_the_board_to_read_for_itself(qtbot, make_workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.models.feed import LiveFeed

    ctx = make_workspace("claudia.moraes")
    widget = _board(qtbot, ctx)
    feed = LiveFeed(ctx.db, ctx.runner.submit_first)
    widget.ride(feed)
    feed.changed.connect(widget.follow)
    batches: list[FeedBatch] = []
    feed.changed.connect(batches.append)
    with qtbot.waitSignal(widget.shown, timeout=10_000, check_params_cb=lambda _r, full: full):
        feed.start()
    ctx.runner.wait_idle()

    real = board_service.rows_by_id_in
    failures = [RuntimeError("só desta vez")]

    def flaky(uow, wanted):  # type: ignore[no-untyped-def]
        if failures:
            raise failures.pop()
        return real(uow, wanted)

    monkeypatch.setattr(board_service, "rows_by_id_in", flaky)
    number = new_call(ctx.db, summary="o cavaleiro caiu")
    revision = current_revision(ctx.db)
    with qtbot.waitSignal(widget.shown, timeout=10_000, check_params_cb=lambda r, _full: r == revision):
        feed.refresh()
    assert not failures and batches[-1].fetched == {}  # the rider failed: nothing rode with the batch
    assert number in _numbers(widget, FRONT)  # the board read it itself
    assert feed.online  # a panel's own hiccup is not a lost connection
    feed.stop()


def test_a_first_page_read_ahead_of_the_feed_is_taken_over_by_its_first_batch(  # type: ignore[no-untyped-def]
        qtbot, make_workspace, monkeypatch) -> None:
    ctx = make_workspace("claudia.moraes")
    fronts: list[str] = []
    pages: list[int] = []
    real_front, real_page = board_service.front_rows, board_service.open_rows_page
    monkeypatch.setattr(board_service, "front_rows", lambda db, tab, *a: fronts.append(tab) or real_front(db, tab, *a))
    monkeypatch.setattr(board_service, "open_rows_page", lambda db, **k: pages.append(k["after"]) or real_page(db, **k))
    widget = _board(qtbot, ctx)
    front = widget.models[FRONT]

    with qtbot.waitSignal(widget.first_page_painted, timeout=10_000):
        widget.read_first_page()
    assert ctx.runner.wait_idle()
    # the first screenful, painted; the rest waits for the feed's first batch (its revision comes first)
    assert fronts == [FRONT] and pages == [] and front.rowCount() == 3
    assert all("carregando" in widget.tabs.tabText(i) for i in range(widget.tabs.count()))
    widget.read_first_page()  # a load is under way: nothing more
    assert ctx.runner.idle

    with qtbot.waitSignal(widget.shown, timeout=20_000) as signal:
        widget.follow(FeedBatch.everything(7))
    assert signal.args == [7, True]
    assert fronts == [FRONT] and pages  # taken over: no second first page, then every page
    every = board_service.open_rows(ctx.db)
    assert {code: _numbers(widget, code) for code in widget.models} == {
        code: {r.number for r in every if r.tab == code} for code in widget.models}
    widget.read_first_page()  # the board has rows: later reads come from the feed
    assert ctx.runner.idle and fronts == [FRONT]


def test_another_tab_brought_to_the_front_before_the_first_paint_has_its_own_first_page(  # type: ignore[no-untyped-def]
        qtbot, make_workspace, monkeypatch) -> None:
    ctx = make_workspace("claudia.moraes")
    fronts: list[str] = []
    real_front = board_service.front_rows
    monkeypatch.setattr(board_service, "front_rows", lambda db, tab, *a: fronts.append(tab) or real_front(db, tab, *a))
    widget = _board(qtbot, ctx)
    other = next(code for code in widget.models if code != FRONT)
    gate = threading.Event()
    ctx.runner.submit(gate.wait)  # the worker busy: the first page is still to be read when the tab changes
    widget.read_first_page()
    widget.tabs.setCurrentIndex(list(widget.models).index(other))
    with qtbot.waitSignal(widget.first_page_painted, timeout=10_000):
        gate.set()
    assert fronts == [FRONT, other]
    assert widget.models[FRONT].rowCount() == 0  # the read for the tab left behind is dropped
    assert widget.models[other].rowCount() > 0
    with qtbot.waitSignal(widget.shown, timeout=20_000):
        widget.follow(FeedBatch.everything(3))
    assert _numbers(widget, FRONT) == {r.number for r in board_service.open_rows(ctx.db) if r.tab == FRONT}
