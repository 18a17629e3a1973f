"""Charts an editor can read: a fact's values across articles, against publication date.

One chart per unit and currency (won and dollars never share an axis), ticks at round
values (1, 2, 2.5 and 5 times a power of ten; whole years, quarters, months or days),
the values in a conflict marked and labelled, the article being checked ringed. A time
fact (a founding date) is drawn on a date axis, each claim a bar over the span it
names. Only coordinates and labels are computed here; the template draws the inline
SVG (autoescaped: labels are article text).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from daejo.report.wording import CURRENCY_KO, editor_value, english_number, korean_number, published_text, shown_modality

# a fact-sheet row (report.html.ClaimRow: .claim, .article, .in_conflict); not imported,
# since html imports this module (tests/test_layers.py: no two modules import each other)
ClaimRow = Any

WIDTH, HEIGHT = 680, 230
LEFT, RIGHT, TOP, BOTTOM = 92, 44, 30, 40
INSET = 14  # between the axes and the first and last points
MAX_TICKS = 6
LABEL_HEIGHT = 14
MAX_LABELS = 12  # value labels per chart (the others keep their tooltip): a crowd is unreadable anyway


# ---------------------------------------------------------------- ticks


def nice_step(span: float, count: int = 5) -> float:
    """The round step (1, 2, 2.5 or 5 times a power of ten) giving about ``count`` ticks."""
    raw = span / max(count, 1)
    if raw <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * magnitude >= raw - 1e-12 * magnitude:
            return m * magnitude
    return 10 * magnitude  # pragma: no cover


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round values from at or below ``lo`` to at or above ``hi``: the axis's ticks and domain."""
    if hi < lo:
        lo, hi = hi, lo
    if hi == lo:
        pad = abs(lo) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    step = nice_step(hi - lo, count)
    first = math.floor(lo / step + 1e-9) * step
    ticks = []
    t = first
    while t < hi - 1e-9 * step:
        ticks.append(t)
        t = first + len(ticks) * step
    ticks.append(t)
    if lo >= 0 and ticks[0] < 0:  # pragma: no cover - floor keeps a non-negative start
        ticks[0] = 0.0
    return [_clean(t) for t in ticks]


def _clean(x: float) -> float | int:
    r = round(x, 9)
    return int(r) if float(r).is_integer() else r


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _from_month(m: int) -> date:
    return date(m // 12, m % 12 + 1, 1)


def date_ticks(lo: int, hi: int, lang: str = "ko") -> list[tuple[int, str]]:
    """Round dates (ordinals) covering ``[lo, hi]`` with labels: whole years, every few
    months or every few days, at most about ``MAX_TICKS`` of them."""
    a, b = date.fromordinal(lo), date.fromordinal(max(hi, lo + 1))
    ko = lang == "ko"
    months = _month_index(b) - _month_index(a) + (1 if b.day > 1 else 0)
    if months > 30:
        years = b.year - a.year + (1 if (b.month, b.day) > (1, 1) else 0)
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if years / s <= MAX_TICKS)
        first = a.year - a.year % step
        last = b.year if (b.month, b.day) == (1, 1) else b.year + 1
        out = []
        y = first
        while True:
            out.append((date(y, 1, 1).toordinal(), f"{y}년" if ko else str(y)))
            if y >= last:
                break
            y += step
        return out
    if months >= 2:
        step = next(s for s in (1, 2, 3, 6, 12) if months / s < MAX_TICKS)
        m = _month_index(a) - (_month_index(a) % step)
        end = _month_index(b) + (1 if b.day > 1 else 0)
        out = []
        while True:
            d = _from_month(m)
            out.append((d.toordinal(), f"{d.year}년 {d.month}월" if ko else f"{d.year}-{d.month:02d}"))
            if m >= end:
                break
            m += step
        return out
    days = hi - lo
    step = next(s for s in (1, 2, 7, 14, 30) if max(days, 1) / s <= MAX_TICKS)
    out = []
    t = lo
    while True:
        d = date.fromordinal(t)
        out.append((t, f"{d.month}월 {d.day}일" if ko else f"{d.month}-{d.day:02d}"))
        if t >= hi:
            break
        t += step
    return out


