"""`pitstop screenshots --out DIR`: every main view rendered offscreen from the demo day at 14:30.

Always a fresh temporary demo database on a fixed day, so the pictures in the README are reproducible.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time as clock
from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QWidget

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.demo import day as demo
from pitstop_desktop.models.clock import FixedClock
from pitstop_desktop.services import people
from pitstop_desktop.views.tasks import TaskRunner
from pitstop_desktop.views.workspace import Workspace

DEMO_DAY = date(2026, 11, 24)
SUPERVISOR, MANAGER, APOIO = "claudia.moraes", "patricia.nogueira", "fernanda"
TECHNICIAN, ATTENDANT = "thiago.nunes", "ana.souza"
CONSOLE_SIZES = ((1366, 768), (1920, 1080))
INTAKE, CONSULTANT = "bruno.carvalho", "camila.rocha"


def _settle(runner: TaskRunner, rounds: int = 3) -> None:
    for _ in range(rounds):
        runner.wait_idle(30_000)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _until(done: Callable[[], bool], runner: TaskRunner, timeout_s: float = 30.0) -> None:
    deadline = clock.monotonic() + timeout_s
    while not done() and clock.monotonic() < deadline:
        runner.wait_idle(1_000)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def render_screenshots(out: Path, *, progress: Callable[[str], None] = print) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")  # never the user's passwords
    from pitstop_desktop.views.agenda import AgendaWindow
    from pitstop_desktop.views.app import application, build_context, install_translations
    from pitstop_desktop.views.gauges import GaugePanel
    from pitstop_desktop.views.main_window import MainWindow
    from pitstop_desktop.views.occurrence_dialog import OccurrenceDialog
    from pitstop_desktop.views.offer_picker import OfferPicker
    from pitstop_desktop.views.password_dialog import PasswordDialog
    from pitstop_desktop.views.sign_in import SignInDialog
    from pitstop_desktop.views.timeline import TimelineWidget
    from pitstop_desktop.views.wallboard import Wallboard

    app = application()
    install_translations(app, "pt_BR")
    previous = qInstallMessageHandler(_quiet_offscreen)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'demo.db'}")
        progress("carregando o dia de demonstração…")
        upgrade(db)
        demo.load_demo(db, day=DEMO_DAY)
        staff = {s.login: s for s in people.list_staff(db)}
        runner = TaskRunner()
        try:
            def context(login: str) -> Workspace:
                ctx = build_context(db, runner, staff[login])
                ctx.clock = FixedClock(datetime.combine(DEMO_DAY, time(14, 30), tzinfo=ctx.policy.calendar.tz))
                return ctx

            def save(widget: QWidget, name: str, width: int, height: int) -> None:
                widget.resize(width, height)
                widget.show()
                _settle(runner)
                path = out / f"{name}.png"
                widget.grab().save(str(path))
                saved.append(path)
                progress(f"  {path}")

            # the demo database's sign-in: its people offered, the supervisor chosen
            sign_in = SignInDialog(db, runner)
            sign_in.show()
            _settle(runner)
            sign_in.demo_people.setCurrentIndex(sign_in.demo_people.findData(SUPERVISOR))
            sign_in.login.setText(SUPERVISOR)
            sign_in.password.setFocus()
            save(sign_in, "sign-in", 460, 290)
            sign_in.close()

            # each role's console on a 1366×768 laptop and a 1920×1080 monitor (issue 10: layouts shaped by role)
            for login, role in ((ATTENDANT, "attendant"), (SUPERVISOR, "supervisor"), (MANAGER, "manager"),
                                (APOIO, "apoio")):
                for width, height in CONSOLE_SIZES:
                    window = MainWindow(context(login), None, remember_layout=False, notifications=False)
                    window.resize(width, height)
                    loaded: list[int] = []
                    window.refreshed.connect(loaded.append)  # the board's pages all in (they follow the paint)
                    window.show()
                    window.start()
                    _until(lambda loaded=loaded: bool(loaded), runner)  # type: ignore[misc]
                    panel = window.gauges  # and its chart (pyqtgraph is imported in the background)
                    _until(lambda panel=panel: not panel.chart_pending, runner)  # type: ignore[misc]
                    save(window, f"console-{role}-{width}x{height}", width, height)
                    if login == SUPERVISOR and width == 1920:
                        window.board.only_at_risk.setChecked(True)
                        save(window, "board-at-risk", width, height)
                    window.close()

            ctx = context(SUPERVISOR)
            timeline = TimelineWidget(ctx)
            timeline.refresh()
            save(timeline, "timeline", 1600, 900)
            gauges = GaugePanel(ctx)
            gauges.refresh()
            _until(lambda: gauges.trend_chart is not None, runner)  # the trend read and pyqtgraph imported
            save(gauges, "gauges", 1500, 430)
            number = _richest_history(db)
            dialog = OccurrenceDialog(context(MANAGER), number)
            save(dialog, "occurrence", 1000, 760)
            booked = OccurrenceDialog(context(SUPERVISOR), _a_future_booking(db, DEMO_DAY))
            save(booked, "occurrence-appointment", 1000, 760)  # Desmarcar, Remarcar… (FAQ 7037)
            booked.close()
            _presence_correction_screenshot(context, save, runner)
            picker = OfferPicker(context(SUPERVISOR), _an_open_number(db))
            save(picker, "offer-picker", 1000, 520)
            agenda = AgendaWindow(context(_busiest_technician(db)), None, notifications=False)
            agenda.start()
            _settle(runner)
            save(agenda, "agenda", 683, 740)  # half of a 1366×768 screen, beside the other programs
            agenda.close()
            password = PasswordDialog(context(SUPERVISOR))
            password.new.setText("curta")
            password.again.setText("outra")
            password._try()  # the two differ: the dialog says so beside the fields
            save(password, "password", 420, 200)
            wallboard = Wallboard(ctx)
            wallboard.refresh()
            save(wallboard, "wallboard", 1920, 1080)
            _intake_screenshots(db, context, save, runner, Path(tmp))
            _roster_screenshot(db, context, save)
            _weekly_report_screenshots(context, save, out, saved, progress)
            _consulting_week_screenshots(db, context, save)
        finally:
            _settle(runner)
            runner.shutdown()
            db.dispose()
            qInstallMessageHandler(previous)
    return saved


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform warns about size hints for every window; nothing to act on here."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _busiest_technician(db: Database) -> str:
    """The person with a pending offer and the most open OCs: the agenda's screenshot shows every part."""
    from sqlalchemy import func, select

    from pitstop_desktop.db.orm import OccurrenceRow, OfferRow, StaffRow
    from pitstop_desktop.domain.codes import OfferAnswer, Status

    with db.read() as session:
        offered = select(OfferRow.to_id).where(OfferRow.answer == OfferAnswer.PENDING.value)
        login = session.scalar(
            select(StaffRow.login).join(OccurrenceRow, OccurrenceRow.assignee_id == StaffRow.id)
            .where(StaffRow.id.in_(offered), OccurrenceRow.status != Status.CLOSED.value)
            .group_by(StaffRow.login).order_by(func.count().desc(), StaffRow.login).limit(1))
    return str(login or TECHNICIAN)


