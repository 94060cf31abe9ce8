"""The SLA classes as stored (FAQ 7367)."""

from __future__ import annotations

from pitstop_desktop.db import Database
from pitstop_desktop.services.context import UnitOfWork, run
from pitstop_desktop.services.dto import SlaClassView


def sla_classes(db: Database) -> list[SlaClassView]:
    def work(uow: UnitOfWork) -> list[SlaClassView]:
        return [SlaClassView(c.code, c.name, c.target_minutes, c.clock.value)
                for c in uow.policy.sla_classes.values()]

    return run(db, work, write=False)
