"""The APOIO queue (Zenaide, Fernanda, Janne): send (R5), claim race-free (R9), forward to N2 (R7)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select, update

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    ApoioItemRow,
    ClientRow,
    EscalationRow,
    OccurrenceRow,
    OfferRow,
    StaffRow,
    StaffTabRow,
)
from pitstop_desktop.domain import limits, rules
from pitstop_desktop.domain.availability import check_offer
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import (
    ApoioReason,
    EscalationStatus,
    EscalationTarget,
    OfferAnswer,
    Status,
    TabCode,
)
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotFound, RuleViolation
from pitstop_desktop.domain.tabs import Entry, check_tab_accepts
from pitstop_desktop.services.occurrence_records import occurrence_record
from pitstop_desktop.services.occurrences import check_not_awaiting, oc_facts
from pitstop_desktop.services.offers import NO_ANSWER_MINUTES, availability_of
from pitstop_desktop.services.picker import TabChoice, tabs_in
from pitstop_desktop.services.queue_facts import CHUNK, GLANCE_COLUMNS, OcGlance, glance_of
from pitstop_desktop.services.records import ApoioItemRecord, OccurrenceRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_occurrence, get_staff, get_tab, run, tab_rule
from pitstop_desktop.services.workflow import (
    change_occurrence,
    check_owner,
    enter_apoio,
    free_booking,
    is_retry,
    open_apoio_item,
    place_offer,
    resolve_apoio_item,
    withdraw_pending_offers,
)


def _item_record(uow: UnitOfWork, item: ApoioItemRow, number: int, claimer: str | None = None) -> ApoioItemRecord:
    if claimer is None and item.claimed_by_id:
        who = uow.session.get(StaffRow, item.claimed_by_id)
        claimer = who.login if who else None
    return ApoioItemRecord(number=number, reason=item.reason, since=item.since,
                           claimed_by=claimer, note=item.note, claimed_at=item.claimed_at)


def list_items(db: Database) -> list[ApoioItemRecord]:
    """Open items, oldest first, with who claimed each (one query, however many people claimed them)."""

    def work(uow: UnitOfWork) -> list[ApoioItemRecord]:
        rows = uow.session.execute(
            select(ApoioItemRow, OccurrenceRow.number, StaffRow.login)
            .join(OccurrenceRow, OccurrenceRow.id == ApoioItemRow.occurrence_id)
            .outerjoin(StaffRow, StaffRow.id == ApoioItemRow.claimed_by_id)
            .where(ApoioItemRow.resolved_at.is_(None)).order_by(ApoioItemRow.since, ApoioItemRow.id)
        ).all()
        return [_item_record(uow, item, number, claimer) for item, number, claimer in rows]

    return run(db, work, write=False)


@dataclass(frozen=True)
class QueuedItem:
    """An APOIO item as the queue panel shows it, with its OC's glance. ``id``: the item's own (an OC that leaves
    APOIO and comes back gets a new item, and the queue must not take the old one's departure for the new one's);
    ``open``: still waiting in the queue (a resolved item leaves it)."""

    id: int
    record: ApoioItemRecord
    glance: OcGlance
    open: bool = True


def _queued(uow: UnitOfWork, where: ColumnElement[bool]) -> list[QueuedItem]:
    """The items ``where`` picks, oldest first, with their OCs' glances and claimers' logins: one statement."""
    query = (select(ApoioItemRow, StaffRow.login, *GLANCE_COLUMNS)
             .join(OccurrenceRow, OccurrenceRow.id == ApoioItemRow.occurrence_id)
             .join(ClientRow, ClientRow.id == OccurrenceRow.client_id)
             .outerjoin(StaffRow, StaffRow.id == ApoioItemRow.claimed_by_id)
             .where(where).order_by(ApoioItemRow.since, ApoioItemRow.id))
    out: list[QueuedItem] = []
    for found in uow.session.execute(query):
        item, claimer, glance = found[0], found[1], glance_of(found[2:])
        out.append(QueuedItem(item.id, _item_record(uow, item, glance.number, claimer), glance,
                              item.resolved_at is None))
    return out


def queue_in(uow: UnitOfWork) -> list[QueuedItem]:
    """The open items, oldest first (as :func:`list_items`), with their ids and glances."""
    return _queued(uow, ApoioItemRow.resolved_at.is_(None))


def items_by_id_in(uow: UnitOfWork, ids: Collection[int]) -> list[QueuedItem]:
    """The items ``ids``, open or resolved, oldest first: what an APOIO panel riding the live feed needs to update
    its queue in place (issue 10: it re-read the whole queue, everyone's name and every glance on each change, in
    four transactions, in every seat). One statement per 500 ids; unknown ids are left out."""
    wanted = sorted(i for i in set(ids) if limits.fits_integer(i))
    return [queued for start in range(0, len(wanted), CHUNK)
            for queued in _queued(uow, ApoioItemRow.id.in_(wanted[start:start + CHUNK]))]


@dataclass(frozen=True)
class ApoioPanelRead:
    """What the APOIO panel reads in full (first load, F5, a reconnection): the queue, everyone's name by login,
    and the tabs an item can be offered to (only when asked: they are read once)."""

    queue: list[QueuedItem]
    names: dict[str, str]
    tabs: list[TabChoice] | None


def queue_panel(db: Database, *, with_tabs: bool = False) -> ApoioPanelRead:
    """:class:`ApoioPanelRead` in one transaction (it took four)."""

    def work(uow: UnitOfWork) -> ApoioPanelRead:
        names = {row.login: row.name for row in uow.session.execute(select(StaffRow.login, StaffRow.name))}
        return ApoioPanelRead(queue_in(uow), names, tabs_in(uow) if with_tabs else None)

    return run(db, work, write=False)


def send(db: Database, number: int, *, actor: str, reason: str, at: datetime | None = None) -> OccurrenceRecord:
    """R5: the attendant's one action when nobody answers; an offer unanswered for 10 min is "no answer"."""
    why = (reason or "").strip()
    if not why:
        raise BadValue("value.apoio_reason", field=Field.REASON)
    limits.check_text(why, limits.NOTE, subject="reason", field=Field.REASON)

    def work(uow: UnitOfWork) -> OccurrenceRecord:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        if is_retry(uow, oc, person, "sent_to_apoio", f": {why}"):
            return occurrence_record(uow, oc)  # sent already, by this very command
        rules.check_open(oc.number, oc.status, "send_to_apoio")
        check_not_awaiting(uow, oc, "send_to_apoio")
        if open_apoio_item(uow, oc) is not None:
            raise RuleViolation("R5.already_in_apoio", number=oc.number)
        check_owner(uow, oc, person, "send_to_apoio")
        pending = uow.session.scalar(select(OfferRow).where(
            OfferRow.occurrence_id == oc.id, OfferRow.answer == OfferAnswer.PENDING))
        unanswered = pending is not None and uow.at - pending.offered_at >= timedelta(minutes=NO_ANSWER_MINUTES)
        code = ApoioReason.NO_ANSWER if unanswered else ApoioReason.SENT_BY_ATTENDANT
        enter_apoio(uow, oc, code.value, person.login, note=why, sent_by=person)
        return occurrence_record(uow, oc)

    return run(db, work, at)


