"""The agenda board: model contract, filtering as you type, sorting, applying one changed row, countdowns."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from pitstop_desktop.domain.vocabulary import countdown
from pitstop_desktop.models.board import BoardTableModel, Column, Role
from pitstop_desktop.models.clock import FixedClock
from pitstop_desktop.services import board as board_service
from tests.gui.conftest import DEMO_NOW


@pytest.fixture
def rows(demo_db):  # type: ignore[no-untyped-def]
    return board_service.open_rows(demo_db)


@pytest.fixture
def ctx(make_workspace):  # type: ignore[no-untyped-def]
    return make_workspace("claudia.moraes")


def _model(ctx, rows, tab: str = "n1_rapida") -> BoardTableModel:  # type: ignore[no-untyped-def]
    model = BoardTableModel(tab, ctx.policy, ctx.clock)
    model.load(rows)
    return model


def test_every_tab_model_passes_qt_model_tester(qtmodeltester, ctx, rows) -> None:  # type: ignore[no-untyped-def]
    for tab in {r.tab for r in rows}:
        model = _model(ctx, rows, tab)
        assert model.rowCount() == sum(1 for r in rows if r.tab == tab)
        qtmodeltester.check(model, force_py=True)


def test_rows_show_their_columns_and_a_coloured_countdown(ctx, rows) -> None:  # type: ignore[no-untyped-def]
    model = _model(ctx, rows)
    first = model.row_at(0)
    assert model.data(model.index(0, Column.NUMBER)) == str(first.number)
    assert model.data(model.index(0, Column.CLIENT)) == first.client_name
    remaining = ctx.policy.read(first.sla, first.opened_at, DEMO_NOW).remaining_minutes
    assert model.data(model.index(0, Column.TIME_LEFT)) == countdown(remaining)
    state = ctx.policy.read(first.sla, first.opened_at, DEMO_NOW).state.value
    assert model.data(model.index(0, Column.TIME_LEFT), Role.SLA_STATE) == state
    assert model.data(model.index(0, Column.TIME_LEFT), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(Column.TIME_LEFT, Qt.Orientation.Horizontal) == "Tempo restante"


def test_default_order_is_most_urgent_first_and_any_column_sorts(ctx, rows) -> None:  # type: ignore[no-untyped-def]
    model = _model(ctx, rows)
    model.sort(Column.TIME_LEFT, Qt.SortOrder.AscendingOrder)
    lefts = [model.data(model.index(i, Column.TIME_LEFT), Role.REMAINING_MINUTES) for i in range(model.rowCount())]
    assert lefts == sorted(lefts)
    model.sort(Column.NUMBER, Qt.SortOrder.DescendingOrder)
    numbers = [model.data(model.index(i, Column.NUMBER), Role.NUMBER) for i in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)


def test_filter_narrows_and_toggles_combine(ctx, rows) -> None:  # type: ignore[no-untyped-def]
    model = _model(ctx, rows)
    total = model.rowCount()
    target = model.row_at(0)
    model.set_filter(str(target.number))
    assert 1 <= model.rowCount() < total
    assert any(model.row_at(i).number == target.number for i in range(model.rowCount()))
    model.set_filter("")
    model.set_filter(only_unassigned=True)
    assert all(model.row_at(i).assignee is None for i in range(model.rowCount()))
    model.set_filter(only_unassigned=False, only_at_risk=True)
    assert all(model.data(model.index(i, 0), Role.SLA_STATE) in ("warning", "breached")
               for i in range(model.rowCount()))
    model.set_filter(only_at_risk=False, sla_class="24H")
    assert all(model.row_at(i).sla == "24H" for i in range(model.rowCount()))


def test_applying_one_changed_row_keeps_the_rest_and_the_selection(qtbot, ctx, rows) -> None:  # type: ignore[no-untyped-def]
    model = _model(ctx, rows)
    model.sort(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    before = model.rowCount()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    changed = replace(model.row_at(2), summary="Resumo alterado em outro console", version=99)
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.apply([changed])
    assert signal.args[0].row() == 2 and signal.args[1].row() == 2
    assert model.data(model.index(2, Column.SUMMARY)) == "Resumo alterado em outro console"
    assert model.rowCount() == before and not resets
    # an OC that closed leaves the tab; one that arrived from another tab is inserted in order
    closed = replace(model.row_at(0), status="closed")
    with qtbot.waitSignal(model.rowsRemoved):
        model.apply([closed])
    assert model.rowCount() == before - 1
    arrived = next(r for r in rows if r.tab != "n1_rapida")
    with qtbot.waitSignal(model.rowsInserted):
        model.apply([replace(arrived, tab="n1_rapida")])
    numbers = [model.row_at(i).number for i in range(model.rowCount())]
    assert arrived.number in numbers and numbers == sorted(numbers)
    assert not resets


def test_countdown_ticks_without_the_database(ctx, rows) -> None:  # type: ignore[no-untyped-def]
    clock = FixedClock(DEMO_NOW)
    model = BoardTableModel("n1_rapida", ctx.policy, clock)
    model.load(rows)
    row = model.row_at(0)
    before = model.data(model.index(0, Column.TIME_LEFT), Role.REMAINING_MINUTES)
    clock.set(DEMO_NOW + timedelta(minutes=30))
    model.tick()
    after = model.data(model.index(model.row_of_number(row.number), Column.TIME_LEFT), Role.REMAINING_MINUTES)
    assert after < before
    total, at_risk = model.counts()
    assert total == model.rowCount() and 0 <= at_risk <= total


def test_time_in_tab_never_counts_backwards(ctx, rows) -> None:  # type: ignore[no-untyped-def]
    """A seat whose clock runs behind the one that moved the OC shows 0 minutes in the tab, not '-18min'."""
    moved = replace(next(r for r in rows if r.tab == "n1_rapida"), tab_since=DEMO_NOW + timedelta(minutes=18))
    model = _model(ctx, [moved])
    assert model.data(model.index(0, Column.IN_TAB)) == countdown(0)
    model.load([replace(moved, tab_since=DEMO_NOW - timedelta(minutes=18))])
    assert model.data(model.index(0, Column.IN_TAB)) == countdown(18)


def test_a_tick_repaints_only_the_countdowns_on_screen_that_read_differently(ctx, rows) -> None:  # type: ignore[no-untyped-def]
    """Countdowns show minutes: the ticks of the same minute repaint nothing; the next minute repaints the rows
    on screen (one run), not those below; a hidden view's model signals its whole range, computing nothing."""
    clock = FixedClock(DEMO_NOW)
    model = BoardTableModel("n1_rapida", ctx.policy, clock)
    model.load(rows)
    assert model.rowCount() > 6
    spans: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: spans.append((top.row(), top.column(), bottom.row(),
                                                                    bottom.column())))
    on_screen = (2, 5)
    model.tick(on_screen)  # rows 2-5 were never shown: all of them
    assert spans == [(2, int(Column.TIME_LEFT), 5, int(Column.SIGNALS))]
    spans.clear()
    for seconds in (1, 2, 3):  # DEMO_NOW is on the minute
        clock.set(DEMO_NOW + timedelta(seconds=seconds))
        model.tick(on_screen)
    assert spans == []
    clock.set(DEMO_NOW + timedelta(minutes=1))
    model.tick(on_screen)
    assert spans == [(2, int(Column.TIME_LEFT), 5, int(Column.SIGNALS))]
    assert [model.display_text(i, int(Column.TIME_LEFT)) for i in range(2, 6)] == [
        countdown(model.data(model.index(i, Column.TIME_LEFT), Role.REMAINING_MINUTES)) for i in range(2, 6)]
    spans.clear()
    model.tick(None)
    assert spans == [(0, int(Column.TIME_LEFT), model.rowCount() - 1, int(Column.SIGNALS))]


@pytest.mark.parametrize(("minutes", "text"), [(12, "12min"), (-65, "-1h05"), (200, "3h20"), (3000, "2d02h")])
def test_countdown_cells(minutes: int, text: str) -> None:
    assert countdown(minutes) == text
