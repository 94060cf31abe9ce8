"""The one set of limits on what people type, checked where values enter (the services), on every database.

PostgreSQL refuses a ``String(n)`` value longer than ``n`` ("value too long"), a NUL byte in any text and an
integer beyond its column's range; SQLite stores all of them. So the limits live here, ``db/orm.py`` builds its
columns from the same constants (they cannot drift), and the services refuse a value that breaks one with the
same sentence on both: ``value.too_long`` (which text, the limit), ``value.nul_byte``, ``value.login_format``,
``value.date_range``. A number beyond a column's range is simply not found (the lookups check
:func:`fits_bigint` / :func:`fits_integer` before asking the database).

Notes and reasons (closing note, forward and escalation notes, refusal, rejection and APOIO reasons) are free
text with no column limit of their own; :data:`NOTE` (2,000 characters, a long paragraph) keeps them sane.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pitstop_desktop.domain.errors import BadValue, Field

# Column lengths (characters), db/orm.py's String(n)
LOGIN = 64
STAFF_NAME = 120
CLIENT_CODE = 32
CLIENT_NAME = 200
PHONE = 40
FAQ_CODE = 16
REQUEST_ID = 64
TAB_CODE = 32
CODE = 16  # channel, kind, role, site, status-like codes (chosen from closed lists)
REASON_CODE = 32  # an escalation's or an APOIO item's reason code
EMAIL = 254  # an e-mail address or Skype name (RFC 5321's longest path)
SEAT = 64  # a seat's id: a random id each running window makes for itself (services/presence.py)

# Free text without a column limit (Text): the application's own limits
SUMMARY = 4000
NOTE = 2000

# Integer columns: OC numbers and entity ids of BigInteger columns, other ids of Integer ones (PostgreSQL's ranges)
BIGINT_MAX = 2**63 - 1
INTEGER_MAX = 2**31 - 1

# A typed date or moment: years a help desk's calendar can hold (the SLA arithmetic adds days past either end
# of Python's own range, 0001–9999, and PostgreSQL's)
EARLIEST_YEAR = 1970
LATEST_YEAR = 2999

# A login: lower-case letters, digits, dot, hyphen, underscore (the demo's "patricia.nogueira"), 2 to LOGIN long,
# starting with a letter or digit. Nothing a terminal would interpret, nothing that needs quoting in SQL.
LOGIN_PATTERN = re.compile(rf"[a-z0-9][a-z0-9._-]{{1,{LOGIN - 1}}}")


def check_text(value: str | None, limit: int, *, subject: str, field: Field | None = None) -> None:
    """Refuse a text longer than ``limit`` or with a NUL byte (PostgreSQL refuses both; SQLite stores them)."""
    if value is None:
        return
    if "\x00" in value:
        raise BadValue("value.nul_byte", field=field, subject=subject)
    if len(value) > limit:
        raise BadValue("value.too_long", field=field, subject=subject, limit=limit)


def check_login(login: str) -> None:
    """A new login must match :data:`LOGIN_PATTERN` (exit 2); ``login`` is shown quoted, escapes visible."""
    check_text(login, LOGIN, subject="login", field=Field.LOGIN)
    if not LOGIN_PATTERN.fullmatch(login):
        raise BadValue("value.login_format", field=Field.LOGIN, login=login, limit=LOGIN)


def fits_bigint(number: int) -> bool:
    """Whether ``number`` can be in a BigInteger column (OC numbers): one beyond it is simply not there."""
    return -BIGINT_MAX - 1 <= number <= BIGINT_MAX


def fits_integer(number: int) -> bool:
    """Whether ``number`` can be an Integer column's value (escalation ids on PostgreSQL)."""
    return -INTEGER_MAX - 1 <= number <= INTEGER_MAX


def check_year(value: date | datetime, text: str, field: Field) -> None:
    """Refuse a typed date outside :data:`EARLIEST_YEAR`–:data:`LATEST_YEAR` (exit 2, never an overflow)."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise BadValue("value.date_range", field=field, text=text, earliest=EARLIEST_YEAR, latest=LATEST_YEAR)
