"""The two queues that wait for a person: escalations waiting for a manager, and the APOIO queue.

Both answer "what is waiting, since when, and who has it?" at a glance: each row shows its OC (client, summary, SLA
class, time left: ``views/queue_columns.py``) beside what the queue is about. The waiting time ticks every second
from ``ctx.clock`` and the timestamps already loaded (never the database). In the console each panel *rides* the
live feed: the escalations or APOIO items a batch names are read by id in the feed's own read, with their OCs'
glances, and merged into the lists shown (``services/queue_merge.py``) — issue 10: re-reading the whole queue on
every change, in every seat, cost the office server more than anything else a seat did. A full batch (first load,
F5, a reconnection), a batch whose ride failed, or a change the merge cannot place re-reads everything, at the
panel's pace.

- ``panel.py``: :class:`QueuePanel`, what both share (table, tick, banner, loading, riding, acting);
- ``approvals.py``: :class:`ApprovalsPanel`, escalations waiting for a manager (R6–R8) and "Minhas solicitações";
- ``apoio.py``: :class:`ApoioPanel`, the APOIO N1 queue (R5, R7, R9): claim, claim the next, forward, offer.

The console imports them only when it builds the panels, after the board's first paint (tests/test_console_cold_start).
"""

from pitstop_desktop.views.queues.apoio import ApoioPanel, QueuedRow
from pitstop_desktop.views.queues.approvals import MINE_LIMIT, ApprovalsPanel, MineRow, PendingRow
from pitstop_desktop.views.queues.panel import QueuePanel

__all__ = ["MINE_LIMIT", "ApoioPanel", "ApprovalsPanel", "MineRow", "PendingRow", "QueuePanel", "QueuedRow"]
