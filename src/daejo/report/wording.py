"""Values in editors' terms: `2021년 12월`, `약 2,700억–3,300억 개`, `120만 명 이상`.

The checker's own notation (`[2021-12-01, 2022-01-01)`, `(exact)`) is precise but
is not how a newsroom writes a fact; the editors' page and the Markdown summary show
each value the way an article would, in Korean or English. A time is read from its
interval (a whole year, half, quarter, month, part of a month, day or hour), so a
value whose grain says little (`2020년 말`) still reads as the span it covers.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from daejo.models import Interval, Value

# currency codes as a Korean article writes them after the number
CURRENCY_KO = {"KRW": "원", "USD": "달러", "EUR": "유로", "JPY": "엔", "CNY": "위안", "GBP": "파운드"}
# units written without a space after the number
TIGHT_UNITS = {"%", "%p", "℃", "°C", "배"}
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
OPEN_BOUNDS = {
    "ko": {"at_least": "{v} 이상", "at_most": "{v} 이하", "more_than": "{v} 초과", "less_than": "{v} 미만"},
    "en": {"at_least": "at least {v}", "at_most": "at most {v}", "more_than": "more than {v}", "less_than": "less than {v}"},
}
ROLES = {
    "ko": {"deadline": "{t}까지", "since": "{t}부터", "birth": "{t} 출생", "birth_year": "{t}생"},
    "en": {"deadline": "by {t}", "since": "from {t}", "birth": "born {t}", "birth_year": "born {t}"},
}


def korean_number(x: float | int | None) -> str:
    """A number as a Korean article writes it: `3,000억`, `1조 5,000억`, `120만`, `1,478.6`.

    >>> korean_number(1_500_000_000_000)
    '1조 5,000억'
    """
    if x is None:
        return "?"
    if isinstance(x, float) and (x.is_integer() or abs(x) >= 10_000):
        x = round(x)
    if isinstance(x, float):
        return f"{x:,.2f}".rstrip("0").rstrip(".") if abs(x) >= 0.01 else f"{x:.2g}"
    return myriads(int(x))


# Korean groups digits by 10^4: 만, 억, 조, 경
MYRIADS = (("경", 10**16), ("조", 10**12), ("억", 10**8), ("만", 10**4))


def myriads(n: int, units: tuple[tuple[str, int], ...] = MYRIADS) -> str:
    """An integer in myriad groups with thousands separators: `1조 5,000억`, `120만`, `9,999`."""
    sign = "-" if n < 0 else ""
    n = abs(n)
    if n < 10_000:
        return f"{sign}{n:,}"
    parts = []
    for unit, size in units:
        if n >= size:
            parts.append(f"{n // size:,}{unit}")
            n %= size
    if n:
        parts.append(f"{n:,}")
    return sign + " ".join(parts)


def english_number(x: float | int | None) -> str:
    if x is None:
        return "?"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, float):
        return f"{x:,.2f}".rstrip("0").rstrip(".") if abs(x) >= 0.01 else f"{x:.2g}"
    return f"{x:,}"


def _unit(unit: str | None, lang: str) -> tuple[str, str]:
    """(prefix, suffix) around a number for ``unit``: `1,000억 원`, `11%`, `USD 900,000,000`."""
    if not unit:
        return "", ""
    if lang == "ko":
        unit = CURRENCY_KO.get(unit, unit)
        return "", unit if unit in TIGHT_UNITS else " " + unit
    if unit in CURRENCY_KO:
        return unit + " ", ""
    return "", unit if unit in TIGHT_UNITS else " " + unit


def quantity_text(value: Value, lang: str = "ko") -> str:
    """A number with its unit and bound: `6,000억 개`, `약 2,700억–3,300억 개`, `120만 명 이상`."""
    number = korean_number if lang == "ko" else english_number
    before, after = _unit(value.unit, lang)

    def one(x) -> str:
        return f"{before}{number(x)}{after}"

    about = "약 " if lang == "ko" else "about "
    low, high, v = value.low, value.high, value.value
    if value.bound in OPEN_BOUNDS["en"]:
        edge = low if value.bound in ("at_least", "more_than") else high
        return OPEN_BOUNDS.get(lang, OPEN_BOUNDS["en"])[value.bound].format(v=one(edge if edge is not None else v))
    spread = low is not None and high is not None and low != high
    if value.bound == "range" and spread:
        return f"{before}{number(low)}–{number(high)}{after}"
    if value.bound == "approx":
        return about + (f"{before}{number(low)}–{number(high)}{after}" if spread else one(v))
    return one(v if v is not None else low)


# ---------------------------------------------------------------- times


def _parse(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text) if "T" in text else datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
    except ValueError:
        return None


def _months(a: datetime, b: datetime) -> int | None:
    """Whole months from ``a`` to ``b`` when both fall on the first of a month at midnight."""
    if a.day != 1 or b.day != 1 or a.time() != datetime.min.time() or b.time() != datetime.min.time():
        return None
    return (b.year - a.year) * 12 + b.month - a.month


def _day(d: datetime, lang: str, year: bool = True) -> str:
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일" if year else f"{d.month}월 {d.day}일"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}" if year else f"{d.day} {MONTHS_EN[d.month - 1]}"


def span_text(start: str | None, end: str | None, lang: str = "ko") -> str:
    """A half-open interval ``[start, end)`` as the span it names: `2021년`, `2021년 상반기`,
    `2020년 4분기`, `2021년 12월`, `2021년 12월 초순`, `2020년 12월 7일`, `2024년 4월 10일 20시`."""
    a, b = _parse(start), _parse(end)
    if a is None:
        return start or ("시점 미상" if lang == "ko" else "unknown time")
    if b is None or b <= a:
        return _day(a, lang)
    ko = lang == "ko"
    months = _months(a, b)
    if months is not None:
        if a.month == 1 and months % 12 == 0:
            years = months // 12
            if years == 1:
                return f"{a.year}년" if ko else f"{a.year}"
            return f"{a.year}년–{a.year + years - 1}년" if ko else f"{a.year}–{a.year + years - 1}"
        if months == 6 and a.month in (1, 7):
            first = a.month == 1
            return f"{a.year}년 {'상반기' if first else '하반기'}" if ko else f"{'H1' if first else 'H2'} {a.year}"
        if months == 3 and a.month in (1, 4, 7, 10):
            q = (a.month - 1) // 3 + 1
            return f"{a.year}년 {q}분기" if ko else f"Q{q} {a.year}"
        if months == 1:
            return f"{a.year}년 {a.month}월" if ko else f"{MONTHS_EN[a.month - 1]} {a.year}"
        last = b - timedelta(days=1)
        if ko:
            tail = f"{last.month}월" if last.year == a.year else f"{last.year}년 {last.month}월"
            return f"{a.year}년 {a.month}월–{tail}"
        return f"{MONTHS_EN[a.month - 1]} {a.year}–{MONTHS_EN[last.month - 1]} {last.year}"
    midnight = a.time() == datetime.min.time() and b.time() == datetime.min.time()
    if midnight:
        days = (b - a).days
        if days == 1:
            return _day(a, lang)
        parts = {1: ("초순", "early"), 11: ("중순", "mid-"), 21: ("하순", "late")}
        following = (a.replace(day=28) + timedelta(days=4)).replace(day=1)
        if a.day in parts and (b.day == a.day + 10 or (a.day == 21 and b == following)):
            ko_part, en_part = parts[a.day]
            return f"{a.year}년 {a.month}월 {ko_part}" if ko else f"{en_part} {MONTHS_EN[a.month - 1]} {a.year}".replace("- ", "-")
        last = b - timedelta(days=1)
        if not ko:
            return f"{_day(a, lang, year=last.year != a.year)}–{_day(last, lang)}"
        if last.year == a.year and last.month == a.month:
            return f"{_day(a, lang)}–{last.day}일"
        return f"{_day(a, lang)}–{_day(last, lang, year=last.year != a.year)}"
    clock = f"{a.hour}시" if a.minute == 0 else f"{a.hour}시 {a.minute}분"
    if not ko:
        clock = f"{a.hour:02d}:{a.minute:02d}"
    return f"{_day(a, lang)} {clock}"


def time_text(value: Value, lang: str = "ko") -> str:
    """A time value: its span, with its role (`2030년까지`, `1996년생`) and `무렵` for an
    approximate one."""
    t = value.time
    if t is None or t.unresolved:
        return "시점 미확정" if lang == "ko" else "unresolved time"
    start, end = _parse(t.start), _parse(t.end)
    if t.role == "deadline" and start is not None and end is not None and _months(start, end) not in (None, 12) \
            and start.month == 1 and (_months(start, end) or 0) % 12 == 0:
        text = span_text(f"{end.year - 1}-01-01", f"{end.year}-01-01", lang)  # `3년 안에`: by its last year
    else:
        text = span_text(t.start, t.end, lang)
    if value.bound == "approx":
        text = f"{text} 무렵" if lang == "ko" else f"around {text}"
    role = t.role
    if role == "birth" and text.endswith("년") and lang == "ko":
        role = "birth_year"
    if role in ROLES["en"]:
        text = ROLES.get(lang, ROLES["en"])[role].format(t=text)
    return text


def editor_value(value: Value | None, lang: str = "ko") -> str:
    """A value as an editor reads it (`—` for a side that is not a claim)."""
    if value is None:
        return "—"
    if value.kind == "time" or value.time is not None:
        return time_text(value, lang)
    return quantity_text(value, lang)


def as_of_text(interval: Interval | None, lang: str = "ko") -> str:
    """The time a claim speaks of (`2023년 6월 15일`), `–` when none."""
    if interval is None:
        return "–"
    return span_text(interval.start, interval.end, lang)


def published_text(published: str | None) -> str:
    """A publication date as written, its clock to the minute: `2023-06-15 10:00`."""
    if not published:
        return ""
    day, sep, clock = published.partition("T")
    return f"{day} {clock[:5]}" if sep else published


def shown_modality(modality: str, value: Value | None) -> str:
    """The modality the page shows: a birth date is a fact about the past, never a
    plan or forecast, whatever the sentence around it (`1976년생인 그는 … 하겠다`)."""
    if value is not None and value.time is not None and value.time.role == "birth" and modality in ("planned", "forecast"):
        return "asserted"
    return modality
