"""The manual's rules that are not about tabs or availability: R2, R5–R9, R11."""

from __future__ import annotations

from collections.abc import Collection

from pitstop_desktop.domain.codes import EscalationTarget, Role, Status, TabCode
from pitstop_desktop.domain.errors import BadValue, NotPermitted, RuleViolation


def check_open(number: int, status: str, action: str) -> None:
    """R11: closed is final; a new call makes a new OC (R1)."""
    if status == Status.CLOSED:
        raise RuleViolation(
            "R11", f"a OC {number} está encerrada e não pode ser {action}; uma nova ligação gera uma nova "
            "OC (R1).")


def check_complementary_target(number: int, status: str) -> None:
    """R2: a complementary call is linked to an OC that is still open."""
    if status == Status.CLOSED:
        raise RuleViolation(
            "R2", f"a OC {number} já está encerrada; registre a ligação como uma nova OC sem vínculo (R1).")


def check_faq(code: str | None) -> str:
    """R11: closing needs a FAQ code (digits, as in the knowledge base: 7347, 7037, …)."""
    value = (code or "").strip()
    if not value:
        raise RuleViolation("R11", "encerrar exige um código FAQ; informe --faq CODIGO.")
    if not (value.isascii() and value.isdigit()):
        raise BadValue(f"código FAQ inválido: {value!r} (use só números, ex.: 7347)")
    return value


def everyone_refused(available: Collection[int], refused: Collection[int]) -> bool:
    """R5: every technician of the tab who is available now has refused (and someone did refuse).

    Both are staff ids: the tab's available technicians, and who refused the OC since it entered the tab.
    """
    return bool(refused) and set(available) <= set(refused)


def check_escalation_request(number: int, status: str, tab: str, target: str, reason: str | None) -> None:
    """R6/R7: an escalation names its reason and is not asked twice or for where the OC already is."""
    rule = "R6" if target == EscalationTarget.ESPECIALISTAS else "R7"
    check_open(number, status, "escalonada")
    if not reason:
        raise RuleViolation(rule, "o escalonamento exige um motivo: long_in_line ou not_solvable_n1.")
    if status == Status.AWAITING_APPROVAL:
        raise RuleViolation(rule, f"a OC {number} já aguarda a validação de um gestor; aguarde a decisão.")
    if tab == target:
        raise RuleViolation(rule, f"a OC {number} já está na aba {target}.")
    if target == EscalationTarget.ESPECIALISTAS and tab == TabCode.N2:
        raise RuleViolation(rule, f"a OC {number} já está no N2; não volta para Especialistas por "
                                  "escalonamento.")


def check_decider(actor_login: str, actor_role: str, requester_login: str) -> None:
    """Only managers decide (role), and never on their own request (R8, four eyes)."""
    if actor_role not in (Role.MANAGER, Role.ADMIN):
        raise NotPermitted(f"só um gestor técnico aprova ou rejeita escalonamentos; seu papel: {actor_role}.")
    if actor_login == requester_login:
        raise RuleViolation("R8", "quem pediu o escalonamento não pode decidir sobre ele; peça a outro gestor.")


def check_apoio_role(actor_role: str, action: str) -> None:
    if actor_role not in (Role.APOIO, Role.ADMIN):
        raise NotPermitted(f"só o APOIO da gestão (Zenaide, Fernanda, Janne) pode {action}; seu papel: "
                           f"{actor_role}.")
