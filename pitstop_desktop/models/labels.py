"""The desk's words in the UI's language: :mod:`pitstop_desktop.domain.vocabulary` through Qt's translator.

Every window (and the board model) shows a stored code, an SLA class or a duration through these few functions,
so the words are the vocabulary's and the language is the one installed with ``QTranslator``. The tables
themselves (``STATUS``, ``SLA_STATE``, ``ROLE``…) are the vocabulary's; pass them in:
``label(vocabulary.STATUS, row.status)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from pitstop_desktop.domain import vocabulary
from pitstop_desktop.domain.vocabulary import CONTEXT


def tr(text: str) -> str:
    """A vocabulary text (or any text marked ``QT_TRANSLATE_NOOP("pitstop", …)``) in the UI's language."""
    return QCoreApplication.translate(CONTEXT, text)


def label(table: Mapping[str, str], code: str | None) -> str:
    """The desk's word for a stored code; an unknown code (a newer database) is shown as it is."""
    return vocabulary.label(table, code, tr)


def sla_class_name(code: str, stored_name: str | None = None) -> str:
    return vocabulary.sla_class_name(code, stored_name, tr)


def duration(delta: timedelta) -> str:
    """``45 s``, ``12 min``, ``2 h 05 min``, ``3 d 4 h``: how long someone has waited."""
    return vocabulary.duration(delta, tr)


def remaining(minutes: int) -> str:
    """``restam 1 h 05 min`` or ``estourado há 29 min``: an SLA's time left."""
    return vocabulary.remaining(minutes, tr)


def countdown(minutes: int) -> str:
    """``-1h05``, ``12min``, ``3d04h``: the time left in a narrow cell (the same in every language)."""
    return vocabulary.countdown(minutes)
