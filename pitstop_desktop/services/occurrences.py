"""Registering calls (R1, R2, R10), showing and listing OCs, forwarding (R3) and closing (R11)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import AuditRow, BookingRow, ClientRow, EscalationRow, OccurrenceRow, StaffRow, TabRow
from pitstop_desktop.domain import limits, rules
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import (
    FAQ_COMPLEMENTARY,
    MANAGEMENT_ROLES,
    ApoioReason,
    Channel,
    EscalationStatus,
    Kind,
    Status,
    TabCode,
)
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotFound, NotPermitted, RuleViolation
from pitstop_desktop.domain.sla import due_at
from pitstop_desktop.domain.tabs import Entry, OcFacts, check_tab_accepts
from pitstop_desktop.services.call_lookup import call_lookup, insert_occurrence, new_occurrence_record
from pitstop_desktop.services.occurrence_records import occurrence_record, occurrence_records_for
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.settings import database_identity_in
from pitstop_desktop.services.slots import book_slot
from pitstop_desktop.services.unit_of_work import (
    UnitOfWork,
    get_client,
    get_occurrence,
    get_staff,
    get_tab,
    run,
    staff_tabs,
    tab_rule,
)
from pitstop_desktop.services.workflow import (
    change_occurrence,
    check_owner,
    enter_apoio,
    free_booking,
    is_retry,
    open_apoio_item,
    owner_in_the_way,
    resolve_apoio_item,
    withdraw_pending_offers,
)

MAX_SUMMARY = limits.SUMMARY


def _choice(value: str, enum: type[StrEnum], code: str, field: Field) -> str:
    """``value`` as a member of ``enum``, else the refusal ``code`` (an unknown channel, kind or status)."""
    try:
        return enum(value).value
    except ValueError:
        raise BadValue(code, field=field, value=value, known=tuple(e.value for e in enum)) from None


def check_call_text(*, summary: str | None, client: str, request_id: str | None) -> str:
    """A call's typed text, checked before it is sent or queued (a NUL byte would fail every replay on
    PostgreSQL): the summary (stripped, returned), the client code, the request id. Limits: ``domain/limits.py``."""
    text = (summary or "").strip()
    if not text:
        raise BadValue("value.summary_empty", field=Field.SUMMARY)
    if "\x00" in text:
        raise BadValue("value.nul_byte", field=Field.SUMMARY, subject="summary")
    if len(text) > MAX_SUMMARY:
        raise BadValue("value.summary_too_long", field=Field.SUMMARY, max=MAX_SUMMARY)
    limits.check_text(client, limits.CLIENT_CODE, subject="client_code", field=Field.CLIENT)
    limits.check_text(request_id, limits.REQUEST_ID, subject="request_id")
    return text


def register_call(
    db: Database,
    *,
    actor: str,
    client: str,
    channel: str,
    summary: str,
    kind: str = Kind.QUESTION.value,
    sla: str = "24H",
    tab: str | None = None,
    complementary_of: int | None = None,
    slot: datetime | None = None,
    technician: str | None = None,
    request_id: str | None = None,
    at: datetime | None = None,
    database: str | None = None,
) -> OccurrenceRecord:
    """R1: every call becomes a new OC. R2: a complementary one is linked and closed with FAQ 7347.

    With ``request_id`` the call is idempotent: replaying it (the intake outbox, a CLI retry) returns the same OC.
    The same ``request_id`` with a different call is refused (``conflict.request_id_reused``, naming the OC it
    made), never answered with that OC. ``database``: the identity of the database the call was taken for
    (the intake outbox); any other database refuses it (``conflict.other_database``) and creates nothing.
    """
    channel = _choice(channel, Channel, "value.channel", Field.CHANNEL)
    kind = _choice(kind, Kind, "value.kind", Field.KIND)
    text = check_call_text(summary=summary, client=client, request_id=request_id)
    if (slot is None) != (technician is None):
        raise BadValue("value.slot_without_technician", field=Field.SLOT)

    lookup = call_lookup(actor=actor, client=client, tab=tab, request_id=request_id, database=database)

    def work(uow: UnitOfWork) -> OccurrenceRecord:
        found = uow.looked_up._mapping if uow.looked_up is not None else None  # None: read one by one
        if database is not None:
            identity = found["database_identity"] if found is not None else database_identity_in(uow)
            if identity != database:
                raise Conflict("conflict.other_database")
        if request_id:
            if found is not None:
                replayed = found["replayed_id"]
                existing = uow.session.get(OccurrenceRow, replayed) if replayed is not None else None
            else:
                existing = uow.session.scalar(select(OccurrenceRow).where(OccurrenceRow.request_id == request_id))
            if existing is not None:
                if not _same_call(uow, existing, actor=actor, client=client, channel=channel, summary=text,
                                  kind=kind, sla=sla, tab=tab, complementary_of=complementary_of, slot=slot,
                                  technician=technician):
                    raise Conflict("conflict.request_id_reused", request_id=request_id,
                                   number=existing.number)
                return occurrence_record(uow, existing)
        if found is not None:
            person = uow.acting(actor, looked_up=found[StaffRow])
            client_row = found[ClientRow]
            if client_row is None:
                raise NotFound("not_found.client", field=Field.CLIENT, code=client)
        else:
            person = uow.acting(actor)
            client_row = get_client(uow.session, client)
        sla_class = uow.policy.sla(sla)
        if found is not None:
            tab_code = tab or found["first_tab"]
        else:
            person_tabs = staff_tabs(uow.session, person.id)
            tab_code = tab or (person_tabs[0] if person_tabs else None)
        if tab_code is None:
            raise BadValue("value.no_tab", field=Field.TAB, login=person.login)
        tab_row = found[TabRow] if found is not None and found[TabRow] is not None else get_tab(uow.session, tab_code)
        check_tab_accepts(tab_rule(tab_row), OcFacts(None, channel, kind, sla_class.code), Entry.REGISTER,
                          person.role, actor_site=person.site)
        linked: OccurrenceRow | None = None
        if complementary_of is not None:
            linked = get_occurrence(uow.session, complementary_of, field=Field.COMPLEMENTARY)
            rules.check_complementary_target(linked.number, linked.status)
            if linked.client_id != client_row.id:
                raise RuleViolation("R2.other_client", field=Field.COMPLEMENTARY, number=linked.number)
        oc = insert_occurrence(
            uow, request_id=request_id, client_id=client_row.id, channel=channel, kind=kind,
            summary=text, tab=tab_row.code, status=Status.OPEN.value, sla_class=sla_class.code,
            opened_at=uow.at, due_at=due_at(sla_class, uow.policy.calendar, uow.at), tab_since=uow.at,
            opened_by_id=person.id, complementary_of_id=linked.id if linked else None,
        )
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "registered",
                   f"{client_row.code} · {channel} · {kind} · SLA {sla_class.code} · {tab_row.name}",
                   occurrence_id=oc.id, after={"tab": oc.tab, "status": oc.status})
        if linked is not None:
            oc.status, oc.closed_at, oc.faq_code = Status.CLOSED.value, uow.at, FAQ_COMPLEMENTARY
            uow.record(person.login, Entity.OCCURRENCE, oc.id, "closed",
                       f"FAQ {FAQ_COMPLEMENTARY}: complementar à OC {linked.number} (R2)", occurrence_id=oc.id)
            uow.record(person.login, Entity.OCCURRENCE, linked.id, "complemented",
                       f"ligação complementar registrada na OC {oc.number}", occurrence_id=linked.id)
        if slot is not None and technician is not None:
            tech = get_staff(uow.session, technician, field=Field.TECHNICIAN)
            book_slot(uow, oc, tech, person, slot)
            return occurrence_record(uow, oc)  # booked: it has an owner now, read back as any OC
        return new_occurrence_record(uow, oc, client=client_row, opened_by=person,
                                     complementary_of=linked.number if linked else None)

    try:
        return run(db, work, at, lookup=lookup, acting=actor)
    except IntegrityError:
        if request_id:  # a concurrent replay won: the same call gets its OC, another call is refused
            return run(db, work, at, lookup=lookup, acting=actor)
        raise


def _same_call(
    uow: UnitOfWork, oc: OccurrenceRow, *, actor: str, client: str, channel: str, summary: str, kind: str,
    sla: str, tab: str | None, complementary_of: int | None, slot: datetime | None, technician: str | None,
) -> bool:
    """Is this the call that made ``oc`` (a retry), rather than another call reusing its request id?

    Compared as the call was registered: who took it, client, channel, kind, SLA, summary, the complementary link;
    the tab it was registered in (when the call names one; the OC may have moved since); the slot (when the call
    has one: the OC's booking, or a booking made at registration and freed since).
    """
    session = uow.session
    opened_by = session.get(StaffRow, oc.opened_by_id)
    client_row = session.get(ClientRow, oc.client_id)
    linked = session.get(OccurrenceRow, oc.complementary_of_id) if oc.complementary_of_id else None
    try:
        sla_code = uow.policy.sla(sla).code
    except BadValue:
        return False
    if ((opened_by.login if opened_by else None) != actor or (client_row.code if client_row else None) != client
            or oc.channel != channel or oc.kind != kind or oc.sla_class != sla_code or oc.summary != summary
            or (linked.number if linked else None) != complementary_of):
        return False
    if tab is not None:
        registered = session.scalar(select(AuditRow.after).where(
            AuditRow.occurrence_id == oc.id, AuditRow.action == "registered").order_by(AuditRow.id).limit(1))
        if (registered or {}).get("tab") != tab:
            return False
    if slot is not None:
        booking = session.scalar(select(BookingRow).where(BookingRow.occurrence_id == oc.id))
        if booking is not None:
            tech = session.get(StaffRow, booking.technician_id)
            return booking.starts_at == slot and (tech.login if tech else None) == technician
        return session.scalar(select(AuditRow.id).where(
            AuditRow.occurrence_id == oc.id, AuditRow.action == "booked").limit(1)) is not None
    return True


def show(db: Database, number: int, *, at: datetime | None = None, history: bool = True) -> OccurrenceRecord:
    return run(db, lambda uow: occurrence_record(uow, get_occurrence(uow.session, number), history=history),
               at, write=False)


def _matching(
    uow: UnitOfWork, query: Select[OccurrenceRow], *, tab: str | None = None, status: str | None = None,
    client: str | None = None, assignee: str | None = None, since: datetime | None = None,
) -> Select[OccurrenceRow]:
    """The listing filters, one set for the whole list and for the streamed one (codes looked up, unknown refused)."""
    if tab is not None:
        query = query.where(OccurrenceRow.tab == get_tab(uow.session, tab).code)
    if status is not None:
        query = query.where(OccurrenceRow.status == status)
    if client is not None:
        query = query.where(OccurrenceRow.client_id == get_client(uow.session, client).id)
    if assignee is not None:
        query = query.where(OccurrenceRow.assignee_id == get_staff(uow.session, assignee).id)
    if since is not None:
        query = query.where(OccurrenceRow.opened_at >= since)
    return query


def list_occurrences(
    db: Database,
    *,
    tab: str | None = None,
    status: str | None = None,
    client: str | None = None,
    assignee: str | None = None,
    at: datetime | None = None,
    limit: int | None = None,
) -> list[OccurrenceRecord]:
    if status is not None:
        status = _choice(status, Status, "value.status", Field.STATUS)

    def work(uow: UnitOfWork) -> list[OccurrenceRecord]:
        query = _matching(uow, select(OccurrenceRow).order_by(OccurrenceRow.number), tab=tab, status=status,
                          client=client, assignee=assignee)
        if limit is not None:
            query = query.limit(limit)
        return occurrence_records_for(uow, uow.session.scalars(query).all())

    return run(db, work, at, write=False)


STREAM_BATCH = 1000  # OCs per read of iter_occurrences: memory stays flat, every IN list stays short


def iter_occurrences(
    db: Database,
    *,
    tab: str | None = None,
    status: str | None = None,
    client: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
    at: datetime | None = None,
    batch: int = STREAM_BATCH,
) -> Iterator[OccurrenceRecord]:
    """Every OC that matches, in number order, read ``batch`` at a time (keyset on the number, one short read
    transaction per batch): any number of OCs in constant memory, and never more bound parameters than a batch.
    ``since``: opened at or after it; ``limit``: at most that many."""
    if status is not None:
        status = _choice(status, Status, "value.status", Field.STATUS)
    after, left = 0, (None if limit is None else max(0, limit))

    def page(uow: UnitOfWork) -> list[OccurrenceRecord]:
        query = _matching(uow, select(OccurrenceRow).where(OccurrenceRow.number > after)
                          .order_by(OccurrenceRow.number), tab=tab, status=status, client=client, since=since)
        size = batch if left is None else min(batch, left)
        return occurrence_records_for(uow, uow.session.scalars(query.limit(size)).all())

    while left is None or left > 0:
        records = run(db, page, at, write=False)
        yield from records
        if left is not None:
            left -= len(records)
        if len(records) < batch:
            return
        after = records[-1].number


def oc_facts(uow: UnitOfWork, oc: OccurrenceRow) -> OcFacts:
    return OcFacts(oc.tab, oc.channel, oc.kind, oc.sla_class,
                   frozenset(staff_tabs(uow.session, oc.opened_by_id)))


def check_not_awaiting(uow: UnitOfWork, oc: OccurrenceRow, action: str) -> None:
    """R6/R7: an OC waiting for a manager's decision stays put; ``action`` is what was tried (refusals.ACTION)."""
    if oc.status == Status.AWAITING_APPROVAL:
        esc = uow.session.scalar(select(EscalationRow).where(
            EscalationRow.occurrence_id == oc.id, EscalationRow.status == EscalationStatus.PENDING))
        r7 = esc is not None and esc.target == TabCode.N2
        raise RuleViolation("R7.awaiting_approval" if r7 else "R6.awaiting_approval", number=oc.number,
                            action=action)


def forward(
    db: Database, number: int, *, actor: str, tab: str, note: str | None = None, at: datetime | None = None
) -> OccurrenceRecord:
    """R3: only to a tab that accepts the OC; gated tabs need an approved escalation (R6, R7)."""
    limits.check_text(note, limits.NOTE, subject="note", field=Field.REASON)

    def work(uow: UnitOfWork) -> OccurrenceRecord:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        said = f": {note}" if note else ""
        if oc.tab == tab and (is_retry(uow, oc, person, "forwarded", f"→ {tab}{said}")
                              or is_retry(uow, oc, person, "sent_to_apoio", said)):
            return occurrence_record(uow, oc)  # forwarded already, by this very command
        rules.check_open(oc.number, oc.status, "forward")
        check_not_awaiting(uow, oc, "forward")
        target = get_tab(uow.session, tab)
        check_tab_accepts(tab_rule(target), oc_facts(uow, oc), Entry.FORWARD, person.role)
        if target.code == TabCode.APOIO_N1:
            check_owner(uow, oc, person, "forward")
            enter_apoio(uow, oc, ApoioReason.SENT_BY_ATTENDANT.value, person.login, note=note, sent_by=person)
            return occurrence_record(uow, oc)
        if open_apoio_item(uow, oc) is not None and person.role not in MANAGEMENT_ROLES:
            raise NotPermitted("permission.apoio_queue", number=oc.number)
        check_owner(uow, oc, person, "forward")
        resolve_apoio_item(uow, oc, person)
        withdraw_pending_offers(uow, oc)
        free_booking(uow, oc, person.login)
        before = {"tab": oc.tab, "status": oc.status}
        change_occurrence(uow, oc, tab=target.code, status=Status.OPEN.value, assignee_id=None,
                          tab_since=uow.at)
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "forwarded",
                   f"{before['tab']} → {target.code}" + (f": {note}" if note else ""), occurrence_id=oc.id,
                   before=before, after={"tab": oc.tab, "status": oc.status})
        return occurrence_record(uow, oc)

    return run(db, work, at)


