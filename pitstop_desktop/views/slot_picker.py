"""Appointments (FAQ 7037, R10): the free slots of a day and tab, by time and technician.

A slot is the roster minus lunch minus what is already booked (``services.slots.free_slots``), and only slots
that have not started yet. The picker only *chooses*: the booking happens when the intake window saves the call,
in the same transaction that creates the OC, and the database refuses a slot booked twice. When that happens the
intake window opens the picker again with the refusal (it names who took the slot) in its banner, on a fresh
read, so the taken slot is gone in front of the attendant.

Keyboard: the list has the focus; arrows move, Enter picks, Esc cancels; Alt+D changes the day, Alt+A the tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.models.rows import Column, RowModel
from pitstop_desktop.services import people, picker, slots
from pitstop_desktop.services.records import SlotRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.row_view import RowView
from pitstop_desktop.views.workspace import Workspace


@dataclass(frozen=True)
class SlotRow:
    """A free slot as listed: the technician's name, and whether it is the first row of its time (its heading)."""

    record: SlotRecord
    name: str
    first_of_time: bool

    @property
    def key(self) -> tuple[datetime, str]:
        return self.record.start, self.record.technician


class SlotPicker(QDialog):
    """Free slots of ``day`` (default: today) for the people of ``tab``; Enter emits ``picked(start, login)``."""

    picked = Signal(object, str)  # start (aware datetime), technician login
    loaded = Signal()

    def __init__(self, ctx: Workspace, tab: str | None = None, day: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab = tab or (ctx.user.tabs[0] if ctx.user.tabs else None)
        tz = ctx.policy.calendar.tz
        self.day = day or ctx.clock.now().astimezone(tz).date()
        self._slots: list[SlotRecord] = []
        self._names: dict[str, str] = {}
        self._tabs_loaded = False
        self._busy = False
        self.setWindowTitle(self.tr("Agendamento técnico (FAQ 7037)"))
        self.setSizeGripEnabled(True)
        self.resize(620, 520)
        self._build()
        self.reload()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        day_label = QLabel(self.tr("&Dia"), self)
        self.date_edit = QDateEdit(QDate(self.day.year, self.day.month, self.day.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd dd/MM/yyyy")
        self.date_edit.setMinimumDate(self._today_qdate())
        day_label.setBuddy(self.date_edit)
        tab_label = QLabel(self.tr("&Aba"), self)
        self.tab_combo = QComboBox(self)
        self.tab_combo.setMinimumContentsLength(18)
        tab_label.setBuddy(self.tab_combo)
        top.addWidget(day_label)
        top.addWidget(self.date_edit)
        top.addSpacing(12)
        top.addWidget(tab_label)
        top.addWidget(self.tab_combo, 1)
        root.addLayout(top)

        self.hint = QLabel(self.tr("Horários livres: escala menos almoço menos o que já está agendado. "
                                   "Enter escolhe; o horário é reservado ao salvar a ligação."), self)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        root.addWidget(self.hint)

        self.table: RowView[SlotRow] = RowView(RowModel(self._columns(), key=lambda r: r.key), self,
                                               widths=(120, 240), extra_height=4)
        self.table.activated.connect(lambda _index: self.pick_selected())
        root.addWidget(self.table, 1)

        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)

        row = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row.addWidget(self.count_label, 1)
        self.pick_button = QPushButton(self.tr("&Escolher"), self)
        self.pick_button.setAutoDefault(False)  # Enter belongs to the list
        self.pick_button.clicked.connect(self.pick_selected)
        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.pick_button)
        row.addWidget(self.cancel_button)
        root.addLayout(row)

        self.date_edit.dateChanged.connect(self._day_changed)
        self.tab_combo.currentIndexChanged.connect(self._tab_changed)
        self.setTabOrder(self.table, self.date_edit)
        self.setTabOrder(self.date_edit, self.tab_combo)
        self.setTabOrder(self.tab_combo, self.pick_button)
        self.setTabOrder(self.pick_button, self.cancel_button)

    def _columns(self) -> list[Column[SlotRow]]:
        """Time (bold on the first row of each time, muted below it), technician's name, login."""
        tz = self.ctx.policy.calendar.tz
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(self.font())
        bold.setBold(True)

        def when(r: SlotRow) -> str:
            return f"{r.record.start.astimezone(tz):%H:%M}–{r.record.end.astimezone(tz):%H:%M}"

        def heading_font(r: SlotRow) -> QFont | None:
            return bold if r.first_of_time else None

        def heading_ink(r: SlotRow) -> QColor | None:
            return None if r.first_of_time else muted

        return [
            Column(self.tr("Horário"), when, font=heading_font, foreground=heading_ink),
            Column(self.tr("Técnico"), lambda r: r.name),
            Column(self.tr("Login"), lambda r: r.record.technician),
        ]

    def _today_qdate(self) -> QDate:
        today = self.ctx.clock.now().astimezone(self.ctx.policy.calendar.tz).date()
        return QDate(today.year, today.month, today.day)

    def set_hint(self, text: str) -> None:
        """The line above the list: what picking a slot does here (book it with the call, move an appointment)."""
        self.hint.setText(text)

    # Loading

    def reload(self) -> None:
        db, day, tab, now = self.ctx.db, self.day, self.tab, self.ctx.clock.now()
        want_tabs = not self._tabs_loaded

        def work() -> tuple[list[SlotRecord], dict[str, str], list[picker.TabChoice] | None]:
            found = slots.free_slots(db, day=day, tab=tab, at=now)
            names = {s.login: s.name for s in people.list_staff(db)}
            return found, names, (picker.tabs(db) if want_tabs else None)

        self._busy = True
        self.pick_button.setEnabled(False)
        msg.submit(self, self.ctx.runner, work, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[list[SlotRecord], dict[str, str], list[picker.TabChoice] | None]) -> None:
        found, self._names, tabs = result
        if tabs is not None:
            self._tabs_loaded = True
            self.tab_combo.blockSignals(True)
            self.tab_combo.clear()
            for t in tabs:
                if not t.gated:
                    self.tab_combo.addItem(t.name, t.code)
            index = self.tab_combo.findData(self.tab)
            self.tab_combo.setCurrentIndex(max(index, 0))
            self.tab_combo.blockSignals(False)
        self._slots = found
        previous: list[datetime | None] = [None, *(s.start for s in found)]  # each time's first row is its heading
        self.table.replace_rows(SlotRow(s, self._names.get(s.technician, s.technician), s.start != before)
                                for s, before in zip(found, previous, strict=False))  # same slot kept, else first
        if found:
            self.count_label.setText(self.tr("%1 horários livres").replace("%1", str(len(found))))
        else:
            self.count_label.setText(self.tr("Nenhum horário livre neste dia e aba (ninguém na escala, "
                                             "ou tudo já agendado)."))
        self._busy = False
        self.pick_button.setEnabled(bool(found))
        if not self.date_edit.hasFocus() and not self.tab_combo.hasFocus():
            self.table.setFocus()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self._busy = False
        self.banner.show_error(error)

    def _day_changed(self, value: QDate) -> None:
        self.day = date(value.year(), value.month(), value.day())
        self.banner.clear()
        self.reload()

    def _tab_changed(self, _index: int) -> None:
        code = self.tab_combo.currentData()
        if code and code != self.tab:
            self.tab = code
            self.banner.clear()
            self.reload()

    # Choosing

    def slots(self) -> list[SlotRecord]:
        return list(self._slots)

    def selected(self) -> SlotRecord | None:
        row = self.table.current()
        return row.record if row is not None else None

    def select(self, start: datetime, technician: str) -> bool:
        return self.table.select_key((start, technician))

    def row_texts(self) -> list[list[str]]:
        """Every row as shown: time, technician's name, login."""
        return self.table.texts()

    def technician_name(self, login: str) -> str:
        return self._names.get(login, login)

    def pick_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self._busy:
            return
        self.picked.emit(chosen.start, chosen.technician)
        self.accept()

