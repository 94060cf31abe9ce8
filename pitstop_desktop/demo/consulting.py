"""The consulting team's weeks (issue 12, second seed): six ISO weeks before the demo day's, that week and the next,
so the week view, the work plan and every chart of the weekly report have something to show.

What is there: the three consultants of ``cast.CONSULTANTS`` (the ``consulting_team`` setting) with their rosters,
the consulting clients shared between them (``clients.consultant_id``) with 2–4 people each, two meeting rooms,
and for each week and consultant

- a work plan: minutes per task type adding up to most of the roster's hours (the rest is for the calls);
- a schedule made at the start of the week from that plan: the roster's reserved times for e-mail and Skype, the
  team's Monday meeting (room booked, with its agenda), meetings with clients (a room, an agenda) and conferences
  (with a task to prepare them), and the plan's other task types filling the free time, with gaps left for calls;
- what happened: tasks started and stopped near their planned times (some overrun, a few are cancelled or never
  started), scheduled contacts done, missed or cancelled, a Skype client who waited past ten minutes and got a
  conference instead, calls and Skype conversations of 3–25 minutes in the gaps (rule 2: exact start and stop) and
  e-mails answered during the reserved time;
- the demo day's week done up to the demo clock: Beatriz is in a task, Gustavo on the phone, Larissa at lunch; the
  rest of the week scheduled, and next week scheduled from its plan but not fully (the report's points 5–6 show
  the gaps).

Every closed help-desk OC (the day's and the month's, complementary calls apart) gets its "Comunicar conclusão"
task (rule 4), owned by who closed it, done a few minutes after the closing — a few are still waiting.

As ``month.py`` does, everything is decided in plain Python with its own seeded ``random.Random`` (the day and
the month stay as they were); ``demo/consulting_loading.py`` writes it in one transaction with bulk inserts: the
rows the services write for the same story, one audit event per step (added, started, stopped, scheduled, missed,
cancelled …) at the moment it happened, and one change-feed entry per event under one revision. Presence of the
consultants on the demo day is played with the day (``presence_steps``), so the feed of the day stays in time
order.
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pitstop_desktop.demo.cast import CLIENTS, CONSULTANTS, SEED, DemoPerson, demo_moment
from pitstop_desktop.demo.consulting_texts import (
    CALL_SUBJECTS,
    CHECK_EMAIL_TITLE,
    CONCLUSION_TITLE,
    CONFERENCE_PREP_TITLE,
    CONFERENCE_SUBJECTS,
    EMAIL_SUBJECTS,
    FILLER,
    FIRST_NAMES,
    LAST_NAMES,
    MEETING_AGENDAS,
    MEETING_ROOM,
    MEETING_SUBJECTS,
    SKYPE_DUTY_TITLE,
    TEAM_MEETING_AGENDA,
    TEAM_MEETING_TITLE,
    TRAINING_ROOM,
)
from pitstop_desktop.demo.planner import PlannedStep, presence_call
from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.domain.consulting import (
    COMMUNICATE_CONCLUSION_TIME,
    ROOM_SLOT,
    ContactChannel,
    ContactStatus,
    TaskStatus,
    TaskType,
    room_slots,
    week_label,
    week_monday,
)

WEEKS_BEFORE = 6  # the ISO weeks before the demo day's; with it and the next one, eight weeks
CONSULTING_SEED = SEED + 5  # its own streams: the day's and the month's plans do not move
PRESENCE_SEED = SEED + 6
CONCLUSION_SEED = SEED + 7
PLAN_SHARE = 0.88  # of the roster's minutes, what the work plan gives to task types (the rest: calls)
MANAGER = "ricardo.almeida"  # sets the work plan and books the team's meeting
MAILBOX = "consultoria@pitstop.example"  # the Consultoria mailbox every e-mail reply copies (seed 1.1.3.3)
QUARTER = timedelta(minutes=15)
# The roster's Skype duty of each consultant (cast.CONSULTANTS order): 45 minutes a day
SKYPE_DUTY = (time(16, 0), time(10, 45), time(11, 0))
TEAM_MEETING = (time(9, 30), time(10, 30))  # the first business day of every week, Sala de reunião 1
ANCHOR = (time(14, 0), time(15, 30))  # Beatriz's task around the demo clock


# ---------------------------------------------------------------------------------------------------------------
# The plan (pure Python)


@dataclass(frozen=True)
class OcFact:
    """What the plan needs of an OC of the day or the month."""

    number: int
    client: str
    opened_at: datetime
    closed_at: datetime | None
    closed_by: str | None  # the assignee of a closed OC; None for a complementary call


@dataclass(frozen=True)
class PersonAtClient:
    client: str
    name: str
    phone: str
    email: str
    skype: str


@dataclass
class PlannedContact:
    consultant: str
    channel: str
    client: str
    person: str | None
    protocol: int | None
    subject: str
    scheduled: bool
    created_at: datetime
    status: str = ContactStatus.SCHEDULED.value
    planned_start: datetime | None = None
    planned_end: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    wait_started_at: datetime | None = None
    settled_at: datetime | None = None  # when it was marked missed or cancelled


@dataclass
class PlannedTask:
    owner: str
    type: str
    title: str
    protocol: int | None
    planned_start: datetime | None
    planned_end: datetime | None
    created_at: datetime
    status: str = TaskStatus.PLANNED.value
    started_at: datetime | None = None
    stopped_at: datetime | None = None
    settled_at: datetime | None = None  # when it was cancelled
    contact: PlannedContact | None = None
    anchor: bool = False


@dataclass(frozen=True)
class PlannedBooking:
    room: str
    starts_at: datetime
    ends_at: datetime
    title: str
    agenda: str
    booked_by: str
    booked_at: datetime
    contact: PlannedContact | None = None


@dataclass
class ConsultingPlan:
    weeks: list[date]  # the Mondays, oldest first
    consultant_of: dict[str, str]  # client code → login
    people: list[PersonAtClient]
    roster_days: list[tuple[DemoPerson, date]]
    plan_lines: list[tuple[str, date, str, int, datetime]]  # login, Monday, task type, minutes, set at
    tasks: list[PlannedTask] = field(default_factory=list)
    contacts: list[PlannedContact] = field(default_factory=list)
    bookings: list[PlannedBooking] = field(default_factory=list)


def _ascii(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in " .")


def short_name(client_name: str) -> str:
    """"Polinorte Indústria de Plásticos S.A." → "Polinorte Indústria de Plásticos": the name people say."""
    words = client_name.replace("&", "e").split()
    while words and words[-1].rstrip(".") in ("Ltda", "ME", "S.A", "SA"):
        words.pop()
    return " ".join(words)


def _seconds(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


class _Planner:
    def __init__(self, day: date, calendar: BusinessCalendar, ocs: Sequence[OcFact]) -> None:
        self.rng = random.Random(CONSULTING_SEED)
        self.day, self.calendar, self.tz = day, calendar, calendar.tz
        self.now = demo_moment(day, calendar.timezone)
        monday = week_monday(day)
        self.weeks = [monday + timedelta(weeks=k) for k in range(-WEEKS_BEFORE, 2)]
        self.consultants = list(CONSULTANTS)
        clients = [(f"C{1001 + i}", name, ddd) for i, (name, ddd, consulting) in enumerate(CLIENTS) if consulting]
        self.client_names = {code: short_name(name) for code, name, _ in clients}
        self.consultant_of = {code: self.consultants[i % len(self.consultants)].login
                              for i, (code, _, _) in enumerate(clients)}
        self.clients_of = {p.login: [c for c, login in self.consultant_of.items() if login == p.login]
                           for p in self.consultants}
        self.people = self._people_at_clients(clients)
        self.names_at = {code: [p.name for p in self.people if p.client == code] for code, _, _ in clients}
        by_client: dict[str, list[OcFact]] = {}
        for oc in sorted(ocs, key=lambda o: (o.opened_at, o.number)):
            by_client.setdefault(oc.client, []).append(oc)
        self.protocols = {c: ([o.opened_at for o in facts], [o.number for o in facts])
                          for c, facts in by_client.items()}
        self.busy: dict[tuple[str, date], list[tuple[datetime, datetime]]] = {}
        self.rooms_taken: set[tuple[str, datetime]] = set()
        self.plan = ConsultingPlan(self.weeks, self.consultant_of, self.people, [], [])

    # -- people, time and choices

    def _people_at_clients(self, clients: Sequence[tuple[str, str, str]]) -> list[PersonAtClient]:
        found: list[PersonAtClient] = []
        for code, name, ddd in clients:
            domain = _ascii(short_name(name)).split()[0] + ".com.br"
            names: list[str] = []
            while len(names) < self.rng.randint(2, 4):
                person = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
                if person not in names:
                    names.append(person)
            for person in names:
                first, last = _ascii(person.split()[0]), _ascii(person.split()[-1])
                phone = f"({ddd}) 9{self.rng.randint(6000, 9999)}-{self.rng.randint(1000, 9999)}"
                found.append(PersonAtClient(code, person, phone, f"{first}.{last}@{domain}",
                                            f"live:{first}.{last}.{domain.split('.')[0]}"))
        return found

    def clock(self, d: date, t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=self.tz)

    def secs(self, low: int, high: int) -> timedelta:
        return timedelta(seconds=self.rng.randint(low, high))

    def segments(self, person: DemoPerson, d: date) -> list[tuple[datetime, datetime]]:
        assert person.lunch is not None
        return [(self.clock(d, person.shift[0]), self.clock(d, person.lunch[0])),
                (self.clock(d, person.lunch[1]), self.clock(d, person.shift[1]))]

    def business_days(self, monday: date) -> list[date]:
        return [d for d in (monday + timedelta(days=i) for i in range(7)) if self.calendar.is_business_day(d)]

    def protocol(self, client: str, moment: datetime) -> int | None:
        """One of the client's OCs opened in the three weeks before ``moment`` (None: none then)."""
        opened, numbers = self.protocols.get(client, ([], []))
        last = bisect_right(opened, moment)
        recent = [numbers[i] for i in range(max(0, last - 4), last) if moment - opened[i] <= timedelta(days=21)]
        return self.rng.choice(recent) if recent else None

    def some_client(self, login: str) -> str:
        """Mostly one of the consultant's own clients; now and then a colleague's (covering for them)."""
        own = self.clients_of[login]
        return self.rng.choice(own if self.rng.random() < 0.85 else sorted(self.consultant_of))

    def person_at(self, client: str) -> str:
        return self.rng.choice(self.names_at[client])

    # -- placing things in a consultant's day

    def free(self, person: DemoPerson, d: date) -> list[tuple[datetime, datetime]]:
        taken = sorted(self.busy.get((person.login, d), []))
        spans: list[tuple[datetime, datetime]] = []
        for low, high in self.segments(person, d):
            cursor = low
            for a, b in taken:
                if b <= cursor or a >= high:
                    continue
                if a > cursor:
                    spans.append((cursor, a))
                cursor = max(cursor, b)
            if cursor < high:
                spans.append((cursor, high))
        return spans

    def take(self, person: DemoPerson, d: date, start: datetime, end: datetime) -> None:
        self.busy.setdefault((person.login, d), []).append((start, end))

    def place(self, person: DemoPerson, d: date, minutes: int) -> datetime | None:
        """A free start on the half hour where ``minutes`` fit (rooms are booked in half-hour slots)."""
        length = timedelta(minutes=minutes)
        starts = []
        for low, high in self.free(person, d):
            start = low + (-(low - datetime.combine(d, time(0), tzinfo=self.tz))) % ROOM_SLOT
            while start + length <= high:
                starts.append(start)
                start += ROOM_SLOT
        return self.rng.choice(starts) if starts else None

    def task(self, person: DemoPerson, kind: TaskType, title: str, start: datetime, end: datetime,
             created: datetime, protocol: int | None = None, contact: PlannedContact | None = None,
             anchor: bool = False) -> PlannedTask:
        planned = PlannedTask(person.login, kind.value, title, protocol, start, end, created, contact=contact,
                              anchor=anchor)
        self.plan.tasks.append(planned)
        self.take(person, start.date(), start, end)
        return planned

    # -- the weeks

    def make(self) -> ConsultingPlan:
        for monday in self.weeks:
            self.week(monday)
        return self.plan

    def planning_moment(self, monday: date) -> datetime:
        """When the week was planned: the last business afternoon before it; the next week, this morning."""
        if monday > self.day:
            return self.clock(self.day, time(9, 40)) + self.secs(0, 1800)
        previous = monday - timedelta(days=1)
        while not self.calendar.is_business_day(previous):
            previous -= timedelta(days=1)
        return self.clock(previous, time(16, 0)) + self.secs(0, 2400)

    def week(self, monday: date) -> None:
        days = self.business_days(monday)
        if not days:
            return
        planned_at = self.planning_moment(monday)
        upcoming = monday > self.day
        for d in days:
            for person in self.consultants:
                if d != self.day:  # the demo day's roster is the day's own (demo.loading)
                    self.plan.roster_days.append((person, d))
        team_meeting = (self.clock(days[0], TEAM_MEETING[0]), self.clock(days[0], TEAM_MEETING[1]))
        self.plan.bookings.append(PlannedBooking(MEETING_ROOM, *team_meeting, TEAM_MEETING_TITLE, TEAM_MEETING_AGENDA,
                                                 MANAGER, planned_at - timedelta(minutes=20)))
        self.rooms_taken.update((MEETING_ROOM, s) for s in room_slots(*team_meeting))
        for index, person in enumerate(self.consultants):
            lines = self.plan_lines(index, len(days))
            for kind, minutes in lines.items():
                self.plan.plan_lines.append((person.login, monday, kind, minutes, planned_at - timedelta(minutes=30)))
            conferences = lines[TaskType.CONFERENCE.value] // 30
            self.fixed_times(index, person, days, team_meeting, planned_at)
            self.scheduled_contacts(person, days, conferences, planned_at)
            if upcoming:  # planned ahead, not all of it yet: the report's points 5–6 show what is missing
                lines = {k: int(m * self.rng.choice((0.0, 0.5, 0.75, 1.0, 1.0))) for k, m in lines.items()}
            self.fill(index, person, days, lines, planned_at)
        for person in self.consultants:
            for d in days:
                if d <= self.day:
                    self.happen(person, d)
        self.settle_scheduled(monday)

    def plan_lines(self, index: int, days: int) -> dict[str, int]:
        """The week's work plan of one consultant: task type → minutes, on quarter hours."""
        def quarters(minutes: float) -> int:
            return round(minutes / 15) * 15

        roster = days * 8 * 60
        lines = {TaskType.CHECK_EMAIL.value: 60 * days, TaskType.SKYPE_DUTY.value: 45 * days,
                 TaskType.MEETING.value: 60, TaskType.CONFERENCE.value: 30 * self.rng.randint(1, 3)}
        wanted = {w.type.value: w.minutes[index] * days / 5 * self.rng.uniform(0.8, 1.25) for w in FILLER
                  if w.minutes[index]}
        scale = (roster * PLAN_SHARE - sum(lines.values())) / sum(wanted.values())
        lines.update({kind: quarters(minutes * scale) for kind, minutes in wanted.items()})
        return {kind: minutes for kind, minutes in lines.items() if minutes > 0}

    def fixed_times(self, index: int, person: DemoPerson, days: Sequence[date],
                    team_meeting: tuple[datetime, datetime], planned_at: datetime) -> None:
        for d in days:
            for low, _ in self.segments(person, d):
                self.task(person, TaskType.CHECK_EMAIL, CHECK_EMAIL_TITLE, low, low + timedelta(minutes=30), planned_at)
            skype = self.clock(d, SKYPE_DUTY[index])
            self.task(person, TaskType.SKYPE_DUTY, SKYPE_DUTY_TITLE, skype, skype + timedelta(minutes=45), planned_at)
            if d == days[0]:
                self.task(person, TaskType.MEETING, TEAM_MEETING_TITLE, *team_meeting, planned_at)
            if d == self.day and index == 0:
                client = self.clients_of[person.login][0]
                start, end = self.clock(d, ANCHOR[0]), self.clock(d, ANCHOR[1])
                title = f"Ajuste do cadastro de tributação — {self.client_names[client]}"
                self.task(person, TaskType.MAINTENANCE, title, start, end, planned_at,
                          self.protocol(client, planned_at), anchor=True)

    def scheduled_contacts(self, person: DemoPerson, days: Sequence[date], conferences: int,
                           planned_at: datetime) -> None:
        """Meetings with clients (a room and an agenda) and conferences (with a task to prepare them)."""
        wishes = [ContactChannel.MEETING] * self.rng.choice((1, 1, 2)) + [ContactChannel.CONFERENCE] * conferences
        for channel in wishes:
            for _ in range(12):
                d = self.rng.choice(days)
                minutes = self.rng.choice((60, 90) if channel == ContactChannel.MEETING else (30, 60))
                prep = 30 if channel == ContactChannel.CONFERENCE else 0
                start = self.place(person, d, minutes + prep)
                if start is None:
                    continue
                start += timedelta(minutes=prep)
                end = start + timedelta(minutes=minutes)
                room = None
                if channel == ContactChannel.MEETING:
                    rooms = [MEETING_ROOM, TRAINING_ROOM] if self.rng.random() < 0.7 else [TRAINING_ROOM, MEETING_ROOM]
                    room = next((r for r in rooms if not any((r, s) in self.rooms_taken
                                                             for s in room_slots(start, end))), None)
                    if room is None:
                        continue
                self.contact_at(person, channel, d, start, end, prep, room, planned_at)
                break

    def contact_at(self, person: DemoPerson, channel: ContactChannel, d: date, start: datetime, end: datetime,
                   prep: int, room: str | None, planned_at: datetime) -> None:
        client = self.some_client(person.login)
        created = planned_at
        subject = self.rng.choice(MEETING_SUBJECTS if channel == ContactChannel.MEETING else CONFERENCE_SUBJECTS[:3])
        waited: PlannedContact | None = None
        if channel == ContactChannel.CONFERENCE and d > self.weeks[0] and self.rng.random() < 0.35:
            # the client waited on Skype past the ten minutes (seed 1.1.4.4–5): a conference instead
            before = d - timedelta(days=1)
            while not self.calendar.is_business_day(before):
                before -= timedelta(days=1)
            asked = self.clock(before, time(10)) + self.secs(0, 5 * 3600)
            if asked < self.now:
                created = asked + timedelta(minutes=10, seconds=self.rng.randint(5, 90))
                subject = CONFERENCE_SUBJECTS[3]
                waited = PlannedContact(person.login, ContactChannel.SKYPE.value, client, self.person_at(client), None,
                                        "Aguardando no Skype", True, asked, ContactStatus.CANCELLED.value,
                                        wait_started_at=asked, settled_at=created)
                self.plan.contacts.append(waited)
        contact = PlannedContact(person.login, channel.value, client, self.person_at(client),
                                 self.protocol(client, created), subject, True, created,
                                 planned_start=start, planned_end=end)
        if waited is not None:
            contact.person = waited.person
        self.plan.contacts.append(contact)
        self.take(person, d, start, end)
        if prep:
            self.task(person, TaskType.CONFERENCE, CONFERENCE_PREP_TITLE.format(client=self.client_names[client]),
                      start - timedelta(minutes=prep), start, created, contact.protocol, contact)
        if room is not None:
            agenda = self.rng.choice(MEETING_AGENDAS)
            self.plan.bookings.append(PlannedBooking(room, start, end, f"{subject} — {self.client_names[client]}",
                                                     agenda, person.login, created, contact))
            self.rooms_taken.update((room, s) for s in room_slots(start, end))

    def fill(self, index: int, person: DemoPerson, days: Sequence[date], lines: dict[str, int],
             planned_at: datetime) -> None:
        """The plan's other task types in the free time, in blocks of half an hour to two hours, with gaps."""
        works = {w.type.value: w for w in FILLER}
        left = {kind: minutes for kind, minutes in lines.items() if kind in works}
        for number, d in enumerate(days):
            budget = sum(left.values()) / (len(days) - number)
            for low, high in self.free(person, d):
                t = low
                while budget >= 15 and high - t >= timedelta(minutes=30):
                    if self.rng.random() < 0.3:  # a gap: time for the calls that will come
                        t += QUARTER * self.rng.choice((1, 2))
                        continue
                    kinds = [k for k, m in left.items() if m >= 15]
                    if not kinds:
                        break
                    kind = self.rng.choices(kinds, weights=[left[k] for k in kinds])[0]
                    room = int((high - t).total_seconds() // 60)
                    minutes = min(self.rng.choice((30, 45, 60, 60, 90, 120)), left[kind], room, int(budget) + 15)
                    minutes -= minutes % 15
                    if minutes < 15:
                        break
                    work = works[kind]
                    client = self.some_client(person.login)
                    protocol = self.protocol(client, t) if work.protocol else None
                    titles = [x for x in work.titles if protocol is not None or "{protocol}" not in x]
                    if not titles:
                        titles = [x.replace("da OC {protocol}", "— {client}") for x in work.titles]
                    title = self.rng.choice(titles).format(client=self.client_names[client], protocol=protocol)
                    end = t + timedelta(minutes=minutes)
                    self.task(person, TaskType(kind), title, t, end, planned_at, protocol)
                    left[kind] -= minutes
                    budget -= minutes
                    t = end

    # -- what happened

    def happen(self, person: DemoPerson, d: date) -> None:
        """Play a past day (or the demo day, cut at the demo clock) of one consultant: tasks and scheduled
        contacts in planned order, one at a time; then the calls in the gaps and the e-mails answered."""
        tasks = [t for t in self.plan.tasks if t.owner == person.login and t.planned_start is not None
                 and t.planned_start.date() == d]
        contacts = [c for c in self.plan.contacts if c.consultant == person.login and c.planned_start is not None
                    and c.planned_start.date() == d]
        anchor = next((t.planned_start for t in tasks if t.anchor), None)
        items: list[PlannedTask | PlannedContact] = [*tasks, *contacts]
        items.sort(key=lambda i: (i.planned_start or self.now, isinstance(i, PlannedContact)))
        spans: list[tuple[datetime, datetime]] = []
        for low, high in self.segments(person, d):
            cursor = low
            for item in (i for i in items if i.planned_start is not None and low <= i.planned_start < high):
                assert item.planned_start is not None and item.planned_end is not None
                bound = min(high, anchor) if anchor is not None and anchor > item.planned_start else high
                length = item.planned_end - item.planned_start
                if isinstance(item, PlannedTask):
                    draw = self.rng.random()
                    if not item.anchor and draw < 0.04:
                        item.status = TaskStatus.CANCELLED.value
                        item.settled_at = max(item.created_at + QUARTER, item.planned_start - self.secs(600, 20_000))
                        continue
                    if not item.anchor and draw < 0.08:
                        continue  # never started: still planned
                    start = max(item.planned_start + self.secs(-240, 540), cursor + self.secs(0, 90))
                    if item.anchor:
                        start = item.planned_start + self.secs(0, 240)
                    factor = self.rng.choice((self.rng.uniform(0.75, 1.1), self.rng.uniform(0.75, 1.1),
                                              self.rng.uniform(1.15, 1.6), self.rng.uniform(0.4, 0.75)))
                    stop = min(start + length * factor, bound)
                    if stop - start < timedelta(minutes=5):
                        continue
                    item.status, item.started_at, item.stopped_at = (TaskStatus.DONE.value, _seconds(start),
                                                                     _seconds(stop))
                else:
                    draw = self.rng.random()
                    if draw < 0.12:
                        item.status = ContactStatus.MISSED.value
                        item.settled_at = item.planned_start + self.secs(900, 1500)
                        continue
                    if draw < 0.24:
                        item.status = ContactStatus.CANCELLED.value
                        item.settled_at = max(item.created_at + QUARTER, item.planned_start - self.secs(1800, 90_000))
                        continue
                    start = max(item.planned_start + self.secs(-120, 300), cursor + self.secs(0, 60))
                    stop = min(start + length * self.rng.uniform(0.8, 1.25), bound)
                    if stop - start < timedelta(minutes=5):  # no time left for it: the client was not called
                        item.status, item.settled_at = ContactStatus.MISSED.value, item.planned_end
                        continue
                    item.status, item.started_at, item.ended_at = (ContactStatus.DONE.value, _seconds(start),
                                                                   _seconds(stop))
                cursor = stop
                spans.append((start, stop))
            self.calls(person, d, low, high, sorted(spans))
        self.emails(person, d)
        if d == self.day:
            self.cut_at_the_clock(person, d)

    def calls(self, person: DemoPerson, d: date, low: datetime, high: datetime,
              spans: Sequence[tuple[datetime, datetime]]) -> None:
        """Phone and Skype contacts started the moment the client called and stopped when it ended (rule 2)."""
        gaps, cursor = [], low
        for a, b in spans:
            if a > cursor:
                gaps.append((cursor, a))
            cursor = max(cursor, b)
        gaps.append((cursor, high))
        for g0, g1 in gaps:
            t = g0 + self.secs(60, 400)
            while g1 - t >= timedelta(minutes=8) and self.rng.random() < 0.6:
                longest = min(25 * 60, int((g1 - t).total_seconds()) - 60)
                if longest < 180:
                    break
                length = self.secs(180, longest)
                channel = ContactChannel.PHONE if self.rng.random() < 0.65 else ContactChannel.SKYPE
                client = self.some_client(person.login)
                contact = PlannedContact(person.login, channel.value, client, self.person_at(client),
                                         self.protocol(client, t) if self.rng.random() < 0.6 else None,
                                         self.rng.choice(CALL_SUBJECTS), False, _seconds(t), ContactStatus.DONE.value,
                                         started_at=_seconds(t), ended_at=_seconds(t + length))
                if channel == ContactChannel.SKYPE and self.rng.random() < 0.3:
                    contact.wait_started_at = _seconds(t - self.secs(60, 540))  # "um momento": it ended in time
                self.plan.contacts.append(contact)
                t += length + self.secs(120, 1800)

    def emails(self, person: DemoPerson, d: date) -> None:
        """E-mails answered in the reserved time (seed 1.1.3): a done e-mail contact at the moment of the reply."""
        for task in [t for t in self.plan.tasks if t.owner == person.login and t.type == TaskType.CHECK_EMAIL.value
                     and t.started_at is not None and t.stopped_at is not None and t.started_at.date() == d]:
            assert task.started_at is not None and task.stopped_at is not None
            span = int((task.stopped_at - task.started_at).total_seconds())
            for _ in range(self.rng.randint(0, 3)):
                at = task.started_at + timedelta(seconds=self.rng.randint(60, max(61, span - 30)))
                client = self.some_client(person.login)
                self.plan.contacts.append(PlannedContact(
                    person.login, ContactChannel.EMAIL.value, client, self.person_at(client),
                    self.protocol(client, at), self.rng.choice(EMAIL_SUBJECTS), False, at, ContactStatus.DONE.value,
                    started_at=at, ended_at=at))

    def cut_at_the_clock(self, person: DemoPerson, d: date) -> None:
        """The demo day stops at its clock: what starts later is still ahead, what spans it is running; Gustavo
        is on the phone."""
        every: list[PlannedTask | PlannedContact] = [*self.plan.tasks, *self.plan.contacts]
        mine = [
            i for i in every
            if (i.owner if isinstance(i, PlannedTask) else i.consultant) == person.login
                and (i.started_at or i.planned_start or i.created_at).date() == d]
        if person.login == self.consultants[1].login:
            call_start = self.now - timedelta(minutes=7, seconds=12)
            for item in list(mine):
                ended = item.stopped_at if isinstance(item, PlannedTask) else item.ended_at
                if item.started_at is not None and ended is not None and ended > call_start:
                    if item.started_at >= call_start - timedelta(minutes=2):
                        self.unstart(item, mine)
                    else:
                        self.stop(item, call_start - timedelta(seconds=40))
            client = self.clients_of[person.login][0]
            call = PlannedContact(person.login, ContactChannel.PHONE.value, client, self.person_at(client),
                                  self.protocol(client, call_start), "Cliente pede status do protocolo", False,
                                  call_start, ContactStatus.RUNNING.value, started_at=call_start)
            self.plan.contacts.append(call)
        for item in list(mine):
            ended = item.stopped_at if isinstance(item, PlannedTask) else item.ended_at
            if item.started_at is not None and item.started_at >= self.now:
                self.unstart(item, mine)
            elif item.started_at is not None and ended is not None and ended > self.now:
                if isinstance(item, PlannedTask):
                    item.status, item.stopped_at = TaskStatus.RUNNING.value, None
                else:
                    item.status, item.ended_at = ContactStatus.RUNNING.value, None
            elif item.settled_at is not None and item.settled_at > self.now:  # missed or cancelled later on
                self.unstart(item, mine)

    def unstart(self, item: PlannedTask | PlannedContact, mine: list[PlannedTask | PlannedContact]) -> None:
        """Back to what it was before it happened: planned, or scheduled; a call that has not come yet is gone."""
        item.started_at = item.settled_at = None
        if isinstance(item, PlannedTask):
            item.status, item.stopped_at = TaskStatus.PLANNED.value, None
        elif item.scheduled:
            item.status, item.ended_at = ContactStatus.SCHEDULED.value, None
        else:
            self.plan.contacts.remove(item)
            mine.remove(item)

    @staticmethod
    def stop(item: PlannedTask | PlannedContact, at: datetime) -> None:
        if isinstance(item, PlannedTask):
            item.stopped_at = at
        else:
            item.ended_at = at

    def settle_scheduled(self, monday: date) -> None:
        """Every week that has passed shows each status of a scheduled contact at least once."""
        week = [c for c in self.plan.contacts if c.scheduled and c.planned_start is not None
                and week_monday(c.planned_start.date()) == monday and c.planned_end is not None
                and c.planned_end + timedelta(minutes=30) < self.now]
        for status in (ContactStatus.MISSED, ContactStatus.CANCELLED):
            done = [c for c in week if c.status == ContactStatus.DONE.value]
            if len(done) > 1 and not any(c.status == status.value for c in week):
                chosen = self.rng.choice(done)
                assert chosen.planned_start is not None
                chosen.status, chosen.started_at, chosen.ended_at = status.value, None, None
                chosen.settled_at = (chosen.planned_start + timedelta(minutes=20) if status == ContactStatus.MISSED
                                     else max(chosen.created_at + QUARTER, chosen.planned_start - timedelta(hours=3)))
                for task in self.plan.tasks:  # its preparation was not done for nothing: it stays as it was
                    if task.contact is chosen and status == ContactStatus.CANCELLED and task.started_at is None:
                        task.status, task.settled_at = TaskStatus.CANCELLED.value, chosen.settled_at


def plan_consulting(day: date, calendar: BusinessCalendar, ocs: Sequence[OcFact]) -> ConsultingPlan:
    """The consulting team's eight weeks around ``day`` (pure: no database); ``ocs`` give the protocols."""
    return _Planner(day, calendar, ocs).make()


def conclusion_tasks(ocs: Sequence[OcFact], now: datetime) -> list[PlannedTask]:
    """Rule 4: a "Comunicar conclusão" task for every closed OC (complementary calls apart) by who closed it,
    done a few minutes after the closing; one in twenty still waits, as do the closings of the last minutes."""
    rng = random.Random(CONCLUSION_SEED)
    tasks = []
    for oc in sorted(ocs, key=lambda o: o.number):
        if oc.closed_by is None or oc.closed_at is None or oc.closed_at > now:
            continue
        start = oc.closed_at + timedelta(seconds=rng.randint(30, 1200))
        stop = start + timedelta(seconds=rng.randint(60, 480))
        waiting = rng.random() < 0.05
        task = PlannedTask(oc.closed_by, TaskType.COMMUNICATE_CONCLUSION.value,
                           CONCLUSION_TITLE.format(number=oc.number), oc.number, oc.closed_at,
                           oc.closed_at + COMMUNICATE_CONCLUSION_TIME, oc.closed_at)
        if not waiting and stop <= now:
            task.status, task.started_at, task.stopped_at = TaskStatus.DONE.value, start, stop
        tasks.append(task)
    return tasks


def presence_steps(day: date, timezone: str = "America/Sao_Paulo") -> list[PlannedStep]:
    """The consultants' logins, lunches and returns of the demo day up to its clock, as steps of the day's play."""
    rng = random.Random(PRESENCE_SEED)
    tz, now = ZoneInfo(timezone), demo_moment(day, timezone)
    steps: list[PlannedStep] = []
    for person in CONSULTANTS:
        assert person.lunch is not None
        planned = ((person.shift[0], -300, 180, "login"), (person.lunch[0], 0, 240, "lunch"),
                   (person.lunch[1], -60, 180, "back"), (person.shift[1], 0, 180, "logout"))
        for moment, low, high, kind in planned:
            at = datetime.combine(day, moment, tzinfo=tz) + timedelta(seconds=rng.randint(low, high))
            if at <= now:
                steps.append(PlannedStep(at, 0, 1_000_000 + len(steps), f"presence {person.login} {kind}",
                                         presence_call(person.login, kind)))
    return steps


# ---------------------------------------------------------------------------------------------------------------
# Writing


def describe(plan: ConsultingPlan) -> Iterator[str]:
    """A few lines about the plan (for debugging and the tests' messages)."""
    for monday in plan.weeks:
        tasks = [t for t in plan.tasks if t.planned_start is not None and week_monday(t.planned_start.date()) == monday]
        contacts = [c for c in plan.contacts
                    if week_monday((c.planned_start or c.started_at or c.created_at).date()) == monday]
        yield f"{week_label(monday)}: {len(tasks)} tarefas, {len(contacts)} contatos"
