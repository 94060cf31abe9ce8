"""``pitstop report weekly``: the weekly management report without a screen (a scheduled job, a terminal).

Text (a readable summary), CSV, XLSX or PDF of one ISO week (by default the previous one: run on a Monday, the week
that just ended). Progress goes to standard error when it is a terminal; ``--json`` prints the figures with their
codes. The PDF is drawn by the report window's module (``views/report/pdf.py``) on an offscreen Qt platform when
there is no display.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from pitstop_desktop.cli.context import Context, UsageError
from pitstop_desktop.cli.output import _print, _table
from pitstop_desktop.domain.consulting import parse_week, week_monday
from pitstop_desktop.domain.errors import NotFound

if TYPE_CHECKING:
    from pitstop_desktop.services.weekly_report_records import WeeklyReport

FORMATS = ("text", "csv", "xlsx", "pdf")
PDF_MODULE = "pitstop_desktop.views.report.pdf"


def default_week(now: datetime, ctx: Context) -> date:
    """The previous ISO week of ``now``'s local day: on a Monday, the week that just ended."""
    return week_monday(now.astimezone(ctx.tz).date()) - timedelta(days=7)


def cmd_report_weekly(ctx: Context) -> int:
    from pitstop_desktop.services.unit_of_work import utcnow
    from pitstop_desktop.services.weekly_report import weekly_report

    a = ctx.args
    out = Path(a.out) if a.out else None
    if a.format in ("xlsx", "pdf") and out is None:
        raise UsageError(f"o formato {a.format} é um arquivo: informe --out ARQUIVO")
    if a.json and a.format != "text" and out is None:
        raise UsageError("com --json a saída padrão é o JSON: informe --out ARQUIVO para o " + a.format)
    if a.weeks < 1:
        raise UsageError("--weeks precisa ser ao menos 1 (a semana revisada)")
    at = ctx.at()
    monday = parse_week(a.week) if a.week else default_week(at or utcnow(), ctx)
    write_pdf = _pdf_writer() if a.format == "pdf" else None  # before the work: unavailable says so at once
    report = weekly_report(ctx.database(), week=monday, at=at, evolution_weeks=a.weeks,
                           progress=_progress if sys.stderr.isatty() else None)
    pages = None
    if a.format == "text":
        text = summary_text(report, ctx)
        if out is not None:
            out.write_text(text, encoding="utf-8")
        elif not a.json:
            sys.stdout.write(text)
    elif a.format == "csv":
        from pitstop_desktop.services.report_export import csv_text, write_csv

        if out is None:
            sys.stdout.write(csv_text(report))
        else:
            write_csv(report, out)
    elif a.format == "xlsx":
        from pitstop_desktop.services.report_export import write_xlsx

        assert out is not None
        write_xlsx(report, out)
    else:
        assert out is not None and write_pdf is not None
        pages = write_pdf(report, out)
    if a.json:
        from pitstop_desktop.services.records import to_jsonable

        document = to_jsonable(report, ctx.tz)
        if out is not None:
            document["file"] = {"path": str(out), "format": a.format, **({"pages": pages} if pages else {})}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    elif out is not None:
        _print(f"relatório {report.week} gravado em {out} ({a.format}"
               + (f", {pages} página{'s' if pages != 1 else ''}" if pages else "") + ")")
    return 0


def _progress(step: int, steps: int, label: str) -> None:
    """``[3/10] 3. Horas agendadas × realizadas`` on one line of the terminal, rewritten as the report goes."""
    line = f"[{step}/{steps}] {label}"
    sys.stderr.write("\r" + line.ljust(60) + ("\n" if step == steps else ""))
    sys.stderr.flush()


if TYPE_CHECKING:
    from collections.abc import Callable

    PdfWriter = Callable[[WeeklyReport, Path], int]


def _pdf_writer() -> PdfWriter:
    """The report window's PDF writer, on an offscreen platform when this computer has no display (a scheduled
    job on a server); NotFound when this installation has no PDF (exit 4)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import importlib

    try:
        module = importlib.import_module(PDF_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name is None or not PDF_MODULE.startswith(exc.name):
            raise
        raise NotFound("not_found.pdf_writer") from None
    writer: PdfWriter = module.write_weekly_pdf
    return writer


# The text summary


def summary_text(report: WeeklyReport, ctx: Context) -> str:
    """The report as a terminal shows it: its weeks, then each point as a table (the CSV's values)."""
    from pitstop_desktop.services.report_export import csv_cell, report_tables

    buffer = io.StringIO()
    sunday = report.monday + timedelta(days=6)
    with contextlib.redirect_stdout(buffer):
        _print(f"Relatório semanal da gerência — {report.week} ({report.monday:%d/%m/%Y} a {sunday:%d/%m/%Y}); "
               f"semana planejada {report.next_week}")
        _print(f"gerado em {report.generated_at.astimezone(ctx.tz):%d/%m/%Y %H:%M}")
        for table in report_tables(report):
            _print("")
            _print(table.title)
            if table.rows:
                _table([[c if isinstance(c, str) else csv_cell(c) for c in row] for row in table.rows],
                       table.headers)
            else:
                _print("  (nada nesta semana)")
    return buffer.getvalue()
