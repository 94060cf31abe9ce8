"""Correcting someone's presence (R4), management only: a forgotten logout, a login nobody recorded, a lunch
taken without the button. The supervisor picks the person, the event and the time it happened today, and says why;
``services.presence.correct`` records it dated then, keeps who corrected it, when and why, and audits it
(``corrected``). The day must stay in order and the moment must be past: a refusal shows beside its field.

Opened from the console: Arquivo → Corrigir presença…, and the timeline's context menu on a person's row (with the
person already chosen).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.codes import PresenceKind
from pitstop_desktop.domain.errors import Field, PitstopError
from pitstop_desktop.domain.vocabulary import PRESENCE_EVENT
from pitstop_desktop.services import people, presence
from pitstop_desktop.services.records import PresenceRecord, StaffRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.workspace import Workspace


class PresenceCorrectionDialog(QDialog):
    """Person, event, time today and reason; "Corrigir" records it. ``corrected`` carries the recorded event."""

    corrected = Signal(object)  # PresenceRecord
    loaded = Signal()

    def __init__(self, ctx: Workspace, login: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._wanted = login
        self._busy = False
        self.result_record: PresenceRecord | None = None
        tz = ctx.policy.calendar.tz
        self.today = ctx.clock.now().astimezone(tz).date()
        self.setWindowTitle(self.tr("Corrigir presença"))
        self._build()
        self.reload()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        hint = QLabel(self.tr("Registra um evento de presença que aconteceu hoje (%1) e não foi marcado, com o "
                              "motivo. Fica no registro de auditoria com o seu nome.")
                      .replace("%1", f"{self.today:%d/%m/%Y}"), self)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        root.addWidget(hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.person = QComboBox(self)
        self.person.setMinimumContentsLength(24)
        self.kind = QComboBox(self)
        for kind in PresenceKind:
            self.kind.addItem(msg.label(PRESENCE_EVENT, kind.value), kind.value)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        now = self.ctx.clock.now().astimezone(self.ctx.policy.calendar.tz)
        self.time.setTime(QTime(now.hour, now.minute))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("obrigatório: por que a presença é corrigida"))
        self.errors: dict[Field, msg.FieldError] = {}
        self.inputs: dict[Field, QWidget] = {}
        for caption, widget, field in ((self.tr("&Pessoa:"), self.person, Field.LOGIN),
                                       (self.tr("&Evento:"), self.kind, Field.KIND),
                                       (self.tr("&Hora (hoje):"), self.time, Field.TIME),
                                       (self.tr("&Motivo:"), self.reason, Field.REASON)):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            error = msg.FieldError(self)
            column.addWidget(error)
            label = QLabel(caption, self)  # a row of a layout gets no buddy by itself: the Alt key needs one
            label.setBuddy(widget)
            form.addRow(label, column)
            self.errors[field] = error
            self.inputs[field] = widget
        root.addLayout(form)
        self.person.currentIndexChanged.connect(lambda _i: self.errors[Field.LOGIN].clear())
        self.kind.currentIndexChanged.connect(lambda _i: self.errors[Field.TIME].clear())
        self.time.timeChanged.connect(lambda _t: self.errors[Field.TIME].clear())
        self.reason.textEdited.connect(lambda _t: self.errors[Field.REASON].clear())
        self.reason.returnPressed.connect(self.confirm)

        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)
        root.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.confirm_button = QPushButton(self.tr("&Corrigir"), self)
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        root.addLayout(buttons)
        self.setMinimumWidth(460)

    def reload(self) -> None:
        """The people to choose from (active staff, by name), read on the runner."""
        self._set_busy(True)
        msg.submit(self, self.ctx.runner, partial(people.list_staff, self.ctx.db), self._loaded, self._failed_load)

    def _loaded(self, staff: list[StaffRecord]) -> None:
        self.person.clear()
        for s in sorted(staff, key=lambda s: s.name):
            self.person.addItem(f"{s.name} ({s.login})", s.login)
        index = self.person.findData(self._wanted) if self._wanted else -1
        self.person.setCurrentIndex(max(index, 0))
        self._set_busy(False)
        (self.kind if self._wanted else self.person).setFocus()
        self.loaded.emit()

    def _failed_load(self, error: BaseException) -> None:
        self._set_busy(False)
        self.banner.show_error(error)
        self.loaded.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.confirm_button.setEnabled(not busy)

    def choose(self, login: str) -> bool:
        """Choose the person by login (True when listed)."""
        index = self.person.findData(login)
        if index >= 0:
            self.person.setCurrentIndex(index)
        return index >= 0

    def moment(self) -> datetime:
        """Today at the time typed, in the business calendar's zone."""
        t = self.time.time()
        return datetime(self.today.year, self.today.month, self.today.day, t.hour(), t.minute(),
                        tzinfo=self.ctx.policy.calendar.tz)

    def confirm(self) -> None:
        if self._busy:
            return
        login = self.person.currentData()
        self._clear_errors()
        if not login:
            self.errors[Field.LOGIN].show_text(self.tr("Escolha a pessoa."))
            self.person.setFocus()
            return
        work = partial(presence.correct, self.ctx.db, actor=self.ctx.user.login, login=login,
                       kind=self.kind.currentData(), when=self.moment(), reason=self.reason.text(),
                       at=self.ctx.clock.stamp())
        self._set_busy(True)
        msg.submit(self, self.ctx.runner, work, self._done, self._refused)

    def _clear_errors(self) -> None:
        self.banner.clear()
        for error in self.errors.values():
            error.clear()

    def _done(self, record: PresenceRecord) -> None:
        self._set_busy(False)
        self.result_record = record
        self.corrected.emit(record)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        """The refusal beside the field it is about (person, event, time, reason), else in the banner."""
        self._set_busy(False)
        field = error.field if isinstance(error, PitstopError) else None
        if field in self.errors:
            assert field is not None
            self.errors[field].show_text(msg.error_text(error))
            self.inputs[field].setFocus()
        else:
            self.banner.show_error(error)

    def field_error_text(self, field: Field) -> str:
        """The refusal shown beside ``field`` ("" when none)."""
        return self.errors[field].text()


__all__ = ["PresenceCorrectionDialog"]
