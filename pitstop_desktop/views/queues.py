"""The two queues that wait for a person: escalations waiting for a manager, and the APOIO queue.

Both answer "what is waiting, since when, and who has it?" at a glance. The waiting time ticks every second from
``ctx.clock`` and the timestamps already loaded (never the database); ``refresh()`` re-reads the queue through
the task runner. In the console each panel *rides* the live feed (:meth:`_QueuePanel.ride`): the escalations or
APOIO items a batch names are read by id in the feed's own read, and merged into the lists shown
(``services/queue_merge.py``) — issue 10: re-reading the whole queue on every change, in every seat, cost the
office server more than anything else a seat did. A full batch (first load, F5, a reconnection), a batch whose
ride failed, or a change the merge cannot place re-reads everything as before, at the panel's pace.

Decisions stay with the services and their rules: R8 (a manager never decides on their own request) and R9 (one
APOIO person claims an item; the loser is told who won) are enforced there, and their refusals are shown inline,
word for word. The buttons only reflect the role matrix (``ctx.can``), so a supervisor watches the approvals
without being able to decide, and the requester of an escalation sees the decision in "Minhas solicitações".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import ApoioReason, EscalationTarget, TabCode
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.models.feed import FeedBatch, LiveFeed, Rider
from pitstop_desktop.models.rows import Column
from pitstop_desktop.services import apoio, escalations, picker, queue_merge
from pitstop_desktop.services.queue_facts import OcGlance
from pitstop_desktop.services.records import ApoioItemRecord, EscalationRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.queue_columns import OC_WIDTHS, oc_columns
from pitstop_desktop.views.row_view import RowView, row_table
from pitstop_desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from pitstop_desktop.views.offer_picker import OfferPicker

MINE_LIMIT = 50
R = TypeVar("R")


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


# Column texts read the workspace's clock, never the panel: a column that held the panel would tie panel, view and
# model in a reference cycle, and Python's collector may then destroy Qt objects at any moment, on any thread.


def _local(ctx: Workspace, at: datetime | None) -> str:
    return msg.local_time(at, ctx.policy.calendar.tz, now=ctx.clock.now())


def _waited(ctx: Workspace, since: datetime) -> str:
    """How long since ``since`` by the clock (re-rendered by the one-second tick)."""
    return msg.duration(ctx.clock.now() - since)


def _muted(text: str, parent: QWidget) -> QLabel:
    note = QLabel(text, parent)
    note.setWordWrap(True)
    note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return note


class _QueuePanel(QWidget):
    """What both queues share: a keyed table that survives refreshes, a ticking clock, a banner, the runner."""

    occurrence_changed = Signal(int)
    number_activated = Signal(int)
    refreshed = Signal()

    WAITING_COLUMN = 0
    TIME_LEFT_COLUMN = 4  # the OC's time left (queue_columns), beside the waiting time: both tick
    FOLLOWS: tuple[Entity, ...] = (Entity.OCCURRENCE,)  # what a live-feed batch must touch for a re-read
    RIDES: Entity | None = None  # the entity whose changed rows the panel reads with the feed (:meth:`ride`)
    FETCH: Rider | None = None  # how: a read by id, on the worker, in the feed read's transaction

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._names: dict[str, str] = {}
        self._read: Callable[[str], str] = lambda text: text
        self._reader = msg.CoalescedRead(self, ctx.runner, self._load_work, self._loaded, self._read_failed)
        self._busy = False
        self._filled = False  # a full read has been shown: changes can be merged into it
        self._rider: object | None = None
        self.full_reads = 0  # reads of the whole queue started (the tests count them)
        self.banner = msg.MessageBanner(self)
        self.count_label = _muted("", self)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_waiting)
        self._tick.start()

    # The table the subclass builds

    table: RowView[Any]

    def _wirerow_table(self) -> None:
        self.table.activated.connect(self._activated)
        self.table.current_key_changed.connect(self._selection_changed)

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _activated(self, *_: Any) -> None:
        number = self.selected_number()
        if number is not None:
            self.number_activated.emit(number)

    def selected_key(self) -> int | None:
        key = self.table.current_key()
        return key if isinstance(key, int) else None

    def selected_number(self) -> int | None:
        row = self.table.current()
        return row.number if row is not None else None

    def select_key(self, key: int | None) -> bool:
        return self.table.select_key(key)

    def row_texts(self) -> list[list[str]]:
        """The visible text of every row (tests and screen readers read the same thing)."""
        return self.table.texts()

    def count_text(self) -> str:
        """The count beside the heading ("8 pendente(s)", "8 na fila, 4 livre(s)")."""
        return self.count_label.text()

    def update_waiting(self) -> None:
        """Tick: time left and waiting times from the clock and the loaded timestamps; no database."""
        self.table.rows().refresh_texts(self.TIME_LEFT_COLUMN, self.WAITING_COLUMN)

    # Loading

    def ride(self, feed: LiveFeed) -> None:
        """Read the rows each feed batch names with the feed itself (``LiveFeed.ride``), to merge them into what is
        shown (:meth:`follow`) instead of reading the whole queue again."""
        if self.RIDES is not None and self.FETCH is not None:
            self._rider = feed.ride(self.RIDES, self.FETCH)

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch that touches what the queue shows (``FOLLOWS``): the rows it brought merged in place;
        a full batch, a batch without them (the ride failed, or the panel does not ride) or rows the merge cannot
        place read the whole queue again, coalesced and paced (messages.CoalescedRead)."""
        if not batch.touches(*self.FOLLOWS):
            return
        fetched = None if batch.full or self._rider is None else batch.fetched.get(self._rider)
        if fetched is not None and self._filled and self._merge(fetched):
            self._update_buttons()
            self.refreshed.emit()
            return
        self._reader.request()

    def refresh(self) -> None:
        """Read the queue again now (someone asked)."""
        self._reader.request(now=True)

    def _read_failed(self, error: BaseException) -> None:
        self.banner.show_error(error)

    def _loaded(self, result: Any) -> None:
        self._fill(result)
        self._filled = True
        self._update_buttons()
        self.refreshed.emit()

    def _load_work(self) -> Callable[[], Any]:
        """The work of a full read (called as it starts)."""
        self.full_reads += 1
        return self._full_read()

    def _full_read(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _fill(self, result: Any) -> None:
        raise NotImplementedError

    def _merge(self, fetched: Any) -> bool:
        """Put the rows a ride brought into what is shown; False when they cannot be placed (read everything)."""
        raise NotImplementedError

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _person(self, login: str | None) -> str:
        if not login:
            return ""
        return self._names.get(login, login)

    def _time(self, at: datetime) -> str:
        return _local(self.ctx, at)

    # Acting

    def _act(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._busy = True
        self._update_buttons()

        def done(result: Any) -> None:
            self._busy = False
            on_done(result)
            self.refresh()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.banner.show_error(error)
            self.refresh()  # a refusal usually means the list was stale: show the queue as it is now

        msg.submit(self, self.ctx.runner, work, done, failed)


class ApprovalsPanel(_QueuePanel):
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
        self._wirerow_table()
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
            box.addWidget(_muted(self.tr("Só um gestor técnico aprova ou rejeita escalonamentos (R6, R7); "
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
        self._mine_empty = _muted(self.tr("Você não tem pedidos de escalonamento; quando pedir, a decisão do "
                                          "gestor aparece aqui."), self)
        root.addWidget(self._mine_empty)
        self._mine_empty.hide()

    def _pending_columns(self) -> list[Column[PendingRow]]:
        ctx, asked = self.ctx, self.tr("pedido às %1")
        return [
            Column(self.tr("OC"), lambda r: str(r.number)),
            *oc_columns(ctx),
            Column(self.tr("Esperando"), lambda r: _waited(ctx, r.record.requested_at),
                   tooltip=lambda r: asked.replace("%1", _local(ctx, r.record.requested_at))),
            Column(self.tr("Pedido por"), lambda r: r.requester, tooltip=lambda r: r.record.requested_by),
            Column(self.tr("Destino"), lambda r: msg.label(msg.ESCALATION_TARGET, r.record.target)),
            Column(self.tr("Motivo"), lambda r: msg.label(msg.ESCALATION_REASON, r.record.reason)),
            Column(self.tr("Nota do pedido"), lambda r: r.record.note or "", tooltip=lambda r: r.record.note or None),
        ]

    def _mine_columns(self) -> list[Column[MineRow]]:
        ctx, decided = self.ctx, self.tr("decidido às %1")

        def decided_at(r: MineRow) -> str | None:
            at = r.record.decided_at
            return None if at is None else decided.replace("%1", _local(ctx, at))

        return [
            Column(self.tr("OC"), lambda r: str(r.number)),
            Column(self.tr("Destino"), lambda r: msg.label(msg.ESCALATION_TARGET, r.record.target)),
            Column(self.tr("Motivo"), lambda r: msg.label(msg.ESCALATION_REASON, r.record.reason)),
            Column(self.tr("Pedido às"), lambda r: _local(ctx, r.record.requested_at)),
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


class ApoioPanel(_QueuePanel):
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
        self._wirerow_table()
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
            root.addWidget(_muted(self.tr("Só o APOIO da gestão (Zenaide, Fernanda, Janne) assume e encaminha "
                                          "itens desta fila; aqui você acompanha."), self))

    def _columns(self) -> list[Column[QueuedRow]]:
        ctx, queued = self.ctx, self.tr("na fila desde %1")
        return [
            Column(self.tr("OC"), lambda r: str(r.number)),
            *oc_columns(ctx),
            Column(self.tr("Esperando"), lambda r: _waited(ctx, r.record.since),
                   tooltip=lambda r: queued.replace("%1", _local(ctx, r.record.since))),
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
