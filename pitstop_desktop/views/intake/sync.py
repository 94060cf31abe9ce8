"""Nothing lost: the outbox's "pendente de sincronização: N", its replay, and "OCs que registrei hoje".

The outbox is a small local file, so its count is read on the GUI thread — it stays right even while the worker
waits for a server that does not answer. A timer replays the outbox every few seconds until it is empty.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from pitstop_desktop.domain.codes import Status
from pitstop_desktop.models.palette import error_colour, warning_colour
from pitstop_desktop.services import intake, occurrences
from pitstop_desktop.services.outbox import (
    OutboxError,
    ReplayReport,
    SaveResult,
    replay,
    server_reachable,
    waiting_reason,
)
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.settings import known_identity
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.intake.lists import TodayLine

if TYPE_CHECKING:
    from pitstop_desktop.views.intake.controller import IntakeController

log = logging.getLogger(__name__)
PENDING_COLOUR, REFUSED_COLOUR = warning_colour(), error_colour()


class PendingSync(QObject):
    """The outbox side of the intake controller ``c``, and the attendant's list of the day."""

    def __init__(self, c: IntakeController, replay_interval_ms: int) -> None:
        super().__init__(c)
        self.c = c
        self.today: list[OccurrenceRecord] = []
        self._pending_count = -1
        self._replaying = False
        self.replay_timer = QTimer(self)
        self.replay_timer.setInterval(replay_interval_ms)
        self.replay_timer.timeout.connect(self.replay_now)

    # ------------------------------------------------------------------------------------------------------
    # "OCs I registered today"

    def refresh_today(self) -> None:
        c = self.c
        db, login, now = c.ctx.db, c.ctx.user.login, c.ctx.clock.now()
        msg.submit(c.view, c.ctx.runner, lambda: intake.registered_today(db, login, at=now), self._today_arrived,
                   c.connection_problem)

    def _today_arrived(self, rows: list[OccurrenceRecord]) -> None:
        self.c.set_online(True)
        self.show_today(rows)
        self.c.today_refreshed.emit()

    def show_today(self, rows: list[OccurrenceRecord]) -> None:
        self.today = rows
        self.fill_today()

    def fill_today(self) -> None:
        """The outbox's pending and refused calls first, then today's OCs, newest first."""
        c = self.c
        tz, now, login = c.ctx.policy.calendar.tz, c.ctx.clock.now(), c.ctx.user.login
        try:
            pending = [p for p in c.outbox.pending() if p.actor == login]
            rejected = [p for p in c.outbox.rejected() if p.actor == login]
        except OutboxError as error:
            log.error("outbox unreadable: %s", error)
            pending, rejected = [], []
        identity, server = known_identity(c.ctx.db), c.ctx.db.display_url
        lines: list[TodayLine] = []
        for call, state in [*((p, "pending") for p in pending), *((p, "rejected") for p in rejected)]:
            entry = c.index.get(call.client)
            if state == "pending":
                situation = self.tr("pendente de sincronização")
                why = waiting_reason(call, identity, server, login) if identity is not None else None
                if why is not None:  # taken for another database: it waits, and says so
                    situation += ": " + msg.error_text(why)
            else:
                situation = self.tr("recusada pelo servidor: %1 (Delete retira)").replace(
                    "%1", call.last_error or "?")
            lines.append(TodayLine(
                (state, call.request_id),
                ("—", msg.local_time(call.at, tz, now=now), entry.name if entry else call.client, situation),
                tooltip=call.summary, tooltip_column=3,
                colour=PENDING_COLOUR if state == "pending" else REFUSED_COLOUR))
        for oc in self.today:
            situation = msg.label(msg.STATUS, oc.status)
            if oc.complementary_of:
                situation += " · " + self.tr("complementar à OC %1").replace("%1", str(oc.complementary_of))
            elif oc.status != Status.CLOSED:
                situation += f" · {c.tab_names.get(oc.tab, oc.tab)}"
            lines.append(TodayLine(
                ("oc", str(oc.number)),
                (str(oc.number), msg.local_time(oc.opened_at, tz, now=now), oc.client_name, situation),
                tooltip=oc.summary))
        c.view.today_model.set_rows(lines)
        text = self.tr("OCs que registrei hoje (%1)").replace("%1", str(len(self.today)))
        if pending:
            text += " · " + self.tr("%1 pendente(s)").replace("%1", str(len(pending)))
        c.view.today_label.setText(text)

    def dismiss_rejected(self, row: int) -> None:
        """Delete on a call the server refused: the attendant dealt with it, it leaves the list."""
        model = self.c.view.today_model
        request_id = model.at(row).rejected_request if 0 <= row < model.rowCount() else None
        if request_id is None:
            return
        try:
            self.c.outbox.remove(request_id)
        except OutboxError as error:
            self.c.view.statusBar().showMessage(msg.error_text(error), 8000)
        self.fill_today()

    # ------------------------------------------------------------------------------------------------------
    # The outbox: pending count and replay

    def pending_count(self) -> int:
        return max(self._pending_count, 0)

    def update_pending(self) -> int:
        try:
            count = self.c.outbox.count()
        except OutboxError as error:
            self.c.view.show_pending(None, error.message)
            return self.pending_count()
        self.c.view.show_pending(count)
        if count and not self.replay_timer.isActive():
            self.replay_timer.start()
        elif not count:
            self.replay_timer.stop()
        if count != self._pending_count:
            self._pending_count = count
            self.c.pending_changed.emit(count)
        return count

    def replay_now(self) -> None:
        """Send what waits in the outbox (the timer calls this every few seconds while it is not empty)."""
        if self._replaying or self.update_pending() == 0:
            return
        c = self.c
        db, outbox, login = c.ctx.db, c.outbox, c.ctx.user.login

        def work() -> ReplayReport | None:
            if not server_reachable(db):
                return None
            return replay(db, outbox, actor=login)

        self._replaying = True
        msg.submit(c.view, c.ctx.runner, work, self._replayed, self._replay_failed)

    def _replayed(self, report: ReplayReport | None) -> None:
        c, v = self.c, self.c.view
        self._replaying = False
        if report is None:
            c.set_online(False)
            self.update_pending()
            c.replayed.emit(None)
            return
        c.set_online(True)
        numbers = dict(report.sent)
        result = c.last_result
        if result is not None and result.queued and result.request_id in numbers:
            number = numbers[result.request_id]
            c.last_result = SaveResult(result.request_id, number, False, None, None)
            self._adopt_replayed(number)
        if report.rejected:
            mine = dict(report.rejected)
            if result is not None and result.request_id in mine and v.on_result_page():
                v.result_banner.show_text(self.tr("O servidor recusou esta ligação: %1").replace(
                    "%1", mine[result.request_id]), msg.MessageBanner.ERROR)
            v.statusBar().showMessage(self.tr("%1 ligação(ões) pendente(s) recusada(s) pelo servidor; veja "
                                              "«OCs que registrei hoje».").replace("%1", str(len(mine))), 15_000)
        elif report.sent:
            v.statusBar().showMessage(self.tr("%1 ligação(ões) pendente(s) enviada(s) ao banco.").replace(
                "%1", str(len(report.sent))), 8000)
        self.update_pending()
        self.fill_today()
        if report.sent:
            c.feed.refresh()
        c.replayed.emit(report)

    def _adopt_replayed(self, number: int) -> None:
        """The call on screen was pending and now has its number: show it, copy it, allow the hand-over."""
        c = self.c
        db, now = c.ctx.db, c.ctx.clock.now()
        if c.view.on_result_page():
            c.show_number(self.tr("OC registrada ao sincronizar"), number)

        def arrived(oc: OccurrenceRecord) -> None:
            if c.last_result is not None and c.last_result.number == oc.number:
                c.last_occurrence = oc
                c.handover.update()

        msg.submit(c.view, c.ctx.runner, lambda: occurrences.show(db, number, at=now, history=False), arrived,
                   lambda _error: None)

    def _replay_failed(self, error: BaseException) -> None:
        self._replaying = False
        self.c.connection_problem(error)
        self.update_pending()
