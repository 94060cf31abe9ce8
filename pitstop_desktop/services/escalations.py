"""Escalations to Especialistas (R6) and N2 (R7), decided by a manager who did not ask (R8)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import aliased

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ClientRow, EscalationRow, OccurrenceRow, StaffRow
from pitstop_desktop.domain import limits, rules
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import (
    ApoioReason,
    EscalationReason,
    EscalationStatus,
    EscalationTarget,
    Status,
    TabCode,
)
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotFound
from pitstop_desktop.services.occurrence_records import escalation_record
from pitstop_desktop.services.queue_facts import CHUNK, GLANCE_COLUMNS, OcGlance, glance_of, glances_in
from pitstop_desktop.services.records import EscalationRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_occurrence, run
from pitstop_desktop.services.workflow import (
    change_occurrence,
    check_owner,
    enter_apoio,
    free_booking,
    is_retry,
    resolve_apoio_item,
    withdraw_pending_offers,
)


def _logins(uow: UnitOfWork) -> dict[int, str]:
    return dict(uow.session.execute(select(StaffRow.id, StaffRow.login)).all())


def escalate(
    db: Database, number: int, *, actor: str, target: str, reason: str, note: str | None = None,
    at: datetime | None = None,
) -> EscalationRecord:
    try:
        target = EscalationTarget(target).value
    except ValueError:
        raise BadValue("value.escalation_target", field=Field.TARGET, value=target) from None
    limits.check_text(note, limits.NOTE, subject="note", field=Field.REASON)
    if reason:
        try:
            reason = EscalationReason(reason).value
        except ValueError:
            raise BadValue("value.escalation_reason", field=Field.REASON, value=reason) from None

    def work(uow: UnitOfWork) -> EscalationRecord:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        pending = uow.session.scalar(select(EscalationRow).where(
            EscalationRow.occurrence_id == oc.id, EscalationRow.status == EscalationStatus.PENDING))
        asked = f"pedido de escalonamento para {target} ({reason})" + (f": {note}" if note else "")
        if pending is not None and pending.target == target and is_retry(uow, oc, person, "escalation_requested",
                                                                          asked):
            return escalation_record(pending, oc.number, _logins(uow))  # asked already, by this very command
        rules.check_escalation_request(oc.number, oc.status, oc.tab, target, reason)
        check_owner(uow, oc, person, "escalate")  # R9: someone's OC is escalated by its owner or management
        withdraw_pending_offers(uow, oc)
        prior = Status.IN_PROGRESS.value if oc.assignee_id else Status.OPEN.value
        row = EscalationRow(occurrence_id=oc.id, target=target, reason=reason, note=note, from_tab=oc.tab,
                            prior_status=prior, requested_by_id=person.id, requested_at=uow.at,
                            status=EscalationStatus.PENDING.value)
        uow.session.add(row)
        uow.session.flush()
        change_occurrence(uow, oc, status=Status.AWAITING_APPROVAL.value)
        uow.record(person.login, Entity.ESCALATION, row.id, "requested", f"→ {target} ({reason})")
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "escalation_requested", asked, occurrence_id=oc.id)
        return escalation_record(row, oc.number, _logins(uow))

    return run(db, work, at)


def list_escalations(db: Database, *, pending_only: bool = False) -> list[EscalationRecord]:
    def work(uow: UnitOfWork) -> list[EscalationRecord]:
        query = select(EscalationRow, OccurrenceRow.number).join(
            OccurrenceRow, OccurrenceRow.id == EscalationRow.occurrence_id).order_by(EscalationRow.id)
        if pending_only:
            query = query.where(EscalationRow.status == EscalationStatus.PENDING)
        logins = _logins(uow)
        return [escalation_record(row, number, logins) for row, number in uow.session.execute(query).all()]

    return run(db, work, write=False)


@dataclass(frozen=True)
class ApprovalsQueue:
    """What the approvals panel shows: every pending request, oldest first, and the person's latest own requests,
    newest first (with their decisions)."""

    pending: list[EscalationRecord]
    mine: list[EscalationRecord]


def approvals_queue(db: Database, login: str, *, mine_limit: int = 50) -> ApprovalsQueue:
    """The pending requests and ``login``'s latest ``mine_limit`` requests, in one read: after a year an office has
    tens of thousands of decided escalations, which no panel shows (issue 10: reading them all on every change
    took a console over a second)."""
    return run(db, lambda uow: approvals_queue_in(uow, login, mine_limit=mine_limit), write=False)


def approvals_panel(db: Database, login: str, *, mine_limit: int = 50
                    ) -> tuple[ApprovalsQueue, dict[str, str], dict[int, OcGlance]]:
    """What the approvals panel shows, in one transaction: :func:`approvals_queue`, everyone's name by login, and
    the pending OCs' glances (issue 10: the panel read them in three, on every escalation, in every seat)."""

    def work(uow: UnitOfWork) -> tuple[ApprovalsQueue, dict[str, str], dict[int, OcGlance]]:
        queue = approvals_queue_in(uow, login, mine_limit=mine_limit)
        names = {row.login: row.name for row in uow.session.execute(select(StaffRow.login, StaffRow.name))}
        return queue, names, glances_in(uow, {e.number for e in queue.pending})

    return run(db, work, write=False)


