"""Turning occurrence rows into :class:`OccurrenceRecord` in a few batched queries (no N+1)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from pitstop_desktop.db.orm import AuditRow, ClientRow, EscalationRow, OccurrenceRow, OfferRow, StaffRow
from pitstop_desktop.domain.codes import EscalationStatus, OfferAnswer
from pitstop_desktop.domain.sla import read_sla
from pitstop_desktop.services.records import EscalationRecord, HistoryEntry, OccurrenceRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork


def _logins(uow: UnitOfWork, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(uow.session.execute(select(StaffRow.id, StaffRow.login).where(StaffRow.id.in_(ids))).all())


def escalation_record(row: EscalationRow, number: int, logins: dict[int, str]) -> EscalationRecord:
    return EscalationRecord(
        id=row.id, number=number, target=row.target, reason=row.reason,
        requested_by=logins.get(row.requested_by_id, "?"), requested_at=row.requested_at, status=row.status,
        note=row.note, decided_by=logins.get(row.decided_by_id) if row.decided_by_id else None,
        decided_at=row.decided_at, decision_note=row.decision_note,
    )


def occurrence_records_for(
    uow: UnitOfWork, rows: Sequence[OccurrenceRow], *, history: bool = False
) -> list[OccurrenceRecord]:
    if not rows:
        return []
    session, policy = uow.session, uow.policy
    ids = [r.id for r in rows]
    clients = {
        c.id: c for c in session.scalars(select(ClientRow).where(ClientRow.id.in_({r.client_id for r in rows})))
    }
    pending = {
        e.occurrence_id: e for e in session.scalars(
            select(EscalationRow).where(EscalationRow.occurrence_id.in_(ids),
                                        EscalationRow.status == EscalationStatus.PENDING))
    }
    offers = {
        o.occurrence_id: o for o in session.scalars(
            select(OfferRow).where(OfferRow.occurrence_id.in_(ids), OfferRow.answer == OfferAnswer.PENDING))
    }
    linked_ids = {r.complementary_of_id for r in rows if r.complementary_of_id}
    linked = dict(session.execute(
        select(OccurrenceRow.id, OccurrenceRow.number).where(OccurrenceRow.id.in_(linked_ids))
    ).all()) if linked_ids else {}
    people = {r.assignee_id for r in rows if r.assignee_id} | {r.opened_by_id for r in rows}
    people |= {e.requested_by_id for e in pending.values()} | {o.to_id for o in offers.values()}
    logins = _logins(uow, people)
    audit: dict[int, list[HistoryEntry]] = {}
    if history:
        for a in session.scalars(
            select(AuditRow).where(AuditRow.occurrence_id.in_(ids)).order_by(AuditRow.at, AuditRow.id)
        ):
            audit.setdefault(a.occurrence_id or 0, []).append(HistoryEntry(a.at, a.actor, a.action, a.detail,
                                                                                a.backfilled))
    records = []
    for r in rows:
        reading = read_sla(policy.sla(r.sla_class), policy.calendar, r.opened_at, uow.at, r.closed_at,
                           policy.warning_ratio)
        client = clients[r.client_id]
        esc = pending.get(r.id)
        offer = offers.get(r.id)
        records.append(OccurrenceRecord(
            number=r.number, client=client.code, client_name=client.name, channel=r.channel, kind=r.kind,
            summary=r.summary, tab=r.tab, status=r.status, sla=r.sla_class, opened_at=r.opened_at,
            due_at=r.due_at, sla_state=reading.state.value, remaining_minutes=reading.remaining_minutes,
            assignee=logins.get(r.assignee_id) if r.assignee_id else None,
            opened_by=logins.get(r.opened_by_id, "?"),
            complementary_of=linked.get(r.complementary_of_id) if r.complementary_of_id else None,
            closed_at=r.closed_at, faq=r.faq_code, tab_since=r.tab_since, version=r.version,
            pending_escalation=escalation_record(esc, r.number, logins) if esc else None,
            offered_to=logins.get(offer.to_id) if offer else None,
            offered_at=offer.offered_at if offer else None,
            history=tuple(audit.get(r.id, ())) if history else None,
        ))
    return records


def occurrence_record(uow: UnitOfWork, row: OccurrenceRow, *, history: bool = False) -> OccurrenceRecord:
    uow.session.flush()
    return occurrence_records_for(uow, [row], history=history)[0]
