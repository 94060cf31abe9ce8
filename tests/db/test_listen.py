"""LISTEN rides on a seat's one connection (db/listen.py); only a seat's database may carry it."""

from __future__ import annotations

import pytest

from pitstop_desktop.db import Database
from pitstop_desktop.db.listen import NotifyListener
from pitstop_desktop.services.unit_of_work import NOTIFY_CHANNEL


def test_only_a_seats_database_listens_on_its_pooled_connection(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("LISTEN is PostgreSQL's")
    shared, seat = Database(db_url), Database(db_url, seat=True)
    try:
        with pytest.raises(ValueError, match="seat"):  # a pool of five: another thread may hold the connection
            NotifyListener(shared, NOTIFY_CHANNEL)
        listener = NotifyListener(seat, NOTIFY_CHANNEL)
        listener.connect()
        assert listener.connected and listener.fileno() is not None
        assert listener.poll()  # a new session: whatever happened before it needs a look
        assert not listener.poll()
        listener.close()
    finally:
        shared.dispose()
        seat.dispose()
