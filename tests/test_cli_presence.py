"""Issue 9 on the command line: `pitstop presence EVENT --as LOGIN` (your own), the administrator's
`presence LOGIN EVENT`, management's `presence correct LOGIN --kind --at --reason --as`, and R4's new refusals
(shift over, no signal) as one line with exit 3 — on SQLite and PostgreSQL (the desk of tests/services/helpers.py).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import AuditRow
from pitstop_desktop.services import presence, timeline
from pitstop_desktop.services.unit_of_work import run
from tests.services.helpers import at, desk_db_url  # noqa: F401  (fixture: db_url is the desk, cloned per test)
from tests.test_cli import NEW, Result

NOON = "2026-11-24T12:00"


@pytest.fixture
def pit(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``pitstop --db <db_url> ARGS…`` in-process (argparse's own usage errors exit 2 too)."""

    def go(*args: str) -> Result:
        try:
            code = main(["--db", db_url, *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return go


def test_a_person_records_their_own_presence(pit) -> None:  # type: ignore[no-untyped-def]
    lunch = pit("presence", "lunch", "--as", "caio", "--at", NOON)
    assert (lunch.code, lunch.out) == (0, "caio: saída para o almoço às 24/11 12:00 (no almoço)\n")
    back = pit("presence", "back", "--as", "caio", "--at", "2026-11-24T12:50")
    assert back.code == 0 and "(logado)" in back.out
    assert pit("presence", "lunch", "--at", NOON).err_line == "informe quem age: --as LOGIN"
    again = pit("presence", "back", "--as", "caio", "--at", "2026-11-24T12:55")
    assert again.code == 2 and again.err_line.startswith("caio está online; o evento back não cabe agora")


def test_someone_elses_presence_is_managements_or_the_administrators(pit) -> None:  # type: ignore[no-untyped-def]
    refused = pit("presence", "duda", "lunch", "--as", "caio", "--at", NOON)
    assert refused.code == 6
    assert refused.err_line == ("cada pessoa registra a própria presença; a de duda só a gestão registra ou corrige. "
                                "Seu papel: technician.")
    assert pit("presence", "duda", "lunch", "--as", "sara", "--at", NOON).code == 0  # a supervisor
    admin = pit("presence", "duda", "back", "--at", "2026-11-24T13:00")  # the administrator's form stays
    assert admin.code == 0 and admin.out.startswith("duda: volta do almoço às 24/11 13:00")


def test_management_corrects_with_a_reason_and_the_audit_keeps_it(pit, db_url: str) -> None:  # type: ignore[no-untyped-def]
    done = pit("presence", "correct", "caio", "--kind", "logout", "--at", "2026-11-24T17:00",
               "--reason", "esqueceu de sair", "--as", "sara")
    assert done.code == 0, done.err
    assert done.out == ("caio: logout às 24/11 17:00 registrado(a) por sara (esqueceu de sair); agora: fora\n")
    db = Database(db_url)
    try:
        audit = run(db, lambda uow: [(a.actor, a.detail) for a in uow.session.scalars(
            select(AuditRow).where(AuditRow.action == "corrected"))], write=False)
        caio = next(r for r in timeline.timeline(db, at=at(17, 30)) if r.login == "caio")
    finally:
        db.dispose()
    assert audit == [("sara", "caio logout 24/11/2026 17:00: esqueceu de sair")]
    assert caio.state == "offline"


@pytest.mark.parametrize(("args", "code", "says"), [
    (["--as", "duda", "--reason", "x"], 6, "só a gestão registra ou corrige"),
    (["--as", "sara", "--reason", ""], 2, "informe o motivo da correção de presença (--reason)."),
    (["--as", "sara", "--reason", "x", "--kind", "coffee"], 2, "evento de presença inválido: 'coffee'"),
    (["--as", "sara", "--reason", "x", "--at", "2999-01-01T10:00"], 2, "ainda não chegou"),
    (["--as", "sara", "--reason", "x", "--at", "2026-11-24T07:00"], 2, "deixaria o dia fora de ordem"),
])
def test_a_correction_refused(pit, args: list[str], code: int, says: str) -> None:  # type: ignore[no-untyped-def]
    given = {"--kind": "logout", "--at": "2026-11-24T17:00"}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        given[flag] = value
    argv = [word for pair in given.items() for word in pair]
    result = pit("presence", "correct", "caio", *argv)
    assert result.code == code
    assert says in result.err_line


@pytest.mark.parametrize("argv", [
    ["presence", "caio"],  # a login without an event
    ["presence", "correct", "caio", "--as", "sara", "--kind", "logout"],  # no --at, no --reason
    ["presence", "lunch", "--as", "caio", "--reason", "x"],  # a reason only for a correction
    ["presence", "a", "b", "c"],
])
def test_a_presence_command_of_the_wrong_shape_is_a_usage_error(pit, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = pit(*argv)
    assert result.code == 2 and "presence" in result.err_line


def test_r4_refuses_an_offer_past_the_shift_or_without_signal(pit, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert pit(*NEW, "--at", "2026-11-24T16:30").code == 0
    late = pit("oc", "offer", "1", "--to", "caio", "--as", "ana", "--at", "2026-11-24T17:10")
    assert late.code == 3
    assert late.err_line == ("R4: o turno de Caio Técnico terminou às 17:00 e ele(a) ainda não fez logout; quem "
                             "passou do turno não recebe OCs novas: ofereça a outro técnico disponível.")
    db = Database(db_url)
    try:
        presence.heartbeat(db, actor="duda", seat="duda-window", at=at(16, 0))
    finally:
        db.dispose()
    silent = pit("oc", "offer", "1", "--to", "duda", "--as", "ana", "--at", "2026-11-24T16:40")
    assert silent.code == 3
    assert silent.err_line.startswith("R4: Duda Técnica está sem sinal: nenhuma janela do Pit Stop dele(a) "
                                      "responde desde 16:00")