def _held_by(item: ApoioItemRow, person: StaffRow) -> bool:
    """``person`` holds the item now (claimed by her, still open)."""
    return item.claimed_by_id == person.id and item.resolved_at is None


def _claim_item(uow: UnitOfWork, item: ApoioItemRow, oc: OccurrenceRow, person: StaffRow) -> ApoioItemRecord:
    """R9: one conditional UPDATE; zero rows means someone else won, and we say who.

    Claiming again an item one already holds (a retry after a lost answer) answers with the item, changing nothing.
    """
    if _held_by(item, person):
        return _item_record(uow, item, oc.number)
    if item.claimed_by_id is not None or item.resolved_at is not None:
        raise _already_claimed(uow, item, oc.number)
    check_not_awaiting(uow, oc, "claim")
    if oc.assignee_id not in (None, person.id):
        owner = uow.session.get(StaffRow, oc.assignee_id)
        raise Conflict("R9.has_owner", number=oc.number, name=owner.name if owner else "?",
                       login=owner.login if owner else "?")
    won = uow.session.execute(
        update(ApoioItemRow)
        .where(ApoioItemRow.id == item.id, ApoioItemRow.claimed_by_id.is_(None),
               ApoioItemRow.resolved_at.is_(None))
        .values(claimed_by_id=person.id, claimed_at=uow.at, version=ApoioItemRow.version + 1)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]  # an UPDATE's Result is a CursorResult
    uow.session.refresh(item)
    if won != 1:
        if _held_by(item, person):  # our own retry won meanwhile
            return _item_record(uow, item, oc.number)
        raise _already_claimed(uow, item, oc.number)
    withdraw_pending_offers(uow, oc)
    change_occurrence(uow, oc, assignee_id=person.id, status=Status.IN_PROGRESS.value)
    uow.record(person.login, Entity.APOIO_ITEM, item.id, "claimed")
    uow.record(person.login, Entity.OCCURRENCE, oc.id, "claimed", f"assumida pelo APOIO ({person.login})",
               occurrence_id=oc.id)
    return _item_record(uow, item, oc.number)


