"""The timeline's colours: fixed SLA colours, the rest derived from the palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from pitstop_desktop.domain.codes import SlaState

# SLA colours stay fixed so they read the same on light and dark palettes; everything else is the palette's.
SLA_COLOURS: dict[str, QColor] = {
    SlaState.ON_TRACK: QColor("#2e9e4f"),
    SlaState.WARNING: QColor("#d98a00"),
    SlaState.BREACHED: QColor("#d43c3c"),
    SlaState.MET: QColor("#2e9e4f"),
    SlaState.MISSED: QColor("#d43c3c"),
}
_DARK_TEXT_ON = frozenset({SlaState.WARNING})  # amber needs dark text; green and red carry white


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
