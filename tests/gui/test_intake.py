"""The intake window on the demo day (2026-11-24, clock at 14:30), driven by key presses.

Every path is checked in the database afterwards (``occurrences.show``): a saved call is one OC with what was
typed; a refusal shows beside its field and creates nothing. "Server unreachable" is a real connection failure:
the demo database's engine refuses new connections (``do_connect`` raises the driver's OperationalError), so
``save_call``, ``server_reachable`` and the replay see exactly what they would see with the server away.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from sqlalchemy import event, func, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import OccurrenceRow
from pitstop_desktop.domain.codes import FAQ_COMPLEMENTARY
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.services import intake, occurrences, people
from pitstop_desktop.services.outbox import Outbox, SaveResult
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.views.intake import FORM_PAGE, RESULT_PAGE, IntakeWindow, field_for_error
from pitstop_desktop.views.workspace import Workspace
from tests.gui.conftest import DEMO_NOW

MakeContext = Callable[..., Workspace]
ATTENDANT = "bruno.carvalho"  # N1 - Rápida and Blip Matriz, on shift 08:00–17:00 (lunch 12–13)
CTRL, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier


# ---------------------------------------------------------------------------------------------------------------
# Helpers


class Keyboard:
    """Key presses to whatever has the focus, counted (the keyboard-only tests use nothing else)."""

    def __init__(self) -> None:
        self.count = 0

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        assert text.isascii(), "QTest.keyClicks types ASCII only"
        QTest.keyClicks(self.focused(), text)
        self.count += len(text)

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        QTest.keyClick(self.focused(), key, modifiers)
        self.count += 1


class ServerSwitch:
    """Makes the shared database unreachable (new connections fail) and reachable again."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.down = False
        event.listen(db.engine, "do_connect", self._connect)

    def _connect(self, *_args: Any) -> None:
        if self.down:
            raise sqlite3.OperationalError("unable to open database file (servidor fora do ar, simulado)")

    def go_down(self) -> None:
        self.down = True
        self.db.dispose()  # pooled connections die with the server

    def come_back(self) -> None:
        self.down = False

    def remove(self) -> None:
        event.remove(self.db.engine, "do_connect", self._connect)


def cell(view: QAbstractItemView, row: int, column: int = 0) -> str:
    """What a list shows in one cell (empty when there is no such row)."""
    model = view.model()
    return str(model.index(row, column).data() or "") if row < model.rowCount() else ""


def column(view: QAbstractItemView, column: int = 0) -> list[str]:
    return [cell(view, row, column) for row in range(view.model().rowCount())]


def show(db: Database, number: int) -> OccurrenceRecord:
    return occurrences.show(db, number, at=DEMO_NOW)


def ocs_with_summary(db: Database, summary: str) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(OccurrenceRow.number).where(OccurrenceRow.summary == summary)))


def oc_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(OccurrenceRow.id))) or 0)


@pytest.fixture
def open_intake(make_workspace: MakeContext, qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., IntakeWindow]]:
    """``open_intake(login)`` → a shown, active intake window with its clients loaded (outbox in tmp_path)."""
    windows: list[IntakeWindow] = []
    boxes: list[Outbox] = []

    def build(login: str = ATTENDANT, *, outbox: Outbox | None = None, interval: int = 150,
              start: bool = True, live: bool = False) -> IntakeWindow:
        ctx = make_workspace(login)
        box = outbox or Outbox(tmp_path / f"outbox-{len(boxes)}.db")
        boxes.append(box)
        feed = LiveFeed.watching(ctx.db, ctx.runner.submit) if live else None  # live: the seat's change watcher
        window = IntakeWindow(ctx, box, feed=feed, replay_interval_ms=interval)
        window.confirm_quit = lambda _pending: True  # type: ignore[method-assign]
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        if start:
            with qtbot.waitSignal(window.clients_loaded, timeout=15_000):
                window.start()
            assert ctx.runner.wait_idle()
        return window

    yield build
    for window in windows:  # before make_workspace shuts the runners down
        window.controller.replay_timer.stop()
        window.ctx.runner.wait_idle()
        window.close()
        window.ctx.runner.wait_idle()
    for box in boxes:
        box.close()