def _richest_history(db: Database) -> int:
    from sqlalchemy import func, select

    from pitstop_desktop.db.orm import AuditRow, OccurrenceRow

    with db.read() as session:
        row = session.execute(
            select(OccurrenceRow.number, func.count(AuditRow.id)).join(
                AuditRow, AuditRow.occurrence_id == OccurrenceRow.id)
            .where(OccurrenceRow.status != "closed")
            .group_by(OccurrenceRow.number).order_by(func.count(AuditRow.id).desc(), OccurrenceRow.number).limit(1)
        ).first()
    return int(row[0]) if row else 1


def _a_future_booking(db: Database, day: date) -> int:
    """An open OC whose appointment (FAQ 7037) is still ahead at 14:30: its dialog offers Desmarcar, Remarcar…"""
    from zoneinfo import ZoneInfo

    from sqlalchemy import select

    from pitstop_desktop.db.orm import BookingRow, OccurrenceRow

    at = datetime.combine(day, time(14, 30), tzinfo=ZoneInfo("America/Sao_Paulo"))
    with db.read() as session:
        number = session.scalar(select(OccurrenceRow.number).join(
            BookingRow, BookingRow.occurrence_id == OccurrenceRow.id).where(
            BookingRow.starts_at > at, OccurrenceRow.status != "closed").order_by(BookingRow.starts_at).limit(1))
    return int(number or 1)


