"""The tabs (abas) and what each accepts: rule R3, plus the gates of R6 and R7."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pitstop_desktop.domain.codes import MANAGEMENT_ROLES, Channel, Kind, Role, TabCode
from pitstop_desktop.domain.errors import Field, NotPermitted, RuleViolation


class Entry(StrEnum):
    """How an OC arrives in a tab; gated tabs only open to some of these."""

    REGISTER = "register"
    FORWARD = "forward"
    ESCALATION = "escalation"  # a manager approved an escalation to Especialistas (R6)
    APOIO = "apoio"  # APOIO routes an approved N2 escalation, or what nobody accepted (R7)


@dataclass(frozen=True)
class TabRule:
    """A tab's acceptance rule as stored in the ``tabs`` table (editable by an admin)."""

    code: str
    name: str
    position: int = 0
    site: str | None = None
    gated: bool = False
    only_channel: str | None = None
    excluded_kinds: frozenset[str] = field(default_factory=frozenset)
    excluded_sla: frozenset[str] = field(default_factory=frozenset)
    management_only_from_other_sectors: bool = False


DEFAULT_TABS: tuple[TabRule, ...] = (
    TabRule("n1_rapida", "N1 - Rápida", 1, site="matriz", management_only_from_other_sectors=True),
    TabRule("n1_blip_matriz", "N1 - Blip Matriz", 2, site="matriz",
            excluded_kinds=frozenset({Kind.INSTALLATION.value})),
    TabRule("n1_blip_filiais", "N1 - Blip Filiais", 3, site="filial", only_channel=Channel.BLIP.value),
    TabRule("n1_filiais", "N1 - Filiais", 4, site="filial", excluded_sla=frozenset({"IS", "URGENTE"})),
    TabRule("especialistas", "Especialistas", 5, gated=True),
    TabRule("apoio_n1", "APOIO N1", 6),
    TabRule("n2", "N2", 7, gated=True),
)


@dataclass(frozen=True)
class OcFacts:
    """What R3 needs to know about an OC."""

    tab: str | None
    channel: str
    kind: str
    sla: str
    opened_by_tabs: frozenset[str] = frozenset()


def check_tab_accepts(
    rule: TabRule,
    oc: OcFacts,
    entry: Entry,
    actor_role: str,
    *,
    actor_site: str | None = None,
) -> None:
    """Raise when ``rule``'s tab may not receive ``oc`` this way; return quietly when it may.

    ``actor_site`` is the site of whoever registers (``staff.site``); None where it does not matter (a forward,
    or a check of the OC alone). A tab that takes other sectors' OCs only through management (N1 - Rápida) and
    belongs to a site takes registrations only from that site's people, unless management registers (R3): a
    branch attendant registers in a branch tab and management forwards.
    """
    if oc.tab == rule.code and entry == Entry.FORWARD:
        raise RuleViolation("R3.already_in_tab", field=Field.TAB, tab=rule.name)
    if rule.gated and entry in (Entry.REGISTER, Entry.FORWARD):
        if rule.code == TabCode.N2:
            raise RuleViolation("R7.gated", field=Field.TAB, tab=rule.name)
        raise RuleViolation("R6.gated", field=Field.TAB, tab=rule.name)
    if rule.only_channel and oc.channel != rule.only_channel:
        raise RuleViolation("R3.channel_only", field=Field.TAB, tab=rule.name, required_channel=rule.only_channel,
                            channel=oc.channel)
    if oc.kind in rule.excluded_kinds:
        raise RuleViolation("R3.kind_excluded", field=Field.TAB, tab=rule.name, kind=oc.kind)
    if oc.sla in rule.excluded_sla:
        raise RuleViolation("R3.sla_excluded", field=Field.TAB, tab=rule.name, sla=oc.sla)
    if (
        rule.management_only_from_other_sectors
        and entry == Entry.FORWARD
        and actor_role not in MANAGEMENT_ROLES
        and rule.code not in oc.opened_by_tabs
    ):
        raise NotPermitted("R3.management_only", field=Field.TAB, tab=rule.name, role=Role(actor_role).value)
    if (
        rule.management_only_from_other_sectors
        and rule.site is not None
        and entry == Entry.REGISTER
        and actor_site is not None
        and actor_site != rule.site
        and actor_role not in MANAGEMENT_ROLES
    ):
        raise RuleViolation("R3.site_only", field=Field.TAB, tab=rule.name, site=rule.site)