def pick_client(qtbot: Any, window: IntakeWindow, keys: Keyboard, text: str) -> None:
    assert keys.focused() is window.search
    keys.type(text)
    with qtbot.waitSignal(window.client_ocs_loaded, timeout=10_000):
        keys.press(Qt.Key.Key_Return)


def save_with_keys(qtbot: Any, window: IntakeWindow, keys: Keyboard) -> SaveResult:
    with qtbot.waitSignal(window.saved, timeout=15_000) as blocker:
        keys.press(Qt.Key.Key_Return, CTRL)
    result = blocker.args[0]
    assert isinstance(result, SaveResult)
    return result


# ---------------------------------------------------------------------------------------------------------------
# Registering a call, keyboard only


def test_opens_with_the_cursor_in_the_client_search(
    open_intake: Callable[..., IntakeWindow], demo_db: Database, qtmodeltester: Any
) -> None:
    window = open_intake()
    clients = len(people.list_clients(demo_db))
    assert QApplication.focusWidget() is window.search
    assert window.stack.currentIndex() == FORM_PAGE
    assert len(window.controller.index) == clients
    assert window.results.model().rowCount() == min(clients, 50)  # empty search: the first clients by name
    qtmodeltester.check(window.results.model())
    assert window.channel.currentData() == "phone"
    assert window.kind.currentData() == "question"
    assert window.tab.currentData() == "n1_rapida"  # Bruno's own tab
    assert window.sla.currentData() == "24H"
    assert f"{clients} clientes" in window.result_count.text()
    assert window.connection_label.text() == "Conectado ao banco"
    assert window.pending_label.isHidden()


def test_typing_narrows_the_list_by_code_name_or_phone(open_intake: Callable[..., IntakeWindow]) -> None:
    window = open_intake()
    keys = Keyboard()
    keys.type("C1005")
    assert cell(window.results, 0) == "C1005"
    window.search.clear()
    keys.type("optica")  # no match: said so
    assert window.results.model().rowCount() == 0
    assert window.result_count.text() == "Nenhum cliente encontrado"
    window.search.clear()
    keys.type("otica visao")  # accents and case do not matter
    assert column(window.results) == ["C1014"]
    window.search.clear()
    keys.type("3692 4393")  # the phone as the caller says it
    assert cell(window.results, 0) == "C1002"
    keys.press(Qt.Key.Key_Escape)  # Esc clears the search
    assert window.search.text() == ""


def test_arrow_keys_move_through_the_matches_and_enter_picks(
    qtbot: Any, open_intake: Callable[..., IntakeWindow]
) -> None:
    window = open_intake()
    keys = Keyboard()
    keys.type("ltda")
    first, second = cell(window.results, 0), cell(window.results, 1)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Up)
    assert keys.focused() is window.search  # the cursor stays in the search while choosing
    with qtbot.waitSignal(window.client_ocs_loaded, timeout=10_000):
        keys.press(Qt.Key.Key_Return)
    assert window.controller.current_client is not None and window.controller.current_client.code == second != first
    assert keys.focused() is window.summary


