"""seat heartbeats, and presence corrections

``seat_heartbeats``: each running window (a seat, with a random id of its own) says at most once a minute that it
is alive; a logged-in person whose seats have all been silent for five minutes is "sem sinal" and is not offered
work (R4). A clean exit deletes the seat's row.

``presence_events`` gets ``reason``, ``recorded_by_id`` and ``recorded_at``: management corrects someone's
presence (a forgotten logout, a login nobody recorded) with an event dated when it happened, recorded now, by
whom and why; the office server accepts a presence event dated other than by its clock only as such a correction.

Revision ID: 0007_seat_heartbeats
Revises: 0006_audit_backfilled
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_seat_heartbeats"
down_revision = "0006_audit_backfilled"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seat_heartbeats",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.String(length=64), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_seat_heartbeats_staff_id_staff"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("staff_id", "seat", name=op.f("pk_seat_heartbeats")),
    )
    with op.batch_alter_table("presence_events") as batch:
        batch.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(op.f("fk_presence_events_recorded_by_id_staff"), "staff", ["recorded_by_id"], ["id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # the office server's guard on presence reads the new columns (db/guards.py); the older Pit Stop's
        # `pitstop db init-roles` puts its own back
        op.execute("DROP POLICY IF EXISTS pitstop_write ON presence_events")
        op.execute("DROP FUNCTION IF EXISTS pitstop_may_write_presence(integer, timestamptz, text, integer, "
                   "timestamptz)")
    with op.batch_alter_table("presence_events") as batch:
        batch.drop_constraint(op.f("fk_presence_events_recorded_by_id_staff"), type_="foreignkey")
        batch.drop_column("recorded_at")
        batch.drop_column("recorded_by_id")
        batch.drop_column("reason")
    op.drop_table("seat_heartbeats")
