"""The supervisor console: board in the middle, gauges, timeline and queues in docks, live all day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeAlias, TypeVar, cast

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QSystemTrayIcon, QTabWidget, QWidget

from pitstop_desktop.config import SeatConfig, WallboardSettings
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.models.palette import error_colour, text_style
from pitstop_desktop.services.records import PresenceRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.board import BoardWidget
from pitstop_desktop.views.console_layout import GAUGES_MIN_HEIGHT, TREND_MIN_HEIGHT, gauges_height, layout_for
from pitstop_desktop.views.memory import freeze_long_lived
from pitstop_desktop.views.presence_bar import PresenceBar
from pitstop_desktop.views.workspace import Workspace

if TYPE_CHECKING:  # imported where first used: none of them is needed to paint the board's first page
    from pitstop_desktop.views.gauges import GaugePanel
    from pitstop_desktop.views.occurrence_dialog import OccurrenceDialog
    from pitstop_desktop.views.queues import ApoioPanel, ApprovalsPanel
    from pitstop_desktop.views.timeline import TimelineWidget
    from pitstop_desktop.views.wallboard import Wallboard

SETTINGS_ORG, SETTINGS_APP = "PitStop", "PitStopDesktop"
PANELS = ("gauges", "timeline", "approvals", "apoio")  # the docked panels (see __init__: when each is built)
Panel: TypeAlias = "GaugePanel | TimelineWidget | ApprovalsPanel | ApoioPanel"
AloneT = TypeVar("AloneT", bound=QWidget)  # a dialog or window one console keeps one of
TALL_ENOUGH_FOR_TREND = 900  # pixels of window height from which the 30-day chart has room beside the board


def app_icon() -> QIcon:
    from pitstop_desktop.views.icon import pitstop_icon

    return pitstop_icon()


class MainWindow(QMainWindow):
    """Views hold layout and wiring; the data comes from services through the task runner.

    ``feed`` is the seat's :class:`LiveFeed` (``LiveFeed.watching`` for live updates); without one the window
    makes a feed that reads only when asked (F5, after its own dialogs' changes). Each panel follows the feed and
    decides what to re-read; the window wires them and shows the connection state.
    """

    refreshed = Signal(int)  # the change-feed revision the board now shows (tests wait for it)

    def __init__(self, ctx: Workspace, feed: LiveFeed | None = None, *, remember_layout: bool = True,
                 notifications: bool = True, wallboard: WallboardSettings | None = None,
                 database_flag: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.database_flag = database_flag  # `pitstop --db URL`: the settings dialog says it chose the database
        self.wallboard_settings = wallboard or WallboardSettings()  # the seat's (config.py): monitor, rows, opening
        self.settings_dialog: QDialog | None = None
        self.feed = feed if feed is not None else LiveFeed(ctx.db, ctx.runner.submit_first, parent=self)
        self.remember_layout = remember_layout
        self._dialogs: list[OccurrenceDialog] = []
        self.wallboard: Wallboard | None = None
        self.roster_editor: QWidget | None = None
        self.weekly_report: QWidget | None = None
        self.consulting_week: QWidget | None = None
        self.presence_dialog: QDialog | None = None
        self._last_tick: datetime | None = None  # the clock at the last tick (milestones crossed since then)
        self.setWindowTitle(self.tr("Pit Stop | Agenda — {name} ({role})").format(
            name=ctx.user.name, role=msg.label(msg.ROLE, ctx.user.role)))
        self.setWindowIcon(app_icon())

        self.board = BoardWidget(ctx, self)
        self.board.read_first_page()  # on the worker while the rest of the window is built (see start)
        self.setCentralWidget(self.board)
        # The docks now, their panels once the board's first page is painted (_after_first_paint) or when first
        # asked for (the ``gauges``, ``timeline``, ``approvals`` and ``apoio`` properties): building, painting and
        # reading them (and importing their modules) does not delay the board's rows. The docks keep the room the
        # panels will need meanwhile, so the layout of the first paint is the final one: the gauges' height, and
        # the queues that would be taller than their strip (_sized_by_panel) are built now (they paint and read
        # after the board too).
        self._panels: dict[str, Panel] = {}
        self._board_first = True  # until the board's first page is painted, the other panels wait
        self._asleep: list[Panel] = []  # built meanwhile: painted and caught up with the feed after it
        self.docks: dict[str, QDockWidget] = {}
        self._dock("gauges", self.tr("SLA"), Qt.DockWidgetArea.TopDockWidgetArea)
        self._dock("timeline", self.tr("Técnicos hoje"), Qt.DockWidgetArea.BottomDockWidgetArea)
        # Everyone gets the approvals panel: managers decide there, and requesters see their decisions.
        title = self.tr("Aprovações") if ctx.can(Action.SEE_APPROVALS) else self.tr("Meus escalonamentos")
        self._dock("approvals", title, Qt.DockWidgetArea.RightDockWidgetArea)
        if ctx.can(Action.SEE_APOIO_QUEUE):
            self._dock("apoio", self.tr("Fila do APOIO"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.layout_plan = layout_for(ctx.user.role, tuple(self.docks))
        self._arrange_docks()
        for name in self._sized_by_panel():
            self._panel(name)

        self.connection_label = QLabel(self.tr("Conectado"), self)
        self.user_label = QLabel(f"{ctx.user.name} · {msg.label(msg.ROLE, ctx.user.role)}", self)
        self.statusBar().addWidget(self.connection_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.presence = PresenceBar(ctx, self)  # lunch, back, end of the day: every window has them
        self.presence.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.statusBar().addPermanentWidget(self.presence)
        self.waiting_label = QLabel(self.tr("aguardando o banco…"), self)  # a slow database task, not a freeze
        self.waiting_label.hide()
        self.statusBar().addPermanentWidget(self.waiting_label)
        ctx.runner.waiting_changed.connect(self.waiting_label.setVisible)
        self._build_menu()
        self._wire()
        self.tray = self._make_tray() if notifications else None
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.resize(1600, 950)
        self.setMinimumSize(1024, 600)  # works on a 1366×768 laptop, and on half of a 1920×1080 screen
        self._layout_restored = remember_layout and self._restore_layout()
        self._following_plan = False
        self._started = False

    # Layout

    def _dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")  # saveState needs names
        place = QWidget(dock)  # its panel's place until the panel is built (_panel); the gauges' as high as theirs
        place.setMinimumHeight(GAUGES_MIN_HEIGHT if name == "gauges" else 0)  # (the timeline's is below any plan's)
        dock.setWidget(place)
        self.addDockWidget(area, dock)
        self.docks[name] = dock

    def _arrange_docks(self) -> None:
        """The role's plan (views/console_layout.py): which area each dock goes to, tabified, first one raised.

        Docks hold small minimum sizes and the board's tab strip elides its titles rather than scroll, so every
        tab stays one click away and the window shrinks to a 1366×768 screen."""
        plan = self.layout_plan
        if plan.right:  # the first panel's column runs from under the gauges to the bottom, beside the board
            self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        for area, names in ((Qt.DockWidgetArea.RightDockWidgetArea, plan.right),
                            (Qt.DockWidgetArea.BottomDockWidgetArea, plan.bottom)):
            docks = [self.docks[n] for n in names if n in self.docks]
            for dock in docks:
                self.addDockWidget(area, dock)  # moves it when it was elsewhere
            for dock in docks[1:]:
                self.tabifyDockWidget(docks[0], dock)
            if docks:
                docks[0].raise_()
        self.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        tab_bar = self.board.tabs.tabBar()
        tab_bar.setUsesScrollButtons(False)
        tab_bar.setElideMode(Qt.TextElideMode.ElideRight)

    def _size_gauges(self) -> None:
        """The gauges' dock as low as they read well; below a 900-pixel window the trend is hidden (the board keeps
        its rows on a laptop), above it the chart, 140 pixels high. Its room is kept from the first paint, before
        the gauges are built and their trend read (:meth:`GaugePanel.trend_room`), so the board does not shrink
        under the eye when the chart comes; only an office with less than a week of closures gives it back."""
        gauges = self._built_gauges()
        dock = self.docks["gauges"]
        if gauges is not None:
            self._fit_gauges(gauges)
        else:  # its place keeps the room the panel will take, with the trend's when the window is tall enough
            place = dock.widget()
            if place is not None:
                place.setMinimumHeight(gauges_height(self.font(), self.height() >= TALL_ENOUGH_FOR_TREND))
        self.resizeDocks([dock], [dock.minimumSizeHint().height()], Qt.Orientation.Vertical)

    def _fit_gauges(self, gauges: GaugePanel) -> None:
        """The gauges told the window's height: no trend below 900 pixels, above it a chart 140 pixels high."""
        gauges.set_compact(self.height() < TALL_ENOUGH_FOR_TREND)
        gauges.limit_trend_height(TREND_MIN_HEIGHT)

    # The docked panels

    @property
    def gauges(self) -> GaugePanel:
        return cast("GaugePanel", self._panel("gauges"))

    @property
    def timeline(self) -> TimelineWidget:
        return cast("TimelineWidget", self._panel("timeline"))

    @property
    def approvals(self) -> ApprovalsPanel | None:
        return cast("ApprovalsPanel", self._panel("approvals"))

    @property
    def apoio(self) -> ApoioPanel | None:
        return cast("ApoioPanel", self._panel("apoio")) if "apoio" in self.docks else None

    def _built_gauges(self) -> GaugePanel | None:
        """The gauges if they are built (the window's own code never builds them just to look at them)."""
        return cast("GaugePanel | None", self._panels.get("gauges"))

    def _panel(self, name: str) -> Panel:
        """The panel in dock ``name``, built, wired and put in its dock on first use."""
        panel = self._panels.get(name)
        if panel is None:
            made = self._make_panel(name)
            panel = self._panels[name] = made
            dock = self.docks[name]
            placeholder = dock.widget()
            dock.setWidget(panel)
            if placeholder is not None:
                placeholder.deleteLater()
            if self._board_first:
                made.setUpdatesEnabled(False)  # no paint before the board's (_build_next)
                self._asleep.append(made)
            else:
                self._catch_up(made)
        return panel

    def _make_panel(self, name: str) -> Panel:
        ctx, feed = self.ctx, self.feed
        if name == "gauges":
            from pitstop_desktop.views.gauges import GaugePanel

            gauges = GaugePanel(ctx, self)
            self._fit_gauges(gauges)  # before a trend can show
            gauges.trend_room_changed.connect(lambda _room: self._size_gauges())
            gauges.class_clicked.connect(self.board.show_class)
            gauges.use_board_rows()  # the gauges count the board's rows, with the board's milestones
            gauges.ride(feed)  # and read today's closures with the feed when an OC closed
            self.board.rows_arrived.connect(gauges.board_rows)
            complete = self.board.complete_rows()
            if complete is not None:  # the board has every open OC already
                gauges.board_rows(complete, True)
            self.board.sla_combo.currentIndexChanged.connect(
                lambda _i: gauges.set_current(self.board.sla_combo.currentData()))
            gauges.snapshot_changed.connect(self._feed_wallboard)  # the wallboard shows the same numbers
            return gauges
        if name == "timeline":
            from pitstop_desktop.views.timeline import TimelineWidget

            timeline = TimelineWidget(ctx, self)
            timeline.ride(feed)  # the spans of an OC taken or let go read with the feed itself
            timeline.setMinimumHeight(0)
            timeline.job_clicked.connect(self.board.select_number)
            timeline.rows_shown.connect(self.board.set_owners)  # one read of the day feeds both
            timeline.correct_presence_requested.connect(self.open_presence_correction)
            return timeline
        from pitstop_desktop.views.queues import ApoioPanel, ApprovalsPanel

        queue = ApprovalsPanel(ctx, self, load=False) if name == "approvals" else ApoioPanel(ctx, self, load=False)
        queue.ride(feed)  # the escalations or APOIO items a batch names, read with the feed and merged in place
        queue.setMinimumSize(0, 0)
        queue.number_activated.connect(self.open_occurrence)
        queue.occurrence_changed.connect(lambda _n: feed.refresh())
        return queue

    def _sized_by_panel(self) -> list[str]:
        """The docks whose layout depends on their panel's minimum height: a queue seen in full (the pending
        escalations with their buttons, the APOIO queue) in the strip under the board (a supervisor's), where a
        laptop's share is lower than that minimum. In the right-hand column there is room for any queue, and a
        requester's own escalations need less than the strip has."""
        return [name for name in self.layout_plan.bottom
                if name == "apoio" or (name == "approvals" and self.ctx.can(Action.SEE_APPROVALS))]

    def _build_order(self) -> list[str]:
        """The gauges first (they count the board's rows as its pages arrive), then the role's first panel."""
        first = self.layout_plan.first
        return sorted((n for n in PANELS if n in self.docks),
                      key=lambda n: (n != "gauges", n != first, PANELS.index(n)))

    def _build_next(self) -> None:
        """The panels built before the board's first paint paint and read now; then the others are built, one
        per turn of the event loop (no long stall); once they all are, the presence bar's read and the heartbeat
        (a write) go last."""
        asleep, self._asleep = self._asleep, []
        for panel in asleep:
            panel.setUpdatesEnabled(True)
            self._catch_up(panel)
        waiting = [name for name in self._build_order() if name not in self._panels]
        if waiting:
            self._panel(waiting[0])
            self._later(self._build_next)
            return
        self._catch_up(self.presence)
        if self._started:
            self.presence.start_pulse()

    def first_panel(self) -> QWidget:
        """The panel the signed-in role starts from (raised at the first show): a queue, else the board."""
        first = self.layout_plan.first
        if first in ("approvals", "apoio"):
            panel = self.approvals if first == "approvals" else self.apoio
            if panel is not None:
                return panel
        return self.board

    def change_password(self) -> None:
        from pitstop_desktop.views.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.ctx, self)
        if dialog.exec() == PasswordDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Senha trocada."), 10_000)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arquivo"))
        self.roster_action: QAction | None = None
        if self.ctx.can(Action.EDIT_ROSTER):  # the roster is planned by management (services/roster.py)
            self.roster_action = QAction(self.tr("Escala da semana…"), self)
            self.roster_action.triggered.connect(self.open_roster)
            file_menu.addAction(self.roster_action)
            file_menu.addSeparator()
        self.presence_action: QAction | None = None
        if self.ctx.can(Action.MANAGE_PRESENCE):  # management corrects anyone's presence, with a reason
            self.presence_action = QAction(self.tr("Corrigir presença…"), self)
            self.presence_action.triggered.connect(lambda: self.open_presence_correction())
            file_menu.addAction(self.presence_action)
            file_menu.addSeparator()
        self.password_action = QAction(self.tr("Trocar minha senha…"), self)
        self.password_action.triggered.connect(self.change_password)
        file_menu.addAction(self.password_action)
        self.settings_action = QAction(self.tr("Configurações…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.open_settings())
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Sair"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.weekly_report_action: QAction | None = None
        if self.ctx.can(Action.WEEKLY_REPORT):  # the seed's "Gerência" list, at the start of every week
            reports_menu = self.menuBar().addMenu(self.tr("&Relatórios"))
            self.weekly_report_action = QAction(self.tr("Relatório semanal da gerência…"), self)
            self.weekly_report_action.triggered.connect(lambda: self.open_weekly_report())
            reports_menu.addAction(self.weekly_report_action)
        consulting_menu = self.menuBar().addMenu(self.tr("&Consultoria"))  # consulting-week
        self.consulting_week_action = QAction(self.tr("Agenda da consultoria…"), self)
        self.consulting_week_action.triggered.connect(lambda: self.open_consulting_week())
        consulting_menu.addAction(self.consulting_week_action)
        view_menu = self.menuBar().addMenu(self.tr("&Exibir"))
        self.wallboard_action = QAction(self.tr("Modo painel (tela cheia)"), self)
        self.wallboard_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.wallboard_action.triggered.connect(self.open_wallboard)
        self.addAction(self.wallboard_action)
        view_menu.addAction(self.wallboard_action)
        refresh_action = QAction(self.tr("Atualizar tudo"), self)
        refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh_action.triggered.connect(lambda: self.feed.full_refresh())
        view_menu.addAction(refresh_action)
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        language = view_menu.addMenu(self.tr("Idioma (ao reiniciar)"))
        for code, label in (("pt_BR", "Português (Brasil)"), ("en", "English")):
            action = QAction(label, self)
            action.triggered.connect(lambda _checked=False, c=code: self._set_language(c))
            language.addAction(action)

    def _wire(self) -> None:
        """The board, the feed and the status bar (each panel is wired when it is built: _make_panel)."""
        self.board.occurrence_activated.connect(self.open_occurrence)
        # the live feed: every panel follows it and re-reads what a batch can affect (the board first: see start)
        feed = self.feed
        self.board.ride(feed)  # the changed OCs read with the feed itself: on the board one hop after the commit
        feed.changed.connect(self.board.follow)
        feed.changed.connect(self._panels_follow)
        feed.changed.connect(self._notify)
        self.board.first_page_painted.connect(self._after_first_paint)
        self.board.shown.connect(self._after_first_paint)  # (a board loaded some other way)
        self.board.shown.connect(self._board_shown)
        self.board.read_failed.connect(feed.report_failure)
        feed.connection_lost.connect(self._connection_lost)
        feed.connection_restored.connect(self._connection_restored)

    def _settings(self) -> QSettings:
        return QSettings(SETTINGS_ORG, SETTINGS_APP)

    def _restore_layout(self) -> bool:
        settings = self._settings()
        geometry, state = settings.value("console/geometry"), settings.value(self._state_key())
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        return isinstance(state, QByteArray) and self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored:  # first run: the role's plan, in shares of the window's size
            self._layout_restored = True
            self._following_plan = True
            self.apply_layout_plan()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._following_plan:  # until the person arranges the docks, the plan follows the window's size
            QTimer.singleShot(0, self, self.apply_layout_plan)  # once the docks have their new room

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:  # a drag of a dock's edge: the person arranges now
            self._following_plan = False
        return super().event(event)

    def apply_layout_plan(self) -> None:
        """Size the docks by the role's plan for the window's current size, and raise each group's first panel."""
        plan = self.layout_plan
        self._size_gauges()
        for names, share, orientation, extent in (
                (plan.right, plan.right_share, Qt.Orientation.Horizontal, self.width()),
                (plan.bottom, plan.bottom_share, Qt.Orientation.Vertical, self.height())):
            docks = [self.docks[n] for n in names if n in self.docks]
            if docks:
                self.resizeDocks([docks[0]], [round(extent * share)], orientation)
                docks[0].raise_()

    def save_layout(self) -> None:
        settings = self._settings()
        settings.setValue("console/geometry", self.saveGeometry())
        settings.setValue(self._state_key(), self.saveState())

    def _state_key(self) -> str:
        """Dock arrangement per role (each role's plan differs); "2": the plans of issue 10, not older states."""
        return f"console/state2/{self.ctx.user.role}"

    def _set_language(self, code: str) -> None:
        from pitstop_desktop.views.seat_config import save_language

        try:
            save_language(code)
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Não foi possível gravar as configurações: %1").replace(
                "%1", str(exc)), 10_000)
            return
        self.statusBar().showMessage(self.tr("O idioma muda na próxima vez que o console abrir."), 8000)

    # Data

    def start(self) -> None:
        """First load, then live: the watcher says "changed", the feed says what, the panels re-read.

        The board's first page (the tab in front's first screenful) is the first task on the seat's one worker,
        submitted when the board was made, ahead of the feed's first read; the other panels are built, and their
        first reads and the presence heartbeat made, once that page is painted (:meth:`_after_first_paint`), so
        the console shows its rows as soon as a plain table would, and the rest fills in behind it. The wallboard
        opens then too when the seat's settings say so."""
        self._started = True
        self.board.read_first_page()
        self.feed.start()
        self.ticker.start()

    def _panels_follow(self, batch: FeedBatch) -> None:
        """A live-feed batch for every panel but the board (those built; one built later catches up with a full
        batch). None while the board's first page is on its way: they catch up once it is painted."""
        if self._board_first:
            return
        self.presence.follow(batch)
        for panel in self._panels.values():
            panel.follow(batch)

    def _catch_up(self, panel: Panel | PresenceBar) -> None:
        """A panel that missed the feed's batches so far reads everything (nothing before the feed's first)."""
        if self.feed.revision is not None:
            panel.follow(FeedBatch.everything(self.feed.revision))

    def _after_first_paint(self, *_args: object) -> None:
        """The board's first page is on screen (or its read failed): the other panels are built and read, one
        per turn of the event loop, then the presence bar reads and the heartbeat starts (:meth:`_build_next`)."""
        if not self._board_first:
            return
        self._board_first = False
        self._later(self._build_next)
        if self.wallboard_settings.open_on_start:  # the seat's settings: the room's screen opens with the console
            self._later(self._open_wallboard_at_start)

    def _open_wallboard_at_start(self) -> None:
        if self.wallboard is None:
            self.open_wallboard()

    def _later(self, then: Callable[[], None]) -> None:
        """``then()`` on a later turn of the event loop, after what is queued now: a timer of 1 ms, not 0 (a
        zero-delay single shot is a posted event, handled before the timers that were due already, such as the
        paint's own follow-ups), so the event loop breathes between two panels. The runner counts the wait as
        work (``wait_idle``), so a console is whole once its runner is idle."""
        window = self
        self.ctx.runner.defer(1, lambda: then() if shiboken6.isValid(window) else None)

    def _board_shown(self, revision: int, full: bool) -> None:
        if full:  # every open OC is in: what the console holds from now on is long-lived
            freeze_long_lived()
        self.refreshed.emit(revision)

    def _connection_lost(self, reason: str) -> None:
        self.connection_label.setText(self.tr("Sem conexão com o banco — tentando de novo… ({0})").format(reason))
        self.connection_label.setStyleSheet(text_style(error_colour()))

    def _connection_restored(self) -> None:
        self.connection_label.setText(self.tr("Conectado"))
        self.connection_label.setStyleSheet("")

    # Time

    def tick(self) -> None:
        self.board.tick()
        self._watch_my_tabs()

    def _watch_my_tabs(self) -> None:
        """Supervisors: an OC in my tabs entering warning or breach gets a tray notification (the gauges' tally
        says which OCs crossed a milestone since the last tick: no walk over the board)."""
        now = self.ctx.clock.now()
        since, self._last_tick = self._last_tick, now
        gauges = self._built_gauges()
        if (since is None or now <= since or gauges is None
                or self.ctx.user.role not in ("supervisor", "manager", "admin")):
            return
        mine = set(self.ctx.user.tabs) or set(self.board.models)
        warned, breached = gauges.tally.entered(since, now)
        breached_numbers = sorted(oc.number for oc in breached if oc.tab in mine)
        warned_numbers = sorted(oc.number for oc in warned if oc.tab in mine)
        if breached_numbers:
            self.notify(self.tr("SLA estourado"), self.tr("OC {0} estourou o SLA.").format(
                ", ".join(map(str, breached_numbers[:5]))))
        if warned_numbers:
            self.notify(self.tr("SLA perto de vencer"), self.tr("OC {0} está perto de vencer o SLA.").format(
                ", ".join(map(str, warned_numbers[:5]))))

    # Notifications

    def _bring_to_front(self, _reason: QSystemTrayIcon.ActivationReason | None = None) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _make_tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(self.tr("Pit Stop | Agenda"))
        tray.activated.connect(self._bring_to_front)
        tray.show()
        return tray

    notified = Signal(str, str)  # title, message (tests and the status bar listen)

    def notify(self, title: str, message: str) -> None:
        self.notified.emit(title, message)
        self.statusBar().showMessage(f"{title}: {message}", 10_000)
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)

    def _notify(self, batch: FeedBatch) -> None:
        created_items = batch.changes_of(Entity.APOIO_ITEM, "created")
        requested = batch.changes_of(Entity.ESCALATION, "requested")
        if requested and self.ctx.can(Action.DECIDE_ESCALATION):
            self.notify(self.tr("Escalonamento aguardando"),
                        self.tr("{0} pedido(s) de escalonamento aguardam sua validação.").format(len(requested)))
        if created_items and self.ctx.user.role == "apoio":
            self.notify(self.tr("Novo item no APOIO"),
                        self.tr("{0} OC(s) entraram na fila do APOIO.").format(len(created_items)))

    # Windows

    def open_occurrence(self, number: int) -> None:
        from pitstop_desktop.views.occurrence_dialog import OccurrenceDialog

        dialog = OccurrenceDialog(self.ctx, number, self)
        dialog.occurrence_changed.connect(lambda _n: self.feed.refresh())
        dialog.finished.connect(lambda _r, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        self._dialogs.append(dialog)
        dialog.show()

    def open_dialogs(self) -> list[OccurrenceDialog]:
        """The OC dialogs this window opened that are still open, oldest first."""
        return list(self._dialogs)

    def open_roster(self) -> QWidget:
        """The roster editor (one per console), following this console's live feed."""
        from pitstop_desktop.views.roster import RosterEditor

        if self.roster_editor is None:
            self.roster_editor = RosterEditor(self.ctx, self.feed, self)
        self.roster_editor.show()
        self.roster_editor.raise_()
        self.roster_editor.activateWindow()
        return self.roster_editor

    def open_weekly_report(self) -> QWidget:
        """The weekly management report (one per console, in place of the previous one), on the week that just
        ended."""
        from pitstop_desktop.views.report.window import WeeklyReportWindow

        return self._open_alone("weekly_report", WeeklyReportWindow(self.ctx, self))
    def open_consulting_week(self) -> QWidget:
        """The consulting team's week (one per console, in place of a closed one), following this console's feed."""
        from pitstop_desktop.views.consulting import ConsultingWeekWindow

        if self.consulting_week is None:
            window = ConsultingWeekWindow(self.ctx, self.feed, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda: setattr(self, "consulting_week", None))
            self.consulting_week = window
        self.consulting_week.show()
        self.consulting_week.raise_()
        self.consulting_week.activateWindow()
        return self.consulting_week

    def open_presence_correction(self, login: str | None = None) -> QDialog:
        """The presence correction dialog (management), on ``login`` when given (the timeline's row)."""
        from pitstop_desktop.views.presence_correction import PresenceCorrectionDialog

        dialog = PresenceCorrectionDialog(self.ctx, login, self)
        dialog.corrected.connect(self._presence_corrected)
        return self._open_alone("presence_dialog", dialog)

    def _presence_corrected(self, record: PresenceRecord) -> None:
        when = record.at.astimezone(self.ctx.policy.calendar.tz).strftime("%H:%M")
        self.statusBar().showMessage(self.tr("Presença de %1 corrigida: %2 às %3.").replace("%1", record.login)
                                     .replace("%2", msg.label(msg.PRESENCE_EVENT, record.kind))
                                     .replace("%3", when), 10_000)
        self.feed.refresh()

    def open_wallboard(self) -> Wallboard:
        from pitstop_desktop.views.wallboard import Wallboard

        settings = self.wallboard_settings
        board = Wallboard(self.ctx, max_rows=settings.at_risk_rows or None)
        board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screens = QGuiApplication.screens()
        chosen = screens[settings.monitor - 1] if 0 < settings.monitor <= len(screens) else None
        board.open(chosen)  # full screen: the monitor the settings name, else one other than the console's
        self.feed.changed.connect(board.follow)  # its queue counts follow escalations and APOIO items
        self.wallboard = board
        board.destroyed.connect(lambda: setattr(self, "wallboard", None))
        return board

    def open_settings(self) -> QDialog:
        """Arquivo → Configurações…: this seat's settings (the database and the language apply on the next start;
        notifications and the wallboard's options at once)."""
        from pitstop_desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, cli_url=self.database_flag)
        dialog.saved.connect(self.apply_settings)
        return self._open_alone("settings_dialog", dialog)

    def _open_alone(self, attribute: str, dialog: AloneT) -> AloneT:
        """Open ``dialog`` in place of the one held in ``attribute`` (closed first), which holds it until it is
        deleted on closing: one of each kind per console."""
        previous = getattr(self, attribute)
        if previous is not None:
            previous.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, attribute, None))
        setattr(self, attribute, dialog)
        if isinstance(dialog, QDialog):
            dialog.open()
        else:  # a window of its own (the weekly report)
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    def apply_settings(self, seat: SeatConfig) -> None:
        """What applies without a restart: the tray's notifications and the wallboard's options."""
        self.wallboard_settings = seat.wallboard
        if seat.notifications and self.tray is None:
            self.tray = self._make_tray()
        elif not seat.notifications and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        self.statusBar().showMessage(self.tr("Configurações gravadas."), 8000)

    def _feed_wallboard(self) -> None:
        gauges = self._built_gauges()
        if self.wallboard is not None and gauges is not None and gauges.snapshot is not None:
            self.wallboard.set_snapshot(gauges.snapshot)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.presence.before_quitting():  # still holding OCs: the person chose to stay
            event.ignore()
            return
        self.presence.stop_pulse()
        if self.remember_layout:
            self.save_layout()
        self.ticker.stop()
        self.feed.stop()
        super().closeEvent(event)
