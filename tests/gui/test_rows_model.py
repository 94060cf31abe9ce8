"""The generic row model: one-row updates, inserts, removals and moves keep the selection on the same key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QIcon, QPixmap
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


def test_fonts_icons_and_one_column_refresh(qtmodeltester, qapp) -> None:  # type: ignore[no-untyped-def]
    bold = QFont()
    bold.setBold(True)
    icon = QIcon(QPixmap(8, 8))
    model: RowModel[Item] = RowModel([
        Column("Id", lambda i: str(i.id), font=lambda i: bold if i.id == 1 else None),
        Column("Name", lambda i: i.name, icon=lambda i: icon if i.name == "warn" else None),
    ], key=lambda i: i.id)
    model.set_rows([Item(1, "warn"), Item(2, "b")])
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    assert isinstance(model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.data(model.index(1, 1), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None  # no icon spec: none
    assert model.index_of(2, 1) == model.index(1, 1) and not model.index_of(42).isValid()
    spans: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: spans.append((top.row(), top.column(), bottom.row(),
                                                                    bottom.column())))
    model.refresh_texts(1)
    model.refresh_texts()
    assert spans == [(0, 1, 1, 1), (0, 0, 1, 1)]
    model.set_rows([])
    model.refresh_texts(1)  # nothing to re-render: no signal
    assert len(spans) == 2


def test_a_tick_repaints_only_the_time_cells_that_changed(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """A queue refreshes its time columns every second; what they show changes once a minute or when a colour
    turns, so only those cells are re-rendered (as runs of rows)."""
    from PySide6.QtGui import QColor

    clock = {"minutes": 0}
    red = QColor("red")

    def waited(item: Item) -> int:
        return item.id * 10 + clock["minutes"]

    column = Column("Waited", lambda i: f"{waited(i) // 60} h", foreground=lambda i: red if waited(i) >= 45 else None)
    model: RowModel[Item] = RowModel([Column("Name", lambda i: i.name), column], key=lambda i: i.id)
    model.set_rows([Item(1, "a"), Item(2, "b"), Item(3, "c"), Item(4, "d")])
    spans: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: spans.append((top.row(), top.column(), bottom.row(),
                                                                    bottom.column())))
    model.refresh_texts(1)
    assert spans == [(0, 1, 3, 1)]  # the first tick: every row
    spans.clear()
    model.refresh_texts(1)
    assert spans == []  # a second later, nothing shown differently: no repaint
    clock["minutes"] = 5  # the last row turns red (45 min), its text the same
    model.refresh_texts(1)
    assert spans == [(3, 1, 3, 1)]
    spans.clear()
    model.upsert(Item(2, "B"))  # a row read again: its own change repaints it, and the next tick once more
    assert spans == [(1, 0, 1, 1)]
    spans.clear()
    model.refresh_texts(1)
    assert spans == [(1, 1, 1, 1)]
    spans.clear()
    clock["minutes"] = 20  # the third turns red (50 min), the last one's text changes (1 h): one run of two rows
    model.refresh_texts(1)
    assert spans == [(2, 1, 3, 1)]
    assert [row[1] for row in model.texts()] == ["0 h", "0 h", "0 h", "1 h"]
    spans.clear()
    clock["minutes"] = 70  # every row reads differently; a view shows rows 1 and 2: only those are worked out
    model.refresh_texts(1, on_screen=(1, 2))
    assert spans == [(1, 1, 2, 1)]
    qtmodeltester.check(model, force_py=True)


def test_rows_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.views.row_view import RowView, rows_on_screen

    model = make_model()
    model.set_rows([Item(i, f"row {i}") for i in range(200)])
    view: RowView[Item] = RowView(model)
    qtbot.addWidget(view)
    assert rows_on_screen(view) is None  # hidden: nothing painted
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    top, bottom = rows_on_screen(view) or (-1, -1)
    assert top == 0 and 0 < bottom < 199
    view.scrollToBottom()
    scrolled = rows_on_screen(view)
    assert scrolled is not None and scrolled[0] > 0 and scrolled[1] == 199


def test_runs_of_neighbouring_rows() -> None:
    from pitstop_desktop.models.rows import runs

    assert list(runs([1, 2, 3, 5, 7, 8])) == [(1, 3), (5, 5), (7, 8)]
    assert list(runs([0])) == [(0, 0)] and list(runs([])) == []
