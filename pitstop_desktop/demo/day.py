"""The demo day: a realistic, deterministic day of the help desk, built only through the public use cases, after a
month of closed OCs so the 30-day ANS trend has real days to show.

``load_demo`` first plans the whole day in plain Python (one ``random.Random`` with a fixed seed, so the same day
always gives the same people, clients, OC numbers, texts and times), then plays the plan through the services in
time order, each call with ``at=`` set to the moment it happens between 07:30 and 14:30 local time. The audit
trail and the change feed are therefore the real ones, and every step respects the manual: offers go only to
people who serve the tab and are logged in and back from lunch at that moment (R4); a refusal that leaves nobody
available sends the OC to APOIO by itself (R5); managers decide on other people's escalations (R6–R8); N2 goes
through APOIO (R7); bookings take free slots (R10); closings carry a FAQ code (R11).

The demo clock stops at 14:30: at that moment some people are at lunch, some have ended their day, two never
logged in, one leaves within 15 minutes, and the board has OCs in every status and SLA class, some of them
breached. Staff, clients and rosters are administrator records without a time of their own (``add_staff``,
``add_client`` and ``set_roster`` take no ``at=``), so their audit events carry the real time of loading.

This module is the demo's public face; the parts live beside it, by subject:

- ``cast``: the staff (shifts, lunches, tabs), the clients, the seed and the demo clock;
- ``texts``: what the calls are about and how they spread over tabs, kinds, channels and SLA classes;
- ``planner``: the machinery of the day's plan: the presence model, the choices, the use cases as timed steps;
- ``stories``: what happens to each call of the day, and ``plan_day``, which plans them all (pure Python);
- ``month``: the closed OCs of the 29 days before, written in bulk (the ANS trend's history);
- ``consulting``: the consulting team's eight weeks around the day (work plans, tasks, contacts, room bookings) and
  the "Comunicar conclusão" task of every closed OC, written in bulk; ``consulting_texts``: their words;
- ``loading``: ``load_demo``, reset and its guards, the default day;
- ``summary``: the one line ``pitstop demo`` prints.
"""

from __future__ import annotations

from pitstop_desktop.demo.cast import DEMO_CLOCK, FORGOT_LOGOUT, PASSWORD, STAFF, DemoPerson, demo_moment
from pitstop_desktop.demo.loading import (
    DATA_TABLES,
    check_reset_allowed,
    default_day,
    has_data,
    load_demo,
    reset_data,
)
from pitstop_desktop.demo.planner import PlannedStep
from pitstop_desktop.demo.stories import plan_day
from pitstop_desktop.demo.summary import summarize

__all__ = ["DATA_TABLES", "DEMO_CLOCK", "FORGOT_LOGOUT", "PASSWORD", "STAFF", "DemoPerson", "PlannedStep",
           "check_reset_allowed", "default_day", "demo_moment", "has_data", "load_demo", "plan_day", "reset_data",
           "summarize"]
