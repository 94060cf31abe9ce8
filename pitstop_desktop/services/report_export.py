"""The weekly report as files: CSV as Brazilian Excel opens it, and XLSX with typed cells (no Qt here).

Both are made from the same tables (:func:`report_tables`): one per point of the report, its title, its header
and its rows of typed values (whole minutes, shares, moments, days, counts). The CSV writes them as text the way a
Brazilian Excel reads them back — UTF-8 with a BOM (or Excel takes it for Windows-1252), ``;`` between fields
(the comma is the decimal separator), ``1,5`` for decimals, ``dd/mm/aaaa`` and ``dd/mm/aaaa hh:mm`` for days and
moments, ``h:mm`` for durations (``37:45``: hours past 24 stay hours), ``66,7%`` for shares — one section per
point, each with its title line. The XLSX keeps the types: durations are durations (``[h]:mm``), moments and days
dates (``dd/mm/yyyy hh:mm``, ``dd/mm/yyyy``), shares percentages, one sheet per point after a summary sheet, each
with a bold, frozen header row and columns as wide as their text.

Words come from ``domain/vocabulary.py`` (task types) and from the report itself (SLA classes' and tabs' names);
times are shown in the report's zone (the business calendar's).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pitstop_desktop.domain.vocabulary import TASK_TYPE, WEEKLY_REPORT_SECTIONS, clock_hours, label, sla_class_name
from pitstop_desktop.services.weekly_report_records import WeeklyReport


@dataclass(frozen=True)
class Minutes:
    """A duration in whole minutes (CSV ``h:mm``; XLSX a duration cell, ``[h]:mm``)."""

    value: int


@dataclass(frozen=True)
class Share:
    """A share 0–1 (CSV ``66,7%``; XLSX a percentage); None: nothing to count (an empty cell)."""

    value: float | None


@dataclass(frozen=True)
class Decimal:
    """A number with decimals (CSV with a decimal comma); None: an empty cell."""

    value: float | None


Cell = str | int | Minutes | Share | Decimal | datetime | date | None
"""A typed value; a datetime is already in the report's zone, without its offset (Excel has none)."""


@dataclass(frozen=True)
class Table:
    """One point of the report: its title, its sheet's name, the header and the rows (team rows marked)."""

    title: str
    sheet: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    team_rows: set[int] = field(default_factory=set)  # indexes of the rows of the whole team (bold in the XLSX)

    def add(self, *cells: Cell, team: bool = False) -> None:
        if team:
            self.team_rows.add(len(self.rows))
        self.rows.append(cells)


SHEETS = ("1 Tempo por tarefa", "2 Contatos", "3 Horas", "4 Plano atendido", "5 Plano próxima semana",
          "6 Agenda próxima semana", "7 Demanda x capacidade", "8 ANS", "9 Evolução", "10 Comunicar conclusão")
TEAM_LOGIN = ""  # a team row's login column
YES, NO = "Sim", "Não"


def _local(report: WeeklyReport, moment: datetime) -> datetime:
    """A moment in the report's zone, as Excel keeps it (no offset)."""
    return moment.astimezone(ZoneInfo(report.timezone)).replace(tzinfo=None)


def _who(login: str | None, name: str) -> tuple[str, str]:
    return name, login or TEAM_LOGIN


