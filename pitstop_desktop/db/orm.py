"""The shared database as SQLAlchemy 2.0 typed ORM classes. Times are stored in UTC.

No ``from __future__ import annotations`` here, on purpose: with it every ``Mapped[...]`` is a string that the
declarative scan cleans up and ``eval``s, column by column (~200 of them), on every start of every program; as
plain objects they are read as they are (~15-25 ms less of the console's cold start).
"""

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from pitstop_desktop.domain import limits

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (naive text) and PostgreSQL (timestamptz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use timezone-aware times")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], datetime | None] | None:
        """On SQLite, text to aware UTC in one Python call per value rather than three.

        The stock chain (TypeDecorator wrapper -> the dialect's ``fromisoformat`` -> process_result_value,
        whose ``replace(tzinfo=...)`` alone takes ~1 µs) cost the board's 15,000 datetimes ~10 ms. Reading
        the stored naive UTC text with a ``+00:00`` suffix gives the same aware UTC value (tzinfo is
        ``datetime.UTC`` itself) eight times faster; anything else (a date only, text that already has an
        offset) takes the general path: SQLite's DATETIME reads with ``fromisoformat``, then the rule of
        :meth:`process_result_value`. A driver that hands back datetimes itself (psycopg) gets that rule
        directly, without the TypeDecorator's wrapper call; any other keeps the stock chain.
        """
        if dialect.name != "sqlite":
            if self.impl_instance.result_processor(dialect, coltype) is not None:
                return super().result_processor(dialect, coltype)
            return _aware_utc
        parse = datetime.fromisoformat

        def process(value: str | None) -> datetime | None:
            if value is None:
                return None
            try:
                return parse(value + "+00:00")
            except ValueError:
                moment = parse(value)
                return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)

        return process


