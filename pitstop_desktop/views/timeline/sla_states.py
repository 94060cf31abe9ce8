"""Each job's SLA state on the timeline, worked out once so the one-second tick only compares instants."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.domain.sla import SlaMilestones, milestones
from pitstop_desktop.services.timeline import JobSpan, TimelineRow
from pitstop_desktop.services.unit_of_work import Policy


@dataclass
class SlaCache:
    """SLA states of the jobs: fixed once closed, milestones while open — so ticking needs no computation."""

    fixed: dict[tuple[int, datetime], SlaState | None] = field(default_factory=dict)
    marks: dict[tuple[int, datetime], SlaMilestones] = field(default_factory=dict)

    def remember(self, policy: Policy, job: JobSpan, now: datetime) -> None:
        key = (job.number, job.opened_at)
        try:
            if job.closed_at is not None:
                self.fixed[key] = policy.read(job.sla_code, job.opened_at, now, job.closed_at).state
            elif key not in self.marks:
                self.marks[key] = milestones(policy.sla(job.sla_code), policy.calendar, job.opened_at,
                                             policy.warning_ratio)
        except PitstopError:  # an SLA class removed by an admin: shown without colour
            self.fixed[key] = None

    def merged(self, other: SlaCache) -> SlaCache:
        """This cache with ``other``'s states too (fresh rows of a few people, worked out on the worker)."""
        return SlaCache({**self.fixed, **other.fixed}, {**self.marks, **other.marks})

    def state(self, policy: Policy, job: JobSpan, now: datetime) -> SlaState | None:
        key = (job.number, job.opened_at)
        if key not in self.fixed and key not in self.marks:
            self.remember(policy, job, now)
        if key in self.fixed:
            return self.fixed[key]
        marks = self.marks.get(key)
        return marks.state_at(now) if marks is not None else None


def sla_cache(policy: Policy, rows: list[TimelineRow], now: datetime) -> SlaCache:
    """Computed on the worker thread with the rows (the business calendar's first use is slow)."""
    return jobs_sla_cache(policy, (job for row in rows for job in row.jobs), now)


def jobs_sla_cache(policy: Policy, jobs: Iterable[JobSpan], now: datetime) -> SlaCache:
    """:func:`sla_cache` of some jobs (the spans a live-feed batch brought)."""
    cache = SlaCache()
    for job in jobs:
        cache.remember(policy, job, now)
    return cache