def approvals_queue_in(uow: UnitOfWork, login: str, *, mine_limit: int = 50) -> ApprovalsQueue:
    """:func:`approvals_queue` in a transaction already open."""
    logins = _logins(uow)
    me = next((i for i, name in logins.items() if name == login), None)
    base = select(EscalationRow, OccurrenceRow.number).join(
        OccurrenceRow, OccurrenceRow.id == EscalationRow.occurrence_id)
    pending = uow.session.execute(
        base.where(EscalationRow.status == EscalationStatus.PENDING).order_by(EscalationRow.requested_at,
                                                                              EscalationRow.id)).all()
    mine = [] if me is None else uow.session.execute(
        base.where(EscalationRow.requested_by_id == me).order_by(EscalationRow.id.desc()).limit(mine_limit)
    ).all()
    return ApprovalsQueue([escalation_record(row, number, logins) for row, number in pending],
                          [escalation_record(row, number, logins) for row, number in mine])


@dataclass(frozen=True)
class EscalationChange:
    """One escalation a live-feed batch names, as the approvals panel shows it: its record (any status: one no
    longer pending leaves the pending list) and its OC's glance."""

    record: EscalationRecord
    glance: OcGlance


def escalations_by_id_in(uow: UnitOfWork, ids: Collection[int]) -> list[EscalationChange]:
    """The escalations ``ids`` with their OCs' numbers and glances and the requester's and decider's logins, in one
    statement (per 500 ids): what an approvals panel riding the live feed needs to update its lists in place
    (issue 10: it re-read the whole queue, everyone's login twice and every pending OC's glance on each change, in
    every seat). Unknown ids are left out; oldest first."""
    requester, decider = aliased(StaffRow), aliased(StaffRow)
    wanted = sorted(i for i in set(ids) if limits.fits_integer(i))
    out: list[EscalationChange] = []
    for start in range(0, len(wanted), CHUNK):
        query = (select(EscalationRow, requester.login, decider.login, *GLANCE_COLUMNS)
                 .join(OccurrenceRow, OccurrenceRow.id == EscalationRow.occurrence_id)
                 .join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
                 .join(requester, requester.id == EscalationRow.requested_by_id)
                 .outerjoin(decider, decider.id == EscalationRow.decided_by_id)
                 .where(EscalationRow.id.in_(wanted[start:start + CHUNK])).order_by(EscalationRow.id))
        for found in uow.session.execute(query):
            row, asked_by, decided_by, glance = found[0], found[1], found[2], glance_of(found[3:])
            logins = {row.requested_by_id: asked_by} | ({row.decided_by_id: decided_by} if row.decided_by_id else {})
            out.append(EscalationChange(escalation_record(row, glance.number, logins), glance))
    return out


def _load(uow: UnitOfWork, escalation_id: int) -> tuple[EscalationRow, OccurrenceRow]:
    row = uow.session.get(EscalationRow, escalation_id) if limits.fits_integer(escalation_id) else None
    if row is None:
        raise NotFound("not_found.escalation", id=escalation_id)
    oc = uow.session.get(OccurrenceRow, row.occurrence_id)
    assert oc is not None
    return row, oc


