"""The other process of the live benchmarks: real services called as real people at a fixed rate (bench_seats.py,
bench_console.py), each call's commit time and change-feed revision handed back for "commit -> seen"."""

from __future__ import annotations

import bisect
import itertools
import threading
import time
from collections.abc import Iterator
from typing import Any

from office_data import MANAGER, Office
from sqlalchemy import make_url, select, text

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import OccurrenceRow

WRITER_APP = "pitstop-bench-writer"


def with_app(url: str, name: str) -> str:
    """The URL with ``application_name`` on PostgreSQL (the LISTEN connection keeps it; the engine names its own
    "pitstop"); a SQLite URL as it is."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return url
    return parsed.update_query_dict({"application_name": name}).render_as_string(hide_password=False)



STREAMS = 4  # people working at once: the writer's calls run in this many threads, each on its own OCs


def writer_process(url: str, prefix: str | None, office: Office, seconds: float, rate: float, pipe: Any) -> None:
    """Real services as real people, ``rate`` calls a second on a fixed schedule (one call every 1/rate s, spread
    over STREAMS threads so one slow call does not hold the others), each OC through register -> offer -> accept
    -> (forward | escalate -> approve) -> close."""
    from pitstop_desktop.services import escalations, occurrences, offers

    url = with_app(url, WRITER_APP)
    dbs: dict[str, Database] = {}

    def db_of(login: str) -> Database:
        if login not in dbs:
            dbs[login] = Database(url, role=f"{prefix}{login}" if prefix else None)
        return dbs[login]

    admin = Database(url)
    tab = "n1_rapida"
    technicians = [t for t, tabs in office.tabs_of.items() if tab in tabs and t not in office.at_lunch][:6]
    attendants = office.logins["attendant"][:3]
    managers = [m for m in office.logins["manager"] if m != MANAGER][:2] or [MANAGER]
    decider = MANAGER

    floor: dict[str, int] = {}

    def revision_of(number: int) -> int:
        """The change feed's newest revision for this OC: only revisions since the run began are scanned (the feed
        is indexed by revision), so the benchmark's own question costs the server little."""
        with admin.engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT max(c.revision) FROM change_feed c WHERE c.revision > :floor AND c.entity = 'occurrence' "
                "AND c.entity_id = (SELECT id FROM occurrences WHERE number = :n)"),
                {"n": number, "floor": floor["revision"]}).scalar_one())

    def plan(stream: int) -> Iterator[tuple[str, Any]]:
        """Endless: each yielded step is one service call on this stream's OC of the moment."""
        k = stream
        while True:
            k += STREAMS
            att, tech, mgr = attendants[k % len(attendants)], technicians[k % len(technicians)], managers[k % 2 - 1]
            box: dict[str, Any] = {}

            def register(att: str = att, box: dict[str, Any] = box, k: int = k) -> int:
                record = occurrences.register_call(db_of(att), actor=att, client=f"C{1 + k % 2000:05d}",
                                                   channel="phone", summary=f"Chamado de carga {k}", kind="question",
                                                   sla="4H", tab=tab)
                box["number"] = record.number
                return int(record.number)

            yield "register", register
            n = box.get("number")
            if n is None:
                continue
            yield "offer", lambda n=n, att=att, tech=tech: offers.offer(db_of(att), n, actor=att, to=tech) and n
            yield "accept", lambda n=n, tech=tech: offers.accept(db_of(tech), n, actor=tech) and n
            if k % 3 == 0:
                def escalate(n: int = n, tech: str = tech, box: dict[str, Any] = box) -> int:
                    box["esc"] = escalations.escalate(db_of(tech), n, actor=tech, target="especialistas",
                                                      reason="not_solvable_n1").id
                    return n

                yield "escalate", escalate
                if "esc" in box:
                    yield "approve", lambda n=n, e=box["esc"]: escalations.approve(db_of(decider), e,
                                                                                    actor=decider) and n
                yield "close", lambda n=n, mgr=mgr: occurrences.close(db_of(mgr), n, actor=mgr, faq="1001") and n
            elif k % 3 == 1:
                yield "forward", lambda n=n, mgr=mgr: occurrences.forward(db_of(mgr), n, actor=mgr,
                                                                          tab="n1_blip_matriz") and n
                yield "close", lambda n=n, mgr=mgr: occurrences.close(db_of(mgr), n, actor=mgr, faq="1001") and n
            else:
                yield "close", lambda n=n, tech=tech: occurrences.close(db_of(tech), n, actor=tech, faq="1001") and n

    streams = [plan(j) for j in range(STREAMS)]
    for _ in range(3):  # warm: connections, policy, holidays (not measured)
        _action, call = next(streams[0])
        call()
    with admin.engine.connect() as conn:
        floor["revision"] = int(conn.execute(text("SELECT coalesce(max(revision), 0) FROM change_feed")).scalar_one())
    pipe.send("warm")
    pipe.recv()
    # (perf_counter right after the call returned: CLOCK_MONOTONIC, the same clock in every process; revision)
    commits: list[tuple[float, int]] = []
    errors: list[str] = []
    latencies: list[tuple[str, float]] = []
    touched: set[int] = set()
    lock = threading.Lock()
    start = time.perf_counter()
    count = int(seconds * rate)

    def run_stream(j: int) -> None:
        """Calls j, j + STREAMS, … of the schedule: a slow call delays its own stream only, as people do."""
        for i in range(j, count, STREAMS):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            action, call = next(streams[j])
            began = time.perf_counter()
            try:
                number = call()
            except Exception as exc:  # report, keep going: the figures say how many were applied
                with lock:
                    errors.append(f"{action}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
                continue
            done = time.perf_counter()
            revision = revision_of(int(number))
            with lock:
                latencies.append((action, done - began))
                commits.append((done, revision))
                touched.add(int(number))

    threads = [threading.Thread(target=run_stream, args=(j,)) for j in range(STREAMS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    with admin.engine.connect() as conn:
        final = {int(n): (None if status == "closed" else str(t)) for n, t, status in conn.execute(
            select(OccurrenceRow.number, OccurrenceRow.tab, OccurrenceRow.status).where(
                OccurrenceRow.number.in_(sorted(touched))))}
    pipe.send((commits, errors, latencies, elapsed, final))
    pipe.recv()  # its connections stay until their server processes' CPU has been read
    for db in dbs.values():
        db.dispose()
    admin.dispose()


def first_seen(log: list[tuple[float, int]], commits: list[tuple[float, int]]) -> Iterator[tuple[float, float | None]]:
    """For each commit (time, revision): when the log (time, revision shown; revisions only grow) first reached
    its revision, or None."""
    revisions = list(itertools.accumulate((revision for _t, revision in log), max))
    for at, wanted in commits:
        k = bisect.bisect_left(revisions, wanted)
        yield at, (log[k][0] if k < len(log) else None)
