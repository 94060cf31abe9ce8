"""The fixed colours (DESIGN.md: everything else comes from the palette), as ``QColor``.

The hex values are :mod:`pitstop_desktop.domain.vocabulary`'s (one SLA palette, readable on light and dark
windows); this module only turns them into Qt colours, once. The colours returned are shared: copy one
(``QColor(c)``) before changing it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from pitstop_desktop.domain.vocabulary import (
    CONSULTING_BLOCK_COLOUR,
    CONSULTING_BLOCK_TEXT,
    ERROR_COLOUR,
    SLA_COLOUR,
    SLA_TEXT_ON_COLOUR,
    WARNING_COLOUR,
)

_SLA = {state: QColor(hex_colour) for state, hex_colour in SLA_COLOUR.items()}
_SLA_TEXT = {state: QColor(hex_colour) for state, hex_colour in SLA_TEXT_ON_COLOUR.items()}
_ERROR = QColor(ERROR_COLOUR)
_BLOCK = {kind: (QColor(fill), QColor(edge)) for kind, (fill, edge) in CONSULTING_BLOCK_COLOUR.items()}
_BLOCK_TEXT = tuple(QColor(c) for c in CONSULTING_BLOCK_TEXT)
_WARNING = QColor(WARNING_COLOUR)


def sla_colour(state: str) -> QColor:
    """The colour of an SLA state (``on_track``, ``warning``…); ``KeyError`` for a state with none."""
    return _SLA[state]


def sla_text_colour(state: str) -> QColor:
    """The text colour that stays readable on :func:`sla_colour` of the same state."""
    return _SLA_TEXT[state]


def has_sla_colour(state: str | None) -> bool:
    return state in _SLA


def error_colour() -> QColor:
    """Text that reports a failure (a lost connection, a refused call)."""
    return _ERROR


def warning_colour() -> QColor:
    """Text that asks for attention without reporting a failure (calls pending in the outbox)."""
    return _WARNING


def block_colours(kind: str) -> tuple[QColor, QColor]:
    """(fill, edge) of a block of the consulting week: ``task``, ``contact`` or ``meeting`` (others: a task's)."""
    return _BLOCK.get(kind, _BLOCK["task"])


def block_text_colour(*, faded: bool = False) -> QColor:
    """The text on :func:`block_colours`' fill (``faded``: a block that is over)."""
    return _BLOCK_TEXT[1 if faded else 0]


def text_style(colour: QColor, *, bold: bool = True) -> str:
    """A label's style sheet in one of these colours: ``label.setStyleSheet(text_style(error_colour()))``."""
    return f"color: {colour.name()}" + ("; font-weight: bold" if bold else "")
