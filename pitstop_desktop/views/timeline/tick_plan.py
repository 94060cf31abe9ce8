"""What the one-second tick must repaint beyond the now line: plain instants and x positions, no painting.

On a big desk (1,300 open jobs) looking at every open job every second took 6-9 ms of the GUI thread, two to three
times that while the worker reads (they share the interpreter) — the timer tick was half of F5's worst stalls
(issue 10). So the canvas keeps a :class:`TickPlan`: the next instant any open job changes colour, and the live jobs
still too short to show their number. Between two changes of colour a tick only repaints those short jobs, one
strip per row; the full look (:func:`look_at_jobs`) runs after each new layout and at each change of colour.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QRect

from pitstop_desktop.domain.sla import SlaMilestones
from pitstop_desktop.views.timeline.geometry import MIN_JOB_W, SHORT_JOB_W, _Axis, _Header, _Row


@dataclass
class TickPlan:
    """What a tick repaints until an open job's SLA colour next changes (``recolour_at``; None: none will)."""

    recolour_at: datetime | None = None
    short: list[tuple[_Row, list[float]]] = field(default_factory=list)
    """Per row, the left edges (ascending) of its live jobs too short to show their number yet."""

    def due(self, prev: datetime, now: datetime) -> bool:
        """A full look is due: a colour changes at ``now``, or the clock went back."""
        return now < prev or (self.recolour_at is not None and now >= self.recolour_at)


def look_at_jobs(items: list[_Header | _Row], marks_of: Mapping[tuple[int, datetime], SlaMilestones], axis: _Axis,
                 prev: datetime, now: datetime) -> tuple[TickPlan, list[tuple[_Row, int]]]:
    """The plan from ``now`` on, and the open jobs (row, index) whose colour changed since ``prev``. Plain
    comparisons, no rectangles: it runs over every open job."""
    plan = TickPlan()
    recoloured: list[tuple[_Row, int]] = []
    low, high = min(prev, now), max(prev, now)
    clamp_x = axis.clamp_x
    for item in items:
        if not isinstance(item, _Row):
            continue
        lefts: list[float] = []
        for k, job in enumerate(item.row.jobs):
            if job.closed_at is not None:
                continue
            marks = marks_of.get((job.number, job.opened_at))
            if marks is not None:
                warning_at, breach_at = marks.warning_at, marks.breach_at
                if low < warning_at <= high or low < breach_at <= high:  # its state changed (states only advance)
                    recoloured.append((item, k))
                upcoming = warning_at if warning_at > now else breach_at if breach_at > now else None
                if upcoming is not None and (plan.recolour_at is None or upcoming < plan.recolour_at):
                    plan.recolour_at = upcoming
            if job.live:  # as wide as the canvas draws it: from its start to now
                left = clamp_x(job.start)
                if clamp_x(max(now, job.start)) - left < SHORT_JOB_W:
                    lefts.append(left)
        if lefts:
            plan.short.append((item, sorted(lefts)))
    return plan, recoloured


def short_job_strips(plan: TickPlan, axis: _Axis, now: datetime) -> list[QRect]:
    """The strips to repaint for the live jobs still too short to show their number, one per row (they all end at
    'now'); those that have grown wide enough leave the plan."""
    x_now = axis.clamp_x(now)
    strips: list[QRect] = []
    still: list[tuple[_Row, list[float]]] = []
    for item, lefts in plan.short:
        while lefts and x_now - lefts[0] >= SHORT_JOB_W:
            lefts.pop(0)
        if lefts:
            left = lefts[0]
            strips.append(QRect(int(left) - 2, item.top, int(max(x_now, left + MIN_JOB_W) - left) + 4, item.height))
            still.append((item, lefts))
    plan.short = still
    return strips
