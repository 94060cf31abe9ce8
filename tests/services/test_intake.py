"""The intake window's services: the client finder (pure), the chosen client's OCs, "OCs I registered today"
and the consulting team's URA hint (SQLite and PostgreSQL, on the desk of ``tests.services.helpers``)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pitstop_desktop.domain.errors import NotFound
from pitstop_desktop.services import intake, occurrences, people
from pitstop_desktop.services.intake import ClientEntry, ClientIndex, fold, phone_digits
from tests.services.helpers import (  # noqa: F401  (fixtures: db_url is the desk, cloned per test)
    DAY,
    Desk,
    at,
    desk_db_url,
)

# ----------------------------------------------------------------------------------------------------------
# The finder, without a database

CLIENTS = [
    ClientEntry("C1001", "João da Silva Telecom", "(71) 3333-4444", False),
    ClientEntry("C1002", "Joana Provedor Ltda", "(71) 99999-8888 / (11) 2222-3333", True),
    ClientEntry("JOAO", "Acme Internet", None, False),
    ClientEntry("C2001", "Net São Paulo", "+55 11 4000-1000", False),
    ClientEntry("C2002", "Conceição Fibra", "075 3221-0000", False),
    ClientEntry("X9", "Rede Joaquina", "55 3333-1111", False),  # area code 55 (Santa Maria, RS)
    ClientEntry("C3000", "Sinal Ltda", "(71) 3333-4444", False),  # shares C1001's number
]


@pytest.fixture
def index() -> ClientIndex:
    return ClientIndex(CLIENTS)


def codes(entries: list[ClientEntry]) -> list[str]:
    return [e.code for e in entries]


def test_fold_ignores_case_accents_and_extra_spaces() -> None:
    assert fold("  JOÃO   da  Conceição ") == "joao da conceicao"
    assert fold("Straße Ñandú") == "strasse nandu"
    assert fold("ÅNGSTRÖM") == fold("angstrom")


@pytest.mark.parametrize(("typed", "digits"), [
    ("(71) 3333-4444", "7133334444"), ("7133334444", "7133334444"), ("+55 71 3333 4444", "7133334444"),
    ("55 71 3333-4444", "7133334444"), ("0 71 3333-4444", "7133334444"), ("0055 71 3333 4444", "7133334444"),
    ("071 99999-8888", "71999998888"), ("55 3333-1111", "5533331111"), ("+5", ""), ("+", ""),
    ("+1 212 555 0100", "12125550100"),
])
def test_phone_digits_brazilian_forms(typed: str, digits: str) -> None:
    assert phone_digits(typed) == digits


def test_name_is_found_without_accents_and_with_them(index: ClientIndex) -> None:
    assert codes(index.search("joao"))[:2] == ["JOAO", "C1001"]  # exact code first, then the name
    assert "C1001" in codes(index.search("JOÃO"))
    assert codes(index.search("conceicao")) == ["C2002"]
    assert codes(index.search("CONCEIÇÃO fib")) == ["C2002"]
    assert codes(index.search("sao paulo")) == ["C2001"]


def test_ranking_exact_code_then_code_prefix_then_phone_then_name_then_substring() -> None:
    idx = ClientIndex([
        ClientEntry("AB", "Zulu", None, False),          # exact code "ab"
        ClientEntry("ABC", "Yankee", None, False),       # code prefix
        ClientEntry("Z1", "Abel Provedor", None, False),  # name prefix
        ClientEntry("Z2", "Rede Abacaxi", None, False),   # word prefix
        ClientEntry("Z3", "Cabana Net", None, False),     # substring
        ClientEntry("Z4", "Nada", None, False),
    ])
    assert codes(idx.search("ab")) == ["AB", "ABC", "Z1", "Z2", "Z3"]
    phones = ClientIndex([
        ClientEntry("P2", "Provedor 71", None, False),              # name holds the digits
        ClientEntry("P1", "Outro", "71 3333-4444", False),          # phone exact
        ClientEntry("P3", "Terceiro", "71 3333-44449", False),      # phone prefix
        ClientEntry("7133334444X", "Código", None, False),          # code prefix
    ])
    assert codes(phones.search("7133334444")) == ["7133334444X", "P1", "P3"]


def test_phone_in_any_form_finds_the_same_client(index: ClientIndex) -> None:
    for typed in ("71 3333-4444", "7133334444", "+55 71 3333 4444", "(71) 3333-4444", "071 3333 4444"):
        assert codes(index.search(typed)) == ["C1001", "C3000"], typed
    assert codes(index.search("3333-4444")) == ["C1001", "C3000"]  # without the area code
    assert codes(index.search("1122223333")) == ["C1002"]  # the second number of a field holding two


def test_digits_match_phone_digit_substrings_while_typing(index: ClientIndex) -> None:
    assert codes(index.search("4000")) == ["C2001"]
    assert codes(index.search("3221")) == ["C2002"]
    found = codes(index.search("+55 71 3"))  # "+55" is the country code, "713…" the number so far
    assert found == ["C1001", "C3000"]
    assert codes(index.search("55 3333-1")) == ["X9"]  # area code 55 is a real one


def test_empty_or_country_code_only_lists_by_name_and_limit_holds(index: ClientIndex) -> None:
    by_name = ["JOAO", "C2002", "C1002", "C1001", "C2001", "X9", "C3000"]
    assert codes(index.search("")) == by_name
    assert codes(index.search("  ")) == by_name
    assert codes(index.search("+5")) == by_name
    assert codes(index.search("", limit=2)) == by_name[:2]
    assert len(index.search("a", limit=3)) == 3
    assert index.search("a", limit=0) == []
    assert index.search("nada disso") == []


def test_multi_word_queries(index: ClientIndex) -> None:
    assert codes(index.search("jo tel")) == ["C1001"]  # every word starts a word of the name
    assert codes(index.search("ilva elecom")) == ["C1001"]  # every word somewhere
    assert codes(index.search("provedor joana")) == ["C1002"]


def test_by_phone_for_caller_id(index: ClientIndex) -> None:
    assert index.by_phone("+55 11 4000-1000").code == "C2001"  # type: ignore[union-attr]
    assert index.by_phone("011 4000 1000").code == "C2001"  # type: ignore[union-attr]
    assert index.by_phone("40001000").code == "C2001"  # type: ignore[union-attr]  # no area code: last 8 digits
    assert index.by_phone("(11) 2222-3333").code == "C1002"  # type: ignore[union-attr]
    assert index.by_phone("(71) 3333-4444") is None  # two clients share it
    assert codes(index.phone_matches("(71) 3333-4444")) == ["C1001", "C3000"]
    assert index.by_phone("5533331111").code == "X9"  # type: ignore[union-attr]
    assert index.by_phone("") is None
    assert index.by_phone("21 9999-0000") is None


def test_upsert_and_remove_keep_every_index_true(index: ClientIndex) -> None:
    index.upsert(ClientEntry("C1001", "Zeca Provedor", "(31) 3000-0000", True))
    assert "C1001" not in codes(index.search("silva"))
    assert codes(index.search("zeca")) == ["C1001"]
    assert index.by_phone("(71) 3333-4444").code == "C3000"  # type: ignore[union-attr]
    assert index.by_phone("31 3000 0000").code == "C1001"  # type: ignore[union-attr]
    assert index.get("C1001") == ClientEntry("C1001", "Zeca Provedor", "(31) 3000-0000", True)
    index.upsert(ClientEntry("NEW", "Novo Cliente", None, False))
    assert codes(index.search("novo")) == ["NEW"]
    assert len(index) == len(CLIENTS) + 1
    index.remove("NEW")
    index.remove("missing")
    assert index.search("novo") == []
    assert len(index) == len(CLIENTS)
    index.replace([ClientEntry("A", "Alfa", None, False), ClientEntry("A", "Alfa 2", None, False)])
    assert [(e.code, e.name) for e in index.entries()] == [("A", "Alfa 2")]  # a repeated code: the last wins


def test_large_index_answers_a_keystroke_quickly() -> None:
    """Correctness at scale (timings live in benchmarks/bench_client_search.py)."""
    entries = [ClientEntry(f"C{i:05d}", f"Cliente {i} Provedor {'São' if i % 2 else 'Rio'}",
                           f"71 3{i % 1000:03d}-{i:04d}", False) for i in range(5000)]
    idx = ClientIndex(entries)
    assert codes(idx.search("c01234")) == ["C01234"]
    assert codes(idx.search("cliente 1235 sao"))[0] == "C01235"
    assert idx.by_phone("(71) 3234-1234").code == "C01234"  # type: ignore[union-attr]
    assert len(idx.search("sao")) == 50


# ----------------------------------------------------------------------------------------------------------
# With the database



def test_load_clients_reads_every_client(desk: Desk) -> None:
    people.add_client(desk.db, code="CONS", name="Consultoria Cliente", phone="71 3000-1000", consulting=True)
    assert intake.load_clients(desk.db) == [
        ClientEntry("ACME", "Acme Ltda", "1133334444", False),
        ClientEntry("BETA", "Beta S.A.", None, False),
        ClientEntry("CONS", "Consultoria Cliente", "71 3000-1000", True),
    ]
    idx = ClientIndex(intake.load_clients(desk.db))
    assert idx.by_phone("+55 11 3333-4444").code == "ACME"  # type: ignore[union-attr]


def test_client_ocs_open_newest_first_and_the_last_closed(desk: Desk) -> None:
    first = desk.call(at(8, 10))
    second = desk.call(at(9, 0), sla="2H")
    closed = [desk.call(at(8, 0) + timedelta(minutes=i)) for i in range(3)]
    for i, oc in enumerate(closed):
        occurrences.close(desk.db, oc.number, actor="ana", faq="1234", at=at(10, i))
    desk.call(at(9, 30), client="BETA")
    result = intake.client_ocs(desk.db, "ACME", at=at(10, 30))
    assert [o.number for o in result.open] == [second.number, first.number]
    assert [o.number for o in result.recent_closed] == [closed[2].number, closed[1].number, closed[0].number]
    two_hours = result.open[0]
    assert (two_hours.tab, two_hours.status, two_hours.sla, two_hours.sla_state) == (
        "n1_rapida", "open", "2H", "warning")  # 90 of 120 minutes used
    assert two_hours.remaining_minutes == 30
    assert two_hours.opened_at == at(9, 0)
    assert [o.number for o in intake.client_ocs(desk.db, "ACME", at=at(10, 30), closed_limit=1).recent_closed] \
        == [closed[2].number]
    assert intake.client_ocs(desk.db, "ACME", closed_limit=0).recent_closed == ()
    assert intake.client_ocs(desk.db, "BETA").recent_closed == ()
    with pytest.raises(NotFound):
        intake.client_ocs(desk.db, "NOPE")


def test_registered_today_in_the_calendars_zone_newest_first(desk: Desk) -> None:
    yesterday_late = desk.call(at(23, 30, DAY - timedelta(days=1)))  # 02:30 UTC of DAY: still yesterday here
    early = desk.call(at(0, 10))  # 03:10 UTC
    nine = desk.call(at(9, 0))
    ten = desk.call(at(10, 0))
    desk.call(at(9, 30), actor="bia")
    desk.call(at(8, 0, DAY + timedelta(days=1)))  # tomorrow
    today = intake.registered_today(desk.db, "ana", at=at(17, 0))
    assert [o.number for o in today] == [ten.number, nine.number, early.number]
    assert all(o.opened_by == "ana" for o in today)
    assert yesterday_late.number in [o.number for o in
                                     intake.registered_today(desk.db, "ana", at=at(12, 0, DAY - timedelta(days=1)))]
    assert [o.opened_by for o in intake.registered_today(desk.db, "bia", at=at(17, 0))] == ["bia"]
    assert intake.registered_today(desk.db, "caio", at=at(17, 0)) == []
    with pytest.raises(NotFound):
        intake.registered_today(desk.db, "ghost")


def test_consulting_team_attendant_gets_the_ura_hint_for_other_clients(desk: Desk) -> None:
    people.add_client(desk.db, code="CONS", name="Provedor Consultoria", consulting=True)
    assert intake.consulting_team(desk.db) == frozenset()
    assert intake.consulting_hint(desk.db, attendant="bia", client="ACME") is None  # not in the team (yet)
    assert intake.set_consulting_team(desk.db, ["bia", " ", "bia"]) == frozenset({"bia"})
    assert intake.consulting_team(desk.db) == frozenset({"bia"})
    assert intake.in_consulting_team(desk.db, "bia") and not intake.in_consulting_team(desk.db, "ana")
    hint = intake.consulting_hint(desk.db, attendant="bia", client="ACME")
    assert hint is not None and "URA" in hint and "ACME" in hint and "consultoria" in hint
    assert intake.consulting_hint(desk.db, attendant="bia", client="CONS") is None  # a consulting client
    assert intake.consulting_hint(desk.db, attendant="ana", client="ACME") is None  # not on the team
    assert intake.consulting_hint(desk.db, attendant="bia", client="ACME", channel="email") is None  # no URA
    assert intake.consulting_hint(desk.db, attendant="ana", client="ACME", consulting_team=True) is not None
    assert intake.consulting_hint(desk.db, attendant="bia", client="ACME", consulting_team=False) is None
    # The hint forces nothing: bia can still register the call.
    assert desk.call(at(9, 0), actor="bia", client="ACME").number >= 1
    with pytest.raises(NotFound):
        intake.set_consulting_team(desk.db, ["ghost"])
    assert intake.set_consulting_team(desk.db, []) == frozenset()
    assert intake.consulting_team(desk.db) == frozenset()
    with pytest.raises(NotFound):
        intake.consulting_hint(desk.db, attendant="bia", client="NOPE")


def test_consulting_hint_for_is_pure() -> None:
    acme = ClientEntry("ACME", "Acme Ltda", None, False)
    cons = ClientEntry("CONS", "Consultoria", None, True)
    assert intake.consulting_hint_for(acme, consulting_team=True) is not None
    assert intake.consulting_hint_for(acme, consulting_team=True, channel="phone") is not None
    assert intake.consulting_hint_for(acme, consulting_team=True, channel="skype") is None
    assert intake.consulting_hint_for(acme, consulting_team=False) is None
    assert intake.consulting_hint_for(cons, consulting_team=True) is None
