"""The first-run wizard, clicked through: this computer with the demo day or a first administrator; the office
server with a real PostgreSQL connection (a person's login on a Pit Stop database, and the administrator's first
run on an empty one); each failure of "Testar conexão" in words; and `pitstop` showing it only on a first run."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import create_engine, make_url, text

from pitstop_desktop import config
from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import is_current
from pitstop_desktop.services import people, roles, settings
from pitstop_desktop.views.setup.wizard import FirstRunWizard, Page
from tests.conftest import (
    SESSION_ROLES_PREFIX,
    SUPERUSER_PASSWORD,
    Cluster,
    Templates,
    fresh_database_url,
    postgresql_database,
)
from tests.db.conftest import _drop_roles
from tests.services.helpers import build_desk

Button = QWizard.WizardButton
BOX = QPoint(8, 8)  # inside a check box's or radio button's indicator


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own user data folder: the default SQLite file starts absent."""
    import pitstop_desktop.db.engine

    folder = tmp_path / "data"
    monkeypatch.setattr(pitstop_desktop.db.engine, "user_data_dir", lambda app, author: str(folder / author / app))
    return folder


@pytest.fixture
def wizard(qtbot, seat_config: Path, data_folder: Path) -> Iterator[FirstRunWizard]:  # type: ignore[no-untyped-def]
    from pitstop_desktop.demo.loading import load_demo

    shown = FirstRunWizard(load_demo)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    if shown.isVisible():
        shown.reject()


