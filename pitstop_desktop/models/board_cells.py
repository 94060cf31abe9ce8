"""What the board's cells say: display strings per row, the countdown columns per tick, the desk's signals and
the colours of both.

A mixin of :class:`~pitstop_desktop.models.board.BoardTableModel` (split from models/board.py, which keeps the
Qt side): everything here reads the model's policy, moment (``_now``, ``_tick``) and the owners' timeline rows,
and caches on the entries; nothing here emits a signal.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from pitstop_desktop.domain.codes import Status
from pitstop_desktop.domain.signals import Signal, is_unanswered
from pitstop_desktop.domain.sla import remaining_minutes
from pitstop_desktop.domain.vocabulary import CHANNEL, KIND, SIGNAL, STATUS
from pitstop_desktop.models.board_entries import Entry, Live, state_at
from pitstop_desktop.models.labels import countdown, duration, label, sla_class_name
from pitstop_desktop.models.palette import error_colour, sla_colour, warning_colour
from pitstop_desktop.services.board import BoardRow
from pitstop_desktop.services.unit_of_work import Policy

if TYPE_CHECKING:  # the timeline's module loads with its panel, after the first paint
    from pitstop_desktop.services.timeline import TimelineRow

_IN_PROGRESS = Status.IN_PROGRESS.value
_OWNER_SIGNALS = frozenset({Signal.OWNER_ENDED, Signal.OWNER_NO_SIGNAL})


def _t(text: str) -> str:
    return QCoreApplication.translate("BoardModel", text)  # the model's context: one set of translations


def colour_of_signals(signals: tuple[Signal, ...]) -> QColor | None:
    """The signals cell's colour: red when nobody is working the OC (no answer, its owner gone), amber for a long
    wait; None without a signal."""
    if not signals:
        return None
    if Signal.NO_ANSWER in signals or _OWNER_SIGNALS.intersection(signals):
        return error_colour()
    return warning_colour()


class BoardCells:
    """The formatting half of the board model (see the module docstring); the model sets these attributes."""

    policy: Policy
    _now: datetime
    _tick: int  # bumped with every new moment: entries' countdown caches of older ticks are stale
    _owners: dict[str, TimelineRow]  # today's timeline rows by login
    _owner_states: dict[str, Signal | None]  # owner_signal's answers of tick _owner_tick
    _owner_tick: int
    _visible: list[Entry]  # the entries shown, in order (the model's rows)
    _entries: dict[int, Entry]  # every entry, by row id

    def countdown_colour(self, position: int) -> QColor | None:
        """The ForegroundRole of the time-left cell at ``position`` (the SLA state's colour)."""
        if not 0 <= position < len(self._visible):
            return None
        entry = self._visible[position]
        return sla_colour(self._live_of(entry)[1])

    def signal_colour(self, position: int) -> QColor | None:
        """The colour of the signals cell at ``position``: red when nobody is working the OC (no answer, its owner
        gone), amber for a long wait; None without a signal."""
        if not 0 <= position < len(self._visible):
            return None
        return colour_of_signals(self._live_of(self._visible[position])[5])

    def signals_at(self, position: int) -> tuple[Signal, ...]:
        """The signals on the row at ``position`` now (tests, the dialog's pre-filled reason)."""
        if not 0 <= position < len(self._visible):
            return ()
        return self._live_of(self._visible[position])[5]

    def signals_of(self, row: BoardRow) -> tuple[Signal, ...]:
        entry = self._entries.get(row.id)
        return self._signals(row) if entry is None else self._live_of(entry)[5]

    def remaining_of(self, row: BoardRow) -> int:
        policy = self.policy  # policy.read's minutes, without working out the due time again
        return remaining_minutes(policy.sla(row.sla), policy.calendar, row.opened_at, self._now)

    def _compute_cells(self, entry: Entry) -> list[Any]:
        """Display strings that only change with the row (``apply`` drops them); ticking columns are None."""
        row = entry.row
        status = label(STATUS, row.status)
        if row.appointment_at is not None:  # R10: a booked OC says when its technician sees the client
            status = _t("%1 · agendada %2").replace("%1", status).replace("%2", self._when(row.appointment_at))
        cells: list[Any] = [
            str(row.number), row.client_name, row.summary, label(CHANNEL, row.channel), label(KIND, row.kind),
            sla_class_name(row.sla, self.policy.sla(row.sla).name), None, status,
            row.assignee_name or "—", None, None, None,
        ]
        entry.cells = cells
        return cells

    def _live_of(self, entry: Entry) -> Live:
        """The countdown columns at the current tick, from the entry's cache when it is of this tick."""
        live = entry.live
        if live is None or entry.live_tick != self._tick:
            live = self._compute_live(entry)
        return live

    def _compute_live(self, entry: Entry) -> Live:
        """The countdown columns at the current tick: computed for a row when it is first shown in a tick."""
        row = entry.row
        now = self._now
        tz = self.policy.calendar.tz
        remaining = self.remaining_of(row)
        local = row.opened_at.astimezone(tz)
        opened = local.strftime("%H:%M") if local.date() == now.astimezone(tz).date() \
            else local.strftime("%d/%m %H:%M")
        # never negative: a seat whose clock runs behind the one that moved the OC would count backwards
        in_tab = countdown(max(0, int((now - row.tab_since).total_seconds() // 60)))
        signals = self._signals(row)
        text = " · ".join(label(SIGNAL, s) for s in signals)
        live = (remaining, state_at(entry.marks, now), countdown(remaining), opened, in_tab, signals,
                f"⚠ {text}" if text else "")
        entry.live, entry.live_tick = live, self._tick
        return live

    def _when(self, moment: datetime) -> str:
        """HH:MM today, dd/MM HH:MM another day (the calendar's zone)."""
        tz = self.policy.calendar.tz
        local = moment.astimezone(tz)
        return local.strftime("%H:%M") if local.date() == self._now.astimezone(tz).date() \
            else local.strftime("%d/%m %H:%M")

    def _signals(self, row: BoardRow) -> tuple[Signal, ...]:
        """The signals on ``row`` at the model's moment: comparisons with instants the rows and the owners'
        timeline rows brought, no database."""
        now = self._now
        out: list[Signal] = []
        if is_unanswered(row.offered_at, now):
            out.append(Signal.NO_ANSWER)
        if row.long_wait_at is not None and now >= row.long_wait_at:
            out.append(Signal.LONG_WAIT)
        if row.assignee is not None and row.status == _IN_PROGRESS:
            gone = self.owner_signal(row.assignee)
            if gone is not None:
                out.append(gone)
        return tuple(out)

    def owner_signal(self, login: str) -> Signal | None:
        """OWNER_ENDED / OWNER_NO_SIGNAL for ``login`` at the model's moment, once per person per tick."""
        states = self._owner_states
        if self._owner_tick != self._tick:
            states.clear()
            self._owner_tick = self._tick
        if login in states:
            return states[login]
        row = self._owners.get(login)
        if row is None:  # no timeline rows yet: nothing to say, and no need of the timeline's module
            signal = None
        else:
            from pitstop_desktop.services.timeline import owner_alert

            signal = owner_alert(row, self._now)
        states[login] = signal
        return signal

    def signal_tooltip(self, entry: Entry) -> str:
        """Why each signal is on, and what to do about it, one line each."""
        row, now = entry.row, self._now
        lines: list[str] = []
        for signal in self._live_of(entry)[5]:
            if signal == Signal.NO_ANSWER and row.offered_at is not None:
                lines.append(_t("Oferecida a %1 há %2, sem resposta (R5): abra a OC e use “Enviar ao APOIO…”.")
                             .replace("%1", row.offered_to_name or "?").replace("%2", duration(now - row.offered_at)))
            elif signal == Signal.LONG_WAIT:
                lines.append(_t("Demora excessiva em linha: na aba há %1 (limite da aba: %2).")
                             .replace("%1", duration(now - row.tab_since))
                             .replace("%2", duration((row.long_wait_at or now) - row.tab_since)))
            elif signal == Signal.OWNER_ENDED:
                lines.append(_t("%1 encerrou o dia (logout) com esta OC em atendimento: encaminhe-a ou ofereça-a "
                                "a outra pessoa.").replace("%1", row.assignee_name or row.assignee or "?"))
            elif signal == Signal.OWNER_NO_SIGNAL:
                lines.append(_t("%1 está sem sinal (as janelas pararam de responder) com esta OC em atendimento.")
                             .replace("%1", row.assignee_name or row.assignee or "?"))
        return "\n".join(lines)
