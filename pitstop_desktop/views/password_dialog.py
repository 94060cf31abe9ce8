"""Change my own password, from any window: typed twice, checked off the GUI thread (services/accounts.py). On the
office server the server keeps it (its SCRAM verifier); on SQLite the argon2id hash in the file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.services import accounts
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.workspace import Workspace


class PasswordDialog(QDialog):
    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setWindowTitle(self.tr("Trocar minha senha"))
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for field in (self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = msg.error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Nova senha"), self.new)
        form.addRow(self.tr("&Repita a nova senha"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Trocar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Senha de %1 (%2)").replace("%1", ctx.user.name)
                                .replace("%2", ctx.user.login), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(360)

    def _try(self) -> None:
        password = self.new.text()
        if password != self.again.text():
            self._show_error(self.tr("As duas senhas não conferem."))
            self.again.clear()
            self.again.setFocus()
            return
        self.buttons.setEnabled(False)
        db, login = self.ctx.db, self.ctx.user.login
        msg.submit(self, self.ctx.runner,
                   lambda: accounts.change_password(db, actor=login, login=login, password=password),
                   self._done, self._failed)

    def _done(self, _: object) -> None:
        self.changed = True
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.new.clear()
        self.again.clear()
        self.new.setFocus()
        self._show_error(msg.error_text(error) if isinstance(error, PitstopError) else str(error))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
