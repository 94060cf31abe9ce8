"""What the console says to people: refusals in the UI's language, code labels, local times, an inline banner.

The services refuse with :class:`PitstopError` data (a code, the rule, the field, parameters); the one catalogue
``domain/refusals.py`` words it, translated here by Qt. A dialog keeps the rule — the manual is the shared
vocabulary of the desk, and "R4" is what a supervisor looks up — and names codes the way the desk says them
("aprovado", not "approved").

Labels are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them, and translated when shown.
The banner is inline rather than a modal ``QMessageBox``: a refusal stays next to the action that caused it,
the keyboard focus stays where it was, and tests can read it without a nested event loop.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
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
from pitstop_desktop.views.tasks import TaskRunner

log = logging.getLogger(__name__)

CONTEXT = "pitstop"

STATUS = {
    "open": QT_TRANSLATE_NOOP("pitstop", "aberta"),
    "offered": QT_TRANSLATE_NOOP("pitstop", "oferecida"),
    "in_progress": QT_TRANSLATE_NOOP("pitstop", "em atendimento"),
    "awaiting_approval": QT_TRANSLATE_NOOP("pitstop", "aguardando validação"),
    "closed": QT_TRANSLATE_NOOP("pitstop", "encerrada"),
}
SLA_STATE = {
    "on_track": QT_TRANSLATE_NOOP("pitstop", "no prazo"),
    "warning": QT_TRANSLATE_NOOP("pitstop", "em alerta"),
    "breached": QT_TRANSLATE_NOOP("pitstop", "estourado"),
    "met": QT_TRANSLATE_NOOP("pitstop", "cumprido"),
    "missed": QT_TRANSLATE_NOOP("pitstop", "não cumprido"),
}
ROLE = {
    "attendant": QT_TRANSLATE_NOOP("pitstop", "atendente"),
    "technician": QT_TRANSLATE_NOOP("pitstop", "técnico"),
    "manager": QT_TRANSLATE_NOOP("pitstop", "gestor técnico"),
    "apoio": QT_TRANSLATE_NOOP("pitstop", "APOIO da gestão"),
    "supervisor": QT_TRANSLATE_NOOP("pitstop", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("pitstop", "administrador"),
}
ESCALATION_TARGET = {
    "especialistas": QT_TRANSLATE_NOOP("pitstop", "Especialistas"),
    "n2": QT_TRANSLATE_NOOP("pitstop", "N2"),
}
ESCALATION_REASON = {
    "long_in_line": QT_TRANSLATE_NOOP("pitstop", "longo em linha ou acesso remoto"),
    "not_solvable_n1": QT_TRANSLATE_NOOP("pitstop", "não solucionável no N1"),
}
ESCALATION_STATUS = {
    "pending": QT_TRANSLATE_NOOP("pitstop", "pendente"),
    "approved": QT_TRANSLATE_NOOP("pitstop", "aprovado"),
    "rejected": QT_TRANSLATE_NOOP("pitstop", "rejeitado"),
    "cancelled": QT_TRANSLATE_NOOP("pitstop", "cancelado"),
}
APOIO_REASON = {
    "no_answer": QT_TRANSLATE_NOOP("pitstop", "ninguém aceitou"),
    "everyone_refused": QT_TRANSLATE_NOOP("pitstop", "todos recusaram"),
    "n2_approved": QT_TRANSLATE_NOOP("pitstop", "N2 aprovado"),
    "sent_by_attendant": QT_TRANSLATE_NOOP("pitstop", "enviado pelo atendente"),
}
HISTORY_ACTION = {
    "registered": QT_TRANSLATE_NOOP("pitstop", "registrada"),
    "offered": QT_TRANSLATE_NOOP("pitstop", "oferecida"),
    "accepted": QT_TRANSLATE_NOOP("pitstop", "aceita"),
    "refused": QT_TRANSLATE_NOOP("pitstop", "recusada"),
    "forwarded": QT_TRANSLATE_NOOP("pitstop", "encaminhada"),
    "closed": QT_TRANSLATE_NOOP("pitstop", "encerrada"),
    "complemented": QT_TRANSLATE_NOOP("pitstop", "ligação complementar"),
    "escalation_requested": QT_TRANSLATE_NOOP("pitstop", "escalonamento pedido"),
    "escalation_approved": QT_TRANSLATE_NOOP("pitstop", "escalonamento aprovado"),
    "escalation_rejected": QT_TRANSLATE_NOOP("pitstop", "escalonamento rejeitado"),
    "sent_to_apoio": QT_TRANSLATE_NOOP("pitstop", "enviada ao APOIO"),
    "claimed": QT_TRANSLATE_NOOP("pitstop", "assumida pelo APOIO"),
    "booked": QT_TRANSLATE_NOOP("pitstop", "agendada (FAQ 7037)"),
}
KIND = {
    "question": QT_TRANSLATE_NOOP("pitstop", "dúvida"),
    "error": QT_TRANSLATE_NOOP("pitstop", "erro"),
    "installation": QT_TRANSLATE_NOOP("pitstop", "instalação"),
    "training": QT_TRANSLATE_NOOP("pitstop", "treinamento"),
    "configuration": QT_TRANSLATE_NOOP("pitstop", "configuração"),
    "other": QT_TRANSLATE_NOOP("pitstop", "outro"),
}
CHANNEL = {
    "phone": QT_TRANSLATE_NOOP("pitstop", "telefone"),
    "blip": QT_TRANSLATE_NOOP("pitstop", "Blip"),
    "skype": QT_TRANSLATE_NOOP("pitstop", "Skype"),
    "email": QT_TRANSLATE_NOOP("pitstop", "e-mail"),
    "portal": QT_TRANSLATE_NOOP("pitstop", "portal"),
}
PRESENCE = {
    "available": QT_TRANSLATE_NOOP("pitstop", "disponível"),
    "at_lunch": QT_TRANSLATE_NOOP("pitstop", "no almoço"),
    "offline": QT_TRANSLATE_NOOP("pitstop", "fora"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(table: dict[str, str], code: str | None) -> str:
    """The desk's word for a stored code; an unknown code (a newer database) is shown as it is."""
    if code is None:
        return ""
    source = table.get(code)
    return tr(source) if source is not None else code


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


def duration(delta: timedelta) -> str:
    """A waiting time a person reads at a glance: ``45 s``, ``12 min``, ``2 h 05 min``, ``3 d 4 h``."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return tr("%1 s").replace("%1", str(seconds))
    minutes = seconds // 60
    if minutes < 60:
        return tr("%1 min").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    days, hours = divmod(hours, 24)
    return tr("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))


def remaining(minutes: int) -> str:
    """The SLA's time left, or how long ago it ran out (``remaining_minutes`` is negative then)."""
    if minutes >= 0:
        return tr("restam %1").replace("%1", duration(timedelta(minutes=minutes)))
    return tr("estourado há %1").replace("%1", duration(timedelta(minutes=-minutes)))


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


class RoomyRows(QStyledItemDelegate):
    """Rows a little taller than the style's minimum: a queue is read across the room, and clicked in a hurry."""

    def __init__(self, parent: QWidget | None = None, extra: int = 8) -> None:
        super().__init__(parent)
        self._extra = extra

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self._extra)
