"""Refusals the user can act on. Each maps to one CLI exit code; none of them is a bug."""

from __future__ import annotations


class PitstopError(Exception):
    """Base of every expected refusal; ``exit_code`` is the CLI contract."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BadValue(PitstopError):
    """Bad usage or a value that does not exist (unknown SLA class, malformed time, empty summary)."""

    exit_code = 2


class RuleViolation(PitstopError):
    """A manual rule (R1–R11) refused the action; the message starts with the rule."""

    exit_code = 3

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(f"{rule}: {message}")
        self.rule = rule


class NotFound(PitstopError):
    exit_code = 4


class Conflict(PitstopError):
    """Someone else got there first; the message says who."""

    exit_code = 5


class NotPermitted(PitstopError):
    """The acting person's role does not allow this."""

    exit_code = 6


class DatabaseUnavailable(PitstopError):
    """The database cannot be reached or opened; nothing was changed."""

    exit_code = 1