def _presence_correction_screenshot(context: Callable[[str], Workspace],
                                    save: Callable[[QWidget, str, int, int], None], runner: TaskRunner) -> None:
    """A supervisor correcting the demo's forgotten logout (Sérgio Mendes, shift 07:30–13:30); the time typed is
    after 14:30, so the refusal shows beside it."""
    from PySide6.QtCore import QTime

    from pitstop_desktop.views.presence_correction import PresenceCorrectionDialog

    dialog = PresenceCorrectionDialog(context(SUPERVISOR), demo.FORGOT_LOGOUT)
    _settle(runner)  # the people read, the dialog ready
    dialog.kind.setCurrentIndex(dialog.kind.findData("logout"))
    dialog.reason.setText("esqueceu de encerrar o dia no sistema")
    dialog.time.setTime(QTime(15, 0))
    dialog.confirm()
    save(dialog, "presence-correction-refused", 520, 360)
    dialog.time.setTime(QTime(13, 35))
    save(dialog, "presence-correction", 520, 330)
    dialog.close()


def _an_open_number(db: Database) -> int:
    from sqlalchemy import select

    from pitstop_desktop.db.orm import OccurrenceRow

    with db.read() as session:
        number = session.scalar(select(OccurrenceRow.number).where(
            OccurrenceRow.status == "open", OccurrenceRow.assignee_id.is_(None), OccurrenceRow.tab == "n1_rapida")
            .order_by(OccurrenceRow.number).limit(1))
    return int(number or 1)


def _intake_screenshots(db: Database, context: Callable[[str], Workspace],
                        save: Callable[[QWidget, str, int, int], None], runner: TaskRunner, tmp: Path) -> None:
    """The intake window (`pitstop intake`) in its states; the outage is a refused connection, as in the tests."""
    import sqlite3

    from sqlalchemy import event

    from pitstop_desktop.services import intake, occurrences
    from pitstop_desktop.services.outbox import Outbox
    from pitstop_desktop.views.intake import IntakeWindow

    width, height = 1280, 800
    outbox = Outbox(tmp / "outbox.db")
    down = [False]

    def refuse(*_args: object) -> None:
        if down[0]:
            raise sqlite3.OperationalError("unable to open database file")

    event.listen(db.engine, "do_connect", refuse)
    window = IntakeWindow(context(INTAKE), outbox, replay_interval_ms=3_600_000)
    window.confirm_quit = lambda pending: True  # type: ignore[method-assign]  # no quit dialog in a screenshot run
    try:
        window.resize(width, height)
        window.show()
        window.start()
        save(window, "intake-empty", width, height)

        window.search.setText("atacad")
        window.controller.pick_current()
        window.summary.setPlainText("Cliente liga de novo: a NF-e continua rejeitada (539) no caixa 3.")
        save(window, "intake-client", width, height)

        window.complementary.setCurrentIndex(1)
        save(window, "intake-complementary", width, height)
        window.complementary.setCurrentIndex(0)  # saved as a call of its own: the hand-over is offered
        window.controller.save()
        save(window, "intake-saved", width, height)

        window.controller.new_call()
        window.search.setText("C1014")
        window.controller.pick_current()
        window.summary.setPlainText("Instalação do PDV no caixa novo; cliente prefere à tarde.")
        window.tab.setCurrentIndex(window.tab.findData("n1_filiais"))
        picker = window.controller.open_slot_picker()
        if picker is not None:
            save(picker, "intake-slot-picker", 640, 520)
            picker.pick_selected()
            _settle(runner)
        taken = window.controller.slot
        if taken is not None:  # someone else books it before this attendant saves
            occurrences.register_call(db, actor="tatiane.melo", client="C1005", channel="phone",
                                      kind="installation", summary="Agendado por outra atendente", tab="n1_filiais",
                                      slot=taken.start, technician=taken.technician, at=window.ctx.clock.now())
            window.controller.save()
            _settle(runner)
            save(window, "intake-slot-taken", width, height)
            if window.controller.slot_picker is not None:
                window.controller.slot_picker.close()

        window.controller.new_call()
        window.search.setText("C1016")
        window.controller.pick_current()
        window.summary.setPlainText("Backup automático não rodou esta noite; aviso de falha no servidor.")
        _settle(runner)
        down[0] = True
        db.dispose()
        window.controller.save()
        save(window, "intake-pending", width, height)
        down[0] = False
        window.controller.replay_now()
        _settle(runner)
        window.close()

        team = intake.consulting_team(db)  # the demo's own (demo/consulting.py), given back afterwards
        intake.set_consulting_team(db, [CONSULTANT])
        ura = IntakeWindow(context(CONSULTANT), outbox, replay_interval_ms=3_600_000)
        ura.resize(width, height)
        ura.show()
        ura.start()
        _settle(runner)
        ura.search.setText("3608-9118")  # Ótica Visão Clara, not a consulting client
        ura.controller.pick_current()
        save(ura, "intake-ura", width, height)
        ura.close()
        intake.set_consulting_team(db, team)
    finally:
        event.remove(db.engine, "do_connect", refuse)
        window.close()
        outbox.close()


