"""Arquivo → Configurações…: this seat's settings file (config.py) in a dialog.

The database (this computer's SQLite file, or the office server, with the same connection test as the first-run
wizard) and the language apply the next time a window opens; notifications and the wallboard's options at once.
When ``--db`` or ``PITSTOP_DATABASE_URL`` chooses the database, the dialog says so: the file's choice waits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from pitstop_desktop import config
from pitstop_desktop.db.engine import default_database_path
from pitstop_desktop.db.server_check import ServerAddress
from pitstop_desktop.domain.errors import BadValue
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.messages import MessageBanner
from pitstop_desktop.views.setup.server_form import ServerForm
from pitstop_desktop.views.tasks import TaskRunner

LANGUAGES = (("pt_BR", "Português (Brasil)"), ("en", "English"))


class SettingsDialog(QDialog):
    """The seat's settings; ``saved`` carries what was written."""

    saved = Signal(object)  # config.SeatConfig

    def __init__(self, parent: QWidget | None = None, *, cli_url: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Configurações deste computador"))
        self.loaded = config.load()
        self.start = self.loaded.config
        self.resolved = config.resolve_database(cli_url, self.loaded)
        self.runner = TaskRunner(self)
        self._closed = False

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Salvar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._database_tab(), self.tr("Banco de dados"))
        self.tabs.addTab(self._windows_tab(), self.tr("Janelas"))
        self.tabs.addTab(self._wallboard_tab(), self.tr("Painel (F11)"))
        self.problem = MessageBanner(self)
        where = QLabel(self.tr("Arquivo: %1").replace("%1", str(self.loaded.path)), self)
        where.setForegroundRole(where.palette().ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        if self.loaded.problems:  # what the file got wrong: saving writes the values shown (the defaults there)
            self.problem.show_text("\n".join(msg.error_text(p) for p in self.loaded.problems), MessageBanner.WARNING)
        self._update_save()
        self.resize(640, 560)

    # --- the tabs ---------------------------------------------------------------------------------------------

    def _database_tab(self) -> QWidget:
        page = QWidget(self)
        db = self.start.database
        source = self.resolved.source
        if source in (config.Source.CLI, config.Source.ENV):
            flag = "--db" if source is config.Source.CLI else config.URL_ENV
            now = self.tr("Em uso agora: %1 (de %2: enquanto estiver definido, vale no lugar do que está abaixo).")
            now = now.replace("%1", self._shown_url()).replace("%2", flag)
        else:
            now = self.tr("Em uso agora: %1.").replace("%1", self._shown_url())
        current = QLabel(now + " " + self.tr("Uma mudança vale na próxima vez que o Pit Stop abrir."), page)
        current.setWordWrap(True)
        self.local = QRadioButton(self.tr("Só este &computador (SQLite)"), page)
        self.server = QRadioButton(self.tr("O servidor do &escritório (PostgreSQL)"), page)
        group = QButtonGroup(page)
        group.addButton(self.local)
        group.addButton(self.server)
        self.path = QLineEdit(db.path, page)
        self.path.setPlaceholderText(str(default_database_path()))
        browse = QPushButton(self.tr("Escolher…"), page)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(24, 0, 0, 0)
        path_row.addWidget(QLabel(self.tr("Arquivo"), page))
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.server_form = ServerForm(self.runner, page, setup_allowed=False)
        self.server_form.set_address(ServerAddress(db.host, db.port, db.name))
        self.user = QLineEdit(db.user, page)
        self.user.setPlaceholderText(self.tr("vazio: cada pessoa entra com o seu login"))
        self.windows_sign_in = QCheckBox(self.tr("Oferecer a entrada com a conta do Windows (SSPI/Kerberos)"), page)
        self.windows_sign_in.setChecked(db.windows_sign_in)
        advanced = QFormLayout()
        advanced.addRow(self.tr("Login fixo"), self.user)
        advanced.addRow("", self.windows_sign_in)
        windows = QLabel(self.tr("Só onde o servidor aceita a conta do Windows (SSPI/Kerberos):"), page)
        windows.setWordWrap(True)
        server_box = QGroupBox(page)
        server_layout = QVBoxLayout(server_box)
        server_layout.addWidget(self.server_form)
        server_layout.addSpacing(8)
        server_layout.addWidget(windows)
        server_layout.addLayout(advanced)
        server_layout.addStretch(1)
        (self.server if db.kind == config.DatabaseKind.POSTGRES.value else self.local).setChecked(True)
        layout = QVBoxLayout(page)
        layout.addWidget(current)
        layout.addWidget(self.local)
        layout.addLayout(path_row)
        layout.addWidget(self.server)
        layout.addWidget(server_box, 1)
        self.server_box = server_box
        self.local.toggled.connect(self._database_kind_changed)
        self.server_form.acceptable_changed.connect(lambda _ok: self._update_save())
        for line in (self.path, self.user):
            line.textChanged.connect(self._update_save)
        self.server_form.host.textChanged.connect(self._update_save)
        self.server_form.database.textChanged.connect(self._update_save)
        self.server_form.port.valueChanged.connect(self._update_save)
        self._database_kind_changed()
        return page

    def _windows_tab(self) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.start.language)))
        self.notifications = QCheckBox(self.tr("Avisos na bandeja do sistema (escalonamentos, APOIO, SLA, ofertas)"),
                                       page)
        self.notifications.setChecked(self.start.notifications)
        form = QFormLayout(page)
        form.addRow(self.tr("&Idioma (ao reiniciar)"), self.language)
        form.addRow("", self.notifications)
        return page

    def _wallboard_tab(self) -> QWidget:
        page = QWidget(self)
        board = self.start.wallboard
        self.monitor = QComboBox(page)
        self.monitor.addItem(self.tr("Automático: um monitor que não seja o do console"), 0)
        screens = QGuiApplication.screens()
        for number, screen in enumerate(screens, 1):
            size = screen.geometry()
            self.monitor.addItem(self.tr("Monitor %1: %2 (%3×%4)").replace("%1", str(number))
                                 .replace("%2", screen.name()).replace("%3", str(size.width()))
                                 .replace("%4", str(size.height())), number)
        if board.monitor > len(screens):
            self.monitor.addItem(self.tr("Monitor %1 (não conectado agora)").replace("%1", str(board.monitor)),
                                 board.monitor)
        self.monitor.setCurrentIndex(max(0, self.monitor.findData(board.monitor)))
        self.open_on_start = QCheckBox(self.tr("Abrir o painel junto com o console"), page)
        self.open_on_start.setChecked(board.open_on_start)
        self.at_risk_rows = QSpinBox(page)
        self.at_risk_rows.setRange(0, config.MAX_AT_RISK_ROWS)
        self.at_risk_rows.setSpecialValueText(self.tr("as que couberem"))
        self.at_risk_rows.setValue(board.at_risk_rows)
        self.at_risk_rows.setMaximumWidth(self.at_risk_rows.fontMetrics().horizontalAdvance("as que couberem") + 48)
        form = QFormLayout(page)
        form.addRow(self.tr("&Monitor"), self.monitor)
        form.addRow("", self.open_on_start)
        form.addRow(self.tr("OCs em &risco listadas, no máximo"), self.at_risk_rows)
        return page

    # --- behaviour --------------------------------------------------------------------------------------------

    def _shown_url(self) -> str:
        """The database in use as people name it: the file, or the server and the database."""
        url = self.resolved.url or f"sqlite:///{default_database_path().as_posix()}"
        try:
            parsed = make_url(url)
        except (ArgumentError, ValueError):
            return config.hide_password(url)
        if parsed.get_backend_name() == "sqlite":
            return self.tr("o arquivo %1").replace("%1", parsed.database or "")
        return self.tr("o servidor %1, banco %2").replace("%1", f"{parsed.host or 'localhost'}:{parsed.port or 5432}") \
            .replace("%2", parsed.database or "")

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("O arquivo do banco"), self.path.text()
                                                or str(default_database_path()),
                                                self.tr("Banco SQLite (*.db);;Todos os arquivos (*)"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path.setText(chosen)

    def _database_kind_changed(self) -> None:
        self.path.setEnabled(self.local.isChecked())
        self.server_box.setEnabled(self.server.isChecked())
        self._update_save()

    def database_settings(self) -> config.DatabaseSettings:
        if self.local.isChecked():
            path = self.path.text().strip()
            if path and Path(path).expanduser().resolve() == default_database_path().resolve():
                path = ""  # the default file: written as the default, so a moved data folder still finds it
            return config.DatabaseSettings(kind=config.DatabaseKind.SQLITE.value,
                                           path=config.parse_value(f"{config.DB}.path", path))
        address = self.server_form.address()
        return config.DatabaseSettings(kind=config.DatabaseKind.POSTGRES.value, host=address.host, port=address.port,
                                       name=address.database, user=self.user.text().strip(),
                                       windows_sign_in=self.windows_sign_in.isChecked())

    def database_changed(self) -> bool:
        """Whether the database itself (kind, file, server, database) differs from the file's."""
        try:
            now = self.database_settings()
        except BadValue:  # a value the file would refuse: a change (refused on saving)
            return True
        before = self.start.database
        if now.kind != before.kind:
            return True
        if now.kind == config.DatabaseKind.SQLITE.value:
            return now.path != before.path
        return (now.host, now.port, now.name) != (before.host, before.port, before.name)

    def needs_test(self) -> bool:
        """A new office server is tested before it is saved, as the wizard does."""
        return self.server.isChecked() and self.database_changed()

    def _update_save(self) -> None:
        ready = not self.needs_test() or self.server_form.acceptable()
        self.save_button.setEnabled(ready)
        self.save_button.setToolTip("" if ready else self.tr("Teste a conexão com o novo servidor antes de salvar."))

    def chosen(self) -> config.SeatConfig:
        return config.SeatConfig(
            language=str(self.language.currentData()),
            notifications=self.notifications.isChecked(),
            database=self.database_settings(),
            wallboard=config.WallboardSettings(monitor=int(self.monitor.currentData()),
                                               open_on_start=self.open_on_start.isChecked(),
                                               at_risk_rows=self.at_risk_rows.value()),
        )

    def save(self) -> None:
        self.problem.clear()
        try:
            chosen = self.chosen()
            for key in config.KEYS:  # what the file would refuse is refused here, beside nothing else changing
                config.parse_value(key, config.show_value(config.value_of(chosen, key)))
            config.save(chosen, self.loaded.path)
        except BadValue as exc:
            self.problem.show_text(msg.error_text(exc), MessageBanner.ERROR)
            return
        except OSError as exc:
            self.problem.show_text(self.tr("Não foi possível gravar as configurações: %1").replace("%1", str(exc)),
                                   MessageBanner.ERROR)
            return
        self.saved.emit(chosen)
        self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        if not self._closed:  # a connection test still running ends first (at most its timeout)
            self._closed = True
            self.runner.wait_idle(15_000)
            self.runner.shutdown()