def _aware_utc(value: datetime | None) -> datetime | None:
    """UtcDateTime.process_result_value as a plain function (the result processor for datetime drivers)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class TabRow(Base):
    __tablename__ = "tabs"
    code: Mapped[str] = mapped_column(String(limits.TAB_CODE), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)
    site: Mapped[str | None] = mapped_column(String(16))
    gated: Mapped[bool] = mapped_column(Boolean, default=False)
    only_channel: Mapped[str | None] = mapped_column(String(16))
    excluded_kinds: Mapped[str] = mapped_column(String(200), default="")
    excluded_sla: Mapped[str] = mapped_column(String(200), default="")
    management_only_from_other_sectors: Mapped[bool] = mapped_column(Boolean, default=False)


class StaffRow(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(limits.LOGIN), unique=True)
    name: Mapped[str] = mapped_column(String(limits.STAFF_NAME))
    role: Mapped[str] = mapped_column(String(16))
    site: Mapped[str] = mapped_column(String(16), default="matriz")
    # Deferred: loaded only when read (sign-in), so loading a person never asks for it; on an office server with
    # roles (db/roles.py) no person's role may read it.
    password_hash: Mapped[str | None] = mapped_column(String(200), deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SignInFailureRow(Base):
    """Recent failed sign-ins of one login as typed (known or not, so a lockout tells nothing about who exists):
    kept in the database so every window on the computer counts the same failures (migration 0004)."""

    __tablename__ = "sign_in_failures"
    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    first_failure_at: Mapped[datetime] = mapped_column(UtcDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class StaffTabRow(Base):
    __tablename__ = "staff_tabs"
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    tab_code: Mapped[str] = mapped_column(ForeignKey("tabs.code"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ClientRow(Base):
    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(limits.CLIENT_CODE), unique=True)
    name: Mapped[str] = mapped_column(String(limits.CLIENT_NAME))
    phone: Mapped[str | None] = mapped_column(String(limits.PHONE), index=True)
    consulting: Mapped[bool] = mapped_column(Boolean, default=False)
    # the consultant a consulting client's protocols belong to (second seed 1.1.3; migration 0010)
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class RosterRow(Base):
    __tablename__ = "roster"
    __table_args__ = (UniqueConstraint("staff_id", "day", name="uq_roster_staff_day"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date, index=True)
    shift_start: Mapped[datetime] = mapped_column(UtcDateTime)
    shift_end: Mapped[datetime] = mapped_column(UtcDateTime)
    lunch_start: Mapped[datetime | None] = mapped_column(UtcDateTime)
    lunch_end: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PresenceRow(Base):
    __tablename__ = "presence_events"
    __table_args__ = (Index("ix_presence_staff_at", "staff_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(16))
    # A correction by management (migration 0007): the event happened at ``at``, was recorded at ``recorded_at`` by
    # ``recorded_by_id`` for ``reason``. NULL for the events people record as they happen.
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SeatHeartbeatRow(Base):
    """A running window (a seat: a random id per window) of a person and when it last said it is alive; a clean
    exit deletes it. A logged-in person whose seats all went silent is "sem sinal" (migration 0007)."""

    __tablename__ = "seat_heartbeats"
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    seat: Mapped[str] = mapped_column(String(limits.SEAT), primary_key=True)
    last_seen: Mapped[datetime] = mapped_column(UtcDateTime)


class SlaClassRow(Base):
    __tablename__ = "sla_classes"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    target_minutes: Mapped[int] = mapped_column(Integer)
    clock: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)


class CalendarRow(Base):
    """The single business calendar and SLA policy settings (id is always 1)."""

    __tablename__ = "business_calendar"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    timezone: Mapped[str] = mapped_column(String(64))
    workdays: Mapped[str] = mapped_column(String(20))  # "0,1,2,3,4" (Monday=0)
    opens: Mapped[str] = mapped_column(String(5))
    closes: Mapped[str] = mapped_column(String(5))
    holiday_country: Mapped[str | None] = mapped_column(String(8))
    warning_ratio: Mapped[float] = mapped_column(Float)
    slot_minutes: Mapped[int] = mapped_column(Integer)


class CalendarExceptionRow(Base):
    __tablename__ = "calendar_exceptions"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    open: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(200), default="")


class SettingRow(Base):
    """Small facts about this database, e.g. ``demo_day`` when it holds the demo (``pitstop --as`` needs it)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CounterRow(Base):
    """Gapless counters taken under a row lock: OC numbers and change-feed revisions."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class OccurrenceRow(Base):
    __tablename__ = "occurrences"
    __table_args__ = (
        Index("ix_occurrences_tab_status", "tab", "status"),
        Index("ix_occurrences_status_opened", "status", "opened_at"),
        # The board reads every open OC in number order; ``status <> 'closed'`` cannot seek the index above,
        # so without this one SQLite walked all OCs ever opened. Partial: only open OCs, a few thousand, so
        # it stays small however long the history grows. Queries must spell the term as a literal (migration
        # 0003; services/board.py).
        Index("ix_occurrences_open_number", "number",
              sqlite_where=text("status <> 'closed'"), postgresql_where=text("status <> 'closed'")),
        # The gauges count a day's closures: ``complementary_of_id IS NULL`` and a ``closed_at`` range
        # (services/gauges.py). One seek on both instead of walking every non-complementary OC ever closed,
        # which is what SQLite did through the foreign-key index (it has no statistics to know better).
        Index("ix_occurrences_closures", "complementary_of_id", "closed_at"),
        # The timeline's day: OCs closed or moved today, and who holds what now (migration 0008).
        Index("ix_occurrences_closed_at", "closed_at"),
        Index("ix_occurrences_tab_since", "tab_since"),
        Index("ix_occurrences_open_assignee", "assignee_id",
              sqlite_where=text("status <> 'closed'"), postgresql_where=text("status <> 'closed'")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, unique=True)
    request_id: Mapped[str | None] = mapped_column(String(limits.REQUEST_ID), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text)
    tab: Mapped[str] = mapped_column(ForeignKey("tabs.code"))
    status: Mapped[str] = mapped_column(String(20))
    sla_class: Mapped[str] = mapped_column(ForeignKey("sla_classes.code"))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    tab_since: Mapped[datetime] = mapped_column(UtcDateTime)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    faq_code: Mapped[str | None] = mapped_column(String(limits.FAQ_CODE))
    close_note: Mapped[str | None] = mapped_column(Text)
    complementary_of_id: Mapped[int | None] = mapped_column(ForeignKey("occurrences.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class OfferRow(Base):
    __tablename__ = "offers"
    __table_args__ = (Index("ix_offers_occurrence", "occurrence_id", "answer"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("occurrences.id", ondelete="CASCADE"))
    tab: Mapped[str] = mapped_column(ForeignKey("tabs.code"))
    to_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    offered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    offered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    answer: Mapped[str] = mapped_column(String(16), default="pending")
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reason: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[str] = mapped_column(Text, default="")


class EscalationRow(Base):
    __tablename__ = "escalations"
    __table_args__ = (
        Index("ix_escalations_requester", "requested_by_id", "id"),  # a person's latest requests (migration 0008)
        Index(
            "uq_escalations_one_pending",
            "occurrence_id",
            unique=True,
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("occurrences.id", ondelete="CASCADE"), index=True)
    target: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    from_tab: Mapped[str] = mapped_column(ForeignKey("tabs.code"))
    prior_status: Mapped[str] = mapped_column(String(20))
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)


class ApoioItemRow(Base):
    __tablename__ = "apoio_items"
    __table_args__ = (
        Index(
            "uq_apoio_items_one_open",
            "occurrence_id",
            unique=True,
            sqlite_where=text("resolved_at IS NULL"),
            postgresql_where=text("resolved_at IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("occurrences.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    since: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)


class BookingRow(Base):
    __tablename__ = "bookings"
    __table_args__ = (UniqueConstraint("technician_id", "starts_at", name="uq_bookings_technician_start"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    technician_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("occurrences.id", ondelete="CASCADE"), unique=True)
    booked_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditRow(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_action_at", "action", "at"),  # the OCs handed back today (the timeline; migration 0009)
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(limits.LOGIN))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(BigInteger)
    occurrence_id: Mapped[int | None] = mapped_column(
        ForeignKey("occurrences.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # dated by ``--at`` (a backfill), not by the clock of the moment; on the office server the trigger sets it
    backfilled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ChangeRow(Base):
    """The change feed: one revision per committed transaction, one row per changed entity."""

    __tablename__ = "change_feed"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision: Mapped[int] = mapped_column(BigInteger, index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UtcDateTime)


# The consulting team (issue 12, migration 0010): contact persons, contacts, tasks, the work plan, meeting rooms.


class ContactPersonRow(Base):
    """A person at a client who calls (second seed 1.1.1: "identificar o provedor e usuário")."""

    __tablename__ = "contact_persons"
    __table_args__ = (UniqueConstraint("client_id", "name", name="uq_contact_persons_client_name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(limits.STAFF_NAME))
    phone: Mapped[str | None] = mapped_column(String(limits.PHONE))
    email: Mapped[str | None] = mapped_column(String(limits.EMAIL))
    skype: Mapped[str | None] = mapped_column(String(limits.EMAIL))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ContactRow(Base):
    """A contact with a client (domain.consulting.ContactChannel): triggered (started the moment the client
    calls, stopped when it ends) or scheduled ahead (planned times, then done, missed or cancelled)."""

    __tablename__ = "contacts"
    __table_args__ = (Index("ix_contacts_consultant_start", "consultant_id", "planned_start"),
                      Index("ix_contacts_consultant_started", "consultant_id", "started_at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(limits.CODE))
    status: Mapped[str] = mapped_column(String(limits.CODE))
    scheduled: Mapped[bool] = mapped_column(Boolean, default=False)  # planned ahead (rule 3) or triggered (rule 2)
    consultant_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_persons.id", ondelete="SET NULL"))
    occurrence_id: Mapped[int | None] = mapped_column(ForeignKey("occurrences.id", ondelete="SET NULL"), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    planned_start: Mapped[datetime | None] = mapped_column(UtcDateTime)
    planned_end: Mapped[datetime | None] = mapped_column(UtcDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    wait_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # Skype "um momento" (10 minutes)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class TaskRow(Base):
    """A task of the team (domain.consulting.TaskType): planned start/end, actual start/stop, owner, protocol."""

    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_owner_planned", "owner_id", "planned_start"),
                      Index("ix_tasks_owner_started", "owner_id", "started_at"),
                      Index("ix_tasks_type_occurrence", "type", "occurrence_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(limits.REASON_CODE))
    status: Mapped[str] = mapped_column(String(limits.CODE))
    title: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    occurrence_id: Mapped[int | None] = mapped_column(ForeignKey("occurrences.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    planned_start: Mapped[datetime | None] = mapped_column(UtcDateTime)
    planned_end: Mapped[datetime | None] = mapped_column(UtcDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    stopped_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class WorkPlanRow(Base):
    """Planned minutes per person per ISO week (its Monday) per task type: the work plan."""

    __tablename__ = "work_plan"
    __table_args__ = (UniqueConstraint("staff_id", "week", "task_type", name="uq_work_plan_staff_week_type"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    week: Mapped[date] = mapped_column(Date, index=True)
    task_type: Mapped[str] = mapped_column(String(limits.REASON_CODE))
    planned_minutes: Mapped[int] = mapped_column(Integer)


class RoomRow(Base):
    __tablename__ = "rooms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(limits.TAB_CODE), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RoomBookingRow(Base):
    """A meeting room booked from ``starts_at`` to ``ends_at`` with its agenda (pauta); its slots are
    :class:`RoomSlotRow` rows, so the database refuses a slot booked twice."""

    __tablename__ = "room_bookings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    title: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    booked_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RoomSlotRow(Base):
    __tablename__ = "room_slots"
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), primary_key=True)
    slot_start: Mapped[datetime] = mapped_column(UtcDateTime, primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("room_bookings.id", ondelete="CASCADE"), index=True)