def test_keyboard_only_registration(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database, qtmodeltester: Any
) -> None:
    window = open_intake()
    keys = Keyboard()
    pick_client(qtbot, window, keys, "estrela")
    assert window.controller.current_client is not None and window.controller.current_client.code == "C1002"
    assert keys.focused() is window.summary
    # the chosen client's open OCs (number, tab, status, age, SLA) and the last closed ones
    expected = intake.client_ocs(demo_db, "C1002", at=DEMO_NOW)
    table = window.client_table
    numbers = [int(text) for text in column(table) if text.isdigit()]
    assert numbers == [oc.number for oc in (*expected.open, *expected.recent_closed)]
    first_open = column(table).index(str(expected.open[0].number))
    assert cell(table, first_open, 1)  # tab name
    assert cell(table, first_open, 3).endswith("min")  # age
    assert cell(table, first_open, 4).startswith(expected.open[0].sla)  # SLA class and its clock
    assert cell(table, first_open + 1).strip().startswith(expected.open[0].summary)  # its summary, on a line
    assert column(table)[0].startswith("Abertas")
    qtmodeltester.check(table.model())

    summary = "Cliente nao consegue emitir NF-e: rejeicao 539"
    keys.type(summary)
    keys.press(Qt.Key.Key_Tab)  # → channel (phone by default)
    assert keys.focused() is window.channel
    keys.press(Qt.Key.Key_Tab)  # → kind
    assert keys.focused() is window.kind
    keys.type("e")  # "erro"
    keys.press(Qt.Key.Key_Tab)  # → SLA
    assert keys.focused() is window.sla
    keys.type("4")  # "4H — 4 Horas"
    result = save_with_keys(qtbot, window, keys)

    assert not result.queued and result.number is not None
    oc = show(demo_db, result.number)
    assert (oc.client, oc.channel, oc.kind, oc.sla, oc.tab, oc.opened_by) == (
        "C1002", "phone", "error", "4H", "n1_rapida", ATTENDANT)
    assert oc.summary == "Cliente nao consegue emitir NF-e: rejeicao 539"
    assert oc.opened_at == DEMO_NOW
    # the new number shows large and is on the clipboard
    assert window.stack.currentIndex() == RESULT_PAGE
    assert window.number_label.text() == str(result.number)
    assert QApplication.clipboard().text() == str(result.number)
    # and "OCs I registered today" has it on top
    qtbot.waitUntil(lambda: cell(window.today, 0) == str(result.number), timeout=5000)
    qtmodeltester.check(window.today.model())
    assert keys.focused() is window.next_button

    # one key starts the next call
    keys.press(Qt.Key.Key_Return)
    assert window.stack.currentIndex() == FORM_PAGE
    assert keys.focused() is window.search
    assert window.search.text() == "" and window.controller.current_client is None
    assert window.summary.toPlainText() == ""
    assert (window.kind.currentData(), window.sla.currentData()) == ("question", "24H")
    # the client (7 letters + Enter), the summary, Tab Tab e Tab 4, Ctrl+Enter, Enter
    assert keys.count == len("estrela") + 1 + len(summary) + 5 + 1 + 1


def test_ctrl_n_starts_the_next_call_from_anywhere(qtbot: Any, open_intake: Callable[..., IntakeWindow]) -> None:
    window = open_intake()
    keys = Keyboard()
    pick_client(qtbot, window, keys, "C1014")
    keys.type("meia ligacao")
    keys.press(Qt.Key.Key_N, CTRL)
    assert keys.focused() is window.search
    assert window.controller.current_client is None and window.summary.toPlainText() == ""


def test_tab_order_follows_the_screen(open_intake: Callable[..., IntakeWindow]) -> None:
    window = open_intake()
    window.controller.choose_client("C1002")
    window.ctx.runner.wait_idle()
    chain = [window.summary]
    widget: QWidget = window.summary
    for _ in range(9):
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain[:8] == [window.summary, window.channel, window.kind, window.sla, window.tab, window.complementary,
                         window.slot_button, window.save_button]


# ---------------------------------------------------------------------------------------------------------------
# Errors beside the field


