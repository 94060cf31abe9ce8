"""The console's approvals and APOIO panels ride the live feed (issue 10): a change made on another computer shows up
in (and leaves) them with the rows the feed's own read brought, never a read of the whole queue; a full batch (F5,
a reconnection), a batch whose ride failed and a person the panel does not know yet still read everything.

On the services' desk (tests/services/helpers.py), on SQLite and PostgreSQL, as a manager's console (gil) with
every panel built; "another computer" is a second connection, and the feed is told as its watcher would tell it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pitstop_desktop.db import Database
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.models.feed import FeedBatch
from pitstop_desktop.services import apoio, escalations, occurrences, people
from pitstop_desktop.services.unit_of_work import run
from pitstop_desktop.views.main_window import MainWindow
from pitstop_desktop.views.queues import ApoioPanel, ApprovalsPanel
from tests.gui.console_seat import console_seat, settle
from tests.services.helpers import at, desk_db_url  # noqa: F401  (fixture: the desk, cloned per test)


@pytest.fixture
def seat(qtbot: Any, db_url: str) -> Iterator[tuple[MainWindow, Database]]:
    with console_seat(qtbot, db_url, "gil") as (window, _db, other):
        assert window.approvals is not None and window.apoio is not None  # built (and read in full once)
        yield window, other


def panels(window: MainWindow) -> tuple[ApprovalsPanel, ApoioPanel]:
    approvals, queue = window.approvals, window.apoio
    assert approvals is not None and queue is not None
    return approvals, queue


def numbers(rows: list[list[str]]) -> list[str]:
    return [row[0] for row in rows]


def test_changes_from_another_computer_come_and_go_without_reading_the_queues(qtbot: Any, seat: Any) -> None:
    window, other = seat
    approvals, queue = panels(window)
    reads = (approvals.full_reads, queue.full_reads)
    assert reads == (1, 1)
    first = occurrences.register_call(other, actor="ana", client="ACME", channel="phone", summary="Sistema não abre",
                                      tab="n1_rapida", at=at(9, 0)).number
    second = occurrences.register_call(other, actor="ana", client="BETA", channel="phone", summary="Impressora",
                                       tab="n1_rapida", at=at(9, 1)).number
    settle(qtbot, window)

    asked = escalations.escalate(other, first, actor="ana", target="n2", reason="long_in_line", note="cliente VIP",
                                 at=at(9, 10))
    with qtbot.waitSignal(approvals.refreshed, timeout=10_000):
        settle(qtbot, window)
    rows = approvals.row_texts()
    assert numbers(rows) == [str(first)]
    assert rows[0][1:3] == ["Acme Ltda", "Sistema não abre"] and rows[0][6:8] == ["Ana Atendente", "N2"]
    assert approvals.count_text() == "1 pendente(s)"

    escalations.escalate(other, second, actor="ana", target="especialistas", reason="not_solvable_n1", at=at(9, 11))
    settle(qtbot, window)
    assert numbers(approvals.row_texts()) == [str(first), str(second)]

    escalations.approve(other, asked.id, actor="hugo", at=at(9, 20))  # N2 approved: the OC goes to APOIO (R7)
    settle(qtbot, window)
    assert numbers(approvals.row_texts()) == [str(second)]
    assert numbers(queue.row_texts()) == [str(first)] and queue.row_texts()[0][7] == "ninguém"

    apoio.claim(other, first, actor="zenaide", at=at(9, 21))
    settle(qtbot, window)
    assert queue.row_texts()[0][7] == "Zenaide Apoio às 09:21"
    assert queue.count_text() == "1 na fila, 0 livre(s)"

    apoio.forward(other, first, actor="zenaide", tab="n2", at=at(9, 22))
    settle(qtbot, window)
    assert queue.row_texts() == []
    assert (approvals.full_reads, queue.full_reads) == reads, "a change from another computer read a whole queue"

    window.feed.full_refresh()  # F5: everything read again, as before
    qtbot.waitUntil(lambda: approvals.full_reads == 2 and queue.full_reads == 2, timeout=10_000)
    assert window.ctx.runner.wait_idle(20_000)
    assert numbers(approvals.row_texts()) == [str(second)] and queue.row_texts() == []


def test_a_close_from_another_computer_takes_its_rows_out_of_both_queues_without_reading_them(
        qtbot: Any, seat: Any) -> None:
    """Closing is the one change an OC's glance shows ("encerrada"); it cancels the OC's pending escalation and
    resolves its APOIO item in the same transaction, so the feed's rides bring both rows and the merges take them
    out (tests/services/test_queue_glances.py)."""
    window, other = seat
    approvals, queue = panels(window)
    number = occurrences.register_call(other, actor="ana", client="BETA", channel="phone", summary="Impressora",
                                       tab="n1_rapida", at=at(9, 0)).number
    apoio.send(other, number, actor="ana", reason="ninguém atende", at=at(9, 1))
    apoio.claim(other, number, actor="zenaide", at=at(9, 2))
    escalations.escalate(other, number, actor="zenaide", target="n2", reason="not_solvable_n1", at=at(9, 3))
    settle(qtbot, window)
    for panel in (approvals, queue):  # the one OC in both queues, with its glance
        (row,) = panel.row_texts()
        assert row[:3] == [str(number), "Beta S.A.", "Impressora"], panel
    reads = (approvals.full_reads, queue.full_reads)

    occurrences.close(other, number, actor="zenaide", faq="1001", at=at(9, 10))
    settle(qtbot, window)
    assert approvals.row_texts() == [] and queue.row_texts() == []
    assert approvals.count_text() == "0 pendente(s)" and queue.count_text() == "0 na fila, 0 livre(s)"
    assert (approvals.full_reads, queue.full_reads) == reads, "a close from another computer read a whole queue"


def test_a_person_the_panel_does_not_know_yet_reads_the_queue(qtbot: Any, seat: Any) -> None:
    window, other = seat
    approvals, _queue = panels(window)
    people.add_staff(other, login="iara", name="Iara Nova", role="attendant", site="matriz", tabs=("n1_rapida",))
    number = occurrences.register_call(other, actor="iara", client="ACME", channel="phone", summary="Sem rede",
                                       tab="n1_rapida", at=at(9, 0)).number
    escalations.escalate(other, number, actor="iara", target="especialistas", reason="long_in_line", at=at(9, 5))
    settle(qtbot, window)
    assert approvals.full_reads == 2
    assert approvals.row_texts()[0][6] == "Iara Nova"


def test_a_batch_without_its_ride_reads_the_queue(qtbot: Any, seat: Any) -> None:
    """A rider whose code failed leaves its key out of ``batch.fetched``: the panel reads for itself."""
    window, other = seat
    approvals, _queue = panels(window)
    number = occurrences.register_call(other, actor="ana", client="ACME", channel="phone", summary="Sem rede",
                                       tab="n1_rapida", at=at(9, 0)).number
    asked = escalations.escalate(other, number, actor="ana", target="especialistas", reason="long_in_line",
                                 at=at(9, 5))
    revision = window.feed.revision or 0
    ids = {Entity.ESCALATION: frozenset({asked.id})}
    with qtbot.waitSignal(approvals.refreshed, timeout=10_000):
        approvals.follow(FeedBatch(revision + 1, ids))
    assert approvals.full_reads == 2 and numbers(approvals.row_texts()) == [str(number)]

    escalations.reject(other, asked.id, actor="gil", reason="não", at=at(9, 6))
    fetched = run(other, lambda uow: escalations.escalations_by_id_in(uow, {asked.id}), write=False)
    rider = approvals._rider  # the key the feed gave the panel's ride
    with qtbot.waitSignal(approvals.refreshed, timeout=1000):
        approvals.follow(FeedBatch(revision + 2, ids, fetched={rider: fetched}))
    assert approvals.full_reads == 2 and approvals.row_texts() == []  # merged at once, no read
