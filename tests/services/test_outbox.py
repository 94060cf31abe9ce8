"""Nothing lost: the intake outbox (services.outbox, db.outbox) on SQLite and PostgreSQL.

Server unreachable → save → server back → exactly one OC; the same when a real process is killed (SIGKILL)
between the server's commit and the outbox update, or between the outbox write and the server call. A call the
server refuses by rule is neither queued nor replayed.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sqlite3
import sys
import threading
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import _config, upgrade
from pitstop_desktop.db.orm import OccurrenceRow
from pitstop_desktop.db.outbox import SCHEMA_VERSION, OutboxError, OutboxStore
from pitstop_desktop.domain.errors import BadValue, Conflict, NotFound, RuleViolation
from pitstop_desktop.services import outbox as outbox_service
from pitstop_desktop.services.outbox import (
    BookingNeedsServer,
    Outbox,
    PendingCall,
    new_call,
    replay,
    save_call,
    server_reachable,
)
from pitstop_desktop.services.settings import DATABASE_ID, database_identity, forget_identity, get_setting, set_setting
from tests.conftest import Templates, fresh_database_url
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    at,
    build_desk,
    desk_db_url,
)

CHILD_TIMEOUT = 120.0


@pytest.fixture
def box(tmp_path: Path) -> Iterator[Outbox]:
    with Outbox(tmp_path / "outbox" / "outbox.db") as ob:
        yield ob


@pytest.fixture
def away(db: Database, tmp_path: Path) -> Iterator[Database]:
    """A database of the same kind that cannot be reached: a closed port, or a SQLite folder that vanished."""
    if db.is_sqlite:
        folder = tmp_path / "share"
        dead = Database(f"sqlite:///{folder / 'pitstop.db'}")  # creates the folder …
        shutil.rmtree(folder)  # … which then disappears, like an unplugged drive
    else:
        dead = Database("postgresql://postgres@127.0.0.1:1/pitstop")
    yield dead
    dead.dispose()


@pytest.fixture
def training(db: Database, db_templates: Templates, tmp_path: Path) -> Iterator[Database]:
    """A second database of the same kind holding the same desk (a training copy), with an identity of its own."""
    folder = tmp_path / "training"
    folder.mkdir()
    copies = fresh_database_url(db_templates.get("sqlite" if db.is_sqlite else "postgresql", build_desk), folder)
    other = Database(next(copies))
    set_setting(other, DATABASE_ID, str(uuid.uuid4()))  # a copy made a database of its own
    forget_identity(other)
    yield other
    other.dispose()
    copies.close()


def call(**kwargs: Any) -> PendingCall:
    fields: dict[str, Any] = dict(actor="ana", client="ACME", channel="phone", summary="Sistema não abre",
                                  at=at(9, 0))
    fields.update(kwargs)
    return new_call(**fields)


def ocs(db: Database, request_id: str | None = None) -> list[tuple[int, str | None]]:
    query = select(OccurrenceRow.number, OccurrenceRow.request_id).order_by(OccurrenceRow.number)
    if request_id is not None:
        query = query.where(OccurrenceRow.request_id == request_id)
    with db.engine.connect() as conn:
        return [(int(n), r) for n, r in conn.execute(query)]


def oc_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(OccurrenceRow)).scalar_one())


# ----------------------------------------------------------------------------------------------------------
# The store


def test_new_call_has_a_uuid_and_aware_times() -> None:
    c = call(sla="4H")
    assert len(c.request_id) == 36 and c.request_id.count("-") == 4
    assert c.request_id != call().request_id
    assert c.at == at(9, 0) and c.created_at.tzinfo is not None
    assert (c.kind, c.sla, c.tab, c.attempts, c.last_error) == ("question", "4H", None, 0, None)
    assert new_call(actor="ana", client="ACME", channel="phone", summary="x").at.tzinfo is not None
    with pytest.raises(BadValue):
        call(at=at(9, 0).replace(tzinfo=None))


def test_add_is_durable_and_seen_by_a_second_instance(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    first = Outbox(path)
    c = call(slot=at(14, 0), technician="caio", tab="n1_rapida", complementary_of=3)
    first.add(c)
    second = Outbox(path)  # another connection (another process would see the same), first still open
    assert second.count() == 1
    assert second.pending() == [c]
    with sqlite3.connect(path) as raw:  # what is on disk, read without our code
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("SELECT request_id, state FROM calls").fetchall() == [(c.request_id, "pending")]
    assert first.store._connection().execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    first.close()
    second.close()
    with Outbox(path) as third:
        assert third.pending() == [c]


def test_pending_is_oldest_first_and_states_move(box: Outbox) -> None:
    calls = [call(summary=f"ligação {i}") for i in range(3)]
    for c in calls:
        box.add(c)
    box.add(calls[0])  # a double click: same id, still one entry, same place in line
    assert [p.request_id for p in box.pending()] == [c.request_id for c in calls]
    box.mark_failed(calls[0].request_id, "servidor fora")
    assert (box.pending()[0].attempts, box.pending()[0].last_error) == (1, "servidor fora")
    box.mark_sent(calls[0].request_id, 41)
    box.mark_rejected(calls[1].request_id, "NotFound: cliente")
    assert box.count() == 1
    assert [r.request_id for r in box.rejected()] == [calls[1].request_id]
    assert box.get(calls[0].request_id)[::2] == ("sent", 41)  # type: ignore[index]
    box.add(calls[0])  # sent stays sent
    assert box.get(calls[0].request_id)[0] == "sent"  # type: ignore[index]
    box.dismiss(calls[1].request_id)
    assert box.rejected() == [] and box.get("nope") is None


def test_threads_share_one_outbox(box: Outbox) -> None:
    def worker(n: int) -> None:
        for i in range(15):
            box.add(call(summary=f"t{n} {i}"))
            box.count()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert box.count() == 60


def test_a_newer_outbox_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 99")
    with pytest.raises(OutboxError, match="versão mais nova"):
        OutboxStore(path)
    closed = Outbox(tmp_path / "other.db")
    closed.close()
    with pytest.raises(OutboxError):
        closed.count()


# ----------------------------------------------------------------------------------------------------------
# Saving and replaying against the server


def test_saved_while_reachable_goes_straight_to_the_server(db: Database, box: Outbox) -> None:
    c = call()
    result = save_call(db, box, c)
    assert (result.request_id, result.queued, result.error) == (c.request_id, False, None)
    assert result.occurrence is not None and result.occurrence.number == result.number
    assert ocs(db) == [(result.number, c.request_id)]
    assert box.count() == 0 and box.get(c.request_id)[::2] == ("sent", result.number)  # type: ignore[index]
    again = save_call(db, box, c)  # a double click, or a retry after a lost answer
    assert again.number == result.number and oc_count(db) == 1


def test_unreachable_then_back_makes_exactly_one_oc(db: Database, away: Database, box: Outbox) -> None:
    assert server_reachable(db) and not server_reachable(away)
    c = call(at=at(9, 0), database=database_identity(db))  # the window read it before the server went away
    result = save_call(away, box, c)
    assert (result.queued, result.number, result.occurrence) == (True, None, None)
    assert result.error
    assert box.count() == 1 and box.pending()[0].attempts == 1
    assert oc_count(db) == 0  # nothing reached the real database

    report = replay(db, box, actor="ana")
    assert report.still_pending == 0 and report.rejected == []
    [(request_id, number)] = report.sent
    assert request_id == c.request_id
    assert ocs(db, c.request_id) == [(number, c.request_id)]
    shown = outbox_service.occurrences.show(db, number)
    assert shown.opened_at == at(9, 0)  # the OC keeps the moment of the call, not of the replay
    assert shown.opened_by == "ana" and shown.client == "ACME"

    assert replay(db, box, actor="ana").sent == []  # twice: still one
    save_call(db, box, c)  # even sending the same call again by hand
    assert oc_count(db) == 1


def test_replay_stops_at_the_first_unreachable(db: Database, away: Database, box: Outbox) -> None:
    here = database_identity(db)
    first, second = call(summary="um", database=here), call(summary="dois", database=here)
    for c in (first, second):
        assert save_call(away, box, c).queued
    report = replay(away, box, actor="ana")
    assert (report.sent, report.still_pending, report.rejected) == ([], 2, [])
    assert [p.attempts for p in box.pending()] == [1, 1]  # away: not even its identity could be read
    report = replay(db, box, actor="ana")
    assert [rid for rid, _ in report.sent] == [first.request_id, second.request_id]
    assert [n for _, n in report.sent] == sorted(n for _, n in report.sent)  # numbered in the calls' order


def test_refused_by_rule_is_not_queued(db: Database, away: Database, box: Outbox) -> None:
    with pytest.raises(NotFound):
        save_call(db, box, call(client="NOPE"))
    with pytest.raises(BadValue):
        save_call(db, box, call(channel="pigeon"))
    with pytest.raises(RuleViolation, match=r"^R3: "):  # Blip Filiais takes only Blip calls
        save_call(db, box, call(tab="n1_blip_filiais"))
    assert box.count() == 0 and box.rejected() == [] and oc_count(db) == 0
    assert replay(db, box, actor="ana").sent == []
    with pytest.raises(BadValue):  # checked before the database is asked, even when it is away
        save_call(away, box, call(summary="   "))
    assert box.count() == 0


def test_a_queued_call_refused_on_replay_is_moved_aside(db: Database, away: Database, box: Outbox) -> None:
    here = database_identity(db)
    good, bad, later = (call(summary="boa", database=here), call(client="GONE", database=here),
                        call(summary="depois", database=here))
    for c in (good, bad, later):
        assert save_call(away, box, c).queued  # the server could not judge them then
    report = replay(db, box, actor="ana")
    assert [rid for rid, _ in report.sent] == [good.request_id, later.request_id]
    assert [rid for rid, _ in report.rejected] == [bad.request_id]
    assert "GONE" in report.rejected[0][1]
    assert report.still_pending == 0
    [kept] = box.rejected()
    assert kept.request_id == bad.request_id and kept.last_error and "GONE" in kept.last_error
    assert replay(db, box, actor="ana") == outbox_service.ReplayReport([], 0, [])  # never retried
    assert oc_count(db) == 2


def test_unexpected_failures_are_retried_then_moved_aside(db: Database, box: Outbox,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    c = call(database=database_identity(db))
    box.add(c)

    def broken(_db: Database, _call: PendingCall) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setattr(outbox_service, "_register", broken)
    for attempt in range(1, outbox_service.MAX_UNEXPECTED_FAILURES):
        report = replay(db, box, actor="ana")
        assert report.still_pending == 1 and box.pending()[0].attempts == attempt
    report = replay(db, box, actor="ana")
    assert report.rejected == [(c.request_id, "bug")] and report.still_pending == 0


def test_an_unexpected_error_on_save_keeps_the_call_queued(db: Database, box: Outbox,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    c = call()

    def broken(_db: Database, _call: PendingCall) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setattr(outbox_service, "_register", broken)
    result = save_call(db, box, c)
    assert (result.queued, result.number, result.error) == (True, None, "erro inesperado: bug")
    assert [p.request_id for p in box.pending()] == [c.request_id]
    monkeypatch.undo()
    [(request_id, number)] = replay(db, box, actor="ana").sent
    assert request_id == c.request_id and ocs(db) == [(number, c.request_id)]


def test_a_booking_is_never_queued(db: Database, away: Database, box: Outbox,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """R10: only the live server can promise a slot; away, nothing is kept and the refusal names the slot field."""
    c = call(slot=at(15, 0), technician="bia")
    with pytest.raises(BookingNeedsServer) as refused:
        save_call(away, box, c)
    assert refused.value.field == "slot" and refused.value.code == "outbox.booking_needs_server"
    assert "servidor ao vivo" in refused.value.message and refused.value.reason in refused.value.message
    assert outbox_service.is_unreachable(refused.value)  # the window shows the connection as lost, too
    assert box.count() == 0 and box.rejected() == [] and box.get(c.request_id) is None
    assert oc_count(db) == 0

    def broken(_db: Database, _call: PendingCall) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setattr(outbox_service, "_register", broken)
    with pytest.raises(RuntimeError):  # an unexpected error is not dressed up as "server away"
        save_call(db, box, call(slot=at(15, 0), technician="bia"))
    assert box.count() == 0 and box.rejected() == []
    assert save_call(db, box, call()).queued  # while a call without a slot still waits in the outbox
    assert box.count() == 1


def test_outbox_broken_and_server_away_says_not_saved(db: Database, away: Database, tmp_path: Path) -> None:
    broken = Outbox(tmp_path / "outbox.db")
    broken.close()
    with pytest.raises(OutboxError, match="NÃO foi salva"):
        save_call(away, broken, call())
    result = save_call(db, broken, call())  # the server still takes it directly
    assert result.number is not None and not result.queued


def test_server_reachable_does_not_create_a_sqlite_file(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    db = Database(f"sqlite:///{folder / 'pitstop.db'}")
    try:
        assert not server_reachable(db)
        assert not (folder / "pitstop.db").exists()
    finally:
        db.dispose()


# ----------------------------------------------------------------------------------------------------------
# Killed processes


def _die() -> None:
    if sys.platform == "win32":
        os._exit(137)
    os.kill(os.getpid(), signal.SIGKILL)


def _save_and_die(url: str, outbox_path: str, pending: PendingCall, point: str) -> None:
    """Child process: save the call, but die at ``point`` (no cleanup, no atexit, no flush)."""
    from pitstop_desktop.services import outbox as service

    if point == "after_commit":  # the server committed; the outbox never hears of it
        service.Outbox.mark_sent = lambda *_a, **_k: _die()  # type: ignore[method-assign]
    elif point == "before_send":  # the outbox has it; the server never got it
        service._register = lambda *_a, **_k: _die()  # type: ignore[assignment]
    db = Database(url)
    service.save_call(db, service.Outbox(Path(outbox_path)), pending)
    os._exit(3)  # not reached when the kill works


@pytest.mark.slow
@pytest.mark.parametrize("point", ["after_commit", "before_send"])
def test_killed_process_then_replay_makes_exactly_one_oc(db: Database, db_url: str, tmp_path: Path,
                                                         point: str) -> None:
    path = tmp_path / "outbox.db"
    c = call(at=at(10, 0))
    ctx = multiprocessing.get_context("spawn")
    child = ctx.Process(target=_save_and_die, args=(db_url, str(path), c, point))
    child.start()
    child.join(CHILD_TIMEOUT)
    assert child.exitcode == (137 if sys.platform == "win32" else -signal.SIGKILL)

    before = ocs(db, c.request_id)
    assert len(before) == (1 if point == "after_commit" else 0)
    with Outbox(path) as box:
        assert [p.request_id for p in box.pending()] == [c.request_id]  # the kill did not lose the call
        report = replay(db, box, actor="ana")
        [(request_id, number)] = report.sent
        assert request_id == c.request_id and report.still_pending == 0
        if before:
            assert number == before[0][0]  # the OC the dead process created, not a second one
        assert ocs(db, c.request_id) == [(number, c.request_id)]
        assert oc_count(db) == 1
        assert replay(db, box, actor="ana").sent == []


# ----------------------------------------------------------------------------------------------------------
# Which database, which person (issue 8: calls queued for a training server went into production)


def test_every_database_has_an_identity_of_its_own(db: Database, training: Database) -> None:
    here, there = database_identity(db), database_identity(training)
    assert uuid.UUID(here) and uuid.UUID(there) and here != there
    assert database_identity(db) == here == get_setting(db, DATABASE_ID)  # stable


def test_an_existing_database_gets_an_identity_on_upgrade(db: Database) -> None:
    from alembic import command

    with db.connect(write=True) as conn:
        command.downgrade(_config(conn), "0003")
        conn.commit()
    assert get_setting(db, DATABASE_ID) is None
    upgrade(db)
    made = get_setting(db, DATABASE_ID)
    assert made is not None and uuid.UUID(made)
    upgrade(db)
    assert get_setting(db, DATABASE_ID) == made  # upgrading again keeps it


def test_a_call_queued_for_one_database_is_replayed_only_there(db: Database, training: Database, away: Database,
                                                                box: Outbox) -> None:
    c = call(database=database_identity(training))  # taken on the training server, which then went away
    assert save_call(away, box, c).queued
    report = replay(db, box, actor="ana")  # the window opens production next
    assert (report.sent, report.rejected, report.still_pending) == ([], [], 1)
    assert oc_count(db) == 0
    [waiting] = box.pending()
    assert waiting.request_id == c.request_id and waiting.attempts == 1  # waiting is not failing
    assert waiting.last_error and "outro banco" in waiting.last_error
    assert replay(db, box, actor="ana").sent == [] and box.count() == 1  # and again: still waiting

    report = replay(training, box, actor="ana")  # its own database: sent, once
    [(request_id, number)] = report.sent
    assert request_id == c.request_id and ocs(training, c.request_id) == [(number, c.request_id)]
    assert replay(training, box, actor="ana").sent == [] and box.count() == 0
    assert oc_count(db) == 0 and oc_count(training) == 1


def test_saving_into_another_database_keeps_the_call_waiting(db: Database, training: Database,
                                                             box: Outbox) -> None:
    c = call(database=database_identity(training))
    result = save_call(db, box, c)
    assert result.queued and result.number is None and result.error and "outro banco" in result.error
    assert oc_count(db) == 0 and box.count() == 1
    with pytest.raises(Conflict) as refused:  # the database itself refuses a call taken for another one
        outbox_service.occurrences.register_call(db, **c.register_kwargs())
    assert refused.value.code == "conflict.other_database" and refused.value.exit_code == 5
    assert [n for _, n in replay(training, box, actor="ana").sent] == [1] and oc_count(db) == 0


def test_a_call_waits_for_the_person_who_took_it(db: Database, box: Outbox) -> None:
    c = call(database=database_identity(db))
    box.add(c)
    report = replay(db, box, actor="bia")  # someone else signed in at this seat
    assert (report.sent, report.rejected, report.still_pending) == ([], [], 1)
    [waiting] = box.pending()
    assert waiting.attempts == 0 and waiting.last_error and "ana" in waiting.last_error
    assert oc_count(db) == 0
    [(request_id, number)] = replay(db, box, actor="ana").sent
    assert request_id == c.request_id and outbox_service.occurrences.show(db, number).opened_by == "ana"


def test_a_call_saved_before_the_identity_was_known_adopts_the_database_at_its_address(
        db: Database, training: Database, box: Outbox) -> None:
    c = replace(call(), server=db.display_url)  # saved while this database was never reached
    box.add(c)
    assert replay(training, box, actor="ana").sent == [] and box.count() == 1  # another address: it waits
    [(request_id, _number)] = replay(db, box, actor="ana").sent
    assert request_id == c.request_id and oc_count(training) == 0
    stored = box.get(c.request_id)
    assert stored is not None and stored[1].database == database_identity(db)


def test_a_call_saved_while_the_database_was_never_reached_records_its_address(db: Database, away: Database,
                                                                               box: Outbox) -> None:
    forget_identity(away)
    c = call()
    assert save_call(away, box, c).queued
    [kept] = box.pending()
    assert kept.database is None and kept.server == away.display_url
    assert replay(db, box, actor="ana").sent == [] and box.count() == 1  # not the address it was saved for


def test_saving_learns_the_identity(db: Database, box: Outbox) -> None:
    forget_identity(db)
    assert not save_call(db, box, call()).queued
    assert outbox_service.known_identity(db) == get_setting(db, DATABASE_ID)


def test_a_call_from_an_older_outbox_without_a_database_is_moved_aside(db: Database, box: Outbox) -> None:
    c = call()  # neither identity nor address: nobody can tell where it was meant to go
    box.add(c)
    report = replay(db, box, actor="ana")
    assert report.sent == [] and [rid for rid, _ in report.rejected] == [c.request_id]
    assert "versão anterior" in report.rejected[0][1] and oc_count(db) == 0


@pytest.mark.parametrize(("fields", "code"), [
    ({"summary": "Sistema\x00 não abre"}, "value.nul_byte"),
    ({"client": "AC\x00ME"}, "value.nul_byte"),
    ({"summary": "x" * 4001}, "value.summary_too_long"),
    ({"client": "C" * 33}, "value.too_long"),
])
def test_a_value_the_server_cannot_store_is_refused_before_the_outbox(
    db: Database, away: Database, box: Outbox, fields: dict[str, Any], code: str
) -> None:
    """Issue 8: a NUL byte is refused when typed, not after five replays; nothing is queued, reachable or not."""
    for target in (away, db):
        with pytest.raises(BadValue) as refused:
            save_call(target, box, call(**fields))
        assert refused.value.code == code
        assert box.count() == 0 and box.rejected() == []
    assert oc_count(db) == 0
