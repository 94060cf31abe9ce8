"""The weekly management report as a PDF (A4 portrait, QPdfWriter): a title header, then each of the seed's ten
points with its headline figures, its charts (drawn with QPainter from the same series as the window's) and its
tables, a page break where a table does not fit (its header repeated), and "Página n de N" in every footer.

It works without a window: ``pitstop report weekly --format pdf`` calls :func:`write_weekly_pdf` from a scheduled
job, and a QGuiApplication is created when there is none (offscreen when there is no display). The same layout
paints onto images (:func:`render_weekly_pages`) for the screenshots.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta, tzinfo
from functools import partial
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.models.palette import sla_colour, sla_text_colour
from pitstop_desktop.models.weekly_report import (
    LINES,
    STACKED,
    Chart,
    Section,
    Table,
    bar_colour,
    bar_geometry,
    category_end,
    nice_ticks,
    report_sections,
    value_text,
    value_top,
)
from pitstop_desktop.services.weekly_report_records import WeeklyReport

CONTEXT = "WeeklyReportPdf"
A4_MM = QSizeF(210, 297)
MARGIN_MM = 15.0
PDF_DPI = 300
INK = QColor(30, 30, 30)
MUTED = QColor(110, 110, 110)
RULE = QColor(200, 200, 200)
STRIPE = QColor(0, 0, 0, 12)

_app: QGuiApplication | None = None  # the application this module had to create (kept alive)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication: create one (offscreen without a display) when there is none."""
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("write_weekly_pdf needs a QGuiApplication, not a QCoreApplication")
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])


def write_weekly_pdf(report: WeeklyReport, path: Path, *, tz: tzinfo | None = None) -> int:
    """Write ``report`` to ``path`` as an A4 PDF; returns the number of pages written."""
    ensure_gui_application()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(_t("Relatório semanal da gerência %1").replace("%1", report.week))
    writer.setCreator("Pit Stop")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"não foi possível escrever {path}")
    try:
        area = QRectF(writer.pageLayout().paintRectPixels(PDF_DPI))
        document = _Document(painter, QRectF(0, 0, area.width(), area.height()), PDF_DPI, report,
                             report_sections(report, tz), tz)
        return document.paint(writer.newPage)
    finally:
        painter.end()


def render_weekly_pages(report: WeeklyReport, *, dpi: int = 110, tz: tzinfo | None = None) -> list[QImage]:
    """The PDF's pages painted onto white A4 images of ``dpi``: laid out at the PDF's resolution and scaled down,
    so the pages break where the PDF's do."""
    ensure_gui_application()
    width, height = round(A4_MM.width() / 25.4 * dpi), round(A4_MM.height() / 25.4 * dpi)
    margin = MARGIN_MM / 25.4 * PDF_DPI
    area = QRectF(margin, margin, A4_MM.width() / 25.4 * PDF_DPI - 2 * margin,
                  A4_MM.height() / 25.4 * PDF_DPI - 2 * margin)
    sections = report_sections(report, tz)

    def blank() -> QImage:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(PDF_DPI / 0.0254))  # fonts sized as on the PDF's page, then scaled
        image.setDotsPerMeterY(round(PDF_DPI / 0.0254))
        image.fill(QColor(255, 255, 255))
        return image

    probe = blank()
    painter = QPainter(probe)
    document = _Document(painter, area, PDF_DPI, report, sections, tz)
    layout = document.layout()
    painter.end()
    pages: list[QImage] = []
    for number, blocks in enumerate(layout, 1):
        image = blank()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(dpi / PDF_DPI, dpi / PDF_DPI)
        document.painter = painter
        document.paint_page(blocks, number, len(layout))
        painter.end()
        pages.append(image)
    return pages


@dataclass
class _Block:
    height: float
    draw: Callable[[float], None]  # paints the block with its top at y
    keep_with_next: bool = False
    table: tuple[Table, float] | None = None  # a table row: its table and header height (repeated on a new page)


