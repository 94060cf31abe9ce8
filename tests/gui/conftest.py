"""GUI fixtures: the demo day loaded once (SQLite), copied per test (or per module), a console context at 14:30
of it, and the English UI."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade

SP = ZoneInfo("America/Sao_Paulo")
DEMO_DAY = date(2026, 11, 24)
DEMO_NOW = datetime.combine(DEMO_DAY, time(14, 30), tzinfo=SP)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pitstop_desktop.demo import day as demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    demo.load_demo(db, day=DEMO_DAY)
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo day (SQLite) for one test."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    db = Database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture
def make_workspace(demo_db: Database, qtbot):  # type: ignore[no-untyped-def]
    """``make_workspace("fernanda")`` → a Workspace signed in as that person, clock fixed at 14:30."""
    from pitstop_desktop.models.clock import FixedClock
    from pitstop_desktop.services import people
    from pitstop_desktop.services.unit_of_work import current_policy
    from pitstop_desktop.views.tasks import TaskRunner
    from pitstop_desktop.views.workspace import Workspace

    runners: list[TaskRunner] = []

    def build(login: str = "claudia.moraes") -> Workspace:
        user = next(s for s in people.list_staff(demo_db) if s.login == login)
        runner = TaskRunner()
        runners.append(runner)
        return Workspace(db=demo_db, runner=runner, user=user, clock=FixedClock(DEMO_NOW),
                              policy=current_policy(demo_db))

    yield build
    for runner in runners:
        runner.wait_idle()
        runner.shutdown()


@pytest.fixture(scope="module")
def module_workspace(demo_template: Path, tmp_path_factory: pytest.TempPathFactory, qapp):  # type: ignore[no-untyped-def]
    """``make_workspace`` for a whole module: one copy of the demo day, and the workspaces built on it, live as long
    as the module (for windows that many cases share; each case leaves them as it found them)."""
    from pitstop_desktop.models.clock import FixedClock
    from pitstop_desktop.services import people
    from pitstop_desktop.services.unit_of_work import current_policy
    from pitstop_desktop.views.tasks import TaskRunner
    from pitstop_desktop.views.workspace import Workspace

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(demo_template, path)
    db = Database(f"sqlite:///{path}")
    runners: list[TaskRunner] = []

    def build(login: str = "claudia.moraes") -> Workspace:
        user = next(s for s in people.list_staff(db) if s.login == login)
        runner = TaskRunner()
        runners.append(runner)
        return Workspace(db=db, runner=runner, user=user, clock=FixedClock(DEMO_NOW), policy=current_policy(db))

    yield build
    for runner in runners:
        runner.wait_idle()
        runner.shutdown()
    db.dispose()


@contextmanager
def english_ui(app) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's own install_translations(app, "en"), undone afterwards so other tests stay in Portuguese."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from pitstop_desktop.views.app import install_translations

    before = set(app.findChildren(QTranslator))
    locale = QLocale()
    assert install_translations(app, "en") == "en"
    try:
        yield
    finally:
        for added in set(app.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(added)
            added.setParent(None)
        QLocale.setDefault(locale)


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The UI in English for one test."""
    with english_ui(qapp):
        yield


@pytest.fixture(params=["pt", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Each test that asks for it runs in Portuguese (the source language) and in English."""
    if request.param == "pt":
        yield "pt"
        return
    with english_ui(qapp):
        yield "en"


@pytest.fixture(autouse=True)
def _no_translator_outlives_its_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that runs the app's own start-up (sign-in, first run) installs the seat's translators on the one
    QApplication of the session; take them off afterwards, so the next test starts in the source language
    whatever ran before it (test order must not matter)."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = set(app.findChildren(QTranslator)) if app is not None else set()
    locale = QLocale()
    yield
    app = QApplication.instance()
    if app is None:
        return
    for added in set(app.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(added)
        added.setParent(None)
    app.setProperty("pitstop_seat_language", None)
    QLocale.setDefault(locale)
