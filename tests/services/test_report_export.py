"""The weekly report's CSV and XLSX, read back: the CSV with the csv module (``;``, UTF-8 with BOM), the XLSX with
openpyxl (values, number formats, header, frozen panes, widths).

The report is the fixture week's, made of the hand-worked figures of tests/services/test_weekly_report.py (which
checks the service gives exactly those); the texts expected below (``2:15``, ``66,7%``) were written by hand.
"""

from __future__ import annotations

import csv
import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from pitstop_desktop.services.report_export import csv_text, write_csv, write_xlsx
from pitstop_desktop.services.weekly_report_records import ScheduledTask, WeeklyReport
from tests.services.test_weekly_report import (
    EXPECTED_ANS,
    EXPECTED_CONCLUSION,
    EXPECTED_CONTACTS,
    EXPECTED_COVERAGE,
    EXPECTED_DEMAND,
    EXPECTED_EVOLUTION,
    EXPECTED_HOURS,
    EXPECTED_NEXT_TASKS,
    EXPECTED_PLAN_CHECKS,
    EXPECTED_TASK_TIME,
)
from tests.services.weekly_fixture import GENERATED_AT, MONDAY

REPORT = WeeklyReport(
    week="2026-W47", monday=MONDAY, next_week="2026-W48", generated_at=GENERATED_AT, task_time=EXPECTED_TASK_TIME,
    contacts=EXPECTED_CONTACTS, hours=EXPECTED_HOURS, plan_checks=EXPECTED_PLAN_CHECKS,
    next_week_coverage=EXPECTED_COVERAGE, next_week_tasks=EXPECTED_NEXT_TASKS, demand=EXPECTED_DEMAND,
    ans=EXPECTED_ANS, evolution=EXPECTED_EVOLUTION, conclusion_tasks=EXPECTED_CONCLUSION,
    timezone="America/Sao_Paulo",
)

