"""How the open OCs stand on their SLA clocks, per class, at any moment, from their milestones alone.

The gauges recount every second. Asking the policy for every open OC each time (a walk over business days per
OC) took half of the GUI thread at 5,000 open OCs (issue 10). Each open OC's warning and breach instants are
worked out once, on the worker thread, with the rows (services/board.py, services/gauges.py); here they sit in
sorted lists per class, so a recount is two binary searches per class and a change moves one entry.

The same milestones as the board (``domain.sla.milestone_instants``), so a gauge never disagrees with the board
about an OC. A row without milestones (a class the policy does not know) is left out of the gauges, as the board
leaves it without a countdown.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeAlias

from pitstop_desktop.domain.codes import SlaState, Status
from pitstop_desktop.domain.tabs import DEFAULT_TABS
from pitstop_desktop.services.board import BoardRow
from pitstop_desktop.services.gauges import AtRisk, ClassCounts, GaugeOc
from pitstop_desktop.services.unit_of_work import Policy

_TAB_NAMES = {tab.code: tab.name for tab in DEFAULT_TABS}
_CLOSED = Status.CLOSED.value


def gauge_oc(row: BoardRow) -> GaugeOc:
    """A board row as the gauges and the wallboard show it (the same milestones)."""
    return GaugeOc(row.number, row.sla, row.opened_at, row.due_at, row.tab, _TAB_NAMES.get(row.tab, row.tab),
                   row.assignee, row.assignee_name, row.summary, row.client, row.client_name, row.long_wait_at,
                   row.warning_at, row.breach_at)


@dataclass
class _Class:
    warnings: list[tuple[datetime, int]]  # (warning_at, number), sorted
    breaches: list[tuple[datetime, int]]  # (breach_at, number), sorted


def _insert(items: list[tuple[datetime, int]], item: tuple[datetime, int]) -> None:
    bisect.insort(items, item)


def _remove(items: list[tuple[datetime, int]], item: tuple[datetime, int]) -> None:
    at = bisect.bisect_left(items, item)
    if at < len(items) and items[at] == item:
        del items[at]


Filed: TypeAlias = "GaugeOc | BoardRow"
"""An open OC as the tally keeps it: a board row is filed as it is (its number, class and milestones are all the
counts need) and made a :class:`GaugeOc` only when one is asked for, on the few OCs a question names: making 5,000
of them held the GUI thread ~25 ms when a console's board had loaded."""


def _gauge(entry: Filed) -> GaugeOc:
    return gauge_oc(entry) if isinstance(entry, BoardRow) else entry


