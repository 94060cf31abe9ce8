"""The machinery of the demo day's plan, in plain Python: one ``random.Random`` with a fixed seed decides every
call, offer, refusal, escalation and closing, against a model of presence that mirrors the services' rules. The
stories told with it are in ``stories``."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pitstop_desktop.db import Database
from pitstop_desktop.demo.cast import (
    AP,
    APOIO_TEAM,
    BF,
    CLIENTS,
    DAY_START,
    DEMO_CLOCK,
    ESP,
    FORGOT_LOGOUT,
    INTAKE,
    INTAKE_WEIGHTS,
    N2,
    SEED,
    STAFF,
    F,
    parse_time,
)
from pitstop_desktop.demo.texts import (
    CHANNELS,
    ESCALATION_NOTES,
    FAQ_BY_KIND,
    KINDS,
    MONTHS,
    REFUSALS,
    SLAS,
    SUMMARIES,
    WORK_MINUTES,
)
from pitstop_desktop.domain.availability import PresenceEvent, PresenceState, RosterDay, availability, presence_state
from pitstop_desktop.domain.codes import (
    PresenceKind,
    Role,
)
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.domain.tabs import Entry, OcFacts, TabRule, check_tab_accepts
from pitstop_desktop.services import apoio, escalations, occurrences, offers, people

# ---------------------------------------------------------------------------------------------------------------
# The plan


@dataclass
class Runtime:
    db: Database
    numbers: dict[str, int] = field(default_factory=dict)
    escalations: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PlannedStep:
    """One use-case call of the plan, at its moment; ``label`` describes it (for digests and debugging)."""

    at: datetime
    order: int
    seq: int
    label: str
    call: Callable[[Runtime, datetime], object]


@dataclass
class PlannedOc:
    key: str
    by: str
    client: str
    channel: str
    kind: str
    sla: str
    intake: str
    summary: str
    opened_at: datetime
    story: str = ""
    tab: str = ""
    closed_at: datetime | None = None
    parent: PlannedOc | None = None

    def __post_init__(self) -> None:
        self.tab = self.tab or self.intake


class Planner:
    """Plans the day against a model of presence that mirrors the services' own rules."""

    def __init__(self, day: date, tz: ZoneInfo, rules: dict[str, TabRule], slot_minutes: int) -> None:
        self.rng = random.Random(SEED)
        self.day, self.tz, self.rules, self.slot_minutes = day, tz, rules, slot_minutes
        self.start, self.end = self.clock(DAY_START), self.clock(DEMO_CLOCK)
        self.people = {p.login: p for p in STAFF}
        self.tab_people = {tab: sorted(p.login for p in STAFF if tab in p.tabs) for tab in rules}
        self.steps: list[PlannedStep] = []
        self.seq = itertools.count()
        self.ocs: list[PlannedOc] = []
        self.esc_count = itertools.count(1)
        self.busy: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        self.booked: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        self.clients = [f"C{1001 + i}" for i in range(len(CLIENTS))]
        self.client_weights = [3 if consulting else (2 if i < 12 else 1) for i, (_, _, consulting) in
                               enumerate(CLIENTS)]
        self.events: dict[str, list[PresenceEvent]] = {}
        self.story = ""

    # -- time helpers

    def clock(self, moment: time) -> datetime:
        return datetime.combine(self.day, moment, tzinfo=self.tz)

    def secs(self, low: int, high: int) -> timedelta:
        return timedelta(seconds=self.rng.randint(low, high))

    def mins(self, low: float, high: float) -> timedelta:
        return self.secs(int(low * 60), int(high * 60))

    def within(self, window: str) -> datetime:
        low, high = (self.clock(parse_time(x)) for x in window.split("-"))
        return low + timedelta(seconds=self.rng.randint(0, int((high - low).total_seconds())))

    def add(self, at: datetime, label: str, call: Callable[[Runtime, datetime], object], order: int = 1) -> bool:
        """Keep a step that happens by the demo clock; later ones are the future and are dropped."""
        if at > self.end:
            return False
        self.steps.append(PlannedStep(at, order, next(self.seq), label, call))
        return True

    # -- presence model (the same rule as the services: the state after the last event at or before t)

    def plan_presence(self) -> None:
        for p in STAFF:
            planned: list[tuple[datetime, PresenceKind]] = []
            if p.shows_up:
                login = self.clock(p.shift[0]) + self.secs(-360, 240)
                if login < self.start:
                    login = self.start + self.secs(0, 200)
                planned.append((login, PresenceKind.LOGIN))
                if p.lunch is not None:
                    planned.append((self.clock(p.lunch[0]) + self.secs(0, 240), PresenceKind.LUNCH))
                    planned.append((self.clock(p.lunch[1]) + self.secs(-60, 180), PresenceKind.BACK))
                planned.append((self.clock(p.shift[1]) + self.secs(0, 180), PresenceKind.LOGOUT))
            kept = [(at, kind) for at, kind in planned if at <= self.end]
            self.events[p.login] = [PresenceEvent(at, kind) for at, kind in kept]
            for at, kind in kept:
                if p.login == FORGOT_LOGOUT and kind == PresenceKind.LOGOUT:
                    continue  # the model keeps it: past the shift he is not offered work either way
                self.add(at, f"presence {p.login} {kind.value}", presence_call(p.login, kind.value), order=0)

    def logged_in(self, login: str, t: datetime) -> bool:
        """Logged in and not at lunch: enough to act (register, offer, send), not to be offered work."""
        return presence_state(self.events[login], t)[0] == PresenceState.ONLINE

    def available(self, login: str, t: datetime) -> bool:
        """Who may be offered an OC and counts for R5: the services' one definition (domain.availability) —
        logged in, not at lunch, the shift not over."""
        person = self.people[login]
        lunch = (self.clock(person.lunch[0]), self.clock(person.lunch[1])) if person.lunch else (None, None)
        roster = RosterDay(self.clock(person.shift[0]), self.clock(person.shift[1]), *lunch)
        return availability(roster, self.events[login], t).available

    def steady(self, login: str, t0: datetime, t1: datetime) -> bool:
        """Online at ``t0`` and nothing changes until ``t1``."""
        return self.available(login, t0) and not any(t0 < e.at <= t1 for e in self.events[login])

    def available_set(self, tab: str, t: datetime) -> set[str]:
        return {login for login in self.tab_people[tab] if self.available(login, t)}

    def work_end(self, login: str, start: datetime, minutes: float) -> datetime | None:
        """When ``minutes`` of online time of ``login`` have passed since ``start`` (None: not today)."""
        spans: list[tuple[datetime, datetime]] = []
        online_since: datetime | None = None
        for event in self.events[login]:
            if event.kind in (PresenceKind.LOGIN, PresenceKind.BACK):
                online_since = online_since or event.at
            elif online_since is not None:
                spans.append((online_since, event.at))
                online_since = None
        if online_since is not None:
            spans.append((online_since, self.end + timedelta(days=1)))
        remaining = timedelta(seconds=round(minutes * 60))  # whole seconds, like every other stamp
        for low, high in spans:
            low = max(low, start)
            if high <= low:
                continue
            if low + remaining <= high:
                return low + remaining
            remaining -= high - low
        return None

    def load(self, login: str, t: datetime) -> int:
        return sum(1 for a, b in self.busy[login] if a <= t < b)

    # -- choices

    def choice(self, items: Sequence[str]) -> str:
        return items[self.rng.randrange(len(items))]

    def weighted(self, weights: dict[str, int]) -> str:
        keys = list(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def online(self, logins: Sequence[str], t: datetime) -> list[str]:
        return [login for login in logins if self.logged_in(login, t)]

    def pick_target(self, tab: str, t: datetime, exclude: set[str], answer_in: timedelta) -> str | None:
        """Someone who serves ``tab``, is online now and stays so until answering; the least busy first."""
        candidates = [login for login in self.tab_people[tab]
                      if login not in exclude and self.steady(login, t, t + answer_in)]
        if not candidates:
            return None
        ranked = sorted(candidates, key=lambda login: (
            self.load(login, t) + (1 if self.people[login].role == Role.ATTENDANT else 0), self.rng.random()))
        return ranked[0]

    def management(self, t: datetime, roles: tuple[str, ...], site: str | None = None) -> str | None:
        pool = [p.login for p in STAFF if p.role in roles and (site is None or p.site == site)]
        online = self.online(pool, t)
        return self.choice(online) if online else None

    def manager(self, t: datetime) -> str | None:
        return self.management(t, (Role.MANAGER.value,))

    def offerer(self, oc: PlannedOc, t: datetime, *, outside_tab: bool = False) -> str | None:
        """Who hands the OC over: its registrar, or a supervisor (sometimes by choice, always when needed)."""
        site = "filial" if oc.tab in (BF, F) else "matriz"
        registrar_ok = self.logged_in(oc.by, t) and not (outside_tab and oc.by in self.tab_people[oc.tab])
        if registrar_ok and self.rng.random() < 0.8:
            return oc.by
        return (self.management(t, (Role.SUPERVISOR.value,), site) or self.management(t, (Role.SUPERVISOR.value,))
                or (oc.by if registrar_ok else None) or self.manager(t))

    def apoio_person(self, t: datetime) -> str | None:
        online = self.online(APOIO_TEAM, t)
        return self.choice(online) if online else None

    def fits(self, tab: str, channel: str, kind: str, sla: str) -> bool:
        try:
            check_tab_accepts(self.rules[tab], OcFacts(None, channel, kind, sla), Entry.REGISTER,
                              Role.ATTENDANT.value)
        except PitstopError:
            return False
        return True

    def summary(self, kind: str) -> str:
        text = self.choice(SUMMARIES[kind])
        return text.format(nf=self.rng.randint(10_200, 48_900), pdv=self.rng.randint(1, 8),
                           month=self.choice(MONTHS), serie=self.rng.randint(1, 3), item=self.rng.randint(2, 25))

    def new_oc(
        self, t: datetime, *, tabs: Sequence[str] | None = None, by_pool: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None, channels: Sequence[str] | None = None, slas: Sequence[str] | None = None,
    ) -> PlannedOc | None:
        """An incoming call at ``t``: a registrar online, a client and what the call is about."""
        if tabs is None:
            first = self.weighted(INTAKE_WEIGHTS)
            tabs = [first, *(tab for tab in INTAKE_WEIGHTS if tab != first)]
        for tab in tabs:
            online = self.online(by_pool or INTAKE[tab], t)
            if not online:
                continue
            attendants = [login for login in online if self.people[login].role == Role.ATTENDANT]
            by = self.choice(attendants or online)
            for _ in range(30):
                kind = self.choice(kinds) if kinds else self.weighted(KINDS[tab])
                channel = self.choice(channels) if channels else self.weighted(CHANNELS[tab])
                sla = self.choice(slas) if slas else self.weighted(SLAS)
                if self.fits(tab, channel, kind, sla):
                    break
            else:
                continue
            client = self.rng.choices(self.clients, weights=self.client_weights)[0]
            oc = PlannedOc(f"oc{len(self.ocs) + 1}", by, client, channel, kind, sla, tab, self.summary(kind), t,
                     self.story)
            self.ocs.append(oc)
            return oc
        return None

    def work_minutes(self, oc: PlannedOc, factor: float = 1.0) -> float:
        low, high = WORK_MINUTES[oc.sla]
        minutes = self.rng.uniform(low, high) * factor
        return minutes * 2.5 if self.rng.random() < 0.1 else minutes

    def faq(self, oc: PlannedOc) -> str:
        return self.choice(FAQ_BY_KIND[oc.kind])

    # -- the use cases, as steps

    def register(self, oc: PlannedOc, *, slot: datetime | None = None, technician: str | None = None) -> bool:
        parent = oc.parent

        def call(rt: Runtime, at: datetime) -> object:
            linked = rt.numbers[parent.key] if parent is not None else None
            record = occurrences.register_call(
                rt.db, actor=oc.by, client=oc.client, channel=oc.channel,
                summary=oc.summary.format(parent=linked) if parent is not None else oc.summary, kind=oc.kind,
                sla=oc.sla, tab=oc.intake, complementary_of=linked,
                slot=slot.astimezone(UTC) if slot is not None else None, technician=technician, at=at)
            rt.numbers[oc.key] = record.number
            return record

        extra = f" complementary_of={parent.key}" if parent else ""
        extra += f" slot={slot:%H:%M} {technician}" if slot is not None else ""
        label = (f"register {oc.key} [{oc.story}] by {oc.by} {oc.client} {oc.channel}/{oc.kind}/{oc.sla} "
                 f"{oc.intake}{extra}: {oc.summary}")
        ok = self.add(oc.opened_at, label, call)
        if ok and parent is not None:
            oc.closed_at = oc.opened_at
        return ok

    def offer(self, oc: PlannedOc, by: str, to: str, at: datetime) -> bool:
        return self.add(at, f"offer {oc.key} by {by} to {to}", lambda rt, when: offers.offer(
            rt.db, rt.numbers[oc.key], actor=by, to=to, at=when))

    def accept(self, oc: PlannedOc, who: str, at: datetime) -> bool:
        return self.add(at, f"accept {oc.key} by {who}", lambda rt, when: offers.accept(
            rt.db, rt.numbers[oc.key], actor=who, at=when))

    def refuse(self, oc: PlannedOc, who: str, at: datetime) -> bool:
        reason = self.choice(REFUSALS)
        return self.add(at, f"refuse {oc.key} by {who}: {reason}", lambda rt, when: offers.refuse(
            rt.db, rt.numbers[oc.key], actor=who, reason=reason, at=when))

    def close(self, oc: PlannedOc, who: str, at: datetime, faq: str | None = None, note: str | None = None) -> bool:
        code = faq or self.faq(oc)
        ok = self.add(at, f"close {oc.key} by {who} FAQ {code}", lambda rt, when: occurrences.close(
            rt.db, rt.numbers[oc.key], actor=who, faq=code, note=note, at=when))
        if ok:
            oc.closed_at = at
        return ok

    def forward(self, oc: PlannedOc, who: str, tab: str, note: str, at: datetime) -> bool:
        ok = self.add(at, f"forward {oc.key} by {who} to {tab}", lambda rt, when: occurrences.forward(
            rt.db, rt.numbers[oc.key], actor=who, tab=tab, note=note, at=when))
        if ok:
            oc.tab = tab
        return ok

    def escalate(self, oc: PlannedOc, who: str, target: str, reason: str, at: datetime) -> str | None:
        key = f"esc{next(self.esc_count)}"

        def call(rt: Runtime, when: datetime) -> object:
            record = escalations.escalate(rt.db, rt.numbers[oc.key], actor=who, target=target, reason=reason,
                                          note=ESCALATION_NOTES[reason], at=when)
            rt.escalations[key] = record.id
            return record

        return key if self.add(at, f"escalate {oc.key} by {who} to {target} ({reason}) as {key}", call) else None

    def approve(self, esc: str, who: str, at: datetime) -> bool:
        note = self.choice(("validado: seguir com o setor indicado", "ok, caso confirmado",
                            "aprovado; priorizar o atendimento"))
        return self.add(at, f"approve {esc} by {who}", lambda rt, when: escalations.approve(
            rt.db, rt.escalations[esc], actor=who, note=note, at=when))

    def reject(self, esc: str, who: str, at: datetime) -> bool:
        reason = self.choice(("procedimento está na FAQ; resolver no N1 seguindo o passo a passo",
                              "falta testar a reinstalação do driver antes de escalonar"))
        return self.add(at, f"reject {esc} by {who}", lambda rt, when: escalations.reject(
            rt.db, rt.escalations[esc], actor=who, reason=reason, at=when))

    def send(self, oc: PlannedOc, who: str, reason: str, at: datetime) -> bool:
        ok = self.add(at, f"apoio send {oc.key} by {who}: {reason}", lambda rt, when: apoio.send(
            rt.db, rt.numbers[oc.key], actor=who, reason=reason, at=when))
        if ok:
            oc.tab = AP
        return ok

    def claim(self, oc: PlannedOc, who: str, at: datetime) -> bool:
        return self.add(at, f"apoio claim {oc.key} by {who}", lambda rt, when: apoio.claim(
            rt.db, rt.numbers[oc.key], actor=who, at=when))

    def apoio_forward(self, oc: PlannedOc, who: str, tab: str, to: str | None, at: datetime) -> bool:
        ok = self.add(at, f"apoio forward {oc.key} by {who} to {tab} offering {to}", lambda rt, when: apoio.forward(
            rt.db, rt.numbers[oc.key], actor=who, tab=tab, to=to, at=when))
        if ok:
            oc.tab = tab
        return ok

    # -- flows shared by the stories

    def offer_accept(self, oc: PlannedOc, t: datetime, offerer: str, exclude: set[str] | None = None
                     ) -> tuple[str, datetime] | None:
        answer_in = self.secs(30, 300)
        target = self.pick_target(oc.tab, t, {offerer, *(exclude or set())}, answer_in)
        if target is None or not self.offer(oc, offerer, target, t):
            return None
        if not self.accept(oc, target, t + answer_in):
            self.busy[target].append((t, self.end + timedelta(days=1)))
            return None
        return target, t + answer_in

    def work_close(self, oc: PlannedOc, who: str, start: datetime, minutes: float, faq: str | None = None,
                   note: str | None = None) -> None:
        done = self.work_end(who, start, minutes)
        self.busy[who].append((start, done or self.end + timedelta(days=1)))
        if done is not None:
            self.close(oc, who, done, faq, note)

    def handle(self, oc: PlannedOc, t: datetime, factor: float = 1.0) -> None:
        """The ordinary path: offer, accept, work, close; with nobody free, look again a little later."""
        for _ in range(4):
            offerer = self.offerer(oc, t)
            got = self.offer_accept(oc, t, offerer) if offerer else None
            if got is not None:
                self.work_close(oc, got[0], got[1], self.work_minutes(oc, factor))
                return
            t += self.mins(8, 20)

    def refusal_chain(self, oc: PlannedOc, t: datetime, offerer: str) -> tuple[datetime, bool, list[str]]:
        """Offer in turn to everyone available until all refused (R5: the OC goes to APOIO by itself)."""
        refused: list[str] = []
        for _ in range(8):
            if not self.logged_in(offerer, t):
                substitute = self.offerer(oc, t, outside_tab=True)
                if substitute is None:
                    break
                offerer = substitute
            answer_in = self.secs(45, 240)
            target = self.pick_target(oc.tab, t, {offerer, *refused}, answer_in)
            if target is None or not self.offer(oc, offerer, target, t):
                break
            answered = t + answer_in
            if not self.refuse(oc, target, answered):
                break
            refused.append(target)
            if self.available_set(oc.tab, answered) <= set(refused):
                oc.tab = AP
                return answered, True, refused
            t = answered + self.secs(20, 150)
        return t, False, refused

    def apoio_handles(self, oc: PlannedOc, since: datetime, mode: str, destination: str) -> None:
        """What APOIO does with an item in its queue: nothing yet, claim it, close it or route it."""
        if mode == "none":
            return
        claimed_at = since + self.mins(2, 14)
        who = self.apoio_person(claimed_at)
        if who is None or not self.claim(oc, who, claimed_at):
            return
        if mode == "claim":
            self.busy[who].append((claimed_at, self.end + timedelta(days=1)))
            return
        if mode == "close":
            self.work_close(oc, who, claimed_at, self.rng.uniform(8, 35),
                            note="resolvido pelo APOIO com o cliente na linha")
            return
        routed_at = self.work_end(who, claimed_at, self.rng.uniform(3, 12))
        if routed_at is None:
            return
        answer_in = self.secs(40, 300)
        target = self.pick_target(destination, routed_at, set(), answer_in) if mode != "forward_open" else None
        if not self.apoio_forward(oc, who, destination, target, routed_at) or target is None:
            return
        if self.accept(oc, target, routed_at + answer_in):
            factor = 3.0 if destination in (ESP, N2) else 1.5
            self.work_close(oc, target, routed_at + answer_in, self.work_minutes(oc, factor))

    def take_and_work(self, oc: PlannedOc, t: datetime) -> tuple[str, datetime]:
        """Someone takes the OC (or its registrar keeps it) and works on it a while; returns who and until when."""
        offerer = self.offerer(oc, t)
        got = self.offer_accept(oc, t, offerer) if offerer else None
        who, since = got if got is not None else (oc.by, t)
        worked = self.work_end(who, since, self.rng.uniform(6, 35))
        return who, worked or since + self.secs(60, 180)


def presence_call(login: str, kind: str) -> Callable[[Runtime, datetime], object]:
    return lambda rt, at: people.record_presence(rt.db, login=login, kind=kind, at=at)