def test_errors_show_beside_the_field_that_caused_them(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    before = oc_count(demo_db)
    keys.press(Qt.Key.Key_Return, CTRL)  # nothing chosen
    assert "Escolha o cliente" in window.errors["client"].text()
    assert "resumo" in window.errors["summary"].text()
    assert keys.focused() is window.search
    pick_client(qtbot, window, keys, "C1014")
    assert window.errors["client"].text() == ""
    keys.press(Qt.Key.Key_Return, CTRL)  # no summary yet
    assert "resumo" in window.errors["summary"].text()
    assert keys.focused() is window.summary
    keys.type("Pedido de acesso pelo telefone")
    assert window.errors["summary"].text() == ""
    # R3: N1 - Blip Filiais only takes Blip calls; this one came by phone
    window.tab.setCurrentIndex(window.tab.findData("n1_blip_filiais"))
    with qtbot.waitSignal(window.save_refused, timeout=10_000) as blocker:
        keys.press(Qt.Key.Key_Return, CTRL)
    assert blocker.args[0] == "tab"
    assert window.errors["tab"].text().startswith("R3")
    assert keys.focused() is window.tab
    assert window.stack.currentIndex() == FORM_PAGE
    assert oc_count(demo_db) == before
    assert window.controller.outbox.count() == 0  # a refused call is not kept for replay


def test_field_for_error_maps_service_refusals() -> None:
    from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotFound, RuleViolation
    from pitstop_desktop.views.intake import slot_taken

    assert field_for_error(BadValue("value.summary_empty", field=Field.SUMMARY)) == "summary"
    assert field_for_error(BadValue("value.sla", field=Field.SLA, value="X", known=("24H",))) == "sla"
    assert field_for_error(RuleViolation("R2.closed_target", field=Field.COMPLEMENTARY, number=5)) == "complementary"
    assert field_for_error(RuleViolation("R3.kind_excluded", field=Field.TAB, tab="N1", kind="error")) == "tab"
    not_free = RuleViolation("R10.not_free", field=Field.SLOT, time="15:00", name="X", day="2026-11-24")
    taken = Conflict("R10.slot_taken", field=Field.SLOT, time="15:00", name="X", login="x", number=3)
    assert field_for_error(not_free) == field_for_error(taken) == "slot"
    assert slot_taken(not_free) and slot_taken(taken)
    roster = NotFound("not_found.roster", field=Field.SLOT, login="x", day="2026-11-24")
    assert field_for_error(roster) == "slot" and not slot_taken(roster)
    assert field_for_error(NotFound("not_found.person", field=Field.TECHNICIAN, login="x")) == "slot"
    assert field_for_error(NotFound("not_found.client", field=Field.CLIENT, code="C9")) == "client"
    assert field_for_error(NotFound("not_found.person", login="x")) == "form"  # the attendant herself
    assert field_for_error(RuntimeError("boom")) == "form"


# ---------------------------------------------------------------------------------------------------------------
# R2: the complementary call


def test_complementary_call_is_linked_and_closed_in_the_same_keystroke(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    open_ocs = intake.client_ocs(demo_db, "C1002", at=DEMO_NOW).open
    target = open_ocs[0].number
    pick_client(qtbot, window, keys, "C1002")
    assert window.complementary.isEnabled()
    assert window.complementary.count() == 1 + len(open_ocs)
    keys.type("Cliente pede previsao de retorno")
    keys.press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Co&mplementar à OC
    assert keys.focused() is window.complementary
    keys.press(Qt.Key.Key_Down)
    assert window.complementary.currentData() == target
    assert "FAQ 7347" in window.complementary_note.text()
    assert not window.slot_button.isEnabled()  # an appointment makes no sense on a closed complement
    result = save_with_keys(qtbot, window, keys)

    new = show(demo_db, result.number)
    assert new.complementary_of == target
    assert new.status == "closed" and new.faq == FAQ_COMPLEMENTARY == "7347"
    linked = show(demo_db, target)
    assert linked.status != "closed"
    assert any(h.action == "complemented" and str(result.number) in h.detail for h in linked.history or ())
    assert f"Complementar à OC {target}" in window.result_details.text()
    assert not window.handover_button.isEnabled() and not window.apoio_button.isEnabled()
    assert "7347" in window.handover_note.text()


def test_enter_on_an_open_oc_of_the_client_makes_the_call_complementary(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    open_ocs = intake.client_ocs(demo_db, "C1002", at=DEMO_NOW).open
    pick_client(qtbot, window, keys, "C1002")
    window.client_table.setFocus()  # the cursor lands on the first OC (headings and summary lines are skipped)
    assert window.client_table.currentIndex().siblingAtColumn(0).data() == str(open_ocs[0].number)
    keys.press(Qt.Key.Key_Down)  # the second open OC
    keys.press(Qt.Key.Key_Return)
    assert window.complementary.currentData() == open_ocs[1].number
    assert keys.focused() is window.summary


def test_a_client_without_open_ocs_is_not_offered_a_complementary_call(
    qtbot: Any, open_intake: Callable[..., IntakeWindow]
) -> None:
    window = open_intake()
    pick_client(qtbot, window, Keyboard(), "C1014")
    assert not window.complementary.isEnabled()
    assert "R1" in window.complementary_note.text()


# ---------------------------------------------------------------------------------------------------------------
# Consulting calls: the URA hint


def test_consulting_attendant_gets_the_ura_hint_for_a_non_consulting_caller(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    intake.set_consulting_team(demo_db, [ATTENDANT])
    window = open_intake()
    keys = Keyboard()
    before = oc_count(demo_db)
    pick_client(qtbot, window, keys, "C1014")  # Ótica Visão Clara: not a consulting client
    assert window.hint_banner.isVisible()
    assert "URA" in window.hint_banner.text() and "Não é preciso registrar OC" in window.hint_banner.text()
    assert window.save_button.isEnabled()  # nothing is forced either way
    keys.press(Qt.Key.Key_N, CTRL)  # transferred: the next call, nothing registered
    assert oc_count(demo_db) == before
    assert not window.hint_banner.isVisible()
    pick_client(qtbot, window, keys, "C1002")  # a consulting client: attend
    assert not window.hint_banner.isVisible()
    keys.press(Qt.Key.Key_N, CTRL)
    pick_client(qtbot, window, keys, "C1014")
    window.channel.setCurrentIndex(window.channel.findData("email"))  # only a phone call goes to the URA
    assert not window.hint_banner.isVisible()


def test_no_ura_hint_outside_the_consulting_team(qtbot: Any, open_intake: Callable[..., IntakeWindow]) -> None:
    window = open_intake()
    pick_client(qtbot, window, Keyboard(), "C1014")
    assert not window.hint_banner.isVisible()


# ---------------------------------------------------------------------------------------------------------------
# Caller ID


def test_caller_preselects_the_client_with_that_phone(qtbot: Any, open_intake: Callable[..., IntakeWindow]) -> None:
    window = open_intake()
    with qtbot.waitSignal(window.client_ocs_loaded, timeout=10_000):
        window.show_caller("+55 11 3692-4393")
    assert window.controller.current_client is not None and window.controller.current_client.code == "C1002"
    assert QApplication.focusWidget() is window.summary


def test_caller_before_the_clients_are_loaded_is_applied_once_they_are(
    qtbot: Any, open_intake: Callable[..., IntakeWindow]
) -> None:
    window = open_intake(start=False)
    window.show_caller("(21) 5555-0000")  # unknown phone: said beside the search, nothing chosen
    assert window.controller.waiting_caller == "(21) 5555-0000"
    with qtbot.waitSignal(window.caller_shown, timeout=15_000):
        window.start()
    window.ctx.runner.wait_idle()
    assert window.controller.current_client is None
    assert "Nenhum cliente com o telefone" in window.errors["client"].text()


def test_a_call_ringing_while_typing_waits_for_the_next_call(
    qtbot: Any, open_intake: Callable[..., IntakeWindow]
) -> None:
    window = open_intake()
    keys = Keyboard()
    pick_client(qtbot, window, keys, "C1014")
    keys.type("ainda digitando")
    window.show_caller("(11) 3692-4393")
    chosen = window.controller.current_client
    assert chosen is not None and chosen.code == "C1014"  # not wiped
    assert window.summary.toPlainText() == "ainda digitando"
    assert "Supermercado Estrela do Norte" in window.form_banner.text()
    with qtbot.waitSignal(window.client_ocs_loaded, timeout=10_000):
        keys.press(Qt.Key.Key_N, CTRL)
    assert window.controller.current_client is not None and window.controller.current_client.code == "C1002"


# ---------------------------------------------------------------------------------------------------------------
# Handing over (live server)


def test_encaminhar_offers_to_an_available_technician_of_the_tab(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    pick_client(qtbot, window, keys, "C1014")
    keys.type("Configurar PIX no PDV")
    result = save_with_keys(qtbot, window, keys)
    keys.press(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.controller.offer_picker is not None, timeout=10_000)
    picker = window.controller.offer_picker
    assert picker is not None
    qtbot.waitUntil(lambda: bool(picker.candidates()), timeout=10_000)
    rows = picker.candidates()
    assert rows and rows[0].available  # available first
    assert [c.available for c in rows] == sorted((c.available for c in rows), reverse=True)
    chosen = next(c for c in rows if c.available and not c.warnings)
    picker.select(chosen.login)
    with qtbot.waitSignal(window.handed_over, timeout=10_000) as blocker:
        QTest.keyClick(picker.table, Qt.Key.Key_Return)
    assert blocker.args == [result.number, f"offered:{chosen.login}"]
    assert show(demo_db, result.number).offered_to == chosen.login
    assert chosen.name in window.result_banner.text()


def test_acionar_apoio_sends_the_oc_in_one_action(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    pick_client(qtbot, window, keys, "C1014")
    keys.type("Nenhum tecnico atende")
    result = save_with_keys(qtbot, window, keys)
    with qtbot.waitSignal(window.handed_over, timeout=10_000):
        keys.press(Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert show(demo_db, result.number).tab == "apoio_n1"
    assert "APOIO N1" in window.result_banner.text()
    assert not window.apoio_button.isEnabled()  # already there


def test_encaminhar_says_so_when_the_server_is_away(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    server = ServerSwitch(demo_db)
    try:
        pick_client(qtbot, window, keys, "C1014")
        keys.type("Sem servidor para encaminhar")
        save_with_keys(qtbot, window, keys)
        server.go_down()
        keys.press(Qt.Key.Key_E, CTRL)
        qtbot.waitUntil(lambda: "servidor não responde" in window.result_banner.text(), timeout=10_000)
        assert window.controller.offer_picker is None  # no picker full of errors
    finally:
        server.come_back()
        server.remove()


def test_offers_need_the_live_server_and_say_so(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    server = ServerSwitch(demo_db)
    try:
        pick_client(qtbot, window, keys, "C1014")
        keys.type("Sistema lento")
        save_with_keys(qtbot, window, keys)
        server.go_down()
        keys.press(Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: "servidor não responde" in window.result_banner.text(), timeout=10_000)
        assert "Sem conexão" in window.connection_label.text()
    finally:
        server.come_back()
        server.remove()


# ---------------------------------------------------------------------------------------------------------------
# Nothing lost: the outbox


def test_outbox_server_away_save_server_back_exactly_one_oc(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    server = ServerSwitch(demo_db)
    summary = "Ligacao registrada com o banco fora do ar"
    try:
        pick_client(qtbot, window, keys, "C1014")
        keys.type(summary)
        server.go_down()
        result = save_with_keys(qtbot, window, keys)
        assert result.queued and result.number is None
        # shown as pending sync, with a count; hand-over needs the live server
        assert window.pending_label.isVisible()
        assert window.pending_label.text() == "pendente de sincronização: 1"
        assert window.number_label.text() == "pendente"
        assert "Sem conexão" in window.connection_label.text()
        assert not window.handover_button.isEnabled() and "servidor ao vivo" in window.handover_note.text()
        assert cell(window.today, 0, 3) == "pendente de sincronização"
        assert window.controller.replay_timer.isActive()
        # the timer keeps trying while the server is away
        with qtbot.waitSignal(window.replayed, timeout=5000) as attempt:
            pass
        assert attempt.args == [None]
        assert window.controller.outbox.count() == 1

        server.come_back()
        qtbot.waitUntil(lambda: window.controller.pending_count() == 0, timeout=10_000)
        window.ctx.runner.wait_idle()
        numbers = ocs_with_summary(demo_db, summary)
        assert len(numbers) == 1  # exactly one OC
        oc = show(demo_db, numbers[0])
        assert oc.opened_at == DEMO_NOW and oc.client == "C1014"  # the moment of the call, not of the replay
        assert window.pending_label.isHidden()
        assert window.number_label.text() == str(numbers[0])
        assert QApplication.clipboard().text() == str(numbers[0])
        assert window.connection_label.text() == "Conectado ao banco"
        qtbot.waitUntil(lambda: cell(window.today, 0) == str(numbers[0]), timeout=5000)
        assert window.handover_button.isEnabled()
        assert not window.controller.replay_timer.isActive()
        # replaying again (a lost acknowledgement, a second window) never makes a second OC
        window.controller.replay_now()
        window.ctx.runner.wait_idle()
        assert ocs_with_summary(demo_db, summary) == numbers
    finally:
        server.come_back()
        server.remove()


def test_a_new_window_replays_what_an_earlier_one_left_pending(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database, tmp_path: Path
) -> None:
    from pitstop_desktop.services.outbox import new_call
    from pitstop_desktop.services.settings import database_identity

    path = tmp_path / "shared-outbox.db"
    with Outbox(path) as box:
        box.add(new_call(actor=ATTENDANT, client="C1014", channel="phone", summary="Ficou na caixa de saida",
                         at=DEMO_NOW, database=database_identity(demo_db)))
    window = open_intake(outbox=Outbox(path))
    qtbot.waitUntil(lambda: window.controller.pending_count() == 0, timeout=10_000)
    window.ctx.runner.wait_idle()
    assert len(ocs_with_summary(demo_db, "Ficou na caixa de saida")) == 1


def test_a_call_kept_for_another_database_waits_and_says_why(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database, tmp_path: Path
) -> None:
    """Issue 8: a call queued for a training server is never replayed into this one; the list says why."""
    from pitstop_desktop.services.outbox import new_call

    path = tmp_path / "training-outbox.db"
    with Outbox(path) as box:
        box.add(replace(new_call(actor=ATTENDANT, client="C1014", channel="phone", summary="Do treinamento",
                                 at=DEMO_NOW, database="00000000-0000-4000-8000-000000000000"),
                        server="postgresql://treino/pitstop"))
    window = open_intake(outbox=Outbox(path))
    qtbot.waitUntil(lambda: "outro banco" in cell(window.today, 0, 3), timeout=10_000)
    assert "postgresql://treino/pitstop" in cell(window.today, 0, 3)
    window.ctx.runner.wait_idle()
    assert ocs_with_summary(demo_db, "Do treinamento") == [] and window.controller.pending_count() == 1


def test_quitting_with_a_non_empty_outbox_warns(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    server = ServerSwitch(demo_db)
    asked: list[int] = []
    try:
        pick_client(qtbot, window, keys, "C1014")
        keys.type("Fica pendente")
        server.go_down()
        save_with_keys(qtbot, window, keys)
        window.controller.replay_timer.stop()

        def refuse(pending: int) -> bool:
            asked.append(pending)
            return False

        window.confirm_quit = refuse  # type: ignore[method-assign]
        window.close()
        assert asked == [1] and window.isVisible()  # "continuar aberta"
        window.confirm_quit = lambda pending: asked.append(pending) or True  # type: ignore[method-assign]
        window.close()
        assert asked == [1, 1] and not window.isVisible()
    finally:
        server.come_back()
        server.remove()


def test_quitting_with_an_empty_outbox_does_not_ask(open_intake: Callable[..., IntakeWindow]) -> None:
    window = open_intake()
    asked: list[int] = []
    window.confirm_quit = lambda pending: asked.append(pending) or True  # type: ignore[method-assign]
    window.close()
    assert asked == [] and not window.isVisible()


def test_the_quit_warning_is_a_real_question(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_intake()
    seen: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert IntakeWindow.confirm_quit(window, 2) is False
    assert "2 ligação(ões)" in seen[0] and "Sair mesmo assim?" in seen[0]


# ---------------------------------------------------------------------------------------------------------------
# The lists: item models that follow the live feed, with the mouse too


def test_the_lists_follow_changes_made_on_other_computers(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake(live=True)
    keys = Keyboard()
    pick_client(qtbot, window, keys, "C1014")
    keys.type("Segue para outra aba")
    result = save_with_keys(qtbot, window, keys)
    qtbot.waitUntil(lambda: cell(window.today, 0) == str(result.number), timeout=5000)
    selection = window.today.selectionModel()
    window.today.setCurrentIndex(window.today.model().index(0, 0))

    other = Database(demo_db.url.render_as_string(hide_password=False))  # a supervisor's console
    try:
        occurrences.forward(other, result.number, actor="claudia.moraes", tab="n1_filiais", at=DEMO_NOW)
        people.add_client(other, code="C9001", name="Padaria Recem Chegada Ltda", phone="(11) 4002-8922")
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: cell(window.today, 0, 3).endswith("N1 - Filiais"), timeout=10_000)
    assert selection.currentIndex().row() == 0  # one row changed; the selection stayed on it
    # a client added meanwhile is found without reopening the window
    keys.press(Qt.Key.Key_Return)  # the next call
    qtbot.waitUntil(lambda: window.controller.index.get("C9001") is not None, timeout=10_000)
    keys.type("recem chegada")
    assert column(window.results) == ["C9001"]
    # the chosen client's OCs follow too, while the call is being typed
    window.search.clear()
    pick_client(qtbot, window, keys, "C1014")
    row = column(window.client_table).index(str(result.number))
    assert cell(window.client_table, row, 1) == "N1 - Filiais"
    keys.type("cliente ainda na linha")
    other = Database(demo_db.url.render_as_string(hide_password=False))
    try:
        occurrences.forward(other, result.number, actor="claudia.moraes", tab="n1_rapida", at=DEMO_NOW)
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: cell(window.client_table, row, 1) == "N1 - Rápida", timeout=10_000)
    assert window.summary.toPlainText() == "cliente ainda na linha"  # the form is left alone


def test_the_mouse_picks_a_client_and_an_open_oc(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], demo_db: Database
) -> None:
    window = open_intake()
    keys = Keyboard()
    keys.type("C1002")
    view = window.results
    rect = view.visualRect(view.model().index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.client_ocs_loaded, timeout=10_000):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.controller.current_client is not None and window.controller.current_client.code == "C1002"
    open_ocs = intake.client_ocs(demo_db, "C1002", at=DEMO_NOW).open
    table = window.client_table
    row = column(table).index(str(open_ocs[1].number))
    rect = table.visualRect(table.model().index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.complementary.currentData() == open_ocs[1].number
    heading = table.visualRect(table.model().index(0, 0))  # "Abertas (n)": shown, never chosen
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=heading.center())
    assert table.currentIndex().row() == row


def test_delete_removes_a_call_the_server_refused(
    qtbot: Any, open_intake: Callable[..., IntakeWindow], tmp_path: Path
) -> None:
    from pitstop_desktop.services.outbox import new_call

    path = tmp_path / "refused-outbox.db"
    refused = new_call(actor=ATTENDANT, client="C1014", channel="phone", summary="Recusada", at=DEMO_NOW)
    with Outbox(path) as box:
        box.add(refused)
        box.mark_rejected(refused.request_id, "R3: a aba não aceita")
    window = open_intake(outbox=Outbox(path))
    assert cell(window.today, 0, 3).startswith("recusada pelo servidor: R3")
    rows = window.today.model().rowCount()
    rect = window.today.visualRect(window.today.model().index(0, 2))
    qtbot.mouseClick(window.today.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(window.today, Qt.Key.Key_Delete)
    assert window.today.model().rowCount() == rows - 1
    assert not cell(window.today, 0, 3).startswith("recusada")
    assert window.controller.outbox.rejected() == []