def close(
    db: Database, number: int, *, actor: str, faq: str, note: str | None = None, at: datetime | None = None
) -> OccurrenceRecord:
    """R11: closing needs a FAQ code, and closed is final. R2: FAQ 7347 is the complementary calls' code only."""
    code = rules.check_faq(faq)
    limits.check_text(note, limits.NOTE, subject="note", field=Field.REASON)

    def work(uow: UnitOfWork) -> OccurrenceRecord:
        person = uow.acting(actor)
        oc = get_occurrence(uow.session, number, lock=True)
        closing = f"FAQ {code}" + (f": {note}" if note else "")
        if oc.status == Status.CLOSED and is_retry(uow, oc, person, "closed", closing):
            return occurrence_record(uow, oc)  # closed already, by this very command
        rules.check_open(oc.number, oc.status, "close")
        if code == FAQ_COMPLEMENTARY and oc.complementary_of_id is None:
            raise RuleViolation("R2.faq_complementary_only", field=Field.FAQ, number=oc.number)
        if uow.at < oc.opened_at:  # only a dated close (--at) can get here
            raise BadValue("value.closed_before_opened", field=Field.TIME, number=oc.number,
                           opened=oc.opened_at.isoformat(), at=uow.at.isoformat())
        owner = owner_in_the_way(uow, oc, person)
        if owner is not None:
            raise NotPermitted("permission.not_owner", number=oc.number, name=owner.name)
        for esc in uow.session.scalars(select(EscalationRow).where(
                EscalationRow.occurrence_id == oc.id, EscalationRow.status == EscalationStatus.PENDING)):
            esc.status = EscalationStatus.CANCELLED.value
            uow.record(person.login, Entity.ESCALATION, esc.id, "cancelled", f"OC {oc.number} encerrada")
        withdraw_pending_offers(uow, oc)
        resolve_apoio_item(uow, oc, person)
        free_booking(uow, oc, person.login)
        before = {"status": oc.status}
        change_occurrence(uow, oc, status=Status.CLOSED.value, closed_at=uow.at, faq_code=code, close_note=note)
        uow.record(person.login, Entity.OCCURRENCE, oc.id, "closed", closing,
                   occurrence_id=oc.id, before=before, after={"status": oc.status})
        # the consulting team's rule 4: "Comunicar conclusão" (imported here: the consulting records it brings are
        # no part of the console's first paint, which imports this module)
        from pitstop_desktop.services.tasks import communicate_conclusion_in

        communicate_conclusion_in(uow, oc, person)
        return occurrence_record(uow, oc)

    return run(db, work, at)
