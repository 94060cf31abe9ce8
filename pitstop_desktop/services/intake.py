"""The attendants' intake window, without Qt: the client finder, the chosen client's OCs, "OCs I registered
today" and the consulting team's URA hint. Saving a call (and the outbox) is :mod:`services.outbox`.

The client finder is pure Python: :func:`load_clients` reads every client in one query, the window builds one
:class:`ClientIndex` and keeps it in memory, and each keystroke asks :meth:`ClientIndex.search` — sorted keys
and one folded haystack string, so a keystroke costs a few bisections and ``str.find`` calls, not a scan of
50,000 records in Python (``benchmarks/bench_client_search.py``).

The consulting team: the logins listed in the database setting ``consulting_team`` (comma-separated, edited
with :func:`set_consulting_team`). The staff table has no team column, and the consulting team's members keep
their usual roles and tabs, so a setting needs no schema change.
"""

from __future__ import annotations

import gc
import heapq
import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from itertools import accumulate
from typing import Any, Final

from sqlalchemy import select

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import ClientRow, OccurrenceRow, SettingRow
from pitstop_desktop.domain.codes import Channel, Status
from pitstop_desktop.services.occurrence_records import occurrence_records_for
from pitstop_desktop.services.records import OccurrenceRecord
from pitstop_desktop.services.settings import set_setting_in
from pitstop_desktop.services.unit_of_work import UnitOfWork, get_client, get_staff, run

CONSULTING_TEAM = "consulting_team"  # settings key: comma-separated logins


# ----------------------------------------------------------------------------------------------------------
# The client finder


@dataclass(frozen=True)
class ClientEntry:
    code: str
    name: str
    phone: str | None
    consulting: bool


def load_clients(db: Database) -> list[ClientEntry]:
    """Every client, in code order, in one query (the window builds its :class:`ClientIndex` from it)."""

    def work(uow: UnitOfWork) -> list[ClientEntry]:
        rows = uow.session.execute(
            select(ClientRow.code, ClientRow.name, ClientRow.phone, ClientRow.consulting).order_by(ClientRow.code))
        return [ClientEntry(code, name, phone, bool(consulting)) for code, name, phone, consulting in rows]

    return run(db, work, write=False)


def _fold_table() -> dict[int, str]:
    """Latin-1 and Latin Extended-A/B letters to their unaccented lower case (str.translate is C-fast)."""
    table = {}
    for cp in range(0x80, 0x250):
        plain = "".join(c for c in unicodedata.normalize("NFKD", chr(cp)) if not unicodedata.combining(c))
        if plain.casefold() != chr(cp):
            table[cp] = plain.casefold()
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Case- and accent-insensitive form, whitespace collapsed: ``"  JOÃO  da Silva"`` → ``"joao da silva"``."""
    folded = text.lower()
    if not folded.isascii():
        folded = folded.translate(_FOLD)
        if not folded.isascii():  # beyond Latin: the general (slower) way
            decomposed = unicodedata.normalize("NFKD", folded)
            folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(folded.split())


_DIGITS = frozenset("0123456789")
_NON_DIGITS = re.compile(r"[^0-9]+")
_PHONE_CHARS = _DIGITS | frozenset(" +-().")
_PHONE_SPLIT = re.compile(r"[/,;|]|\s+(?:ou|e|or)\s+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_MAX = "\U0010ffff"


def phone_digits(text: str) -> str:
    """A Brazilian phone number as its significant digits: area code + number.

    ``"(71) 3333-4444"``, ``"71 3333 4444"``, ``"+55 71 3333-4444"``, ``"0 71 3333-4444"``, ``"0055 71 …"`` all
    give ``"7133334444"``: the country code 55 (after a ``+`` or when 12+ digits) and trunk zeros are dropped.
    """
    digits = _NON_DIGITS.sub("", text)
    if text.lstrip().startswith("+"):
        if digits.startswith("55"):
            digits = digits[2:]
        elif "55".startswith(digits):  # "+", "+5": the country code is still being typed
            return ""
    else:
        digits = digits.lstrip("0")
        if len(digits) >= 12 and digits.startswith("55"):
            digits = digits[2:]
    return digits.lstrip("0")


def client_phones(phone: str | None) -> tuple[str, ...]:
    """The numbers stored in one client's phone field ("71 3333-4444 / 71 99999-8888" holds two)."""
    if not phone:
        return ()
    parts = _PHONE_SPLIT.split(phone)
    if len(parts) == 1:
        digits = phone_digits(phone)
        return (digits,) if digits else ()
    found = (phone_digits(part) for part in parts)
    return tuple(dict.fromkeys(d for d in found if d))


