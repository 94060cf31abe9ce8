"""Cancelling and moving an appointment (FAQ 7037, R10) from the windows — the OC dialog and the technician's seat
("Meus agendamentos") — and the seat's notice when an offer is withdrawn, with real clicks on the demo day (14:30)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import BookingRow, OccurrenceRow, StaffRow
from pitstop_desktop.services import occurrences, seat, slots
from pitstop_desktop.services.records import SlotRecord
from pitstop_desktop.views.occurrence_dialog import OccurrenceDialog
from pitstop_desktop.views.slot_picker import SlotPicker
from tests.gui.conftest import DEMO_NOW
from tests.gui.helpers import click_key, click_row
from tests.gui.test_agenda import _someone_with_an_offer, open_agenda

LEFT = Qt.MouseButton.LeftButton


def _future_booking(db: Database) -> tuple[int, str, str]:
    """An open OC booked for later today whose technician has another free slot today: (number, technician's
    login, tab)."""
    with db.read() as session:
        found = session.execute(
            select(OccurrenceRow.number, StaffRow.login, OccurrenceRow.tab)
            .join(BookingRow, BookingRow.occurrence_id == OccurrenceRow.id)
            .join(StaffRow, StaffRow.id == BookingRow.technician_id)
            .where(BookingRow.starts_at > DEMO_NOW, OccurrenceRow.status != "closed")
            .order_by(BookingRow.starts_at, OccurrenceRow.number)).all()
    for number, login, tab in found:
        if slots.free_slots(db, day=DEMO_NOW.date(), tab=tab, technician=login, at=DEMO_NOW):
            return int(number), str(login), str(tab)
    raise AssertionError("the demo day has no appointment that can move within its technician's day")


def _open_dialog(qtbot: Any, ctx: Any, number: int) -> OccurrenceDialog:
    dialog = OccurrenceDialog(ctx, number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    assert ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: dialog.appointment.isVisible(), timeout=10_000)
    return dialog


def _pick(qtbot: Any, picker: SlotPicker, choose: Any) -> SlotRecord:
    """Click the first slot ``choose`` likes in the picker, then Enter on the list."""
    qtbot.waitUntil(lambda: bool(picker.slots()), timeout=10_000)
    slot = next(s for s in picker.slots() if choose(s))
    click_key(picker.table, (slot.start, slot.technician))
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    return slot


def test_the_oc_dialog_shows_the_appointment_and_cancels_it(qtbot: Any, make_workspace: Any,
                                                            demo_db: Database) -> None:
    number, tech, _tab = _future_booking(demo_db)
    ctx = make_workspace("claudia.moraes")
    dialog = _open_dialog(qtbot, ctx, number)
    booked = slots.appointment_of(demo_db, number, at=DEMO_NOW)
    assert booked is not None and booked.technician == tech
    assert f"{booked.start.astimezone(ctx.policy.calendar.tz):%H:%M}" in dialog.appointment.when.text()
    assert dialog.appointment.cancel_button.isVisible() and dialog.appointment.move_button.isVisible()

    qtbot.mouseClick(dialog.appointment.cancel_button, LEFT)
    assert ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: not dialog.appointment.isVisible(), timeout=10_000)
    assert slots.appointment_of(demo_db, number, at=DEMO_NOW) is None
    assert "desmarcado" in dialog.banner.text()
    view = occurrences.show(demo_db, number, at=DEMO_NOW)
    assert view.assignee == tech and view.status != "closed"  # the OC stays with its technician
    assert (view.history or ())[-1].action == "booking_cancelled"


def test_the_oc_dialog_moves_the_appointment_through_the_slot_picker(qtbot: Any, make_workspace: Any,
                                                                     demo_db: Database) -> None:
    number, tech, tab = _future_booking(demo_db)
    ctx = make_workspace("claudia.moraes")
    dialog = _open_dialog(qtbot, ctx, number)
    before = slots.appointment_of(demo_db, number, at=DEMO_NOW)
    assert before is not None
    qtbot.mouseClick(dialog.appointment.move_button, LEFT)
    picker = dialog.appointment.booking.picker
    assert picker is not None and picker.tab == tab and "Remarcar a OC" in picker.windowTitle()
    chosen = _pick(qtbot, picker, lambda s: s.technician == tech and s.start != before.start)
    assert ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: "remarcado" in dialog.banner.text(), timeout=10_000)
    after = slots.appointment_of(demo_db, number, at=DEMO_NOW)
    assert after is not None and (after.technician, after.start) == (tech, chosen.start)
    assert (occurrences.show(demo_db, number, at=DEMO_NOW).history or ())[-1].action == "booking_moved"
    qtbot.waitUntil(lambda: f"{chosen.start.astimezone(ctx.policy.calendar.tz):%H:%M}"
                    in dialog.appointment.when.text(), timeout=10_000)


def test_moving_to_another_technician_of_someone_elses_oc_is_refused_in_words(
        qtbot: Any, make_workspace: Any, demo_db: Database) -> None:
    """An attendant may pick another time with the same technician, not hand the OC to another one (R9)."""
    number, tech, _tab = _future_booking(demo_db)
    ctx = make_workspace("ana.souza")
    dialog = _open_dialog(qtbot, ctx, number)
    before = slots.appointment_of(demo_db, number, at=DEMO_NOW)
    qtbot.mouseClick(dialog.appointment.move_button, LEFT)
    picker = dialog.appointment.booking.picker
    assert picker is not None
    _pick(qtbot, picker, lambda s: s.technician != tech)
    assert ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: bool(dialog.appointment.refusal_text()), timeout=10_000)
    name = dialog._names.get(tech, tech)
    assert name in dialog.appointment.refusal_text()
    assert slots.appointment_of(demo_db, number, at=DEMO_NOW) == before  # nothing changed


def _later_booking(db: Database) -> tuple[int, str]:
    """An open OC booked for later today: (number, technician's login)."""
    with db.read() as session:
        number, login = session.execute(
            select(OccurrenceRow.number, StaffRow.login)
            .join(BookingRow, BookingRow.occurrence_id == OccurrenceRow.id)
            .join(StaffRow, StaffRow.id == BookingRow.technician_id)
            .where(BookingRow.starts_at > DEMO_NOW, OccurrenceRow.status != "closed")
            .order_by(BookingRow.starts_at, OccurrenceRow.number).limit(1)).one()
    return int(number), str(login)


def test_the_seat_moves_my_appointment(qtbot: Any, make_workspace: Any, demo_db: Database) -> None:
    number, tech, _tab = _future_booking(demo_db)
    window = open_agenda(qtbot, make_workspace, tech)
    qtbot.waitUntil(lambda: str(number) in [row[1] for row in window.appointments.texts()], timeout=10_000)
    click_row(window.appointments, str(number), column=1)
    assert window.cancel_booking_button.isEnabled() and window.move_booking_button.isEnabled()
    before = slots.appointment_of(demo_db, number, at=DEMO_NOW)
    assert before is not None
    qtbot.mouseClick(window.move_booking_button, LEFT)
    picker = window.booking.picker
    assert picker is not None
    chosen = _pick(qtbot, picker, lambda s: s.technician == tech and s.start != before.start)
    assert window.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: "remarcado" in window.banner.text(), timeout=10_000)
    after = slots.appointment_of(demo_db, number, at=DEMO_NOW)
    assert after is not None and after.start == chosen.start
    qtbot.waitUntil(lambda: any(a.starts_at == chosen.start for a in window.appointments.rows().rows()),
                    timeout=10_000)
    click_row(window.appointments, str(number), column=1)
    begun = chosen.start <= DEMO_NOW  # a slot starting now has begun: it stays as the record (R10)
    assert window.cancel_booking_button.isEnabled() is not begun


