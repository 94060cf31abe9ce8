"""The small form beside the week's grid: start, end, lunch start, lunch end — applied to every selected day.

Times are typed as people say them (``08:00``; ``8:00`` reads too); lunch left empty means no lunch. The form
reads into a :class:`~pitstop_desktop.domain.roster.Shift`, which refuses a shift that ends before it starts or a
lunch outside it; the refusal shows right under the form. Enter in any field applies.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.errors import BadValue, Field, PitstopError
from pitstop_desktop.domain.roster import Shift
from pitstop_desktop.domain.timeparse import parse_hhmm
from pitstop_desktop.views import messages as msg


def _time_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText("HH:MM")
    edit.setMaxLength(5)
    edit.setMaximumWidth(90)
    return edit


class ShiftForm(QGroupBox):
    """Emits ``apply_requested(shift)`` or ``clear_requested()`` for the days selected in the grid."""

    apply_requested = Signal(object)  # a valid Shift
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dias selecionados"), parent)
        root = QVBoxLayout(self)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        root.addWidget(self.count_label)
        form = QFormLayout()
        self.start, self.end = _time_edit(self), _time_edit(self)
        self.lunch_start, self.lunch_end = _time_edit(self), _time_edit(self)
        form.addRow(self.tr("I&nício"), self.start)
        form.addRow(self.tr("&Fim"), self.end)
        form.addRow(self.tr("Início do al&moço"), self.lunch_start)
        form.addRow(self.tr("Fim do almo&ço"), self.lunch_end)
        root.addLayout(form)
        hint = QLabel(self.tr("Deixe o almoço vazio para um turno sem almoço."), self)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        root.addWidget(hint)
        self.error = msg.FieldError(self)
        root.addWidget(self.error)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("A&plicar"), self)
        self.clear_button = QPushButton(self.tr("&Limpar"), self)
        self.clear_button.setToolTip(self.tr("Tira os dias selecionados da escala (Delete na grade)."))
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.clear_button)
        root.addLayout(buttons)
        root.addStretch(1)
        self.apply_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self._clear)
        for edit in self.edits():
            edit.returnPressed.connect(self.submit)
            edit.textEdited.connect(lambda _text: self.error.clear())
        self.set_count(0)

    def edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit, QLineEdit]:
        return self.start, self.end, self.lunch_start, self.lunch_end

    def set_count(self, count: int) -> None:
        """How many days the grid has selected; nothing selected, nothing to apply."""
        if count:
            self.count_label.setText(self.tr("%n dia(s) selecionado(s).", "", count))
        else:
            self.count_label.setText(self.tr("Selecione dias na grade (arraste, Shift ou Ctrl + clique)."))
        self.apply_button.setEnabled(count > 0)
        self.clear_button.setEnabled(count > 0)

    def show_shift(self, shift: Shift | None) -> None:
        """Fill the fields with a day's shift (the current cell's), so changing one time is one edit."""
        if shift is None:
            return
        values = (shift.start, shift.end, shift.lunch_start, shift.lunch_end)
        for edit, value in zip(self.edits(), values, strict=True):
            edit.setText(f"{value:%H:%M}" if value is not None else "")
        self.error.clear()

    def shift(self) -> Shift:
        """The typed shift; a :class:`BadValue` for a time that does not read or a shift that does not hold."""
        start, end, lunch_start, lunch_end = (e.text().strip() for e in self.edits())
        if not start or not end:
            raise BadValue("value.shift_incomplete", field=Field.TIME)
        return Shift(parse_hhmm(start), parse_hhmm(end), parse_hhmm(lunch_start) if lunch_start else None,
                     parse_hhmm(lunch_end) if lunch_end else None)

    def show_error(self, error: BaseException) -> None:
        self.error.show_text(msg.error_text(error))

    def submit(self) -> None:
        if not self.apply_button.isEnabled():
            return
        try:
            shift = self.shift()
        except PitstopError as error:
            self.show_error(error)
            return
        self.error.clear()
        self.apply_requested.emit(shift)

    def _clear(self) -> None:
        self.error.clear()
        self.clear_requested.emit()
