"""Sign-in, off the GUI thread: on SQLite the argon2id hash in the database; on the office server with roles,
connecting as the person's own login (services/accounts.py). Afterwards the window works in ``signed.db``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.services import accounts
from pitstop_desktop.services.records import StaffRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.messages import error_text
from pitstop_desktop.views.tasks import TaskRunner


class SignInDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.signed: accounts.SignedIn | None = None
        self.setWindowTitle(self.tr("Pit Stop — entrar"))
        title = QLabel(self.tr("<h2>Pit Stop | Agenda</h2>Entre com seu login e senha."), self)
        self.login = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = msg.error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Senha"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Entrar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(360)
        self.login.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self._show_error(self.tr("Informe login e senha."))
            return
        self.buttons.setEnabled(False)
        self.runner.submit(lambda: accounts.sign_in(self.db, login, password), self._signed_in, self._failed)

    @property
    def user(self) -> StaffRecord | None:
        return self.signed.user if self.signed is not None else None

    def _signed_in(self, signed: accounts.SignedIn) -> None:
        self.signed = signed
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, PitstopError):
            self._show_error(error_text(error))
        else:
            self._show_error(self.tr("Não foi possível falar com o banco: {0}").format(error))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
