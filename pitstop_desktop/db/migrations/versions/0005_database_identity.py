"""database identity: a UUID of its own in ``settings`` (``database_id``), made once per database

The intake outbox keeps calls that could not reach the server and sends them later. Without knowing which
database a call was taken for, it sent them into whatever database the window opened next (calls queued for a
training server went into production). Each database now carries a random identity, created here for an existing
database on upgrade and for a new one when it is first set up; a queued call records it and is replayed only
into the database that has it.

Revision ID: 0005_database_identity
Revises: 0004_sign_in_lockout
Create Date: 2026-11-30
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005_database_identity"
down_revision = "0004_sign_in_lockout"
branch_labels = None
depends_on = None

KEY = "database_id"  # services.settings.DATABASE_ID (migrations do not import the application)


def upgrade() -> None:
    bind = op.get_bind()
    known = bind.execute(sa.text("SELECT value FROM settings WHERE key = :k"), {"k": KEY}).scalar()
    if known is None:
        bind.execute(sa.text("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": KEY, "v": str(uuid.uuid4())})


def downgrade() -> None:
    op.get_bind().execute(sa.text("DELETE FROM settings WHERE key = :k"), {"k": KEY})
