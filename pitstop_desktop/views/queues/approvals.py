"""The approvals panel: escalations waiting for a technical manager (R6, R7), and the person's own requests.

Decisions stay with the services and their rules: R8 (a manager never decides on their own request) is enforced in
``services/escalations.py`` and its refusal is shown inline, word for word. The buttons only reflect the role
matrix (``ctx.can``), so a supervisor watches the approvals without being able to decide, and the requester of an
escalation sees the decision in "Minhas solicitações". The shared machinery (live feed, tick, full reads) is
:class:`~pitstop_desktop.views.queues.panel.QueuePanel`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import EscalationTarget
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.models.rows import Column
from pitstop_desktop.services import escalations, queue_merge
from pitstop_desktop.services.queue_facts import OcGlance
from pitstop_desktop.services.records import EscalationRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.queue_columns import OC_WIDTHS, oc_columns
from pitstop_desktop.views.queues.panel import QueuePanel, local_time, muted, waited
from pitstop_desktop.views.row_view import row_table
from pitstop_desktop.views.workspace import Workspace

MINE_LIMIT = 50  # the person's own requests shown, newest first


@dataclass(frozen=True)
class PendingRow:
    """An escalation waiting for a manager, with the requester's name as shown ("… (você)" for one's own)."""

    record: EscalationRecord
    requester: str
    oc: OcGlance | None = None

    @property
    def number(self) -> int:
        return self.record.number


@dataclass(frozen=True)
class MineRow:
    """One of the signed-in person's own escalation requests, with the decider's name."""

    record: EscalationRecord
    decider: str

    @property
    def number(self) -> int:
        return self.record.number


class ApprovalsPanel(QueuePanel):
    """Escalations waiting for a manager (R6, R7), decided by someone other than who asked (R8).

    Managers approve (with an optional note) or reject (with a required reason). Supervisors and APOIO see the
    same list to follow up, with the decision buttons disabled. Everyone sees "Minhas solicitações": their own
    requests with the decision and who took it, so the requester learns the outcome without asking.
    """

    WAITING_COLUMN = 5
    FOLLOWS = (Entity.ESCALATION,)  # every request and decision writes one (services/escalations.py)
    RIDES = Entity.ESCALATION
    FETCH = staticmethod(escalations.escalations_by_id_in)

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, load: bool = True) -> None:
        """``load``: read the queue now; False waits for the first live-feed batch (:meth:`follow`, the console)."""
        super().__init__(ctx, parent)
        self._queue = escalations.ApprovalsQueue([], [])
        self._glances: dict[int, OcGlance] = {}
        self._pending: dict[int, EscalationRecord] = {}
        self._mine: list[EscalationRecord] = []
        self.can_see = ctx.can(Action.SEE_APPROVALS)
        self.can_decide = ctx.can(Action.DECIDE_ESCALATION)
        self._build()
        if load:
            self.refresh()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        self.pending_box = QWidget(self)
        box = QVBoxLayout(self.pending_box)
        box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self._title = msg.heading(self.tr("Escalonamentos aguardando um gestor"), self, scale=1.15)
        head.addWidget(self._title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        box.addLayout(head)
        self.table = row_table(self, self._pending_columns(), lambda r: r.record.id,
                               (60, *OC_WIDTHS, 90, 150, 110, 220), stretch=2)
        self._wire_table()
        box.addWidget(self.table, 1)

        decide = QHBoxLayout()
        caption = QLabel(self.tr("&Nota ou motivo:"), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("nota da aprovação (opcional) ou motivo da rejeição (obrigatório)"))
        caption.setBuddy(self.note)
        self.approve_button = QPushButton(self.tr("&Aprovar"), self)
        self.reject_button = QPushButton(self.tr("&Rejeitar"), self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        decide.addWidget(caption)
        decide.addWidget(self.note, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_button)
        box.addLayout(decide)
        if not self.can_decide:
            box.addWidget(muted(self.tr("Só um gestor técnico aprova ou rejeita escalonamentos (R6, R7); "
                                         "aqui você acompanha a fila."), self))
        self.pending_box.setVisible(self.can_see)
        root.addWidget(self.pending_box, 3)

        root.addWidget(self.banner)

        if self.can_see:
            root.addSpacing(10)
        root.addWidget(msg.heading(self.tr("Minhas solicitações"), self, scale=1.15))
        self.mine = row_table(self, self._mine_columns(), lambda r: r.record.id, (70, 110, 250, 90, 100, 170))
        self.mine.activated.connect(self._mine_activated)
        root.addWidget(self.mine, 2)
        self._mine_empty = muted(self.tr("Você não tem pedidos de escalonamento; quando pedir, a decisão do "
                                          "gestor aparece aqui."), self)
        root.addWidget(self._mine_empty)
        self._mine_empty.hide()

    def _pending_columns(self) -> list[Column[PendingRow]]:
        ctx, asked = self.ctx, self.tr("pedido às %1")
        return [
            Column(self.tr("OC"), lambda r: str(r.number)),
            *oc_columns(ctx),
            Column(self.tr("Esperando"), lambda r: waited(ctx, r.record.requested_at),
                   tooltip=lambda r: asked.replace("%1", local_time(ctx, r.record.requested_at))),
            Column(self.tr("Pedido por"), lambda r: r.requester, tooltip=lambda r: r.record.requested_by),
            Column(self.tr("Destino"), lambda r: msg.label(msg.ESCALATION_TARGET, r.record.target)),
            Column(self.tr("Motivo"), lambda r: msg.label(msg.ESCALATION_REASON, r.record.reason)),
            Column(self.tr("Nota do pedido"), lambda r: r.record.note or "", tooltip=lambda r: r.record.note or None),
        ]

    def _mine_columns(self) -> list[Column[MineRow]]:
        ctx, decided = self.ctx, self.tr("decidido às %1")

        def decided_at(r: MineRow) -> str | None:
            at = r.record.decided_at
            return None if at is None else decided.replace("%1", local_time(ctx, at))

        return [
            Column(self.tr("OC"), lambda r: str(r.number)),
            Column(self.tr("Destino"), lambda r: msg.label(msg.ESCALATION_TARGET, r.record.target)),
            Column(self.tr("Motivo"), lambda r: msg.label(msg.ESCALATION_REASON, r.record.reason)),
            Column(self.tr("Pedido às"), lambda r: local_time(ctx, r.record.requested_at)),
            Column(self.tr("Situação"), lambda r: msg.label(msg.ESCALATION_STATUS, r.record.status)),
            Column(self.tr("Decidido por"), lambda r: r.decider, tooltip=decided_at),
            Column(self.tr("Decisão"), lambda r: r.record.decision_note or "",
                   tooltip=lambda r: r.record.decision_note or None),
        ]

    def _full_read(self) -> Callable[[], Any]:
        db, login = self.ctx.db, self.ctx.user.login

        def work() -> tuple[escalations.ApprovalsQueue, dict[str, str], dict[int, OcGlance]]:
            return escalations.approvals_panel(db, login, mine_limit=MINE_LIMIT)  # one transaction

        return work

    def _fill(self, result: tuple[escalations.ApprovalsQueue, dict[str, str], dict[int, OcGlance]]) -> None:
        self._queue, self._names, self._glances = result
        self._show()

    def _merge(self, fetched: list[escalations.EscalationChange]) -> bool:
        merged = queue_merge.merge_approvals(self._queue, self._glances, fetched, self.ctx.user.login, self._names,
                                             mine_limit=MINE_LIMIT)
        if merged is None:
            return False
        self._queue, self._glances = merged
        self._show()
        return True

    def _show(self) -> None:
        queue, ocs, me = self._queue, self._glances, self.ctx.user.login
        pending = queue.pending
        self._pending = {e.id: e for e in pending}
        rows = []
        for e in pending:
            who = self._person(e.requested_by)
            if e.requested_by == me:
                who = self.tr("%1 (você)").replace("%1", who)
            rows.append(PendingRow(e, who, ocs.get(e.number)))
        self.table.replace_rows(rows)
        self.count_label.setText(self.tr("%n pendente(s)", "", len(pending)))

        self._mine = queue.mine
        self.mine.rows().set_rows(MineRow(e, self._person(e.decided_by)) for e in self._mine)
        self.mine.setVisible(bool(self._mine))
        self._mine_empty.setVisible(not self._mine)

    def pending(self) -> list[EscalationRecord]:
        return list(self._pending.values())

    def mine_rows(self) -> list[list[str]]:
        return self.mine.texts()

    def _mine_activated(self, *_: Any) -> None:
        row = self.mine.current()
        if row is not None:
            self.number_activated.emit(row.number)

    def _update_buttons(self) -> None:
        enabled = self.can_decide and not self._busy and self.selected_key() in self._pending
        self.approve_button.setEnabled(enabled)
        self.reject_button.setEnabled(enabled)
        self.note.setEnabled(self.can_decide)

    def approve_selected(self) -> None:
        esc = self._pending.get(self.selected_key() or 0)
        if esc is None or not self.can_decide or self._busy:
            return
        db, actor, stamp, note = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp(), self.note.text().strip()
        self.banner.clear()
        if esc.target == EscalationTarget.N2:
            text = self.tr("Escalonamento da OC %1 para N2 aprovado; a OC segue pelo APOIO N1 (R7).")
        else:
            text = self.tr("Escalonamento da OC %1 para Especialistas aprovado; a OC vai para Especialistas (R6).")

        def done(_: EscalationRecord) -> None:
            self.note.clear()
            self.banner.show_text(text.replace("%1", str(esc.number)), msg.MessageBanner.INFO)
            self.occurrence_changed.emit(esc.number)

        self._act(lambda: escalations.approve(db, esc.id, actor=actor, note=note or None, at=stamp), done)

    def reject_selected(self) -> None:
        esc = self._pending.get(self.selected_key() or 0)
        if esc is None or not self.can_decide or self._busy:
            return
        reason = self.note.text().strip()
        if not reason:
            self.banner.show_text(self.tr("Informe o motivo da rejeição no campo «Nota ou motivo»; ele fica no "
                                          "histórico da OC (R6)."), msg.MessageBanner.ERROR)
            self.note.setFocus()
            return
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        self.banner.clear()

        def done(_: EscalationRecord) -> None:
            self.note.clear()
            self.banner.show_text(self.tr("Escalonamento da OC %1 rejeitado; a OC continua onde estava.")
                                  .replace("%1", str(esc.number)), msg.MessageBanner.INFO)
            self.occurrence_changed.emit(esc.number)

        self._act(lambda: escalations.reject(db, esc.id, actor=actor, reason=reason, at=stamp), done)
