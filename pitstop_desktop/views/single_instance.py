"""One intake window per person and computer: a second `pitstop intake --caller PHONE` hands the call over.

The phone system (PBX) runs ``pitstop intake --caller 11987654321`` on every ringing call. Opening a new window
each time would bury the attendant in windows, so the first intake window listens on a ``QLocalServer``
(a Unix domain socket, a named pipe on Windows) named per user, and every later start sends the caller to it
and exits at once.

The protocol is one line each way, UTF-8::

    caller 11987654321\\n   →   ok\\n      (the running window pre-selects that client)
    show\\n                 →   ok\\n      (a plain `pitstop intake`: bring the window to the front)

The sender (:mod:`views.handover`, without Qt so that a ringing call is handed over fast) waits for the ``ok``:
only then did a window really take the call. A socket left behind by a window
that crashed answers nobody; :meth:`IntakeServer.listen` notices, removes it and listens in its place.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from pitstop_desktop.views.handover import ACK, MAX_LINE, send_to_running, server_name

__all__ = ["ACK", "IntakeServer", "send_to_running", "server_name"]


class IntakeServer(QObject):
    """Listens for calls handed over by later starts; emits ``caller_received(phone)`` or ``show_requested``."""

    caller_received = Signal(str)
    show_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        return self._server.serverName()

    def is_listening(self) -> bool:
        return self._server.isListening()

    def listen(self, name: str | None = None) -> bool:
        """Start listening; False when another window already listens under that name (it should get the call).

        A stale socket (its window crashed) is removed and taken over.
        """
        wanted = name or server_name()
        # Ask first: on Unix, Qt's listen() with UserAccessOption renames its socket over an existing one, so a
        # second window would silently steal the name instead of failing.
        if _someone_answers(wanted):
            return False
        if self._server.listen(wanted):
            return True
        QLocalServer.removeServer(wanted)  # a stale socket file: its window is gone
        return self._server.listen(wanted)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()  # never null while hasPendingConnections()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        while b"\n" in buffer:
            raw, buffer = buffer.split(b"\n", 1)
            self._handle(socket, raw.decode("utf-8", "replace").strip())
        if len(buffer) > MAX_LINE:  # not our protocol
            buffer = b""
            socket.abort()
        self._buffers[socket] = buffer

    def _handle(self, socket: QLocalSocket, line: str) -> None:
        command, _, argument = line.partition(" ")
        if command == "caller" and argument.strip():
            socket.write(ACK)
            socket.flush()
            self.caller_received.emit(argument.strip())
        elif command == "show":
            socket.write(ACK)
            socket.flush()
            self.show_requested.emit()
        else:
            socket.write(b"error\n")
            socket.flush()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _someone_answers(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(300)
    if alive:
        probe.disconnectFromServer()
    return alive
