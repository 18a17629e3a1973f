"""Korean time expressions in text, resolved against the publication date.

``recognise_times`` is the entry point of the time dimension of the values
stage. It finds where an expression may start (a digit, a relative word such as
"지난해", a prefix such as "오는"), lets ``time_grammar`` read the longest
expression there, and ``time_resolve`` turn it into a half-open interval
``[start, end)`` with a grain and a role (point, deadline, birth, since).

>>> from daejo.dates import parse_partial_date
>>> [v.time.start for v in recognise_times("2020년말 설립", None)]
['2020-10-01']
>>> recognise_times("지난 16일 발표", parse_partial_date("2022"))[0].time.reason
'publication date known only to the year'
"""

from __future__ import annotations

from daejo.models import PartialDate, Value
from daejo.values.time_calendar import Reference
from daejo.values.time_grammar import Mention, parse_at
from daejo.values.time_lexicon import TimeLexicon, default_lexicon
from daejo.values.time_resolve import resolve_time

__all__ = ["find_time_mentions", "recognise_times"]


def recognise_times(text: str, reference: PartialDate | None = None, *, lexicon: TimeLexicon | None = None) -> list[Value]:
    """Every time expression in ``text`` (kind "time"), in text order, non-overlapping.

    Relative expressions resolve against ``reference``; without one they come back
    with ``time.unresolved = True`` and a reason, never a guess.
    """
    lex = lexicon or default_lexicon()
    ref = Reference.from_partial(reference) if reference is not None else None
    return [_to_value(text, m, ref, lex) for m in find_time_mentions(text, lex)]


def find_time_mentions(text: str, lex: TimeLexicon) -> list[Mention]:
    """Leftmost-longest time expressions: each start position is tried once, left to right."""
    mentions: list[Mention] = []
    taken_until = 0
    for starter in lex.patterns.starter.finditer(text):
        position = starter.start()
        if position < taken_until:
            continue
        mention = parse_at(text, position, lex)
        if mention is not None and mention.end > mention.start:
            mentions.append(mention)
            taken_until = mention.end
    return mentions


def _to_value(text: str, m: Mention, ref: Reference | None, lex: TimeLexicon) -> Value:
    time, issues = resolve_time(m, ref, lex)
    return Value(
        kind="time",
        text=text[m.start : m.end],
        start=m.start,
        end=m.end,
        bound="approx" if m.approx else "exact",
        time=time,
        issues=issues,
        rule="time:" + "+".join(m.parts) + ("" if m.role == "point" else f":{m.role}"),
    )
