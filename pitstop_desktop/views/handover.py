"""Handing a ringing call to the intake window already open, without Qt (issue 10: < 300 ms, since the phone
system runs ``pitstop intake --caller PHONE`` on every ringing call).

The window listens with a ``QLocalServer`` (:mod:`views.single_instance`, which holds the protocol); on Unix that
is a Unix domain socket at ``QDir.tempPath()/<name>``, which the standard library reaches directly, so the
hand-over imports neither Qt nor the database layer. On Windows (a named pipe) it uses ``QLocalSocket``.
"""

from __future__ import annotations

import getpass
import os
import re
import socket
import sys
import time

ACK = b"ok\n"
MAX_LINE = 256  # a phone number and a word; anything longer is not ours


def server_name(user: str | None = None) -> str:
    """The socket's name: one per user on this computer (safe characters only; it becomes a file name)."""
    try:
        who = user or getpass.getuser()
    except Exception:  # no user name in the environment (a service account): still one name per computer
        who = "user"
    return "pitstop-intake-" + re.sub(r"[^A-Za-z0-9_.-]", "_", who)


def request_line(caller: str) -> bytes:
    """What a start sends: ``caller PHONE`` (the window pre-selects that client) or ``show``."""
    phone = " ".join(caller.split())
    return (f"caller {phone}\n" if phone else "show\n").encode("utf-8")


def socket_path(name: str) -> str:
    """Where ``QLocalServer.listen(name)`` puts its socket on Unix: ``name`` itself when absolute, else in
    ``QDir.tempPath()`` (``$TMPDIR``, or ``/tmp``)."""
    if name.startswith("/"):
        return name
    return os.path.join(os.path.normpath(os.environ.get("TMPDIR") or "/tmp"), name)


def send_to_running(caller: str, name: str | None = None, *, timeout_ms: int = 1500) -> bool:
    """Hand ``caller`` (a phone number; empty: just show the window) to the running intake window.

    True when a window took it (it answered ``ok``); False when none is running or it did not answer in time.
    Blocking and without an event loop, so it works before (and without) any ``QApplication``."""
    wanted = name or server_name()
    if sys.platform == "win32":
        return _send_with_qt(request_line(caller), wanted, timeout_ms)
    deadline = time.monotonic() + timeout_ms / 1000
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout_ms / 1000)
            conn.connect(socket_path(wanted))
            conn.sendall(request_line(caller))
            answer = b""
            while ACK not in answer and len(answer) <= MAX_LINE:
                conn.settimeout(max(0.001, deadline - time.monotonic()))
                chunk = conn.recv(64)
                if not chunk:
                    break
                answer += chunk
            return ACK in answer
    except OSError:  # no socket, a stale one (its window crashed), or no answer in time
        return False


def _send_with_qt(line: bytes, name: str, timeout_ms: int) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    conn = QLocalSocket()
    conn.connectToServer(name)
    if not conn.waitForConnected(timeout_ms):
        return False
    conn.write(line)
    conn.flush()
    answer = b""
    while ACK not in answer and conn.waitForReadyRead(timeout_ms):
        answer += bytes(conn.readAll().data())
    conn.disconnectFromServer()
    return ACK in answer
