"""The painted rows of the timeline (``TimelineCanvas``): layout, hit tests, tooltips, keys, the tick, painting.

It paints only the rows inside the exposed rectangle, and the tick repaints only what changed.
"""

from __future__ import annotations

import bisect
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.domain.signals import Signal as DeskSignal
from pitstop_desktop.domain.tabs import DEFAULT_TABS
from pitstop_desktop.models.palette import error_colour, has_sla_colour, sla_colour, sla_text_colour
from pitstop_desktop.services.timeline import (
    JobSpan,
    PersonState,
    SpanKind,
    TabCount,
    TimelineRow,
    held_in_progress,
    owner_alert,
    person_state,
    tab_counts,
)
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.timeline.colours import lunch_colour, now_colour
from pitstop_desktop.views.timeline.geometry import (
    CHIP_W,
    HEADER_H,
    JOB_TOP,
    LANE_H,
    MARGIN,
    MIN_JOB_W,
    NAME_W,
    PRESENCE_H,
    RIGHT_MARGIN,
    ROW_BOTTOM,
    ROW_MIN_H,
    _Axis,
    _Header,
    _Row,
    assign_lanes,
    timeline_x0,
)
from pitstop_desktop.views.timeline.sla_states import SlaCache, sla_cache
from pitstop_desktop.views.timeline.tick_plan import TickPlan, look_at_jobs, short_job_strips
from pitstop_desktop.views.workspace import Workspace


def _tab_names() -> dict[str, str]:
    return {t.code: t.name for t in DEFAULT_TABS}


