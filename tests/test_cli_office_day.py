"""Issue 9 on the command line: `oc offer --replace`, `offers mine`, `booking cancel|move`, `slots` of technicians
only, FAQ 7347 and N1 - Rápida's site. ``db_url`` is the desk of ``tests/services/helpers.py`` (cloned per test, on
SQLite and PostgreSQL); the refusal texts themselves are recorded in ``tests/test_cli_refusal_texts.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from pitstop_desktop.services import people
from tests.services.helpers import LUNCH, SHIFT, Desk, at
from tests.services.helpers import desk_db_url as desk_db_url  # the fixture: db_url is the desk
from tests.test_cli import Result, is_local_iso
from tests.test_cli import desk as desk  # the fixtures, shared with test_cli.py
from tests.test_cli import pit as pit

Pit = Callable[..., Result]
AHEAD = date(2026, 11, 25)
AT = ["--at", "2026-11-24T09:30"]
PENDING_KEYS = {"number", "client", "client_name", "summary", "tab", "sla", "sla_state", "remaining_minutes",
                "offered_by", "offered_at", "waiting_minutes", "warnings"}


def test_a_pending_offer_is_replaced_only_with_replace(pit: Pit, desk: Desk) -> None:
    desk.call(at(9, 0))
    assert pit("oc", "offer", "1", "--to", "caio", "--as", "ana", "--at", "2026-11-24T09:05").code == 0
    refused = pit("oc", "offer", "1", "--to", "duda", "--as", "ana", *AT)
    assert refused.code == 5 and "Caio Técnico (caio)" in refused.err_line and "--replace" in refused.err_line
    replaced = pit("oc", "offer", "1", "--to", "duda", "--replace", "--as", "ana", *AT, "--json")
    assert replaced.code == 0 and replaced.json()["offered_to"] == "duda"
    history = pit("oc", "show", "1", "--json").json()["history"]
    assert [h["action"] for h in history][-2:] == ["offer_withdrawn", "offered"]
    withdrawn = pit("oc", "accept", "1", "--as", "caio", "--at", "2026-11-24T09:31")
    assert withdrawn.code == 5
    assert withdrawn.err_line == ("a oferta da OC 1 foi retirada: Ana Atendente (ana) ofereceu a OC a outra pessoa "
                                  "às 09:30.")
    assert pit("oc", "refuse", "1", "--as", "caio", "--reason", "x", "--at", "2026-11-24T09:31").code == 5
    assert pit("oc", "accept", "1", "--as", "duda", "--at", "2026-11-24T09:32").code == 0


def test_offers_mine_human_and_json(pit: Pit, desk: Desk) -> None:
    desk.call(at(9, 0))
    desk.call(at(9, 1), client="BETA", summary="Impressora parada")
    desk.offer(2, "caio", at(9, 5))
    desk.offer(1, "caio", at(9, 20), actor="sara")
    listed = pit("offers", "mine", "--as", "caio", *AT, "--json")
    assert listed.code == 0 and listed.err == ""
    rows = listed.json()
    assert [set(r) for r in rows] == [PENDING_KEYS] * 2
    assert [(r["number"], r["client"], r["offered_by"], r["waiting_minutes"]) for r in rows] == [
        (2, "BETA", "ana", 25), (1, "ACME", "sara", 10)]
    assert is_local_iso(rows[0]["offered_at"]) == at(9, 5)
    assert rows[0]["sla_state"] == "on_track" and rows[0]["tab"] == "n1_rapida"
    human = pit("offers", "mine", "--as", "caio", *AT)
    assert human.code == 0
    lines = human.out.splitlines()
    assert lines[0].split()[:2] == ["OC", "cliente"] and "oferecida por" in lines[0]
    assert lines[2].split()[:2] == ["2", "BETA"] and "25" in lines[2].split()
    assert pit("offers", "mine", "--as", "duda", *AT).out.splitlines()[2:] == []
    assert pit("offers", "mine", "--as", "nobody", *AT).code == 4
    assert pit("offers", "mine", *AT).code == 2  # --as is required


def test_slots_ahead_list_technicians_only(pit: Pit, desk: Desk) -> None:
    for login in ("caio", "fabi", "ana"):
        people.set_roster(desk.db, login=login, day=AHEAD, start=SHIFT[0], end=SHIFT[1], lunch=LUNCH)
    every = pit("slots", "--date", AHEAD.isoformat(), *AT, "--json").json()
    assert {s["technician"] for s in every} == {"caio", "fabi"}
    rapida = pit("slots", "--date", AHEAD.isoformat(), "--tab", "n1_rapida", *AT, "--json").json()
    assert {s["technician"] for s in rapida} == {"caio"} and len(rapida) == 8
    booked = pit("oc", "new", "--as", "ana", "--client", "ACME", "--channel", "phone", "--summary", "Instalação",
                 "--slot", "2026-11-25T10:00", "--technician", "caio", *AT, "--json")
    assert booked.code == 0 and booked.json()["assignee"] == "caio"
    assert pit("oc", "new", "--as", "ana", "--client", "ACME", "--channel", "phone", "--summary", "Instalação",
               "--slot", "2026-11-25T11:00", "--technician", "fabi", *AT).code == 3


def test_booking_cancel_and_move(pit: Pit, desk: Desk) -> None:
    for login in ("caio", "duda"):
        people.set_roster(desk.db, login=login, day=AHEAD, start=SHIFT[0], end=SHIFT[1], lunch=LUNCH)
    desk.call(at(9, 0), slot=at(10, 0, AHEAD), technician="caio")
    desk.call(at(9, 1), slot=at(15, 0, AHEAD), technician="caio")

    def caio_free() -> list[str]:
        rows = pit("slots", "--date", AHEAD.isoformat(), "--technician", "caio", *AT, "--json").json()
        return [is_local_iso(s["start"]).strftime("%H:%M") for s in rows]

    moved = pit("booking", "move", "1", "--slot", "2026-11-25T14:00", "--technician", "caio", "--as", "ana", *AT)
    assert moved.code == 0 and moved.out.strip() == "agendamento da OC 1 remarcado: caio 25/11 14:00"
    assert "10:00" in caio_free() and "14:00" not in caio_free()
    again = pit("booking", "move", "1", "--slot", "2026-11-25T14:00", "--technician", "caio", "--as", "ana", *AT)
    assert again.code == 0  # already there: answered, nothing changes
    taken = pit("booking", "move", "1", "--slot", "2026-11-25T15:00", "--technician", "caio", "--as", "ana", *AT)
    assert taken.code == 5 and taken.err_line.startswith("R10: ") and "OC 2" in taken.err_line
    other = pit("booking", "move", "1", "--slot", "2026-11-25T14:00", "--technician", "duda", "--as", "ana", *AT)
    assert other.code == 6 and "Caio Técnico (caio)" in other.err_line
    handed = pit("booking", "move", "1", "--slot", "2026-11-25T14:00", "--technician", "duda", "--as", "caio", *AT,
                 "--json")
    assert handed.code == 0 and handed.json()["assignee"] == "duda"
    assert pit("booking", "move", "1", "--slot", "amanhã", "--technician", "duda", "--as", "caio", *AT).code == 2
    cancelled = pit("booking", "cancel", "2", "--as", "ana", *AT)
    assert cancelled.code == 0 and cancelled.out.strip() == "agendamento da OC 2 cancelado; a OC continua com caio"
    assert "15:00" in caio_free()
    assert pit("booking", "cancel", "2", "--as", "ana", *AT).code == 0  # a retry
    assert pit("booking", "cancel", "2", "--as", "bia", *AT).code == 4
    history = [h["action"] for h in pit("oc", "show", "2", "--json").json()["history"]]
    assert history[-1] == "booking_cancelled"
    assert pit("booking", "cancel", "99", "--as", "ana", *AT).code == 4


def test_faq_7347_and_the_matriz_rule(pit: Pit, desk: Desk) -> None:
    desk.call(at(9, 0))
    refused = pit("oc", "close", "1", "--faq", "7347", "--as", "ana", *AT)
    assert refused.code == 3 and refused.err_line.startswith("R2: ")
    assert pit("oc", "close", "1", "--faq", "7001", "--as", "ana", *AT).code == 0
    branch = ["oc", "new", "--as", "edu", "--client", "ACME", "--channel", "phone", "--summary", "x", *AT]
    assert pit(*branch, "--tab", "n1_rapida").code == 3
    assert pit(*branch, "--tab", "n1_filiais").code == 0


def test_roster_ahead_is_used_as_typed(pit: Pit, desk: Desk) -> None:
    """`roster set` for a day ahead, then `slots` of that day: the README's appointment walk-through."""
    assert pit("roster", "set", "duda", "--date", AHEAD.isoformat(), "--start", "13:00", "--end", "15:00").code == 0
    rows = pit("slots", "--date", AHEAD.isoformat(), "--tab", "n1_rapida", *AT, "--json").json()
    assert [(s["technician"], is_local_iso(s["start"]).time()) for s in rows] == [("duda", time(13, 0)),
                                                                                   ("duda", time(14, 0))]
