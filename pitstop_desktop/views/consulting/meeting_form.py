"""Agendar reunião (team rule 3; second seed, Gerência: "Agendar a sala de reunião", "Definir pauta"): a meeting or
conference with a consulting client planned ahead, on the rooms' 30-minute slots, with an optional room and its
pauta; and "Realizado…", the exact times a scheduled one happened.

The client is found as the contact form finds it (the in-memory ``ClientIndex``, read once on the worker) and asked
where its call goes: a caller who is not a consulting client gets the URA message and nothing can be scheduled.
The chosen room's slots of the chosen day are read on the worker and listed beside the form, free or taken (a
taken one says who booked it and for what); clicking a free slot starts the meeting there. Saving runs
``schedule_contact`` on the worker (the room is booked in the same transaction); a refusal shows beside the field
it is about and everything typed stays. "Remarcar…" opens the same form on a scheduled meeting: the day, the times
and the consultant change (``reschedule_contact``; the room goes along), the rest is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.consulting import ROOM_SLOT, ContactChannel
from pitstop_desktop.domain.errors import Field, PitstopError
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.domain.vocabulary import CONTACT_CHANNEL
from pitstop_desktop.models.clients import ClientSearchModel
from pitstop_desktop.models.labels import label
from pitstop_desktop.models.palette import error_colour, text_style
from pitstop_desktop.services import intake
from pitstop_desktop.services.consulting_records import (
    CallRouting,
    ContactPersonRecord,
    ContactRecord,
    RoomBookingRecord,
    RoomRecord,
)
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.consulting import actions
from pitstop_desktop.views.consulting.client_choice import ClientChoiceDialog
from pitstop_desktop.views.consulting.forms import routing_hint
from pitstop_desktop.views.workspace import Workspace

MEETING_CHANNELS = (ContactChannel.MEETING, ContactChannel.CONFERENCE)
SLOT_MINUTES = int(ROOM_SLOT.total_seconds()) // 60


def _protocol(text: str) -> int | None:
    digits = text.strip()
    return int(digits) if digits.isdigit() else None


class MeetingDialog(ClientChoiceDialog):
    """See the module docstring. ``contact``: "Remarcar…" of that scheduled meeting (``booking``: its room)."""

    routed = Signal(object)  # CallRouting (tests wait for it)
    slots_loaded = Signal()
    saved = Signal(object)  # the ContactRecord scheduled or moved
    refused = Signal(str)  # the refusal's words, shown beside its field

    def __init__(self, ctx: Workspace, people: list[tuple[str, str]] | None = None, parent: QWidget | None = None,
                 *, contact: ContactRecord | None = None, booking: RoomBookingRecord | None = None,
                 start: datetime | None = None, consultant: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz: tzinfo = ctx.policy.calendar.tz
        self.contact = contact
        self.booking = booking
        self.routing: CallRouting | None = None
        self.index: intake.ClientIndex | None = None
        self.client: intake.ClientEntry | None = None
        self.rooms: list[RoomRecord] = []
        self.day_bookings: list[RoomBookingRecord] = []
        self._slots_for: tuple[str, date] | None = None
        people = list(people or [])
        if ctx.user.login not in {login for login, _ in people}:
            people.append((ctx.user.login, ctx.user.name))
        self.setWindowTitle(self.tr("Remarcar reunião") if contact else self.tr("Agendar reunião"))
        self._build(people)
        self._prefill(start, consultant)
        db = ctx.db
        if contact is None:
            msg.submit(self, ctx.runner, lambda: (intake.ClientIndex(intake.load_clients(db)), actions.rooms(db)),
                       self._loaded, self.banner.show_error)
        else:
            self._read_slots()

    # Layout

    def _build(self, people: list[tuple[str, str]]) -> None:
        root = QVBoxLayout(self)
        columns = QHBoxLayout()
        root.addLayout(columns, 1)
        form = QFormLayout()
        columns.addLayout(form, 3)

        self.channel = QComboBox(self)
        for code in MEETING_CHANNELS:
            self.channel.addItem(label(CONTACT_CHANNEL, code).capitalize(), code.value)
        form.addRow(self.tr("&Tipo"), self.channel)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("código, nome ou telefone do provedor"))
        form.addRow(self.tr("&Cliente (provedor)"), self.search)
        self.matches_model = ClientSearchModel(self)
        self.matches = QListView(self)
        self.matches.setModel(self.matches_model)
        self.matches.setModelColumn(1)
        self.matches.setMaximumHeight(90)
        self.matches.hide()  # shown while there are clients to choose from
        form.addRow("", self.matches)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.hide()
        form.addRow("", self.hint)
        self.client_error = msg.FieldError(self)
        form.addRow("", self.client_error)
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.person.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("quem participa pelo cliente (cadastrado ao salvar)"))
        form.addRow(self.tr("&Pessoa"), self.person)
        self.person_error = msg.FieldError(self)
        form.addRow("", self.person_error)
        self.protocol = QLineEdit(self)
        self.protocol.setPlaceholderText(self.tr("número da OC (opcional)"))
        form.addRow(self.tr("P&rotocolo"), self.protocol)
        self.protocol_error = msg.FieldError(self)
        form.addRow("", self.protocol_error)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("o título da reunião (e da reserva da sala)"))
        form.addRow(self.tr("&Assunto"), self.subject)
        self.consultant = QComboBox(self)
        for login, name in people:
            self.consultant.addItem(name, login)
        self.consultant.setEnabled(self.ctx.can(Action.RECORD_FOR_OTHERS))
        if not self.consultant.isEnabled():
            self.consultant.setToolTip(self.tr("Cada pessoa agenda as próprias reuniões; a gestão agenda as de "
                                               "qualquer um."))
        form.addRow(self.tr("C&onsultor(a)"), self.consultant)
        self.consultant_error = msg.FieldError(self)
        form.addRow("", self.consultant_error)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("D&ia"), self.day)
        times = QHBoxLayout()
        self.start = QComboBox(self)
        self.end = QComboBox(self)
        cal = self.ctx.policy.calendar
        first = cal.opens.hour * 60 + cal.opens.minute // SLOT_MINUTES * SLOT_MINUTES
        last = cal.closes.hour * 60 + cal.closes.minute
        self._slot_minutes = list(range(first, last + 1, SLOT_MINUTES))
        for minutes in self._slot_minutes:
            text = f"{minutes // 60:02d}:{minutes % 60:02d}"
            if minutes < last:
                self.start.addItem(text, minutes)
            if minutes > first:
                self.end.addItem(text, minutes)
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("até"), self))
        times.addWidget(self.end)
        times.addStretch(1)
        from_label = QLabel(self.tr("&Das"), self)
        from_label.setBuddy(self.start)
        form.addRow(from_label, times)
        self.time_error = msg.FieldError(self)
        form.addRow("", self.time_error)
        self.room = QComboBox(self)
        self.room.addItem(self.tr("Sem sala"), None)
        form.addRow(self.tr("&Sala"), self.room)
        self.room_error = msg.FieldError(self)
        form.addRow("", self.room_error)
        self.agenda = QPlainTextEdit(self)
        self.agenda.setPlaceholderText(self.tr("a pauta: os assuntos, um por linha"))
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMinimumHeight(70)
        form.addRow(self.tr("Pa&uta"), self.agenda)

        side = QVBoxLayout()
        columns.addLayout(side, 2)
        self.slots_title = msg.heading(self.tr("Horários da sala"), self, scale=1.0)
        side.addWidget(self.slots_title)
        self.slots = QListWidget(self)
        self.slots.setAccessibleName(self.tr("Horários da sala no dia"))
        self.slots.setWordWrap(True)
        side.addWidget(self.slots, 1)
        self.slots_note = QLabel(self)
        self.slots_note.setWordWrap(True)
        side.addWidget(self.slots_note)

        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Remarcar") if self.contact else self.tr("Agendar"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        root.addWidget(self.buttons)
        self.ok_button.setEnabled(self.contact is not None)

        self.search.textEdited.connect(self._search)
        self.search.returnPressed.connect(lambda: self._pick_row(0))
        self.matches.activated.connect(lambda index: self._pick_row(index.row()))
        self.matches.clicked.connect(lambda index: self._pick_row(index.row()))
        self.day.dateChanged.connect(lambda _d: self._read_slots())
        self.room.currentIndexChanged.connect(lambda _i: self._read_slots())
        self.start.currentIndexChanged.connect(lambda _i: self._start_changed())
        self.end.currentIndexChanged.connect(lambda _i: self._paint_slots())
        self.slots.itemClicked.connect(self._slot_clicked)
        self.ok_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(900, 640)

    def _prefill(self, start: datetime | None, consultant: str | None) -> None:
        contact = self.contact
        if contact is not None and contact.planned_start is not None and contact.planned_end is not None:
            begin, finish = contact.planned_start.astimezone(self.tz), contact.planned_end.astimezone(self.tz)
            consultant = contact.consultant
            self.channel.setCurrentIndex(max(0, self.channel.findData(contact.channel)))
            self.search.setText(contact.client_name)
            self.person.setEditText(contact.contact_person or "")
            self.protocol.setText(str(contact.protocol) if contact.protocol is not None else "")
            self.subject.setText(contact.subject)
            if self.booking is not None:
                self.room.addItem(self.booking.room_name, self.booking.room)
                self.room.setCurrentIndex(1)
                self.agenda.setPlainText(self.booking.agenda)
            for widget in (self.channel, self.search, self.person, self.protocol, self.subject, self.room):
                widget.setEnabled(False)
            self.agenda.setReadOnly(True)
            self.matches.hide()
            self.slots_note.setText(self.tr("A sala e a pauta acompanham a reunião; mude o dia, o horário ou "
                                            "quem a conduz."))
        else:
            now = self.ctx.clock.now().astimezone(self.tz)
            begin = (start.astimezone(self.tz) if start is not None else now + timedelta(hours=1))
            begin = begin.replace(minute=begin.minute // SLOT_MINUTES * SLOT_MINUTES, second=0, microsecond=0)
            finish = begin + timedelta(hours=1)
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(consultant or self.ctx.user.login)))
        self.day.setDate(QDate(begin.year, begin.month, begin.day))
        self._set_time(self.start, begin.hour * 60 + begin.minute)
        self._set_time(self.end, finish.hour * 60 + finish.minute)

    @staticmethod
    def _set_time(combo: QComboBox, minutes: int) -> None:
        """The slot at ``minutes`` after midnight, or the last one before it (the first when none is)."""
        found = 0
        for i in range(combo.count()):
            if int(combo.itemData(i)) <= minutes:
                found = i
        combo.setCurrentIndex(found)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.matches_model.rowCount():
            self.matches.setFocus()
            self.matches.setCurrentIndex(self.matches_model.index(0, 1))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.hasFocus():
            return  # the search's own returnPressed picks the client; never the dialog's default button
        super().keyPressEvent(event)

    # The client (as the contact form finds it)

    def _loaded(self, result: tuple[intake.ClientIndex, list[RoomRecord]]) -> None:
        self.index, self.rooms = result
        for room in self.rooms:
            self.room.addItem(room.name, room.code)
        if not self.rooms:
            self.room.setToolTip(self.tr("Nenhuma sala cadastrada; a gestão cadastra as salas (pitstop room add)."))
        if self.search.text():
            self._search(self.search.text())
        self._read_slots()

    def _matches_changed(self) -> None:
        self.matches.setVisible(self.matches_model.rowCount() > 0)

    def _route_failed(self, error: BaseException) -> None:
        self.banner.show_error(error)

    def _set_client(self, entry: intake.ClientEntry | None) -> None:
        self.client = entry
        self.routing = None
        self.hint.hide()
        self.client_error.clear()
        self.ok_button.setEnabled(False)

    def _routed(self, result: tuple[CallRouting, list[ContactPersonRecord]]) -> None:
        routing, persons = result
        if self.client is None or routing.client != self.client.code:
            return
        self.routing = routing
        ura = routing.action == "ura"
        self.hint.setText(routing_hint(routing))
        self.hint.setStyleSheet(text_style(error_colour()) if ura else "")
        self.hint.show()
        self.ok_button.setEnabled(not ura)
        if routing.protocol is not None and not self.protocol.text():
            self.protocol.setText(str(routing.protocol))
        typed = self.person.currentText()
        self.person.clear()
        for p in persons:
            self.person.addItem(p.name)
        self.person.setEditText(typed)
        self.routed.emit(routing)

    # The room's day

    def chosen_day(self) -> date:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        return day

    def _moment(self, minutes: int) -> datetime:
        return datetime.combine(self.chosen_day(), time(minutes // 60, minutes % 60), tzinfo=self.tz)

    def span(self) -> tuple[datetime, datetime]:
        return self._moment(int(self.start.currentData())), self._moment(int(self.end.currentData()))

    def _start_changed(self) -> None:
        """A later start pushes the end along (the same length, or one slot)."""
        if int(self.end.currentData()) <= int(self.start.currentData()):
            self._set_time(self.end, int(self.start.currentData()) + SLOT_MINUTES)
        self._paint_slots()

    def _read_slots(self) -> None:
        room, day = self.room.currentData(), self.chosen_day()
        self.slots_title.setText(self.tr("%1 em %2").replace("%1", self.room.currentText())
                                 .replace("%2", f"{day:%d/%m/%Y}") if room is not None
                                 else self.tr("Horários da sala"))
        if room is None:
            self._slots_for = None
            self.day_bookings = []
            self.slots.clear()
            if self.contact is None:
                self.slots_note.setText(self.tr("Escolha uma sala para ver os horários livres e ocupados do dia."))
            self.slots_loaded.emit()
            return
        self._slots_for = (str(room), day)
        start, end = self._moment(self._slot_minutes[0]), self._moment(self._slot_minutes[-1])
        db = self.ctx.db
        msg.submit(self, self.ctx.runner, lambda: actions.room_day(db, str(room), start, end),
                   lambda found: self._slots_read((str(room), day), found), self.banner.show_error)

    def _slots_read(self, wanted: tuple[str, date], bookings: list[RoomBookingRecord]) -> None:
        if wanted != self._slots_for:
            return  # another room or day was chosen meanwhile
        self.day_bookings = bookings
        if self.contact is None:
            self.slots_note.setText(self.tr("Clique num horário livre para começar a reunião nele."))
        self._paint_slots()
        self.slots_loaded.emit()

    def holder(self, minutes: int) -> RoomBookingRecord | None:
        """The booking that holds the slot starting ``minutes`` after midnight of the chosen day (None: free)."""
        moment = self._moment(minutes)
        return next((b for b in self.day_bookings if b.starts_at <= moment < b.ends_at), None)

    def _paint_slots(self) -> None:
        self.slots.clear()
        if self._slots_for is None:
            return
        chosen = range(int(self.start.currentData()), int(self.end.currentData()), SLOT_MINUTES)
        for minutes in self._slot_minutes[:-1]:
            booking = self.holder(minutes)
            after = minutes + SLOT_MINUTES
            when = f"{minutes // 60:02d}:{minutes % 60:02d}–{after // 60:02d}:{after % 60:02d}"
            own = booking is not None and self.contact is not None and booking.contact_id == self.contact.id
            if booking is None:
                text = self.tr("%1  livre").replace("%1", when)
            elif own:
                text = self.tr("%1  esta reunião").replace("%1", when)
            else:
                text = self.tr("%1  ocupada: %2 · %3").replace("%1", when) \
                    .replace("%2", booking.booked_by_name or booking.booked_by).replace("%3", booking.title)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, minutes)
            if booking is not None and not own:
                item.setForeground(QBrush(error_colour()))
                tip = self.tr("Reservada por %1: %2").replace("%1", booking.booked_by_name or booking.booked_by) \
                    .replace("%2", booking.title)
                item.setToolTip(tip + (f"\n{booking.agenda}" if booking.agenda else ""))
            if minutes in chosen:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setText("▶ " + text)
            self.slots.addItem(item)

    def _slot_clicked(self, item: QListWidgetItem) -> None:
        minutes = int(item.data(Qt.ItemDataRole.UserRole))
        if self.holder(minutes) is not None and self.contact is None:
            return
        length = int(self.end.currentData()) - int(self.start.currentData())
        self._set_time(self.start, minutes)
        self._set_time(self.end, minutes + max(length, SLOT_MINUTES))

    # Saving

    def _clear_errors(self) -> None:
        self.banner.clear()
        for error in (self.client_error, self.person_error, self.protocol_error, self.consultant_error,
                      self.time_error, self.room_error):
            error.clear()

    def error_for(self, field: Field | None) -> msg.FieldError | None:
        """Where a refusal about ``field`` is shown (None: in the banner)."""
        return {Field.CLIENT: self.client_error, Field.NAME: self.person_error, Field.CONTACT: self.person_error,
                Field.PROTOCOL: self.protocol_error, Field.LOGIN: self.consultant_error,
                Field.START: self.time_error, Field.END: self.time_error, Field.ROOM: self.room_error,
                }.get(field) if field is not None else None

    def _show_refusal(self, error: BaseException) -> None:
        text = msg.error_text(error)
        where = self.error_for(error.field) if isinstance(error, PitstopError) else None
        if where is not None:
            where.show_text(text)
        else:
            self.banner.show_error(error)
        if isinstance(error, PitstopError) and error.field == Field.ROOM:
            self._read_slots()  # someone may have taken it meanwhile: the list says who
        self.ok_button.setEnabled(True)
        self.refused.emit(text)

    def save(self) -> None:
        """Schedule (or move) on the worker; the dialog closes only when the service said yes."""
        self._clear_errors()
        if self.protocol.text().strip() and _protocol(self.protocol.text()) is None:
            self.protocol_error.show_text(self.tr("O protocolo é o número da OC, só algarismos."))
            return
        start, end = self.span()
        if end <= start:
            self.time_error.show_text(self.tr("O fim vem depois do início."))
            return
        db, actor, at = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        consultant = str(self.consultant.currentData())
        work: Callable[[], ContactRecord]
        if self.contact is not None:
            contact = self.contact
            work = lambda: actions.reschedule_contact(db, actor, contact.id, consultant, start, end,  # noqa: E731
                                                      contact.version, at=at)
        else:
            if self.client is None or self.routing is None or self.routing.action == "ura":
                self.client_error.show_text(self.tr("Escolha o cliente da consultoria na lista."))
                return
            channel, client = str(self.channel.currentData()), self.client.code
            person = " ".join(self.person.currentText().split()) or None
            protocol, subject = _protocol(self.protocol.text()), self.subject.text().strip()
            room = self.room.currentData()
            agenda = self.agenda.toPlainText().strip()
            work = lambda: actions.schedule_meeting(  # noqa: E731
                db, actor, channel, client, start, end, consultant if consultant != actor else None, person,
                protocol, subject, str(room) if room is not None else None, agenda, at=at)
        self.ok_button.setEnabled(False)
        msg.submit(self, self.ctx.runner, work, self._saved, self._show_refusal)

    def _saved(self, record: ContactRecord) -> None:
        self.saved.emit(record)
        self.accept()


class DoneDialog(QDialog):
    """"Realizado…" (rule 3): the exact times a scheduled meeting happened, prefilled with the planned ones."""

    def __init__(self, ctx: Workspace, contact: ContactRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz: tzinfo = ctx.policy.calendar.tz
        self.setWindowTitle(self.tr("Reunião realizada"))
        root = QVBoxLayout(self)
        text = QLabel(self.tr("%1 com %2: informe o horário exato em que começou e terminou (regra 3 da equipe).")
                      .replace("%1", label(CONTACT_CHANNEL, contact.channel).capitalize())
                      .replace("%2", contact.client_name), self)
        text.setWordWrap(True)
        root.addWidget(text)
        form = QFormLayout()
        begin = (contact.planned_start or ctx.clock.now()).astimezone(self.tz)
        finish = (contact.planned_end or begin + ROOM_SLOT).astimezone(self.tz)
        self.day = QDateEdit(QDate(begin.year, begin.month, begin.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start = QTimeEdit(QTime(begin.hour, begin.minute), self)
        self.end = QTimeEdit(QTime(finish.hour, finish.minute), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("D&ia"), self.day)
        form.addRow(self.tr("&Começou às"), self.start)
        form.addRow(self.tr("&Terminou às"), self.end)
        root.addLayout(form)
        self.error = msg.error_label(self)
        root.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Registrar como realizada"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        self.resize(420, 0)

    def span(self) -> tuple[datetime, datetime]:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        start, end = self.start.time(), self.end.time()
        return (datetime.combine(day, time(start.hour(), start.minute()), tzinfo=self.tz),
                datetime.combine(day, time(end.hour(), end.minute()), tzinfo=self.tz))

    def _check(self) -> None:
        start, end = self.span()
        if end <= start:
            self.error.setText(self.tr("O fim vem depois do início."))
            self.error.show()
            return
        self.accept()


__all__ = ["MEETING_CHANNELS", "DoneDialog", "MeetingDialog"]
