"""Approve or reject an OC's pending escalation from the OC window, as the approvals queue does (R6–R8).

A manager who opened the OC to read its history decides there, without going back to the queue. The box shows
only to people whose role decides escalations (``ctx.can``); the services keep the rules, so a manager's own
request (R8, four eyes) is refused by the service and the refusal is shown by the window, word for word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from pitstop_desktop.domain.codes import EscalationTarget
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.services import escalations
from pitstop_desktop.services.records import EscalationRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.workspace import Workspace


class DecisionBox(QGroupBox):
    """Note or reason, Aprovar, Rejeitar for one pending escalation; ``decided`` carries the confirmation text,
    ``refused`` the service's refusal, ``missing_reason`` a rejection without a reason (nothing was sent)."""

    decided = Signal(str)
    refused = Signal(object)
    missing_reason = Signal(str)

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Decisão do gestor"))
        self._escalation: EscalationRecord | None = None
        self._busy = False
        row = QHBoxLayout(self)
        caption = QLabel(self.tr("No&ta ou motivo:"), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("nota da aprovação (opcional) ou motivo da rejeição (obrigatório)"))
        caption.setBuddy(self.note)
        self.approve_button = QPushButton(self.tr("Apro&var"), self)
        self.reject_button = QPushButton(self.tr("Re&jeitar"), self)
        for button in (self.approve_button, self.reject_button):
            button.setAutoDefault(False)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        row.addWidget(caption)
        row.addWidget(self.note, 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        self.hide()

    def show_for(self, escalation: EscalationRecord | None) -> None:
        """Shown while the OC has a pending escalation and the person's role decides escalations."""
        if escalation is None or self._escalation is None or escalation.id != self._escalation.id:
            self.note.clear()
        self._escalation = escalation
        self.setVisible(escalation is not None and self.ctx.can(Action.DECIDE_ESCALATION))
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.approve_button, self.reject_button, self.note):
            widget.setEnabled(not busy)

    def approve(self) -> None:
        esc = self._escalation
        if esc is None or self._busy:
            return
        db, actor, stamp, note = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp(), self.note.text().strip()
        if esc.target == EscalationTarget.N2:
            text = self.tr("Escalonamento da OC %1 para N2 aprovado; a OC segue pelo APOIO N1 (R7).")
        else:
            text = self.tr("Escalonamento da OC %1 para Especialistas aprovado; a OC vai para Especialistas (R6).")
        self._run(lambda: escalations.approve(db, esc.id, actor=actor, note=note or None, at=stamp),
                  text.replace("%1", str(esc.number)))

    def reject(self) -> None:
        esc = self._escalation
        if esc is None or self._busy:
            return
        reason = self.note.text().strip()
        if not reason:
            self.missing_reason.emit(self.tr("Informe o motivo da rejeição no campo «Nota ou motivo»; ele fica no "
                                             "histórico da OC (R6)."))
            self.note.setFocus()
            return
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        self._run(lambda: escalations.reject(db, esc.id, actor=actor, reason=reason, at=stamp),
                  self.tr("Escalonamento da OC %1 rejeitado; a OC continua onde estava.")
                  .replace("%1", str(esc.number)))

    def _run(self, work: Callable[[], Any], done_text: str) -> None:
        self._set_busy(True)

        def done(_: Any) -> None:
            self.note.clear()
            self.decided.emit(done_text)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.refused.emit(error)

        msg.submit(self, self.ctx.runner, work, done, failed)
