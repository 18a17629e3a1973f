"""Acceptance: extraction recovers the gold claims of fixtures/expected/.

A gold claim is recovered when an extracted claim has the same attribute and
entity, its value span overlaps the gold text (found in the body by its
occurrence number) and its value agrees (number within 1e-6 relative, or the
same time interval). A ``not_claims`` trap is violated when a claim with that
attribute (and entity, when the trap names one) overlaps the trap's text.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from daejo.extract import extract_articles, load_registry
from daejo.ingest import load_articles
from daejo.models import Claim

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
MIN_RECALL = 0.90


def find_span(body: str, text: str, occurrence: int = 1) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence):
        start = body.find(text, start + 1)
        if start < 0:
            return None
    return start, start + len(text)


def same_value(gold: dict, claim: Claim) -> bool:
    v = claim.value
    if gold.get("time"):
        t = v.time
        if t is None or t.start is None or t.end is None:
            return False
        return t.start.startswith(gold["time"]["start"]) and t.end.startswith(gold["time"]["end"])
    if gold.get("value") is not None:
        return v.value is not None and abs(float(v.value) - float(gold["value"])) <= 1e-6 * max(1.0, abs(float(gold["value"])))
    return True


def overlaps(claim: Claim, span: tuple[int, int]) -> bool:
    return claim.value.start < span[1] and span[0] < claim.value.end


@pytest.fixture(scope="module")
def extracted(analyzer, catalogue):
    articles = load_articles([FIXTURES / "articles", FIXTURES / "incoming"]).articles
    registry = load_registry([FIXTURES / "aliases.yaml"])
    claims = extract_articles(articles, analyzer=analyzer, registry=registry, catalogue=catalogue)
    gold = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((FIXTURES / "expected").glob("*.yaml"))}
    return articles, claims, gold


def test_gold_recall(extracted):
    articles, claims, gold = extracted
    found: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    missed = []
    for article in articles:
        for g in (gold.get(article.id) or {}).get("claims") or []:
            total[g["attribute"]] += 1
            span = find_span(article.body, g["text"], g.get("occurrence", 1))
            if span and any(
                c.attribute == g["attribute"] and c.entity == g["entity"] and overlaps(c, span) and same_value(g, c)
                for c in claims[article.id]
            ):
                found[g["attribute"]] += 1
            else:
                missed.append(f"{article.id}: {g['entity']} {g['attribute']} {g['text']!r}")
    for attribute in sorted(total):
        print(f"{attribute:20} {found[attribute]:3}/{total[attribute]:<3} {found[attribute] / total[attribute]:6.1%}")
    recall = sum(found.values()) / sum(total.values())
    print(f"{'overall':20} {sum(found.values()):3}/{sum(total.values()):<3} {recall:6.1%}")
    print("missed:\n  " + "\n  ".join(missed))
    assert sum(total.values()) > 100  # the gold set is really there
    assert recall >= MIN_RECALL


def test_no_trap_is_filed(extracted):
    articles, claims, gold = extracted
    violations = []
    checked = 0
    for article in articles:
        for trap in (gold.get(article.id) or {}).get("not_claims") or []:
            span = find_span(article.body, trap["text"], trap.get("occurrence", 1))
            assert span is not None, f"{article.id}: trap text {trap['text']!r} not in the body"
            checked += 1
            for c in claims[article.id]:
                if c.attribute == trap["attribute"] and trap.get("entity", c.entity) == c.entity and overlaps(c, span):
                    violations.append(f"{article.id}: {trap['text']!r} filed under {c.attribute} ({c.entity})")
    assert checked > 20
    assert violations == []
