"""Presence, captured where people are (issue 9): every window carries a :class:`PresenceBar` — where my day stands,
and "Almoço", "Voltei", "Encerrar o dia" in one click each. The bar is also the window's pulse: it reports that
this seat is alive at most once a minute (services/presence.py ``heartbeat``, on the task runner) and forgets the
seat on a clean exit, so a window killed or a computer switched off shows its person "sem sinal" after 5 minutes.
Signing in on a working day offers to start the day
(:func:`offer_start_of_day`); ending the day or quitting while holding open OCs asks what to do with them
(:func:`ask_about_my_ocs`): keep them, hand them back to their tabs, or send them to APOIO.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import PresenceKind
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.domain.vocabulary import PRESENCE_EVENT
from pitstop_desktop.models.feed import FeedBatch
from pitstop_desktop.models.labels import label
from pitstop_desktop.services import people, presence, seat
from pitstop_desktop.services.seat import EndOfDay, PresenceToday
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.workspace import Workspace

WORKING = (PresenceKind.LOGIN.value, PresenceKind.BACK.value)
PULSE_MS = 30_000


class PresenceBar(QWidget):
    """Where my day stands and the three buttons; re-reads when the feed says a presence or an OC changed."""

    changed = Signal(object)  # PresenceToday, after each read
    failed = Signal(str)  # a refusal, in words

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: PresenceToday | None = None
        self._holding_stale = True  # an OC changed since the last read: ``today.holding`` may be old
        self.ask_on_quit = False  # the running program turns it on (a test's window never stops to ask)
        self._reader = msg.CoalescedRead(self, ctx.runner, self._presence_today, self._show, self._error)
        self.seat = uuid.uuid4().hex[:16]  # this window, one of the person's seats
        self._pulse = QTimer(self)
        self._pulse.setInterval(PULSE_MS)
        self._pulse.timeout.connect(self.beat)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel(self)
        layout.addWidget(self.state, 1)
        self.lunch_button = QPushButton(self.tr("&Almoço"), self)
        self.back_button = QPushButton(self.tr("&Voltei"), self)
        self.end_button = QPushButton(self.tr("&Encerrar o dia"), self)
        self.lunch_button.clicked.connect(lambda: self.record(PresenceKind.LUNCH))
        self.back_button.clicked.connect(lambda: self.record(PresenceKind.BACK))
        self.end_button.clicked.connect(self.end_the_day)
        for button in (self.lunch_button, self.back_button, self.end_button):
            layout.addWidget(button)
        self._show(None)

    def start_pulse(self) -> None:
        """Report now and then every half minute (the service writes at most once a minute per seat)."""
        self.beat()
        self._pulse.start()

    def beat(self) -> None:
        db, login, seat_id, at = self.ctx.db, self.ctx.user.login, self.seat, self.ctx.clock.stamp()
        msg.submit(self, self.ctx.runner, lambda: presence.heartbeat(db, actor=login, seat=seat_id, at=at),
                   lambda _written: None, lambda _error: None)  # a server that does not answer is said elsewhere

    def stop_pulse(self) -> None:
        """A clean exit: this seat stops counting (a closed window is not a lost signal)."""
        if not self._pulse.isActive():
            return
        self._pulse.stop()
        db, login, seat_id, at = self.ctx.db, self.ctx.user.login, self.seat, self.ctx.clock.stamp()
        self.ctx.runner.submit(lambda: presence.forget_seat(db, actor=login, seat=seat_id, at=at),
                               lambda _gone: None, lambda _error: None)

    def follow(self, batch: FeedBatch) -> None:
        """My presence is re-read when a presence changed. How many OCs I hold matters only when I end the day or
        quit, so an OC's change only marks it old, and those moments read it fresh (200 seats re-reading it on
        every change of anyone's OC were a load on the office server for a number nobody looked at)."""
        if batch.full or batch.ids.get(Entity.PRESENCE):
            self._reader.request()
        elif batch.ids.get(Entity.OCCURRENCE):
            self._holding_stale = True

    def refresh(self) -> None:
        self._reader.request(now=True)

    def _fresh(self) -> PresenceToday | None:
        """What I hold now (read on the worker while events go on; the last read if the database does not answer)."""
        if self._holding_stale or self.today is None:
            self.refresh()
            self.ctx.runner.wait_idle(5_000)
        return self.today

    def _presence_today(self) -> Callable[[], PresenceToday]:
        db, login, at = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        return lambda: seat.presence_today(db, login, at=at)

    def _error(self, error: BaseException) -> None:
        self.failed.emit(msg.error_text(error))

    def _show(self, today: PresenceToday | None) -> None:
        self.today = today
        self._holding_stale = today is None
        last = today.last if today else None
        self.state.setText(self.tr("Hoje: %1").replace("%1", label(PRESENCE_EVENT, last)) if last
                           else self.tr("Hoje: dia não iniciado"))
        self.lunch_button.setEnabled(last in WORKING)
        self.back_button.setEnabled(last == PresenceKind.LUNCH)
        self.end_button.setEnabled(last is not None and last != PresenceKind.LOGOUT)
        if today is not None:
            self.changed.emit(today)

    def record(self, kind: PresenceKind, then: Callable[[], None] | None = None) -> None:
        db, login, at = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()

        def done(_: object) -> None:
            self.refresh()
            if then is not None:
                then()

        msg.submit(self, self.ctx.runner, lambda: people.record_presence(db, login=login, kind=kind.value, at=at),
                   done, self._error)

    def end_the_day(self) -> None:
        """Logout; with OCs still mine, first ask what to do with them."""
        today = self._fresh()
        holding = today.holding if today else 0
        choice = ask_about_my_ocs(self, holding) if holding else EndOfDay.KEEP
        if choice is None:
            return
        self._settle_my_ocs(choice, logout=True)

    def _settle_my_ocs(self, choice: EndOfDay, *, logout: bool) -> None:
        db, login, at = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        msg.submit(self, self.ctx.runner, lambda: seat.end_my_day(db, actor=login, choice=choice, logout=logout,
                                                                  at=at),
                   lambda _r: self.refresh(), self._error)

    def before_quitting(self) -> bool:
        """Asked by the window being closed: False keeps it open (the person cancelled)."""
        if not self.ask_on_quit:
            return True
        today = self._fresh()
        holding = today.holding if today else 0
        if not holding or (today and today.last == PresenceKind.LOGOUT):
            return True
        choice = ask_about_my_ocs(self, holding)
        if choice is None:
            return False
        if choice is not EndOfDay.KEEP:
            self._settle_my_ocs(choice, logout=False)
            self.ctx.runner.wait_idle(30_000)  # what the person chose is done before the window goes
        return True


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenceBar", text)


