"""The consulting team's tasks (services/tasks.py) on SQLite and PostgreSQL: adding, starting and stopping (one
running per person, never stopped silently), cancelling, moving with a version, listing, and team rule 4: every
closed support OC gets exactly one "Comunicar conclusão" task for who closed it, in the closing transaction."""

from __future__ import annotations

from datetime import timedelta

from pitstop_desktop.db import Database
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.errors import BadValue, Conflict, NotFound, NotPermitted, RuleViolation
from pitstop_desktop.services import occurrences, offers, tasks
from pitstop_desktop.services.changes import changes_since
from tests.services.consulting_helpers import consulting_db_url, consulting_desk, refused  # noqa: F401  (fixtures)
from tests.services.helpers import Desk, at


def test_a_task_is_planned_started_and_stopped_one_running_per_person(db: Database) -> None:
    doc = tasks.add_task(db, actor="caio", type="document", title="Manual do módulo fiscal",
                         planned_start=at(10), planned_end=at(12), at=at(9))
    assert (doc.type, doc.status, doc.owner, doc.owner_name, doc.planned_start, doc.planned_end, doc.version) == (
        "document", "planned", "caio", "Caio Técnico", at(10), at(12), 1)
    test = tasks.add_task(db, actor="caio", type="test", at=at(9))
    assert (test.planned_start, test.title) == (None, "")
    started = tasks.start_task(db, actor="caio", task_id=doc.id, at=at(10, 5))
    assert (started.status, started.started_at) == ("running", at(10, 5))
    assert tasks.running_task(db, login="caio") == started
    error = refused(db, lambda: tasks.start_task(db, actor="caio", task_id=test.id, at=at(10, 30)),
                    RuleViolation, "consulting.task_running")
    assert str(error) == (f"Caio Técnico já tem a tarefa {doc.id} (Manual do módulo fiscal) em andamento desde "
                          "24/11 10:05; encerre-a primeiro (regra 1 da equipe: uma tarefa por vez).")
    assert tasks.running_task(db, login="caio").id == doc.id  # nothing was stopped silently
    stopped = tasks.stop_task(db, actor="caio", task_id=doc.id, at=at(11, 50))
    assert (stopped.status, stopped.stopped_at, stopped.executed) == ("done", at(11, 50), timedelta(minutes=105))
    assert tasks.running_task(db, login="caio") is None
    refused(db, lambda: tasks.stop_task(db, actor="caio", task_id=doc.id, at=at(11, 51)),
            RuleViolation, "consulting.task_status")
    refused(db, lambda: tasks.cancel_task(db, actor="caio", task_id=doc.id, at=at(11, 51)),
            RuleViolation, "consulting.task_status")
    assert tasks.cancel_task(db, actor="caio", task_id=test.id, at=at(12)).status == "cancelled"


def test_who_may_record_whose_tasks_and_bad_values(db: Database) -> None:
    refused(db, lambda: tasks.add_task(db, actor="caio", type="document", owner="duda", at=at(9)),
            NotPermitted, "permission.consulting_own_only")
    mine = tasks.add_task(db, actor="gil", type="meeting", owner="duda", at=at(9))  # management, for anyone
    assert mine.owner == "duda"
    refused(db, lambda: tasks.start_task(db, actor="caio", task_id=mine.id, at=at(9, 1)),
            NotPermitted, "permission.consulting_own_only")
    assert tasks.start_task(db, actor="zenaide", task_id=mine.id, at=at(9, 1)).status == "running"
    refused(db, lambda: tasks.add_task(db, actor="caio", type="nap", at=at(9)), BadValue, "value.task_type")
    refused(db, lambda: tasks.add_task(db, actor="caio", type="test", planned_start=at(10), at=at(9)),
            BadValue, "value.span_incomplete")
    refused(db, lambda: tasks.add_task(db, actor="caio", type="test", protocol=77, at=at(9)),
            NotFound, "not_found.occurrence")
    refused(db, lambda: tasks.add_task(db, actor="caio", type="test", contact_id=77, at=at(9)),
            NotFound, "not_found.contact")
    refused(db, lambda: tasks.start_task(db, actor="caio", task_id=77, at=at(9)), NotFound, "not_found.task")


