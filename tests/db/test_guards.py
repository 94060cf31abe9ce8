"""The office server guards the manual's invariants (db/guards.py): connected as a person's role and sending plain
SQL, as a curious attendant with ``psql`` would, every bypass of issue 8 is refused by PostgreSQL itself, and the
audit trail is left as it was. The desk's people (tests/services/helpers.py) got their login roles from init-roles.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Connection, create_engine, make_url, text

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.services import escalations, occurrences, offers, presence
from tests.db.conftest import GUARD_REFUSED, Server, refused, set_role
from tests.services.helpers import at


def _call(server: Server, summary: str = "Sistema não abre") -> int:
    return occurrences.register_call(server.db, actor="ana", client="ACME", channel="phone", summary=summary,
                                     at=at(9, 0)).number


def _taken_by_caio(server: Server) -> int:
    number = _call(server)
    offers.offer(server.db, number, actor="ana", to="caio", at=at(9, 5))
    offers.accept(server.db, number, actor="caio", at=at(9, 6))
    return number


def _id(conn: Connection, table: str, where: str, **params: object) -> int:
    return int(conn.execute(text(f"SELECT id FROM {table} WHERE {where}"), params).scalar_one())


def _staff(conn: Connection, login: str) -> int:
    return _id(conn, "staff", "login = :l", l=login)


def _audit(conn: Connection) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(text("SELECT id, at, actor, action, detail FROM audit_events ORDER BY id"))]


class AuditKept:
    """The refusals of a test leave the audit trail as it was when last marked (after the test's own setup)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.before = _audit(conn)

    def mark(self) -> None:
        self.before = _audit(self.conn)


@pytest.fixture
def audit_kept(as_person: Connection) -> Iterator[AuditKept]:
    kept = AuditKept(as_person)
    yield kept
    assert _audit(as_person) == kept.before
    assert kept.before  # there was a trail to keep


def test_a_forged_audit_row_is_signed_by_its_sender_and_dated_by_the_server(
    server: Server, as_person: Connection
) -> None:
    set_role(as_person, server, "ana")
    actor, moment, backfilled, now = as_person.execute(text(
        "INSERT INTO audit_events (at, actor, entity, entity_id, action, detail, backfilled) "
        "VALUES ('2020-01-01', 'gil', 'occurrence', 1, 'closed', 'forjado', true) "
        "RETURNING actor, at, backfilled, now()")).one()
    assert (actor, moment, backfilled) == ("ana", now, False)
    feed_at, now = as_person.execute(text(
        "INSERT INTO change_feed (revision, entity, entity_id, action, at) "
        "VALUES (1, 'occurrence', 1, 'closed', '2020-01-01') RETURNING at, now()")).one()
    assert feed_at == now


def test_closing_without_a_faq_or_backdated_is_refused_and_closed_is_final(
    server: Server, as_person: Connection, audit_kept: AuditKept
) -> None:
    number = _call(server)
    audit_kept.mark()
    set_role(as_person, server, "ana")
    close = "UPDATE occurrences SET status = 'closed', closed_at = {when}, faq_code = {faq} WHERE number = {n}"
    refused(as_person, close.format(when="now()", faq="NULL", n=number), GUARD_REFUSED)
    refused(as_person, close.format(when="now()", faq="''", n=number), GUARD_REFUSED)
    refused(as_person, close.format(when="now() - interval '1 day'", faq="'1234'", n=number), GUARD_REFUSED)
    refused(as_person, close.format(when="opened_at - interval '1 minute'", faq="'1234'", n=number), GUARD_REFUSED)
    # closed through the application, it stays closed whatever SQL says
    occurrences.close(server.db, number, actor="ana", faq="1234", at=at(9, 30))
    audit_kept.mark()
    refused(as_person, f"UPDATE occurrences SET status = 'open', closed_at = NULL WHERE number = {number}",
            GUARD_REFUSED)
    refused(as_person, f"UPDATE occurrences SET close_note = 'outra' WHERE number = {number}", GUARD_REFUSED)


def test_awaiting_approval_exists_only_with_a_pending_escalation(
    server: Server, as_person: Connection, audit_kept: AuditKept
) -> None:
    number = _call(server)
    audit_kept.mark()
    set_role(as_person, server, "ana")
    refused(as_person, f"UPDATE occurrences SET status = 'awaiting_approval' WHERE number = {number}", GUARD_REFUSED)


def test_who_opened_an_oc_when_and_its_sla_do_not_change(
    server: Server, as_person: Connection, audit_kept: AuditKept
) -> None:
    number = _call(server)
    audit_kept.mark()
    set_role(as_person, server, "gil")  # not even management
    for change in ("opened_at = opened_at + interval '1 hour'", "due_at = due_at + interval '1 day'",
                   "sla_class = '10d'", f"opened_by_id = {_staff(as_person, 'gil')}"):
        refused(as_person, f"UPDATE occurrences SET {change} WHERE number = {number}", GUARD_REFUSED)


def test_a_call_is_registered_in_your_own_name_at_the_servers_clock(
    server: Server, as_person: Connection, audit_kept: AuditKept
) -> None:
    audit_kept.mark()
    set_role(as_person, server, "ana")
    insert = ("INSERT INTO occurrences (number, client_id, channel, kind, summary, tab, status, sla_class, opened_at, "
              "due_at, tab_since, opened_by_id, version) SELECT 999001, c.id, 'phone', 'support', 'x', 'n1_rapida', "
              "'open', '4h', {when}, now() + interval '4 hours', {when}, {by}, 1 FROM clients c WHERE c.code = 'ACME'")
    refused(as_person, insert.format(when="now()", by=_staff(as_person, "bia")))
    refused(as_person, insert.format(when="now() - interval '2 days'", by=_staff(as_person, "ana")), GUARD_REFUSED)


def test_someone_elses_oc_is_taken_or_handed_on_only_by_its_owner_or_management(
    server: Server, as_person: Connection, audit_kept: AuditKept
) -> None:
    number = _taken_by_caio(server)
    audit_kept.mark()
    for login in ("ana", "duda"):
        set_role(as_person, server, login)
        me = _staff(as_person, login)
        refused(as_person, f"UPDATE occurrences SET assignee_id = {me} WHERE number = {number}")
        refused(as_person, f"UPDATE occurrences SET tab = 'n2', status = 'open', assignee_id = NULL, "
                           f"tab_since = now() WHERE number = {number}")
        refused(as_person, f"UPDATE occurrences SET status = 'closed', closed_at = now(), faq_code = '1234' "
                           f"WHERE number = {number}")
    set_role(as_person, server, "caio")  # the owner hands it over
    as_person.execute(text(f"UPDATE occurrences SET assignee_id = {_staff(as_person, 'duda')} "
                           f"WHERE number = {number}"))
    set_role(as_person, server, "sara")  # management
    as_person.execute(text(f"UPDATE occurrences SET assignee_id = {_staff(as_person, 'caio')} "
                           f"WHERE number = {number}"))


def test_an_escalation_is_decided_only_by_a_manager_who_did_not_ask_and_recorded_as_them(
    server: Server, as_person: Connection, audit_kept: AuditKept
) -> None:
    asked_by_ana = _call(server, "Ana pede")
    escalations.escalate(server.db, asked_by_ana, actor="ana", target="especialistas", reason="not_solvable_n1",
                         at=at(9, 10))
    first = _id(as_person, "escalations", "status = 'pending'")
    audit_kept.mark()
    set_role(as_person, server, "ana")
    refused(as_person, f"UPDATE escalations SET status = 'approved', decided_at = now() WHERE id = {first}")
    set_role(as_person, server, "sara")  # a supervisor is management, but does not decide escalations
    refused(as_person, f"UPDATE escalations SET status = 'approved', decided_at = now() WHERE id = {first}")
    set_role(as_person, server, "hugo")
    gil = _staff(as_person, "gil")
    decided_by, = as_person.execute(text(
        f"UPDATE escalations SET status = 'rejected', decided_by_id = {gil}, decided_at = now() - interval '3 days' "
        f"WHERE id = {first} RETURNING decided_by_id")).one()
    assert decided_by == _staff(as_person, "hugo")  # recorded as who did it, whatever the SQL said
    refused(as_person, f"UPDATE escalations SET status = 'approved' WHERE id = {first}", GUARD_REFUSED)

    # R8: a manager never decides their own request
    set_role(as_person, server, "gil")
    asked_by_gil = occurrences.register_call(server.db, actor="gil", client="ACME", channel="phone",
                                             summary="Gil pede", tab="n1_rapida",
                                             at=at(9, 20)).number
    escalations.escalate(server.db, asked_by_gil, actor="gil", target="n2", reason="not_solvable_n1", at=at(9, 21))
    audit_kept.mark()
    second = _id(as_person, "escalations", "status = 'pending'")
    refused(as_person, f"UPDATE escalations SET status = 'approved' WHERE id = {second}")
    # nor asks in someone else's name
    refused(as_person, f"INSERT INTO escalations (occurrence_id, target, reason, from_tab, prior_status, "
                       f"requested_by_id, requested_at, status) SELECT id, 'n2', 'not_solvable_n1', tab, status, "
                       f"{_staff(as_person, 'ana')}, now(), 'pending' FROM occurrences WHERE number = {asked_by_ana}")


def test_presence_is_written_by_the_person_or_by_management_at_the_servers_clock(
    server: Server, as_person: Connection
) -> None:
    insert = "INSERT INTO presence_events (staff_id, at, kind) VALUES ({who}, {when}, 'lunch')"
    set_role(as_person, server, "ana")
    refused(as_person, insert.format(who=_staff(as_person, "caio"), when="now()"))
    refused(as_person, insert.format(who=_staff(as_person, "ana"), when="now() - interval '1 hour'"), GUARD_REFUSED)
    as_person.execute(text(insert.format(who=_staff(as_person, "ana"), when="now()")))
    set_role(as_person, server, "sara")
    as_person.execute(text(insert.format(who=_staff(as_person, "caio"), when="now()")))


def test_roster_tabs_and_calendar_are_managements_and_staff_the_administrators(
    server: Server, as_person: Connection, audit_kept: AuditKept
) -> None:
    audit_kept.mark()
    set_role(as_person, server, "caio")
    refused(as_person, "UPDATE roster SET shift_end = shift_end + interval '1 hour'")
    refused(as_person, "UPDATE tabs SET gated = false")
    refused(as_person, "UPDATE sla_classes SET target_minutes = 100000")
    refused(as_person, "DELETE FROM calendar_exceptions")
    set_role(as_person, server, "gil")
    refused(as_person, "UPDATE staff SET role = 'admin' WHERE login = 'ana'")
    as_person.execute(text("UPDATE roster SET shift_end = shift_end + interval '1 hour'"))


def test_a_slot_is_never_booked_twice(server: Server, as_person: Connection) -> None:
    first, second = _call(server, "um"), _call(server, "dois")
    set_role(as_person, server, "ana")
    book = ("INSERT INTO bookings (technician_id, starts_at, ends_at, occurrence_id, booked_by_id, booked_at) "
            "SELECT {caio}, '2026-12-01 14:00+00', '2026-12-01 14:30+00', id, {ana}, now() FROM occurrences "
            "WHERE number = {n}")
    ids = {"caio": _staff(as_person, "caio"), "ana": _staff(as_person, "ana")}
    as_person.execute(text(book.format(n=first, **ids)))
    refused(as_person, book.format(n=second, **ids), "23505")  # unique_violation


def test_a_group_role_or_a_disabled_person_is_nobody_and_writes_nothing(
    server: Server, as_person: Connection, audit_kept: AuditKept
) -> None:
    number = _call(server)
    audit_kept.mark()
    as_person.execute(text(f'SET ROLE "{server.prefix}manager"'))  # a member may SET ROLE to their group
    refused(as_person, f"UPDATE occurrences SET summary = 'x' WHERE number = {number}")
    refused(as_person, "INSERT INTO audit_events (at, actor, entity, entity_id, action) "
                       "VALUES (now(), 'x', 'occurrence', 1, 'x')")
    as_person.execute(text("RESET ROLE"))
    as_person.execute(text("UPDATE staff SET active = false WHERE login = 'ana'"))
    set_role(as_person, server, "ana")
    refused(as_person, f"UPDATE occurrences SET summary = 'x' WHERE number = {number}")


def _login_url(server: Server, login: str) -> str:
    """The URL a person's own seat uses (the local test server trusts every login; passwords are checked in
    tests/db/test_sign_in_cluster.py)."""
    return make_url(server.url).set(username=f"{server.prefix}{login}").render_as_string(hide_password=False)


def test_a_person_signed_in_as_themselves_cannot_date_an_action(server: Server, audit_kept: AuditKept) -> None:
    number = _call(server)
    audit_kept.mark()
    engine = create_engine(_login_url(server, "ana"))
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT set_config('pitstop.at', '2026-11-24 12:00-03', true)"))
            refused(conn, f"UPDATE occurrences SET summary = 'x' WHERE number = {number}")
            refused(conn, "INSERT INTO audit_events (at, actor, entity, entity_id, action) "
                          "VALUES (now(), 'x', 'occurrence', 1, 'x')")
    finally:
        engine.dispose()


def test_the_cli_says_so_when_the_server_refuses_who_or_when(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    number = _call(server)
    seat = _login_url(server, "ana")
    assert main(["--db", seat, "oc", "close", str(number), "--faq", "1234", "--as", "caio"]) == 6
    assert "agir como caio (--as)" in capsys.readouterr().err
    assert main(["--db", seat, "oc", "close", str(number), "--faq", "1234", "--as", "ana",
                 "--at", "2026-11-24T10:00:00-03:00"]) == 6
    assert "--at" in capsys.readouterr().err
    assert main(["--db", seat, "oc", "close", str(number), "--faq", "1234", "--as", "ana"]) == 0


def test_a_dated_action_comes_after_the_ocs_last_event_and_says_it_was_dated(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    number = _call(server)  # opened at 09:00
    admin = server.url  # the harness may date actions
    before = (at(9, 0) - timedelta(minutes=30)).isoformat()
    assert main(["--db", admin, "oc", "close", str(number), "--faq", "1234", "--as", "ana", "--at", before]) == 2
    assert "aberta em" in capsys.readouterr().err
    assert main(["--db", admin, "oc", "close", str(number), "--faq", "1234", "--as", "ana",
                 "--at", at(9, 40).isoformat()]) == 0
    capsys.readouterr()
    assert main(["--db", admin, "oc", "show", str(number)]) == 0
    assert "datado" in capsys.readouterr().out


@pytest.mark.parametrize("login", ["ana", "duda", "gil", "sara", "zenaide", "adm"],
                         ids=["attendant", "technician", "manager", "supervisor", "apoio", "admin"])
def test_each_role_logged_in_as_itself_tries_the_bypasses_and_is_refused(
    server: Server, login: str, audit_kept: AuditKept
) -> None:
    """What a curious person would try with psql and their own login: all refused, the audit unchanged."""
    taken = _taken_by_caio(server)
    other = _call(server, "outra")
    audit_kept.mark()
    engine = create_engine(_login_url(server, login))
    try:
        with engine.connect() as conn, conn.begin():
            assert conn.execute(text("SELECT session_user")).scalar_one() == f"{server.prefix}{login}"
            refused(conn, "DELETE FROM audit_events")
            refused(conn, "UPDATE audit_events SET actor = 'ninguem'")
            refused(conn, "TRUNCATE change_feed")
            refused(conn, "SELECT password_hash FROM staff")
            refused(conn, f"UPDATE occurrences SET status = 'closed', closed_at = now(), faq_code = NULL "
                          f"WHERE number = {other}", GUARD_REFUSED)
            refused(conn, f"UPDATE occurrences SET status = 'closed', closed_at = now() - interval '2 days', "
                          f"faq_code = '1234' WHERE number = {other}", GUARD_REFUSED)
            if login in ("ana", "duda"):  # neither caio, who owns it, nor management
                refused(conn, f"UPDATE occurrences SET assignee_id = NULL, status = 'open' WHERE number = {taken}")
    finally:
        engine.dispose()


# Issue 9: seats' heartbeats and presence corrections


def _seat_rows(conn: Connection) -> set[tuple[int, str]]:
    return {(int(staff), str(seat)) for staff, seat in conn.execute(text("SELECT staff_id, seat FROM seat_heartbeats"))}


def test_a_seat_reports_only_for_its_own_person_at_the_servers_clock(server: Server, as_person: Connection) -> None:
    caio, duda = _staff(as_person, "caio"), _staff(as_person, "duda")
    insert = "INSERT INTO seat_heartbeats (staff_id, seat, last_seen) VALUES ({who}, '{seat}', {when})"
    set_role(as_person, server, "caio")
    as_person.execute(text(insert.format(who=caio, seat="c1", when="now()")))
    refused(as_person, insert.format(who=duda, seat="d1", when="now()"))  # keeping someone else "alive"
    refused(as_person, insert.format(who=caio, seat="c2", when="now() + interval '1 day'"), GUARD_REFUSED)
    refused(as_person, "UPDATE seat_heartbeats SET last_seen = now() + interval '1 hour'", GUARD_REFUSED)
    set_role(as_person, server, "duda")
    as_person.execute(text(insert.format(who=duda, seat="d1", when="now()")))
    # caio's row is not duda's to touch: invisible to her UPDATE and DELETE
    assert as_person.execute(text(f"UPDATE seat_heartbeats SET last_seen = now() WHERE staff_id = {caio}")
                             ).rowcount == 0
    assert as_person.execute(text(f"DELETE FROM seat_heartbeats WHERE staff_id = {caio}")).rowcount == 0
    set_role(as_person, server, "sara")  # management forgets a stale seat, but does not keep it alive
    assert as_person.execute(text(f"UPDATE seat_heartbeats SET last_seen = now() WHERE staff_id = {caio}")
                             ).rowcount == 0
    assert as_person.execute(text(f"DELETE FROM seat_heartbeats WHERE staff_id = {caio}")).rowcount == 1
    assert _seat_rows(as_person) == {(duda, "d1")}


def test_a_presence_event_dated_otherwise_is_only_a_signed_correction_by_management(
    server: Server, as_person: Connection
) -> None:
    caio, sara, gil = _staff(as_person, "caio"), _staff(as_person, "sara"), _staff(as_person, "gil")
    insert = ("INSERT INTO presence_events (staff_id, at, kind, reason, recorded_by_id, recorded_at) "
              "VALUES ({who}, now() - interval '2 hours', 'logout', {reason}, {by}, {recorded})")
    set_role(as_person, server, "caio")  # not even about himself
    refused(as_person, insert.format(who=caio, reason="'saí mais cedo'", by=caio, recorded="now()"))
    set_role(as_person, server, "sara")
    refused(as_person, insert.format(who=caio, reason="NULL", by=sara, recorded="now()"), GUARD_REFUSED)
    refused(as_person, insert.format(who=caio, reason="'  '", by="NULL", recorded="NULL"), GUARD_REFUSED)
    refused(as_person, insert.format(who=caio, reason="'esqueceu'", by=gil, recorded="now()"), GUARD_REFUSED)
    refused(as_person, insert.format(who=caio, reason="'esqueceu'", by=sara, recorded="now() - interval '1 day'"),
            GUARD_REFUSED)
    refused(as_person, "INSERT INTO presence_events (staff_id, at, kind, reason, recorded_by_id, recorded_at) "
                       f"VALUES ({caio}, now() + interval '1 hour', 'logout', 'depois', {sara}, now())", GUARD_REFUSED)
    refused(as_person, f"INSERT INTO presence_events (staff_id, at, kind, recorded_by_id) "
                       f"VALUES ({caio}, now(), 'lunch', {sara})", GUARD_REFUSED)  # a plain event is nobody's
    as_person.execute(text(insert.format(who=caio, reason="'esqueceu de sair'", by=sara, recorded="now()")))


def test_heartbeats_and_corrections_through_the_services_from_a_persons_own_login(server: Server) -> None:
    """No harness, no --at: the person's own connection, the server's clock."""
    caio = Database(_login_url(server, "caio"))
    sara = Database(_login_url(server, "sara"))
    try:
        assert presence.heartbeat(caio, actor="caio", seat="caio-window") is True
        assert presence.forget_seat(caio, actor="caio", seat="caio-window") is True
        done = presence.correct(sara, actor="sara", login="caio", kind="logout", when=at(17, 0), reason="esqueceu")
        assert (done.recorded_by, done.reason) == ("sara", "esqueceu")
        with pytest.raises(NotPermitted):  # her login may not act as someone else (nor date the correction itself)
            presence.correct(sara, actor="gil", login="caio", kind="login", when=at(18, 0), reason="x")
    finally:
        caio.dispose()
        sara.dispose()
