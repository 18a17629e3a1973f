"""When a claim's value holds: which times of its clause date it.

The nearest point time of the claim's clause is its ``as_of`` (`2분기 매출`,
`지난해 말 250여 명`), except for two kinds of time that date something else:

- the base of a comparison (`지난해 같은 기간보다 18.4% 늘었다`): the value
  holds now, the time is what it is compared with;
- the date of the report (`… 기록했다고 27일 공시했다`): a time after the
  quotative ending dates the announcement, not the figure announced.

A value placed in an unnamed past (`출범 당시 70여 명`, `지난 시즌 14골`)
holds before publication at a time the text does not give (``refers_to_past``).
Lexicons: ``data/as_of.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from daejo.extract.lexicon import _data, attribution_lexicon, form_key
from daejo.extract.view import SentenceView
from daejo.models import Value


@dataclass(frozen=True)
class AsOfLexicon:
    comparison_base: tuple[tuple[str, ...], ...]
    comparison_reach: int
    past_reference: tuple[tuple[str, ...], ...]
    then_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def as_of_lexicon() -> AsOfLexicon:
    raw = _data("as_of.yaml")
    return AsOfLexicon(
        comparison_base=tuple(tuple(str(f) for f in seq) for seq in raw.get("comparison_base") or ()),
        comparison_reach=int(raw.get("comparison_reach", 4)),
        past_reference=tuple(tuple(str(f) for f in seq) for seq in raw.get("past_reference") or ()),
        then_words=frozenset(str(w) for w in raw.get("then_words") or ()),
    )


def _forms(view: SentenceView) -> list[str]:
    return view.forms()


def _sequence_at(forms: list[str], i: int, sequences) -> bool:
    first = forms[i] if i < len(forms) else None
    # only a sequence that starts with the form at i can match: no slice for the others
    index = _by_first(sequences)
    if index is None:
        return any(tuple(forms[i : i + len(seq)]) == seq for seq in sequences if not seq or seq[0] == first)
    found = index.get(first)
    return found is not None and any(tuple(forms[i : i + len(seq)]) == seq for seq in found)


_BY_FIRST: dict[int, tuple[object, dict[str, tuple[tuple[str, ...], ...]] | None]] = {}


def _by_first(sequences) -> dict[str, tuple[tuple[str, ...], ...]] | None:
    """A lexicon's sequences by their first form, built once per (immutable) tuple of
    them; None (the loop above) for another kind of collection or an empty sequence,
    which matches anywhere."""
    if type(sequences) is not tuple:
        return None
    known = _BY_FIRST.get(id(sequences))
    if known is None or known[0] is not sequences:
        index: dict[str, list[tuple[str, ...]]] | None = {}
        for seq in sequences:
            if not seq:
                index = None
                break
            index.setdefault(seq[0], []).append(seq)
        known = _BY_FIRST[id(sequences)] = (sequences, {k: tuple(v) for k, v in index.items()} if index is not None else None)
    return known[1]


def is_comparison_base(view: SentenceView, time: Value, lex: AsOfLexicon | None = None) -> bool:
    """`지난해 같은 기간보다`, `전년 대비`: the time is what the value is compared with."""
    lex = lex or as_of_lexicon()
    forms = _forms(view)
    _, last = view.span_indices(time.start, time.end)
    ms = view.morphemes
    start = last + 1
    if start < len(ms) and ms[start].form == "(":
        # `전날(15일 0시 기준 23명)보다`: a gloss in parentheses right after the time
        close = next((k for k in range(start, len(ms)) if ms[k].form == ")"), None)
        if close is not None:
            start = close + 1
            if start < len(forms) and _sequence_at(forms, start, lex.comparison_base):
                return True
    for i in range(start, min(len(forms), start + 1 + lex.comparison_reach)):
        if ms[i].tag == "SN":
            # a number first: the time dates it, and is the base only when that number is
            # (`4년 전 총선의 65.8%보다`, `올해 본예산 3조9,830억원보다`)
            if i + 1 < len(ms) and ms[i + 1].form in _TIME_COUNTERS and ms[i + 1].tag == "NNB":
                return False  # `지난해 매출이 2024년보다`: the other time is the base, this one dates the figure
            j = i
            while j < len(ms) and ms[j].tag in _AMOUNT_TAGS:
                j += 1
            return j < len(forms) and _sequence_at(forms, j, lex.comparison_base)
        if ms[i].tag in ("SF", "SP"):
            return False  # the end of the phrase comes first
        if _sequence_at(forms, i, lex.comparison_base):
            return True
    return False


# the counters of a written time (`2024년`, `3월`): a number with one is a time of its own
_TIME_COUNTERS = frozenset({"년", "월", "일"})


# the morphemes of a written amount (`3조9,830억원`, `65.8%`, `(2,890건)`)
_AMOUNT_TAGS = frozenset({"SN", "NR", "NNB", "SW", "SC", "SS", "SSC"})


def is_report_date(view: SentenceView, value_last: int, time: Value) -> bool:
    """`… 기록했다고 27일 공시했다`: a quotative ending stands between the value and the time."""
    first, _ = view.span_indices(time.start, time.end)
    if first <= value_last:
        return False
    endings = attribution_lexicon().quotative_endings
    return any(
        (m.tag == "EC" and form_key(m.form) in endings and form_key(m.form) not in ("고", "며"))
        or m.tag == "JKQ"  # `늘었다고`: the analyzer reads `다` + the quotative particle `고`
        for m in view.morphemes[value_last + 1 : first]
    )


def dates_a_later_figure(view: SentenceView, value_last: int, time: Value, lex: AsOfLexicon | None = None) -> bool:
    """`추정 사망자는 24명으로 지난해 같은 기간 13명의 2배`: a time after the value that a
    number follows closely dates that number, not the value before it."""
    lex = lex or as_of_lexicon()
    first, last = view.span_indices(time.start, time.end)
    if first <= value_last:
        return False
    ms = view.morphemes
    for i in range(last + 1, min(len(ms), last + 2 + lex.comparison_reach)):
        if ms[i].tag == "SN":
            return True
        if ms[i].tag in ("SF", "SP", "SSO", "SSC", "EF", "EC", "VV", "VCP", "XSV"):
            return False  # the clause goes on to a predicate first (`지난해 같은 기간`, `지난해에는` do not)
    return False


def dating_times(view: SentenceView, value_last: int, times: list[Value]) -> list[Value]:
    """The times of a clause that may date a value ending at morpheme ``value_last``."""
    return [t for t in times if not is_comparison_base(view, t) and not is_report_date(view, value_last, t)
            and not dates_a_later_figure(view, value_last, t) and not is_stretch_so_far(view, t)]


def is_stretch_so_far(view: SentenceView, time: Value) -> bool:
    """`올해 들어 가장 많았다`, `이달 들어서만 세 번째`: a period with `들어` after it is the
    stretch so far a record or a count is measured over, not when the figure held."""
    _, last = view.span_indices(time.start, time.end)
    ms = view.morphemes
    return (last + 2 < len(ms) and ms[last + 1].form == "들" and ms[last + 1].tag == "VV"
            and ms[last + 2].form in ("어", "어서") and ms[last + 2].tag == "EC")


def refers_to_past(view: SentenceView, value_first: int, clause_first: int, values: list[Value]) -> bool:
    """A past-reference word stands before the value, after any earlier value of its clause."""
    lex = as_of_lexicon()
    start = clause_first
    for v in values:
        _, last = view.span_indices(v.start, v.end)
        if last < value_first:
            start = max(start, last + 1)
    forms = _forms(view)
    return any(_sequence_at(forms, i, lex.past_reference) for i in range(start, value_first))


# a word that distributes a list over a list (`1분기와 2분기 영업이익은 각각 …, …`)
RESPECTIVELY = "각각"


def respective_time(view: SentenceView, value: Value, times: list[Value], values: list[Value]) -> Value | None:
    """`1분기와 2분기 영업이익은 각각 1조8천500억원, 1조9천억원`: with `각각` between them,
    the n-th of as many times before it dates the n-th value of the same kind after it;
    None when the counts differ or the value is not one of them."""
    at = view.text.find(RESPECTIVELY)
    if at < 0:
        return None
    where = view.offset + at
    before = [t for t in times if t.end <= where and t.time is not None and not t.time.unresolved and t.time.role == "point"]
    after = [v for v in values if v.start >= where and v.kind == value.kind and v.kind != "time"]
    if len(before) < 2 or len(before) != len(after) or all(v is not value for v in after):
        return None
    return before[[id(v) for v in after].index(id(value))]
