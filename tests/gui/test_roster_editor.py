"""The roster editor (views/roster/) driven with real clicks and keys: the week's grid of a tab, selecting many days
and typing a shift, clearing, week navigation, copying the previous week, a person's usual week, a CSV import
with its report, live changes from another seat, who may open it — on the demo day (SQLite) and, for the live
feed and the server's roles, on the services' desk on SQLite and PostgreSQL.

The demo day is Tuesday 2026-11-24 (week 2026-W48). The help desk is on the roster that day and on every business
day of the 29 days before it (demo/month.py: the same shift and lunch as on the demo day, so the weekly report's
capacity has past weeks), from Monday 2026-10-26 (W44) to Monday 2026-11-23; the days after the demo day are empty.
Friday 2026-11-20 (2026-W47) and Monday 2026-11-02 (W45) are national holidays, off the roster.
"""

from __future__ import annotations

import faulthandler
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as QtTimeout
from sqlalchemy import text

from pitstop_desktop.db import Database
from pitstop_desktop.domain.roster import CellChange, Shift, parse_week, week_days
from pitstop_desktop.models.clock import FixedClock
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.models.roster import RosterRole
from pitstop_desktop.services import people, roster
from pitstop_desktop.services.unit_of_work import current_policy
from pitstop_desktop.views.main_window import MainWindow
from pitstop_desktop.views.roster import RosterEditor
from pitstop_desktop.views.tasks import TaskRunner
from pitstop_desktop.views.workspace import Workspace
from tests.gui.conftest import DEMO_DAY
from tests.services.helpers import DAY, at, desk_db_url  # noqa: F401  (fixture: db_url is the desk)

MakeContext = Callable[..., Workspace]
LEFT = Qt.MouseButton.LeftButton
PLAIN, SHIFT, CTRL = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
                      Qt.KeyboardModifier.ControlModifier)
SUPERVISOR = "claudia.moraes"
W47, W48, W49 = parse_week("2026-W47"), parse_week("2026-W48"), parse_week("2026-W49")
DESK_SHIFT = Shift(time(8), time(17), time(12), time(13))


