"""The test session never touches the real user's settings or data: QSettings (the console's layout memory, the
language) and platformdirs (the default SQLite database, the outbox) point into the session's temporary folder
(tests/conftest.py ``private_user_folders``). And the first run of the default database (what `make run` does)
still creates the demo day there, owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pitstop_desktop import cli
from pitstop_desktop.config import config_path
from pitstop_desktop.db import Database, default_database_url, resolve_database_url
from pitstop_desktop.db.engine import default_database_path
from pitstop_desktop.db.outbox import default_outbox_path
from pitstop_desktop.logs import log_folder
from pitstop_desktop.services.settings import demo_day
from pitstop_desktop.views.main_window import SETTINGS_APP, SETTINGS_ORG
from tests.conftest import REAL_USER_FOLDERS, PrivateFolders


def inside(path: str | Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_settings_and_data_live_in_the_session_folder(private_user_folders: PrivateFolders,
                                                     tmp_path_factory: pytest.TempPathFactory) -> None:
    root = private_user_folders.root
    assert inside(root, tmp_path_factory.getbasetemp())
    for org, app in ((SETTINGS_ORG, SETTINGS_APP), ("PitStop", "PitStopDesktop")):  # the console's, app.py's
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            assert inside(QSettings(fmt, QSettings.Scope.UserScope, org, app).fileName(), root)
    assert inside(QSettings(SETTINGS_ORG, SETTINGS_APP).fileName(), root)
    assert inside(default_database_path(), private_user_folders.data)
    assert inside(default_outbox_path(), private_user_folders.data)
    assert inside(log_folder(), root)  # the log files and crash reports
    assert resolve_database_url(None) == default_database_url()  # no PITSTOP_DATABASE_URL leaks in
    assert inside(config_path(), private_user_folders.config)  # the seat's settings file (config.py)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        assert inside(os.environ[name], root)
        real = REAL_USER_FOLDERS[name]
        assert real is None or not inside(os.environ[name], Path(real))


def test_a_setting_written_by_a_test_lands_in_the_session_folder(private_user_folders: PrivateFolders) -> None:
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
    settings.setValue("test/marker", "tests only")
    settings.sync()
    written = Path(settings.fileName())
    assert written.exists() and inside(written, private_user_folders.config)
    settings.remove("test/marker")


def test_first_run_of_the_default_database_creates_the_demo_day(
        private_user_folders: PrivateFolders, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`make run` opens the console on the default database; its first use loads the demo day (here through
    `staff list`, which opens the database the same way without a display)."""
    import pitstop_desktop.db.engine

    monkeypatch.setattr(pitstop_desktop.db.engine, "user_data_dir",  # this test's own, whatever ran before
                        lambda app, author: str(tmp_path / "data" / author / app))
    path = default_database_path()
    assert inside(path, tmp_path)
    assert not path.exists()
    assert cli.main(["staff", "list"]) == 0
    captured = capsys.readouterr()
    assert "Primeira execução: criando o dia de demonstração" in captured.err
    assert "zenaide" in captured.out
    db = Database(default_database_url())
    try:
        assert demo_day(db) is not None  # marked as the demo: `--as` and `demo --reset` work there
    finally:
        db.dispose()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
