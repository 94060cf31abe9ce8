"""Where things go on the timeline: sizes, the day's x axis, the laid-out headers and rows, job lanes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from pitstop_desktop.services.timeline import JobSpan, TimelineRow

# Geometry (device-independent pixels).
MARGIN = 8
NAME_W = 196
CHIP_W = 138
GAP = 14
RIGHT_MARGIN = 18
HEADER_H = 26
ROW_MIN_H = 30
LANE_H = 17
JOB_TOP = 4
PRESENCE_H = 6
ROW_BOTTOM = 3
AXIS_H = 48
MIN_JOB_W = 4.0
SHORT_JOB_W = 80.0  # live jobs narrower than this are repainted whole on the tick (their label may appear)


def timeline_x0() -> float:
    return MARGIN + NAME_W + CHIP_W + GAP


class _Axis:
    """Maps the working day onto the canvas' x range (the scale is cached: painting maps thousands of times)."""

    def __init__(self, start: datetime, end: datetime) -> None:
        self.x0, self.x1 = 0.0, 1.0
        self.start, self.end = start, end
        self._t0, self._k = 0.0, 0.0
        self.set_range(start, end)

    def set_range(self, start: datetime, end: datetime) -> None:
        self.start, self.end = start, end
        self._rescale()

    def set_span(self, x0: float, x1: float) -> None:
        self.x0, self.x1 = x0, x1
        self._rescale()

    def _rescale(self) -> None:
        self._t0 = self.start.timestamp()
        self._k = (self.x1 - self.x0) / ((self.end - self.start).total_seconds() or 1.0)

    def x(self, moment: datetime) -> float:
        return self.x0 + (moment.timestamp() - self._t0) * self._k

    def clamp_x(self, moment: datetime) -> float:
        return min(max(self.x(moment), self.x0), self.x1)

    def hours(self) -> list[datetime]:
        out, moment = [], self.start
        while moment <= self.end:
            out.append(moment)
            moment += timedelta(hours=1)
        return out


@dataclass
class _Header:
    group: str | None
    title: str
    top: int = 0
    height: int = HEADER_H
    people: int = 0
    available: int = 0


@dataclass
class _Row:
    row: TimelineRow
    lanes: list[int] = field(default_factory=list)  # lane of each job, in row.jobs order
    lane_count: int = 1
    top: int = 0
    height: int = ROW_MIN_H
    index: int = 0  # position among rows (alternating background)


def assign_lanes(jobs: tuple[JobSpan, ...], now: datetime) -> tuple[list[int], int]:
    """Greedy interval partitioning: overlapping jobs go to separate lanes so every OC number stays readable."""
    lane_ends: list[datetime] = []
    lanes: list[int] = []
    for job in jobs:  # already sorted by start
        end = job.end if job.end is not None else max(now, job.start)
        end = max(end, job.start + timedelta(minutes=1))
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= job.start:
                lane_ends[lane] = end
                lanes.append(lane)
                break
        else:
            lane_ends.append(end)
            lanes.append(len(lane_ends) - 1)
    return lanes, max(1, len(lane_ends))
