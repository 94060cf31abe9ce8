"""The office server's guards (issue 8, docs/server-roles.md): triggers and row-level security that refuse what
breaks the manual's invariants, whoever sends the SQL. The services check the same rules first with friendly
refusals; these are the last line of defence for someone with ``psql`` and their own login.

Who is who, on the server:
- a *trusted* session holds the privileges of the tables' owner (the owner, the administrator's maintenance login, a
  superuser): it could switch any trigger off, so the guards do not second-guess it (migrations, ``db init-roles``,
  imports);
- every other session must be a *person*: ``current_user`` is ``<prefix><login>`` of an active staff row. A person
  who ``SET ROLE``\\s to a group role, or any other login, is nobody and is refused every write;
- the acting moment is the server's ``now()``; ``pitstop.at`` (``--at``) is honoured only when the login that opened
  the session (``session_user``) is a member of ``<prefix>backfill``, and the audit row then says ``backfilled``.

Refusals carry a SQLSTATE the application maps to its exit codes (db.engine): ``insufficient_privilege`` (42501,
exit 6) for "not you", ``PSR01`` (exit 2; a code of our own, so no constraint handler mistakes it) for "not like
that"; the message names the rule.
"""

from __future__ import annotations

from sqlalchemy import Connection

MANAGEMENT = "('manager', 'supervisor', 'apoio', 'admin')"  # domain.codes.MANAGEMENT_ROLES
DECIDERS = "('manager', 'admin')"  # R6–R8: who approves or rejects an escalation

