"""Who may do what: the role matrix the console follows (the services enforce the same rules)."""

from __future__ import annotations

from enum import StrEnum

from pitstop_desktop.domain.codes import MANAGEMENT_ROLES, Role


class Action(StrEnum):
    REGISTER = "register"
    OFFER = "offer"
    FORWARD = "forward"
    ESCALATE = "escalate"
    SEND_TO_APOIO = "send_to_apoio"
    CLOSE = "close"
    ACCEPT = "accept"
    DECIDE_ESCALATION = "decide_escalation"  # approve or reject (R8 also needs: not the requester)
    CLAIM_APOIO = "claim_apoio"
    FORWARD_FROM_APOIO = "forward_from_apoio"  # including to N2 (R7)
    SEE_APPROVALS = "see_approvals"
    SEE_APOIO_QUEUE = "see_apoio_queue"
    WALLBOARD = "wallboard"
    MANAGE_PRESENCE = "manage_presence"  # record someone else's presence, correct anyone's (with a reason)
    EDIT_ROSTER = "edit_roster"  # the week's roster: management that plans shifts (APOIO routes OCs, not people)
    # the consulting team (issue 12)
    RECORD_FOR_OTHERS = "record_for_others"  # contacts and tasks of someone else (everyone records their own)
    PLAN_CONSULTING = "plan_consulting"  # the work plan, meeting rooms, a client's consultant, the mailbox
    WEEKLY_REPORT = "weekly_report"  # the weekly management report (issue 12): management, APOIO da gestão included


_EVERYONE = frozenset(Role)
_MATRIX: dict[Action, frozenset[str]] = {
    Action.REGISTER: _EVERYONE,
    Action.OFFER: _EVERYONE,
    Action.FORWARD: _EVERYONE,
    Action.ESCALATE: _EVERYONE,
    Action.SEND_TO_APOIO: _EVERYONE,
    Action.CLOSE: _EVERYONE,
    Action.ACCEPT: _EVERYONE,
    Action.DECIDE_ESCALATION: frozenset({Role.MANAGER, Role.ADMIN}),
    Action.CLAIM_APOIO: frozenset({Role.APOIO, Role.ADMIN}),
    Action.FORWARD_FROM_APOIO: frozenset({Role.APOIO, Role.ADMIN}),
    Action.SEE_APPROVALS: frozenset(MANAGEMENT_ROLES),
    Action.SEE_APOIO_QUEUE: frozenset(MANAGEMENT_ROLES),
    Action.WALLBOARD: _EVERYONE,
    Action.MANAGE_PRESENCE: frozenset(MANAGEMENT_ROLES),
    # the office server grants roster writes to these groups only (db/roles.py MANAGEMENT)
    Action.EDIT_ROSTER: frozenset({Role.MANAGER, Role.SUPERVISOR, Role.ADMIN}),
    Action.RECORD_FOR_OTHERS: frozenset(MANAGEMENT_ROLES),
    # the office server grants work_plan, rooms, clients and settings writes to these groups only
    Action.PLAN_CONSULTING: frozenset({Role.MANAGER, Role.SUPERVISOR, Role.ADMIN}),
    Action.WEEKLY_REPORT: frozenset(MANAGEMENT_ROLES),
}


def can(role: str, action: Action) -> bool:
    return role in _MATRIX[action]
