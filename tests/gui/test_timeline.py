"""The technician timeline: the demo day on screen, clicks, hover text, chips and the database-free tick."""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import SlaState
from pitstop_desktop.domain.errors import NotFound
from pitstop_desktop.models.clock import FixedClock
from pitstop_desktop.models.feed import FeedBatch, LiveFeed
from pitstop_desktop.services import apoio, occurrences, offers, people
from pitstop_desktop.services import timeline as timeline_service
from pitstop_desktop.services.changes import changes_since, current_revision
from pitstop_desktop.services.timeline import JobSpan, PersonState, PresenceSpan, TimelineRow, person_state
from pitstop_desktop.views.timeline import TimelineWidget, assign_lanes
from pitstop_desktop.views.timeline import geometry as timeline_geometry
from tests.gui.conftest import DEMO_NOW
from tests.gui.helpers import new_call

GROUPS = ["N1 - Rápida", "N1 - Blip Matriz", "N1 - Blip Filiais", "N1 - Filiais", "Especialistas", "APOIO N1", "N2",
          "Gestão"]


@pytest.fixture
def widget(make_workspace, qtbot):  # type: ignore[no-untyped-def]
    ctx = make_workspace("claudia.moraes")
    w = TimelineWidget(ctx)
    qtbot.addWidget(w)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.timeline_loaded, timeout=10_000):
        w.refresh()
    return w


def test_demo_day_service_rows(demo_db) -> None:  # type: ignore[no-untyped-def]
    """The service on the demo day at 14:30: every chip occurs, jobs are well formed, one live holder per OC."""
    rows = timeline_service.timeline(demo_db, at=DEMO_NOW)
    assert len(rows) == len({r.login for r in rows}) >= 30
    assert {r.state for r in rows} == {s.value for s in PersonState}
    assert {r.login for r in rows if not r.presence} == {"joao.vieira", "kleber.prado"}
    assert {r.login: r.state for r in rows}["camila.rocha"] == "leaving_soon"  # her shift ends at 14:40
    live: list[int] = []
    for r in rows:
        assert r.state == person_state(r, DEMO_NOW).value
        for job in r.jobs:
            assert job.start <= DEMO_NOW
            assert job.end is None or job.start <= job.end <= DEMO_NOW
            if job.live:
                assert job.status != "closed"
                live.append(job.number)
        assert all(b.start < b.end for b in r.bookings)
    assert len(live) == len(set(live))
    assert any(j.appointment for r in rows for j in r.jobs)


def test_shows_every_rostered_person_grouped_by_tab(widget: TimelineWidget) -> None:
    canvas = widget.canvas
    assert len(widget.rows) >= 30
    headers = [i for i in canvas.items if isinstance(i, timeline_geometry._Header)]
    assert [h.title for h in headers] == GROUPS
    # each header counts its tab as the offer picker does (issue 9): someone serving two tabs counts in both
    counts = timeline_service.tab_counts(widget.rows, canvas.now)
    assert [(h.people, h.available) for h in headers] == [
        (counts[h.group].people, counts[h.group].available) for h in headers]
    assert sum(h.people for h in headers) > len(widget.rows)  # the demo has people in two tabs
    assert canvas.axis.start.hour == 7 and canvas.axis.end.hour == 21  # 07:30 earliest shift, 21:00 latest
    assert canvas.height() >= canvas.items[-1].top + canvas.items[-1].height


def test_status_chips(widget: TimelineWidget) -> None:
    canvas = widget.canvas
    states = {r.login: canvas.state_of(r.login) for r in widget.rows}
    assert states["camila.rocha"] == PersonState.LEAVING_SOON
    assert states["joao.vieira"] == PersonState.OFFLINE
    assert set(Counter(states.values())) == set(PersonState)
    assert [canvas.state_label(s) for s in PersonState] == [
        "disponível", "em atendimento", "no almoço", "fora", "saindo em breve", "sem sinal", "turno encerrado"]


