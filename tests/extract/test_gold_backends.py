"""The second analyzer back-end (konlpy's Komoran) on the same gold claims.

Komoran splits more words than Kiwi (see docs/analyzers.md), so its recall
threshold is lower; the traps must hold for both: a back-end may miss a claim,
but must never file a value under the wrong attribute.
"""

from __future__ import annotations

import os
import shutil

import pytest

from daejo.extract import extract_articles, load_registry
from daejo.ingest import load_articles
from daejo.text import get_analyzer

from .test_gold import FIXTURES, find_span, overlaps, same_value

KOMORAN_MIN_RECALL = 0.80

pytestmark = pytest.mark.java


@pytest.fixture(scope="module")
def komoran_extracted(catalogue):
    if shutil.which("java") is None and not os.environ.get("CI"):
        pytest.skip("no Java runtime (konlpy needs one)")
    import yaml

    articles = load_articles([FIXTURES / "articles", FIXTURES / "incoming"]).articles
    registry = load_registry([FIXTURES / "aliases.yaml"])
    claims = extract_articles(articles, analyzer=get_analyzer("komoran"), registry=registry, catalogue=catalogue)
    gold = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((FIXTURES / "expected").glob("*.yaml"))}
    return articles, claims, gold


def test_komoran_gold_recall_and_traps(komoran_extracted):
    articles, claims, gold = komoran_extracted
    found = total = 0
    violations = []
    for article in articles:
        entry = gold.get(article.id) or {}
        for g in entry.get("claims") or []:
            total += 1
            span = find_span(article.body, g["text"], g.get("occurrence", 1))
            found += bool(span) and any(
                c.attribute == g["attribute"] and c.entity == g["entity"] and overlaps(c, span) and same_value(g, c)
                for c in claims[article.id]
            )
        for trap in entry.get("not_claims") or []:
            span = find_span(article.body, trap["text"], trap.get("occurrence", 1))
            violations += [
                f"{article.id}: {trap['text']!r} under {c.attribute}"
                for c in claims[article.id]
                if c.attribute == trap["attribute"] and trap.get("entity", c.entity) == c.entity and overlaps(c, span)
            ]
    print(f"komoran recall {found}/{total} = {found / total:.1%}")
    assert total > 100
    assert found / total >= KOMORAN_MIN_RECALL
    assert violations == []
