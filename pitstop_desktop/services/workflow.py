"""Moves shared by several use cases: change an OC under its version, move tabs, enter the APOIO queue."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from pitstop_desktop.db.orm import ApoioItemRow, AuditRow, BookingRow, OccurrenceRow, OfferRow, StaffRow
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import MANAGEMENT_ROLES, OfferAnswer, Status, TabCode
from pitstop_desktop.domain.errors import Conflict, NotPermitted
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


def is_retry(uow: UnitOfWork, oc: OccurrenceRow, person: StaffRow, action: str, detail_end: str = "") -> bool:
    """The OC's last event is this very action by this person (its detail ending so): the same command sent
    again after its answer was lost. The caller then reports success and changes nothing; anything that
    happened since makes it a new act again, judged as such."""
    last = uow.session.scalar(
        select(AuditRow).where(AuditRow.occurrence_id == oc.id).order_by(AuditRow.id.desc()).limit(1))
    return (last is not None and last.actor == person.login and last.action == action
            and last.detail.endswith(detail_end))


def owner_in_the_way(uow: UnitOfWork, oc: OccurrenceRow, person: StaffRow) -> StaffRow | None:
    """R9: the owner of ``oc`` when ``person`` may not hand it on or close it (someone else has it and
    ``person`` is not management, ``MANAGEMENT_ROLES``: manager, supervisor, apoio, admin); None when they may."""
    if oc.assignee_id is None or oc.assignee_id == person.id or person.role in MANAGEMENT_ROLES:
        return None
    owner = uow.session.get(StaffRow, oc.assignee_id)
    assert owner is not None  # a foreign key: the owner exists
    return owner


def check_owner(uow: UnitOfWork, oc: OccurrenceRow, person: StaffRow, task: str) -> None:
    """R9: an OC with an owner is handed on (forwarded, sent to APOIO, re-offered) only by its owner or by
    management; anyone else is told who has it.

    ``task`` is what was tried (refusals.TASK). Closing keeps its own refusal (``permission.not_owner``).
    """
    owner = owner_in_the_way(uow, oc, person)
    if owner is not None:
        raise NotPermitted("permission.owner_only", number=oc.number, name=owner.name, login=owner.login, task=task)


def free_booking(uow: UnitOfWork, oc: OccurrenceRow, actor: str) -> None:
    """R10: an OC that leaves its technician (forwarded, sent to APOIO, closed) gives back its slot.

    Only a slot that has not begun is freed (deleted, with an audit event), so `pitstop slots` and the slot
    picker offer it again; an appointment already under way or past stays as the record of what happened.
    """
    booking = uow.session.scalar(select(BookingRow).where(
        BookingRow.occurrence_id == oc.id, BookingRow.starts_at > uow.at))
    if booking is None:
        return
    tech = uow.session.get(StaffRow, booking.technician_id)
    when = booking.starts_at.astimezone(uow.policy.calendar.tz)
    booking_id = booking.id
    uow.session.delete(booking)
    uow.session.flush()
    uow.record(actor, Entity.BOOKING, booking_id, "slot_freed",
               f"FAQ 7037: {tech.login if tech else '?'} {when:%d/%m %H:%M} liberado (OC {oc.number})",
               occurrence_id=oc.id)


def pending_offer(uow: UnitOfWork, oc: OccurrenceRow) -> OfferRow | None:
    """The OC's offer still waiting for an answer (there is at most one)."""
    return uow.session.scalar(select(OfferRow).where(
        OfferRow.occurrence_id == oc.id, OfferRow.answer == OfferAnswer.PENDING))


def place_offer(
    uow: UnitOfWork, oc: OccurrenceRow, tech: StaffRow, by: StaffRow, warnings: tuple[str, ...], *,
    replace: bool = False,
) -> None:
    """A pending offer to ``tech`` (R4 already checked by the caller).

    An offer still waiting is never dropped silently: without ``replace`` the caller hears who has it
    (``conflict.offer_pending``, exit 5); with it the first offer is withdrawn and an ``offer_withdrawn`` event
    (on the OC's history and the change feed, naming who lost it) lets that person's seat say so.
    """
    first = pending_offer(uow, oc)
    if first is not None:
        holder = uow.session.get(StaffRow, first.to_id)
        assert holder is not None  # a foreign key: the person exists
        if not replace:
            raise Conflict("conflict.offer_pending", number=oc.number, name=holder.name, login=holder.login,
                           time=f"{first.offered_at.astimezone(uow.policy.calendar.tz):%H:%M}")
        withdraw_pending_offers(uow, oc)
        uow.record(by.login, Entity.OCCURRENCE, oc.id, "offer_withdrawn",
                   f"oferta a {holder.login} retirada: oferecida a {tech.login}", occurrence_id=oc.id,
                   before={"offered_to": holder.login}, after={"offered_to": tech.login})
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
    """The OC moves to APOIO N1 and a queue item records why (R5, R7); a booked slot not yet begun is freed."""
    withdraw_pending_offers(uow, oc)
    free_booking(uow, oc, actor)
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
