"""What one change costs a seat's console on the database: the statements and transactions its live path sends.

Issue 10: every statement a seat sends per change is multiplied by the seats on the office server (200 seats, 5
changes a second: 1,000 times a second), and its cost there is mostly the round trip and the transaction, not the
query. So the count is pinned here, per kind of change, on SQLite and PostgreSQL: a supervisor's console with
every panel built (board, gauges, timeline, approvals, APOIO queue, presence bar), one change committed by
another computer, the feed told, and everything that change makes the seat read, until its worker is idle.
A new read in that path fails this test: make it ride an existing one (``LiveFeed.ride``) or follow only the
batches that concern it (``batch.touches``), or raise the figure here knowing it costs every seat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import event

from pitstop_desktop.db import Database
from pitstop_desktop.services import apoio, escalations, occurrences, offers
from pitstop_desktop.views.main_window import MainWindow
from tests.gui.console_seat import console_seat, settle
from tests.services.helpers import at, desk_db_url  # noqa: F401  (fixture: the desk, cloned per test)

# (statements, transactions) per change, on each backend: what a supervisor's seat sends for one change. SQLite
# counts its BEGIN as a statement (db/engine.py's "begin" hook); on PostgreSQL each transaction adds two round trips
# (psycopg's BEGIN, the COMMIT). Before issue 10's cuts (seat-statements): PostgreSQL (5, 1), (15, 2), (21, 5),
# (19, 4); SQLite (6, 1), (17, 2), (26, 5), (23, 4).
# After the first cuts: PostgreSQL (2, 1), (11, 2), (16, 3), (12, 3); SQLite (3, 1), (13, 2), (19, 3), (15, 3).
# Before the queues rode the feed (queues-ride): escalate PostgreSQL (10, 2), SQLite (11, 2); an APOIO item sent or
# claimed PostgreSQL (9, 4), SQLite (12, 4) (the APOIO panel's full read in four transactions).
# - register (and offer): the feed's one statement (revision, changes, thresholds, policy fingerprint) and the
#   board's rows riding it; on PostgreSQL the transaction first sets generic plans (services/changes.py
#   GENERIC_PLANS: one more round trip, no planning of the feed's read on the server);
# - accept: that, and the timeline's spans of the OC riding it too (services/timeline.py oc_spans: the OC with its
#   appointment, its trail), where the people it touched were re-read in a transaction of their own (9 statements);
# - escalate: that, and the changed escalation riding it too (services/escalations.py escalations_by_id_in: the
#   escalation with its OC's glance and its requester's and decider's logins, one statement), merged into the
#   approvals panel's lists (services/queue_merge.py) where it re-read the whole queue in a transaction of its own;
# - close: the feed with the board's rows, the timeline's spans and today's closures for the gauges (the ANS trend
#   from the same figures), all riding it (before: the closures in a transaction of their own);
# - apoio (sent to APOIO; its registration rides the same batch), claim: the feed with the board's rows and the
#   timeline's spans, and the changed APOIO item riding it (services/apoio.py items_by_id_in, one statement), merged
#   into the APOIO panel's queue.
EXPECTED: dict[str, dict[str, tuple[int, int]]] = {
    "sqlite": {"register": (3, 1), "accept": (5, 1), "escalate": (6, 1), "close": (6, 1), "apoio": (6, 1),
               "claim": (6, 1)},
    "postgresql": {"register": (3, 1), "accept": (5, 1), "escalate": (6, 1), "close": (6, 1), "apoio": (6, 1),
                   "claim": (6, 1)},
}


class Wire:
    """What the seat's engine sent: every statement (SQLAlchemy's ``before_cursor_execute``) and transaction."""

    def __init__(self, db: Database) -> None:
        self.statements: list[str] = []
        self.transactions = 0
        event.listen(db.engine, "before_cursor_execute", self._statement)
        event.listen(db.engine, "begin", self._begin)

    def _statement(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.statements.append(" ".join(statement.split())[:140])

    def _begin(self, _conn: Any) -> None:
        self.transactions += 1

    def clear(self) -> None:
        self.statements.clear()
        self.transactions = 0


@pytest.fixture
def seat(qtbot: Any, db_url: str) -> Iterator[tuple[MainWindow, Database, Wire]]:
    with console_seat(qtbot, db_url, "sara") as (window, db, other):
        for panel in (window.gauges, window.timeline, window.approvals, window.apoio):  # every panel built
            assert panel is not None
        settle(qtbot, window)
        yield window, other, Wire(db)


def _changes(other: Database) -> Iterator[tuple[str, Callable[[], object]]]:
    """One OC's day, as another computer writes it (each step one committed change)."""

    def call(client: str, summary: str, minute: int) -> int:  # an attendant registers it in N1 - Rápida
        return occurrences.register_call(other, actor="ana", client=client, channel="phone", summary=summary,
                                         tab="n1_rapida", at=at(9, minute)).number

    number = 0

    def register() -> None:
        nonlocal number
        number = call("ACME", "Sistema não abre", 0)
        offers.offer(other, number, actor="ana", to="caio", at=at(9, 1))

    yield "register", register  # (and offered: the next step accepts it)
    yield "accept", lambda: offers.accept(other, number, actor="caio", at=at(9, 2))
    yield "escalate", lambda: escalations.escalate(other, number, actor="caio", target="especialistas",
                                                   reason="not_solvable_n1", at=at(9, 3))
    second = 0

    def close() -> None:
        nonlocal second
        second = call("BETA", "Impressora", 4)
        offers.offer(other, second, actor="ana", to="duda", at=at(9, 5))
        offers.accept(other, second, actor="duda", at=at(9, 6))

    yield "prepare", close
    yield "close", lambda: occurrences.close(other, second, actor="duda", faq="1001", at=at(9, 7))
    third = 0

    def send() -> None:
        nonlocal third
        third = call("BETA", "Rede caiu", 8)
        apoio.send(other, third, actor="ana", reason="ninguém atende", at=at(9, 9))

    yield "apoio", send  # (registered too: the OC's own cost is register's)
    yield "claim", lambda: apoio.claim(other, third, actor="zenaide", at=at(9, 10))


def test_one_change_costs_a_seat_a_fixed_number_of_statements(qtbot: Any, seat: Any) -> None:
    window, other, wire = seat
    dialect = "postgresql" if other.is_postgres else "sqlite"
    seen: dict[str, tuple[int, int]] = {}
    sent: dict[str, list[str]] = {}
    for name, change in _changes(other):
        change()
        wire.clear()
        settle(qtbot, window)
        seen[name], sent[name] = (len(wire.statements), wire.transactions), list(wire.statements)
    seen.pop("prepare")
    assert seen == EXPECTED[dialect], "\n".join(f"{name}: {seen[name]}\n   " + "\n   ".join(sent[name])
                                                 for name in seen)
