"""The "Salas" tab of the consulting week: every meeting room's bookings of the week shown, with the pauta.

Read with the week (``WeekBoard.room_bookings``, the same transaction), so it is as fresh as the lanes; a row
per booking, by time: room, day, time, title, who booked it, the meeting's consultant and client when it is one,
and the pauta (one line here, all of it in the tooltip).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.vocabulary import CONTACT_CHANNEL
from pitstop_desktop.models.labels import label
from pitstop_desktop.services.consulting_week import WeekBoard


class RoomsPanel(QWidget):
    """See the module docstring."""

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.empty = QLabel(self.tr("Nenhuma sala reservada nesta semana. Reserve uma em “Agendar reunião…”."), self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([self.tr("Sala"), self.tr("Dia"), self.tr("Horário"),
                                              self.tr("Título"), self.tr("Reservada por"), self.tr("Reunião"),
                                              self.tr("Pauta")])
        self.table.setAccessibleName(self.tr("Reservas de sala da semana"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((3, 250), (5, 230)):  # title and meeting: long; elided, whole in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self._weekdays = (self.tr("seg"), self.tr("ter"), self.tr("qua"), self.tr("qui"), self.tr("sex"),
                          self.tr("sáb"), self.tr("dom"))

    def rows(self) -> list[list[str]]:
        """The cells' texts (tests read them)."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""
        return [[text(r, c) for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]

    def show_week(self, board: WeekBoard) -> None:
        contacts = {c.id: c for c in board.contacts}
        bookings = board.room_bookings
        self.empty.setVisible(not bookings)
        self.table.setRowCount(len(bookings))
        for row, booking in enumerate(bookings):
            start, end = booking.starts_at.astimezone(self.tz), booking.ends_at.astimezone(self.tz)
            contact = contacts.get(booking.contact_id) if booking.contact_id is not None else None
            meeting = ""
            if contact is not None:
                meeting = self.tr("%1 com %2 · %3").replace(
                    "%1", label(CONTACT_CHANNEL, contact.channel).capitalize()).replace(
                    "%2", contact.client_name).replace("%3", contact.consultant_name)
            agenda = " · ".join(line.strip() for line in booking.agenda.splitlines() if line.strip())
            cells = [booking.room_name, f"{self._weekdays[start.weekday()]} {start:%d/%m}",
                     f"{start:%H:%M}–{end:%H:%M}", booking.title, booking.booked_by_name or booking.booked_by,
                     meeting, agenda]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 6 and booking.agenda:
                    item.setToolTip(booking.agenda)
                elif column in (3, 5) and text:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)


__all__ = ["RoomsPanel"]
