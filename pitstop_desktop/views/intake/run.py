"""`pitstop intake`: open the window, or hand the caller to the one already open on this computer."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication

from pitstop_desktop.db import Database
from pitstop_desktop.services.outbox import Outbox
from pitstop_desktop.views.intake.window import IntakeWindow
from pitstop_desktop.views.presence_bar import offer_start_of_day

log = logging.getLogger(__name__)


def run_intake(db: Database, *, caller: str | None = None, as_login: str | None = None,
               outbox: Outbox | None = None, server_name: str | None = None) -> int:
    """Open the intake window (or hand ``caller`` to the one already open); returns the process exit code."""
    from pitstop_desktop.views.app import (
        application,
        build_context,
        install_translations,
        release_seat_url,
        seat_feed,
        sign_in,
    )
    from pitstop_desktop.views.crash import reporting_crashes
    from pitstop_desktop.views.main_window import app_icon
    from pitstop_desktop.views.single_instance import IntakeServer, send_to_running
    from pitstop_desktop.views.tasks import TaskRunner

    app = application()
    install_translations(app)
    server = IntakeServer()
    if not server.listen(server_name):
        # another intake window is open on this computer: the call goes there
        if send_to_running(caller or "", server_name):
            return 0
        log.warning("an intake window holds the socket but does not answer; opening a second one")
    runner = TaskRunner()
    own_outbox = outbox is None
    box: Outbox | None = outbox
    try:
        # an error escaping a slot: a report and a dialog; the window, its outbox and its replay timer go on
        with reporting_crashes(app):
            signed = sign_in(db, runner, as_login, "pitstop intake")
            if signed is None:
                return 0
            release_seat_url(db, signed, runner)
            db = signed.db
            ctx = build_context(db, runner, signed.user)
            offer_start_of_day(ctx)
            box = outbox or Outbox()
            window = IntakeWindow(ctx, box, feed=seat_feed(db, runner), freeze_gc=True)
            window.presence.ask_on_quit = True
            window.setWindowIcon(app_icon())
            server.caller_received.connect(window.show_caller)
            server.show_requested.connect(window.bring_to_front)
            window.show()
            window.start()
            if caller:
                window.show_caller(caller)
            return QApplication.exec()
    finally:
        server.close()
        runner.shutdown()
        if own_outbox and box is not None:
            box.close()