# ---------------------------------------------------------------- charts


def _ordinal(iso: str | None) -> int | None:
    """A day from an ISO date, datetime or partial date (`2022`, `2023-03`)."""
    if not iso:
        return None
    text = iso[:10]
    if len(text) == 4:
        text += "-01-01"
    elif len(text) == 7:
        text += "-01"
    try:
        return date.fromisoformat(text).toordinal()
    except ValueError:
        return None


def unit_key(row: ClaimRow) -> tuple[str, str | None]:
    v = row.claim.value
    if v.kind == "time" or v.time is not None:
        return ("time", None)
    return (v.kind, v.unit)


def unit_name(key: tuple[str, str | None], lang: str) -> str:
    kind, unit = key
    if kind == "time":
        return "날짜" if lang == "ko" else "date"
    if not unit:
        return "수" if lang == "ko" else "number"
    return CURRENCY_KO.get(unit, unit) if lang == "ko" else unit


@dataclass
class ChartPoint:
    x: float
    y: float  # the marker
    y0: float  # the span of the value (a bar when it is not a point)
    y1: float
    open_end: bool  # `120만 이상`: the bar runs to the edge
    conflict: bool
    checked: bool
    planned: bool
    value_text: str
    title: str  # tooltip: article, date, value
    label_x: float = 0.0  # where a conflict's value label goes (kept clear of the others)
    label_y: float = 0.0
    label_end: bool = False  # text-anchor end: the label sits left of the point
    labelled: bool = False


@dataclass
class Chart:
    unit: str  # axis title
    key: str  # `money:KRW`, `time`
    time: bool
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM
    xticks: list[tuple[float, str]] = field(default_factory=list)
    yticks: list[tuple[float, str]] = field(default_factory=list)
    points: list[ChartPoint] = field(default_factory=list)
    conflicts: int = 0


def fact_charts(rows: list[ClaimRow], lang: str = "ko", checked: set[str] | None = None) -> list[Chart]:
    """One chart per unit of the fact's claims that have a publication date, when at
    least two claims share the unit: value against publication date."""
    groups: dict[tuple[str, str | None], list] = {}
    for r in rows:
        x = _ordinal(r.article.published)
        if x is None:
            continue
        v = r.claim.value
        if v.kind == "time" or v.time is not None:
            if v.time is None or v.time.unresolved:
                continue
            y0, y1 = _ordinal(v.time.start), _ordinal(v.time.end)
            if y0 is None:
                continue
            y1 = y1 if y1 is not None and y1 > y0 else y0 + 1
            span = (y0, y1, False)
        else:
            if v.value is None and v.low is None:
                continue
            mid = float(v.value if v.value is not None else v.low)
            low = float(v.low) if v.low is not None else None
            high = float(v.high) if v.high is not None else None
            open_end = v.bound in ("at_least", "more_than", "at_most", "less_than") and (low is None or high is None)
            span = (low if low is not None else mid, high if high is not None else mid, open_end)
        groups.setdefault(unit_key(r), []).append((x, span, r))
    charts = []
    for key, points in sorted(groups.items(), key=lambda kv: (kv[0][0] != "time", str(kv[0]))):
        if len(points) < 2:
            continue
        charts.append(_chart(key, points, lang, checked))
    return charts


