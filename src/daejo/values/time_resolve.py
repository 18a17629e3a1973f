"""Place a ``Mention`` on the calendar against the publication date.

Each function here answers one question ("which year?", "which month?",
"which day?") and raises ``Unresolvable`` with a reason when the publication
date is missing or too coarse to answer it: a relative time is never guessed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from daejo.models import TimeValue
from daejo.values.time_calendar import (
    Reference,
    Span,
    Unresolvable,
    add_calendar,
    add_months,
    check_year,
    clock_span,
    day_span,
    hour_span,
    month_part_span,
    month_span,
    most_recent_day,
    need_day,
    need_month,
    need_year,
    next_day,
    safe_date,
    week_span,
    year_span,
)
from daejo.values.time_lexicon import TimeLexicon
from daejo.values.time_mention import Mention

# the issue of a relative day whose date in parentheses names another day (`내일(10일)`)
GLOSS_ISSUE = "gloss:"

REASON_TWO_DIGIT = "two-digit year without publication date"
REASON_NO_TIME_OF_DAY = "publication time of day unknown"
REASON_ANAPHORIC = "relative to a time named earlier in the text"
REASON_VAGUE_RECENT = "vague: shortly before publication, how long is not said; never compared"


def resolve_time(
    m: Mention, ref: Reference | None, lex: TimeLexicon, tense: str | None = None
) -> tuple[TimeValue, list[str]]:
    """The interval ``m`` denotes (or why it has none), and issues such as a wrong weekday.

    A year-less period ("4분기", "12월") takes the publication year, except in a
    past-tense text where that year's period is not over yet (then it takes the
    year before) and in a text of what is to come where that year's period is
    over (then it takes the year after). ``tense`` is "past", "future" or None.
    """
    issues: list[str] = []
    if m.vague is not None:
        return _vague_time(m, ref), issues
    try:
        span = _span(m, ref, lex, issues)
        step = 0
        if tense == "past" and m.year_implicit and _not_over_at_publication(m, span, ref):
            step, told = -1, "the past"
        elif tense == "future" and m.year_implicit and _over_at_publication(m, span, ref):
            step, told = 1, "what is to come"
        if step:
            moved = m.snapshot()
            moved.year_rel = (m.year_rel or 0) + step
            span = _span(moved, ref, lex, issues)
            issues.append(f"year-from-tense: placed in {span.start.year}, as the text speaks of {told}")
    except Unresolvable as exc:
        return TimeValue(role=m.role, unresolved=True, reason=str(exc)), issues
    start, end = span.iso()
    return TimeValue(start=start, end=end, grain=span.grain, role=m.role), issues


def _span(m: Mention, ref: Reference | None, lex: TimeLexicon, issues: list[str]) -> Span:
    if m.anaphoric:
        raise Unresolvable(REASON_ANAPHORIC)
    if m.offset is not None:
        return _offset_span(m.offset, ref)
    if m.window is not None:
        return _window_span(m.window, ref)
    if m.birth_two_digit is not None:
        return year_span(_birth_century(m.birth_two_digit, ref))
    if m.decade is not None:
        return _decade_span(m, lex)
    if m.season is not None:
        return _season_span(m, ref, lex)
    if m.week_rel is not None:
        return week_span(need_day(ref), m.week_rel)
    if m.day_rel is not None:
        return _within_day(m, need_day(ref) + timedelta(days=m.day_rel), lex, issues)
    if m.day is not None:
        day = _resolve_day(m, ref)
        if m.glossed_rel is not None and ref is not None and (said := need_day(ref) + timedelta(days=m.glossed_rel)) != day:
            # `내일(10일)` in an article of the 7th: one of the two is wrong; the date is read
            # as written (and still compared)
            word = next((w for w, offset in lex.relative_days.items() if offset == m.glossed_rel), "")
            issues.append(f"{GLOSS_ISSUE} {word} is {said.isoformat()}, not {day.day}일")
        return _within_day(m, day, lex, issues)
    if m.month is not None or m.month_rel is not None:
        year, month = _resolve_month(m, ref)
        return _within_month(m, year, month, lex)
    if _has_year(m):
        return _within_year(m, _resolve_year(m, ref), lex)
    if m.has_clock:
        return _within_day(m, need_day(ref), lex, issues)
    raise Unresolvable("not a time")


def _not_over_at_publication(m: Mention, span: Span, ref: Reference | None) -> bool:
    """Whether a past-tense text cannot mean this year's period: a month that starts
    after publication, or a half or quarter that has not ended by then (a report
    in January on "상반기" speaks of the year before)."""
    if ref is None or ref.month is None:
        return False
    last_day = ref.day or date(*add_months(ref.year, ref.month, 1), 1) - timedelta(days=1)
    if m.half is not None or m.quarter is not None:
        return span.end > last_day + timedelta(days=1)
    start = span.start.date() if isinstance(span.start, datetime) else span.start
    return start > last_day


def _over_at_publication(m: Mention, span: Span, ref: Reference | None) -> bool:
    """Whether a month, quarter or half ended before the month of publication began:
    a text of what is to come cannot mean it (`6월 초 개통한다는 목표다` in November).
    A day is left as written: a plan dated a few days back is a slip or a clause
    misread, not next year's."""
    if ref is None or ref.month is None or m.day is not None:
        return False
    end = span.end.date() if isinstance(span.end, datetime) else span.end
    return end <= date(ref.year, ref.month, 1)


