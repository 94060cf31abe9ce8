"""audit: ``backfilled`` marks an event dated by ``--at`` rather than by the clock of the moment

On the office server every event is dated by the server's clock, except where an administrator (or an import)
dates it on purpose; the history then says so. SQLite marks the events whose time was given the same way.

Revision ID: 0006_audit_backfilled
Revises: 0005_database_identity
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_audit_backfilled"
down_revision = "0005_database_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("backfilled", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("backfilled")