def _query_phone_keys(text: str) -> list[str]:
    """Digit strings a phone-like query stands for (the second: "55…" typed without "+", area code 55 or not)."""
    digits = phone_digits(text)
    keys = [digits] if digits else []
    raw = _NON_DIGITS.sub("", text).lstrip("0")
    if not text.lstrip().startswith("+") and raw.startswith("55") and len(raw) > 2 and raw == digits:
        keys.append(raw[2:])
    return keys


# What the index keeps per client: folded code, folded name, the name's words, phone digits, and the haystack
# "code\tname\tphone phone" a substring may match. A plain tuple of strings on purpose: CPython's collector stops
# tracking such tuples, so 50,000 of them add nothing to a full collection's pause on the GUI thread.
_Folded = tuple[str, str, tuple[str, ...], tuple[str, ...], str]
# Final, so that the type checker knows which field each index reads.
CODE: Final = 0
NAME: Final = 1
WORDS: Final = 2
PHONES: Final = 3
HAY: Final = 4


def _folded(entry: ClientEntry) -> _Folded:
    code, name = fold(entry.code), fold(entry.name)
    phones = client_phones(entry.phone)
    return code, name, tuple(set(_WORD.findall(name))), phones, f"{code}\t{name}\t{' '.join(phones)}"


Key = tuple[Any, ...]  # (key, …, slot): sorted lists whose last item is the slot


def _prefixed(keys: list[Key], prefix: str) -> Iterator[int]:
    """Slots whose key starts with ``prefix``, in key order (``keys`` is sorted)."""
    i = bisect_left(keys, (prefix,))
    while i < len(keys) and keys[i][0].startswith(prefix):
        yield keys[i][-1]
        i += 1


def _range(keys: list[Key], prefix: str) -> tuple[int, int]:
    return bisect_left(keys, (prefix,)), bisect_left(keys, (prefix + _MAX,))


