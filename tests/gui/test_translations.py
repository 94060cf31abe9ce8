"""The English translation: every string translated, placeholders intact, the .qm in step with the .ts, and the
fill script only pre-fills (a translator's edit in the .ts survives it)."""

from __future__ import annotations

import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "pitstop_desktop" / "resources" / "i18n"
TS = I18N / "pitstop_en.ts"
QM = I18N / "pitstop_en.qm"

# %1, %L1, %n, {name}, {0}, and HTML tags such as <h2> or <a href='%1'>
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{\w*\}|</?[a-zA-Z][^>]*>")
# a keyboard accelerator: "&" before a letter or digit ("&&" is a literal ampersand)
ACCELERATOR = re.compile(r"(?<!&)&(?=[^\W_])")


def _messages() -> list[tuple[str, str, ET.Element, list[str]]]:
    """(context, source, <message>, translations) for every live message; numerus ones have several forms."""
    rows = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation is None:
                forms = []
            elif message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            rows.append((name, message.findtext("source") or "", message, forms))
    return rows


MESSAGES = _messages()


def _id(row: tuple[str, str, ET.Element, list[str]]) -> str:
    return f"{row[0] or '<empty>'}:{row[1][:40]}"


def test_ts_header_names_both_languages() -> None:
    root = ET.parse(TS).getroot()
    assert TS.read_text(encoding="utf-8").splitlines()[1] == "<!DOCTYPE TS>"
    assert root.tag == "TS"
    assert root.get("language") == "en"
    assert root.get("sourcelanguage") == "pt_BR"
    assert len(MESSAGES) >= 300


def test_every_message_has_a_finished_translation() -> None:
    unfinished = [_id(row) for row in MESSAGES
                  if row[2].find("translation") is None or row[2].find("translation").get("type") == "unfinished"
                  or not row[3] or not all(form.strip() for form in row[3])]
    assert unfinished == [], (f"{len(unfinished)} message(s) need an English translation (translate them in Qt "
                              "Linguist, or add them to tools/fill_translations.py and run it): "
                              + ", ".join(unfinished))


@pytest.mark.parametrize("row", MESSAGES, ids=_id)
def test_translation_keeps_placeholders_and_accelerator(row: tuple[str, str, ET.Element, list[str]]) -> None:
    _, source, _, forms = row
    for form in forms:
        assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source))
        assert len(ACCELERATOR.findall(form)) == len(ACCELERATOR.findall(source))
        # leading and trailing spaces are part of the layout (" às %1" is appended to a name)
        assert (form[:1] == " ") == (source[:1] == " ")
        assert (form[-1:] == " ") == (source[-1:] == " ")


@pytest.fixture
def translator(qapp) -> QTranslator:  # type: ignore[no-untyped-def]
    assert QM.exists(), "compile it: pyside6-lrelease pitstop_desktop/resources/i18n/pitstop_en.ts -qm …/pitstop_en.qm"
    loaded = QTranslator()
    assert loaded.load(str(QM))
    return loaded


def test_qm_matches_ts(translator: QTranslator) -> None:
    """The .qm is compiled from the current .ts: every translation in the .ts comes back from the .qm."""
    stale = []
    for context, source, message, forms in MESSAGES:
        if message.get("numerus") == "yes":
            got = [translator.translate(context, source, None, n) for n in (1, 2)]
            want = [form.replace("%n", str(n)) for form, n in zip(forms, (1, 2), strict=False)]
            # QTranslator leaves %n for QCoreApplication to fill in
            got = [g.replace("%n", str(n)) for g, n in zip(got, (1, 2), strict=False)]
        else:
            got, want = [translator.translate(context, source)], forms
        if got != want:
            stale.append(f"{_id((context, source, message, forms))}: {got!r} != {want!r}")
    assert stale == [], "pitstop_en.qm is out of date; run pyside6-lrelease:\n" + "\n".join(stale[:20])


