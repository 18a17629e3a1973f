"""Values that their neighbours decide (rules/in_context.yaml, corpus/in_context.yaml).

- a number before 도 or ° is a temperature (unit ℃, or ℉ after 화씨) with a decimal
  point, a minus sign, a scale word or a weather word shortly before it (`기온은 39.6도`,
  `영하 12.7도` = -12.7 ℃, `-3도`, `섭씨37도`); `38.2℃` and `70°F` always are; a bound
  word after it counts (`영하 20도 안팎`: approx);
- a native count of days (`이틀간`, `열흘 동안`, `보름 만에`) is a duration in days;
- `N일` before `만` is days elapsed (`제출한 지 16일 만이다`), not the Nth of a month;
- an offset right after a bare noun is a span since its event (`발사 58분 뒤`);
- a term a court hands down (`징역 2년`, `집행유예 3년`) is exact as written;
- `A에서 B 사이`, `A와 B 사이` are one range (`1조2천억 원에서 1조5천억 원 사이`);
- `3-1로 이겼다`, `88대 79로`, `3-1(25-21 23-25 …)` are the scores of games (kind score).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from daejo.models import Value
from daejo.safeyaml import safe_load
from daejo.values.compose import bound_suffix_at
from daejo.values.intervals import bound_interval, to_number
from daejo.values.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _rules() -> dict:
    text = (resources.files("daejo.values") / "rules" / "in_context.yaml").read_text(encoding="utf-8")
    return safe_load(text)


@lru_cache(maxsize=1)
def _native_days() -> re.Pattern[str]:
    rules = _rules()
    words = "|".join(sorted(rules["native_days"], key=len, reverse=True))
    after = "|".join(re.escape(a) for a in sorted(rules["native_day_after"], key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])({words})(?={after})")


def refine(text: str, values: list[Value]) -> list[Value]:
    """The values with temperatures, elapsed days and native day counts read in context."""
    out = [_temperature(text, v) or _elapsed(text, v) or _since_event(text, v) or _legal_term(text, v) or v for v in values]
    out += _native_day_counts(text, out)
    scores = _scores(text, out)
    if scores:
        out = [v for v in out if not any(s.start < v.end and v.start < s.end for s in scores)] + scores
    return _between(text, sorted(out, key=lambda v: v.start))


def _temperature(text: str, v: Value) -> Value | None:
    rule = _rules()["temperature"]
    if v.kind != "number" or v.value is None:
        return None
    symbols, firsts = _temperature_signs()
    if text[v.end : v.end + 1] not in firsts:
        return None
    symbol = next((s for s in symbols if text.startswith(s, v.end)), None)
    word = None
    if symbol is None:
        word = next((w for w in rule["words"] if text.startswith(w, v.end)), None)
        if word is None or (word == "도" and not _not_a_word(text, v.end + 1)):
            return None
    before = text[max(0, v.start - rule["context_chars"]) : v.start]
    scale = next((u for w, u in rule["scales"].items() if before.rstrip().endswith(w)), None)
    cued = "." in v.text or float(v.value) < 0 or scale is not None or any(w in before for w in rule["context"])
    if symbol is None and not cued:
        return None
    unit = rule["symbols"][symbol] if symbol else scale or rule["unit"]
    negative = any(before.rstrip().endswith(w) or w in before[-6:] for w in rule["negative"]) and float(v.value) > 0
    sign = -1 if negative else 1
    end = v.end + len(symbol or word)
    low, high = (_scaled(v.high, sign), _scaled(v.low, sign)) if negative else (v.low, v.high)
    value = _scaled(v.value, sign)
    bound = v.bound
    if bound == "range":
        value = low  # a range's value is its low end (`영하 5~10도` = -10)
    elif bound == "exact" and (found := bound_suffix_at(text, end, load_lexicon())) is not None:
        bound, end = found
        low, high = _bounded(bound, value, low, high)
    return v.model_copy(update={
        "kind": "quantity", "unit": unit, "value": value, "low": low, "high": high, "bound": bound,
        "end": end, "text": text[v.start:end], "rule": "temperature",
    })


@lru_cache(maxsize=1)
def _temperature_signs() -> tuple[list[str], frozenset[str]]:
    """The symbols longest first, and the letters a symbol or a word may start with."""
    rule = _rules()["temperature"]
    symbols = sorted(rule["symbols"], key=len, reverse=True)
    return symbols, frozenset(w[0] for w in symbols + list(rule["words"]))


def _bounded(bound: str, value, low, high):
    """The interval of a temperature with a bound word after it (`20도 안팎`, `30도 이상`)."""
    lex = load_lexicon()
    d = Decimal(str(value))
    precision = Decimal(str(high)) - Decimal(str(low))
    iv = bound_interval(bound, d, precision, lex.approx_relative)
    return to_number(iv.low), to_number(iv.high)


def _scaled(x, sign: int):
    if x is None:
        return None
    d = Decimal(str(x)) * sign
    return int(d) if d == d.to_integral_value() else float(d)


def _not_a_word(text: str, pos: int) -> bool:
    """After 도: a particle, punctuation or the end, not the rest of a word (`도로`)."""
    rest = text[pos : pos + 3]
    return not rest or not ("가" <= rest[0] <= "힣") or rest.startswith(_AFTER_DO)


# what may follow 도 of a temperature: particles and the copula (`8.5도였고`, `30도다`,
# `6.5도이며`), never the rest of a word (`도로`, `도민`)
_AFTER_DO = ("까지", "로", "를", "였", "이었", "이다", "이며", "이고", "이지만", "이나", "이던", "인", "에", "의", "는",
             "가", "씩", "나", "에서", "안팎", "다", "와", "과", "보다", "대", "선", "쯤", "께", "가량", "를")


def _elapsed(text: str, v: Value) -> Value | None:
    if v.kind != "time" or not re.fullmatch(r"\d{1,3}일", v.text):
        return None
    if not any(text.startswith(a, v.end) for a in _rules()["elapsed_after"]):
        return None
    n = int(v.text[:-1])
    return Value(kind="duration", text=v.text, start=v.start, end=v.end, value=n, unit="일", bound="exact",
                 low=n - 0.5, high=n + 0.5, rule="elapsed-days")


def _legal_term(text: str, v: Value) -> Value | None:
    """`징역 2년`, `징역 2년 6개월에 집행유예 3년`: a court's term is exact as written."""
    if v.kind != "duration" or v.bound != "exact" or v.value is None:
        return None
    before = text[max(0, v.start - 8) : v.start].rstrip()
    if not before.endswith(_legal_words()):
        return None
    return v.model_copy(update={"low": v.value, "high": v.value, "rule": "legal-term"})


