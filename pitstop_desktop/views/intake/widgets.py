"""Small pieces of the intake form: where a refusal belongs (:func:`field_for_error`) and the widget that shows
it there (:class:`FieldError`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from pitstop_desktop.domain.errors import Field, PitstopError
from pitstop_desktop.models.palette import error_colour, text_style


def field_for_error(error: BaseException) -> str:
    """Which form field a refusal is about (the window shows it beside that field); ``"form"`` when none."""
    if not isinstance(error, PitstopError) or error.field is None:
        return "form"
    # The slot picker chooses the technician with the time; a field the form lacks shows in its banner.
    return Field.SLOT.value if error.field == Field.TECHNICIAN else str(error.field.value)


def slot_taken(error: BaseException) -> bool:
    """R10: the slot is no longer free (booked by someone else between picking and saving)."""
    return isinstance(error, PitstopError) and error.rule == "R10"


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



def heading(text: str, parent: QWidget) -> QLabel:
    """A bold, slightly larger label over a part of the window."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label
