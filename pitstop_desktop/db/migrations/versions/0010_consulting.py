"""the consulting team: contact persons, contacts, tasks, the work plan, meeting rooms (issue 12)

The second seed's process: a consulting client's protocols belong to its consultant (``clients.consultant_id``);
the people who call (``contact_persons``); contacts by phone, Skype, e-mail, meeting or conference, triggered or
scheduled (``contacts``); tasks of the seed's types with planned and actual times (``tasks``); planned hours per
person, week and task type (``work_plan``); meeting rooms booked in slots that the database never books twice
(``rooms``, ``room_bookings``, ``room_slots``).

Revision ID: 0010_consulting
Revises: 0009_audit_action_at
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_consulting"
down_revision = "0009_audit_action_at"
branch_labels = None
depends_on = None

_TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("consultant_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_clients_consultant_id_staff"), "staff", ["consultant_id"], ["id"],
                                 ondelete="SET NULL")
    op.create_table(
        "contact_persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("skype", sa.String(length=254), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_contact_persons_client_id_clients"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_persons")),
        sa.UniqueConstraint("client_id", "name", name="uq_contact_persons_client_name"),
    )
    op.create_index(op.f("ix_contact_persons_client_id"), "contact_persons", ["client_id"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("scheduled", sa.Boolean(), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("occurrence_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("planned_start", _TZ, nullable=True),
        sa.Column("planned_end", _TZ, nullable=True),
        sa.Column("started_at", _TZ, nullable=True),
        sa.Column("ended_at", _TZ, nullable=True),
        sa.Column("wait_started_at", _TZ, nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["consultant_id"], ["staff.id"], name=op.f("fk_contacts_consultant_id_staff")),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_contacts_client_id_clients")),
        sa.ForeignKeyConstraint(["contact_person_id"], ["contact_persons.id"],
                                name=op.f("fk_contacts_contact_person_id_contact_persons"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["occurrence_id"], ["occurrences.id"],
                                name=op.f("fk_contacts_occurrence_id_occurrences"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_contacts_created_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_index("ix_contacts_consultant_start", "contacts", ["consultant_id", "planned_start"])
    op.create_index("ix_contacts_consultant_started", "contacts", ["consultant_id", "started_at"])
    op.create_index(op.f("ix_contacts_occurrence_id"), "contacts", ["occurrence_id"])
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("occurrence_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("planned_start", _TZ, nullable=True),
        sa.Column("planned_end", _TZ, nullable=True),
        sa.Column("started_at", _TZ, nullable=True),
        sa.Column("stopped_at", _TZ, nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["staff.id"], name=op.f("fk_tasks_owner_id_staff")),
        sa.ForeignKeyConstraint(["occurrence_id"], ["occurrences.id"],
                                name=op.f("fk_tasks_occurrence_id_occurrences"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_tasks_contact_id_contacts"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_tasks_created_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    op.create_index("ix_tasks_owner_planned", "tasks", ["owner_id", "planned_start"])
    op.create_index("ix_tasks_owner_started", "tasks", ["owner_id", "started_at"])
    op.create_index("ix_tasks_type_occurrence", "tasks", ["type", "occurrence_id"])
    op.create_table(
        "work_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("task_type", sa.String(length=32), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_work_plan_staff_id_staff"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_plan")),
        sa.UniqueConstraint("staff_id", "week", "task_type", name="uq_work_plan_staff_week_type"),
    )
    op.create_index(op.f("ix_work_plan_week"), "work_plan", ["week"])
    op.create_table(
        "rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("code", name=op.f("uq_rooms_code")),
    )
    op.create_table(
        "room_bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", _TZ, nullable=False),
        sa.Column("ends_at", _TZ, nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("booked_by_id", sa.Integer(), nullable=False),
        sa.Column("booked_at", _TZ, nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_room_bookings_room_id_rooms")),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_room_bookings_contact_id_contacts"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["booked_by_id"], ["staff.id"], name=op.f("fk_room_bookings_booked_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_bookings")),
    )
    op.create_index(op.f("ix_room_bookings_starts_at"), "room_bookings", ["starts_at"])
    op.create_table(
        "room_slots",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("slot_start", _TZ, nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_room_slots_room_id_rooms")),
        sa.ForeignKeyConstraint(["booking_id"], ["room_bookings.id"],
                                name=op.f("fk_room_slots_booking_id_room_bookings"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("room_id", "slot_start", name=op.f("pk_room_slots")),
    )
    op.create_index(op.f("ix_room_slots_booking_id"), "room_slots", ["booking_id"])


def downgrade() -> None:
    op.drop_table("room_slots")
    op.drop_table("room_bookings")
    op.drop_table("rooms")
    op.drop_table("work_plan")
    op.drop_table("tasks")
    op.drop_table("contacts")
    op.drop_table("contact_persons")
    with op.batch_alter_table("clients") as batch:
        batch.drop_constraint(op.f("fk_clients_consultant_id_staff"), type_="foreignkey")
        batch.drop_column("consultant_id")
