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

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from daejo.models import PartialDate, Value
from daejo.values.time_calendar import Reference
from daejo.values.time_grammar import parse_at
from daejo.values.time_lexicon import TimeLexicon, default_lexicon
from daejo.values.time_mention import Mention
from daejo.values.time_range import RangeMention, bare_number_range, extend_to_range, resolve_range
from daejo.values.time_resolve import _clock_hour, resolve_time
from daejo.values.time_tense import clause_after, reads_as_future, reads_as_past

__all__ = ["SPAN_END", "find_time_mentions", "recognise_times"]


def recognise_times(
    text: str, reference: PartialDate | None = None, *, lexicon: TimeLexicon | None = None
) -> list[Value]:
    """Every time expression in ``text`` (kind "time"), in text order, non-overlapping.

    Relative expressions resolve against ``reference``; without one they come back
    with ``time.unresolved = True`` and a reason, never a guess.
    """
    lex = lexicon or default_lexicon()
    ref = _reference(reference) if reference is not None else None
    mentions = find_time_mentions(text, lex)
    for k in range(1, len(mentions)):
        if _ends_a_clock_span_begun(text, mentions[k - 1], mentions[k], lex):
            mentions[k] = _on_the_start_day(mentions[k - 1], mentions[k])
    # (each mention's clause of what is to come stops at the next time: `2분기 호실적을 발판으로
    # 연말까지 … 늘리겠다고`, the plan is the year-end's, not the quarter's)
    nexts = [m.start for m in mentions[1:]] + [len(text)]
    values = [_to_value(text, m, ref, lex, nxt) for m, nxt in zip(mentions, nexts)]
    for k in range(1, len(values)):
        if _ends_a_period_begun(text, mentions[k - 1], mentions[k]) or _joined_to_a_day(text, mentions[k - 1], mentions[k], values[k - 1]):
            values[k] = _in_the_month_begun(values[k - 1], values[k], mentions[k].day)
    return values


# what joins two days of one list (`15일과 16일`, `5일, 6일`, `2일·3일`, `8일 및 9일`)
_DAY_JOINER = re.compile(r"\s*(?:과|와|,|·|및)\s*")


def _joined_to_a_day(text: str, first, last, first_value: Value) -> bool:
    """`지난 15일과 16일 이틀간`, `3월 15일과 16일`: a day written alone right after a day
    it is listed with is in that day's month (not in the publication's)."""
    if isinstance(first, RangeMention) or isinstance(last, RangeMention):
        return False
    t = first_value.time
    return (first.day is not None and first.hour is None and last.day is not None and _alone(last, "day")
            and not last.anaphoric and last.role == "point" and text[last.start].isdigit() and t is not None and not t.unresolved
            and t.grain == "day" and _DAY_JOINER.fullmatch(text, first.end, last.start) is not None)


def _ends_a_period_begun(text: str, first, last) -> bool:
    """`6월 5일부터 14일까지`, `다음 달 23일부터 27일까지`: a day written alone right after a
    start with its month ends the period that start begins, in that month (not in the
    publication's)."""
    if isinstance(first, RangeMention) or isinstance(last, RangeMention):
        return False
    return (first.role == "since" and last.role == "deadline" and first.day is not None
            and (first.month is not None or first.month_rel is not None)
            and last.day is not None and _alone(last, "day") and not last.anaphoric
            and not text[first.end : last.start].strip())


def _ends_a_clock_span_begun(text: str, first, last, lex: TimeLexicon) -> bool:
    """`15일 오후 1시부터 2시까지`: a time of day written alone right after a start with a
    part of the day ends the span that start begins, later that day and in its part of
    the day (2 p.m., not 2 a.m. on the publication's day)."""
    if isinstance(first, RangeMention) or isinstance(last, RangeMention):
        return False
    if not (first.role == "since" and last.role == "deadline" and first.hour is not None and first.daypart is not None
            and _bare_clock(last) and last.daypart is None and not text[first.end : last.start].strip()):
        return False
    start_hour = _clock_hour(first.hour, first.daypart, lex)
    return start_hour < _clock_hour(last.hour, first.daypart, lex) <= 24  # (`오후 11시부터 1시까지`: another day)


def _on_the_start_day(first: Mention, last: Mention) -> Mention:
    """``last`` with the day and the part of the day of the start it ends (its rule says
    so: ``SPAN_END``)."""
    return replace(last, **{f: getattr(first, f) for f in _DAY_FIELDS}, daypart=first.daypart, parts=[*last.parts, SPAN_END])


# the part of a time's rule that says its day is its span's start's (`15일 오후 1시부터 2시까지`),
# though its text names none: no later reading moves it to another day of its sentence
SPAN_END = "span_end"


# the fields of a mention that place its day on the calendar
_DAY_FIELDS = ("prefix", "year", "year_two_digit", "year_rel", "month", "month_rel", "day", "day_rel", "week_rel",
               "weekday", "anaphoric", "year_implicit")


def _in_the_month_begun(start: Value, end: Value, day: int) -> Value:
    """``end`` as that day of ``start``'s month (of the next month when the day is
    earlier than the start's: `28일부터 3일까지`)."""
    begun = start.time
    if begun is None or begun.unresolved or not begun.start or len(begun.start) < 10:
        return end
    first = date.fromisoformat(begun.start[:10])
    year, month = first.year, first.month
    if day < first.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        last = date(year, month, day)
    except ValueError:
        return end  # (`31일` of a month without one)
    time = end.time.model_copy(update={"start": last.isoformat(), "end": (last + timedelta(days=1)).isoformat(),
                                       "grain": "day", "unresolved": False, "reason": None})
    return end.model_copy(update={"time": time})


