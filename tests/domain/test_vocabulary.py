"""One vocabulary: the desk's words, the SLA palette and the duration format live in domain/vocabulary.py only."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from datetime import timedelta
from pathlib import Path

import pytest

from pitstop_desktop.domain import vocabulary
from pitstop_desktop.domain.codes import ApoioReason, Channel, Kind, Role, Site, SlaCode, SlaState, Status
from pitstop_desktop.domain.vocabulary import (
    APOIO_REASON,
    CHANNEL,
    KIND,
    ROLE,
    SITE,
    SLA_CLASS,
    SLA_COLOUR,
    SLA_STATE,
    SLA_TEXT_ON_COLOUR,
    STATUS,
    countdown,
    duration,
    label,
    remaining,
    sla_class_name,
)

PACKAGE = Path(vocabulary.__file__).resolve().parents[1]
VOCABULARY = Path(vocabulary.__file__).resolve()

# Durations


@pytest.mark.parametrize(("delta", "text"), [
    (timedelta(seconds=0), "0 s"),
    (timedelta(seconds=42), "42 s"),
    (timedelta(seconds=59, microseconds=999_999), "59 s"),
    (timedelta(minutes=1), "1 min"),
    (timedelta(minutes=12, seconds=59), "12 min"),
    (timedelta(minutes=59), "59 min"),
    (timedelta(hours=1), "1 h 00 min"),
    (timedelta(hours=2, minutes=5), "2 h 05 min"),
    (timedelta(hours=23, minutes=59), "23 h 59 min"),
    (timedelta(hours=24), "1 d 0 h"),
    (timedelta(days=3, hours=4, minutes=1), "3 d 4 h"),
    (timedelta(seconds=-30), "0 s"),  # a clock a little ahead of the server's: never a negative wait
    (timedelta(hours=-5), "0 s"),
])
def test_duration_in_seconds_minutes_hours_days(delta: timedelta, text: str) -> None:
    assert duration(delta) == text


@pytest.mark.parametrize(("minutes", "text"), [
    (0, "restam 0 s"),
    (12, "restam 12 min"),
    (65, "restam 1 h 05 min"),
    (24 * 60 + 90, "restam 1 d 1 h"),
    (-1, "estourado há 1 min"),
    (-29, "estourado há 29 min"),
    (-65, "estourado há 1 h 05 min"),
    (-3 * 24 * 60, "estourado há 3 d 0 h"),
])
def test_remaining_says_time_left_or_how_long_ago_it_ran_out(minutes: int, text: str) -> None:
    assert remaining(minutes) == text


@pytest.mark.parametrize(("minutes", "text"), [
    (0, "0min"), (12, "12min"), (59, "59min"), (60, "1h00"), (200, "3h20"), (24 * 60 - 1, "23h59"),
    (24 * 60 + 30, "1d00h"), (3000, "2d02h"), (-1, "-1min"), (-65, "-1h05"), (-3000, "-2d02h"),
])
def test_countdown_is_the_compact_form_with_the_same_units(minutes: int, text: str) -> None:
    assert countdown(minutes) == text


def test_translate_reaches_every_piece_of_a_duration() -> None:
    english = {"%1 h %2 min": "%1 hr %2 min", "restam %1": "%1 left", "estourado há %1": "breached %1 ago"}

    def translate(text: str) -> str:
        return english.get(text, text)

    assert remaining(65, translate) == "1 hr 05 min left"
    assert remaining(-65, translate) == "breached 1 hr 05 min ago"


# Labels


def test_every_code_has_a_word() -> None:
    for table, codes in ((STATUS, Status), (SLA_STATE, SlaState), (APOIO_REASON, ApoioReason), (ROLE, Role),
                         (KIND, Kind), (CHANNEL, Channel), (SLA_CLASS, SlaCode), (SITE, Site)):
        assert set(table) == {c.value for c in codes}, table
    assert set(SLA_COLOUR) == set(SLA_TEXT_ON_COLOUR) == {s.value for s in SlaState}


def test_the_words_the_desk_agreed_on() -> None:
    assert label(STATUS, "awaiting_approval") == "aguardando gestor"
    assert label(SLA_STATE, "warning") == "perto de vencer"
    assert label(APOIO_REASON, "no_answer") == "ninguém respondeu"
    assert label(STATUS, Status.AWAITING_APPROVAL) == "aguardando gestor"  # the StrEnum member is its code


def test_label_of_an_unknown_or_missing_code() -> None:
    assert label(STATUS, "frozen") == "frozen"  # a newer database: shown as it is
    assert label(STATUS, None) == ""
    assert label(STATUS, "open", str.upper) == "ABERTA"


def test_sla_class_name_prefers_the_vocabulary_then_the_stored_name() -> None:
    assert sla_class_name("24H") == "24 Horas"
    assert sla_class_name("24H", "Vinte e quatro") == "24 Horas"
    assert sla_class_name("48H", "48 Horas") == "48 Horas"  # a class an administrator added
    assert sla_class_name("48H") == "48H"


# One table, one palette, one format: no other module keeps its own


TABLES: dict[str, Mapping[str, str]] = {
    name: table for name, table in vars(vocabulary).items()
    if name.isupper() and isinstance(table, dict) and table and all(isinstance(v, str) for v in table.values())
}
SAME_TABLE = 3  # a dict of words or colours keyed by three codes of one table is a copy of it
DURATION_FORMAT = re.compile(r"[hd]\{[^}]*:02d?\}|divmod\(.*\b60\)")
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")
BRAND_COLOURS = {"views/icon.py"}  # the application icon's own colours are not the SLA palette


def _modules() -> Iterator[tuple[str, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.resolve() != VOCABULARY and "migrations" not in path.parts:
            yield path.relative_to(PACKAGE).as_posix(), path.read_text(encoding="utf-8")


def _code_of(key: ast.expr | None) -> str | None:
    """``"open"`` → open; ``SlaState.WARNING`` or ``SlaState.WARNING.value`` → warning."""
    if isinstance(key, ast.Constant) and isinstance(key.value, str):
        return key.value
    if isinstance(key, ast.Attribute) and key.attr == "value":
        key = key.value
    if isinstance(key, ast.Attribute):
        return key.attr.lower()
    return None


def _looks_like_a_label(value: ast.expr) -> bool:
    """Words or colours: a string, an f-string, a call (tr(…), QColor(…)) or a pair of strings (colours)."""
    if isinstance(value, ast.Tuple):
        return len(value.elts) == 2 and all(isinstance(e, ast.Constant) and isinstance(e.value, str)
                                            for e in value.elts)
    return isinstance(value, ast.JoinedStr | ast.Call) or (isinstance(value, ast.Constant)
                                                              and isinstance(value.value, str))


def test_no_module_keeps_a_second_label_table_or_palette() -> None:
    found = []
    for name, source in _modules():
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Dict) or not all(_looks_like_a_label(v) for v in node.values):
                continue
            keys = {_code_of(k) for k in node.keys} - {None}
            for table_name, table in TABLES.items():
                if len(keys & set(table)) >= SAME_TABLE:
                    found.append(f"{name}:{node.lineno} repeats vocabulary.{table_name}")
    assert found == [], "use domain/vocabulary.py (models/labels.py, models/palette.py in Qt):\n" + "\n".join(found)


def test_no_module_keeps_a_colour_or_duration_format_of_its_own() -> None:
    found = []
    for name, source in _modules():
        for number, line in enumerate(source.splitlines(), 1):
            if DURATION_FORMAT.search(line):
                found.append(f"{name}:{number} formats a duration: {line.strip()}")
            if HEX_COLOUR.search(line) and name not in BRAND_COLOURS:
                found.append(f"{name}:{number} a fixed colour: {line.strip()}")
    assert found == [], "use vocabulary.duration/remaining/countdown and models/palette.py:\n" + "\n".join(found)


def test_the_scan_would_see_yesterdays_copies() -> None:
    """The checks above are not vacuous: the tables and formatters this replaced are caught."""
    old = '''
SLA_COLOURS = {SlaState.ON_TRACK: QColor("#2e9e4f"), SlaState.WARNING: QColor("#d98a00"),
               SlaState.BREACHED: QColor("#d43c3c")}
labels = {"open": _t("Aberta"), "offered": _t("Oferecida"), "in_progress": _t("Em atendimento")}
reasons = {"no_answer": "ninguém aceitou", "everyone_refused": "todos recusaram", "n2_approved": "N2 aprovado"}
'''
    dicts = [n for n in ast.walk(ast.parse(old)) if isinstance(n, ast.Dict)]
    hits = [name for d in dicts for name, table in TABLES.items()
            if all(_looks_like_a_label(v) for v in d.values)
            and len({_code_of(k) for k in d.keys} & set(table)) >= SAME_TABLE]
    assert {"SLA_STATE", "SLA_COLOUR", "STATUS", "APOIO_REASON"} <= set(hits)
    assert DURATION_FORMAT.search('return f"{sign}{hours}h{mins:02d}"')
    assert DURATION_FORMAT.search('hours, mins = divmod(abs(minutes), 60)')


@pytest.mark.parametrize(("minutes", "text"), [(0, "0:00"), (10, "0:10"), (135, "2:15"), (1440, "24:00"),
                                               (2265, "37:45"), (10080, "168:00"), (-10, "-0:10")])
def test_clock_hours_is_a_spreadsheets_duration(minutes: int, text: str) -> None:
    assert vocabulary.clock_hours(minutes) == text
