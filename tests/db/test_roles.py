"""`pitstop db init-roles` and the person's login role (docs/server-roles.md, first slice): with plain SQL, as a
person's role, the audit and the change feed are append-only and password hashes unreadable, while the services
still work.

Roles belong to the whole PostgreSQL cluster, not to one database: every test uses its own prefix and drops every
role it made before its database goes (and checks that none is left).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, make_url, select, text

from pitstop_desktop.cli import main
from pitstop_desktop.db import Database
from pitstop_desktop.db import roles as db_roles
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.db.orm import AuditRow, OccurrenceRow
from pitstop_desktop.domain.errors import BadValue
from pitstop_desktop.services import occurrences, people, roles
from tests.conftest import SESSION_ROLES_PREFIX
from tests.db.conftest import Server, refused, set_role
from tests.services.helpers import at


def test_init_roles_creates_the_owner_and_groups_and_hands_over_every_table(server: Server) -> None:
    p = server.prefix
    with server.db.connect() as conn:
        nologin = dict(conn.execute(text(
            "SELECT rolname, rolcanlogin FROM pg_roles WHERE starts_with(rolname, :p)"), {"p": p}).all())
        owners = set(conn.execute(text(
            "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()")).scalars())
        sequence_owners = set(conn.execute(text(
            "SELECT sequenceowner FROM pg_sequences WHERE schemaname = current_schema()")).scalars())
        runner_is_owner = conn.execute(text("SELECT pg_has_role(current_user, :o, 'USAGE')"),
                                       {"o": f"{p}owner"}).scalar_one()
        public = conn.execute(text(
            "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee = 'PUBLIC' "
            "AND table_schema = current_schema()")).scalar_one()
    assert {f"{p}owner", *(f"{p}{g}" for g in db_roles.GROUPS)} <= nologin.keys()
    assert not any(nologin[name] for name in nologin if name.removeprefix(p) in {"owner", *db_roles.GROUPS})
    assert owners == {f"{p}owner"}
    assert sequence_owners == {f"{p}owner"}
    assert public == 0
    assert runner_is_owner  # the URL's role (the seats', today) keeps its tables
    assert roles.roles_prefix(server.db) == p


def _privileges(conn: Connection, prefix: str) -> list[tuple[str, str, str]]:
    return [tuple(row) for row in conn.execute(text(
        "SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants "
        "WHERE starts_with(grantee, :p) ORDER BY 1, 2, 3"), {"p": prefix})]


def test_init_roles_twice_is_harmless(server: Server) -> None:
    with server.db.connect() as conn:
        before = _privileges(conn, server.prefix)
    roles.init_roles(server.db, server.prefix)
    assert main(["--db", server.url, "db", "init-roles", "--prefix", server.prefix]) == 0
    with server.db.connect() as conn:
        assert _privileges(conn, server.prefix) == before
    assert before  # there is something to compare


def test_a_person_added_after_init_gets_a_login_role_in_their_group_with_a_scram_password(server: Server) -> None:
    p = server.prefix
    with server.db.connect() as conn:
        can_login, password = conn.execute(text(
            "SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = :r"), {"r": f"{p}rui"}).one()
        groups = set(conn.execute(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :r"), {"r": f"{p}rui"}).scalars())
    assert can_login
    assert password.startswith("SCRAM-SHA-256$")
    assert groups == {f"{p}attendant"}


@pytest.mark.parametrize("login", ["rui", "tom", "gui", "adm"])
def test_nobody_but_the_owner_updates_or_deletes_the_audit_or_the_change_feed(
    server: Server, as_person: Connection, login: str
) -> None:
    set_role(as_person, server, login)
    for table in ("audit_events", "change_feed"):
        refused(as_person, f"UPDATE {table} SET action = 'forged'")
        refused(as_person, f"DELETE FROM {table}")
        refused(as_person, f"TRUNCATE {table}")
    assert as_person.execute(text("SELECT count(*) FROM audit_events")).scalar_one() > 0


@pytest.mark.parametrize("login", ["rui", "adm"])
def test_password_hashes_are_not_readable_but_the_rest_of_staff_is(
    server: Server, as_person: Connection, login: str
) -> None:
    set_role(as_person, server, login)
    refused(as_person, "SELECT password_hash FROM staff")
    refused(as_person, "SELECT * FROM staff")
    names = {login: name for login, name in as_person.execute(text("SELECT login, name FROM staff"))}
    assert names["rui"] == "Rui"


def test_only_the_administrators_group_writes_staff(server: Server, as_person: Connection) -> None:
    set_role(as_person, server, "gui")
    refused(as_person, "UPDATE staff SET role = 'admin' WHERE login = 'gui'")
    set_role(as_person, server, "adm")
    as_person.execute(text("UPDATE staff SET name = 'Gui Gestor' WHERE login = 'gui'"))


def test_a_person_registers_a_call_through_the_services_as_their_own_role(server: Server) -> None:
    rui = server.as_person("rui")
    try:
        with rui.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == f"{server.prefix}rui"
        oc = occurrences.register_call(rui, actor="rui", client="ACME", channel="phone", summary="Sem acesso",
                                       at=at(9, 0))
        with rui.read() as session:
            actors = set(session.scalars(select(AuditRow.actor).join(
                OccurrenceRow, AuditRow.occurrence_id == OccurrenceRow.id).where(OccurrenceRow.number == oc.number)))
    finally:
        rui.dispose()
    assert actors == {"rui"}


def test_init_roles_is_for_the_office_server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'seat.db'}"
    db = Database(url)
    try:
        upgrade(db)
        with pytest.raises(BadValue) as caught:
            roles.init_roles(db, "ps_")
        assert caught.value.code == "value.roles_need_postgresql"
        assert main(["--db", url, "db", "init-roles"]) == 2
        assert "servidor do escritório (PostgreSQL)" in capsys.readouterr().err
        people.add_staff(db, login="rui", name="Rui", role="attendant", password="x")  # SQLite: as before
        assert roles.roles_prefix(db) is None
    finally:
        db.dispose()


@pytest.mark.parametrize("bad", ["", "PS_", "1ps", "ps-", "p" * 17, 'ps"; drop'])
def test_a_bad_prefix_isrefused(bad: str) -> None:
    with pytest.raises(BadValue) as caught:
        db_roles.check_prefix(bad)
    assert caught.value.code == "value.role_prefix"


def test_a_login_too_long_for_a_role_name_isrefused(server: Server) -> None:
    with pytest.raises(BadValue) as caught:
        people.add_staff(server.db, login="a" * 60, name="Long", role="attendant")
    assert caught.value.code == "value.db_role_too_long"
    assert "a" * 60 not in {r.login for r in people.list_staff(server.db)}


def test_a_non_superuser_with_createrole_that_owns_the_database_initialises_the_roles_and_keeps_working(
    pg_desk_url: str, prefix: str
) -> None:
    """The usual office server: the seats' URL role owns the database and its tables and may create roles, but is
    no superuser. It runs init-roles, and afterwards it still reads and writes (it is a member of the owner)."""
    seat = f"{prefix}seat"
    engine = create_engine(pg_desk_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{seat}" LOGIN CREATEROLE'))
            conn.execute(text(f'ALTER DATABASE "{make_url(pg_desk_url).database}" OWNER TO "{seat}"'))
            # everything the test session's own roles set up (tables, guard functions) belongs to the seat, as in
            # an office whose seats' role created the database
            conn.execute(text(f'REASSIGN OWNED BY "{SESSION_ROLES_PREFIX}owner" TO "{seat}"'))
    finally:
        engine.dispose()
    db = Database(pg_desk_url, role=seat)
    try:
        roles.init_roles(db, prefix)
        roles.init_roles(db, prefix)
        people.add_staff(db, login="rui", name="Rui", role="attendant", tabs=("n1_rapida",))
        occurrences.register_call(db, actor="ana", client="ACME", channel="phone", summary="Sem acesso",
                                  at=at(9, 0))
        with db.connect() as conn:
            owners = set(conn.execute(text(
                "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    finally:
        db.dispose()
    assert owners == {f"{prefix}owner"}
