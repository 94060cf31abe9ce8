"""What the console says to people: refusals in the UI's language, code labels, local times, an inline banner and
the small label that shows a refusal beside the field it is about.

The services refuse with :class:`PitstopError` data (a code, the rule, the field, parameters); the one catalogue
``domain/refusals.py`` words it, translated here by Qt. A dialog keeps the rule — the manual is the shared
vocabulary of the desk, and "R4" is what a supervisor looks up — and names codes the way the desk says them
("aprovado", not "approved").

Code labels and durations are the vocabulary's (``domain/vocabulary.py``), translated when shown.
The banner is inline rather than a modal ``QMessageBox``: a refusal stays next to the action that caused it,
the keyboard focus stays where it was, and tests can read it without a nested event loop. A refusal about a
field (``PitstopError.field``) goes in a :class:`FieldError` right under that field when the window has it; each
window maps the field to its own widget, never by reading the message.
"""

from __future__ import annotations

import inspect
import logging
import re
import time
import weakref
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pitstop_desktop.domain import refusals
from pitstop_desktop.domain.errors import PitstopError

# The desk's words, one table each (domain/vocabulary.py), and their Qt face (models/labels.py), under the names
# the windows use: msg.label(msg.STATUS, code), msg.duration(delta), msg.remaining(minutes).
from pitstop_desktop.domain.vocabulary import APOIO_REASON as APOIO_REASON
from pitstop_desktop.domain.vocabulary import CHANNEL as CHANNEL
from pitstop_desktop.domain.vocabulary import ESCALATION_REASON as ESCALATION_REASON
from pitstop_desktop.domain.vocabulary import ESCALATION_STATUS as ESCALATION_STATUS
from pitstop_desktop.domain.vocabulary import ESCALATION_TARGET as ESCALATION_TARGET
from pitstop_desktop.domain.vocabulary import HISTORY_ACTION as HISTORY_ACTION
from pitstop_desktop.domain.vocabulary import KIND as KIND
from pitstop_desktop.domain.vocabulary import PERSON_STATE as PERSON_STATE
from pitstop_desktop.domain.vocabulary import PRESENCE as PRESENCE
from pitstop_desktop.domain.vocabulary import PRESENCE_EVENT as PRESENCE_EVENT
from pitstop_desktop.domain.vocabulary import ROLE as ROLE
from pitstop_desktop.domain.vocabulary import SLA_STATE as SLA_STATE
from pitstop_desktop.domain.vocabulary import STATUS as STATUS
from pitstop_desktop.models.labels import countdown as countdown
from pitstop_desktop.models.labels import duration as duration
from pitstop_desktop.models.labels import label as label
from pitstop_desktop.models.labels import remaining as remaining
from pitstop_desktop.models.labels import sla_class_name as sla_class_name
from pitstop_desktop.models.labels import tr as tr
from pitstop_desktop.models.palette import error_colour, text_style
from pitstop_desktop.views.tasks import TaskRunner

log = logging.getLogger(__name__)


def code_words(tab_names: dict[str, str], people: dict[str, str]) -> dict[str, str]:
    """Codes that appear in stored texts (history details, notes) and the words the desk uses for them."""
    words = {code: label(ESCALATION_REASON, code) for code in ESCALATION_REASON}
    words |= {code: label(APOIO_REASON, code) for code in APOIO_REASON}
    words |= {code: label(CHANNEL, code) for code in CHANNEL}
    words |= {code: label(KIND, code) for code in KIND}
    words |= tab_names
    words |= people
    return words


def detail_reader(words: dict[str, str]) -> Callable[[str], str]:
    """A function that rewrites a stored detail ("oferecida a ana.souza", "n1_rapida → n2") in plain names.

    The audit trail keeps codes and logins on purpose (they never change meaning); people read names.
    """
    if not words:
        return lambda text: text
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.])({alternatives})(?![\w])")
    return lambda text: pattern.sub(lambda m: words[m.group(1)], text or "")


# Times: stored in UTC, shown in the calendar's zone.


def local_time(moment: datetime | None, tz: tzinfo, *, now: datetime | None = None) -> str:
    """``14:05`` today, ``23/11 14:05`` on another day (relative to ``now``), empty for no moment."""
    if moment is None:
        return ""
    shown = moment.astimezone(tz)
    if now is not None and shown.date() == now.astimezone(tz).date():
        return shown.strftime("%H:%M")
    return shown.strftime("%d/%m %H:%M")


# Refusals


def _tr_refusal(text: str) -> str:
    return QCoreApplication.translate(refusals.CONTEXT, text)


def error_text(error: BaseException) -> str:
    """A refusal as one sentence for a dialog, in the UI's language; the rule it cites ("R8: …") stays in front."""
    if isinstance(error, PitstopError):
        return refusals.render(error, _tr_refusal, translate_labels=tr, capitalize=True)
    if type(error).__module__.startswith("sqlalchemy"):  # the db layer already retried what it could
        return tr("O banco de dados não respondeu; nada foi alterado. Tente de novo em instantes.")
    log.error("unexpected error in a console action", exc_info=error)
    return tr("Erro inesperado (%1): %2").replace("%1", type(error).__name__).replace("%2", str(error))


