"""Registering a call in few round trips (issue 10: at most 6 on PostgreSQL, ping, BEGIN and COMMIT included).

What :func:`services.occurrences.register_call` reads before it decides — the person, their first tab, the
client, the tab, a replayed request id, the database's identity — is one select (:func:`call_lookup`) that
:func:`services.unit_of_work.run` sends with the server facts; the OC's number and the OC are one statement
(:func:`insert_occurrence`); the returned record is built from what the use case already holds
(:func:`new_occurrence_record`). The rules are the use case's, checked in the same order as before.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, insert, literal, select, update
from sqlalchemy.orm import make_transient_to_detached

from pitstop_desktop.db.orm import ClientRow, CounterRow, OccurrenceRow, SettingRow, StaffRow, StaffTabRow, TabRow
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.settings import DATABASE_ID
from pitstop_desktop.services.unit_of_work import UnitOfWork, next_counter

OC_NUMBER = "occurrence_number"  # the counter of OC numbers (counters table)


def call_lookup(
    *, actor: str, client: str, tab: str | None, request_id: str | None, database: str | None
) -> Select[Any] | None:
    """One row: ``StaffRow`` (the actor), ``ClientRow``, ``TabRow`` (the tab named, else the actor's first),
    ``first_tab``, and when asked ``replayed_id`` (the OC made under ``request_id``) and ``database_identity``.
    A missing row is None. None when a typed code cannot name anything (a NUL byte): the use case then reads
    as it always did and refuses as it always did."""
    if any("\x00" in text for text in (actor, client, tab or "")):
        return None
    one = select(literal(1).label("one")).subquery("one")
    first_tab = (select(StaffTabRow.tab_code).where(StaffTabRow.staff_id == StaffRow.id)
                 .order_by(StaffTabRow.position).limit(1).correlate(StaffRow).scalar_subquery())
    query = (
        select(StaffRow, ClientRow, TabRow, first_tab.label("first_tab"))
        .select_from(one)
        .outerjoin(StaffRow, StaffRow.login == actor)
        .outerjoin(ClientRow, ClientRow.code == client)
        .outerjoin(TabRow, TabRow.code == (literal(tab) if tab is not None else first_tab))
    )
    if request_id:
        query = query.add_columns(select(OccurrenceRow.id).where(OccurrenceRow.request_id == request_id)
                                  .scalar_subquery().label("replayed_id"))
    if database is not None:
        query = query.add_columns(select(SettingRow.value).where(SettingRow.key == DATABASE_ID)
                                  .scalar_subquery().label("database_identity"))
    return query


def insert_occurrence(uow: UnitOfWork, **values: Any) -> OccurrenceRow:
    """Take the next OC number and insert the OC: one statement on PostgreSQL (the counter's ``UPDATE …
    RETURNING`` in a WITH), two on SQLite. The row lock on the counter keeps numbers gapless as before.

    Returns the OC as a persistent ORM object built from the values sent (nothing is read back): what the use
    case changes on it afterwards is flushed as an UPDATE, as for any loaded row."""
    table = OccurrenceRow.__table__
    values = {"closed_at": None, "assignee_id": None, "faq_code": None, "close_note": None, "version": 1, **values}
    if uow.dialect == "postgresql":
        taken = (update(CounterRow).where(CounterRow.name == OC_NUMBER).values(value=CounterRow.value + 1)
                 .returning(CounterRow.value).cte("taken"))
        names = list(values)
        source = select(taken.c.value, *(literal(values[name], table.c[name].type) for name in names))
        oc_id, number = uow.session.execute(
            insert(OccurrenceRow).from_select(["number", *names], source)
            .returning(OccurrenceRow.id, OccurrenceRow.number)).one()
    else:
        number = next_counter(uow.session, OC_NUMBER)
        oc_id = uow.session.execute(
            insert(OccurrenceRow).values(number=number, **values).returning(OccurrenceRow.id)).scalar_one()
    oc = OccurrenceRow(id=oc_id, number=number, **values)
    make_transient_to_detached(oc)
    uow.session.add(oc)
    uow.created_occurrence(oc.id)
    return oc


def new_occurrence_record(
    uow: UnitOfWork, oc: OccurrenceRow, *, client: ClientRow, opened_by: StaffRow, complementary_of: int | None,
) -> OccurrenceRecord:
    """The record of an OC this use case just registered, from what it holds: a new OC has no owner, no
    offer and no escalation yet (a booked slot's owner is read back by the caller instead)."""
    reading = uow.policy.read(oc.sla_class, oc.opened_at, uow.at, oc.closed_at)
    return OccurrenceRecord(
        number=oc.number, client=client.code, client_name=client.name, channel=oc.channel, kind=oc.kind,
        summary=oc.summary, tab=oc.tab, status=oc.status, sla=oc.sla_class, opened_at=oc.opened_at,
        due_at=oc.due_at, sla_state=reading.state.value, remaining_minutes=reading.remaining_minutes,
        assignee=None, opened_by=opened_by.login, complementary_of=complementary_of, closed_at=oc.closed_at,
        faq=oc.faq_code, tab_since=oc.tab_since, version=oc.version,
    )

