"""The start/stop control always at hand (team rules 1 and 2): what the signed-in person is running now, for how
long, and a Stop button that ends it at that very moment; "Iniciar contato", "Iniciar tarefa" and "Responder
e-mail" beside it; and each Skype client asked to wait ("um momento") with its ten minutes counting down.

The bar only shows and asks: the window does the work (``stop_requested`` …). Times come from the window's clock
at each :meth:`tick` (a fixed clock in tests), never from the database.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pitstop_desktop.domain.consulting import skype_wait_left
from pitstop_desktop.domain.vocabulary import CONTACT_CHANNEL, TASK_TYPE
from pitstop_desktop.models.labels import label
from pitstop_desktop.models.palette import error_colour, text_style, warning_colour
from pitstop_desktop.services.consulting_records import ContactRecord, TaskRecord


def clock_text(delta: timedelta) -> str:
    """``00:12:34``: a running contact's time, to the second (rule 2: exactly when it ends)."""
    seconds = max(0, int(delta.total_seconds()))
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def wait_text(left: timedelta) -> str:
    """``07:12`` left of a Skype wait; ``-01:30`` once it ran out."""
    seconds = int(left.total_seconds())
    sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


class WaitingRow(QWidget):
    """One Skype client waiting: who, the countdown, "Atender" and "Agendar conferência…"."""

    attend_requested = Signal(object)  # ContactRecord
    conference_requested = Signal(object)

    def __init__(self, contact: ContactRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        who = contact.client_name + (f" · {contact.contact_person}" if contact.contact_person else "")
        self.text = QLabel(self.tr("Skype · %1 pediu um momento").replace("%1", who), self)
        self.countdown = QLabel(self)
        font = self.countdown.font()
        font.setBold(True)
        self.countdown.setFont(font)
        self.attend_button = QPushButton(self.tr("Atender"), self)
        self.conference_button = QPushButton(self.tr("Agendar conferência…"), self)
        for widget in (self.text, self.countdown):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.attend_button)
        layout.addWidget(self.conference_button)
        self.attend_button.clicked.connect(lambda: self.attend_requested.emit(self.contact))
        self.conference_button.clicked.connect(lambda: self.conference_requested.emit(self.contact))

    def left(self, now: datetime) -> timedelta:
        assert self.contact.wait_started_at is not None
        return skype_wait_left(self.contact.wait_started_at, now)

    def tick(self, now: datetime) -> None:
        left = self.left(now)
        if left > timedelta(0):
            self.countdown.setText(self.tr("resta %1").replace("%1", wait_text(left)))
            self.countdown.setStyleSheet(text_style(warning_colour()) if left < timedelta(minutes=3) else "")
        else:
            self.countdown.setText(self.tr("10 minutos se passaram (%1)").replace("%1", wait_text(left)))
            self.countdown.setStyleSheet(text_style(error_colour()))


