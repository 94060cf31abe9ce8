"""Every refusal code beside the right field, in Portuguese and in English: the intake form and the OC dialog.

A refusal carries the field it is about (``PitstopError.field``); a window shows it right under that field's input
when it has one, else in its banner, and never reads the message to decide. The fields each code is raised with
are read from the raise sites (``tests.domain.test_refusals.raised_fields``: ``R11.faq_missing`` → FAQ,
``not_found.person`` → the technician or none …), and each case renders ``sample(code, field)``.

What the tests expect of each window is written here, not taken from the window: which of its inputs a field
belongs to (``INTAKE_INPUTS``, ``DIALOG_INPUTS``). The label found visible (``findChildren(FieldError)``) must
show exactly ``error_text(error)`` in the active language and sit right under that input on screen; nothing else
may show it. The windows are built once per module and brought back to an empty form between cases through their
public surface (``new_call``, ``cancel_action``), so the ~300 cases (each code in each language) take seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtTest import QSignalSpy, QTest
from PySide6.QtWidgets import QApplication, QWidget

from pitstop_desktop.domain import refusals
from pitstop_desktop.domain.errors import Field, PitstopError, RuleViolation
from pitstop_desktop.domain.refusals import TEMPLATES, render
from pitstop_desktop.services.outbox import Outbox
from pitstop_desktop.views.intake import IntakeWindow, slot_taken
from pitstop_desktop.views.messages import FieldError, error_text
from pitstop_desktop.views.occurrence_dialog import CLOSE, ESCALATE, FORWARD, SEND_TO_APOIO, OccurrenceDialog
from pitstop_desktop.views.offer_picker import OfferPicker
from pitstop_desktop.views.workspace import Workspace
from tests.domain.test_refusals import raised_fields, sample
from tests.gui.helpers import new_call

CODES = sorted(TEMPLATES)
ATTENDANT = "bruno.carvalho"  # N1 - Rápida and Blip Matriz
SUPERVISOR = "claudia.moraes"  # every action of the OC dialog
LEFT = Qt.MouseButton.LeftButton

# The intake form's input for each field it has. The technician is chosen with the time in the slot picker, so a
# refusal about the technician shows beside "Agendamento". Any other field goes to the form's banner.
INTAKE_INPUTS: dict[Field, str] = {
    Field.CLIENT: "search", Field.SUMMARY: "summary", Field.CHANNEL: "channel", Field.KIND: "kind",
    Field.SLA: "sla", Field.TAB: "tab", Field.COMPLEMENTARY: "complementary", Field.SLOT: "slot_button",
    Field.TECHNICIAN: "slot_button",
}
# The OC dialog's forms and the input of each field they have; the offer's technician is the picker's list.
DIALOG_INPUTS: dict[str, dict[Field, str]] = {
    FORWARD: {Field.TAB: "forward_tab"},
    ESCALATE: {Field.TARGET: "escalate_target", Field.REASON: "escalate_reason"},
    SEND_TO_APOIO: {Field.REASON: "apoio_reason"},
    CLOSE: {Field.FAQ: "close_faq"},
}


def fields_of(code: str) -> list[Field | None]:
    return sorted(raised_fields()[code], key=lambda f: "" if f is None else f.value)


def settle() -> None:
    """Let shown and hidden labels take their place (layouts are redone on posted events)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    for _ in range(timeout_ms // 10):
        if condition():
            return
        QTest.qWait(10)
    assert condition(), "timed out"


def in_language(text: str, error: PitstopError, language: str) -> str:
    """``text`` is the refusal in ``language``: the Portuguese catalogue's, or a real English translation."""
    assert text and "{" not in text and "}" not in text, text
    if language == "pt":
        assert text.lower() == render(error).lower(), text
    else:
        assert text.lower() != render(error).lower(), f"{error.code} is still Portuguese: {text}"
        template = TEMPLATES[error.code]
        assert QCoreApplication.translate(refusals.CONTEXT, template) != template, f"{error.code}: untranslated"
    return text


def shown_labels(window: QWidget) -> list[FieldError]:
    return [label for label in window.findChildren(FieldError) if label.isVisible()]


def assert_under(label: QWidget, widget: QWidget, window: QWidget) -> None:
    """``label`` sits right under ``widget`` on screen (a few pixels below it, starting where it starts)."""
    field = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    place = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    assert 0 <= place.top() - field.bottom() <= 12, (field, place)
    assert abs(place.left() - field.left()) <= 2, (field, place)
    assert place.width() >= min(field.width(), 150), (field, place)  # room to read it


# ---------------------------------------------------------------------------------------------------------------
# The intake window


@pytest.fixture(scope="module")
def intake(module_workspace: Callable[..., Workspace], tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[IntakeWindow]:
    ctx = module_workspace(ATTENDANT)
    outbox = Outbox(Path(tmp_path_factory.mktemp("outbox")) / "outbox.db")
    window = IntakeWindow(ctx, outbox)
    window.confirm_quit = lambda _pending: True  # type: ignore[method-assign]
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    loaded = QSignalSpy(window.clients_loaded)
    window.start()
    wait_until(lambda: loaded.count() > 0, 15_000)
    assert ctx.runner.wait_idle()
    yield window
    window.controller.replay_timer.stop()
    window.close()
    assert ctx.runner.wait_idle()
    outbox.close()
    window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def form(intake: IntakeWindow) -> Iterator[IntakeWindow]:
    """The shared intake window with an empty form, left empty again (the slot picker closed) afterwards."""
    intake.controller.new_call()
    yield intake
    intake.controller.new_call()
    assert intake.ctx.runner.wait_idle()
    QApplication.processEvents()  # the closed slot picker goes


def check_intake(window: IntakeWindow, error: PitstopError, language: str) -> None:
    settle()
    text = in_language(error_text(error), error, language)
    shown = shown_labels(window)
    name = INTAKE_INPUTS.get(error.field) if error.field is not None else None
    if name is None:
        assert window.banner_text() == text
        assert window.form_banner.kind() == "error"
        assert shown == [] and window.shown_field_errors() == {}
        if error.field is not None:  # the form has no such field
            assert window.field_error_text(error.field) is None and window.field_widget(error.field) is None
        return
    assert error.field is not None
    assert window.banner_text() == ""
    assert [label.text() for label in shown] == [text]
    assert window.field_error_text(error.field) == text
    assert list(window.shown_field_errors().values()) == [text]
    assert window.field_widget(error.field) is getattr(window, name)
    assert_under(shown[0], getattr(window, name), window)
    if slot_taken(error):  # R10: the slot picker opens again, saying why
        picker = window.controller.slot_picker
        assert picker is not None and picker.banner.text() == text
    elif getattr(window, name).isEnabled():  # (no complementary OC to choose before a client is)
        assert QApplication.focusWidget() is getattr(window, name)


@pytest.mark.parametrize("code", CODES)
def test_every_refusal_beside_its_intake_field(form: IntakeWindow, language: str, code: str) -> None:
    for field in fields_of(code):
        error = sample(code, field)
        form.controller.show_refusal(error)
        check_intake(form, error, language)


def test_every_field_has_its_place_in_the_intake(form: IntakeWindow, language: str) -> None:
    """Whatever the code, each field goes to its input or, when the form lacks it, to the banner."""
    for field in [*Field, None]:
        error = sample("value.summary_empty", field)
        form.controller.show_refusal(error)
        check_intake(form, error, language)


def test_a_refusal_replaces_the_one_shown_before(form: IntakeWindow) -> None:
    form.controller.show_refusal(sample("R3.channel_only", Field.TAB))
    form.controller.show_refusal(sample("value.summary_empty", Field.SUMMARY))
    assert form.field_error_text(Field.TAB) == ""
    form.controller.show_refusal(sample("R8.own_request"))
    assert form.shown_field_errors() == {} and form.banner_text().startswith("R8: ")


def test_a_real_save_refused_by_r3_shows_beside_the_tab(form: IntakeWindow, language: str) -> None:
    """A phone call saved to N1 - Blip Filiais (Blip only): the service's R3 beside "Aba", nothing saved."""
    form.controller.choose_client("C1014")
    assert form.ctx.runner.wait_idle()
    form.summary.setPlainText("Pedido de acesso pelo telefone")
    form.tab.setCurrentIndex(form.tab.findData("n1_blip_filiais"))
    refused = QSignalSpy(form.save_refused)
    QTest.mouseClick(form.save_button, LEFT)
    wait_until(lambda: refused.count() > 0)
    expected = RuleViolation("R3.channel_only", field=Field.TAB, tab="N1 - Blip Filiais", required_channel="blip",
                             channel="phone")
    check_intake(form, expected, language)
    assert not form.on_result_page() and form.controller.outbox.count() == 0


# ---------------------------------------------------------------------------------------------------------------
# The OC dialog and its technician picker


@pytest.fixture(scope="module")
def oc_dialog(module_workspace: Callable[..., Workspace]) -> Iterator[OccurrenceDialog]:
    ctx = module_workspace(SUPERVISOR)
    dialog = OccurrenceDialog(ctx, new_call(ctx.db, channel="email"))
    dialog.show()
    assert ctx.runner.wait_idle()
    assert dialog.available_actions() == ["offer", "forward", "escalate", "send_to_apoio", "close"]
    yield dialog
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def dialog(oc_dialog: OccurrenceDialog) -> Iterator[OccurrenceDialog]:
    """The shared dialog with no form open and nothing shown, left that way afterwards."""
    oc_dialog.cancel_action()
    oc_dialog.banner.clear()
    yield oc_dialog
    oc_dialog.cancel_action()
    oc_dialog.banner.clear()


def check_dialog(dialog: OccurrenceDialog, action: str, error: PitstopError, language: str) -> None:
    settle()
    text = in_language(error_text(error), error, language)
    assert dialog.open_form() == action
    shown = shown_labels(dialog)
    name = DIALOG_INPUTS[action].get(error.field) if error.field is not None else None
    if name is None:
        assert dialog.banner.text() == text and dialog.banner.kind() == "error"
        assert shown == [] and dialog.shown_field_errors() == {}
        return
    assert error.field is not None
    assert dialog.banner.text() == ""
    assert [label.text() for label in shown] == [text]
    assert dialog.field_error_text(error.field) == text
    assert dialog.shown_field_errors() == {(action, error.field): text}
    widget = getattr(dialog, name)
    assert dialog.field_widget(error.field) is widget
    assert_under(shown[0], widget, dialog)
    assert QApplication.focusWidget() is widget


DIALOG_CASES = [(action, code) for action, inputs in DIALOG_INPUTS.items() for code in CODES
                if raised_fields()[code] & set(inputs)]


@pytest.mark.parametrize(("action", "code"), DIALOG_CASES)
def test_refusals_beside_the_oc_dialogs_fields(dialog: OccurrenceDialog, language: str, action: str,
                                                code: str) -> None:
    dialog.start_action(action)
    assert dialog.form_fields(action) == list(DIALOG_INPUTS[action])
    for field in fields_of(code):
        error = sample(code, field)
        dialog.show_refusal(error)
        check_dialog(dialog, action, error, language)


@pytest.mark.parametrize("action", list(DIALOG_INPUTS))
def test_every_refusal_has_its_place_in_each_form(dialog: OccurrenceDialog, language: str, action: str) -> None:
    """Each form open, every code with each of its fields: beside the form's input, or in the banner."""
    dialog.start_action(action)
    for code in CODES:
        for field in fields_of(code):
            error = sample(code, field)
            dialog.show_refusal(error)
            check_dialog(dialog, action, error, language)


def test_without_an_open_form_refusals_go_to_the_banner(dialog: OccurrenceDialog) -> None:
    dialog.show_refusal(sample("R11.faq_missing", Field.FAQ))
    assert dialog.open_form() is None and dialog.banner.text().startswith("R11: ")
    assert shown_labels(dialog) == []


def test_a_real_close_without_faq_shows_r11_beside_the_faq(dialog: OccurrenceDialog, language: str) -> None:
    QTest.mouseClick(dialog.buttons[CLOSE], LEFT)
    assert dialog.open_form() == CLOSE and dialog.close_faq.text() == ""
    QTest.mouseClick(dialog.confirm_button(CLOSE), LEFT)
    assert dialog.ctx.runner.wait_idle()
    check_dialog(dialog, CLOSE, RuleViolation("R11.faq_missing", field=Field.FAQ), language)
    assert dialog.view is not None and dialog.view.status != "closed"
    QTest.keyClicks(dialog.close_faq, "7")  # correcting the field takes its refusal away
    assert dialog.field_error_text(Field.FAQ) == ""
    QTest.keyClick(dialog.close_faq, Qt.Key.Key_Backspace)  # the shared dialog as it was


def test_a_real_forward_refused_by_r3_shows_beside_the_tab(dialog: OccurrenceDialog, language: str) -> None:
    QTest.mouseClick(dialog.buttons[FORWARD], LEFT)
    dialog.forward_tab.setCurrentIndex(dialog.forward_tab.findData("n1_blip_filiais"))
    QTest.mouseClick(dialog.confirm_button(FORWARD), LEFT)
    assert dialog.ctx.runner.wait_idle()
    expected = RuleViolation("R3.channel_only", field=Field.TAB, tab="N1 - Blip Filiais", required_channel="blip",
                             channel="email")
    check_dialog(dialog, FORWARD, expected, language)
    assert dialog.view is not None and dialog.view.tab == "n1_rapida"


@pytest.fixture(scope="module")
def offer_picker(oc_dialog: OccurrenceDialog) -> Iterator[OfferPicker]:
    oc_dialog.start_action("offer")
    picker = oc_dialog.picker
    assert picker is not None
    assert oc_dialog.ctx.runner.wait_idle()
    wait_until(picker.isVisible)
    yield picker
    picker.close()


def check_picker(picker: OfferPicker, error: PitstopError, language: str) -> None:
    settle()
    text = in_language(error_text(error), error, language)
    shown = shown_labels(picker)
    if error.field != Field.TECHNICIAN:
        assert picker.banner.text() == text and shown == []
        return
    assert picker.banner.text() == ""
    assert [label.text() for label in shown] == [text] and picker.field_error_text(Field.TECHNICIAN) == text
    assert_under(shown[0], picker.table, picker)


@pytest.mark.parametrize("code", [c for c in CODES if Field.TECHNICIAN in raised_fields()[c]])
def test_refusals_about_the_technician_beside_the_offer_list(offer_picker: OfferPicker, language: str,
                                                              code: str) -> None:
    for field in fields_of(code):
        error = sample(code, field)
        offer_picker.show_refusal(error)
        check_picker(offer_picker, error, language)


def test_a_real_offer_to_someone_at_lunch_shows_r4_under_the_list(offer_picker: OfferPicker, language: str) -> None:
    assert offer_picker.select("diego.martins")
    QTest.mouseClick(offer_picker.offer_button, LEFT)
    assert offer_picker.ctx.runner.wait_idle()  # the refusal, then the list read again
    expected = RuleViolation("R4.at_lunch", field=Field.TECHNICIAN, name="Diego Martins")
    check_picker(offer_picker, expected, language)
    assert offer_picker.isVisible() and offer_picker.selected_login() == "diego.martins"
    assert offer_picker.select("felipe.gomes")  # another person: the refusal was about Diego
    assert offer_picker.field_error_text(Field.TECHNICIAN) == ""