def report_tables(report: WeeklyReport) -> list[Table]:
    """The ten points as tables, in the report's order."""
    tables = [Table(title, sheet, headers) for title, sheet, headers in zip(WEEKLY_REPORT_SECTIONS, SHEETS, (
        ("Pessoa", "Login", "Tarefa", "Quantidade", "Tempo executado"),
        ("Pessoa", "Login", "Agendados realizados", "Agendados não realizados", "Agendados cancelados", "Acionados",
         "Tempo em contatos"),
        ("Pessoa", "Login", "Horas agendadas", "Horas realizadas", "Realizado / agendado"),
        ("Pessoa", "Login", "Tarefa", "Planejado", "Realizado", "Atendido"),
        ("Pessoa", "Login", "Tarefa", "Planejado", "Agendado", "Falta agendar"),
        ("Pessoa", "Login", "Tarefa", "Título", "Protocolo", "Início", "Fim", "Duração"),
        ("Indicador", "Valor"),
        ("Por", "Código", "Nome", "Concluídas", "No prazo", "ANS"),
        ("Semana", "Segunda-feira", "OCs abertas", "OCs concluídas", "ANS", "Tempo médio de resolução"),
        ("Pessoa", "Login", "Quantidade", "Tempo"),
    ), strict=True)]
    times, contacts, hours, plan, coverage, agenda, demand, ans, evolution, conclusion = tables
    for t in report.task_time:
        times.add(*_who(t.login, t.name), label(TASK_TYPE, t.task_type), t.count, Minutes(t.executed_minutes),
                  team=t.login is None)
    for c in report.contacts:
        contacts.add(*_who(c.login, c.name), c.scheduled_done, c.scheduled_missed, c.scheduled_cancelled,
                     c.triggered, Minutes(c.minutes), team=c.login is None)
    for h in report.hours:
        ratio = h.realized_minutes / h.scheduled_minutes if h.scheduled_minutes else None
        hours.add(*_who(h.login, h.name), Minutes(h.scheduled_minutes), Minutes(h.realized_minutes), Share(ratio),
                  team=h.login is None)
    for p in report.plan_checks:
        plan.add(*_who(p.login, p.name), label(TASK_TYPE, p.task_type), Minutes(p.planned_minutes),
                 Minutes(p.realized_minutes), YES if p.met else NO, team=p.login is None)
    for v in report.next_week_coverage:
        coverage.add(*_who(v.login, v.name), label(TASK_TYPE, v.task_type), Minutes(v.planned_minutes),
                     Minutes(v.scheduled_minutes), Minutes(max(0, v.planned_minutes - v.scheduled_minutes)),
                     team=v.login is None)
    for s in report.next_week_tasks:
        length = round((s.planned_end - s.planned_start).total_seconds() / 60)
        agenda.add(s.name, s.login, label(TASK_TYPE, s.task_type), s.title, s.protocol,
                   _local(report, s.planned_start), _local(report, s.planned_end), Minutes(length))
    d = report.demand
    for name, value in (
        ("OCs abertas na semana", d.ocs_in),
        ("Tempo médio em atendimento", None if d.handling_minutes is None else Minutes(d.handling_minutes)),
        ("Horas de trabalho que chegaram", Minutes(round(d.hours_in * 60))),
        ("OCs concluídas na semana", d.ocs_closed),
        ("Capacidade dos técnicos pela escala (sem almoço)", Minutes(round(d.capacity_hours * 60))),
        ("OCs em aberto no fim da semana", d.open_backlog),
        ("Dias úteis para zerar o estoque", Decimal(d.backlog_days)),
    ):
        demand.add(name, value)
    for line in report.ans:
        name = sla_class_name(line.code, line.name) if line.by == "class" else (line.name or line.code)
        ans.add("classe" if line.by == "class" else "aba", line.code, name, line.concluded, line.on_time,
                Share(line.share))
    for w in report.evolution:
        evolution.add(w.week, w.monday, w.ocs_in, w.ocs_closed, Share(w.ans_share),
                      None if w.mean_resolve_minutes is None else Minutes(w.mean_resolve_minutes))
    for t in report.conclusion_tasks:
        conclusion.add(*_who(t.login, t.name), t.count, Minutes(t.executed_minutes), team=t.login is None)
    return tables


def _span(report: WeeklyReport) -> str:
    sunday = report.monday + timedelta(days=6)
    return f"{report.monday:%d/%m/%Y} a {sunday:%d/%m/%Y}"


def _next_span(report: WeeklyReport) -> str:
    monday = report.monday + timedelta(days=7)
    return f"{monday:%d/%m/%Y} a {monday + timedelta(days=6):%d/%m/%Y}"


# CSV


