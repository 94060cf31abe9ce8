"""The intake window (`pitstop intake`): an attendant registers each call in seconds, keyboard first.

The flow of a typical call, without the mouse::

    type a code, name or phone  →  Enter picks the client  →  type the summary  →  Ctrl+Enter saves
    the number shows large and is on the clipboard  →  Enter (or Ctrl+N) starts the next call

- The client finder is in memory: the client list is read once through the task runner and indexed
  (``services.intake.ClientIndex``); every keystroke searches that index on the GUI thread, with no database
  call, and refills a list of at most 50 rows (``models.clients.ClientSearchModel``; ``benchmarks/bench_intake.py``
  measures it with 50,000 clients).
- Everything that touches the shared database goes through ``ctx.runner``: the chosen client's OCs, saving,
  "OCs I registered today", handing over, the outbox replay. The lists follow the seat's live feed
  (``models.feed.LiveFeed``): another seat's change to an OC re-reads them, as the window's own saves do.
- Nothing lost: saving goes through ``services.outbox.save_call`` (local outbox first, then the server). When the
  server cannot be reached the call stays in the outbox, the window says "pendente de sincronização: N", and a
  timer replays the outbox every few seconds until it is empty. The outbox is a small local file, so its count
  is read on the GUI thread — it stays right even while the worker waits for a server that does not answer.
- Claims and offers are not queued: "Encaminhar" and "Acionar APOIO" need the live server and say so. Neither is
  an appointment: a slot is only promised once the server booked it, so the outbox service never queues a booking
  (``services.outbox.BookingNeedsServer``, shown beside the slot field; the form stays as it was; without the
  slot the call can wait there like any other).
- Errors show beside the field that caused them (a rule's refusal names the rule: R2, R3, R10 …).
- The phone system: ``show_caller(phone)`` pre-selects the client with that phone; a call that rings while the
  attendant is still typing the previous one waits (a banner says so) until the next call starts.

The package pairs a view with a controller, as TagStudio does:

- ``window.py`` — :class:`IntakeWindow`: layout, widgets, key bindings (the view);
- ``controller.py`` — :class:`IntakeController`: the call on screen, search, saving, refusals, the next call;
- ``handover.py`` — "Encaminhar" and "Acionar APOIO"; ``sync.py`` — pending sync, replay, today's list;
- ``lists.py`` — the item models of the client's OCs and today's list; ``widgets.py`` — where a refusal belongs
  (``field_for_error``; it is shown in a ``views.messages.FieldError``); ``run.py`` — ``pitstop intake``.
"""

from __future__ import annotations

from pitstop_desktop.services.outbox import BookingNeedsServer
from pitstop_desktop.views.intake.controller import (
    DEFAULT_SLA,
    REPLAY_INTERVAL_MS,
    SEARCH_LIMIT,
    IntakeController,
    build_client_index,
)
from pitstop_desktop.views.intake.run import run_intake
from pitstop_desktop.views.intake.widgets import field_for_error, field_key, slot_taken
from pitstop_desktop.views.intake.window import FORM_PAGE, RESULT_PAGE, IntakeWindow

__all__ = [
    "DEFAULT_SLA",
    "FORM_PAGE",
    "REPLAY_INTERVAL_MS",
    "RESULT_PAGE",
    "SEARCH_LIMIT",
    "BookingNeedsServer",
    "IntakeController",
    "IntakeWindow",
    "build_client_index",
    "field_for_error",
    "field_key",
    "run_intake",
    "slot_taken",
]