def _decide(uow: UnitOfWork, row: EscalationRow, person: StaffRow, status: str, note: str | None) -> bool:
    """Conditional on still pending: of two managers deciding at once, one wins, the other hears who.

    False when ``person`` had already taken this very decision (a retry after a lost answer): nothing changes and
    the caller answers with the escalation as it is. Another outcome, or another person's decision, is refused.
    """
    if row.status != EscalationStatus.PENDING:
        if row.status == status and row.decided_by_id == person.id:
            return False
        _already_decided(uow, row)
    done = uow.session.execute(
        update(EscalationRow).where(EscalationRow.id == row.id, EscalationRow.status == EscalationStatus.PENDING)
        .values(status=status, decided_by_id=person.id, decided_at=uow.at, decision_note=note)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]  # an UPDATE's Result is a CursorResult
    uow.session.refresh(row)
    if done != 1:
        if row.status == status and row.decided_by_id == person.id:
            return False
        _already_decided(uow, row)
    return True


def _already_decided(uow: UnitOfWork, row: EscalationRow) -> None:
    who = uow.session.get(StaffRow, row.decided_by_id) if row.decided_by_id else None
    if who is None:
        raise Conflict("R8.already_decided", id=row.id, escalation_status=row.status)
    raise Conflict("R8.already_decided_by", id=row.id, escalation_status=row.status, name=who.name, login=who.login)


def approve(
    db: Database, escalation_id: int, *, actor: str, note: str | None = None, at: datetime | None = None
) -> EscalationRecord:
    """R6: approved → Especialistas. R7: approved N2 → APOIO N1, which forwards it to N2."""
    limits.check_text(note, limits.NOTE, subject="note", field=Field.REASON)

    def work(uow: UnitOfWork) -> EscalationRecord:
        person = uow.acting(actor)
        row, oc = _load(uow, escalation_id)
        requester = uow.session.get(StaffRow, row.requested_by_id)
        rules.check_decider(person.login, person.role, requester.login if requester else "")
        if not _decide(uow, row, person, EscalationStatus.APPROVED.value, note):
            return escalation_record(row, oc.number, _logins(uow))
        uow.record(person.login, Entity.ESCALATION, row.id, "approved", note or "")
        if row.target == EscalationTarget.ESPECIALISTAS:
            resolve_apoio_item(uow, oc, person)
            free_booking(uow, oc, person.login)
            before = {"tab": oc.tab, "status": oc.status}
            change_occurrence(uow, oc, tab=TabCode.ESPECIALISTAS.value, status=Status.OPEN.value,
                              assignee_id=None, tab_since=uow.at)
            uow.record(person.login, Entity.OCCURRENCE, oc.id, "escalation_approved",
                       "aprovado para Especialistas (R6)" + (f": {note}" if note else ""), occurrence_id=oc.id,
                       before=before, after={"tab": oc.tab, "status": oc.status})
        else:
            uow.record(person.login, Entity.OCCURRENCE, oc.id, "escalation_approved",
                       "N2 aprovado; segue pelo APOIO N1 (R7)" + (f": {note}" if note else ""),
                       occurrence_id=oc.id)
            enter_apoio(uow, oc, ApoioReason.N2_APPROVED.value, person.login, note=note)
        return escalation_record(row, oc.number, _logins(uow))

    return run(db, work, at)


def reject(
    db: Database, escalation_id: int, *, actor: str, reason: str, at: datetime | None = None
) -> EscalationRecord:
    """Rejected: the OC stays where it was, with the reason in its history (R6)."""
    why = (reason or "").strip()
    if not why:
        raise BadValue("value.rejection_reason", field=Field.REASON)
    limits.check_text(why, limits.NOTE, subject="reason", field=Field.REASON)

    def work(uow: UnitOfWork) -> EscalationRecord:
        person = uow.acting(actor)
        row, oc = _load(uow, escalation_id)
        requester = uow.session.get(StaffRow, row.requested_by_id)
        rules.check_decider(person.login, person.role, requester.login if requester else "")
        if not _decide(uow, row, person, EscalationStatus.REJECTED.value, why):
            return escalation_record(row, oc.number, _logins(uow))
        change_occurrence(uow, oc, status=row.prior_status)
        uow.record(person.login, Entity.ESCALATION, row.id, "rejected", why)
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "escalation_rejected",
                   f"escalonamento para {row.target} rejeitado: {why}", occurrence_id=oc.id)
        return escalation_record(row, oc.number, _logins(uow))

    return run(db, work, at)