def _chart(key: tuple[str, str | None], points: list, lang: str, checked: set[str] | None) -> Chart:
    is_time = key[0] == "time"
    chart = Chart(unit_name(key, lang), key[0] + (f":{key[1]}" if key[1] else ""), is_time)
    xs = [x for x, _, _ in points]
    xt = date_ticks(min(xs), max(xs), lang)
    x_lo, x_hi = xt[0][0], xt[-1][0]
    if x_hi == x_lo:
        x_hi = x_lo + 1
    if is_time:
        lows = [s[0] for _, s, _ in points]
        highs = [s[1] for _, s, _ in points]
        yt = date_ticks(min(lows), max(highs), lang)
        y_lo, y_hi = yt[0][0], yt[-1][0]
        ylabels = [(t, label) for t, label in yt]
    else:
        values = [s[0] for _, s, _ in points] + [s[1] for _, s, _ in points]
        ticks = nice_ticks(min(values), max(values))
        y_lo, y_hi = ticks[0], ticks[-1]
        fmt = korean_number if lang == "ko" else english_number
        ylabels = [(t, fmt(t)) for t in ticks]
    if y_hi == y_lo:
        y_hi = y_lo + 1

    def sx(x: float) -> float:
        return round(chart.left + INSET + (x - x_lo) / (x_hi - x_lo) * (chart.right - chart.left - 2 * INSET), 1)

    def sy(y: float) -> float:
        return round(chart.bottom - (y - y_lo) / (y_hi - y_lo) * (chart.bottom - chart.top), 1)

    chart.xticks = [(sx(t), label) for t, label in xt]
    chart.yticks = [(sy(t), label) for t, label in ylabels]
    for x, (y0, y1, open_end), r in sorted(points, key=lambda p: (p[0], p[2].article.article)):
        v = r.claim.value
        if open_end:
            if v.bound in ("at_least", "more_than"):
                y0, y1 = y0, y_hi
            else:
                y0, y1 = y_lo, y1
        mid = (y0 + y1) / 2 if is_time or open_end else float(v.value if v.value is not None else y0)
        if open_end:
            mid = y0 if v.bound in ("at_least", "more_than") else y1
        text = editor_value(v, lang)
        who = f"{r.article.outlet or r.article.article} {published_text(r.article.published)}".strip()
        chart.points.append(ChartPoint(
            sx(x), sy(mid), sy(y0), sy(y1), open_end, r.in_conflict,
            bool(checked and r.article.article in checked),
            shown_modality(r.claim.modality, v) in ("planned", "forecast"), text, f"{who}: {text}",
        ))
    chart.conflicts = sum(p.conflict for p in chart.points)
    place_labels(chart)
    return chart


def _text_width(text: str) -> float:
    """Rough width at 11px: Hangul is about twice as wide as digits and Latin."""
    return sum(11.0 if ord(ch) > 0x2E80 else 6.5 for ch in text)


def place_labels(chart: Chart) -> None:
    """Put each conflict's value label next to its point, moved down (or up) until it
    overlaps no label placed before it."""
    for p in chart.points:
        p.labelled = False
    # the markers are in the way too
    placed: list[tuple[float, float, float, float]] = [(p.x - 7, p.y - 7, p.x + 7, p.y + 7) for p in chart.points]
    for p in sorted((p for p in chart.points if p.conflict), key=lambda p: (not p.checked, p.y, p.x))[:MAX_LABELS]:
        width = _text_width(p.value_text)
        p.label_end = p.x + 12 + width > chart.width - 4
        x0 = p.x - 12 - width if p.label_end else p.x + 12
        y = p.y + 4
        for attempt in range(16):
            candidate = y + (attempt + 1) // 2 * LABEL_HEIGHT * (1 if attempt % 2 else -1) if attempt else y
            if not (chart.top <= candidate <= chart.bottom + 2):
                continue
            box = (x0, candidate - LABEL_HEIGHT + 3, x0 + width, candidate + 3)
            if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
                y = candidate
                break
        placed.append((x0, y - LABEL_HEIGHT + 3, x0 + width, y + 3))
        p.labelled = True
        p.label_x = round(p.x - 12 if p.label_end else p.x + 12, 1)
        p.label_y = round(y, 1)
