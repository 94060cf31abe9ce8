"""Sign-in with argon2id hashes, and `pitstop --as` only on the demo database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.services import settings
from pitstop_desktop.views.app import run_console
from pitstop_desktop.views.sign_in import SignInDialog
from pitstop_desktop.views.tasks import TaskRunner


@pytest.fixture
def runner():  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_idle()
    task_runner.shutdown()


def _sign_in(qtbot, dialog: SignInDialog, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_right_password_signs_in_with_the_persons_role(qtbot, demo_db, runner) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(demo_db, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _sign_in(qtbot, dialog, "fernanda", "pitstop")
    assert dialog.user is not None and (dialog.user.login, dialog.user.role) == ("fernanda", "apoio")


def test_a_wrong_password_says_so_and_stays_open(qtbot, demo_db, runner) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(demo_db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    _sign_in(qtbot, dialog, "fernanda", "errada")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "incorretos" in dialog.error.text()
    assert dialog.user is None and dialog.password.text() == ""
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # empty password: asked for, nothing sent
    assert "Informe" in dialog.error.text()


def test_as_login_skips_sign_in_only_on_the_demo_database(qtbot, db, demo_db) -> None:  # type: ignore[no-untyped-def]
    assert settings.demo_day(demo_db) == "2026-11-24"
    assert settings.demo_day(db) is None
    with pytest.raises(NotPermitted, match="demonstração"):
        run_console(db, "fernanda")


def test_on_the_office_server_a_seat_without_a_login_signs_in_as_the_person(  # type: ignore[no-untyped-def]
    qtbot, runner, db_templates, tmp_path, monkeypatch
) -> None:
    """The seat's URL names the server and the database only; the window opens, and signing in connects as the
    person's own login role (the local test server trusts every login: passwords are checked in
    tests/db/test_sign_in_cluster.py)."""
    from sqlalchemy import make_url, text

    from pitstop_desktop.cli import Context, build_parser
    from tests.conftest import SESSION_ROLES_PREFIX, fresh_database_url
    from tests.services.helpers import build_desk

    urls = fresh_database_url(db_templates.get("postgresql", build_desk), tmp_path)
    url = next(urls)
    try:
        seat_url = make_url(url).set(username="nobody_at_this_seat").render_as_string(hide_password=False)
        monkeypatch.setenv("PITSTOP_ROLES_PREFIX", SESSION_ROLES_PREFIX)
        ctx = Context(build_parser().parse_args(["--db", seat_url, "oc", "list"]))
        seat = ctx.window_database()  # the seat's own login is refused by the server: sign-in decides
        try:
            dialog = SignInDialog(seat, runner)
            qtbot.addWidget(dialog)
            with qtbot.waitSignal(dialog.accepted, timeout=10_000):
                _sign_in(qtbot, dialog, "gil", "qualquer")
            assert dialog.signed is not None and dialog.user is not None
            assert (dialog.user.login, dialog.user.role) == ("gil", "manager")
            with dialog.signed.db.connect() as conn:
                assert conn.execute(text("SELECT current_user")).scalar_one() == f"{SESSION_ROLES_PREFIX}gil"
            dialog.signed.db.dispose()
        finally:
            ctx.close()
    finally:
        urls.close()
