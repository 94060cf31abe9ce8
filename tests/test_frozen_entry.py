"""The frozen program's entry (pitstop_desktop/frozen.py): with no console (a Windows GUI executable started from a
shortcut) what would have been printed reaches the person in a message box; nothing crashes. The message box is
replaced by a recorder; "windowed" is forced, as only Windows has such executables."""

from __future__ import annotations

from pathlib import Path

import pytest

from pitstop_desktop import __version__, frozen
from pitstop_desktop.frozen import _Tail, run


class Boxes:
    def __init__(self) -> None:
        self.shown: list[tuple[str, bool]] = []

    def __call__(self, text: str, error: bool) -> None:
        self.shown.append((text, error))


def test_a_usage_error_is_shown_in_a_box() -> None:
    boxes = Boxes()
    assert run(["--no-such-option"], windowed=True, show=boxes) == 2
    [(text, error)] = boxes.shown
    assert error and "--no-such-option" in text and "pitstop --help" in text


def test_help_and_version_are_shown_though_they_succeed() -> None:
    boxes = Boxes()
    assert run(["--version"], windowed=True, show=boxes) == 0
    assert run(["--help"], windowed=True, show=boxes) == 0
    assert boxes.shown[0] == (f"pitstop {__version__}", False)
    assert boxes.shown[1][0].startswith("usage: pitstop") and "--self-test" in boxes.shown[1][0]


def test_a_refusal_at_start_up_is_shown() -> None:
    """A command that cannot start (here: a server nobody answers at) ends with its one line in the box."""
    boxes = Boxes()
    assert run(["--db", "postgresql://postgres@127.0.0.1:1/pitstop", "oc", "list"], windowed=True, show=boxes) == 1
    [(text, error)] = boxes.shown
    assert error and "127.0.0.1" in text and len(text.splitlines()) == 1 and "Traceback" not in text


def test_with_a_console_nothing_is_held_back(capsys: pytest.CaptureFixture[str]) -> None:
    boxes = Boxes()
    assert run(["--version"], windowed=False, show=boxes) == 0
    assert boxes.shown == []
    assert capsys.readouterr().out.strip() == f"pitstop {__version__}"


def test_an_escaped_exception_is_one_sentence_and_a_report(monkeypatch: pytest.MonkeyPatch) -> None:
    """What got past the command line's own handling: a sentence saying where the traceback was written."""
    import pitstop_desktop.cli

    def explode(_argv: object) -> int:
        raise RuntimeError("DLL do Qt ausente")

    monkeypatch.setattr(pitstop_desktop.cli, "main", explode)
    boxes = Boxes()
    assert run([], windowed=True, show=boxes) == 1
    [(text, error)] = boxes.shown
    assert error and text.startswith("O Pit Stop não conseguiu iniciar (RuntimeError: DLL do Qt ausente).")
    report = Path(text.split("O relatório completo está em ", 1)[1].rstrip("."))
    assert report.name == frozen.REPORT_NAME
    body = report.read_text(encoding="utf-8")
    assert f"Pit Stop {__version__}" in body and "Traceback" in body and "RuntimeError: DLL do Qt ausente" in body


def test_the_kept_text_is_only_the_tail() -> None:
    tail = _Tail(limit=10)
    for chunk in ("0123456789", "abc", "defghij", "XYZ"):
        tail.write(chunk)
    assert tail.getvalue() == "defghijXYZ"  # the last 10 characters of everything written
