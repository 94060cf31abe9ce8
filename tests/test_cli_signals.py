"""`pitstop tab long-wait TAB MINUTES --as ADMIN` and `pitstop tab long-waits` on SQLite and PostgreSQL: an
admin sets a tab's "demora excessiva em linha" threshold (0: none), anyone lists them, anyone else is refused
(exit 6), a bad value or tab is refused (exit 2, 4)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.services import people
from tests.services.helpers import desk_db_url  # noqa: F401  (fixture: db_url is the desk, cloned per test)
from tests.test_cli import Result


@pytest.fixture
def pit(db_url: str, capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    db = Database(db_url)
    people.add_staff(db, login="root", name="Root Admin", role="admin")
    db.dispose()

    def run(*args: str) -> Result:
        try:
            code = main(["--db", db_url, *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def test_an_admin_sets_and_anyone_lists_the_thresholds(pit) -> None:  # type: ignore[no-untyped-def]
    listed = pit("tab", "long-waits", "--json")
    assert listed.code == 0
    waits = {w["tab"]: w["minutes"] for w in json.loads(listed.out)}
    assert waits["n1_rapida"] == 60 and waits["n2"] == 0
    done = pit("tab", "long-wait", "n1_rapida", "25", "--as", "root", "--at", "2026-11-24T10:00")
    assert done.code == 0 and done.out.strip() == "aba n1_rapida: demora excessiva em linha depois de 25 min"
    off = pit("tab", "long-wait", "n1_filiais", "0", "--as", "root")
    assert off.code == 0 and "sem limite" in off.out
    table = pit("tab", "long-waits")
    assert table.code == 0
    assert any(line.split()[:3] == ["n1_rapida", "25", "min"] for line in table.out.splitlines())
    assert any(line.split()[:3] == ["n1_filiais", "sem", "limite"] for line in table.out.splitlines())


def test_refusals(pit) -> None:  # type: ignore[no-untyped-def]
    refused = pit("tab", "long-wait", "n1_rapida", "30", "--as", "sara")
    assert refused.code == 6 and "só um administrador" in refused.err
    assert pit("tab", "long-wait", "n1_rapida", "-5", "--as", "root").code == 2
    assert pit("tab", "long-wait", "n1_rapida", "meia", "--as", "root").code == 2
    assert pit("tab", "long-wait", "nenhuma", "30", "--as", "root").code == 4
