"""Choosing the technician for an offer, with R4 in plain view.

The manual's R4 — "check before handing over" — is the step attendants skip under pressure: is the person logged
in, not at lunch, not about to leave? The picker puts that on every row (state chip, login time, planned lunch,
current job, warnings), lists the available people first, and asks once more when a warning applies (lunch or
shift end within 15 minutes) before offering. People at lunch or logged out stay in the list, greyed: seeing
them explains *why* they are not an option, and if someone tries anyway the service's R4 refusal is shown here,
right under the list (the refusal's field is the technician); refusals about anything else go to the banner.

An OC whose offer still waits for someone's answer is offered to another person only on a second, explicit
confirmation: the service refuses naming who has it (``conflict.offer_pending``, shown in the banner), and Enter
again (or «Oferecer mesmo assim») replaces that offer; its person is told by the OC's history.

The same picker routes an item out of the APOIO queue to a technician of another tab (``via_apoio=True``:
``apoio.forward(tab=…, to=…)``), since that is the same decision about a different tab's people.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.errors import Field, PitstopError
from pitstop_desktop.domain.signals import is_unanswered
from pitstop_desktop.models.palette import error_colour
from pitstop_desktop.models.rows import Column, RowModel, RowRole
from pitstop_desktop.services import apoio, occurrences, offers, picker
from pitstop_desktop.services.picker import Candidate
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.row_view import RowView
from pitstop_desktop.views.workspace import Workspace

STATE = 1  # the column whose cells the state chip paints


class StateChipDelegate(QStyledItemDelegate):
    """Paints the presence state as a rounded chip in palette colours (readable in light and dark mode).

    Available is filled with the highlight colour (inverted on a selected row so it never disappears), at
    lunch is a neutral button-coloured chip, offline is only an outline with muted text.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        row = index.data(RowRole.ROW)
        text, state = opt.text, row.state if isinstance(row, Candidate) else None
        opt.text = ""
        widget = opt.widget
        style = widget.style()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        metrics = opt.fontMetrics
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 4
        rect = QRect(opt.rect.left() + 6, opt.rect.center().y() - height // 2 + 1, width, height)
        if state == picker.AVAILABLE:
            fill = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight)
            ink = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.HighlightedText)
            border = fill
        elif state == picker.AT_LUNCH:
            fill = palette.color(QPalette.ColorRole.Button)
            ink = palette.color(QPalette.ColorRole.ButtonText)
            border = palette.color(QPalette.ColorRole.Mid)
        else:
            fill = None
            ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
            border = ink
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        if fill is not None:
            painter.setBrush(fill)
        radius = height / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), option.fontMetrics.height() + 10))


