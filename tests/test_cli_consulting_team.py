"""`pitstop staff consulting-team`: who gets the URA hint in the intake window."""

from __future__ import annotations

import json

from pitstop_desktop import cli
from pitstop_desktop.services import people


def test_consulting_team_is_shown_set_and_cleared(db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.db import Database

    db = Database(db_url)
    people.add_staff(db, login="cris", name="Cris Consultora", role="attendant", tabs=["n1_rapida"])
    db.dispose()
    assert cli.main(["--db", db_url, "staff", "consulting-team", "cris"]) == 0
    assert "cris" in capsys.readouterr().out
    assert cli.main(["--db", db_url, "staff", "consulting-team", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == ["cris"]
    assert cli.main(["--db", db_url, "staff", "consulting-team", "nobody"]) == 4
    assert "nobody" in capsys.readouterr().err
    assert cli.main(["--db", db_url, "staff", "consulting-team", "--clear"]) == 0
    assert "ninguém" in capsys.readouterr().out
