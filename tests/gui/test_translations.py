"""The English translation: every string translated, placeholders intact, the .qm in step with the .ts."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N = Path(__file__).resolve().parents[2] / "pitstop_desktop" / "resources" / "i18n"
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
    assert unfinished == [], (f"{len(unfinished)} message(s) need an English translation "
                              "(add them to tools/fill_translations.py and run it): " + ", ".join(unfinished))


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
    ("BoardModel", "Em atendimento", "In progress"),
    ("TimelineCanvas", "Em atendimento", "Busy"),
    ("TimelineCanvas", "Saindo em breve", "Leaving soon"),
    ("OccurrenceDialog", "Encer&rar…", "&Close OC…"),
    ("ApoioPanel", "&Assumir", "&Claim"),
    ("MainWindow", "SLA em risco", "SLA at risk"),
    ("SlaGaugeWidget", "estourados", "breached"),
    ("SignInDialog", "<h2>Pit Stop | Agenda</h2>Entre com seu login e senha.",
     "<h2>Pit Stop | Agenda</h2>Sign in with your login and password."),
    ("pitstop", "no almoço", "at lunch"),
])
def test_known_strings_translate(translator: QTranslator, context: str, source: str, english: str) -> None:
    assert translator.translate(context, source) == english


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's own install_translations(app, "en"), undone afterwards so other tests stay in Portuguese."""
    from pitstop_desktop.views.app import install_translations

    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    assert install_translations(qapp, "en") == "en"
    yield
    for added in set(qapp.findChildren(QTranslator)) - before:
        QCoreApplication.removeTranslator(added)
        added.setParent(None)
    QLocale.setDefault(locale)


def test_board_header_reads_english(english: None) -> None:
    from pitstop_desktop.models.board import header_titles, status_label

    assert header_titles() == ["OC", "Customer", "Summary", "Channel", "Type", "SLA", "Time left", "Status",
                               "Technician", "Opened at", "In tab for"]
    assert status_label("awaiting_approval") == "Awaiting manager"


def test_messages_and_role_labels_read_english(english: None) -> None:
    from pitstop_desktop.views import messages as msg
    from pitstop_desktop.views.main_window import role_label

    assert msg.remaining(-65) == "breached 1 h 05 min ago"
    assert msg.duration(timedelta(seconds=45)) == "45 s"
    assert msg.label(msg.SLA_STATE, "warning") == "at risk"
    assert role_label("manager") == "manager"


def test_portuguese_is_untouched_without_the_translator(qapp) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.models.board import header_titles

    assert header_titles()[6] == "Tempo restante"