def _has_year(m: Mention) -> bool:
    return m.year is not None or m.year_two_digit is not None or m.year_rel is not None


# --------------------------------------------------------------------------- seasons


def _season_span(m: Mention, ref: Reference | None, lex: TimeLexicon) -> Span:
    """``2023년 겨울`` (that year's, into the next), ``올봄``, ``지난 겨울``, ``오는 가을``."""
    first, last = lex.data["seasons"][m.season]

    def season_of(year: int) -> Span:
        check_year(year)
        end_year, end_month = add_months(year + (last < first), last, 1)
        return Span(date(year, first, 1), date(end_year, end_month, 1), "quarter")

    if _has_year(m):
        return season_of(_resolve_year(m, ref))
    if m.season_rel == "this" and first <= last:
        return season_of(need_year(ref))
    year, month = need_month(ref)
    assert ref is not None
    if m.season_rel == "this":  # winter: the one under way in January and February, else the next
        return season_of(year - 1 if month <= last else year)
    if m.season_rel == "last":  # the latest that ended by publication
        published = ref.day or date(year, month, 1)
        return next(season_of(y) for y in range(year, year - 3, -1) if season_of(y).end <= published)
    after = ref.day + timedelta(days=1) if ref.day else date(*add_months(year, month, 1), 1)
    return next(season_of(y) for y in range(year - 1, year + 3) if season_of(y).start >= after)


# --------------------------------------------------------------------------- vague


def _vague_time(m: Mention, ref: Reference | None) -> TimeValue:
    """A vague time is never compared (``unresolved``); it carries the interval it may
    cover when the publication date allows: ``수년 전`` = 2 to 9 years before it."""
    assert m.vague is not None
    if m.vague[0] != "count":
        end = (ref.day + timedelta(days=1)).isoformat() if ref is not None and ref.day is not None else None
        return TimeValue(end=end, role=m.role, unresolved=True, reason=REASON_VAGUE_RECENT)
    _kind, unit, low, high, direction = m.vague
    side = "before" if direction < 0 else "after"
    reason = f"vague: {low} to {high} {unit}s {side} publication, never compared"
    try:
        near, far = _unit_span(unit, direction * low, ref), _unit_span(unit, direction * high, ref)
    except Unresolvable as exc:
        return TimeValue(role=m.role, unresolved=True, reason=f"{reason} ({exc})")
    start, end = Span(min(near.start, far.start), max(near.end, far.end), near.grain).iso()
    return TimeValue(start=start, end=end, grain=near.grain, role=m.role, unresolved=True, reason=reason)


# ----------------------------------------------------------------------------- years


def _resolve_year(m: Mention, ref: Reference | None) -> int:
    if m.year is not None:
        return check_year(m.year)
    if m.year_two_digit is not None:
        return _apostrophe_century(m.year_two_digit, ref)
    assert m.year_rel is not None
    return check_year(need_year(ref) + m.year_rel)


def _apostrophe_century(two_digits: int, ref: Reference | None) -> int:
    """'21년: 2021 unless that lies more than ten years after publication."""
    if ref is None:
        raise Unresolvable(REASON_TWO_DIGIT)
    return 2000 + two_digits if 2000 + two_digits <= ref.year + 10 else 1900 + two_digits


def _birth_century(two_digits: int, ref: Reference | None) -> int:
    """76년생: 19xx or 20xx, whichever is not after the publication year."""
    if ref is None:
        raise Unresolvable(REASON_TWO_DIGIT)
    return 2000 + two_digits if 2000 + two_digits <= ref.year else 1900 + two_digits


def _within_year(m: Mention, year: int, lex: TimeLexicon) -> Span:
    if m.half is not None:
        first, last = lex.halves[m.half]
        return month_span(year, first, last, "half")
    if m.quarter is not None:
        last = m.quarter_to if m.quarter_to is not None else m.quarter
        return month_span(year, 3 * m.quarter - 2, 3 * last, "quarter")
    if m.year_part is not None:
        first, last, grain = lex.year_parts[m.year_part]
        return month_span(year, first, last, grain)
    return year_span(year)


def _decade_span(m: Mention, lex: TimeLexicon) -> Span:
    assert m.decade is not None
    if m.decade_part is None:
        return year_span(m.decade, 0, 9)
    first, last = lex.decade_parts[m.decade_part]
    return year_span(m.decade, first, last)


# ---------------------------------------------------------------------------- months


