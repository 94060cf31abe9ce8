"""The one line ``pitstop demo`` prints about the loaded demo."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    BookingRow,
    ClientRow,
    ContactRow,
    OccurrenceRow,
    RoomBookingRow,
    StaffRow,
    TaskRow,
    WorkPlanRow,
)
from pitstop_desktop.demo.cast import DEMO_CLOCK, PASSWORD, demo_moment
from pitstop_desktop.domain import vocabulary
from pitstop_desktop.domain.codes import EscalationTarget, SlaState
from pitstop_desktop.domain.consulting import TaskType, week_label
from pitstop_desktop.services import apoio, escalations, intake, occurrences
from pitstop_desktop.services.unit_of_work import UnitOfWork, run


def summarize(db: Database, day: date, timezone: str = "America/Sao_Paulo") -> str:
    """One line about the demo day as the board sees it at the demo clock, the month before it in a few words (how
    many OCs it closed and the share that met its SLA, complementary calls apart, as services.gauges counts) and
    the consulting team's weeks (demo/consulting.py)."""
    now = demo_moment(day, timezone)
    start = datetime.combine(day, time(0), tzinfo=ZoneInfo(timezone))
    records = [v for v in occurrences.list_occurrences(db, at=now) if v.opened_at >= start]
    by_status = {status: sum(1 for v in records if v.status == status) for status in vocabulary.STATUS}
    breached = sum(1 for v in records if v.sla_state == SlaState.BREACHED)
    complementary = sum(1 for v in records if v.complementary_of is not None)

    def counts(uow: UnitOfWork) -> tuple[int, int, int, int, int, int]:
        s = uow.session
        before = OccurrenceRow.opened_at < start
        counted = before & OccurrenceRow.complementary_of_id.is_(None)
        met = s.scalar(select(func.count()).where(counted, OccurrenceRow.closed_at <= OccurrenceRow.due_at))
        return (int(s.scalar(select(func.count()).select_from(StaffRow)) or 0),
                int(s.scalar(select(func.count()).select_from(ClientRow)) or 0),
                int(s.scalar(select(func.count()).select_from(BookingRow)) or 0),
                int(s.scalar(select(func.count()).where(before)) or 0),
                int(s.scalar(select(func.count()).where(counted)) or 0), int(met or 0))

    staff, clients, bookings, month, month_counted, month_met = run(db, counts, write=False)
    consulting = _consulting(db)
    pending = escalations.list_escalations(db, pending_only=True)
    targets = {t.value: sum(1 for e in pending if e.target == t) for t in EscalationTarget}
    items = apoio.list_items(db)
    # whole percent rounded down, as the gauges show it (100 % only when every closure met its SLA)
    ans = f"{month_met * 100 // month_counted}%" if month_counted else "—"
    statuses = ", ".join(f"{vocabulary.label(vocabulary.STATUS, s)}: {by_status[s]}" for s in vocabulary.STATUS)
    return (f"Dia de demonstração {day.isoformat()} (relógio às {DEMO_CLOCK:%H:%M}): {staff} pessoas, "
            f"{clients} clientes, {len(records)} OCs ({statuses}; {complementary} complementares, {breached} com SLA "
            f"estourado), {len(pending)} escalonamentos pendentes ({targets['especialistas']} Especialistas, "
            f"{targets['n2']} N2), {len(items)} itens no APOIO, {bookings} agendamentos; "
            f"nos 29 dias anteriores, {month} OCs encerradas (ANS {ans}); {consulting}. Senha de todos: {PASSWORD}.")


def _consulting(db: Database) -> str:
    """The consulting team's weeks in a few words: who, how many tasks, contacts and room bookings, which weeks."""
    team = intake.consulting_team(db)

    def counts(uow: UnitOfWork) -> tuple[int, int, int, int, date | None, date | None, int]:
        s = uow.session
        conclusion = TaskRow.type == TaskType.COMMUNICATE_CONCLUSION.value
        first, last = s.execute(select(func.min(WorkPlanRow.week), func.max(WorkPlanRow.week))).one()
        return (int(s.scalar(select(func.count()).select_from(TaskRow).where(~conclusion)) or 0),
                int(s.scalar(select(func.count()).select_from(TaskRow).where(conclusion)) or 0),
                int(s.scalar(select(func.count()).select_from(ContactRow)) or 0),
                int(s.scalar(select(func.count()).select_from(RoomBookingRow)) or 0), first, last,
                int(s.scalar(select(func.count(func.distinct(WorkPlanRow.week)))) or 0))

    tasks, conclusions, contacts, rooms, first, last, weeks = run(db, counts, write=False)
    span = f" em {weeks} semanas ({week_label(first)} a {week_label(last)})" if first and last else ""
    return (f"consultoria: {len(team)} consultores, {tasks} tarefas, {contacts} contatos e {rooms} reservas de "
            f"sala{span}, {conclusions} tarefas \"Comunicar conclusão\" do suporte")
