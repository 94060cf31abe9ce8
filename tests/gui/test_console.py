"""The console as a whole: live updates from another connection, the role matrix, wallboard, layout memory."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from pitstop_desktop.models.board import Role
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.services import occurrences
from pitstop_desktop.views.main_window import MainWindow
from tests.gui.conftest import DEMO_NOW


@pytest.fixture(autouse=True)
def _private_settings(private_settings: Path) -> None:
    """Layout memory starts empty in each test (tests/conftest.py ``private_settings``)."""


def _window(qtbot, ctx, feed=None, **kwargs) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, feed, notifications=False, **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.start()
    ctx.runner.wait_idle()
    return window


def _numbers(window: MainWindow, tab: str) -> set[int]:
    model = window.board.models[tab]
    return {model.data(model.index(i, 0), Role.NUMBER) for i in range(model.rowCount())}


def test_a_change_made_elsewhere_appears_on_the_board(qtbot, make_workspace, demo_db) -> None:  # type: ignore[no-untyped-def]
    ctx = make_workspace("claudia.moraes")
    feed = LiveFeed.watching(demo_db, ctx.runner.submit)
    window = _window(qtbot, ctx, feed, remember_layout=False)
    resets: list[bool] = []
    window.board.models["n1_rapida"].modelReset.connect(lambda: resets.append(True))
    start = feed.revision
    # another "console": a new call registered on its own connection
    other = type(demo_db)(demo_db.url.render_as_string(hide_password=False))
    oc = occurrences.register_call(other, actor="ana.souza", client="C1001", channel="phone",
                                   summary="Ligação registrada em outro computador", tab="n1_rapida",
                                   at=DEMO_NOW - timedelta(minutes=1))
    other.dispose()
    qtbot.waitUntil(lambda: oc.number in _numbers(window, "n1_rapida"), timeout=5_000)
    assert feed.revision is not None and start is not None and feed.revision > start
    assert not resets, "one new row must not reset the whole tab"
    feed.stop()


def test_role_matrix_decides_the_docks(qtbot, make_workspace) -> None:  # type: ignore[no-untyped-def]
    expectations = {
        "patricia.nogueira": {"approvals", "apoio"},  # manager: approves; sees the APOIO queue
        "claudia.moraes": {"approvals", "apoio"},  # supervisor: sees both (deciding is for managers)
        "fernanda": {"approvals", "apoio"},  # apoio
        "ana.souza": {"approvals"},  # attendant: sees the decisions on her own requests, no APOIO queue
        "felipe.gomes": {"approvals"},  # technician
    }
    for login, extra in expectations.items():
        window = _window(qtbot, make_workspace(login), remember_layout=False)
        assert set(window.docks) == {"gauges", "timeline"} | extra, login
        title = window.docks["approvals"].windowTitle()
        assert title == ("Aprovações" if login in ("patricia.nogueira", "claudia.moraes", "fernanda")
                         else "Meus escalonamentos"), login
        window.close()


def test_clicking_a_gauge_filters_the_board_and_a_job_selects_the_oc(qtbot, make_workspace) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_workspace("claudia.moraes"), remember_layout=False)
    window.gauges.class_clicked.emit("2H")
    assert window.board.sla_combo.currentData() == "2H"
    model = window.board.models["n1_rapida"]
    assert all(model.row_at(i).sla == "2H" for i in range(model.rowCount()))
    window.board.show_class(None)
    number = window.board.models["n1_rapida"].row_at(0).number
    window.timeline.job_clicked.emit(number)
    view = window.board.current_view()
    assert view.currentIndex().data(Role.NUMBER) == number


def test_f11_opens_the_wallboard(qtbot, make_workspace) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_workspace("claudia.moraes"), remember_layout=False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.wallboard is not None)
    board = window.wallboard
    qtbot.waitUntil(board.isVisible)
    assert board.isFullScreen()
    board.close()


def test_window_layout_is_remembered_between_runs(qtbot, make_workspace) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_workspace("claudia.moraes"))
    window.show()
    window.docks["timeline"].hide()
    window.resize(1300, 800)
    qtbot.waitUntil(lambda: window.width() == 1300)
    window.close()
    assert QSettings("PitStop", "PitStopDesktop").value("console/state2/supervisor") is not None  # per role
    again = _window(qtbot, make_workspace("claudia.moraes"))
    again.show()
    assert not again.docks["timeline"].isVisibleTo(again)
    assert again.docks["gauges"].isVisibleTo(again)
    assert again.width() != 1600  # not the default size: the saved geometry came back (the offscreen
    # platform clamps it to its own screen, so the exact width is not checked)


def test_a_manager_is_notified_of_an_escalation_waiting(qtbot, make_workspace, demo_db) -> None:  # type: ignore[no-untyped-def]
    from pitstop_desktop.services import escalations

    ctx = make_workspace("patricia.nogueira")
    window = _window(qtbot, ctx, remember_layout=False)
    open_oc = next(r for r in window.board.models["n1_rapida"].all_rows() if r.status == "in_progress")
    other = type(demo_db)(demo_db.url.render_as_string(hide_password=False))
    escalations.escalate(other, open_oc.number, actor=open_oc.assignee, target="especialistas",
                         reason="not_solvable_n1", at=DEMO_NOW)
    other.dispose()
    with qtbot.waitSignal(window.notified, timeout=5_000) as signal:
        window.feed.refresh()  # what the watcher triggers
    assert signal.args[0] == "Escalonamento aguardando"
    assert "aguardam sua validação" in window.statusBar().currentMessage()


def test_a_seat_holds_one_postgres_connection_that_also_listens_and_recovers(qtbot, db_url) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL only: the console's worker runs the queries and hears the notifications on one connection; kill
    it, and the status bar says so, it reconnects (still one connection) and the board is live again."""
    if not db_url.startswith("postgresql"):
        pytest.skip("LISTEN exists on PostgreSQL only")
    from sqlalchemy import text

    from pitstop_desktop.db import Database
    from pitstop_desktop.models.clock import Clock
    from pitstop_desktop.services import people
    from pitstop_desktop.services.unit_of_work import current_policy
    from pitstop_desktop.views.tasks import TaskRunner
    from pitstop_desktop.views.workspace import Workspace

    other = Database(db_url)  # another computer: the writer, and the administrator who watches the sessions
    user = people.add_staff(other, login="sup", name="Supervisora", role="supervisor")
    people.add_client(other, code="C1", name="Cliente Um")
    people.add_staff(other, login="ana", name="Ana", role="attendant", tabs=["n1_rapida"])
    seat = Database(db_url, seat=True)
    runner = TaskRunner()
    ctx = Workspace(db=seat, runner=runner, user=user, clock=Clock(), policy=current_policy(other))
    feed = LiveFeed.watching(seat, runner.submit, hub=runner)
    watcher = feed.watcher
    assert watcher is not None
    window = MainWindow(ctx, feed, remember_layout=False, notifications=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(runner.listening, timeout=10_000):
        window.start()

    def seat_sessions() -> list[int]:
        with other.engine.connect() as conn:
            return list(conn.execute(text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND pid <> pg_backend_pid()")).scalars())

    qtbot.waitUntil(lambda: runner.idle and window.board.models["n1_rapida"] is not None, timeout=10_000)
    runner.wait_idle()
    assert len(seat_sessions()) == 1  # every panel read and the LISTEN share it

    first = occurrences.register_call(other, actor="ana", client="C1", channel="phone", summary="antes da queda")
    qtbot.waitUntil(lambda: first.number in _numbers(window, "n1_rapida"), timeout=10_000)

    def kill_seat() -> bool:
        with other.engine.connect() as conn:
            killed = conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalars().all()
            conn.commit()
        return any(killed)

    shown: list[str] = []  # what the status bar said when the loss was reported (it may reconnect at once)
    feed.connection_lost.connect(lambda _reason: shown.append(window.connection_label.text()))
    with qtbot.waitSignal(watcher.connection_restored, timeout=15_000):
        assert kill_seat()
    assert shown and "Sem conexão" in shown[0]
    qtbot.waitUntil(lambda: window.connection_label.text() == "Conectado", timeout=5_000)
    # live again, on one connection: a new call shows up
    oc = occurrences.register_call(other, actor="ana", client="C1", channel="phone", summary="depois da queda")
    qtbot.waitUntil(lambda: oc.number in _numbers(window, "n1_rapida"), timeout=10_000)
    runner.wait_idle()
    assert len(seat_sessions()) == 1
    window.close()
    runner.wait_idle()
    runner.shutdown()
    seat.dispose()
    other.dispose()


def test_double_click_on_a_board_row_opens_that_oc(qtbot, make_workspace) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, make_workspace("claudia.moraes"), remember_layout=False)
    window.show()
    view = window.board.current_view()
    model = view.model()
    number = model.data(model.index(0, 0), Role.NUMBER)
    rect = view.visualRect(model.index(0, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(window.open_dialogs()), timeout=5_000)
    dialog = window.open_dialogs()[-1]
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    assert dialog.view.number == number
    assert dialog.isVisible()
    dialog.close()


def test_a_supervisor_is_notified_when_an_oc_of_her_tabs_breaches(qtbot, make_workspace, demo_db) -> None:  # type: ignore[no-untyped-def]
    ctx = make_workspace("claudia.moraes")
    feed = LiveFeed.watching(demo_db, ctx.runner.submit)
    window = _window(qtbot, ctx, feed, remember_layout=False)
    qtbot.waitUntil(lambda: len(window.gauges.tally) > 0 and ctx.runner.idle, timeout=10_000)
    window.tick()  # the first tick only starts the watch
    mine = set(ctx.user.tabs) or set(window.board.models)
    now = ctx.clock.now()
    ahead = sorted((oc.breach_at, oc.number) for oc in window.gauges.tally.open()
                   if oc.tab in mine and oc.breach_at is not None and oc.breach_at > now)
    assert ahead, "the demo has OCs in her tabs still to breach"
    breach_at, number = ahead[0]
    said: list[tuple[str, str]] = []
    window.notified.connect(lambda title, text: said.append((title, text)))
    ctx.clock.set(breach_at + timedelta(seconds=1))
    window.tick()
    assert ("SLA estourado", f"OC {number} estourou o SLA.") in said or any(
        title == "SLA estourado" and str(number) in text for title, text in said)
    said.clear()
    window.tick()  # nothing crossed since: no second notification
    assert not any(title == "SLA estourado" for title, _text in said)
    feed.stop()


def test_the_console_freezes_what_it_holds_once_its_first_full_load_is_in(qtbot, make_workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """views/memory.py: after the board's first full load the collector stops walking the console's long-lived
    objects (full collections stalled the GUI thread); once per process, not on every F5."""
    from pitstop_desktop.views import memory

    calls: list[str] = []
    monkeypatch.setattr(memory, "_frozen", False)
    monkeypatch.setattr(memory.gc, "collect", lambda generation=2: calls.append(f"collect {generation}") or 0)
    monkeypatch.setattr(memory.gc, "freeze", lambda: calls.append("freeze"))
    ctx = make_workspace("claudia.moraes")
    window = MainWindow(ctx, None, notifications=False, remember_layout=False)
    qtbot.addWidget(window)
    window.start()
    assert calls == []  # nothing before every open OC is in
    qtbot.waitUntil(lambda: calls == ["collect 1", "freeze"], timeout=20_000)  # the young only: tests/gui/test_memory
    with qtbot.waitSignal(window.board.shown, timeout=20_000, check_params_cb=lambda _r, full: full):
        window.feed.full_refresh()  # F5
    ctx.runner.wait_idle()
    assert calls == ["collect 1", "freeze"]
    window.feed.stop()


@pytest.mark.parametrize(("login", "early"), [("patricia.nogueira", set()),  # a manager: queues on the right
                                               ("claudia.moraes", {"approvals", "apoio"})])  # a supervisor
def test_the_board_s_first_page_comes_first_and_the_other_panels_after_its_paint(  # type: ignore[no-untyped-def]
        qtbot, make_workspace, login, early) -> None:
    """Issue 10, first paint: the board's first page is the first task on the seat's worker (submitted when the
    board is made), the feed's first read next; the docks are there from the start; their panels are built, and
    every panel painted and read, only once that page is painted, but for the queues in a supervisor's strip under
    the board, built at once (their minimum height shapes the layout) and painted and read after it too."""
    from pitstop_desktop.views.gauges import GaugePanel
    from pitstop_desktop.views.queues import ApoioPanel, ApprovalsPanel
    from pitstop_desktop.views.timeline import TimelineWidget

    ctx = make_workspace(login)
    submitted: list[str] = []
    submit = ctx.runner.submit

    def spy(work, on_done=None, on_error=None, **options):  # type: ignore[no-untyped-def]
        submitted.append(getattr(work, "__qualname__", ""))
        return submit(work, on_done, on_error, **options)  # options: ``first`` (the feed's reads)

    ctx.runner.submit = spy  # type: ignore[method-assign]
    window = MainWindow(ctx, None, remember_layout=False, notifications=False)
    qtbot.addWidget(window)
    assert [name.split(".")[0] for name in submitted] == ["BoardWidget"]  # the first page, already on its way
    kinds = {"gauges": GaugePanel, "timeline": TimelineWidget, "approvals": ApprovalsPanel, "apoio": ApoioPanel}
    assert set(window.docks) == set(kinds)

    def state() -> tuple[set[str], set[str]]:
        """(the panels built, those that paint)"""
        built = {name for name, kind in kinds.items() if isinstance(window.docks[name].widget(), kind)}
        return built, {name for name in built if window.docks[name].widget().updatesEnabled()}

    assert state() == (early, set())
    before_paint: list[str] = []
    then: list[tuple[set[str], set[str]]] = []

    def painted() -> None:
        before_paint.extend(submitted)
        then.append(state())

    window.board.first_page_painted.connect(painted)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.start()
    assert ctx.runner.wait_idle()
    assert [name.split(".")[0] for name in before_paint] == ["BoardWidget", "LiveFeed"]
    assert then == [(early, set())]
    assert state() == (set(kinds), set(kinds))
    owners = {name.split(".")[0] for name in submitted[len(before_paint):]}
    assert {"GaugePanel", "TimelineWidget", "ApprovalsPanel", "ApoioPanel", "PresenceBar"} <= owners
    assert window.approvals is not None and len(window.approvals.pending()) == 8  # read once built
    assert window.gauges.snapshot is not None
