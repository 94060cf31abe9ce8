"""Where the console's panels go for each role, so each person's first panel is the one their work starts from.

- A manager decides escalations: the approvals take a column on the right from under the gauges to the bottom,
  raised; the APOIO queue and the technicians' timeline wait in tabs behind it.
- APOIO works its queue: the same column with the APOIO queue in front.
- A supervisor watches the board and the people: the timeline under the board, the two queues in tabs beside it.
- Attendants and technicians work the board: the timeline and their own escalations in a low strip under it.

The gauges stay on top for everyone. Shares are of the window's size, so the same plan serves 1366×768 and
1920×1080; the window applies it the first time it is shown (a layout the person arranged is remembered per role).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetrics

from pitstop_desktop.domain.codes import Role

GAUGES_MIN_HEIGHT = 140
"""The SLA rings' minimum height (``SlaGaugeWidget``), the gauges panel's while its trend is hidden: the console keeps
this room in the gauges' dock from its first paint, before the panel is built (views/main_window.py)."""

TREND_MIN_HEIGHT = 140
"""The ANS chart's height (``AnsTrendChart``), and its room's in the gauges panel until it is made."""

GAUGES_SPACING = 8
"""Between the gauges panel's rows: the rings, the trend's title line, the chart."""


def gauges_height(font: QFont, trend: bool) -> int:
    """The gauges panel's minimum height, known before it is built: the rings and, with the trend, its bold title
    line and its chart. The console gives the gauges' dock this room from its first paint."""
    if not trend:
        return GAUGES_MIN_HEIGHT
    bold = QFont(font)
    bold.setBold(True)
    return GAUGES_MIN_HEIGHT + 2 * GAUGES_SPACING + QFontMetrics(bold).height() + TREND_MIN_HEIGHT


@dataclass(frozen=True)
class ConsoleLayout:
    """``right``/``bottom``: docks tabified in that area, the first one raised; shares of the window's size."""

    right: tuple[str, ...] = ()
    bottom: tuple[str, ...] = ()
    right_share: float = 0.0
    bottom_share: float = 0.0

    @property
    def first(self) -> str | None:
        """The panel the role starts from (raised in its tab group), or None: the board."""
        return (self.right or self.bottom or (None,))[0]


def _queue_first(role: str) -> str | None:
    """The queue a role's work starts from: managers (and admins) decide escalations, APOIO works its queue."""
    if role in (Role.MANAGER.value, Role.ADMIN.value):
        return "approvals"
    return "apoio" if role == Role.APOIO.value else None


def layout_for(role: str, docks: tuple[str, ...]) -> ConsoleLayout:
    """The plan for ``role`` over the docks this window has (``timeline``, ``approvals``, ``apoio``)."""
    first = _queue_first(role)
    if first is not None and first in docks:
        others = [d for d in ("approvals", "apoio") if d in docks and d != first]
        return ConsoleLayout(right=(first, *others, "timeline"), right_share=0.5)
    queues = tuple(d for d in ("approvals", "apoio") if d in docks)
    if role == Role.SUPERVISOR.value:
        return ConsoleLayout(bottom=("timeline", *queues), bottom_share=0.3)
    return ConsoleLayout(bottom=("timeline", *queues), bottom_share=0.25)
