"""Handing an OC to a technician: offer (R4), accept (R9), refuse (R5: everyone refused → APOIO).

Who is available is the domain's one definition (``domain.availability``), read by ``presence.availability_of``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    ClientRow,
    OccurrenceRow,
    OfferRow,
    StaffRow,
    StaffTabRow,
)
from pitstop_desktop.domain import limits, rules, signals
from pitstop_desktop.domain.availability import check_offer
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import ApoioReason, OfferAnswer, Status, TabCode
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotPermitted, RuleViolation
from pitstop_desktop.domain.permissions import Action, can
from pitstop_desktop.services.occurrence_records import occurrence_record
from pitstop_desktop.services.occurrences import check_not_awaiting
from pitstop_desktop.services.presence import availability_of as availability_of  # R4's one definition
from pitstop_desktop.services.records import OfferResult, PendingOfferRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_occurrence, get_staff, get_tab, run
from pitstop_desktop.services.workflow import (
    change_occurrence,
    check_owner,
    enter_apoio,
    is_retry,
    open_apoio_item,
    pending_offer,
    place_offer,
    resolve_apoio_item,
)

NO_ANSWER_MINUTES = signals.NO_ANSWER_MINUTES  # R5, the domain's one number


def tab_people(uow: UnitOfWork, tab: str) -> list[StaffRow]:
    return list(uow.session.scalars(
        select(StaffRow).join(StaffTabRow, StaffTabRow.staff_id == StaffRow.id)
        .where(StaffTabRow.tab_code == tab, StaffRow.active.is_(True)).order_by(StaffRow.login)))


def offer(
    db: Database, number: int, *, actor: str, to: str, replace: bool = False, at: datetime | None = None
) -> OfferResult:
    """R4: only to someone who serves the tab, is logged in and not at lunch; near lunch/shift end warns.

    An offer still waiting for its answer is replaced only when asked (``replace``): otherwise the refusal says
    who has it (``workflow.place_offer``).
    """

    def work(uow: UnitOfWork) -> OfferResult:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        if oc.status == Status.OFFERED and is_retry(uow, oc, person, "offered", "") and _pending_to(uow, oc, to):
            return OfferResult(occurrence_record(uow, oc))  # offered already, by this very command
        rules.check_open(oc.number, oc.status, "offer")
        check_not_awaiting(uow, oc, "offer")
        if oc.assignee_id is not None:
            check_owner(uow, oc, person, "offer")  # R9: nobody else re-offers someone's OC (exit 6)
            owner = uow.session.get(StaffRow, oc.assignee_id)
            if owner is None:
                raise Conflict("R9.has_some_owner", number=oc.number)
            raise Conflict("R9.offer_while_assigned", number=oc.number, name=owner.name, login=owner.login)
        tech = get_staff(uow.session, to, field=Field.TECHNICIAN)
        tab = get_tab(uow.session, oc.tab)
        serves = uow.session.scalar(select(StaffTabRow.staff_id).where(
            StaffTabRow.staff_id == tech.id, StaffTabRow.tab_code == oc.tab)) is not None
        warnings = check_offer(tech.name, tab.name, serves, availability_of(uow, [tech])[tech.id],
                               uow.policy.calendar.tz)
        place_offer(uow, oc, tech, person, warnings, replace=replace)
        return OfferResult(occurrence_record(uow, oc), tuple(warnings))

    return run(db, work, at)


def offers_for(db: Database, *, login: str, at: datetime | None = None) -> list[PendingOfferRecord]:
    """The offers waiting for ``login``'s answer, the longest waiting first: what that person has to accept or
    refuse (R4: a person answers only what was offered to them), with the OC's SLA and who offered it when."""

    def work(uow: UnitOfWork) -> list[PendingOfferRecord]:
        person = get_staff(uow.session, login)
        rows = uow.session.execute(
            select(OfferRow, OccurrenceRow, ClientRow.code, ClientRow.name, StaffRow.login)
            .join(OccurrenceRow, OccurrenceRow.id == OfferRow.occurrence_id)
            .join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
            .join(StaffRow, StaffRow.id == OfferRow.offered_by_id)
            .where(OfferRow.to_id == person.id, OfferRow.answer == OfferAnswer.PENDING)
            .order_by(OfferRow.offered_at, OfferRow.id)).all()
        out = []
        for offer_row, oc, client, client_name, offered_by in rows:
            reading = uow.policy.read(oc.sla_class, oc.opened_at, uow.at, oc.closed_at)
            waited = max(0, int((uow.at - offer_row.offered_at).total_seconds() // 60))
            out.append(PendingOfferRecord(
                number=oc.number, client=client, client_name=client_name, summary=oc.summary, tab=oc.tab,
                sla=oc.sla_class, sla_state=reading.state.value, remaining_minutes=reading.remaining_minutes,
                offered_by=offered_by, offered_at=offer_row.offered_at, waiting_minutes=waited,
                warnings=tuple(w for w in offer_row.warnings.split("\n") if w)))
        return out

    return run(db, work, at, write=False)


def _pending_offer_for(uow: UnitOfWork, oc: OccurrenceRow, person: StaffRow, task: str) -> OfferRow:
    """The offer ``person`` answers; ``task`` is the answer tried (refusals.TASK: accept, refuse).

    Someone whose offer was replaced by another hears that it was withdrawn, by whom and when, rather than
    "offered to someone else" or "already accepted": the offer they were told about is what changed.
    """
    pending = pending_offer(uow, oc)
    if pending is None or pending.to_id != person.id:
        _check_not_replaced(uow, oc, person)
    if pending is None:
        if oc.assignee_id is not None:
            owner = uow.session.get(StaffRow, oc.assignee_id)
            if owner is None:
                raise Conflict("R9.has_some_owner", number=oc.number)
            raise Conflict("R9.has_owner", number=oc.number, name=owner.name, login=owner.login)
        raise RuleViolation("R4.not_offered", number=oc.number, task=task)
    if pending.to_id != person.id:
        other = uow.session.get(StaffRow, pending.to_id)
        raise NotPermitted("permission.offered_to_other", number=oc.number, name=other.name if other else "?")
    return pending


def _check_not_replaced(uow: UnitOfWork, oc: OccurrenceRow, person: StaffRow) -> None:
    """``conflict.offer_withdrawn`` when ``person``'s latest offer of ``oc`` was withdrawn by a new offer (the one
    made at the moment it was withdrawn, ``place_offer(replace=True)``)."""
    mine = uow.session.scalar(select(OfferRow).where(OfferRow.occurrence_id == oc.id, OfferRow.to_id == person.id)
                              .order_by(OfferRow.id.desc()).limit(1))
    if mine is None or mine.answer != OfferAnswer.WITHDRAWN:
        return
    replacement = uow.session.scalar(select(OfferRow).where(
        OfferRow.occurrence_id == oc.id, OfferRow.id > mine.id, OfferRow.offered_at == mine.answered_at)
        .order_by(OfferRow.id).limit(1))
    if replacement is None:  # withdrawn with no new offer (a forward, a close, sent to APOIO): the usual answers
        return
    by = uow.session.get(StaffRow, replacement.offered_by_id)
    assert by is not None  # a foreign key: the person exists
    raise Conflict("conflict.offer_withdrawn", number=oc.number, name=by.name, login=by.login,
                   time=f"{replacement.offered_at.astimezone(uow.policy.calendar.tz):%H:%M}")


def _pending_to(uow: UnitOfWork, oc: OccurrenceRow, login: str) -> bool:
    return uow.session.scalar(select(OfferRow.id).join(StaffRow, StaffRow.id == OfferRow.to_id).where(
        OfferRow.occurrence_id == oc.id, OfferRow.answer == OfferAnswer.PENDING, StaffRow.login == login)
    ) is not None


def _refused_by(uow: UnitOfWork, oc: OccurrenceRow, person: StaffRow, why: str) -> bool:
    """The OC's latest offer went to ``person``, who refused it for ``why``: refusing again is a retry."""
    latest = uow.session.scalar(
        select(OfferRow).where(OfferRow.occurrence_id == oc.id).order_by(OfferRow.id.desc()).limit(1))
    return (latest is not None and latest.to_id == person.id and latest.answer == OfferAnswer.REFUSED
            and latest.reason == why)


def _accepted_by(uow: UnitOfWork, oc: OccurrenceRow, person: StaffRow) -> bool:
    """``person`` owns ``oc`` because she accepted its offer (so accepting again is a retry, not a new act)."""
    if oc.assignee_id != person.id:
        return False
    return uow.session.scalar(select(OfferRow.id).where(
        OfferRow.occurrence_id == oc.id, OfferRow.to_id == person.id, OfferRow.answer == OfferAnswer.ACCEPTED,
        OfferRow.tab == oc.tab).limit(1)) is not None


def accept(db: Database, number: int, *, actor: str, at: datetime | None = None) -> OfferResult:
    """R9: one owner. The assignee is set only where there is none, so two acceptors cannot both win.

    Accepting again an OC one already accepted (a retry after a lost answer) answers with the OC, changing nothing.
    """

    def work(uow: UnitOfWork) -> OfferResult:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        rules.check_open(oc.number, oc.status, "accept")
        if _accepted_by(uow, oc, person):
            return OfferResult(occurrence_record(uow, oc))
        check_not_awaiting(uow, oc, "accept")
        pending = _pending_offer_for(uow, oc, person, "accept")
        won = uow.session.execute(
            update(OccurrenceRow)
            .where(OccurrenceRow.id == oc.id, OccurrenceRow.assignee_id.is_(None))
            .values(assignee_id=person.id, status=Status.IN_PROGRESS.value, version=OccurrenceRow.version + 1)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]  # an UPDATE's Result is a CursorResult
        if won != 1:
            uow.session.refresh(oc)
            if _accepted_by(uow, oc, person):
                return OfferResult(occurrence_record(uow, oc))
            owner = uow.session.get(StaffRow, oc.assignee_id) if oc.assignee_id else None
            raise Conflict("R9.already_accepted", number=oc.number, name=owner.name if owner else "?",
                           login=owner.login if owner else "?")
        uow.session.refresh(oc)
        pending.answer, pending.answered_at = OfferAnswer.ACCEPTED.value, uow.at
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "accepted", f"{person.login} assumiu a OC",
                   occurrence_id=oc.id, after={"assignee": person.login, "status": oc.status})
        _take_apoio_item(uow, oc, person)
        return OfferResult(occurrence_record(uow, oc))

    return run(db, work, at)


def _take_apoio_item(uow: UnitOfWork, oc: OccurrenceRow, person: StaffRow) -> None:
    """R9: an OC accepted while in the APOIO queue is nobody's free item any more.

    An APOIO person who accepts it holds its item as if she had claimed it (the queue shows her name, and a
    second claim is told who has it); anyone else took it out of the queue's hands, so the item is resolved.
    """
    item = open_apoio_item(uow, oc)
    if item is None:
        return
    if not can(person.role, Action.CLAIM_APOIO):
        resolve_apoio_item(uow, oc, person)
        return
    item.claimed_by_id, item.claimed_at, item.version = person.id, uow.at, item.version + 1
    uow.record(person.login, Entity.APOIO_ITEM, item.id, "claimed", f"OC {oc.number} aceita por {person.login}")


def refuse(db: Database, number: int, *, actor: str, reason: str, at: datetime | None = None) -> OfferResult:
    """A refusal needs a reason. R5: when every available technician of the tab refused, APOIO takes it."""
    why = (reason or "").strip()
    if not why:
        raise BadValue("value.refusal_reason", field=Field.REASON)
    limits.check_text(why, limits.NOTE, subject="reason", field=Field.REASON)

    def work(uow: UnitOfWork) -> OfferResult:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        if _refused_by(uow, oc, person, why):
            return OfferResult(occurrence_record(uow, oc), moved_to_apoio=oc.tab == TabCode.APOIO_N1)
        rules.check_open(oc.number, oc.status, "refuse")
        pending = _pending_offer_for(uow, oc, person, "refuse")
        pending.answer, pending.answered_at, pending.reason = OfferAnswer.REFUSED.value, uow.at, why
        change_occurrence(uow, oc, status=Status.OPEN.value)
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "refused", why, occurrence_id=oc.id)
        refusers = set(uow.session.scalars(select(OfferRow.to_id).where(
            OfferRow.occurrence_id == oc.id, OfferRow.tab == oc.tab, OfferRow.answer == OfferAnswer.REFUSED,
            OfferRow.offered_at >= oc.tab_since)))
        people = tab_people(uow, oc.tab)
        avail = availability_of(uow, people)
        available = {p.id for p in people if avail[p.id].available}
        if rules.everyone_refused(available, refusers):
            # recorded as the last refusal's: on the office server an event is signed by whoever's session wrote it
            enter_apoio(uow, oc, ApoioReason.EVERYONE_REFUSED.value, person.login,
                        note=f"todos os técnicos disponíveis da aba {pending.tab} recusaram (R5)")
            return OfferResult(occurrence_record(uow, oc), moved_to_apoio=True)
        return OfferResult(occurrence_record(uow, oc))

    return run(db, work, at)