class RunningBar(QFrame):
    """See the module docstring."""

    stop_requested = Signal(str, int)  # "task" or "contact", id
    start_contact_requested = Signal()
    start_task_requested = Signal()
    reply_email_requested = Signal()
    attend_requested = Signal(object)  # a waiting ContactRecord
    conference_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.contact: ContactRecord | None = None
        self.task: TaskRecord | None = None
        self.waiting: list[WaitingRow] = []
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        root.setSpacing(4)
        line = QHBoxLayout()
        self.what = QLabel(self)
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        self.what.setTextInteractionFlags(self.what.textInteractionFlags())
        self.what.setWordWrap(True)  # a long client name and title wrap: the window still fits 1366 pixels
        self.elapsed = QLabel(self)
        big = self.elapsed.font()
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.elapsed.setFont(big)
        self.stop_button = QPushButton(self.tr("■ &Parar"), self)
        self.stop_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.stop_button.setToolTip(self.tr("Encerra agora: o horário é este momento (Ctrl+Shift+P)."))
        self.contact_button = QPushButton(self.tr("Iniciar &contato…"), self)
        self.contact_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.contact_button.setToolTip(self.tr("O cliente ligou ou chamou no Skype agora (Ctrl+Shift+C)."))
        self.task_button = QPushButton(self.tr("Iniciar &tarefa…"), self)
        self.task_button.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.task_button.setToolTip(self.tr("Começa agora uma tarefa: teste, análise, documentação… (Ctrl+Shift+T)."))
        self.email_button = QPushButton(self.tr("Responder &e-mail…"), self)
        self.email_button.setToolTip(self.tr("Registra o contato e abre o e-mail com a Consultoria em cópia e o "
                                             "protocolo no assunto."))
        line.addWidget(self.what, 1)
        line.addWidget(self.elapsed)
        line.addWidget(self.stop_button)
        line.addSpacing(16)
        for button in (self.contact_button, self.task_button, self.email_button):
            button.setAutoDefault(False)
            line.addWidget(button)
        root.addLayout(line)
        self.waiting_box = QVBoxLayout()
        self.waiting_box.setContentsMargins(0, 0, 0, 0)
        root.addLayout(self.waiting_box)
        self.stop_button.clicked.connect(self._stop)
        self.contact_button.clicked.connect(self.start_contact_requested)
        self.task_button.clicked.connect(self.start_task_requested)
        self.email_button.clicked.connect(self.reply_email_requested)
        self.show_running(None, None, (), None)

    def show_running(self, contact: ContactRecord | None, task: TaskRecord | None,
                     waiting: tuple[ContactRecord, ...], now: datetime | None) -> None:
        self.contact, self.task = contact, task
        if contact is not None:
            parts = [self.tr("Contato por %1").replace("%1", label(CONTACT_CHANNEL, contact.channel)),
                     f"{contact.client} {contact.client_name}"]
            if contact.contact_person:
                parts.append(contact.contact_person)
            if contact.protocol is not None:
                parts.append(self.tr("protocolo %1").replace("%1", str(contact.protocol)))
            text = "● " + " · ".join(parts)
            if task is not None:
                text += "  " + self.tr("(e a tarefa %1)").replace("%1", label(TASK_TYPE, task.type))
        elif task is not None:
            parts = [self.tr("Tarefa %1").replace("%1", label(TASK_TYPE, task.type))]
            if task.title:
                parts.append(task.title)
            if task.protocol is not None:
                parts.append(self.tr("protocolo %1").replace("%1", str(task.protocol)))
            text = "● " + " · ".join(parts)
        else:
            text = self.tr("Nada em andamento. Inicie o contato quando o cliente chamar, e a tarefa quando começar.")
        self.what.setText(text)
        self.what.setStyleSheet("" if contact is None and task is None else text_style(error_colour()))
        self.stop_button.setEnabled(contact is not None or task is not None)
        self.stop_button.setVisible(contact is not None or task is not None)
        self.elapsed.setVisible(contact is not None or task is not None)
        known = {row.contact.id: row for row in self.waiting}
        wanted = [c.id for c in waiting]
        if [row.contact.id for row in self.waiting] != wanted or any(
                known[c.id].contact != c for c in waiting if c.id in known):
            for row in self.waiting:
                self.waiting_box.removeWidget(row)
                row.deleteLater()
            self.waiting = []
            for c in waiting:
                row = WaitingRow(c, self)
                row.attend_requested.connect(self.attend_requested)
                row.conference_requested.connect(self.conference_requested)
                self.waiting_box.addWidget(row)
                self.waiting.append(row)
        if now is not None:
            self.tick(now)

    def tick(self, now: datetime) -> None:
        started = self.contact.started_at if self.contact is not None else \
            (self.task.started_at if self.task is not None else None)
        self.elapsed.setText(clock_text(now - started) if started is not None else "")
        for row in self.waiting:
            row.tick(now)

    def _stop(self) -> None:
        if self.contact is not None:  # a contact first: the call is what ends at this moment
            self.stop_requested.emit("contact", self.contact.id)
        elif self.task is not None:
            self.stop_requested.emit("task", self.task.id)
