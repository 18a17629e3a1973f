"""Aligning the figures of two articles of one story (docs/design.md, "reconcile").

Two articles rarely measure a fact in the same words (`지방세를 5년간 감면` /
`지방세 7년간 감면 혜택`, `제방이 유실된 건 오전 6시 20분께` / `오전 5시 20분께 …
제방 30여m가 유실되면서`), so open frames are not only grouped by their key: within
a story, the figures of two articles are aligned by the words around them.

- Candidates: figures of the same dimension (money, a counter or unit, percent,
  a time, a duration) from two different articles of one story, at least one of
  them an open frame (catalogue attributes pair up by key in ``reconcile``),
  whose entities do not differ and whose names (`@청솔군` vs `@가람시`: another
  place, team or party) do not exclude each other.
- Similarity: the shared words of their contexts over the geometric mean of
  their sizes (synonyms already made one by the extractor), plus ``SAME_FRAME``
  when their frames are the same.
- Alignment: greedy, best similarity first, each figure aligned at most once per
  article pair, and only at or above ``ALIGN_MIN``; a pair below ``ALIGN_STRONG``
  is a weak match (its conflict is a warning).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations

from daejo.reconcile.compare import STORY_PREFIX, Side
from daejo.reconcile.policy import FRAME_PREFIX

ALIGN_MIN = 0.5
ALIGN_STRONG = 0.75
SAME_FRAME = 0.35
# names in at least this share of a story's articles are the story's own (`다솜시`):
# they never tell two of its figures apart
STORY_NAME_SHARE = 0.5


def dimension_of(side: Side) -> str:
    value = side.claim.value
    if value.kind == "money":
        return "money"
    if value.kind == "time":
        return "time"
    if value.kind == "duration":
        return "duration"
    return f"{value.kind}:{value.unit or ''}"


def is_frame(side: Side) -> bool:
    return side.claim.attribute.startswith(FRAME_PREFIX)


def similarity(a: Side, b: Side, story_names: frozenset[str]) -> float | None:
    """How alike the contexts of two figures are; None when their names exclude each other."""
    names_a = {w for w in a.claim.context if w.startswith("@")} - story_names
    names_b = {w for w in b.claim.context if w.startswith("@")} - story_names
    if names_a and names_b and not names_a & names_b:
        return None
    words_a = {w for w in a.claim.context if not w.startswith("@")}
    words_b = {w for w in b.claim.context if not w.startswith("@")}
    if not words_a or not words_b:
        return None
    score = len(words_a & words_b) / math.sqrt(len(words_a) * len(words_b))
    if a.claim.attribute == b.claim.attribute:
        score += SAME_FRAME
    return score


def _entities_differ(a: Side, b: Side) -> bool:
    ea, eb = a.entity, b.entity
    named_a = ea is not None and not ea.startswith(STORY_PREFIX) or "/" in (ea or "")
    named_b = eb is not None and not eb.startswith(STORY_PREFIX) or "/" in (eb or "")
    return named_a and named_b and ea != eb


def story_names(sides: list[Side]) -> frozenset[str]:
    """Names most of the story's articles carry in their keys."""
    headers = {s.header.article: s.header for s in sides}
    counts: Counter[str] = Counter()
    for header in headers.values():
        for name in set((header.keys.names if header.keys else [])):
            counts["@" + name] += 1
    need = max(2, math.ceil(STORY_NAME_SHARE * len(headers)))
    return frozenset(n for n, c in counts.items() if c >= need)


def aligned_pairs(sides: Iterable[Side]) -> Iterator[tuple[Side, Side, float]]:
    """(a, b, similarity) of the figures aligned across the articles of each story."""
    stories: dict[str, list[Side]] = defaultdict(list)
    for side in sides:
        if side.header.story:
            stories[side.header.story].append(side)
    for story in sorted(stories):
        members = stories[story]
        names = story_names(members)
        by_article: dict[str, list[Side]] = defaultdict(list)
        for side in members:
            by_article[side.claim.article].append(side)
        for art_a, art_b in combinations(sorted(by_article), 2):
            yield from _align_two(by_article[art_a], by_article[art_b], names)


def _align_two(left: list[Side], right: list[Side], names: frozenset[str]) -> Iterator[tuple[Side, Side, float]]:
    if not any(s.is_new for s in left) and not any(s.is_new for s in right):
        return
    candidates = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if not (is_frame(a) or is_frame(b)) or dimension_of(a) != dimension_of(b):
                continue
            if not (a.is_new or b.is_new) or _entities_differ(a, b):
                continue
            sim = similarity(a, b, names)
            if sim is not None and sim >= ALIGN_MIN:
                candidates.append((-sim, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    for neg, i, j in sorted(candidates):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        yield left[i], right[j], -neg