class OfferPicker(QDialog):
    """Lists who serves ``tab`` (default: the OC's own tab) and offers OC ``number`` to the chosen one.

    Enter, a double-click or the button offers.

    ``offered(number, login, warnings)`` is emitted after the database accepted the offer; the dialog then
    closes. Refusals (R4, R9, …) stay inline and the list is read again, since they usually mean it was stale.
    """

    offered = Signal(int, str, str)
    loaded = Signal()

    def __init__(self, ctx: Workspace, number: int, tab: str | None = None, *, via_apoio: bool = False,
                 parent: QWidget | None = None) -> None:
        if via_apoio and tab is None:
            raise ValueError("routing out of APOIO needs the destination tab")
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.tab = tab
        self.via_apoio = via_apoio
        self._candidates: list[Candidate] = []
        self._confirming: str | None = None  # R4's warnings of this login were shown: the next offer goes ahead
        self._replacing: str | None = None  # someone else's pending offer was named: the next offer replaces it
        self._busy = False
        self._refilling = False  # the list is read again: a selection it moves is not the person's choice
        self.setWindowTitle(self.tr("Oferecer a OC %1").replace("%1", str(number)))
        self.setSizeGripEnabled(True)
        self.resize(980, 460)
        self._build()
        self.reload()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        self.heading_label = QLabel(self)
        self.heading_label.setWordWrap(True)
        font = self.heading_label.font()
        font.setBold(True)
        self.heading_label.setFont(font)
        root.addWidget(self.heading_label)
        hint = QLabel(self.tr("R4: ofereça a quem atende a aba, está logado e não está no almoço. "
                              "Enter ou duplo clique oferece."), self)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        root.addWidget(hint)

        self.table: RowView[Candidate] = RowView(RowModel(self._columns(), key=lambda c: c.login), self,
                                                 widths=(200, 120, 80, 110, 150))
        self.table.setItemDelegateForColumn(STATE, StateChipDelegate(self.table))
        self.table.activated.connect(lambda _index: self.offer_selected())
        self.table.current_key_changed.connect(self._selection_moved)
        root.addWidget(self.table, 1)
        self.technician_error = msg.FieldError(self)  # a refusal about the chosen person (R4), under the list
        root.addWidget(self.technician_error)

        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)

        row = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row.addWidget(self.count_label, 1)
        self.offer_button = QPushButton(self.tr("&Oferecer"), self)
        self.offer_button.setAutoDefault(False)  # Enter belongs to the list (activated), never offered twice
        self.offer_button.clicked.connect(self.offer_selected)
        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.offer_button)
        row.addWidget(self.cancel_button)
        root.addLayout(row)

    # Loading

    def reload(self) -> None:
        db, number, tab, now = self.ctx.db, self.number, self.tab, self.ctx.clock.now()

        def work() -> tuple[str, list[Candidate], dict[str, str]]:
            code = tab or occurrences.show(db, number, at=now, history=False).tab
            return (code, picker.candidates(db, number=number, tab=code, at=now),
                    {t.code: t.name for t in picker.tabs(db)})

        self._set_busy(True)
        msg.submit(self, self.ctx.runner, work, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[str, list[Candidate], dict[str, str]]) -> None:
        self.tab, rows, tab_names = result
        tab_name = tab_names.get(self.tab, self.tab)
        if self.via_apoio:
            heading = self.tr("Tirar a OC %1 do APOIO e oferecer a quem atende %2")
        else:
            heading = self.tr("Oferecer a OC %1 a quem atende %2")
        self.heading_label.setText(heading.replace("%1", str(self.number)).replace("%2", tab_name))
        self._candidates = rows
        self._refilling = True
        try:
            self.table.replace_rows(rows)  # the same person stays selected; else the first row (available first)
        finally:
            self._refilling = False
        available = sum(c.available for c in rows)
        self.count_label.setText(self.tr("%1 de %2 disponíveis agora").replace("%1", str(available))
                                 .replace("%2", str(len(rows))))
        if not rows:
            self.banner.show_text(self.tr("Ninguém atende %1. Peça a um administrador para ajustar as abas.")
                                  .replace("%1", tab_name), msg.MessageBanner.WARNING)
        waiting = self.unanswered()
        if waiting is not None and waiting.offered_at is not None:
            self.banner.show_text(
                self.tr("A oferta a %1 está sem resposta há %2 (R5): ofereça a outra pessoa ou envie a OC ao APOIO.")
                .replace("%1", waiting.name).replace("%2", msg.duration(self.ctx.clock.now() - waiting.offered_at)),
                msg.MessageBanner.WARNING)
        self._set_busy(False)
        self.table.setFocus()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.banner.show_error(error)

    def _columns(self) -> list[Column[Candidate]]:
        """Name, state chip, login, lunch, current job, R4's notes; people who cannot take it now are greyed.

        The texts read the workspace and strings translated here, never the dialog (no reference cycle).
        """
        ctx = self.ctx
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        jobs, free, until = self.tr("OC %1"), self.tr("livre"), self.tr(" · turno até %1")
        with_offer, refused, no_roster = (self.tr("já está com a oferta desta OC"), self.tr("recusou esta OC"),
                                          self.tr("sem escala hoje"))
        unanswered = self.tr("⚠ sem resposta há %1 (R5): ofereça a outra pessoa ou envie ao APOIO")

        def time(at: datetime | None) -> str:
            return msg.local_time(at, ctx.policy.calendar.tz, now=ctx.clock.now())

        def grey(c: Candidate) -> QColor | None:
            return None if c.available else muted

        def lunch(c: Candidate) -> str:
            return f"{time(c.lunch_start)}–{time(c.lunch_end)}" if c.lunch_start and c.lunch_end else "—"

        def job(c: Candidate) -> str:
            return jobs.replace("%1", ", ".join(map(str, c.current_jobs))) if c.current_jobs else free

        def who(c: Candidate) -> str:
            shift = time(c.shift_end)
            return f"{c.login} · {msg.label(msg.ROLE, c.role)}" + (until.replace("%1", shift) if shift else "")

        def offer_note(c: Candidate) -> list[str]:
            if not c.offered:
                return []
            now = ctx.clock.now()
            if c.offered_at is not None and is_unanswered(c.offered_at, now):
                return [unanswered.replace("%1", msg.duration(now - c.offered_at))]
            return [with_offer]

        def notes(c: Candidate) -> list[str]:
            return [*c.warnings, *offer_note(c), *([refused] if c.refused else []),
                    *([no_roster] if c.shift_end is None and c.state != picker.OFFLINE else [])]

        def warned(c: Candidate) -> QIcon | None:
            return warning_icon if c.warnings or no_answer(c) else None

        def no_answer(c: Candidate) -> bool:
            return c.offered and is_unanswered(c.offered_at, ctx.clock.now())

        def marked(c: Candidate) -> QColor | None:  # an offer nobody answered stands out even on a greyed row
            return error_colour() if no_answer(c) else grey(c)

        return [
            Column(self.tr("Nome"), lambda c: c.name, tooltip=who, foreground=grey),
            Column(self.tr("Estado"), lambda c: msg.label(msg.PRESENCE, c.state)),
            Column(self.tr("Login às"), lambda c: time(c.logged_in_at) or "—", foreground=grey),
            Column(self.tr("Almoço"), lunch, foreground=grey),
            Column(self.tr("Trabalho atual"), job, foreground=grey),
            Column(self.tr("Avisos"), lambda c: "; ".join(notes(c)), tooltip=lambda c: "\n".join(notes(c)) or None,
                   foreground=marked, icon=warned),
        ]

    # Choosing

    def unanswered(self) -> Candidate | None:
        """The person whose offer of this OC has waited ten minutes or more (R5), if any."""
        now = self.ctx.clock.now()
        return next((c for c in self._candidates if c.offered and is_unanswered(c.offered_at, now)), None)

    def candidates(self) -> list[Candidate]:
        return list(self._candidates)

    def selected(self) -> Candidate | None:
        return self.table.current()

    def selected_login(self) -> str | None:
        chosen = self.selected()
        return chosen.login if chosen else None

    def select(self, login: str | None) -> bool:
        """Make ``login``'s row current (keyboard and tests); False when that person is not listed."""
        return self.table.select_key(login)

    def row_texts(self) -> list[list[str]]:
        """Every row as shown: name, state, login, lunch, current job, warnings."""
        return self.table.texts()

    def _selection_moved(self) -> None:
        if not self._refilling:
            self.technician_error.clear()  # it was about the person no longer chosen
        login = self.selected_login()
        if login is None or login not in (self._confirming, self._replacing):
            self._reset_confirmation()  # a confirmation is about the person it was asked for

    def _reset_confirmation(self) -> None:
        if self._confirming is not None or self._replacing is not None:
            self._confirming = self._replacing = None
            self.offer_button.setText(self.tr("&Oferecer"))
            self.banner.clear()

    def offer_selected(self) -> None:
        """Offer to the current row; a row with R4 warnings needs a second, explicit confirmation."""
        chosen = self.selected()
        if chosen is None or self._busy:
            return
        if chosen.warnings and self._confirming != chosen.login:
            self._confirming = chosen.login
            self.offer_button.setText(self.tr("&Oferecer mesmo assim"))
            self.banner.show_text(
                self.tr("%1: %2. Oferecer mesmo assim? Pressione Enter de novo ou «Oferecer mesmo assim».")
                .replace("%1", chosen.name).replace("%2", "; ".join(chosen.warnings)),
                msg.MessageBanner.WARNING)
            return
        db, number, actor, stamp = self.ctx.db, self.number, self.ctx.user.login, self.ctx.clock.stamp()
        login, tab, replace = chosen.login, self.tab, self._replacing == chosen.login
        if self.via_apoio and tab is not None:
            def work() -> tuple[str, ...]:
                apoio.forward(db, number, actor=actor, tab=tab, to=login, at=stamp)
                return chosen.warnings
        else:
            def work() -> tuple[str, ...]:
                return offers.offer(db, number, actor=actor, to=login, replace=replace, at=stamp).warnings
        self._set_busy(True)
        msg.submit(self, self.ctx.runner, work, lambda warnings: self._done(login, warnings), self._refused)

    def _done(self, login: str, warnings: tuple[str, ...]) -> None:
        self._set_busy(False)
        self.offered.emit(self.number, login, "; ".join(warnings))
        self.accept()

    def show_refusal(self, error: BaseException) -> None:
        """A refusal about the technician right under the list, anything else in the banner."""
        self.technician_error.clear()
        self.banner.clear()
        if isinstance(error, PitstopError) and error.field == Field.TECHNICIAN:
            self.technician_error.show_text(msg.error_text(error))
        else:
            self.banner.show_error(error)

    def field_error_text(self, field: Field) -> str | None:
        """The refusal shown beside ``field`` ("" when none); None for a field the picker lacks (only the
        technician: the tab is given)."""
        return self.technician_error.text() if field == Field.TECHNICIAN else None

    def _refused(self, error: BaseException) -> None:
        chosen = self.selected()
        if isinstance(error, PitstopError) and error.code == "conflict.offer_pending" and chosen is not None:
            # someone else's offer still waits: say whose, and let a second Enter replace it
            self._confirming = chosen.login if chosen.warnings else None  # R4's warnings were confirmed already
            self._replacing = chosen.login
            self.offer_button.setText(self.tr("&Oferecer mesmo assim"))
            self.technician_error.clear()
            self.banner.show_text(msg.error_text(error), msg.MessageBanner.WARNING)
            self.reload()  # the list shows who holds the offer now
            return
        self._confirming = self._replacing = None
        self.offer_button.setText(self.tr("&Oferecer"))
        self.show_refusal(error)
        # A refusal usually means the list was stale (someone went to lunch, took the OC): read it again.
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.offer_button.setEnabled(not busy)
