"""board indexes: open OCs in number order (partial), a day's closures

The agenda board reads every open OC ordered by number with ``status <> 'closed'``. No index could serve
that term, so SQLite walked the whole history (200,000 closed OCs for 5,000 open ones) to find them; a
partial index on ``number`` holding only the open OCs gives them in order straight away, and stays as small
as the open set. The gauges count a day's closures with ``complementary_of_id IS NULL`` and a ``closed_at``
range; SQLite, without statistics, answered that through the foreign-key index on ``complementary_of_id``,
i.e. by visiting nearly every closed OC (50 ms at 200,000). An index on both columns is one seek (3 ms).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_OPEN = "status <> 'closed'"


def upgrade() -> None:
    with op.batch_alter_table("occurrences", schema=None) as batch_op:
        batch_op.create_index(
            "ix_occurrences_open_number",
            ["number"],
            unique=False,
            sqlite_where=sa.text(_OPEN),
            postgresql_where=sa.text(_OPEN),
        )
        batch_op.create_index("ix_occurrences_closures", ["complementary_of_id", "closed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("occurrences", schema=None) as batch_op:
        batch_op.drop_index("ix_occurrences_closures")
        batch_op.drop_index("ix_occurrences_open_number")
