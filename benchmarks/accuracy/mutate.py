"""FactCC-style mutations of the corpus's own figures.

Each article's figures that the gold compares (values inside its gold quotes) are
changed one at a time, and the changed article is checked against the original:

- planted changes must be flagged: a number doubled (``double``), a year moved
  back (``year``), a day moved (``day``), a clock time moved by two hours
  (``clock``);
- the same value written in another valid form must stay quiet (``form``):
  ``6000억`` → ``6천억``, ``12,000명`` → ``1만2천명``, ``1만2천`` → ``1만2000``.

A mutation counts as flagged when an error or warning finding has a side in the
changed article that overlaps the changed text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from benchmarks.accuracy.gold import Story, locate_quote
from daejo.models import Article, ArticleClaims, Value
from daejo.pipeline import Toolkit, extract_entries, find_conflicts
from daejo.values import parse_values

PLANTED = ("double", "year", "day", "clock")
BENIGN = ("form",)
KINDS = PLANTED + BENIGN

# the digits of a number as written, with Korean myriad units inside it
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s?[조억만천](?:\s?\d[\d,]*(?:\.\d+)?)?)*")


@dataclass(frozen=True)
class Mutation:
    article: str
    kind: str
    start: int  # span of the changed text in the original body
    end: int
    before: str
    after: str


@dataclass
class MutationResult:
    mutation: Mutation
    flagged: bool


def korean_number(n: float) -> str:
    """``24000`` → ``2만4000``, ``6.4e12`` → ``6조4000억``; small numbers as digits."""
    if n != int(n):
        return f"{n:.2f}".rstrip("0").rstrip(".")
    n = int(n)
    parts = []
    for size, name in ((10**12, "조"), (10**8, "억"), (10**4, "만")):
        if n >= size:
            parts.append(f"{n // size}{name}")
            n %= size
    if n or not parts:
        parts.append(str(n))
    return "".join(parts)


def _number_part(value: Value) -> re.Match | None:
    return _NUMBER.search(value.text)


def _double(value: Value) -> str | None:
    if value.kind not in ("quantity", "money", "percent", "number") or value.value is None:
        return None
    found = _number_part(value)
    if found is None or value.bound not in ("exact", "approx"):
        return None  # `300만 명을 넘어` doubled still holds: an open bound is not a planted error
    written = found.group()
    digits = written.replace(",", "").replace(" ", "")
    try:
        scale = _written_scale(digits)
    except ValueError:
        return None
    if scale is None:
        return None
    doubled = korean_number(scale * 2)
    return value.text[: found.start()] + doubled + value.text[found.end():]


def _written_scale(digits: str) -> float | None:
    """The number a written form denotes (`3조2천억` → 3.2e12, `1만2천` → 12000)."""
    total, section, current = 0.0, 0.0, 0.0
    units = {"조": 10**12, "억": 10**8, "만": 10**4}
    for token in re.findall(r"\d+(?:\.\d+)?|[조억만천]", digits):
        if token == "천":
            section += (current or 1) * 1000
            current = 0.0
        elif token in units:
            total += ((section + current) or 1) * units[token]
            section = current = 0.0
        else:
            current = float(token)
    total += section + current
    return total or None


def _myriad_with_thousands(n: int) -> str:
    """``12000`` → ``1만2천``, ``23750`` → ``2만3750``, ``1200000`` → ``120만``."""
    high, low = divmod(n, 10000)
    if low == 0:
        rest = ""
    elif low % 1000 == 0:
        rest = f"{low // 1000}천"
    else:
        rest = str(low)
    return f"{high}만{rest}"


def _time_change(value: Value, kind: str) -> str | None:
    if value.kind != "time" or value.time is None or value.time.unresolved:
        return None
    text = value.text
    if kind == "year":
        m = re.search(r"(\d{4})년", text)
        return None if m is None else text[: m.start(1)] + str(int(m.group(1)) - 1) + text[m.end(1):]
    if kind == "day":
        m = re.search(r"(?<!\d)(\d{1,2})일", text)
        if m is None:
            return None
        day = int(m.group(1))
        moved = day + 2 if day <= 26 else day - 2
        return text[: m.start(1)] + str(moved) + text[m.end(1):]
    if kind == "clock":
        m = re.search(r"(?<!\d)(\d{1,2})시", text)
        if m is None:
            return None
        hour = int(m.group(1))
        moved = hour + 2 if hour <= 9 else hour - 3
        return text[: m.start(1)] + str(moved) + text[m.end(1):]
    return None


def _another_form(value: Value) -> str | None:
    """The same number written another way, or None when no rewrite applies."""
    if value.kind not in ("quantity", "money", "number") or value.bound == "range":
        return None
    text = value.text
    m = re.search(r"(?<![\d.])(\d{1,3}(?:,\d{3})+)(?![\d.])", text)
    if m:  # 12,000 → 1만2천
        n = int(m.group(1).replace(",", ""))
        if n >= 10000:
            return text[: m.start()] + _myriad_with_thousands(n) + text[m.end():]
    m = re.search(r"(?<![\d.])(\d)천(\d{0,3})(?![\d.])", text)
    if m:  # 3조2천억 → 3조2000억, 4천350억 → 4350억
        n = int(m.group(1)) * 1000 + (int(m.group(2)) if m.group(2) else 0)
        return text[: m.start()] + str(n) + text[m.end():]
    m = re.search(r"(?<![\d.,])(\d)000(?=\s?[조억만])", text)
    if m:  # 6000억 → 6천억
        return text[: m.start()] + m.group(1) + "천" + text[m.end():]
    m = re.search(r"(?<![\d.,])(\d)(\d{3})(?=\s?[조억만])", text)
    if m and m.group(2) != "000":  # 1200억 → 1천200억
        return text[: m.start()] + m.group(1) + "천" + m.group(2) + text[m.end():]
    m = re.search(r"(?<![\d.,조억])(\d{1,4})만(\d{1,4})(?![\d.,천억조])", text)
    if m:  # 2만3750 → 23,750
        n = int(m.group(1)) * 10000 + int(m.group(2))
        return text[: m.start()] + f"{n:,}" + text[m.end():]
    m = re.search(r"(?<![\d.,])(\d{5,})(?![\d.,])", text)
    if m:  # 23750 → 23,750
        return text[: m.start()] + f"{int(m.group(1)):,}" + text[m.end():]
    return None


def _changed(value: Value, kind: str) -> str | None:
    if kind == "double":
        return _double(value)
    if kind == "form":
        return _another_form(value)
    return _time_change(value, kind)


def mutations_of(article: Article, stories: list[Story]) -> list[Mutation]:
    """At most one mutation of each kind per article, on values inside its gold quotes."""
    spans = []
    for story in stories:
        for pair in story.pairs:
            for aid, quote in ((pair.a, pair.qa), (pair.b, pair.qb)):
                if aid == article.id:
                    span = locate_quote(article, quote)
                    if span is not None:
                        spans.append((span.start, span.end))
    if not spans:
        return []
    values = [v for v in parse_values(article.body, article.published) if any(s <= v.start and v.end <= e for s, e in spans)]
    out: list[Mutation] = []
    for kind in KINDS:
        for v in values:
            after = _changed(v, kind)
            if after is not None and after != v.text:
                out.append(Mutation(article.id, kind, v.start, v.end, v.text, after))
                break
    return out


def apply(article: Article, mutation: Mutation) -> Article:
    body = article.body[: mutation.start] + mutation.after + article.body[mutation.end:]
    return article.model_copy(update={"id": f"{article.id}--{mutation.kind}", "body": body, "path": f"{article.path}#{mutation.kind}"})


def run_mutations(articles: list[Article], entries: dict[str, ArticleClaims], stories: list[Story], toolkit: Toolkit) -> list[MutationResult]:
    results = []
    for article in articles:
        original = entries.get(article.id)
        if original is None:
            continue
        for mutation in mutations_of(article, stories):
            changed = apply(article, mutation)
            new = extract_entries([changed], toolkit, progress=False)
            findings = find_conflicts(new, [original], toolkit)
            end = mutation.start + len(mutation.after)
            flagged = any(
                f.severity in ("error", "warning")
                and any(s.article == changed.id and s.start < end and mutation.start < s.end for s in f.claims)
                for f in findings
            )
            results.append(MutationResult(mutation, flagged))
    return results


def rates(results: list[MutationResult]) -> dict[str, tuple[int, int]]:
    """(flagged, total) per mutation kind."""
    total = Counter(r.mutation.kind for r in results)
    flagged = Counter(r.mutation.kind for r in results if r.flagged)
    return {k: (flagged[k], total[k]) for k in KINDS if total[k]}
