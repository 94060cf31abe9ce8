"""Issue 8: one set of limits (domain/limits.py), the database's columns built from it, logins of a strict form."""

from __future__ import annotations

import pytest
from sqlalchemy import String

from pitstop_desktop.cli import printable
from pitstop_desktop.db.orm import Base
from pitstop_desktop.demo.day import STAFF
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.errors import BadValue
from pitstop_desktop.domain.timeparse import parse_date

COLUMNS = {
    ("staff", "login"): limits.LOGIN,
    ("staff", "name"): limits.STAFF_NAME,
    ("clients", "code"): limits.CLIENT_CODE,
    ("clients", "name"): limits.CLIENT_NAME,
    ("clients", "phone"): limits.PHONE,
    ("occurrences", "faq_code"): limits.FAQ_CODE,
    ("occurrences", "request_id"): limits.REQUEST_ID,
    ("audit_events", "actor"): limits.LOGIN,
    ("tabs", "code"): limits.TAB_CODE,
}


@pytest.mark.parametrize(("column", "limit"), COLUMNS.items(), ids=lambda c: ".".join(c) if isinstance(c, tuple)
                         else str(c))
def test_the_columns_are_as_long_as_the_limits(column: tuple[str, str], limit: int) -> None:
    table, name = column
    kind = Base.metadata.tables[table].columns[name].type
    assert isinstance(kind, String) and kind.length == limit


def test_every_demo_login_has_the_strict_form() -> None:
    for person in STAFF:
        limits.check_login(person.login)


@pytest.mark.parametrize("login", ["Ana", "ana souza", "joão", "a", ".ana", "ana\x1b[2J", "ana\x00", "a" * 65, ""])
def test_logins_outside_the_form_are_refused(login: str) -> None:
    with pytest.raises(BadValue) as refused:
        limits.check_login(login)
    assert refused.value.code in {"value.login_format", "value.too_long", "value.nul_byte"}


def test_too_long_names_the_text_and_the_limit() -> None:
    with pytest.raises(BadValue) as refused:
        limits.check_text("x" * (limits.NOTE + 1), limits.NOTE, subject="note")
    assert (refused.value.code, refused.value.params) == ("value.too_long", {"subject": "note", "limit": 2000})
    assert str(refused.value) == "a observação passa do limite de 2000 caracteres."
    limits.check_text("x" * limits.NOTE, limits.NOTE, subject="note")  # the limit itself is fine


def test_dates_outside_the_years_are_refused() -> None:
    for text in ("0001-01-01", "1969-12-31", "3000-01-01", "9999-12-31"):
        with pytest.raises(BadValue) as refused:
            parse_date(text)
        assert refused.value.code == "value.date_range"
    assert parse_date("2999-12-31").year == 2999


def test_numbers_beyond_the_columns_fit_nothing() -> None:
    assert limits.fits_bigint(2**63 - 1) and not limits.fits_bigint(2**63)
    assert limits.fits_integer(2**31 - 1) and not limits.fits_integer(2**31)


def test_printable_neutralises_controls_and_keeps_text() -> None:
    assert printable("Sistema não abre · 2ª vez") == "Sistema não abre · 2ª vez"
    assert printable("a\nb\tc\rd") == "a b c d"
    assert printable("\x1b[31mred\x07\x9b\u202e\x7f") == "\\x1b[31mred\\x07\\x9b\\u202e\\x7f"
