"""The technician picker's rows (services.picker) on SQLite and PostgreSQL, and on the demo day.

The desk of ``tests.services.helpers``: caio and duda serve N1 - Rápida, rostered 08:00–17:00 with lunch
12:00–13:00 and logged in at 08:00; ana serves it too but never logged in.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import BadValue, NotFound
from pitstop_desktop.services import offers, people, picker
from tests.conftest import Templates, fresh_database_url
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    at,
    desk_db_url,
    load_demo_day,
)


def logins(rows: list[picker.Candidate]) -> list[str]:
    return [c.login for c in rows]


def test_everyone_of_the_tab_with_presence_roster_and_no_warnings_mid_morning(desk: Desk) -> None:
    rows = picker.candidates(desk.db, tab="n1_rapida", at=at(10, 0))
    assert logins(rows) == ["caio", "duda", "ana"]  # available first, then by name; ana never logged in
    caio = rows[0]
    assert (caio.name, caio.role, caio.state, caio.available) == ("Caio Técnico", "technician", "available", True)
    assert (caio.logged_in_at, caio.lunch_start, caio.lunch_end, caio.shift_end) == (
        at(8, 0), at(12, 0), at(13, 0), at(17, 0))
    assert caio.current_jobs == () and caio.warnings == () and not caio.offered and not caio.refused
    ana = rows[2]
    assert (ana.state, ana.available, ana.logged_in_at, ana.lunch_start, ana.shift_end) == (
        "offline", False, None, None, None)


def test_r4_warnings_come_with_the_row_before_lunch(desk: Desk) -> None:
    rows = picker.candidates(desk.db, tab="n1_rapida", at=at(11, 50))
    assert rows[0].warnings == ("R4: almoço previsto às 12:00 (em 10 min)",)
    assert rows[1].warnings == ("R4: almoço previsto às 12:00 (em 10 min)",)
    assert rows[2].warnings == ()  # offline people get no warning: they cannot be offered anything


def test_at_lunch_sorts_after_the_available_and_before_the_offline(desk: Desk) -> None:
    people.record_presence(desk.db, login="caio", kind="lunch", at=at(12, 0))
    rows = picker.candidates(desk.db, tab="n1_rapida", at=at(12, 10))
    assert [(c.login, c.state) for c in rows] == [("duda", "available"), ("caio", "at_lunch"), ("ana", "offline")]
    people.record_presence(desk.db, login="caio", kind="back", at=at(12, 40))
    assert picker.candidates(desk.db, tab="n1_rapida", at=at(12, 45))[0].login == "caio"


def test_current_job_offer_and_refusal_for_an_oc(desk: Desk) -> None:
    first = desk.call(at(9, 0))
    second = desk.call(at(9, 1))
    desk.offer(first.number, "caio", at(9, 5))
    offers.accept(desk.db, first.number, actor="caio", at=at(9, 6))
    desk.offer(second.number, "caio", at(9, 7))
    offers.refuse(desk.db, second.number, actor="caio", reason="ocupado", at=at(9, 8))
    desk.offer(second.number, "duda", at(9, 9))

    rows = {c.login: c for c in picker.candidates(desk.db, number=second.number, at=at(9, 10))}
    assert rows["caio"].current_jobs == (first.number,)
    assert (rows["caio"].refused, rows["caio"].offered) == (True, False)
    assert (rows["duda"].refused, rows["duda"].offered, rows["duda"].current_jobs) == (False, True, ())
    # Without the OC the list is the same people, without its offer and refusals.
    plain = {c.login: c for c in picker.candidates(desk.db, tab="n1_rapida", at=at(9, 10))}
    assert not plain["caio"].refused and not plain["duda"].offered
    assert plain["caio"].current_jobs == (first.number,)


def test_the_oc_tab_or_another_tab(desk: Desk) -> None:
    oc = desk.call(at(9, 0))
    assert logins(picker.candidates(desk.db, number=oc.number, at=at(10, 0))) == ["caio", "duda", "ana"]
    # APOIO picks for the destination tab (apoio forward --to): its people, not the OC's tab.
    assert logins(picker.candidates(desk.db, number=oc.number, tab="n2", at=at(10, 0))) == ["nino"]
    assert picker.candidates(desk.db, tab="especialistas", at=at(10, 0))[0].login == "fabi"
    assert picker.candidates(desk.db, tab="n1_blip_filiais", at=at(10, 0)) == []  # nobody serves it here


def test_refusals_name_what_is_missing(desk: Desk) -> None:
    with pytest.raises(BadValue):
        picker.candidates(desk.db, at=at(10, 0))
    with pytest.raises(NotFound, match="aba desconhecida"):
        picker.candidates(desk.db, tab="nope", at=at(10, 0))
    with pytest.raises(NotFound, match="OC 999"):
        picker.candidates(desk.db, number=999, at=at(10, 0))


def test_queries_do_not_grow_with_the_number_of_people(desk: Desk) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    picker.tabs(desk.db)  # a first read also learns the server's clock (once per seat): not counted here
    picker.candidates(desk.db, tab="n2", at=at(10, 0))  # nor reading the SLA policy (kept while unchanged)
    event.listen(desk.db.engine, "before_cursor_execute", count)
    try:
        picker.candidates(desk.db, tab="n2", at=at(10, 0))  # one person
        one = len(statements)
        statements.clear()
        picker.candidates(desk.db, tab="n1_rapida", at=at(10, 0))  # three people
        three = len(statements)
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", count)
    assert one == three


def test_tabs_in_the_desk_order_with_their_gates(desk: Desk) -> None:
    assert [(t.code, t.name, t.gated) for t in picker.tabs(desk.db)] == [
        ("n1_rapida", "N1 - Rápida", False), ("n1_blip_matriz", "N1 - Blip Matriz", False),
        ("n1_blip_filiais", "N1 - Blip Filiais", False), ("n1_filiais", "N1 - Filiais", False),
        ("especialistas", "Especialistas", True), ("apoio_n1", "APOIO N1", False), ("n2", "N2", True)]


# The demo day (SQLite; loading it takes seconds, so once per session: the template test_gauges also copies)

SP = ZoneInfo("America/Sao_Paulo")
DEMO_DAY = date(2026, 11, 24)  # helpers.DAY, the day load_demo_day loads
DEMO_NOW = datetime.combine(DEMO_DAY, time(14, 30), tzinfo=SP)


@pytest.fixture(scope="module")
def demo_db(db_templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    urls = fresh_database_url(db_templates.get("sqlite", load_demo_day), tmp_path_factory.mktemp("picker-demo"))
    database = Database(next(urls))
    yield database
    database.dispose()
    urls.close()


def test_demo_day_rapida_at_half_past_two(demo_db: Database) -> None:
    rows = picker.candidates(demo_db, tab="n1_rapida", at=DEMO_NOW)
    states = [c.state for c in rows]
    assert states == sorted(states, key=["available", "at_lunch", "offline"].index)
    available = [c for c in rows if c.available]
    assert [c.name for c in available] == sorted((c.name for c in available), key=str.casefold)
    by_login = {c.login: c for c in rows}
    assert by_login["diego.martins"].state == "at_lunch"
    assert by_login["joao.vieira"].state == "offline"
    felipe = by_login["felipe.gomes"]
    assert felipe.available and felipe.logged_in_at is not None and felipe.shift_end is not None
    assert felipe.lunch_start is not None and felipe.lunch_end is not None
    assert set(felipe.current_jobs) >= {173, 174, 179}
    assert all(c.logged_in_at is None or c.logged_in_at <= DEMO_NOW for c in rows)


def test_demo_day_camila_leaves_at_twenty_to_three(demo_db: Database) -> None:
    camila = next(c for c in picker.candidates(demo_db, tab="n1_blip_matriz", at=DEMO_NOW)
                  if c.login == "camila.rocha")
    assert camila.available
    assert camila.warnings == ("R4: fim do turno às 14:40 (em 10 min)",)


def test_demo_day_pending_offer_is_marked(demo_db: Database) -> None:
    rows = picker.candidates(demo_db, number=167, at=DEMO_NOW)  # offered to henrique.barbosa
    assert [c.login for c in rows if c.offered] == ["henrique.barbosa"]
