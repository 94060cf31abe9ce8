"""The APOIO N1 queue panel: what nobody accepted, what everyone refused, approved N2, what attendants sent (R5, R7).

R9 (one APOIO person claims an item; the loser is told who won) is enforced in ``services/apoio.py`` and its
refusal is shown inline, word for word; the buttons only reflect the role matrix (``ctx.can``), so supervisors and
managers watch the queue and only APOIO acts on it. The shared machinery (live feed, tick, full reads) is
:class:`~pitstop_desktop.views.queues.panel.QueuePanel`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import ApoioReason, TabCode
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.models.rows import Column
from pitstop_desktop.services import apoio, picker, queue_merge
from pitstop_desktop.services.queue_facts import OcGlance
from pitstop_desktop.services.records import ApoioItemRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.queue_columns import OC_WIDTHS, oc_columns
from pitstop_desktop.views.queues.panel import QueuePanel, local_time, muted, waited
from pitstop_desktop.views.row_view import row_table
from pitstop_desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from pitstop_desktop.views.offer_picker import OfferPicker


@dataclass(frozen=True)
class QueuedRow:
    """An APOIO item with who holds it ("ninguém", "você às 13:15", a name) and its note in words."""

    record: ApoioItemRecord
    holder: str
    note: str
    oc: OcGlance | None = None

    @property
    def number(self) -> int:
        return self.record.number


class ApoioPanel(QueuePanel):
    """The APOIO N1 queue: what nobody accepted, what everyone refused, approved N2, what attendants sent (R5, R7).

    One click claims an item (R9: if someone claimed it first, the panel says who); a claimed item is forwarded
    to N2 (only with an approved N2 escalation, R7) or offered to a technician of another tab through the same
    picker as the OC dialog. Supervisors and managers see the queue; only APOIO acts on it.
    """

    WAITING_COLUMN = 5
    FOLLOWS = (Entity.APOIO_ITEM,)  # created, updated, claimed, resolved: each writes one (services/workflow.py)
    RIDES = Entity.APOIO_ITEM
    FETCH = staticmethod(apoio.items_by_id_in)

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, *, load: bool = True) -> None:
        """``load``: read the queue now; False waits for the first live-feed batch (:meth:`follow`, the console)."""
        super().__init__(ctx, parent)
        self._queue: list[apoio.QueuedItem] = []
        self._items: dict[int, ApoioItemRecord] = {}
        self._tabs: list[picker.TabChoice] = []
        self.can_claim = ctx.can(Action.CLAIM_APOIO)
        self.can_route = ctx.can(Action.FORWARD_FROM_APOIO)
        self.picker: OfferPicker | None = None
        self._claimed_next: int | None = None
        self._build()
        if load:
            self.refresh()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(msg.heading(self.tr("Fila do APOIO N1"), self, scale=1.15))
        head.addStretch(1)
        head.addWidget(self.count_label)
        root.addLayout(head)
        self.table = row_table(self, self._columns(), lambda r: r.number, (60, *OC_WIDTHS, 90, 170, 190, 220),
                               stretch=2)
        self._wire_table()
        root.addWidget(self.table, 1)
        root.addWidget(self.banner)

        row = QHBoxLayout()
        self.claim_button = QPushButton(self.tr("&Assumir"), self)
        self.claim_next_button = QPushButton(self.tr("Assumir o &próximo"), self)
        self.forward_n2_button = QPushButton(self.tr("Encaminhar ao &N2"), self)
        self.target_tab = QComboBox(self)
        self.target_tab.setMinimumContentsLength(16)
        target_caption = QLabel(self.tr("na a&ba"), self)
        target_caption.setBuddy(self.target_tab)
        self.offer_button = QPushButton(self.tr("&Oferecer a técnico…"), self)
        self.claim_button.clicked.connect(self.claim_selected)
        self.claim_next_button.clicked.connect(self.claim_next)
        self.forward_n2_button.clicked.connect(self.forward_selected_to_n2)
        self.offer_button.clicked.connect(self.offer_selected)
        for button in (self.claim_button, self.claim_next_button):
            row.addWidget(button)
        row.addStretch(1)
        route = QHBoxLayout()  # a row of its own: the queue fits a column half a 1366-pixel screen wide
        for widget in (self.forward_n2_button, self.offer_button, target_caption):
            route.addWidget(widget)
        route.addWidget(self.target_tab, 1)
        root.addLayout(row)
        root.addLayout(route)
        if not (self.can_claim or self.can_route):
            root.addWidget(muted(self.tr("Só o APOIO da gestão (Zenaide, Fernanda, Janne) assume e encaminha "
                                          "itens desta fila; aqui você acompanha."), self))

    def _columns(self) -> list[Column[QueuedRow]]:
        ctx, queued = self.ctx, self.tr("na fila desde %1")
        return [
            Column(self.tr("OC"), lambda r: str(r.number)),
            *oc_columns(ctx),
            Column(self.tr("Esperando"), lambda r: waited(ctx, r.record.since),
                   tooltip=lambda r: queued.replace("%1", local_time(ctx, r.record.since))),
            Column(self.tr("Motivo"), lambda r: msg.label(msg.APOIO_REASON, r.record.reason)),
            Column(self.tr("Assumida por"), lambda r: r.holder),
            Column(self.tr("Nota"), lambda r: r.note, tooltip=lambda r: r.note or None),
        ]

    def _full_read(self) -> Callable[[], Any]:
        db, first = self.ctx.db, not self._tabs
        return lambda: apoio.queue_panel(db, with_tabs=first)  # one transaction

    def _fill(self, result: apoio.ApoioPanelRead) -> None:
        self._names, tabs = result.names, result.tabs
        if tabs is not None:
            self._tabs = tabs
            self.target_tab.clear()
            for t in tabs:
                if t.code not in (TabCode.APOIO_N1, TabCode.N2):
                    self.target_tab.addItem(t.name, t.code)
            # N2 last: it needs an approved escalation (R7), and APOIO routes there most often with the button
            for t in tabs:
                if t.code == TabCode.N2:
                    self.target_tab.addItem(t.name, t.code)
        self._read = msg.detail_reader(msg.code_words({t.code: t.name for t in self._tabs}, self._names))
        self._queue = result.queue
        self._show()

    def _merge(self, fetched: list[apoio.QueuedItem]) -> bool:
        merged = queue_merge.merge_apoio(self._queue, fetched, self._names)
        if merged is None:
            return False
        self._queue = merged
        self._show()
        return True

    def _show(self) -> None:
        me = self.ctx.user.login
        items = [q.record for q in self._queue]
        ocs = {q.record.number: q.glance for q in self._queue}
        self._items = {i.number: i for i in items}
        rows = []
        for i in items:
            if i.claimed_by is None:
                holder = self.tr("ninguém")
            elif i.claimed_by == me:
                holder = self.tr("você")
            else:
                holder = self._person(i.claimed_by)
            if i.claimed_at is not None:
                holder += self.tr(" às %1").replace("%1", self._time(i.claimed_at))
            rows.append(QueuedRow(i, holder, self._read(i.note or ""), ocs.get(i.number)))
        self.table.replace_rows(rows, self._default_key)
        if self._claimed_next is not None:
            self.select_key(self._claimed_next)
            self._claimed_next = None
        free = sum(1 for i in items if i.claimed_by is None)
        self.count_label.setText(self.tr("%1 na fila, %2 livre(s)").replace("%1", str(len(items)))
                                 .replace("%2", str(free)))

    def _default_key(self, rows: list[QueuedRow]) -> int | None:
        """The oldest item this person can act on (free, or already theirs); else the oldest."""
        me = self.ctx.user.login
        return next((r.number for r in rows if r.record.claimed_by in (None, me)), rows[0].number if rows else None)

    def items(self) -> list[ApoioItemRecord]:
        return list(self._items.values())

    def _selected_item(self) -> ApoioItemRecord | None:
        return self._items.get(self.selected_key() or 0)

    def _update_buttons(self) -> None:
        item = self._selected_item()
        me = self.ctx.user.login
        idle = not self._busy
        self.claim_button.setEnabled(idle and self.can_claim and item is not None and item.claimed_by is None)
        self.claim_next_button.setEnabled(idle and self.can_claim
                                          and any(i.claimed_by is None for i in self._items.values()))
        routable = idle and self.can_route and item is not None and item.claimed_by in (None, me)
        self.forward_n2_button.setEnabled(routable)
        self.offer_button.setEnabled(routable and self.target_tab.count() > 0)
        self.target_tab.setEnabled(self.can_route)

    def _selection_changed(self) -> None:
        """Moving to an approved N2 item proposes N2 as the offer's tab (R7); the person can still change it."""
        super()._selection_changed()
        item = self._selected_item()
        if item is not None and item.reason == ApoioReason.N2_APPROVED:
            index = self.target_tab.findData(TabCode.N2.value)
            if index >= 0:
                self.target_tab.setCurrentIndex(index)

    def claim_selected(self) -> None:
        item = self._selected_item()
        if item is None or self._busy:
            return
        db, actor, stamp, number = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp(), item.number
        self.banner.clear()

        def done(_: ApoioItemRecord) -> None:
            self.banner.show_text(self.tr("Você assumiu a OC %1.").replace("%1", str(number)),
                                  msg.MessageBanner.INFO)
            self.occurrence_changed.emit(number)

        self._act(lambda: apoio.claim(db, number, actor=actor, at=stamp), done)

    def claim_next(self) -> None:
        """The oldest free item (SKIP LOCKED on PostgreSQL, so two APOIO people never get the same one)."""
        if self._busy:
            return
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        self.banner.clear()

        def done(claimed: ApoioItemRecord) -> None:
            self.banner.show_text(self.tr("Você assumiu a OC %1.").replace("%1", str(claimed.number)),
                                  msg.MessageBanner.INFO)
            self._claimed_next = claimed.number  # selected once the refreshed list arrives
            self.occurrence_changed.emit(claimed.number)

        self._act(lambda: apoio.claim(db, None, actor=actor, at=stamp), done)

    def forward_selected_to_n2(self) -> None:
        item = self._selected_item()
        if item is None or self._busy:
            return
        db, actor, stamp, number = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp(), item.number
        self.banner.clear()

        def done(_: Any) -> None:
            self.banner.show_text(self.tr("OC %1 encaminhada ao N2.").replace("%1", str(number)),
                                  msg.MessageBanner.INFO)
            self.occurrence_changed.emit(number)

        self._act(lambda: apoio.forward(db, number, actor=actor, tab=TabCode.N2.value, at=stamp), done)

    def offer_selected(self) -> None:
        """Open the picker for the chosen tab's people; the offer itself leaves the queue (apoio.forward to=)."""
        item = self._selected_item()
        tab = self.target_tab.currentData()
        if item is None or tab is None or self._busy:
            return
        self.banner.clear()
        from pitstop_desktop.views.offer_picker import OfferPicker  # a picker when asked for, not to show the queue

        if self.picker is not None:
            self.picker.deleteLater()  # one picker at a time; the previous one is done
        self.picker = OfferPicker(self.ctx, item.number, tab, via_apoio=True, parent=self)
        self.picker.offered.connect(self._offered)
        self.picker.open()

    def _offered(self, number: int, login: str, warnings: str) -> None:
        tab = self.target_tab.currentText()
        text = (self.tr("OC %1 saiu do APOIO para %2 e foi oferecida a %3.").replace("%1", str(number))
                .replace("%2", tab).replace("%3", self._person(login)))
        self.banner.show_text(f"{text} {warnings}".strip(), msg.MessageBanner.INFO)
        self.occurrence_changed.emit(number)
        self.refresh()
