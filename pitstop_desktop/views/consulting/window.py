"""Agenda da consultoria: the consulting team's week (issue 12, "Contacts, tasks and the work plan" and "Attending
a client"). A column per day, a lane per person with the work plan's hours against the scheduled ones; tasks and
contacts as blocks at their planned times, dragged to another time, day or person to reschedule them; task types
dragged from the palette (or "Nova tarefa…") to plan a new one. At the top, always, the signed-in person's running
contact or task with its time and a Stop button, and the buttons that start one (team rules 1 and 2), reply to an
e-mail (mail client opened with the Consultoria in copy) and follow a Skype client asked to wait ten minutes.

Every read and write runs on the task runner: the week in one read (``services/consulting_week.py``), each action
one use case (``views/consulting/actions.py``). The live feed's batches about contacts, tasks, the work plan,
room bookings, the team setting or people make the window read the week again (coalesced, at the panels' pace).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.consulting import ContactStatus, TaskStatus, week_label, week_monday
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.domain.vocabulary import CONTACT_CHANNEL, TASK_TYPE
from pitstop_desktop.models.consulting_palette import TaskTypePaletteModel
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.models.labels import label
from pitstop_desktop.services.consulting_records import ContactRecord
from pitstop_desktop.services.consulting_week import WeekBoard, week_board
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.consulting import actions
from pitstop_desktop.views.consulting.blocks import blocks_of, lanes_of
from pitstop_desktop.views.consulting.canvas import Block, WeekCanvas
from pitstop_desktop.views.consulting.forms import (
    EMAIL,
    START,
    WAIT,
    ConferenceDialog,
    ContactDialog,
    ContactForm,
    TaskDialog,
    TaskForm,
)
from pitstop_desktop.views.consulting.meeting_form import MEETING_CHANNELS, DoneDialog, MeetingDialog
from pitstop_desktop.views.consulting.plan_editor import PlanEditor
from pitstop_desktop.views.consulting.rooms_panel import RoomsPanel
from pitstop_desktop.views.consulting.running import RunningBar
from pitstop_desktop.views.presence_bar import PresenceBar
from pitstop_desktop.views.workspace import Workspace

FOLLOWS = (Entity.CONTACT, Entity.TASK, Entity.WORK_PLAN, Entity.ROOM_BOOKING, Entity.SETTING, Entity.STAFF)
NEW_TASK_LENGTH = timedelta(hours=1)  # a task dropped from the palette; resized in "Nova tarefa…" when needed


class ConsultingWeekWindow(QWidget):
    """See the module docstring. ``open_url``: how a ``mailto:`` is opened (tests pass their own). ``seat``: a
    window of its own (``pitstop consulting``), with the person's day (lunch, end of the day) above the week."""

    loaded = Signal()  # a read of the week arrived and is shown
    acted = Signal(str)  # an action finished; what the banner says
    refused = Signal(str)  # an action was refused; the message

    def __init__(self, ctx: Workspace, feed: LiveFeed | None = None, parent: QWidget | None = None, *,
                 day: date | None = None, open_url: Callable[[QUrl], object] | None = None,
                 seat: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.feed = feed
        self.tz = ctx.policy.calendar.tz
        self.monday = week_monday(day or ctx.clock.now().astimezone(self.tz).date())
        self.board: WeekBoard | None = None
        self._open_url = open_url or QDesktopServices.openUrl
        self._prompted: set[int] = set()  # Skype waits already asked about
        self.presence: PresenceBar | None = PresenceBar(ctx, self) if seat else None
        self.meeting_dialog: MeetingDialog | None = None  # the open "Agendar reunião…" / "Remarcar…"
        self.plan_dialog: PlanEditor | None = None  # the open "Plano de trabalho…"
        self.setWindowTitle(self.tr("Agenda da consultoria — Pit Stop"))
        self._build()
        self._reader = msg.CoalescedRead(self, ctx.runner, self._prepare, self._show, self._read_failed)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        if feed is not None:
            feed.changed.connect(self.follow)
            if self.presence is not None:
                feed.changed.connect(self.presence.follow)
        self.resize(1366, 768)
        if not seat:
            self.reload()

    def start(self) -> None:
        """A seat's window: the person's day, then live (the feed's first batch reads the week)."""
        if self.presence is not None:
            self.presence.refresh()
            self.presence.start_pulse()
        if self.feed is not None:
            self.feed.start()
        else:
            self.reload(now=True)

    # Layout

    def _build(self) -> None:
        root = QVBoxLayout(self)
        if self.presence is not None:
            self.presence.failed.connect(self._presence_failed)
            root.addWidget(self.presence)
        self.running = RunningBar(self)
        root.addWidget(self.running)

        top = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Semana anterior"), self)
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.week_label = msg.heading("", self)
        self.next_button = QPushButton(self.tr("Próxima semana ▶"), self)
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.this_week_button = QPushButton(self.tr("Esta semana"), self)
        self.new_task_button = QPushButton(self.tr("&Nova tarefa…"), self)
        self.new_task_button.setShortcut(QKeySequence("Ctrl+N"))
        self.meeting_button = QPushButton(self.tr("Agendar &reunião…"), self)
        self.meeting_button.setShortcut(QKeySequence("Ctrl+R"))
        self.meeting_button.setToolTip(self.tr("Uma reunião ou conferência com o cliente, com sala e pauta "
                                               "(Ctrl+R)."))
        self.plan_button = QPushButton(self.tr("&Plano de trabalho…"), self)
        self.plan_button.setToolTip(self.tr("As horas planejadas de cada pessoa por tipo de tarefa nesta semana.")
                                    if self.ctx.can(Action.PLAN_CONSULTING) else
                                    self.tr("O plano de trabalho da semana (só a gestão o altera)."))
        for widget in (self.previous_button, self.week_label, self.next_button, self.this_week_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.summary = QLabel(self)
        top.addWidget(self.summary)
        top.addWidget(self.new_task_button)
        top.addWidget(self.meeting_button)
        top.addWidget(self.plan_button)
        root.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        side = QWidget(split)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        palette_title = QLabel(self.tr("&Tipos de tarefa (arraste para a semana)"), side)
        palette_title.setWordWrap(True)
        self.palette_model = TaskTypePaletteModel(self)
        self.palette_view = QListView(side)
        self.palette_view.setModel(self.palette_model)
        self.palette_view.setDragEnabled(True)
        self.palette_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.palette_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.palette_view.setAccessibleName(self.tr("Tipos de tarefa"))
        self.palette_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.palette_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.palette_view.setUniformItemSizes(True)
        palette_title.setBuddy(self.palette_view)
        side_layout.addWidget(palette_title)
        side_layout.addWidget(self.palette_view, 1)
        self.tabs = QTabWidget(split)
        self.canvas = WeekCanvas(self.tz, self.tabs)
        self.rooms_panel = RoomsPanel(self.tz, self.tabs)
        self.tabs.addTab(self.canvas, self.tr("Semana"))
        self.tabs.addTab(self.rooms_panel, self.tr("Salas"))
        self.tabs.setDocumentMode(True)
        split.addWidget(side)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 1100])
        root.addWidget(split, 1)

        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)

        self.previous_button.clicked.connect(lambda: self.go_to(self.monday - timedelta(weeks=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self.monday + timedelta(weeks=1)))
        self.this_week_button.clicked.connect(lambda: self.go_to(self.ctx.clock.now().astimezone(self.tz).date()))
        self.new_task_button.clicked.connect(lambda: self.new_task())
        self.meeting_button.clicked.connect(lambda: self.schedule_meeting())
        self.plan_button.clicked.connect(self.open_plan)
        self.palette_view.activated.connect(lambda index: self.new_task(type_code=self.palette_model.code(
            index.row())))
        self.canvas.move_requested.connect(self.move_block)
        self.canvas.drop_requested.connect(self.drop_task)
        self.canvas.menu_requested.connect(self.block_menu)
        self.running.stop_requested.connect(self.stop)
        self.running.start_contact_requested.connect(lambda: self.start_contact())
        self.running.start_task_requested.connect(lambda: self.start_task())
        self.running.reply_email_requested.connect(lambda: self.start_contact(EMAIL))
        self.running.attend_requested.connect(self.attend_waiting)
        self.running.conference_requested.connect(self.conference_for)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, lambda: self.reload(now=True))
        self.setTabOrder(self.canvas, self.palette_view)

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)

    def _presence_failed(self, text: str) -> None:
        self.banner.show_text(text, msg.MessageBanner.ERROR)

    # Reading

    def go_to(self, day: date) -> None:
        self.monday = week_monday(day)
        self.banner.clear()
        self.reload(now=True)

    def follow(self, batch: FeedBatch) -> None:
        """A live-feed batch: the week again when contacts, tasks, the plan or room bookings changed."""
        if batch.touches(*FOLLOWS):
            self.reload()

    def reload(self, *, now: bool = False) -> None:
        self._reader.request(now=now)

    def _prepare(self) -> Callable[[], WeekBoard]:
        db, monday, login = self.ctx.db, self.monday, self.ctx.user.login
        return lambda: week_board(db, monday=monday, me=login)

    def _show(self, board: WeekBoard) -> None:
        if board.monday != self.monday:  # the week changed meanwhile: what arrived is already old
            self.reload(now=True)
            return
        self.board = board
        now = self.ctx.clock.now()
        first, last = board.days[0], board.days[-1]
        self.week_label.setText(self.tr("Semana %1 · %2 a %3").replace("%1", week_label(board.monday))
                                .replace("%2", f"{first:%d/%m}").replace("%3", f"{last:%d/%m/%Y}"))
        cal = self.ctx.policy.calendar
        today = now.astimezone(self.tz).date()
        self.canvas.set_week(board.days, lanes_of(board), blocks_of(board, self.tz, now),
                             first_hour=cal.opens.hour, last_hour=cal.closes.hour + (1 if cal.closes.minute else 0),
                             today=today)
        planned = sum(board.planned_minutes(p.login) for p in board.people)
        scheduled = sum(board.scheduled_minutes(p.login) for p in board.people)
        self.summary.setText(self.tr("Equipe: %1 h agendadas de %2 h planejadas").replace("%1", str(scheduled // 60))
                             .replace("%2", str(planned // 60)))
        self.rooms_panel.show_week(board)
        self.tabs.setTabText(1, self.tr("Salas (%1)").replace("%1", str(len(board.room_bookings)))
                             if board.room_bookings else self.tr("Salas"))
        login = self.ctx.user.login
        self.palette_model.set_plan(board.plan_of(login))
        self.running.show_running(board.running_contact(login), board.running_task(login), board.waiting_of(login),
                                  now)
        self.loaded.emit()

    def _read_failed(self, error: BaseException) -> None:
        self.banner.show_error(error)
        if self.feed is not None and not isinstance(error, PitstopError):
            self.feed.report_failure(error)

    # The clock: elapsed time and the Skype waits

    def tick(self) -> None:
        now = self.ctx.clock.now()
        self.running.tick(now)
        for row in list(self.running.waiting):
            contact = row.contact
            if row.left(now) <= timedelta(0) and contact.id not in self._prompted:
                self._prompted.add(contact.id)
                self.conference_for(contact, ran_out=True)

    # Actions (each one use case on the worker)

    def _act(self, work: Callable[[], Any], said: Callable[[Any], str],
             on_fail: Callable[[], None] | None = None, then: Callable[[Any], object] | None = None) -> None:
        self.banner.clear()

        def done(result: Any) -> None:
            text = said(result)
            self.banner.show_text(text)
            if then is not None:
                then(result)
            self.reload(now=True)
            if self.feed is not None:
                self.feed.refresh()
            self.acted.emit(text)

        def failed(error: BaseException) -> None:
            if on_fail is not None:
                on_fail()
            self.banner.show_error(error)
            if self.feed is not None and not isinstance(error, PitstopError):
                self.feed.report_failure(error)
            self.refused.emit(msg.error_text(error))

        msg.submit(self, self.ctx.runner, work, done, failed)

    def stop(self, kind: str, item_id: int) -> None:
        """Rule 2: stopped exactly now (the service dates it)."""
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        if kind == "contact":
            self._act(lambda: actions.stop_contact(db, actor, item_id, at=stamp),
                      lambda c: self.tr("Contato encerrado às %1 (%2).").replace("%1", self._hhmm(c.ended_at))
                      .replace("%2", msg.duration(c.duration or timedelta(0))))
        else:
            self._act(lambda: actions.stop_task(db, actor, item_id, at=stamp),
                      lambda t: self.tr("Tarefa %1 concluída às %2.").replace("%1", label(TASK_TYPE, t.type))
                      .replace("%2", self._hhmm(t.stopped_at)))

    def start_contact(self, mode: str = START) -> None:
        form = self.ask_contact(mode)
        if form is None:
            return
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        args = (db, actor, form.client, form.contact_person, form.protocol, form.subject)
        if form.choice == EMAIL:
            self._act(lambda: actions.reply_email(*args, at=stamp),
                      lambda r: self.tr("E-mail registrado como contato com %1; o programa de e-mail foi aberto.")
                      .replace("%1", r[0].client_name),
                      then=lambda r: self._open_url(QUrl(r[1])))
        elif form.choice == WAIT:
            self._act(lambda: actions.ask_to_wait(*args, at=stamp),
                      lambda c: self.tr("%1 espera um momento: 10 minutos a partir de agora.")
                      .replace("%1", c.client_name))
        else:
            self._act(lambda: actions.start_contact(db, actor, form.channel, form.client, form.contact_person,
                                                    form.protocol, form.subject, at=stamp),
                      lambda c: self.tr("Contato com %1 iniciado às %2.").replace("%1", c.client_name)
                      .replace("%2", self._hhmm(c.started_at)))

    def start_task(self) -> None:
        form = self.ask_task(plan=False)
        if form is None:
            return
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        self._act(lambda: actions.start_new_task(db, actor, form.type, form.title, form.protocol,
                                                 at=stamp),
                  lambda t: self.tr("Tarefa %1 iniciada às %2.").replace("%1", label(TASK_TYPE, t.type))
                  .replace("%2", self._hhmm(t.started_at)))

    def new_task(self, *, type_code: str | None = None, owner: str | None = None,
                 start: datetime | None = None) -> None:
        """"Nova tarefa…": a task planned for someone, a day and a time."""
        form = self.ask_task(plan=True, type_code=type_code, owner=owner, start=start)
        if form is None or form.planned_start is None or form.planned_end is None or form.owner is None:
            return
        self._add_task(form.type, form.owner, form.planned_start, form.planned_end, form.title, form.protocol)

    def drop_task(self, type_code: str, login: str, start: datetime) -> None:
        """A task type dropped on a lane: a one-hour task of that type, planned there."""
        self._add_task(type_code, login, start, start + NEW_TASK_LENGTH, "", None)

    def _add_task(self, type_code: str, owner: str, start: datetime, end: datetime, title: str,
                  protocol: int | None) -> None:
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        self._act(lambda: actions.add_task(db, actor, type_code, owner, start, end, title, protocol,
                                           at=stamp),
                  lambda t: self.tr("%1 agendada para %2, %3.").replace("%1", label(TASK_TYPE, t.type))
                  .replace("%2", t.owner_name).replace("%3", self._when(t.planned_start)))

    def move_block(self, block: Block, login: str, start: datetime, end: datetime) -> None:
        """A block dragged (or moved by keys): it stays at its new place while the service is asked, and goes back
        with the refusal's words when the service says no."""
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        self.canvas.set_pending(block, login, start, end)
        mover = actions.move_task if block.kind == "task" else actions.reschedule_contact

        def work() -> object:
            return mover(db, actor, block.id, login, start, end, block.version, at=stamp)
        names = {p.login: p.name for p in (self.board.people if self.board else ())}
        self._act(work, lambda _r: self.tr("%1 passou para %2, %3.").replace("%1", block.title.lstrip("▶ "))
                  .replace("%2", names.get(login, login)).replace("%3", self._when(start)),
                  on_fail=lambda: self.canvas.clear_pending(block.key))

    def attend_waiting(self, contact: ContactRecord) -> None:
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        self._act(lambda: actions.start_scheduled_contact(db, actor, contact.id, at=stamp),
                  lambda c: self.tr("Contato com %1 iniciado às %2.").replace("%1", c.client_name)
                  .replace("%2", self._hhmm(c.started_at)))

    def conference_for(self, contact: ContactRecord, *, ran_out: bool = False) -> None:
        """AT-Realizar Conferência for a Skype client who waited (asked when the ten minutes ran out)."""
        span = self.ask_conference(contact)
        if span is None:
            return
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        self._act(lambda: actions.wait_to_conference(db, actor, contact.id, span[0], span[1], at=stamp),
                  lambda c: self.tr("Conferência com %1 agendada para %2.").replace("%1", c.client_name)
                  .replace("%2", self._when(c.planned_start)))

    def block_menu(self, block: Block, where: QPoint) -> None:
        """What can be done to a block: start, stop or cancel it."""
        menu = self.block_actions(block)
        if menu.actions():
            menu.popup(where)

    def block_actions(self, block: Block) -> QMenu:
        menu = QMenu(self)
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        task = next((t for t in self.board.tasks if t.id == block.id), None) if self.board and \
            block.kind == "task" else None
        contact = next((c for c in self.board.contacts if c.id == block.id), None) if self.board and \
            block.kind == "contact" else None
        if task is not None and task.status == TaskStatus.PLANNED:
            menu.addAction(self.tr("Iniciar agora"), lambda: self._act(
                lambda: actions.start_task(db, actor, task.id, at=stamp),
                lambda t: self.tr("Tarefa %1 iniciada às %2.").replace("%1", label(TASK_TYPE, t.type))
                .replace("%2", self._hhmm(t.started_at))))
            menu.addAction(self.tr("Cancelar tarefa"), lambda: self._act(
                lambda: actions.cancel_task(db, actor, task.id, at=stamp),
                lambda t: self.tr("Tarefa %1 cancelada.").replace("%1", label(TASK_TYPE, t.type))))
        if task is not None and task.status == TaskStatus.RUNNING:
            menu.addAction(self.tr("Parar agora"), lambda: self.stop("task", task.id))
        if contact is not None and contact.status == ContactStatus.SCHEDULED:
            menu.addAction(self.tr("Iniciar contato agora"), lambda: self.attend_waiting(contact))
            if contact.scheduled and contact.channel in MEETING_CHANNELS:
                self._meeting_actions(menu, contact)
        if contact is not None and contact.status == ContactStatus.RUNNING:
            menu.addAction(self.tr("Parar agora"), lambda: self.stop("contact", contact.id))
        return menu

    # consulting-meetings: meetings with rooms and pauta, their outcome, and the work plan

    def _people(self) -> list[tuple[str, str]]:
        return [(p.login, p.name) for p in self.board.people] if self.board else []

    def schedule_meeting(self, *, start: datetime | None = None, login: str | None = None) -> MeetingDialog:
        """"Agendar reunião…": the form opens window-modal and saves by itself; the week is read again after."""
        if start is None:
            today = self.ctx.clock.now().astimezone(self.tz).date()
            if not self.monday <= today < self.monday + timedelta(days=7):  # another week shown: its Monday
                start = datetime.combine(self.monday, self.ctx.policy.calendar.opens, tzinfo=self.tz)
        dialog = MeetingDialog(self.ctx, self._people(), self, start=start, consultant=login)
        return self._open_meeting(dialog, lambda c: self.tr("%1 com %2 agendada para %3.")
                                  .replace("%1", label(CONTACT_CHANNEL, c.channel).capitalize())
                                  .replace("%2", c.client_name).replace("%3", self._when(c.planned_start)))

    def reschedule_meeting(self, contact: ContactRecord) -> MeetingDialog:
        """"Remarcar…" of a scheduled meeting or conference: day, times and consultant; the room goes along."""
        booking = self.board.booking_of(contact.id) if self.board else None
        dialog = MeetingDialog(self.ctx, self._people(), self, contact=contact, booking=booking)
        return self._open_meeting(dialog, lambda c: self.tr("%1 com %2 remarcada para %3.")
                                  .replace("%1", label(CONTACT_CHANNEL, c.channel).capitalize())
                                  .replace("%2", c.client_name).replace("%3", self._when(c.planned_start)))

    def _open_meeting(self, dialog: MeetingDialog, said: Callable[[ContactRecord], str]) -> MeetingDialog:
        if self.meeting_dialog is not None:
            self.meeting_dialog.close()
        self.meeting_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved(record: ContactRecord) -> None:
            text = said(record)
            self.banner.show_text(text)
            self.reload(now=True)
            if self.feed is not None:
                self.feed.refresh()
            self.acted.emit(text)

        def gone() -> None:
            if self.meeting_dialog is dialog:
                self.meeting_dialog = None

        dialog.saved.connect(saved)
        dialog.finished.connect(lambda _r: gone())
        dialog.open()
        return dialog

    def _meeting_actions(self, menu: QMenu, contact: ContactRecord) -> None:
        menu.addSeparator()
        menu.addAction(self.tr("Remarcar…"), lambda: self.reschedule_meeting(contact))
        menu.addAction(self.tr("Realizado…"), lambda: self.record_done(contact))
        menu.addAction(self.tr("Não realizado"), lambda: self.record_outcome(contact, ContactStatus.MISSED))
        menu.addAction(self.tr("Cancelar"), lambda: self.record_outcome(contact, ContactStatus.CANCELLED))

    def record_done(self, contact: ContactRecord) -> None:
        """Rule 3: it happened, from and to the exact times asked (the planned ones offered)."""
        span = self.ask_done(contact)
        if span is None:
            return
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        self._act(lambda: actions.record_contact(db, actor, contact.id, ContactStatus.DONE.value, span[0], span[1],
                                                 at=stamp),
                  lambda c: self.tr("%1 com %2 registrada como realizada, das %3 às %4.")
                  .replace("%1", label(CONTACT_CHANNEL, c.channel).capitalize()).replace("%2", c.client_name)
                  .replace("%3", self._hhmm(c.started_at)).replace("%4", self._hhmm(c.ended_at)))

    def record_outcome(self, contact: ContactRecord, status: ContactStatus) -> None:
        """Não realizado (missed) or Cancelar (cancelled: its room is freed)."""
        db, actor, stamp = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        booking = self.board.booking_of(contact.id) if self.board else None

        def said(c: ContactRecord) -> str:
            what = label(CONTACT_CHANNEL, c.channel).capitalize()
            if status == ContactStatus.MISSED:
                return self.tr("%1 com %2 registrada como não realizada.").replace("%1", what) \
                    .replace("%2", c.client_name)
            if booking is not None:
                return self.tr("%1 com %2 cancelada; a sala %3 foi liberada.").replace("%1", what) \
                    .replace("%2", c.client_name).replace("%3", booking.room_name)
            return self.tr("%1 com %2 cancelada.").replace("%1", what).replace("%2", c.client_name)

        self._act(lambda: actions.record_contact(db, actor, contact.id, status.value, at=stamp), said)

    def open_plan(self) -> PlanEditor:
        """"Plano de trabalho…" of the week shown (read-only for whoever may not plan)."""
        if self.plan_dialog is not None:
            self.plan_dialog.close()
        team = [(p.login, p.name) for p in self.board.people if p.in_team] if self.board else []
        dialog = PlanEditor(self.ctx, self.monday, team or self._people(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.plan_dialog = dialog

        def gone() -> None:
            if self.plan_dialog is dialog:
                self.plan_dialog = None

        dialog.saved.connect(lambda _text: self.reload(now=True))
        dialog.finished.connect(lambda _r: gone())
        dialog.open()
        return dialog

    # Questions (tests answer them without a modal dialog)

    def ask_contact(self, mode: str) -> ContactForm | None:
        dialog = ContactDialog(self.ctx, mode, self)
        return dialog.form() if dialog.exec() else None

    def ask_task(self, *, plan: bool, type_code: str | None = None, owner: str | None = None,
                 start: datetime | None = None) -> TaskForm | None:
        people = [(p.login, p.name) for p in self.board.people] if self.board else None
        if people is not None and self.ctx.user.login not in {login for login, _ in people}:
            people.append((self.ctx.user.login, self.ctx.user.name))
        dialog = TaskDialog(self.ctx, plan=plan, people=people, owner=owner, start=start, type_code=type_code,
                            parent=self)
        return dialog.form() if dialog.exec() else None

    def ask_done(self, contact: ContactRecord) -> tuple[datetime, datetime] | None:
        dialog = DoneDialog(self.ctx, contact, self)
        return dialog.span() if dialog.exec() else None

    def ask_conference(self, contact: ContactRecord) -> tuple[datetime, datetime] | None:
        dialog = ConferenceDialog(self.ctx, contact.client_name, self)
        return dialog.span() if dialog.exec() else None

    # Words

    def _hhmm(self, moment: datetime | None) -> str:
        return moment.astimezone(self.tz).strftime("%H:%M") if moment is not None else ""

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        local = moment.astimezone(self.tz)
        return f"{self.canvas.day_title(local.date())} {local:%H:%M}"

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presence is not None:
            if not self.presence.before_quitting():
                event.ignore()
                return
            self.presence.stop_pulse()
            if self.feed is not None:
                self.feed.stop()
        self._ticker.stop()
        super().closeEvent(event)
