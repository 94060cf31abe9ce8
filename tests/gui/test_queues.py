"""The approvals queue and the APOIO queue on the demo day (2026-11-24, clock at 14:30), with real clicks.

Pending escalations at 14:30: OC 18 (→ N2, Nelson Batista), 61, 71, 88, 91, 124, 131, 141. APOIO items: 123
(Zenaide), 129 (Janne), 137 and 136 (Fernanda), and free 157 (everyone refused), 164 (sent by an attendant), 160
(no answer), 145 (N2 approved). Tests that only need "an OC waiting for a manager" or "a free APOIO item" make
their own (``tests.gui.helpers``). Every decision is checked in the database afterwards.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from pitstop_desktop.domain.errors import Field
from pitstop_desktop.models.clock import FixedClock
from pitstop_desktop.services import apoio, escalations, occurrences
from pitstop_desktop.services.records import ApoioItemRecord, EscalationRecord
from pitstop_desktop.views.queues import ApoioPanel, ApprovalsPanel
from pitstop_desktop.views.workspace import Workspace
from tests.gui.conftest import DEMO_NOW
from tests.gui.helpers import LEFT, click_row, new_apoio_item, new_call

MakeContext = Callable[..., Workspace]


def approvals(qtbot: Any, ctx: Workspace) -> ApprovalsPanel:
    panel = ApprovalsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 640)
    panel.show()
    assert ctx.runner.wait_idle()
    return panel


def apoio_panel(qtbot: Any, ctx: Workspace) -> ApoioPanel:
    panel = ApoioPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 480)
    panel.show()
    assert ctx.runner.wait_idle()
    return panel


def escalation(ctx: Workspace, number: int, *, status: str | None = None) -> EscalationRecord:
    found = [e for e in escalations.list_escalations(ctx.db) if e.number == number
             and (status is None or e.status == status)]
    assert found, number
    return found[-1]


def item(ctx: Workspace, number: int) -> ApoioItemRecord | None:
    return next((i for i in apoio.list_items(ctx.db) if i.number == number), None)


# Approvals


def test_pending_escalations_with_requester_target_reason_and_waiting(qtbot: Any, make_workspace: MakeContext) -> None:
    panel = approvals(qtbot, make_workspace("patricia.nogueira"))
    rows = panel.row_texts()
    assert [r[0] for r in rows] == ["18", "61", "71", "88", "91", "124", "131", "141"]  # longest waiting first
    # OC, client, summary, SLA class, time left, waiting, requester, target, reason, note
    assert rows[0][0] == "18" and rows[0][5:9] == ["4 h 45 min", "Nelson Batista", "N2", "não solucionável no N1"]
    assert rows[2][0] == "71" and rows[2][6:9] == ["Wesley Farias", "Especialistas", "longo em linha ou acesso remoto"]
    assert panel.count_text() == "8 pendente(s)"
    assert panel.approve_button.isEnabled() and panel.reject_button.isEnabled()


def test_waiting_time_ticks_from_the_clock_without_the_database(
    qtbot: Any, make_workspace: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = make_workspace("patricia.nogueira")
    panel = approvals(qtbot, ctx)
    calls: list[object] = []
    monkeypatch.setattr(ctx.db, "transaction", lambda *a, **k: calls.append(a))
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.set(DEMO_NOW + timedelta(minutes=16))
    with qtbot.waitSignal(panel.table.rows().dataChanged, timeout=2500) as ticked:  # the one-second tick
        pass
    top, bottom = ticked.args[0], ticked.args[1]
    assert (top.row(), bottom.row()) == (0, 7)
    # only time left and waiting re-render, side by side
    assert (top.column(), bottom.column()) == (ApprovalsPanel.TIME_LEFT_COLUMN, ApprovalsPanel.WAITING_COLUMN)
    assert panel.row_texts()[0][5] == "5 h 01 min"
    assert panel.selected_number() == 18  # the selection stays
    assert calls == []


def test_approve_as_a_manager_who_did_not_ask(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("patricia.nogueira")
    panel = approvals(qtbot, ctx)
    click_row(panel.table, "61")
    qtbot.keyClicks(panel.note, "ok, caso confirmado")
    with qtbot.waitSignal(panel.occurrence_changed, timeout=5000) as changed:
        qtbot.mouseClick(panel.approve_button, LEFT)
        assert ctx.runner.wait_idle()
    assert changed.args == [61]
    decided = escalation(ctx, 61, status="approved")
    assert (decided.decided_by, decided.decision_note) == ("patricia.nogueira", "ok, caso confirmado")
    assert occurrences.show(ctx.db, 61, at=DEMO_NOW).tab == "especialistas"  # R6
    assert "61" not in [r[0] for r in panel.row_texts()]
    assert panel.banner.text() == ("Escalonamento da OC 61 para Especialistas aprovado; a OC vai para "
                                   "Especialistas (R6).")
    assert panel.note.text() == ""


def test_approving_n2_sends_the_oc_to_apoio(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("ricardo.almeida")
    panel = approvals(qtbot, ctx)
    click_row(panel.table, "18")
    qtbot.mouseClick(panel.approve_button, LEFT)
    assert ctx.runner.wait_idle()
    assert escalation(ctx, 18, status="approved").decided_by == "ricardo.almeida"
    queued = item(ctx, 18)
    assert queued is not None and queued.reason == "n2_approved"  # R7: through APOIO


def test_reject_needs_a_reason(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("marcos.teixeira")
    panel = approvals(qtbot, ctx)
    before = occurrences.show(ctx.db, 88, at=DEMO_NOW)
    click_row(panel.table, "88")
    qtbot.mouseClick(panel.reject_button, LEFT)
    assert ctx.runner.wait_idle()
    assert panel.banner.text().startswith("Informe o motivo da rejeição")
    assert panel.note.hasFocus()
    assert escalation(ctx, 88).status == "pending"
    qtbot.keyClicks(panel.note, "resolver no N1 com a FAQ")
    qtbot.mouseClick(panel.reject_button, LEFT)
    assert ctx.runner.wait_idle()
    rejected = escalation(ctx, 88)
    assert (rejected.status, rejected.decided_by, rejected.decision_note) == (
        "rejected", "marcos.teixeira", "resolver no N1 com a FAQ")
    after = occurrences.show(ctx.db, 88, at=DEMO_NOW)
    assert (after.tab, after.status) == (before.tab, "in_progress")  # stays where it was
    assert after.history is not None and after.history[-1].action == "escalation_rejected"


def test_four_eyes_a_manager_cannot_approve_their_own_request(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("patricia.nogueira")
    number = new_call(ctx.db)
    escalations.escalate(ctx.db, number, actor="patricia.nogueira", target="especialistas",
                         reason="not_solvable_n1", at=DEMO_NOW)
    panel = approvals(qtbot, ctx)
    own = next(r for r in panel.row_texts() if r[0] == str(number))
    assert own[6] == "Patrícia Nogueira (você)"
    click_row(panel.table, str(number))
    qtbot.mouseClick(panel.approve_button, LEFT)
    assert ctx.runner.wait_idle()
    assert panel.banner.text() == ("R8: Quem pediu o escalonamento não pode decidir sobre ele; "
                                   "peça a outro gestor.")
    assert escalation(ctx, number).status == "pending"
    assert str(number) in [r[0] for r in panel.row_texts()]
    assert panel.selected_number() == number  # the refresh after the refusal keeps the row selected


def test_the_requester_sees_the_decision(qtbot: Any, make_workspace: MakeContext) -> None:
    asker = make_workspace("patricia.nogueira")
    number = new_call(asker.db)
    escalations.escalate(asker.db, number, actor="patricia.nogueira", target="especialistas",
                         reason="not_solvable_n1", at=DEMO_NOW)
    mine = approvals(qtbot, asker)
    assert mine.mine_rows()[0][:6] == [str(number), "Especialistas", "não solucionável no N1", "14:30", "pendente",
                                       ""]
    decider = make_workspace("ricardo.almeida")
    panel = approvals(qtbot, decider)
    click_row(panel.table, str(number))
    qtbot.keyClicks(panel.note, "pode seguir")
    qtbot.mouseClick(panel.approve_button, LEFT)
    assert decider.runner.wait_idle()
    mine.refresh()
    assert asker.runner.wait_idle()
    assert mine.mine_rows()[0] == [str(number), "Especialistas", "não solucionável no N1", "14:30", "aprovado",
                                   "Ricardo Almeida", "pode seguir"]


def test_a_supervisor_sees_approvals_but_cannot_decide(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    panel = approvals(qtbot, ctx)
    assert panel.pending_box.isVisible() and len(panel.row_texts()) == 8
    click_row(panel.table, "18")
    assert not panel.approve_button.isEnabled() and not panel.reject_button.isEnabled()
    assert not panel.note.isEnabled()
    qtbot.mouseClick(panel.approve_button, LEFT)
    assert ctx.runner.wait_idle()
    assert escalation(ctx, 18).status == "pending"


def test_an_attendant_sees_only_her_own_requests(qtbot: Any, make_workspace: MakeContext) -> None:
    panel = approvals(qtbot, make_workspace("ana.souza"))
    assert not panel.pending_box.isVisible()
    rows = {r[0]: r for r in panel.mine_rows()}
    assert set(rows) == {"25", "109", "141", "144"}
    assert rows["141"][4] == "pendente" and rows["141"][5] == ""
    assert rows["109"][4:6] == ["aprovado", "Patrícia Nogueira"]


def test_double_click_opens_the_oc(qtbot: Any, make_workspace: MakeContext) -> None:
    panel = approvals(qtbot, make_workspace("patricia.nogueira"))
    with qtbot.waitSignal(panel.number_activated, timeout=2000) as activated:
        click_row(panel.table, "91", double=True)
    assert activated.args == [91]


# APOIO


def test_apoio_queue_with_reasons_waiting_and_who_claimed(qtbot: Any, make_workspace: MakeContext) -> None:
    panel = apoio_panel(qtbot, make_workspace("fernanda"))
    rows = {r[0]: r for r in panel.row_texts()}
    assert list(rows) == ["123", "129", "137", "136", "157", "164", "160", "145"]  # oldest first
    # OC, client, summary, SLA class, time left, waiting, reason, holder, note
    assert rows["123"][5:8] == ["1 h 43 min", "ninguém respondeu", "Zenaide Oliveira às 12:59"]
    assert rows["137"][6] == "todos recusaram" and rows["137"][7] == "você às 13:15"
    assert rows["136"][6] == "N2 aprovado"
    assert rows["164"][5:8] == ["30 min", "enviado pelo atendente", "ninguém"]
    assert "N1 - Filiais" in rows["157"][8]  # codes in notes read as names
    assert panel.selected_number() == 137  # the oldest item she can act on
    assert panel.count_text() == "8 na fila, 4 livre(s)"


def test_claim_in_one_click(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("fernanda")
    number = new_apoio_item(ctx.db)
    panel = apoio_panel(qtbot, ctx)
    row = next(r for r in panel.row_texts() if r[0] == str(number))
    assert row[5:8] == ["0 s", "enviado pelo atendente", "ninguém"] and row[8] == "cliente pediu a gestao"
    click_row(panel.table, str(number))
    assert panel.selected_number() == number and panel.claim_button.isEnabled()
    with qtbot.waitSignal(panel.occurrence_changed, timeout=5000):
        qtbot.mouseClick(panel.claim_button, LEFT)
        assert ctx.runner.wait_idle()
    claimed = item(ctx, number)
    assert claimed is not None and claimed.claimed_by == "fernanda"
    oc = occurrences.show(ctx.db, number, at=DEMO_NOW)
    assert (oc.assignee, oc.status) == ("fernanda", "in_progress")
    assert panel.banner.text() == f"Você assumiu a OC {number}."
    assert next(r for r in panel.row_texts() if r[0] == str(number))[7] == "você às 14:30"
    assert panel.selected_number() == number  # the refresh kept the row
    assert not panel.claim_button.isEnabled()  # now hers


def test_a_second_apoio_is_told_who_claimed_first(qtbot: Any, make_workspace: MakeContext) -> None:
    zenaide = make_workspace("zenaide")
    number = new_apoio_item(zenaide.db)
    late = apoio_panel(qtbot, zenaide)  # loaded while the item is still free
    click_row(late.table, str(number))
    fernanda = make_workspace("fernanda")
    first = apoio_panel(qtbot, fernanda)
    click_row(first.table, str(number))
    qtbot.mouseClick(first.claim_button, LEFT)
    assert fernanda.runner.wait_idle()
    qtbot.mouseClick(late.claim_button, LEFT)
    assert zenaide.runner.wait_idle()
    assert late.banner.text() == f"R9: A OC {number} já foi assumida por Fernanda Castro (fernanda) às 14:30."
    assert late.banner.kind() == "error"
    claimed = item(zenaide, number)
    assert claimed is not None and claimed.claimed_by == "fernanda"
    assert next(r for r in late.row_texts() if r[0] == str(number))[7] == "Fernanda Castro às 14:30"  # re-read
    assert late.selected_number() == number
    assert not late.claim_button.isEnabled()


def test_claim_the_next_free_item(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("zenaide")
    panel = apoio_panel(qtbot, ctx)
    qtbot.mouseClick(panel.claim_next_button, LEFT)
    assert ctx.runner.wait_idle()
    claimed = item(ctx, 157)  # the oldest free one
    assert claimed is not None and claimed.claimed_by == "zenaide"
    assert panel.selected_number() == 157
    assert panel.banner.text() == "Você assumiu a OC 157."


def test_forward_to_n2_needs_an_approved_n2_escalation(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("fernanda")
    number = new_apoio_item(ctx.db)  # sent by an attendant: no N2 escalation
    panel = apoio_panel(qtbot, ctx)
    click_row(panel.table, str(number))
    qtbot.mouseClick(panel.forward_n2_button, LEFT)
    assert ctx.runner.wait_idle()
    assert panel.banner.text() == (f"R7: A OC {number} não tem escalonamento aprovado para N2; "
                                   "peça a validação de um gestor.")
    assert occurrences.show(ctx.db, number, at=DEMO_NOW).tab == "apoio_n1"
    assert item(ctx, number) is not None


def test_forward_an_approved_n2_item_to_n2(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("fernanda")
    panel = apoio_panel(qtbot, ctx)
    click_row(panel.table, "145")
    assert panel.target_tab.currentData() == "n2"  # preselected for an approved N2 item
    with qtbot.waitSignal(panel.occurrence_changed, timeout=5000) as changed:
        qtbot.mouseClick(panel.forward_n2_button, LEFT)
        assert ctx.runner.wait_idle()
    assert changed.args == [145]
    assert occurrences.show(ctx.db, 145, at=DEMO_NOW).tab == "n2"
    assert item(ctx, 145) is None
    assert "145" not in [r[0] for r in panel.row_texts()]


def test_offer_an_item_to_a_technician_of_another_tab(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("fernanda")
    number = new_apoio_item(ctx.db)
    panel = apoio_panel(qtbot, ctx)
    click_row(panel.table, str(number))
    panel.target_tab.setCurrentIndex(panel.target_tab.findData("n1_rapida"))
    qtbot.mouseClick(panel.offer_button, LEFT)
    picker = panel.picker
    assert picker is not None and picker.via_apoio and picker.tab == "n1_rapida"
    assert ctx.runner.wait_idle()
    assert "APOIO" in picker.heading_label.text() and "N1 - Rápida" in picker.heading_label.text()
    click_row(picker.table, "Felipe Gomes")
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert ctx.runner.wait_idle()
    oc = occurrences.show(ctx.db, number, at=DEMO_NOW)
    assert (oc.tab, oc.status, oc.offered_to) == ("n1_rapida", "offered", "felipe.gomes")
    assert item(ctx, number) is None
    assert panel.banner.text() == f"OC {number} saiu do APOIO para N1 - Rápida e foi oferecida a Felipe Gomes."
    assert str(number) not in [r[0] for r in panel.row_texts()]


def test_offer_from_apoio_to_someone_at_lunch_is_refused_by_r4(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("fernanda")
    number = new_apoio_item(ctx.db)
    panel = apoio_panel(qtbot, ctx)
    click_row(panel.table, str(number))
    panel.target_tab.setCurrentIndex(panel.target_tab.findData("n1_rapida"))
    qtbot.mouseClick(panel.offer_button, LEFT)
    picker = panel.picker
    assert picker is not None
    assert ctx.runner.wait_idle()
    click_row(picker.table, "Diego Martins", double=True)
    assert ctx.runner.wait_idle()
    refusal = picker.field_error_text(Field.TECHNICIAN)  # beside the list of technicians
    assert refusal is not None and refusal.startswith("R4: Diego Martins está no almoço")
    assert picker.selected_login() == "diego.martins"  # the list was read again and kept the row
    assert occurrences.show(ctx.db, number, at=DEMO_NOW).tab == "apoio_n1"
    assert item(ctx, number) is not None


def test_a_supervisor_watches_the_queue_without_acting(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    panel = apoio_panel(qtbot, ctx)
    assert len(panel.row_texts()) == 8
    click_row(panel.table, "157")
    buttons = (panel.claim_button, panel.claim_next_button, panel.forward_n2_button, panel.offer_button)
    assert not any(b.isEnabled() for b in buttons)


def test_apoio_double_click_opens_the_oc(qtbot: Any, make_workspace: MakeContext) -> None:
    panel = apoio_panel(qtbot, make_workspace("fernanda"))
    with qtbot.waitSignal(panel.number_activated, timeout=2000) as activated:
        click_row(panel.table, "160", double=True)
    assert activated.args == [160]


def test_a_panel_goes_as_soon_as_nobody_holds_it(qtbot: Any, make_workspace: MakeContext) -> None:
    """No reference cycle through the columns: otherwise Python's collector destroys the panel's Qt objects at a
    moment of its choosing, on whichever thread happens to allocate (a worker's, mid-query), and Qt crashes."""
    ctx = make_workspace("fernanda")
    gc.disable()
    try:
        for build in (ApoioPanel, ApprovalsPanel):
            panel = build(ctx)
            assert ctx.runner.wait_idle()
            qtbot.wait(10)
            assert panel.row_texts()
            gone = weakref.ref(panel)
            del panel
            assert gone() is None, build.__name__
    finally:
        gc.enable()
