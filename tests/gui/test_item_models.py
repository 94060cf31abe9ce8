"""qtmodeltester on the item models the panels really use, filled with the demo day and then changed by a refresh.

Each panel's list is a :class:`RowModel` in a :class:`RowView`. The testers watch a model from the moment the panel
is built (so they see the first fill row by row), a second tester checks the filled model as a whole, and both
keep checking while a refresh inserts, removes, moves and updates rows. pytest-qt's Python tester asserts; Qt's
own ``QAbstractItemModelTester`` reports through ``qt.modeltest`` warnings, which the fixture collects with its own
message handler (pytest-qt's ``qtlog`` records nothing with this PySide6), and any of them fails the test.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.modeltest import ModelTester
from shiboken6 import Shiboken

from pitstop_desktop.models.rows import Column, RowModel
from pitstop_desktop.services import apoio, escalations, occurrences, people, slots
from pitstop_desktop.views.occurrence_dialog import OccurrenceDialog
from pitstop_desktop.views.offer_picker import OfferPicker
from pitstop_desktop.views.queues import ApoioPanel, ApprovalsPanel
from pitstop_desktop.views.row_view import RowView
from pitstop_desktop.views.slot_picker import SlotPicker
from pitstop_desktop.views.workspace import Workspace
from tests.gui.conftest import DEMO_DAY, DEMO_NOW
from tests.gui.helpers import click_row, new_apoio_item, new_call

MakeContext = Callable[..., Workspace]
Check = Callable[..., None]


@pytest.fixture
def check_models(request: pytest.FixtureRequest) -> Iterator[Check]:
    """``check_models(model, …)``: what the ``qtmodeltester`` fixture does, for as many models as a panel has."""
    testers: list[tuple[ModelTester, RowModel[Any]]] = []
    qt_testers: list[QAbstractItemModelTester] = []
    failures: list[str] = []

    def collect(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category == "qt.modeltest":
            failures.append(message)
        else:
            sys.stderr.write(f"{message}\n")

    previous = qInstallMessageHandler(collect)

    def check(*models: Any) -> None:
        for model in models:
            assert isinstance(model, RowModel), f"{type(model).__name__} is not the generic row model"
            tester = ModelTester(request.config)
            tester.check(model, force_py=True)
            testers.append((tester, model))
            qt_testers.append(QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning))

    try:
        yield check
    finally:
        qInstallMessageHandler(previous)
    for tester, model in testers:
        if Shiboken.isValid(model):  # a panel closed by qtbot took its model along
            tester._cleanup()  # as the qtmodeltester fixture does at teardown
    assert failures == []


def _models(*views: RowView[Any]) -> list[RowModel[Any]]:
    return [view.rows() for view in views]


def test_the_checker_can_fail(qtbot: Any) -> None:
    """The old test ran the tester on QTreeWidget's own model and could not fail; this one can."""
    def not_text(n: int) -> Any:  # a tooltip must be text; this one is a number
        return n

    wrong_type: RowModel[int] = RowModel([Column("n", str, tooltip=not_text)], key=lambda n: n)
    wrong_type.set_rows([1, 2])
    with pytest.raises(AssertionError):
        ModelTester(None).check(wrong_type, force_py=True)

    model: RowModel[int] = RowModel([Column("n", str)], key=lambda n: n)
    model.set_rows([1, 2])
    tester = ModelTester(None)
    tester.check(model, force_py=True)
    with qtbot.captureExceptions() as exceptions:
        model.dataChanged.emit(model.index(1, 0), model.index(0, 0))  # bottom above top
    tester._cleanup()
    assert exceptions and exceptions[0][0] is AssertionError


def test_qt_own_tester_is_heard() -> None:
    """Qt's tester only warns, under the "qt.modeltest" category: what the fixture listens for."""
    heard: list[str] = []
    previous = qInstallMessageHandler(lambda kind, context, message: heard.append(context.category or ""))
    try:
        model: RowModel[int] = RowModel([Column("n", str)], key=lambda n: n)
        model.set_rows([1, 2])
        tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
        model.dataChanged.emit(model.index(1, 0), model.index(0, 0))  # bottom above top
        del tester
    finally:
        qInstallMessageHandler(previous)
    assert "qt.modeltest" in heard