def _roster_screenshot(db: Database, context: Callable[[str], Workspace],
                       save: Callable[[QWidget, str, int, int], None]) -> None:
    """The roster editor planning Christmas week: the week before is the demo day's shifts every weekday, the
    supervisor copies it (Friday 25/12 is a holiday and keeps its empty column) and selects Thursday 24/12 to give
    everyone a short day."""
    from datetime import timedelta

    from pitstop_desktop.domain.roster import CellChange, week_days
    from pitstop_desktop.services import roster
    from pitstop_desktop.views.roster import RosterEditor

    tab, christmas_week = "n1_rapida", date(2026, 12, 21)
    demo_week = roster.week(db, week=DEMO_DAY, tab=tab)
    before = week_days(christmas_week - timedelta(weeks=1))[:5]
    roster.set_cells(db, actor=SUPERVISOR, changes=[CellChange(c.login, day, c.shift) for c in demo_week.cells
                                                    if c.day == DEMO_DAY for day in before])
    editor = RosterEditor(context(SUPERVISOR), None, day=christmas_week, tab=tab)
    editor.resize(1366, 768)
    editor.show()
    _settle(editor.ctx.runner)
    editor.copy_previous_week()
    _settle(editor.ctx.runner)
    eve = christmas_week + timedelta(days=3)
    people = [editor.model.person(row).login for row in range(editor.model.rowCount())]
    editor.select_cells([(login, eve) for login in people])
    for field, value in zip(editor.form.edits(), ("08:00", "13:00", "", ""), strict=True):
        field.setText(value)
    save(editor, "roster-editor", 1366, 768)
    editor.close()


def _weekly_report_screenshots(context: Callable[[str], Workspace], save: Callable[[QWidget, str, int, int], None],
                               out: Path, saved: list[Path], progress: Callable[[str], None]) -> None:
    """The weekly management report of the week before the demo day (2026-W47) as a manager sees it, at
    1366×768 and 1920×1080 (three of its points), and its PDF's pages (``pdftoppm`` when poppler is installed,
    otherwise the same layout painted by ``render_weekly_pages``)."""
    import shutil
    import subprocess

    from pitstop_desktop.views.report.pdf import render_weekly_pages, write_weekly_pdf
    from pitstop_desktop.views.report.window import WeeklyReportWindow

    window = WeeklyReportWindow(context(MANAGER))
    for (width, height), points in zip(CONSOLE_SIZES, ((0, 2, 7), (3, 6, 8)), strict=True):
        window.resize(width, height)
        window.show()
        _until(lambda: window.report is not None, window.ctx.runner)
        for point in points:
            window.points.setCurrentRow(point)
            save(window, f"weekly-report-{point + 1}-{width}x{height}", width, height)
    report = window.report
    window.close()
    if report is None:
        return
    for old in out.glob("weekly-report-pdf-*.png"):
        old.unlink()
    pdf = out / "weekly-report.pdf"
    pages = write_weekly_pdf(report, pdf, tz=window.ctx.policy.calendar.tz)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(out / "weekly-report-pdf")], check=True)
        pictures = sorted(out.glob("weekly-report-pdf-*.png"))
    else:
        pictures = []
        for number, image in enumerate(render_weekly_pages(report, dpi=80, tz=window.ctx.policy.calendar.tz), 1):
            path = out / f"weekly-report-pdf-{number}.png"
            image.save(str(path))
            pictures.append(path)
    pdf.unlink()
    saved.extend(pictures)
    progress(f"  {len(pictures)} de {pages} páginas do PDF em {out}/weekly-report-pdf-*.png")