@contextmanager
def _no_gc() -> Iterator[None]:
    """Building 50,000 entries makes ~500,000 small objects; the cyclic GC would walk them again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ClientIndex:
    """Every client in memory, searchable per keystroke.

    Ranking: exact code, code prefix, phone exact, phone prefix, name prefix, word prefix (every word typed
    starts a word of the name), substring (code, name or phone digits), then every word typed found somewhere.
    Within a rank: by the key that matched (code, phone, name, word); substrings by name.
    """

    #: The last rank (every word found somewhere) looks at most this many candidates, so that a query of common
    #: fragments that rarely meet ("sa ltda me") still answers in a few milliseconds.
    SCAN_CAP = 2000

    def __init__(self, entries: Iterable[ClientEntry] = ()) -> None:
        self.replace(entries)

    # -- building ----------------------------------------------------------------------------------------

    def replace(self, entries: Iterable[ClientEntry]) -> None:
        """Rebuild from scratch (the window's full reload). A repeated code: the last entry wins."""
        with _no_gc():
            unique = list({e.code: e for e in entries}.values())
            folded = [_folded(e) for e in unique]
            self._entry: dict[int, ClientEntry] = dict(enumerate(unique))
            self._slots: dict[int, _Folded] = dict(enumerate(folded))
            self._next = len(folded)
            self._by_code: dict[str, int] = {e.code: slot for slot, e in enumerate(unique)}
            self._code_exact: dict[str, tuple[int, ...]] = {}
            self._phone_exact: dict[str, tuple[int, ...]] = {}
            self._phone_last8: dict[str, tuple[int, ...]] = {}
            for slot, f in enumerate(folded):
                self._index(slot, f)
            self._codes: list[Key] = sorted([(f[CODE], slot) for slot, f in enumerate(folded)])
            self._names: list[Key] = sorted([(f[NAME], f[CODE], slot) for slot, f in enumerate(folded)])
            self._words: list[Key] = sorted([(w, slot) for slot, f in enumerate(folded) for w in f[WORDS]])
            self._phones: list[Key] = sorted([(p, slot) for slot, f in enumerate(folded) for p in f[PHONES]])
            self._blob_dirty = True
            self._ensure_blob()

    def upsert(self, entry: ClientEntry) -> None:
        """Add a client or replace the one with the same code (a change-feed update)."""
        old = self._by_code.get(entry.code)
        if old is not None:
            self._forget(old)
        slot, f = self._next, _folded(entry)
        self._next += 1
        self._entry[slot] = entry
        self._slots[slot] = f
        self._by_code[entry.code] = slot
        self._index(slot, f)
        for keys, key in self._keys(slot, f):
            insort(keys, key)
        self._blob_dirty = True

    def remove(self, code: str) -> None:
        slot = self._by_code.get(code)
        if slot is not None:
            self._forget(slot)
            self._blob_dirty = True

    def _keys(self, slot: int, f: _Folded) -> Iterator[tuple[list[Key], Key]]:
        yield self._codes, (f[CODE], slot)
        yield self._names, (f[NAME], f[CODE], slot)
        for w in f[WORDS]:
            yield self._words, (w, slot)
        for p in f[PHONES]:
            yield self._phones, (p, slot)

    def _index(self, slot: int, f: _Folded) -> None:
        _add(self._code_exact, f[CODE], slot)
        for p in f[PHONES]:
            _add(self._phone_exact, p, slot)
            if len(p) >= 8:
                _add(self._phone_last8, p[-8:], slot)

    def _forget(self, slot: int) -> None:
        f = self._slots.pop(slot)
        del self._by_code[self._entry.pop(slot).code]
        _drop(self._code_exact, f[CODE], slot)
        for p in f[PHONES]:
            _drop(self._phone_exact, p, slot)
            if len(p) >= 8:
                _drop(self._phone_last8, p[-8:], slot)
        for keys, key in self._keys(slot, f):
            i = bisect_left(keys, key)
            if i < len(keys) and keys[i] == key:
                del keys[i]

    def _ensure_blob(self) -> None:
        """Every haystack in one string, in name order, and where each starts (for substring search)."""
        if not self._blob_dirty:
            return
        self._order = [key[-1] for key in self._names]
        hays = [self._slots[s][HAY] for s in self._order]
        self._blob = "\n".join(hays)
        self._starts = [0, *accumulate(len(h) + 1 for h in hays)][: len(hays)]
        self._blob_dirty = False

    # -- reading -----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_code)

    def entries(self) -> list[ClientEntry]:
        """Every client, by name."""
        return [self._entry[key[-1]] for key in self._names]

    def get(self, code: str) -> ClientEntry | None:
        slot = self._by_code.get(code)
        return None if slot is None else self._entry[slot]

    def search(self, text: str, limit: int = 50) -> list[ClientEntry]:
        """The clients matching what was typed, best first (see the class docstring).

        Empty text (or only "+"/"+5" of a country code): the first ``limit`` clients by name.
        """
        if limit <= 0:
            return []
        q = fold(text)
        phone_like = bool(q) and all(ch in _PHONE_CHARS for ch in q) and any(ch in _DIGITS for ch in q)
        keys = _query_phone_keys(q) if phone_like else []
        if not q or (q.startswith("+") and not keys):
            return self._take(_prefixed(self._names, ""), limit)
        return self._take(self._ranked(q, keys, phone_like, limit), limit)

    def by_phone(self, phone: str) -> ClientEntry | None:
        """The one client with this number (caller ID), or None when no client or several clients have it."""
        found = self.phone_matches(phone)
        return found[0] if len(found) == 1 else None

    def phone_matches(self, phone: str) -> list[ClientEntry]:
        """Clients with this number: same area code + number; failing that, the same last 8 digits (a number
        stored or given without its area code)."""
        digits = phone_digits(phone)
        if not digits:
            return []
        slots = self._phone_exact.get(digits)
        if not slots and len(digits) >= 8:
            slots = self._phone_last8.get(digits[-8:])
        found = [self._entry[s] for s in dict.fromkeys(slots or ())]
        return sorted(found, key=lambda e: e.code)

    # -- ranking -----------------------------------------------------------------------------------------

    def _take(self, slots: Iterable[int], limit: int) -> list[ClientEntry]:
        out: list[ClientEntry] = []
        seen: set[int] = set()
        for slot in slots:
            if slot in seen:
                continue
            seen.add(slot)
            out.append(self._entry[slot])
            if len(out) >= limit:
                break
        return out

    def _ranked(self, q: str, phone_keys: Sequence[str], phone_like: bool, limit: int) -> Iterator[int]:
        yield from self._code_exact.get(q, ())
        yield from _prefixed(self._codes, q)
        for key in phone_keys:
            yield from self._phone_exact.get(key, ())
            if len(key) in (8, 9):  # typed without the area code
                yield from self._phone_last8.get(key[-8:], ())
        for key in phone_keys:
            yield from _prefixed(self._phones, key)
        yield from _prefixed(self._names, q)
        tokens = list(dict.fromkeys(_WORD.findall(q)))
        if tokens and not phone_like:
            yield from self._word_prefixed(tokens, limit)
        self._ensure_blob()
        yield from self._substring(q)
        for key in phone_keys:
            if key != q:
                yield from self._substring(key)
        if len(tokens) > 1 and not phone_like:
            yield from self._all_tokens(tokens)

    def _word_prefixed(self, tokens: list[str], limit: int) -> Iterator[int]:
        """Every token starts some word of the name. One token: in word order. Several: the slots of the
        narrowest token, kept when the other tokens also start a word, in name order (only the first
        ``2 * limit``: fewer than ``limit`` of them can have been taken by a higher rank)."""
        if len(tokens) == 1:
            yield from _prefixed(self._words, tokens[0])
            return
        spans = sorted((hi - lo, lo, hi, t) for t in tokens for lo, hi in [_range(self._words, t)])
        _, lo, hi, _ = spans[0]
        candidates = {key[-1] for key in self._words[lo:hi]}
        for size, lo, hi, token in spans[1:]:
            if not candidates:
                return
            if size <= 4 * len(candidates):
                candidates &= {key[-1] for key in self._words[lo:hi]}
            else:
                candidates = {s for s in candidates if any(w.startswith(token) for w in self._slots[s][WORDS])}
        yield from heapq.nsmallest(2 * limit, candidates, key=self._rank)

    def _rank(self, slot: int) -> tuple[str, str]:
        f = self._slots[slot]
        return f[NAME], f[CODE]

    def _substring(self, needle: str) -> Iterator[int]:
        blob, starts, order = self._blob, self._starts, self._order
        pos = blob.find(needle)
        while pos != -1:
            k = bisect_right(starts, pos) - 1
            yield order[k]
            if k + 1 >= len(starts):
                return
            pos = blob.find(needle, starts[k + 1])

    def _all_tokens(self, tokens: list[str]) -> Iterator[int]:
        """Every token somewhere in code, name or phone, driven by the longest token; at most SCAN_CAP looks."""
        driver = max(tokens, key=len)
        rest = [t for t in tokens if t != driver]
        for looked, slot in enumerate(self._substring(driver)):
            if looked >= self.SCAN_CAP:
                return
            hay = self._slots[slot][HAY]
            if all(t in hay for t in rest):
                yield slot


def _add(index: dict[str, tuple[int, ...]], key: str, slot: int) -> None:
    index[key] = (*index.get(key, ()), slot)


def _drop(index: dict[str, tuple[int, ...]], key: str, slot: int) -> None:
    kept = tuple(s for s in index.get(key, ()) if s != slot)
    if kept:
        index[key] = kept
    else:
        index.pop(key, None)


# ----------------------------------------------------------------------------------------------------------
# The chosen client's OCs, and "OCs I registered today"


@dataclass(frozen=True)
class ClientOcs:
    open: tuple[OccurrenceRecord, ...]  # newest first
    recent_closed: tuple[OccurrenceRecord, ...]  # most recently closed first


def client_ocs(db: Database, code: str, *, at: datetime | None = None, closed_limit: int = 5) -> ClientOcs:
    """The client's open OCs (newest first) and its last ``closed_limit`` closed ones, with SLA state at ``at``."""

    def work(uow: UnitOfWork) -> ClientOcs:
        client = get_client(uow.session, code)
        by_client = OccurrenceRow.client_id == client.id
        open_rows = uow.session.scalars(
            select(OccurrenceRow).where(by_client, OccurrenceRow.status != Status.CLOSED.value)
            .order_by(OccurrenceRow.opened_at.desc(), OccurrenceRow.number.desc())).all()
        closed_rows = uow.session.scalars(
            select(OccurrenceRow).where(by_client, OccurrenceRow.status == Status.CLOSED.value)
            .order_by(OccurrenceRow.closed_at.desc(), OccurrenceRow.number.desc())
            .limit(max(0, closed_limit))).all() if closed_limit > 0 else []
        records = occurrence_records_for(uow, [*open_rows, *closed_rows])
        return ClientOcs(tuple(records[: len(open_rows)]), tuple(records[len(open_rows):]))

    return run(db, work, at, write=False)


def registered_today(db: Database, login: str, *, at: datetime | None = None) -> list[OccurrenceRecord]:
    """OCs that ``login`` opened today (the calendar's zone, the day of ``at``), newest first."""

    def work(uow: UnitOfWork) -> list[OccurrenceRecord]:
        person = get_staff(uow.session, login)
        tz = uow.policy.calendar.tz
        day = uow.at.astimezone(tz).date()
        start = datetime.combine(day, time(0), tzinfo=tz)
        end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
        # ``status IN (every status)`` lets both databases seek ix_occurrences_status_opened (status, opened_at)
        # per status instead of scanning the whole history; the person is filtered among today's OCs.
        rows = uow.session.scalars(
            select(OccurrenceRow)
            .where(OccurrenceRow.status.in_([s.value for s in Status]),
                   OccurrenceRow.opened_at >= start, OccurrenceRow.opened_at < end,
                   OccurrenceRow.opened_by_id == person.id)
            .order_by(OccurrenceRow.opened_at.desc(), OccurrenceRow.number.desc())).all()
        return occurrence_records_for(uow, rows)

    return run(db, work, at, write=False)


# ----------------------------------------------------------------------------------------------------------
# The consulting team and the URA hint (second seed: "Telefone - Cliente não é da consultoria - Transferir
# para a URA")


def _parse_team(value: str | None) -> frozenset[str]:
    return frozenset(v.strip() for v in (value or "").split(",") if v.strip())


def _team(uow: UnitOfWork) -> frozenset[str]:
    return _parse_team(uow.session.scalar(select(SettingRow.value).where(SettingRow.key == CONSULTING_TEAM)))


def consulting_team(db: Database) -> frozenset[str]:
    """The logins of the consulting team (setting ``consulting_team``)."""
    return run(db, _team, write=False)


def set_consulting_team(db: Database, logins: Iterable[str]) -> frozenset[str]:
    """Replace the consulting team (every login must exist); audited like every setting."""
    wanted = [login.strip() for login in logins if login.strip()]

    def work(uow: UnitOfWork) -> frozenset[str]:
        team = frozenset(get_staff(uow.session, login).login for login in wanted)
        set_setting_in(uow, CONSULTING_TEAM, ",".join(sorted(team)) or None)
        return team

    return run(db, work)


def in_consulting_team(db: Database, login: str) -> bool:
    """Whether ``login`` (who must exist) belongs to the consulting team; the window asks once at start."""

    def work(uow: UnitOfWork) -> bool:
        return get_staff(uow.session, login).login in _team(uow)

    return run(db, work, write=False)


def consulting_hint_for(client: ClientEntry, *, consulting_team: bool, channel: str | None = None) -> str | None:
    """The pure rule: for a consulting-team attendant, a phone caller who is not a consulting client is
    transferred to the URA; the hint never blocks registering an OC."""
    if not consulting_team or client.consulting:
        return None
    if channel is not None and channel != Channel.PHONE:
        return None  # only a phone call can go back to the URA
    return (f"{client.name} ({client.code}) não é cliente da consultoria: transfira a ligação para a URA. "
            "Não é preciso registrar OC.")


def consulting_hint(
    db: Database, *, attendant: str, client: str, consulting_team: bool | None = None, channel: str | None = None
) -> str | None:
    """:func:`consulting_hint_for` with the attendant and client read from the database.

    ``consulting_team`` overrides the team setting (None: read it).
    """

    def work(uow: UnitOfWork) -> str | None:
        person = get_staff(uow.session, attendant)
        row = get_client(uow.session, client)
        in_team = consulting_team if consulting_team is not None else person.login in _team(uow)
        return consulting_hint_for(ClientEntry(row.code, row.name, row.phone, bool(row.consulting)),
                                   consulting_team=in_team, channel=channel)

    return run(db, work, write=False)