class _Document:
    """Lays the sections out in blocks, breaks them into pages, paints each page and its footer."""

    def __init__(self, painter: QPainter, area: QRectF, dpi: float, report: WeeklyReport,
                 sections: list[Section], tz: tzinfo | None) -> None:
        self.painter, self.area, self.dpi = painter, area, dpi
        self.tz = tz or BusinessCalendar().tz
        self.report, self.sections = report, sections
        self.body = self._font(9.5)
        self.small = self._font(8)
        self.bold = self._font(9.5, bold=True)
        self.h1 = self._font(17, bold=True)
        self.h2 = self._font(13, bold=True)
        self.h3 = self._font(10.5, bold=True)
        self.footer_height = self._metrics(self.small).height() * 2

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi

    def _font(self, points: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # the same layout at every resolution
        return font

    def _metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.painter.device())

    # Pages

    def paint(self, new_page: Callable[[], bool]) -> int:
        pages = self.layout()
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, blocks in enumerate(pages, 1):
            if number > 1:
                new_page()
            self.paint_page(blocks, number, len(pages))
        return len(pages)

    def paint_page(self, blocks: list[tuple[_Block, float]], number: int, total: int) -> None:
        for block, y in blocks:
            block.draw(y)
        self._footer(number, total)

    def layout(self) -> list[list[tuple[_Block, float]]]:
        """The blocks page by page, each with its top."""
        bottom = self.area.bottom() - self.footer_height
        blocks = self._blocks()
        pages: list[list[tuple[_Block, float]]] = [[]]
        y = self.area.top()
        for index, block in enumerate(blocks):
            need = block.height
            following = index + 1
            while blocks[following - 1].keep_with_next and following < len(blocks):  # titles stay with what follows
                need += blocks[following].height
                following += 1
            if y + need > bottom and pages[-1]:
                pages.append([])
                y = self.area.top()
                if block.table is not None:  # a table goes on: its header again
                    table, header_height = block.table
                    header = _Block(header_height, partial(self._table_header, table))
                    pages[-1].append((header, y))
                    y += header_height
            pages[-1].append((block, y))
            y += block.height
        return pages

    def _footer(self, number: int, total: int) -> None:
        p = self.painter
        top = self.area.bottom() - self.footer_height * 0.75
        p.setPen(QPen(RULE, self.mm(0.2)))
        p.drawLine(QPointF(self.area.left(), top), QPointF(self.area.right(), top))
        p.setFont(self.small)
        p.setPen(MUTED)
        rect = QRectF(self.area.left(), top, self.area.width(), self.footer_height * 0.75)
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   _t("Relatório semanal da gerência · %1").replace("%1", self.report.week))
        p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   _t("Página %1 de %2").replace("%1", str(number)).replace("%2", str(total)))

    # Blocks

    def _blocks(self) -> list[_Block]:
        blocks = [self._title_block()]
        for section in self.sections:
            blocks.extend(self._section_blocks(section))
        return blocks

    def _text_block(self, text: str, font: QFont, colour: QColor, *, space_before: float = 0,
                    space_after: float = 0, keep: bool = False) -> _Block:
        metrics = self._metrics(font)
        width = self.area.width()
        bounds = metrics.boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        height = bounds.height() + space_before + space_after

        def draw(y: float) -> None:
            self.painter.setFont(font)
            self.painter.setPen(colour)
            self.painter.drawText(QRectF(self.area.left(), y + space_before, width, bounds.height()),
                                  int(Qt.TextFlag.TextWordWrap), text)

        return _Block(height, draw, keep_with_next=keep)

    def _title_block(self) -> _Block:
        r = self.report
        end = r.monday + timedelta(days=6)
        generated = r.generated_at.astimezone(self.tz) if r.generated_at.tzinfo is not None else r.generated_at
        lines = [
            (_t("Relatório semanal da gerência"), self.h1, INK),
            (_t("Semana %1: %2 a %3 · planejamento da semana %4").replace("%1", r.week)
             .replace("%2", f"{r.monday:%d/%m}").replace("%3", f"{end:%d/%m/%Y}").replace("%4", r.next_week),
             self.h3, INK),
            (_t("Gerado em %1").replace("%1", f"{generated:%d/%m/%Y %H:%M}"), self.body, MUTED),
        ]
        heights = [self._metrics(font).height() * (1.25 if font is self.h1 else 1.1) for _, font, _ in lines]
        total = sum(heights) + self.mm(4)

        def draw(y: float) -> None:
            p = self.painter
            top = y
            for (text, font, colour), height in zip(lines, heights, strict=True):
                p.setFont(font)
                p.setPen(colour)
                p.drawText(QRectF(self.area.left(), top, self.area.width(), height),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                top += height
            p.setPen(QPen(INK, self.mm(0.5)))
            p.drawLine(QPointF(self.area.left(), top + self.mm(1.5)), QPointF(self.area.right(), top + self.mm(1.5)))

        return _Block(total, draw)

    def _section_blocks(self, section: Section) -> list[_Block]:
        blocks = [self._text_block(f"{section.number}. {section.title}", self.h2, INK, space_before=self.mm(5),
                                   space_after=self.mm(0.8), keep=True),
                  self._text_block(section.seed, self.small, MUTED, space_after=self.mm(2), keep=True)]
        if section.empty:
            blocks.append(self._text_block(section.empty_text, self.body, MUTED, space_after=self.mm(2)))
            return blocks
        if section.figures and section.number != 7:  # 7's figures are its table
            blocks.append(self._figures_block(section.figures))
        for chart in section.charts:
            if not chart.empty:
                blocks.append(self._chart_block(chart, self.mm(52 if len(section.charts) < 3 else 44)))
        for table in section.tables:
            blocks.extend(self._table_blocks(table))
        return blocks

    def _figures_block(self, figures: tuple[tuple[str, str], ...]) -> _Block:
        columns = min(4, len(figures))
        width = self.area.width() / columns
        value_h, caption_h = self._metrics(self.h2).height(), self._metrics(self.small).height()
        rows = (len(figures) + columns - 1) // columns
        height = rows * (value_h + caption_h + self.mm(2)) + self.mm(1)

        def draw(y: float) -> None:
            p = self.painter
            for i, (caption, value) in enumerate(figures):
                x = self.area.left() + (i % columns) * width
                top = y + (i // columns) * (value_h + caption_h + self.mm(2))
                p.setFont(self.h2)
                p.setPen(INK)
                p.drawText(QRectF(x, top, width, value_h), Qt.AlignmentFlag.AlignLeft, value)
                p.setFont(self.small)
                p.setPen(MUTED)
                p.drawText(QRectF(x, top + value_h, width - self.mm(2), caption_h), Qt.AlignmentFlag.AlignLeft,
                           caption)

        return _Block(height, draw, keep_with_next=True)

    # Charts

    def _chart_block(self, chart: Chart, height: float) -> _Block:
        line = self._metrics(self.small).height()
        if chart.horizontal:  # a row per category, each at least a line and a quarter high
            height = max(height, len(chart.categories) * line * 1.3 + self._metrics(self.h3).height() * 1.2
                         + line * 1.3)
        height += self._legend_height(chart)
        return _Block(height + self.mm(3), lambda y: self._paint_chart(
            chart, QRectF(self.area.left(), y, self.area.width(), height)))

    def _legend_rows(self, chart: Chart) -> list[list[tuple[str, str, float]]]:
        """The legend's entries (name, colour, width) in rows that fit the page's width."""
        if len(chart.series) < 2:
            return []
        metrics = self._metrics(self.small)
        size = metrics.height() * 0.7
        rows: list[list[tuple[str, str, float]]] = [[]]
        used = 0.0
        for series in chart.series:
            width = size * 1.4 + metrics.horizontalAdvance(series.name) + self.mm(5)
            if rows[-1] and used + width > self.area.width() - self.mm(2):
                rows.append([])
                used = 0.0
            rows[-1].append((series.name, series.colour, width))
            used += width
        return rows

    def _legend_height(self, chart: Chart) -> float:
        return len(self._legend_rows(chart)) * self._metrics(self.small).height() * 1.3

    def _paint_chart(self, chart: Chart, rect: QRectF) -> None:
        p = self.painter
        small, line = self._metrics(self.small), self._metrics(self.small).height()
        p.setFont(self.h3)
        p.setPen(INK)
        title_h = self._metrics(self.h3).height() * 1.2
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignLeft, chart.title)
        legend_h = self._legend_height(chart)
        top = value_top(chart) * (1.15 if chart.notes else 1.05)
        ticks = nice_ticks(top, chart.unit)
        top = max(top, ticks[-1])
        tick_w = max(small.horizontalAdvance(value_text(t, chart.unit)) for t in ticks) + self.mm(1.5)
        count = max(1, len(chart.categories))
        if chart.horizontal:
            label_w = min(max(small.horizontalAdvance(c) for c in chart.categories) + self.mm(2), rect.width() * 0.36)
            plot = QRectF(rect.left() + label_w, rect.top() + title_h, rect.width() - label_w - self.mm(2),
                          rect.height() - title_h - legend_h - line * 1.3)
        else:
            plot = QRectF(rect.left() + tick_w, rect.top() + title_h + line * 0.5, rect.width() - tick_w,
                          rect.height() - title_h - legend_h - line * 2.6 - line * 0.5)

        def at(value: float) -> float:  # value → device position along the value axis
            share = value / top if top else 0
            return plot.left() + share * plot.width() if chart.horizontal else plot.bottom() - share * plot.height()

        def centre(position: float) -> float:  # category position → device position along the category axis
            step = (plot.height() if chart.horizontal else plot.width()) / count
            return (plot.top() if chart.horizontal else plot.left()) + (position + 0.5) * step

        band = (plot.height() if chart.horizontal else plot.width()) / count
        p.setFont(self.small)
        for tick in ticks:  # grid and value labels
            p.setPen(QPen(RULE, self.mm(0.15)))
            if chart.horizontal:
                x = at(tick)
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                p.setPen(MUTED)
                p.drawText(QRectF(x - tick_w, plot.bottom() + line * 0.15, tick_w * 2, line),
                           Qt.AlignmentFlag.AlignHCenter, value_text(tick, chart.unit))
            else:
                y = at(tick)
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                p.setPen(MUTED)
                p.drawText(QRectF(rect.left(), y - line / 2, tick_w - self.mm(1), line),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, value_text(tick, chart.unit))
        p.setPen(INK)
        for i, name in enumerate(chart.categories):  # category labels
            if chart.horizontal:
                text = small.elidedText(name, Qt.TextElideMode.ElideRight, plot.left() - rect.left() - self.mm(2))
                p.drawText(QRectF(rect.left(), centre(i) - line / 2, plot.left() - rect.left() - self.mm(1.5), line),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            else:
                p.drawText(QRectF(centre(i) - band / 2, plot.bottom() + line * 0.2, band, line * 2.2),
                           int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                           | int(Qt.TextFlag.TextWordWrap), name)
        if chart.kind == LINES:
            self._paint_lines(chart, at, centre)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            for s, position, start, end, thickness in bar_geometry(chart):
                category = round(position) if chart.kind == STACKED else int(position + 0.36 + 1e-9)
                p.setBrush(QColor(bar_colour(chart, s, category)))
                a, b = at(start), at(end)
                c, half = centre(position), thickness * band / 2
                box = QRectF(a, c - half, b - a, 2 * half) if chart.horizontal else QRectF(c - half, b, 2 * half, a - b)
                p.drawRect(box.normalized())
            p.setPen(INK)
            for i, note in enumerate(chart.notes):
                if not note:
                    continue
                end = at(category_end(chart, i))
                if chart.horizontal:
                    p.drawText(QRectF(end + self.mm(1), centre(i) - line / 2, rect.right() - end, line),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note)
                else:  # on a white patch: readable across the target's line
                    width = small.horizontalAdvance(note) + self.mm(1.5)
                    patch = QRectF(centre(i) - width / 2, end - line * 1.15, width, line)
                    p.fillRect(patch, QColor(255, 255, 255))
                    p.drawText(patch, Qt.AlignmentFlag.AlignCenter, note)
        if chart.target is not None:
            pen = QPen(MUTED, self.mm(0.35))
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            v = at(chart.target)
            if chart.horizontal:
                p.drawLine(QPointF(v, plot.top()), QPointF(v, plot.bottom()))
            else:
                p.drawLine(QPointF(plot.left(), v), QPointF(plot.right(), v))
        p.setPen(QPen(MUTED, self.mm(0.25)))  # the axes
        p.drawLine(plot.bottomLeft(), plot.bottomRight() if not chart.horizontal else plot.bottomLeft())
        p.drawLine(plot.topLeft(), plot.bottomLeft())
        if legend_h:
            self._legend(chart, QRectF(rect.left() + self.mm(2), rect.bottom() - legend_h, rect.width(), legend_h))

    def _paint_lines(self, chart: Chart, at: Callable[[float], float], centre: Callable[[float], float]) -> None:
        p = self.painter
        for series in chart.series:
            colour = QColor(series.colour)
            points = [None if v is None else QPointF(centre(i), at(v)) for i, v in enumerate(series.values)]
            p.setPen(QPen(colour, self.mm(0.6)))
            for a, b in pairwise(points):
                if a is not None and b is not None:
                    p.drawLine(a, b)
            p.setBrush(colour)
            p.setPen(QPen(QColor(255, 255, 255), self.mm(0.3)))
            for point in points:
                if point is not None:
                    p.drawEllipse(point, self.mm(1.1), self.mm(1.1))

    def _legend(self, chart: Chart, rect: QRectF) -> None:
        p = self.painter
        metrics = self._metrics(self.small)
        size = metrics.height() * 0.7
        p.setFont(self.small)
        for row, entries in enumerate(self._legend_rows(chart)):
            x, top = rect.left(), rect.top() + row * metrics.height() * 1.3
            for name, colour, width in entries:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(colour))
                p.drawRect(QRectF(x, top + (metrics.height() - size) / 2, size, size))
                p.setPen(INK)
                p.drawText(QPointF(x + size * 1.4, top + metrics.ascent()), name)
                x += width

    # Tables

    def _columns(self, table: Table) -> list[float]:
        """Each column as wide as its widest cell and its header; when that is wider than the page, the headers
        wrap (down to their longest word) and then the widest cells give way."""
        bold = self._metrics(self.bold)
        pad = self.mm(3)
        cells = [max([bold.horizontalAdvance(row[c]) for row in table.rows] or [0.0]) + pad
                 for c in range(len(table.headers))]
        wanted = [max(cell, bold.horizontalAdvance(h) + pad) for cell, h in zip(cells, table.headers, strict=True)]
        floors = [max(cell, max(bold.horizontalAdvance(w) for w in h.split()) + pad)
                  for cell, h in zip(cells, table.headers, strict=True)]
        width = self.area.width()
        if sum(wanted) <= width:  # room to spare: shared out evenly
            return [w + (width - sum(wanted)) / len(wanted) for w in wanted]
        if sum(floors) <= width:  # the headers wrap
            give = [w - f for w, f in zip(wanted, floors, strict=True)]
            excess = sum(wanted) - width
            return [w - excess * g / sum(give) for w, g in zip(wanted, give, strict=True)]
        return _capped(floors, width)  # even so too wide: only the widest columns give way (elided)

    def _header_height(self, table: Table, widths: list[float]) -> float:
        bold = self._metrics(self.bold)
        lines = max(bold.boundingRect(QRectF(0, 0, w - self.mm(3), 10_000), int(Qt.TextFlag.TextWordWrap),
                                      h).height() / bold.height() for h, w in zip(table.headers, widths, strict=True))
        return self._row_height() + (round(lines) - 1) * bold.height()

    def _row_height(self) -> float:
        return self._metrics(self.body).height() * 1.55

    def _table_blocks(self, table: Table) -> list[_Block]:
        if not table.rows:
            return []
        widths = self._columns(table)
        header_h = self._header_height(table, widths)
        header = _Block(header_h, lambda y: self._table_header(table, y, widths), keep_with_next=True)
        blocks = [header]
        for index in range(len(table.rows)):
            blocks.append(_Block(self._row_height(), partial(self._table_row, table, index, widths=widths),
                                 table=(table, header_h)))
        blocks.append(_Block(self.mm(3), _nothing))
        return blocks

    def _table_header(self, table: Table, y: float, widths: list[float] | None = None) -> None:
        widths = widths or self._columns(table)
        p = self.painter
        h = self._header_height(table, widths)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 28))
        p.drawRect(QRectF(self.area.left(), y, self.area.width(), h))
        p.setFont(self.bold)
        p.setPen(INK)
        x = self.area.left()
        pad = self.mm(1.5)
        for c, (text, width) in enumerate(zip(table.headers, widths, strict=True)):
            align = Qt.AlignmentFlag.AlignRight if table.numeric[c] else Qt.AlignmentFlag.AlignLeft
            p.drawText(QRectF(x + pad, y, width - 2 * pad, h), int(align | Qt.AlignmentFlag.AlignVCenter)
                       | int(Qt.TextFlag.TextWordWrap), text)
            x += width

    def _table_row(self, table: Table, index: int, y: float, *, widths: list[float]) -> None:
        p = self.painter
        h = self._row_height()
        if index % 2:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(STRIPE)
            p.drawRect(QRectF(self.area.left(), y, self.area.width(), h))
        p.setFont(self.bold if index in table.team_rows else self.body)
        x = self.area.left()
        for c, (text, width) in enumerate(zip(table.rows[index], widths, strict=True)):
            state = (table.states or {}).get((index, c))
            cell = QRectF(x, y, width, h)
            if state is not None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(sla_colour(state))
                p.drawRect(cell.adjusted(self.mm(0.3), self.mm(0.3), -self.mm(0.3), -self.mm(0.3)))
                p.setPen(sla_text_colour(state))
            else:
                p.setPen(INK)
            self._cell(text, cell, table.numeric[c])
            x += width
        p.setPen(QPen(RULE, self.mm(0.15)))
        p.drawLine(QPointF(self.area.left(), y + h), QPointF(self.area.right(), y + h))

    def _cell(self, text: str, rect: QRectF, numeric: bool) -> None:
        pad = self.mm(1.5)
        inner = rect.adjusted(pad, 0, -pad, 0)
        shown = self._metrics(self.painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        align = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
        self.painter.drawText(inner, align | Qt.AlignmentFlag.AlignVCenter, shown)


def _nothing(_y: float) -> None:
    """The space after a table."""


def _capped(widths: list[float], total: float) -> list[float]:
    """``widths`` with the widest cut down to one cap so that they sum to ``total``: narrow columns (a date, a
    number) keep their width and only the long texts are elided."""
    cap = total / len(widths)
    for _ in range(len(widths)):
        narrow = [w for w in widths if w < cap]
        wide = len(widths) - len(narrow)
        if not wide:
            break
        cap = (total - sum(narrow)) / wide
    return [min(w, cap) for w in widths]
