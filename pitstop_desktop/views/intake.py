"""The intake window (`pitstop intake`): an attendant registers each call in seconds, keyboard first.

The flow of a typical call, without the mouse::

    type a code, name or phone  →  Enter picks the client  →  type the summary  →  Ctrl+Enter saves
    the number shows large and is on the clipboard  →  Enter (or Ctrl+N) starts the next call

- The client finder is in memory: the client list is read once through the task runner and indexed
  (``services.intake.ClientIndex``); every keystroke searches that index on the GUI thread, with no database
  call, and refills a list of at most 50 rows (``benchmarks/bench_intake.py`` measures it with 50,000 clients).
- Everything that touches the shared database goes through ``ctx.runner``: the chosen client's OCs, saving,
  "OCs I registered today", handing over, the outbox replay.
- Nothing lost: saving goes through ``services.outbox.save_call`` (local outbox first, then the server). When the
  server cannot be reached the call stays in the outbox, the window says "pendente de sincronização: N", and a
  timer replays the outbox every few seconds until it is empty. The outbox is a small local file, so its count
  is read on the GUI thread — it stays right even while the worker waits for a server that does not answer.
- Claims and offers are not queued: "Encaminhar" and "Acionar APOIO" need the live server and say so. Neither is
  an appointment: a slot is only promised once the server booked it, so a booking is never left in the outbox
  (the form stays as it was; without the slot the call can wait there like any other).
- Errors show beside the field that caused them (a rule's refusal names the rule: R2, R3, R10 …).
- The phone system: ``show_caller(phone)`` pre-selects the client with that phone; a call that rings while the
  attendant is still typing the previous one waits (a banner says so) until the next call starts.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.db import Database
from pitstop_desktop.domain.codes import Channel, Kind, SlaState, Status, TabCode
from pitstop_desktop.domain.errors import (
    BadValue,
    Conflict,
    DatabaseUnavailable,
    NotFound,
    PitstopError,
    RuleViolation,
)
from pitstop_desktop.models.board import SLA_COLOURS
from pitstop_desktop.services import apoio, intake, occurrences, picker, sla
from pitstop_desktop.services.intake import ClientEntry, ClientIndex, ClientOcs
from pitstop_desktop.services.outbox import (
    BookingNeedsServer,
    Outbox,
    OutboxError,
    PendingCall,
    ReplayReport,
    SaveResult,
    is_unreachable,
    new_call,
    replay,
    save_call,
    server_reachable,
)
from pitstop_desktop.services.records import OccurrenceRecord, SlaClassRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.offer_picker import OfferPicker
from pitstop_desktop.views.slot_picker import SlotPicker
from pitstop_desktop.views.workspace import Workspace

log = logging.getLogger(__name__)

SEARCH_LIMIT = 50
REPLAY_INTERVAL_MS = 5_000
DEFAULT_SLA = "24H"
FORM_PAGE, RESULT_PAGE = 0, 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 3


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


def field_for_error(error: BaseException) -> str:
    """Which form field a refusal is about (the window shows it beside that field); ``"form"`` when none."""
    if isinstance(error, BookingNeedsServer):
        return "slot"
    if not isinstance(error, PitstopError):
        return "form"
    text = error.message
    lower = text.casefold()
    if isinstance(error, RuleViolation):
        return {"R2": "complementary", "R3": "tab", "R10": "slot"}.get(error.rule, "form")
    if text.startswith("R10"):
        return "slot"
    if isinstance(error, Conflict):
        return "slot" if "horário" in lower else "form"
    if isinstance(error, NotFound):
        for needle, name in (("cliente", "client"), ("aba", "tab"), ("escala", "slot"), ("pessoa", "slot"),
                             ("oc ", "complementary")):
            if needle in lower:
                return name
        return "form"
    if isinstance(error, BadValue):
        for needle, name in (("resumo", "summary"), ("sla", "sla"), ("canal", "channel"), ("tipo", "kind"),
                             ("agendamento", "slot"), ("horário", "slot"), ("aba", "tab")):
            if needle in lower:
                return name
    return "form"


def slot_taken(error: BaseException) -> bool:
    """R10: the slot was booked by someone else between picking and saving."""
    return isinstance(error, PitstopError) and field_for_error(error) == "slot" and (
        isinstance(error, Conflict) or error.message.startswith("R10"))


class FieldError(QWidget):
    """A refusal shown right under the field that caused it (hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
                             .pixmap(size, size))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setStyleSheet("color: #d43c3c; font-weight: 600")
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        self._text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self._text.clear()
        self.hide()

    def text(self) -> str:
        return self._text.text() if not self.isHidden() else ""


@dataclass
class _Slot:
    start: datetime
    technician: str
    name: str
    tab: str | None


