"""Fixtures the services' tests share."""

from __future__ import annotations

import pytest

from pitstop_desktop.db import Database
from tests.services.helpers import Desk


@pytest.fixture
def desk(db: Database) -> Desk:
    """The desk's people and actions over this test's database (``db``: SQLite and PostgreSQL)."""
    return Desk(db)
