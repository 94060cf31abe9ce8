"""The CLI's refusal texts, word for word: what scripts and people read on stderr is part of the contract.

The refusals are data (``PitstopError.code``, ``.params``) rendered by one catalogue (``domain/refusals.py``);
the CLI adds its own hints (flags, ``veja `pitstop …```) from its wording table. These expected lines were
recorded from the command line *before* the refusals became data, so a change of any of them is a change of
the contract, not a refactoring detail.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.services import apoio, escalations, people
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    Desk,
    at,
    desk_db_url,
)
from tests.test_cli import BAD, NEW, T9, Result, prepare_board


def prepare_more(db: Database) -> None:
    """``prepare_board`` plus: nina (an attendant of no tab) · OC 9 in N2 (escalation 3 approved, routed by
    fernanda) · OC 10 awaiting an N2 escalation (4, asked by ana) · duda at lunch from 12:00."""
    prepare_board(db)
    d = Desk(db)
    people.add_staff(db, login="nina", name="Nina Sem Aba", role="attendant")
    d.call(at(9, 20), actor="bia", channel="blip")
    escalations.escalate(db, 9, actor="bia", target="n2", reason="not_solvable_n1", at=at(9, 21))
    escalations.approve(db, 3, actor="hugo", at=at(9, 22))
    apoio.claim(db, 9, actor="fernanda", at=at(9, 23))
    apoio.forward(db, 9, actor="fernanda", tab="n2", at=at(9, 24))
    d.call(at(9, 25))
    escalations.escalate(db, 10, actor="ana", target="n2", reason="long_in_line", at=at(9, 26))
    people.record_presence(db, login="duda", kind="lunch", at=at(12, 0))


def _new(*extra: str) -> list[str]:
    return [*NEW, "--at", T9, *extra]


AT = ["--at", "2026-11-24T09:30"]

# (name, argv, exit code): more refusals than test_cli.BAD reaches, one per message shape.
MORE: list[tuple[str, list[str], int]] = [
    ("summary too long", _new("--summary", "x" * 4001), 2),
    ("attendant of no tab", ["oc", "new", "--as", "nina", "--client", "ACME", "--channel", "phone", "--summary",
                             "x", *AT], 2),
    ("R3 already in the tab", ["oc", "forward", "1", "--tab", "n1_rapida", "--as", "sara", *AT], 3),
    ("R3 SLA excluded", _new("--sla", "IS", "--tab", "n1_filiais"), 3),
    ("R11 accept closed", ["oc", "accept", "2", "--as", "caio", *AT], 3),
    ("R11 refuse closed", ["oc", "refuse", "2", "--as", "caio", "--reason", "x", *AT], 3),
    ("R11 APOIO forward closed", ["apoio", "forward", "2", "--tab", "n1_rapida", "--as", "zenaide", *AT], 3),
    ("R6 offer awaiting", ["oc", "offer", "5", "--to", "duda", "--as", "ana", *AT], 3),
    ("R6 accept awaiting", ["oc", "accept", "5", "--as", "duda", *AT], 3),
    ("R6 send awaiting", ["apoio", "send", "5", "--as", "ana", "--reason", "x", *AT], 3),
    # gil asked this very escalation of OC 5 (prepare_board): his asking again is a retry and succeeds; hugo's is
    # the refusal recorded here
    ("R6 escalation pending", ["oc", "escalate", "5", "--to", "especialistas", "--reason", "long_in_line", "--as",
                               "hugo", *AT], 3),
    ("R6 already in Especialistas", ["oc", "escalate", "6", "--to", "especialistas", "--reason", "long_in_line",
                                     "--as", "gil", *AT], 3),
    ("R6 from N2", ["oc", "escalate", "9", "--to", "especialistas", "--reason", "long_in_line", "--as", "gil",
                    *AT], 3),
    ("R7 already in N2", ["oc", "escalate", "9", "--to", "n2", "--reason", "long_in_line", "--as", "gil", *AT],
     3),
    ("R7 forward awaiting", ["oc", "forward", "10", "--tab", "n1_filiais", "--as", "gil", *AT], 3),
    ("R6 APOIO forward without approval", ["apoio", "forward", "4", "--tab", "especialistas", "--as", "zenaide",
                                           *AT], 3),
    ("R4 accept not offered", ["oc", "accept", "3", "--as", "caio", *AT], 3),
    ("R4 refuse not offered", ["oc", "refuse", "3", "--as", "caio", "--reason", "x", *AT], 3),
    ("R4 at lunch", ["oc", "offer", "1", "--to", "duda", "--as", "ana", "--at", "2026-11-24T12:30"], 3),
    # caio accepting again is a retry and succeeds (issue 8, tests/test_cli_retries.py); anyone else hears R9
    ("R9 accept assigned", ["oc", "accept", "7", "--as", "duda", *AT], 5),
    ("R9 APOIO forward claimed by another", ["apoio", "forward", "4", "--tab", "n1_filiais", "--as", "fernanda",
                                             *AT], 5),
    ("R8 decided", ["escalation", "reject", "2", "--as", "gil", "--reason", "não", *AT], 5),
    ("not in the APOIO queue: claim", ["apoio", "claim", "1", "--as", "zenaide", *AT], 4),
    ("not in the APOIO queue: forward", ["apoio", "forward", "1", "--tab", "n1_filiais", "--as", "zenaide", *AT],
     4),
    ("APOIO queue has no free item", ["apoio", "claim", "--as", "fernanda", *AT], 4),
    ("APOIO forward to APOIO", ["apoio", "forward", "4", "--tab", "apoio_n1", "--as", "zenaide", *AT], 2),
    ("forward of an APOIO item", ["oc", "forward", "4", "--tab", "n1_filiais", "--as", "ana", *AT], 6),
    ("not on the roster", _new("--slot", "2026-11-25T10:00", "--technician", "caio"), 4),
    ("presence out of order", ["presence", "caio", "login", "--at", "2026-11-24T09:30"], 2),
    ("presence back without lunch", ["presence", "caio", "back", "--at", "2026-11-24T09:30"], 2),
    ("staff without a name", ["staff", "add", "iris", "--name", " ", "--role", "technician"], 2),
    ("client without a name", ["client", "add", "ZETA", "--name", " "], 2),
    ("demo on a desk with data", ["demo"], 5),
    ("demo on a Saturday", ["demo", "--date", "2026-11-21"], 2),
    ("demo on a holiday", ["demo", "--date", "2026-11-20"], 2),
    ("malformed --at on oc list", ["oc", "list", "--at", "ontem"], 2),
    ("malformed --start", ["roster", "set", "caio", "--date", "2026-11-26", "--start", "8h", "--end", "17:00"],
     2),
    ("lunch range backwards", ["roster", "set", "caio", "--date", "2026-11-26", "--start", "08:00", "--end",
                               "17:00", "--lunch", "13:00-12:00"], 2),
    ("lunch range without dash", ["roster", "set", "caio", "--date", "2026-11-26", "--start", "08:00", "--end",
                                  "17:00", "--lunch", "12:00"], 2),
    ("quoted value", ["oc", "new", "--as", "ana", "--client", "O'Brien", "--channel", "phone", "--summary", "x",
                      *AT], 4),
    # issue 9 (recorded when they were added)
    ("offer while another is pending", ["oc", "offer", "1", "--to", "duda", "--as", "ana", *AT], 5),
    ("R2 FAQ 7347 on a call that is not complementary", ["oc", "close", "3", "--faq", "7347", "--as", "bia", *AT], 3),
    ("R3 N1 - Rápida registered by a branch", ["oc", "new", "--as", "edu", "--client", "ACME", "--channel", "phone",
                                               "--summary", "x", "--tab", "n1_rapida", *AT], 3),
    ("no booking to cancel", ["booking", "cancel", "1", "--as", "ana", *AT], 4),
    ("R10 booking moved to another tab's technician", ["booking", "move", "8", "--slot", "2026-11-24T14:00",
                                                       "--technician", "fabi", "--as", "ana", *AT], 3),
    ("booking moved to another technician by an attendant", ["booking", "move", "8", "--slot", "2026-11-24T14:00",
                                                             "--technician", "duda", "--as", "ana", *AT], 6),
    ("R10 slots of an attendant", ["slots", "--date", "2026-11-24", "--technician", "ana", *AT], 3),
    ("R10 booking under way", ["booking", "cancel", "8", "--as", "ana", "--at", "2026-11-24T10:30"], 3),
]

CASES: list[tuple[str, list[str], int]] = [(name, argv, code) for name, argv, code, _, _ in BAD] + MORE


@pytest.fixture
def pit(db_url: str, capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run ``pitstop --db <db_url> ARGS…`` in-process (argparse's own refusals exit through SystemExit)."""

    def run(*args: str) -> Result:
        try:
            code = main(["--db", db_url, *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def test_cli_refusal_texts_are_unchanged(pit: Callable[..., Result], db_url: str, subtests: pytest.Subtests,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database(db_url)
    try:
        prepare_more(db)
    finally:
        db.dispose()
    for name, argv, code in CASES:
        with subtests.test(name):
            result = pit(*argv)
            assert (result.code, result.err, result.out) == (code, EXPECTED[name], "")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    empty = pit("staff", "add", "iris", "--name", "Iris", "--role", "technician", "--password-stdin")
    assert (empty.code, empty.err) == (2, EXPECTED["empty password on stdin"])


def test_malformed_database_urls(capsys: pytest.CaptureFixture[str]) -> None:
    for url, text in EXPECTED_URLS.items():
        assert main(["--db", url, "oc", "list"]) == 2
        assert capsys.readouterr().err == text


# Recorded from the command line before the refusals became data.

EXPECTED: dict[str, str] = {
    "unknown client": "cliente desconhecido: 'NOPE' (veja `pitstop client list`)\n",
    "unknown person": "pessoa desconhecida: 'nobody' (veja `pitstop staff list`)\n",
    "unknown tab on forward": (
        "aba desconhecida: 'n9' (use n1_rapida, n1_blip_matriz, n1_blip_filiais, n1_filiais, especialistas, "
        "apoio_n1, n2)\n"
    ),
    "unknown tab on new": (
        "aba desconhecida: 'n9' (use n1_rapida, n1_blip_matriz, n1_blip_filiais, n1_filiais, especialistas, "
        "apoio_n1, n2)\n"
    ),
    "unknown tab on slots": (
        "aba desconhecida: 'n9' (use n1_rapida, n1_blip_matriz, n1_blip_filiais, n1_filiais, especialistas, "
        "apoio_n1, n2)\n"
    ),
    "unknown tab on list": (
        "aba desconhecida: 'n9' (use n1_rapida, n1_blip_matriz, n1_blip_filiais, n1_filiais, especialistas, "
        "apoio_n1, n2)\n"
    ),
    "unknown tab on staff add": (
        "aba desconhecida: 'n9' (use n1_rapida, n1_blip_matriz, n1_blip_filiais, n1_filiais, especialistas, "
        "apoio_n1, n2)\n"
    ),
    "unknown client on list": "cliente desconhecido: 'NOPE' (veja `pitstop client list`)\n",
    "unknown technician": "pessoa desconhecida: 'nobody' (veja `pitstop staff list`)\n",
    "unknown technician on slots": "pessoa desconhecida: 'nobody' (veja `pitstop staff list`)\n",
    "unknown person in roster": "pessoa desconhecida: 'nobody' (veja `pitstop staff list`)\n",
    "unknown person in presence": "pessoa desconhecida: 'nobody' (veja `pitstop staff list`)\n",
    "unknown OC show": "OC 99 não existe\n",
    "unknown OC forward": "OC 99 não existe\n",
    "unknown OC close": "OC 99 não existe\n",
    "unknown OC claim": "OC 99 não existe\n",
    "unknown escalation approve": "escalonamento 99 não existe (veja `pitstop escalation list`)\n",
    "unknown escalation reject": "escalonamento 99 não existe (veja `pitstop escalation list`)\n",
    "empty summary": "o resumo da ligação está vazio; descreva o contato em --summary.\n",
    "malformed --at on new": "hora inválida: 'ontem' (use ISO-8601, ex.: 2026-11-24T09:30-03:00)\n",
    "malformed --at on show": "hora inválida: '2026-13-45T25:00' (use ISO-8601, ex.: 2026-11-24T09:30-03:00)\n",
    "malformed --at on presence": "hora inválida: '24/11/2026 10:00' (use ISO-8601, ex.: 2026-11-24T09:30-03:00)\n",
    "malformed --date": "data inválida: '24/11/2026' (use AAAA-MM-DD)\n",
    "malformed --lunch": "horário inválido: '12h' (use HH:MM)\n",
    "unknown SLA class": "classe de SLA desconhecida: '3H' (use IS, URGENTE, 2H, 4H, 24H, 72H, 10D)\n",
    "unknown channel": (
        "pitstop oc new: argument --channel: invalid choice: 'fax' (choose from 'phone', 'blip', 'skype', 'email', "
        "'portal') (veja pitstop oc new --help)\n"
    ),
    "unknown kind": (
        "pitstop oc new: argument --kind: invalid choice: 'complaint' (choose from 'question', 'error', "
        "'installation', 'training', 'configuration', 'other') (veja pitstop oc new --help)\n"
    ),
    "unknown status": "status desconhecido: 'pending' (use open, offered, in_progress, awaiting_approval, closed)\n",
    "unknown role": (
        "pitstop staff add: argument --role: invalid choice: 'boss' (choose from 'attendant', 'technician', "
        "'manager', 'apoio', 'supervisor', 'admin') (veja pitstop staff add --help)\n"
    ),
    # issue 9: `presence` takes EVENT alone too (--as: your own), so the event is no longer argparse's choice
    "unknown presence event": "evento de presença inválido: 'coffee' (use login, lunch, back, logout)\n",
    "shift ending before it starts": "o fim do turno vem depois do início.\n",
    "lunch outside the shift": "o almoço precisa ficar dentro do turno.\n",
    "malformed --slot": "hora inválida: 'amanhã cedo' (use ISO-8601, ex.: 2026-11-24T09:30-03:00)\n",
    "slot without technician": "um agendamento precisa de --slot e --technician juntos.\n",
    "OC number zero": "pitstop oc show: argument number: número de OC inválido: '0' (veja pitstop oc show --help)\n",
    "bad OC number": "pitstop oc show: argument number: número de OC inválido: 'abc' (veja pitstop oc show --help)\n",
    "missing --as": "pitstop oc close: the following arguments are required: --as (veja pitstop oc close --help)\n",
    "refusal without --reason": (
        "pitstop oc refuse: the following arguments are required: --reason (veja pitstop oc refuse --help)\n"
    ),
    "refusal with an empty reason": "informe o motivo da recusa (--reason).\n",
    "rejection with an empty reason": "informe o motivo da rejeição (--reason).\n",
    "send without reason": "informe o motivo para acionar o APOIO (--reason).\n",
    "escalation with an unknown reason": (
        "pitstop oc escalate: argument --reason: invalid choice: 'pressa' (choose from 'long_in_line', "
        "'not_solvable_n1') (veja pitstop oc escalate --help)\n"
    ),
    "bad FAQ code": "código FAQ inválido: 'abc' (use só números, ex.: 7347)\n",
    "closed OC forward": (
        "R11: a OC 2 está encerrada e não pode ser encaminhada; uma nova ligação gera uma nova OC (R1).\n"
    ),
    "closed OC offer": "R11: a OC 2 está encerrada e não pode ser oferecida; uma nova ligação gera uma nova OC (R1).\n",
    "closed OC close": (
        "R11: a OC 2 está encerrada e não pode ser encerrada de novo; uma nova ligação gera uma nova OC (R1).\n"
    ),
    "closed OC escalate": (
        "R11: a OC 2 está encerrada e não pode ser escalonada; uma nova ligação gera uma nova OC (R1).\n"
    ),
    "closed OC send": (
        "R11: a OC 2 está encerrada e não pode ser enviada ao APOIO; uma nova ligação gera uma nova OC (R1).\n"
    ),
    "R2 complementary of a closed OC": (
        "R2: a OC 2 já está encerrada; registre a ligação como uma nova OC sem vínculo (R1).\n"
    ),
    "R2 complementary of another client": (
        "R2: a OC 1 é de outro cliente; a ligação complementar se vincula a uma OC aberta do mesmo cliente.\n"
    ),
    "R3 blip-only tab": "R3: N1 - Blip Filiais só aceita OCs do canal blip; esta é do canal phone.\n",
    "R3 installation": "R3: N1 - Blip Matriz não aceita OCs do tipo installation; escolha outra aba.\n",
    "R4 not of the tab": "R4: Edu Filial não atende a aba N1 - Rápida; ofereça a quem atende essa aba.\n",
    "R4 not logged in": (
        "R4: Ana Atendente não está logado(a); verifique o horário de login e ofereça a outro técnico disponível.\n"
    ),
    "R5 already in APOIO": "R5: a OC 4 já está na fila do APOIO; aguarde um APOIO assumir.\n",
    "R6 plain forward": (
        "R6: Especialistas só recebe OCs depois que um gestor aprova o escalonamento; peça o escalonamento com `oc "
        "escalate --to especialistas`.\n"
    ),
    "R6 awaiting approval": (
        "R6: a OC 5 aguarda a validação de um gestor e não pode ser encaminhada agora; aguarde a decisão.\n"
    ),
    "R7 plain forward": (
        "R7: N2 só recebe OCs encaminhadas pelo APOIO depois de um escalonamento aprovado; peça o escalonamento com "
        "`oc escalate --to n2`.\n"
    ),
    "R7 APOIO without approval": (
        "R7: a OC 4 não tem escalonamento aprovado para N2; peça a validação de um gestor (oc escalate --to n2).\n"
    ),
    "R8 own request": "R8: quem pediu o escalonamento não pode decidir sobre ele; peça a outro gestor.\n",
    "R10 lunch slot": (
        "R10: 12:00 não é um horário livre de Caio Técnico; escolha um horário de `pitstop slots --date "
        "2026-11-24`.\n"
    ),
    "R11 empty FAQ": "R11: encerrar exige um código FAQ; informe --faq CODIGO.\n",
    "conflict: claimed": "R9: a OC 4 já foi assumida por Zenaide Apoio (zenaide) às 09:11.\n",
    "conflict: accepted": "R9: a OC 7 já está com Caio Técnico (caio).\n",
    "conflict: offered while assigned": (
        "R9: a OC 7 já está com Caio Técnico (caio); encaminhe ou encerre antes de oferecer de novo.\n"
    ),
    "conflict: decided": "R8: o escalonamento 2 já foi decidido (approved) por Hugo Gestor (hugo).\n",
    "conflict: slot booked": (
        "R10: o horário das 10:00 já foi reservado por Ana Atendente (ana) na OC 8; escolha outro horário.\n"
    ),
    "conflict: login taken": "o login 'caio' já existe.\n",
    "conflict: client taken": "o cliente 'ACME' já existe.\n",
    "not permitted: other sector into Rápida": (
        "R3: N1 - Rápida não recebe OCs de outros setores, a menos que a gestão encaminhe (gestor, supervisor ou "
        "apoio); peça a um deles. Seu papel: attendant.\n"
    ),
    "not permitted: decide": "só um gestor técnico aprova ou rejeita escalonamentos; seu papel: supervisor.\n",
    "not permitted: claim": (
        "só o APOIO da gestão (Zenaide, Fernanda, Janne) pode assumir itens da fila do APOIO; seu papel: "
        "attendant.\n"
    ),
    "not permitted: APOIO forward": (
        "só o APOIO da gestão (Zenaide, Fernanda, Janne) pode encaminhar itens do APOIO; seu papel: manager.\n"
    ),
    "not permitted: accept someone else's offer": "a OC 1 foi oferecida a Caio Técnico, não a você.\n",
    "not permitted: close someone else's OC": (
        "a OC 7 está com Caio Técnico; só quem a atende ou a gestão pode encerrá-la.\n"
    ),
    # issue 8: new refusals (exit 6, naming the owner)
    "not permitted: re-offer someone else's OC": (
        "a OC 7 está com Caio Técnico (caio); só quem a atende ou a gestão pode oferecê-la a outra pessoa.\n"
    ),
    "not permitted: forward someone else's OC": (
        "a OC 7 está com Caio Técnico (caio); só quem a atende ou a gestão pode encaminhá-la.\n"
    ),
    "not permitted: forward someone else's OC to APOIO": (
        "a OC 7 está com Caio Técnico (caio); só quem a atende ou a gestão pode encaminhá-la.\n"
    ),
    "not permitted: send someone else's OC to APOIO": (
        "a OC 7 está com Caio Técnico (caio); só quem a atende ou a gestão pode enviá-la ao APOIO.\n"
    ),
    "not permitted: forward someone else's booked OC": (
        "a OC 8 está com Caio Técnico (caio); só quem a atende ou a gestão pode encaminhá-la.\n"
    ),
    "summary too long": "o resumo passa de 4000 caracteres.\n",
    "attendant of no tab": "nina não atende nenhuma aba; informe --tab.\n",
    "R3 already in the tab": "R3: a OC já está na aba N1 - Rápida; escolha outra aba.\n",
    "R3 SLA excluded": (
        "R3: N1 - Filiais atende demandas de baixa prioridade e não aceita SLA IS; escolha uma aba N1 de "
        "atendimento rápido.\n"
    ),
    "R11 accept closed": "R11: a OC 2 está encerrada e não pode ser aceita; uma nova ligação gera uma nova OC (R1).\n",
    "R11 refuse closed": (
        "R11: a OC 2 está encerrada e não pode ser recusada; uma nova ligação gera uma nova OC (R1).\n"
    ),
    "R11 APOIO forward closed": (
        "R11: a OC 2 está encerrada e não pode ser encaminhada; uma nova ligação gera uma nova OC (R1).\n"
    ),
    "R6 offer awaiting": (
        "R6: a OC 5 aguarda a validação de um gestor e não pode ser oferecida agora; aguarde a decisão.\n"
    ),
    "R6 accept awaiting": (
        "R6: a OC 5 aguarda a validação de um gestor e não pode ser aceita agora; aguarde a decisão.\n"
    ),
    "R6 send awaiting": (
        "R6: a OC 5 aguarda a validação de um gestor e não pode ser enviada ao APOIO agora; aguarde a decisão.\n"
    ),
    "R6 escalation pending": "R6: a OC 5 já aguarda a validação de um gestor; aguarde a decisão.\n",
    "R6 already in Especialistas": "R6: a OC 6 já está na aba especialistas.\n",
    "R6 from N2": "R6: a OC 9 já está no N2; não volta para Especialistas por escalonamento.\n",
    "R7 already in N2": "R7: a OC 9 já está na aba n2.\n",
    "R7 forward awaiting": (
        "R7: a OC 10 aguarda a validação de um gestor e não pode ser encaminhada agora; aguarde a decisão.\n"
    ),
    "R6 APOIO forward without approval": (
        "R6: a OC 4 não tem escalonamento aprovado para Especialistas; peça a validação de um gestor (oc escalate "
        "--to especialistas).\n"
    ),
    "R4 accept not offered": (
        "R4: a OC 3 não está oferecida a ninguém; ela precisa ser oferecida a você antes de aceitar (oc offer).\n"
    ),
    "R4 refuse not offered": (
        "R4: a OC 3 não está oferecida a ninguém; ela precisa ser oferecida a você antes de recusar (oc offer).\n"
    ),
    "R4 at lunch": "R4: Duda Técnica está no almoço; ofereça a outro técnico disponível ou aguarde a volta.\n",
    "R9 accept assigned": "R9: a OC 7 já está com Caio Técnico (caio).\n",
    "R9 APOIO forward claimed by another": "R9: a OC 4 já foi assumida por Zenaide Apoio (zenaide) às 09:11.\n",
    "R8 decided": "R8: o escalonamento 2 já foi decidido (approved) por Hugo Gestor (hugo).\n",
    "not in the APOIO queue: claim": "a OC 1 não está na fila do APOIO (veja `pitstop apoio list`)\n",
    "not in the APOIO queue: forward": "a OC 1 não está na fila do APOIO (veja `pitstop apoio list`)\n",
    "APOIO queue has no free item": "a fila do APOIO não tem itens livres\n",
    "APOIO forward to APOIO": "a OC 4 já está no APOIO N1; escolha a aba de destino.\n",
    "forward of an APOIO item": (
        "a OC 4 está na fila do APOIO; quem a encaminha é o APOIO da gestão (pitstop apoio forward).\n"
    ),
    "not on the roster": "caio não está na escala de 2026-11-25; veja `pitstop slots`.\n",
    "presence out of order": "caio está online; o evento login não cabe agora (ordem: login, lunch, back, logout).\n",
    "presence back without lunch": (
        "caio está online; o evento back não cabe agora (ordem: login, lunch, back, logout).\n"
    ),
    "staff without a name": "informe login e nome.\n",
    "client without a name": "informe código e nome do cliente.\n",
    "demo on a desk with data": "o banco já tem dados; use `pitstop demo --reset` para recomeçar\n",
    "demo on a Saturday": (
        "2026-11-21 não é dia útil no calendário (fim de semana); escolha um dia útil, por exemplo 2026-11-19.\n"
    ),
    "demo on a holiday": (
        "2026-11-20 não é dia útil no calendário (feriado: Dia Nacional de Zumbi e da Consciência Negra); escolha "
        "um dia útil, por exemplo 2026-11-19.\n"
    ),
    "malformed --at on oc list": "hora inválida: 'ontem' (use ISO-8601, ex.: 2026-11-24T09:30-03:00)\n",
    "malformed --start": "horário inválido: '8h' (use HH:MM)\n",
    "lunch range backwards": "intervalo inválido: '13:00-12:00' (o fim vem depois do início)\n",
    "lunch range without dash": "intervalo inválido: '12:00' (use HH:MM-HH:MM)\n",
    "quoted value": "cliente desconhecido: \"O'Brien\" (veja `pitstop client list`)\n",
    "empty password on stdin": "--password-stdin: nenhuma senha lida da entrada padrão\n",
    # issue 9 (recorded when they were added)
    "offer while another is pending": (
        "a OC 1 já está oferecida a Caio Técnico (caio) desde 09:10; para oferecê-la a outra pessoa, confirme a "
        "troca com --replace: a oferta a Caio Técnico é retirada e fica registrada no histórico.\n"
    ),
    "R2 FAQ 7347 on a call that is not complementary": (
        "R2: a FAQ 7347 encerra só ligações complementares, e a OC 3 não é uma; encerre-a com o código FAQ do "
        "atendimento.\n"
    ),
    "R3 N1 - Rápida registered by a branch": (
        "R3: N1 - Rápida só recebe ligações registradas por quem trabalha na matriz; registre na aba do seu setor e "
        "peça à gestão (gestor, supervisor ou apoio) que a encaminhe.\n"
    ),
    "no booking to cancel": "a OC 1 não tem agendamento (veja `pitstop oc show 1`)\n",
    "R10 booking moved to another tab's technician": (
        "R10: Fabi Especialista não atende a aba N1 - Rápida; agende com um técnico que atende essa aba "
        "(pitstop slots --tab TAB).\n"
    ),
    "booking moved to another technician by an attendant": (
        "a OC 8 está com Caio Técnico (caio); só quem a atende ou a gestão pode passar o agendamento dela a outro "
        "técnico.\n"
    ),
    "R10 slots of an attendant": (
        "R10: Ana Atendente não é técnico(a) e não recebe agendamentos; escolha um técnico da aba "
        "(pitstop slots --tab TAB).\n"
    ),
    "R10 booking under way": (
        "R10: o agendamento da OC 8 com Caio Técnico começou às 24/11 10:00 e fica como registro; ele não é mais "
        "cancelado nem remarcado: encerre a OC ou encaminhe-a.\n"
    ),
}

EXPECTED_URLS: dict[str, str] = {
    "mysql://root@localhost/pitstop": "banco não suportado: mysql (use sqlite:/// ou postgresql://)\n",
    "::not a url::": (
        "URL de banco inválida: '::not a url::' (ex.: sqlite:///C:/pitstop.db ou "
        "postgresql://usuario@servidor/pitstop)\n"
    ),
}

