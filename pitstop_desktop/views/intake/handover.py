"""Handing a just-registered OC over: "Encaminhar" (Ctrl+E) and "Acionar APOIO" (Ctrl+Shift+A).

Claims and offers are not queued: they need the live server (R4, R9) and say so when it is away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from pitstop_desktop.domain.codes import Status, TabCode
from pitstop_desktop.domain.errors import DatabaseUnavailable
from pitstop_desktop.services import apoio, occurrences
from pitstop_desktop.services.outbox import is_unreachable, server_reachable
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.offer_picker import OfferPicker

if TYPE_CHECKING:
    from pitstop_desktop.views.intake.controller import IntakeController


class HandOver(QObject):
    """The result page's hand-over buttons, for the intake controller ``c``."""

    def __init__(self, c: IntakeController) -> None:
        super().__init__(c)
        self.c = c
        self.offer_picker: OfferPicker | None = None

    def update(self) -> None:
        """Encaminhar / Acionar APOIO make sense for an open OC without owner, and only with the live server."""
        v, oc, result = self.c.view, self.c.last_occurrence, self.c.last_result
        reason = ""
        if result is None:
            reason = " "
        elif result.queued or oc is None:
            reason = self.tr("Encaminhar e acionar o APOIO precisam do servidor ao vivo; a ligação ainda está "
                             "pendente de sincronização.")
        elif oc.status == Status.CLOSED:
            reason = self.tr("OC complementar, já encerrada (FAQ 7347): nada a encaminhar.")
        elif oc.assignee:
            reason = self.tr("OC agendada com %1: já tem responsável.").replace("%1", oc.assignee)
        elif oc.tab == TabCode.APOIO_N1:
            reason = self.tr("A OC já está no APOIO N1.")
        for widget in (v.handover_tab, v.handover_button, v.apoio_button):
            widget.setEnabled(not reason)
        v.handover_note.setText(reason.strip() or self.tr(
            "Encaminhar mostra quem atende a aba (login, almoço, trabalho atual), disponíveis primeiro. "
            "Se ninguém atende, Acionar APOIO (R5)."))

    def _target(self) -> int | None:
        v = self.c.view
        if not v.on_result_page() or not v.handover_button.isEnabled():
            return None
        return self.c.last_occurrence.number if self.c.last_occurrence else None

    def _server_away(self, error: BaseException) -> bool:
        if is_unreachable(error):
            self.c.connection_problem(error)
            self.c.view.result_banner.show_text(
                self.tr("O servidor não responde: encaminhar e acionar o APOIO precisam do banco ao vivo. "
                        "A OC está salva; tente de novo quando a conexão voltar."), msg.MessageBanner.ERROR)
            return True
        return False

    def hand_over(self) -> None:
        """Ctrl+E: the chosen tab's technicians (OfferPicker: R4 on every row); another tab is a forward first."""
        c, v = self.c, self.c.view
        number = self._target()
        if number is None or c.last_occurrence is None:
            return
        tab = v.handover_tab.currentData()
        if tab == TabCode.APOIO_N1:
            self.send_to_apoio()
            return
        db, runner = c.ctx.db, c.ctx.runner
        v.result_banner.clear()
        if tab and tab != c.last_occurrence.tab:
            actor, stamp = c.ctx.user.login, c.ctx.clock.stamp()
            msg.submit(v, runner, lambda: occurrences.forward(db, number, actor=actor, tab=tab, at=stamp),
                       self._forwarded, self._failed)
            return

        def probed(reachable: bool) -> None:  # the picker reads and offers live: say so now if it cannot
            if reachable:
                c.set_online(True)
                self._open_offer_picker(number)
            else:
                self._server_away(DatabaseUnavailable("database.no_answer"))

        msg.submit(v, runner, lambda: server_reachable(db), probed, self._failed)

    def _forwarded(self, oc: OccurrenceRecord) -> None:
        self.c.set_online(True)
        self.c.last_occurrence = oc
        self.c.feed.refresh()
        self.c.handed_over.emit(oc.number, f"forwarded:{oc.tab}")
        self._open_offer_picker(oc.number)

    def _open_offer_picker(self, number: int) -> None:
        self.close_picker()
        v = self.c.view
        dialog = OfferPicker(self.c.ctx, number, parent=v)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.offered.connect(self._offered)
        dialog.destroyed.connect(lambda *_: setattr(self, "offer_picker", None))
        dialog.finished.connect(lambda _result: v.activateWindow())
        self.offer_picker = dialog
        dialog.open()

    def close_picker(self) -> None:
        if self.offer_picker is not None:
            self.offer_picker.close()

    def _offered(self, number: int, login: str, warnings: str) -> None:
        v = self.c.view
        name = next((c.name for c in (self.offer_picker.candidates() if self.offer_picker else ())
                     if c.login == login), login)
        text = self.tr("OC %1 oferecida a %2.").replace("%1", str(number)).replace("%2", name)
        if warnings:
            text += " " + self.tr("Aviso (R4): %1").replace("%1", warnings)
        v.result_banner.show_text(text, msg.MessageBanner.WARNING if warnings else msg.MessageBanner.INFO)
        self.c.feed.refresh()
        self.c.handed_over.emit(number, f"offered:{login}")
        v.next_button.setFocus()

    def send_to_apoio(self) -> None:
        """Ctrl+Shift+A: nobody answers → the OC goes to APOIO N1 in one action (R5)."""
        number = self._target()
        if number is None:
            return
        c = self.c
        db, actor, stamp = c.ctx.db, c.ctx.user.login, c.ctx.clock.stamp()
        reason = self.tr("ninguém atendeu; acionado no registro de ligações")
        msg.submit(c.view, c.ctx.runner, lambda: apoio.send(db, number, actor=actor, reason=reason, at=stamp),
                   self._sent_to_apoio, self._failed)

    def _sent_to_apoio(self, oc: OccurrenceRecord) -> None:
        v = self.c.view
        self.c.set_online(True)
        self.c.last_occurrence = oc
        self.update()
        v.result_banner.show_text(self.tr("OC %1 enviada ao APOIO N1 (R5).").replace("%1", str(oc.number)),
                                  msg.MessageBanner.INFO)
        self.c.feed.refresh()
        self.c.handed_over.emit(oc.number, "apoio")
        v.next_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        if not self._server_away(error):
            self.c.view.result_banner.show_error(error)
