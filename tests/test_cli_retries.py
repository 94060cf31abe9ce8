"""Issue 8: every acting command of the CLI is idempotent under retry (a lost answer after COMMIT).

`oc new` always carries a request id (``--request-id`` or a new one, shown in ``--json`` and, when the answer is
lost, on stderr); the same call again returns the same OC, another call with that id is refused (exit 5, naming the
OC). A decision, an acceptance or a claim taken again by the same person exits 0 with what it already did.
"""

from __future__ import annotations

import uuid

import pytest

from pitstop_desktop.cli import main
from pitstop_desktop.services import occurrences
from tests.services.helpers import desk_db_url  # noqa: F401  (fixture: db_url is the desk, cloned per test)
from tests.test_cli import NEW, T9, Result


@pytest.fixture
def pit(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``pitstop --db <db_url> ARGS…`` in-process (as in tests/test_cli.py)."""

    def run(*args: str) -> Result:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def test_oc_new_json_names_the_request_id_it_used(pit) -> None:  # type: ignore[no-untyped-def]
    first = pit(*NEW, "--at", T9, "--json")
    assert first.code == 0, first.err
    request_id = first.json()["request_id"]
    assert uuid.UUID(request_id)  # made by the CLI, since none was given
    again = pit(*NEW, "--at", T9, "--json", "--request-id", request_id)  # the script retries with it
    assert (again.code, again.json()["number"], again.json()["request_id"]) == (0, 1, request_id)
    plain = pit(*NEW, "--at", T9, "--request-id", request_id)
    assert (plain.code, plain.out, plain.err) == (0, "1\n", "")  # human output unchanged: the number
    assert pit(*NEW, "--at", T9).out == "2\n"  # without an id: a new call, a new id


def test_oc_new_names_its_request_id_when_the_answer_is_lost(pit, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    real = occurrences.register_call
    seen: list[str] = []

    def commit_then_lose_the_answer(*args, **kwargs):  # type: ignore[no-untyped-def]
        real(*args, **kwargs)
        seen.append(kwargs["request_id"])
        raise ConnectionResetError("a conexão caiu")

    monkeypatch.setattr(occurrences, "register_call", commit_then_lose_the_answer)
    lost = pit(*NEW, "--at", T9)
    assert lost.code == 1 and lost.out == ""
    [request_id] = seen
    assert f"--request-id {request_id}" in lost.err and "Traceback" not in lost.err
    monkeypatch.undo()
    retry = pit(*NEW, "--at", T9, "--request-id", request_id)
    assert (retry.code, retry.out) == (0, "1\n")  # the OC the lost answer was about, not a second one
    assert [oc["number"] for oc in pit("oc", "list", "--json").json()] == [1]


def test_a_request_id_reused_for_another_call_exits_5_naming_the_oc(pit) -> None:  # type: ignore[no-untyped-def]
    assert pit(*NEW, "--at", T9, "--request-id", "r-1").code == 0
    other = pit("oc", "new", "--as", "ana", "--client", "BETA", "--channel", "phone", "--summary", "Outra",
                "--at", T9, "--request-id", "r-1")
    assert other.code == 5
    assert "OC 1" in other.err_line and "r-1" in other.err_line and "--request-id" in other.err_line
    assert [oc["number"] for oc in pit("oc", "list", "--json").json()] == [1]


def test_decisions_acceptances_and_claims_retried_by_the_same_person_exit_0(pit) -> None:  # type: ignore[no-untyped-def]
    for minute in ("00", "01", "02"):
        assert pit(*NEW, "--at", f"2026-11-24T09:{minute}").code == 0
    esc = pit("oc", "escalate", "1", "--to", "especialistas", "--reason", "long_in_line", "--as", "ana", "--at",
              "2026-11-24T09:10", "--json").json()
    approve = ("escalation", "approve", str(esc["id"]), "--as", "gil", "--at", "2026-11-24T09:20")
    assert pit(*approve).code == 0
    again = pit(*approve)
    assert again.code == 0 and again.err == "" and "Especialistas" in again.out
    other = pit("escalation", "reject", str(esc["id"]), "--as", "gil", "--reason", "não", "--at",
                "2026-11-24T09:21")
    assert other.code == 5 and "gil" in other.err_line  # another outcome: still already decided
    assert pit("escalation", "approve", str(esc["id"]), "--as", "hugo", "--at", "2026-11-24T09:21").code == 5

    esc2 = pit("oc", "escalate", "2", "--to", "especialistas", "--reason", "long_in_line", "--as", "ana", "--at",
               "2026-11-24T09:11", "--json").json()
    reject = ("escalation", "reject", str(esc2["id"]), "--as", "hugo", "--reason", "resolva no N1", "--at",
              "2026-11-24T09:22")
    assert pit(*reject).code == 0 and pit(*reject).code == 0

    assert pit("oc", "offer", "3", "--to", "caio", "--as", "ana", "--at", "2026-11-24T09:30").code == 0
    accept = ("oc", "accept", "3", "--as", "caio", "--at", "2026-11-24T09:31", "--json")
    assert pit(*accept).code == 0
    retried = pit(*accept)
    assert retried.code == 0 and retried.json()["assignee"] == "caio"
    assert pit("oc", "accept", "3", "--as", "duda", "--at", "2026-11-24T09:32").code in (5, 6)

    assert pit("apoio", "send", "2", "--as", "ana", "--reason", "ninguém atende", "--at",
               "2026-11-24T09:40").code == 0
    claim = ("apoio", "claim", "2", "--as", "zenaide", "--at", "2026-11-24T09:41")
    assert pit(*claim).code == 0
    assert pit(*claim).code == 0
    assert pit("apoio", "claim", "2", "--as", "fernanda", "--at", "2026-11-24T09:42").code == 5
