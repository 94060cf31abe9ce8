"""The week canvas: a column per day (Monday to Friday), a lane per person, time running down each lane; tasks and
contacts as blocks at their planned times.

Drawn by hand in one scroll area (a few hundred blocks at most; no scene graph to keep in step with the reads):
:class:`WeekGeometry` is the one place that turns (person, day, time) into pixels and back, for painting, for the
mouse and for the tests. Dragging a block that may move (a planned task, a scheduled contact) shows it at the
snapped place under the mouse and, on release, asks the window to move it (``move_requested``); the block stays at
its new place while the window asks the service (``set_pending``) and goes back if the service refuses
(``clear_pending``). A task type dragged from the palette and dropped on a lane asks for a new task there
(``drop_requested``). The keyboard does the same: arrows choose a block, Ctrl+arrows move it (15 minutes, a day),
Ctrl+Shift+Up/Down to the person above or below, Enter opens its menu.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
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
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from pitstop_desktop.models.consulting_palette import TASK_TYPE_MIME
from pitstop_desktop.models.palette import block_colours, block_text_colour

SNAP = timedelta(minutes=15)
HEADER_H = 34  # the days' names
LANE_LABEL_W = 190  # a person's name and plan
RULER_W = 40  # the hours
LANE_PAD = 6
MIN_HOUR_H = 26
DRAG_START = 4  # pixels the mouse moves before a press becomes a drag



@dataclass(frozen=True)
class Block:
    """A task or a contact as drawn: where, what it says, whether it may be dragged."""

    kind: str  # "task" or "contact"
    id: int
    login: str
    start: datetime
    end: datetime
    title: str
    detail: str
    tooltip: str
    colour: str  # task, contact or meeting (models/palette.py block_colours)
    movable: bool
    version: int
    faded: bool = False  # done, missed or cancelled
    running: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class Lane:
    login: str
    name: str
    plan_text: str  # "12 h de 20 h planejadas"
    ratio: float | None  # scheduled / planned (None: nothing planned)
    tooltip: str


class WeekGeometry:
    """Pixels of the canvas's content (before scrolling): lanes down, days across, time down each lane."""

    def __init__(self, days: Sequence[date], lanes: int, first_hour: int, last_hour: int, width: int,
                 tz: tzinfo, hour_h: int = MIN_HOUR_H) -> None:
        self.days = tuple(days)
        self.lanes = lanes
        self.first_hour, self.last_hour = first_hour, last_hour
        self.tz = tz
        self.hour_h = hour_h
        self.left = LANE_LABEL_W + RULER_W
        self.day_w = max(80.0, (width - self.left - 1) / max(1, len(self.days)))

    @property
    def lane_h(self) -> int:
        return (self.last_hour - self.first_hour) * self.hour_h + 2 * LANE_PAD

    @property
    def height(self) -> int:
        return HEADER_H + self.lanes * self.lane_h

    def lane_top(self, lane: int) -> int:
        return HEADER_H + lane * self.lane_h

    def day_x(self, day_index: int) -> float:
        return self.left + day_index * self.day_w

    def y_of(self, lane: int, moment: time) -> float:
        hours = moment.hour + moment.minute / 60 - self.first_hour
        return self.lane_top(lane) + LANE_PAD + hours * self.hour_h

    def rect_of(self, lane: int, start: datetime, end: datetime) -> QRectF | None:
        """Where a span of one day goes (clipped to the lane's hours); None when its day is not shown."""
        local_start, local_end = start.astimezone(self.tz), end.astimezone(self.tz)
        if local_start.date() not in self.days:
            return None
        column = self.days.index(local_start.date())
        top = self.y_of(lane, local_start.time())
        bottom = self.y_of(lane, local_end.time()) if local_end.date() == local_start.date() else \
            self.lane_top(lane) + self.lane_h - LANE_PAD
        low, high = self.lane_top(lane) + LANE_PAD, self.lane_top(lane) + self.lane_h - LANE_PAD
        top, bottom = min(max(top, low), high - 6), min(max(bottom, top + 8), high)
        return QRectF(self.day_x(column) + 3, top, self.day_w - 6, bottom - top)

    def at(self, point: QPointF, *, snap: timedelta = SNAP) -> tuple[int, date, datetime] | None:
        """(lane, day, moment snapped) under a content point; None outside the days or the lanes."""
        if point.x() < self.left or point.y() < HEADER_H or not self.days:
            return None
        column = int((point.x() - self.left) // self.day_w)
        lane = int((point.y() - HEADER_H) // self.lane_h)
        if not (0 <= column < len(self.days) and 0 <= lane < self.lanes):
            return None
        day = self.days[column]
        offset = (point.y() - self.lane_top(lane) - LANE_PAD) / self.hour_h
        minutes = round(offset * 60 / (snap.total_seconds() / 60)) * int(snap.total_seconds() // 60)
        minutes = max(0, min(minutes, (self.last_hour - self.first_hour) * 60))
        moment = datetime.combine(day, time(self.first_hour), tzinfo=self.tz) + timedelta(minutes=minutes)
        return lane, day, moment


def side_by_side(blocks: Sequence[Block], tz: tzinfo) -> dict[tuple[str, int], tuple[int, int]]:
    """(column, columns) of each block among those of its person and day that overlap it in time: a cluster of
    overlapping blocks is split into as many columns as it needs at once, as calendars do."""
    found: dict[tuple[str, int], tuple[int, int]] = {}
    groups: dict[tuple[str, date], list[Block]] = {}
    for block in blocks:
        groups.setdefault((block.login, block.start.astimezone(tz).date()), []).append(block)
    for group in groups.values():
        group.sort(key=lambda b: (b.start, b.end))
        clusters: list[list[tuple[Block, int]]] = []
        widths: list[int] = []
        ends: list[datetime] = []  # per column of the current cluster: when its last block ends
        cluster_end: datetime | None = None
        for block in group:
            if cluster_end is None or block.start >= cluster_end:
                clusters.append([])
                widths.append(0)
                ends, cluster_end = [], None
            col = next((i for i, end in enumerate(ends) if end <= block.start), len(ends))
            if col == len(ends):
                ends.append(block.end)
            else:
                ends[col] = block.end
            clusters[-1].append((block, col))
            widths[-1] = len(ends)
            cluster_end = block.end if cluster_end is None else max(cluster_end, block.end)
        for cluster, width in zip(clusters, widths, strict=True):
            for member, col in cluster:
                found[member.key] = (col, width)
    return found


class WeekCanvas(QAbstractScrollArea):
    """See the module docstring."""

    move_requested = Signal(object, str, object, object)  # Block, login, start, end (aware)
    drop_requested = Signal(str, str, object)  # task type, login, start (aware)
    menu_requested = Signal(object, QPoint)  # Block, global position
    selection_changed = Signal(object)  # Block or None

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.lanes: list[Lane] = []
        self.blocks: list[Block] = []
        self.days: tuple[date, ...] = ()
        self.first_hour, self.last_hour = 8, 18
        self.today: date | None = None
        self._pending: dict[tuple[str, int], Block] = {}
        self._selected: tuple[str, int] | None = None
        self._press: tuple[Block, QPointF, float] | None = None  # block, press point (content), offset in it
        self._ghost: Block | None = None
        self._drop_at: tuple[int, datetime] | None = None
        self._columns: dict[tuple[str, int], tuple[int, int]] = {}
        self.grid = WeekGeometry((), 0, 8, 18, 800, tz)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Semana da consultoria"))

    # What it shows

    def set_week(self, days: Sequence[date], lanes: Sequence[Lane], blocks: Sequence[Block], *,
                 first_hour: int = 8, last_hour: int = 18, today: date | None = None) -> None:
        self.days, self.lanes, self.blocks = tuple(days), list(lanes), list(blocks)
        self.today = today
        starts = [b.start.astimezone(self.tz) for b in self.blocks]
        ends = [b.end.astimezone(self.tz) for b in self.blocks]
        self.first_hour = min([first_hour] + [s.hour for s in starts])
        self.last_hour = max([last_hour] + [e.hour + (1 if e.minute else 0) for e in ends])
        self.last_hour = min(24, max(self.last_hour, self.first_hour + 1))
        self._pending.clear()
        self._columns = side_by_side(self.blocks, self.tz)
        keys = {b.key for b in self.blocks}
        if self._selected not in keys:
            self._selected = None
            self.selection_changed.emit(None)
        self._relayout()

    def _relayout(self) -> None:
        width = self.viewport().width()
        lanes = max(1, len(self.lanes))
        room = self.viewport().height() - HEADER_H
        fit = room // lanes // max(1, self.last_hour - self.first_hour)  # whole lanes on screen when they fit
        hour_h = max(MIN_HOUR_H, min(fit, 48))
        self.grid = WeekGeometry(self.days, len(self.lanes), self.first_hour, self.last_hour, width, self.tz,
                                     hour_h)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, self.grid.height - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(self.grid.hour_h)
        self.viewport().update()

    def set_pending(self, block: Block, login: str, start: datetime, end: datetime) -> None:
        """Show ``block`` at its new place while the service is asked."""
        self._pending[block.key] = replace(block, login=login, start=start, end=end)
        self.viewport().update()

    def clear_pending(self, key: tuple[str, int]) -> None:
        """The move was refused: the block goes back."""
        self._pending.pop(key, None)
        self.viewport().update()

    def shown_blocks(self) -> list[Block]:
        return [self._pending.get(b.key, b) for b in self.blocks]

    def block(self, key: tuple[str, int]) -> Block | None:
        return next((b for b in self.shown_blocks() if b.key == key), None)

    def selected(self) -> Block | None:
        return self.block(self._selected) if self._selected is not None else None

    def select(self, key: tuple[str, int] | None) -> None:
        self._selected = key
        block = self.selected()
        if block is not None:
            self.ensure_visible(block)
            self.setAccessibleDescription(block.tooltip)
        self.selection_changed.emit(block)
        self.viewport().update()

    # Geometry in the viewport's coordinates (what the mouse and the tests use)

    def _lane_of(self, login: str) -> int | None:
        return next((i for i, lane in enumerate(self.lanes) if lane.login == login), None)

    def _content_rect(self, block: Block, *, whole: bool = False) -> QRectF | None:
        """The block's rectangle; blocks that overlap share their day's width side by side (one being moved, or
        ``whole``, takes all of it)."""
        lane = self._lane_of(block.login)
        rect = None if lane is None else self.grid.rect_of(lane, block.start, block.end)
        column, count = self._columns.get(block.key, (0, 1))
        if rect is None or whole or count == 1 or block.key in self._pending:
            return rect
        width = rect.width() / count
        return QRectF(rect.left() + column * width, rect.top(), width - (2 if column < count - 1 else 0),
                      rect.height())

    def block_rect(self, key: tuple[str, int]) -> QRect:
        """Where the block is on screen (an empty rectangle when it is not shown)."""
        block = self.block(key)
        rect = self._content_rect(block) if block is not None else None
        if rect is None:
            return QRect()
        return rect.translated(0, -self.verticalScrollBar().value()).toAlignedRect()

    def point_for(self, login: str, moment: datetime) -> QPoint:
        """The viewport point of ``moment`` in ``login``'s lane (its day's column, a little right of its edge)."""
        lane = self._lane_of(login)
        local = moment.astimezone(self.tz)
        if lane is None or local.date() not in self.days:
            return QPoint(-1, -1)
        x = self.grid.day_x(self.days.index(local.date())) + 20
        y = self.grid.y_of(lane, local.time()) - self.verticalScrollBar().value()
        return QPointF(x, y).toPoint()

    def ensure_visible(self, block: Block) -> None:
        rect = self._content_rect(block)
        if rect is None:
            return
        bar, height = self.verticalScrollBar(), self.viewport().height()
        if rect.top() - HEADER_H < bar.value():
            bar.setValue(int(rect.top()) - HEADER_H - 4)
        elif rect.bottom() > bar.value() + height:
            bar.setValue(int(rect.bottom()) - height + 4)

    def _content(self, point: QPointF | QPoint) -> QPointF:
        return QPointF(point.x(), point.y() + self.verticalScrollBar().value())

    def _block_at(self, content: QPointF) -> Block | None:
        for block in reversed(self.shown_blocks()):
            rect = self._content_rect(block)
            if rect is not None and rect.contains(content):
                return block
        return None

    # Qt events

    def sizeHint(self) -> QSize:
        return QSize(1000, 600)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def viewportEvent(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            block = self._block_at(self._content(event.pos()))
            lane = self._lane_label_at(self._content(event.pos()))
            text = block.tooltip if block is not None else (lane.tooltip if lane is not None else "")
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)  # type: ignore[arg-type]

    def _lane_label_at(self, content: QPointF) -> Lane | None:
        if content.x() >= LANE_LABEL_W or content.y() < HEADER_H:
            return None
        lane = int((content.y() - HEADER_H) // self.grid.lane_h)
        return self.lanes[lane] if 0 <= lane < len(self.lanes) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        content = self._content(event.position())
        block = self._block_at(content)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(block.key if block is not None else None)
        if block is not None and block.movable:
            rect = self._content_rect(block)
            offset = content.y() - rect.top() if rect is not None else 0.0
            self._press = (block, content, offset)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        block, origin, offset = self._press
        content = self._content(event.position())
        if self._ghost is None and (content - origin).manhattanLength() < DRAG_START:
            return
        spot = self.grid.at(QPointF(content.x(), content.y() - offset))
        if spot is None:
            self._ghost = None
        else:
            lane, _day, start = spot
            self._ghost = replace(block, login=self.lanes[lane].login, start=start,
                                  end=start + (block.end - block.start))
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, ghost = self._press, self._ghost
        self._press, self._ghost = None, None
        self.viewport().update()
        if press is None or ghost is None:
            return
        block = press[0]
        if (ghost.login, ghost.start) != (block.login, block.start):
            self.move_requested.emit(block, ghost.login, ghost.start, ghost.end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self._block_at(self._content(event.position()))
        if block is not None:
            self.menu_requested.emit(block, event.globalPosition().toPoint())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        block = self._block_at(self._content(QPointF(event.pos())))
        if block is not None:
            self.select(block.key)
            self.menu_requested.emit(block, event.globalPos())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(TASK_TYPE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        spot = self.grid.at(self._content(event.position()))
        if event.mimeData().hasFormat(TASK_TYPE_MIME) and spot is not None:
            self._drop_at = (spot[0], spot[2])
            event.acceptProposedAction()
        else:
            self._drop_at = None
            event.ignore()
        self.viewport().update()

    def dragLeaveEvent(self, event: object) -> None:
        self._drop_at = None
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_at = None
        self.viewport().update()
        spot = self.grid.at(self._content(event.position()))
        if not event.mimeData().hasFormat(TASK_TYPE_MIME) or spot is None:
            event.ignore()
            return
        code = bytes(event.mimeData().data(TASK_TYPE_MIME).data()).decode()
        event.acceptProposedAction()
        self.drop_requested.emit(code, self.lanes[spot[0]].login, spot[2])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        block = self.selected()
        if ctrl and block is not None and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left,
                                                  Qt.Key.Key_Right):
            self._move_by_key(block, key, shift)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and not ctrl:
            self._step(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Menu) and block is not None:
            rect = self.block_rect(block.key)
            self.menu_requested.emit(block, self.viewport().mapToGlobal(rect.center()))
            return
        super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        order = sorted(self.shown_blocks(), key=lambda b: (self._lane_of(b.login) or 0, b.start, b.id))
        order = [b for b in order if self._content_rect(b) is not None]
        if not order:
            return
        keys = [b.key for b in order]
        if self._selected not in keys:
            self.select(keys[0 if direction > 0 else -1])
            return
        here = keys.index(self._selected)
        self.select(keys[max(0, min(len(keys) - 1, here + direction))])

    def _move_by_key(self, block: Block, key: int, shift: bool) -> None:
        if not block.movable:
            return
        login, start = block.login, block.start
        if shift and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            lane = (self._lane_of(login) or 0) + (1 if key == Qt.Key.Key_Down else -1)
            if not 0 <= lane < len(self.lanes):
                return
            login = self.lanes[lane].login
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            start += SNAP if key == Qt.Key.Key_Down else -SNAP
        else:
            local = start.astimezone(self.tz)
            if local.date() not in self.days:
                return
            index = self.days.index(local.date()) + (1 if key == Qt.Key.Key_Right else -1)
            if not 0 <= index < len(self.days):
                return
            start = datetime.combine(self.days[index], local.time(), tzinfo=self.tz)
        self.move_requested.emit(block, login, start, start + (block.end - block.start))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scroll = self.verticalScrollBar().value()
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        painter.save()
        painter.translate(0, -scroll)
        self._paint_lanes(painter, palette)
        for block in self.shown_blocks():
            self._paint_block(painter, block, pending=block.key in self._pending)
        if self._ghost is not None:
            self._paint_block(painter, self._ghost, ghost=True)
        if self._drop_at is not None:
            lane, start = self._drop_at
            rect = self.grid.rect_of(lane, start, start + timedelta(hours=1))
            if rect is not None:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 4, 4)
        painter.restore()
        self._paint_header(painter, palette)
        painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        g = self.grid
        width = self.viewport().width()
        painter.fillRect(QRect(0, 0, width, HEADER_H), palette.color(QPalette.ColorRole.Button))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, HEADER_H - 1, width, HEADER_H - 1)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        for i, day in enumerate(g.days):
            rect = QRectF(g.day_x(i), 0, g.day_w, HEADER_H)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if day == self.today
                           else palette.color(QPalette.ColorRole.ButtonText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.day_title(day))
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(QRectF(8, 0, LANE_LABEL_W - 8, HEADER_H),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.tr("Pessoa"))
        font.setBold(False)
        painter.setFont(font)

    def day_title(self, day: date) -> str:
        names = (self.tr("seg"), self.tr("ter"), self.tr("qua"), self.tr("qui"), self.tr("sex"), self.tr("sáb"),
                 self.tr("dom"))
        return f"{names[day.weekday()]} {day:%d/%m}"

    def _paint_lanes(self, painter: QPainter, palette: QPalette) -> None:
        g = self.grid
        width = self.viewport().width()
        mid, text = palette.color(QPalette.ColorRole.Mid), palette.color(QPalette.ColorRole.Text)
        soft = QColor(mid)
        soft.setAlpha(70)
        small = painter.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        for lane_index, lane in enumerate(self.lanes):
            top = g.lane_top(lane_index)
            if lane_index % 2:
                painter.fillRect(QRectF(0, top, width, g.lane_h), palette.color(QPalette.ColorRole.AlternateBase))
            for i, day in enumerate(g.days):  # today's column, lightly
                if day == self.today:
                    shade = QColor(palette.color(QPalette.ColorRole.Highlight))
                    shade.setAlpha(22)
                    painter.fillRect(QRectF(g.day_x(i), top, g.day_w, g.lane_h), shade)
            painter.setFont(small)
            for hour in range(g.first_hour, g.last_hour + 1):
                y = g.y_of(lane_index, time(hour % 24))
                if hour == 24:
                    y = top + g.lane_h - LANE_PAD
                painter.setPen(QPen(soft, 1))
                painter.drawLine(QPointF(g.left, y), QPointF(width, y))
                if hour < g.last_hour and (hour - g.first_hour) % (1 if g.hour_h >= 30 else 2) == 0:
                    painter.setPen(mid)
                    painter.drawText(QRectF(LANE_LABEL_W, y - 8, RULER_W - 6, 16),
                                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}h")
            self._paint_lane_label(painter, palette, lane, top)
            painter.setPen(QPen(mid, 1))
            painter.drawLine(QPointF(0, top + g.lane_h), QPointF(width, top + g.lane_h))
        painter.setPen(QPen(mid, 1))
        for i in range(len(g.days) + 1):
            x = g.day_x(i)
            painter.drawLine(QPointF(x, HEADER_H), QPointF(x, g.height))
        painter.drawLine(QPointF(LANE_LABEL_W, HEADER_H), QPointF(LANE_LABEL_W, g.height))
        if not self.lanes:
            painter.setPen(text)
            painter.drawText(QRectF(0, HEADER_H + 20, width, 40), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Ninguém na equipe da consultoria nesta semana."))

    def _paint_lane_label(self, painter: QPainter, palette: QPalette, lane: Lane, top: int) -> None:
        font = painter.font()
        bold = QFontMetrics(font).height()
        name_font = self.font()
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(name_font)
        painter.drawText(QRectF(8, top + 8, LANE_LABEL_W - 14, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, metrics.elidedText(lane.name, Qt.TextElideMode.ElideRight,
                                                                        LANE_LABEL_W - 14))
        painter.setFont(font)
        y = top + 12 + metrics.height()
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(8, y, LANE_LABEL_W - 14, bold * 2 + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, lane.plan_text)
        bar = QRectF(8, y + bold * 2 + 8, LANE_LABEL_W - 22, 8)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(bar, 3, 3)
        if lane.ratio is not None:
            filled = QRectF(bar.left(), bar.top(), bar.width() * min(1.0, lane.ratio), bar.height())
            # on plan: green; under: blue; over: orange (the blocks' edges)
            kind = "contact" if 0.9 <= lane.ratio <= 1.1 else ("task" if lane.ratio < 0.9 else "meeting")
            colour = block_colours(kind)[1]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_block(self, painter: QPainter, block: Block, *, pending: bool = False, ghost: bool = False) -> None:
        rect = self._content_rect(block)
        if rect is None:
            return
        fill, edge = (QColor(c) for c in block_colours(block.colour))
        if block.faded:
            fill.setAlpha(120)
        if ghost:
            fill.setAlpha(150)
        painter.setBrush(fill)
        width = 3 if block.running or block.key == self._selected else 1
        style = Qt.PenStyle.DashLine if (ghost or pending) else Qt.PenStyle.SolidLine
        painter.setPen(QPen(edge, width, style))
        painter.drawRoundedRect(rect, 4, 4)
        if block.key == self._selected and self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 5, 5)
        painter.fillRect(QRectF(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2), edge)
        text_rect = rect.adjusted(8, 1, -3, -1)
        metrics = painter.fontMetrics()
        painter.setPen(block_text_colour(faded=block.faded))
        lines = [block.title] + ([block.detail] if block.detail else [])
        fit = max(1, int(text_rect.height() // metrics.height()))
        if fit == 1 and block.detail:
            lines = [f"{block.title} · {block.detail}"]
        shown = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(text_rect.width()))
                 for line in lines[:fit]]
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "\n".join(shown))
