"""Interval logic for comparing values: numbers as closed ``[low, high]``
(``None`` = unbounded), times as half-open ``[start, end)``.

Pure functions only; the rules decide what a disjoint pair means.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from daejo.models import Interval, TimeValue, Value

KST = timezone(timedelta(hours=9))

# how far apart two deadlines may lie before they are different deadlines: the
# end point of `3년 안에` is only known to the grain of the publication date
GRAIN_SPAN = {
    "year": timedelta(days=366),
    "half": timedelta(days=184),
    "quarter": timedelta(days=92),
    "month": timedelta(days=31),
    "part_of_month": timedelta(days=11),
    "week": timedelta(days=7),
    "day": timedelta(days=1),
    "hour": timedelta(hours=1),
    "minute": timedelta(minutes=1),
    "second": timedelta(seconds=1),
}

# disjoint intervals that would meet after this extra relative widening are
# a "marginal" conflict (warning rather than error)
MARGINAL_RELATIVE = 0.05


@dataclass(frozen=True)
class NumInterval:
    low: float | None  # None = unbounded below
    high: float | None  # None = unbounded above

    def widened(self, relative: float = 0.0, absolute: float = 0.0) -> NumInterval:
        low = None if self.low is None else self.low - abs(self.low) * relative - absolute
        high = None if self.high is None else self.high + abs(self.high) * relative + absolute
        return NumInterval(low, high)

    def scaled(self, factor: float) -> NumInterval:
        low = None if self.low is None else self.low * factor
        high = None if self.high is None else self.high * factor
        return NumInterval(low, high) if factor >= 0 else NumInterval(high, low)


def numeric_interval(value: Value) -> NumInterval | None:
    """The uncertainty interval of a numeric value, or None when it has no number.

    The values stage already turns the bound and the written precision into
    ``low``/``high``; an exact value without them is the point itself.
    """
    if value.kind in ("time", "score"):
        return None  # (a score's low and high are its two sides' points, not a span)
    if value.low is None and value.high is None:
        if value.value is None:
            return None
        v = float(value.value)
        if value.bound in ("at_least", "more_than"):
            return NumInterval(v, None)
        if value.bound in ("at_most", "less_than"):
            return NumInterval(None, v)
        return NumInterval(v, v)
    low = None if value.low is None else float(value.low)
    high = None if value.high is None else float(value.high)
    return NumInterval(low, high)


def numbers_overlap(a: NumInterval, b: NumInterval) -> bool:
    """The intervals share a value (unbounded ends always reach).

    Two rounding intervals that only touch do not meet: `2명` is [1.5, 2.5] and
    `3명` [2.5, 3.5], and 2.5 is neither count. A point on the edge of the other
    interval does meet it."""
    return not (_below(a, b) or _below(b, a))


def _below(a: NumInterval, b: NumInterval) -> bool:
    """All of ``a`` lies below all of ``b``."""
    if a.high is None or b.low is None:
        return False
    if a.high != b.low:
        return a.high < b.low
    return a.low != a.high and b.low != b.high


def is_marginal(a: NumInterval, b: NumInterval) -> bool:
    """Disjoint, but only just: they meet after a further small widening."""
    return numbers_overlap(a.widened(MARGINAL_RELATIVE), b.widened(MARGINAL_RELATIVE))


# --------------------------------------------------------------------------- times


@dataclass(frozen=True)
class TimeInterval:
    start: datetime
    end: datetime  # exclusive

    def overlaps(self, other: TimeInterval) -> bool:
        return self.start < other.end and other.start < self.end


def parse_instant(text: str) -> datetime:
    """An ISO date or datetime as a naive datetime in Korean local time."""
    text = text.strip()
    if len(text) == 10:
        d = date.fromisoformat(text)
        return datetime(d.year, d.month, d.day)
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if dt.tzinfo is not None:
        dt = dt.astimezone(KST).replace(tzinfo=None)
    return dt


def time_interval(time: TimeValue | None) -> TimeInterval | None:
    """``[start, end)`` of a resolved time; None when unresolved or open."""
    if time is None or time.unresolved or time.start is None or time.end is None:
        return None
    try:
        return TimeInterval(parse_instant(time.start), parse_instant(time.end))
    except ValueError:
        return None


def deadline_end(time: TimeValue | None) -> datetime | None:
    """The end point a deadline (`2030년까지`, `3년 안에`) promises."""
    if time is None or time.unresolved or time.end is None:
        return None
    try:
        return parse_instant(time.end)
    except ValueError:
        return None


def deadlines_agree(a: TimeValue, b: TimeValue, *, written: bool = False) -> bool:
    """Deadline end points within the coarser grain of the two agree. ``written``: both
    name their calendar period (`2028년까지`, `2028년 6월까지`), so the finer one must end
    inside the coarser one's period (`2027년까지` and `2028년까지` are two deadlines)."""
    end_a, end_b = deadline_end(a), deadline_end(b)
    if end_a is None or end_b is None:
        return True
    if written:
        span_a, span_b = GRAIN_SPAN.get(a.grain or "day", timedelta(0)), GRAIN_SPAN.get(b.grain or "day", timedelta(0))
        (coarse, coarse_span), fine = ((end_a, span_a), end_b) if span_a >= span_b else ((end_b, span_b), end_a)
        start = _period_start(coarse, a.grain if span_a >= span_b else b.grain) or coarse - coarse_span
        return start < fine <= coarse
    slack = max(GRAIN_SPAN.get(a.grain or "day", timedelta(0)), GRAIN_SPAN.get(b.grain or "day", timedelta(0)))
    return abs(end_a - end_b) <= slack


def _period_start(end: datetime, grain: str | None) -> datetime | None:
    """The start of the calendar year, half, quarter or month that ends at ``end``."""
    months = {"year": 12, "half": 6, "quarter": 3, "month": 1}.get(grain or "")
    if months is None:
        return None
    total = end.year * 12 + end.month - 1 - months
    return end.replace(year=total // 12, month=total % 12 + 1)


def as_of_interval(interval: Interval | None) -> TimeInterval | None:
    if interval is None:
        return None
    try:
        return TimeInterval(parse_instant(interval.start), parse_instant(interval.end))
    except ValueError:
        return None


# --------------------------------------------------------------------------- display


_KOREAN_UNITS = ((10**12, "조"), (10**8, "억"), (10**4, "만"))


def format_number(x: float | None, *, lower: bool = True) -> str:
    """A number in Korean myriad units (`5999.5억`, `1.2조`); ``∞`` when unbounded."""
    if x is None:
        return "-∞" if lower else "∞"
    magnitude = abs(x)
    for size, name in _KOREAN_UNITS:
        if magnitude >= size:
            return f"{_trim(x / size)}{name}"
    return _trim(x)


def _trim(x: float) -> str:
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.4f}".rstrip("0").rstrip(".")


# units shown as Koreans write them; other ISO codes are shown as they are
_UNIT_DISPLAY = {"KRW": "원"}


def format_numeric(iv: NumInterval, unit: str | None = None) -> str:
    suffix = f" {_UNIT_DISPLAY.get(unit, unit)}" if unit else ""
    return f"[{format_number(iv.low)}, {format_number(iv.high, lower=False)}]{suffix}"


def format_instant(dt: datetime) -> str:
    if dt.hour == dt.minute == dt.second == 0:
        return dt.date().isoformat()
    return dt.isoformat(timespec="minutes")


def format_time(iv: TimeInterval) -> str:
    return f"[{format_instant(iv.start)}, {format_instant(iv.end)})"
