"""The consulting services' pure rules (domain/consulting.py, consulting-services block): planned time as people
write it, the e-mail reply's subject and mailto URL, what counts as an e-mail address."""

from __future__ import annotations

import pytest

from pitstop_desktop.domain.consulting import email_subject, mailto_url, parse_minutes, valid_email
from pitstop_desktop.domain.errors import BadValue, Field


@pytest.mark.parametrize(("text", "minutes"), [
    ("90", 90), ("6h", 360), ("90min", 90), ("90m", 90), ("1h30", 90), ("1h30min", 90), (" 2 h 15 min ", 135),
    ("0", 0), ("0h", 0),
])
def test_planned_time_as_people_write_it(text: str, minutes: int) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["", "h", "min", "1,5h", "-30", "6 horas", "1h30x"])
def test_planned_time_that_does_not_read_is_refused(text: str) -> None:
    with pytest.raises(BadValue) as info:
        parse_minutes(text)
    assert (info.value.code, info.value.field) == ("value.minutes_format", Field.MINUTES)


def test_the_reply_subject_starts_with_the_protocol() -> None:
    assert email_subject(157, "Nota fiscal") == "Protocolo 157 - Nota fiscal"
    assert email_subject(157) == "Protocolo 157"
    assert email_subject(None, "  Nota  ") == "Nota"
    assert email_subject(None) == ""


def test_the_mailto_url_is_percent_encoded_with_the_mailbox_in_copy() -> None:
    assert mailto_url("joão@cliente.example", "consultoria@pitstop.example", "Protocolo 12 - Ação & reação?") == (
        "mailto:jo%C3%A3o@cliente.example?cc=consultoria@pitstop.example"
        "&subject=Protocolo%2012%20-%20A%C3%A7%C3%A3o%20%26%20rea%C3%A7%C3%A3o%3F")
    assert mailto_url(None, "c@x.example", "Protocolo 1") == "mailto:?cc=c@x.example&subject=Protocolo%201"


@pytest.mark.parametrize(("address", "ok"), [
    ("a@b.example", True), ("consultoria@pitstop.com.br", True), ("a@b", False), ("a b@c.example", False),
    ("@b.example", False), ("a@@b.example", False), ("a@b.example, c@d.example", False),
])
def test_what_an_email_address_is(address: str, ok: bool) -> None:
    assert valid_email(address) is ok