TITLES = ("1. Tempo executado por tarefa", "2. Contatos agendados e acionados", "3. Horas agendadas × realizadas",
          "4. Plano de trabalho atendido", "5. Plano de trabalho da próxima semana",
          "6. Tarefas agendadas da próxima semana", "7. Demanda × capacidade", "8. ANS: concluídas no prazo",
          "9. Evolução do atendimento", "10. Comunicar conclusão")


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def sections(lines: list[list[str]]) -> dict[str, list[list[str]]]:
    """Each titled section's lines (header first), split at the blank lines."""
    found: dict[str, list[list[str]]] = {}
    blocks: list[list[list[str]]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        else:
            blocks.append([])
    for block in blocks[1:]:
        found[block[0][0]] = block[1:]
    return found


@pytest.fixture(scope="module")
def csv_sections(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    path = tmp_path_factory.mktemp("csv") / "semana.csv"
    write_csv(REPORT, path)
    return sections(read_csv(path))


def test_csv_is_utf8_with_bom_semicolons_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "semana.csv"
    write_csv(REPORT, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8 then
    assert raw[3:].startswith("Relatório semanal da gerência;2026-W47;16/11/2026 a 22/11/2026\r\n".encode())
    lines = read_csv(path)
    assert lines[1] == ["Gerado em", "23/11/2026 08:00"]
    assert lines[2] == ["Semana planejada", "2026-W48", "23/11/2026 a 29/11/2026"]
    assert [line[0] for line in lines if len(line) == 1] == list(TITLES)  # one titled section per point, in order
    assert csv_text(REPORT).splitlines() == path.read_text(encoding="utf-8-sig").splitlines()


def test_csv_point_1_durations_as_hours_and_minutes(csv_sections: dict[str, list[list[str]]]) -> None:
    assert csv_sections[TITLES[0]] == [
        ["Pessoa", "Login", "Tarefa", "Quantidade", "Tempo executado"],
        ["Carla Consultora", "carla", "DR-Documentar", "2", "2:15"],
        ["Carla Consultora", "carla", "Base de Conhecimento", "1", "1:00"],
        ["Carla Consultora", "carla", "Teste", "1", "1:15"],
        ["Carla Consultora", "carla", "Comunicar conclusão", "1", "0:10"],
        ["Davi Consultor", "davi", "DR-Documentar", "1", "1:00"],
        ["Davi Consultor", "davi", "Comunicar conclusão", "2", "0:25"],
        ["Elis Suporte", "elis", "Comunicar conclusão", "1", "0:15"],
        ["Equipe", "", "DR-Documentar", "3", "3:15"],
        ["Equipe", "", "Base de Conhecimento", "1", "1:00"],
        ["Equipe", "", "Teste", "1", "1:15"],
        ["Equipe", "", "Comunicar conclusão", "4", "0:50"],
    ]


def test_csv_points_2_3_4_and_10(csv_sections: dict[str, list[list[str]]]) -> None:
    assert csv_sections[TITLES[1]][2] == ["Carla Consultora", "carla", "1", "1", "1", "2", "1:37"]
    assert csv_sections[TITLES[1]][-1] == ["Equipe", "", "2", "1", "1", "3", "2:52"]
    # 377 / 330 = 114,24…%; 160 / 180 = 88,88…%; nothing scheduled: empty
    assert csv_sections[TITLES[2]][1:] == [
        ["Bruna Consultora", "bruna", "0:00", "0:00", ""],
        ["Carla Consultora", "carla", "5:30", "6:17", "114,2%"],
        ["Davi Consultor", "davi", "3:00", "2:40", "88,9%"],
        ["Elis Suporte", "elis", "0:00", "0:15", ""],
        ["Equipe", "", "8:30", "9:12", "108,2%"],  # 552 / 510
    ]
    assert csv_sections[TITLES[3]][2] == ["Carla Consultora", "carla", "DR-Documentar", "2:00", "2:15", "Sim"]
    assert csv_sections[TITLES[3]][-1] == ["Equipe", "", "Comunicar conclusão", "0:30", "0:50", "Sim"]
    assert csv_sections[TITLES[9]][1:] == [["Bruna Consultora", "bruna", "0", "0:00"],
                                           ["Carla Consultora", "carla", "1", "0:10"],
                                           ["Davi Consultor", "davi", "2", "0:25"],
                                           ["Elis Suporte", "elis", "1", "0:15"], ["Equipe", "", "4", "0:50"]]


def test_csv_points_5_and_6_the_week_being_planned(csv_sections: dict[str, list[list[str]]]) -> None:
    assert csv_sections[TITLES[4]][1] == ["Carla Consultora", "carla", "DR-Documentar", "3:00", "2:30", "0:30"]
    assert csv_sections[TITLES[4]][2] == ["Carla Consultora", "carla", "DR-Revisar", "0:00", "1:00", "0:00"]
    assert csv_sections[TITLES[5]] == [
        ["Pessoa", "Login", "Tarefa", "Título", "Protocolo", "Início", "Fim", "Duração"],
        ["Carla Consultora", "carla", "DR-Documentar", "Documentar a OC 7", "7", "23/11/2026 09:00",
         "23/11/2026 11:00", "2:00"],
        ["Carla Consultora", "carla", "DR-Documentar", "Revisar o manual", "", "24/11/2026 14:00",
         "24/11/2026 14:30", "0:30"],
        ["Carla Consultora", "carla", "DR-Revisar", "Revisão do contrato", "", "25/11/2026 10:00",
         "25/11/2026 11:00", "1:00"],
        ["Davi Consultor", "davi", "RE-Participar Reunião", "Reunião com a Beta", "", "26/11/2026 15:00",
         "26/11/2026 16:30", "1:30"],
        ["Davi Consultor", "davi", "Análise", "Domingo à noite", "", "29/11/2026 22:00", "29/11/2026 23:00", "1:00"],
    ]


def test_csv_points_7_8_9_decimal_comma_and_percent(csv_sections: dict[str, list[list[str]]]) -> None:
    assert csv_sections[TITLES[6]] == [
        ["Indicador", "Valor"],
        ["OCs abertas na semana", "8"],
        ["Tempo médio em atendimento", "4:15"],  # 255 min
        ["Horas de trabalho que chegaram", "34:00"],  # 8 × 255 min
        ["OCs concluídas na semana", "6"],
        ["Capacidade dos técnicos pela escala (sem almoço)", "62:00"],
        ["OCs em aberto no fim da semana", "4"],
        ["Dias úteis para zerar o estoque", "2,67"],
    ]
    ans = csv_sections[TITLES[7]]
    assert ans[0] == ["Por", "Código", "Nome", "Concluídas", "No prazo", "ANS"]
    assert ans[3] == ["classe", "2H", "2 Horas", "3", "2", "66,7%"]
    assert ans[5] == ["classe", "24H", "24 Horas", "3", "1", "33,3%"]
    assert ans[1] == ["classe", "IS", "IS", "0", "0", ""]
    assert ans[8] == ["aba", "n1_rapida", "N1 - Rápida", "4", "2", "50,0%"]
    assert ans[11] == ["aba", "n1_filiais", "N1 - Filiais", "2", "1", "50,0%"]
    evolution = csv_sections[TITLES[8]]
    assert evolution[1:] == [["2026-W46", "09/11/2026", "3", "1", "100,0%", "24:00"],
                              ["2026-W47", "16/11/2026", "8", "6", "50,0%", "21:00"]]


def test_typed_text_never_becomes_a_formula(tmp_path: Path) -> None:
    task = ScheduledTask("carla", "Carla Consultora", "document", '=HYPERLINK("http://x","y")', None,
                         datetime(2026, 11, 23, 12, 0).astimezone(), datetime(2026, 11, 23, 13, 0).astimezone())
    report = dataclasses.replace(REPORT, next_week_tasks=(task,))
    write_csv(report, tmp_path / "r.csv")
    assert sections(read_csv(tmp_path / "r.csv"))[TITLES[5]][1][3] == '\'=HYPERLINK("http://x","y")'
    write_xlsx(report, tmp_path / "r.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "r.xlsx")["6 Agenda próxima semana"]["D2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x","y")'


# XLSX


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("xlsx") / "semana.xlsx"
    write_xlsx(REPORT, path)
    return openpyxl.load_workbook(path)


def sheet(book: openpyxl.Workbook, name: str) -> Worksheet:
    found = book[name]
    assert isinstance(found, Worksheet)
    return found


def test_xlsx_a_summary_then_one_sheet_per_point(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == ["Resumo", "1 Tempo por tarefa", "2 Contatos", "3 Horas", "4 Plano atendido",
                               "5 Plano próxima semana", "6 Agenda próxima semana", "7 Demanda x capacidade",
                               "8 ANS", "9 Evolução", "10 Comunicar conclusão"]
    summary = sheet(book, "Resumo")
    assert summary["A1"].value == "Relatório semanal da gerência" and summary["B1"].value == "2026-W47"
    assert summary["B4"].value == datetime(2026, 11, 23, 8, 0)  # in São Paulo, as Excel keeps it: no offset
    assert summary["B4"].number_format == "dd/mm/yyyy hh:mm"
    assert [summary.cell(row=7 + i, column=1).value for i in range(10)] == list(TITLES)


def test_xlsx_header_bold_frozen_and_columns_fitted(book: openpyxl.Workbook) -> None:
    for name in book.sheetnames[1:]:
        ws = sheet(book, name)
        assert ws.freeze_panes == "A2", name
        assert all(cell.font.bold for cell in ws[1]), name
    ws = sheet(book, "1 Tempo por tarefa")
    assert [c.value for c in ws[1]] == ["Pessoa", "Login", "Tarefa", "Quantidade", "Tempo executado"]
    assert ws.column_dimensions["A"].width == len("Carla Consultora") + 2
    assert ws.column_dimensions["E"].width == len("Tempo executado") + 2
    assert not ws["A2"].font.bold and ws["A9"].font.bold  # the team's rows stand out


def test_xlsx_durations_are_durations(book: openpyxl.Workbook) -> None:
    ws = sheet(book, "1 Tempo por tarefa")
    assert [c.value for c in ws[2]] == ["Carla Consultora", "carla", "DR-Documentar", 2, timedelta(minutes=135)]
    assert ws["E2"].number_format == "[h]:mm"
    assert [c.value for c in ws[9]] == ["Equipe", None, "DR-Documentar", 3, timedelta(minutes=195)]
    demand = sheet(book, "7 Demanda x capacidade")
    assert [(r[0].value, r[1].value) for r in demand.iter_rows(min_row=2)] == [
        ("OCs abertas na semana", 8),
        ("Tempo médio em atendimento", timedelta(minutes=255)),
        ("Horas de trabalho que chegaram", timedelta(hours=34)),
        ("OCs concluídas na semana", 6),
        ("Capacidade dos técnicos pela escala (sem almoço)", timedelta(hours=62)),
        ("OCs em aberto no fim da semana", 4),
        ("Dias úteis para zerar o estoque", 2.67),
    ]
    assert demand["B3"].number_format == "[h]:mm" and demand["B4"].number_format == "[h]:mm"
    assert demand["B8"].number_format == "0.00"


def test_xlsx_moments_days_and_shares(book: openpyxl.Workbook) -> None:
    agenda = sheet(book, "6 Agenda próxima semana")
    assert [c.value for c in agenda[2]] == ["Carla Consultora", "carla", "DR-Documentar", "Documentar a OC 7", 7,
                                            datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 23, 11, 0),
                                            timedelta(hours=2)]
    assert agenda["F2"].number_format == "dd/mm/yyyy hh:mm" and agenda["H2"].number_format == "[h]:mm"
    assert agenda["F6"].value == datetime(2026, 11, 29, 22, 0)  # Sunday night in São Paulo, not Monday UTC
    ans = sheet(book, "8 ANS")
    assert [c.value for c in ans[4]] == ["classe", "2H", "2 Horas", 3, 2, pytest.approx(2 / 3)]
    assert ans["F4"].number_format == "0.0%"
    assert ans["F2"].value is None  # nothing concluded: no share
    evolution = sheet(book, "9 Evolução")
    assert [c.value for c in evolution[3]] == ["2026-W47", datetime(2026, 11, 16), 8, 6, 0.5, timedelta(hours=21)]
    assert evolution.max_row == 3  # W46 and W47: the weeks before W46 had no OC
    assert evolution["B3"].number_format == "dd/mm/yyyy"
    assert isinstance(evolution["B3"].value, datetime) and evolution["B3"].value.date() == date(2026, 11, 16)


def test_xlsx_points_3_4_and_10(book: openpyxl.Workbook) -> None:
    hours = sheet(book, "3 Horas")
    assert [c.value for c in hours[3]] == ["Carla Consultora", "carla", timedelta(minutes=330),
                                           timedelta(minutes=377), pytest.approx(377 / 330)]
    plan = sheet(book, "4 Plano atendido")
    assert [c.value for c in plan[3]] == ["Carla Consultora", "carla", "DR-Documentar", timedelta(hours=2),
                                          timedelta(minutes=135), "Sim"]
    conclusion = sheet(book, "10 Comunicar conclusão")
    assert [c.value for c in conclusion[6]] == ["Equipe", None, 4, timedelta(minutes=50)]