class SlaTally:
    """The open OCs by number, their milestones sorted per class; see the module docstring."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._ocs: dict[int, Filed] = {}
        self._source: dict[int, BoardRow] = {}  # the board row each OC was filed from (:meth:`sync_rows`)
        self._classes: dict[str, _Class] = {}
        self._long_waits: list[tuple[datetime, int]] = []

    def __len__(self) -> int:
        return len(self._ocs)

    def open(self) -> list[GaugeOc]:
        return [_gauge(entry) for entry in self._ocs.values()]

    def reset(self, ocs: Iterable[Filed]) -> None:
        """Exactly these open OCs (a full read)."""
        self._ocs = {}
        self._source = {}
        self._classes = {}
        self._long_waits = []
        for oc in ocs:
            self._ocs[oc.number] = oc
        for oc in self._ocs.values():
            self._file(oc, sort=False)
        for item in self._classes.values():
            item.warnings.sort()
            item.breaches.sort()
        self._long_waits.sort()

    def apply_rows(self, rows: Iterable[BoardRow]) -> None:
        """The board's changed rows: a closed one leaves, an open one comes in or replaces itself. A row equal to
        the one filed (a reload's page brings every row again) is skipped, and the filed object kept, as the
        board's model keeps its own: the full set then finds the very objects (:meth:`sync_rows`)."""
        source = self._source
        for row in rows:
            held = source.get(row.number)
            if held is not None and held == row:
                continue
            self.forget(row.number)
            if row.status != _CLOSED:
                self._ocs[row.number] = row
                self._source[row.number] = row
                self._file(row, sort=True)

    def sync_rows(self, rows: Iterable[BoardRow]) -> None:
        """Exactly these rows' open OCs (the board's full set). A row the tally was filed from — the very object —
        stays as it is: after a reload the board's pages have brought every fresh row already, and refiling 5,000
        OCs at the end of each F5 stalled the GUI thread for ~100 ms (issue 10)."""
        rows = [row for row in rows if row.status != _CLOSED]
        if not self._ocs:
            self.reset(rows)
            self._source = {row.number: row for row in rows}
            return
        wanted = {row.number for row in rows}
        for number in [number for number in self._ocs if number not in wanted]:
            self.forget(number)
        source = self._source
        self.apply_rows([row for row in rows if source.get(row.number) is not row])

    def forget(self, number: int) -> None:
        self._source.pop(number, None)
        oc = self._ocs.pop(number, None)
        if oc is None:
            return
        item = self._classes.get(oc.sla)
        if item is not None and oc.warning_at is not None and oc.breach_at is not None:
            _remove(item.warnings, (oc.warning_at, number))
            _remove(item.breaches, (oc.breach_at, number))
        if oc.long_wait_at is not None:
            _remove(self._long_waits, (oc.long_wait_at, number))

    def _file(self, oc: Filed, *, sort: bool) -> None:
        add = _insert if sort else list.append
        if oc.warning_at is not None and oc.breach_at is not None:
            item = self._classes.setdefault(oc.sla, _Class([], []))
            add(item.warnings, (oc.warning_at, oc.number))
            add(item.breaches, (oc.breach_at, oc.number))
        if oc.long_wait_at is not None:
            add(self._long_waits, (oc.long_wait_at, oc.number))

    # Questions at a moment (no database, no walk over the OCs)

    def counts(self, now: datetime) -> dict[str, ClassCounts]:
        out: dict[str, ClassCounts] = {}
        for code, item in self._classes.items():
            warned = bisect.bisect_right(item.warnings, (now, _BEYOND))
            breached = bisect.bisect_right(item.breaches, (now, _BEYOND))
            out[code] = ClassCounts(code, len(item.warnings) - warned, warned - breached, breached)
        return out

    def long_waits(self, now: datetime) -> int:
        """Open OCs past their tab's "demora excessiva em linha" threshold."""
        return bisect.bisect_right(self._long_waits, (now, _BEYOND))

    def entered(self, since: datetime, now: datetime) -> tuple[list[GaugeOc], list[GaugeOc]]:
        """The OCs that reached their warning, and those that breached, in (``since``, ``now``]: what a supervisor
        is notified of, found by binary search rather than by comparing every OC's state with the last tick's."""
        warned: list[GaugeOc] = []
        breached: list[GaugeOc] = []
        for item in self._classes.values():
            for found, entries in ((warned, item.warnings), (breached, item.breaches)):
                first = bisect.bisect_right(entries, (since, _BEYOND))
                last = bisect.bisect_right(entries, (now, _BEYOND))
                found.extend(_gauge(self._ocs[number]) for _at, number in entries[first:last])
        breached_numbers = {oc.number for oc in breached}
        return [oc for oc in warned if oc.number not in breached_numbers], breached

    def at_risk(self, now: datetime, limit: int) -> tuple[AtRisk, ...]:
        """Up to ``limit`` OCs in warning or breached, the earliest breach first (most overdue first), with the time
        left read from the policy for those only."""
        warned: list[tuple[datetime, int]] = []
        for item in self._classes.values():
            last = bisect.bisect_right(item.warnings, (now, _BEYOND))
            warned.extend((self._ocs[n].breach_at or now, n) for _at, n in item.warnings[:last])
        out: list[AtRisk] = []
        for _breach, number in sorted(warned)[:limit]:
            oc = _gauge(self._ocs[number])
            reading = self.policy.read(oc.sla, oc.opened_at, now)
            state = SlaState.BREACHED if oc.breach_at is not None and now >= oc.breach_at else SlaState.WARNING
            out.append(AtRisk(oc, state.value, reading.remaining_minutes))
        return tuple(out)


_BEYOND = 1 << 62  # sorts after every OC number: "every entry at or before this instant"
