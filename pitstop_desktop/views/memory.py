"""Keep Python's garbage collector from stalling the window.

A full collection walks every object the process tracks and holds the interpreter lock while it does. A console
holds some 100,000 such objects after start-up (Qt wrappers, SQLAlchemy's and psycopg's machinery, the board's
rows), and the worker thread's reads allocate enough to trigger a full pass every few seconds: the GUI thread then
waited 50–100 ms for the lock, whatever it had to paint (issue 10: the stalls counted by bench_console lined up
with the collector, not with our code). ``gc.freeze()`` once the window has loaded moves those long-lived objects
out of the collector's sight; they are still freed by reference counting, and what is allocated later is collected
as usual.

A module imported on a background thread (``views/background_import.py``: pyqtgraph, some 40,000 objects) would
trigger such full passes itself, two or three while it imports: :func:`pause_collector` keeps the collector off
meanwhile, and once start-up's objects are frozen, the module's are frozen along with them (they live as long).
"""

from __future__ import annotations

import gc

_frozen = False
_pauses = 0  # background imports running (pause_collector)
_was_enabled = False  # whether the collector was on when the first of them began


def freeze_long_lived() -> bool:
    """Once per process, after the first full load: collect the young garbage start-up just left, then freeze the
    rest. True when it did (the second call does nothing: freezing again would also hide later cycles from the
    collector). Not a full collection: on the benchmark office one held the GUI thread 100 ms and found nothing to
    free (the automatic passes during start-up had); a cycle older than that would stay, frozen, for good."""
    global _frozen
    if _frozen:
        return False
    gc.collect(1)
    gc.freeze()
    _frozen = True
    return True


def pause_collector() -> None:
    """No automatic collection until the matching :func:`resume_collector` (both on the GUI thread), while a module
    is imported on a background thread (``views/background_import.py``): a full pass there holds the interpreter
    lock for 0.1 s and more (the GUI thread waits), and a collection on that thread could destroy a Qt object
    caught in a garbage cycle away from its own thread."""
    global _pauses, _was_enabled
    if _pauses == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _pauses += 1


def resume_collector() -> None:
    """The collector as it was before the first :func:`pause_collector`, once the last pause ends. When start-up's
    objects are frozen already (:func:`freeze_long_lived`), what the imports made is frozen with them: modules live
    as long as the window, and every full pass after would walk their objects again. (Whatever else is alive then
    is frozen too: a cycle among those is never collected, a few objects once, against some 40,000 per pass.)"""
    global _pauses
    _pauses -= 1
    if _pauses == 0:
        if _frozen:
            gc.freeze()
        if _was_enabled:
            gc.enable()
