"""Helpers for the GUI tests: real clicks on a row of a :class:`RowView`, and OCs made for one test.

Rows are found through what the list shows (``texts()``) or their key, and clicked where they are on screen
(``key_rect``), so a test drives the list as a person does. The OCs come from the services on the demo day's
database, so a test does not depend on the demo's numbering.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pitstop_desktop.db import Database
from pitstop_desktop.services import apoio, occurrences
from pitstop_desktop.views.row_view import RowView
from tests.gui.conftest import DEMO_NOW

LEFT, PLAIN = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def key_of(view: RowView[Any], text: str, column: int = 0) -> Hashable:
    """The key of the row that shows ``text`` in ``column``."""
    for row, texts in enumerate(view.texts()):
        if texts[column] == text:
            return view.rows().key_at(row)
    raise AssertionError(f"no row shows {text!r} in column {column}: {[t[column] for t in view.texts()]}")


def click_key(view: RowView[Any], key: Hashable, *, double: bool = False) -> None:
    """Click (or double-click) the row with ``key`` in the middle of its first cell."""
    point = view.key_rect(key).center()
    QTest.mouseClick(view.viewport(), LEFT, PLAIN, point)
    if double:  # QTest's double click is only the second press: a real one starts with a click
        QTest.mouseDClick(view.viewport(), LEFT, PLAIN, point)


def click_row(view: RowView[Any], text: str, *, column: int = 0, double: bool = False) -> None:
    """Click the row that shows ``text`` in ``column`` (the OC number, a person's name…)."""
    click_key(view, key_of(view, text, column), double=double)


def new_call(db: Database, *, summary: str = "Impressora fiscal parou", channel: str = "phone",
             tab: str = "n1_rapida", actor: str = "ana.souza", client: str = "C1014") -> int:
    """A fresh OC registered at the demo's 14:30 (open, nobody on it); its number."""
    return occurrences.register_call(db, actor=actor, client=client, channel=channel, summary=summary, tab=tab,
                                     at=DEMO_NOW).number


def new_apoio_item(db: Database, *, reason: str = "cliente pediu a gestao", actor: str = "ana.souza") -> int:
    """A fresh OC that an attendant sent to the APOIO queue at 14:30 (free, "enviado pelo atendente")."""
    number = new_call(db, actor=actor)
    apoio.send(db, number, actor=actor, reason=reason, at=DEMO_NOW)
    return number
