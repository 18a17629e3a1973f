"""Partial publication dates: ``2022``, ``2022-06``, ``2022-06-20`` or an ISO datetime."""

from __future__ import annotations

import re
from datetime import date, datetime

from daejo.models import PartialDate

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")

MIN_YEAR, MAX_YEAR = 1800, 2200

# grains of a time of day
CLOCK_GRAINS = frozenset({"hour", "minute", "second"})
# grains of a time told to the day or finer (`오는 24일`, `24일 오전`, `오후 3시`)
DAY_GRAINS = frozenset({"day", "part_of_day", *CLOCK_GRAINS})

# words that name the day of a clock time; without one, `오전 11시` is on the day of
# whatever event the text tells, not necessarily the publication day
_NAMES_A_DAY = re.compile(r"\d+일|이날|당일|전날|어제|오늘|내일|모레|그제|그저께|엊그제|간밤|어젯밤|지난밤|\d+월")


def has_day(text: str) -> bool:
    """A time's text names its day (`11일 오후 3시`, `어제 오후`), not a time of day alone."""
    return _NAMES_A_DAY.search(text) is not None


def _next_month(y: int, m: int) -> date:
    return date(y + (m == 12), 1 if m == 12 else m + 1, 1)


def parse_partial_date(text: str | int | date | datetime) -> PartialDate:
    """Parse a partial or full date; raise ``ValueError`` with a readable reason.

    Besides text, accepts what YAML front matter may produce for an unquoted
    value: an ``int`` year, a ``date`` or a ``datetime``.

    >>> parse_partial_date("2022").grain
    'year'
    """
    raw = _as_text(text).strip()
    if not raw:
        raise ValueError("empty date")
    try:
        if m := _YEAR.match(raw):
            y = int(m[1])
            _check_year(y, raw)
            return PartialDate(text=raw, start=date(y, 1, 1), end=date(y + 1, 1, 1), grain="year")
        if m := _MONTH.match(raw):
            y, mo = int(m[1]), int(m[2])
            _check_year(y, raw)
            start = date(y, mo, 1)
            return PartialDate(text=raw, start=start, end=_next_month(y, mo), grain="month")
        if m := _DAY.match(raw):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            _check_year(d.year, raw)
            return PartialDate(text=raw, start=d, end=date.fromordinal(d.toordinal() + 1), grain="day")
        dt = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        msg = str(exc)
        if msg.startswith("not a valid") or "out of range" in msg or "must be in" in msg:
            raise ValueError(f"invalid date {raw!r}: {msg}") from None
        raise ValueError(f"invalid date {raw!r}: expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime") from None
    _check_year(dt.year, raw)
    d = dt.date()
    return PartialDate(text=raw, start=d, end=date.fromordinal(d.toordinal() + 1), grain="datetime", moment=dt)


def _as_text(value: str | int | date | datetime) -> str:
    # datetime is a subclass of date, so it is tested first
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):  # YAML `yes`/`no`: never a date
        raise ValueError(f"invalid date {value!r}: expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime")
    return str(value)


def _check_year(y: int, raw: str) -> None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise ValueError(f"not a valid publication year in {raw!r} (expected {MIN_YEAR}-{MAX_YEAR})")