def _decimal(value: float, places: int) -> str:
    return f"{value:.{places}f}".replace(".", ",")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet take text for a formula: text people typed (a task's title) starting so is kept text."""


def as_text(text: str) -> str:
    """Typed text that a spreadsheet must not run as a formula, behind an apostrophe (OWASP's CSV injection)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(cell: Cell) -> str:
    """A typed value as a Brazilian Excel reads it back."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return as_text(cell)
    if isinstance(cell, Minutes):
        return clock_hours(cell.value)
    if isinstance(cell, Share):
        return "" if cell.value is None else _decimal(cell.value * 100, 1) + "%"
    if isinstance(cell, Decimal):
        return "" if cell.value is None else _decimal(cell.value, 2)
    if isinstance(cell, datetime):
        return f"{cell:%d/%m/%Y %H:%M}"
    if isinstance(cell, date):
        return f"{cell:%d/%m/%Y}"
    return str(cell)


def csv_lines(report: WeeklyReport) -> list[list[str]]:
    """The CSV's lines: the report's heading, then each point's title, header and rows, a blank line between."""
    lines: list[list[str]] = [
        ["Relatório semanal da gerência", report.week, _span(report)],
        ["Gerado em", csv_cell(_local(report, report.generated_at))],
        ["Semana planejada", report.next_week, _next_span(report)],
    ]
    for table in report_tables(report):
        lines += [[], [table.title], list(table.headers)]
        lines += [[csv_cell(c) for c in row] for row in table.rows]
    return lines


def csv_text(report: WeeklyReport) -> str:
    """The CSV without its BOM (for standard output; a file gets the BOM from :func:`write_csv`)."""
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(csv_lines(report))
    return out.getvalue()


def write_csv(report: WeeklyReport, path: Path | str) -> None:
    """UTF-8 with BOM, ``;`` separated, CRLF lines: what Excel in Brazilian Portuguese opens as columns."""
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, delimiter=";", lineterminator="\r\n").writerows(csv_lines(report))


# XLSX

DURATION_FORMAT = "[h]:mm"
MOMENT_FORMAT = "dd/mm/yyyy hh:mm"
DAY_FORMAT = "dd/mm/yyyy"
SHARE_FORMAT = "0.0%"
DECIMAL_FORMAT = "0.00"
MAX_WIDTH = 60


def _xlsx_value(cell: Cell) -> tuple[object, str | None]:
    """The value openpyxl writes and its number format."""
    if isinstance(cell, Minutes):
        return timedelta(minutes=cell.value), DURATION_FORMAT
    if isinstance(cell, Share):
        return cell.value, SHARE_FORMAT
    if isinstance(cell, Decimal):
        return cell.value, DECIMAL_FORMAT
    if isinstance(cell, datetime):
        return cell, MOMENT_FORMAT
    if isinstance(cell, date):
        return cell, DAY_FORMAT
    return cell, None


def write_xlsx(report: WeeklyReport, path: Path | str) -> None:
    """A summary sheet, then one sheet per point: typed cells, bold frozen header, columns fitted to their text."""
    from openpyxl import Workbook  # only the exports need it (about 0.1 s to import)
    from openpyxl.styles import Font

    bold = Font(bold=True)
    book = Workbook()
    summary = book.active
    assert summary is not None  # a new workbook has its first sheet
    summary.title = "Resumo"
    summary.append(["Relatório semanal da gerência", report.week])
    summary.append(["Semana", _span(report)])
    summary.append(["Semana planejada", f"{report.next_week} ({_next_span(report)})"])
    summary.append(["Gerado em", _local(report, report.generated_at)])
    summary.cell(row=4, column=2).number_format = MOMENT_FORMAT
    summary.append([])
    summary.append(["Pontos", ""])
    tables = report_tables(report)
    for table in tables:
        summary.append([table.title, table.sheet])
    summary["A1"].font = bold
    summary["A6"].font = bold
    _fit(summary, [["Relatório semanal da gerência", f"{report.next_week} ({_next_span(report)})"],
                   *([t.title, t.sheet] for t in tables)])
    for table in tables:
        sheet = book.create_sheet(table.sheet)
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = bold
        for index, row in enumerate(table.rows):
            sheet.append([_xlsx_value(c)[0] for c in row])
            written = sheet[sheet.max_row]
            for target, source in zip(written, row, strict=False):
                number_format = _xlsx_value(source)[1]
                if number_format is not None:
                    target.number_format = number_format
                elif isinstance(source, str) and source.startswith("="):
                    target.data_type = "s"  # openpyxl took it for a formula: it is what someone typed
                if index in table.team_rows:
                    target.font = bold
        sheet.freeze_panes = "A2"
        _fit(sheet, [list(table.headers), *([csv_cell(c) for c in row] for row in table.rows)])
    book.save(path)


def _fit(sheet: object, rows: Sequence[Sequence[str]]) -> None:
    """Columns as wide as their longest text (what the CSV shows of each value), within :data:`MAX_WIDTH`."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    widths: dict[int, int] = {}
    for row in rows:
        for i, text in enumerate(row):
            widths[i] = max(widths.get(i, 0), len(str(text)))
    for i, width in widths.items():
        sheet.column_dimensions[get_column_letter(i + 1)].width = min(MAX_WIDTH, width + 2)
