"""The intake window's view: layout, widgets and key bindings. Behaviour is the controller's (controller.py)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, SignalInstance
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.codes import Channel, Kind
from pitstop_desktop.domain.errors import Field
from pitstop_desktop.models.clients import ClientSearchModel
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.models.palette import error_colour, text_style, warning_colour
from pitstop_desktop.services.outbox import Outbox
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.intake.controller import REPLAY_INTERVAL_MS, IntakeController
from pitstop_desktop.views.intake.lists import ClientOcsModel, today_model
from pitstop_desktop.views.intake.widgets import field_key
from pitstop_desktop.views.messages import FieldError
from pitstop_desktop.views.presence_bar import PresenceBar
from pitstop_desktop.views.workspace import Workspace

FORM_PAGE, RESULT_PAGE = 0, 1
MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}


class IntakeWindow(QMainWindow):
    """The attendant's call intake. ``start()`` loads the clients; see the package docstring for the flow.

    The window is layout and key bindings; ``controller`` (:class:`IntakeController`) holds the state and the
    behaviour, and its signals are the window's: ``clients_loaded``, ``saved``, ``save_refused`` …
    """

    def __init__(self, ctx: Workspace, outbox: Outbox, parent: QWidget | None = None, *, feed: LiveFeed | None = None,
                 replay_interval_ms: int = REPLAY_INTERVAL_MS, freeze_gc: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pit Stop | Registro de ligações — %1").replace("%1", ctx.user.name))
        self.errors: dict[str, FieldError] = {}  # the label under each form field, by field name ("summary" …)
        self._build()
        self.controller = IntakeController(
            self, ctx, outbox, feed if feed is not None else LiveFeed(ctx.db, ctx.runner.submit, parent=self),
            replay_interval_ms=replay_interval_ms, freeze_gc=freeze_gc)
        c = self.controller
        # what happened, for the phone system, the tests and the screenshots
        self.clients_loaded: SignalInstance = c.clients_loaded
        self.client_chosen: SignalInstance = c.client_chosen
        self.client_ocs_loaded: SignalInstance = c.client_ocs_loaded
        self.saved: SignalInstance = c.saved
        self.save_refused: SignalInstance = c.save_refused
        self.today_refreshed: SignalInstance = c.today_refreshed
        self.pending_changed: SignalInstance = c.pending_changed
        self.replayed: SignalInstance = c.replayed
        self.handed_over: SignalInstance = c.handed_over
        self.caller_shown: SignalInstance = c.caller_shown
        self._wire()
        self._shortcuts()
        self.resize(1280, 820)

    # ------------------------------------------------------------------------------------------------------
    # What callers use

    def start(self) -> None:
        self.controller.start()
        self.controller.feed.changed.connect(self.presence.follow)
        self.presence.refresh()
        self.presence.start_pulse()

    def show_caller(self, phone: str) -> None:
        self.controller.show_caller(phone)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def on_result_page(self) -> bool:
        return self.stack.currentIndex() == RESULT_PAGE

    def show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)

    @staticmethod
    def select(combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(index if index >= 0 else 0)

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
        self.pending_label.setStyleSheet(text_style(warning_colour()))
        self.pending_label.hide()
        self.user_label = QLabel(f"{self.ctx.user.name} · {msg.label(msg.ROLE, self.ctx.user.role)}", self)
        self.statusBar().addWidget(self.connection_label, 1)
        self.statusBar().addPermanentWidget(self.pending_label)
        self.waiting_label = QLabel(self.tr("aguardando o banco…"), self)  # a slow database task, not a freeze
        self.waiting_label.hide()
        self.statusBar().addPermanentWidget(self.waiting_label)
        self.ctx.runner.waiting_changed.connect(self.waiting_label.setVisible)
        self.statusBar().addPermanentWidget(self.user_label)
        # lunch, back, end of the day (a server that does not answer is already said by the connection label)
        self.presence = PresenceBar(self.ctx, self)
        self.statusBar().addPermanentWidget(self.presence)

        order = [self.search, self.results, self.client_table, self.summary, self.channel, self.kind, self.sla,
                 self.tab, self.complementary, self.slot_button, self.slot_clear, self.save_button, self.today]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    @staticmethod
    def _list_view(view: QTreeView, widths: dict[int, int], mode: QHeaderView.ResizeMode, stretch: int | None
                   ) -> None:
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAllColumnsShowFocus(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.header()
        header.setStretchLastSection(stretch is None)
        for column, width in widths.items():
            header.setSectionResizeMode(column, mode)
            header.resizeSection(column, width)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _build_client_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        label = msg.heading(self.tr("&Cliente"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("código, nome ou telefone do cliente"))
        self.search.setClearButtonEnabled(True)
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search.setFont(font)
        self.search.setMinimumHeight(34)
        label.setBuddy(self.search)
        self.search.installEventFilter(self)
        self.client_error = FieldError(self)
        self.errors["client"] = self.client_error
        column.addWidget(label)
        column.addWidget(self.search)
        column.addWidget(self.client_error)

        self.results = QTreeView(self)
        self.results.setObjectName("clientResults")
        self.result_model = ClientSearchModel(self.results)
        self.results.setModel(self.result_model)
        self._list_view(self.results, {0: 80, 2: 150, 3: 96}, QHeaderView.ResizeMode.Fixed, stretch=1)
        self.results.setAlternatingRowColors(True)
        self.results.setMinimumHeight(150)
        self.results.setMaximumHeight(210)
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

        self.client_ocs_label = msg.heading(self.tr("OCs do cliente"), self)
        column.addWidget(self.client_ocs_label)
        self.client_table = QTreeView(self)
        self.client_table.setObjectName("clientOcs")
        self.client_oc_model = ClientOcsModel(
            (self.tr("OC"), self.tr("Aba"), self.tr("Status"), self.tr("Idade"), self.tr("SLA")), self.client_table)
        self.client_table.setModel(self.client_oc_model)
        self._list_view(self.client_table, {0: 48, 1: 104, 2: 130, 3: 76}, QHeaderView.ResizeMode.Interactive,
                        stretch=None)
        self.client_table.setIndentation(0)
        self.client_table.setItemsExpandable(False)
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

        self.today_label = msg.heading(self.tr("OCs que registrei hoje"), self)
        column.addWidget(self.today_label)
        self.today = QTreeView(self)
        self.today.setObjectName("registeredToday")
        self.today_model = today_model((self.tr("OC"), self.tr("Hora"), self.tr("Cliente"), self.tr("Situação")),
                                       self.today)
        self.today.setModel(self.today_model)
        self._list_view(self.today, {0: 70, 1: 56, 2: 250}, QHeaderView.ResizeMode.Interactive, stretch=None)
        self.today.setAlternatingRowColors(True)
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
        layout.addStretch(1)  # the input stays level with its label when the other field of the row shows an error
        self.errors[name] = error
        grid.addWidget(label, row, col)
        grid.addWidget(box, row, col + 1, 1, span)

    def _build_form(self) -> QWidget:
        page = QFrame(self)
        page.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(6)
        self.form_title = msg.heading(self.tr("Nova ligação"), page)
        outer.addWidget(self.form_title)

        summary_label = QLabel(self.tr("&Resumo da ligação"), page)
        self.summary = QPlainTextEdit(page)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("o que o cliente relatou (obrigatório)"))
        self.summary.setFixedHeight(92)
        summary_label.setBuddy(self.summary)
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
        for channel in Channel:
            self.channel.addItem(msg.label(msg.CHANNEL, channel.value), channel.value)
        self.kind = QComboBox(page)
        for kind in Kind:
            self.kind.addItem(msg.label(msg.KIND, kind.value), kind.value)
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
        self.slot_label = QLabel(self.tr("sem agendamento"), slot_row)
        self.slot_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.slot_clear = QPushButton(self.tr("Sem horário"), slot_row)
        self.slot_clear.setAutoDefault(False)
        self.slot_clear.hide()
        slot_layout.addWidget(self.slot_button)
        slot_layout.addWidget(self.slot_label, 1)
        slot_layout.addWidget(self.slot_clear)
        slot_row.setFocusProxy(self.slot_button)  # Alt+G lands on the button
        self._labelled(grid, 4, 0, self.tr("A&gendamento"), slot_row, "slot", 3)
        outer.addLayout(grid)

        self.form_banner = msg.MessageBanner(page)  # refusals about no field, or one the form lacks
        outer.addWidget(self.form_banner)
        buttons = QHBoxLayout()
        self.form_state = QLabel(page)
        self.form_state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons.addWidget(self.form_state, 1)
        self.save_button = QPushButton(self.tr("&Salvar  (Ctrl+Enter)"), page)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAutoDefault(True)  # Enter on the focused button saves too
        self.save_button.setMinimumHeight(34)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
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
        self.apoio_button = QPushButton(self.tr("Acionar APOI&O  (Ctrl+Shift+A)"), page)
        self.apoio_button.setAutoDefault(False)
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
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # ------------------------------------------------------------------------------------------------------
    # Wiring and key bindings

    def _wire(self) -> None:
        c = self.controller
        self.search.textChanged.connect(c.search_changed)
        self.results.activated.connect(lambda _index: c.pick_current())
        self.client_table.activated.connect(c.client.activated)
        self.summary.textChanged.connect(lambda: self.errors["summary"].clear())
        self.channel.currentIndexChanged.connect(lambda _i: c.client.channel_changed())
        self.kind.currentIndexChanged.connect(lambda _i: self.errors["kind"].clear())
        self.sla.currentIndexChanged.connect(lambda _i: self.errors["sla"].clear())
        self.tab.currentIndexChanged.connect(lambda _i: self.errors["tab"].clear())
        self.complementary.currentIndexChanged.connect(lambda _i: c.client.complementary_changed())
        self.slot_button.clicked.connect(lambda: c.open_slot_picker())
        self.slot_clear.clicked.connect(c.clear_slot)
        self.save_button.clicked.connect(c.save)
        self.handover_button.clicked.connect(c.handover.hand_over)
        self.apoio_button.clicked.connect(c.handover.send_to_apoio)
        self.next_button.clicked.connect(c.new_call)
        # spans follow their rows when rows move or go (Qt keeps them as persistent indexes)
        self.client_oc_model.rowsInserted.connect(self._span_inserted)
        self.client_oc_model.modelReset.connect(self.span_client_lines)

    def _shortcuts(self) -> None:
        c = self.controller

        def bind(keys: tuple[QKeySequence | QKeySequence.StandardKey | str, ...], slot: Callable[[], object]) -> None:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)

        bind(("Ctrl+Return", "Ctrl+Enter"), c.save)  # on the form page only (the controller checks)
        bind((QKeySequence.StandardKey.New,), c.new_call)
        bind(("F3", "Ctrl+F", "Ctrl+L"), self.focus_search)
        bind(("F4",), lambda: c.open_slot_picker())
        bind(("Ctrl+E",), c.handover.hand_over)
        bind(("Ctrl+Shift+A",), c.handover.send_to_apoio)
        bind(("F5",), c.refresh)
        bind((QKeySequence.StandardKey.Quit,), self.close)

    def focus_search(self) -> None:
        if self.on_result_page():
            self.controller.new_call()
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search:
                return self._search_key(event)
            if watched is self.today and event.key() == Qt.Key.Key_Delete:
                self.controller.sync.dismiss_rejected(self.today.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        """The cursor stays in the search while ↑↓ PgUp PgDn move through the matches and Enter picks one."""
        key, mods = event.key(), event.modifiers()
        if key in MOVES and not mods & Qt.KeyboardModifier.AltModifier:
            count = self.result_model.rowCount()
            if count:
                row = min(max(self.results.currentIndex().row() + MOVES[Qt.Key(key)], 0), count - 1)
                self.results.setCurrentIndex(self.result_model.index(row, 0))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & Qt.KeyboardModifier.ControlModifier:
            self.controller.pick_current()
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False

    # ------------------------------------------------------------------------------------------------------
    # Small pieces of display the controller asks for

    def result_row(self) -> int:
        """The highlighted match (-1: none)."""
        return self.results.currentIndex().row()

    def set_result_row(self, row: int) -> None:
        self.results.setCurrentIndex(self.result_model.index(row, 0) if row >= 0 else QModelIndex())

    def _span_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            if self.client_oc_model.spans(row):
                self.client_table.setFirstColumnSpanned(row, QModelIndex(), True)

    def span_client_lines(self) -> None:
        """Headings and summary lines use the whole width of the client's OCs."""
        for row in range(self.client_oc_model.rowCount()):
            self.client_table.setFirstColumnSpanned(row, QModelIndex(), self.client_oc_model.spans(row))

    def _input(self, name: str) -> QWidget | None:
        """The input of a form field by its name ("client", "summary", … "slot")."""
        return {"client": self.search, "summary": self.summary, "channel": self.channel, "kind": self.kind,
                "sla": self.sla, "tab": self.tab, "complementary": self.complementary,
                "slot": self.slot_button}.get(name)

    def focus_field(self, field: str) -> None:
        widget = self._input(field)
        if widget is not None:
            widget.setFocus()

    # What the form shows (the public surface tests and screen readers use)

    def field_error_text(self, field: Field) -> str | None:
        """The refusal shown beside the form field a refusal about ``field`` belongs to ("" when none is shown);
        None when the form has no such field (those refusals show in the banner)."""
        error = self.errors.get(field_key(field))
        return None if error is None else error.text()

    def field_widget(self, field: Field) -> QWidget | None:
        """The input a refusal about ``field`` is shown under; None when the form lacks it."""
        return self._input(field_key(field))

    def shown_field_errors(self) -> dict[str, str]:
        """Every text shown beside a form field right now, by field name."""
        return {name: error.text() for name, error in self.errors.items() if error.text()}

    def banner_text(self) -> str:
        """The form's banner (refusals about no field of the form, the call ringing meanwhile), or empty."""
        return self.form_banner.text()

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear()
        self.form_banner.clear()

    def show_slot(self, text: str | None) -> None:
        """The booked slot beside "Agendamento" (None: no appointment)."""
        self.slot_label.setText(text or self.tr("sem agendamento"))
        self.slot_label.setForegroundRole(QPalette.ColorRole.WindowText if text else
                                          QPalette.ColorRole.PlaceholderText)
        self.slot_clear.setVisible(bool(text))

    def show_connection(self, online: bool) -> None:
        if online:
            self.connection_label.setText(self.tr("Conectado ao banco"))
            self.connection_label.setStyleSheet("")
        else:
            self.connection_label.setText(self.tr("Sem conexão com o banco — as ligações ficam na caixa de saída "
                                                  "deste computador"))
            self.connection_label.setStyleSheet(text_style(error_colour()))

    def show_pending(self, count: int | None, problem: str = "") -> None:
        """The status bar's "pendente de sincronização: N" (None: the local outbox cannot be read)."""
        if count is None:
            self.pending_label.setText(self.tr("caixa de saída local indisponível"))
            self.pending_label.setToolTip(problem)
            self.pending_label.show()
        elif count:
            self.pending_label.setText(self.tr("pendente de sincronização: %1").replace("%1", str(count)))
            self.pending_label.setToolTip(self.tr("Ligações guardadas neste computador; são enviadas sozinhas "
                                                  "quando o banco responder."))
            self.pending_label.show()
        else:
            self.pending_label.hide()

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
        if not self.presence.before_quitting():
            event.ignore()
            return
        pending = self.controller.sync.update_pending()
        if pending and not self.confirm_quit(pending):
            event.ignore()
            return
        self.presence.stop_pulse()
        self.controller.shutdown()
        super().closeEvent(event)
