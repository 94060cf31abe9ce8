"""The OC dialog and the technician picker on the demo day (2026-11-24, clock at 14:30), with real clicks and keys.

The tests read the dialog through its public surface (``field_text``, ``history_texts``, ``open_form``…) and make
the OC they act on (``new_call``), so only the demo's people and their day (who is at lunch, whose shift ends)
come from the demo. Every action is checked in the database afterwards (``occurrences.show``/``apoio.list_items``):
a success changed what it should, a refusal showed the rule inline and changed nothing.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotFound, NotPermitted, RuleViolation
from pitstop_desktop.services import apoio, occurrences, offers
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.views import messages
from pitstop_desktop.views.occurrence_dialog import OccurrenceDialog, sensible_actions
from pitstop_desktop.views.offer_picker import OfferPicker
from pitstop_desktop.views.workspace import Workspace
from tests.gui.conftest import DEMO_NOW
from tests.gui.helpers import click_row, new_call

MakeContext = Callable[..., Workspace]


def open_dialog(qtbot: Any, ctx: Workspace, number: int) -> OccurrenceDialog:
    dialog = OccurrenceDialog(ctx, number)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ctx.runner.wait_idle()
    assert dialog.view is not None and dialog.view.number == number
    return dialog


def show(db: Database, number: int) -> OccurrenceRecord:
    return occurrences.show(db, number, at=DEMO_NOW)


def click_person(picker: OfferPicker, name: str, *, double: bool = False) -> None:
    click_row(picker.table, name, double=double)


def open_picker(qtbot: Any, dialog: OccurrenceDialog) -> OfferPicker:
    qtbot.mouseClick(dialog.buttons["offer"], Qt.MouseButton.LeftButton)
    picker = dialog.picker
    assert picker is not None
    assert dialog.ctx.runner.wait_idle()
    qtbot.waitUntil(picker.isVisible)
    return picker


# Details and history


def test_details_and_full_history_in_local_time(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    dialog = open_dialog(qtbot, ctx, 18)
    stored = show(ctx.db, 18)
    assert "OC 18" in dialog.windowTitle() and stored.client_name in dialog.windowTitle()
    fields = {k: dialog.field_text(k) for k in ("tab", "technician", "status", "opened", "sla", "escalation")}
    assert fields["tab"] == "Especialistas"
    assert fields["technician"] == "Nelson Batista"
    assert fields["status"] == "aguardando gestor"
    assert fields["opened"] == "08:34 por Ana Paula Souza"
    assert "24 Horas" in fields["sla"] and "restam 18 h 04 min" in fields["sla"]
    assert "N2" in fields["escalation"] and "Nelson Batista" in fields["escalation"]
    assert dialog.field_shown("escalation")
    assert not dialog.field_shown("closed")
    assert stored.history is not None
    history = dialog.history_texts()
    assert len(history) == len(stored.history)
    assert history[0][:3] == ["08:34", "Ana Paula Souza", "registrada"]
    assert "telefone · erro" in history[0][3]  # codes read as words
    assert history[-1][2] == "escalonamento pedido"
    # Waiting for a manager: only closing makes sense (R6/R7).
    assert dialog.available_actions() == ["close"]
    assert dialog.buttons["close"].isVisible() and not dialog.buttons["offer"].isVisible()


def test_the_history_says_which_events_were_dated(qtbot: Any, make_workspace: MakeContext) -> None:
    """The demo's simulated day is not marked; an action given its time (--at, a fixed clock) is."""
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db)
    occurrences.close(ctx.db, number, actor="claudia.moraes", faq="7101", at=DEMO_NOW)
    dialog = open_dialog(qtbot, ctx, number)
    details = [row[3] for row in dialog.history_texts()]
    assert details[-1].endswith("(datado)")
    assert not any(d.endswith("(datado)") for d in (r[3] for r in open_dialog(qtbot, ctx, 18).history_texts()))


