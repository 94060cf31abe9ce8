"""The consulting team's commands (cli/consulting.py) on the consulting desk (tests/services/consulting_helpers.py),
SQLite and PostgreSQL: what each prints, ``--json``, and the core's exit codes (2 usage or value, 3 a rule,
4 not found, 5 conflict, 6 not permitted)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pitstop_desktop import cli
from tests.services.consulting_helpers import MAILBOX, consulting_db_url  # noqa: F401  (fixture)

DAY = "2026-11-24"


class Pitstop:
    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url, self.capsys = url, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        try:
            code = cli.main(["--db", self.url, *args])
        except SystemExit as exc:  # argparse's own refusals: exit 2, as every bad value
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> Any:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def pitstop(db_url: str, capsys: pytest.CaptureFixture[str]) -> Pitstop:
    return Pitstop(db_url, capsys)


def test_a_contact_started_stopped_and_listed(pitstop: Pitstop) -> None:
    code, out, err = pitstop("contact", "start", "--as", "caio", "--at", f"{DAY}T09:00", "--client", "CONS",
                             "--person", "João", "--subject", "Dúvida")
    assert code == 0, err
    contact_id = int(out)
    code, out, err = pitstop("contact", "start", "--as", "caio", "--at", f"{DAY}T09:05", "--client", "PROV")
    assert code == 3 and out == ""
    assert err.startswith(f"Caio Técnico já tem o contato {contact_id} (CONS)")
    stopped = pitstop.json("contact", "stop", str(contact_id), "--as", "caio", "--at", f"{DAY}T09:20")
    assert (stopped["status"], stopped["started_at"], stopped["ended_at"], stopped["contact_person"]) == (
        "done", f"{DAY}T09:00:00-03:00", f"{DAY}T09:20:00-03:00", "João")
    listed = pitstop.json("contact", "list", "--week", "2026-W48", "--consultant", "caio")
    assert [c["id"] for c in listed] == [contact_id]
    code, out, _ = pitstop("contact", "list", "--week", "2026-W48")
    assert "telefone" in out and "realizado" in out and "acionado" in out
    assert pitstop.json("contact", "list", "--week", "2026-W49") == []


def test_the_ura_refusal_and_other_exit_codes(pitstop: Pitstop) -> None:
    code, out, err = pitstop("contact", "start", "--as", "caio", "--client", "ACME", "--at", f"{DAY}T09:00")
    assert (code, out) == (3, "")
    assert "não é cliente da consultoria: transfira para a URA" in err
    assert pitstop("contact", "stop", "999", "--as", "caio")[0] == 4
    assert pitstop("contact", "start", "--as", "caio")[0] == 2  # neither a scheduled id nor --client
    assert pitstop("contact", "list", "--week", "2026-48")[0] == 2
    assert pitstop("contact", "start", "--as", "nobody", "--client", "CONS")[0] == 4
    route = pitstop.json("contact", "route", "ACME", "--at", f"{DAY}T09:00")
    assert route["action"] == "ura"
    code, out, _ = pitstop("contact", "route", "CONS", "--at", f"{DAY}T09:00")
    assert (code, out.strip()) == (0, "CONS Consultoria Ltda: atenda")


def test_a_meeting_with_a_room_and_the_double_booking(pitstop: Pitstop) -> None:
    meeting = pitstop.json("contact", "schedule", "--as", "caio", "--at", f"{DAY}T08:00", "--client", "CONS",
                           "--start", f"{DAY}T14:00", "--end", f"{DAY}T15:00", "--room", "sala1",
                           "--agenda", "cronograma", "--subject", "Implantação")
    assert (meeting["channel"], meeting["status"], meeting["scheduled"]) == ("meeting", "scheduled", True)
    code, out, err = pitstop("room", "book", "sala1", "--as", "duda", "--at", f"{DAY}T08:00", "--start",
                             f"{DAY}T14:30", "--end", f"{DAY}T15:30", "--title", "Treino")
    assert (code, out) == (5, "")
    assert "Caio Técnico (caio) de 24/11 14:00 a 15:00 (Implantação)" in err
    bookings = pitstop.json("room", "list", "--week", "2026-W48")
    assert [(b["room"], b["agenda"], b["contact_id"]) for b in bookings] == [("sala1", "cronograma", meeting["id"])]
    done = pitstop.json("contact", "done", str(meeting["id"]), "--as", "caio", "--at", f"{DAY}T15:10",
                        "--started", f"{DAY}T14:05", "--ended", f"{DAY}T14:55")
    assert (done["started_at"], done["ended_at"]) == (f"{DAY}T14:05:00-03:00", f"{DAY}T14:55:00-03:00")
    assert pitstop("room", "book", "sala1", "--as", "duda", "--at", f"{DAY}T08:00", "--start", f"{DAY}T16:10",
                   "--end", f"{DAY}T17:00", "--title", "x")[0] == 2
    assert pitstop("room", "add", "sala2", "--name", "Sala 2", "--as", "caio")[0] == 6
    assert pitstop("room", "add", "sala2", "--name", "Sala 2", "--as", "gil")[0] == 0
    assert [r["code"] for r in pitstop.json("room", "rooms")] == ["sala1", "sala2"]


def test_skype_wait_conference_and_email_reply(pitstop: Pitstop) -> None:
    code, out, err = pitstop("contact", "wait", "--as", "caio", "--at", f"{DAY}T09:00", "--client", "CONS")
    assert code == 0, err
    wait_id = int(out.split()[0])
    assert "espera até 09:10" in out
    conference = pitstop.json("contact", "conference", str(wait_id), "--as", "caio", "--at", f"{DAY}T09:11",
                              "--start", f"{DAY}T16:00", "--end", f"{DAY}T16:30")
    assert (conference["channel"], conference["status"]) == ("conference", "scheduled")
    code, out, err = pitstop("contact-person", "add", "CONS", "João", "--email", "joao@cons.example", "--as", "caio")
    assert code == 0, err
    assert [p["name"] for p in pitstop.json("contact-person", "find", "CONS", "joao")] == ["João"]
    code, out, err = pitstop("contact", "reply", "--as", "caio", "--client", "CONS", "--person", "João",
                             "--subject", "Retorno")
    assert code == 0, err
    assert out.strip() == f"mailto:joao@cons.example?cc={MAILBOX}&subject=Retorno"
    reply = pitstop.json("contact", "reply", "--as", "caio", "--client", "CONS", "--person", "João")
    assert reply["contact"]["channel"] == "email" and reply["mailto"].startswith("mailto:joao@cons.example?cc=")
    assert pitstop.json("contact", "mailbox") == {"mailbox": MAILBOX}
    assert pitstop("contact", "mailbox", "x@y.example", "--as", "caio")[0] == 6
    assert pitstop("contact", "mailbox", "nada", "--as", "gil")[0] == 2
    assert pitstop("contact", "mailbox", "--clear", "--as", "gil")[1].strip() == "(não configurado)"
    assert pitstop("contact", "reply", "--as", "caio", "--client", "CONS")[0] == 4


def test_tasks_from_the_command_line(pitstop: Pitstop) -> None:
    code, out, err = pitstop("task", "add", "--as", "caio", "--at", f"{DAY}T08:00", "--type", "document", "--title",
                             "Manual", "--start", f"{DAY}T10:00", "--end", f"{DAY}T12:00")
    assert code == 0, err
    first = int(out)
    second = pitstop.json("task", "add", "--as", "caio", "--at", f"{DAY}T08:00", "--type", "test")["id"]
    assert pitstop.json("task", "start", str(first), "--as", "caio", "--at", f"{DAY}T10:00")["status"] == "running"
    code, out, err = pitstop("task", "start", str(second), "--as", "caio", "--at", f"{DAY}T10:30")
    assert code == 3 and f"já tem a tarefa {first} (Manual)" in err
    code, out, _ = pitstop("task", "stop", str(first), "--as", "caio", "--at", f"{DAY}T11:45")
    assert code == 0 and "1 h 45 min" in out
    moved = pitstop.json("task", "move", str(second), "--as", "gil", "--at", f"{DAY}T12:00", "--start",
                         f"{DAY}T15:00", "--end", f"{DAY}T16:00", "--owner", "duda")
    assert (moved["owner"], moved["planned_start"]) == ("duda", f"{DAY}T15:00:00-03:00")
    assert pitstop("task", "move", str(second), "--as", "gil", "--start", f"{DAY}T15:00", "--end", f"{DAY}T16:00",
                   "--version", "1")[0] == 5
    assert [t["id"] for t in pitstop.json("task", "list", "--week", "2026-W48", "--owner", "duda")] == [second]
    assert pitstop.json("task", "cancel", str(second), "--as", "duda")["status"] == "cancelled"
    assert pitstop("task", "add", "--as", "caio", "--type", "nap")[0] == 2
    assert pitstop("task", "start", "0", "--as", "caio")[0] == 2


def test_the_work_plan_and_a_clients_consultant(pitstop: Pitstop) -> None:
    lines = pitstop.json("plan", "set", "caio", "document", "6h", "--week", "2026-W48", "--as", "gil")
    assert lines == [{"login": "caio", "name": "Caio Técnico", "week": "2026-11-23", "task_type": "document",
                      "planned_minutes": 360}]
    assert pitstop("plan", "set", "caio", "test", "1h30", "--week", "2026-W48", "--as", "gil")[0] == 0
    code, out, _ = pitstop("plan", "show", "--week", "2026-W48")
    assert code == 0 and "DR-Documentar" in out and "6:00" in out and "1:30" in out
    assert pitstop("plan", "set", "caio", "test", "muito", "--week", "2026-W48", "--as", "gil")[0] == 2
    assert pitstop("plan", "set", "caio", "test", "1h", "--week", "2026-W48", "--as", "caio")[0] == 6
    copied = pitstop.json("plan", "copy", "--from-week", "2026-W48", "--to-week", "2026-W49", "--as", "sara")
    assert [(p["task_type"], p["planned_minutes"]) for p in copied] == [("document", 360), ("test", 90)]
    assert pitstop.json("client", "consultant", "CONS") == {"client": "CONS", "consultant": "caio"}
    assert pitstop("client", "consultant", "PROV", "duda", "--as", "gil")[1].strip() == "duda"
    assert pitstop("client", "consultant", "PROV", "--clear", "--as", "gil")[1].strip() == "(sem consultor)"
    assert pitstop("client", "consultant", "ACME", "duda", "--as", "gil")[0] == 3
    assert pitstop("client", "consultant", "PROV", "duda", "--as", "caio")[0] == 6