def open_editor(qtbot: Any, ctx: Workspace, feed: LiveFeed | None = None, **kwargs: Any) -> RosterEditor:
    editor = RosterEditor(ctx, feed, **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()  # keys typed into it reach it, and focus follows, as when a person works in it
    with dumping_threads():
        qtbot.waitUntil(lambda: editor.model.week is not None or bool(editor.banner.text()), timeout=20_000)
        qtbot.waitUntil(editor.isActiveWindow, timeout=5_000)
    assert editor.banner.text() == "" and editor.model.week is not None
    ctx.runner.wait_idle()
    return editor


def settle(editor: RosterEditor) -> None:
    assert editor.ctx.runner.wait_idle()
    QApplication.processEvents()
    assert editor.ctx.runner.wait_idle()


def cell_point(editor: RosterEditor, name: str, day: date) -> QPoint:
    """The middle of the cell of the person shown as ``name`` on ``day``."""
    rows = [r[0] for r in editor.model.texts()]
    column = editor.model.column_of(day)
    assert column is not None, day
    return editor.table.visualRect(editor.model.index(rows.index(name), column)).center()


def click_cell(editor: RosterEditor, name: str, day: date, modifier: Qt.KeyboardModifier = PLAIN) -> None:
    QTest.mouseClick(editor.table.viewport(), LEFT, modifier, cell_point(editor, name, day))


def type_shift(editor: RosterEditor, *times: str) -> None:
    """Type the form's four times (an empty string leaves that field empty), as a person does: click, select
    all, type."""
    for edit, value in zip(editor.form.edits(), times, strict=True):
        QTest.mouseClick(edit, LEFT)
        QTest.keyClick(edit, Qt.Key.Key_A, CTRL)
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        QTest.keyClicks(edit, value)


def shifts(db: Database, monday: date, login: str) -> dict[date, Shift]:
    return roster.week(db, week=monday).by_person().get(login, {})


@contextmanager
def dumping_threads() -> Iterator[None]:
    """A wait that times out shows where every thread was (the database worker included)."""
    try:
        yield
    except QtTimeout:
        faulthandler.dump_traceback(all_threads=True)
        raise


def save_with(editor: RosterEditor, qtbot: Any, action: Callable[[], None]) -> str:
    with dumping_threads(), qtbot.waitSignal(editor.saved, timeout=20_000) as blocker:
        action()
    settle(editor)
    return str(blocker.args[0])


# The grid


def test_the_week_of_a_tab_with_its_closed_days(qtbot: Any, make_workspace: MakeContext) -> None:
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida")
    assert editor.week_label.text() == "Semana 2026-W48 · 23/11 a 29/11/2026"
    assert editor.tab_combo.currentData() == "n1_rapida"
    model = editor.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert titles == ["seg 23/11", "ter 24/11", "qua 25/11", "qui 26/11", "sex 27/11", "sáb 28/11\nfechado",
                      "dom 29/11\nfechado"]
    texts = {row[0]: row[1:] for row in model.texts()}
    # Monday from the month before the demo day, Tuesday the demo day's; nothing after it yet
    assert texts["Bruno Carvalho"] == ["08:00–17:00 · almoço 12:00–13:00"] * 2 + [""] * 5
    assert model.headerData(0, Qt.Orientation.Vertical) in texts
    saturday = model.index(0, 5)
    assert model.data(saturday, RosterRole.CLOSED) is True and model.data(saturday, Qt.ItemDataRole.BackgroundRole)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert editor.legend.isHidden()
    assert editor.count_label.text() == f"{len(texts)} de {len(texts)} pessoas na escala desta semana"


def test_a_supervisor_of_no_tab_starts_on_the_first_tab_and_can_see_everyone(qtbot: Any,
                                                                             make_workspace: MakeContext) -> None:
    ctx = make_workspace(SUPERVISOR)
    assert ctx.user.tabs == ()
    editor = open_editor(qtbot, ctx)
    assert (editor.tab, editor.tab_combo.currentIndex()) == ("n1_rapida", 0)
    rapida = len(editor.model.texts())
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        editor.tab_combo.setCurrentIndex(editor.tab_combo.count() - 1)  # "Todas as abas"
    assert editor.tab is None and len(editor.model.texts()) > rapida


def test_week_navigation_shows_holidays_in_the_header_and_the_legend(qtbot: Any,
                                                                     make_workspace: MakeContext) -> None:
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida")
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        QTest.mouseClick(editor.previous_button, LEFT)
    assert editor.week_label.text().startswith("Semana 2026-W47")
    friday = editor.model.column_of(date(2026, 11, 20))
    assert editor.model.headerData(friday, Qt.Orientation.Horizontal) == "sex 20/11\nferiado"
    assert "Consciência Negra" in editor.model.headerData(friday, Qt.Orientation.Horizontal,
                                                          Qt.ItemDataRole.ToolTipRole)
    assert editor.legend.isVisible()
    assert editor.legend.text().startswith("Feriados e exceções do calendário: sex 20/11 — ")
    texts = {row[0]: row[1:] for row in editor.model.texts()}  # the month's roster: Monday to Thursday
    assert texts["Bruno Carvalho"] == ["08:00–17:00 · almoço 12:00–13:00"] * 4 + [""] * 3  # not on the holiday
    assert all(not row[friday + 1] for row in editor.model.texts())
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        QTest.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.week_label.text().startswith("Semana 2026-W48")
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        QTest.mouseClick(editor.next_button, LEFT)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        QTest.mouseClick(editor.this_week_button, LEFT)
    assert editor.week_label.text().startswith("Semana 2026-W48")


# Editing many days at once


def test_select_days_with_clicks_and_apply_a_shift_with_enter(qtbot: Any, make_workspace: MakeContext,
                                                              demo_db: Database) -> None:
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida")
    names = [row[0] for row in editor.model.texts()]
    logins = [editor.model.person(i).login for i in range(3)]
    wednesday, friday = DEMO_DAY + timedelta(days=1), DEMO_DAY + timedelta(days=3)
    click_cell(editor, names[0], wednesday)
    click_cell(editor, names[2], friday, SHIFT)  # a block: three people × Wednesday to Friday
    assert len(editor.selected_cells()) == 9
    assert editor.form.count_label.text() == "9 dia(s) selecionado(s)."
    type_shift(editor, "08:00", "17:00", "12:00", "13:00")
    message = save_with(editor, qtbot, lambda: QTest.keyClick(editor.form.lunch_end, Qt.Key.Key_Return))
    assert message == "9 dia(s) definido(s), 0 dia(s) limpo(s)."
    assert editor.banner.text() == message
    for login in logins:
        days = shifts(demo_db, W48, login)
        assert all(days[wednesday + timedelta(days=i)] == DESK_SHIFT for i in range(3)), login
    texts = {row[0]: row[1:] for row in editor.model.texts()}
    assert texts[names[1]][2:5] == ["08:00–17:00 · almoço 12:00–13:00"] * 3
    assert len(editor.selected_cells()) == 9  # the selection stays for the next change
    with demo_db.engine.connect() as conn:
        actors = {actor for actor, detail in conn.execute(text(
            "SELECT actor, detail FROM audit_events WHERE entity = 'roster' AND detail LIKE '%2026-11-26%'"))
            if detail.split()[0] in logins}  # the consulting team's roster (demo/consulting.py) is the admin's
    assert actors == {SUPERVISOR}


def test_ctrl_click_adds_days_and_a_shift_without_lunch(qtbot: Any, make_workspace: MakeContext,
                                                       demo_db: Database) -> None:
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida")
    name = editor.model.texts()[1][0]
    login = editor.model.person(1).login
    monday, thursday = W48, W48 + timedelta(days=3)
    click_cell(editor, name, monday)
    click_cell(editor, name, thursday, CTRL)
    assert editor.selected_cells() == [(login, monday), (login, thursday)]
    type_shift(editor, "9:00", "13:00", "", "")
    save_with(editor, qtbot, lambda: QTest.mouseClick(editor.form.apply_button, LEFT))
    days = shifts(demo_db, W48, login)
    assert days[monday] == days[thursday] == Shift(time(9), time(13))
    assert editor.model.texts()[1][1] == "09:00–13:00"


def test_the_form_starts_from_the_current_day_and_refuses_a_bad_shift_beside_it(
        qtbot: Any, make_workspace: MakeContext, demo_db: Database) -> None:
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida")
    name, login = editor.model.texts()[1][0], editor.model.person(1).login
    before = shifts(demo_db, W48, login)
    click_cell(editor, name, DEMO_DAY)
    shown = before[DEMO_DAY]
    assert [e.text() for e in editor.form.edits()] == [f"{t:%H:%M}" for t in
                                                       (shown.start, shown.end, shown.lunch_start, shown.lunch_end)]
    QTest.keyClick(editor.table, Qt.Key.Key_Return)  # Enter on the grid: type the shift
    assert editor.form.start.hasFocus()
    type_shift(editor, "17:00", "08:00", "", "")
    QTest.keyClick(editor.form.end, Qt.Key.Key_Return)
    assert editor.form.error.text() == "O fim do turno vem depois do início."
    type_shift(editor, "08:00", "17:00", "16:00", "18:00")
    QTest.keyClick(editor.form.end, Qt.Key.Key_Return)
    assert editor.form.error.text() == "O almoço precisa ficar dentro do turno."
    type_shift(editor, "08:00", "17:00", "12:00", "")
    QTest.keyClick(editor.form.end, Qt.Key.Key_Return)
    assert editor.form.error.text() == "Informe o início e o fim do almoço, ou nenhum dos dois."
    type_shift(editor, "8h", "17:00", "", "")
    QTest.keyClick(editor.form.end, Qt.Key.Key_Return)
    assert editor.form.error.text() == "Horário inválido: '8h' (use HH:MM)"
    settle(editor)
    assert shifts(demo_db, W48, login) == before and editor.banner.text() == ""


def test_delete_clears_the_selected_days(qtbot: Any, make_workspace: MakeContext, demo_db: Database) -> None:
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida")
    names = [row[0] for row in editor.model.texts()]
    click_cell(editor, names[0], DEMO_DAY)
    click_cell(editor, names[1], DEMO_DAY, SHIFT)
    message = save_with(editor, qtbot, lambda: QTest.keyClick(editor.table, Qt.Key.Key_Delete))
    assert message == "0 dia(s) definido(s), 2 dia(s) limpo(s)."
    assert [row[2] for row in editor.model.texts()[:2]] == ["", ""]
    assert all(DEMO_DAY not in shifts(demo_db, W48, editor.model.person(i).login) for i in range(2))


# Whole weeks


def test_copy_the_previous_week_onto_an_empty_week(qtbot: Any, make_workspace: MakeContext,
                                                   demo_db: Database) -> None:
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida")
    monday, tuesday = [row[1] for row in editor.model.texts()], [row[2] for row in editor.model.texts()]
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        QTest.mouseClick(editor.next_button, LEFT)
    assert all(not any(row[1:]) for row in editor.model.texts())
    asked: list[str] = []
    editor.confirm = lambda question: asked.append(question) or True  # type: ignore[method-assign,func-returns-value]
    message = save_with(editor, qtbot, lambda: QTest.mouseClick(editor.copy_button, LEFT))
    assert asked == []  # nothing to replace: no question
    copied = sum(1 for text in monday + tuesday if text)  # W48 has its Monday (the month's) and the demo day
    assert message == f"Copiada a semana 2026-W48: {copied} dia(s) definido(s), 0 dia(s) limpo(s)."
    assert [row[1] for row in editor.model.texts()] == monday
    assert [row[2] for row in editor.model.texts()] == tuesday
    login = editor.model.person(0).login
    assert shifts(demo_db, W49, login) == {W49 + timedelta(days=i): shifts(demo_db, W48, login)[W48 + timedelta(days=i)]
                                           for i in range(2)}


def test_copying_over_a_planned_week_asks_first(qtbot: Any, make_workspace: MakeContext, demo_db: Database) -> None:
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida")  # W48 has its Tuesday
    asked: list[str] = []
    editor.confirm = lambda question: asked.append(question) or False  # type: ignore[method-assign,func-returns-value]
    before = roster.week(demo_db, week=W48, tab="n1_rapida")
    QTest.mouseClick(editor.copy_button, LEFT)
    settle(editor)
    assert len(asked) == 1 and asked[0].startswith("A semana 2026-W48 já tem escala.")
    assert roster.week(demo_db, week=W48, tab="n1_rapida") == before


def test_the_usual_week_of_the_selected_person(qtbot: Any, make_workspace: MakeContext, demo_db: Database) -> None:
    w46 = parse_week("2026-W46")
    usual = Shift(time(7, 30), time(16, 30), time(11), time(12))
    roster.set_cells(demo_db, actor=SUPERVISOR, changes=[CellChange("bruno.carvalho", d, usual)
                                                         for d in week_days(w46)[:5]])
    # the month gave Ana complete weeks too (W44 and W46; W45 and W47 have a holiday): a day off in each leaves
    # her without a usual week
    roster.set_cells(demo_db, actor=SUPERVISOR, changes=[CellChange("ana.souza", week_days(w)[2], None)
                                                         for w in (parse_week("2026-W44"), w46)])
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida", day=W49)
    names = {editor.model.person(i).login: row[0] for i, row in enumerate(editor.model.texts())}
    QTest.mouseClick(editor.usual_button, LEFT)  # nobody selected: it says so
    assert editor.banner.text().startswith("Selecione a pessoa")
    click_cell(editor, names["bruno.carvalho"], W49 + timedelta(days=2))
    click_cell(editor, names["ana.souza"], W49 + timedelta(days=2), CTRL)
    message = save_with(editor, qtbot, lambda: QTest.mouseClick(editor.usual_button, LEFT))
    assert message == ("Ana Paula Souza: Não há semana completa de ana.souza na escala nas 26 semanas antes de "
                       "2026-W49; monte a escala à mão ou copie outra semana. Bruno Carvalho: semana habitual 2026-W46 "
                       "aplicada (5 dia(s) definido(s), 0 limpo(s)).")
    assert shifts(demo_db, W49, "bruno.carvalho") == {d: usual for d in week_days(W49)[:5]}
    assert shifts(demo_db, W49, "ana.souza") == {}


def test_import_a_csv_and_read_the_report(qtbot: Any, make_workspace: MakeContext, demo_db: Database,
                                          tmp_path: Path) -> None:
    path = tmp_path / "escala dezembro.csv"
    path.write_bytes("login;date;start;end;lunch_start;lunch_end\n"
                     "bruno.carvalho;2026-12-01;08:00;17:00;12:00;13:00\n"
                     "ninguem;2026-12-01;08:00;17:00;;\n"
                     "ana.souza;2026-12-01;17:00;08:00;;\n"
                     "ana.souza;2026-12-02;08:00;14:00;;\n".encode("cp1252"))
    editor = open_editor(qtbot, make_workspace(SUPERVISOR), tab="n1_rapida", day=W49)
    editor.choose_file = lambda: str(path)  # type: ignore[method-assign]  # the file dialog's answer
    assert editor.report.isHidden()
    save_with(editor, qtbot, lambda: QTest.mouseClick(editor.import_button, LEFT))
    assert editor.report.isVisible()
    assert editor.report.summary.text() == ("escala dezembro.csv: 2 linha(s) aplicada(s) — 2 dia(s) definido(s), "
                                            "0 limpo(s). 2 linha(s) recusada(s); corrija-as e importe o arquivo "
                                            "de novo.")
    assert editor.report.texts() == ["linha 3: Pessoa desconhecida: 'ninguem'",
                                     "linha 4: O fim do turno vem depois do início."]
    assert shifts(demo_db, W49, "bruno.carvalho") == {date(2026, 12, 1): DESK_SHIFT}
    texts = {editor.model.person(i).login: row for i, row in enumerate(editor.model.texts())}
    assert texts["ana.souza"][3] == "08:00–14:00"  # shown at once
    QTest.mouseClick(editor.report.close_button, LEFT)
    assert editor.report.isHidden()


# Who may, and the live feed


def test_someone_who_is_not_management_is_told_why(qtbot: Any, make_workspace: MakeContext,
                                                  demo_db: Database) -> None:
    editor = open_editor(qtbot, make_workspace("fernanda"), tab="n1_rapida")  # APOIO: reads, never plans
    click_cell(editor, editor.model.texts()[0][0], DEMO_DAY)
    before = roster.week(demo_db, week=W48)
    save_with(editor, qtbot, lambda: QTest.keyClick(editor.table, Qt.Key.Key_Delete))
    assert editor.banner.text() == ("Só a gestão (gestor técnico, supervisor ou administrador) muda a escala; seu "
                                    "papel: APOIO da gestão.")
    assert roster.week(demo_db, week=W48) == before


@pytest.mark.parametrize(("login", "visible"), [("claudia.moraes", True), ("patricia.nogueira", True),
                                                ("fernanda", False), ("ana.souza", False), ("felipe.gomes", False)])
def test_the_console_menu_opens_it_for_management(qtbot: Any, make_workspace: MakeContext, private_settings: Path,
                                                  login: str, visible: bool) -> None:
    window = MainWindow(make_workspace(login), None, remember_layout=False, notifications=False)
    qtbot.addWidget(window)
    assert (window.roster_action is not None) == visible
    if not visible:
        return
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.actions()[0] is window.roster_action
    assert window.roster_action.text() == "Escala da semana…"
    window.show()
    qtbot.waitExposed(window)
    bar = window.menuBar()
    QTest.mouseClick(bar, LEFT, PLAIN, bar.actionGeometry(bar.actions()[0]).center())  # opens "Arquivo"
    qtbot.waitUntil(file_menu.isVisible, timeout=5_000)
    QTest.mouseClick(file_menu, LEFT, PLAIN, file_menu.actionGeometry(window.roster_action).center())
    qtbot.waitUntil(lambda: window.roster_editor is not None and window.roster_editor.isVisible(), timeout=5_000)
    editor = window.roster_editor
    assert isinstance(editor, RosterEditor) and editor.feed is window.feed
    assert window.open_roster() is editor  # one per console
    window.ctx.runner.wait_idle()


@pytest.fixture
def desk_workspace(db: Database, qtbot: Any) -> Iterator[Workspace]:
    """The services' desk (SQLite and PostgreSQL) seen by sara, its supervisor, at 10:00 of its Tuesday."""
    runner = TaskRunner()
    user = next(s for s in people.list_staff(db) if s.login == "sara")
    yield Workspace(db=db, runner=runner, user=user, clock=FixedClock(at(10, 0)), policy=current_policy(db))
    runner.wait_idle()
    runner.shutdown()


def test_changes_from_another_seat_appear_live_and_keep_the_selection(qtbot: Any, desk_workspace: Workspace) -> None:
    ctx, db = desk_workspace, desk_workspace.db
    feed = LiveFeed.watching(db, ctx.runner.submit)
    try:
        if db.is_postgres:
            assert feed.watcher is not None
            with qtbot.waitSignal(feed.watcher.listening, timeout=10_000):
                feed.start()
        else:
            feed.start()
        editor = open_editor(qtbot, ctx, feed, tab="n1_rapida")
        assert [row[0] for row in editor.model.texts()] == ["Ana Atendente", "Caio Técnico", "Duda Técnica"]
        click_cell(editor, "Caio Técnico", DAY)
        resets: list[bool] = []
        editor.model.modelReset.connect(lambda: resets.append(True))
        other = Database(db.url.render_as_string(hide_password=False))  # another seat
        try:
            with qtbot.waitSignal(editor.loaded, timeout=10_000):
                roster.set_cells(other, actor="gil", changes=[CellChange("duda", DAY, Shift(time(13), time(22)))],
                                 at=at(10, 1))
        finally:
            other.dispose()
        assert editor.model.texts()[2][2] == "13:00–22:00"
        assert editor.selected_cells() == [("caio", DAY)] and not resets
        # and this seat's own change, as sara on the office server's roles
        type_shift(editor, "07:00", "16:00", "11:00", "12:00")
        save_with(editor, qtbot, lambda: QTest.keyClick(editor.form.start, Qt.Key.Key_Return))
        assert shifts(db, W48, "caio") == {DAY: Shift(time(7), time(16), time(11), time(12))}
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT actor FROM audit_events WHERE entity = 'roster' ORDER BY id DESC "
                                     "LIMIT 1")).scalar_one() == "sara"
    finally:
        feed.stop()
