"""indexes for what the console's panels read on every change, after a year of data

``ix_occurrences_closed_at`` and ``ix_occurrences_tab_since``: the timeline's day (OCs closed or moved today) and
today's closures walk one day of an index instead of every OC the office ever had. ``ix_occurrences_open_assignee``
(partial, open OCs only): who holds what now. ``ix_escalations_requester``: a person's latest requests (the
approvals panel's "Minhas solicitações"). Measured with benchmarks/office_data.py (205,000 OCs, 34,000 escalations):
the timeline's OC query went from a parallel scan of every OC (36 ms) to index scans.

Revision ID: 0008_panel_indexes
Revises: 0007_seat_heartbeats
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_panel_indexes"
down_revision = "0007_seat_heartbeats"
branch_labels = None
depends_on = None

_OPEN = sa.text("status <> 'closed'")


def upgrade() -> None:
    op.create_index("ix_occurrences_closed_at", "occurrences", ["closed_at"])
    op.create_index("ix_occurrences_tab_since", "occurrences", ["tab_since"])
    op.create_index("ix_occurrences_open_assignee", "occurrences", ["assignee_id"],
                    sqlite_where=_OPEN, postgresql_where=_OPEN)
    op.create_index("ix_escalations_requester", "escalations", ["requested_by_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_escalations_requester", table_name="escalations")
    op.drop_index("ix_occurrences_open_assignee", table_name="occurrences")
    op.drop_index("ix_occurrences_tab_since", table_name="occurrences")
    op.drop_index("ix_occurrences_closed_at", table_name="occurrences")
