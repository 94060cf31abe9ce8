"""A help desk's database as it stands after two years of work, for the benchmarks (bulk SQL, fast).

``populate(db, n_open, n_closed)`` writes straight into the tables through the ORM's table objects (205,000 OCs
through the services would take hours), with what a real office has accumulated:

- clients, staff of every role with their tabs, the roster of every working day and the presence events of each
  (login, lunch, back, logout); today's roster is placed around the moment the benchmark runs (a shift that began
  three hours ago), so people are logged in, a few are at lunch, offers can be made whatever the hour;
- N open OCs (default 5,000) in every tab and status: offered ones with their pending offer, in progress ones
  with their accepted offer and owner, awaiting approval ones with their pending escalation, the APOIO queue
  with its items (some claimed), OCs in Especialistas and N2 that got there by an approved escalation;
- M closed OCs (default 200,000) opened and closed in business hours over the last two years (closures on
  holidays and weekends are rare, today has its share so far), ~80 % within their SLA, some complementary
  (FAQ 7347), with their history: accepted and refused offers, approved, rejected and cancelled escalations,
  resolved APOIO items;
- the audit trail of all of it (registered, offered, accepted, refused, forwarded, escalations, APOIO, closed,
  presence) in time order, and the change feed with one revision per action, as the services write them;
- the counters (OC numbers, revisions) and sequences past what exists, then ``VACUUM ANALYZE`` on PostgreSQL (what
  autovacuum would long have done).

Not generated (yet): booked appointments (bookings, R10), seat heartbeats, calendar exceptions, settings such as a
tab's long-wait threshold. The seed is fixed, so two databases made with the same sizes hold the same office (up to
the moment "now").

``init_office_roles`` then makes it an office server (docs/server-roles.md): owner, group roles, one login role
per person and the server's guards; ``drop_office_roles`` removes those roles again (roles belong to the whole
cluster, not to the database).
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, insert, make_url, text, update

from pitstop_desktop.db import Database
from pitstop_desktop.db.migrate import upgrade
from pitstop_desktop.db.orm import (
    ApoioItemRow,
    AuditRow,
    ChangeRow,
    ClientRow,
    CounterRow,
    EscalationRow,
    OccurrenceRow,
    OfferRow,
    PresenceRow,
    RosterRow,
    StaffRow,
    StaffTabRow,
)
from pitstop_desktop.domain.sla import due_at
from pitstop_desktop.services.unit_of_work import current_policy

MANAGER = "gestor.bench"  # a manager every benchmark may act as

TABS = ("n1_rapida", "n1_blip_matriz", "n1_blip_filiais", "n1_filiais", "especialistas", "apoio_n1", "n2")
N1_TABS = TABS[:4]
TAB_WEIGHTS = (34, 20, 12, 15, 8, 5, 6)
SLAS = ("IS", "URGENTE", "2H", "4H", "24H", "72H", "10D")
SLA_WEIGHTS = (5, 10, 15, 25, 25, 12, 8)
OPEN_SPAN_HOURS = {"IS": 6, "URGENTE": 10, "2H": 24, "4H": 48, "24H": 72, "72H": 7 * 24, "10D": 14 * 24}
CHANNELS = ("phone", "blip", "skype", "email", "portal")
CHANNEL_WEIGHTS = (40, 30, 10, 10, 10)
KINDS = ("question", "error", "installation", "training", "configuration", "other")
KIND_WEIGHTS = (35, 30, 10, 8, 12, 5)
OPEN_STATUSES = ("open", "offered", "in_progress", "awaiting_approval")
OPEN_STATUS_WEIGHTS = (45, 10, 40, 5)
FAQS = ("7037", "1001", "2040", "3105", "4410", "5120")
SUMMARIES = {
    "question": ("Dúvida sobre fechamento de caixa", "Como emitir segunda via de boleto",
                 "Dúvida no cálculo de ICMS-ST", "Relatório de vendas por vendedor"),
    "error": ("Erro ao emitir NF-e: rejeição 539", "PDV trava ao finalizar venda", "Backup não concluído",
              "Certificado digital não reconhecido", "Sistema lento ao abrir estoque"),
    "installation": ("Instalação do módulo fiscal em nova máquina", "Instalar servidor de banco na filial"),
    "training": ("Treinamento de novo funcionário no PDV", "Treinar equipe no módulo financeiro"),
    "configuration": ("Configurar impressora térmica", "Configurar TEF no caixa 3", "Ajustar alíquotas"),
    "other": ("Solicitação de orçamento", "Retorno de ligação pedido pelo cliente"),
}
BUSINESSES = ("Padaria", "Mercado", "Farmácia", "Auto Peças", "Clínica", "Escola", "Construtora", "Restaurante",
              "Loja", "Distribuidora", "Posto", "Hotel", "Papelaria", "Ótica")
SURNAMES = ("Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira", "Almeida", "Ribeiro",
            "Carvalho", "Gomes", "Martins", "Araújo", "Barbosa", "Rocha", "Dias", "Teixeira")
SUFFIXES = ("Ltda", "ME", "EIRELI", "& Filhos", "S/A")
CITIES = ("Salvador", "Feira de Santana", "Camaçari", "Lauro de Freitas", "Itabuna", "Ilhéus", "Vitória da Conquista")
FIRST_NAMES = ("Ana", "Bruno", "Carla", "Diego", "Eduarda", "Felipe", "Gabriela", "Hugo", "Isabela", "João",
               "Karina", "Lucas", "Mariana", "Nelson", "Olívia", "Paulo", "Renata", "Sérgio", "Tatiana", "Vítor")
# Of every 100 people: the shape of the demo office (attendants, technicians, managers, APOIO, supervisors).
ROLE_SHARE = (("attendant", 12), ("technician", 76), ("manager", 5), ("apoio", 4), ("supervisor", 3))
HISTORY_DAYS = 730


@dataclass
class Office:
    """What was generated, and who is who (the benchmarks act as these people)."""

    open_count: int
    closed_count: int
    busiest_tab: str
    busiest_rows: int
    seconds: float
    by_tab: dict[str, int] = field(default_factory=dict)
    logins: dict[str, list[str]] = field(default_factory=dict)  # role -> logins
    tabs_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # technician login -> tabs
    at_lunch: frozenset[str] = frozenset()
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows written
    roles_prefix: str | None = None

    def summary(self) -> str:
        counts = ", ".join(f"{n:,} {t}" for t, n in self.rows.items())
        return f"{counts} in {self.seconds:.1f} s"


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _History:
    """Audit events and change-feed rows, numbered in time order once everything is known."""

    def __init__(self) -> None:
        self.events: list[tuple[datetime, str, str, int, int | None, str, str, Any, Any]] = []

    def add(self, at: datetime, actor: str, entity: str, entity_id: int, occurrence_id: int | None, action: str,
            detail: str = "", before: Any = None, after: Any = None) -> None:
        self.events.append((at, actor, entity, entity_id, occurrence_id, action, detail, before, after))

    def rows(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Audit rows and change-feed rows; one revision per action (one service call), in time order."""
        self.events.sort(key=lambda e: e[0])
        audit: list[dict[str, Any]] = []
        feed: list[dict[str, Any]] = []
        for number, (at, actor, entity, entity_id, occ, action, detail, before, after) in enumerate(self.events, 1):
            audit.append(dict(id=number, at=at, actor=actor, entity=entity, entity_id=entity_id, occurrence_id=occ,
                              action=action, detail=detail, before=before, after=after, backfilled=False))
            feed.append(dict(id=number, revision=number, entity=entity, entity_id=entity_id, action=action, at=at))
        return audit, feed