def _already_claimed(uow: UnitOfWork, item: ApoioItemRow, number: int) -> Conflict:
    if item.resolved_at is not None:
        return Conflict("R9.left_apoio", number=number)
    who = uow.session.get(StaffRow, item.claimed_by_id) if item.claimed_by_id else None
    when = item.claimed_at.astimezone(uow.policy.calendar.tz).strftime("%H:%M") if item.claimed_at else "?"
    return Conflict("R9.claimed", number=number, name=who.name if who else "?", login=who.login if who else "?",
                    time=when)


def claim(db: Database, number: int | None = None, *, actor: str, at: datetime | None = None) -> ApoioItemRecord:
    """Claim one item; without a number, the oldest unclaimed one (SKIP LOCKED on PostgreSQL)."""

    def work(uow: UnitOfWork) -> ApoioItemRecord:
        person = uow.acting(actor)
        rules.check_apoio_role(person.role, "claim_apoio")
        if number is not None:
            oc = get_occurrence(uow.session, number)
            item = open_apoio_item(uow, oc)
            if item is None:
                raise NotFound("not_found.apoio_item", number=number)
            return _claim_item(uow, item, oc, person)
        # The oldest item nobody holds; an OC waiting for a manager or owned by someone is not up for grabs.
        query = (select(ApoioItemRow)
                 .join(OccurrenceRow, OccurrenceRow.id == ApoioItemRow.occurrence_id)
                 .where(ApoioItemRow.claimed_by_id.is_(None), ApoioItemRow.resolved_at.is_(None),
                        OccurrenceRow.status != Status.AWAITING_APPROVAL.value, OccurrenceRow.assignee_id.is_(None))
                 .order_by(ApoioItemRow.since, ApoioItemRow.id).limit(1))
        if uow.dialect == "postgresql":
            query = query.with_for_update(of=ApoioItemRow, skip_locked=True)
        item = uow.session.scalar(query)
        if item is None:
            raise NotFound("not_found.apoio_free")
        item_oc = uow.session.get(OccurrenceRow, item.occurrence_id)
        assert item_oc is not None  # a foreign key: the item's OC exists
        return _claim_item(uow, item, item_oc, person)

    return run(db, work, at)


def forward(
    db: Database, number: int, *, actor: str, tab: str, to: str | None = None, at: datetime | None = None
) -> OccurrenceRecord:
    """Only APOIO routes its items; N2 needs an approved N2 escalation (R7), Especialistas one of its own (R6)."""

    def work(uow: UnitOfWork) -> OccurrenceRecord:
        person = uow.acting(actor)
        rules.check_apoio_role(person.role, "forward_apoio")
        oc = get_occurrence(uow.session, number, lock=True)
        rules.check_open(oc.number, oc.status, "forward")
        check_not_awaiting(uow, oc, "forward")
        item = open_apoio_item(uow, oc)
        if item is None:
            raise NotFound("not_found.apoio_item", number=number)
        if item.claimed_by_id not in (None, person.id):
            raise _already_claimed(uow, item, oc.number)
        target = get_tab(uow.session, tab)
        if target.code == TabCode.APOIO_N1:
            raise BadValue("value.already_in_apoio_tab", field=Field.TAB, number=number)
        if target.code in (TabCode.N2, TabCode.ESPECIALISTAS):
            wanted = EscalationTarget.N2 if target.code == TabCode.N2 else EscalationTarget.ESPECIALISTAS
            approved = uow.session.scalar(select(EscalationRow.id).where(
                EscalationRow.occurrence_id == oc.id, EscalationRow.target == wanted,
                EscalationRow.status == EscalationStatus.APPROVED).limit(1))
            if approved is None:
                raise RuleViolation("R7.not_approved" if wanted == EscalationTarget.N2 else "R6.not_approved",
                                    field=Field.TAB, number=number, tab=target.name, target=wanted.value)
        else:
            check_tab_accepts(tab_rule(target), oc_facts(uow, oc), Entry.APOIO, person.role)
        tech = None
        warnings: tuple[str, ...] = ()
        if to is not None:
            tech = get_staff(uow.session, to, field=Field.TECHNICIAN)
            serves = uow.session.scalar(select(StaffTabRow.staff_id).where(
                StaffTabRow.staff_id == tech.id, StaffTabRow.tab_code == target.code)) is not None
            warnings = check_offer(tech.name, target.name, serves, availability_of(uow, [tech])[tech.id],
                                   uow.policy.calendar.tz)
        resolve_apoio_item(uow, oc, person)
        withdraw_pending_offers(uow, oc)
        free_booking(uow, oc, person.login)
        before = {"tab": oc.tab, "status": oc.status}
        change_occurrence(uow, oc, tab=target.code, status=Status.OPEN.value, assignee_id=None, tab_since=uow.at)
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "forwarded", f"APOIO → {target.code}", occurrence_id=oc.id,
                   before=before, after={"tab": oc.tab, "status": oc.status})
        if tech is not None:
            place_offer(uow, oc, tech, person, warnings)
        return occurrence_record(uow, oc)

    return run(db, work, at)
