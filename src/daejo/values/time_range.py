"""Ranges of times joined by a tilde or dash: "2020년~2022년", "2020~2022년", "3~4월".

A range is one value: the interval from the start of its first time to the end
of its last, at the grain of the last. When the first side is a bare number
("2020~2022년"), it borrows the unit of the last side; only years and months
are read this way, since "1~2일" is far more often a duration than two dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from daejo.models import TimeValue
from daejo.values.time_calendar import Reference
from daejo.values.time_grammar import MAX_YEAR, MIN_YEAR, parse_at
from daejo.values.time_lexicon import TimeLexicon
from daejo.values.time_mention import Mention
from daejo.values.time_resolve import resolve_time

CONNECTOR = re.compile(r"[ \t\u00a0]?[~∼〜～–-][ \t\u00a0]?")
BARE_NUMBER = re.compile(r"(?<![\d.,])(\d{1,4})(?=[ \t\u00a0]?[~∼〜～–-])")


@dataclass
class RangeMention:
    start: int
    end: int
    first: Mention
    last: Mention

    @property
    def role(self) -> str:
        return self.last.role

    @property
    def parts(self) -> list[str]:
        return ["range", *self.first.parts, *self.last.parts]

    @property
    def approx(self) -> bool:
        return self.first.approx or self.last.approx


def extend_to_range(text: str, first: Mention, lex: TimeLexicon) -> Mention | RangeMention:
    """``first`` followed by "~ <time>" becomes a range; otherwise ``first`` itself."""
    if first.role != "point" or not (joint := CONNECTOR.match(text, first.end)):
        return first
    last = parse_at(text, joint.end(), lex)
    if last is None or not _same_kind(first, last):
        return first
    return RangeMention(first.start, last.end, first, last)


def bare_number_range(text: str, start: int, lex: TimeLexicon) -> RangeMention | None:
    """"2020~2022년" and "3~4월": a number that takes the unit of the time after it."""
    if not (number := BARE_NUMBER.match(text, start)) or not (joint := CONNECTOR.match(text, number.end())):
        return None
    last = parse_at(text, joint.end(), lex)
    if last is None:
        return None
    first = last.snapshot()
    first.start, first.end, first.role, first.approx = start, number.end(), "point", False
    value = int(number[1])
    if _finest(last) == "year" and last.year is not None and MIN_YEAR <= value <= MAX_YEAR:
        first.year = value
    elif _finest(last) == "month" and last.month is not None and 1 <= value <= 12:
        first.month = value
    else:
        return None
    first.year_part = first.month_part = first.half = None
    first.quarter = None
    return RangeMention(start, last.end, first, last)


def _finest(m: Mention) -> str | None:
    if m.offset or m.window or m.birth_two_digit is not None or m.has_clock or m.daypart:
        return None
    if m.day is not None:
        return "day"
    if m.month is not None:
        return "month"
    if m.year is not None and m.decade is None:
        return "year"
    return None


def _same_kind(first: Mention, last: Mention) -> bool:
    """Only calendar times range over each other, not offsets or windows."""
    plain = all(
        m.offset is None and m.window is None and m.birth_two_digit is None and m.vague is None for m in (first, last)
    )
    return plain and last.role in ("point", "deadline")


def resolve_range(r: RangeMention, ref: Reference | None, lex: TimeLexicon) -> tuple[TimeValue, list[str]]:
    first, first_issues = resolve_time(r.first, ref, lex)
    last, last_issues = resolve_time(r.last, ref, lex)
    issues = first_issues + last_issues
    for side in (first, last):
        if side.unresolved:
            return TimeValue(role=r.role, unresolved=True, reason=side.reason), issues
    assert first.start is not None and last.end is not None
    if first.start >= last.end:
        return TimeValue(role=r.role, unresolved=True, reason="range ends before it starts"), issues
    return TimeValue(start=first.start, end=last.end, grain=last.grain, role=r.role), issues
