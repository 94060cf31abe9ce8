"""The small forms of the consulting week: a contact (start one, ask a Skype client to wait, reply to an e-mail), a
task (start one now, or plan one) and a conference for a Skype client who waited too long.

A contact form finds the client as the intake window does (the in-memory ``ClientIndex``, read once on the
worker) and asks the services where the call goes (``contacts.route_call``): a caller who is not a consulting
client gets the URA message and no contact can be started; a consultant's protocol fills in with its hint
("protocolo 123 é de Fulana: transferir"). The client's contact persons are offered as the name is typed, and a
new name is added on the spot ("Adicionar"). Forms hold no database work: they ``submit`` it to the runner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
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
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.consulting import ContactChannel, TaskType
from pitstop_desktop.domain.vocabulary import CONTACT_CHANNEL, TASK_TYPE
from pitstop_desktop.models.clients import ClientSearchModel
from pitstop_desktop.models.labels import label
from pitstop_desktop.models.palette import error_colour, text_style
from pitstop_desktop.services import intake
from pitstop_desktop.services.consulting_records import CallRouting, ContactPersonRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.consulting import actions
from pitstop_desktop.views.consulting.client_choice import ClientChoiceDialog
from pitstop_desktop.views.workspace import Workspace

START, WAIT, EMAIL = "start", "wait", "email"


@dataclass(frozen=True)
class ContactForm:
    choice: str  # START, WAIT (Skype "um momento") or EMAIL
    channel: str
    client: str
    contact_person: str | None
    protocol: int | None
    subject: str


@dataclass(frozen=True)
class TaskForm:
    type: str
    title: str
    protocol: int | None
    owner: str | None = None
    planned_start: datetime | None = None
    planned_end: datetime | None = None


def routing_hint(routing: CallRouting) -> str:
    """What the attendant (or consultant) is told about a call from this client (second seed 1.1.1–1.1.3)."""
    translate = QCoreApplication.translate
    if routing.action == "ura":
        return translate("ContactDialog", "%1 não é cliente da consultoria: transfira para a URA. Nenhum contato é "
                                          "registrado.").replace("%1", routing.client_name)
    if routing.action == "transfer":
        return translate("ContactDialog", "Protocolo %1 é de %2: transferir.").replace("%1", str(routing.protocol)) \
            .replace("%2", routing.consultant_name or "")
    if routing.action == "register":
        return translate("ContactDialog", "%1 não está disponível: registre para ela (protocolo %2).") \
            .replace("%1", routing.consultant_name or "").replace("%2", str(routing.protocol))
    if routing.consultant_name:
        return translate("ContactDialog", "Cliente da consultoria de %1, sem protocolo aberto: atenda.") \
            .replace("%1", routing.consultant_name)
    return translate("ContactDialog", "Cliente da consultoria: atenda.")


def _protocol(text: str) -> int | None:
    digits = text.strip()
    return int(digits) if digits.isdigit() else None


class ContactDialog(ClientChoiceDialog):
    """Start a contact (telefone or Skype; Skype may also "Pedir um momento") or reply to an e-mail."""

    routed = Signal(object)  # CallRouting (tests wait for it)
    persons_loaded = Signal()

    def __init__(self, ctx: Workspace, mode: str = START, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.choice: str | None = None
        self.routing: CallRouting | None = None
        self.index: intake.ClientIndex | None = None
        self.client: intake.ClientEntry | None = None
        self.persons: list[ContactPersonRecord] = []
        self.setWindowTitle(self.tr("Responder e-mail") if mode == EMAIL else self.tr("Iniciar contato"))
        self._build()
        db = ctx.db
        msg.submit(self, ctx.runner, lambda: intake.ClientIndex(intake.load_clients(db)), self._index_loaded,
                   self.banner.show_error)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        form = QFormLayout()
        self.channel = QComboBox(self)
        channels = (ContactChannel.EMAIL,) if self.mode == EMAIL else (ContactChannel.PHONE, ContactChannel.SKYPE)
        for code in channels:
            self.channel.addItem(label(CONTACT_CHANNEL, code).capitalize(), code.value)
        self.channel.setEnabled(self.mode != EMAIL)
        form.addRow(self.tr("&Canal"), self.channel)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("código, nome ou telefone do provedor"))
        form.addRow(self.tr("&Cliente (provedor)"), self.search)
        self.matches_model = ClientSearchModel(self)
        self.matches = QListView(self)
        self.matches.setModel(self.matches_model)
        self.matches.setModelColumn(1)
        self.matches.setMaximumHeight(110)
        form.addRow("", self.matches)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.hide()
        form.addRow("", self.hint)
        person_row = QHBoxLayout()
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.person.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("quem está falando"))
        self.add_person_button = QPushButton(self.tr("A&dicionar"), self)
        self.add_person_button.setAutoDefault(False)
        self.add_person_button.setToolTip(self.tr("Cadastra esta pessoa no cliente agora."))
        person_row.addWidget(self.person, 1)
        person_row.addWidget(self.add_person_button)
        form.addRow(self.tr("&Pessoa"), person_row)
        self.protocol = QLineEdit(self)
        self.protocol.setPlaceholderText(self.tr("número da OC"))
        form.addRow(self.tr("P&rotocolo"), self.protocol)
        self.subject = QLineEdit(self)
        form.addRow(self.tr("&Assunto"), self.subject)
        root.addLayout(form)
        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)
        self.buttons = QDialogButtonBox(self)
        if self.mode == EMAIL:
            self.ok_button = self.buttons.addButton(self.tr("Responder e abrir o e-mail"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.ok_button = self.buttons.addButton(self.tr("Iniciar contato"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.wait_button = self.buttons.addButton(self.tr("Pedir um &momento"), QDialogButtonBox.ButtonRole.ActionRole)
        self.wait_button.setToolTip(self.tr("O cliente do Skype espera até 10 minutos; depois, agende uma "
                                            "conferência."))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        root.addWidget(self.buttons)
        self.ok_button.setEnabled(False)
        self._channel_changed()

        self.search.textEdited.connect(self._search)
        self.search.returnPressed.connect(lambda: self._pick_row(0))
        self.matches.activated.connect(lambda index: self._pick_row(index.row()))
        self.matches.clicked.connect(lambda index: self._pick_row(index.row()))
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.add_person_button.clicked.connect(self._add_person)
        self.ok_button.clicked.connect(lambda: self._finish(EMAIL if self.mode == EMAIL else START))
        self.wait_button.clicked.connect(lambda: self._finish(WAIT))
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 440)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.matches_model.rowCount():
            self.matches.setFocus()
            self.matches.setCurrentIndex(self.matches_model.index(0, 1))
            return
        super().keyPressEvent(event)

    def _channel_changed(self) -> None:
        self.wait_button.setVisible(self.channel.currentData() == ContactChannel.SKYPE)
        self.wait_button.setEnabled(self.ok_button.isEnabled())

    def _index_loaded(self, index: intake.ClientIndex) -> None:
        self.index = index
        if self.search.text():
            self._search(self.search.text())

    def _set_client(self, entry: intake.ClientEntry | None) -> None:
        self.client = entry
        self.routing = None
        self.hint.hide()
        self.ok_button.setEnabled(False)
        self._channel_changed()

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
        self._channel_changed()
        if routing.protocol is not None and not self.protocol.text():
            self.protocol.setText(str(routing.protocol))
        self._fill_persons(persons)
        self.routed.emit(routing)

    def _fill_persons(self, persons: list[ContactPersonRecord]) -> None:
        typed = self.person.currentText()
        self.persons = persons
        self.person.clear()
        for p in persons:
            self.person.addItem(p.name)
        self.person.setEditText(typed)
        self.persons_loaded.emit()

    def _add_person(self) -> None:
        name = " ".join(self.person.currentText().split())
        if self.client is None or not name:
            self.banner.show_text(self.tr("Escolha o cliente e digite o nome da pessoa."), msg.MessageBanner.WARNING)
            return
        db, actor, code, at = self.ctx.db, self.ctx.user.login, self.client.code, self.ctx.clock.stamp()

        def work() -> list[ContactPersonRecord]:
            actions.add_person(db, actor, code, name, at=at)
            return actions.find_persons(db, code)

        def done(persons: list[ContactPersonRecord]) -> None:
            self._fill_persons(persons)
            self.person.setEditText(name)
            self.banner.show_text(self.tr("%1 cadastrada no cliente.").replace("%1", name))

        msg.submit(self, self.ctx.runner, work, done, self._failed)

    def _route_failed(self, error: BaseException) -> None:
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self.banner.show_error(error)

    def _finish(self, choice: str) -> None:
        if self.client is None or self.routing is None or self.routing.action == "ura":
            return
        if self.protocol.text().strip() and _protocol(self.protocol.text()) is None:
            self.banner.show_text(self.tr("O protocolo é o número da OC, só algarismos."), msg.MessageBanner.ERROR)
            self.protocol.setFocus()
            return
        self.choice = choice
        self.accept()

    def form(self) -> ContactForm:
        assert self.client is not None and self.choice is not None
        person = " ".join(self.person.currentText().split()) or None
        return ContactForm(self.choice, str(self.channel.currentData()), self.client.code, person,
                           _protocol(self.protocol.text()), self.subject.text().strip())


class TaskDialog(QDialog):
    """Start a task now (rule 1) or plan one ("Nova tarefa…": person, day, from, to)."""

    def __init__(self, ctx: Workspace, *, plan: bool, people: list[tuple[str, str]] | None = None,
                 owner: str | None = None, start: datetime | None = None, type_code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        tz = ctx.policy.calendar.tz
        self.tz: tzinfo = tz
        self.setWindowTitle(self.tr("Nova tarefa") if plan else self.tr("Iniciar tarefa"))
        root = QVBoxLayout(self)
        form = QFormLayout()
        self.type = QComboBox(self)
        for kind in TaskType:
            self.type.addItem(label(TASK_TYPE, kind.value), kind.value)
        if type_code is not None:
            self.type.setCurrentIndex(max(0, self.type.findData(type_code)))
        form.addRow(self.tr("&Tipo"), self.type)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("o que será feito"))
        form.addRow(self.tr("&Descrição"), self.title)
        self.protocol = QLineEdit(self)
        self.protocol.setPlaceholderText(self.tr("número da OC (opcional)"))
        form.addRow(self.tr("P&rotocolo"), self.protocol)
        self.owner = QComboBox(self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start = QTimeEdit(self)
        self.end = QTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        if plan:
            for login, name in people or [(ctx.user.login, ctx.user.name)]:
                self.owner.addItem(name, login)
            self.owner.setCurrentIndex(max(0, self.owner.findData(owner or ctx.user.login)))
            when = (start or ctx.clock.now()).astimezone(tz)
            self.day.setDate(QDate(when.year, when.month, when.day))
            self.start.setTime(QTime(when.hour, when.minute))
            later = when + timedelta(hours=1)
            self.end.setTime(QTime(later.hour, later.minute))
            form.addRow(self.tr("&Pessoa"), self.owner)
            form.addRow(self.tr("D&ia"), self.day)
            times = QHBoxLayout()
            times.addWidget(self.start)
            times.addWidget(QLabel(self.tr("até"), self))
            times.addWidget(self.end)
            times.addStretch(1)
            from_label = QLabel(self.tr("&Das"), self)
            from_label.setBuddy(self.start)  # a row label of a layout has no buddy of its own: Alt+D reaches it
            form.addRow(from_label, times)
        root.addLayout(form)
        self.error = msg.error_label(self)
        root.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Agendar") if plan else self.tr("Iniciar agora"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        self.resize(460, 0)

    def _check(self) -> None:
        if self.protocol.text().strip() and _protocol(self.protocol.text()) is None:
            self.error.setText(self.tr("O protocolo é o número da OC, só algarismos."))
            self.error.show()
            return
        if self.plan:
            start, end = self._times()
            if end <= start:
                self.error.setText(self.tr("O fim vem depois do início."))
                self.error.show()
                return
        self.accept()

    def _times(self) -> tuple[datetime, datetime]:
        day = self.day.date().toPython()
        assert isinstance(day, date)

        def at(edit: QTimeEdit) -> datetime:
            moment = edit.time()
            return datetime.combine(day, time(moment.hour(), moment.minute()), tzinfo=self.tz)

        return at(self.start), at(self.end)

    def form(self) -> TaskForm:
        protocol = _protocol(self.protocol.text())
        if not self.plan:
            return TaskForm(str(self.type.currentData()), self.title.text().strip(), protocol)
        start, end = self._times()
        return TaskForm(str(self.type.currentData()), self.title.text().strip(), protocol,
                        str(self.owner.currentData()), start, end)


class ConferenceDialog(QDialog):
    """The Skype client waited ten minutes without an answer: schedule a conference (AT-Realizar Conferência)."""

    def __init__(self, ctx: Workspace, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tz = ctx.policy.calendar.tz
        self.tz: tzinfo = tz
        self.setWindowTitle(self.tr("Agendar conferência"))
        root = QVBoxLayout(self)
        text = QLabel(self.tr("%1 esperou 10 minutos sem resposta pelo Skype. Agende uma conferência "
                              "(AT-Realizar Conferência).").replace("%1", client_name), self)
        text.setWordWrap(True)
        root.addWidget(text)
        form = QFormLayout()
        now = ctx.clock.now().astimezone(tz)
        first = (now + timedelta(minutes=30 - now.minute % 30)).replace(second=0, microsecond=0)
        self.day = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start = QTimeEdit(QTime(first.hour, first.minute), self)
        later = first + timedelta(minutes=30)
        self.end = QTimeEdit(QTime(later.hour, later.minute), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("D&ia"), self.day)
        form.addRow(self.tr("&Das"), self.start)
        form.addRow(self.tr("&Até"), self.end)
        root.addLayout(form)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Agendar conferência"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Agora não"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)

    def span(self) -> tuple[datetime, datetime]:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        start, end = self.start.time(), self.end.time()
        return (datetime.combine(day, time(start.hour(), start.minute()), tzinfo=self.tz),
                datetime.combine(day, time(end.hour(), end.minute()), tzinfo=self.tz))


__all__ = ["EMAIL", "START", "WAIT", "ConferenceDialog", "ContactDialog", "ContactForm", "TaskDialog", "TaskForm",
           "routing_hint"]