def _resolve_month(m: Mention, ref: Reference | None) -> tuple[int, int]:
    if m.month_rel is not None:
        year, month = need_month(ref)
        return add_months(year, month, m.month_rel)
    assert m.month is not None
    if _has_year(m):
        return _resolve_year(m, ref), m.month
    if m.prefix is None:
        return need_year(ref), m.month
    ref_year, ref_month = need_month(ref)
    if m.prefix == "past":  # 지난 2월: the latest February not after publication
        return (ref_year if m.month <= ref_month else ref_year - 1), m.month
    return (ref_year if m.month >= ref_month else ref_year + 1), m.month


def _within_month(m: Mention, year: int, month: int, lex: TimeLexicon) -> Span:
    check_year(year)
    if m.month_part is not None:
        first, last = lex.month_parts[m.month_part]
        return month_part_span(year, month, first, last)
    if m.month_to is not None:  # "11~2월" runs into the next year
        last = month_span(year + (m.month_to < month), m.month_to)
        return Span(month_span(year, month).start, last.end, "month")
    return month_span(year, month)


# ------------------------------------------------------------------------------ days


def _resolve_day(m: Mention, ref: Reference | None) -> date:
    assert m.day is not None
    if m.month is not None or m.month_rel is not None:
        year, month = _resolve_month(m, ref)
        return safe_date(year, month, m.day)
    if m.prefix == "past":
        return most_recent_day(m.day, need_day(ref))
    if m.prefix == "next":
        return next_day(m.day, need_day(ref))
    year, month = need_month(ref)
    return safe_date(year, month, m.day)


def _within_day(m: Mention, day: date, lex: TimeLexicon, issues: list[str]) -> Span:
    if m.weekday is not None and day.weekday() != m.weekday:
        written = lex.data["weekdays"][m.weekday]
        actual = lex.data["weekdays"][day.weekday()]
        issues.append(f"weekday-mismatch: {day.isoformat()} is {actual}요일, not {written}요일")
    if m.hour is not None:
        return clock_span(day, _clock_hour(m.hour, m.daypart, lex), m.minute, m.second)
    if m.daypart is not None:
        first, last = lex.dayparts[m.daypart]["span"]
        return hour_span(day, first, last)
    if m.day_to is not None:
        safe_date(day.year, day.month, m.day_to)
        return day_span(day, m.day_to - m.day + 1)
    return day_span(day)


def _clock_hour(hour: int, daypart: str | None, lex: TimeLexicon) -> int:
    """24-hour clock hour of "오후 3시", "밤 11시", "오전 12시" (see ``dayparts`` in the lexicon)."""
    if daypart is None:
        return hour
    rules = lex.dayparts[daypart]
    if hour == 12:
        return int(rules.get("twelve", 12))
    low, high = rules.get("pm_hours", [1, 0])
    return hour + 12 if low <= hour <= high else hour


# ------------------------------------------------------------- offsets and windows


def _offset_span(offset: tuple[int, str, int, bool], ref: Reference | None) -> Span:
    """N년 전 / N개월 후 ...; "1년여 전" (a bit more than) also covers the unit beyond."""
    count, unit, direction, more_than = offset
    shift = direction * count
    spans = [_unit_span(unit, shift, ref)]
    if more_than:
        spans.append(_unit_span(unit, shift + direction, ref))
    return Span(min(s.start for s in spans), max(s.end for s in spans), spans[0].grain)


def _unit_span(unit: str, shift: int, ref: Reference | None) -> Span:
    if unit == "year":
        return year_span(check_year(need_year(ref) + shift))
    if unit == "month":
        year, month = add_months(*need_month(ref), shift)
        return month_span(check_year(year), month)
    if unit == "week":
        return week_span(need_day(ref), shift)
    if unit == "day":
        return day_span(need_day(ref) + timedelta(days=shift))
    moment = _need_moment(ref)
    if unit == "hour":
        start = moment.replace(minute=0, second=0, microsecond=0) + timedelta(hours=shift)
        return Span(start, start + timedelta(hours=1), "hour")
    start = moment.replace(second=0, microsecond=0) + timedelta(minutes=shift)
    return Span(start, start + timedelta(minutes=1), "minute")


def _need_moment(ref: Reference | None) -> datetime:
    need_day(ref)
    assert ref is not None
    if ref.moment is None:
        raise Unresolvable(REASON_NO_TIME_OF_DAY)
    return ref.moment


def _window_span(window: tuple[int, str], ref: Reference | None) -> Span:
    """N년 안에: [publication, publication + N units), at the unit's grain."""
    count, unit = window
    if unit == "year":
        start = date(need_year(ref), 1, 1)
        if ref is not None and ref.day is not None:
            start = ref.day
        elif ref is not None and ref.month is not None:
            start = date(ref.year, ref.month, 1)
    elif unit == "month":
        start = ref.day if ref is not None and ref.day is not None else date(*need_month(ref), 1)
    else:
        start = need_day(ref)
    return Span(start, add_calendar(start, count, unit), unit)
