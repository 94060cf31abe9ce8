"""qtmodeltester on every item model the console shows, filled with the demo day."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget

from pitstop_desktop.views.occurrence_dialog import OccurrenceDialog
from pitstop_desktop.views.offer_picker import OfferPicker
from pitstop_desktop.views.queues import ApoioPanel, ApprovalsPanel


def _trees(widget) -> list[QTreeWidget]:  # type: ignore[no-untyped-def]
    return widget.findChildren(QTreeWidget)


def test_queue_picker_and_history_models(qtbot, qtmodeltester, make_context) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context("patricia.nogueira")
    widgets = [ApprovalsPanel(ctx), ApoioPanel(ctx), OccurrenceDialog(ctx, 18), OfferPicker(ctx, 135)]
    for widget in widgets:
        qtbot.addWidget(widget)
        if hasattr(widget, "refresh"):
            widget.refresh()
    ctx.runner.wait_idle()
    checked = 0
    for widget in widgets:
        trees = _trees(widget)
        assert trees, f"{type(widget).__name__} shows no item view"
        for tree in trees:
            qtmodeltester.check(tree.model(), force_py=True)
            checked += 1
    filled = [t for w in widgets for t in _trees(w) if t.topLevelItemCount() > 0]
    assert len(filled) >= 3, "the demo day fills the queues, the history and the picker"
    assert checked >= 4
