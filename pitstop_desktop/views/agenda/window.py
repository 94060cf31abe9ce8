"""Minha agenda: the technician's seat (issue 9). One narrow window beside the other programs (1366×768 halves):
the offers made to me with accept and refuse in one click each, my open OCs with their SLA ticking, my
appointments today and this week, and my lunch and day buttons (views/presence_bar.py). An OC opens in the OC
dialog, which closes, forwards, escalates and sends to APOIO. A new offer rings (configurable) and shows in the tray.

Everything is read in one go through the task runner (services/seat.py) when the live feed says an OC, a booking or
a presence event changed; the countdowns tick from the clock and the records already read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.signals import no_answer_at
from pitstop_desktop.domain.vocabulary import SLA_STATE
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.models.labels import countdown, duration, label
from pitstop_desktop.models.palette import error_colour, has_sla_colour, sla_colour, sla_text_colour
from pitstop_desktop.models.rows import Column
from pitstop_desktop.services import offers, seat
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.seat import Appointment, SeatDay, SeatOffer
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.booking_form import BookingActions
from pitstop_desktop.views.icon import pitstop_icon as app_icon
from pitstop_desktop.views.occurrence_dialog import OccurrenceDialog
from pitstop_desktop.views.presence_bar import PresenceBar
from pitstop_desktop.views.row_view import RowView, row_table
from pitstop_desktop.views.workspace import Workspace

R = TypeVar("R")
SETTINGS_ORG, SETTINGS_APP = "PitStop", "PitStopDesktop"
SOUND_KEY = "agenda/sound"
FOLLOWS = (Entity.OCCURRENCE, Entity.BOOKING, Entity.PRESENCE)
TICK_MS = 15_000


@dataclass(frozen=True)
class _Held:
    """One of my OCs; the SLA is re-read from the clock at every tick (``ctx.policy``, no database)."""

    record: OccurrenceRecord

    @property
    def number(self) -> int:
        return self.record.number


def _sla_column(ctx: Workspace, record_of: Callable[[R], OccurrenceRecord]) -> Column[R]:
    """An OC's SLA as the clock has it now (words and the vocabulary's colours), for the offers and my OCs."""

    def state(row: R) -> str:
        record = record_of(row)
        return ctx.policy.read(record.sla, record.opened_at, ctx.clock.now()).state.value

    def text(row: R) -> str:
        record = record_of(row)
        reading = ctx.policy.read(record.sla, record.opened_at, ctx.clock.now())
        return f"{label(SLA_STATE, reading.state.value)} · {countdown(reading.remaining_minutes)}"

    def background(row: R) -> QColor | None:
        code = state(row)
        return sla_colour(code) if has_sla_colour(code) else None

    def foreground(row: R) -> QColor | None:
        code = state(row)
        return sla_text_colour(code) if has_sla_colour(code) else None

    return Column("SLA", text, background=background, foreground=foreground)


def _unanswered(ctx: Workspace, offer: SeatOffer) -> bool:
    """R5: an offer waiting 10 minutes has had no answer (domain/signals.py), as the board and the picker say."""
    return ctx.clock.now() >= no_answer_at(offer.offered_at)


def _waiting_text(ctx: Workspace, offer: SeatOffer) -> str:
    waited = duration(ctx.clock.now() - offer.offered_at)
    return f"⚠ {waited}" if _unanswered(ctx, offer) else waited


def _waiting_colour(ctx: Workspace, offer: SeatOffer) -> QColor | None:
    return error_colour() if _unanswered(ctx, offer) else None


def _waiting_tip(ctx: Workspace, offer: SeatOffer, template: str) -> str | None:
    return template.replace("%1", duration(ctx.clock.now() - offer.offered_at)) if _unanswered(ctx, offer) else None


def _when(ctx: Workspace, moment: datetime) -> str:
    return msg.local_time(moment, ctx.policy.calendar.tz, now=ctx.clock.now())


class AgendaWindow(QMainWindow):
    offers_shown = Signal(int)  # how many offers wait (tests, the title)
    notified = Signal(str, str)  # title, message

    def __init__(self, ctx: Workspace, feed: LiveFeed | None = None, *, notifications: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.feed = feed
        self.day: SeatDay | None = None
        self._seen: set[int] | None = None  # offers already announced (None: nothing read yet)
        self._answered: set[int] = set()  # offers I accepted or refused from this window (not "withdrawn")
        self._reader = msg.CoalescedRead(self, ctx.runner, self._my_day, self._show, self._read_failed)
        self._dialogs: list[OccurrenceDialog] = []
        self.setWindowTitle(self.tr("Pit Stop - Minha agenda — %1").replace("%1", ctx.user.name))
        self.setWindowIcon(app_icon())
        self.tray = self._make_tray() if notifications else None
        self._build()
        self.resize(680, 740)
        self.setMinimumWidth(560)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._retick)
        if feed is not None:
            feed.changed.connect(self.follow)
            feed.changed.connect(self.presence.follow)

    # Layout

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.banner = msg.MessageBanner(self)
        top = QHBoxLayout()
        top.addWidget(msg.heading(self.ctx.user.name, self))
        self.presence = PresenceBar(self.ctx, self)
        self.presence.failed.connect(lambda text: self.banner.show_text(text, msg.MessageBanner.ERROR))
        top.addWidget(self.presence, 1)
        layout.addLayout(top)
        layout.addWidget(self.banner)

        ctx = self.ctx
        no_answer_tip = self.tr("Sem resposta há %1 (R5): aceite ou recuse agora; quem ofereceu já pode enviá-la ao "
                                "APOIO.")
        self.offers_title = msg.heading("", self)
        layout.addWidget(self.offers_title)
        self.offers: RowView[SeatOffer] = row_table(self, [
            Column("OC", lambda o: str(o.number), sort=lambda o: o.number),
            Column(self.tr("Cliente"), lambda o: o.occurrence.client_name),
            Column(self.tr("Resumo"), lambda o: o.occurrence.summary),
            _sla_column(ctx, lambda o: o.occurrence),
            Column(self.tr("Esperando"), lambda o: _waiting_text(ctx, o), foreground=lambda o: _waiting_colour(ctx, o),
                   tooltip=lambda o: _waiting_tip(ctx, o, no_answer_tip)),
        ], key=lambda o: o.number, widths=(60, 150, 220, 150, 80))
        layout.addWidget(self.offers, 2)
        answer = QHBoxLayout()
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("motivo, para recusar"))
        self.accept_button = QPushButton(self.tr("A&ceitar"), self)
        self.refuse_button = QPushButton(self.tr("&Recusar"), self)
        self.accept_button.clicked.connect(self.accept_selected)
        self.refuse_button.clicked.connect(self.refuse_selected)
        self.reason.returnPressed.connect(self.refuse_selected)
        answer.addWidget(self.reason, 1)
        answer.addWidget(self.accept_button)
        answer.addWidget(self.refuse_button)
        layout.addLayout(answer)

        self.mine_title = msg.heading("", self)
        layout.addWidget(self.mine_title)
        self.mine: RowView[_Held] = row_table(self, [
            Column("OC", lambda h: str(h.number), sort=lambda h: h.number),
            Column(self.tr("Cliente"), lambda h: h.record.client_name),
            Column(self.tr("Resumo"), lambda h: h.record.summary),
            _sla_column(ctx, lambda h: h.record),
        ], key=lambda h: h.number, widths=(60, 150, 260, 150))
        self.mine.activated.connect(lambda index: self._open_row(self.mine.current()))
        layout.addWidget(self.mine, 3)

        self.appointments_title = msg.heading(self.tr("Meus agendamentos (hoje e esta semana)"), self)
        layout.addWidget(self.appointments_title)
        self.appointments: RowView[Appointment] = row_table(self, [
            Column(self.tr("Quando"), lambda a: _when(ctx, a.starts_at), sort=lambda a: a.starts_at),
            Column("OC", lambda a: str(a.number)),
            Column(self.tr("Cliente"), lambda a: a.client_name),
            Column(self.tr("Resumo"), lambda a: a.summary),
        ], key=lambda a: (a.number, a.starts_at), widths=(120, 60, 150, 260))
        self.appointments.activated.connect(lambda index: self._open_number(self.appointments.current()))
        layout.addWidget(self.appointments, 2)
        booking = QHBoxLayout()
        self.booking = BookingActions(ctx, self)  # FAQ 7037: Desmarcar, Remarcar… (views/booking_form.py)
        self.booking.done.connect(self._booking_changed)
        self.booking.refused.connect(lambda error: self.banner.show_text(msg.error_text(error),
                                                                         msg.MessageBanner.ERROR))
        self.booking.busy_changed.connect(lambda _busy: self._enable_booking())
        self.cancel_booking_button = QPushButton(self.tr("&Desmarcar"), self)
        self.move_booking_button = QPushButton(self.tr("Re&marcar…"), self)
        self.cancel_booking_button.clicked.connect(self.cancel_selected_booking)
        self.move_booking_button.clicked.connect(self.move_selected_booking)
        booking.addStretch(1)
        booking.addWidget(self.cancel_booking_button)
        booking.addWidget(self.move_booking_button)
        layout.addLayout(booking)
        selection = self.appointments.selectionModel()
        selection.currentChanged.connect(lambda *_: self._enable_booking())

        bottom = QHBoxLayout()
        self.sound = QCheckBox(self.tr("&Som quando chega uma oferta"), self)
        self.sound.setChecked(bool(self._settings().value(SOUND_KEY, True, type=bool)))
        self.sound.toggled.connect(lambda on: self._settings().setValue(SOUND_KEY, on))
        bottom.addWidget(self.sound)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self._show_counts()

    @staticmethod
    def _settings() -> QSettings:
        return QSettings(SETTINGS_ORG, SETTINGS_APP)

    # Data

    def start(self) -> None:
        """The first read, then live (the feed's batches) and ticking."""
        self._tick.start()
        self.presence.refresh()
        self.presence.start_pulse()
        if self.feed is not None:
            self.feed.start()
        else:
            self.refresh()

    def follow(self, batch: FeedBatch) -> None:
        if batch.full or any(batch.ids.get(entity) for entity in FOLLOWS):
            self._reader.request()  # coalesced and paced (messages.CoalescedRead)

    def refresh(self) -> None:
        """Re-read my day now (one at a time: a change during a read asks for one more)."""
        self._reader.request(now=True)

    def _my_day(self) -> Callable[[], SeatDay]:
        db, login, at = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        return lambda: seat.my_day(db, login, at=at)

    def _read_failed(self, error: BaseException) -> None:
        self.banner.show_text(msg.error_text(error), msg.MessageBanner.ERROR)

    def _show(self, day: SeatDay) -> None:
        self.day = day
        self.offers.replace_rows(day.offers)
        self.mine.replace_rows(_Held(r) for r in day.mine)
        self.appointments.replace_rows(day.appointments)
        self._show_counts()
        self._enable_booking()
        self._announce(day)

    def _show_counts(self) -> None:
        day = self.day
        waiting = len(day.offers) if day else 0
        self.offers_title.setText(self.tr("Ofertas para mim (%1)").replace("%1", str(waiting)))
        self.mine_title.setText(self.tr("Minhas OCs (%1)").replace("%1", str(len(day.mine) if day else 0)))
        self.accept_button.setEnabled(waiting > 0)
        self.refuse_button.setEnabled(waiting > 0)
        self.offers_shown.emit(waiting)

    def _retick(self) -> None:
        for table in (self.offers, self.mine):
            model = table.rows()
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))

    # Offers

    def _announce(self, day: SeatDay) -> None:
        """A new offer is announced (and rings); an offer gone without my answer — withdrawn and offered to
        someone else, or the OC forwarded, sent to APOIO or closed meanwhile — is announced as withdrawn."""
        waiting = day.offers
        numbers = {o.number for o in waiting}
        new = [o for o in waiting if self._seen is not None and o.number not in self._seen]
        mine = {r.number for r in day.mine}  # accepted from another of my windows: answered, not withdrawn
        gone = sorted((self._seen or set()) - numbers - self._answered - mine)
        self._seen = numbers
        self._answered &= numbers
        for number in gone[:3]:
            self.notify(self.tr("Oferta retirada"), self.tr("A oferta da OC %1 foi retirada.")
                        .replace("%1", str(number)))
        for offer in new[:3]:
            self.notify(self.tr("Nova oferta para você"),
                        self.tr("OC %1 — %2: %3").replace("%1", str(offer.number))
                        .replace("%2", offer.occurrence.client_name).replace("%3", offer.occurrence.summary))
        if new and self.sound.isChecked():
            QApplication.beep()

    def notify(self, title: str, message: str) -> None:
        self.notified.emit(title, message)
        self.statusBar().showMessage(f"{title}: {message}", 10_000)
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)

    def _make_tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(self.tr("Pit Stop - Minha agenda"))
        tray.activated.connect(self._bring_to_front)
        tray.show()
        return tray

    def _bring_to_front(self, _reason: QSystemTrayIcon.ActivationReason | None = None) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _selected_offer(self) -> SeatOffer | None:
        current = self.offers.current()
        if current is None and self.day and len(self.day.offers) == 1:
            return self.day.offers[0]  # the only one: no need to pick it first
        return current

    def accept_selected(self) -> None:
        offer = self._selected_offer()
        if offer is None:
            self.banner.show_text(self.tr("Escolha a oferta a aceitar."), msg.MessageBanner.ERROR)
            return
        db, number, login, at = self.ctx.db, offer.number, self.ctx.user.login, self.ctx.clock.stamp()
        self._answered.add(number)
        self._act(lambda: offers.accept(db, number, actor=login, at=at),
                  self.tr("Você assumiu a OC %1.").replace("%1", str(number)))

    def refuse_selected(self) -> None:
        offer = self._selected_offer()
        reason = self.reason.text().strip()
        if offer is None:
            self.banner.show_text(self.tr("Escolha a oferta a recusar."), msg.MessageBanner.ERROR)
            return
        if not reason:
            self.banner.show_text(self.tr("Diga o motivo da recusa no campo ao lado; ele fica no histórico da OC."),
                                  msg.MessageBanner.ERROR)
            self.reason.setFocus()
            return
        db, number, login, at = self.ctx.db, offer.number, self.ctx.user.login, self.ctx.clock.stamp()
        self._answered.add(number)
        self._act(lambda: offers.refuse(db, number, actor=login, reason=reason, at=at),
                  self.tr("Você recusou a OC %1.").replace("%1", str(number)), clear_reason=True)

    def _act(self, work: Callable[[], object], done_text: str, *, clear_reason: bool = False) -> None:
        self.banner.clear()

        def done(_: object) -> None:
            self.banner.show_text(done_text, msg.MessageBanner.INFO)
            if clear_reason:
                self.reason.clear()
            self.refresh()

        def failed(error: BaseException) -> None:
            self.banner.show_text(msg.error_text(error), msg.MessageBanner.ERROR)
            self.refresh()

        msg.submit(self, self.ctx.runner, work, done, failed)

    # Appointments (FAQ 7037)

    def _bookable(self) -> Appointment | None:
        """The selected appointment when it has not begun (one under way or past stays as the record, R10)."""
        current = self.appointments.current()
        if current is None or current.starts_at <= self.ctx.clock.now():
            return None
        return current

    def _enable_booking(self) -> None:
        enabled = self._bookable() is not None and not self.booking.busy
        self.cancel_booking_button.setEnabled(enabled)
        self.move_booking_button.setEnabled(enabled)

    def cancel_selected_booking(self) -> None:
        appointment = self._bookable()
        if appointment is not None:
            self.banner.clear()
            self.booking.cancel(appointment.number)

    def move_selected_booking(self) -> None:
        appointment = self._bookable()
        if appointment is None:
            return
        self.banner.clear()
        held = {r.number: r.tab for r in self.day.mine} if self.day else {}
        day = appointment.starts_at.astimezone(self.ctx.policy.calendar.tz).date()
        self.booking.reschedule(appointment.number, held.get(appointment.number), day)

    def _booking_changed(self, text: str) -> None:
        self.banner.show_text(text, msg.MessageBanner.INFO)
        self.refresh()

    # OCs

    def _open_row(self, held: _Held | None) -> None:
        if held is not None:
            self.open_occurrence(held.number)

    def _open_number(self, appointment: Appointment | None) -> None:
        if appointment is not None:
            self.open_occurrence(appointment.number)

    def open_occurrence(self, number: int) -> OccurrenceDialog:
        dialog = OccurrenceDialog(self.ctx, number, self)
        dialog.occurrence_changed.connect(lambda _n: self.refresh())
        dialog.finished.connect(lambda _r, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.presence.before_quitting():
            event.ignore()
            return
        self._tick.stop()
        self.presence.stop_pulse()
        if self.feed is not None:
            self.feed.stop()
        super().closeEvent(event)

