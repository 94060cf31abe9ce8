"""`pitstop roster week|copy|usual|import` on SQLite and PostgreSQL: the week as a table and as JSON, copying a week,
a person's usual week, importing a CSV (refused lines on stderr by number, exit 2; the good ones applied), and
who may do it (exit 6). ``db_url`` is the desk of tests/services/helpers.py (technicians rostered 08:00–17:00,
lunch 12:00–13:00, on Tuesday 2026-11-24, week 2026-W48), cloned per test."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path

import pytest

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.domain.roster import Shift, parse_week
from pitstop_desktop.services import roster
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    desk_db_url,
)
from tests.test_cli import Result


@pytest.fixture
def pit(db_url: str, capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run ``pitstop --db <db_url> ARGS…`` in-process."""

    def run(*args: str) -> Result:
        try:
            code = main(["--db", db_url, *args])
        except SystemExit as exc:  # argparse: usage errors exit 2 from parse_args
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


@pytest.fixture
def desk(db_url: str) -> Iterator[Desk]:
    db = Database(db_url)
    yield Desk(db)
    db.dispose()

DESK_SHIFT = Shift(time(8), time(17), time(12), time(13))
AT = ["--at", "2026-11-24T10:00"]


def test_week_as_a_table_with_the_calendars_closed_days(pit) -> None:  # type: ignore[no-untyped-def]
    result = pit("roster", "week", "--week", "2026-W47", "--tab", "n1_rapida")
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0] == "semana 2026-W47 (16/11 a 22/11), aba n1_rapida"
    assert "  sex 20/11  feriado: Dia Nacional de Zumbi e da Consciência Negra" in lines
    assert "  sáb 21/11  fechado" in lines and "  dom 22/11  fechado" in lines
    assert lines[-1] == "sem escala na semana: ana, caio, duda"
    week = pit("roster", "week", "--week", "2026-W48", "--tab", "n1_rapida")
    rows = [line.split() for line in week.out.splitlines() if line.startswith(("caio", "duda"))]
    assert rows == [["caio", "Caio", "Técnico", "ter", "24/11", "08:00–17:00", "12:00–13:00"],
                    ["duda", "Duda", "Técnica", "ter", "24/11", "08:00–17:00", "12:00–13:00"]]
    assert week.out.splitlines()[-1] == "sem escala na semana: ana"


def test_week_as_json(pit) -> None:  # type: ignore[no-untyped-def]
    result = pit("roster", "week", "--week", "2026-w48", "--json")
    assert result.code == 0
    data = result.json()
    assert (data["week"], data["tab"]) == ("2026-W48", None)
    assert data["days"][1] == {"day": "2026-11-24", "open": True, "holiday": None, "exception": None, "note": ""}
    assert [d["open"] for d in data["days"]] == [True] * 5 + [False] * 2
    caio = next(p for p in data["people"] if p["login"] == "caio")
    assert caio == {"login": "caio", "name": "Caio Técnico", "role": "technician", "tabs": ["n1_rapida"],
                    "days": {"2026-11-24": {"start": "08:00", "end": "17:00", "lunch_start": "12:00",
                                            "lunch_end": "13:00"}}}
    assert next(p for p in data["people"] if p["login"] == "gil")["days"] == {}