# consulting-week: the consulting team's week (issue 12)

CONSULTING_WEEK_SIZES = ((1366, 768), (1920, 1080))


def _seed_consulting_week(db: Database) -> str:
    """A consulting week when the demo has none (its own weeks come from demo/consulting.py): three people of the
    demo in the team, their work plan, tasks and conferences through the week, a contact running for the first of
    them and a Skype client waiting. Returns the login the window is opened as."""
    from datetime import timedelta

    from pitstop_desktop.domain.consulting import week_monday
    from pitstop_desktop.services import contacts, intake, tasks, work_plan

    team = sorted(intake.consulting_team(db))
    monday = week_monday(DEMO_DAY)
    tz = current_tz(db)
    if team and tasks.list_tasks(db, start=_at(monday, 0, tz), end=_at(monday + timedelta(days=7), 0, tz)):
        return team[0]
    team = [CONSULTANT, "bruno.carvalho", "eduarda.pires"]
    intake.set_consulting_team(db, team)
    for login, plan in zip(team, (
            (("document", 600), ("analysis", 300), ("conference", 180), ("test", 240)),
            (("monitoring", 480), ("review", 240), ("knowledge_base", 300)),
            (("identify_bug", 360), ("deliver_request", 300), ("post_consulting", 240))), strict=True):
        for kind, minutes in plan:
            work_plan.set_plan(db, actor=MANAGER, login=login, week=monday, task_type=kind, minutes=minutes)
    hours = (9, 10.5, 14, 16)
    kinds = {CONSULTANT: ("document", "analysis", "test", "document"),
             "bruno.carvalho": ("monitoring", "review", "knowledge_base", "monitoring"),
             "eduarda.pires": ("identify_bug", "deliver_request", "post_consulting", "identify_bug")}
    at_monday = datetime.combine(monday, time(8), tzinfo=tz)
    for d in range(5):
        day = monday + timedelta(days=d)
        for i, login in enumerate(team):
            for j, hour in enumerate(hours):
                if (d + i + j) % 3 == 2:
                    continue
                start = datetime.combine(day, time(int(hour), int(hour % 1 * 60)), tzinfo=tz)
                length = timedelta(minutes=60 + 30 * ((d + j) % 3))
                task = tasks.add_task(db, actor=MANAGER, type=kinds[login][j], owner=login,
                                      planned_start=start, planned_end=start + length, at=at_monday)
                if day < DEMO_DAY:
                    tasks.start_task(db, actor=login, task_id=task.id, at=start)
                    tasks.stop_task(db, actor=login, task_id=task.id, at=start + length)
    for d, login, client in ((1, CONSULTANT, "C1002"), (3, "bruno.carvalho", "C1007"), (2, "eduarda.pires", "C1002")):
        start = datetime.combine(monday + timedelta(days=d), time(11, 30), tzinfo=tz)
        contacts.schedule_contact(db, actor=login, channel="conference", client=client, planned_start=start,
                                  planned_end=start + timedelta(minutes=30), contact_person="Marcos Lima",
                                  subject="Retorno da homologação", at=at_monday)
    now = datetime.combine(DEMO_DAY, time(14, 30), tzinfo=tz)
    contacts.start_contact(db, actor=CONSULTANT, channel="phone", client="C1002", contact_person="Marcos Lima",
                           subject="Dúvida no fechamento de caixa", at=now - timedelta(minutes=12, seconds=34))
    contacts.ask_to_wait(db, actor=CONSULTANT, client="C1007", contact_person="Juliana Prado",
                         at=now - timedelta(minutes=6, seconds=40))
    return CONSULTANT


def _at(day: date, hour: int, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=tz)


def current_tz(db: Database) -> tzinfo:
    from pitstop_desktop.services.unit_of_work import current_policy

    return current_policy(db).calendar.tz


def _consulting_week_screenshots(db: Database, context: Callable[[str], Workspace],
                                 save: Callable[[QWidget, str, int, int], None]) -> None:
    """The consulting week (Agenda da consultoria) at 14:30 of the demo day, at 1366×768 and 1920×1080."""
    from pitstop_desktop.views.consulting import ConsultingWeekWindow

    login = _seed_consulting_week(db)
    for width, height in CONSULTING_WEEK_SIZES:
        window = ConsultingWeekWindow(context(login), None)
        window.resize(width, height)
        window.show()
        _settle(window.ctx.runner)
        window.tick()
        save(window, f"consulting-week-{width}x{height}", width, height)
        window.close()
    _consulting_meetings_screenshots(db, context, save, login)


