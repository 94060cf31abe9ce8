"""The four columns every queue row starts with after its number: client, summary, SLA class and time left.

A manager deciding on an escalation and APOIO choosing the next item ask the same questions the board answers
("whose call, about what, how urgent, how long left"), so they get the board's words: the SLA class's name
(``msg.sla_class_name``), the time left as the board's countdown (``msg.countdown``, "restam …" in the tooltip)
in the SLA state's colour (``models.palette``). The time left comes from ``Policy.read`` and the workspace's clock
and ticks with the queue's one-second timer, without the database.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.domain.sla import SlaReading
from pitstop_desktop.models.palette import has_sla_colour, sla_colour
from pitstop_desktop.models.rows import Column
from pitstop_desktop.services.queue_facts import OcGlance
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.workspace import Workspace

# Widths of the four columns (client, summary, SLA, time left); the summary is the one that stretches.
OC_WIDTHS = (150, 200, 75, 100)


class HasGlance(Protocol):
    @property
    def oc(self) -> OcGlance | None: ...


G = TypeVar("G", bound=HasGlance)


def _t(text: str) -> str:
    return QCoreApplication.translate("QueueColumns", text)


def reading(ctx: Workspace, oc: OcGlance | None) -> SlaReading | None:
    """The OC's SLA at the workspace's clock; None for a closed OC or an unknown class (no countdown)."""
    if oc is None or not oc.is_open:
        return None
    try:
        return ctx.policy.read(oc.sla, oc.opened_at, ctx.clock.now())
    except PitstopError:
        return None


def _class_name(ctx: Workspace, code: str) -> str:
    stored = ctx.policy.sla_classes.get(code)
    return msg.sla_class_name(code, stored.name if stored is not None else None)


def _left_colour(ctx: Workspace, oc: OcGlance | None) -> QColor | None:
    read = reading(ctx, oc)
    return sla_colour(read.state) if read is not None and has_sla_colour(read.state) else None


def oc_columns(ctx: Workspace) -> list[Column[G]]:
    """Cliente, Resumo, SLA, Tempo restante for rows with an ``oc`` (the queue's OC at a glance)."""
    closed = _t("encerrada")

    def left(row: G) -> str:
        read = reading(ctx, row.oc)
        if read is None:
            return closed if row.oc is not None and not row.oc.is_open else "—"
        return msg.countdown(read.remaining_minutes)

    def left_tip(row: G) -> str | None:
        read = reading(ctx, row.oc)
        return None if read is None else msg.remaining(read.remaining_minutes)

    def left_sort(row: G) -> int:
        read = reading(ctx, row.oc)
        return read.remaining_minutes if read is not None else 10 ** 9

    return [
        Column(_t("Cliente"), lambda r: r.oc.client_name if r.oc else "",
               tooltip=lambda r: r.oc.client_name if r.oc else None),
        Column(_t("Resumo"), lambda r: r.oc.summary if r.oc else "", tooltip=lambda r: r.oc.summary if r.oc else None),
        Column(_t("SLA"), lambda r: _class_name(ctx, r.oc.sla) if r.oc else ""),
        Column(_t("Tempo restante"), left, tooltip=left_tip, foreground=lambda r: _left_colour(ctx, r.oc),
               sort=left_sort, align=Qt.AlignmentFlag.AlignRight),
    ]