@pytest.mark.parametrize(("context", "source", "english"), [
    ("BoardModel", "Tempo restante", "Time left"),
    ("pitstop", "em atendimento", "in progress"),
    ("pitstop", "saindo em breve", "leaving soon"),
    ("PresenceBar", "Devolver às abas", "Hand them back to their tabs"),
    ("BoardModel", "Sinais", "Signals"),
    ("OccurrenceDialog", "Encer&rar…", "&Close OC…"),
    ("ApoioPanel", "&Assumir", "&Claim"),
    ("MainWindow", "SLA perto de vencer", "SLA due soon"),
    ("SlaGaugeWidget", "estourados", "breached"),
    ("SignInDialog", "<h2>Pit Stop | Agenda</h2>Entre com seu login e senha.",
     "<h2>Pit Stop | Agenda</h2>Sign in with your login and password."),
    ("pitstop", "no almoço", "at lunch"),
    ("pitstop", "aguardando gestor", "awaiting manager"),
    ("pitstop", "perto de vencer", "due soon"),
    ("pitstop", "ninguém respondeu", "nobody answered"),
])
def test_known_strings_translate(translator: QTranslator, context: str, source: str, english: str) -> None:
    assert translator.translate(context, source) == english


def test_board_header_reads_english(english: None) -> None:
    from pitstop_desktop.domain.vocabulary import STATUS
    from pitstop_desktop.models.board import header_titles
    from pitstop_desktop.models.labels import label

    assert header_titles() == ["OC", "Customer", "Summary", "Channel", "Type", "SLA", "Time left", "Status",
                               "Technician", "Opened at", "In tab for", "Signals"]
    assert label(STATUS, "awaiting_approval") == "awaiting manager"


def test_messages_and_role_labels_read_english(english: None) -> None:
    from pitstop_desktop.views import messages as msg

    assert msg.remaining(-65) == "breached 1 h 05 min ago"
    assert msg.duration(timedelta(seconds=45)) == "45 s"
    assert msg.label(msg.SLA_STATE, "warning") == "due soon"
    assert msg.label(msg.ROLE, "manager") == "technical manager"
    assert msg.sla_class_name("24H", "24 Horas") == "24 hours"


def test_portuguese_is_untouched_without_the_translator(qapp) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.models.board import header_titles

    assert header_titles()[6] == "Tempo restante"


# The fill script (tools/fill_translations.py) pre-fills; the .ts, edited in Qt Linguist, has the last word.


def _fill_script():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import fill_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return fill_translations


def _translation(path: Path, context: str, source: str) -> ET.Element:
    for ctx in ET.parse(path).getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    found = message.find("translation")
                    assert found is not None
                    return found
    raise AssertionError(f"{context}: {source!r} not in {path}")


def test_a_translators_edit_survives_the_fill_script(tmp_path: Path) -> None:
    """Edited in Linguist (finished), a translation the dictionaries word differently is kept as it is; an
    unfinished or empty one is pre-filled from them."""
    fill = _fill_script()
    copy = tmp_path / "pitstop_en.ts"
    shutil.copy(TS, copy)
    text = copy.read_text(encoding="utf-8")
    edited = "<source>perto de vencer</source>\n        <translation>due soon</translation>"
    unfinished = "<source>aguardando gestor</source>\n        <translation>awaiting manager</translation>"
    assert edited in text and unfinished in text  # the pitstop context's words, as the dictionaries have them
    text = text.replace(edited, edited.replace(">due soon<", ">close to breach<"))
    text = text.replace(unfinished, unfinished.replace('<translation>awaiting manager<',
                                                       '<translation type="unfinished"><'))
    copy.write_text(text, encoding="utf-8")

    assert fill.main(copy) == 0
    kept = _translation(copy, "pitstop", "perto de vencer")
    assert (kept.text, kept.get("type")) == ("close to breach", None)
    filled = _translation(copy, "pitstop", "aguardando gestor")
    assert (filled.text, filled.get("type")) == ("awaiting manager", None)
    assert fill.main(copy) == 0  # a second run changes nothing
    assert _translation(copy, "pitstop", "perto de vencer").text == "close to breach"


def test_the_fill_script_leaves_the_committed_ts_as_it_is(tmp_path: Path) -> None:
    """Every message is finished, so a run only rewrites the file in lupdate's layout: byte for byte the same."""
    fill = _fill_script()
    copy = tmp_path / "pitstop_en.ts"
    shutil.copy(TS, copy)
    assert fill.main(copy) == 0
    assert copy.read_bytes() == TS.read_bytes()
