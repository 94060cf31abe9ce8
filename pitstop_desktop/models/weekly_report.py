"""The weekly management report (``services/weekly_report_records.py``) as a manager reads it: ten sections named
after the seed's "Gerência" list, each with its charts (plain series, drawn by pyqtgraph in the window and by
QPainter in the PDF) and its tables (strings, already in the UI's language), and a table model over one table.

One description for both faces, so the window and the PDF always show the same figures in the same words. The
words and colours are the vocabulary's (``models/labels.py``, ``domain/vocabulary.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import IntEnum
from math import floor, log10
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from pitstop_desktop.domain import vocabulary
from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.models.labels import label, sla_class_name, tr
from pitstop_desktop.models.palette import sla_colour, sla_text_colour
from pitstop_desktop.services.gauges import DEFAULT_ANS_TARGET
from pitstop_desktop.services.weekly_report_records import TEAM, AnsLine, WeeklyReport

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "WeeklyReport"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


BARS, STACKED, LINES = "bars", "stacked", "lines"
HOURS, PERCENT, COUNT = "h", "%", ""


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # one per category; None: nothing to draw there
    colour: str
    colours: tuple[str, ...] = ()  # one per category when the bars of one series differ (ANS met or missed)


@dataclass(frozen=True)
class Chart:
    title: str
    kind: str  # BARS (grouped), STACKED or LINES
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str  # HOURS, PERCENT or COUNT: the value axis
    horizontal: bool = False  # categories down the side (long names: task types)
    notes: tuple[str, ...] = ()  # a text at the end of each category's bar ("87% (13/15)")
    target: float | None = None  # a dashed line across (the ANS target, in the chart's unit)

    @property
    def empty(self) -> bool:
        return not self.categories or all(v is None or v == 0 for s in self.series for v in s.values)


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]  # per column: right-aligned
    team_rows: frozenset[int] = frozenset()  # rows in bold (the team's totals)
    states: Mapping[tuple[int, int], str] | None = None  # (row, column) → SLA state, drawn in its colour
    title: str = ""


@dataclass(frozen=True)
class Section:
    number: int
    title: str
    seed: str  # what the seed's list asks, as the team wrote it
    charts: tuple[Chart, ...]
    tables: tuple[Table, ...]
    figures: tuple[tuple[str, str], ...] = ()  # (label, value): the headline numbers of point 7
    empty_text: str = ""  # said when there is nothing to show

    @property
    def empty(self) -> bool:
        return not any(t.rows for t in self.tables) and not self.figures


def hours(minutes: int) -> str:
    return vocabulary.work_hours(minutes, tr)


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


def _h(minutes: int) -> float:
    return round(minutes / 60, 2)


def _name(name: str) -> str:
    return _t("Equipe") if name == TEAM else name


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def _people(names: Sequence[tuple[str | None, str]]) -> list[tuple[str, str]]:
    """The people of a section (not the team row), in first-seen order."""
    seen: dict[str, str] = {}
    for login, name in names:
        if login is not None and login not in seen:
            seen[login] = name
    return list(seen.items())


def report_sections(report: WeeklyReport, tz: tzinfo | None = None) -> list[Section]:
    """The report's ten points, in the seed's order. ``tz``: the calendar's zone the scheduled tasks' times are
    shown in (default: the business calendar's)."""
    zone = tz or BusinessCalendar().tz
    return [_point1(report), _point2(report), _point3(report), _point4(report), _point5(report),
            _point6(report, zone), _point7(report), _point8(report), _point9(report), _point10(report)]


def section_title(number: int) -> str:
    """The vocabulary's title of point ``number`` (1–10) in the UI's language, without its number."""
    return tr(vocabulary.WEEKLY_REPORT_SECTIONS[number - 1]).split(". ", 1)[-1]


def weekday(day: date) -> str:
    """``seg``, ``ter``…: a day's short name in the UI's language."""
    names = (_t("seg"), _t("ter"), _t("qua"), _t("qui"), _t("sex"), _t("sáb"), _t("dom"))
    return names[day.weekday()]


def _point1(report: WeeklyReport) -> Section:
    rows = report.task_time
    people = _people([(r.login, r.name) for r in rows])
    team = {r.task_type: r.executed_minutes for r in rows if r.login is None}
    types = sorted({r.task_type for r in rows}, key=lambda t: (-team.get(t, 0), label(vocabulary.TASK_TYPE, t)))
    minutes = {(r.login, r.task_type): r.executed_minutes for r in rows}
    series = tuple(Series(name, tuple(_h(minutes.get((login, t), 0)) for t in types), vocabulary.chart_colour(i))
                   for i, (login, name) in enumerate(people))
    chart = Chart(_t("Horas executadas por tipo de tarefa"), STACKED,
                  tuple(label(vocabulary.TASK_TYPE, t) for t in types), series, HOURS, horizontal=True)
    ordered = sorted(rows, key=lambda r: (r.login is None, r.name, types.index(r.task_type)))
    table = Table((_t("Pessoa"), _t("Tipo de tarefa"), _t("Tarefas"), _t("Tempo executado")),
                  tuple((_name(r.name), label(vocabulary.TASK_TYPE, r.task_type), str(r.count),
                         hours(r.executed_minutes)) for r in ordered),
                  (False, False, True, True),
                  frozenset(i for i, r in enumerate(ordered) if r.login is None))
    return Section(1, section_title(1),
                   _t("Gerar relatório das tarefas visando tempo em que a tarefa foi executada na semana anterior."),
                   (chart,), (table,), empty_text=_t("Nenhuma tarefa encerrada nesta semana."))


def _point2(report: WeeklyReport) -> Section:
    rows = [r for r in report.contacts if r.login is None or r.scheduled_done or r.scheduled_missed
            or r.scheduled_cancelled or r.triggered or r.minutes]  # a person with no contact this week has no row
    people = [r for r in rows if r.login is not None]
    cats = tuple(r.name for r in people)
    series = (
        Series(_t("Agendados realizados"), tuple(float(r.scheduled_done) for r in people),
               vocabulary.SLA_COLOUR["met"]),
        Series(_t("Acionados"), tuple(float(r.triggered) for r in people), vocabulary.chart_colour(0)),
        Series(_t("Não realizados"), tuple(float(r.scheduled_missed) for r in people),
               vocabulary.SLA_COLOUR["missed"]),
        Series(_t("Cancelados"), tuple(float(r.scheduled_cancelled) for r in people), vocabulary.PLANNED_COLOUR),
    )
    chart = Chart(_t("Contatos por pessoa"), STACKED, cats, series, COUNT, horizontal=_many(cats))
    ordered = sorted(rows, key=lambda r: r.login is None)
    table = Table((_t("Pessoa"), _t("Agendados realizados"), _t("Não realizados"), _t("Cancelados"),
                   _t("Acionados"), _t("Tempo em contatos")),
                  tuple((_name(r.name), str(r.scheduled_done), str(r.scheduled_missed), str(r.scheduled_cancelled),
                         str(r.triggered), hours(r.minutes)) for r in ordered),
                  (False, True, True, True, True, True),
                  frozenset(i for i, r in enumerate(ordered) if r.login is None))
    return Section(2, section_title(2),
                   _t("Gerar relatório dos contatos tanto agendados com status realizado e contato acionados."),
                   (chart,), (table,), empty_text=_t("Nenhum contato nesta semana."))


def _many(names: tuple[str, ...]) -> bool:
    """People down the side once there are more than a chart's width holds side by side (the help desk's
    technicians each have their Comunicar conclusão tasks: twenty names do not fit under bars)."""
    return len(names) > 6


def _point3(report: WeeklyReport) -> Section:
    # a person with nothing scheduled nor realized this week has no row
    rows = tuple(r for r in report.hours if r.login is None or r.scheduled_minutes or r.realized_minutes)
    people = [r for r in rows if r.login is not None]
    names = tuple(r.name for r in people)
    chart = Chart(_t("Horas agendadas × realizadas por pessoa"), BARS, names, (
        Series(_t("Agendadas"), tuple(_h(r.scheduled_minutes) for r in people), vocabulary.PLANNED_COLOUR),
        Series(_t("Realizadas"), tuple(_h(r.realized_minutes) for r in people), vocabulary.chart_colour(0)),
    ), HOURS, horizontal=_many(names))
    ordered = sorted(rows, key=lambda r: r.login is None)
    table_rows = []
    for r in ordered:
        difference = r.realized_minutes - r.scheduled_minutes
        sign = "+" if difference > 0 else "−" if difference < 0 else ""
        table_rows.append((_name(r.name), hours(r.scheduled_minutes), hours(r.realized_minutes),
                           sign + hours(abs(difference)), percent(r.realized_minutes / r.scheduled_minutes
                                                                  if r.scheduled_minutes else None)))
    table = Table((_t("Pessoa"), _t("Agendadas"), _t("Realizadas"), _t("Diferença"), _t("Realizado")),
                  tuple(table_rows), (False, True, True, True, True),
                  frozenset(i for i, r in enumerate(ordered) if r.login is None))
    return Section(3, section_title(3),
                   _t("Confrontar as horas agendadas na semana anterior com as realizadas."),
                   (chart,), (table,), empty_text=_t("Nada agendado nem realizado nesta semana."))


def _plan_chart(title: str, rows: Sequence[Any], done_name: str, done_field: str) -> Chart:
    team = [r for r in rows if r.login is None]
    team.sort(key=lambda r: -r.planned_minutes)
    return Chart(title, BARS, tuple(label(vocabulary.TASK_TYPE, r.task_type) for r in team), (
        Series(_t("Plano de trabalho"), tuple(_h(r.planned_minutes) for r in team), vocabulary.PLANNED_COLOUR),
        Series(done_name, tuple(_h(getattr(r, done_field)) for r in team), vocabulary.chart_colour(0)),
    ), HOURS, horizontal=True)


def _point4(report: WeeklyReport) -> Section:
    rows = sorted(report.plan_checks, key=lambda r: (r.login is None, r.name, label(vocabulary.TASK_TYPE,
                                                                                    r.task_type)))
    states = {(i, 4): "met" if r.met else "missed" for i, r in enumerate(rows)}
    table = Table((_t("Pessoa"), _t("Tipo de tarefa"), _t("Plano"), _t("Realizado"), _t("Atendeu")),
                  tuple((_name(r.name), label(vocabulary.TASK_TYPE, r.task_type), hours(r.planned_minutes),
                         hours(r.realized_minutes), _t("sim") if r.met else _t("não")) for r in rows),
                  (False, False, True, True, False),
                  frozenset(i for i, r in enumerate(rows) if r.login is None), states)
    chart = _plan_chart(_t("Plano de trabalho × realizado (equipe)"), report.plan_checks, _t("Realizado"),
                        "realized_minutes")
    met = sum(1 for r in rows if r.login is not None and r.met)
    counted = sum(1 for r in rows if r.login is not None)
    figures = ((_t("Itens do plano atendidos"), f"{met} / {counted}"),) if counted else ()
    return Section(4, section_title(4),
                   _t("Identificar se as horas elencadas no plano de trabalho atendeu."),
                   (chart,), (table,), figures, _t("Sem plano de trabalho para esta semana."))


def _point5(report: WeeklyReport) -> Section:
    rows = sorted(report.next_week_coverage,
                  key=lambda r: (r.login is None, r.name, label(vocabulary.TASK_TYPE, r.task_type)))
    states = {(i, 4): "met" if r.scheduled_minutes >= r.planned_minutes else "warning" for i, r in enumerate(rows)}
    table = Table((_t("Pessoa"), _t("Tipo de tarefa"), _t("Plano"), _t("Agendado"), _t("Falta agendar")),
                  tuple((_name(r.name), label(vocabulary.TASK_TYPE, r.task_type), hours(r.planned_minutes),
                         hours(r.scheduled_minutes), hours(max(0, r.planned_minutes - r.scheduled_minutes)))
                        for r in rows),
                  (False, False, True, True, True),
                  frozenset(i for i, r in enumerate(rows) if r.login is None), states)
    chart = _plan_chart(_t("Plano de trabalho × agendado (equipe)"), report.next_week_coverage, _t("Agendado"),
                        "scheduled_minutes")
    return Section(5, section_title(5),
                   _t("Agendar todas as tarefas da semana separado conforme o tempo do plano de trabalho.")
                   + " " + _t("Semana %1.").replace("%1", report.next_week),
                   (chart,), (table,), empty_text=_t("Sem plano de trabalho para a próxima semana."))


def _local(moment: datetime, tz: tzinfo) -> datetime:
    return moment.astimezone(tz) if moment.tzinfo is not None else moment


def _point6(report: WeeklyReport, tz: tzinfo) -> Section:
    tasks = sorted(report.next_week_tasks, key=lambda t: (t.name, t.planned_start))
    table = Table((_t("Pessoa"), _t("Dia"), _t("Horário"), _t("Tipo de tarefa"), _t("Tarefa"), _t("Protocolo")),
                  tuple((t.name, f"{weekday(_local(t.planned_start, tz).date())} {_local(t.planned_start, tz):%d/%m}",
                         f"{_local(t.planned_start, tz):%H:%M}–{_local(t.planned_end, tz):%H:%M}",
                         label(vocabulary.TASK_TYPE, t.task_type),
                         t.title, "" if t.protocol is None else str(t.protocol)) for t in tasks),
                  (False, False, False, False, False, True))
    return Section(6, section_title(6),
                   _t("Gerar relatório dos agendamentos das tarefas da semana.") + " "
                   + _t("Semana %1.").replace("%1", report.next_week),
                   (), (table,), empty_text=_t("Nenhuma tarefa agendada para a próxima semana."))


def _point7(report: WeeklyReport) -> Section:
    d = report.demand
    load = d.hours_in / d.capacity_hours if d.capacity_hours else None
    over = load is not None and load > 1
    chart = Chart(_t("Demanda × capacidade (horas)"), BARS, (_t("Demanda"), _t("Capacidade")), (
        Series(_t("Horas"), (round(d.hours_in, 1), round(d.capacity_hours, 1)), vocabulary.chart_colour(0),
               (vocabulary.SLA_COLOUR["missed" if over else "met"], vocabulary.PLANNED_COLOUR)),
    ), HOURS, horizontal=True, notes=(_hours_float(d.hours_in), _hours_float(d.capacity_hours)))
    figures = (
        (_t("OCs que chegaram"), str(d.ocs_in)),
        (_t("OCs concluídas"), str(d.ocs_closed)),
        (_t("Tempo médio em atendimento"), "—" if d.handling_minutes is None else hours(d.handling_minutes)),
        (_t("Horas de demanda"), _hours_float(d.hours_in)),
        (_t("Capacidade (escala menos almoço)"), _hours_float(d.capacity_hours)),
        (_t("Demanda / capacidade"), percent(load)),
        (_t("OCs abertas no fim da semana"), str(d.open_backlog)),
        (_t("Dias para zerar o acumulado"), _days(d.backlog_days)),
    )
    table = Table((_t("Indicador"), _t("Valor")), figures, (False, True))
    return Section(7, section_title(7), _t("Medir demanda versus capacidade."),
                   (chart,), (table,), figures)


def _hours_float(value: float) -> str:
    return hours(round(value * 60))


def _point8(report: WeeklyReport) -> Section:
    target = DEFAULT_ANS_TARGET
    charts = []
    rows: list[tuple[str, ...]] = []
    states: dict[tuple[int, int], str] = {}
    for by, title in (("class", _t("ANS por classe de SLA")), ("tab", _t("ANS por aba"))):
        lines = [a for a in report.ans if a.by == by]
        names = [_ans_name(a) for a in lines]
        drawn = [a for a in lines if a.concluded]  # the chart shows what was concluded; the table every line
        values = tuple(None if a.share is None else round(a.share * 100, 1) for a in drawn)
        colours = tuple(vocabulary.SLA_COLOUR["met" if a.share is not None and a.share >= target - 1e-9
                                              else "missed"] for a in drawn)
        notes = tuple(f"{percent(a.share)} ({a.on_time}/{a.concluded})" for a in drawn)
        charts.append(Chart(title, BARS, tuple(_ans_name(a) for a in drawn),
                            (Series(_t("ANS"), values, colours[0] if colours else "", colours),), PERCENT,
                            notes=notes, target=target * 100))
        for a, name in zip(lines, names, strict=True):
            if a.share is not None:
                states[(len(rows), 4)] = "met" if a.share >= target - 1e-9 else "missed"
            rows.append((_t("Classe") if by == "class" else _t("Aba"), name, str(a.concluded), str(a.on_time),
                         percent(a.share)))
    concluded = sum(a.concluded for a in report.ans if a.by == "class")
    on_time = sum(a.on_time for a in report.ans if a.by == "class")
    figures = ((_t("ANS da semana"), f"{percent(on_time / concluded if concluded else None)} "
                                     f"({on_time}/{concluded})"),
               (_t("Meta"), percent(target)))
    table = Table((_t("Por"), _t("Classe ou aba"), _t("Concluídas"), _t("No prazo"), _t("ANS")), tuple(rows),
                  (False, False, True, True, True), states=states)
    return Section(8, section_title(8), _t("Gerar indicador da ANS. (Atendimentos concluídos no prazo)"),
                   tuple(charts), (table,), figures, _t("Nenhuma OC concluída nesta semana."))


def _ans_name(line: AnsLine) -> str:
    return sla_class_name(line.code, line.name or None) if line.by == "class" else line.name or line.code


def _point9(report: WeeklyReport) -> Section:
    weeks = report.evolution
    cats = tuple(w.week.split("-")[-1] for w in weeks)
    volume = Chart(_t("Volume: OCs abertas e concluídas"), LINES, cats, (
        Series(_t("Abertas"), tuple(float(w.ocs_in) for w in weeks), vocabulary.chart_colour(0)),
        Series(_t("Concluídas"), tuple(float(w.ocs_closed) for w in weeks), vocabulary.chart_colour(1)),
    ), COUNT)
    ans = Chart(_t("ANS (%)"), LINES, cats, (
        Series(_t("ANS"), tuple(None if w.ans_share is None else round(w.ans_share * 100, 1) for w in weeks),
               vocabulary.SLA_COLOUR["met"]),
    ), PERCENT, target=DEFAULT_ANS_TARGET * 100)
    resolve = Chart(_t("Tempo médio para resolver (horas)"), LINES, cats, (
        Series(_t("Tempo médio"), tuple(None if w.mean_resolve_minutes is None else _h(w.mean_resolve_minutes)
                                        for w in weeks), vocabulary.chart_colour(3)),
    ), HOURS)
    table = Table((_t("Semana"), _t("Segunda-feira"), _t("OCs abertas"), _t("OCs concluídas"), _t("ANS"),
                   _t("Tempo médio para resolver")),
                  tuple((w.week, f"{w.monday:%d/%m/%Y}", str(w.ocs_in), str(w.ocs_closed), percent(w.ans_share),
                         "—" if w.mean_resolve_minutes is None else hours(w.mean_resolve_minutes))
                        for w in weeks),
                  (False, False, True, True, True, True),
                  frozenset({len(weeks) - 1}) if weeks else frozenset())
    return Section(9, section_title(9), _t("Gerar indicador de evolução do atendimento."),
                   (volume, ans, resolve), (table,), empty_text=_t("Sem semanas anteriores para comparar."))


def _point10(report: WeeklyReport) -> Section:
    rows = list(report.conclusion_tasks)
    people = [r for r in rows if r.login is not None]
    names = tuple(r.name for r in people)
    chart = Chart(_t("Comunicar conclusão: tempo por pessoa"), BARS, names, (
        Series(_t("Tempo"), tuple(_h(r.executed_minutes) for r in people), vocabulary.chart_colour(2)),
    ), HOURS, notes=tuple(_t("%1 tarefa(s)").replace("%1", str(r.count)) for r in people), horizontal=_many(names))
    ordered = sorted(rows, key=lambda r: r.login is None)
    table = Table((_t("Pessoa"), _t("Quantidade"), _t("Tempo"), _t("Tempo médio")),
                  tuple((_name(r.name), str(r.count), hours(r.executed_minutes),
                         hours((2 * r.executed_minutes + r.count) // (2 * r.count)) if r.count else "—")
                        for r in ordered),
                  (False, True, True, True),
                  frozenset(i for i, r in enumerate(ordered) if r.login is None))
    team = next((r for r in rows if r.login is None), None)
    figures = ((_t("Tarefas Comunicar conclusão"), str(team.count)), (_t("Tempo total"),
                                                                      hours(team.executed_minutes))) if team else ()
    return Section(10, section_title(10),
                   _t("Apresentar números de tarefas de acompanhamento do Suporte. (Quantidade e tempo das "
                      "tarefas comunicar conclusão)"),
                   (chart,), (table,), figures, _t("Nenhuma tarefa Comunicar conclusão nesta semana."))


# Chart geometry, shared by the window (pyqtgraph) and the PDF (QPainter)

BAR_SPAN = 0.72  # the share of a category's room its bars take


def value_text(value: float, unit: str) -> str:
    """An axis tick: ``12 h``, ``80%``, ``7``."""
    number = f"{value:.0f}" if abs(value - round(value)) < 1e-6 else f"{value:.1f}".replace(".", ",")
    return f"{number}%" if unit == PERCENT else f"{number} h" if unit == HOURS else number


def bar_geometry(chart: Chart) -> list[tuple[int, float, float, float, float]]:
    """Each bar as (series, category position, start, end, thickness); the position is the bar's centre along
    the category axis (category i spans i-0.5 … i+0.5). Shared by the window's plots and the PDF's painter."""
    bars: list[tuple[int, float, float, float, float]] = []
    count = max(1, len(chart.series))
    stacked = chart.kind == STACKED
    thickness = BAR_SPAN if stacked else BAR_SPAN / count
    for i in range(len(chart.categories)):
        base = 0.0
        for s, series in enumerate(chart.series):
            value = series.values[i] if i < len(series.values) else None
            if value is None:
                continue
            if stacked:
                if value > 0:
                    bars.append((s, float(i), base, base + value, thickness))
                    base += value
            else:
                centre = i - BAR_SPAN / 2 + thickness * (s + 0.5)
                bars.append((s, centre, 0.0, value, thickness))
    return bars


def category_end(chart: Chart, category: int) -> float:
    """Where a category's bars end: its stack's top, or its tallest bar (or point)."""
    values = [s.values[category] or 0.0 for s in chart.series if category < len(s.values)]
    if chart.kind == STACKED:
        return sum(v for v in values if v > 0)
    return max([0.0, *values])


def value_top(chart: Chart) -> float:
    """The value axis' end: the largest bar or stack (or point), the target, with room for the notes."""
    tops = [category_end(chart, i) for i in range(len(chart.categories))]
    top = max([*tops, chart.target or 0, 0.0])
    if chart.unit == PERCENT:
        return 100.0
    return top if top > 0 else 1.0


def bar_colour(chart: Chart, series: int, category: int) -> str:
    s = chart.series[series]
    return s.colours[category] if category < len(s.colours) else s.colour


def nice_ticks(top: float, unit: str) -> list[float]:
    """Four or five round values from 0 to at least ``top`` (0, 25, 50… or 0, 2, 4…)."""
    if unit == PERCENT:
        return [0, 25, 50, 75, 100]
    if top <= 0:
        return [0, 1]
    raw = top / 4
    magnitude = 10 ** floor(log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if unit != PERCENT and step < 1 and top >= 1:
        step = 1
    ticks = [0.0]
    while ticks[-1] < top - 1e-9:
        ticks.append(round(ticks[-1] + step, 6))
    return ticks


class Role(IntEnum):
    STATE = Qt.ItemDataRole.UserRole + 1  # the SLA state a cell is drawn in (met, missed, warning) or None


class ReportTableModel(QAbstractTableModel):
    """One of a section's tables: read-only strings, numbers on the right, the team's row in bold and a met or
    missed cell in the SLA palette."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = Table((), (), ())

    def set_table(self, table: Table) -> None:
        self.beginResetModel()  # a new report: every row is new
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> Table:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._table.rows) \
                or not 0 <= index.column() < len(self._table.headers):
            return None
        row, column = index.row(), index.column()
        state = (self._table.states or {}).get((row, column))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._table.rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if self._table.numeric[column] else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row in self._table.team_rows:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and state is not None:
            return QBrush(sla_colour(state))
        if role == Qt.ItemDataRole.ForegroundRole and state is not None:
            return QBrush(sla_text_colour(state))
        if role == Role.STATE:
            return state
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._table.headers):
            return self._table.headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._table.rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
