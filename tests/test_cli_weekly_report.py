"""`pitstop report weekly` on the fixture week (tests/services/weekly_fixture.py), on SQLite and PostgreSQL: the
text summary, --json, the CSV and XLSX files read back, progress on a terminal, the PDF, and the usage errors.
The expected figures are the hand-worked ones of tests/services/test_weekly_report.py."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from pitstop_desktop import cli
from pitstop_desktop.cli import report as report_cli
from tests.services.weekly_fixture import fixture_week_db_url  # noqa: F401 (db_url: the fixture week)

AT = "2026-11-23T08:00"  # the Monday morning after the reviewed week (no offset: São Paulo)


def run(db_url: str, *args: str) -> int:
    return cli.main(["--db", db_url, "report", "weekly", "--at", AT, *args])


def cells(line: str) -> list[str]:
    """A line of a text table as its cells (columns are two or more spaces apart)."""
    return re.split(r"\s{2,}", line.strip())


def test_text_summary_by_default_of_the_previous_week(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_url) == 0  # no --week: the week before the Monday of --at
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == ("Relatório semanal da gerência — 2026-W47 (16/11/2026 a 22/11/2026); "
                        "semana planejada 2026-W48")
    assert lines[1] == "gerado em 23/11/2026 08:00"
    rows = [cells(line) for line in lines]
    assert ["Carla Consultora", "carla", "DR-Documentar", "2", "2:15"] in rows  # 90 + 45 min
    assert ["Equipe", "Comunicar conclusão", "4", "0:50"] in rows  # the team's row has no login: 10 + 25 + 15
    assert ["Carla Consultora", "carla", "5:30", "6:17", "114,2%"] in rows  # 330 scheduled, 377 realized
    assert ["Dias úteis para zerar o estoque", "2,67"] in rows  # 4 open ÷ (6 closed ÷ 4 business days)
    assert ["Capacidade dos técnicos pela escala (sem almoço)", "62:00"] in rows
    assert ["Tempo médio em atendimento", "4:15"] in rows
    assert ["classe", "2H", "2 Horas", "3", "2", "66,7%"] in rows
    assert ["2026-W47", "16/11/2026", "8", "6", "50,0%", "21:00"] in rows
    assert all(f"{n}. " in out for n in range(1, 11))


def test_json_has_every_figure_with_codes(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_url, "--week", "2026-W47", "--json", "--weeks", "2") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["week"] == "2026-W47" and document["next_week"] == "2026-W48"
    assert document["generated_at"] == "2026-11-23T08:00:00-03:00"
    assert document["demand"] == {"ocs_in": 8, "hours_in": 34.0, "ocs_closed": 6, "capacity_hours": 62.0,
                                  "open_backlog": 4, "backlog_days": 2.67, "handling_minutes": 255}
    assert document["task_time"][0] == {"login": "carla", "name": "Carla Consultora", "task_type": "document",
                                        "count": 2, "executed_minutes": 135}
    assert document["contacts"][-1] == {"login": None, "name": "Equipe", "scheduled_done": 2,
                                        "scheduled_missed": 1, "scheduled_cancelled": 1, "triggered": 3,
                                        "minutes": 172}
    assert document["next_week_tasks"][-1]["planned_start"] == "2026-11-29T22:00:00-03:00"
    assert [(w["week"], w["ocs_in"], w["ocs_closed"], w["ans_share"], w["mean_resolve_minutes"])
            for w in document["evolution"]] == [("2026-W46", 3, 1, 1.0, 1440), ("2026-W47", 8, 6, 0.5, 1260)]
    assert [c["executed_minutes"] for c in document["conclusion_tasks"]] == [0, 10, 25, 15, 50]


def test_csv_to_a_file_and_to_standard_output(db_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "semana.csv"
    assert run(db_url, "--week", "2026-W47", "--format", "csv", "--out", str(path)) == 0
    assert capsys.readouterr().out == f"relatório 2026-W47 gravado em {path} (csv)\n"
    with open(path, encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file, delimiter=";"))
    assert lines[0] == ["Relatório semanal da gerência", "2026-W47", "16/11/2026 a 22/11/2026"]
    assert ["Equipe", "", "8:30", "9:12", "108,2%"] in lines  # 510 scheduled, 552 realized
    assert ["aba", "n1_rapida", "N1 - Rápida", "4", "2", "50,0%"] in lines
    assert run(db_url, "--week", "2026-W47", "--format", "csv") == 0
    stdout = capsys.readouterr().out
    assert list(csv.reader(io.StringIO(stdout), delimiter=";")) == lines


def test_xlsx_file(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "semana.xlsx"
    assert run(db_url, "--week", "2026-W47", "--format", "xlsx", "--out", str(path)) == 0
    assert "gravado em" in capsys.readouterr().out
    book = openpyxl.load_workbook(path)
    ws = book["3 Horas"]
    assert [c.value for c in ws[1]] == ["Pessoa", "Login", "Horas agendadas", "Horas realizadas",
                                        "Realizado / agendado"]
    assert [c.value for c in ws[4]][:4] == ["Davi Consultor", "davi", timedelta(hours=3), timedelta(minutes=160)]
    assert ws["C4"].number_format == "[h]:mm" and ws.freeze_panes == "A2"


def test_progress_on_a_terminals_standard_error(db_url: str, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert run(db_url, "--week", "2026-W47", "--json") == 0
    captured = capsys.readouterr()
    steps = [part.strip() for part in captured.err.split("\r") if part.strip()]
    assert steps[0] == "[1/10] 1. Tempo executado por tarefa"
    assert steps[-1] == "[10/10] 10. Comunicar conclusão"
    assert len(steps) == 10 and captured.err.endswith("\n")
    json.loads(captured.out)  # standard output stays the JSON alone


def test_no_progress_when_standard_error_is_not_a_terminal(db_url: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_url, "--week", "2026-W47", "--format", "csv") == 0
    assert capsys.readouterr().err == ""


def test_pdf_without_a_display_read_back(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         qapp: object) -> None:
    """(``qapp``: the session's QApplication, made first, so the PDF writer finds it instead of leaving a plain
    QGuiApplication behind for the window tests that come after.)"""
    from pypdf import PdfReader

    path = tmp_path / "semana.pdf"
    assert run(db_url, "--week", "2026-W47", "--format", "pdf", "--out", str(path)) == 0
    said = capsys.readouterr().out
    match = re.fullmatch(rf"relatório 2026-W47 gravado em {re.escape(str(path))} \(pdf, (\d+) páginas?\)\n", said)
    assert match is not None, said
    reader = PdfReader(path)
    assert len(reader.pages) == int(match.group(1)) >= 1
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)  # pypdf spaces with tabs
    pages = len(reader.pages)
    for words in ("2026-W47", "Carla Consultora", "Comunicar conclusão", "34 h 00 min", f"Página 1 de {pages}"):
        assert words in text, words


def test_a_pdf_this_installation_cannot_draw_is_exit_4(db_url: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_cli, "PDF_MODULE", "pitstop_desktop.views.no_such_report.pdf")
    assert run(db_url, "--week", "2026-W47", "--format", "pdf", "--out", str(tmp_path / "r.pdf")) == 4
    assert "PDF não está disponível" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(("args", "words"), [
    (("--format", "xlsx"), "informe --out"),
    (("--format", "pdf"), "informe --out"),
    (("--format", "csv", "--json"), "--json"),
    (("--week", "2026-W60"), "semana inválida"),
    (("--weeks", "0"), "--weeks"),
])
def test_usage_errors_are_exit_2(db_url: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...],
                                 words: str) -> None:
    assert run(db_url, *args) == 2
    assert words in capsys.readouterr().err