_REFERENCES: dict[tuple, Reference] = {}


def _reference(published: PartialDate) -> Reference:
    """``Reference.from_partial``, once per publication date (every sentence of an
    article has the same): keyed by all the fields it reads."""
    last = _LAST_REFERENCE[0]  # one tuple, read once: safe across threads
    if last is not None and published.start is last[0] and published.grain is last[1] and published.moment is last[2]:
        return last[3]  # the same fields as the sentence before (an article's every sentence)
    moment = published.moment
    # the wall-clock moment, as from_partial reads it: aware datetimes compare by instant
    key = (published.start, published.grain, moment.replace(tzinfo=None) if moment else None)
    ref = _REFERENCES.get(key)
    if ref is None:
        if len(_REFERENCES) > 4096:
            _REFERENCES.clear()
        ref = _REFERENCES[key] = Reference.from_partial(published)
    _LAST_REFERENCE[0] = (published.start, published.grain, published.moment, ref)
    return ref


_LAST_REFERENCE: list = [None]


def find_time_mentions(text: str, lex: TimeLexicon) -> list[Mention | RangeMention]:
    """Leftmost-longest time expressions: each start position is tried once, left to right."""
    mentions: list[Mention | RangeMention] = []
    taken_until = 0
    for starter in lex.patterns.starter.finditer(text):
        position = starter.start()
        if position < taken_until or _ends_a_bare_range(text, position):
            continue
        single = parse_at(text, position, lex)
        mention = extend_to_range(text, single, lex) if single else bare_number_range(text, position, lex)
        if mention is not None and mention.end > mention.start:
            mentions.append(mention)
            taken_until = mention.end
    return mentions


_BARE_RANGE_BEFORE = re.compile(r"\d\s?[~∼〜～–-]\s?$")


def _ends_a_bare_range(text: str, position: int) -> bool:
    """The "2일" of "1~2일": the end of a range that was not read as dates is no date either."""
    return bool(_BARE_RANGE_BEFORE.search(text, max(0, position - 4), position))


def _bare_clock(m: Mention) -> bool:
    """A time of day written with no day, month or year of its own (`오후 11시 50분께`,
    `오후 1시 반까지`, `오전 7시부터`)."""
    return m.hour is not None and m.role in ("point", "deadline", "since") and not m.anaphoric and _alone(m, "hour")


# the parts of a time that place it on the calendar (a time of day's minutes go with its hour)
_CALENDAR_PARTS = ("hour", "day", "day_rel", "month", "month_rel", "year", "year_rel", "week_rel", "weekday", "offset")


def _alone(m: Mention, part: str) -> bool:
    """The mention gives no part of the calendar but ``part`` (`14일`: the day alone)."""
    return all(getattr(m, other) is None for other in _CALENDAR_PARTS if other != part)


def _bare_day(m: Mention) -> bool:
    """A day of the month written with no month, year or `지난`/`오는`, a point or a start
    (`17일`, `17일 오후 3시`, `17일부터`): the publication month's, unless the text says
    otherwise. A deadline is left as read: what was done until it may last past the
    article (`14일까지 면회를 금지했다`)."""
    return (m.day is not None and m.prefix is None and not m.anaphoric and m.glossed_rel is None and m.role in ("point", "since")
            and all(getattr(m, other) is None for other in _CALENDAR_PARTS if other not in ("day", "hour")))


def _after_the_day(time, ref: Reference | None) -> bool:
    """A resolved time that starts on a day after the article's publication day."""
    if time is None or time.unresolved or not time.start or ref is None or ref.day is None:
        return False
    return time.start[:10] > ref.day.isoformat()


def _after_the_moment(time, ref: Reference | None) -> bool:
    """A resolved time of day that starts after the article's publication moment."""
    if time is None or time.unresolved or not time.start or ref is None or ref.moment is None:
        return False
    return time.start > ref.moment.strftime("%Y-%m-%dT%H:%M")


def _day_before(time):
    """The same time of day a day earlier."""
    shift = lambda iso: (datetime.fromisoformat(iso) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")  # noqa: E731
    return time.model_copy(update={"start": shift(time.start), "end": shift(time.end) if time.end else time.end})


def _to_value(text: str, m: Mention | RangeMention, ref: Reference | None, lex: TimeLexicon, next_time: int) -> Value:
    if isinstance(m, RangeMention):
        time, issues = resolve_range(m, ref, lex)
    else:
        tense = None
        if m.year_implicit:
            clause = clause_after(text, m.end)
            tense = ("past" if reads_as_past(clause, lex)
                     else "future" if reads_as_future(clause[: max(0, next_time - m.end)], lex) else None)
        time, issues = resolve_time(m, ref, lex, tense)
        if _bare_day(m) and _after_the_day(time, ref) and reads_as_past(clause_after(text, m.end), lex):
            # `17일 열린 회의에서 결정됐다` in an article of 2 April: 17 March, as the text
            # speaks of the past (a day of this month still ahead cannot be)
            moved = m.snapshot()
            moved.month_rel = -1
            earlier, earlier_issues = resolve_time(moved, ref, lex, None)
            if not earlier.unresolved and earlier.start:  # (a 31st the month before lacks is left as read)
                time, issues = earlier, [*earlier_issues, f"month-from-tense: placed in {earlier.start[:7]}, as the text speaks of the past"]
        if _bare_clock(m) and _after_the_moment(time, ref) and reads_as_past(clause_after(text, m.end), lex):
            # `오후 11시 50분께 … 예측했다` in an article out at 1:30: the night before
            time = _day_before(time)
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
