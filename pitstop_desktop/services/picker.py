"""Who could take an OC now: the technician picker's rows, read in a handful of batched queries.

R4 says an OC is offered only to someone who serves its tab, is logged in and is not at lunch (nor past their
shift, nor without signal from their windows: ``domain.availability``), and that a lunch
or shift end within 15 minutes is a warning. The person handing the OC over needs to *see* that before choosing,
together with what each technician is already doing, so this module gathers it in one read-only transaction:
the tab's people (``offers.tab_people``), their presence (``offers.availability_of``), today's roster, the OCs
they have in progress and, for a given OC, who already has its offer or refused it. The refusal itself still
comes from ``offers.offer``/``apoio.forward`` — this list only informs the choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import OccurrenceRow, OfferRow, RosterRow, TabRow
from pitstop_desktop.domain.availability import AvailabilityStatus
from pitstop_desktop.domain.codes import OfferAnswer, Status
from pitstop_desktop.domain.errors import BadValue
from pitstop_desktop.services.offers import availability_of, tab_people
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_occurrence, get_tab, run

AVAILABLE = AvailabilityStatus.AVAILABLE.value
AT_LUNCH = AvailabilityStatus.AT_LUNCH.value
OFFLINE = AvailabilityStatus.OFFLINE.value
SHIFT_ENDED = AvailabilityStatus.SHIFT_ENDED.value
NO_SIGNAL = AvailabilityStatus.NO_SIGNAL.value

_ORDER = {AVAILABLE: 0, AT_LUNCH: 1, NO_SIGNAL: 2, SHIFT_ENDED: 3, OFFLINE: 4}


@dataclass(frozen=True)
class Candidate:
    """One person who serves the tab, as the picker shows them (times aware, UTC)."""

    login: str
    name: str
    role: str
    state: str  # domain.availability.AvailabilityStatus: available, at_lunch, no_signal, shift_ended, offline
    logged_in_at: datetime | None
    lunch_start: datetime | None
    lunch_end: datetime | None
    shift_end: datetime | None
    current_jobs: tuple[int, ...]  # numbers of the OCs in progress with them
    warnings: tuple[str, ...]  # R4's warnings: lunch or shift end within 15 minutes
    offered: bool = False  # the OC's pending offer is with this person
    refused: bool = False  # this person refused the OC since it entered this tab (R5 counts these)
    offered_at: datetime | None = None  # when the pending offer was made to this person (R5: ten minutes on)

    @property
    def available(self) -> bool:
        return self.state == AVAILABLE


@dataclass(frozen=True)
class TabChoice:
    """A destination a person can pick (forward, offer through APOIO), with the name the desk uses."""

    code: str
    name: str
    gated: bool


def candidates(
    db: Database, *, number: int | None = None, tab: str | None = None, at: datetime | None = None
) -> list[Candidate]:
    """Everyone who serves ``tab`` (else the OC's tab): available first, then at lunch, without signal, past
    their shift, offline; by name. "Available" is the domain's one definition (the timeline counts the same).

    With ``number`` the rows also say who holds the OC's pending offer and who already refused it in that tab.
    """
    if number is None and tab is None:
        raise BadValue("value.oc_or_tab")

    def work(uow: UnitOfWork) -> list[Candidate]:
        oc = get_occurrence(uow.session, number) if number is not None else None
        if tab is not None:
            tab_code = get_tab(uow.session, tab).code
        else:
            assert oc is not None  # without a tab there is a number (checked above)
            tab_code = oc.tab
        people = tab_people(uow, tab_code)
        if not people:
            return []
        ids = [p.id for p in people]
        avail = availability_of(uow, people)
        today = uow.at.astimezone(uow.policy.calendar.tz).date()
        rosters = {r.staff_id: r for r in uow.session.scalars(
            select(RosterRow).where(RosterRow.day == today, RosterRow.staff_id.in_(ids)))}
        jobs: dict[int, list[int]] = {}
        for assignee, job in uow.session.execute(
            select(OccurrenceRow.assignee_id, OccurrenceRow.number)
            .where(OccurrenceRow.assignee_id.in_(ids), OccurrenceRow.status == Status.IN_PROGRESS.value)
            .order_by(OccurrenceRow.number)
        ):
            if assignee is not None:  # always: the query asks for these people's jobs
                jobs.setdefault(assignee, []).append(job)
        offered: dict[int, datetime] = {}
        refused: set[int] = set()
        if oc is not None and oc.tab == tab_code:
            for to_id, answer, offered_at in uow.session.execute(
                select(OfferRow.to_id, OfferRow.answer, OfferRow.offered_at).where(
                    OfferRow.occurrence_id == oc.id, OfferRow.tab == tab_code, OfferRow.offered_at >= oc.tab_since,
                    OfferRow.answer.in_((OfferAnswer.PENDING.value, OfferAnswer.REFUSED.value)))
            ):
                if answer == OfferAnswer.PENDING:
                    offered[to_id] = offered_at
                else:
                    refused.add(to_id)
        rows = []
        for person in people:
            a, roster = avail[person.id], rosters.get(person.id)
            rows.append(Candidate(
                login=person.login, name=person.name, role=person.role, state=a.status.value,
                logged_in_at=a.logged_in_at,
                lunch_start=roster.lunch_start if roster else None,
                lunch_end=roster.lunch_end if roster else None,
                shift_end=roster.shift_end if roster else None,
                current_jobs=tuple(jobs.get(person.id, ())), warnings=a.warnings,
                offered=person.id in offered, refused=person.id in refused, offered_at=offered.get(person.id),
            ))
        rows.sort(key=lambda c: (_ORDER[c.state], c.name.casefold(), c.login))
        return rows

    return run(db, work, at, write=False)


def tabs(db: Database) -> list[TabChoice]:
    """The tabs as the administrator configured them, in the desk's order (names can be edited, codes cannot)."""
    return run(db, tabs_in, write=False)


def tabs_in(uow: UnitOfWork) -> list[TabChoice]:
    """:func:`tabs` in a transaction already open."""
    return [TabChoice(t.code, t.name, t.gated)
            for t in uow.session.scalars(select(TabRow).order_by(TabRow.position, TabRow.code))]
