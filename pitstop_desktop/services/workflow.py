"""Moves shared by several use cases: change an OC under its version, move tabs, enter the APOIO queue."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from pitstop_desktop.db.orm import ApoioItemRow, AuditRow, OccurrenceRow, OfferRow, StaffRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import OfferAnswer, Status, TabCode
from pitstop_desktop.domain.errors import Conflict
from pitstop_desktop.services.unit_of_work import UnitOfWork


def change_occurrence(uow: UnitOfWork, oc: OccurrenceRow, **values: Any) -> None:
    """Conditional update on the version: if someone changed the OC meanwhile, say who and stop."""
    expected = oc.version
    result = uow.session.execute(
        update(OccurrenceRow)
        .where(OccurrenceRow.id == oc.id, OccurrenceRow.version == expected)
        .values(**values, version=expected + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]  # an UPDATE's Result is a CursorResult
        last = uow.session.scalar(
            select(AuditRow).where(AuditRow.occurrence_id == oc.id).order_by(AuditRow.id.desc()).limit(1)
        )
        if last is None:
            raise Conflict("R9.changed_meanwhile", number=oc.number)
        raise Conflict("R9.changed_meanwhile_by", number=oc.number, login=last.actor, change=last.action)
    uow.session.refresh(oc)


def place_offer(
    uow: UnitOfWork, oc: OccurrenceRow, tech: StaffRow, by: StaffRow, warnings: tuple[str, ...]
) -> None:
    """A pending offer to ``tech`` (R4 already checked by the caller); any earlier one is withdrawn."""
    withdraw_pending_offers(uow, oc)
    uow.session.add(OfferRow(occurrence_id=oc.id, tab=oc.tab, to_id=tech.id, offered_by_id=by.id,
                             offered_at=uow.at, answer=OfferAnswer.PENDING.value, warnings="\n".join(warnings)))
    change_occurrence(uow, oc, status=Status.OFFERED.value)
    uow.record(by.login, Entity.OCCURRENCE, oc.id, "offered",
               f"oferecida a {tech.login}" + "".join(f"; {w}" for w in warnings), occurrence_id=oc.id)


def withdraw_pending_offers(uow: UnitOfWork, oc: OccurrenceRow) -> None:
    uow.session.execute(
        update(OfferRow)
        .where(OfferRow.occurrence_id == oc.id, OfferRow.answer == OfferAnswer.PENDING)
        .values(answer=OfferAnswer.WITHDRAWN, answered_at=uow.at)
        .execution_options(synchronize_session=False)
    )


def open_apoio_item(uow: UnitOfWork, oc: OccurrenceRow) -> ApoioItemRow | None:
    return uow.session.scalar(
        select(ApoioItemRow).where(ApoioItemRow.occurrence_id == oc.id, ApoioItemRow.resolved_at.is_(None))
    )


def resolve_apoio_item(uow: UnitOfWork, oc: OccurrenceRow, by: StaffRow | None) -> None:
    item = open_apoio_item(uow, oc)
    if item is not None:
        item.resolved_at = uow.at
        item.resolved_by_id = by.id if by else None
        item.version += 1
        uow.record(by.login if by else "system", Entity.APOIO_ITEM, item.id, "resolved", f"OC {oc.number}")


def enter_apoio(
    uow: UnitOfWork, oc: OccurrenceRow, reason: str, actor: str, *, note: str | None = None,
    sent_by: StaffRow | None = None,
) -> ApoioItemRow:
    """The OC moves to APOIO N1 and a queue item records why (R5, R7)."""
    withdraw_pending_offers(uow, oc)
    before = {"tab": oc.tab, "status": oc.status}
    change_occurrence(uow, oc, tab=TabCode.APOIO_N1.value, status=Status.OPEN.value, assignee_id=None,
                      tab_since=uow.at)
    item = open_apoio_item(uow, oc)
    if item is None:
        item = ApoioItemRow(occurrence_id=oc.id, reason=reason, note=note, since=uow.at,
                            sent_by_id=sent_by.id if sent_by else None)
        uow.session.add(item)
        uow.session.flush()
        uow.record(actor, Entity.APOIO_ITEM, item.id, "created", f"OC {oc.number}: {reason}")
    else:  # already queued (e.g. N2 approved while in APOIO): the newest reason is the one that counts
        item.reason, item.note, item.version = reason, note, item.version + 1
        item.claimed_by_id, item.claimed_at = None, None  # the OC is open again: anyone in APOIO may claim it
        uow.record(actor, Entity.APOIO_ITEM, item.id, "updated", f"OC {oc.number}: {reason}")
    detail = f"APOIO N1 ({reason})" + (f": {note}" if note else "")
    uow.record(actor, Entity.OCCURRENCE, oc.id, "sent_to_apoio", detail, occurrence_id=oc.id,
               before=before, after={"tab": oc.tab, "status": oc.status})
    return item
