"""The generic row model: one-row updates, inserts, removals and moves keep the selection on the same key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from pitstop_desktop.models.rows import Column, RowModel, RowRole


@dataclass(frozen=True)
class Item:
    id: int
    name: str


def make_model() -> RowModel[Item]:
    return RowModel([Column("Id", lambda i: str(i.id), sort=lambda i: i.id), Column("Name", lambda i: i.name)],
                    key=lambda i: i.id)


def test_set_rows_reorders_updates_and_removes(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = make_model()
    qtmodeltester.check(model)
    model.set_rows([Item(1, "a"), Item(2, "b"), Item(3, "c")])
    qtmodeltester.check(model)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.extend(range(top.row(), bottom.row() + 1)))
    model.set_rows([Item(3, "c"), Item(1, "A"), Item(4, "d")])
    assert model.texts() == [["3", "c"], ["1", "A"], ["4", "d"]]
    assert changed == [1]  # only the row whose name changed
    assert model.data(model.index(1, 0), RowRole.KEY) == 1
    assert model.data(model.index(1, 0), RowRole.SORT) == 1
    assert model.data(model.index(1, 1), RowRole.ROW) == Item(1, "A")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    qtmodeltester.check(model)


def test_selection_follows_the_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = make_model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_rows([Item(1, "a"), Item(2, "b"), Item(3, "c")])
    view.selectionModel().setCurrentIndex(model.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    model.set_rows([Item(0, "z"), Item(3, "c2"), Item(1, "a")])
    current = view.selectionModel().currentIndex()
    assert model.data(current, RowRole.KEY) == 3
    model.upsert(Item(5, "e"))
    model.upsert(Item(3, "c3"))
    assert model.row_for(3) == Item(3, "c3") and model.row_of(5) == 3
    assert model.remove(0) and not model.remove(42)
    assert model.data(view.selectionModel().currentIndex(), RowRole.KEY) == 3