class IntakeWindow(QMainWindow):
    """The attendant's call intake. ``start()`` loads the clients; see the module docstring for the flow."""

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

    def __init__(self, ctx: Workspace, outbox: Outbox, parent: QWidget | None = None, *,
                 replay_interval_ms: int = REPLAY_INTERVAL_MS, freeze_gc: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.freeze_gc = freeze_gc  # the `pitstop intake` process only: gc.freeze() after the clients load
        self.outbox = outbox
        self.index = ClientIndex()
        self.current_client: ClientEntry | None = None
        self.client_ocs: ClientOcs | None = None
        self.last_result: SaveResult | None = None
        self.last_call: PendingCall | None = None
        self.last_occurrence: OccurrenceRecord | None = None
        self.slot: _Slot | None = None
        self.slot_picker: SlotPicker | None = None
        self.offer_picker: OfferPicker | None = None
        self.waiting_caller: str | None = None
        self.online: bool | None = None
        self.in_consulting_team = False
        self._loaded = False
        self._saving = False
        self._replaying = False
        self._client_token = 0
        self._pending_count = -1
        self._tab_names: dict[str, str] = {}
        self._sla_classes: list[SlaClassRecord] = []
        self._today: list[OccurrenceRecord] = []
        self.setWindowTitle(self.tr("Pit Stop | Registro de ligações — %1").replace("%1", ctx.user.name))
        self._build()
        self._shortcuts()
        self.replay_timer = QTimer(self)
        self.replay_timer.setInterval(replay_interval_ms)
        self.replay_timer.timeout.connect(self.replay_now)
        self.resize(1280, 820)

    # ------------------------------------------------------------------------------------------------------
    # Layout

    def _build(self) -> None:
        central = QWidget(self)
        root = QVBoxLayout(central)
        root.setContentsMargins(12, 10, 12, 6)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(self._build_client_column(), 6)
        columns.addLayout(self._build_call_column(), 5)
        root.addLayout(columns, 1)
        keys = QLabel(self.tr("Enter escolhe o cliente · Ctrl+Enter salva · Ctrl+N próxima ligação · "
                              "F3 buscar cliente · F4 agendar horário · Ctrl+E encaminhar · "
                              "Ctrl+Shift+A acionar APOIO · F5 atualizar"), central)
        keys.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        keys.setWordWrap(True)
        root.addWidget(keys)
        self.setCentralWidget(central)

        self.connection_label = QLabel(self.tr("Conectando…"), self)
        self.pending_label = QLabel(self)
        self.pending_label.setStyleSheet("color: #b86e00; font-weight: bold")
        self.pending_label.hide()
        self.user_label = QLabel(f"{self.ctx.user.name} · {msg.label(msg.ROLE, self.ctx.user.role)}", self)
        self.statusBar().addWidget(self.connection_label, 1)
        self.statusBar().addPermanentWidget(self.pending_label)
        self.statusBar().addPermanentWidget(self.user_label)

        order = [self.search, self.results, self.client_table, self.summary, self.channel, self.kind, self.sla,
                 self.tab, self.complementary, self.slot_button, self.slot_clear, self.save_button, self.today]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _heading(self, text: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(text, parent or self)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def _build_client_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        label = self._heading(self.tr("&Cliente"))
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("código, nome ou telefone do cliente"))
        self.search.setClearButtonEnabled(True)
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search.setFont(font)
        self.search.setMinimumHeight(34)
        label.setBuddy(self.search)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.client_error = FieldError(self)
        column.addWidget(label)
        column.addWidget(self.search)
        column.addWidget(self.client_error)

        self.results = QTreeWidget(self)
        self.results.setObjectName("clientResults")
        self.results.setHeaderLabels([self.tr("Código"), self.tr("Cliente"), self.tr("Telefone"), ""])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAllColumnsShowFocus(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.results.header()
        header.setStretchLastSection(False)
        for column_index, width in ((0, 80), (2, 150), (3, 96)):
            header.setSectionResizeMode(column_index, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column_index, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.setMinimumHeight(150)
        self.results.setMaximumHeight(210)
        self.results.activated.connect(lambda _index: self.pick_current())
        self.result_count = QLabel(self)
        self.result_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(self.results)
        column.addWidget(self.result_count)

        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        card.setAutoFillBackground(True)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(10, 8, 10, 8)
        self.client_label = QLabel(self.tr("Nenhum cliente escolhido"), card)
        font = self.client_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.client_label.setFont(font)
        self.client_label.setWordWrap(True)
        self.client_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.client_facts = QLabel(card)
        self.client_facts.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.client_facts.setWordWrap(True)
        card_layout.addWidget(self.client_label)
        card_layout.addWidget(self.client_facts)
        column.addWidget(card)

        self.hint_banner = msg.MessageBanner(self)
        self.hint_banner.setObjectName("uraHint")
        column.addWidget(self.hint_banner)

        self.client_ocs_label = self._heading(self.tr("OCs do cliente"))
        column.addWidget(self.client_ocs_label)
        self.client_table = QTreeWidget(self)
        self.client_table.setObjectName("clientOcs")
        self.client_table.setHeaderLabels([self.tr("OC"), self.tr("Aba"), self.tr("Status"), self.tr("Idade"),
                                           self.tr("SLA")])
        self.client_table.setIndentation(0)
        self.client_table.setRootIsDecorated(False)
        self.client_table.setAllColumnsShowFocus(True)
        self.client_table.setItemsExpandable(False)
        header = self.client_table.header()
        header.setStretchLastSection(True)
        for column_index, width in enumerate((48, 104, 130, 76)):
            header.setSectionResizeMode(column_index, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column_index, width)
        self.client_table.activated.connect(self._client_oc_activated)
        self.client_table.setToolTip(self.tr("Enter numa OC aberta: a ligação é complementar a ela (R2)"))
        column.addWidget(self.client_table, 1)
        return column

    def _build_call_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_form())
        self.stack.addWidget(self._build_result())
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column.addWidget(self.stack)

        self.today_label = self._heading(self.tr("OCs que registrei hoje"))
        column.addWidget(self.today_label)
        self.today = QTreeWidget(self)
        self.today.setObjectName("registeredToday")
        self.today.setHeaderLabels([self.tr("OC"), self.tr("Hora"), self.tr("Cliente"), self.tr("Situação")])
        self.today.setRootIsDecorated(False)
        self.today.setUniformRowHeights(True)
        self.today.setAllColumnsShowFocus(True)
        self.today.setAlternatingRowColors(True)
        header = self.today.header()
        header.setStretchLastSection(True)
        for column_index, width in ((0, 70), (1, 56), (2, 250)):
            header.setSectionResizeMode(column_index, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column_index, width)
        self.today.installEventFilter(self)
        self.today.setToolTip(self.tr("Delete numa ligação recusada pelo servidor a retira da lista"))
        column.addWidget(self.today, 1)
        return column

    def _labelled(self, grid: QGridLayout, row: int, col: int, text: str, widget: QWidget, name: str,
                  span: int = 1) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 5, 0, 0)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = FieldError(box)
        layout.addWidget(error)
        self.errors[name] = error
        grid.addWidget(label, row, col)
        grid.addWidget(box, row, col + 1, 1, span)

    def _build_form(self) -> QWidget:
        page = QFrame(self)
        page.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(6)
        self.form_title = self._heading(self.tr("Nova ligação"), page)
        outer.addWidget(self.form_title)
        self.errors: dict[str, FieldError] = {"client": self.client_error}

        summary_label = QLabel(self.tr("&Resumo da ligação"), page)
        self.summary = QPlainTextEdit(page)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("o que o cliente relatou (obrigatório)"))
        self.summary.setFixedHeight(92)
        summary_label.setBuddy(self.summary)
        self.summary.textChanged.connect(lambda: self.errors["summary"].clear())
        outer.addWidget(summary_label)
        outer.addWidget(self.summary)
        self.errors["summary"] = FieldError(page)
        outer.addWidget(self.errors["summary"])

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.channel = QComboBox(page)
        for code in Channel:
            self.channel.addItem(msg.label(msg.CHANNEL, code.value), code.value)
        self.kind = QComboBox(page)
        for code in Kind:
            self.kind.addItem(msg.label(msg.KIND, code.value), code.value)
        self.sla = QComboBox(page)
        self.tab = QComboBox(page)
        self.tab.setMinimumContentsLength(14)
        self._labelled(grid, 0, 0, self.tr("Ca&nal"), self.channel, "channel")
        self._labelled(grid, 0, 2, self.tr("&Tipo"), self.kind, "kind")
        self._labelled(grid, 1, 0, self.tr("S&LA"), self.sla, "sla")
        self._labelled(grid, 1, 2, self.tr("A&ba"), self.tab, "tab")

        self.complementary = QComboBox(page)
        self.complementary.setObjectName("complementary")
        self.complementary.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.complementary.setMinimumContentsLength(30)
        self._labelled(grid, 2, 0, self.tr("Co&mplementar à OC"), self.complementary, "complementary", 3)
        self.complementary_note = QLabel(page)
        self.complementary_note.setWordWrap(True)
        self.complementary_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid.addWidget(self.complementary_note, 3, 1, 1, 3)

        slot_row = QWidget(page)
        slot_layout = QHBoxLayout(slot_row)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        self.slot_button = QPushButton(self.tr("Escolher horário… (F4)"), slot_row)
        self.slot_button.setAutoDefault(False)
        self.slot_button.clicked.connect(lambda: self.open_slot_picker())
        self.slot_label = QLabel(self.tr("sem agendamento"), slot_row)
        self.slot_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.slot_clear = QPushButton(self.tr("Sem horário"), slot_row)
        self.slot_clear.setAutoDefault(False)
        self.slot_clear.clicked.connect(self.clear_slot)
        self.slot_clear.hide()
        slot_layout.addWidget(self.slot_button)
        slot_layout.addWidget(self.slot_label, 1)
        slot_layout.addWidget(self.slot_clear)
        slot_row.setFocusProxy(self.slot_button)  # Alt+G lands on the button
        self._labelled(grid, 4, 0, self.tr("A&gendamento"), slot_row, "slot", 3)
        outer.addLayout(grid)

        self.form_banner = msg.MessageBanner(page)
        outer.addWidget(self.form_banner)
        self.errors["form"] = FieldError(page)
        outer.addWidget(self.errors["form"])
        buttons = QHBoxLayout()
        self.form_state = QLabel(page)
        self.form_state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons.addWidget(self.form_state, 1)
        self.save_button = QPushButton(self.tr("&Salvar  (Ctrl+Enter)"), page)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAutoDefault(True)  # Enter on the focused button saves too
        self.save_button.setMinimumHeight(34)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.kind.currentIndexChanged.connect(lambda _i: self.errors["kind"].clear())
        self.sla.currentIndexChanged.connect(lambda _i: self.errors["sla"].clear())
        self.tab.currentIndexChanged.connect(lambda _i: self.errors["tab"].clear())
        self.complementary.currentIndexChanged.connect(lambda _i: self._complementary_changed())
        self._fill_complementary(None)
        return page

    def _build_result(self) -> QWidget:
        page = QFrame(self)
        page.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.result_caption = QLabel(page)
        self.result_caption.setWordWrap(True)
        self.result_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.result_caption)
        self.number_label = QLabel(page)
        self.number_label.setObjectName("bigNumber")
        font = QFont(self.number_label.font())
        font.setPointSizeF(font.pointSizeF() * 4.2)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.number_label)
        self.copied_label = QLabel(page)
        self.copied_label.setWordWrap(True)
        layout.addWidget(self.copied_label)
        self.result_details = QLabel(page)
        self.result_details.setWordWrap(True)
        self.result_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_details)

        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        row = QHBoxLayout()
        handover_label = QLabel(self.tr("Encaminhar para a &aba"), page)
        self.handover_tab = QComboBox(page)
        self.handover_tab.setMinimumContentsLength(14)
        handover_label.setBuddy(self.handover_tab)
        self.handover_button = QPushButton(self.tr("&Encaminhar…  (Ctrl+E)"), page)
        self.handover_button.setAutoDefault(False)
        self.handover_button.clicked.connect(self.hand_over)
        self.apoio_button = QPushButton(self.tr("Acionar APOI&O  (Ctrl+Shift+A)"), page)
        self.apoio_button.setAutoDefault(False)
        self.apoio_button.clicked.connect(self.send_to_apoio)
        row.addWidget(handover_label)
        row.addWidget(self.handover_tab, 1)
        row.addWidget(self.handover_button)
        row.addWidget(self.apoio_button)
        layout.addLayout(row)
        self.handover_note = QLabel(page)
        self.handover_note.setWordWrap(True)
        self.handover_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.handover_note)
        self.result_banner = msg.MessageBanner(page)
        layout.addWidget(self.result_banner)
        next_row = QHBoxLayout()
        next_row.addStretch(1)
        self.next_button = QPushButton(self.tr("&Próxima ligação  (Enter · Ctrl+N)"), page)
        self.next_button.setObjectName("nextButton")
        self.next_button.setAutoDefault(True)
        self.next_button.setDefault(True)
        self.next_button.setMinimumHeight(34)
        self.next_button.clicked.connect(self.new_call)
        next_row.addWidget(self.next_button)
        layout.addLayout(next_row)
        return page

    def _shortcuts(self) -> None:
        def bind(keys: tuple[QKeySequence | str, ...], slot: Any) -> None:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)

        bind(("Ctrl+Return", "Ctrl+Enter"), self._save_shortcut)
        bind((QKeySequence.StandardKey.New,), self.new_call)
        bind(("F3", "Ctrl+F", "Ctrl+L"), self.focus_search)
        bind(("F4",), self.open_slot_picker)
        bind(("Ctrl+E",), self.hand_over)
        bind(("Ctrl+Shift+A",), self.send_to_apoio)
        bind(("F5",), self.refresh)
        bind((QKeySequence.StandardKey.Quit,), self.close)

    # ------------------------------------------------------------------------------------------------------
    # Start-up and reference data

    def start(self) -> None:
        """Load the clients (into the in-memory index), the choices and today's list; replay what is pending."""
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload_clients()
        self._update_pending()
        if self._pending_count > 0:
            self.replay_now()

    def reload_clients(self) -> None:
        db, login, now = self.ctx.db, self.ctx.user.login, self.ctx.clock.now()

        def work() -> tuple[ClientIndex, bool, list[picker.TabChoice], list[SlaClassRecord], list[OccurrenceRecord]]:
            index = build_client_index(intake.load_clients(db))
            return (index, intake.in_consulting_team(db, login), picker.tabs(db), sla.sla_classes(db),
                    intake.registered_today(db, login, at=now))

        if not self._loaded:
            self.search.setPlaceholderText(self.tr("carregando os clientes…"))
        if self.freeze_gc and self._loaded:
            gc.unfreeze()  # the index being replaced may be collected again
        msg.submit(self, self.ctx.runner, work, self._clients_arrived, self._clients_failed)

    def _clients_arrived(self, result: tuple[ClientIndex, bool, list[picker.TabChoice], list[SlaClassRecord],
                                             list[OccurrenceRecord]]) -> None:
        self.index, self.in_consulting_team, tabs, classes, today = result
        if self.freeze_gc:
            # Hundreds of thousands of long-lived objects: a full collection would walk them all (~100 ms with
            # 50,000 clients) in the middle of a keystroke. Frozen, they are skipped (benchmarks/bench_intake.py).
            gc.freeze()
        self._set_online(True)
        first = not self._loaded
        self._loaded = True
        self._tab_names = {t.code: t.name for t in tabs}
        self._fill_choices(tabs, classes, keep=not first)
        self.search.setPlaceholderText(self.tr("código, nome ou telefone do cliente"))
        self._today = today
        self._fill_today()
        self._search_changed(self.search.text())
        self.clients_loaded.emit(len(self.index))
        if self.waiting_caller and first:
            phone, self.waiting_caller = self.waiting_caller, None
            self.show_caller(phone)

    def _clients_failed(self, error: BaseException) -> None:
        self._connection_problem(error)
        self.search.setPlaceholderText(self.tr("não foi possível carregar os clientes — tentando de novo…"))
        QTimer.singleShot(5_000, self, self.reload_clients)

    def _fill_choices(self, tabs: list[picker.TabChoice], classes: list[SlaClassRecord], *, keep: bool) -> None:
        chosen_tab, chosen_sla = self.tab.currentData(), self.sla.currentData()
        self._sla_classes = classes
        for combo in (self.tab, self.handover_tab, self.sla):
            combo.blockSignals(True)
            combo.clear()
        for t in tabs:
            if t.gated:
                continue  # Especialistas and N2 only after a manager's validation (R6, R7)
            if t.code != TabCode.APOIO_N1:
                self.tab.addItem(t.name, t.code)
            self.handover_tab.addItem(t.name, t.code)
        for c in classes:
            text = c.code if c.name.casefold() == c.code.casefold() else f"{c.code} — {c.name}"
            self.sla.addItem(text, c.code)
        for combo in (self.tab, self.handover_tab, self.sla):
            combo.blockSignals(False)
        self._select(self.tab, chosen_tab if keep and chosen_tab else self.default_tab())
        self._select(self.sla, chosen_sla if keep and chosen_sla else DEFAULT_SLA)

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def default_tab(self) -> str | None:
        """The attendant's own tab (the first one they serve)."""
        return self.ctx.user.tabs[0] if self.ctx.user.tabs else None

    def refresh(self) -> None:
        self.reload_clients()
        if self.current_client is not None:
            self._load_client_ocs(self.current_client)
        self.replay_now()

    # ------------------------------------------------------------------------------------------------------
    # Finding the client

    def focus_search(self) -> None:
        if self.stack.currentIndex() == RESULT_PAGE:
            self.new_call()
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        found = self.index.search(text, SEARCH_LIMIT)
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        items = []
        for entry in found:
            item = QTreeWidgetItem([entry.code, entry.name, entry.phone or "",
                                    self.tr("consultoria") if entry.consulting else ""])
            item.setData(0, CODE_ROLE, entry.code)
            items.append(item)
        self.results.addTopLevelItems(items)
        if items:
            self.results.setCurrentItem(items[0])
        self.results.setUpdatesEnabled(True)
        if not self._loaded:
            self.result_count.setText("")
        elif not text.strip():
            self.result_count.setText(self.tr("%1 clientes — digite para filtrar").replace(
                "%1", f"{len(self.index):n}"))
        elif not found:
            self.result_count.setText(self.tr("Nenhum cliente encontrado"))
        elif len(found) >= SEARCH_LIMIT:
            self.result_count.setText(self.tr("Os primeiros %1 — continue digitando").replace("%1", str(len(found))))
        else:
            self.result_count.setText(self.tr("%1 encontrado(s) — Enter escolhe").replace("%1", str(len(found))))
        if text.strip():
            self.errors["client"].clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search:
                return self._search_key(event)
            if watched is self.today and event.key() == Qt.Key.Key_Delete:
                self._dismiss_rejected()
                return True
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
        if key in moves and not mods & Qt.KeyboardModifier.AltModifier:
            count = self.results.topLevelItemCount()
            if count:
                current = self.results.currentItem()
                row = self.results.indexOfTopLevelItem(current) if current is not None else -1
                row = min(max(row + moves[key], 0), count - 1)
                self.results.setCurrentItem(self.results.topLevelItem(row))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & Qt.KeyboardModifier.ControlModifier:
            self.pick_current()
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False

    def pick_current(self) -> None:
        """Enter in the search or the list: the highlighted client (the best match by default)."""
        item = self.results.currentItem() or self.results.topLevelItem(0)
        if item is None:
            text = self.search.text().strip()
            self.errors["client"].show_text(
                self.tr("Nenhum cliente com «%1». Confira o código, o nome ou o telefone.").replace("%1", text)
                if text else self.tr("Digite o código, o nome ou o telefone do cliente."))
            return
        entry = self.index.get(str(item.data(0, CODE_ROLE)))
        if entry is not None:
            self.choose_client(entry)

    def choose_client(self, entry: ClientEntry | str) -> None:
        """Make ``entry`` (or the client with that code) the caller; the cursor goes to the summary."""
        if isinstance(entry, str):
            found = self.index.get(entry)
            if found is None:
                self.errors["client"].show_text(self.tr("Cliente desconhecido: %1").replace("%1", entry))
                return
            entry = found
        if self.stack.currentIndex() == RESULT_PAGE:
            self._reset_form(keep_search=True)
        self.current_client = entry
        self.errors["client"].clear()
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            if item is not None and item.data(0, CODE_ROLE) == entry.code:
                self.results.setCurrentItem(item)
                break
        self.client_label.setText(f"{entry.code} · {entry.name}")
        facts = [entry.phone or self.tr("sem telefone")]
        if entry.consulting:
            facts.append(self.tr("cliente da consultoria"))
        self.client_facts.setText(" · ".join(facts))
        self._update_hint()
        self.client_ocs = None
        self.client_table.clear()
        self.client_ocs_label.setText(self.tr("OCs do cliente — carregando…"))
        self._fill_complementary(None)
        self._load_client_ocs(entry)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        self.client_chosen.emit(entry.code)

    def _load_client_ocs(self, entry: ClientEntry) -> None:
        self._client_token += 1
        token, db, code, now = self._client_token, self.ctx.db, entry.code, self.ctx.clock.now()
        msg.submit(self, self.ctx.runner, lambda: intake.client_ocs(db, code, at=now),
                   lambda result: self._client_ocs_arrived(token, code, result),
                   lambda error: self._client_ocs_failed(token, error))

    def _client_ocs_arrived(self, token: int, code: str, result: ClientOcs) -> None:
        if token != self._client_token:
            return  # the attendant moved on to another client meanwhile
        self._set_online(True)
        self.client_ocs = result
        self._fill_client_table(result)
        self._fill_complementary(result)
        self.client_ocs_loaded.emit(code)

    def _client_ocs_failed(self, token: int, error: BaseException) -> None:
        if token != self._client_token:
            return
        self._connection_problem(error)
        self.client_ocs_label.setText(self.tr("OCs do cliente — indisponíveis agora"))
        self.complementary.setEnabled(False)

    def _fill_client_table(self, ocs: ClientOcs) -> None:
        """Open OCs, then the last closed ones; each OC row carries its summary on a line of its own."""
        tz, now = self.ctx.policy.calendar.tz, self.ctx.clock.now()
        self.client_table.clear()
        self.client_ocs_label.setText(self.tr("OCs do cliente: %1 aberta(s)").replace("%1", str(len(ocs.open))))
        groups = ((self.tr("Abertas (%1)"), ocs.open, True),
                  (self.tr("Últimas encerradas (%1)"), ocs.recent_closed, False))
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        items: list[QTreeWidgetItem] = []
        for title, rows, is_open in groups:
            heading = QTreeWidgetItem([title.replace("%1", str(len(rows)))])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: the cursor skips it
            heading.setForeground(0, self.palette().color(QPalette.ColorRole.WindowText))
            items.append(heading)
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
                item = QTreeWidgetItem([str(oc.number), self._tab_names.get(oc.tab, oc.tab),
                                        msg.label(msg.STATUS, oc.status), age, sla_text])
                item.setData(0, NUMBER_ROLE, oc.number)
                for column in range(5):
                    item.setToolTip(column, oc.summary)
                if is_open:
                    bold = item.font(0)
                    bold.setBold(True)
                    item.setFont(0, bold)
                with contextlib.suppress(KeyError, ValueError):
                    item.setForeground(4, SLA_COLOURS[SlaState(oc.sla_state)])
                if not is_open:
                    for column in range(4):
                        item.setForeground(column, muted)
                items.append(item)
                line = oc.summary
                if oc.assignee:
                    line += " — " + self.tr("com %1").replace("%1", oc.assignee)
                summary = QTreeWidgetItem(["      " + line])
                summary.setFlags(Qt.ItemFlag.NoItemFlags)
                summary.setToolTip(0, oc.summary)
                items.append(summary)
        self.client_table.addTopLevelItems(items)
        for item in items:
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setFirstColumnSpanned(True)

    def _client_oc_activated(self, index: Any) -> None:
        item = self.client_table.currentItem()
        number = item.data(0, NUMBER_ROLE) if item is not None else None
        if number is None or self.client_ocs is None:
            return
        if any(oc.number == number for oc in self.client_ocs.open):
            self._select(self.complementary, number)
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_complementary(self, ocs: ClientOcs | None) -> None:
        self.complementary.blockSignals(True)
        self.complementary.clear()
        self.complementary.addItem(self.tr("— não: é um assunto novo —"), None)
        if ocs is not None:
            for oc in ocs.open:
                summary = oc.summary if len(oc.summary) <= 60 else oc.summary[:59] + "…"
                self.complementary.addItem(
                    f"OC {oc.number} · {self._tab_names.get(oc.tab, oc.tab)} · {summary}", oc.number)
        self.complementary.setCurrentIndex(0)
        self.complementary.blockSignals(False)
        has_open = ocs is not None and bool(ocs.open)
        self.complementary.setEnabled(has_open)
        if ocs is None:
            self.complementary_note.setText("")
        elif has_open:
            self.complementary_note.setText(self.tr("O cliente tem OC aberta: se a ligação só complementa uma "
                                                    "delas, escolha-a aqui (R2)."))
        else:
            self.complementary_note.setText(self.tr("Sem OCs abertas: a ligação é uma OC nova (R1)."))
        self._complementary_changed()

    def _complementary_changed(self) -> None:
        number = self.complementary.currentData()
        self.errors["complementary"].clear()
        if number is not None:
            self.complementary_note.setText(
                self.tr("Ao salvar, a nova OC fica vinculada à OC %1 e é encerrada com FAQ 7347 (R2).")
                .replace("%1", str(number)))
            self.clear_slot()
        elif self.client_ocs is not None and self.client_ocs.open:
            self.complementary_note.setText(self.tr("O cliente tem OC aberta: se a ligação só complementa uma "
                                                    "delas, escolha-a aqui (R2)."))
        self.slot_button.setEnabled(number is None)

    def _channel_changed(self) -> None:
        self.errors["channel"].clear()
        self._update_hint()

    def _update_hint(self) -> None:
        entry = self.current_client
        hint = None
        if entry is not None:
            hint = intake.consulting_hint_for(entry, consulting_team=self.in_consulting_team,
                                              channel=self.channel.currentData())
        if hint:
            self.hint_banner.show_text(
                hint + " " + self.tr("Ctrl+N passa para a próxima ligação sem registrar nada."),
                msg.MessageBanner.WARNING)
        else:
            self.hint_banner.clear()

    # ------------------------------------------------------------------------------------------------------
    # Caller ID (the phone system)

    def show_caller(self, phone: str) -> None:
        """Pre-select the client with this phone (``pitstop intake --caller`` and the running-window hand-over)."""
        phone = phone.strip()
        if not phone:
            self.bring_to_front()
            return
        self.bring_to_front()
        if not self._loaded:
            self.waiting_caller = phone
            return
        if self._busy_with_call():
            self.waiting_caller = phone
            who = self.index.by_phone(phone)
            self.form_banner.show_text(
                self.tr("Tocando: %1. Termine esta ligação (Ctrl+Enter) e use Ctrl+N para atendê-la.")
                .replace("%1", f"{who.name} ({phone})" if who else phone), msg.MessageBanner.INFO)
            return
        if self.stack.currentIndex() == RESULT_PAGE or self.current_client is not None:
            self._reset_form()
        self.search.setText(phone)
        matches = self.index.phone_matches(phone)
        if len(matches) == 1:
            self.choose_client(matches[0])
        elif matches:
            self.results.setFocus()
            self.errors["client"].show_text(self.tr("%1 clientes com o telefone %2: escolha com ↑↓ e Enter.")
                                            .replace("%1", str(len(matches))).replace("%2", phone))
        else:
            self.search.setFocus()
            self.errors["client"].show_text(
                self.tr("Nenhum cliente com o telefone %1; busque pelo nome ou código.").replace("%1", phone))
        self.caller_shown.emit(phone)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _busy_with_call(self) -> bool:
        """The attendant is typing a call that is not saved yet (a new caller must not wipe it)."""
        if self._saving:
            return True
        if self.stack.currentIndex() != FORM_PAGE:
            return False
        return bool(self.summary.toPlainText().strip()) or self.slot is not None or \
            self.complementary.currentData() is not None

    # ------------------------------------------------------------------------------------------------------
    # Appointments (FAQ 7037)

    def open_slot_picker(self, message: str | None = None) -> SlotPicker | None:
        if self.stack.currentIndex() != FORM_PAGE or (not self.slot_button.isEnabled() and message is None):
            return None
        day = self.slot.start.astimezone(self.ctx.policy.calendar.tz).date() if self.slot else None
        if self.slot_picker is not None:
            self.slot_picker.close()
        dialog = SlotPicker(self.ctx, self.tab.currentData(), day, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.picked.connect(lambda start, login, d=dialog: self._slot_picked(d, start, login))
        dialog.destroyed.connect(lambda *_: setattr(self, "slot_picker", None))
        dialog.finished.connect(lambda _result: self.activateWindow())  # the keyboard comes back here
        self.slot_picker = dialog
        if message:
            dialog.banner.show_text(message, msg.MessageBanner.ERROR)
        dialog.open()
        return dialog

    def _slot_picked(self, dialog: SlotPicker, start: datetime, login: str) -> None:
        self.slot = _Slot(start, login, dialog.technician_name(login), dialog.tab)
        if dialog.tab and dialog.tab != self.tab.currentData() and self.tab.findData(dialog.tab) >= 0:
            self._select(self.tab, dialog.tab)
        tz, now = self.ctx.policy.calendar.tz, self.ctx.clock.now()
        self.slot_label.setText(self.tr("%1 com %2 (FAQ 7037)").replace(
            "%1", msg.local_time(start, tz, now=now)).replace("%2", self.slot.name))
        self.slot_label.setForegroundRole(QPalette.ColorRole.WindowText)
        self.slot_clear.show()
        self.errors["slot"].clear()
        (self.save_button if self.summary.toPlainText().strip() else self.summary).setFocus()

    def clear_slot(self) -> None:
        self.slot = None
        self.slot_label.setText(self.tr("sem agendamento"))
        self.slot_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.slot_clear.hide()

    # ------------------------------------------------------------------------------------------------------
    # Saving

    def _save_shortcut(self) -> None:
        if self.stack.currentIndex() == FORM_PAGE:
            self.save()

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear()
        self.form_banner.clear()

    def save(self) -> None:
        """Ctrl+Enter: register the call (outbox first, then the server) through the worker."""
        if self._saving or self.stack.currentIndex() != FORM_PAGE:
            return
        self.clear_errors()
        entry = self.current_client
        summary = self.summary.toPlainText().strip()
        problems = False
        if entry is None:
            self.errors["client"].show_text(self.tr("Escolha o cliente: digite código, nome ou telefone e Enter."))
            problems = True
        if not summary:
            self.errors["summary"].show_text(self.tr("Descreva a ligação no resumo."))
            problems = True
        if problems or entry is None:
            (self.search if entry is None else self.summary).setFocus()
            return
        complementary = self.complementary.currentData()
        slot = self.slot if complementary is None else None
        try:
            call = new_call(
                actor=self.ctx.user.login, client=entry.code, channel=self.channel.currentData() or "phone",
                kind=self.kind.currentData() or Kind.QUESTION.value, sla=self.sla.currentData() or DEFAULT_SLA,
                tab=self.tab.currentData(), summary=summary, complementary_of=complementary,
                slot=slot.start if slot else None, technician=slot.technician if slot else None,
                at=self.ctx.clock.now())
        except PitstopError as error:
            self._show_refusal(error)
            return
        self._set_saving(True)
        db, outbox = self.ctx.db, self.outbox
        msg.submit(self, self.ctx.runner, lambda: save_call(db, outbox, call),
                   lambda result: self._saved(call, result), self._save_failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.form_state.setText(self.tr("Salvando…") if saving else "")

    def _saved(self, call: PendingCall, result: SaveResult) -> None:
        self._set_saving(False)
        self.last_call, self.last_result = call, result
        self.last_occurrence = result.occurrence
        self._set_online(not result.queued)
        self._show_result()
        self._update_pending()
        self._fill_today()
        if not result.queued:
            self.refresh_today()
        self.saved.emit(result)

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if is_unreachable(error):  # BookingNeedsServer too: the service refused to queue an appointment
            self._connection_problem(error)
        elif isinstance(error, PitstopError) and not isinstance(error, OutboxError):
            self._set_online(True)
        self._show_refusal(error)
        self._update_pending()

    def _show_refusal(self, error: BaseException) -> None:
        field = field_for_error(error)
        text = msg.error_text(error)
        if isinstance(error, BookingNeedsServer):
            text = self.tr("Agendar precisa do servidor ao vivo: só o banco garante o horário, e ele não responde "
                           "agora. Tente de novo quando a conexão voltar, ou tire o horário («Sem horário») para "
                           "guardar a ligação na caixa de saída.")
        elif isinstance(error, OutboxError):
            text = self.tr("A ligação NÃO foi salva: %1").replace("%1", error.message)
        if field == "slot" and slot_taken(error):
            self.clear_slot()
            self.errors["slot"].show_text(text)
            self.open_slot_picker(text)
        elif field in self.errors:
            self.errors[field].show_text(text)
            focus = {"client": self.search, "summary": self.summary, "channel": self.channel, "kind": self.kind,
                     "sla": self.sla, "tab": self.tab, "complementary": self.complementary,
                     "slot": self.slot_button}.get(field)
            if focus is not None:
                focus.setFocus()
        else:
            self.form_banner.show_text(text, msg.MessageBanner.ERROR)
        self.save_refused.emit(field, text)

    def _show_result(self) -> None:
        result, call = self.last_result, self.last_call
        if result is None or call is None:
            return
        self.result_banner.clear()
        entry = self.index.get(call.client)
        parts = [f"{call.client} · {entry.name if entry else ''}".rstrip(" ·"),
                 msg.label(msg.CHANNEL, call.channel), msg.label(msg.KIND, call.kind), f"SLA {call.sla}",
                 self._tab_names.get(call.tab or "", call.tab or "")]
        details = " · ".join(p for p in parts if p)
        if result.queued:
            self.result_caption.setText(self.tr("Ligação guardada neste computador"))
            self.number_label.setText(self.tr("pendente"))
            self.copied_label.setText(self.tr("Sem conexão com o banco: ela será enviada sozinha quando o banco "
                                              "voltar, e o número aparece aqui e em «OCs que registrei hoje»."))
            self.copied_label.setStyleSheet("color: #b86e00; font-weight: bold")
        else:
            number = result.number
            self.result_caption.setText(self.tr("OC registrada"))
            self.number_label.setText(str(number))
            QGuiApplication.clipboard().setText(str(number))
            self.copied_label.setText(self.tr("Número copiado para a área de transferência (Ctrl+V)."))
            self.copied_label.setStyleSheet("")
        oc = self.last_occurrence
        if call.complementary_of is not None:
            details += "\n" + self.tr("Complementar à OC %1: vinculada e encerrada com FAQ 7347 (R2).").replace(
                "%1", str(call.complementary_of))
        if call.slot is not None and call.technician:
            name = self.slot.name if self.slot else call.technician
            details += "\n" + self.tr("Agendada (FAQ 7037): %1 com %2.").replace(
                "%1", msg.local_time(call.slot, self.ctx.policy.calendar.tz, now=self.ctx.clock.now())).replace(
                "%2", name)
        self.result_details.setText(details)
        self._select(self.handover_tab, oc.tab if oc else call.tab)
        self._update_handover()
        self.stack.setCurrentIndex(RESULT_PAGE)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_handover(self) -> None:
        """Encaminhar / Acionar APOIO make sense for an open OC without owner, and only with the live server."""
        oc, result = self.last_occurrence, self.last_result
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
        enabled = not reason
        for widget in (self.handover_tab, self.handover_button, self.apoio_button):
            widget.setEnabled(enabled)
        self.handover_note.setText(reason.strip() or self.tr(
            "Encaminhar mostra quem atende a aba (login, almoço, trabalho atual), disponíveis primeiro. "
            "Se ninguém atende, Acionar APOIO (R5)."))

    # ------------------------------------------------------------------------------------------------------
    # The next call

    def new_call(self) -> None:
        """One key (Ctrl+N; Enter on the result page): an empty form and the cursor in the client search."""
        if self._saving:
            return
        self._reset_form()
        if self.waiting_caller:
            phone, self.waiting_caller = self.waiting_caller, None
            self.show_caller(phone)

    def _reset_form(self, *, keep_search: bool = False) -> None:
        for dialog in (self.slot_picker, self.offer_picker):
            if dialog is not None:
                dialog.close()
        self.stack.setCurrentIndex(FORM_PAGE)
        self.current_client = None
        self.client_ocs = None
        self._client_token += 1
        self.clear_errors()
        self.result_banner.clear()
        self.hint_banner.clear()
        self.client_label.setText(self.tr("Nenhum cliente escolhido"))
        self.client_facts.setText("")
        self.client_ocs_label.setText(self.tr("OCs do cliente"))
        self.client_table.clear()
        self.summary.clear()
        self._select(self.channel, Channel.PHONE.value)
        self._select(self.kind, Kind.QUESTION.value)
        self._select(self.sla, DEFAULT_SLA)
        self._select(self.tab, self.default_tab())
        self._fill_complementary(None)
        self.complementary_note.setText("")
        self.clear_slot()
        if not keep_search:
            self.search.clear()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------------------------------------------
    # Handing over (live server only)

    def _handover_target(self) -> int | None:
        if self.stack.currentIndex() != RESULT_PAGE or not self.handover_button.isEnabled():
            return None
        return self.last_occurrence.number if self.last_occurrence else None

    def _server_away(self, error: BaseException) -> bool:
        if is_unreachable(error):
            self._connection_problem(error)
            self.result_banner.show_text(
                self.tr("O servidor não responde: encaminhar e acionar o APOIO precisam do banco ao vivo. "
                        "A OC está salva; tente de novo quando a conexão voltar."), msg.MessageBanner.ERROR)
            return True
        return False

    def hand_over(self) -> None:
        """Ctrl+E: the chosen tab's technicians (OfferPicker: R4 on every row); another tab is a forward first."""
        number = self._handover_target()
        if number is None or self.last_occurrence is None:
            return
        tab = self.handover_tab.currentData()
        if tab == TabCode.APOIO_N1:
            self.send_to_apoio()
            return
        if tab and tab != self.last_occurrence.tab:
            db, actor, now = self.ctx.db, self.ctx.user.login, self.ctx.clock.now()
            self.result_banner.clear()
            msg.submit(self, self.ctx.runner,
                       lambda: occurrences.forward(db, number, actor=actor, tab=tab, at=now),
                       self._forwarded, self._handover_failed)
            return
        db = self.ctx.db

        def probed(reachable: bool) -> None:  # the picker reads and offers live: say so now if it cannot
            if reachable:
                self._set_online(True)
                self._open_offer_picker(number)
            else:
                self._server_away(DatabaseUnavailable("o banco não respondeu"))

        self.result_banner.clear()
        msg.submit(self, self.ctx.runner, lambda: server_reachable(db), probed, self._handover_failed)

    def _forwarded(self, oc: OccurrenceRecord) -> None:
        self._set_online(True)
        self.last_occurrence = oc
        self.handed_over.emit(oc.number, f"forwarded:{oc.tab}")
        self._open_offer_picker(oc.number)

    def _open_offer_picker(self, number: int) -> None:
        if self.offer_picker is not None:
            self.offer_picker.close()
        dialog = OfferPicker(self.ctx, number, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.offered.connect(self._offered)
        dialog.destroyed.connect(lambda *_: setattr(self, "offer_picker", None))
        dialog.finished.connect(lambda _result: self.activateWindow())
        self.offer_picker = dialog
        dialog.open()

    def _offered(self, number: int, login: str, warnings: str) -> None:
        name = next((c.name for c in (self.offer_picker.candidates() if self.offer_picker else ())
                     if c.login == login), login)
        text = self.tr("OC %1 oferecida a %2.").replace("%1", str(number)).replace("%2", name)
        if warnings:
            text += " " + self.tr("Aviso (R4): %1").replace("%1", warnings)
        self.result_banner.show_text(text, msg.MessageBanner.WARNING if warnings else msg.MessageBanner.INFO)
        self.handed_over.emit(number, f"offered:{login}")
        self.next_button.setFocus()

    def send_to_apoio(self) -> None:
        """Ctrl+Shift+A: nobody answers → the OC goes to APOIO N1 in one action (R5)."""
        number = self._handover_target()
        if number is None:
            return
        db, actor, now = self.ctx.db, self.ctx.user.login, self.ctx.clock.now()
        reason = self.tr("ninguém atendeu; acionado no registro de ligações")
        msg.submit(self, self.ctx.runner, lambda: apoio.send(db, number, actor=actor, reason=reason, at=now),
                   self._sent_to_apoio, self._handover_failed)

    def _sent_to_apoio(self, oc: OccurrenceRecord) -> None:
        self._set_online(True)
        self.last_occurrence = oc
        self._update_handover()
        self.result_banner.show_text(self.tr("OC %1 enviada ao APOIO N1 (R5).").replace("%1", str(oc.number)),
                                     msg.MessageBanner.INFO)
        self.handed_over.emit(oc.number, "apoio")
        self.next_button.setFocus()

    def _handover_failed(self, error: BaseException) -> None:
        if not self._server_away(error):
            self.result_banner.show_error(error)

    # ------------------------------------------------------------------------------------------------------
    # "OCs I registered today"

    def refresh_today(self) -> None:
        db, login, now = self.ctx.db, self.ctx.user.login, self.ctx.clock.now()
        msg.submit(self, self.ctx.runner, lambda: intake.registered_today(db, login, at=now),
                   self._today_arrived, self._connection_problem)

    def _today_arrived(self, rows: list[OccurrenceRecord]) -> None:
        self._set_online(True)
        self._today = rows
        self._fill_today()
        self.today_refreshed.emit()

    def _fill_today(self) -> None:
        tz, now = self.ctx.policy.calendar.tz, self.ctx.clock.now()
        login = self.ctx.user.login
        try:
            pending = [c for c in self.outbox.pending() if c.actor == login]
            rejected = [c for c in self.outbox.rejected() if c.actor == login]
        except OutboxError as error:
            log.error("outbox unreadable: %s", error)
            pending, rejected = [], []
        self.today.clear()
        warn, bad = QColor("#b86e00"), QColor("#d43c3c")
        items = []
        for call, state in [*((c, "pending") for c in pending), *((c, "rejected") for c in rejected)]:
            entry = self.index.get(call.client)
            if state == "pending":
                situation = self.tr("pendente de sincronização")
            else:
                situation = self.tr("recusada pelo servidor: %1 (Delete retira)").replace(
                    "%1", call.last_error or "?")
            item = QTreeWidgetItem(["—", msg.local_time(call.at, tz, now=now),
                                    entry.name if entry else call.client, situation])
            item.setData(0, REQUEST_ROLE, (state, call.request_id))
            item.setToolTip(3, call.summary)
            item.setForeground(3, warn if state == "pending" else bad)
            items.append(item)
        for oc in self._today:
            situation = msg.label(msg.STATUS, oc.status)
            if oc.complementary_of:
                situation += " · " + self.tr("complementar à OC %1").replace("%1", str(oc.complementary_of))
            elif oc.status != Status.CLOSED:
                situation += f" · {self._tab_names.get(oc.tab, oc.tab)}"
            item = QTreeWidgetItem([str(oc.number), msg.local_time(oc.opened_at, tz, now=now), oc.client_name,
                                    situation])
            item.setData(0, NUMBER_ROLE, oc.number)
            item.setToolTip(2, oc.summary)
            items.append(item)
        self.today.addTopLevelItems(items)
        text = self.tr("OCs que registrei hoje (%1)").replace("%1", str(len(self._today)))
        if pending:
            text += " · " + self.tr("%1 pendente(s)").replace("%1", str(len(pending)))
        self.today_label.setText(text)

    def _dismiss_rejected(self) -> None:
        item = self.today.currentItem()
        data = item.data(0, REQUEST_ROLE) if item is not None else None
        if isinstance(data, tuple) and data[0] == "rejected":
            try:
                self.outbox.remove(data[1])
            except OutboxError as error:
                self.statusBar().showMessage(msg.error_text(error), 8000)
            self._fill_today()

    # ------------------------------------------------------------------------------------------------------
    # The outbox: pending count and replay

    def pending_count(self) -> int:
        return max(self._pending_count, 0)

    def _update_pending(self) -> int:
        try:
            count = self.outbox.count()
        except OutboxError as error:
            self.pending_label.setText(self.tr("caixa de saída local indisponível"))
            self.pending_label.setToolTip(error.message)
            self.pending_label.show()
            return self.pending_count()
        if count:
            self.pending_label.setText(self.tr("pendente de sincronização: %1").replace("%1", str(count)))
            self.pending_label.setToolTip(self.tr("Ligações guardadas neste computador; são enviadas sozinhas "
                                                  "quando o banco responder."))
            self.pending_label.show()
            if not self.replay_timer.isActive():
                self.replay_timer.start()
        else:
            self.pending_label.hide()
            self.replay_timer.stop()
        if count != self._pending_count:
            self._pending_count = count
            self.pending_changed.emit(count)
        return count

    def replay_now(self) -> None:
        """Send what waits in the outbox (the timer calls this every few seconds while it is not empty)."""
        if self._replaying or self._update_pending() == 0:
            return
        db, outbox = self.ctx.db, self.outbox

        def work() -> ReplayReport | None:
            if not server_reachable(db):
                return None
            return replay(db, outbox)

        self._replaying = True
        msg.submit(self, self.ctx.runner, work, self._replayed, self._replay_failed)

    def _replayed(self, report: ReplayReport | None) -> None:
        self._replaying = False
        if report is None:
            self._set_online(False)
            self._update_pending()
            self.replayed.emit(None)
            return
        self._set_online(True)
        numbers = dict(report.sent)
        result = self.last_result
        if result is not None and result.queued and result.request_id in numbers:
            number = numbers[result.request_id]
            self.last_result = SaveResult(result.request_id, number, False, None, None)
            self._adopt_replayed(number)
        if report.rejected:
            mine = dict(report.rejected)
            if result is not None and result.request_id in mine and self.stack.currentIndex() == RESULT_PAGE:
                self.result_banner.show_text(self.tr("O servidor recusou esta ligação: %1").replace(
                    "%1", mine[result.request_id]), msg.MessageBanner.ERROR)
            self.statusBar().showMessage(self.tr("%1 ligação(ões) pendente(s) recusada(s) pelo servidor; veja "
                                                 "«OCs que registrei hoje».").replace("%1", str(len(mine))), 15_000)
        elif report.sent:
            self.statusBar().showMessage(self.tr("%1 ligação(ões) pendente(s) enviada(s) ao banco.").replace(
                "%1", str(len(report.sent))), 8000)
        self._update_pending()
        self._fill_today()
        if report.sent:
            self.refresh_today()
        self.replayed.emit(report)

    def _adopt_replayed(self, number: int) -> None:
        """The call on screen was pending and now has its number: show it, copy it, allow the hand-over."""
        db, now = self.ctx.db, self.ctx.clock.now()
        if self.stack.currentIndex() == RESULT_PAGE:
            self.result_caption.setText(self.tr("OC registrada ao sincronizar"))
            self.number_label.setText(str(number))
            QGuiApplication.clipboard().setText(str(number))
            self.copied_label.setText(self.tr("Número copiado para a área de transferência (Ctrl+V)."))
            self.copied_label.setStyleSheet("")

        def arrived(oc: OccurrenceRecord) -> None:
            if self.last_result is not None and self.last_result.number == oc.number:
                self.last_occurrence = oc
                self._update_handover()

        msg.submit(self, self.ctx.runner, lambda: occurrences.show(db, number, at=now, history=False), arrived,
                   lambda _error: None)

    def _replay_failed(self, error: BaseException) -> None:
        self._replaying = False
        self._connection_problem(error)
        self._update_pending()

    # ------------------------------------------------------------------------------------------------------
    # Connection state

    def _set_online(self, online: bool) -> None:
        self.online = online
        if online:
            self.connection_label.setText(self.tr("Conectado ao banco"))
            self.connection_label.setStyleSheet("")
        else:
            self.connection_label.setText(self.tr("Sem conexão com o banco — as ligações ficam na caixa de saída "
                                                  "deste computador"))
            self.connection_label.setStyleSheet("color: #d43c3c; font-weight: bold")
        if self.stack.currentIndex() == RESULT_PAGE:
            self._update_handover()

    def _connection_problem(self, error: BaseException) -> None:
        if is_unreachable(error):
            self._set_online(False)
        else:
            log.error("intake: %s", msg.error_text(error))
            self.statusBar().showMessage(msg.error_text(error), 10_000)

    # ------------------------------------------------------------------------------------------------------
    # Quitting

    def confirm_quit(self, pending: int) -> bool:
        """Quitting with calls still in the outbox: they stay on this computer but are not sent until it opens."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Ligações pendentes"),
                          self.tr("%1 ligação(ões) ainda não chegaram ao banco (pendentes de sincronização). "
                                  "Elas ficam guardadas neste computador e são enviadas na próxima vez que a "
                                  "janela de registro abrir. Sair mesmo assim?").replace("%1", str(pending)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Sair"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Continuar aberta"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        pending = self._update_pending()
        if pending and not self.confirm_quit(pending):
            event.ignore()
            return
        self.replay_timer.stop()
        for dialog in (self.slot_picker, self.offer_picker):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)


# ----------------------------------------------------------------------------------------------------------
# `pitstop intake`


def run_intake(db: Database, *, caller: str | None = None, as_login: str | None = None,
               outbox: Outbox | None = None, server_name: str | None = None) -> int:
    """Open the intake window (or hand ``caller`` to the one already open); returns the process exit code."""
    from pitstop_desktop.views.app import application, build_context, install_translations, sign_in
    from pitstop_desktop.views.main_window import app_icon
    from pitstop_desktop.views.single_instance import IntakeServer, send_to_running
    from pitstop_desktop.views.tasks import TaskRunner

    app = application()
    install_translations(app)
    server = IntakeServer()
    if not server.listen(server_name):
        # another intake window is open on this computer: the call goes there
        if send_to_running(caller or "", server_name):
            return 0
        log.warning("an intake window holds the socket but does not answer; opening a second one")
    runner = TaskRunner()
    own_outbox = outbox is None
    box: Outbox | None = outbox
    try:
        user = sign_in(db, runner, as_login, "pitstop intake")
        if user is None:
            return 0
        ctx = build_context(db, runner, user)
        box = outbox or Outbox()
        window = IntakeWindow(ctx, box, freeze_gc=True)
        window.setWindowIcon(app_icon())
        server.caller_received.connect(window.show_caller)
        server.show_requested.connect(window.bring_to_front)
        window.show()
        window.start()
        if caller:
            window.show_caller(caller)
        return QApplication.exec()
    finally:
        server.close()
        runner.shutdown()
        if own_outbox and box is not None:
            box.close()
