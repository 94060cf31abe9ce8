"""an index on the audit trail by action and time: the OCs handed back today

A technician's "devolver" (seat.hand_back) lets an OC go without moving or closing it, so the timeline's day could
not find an OC handed back today among those moved (``tab_since``) or closed (``closed_at``) today, and showed the
job as still held. ``ix_audit_action_at`` finds today's hand-backs by an index seek instead of a walk over the
whole trail (a million rows after a year).

Revision ID: 0009_audit_action_at
Revises: 0008_panel_indexes
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0009_audit_action_at"
down_revision = "0008_panel_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_action_at", "audit_events", ["action", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_action_at", table_name="audit_events")