def test_closed_oc_offers_no_action(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("patricia.nogueira")
    number = new_call(ctx.db)
    occurrences.close(ctx.db, number, actor="claudia.moraes", faq="7101", at=DEMO_NOW)
    dialog = open_dialog(qtbot, ctx, number)
    assert dialog.view is not None and dialog.view.status == "closed"
    assert dialog.available_actions() == []
    assert not any(b.isVisible() for b in dialog.buttons.values())
    assert "R11" in dialog.actions_note()
    assert dialog.field_shown("closed") and dialog.field_text("closed") == "14:30 com FAQ 7101"
    assert [row[2] for row in dialog.history_texts()] == ["registrada", "encerrada"]


def test_an_unknown_oc_says_so(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    dialog = OccurrenceDialog(ctx, 9999)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ctx.runner.wait_idle()
    assert dialog.view is None and dialog.available_actions() == []
    assert dialog.banner.text() == "OC 9999 não existe"
    assert not any(b.isVisible() for b in dialog.buttons.values())


def test_open_oc_shows_every_action_the_role_allows(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    dialog = open_dialog(qtbot, ctx, number)
    assert dialog.available_actions() == ["offer", "forward", "escalate", "send_to_apoio", "close"]
    assert all(b.isVisible() for b in dialog.buttons.values())


def test_a_role_without_permissions_sees_no_buttons(
    qtbot: Any, make_workspace: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = make_workspace("ana.souza")
    number = new_call(ctx.db, channel="email")
    monkeypatch.setattr(ctx, "can", lambda action: False)
    dialog = open_dialog(qtbot, ctx, number)
    assert dialog.available_actions() == []
    assert not any(b.isVisible() for b in dialog.buttons.values())
    assert dialog.actions_note() == "Seu papel não tem ações sobre esta OC."


def test_sensible_actions_follow_the_state() -> None:
    base = dict(number=1, client="C", client_name="C", channel="phone", kind="question", summary="s",
                sla="24H", opened_at=DEMO_NOW, due_at=DEMO_NOW, sla_state="on_track", remaining_minutes=1,
                opened_by="x", complementary_of=None, closed_at=None, faq=None, tab_since=DEMO_NOW, version=1)
    def view(**kw: Any) -> OccurrenceRecord:
        return OccurrenceRecord(**{**base, "tab": "n1_rapida", "status": "open", "assignee": None, **kw})
    assert sensible_actions(view()) == {"offer", "forward", "escalate", "send_to_apoio", "close"}
    assert sensible_actions(view(status="in_progress", assignee="t")) == {"forward", "escalate", "send_to_apoio",
                                                                          "close"}
    assert sensible_actions(view(tab="n2")) == {"offer", "forward", "send_to_apoio", "close"}
    assert sensible_actions(view(tab="apoio_n1")) == {"forward", "escalate", "close"}
    assert sensible_actions(view(status="awaiting_approval")) == {"close"}
    assert sensible_actions(view(status="closed")) == set()


# Offer (R4)


def test_offer_to_an_available_technician(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    dialog = open_dialog(qtbot, ctx, number)
    picker = open_picker(qtbot, dialog)
    assert picker.candidates()[0].available  # available first
    assert picker.row_texts()[0][1] == "disponível"
    assert picker.selected() == picker.candidates()[0]  # the first row is selected
    click_person(picker, "Felipe Gomes")
    assert picker.selected_login() == "felipe.gomes"
    with qtbot.waitSignal(dialog.occurrence_changed, timeout=5000) as changed:
        QTest.keyClick(picker.table, Qt.Key.Key_Return)
        assert ctx.runner.wait_idle()
    assert changed.args == [number]
    stored = show(ctx.db, number)
    assert (stored.status, stored.offered_to) == ("offered", "felipe.gomes")
    assert stored.history is not None and stored.history[-1].by == "claudia.moraes"
    assert not picker.isVisible()
    assert "oferecida a Felipe Gomes" in dialog.banner.text()
    assert "aguardando resposta" in dialog.field_text("technician")  # the dialog reloaded
    assert dialog.history_texts()[-1][2] == "oferecida"  # the new entry was added to the history


def test_the_picker_alone_reads_the_oc_tab(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, tab="n1_blip_matriz", channel="blip")
    picker = OfferPicker(ctx, number)  # no tab given: the OC's own (N1 - Blip Matriz)
    qtbot.addWidget(picker)
    picker.show()
    assert ctx.runner.wait_idle()
    assert picker.tab == "n1_blip_matriz"
    assert picker.heading_label.text() == f"Oferecer a OC {number} a quem atende N1 - Blip Matriz"
    assert {c.login for c in picker.candidates()} >= {"camila.rocha", "isabela.freitas"}
    assert picker.count_label.text() == "5 de 5 disponíveis agora"


def test_double_click_offers_too(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db)
    dialog = open_dialog(qtbot, ctx, number)
    picker = open_picker(qtbot, dialog)
    click_person(picker, "Gabriela Santos", double=True)
    assert ctx.runner.wait_idle()
    assert show(ctx.db, number).offered_to == "gabriela.santos"


def test_offer_to_someone_at_lunch_shows_r4_and_changes_nothing(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    before = show(ctx.db, number)
    dialog = open_dialog(qtbot, ctx, number)
    picker = open_picker(qtbot, dialog)
    diego = next(c for c in picker.candidates() if c.login == "diego.martins")
    assert diego.state == "at_lunch"
    click_person(picker, "Diego Martins")
    qtbot.mouseClick(picker.offer_button, Qt.MouseButton.LeftButton)
    assert ctx.runner.wait_idle()
    assert picker.isVisible()
    refusal = picker.field_error_text(Field.TECHNICIAN)  # under the list of technicians
    assert refusal is not None and refusal.startswith("R4: Diego Martins está no almoço")
    assert picker.banner.text() == ""
    assert show(ctx.db, number) == before


def test_r4_warning_is_confirmed_before_offering(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, tab="n1_blip_matriz", channel="blip")
    dialog = open_dialog(qtbot, ctx, number)
    picker = open_picker(qtbot, dialog)
    row = next(r for r in picker.row_texts() if r[0] == "Camila Rocha")
    assert row[5] == "R4: fim do turno às 14:40 (em 10 min)"
    click_person(picker, "Camila Rocha")
    QTest.keyClick(picker.table, Qt.Key.Key_Return)
    assert ctx.runner.wait_idle()
    assert picker.banner.kind() == "warning" and "Oferecer mesmo assim?" in picker.banner.text()
    assert picker.offer_button.text() == "&Oferecer mesmo assim"
    assert show(ctx.db, number).offered_to is None  # nothing yet
    QTest.keyClick(picker.table, Qt.Key.Key_Return)
    assert ctx.runner.wait_idle()
    stored = show(ctx.db, number)
    assert stored.offered_to == "camila.rocha"
    assert stored.history is not None and "R4: fim do turno às 14:40" in stored.history[-1].detail
    assert "R4: fim do turno" in dialog.banner.text()


def test_replacing_a_pending_offer_is_confirmed_first(qtbot: Any, make_workspace: MakeContext) -> None:
    """Issue 9: someone else's offer still waits; the picker names who has it and replaces it on a second Enter."""
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    offers.offer(ctx.db, number, actor="ana.souza", to="felipe.gomes", at=DEMO_NOW)
    dialog = open_dialog(qtbot, ctx, number)
    picker = open_picker(qtbot, dialog)
    click_person(picker, "Gabriela Santos")
    QTest.keyClick(picker.table, Qt.Key.Key_Return)
    assert ctx.runner.wait_idle()
    assert picker.isVisible() and picker.banner.kind() == "warning"
    assert "já está oferecida a Felipe Gomes (felipe.gomes)" in picker.banner.text()
    assert picker.offer_button.text() == "&Oferecer mesmo assim"
    assert picker.selected_login() == "gabriela.santos"
    assert show(ctx.db, number).offered_to == "felipe.gomes"  # nothing yet
    with qtbot.waitSignal(dialog.occurrence_changed, timeout=5000):
        QTest.keyClick(picker.table, Qt.Key.Key_Return)
        assert ctx.runner.wait_idle()
    stored = show(ctx.db, number)
    assert stored.offered_to == "gabriela.santos"
    assert stored.history is not None
    assert [(h.by, h.action) for h in stored.history[-2:]] == [("claudia.moraes", "offer_withdrawn"),
                                                               ("claudia.moraes", "offered")]
    assert not picker.isVisible()


def test_moving_away_cancels_the_replacement_too(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    offers.offer(ctx.db, number, actor="ana.souza", to="felipe.gomes", at=DEMO_NOW)
    picker = open_picker(qtbot, open_dialog(qtbot, ctx, number))
    click_person(picker, "Gabriela Santos")
    QTest.keyClick(picker.table, Qt.Key.Key_Return)
    assert ctx.runner.wait_idle()
    click_person(picker, "Henrique Barbosa")
    assert picker.banner.text() == "" and picker.offer_button.text() == "&Oferecer"
    QTest.keyClick(picker.table, Qt.Key.Key_Return)  # a new choice asks again, it never replaces unasked
    assert ctx.runner.wait_idle()
    assert picker.offer_button.text() == "&Oferecer mesmo assim"
    assert show(ctx.db, number).offered_to == "felipe.gomes"


def test_moving_away_from_a_warned_row_cancels_the_confirmation(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, tab="n1_blip_matriz", channel="blip")
    picker = open_picker(qtbot, open_dialog(qtbot, ctx, number))
    click_person(picker, "Camila Rocha")
    QTest.keyClick(picker.table, Qt.Key.Key_Return)
    QTest.keyClick(picker.table, Qt.Key.Key_Down)
    assert picker.selected_login() != "camila.rocha"
    assert picker.banner.text() == "" and picker.offer_button.text() == "&Oferecer"


# Forward, escalate, send to APOIO, close


def test_forward_with_a_note(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    dialog = open_dialog(qtbot, ctx, number)
    qtbot.mouseClick(dialog.buttons["forward"], Qt.MouseButton.LeftButton)
    assert dialog.forward_tab.hasFocus()
    assert dialog.forward_tab.findData("n1_rapida") == -1  # not where it already is
    assert dialog.forward_tab.findData("especialistas") == -1  # gated: only by escalation (R6)
    dialog.forward_tab.setCurrentIndex(dialog.forward_tab.findData("n1_blip_matriz"))
    qtbot.keyClicks(dialog.forward_note, "cliente prefere o chat")
    with qtbot.waitSignal(dialog.occurrence_changed, timeout=5000):
        QTest.keyClick(dialog.forward_note, Qt.Key.Key_Return)  # Enter confirms the open form
        assert ctx.runner.wait_idle()
    stored = show(ctx.db, number)
    assert stored.tab == "n1_blip_matriz"
    assert stored.history is not None and stored.history[-1].action == "forwarded"
    assert "cliente prefere o chat" in stored.history[-1].detail
    assert dialog.field_text("tab") == "N1 - Blip Matriz"
    assert dialog.open_form() is None


def test_forward_refused_by_r3_changes_nothing(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    before = show(ctx.db, number)  # an e-mail OC
    dialog = open_dialog(qtbot, ctx, number)
    qtbot.mouseClick(dialog.buttons["forward"], Qt.MouseButton.LeftButton)
    dialog.forward_tab.setCurrentIndex(dialog.forward_tab.findData("n1_blip_filiais"))
    qtbot.mouseClick(dialog.confirm_button("forward"), Qt.MouseButton.LeftButton)
    assert ctx.runner.wait_idle()
    refusal = dialog.field_error_text(Field.TAB)  # beside the destination tab
    assert refusal == "R3: N1 - Blip Filiais só aceita OCs do canal Blip; esta é do canal e-mail."
    assert dialog.banner.text() == ""
    assert dialog.open_form() == "forward"  # the form stays open to choose another tab
    assert show(ctx.db, number) == before


def test_escalate_to_especialistas(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db)
    dialog = open_dialog(qtbot, ctx, number)
    qtbot.mouseClick(dialog.buttons["escalate"], Qt.MouseButton.LeftButton)
    assert dialog.escalate_target.itemText(0) == "Especialistas"
    assert [dialog.escalate_reason.itemText(i) for i in range(2)] == [
        "longo em linha ou acesso remoto", "não solucionável no N1"]
    dialog.escalate_reason.setCurrentIndex(dialog.escalate_reason.findData("not_solvable_n1"))
    qtbot.keyClicks(dialog.escalate_note, "balanca homologada pelo fabricante")  # QTest types ASCII only
    qtbot.mouseClick(dialog.confirm_button("escalate"), Qt.MouseButton.LeftButton)
    assert ctx.runner.wait_idle()
    stored = show(ctx.db, number)
    assert stored.status == "awaiting_approval"
    esc = stored.pending_escalation
    assert esc is not None
    assert (esc.target, esc.reason, esc.requested_by, esc.note) == (
        "especialistas", "not_solvable_n1", "claudia.moraes", "balanca homologada pelo fabricante")
    assert dialog.available_actions() == ["close"]
    assert "aguarda a validação" in dialog.banner.text()


def test_escalate_twice_is_refused_with_the_rule(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db)
    first = open_dialog(qtbot, ctx, number)
    stale = open_dialog(qtbot, ctx, number)  # a second window still shows the OC as open
    qtbot.mouseClick(first.buttons["escalate"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.confirm_button("escalate"), Qt.MouseButton.LeftButton)
    assert ctx.runner.wait_idle()
    qtbot.mouseClick(stale.buttons["escalate"], Qt.MouseButton.LeftButton)
    stale.escalate_target.setCurrentIndex(stale.escalate_target.findData("n2"))
    qtbot.mouseClick(stale.confirm_button("escalate"), Qt.MouseButton.LeftButton)
    assert ctx.runner.wait_idle()
    assert stale.banner.text() == f"R7: A OC {number} já aguarda a validação de um gestor; aguarde a decisão."


def test_send_to_apoio(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("ana.souza")
    number = new_call(ctx.db)
    dialog = open_dialog(qtbot, ctx, number)
    dialog.activateWindow()
    qtbot.waitActive(dialog)  # mnemonics reach the active window only
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Enviar ao &APOIO…
    qtbot.waitUntil(lambda: dialog.open_form() == "send_to_apoio")  # a mnemonic "animates" the click 100 ms
    assert dialog.apoio_reason.hasFocus()
    qtbot.keyClicks(dialog.apoio_reason, "cliente pediu a gestao")
    QTest.keyClick(dialog.apoio_reason, Qt.Key.Key_Return)
    assert ctx.runner.wait_idle()
    stored = show(ctx.db, number)
    assert (stored.tab, stored.status) == ("apoio_n1", "open")
    item = next(i for i in apoio.list_items(ctx.db) if i.number == number)
    assert (item.reason, item.note, item.claimed_by) == ("sent_by_attendant", "cliente pediu a gestao", None)
    assert "send_to_apoio" not in dialog.available_actions()


def test_send_to_apoio_needs_a_reason(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("ana.souza")
    number = new_call(ctx.db)
    before = show(ctx.db, number)
    dialog = open_dialog(qtbot, ctx, number)
    qtbot.mouseClick(dialog.buttons["send_to_apoio"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_button("send_to_apoio"), Qt.MouseButton.LeftButton)
    assert ctx.runner.wait_idle()
    assert dialog.field_error_text(Field.REASON) == "Informe o motivo para acionar o APOIO."
    assert dialog.apoio_reason.hasFocus()
    assert show(ctx.db, number) == before


def test_close_with_a_faq_code(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    dialog = open_dialog(qtbot, ctx, number)
    qtbot.mouseClick(dialog.buttons["close"], Qt.MouseButton.LeftButton)
    assert dialog.close_faq.hasFocus()
    qtbot.keyClicks(dialog.close_faq, "70x01")  # letters are not accepted by the field
    assert dialog.close_faq.text() == "7001"  # (7347 is the complementary calls' code only, R2)
    qtbot.keyClicks(dialog.close_note, "balanca reconfigurada")
    with qtbot.waitSignal(dialog.occurrence_changed, timeout=5000):
        qtbot.mouseClick(dialog.confirm_button("close"), Qt.MouseButton.LeftButton)
        assert ctx.runner.wait_idle()
    stored = show(ctx.db, number)
    assert (stored.status, stored.faq) == ("closed", "7001")
    assert stored.closed_at is not None
    assert dialog.available_actions() == []
    assert dialog.banner.text() == f"OC {number} encerrada com FAQ 7001."


def test_close_without_faq_shows_r11(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    before = show(ctx.db, number)
    dialog = open_dialog(qtbot, ctx, number)
    qtbot.mouseClick(dialog.buttons["close"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_button("close"), Qt.MouseButton.LeftButton)
    assert ctx.runner.wait_idle()
    assert dialog.field_error_text(Field.FAQ) == "R11: Encerrar exige um código FAQ; informe o código FAQ."
    assert dialog.banner.text() == ""
    assert dialog.close_faq.hasFocus()
    assert show(ctx.db, number) == before


def test_escape_leaves_the_form_first_then_the_dialog(qtbot: Any, make_workspace: MakeContext) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    dialog = open_dialog(qtbot, ctx, number)
    qtbot.mouseClick(dialog.buttons["close"], Qt.MouseButton.LeftButton)
    assert dialog.open_form() == "close"
    QTest.keyClick(dialog.close_faq, Qt.Key.Key_Escape)
    assert dialog.open_form() is None and dialog.isVisible()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_no_database_work_on_the_gui_thread(
    qtbot: Any, make_workspace: MakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = make_workspace("claudia.moraes")
    number = new_call(ctx.db, channel="email")
    threads: list[str] = []
    real = ctx.db.transaction

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(ctx.db, "transaction", spy)
    dialog = open_dialog(qtbot, ctx, number)
    picker = open_picker(qtbot, dialog)
    click_person(picker, "Felipe Gomes", double=True)
    assert ctx.runner.wait_idle()
    assert threads and all(name.startswith("pitstop-db") for name in threads), threads
    assert threading.main_thread().name not in threads


# The binding itself


def test_binding_calls_keep_the_reference_count_of_none(qtbot: Any) -> None:
    """PySide6 6.12.0 on CPython 3.11 returned None from void calls without a reference: about 5,000 calls
    (a minute of a ticking console) aborted the process with "none_dealloc". The pin below 6.12 avoids it."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(100):
        label.setText("x")  # returns None
    assert sys.getrefcount(None) >= before


# Messages


@pytest.mark.parametrize(("error", "text"), [
    (RuleViolation("R11.faq_missing", field=Field.FAQ),
     "R11: Encerrar exige um código FAQ; informe o código FAQ."),
    (BadValue("value.rejection_reason", field=Field.REASON), "Informe o motivo da rejeição."),
    (NotFound("not_found.apoio_item", number=9), "A OC 9 não está na fila do APOIO"),
    (RuleViolation("R7.gated", field=Field.TAB, tab="N2"),
     "R7: N2 só recebe OCs encaminhadas pelo APOIO depois de um escalonamento aprovado; peça o escalonamento."),
    (RuleViolation("R7.not_approved", field=Field.TAB, number=5, tab="N2", target="n2"),
     "R7: A OC 5 não tem escalonamento aprovado para N2; peça a validação de um gestor."),
    (Conflict("R8.already_decided_by", id=3, escalation_status="approved", name="Gil", login="gil"),
     "R8: O escalonamento 3 já foi decidido (aprovado) por Gil (gil)."),
    (NotPermitted("permission.manager_only", role="supervisor"),
     "Só um gestor técnico aprova ou rejeita escalonamentos; seu papel: supervisor."),
    (NotPermitted("permission.apoio_only", task="claim_apoio", role="technician"),
     "Só o APOIO da gestão (Zenaide, Fernanda, Janne) pode assumir itens da fila do APOIO; seu papel: técnico."),
    (NotPermitted("permission.apoio_queue", number=4),
     "A OC 4 está na fila do APOIO; quem a encaminha é o APOIO da gestão."),
])
def test_refusals_in_plain_portuguese(error: Exception, text: str) -> None:
    assert messages.error_text(error) == text


def test_unexpected_errors_are_named_not_hidden() -> None:
    assert messages.error_text(ValueError("boom")) == "Erro inesperado (ValueError): boom"


def test_durations_and_sla_time_left() -> None:
    from datetime import timedelta

    assert messages.duration(timedelta(seconds=42)) == "42 s"
    assert messages.duration(timedelta(minutes=12, seconds=59)) == "12 min"
    assert messages.duration(timedelta(hours=2, minutes=5)) == "2 h 05 min"
    assert messages.duration(timedelta(days=3, hours=4, minutes=1)) == "3 d 4 h"
    assert messages.remaining(65) == "restam 1 h 05 min"
    assert messages.remaining(-29) == "estourado há 29 min"


def test_stored_details_read_as_names() -> None:
    read = messages.detail_reader(messages.code_words({"n1_rapida": "N1 - Rápida", "n2": "N2"},
                                                      {"ana.souza": "Ana Paula Souza", "ana": "Ana"}))
    assert read("oferecida a ana.souza") == "oferecida a Ana Paula Souza"
    assert read("n1_rapida → n2") == "N1 - Rápida → N2"
    assert read("APOIO N1 (everyone_refused): banana") == "APOIO N1 (todos recusaram): banana"
    assert read("ana e anastácia") == "Ana e anastácia"
