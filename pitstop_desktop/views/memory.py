"""Keep Python's garbage collector from stalling the window.

A full collection walks every object the process tracks and holds the interpreter lock while it does. A console
holds some 100,000 such objects after start-up (Qt wrappers, SQLAlchemy's and psycopg's machinery, the board's
rows), and the worker thread's reads allocate enough to trigger a full pass every few seconds: the GUI thread then
waited 50–100 ms for the lock, whatever it had to paint (issue 10: the stalls counted by bench_console lined up
with the collector, not with our code). ``gc.freeze()`` once the window has loaded moves those long-lived objects
out of the collector's sight; they are still freed by reference counting, and what is allocated later is collected
as usual.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_long_lived() -> bool:
    """Once per process, after the first full load: collect what start-up left behind, then freeze the rest. True
    when it did (the second call does nothing: freezing again would also hide later cycles from the collector)."""
    global _frozen
    if _frozen:
        return False
    gc.collect()
    gc.freeze()
    _frozen = True
    return True