_FUNCTIONS = """
CREATE OR REPLACE FUNCTION pitstop_prefix() RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT {prefix}::text $$;

CREATE OR REPLACE FUNCTION pitstop_trusted() RETURNS boolean LANGUAGE sql STABLE
AS $$ SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = 'occurrences'::regclass $$;

CREATE OR REPLACE FUNCTION pitstop_who(OUT id integer, OUT login text, OUT role text) LANGUAGE sql STABLE
AS $$
  SELECT s.id, s.login::text, s.role::text FROM staff s
  WHERE starts_with(current_user::text, pitstop_prefix())
    AND s.login = substr(current_user::text, length(pitstop_prefix()) + 1)
    AND s.active
$$;

CREATE OR REPLACE FUNCTION pitstop_person() RETURNS record LANGUAGE plpgsql STABLE
AS $$
DECLARE who record;
BEGIN
  SELECT * INTO who FROM pitstop_who();
  IF who.id IS NULL THEN
    RAISE EXCEPTION 'Pit Stop: % is not an active person of this database; sign in with your own login',
      current_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN who;
END $$;

CREATE OR REPLACE FUNCTION pitstop_backfilling() RETURNS boolean LANGUAGE sql STABLE
AS $$ SELECT coalesce(current_setting('pitstop.at', true), '') <> '' $$;

CREATE OR REPLACE FUNCTION pitstop_moment() RETURNS timestamptz LANGUAGE plpgsql STABLE
AS $$
BEGIN
  IF NOT pitstop_backfilling() THEN
    RETURN now();
  END IF;
  IF NOT pg_has_role(session_user, pitstop_prefix() || 'backfill', 'MEMBER') THEN
    RAISE EXCEPTION 'Pit Stop: % may not set the time of an action (--at); the server''s clock is used',
      session_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN current_setting('pitstop.at')::timestamptz;
END $$;

CREATE OR REPLACE FUNCTION pitstop_refuse(message text, code text DEFAULT 'PSR01') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING MESSAGE = 'Pit Stop: ' || message, ERRCODE = code;
END $$;

-- audit_events: the acting person and the server's clock, whatever the INSERT said; an event dated before the
-- OC's last one is refused (only a backfill can date at all).
CREATE OR REPLACE FUNCTION pitstop_stamp_audit() RETURNS trigger LANGUAGE plpgsql
AS $$
DECLARE who record; last_at timestamptz;
BEGIN
  IF pitstop_trusted() THEN
    RETURN NEW;
  END IF;
  who := pitstop_person();
  NEW.actor := who.login;
  NEW.at := pitstop_moment();
  NEW.backfilled := pitstop_backfilling();
  IF NEW.backfilled AND NEW.occurrence_id IS NOT NULL THEN
    SELECT max(a.at) INTO last_at FROM audit_events a WHERE a.occurrence_id = NEW.occurrence_id;
    IF last_at > NEW.at THEN
      PERFORM pitstop_refuse(format('an action on an OC cannot be dated %s, before its last event (%s)',
                                    NEW.at, last_at));
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION pitstop_stamp_change() RETURNS trigger LANGUAGE plpgsql
AS $$
BEGIN
  IF NOT pitstop_trusted() THEN
    PERFORM pitstop_person();
    NEW.at := pitstop_moment();
  END IF;
  RETURN NEW;
END $$;

-- occurrences: R11 (a FAQ to close, closed is final), R6–R7 (awaiting approval only with a pending escalation),
-- R9 (the owner is set where there is none, by management, or by the owner handing over), and the clock.
CREATE OR REPLACE FUNCTION pitstop_guard_occurrence() RETURNS trigger LANGUAGE plpgsql
AS $$
DECLARE who record; moment timestamptz; management boolean;
BEGIN
  IF NEW.closed_at IS NOT NULL AND NEW.closed_at < NEW.opened_at THEN
    PERFORM pitstop_refuse(format('R11: OC %s cannot be closed (%s) before it was opened (%s)',
                                  NEW.number, NEW.closed_at, NEW.opened_at));
  END IF;
  IF pitstop_trusted() THEN
    RETURN NEW;
  END IF;
  who := pitstop_person();
  moment := pitstop_moment();
  management := who.role IN {management};
  IF NEW.status = 'closed' AND coalesce(NEW.faq_code, '') = '' THEN
    PERFORM pitstop_refuse(format('R11: closing OC %s needs a FAQ code', NEW.number));
  END IF;
  IF NEW.status = 'closed' AND NEW.closed_at IS DISTINCT FROM moment
     AND (TG_OP = 'INSERT' OR OLD.status <> 'closed') THEN
    PERFORM pitstop_refuse('a closure is dated by the server''s clock');
  END IF;
  IF NEW.status = 'awaiting_approval' AND NOT EXISTS (
       SELECT 1 FROM escalations e WHERE e.occurrence_id = NEW.id AND e.status = 'pending') THEN
    PERFORM pitstop_refuse(format('R6-R7: OC %s awaits approval only with a pending escalation', NEW.number));
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.opened_by_id <> who.id THEN
      PERFORM pitstop_refuse('R1: a call is registered in your own name', 'insufficient_privilege');
    END IF;
    IF NEW.opened_at <> moment OR NEW.tab_since <> moment THEN
      PERFORM pitstop_refuse('a call is registered at the server''s clock');
    END IF;
    IF NEW.assignee_id IS NOT NULL AND NEW.assignee_id <> who.id AND NOT management THEN
      PERFORM pitstop_refuse('R9: a new OC has no owner but you', 'insufficient_privilege');
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status = 'closed' THEN
    PERFORM pitstop_refuse(format('R11: OC %s is closed, and closed is final; a new call makes a new OC',
                                  OLD.number));
  END IF;
  IF (NEW.number, NEW.client_id, NEW.opened_at, NEW.opened_by_id, NEW.sla_class, NEW.due_at)
       IS DISTINCT FROM (OLD.number, OLD.client_id, OLD.opened_at, OLD.opened_by_id, OLD.sla_class, OLD.due_at)
     OR NEW.request_id IS DISTINCT FROM OLD.request_id
     OR NEW.complementary_of_id IS DISTINCT FROM OLD.complementary_of_id THEN
    PERFORM pitstop_refuse(format('OC %s: who opened it, when, for whom and its SLA do not change', OLD.number));
  END IF;
  IF NEW.tab_since IS DISTINCT FROM OLD.tab_since AND NEW.tab_since <> moment THEN
    PERFORM pitstop_refuse('a move between tabs is dated by the server''s clock');
  END IF;
  IF (NEW.assignee_id IS DISTINCT FROM OLD.assignee_id OR NEW.status <> OLD.status OR NEW.tab <> OLD.tab)
     AND OLD.assignee_id IS NOT NULL AND OLD.assignee_id <> who.id AND NOT management
     AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.occurrence_id = NEW.id AND o.to_id = who.id
                      AND (o.answer = 'pending' OR o.answered_at = moment)) THEN
    PERFORM pitstop_refuse(format('R9: OC %s has an owner; only its owner or management hands it on or closes it',
                                  OLD.number), 'insufficient_privilege');
  END IF;
  RETURN NEW;
END $$;

-- escalations: requested in your own name; decided (R6–R8) only by a manager or admin who did not ask, recorded
-- as the acting person at the server's clock; a decision is final.
CREATE OR REPLACE FUNCTION pitstop_guard_escalation() RETURNS trigger LANGUAGE plpgsql
AS $$
DECLARE who record; moment timestamptz;
BEGIN
  IF pitstop_trusted() THEN
    RETURN NEW;
  END IF;
  who := pitstop_person();
  moment := pitstop_moment();
  IF TG_OP = 'INSERT' THEN
    IF NEW.requested_by_id <> who.id OR NEW.status <> 'pending' OR NEW.decided_by_id IS NOT NULL THEN
      PERFORM pitstop_refuse('R6-R8: an escalation is requested, pending, in your own name',
                             'insufficient_privilege');
    END IF;
    IF NEW.requested_at <> moment THEN
      PERFORM pitstop_refuse('an escalation is dated by the server''s clock');
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status <> 'pending' THEN
    PERFORM pitstop_refuse(format('R8: escalation %s was already decided (%s)', OLD.id, OLD.status));
  END IF;
  IF (NEW.occurrence_id, NEW.requested_by_id, NEW.requested_at, NEW.target, NEW.from_tab)
       IS DISTINCT FROM (OLD.occurrence_id, OLD.requested_by_id, OLD.requested_at, OLD.target, OLD.from_tab) THEN
    PERFORM pitstop_refuse(format('escalation %s: what was asked, by whom and when does not change', OLD.id));
  END IF;
  IF NEW.status IN ('approved', 'rejected') THEN
    IF who.role NOT IN {deciders} THEN
      PERFORM pitstop_refuse('R6-R7: only a manager decides an escalation', 'insufficient_privilege');
    END IF;
    IF who.id = OLD.requested_by_id THEN
      PERFORM pitstop_refuse('R8: the manager who decides is never the person who asked',
                             'insufficient_privilege');
    END IF;
    NEW.decided_by_id := who.id;
    NEW.decided_at := moment;
  ELSIF NEW.status <> 'pending' THEN  -- cancelled, when the OC is closed
    NEW.decided_by_id := NULL;
    NEW.decided_at := moment;
  END IF;
  RETURN NEW;
END $$;

-- presence_events (row-level security): a person writes their own presence, at the server's clock; management
-- anyone's. An event dated otherwise is a correction: by management, with a reason, signed and dated by the
-- server's clock (recorded_by_id, recorded_at), and never in the future.
CREATE OR REPLACE FUNCTION pitstop_may_write_presence(staff_id integer, at timestamptz, reason text,
                                                      recorded_by_id integer, recorded_at timestamptz)
RETURNS boolean LANGUAGE plpgsql STABLE
AS $$
DECLARE who record; moment timestamptz;
BEGIN
  IF pitstop_trusted() THEN
    RETURN true;
  END IF;
  who := pitstop_person();
  moment := pitstop_moment();
  IF staff_id <> who.id AND who.role NOT IN {management} THEN
    PERFORM pitstop_refuse('presence is written by the person or by management', 'insufficient_privilege');
  END IF;
  IF coalesce(btrim(reason), '') = '' THEN
    IF at IS DISTINCT FROM moment OR recorded_by_id IS NOT NULL OR recorded_at IS NOT NULL THEN
      PERFORM pitstop_refuse('presence is dated by the server''s clock; only a correction, with a reason, '
                             'records another moment');
    END IF;
    RETURN true;
  END IF;
  IF who.role NOT IN {management} THEN
    PERFORM pitstop_refuse('presence is corrected by management', 'insufficient_privilege');
  END IF;
  IF recorded_by_id IS DISTINCT FROM who.id OR recorded_at IS DISTINCT FROM moment OR at > moment THEN
    PERFORM pitstop_refuse('a presence correction is signed by its author at the server''s clock, about the past');
  END IF;
  RETURN true;
END $$;

-- seat_heartbeats (row-level security): a seat reports for the person signed in at it, at the server's clock
-- (nobody keeps someone else "alive"); the person, or management, forgets a seat.
CREATE OR REPLACE FUNCTION pitstop_may_write_seat(staff_id integer, last_seen timestamptz) RETURNS boolean
LANGUAGE plpgsql STABLE
AS $$
DECLARE who record;
BEGIN
  IF pitstop_trusted() THEN
    RETURN true;
  END IF;
  who := pitstop_person();
  IF staff_id <> who.id THEN
    PERFORM pitstop_refuse('a seat reports only for the person signed in at it', 'insufficient_privilege');
  END IF;
  IF last_seen IS DISTINCT FROM pitstop_moment() THEN
    PERFORM pitstop_refuse('a seat''s heartbeat is dated by the server''s clock');
  END IF;
  RETURN true;
END $$;

CREATE OR REPLACE FUNCTION pitstop_may_touch_seat(staff_id integer, forget boolean) RETURNS boolean
LANGUAGE sql STABLE
AS $$
  SELECT pitstop_trusted() OR EXISTS (
    SELECT 1 FROM pitstop_who() w WHERE w.id = staff_id OR (forget AND w.role IN {management}))
$$;
"""

