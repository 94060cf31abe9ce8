"""Sign-in, off the GUI thread: on SQLite the argon2id hash in the database; on the office server with roles,
connecting as the person's own login (services/accounts.py). Afterwards the window works in ``signed.db``.

Three helps around the login and password:

- "Lembrar neste computador" keeps the password in the operating system's credential store
  (services/credentials.py); the next time the window opens with the last login and that password filled in and
  the focus on "Entrar" — it never signs in by itself. Only the last login, never a password, is kept in QSettings.
- "Entrar com a conta do Windows", where the seat enables it (``accounts.windows_sign_in_enabled``): the office
  server takes the account signed in to this computer (SSPI/Kerberos), no password typed.
- On a demo database the window says so and offers the demo's people (all with the password ``pitstop``).

Everything that asks the database or the credential store runs on the worker; the window fills in as answers come.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.services import accounts, credentials
from pitstop_desktop.services.records import StaffRecord
from pitstop_desktop.services.settings import DEMO_PASSWORD
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.messages import error_text
from pitstop_desktop.views.tasks import TaskRunner

SETTINGS_ORG, SETTINGS_APP = "PitStop", "PitStopDesktop"
LAST_LOGIN, LAST_DATABASE = "sign_in/last_login", "sign_in/last_database"


class SignInDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None, *,
                 windows_sign_in: bool | None = None) -> None:
        """``windows_sign_in``: the seat's setting for "Entrar com a conta do Windows" (None: the environment's,
        see ``accounts.windows_sign_in_enabled``)."""
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.signed: accounts.SignedIn | None = None
        self.identity = credentials.database_identity(db)
        self.recalled: tuple[str, str] | None = None  # (login, password) filled in from the credential store
        self.setWindowTitle(self.tr("Pit Stop — entrar"))
        title = QLabel(self.tr("<h2>Pit Stop | Agenda</h2>Entre com seu login e senha."), self)
        self.demo = self._demo_box()
        self.login = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Lembrar neste computador"), self)
        self.remember.setEnabled(False)  # until the credential store answers
        self.error = msg.error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Senha"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.enter = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.enter.setText(self.tr("Entrar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.windows = QPushButton(self.tr("Entrar com a conta do Windows"), self)
        self.windows.setToolTip(self.tr("O servidor do escritório reconhece a conta com que você entrou neste "
                                        "computador; não é preciso digitar a senha."))
        self.windows.setAutoDefault(False)
        self.windows.setVisible(db.is_postgres and accounts.windows_sign_in_enabled(windows_sign_in))
        self.windows.clicked.connect(self._try_windows)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        self.login.textEdited.connect(self._login_edited)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.demo)
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()  # the Windows path apart from Entrar/Cancelar, on the side where a dialog starts
        row.addWidget(self.windows)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.setMinimumWidth(400)
        last = self._last_login()
        self.login.setText(last)
        (self.password if last else self.login).setFocus(Qt.FocusReason.OtherFocusReason)
        identity = self.identity
        msg.submit(self, runner, lambda: accounts.demo_people(db), self._show_demo, lambda _e: None)
        msg.submit(self, runner, lambda: credentials.recall(identity, last), self._recalled, lambda _e: None)

    # ----------------------------------------------------------------------------------------------------------
    # The helps: the demo's people, the remembered password

    def _demo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Banco de demonstração"), self)
        self.demo_note = QLabel(self.tr("Este é o banco de demonstração: escolha quem você quer ser. A senha de "
                                        "todas as pessoas é %1.").replace("%1", f"<b>{DEMO_PASSWORD}</b>"), box)
        self.demo_note.setWordWrap(True)
        self.demo_people = QComboBox(box)
        self.demo_people.setPlaceholderText(self.tr("escolha uma pessoa…"))
        self.demo_people.activated.connect(self._demo_person_chosen)
        person = QLabel(self.tr("&Pessoa"), box)
        person.setBuddy(self.demo_people)
        form = QFormLayout(box)
        form.addRow(self.demo_note)
        form.addRow(person, self.demo_people)
        title = box.font()  # the title says it in bold; what is inside reads as the rest of the window
        title.setBold(True)
        box.setFont(title)
        plain = QFont(title)
        plain.setBold(False)
        for child in (self.demo_note, self.demo_people, person):
            child.setFont(plain)
        box.hide()
        return box

    def _show_demo(self, people: tuple[StaffRecord, ...] | None) -> None:
        if not people:
            return
        for person in people:
            text = self.tr("%1 — %2 (%3)").replace("%1", person.name).replace(
                "%2", msg.label(msg.ROLE, person.role)).replace("%3", person.login)
            self.demo_people.addItem(text, person.login)
        self.demo_people.setCurrentIndex(-1)
        self.password.setPlaceholderText(self.tr("senha: %1").replace("%1", DEMO_PASSWORD))
        self.demo.show()
        if not self.login.text():
            self.demo_people.setFocus(Qt.FocusReason.OtherFocusReason)

    def _demo_person_chosen(self, index: int) -> None:
        login = self.demo_people.itemData(index)
        if isinstance(login, str):
            self.login.setText(login)
            self._login_edited(login)
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _recalled(self, found: credentials.Recalled) -> None:
        if not found.available:
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.remember.setToolTip(self.tr(
                "Este computador não tem um cofre de senhas disponível (Gerenciador de Credenciais do Windows, "
                "Secret Service ou KWallet): a senha não pode ser lembrada aqui."))
            return
        self.remember.setEnabled(True)
        self.remember.setToolTip(self.tr("Guarda a senha no cofre de senhas do sistema (no Windows, o Gerenciador de "
                                         "Credenciais), nunca num arquivo. Desmarque ao entrar para esquecê-la."))
        login = self.login.text().strip()
        if found.password is None or not login or self.password.text():
            return  # nothing kept, or the person already typed
        self.recalled = (login, found.password)
        self.password.setText(found.password)
        self.remember.setChecked(True)
        self.enter.setFocus(Qt.FocusReason.OtherFocusReason)

    def _login_edited(self, text: str) -> None:
        """Another login than the one whose password was filled in: that password is not theirs."""
        if self.recalled is not None and text.strip() != self.recalled[0]:
            if self.password.text() == self.recalled[1]:
                self.password.clear()
            self.remember.setChecked(False)
            self.recalled = None

    def _last_login(self) -> str:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        if self.identity is None or settings.value(LAST_DATABASE) != self.identity:
            return ""
        return str(settings.value(LAST_LOGIN, "") or "")

    def _keep_last_login(self, login: str) -> None:
        if self.identity is not None:
            settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
            settings.setValue(LAST_DATABASE, self.identity)
            settings.setValue(LAST_LOGIN, login)

    # ----------------------------------------------------------------------------------------------------------
    # Signing in

    def _try(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self._show_error(self.tr("Informe login e senha."))
            return
        remember = self.remember.isEnabled() and self.remember.isChecked()
        recalled = self.recalled[1] if self.recalled is not None and self.recalled[0] == login else None
        db = self.db
        self._busy(True)
        msg.submit(self, self.runner,
                   lambda: credentials.sign_in_remembering(db, login, password, remember=remember, recalled=recalled),
                   self._signed_in, self._failed)

    def _try_windows(self) -> None:
        db, login = self.db, self.login.text().strip()
        self._busy(True)
        msg.submit(self, self.runner, lambda: accounts.sign_in_with_windows(db, login, enabled=True),
                   self._signed_in, self._failed)

    @property
    def user(self) -> StaffRecord | None:
        return self.signed.user if self.signed is not None else None

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.windows.setEnabled(not busy)
        if busy:
            self.error.hide()

    def _signed_in(self, signed: accounts.SignedIn) -> None:
        self.signed = signed
        self._keep_last_login(signed.user.login)
        self._busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, PitstopError) and error.code == "permission.bad_credentials":
            self.recalled = None  # the one kept, if it was that one, was dropped (changed elsewhere)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, PitstopError):
            self._show_error(error_text(error))
        else:
            self._show_error(self.tr("Não foi possível falar com o banco: {0}").format(error))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