# consulting-meetings: meetings with rooms and pauta, the Salas tab, the work plan editor


def _consulting_meetings_screenshots(db: Database, context: Callable[[str], Workspace],
                                     save: Callable[[QWidget, str, int, int], None], login: str) -> None:
    """The Salas tab of the week, "Agendar reunião…" refused beside the room (a slot taken), and "Plano de
    trabalho…" as a manager with an edited cell, all at 1366×768 (the dialogs at their own size)."""
    from datetime import timedelta

    from pitstop_desktop.domain.consulting import week_monday
    from pitstop_desktop.services import contacts, rooms
    from pitstop_desktop.views.consulting import ConsultingWeekWindow
    from pitstop_desktop.views.consulting.meeting_form import MeetingDialog

    tz = current_tz(db)
    wednesday = week_monday(DEMO_DAY) + timedelta(days=2)
    now = datetime.combine(DEMO_DAY, time(14, 30), tzinfo=tz)
    if not rooms.rooms(db):  # the demo's rooms when it has none (demo/consulting.py adds the same two)
        rooms.add_room(db, actor=MANAGER, code="sala1", name="Sala de reunião 1", at=now)
        rooms.add_room(db, actor=MANAGER, code="treinamento", name="Sala de treinamento", at=now)
    room = rooms.rooms(db)[0]
    day_start = datetime.combine(wednesday, time(0), tzinfo=tz)
    taken = rooms.room_bookings(db, start=day_start, end=day_start + timedelta(days=1), room=room.code)
    if not taken:
        start = datetime.combine(wednesday, time(10), tzinfo=tz)
        contacts.schedule_contact(db, actor=MANAGER, channel="meeting", client="C1007", planned_start=start,
                                  planned_end=start + timedelta(hours=1), consultant="bruno.carvalho",
                                  contact_person="Juliana Prado", subject="Treinamento do módulo fiscal",
                                  room=room.code, agenda="Emissão de NF-e\nCancelamento e carta de correção",
                                  at=now)
        taken = rooms.room_bookings(db, start=day_start, end=day_start + timedelta(days=1), room=room.code)
    start = taken[0].starts_at  # the form asks for a taken slot: the refusal shows beside the room

    window = ConsultingWeekWindow(context(login), None)
    window.resize(1366, 768)
    window.show()
    _settle(window.ctx.runner)
    window.tabs.setCurrentIndex(1)
    save(window, "consulting-rooms-1366x768", 1366, 768)
    window.tabs.setCurrentIndex(0)

    people = [(p.login, p.name) for p in window.board.people] if window.board else None
    dialog = MeetingDialog(context(login), people, window, start=start)
    dialog.show()
    _until(lambda: dialog.index is not None, window.ctx.runner)
    dialog.pick_client("C1002")
    _until(lambda: dialog.routing is not None, window.ctx.runner)
    dialog.person.setEditText("Marcos Lima")
    dialog.subject.setText("Homologação do fechamento de caixa")
    dialog.room.setCurrentIndex(dialog.room.findData(room.code))
    dialog.agenda.setPlainText("1. Conferência do fechamento\n2. Sangria e suprimento\n3. Próximos passos")
    _settle(window.ctx.runner)
    dialog.save()  # 10:30 is taken: the refusal shows beside the room
    _until(lambda: bool(dialog.room_error.text()), window.ctx.runner)
    save(dialog, "consulting-meeting", dialog.width(), dialog.height())
    dialog.close()

    manager = ConsultingWeekWindow(context(MANAGER), None)
    manager.resize(1366, 768)
    manager.show()
    _settle(manager.ctx.runner)
    editor = manager.open_plan()
    _until(lambda: editor.model.rowCount() > 0, manager.ctx.runner)
    if editor.model.rowCount() and editor.model.types():
        editor.model.setData(editor.model.index(0, 1), "12")
    save(editor, "consulting-plan", editor.width(), editor.height())
    editor.confirm_discard = lambda: True  # type: ignore[method-assign]
    editor.close()
    manager.close()
    window.close()
