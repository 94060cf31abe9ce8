"""Cancelling and moving an appointment (FAQ 7037, R10) from the windows: "Desmarcar" frees the slot and leaves the
OC open with its technician; "Remarcar…" opens the slot picker on the OC's tab and moves the appointment to the
chosen slot and technician (``services.slots.cancel_booking`` / ``move_booking``).

:class:`BookingActions` is the one place that does it, for the OC dialog (:class:`AppointmentBox`, the
appointment beside the OC's details) and for the technician's seat (views/agenda/window.py, "Meus agendamentos").
The services decide and refuse (an appointment already begun, a slot someone took meanwhile, another technician
when the OC is someone else's); a slot taken meanwhile opens the picker again, refreshed, with the refusal naming
who took it, as the intake window does.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pitstop_desktop.domain.codes import Status
from pitstop_desktop.domain.errors import Conflict
from pitstop_desktop.services import slots
from pitstop_desktop.services.records import OccurrenceRecord, SlotRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.slot_picker import SlotPicker
from pitstop_desktop.views.workspace import Workspace


class BookingActions(QObject):
    """Desmarcar and Remarcar… for an OC's appointment, on the task runner.

    ``done`` carries the sentence to show once the database has it; ``refused`` the refusal (shown in words by
    whoever listens: ``messages.error_text``). ``picker`` is the slot picker opened by :meth:`reschedule`.
    """

    done = Signal(str)
    refused = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, ctx: Workspace, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self._owner = owner
        self.picker: SlotPicker | None = None
        self.busy = False

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def cancel(self, number: int) -> None:
        """Free OC ``number``'s slot (R10); the OC stays open with its technician."""
        if self.busy:
            return
        work = partial(slots.cancel_booking, self.ctx.db, number, actor=self.ctx.user.login,
                       at=self.ctx.clock.stamp())
        text = self.tr("Agendamento da OC %1 desmarcado; o horário está livre de novo e a OC continua com o "
                       "técnico.").replace("%1", str(number))
        self._set_busy(True)
        msg.submit(self._owner, self.ctx.runner, work, lambda _r: self._done(text), self._refused)

    def reschedule(self, number: int, tab: str | None, day: date | None = None,
                   refusal: BaseException | None = None) -> SlotPicker:
        """The slot picker on ``tab`` (the OC's) and ``day`` (the appointment's, if not past); the slot picked
        there becomes the appointment's. ``refusal``: shown in the picker's banner (a slot taken meanwhile)."""
        if self.picker is not None:
            self.picker.deleteLater()  # one picker at a time; the previous one is done
        today = self.ctx.clock.now().astimezone(self.ctx.policy.calendar.tz).date()
        picker = SlotPicker(self.ctx, tab, day if day is not None and day >= today else None, parent=self._owner)
        picker.setWindowTitle(self.tr("Remarcar a OC %1 (FAQ 7037)").replace("%1", str(number)))
        picker.set_hint(self.tr("Escolha o novo horário: Enter remarca o agendamento da OC %1 para ele. "
                                "Outro técnico só com quem atende a OC ou a gestão (R9).")
                        .replace("%1", str(number)))
        if refusal is not None:
            picker.banner.show_error(refusal)
        picker.picked.connect(lambda start, login: self.move(number, start, login, tab))
        self.picker = picker
        picker.open()
        return picker

    def move(self, number: int, start: datetime, technician: str, tab: str | None = None) -> None:
        """Move OC ``number``'s appointment to ``technician``'s free slot at ``start``."""
        if self.busy:
            return
        work = partial(slots.move_booking, self.ctx.db, number, actor=self.ctx.user.login, slot=start,
                       technician=technician, at=self.ctx.clock.stamp())
        when = msg.local_time(start, self.ctx.policy.calendar.tz, now=self.ctx.clock.now())
        name = self.picker.technician_name(technician) if self.picker is not None else technician
        text = (self.tr("Agendamento da OC %1 remarcado para %2 com %3.").replace("%1", str(number))
                .replace("%2", when).replace("%3", name))

        def refused(error: BaseException) -> None:
            self._refused(error)
            if isinstance(error, Conflict):  # taken meanwhile: the picker again, read afresh, saying by whom
                self.reschedule(number, tab, start.astimezone(self.ctx.policy.calendar.tz).date(), error)

        self._set_busy(True)
        msg.submit(self._owner, self.ctx.runner, work, lambda _r: self._done(text), refused)

    def _done(self, text: str) -> None:
        self._set_busy(False)
        self.done.emit(text)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.refused.emit(error)


