"""The board model's per-row entries and the index over them: sort keys, ordered search, the filter's haystack.

Split from models/board.py (the Qt model) so the model keeps the Qt side (roles, signals, layout changes) and this
module the plain data it orders and searches. Everything here is pure Python on entries; nothing calls Qt.

- One entry per row (:class:`Entry`): the row, its milestones, its sort key, its cached strings, whether it is
  shown. The model's visible list holds the entries themselves, so a paint reaches a row's caches without a
  look-up.
- The visible list is always sorted by ``(key, number)`` with the keys cached per entry, so a row is found,
  inserted or moved by binary search (:func:`bisect_key`): no position index to rebuild per changed row.
- The filter box searches a casefolded haystack built once per row (:func:`haystack`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum
from operator import attrgetter
from typing import Any

from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.domain.signals import Signal, no_answer_at
from pitstop_desktop.services.board import BoardRow
from pitstop_desktop.services.unit_of_work import Policy


class Column(IntEnum):
    NUMBER = 0
    CLIENT = 1
    SUMMARY = 2
    CHANNEL = 3
    KIND = 4
    SLA = 5
    TIME_LEFT = 6
    STATUS = 7
    TECHNICIAN = 8
    OPENED = 9
    IN_TAB = 10
    SIGNALS = 11  # the desk's signals (domain/signals.py): no answer, long wait, owner gone; they tick


Marks = tuple[datetime, datetime]  # (warning_at, breach_at)
Live = tuple[int, SlaState, str, str, str, tuple[Signal, ...], str]
# remaining minutes, state, time left, opened, in tab, the signals on and their text

_NEVER = datetime.max.replace(tzinfo=UTC)


def state_at(marks: Marks, now: datetime) -> SlaState:
    """SlaMilestones.state_at on the bare instants (the model keeps tuples: thousands of them)."""
    if now >= marks[1]:
        return SlaState.BREACHED
    if now >= marks[0]:
        return SlaState.WARNING
    return SlaState.ON_TRACK


@dataclass(slots=True, eq=False)
class Entry:
    """One row of the board and what the model worked out from it, kept together (``eq=False``: an entry is
    itself, found by identity in the visible list).

    ``row`` and ``marks`` are the facts; ``key`` orders the visible list; ``cells``, ``haystack`` and ``live``
    are caches, dropped when the row changes (``live`` also with every tick: valid while ``live_tick`` is the
    model's tick); ``shown`` says whether the entry is in the visible list.
    """

    row: BoardRow
    marks: Marks  # (warning_at, breach_at)
    key: tuple[Any, int] = (None, 0)  # (sort key, number) for the sort column; set before the entry is ordered
    cells: list[Any] | None = None  # display strings of the columns that do not tick (ticking ones: None)
    live: Live | None = None  # countdown columns at the model's tick ``live_tick``
    live_tick: int = -1
    haystack: str | None = None  # casefolded text the filter box searches
    shown: bool = False


KEY_OF = attrgetter("key")  # C-level key function for sorting the visible list


def sort_key(column: Column, policy: Policy) -> Callable[[Entry], Any]:
    """What a column sorts by (the OC number breaks ties: callers pair it with this)."""
    keys: dict[Column, Callable[[Entry], Any]] = {
        Column.NUMBER: lambda e: e.row.number,
        Column.CLIENT: lambda e: e.row.client_name.casefold(),
        Column.SUMMARY: lambda e: e.row.summary.casefold(),
        Column.CHANNEL: lambda e: e.row.channel,
        Column.KIND: lambda e: e.row.kind,
        Column.SLA: lambda e: policy.sla(e.row.sla).position,
        Column.TIME_LEFT: lambda e: e.marks[1],
        Column.STATUS: lambda e: e.row.status,
        Column.TECHNICIAN: lambda e: (e.row.assignee_name or "").casefold(),
        Column.OPENED: lambda e: e.row.opened_at,
        Column.IN_TAB: lambda e: e.row.tab_since,
        # the first signal to come on (a no-answer or long-wait instant); none: last
        Column.SIGNALS: lambda e: min(no_answer_at(e.row.offered_at) if e.row.offered_at else _NEVER,
                                      e.row.long_wait_at or _NEVER),
    }
    return keys[column]


def bisect_key(visible: Sequence[Entry], key: tuple[Any, int], descending: bool) -> int:
    """Where ``key`` is (or would go) in ``visible``, which is sorted by the entries' keys either way."""
    lo, hi = 0, len(visible)
    if descending:
        while lo < hi:
            mid = (lo + hi) // 2
            if visible[mid].key > key:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if visible[mid].key < key:
                lo = mid + 1
            else:
                hi = mid
    return lo


def haystack(entry: Entry) -> str:
    """The casefolded text the filter box searches (number, client, summary, technician), built once per row."""
    hay = entry.haystack
    if hay is None:
        row = entry.row
        hay = f"{row.number} {row.client} {row.client_name} {row.summary} {row.assignee or ''} " \
              f"{row.assignee_name or ''}".casefold()
        entry.haystack = hay
    return hay
