"""The `pitstop` command line contract: commands, JSON shapes, exit codes and one-line refusals.

Most cases call :func:`pitstop_desktop.cli.main` in-process (with ``capsys``); a few run the real console script
in a subprocess to prove that no traceback ever reaches the terminal. Every database is passed with ``--db``
(the demo day is loaded on a first run of the *default* database only). ``db_url`` is the help desk of
``tests/services/helpers.py`` (staff, clients, roster and presence of Tue 2026-11-24), cloned per test.

Exit codes: 0 done; 2 bad usage or value; 3 a rule refused (message starts with the rule); 4 not found;
5 conflict; 6 not permitted; 1 anything else.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import pitstop_desktop
from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.services import apoio, escalations, occurrences, offers, people, roles
from tests.conftest import scram_verifiers
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    at,
    desk_db_url,
)

OC_KEYS = {"number", "client", "channel", "kind", "summary", "tab", "status", "sla", "opened_at", "due_at",
           "sla_state", "remaining_minutes", "assignee", "complementary_of", "closed_at", "faq",
           "pending_escalation", "history"}
HISTORY_KEYS = {"at", "by", "action", "detail", "backfilled"}
ESCALATION_KEYS = {"id", "number", "target", "reason", "requested_by", "requested_at", "status"}
APOIO_KEYS = {"number", "reason", "since", "claimed_by"}
SLOT_KEYS = {"technician", "start", "end"}
SLA_KEYS = {"code", "target_minutes", "clock"}
STAFF_KEYS = {"login", "name", "role", "site", "tabs"}
CLIENT_KEYS = {"code", "name", "phone", "consulting"}
NEW = ["oc", "new", "--as", "ana", "--client", "ACME", "--channel", "phone", "--summary", "Sistema não abre"]
T9 = "2026-11-24T09:00"  # no offset: read in the calendar's zone (America/Sao_Paulo)


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def err_line(self) -> str:
        """The refusal: exactly one line on stderr, no traceback, nothing on stdout."""
        assert "Traceback" not in self.err, self.err
        assert self.err.endswith("\n") and len(self.err.splitlines()) == 1, repr(self.err)
        assert self.out == "", self.out
        return self.err.strip()


@pytest.fixture
def pit(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``pitstop --db <db_url> ARGS…`` in-process."""

    def run(*args: str) -> Result:
        try:
            code = main(["--db", db_url, *args])
        except SystemExit as exc:  # argparse: usage errors exit 2 from parse_args
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


@pytest.fixture
def desk(db_url: str):  # type: ignore[no-untyped-def]
    db = Database(db_url)
    yield Desk(db)
    db.dispose()


def is_local_iso(value: str) -> datetime:
    """ISO-8601 with the calendar's offset (São Paulo has no DST since 2019: -03:00)."""
    moment = datetime.fromisoformat(value)
    assert moment.utcoffset() == timedelta(hours=-3), value
    return moment


# Setup commands


