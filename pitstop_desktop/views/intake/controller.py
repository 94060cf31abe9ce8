"""The intake window's behaviour: finding the client, the form, saving through the outbox, the next call.

The window (window.py) is layout and key bindings; this controller holds the state of the call on screen and
talks to the services through the task runner. Two helpers take a part each: :class:`HandOver` (handover.py:
"Encaminhar" and "Acionar APOIO", live server only) and :class:`PendingSync` (sync.py: the outbox's pending count,
its replay and "OCs que registrei hoje"). The lists follow the seat's :class:`LiveFeed`: a batch that touches OCs
re-reads the chosen client's OCs and today's list; clients or settings re-read the client index.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import Channel, Kind, TabCode
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.models.palette import text_style, warning_colour
from pitstop_desktop.services import intake, picker, sla
from pitstop_desktop.services.intake import ClientEntry, ClientIndex
from pitstop_desktop.services.outbox import (
    Outbox,
    OutboxError,
    PendingCall,
    SaveResult,
    is_unreachable,
    new_call,
    save_call,
)
from pitstop_desktop.services.records import OccurrenceRecord, SlaClassRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.intake.client import ChosenClient
from pitstop_desktop.views.intake.handover import HandOver
from pitstop_desktop.views.intake.sync import PendingSync
from pitstop_desktop.views.intake.widgets import field_for_error, slot_taken
from pitstop_desktop.views.offer_picker import OfferPicker
from pitstop_desktop.views.slot_picker import SlotPicker
from pitstop_desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from pitstop_desktop.views.intake.window import IntakeWindow

log = logging.getLogger(__name__)

SEARCH_LIMIT = 50
REPLAY_INTERVAL_MS = 5_000
DEFAULT_SLA = "24H"
FORM_PAGE, RESULT_PAGE = 0, 1


def build_client_index(entries: list[ClientEntry]) -> ClientIndex:
    """The in-memory client finder, built on the worker thread, ready for the first keystroke.

    The garbage collector pauses while the index allocates its objects (otherwise collections of a growing heap
    hold the GIL, and so the GUI thread, for longer), and one search builds the substring haystack here rather
    than on the attendant's first keystroke.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        index = ClientIndex(entries)
        index.search("a")
    finally:
        if was_enabled:
            gc.enable()
    return index


@dataclass
class ChosenSlot:
    start: datetime
    technician: str
    name: str
    tab: str | None