def ask_about_my_ocs(parent: QWidget, holding: int) -> EndOfDay | None:
    """Keep them, hand them back to their tabs, or send them to APOIO; None: cancelled."""
    box = QMessageBox(QMessageBox.Icon.Question, "Pit Stop",
                      _tr("Você ainda tem %1 OC(s) em atendimento. O que fazer com elas?").replace("%1", str(holding)),
                      QMessageBox.StandardButton.NoButton, parent)
    keep = box.addButton(_tr("Manter comigo"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(_tr("Devolver às abas"), QMessageBox.ButtonRole.DestructiveRole)
    apoio = box.addButton(_tr("Enviar ao APOIO"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    for button, choice in ((keep, EndOfDay.KEEP), (back, EndOfDay.HAND_BACK), (apoio, EndOfDay.SEND_TO_APOIO)):
        if clicked is button:
            return choice
    return None


def offer_start_of_day(ctx: Workspace) -> bool:
    """Signed in on a day I am rostered and have not started: one line to confirm, then my login is recorded
    (both reads and the write on the task runner; the event loop spins meanwhile)."""
    from pitstop_desktop.views.app import load_blocking

    db, login, at = ctx.db, ctx.user.login, ctx.clock.stamp()
    try:
        today: PresenceToday = load_blocking(ctx.runner, lambda: seat.presence_today(db, login, at=at), "settings")
        if today.last is not None or not today.rostered:
            return False
        answer = QMessageBox.question(None, ctx.user.name, _tr("Iniciar o seu dia agora (login)?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        load_blocking(ctx.runner, lambda: people.record_presence(db, login=login, kind=PresenceKind.LOGIN.value,
                                                                 at=at), "settings")
    except PitstopError:  # the server does not answer (the intake still opens): the bar offers it later
        return False
    return True
