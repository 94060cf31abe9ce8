"""Refusals the user can act on, as data. Each class maps to one CLI exit code; none of them is a bug.

A refusal carries a stable ``code`` ("R4.at_lunch", "value.summary_empty", "not_found.client" …), the manual's
``rule`` it cites (read from the code: "R4"), the form ``field`` it is about and its ``params`` (who took the slot,
at what time, the OC number …). The words are not here: ``domain/refusals.py`` is the one catalogue that turns
a refusal into a sentence in the UI's language, and the CLI adds its own hints (flags, commands) in ``cli/wording.py``.

    raise RuleViolation("R4.at_lunch", field=Field.TECHNICIAN, name=tech.name)
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any, ClassVar

_RULE = re.compile(r"R(?:[1-9]|1[01])")


class Field(StrEnum):
    """What a refusal is about, so a form shows it beside that field (a small, closed vocabulary)."""

    CLIENT = "client"
    SUMMARY = "summary"
    CHANNEL = "channel"
    KIND = "kind"
    SLA = "sla"
    TAB = "tab"
    COMPLEMENTARY = "complementary"  # the OC a complementary call is linked to (R2)
    SLOT = "slot"
    TECHNICIAN = "technician"
    FAQ = "faq"
    REASON = "reason"
    TARGET = "target"  # where an escalation goes
    STATUS = "status"
    LOGIN = "login"
    PASSWORD = "password"
    NAME = "name"
    ROLE = "role"
    SITE = "site"
    DATE = "date"
    TIME = "time"
    DATABASE = "database"
    # issue 12: the consulting team
    WEEK = "week"
    START = "start"
    END = "end"
    # consulting-services
    MINUTES = "minutes"  # planned time of a work-plan line
    EMAIL = "email"  # an e-mail address (a contact person's, the Consultoria mailbox)
    CONTACT = "contact"  # the contact (or contact person) a use case is about
    PROTOCOL = "protocol"  # the OC number a contact or task is about
    ROOM = "room"
    TASK_TYPE = "task_type"


class PitstopError(Exception):
    """Base of every expected refusal; ``exit_code`` is the CLI contract.

    ``params`` hold plain values (text, numbers, codes, tuples of codes, or another refusal that caused this
    one); the catalogue decides how each is shown. ``str(error)`` is the catalogue's Portuguese with codes as
    they are stored (for logs and tests); windows use ``views.messages.error_text``, the CLI its own wording.
    """

    exit_code: ClassVar[int] = 1

    def __init__(self, code: str, /, *, field: Field | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params: dict[str, Any] = params

    @property
    def rule(self) -> str | None:
        """The manual's rule this refusal cites ("R9" for "R9.claimed"), or None."""
        head = self.code.partition(".")[0]
        return head if _RULE.fullmatch(head) else None

    @property
    def message(self) -> str:
        from pitstop_desktop.domain.refusals import render  # the catalogue imports this module

        return render(self, raw_codes=True)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        args = [repr(self.code)]
        if self.field is not None:
            args.append(f"field={self.field.value!r}")
        args += [f"{name}={value!r}" for name, value in self.params.items()]
        return f"{type(self).__name__}({', '.join(args)})"

    def __reduce__(self) -> tuple[Any, ...]:  # keyword arguments survive pickling (worker processes)
        return _restore, (type(self), self.code, self.field, self.params)


def _restore(cls: type[PitstopError], code: str, field: Field | None, params: dict[str, Any]) -> PitstopError:
    error = cls.__new__(cls)
    PitstopError.__init__(error, code, field=field, **params)
    return error


class BadValue(PitstopError):
    """Bad usage or a value that does not exist (unknown SLA class, malformed time, empty summary)."""

    exit_code = 2


class RuleViolation(PitstopError):
    """A manual rule (R1–R11) refused the action; its code starts with the rule ("R3.kind_excluded"), or a rule
    of the consulting team's process (second seed: "consulting.not_client"), which its sentence names."""

    exit_code = 3


class NotFound(PitstopError):
    exit_code = 4


class Conflict(PitstopError):
    """Someone else got there first; the params say who."""

    exit_code = 5


class NotPermitted(PitstopError):
    """The acting person's role does not allow this."""

    exit_code = 6


class DatabaseUnavailable(PitstopError):
    """The database cannot be reached or opened; nothing was changed."""

    exit_code = 1