class IntakeController(QObject):
    """State and behaviour of one intake window (``view``); see the module docstring."""

    clients_loaded = Signal(int)
    client_chosen = Signal(str)  # client code
    client_ocs_loaded = Signal(str)
    saved = Signal(object)  # SaveResult (queued or with its number)
    save_refused = Signal(str, str)  # field, message
    today_refreshed = Signal()
    pending_changed = Signal(int)
    replayed = Signal(object)  # ReplayReport, or None when the server still does not answer
    handed_over = Signal(int, str)  # OC number, "offered:<login>" | "apoio" | "forwarded:<tab>"
    caller_shown = Signal(str)  # the phone the PBX handed over

    def __init__(self, view: IntakeWindow, ctx: Workspace, outbox: Outbox, feed: LiveFeed, *,
                 replay_interval_ms: int = REPLAY_INTERVAL_MS, freeze_gc: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.ctx = ctx
        self.outbox = outbox
        self.feed = feed
        self.freeze_gc = freeze_gc  # the `pitstop intake` process only: gc.freeze() after the clients load
        self.index = ClientIndex()
        self.current_client: ClientEntry | None = None
        self.last_result: SaveResult | None = None
        self.last_call: PendingCall | None = None
        self.last_occurrence: OccurrenceRecord | None = None
        self.slot: ChosenSlot | None = None
        self.slot_picker: SlotPicker | None = None
        self.waiting_caller: str | None = None
        self.online: bool | None = None
        self.in_consulting_team = False
        self.tab_names: dict[str, str] = {}
        self._loaded = False
        self._reloading = False
        self._reload_again = False  # clients changed while the index was being read: read it once more
        self._saving = False
        self.client = ChosenClient(self)
        self.handover = HandOver(self)
        self.sync = PendingSync(self, replay_interval_ms)
        feed.changed.connect(self._feed_changed)
        feed.connection_lost.connect(lambda _reason: self.set_online(False))
        feed.connection_restored.connect(lambda: self.set_online(True))
        self.client.fill_complementary(None)

    @property
    def offer_picker(self) -> OfferPicker | None:
        return self.handover.offer_picker

    @property
    def replay_timer(self) -> QTimer:
        return self.sync.replay_timer

    def pending_count(self) -> int:
        return self.sync.pending_count()

    def replay_now(self) -> None:
        self.sync.replay_now()

    # ------------------------------------------------------------------------------------------------------
    # Start-up, reference data and the live feed

    def start(self) -> None:
        """Load the clients (into the in-memory index), the choices and today's list; replay what is pending."""
        self.view.search.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self._loaded:
            self.view.search.setPlaceholderText(self.tr("carregando os clientes…"))
        self.feed.start()  # its first (full) batch loads everything
        if self.sync.update_pending() > 0:
            self.sync.replay_now()

    def _feed_changed(self, batch: FeedBatch) -> None:
        if batch.touches(Entity.CLIENT, Entity.SETTING):  # clients, the consulting team; full batches too
            self.reload_clients()
        elif self._loaded and batch.touches(Entity.OCCURRENCE):
            self.sync.refresh_today()
        if self.current_client is not None and batch.touches(Entity.OCCURRENCE) and not self.view.on_result_page():
            # while the call is typed; once it is saved the next client's read must not queue behind this one
            self.client.load(self.current_client)

    def reload_clients(self) -> None:
        if self._reloading:
            self._reload_again = True
            return
        self._reloading = True
        db, login, now = self.ctx.db, self.ctx.user.login, self.ctx.clock.now()

        def work() -> tuple[ClientIndex, bool, list[picker.TabChoice], list[SlaClassRecord], list[OccurrenceRecord]]:
            index = build_client_index(intake.load_clients(db))
            return (index, intake.in_consulting_team(db, login), picker.tabs(db), sla.sla_classes(db),
                    intake.registered_today(db, login, at=now))

        if self.freeze_gc and self._loaded:
            gc.unfreeze()  # the index being replaced may be collected again
        msg.submit(self.view, self.ctx.runner, work, self._clients_arrived, self._clients_failed)

    def _clients_arrived(self, result: tuple[ClientIndex, bool, list[picker.TabChoice], list[SlaClassRecord],
                                             list[OccurrenceRecord]]) -> None:
        self.index, self.in_consulting_team, tabs, classes, today = result
        if self.freeze_gc:
            # Hundreds of thousands of long-lived objects: a full collection would walk them all (~100 ms with
            # 50,000 clients) in the middle of a keystroke. Frozen, they are skipped (benchmarks/bench_intake.py).
            gc.freeze()
        self.set_online(True)
        first = not self._loaded
        self._loaded = True
        self.tab_names = {t.code: t.name for t in tabs}
        self._fill_choices(tabs, classes, keep=not first)
        self.view.search.setPlaceholderText(self.tr("código, nome ou telefone do cliente"))
        self.sync.show_today(today)
        self.search_changed(self.view.search.text())
        self.clients_loaded.emit(len(self.index))
        if self.waiting_caller and first:
            phone, self.waiting_caller = self.waiting_caller, None
            self.show_caller(phone)
        self._reloaded()

    def _reloaded(self) -> None:
        self._reloading = False
        if self._reload_again:
            self._reload_again = False
            self.reload_clients()

    def _clients_failed(self, error: BaseException) -> None:
        self._reloading = False
        self._reload_again = False  # the retry below reads everything anyway
        self.connection_problem(error)
        self.view.search.setPlaceholderText(self.tr("não foi possível carregar os clientes — tentando de novo…"))
        QTimer.singleShot(5_000, self, self.reload_clients)

    def _fill_choices(self, tabs: list[picker.TabChoice], classes: list[SlaClassRecord], *, keep: bool) -> None:
        v = self.view
        chosen_tab, chosen_sla = v.tab.currentData(), v.sla.currentData()
        for combo in (v.tab, v.handover_tab, v.sla):
            combo.blockSignals(True)
            combo.clear()
        for t in tabs:
            if t.gated:
                continue  # Especialistas and N2 only after a manager's validation (R6, R7)
            if t.code != TabCode.APOIO_N1:
                v.tab.addItem(t.name, t.code)
            v.handover_tab.addItem(t.name, t.code)
        for c in classes:
            name = msg.sla_class_name(c.code, c.name)
            text = c.code if name.casefold() == c.code.casefold() else f"{c.code} — {name}"
            v.sla.addItem(text, c.code)
        for combo in (v.tab, v.handover_tab, v.sla):
            combo.blockSignals(False)
        v.select(v.tab, chosen_tab if keep and chosen_tab else self.default_tab())
        v.select(v.sla, chosen_sla if keep and chosen_sla else DEFAULT_SLA)

    def default_tab(self) -> str | None:
        """The attendant's own tab (the first one they serve)."""
        return self.ctx.user.tabs[0] if self.ctx.user.tabs else None

    def refresh(self) -> None:
        """F5: every list read again (through the feed, so everyone sees the same revision); replay the outbox."""
        self.feed.full_refresh()
        self.sync.replay_now()

    # ------------------------------------------------------------------------------------------------------
    # Finding the client

    def search_changed(self, text: str) -> None:
        v = self.view
        found = self.index.search(text, SEARCH_LIMIT)
        v.result_model.set_entries(found)
        v.set_result_row(0 if found else -1)
        if not self._loaded:
            v.result_count.setText("")
        elif not text.strip():
            v.result_count.setText(self.tr("%1 clientes — digite para filtrar").replace("%1", f"{len(self.index):n}"))
        elif not found:
            v.result_count.setText(self.tr("Nenhum cliente encontrado"))
        elif len(found) >= SEARCH_LIMIT:
            v.result_count.setText(self.tr("Os primeiros %1 — continue digitando").replace("%1", str(len(found))))
        else:
            v.result_count.setText(self.tr("%1 encontrado(s) — Enter escolhe").replace("%1", str(len(found))))
        if text.strip():
            v.errors["client"].clear()

    def pick_current(self) -> None:
        """Enter in the search or the list: the highlighted client (the best match by default)."""
        v = self.view
        entry = v.result_model.entry_at(max(v.result_row(), 0))
        if entry is None:
            text = v.search.text().strip()
            v.errors["client"].show_text(
                self.tr("Nenhum cliente com «%1». Confira o código, o nome ou o telefone.").replace("%1", text)
                if text else self.tr("Digite o código, o nome ou o telefone do cliente."))
            return
        self.choose_client(entry)

    def choose_client(self, entry: ClientEntry | str) -> None:
        """Make ``entry`` (or the client with that code) the caller; the cursor goes to the summary."""
        v = self.view
        if isinstance(entry, str):
            found = self.index.get(entry)
            if found is None:
                v.errors["client"].show_text(self.tr("Cliente desconhecido: %1").replace("%1", entry))
                return
            entry = found
        if v.on_result_page():
            self.reset_form(keep_search=True)
        self.current_client = entry
        v.errors["client"].clear()
        row = v.result_model.row_of(entry.code)
        if row is not None:
            v.set_result_row(row)
        v.client_label.setText(f"{entry.code} · {entry.name}")
        facts = [entry.phone or self.tr("sem telefone")]
        if entry.consulting:
            facts.append(self.tr("cliente da consultoria"))
        v.client_facts.setText(" · ".join(facts))
        self.client.update_hint()
        self.client.forget()
        v.client_ocs_label.setText(self.tr("OCs do cliente — carregando…"))
        self.client.fill_complementary(None)
        self.client.load(entry)
        v.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        self.client_chosen.emit(entry.code)

    # ------------------------------------------------------------------------------------------------------
    # Caller ID (the phone system)

    def show_caller(self, phone: str) -> None:
        """Pre-select the client with this phone (``pitstop intake --caller`` and the running-window hand-over)."""
        v = self.view
        phone = phone.strip()
        v.bring_to_front()
        if not phone:
            return
        if not self._loaded:
            self.waiting_caller = phone
            return
        if self._busy_with_call():
            self.waiting_caller = phone
            who = self.index.by_phone(phone)
            v.form_banner.show_text(
                self.tr("Tocando: %1. Termine esta ligação (Ctrl+Enter) e use Ctrl+N para atendê-la.")
                .replace("%1", f"{who.name} ({phone})" if who else phone), msg.MessageBanner.INFO)
            return
        if v.on_result_page() or self.current_client is not None:
            self.reset_form()
        v.search.setText(phone)
        matches = self.index.phone_matches(phone)
        if len(matches) == 1:
            self.choose_client(matches[0])
        elif matches:
            v.results.setFocus()
            v.errors["client"].show_text(self.tr("%1 clientes com o telefone %2: escolha com ↑↓ e Enter.")
                                         .replace("%1", str(len(matches))).replace("%2", phone))
        else:
            v.search.setFocus()
            v.errors["client"].show_text(
                self.tr("Nenhum cliente com o telefone %1; busque pelo nome ou código.").replace("%1", phone))
        self.caller_shown.emit(phone)

    def _busy_with_call(self) -> bool:
        """The attendant is typing a call that is not saved yet (a new caller must not wipe it)."""
        if self._saving:
            return True
        if self.view.on_result_page():
            return False
        return bool(self.view.summary.toPlainText().strip()) or self.slot is not None or \
            self.view.complementary.currentData() is not None

    # ------------------------------------------------------------------------------------------------------
    # Appointments (FAQ 7037)

    def open_slot_picker(self, message: str | None = None) -> SlotPicker | None:
        v = self.view
        if v.on_result_page() or (not v.slot_button.isEnabled() and message is None):
            return None
        day = self.slot.start.astimezone(self.ctx.policy.calendar.tz).date() if self.slot else None
        if self.slot_picker is not None:
            self.slot_picker.close()
        dialog = SlotPicker(self.ctx, v.tab.currentData(), day, v)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.picked.connect(lambda start, login, d=dialog: self._slot_picked(d, start, login))
        dialog.destroyed.connect(lambda *_: setattr(self, "slot_picker", None))
        dialog.finished.connect(lambda _result: v.activateWindow())  # the keyboard comes back here
        self.slot_picker = dialog
        if message:
            dialog.banner.show_text(message, msg.MessageBanner.ERROR)
        dialog.open()
        return dialog

    def _slot_picked(self, dialog: SlotPicker, start: datetime, login: str) -> None:
        v = self.view
        self.slot = ChosenSlot(start, login, dialog.technician_name(login), dialog.tab)
        if dialog.tab and dialog.tab != v.tab.currentData() and v.tab.findData(dialog.tab) >= 0:
            v.select(v.tab, dialog.tab)
        tz, now = self.ctx.policy.calendar.tz, self.ctx.clock.now()
        v.show_slot(self.tr("%1 com %2 (FAQ 7037)").replace("%1", msg.local_time(start, tz, now=now))
                    .replace("%2", self.slot.name))
        v.errors["slot"].clear()
        (v.save_button if v.summary.toPlainText().strip() else v.summary).setFocus()

    def clear_slot(self) -> None:
        self.slot = None
        self.view.show_slot(None)

    # ------------------------------------------------------------------------------------------------------
    # Saving

    def save(self) -> None:
        """Ctrl+Enter: register the call (outbox first, then the server) through the worker."""
        v = self.view
        if self._saving or v.on_result_page():
            return
        v.clear_errors()
        entry = self.current_client
        summary = v.summary.toPlainText().strip()
        if entry is None:
            v.errors["client"].show_text(self.tr("Escolha o cliente: digite código, nome ou telefone e Enter."))
        if not summary:
            v.errors["summary"].show_text(self.tr("Descreva a ligação no resumo."))
        if entry is None or not summary:
            (v.search if entry is None else v.summary).setFocus()
            return
        complementary = v.complementary.currentData()
        slot = self.slot if complementary is None else None
        try:
            call = new_call(
                actor=self.ctx.user.login, client=entry.code, channel=v.channel.currentData() or "phone",
                kind=v.kind.currentData() or Kind.QUESTION.value, sla=v.sla.currentData() or DEFAULT_SLA,
                tab=v.tab.currentData(), summary=summary, complementary_of=complementary,
                slot=slot.start if slot else None, technician=slot.technician if slot else None,
                at=self.ctx.clock.stamp())
        except PitstopError as error:
            self.show_refusal(error)
            return
        self._set_saving(True)
        db, outbox = self.ctx.db, self.outbox
        msg.submit(v, self.ctx.runner, lambda: save_call(db, outbox, call),
                   lambda result: self._saved(call, result), self._save_failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.view.save_button.setEnabled(not saving)
        self.view.form_state.setText(self.tr("Salvando…") if saving else "")

    def _saved(self, call: PendingCall, result: SaveResult) -> None:
        self._set_saving(False)
        self.last_call, self.last_result = call, result
        self.last_occurrence = result.occurrence
        self.set_online(not result.queued)
        self._show_result()
        self.sync.update_pending()
        self.sync.fill_today()
        if not result.queued:
            self.feed.refresh()  # our own write: the lists follow the feed like everyone else's
        self.saved.emit(result)

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if is_unreachable(error):  # BookingNeedsServer too: the service refused to queue an appointment
            self.connection_problem(error)
        elif isinstance(error, PitstopError) and not isinstance(error, OutboxError):
            self.set_online(True)
        self.show_refusal(error)
        self.sync.update_pending()

    def show_refusal(self, error: BaseException) -> None:
        """The refusal beside the form field it is about (``error.field``), else in the form's banner; it replaces
        whatever refusal was shown. The slot picker opens again when the slot was taken."""
        v = self.view
        v.clear_errors()
        field = field_for_error(error)
        text = msg.error_text(error)
        if isinstance(error, OutboxError) and error.code != "outbox.not_saved":
            text = self.tr("A ligação NÃO foi salva: %1").replace("%1", text)
        if field == "slot" and slot_taken(error):
            self.clear_slot()
            v.errors["slot"].show_text(text)
            self.open_slot_picker(text)
        elif field in v.errors:
            v.errors[field].show_text(text)
            v.focus_field(field)
        else:
            v.form_banner.show_text(text, msg.MessageBanner.ERROR)
        self.save_refused.emit(field, text)

    def _show_result(self) -> None:
        v, result, call = self.view, self.last_result, self.last_call
        if result is None or call is None:
            return
        v.result_banner.clear()
        entry = self.index.get(call.client)
        parts = [f"{call.client} · {entry.name if entry else ''}".rstrip(" ·"),
                 msg.label(msg.CHANNEL, call.channel), msg.label(msg.KIND, call.kind), f"SLA {call.sla}",
                 self.tab_names.get(call.tab or "", call.tab or "")]
        details = " · ".join(p for p in parts if p)
        if result.queued:
            v.result_caption.setText(self.tr("Ligação guardada neste computador"))
            v.number_label.setText(self.tr("pendente"))
            v.copied_label.setText(self.tr("Sem conexão com o banco: ela será enviada sozinha quando o banco "
                                           "voltar, e o número aparece aqui e em «OCs que registrei hoje»."))
            v.copied_label.setStyleSheet(text_style(warning_colour()))
        else:
            self.show_number(self.tr("OC registrada"), result.number)
        oc = self.last_occurrence
        if call.complementary_of is not None:
            details += "\n" + self.tr("Complementar à OC %1: vinculada e encerrada com FAQ 7347 (R2).").replace(
                "%1", str(call.complementary_of))
        if call.slot is not None and call.technician:
            name = self.slot.name if self.slot else call.technician
            details += "\n" + self.tr("Agendada (FAQ 7037): %1 com %2.").replace(
                "%1", msg.local_time(call.slot, self.ctx.policy.calendar.tz, now=self.ctx.clock.now())).replace(
                "%2", name)
        v.result_details.setText(details)
        v.select(v.handover_tab, oc.tab if oc else call.tab)
        self.handover.update()
        v.show_page(RESULT_PAGE)
        v.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_number(self, caption: str, number: int | None) -> None:
        """The OC number, large and on the clipboard."""
        v = self.view
        v.result_caption.setText(caption)
        v.number_label.setText(str(number))
        QGuiApplication.clipboard().setText(str(number))
        v.copied_label.setText(self.tr("Número copiado para a área de transferência (Ctrl+V)."))
        v.copied_label.setStyleSheet("")

    # ------------------------------------------------------------------------------------------------------
    # The next call

    def new_call(self) -> None:
        """One key (Ctrl+N; Enter on the result page): an empty form and the cursor in the client search."""
        if self._saving:
            return
        self.reset_form()
        if self.waiting_caller:
            phone, self.waiting_caller = self.waiting_caller, None
            self.show_caller(phone)

    def reset_form(self, *, keep_search: bool = False) -> None:
        v = self.view
        self.handover.close_picker()
        if self.slot_picker is not None:
            self.slot_picker.close()
        v.show_page(FORM_PAGE)
        self.current_client = None
        self.client.forget()
        v.clear_errors()
        v.result_banner.clear()
        v.hint_banner.clear()
        v.client_label.setText(self.tr("Nenhum cliente escolhido"))
        v.client_facts.setText("")
        v.client_ocs_label.setText(self.tr("OCs do cliente"))
        v.summary.clear()
        v.select(v.channel, Channel.PHONE.value)
        v.select(v.kind, Kind.QUESTION.value)
        v.select(v.sla, DEFAULT_SLA)
        v.select(v.tab, self.default_tab())
        self.client.fill_complementary(None)
        v.complementary_note.setText("")
        self.clear_slot()
        if not keep_search:
            v.search.clear()
            v.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------------------------------------------
    # Connection state

    def set_online(self, online: bool) -> None:
        self.online = online
        self.view.show_connection(online)
        if self.view.on_result_page():
            self.handover.update()

    def connection_problem(self, error: BaseException) -> None:
        if is_unreachable(error):
            self.set_online(False)
        else:
            log.error("intake: %s", msg.error_text(error))
            self.view.statusBar().showMessage(msg.error_text(error), 10_000)

    def shutdown(self) -> None:
        """The window closes: no more replays, feed reads or dialogs."""
        self.sync.replay_timer.stop()
        self.feed.stop()
        self.handover.close_picker()
        if self.slot_picker is not None:
            self.slot_picker.close()
