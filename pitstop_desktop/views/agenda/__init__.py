"""Minha agenda: the technician's seat (``pitstop agenda``), a window of its own."""

from __future__ import annotations

from pitstop_desktop.db import Database
from pitstop_desktop.models.feed import LiveFeed
from pitstop_desktop.views.agenda.window import AgendaWindow


def run_agenda(db: Database, as_login: str | None = None) -> int:
    """Open the technician's seat; returns the process exit code."""
    from pitstop_desktop.views.app import application, build_context, install_translations, sign_in
    from pitstop_desktop.views.presence_bar import offer_start_of_day
    from pitstop_desktop.views.tasks import TaskRunner

    app = application()
    install_translations(app)
    runner = TaskRunner()
    try:
        signed = sign_in(db, runner, as_login, "pitstop agenda")
        if signed is None:
            return 0
        ctx = build_context(signed.db, runner, signed.user)
        offer_start_of_day(ctx)
        window = AgendaWindow(ctx, LiveFeed.watching(signed.db, runner.submit))
        window.presence.ask_on_quit = True
        window.show()
        window.start()
        return app.exec()
    finally:
        runner.shutdown()


__all__ = ["AgendaWindow", "run_agenda"]
