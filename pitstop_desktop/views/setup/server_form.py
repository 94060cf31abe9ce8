"""The office server's address and its connection test, shared by the first-run wizard and the settings dialog.

"Testar conexão" connects on a worker thread (the GUI never waits for a server that does not answer) as the
person's own login — or, for the administrator's first run, as the server's maintenance login — with the password
typed, which is used for the test (and the first run's set-up) and never kept; the answer is one sentence saying
what to fix (services/setup.py, db/server_check.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.db.server_check import MIN_SERVER_VERSION, CheckKind, ServerAddress, ServerCheck
from pitstop_desktop.services import setup
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.messages import MessageBanner
from pitstop_desktop.views.tasks import TaskRunner


class ServerForm(QWidget):
    """Host, port and database; a login and password to test with; the answer. ``acceptable`` is True when the
    last test, of exactly what the fields hold now, found a database this seat may use (or, with ``setup``, an
    empty one the administrator's login may set up)."""

    checked = Signal(object)  # the ServerCheck of the fields as they were when tested
    acceptable_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *, setup_allowed: bool = True) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setup_allowed = setup_allowed
        self.last_check: ServerCheck | None = None
        self._generation = 0  # every edit starts a new one: a test's answer counts only for the fields it tested
        self._tested_generation = -1
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("ex.: servidor-pitstop ou 10.0.0.5"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setGroupSeparatorShown(False)
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("655350") + 40)
        self.database = QLineEdit("pitstop", self)
        self.login = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.maintenance = QCheckBox(self.tr("Sou o administrador: entro com o login de manutenção do servidor, "
                                             "para preparar um banco novo"), self)
        self.maintenance.setVisible(setup_allowed)
        self.test_button = QPushButton(self.tr("&Testar conexão"), self)
        self.test_button.setAutoDefault(True)
        self.result = MessageBanner(self)

        note = QLabel(self.tr("Para testar, entre com o seu login e senha do Pit Stop. A senha serve só para o teste: "
                              "ela não fica gravada neste computador."), self)
        note.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addStretch(1)
        test_row.addWidget(self.test_button)
        form = QFormLayout()
        form.addRow(self.tr("Se&rvidor"), self.host)
        form.addRow(self.tr("&Porta"), self.port)
        form.addRow(self.tr("Ba&nco"), self.database)
        form.addItem(QSpacerItem(0, 8))
        form.addRow(note)
        form.addRow(self.tr("&Login"), self.login)
        form.addRow(self.tr("Sen&ha"), self.password)
        form.addRow(self.maintenance)
        form.addRow(test_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.result)

        self.test_button.clicked.connect(self.test)
        self.password.returnPressed.connect(self.test)
        for line in (self.host, self.database, self.login, self.password):
            line.textEdited.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self.maintenance.toggled.connect(self._edited)

    # --- the fields -------------------------------------------------------------------------------------------

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.port.value(), self.database.text().strip())

    def set_address(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self._edited()

    def login_text(self) -> str:
        return self.login.text().strip()

    def password_text(self) -> str:
        """For the administrator's first run, right after the test; never written anywhere."""
        return self.password.text()

    def is_maintenance(self) -> bool:
        return self.setup_allowed and self.maintenance.isChecked()

    # --- the test ---------------------------------------------------------------------------------------------

    def test(self) -> None:
        address, login, password = self.address(), self.login_text(), self.password.text()
        if not address.host:
            self._show(self.tr("Informe o nome ou o endereço do servidor."), MessageBanner.ERROR)
            self.host.setFocus()
            return
        if not address.database:
            self._show(self.tr("Informe o nome do banco."), MessageBanner.ERROR)
            self.database.setFocus()
            return
        if not login:
            self._show(self.tr("Informe o seu login para testar."), MessageBanner.ERROR)
            self.login.setFocus()
            return
        maintenance, generation = self.is_maintenance(), self._generation
        self.test_button.setEnabled(False)
        self.test_button.setText(self.tr("Testando…"))
        self._show(self.tr("Conectando a %1…").replace("%1", str(address)), MessageBanner.INFO)
        msg.submit(self, self.runner,
                   lambda: setup.check_office_server(address, login, password, maintenance=maintenance),
                   lambda check: self._tested(check, generation), self._failed)

    @property
    def testing(self) -> bool:
        return not self.test_button.isEnabled()

    def acceptable(self) -> bool:
        check = self.last_check
        if check is None or self._tested_generation != self._generation:
            return False
        return check.kind is CheckKind.OK or (check.kind is CheckKind.EMPTY and self.needs_set_up())

    def needs_set_up(self) -> bool:
        """The last test found an empty database that this (maintenance) login may set up."""
        check = self.last_check
        return (check is not None and check.kind is CheckKind.EMPTY and check.can_set_up and self.is_maintenance()
                and self._tested_generation == self._generation)

    def _tested(self, check: ServerCheck, generation: int) -> None:
        self._done_testing()
        if generation != self._generation:  # the fields changed while it ran: test again
            self.result.clear()
            return
        self.last_check, self._tested_generation = check, generation
        text, kind = self.describe(check)
        self._show(text, kind)
        self.checked.emit(check)
        self.acceptable_changed.emit(self.acceptable())

    def _failed(self, error: BaseException) -> None:
        self._done_testing()
        self._show(msg.error_text(error), MessageBanner.ERROR)

    def _done_testing(self) -> None:
        self.test_button.setEnabled(True)
        self.test_button.setText(self.tr("&Testar conexão"))

    def _edited(self) -> None:
        was = self.acceptable()
        self._generation += 1
        if self.last_check is not None or self.result.kind() == MessageBanner.ERROR:
            self.result.clear()
        if was:
            self.acceptable_changed.emit(False)

    def _show(self, text: str, kind: str) -> None:
        self.result.show_text(text, kind)

    def describe(self, check: ServerCheck) -> tuple[str, str]:
        """The answer in one or two sentences, and the banner's kind (info, warning or error)."""
        address = self.address()
        database, server, port = address.database, address.host, str(address.port)
        kind = check.kind
        if kind is CheckKind.OK:
            return (self.tr("Conexão certa: %1 é um banco do Pit Stop (PostgreSQL %2).")
                    .replace("%1", str(address)).replace("%2", check.server_version), MessageBanner.INFO)
        if kind is CheckKind.EMPTY:
            if not self.is_maintenance():
                return (self.tr("O banco %1 está vazio: o administrador precisa prepará-lo antes (marque «Sou o "
                                "administrador» e entre com o login de manutenção do servidor).")
                        .replace("%1", database), MessageBanner.WARNING)
            if not check.can_set_up:
                return (self.tr("O banco %1 está vazio, mas o login %2 não pode criar os papéis do Pit Stop: entre "
                                "com o login de manutenção do servidor (superusuário, ou dono do banco com "
                                "CREATEROLE).").replace("%1", database).replace("%2", self.login_text()),
                        MessageBanner.ERROR)
            return (self.tr("O banco %1 está vazio e este login pode prepará-lo: na próxima página, crie o primeiro "
                            "administrador do Pit Stop.").replace("%1", database), MessageBanner.INFO)
        if kind is CheckKind.UNREACHABLE:
            return (self.tr("Não foi possível falar com o servidor %1 na porta %2: confira o nome e a porta, se o "
                            "servidor está ligado e se a rede (ou o firewall) deixa passar. Detalhe: %3")
                    .replace("%1", server).replace("%2", port).replace("%3", check.detail), MessageBanner.ERROR)
        if kind is CheckKind.BAD_PASSWORD:
            return (self.tr("O servidor recusou o login ou a senha: confira os dois."), MessageBanner.ERROR)
        if kind is CheckKind.NOT_ALLOWED:
            return (self.tr("O servidor não deixa este login entrar a partir deste computador: peça ao "
                            "administrador do servidor que o libere (pg_hba.conf). Detalhe: %1")
                    .replace("%1", check.detail), MessageBanner.ERROR)
        if kind is CheckKind.NO_DATABASE:
            return (self.tr("O servidor respondeu, mas não tem um banco chamado %1: confira o nome do banco.")
                    .replace("%1", database), MessageBanner.ERROR)
        if kind is CheckKind.TOO_OLD:
            return (self.tr("O servidor é um PostgreSQL %1; o Pit Stop precisa do PostgreSQL %2 ou mais novo.")
                    .replace("%1", check.server_version).replace("%2", str(MIN_SERVER_VERSION)), MessageBanner.ERROR)
        if kind is CheckKind.NOT_PITSTOP:
            return (self.tr("O banco %1 tem tabelas de outro programa: não é um banco do Pit Stop. Escolha outro "
                            "banco, ou peça um banco novo e vazio.").replace("%1", database), MessageBanner.ERROR)
        if kind is CheckKind.OLDER_SCHEMA:
            return (self.tr("O banco %1 é de uma versão anterior do Pit Stop: um administrador precisa atualizá-lo "
                            "(pitstop db upgrade) antes.").replace("%1", database), MessageBanner.ERROR)
        if kind is CheckKind.NEWER_SCHEMA:
            if check.needs:
                return (self.tr("O banco %1 foi atualizado por um Pit Stop mais novo: instale o Pit Stop %2 ou mais "
                                "novo.").replace("%1", database).replace("%2", check.needs), MessageBanner.ERROR)
            return (self.tr("O banco %1 foi atualizado por um Pit Stop mais novo: instale a versão mais recente do "
                            "Pit Stop.").replace("%1", database), MessageBanner.ERROR)
        return (self.tr("O servidor recusou a conexão: %1").replace("%1", check.detail), MessageBanner.ERROR)