def click(qtbot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def finish(qtbot, wizard: FirstRunWizard, timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    """Wait for the set-up on the worker, then Concluir."""
    assert wizard.currentId() == Page.FINISH
    qtbot.waitUntil(lambda: wizard.finish.done or wizard.finish.banner.text() != "", timeout=timeout)
    assert wizard.finish.done, wizard.finish.banner.text()
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, Button.FinishButton)


def test_this_computer_with_the_demo_day(qtbot, wizard: FirstRunWizard, seat_config: Path) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.db.engine import default_database_path, default_database_url

    click(qtbot, wizard, Button.NextButton)  # "Só este computador" is the default
    assert wizard.currentId() == Page.LOCAL and wizard.local.demo.isChecked()
    click(qtbot, wizard, Button.NextButton)
    assert not wizard.button(Button.BackButton).isEnabled()  # no going back while it works
    finish(qtbot, wizard, timeout=120_000)
    assert "fernanda" in wizard.finish.status.text()
    assert config.load().values == {"database.kind": "sqlite"}
    assert seat_config.exists() and default_database_path().exists()
    db = Database(default_database_url())
    try:
        assert settings.demo_day(db) is not None
        assert people.authenticate(db, "fernanda", "pitstop").role == "apoio"
    finally:
        db.dispose()


def test_this_computer_with_a_first_administrator_of_its_own(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.db.engine import default_database_url

    click(qtbot, wizard, Button.NextButton)
    qtbot.mouseClick(wizard.local.demo, Qt.MouseButton.LeftButton, pos=BOX)
    assert not wizard.local.demo.isChecked()
    click(qtbot, wizard, Button.NextButton)
    page = wizard.admin
    assert wizard.currentId() == Page.ADMIN
    qtbot.keyClicks(page.login, "Chefe Geral")
    qtbot.keyClicks(page.name, "Chefe")
    qtbot.keyClicks(page.password, "segredo-forte")
    qtbot.keyClicks(page.again, "segredo-forte")
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == Page.ADMIN  # refused beside the login
    assert "login inválido" in page.error.text().lower() and page.login.hasFocus()
    page.login.clear()
    qtbot.keyClicks(page.login, "chefe")
    page.again.clear()
    qtbot.keyClicks(page.again, "outra-coisa")
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == Page.ADMIN and "não conferem" in page.error.text()
    qtbot.keyClicks(page.again, "segredo-forte")
    click(qtbot, wizard, Button.NextButton)
    finish(qtbot, wizard)
    db = Database(default_database_url())
    try:
        assert [(s.login, s.role) for s in people.list_staff(db)] == [("chefe", "admin")]
        assert people.authenticate(db, "chefe", "segredo-forte").login == "chefe"
        assert settings.demo_day(db) is None
    finally:
        db.dispose()


# The office server


def fill_server(qtbot, wizard: FirstRunWizard, url: str, login: str, password: str = "", *,  # type: ignore[no-untyped-def]
                maintenance: bool = False, port: int | None = None, database: str | None = None) -> None:
    """Choose the office server and type its address and a login, as a person would."""
    if wizard.currentId() == Page.CHOICE:
        qtbot.mouseClick(wizard.choice.server, Qt.MouseButton.LeftButton, pos=BOX)
        click(qtbot, wizard, Button.NextButton)
    form = wizard.server.form
    parsed = make_url(url)
    for line, value in ((form.host, parsed.host or ""), (form.database, database or parsed.database or ""),
                        (form.login, login), (form.password, password)):
        line.clear()
        qtbot.keyClicks(line, value)
    form.port.clear()
    qtbot.keyClicks(form.port, str(port or parsed.port or 5432))
    if form.maintenance.isChecked() != maintenance:
        qtbot.mouseClick(form.maintenance, Qt.MouseButton.LeftButton, pos=BOX)


def test_connection(qtbot, wizard: FirstRunWizard) -> str:  # type: ignore[no-untyped-def]
    form = wizard.server.form
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.testing, timeout=20_000)
    return form.result.text()


test_connection.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


@pytest.fixture
def pitstop_url(db_templates: Templates, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database_url(db_templates.get("postgresql", build_desk), tmp_path)


def test_a_person_on_a_pit_stop_database_just_saves_the_settings(  # type: ignore[no-untyped-def]
    qtbot, wizard: FirstRunWizard, pitstop_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PITSTOP_ROLES_PREFIX", SESSION_ROLES_PREFIX)
    fill_server(qtbot, wizard, pitstop_url, "ana", "qualquer")  # the local server trusts her role
    assert not wizard.button(Button.NextButton).isEnabled()  # not before a test
    assert test_connection(qtbot, wizard).startswith("Conexão certa:")
    qtbot.keyClick(wizard.server.form.host, Qt.Key.Key_End)
    qtbot.keyClicks(wizard.server.form.host, "x")  # an edit: the test no longer counts
    assert not wizard.button(Button.NextButton).isEnabled() and wizard.server.form.result.text() == ""
    qtbot.keyClick(wizard.server.form.host, Qt.Key.Key_Backspace)
    assert test_connection(qtbot, wizard).startswith("Conexão certa:")
    click(qtbot, wizard, Button.NextButton)
    finish(qtbot, wizard)
    parsed = make_url(pitstop_url)
    assert wizard.chosen is not None
    assert config.load().config.database == config.DatabaseSettings(
        kind="postgres", host=parsed.host or "", port=parsed.port or 5432, name=parsed.database or "")
    assert "senha" not in Path(config.config_path()).read_text().lower()  # the password was never written
    assert "qualquer" not in Path(config.config_path()).read_text()


def test_the_administrators_first_run_sets_up_an_empty_database(  # type: ignore[no-untyped-def]
    qtbot, wizard: FirstRunWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = f"w{uuid.uuid4().hex[:6]}_"
    monkeypatch.setenv("PITSTOP_ROLES_PREFIX", prefix)
    with postgresql_database("pitstop_wizard") as (_name, url):
        try:
            execute(url, f'CREATE ROLE "{prefix}ana" LOGIN')  # a person's login, on a database nobody set up
            fill_server(qtbot, wizard, url, "ana")
            assert "o administrador precisa prepará-lo" in test_connection(qtbot, wizard)  # a person: not yet
            assert not wizard.button(Button.NextButton).isEnabled()
            fill_server(qtbot, wizard, url, "postgres", maintenance=True)
            assert "este login pode prepará-lo" in test_connection(qtbot, wizard)
            click(qtbot, wizard, Button.NextButton)
            assert wizard.currentId() == Page.ADMIN
            page = wizard.admin
            for line, value in ((page.login, "ana.admin"), (page.name, "Ana Admin"),
                                (page.password, "primeira-senha-1"), (page.again, "primeira-senha-1")):
                qtbot.keyClicks(line, value)
            click(qtbot, wizard, Button.NextButton)
            finish(qtbot, wizard)
            db = Database(url)
            try:
                assert is_current(db) and roles.roles_prefix(db) == prefix
                assert [(s.login, s.role) for s in people.list_staff(db)] == [("ana.admin", "admin")]
            finally:
                db.dispose()
            assert config.load().config.database.name == make_url(url).database
        finally:
            _drop_roles(url, prefix)


def execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_each_failure_is_said_in_words_and_keeps_the_wizard_on_the_page(  # type: ignore[no-untyped-def]
    qtbot, wizard: FirstRunWizard, pitstop_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = int(s.getsockname()[1])
    fill_server(qtbot, wizard, pitstop_url, "postgres", maintenance=True, port=free)
    said = test_connection(qtbot, wizard)
    assert said.startswith(f"Não foi possível falar com o servidor 127.0.0.1 na porta {free}: confira o nome e a "
                           "porta"), said
    fill_server(qtbot, wizard, pitstop_url, "postgres", maintenance=True, database="nao_existe_aqui")
    assert test_connection(qtbot, wizard) == ("O servidor respondeu, mas não tem um banco chamado nao_existe_aqui: "
                                              "confira o nome do banco.")
    fill_server(qtbot, wizard, pitstop_url, "postgres", maintenance=True)
    execute(pitstop_url, "UPDATE alembic_version SET version_num = '0008_panel_indexes'")
    assert "é de uma versão anterior do Pit Stop" in test_connection(qtbot, wizard)
    execute(pitstop_url, "UPDATE alembic_version SET version_num = '0042_future'",
            "UPDATE settings SET value = '9.1.0' WHERE key = 'schema_needs_version'")
    assert "instale o Pit Stop 9.1.0 ou mais novo" in test_connection(qtbot, wizard)
    execute(pitstop_url, "UPDATE alembic_version SET version_num = 'a1b2c3d4e5'", "DROP TABLE occurrences CASCADE",
            "DELETE FROM settings WHERE key = 'schema_needs_version'")
    assert "tem tabelas de outro programa: não é um banco do Pit Stop" in test_connection(qtbot, wizard)
    from pitstop_desktop.db import server_check
    from pitstop_desktop.services import setup

    real = server_check.check_server
    monkeypatch.setattr(setup, "check_server", lambda *a, **k: real(*a, **k, minimum=99))
    assert test_connection(qtbot, wizard).endswith("o Pit Stop precisa do PostgreSQL 13 ou mais novo.")
    assert not wizard.button(Button.NextButton).isEnabled()
    assert wizard.currentId() == Page.SERVER


def test_a_wrong_password_on_a_server_that_checks_them(  # type: ignore[no-untyped-def]
    qtbot, wizard: FirstRunWizard, cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = cluster.url(database="postgres")
    fill_server(qtbot, wizard, url, "postgres", "errada-123", maintenance=True)
    assert test_connection(qtbot, wizard) == "O servidor recusou o login ou a senha: confira os dois."
    assert not wizard.button(Button.NextButton).isEnabled()
    fill_server(qtbot, wizard, url, "postgres", SUPERUSER_PASSWORD, maintenance=True)
    assert test_connection(qtbot, wizard) != "O servidor recusou o login ou a senha: confira os dois."


def test_the_first_run_shows_only_on_a_computer_never_set_up(  # type: ignore[no-untyped-def]
    seat_config: Path, data_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pitstop` asks the wizard first (cancelled: nothing opens), `--no-setup` never does, and once the settings
    file exists the console opens on its database."""
    import pitstop_desktop.views.app
    import pitstop_desktop.views.setup
    from pitstop_desktop.cli import main

    asked: list[object] = []
    opened: list[str] = []
    monkeypatch.setattr(pitstop_desktop.views.setup, "run_first_run", lambda loader: asked.append(loader) or False)
    monkeypatch.setattr(pitstop_desktop.views.app, "run_console",
                        lambda db, as_login, **kw: opened.append(db.display_url) or 0)
    assert main([]) == 0 and len(asked) == 1 and opened == []
    assert "primeira execução cancelada" in capsys.readouterr().err

    def set_up(_loader: object) -> bool:
        config.save(config.SeatConfig(database=config.DatabaseSettings(path=str(seat_config.parent / "x.db"))))
        return True

    monkeypatch.setattr(pitstop_desktop.views.setup, "run_first_run", set_up)
    assert main([]) == 0 and opened[-1].endswith("/x.db")  # the database the wizard chose
    monkeypatch.setattr(pitstop_desktop.views.setup, "run_first_run", lambda loader: pytest.fail("asked again"))
    assert main([]) == 0 and len(opened) == 2
    seat_config.unlink()
    assert main(["--no-setup"]) == 0 and "pitstop.db" in opened[-1]  # make run: the default file, no question
    assert main([]) == 0  # that file exists now: an earlier version's seat is never asked


@pytest.fixture
def seat_translations(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The seat's own ``install_translations(app)`` (run by the wizard) undone afterwards: the translators it added,
    the locale and the once-per-process mark, so the next tests start as they would have."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    before, locale = set(qapp.findChildren(QTranslator)), QLocale()
    try:
        yield
    finally:
        for added in set(qapp.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(added)
            added.setParent(None)
        QLocale.setDefault(locale)
        qapp.setProperty("pitstop_seat_language", None)


def test_pitstop_on_a_new_computer_runs_the_wizard_then_opens_the_console_on_its_database(  # type: ignore[no-untyped-def]
    qtbot, seat_config: Path, data_folder: Path, monkeypatch: pytest.MonkeyPatch, seat_translations: None
) -> None:
    """The whole way through `pitstop` with no command: the real wizard (clicked by a timer while it runs
    modally), then the console opened on the file it set up, signed in as the administrator it created."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import pitstop_desktop.views.app
    from pitstop_desktop.cli import main
    from pitstop_desktop.db.engine import default_database_url

    opened: list[str] = []
    monkeypatch.setattr(pitstop_desktop.views.app, "run_console",
                        lambda db, as_login, **kw: opened.append(db.display_url) or 0)
    steps: list[str] = []

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard):
            QTimer.singleShot(20, drive)
            return
        click(qtbot, wizard, Button.NextButton)
        qtbot.mouseClick(wizard.local.demo, Qt.MouseButton.LeftButton, pos=BOX)
        click(qtbot, wizard, Button.NextButton)
        for line, value in ((wizard.admin.login, "chefe"), (wizard.admin.name, "Chefe"),
                            (wizard.admin.password, "segredo-forte"), (wizard.admin.again, "segredo-forte")):
            qtbot.keyClicks(line, value)
        click(qtbot, wizard, Button.NextButton)
        finish(qtbot, wizard)
        steps.append("done")

    QTimer.singleShot(0, drive)
    assert main([]) == 0
    assert steps == ["done"] and len(opened) == 1
    assert opened[0].endswith("/pitstop.db") and str(data_folder) in opened[0]
    assert config.load().values == {"database.kind": "sqlite"}
    db = Database(default_database_url())
    try:
        assert people.authenticate(db, "chefe", "segredo-forte").role == "admin"
    finally:
        db.dispose()
