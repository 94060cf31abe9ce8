"""The stories of the demo day: what happens to each call (the ordinary path, refusals, APOIO, escalations,
bookings, complementary calls), told with the planner's steps, and ``plan_day``, which plans them all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pitstop_desktop.demo.cast import (
    AP,
    BF,
    BM,
    BOOKABLE,
    BRANCH_ATTENDANTS,
    ESP,
    INTAKE,
    N2,
    F,
    R,
)
from pitstop_desktop.demo.planner import PlannedOc, PlannedStep, Planner
from pitstop_desktop.demo.texts import (
    APOIO_STORIES,
    ARRIVALS,
    COMPLEMENTS,
    REGULAR_CALLS,
    STORIES,
)
from pitstop_desktop.domain.availability import RosterDay
from pitstop_desktop.domain.codes import (
    FAQ_APPOINTMENT,
    EscalationReason,
    Role,
)
from pitstop_desktop.domain.slots import free_slots
from pitstop_desktop.domain.tabs import DEFAULT_TABS, TabRule


class DayPlanner(Planner):
    """The planner with the day's stories."""

    # -- the stories

    def plan(self) -> list[PlannedStep]:
        self.plan_presence()
        stories: list[tuple[datetime, str, int]] = []
        for name, count, window in STORIES:
            for index in range(count):
                spec = APOIO_STORIES.get(name)
                stories.append((self.within(spec[index][0] if spec else window), name, index))
        total = sum(ARRIVALS)
        for _ in range(REGULAR_CALLS):
            bucket = self.rng.choices(range(len(ARRIVALS)), weights=[w / total for w in ARRIVALS])[0]
            moment = self.start + timedelta(minutes=30 * bucket) + self.secs(0, 1799)
            moment = min(max(moment, self.clock(time(7, 38))), self.clock(time(14, 27)))
            stories.append((moment, "regular", 0))
        stories.sort(key=lambda s: (s[0], s[1], s[2]))
        for moment, name, index in stories:
            self.story = f"{name}#{index}"
            getattr(self, f"story_{name}")(moment, index)
        return sorted(self.steps, key=lambda s: (s.at, s.order, s.seq))

    def story_regular(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t)
        if oc is not None and self.register(oc):
            self.handle(oc, t + self.secs(40, 360))

    def story_open_waiting(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t)
        if oc is not None:
            self.register(oc)

    def story_open_breached(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t, tabs=[R, BM, BF], slas=["IS", "URGENTE"])
        if oc is not None:
            self.register(oc)

    def story_offered_stale(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t, tabs=[R, BM, F, BF][index % 4:] + [R, BM, F, BF][:index % 4])
        if oc is None or not self.register(oc):
            return
        t1 = t + self.secs(60, 300)
        offerer = self.offerer(oc, t1)
        target = self.pick_target(oc.tab, t1, {offerer}, timedelta(0)) if offerer else None
        if offerer and target:
            self.offer(oc, offerer, target, t1)

    def story_refused_then_accepted(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t)
        if oc is None or not self.register(oc):
            return
        t1 = t + self.secs(40, 240)
        offerer = self.offerer(oc, t1)
        answer_in = self.secs(45, 240)
        first = self.pick_target(oc.tab, t1, {offerer} if offerer else set(), answer_in) if offerer else None
        if offerer is None or first is None or not self.offer(oc, offerer, first, t1):
            return
        refused_at = t1 + answer_in
        if not self.refuse(oc, first, refused_at):
            return
        if self.available_set(oc.tab, refused_at) <= {first}:
            oc.tab = AP  # nobody else was there: R5 sent it to APOIO, which picks it up
            self.apoio_handles(oc, refused_at, "close", oc.intake)
            return
        t2 = refused_at + self.secs(20, 120)
        offerer = offerer if self.logged_in(offerer, t2) else self.offerer(oc, t2)
        got = self.offer_accept(oc, t2, offerer, {first}) if offerer else None
        if got is not None:
            self.work_close(oc, got[0], got[1], self.work_minutes(oc))

    def story_refused_all(self, t: datetime, index: int) -> None:
        # Branch attendants register in N1 - Filiais, which they do not serve, so every available branch
        # technician can refuse and R5 moves the OC to APOIO.
        oc = self.new_oc(t, tabs=[F], by_pool=BRANCH_ATTENDANTS)
        if oc is None or not self.register(oc):
            return
        t1 = t + self.secs(40, 200)
        offerer = self.offerer(oc, t1, outside_tab=True)
        if offerer is None:
            return
        moved_at, moved, _ = self.refusal_chain(oc, t1, offerer)
        if moved:
            self.apoio_handles(oc, moved_at, APOIO_STORIES["refused_all"][index][1], F)

    def story_no_answer(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t, tabs=[F, BF, R, BM][index % 4:] + [F, BF, R, BM][:index % 4])
        if oc is None or not self.register(oc):
            return
        t1 = t + self.secs(40, 240)
        offerer = self.offerer(oc, t1)
        target = self.pick_target(oc.tab, t1, {offerer}, timedelta(0)) if offerer else None
        if offerer is None or target is None or not self.offer(oc, offerer, target, t1):
            return
        sent_at = t1 + self.secs(630, 1200)
        sender = oc.by if self.logged_in(oc.by, sent_at) else self.offerer(oc, sent_at)
        if sender and self.send(oc, sender, f"{self.people[target].name} não respondeu à oferta em 10 minutos",
                                sent_at):
            self.apoio_handles(oc, sent_at, APOIO_STORIES["no_answer"][index][1], oc.intake)

    def story_sent_by_attendant(self, t: datetime, index: int) -> None:
        slas = ["IS"] if index == 3 else None
        oc = self.new_oc(t, tabs=[R, BM, BF, F][index % 4:] + [R, BM, BF, F][:index % 4], slas=slas)
        if oc is None or not self.register(oc):
            return
        sent_at = t + self.secs(60, 480)
        sender = oc.by if self.logged_in(oc.by, sent_at) else self.offerer(oc, sent_at)
        reason = self.choice(("nenhum técnico disponível na aba agora", "cliente da consultoria pediu retorno "
                              "da gestão", "cliente irritado; terceira ligação sobre o mesmo problema"))
        if sender and self.send(oc, sender, reason, sent_at):
            self.apoio_handles(oc, sent_at, APOIO_STORIES["sent_by_attendant"][index][1], oc.intake)

    def story_forwarded(self, t: datetime, index: int) -> None:
        if index % 2 == 0:
            oc = self.new_oc(t, tabs=[R], kinds=["installation", "training"], channels=["phone"],
                             slas=["24H", "72H", "10D"])
            destination, note = F, "instalação e treinamento ficam com a equipe das filiais"
        else:
            oc = self.new_oc(t, tabs=[BM], kinds=["question", "error", "configuration"], channels=["blip"],
                             slas=["2H", "4H", "24H"])
            destination, note = BF, "cliente de filial; segue no Blip Filiais"
        if oc is None or not self.register(oc):
            return
        moved_at = t + self.secs(60, 400)
        if not self.logged_in(oc.by, moved_at) or not self.forward(oc, oc.by, destination, note, moved_at):
            return
        self.handle(oc, moved_at + self.secs(60, 300), factor=1.5)

    def story_booked(self, t: datetime, index: int) -> None:
        """FAQ 7037: the call is registered on a free slot of a technician (R10), at least 45 minutes ahead."""
        tech = BOOKABLE[index % len(BOOKABLE)]
        p = self.people[tech]
        lunch = (self.clock(p.lunch[0]), self.clock(p.lunch[1])) if p.lunch else (None, None)
        roster = RosterDay(self.clock(p.shift[0]), self.clock(p.shift[1]), *lunch)
        free = [s for s in free_slots(tech, roster, self.booked[tech], self.slot_minutes)
                if s.start >= t + timedelta(minutes=45)]
        oc = self.new_oc(t, tabs=[F if p.site == "filial" else R], kinds=["installation", "training", "configuration"],
                         channels=["phone", "email"], slas=["24H", "72H", "10D"]) if free else None
        if oc is None:
            return
        slot = free[self.rng.randrange(min(3, len(free)))]
        if not self.register(oc, slot=slot.start, technician=tech):
            return
        self.booked[tech].append((slot.start, slot.end))
        self.busy[tech].append((slot.start, slot.end))
        done = self.work_end(tech, slot.start, self.slot_minutes - self.rng.uniform(5, 20))
        if done is not None and done <= slot.end + timedelta(minutes=20):
            self.close(oc, tech, done, FAQ_APPOINTMENT, "atendimento agendado realizado")

    def story_complementary(self, t: datetime, index: int) -> None:
        parents = [oc for oc in self.ocs if oc.parent is None and oc.opened_at <= t - timedelta(minutes=10)
                   and (oc.closed_at is None or oc.closed_at > t + timedelta(minutes=1))]
        if not parents:
            return
        parent = parents[self.rng.randrange(len(parents))]
        tabs = [tab for tab in INTAKE if tab != parent.intake]
        for tab in [parent.intake, *tabs]:
            channel = parent.channel if self.fits(tab, parent.channel, parent.kind, parent.sla) else "blip"
            if not self.fits(tab, channel, parent.kind, parent.sla):
                continue
            online = [login for login in self.online(INTAKE[tab], t)
                      if self.people[login].role == Role.ATTENDANT] or self.online(INTAKE[tab], t)
            if online:
                oc = PlannedOc(f"oc{len(self.ocs) + 1}", self.choice(online), parent.client, channel, parent.kind,
                         parent.sla, tab, self.choice(COMPLEMENTS), t, self.story, parent=parent)
                self.ocs.append(oc)
                self.register(oc)
                return

    # escalations

    def escalation_story(self, t: datetime, target: str, decision: str, index: int) -> None:
        oc = self.new_oc(t, kinds=["error", "error", "configuration", "question"],
                         slas=["URGENTE", "2H", "4H", "24H"] if index % 2 == 0 else None)
        if oc is None or not self.register(oc):
            return
        who, asked_at = self.take_and_work(oc, t + self.secs(40, 300))
        reason = (EscalationReason.LONG_IN_LINE if index % 2 == 0 else EscalationReason.NOT_SOLVABLE_N1).value
        esc = self.escalate(oc, who, target, reason, asked_at)
        if esc is None or decision == "pending":
            return
        decided_at = asked_at + self.mins(4, 22)
        manager = self.manager(decided_at)
        if manager is None:
            return
        if decision == "reject":
            if self.reject(esc, manager, decided_at):
                self.work_close(oc, who, decided_at + self.secs(60, 300), self.rng.uniform(10, 40))
            return
        if not self.approve(esc, manager, decided_at):
            return
        if target == N2:
            oc.tab = AP  # R7: approved N2 goes through APOIO
            self.apoio_handles(oc, decided_at, decision, N2)
            return
        oc.tab = ESP
        if decision == "open":
            return
        offered_at = decided_at + self.mins(1, 8)
        if decision == "refused_all":
            moved_at, moved, _ = self.refusal_chain(oc, offered_at, manager)
            if moved:
                self.apoio_handles(oc, moved_at, "forward", ESP)
            return
        got = self.offer_accept(oc, offered_at, manager)
        if got is None:
            return
        specialist, since = got
        if decision == "then_n2":
            asked_again = self.work_end(specialist, since, self.rng.uniform(15, 40))
            if asked_again is not None:
                self.escalate(oc, specialist, N2, EscalationReason.NOT_SOLVABLE_N1.value, asked_again)
            return
        self.work_close(oc, specialist, since, self.work_minutes(oc, 2.0))

    def story_esc_pending_esp(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "pending", index)

    def story_esc_pending_n2(self, t: datetime, index: int) -> None:
        self.escalation_story(t, N2, "pending", index)

    def story_esc_esp_then_n2(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "then_n2", index)

    def story_esc_approved_esp(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "work", index)

    def story_esc_esp_refused_all(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "refused_all", index)

    def story_esc_approved_open(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "open", index)

    def story_esc_rejected(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP if index % 2 == 0 else N2, "reject", index)

    def story_n2_forwarded(self, t: datetime, index: int) -> None:
        self.escalation_story(t, N2, "forward_open" if index == 3 else "forward", index)

    def story_n2_waiting(self, t: datetime, index: int) -> None:
        self.escalation_story(t, N2, "claim", index)

    def story_n2_unclaimed(self, t: datetime, index: int) -> None:
        self.escalation_story(t, N2, "none", index)


def plan_day(day: date, *, timezone: str = "America/Sao_Paulo", rules: Sequence[TabRule] | None = None,
             slot_minutes: int = 60) -> list[PlannedStep]:
    """The timed steps of the demo day (pure: no database). Tab rules default to the seeded ones."""
    by_code = {r.code: r for r in (rules if rules is not None else DEFAULT_TABS)}
    return DayPlanner(day, ZoneInfo(timezone), by_code, slot_minutes).plan()
