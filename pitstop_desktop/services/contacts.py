"""The consulting team's contacts with clients (second seed 1.1 "AT-Atender Cliente" and the team's rules 2 and 3).

- A call is routed first (:func:`route_call`, 1.1.1–1.1.3): not a consulting client → the URA; the client's
  consultant holds an open OC of theirs (the protocol) → put through when available, else registered for them;
  otherwise whoever took it attends.
- Rule 2: a contact is started the moment the client calls (:func:`start_contact`) and stopped exactly when it
  ends (:func:`stop_contact`): the times are the moments of those two acts, never typed. One contact runs per
  consultant at a time.
- Rule 3: meetings and conferences are scheduled ahead (:func:`schedule_contact`, optionally with a meeting room
  in the same transaction), then started and stopped, or recorded with the exact times they happened, missed
  or cancelled (:func:`record_contact`).
- Skype (1.1.4): "um momento" (:func:`ask_to_wait`) starts ten visible minutes; when they run out the window
  offers a conference instead (:func:`wait_to_conference`).
- E-mail (1.1.3): a reply (:func:`reply_email`) records the contact and gives the ``mailto:`` URL with the
  Consultoria mailbox in copy and the protocol in the subject.

Only consulting clients have contacts: anyone else is refused with the URA's words and nothing is recorded.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    ClientRow,
    ContactPersonRow,
    ContactRow,
    OccurrenceRow,
    RoomBookingRow,
    SettingRow,
    StaffRow,
)
from pitstop_desktop.domain import limits
from pitstop_desktop.domain.availability import AvailabilityStatus
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import Status
from pitstop_desktop.domain.consulting import (
    CONSULTING_EMAIL,
    SKYPE_WAIT,
    ContactChannel,
    ContactStatus,
    email_subject,
    mailto_url,
    valid_email,
)
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotFound, RuleViolation
from pitstop_desktop.services.consulting_common import (
    acting_for,
    check_own,
    check_span,
    check_version,
    consulting_client,
    contact_record,
    contact_records,
    local,
    lock_person,
    planner,
    protocol_of,
)
from pitstop_desktop.services.consulting_records import CallRouting, ContactPersonRecord, ContactRecord
from pitstop_desktop.services.intake import fold
from pitstop_desktop.services.presence import availability_of
from pitstop_desktop.services.rooms import book_room_in, cancel_room_booking_in, move_room_booking_in
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_client, get_staff, run

# Contact persons


def _person_record(row: ContactPersonRow, client: str) -> ContactPersonRecord:
    return ContactPersonRecord(row.id, client, row.name, row.phone, row.email, row.skype)


def find_contact_persons(db: Database, *, client: str, text: str = "", limit: int = 20) -> list[ContactPersonRecord]:
    """The client's contact persons whose name, phone, e-mail or Skype holds ``text`` (accents and case aside;
    a phone matches by its digits), by name."""
    needle = fold(text)
    digits = "".join(ch for ch in text if ch.isdigit())

    def work(uow: UnitOfWork) -> list[ContactPersonRecord]:
        row = get_client(uow.session, client)
        found = []
        for person in uow.session.scalars(select(ContactPersonRow).where(
                ContactPersonRow.client_id == row.id, ContactPersonRow.active.is_(True))):
            haystack = fold(" ".join(v for v in (person.name, person.email, person.skype, person.phone) if v))
            phone = "".join(ch for ch in person.phone or "" if ch.isdigit())
            if needle in haystack or (len(digits) >= 3 and digits in phone):
                found.append(person)
        found.sort(key=lambda p: (fold(p.name), p.id))
        return [_person_record(p, row.code) for p in found[:limit]]

    return run(db, work, write=False)


def _optional_text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _add_person(uow: UnitOfWork, actor: StaffRow, client: ClientRow, name: str, phone: str | None = None,
                email: str | None = None, skype: str | None = None) -> ContactPersonRow:
    name = " ".join(name.split())
    if not name:
        raise BadValue("value.contact_person_name", field=Field.NAME)
    limits.check_text(name, limits.STAFF_NAME, subject="name", field=Field.NAME)
    phone, email, skype = _optional_text(phone), _optional_text(email), _optional_text(skype)
    limits.check_text(phone, limits.PHONE, subject="phone", field=Field.CONTACT)
    limits.check_text(email, limits.EMAIL, subject="email_address", field=Field.EMAIL)
    limits.check_text(skype, limits.EMAIL, subject="skype_name", field=Field.CONTACT)
    if email is not None and not valid_email(email):
        raise BadValue("value.email", field=Field.EMAIL, value=email)
    if _person_named(uow, client, name) is not None:
        raise Conflict("conflict.contact_person_exists", field=Field.NAME, name=name, code=client.code)
    row = ContactPersonRow(client_id=client.id, name=name, phone=phone, email=email, skype=skype, active=True)
    uow.session.add(row)
    uow.session.flush()
    uow.record(actor.login, Entity.CONTACT_PERSON, row.id, "added", f"{client.code}: {name}")
    return row


def _person_named(uow: UnitOfWork, client: ClientRow, name: str) -> ContactPersonRow | None:
    wanted = fold(name)
    for person in uow.session.scalars(select(ContactPersonRow).where(ContactPersonRow.client_id == client.id)):
        if fold(person.name) == wanted:
            return person
    return None


def add_contact_person(
    db: Database, *, actor: str, client: str, name: str, phone: str | None = None, email: str | None = None,
    skype: str | None = None, at: datetime | None = None,
) -> ContactPersonRecord:
    """A person who calls for a consulting client (1.1.1), or a Skype contact accepted (1.1.4.7: the provider is
    asked first, and only a consulting client's is accepted)."""

    def work(uow: UnitOfWork) -> ContactPersonRecord:
        person, _ = acting_for(uow, actor, None)
        row = consulting_client(uow, client)
        return _person_record(_add_person(uow, person, row, name, phone, email, skype), row.code)

    return run(db, work, at)


def _contact_person(uow: UnitOfWork, actor: StaffRow, client: ClientRow, name: str | None) -> ContactPersonRow | None:
    """The client's person called ``name`` (accents and case aside), added on the spot when not yet known."""
    if name is None or not name.strip():
        return None
    found = _person_named(uow, client, " ".join(name.split()))
    return found if found is not None else _add_person(uow, actor, client, name)


# Routing a call (1.1.1–1.1.3) and a client's consultant


def route_call(db: Database, *, client: str, at: datetime | None = None) -> CallRouting:
    """Where a call from ``client`` goes: ``ura``, ``transfer``, ``register`` or ``attend`` (see CallRouting)."""

    def work(uow: UnitOfWork) -> CallRouting:
        row = get_client(uow.session, client)
        if not row.consulting:
            return CallRouting("ura", row.code, row.name, None, None, None, None)
        consultant = uow.session.get(StaffRow, row.consultant_id) if row.consultant_id is not None else None
        if consultant is None:
            return CallRouting("attend", row.code, row.name, None, None, None, None)
        protocol = uow.session.scalar(
            select(OccurrenceRow.number).where(OccurrenceRow.client_id == row.id,
                                               OccurrenceRow.assignee_id == consultant.id,
                                               OccurrenceRow.status != Status.CLOSED.value)
            .order_by(OccurrenceRow.opened_at.desc(), OccurrenceRow.number.desc()).limit(1))
        state = availability_of(uow, [consultant])[consultant.id].status
        if protocol is None:
            return CallRouting("attend", row.code, row.name, consultant.login, consultant.name, None, state.value)
        action = "transfer" if state is AvailabilityStatus.AVAILABLE and consultant.active else "register"
        return CallRouting(action, row.code, row.name, consultant.login, consultant.name, int(protocol), state.value)

    return run(db, work, at, write=False)


def set_consultant(
    db: Database, *, actor: str, client: str, login: str | None, at: datetime | None = None,
) -> str | None:
    """Make ``login`` the consultant of consulting client ``client`` (None: nobody); management that plans."""

    def work(uow: UnitOfWork) -> str | None:
        person = planner(uow, actor)
        row = consulting_client(uow, client)
        consultant = get_staff(uow.session, login, field=Field.LOGIN) if login is not None else None
        before = uow.session.get(StaffRow, row.consultant_id) if row.consultant_id is not None else None
        new_id = consultant.id if consultant is not None else None
        if row.consultant_id != new_id:
            row.consultant_id = new_id
            uow.session.flush()
            uow.record(person.login, Entity.CLIENT, row.id, "consultant_set",
                       f"{row.code}: {before.login if before else '-'} → {login or '-'}",
                       before={"consultant": before.login if before else None}, after={"consultant": login})
        return consultant.login if consultant is not None else None

    return run(db, work, at)


def consultant_of(db: Database, *, client: str) -> str | None:
    """The login of ``client``'s consultant (None: nobody)."""

    def work(uow: UnitOfWork) -> str | None:
        row = get_client(uow.session, client)
        return uow.session.scalar(select(StaffRow.login).where(StaffRow.id == row.consultant_id)) \
            if row.consultant_id is not None else None

    return run(db, work, write=False)


# Starting and stopping (rule 2)


def _channel(value: str) -> ContactChannel:
    try:
        return ContactChannel(value)
    except ValueError:
        raise BadValue("value.channel", field=Field.CHANNEL, value=value,
                       known=tuple(c.value for c in ContactChannel)) from None


def _subject(value: str) -> str:
    limits.check_text(value, limits.SUMMARY, subject="summary", field=Field.SUMMARY)
    return value.strip()


def _running_of(uow: UnitOfWork, staff_id: int) -> ContactRow | None:
    return uow.session.scalar(select(ContactRow).where(ContactRow.consultant_id == staff_id,
                                                       ContactRow.status == ContactStatus.RUNNING.value)
                              .order_by(ContactRow.started_at).limit(1))


def _none_running(uow: UnitOfWork, consultant: StaffRow) -> None:
    """Rule 2: one contact at a time per consultant; the running one is stopped first (it ended when it did)."""
    lock_person(uow, consultant.id)
    running = _running_of(uow, consultant.id)
    if running is not None:
        client = uow.session.get(ClientRow, running.client_id)
        raise RuleViolation("consulting.contact_running", field=Field.CONTACT, name=consultant.name,
                            id=running.id, code=client.code if client else "?", since=local(uow, running.started_at))


def _contact(uow: UnitOfWork, contact_id: int) -> ContactRow:
    row = uow.session.get(ContactRow, contact_id) if limits.fits_integer(contact_id) else None
    if row is None:
        raise NotFound("not_found.contact", field=Field.CONTACT, id=contact_id)
    return row


def _status(row: ContactRow, *allowed: ContactStatus) -> None:
    if row.status not in allowed:
        raise RuleViolation("consulting.contact_status", field=Field.STATUS, id=row.id, contact_status=row.status)


def _new_contact(uow: UnitOfWork, person: StaffRow, consultant: StaffRow, client: ClientRow, channel: ContactChannel,
                 status: ContactStatus, *, scheduled: bool, contact_person: str | None, protocol: int | None,
                 subject: str, **times: datetime | None) -> ContactRow:
    who = _contact_person(uow, person, client, contact_person)
    oc = protocol_of(uow, client, protocol)
    row = ContactRow(channel=channel.value, status=status.value, scheduled=scheduled, consultant_id=consultant.id,
                     client_id=client.id, contact_person_id=who.id if who else None,
                     occurrence_id=oc.id if oc else None, subject=_subject(subject), created_by_id=person.id,
                     created_at=uow.at, version=1, **times)
    uow.session.add(row)
    uow.session.flush()
    return row


def _touch(row: ContactRow, **values: object) -> None:
    for name, value in values.items():
        setattr(row, name, value)
    row.version += 1


def start_contact(
    db: Database, *, actor: str, channel: str, client: str, contact_person: str | None = None,
    protocol: int | None = None, subject: str = "", consultant: str | None = None, at: datetime | None = None,
) -> ContactRecord:
    """Rule 2: the client called now; the contact runs from this moment (for ``consultant``; None: the actor)."""
    kind = _channel(channel)

    def work(uow: UnitOfWork) -> ContactRecord:
        person, owner = acting_for(uow, actor, consultant)
        row_client = consulting_client(uow, client)
        _none_running(uow, owner)
        row = _new_contact(uow, person, owner, row_client, kind, ContactStatus.RUNNING, scheduled=False,
                           contact_person=contact_person, protocol=protocol, subject=subject, started_at=uow.at)
        uow.record(person.login, Entity.CONTACT, row.id, "started",
                   f"{kind.value} {row_client.code} {owner.login}")
        return contact_record(uow, row)

    return run(db, work, at)


def stop_contact(db: Database, *, actor: str, contact_id: int, at: datetime | None = None) -> ContactRecord:
    """Rule 2: the contact ended now: ``ended_at`` is this moment, the status done."""

    def work(uow: UnitOfWork) -> ContactRecord:
        person, _ = acting_for(uow, actor, None)
        row = _contact(uow, contact_id)
        check_own(uow, person, row.consultant_id)
        _status(row, ContactStatus.RUNNING)
        if row.started_at is not None and uow.at < row.started_at:
            raise BadValue("value.end_before_start", field=Field.END, start=row.started_at.isoformat(),
                           end=uow.at.isoformat())
        _touch(row, status=ContactStatus.DONE.value, ended_at=uow.at)
        uow.record(person.login, Entity.CONTACT, row.id, "stopped",
                   f"{local(uow, row.started_at)}–{local(uow, uow.at)}")
        return contact_record(uow, row)

    return run(db, work, at)


def running_contact(db: Database, *, login: str) -> ContactRecord | None:
    """The contact ``login`` has running now (the week view and the console keep it in sight), or None."""

    def work(uow: UnitOfWork) -> ContactRecord | None:
        row = _running_of(uow, get_staff(uow.session, login, field=Field.LOGIN).id)
        return contact_record(uow, row) if row is not None else None

    return run(db, work, write=False)


# Scheduled contacts (rule 3)


def schedule_contact(
    db: Database, *, actor: str, channel: str, client: str, planned_start: datetime, planned_end: datetime,
    consultant: str | None = None, contact_person: str | None = None, protocol: int | None = None, subject: str = "",
    room: str | None = None, agenda: str = "", at: datetime | None = None,
) -> ContactRecord:
    """Rule 3: a meeting or conference planned ahead; with ``room`` the room is booked in the same transaction
    (both or neither)."""
    kind = _channel(channel)
    check_span(planned_start, planned_end, required=True)

    def work(uow: UnitOfWork) -> ContactRecord:
        person, owner = acting_for(uow, actor, consultant)
        row_client = consulting_client(uow, client)
        row = _new_contact(uow, person, owner, row_client, kind, ContactStatus.SCHEDULED, scheduled=True,
                           contact_person=contact_person, protocol=protocol, subject=subject,
                           planned_start=planned_start, planned_end=planned_end)
        uow.record(person.login, Entity.CONTACT, row.id, "scheduled",
                   f"{kind.value} {row_client.code} {owner.login} {local(uow, planned_start)}")
        if room is not None:
            book_room_in(uow, person, room=room, start=planned_start, end=planned_end,
                         title=row.subject or row_client.name, agenda=agenda, contact_id=row.id)
        return contact_record(uow, row)

    return run(db, work, at)


def _room_booking_of(uow: UnitOfWork, row: ContactRow) -> RoomBookingRow | None:
    return uow.session.scalar(select(RoomBookingRow).where(RoomBookingRow.contact_id == row.id).limit(1))


def reschedule_contact(
    db: Database, *, actor: str, contact_id: int, planned_start: datetime, planned_end: datetime,
    consultant: str | None = None, version: int | None = None, at: datetime | None = None,
) -> ContactRecord:
    """Move a scheduled contact (the week view's drag), to another consultant too (``consultant``); its meeting
    room moves along, or the whole move is refused naming who has the room then."""
    check_span(planned_start, planned_end, required=True)

    def work(uow: UnitOfWork) -> ContactRecord:
        person, _ = acting_for(uow, actor, None)
        row = _contact(uow, contact_id)
        check_own(uow, person, row.consultant_id)
        check_version(row.version, version, task=False, ident=row.id)
        _status(row, ContactStatus.SCHEDULED)
        new_owner = row.consultant_id
        if consultant is not None:
            _, target = acting_for(uow, actor, consultant)
            new_owner = target.id
        if (row.planned_start, row.planned_end, row.consultant_id) == (planned_start, planned_end, new_owner):
            return contact_record(uow, row)
        before = {"start": row.planned_start, "end": row.planned_end}
        booking = _room_booking_of(uow, row)
        if booking is not None and (booking.starts_at, booking.ends_at) != (planned_start, planned_end):
            move_room_booking_in(uow, person, booking, planned_start, planned_end)
        _touch(row, planned_start=planned_start, planned_end=planned_end, consultant_id=new_owner)
        uow.record(person.login, Entity.CONTACT, row.id, "rescheduled",
                   f"{local(uow, before['start'])} → {local(uow, planned_start)}",
                   before=before, after={"start": planned_start, "end": planned_end})
        return contact_record(uow, row)

    return run(db, work, at)


def start_scheduled_contact(db: Database, *, actor: str, contact_id: int, at: datetime | None = None) -> ContactRecord:
    """A scheduled contact (or a Skype client asked to wait) begins now; then :func:`stop_contact`."""

    def work(uow: UnitOfWork) -> ContactRecord:
        person, _ = acting_for(uow, actor, None)
        row = _contact(uow, contact_id)
        check_own(uow, person, row.consultant_id)
        _status(row, ContactStatus.SCHEDULED)
        consultant = uow.session.get(StaffRow, row.consultant_id)
        assert consultant is not None  # a foreign key
        _none_running(uow, consultant)
        _touch(row, status=ContactStatus.RUNNING.value, started_at=uow.at)
        uow.record(person.login, Entity.CONTACT, row.id, "started", f"{row.channel} {consultant.login}")
        return contact_record(uow, row)

    return run(db, work, at)


_RECORDABLE = (ContactStatus.DONE, ContactStatus.MISSED, ContactStatus.CANCELLED)


def record_contact(
    db: Database, *, actor: str, contact_id: int, status: str, started_at: datetime | None = None,
    ended_at: datetime | None = None, at: datetime | None = None,
) -> ContactRecord:
    """Rule 3: a scheduled contact happened (``done``, with the exact times it did; the planned ones when not
    given), did not (``missed``) or was called off (``cancelled``: its meeting room is freed)."""
    try:
        outcome = ContactStatus(status)
    except ValueError:
        outcome = None
    if outcome not in _RECORDABLE:
        raise BadValue("value.contact_outcome", field=Field.STATUS, value=status)
    if outcome is ContactStatus.DONE:
        check_span(started_at, ended_at)

    def work(uow: UnitOfWork) -> ContactRecord:
        person, _ = acting_for(uow, actor, None)
        row = _contact(uow, contact_id)
        check_own(uow, person, row.consultant_id)
        _status(row, ContactStatus.SCHEDULED)
        values: dict[str, object] = {"status": outcome.value}
        if outcome is ContactStatus.DONE:
            values["started_at"] = started_at or row.planned_start
            values["ended_at"] = ended_at or row.planned_end
            if values["started_at"] is None or values["ended_at"] is None:
                raise BadValue("value.span_incomplete", field=Field.START)
        elif outcome is ContactStatus.CANCELLED:
            booking = _room_booking_of(uow, row)
            if booking is not None and booking.starts_at > uow.at:
                cancel_room_booking_in(uow, person, booking)
        _touch(row, **values)
        uow.record(person.login, Entity.CONTACT, row.id, outcome.value, f"{row.channel} {local(uow, row.started_at)}")
        return contact_record(uow, row)

    return run(db, work, at)


# Skype (1.1.4)


def ask_to_wait(
    db: Database, *, actor: str, client: str, contact_person: str | None = None, protocol: int | None = None,
    subject: str = "", consultant: str | None = None, at: datetime | None = None,
) -> ContactRecord:
    """1.1.4.4: "um momento": a Skype contact waiting for the consultant, the ten minutes running from now."""

    def work(uow: UnitOfWork) -> ContactRecord:
        person, owner = acting_for(uow, actor, consultant)
        row_client = consulting_client(uow, client)
        row = _new_contact(uow, person, owner, row_client, ContactChannel.SKYPE, ContactStatus.SCHEDULED,
                           scheduled=False, contact_person=contact_person, protocol=protocol, subject=subject,
                           planned_start=uow.at, planned_end=uow.at + SKYPE_WAIT, wait_started_at=uow.at)
        uow.record(person.login, Entity.CONTACT, row.id, "waiting", f"skype {row_client.code} {owner.login}")
        return contact_record(uow, row)

    return run(db, work, at)


def wait_to_conference(
    db: Database, *, actor: str, contact_id: int, planned_start: datetime, planned_end: datetime,
    at: datetime | None = None,
) -> ContactRecord:
    """1.1.4.5: the consultant cannot talk: the waiting Skype contact is cancelled and a conference with the same
    client, person and protocol is scheduled (the answer is the conference)."""
    check_span(planned_start, planned_end, required=True)

    def work(uow: UnitOfWork) -> ContactRecord:
        person, _ = acting_for(uow, actor, None)
        row = _contact(uow, contact_id)
        check_own(uow, person, row.consultant_id)
        _status(row, ContactStatus.SCHEDULED)
        if row.wait_started_at is None:
            raise RuleViolation("consulting.not_waiting", field=Field.CONTACT, id=row.id)
        _touch(row, status=ContactStatus.CANCELLED.value)
        uow.record(person.login, Entity.CONTACT, row.id, "cancelled", "skype → conference")
        conference = ContactRow(
            channel=ContactChannel.CONFERENCE.value, status=ContactStatus.SCHEDULED.value, scheduled=True,
            consultant_id=row.consultant_id, client_id=row.client_id, contact_person_id=row.contact_person_id,
            occurrence_id=row.occurrence_id, subject=row.subject, planned_start=planned_start,
            planned_end=planned_end, created_by_id=person.id, created_at=uow.at, version=1)
        uow.session.add(conference)
        uow.session.flush()
        uow.record(person.login, Entity.CONTACT, conference.id, "scheduled",
                   f"conference {local(uow, planned_start)} (skype {row.id})")
        return contact_record(uow, conference)

    return run(db, work, at)


# E-mail (1.1.3)


def consulting_mailbox(db: Database) -> str | None:
    """The Consultoria mailbox every reply copies (setting :data:`CONSULTING_EMAIL`), or None when not set."""
    return run(db, lambda uow: uow.session.scalar(select(SettingRow.value).where(SettingRow.key == CONSULTING_EMAIL)),
               write=False)


def set_consulting_mailbox(db: Database, *, actor: str, address: str | None, at: datetime | None = None) -> str | None:
    """Set (None: clear) the Consultoria mailbox; management that plans; audited like every setting."""
    value = (address or "").strip() or None
    if value is not None:
        limits.check_text(value, limits.EMAIL, subject="email_address", field=Field.EMAIL)
        if not valid_email(value):
            raise BadValue("value.email", field=Field.EMAIL, value=value)

    def work(uow: UnitOfWork) -> str | None:
        person = planner(uow, actor)
        row = uow.session.get(SettingRow, CONSULTING_EMAIL)
        if (row.value if row else None) == value:
            return value
        if value is None:
            assert row is not None  # it differs from None
            uow.session.delete(row)
        elif row is None:
            uow.session.add(SettingRow(key=CONSULTING_EMAIL, value=value))
        else:
            row.value = value
        uow.session.flush()
        uow.record(person.login, Entity.SETTING, 0, "set", f"{CONSULTING_EMAIL}={value}")
        return value

    return run(db, work, at)


def reply_email(
    db: Database, *, actor: str, client: str, contact_person: str | None = None, protocol: int | None = None,
    subject: str = "", consultant: str | None = None, at: datetime | None = None,
) -> tuple[ContactRecord, str]:
    """1.1.3.3: a reply to a client's e-mail: a done e-mail contact now, and the ``mailto:`` URL that opens the
    mail client to the person, the Consultoria mailbox in copy, "Protocolo <n>" in the subject."""

    def work(uow: UnitOfWork) -> tuple[ContactRecord, str]:
        person, owner = acting_for(uow, actor, consultant)
        row_client = consulting_client(uow, client)
        mailbox = uow.session.scalar(select(SettingRow.value).where(SettingRow.key == CONSULTING_EMAIL))
        if not mailbox:
            raise NotFound("not_found.consulting_mailbox", field=Field.EMAIL)
        row = _new_contact(uow, person, owner, row_client, ContactChannel.EMAIL, ContactStatus.DONE, scheduled=False,
                           contact_person=contact_person, protocol=protocol, subject=subject, started_at=uow.at,
                           ended_at=uow.at)
        to = uow.session.get(ContactPersonRow, row.contact_person_id) if row.contact_person_id is not None else None
        record = contact_record(uow, row)
        uow.record(person.login, Entity.CONTACT, row.id, "email_replied",
                   f"{row_client.code} {owner.login} protocolo {record.protocol or '-'}")
        return record, mailto_url(to.email if to else None, mailbox, email_subject(record.protocol, record.subject))

    return run(db, work, at)


# Reading


def list_contacts(
    db: Database, *, start: datetime | None = None, end: datetime | None = None, consultant: str | None = None,
    client: str | None = None, status: str | None = None,
) -> list[ContactRecord]:
    """Contacts in [``start``, ``end``) — by their planned start, else by when they started — of ``consultant``,
    ``client`` and ``status`` when given, by time."""
    if status is not None and status not in tuple(ContactStatus):
        raise BadValue("value.status", field=Field.STATUS, value=status, known=tuple(ContactStatus))

    def work(uow: UnitOfWork) -> list[ContactRecord]:
        where: list[ColumnElement[bool]] = []
        planned, started = ContactRow.planned_start, ContactRow.started_at
        if start is not None:
            where.append(or_(planned >= start, and_(planned.is_(None), started >= start)))
        if end is not None:
            where.append(or_(planned < end, and_(planned.is_(None), started < end)))
        if consultant is not None:
            where.append(ContactRow.consultant_id == get_staff(uow.session, consultant, field=Field.LOGIN).id)
        if client is not None:
            where.append(ContactRow.client_id == get_client(uow.session, client).id)
        if status is not None:
            where.append(ContactRow.status == status)
        rows = list(uow.session.scalars(select(ContactRow).where(*where)))
        rows.sort(key=lambda r: ((r.planned_start or r.started_at or r.created_at), r.id))
        return contact_records(uow, rows)

    return run(db, work, write=False)
