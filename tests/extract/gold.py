"""Scoring extracted claims against the gold claims of fixtures/expected/.

A gold claim is recovered when an extracted claim has the same attribute and
entity and its value span overlaps the gold text (found in the body by its
occurrence number) and its value agrees (number within 1e-6 relative, or the
same time interval). A ``not_claims`` trap is violated when any claim with that
attribute (and entity, when the trap names one) overlaps the trap's text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from daejo.models import Article, Claim

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def load_gold() -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((FIXTURES / "expected").glob("*.yaml"))}


def find_span(body: str, text: str, occurrence: int = 1) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence):
        start = body.find(text, start + 1)
        if start < 0:
            return None
    return start, start + len(text)


def _same_value(gold: dict, claim: Claim) -> bool:
    v = claim.value
    if "time" in gold and gold["time"]:
        t = v.time
        if t is None or t.start is None:
            return False
        return t.start[: len(gold["time"]["start"])] == gold["time"]["start"] and t.end[: len(gold["time"]["end"])] == gold["time"]["end"]
    if "value" in gold and gold["value"] is not None:
        if v.value is None:
            return False
        return abs(float(v.value) - float(gold["value"])) <= 1e-6 * max(1.0, abs(float(gold["value"])))
    return True


@dataclass
class Score:
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    missed: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.total.values()))


def score(articles: list[Article], claims: dict[str, list[Claim]], gold: dict[str, dict]) -> Score:
    result = Score()
    for article in articles:
        expected = gold.get(article.id)
        if expected is None:
            continue
        mine = claims.get(article.id, [])
        for g in expected.get("claims") or []:
            result.total[g["attribute"]] += 1
            span = find_span(article.body, g["text"], g.get("occurrence", 1))
            hit = span is not None and any(
                c.attribute == g["attribute"] and c.entity == g["entity"]
                and c.value.start < span[1] and span[0] < c.value.end and _same_value(g, c)
                for c in mine
            )
            if hit:
                result.found[g["attribute"]] += 1
            else:
                got = [(c.entity, c.attribute, c.value.text) for c in mine if span and c.value.start < span[1] and span[0] < c.value.end]
                result.missed.append(f"{article.id}: {g['entity']} {g['attribute']} {g['text']!r} (got {got})")
        for trap in expected.get("not_claims") or []:
            span = find_span(article.body, trap["text"], trap.get("occurrence", 1))
            if span is None:
                continue
            for c in mine:
                if c.attribute == trap["attribute"] and ("entity" not in trap or c.entity == trap["entity"]) and c.value.start < span[1] and span[0] < c.value.end:
                    result.violations.append(f"{article.id}: {trap['text']!r} filed under {c.attribute} ({c.entity})")
    return result
