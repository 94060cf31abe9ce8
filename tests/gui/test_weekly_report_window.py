"""The weekly management report's window: the week picker, the ten points, progress and Cancel, the exports, and
its table model (qtmodeltester). The report comes from a source the test controls (a hand-made WeeklyReport), so
a slow report is made slow by a progress callback that waits on an event, never by sleeping."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from pitstop_desktop.db import Database
from pitstop_desktop.domain.consulting import week_label
from pitstop_desktop.models.weekly_report import ReportTableModel, Role, report_sections
from pitstop_desktop.services.weekly_report import Cancelled
from pitstop_desktop.services.weekly_report_records import WeeklyReport
from pitstop_desktop.views.report.window import WeeklyReportWindow
from tests.gui.conftest import DEMO_DAY
from tests.weekly_report_sample import empty_report, sample_report

PREVIOUS_MONDAY = date(2026, 11, 16)  # the demo day is Tuesday 24/11/2026 (W48): the week reviewed is W47


class Source:
    """A report source for the window: records the weeks asked for; ``hold`` makes it wait after its first
    progress step until released (or cancelled)."""

    def __init__(self, *, hold: bool = False, fail: BaseException | None = None) -> None:
        self.weeks: list[date] = []
        self.hold = hold
        self.fail = fail
        self.release = threading.Event()
        self.waiting = threading.Event()

    def __call__(self, db: Database, monday: date, progress: Any, cancelled: Any, at: Any = None) -> WeeklyReport:
        self.weeks.append(monday)
        progress(1, 10, "1. Tempo executado por tarefa")  # the service's labels: the vocabulary's titles
        if self.hold:
            self.waiting.set()
            while not cancelled():
                if self.release.wait(0.05):
                    break
            if cancelled():
                raise Cancelled
        if self.fail is not None:
            raise self.fail
        progress(10, 10, "10. Comunicar conclusão")
        return sample_report(monday=monday)


def _open(qtbot: Any, make_workspace: Any, source: Source, **kwargs: Any) -> WeeklyReportWindow:
    window = WeeklyReportWindow(make_workspace("patricia.nogueira"), source=source, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def test_opens_on_the_previous_week_and_shows_the_ten_points(qtbot: Any, make_workspace: Any) -> None:
    source = Source()
    window = WeeklyReportWindow(make_workspace("patricia.nogueira"), source=source)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    assert source.weeks == [PREVIOUS_MONDAY]
    assert window.week_edit.text() == "2026-W47"
    assert window.points.count() == 10
    assert window.points.item(0).text().startswith("1. ")
    assert window.points.item(9).text().startswith("10. ")
    assert not window.progress_row.isVisible()
    assert all(button.isEnabled() for button in window.export_buttons.values())
    # point 3: paired bars (scheduled, realized) per person, and the table beside them with the team's row
    qtbot.mouseClick(window.points.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.points.visualItemRect(window.points.item(2)).center())
    page = window.current_page()
    assert page.section is not None and page.section.number == 3
    assert page.charts[0].drawn_values() == [[38.0, 35.0, 30.0], [35.25, 37.17, 22.5]]
    model = page.models[0]
    assert [model.index(3, c).data() for c in range(3)] == ["Equipe", "103 h 00 min", "94 h 55 min"]
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_the_arrows_and_a_typed_week_change_the_week(qtbot: Any, make_workspace: Any) -> None:
    source = Source()
    window = _open(qtbot, make_workspace, source)
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert source.weeks[-1] == PREVIOUS_MONDAY - timedelta(weeks=1)
    assert window.week_edit.text() == "2026-W46"
    assert window.report is not None and window.report.week == "2026-W46"
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.report.week == "2026-W47"
    window.week_edit.selectAll()
    qtbot.keyClicks(window.week_edit, "2026-W40")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(window.week_edit, Qt.Key.Key_Return)
    assert source.weeks[-1] == date(2026, 9, 28)
    assert window.report.week == "2026-W40"
    assert "2026-W40" in window.windowTitle()


def test_a_week_that_does_not_read_is_refused_in_words(qtbot: Any, make_workspace: Any) -> None:
    source = Source()
    window = _open(qtbot, make_workspace, source)
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    asked = len(source.weeks)
    window.week_edit.selectAll()
    qtbot.keyClicks(window.week_edit, "semana 47")
    qtbot.keyClick(window.week_edit, Qt.Key.Key_Return)
    assert window.banner.kind() == window.banner.ERROR
    assert "semana 47" in window.banner.text()
    assert len(source.weeks) == asked


def test_a_long_report_shows_its_progress_and_cancel_stops_it(qtbot: Any, make_workspace: Any) -> None:
    source = Source(hold=True)
    window = _open(qtbot, make_workspace, source)
    qtbot.waitUntil(lambda: window.progress_bar.maximum() == 10, timeout=10_000)  # the first step arrived
    assert source.waiting.is_set()
    assert window.progress_row.isVisible()
    assert window.progress_bar.value() == 1
    assert window.progress_label.text() == "1. Tempo executado por tarefa"
    assert window.cancel_button.isEnabled()
    assert not any(b.isEnabled() for b in window.export_buttons.values())
    with qtbot.waitSignal(window.stopped, timeout=10_000) as stopped:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert stopped.args == ["cancelled"]
    assert window.report is None
    assert not window.progress_row.isVisible()
    assert window.banner.kind() == window.banner.INFO
    assert window.banner.text() == "Relatório cancelado."
    # the next week still reads (nothing left stuck)
    source.hold = False
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.report is not None and window.report.week == "2026-W48"


def test_changing_week_while_a_report_runs_cancels_it_and_reads_the_new_week(qtbot: Any,
                                                                              make_workspace: Any) -> None:
    source = Source(hold=True)
    window = _open(qtbot, make_workspace, source)
    qtbot.waitUntil(source.waiting.is_set, timeout=10_000)
    source.hold = False
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert source.weeks == [PREVIOUS_MONDAY, PREVIOUS_MONDAY - timedelta(weeks=1)]
    assert window.report is not None and window.report.week == "2026-W46"


def test_a_failure_is_said_in_a_sentence_not_a_traceback(qtbot: Any, make_workspace: Any) -> None:
    from sqlalchemy.exc import OperationalError

    source = Source(fail=OperationalError("SELECT", {}, Exception("server closed the connection")))
    window = _open(qtbot, make_workspace, source)
    with qtbot.waitSignal(window.stopped, timeout=10_000) as stopped:
        pass
    assert stopped.args == ["failed"]
    assert window.banner.kind() == window.banner.ERROR
    assert "banco de dados não respondeu" in window.banner.text()
    assert "Traceback" not in window.banner.text()


@pytest.mark.parametrize("kind", ["pdf", "csv", "xlsx"])
def test_export_proposes_the_weeks_file_in_documents_and_says_where_it_saved(
        qtbot: Any, make_workspace: Any, tmp_path: Path, kind: str) -> None:
    window = _open(qtbot, make_workspace, Source())
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    proposed: list[Path] = []
    opened: list[Path] = []
    target = tmp_path / "saida" / f"relatorio.{kind}"
    target.parent.mkdir()

    def choose(k: str, suggested: Path) -> str:
        proposed.append(suggested)
        return str(target)

    window.choose_save_path = choose  # type: ignore[method-assign]
    window.open_folder = opened.append  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exported, timeout=20_000) as exported:
        qtbot.mouseClick(window.export_buttons[kind], Qt.MouseButton.LeftButton)
    assert proposed[0].name == f"relatorio-semanal-2026-W47.{kind}"
    assert exported.args == [str(target)]
    assert target.stat().st_size > 0
    assert window.saved_row.isVisible()
    assert window.saved_label.text() == f"Salvo em {target}"
    qtbot.mouseClick(window.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [target]
    if kind == "pdf":
        assert target.read_bytes().startswith(b"%PDF")


def test_an_export_that_cannot_be_written_says_why(qtbot: Any, make_workspace: Any, tmp_path: Path) -> None:
    window = _open(qtbot, make_workspace, Source())
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    window.choose_save_path = lambda k, s: str(tmp_path / "nao-existe" / "r.pdf")  # type: ignore[method-assign]
    with qtbot.waitSignal(window.exported, timeout=20_000) as exported:
        qtbot.mouseClick(window.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert exported.args == [""]
    assert window.banner.kind() == window.banner.ERROR
    assert not window.saved_row.isVisible()


def test_an_empty_week_says_so_on_every_point(qtbot: Any, make_workspace: Any) -> None:
    class EmptySource(Source):
        def __call__(self, db: Database, monday: date, progress: Any, cancelled: Any) -> WeeklyReport:
            return empty_report(monday)

    window = _open(qtbot, make_workspace, EmptySource())
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    for row in (0, 1, 2, 5, 8):  # points 1, 2, 3, 6 and 9 have nothing but their sentence
        window.points.setCurrentRow(row)
        page = window.current_page()
        assert page.empty.isVisibleTo(window)
        assert not page.splitter.isVisibleTo(window)
    window.points.setCurrentRow(6)  # point 7 still shows its zeros
    assert window.current_page().splitter.isVisibleTo(window)
    window.points.setCurrentRow(0)
    assert window.current_page().empty.text() == "Nenhuma tarefa encerrada nesta semana."


def test_the_report_tables_pass_qtmodeltester(qtmodeltester: Any, qapp: Any) -> None:
    for section in report_sections(sample_report(tasks_next_week=20)):
        for table in section.tables:
            model = ReportTableModel()
            model.set_table(table)
            qtmodeltester.check(model, force_py=True)
    model = ReportTableModel()
    ans = report_sections(sample_report())[7].tables[0]
    model.set_table(ans)
    states = [model.index(r, 4).data(Role.STATE) for r in range(model.rowCount())]
    assert states == ["missed", "met", "missed", None, "met", "missed"]  # 87%, 95%, 82%, none, 93%, 84% (meta 90%)


def test_week_label_of_the_demo_day() -> None:
    assert week_label(DEMO_DAY) == "2026-W48"


@pytest.mark.usefixtures("private_settings")
@pytest.mark.parametrize(("login", "offered"), [("patricia.nogueira", True), ("claudia.moraes", True),
                                                ("fernanda", True), ("ana.souza", False), ("thiago.nunes", False)])
def test_the_reports_menu_opens_it_for_management_only(qtbot: Any, make_workspace: Any, monkeypatch: Any,
                                                       login: str, offered: bool) -> None:
    from PySide6.QtWidgets import QMenu

    from pitstop_desktop.views import main_window as main_window_module
    from pitstop_desktop.views.report import window as window_module

    source = Source()
    monkeypatch.setattr(window_module, "service_report", source)
    ctx = make_workspace(login)
    console = main_window_module.MainWindow(ctx, None, notifications=False, remember_layout=False)
    qtbot.addWidget(console)
    console.show()
    bar = console.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert ("&Relatórios" in titles) is offered
    assert (console.weekly_report_action is not None) is offered
    if not offered:
        return
    reports = next(a for a in bar.actions() if a.text() == "&Relatórios")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(reports).center())
    menu = reports.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    action = menu.actions()[0]
    assert action.text() == "Relatório semanal da gerência…"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    window = console.weekly_report
    assert isinstance(window, WeeklyReportWindow)
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    assert source.weeks == [PREVIOUS_MONDAY]
    assert window.isVisible()
    console.open_weekly_report()  # again: the one before is closed, one report window per console
    assert console.weekly_report is not window
    ctx.runner.wait_idle()


# The hand-worked fixture week (tests/services/test_weekly_report.py has its arithmetic), through the service the
# window calls by default, on SQLite and PostgreSQL.

from tests.services.weekly_fixture import (  # noqa: E402, F401 (fixture_week_db_url: the db fixture's database)
    GENERATED_AT,
    fixture_week_db_url,
)


def test_the_fixture_week_through_the_service(qtbot: Any, db: Database) -> None:
    from pitstop_desktop.models.clock import FixedClock
    from pitstop_desktop.services import people
    from pitstop_desktop.services.unit_of_work import current_policy
    from pitstop_desktop.views.tasks import TaskRunner
    from pitstop_desktop.views.workspace import Workspace

    gil = next(s for s in people.list_staff(db) if s.login == "gil")
    runner = TaskRunner()
    try:
        ctx = Workspace(db=db, runner=runner, user=gil, clock=FixedClock(GENERATED_AT), policy=current_policy(db))
        window = WeeklyReportWindow(ctx)  # Monday 23/11 08:00: the week that just ended, W47
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=20_000):
            window.show()
        assert window.week_edit.text() == "2026-W47"
        assert window.progress_bar.value() == 10  # the service said each of its ten sections
        window.points.setCurrentRow(2)  # 3: scheduled × realized per person (carla, davi, elis; bruna had nothing)
        page = window.current_page()
        assert page.charts[0].drawn_values() == [[5.5, 3.0, 0.0], [6.28, 2.67, 0.25]]
        assert page.charts[0].chart is not None and "Bruna" not in " ".join(page.charts[0].chart.categories)
        assert page.models[0].rowCount() == 4  # three people and the team
        team = [page.models[0].index(3, c).data() for c in range(5)]
        assert team == ["Equipe", "8 h 30 min", "9 h 12 min", "+42 min", "108%"]  # 510 and 552 minutes
        window.points.setCurrentRow(7)  # 8: ANS, the classes and tabs with something concluded on the charts
        page = window.current_page()
        assert page.charts[0].chart is not None and page.charts[0].chart.categories == ("2 Horas", "24 Horas")
        assert page.charts[1].chart is not None and page.charts[1].chart.categories == ("N1 - Rápida",
                                                                                        "N1 - Filiais")
        assert page.charts[0].drawn_values() == [[66.7, 33.3]]
        window.points.setCurrentRow(6)  # 7: demand × capacity
        figures = window.current_page().section
        assert figures is not None and dict(figures.figures)["Dias para zerar o acumulado"] == "2,7"
        assert dict(figures.figures)["Tempo médio em atendimento"] == "4 h 15 min"  # 1530 min ÷ 6 OCs
        assert window.current_page().charts[0].drawn_values() == [[34.0, 62.0]]  # 8 × 4 h 15 min; tito + carla
        window.close()
    finally:
        runner.wait_idle()
        runner.shutdown()
