"""Contacts with consulting clients (services/contacts.py) on SQLite and PostgreSQL: routing a call (second seed
1.1.1–1.1.3), the URA refusal, contact persons, rule 2's start/stop with one running contact per consultant,
rule 3's scheduled contacts (with a meeting room), Skype's ten-minute wait and the e-mail reply's mailto URL.

The desk is tests/services/consulting_helpers.py's: CONS (consultant caio) and PROV are consulting clients.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from pitstop_desktop.db import Database
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.errors import BadValue, Conflict, NotFound, NotPermitted, RuleViolation
from pitstop_desktop.services import contacts, offers, people, rooms
from pitstop_desktop.services.changes import changes_since
from tests.services.consulting_helpers import (  # noqa: F401  (fixtures)
    MAILBOX,
    consulting_db_url,
    consulting_desk,
    refused,
)
from tests.services.helpers import Desk, at


def test_a_caller_of_a_non_consulting_client_goes_back_to_the_ura_and_nothing_is_recorded(db: Database) -> None:
    route = contacts.route_call(db, client="ACME", at=at(9, 0))
    assert (route.action, route.client, route.consultant, route.protocol) == ("ura", "ACME", None, None)
    error = refused(db, lambda: contacts.start_contact(db, actor="caio", channel="phone", client="ACME",
                                                       contact_person="Zé", at=at(9, 0)),
                    RuleViolation, "consulting.not_client")
    assert str(error) == ("Acme Ltda (ACME) não é cliente da consultoria: transfira para a URA e explique o "
                          "procedimento (processo da consultoria 1.1.2); nenhum contato foi registrado.")
    # accepting a Skype contact asks the provider first (1.1.4.7): the same refusal, no person added
    refused(db, lambda: contacts.add_contact_person(db, actor="caio", client="ACME", name="Zé", skype="ze.acme",
                                                    at=at(9, 0)), RuleViolation, "consulting.not_client")
    refused(db, lambda: contacts.ask_to_wait(db, actor="caio", client="BETA", at=at(9, 0)),
            RuleViolation, "consulting.not_client")


def test_routing_follows_the_protocol_and_the_consultants_availability(desk: Desk) -> None:
    db = desk.db
    assert contacts.route_call(db, client="PROV", at=at(9, 0)).action == "attend"  # no consultant
    route = contacts.route_call(db, client="CONS", at=at(9, 0))
    assert (route.action, route.consultant, route.protocol) == ("attend", "caio", None)  # no open protocol
    number = desk.call(at(9, 0), client="CONS").number
    desk.offer(number, "caio", at(9, 1))
    offers.accept(db, number, actor="caio", at=at(9, 2))
    route = contacts.route_call(db, client="CONS", at=at(10, 0))
    assert (route.action, route.consultant, route.consultant_name, route.protocol, route.consultant_state) == (
        "transfer", "caio", "Caio Técnico", number, "available")
    people.record_presence(db, login="caio", kind="lunch", at=at(12, 0))
    route = contacts.route_call(db, client="CONS", at=at(12, 30))  # at lunch: registered for him
    assert (route.action, route.protocol, route.consultant_state) == ("register", number, "at_lunch")


def test_only_management_that_plans_sets_a_consultant(db: Database) -> None:
    refused(db, lambda: contacts.set_consultant(db, actor="caio", client="PROV", login="caio", at=at(9, 0)),
            NotPermitted, "permission.consulting_planning")
    refused(db, lambda: contacts.set_consultant(db, actor="zenaide", client="PROV", login="caio", at=at(9, 0)),
            NotPermitted, "permission.consulting_planning")
    refused(db, lambda: contacts.set_consultant(db, actor="gil", client="ACME", login="caio", at=at(9, 0)),
            RuleViolation, "consulting.not_client")
    assert contacts.set_consultant(db, actor="sara", client="PROV", login="duda", at=at(9, 0)) == "duda"
    assert contacts.consultant_of(db, client="PROV") == "duda"
    assert contacts.set_consultant(db, actor="sara", client="PROV", login=None, at=at(9, 1)) is None
    assert contacts.consultant_of(db, client="PROV") is None


def test_contact_persons_are_found_without_accents_or_case_and_added_on_the_spot(db: Database) -> None:
    added = contacts.add_contact_person(db, actor="caio", client="CONS", name="  João  da Silva ",
                                        phone="(11) 98765-4321", email="joao@cons.example", at=at(8, 30))
    assert (added.client, added.name, added.phone, added.email, added.skype) == (
        "CONS", "João da Silva", "(11) 98765-4321", "joao@cons.example", None)
    refused(db, lambda: contacts.add_contact_person(db, actor="caio", client="CONS", name="JOAO DA SILVA",
                                                    at=at(8, 31)), Conflict, "conflict.contact_person_exists")
    refused(db, lambda: contacts.add_contact_person(db, actor="caio", client="CONS", name="Ana", email="ana@",
                                                    at=at(8, 31)), BadValue, "value.email")
    for query in ("joao", "SILVA", "cons.example", "98765"):
        assert [p.name for p in contacts.find_contact_persons(db, client="CONS", text=query)] == ["João da Silva"]
    assert contacts.find_contact_persons(db, client="PROV", text="joão") == []
    started = contacts.start_contact(db, actor="caio", channel="phone", client="CONS", contact_person="Márcia",
                                     at=at(9, 0))
    assert started.contact_person == "Márcia"
    assert [p.name for p in contacts.find_contact_persons(db, client="CONS")] == ["João da Silva", "Márcia"]
    # the same person again, written differently, is the same person
    contacts.stop_contact(db, actor="caio", contact_id=started.id, at=at(9, 5))
    again = contacts.start_contact(db, actor="caio", channel="phone", client="CONS", contact_person="marcia",
                                   at=at(9, 10))
    assert again.contact_person == "Márcia"
    assert len(contacts.find_contact_persons(db, client="CONS")) == 2


def test_a_contact_runs_from_the_call_to_its_end_one_at_a_time_per_consultant(desk: Desk) -> None:
    db = desk.db
    number = desk.call(at(8, 50), client="CONS").number
    before = changes_since(db, 0).revision
    first = contacts.start_contact(db, actor="caio", channel="phone", client="CONS", contact_person="João",
                                   protocol=number, subject="Dúvida no relatório", at=at(9, 0))
    assert (first.status, first.scheduled, first.consultant, first.client, first.protocol, first.started_at,
            first.ended_at) == ("running", False, "caio", "CONS", number, at(9, 0), None)
    assert contacts.running_contact(db, login="caio") == first
    batch = changes_since(db, before)
    assert {(c.entity, c.action) for c in batch.changes} >= {(Entity.CONTACT_PERSON, "added"),
                                                              (Entity.CONTACT, "started")}
    error = refused(db, lambda: contacts.start_contact(db, actor="caio", channel="skype", client="PROV",
                                                       at=at(9, 10)), RuleViolation, "consulting.contact_running")
    assert str(error) == (f"Caio Técnico já tem o contato {first.id} (CONS) em andamento desde 24/11 09:00; "
                          "encerre-o primeiro (regra 2 da equipe: um contato por vez, encerrado na hora em que "
                          "termina).")
    # someone else's contact: their own, or management's
    refused(db, lambda: contacts.stop_contact(db, actor="duda", contact_id=first.id, at=at(9, 20)),
            NotPermitted, "permission.consulting_own_only")
    duda = contacts.start_contact(db, actor="duda", channel="skype", client="PROV", at=at(9, 12))
    assert duda.consultant == "duda"
    stopped = contacts.stop_contact(db, actor="caio", contact_id=first.id, at=at(9, 23))
    assert (stopped.status, stopped.ended_at, stopped.duration, stopped.version) == (
        "done", at(9, 23), timedelta(minutes=23), 2)
    assert contacts.running_contact(db, login="caio") is None
    refused(db, lambda: contacts.stop_contact(db, actor="caio", contact_id=first.id, at=at(9, 24)),
            RuleViolation, "consulting.contact_status")
    by_gil = contacts.start_contact(db, actor="gil", channel="phone", client="CONS", consultant="caio", at=at(9, 30))
    assert by_gil.consultant == "caio"
    refused(db, lambda: contacts.start_contact(db, actor="duda", channel="phone", client="CONS", consultant="caio",
                                               at=at(9, 31)), NotPermitted, "permission.consulting_own_only")
    refused(db, lambda: contacts.start_contact(db, actor="caio", channel="fax", client="CONS", at=at(9, 31)),
            BadValue, "value.channel")
    contacts.stop_contact(db, actor="duda", contact_id=duda.id, at=at(9, 31))
    refused(db, lambda: contacts.start_contact(db, actor="duda", channel="phone", client="CONS", protocol=999,
                                               at=at(9, 31)), NotFound, "not_found.occurrence")
    other = desk.call(at(8, 55), client="ACME").number
    refused(db, lambda: contacts.start_contact(db, actor="duda", channel="phone", client="CONS", protocol=other,
                                               at=at(9, 32)), RuleViolation, "consulting.protocol_other_client")


def test_scheduled_meeting_with_a_room_moves_and_is_done_with_its_exact_times(db: Database) -> None:
    meeting = contacts.schedule_contact(db, actor="caio", channel="meeting", client="CONS", planned_start=at(14, 0),
                                        planned_end=at(15, 0), contact_person="João", subject="Implantação",
                                        room="sala1", agenda="1. cronograma 2. dúvidas", at=at(9, 0))
    assert (meeting.status, meeting.scheduled, meeting.planned_start, meeting.planned_end) == (
        "scheduled", True, at(14, 0), at(15, 0))
    [booking] = rooms.room_bookings(db, start=at(0, 0), end=at(23, 30))
    assert (booking.room, booking.starts_at, booking.ends_at, booking.title, booking.agenda, booking.contact_id,
            booking.booked_by) == ("sala1", at(14, 0), at(15, 0), "Implantação", "1. cronograma 2. dúvidas",
                                   meeting.id, "caio")
    # the room taken from 15:00 by someone else: moving the meeting there is refused whole
    rooms.book_room(db, actor="duda", room="sala1", start=at(15, 30), end=at(16, 30), title="Treino", at=at(9, 1))
    error = refused(db, lambda: contacts.reschedule_contact(db, actor="caio", contact_id=meeting.id,
                                                            planned_start=at(15, 0), planned_end=at(16, 0),
                                                            at=at(9, 2)), Conflict, "conflict.room_taken")
    assert "Duda Técnica (duda) de 24/11 15:30 a 16:30 (Treino)" in str(error)
    refused(db, lambda: contacts.reschedule_contact(db, actor="caio", contact_id=meeting.id, planned_start=at(10),
                                                    planned_end=at(11), version=meeting.version + 5, at=at(9, 2)),
            Conflict, "conflict.contact_changed")
    moved = contacts.reschedule_contact(db, actor="caio", contact_id=meeting.id, planned_start=at(10, 0),
                                        planned_end=at(11, 0), version=meeting.version, at=at(9, 3))
    assert (moved.planned_start, moved.planned_end, moved.version) == (at(10, 0), at(11, 0), meeting.version + 1)
    assert [(b.starts_at, b.ends_at) for b in rooms.room_bookings(db, start=at(0), end=at(23), room="sala1")] == [
        (at(10, 0), at(11, 0)), (at(15, 30), at(16, 30))]
    handed = contacts.reschedule_contact(db, actor="gil", contact_id=meeting.id, planned_start=at(10, 0),
                                         planned_end=at(11, 0), consultant="duda", at=at(9, 4))
    assert handed.consultant == "duda"
    refused(db, lambda: contacts.record_contact(db, actor="duda", contact_id=meeting.id, status="running",
                                                at=at(11, 30)), BadValue, "value.contact_outcome")
    done = contacts.record_contact(db, actor="duda", contact_id=meeting.id, status="done", started_at=at(10, 5),
                                   ended_at=at(10, 50), at=at(11, 30))
    assert (done.status, done.started_at, done.ended_at) == ("done", at(10, 5), at(10, 50))
    refused(db, lambda: contacts.record_contact(db, actor="duda", contact_id=meeting.id, status="missed",
                                                at=at(11, 31)), RuleViolation, "consulting.contact_status")


def test_a_scheduled_contact_starts_and_stops_or_is_missed_or_cancelled(db: Database) -> None:
    call = contacts.schedule_contact(db, actor="caio", channel="conference", client="PROV", planned_start=at(16, 0),
                                     planned_end=at(16, 30), room="sala1", at=at(9, 0))
    started = contacts.start_scheduled_contact(db, actor="caio", contact_id=call.id, at=at(16, 2))
    assert (started.status, started.started_at) == ("running", at(16, 2))
    stopped = contacts.stop_contact(db, actor="caio", contact_id=call.id, at=at(16, 40))
    assert (stopped.status, stopped.started_at, stopped.ended_at) == ("done", at(16, 2), at(16, 40))
    missed = contacts.schedule_contact(db, actor="caio", channel="meeting", client="PROV", planned_start=at(14, 0),
                                       planned_end=at(15, 0), at=at(9, 0))
    assert contacts.record_contact(db, actor="caio", contact_id=missed.id, status="missed",
                                   at=at(15, 5)).status == "missed"
    off = contacts.schedule_contact(db, actor="caio", channel="meeting", client="PROV", planned_start=at(11, 0),
                                    planned_end=at(12, 0), room="sala1", at=at(9, 0))
    cancelled = contacts.record_contact(db, actor="caio", contact_id=off.id, status="cancelled", at=at(9, 30))
    assert cancelled.status == "cancelled"
    assert [b.starts_at for b in rooms.room_bookings(db, start=at(0), end=at(23))] == [at(16, 0)]  # the room is free
    refused(db, lambda: contacts.schedule_contact(db, actor="caio", channel="meeting", client="PROV",
                                                  planned_start=at(12), planned_end=at(11), at=at(9)),
            BadValue, "value.end_before_start")
    refused(db, lambda: contacts.schedule_contact(db, actor="caio", channel="meeting", client="PROV",
                                                  planned_start=at(12, 10), planned_end=at(13), room="sala1",
                                                  at=at(9)), BadValue, "value.room_slot")
    refused(db, lambda: contacts.schedule_contact(db, actor="caio", channel="meeting", client="PROV",
                                                  planned_start=at(12), planned_end=at(13), room="sala9", at=at(9)),
            NotFound, "not_found.room")


def test_skype_um_momento_waits_ten_minutes_then_becomes_a_conference(db: Database) -> None:
    contacts.start_contact(db, actor="caio", channel="phone", client="PROV", at=at(9, 0))
    waiting = contacts.ask_to_wait(db, actor="caio", client="CONS", contact_person="João", at=at(9, 5))
    assert (waiting.channel, waiting.status, waiting.scheduled, waiting.wait_started_at, waiting.planned_end) == (
        "skype", "scheduled", False, at(9, 5), at(9, 15))
    conference = contacts.wait_to_conference(db, actor="caio", contact_id=waiting.id, planned_start=at(15, 0),
                                             planned_end=at(15, 30), at=at(9, 16))
    assert (conference.channel, conference.status, conference.scheduled, conference.client, conference.contact_person,
            conference.planned_start) == ("conference", "scheduled", True, "CONS", "João", at(15, 0))
    statuses = {c.id: c.status for c in contacts.list_contacts(db, consultant="caio")}
    assert statuses[waiting.id] == "cancelled"
    refused(db, lambda: contacts.wait_to_conference(db, actor="caio", contact_id=conference.id,
                                                    planned_start=at(16), planned_end=at(17), at=at(9, 17)),
            RuleViolation, "consulting.not_waiting")
    # the other way: the consultant frees up within the ten minutes and talks to the client
    second = contacts.ask_to_wait(db, actor="duda", client="CONS", at=at(10, 0))
    assert contacts.start_scheduled_contact(db, actor="duda", contact_id=second.id, at=at(10, 4)).status == "running"


def test_the_email_reply_records_a_contact_and_gives_the_exact_mailto_url(db: Database) -> None:
    contacts.add_contact_person(db, actor="caio", client="CONS", name="João", email="joao.silva@cons.example",
                                at=at(8, 0))
    number = occurrence(db, "CONS")
    record, url = contacts.reply_email(db, actor="caio", client="CONS", contact_person="João", protocol=number,
                                       subject="Relatório & notas fiscais", at=at(9, 0))
    assert url == (f"mailto:joao.silva@cons.example?cc=consultoria@pitstop.example&subject=Protocolo%20{number}"
                   "%20-%20Relat%C3%B3rio%20%26%20notas%20fiscais")
    assert (record.channel, record.status, record.started_at, record.ended_at, record.protocol) == (
        "email", "done", at(9, 0), at(9, 0), number)
    _, bare = contacts.reply_email(db, actor="caio", client="CONS", at=at(9, 5))
    assert bare == f"mailto:?cc={MAILBOX}&subject="
    contacts.set_consulting_mailbox(db, actor="gil", address=None, at=at(9, 6))
    refused(db, lambda: contacts.reply_email(db, actor="caio", client="CONS", at=at(9, 7)),
            NotFound, "not_found.consulting_mailbox")
    refused(db, lambda: contacts.set_consulting_mailbox(db, actor="caio", address="x@y.example", at=at(9, 7)),
            NotPermitted, "permission.consulting_planning")
    refused(db, lambda: contacts.set_consulting_mailbox(db, actor="gil", address="não é e-mail", at=at(9, 7)),
            BadValue, "value.email")
    assert contacts.set_consulting_mailbox(db, actor="gil", address="c@pitstop.example", at=at(9, 8)) == \
        "c@pitstop.example"
    assert contacts.consulting_mailbox(db) == "c@pitstop.example"


def test_listing_contacts_by_span_consultant_client_and_status(db: Database) -> None:
    a = contacts.start_contact(db, actor="caio", channel="phone", client="CONS", at=at(9, 0))
    contacts.stop_contact(db, actor="caio", contact_id=a.id, at=at(9, 10))
    b = contacts.schedule_contact(db, actor="duda", channel="meeting", client="PROV", planned_start=at(14, 0),
                                  planned_end=at(15, 0), at=at(9, 0))
    c = contacts.schedule_contact(db, actor="caio", channel="meeting", client="PROV", planned_start=at(10, 0),
                                  planned_end=at(11, 0), at=at(9, 0), consultant=None)
    tomorrow = at(9, 0) + timedelta(days=1)
    d = contacts.schedule_contact(db, actor="caio", channel="meeting", client="CONS", planned_start=tomorrow,
                                  planned_end=tomorrow + timedelta(hours=1), at=at(9, 0))
    ids = [x.id for x in contacts.list_contacts(db, start=at(0), end=at(23))]
    assert ids == [a.id, c.id, b.id]
    assert [x.id for x in contacts.list_contacts(db, consultant="caio")] == [a.id, c.id, d.id]
    assert [x.id for x in contacts.list_contacts(db, client="PROV", status="scheduled")] == [c.id, b.id]
    refused(db, lambda: contacts.list_contacts(db, status="odd"), BadValue, "value.status")


def occurrence(db: Database, client: str) -> int:
    from pitstop_desktop.services import occurrences

    return occurrences.register_call(db, actor="ana", client=client, channel="email", summary="Pedido por e-mail",
                                     at=at(8, 10)).number


def test_the_consulting_tables_are_the_persons_own_on_the_office_server(db: Database) -> None:
    """On PostgreSQL every call above ran as the acting person's role; this one just proves the grants let an
    attendant write contact persons and contacts (the same on SQLite, where no roles exist)."""
    people.add_client(db, code="NOVO", name="Novo Cliente", consulting=True)
    contacts.start_contact(db, actor="ana", channel="phone", client="NOVO", contact_person="Bia", at=at(9, 0))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM contacts")).scalar_one() == 1
