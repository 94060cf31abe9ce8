"""Cold first paint, in a process of its own (bench_console.py runs it): from the process's launch to the first paint
of the active tab with its rows, for the console or for stock Qt; prints one JSON line.

    python benchmarks/cold_paint.py ours|stock|floor URL TAB LOGIN

``ours``: what ``pitstop`` does after sign-in (run_seat_window with ``--as``): the database, the task runner, the
person and the policy read on it, the whole ``MainWindow`` with every panel and its live feed, shown and started.
``stock``: a ``QSqlTableModel`` (QPSQL, or QSQLITE on a SQLite file) + ``QSortFilterProxyModel`` in a table view,
every row fetched and sorted by due time, as a stock Qt screen would. Each imports only what it needs, so the
imports are part of the figure, as they are for a person opening the window.
``floor``: no window and no rows: Qt's application, SQLAlchemy's core and psycopg imported, one connection and a
``SELECT 1``. Any first page read through SQLAlchemy and psycopg pays at least this much before it can paint, so when
the floor alone is slower than stock's whole first paint, no change to our window can bring the ratio to 1.0.
"""

from __future__ import annotations

import json
import os
import sys
import time

MAIN_STARTED = time.perf_counter()


def ours(url: str, tab: str, login: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication
    from qt_probes import PaintProbe

    app = QApplication.instance() or QApplication([])
    assert app is not None
    from pitstop_desktop.db import Database
    from pitstop_desktop.services import people
    from pitstop_desktop.views.app import build_context, load_blocking, seat_feed
    from pitstop_desktop.views.main_window import MainWindow
    from pitstop_desktop.views.tasks import TaskRunner

    imported = time.perf_counter()
    db = Database(url, seat=True)
    runner = TaskRunner()
    staff = load_blocking(runner, lambda: people.list_staff(db), "staff")
    ctx = build_context(db, runner, next(s for s in staff if s.login == login))
    built = time.perf_counter()
    window = MainWindow(ctx, seat_feed(db, runner), remember_layout=False, notifications=False)
    window.resize(1600, 900)
    codes = list(window.board.models)
    window.board.tabs.setCurrentIndex(codes.index(tab))
    model = window.board.models[tab]
    probe = PaintProbe(window.board.views[tab].viewport(), when=lambda: model.rowCount() > 0)
    probe.arm()
    window.show()
    window.start()
    painted = probe.wait(120)
    out = {"painted": painted, "imports_ms": (imported - MAIN_STARTED) * 1000,
           "signed_in_ms": (built - imported) * 1000, "window_to_paint_ms": (painted - built) * 1000}
    window.feed.stop()
    window.presence.stop_pulse()
    runner.wait_idle(10_000)
    runner.shutdown()
    db.dispose()
    return out


def stock(url: str, tab: str, _login: str) -> dict[str, float]:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtSql import QSqlDatabase, QSqlTableModel
    from PySide6.QtWidgets import QApplication, QTableView
    from qt_probes import PaintProbe

    app = QApplication.instance() or QApplication([])
    assert app is not None
    imported = time.perf_counter()
    kind, _, rest = url.partition("://")
    if kind.startswith("sqlite"):
        qdb = QSqlDatabase.addDatabase("QSQLITE", "cold")
        qdb.setDatabaseName(rest[1:])  # sqlite:///relative or sqlite:////absolute
    else:
        from urllib.parse import urlsplit

        parts = urlsplit(url.replace("postgresql+psycopg", "postgresql"))
        qdb = QSqlDatabase.addDatabase("QPSQL", "cold")
        qdb.setHostName(parts.hostname or "127.0.0.1")
        qdb.setPort(parts.port or 5432)
        qdb.setUserName(parts.username or "postgres")
        qdb.setDatabaseName(parts.path.lstrip("/"))
    if not qdb.open():
        raise RuntimeError(qdb.lastError().text())
    built = time.perf_counter()
    view = QTableView()
    view.resize(1600, 900)
    model = QSqlTableModel(view, qdb)
    model.setTable("occurrences")
    model.setFilter(f"tab = '{tab}' AND status <> 'closed'")
    model.select()
    while model.canFetchMore():
        model.fetchMore()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(model.fieldIndex("due_at"), Qt.SortOrder.AscendingOrder)
    probe = PaintProbe(view.viewport(), when=lambda: proxy.rowCount() > 0)
    probe.arm()
    view.show()
    painted = probe.wait(120)
    return {"painted": painted, "imports_ms": (imported - MAIN_STARTED) * 1000,
            "signed_in_ms": (built - imported) * 1000, "window_to_paint_ms": (painted - built) * 1000}


def floor(url: str, _tab: str, _login: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None
    import sqlalchemy

    if not url.startswith("sqlite"):
        import psycopg  # noqa: F401  (imported here, not at the connection, so that it counts as an import)

    imported = time.perf_counter()
    engine = sqlalchemy.create_engine(url)
    with engine.connect() as connection:
        connection.execute(sqlalchemy.text("SELECT 1")).scalar_one()
    done = time.perf_counter()
    engine.dispose()
    return {"painted": done, "imports_ms": (imported - MAIN_STARTED) * 1000, "signed_in_ms": 0.0,
            "window_to_paint_ms": (done - imported) * 1000}


KINDS = {"ours": ours, "stock": stock, "floor": floor}

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    what, url, tab, login = sys.argv[1:5]
    print(json.dumps(KINDS[what](url, tab, login)), flush=True)