def heading(text: str, parent: QWidget, *, scale: float = 1.1) -> QLabel:
    """A bold label ``scale`` times the window's font over a part of a window (queues, intake)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def error_label(parent: QWidget) -> QLabel:
    """A small dialog's refusal line (sign-in, password): error colour, wrapping, hidden until there is one."""
    label = QLabel(parent)
    label.setStyleSheet(text_style(error_colour(), bold=False))
    label.setWordWrap(True)
    label.hide()
    return label


class MessageBanner(QFrame):
    """One line (or a few) of feedback inside a dialog or panel: a refusal, a warning or a confirmation.

    It uses the palette (``ToolTipBase`` background, the style's standard icons) so it reads the same in light
    and dark mode, and it announces itself to screen readers through its accessible name.
    """

    ERROR, WARNING, INFO = "error", "warning", "info"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setForegroundRole(self.palette().ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setForegroundRole(self.palette().ColorRole.ToolTipText)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self._kind = ""
        self.hide()

    def show_error(self, error: BaseException) -> None:
        self.show_text(error_text(error), self.ERROR)

    def show_text(self, text: str, kind: str = INFO) -> None:
        icons = {self.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                 self.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                 self.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(icons[kind]).pixmap(size, size))
        self._kind = kind
        self._text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self._text.clear()
        self._kind = ""
        self.hide()

    def text(self) -> str:
        return self._text.text() if self.isVisible() or self._kind else ""

    def kind(self) -> str:
        return self._kind


class FieldError(QWidget):
    """A refusal shown right under the field that caused it (hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
                             .pixmap(size, size))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setStyleSheet(text_style(error_colour()))
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        self._text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self._text.clear()
        self.hide()

    def text(self) -> str:
        return self._text.text() if not self.isHidden() else ""


def submit(
    owner: QWidget,
    runner: TaskRunner,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> int:
    """``runner.submit`` whose callbacks are dropped when ``owner`` was deleted meanwhile (a closed dialog)."""

    def done(result: Any) -> None:
        if shiboken6.isValid(owner):
            on_done(result)

    def failed(error: BaseException) -> None:
        if shiboken6.isValid(owner):
            on_error(error)
        elif not isinstance(error, PitstopError):
            log.error("background task failed after its window closed", exc_info=error)

    return runner.submit(work, done, failed)


def _weak(function: Callable[..., Any]) -> Callable[[], Callable[..., Any] | None]:
    """A weak reference to a bound method (a plain function is kept as it is)."""
    if inspect.ismethod(function):
        return weakref.WeakMethod(function)
    return lambda: function


PACE_MS = 250
"""A panel re-reads at most once per this many milliseconds, however many live-feed batches arrive (issue 10: 200
seats, each re-reading each panel on every change, were what an office server spent its time on)."""


class CoalescedRead:
    """One background read at a time for a window part, and at most one start per ``pace_ms``: a request while a
    read runs asks for exactly one more after it, and a request too soon after the last start is put off until
    its time (a burst of live-feed batches costs two reads, not one per batch). The first request after a quiet
    moment starts at once.

    ``prepare`` is called when the read starts and returns the work to run, so what it captures (the clock's
    moment, the ids asked for) is as late as can be; the callbacks are :func:`submit`'s (dropped once ``owner``
    is gone)."""

    def __init__(self, owner: QWidget, runner: TaskRunner, prepare: Callable[[], Callable[[], Any]],
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None], *,
                 pace_ms: int = PACE_MS) -> None:
        # weak: the reader belongs to its owner, whose methods these usually are; a strong cycle would keep a closed
        # panel alive until the garbage collector runs
        self._owner, self._runner = weakref.ref(owner), runner
        self._prepare, self._on_done, self._on_error = _weak(prepare), _weak(on_done), _weak(on_error)
        self._pace = pace_ms / 1000
        self._loading = self._again = self._deferred = False
        self._started = float("-inf")
        self._turn = 0

    @property
    def busy(self) -> bool:
        """A read runs or waits for its turn."""
        return self._loading or self._deferred or self._again

    def request(self, *, now: bool = False) -> None:
        """A read, at the pace; ``now``: at once (someone asked: F5, their own action), unless one runs."""
        if self._loading:
            self._again = True
            return
        if self._deferred and not now:
            return
        wait = self._started + self._pace - time.monotonic()
        if wait > 0 and not now:
            self._deferred = True
            self._turn += 1
            turn = self._turn
            self._runner.defer(int(wait * 1000) + 1, lambda: self._fire(turn))
        else:
            self._deferred = False
            self._start()

    def _fire(self, turn: int) -> None:
        if self._deferred and turn == self._turn:  # not overtaken by a request made ``now``
            self._deferred = False
            self._start()

    def _start(self) -> None:
        owner, prepare = self._owner(), self._prepare()
        if owner is None or prepare is None or not shiboken6.isValid(owner):
            return  # the window part is gone
        self._loading = True
        self._started = time.monotonic()
        submit(owner, self._runner, prepare(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._loading = False
        on_done = self._on_done()
        if on_done is not None:
            on_done(result)
        if self._again:
            self._again = False
            self.request()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        on_error = self._on_error()
        if on_error is not None:
            on_error(error)
        if self._again:  # asked again while this one ran: that request still stands (at the pace)
            self._again = False
            self.request()


class RoomyRows(QStyledItemDelegate):
    """Rows a little taller than the style's minimum: a queue is read across the room, and clicked in a hurry."""

    def __init__(self, parent: QWidget | None = None, extra: int = 8) -> None:
        super().__init__(parent)
        self._extra = extra

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self._extra)
