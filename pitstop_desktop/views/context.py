"""What every console panel needs: the database, the task runner, the signed-in person and the clock."""

from __future__ import annotations

from dataclasses import dataclass

from pitstop_desktop.db import Database
from pitstop_desktop.domain.permissions import Action, can
from pitstop_desktop.models.clock import Clock
from pitstop_desktop.services.context import Policy
from pitstop_desktop.services.dto import StaffView
from pitstop_desktop.views.tasks import TaskRunner


@dataclass
class ConsoleContext:
    db: Database
    runner: TaskRunner
    user: StaffView
    clock: Clock
    policy: Policy

    def can(self, action: Action) -> bool:
        return can(self.user.role, action)
