"""What every console panel needs: the database, the task runner, the signed-in person and the clock."""

from __future__ import annotations

from dataclasses import dataclass

from pitstop_desktop.db import Database
from pitstop_desktop.domain.permissions import Action, can
from pitstop_desktop.models.clock import Clock
from pitstop_desktop.services.records import StaffRecord
from pitstop_desktop.services.unit_of_work import Policy
from pitstop_desktop.views.tasks import TaskRunner


@dataclass
class Workspace:
    db: Database
    runner: TaskRunner
    user: StaffRecord
    clock: Clock
    policy: Policy

    def can(self, action: Action) -> bool:
        return can(self.user.role, action)
