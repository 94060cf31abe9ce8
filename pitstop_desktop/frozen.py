"""The entry of the frozen program (installer/pitstop_entry.py, built by installer/pitstop.spec).

One executable serves the three Start-menu shortcuts (``pitstop`` the console, ``pitstop intake``, ``pitstop
agenda``) and every command. On Windows it is a GUI executable (no console window flashes up behind the
windows), so it has no standard output of its own:

- started from a terminal (cmd, PowerShell), it attaches to that terminal's console and prints there;
- started with its output redirected (CI: ``pitstop.exe --self-test | Out-Host``, or a pipe from a script), it
  writes to the pipe like any program;
- started from a shortcut, there is nowhere to print: what it would have printed is kept (the last few thousand
  characters), and when it ends with an error — or was asked for ``--help``, ``--version`` or ``--self-test`` —
  that text is shown in a message box, so a start-up refusal (a database that does not answer, an unknown
  option in a shortcut) reaches the person instead of vanishing.

An exception that escapes everything (the command line already turns every refusal into one line) is written
with its traceback to ``startup-error.txt`` in the user log folder and reported in one sentence that says where.
Elsewhere (Linux, macOS, or unfrozen) it behaves exactly as ``pitstop``.
"""

from __future__ import annotations

import collections
import io
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

INFO_FLAGS = frozenset({"-h", "--help", "--version", "--self-test"})
"""Asked for output: shown in a message box even when the program ends well."""
REPORT_NAME = "startup-error.txt"
TITLE = "Pit Stop"
TAIL_CHARS = 6_000

Show = Callable[[str, bool], None]


class _Tail(io.TextIOBase):
    """A text stream that keeps only its last ``limit`` characters: a whole day's stray prints cost nothing."""

    def __init__(self, limit: int = TAIL_CHARS) -> None:
        super().__init__()
        self._chunks: collections.deque[str] = collections.deque()
        self._size = 0
        self._limit = limit

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._chunks.append(text)
        self._size += len(text)
        while self._size - len(self._chunks[0]) >= self._limit:
            self._size -= len(self._chunks.popleft())
        return len(text)

    def getvalue(self) -> str:
        return "".join(self._chunks)[-self._limit:]


def run(argv: Sequence[str] | None = None, *, windowed: bool | None = None, show: Show | None = None) -> int:
    """Run ``pitstop`` with ``argv`` (default: the process's) and return its exit code.

    ``windowed``: no standard output to write to (default: found out, see the module docstring); ``show``: how
    the kept text reaches the person then (default: a Windows message box). Both are parameters for the tests.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if windowed is None:
        windowed = _missing_streams() and not _attach_parent_console()
    tail = _Tail()
    saved = sys.stdout, sys.stderr
    if windowed:  # the streams Python left None (both, in the tests) write into the tail
        missing = [name for name in ("stdout", "stderr") if getattr(sys, name) is None]
        for name in missing or ("stdout", "stderr"):
            setattr(sys, name, tail)
    try:
        code = _run_cli(args)
    finally:
        sys.stdout, sys.stderr = saved
    text = tail.getvalue().strip()
    if windowed and text and (code != 0 or INFO_FLAGS & set(args)):
        (show or message_box)(text, code != 0)
    return code


def _run_cli(args: list[str]) -> int:
    try:
        from pitstop_desktop.cli import main

        return main(args)
    except SystemExit as exc:  # argparse: --help and --version end with 0, a usage error with 2
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        print(exc.code, file=sys.stderr)
        return 1
    except Exception as exc:  # the command line turns refusals into lines; this is what escaped it
        report = save_report(traceback.format_exc())
        print(f"O Pit Stop não conseguiu iniciar ({type(exc).__name__}: {exc}). "
              f"O relatório completo está em {report}.", file=sys.stderr)
        return 1


def save_report(text: str) -> Path:
    """The traceback, in the user log folder (the temporary folder if that cannot be written)."""
    import platform
    import tempfile

    from pitstop_desktop import __version__

    body = (f"Pit Stop {__version__} · Python {platform.python_version()} · {platform.platform()}"
            f" · {'frozen' if getattr(sys, 'frozen', False) else 'source'}\n\n{text}")
    try:
        from platformdirs import user_log_dir

        folder = Path(user_log_dir("PitStopDesktop", "PitStop"))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / REPORT_NAME
        path.write_text(body, encoding="utf-8")
    except OSError:
        path = Path(tempfile.gettempdir()) / f"pitstop-{REPORT_NAME}"
        path.write_text(body, encoding="utf-8")
    return path


def _missing_streams() -> bool:
    """A Windows GUI executable started without redirected output has no standard streams (Python sets None)."""
    return sys.platform == "win32" and (sys.stdout is None or sys.stderr is None)


def _attach_parent_console() -> bool:
    """Started from a terminal: write into it (the output code page of that console, so accents survive)."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        if not kernel32.AttachConsole(0xFFFFFFFF):  # ATTACH_PARENT_PROCESS; fails without a parent console
            return False
        encoding = f"cp{kernel32.GetConsoleOutputCP()}"
        if sys.stdout is None:
            sys.stdout = open("CONOUT$", "w", encoding=encoding, errors="replace", buffering=1)  # noqa: SIM115
        if sys.stderr is None:
            sys.stderr = open("CONOUT$", "w", encoding=encoding, errors="replace", buffering=1)  # noqa: SIM115
        return True
    return False


def message_box(text: str, error: bool) -> None:
    """A plain Windows message box (user32, no Qt: it works even when Qt itself failed to load)."""
    if sys.platform == "win32":
        import ctypes

        icon = 0x10 if error else 0x40  # MB_ICONERROR, MB_ICONINFORMATION
        ctypes.windll.user32.MessageBoxW(None, text, TITLE, icon | 0x10000)  # MB_SETFOREGROUND
    elif sys.__stderr__ is not None:
        print(text, file=sys.__stderr__)