@lru_cache(maxsize=1)
def _legal_words() -> tuple[str, ...]:
    return tuple(_rules()["legal_terms"])


@lru_cache(maxsize=1)
def _since_pattern() -> re.Pattern[str]:
    return re.compile(_rules()["since_event"]["pattern"])


def _since_event(text: str, v: Value) -> Value | None:
    """`발사 58분 뒤`: an offset right after a bare noun is a span since its event."""
    if v.kind != "time":
        return None
    found = _since_pattern().fullmatch(v.text)
    if found is None:
        return None
    rule = _rules()["since_event"]
    before = text[: v.start].rstrip()
    if len(before) == len(text[: v.start]):
        return None  # glued to the word before (`이후58분`)
    word = re.search(r"([가-힣]+)$", before)
    if word is None or word.group(1) in rule["not_events"] or word.group(1)[-1] in rule["particles"]:
        return None
    n, unit = int(found.group(1)), found.group(2)
    return Value(kind="duration", text=v.text, start=v.start, end=v.end, value=n, unit=unit, bound="exact",
                 low=n - 0.5, high=n + 0.5, rule="since-event")


def _native_day_counts(text: str, values: list[Value]) -> list[Value]:
    taken = [(v.start, v.end) for v in values]
    out = []
    for m in _native_days().finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        n = _rules()["native_days"][m.group(1)]
        out.append(Value(kind="duration", text=m.group(1), start=m.start(), end=m.end(), value=n, unit="일",
                         bound="exact", low=n - 0.5, high=n + 0.5, rule="native-days"))
    return out


@lru_cache(maxsize=1)
def _score_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rule = _rules()["score"]
    return re.compile(rule["pattern"]), re.compile(rule["in_list"])