def test_moving_a_planned_task_with_its_version(db: Database) -> None:
    task = tasks.add_task(db, actor="caio", type="review", planned_start=at(10), planned_end=at(11), at=at(9))
    moved = tasks.move_task(db, actor="caio", task_id=task.id, planned_start=at(14), planned_end=at(15, 30),
                            version=task.version, at=at(9, 1))
    assert (moved.planned_start, moved.planned_end, moved.version) == (at(14), at(15, 30), 2)
    refused(db, lambda: tasks.move_task(db, actor="caio", task_id=task.id, planned_start=at(16), planned_end=at(17),
                                        version=task.version, at=at(9, 2)), Conflict, "conflict.task_changed")
    refused(db, lambda: tasks.move_task(db, actor="caio", task_id=task.id, planned_start=at(16), planned_end=at(17),
                                        owner="duda", at=at(9, 2)), NotPermitted, "permission.consulting_own_only")
    handed = tasks.move_task(db, actor="sara", task_id=task.id, planned_start=at(16), planned_end=at(17),
                             owner="duda", at=at(9, 3))
    assert (handed.owner, handed.planned_start) == ("duda", at(16))
    tasks.start_task(db, actor="duda", task_id=task.id, at=at(16))
    refused(db, lambda: tasks.move_task(db, actor="duda", task_id=task.id, planned_start=at(17), planned_end=at(18),
                                        at=at(16, 1)), RuleViolation, "consulting.task_status")


def test_listing_by_span_owner_type_and_status(db: Database) -> None:
    a = tasks.add_task(db, actor="caio", type="document", planned_start=at(14), planned_end=at(15), at=at(9))
    b = tasks.add_task(db, actor="caio", type="test", at=at(9))
    tasks.start_task(db, actor="caio", task_id=b.id, at=at(9, 30))
    c = tasks.add_task(db, actor="duda", type="document", planned_start=at(10), planned_end=at(11), at=at(9))
    d = tasks.add_task(db, actor="duda", type="document", planned_start=at(10) + timedelta(days=7),
                       planned_end=at(11) + timedelta(days=7), at=at(9))
    assert [t.id for t in tasks.list_tasks(db, start=at(0), end=at(23, 59))] == [b.id, c.id, a.id]
    assert [t.id for t in tasks.list_tasks(db, owner="duda")] == [c.id, d.id]
    assert [t.id for t in tasks.list_tasks(db, type="document", status="planned", start=at(0))] == [c.id, a.id, d.id]
    refused(db, lambda: tasks.list_tasks(db, status="odd"), BadValue, "value.status")


def test_every_closed_oc_gets_one_communicate_conclusion_task_for_who_closed_it(desk: Desk) -> None:
    db = desk.db
    number = desk.call(at(9, 0), client="CONS").number
    desk.offer(number, "caio", at(9, 1))
    offers.accept(db, number, actor="caio", at=at(9, 2))
    # a complementary call (R2: registered closed with FAQ 7347) is no attendance of its own: no task
    complementary = desk.call(at(9, 5), client="CONS", complementary_of=number).number
    assert occurrences.show(db, complementary, at=at(9, 6)).status == "closed"
    before = changes_since(db, 0).revision
    occurrences.close(db, number, actor="caio", faq="1234", at=at(10, 0))
    [task] = tasks.list_tasks(db, type="communicate_conclusion")
    assert (task.owner, task.protocol, task.status, task.title, task.planned_start, task.planned_end) == (
        "caio", number, "planned", f"Comunicar conclusão da OC {number}", at(10, 0), at(10, 15))
    # in the closing transaction: one revision carries the close and the task
    batch = changes_since(db, before)
    assert {c.revision for c in batch.changes} == {before + 1}
    assert (Entity.TASK, "added") in {(c.entity, c.action) for c in batch.changes}
    # the close repeated (a retry) adds nothing
    occurrences.close(db, number, actor="caio", faq="1234", at=at(10, 1))
    other = desk.call(at(10, 10), client="ACME").number
    occurrences.close(db, other, actor="gil", faq="1234", at=at(10, 20))
    assert [(t.protocol, t.owner) for t in tasks.list_tasks(db, type="communicate_conclusion")] == [
        (number, "caio"), (other, "gil")]
