"""Minha agenda, the technician's seat, with real clicks and key presses on the demo day (14:30)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from pitstop_desktop.db.orm import OccurrenceRow, OfferRow, StaffRow
from pitstop_desktop.domain.codes import OfferAnswer
from pitstop_desktop.services import occurrences, offers, seat
from pitstop_desktop.views.agenda import AgendaWindow
from tests.gui.conftest import DEMO_NOW
from tests.gui.helpers import click_row, new_call


def _someone_with_an_offer(db: Any) -> tuple[str, int]:
    with db.read() as session:
        login, number = session.execute(
            select(StaffRow.login, OccurrenceRow.number).join(OfferRow, OfferRow.to_id == StaffRow.id)
            .join(OccurrenceRow, OccurrenceRow.id == OfferRow.occurrence_id)
            .where(OfferRow.answer == OfferAnswer.PENDING.value).order_by(OccurrenceRow.number).limit(1)).one()
    return str(login), int(number)


def open_agenda(qtbot: Any, make_workspace: Any, login: str) -> AgendaWindow:
    window = AgendaWindow(make_workspace(login), None, notifications=False)
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.ctx.runner.wait_idle()
    return window


def test_my_offers_ocs_and_appointments_are_shown(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    login, number = _someone_with_an_offer(demo_db)
    window = open_agenda(qtbot, make_workspace, login)
    day = seat.my_day(demo_db, login, at=DEMO_NOW)
    assert [row[0] for row in window.offers.texts()] == [str(o.number) for o in day.offers]
    assert str(number) in [row[0] for row in window.offers.texts()]
    assert [row[0] for row in window.mine.texts()] == [str(r.number) for r in day.mine]
    assert window.offers_title.text() == f"Ofertas para mim ({len(day.offers)})"
    qtbot.waitUntil(lambda: window.presence.today is not None, timeout=10_000)
    assert window.presence.state.text().startswith("Hoje:")


def test_accept_in_one_click_moves_the_offer_to_my_ocs(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    login, number = _someone_with_an_offer(demo_db)
    window = open_agenda(qtbot, make_workspace, login)
    click_row(window.offers, str(number))
    qtbot.mouseClick(window.accept_button, Qt.MouseButton.LeftButton)
    assert window.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: str(number) in [row[0] for row in window.mine.texts()], timeout=10_000)
    assert str(number) not in [row[0] for row in window.offers.texts()]
    assert occurrences.show(demo_db, number, at=DEMO_NOW).assignee == login


def test_refuse_needs_a_reason_typed_beside_it(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    login, number = _someone_with_an_offer(demo_db)
    window = open_agenda(qtbot, make_workspace, login)
    click_row(window.offers, str(number))
    qtbot.mouseClick(window.refuse_button, Qt.MouseButton.LeftButton)
    assert "motivo" in window.banner.text()
    assert str(number) in [row[0] for row in window.offers.texts()]
    qtbot.keyClicks(window.reason, "sem acesso ao cliente")
    qtbot.keyClick(window.reason, Qt.Key.Key_Return)
    assert window.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: str(number) not in [row[0] for row in window.offers.texts()], timeout=10_000)
    history = occurrences.show(demo_db, number, at=DEMO_NOW).history or ()
    assert history[-1].by == login and "sem acesso ao cliente" in history[-1].detail


def test_a_new_offer_is_announced(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    login, offered = _someone_with_an_offer(demo_db)
    window = open_agenda(qtbot, make_workspace, login)
    window.sound.setChecked(False)
    with demo_db.read() as session:  # a new call in the tab of the offer already waiting: one they serve
        tab = session.scalar(select(OccurrenceRow.tab).where(OccurrenceRow.number == offered))
    assert tab is not None
    number = new_call(demo_db, tab=tab)
    offers.offer(demo_db, number, actor="claudia.moraes", to=login, at=DEMO_NOW)
    with qtbot.waitSignal(window.notified, timeout=10_000) as signal:
        window.refresh()
    assert str(number) in signal.args[1]


def test_lunch_and_back_in_one_click(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    login, _ = _someone_with_an_offer(demo_db)
    window = open_agenda(qtbot, make_workspace, login)
    bar = window.presence
    qtbot.waitUntil(lambda: bar.today is not None, timeout=10_000)
    before = seat.my_day(demo_db, login, at=DEMO_NOW).presence
    assert before in ("login", "back") and bar.lunch_button.isEnabled()
    qtbot.mouseClick(bar.lunch_button, Qt.MouseButton.LeftButton)
    assert window.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: bar.back_button.isEnabled(), timeout=10_000)
    assert seat.my_day(demo_db, login, at=DEMO_NOW).presence == "lunch"
    assert not bar.lunch_button.isEnabled()


def test_an_offer_waiting_ten_minutes_is_marked_as_unanswered(qtbot: Any, make_workspace: Any, demo_db: Any) -> None:
    login, _ = _someone_with_an_offer(demo_db)
    window = open_agenda(qtbot, make_workspace, login)
    day = seat.my_day(demo_db, login, at=DEMO_NOW)
    waited = {o.number: DEMO_NOW - o.offered_at for o in day.offers}
    texts = {row[0]: row[4] for row in window.offers.texts()}
    for number, delta in waited.items():
        unanswered = delta.total_seconds() >= 600
        assert texts[str(number)].startswith("⚠") == unanswered, (number, delta, texts[str(number)])
    window.ctx.clock.set(DEMO_NOW + timedelta(minutes=15))  # a quarter of an hour later, every one of them is
    window._retick()
    assert all(row[4].startswith("⚠") for row in window.offers.texts())