# Login roles for people, made from an administrator person's own session: creating roles needs CREATEROLE, which
# no person has, so this one function runs as the owner (SECURITY DEFINER; EXECUTE for the administrators' group
# only). It touches only ``<prefix><login>`` of someone on the staff, never a role with more than a person's
# powers (the maintenance login, the owner, a superuser), and takes a password only as a SCRAM verifier. NULL
# keeps what is there (group, password, login).
_PERSON_LOGIN = r"""
CREATE OR REPLACE FUNCTION pitstop_person_login(person text, pitstop_role text, verifier text, can_login boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema}
AS $$
DECLARE
  name text := pitstop_prefix() || person;
  grp text;
BEGIN
  IF person !~ '^[a-z0-9][a-z0-9._-]{{1,63}}$' OR octet_length(name) > 63
     OR name = ANY (ARRAY[pitstop_prefix() || 'owner', pitstop_prefix() || 'backfill']
                    || ARRAY(SELECT pitstop_prefix() || g FROM unnest({groups}::text[]) AS g)) THEN
    PERFORM pitstop_refuse(format('%s cannot be a person''s login', name), 'insufficient_privilege');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM staff s WHERE s.login = person) THEN
    PERFORM pitstop_refuse(format('%s is not on the staff', person));
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = name AND (r.rolsuper OR r.rolcreaterole OR r.rolbypassrls
             OR r.rolreplication OR pg_has_role(r.oid, pitstop_prefix() || 'owner', 'MEMBER'))) THEN
    PERFORM pitstop_refuse(format('%s is not a person''s login', name), 'insufficient_privilege');
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = name) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', name);
  END IF;
  IF pitstop_role IS NOT NULL THEN
    IF NOT pitstop_role = ANY ({groups}::text[]) THEN
      PERFORM pitstop_refuse(format('unknown Pit Stop role %s', pitstop_role));
    END IF;
    FOREACH grp IN ARRAY {groups}::text[] LOOP
      IF grp <> pitstop_role AND pg_has_role(name, pitstop_prefix() || grp, 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', pitstop_prefix() || grp, name);
      END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', pitstop_prefix() || pitstop_role, name);
  END IF;
  IF verifier IS NOT NULL THEN
    IF verifier !~ '^SCRAM-SHA-256\$' THEN
      PERFORM pitstop_refuse('a password is given as its SCRAM verifier');
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', name, verifier);
  END IF;
  IF can_login IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I %s', name, CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
  END IF;
END $$;
"""