def test_copy_a_week_as_a_supervisor(pit, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    result = pit("roster", "copy", "--from-week", "2026-W48", "--to-week", "2026-W49", "--tab", "n1_rapida",
                 "--as", "sara", *AT)
    assert result.code == 0, result.err
    assert result.out == "semana 2026-W48 copiada para 2026-W49 (aba n1_rapida): 2 dia(s) definido(s), " \
                         "0 dia(s) limpo(s)\n"
    view = roster.week(desk.db, week="2026-W49")
    assert view.cell("caio", date(2026, 12, 1)) == DESK_SHIFT and view.cell("edu", date(2026, 12, 1)) is None
    onto_holiday = pit("roster", "copy", "--from-week", "2026-W48", "--to-week", "2026-W47", "--as", "gil", *AT)
    assert onto_holiday.code == 0
    assert onto_holiday.out.rstrip().endswith("dias fechados no calendário mantidos como estavam: sex 20/11")


def test_usual_week(pit, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    missing = pit("roster", "usual", "caio", "--week", "2026-W49", "--as", "sara", *AT)
    assert missing.code == 4
    assert missing.err_line == ("não há semana completa de caio na escala nas 26 semanas antes de 2026-W49; monte "
                                "a escala com `pitstop roster set` ou copie outra semana (`pitstop roster copy`).")
    w46 = parse_week("2026-W46")
    roster.set_cells(desk.db, actor="sara", changes=[roster.CellChange("caio", date.fromordinal(w46.toordinal() + i),
                                                                       DESK_SHIFT) for i in range(5)])
    done = pit("roster", "usual", "caio", "--week", "2026-W49", "--as", "sara", *AT)
    assert done.code == 0
    assert done.out == ("semana habitual de caio (2026-W46) aplicada em 2026-W49: 5 dia(s) definido(s), 0 dia(s) "
                        "limpo(s)\n")


CSV = """login;date;start;end;lunch_start;lunch_end
caio;2026-12-01;08:00;17:00;12:00;13:00
ninguem;2026-12-01;08:00;17:00;;
duda;2026-12-01;09:00;18:00;;
duda;2026-12-02;18:00;09:00;;
"""


def test_import_reports_refused_lines_on_stderr_and_exits_2(pit, desk: Desk,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    path = tmp_path / "escala.csv"
    path.write_bytes(CSV.encode("utf-8-sig"))  # as a spreadsheet saves it
    result = pit("roster", "import", str(path), "--as", "gil", *AT)
    assert result.code == 2
    assert result.err.splitlines() == [
        "linha 3: pessoa desconhecida: 'ninguem' (veja `pitstop staff list`)",
        "linha 5: o fim do turno vem depois do início.",
    ]
    assert result.out == "2 linha(s) aplicada(s): 2 dia(s) definido(s), 0 dia(s) limpo(s); 2 linha(s) recusada(s)\n"
    view = roster.week(desk.db, week="2026-W49")
    assert view.cell("caio", date(2026, 12, 1)) == DESK_SHIFT
    assert view.cell("duda", date(2026, 12, 1)) == Shift(time(9), time(18))
    assert view.cell("duda", date(2026, 12, 2)) is None


def test_import_without_refusals_exits_0_and_reads_standard_input(pit, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    good = "caio;2026-12-01;08:00;17:00;;\n".encode("cp1252")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(good)))
    result = pit("roster", "import", "-", "--as", "sara", *AT)
    assert (result.code, result.err) == (0, "")
    assert result.out == "1 linha(s) aplicada(s): 1 dia(s) definido(s), 0 dia(s) limpo(s)\n"


@pytest.mark.parametrize(("argv", "code", "line"), [
    (["roster", "copy", "--from-week", "2026-W48", "--to-week", "2026-W49", "--as", "caio"], 6,
     "só a gestão (gestor técnico, supervisor ou administrador) muda a escala; seu papel: technician."),
    (["roster", "import", "{csv}", "--as", "zenaide"], 6,
     "só a gestão (gestor técnico, supervisor ou administrador) muda a escala; seu papel: apoio."),
    (["roster", "usual", "caio", "--week", "2026-W49", "--as", "ana"], 6,
     "só a gestão (gestor técnico, supervisor ou administrador) muda a escala; seu papel: attendant."),
    (["roster", "week", "--week", "2026-W60"], 2, "semana inválida: '2026-W60' (use AAAA-Www, ex.: 2026-W49)"),
    (["roster", "copy", "--from-week", "2026-W48", "--to-week", "2026-W48", "--as", "sara"], 2,
     "a semana de origem e a de destino são a mesma (2026-W48); escolha outra semana."),
    (["roster", "week", "--week", "2026-W48", "--tab", "nope"], 4, None),
    (["roster", "import", "/nao/existe.csv", "--as", "sara"], 2, None),
])
def test_refusals_are_one_line_with_their_exit_code(pit, desk: Desk, tmp_path: Path, argv: list[str],  # type: ignore[no-untyped-def]
                                                    code: int, line: str | None) -> None:
    path = tmp_path / "escala.csv"
    path.write_text(CSV)
    before = desk.snapshot()
    acting = AT if "--as" in argv else []
    result: Result = pit(*[str(path) if a == "{csv}" else a for a in argv], *acting)
    assert result.code == code
    if line is not None:
        assert result.err_line == line
    else:
        assert result.err_line
    assert desk.snapshot() == before
