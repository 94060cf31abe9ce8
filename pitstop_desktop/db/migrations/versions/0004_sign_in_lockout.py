"""sign-in lockout: recent failed sign-ins per login, so repeated guesses lock that login for a while

Counted in the database (not in one window's memory) so that every window on the computer sees the same count:
five failures within fifteen minutes lock the login for fifteen minutes (services/people.py ``authenticate``).
The key is the login as typed, known or not, so that a lockout does not reveal which logins exist.

Revision ID: 0004_sign_in_lockout
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_sign_in_lockout"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_failures",
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_failure_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_sign_in_failures")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_failures")
