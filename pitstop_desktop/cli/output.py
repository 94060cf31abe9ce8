"""What a command prints: people's words, never raw control characters; JSON as typed codes."""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from pitstop_desktop.domain.vocabulary import (
    CHANNEL,
    ESCALATION_REASON,
    ESCALATION_TARGET,
    HISTORY_ACTION,
    KIND,
    SLA_STATE,
    STATUS,
    label,
    remaining,
    sla_class_name,
)
from pitstop_desktop.services.records import OccurrenceRecord, to_jsonable

# Output: the human form prints the desk's words (domain/vocabulary.py, in Portuguese); --json keeps the codes.
# Every human line goes through _print: what people typed (a summary, a name, a note) may hold control characters
# and terminal escapes, which must not reach the terminal raw (an ESC sequence can recolour, retitle or hide
# lines). Newlines, tabs and carriage returns show as spaces (a summary is one line on the board); every other
# C0/C1 control, DEL and the Unicode line separators and bidi overrides show as escapes (``\x1b``, ``\u202e``).
# ``--json`` prints the values exactly (JSON escapes the C0 controls itself).


if TYPE_CHECKING:  # the context imports this module: a type only, not a cycle
    from pitstop_desktop.cli.context import Context

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe for a terminal line: whitespace controls as spaces, other controls as visible escapes."""
    return _CONTROL.sub(lambda m: " " if m.group() in "\n\t\r" else m.group().encode("unicode_escape").decode(),
                        text)


def _print(text: object, *, file: TextIO | None = None) -> None:
    """One human line (stdout, or ``file``), neutralised by :func:`printable`."""
    print(printable(str(text)), file=file)



def _emit_json(ctx: Context, value: Any, *, drop: frozenset[str] = frozenset()) -> None:
    print(json.dumps(to_jsonable(value, ctx.tz, drop=drop), ensure_ascii=False, indent=2))


def _emit_json_stream(ctx: Context, values: Iterable[Any], *, drop: frozenset[str] = frozenset()) -> None:
    """A JSON array written one element at a time (the same document as :func:`_emit_json` of a list). Nothing is
    written before the first read succeeds, so a refusal leaves standard output empty."""
    items = iter(values)
    first = next(items, _END)
    if first is _END:
        print("[]")
        return
    sys.stdout.write("[")
    for i, value in enumerate(itertools.chain([first], items)):
        item = json.dumps(to_jsonable(value, ctx.tz, drop=drop), ensure_ascii=False, indent=2)
        sys.stdout.write(("\n  " if i == 0 else ",\n  ") + item.replace("\n", "\n  "))
    sys.stdout.write("\n]\n")
    sys.stdout.flush()


def _stream_table(rows: Iterable[Sequence[Any]], columns: Sequence[tuple[str, int]]) -> None:
    """A table printed as its rows come (fixed widths: a long value simply pushes its line); the header waits for
    the first read, so a refusal prints nothing on standard output."""
    items = iter(rows)
    first = next(items, _END)
    widths = [max(width, len(title)) for title, width in columns]
    _print("  ".join(t.ljust(w) for (t, _), w in zip(columns, widths, strict=True)).rstrip())
    _print("  ".join("-" * w for w in widths))
    if first is _END:
        return
    for row in itertools.chain([first], items):
        cells = ["" if c is None else printable(str(c)) for c in row]
        _print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())


_END: Any = object()


def _hhmm(ctx: Context, moment: datetime | None) -> str:
    return moment.astimezone(ctx.tz).strftime("%d/%m %H:%M") if moment else "-"


def _table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> None:
    cells = [[str(c) for c in headers], *[["" if c is None else printable(str(c)) for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for i, row in enumerate(cells):
        _print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            _print("  ".join("-" * w for w in widths))


def _print_oc(ctx: Context, oc: OccurrenceRecord) -> None:
    _print(f"OC {oc.number} — {oc.client} {oc.client_name}")
    _print(f"  {oc.summary}")
    _print(f"  aba {oc.tab} · status {label(STATUS, oc.status)} · canal {label(CHANNEL, oc.channel)}"
          f" · tipo {label(KIND, oc.kind)}")
    _print(f"  SLA {oc.sla} ({sla_class_name(oc.sla)}): vence {_hhmm(ctx, oc.due_at)}"
           f" · {label(SLA_STATE, oc.sla_state)} · {remaining(oc.remaining_minutes)}")
    _print(f"  aberta {_hhmm(ctx, oc.opened_at)} por {oc.opened_by} · responsável {oc.assignee or '-'}"
          + (f" · oferecida a {oc.offered_to}" if oc.offered_to else ""))
    if oc.complementary_of:
        _print(f"  complementar à OC {oc.complementary_of}")
    if oc.closed_at:
        _print(f"  encerrada {_hhmm(ctx, oc.closed_at)} · FAQ {oc.faq}")
    if oc.pending_escalation:
        e = oc.pending_escalation
        _print(f"  escalonamento {e.id} pendente → {label(ESCALATION_TARGET, e.target)}"
              f" ({label(ESCALATION_REASON, e.reason)}) pedido por {e.requested_by}")
    if oc.history:
        _print("  histórico:")
        for h in oc.history:
            dated = "  (datado)" if h.backfilled else ""
            _print(f"    {_hhmm(ctx, h.at)}  {h.by:<12} {label(HISTORY_ACTION, h.action):<22} {h.detail}{dated}")
