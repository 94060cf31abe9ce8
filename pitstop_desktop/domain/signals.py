"""The desk's signals on an OC: what the board marks so a supervisor acts before the SLA says so.

- ``no_answer`` (R5): an offer waiting 10 minutes for its answer; the attendant may send the OC to APOIO.
- ``long_wait``: "demora excessiva em linha", the OC has been in its tab longer than the tab's threshold
  (minutes per tab, an admin's setting; plain elapsed time, since the line is now, not a business clock).
- ``owner_ended`` / ``owner_no_signal``: the OC is in progress with someone who logged out for the day or whose
  windows went silent (R4's "sem sinal"): nobody is working it.

Pure: the instants are worked out here, the services read the facts and the windows compare with the clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from enum import StrEnum

from pitstop_desktop.domain.codes import TabCode
from pitstop_desktop.domain.errors import BadValue, Field


class Signal(StrEnum):
    NO_ANSWER = "no_answer"
    LONG_WAIT = "long_wait"
    OWNER_ENDED = "owner_ended"
    OWNER_NO_SIGNAL = "owner_no_signal"


NO_ANSWER_MINUTES = 10
"""R5: an offer unanswered this long shows as "no answer" (and ``apoio send`` records ``no_answer``)."""

DEFAULT_LONG_WAIT_MINUTES: Mapping[str, int] = {
    TabCode.N1_RAPIDA.value: 60,
    TabCode.N1_BLIP_MATRIZ.value: 60,
    TabCode.N1_BLIP_FILIAIS.value: 60,
    TabCode.N1_FILIAIS.value: 60,
}
"""Neither seed names a number: an hour in an N1 tab is long for first-line work. The other tabs (Especialistas,
APOIO N1, N2) have no threshold until an admin sets one."""

MAX_LONG_WAIT_MINUTES = 30 * 24 * 60  # a month: beyond that the signal says nothing


def no_answer_at(offered_at: datetime) -> datetime:
    """When an offer made at ``offered_at`` becomes "no answer" (R5)."""
    return offered_at + timedelta(minutes=NO_ANSWER_MINUTES)


def is_unanswered(offered_at: datetime | None, now: datetime) -> bool:
    return offered_at is not None and now >= no_answer_at(offered_at)


def long_wait_at(tab_since: datetime, minutes: int | None) -> datetime | None:
    """When an OC in its tab since ``tab_since`` waits too long there; None when the tab has no threshold."""
    if not minutes:
        return None
    return tab_since + timedelta(minutes=minutes)


def check_long_wait_minutes(minutes: int) -> int:
    """0 turns the signal off for the tab; otherwise 1 minute to a month."""
    if not 0 <= minutes <= MAX_LONG_WAIT_MINUTES:
        raise BadValue("value.long_wait_minutes", field=Field.TIME, minutes=minutes, limit=MAX_LONG_WAIT_MINUTES)
    return minutes
