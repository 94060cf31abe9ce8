"""The technician timeline: one painted row per person on today's roster, grouped by tab, with a 'now' line.

One custom-painted canvas inside a scroll area: it paints only the rows inside the exposed rectangle, so a desk
of 100+ people scrolls smoothly. The rows come from ``services.timeline`` on the task runner's thread; the
one-second tick moves the now line, grows live spans and re-reads chips and SLA colours from plain data only,
repainting just what changed — never the database.

The rooms, each importing only those listed before it:

- ``geometry``: sizes, the day's x axis, the laid-out headers and rows, lanes for overlapping jobs;
- ``colours``: the SLA colours and the palette-derived ones (lunch, the now line);
- ``sla_states``: each job's SLA state, worked out on the worker thread so the tick only compares instants;
- ``tick_plan``: what the tick repaints beyond the now line (changes of colour, live jobs still too short);
- ``canvas``: the painted rows (``TimelineCanvas``): layout, hit tests, tooltips, keys, the tick, painting;
- ``axis``: column titles, legend and hour labels above the rows (``TimeAxis``);
- ``widget``: the panel (``TimelineWidget``): axis, scroll area, reads on the worker (the whole day, or only the
  people an OC change touches), one-second tick.
"""

from pitstop_desktop.views.timeline.axis import TimeAxis
from pitstop_desktop.views.timeline.canvas import TimelineCanvas
from pitstop_desktop.views.timeline.geometry import assign_lanes
from pitstop_desktop.views.timeline.sla_states import SlaCache, sla_cache
from pitstop_desktop.views.timeline.widget import TimelineWidget

__all__ = ["SlaCache", "TimeAxis", "TimelineCanvas", "TimelineWidget", "assign_lanes", "sla_cache"]
