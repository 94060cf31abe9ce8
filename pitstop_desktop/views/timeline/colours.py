"""The timeline's own colours, derived from the palette (the SLA colours are ``models/palette.py``'s)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def lunch_colour(pal: QPalette) -> QColor:
    """Lunch takes the palette's visited-link colour (distinct from the highlight, set by the theme), toned
    towards the text colour so the default pure magenta does not shout."""
    return mix(pal.color(QPalette.ColorRole.LinkVisited), pal.color(QPalette.ColorRole.Text), 0.3)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                           a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


def now_colour(pal: QPalette) -> QColor:
    return pal.color(QPalette.ColorRole.Text)
