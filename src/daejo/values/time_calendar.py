"""Calendar arithmetic for time resolution: half-open intervals at a grain.

Pure functions on ``datetime.date``/``datetime.datetime``; nothing here knows
Korean. Every interval is ``[start, end)``, as Duckling returns them.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from daejo.models import PartialDate

MIN_YEAR, MAX_YEAR = 1, 9998  # datetime.date's range, leaving room for ``end``


class Unresolvable(Exception):
    """A time expression that cannot be placed on the calendar; the message is the reason."""


REASON_NO_REFERENCE = "relative time without publication date"
REASON_YEAR_ONLY = "publication date known only to the year"
REASON_MONTH_ONLY = "publication date known only to the month"
REASON_NO_SUCH_DATE = "no such calendar date"
REASON_OUT_OF_RANGE = "year out of the supported range"


class Span(NamedTuple):
    """A resolved interval with its grain; ``start``/``end`` are dates or datetimes."""

    start: date
    end: date
    grain: str

    def iso(self) -> tuple[str, str]:
        return _iso(self.start, self.grain), _iso(self.end, self.grain)


def _iso(moment: date, grain: str) -> str:
    if isinstance(moment, datetime):
        return moment.strftime("%Y-%m-%dT%H:%M:%S" if grain == "second" else "%Y-%m-%dT%H:%M")
    return moment.isoformat()


@dataclass(frozen=True)
class Reference:
    """The publication date at the precision it is known (year, month, day, datetime)."""

    year: int
    month: int | None
    day: date | None
    moment: datetime | None

    @classmethod
    def from_partial(cls, published: PartialDate) -> Reference:
        start = published.start
        month = start.month if published.grain != "year" else None
        day = start if published.grain in ("day", "datetime") else None
        moment = published.moment.replace(tzinfo=None) if published.moment else None
        return cls(year=start.year, month=month, day=day, moment=moment)


def need_year(ref: Reference | None) -> int:
    if ref is None:
        raise Unresolvable(REASON_NO_REFERENCE)
    return ref.year


def need_month(ref: Reference | None) -> tuple[int, int]:
    year = need_year(ref)
    assert ref is not None
    if ref.month is None:
        raise Unresolvable(REASON_YEAR_ONLY)
    return year, ref.month


def need_day(ref: Reference | None) -> date:
    need_month(ref)
    assert ref is not None
    if ref.day is None:
        raise Unresolvable(REASON_MONTH_ONLY)
    return ref.day


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR - 10:
        raise Unresolvable(REASON_OUT_OF_RANGE)
    return year


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date:
    check_year(year)
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        raise Unresolvable(REASON_NO_SUCH_DATE)
    return date(year, month, day)


def year_span(year: int, first: int = 0, last: int = 0, grain: str = "year") -> Span:
    """Years ``year+first`` to ``year+last`` inclusive (a decade, a decade's part)."""
    check_year(year + last)
    return Span(date(year + first, 1, 1), date(year + last + 1, 1, 1), grain)


def month_span(year: int, first: int, last: int | None = None, grain: str = "month") -> Span:
    """Months ``first`` to ``last`` (inclusive) of ``year``: a month, quarter, half or part."""
    check_year(year)
    last = first if last is None else last
    end_year, end_month = add_months(year, last, 1)
    return Span(date(year, first, 1), date(end_year, end_month, 1), grain)


def day_span(day: date, count: int = 1, grain: str = "day") -> Span:
    return Span(day, day + timedelta(days=count), grain)


def month_part_span(year: int, month: int, first_day: int, last_day: int) -> Span:
    """Days ``first_day``..``last_day`` of a month; a last day past the month's end means its end."""
    last = min(last_day, days_in_month(year, month))
    return Span(date(year, month, first_day), date(year, month, last) + timedelta(days=1), "part_of_month")


def week_span(day: date, weeks_from: int = 0) -> Span:
    """The Monday-to-Sunday week containing ``day``, shifted by ``weeks_from`` weeks."""
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=weeks_from)
    return Span(monday, monday + timedelta(weeks=1), "week")


def hour_span(day: date, first_hour: int, last_hour: int) -> Span:
    """Hours ``[first_hour, last_hour)`` of ``day`` (24 = the end of the day)."""
    midnight = datetime(day.year, day.month, day.day)
    return Span(midnight + timedelta(hours=first_hour), midnight + timedelta(hours=last_hour), "hour")


def clock_span(day: date, hour: int, minute: int | None, second: int | None) -> Span:
    """The hour, minute or second starting at ``hour:minute:second`` of ``day`` (hour 24 = next day 0:00)."""
    start = datetime(day.year, day.month, day.day) + timedelta(hours=hour, minutes=minute or 0, seconds=second or 0)
    if second is not None:
        return Span(start, start + timedelta(seconds=1), "second")
    if minute is not None:
        return Span(start, start + timedelta(minutes=1), "minute")
    return Span(start, start + timedelta(hours=1), "hour")


def most_recent_day(day_of_month: int, ref_day: date) -> date:
    """The latest date with this day of month on or before ``ref_day`` ("지난 16일")."""
    year, month = ref_day.year, ref_day.month
    for _ in range(13):
        if day_of_month <= days_in_month(year, month):
            candidate = date(year, month, day_of_month)
            if candidate <= ref_day:
                return candidate
        year, month = add_months(year, month, -1)
    raise Unresolvable(REASON_NO_SUCH_DATE)


def next_day(day_of_month: int, ref_day: date) -> date:
    """The earliest date with this day of month on or after ``ref_day`` ("오는 29일")."""
    year, month = ref_day.year, ref_day.month
    for _ in range(13):
        if day_of_month <= days_in_month(year, month):
            candidate = date(year, month, day_of_month)
            if candidate >= ref_day:
                return candidate
        year, month = add_months(year, month, 1)
    raise Unresolvable(REASON_NO_SUCH_DATE)


def add_calendar(start: date, count: int, unit: str) -> date:
    """``start`` moved by ``count`` years, months, weeks or days (a day past a month's end is clamped)."""
    if unit in ("year", "month"):
        months = count * 12 if unit == "year" else count
        year, month = add_months(start.year, start.month, months)
        check_year(year)
        day = min(start.day, days_in_month(year, month))
        moved = date(year, month, day)
        if isinstance(start, datetime):
            return datetime.combine(moved, start.time())
        return moved
    if unit == "week":
        return start + timedelta(weeks=count)
    if unit == "day":
        return start + timedelta(days=count)
    if unit == "hour":
        return start + timedelta(hours=count)
    return start + timedelta(minutes=count)
