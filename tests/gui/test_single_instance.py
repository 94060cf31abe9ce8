"""One intake window per person and computer: later starts hand the caller over through a QLocalServer.

The sender always runs in another process here (as the phone system's `pitstop intake --caller` does), while
this process spins its event loop for the window that listens.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtNetwork import QLocalServer

from pitstop_desktop.db import Database
from pitstop_desktop.views.single_instance import IntakeServer, send_to_running, server_name
from tests.gui.test_intake import open_intake  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[2]


def unique_name() -> str:
    return f"pitstop-intake-test-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def listening(qtbot: Any) -> Iterator[IntakeServer]:
    server = IntakeServer()
    assert server.listen(unique_name())
    yield server
    server.close()


def run_python(code: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(qtbot: Any, process: subprocess.Popen[str], timeout_ms: int = 20_000) -> tuple[int, str, str]:
    """Spin this process's event loop (the listening window answers) until the other process is done."""
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=timeout_ms)
    except BaseException:
        process.kill()
        raise
    out, err = process.communicate()
    return process.returncode, out, err


def send_from_another_process(qtbot: Any, caller: str, name: str) -> tuple[int, str]:
    process = run_python(
        "import sys\n"
        "from pitstop_desktop.views.single_instance import send_to_running\n"
        f"sys.exit(0 if send_to_running({caller!r}, {name!r}) else 1)\n")
    code, _out, err = finish(qtbot, process)
    return code, err


def test_the_name_is_one_per_user_and_safe_as_a_file_name() -> None:
    assert server_name("ana.souza") == "pitstop-intake-ana.souza"
    assert server_name("DOMÍNIO\\joão silva") == "pitstop-intake-DOM_NIO_jo_o_silva"
    assert server_name().startswith("pitstop-intake-")


def test_nobody_listening_means_open_a_window() -> None:
    assert send_to_running("11 3692-4393", unique_name(), timeout_ms=300) is False


def test_a_caller_from_another_process_reaches_the_running_window(qtbot: Any, listening: IntakeServer) -> None:
    received: list[str] = []
    listening.caller_received.connect(received.append)
    code, err = send_from_another_process(qtbot, "  (11) 3692-4393 ", listening.name)
    assert code == 0, err
    qtbot.waitUntil(lambda: received == ["(11) 3692-4393"], timeout=5000)


def test_no_caller_just_brings_the_window_to_the_front(qtbot: Any, listening: IntakeServer) -> None:
    with qtbot.waitSignal(listening.show_requested, timeout=20_000):
        process = run_python(
            "import sys\n"
            "from pitstop_desktop.views.single_instance import send_to_running\n"
            f"sys.exit(0 if send_to_running('', {listening.name!r}) else 1)\n")
        code, _out, err = finish(qtbot, process)
    assert code == 0, err


def test_a_second_window_does_not_listen_while_the_first_one_does(listening: IntakeServer) -> None:
    second = IntakeServer()
    assert second.listen(listening.name) is False
    assert not second.is_listening()
    second.close()


def test_garbage_is_refused_without_a_signal(qtbot: Any, listening: IntakeServer) -> None:
    received: list[str] = []
    listening.caller_received.connect(received.append)
    process = run_python(
        "from PySide6.QtNetwork import QLocalSocket\n"
        "s = QLocalSocket()\n"
        f"s.connectToServer({listening.name!r})\n"
        "assert s.waitForConnected(2000)\n"
        "s.write(b'format c:\\n'); s.flush()\n"
        "assert s.waitForReadyRead(5000)\n"
        "print(bytes(s.readAll().data()).decode().strip())\n")
    code, out, err = finish(qtbot, process)
    assert code == 0, err
    assert out.strip() == "error"
    assert received == []


@pytest.mark.skipif(sys.platform.startswith("win"), reason="named pipes leave no file behind")
def test_a_stale_socket_from_a_crashed_window_is_taken_over(tmp_path: Path) -> None:
    name = unique_name()
    probe = QLocalServer()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()  # removes the file; now leave one behind as a crash would
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)
    stale.close()
    assert Path(path).exists()
    assert send_to_running("123", name, timeout_ms=300) is False
    server = IntakeServer()
    try:
        assert server.listen(name) is True
    finally:
        server.close()


def test_pitstop_intake_caller_pops_the_client_in_the_window_already_open(
    qtbot: Any, open_intake: Callable[..., Any], demo_db: Database  # noqa: F811 (the fixture)
) -> None:
    """The whole path: a window listens; `run_intake(caller=…)` in another process hands the call over and exits."""
    window = open_intake()
    server = IntakeServer()
    name = unique_name()
    assert server.listen(name)
    server.caller_received.connect(window.show_caller)
    try:
        database = str(demo_db.url.database)
        process = run_python(
            "import sys\n"
            "from pitstop_desktop.db import Database\n"
            "from pitstop_desktop.views.intake import run_intake\n"
            f"sys.exit(run_intake(Database('sqlite:///' + {database!r}), caller='(11) 3692-4393', "
            f"as_login='bruno.carvalho', server_name={name!r}))\n")
        code, _out, err = finish(qtbot, process)
        assert code == 0, err
        qtbot.waitUntil(lambda: window.controller.current_client is not None, timeout=5000)
        assert window.controller.current_client.code == "C1002"
        window.ctx.runner.wait_idle()
    finally:
        server.close()