class TimelineCanvas(QWidget):
    """The painted rows. Public for tests and for the widget: ``job_rect`` and ``tooltip_at`` give geometry."""

    job_clicked = Signal(int)

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz: ZoneInfo = ctx.policy.calendar.tz
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.rows: list[TimelineRow] = []
        self.items: list[_Header | _Row] = []
        self._tops: list[int] = []
        self._height = 0
        self.axis = _Axis(*self._default_day())
        self.now = ctx.clock.now()
        self.selected: int | None = None
        self._hover: int | None = None
        self._states: dict[str, PersonState] = {}
        self._sla = SlaCache()
        self._tick_plan: TickPlan | None = None  # what the next ticks repaint (:meth:`tick`); None: look again
        self.message = ""

    # data

    def _default_day(self) -> tuple[datetime, datetime]:
        cal = self.ctx.policy.calendar
        today = self.ctx.clock.now().astimezone(self.tz).date()
        return (datetime.combine(today, cal.opens, tzinfo=self.tz),
                datetime.combine(today, cal.closes, tzinfo=self.tz))

    def set_rows(self, rows: list[TimelineRow], sla: SlaCache | None = None) -> None:
        self.rows = list(rows)
        self.now = self.ctx.clock.now()
        self._states = {r.login: person_state(r, self.now) for r in self.rows}
        self._sla = sla if sla is not None else sla_cache(self.ctx.policy, self.rows, self.now)
        if self.rows:
            start = min(r.shift_start for r in self.rows).astimezone(self.tz)
            end = max(r.shift_end for r in self.rows).astimezone(self.tz)
            start = start.replace(minute=0, second=0, microsecond=0)
            if end.minute or end.second or end.microsecond:
                end = end.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            self.axis.set_range(start, max(end, start + timedelta(hours=1)))
        else:
            self.axis.set_range(*self._default_day())
        before = self.items
        self._layout()
        self._update_changed(before)

    def _update_changed(self, before: list[_Header | _Row]) -> None:
        """Repaint only the rows that changed (a live batch changes one or two people of a hundred: ~1 ms of the
        GUI thread instead of ~11 for the whole view) when nothing moved; everything otherwise."""
        same_places = len(before) == len(self.items) and all(
            type(old) is type(new) and old.top == new.top and old.height == new.height
            for old, new in zip(before, self.items, strict=True))
        if not same_places:
            self.update()
            return
        for old, new in zip(before, self.items, strict=True):
            moved = (old.row is not new.row if isinstance(old, _Row) and isinstance(new, _Row)
                     else isinstance(old, _Header) and isinstance(new, _Header)
                     and (old.people, old.available, old.title) != (new.people, new.available, new.title))
            if moved:
                self.update(0, new.top, self.width(), new.height)

    @property
    def sla(self) -> SlaCache:
        """The SLA states of the jobs shown (the widget adds fresh people's to them)."""
        return self._sla

    def owner_flag(self, row: TimelineRow) -> tuple[DeskSignal, tuple[int, ...]] | None:
        """Someone gone (logged out for the day, or "sem sinal") while holding OCs in progress: the signal and
        the OCs; None otherwise. The board marks the same OCs (models/board.py)."""
        signal = owner_alert(row, self.now)
        if signal is None:
            return None
        held = held_in_progress(row, self.now)
        return (signal, held) if held else None

    def state_of(self, login: str) -> PersonState | None:
        """The chip shown for ``login`` right now (re-read every tick)."""
        return self._states.get(login)

    def sla_state(self, job: JobSpan, now: datetime | None = None) -> SlaState | None:
        """The job's SLA state now: fixed once closed, else from its precomputed milestones (no database)."""
        return self._sla.state(self.ctx.policy, job, now or self.now)

    def _layout(self) -> None:
        names = _tab_names()
        laid = {id(item.row): item for item in self.items if isinstance(item, _Row)}  # rows shown already
        items: list[_Header | _Row] = []
        top = 0
        current: _Header | None = None
        for index, row in enumerate(self.rows):
            if current is None or row.group != current.group:
                title = names.get(row.group, row.group) if row.group else self.tr("Gestão")
                current = _Header(row.group, title, top)
                items.append(current)
                top += current.height
            shown = laid.get(id(row))
            if shown is not None and shown.row is row:  # the same row: its lanes stand (every job began before)
                lanes, count = shown.lanes, shown.lane_count
            else:
                lanes, count = assign_lanes(row.jobs, self.now)
            height = max(ROW_MIN_H, JOB_TOP + count * LANE_H + PRESENCE_H + ROW_BOTTOM + 2)
            items.append(_Row(row, lanes, count, top, height, index))
            top += height
        self.items = items
        self._tick_plan = None
        self._recount()
        self._tops = [i.top for i in items]
        self._height = top
        self.setMinimumHeight(max(top, 1))
        self.updateGeometry()

    def _recount(self) -> set[int]:
        """Each group header's tab: its people and how many are available (``timeline.tab_counts``, the offer
        picker's own numbers); returns the tops of headers whose count changed."""
        changed: set[int] = set()
        counts = tab_counts(self.rows, self.now)
        for item in self.items:
            if isinstance(item, _Header):
                count = counts.get(item.group, TabCount(0, 0))
                if (item.people, item.available) != (count.people, count.available):
                    item.people, item.available = count.people, count.available
                    changed.add(item.top)
        return changed

    def sizeHint(self) -> QSize:
        return QSize(1200, max(self._height, 200))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._tick_plan = None  # the jobs' widths change with the axis
        self.axis.set_span(timeline_x0(), max(timeline_x0() + 50.0, self.width() - RIGHT_MARGIN))
        super().resizeEvent(event)

    # labels

    def state_label(self, state: str) -> str:
        return msg.label(msg.PERSON_STATE, state)

    def sla_label(self, state: SlaState | None) -> str:
        return msg.label(msg.SLA_STATE, state) if state else self.tr("sem SLA")

    def status_label(self, status: str) -> str:
        return msg.label(msg.STATUS, status)

    def role_label(self, role: str) -> str:
        return msg.label(msg.ROLE, role)

    def state_colour(self, state: str) -> QColor:
        """The SLA palette for what needs a look (available, leaving soon, no signal), the platform's for the rest."""
        pal = self.palette()
        if state == PersonState.AVAILABLE:
            return sla_colour(SlaState.ON_TRACK)
        if state == PersonState.LEAVING_SOON:
            return sla_colour(SlaState.WARNING)
        if state == PersonState.NO_SIGNAL:  # logged in but unreachable: look now
            return sla_colour(SlaState.BREACHED)
        if state == PersonState.BUSY:
            return pal.color(QPalette.ColorRole.Highlight)
        if state == PersonState.LUNCH:
            return lunch_colour(pal)
        if state in (PersonState.OFFLINE, PersonState.SHIFT_ENDED):
            return pal.color(QPalette.ColorRole.PlaceholderText)
        return pal.color(QPalette.ColorRole.Mid)

    def _hhmm(self, moment: datetime | None) -> str:
        return moment.astimezone(self.tz).strftime("%H:%M") if moment is not None else "—"

    # geometry

    def _item_at_y(self, y: float) -> _Header | _Row | None:
        i = bisect.bisect_right(self._tops, y) - 1
        if 0 <= i < len(self.items):
            item = self.items[i]
            if item.top <= y < item.top + item.height:
                return item
        return None

    def _job_rect(self, item: _Row, job_index: int) -> QRectF:
        job = item.row.jobs[job_index]
        end = job.end if job.end is not None else max(self.now, job.start)
        left, right = self.axis.clamp_x(job.start), self.axis.clamp_x(end)
        if right - left < MIN_JOB_W:
            right = min(left + MIN_JOB_W, self.axis.x1 + MIN_JOB_W)
        lane_h = (item.height - JOB_TOP - PRESENCE_H - ROW_BOTTOM - 2) / item.lane_count
        top = item.top + JOB_TOP + item.lanes[job_index] * lane_h
        return QRectF(left, top, right - left, lane_h - 1.5)

    def job_rect(self, number: int) -> QRect | None:
        """Where a job of OC ``number`` is painted (canvas coordinates); the latest hold if several."""
        found: QRectF | None = None
        for item in self.items:
            if isinstance(item, _Row):
                for k, job in enumerate(item.row.jobs):
                    if job.number == number:
                        found = self._job_rect(item, k)
        return found.toAlignedRect() if found is not None else None

    def job_at(self, pos: QPointF) -> tuple[_Row, int] | None:
        item = self._item_at_y(pos.y())
        if not isinstance(item, _Row):
            return None
        for k in reversed(range(len(item.row.jobs))):  # topmost painted first
            if self._job_rect(item, k).adjusted(-1, -1, 1, 1).contains(pos):
                return item, k
        return None

    def booking_rect(self, item: _Row, start: datetime, end: datetime) -> QRectF:
        left, right = self.axis.clamp_x(start), self.axis.clamp_x(end)
        return QRectF(left, item.top + JOB_TOP - 1, max(right - left, MIN_JOB_W),
                      item.height - JOB_TOP - PRESENCE_H - ROW_BOTTOM - 1)

    def chip_rect(self, item: _Row) -> QRectF:
        return QRectF(MARGIN + NAME_W, item.top + (item.height - 20) / 2, CHIP_W - 6, 20)

    # tooltips

    def tooltip_at(self, pos: QPointF) -> str:
        """Hover text: a job's OC and SLA, a booking, or the person's day."""
        item = self._item_at_y(pos.y())
        if isinstance(item, _Header):
            return ""
        if item is None:
            return ""
        hit = self.job_at(pos)
        if hit is not None:
            return self._job_tip(hit[0].row, hit[0].row.jobs[hit[1]])
        if pos.x() >= self.axis.x0:
            for booking in item.row.bookings:
                if self.booking_rect(item, booking.start, booking.end).contains(pos):
                    return self.tr("Agendamento (FAQ 7037): OC {number}, {start}–{end}").format(
                        number=booking.number, start=self._hhmm(booking.start), end=self._hhmm(booking.end))
        return self._person_tip(item.row)

    def _job_tip(self, row: TimelineRow, job: JobSpan) -> str:
        state = self.sla_state(job)
        lines = [self.tr("OC {number}").format(number=job.number) + (f" · {job.client}" if job.client else ""),
                 self.tr("SLA {code}: {state}").format(code=job.sla_code, state=self.sla_label(state)),
                 self.tr("Situação atual: {status}").format(status=self.status_label(job.status))]
        if job.end is None:
            lines.append(self.tr("Com {name} desde {start}").format(name=row.name, start=self._hhmm(job.start)))
        elif job.closed_at is not None and job.closed_at == job.end:
            lines.append(self.tr("Com {name} das {start} às {end}, quando foi encerrada").format(
                name=row.name, start=self._hhmm(job.start), end=self._hhmm(job.end)))
        else:
            lines.append(self.tr("Com {name} das {start} às {end}, quando foi repassada").format(
                name=row.name, start=self._hhmm(job.start), end=self._hhmm(job.end)))
        if job.appointment:
            lines.append(self.tr("Atendimento agendado (FAQ 7037)"))
        lines.append(self.tr("Clique para abrir a OC no quadro."))
        return "\n".join(lines)

    def _person_tip(self, row: TimelineRow) -> str:
        names = _tab_names()
        lines = [f"{row.name} ({row.login})",
                 self.role_label(row.role) + (" · " + ", ".join(names.get(t, t) for t in row.tabs) if row.tabs else ""),
                 self.tr("Estado: {state}").format(state=self.state_label(self._states.get(row.login, row.state))),
                 self.tr("Turno: {start}–{end}").format(start=self._hhmm(row.shift_start),
                                                         end=self._hhmm(row.shift_end))]
        if row.lunch_start is not None:
            lines.append(self.tr("Almoço previsto: {start}–{end}").format(
                start=self._hhmm(row.lunch_start), end=self._hhmm(row.lunch_end)))
        lunches = [s for s in row.presence if s.kind == SpanKind.LUNCH]
        if lunches:
            last = lunches[-1]
            lines.append(self.tr("Almoço real: {start}–{end}").format(
                start=self._hhmm(last.start),
                end=self._hhmm(last.end) if last.end else self.tr("agora")))
        if row.logged_in_at is not None:
            lines.append(self.tr("Login: {time}").format(time=self._hhmm(row.logged_in_at)))
            logout = row.presence[-1].end if row.presence and row.presence[-1].end else None
            if logout is not None:
                lines.append(self.tr("Logout: {time}").format(time=self._hhmm(logout)))
        else:
            lines.append(self.tr("Ainda não fez login."))
        live = [j for j in row.jobs if j.end is None]
        if live:
            lines.append(self.tr("Com as OCs: {numbers}").format(numbers=", ".join(str(j.number) for j in live)))
        flag = self.owner_flag(row)
        if flag is not None:
            numbers = ", ".join(str(n) for n in flag[1])
            if flag[0] == DeskSignal.OWNER_ENDED:
                lines.append(self.tr("⚠ Encerrou o dia com OCs em atendimento: {numbers}. Encaminhe-as ou "
                                     "ofereça-as a outra pessoa.").format(numbers=numbers))
            else:
                lines.append(self.tr("⚠ Sem sinal com OCs em atendimento: {numbers}.").format(numbers=numbers))
        return "\n".join(lines)

    # events

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.job_at(event.position())
        number = hit[0].row.jobs[hit[1]].number if hit else None
        if number != self._hover:
            self._hover = number
            self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.job_at(event.position())
            if hit is not None:
                self.select(hit[0].row.jobs[hit[1]].number)
                self.job_clicked.emit(self.selected)
                event.accept()
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right walk through the jobs by start time; Enter opens the selected one on the board."""
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            ordered = sorted({(j.start, j.number) for r in self.rows for j in r.jobs})
            numbers = [n for _, n in ordered]
            if numbers:
                if self.selected in numbers:
                    i = numbers.index(self.selected) + (1 if key == Qt.Key.Key_Right else -1)
                else:
                    i = 0 if key == Qt.Key.Key_Right else len(numbers) - 1
                self.select(numbers[max(0, min(i, len(numbers) - 1))])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.job_clicked.emit(self.selected)
            event.accept()
            return
        super().keyPressEvent(event)

    def select(self, number: int | None) -> None:
        self.selected = number
        self.update()
        rect = self.job_rect(number) if number is not None else None
        viewport = self.parent()
        scroll = viewport.parent() if viewport is not None else None
        if rect is not None and isinstance(scroll, QScrollArea):
            scroll.ensureVisible(rect.center().x(), rect.center().y(), 10, rect.height())

    # the tick

    def tick(self, now: datetime) -> None:
        """Move 'now': repaint the strip the now line and live spans cover, and any chip or colour that changed.

        The open jobs are looked at only when one changes colour (``tick_plan.py``); in between, a tick repaints the
        few live jobs still too short to show their number."""
        prev, self.now = self.now, now
        chips_changed = False
        old_x, new_x = self.axis.x(prev), self.axis.x(now)
        left, right = min(old_x, new_x), max(old_x, new_x)
        if self.axis.x0 - 4 <= right and left <= self.axis.x1 + 4:
            self.update(QRect(int(left) - 4, 0, int(right - left) + 10, self._height))
        for item in self.items:
            if not isinstance(item, _Row):
                continue
            state = person_state(item.row, now)
            if state != self._states.get(item.row.login):
                self._states[item.row.login] = state
                self.update(self.chip_rect(item).toAlignedRect().adjusted(-2, -2, 2, 2))
                chips_changed = True
        plan = self._tick_plan
        if plan is None or plan.due(prev, now):
            plan, recoloured = look_at_jobs(self.items, self._sla.marks, self.axis, prev, now)
            self._tick_plan = plan
            for item, k in recoloured:
                self.update(self._job_rect(item, k).toAlignedRect().adjusted(-2, -2, 2, 2))
        for strip in short_job_strips(plan, self.axis, now):
            self.update(strip)
        if chips_changed:
            for top in self._recount():
                self.update(QRect(0, top, self.width(), HEADER_H))

    # painting

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            self._paint(p, event.rect())
        finally:
            p.end()  # even if a paint step raised: a painter left active on a widget crashes Qt

    def _paint(self, p: QPainter, exposed: QRect) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(exposed, pal.color(QPalette.ColorRole.Base))
        if not self.items:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            text = self.message or self.tr("Ninguém na escala de hoje.")
            p.drawText(self.rect().adjusted(0, 24, 0, 0), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       text)
            return
        first = max(0, bisect.bisect_right(self._tops, exposed.top()) - 1)
        last = bisect.bisect_right(self._tops, exposed.bottom())
        visible = self.items[first:last]
        for item in visible:
            if isinstance(item, _Row):
                base = QPalette.ColorRole.AlternateBase if item.index % 2 else QPalette.ColorRole.Base
                p.fillRect(QRectF(0, item.top, self.width(), item.height), pal.color(base))
        self._paint_hour_grid(p, exposed)
        for item in visible:
            if isinstance(item, _Header):
                self._paint_header(p, item)
            else:
                self._paint_row(p, item, exposed)
        self._paint_now(p, exposed)

    def _paint_header(self, p: QPainter, item: _Header) -> None:
        pal = self.palette()
        rect = QRectF(0, item.top, self.width(), item.height)
        p.fillRect(rect, pal.color(QPalette.ColorRole.Window))
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(0, rect.bottom() - 0.5), QPointF(self.width(), rect.bottom() - 0.5))
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        text_rect = rect.adjusted(MARGIN, 0, 0, 0)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, item.title)
        width = QFontMetrics(font).horizontalAdvance(item.title)
        p.setFont(self.font())
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        summary = self.tr("{people} pessoa(s) · {available} disponível(is)").format(
            people=item.people, available=item.available)
        p.drawText(text_rect.adjusted(width + 12, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, summary)

    def _paint_row(self, p: QPainter, item: _Row, exposed: QRect) -> None:
        """One person's row; anything outside the exposed columns is skipped (the tick exposes a thin strip)."""
        pal = self.palette()
        row = item.row
        rect = QRectF(0, item.top, self.width(), item.height)
        lo, hi = exposed.left() - 2, exposed.right() + 2

        def outside(left: float, right: float) -> bool:
            return right < lo or left > hi

        if lo < timeline_x0():
            self._paint_name(p, item)
            self._paint_chip(p, item)
        # the day: planned shift, planned lunch, presence, bookings, jobs
        x0, x1 = self.axis.x0, self.axis.x1
        band = QRectF(0, item.top + 2, 0, item.height - 4)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        lunch = lunch_colour(pal)
        shift = QColor(highlight)
        shift.setAlphaF(0.13)
        left, right = self.axis.clamp_x(row.shift_start), self.axis.clamp_x(row.shift_end)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(shift)
        p.drawRoundedRect(band.adjusted(left, 0, right, 0), 3, 3)
        if row.lunch_start is not None and row.lunch_end is not None:
            planned = QColor(lunch)
            planned.setAlphaF(0.35)
            lunch_rect = band.adjusted(self.axis.clamp_x(row.lunch_start), 0, self.axis.clamp_x(row.lunch_end), 0)
            p.setBrush(QBrush(planned, Qt.BrushStyle.BDiagPattern))
            p.drawRect(lunch_rect)
        strip_top = item.top + item.height - ROW_BOTTOM - PRESENCE_H
        for span in row.presence:
            end = span.end if span.end is not None else max(self.now, span.start)
            left, right = self.axis.clamp_x(span.start), self.axis.clamp_x(end)
            if right <= x0 or left >= x1 or outside(left, right):
                continue
            p.setBrush(lunch if span.kind == SpanKind.LUNCH else highlight)
            p.drawRect(QRectF(left, strip_top, max(right - left, 1.0), PRESENCE_H))
        text_colour = pal.color(QPalette.ColorRole.Text)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.82))
        metrics = QFontMetrics(small)
        p.setFont(small)
        for booking in row.bookings:
            brect = self.booking_rect(item, booking.start, booking.end)
            if outside(brect.left(), brect.right()):
                continue
            outline = QColor(text_colour)
            outline.setAlphaF(0.55)
            p.setPen(QPen(outline, 1.2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(brect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            if not any(j.number == booking.number for j in row.jobs):
                p.setPen(text_colour)
                label = self.tr("Agendada {number}").format(number=booking.number)
                if metrics.horizontalAdvance(label) > brect.width() - 6:
                    label = metrics.elidedText(str(booking.number), Qt.TextElideMode.ElideRight,
                                               int(brect.width()) - 6)
                # right-aligned: live jobs grow into a booking from its left edge
                p.drawText(brect.adjusted(2, 0, -5, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                           label)
        for k, job in enumerate(row.jobs):
            job_rect = self._job_rect(item, k)
            if not outside(job_rect.left() - 2, job_rect.right() + 2):
                self._paint_job(p, item, k, job, metrics)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Midlight), 1))
        p.drawLine(QPointF(0, rect.bottom() - 0.5), QPointF(self.width(), rect.bottom() - 0.5))

    def _paint_name(self, p: QPainter, item: _Row) -> None:
        pal = self.palette()
        row = item.row
        width = NAME_W - 10
        middle = item.top + item.height / 2
        name_font = self.font()
        metrics = QFontMetrics(name_font)
        small = QFont(name_font)
        small.setPointSizeF(max(6.5, name_font.pointSizeF() * 0.82))
        small_metrics = QFontMetrics(small)
        line = metrics.height()
        top = middle - (line + small_metrics.height()) / 2
        p.setFont(name_font)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(QRectF(MARGIN, top, width, line), Qt.AlignmentFlag.AlignVCenter,
                   metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, width))
        detail = self.role_label(row.role) + (" · " + self.tr("Filial") if row.site == "filial" else "")
        p.setFont(small)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawText(QRectF(MARGIN, top + line - 1, width, small_metrics.height()), Qt.AlignmentFlag.AlignVCenter,
                   small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width))

    def _paint_chip(self, p: QPainter, item: _Row) -> None:
        state = self._states.get(item.row.login, PersonState(item.row.state))
        colour = self.state_colour(state)
        chip = self.chip_rect(item)
        fill = QColor(colour)
        fill.setAlphaF(0.18)
        p.setPen(QPen(colour, 1.2))
        p.setBrush(fill)
        p.drawRoundedRect(chip, 10, 10)
        dot = QRectF(chip.left() + 7, chip.center().y() - 3.5, 7, 7)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(dot)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.88))
        p.setFont(small)
        p.setPen(self.palette().color(QPalette.ColorRole.Text))
        p.drawText(chip.adjusted(19, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   self.state_label(state))
        if self.owner_flag(item.row) is not None:  # gone with OCs in progress: a red badge on the chip
            badge = QRectF(chip.right() - 17, chip.top() + 2, 16, chip.height() - 4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(error_colour())
            p.drawEllipse(badge)
            bold = QFont(small)
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(QColor("white"))
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
        p.setFont(self.font())

    def _paint_job(self, p: QPainter, item: _Row, k: int, job: JobSpan, metrics: QFontMetrics) -> None:
        rect = self._job_rect(item, k)
        if rect.right() < self.axis.x0 or rect.left() > self.axis.x1 + MIN_JOB_W:
            return
        pal = self.palette()
        state = self.sla_state(job)
        coloured = state if state is not None and has_sla_colour(state) else None
        colour = sla_colour(coloured) if coloured is not None else pal.color(QPalette.ColorRole.Mid)
        closed_or_released = job.end is not None
        fill = QColor(colour)
        if closed_or_released:
            fill.setAlphaF(0.45)
        p.setPen(QPen(colour.darker(125), 1))
        p.setBrush(fill)
        p.drawRoundedRect(rect, 2.5, 2.5)
        if job.number in (self.selected, self._hover):
            p.setPen(QPen(pal.color(QPalette.ColorRole.Text), 2 if job.number == self.selected else 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
        label = str(job.number)
        if metrics.horizontalAdvance(label) + 6 <= rect.width():
            if closed_or_released or coloured is None:
                p.setPen(pal.color(QPalette.ColorRole.Text))
            else:
                p.setPen(sla_text_colour(coloured))
            p.drawText(rect.adjusted(3, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)

    def _paint_hour_grid(self, p: QPainter, exposed: QRect) -> None:
        colour = self.palette().color(QPalette.ColorRole.Text)
        colour.setAlphaF(0.10)
        p.setPen(QPen(colour, 1))
        for hour in self.axis.hours():
            x = round(self.axis.x(hour)) + 0.5
            if exposed.left() - 1 <= x <= exposed.right() + 1:
                p.drawLine(QPointF(x, exposed.top()), QPointF(x, exposed.bottom() + 1))

    def _paint_now(self, p: QPainter, exposed: QRect) -> None:
        x = self.axis.x(self.now)
        if not self.axis.x0 <= x <= self.axis.x1:
            return
        p.setPen(QPen(now_colour(self.palette()), 2))
        p.drawLine(QPointF(x, exposed.top()), QPointF(x, exposed.bottom() + 1))