class AppointmentBox(QGroupBox):
    """The OC dialog's appointment: technician and time, "Desmarcar" and "Remarcar…", a refusal right under them.

    Hidden when the OC has no appointment. An appointment already begun (or an OC closed) shows without buttons:
    it stays as the record of what happened (R10). ``changed`` carries the sentence to show after a change.
    """

    changed = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agendamento técnico (FAQ 7037)"), parent)
        self.ctx = ctx
        self.appointment: SlotRecord | None = None
        self._view: OccurrenceRecord | None = None
        self._names: dict[str, str] = {}
        self.booking = BookingActions(ctx, self)
        self.booking.done.connect(self._done)
        self.booking.refused.connect(self.show_refusal)
        self.booking.busy_changed.connect(self._set_busy)
        root = QVBoxLayout(self)
        row = QHBoxLayout()
        self.when = QLabel(self)
        self.when.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Desmarcar"), self)
        self.move_button = QPushButton(self.tr("Re&marcar…"), self)
        for button in (self.cancel_button, self.move_button):
            button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.move_button.clicked.connect(self.reschedule)
        row.addWidget(self.when, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.move_button)
        root.addLayout(row)
        self.error = msg.FieldError(self)
        root.addWidget(self.error)
        self.note = QLabel(self)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.hide()
        root.addWidget(self.note)
        self.hide()

    def show_for(self, view: OccurrenceRecord, names: dict[str, str]) -> None:
        """Read ``view``'s appointment (on the runner) and show it, or hide when it has none."""
        self._view, self._names = view, names
        db, number, at = self.ctx.db, view.number, self.ctx.clock.stamp()
        msg.submit(self, self.ctx.runner, partial(slots.appointment_of, db, number, at=at), self._shown,
                   self._read_failed)

    def _shown(self, appointment: SlotRecord | None) -> None:
        self.appointment = appointment
        if appointment is None or self._view is None:
            self.hide()
            self.loaded.emit()
            return
        tz, now = self.ctx.policy.calendar.tz, self.ctx.clock.now()
        start, end = appointment.start.astimezone(tz), appointment.end.astimezone(tz)
        name = self._names.get(appointment.technician, appointment.technician)
        self.when.setText(self.tr("%1, %2 às %3–%4").replace("%1", name).replace("%2", f"{start:%d/%m}")
                          .replace("%3", f"{start:%H:%M}").replace("%4", f"{end:%H:%M}"))
        begun = appointment.start <= now
        changeable = self._view.status != Status.CLOSED and not begun
        self.cancel_button.setVisible(changeable)
        self.move_button.setVisible(changeable)
        self.note.setText("" if changeable else self.tr("Já começou ou a OC está encerrada: fica como registro "
                                                        "(R10)."))
        self.note.setVisible(not changeable)
        self.show()
        self.loaded.emit()

    def _read_failed(self, error: BaseException) -> None:
        self.show()
        self.show_refusal(error)
        self.loaded.emit()

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(not busy)
        self.move_button.setEnabled(not busy)

    def cancel(self) -> None:
        if self._view is not None and self.appointment is not None:
            self.error.clear()
            self.booking.cancel(self._view.number)

    def reschedule(self) -> SlotPicker | None:
        if self._view is None or self.appointment is None:
            return None
        self.error.clear()
        day = self.appointment.start.astimezone(self.ctx.policy.calendar.tz).date()
        return self.booking.reschedule(self._view.number, self._view.tab, day)

    def show_refusal(self, error: BaseException) -> None:
        """The refusal in words, right under the appointment (its slot and technician are what it is about)."""
        self.error.show_text(msg.error_text(error))

    def refusal_text(self) -> str:
        return self.error.text()

    def _done(self, text: str) -> None:
        self.error.clear()
        self.changed.emit(text)


__all__ = ["AppointmentBox", "BookingActions"]
