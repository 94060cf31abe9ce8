"""One OC in full: its details, its whole history, and the actions the signed-in person may take on it.

A supervisor double-clicks an OC on the board and decides what happens next: offer it to a technician (R4),
forward it (R3), escalate it (R6/R7), send it to APOIO (R5) or close it with a FAQ code (R11). The dialog shows only
the buttons that the person's role allows *and* that make sense for the OC's state; everything else is left to
the services, which refuse with the rule, and the refusal is shown inline: beside the field of the open form it is
about (``PitstopError.field``: the destination tab, the escalation's target or reason, the APOIO reason, the FAQ
code), else in the banner above the forms. The offer's technician is chosen in the picker, which does the same.

Each action's form opens inside the dialog (not as a second modal window), so the keyboard path is short —
Alt+letter opens a form, Enter confirms, Esc goes back — and the history stays in view while deciding.
Every database call goes through ``ctx.runner``; the dialog never blocks the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.codes import MANAGEMENT_ROLES, EscalationReason, EscalationTarget, Status, TabCode
from pitstop_desktop.domain.errors import Field, PitstopError
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.domain.signals import is_unanswered
from pitstop_desktop.models.palette import has_sla_colour, sla_colour, sla_text_colour
from pitstop_desktop.services import apoio, escalations, occurrences, people, picker
from pitstop_desktop.services.records import HistoryEntry, OccurrenceRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.booking_form import AppointmentBox
from pitstop_desktop.views.escalation_decision import DecisionBox
from pitstop_desktop.views.occurrence_history import HistoryRow, history_view
from pitstop_desktop.views.offer_picker import OfferPicker
from pitstop_desktop.views.workspace import Workspace

OFFER, FORWARD, ESCALATE, SEND_TO_APOIO, CLOSE = "offer", "forward", "escalate", "send_to_apoio", "close"
ACTIONS = (OFFER, FORWARD, ESCALATE, SEND_TO_APOIO, CLOSE)
_UNLIMITED = 16_777_215  # QWIDGETSIZE_MAX: a widget's maximum width when it has none
_PERMISSION = {OFFER: Action.OFFER, FORWARD: Action.FORWARD, ESCALATE: Action.ESCALATE,
               SEND_TO_APOIO: Action.SEND_TO_APOIO, CLOSE: Action.CLOSE}


def sensible_actions(view: OccurrenceRecord) -> set[str]:
    """What makes sense for the OC's state, whoever asks (the role matrix is applied on top).

    Closed is final (R11). While a manager decides an escalation only closing is possible (R6/R7). An OC with
    an owner is not offered again (R9), and an OC already in APOIO is routed from the APOIO queue, not offered
    or sent there again from here.
    """
    if view.status == Status.CLOSED:
        return set()
    if view.status == Status.AWAITING_APPROVAL:
        return {CLOSE}
    actions = {FORWARD, CLOSE}
    in_apoio = view.tab == TabCode.APOIO_N1
    if view.assignee is None and not in_apoio:
        actions.add(OFFER)
    if view.tab != TabCode.N2:
        actions.add(ESCALATE)
    if not in_apoio:
        actions.add(SEND_TO_APOIO)
    return actions


def _chip(text: str, sla_state: str | None = None) -> str:
    """A rounded label: the SLA state's colours when given (models/palette.py), else the palette's (so it follows
    light and dark mode)."""
    if sla_state is None or not has_sla_colour(sla_state):
        return ("QLabel { background: palette(alternate-base); color: palette(window-text);"
                " border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }")
    background, foreground = sla_colour(sla_state).name(), sla_text_colour(sla_state).name()
    return (f"QLabel {{ background: {background}; color: {foreground}; border-radius: 9px;"
            f" padding: 1px 8px; font-weight: 600; }}")


class _Value(QLabel):
    """A read-only value in the details grid: selectable (people copy OC numbers and names), wrapping."""

    def __init__(self, parent: QWidget | None = None, rich: bool = False) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)


class OccurrenceDialog(QDialog):
    """Details, history and actions of OC ``number``; emits ``occurrence_changed`` after each change it makes."""

    occurrence_changed = Signal(int)
    loaded = Signal(int)

    def __init__(self, ctx: Workspace, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self._view: OccurrenceRecord | None = None
        self._tab_names: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._read_detail: Callable[[str], str] = lambda text: text
        self._gated: set[str] = set()
        self._busy = False
        self.picker: OfferPicker | None = None
        self.setWindowTitle(self.tr("OC %1").replace("%1", str(number)))
        self.setSizeGripEnabled(True)
        self.resize(1040, 660)
        self._build()
        self.reload()

    # Layout

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setSpacing(10)

        head = QHBoxLayout()
        self._title = QLabel(self.tr("OC %1").replace("%1", str(self.number)), self)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status_chip = QLabel(self)
        self._status_chip.setStyleSheet(_chip(""))
        self._sla_chip = QLabel(self)
        head.addWidget(self._title, 1)
        head.addWidget(self._status_chip)
        head.addWidget(self._sla_chip)
        root.addLayout(head)

        self._summary = _Value(self)
        root.addWidget(self._summary)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._fields: dict[str, _Value] = {}
        self._field_labels: dict[str, QLabel] = {}
        rows = (
            (("client", self.tr("Cliente")), ("sla", self.tr("SLA"))),
            (("tab", self.tr("Aba")), ("technician", self.tr("Técnico"))),
            (("status", self.tr("Status")), ("opened", self.tr("Aberta"))),
            (("channel", self.tr("Canal e tipo")), ("link", self.tr("Vínculo"))),
        )
        for r, pair in enumerate(rows):
            for c, (key, caption) in enumerate(pair):
                self._add_field(grid, key, caption, r, c * 2, rich=key == "link")
        self._add_field(grid, "escalation", self.tr("Escalonamento"), len(rows), 0, span=3, rich=True)
        self._add_field(grid, "closed", self.tr("Encerramento"), len(rows) + 1, 0, span=3)
        self._fields["link"].linkActivated.connect(self._open_linked)
        root.addLayout(grid)
        self.decision = DecisionBox(self.ctx, self)  # a manager approves or rejects here too (R6–R8)
        self.decision.decided.connect(self._changed)
        self.decision.refused.connect(self._refused)
        self.decision.missing_reason.connect(self._say_error)
        root.addWidget(self.decision)
        self.appointment = AppointmentBox(self.ctx, self)  # FAQ 7037: Desmarcar, Remarcar… (views/booking_form.py)
        self.appointment.changed.connect(self._changed)
        root.addWidget(self.appointment)

        history_label = QLabel(self.tr("&Histórico"), self)
        font = history_label.font()
        font.setBold(True)
        history_label.setFont(font)
        self.history = history_view(self.ctx, self)
        history_label.setBuddy(self.history)
        root.addWidget(history_label)
        root.addWidget(self.history, 1)

        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)

        self._forms = QStackedWidget(self)
        self._forms.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._confirm: dict[str, QPushButton] = {}
        self._first_field: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        # each form's fields that a refusal can be about: the input and the label under it
        self._field_inputs: dict[str, dict[Field, QWidget]] = {}
        self._field_errors: dict[str, dict[Field, msg.FieldError]] = {}
        self._build_forward_form()
        self._build_escalate_form()
        self._build_apoio_form()
        self._build_close_form()
        self._forms.hide()
        root.addWidget(self._forms)

        buttons = QHBoxLayout()
        captions = {OFFER: self.tr("&Oferecer…"), FORWARD: self.tr("&Encaminhar…"),
                    ESCALATE: self.tr("E&scalonar…"), SEND_TO_APOIO: self.tr("Enviar ao &APOIO…"),
                    CLOSE: self.tr("Encer&rar…")}
        self.buttons: dict[str, QPushButton] = {}
        for action in ACTIONS:
            button = QPushButton(captions[action], self)
            button.setAutoDefault(False)
            button.hide()
            button.clicked.connect(lambda _=False, a=action: self.start_action(a))
            buttons.addWidget(button)
            self.buttons[action] = button
        self._no_actions = QLabel(self)
        self._no_actions.setForegroundRole(self.palette().ColorRole.PlaceholderText)
        buttons.addWidget(self._no_actions)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Fechar"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        root.addLayout(buttons)

    def _add_field(self, grid: QGridLayout, key: str, caption: str, row: int, column: int, span: int = 1,
                   rich: bool = False) -> None:
        name = QLabel(caption + ":", self)
        name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        name.setForegroundRole(self.palette().ColorRole.PlaceholderText)
        value = _Value(self, rich)
        grid.addWidget(name, row, column)
        grid.addWidget(value, row, column + 1, 1, span)
        self._fields[key] = value
        self._field_labels[key] = name

    def _form_page(self, key: str, title: str, confirm: str) -> tuple[QFormLayout, QPushButton]:
        box = QGroupBox(title, self._forms)
        outer = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        ok = QPushButton(confirm, box)
        ok.setAutoDefault(False)
        ok.clicked.connect(lambda _=False, k=key: self._confirm_action(k))
        cancel = QPushButton(self.tr("Cancelar"), box)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.cancel_action)
        row.addWidget(ok)
        row.addWidget(cancel)
        outer.addLayout(row)
        self._forms.addWidget(box)
        self._pages[key] = box
        self._confirm[key] = ok
        self._field_inputs[key] = {}
        self._field_errors[key] = {}
        return form, ok

    def _add_row(self, form: QFormLayout, action: str, caption: str, widget: QWidget,
                 field: Field | None = None) -> None:
        """A form row; with ``field``, a refusal about that field shows right under ``widget``."""
        label = QLabel(caption, self)
        label.setBuddy(widget)
        if field is None:
            form.addRow(label, widget)
            return
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if widget.maximumWidth() < _UNLIMITED:  # a short field stays at the left, as in a plain row
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(widget)
        error = msg.FieldError(box)
        layout.addWidget(error)
        box.setFocusProxy(widget)
        form.addRow(label, box)
        self._field_inputs[action][field] = widget
        self._field_errors[action][field] = error

    def _build_forward_form(self) -> None:
        form, _ = self._form_page(FORWARD, self.tr("Encaminhar para outra aba (R3)"), self.tr("Encaminhar"))
        self.forward_tab = QComboBox(self)
        self.forward_note = QLineEdit(self)
        self.forward_note.setPlaceholderText(self.tr("opcional: por que vai para essa aba"))
        self._add_row(form, FORWARD, self.tr("Aba de &destino:"), self.forward_tab, Field.TAB)
        self._add_row(form, FORWARD, self.tr("&Nota:"), self.forward_note)
        self.forward_tab.currentIndexChanged.connect(lambda _i: self._clear_field_error(FORWARD, Field.TAB))
        self._first_field[FORWARD] = self.forward_tab

    def _build_escalate_form(self) -> None:
        form, _ = self._form_page(ESCALATE, self.tr("Pedir escalonamento — um gestor valida (R6, R7)"),
                                  self.tr("Pedir escalonamento"))
        self.escalate_target = QComboBox(self)
        for target in EscalationTarget:
            self.escalate_target.addItem(msg.label(msg.ESCALATION_TARGET, target.value), target.value)
        self.escalate_reason = QComboBox(self)
        for reason in EscalationReason:
            self.escalate_reason.addItem(msg.label(msg.ESCALATION_REASON, reason.value), reason.value)
        self.escalate_note = QLineEdit(self)
        self.escalate_note.setPlaceholderText(self.tr("opcional: o que o gestor precisa saber"))
        self._add_row(form, ESCALATE, self.tr("&Destino:"), self.escalate_target, Field.TARGET)
        self._add_row(form, ESCALATE, self.tr("&Motivo:"), self.escalate_reason, Field.REASON)
        self._add_row(form, ESCALATE, self.tr("&Nota:"), self.escalate_note)
        self.escalate_target.currentIndexChanged.connect(lambda _i: self._clear_field_error(ESCALATE, Field.TARGET))
        self.escalate_reason.currentIndexChanged.connect(lambda _i: self._clear_field_error(ESCALATE, Field.REASON))
        self._first_field[ESCALATE] = self.escalate_target

    def _build_apoio_form(self) -> None:
        form, _ = self._form_page(SEND_TO_APOIO, self.tr("Enviar ao APOIO da gestão (R5)"),
                                  self.tr("Enviar ao APOIO"))
        self.apoio_reason = QLineEdit(self)
        self.apoio_reason.setPlaceholderText(self.tr("obrigatório: por que o APOIO precisa assumir"))
        self._add_row(form, SEND_TO_APOIO, self.tr("&Motivo:"), self.apoio_reason, Field.REASON)
        self.apoio_reason.textEdited.connect(lambda _t: self._clear_field_error(SEND_TO_APOIO, Field.REASON))
        self._first_field[SEND_TO_APOIO] = self.apoio_reason

    def _build_close_form(self) -> None:
        form, _ = self._form_page(CLOSE, self.tr("Encerrar com código FAQ (R11)"), self.tr("Encerrar a OC"))
        self.close_faq = QLineEdit(self)
        self.close_faq.setPlaceholderText(self.tr("ex.: 7347"))
        self.close_faq.setValidator(QRegularExpressionValidator(r"\d{0,16}", self.close_faq))
        self.close_faq.setMaximumWidth(160)
        self.close_note = QLineEdit(self)
        self.close_note.setPlaceholderText(self.tr("opcional: como foi resolvida"))
        self._add_row(form, CLOSE, self.tr("Código &FAQ:"), self.close_faq, Field.FAQ)
        self._add_row(form, CLOSE, self.tr("&Nota:"), self.close_note)
        self.close_faq.textEdited.connect(lambda _t: self._clear_field_error(CLOSE, Field.FAQ))
        self._first_field[CLOSE] = self.close_faq

    # Loading

    @property
    def view(self) -> OccurrenceRecord | None:
        """The OC as last read from the database (None until the first load arrives)."""
        return self._view

    def reload(self) -> None:
        """Read the OC again (and, the first time, the tab and people names the texts use)."""
        db, number, now = self.ctx.db, self.number, self.ctx.clock.now()
        first = not self._tab_names

        def work() -> tuple[OccurrenceRecord, list[picker.TabChoice] | None, dict[str, str] | None]:
            view = occurrences.show(db, number, at=now)
            if not first:
                return view, None, None
            return view, picker.tabs(db), {s.login: s.name for s in people.list_staff(db)}

        self._set_busy(True)
        msg.submit(self, self.ctx.runner, work, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[OccurrenceRecord, list[picker.TabChoice] | None, dict[str, str] | None]) -> None:
        view, tabs, names = result
        if tabs is not None and names is not None:
            self._tab_names = {t.code: t.name for t in tabs}
            self._names = names
            self._read_detail = msg.detail_reader(msg.code_words(self._tab_names, names))
            self._gated = {t.code for t in tabs if t.gated}
        self._view = view
        self._set_busy(False)
        self._show(view)
        self.appointment.show_for(view, self._names)
        self.loaded.emit(view.number)

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.banner.show_error(error)
        self._no_actions.setText(self.tr("Não foi possível ler a OC."))

    def _person(self, login: str | None) -> str:
        if not login:
            return ""
        return self._names.get(login, login)

    def _show(self, v: OccurrenceRecord) -> None:
        tz = self.ctx.policy.calendar.tz
        now = self.ctx.clock.now()
        self.setWindowTitle(self.tr("OC %1 — %2").replace("%1", str(v.number)).replace("%2", v.client_name))
        self._title.setText(self.tr("OC %1 — %2").replace("%1", str(v.number)).replace("%2", v.client_name))
        self._status_chip.setText(msg.label(msg.STATUS, v.status))
        stored = self.ctx.policy.sla_classes.get(v.sla)
        sla_name = msg.sla_class_name(v.sla, stored.name if stored is not None else None)
        self._sla_chip.setText(f"SLA {sla_name} · {msg.label(msg.SLA_STATE, v.sla_state)}")
        self._sla_chip.setStyleSheet(_chip("", v.sla_state))
        self._summary.setText(v.summary)

        f = self._fields
        f["client"].setText(f"{v.client_name} ({v.client})")
        if v.status == Status.CLOSED:
            sla_text = msg.label(msg.SLA_STATE, v.sla_state)
        else:
            sla_text = msg.remaining(v.remaining_minutes)
        f["sla"].setText(self.tr("%1 · %2 · vence %3").replace("%1", sla_name).replace("%2", sla_text)
                         .replace("%3", msg.local_time(v.due_at, tz, now=now)))
        f["tab"].setText(self._tab_names.get(v.tab, v.tab))
        f["status"].setText(msg.label(msg.STATUS, v.status))
        if v.assignee:
            f["technician"].setText(self._person(v.assignee))
        elif v.offered_to and is_unanswered(v.offered_at, now) and v.offered_at is not None:
            f["technician"].setText(self.tr("oferecida a %1 há %2, sem resposta (R5): pode enviar ao APOIO")
                                    .replace("%1", self._person(v.offered_to))
                                    .replace("%2", msg.duration(now - v.offered_at)))
        elif v.offered_to:
            f["technician"].setText(self.tr("oferecida a %1, aguardando resposta")
                                    .replace("%1", self._person(v.offered_to)))
        else:
            f["technician"].setText(self.tr("ninguém"))
        f["opened"].setText(self.tr("%1 por %2").replace("%1", msg.local_time(v.opened_at, tz, now=now))
                            .replace("%2", self._person(v.opened_by)))
        f["channel"].setText(f"{msg.label(msg.CHANNEL, v.channel)} · {msg.label(msg.KIND, v.kind)}")
        if v.complementary_of:
            f["link"].setText(self.tr("ligação complementar à <a href='%1'>OC %1</a> (R2)")
                              .replace("%1", str(v.complementary_of)))
        else:
            f["link"].setText(self.tr("nenhum"))
        esc = v.pending_escalation
        self._set_field_visible("escalation", esc is not None)
        if esc is not None:
            text = (self.tr("pedido para %1 (%2) por %3 às %4 — aguarda um gestor")
                    .replace("%1", msg.label(msg.ESCALATION_TARGET, esc.target))
                    .replace("%2", msg.label(msg.ESCALATION_REASON, esc.reason))
                    .replace("%3", self._person(esc.requested_by))
                    .replace("%4", msg.local_time(esc.requested_at, tz, now=now)))
            if esc.note:
                text += f"<br><i>{_html(esc.note)}</i>"
            f["escalation"].setText(text)
        self._set_field_visible("closed", v.closed_at is not None)
        if v.closed_at is not None:
            f["closed"].setText(self.tr("%1 com FAQ %2").replace("%1", msg.local_time(v.closed_at, tz, now=now))
                                .replace("%2", v.faq or "—"))

        self.decision.show_for(esc)
        self._show_history(v)
        self._show_actions(v)

    def _set_field_visible(self, key: str, visible: bool) -> None:
        self._fields[key].setVisible(visible)
        self._field_labels[key].setVisible(visible)

    def _history_detail(self, entry: HistoryEntry) -> str:
        """The detail in words; an event an administrator dated (--at) says so."""
        detail = self._read_detail(entry.detail)
        return self.tr("%1 (datado)").replace("%1", detail) if entry.backfilled else detail

    def _show_history(self, v: OccurrenceRecord) -> None:
        """The history only grows: a reload after an action inserts the new entries and shows the last one."""
        model = self.history.rows()
        model.set_rows(HistoryRow(position, entry, self._person(entry.by), self._history_detail(entry))
                       for position, entry in enumerate(v.history or ()))
        if model.rowCount():
            self.history.scrollTo(model.index(model.rowCount() - 1, 0))

    # What the dialog shows (the public surface tests and screen readers use)

    def field_text(self, key: str) -> str:
        """The text of a details field: client, sla, tab, technician, status, opened, channel, link, …"""
        return self._fields[key].text()

    def field_shown(self, key: str) -> bool:
        """Whether a details field is shown (the escalation and closing fields appear only when they apply)."""
        return self._fields[key].isVisibleTo(self)

    def history_texts(self) -> list[list[str]]:
        """Every history row as shown: when, who, action, detail."""
        return self.history.texts()

    def actions_note(self) -> str:
        """Why there are no action buttons ("OC encerrada…"), or empty when there are."""
        return self._no_actions.text()

    def open_form(self) -> str | None:
        """The action whose form is open inside the dialog, or None."""
        return self._current_form() if self._forms.isVisible() else None

    def confirm_button(self, action: str) -> QPushButton:
        """The button that confirms ``action``'s form ("Encaminhar", "Encerrar a OC", …)."""
        return self._confirm[action]

    def form_fields(self, action: str) -> list[Field]:
        """The fields of ``action``'s form that a refusal can be about (shown beside them)."""
        return list(self._field_inputs.get(action, {}))

    def field_widget(self, field: Field) -> QWidget | None:
        """The input of the open form that a refusal about ``field`` is shown beside; None when it has none."""
        return self._field_inputs.get(self.open_form() or "", {}).get(field)

    def field_error_text(self, field: Field) -> str | None:
        """The refusal shown beside ``field`` in the open form ("" when none); None when the form lacks it."""
        error = self._field_errors.get(self.open_form() or "", {}).get(field)
        return None if error is None else error.text()

    def shown_field_errors(self) -> dict[tuple[str, Field], str]:
        """Every text shown beside a field of any form right now, by (action, field)."""
        return {(action, field): error.text() for action, errors in self._field_errors.items()
                for field, error in errors.items() if error.text()}

    def available_actions(self) -> list[str]:
        """The actions offered right now: allowed for the person's role and sensible for the OC's state."""
        if self._view is None:
            return []
        sensible = sensible_actions(self._view)
        owner = self._view.assignee
        if owner is not None and owner != self.ctx.user.login and self.ctx.user.role not in MANAGEMENT_ROLES:
            sensible -= {FORWARD, SEND_TO_APOIO, CLOSE, OFFER, ESCALATE}  # R9: someone else's OC
        return [a for a in ACTIONS if a in sensible and self.ctx.can(_PERMISSION[a])]

    def _show_actions(self, v: OccurrenceRecord) -> None:
        shown = set(self.available_actions())
        for action, button in self.buttons.items():
            button.setVisible(action in shown)
        if v.status == Status.CLOSED:
            self._no_actions.setText(self.tr("OC encerrada: nada mais a fazer (R11)."))
        elif v.status == Status.AWAITING_APPROVAL and shown == {CLOSE}:
            self._no_actions.setText(self.tr("Aguardando a validação de um gestor."))
        elif not shown and v.assignee is not None and v.assignee != self.ctx.user.login \
                and self.ctx.user.role not in MANAGEMENT_ROLES:
            self._no_actions.setText(self.tr("A OC está com %1: só quem a atende ou a gestão age sobre ela (R9).")
                                     .replace("%1", self._person(v.assignee)))
        elif not shown:
            self._no_actions.setText(self.tr("Seu papel não tem ações sobre esta OC."))
        else:
            self._no_actions.setText("")
        self._no_actions.setVisible(bool(self._no_actions.text()))
        if self._forms.isVisible() and self._current_form() not in shown:
            self.cancel_action()
        tabs = [(code, name) for code, name in self._tab_names.items()
                if code != v.tab and code not in self._gated]
        current = self.forward_tab.currentData()
        self.forward_tab.clear()
        for code, name in tabs:
            self.forward_tab.addItem(name, code)
        if current is not None and (index := self.forward_tab.findData(current)) >= 0:
            self.forward_tab.setCurrentIndex(index)

    # Actions

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (*self.buttons.values(), *self._confirm.values()):
            button.setEnabled(not busy)

    def _current_form(self) -> str | None:
        page = self._forms.currentWidget()
        return next((k for k, w in self._pages.items() if w is page), None)

    def start_action(self, action: str) -> None:
        """Open the action's form (or the technician picker for an offer)."""
        if self._view is None or action not in self.available_actions():
            return
        self.banner.clear()
        self._clear_field_errors()
        if action == OFFER:
            self.cancel_action()
            if self.picker is not None:
                self.picker.deleteLater()  # one picker at a time; the previous one is done
            self.picker = OfferPicker(self.ctx, self._view.number, self._view.tab, parent=self)
            self.picker.offered.connect(self._offered)
            self.picker.open()
            return
        for key, ok in self._confirm.items():
            ok.setDefault(key == action)
        for key, page in self._pages.items():  # the stack takes the height of the shown form only
            page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum if key == action
                               else QSizePolicy.Policy.Ignored)
        if action == SEND_TO_APOIO:
            self._prefill_no_answer()
        self._forms.setCurrentWidget(self._pages[action])
        self._forms.show()
        self._forms.updateGeometry()
        self._first_field[action].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def no_answer(self) -> bool:
        """The OC's offer has waited ten minutes or more (R5): sending it to APOIO records ``no_answer``."""
        v = self._view
        return v is not None and v.offered_to is not None and is_unanswered(v.offered_at, self.ctx.clock.now())

    def _prefill_no_answer(self) -> None:
        """An offer nobody answered: the reason is written already (the attendant's one action, R5); the service
        records ``no_answer`` by the offer's age, whatever the text says."""
        v = self._view
        if v is None or not self.no_answer() or self.apoio_reason.text().strip() or v.offered_at is None:
            return
        waited = msg.duration(self.ctx.clock.now() - v.offered_at)
        self.apoio_reason.setText(self.tr("sem resposta: oferecida a %1 há %2 (R5)")
                                  .replace("%1", self._person(v.offered_to)).replace("%2", waited))
        self.apoio_reason.selectAll()

    def cancel_action(self) -> None:
        for ok in self._confirm.values():
            ok.setDefault(False)
        self._clear_field_errors()
        self._forms.hide()

    def _clear_field_error(self, action: str, field: Field) -> None:
        self._field_errors[action][field].clear()

    def _clear_field_errors(self) -> None:
        for errors in self._field_errors.values():
            for error in errors.values():
                error.clear()

    def show_refusal(self, error: BaseException) -> None:
        """``error`` beside the field of the open form it is about, else in the banner; the focus goes to that
        field (or to the form's first one), so the person corrects it and confirms again."""
        self._clear_field_errors()
        form = self.open_form()
        field = error.field if isinstance(error, PitstopError) else None
        label = self._field_errors.get(form or "", {}).get(field) if field is not None else None
        if form is None or field is None or label is None:
            self.banner.show_error(error)
            if form is not None:
                self._first_field[form].setFocus()
            return
        self.banner.clear()
        label.show_text(msg.error_text(error))
        self._field_inputs[form][field].setFocus()

    def _confirm_action(self, action: str) -> None:
        if self._busy or self._view is None:
            return
        db, number, actor, stamp = self.ctx.db, self._view.number, self.ctx.user.login, self.ctx.clock.stamp()
        work: Callable[[], Any]
        if action == FORWARD:
            tab, note = self.forward_tab.currentData(), self.forward_note.text().strip() or None
            tab_name = self.forward_tab.currentText()
            if tab is None:
                self._clear_field_errors()
                self.banner.clear()
                self._field_errors[FORWARD][Field.TAB].show_text(self.tr("Escolha a aba de destino."))
                self.forward_tab.setFocus()
                return
            work = partial(occurrences.forward, db, number, actor=actor, tab=tab, note=note, at=stamp)
            done = self.tr("OC %1 encaminhada para %2.").replace("%2", tab_name)
        elif action == ESCALATE:
            target, reason = self.escalate_target.currentData(), self.escalate_reason.currentData()
            note = self.escalate_note.text().strip() or None
            work = partial(escalations.escalate, db, number, actor=actor, target=target, reason=reason,
                           note=note, at=stamp)
            done = (self.tr("Escalonamento da OC %1 para %2 pedido; aguarda a validação de um gestor.")
                    .replace("%2", self.escalate_target.currentText()))
        elif action == SEND_TO_APOIO:
            reason = self.apoio_reason.text()
            work = partial(apoio.send, db, number, actor=actor, reason=reason, at=stamp)
            done = self.tr("OC %1 enviada ao APOIO.")
        else:
            faq, note = self.close_faq.text(), self.close_note.text().strip() or None
            work = partial(occurrences.close, db, number, actor=actor, faq=faq, note=note, at=stamp)
            done = self.tr("OC %1 encerrada com FAQ %2.").replace("%2", faq.strip())
        done = done.replace("%1", str(number))
        self._set_busy(True)
        msg.submit(self, self.ctx.runner, work, lambda _result: self._changed(done), self._refused)

    def _changed(self, text: str) -> None:
        self.cancel_action()
        for field in (self.forward_note, self.escalate_note, self.apoio_reason, self.close_faq, self.close_note):
            field.clear()
        self.banner.show_text(text, msg.MessageBanner.INFO)
        self.reload()
        self.occurrence_changed.emit(self.number)

    def _say_error(self, text: str) -> None:
        self.banner.show_text(text, msg.MessageBanner.ERROR)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_refusal(error)

    def _offered(self, number: int, login: str, warnings: str) -> None:
        text = self.tr("OC %1 oferecida a %2; aguardando o aceite.").replace("%1", str(number))
        text = text.replace("%2", self._person(login))
        self._changed(f"{text} {warnings}".strip())

    def _open_linked(self, href: str) -> None:
        """The complementary call's original OC opens in its own dialog; its changes are forwarded."""
        try:
            number = int(href)
        except ValueError:
            return
        other = OccurrenceDialog(self.ctx, number, self)
        other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        other.occurrence_changed.connect(self.occurrence_changed)
        other.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc first leaves an open action form, then closes the dialog."""
        if event.key() == Qt.Key.Key_Escape and self._forms.isVisible():
            self.cancel_action()
            self.banner.clear()
            event.accept()
            return
        super().keyPressEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["ACTIONS", "OccurrenceDialog", "sensible_actions"]
