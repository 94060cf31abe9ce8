"""A live change put into what a queue panel shows, without reading the queue again (issue 10).

The approvals and APOIO panels ride the live feed (``LiveFeed.ride``): each batch brings the escalations or APOIO
items it names, read by id with their OCs' glances (``escalations.escalations_by_id_in``,
``apoio.items_by_id_in``), in the feed read's own transaction. These functions put them where a full read would
have: the service tests pin that the merged lists equal a full re-read after every kind of change
(tests/services/test_escalations_merge.py, test_apoio_merge.py). What they cannot place — a person whose name the
panel has not read yet — they refuse with None, and the panel reads everything, as it does on a full batch.
A row no change names keeps the glance it was shown with: a glance changes only with its row
(``queue_facts.GLANCE_COLUMNS``; tests/services/test_queue_glances.py).

Pure functions of what is shown and what changed: no database, no Qt. They rely on the seat's one worker: a
panel's full read and the feed's rides run one after another and arrive in that order, so a change is never older
than the list it is merged into.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from pitstop_desktop.domain.codes import EscalationStatus
from pitstop_desktop.services.apoio import QueuedItem
from pitstop_desktop.services.escalations import ApprovalsQueue, EscalationChange
from pitstop_desktop.services.queue_facts import OcGlance


def merge_approvals(
    queue: ApprovalsQueue, glances: Mapping[int, OcGlance], changes: Iterable[EscalationChange], login: str,
    names: Mapping[str, str], *, mine_limit: int,
) -> tuple[ApprovalsQueue, dict[int, OcGlance]] | None:
    """``queue`` (and the pending OCs' ``glances``) after ``changes``, as ``escalations.approvals_panel`` would
    read it for ``login``: a request still pending joins the pending list (oldest first) or updates its row, a
    decided or cancelled one leaves it; ``login``'s own requests are updated or added, newest first, at most
    ``mine_limit``. None when a requester or decider shown is not in ``names`` (someone added since the names were
    read: the panel reads everything)."""
    pending = {e.id: e for e in queue.pending}
    mine = {e.id: e for e in queue.mine}
    oldest_mine = min(mine, default=None)
    read_all_mine = len(mine) < mine_limit  # the person has no older requests than those shown
    fresh: dict[int, OcGlance] = {}
    for change in changes:
        record = change.record
        if record.status == EscalationStatus.PENDING:
            if record.requested_by not in names:
                return None
            pending[record.id] = record
            fresh[record.number] = change.glance
        else:
            pending.pop(record.id, None)
        if record.requested_by == login and (
                record.id in mine or read_all_mine or (oldest_mine is not None and record.id > oldest_mine)):
            if record.decided_by is not None and record.decided_by not in names:
                return None
            mine[record.id] = record
    waiting = sorted(pending.values(), key=lambda e: (e.requested_at, e.id))
    newest = sorted(mine.values(), key=lambda e: e.id, reverse=True)[:max(mine_limit, 0)]
    numbers = {e.number for e in waiting}
    shown = {n: g for n, g in glances.items() if n in numbers} | {n: g for n, g in fresh.items() if n in numbers}
    return ApprovalsQueue(waiting, newest), shown


def merge_apoio(queue: Sequence[QueuedItem], changes: Iterable[QueuedItem], names: Mapping[str, str]
                ) -> list[QueuedItem] | None:
    """The APOIO queue (open items, oldest first) after ``changes``, as ``apoio.queue_in`` would read it: an open
    item joins the queue or updates its OC's row (claimed, released, a new reason), a resolved one leaves it — but
    only if it is the item shown for that OC, not an older one of an OC that left APOIO and came back. None when
    a claimer is not in ``names`` (the panel reads everything)."""
    by_number = {q.record.number: q for q in queue}
    for change in changes:
        number = change.record.number
        if not change.open:  # by id, so an OC gone and back in one batch stays, whatever the order of its items
            shown = by_number.get(number)
            if shown is not None and shown.id == change.id:
                del by_number[number]
            continue
        claimer = change.record.claimed_by
        if claimer is not None and claimer not in names:
            return None
        by_number[number] = change  # one open item per OC (uq_apoio_items_one_open): this one is it
    return sorted(by_number.values(), key=lambda q: (q.record.since, q.id))
