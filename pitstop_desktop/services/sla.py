"""The SLA classes as stored (FAQ 7367)."""

from __future__ import annotations

from pitstop_desktop.db import Database
from pitstop_desktop.services.records import SlaClassRecord
from pitstop_desktop.services.unit_of_work import UnitOfWork, run


def sla_classes(db: Database) -> list[SlaClassRecord]:
    def work(uow: UnitOfWork) -> list[SlaClassRecord]:
        return [SlaClassRecord(c.code, c.name, c.target_minutes, c.clock.value)
                for c in uow.policy.sla_classes.values()]

    return run(db, work, write=False)
