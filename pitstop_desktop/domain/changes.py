"""What a change-feed row (and an audit event) is about: one word per kind of thing, shared by every layer.

The services write these values (``uow.record(actor, Entity.OCCURRENCE, …)``); the change feed stores them as
text, so integrations reading :func:`pitstop_desktop.changes_since` keep getting the same strings; the live feed
(``models/feed.py``) turns them back into :class:`Entity` members and each panel asks for the ones it shows.
"""

from __future__ import annotations

from enum import StrEnum


class Entity(StrEnum):
    OCCURRENCE = "occurrence"  # an OC: registered, offered, accepted, forwarded, closed …
    ESCALATION = "escalation"  # a request for a manager's validation (R6, R7)
    APOIO_ITEM = "apoio_item"  # an entry of the APOIO queue (R5)
    BOOKING = "booking"  # a booked slot (R10)
    PRESENCE = "presence"  # login, lunch, logout
    ROSTER = "roster"  # a person's shift on a day
    STAFF = "staff"  # a person added or changed
    CLIENT = "client"  # a client added or changed
    SETTING = "setting"  # a database setting (the consulting team, the demo day …)
    # the consulting team (issue 12)
    CONTACT_PERSON = "contact_person"  # a person at a client who calls
    CONTACT = "contact"  # a contact started, stopped, scheduled, done, missed, cancelled
    TASK = "task"  # a task added, started, stopped, moved
    WORK_PLAN = "work_plan"  # planned hours of a person's week
    ROOM_BOOKING = "room_booking"  # a meeting room booked or freed
    DATABASE = "database"  # the whole database (the demo's reset): everything may have changed

    @classmethod
    def parse(cls, text: str) -> Entity | None:
        """The member for ``text``, or None for a word this version does not know (a newer writer's)."""
        try:
            return cls(text)
        except ValueError:
            return None
