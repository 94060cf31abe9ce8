"""The application icon, drawn in code in one place: the windows draw it at start-up, and tools/make_resources.py
draws the same picture into resources/pitstop.ico and resources/icons/*.png for the Windows executable and its
installer, so the program and the installer share one icon."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap

# Every size Windows asks of an icon (Explorer, the taskbar, Start, high-DPI), and those resources/ holds.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = "#1f6feb"


def render_icon(size: int) -> QImage:
    """The icon at ``size`` × ``size`` pixels on a transparent background (ARGB32)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setBrush(QColor(BLUE))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(0, 0, size, size))
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(1, int(size * 0.45)))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "PS")
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def pitstop_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(render_icon(size)))
    return icon
