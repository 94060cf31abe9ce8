"""Refusals in a window: every code of the catalogue through ``messages.error_text``, in Portuguese and English
(the ``english`` fixture is in conftest.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from pitstop_desktop.domain import refusals
from pitstop_desktop.domain.errors import Conflict, NotPermitted, PitstopError
from pitstop_desktop.domain.refusals import TEMPLATES, render
from pitstop_desktop.views.messages import error_text
from tests.domain.test_refusals import sample

CODES = sorted(TEMPLATES)


def _checked(text: str, error: PitstopError) -> str:
    assert "{" not in text and "}" not in text and "\n" not in text, text
    body = text.removeprefix(f"{error.rule}: ") if error.rule else text
    assert body != text or error.rule is None, text
    assert body[:1] == body[:1].upper(), text  # a sentence in a dialog starts with a capital
    assert not re.search(r"--|`|\bveja\b", text), text  # no command-line hints in a window
    return text


@pytest.mark.parametrize("code", CODES)
def test_every_refusal_reads_portuguese(qapp, code: str) -> None:  # type: ignore[no-untyped-def]
    error = sample(code)
    text = _checked(error_text(error), error)
    assert text.lower() == render(error).lower()


@pytest.mark.parametrize("code", CODES)
def test_every_refusal_reads_english(english: None, code: str) -> None:
    error = sample(code)
    text = _checked(error_text(error), error)
    assert text.lower() != render(error).lower(), f"{code} is still Portuguese: {text}"


def test_no_template_or_word_is_left_untranslated(english: None) -> None:
    sources = [*TEMPLATES.values(), *refusals.ACTION.values(), *refusals.TASK.values(), *refusals.STEP.values()]
    same = [s for s in sources if QCoreApplication.translate(refusals.CONTEXT, s) == s]
    assert same == []


def test_english_sentences_use_the_desks_english_words(english: None) -> None:
    decided = Conflict("R8.already_decided_by", id=3, escalation_status="approved", name="Gil Gestor", login="gil")
    assert error_text(decided) == "R8: Escalation 3 has already been decided (approved) by Gil Gestor (gil)."
    role = NotPermitted("permission.apoio_only", task="claim_apoio", role="manager")
    assert error_text(role) == ("Only management's APOIO (Zenaide, Fernanda, Janne) can claim items from the APOIO "
                                "queue; your role: technical manager.")
    nested = PitstopError("outbox.not_saved", reason="timeout",
                          problem=PitstopError("outbox.write_failed", path="/tmp/o.db", reason="disk full"))
    assert error_text(nested) == ("The call was NOT saved: the database does not answer (timeout) and the local "
                                  "outbox failed (could not write to the local outbox /tmp/o.db: disk full).")


def test_portuguese_sentences_use_the_desks_words(qapp) -> None:  # type: ignore[no-untyped-def]
    decided = Conflict("R8.already_decided_by", id=3, escalation_status="rejected", name="Gil", login="gil")
    assert error_text(decided) == "R8: O escalonamento 3 já foi decidido (rejeitado) por Gil (gil)."
    assert error_text(NotPermitted("R3.management_only", tab="N1 - Rápida", role="attendant")) == (
        "R3: N1 - Rápida não recebe OCs de outros setores, a menos que a gestão encaminhe (gestor, supervisor ou "
        "apoio); peça a um deles. Seu papel: atendente.")