def populate(db: Database, n_open: int = 5000, n_closed: int = 200_000, *, staff_count: int = 100,
             seed: int = 7347) -> Office:
    """Write the office (see the module docstring) into an empty, migrated or new database."""
    started = time.perf_counter()
    rnd = random.Random(seed)
    upgrade(db)
    policy = current_policy(db)
    calendar = policy.calendar
    tz = calendar.tz
    now = datetime.now(UTC).replace(microsecond=0)
    today = now.astimezone(tz).date()
    midnight = datetime.combine(today, datetime.min.time(), tzinfo=tz).astimezone(UTC)
    history = _History()

    # People
    clients = [dict(id=i, code=f"C{i:05d}", name=f"{rnd.choice(BUSINESSES)} {rnd.choice(SURNAMES)} "
                    f"{rnd.choice(SUFFIXES)} ({rnd.choice(CITIES)})", phone=f"7199{i:07d}", consulting=i % 17 == 0)
               for i in range(1, 3001)]
    roles: list[str] = []
    for role, share in ROLE_SHARE:
        roles += [role] * max(1, round(staff_count * share / 100))
    staff: list[dict[str, Any]] = []
    staff_tabs: list[dict[str, Any]] = []
    logins: dict[str, list[str]] = {}
    tabs_of: dict[str, tuple[str, ...]] = {}
    manager_placed = False
    for i, role in enumerate(roles, start=1):
        login = f"{role[:3]}.{i:03d}"
        if role == "manager" and not manager_placed:
            login, manager_placed = MANAGER, True
        staff.append(dict(id=i, login=login, name=f"{rnd.choice(FIRST_NAMES)} {rnd.choice(SURNAMES)}", role=role,
                          site="filial" if i % 4 == 0 else "matriz", password_hash=None, active=True))
        logins.setdefault(role, []).append(login)
        if role == "technician":
            own = rnd.sample(TABS[:5], k=rnd.choice((1, 1, 2, 2, 3)))
            if i % 19 == 0:
                own.append("n2")
            staff_tabs.extend(dict(staff_id=i, tab_code=t, position=p) for p, t in enumerate(own))
            tabs_of[login] = tuple(own)
    login_of = {s["id"]: s["login"] for s in staff}
    id_of = {s["login"]: s["id"] for s in staff}
    by_tab: dict[str, list[int]] = {t: [] for t in TABS}
    for row in staff_tabs:
        by_tab[row["tab_code"]].append(row["staff_id"])
    by_tab["apoio_n1"] = [id_of[x] for x in logins["apoio"]]
    for tab in TABS:
        by_tab[tab] = by_tab[tab] or [id_of[logins["technician"][0]]]
    attendants = [id_of[x] for x in logins["attendant"]]
    managers = [id_of[x] for x in logins["manager"]]
    apoio_people = by_tab["apoio_n1"]

    # Roster and presence: every working day of the history; today around the benchmark's moment
    roster: list[dict[str, Any]] = []
    presence: list[dict[str, Any]] = []
    at_lunch: set[str] = set()
    day = today - timedelta(days=HISTORY_DAYS)
    while day <= today:
        window = calendar.window(day)
        if window is not None or day == today:
            for person in staff:
                pid = person["id"]
                if day == today:  # within today (a run soon after midnight: shifts began at midnight, no lunch yet)
                    start = max(now - timedelta(hours=3, minutes=rnd.randint(0, 30)), midnight)
                    end = now + timedelta(hours=5)
                    early = now - timedelta(hours=2, minutes=5) < midnight
                    lunch = now - timedelta(hours=2) if pid % 2 and not early else now + timedelta(hours=1)
                else:
                    if rnd.random() < 0.05:  # away (holiday, sick leave)
                        continue
                    assert window is not None
                    start = window[0] + timedelta(minutes=rnd.choice((0, 0, 60)) + rnd.randint(-10, 10))
                    end = start + timedelta(hours=9)
                    lunch = window[0] + timedelta(hours=4, minutes=rnd.choice((0, 60)))
                roster.append(dict(staff_id=pid, day=day, shift_start=start, shift_end=end, lunch_start=lunch,
                                   lunch_end=lunch + timedelta(hours=1)))
                login = start + timedelta(minutes=rnd.randint(-5, 10))
                if day == today:  # today's login is today, and before now
                    login = max(midnight, min(login, now - timedelta(seconds=1)))
                events = [("login", login)]
                if day != today or lunch < now:
                    events += [("lunch", lunch + timedelta(minutes=rnd.randint(-5, 5))),
                               ("back", lunch + timedelta(minutes=60 + rnd.randint(-5, 10)))]
                    if day != today:
                        events.append(("logout", end + timedelta(minutes=rnd.randint(-10, 20))))
                elif rnd.random() < 0.06 and now - timedelta(minutes=40) > login:  # today: a few went to lunch
                    events.append(("lunch", now - timedelta(minutes=rnd.randint(5, 40))))
                    at_lunch.add(person["login"])
                for kind, at in events:
                    presence.append(dict(id=len(presence) + 1, staff_id=pid, at=at, kind=kind))
                    history.add(at, person["login"], "presence", pid, None, kind, f"{person['login']} {kind}")
        day += timedelta(days=1)
    for number, row in enumerate(roster, start=1):
        row["id"] = number

    # Occurrences
    def facts(tab: str) -> tuple[str, str, str]:
        sla = rnd.choices(SLAS, SLA_WEIGHTS)[0]
        while tab == "n1_filiais" and sla in ("IS", "URGENTE"):
            sla = rnd.choices(SLAS, SLA_WEIGHTS)[0]
        kind = rnd.choices(KINDS, KIND_WEIGHTS)[0]
        while tab == "n1_blip_matriz" and kind == "installation":
            kind = rnd.choices(KINDS, KIND_WEIGHTS)[0]
        channel = "blip" if tab == "n1_blip_filiais" else rnd.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
        return sla, kind, channel

    def business_moment(earliest_day: int, latest_day: int) -> datetime:
        """A moment in business hours (rarely outside), ``earliest_day``..``latest_day`` days ago, not after now."""
        while True:
            day = today - timedelta(days=rnd.randint(latest_day, earliest_day))
            window = calendar.window(day)
            if window is None:
                if rnd.random() > 0.03:
                    continue
                moment = datetime(day.year, day.month, day.day, 9, tzinfo=tz) + timedelta(minutes=rnd.randint(0, 480))
            else:
                moment = window[0] + (window[1] - window[0]) * rnd.random()
            if moment < now - timedelta(minutes=2):
                return moment.astimezone(UTC).replace(microsecond=0)

    occurrences: list[dict[str, Any]] = []
    for _ in range(n_closed):
        tab = rnd.choices(TABS, TAB_WEIGHTS)[0]
        sla, kind, channel = facts(tab)
        opened = business_moment(HISTORY_DAYS, 0)
        due = due_at(policy.sla(sla), calendar, opened)
        closed = opened + (due - opened) * rnd.uniform(0.03, 1.25)
        if closed >= now:
            closed = opened + (now - opened) * rnd.random()
        occurrences.append(dict(
            client_id=rnd.randint(1, len(clients)), channel=channel, kind=kind,
            summary=f"{rnd.choice(SUMMARIES[kind])} (terminal {rnd.randint(1, 40)})", tab=tab, status="closed",
            sla_class=sla, opened_at=opened, due_at=due, closed_at=closed, tab_since=opened,
            assignee_id=rnd.choice(by_tab[tab]), opened_by_id=rnd.choice(attendants), faq_code=rnd.choice(FAQS),
            close_note=None, complementary_of_id=None, version=rnd.randint(2, 6)))
    for _ in range(n_open):
        tab = rnd.choices(TABS, TAB_WEIGHTS)[0]
        sla, kind, channel = facts(tab)
        opened = (now - timedelta(minutes=rnd.uniform(1, OPEN_SPAN_HOURS[sla] * 60))).replace(microsecond=0)
        status = rnd.choices(OPEN_STATUSES, OPEN_STATUS_WEIGHTS)[0]
        if tab not in N1_TABS and status == "awaiting_approval":
            status = "open"
        if tab == "apoio_n1" and status == "offered":
            status = "open"
        occurrences.append(dict(
            client_id=rnd.randint(1, len(clients)), channel=channel, kind=kind,
            summary=f"{rnd.choice(SUMMARIES[kind])} (terminal {rnd.randint(1, 40)})", tab=tab, status=status,
            sla_class=sla, opened_at=opened, due_at=due_at(policy.sla(sla), calendar, opened), closed_at=None,
            tab_since=opened + (now - opened) * rnd.choice((0, 0, 0, 0.3, 0.6)),
            assignee_id=rnd.choice(by_tab[tab]) if status == "in_progress" else None,
            opened_by_id=rnd.choice(attendants), faq_code=None, close_note=None, complementary_of_id=None,
            version=rnd.randint(1, 4)))
    occurrences.sort(key=lambda o: o["opened_at"])
    for number, occ in enumerate(occurrences, start=1):
        occ["id"] = occ["number"] = number

    # Each OC's story: offers, escalations, APOIO, forwards, closing; and the audit trail of each step
    offers: list[dict[str, Any]] = []
    escalations: list[dict[str, Any]] = []
    apoio_items: list[dict[str, Any]] = []
    recent_by_client: dict[int, dict[str, Any]] = {}
    for occ in occurrences:
        oid, opened, tab = occ["id"], occ["opened_at"], occ["tab"]
        end = occ["closed_at"] or now
        span = end - opened
        attendant = login_of[occ["opened_by_id"]]
        history.add(opened, attendant, "occurrence", oid, oid, "registered",
                    f"C{occ['client_id']:05d} · {occ['channel']} · {occ['kind']} · SLA {occ['sla_class']} · {tab}",
                    after={"tab": tab, "status": "open"})
        closed = occ["status"] == "closed"
        earlier = recent_by_client.get(occ["client_id"])
        if (closed and earlier is not None and rnd.random() < 0.04
                and opened - earlier["opened_at"] < timedelta(days=2)):  # R2: a complementary call
            occ.update(complementary_of_id=earlier["id"], faq_code="7347", closed_at=opened, tab=earlier["tab"])
            history.add(opened, attendant, "occurrence", oid, oid, "closed",
                        f"FAQ 7347: complementar à OC {earlier['number']} (R2)")
            history.add(opened, attendant, "occurrence", earlier["id"], earlier["id"], "complemented",
                        f"ligação complementar registrada na OC {occ['number']}")
            continue
        recent_by_client[occ["client_id"]] = occ
        step = opened + span * rnd.uniform(0.02, 0.2)
        # escalations: pending (awaiting approval), approved (how Especialistas and N2 got their OCs), rejected
        if occ["status"] == "awaiting_approval" or tab in ("especialistas", "n2") or rnd.random() < 0.03:
            target = "n2" if tab == "n2" else "especialistas" if tab == "especialistas" else rnd.choice(
                ("especialistas", "n2"))
            from_tab = rnd.choice(N1_TABS) if tab in ("especialistas", "n2") else tab
            requester = rnd.choice(by_tab[from_tab])
            pending = occ["status"] == "awaiting_approval"
            decision = "pending" if pending else "approved" if tab == target else rnd.choice(
                ("rejected", "rejected", "cancelled"))
            decider = rnd.choice([m for m in managers if m != requester] or managers)
            decided = step + (end - step) * rnd.uniform(0.05, 0.3)
            esc_id = len(escalations) + 1
            escalations.append(dict(
                id=esc_id, occurrence_id=oid, target=target, reason=rnd.choice(("long_in_line", "not_solvable_n1")),
                note=None, from_tab=from_tab, prior_status="open", requested_by_id=requester, requested_at=step,
                status=decision, decided_by_id=None if decision in ("pending", "cancelled") else decider,
                decided_at=None if decision in ("pending", "cancelled") else decided, decision_note=None))
            who = login_of[requester]
            history.add(step, who, "escalation", esc_id, None, "requested", f"→ {target}")
            history.add(step, who, "occurrence", oid, oid, "escalation_requested",
                        f"pedido de escalonamento para {target}")
            if decision in ("approved", "rejected"):
                history.add(decided, login_of[decider], "escalation", esc_id, None, decision, "")
                history.add(decided, login_of[decider], "occurrence", oid, oid, f"escalation_{decision}", "",
                            before={"tab": from_tab}, after={"tab": tab if decision == "approved" else from_tab})
                step = decided
        elif rnd.random() < 0.08 and tab in N1_TABS:  # forwarded between N1 tabs
            history.add(step, login_of[rnd.choice(managers)], "occurrence", oid, oid, "forwarded",
                        f"{rnd.choice(N1_TABS)} → {tab}", before={"status": "open"}, after={"tab": tab})
        # APOIO: the queue today, and what went through it
        if tab == "apoio_n1" or (closed and rnd.random() < 0.03):
            reason = rnd.choice(("no_answer", "everyone_refused", "sent_by_attendant", "n2_approved"))
            since = step
            claimer = occ["assignee_id"] if occ["status"] == "in_progress" else (
                rnd.choice(apoio_people) if closed else None)
            item_id = len(apoio_items) + 1
            resolved = end if closed else None
            apoio_items.append(dict(
                id=item_id, occurrence_id=oid, reason=reason, note=None, since=since, sent_by_id=None,
                claimed_by_id=claimer, claimed_at=since + (end - since) * 0.2 if claimer else None,
                resolved_at=resolved, resolved_by_id=claimer if resolved else None, version=2 if claimer else 1))
            history.add(since, attendant, "apoio_item", item_id, None, "created", f"OC {occ['number']}: {reason}")
            history.add(since, attendant, "occurrence", oid, oid, "sent_to_apoio", f"APOIO N1 ({reason})")
            if claimer is not None:
                history.add(since + (end - since) * 0.2, login_of[claimer], "apoio_item", item_id, None, "claimed")
        # offers: a refused one now and then, the accepted one of whoever owns it, the pending one of "offered"
        elif tab != "apoio_n1":
            people = by_tab[tab]
            offered_by = login_of[rnd.choice(attendants)]
            if rnd.random() < 0.15:
                refuser = rnd.choice(people)
                at = step + (end - step) * 0.1
                offers.append(dict(occurrence_id=oid, tab=tab, to_id=refuser, offered_by_id=id_of[offered_by],
                                   offered_at=at, answer="refused", answered_at=at + timedelta(minutes=2),
                                   reason="Em atendimento de outro cliente", warnings=""))
                history.add(at + timedelta(minutes=2), login_of[refuser], "occurrence", oid, oid, "refused",
                            "Em atendimento de outro cliente")
            owner = occ["assignee_id"]
            if occ["status"] == "offered":
                to = rnd.choice(people)
                at = now - timedelta(minutes=rnd.uniform(0.5, 14))
                offers.append(dict(occurrence_id=oid, tab=tab, to_id=to, offered_by_id=id_of[offered_by],
                                   offered_at=at, answer="pending", answered_at=None, reason=None, warnings=""))
                history.add(at, offered_by, "occurrence", oid, oid, "offered", f"→ {login_of[to]}",
                            after={"status": "offered"})
            elif owner is not None and rnd.random() < 0.7:
                at = step + (end - step) * 0.3
                offers.append(dict(occurrence_id=oid, tab=tab, to_id=owner, offered_by_id=id_of[offered_by],
                                   offered_at=at, answer="accepted", answered_at=at + timedelta(minutes=1),
                                   reason=None, warnings=""))
                history.add(at, offered_by, "occurrence", oid, oid, "offered", f"→ {login_of[owner]}")
                history.add(at + timedelta(minutes=1), login_of[owner], "occurrence", oid, oid, "accepted",
                            f"{login_of[owner]} assumiu a OC", after={"status": "in_progress"})
        if closed:
            history.add(occ["closed_at"], login_of[occ["assignee_id"]], "occurrence", oid, oid, "closed",
                        f"FAQ {occ['faq_code']}", before={"status": "in_progress"}, after={"status": "closed"})
    for number, offer in enumerate(offers, start=1):
        offer["id"] = number
    audit, feed = history.rows()

    with db.engine.begin() as conn:
        for table, rows in ((ClientRow, clients), (StaffRow, staff), (StaffTabRow, staff_tabs), (RosterRow, roster),
                            (PresenceRow, presence), (OccurrenceRow, occurrences), (OfferRow, offers),
                            (EscalationRow, escalations), (ApoioItemRow, apoio_items), (AuditRow, audit),
                            (ChangeRow, feed)):
            for chunk in _chunks(rows, 20_000):
                conn.execute(insert(table.__table__), list(chunk))
        conn.execute(update(CounterRow).where(CounterRow.name == "occurrence_number").values(value=len(occurrences)))
        conn.execute(update(CounterRow).where(CounterRow.name == "revision").values(value=len(feed)))
        if db.is_postgres:  # explicit ids: move the sequences past them, as a real history would have
            for table_name in ("clients", "staff", "roster", "presence_events", "occurrences", "offers", "escalations",
                               "apoio_items", "audit_events", "change_feed"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table_name}', 'id'), "
                                  f"(SELECT max(id) FROM {table_name}))"))
    if db.is_postgres:  # what autovacuum would have done long ago on a server with this history
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    open_by_tab = {t: 0 for t in TABS}
    for occ in occurrences:
        if occ["status"] != "closed":
            open_by_tab[occ["tab"]] += 1
    busiest = max(open_by_tab, key=open_by_tab.__getitem__)
    rows = {"OCs": len(occurrences), "audit events": len(audit), "feed rows": len(feed), "offers": len(offers),
            "escalations": len(escalations), "APOIO items": len(apoio_items), "presence events": len(presence),
            "roster days": len(roster), "staff": len(staff)}
    return Office(n_open, n_closed, busiest, open_by_tab[busiest], time.perf_counter() - started, open_by_tab,
                  logins, tabs_of, frozenset(at_lunch), rows)


