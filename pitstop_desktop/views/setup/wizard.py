"""The first-run wizard: where this seat's data lives, set up once, written to the seat's settings file.

``pitstop`` (and the intake and agenda windows) show it when this computer has no settings file, no ``--db`` or
``PITSTOP_DATABASE_URL``, and no SQLite file of an earlier version. Two paths:

- **Só este computador**: the SQLite file in the user data folder, with the demo day (the default) or with a first
  administrator of one's own;
- **O servidor do escritório**: host, port and database, and "Testar conexão" with the person's own login. An
  administrator's first run on an empty database (the server's maintenance login) migrates it, sets up the roles
  and creates the first Pit Stop administrator; everyone else just saves the settings and signs in.

Every database step runs on a worker thread; the settings file is written at the end, when the step succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pitstop_desktop import config
from pitstop_desktop.db import Database, default_database_url
from pitstop_desktop.db.engine import default_database_path
from pitstop_desktop.domain.errors import BadValue, Field, PitstopError
from pitstop_desktop.services import setup
from pitstop_desktop.services.accounts import MIN_PASSWORD
from pitstop_desktop.services.setup import FirstAdmin
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.messages import MessageBanner
from pitstop_desktop.views.setup.server_form import ServerForm
from pitstop_desktop.views.tasks import TaskRunner

DemoLoader = Callable[[Database], object]
"""Fills a new database with the demo day (the CLI passes ``demo.loading.load_demo``: the product's windows do not
import the demo, a tool above them)."""


class Page(IntEnum):
    CHOICE = 0
    LOCAL = 1
    SERVER = 2
    ADMIN = 3
    FINISH = 4


def _explained(button: QWidget, text: str, parent: QWidget) -> QVBoxLayout:
    """A choice with a line under it saying what it means."""
    note = QLabel(text, parent)
    note.setWordWrap(True)
    note.setContentsMargins(24, 0, 0, 8)
    note.setForegroundRole(note.palette().ColorRole.PlaceholderText)
    box = QVBoxLayout()
    box.addWidget(button)
    box.addWidget(note)
    return box


class ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bem-vindo ao Pit Stop"))
        self.setSubTitle(self.tr("Onde ficam os dados da Agenda deste computador?"))
        self.local = QRadioButton(self.tr("Só &este computador"), self)
        self.server = QRadioButton(self.tr("O &servidor do escritório"), self)
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.local.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addLayout(_explained(self.local, self.tr(
            "Os dados ficam num arquivo neste computador. Bom para conhecer o Pit Stop (com um dia de demonstração) "
            "ou para quem trabalha sozinho."), self))
        layout.addLayout(_explained(self.server, self.tr(
            "Todos os computadores do escritório usam o mesmo banco PostgreSQL, e cada pessoa entra com o seu "
            "próprio login. Tenha à mão o nome do servidor e do banco (o administrador sabe)."), self))
        layout.addStretch(1)

    def nextId(self) -> int:
        return int(Page.SERVER if self.server.isChecked() else Page.LOCAL)


class LocalPage(QWizardPage):
    def __init__(self, has_demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Só este computador"))
        self.setSubTitle(self.tr("Os dados ficam no arquivo %1.").replace("%1", str(default_database_path())))
        self.demo = QCheckBox(self.tr("Começar com o &dia de demonstração"), self)
        self.demo.setChecked(has_demo)
        self.demo.setEnabled(has_demo)
        layout = QVBoxLayout(self)
        layout.addLayout(_explained(self.demo, self.tr(
            "Um dia inteiro de uma central de atendimento: a equipe, clientes, OCs em todas as situações, "
            "escalonamentos e a fila do APOIO. A senha de todas as pessoas da demonstração é «pitstop». Sem ele, "
            "você cria o primeiro administrador na próxima página."), self))
        layout.addStretch(1)

    def nextId(self) -> int:
        return int(Page.FINISH if self.demo.isChecked() else Page.ADMIN)


class ServerPage(QWizardPage):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("O servidor do escritório"))
        self.setSubTitle(self.tr("O endereço do banco PostgreSQL do escritório, e um teste com o seu login."))
        self.form = ServerForm(runner, self)
        self.form.acceptable_changed.connect(lambda _ok: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.form.host.setFocus(Qt.FocusReason.OtherFocusReason)

    def isComplete(self) -> bool:
        return self.form.acceptable()

    def nextId(self) -> int:
        return int(Page.ADMIN if self.form.needs_set_up() else Page.FINISH)


class AdminPage(QWizardPage):
    """The first administrator of a new database: who signs in first and adds everyone else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("O primeiro administrador"))
        self.setSubTitle(self.tr("Quem entra primeiro no Pit Stop e cadastra as outras pessoas."))
        self.login = QLineEdit(self)
        self.login.setPlaceholderText(self.tr("ex.: ana.souza"))
        self.name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.again = QLineEdit(self)
        for line in (self.password, self.again):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = msg.error_label(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Login"), self.login)
        form.addRow(self.tr("&Nome"), self.name)
        form.addRow(self.tr("&Senha"), self.password)
        form.addRow(self.tr("&Repita a senha"), self.again)
        form.addRow(self.error)
        hint = QLabel(self.tr("A senha precisa ter pelo menos %1 caracteres. Depois, cadastre as outras pessoas "
                              "com «pitstop staff add» (veja o README).")
                      .replace("%1", str(MIN_PASSWORD)), self)
        hint.setWordWrap(True)
        hint.setForegroundRole(hint.palette().ColorRole.PlaceholderText)
        form.addRow(hint)

    def initializePage(self) -> None:
        self.login.setFocus(Qt.FocusReason.OtherFocusReason)

    def admin(self) -> FirstAdmin:
        return FirstAdmin(self.login.text().strip(), self.name.text().strip(), self.password.text())

    def validatePage(self) -> bool:
        """What the database would refuse is refused here, in words, with the cursor in the field to fix."""
        self.error.hide()
        try:
            setup.check_first_admin(self.admin())
        except BadValue as exc:
            self._refuse(msg.error_text(exc), {Field.NAME: self.name, Field.PASSWORD: self.password}.get(
                exc.field or Field.LOGIN, self.login))
            return False
        if self.password.text() != self.again.text():
            self.again.clear()
            self._refuse(self.tr("As duas senhas não conferem."), self.again)
            return False
        return True

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()
        field.selectAll()


class FinishPage(QWizardPage):
    """Runs the set-up on the worker (a progress bar meanwhile), then writes the settings file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preparando"))
        self.setSubTitle(self.tr("Um momento: o banco está sendo preparado."))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the steps do not say how far they are
        self.progress.setTextVisible(False)
        self.banner = MessageBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self.done = False
        self.running = False

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        self.done = False
        self.banner.clear()
        wizard.start_set_up()

    def isComplete(self) -> bool:
        return self.done


class FirstRunWizard(QWizard):
    """The wizard; ``chosen`` is the settings written when it was accepted."""

    def __init__(self, load_demo: DemoLoader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load_demo = load_demo
        self.chosen: config.SeatConfig | None = None
        self.runner = TaskRunner(self)
        self._closed = False
        self.setWindowTitle(self.tr("Pit Stop — primeira execução"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Voltar"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Avançar >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Concluir"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancelar"))
        self.choice = ChoicePage(self)
        self.local = LocalPage(load_demo is not None, self)
        self.server = ServerPage(self.runner, self)
        self.admin = AdminPage(self)
        self.finish = FinishPage(self)
        for page_id, page in ((Page.CHOICE, self.choice), (Page.LOCAL, self.local), (Page.SERVER, self.server),
                              (Page.ADMIN, self.admin), (Page.FINISH, self.finish)):
            self.setPage(int(page_id), page)
        self.setStartId(int(Page.CHOICE))
        self.resize(640, 520)

    # --- the set-up ---------------------------------------------------------------------------------------------

    def on_server(self) -> bool:
        return self.choice.server.isChecked()

    def wants_demo(self) -> bool:
        return not self.on_server() and self.local.demo.isChecked() and self.load_demo is not None

    def seat_config(self) -> config.SeatConfig:
        """The settings this run writes: the database chosen; everything else as the file (if any) has it."""
        base = config.load().config
        if self.on_server():
            address = self.server.form.address()
            database = config.DatabaseSettings(kind=config.DatabaseKind.POSTGRES.value, host=address.host,
                                               port=address.port, name=address.database)
        else:
            database = config.DatabaseSettings(kind=config.DatabaseKind.SQLITE.value)
        return config.SeatConfig(language=base.language, notifications=base.notifications, database=database,
                                 wallboard=base.wallboard)

    def _work(self) -> tuple[str, Callable[[], Any]]:
        """What the finish page says while it works, and the work (run on the worker)."""
        if self.on_server():
            form = self.server.form
            if not form.needs_set_up():
                return self.tr("Gravando as configurações…"), lambda: None
            address, login, password = form.address(), form.login_text(), form.password_text()
            admin = self.admin.admin()
            return (self.tr("Preparando o banco %1: criando as tabelas, os papéis do servidor e o primeiro "
                            "administrador…").replace("%1", str(address)),
                    lambda: setup.set_up_office_server(address, login, password, admin))
        url = default_database_url()
        admin_or_none = None if self.wants_demo() else self.admin.admin()
        loader = self.load_demo if self.wants_demo() else None

        def local() -> None:
            setup.set_up_this_computer(url, admin_or_none)
            if loader is not None:
                db = Database(url)
                try:
                    loader(db)
                finally:
                    db.dispose()

        if loader is not None:
            return self.tr("Criando o banco deste computador com o dia de demonstração (leva alguns segundos)…"), local
        return self.tr("Criando o banco deste computador e o primeiro administrador…"), local

    def start_set_up(self) -> None:
        text, work = self._work()
        page = self.finish
        page.status.setText(text)
        page.progress.show()
        page.running = True
        self._lock(True)
        msg.submit(self, self.runner, work, self._set_up, self._failed)

    def _set_up(self, _result: object) -> None:
        chosen = self.seat_config()
        try:
            config.save(chosen)
        except OSError as exc:
            self._failed(exc)
            return
        self.chosen = chosen
        page = self.finish
        page.running = False
        page.progress.hide()
        page.setTitle(self.tr("Pronto"))
        page.setSubTitle(self.tr("Este computador está configurado."))
        if self.on_server():
            text = self.tr("Este computador usa o banco %1. Ao concluir, entre com o seu login e senha do Pit Stop.")
            text = text.replace("%1", str(self.server.form.address()))
        elif self.wants_demo():
            text = self.tr("O dia de demonstração está pronto. Ao concluir, entre com uma pessoa da demonstração "
                           "(por exemplo fernanda, ou patricia.nogueira) e a senha «pitstop».")
        else:
            text = self.tr("O banco deste computador está pronto. Ao concluir, entre com o login e a senha do "
                           "administrador que você criou.")
        page.status.setText(text + "\n\n" + self.tr("As configurações ficam em %1; mude-as depois em Arquivo → "
                                                    "Configurações…").replace("%1", str(config.config_path())))
        page.done = True
        page.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        page = self.finish
        page.running = False
        page.progress.hide()
        self._lock(False)
        page.setTitle(self.tr("Não foi possível concluir"))
        page.setSubTitle(self.tr("O banco não foi preparado."))
        page.status.setText(self.tr("Nada foi gravado nas configurações deste computador. Volte, corrija e tente de "
                                    "novo."))
        page.banner.show_text(msg.error_text(error) if isinstance(error, PitstopError) else str(error),
                              MessageBanner.ERROR)

    def _lock(self, locked: bool) -> None:
        """While the set-up runs, and once it is done: no going back, no cancelling (a half-made database helps
        nobody, and a finished one is what the settings now name). After a failure both come back."""
        self.setOption(QWizard.WizardOption.DisabledBackButtonOnLastPage, locked)
        self.setOption(QWizard.WizardOption.NoCancelButton, locked)

    # --- closing ----------------------------------------------------------------------------------------------

    def reject(self) -> None:
        if not self.finish.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finish.running:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        super().done(result)
        if not self._closed:  # a test still running ends first (at most the connection's timeout)
            self._closed = True
            self.runner.wait_idle(15_000)
            self.runner.shutdown()