_TRIGGERS = """
DROP TRIGGER IF EXISTS pitstop_stamp ON audit_events;
CREATE TRIGGER pitstop_stamp BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION pitstop_stamp_audit();
DROP TRIGGER IF EXISTS pitstop_stamp ON change_feed;
CREATE TRIGGER pitstop_stamp BEFORE INSERT ON change_feed
  FOR EACH ROW EXECUTE FUNCTION pitstop_stamp_change();
DROP TRIGGER IF EXISTS pitstop_guard ON occurrences;
CREATE TRIGGER pitstop_guard BEFORE INSERT OR UPDATE ON occurrences
  FOR EACH ROW EXECUTE FUNCTION pitstop_guard_occurrence();
DROP TRIGGER IF EXISTS pitstop_guard ON escalations;
CREATE TRIGGER pitstop_guard BEFORE INSERT OR UPDATE ON escalations
  FOR EACH ROW EXECUTE FUNCTION pitstop_guard_escalation();
ALTER TABLE presence_events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS pitstop_read ON presence_events;
CREATE POLICY pitstop_read ON presence_events FOR SELECT USING (true);
DROP POLICY IF EXISTS pitstop_write ON presence_events;
DROP FUNCTION IF EXISTS pitstop_may_write_presence(integer, timestamptz);  -- before 0007: no corrections
CREATE POLICY pitstop_write ON presence_events FOR INSERT
  WITH CHECK (pitstop_may_write_presence(staff_id, at, reason, recorded_by_id, recorded_at));
ALTER TABLE seat_heartbeats ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS pitstop_read ON seat_heartbeats;
CREATE POLICY pitstop_read ON seat_heartbeats FOR SELECT USING (true);
DROP POLICY IF EXISTS pitstop_insert ON seat_heartbeats;
CREATE POLICY pitstop_insert ON seat_heartbeats FOR INSERT WITH CHECK (pitstop_may_write_seat(staff_id, last_seen));
DROP POLICY IF EXISTS pitstop_update ON seat_heartbeats;
CREATE POLICY pitstop_update ON seat_heartbeats FOR UPDATE USING (pitstop_may_touch_seat(staff_id, false))
  WITH CHECK (pitstop_may_write_seat(staff_id, last_seen));
DROP POLICY IF EXISTS pitstop_delete ON seat_heartbeats;
CREATE POLICY pitstop_delete ON seat_heartbeats FOR DELETE USING (pitstop_may_touch_seat(staff_id, true));
"""

