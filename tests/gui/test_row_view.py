"""RowView: the current row follows its key through refreshes, and "the current row changed" means another key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pitstop_desktop.models.rows import Column, RowModel
from pitstop_desktop.views.row_view import RowView
from tests.gui.helpers import click_key


@dataclass(frozen=True)
class Item:
    id: int
    name: str


def make_view(qtbot: Any) -> RowView[Item]:
    model: RowModel[Item] = RowModel([Column("Id", lambda i: str(i.id)), Column("Name", lambda i: i.name)],
                                     key=lambda i: i.id)
    view = RowView(model, widths=(60,))
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    return view


def test_the_current_row_follows_its_key(qtbot: Any) -> None:
    view = make_view(qtbot)
    moves: list[object] = []
    view.current_key_changed.connect(lambda: moves.append(view.current_key()))
    view.replace_rows([Item(1, "a"), Item(2, "b"), Item(3, "c")])
    assert view.current_key() == 1 and moves == [1]  # the first row by default
    assert view.selectionModel().isRowSelected(0)
    click_key(view, 3)
    assert view.current() == Item(3, "c") and moves == [1, 3]
    # A click on another column of the same row is not a move.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(view.rows().index(2, 1)).center())
    assert moves == [1, 3]
    # A refresh that moves and changes the row keeps it current without announcing a move.
    view.replace_rows([Item(3, "c2"), Item(4, "d"), Item(1, "a")])
    assert view.current_key() == 3 and view.selectionModel().isRowSelected(0) and moves == [1, 3]
    assert view.texts() == [["3", "c2"], ["4", "d"], ["1", "a"]]
    # When the current row goes, the default chooses once, without the rows in between.
    view.replace_rows([Item(4, "d"), Item(1, "a")], default=lambda rows: rows[-1].id)
    assert view.current_key() == 1 and moves == [1, 3, 1]
    view.replace_rows([])
    assert view.current_key() is None and moves == [1, 3, 1, None]


def test_select_key_and_key_rect(qtbot: Any) -> None:
    view = make_view(qtbot)
    view.replace_rows([Item(n, f"n{n}") for n in range(1, 40)])
    assert view.select_key(30) and view.current_key() == 30
    assert not view.select_key(99) and view.current_key() == 30
    assert view.viewport().rect().contains(view.key_rect(39).center())  # scrolled into view
    with pytest.raises(KeyError):
        view.key_rect(99)