def init_office_roles(db: Database, office: Office, prefix: str | None = None) -> str:
    """Make the database an office server: owner, groups, a login role per person, the guards (PostgreSQL)."""
    from pitstop_desktop.services import roles

    prefix = prefix or f"b{uuid.uuid4().hex[:6]}_"
    roles.init_roles(db, prefix)
    office.roles_prefix = prefix
    return prefix


def drop_office_roles(url: str, prefix: str) -> None:
    """The roles ``init_office_roles`` made go again, after what they own or were granted in this database."""
    engine = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            names = list(conn.execute(text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"),
                                      {"p": prefix}).scalars())
            for name in names:
                conn.execute(text(f'REASSIGN OWNED BY "{name}" TO CURRENT_USER'))
                conn.execute(text(f'DROP OWNED BY "{name}"'))
            for name in names:
                conn.execute(text(f'DROP ROLE "{name}"'))
    finally:
        engine.dispose()


@contextmanager
def pg_database(server_url: str) -> Iterator[str | None]:
    """A temporary database on ``server_url``'s server (dropped afterwards); None when the server is not there."""
    admin_url = make_url(server_url).set(drivername="postgresql+psycopg")
    name = f"pitstop_bench_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        print(f"PostgreSQL skipped: {str(exc).splitlines()[0]}")
        yield None
        return
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