FUNCTION_NAMES = (
    "pitstop_prefix()", "pitstop_trusted()", "pitstop_who()", "pitstop_person()", "pitstop_backfilling()",
    "pitstop_moment()", "pitstop_refuse(text, text)", "pitstop_stamp_audit()", "pitstop_stamp_change()",
    "pitstop_guard_occurrence()", "pitstop_guard_escalation()",
    "pitstop_may_write_presence(integer, timestamptz, text, integer, timestamptz)",
    "pitstop_may_write_seat(integer, timestamptz)", "pitstop_may_touch_seat(integer, boolean)",
)


PERSON_LOGIN = "pitstop_person_login(text, text, text, boolean)"


def install_guards(conn: Connection, prefix: str, owner: str, admins: str, groups: tuple[str, ...]) -> None:
    """Create (or replace) the guard functions, triggers and policies, owned by ``owner``; the administrators'
    group ``admins`` may make people's login roles (:data:`PERSON_LOGIN`)."""
    from psycopg import sql  # here, not at the top: db.roles imports this module on every seat, SQLite ones too

    driver = conn.connection.driver_connection
    assert driver is not None, "an open connection has its driver's connection"
    functions = _FUNCTIONS.replace("{management}", MANAGEMENT).replace("{deciders}", DECIDERS)
    functions = functions.replace("{prefix}", sql.Literal(prefix).as_string(driver))
    with driver.cursor() as cursor:
        schema = cursor.execute("SELECT current_schema()").fetchone()
        assert schema is not None
        person_login = _PERSON_LOGIN.format(schema=sql.Identifier(schema[0]).as_string(driver),
                                            groups=sql.Literal(list(groups)).as_string(driver))
        cursor.execute(functions.encode())
        cursor.execute(person_login.encode())
        cursor.execute(_TRIGGERS.encode())
        owner_name = sql.Identifier(owner).as_string(driver)
        for name in (*FUNCTION_NAMES, PERSON_LOGIN):
            cursor.execute(f"ALTER FUNCTION {name} OWNER TO {owner_name}".encode())
        cursor.execute(f"REVOKE ALL ON FUNCTION {PERSON_LOGIN} FROM PUBLIC".encode())
        cursor.execute(f"GRANT EXECUTE ON FUNCTION {PERSON_LOGIN} TO {sql.Identifier(admins).as_string(driver)}"
                       .encode())