def test_the_seat_cancels_my_appointment(qtbot: Any, make_workspace: Any, demo_db: Database) -> None:
    number, tech = _later_booking(demo_db)
    window = open_agenda(qtbot, make_workspace, tech)
    qtbot.waitUntil(lambda: str(number) in [row[1] for row in window.appointments.texts()], timeout=10_000)
    click_row(window.appointments, str(number), column=1)
    qtbot.mouseClick(window.cancel_booking_button, LEFT)
    assert window.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: str(number) not in [row[1] for row in window.appointments.texts()], timeout=10_000)
    assert slots.appointment_of(demo_db, number, at=DEMO_NOW) is None
    assert "desmarcado" in window.banner.text()
    assert number in [r.number for r in seat.my_day(demo_db, tech, at=DEMO_NOW).mine]  # still mine


def test_an_offer_withdrawn_without_my_answer_is_announced(qtbot: Any, make_workspace: Any,
                                                           demo_db: Database) -> None:
    login, number = _someone_with_an_offer(demo_db)
    window = open_agenda(qtbot, make_workspace, login)
    window.sound.setChecked(False)
    assert str(number) in [row[0] for row in window.offers.texts()]
    occurrences.close(demo_db, number, actor="claudia.moraes", faq="1234", note="resolvido pelo cliente",
                      at=DEMO_NOW)  # closing withdraws the offer (R11)
    with qtbot.waitSignal(window.notified, timeout=10_000) as signal:
        window.refresh()
    assert signal.args[1] == f"A oferta da OC {number} foi retirada."
    assert str(number) not in [row[0] for row in window.offers.texts()]


def test_an_offer_i_answer_is_not_announced_as_withdrawn(qtbot: Any, make_workspace: Any,
                                                         demo_db: Database) -> None:
    login, number = _someone_with_an_offer(demo_db)
    window = open_agenda(qtbot, make_workspace, login)
    heard: list[str] = []
    window.notified.connect(lambda _title, text: heard.append(text))
    click_row(window.offers, str(number))
    qtbot.mouseClick(window.accept_button, LEFT)
    assert window.ctx.runner.wait_idle()
    qtbot.waitUntil(lambda: str(number) in [row[0] for row in window.mine.texts()], timeout=10_000)
    assert window.ctx.runner.wait_idle()
    assert not [text for text in heard if "retirada" in text]
