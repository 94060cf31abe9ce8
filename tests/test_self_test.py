"""`pitstop --self-test` (tools/selftest.py): the whole run from source, as CI runs it on the bundle, and the
report when a check fails. The start-up probe the frozen benchmark uses (views/shown_probe.py), through the three
shortcuts' command lines."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from pitstop_desktop import cli
from pitstop_desktop.tools import selftest
from pitstop_desktop.tools.selftest import Check, CheckFailed, run_self_test

ROOT = Path(__file__).resolve().parents[1]


def _pitstop(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """This checkout's `pitstop` in a fresh process (no display, no database URL from the environment)."""
    base = {k: v for k, v in os.environ.items() if k not in ("PITSTOP_DATABASE_URL", "QT_QPA_PLATFORM")}
    base["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "pitstop_desktop", *args], capture_output=True, text=True,
                          env={**base, **(env or {})}, timeout=300, check=False)


def test_self_test_passes_from_source_without_a_display() -> None:
    """Every check passes, one line each, and the run sets the offscreen platform itself (none is set here)."""
    done = _pitstop("--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(selftest.CHECKS) + 1
    for check, line in zip(selftest.CHECKS, lines, strict=False):
        assert line.startswith(f"ok      {check.name}: "), line
    assert "plataforma offscreen" in done.stdout
    assert lines[-1].startswith(f"autoteste: {len(selftest.CHECKS)} verificações ok")
    assert "Traceback" not in done.stderr


def _passes(_run: selftest.Run) -> str:
    return "tudo certo"


def _fails(_run: selftest.Run) -> str:
    raise CheckFailed("faltou o arquivo X")


def _crashes(_run: selftest.Run) -> str:
    raise ZeroDivisionError("division by zero")


def test_a_failing_check_exits_1_and_is_named(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Through the command line: the failing checks say why (a crash names its exception), the others still run,
    and the last line names what failed."""
    monkeypatch.setattr(selftest, "CHECKS", (Check("primeira", _passes), Check("segunda", _fails),
                                             Check("terceira", _crashes), Check("quarta", _passes)))
    assert cli.main(["--self-test"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ok      primeira: tudo certo")
    assert lines[1] == "FALHOU  segunda: faltou o arquivo X"
    assert lines[2] == "FALHOU  terceira: ZeroDivisionError: division by zero"
    assert lines[3].startswith("ok      quarta")
    assert lines[4].startswith("autoteste: 2 de 4 verificações falharam (segunda, terceira)")


def test_a_failing_required_check_stops_the_run() -> None:
    out = io.StringIO()
    checks = (Check("banco", _fails, required=True), Check("console", _passes))
    assert run_self_test(checks, out) == 1
    assert out.getvalue().splitlines()[:2] == ["FALHOU  banco: faltou o arquivo X",
                                               "--      console: não verificado (depende de banco)"]


def test_missing_translations_fail_their_check(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A bundle without pitstop_en.qm: the real translations check fails and says where it looked."""
    import pitstop_desktop.views.app as app_module

    monkeypatch.setattr(app_module, "I18N", tmp_path)
    out = io.StringIO()
    checks = tuple(c for c in selftest.CHECKS if c.name in ("Qt", "traduções"))
    assert run_self_test(checks, out) == 1
    report = out.getvalue()
    assert f"FALHOU  traduções: pitstop_en.qm não carregou de {tmp_path}" in report
    assert report.splitlines()[-1].startswith("autoteste: 1 de 2 verificações falharam (traduções)")


@pytest.mark.parametrize("command", [(), ("intake",), ("agenda",)], ids=["console", "intake", "agenda"])
def test_each_shortcut_reaches_the_sign_in_and_the_probe_reports_it(command: tuple[str, ...],
                                                                    tmp_path: Path) -> None:
    """The three shortcuts' command lines (installer/README.md) open the sign-in; with PITSTOP_EXIT_WHEN_SHOWN
    the process says so once it is painted and exits 0 (benchmarks/bench_frozen_start.py times this)."""
    url = f"sqlite:///{tmp_path / 'pitstop.db'}"
    assert _pitstop("--db", url, "db", "upgrade").returncode == 0
    user = f"pitstop-probe-{uuid.uuid4().hex[:8]}"  # the intake window's single-instance socket is per user
    env = {"QT_QPA_PLATFORM": "offscreen", "PITSTOP_EXIT_WHEN_SHOWN": "1",
           "USER": user, "LOGNAME": user, "LNAME": user, "USERNAME": user}
    done = _pitstop("--db", url, *command, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "shown SignInDialog\n"