def test_approvals_models(qtbot: Any, make_workspace: MakeContext, check_models: Check) -> None:
    ctx = make_workspace("patricia.nogueira")
    asked = new_call(ctx.db)  # her own request: in both lists
    escalations.escalate(ctx.db, asked, actor="patricia.nogueira", target="especialistas",
                         reason="not_solvable_n1", at=DEMO_NOW)
    panel = ApprovalsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 640)
    panel.show()
    check_models(*_models(panel.table, panel.mine))  # watching the first fill
    assert ctx.runner.wait_idle()
    assert len(panel.row_texts()) == 9 and panel.mine_rows()[0][0] == str(asked)
    check_models(*_models(panel.table, panel.mine))  # the filled models as a whole
    click_row(panel.table, "88")

    # Another manager decides two requests and a supervisor asks for a new one: rows go, change and come.
    other = next(e for e in escalations.list_escalations(ctx.db) if e.number == asked)
    escalations.approve(ctx.db, other.id, actor="ricardo.almeida", note="ok", at=DEMO_NOW)
    sixty_one = next(e for e in escalations.list_escalations(ctx.db, pending_only=True) if e.number == 61)
    escalations.approve(ctx.db, sixty_one.id, actor="ricardo.almeida", at=DEMO_NOW)
    fresh = new_call(ctx.db)
    escalations.escalate(ctx.db, fresh, actor="claudia.moraes", target="n2", reason="long_in_line", at=DEMO_NOW)
    changed: list[tuple[int, int]] = []
    panel.mine.rows().dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.refresh()
    numbers = [row[0] for row in panel.row_texts()]
    assert str(asked) not in numbers and "61" not in numbers and numbers[-1] == str(fresh)
    assert panel.mine_rows()[0][4:7] == ["aprovado", "Ricardo Almeida", "ok"]
    assert changed == [(0, 0)]  # her decided request re-rendered one row
    assert panel.selected_number() == 88  # the selection survived the refresh
    panel.update_waiting()  # the tick re-renders one column


def test_apoio_model(qtbot: Any, make_workspace: MakeContext, check_models: Check) -> None:
    ctx = make_workspace("fernanda")
    panel = ApoioPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 480)
    panel.show()
    check_models(panel.table.rows())
    assert ctx.runner.wait_idle()
    assert len(panel.row_texts()) == 8
    check_models(panel.table.rows())
    click_row(panel.table, "129")

    added = new_apoio_item(ctx.db)
    apoio.claim(ctx.db, 157, actor="zenaide", at=DEMO_NOW)
    apoio.forward(ctx.db, 145, actor="fernanda", tab="n2", at=DEMO_NOW)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.refresh()
    rows = {row[0]: row for row in panel.row_texts()}
    assert "145" not in rows and str(added) in rows
    assert rows["157"][7] == "Zenaide Oliveira às 14:30"
    assert panel.selected_number() == 129
    panel.update_waiting()


def test_offer_picker_model(qtbot: Any, make_workspace: MakeContext, check_models: Check) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db)
    picker = OfferPicker(ctx, number)
    qtbot.addWidget(picker)
    picker.show()
    check_models(picker.table.rows())
    assert ctx.runner.wait_idle()
    names = [row[0] for row in picker.row_texts()]
    assert names.index("Diego Martins") > names.index("Felipe Gomes")  # at lunch, below the available ones
    check_models(picker.table.rows())
    click_row(picker.table, "Henrique Barbosa")

    # Diego comes back from lunch (moves up), Felipe leaves for lunch (moves down), a new technician is added.
    people.record_presence(ctx.db, login="diego.martins", kind="back", at=DEMO_NOW)
    people.record_presence(ctx.db, login="felipe.gomes", kind="lunch", at=DEMO_NOW)
    people.add_staff(ctx.db, login="nova.tecnica", name="Nova Técnica", role="technician", tabs=["n1_rapida"])
    with qtbot.waitSignal(picker.loaded, timeout=10_000):
        picker.reload()
    names = [row[0] for row in picker.row_texts()]
    assert names.index("Diego Martins") < names.index("Felipe Gomes")
    assert "Nova Técnica" in names
    assert picker.selected_login() == "henrique.barbosa"


def test_slot_picker_model(qtbot: Any, make_workspace: MakeContext, check_models: Check) -> None:
    ctx = make_workspace("bruno.carvalho")
    picker = SlotPicker(ctx, "n1_filiais", DEMO_DAY)
    qtbot.addWidget(picker)
    picker.show()
    check_models(picker.table.rows())
    assert ctx.runner.wait_idle()
    assert picker.slots()
    check_models(picker.table.rows())
    taken = slots.free_slots(ctx.db, day=DEMO_DAY, tab="n1_filiais", at=DEMO_NOW)[0]
    occurrences.register_call(ctx.db, actor="tatiane.melo", client="C1005", channel="phone", summary="Visita",
                              kind="installation", tab="n1_filiais", slot=taken.start, technician=taken.technician,
                              at=DEMO_NOW)
    with qtbot.waitSignal(picker.loaded, timeout=10_000):
        picker.reload()  # one slot goes, the next one of that time becomes its heading
    assert taken not in picker.slots()
    with qtbot.waitSignal(picker.loaded, timeout=10_000):
        picker.tab_combo.setCurrentIndex(picker.tab_combo.findData("n1_rapida"))  # every row replaced


def test_history_model(qtbot: Any, make_workspace: MakeContext, check_models: Check) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db)
    dialog = OccurrenceDialog(ctx, number)
    qtbot.addWidget(dialog)
    dialog.show()
    check_models(dialog.history.rows())
    assert ctx.runner.wait_idle()
    assert [row[2] for row in dialog.history_texts()] == ["registrada"]
    check_models(dialog.history.rows())
    occurrences.forward(ctx.db, number, actor="claudia.moraes", tab="n1_blip_matriz", note="pelo chat",
                        at=DEMO_NOW)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.reload()
    assert [row[2] for row in dialog.history_texts()] == ["registrada", "encaminhada"]