def _visible_job(widget: TimelineWidget) -> tuple[TimelineRow, JobSpan]:
    """A live job of the first person who has one (top of the canvas, so on screen without scrolling)."""
    for row in widget.rows:
        for job in row.jobs:
            if job.live:
                return row, job
    raise AssertionError("the demo day has live jobs")


def test_clicking_a_job_selects_its_oc(widget: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, job = _visible_job(widget)
    rect = widget.job_rect(job.number)
    assert rect is not None and rect.width() >= 4
    assert widget.canvas.visibleRegion().contains(rect.center())
    with qtbot.waitSignal(widget.job_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [job.number]
    assert widget.canvas.selected == job.number


def test_clicking_a_job_further_down_after_scrolling(widget: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in reversed(widget.rows) if r.jobs)
    number = row.jobs[-1].number
    rect = widget.job_rect(number)
    assert rect is not None
    widget.scroll_area.ensureVisible(rect.center().x(), rect.center().y(), 0, 60)
    QApplication.processEvents()
    assert widget.scroll_area.verticalScrollBar().value() > 0
    assert widget.canvas.visibleRegion().contains(rect.center())
    with qtbot.waitSignal(widget.job_clicked, timeout=2000) as blocker:
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [number]


def test_clicking_outside_a_job_emits_nothing(widget: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(widget.job_clicked):
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton, pos=QPoint(40, 100))  # the name column
        qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton,
                         pos=QPoint(widget.canvas.width() - 30, 100))  # after every shift


def test_keyboard_walks_jobs_and_enter_opens(widget: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget.canvas.setFocus()
    qtbot.keyClick(widget.canvas, Qt.Key.Key_Right)
    first = widget.canvas.selected
    assert first is not None
    with qtbot.waitSignal(widget.job_clicked, timeout=2000) as blocker:
        qtbot.keyClick(widget.canvas, Qt.Key.Key_Return)
    assert blocker.args == [first]


def _tooltip(widget: TimelineWidget, pos: QPoint) -> str:
    canvas = widget.canvas
    event = QHelpEvent(QEvent.Type.ToolTip, pos, canvas.mapToGlobal(pos))
    QApplication.sendEvent(canvas, event)
    return QToolTip.text()


def test_hovering_a_job_shows_the_oc_and_its_sla(widget: TimelineWidget) -> None:
    row, job = _visible_job(widget)
    rect = widget.job_rect(job.number)
    assert rect is not None
    text = _tooltip(widget, rect.center())
    state = widget.ctx.policy.read(job.sla_code, job.opened_at, DEMO_NOW, job.closed_at).state
    label = widget.canvas.sla_label(state)
    assert f"OC {job.number}" in text
    assert f"SLA {job.sla_code}: {label}" in text
    assert row.name in text and job.start.astimezone(widget.canvas.tz).strftime("%H:%M") in text
    assert widget.canvas.sla_state(job) == state


def test_hovering_a_person_shows_shift_lunch_and_login(widget: TimelineWidget) -> None:
    canvas = widget.canvas
    item = next(i for i in canvas.items if isinstance(i, timeline_geometry._Row) and i.row.login == "felipe.gomes")
    text = _tooltip(widget, QPoint(30, item.top + item.height // 2))
    assert text.startswith("Felipe Gomes (felipe.gomes)")
    assert "Turno: 07:30–16:30" in text
    assert "Almoço previsto: 11:00–12:00" in text
    login = item.row.logged_in_at
    assert login is not None and f"Login: {login.astimezone(canvas.tz):%H:%M}" in text
    assert "Estado: em atendimento" in text


def test_hovering_a_future_booking(widget: TimelineWidget) -> None:
    canvas = widget.canvas
    item = next(i for i in canvas.items if isinstance(i, timeline_geometry._Row)
                and any(b.start > DEMO_NOW for b in i.row.bookings))
    booking = next(b for b in item.row.bookings if b.start > DEMO_NOW)
    rect = canvas.booking_rect(item, booking.start, booking.end)
    text = canvas.tooltip_at(rect.center())
    assert text.startswith(f"Agendamento (FAQ 7037): OC {booking.number}")


def test_the_tick_moves_now_and_chips_without_the_database(widget: TimelineWidget, qtbot,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    def no_database(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the tick must not touch the database")

    monkeypatch.setattr(widget.ctx.runner, "submit", no_database)
    monkeypatch.setattr(timeline_service, "timeline", no_database)
    clock = widget.ctx.clock
    assert isinstance(clock, FixedClock)
    later = DEMO_NOW + timedelta(minutes=11)  # 14:41: Camila's shift ended at 14:40, she is still logged in
    clock.set(later)
    qtbot.waitUntil(lambda: widget.canvas.now == later.astimezone(UTC), timeout=3000)  # the 1 s timer fired
    assert widget.canvas.state_of("camila.rocha") == PersonState.SHIFT_ENDED  # not offered work any more
    live = [j for r in widget.rows for j in r.jobs if j.live]
    row = widget.rows[0]
    x_before = widget.canvas.axis.x(DEMO_NOW)
    assert widget.canvas.axis.x(widget.canvas.now) > x_before
    for job in live:
        assert widget.canvas.sla_state(job) == widget.ctx.policy.read(job.sla_code, job.opened_at, later).state
    assert row is widget.rows[0]  # same data: nothing was re-read


def _row(login: str, jobs: tuple[JobSpan, ...], now: datetime, group: str | None = "n1_rapida") -> TimelineRow:
    start = now.replace(hour=11, minute=0)  # 08:00 in São Paulo
    return TimelineRow(
        login=login, name=login.title(), role="technician", site="matriz", tabs=(group,) if group else (),
        group=group, shift_start=start, shift_end=start + timedelta(hours=9), lunch_start=None, lunch_end=None,
        presence=(PresenceSpan("work", start, None),), jobs=jobs, bookings=(),
        state="busy" if jobs else "available", logged_in_at=start)


def test_a_live_job_turns_red_on_the_tick(widget: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    now = DEMO_NOW.astimezone(UTC)
    opened = now - timedelta(minutes=25)  # IS: 30 business minutes, warning from 22.5
    job = JobSpan(900, opened + timedelta(minutes=1), None, "IS", opened, None, "in_progress", "Acme")
    widget.set_rows([_row("tec", (job,), now)])
    assert widget.canvas.sla_state(job) == SlaState.WARNING
    widget.ctx.clock.set(now + timedelta(minutes=6))
    qtbot.waitUntil(lambda: widget.canvas.sla_state(job) == SlaState.BREACHED, timeout=3000)


def test_overlapping_jobs_get_their_own_lanes() -> None:
    now = DEMO_NOW.astimezone(UTC)

    def job(number: int, start: int, end: int | None) -> JobSpan:
        return JobSpan(number, now + timedelta(minutes=start), None if end is None else now + timedelta(minutes=end),
                       "4H", now, None, "in_progress")

    lanes, count = assign_lanes((job(1, -60, -30), job(2, -50, None), job(3, -30, -10), job(4, -20, None)), now)
    assert lanes == [0, 1, 0, 2] and count == 3


def test_paints_only_the_visible_rows_of_a_big_desk(widget: TimelineWidget, monkeypatch) -> None:
    now = DEMO_NOW.astimezone(UTC)
    rows = [_row(f"p{i:03d}", (JobSpan(1000 + i, now - timedelta(hours=1), None, "4H", now - timedelta(hours=2),
                                       None, "in_progress"),), now, group=("n1_rapida", "n2", None)[i % 3])
            for i in range(150)]
    rows.sort(key=lambda r: (r.group is None, r.group or "", r.login))
    widget.set_rows(rows)
    painted: list[str] = []
    original = widget.canvas._paint_row

    def spy(p, item, exposed):  # type: ignore[no-untyped-def]
        painted.append(item.row.login)
        original(p, item, exposed)

    monkeypatch.setattr(widget.canvas, "_paint_row", spy)
    image = widget.grab()
    assert not image.isNull()
    assert 0 < len(painted) < 40  # 900 px show ~25 rows of 150
    assert widget.canvas.height() > 150 * timeline_geometry.ROW_MIN_H


def test_refresh_failure_is_shown_and_overlapping_refreshes_collapse(make_workspace, qtbot,  # type: ignore[no-untyped-def]
                                                                      monkeypatch) -> None:
    ctx = make_workspace("claudia.moraes")
    w = TimelineWidget(ctx)
    qtbot.addWidget(w)
    calls: list[datetime | None] = []
    release = threading.Event()

    def broken(db, *, day=None, at=None):  # type: ignore[no-untyped-def]
        calls.append(at)
        release.wait(5)
        raise NotFound("sem escala")

    monkeypatch.setattr(timeline_service, "timeline", broken)
    w.refresh()
    w.refresh()  # while the first one runs: one more read afterwards, not two
    w.refresh()
    release.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and ctx.runner.idle, timeout=5000)
    qtbot.wait(100)
    assert len(calls) == 2
    assert "sem escala" in w.canvas.message
    assert w.rows == []


def test_tooltip_positions_map_to_the_same_job(widget: TimelineWidget) -> None:
    _, job = _visible_job(widget)
    rect = widget.job_rect(job.number)
    assert rect is not None
    hit = widget.canvas.job_at(QPointF(rect.center()))
    assert hit is not None and hit[0].row.jobs[hit[1]].number == job.number


def test_tooltips_tell_a_closed_job_from_one_handed_over(widget: TimelineWidget) -> None:
    now = DEMO_NOW.astimezone(UTC)
    opened = now - timedelta(hours=3)
    closed = JobSpan(910, opened, opened + timedelta(hours=1), "4H", opened, opened + timedelta(hours=1), "closed")
    handed = JobSpan(911, opened + timedelta(hours=1, minutes=30), now - timedelta(minutes=30), "4H", opened, None,
                     "in_progress")
    widget.set_rows([_row("tec", (closed, handed), now)])
    texts = {}
    for number in (910, 911):
        rect = widget.job_rect(number)
        assert rect is not None
        texts[number] = widget.canvas.tooltip_at(QPointF(rect.center()))
    assert "SLA 4H: cumprido" in texts[910] and "quando foi encerrada" in texts[910]
    assert "quando foi repassada" in texts[911] and "Situação atual: em atendimento" in texts[911]


# Live-feed batches: an OC taken or let go re-reads only the people it touches (issue 10).

class Reads:
    """Counts the service reads the widget makes (on the worker thread); ``hold`` keeps the day's read waiting."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        self.hold = threading.Event()
        self.hold.set()
        whole, some = timeline_service.timeline, timeline_service.people

        def day(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.calls.append("day")
            self.hold.wait(5)
            return whole(*args, **kwargs)

        def people_of(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.calls.append("people")
            return some(*args, **kwargs)

        monkeypatch.setattr(timeline_service, "timeline", day)
        monkeypatch.setattr(timeline_service, "people", people_of)
        self.whole = whole


def _batch_of(db, act) -> FeedBatch:  # type: ignore[no-untyped-def]
    """What the live feed hands the panels after ``act``."""
    revision = current_revision(db)
    act()
    return FeedBatch.of(changes_since(db, revision))


def test_a_closed_oc_rereads_only_its_holder(widget: TimelineWidget, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = widget.ctx.db
    holder = next(r for r in widget.rows if timeline_service.held_in_progress(r, DEMO_NOW))
    number = timeline_service.held_in_progress(holder, DEMO_NOW)[0]
    before = list(widget.rows)
    reads = Reads(monkeypatch)
    batch = _batch_of(db, lambda: occurrences.close(db, number, actor=holder.login, faq="7001", at=DEMO_NOW))
    assert not batch.touches(Entity.PRESENCE, Entity.ROSTER, Entity.BOOKING)
    with qtbot.waitSignal(widget.rows_shown, timeout=5000) as shown:
        widget.follow(batch)
    assert reads.calls == ["people"]
    assert shown.args == [widget.rows]
    assert [r.login for r, was in zip(widget.rows, before, strict=True) if r is not was] == [holder.login]
    job = next(j for r in widget.rows if r.login == holder.login for j in r.jobs if j.number == number)
    assert (job.live, job.status, job.closed_at) == (False, "closed", DEMO_NOW.astimezone(UTC))
    assert widget.canvas.sla_state(job) is not None  # its SLA, worked out with the fresh rows
    assert widget.rows == reads.whole(db, at=DEMO_NOW)  # what reading the whole day would show


def test_an_accept_after_an_offer_reads_the_new_holder_once(widget: TimelineWidget, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = widget.ctx.db
    ctx = widget.ctx
    someone = next(r for r in widget.rows if r.available and r.role == "technician" and r.tabs)
    number = new_call(db, tab=someone.tabs[0])
    reads = Reads(monkeypatch)
    offered = _batch_of(db, lambda: offers.offer(db, number, actor="ana.souza", to=someone.login, at=DEMO_NOW))
    widget.follow(offered)  # an offer gives nobody a job: nothing is read
    assert ctx.runner.wait_idle() and reads.calls == []
    accepted = _batch_of(db, lambda: offers.accept(db, number, actor=someone.login, at=DEMO_NOW))
    with qtbot.waitSignal(widget.rows_shown, timeout=5000):
        widget.follow(accepted)
    assert reads.calls == ["people"]
    row = next(r for r in widget.rows if r.login == someone.login)
    assert number in timeline_service.held_in_progress(row, DEMO_NOW)
    assert widget.canvas.state_of(someone.login) == PersonState.BUSY


def test_presence_and_full_batches_read_the_whole_day(widget: TimelineWidget, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = widget.ctx.db
    reads = Reads(monkeypatch)
    login = next(r.login for r in widget.rows if r.state == PersonState.AVAILABLE)
    batch = _batch_of(db, lambda: people.record_presence(db, login=login, kind="lunch", at=DEMO_NOW))
    with qtbot.waitSignal(widget.timeline_loaded, timeout=5000):
        widget.follow(batch)
    assert reads.calls == ["day"]
    with qtbot.waitSignal(widget.timeline_loaded, timeout=5000):
        widget.follow(FeedBatch.everything(batch.revision))
    assert reads.calls == ["day", "day"]


def test_people_wait_for_the_days_read_on_its_way(widget: TimelineWidget, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A change announced while the whole day is being read is read after it, against its rows: the rows shown
    until then lack an OC taken and let go meanwhile, which only that read saw."""
    db = widget.ctx.db
    holder = next(r for r in widget.rows if timeline_service.held_in_progress(r, DEMO_NOW) and r.tabs
                  and r.state == PersonState.BUSY)
    number = timeline_service.held_in_progress(holder, DEMO_NOW)[0]
    reads = Reads(monkeypatch)
    passing = new_call(db, tab=holder.tabs[0])  # taken and sent to APOIO, before the day's read: it sees them
    offers.offer(db, passing, actor="ana.souza", to=holder.login, at=DEMO_NOW)
    offers.accept(db, passing, actor=holder.login, at=DEMO_NOW)
    apoio.send(db, passing, actor=holder.login, reason="ninguém disponível", at=DEMO_NOW)
    reads.hold.clear()
    widget.refresh()  # the day's read, kept waiting on the worker
    qtbot.waitUntil(lambda: reads.calls == ["day"], timeout=5000)
    batch = _batch_of(db, lambda: occurrences.close(db, number, actor=holder.login, faq="7001", at=DEMO_NOW))
    widget.follow(batch)
    reads.hold.set()
    qtbot.waitUntil(lambda: reads.calls == ["day", "people"] and widget.ctx.runner.idle, timeout=5000)
    row = next(r for r in widget.rows if r.login == holder.login)
    assert passing in {job.number for job in row.jobs}
    assert widget.rows == reads.whole(db, at=DEMO_NOW)


def test_the_ocs_of_a_failed_read_go_with_the_next_one(widget: TimelineWidget, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = widget.ctx.db
    holders = [r for r in widget.rows if timeline_service.held_in_progress(r, DEMO_NOW)
               and r.state == PersonState.BUSY][:2]
    reads = Reads(monkeypatch)
    working = timeline_service.people

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise NotFound("sem escala")

    monkeypatch.setattr(timeline_service, "people", broken)

    def close(row: TimelineRow) -> FeedBatch:
        number = timeline_service.held_in_progress(row, DEMO_NOW)[0]
        return _batch_of(db, lambda: occurrences.close(db, number, actor=row.login, faq="7001", at=DEMO_NOW))

    widget.follow(close(holders[0]))
    qtbot.waitUntil(lambda: "sem escala" in widget.canvas.message and widget.ctx.runner.idle, timeout=5000)
    monkeypatch.setattr(timeline_service, "people", working)
    with qtbot.waitSignal(widget.rows_shown, timeout=5000):
        widget.follow(close(holders[1]))
    assert reads.calls == ["people"] and widget.canvas.message == ""
    assert widget.rows == reads.whole(db, at=DEMO_NOW)  # both holders' rows, the first one's too


def test_a_change_rides_the_feed_and_reads_no_ones_day(widget: TimelineWidget, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With the panel riding the live feed (as the console wires it), a close and an accept change the rows shown
    through the spans read with the batch: no day's read, no people's read, and the rows are the whole day's."""
    db, ctx = widget.ctx.db, widget.ctx
    feed = LiveFeed(db, ctx.runner.submit_first)
    widget.ride(feed)
    feed.changed.connect(widget.follow)
    with qtbot.waitSignal(feed.changed, timeout=10_000):
        feed.start()
    assert ctx.runner.wait_idle(10_000)
    reads = Reads(monkeypatch)
    holder = next(r for r in widget.rows if timeline_service.held_in_progress(r, DEMO_NOW))
    closing = timeline_service.held_in_progress(holder, DEMO_NOW)[0]
    someone = next(r for r in widget.rows if r.available and r.role == "technician" and r.tabs
                   and r.login != holder.login)
    taking = new_call(db, tab=someone.tabs[0])
    offers.offer(db, taking, actor="ana.souza", to=someone.login, at=DEMO_NOW)
    for act in (lambda: occurrences.close(db, closing, actor=holder.login, faq="7001", at=DEMO_NOW),
                lambda: offers.accept(db, taking, actor=someone.login, at=DEMO_NOW)):
        act()
        with qtbot.waitSignal(widget.rows_shown, timeout=5000):
            feed.refresh()
    assert ctx.runner.wait_idle(10_000)
    feed.stop()
    assert reads.calls == []
    row = next(r for r in widget.rows if r.login == someone.login)
    assert taking in timeline_service.held_in_progress(row, DEMO_NOW)
    assert widget.canvas.state_of(someone.login) == PersonState.BUSY
    assert widget.canvas.sla_state(next(j for j in row.jobs if j.number == taking)) is not None
    assert widget.rows == reads.whole(db, at=DEMO_NOW)


class _Paints(QObject):
    """The rectangles the canvas is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        self.regions: list[QRect] = []  # each rectangle of each paint's region

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())  # type: ignore[attr-defined]
            self.regions.extend(event.region())  # type: ignore[attr-defined]
        return False


def test_a_changed_row_repaints_only_itself(widget: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A live batch changes one or two people of the day: only their rows are painted again (issue 10: the whole
    view took ~11 ms of the GUI thread per change); a change that moves rows repaints everything."""
    canvas = widget.canvas
    paints = _Paints()
    canvas.installEventFilter(paints)
    rows = list(widget.rows)
    second = next(item for item in canvas.items if isinstance(item, timeline_geometry._Row) and item.index == 1)
    rows[1] = dataclasses.replace(rows[1])  # the same person, read again
    canvas.set_rows(rows, canvas.sla)
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    QApplication.processEvents()
    assert paints.rects and all(r.top() >= second.top and r.bottom() < second.top + second.height
                                for r in paints.rects)
    paints.rects.clear()
    canvas.set_rows(rows[1:], canvas.sla)  # someone left the list: the rows below move up
    qtbot.waitUntil(lambda: bool(paints.rects), timeout=2000)
    assert any(r.top() <= second.top and r.height() > second.height for r in paints.rects)
    canvas.removeEventFilter(paints)


def test_a_tick_repaints_a_wide_job_only_when_its_colour_changes(widget: TimelineWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Between two changes of colour a tick leaves the open jobs alone (issue 10: looking at 1,300 of them every
    second stalled the console); the tick that crosses a job's milestone repaints it."""
    now = DEMO_NOW.astimezone(UTC)
    opened = now - timedelta(minutes=200)  # 4H: 240 business minutes, warning from 180, breached after 240
    wide = JobSpan(901, opened, None, "4H", opened, None, "in_progress", "Acme")
    young = JobSpan(902, now - timedelta(minutes=10), None, "24H", now - timedelta(minutes=10), None, "in_progress",
                    "Acme")  # too short to show its number yet
    widget.timer.stop()  # the test ticks by hand
    canvas = widget.canvas
    canvas.set_rows([_row("tec", (wide,), now), _row("tec2", (young,), now)])
    canvas.tick(now)
    item = next(i for i in canvas.items if isinstance(i, timeline_geometry._Row) and i.row.login == "tec")
    young_item = next(i for i in canvas.items if isinstance(i, timeline_geometry._Row) and i.row.login == "tec2")
    QApplication.processEvents()
    paints = _Paints()
    canvas.installEventFilter(paints)

    def painted_left_part() -> bool:  # the job's start, away from the now line that moves over its right end
        rect = canvas._job_rect(item, 0).toAlignedRect()
        probe = QRect(rect.left() + 2, rect.top() + 2, 10, max(1, rect.height() - 4))
        return any(r.intersects(probe) for r in paints.regions)

    def painted_young() -> bool:  # its start, too, away from the now line
        rect = canvas._job_rect(young_item, 0).toAlignedRect()
        assert rect.width() < timeline_geometry.SHORT_JOB_W
        probe = QRect(rect.left() + 1, rect.top() + 2, 6, max(1, rect.height() - 4))
        return any(r.intersects(probe) for r in paints.regions)

    canvas.tick(now + timedelta(seconds=1))
    QApplication.processEvents()
    paints.regions.clear()
    canvas.tick(now + timedelta(seconds=2))  # still yellow
    QApplication.processEvents()
    assert canvas.sla_state(wide) == SlaState.WARNING
    assert not painted_left_part()
    assert painted_young()  # a live job still too short for its number grows on every tick
    paints.regions.clear()
    canvas.tick(now + timedelta(minutes=45))  # 245 minutes: red
    QApplication.processEvents()
    assert canvas.sla_state(wide) == SlaState.BREACHED
    assert painted_left_part()
    paints.regions.clear()
    canvas.tick(now + timedelta(minutes=45, seconds=1))  # red already, and no milestone ahead
    QApplication.processEvents()
    assert not painted_left_part()
    canvas.removeEventFilter(paints)
