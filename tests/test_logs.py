"""The log files and crash reports (pitstop_desktop/logs.py): private, rotated, configured once per program after
the command line is read, and the CLI's last line names the report of an unexpected error."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pitstop_desktop import cli, logs

POSIX = os.name == "posix"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """The usual umask, under which a plain create gives 0644."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture
def file_logger(tmp_path: Path) -> Iterator[tuple[logging.Logger, logs.PrivateRotatingFileHandler]]:
    """A logger of its own writing to ``tmp_path/logs/test.log``, 2,000 bytes × 2 backups."""
    logger = logging.getLogger(f"pitstop-test-{tmp_path.name}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    handler = logs.PrivateRotatingFileHandler(tmp_path / "logs" / "test.log", max_bytes=2000, backups=2)
    handler.setFormatter(logging.Formatter(logs.FORMAT))
    logger.addHandler(handler)
    yield logger, handler
    logger.removeHandler(handler)
    handler.close()


def test_the_log_rotates_and_every_file_is_private(
    permissive_umask: None, file_logger: tuple[logging.Logger, logs.PrivateRotatingFileHandler], tmp_path: Path
) -> None:
    logger, _ = file_logger
    for n in range(200):
        logger.info("linha %03d %s", n, "x" * 60)
    folder = tmp_path / "logs"
    assert sorted(p.name for p in folder.iterdir()) == ["test.log", "test.log.1", "test.log.2"]  # 2 backups kept
    assert all(p.stat().st_size <= 2000 for p in folder.iterdir())
    assert "linha 199" in (folder / "test.log").read_text(encoding="utf-8")
    assert "linha 000" not in "".join(p.read_text(encoding="utf-8") for p in folder.iterdir())  # the oldest went
    if POSIX:
        assert {p.name: oct(mode(p)) for p in folder.iterdir()} == {p.name: "0o600" for p in folder.iterdir()}
        assert mode(folder) == 0o700


def test_a_log_that_cannot_be_renamed_goes_on_in_the_same_file(
    file_logger: tuple[logging.Logger, logs.PrivateRotatingFileHandler], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Windows: another process holds the file open, the rename fails; no "--- Logging error ---" on every line,
    the lines still land in the file, and the rotation is tried again later."""
    logger, handler = file_logger

    def refuse(source: str, dest: str) -> None:
        raise PermissionError(13, "o arquivo está em uso por outro processo", source)

    monkeypatch.setattr(handler, "rotate", refuse)
    for n in range(100):
        logger.info("linha %03d %s", n, "x" * 60)
    text = (tmp_path / "logs" / "test.log").read_text(encoding="utf-8")
    assert "linha 000" in text and "linha 099" in text
    assert not (tmp_path / "logs" / "test.log.1").exists()
    assert "Logging error" not in capsys.readouterr().err
    monkeypatch.undo()
    handler._retry_at = 0.0  # a minute later
    logger.info("depois %s", "x" * 60)
    assert (tmp_path / "logs" / "test.log.1").exists()


@pytest.mark.parametrize(("text", "level", "unreadable"), [
    ("", logging.INFO, None), ("DEBUG", logging.DEBUG, None), ("warning", logging.WARNING, None),
    ("15", 15, None), ("muito", logging.INFO, "muito"),
])
def test_the_level_comes_from_pitstop_log_level(text: str, level: int, unreadable: str | None) -> None:
    assert logs.level_from_environment({logs.ENV_LEVEL: text}) == (level, unreadable)


def _pitstop(*args: str, state: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("PITSTOP_DEBUG", logs.ENV_LEVEL)}
    environ |= {"XDG_STATE_HOME": str(state), **env}
    return subprocess.run([sys.executable, "-m", "pitstop_desktop", *args], capture_output=True, text=True,
                          env=environ, timeout=120, check=False)


@pytest.mark.skipif(sys.platform != "linux", reason="the log folder follows XDG_STATE_HOME on Linux only")
def test_a_command_logs_to_the_cli_file_and_help_writes_nothing(tmp_path: Path) -> None:
    state = tmp_path / "state"
    folder = state / logs.APP_NAME / "log"
    assert _pitstop("--help", state=state).returncode == 0
    assert not state.exists()  # `--help` answers before logging is set up

    url = f"sqlite:///{tmp_path / 'pitstop.db'}"
    assert _pitstop("--db", url, "sla", "classes", state=state).returncode == 0
    log_file = folder / "pitstop-cli.log"
    text = log_file.read_text(encoding="utf-8")
    assert "command: sla classes" in text and "INFO" in text
    assert "--db" not in text  # the command's arguments are not logged (a URL may hold a password)
    assert "upgraded: empty -> " in text  # the new database's migration
    if POSIX:
        assert (mode(log_file), mode(folder)) == (0o600, 0o700)

    quiet = _pitstop("--db", url, "sla", "classes", state=state, PITSTOP_LOG_LEVEL="WARNING")
    assert quiet.returncode == 0
    assert log_file.read_text(encoding="utf-8") == text  # nothing below WARNING was written


def test_a_crash_report_has_the_traceback_versions_and_no_password(
    permissive_umask: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["pitstop", "--db", "postgresql://ana:segredo@servidor/pitstop", "oc", "list"])

    def inner() -> None:
        raise ValueError("o valor não serve")

    try:
        inner()
    except ValueError as exc:
        report = logs.write_crash_report(exc, "teste", {"Extra": "sim"}, folder=tmp_path)
        assert logs.reported_in(exc) == report.path
    assert report.path is not None and report.path.parent == tmp_path
    text = report.path.read_text(encoding="utf-8")
    assert report.text == text and report.summary == "ValueError: o valor não serve"
    for expected in ("Traceback", "in inner", "ValueError: o valor não serve", "Pit Stop", "Python", "Plataforma",
                     "Onde", "teste", "Extra", "ana:***@servidor"):
        assert expected in text, expected
    assert "segredo" not in text
    if POSIX:
        assert mode(report.path) == 0o600


def test_only_the_newest_reports_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "KEEP_REPORTS", 3)
    paths = [logs.write_crash_report(RuntimeError(f"erro {n}"), "teste", folder=tmp_path).path for n in range(5)]
    assert len(set(paths)) == 5  # the same second, five files
    assert sorted(p.name for p in tmp_path.glob("crash-*.txt")) == sorted(p.name for p in paths[-3:] if p)


def test_a_report_that_cannot_be_saved_says_why(tmp_path: Path) -> None:
    blocked = tmp_path / "arquivo"
    blocked.write_text("não é uma pasta")
    report = logs.write_crash_report(RuntimeError("falhou"), "teste", folder=blocked / "logs")
    assert report.path is None and report.problem and "RuntimeError: falhou" in report.text


def test_an_unexpected_cli_error_is_one_line_naming_its_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import pitstop_desktop.cli.work

    def broken(_ctx: object) -> int:
        raise RuntimeError("um defeito")

    monkeypatch.delenv("PITSTOP_DEBUG", raising=False)
    monkeypatch.setattr(pitstop_desktop.cli.work, "cmd_sla_classes", broken)
    assert cli.main(["--db", f"sqlite:///{tmp_path / 'p.db'}", "sla", "classes"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "erro inesperado (RuntimeError): um defeito" in err
    path = Path(err.split("o relatório está em ")[1].split(";")[0])
    assert path.parent == logs.log_folder() and "raise RuntimeError" in path.read_text(encoding="utf-8")