def _scores(text: str, values: list[Value]) -> list[Value]:
    """`3-1로 이겼다`, `88대 79로`, `3-1(25-21 23-25 …)`: the scores of games, each side's
    points as the low and high end (whichever side the article writes first)."""
    if "-" not in text and "대" not in text and "–" not in text:
        return []
    rule = _rules()["score"]
    pattern, in_list = _score_patterns()
    lists = [(m.start(), m.end()) for m in in_list.finditer(text)]
    # a value the score overlaps gives way only when it is a misreading of the score
    # (`81대` read as vehicles, `74` a bare number); a time or an amount stands
    taken = [(v.start, v.end) for v in values if not _read_in_a_score(v)]
    out = []
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        hyphen = "대" not in m.group(2)
        listed = hyphen and any(s < m.start() and m.end() < e for s, e in lists)
        if not (listed or _score_follows(text, m.end(), rule)):
            continue
        if not hyphen and not any(w in text[m.end() : m.end() + rule["dae_result_reach"]] for w in rule["dae_result_stems"]):
            continue  # `1대1로 상담한다`, `차량 3대 1로`: no game's result
        x, y = int(m.group(1)), int(m.group(3))
        out.append(Value(kind="score", text=m.group(0), start=m.start(), end=m.end(), value=None, unit="점",
                         bound="exact", low=min(x, y), high=max(x, y), rule="score"))
    return out


def _read_in_a_score(v: Value) -> bool:
    """A value the numeric reader made of a score's pieces: a bare number or a count of 대."""
    return v.kind == "number" or (v.kind == "quantity" and v.unit == "대")


def _score_follows(text: str, end: int, rule: dict) -> bool:
    """What follows a score: a particle of result (`로`, `으로`), a list of set scores in
    parentheses, or a word of the result (`승리`, `역전승`) ending its word."""
    if any(text.startswith(a, end) for a in rule["after"]):
        return True
    at = end + 1 if text[end : end + 1] == " " else end
    for word in rule["result_words"]:
        if text.startswith(word, at):
            nxt = text[at + len(word) : at + len(word) + 1]
            if not nxt or not ("가" <= nxt <= "힣") or nxt in "를을로으에의와과했하해는은이가였":
                return True
    return False


_NUMERIC_KINDS = ("number", "quantity", "money", "percent", "ratio", "duration")


def _between(text: str, values: list[Value]) -> list[Value]:
    """``A에서 B 사이`` and ``A와 B 사이``: one range instead of two values."""
    rule = _rules()["between"]
    if rule["closer"] not in text:
        return values
    out: list[Value] = []
    i = 0
    while i < len(values):
        merged = _between_pair(text, values[i], values[i + 1], rule) if i + 1 < len(values) else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(values[i])
            i += 1
    return out


def _between_pair(text: str, a: Value, b: Value, rule: dict) -> Value | None:
    if a.kind not in _NUMERIC_KINDS or b.kind not in _NUMERIC_KINDS or a.value is None or b.value is None:
        return None
    if a.bound != "exact" or b.bound != "exact" or a.issues or b.issues:
        return None
    gap = text[a.end : b.start]
    if b.rule == "temperature":  # "영하 5도에서 영상 3도 사이": the sign word sits in the gap
        for word in _rules()["temperature"]["negative"] + _rules()["temperature"]["positive"]:
            gap = gap.replace(" " + word + " ", " ")
    if not any(gap in (j, j + " ") for j in rule["joiners"]):
        return None
    pos = b.end + (1 if text[b.end : b.end + 1] == " " else 0)
    closer = rule["closer"]
    if not text.startswith(closer, pos):
        return None
    end = pos + len(closer)
    if end < len(text) and "가" <= text[end] <= "힣" and not any(text.startswith(w, end) for w in rule["after"]):
        return None  # "사이즈", "사이클"
    if a.kind != b.kind or a.unit != b.unit:
        if a.kind != "number" or a.value <= 0 or b.value / a.value >= 10:
            return None  # "3에서 4억 원 사이" is no range we can read
    low, high = min(a.value, b.value), max(a.value, b.value)  # "영하 5도에서 영하 10도 사이"
    return Value(kind=b.kind, text=text[a.start : end], start=a.start, end=end, value=low, unit=b.unit,
                 bound="range", low=low, high=high, rule="between")