def test_db_upgrade_on_a_new_file_and_on_a_current_database(pit, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    fresh = f"sqlite:///{tmp_path / 'novo.db'}"
    assert main(["--db", fresh, "db", "upgrade"]) == 0
    out, err = capsys.readouterr()
    assert "vazio →" in out and err == ""
    assert main(["--db", fresh, "sla", "classes", "--json"]) == 0  # the schema and its seeds are there
    assert len(json.loads(capsys.readouterr().out)) == 7
    result = pit("db", "upgrade")
    assert result.code == 0 and "já está na versão" in result.out


def test_staff_add_and_list_json(pit) -> None:  # type: ignore[no-untyped-def]
    added = pit("staff", "add", "iara", "--name", "Iara Técnica", "--role", "technician", "--tab", "n1_filiais",
                "--tab", "n1_blip_filiais", "--site", "filial")
    assert added.code == 0 and "iara" in added.out and added.err == ""
    listed = pit("staff", "list", "--json")
    assert listed.code == 0
    rows = listed.json()
    assert all(set(r) >= STAFF_KEYS for r in rows)
    iara = next(r for r in rows if r["login"] == "iara")
    assert {k: iara[k] for k in STAFF_KEYS} == {"login": "iara", "name": "Iara Técnica", "role": "technician",
                                                "site": "filial", "tabs": ["n1_filiais", "n1_blip_filiais"]}
    assert [r["login"] for r in rows] == sorted(r["login"] for r in rows)
    table = pit("staff", "list")
    assert table.code == 0 and "Iara Técnica" in table.out


def test_staff_add_password_from_stdin(pit, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3gredo forte\n"))
    result = pit("staff", "add", "joao", "--name", "João Gestor", "--role", "manager", "--password-stdin")
    assert result.code == 0
    assert "s3gredo" not in result.out + result.err
    db = Database(db_url)
    try:
        if db.is_sqlite:
            assert people.authenticate(db, "joao", "s3gredo forte").role == "manager"
            with pytest.raises(NotPermitted):
                people.authenticate(db, "joao", "s3gredo")
        else:  # the server keeps it (checked against a server that checks: tests/db/test_sign_in_cluster.py)
            assert "joao" in scram_verifiers(db)
    finally:
        db.dispose()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    empty = pit("staff", "add", "zeca", "--name", "Zeca", "--role", "attendant", "--password-stdin")
    assert empty.code == 2 and "--password-stdin" in empty.err_line
    assert "zeca" not in [r["login"] for r in pit("staff", "list", "--json").json()]


def test_client_add_and_list_json(pit) -> None:  # type: ignore[no-untyped-def]
    assert pit("client", "add", "GAMA", "--name", "Gama ME", "--phone", "11 99999-0000", "--consulting").code == 0
    assert pit("client", "add", "DELTA", "--name", "Delta").code == 0
    rows = pit("client", "list", "--json").json()
    assert all(set(r) >= CLIENT_KEYS for r in rows)
    by_code = {r["code"]: r for r in rows}
    assert {k: by_code["GAMA"][k] for k in CLIENT_KEYS} == {"code": "GAMA", "name": "Gama ME",
                                                           "phone": "11 99999-0000", "consulting": True}
    assert (by_code["DELTA"]["phone"], by_code["DELTA"]["consulting"]) == (None, False)
    assert {"ACME", "BETA"} <= set(by_code)


def test_roster_presence_and_slots(pit) -> None:  # type: ignore[no-untyped-def]
    roster = pit("roster", "set", "caio", "--date", "2026-11-25", "--start", "08:00", "--end", "12:00",
                 "--lunch", "10:00-10:30")
    assert roster.code == 0 and "caio" in roster.out
    slots = pit("slots", "--date", "2026-11-25", "--technician", "caio", "--at", "2026-11-25T07:00", "--json")
    assert slots.code == 0
    rows = slots.json()
    assert all(set(r) >= SLOT_KEYS for r in rows)
    assert [(r["technician"], r["start"][11:16], r["end"][11:16]) for r in rows] == [
        ("caio", "08:00", "09:00"), ("caio", "09:00", "10:00"), ("caio", "10:30", "11:30")]
    assert all(is_local_iso(r["start"]) and is_local_iso(r["end"]) for r in rows)
    login = pit("presence", "caio", "login", "--at", "2026-11-25T08:02")
    assert login.code == 0 and "caio: login às 25/11 08:02 (logado)" in login.out
    lunch = pit("presence", "caio", "lunch", "--at", "2026-11-25T10:00-03:00")
    assert lunch.code == 0 and "(no almoço)" in lunch.out and "at_lunch" not in lunch.out
    # out of order (lunch again while at lunch) is a bad value, not a crash
    again = pit("presence", "caio", "lunch", "--at", "2026-11-25T10:05")
    assert again.code == 2 and again.err_line
    tab_slots = pit("slots", "--date", "2026-11-24", "--tab", "n1_rapida", "--at", "2026-11-24T07:00", "--json").json()
    assert {r["technician"] for r in tab_slots} == {"caio", "duda"} and len(tab_slots) == 16


def test_sla_classes_json(pit) -> None:  # type: ignore[no-untyped-def]
    result = pit("sla", "classes", "--json")
    assert result.code == 0
    rows = result.json()
    assert all(set(r) >= SLA_KEYS for r in rows)
    assert [(r["code"], r["target_minutes"], r["clock"]) for r in rows] == [
        ("IS", 30, "business"), ("URGENTE", 60, "business"), ("2H", 120, "business"), ("4H", 240, "business"),
        ("24H", 1440, "calendar"), ("72H", 4320, "calendar"), ("10D", 14400, "calendar")]


# Occurrences


def test_oc_new_show_list_json_shapes(pit) -> None:  # type: ignore[no-untyped-def]
    new = pit(*NEW, "--sla", "2H", "--at", T9, "--json")
    assert new.code == 0, new.err
    oc = new.json()
    assert set(oc) >= OC_KEYS
    assert (oc["number"], oc["client"], oc["channel"], oc["kind"], oc["tab"], oc["status"], oc["sla"]) == (
        1, "ACME", "phone", "question", "n1_rapida", "open", "2H")
    assert oc["opened_at"] == "2026-11-24T09:00:00-03:00"
    assert oc["due_at"] == "2026-11-24T11:00:00-03:00"
    plain = pit(*NEW, "--at", "2026-11-24T09:05-03:00", "--complementary-of", "1")
    assert (plain.code, plain.out) == (0, "2\n")

    shown = pit("oc", "show", "1", "--json", "--at", "2026-11-24T10:30")
    assert shown.code == 0
    oc = shown.json()
    assert set(oc) >= OC_KEYS
    assert (oc["sla_state"], oc["remaining_minutes"]) == ("warning", 30)
    assert (oc["assignee"], oc["complementary_of"], oc["closed_at"], oc["faq"], oc["pending_escalation"]) == (
        None, None, None, None, None)
    assert [set(h) for h in oc["history"]] == [HISTORY_KEYS, HISTORY_KEYS]
    assert [(h["by"], h["action"]) for h in oc["history"]] == [("ana", "registered"), ("ana", "complemented")]
    for value in (oc["opened_at"], oc["due_at"], *(h["at"] for h in oc["history"])):
        is_local_iso(value)
    second = pit("oc", "show", "2", "--json").json()
    assert (second["complementary_of"], second["status"], second["faq"]) == (1, "closed", "7347")
    is_local_iso(second["closed_at"])

    listed = pit("oc", "list", "--json", "--at", "2026-11-24T10:30")
    assert listed.code == 0
    rows = listed.json()
    assert [r["number"] for r in rows] == [1, 2]
    assert all(set(r) >= OC_KEYS - {"history"} for r in rows)
    assert [r["number"] for r in pit("oc", "list", "--json", "--status", "open", "--tab", "n1_rapida").json()] == [1]
    table = pit("oc", "show", "1", "--at", "2026-11-24T10:30")
    assert table.code == 0 and "OC 1" in table.out and "histórico" in table.out


def test_oc_forward_offer_accept_refuse_close(pit) -> None:  # type: ignore[no-untyped-def]
    for minute in ("00", "01"):
        assert pit(*NEW, "--at", f"2026-11-24T09:{minute}").code == 0
    forward = pit("oc", "forward", "2", "--tab", "n1_blip_matriz", "--note", "é Blip", "--as", "ana",
                  "--at", "2026-11-24T09:02", "--json")
    assert forward.code == 0 and forward.json()["tab"] == "n1_blip_matriz"

    offer = pit("oc", "offer", "1", "--to", "caio", "--as", "ana", "--at", "2026-11-24T11:50")
    assert offer.code == 0 and "caio" in offer.out
    assert offer.err.startswith("aviso: R4:") and "almoço" in offer.err  # lunch within 15 min: a warning
    accept = pit("oc", "accept", "1", "--as", "caio", "--at", "2026-11-24T11:51", "--json")
    assert accept.code == 0
    assert (accept.json()["assignee"], accept.json()["status"]) == ("caio", "in_progress")

    assert pit("oc", "offer", "2", "--to", "caio", "--as", "sara", "--at", "2026-11-24T09:03").code == 3  # R4
    # the Blip Matriz tab has no technician in the desk: APOIO forwards it back to Rápida and offers it
    assert pit("apoio", "send", "2", "--as", "bia", "--reason", "ninguém na aba", "--at",
               "2026-11-24T09:04").code == 0
    assert pit("apoio", "forward", "2", "--tab", "n1_rapida", "--to", "duda", "--as", "zenaide", "--at",
               "2026-11-24T09:05").code == 0
    refuse = pit("oc", "refuse", "2", "--as", "duda", "--reason", "em atendimento", "--at", "2026-11-24T09:06")
    assert refuse.code == 0 and "recusada" in refuse.out
    offered = pit("oc", "offer", "2", "--to", "caio", "--as", "ana", "--at", "2026-11-24T09:07")
    assert offered.code == 0 and offered.err == ""
    everyone = pit("oc", "refuse", "2", "--as", "caio", "--reason", "também ocupado", "--at", "2026-11-24T09:08")
    assert everyone.code == 0 and "R5" in everyone.out

    close = pit("oc", "close", "1", "--faq", "7001", "--note", "resolvido", "--as", "caio", "--at",
                "2026-11-24T12:30", "--json")
    assert close.code == 0
    closed = close.json()
    assert (closed["status"], closed["faq"]) == ("closed", "7001")
    assert closed["closed_at"] == "2026-11-24T12:30:00-03:00"
    history = pit("oc", "show", "1", "--json").json()["history"]
    assert [h["action"] for h in history] == ["registered", "offered", "accepted", "closed"]


def test_escalation_list_approve_reject(pit) -> None:  # type: ignore[no-untyped-def]
    for minute in ("00", "01"):
        assert pit(*NEW, "--at", f"2026-11-24T09:{minute}").code == 0
    esc = pit("oc", "escalate", "1", "--to", "especialistas", "--reason", "long_in_line", "--note", "acesso remoto",
              "--as", "ana", "--at", "2026-11-24T09:10", "--json")
    assert esc.code == 0
    first = esc.json()
    assert set(first) >= ESCALATION_KEYS
    assert (first["number"], first["target"], first["reason"], first["requested_by"], first["status"]) == (
        1, "especialistas", "long_in_line", "ana", "pending")
    assert first["requested_at"] == "2026-11-24T09:10:00-03:00"
    second = pit("oc", "escalate", "2", "--to", "n2", "--reason", "not_solvable_n1", "--as", "ana", "--at",
                 "2026-11-24T09:11", "--json").json()
    pending = pit("oc", "show", "1", "--json").json()["pending_escalation"]
    assert set(pending) >= ESCALATION_KEYS and pending["id"] == first["id"]

    listed = pit("escalation", "list", "--json", "--pending")
    assert listed.code == 0
    assert all(set(e) >= ESCALATION_KEYS for e in listed.json())
    assert [e["id"] for e in listed.json()] == [first["id"], second["id"]]

    approve = pit("escalation", "approve", str(first["id"]), "--as", "gil", "--note", "ok", "--at",
                  "2026-11-24T09:20")
    assert approve.code == 0 and "Especialistas" in approve.out
    assert pit("oc", "show", "1", "--json").json()["tab"] == "especialistas"
    reject = pit("escalation", "reject", str(second["id"]), "--as", "hugo", "--reason", "resolva no N1", "--at",
                 "2026-11-24T09:21")
    assert reject.code == 0
    oc2 = pit("oc", "show", "2", "--json").json()
    assert (oc2["tab"], oc2["status"], oc2["pending_escalation"]) == ("n1_rapida", "open", None)
    assert "resolva no N1" in oc2["history"][-1]["detail"]
    statuses = {e["id"]: e["status"] for e in pit("escalation", "list", "--json").json()}
    assert statuses == {first["id"]: "approved", second["id"]: "rejected"}
    assert pit("escalation", "list", "--json", "--pending").json() == []
    assert "Especialistas" in pit("escalation", "list").out


def test_human_output_prints_the_desks_words_and_json_keeps_the_codes(pit) -> None:  # type: ignore[no-untyped-def]
    """One vocabulary (domain/vocabulary.py): the tables say what the windows say; ``--json`` keeps the codes."""
    for minute in ("00", "01"):
        assert pit(*NEW, "--sla", "2H", "--at", f"2026-11-24T09:{minute}").code == 0
    # OC 1 waits for a manager; OC 2 is offered to caio, who does not answer for 15 minutes (R5: no answer)
    assert pit("oc", "escalate", "1", "--to", "n2", "--reason", "not_solvable_n1", "--as", "ana", "--at",
               "2026-11-24T09:05").code == 0
    assert pit("oc", "offer", "2", "--to", "caio", "--as", "ana", "--at", "2026-11-24T09:05").code == 0
    assert pit("apoio", "send", "2", "--as", "ana", "--reason", "sem resposta", "--at", "2026-11-24T09:20").code == 0

    listed = pit("oc", "list", "--at", "2026-11-24T10:30").out
    assert "aguardando gestor" in listed and "perto de vencer" in listed and "30min" in listed
    assert not {"awaiting_approval", "warning", "open"} & set(listed.split())
    assert [r["status"] for r in pit("oc", "list", "--json", "--at", "2026-11-24T10:30").json()] == [
        "awaiting_approval", "open"]
    shown = pit("oc", "show", "1", "--at", "2026-11-24T10:30").out
    for words in ("status aguardando gestor", "canal telefone", "tipo dúvida", "SLA 2H (2 Horas)",
                  "perto de vencer · restam 30 min", "→ N2 (não solucionável no N1)", "registrada",
                  "escalonamento pedido"):
        assert words in shown, (words, shown)
    assert "ninguém respondeu" in pit("apoio", "list").out
    assert [i["reason"] for i in pit("apoio", "list", "--json").json()] == ["no_answer"]
    escalation_rows = pit("escalation", "list").out
    assert "não solucionável no N1" in escalation_rows and "pendente" in escalation_rows
    assert "not_solvable_n1" not in escalation_rows
    staff = pit("staff", "list").out
    assert "técnico" in staff and "technician" not in staff
    classes = pit("sla", "classes").out
    assert "2 Horas" in classes and "horas úteis" in classes and "horas corridas" in classes
    assert "business" not in classes


def test_apoio_list_claim_send_forward_to_n2(pit) -> None:  # type: ignore[no-untyped-def]
    for minute in ("00", "01"):
        assert pit(*NEW, "--at", f"2026-11-24T09:{minute}").code == 0
    sent = pit("apoio", "send", "2", "--as", "ana", "--reason", "ninguém atende", "--at", "2026-11-24T09:05",
               "--json")
    assert sent.code == 0 and sent.json()["tab"] == "apoio_n1"
    esc = pit("oc", "escalate", "1", "--to", "n2", "--reason", "not_solvable_n1", "--as", "ana", "--at",
              "2026-11-24T09:06", "--json").json()
    approve = pit("escalation", "approve", str(esc["id"]), "--as", "gil", "--at", "2026-11-24T09:10")
    assert approve.code == 0 and "APOIO" in approve.out

    items = pit("apoio", "list", "--json")
    assert items.code == 0
    rows = items.json()
    assert all(set(i) >= APOIO_KEYS for i in rows)
    assert [(i["number"], i["reason"], i["claimed_by"]) for i in rows] == [
        (2, "sent_by_attendant", None), (1, "n2_approved", None)]
    assert rows[0]["since"] == "2026-11-24T09:05:00-03:00"

    claim = pit("apoio", "claim", "--as", "zenaide", "--at", "2026-11-24T09:12", "--json")  # the oldest: OC 2
    assert claim.code == 0
    assert (claim.json()["number"], claim.json()["claimed_by"]) == (2, "zenaide")
    named = pit("apoio", "claim", "1", "--as", "fernanda", "--at", "2026-11-24T09:13")
    assert named.code == 0 and "fernanda" in named.out
    forward = pit("apoio", "forward", "1", "--tab", "n2", "--to", "nino", "--as", "fernanda", "--at",
                  "2026-11-24T09:14")
    assert forward.code == 0 and "n2" in forward.out and "nino" in forward.out
    oc1 = pit("oc", "show", "1", "--json").json()
    assert (oc1["tab"], oc1["status"]) == ("n2", "offered")
    assert [i["number"] for i in pit("apoio", "list", "--json").json()] == [2]
    assert "zenaide" in pit("apoio", "list").out


def test_booking_an_appointment(pit) -> None:  # type: ignore[no-untyped-def]
    booked = pit(*NEW, "--slot", "2026-11-24T10:00", "--technician", "caio", "--at", T9, "--json")
    assert booked.code == 0, booked.err
    assert booked.json()["assignee"] == "caio"
    early = "2026-11-24T07:00"
    starts = [s["start"] for s in pit("slots", "--date", "2026-11-24", "--technician", "caio", "--at", early,
                                      "--json").json()]
    assert "2026-11-24T10:00:00-03:00" not in starts and len(starts) == 7
    twice = pit(*NEW, "--slot", "2026-11-24T10:00-03:00", "--technician", "caio", "--at", T9)
    assert twice.code == 5
    assert twice.err_line.startswith("R10: ") and "ana" in twice.err_line
    lunch = pit(*NEW, "--slot", "2026-11-24T12:00", "--technician", "caio", "--at", T9)
    assert lunch.code == 3 and lunch.err_line.startswith("R10: ")
    assert pit(*NEW, "--at", T9).out == "2\n"  # the refusals used no number


# The bad-input contract


def prepare_board(db: Database) -> None:
    """OC 1 offered to caio · 2 closed · 3 bia's (Blip Matriz) · 4 in APOIO claimed by zenaide · 5 awaiting
    escalation 1 (asked by gil) · 6 in Especialistas (escalation 2 approved by hugo) · 7 with caio ·
    8 booked on caio's 10:00."""
    d = Desk(db)
    for minute in range(7):
        d.call(at(9, minute), actor="bia" if minute == 2 else "ana", channel="blip" if minute == 2 else "phone")
    d.offer(1, "caio", at(9, 10))
    occurrences.close(db, 2, actor="ana", faq="7001", at=at(9, 10))
    apoio.send(db, 4, actor="ana", reason="ninguém", at=at(9, 10))
    apoio.claim(db, 4, actor="zenaide", at=at(9, 11))
    escalations.escalate(db, 5, actor="gil", target="especialistas", reason="long_in_line", at=at(9, 12))
    escalations.escalate(db, 6, actor="ana", target="especialistas", reason="not_solvable_n1", at=at(9, 12))
    escalations.approve(db, 2, actor="hugo", at=at(9, 13))
    d.offer(7, "caio", at(9, 14))
    offers.accept(db, 7, actor="caio", at=at(9, 15))
    d.call(at(9, 16), slot=at(10, 0), technician="caio")


def _new(*extra: str) -> list[str]:
    return [*NEW, "--at", T9, *extra]


# (name, argv, exit code, the message starts with, the message contains)
BAD: list[tuple[str, list[str], int, str | None, str | None]] = [
    ("unknown client", ["oc", "new", "--as", "ana", "--client", "NOPE", "--channel", "phone", "--summary", "x"],
     4, None, "NOPE"),
    ("unknown person", ["oc", "new", "--as", "nobody", "--client", "ACME", "--channel", "phone", "--summary", "x"],
     4, None, "nobody"),
    ("unknown tab on forward", ["oc", "forward", "1", "--tab", "n9", "--as", "sara"], 4, None, "n9"),
    ("unknown tab on new", _new("--tab", "n9"), 4, None, "n9"),
    ("unknown tab on slots", ["slots", "--date", "2026-11-24", "--tab", "n9"], 4, None, "n9"),
    ("unknown tab on list", ["oc", "list", "--tab", "n9"], 4, None, "n9"),
    ("unknown tab on staff add", ["staff", "add", "iris", "--name", "Iris", "--role", "technician", "--tab", "n9"],
     4, None, "n9"),
    ("unknown client on list", ["oc", "list", "--client", "NOPE"], 4, None, "NOPE"),
    ("unknown technician", ["oc", "offer", "1", "--to", "nobody", "--as", "ana"], 4, None, "nobody"),
    ("unknown technician on slots", ["slots", "--date", "2026-11-24", "--technician", "nobody"], 4, None, "nobody"),
    ("unknown person in roster", ["roster", "set", "nobody", "--date", "2026-11-24", "--start", "08:00", "--end",
                                  "17:00"], 4, None, "nobody"),
    ("unknown person in presence", ["presence", "nobody", "login"], 4, None, "nobody"),
    ("unknown OC show", ["oc", "show", "99"], 4, None, "99"),
    ("unknown OC forward", ["oc", "forward", "99", "--tab", "n1_filiais", "--as", "ana"], 4, None, "99"),
    ("unknown OC close", ["oc", "close", "99", "--faq", "7001", "--as", "ana"], 4, None, "99"),
    ("unknown OC claim", ["apoio", "claim", "99", "--as", "zenaide"], 4, None, "99"),
    ("unknown escalation approve", ["escalation", "approve", "99", "--as", "gil"], 4, None, "99"),
    ("unknown escalation reject", ["escalation", "reject", "99", "--as", "gil", "--reason", "x"], 4, None, "99"),
    ("empty summary", [*NEW[:-1], "   "], 2, None, None),
    ("malformed --at on new", _new("--at", "ontem"), 2, None, "ontem"),
    ("malformed --at on show", ["oc", "show", "1", "--at", "2026-13-45T25:00"], 2, None, None),
    ("malformed --at on presence", ["presence", "caio", "logout", "--at", "24/11/2026 10:00"], 2, None, None),
    ("malformed --date", ["slots", "--date", "24/11/2026"], 2, None, None),
    ("malformed --lunch", ["roster", "set", "caio", "--date", "2026-11-24", "--start", "08:00", "--end", "17:00",
                           "--lunch", "12h-13h"], 2, None, None),
    ("unknown SLA class", _new("--sla", "3H"), 2, None, "3H"),
    ("unknown channel", [*NEW[:7], "fax", *NEW[8:]], 2, None, "fax"),
    ("unknown kind", _new("--kind", "complaint"), 2, None, None),
    ("unknown status", ["oc", "list", "--status", "pending"], 2, None, "pending"),
    ("unknown role", ["staff", "add", "iris", "--name", "Iris", "--role", "boss"], 2, None, "boss"),
    ("unknown presence event", ["presence", "caio", "coffee"], 2, None, "coffee"),
    ("shift ending before it starts", ["roster", "set", "caio", "--date", "2026-11-26", "--start", "17:00", "--end",
                                      "08:00"], 2, None, None),
    ("lunch outside the shift", ["roster", "set", "caio", "--date", "2026-11-26", "--start", "08:00", "--end",
                                 "12:00", "--lunch", "12:00-13:00"], 2, None, None),
    ("malformed --slot", _new("--slot", "amanhã cedo", "--technician", "caio"), 2, None, None),
    ("slot without technician", _new("--slot", "2026-11-24T14:00"), 2, None, None),
    ("OC number zero", ["oc", "show", "0"], 2, None, None),
    ("bad OC number", ["oc", "show", "abc"], 2, None, "abc"),
    ("missing --as", ["oc", "close", "1", "--faq", "7001"], 2, None, "--as"),
    ("refusal without --reason", ["oc", "refuse", "1", "--as", "caio"], 2, None, "--reason"),
    ("refusal with an empty reason", ["oc", "refuse", "1", "--as", "caio", "--reason", ""], 2, None, None),
    ("rejection with an empty reason", ["escalation", "reject", "1", "--as", "hugo", "--reason", " "], 2, None, None),
    ("send without reason", ["apoio", "send", "1", "--as", "ana", "--reason", ""], 2, None, None),
    ("escalation with an unknown reason", ["oc", "escalate", "1", "--to", "n2", "--reason", "pressa", "--as", "ana"],
     2, None, None),
    ("bad FAQ code", ["oc", "close", "1", "--faq", "abc", "--as", "sara"], 2, None, None),
    ("closed OC forward", ["oc", "forward", "2", "--tab", "n1_filiais", "--as", "sara"], 3, "R11", None),
    ("closed OC offer", ["oc", "offer", "2", "--to", "duda", "--as", "ana"], 3, "R11", None),
    ("closed OC close", ["oc", "close", "2", "--faq", "7002", "--as", "sara"], 3, "R11", None),
    ("closed OC escalate", ["oc", "escalate", "2", "--to", "n2", "--reason", "long_in_line", "--as", "ana"],
     3, "R11", None),
    ("closed OC send", ["apoio", "send", "2", "--as", "ana", "--reason", "x"], 3, "R11", None),
    ("R2 complementary of a closed OC", _new("--complementary-of", "2"), 3, "R2", None),
    ("R2 complementary of another client", _new("--complementary-of", "1", "--client", "BETA"), 3, "R2", None),
    ("R3 blip-only tab", ["oc", "forward", "1", "--tab", "n1_blip_filiais", "--as", "sara"], 3, "R3", None),
    ("R3 installation", _new("--kind", "installation", "--tab", "n1_blip_matriz"), 3, "R3", None),
    ("R4 not of the tab", ["oc", "offer", "1", "--to", "edu", "--as", "ana"], 3, "R4", None),
    ("R4 not logged in", ["oc", "offer", "1", "--to", "ana", "--as", "sara"], 3, "R4", None),
    ("R5 already in APOIO", ["apoio", "send", "4", "--as", "ana", "--reason", "x"], 3, "R5", None),
    ("R6 plain forward", ["oc", "forward", "1", "--tab", "especialistas", "--as", "gil"], 3, "R6", None),
    ("R6 awaiting approval", ["oc", "forward", "5", "--tab", "n1_filiais", "--as", "gil"], 3, "R6", None),
    ("R7 plain forward", ["oc", "forward", "1", "--tab", "n2", "--as", "gil"], 3, "R7", None),
    ("R7 APOIO without approval", ["apoio", "forward", "4", "--tab", "n2", "--as", "zenaide"], 3, "R7", None),
    ("R8 own request", ["escalation", "approve", "1", "--as", "gil"], 3, "R8", None),
    ("R10 lunch slot", _new("--slot", "2026-11-24T12:00", "--technician", "caio"), 3, "R10", None),
    ("R11 empty FAQ", ["oc", "close", "1", "--faq", "", "--as", "sara"], 3, "R11", None),
    ("conflict: claimed", ["apoio", "claim", "4", "--as", "fernanda"], 5, "R9", "zenaide"),
    ("conflict: accepted", ["oc", "accept", "7", "--as", "duda"], 5, "R9", "caio"),
    ("conflict: offered while assigned", ["oc", "offer", "7", "--to", "duda", "--as", "caio"], 5, "R9", "caio"),
    ("conflict: decided", ["escalation", "approve", "2", "--as", "gil"], 5, None, "hugo"),
    ("conflict: slot booked", _new("--slot", "2026-11-24T10:00", "--technician", "caio"), 5, "R10", "ana"),
    ("conflict: login taken", ["staff", "add", "caio", "--name", "Outro Caio", "--role", "technician"], 5, None,
     "caio"),
    ("conflict: client taken", ["client", "add", "ACME", "--name", "Outra Acme"], 5, None, "ACME"),
    ("not permitted: other sector into Rápida", ["oc", "forward", "3", "--tab", "n1_rapida", "--as", "bia"], 6,
     None, "R3"),
    ("not permitted: decide", ["escalation", "approve", "1", "--as", "sara"], 6, None, None),
    ("not permitted: claim", ["apoio", "claim", "--as", "ana"], 6, None, None),
    ("not permitted: APOIO forward", ["apoio", "forward", "4", "--tab", "n1_rapida", "--as", "gil"], 6, None, None),
    ("not permitted: accept someone else's offer", ["oc", "accept", "1", "--as", "duda"], 6, None, None),
    ("not permitted: close someone else's OC", ["oc", "close", "7", "--faq", "7001", "--as", "duda"], 6, None,
     None),
    # issue 8: an owned OC is forwarded, sent to APOIO or re-offered only by its owner or management
    ("not permitted: re-offer someone else's OC", ["oc", "offer", "7", "--to", "duda", "--as", "ana"], 6, None,
     "Caio Técnico (caio)"),
    ("not permitted: forward someone else's OC", ["oc", "forward", "7", "--tab", "n1_filiais", "--as", "ana"], 6,
     None, "Caio Técnico (caio)"),
    ("not permitted: forward someone else's OC to APOIO", ["oc", "forward", "7", "--tab", "apoio_n1", "--as", "bia"],
     6, None, "Caio Técnico (caio)"),
    ("not permitted: send someone else's OC to APOIO", ["apoio", "send", "7", "--as", "ana", "--reason", "x"], 6,
     None, "Caio Técnico (caio)"),
    ("not permitted: forward someone else's booked OC", ["oc", "forward", "8", "--tab", "n1_filiais", "--as", "ana"],
     6, None, "Caio Técnico (caio)"),
]


# Issue 8: what PostgreSQL refuses (value too long, NUL, integer out of range) and Python's date range ends are
# refused alike on both databases, with exit 2 naming the text and its limit, or 4 for a number nothing can have.
_BIG = str(2**63)  # one past BigInteger: no OC has this number
_BIG_ID = str(2**31)  # one past Integer: no escalation has this id on PostgreSQL
LIMITS_BAD: list[tuple[str, list[str], int, str | None]] = [
    ("year 9999 in --at on new", [*NEW, "--at", "9999-12-31T23:00"], 2, "9999"),
    ("year 9999 in --at on list", ["oc", "list", "--at", "9999-12-31T23:59"], 2, "9999"),
    ("year 9999 in --at on show", ["oc", "show", "1", "--at", "9999-12-31T23:59"], 2, "9999"),
    ("year 0001 in --at with an offset", ["presence", "caio", "logout", "--at", "0001-01-01T00:00+05:00"], 2,
     "0001"),
    ("year 9999 in --date on slots", ["slots", "--date", "9999-12-31"], 2, "9999"),
    ("year 0001 in --date on slots", ["slots", "--date", "0001-01-01"], 2, "0001"),
    ("year 9999 in --date on roster", ["roster", "set", "caio", "--date", "9999-12-31", "--start", "08:00", "--end",
                                       "17:00"], 2, "9999"),
    ("year 0001 in --date on demo", ["demo", "--date", "0001-01-01"], 2, "0001"),
    ("year 9999 in --slot", _new("--slot", "9999-12-31T10:00", "--technician", "caio"), 2, "9999"),
    ("OC 2^63 show", ["oc", "show", _BIG], 4, _BIG),
    ("OC 2^63 close", ["oc", "close", _BIG, "--faq", "7001", "--as", "sara"], 4, _BIG),
    ("OC 2^63 forward", ["oc", "forward", _BIG, "--tab", "n1_filiais", "--as", "sara"], 4, _BIG),
    ("OC 2^63 claim", ["apoio", "claim", _BIG, "--as", "zenaide"], 4, _BIG),
    ("OC 2^63 complementary", _new("--complementary-of", _BIG), 4, _BIG),
    ("escalation 2^31 approve", ["escalation", "approve", _BIG_ID, "--as", "hugo"], 4, _BIG_ID),
    ("escalation 2^31 reject", ["escalation", "reject", _BIG_ID, "--as", "hugo", "--reason", "x"], 4, _BIG_ID),
    ("login too long", ["staff", "add", "a" * 65, "--name", "Iris", "--role", "technician"], 2, "64"),
    ("login with an escape", ["staff", "add", "iris\x1b[2J", "--name", "Iris", "--role", "technician"], 2,
     "\\x1b"),
    ("login with capitals", ["staff", "add", "Iris", "--name", "Iris", "--role", "technician"], 2, "Iris"),
    ("login with accents", ["staff", "add", "joão", "--name", "João", "--role", "technician"], 2, "joão"),
    ("login of one letter", ["staff", "add", "i", "--name", "Iris", "--role", "technician"], 2, None),
    ("staff name too long", ["staff", "add", "iris", "--name", "I" * 121, "--role", "technician"], 2, "120"),
    ("staff name with NUL", ["staff", "add", "iris", "--name", "Ir\x00is", "--role", "technician"], 2, "NUL"),
    ("client code too long", ["client", "add", "C" * 33, "--name", "Cliente"], 2, "32"),
    ("client name too long", ["client", "add", "NOVO", "--name", "C" * 201], 2, "200"),
    ("client phone too long", ["client", "add", "NOVO", "--name", "Novo", "--phone", "9" * 41], 2, "40"),
    ("FAQ too long", ["oc", "close", "1", "--faq", "1" * 17, "--as", "sara"], 2, "16"),
    ("request id too long", _new("--request-id", "r" * 65), 2, "64"),
    ("summary with NUL", [*NEW[:-1], "Sistema\x00não abre", "--at", T9], 2, "NUL"),
    ("client code with NUL on new", [*NEW[:5], "AC\x00ME", *NEW[6:], "--at", T9], 2, "NUL"),
    ("acting login with NUL", ["oc", "close", "1", "--faq", "7001", "--as", "sa\x00ra"], 4, None),
    ("close note too long", ["oc", "close", "1", "--faq", "7001", "--note", "n" * 2001, "--as", "sara"], 2, "2000"),
    ("forward note too long", ["oc", "forward", "1", "--tab", "n1_filiais", "--note", "n" * 2001, "--as", "sara"],
     2, "2000"),
    ("escalation note too long", ["oc", "escalate", "1", "--to", "n2", "--reason", "long_in_line", "--note",
                                  "n" * 2001, "--as", "ana"], 2, "2000"),
    ("approval note too long", ["escalation", "approve", "1", "--note", "n" * 2001, "--as", "hugo"], 2, "2000"),
    ("rejection reason too long", ["escalation", "reject", "1", "--reason", "n" * 2001, "--as", "hugo"], 2, "2000"),
    ("refusal reason too long", ["oc", "refuse", "1", "--reason", "n" * 2001, "--as", "caio"], 2, "2000"),
    ("APOIO reason too long", ["apoio", "send", "1", "--reason", "n" * 2001, "--as", "ana"], 2, "2000"),
    ("APOIO reason with NUL", ["apoio", "send", "1", "--reason", "ning\x00uém", "--as", "ana"], 2, "NUL"),
]


def test_limits_contract(pit, desk: Desk, subtests: pytest.Subtests) -> None:  # type: ignore[no-untyped-def]
    """Every value PostgreSQL would refuse (or Python overflow on) is refused first: exit 2 or 4, one line."""
    prepare_board(desk.db)
    before = desk.snapshot(range(1, 9))
    for name, argv, code, contains in LIMITS_BAD:
        with subtests.test(name):
            revision = desk.revision()
            result = pit(*argv)
            assert result.code == code, (result.code, result.err)
            line = result.err_line
            if contains is not None:
                assert contains in line, line
            assert desk.revision() == revision
    assert desk.snapshot(range(1, 9)) == before
    assert pit("oc", "show", "1").code == 0


def test_the_limits_end_where_the_dates_still_work(pit, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """The last accepted year is a year the SLA arithmetic and both databases can hold."""
    prepare_board(desk.db)
    assert pit("oc", "list", "--at", "2999-12-31T23:59").code == 0
    assert pit("slots", "--date", "2999-12-31").code == 0
    # a login at the limit (64); on the office server its role name must also fit PostgreSQL's 63 with the prefix
    longest = 64 if desk.db.is_sqlite else 63 - len(roles.roles_prefix(desk.db) or "")
    assert pit("staff", "add", "a" * longest, "--name", "I" * 120, "--role", "technician").code == 0
    assert pit("client", "add", "C" * 32, "--name", "C" * 200, "--phone", "9" * 40).code == 0


def test_control_characters_print_neutralised(pit, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """A summary's escapes never reach the terminal raw in `oc list` / `oc show`; --json keeps it exact."""
    summary = "Sistema\x1b[2J\x1b]0;pwned\x07 não abre\nsegunda linha\u202e"
    made = pit(*NEW[:-1], summary, "--at", T9)
    assert made.code == 0, made.err
    number = made.out.strip()
    for argv in (["oc", "list"], ["oc", "show", number]):
        out = pit(*argv).out
        assert not any(c in out for c in "\x1b\x07\u202e"), out
        assert "\\x1b[2J" in out
    shown = pit("oc", "show", number).out
    assert "não abre segunda linha" in shown  # a summary is one line: the newline shows as a space
    assert pit("oc", "show", number, "--json").json()["summary"] == summary


def test_a_bad_port_in_the_url_is_a_bad_value(capsys: pytest.CaptureFixture[str]) -> None:
    for url in ("postgresql://postgres@127.0.0.1:abc/x", "postgresql://postgres@127.0.0.1:99999/x"):
        assert main(["--db", url, "oc", "list"]) == 2
        out, err = capsys.readouterr()
        assert out == "" and len(err.splitlines()) == 1 and "Traceback" not in err and url in err


def test_unsupported_or_malformed_database_url(capsys: pytest.CaptureFixture[str]) -> None:
    for url in ("mysql://root@localhost/pitstop", "::not a url::"):
        assert main(["--db", url, "oc", "list"]) == 2
        out, err = capsys.readouterr()
        assert out == "" and len(err.splitlines()) == 1 and "Traceback" not in err


def test_bad_input_contract(pit, desk: Desk, subtests: pytest.Subtests) -> None:  # type: ignore[no-untyped-def]
    prepare_board(desk.db)
    before = desk.snapshot(range(1, 9))
    for name, argv, code, rule, contains in BAD:
        with subtests.test(name):
            revision = desk.revision()
            result = pit(*argv)
            assert result.code == code, (result.code, result.err)
            line = result.err_line
            if rule is not None:
                assert line.startswith(f"{rule}: "), line
            if contains is not None:
                assert contains in line, line
            assert desk.revision() == revision
    assert desk.snapshot(range(1, 9)) == before
    assert pit("oc", "show", "1").code == 0  # and the board still works


# The real console script


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PITSTOP_DEBUG", "PITSTOP_DATABASE_URL")}
    script = Path(sys.executable).with_name("pitstop")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pitstop_desktop.cli"]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env, timeout=60, check=False)


def _one_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert proc.stdout == ""
    return proc.stderr


def test_subprocess_refusals_print_one_line(db_url: str) -> None:
    unknown = _run("--db", db_url, "oc", "show", "42")
    assert unknown.returncode == 4 and "42" in _one_line(unknown)
    usage = subprocess.run(
        [sys.executable, "-m", "pitstop_desktop.cli", "--db", db_url, *NEW[:7], "fax", *NEW[8:]],
        capture_output=True, text=True, timeout=60, check=False)
    assert usage.returncode == 2 and "fax" in _one_line(usage)
    assert pitstop_desktop.changes_since(db_url, 0).changes  # the desk is there, untouched by the refusals


def test_subprocess_unreachable_database_is_one_line() -> None:
    proc = _run("--db", "postgresql://postgres@127.0.0.1:1/pitstop", "oc", "list")
    assert proc.returncode == 1
    assert "127.0.0.1" in _one_line(proc)


def test_help_imports_neither_the_database_layer_nor_qt() -> None:
    """`pitstop --help` answers before SQLAlchemy, the services or Qt are imported (its time is in
    benchmarks/bench_cli_start.py)."""
    probe = (
        "import sys\n"
        "from pitstop_desktop.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6', 'alembic', 'psycopg'))\n"
        "print('HEAVY:' + ','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "usage: pitstop" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "HEAVY:", done.stdout.strip().splitlines()[-1]


def test_oc_list_streams_in_batches_with_limit_and_since(pit, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """`oc list` reads a batch at a time (here 2) and prints as it goes: the same rows, any number of them."""
    for minute in range(5):
        assert pit(*NEW[:-1], f"chamada {minute}", "--at", f"2026-11-24T09:0{minute}").code == 0
    reads: list[int] = []
    real = occurrences.iter_occurrences

    def small_batches(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        for record in real(*args, **{**kwargs, "batch": 2}):  # type: ignore[arg-type]
            reads.append(record.number)
            yield record

    monkeypatch.setattr(occurrences, "iter_occurrences", small_batches)
    everything = pit("oc", "list", "--json").json()
    assert [o["number"] for o in everything] == [1, 2, 3, 4, 5] and reads == [1, 2, 3, 4, 5]
    assert [o["number"] for o in pit("oc", "list", "--json", "--limit", "3").json()] == [1, 2, 3]
    assert [o["number"] for o in pit("oc", "list", "--json", "--since", "2026-11-24T09:03").json()] == [4, 5]
    assert pit("oc", "list", "--json", "--limit", "0").json() == []
    table = pit("oc", "list", "--limit", "2").out.splitlines()
    assert table[0].startswith("OC") and len(table) == 4 and "chamada 1" in table[3]
    assert pit("oc", "list", "--limit", "-1").code == 2
