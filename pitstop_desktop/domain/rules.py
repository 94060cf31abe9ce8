"""The manual's rules that are not about tabs or availability: R2, R5–R9, R11."""

from __future__ import annotations

from collections.abc import Collection

from pitstop_desktop.domain import limits
from pitstop_desktop.domain.codes import EscalationTarget, Role, Status, TabCode
from pitstop_desktop.domain.errors import BadValue, Field, NotPermitted, RuleViolation


def check_open(number: int, status: str, action: str) -> None:
    """R11: closed is final; a new call makes a new OC (R1). ``action`` is what was tried (``refusals.ACTION``)."""
    if status == Status.CLOSED:
        raise RuleViolation("R11.closed", number=number, action=action)


def check_complementary_target(number: int, status: str) -> None:
    """R2: a complementary call is linked to an OC that is still open."""
    if status == Status.CLOSED:
        raise RuleViolation("R2.closed_target", field=Field.COMPLEMENTARY, number=number)


def check_faq(code: str | None) -> str:
    """R11: closing needs a FAQ code (digits, as in the knowledge base: 7347, 7037, …)."""
    value = (code or "").strip()
    if not value:
        raise RuleViolation("R11.faq_missing", field=Field.FAQ)
    if not (value.isascii() and value.isdigit()):
        raise BadValue("value.faq", field=Field.FAQ, faq=value)
    limits.check_text(value, limits.FAQ_CODE, subject="faq", field=Field.FAQ)
    return value


def everyone_refused(available: Collection[int], refused: Collection[int]) -> bool:
    """R5: every technician of the tab who is available now has refused (and someone did refuse).

    Both are staff ids: the tab's available technicians, and who refused the OC since it entered the tab.
    """
    return bool(refused) and set(available) <= set(refused)


def check_escalation_request(number: int, status: str, tab: str, target: str, reason: str | None) -> None:
    """R6/R7: an escalation names its reason and is not asked twice or for where the OC already is."""
    r6 = target == EscalationTarget.ESPECIALISTAS
    check_open(number, status, "escalate")
    if not reason:
        raise RuleViolation("R6.reason_missing" if r6 else "R7.reason_missing", field=Field.REASON)
    if status == Status.AWAITING_APPROVAL:
        raise RuleViolation("R6.escalation_pending" if r6 else "R7.escalation_pending", number=number)
    if tab == target:
        raise RuleViolation("R6.already_in_tab" if r6 else "R7.already_in_tab", field=Field.TARGET, number=number,
                            target=target)
    if target == EscalationTarget.ESPECIALISTAS and tab == TabCode.N2:
        raise RuleViolation("R6.from_n2", field=Field.TARGET, number=number)


def check_decider(actor_login: str, actor_role: str, requester_login: str) -> None:
    """Only managers decide (role), and never on their own request (R8, four eyes)."""
    if actor_role not in (Role.MANAGER, Role.ADMIN):
        raise NotPermitted("permission.manager_only", role=actor_role)
    if actor_login == requester_login:
        raise RuleViolation("R8.own_request")


def check_apoio_role(actor_role: str, task: str) -> None:
    """Only APOIO works its queue; ``task`` is what was tried (``refusals.TASK``: claim_apoio, forward_apoio)."""
    if actor_role not in (Role.APOIO, Role.ADMIN):
        raise NotPermitted("permission.apoio_only", task=task, role=actor_role)
