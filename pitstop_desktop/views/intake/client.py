"""The chosen client's side of the intake form: its OCs, the complementary call (R2) and the URA hint."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QPalette

from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.models.palette import sla_colour
from pitstop_desktop.services import intake
from pitstop_desktop.services.consulting_records import CallRouting
from pitstop_desktop.services.intake import ClientEntry, ClientOcs
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.consulting import actions
from pitstop_desktop.views.consulting.forms import routing_hint
from pitstop_desktop.views.intake.lists import LineKind, OcLine

if TYPE_CHECKING:
    from pitstop_desktop.views.intake.controller import IntakeController


class ChosenClient(QObject):
    """The client's OCs (``ocs``), read again when the client is chosen and when the live feed says OCs changed."""

    def __init__(self, c: IntakeController) -> None:
        super().__init__(c)
        self.c = c
        self.view = c.view
        self.ctx = c.ctx
        self.ocs: ClientOcs | None = None
        self.routing: str | None = None  # consulting-week: where a consulting client's call goes, in words
        self._token = 0

    def forget(self) -> None:
        """No client on screen: answers still on their way are dropped."""
        self.ocs = None
        self.routing = None
        self._token += 1
        self.view.client_oc_model.set_rows([])

    def load(self, entry: ClientEntry) -> None:
        """Read ``entry``'s OCs on the worker (an answer for a client no longer on screen is dropped)."""
        self._token += 1
        token, db, code, now = self._token, self.ctx.db, entry.code, self.ctx.clock.now()
        msg.submit(self.view, self.ctx.runner, lambda: intake.client_ocs(db, code, at=now),
                   lambda result: self._arrived(token, code, result),
                   lambda error: self._failed(token, error))
        if entry.consulting:  # consulting-week: the protocol's consultant, to transfer to or register for
            msg.submit(self.view, self.ctx.runner, lambda: actions.route_call(db, code),
                       lambda routing: self._routed(token, routing), lambda _error: None)

    def _routed(self, token: int, routing: CallRouting) -> None:
        if token != self._token:
            return
        self.routing = routing_hint(routing) if routing.action in ("transfer", "register") else None
        self.update_hint()

    def _arrived(self, token: int, code: str, result: ClientOcs) -> None:
        if token != self._token:
            return  # the attendant moved on to another client meanwhile
        self.c.set_online(True)
        self.ocs = result
        self.view.client_ocs_label.setText(
            self.tr("OCs do cliente: %1 aberta(s)").replace("%1", str(len(result.open))))
        self.view.client_oc_model.set_rows(self.lines(result))
        self.fill_complementary(result, keep=True)
        self.c.client_ocs_loaded.emit(code)

    def _failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        self.c.connection_problem(error)
        self.view.client_ocs_label.setText(self.tr("OCs do cliente — indisponíveis agora"))
        self.view.complementary.setEnabled(False)

    def lines(self, ocs: ClientOcs) -> list[OcLine]:
        """Open OCs, then the last closed ones; each OC's summary (and owner) on a line of its own."""
        tz, now = self.ctx.policy.calendar.tz, self.ctx.clock.now()
        palette = self.view.palette()
        muted, plain = palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.WindowText)
        lines: list[OcLine] = []
        groups = (("open", self.tr("Abertas (%1)"), ocs.open, True),
                  ("closed", self.tr("Últimas encerradas (%1)"), ocs.recent_closed, False))
        for group, title, rows, is_open in groups:
            lines.append(OcLine(("heading", group), LineKind.HEADING, (title.replace("%1", str(len(rows))),),
                                colour=plain))
            for oc in rows:
                if is_open:
                    age = msg.duration(now - oc.opened_at)
                    # on track reads from the colour and "restam"; warning says so; breached says "estourado há"
                    sla_text = f"{oc.sla} · {msg.remaining(oc.remaining_minutes)}"
                    if oc.sla_state == SlaState.WARNING:
                        sla_text = f"{oc.sla} · {msg.label(msg.SLA_STATE, oc.sla_state)} · " \
                                   f"{msg.remaining(oc.remaining_minutes)}"
                else:
                    age = self.tr("enc. %1").replace("%1", msg.local_time(oc.closed_at, tz, now=now))
                    sla_text = f"{oc.sla} · {msg.label(msg.SLA_STATE, oc.sla_state)}"
                colour = None
                with contextlib.suppress(KeyError):  # a state with no colour
                    colour = sla_colour(oc.sla_state)
                lines.append(OcLine(
                    ("oc", oc.number), LineKind.OC,
                    (str(oc.number), self.c.tab_names.get(oc.tab, oc.tab), msg.label(msg.STATUS, oc.status), age,
                     sla_text),
                    number=oc.number, is_open=is_open, tooltip=oc.summary, sla_colour=colour,
                    colour=None if is_open else muted))
                line = oc.summary
                if oc.assignee:
                    line += " — " + self.tr("com %1").replace("%1", oc.assignee)
                lines.append(OcLine(("summary", oc.number), LineKind.SUMMARY, ("      " + line,),
                                    number=oc.number, tooltip=oc.summary))
        return lines

    def activated(self, index: QModelIndex) -> None:
        """Enter (or a double click) on an open OC of the client: the call is complementary to it."""
        number = self.view.client_oc_model.open_number_at(index.row())
        if number is not None:
            self.view.select(self.view.complementary, number)
            self.view.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def fill_complementary(self, ocs: ClientOcs | None, *, keep: bool = False) -> None:
        """The client's open OCs to complement; ``keep``: a re-read keeps the one chosen if it is still open."""
        combo = self.view.complementary
        chosen = combo.currentData() if keep else None
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— não: é um assunto novo —"), None)
        if ocs is not None:
            for oc in ocs.open:
                summary = oc.summary if len(oc.summary) <= 60 else oc.summary[:59] + "…"
                combo.addItem(f"OC {oc.number} · {self.c.tab_names.get(oc.tab, oc.tab)} · {summary}", oc.number)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)
        has_open = ocs is not None and bool(ocs.open)
        combo.setEnabled(has_open)
        note = self.view.complementary_note
        if ocs is None:
            note.setText("")
        elif has_open:
            note.setText(self.tr("O cliente tem OC aberta: se a ligação só complementa uma delas, escolha-a aqui "
                                 "(R2)."))
        else:
            note.setText(self.tr("Sem OCs abertas: a ligação é uma OC nova (R1)."))
        self.complementary_changed(chosen=not keep)  # a re-read keeps a refusal shown beside the field

    def complementary_changed(self, *, chosen: bool = True) -> None:
        v = self.view
        number = v.complementary.currentData()
        if chosen:
            v.errors["complementary"].clear()
        if number is not None:
            v.complementary_note.setText(
                self.tr("Ao salvar, a nova OC fica vinculada à OC %1 e é encerrada com FAQ 7347 (R2).")
                .replace("%1", str(number)))
            self.c.clear_slot()
        elif self.ocs is not None and self.ocs.open:
            v.complementary_note.setText(self.tr("O cliente tem OC aberta: se a ligação só complementa uma delas, "
                                                 "escolha-a aqui (R2)."))
        v.slot_button.setEnabled(number is None)

    def channel_changed(self) -> None:
        self.view.errors["channel"].clear()
        self.update_hint()

    def update_hint(self) -> None:
        """The consulting team's URA hint for a caller who is not a consulting client (never blocking)."""
        entry = self.c.current_client
        hint = None
        if entry is not None:
            hint = intake.consulting_hint_for(entry, consulting_team=self.c.in_consulting_team,
                                              channel=self.view.channel.currentData())
        if hint:
            self.view.hint_banner.show_text(
                hint + " " + self.tr("Ctrl+N passa para a próxima ligação sem registrar nada."),
                msg.MessageBanner.WARNING)
        elif entry is not None and entry.consulting and self.routing:
            self.view.hint_banner.show_text(self.routing, msg.MessageBanner.INFO)
        else:
            self.view.hint_banner.clear()
