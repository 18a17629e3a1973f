"""Coverage-guided fuzzing of claim extraction (sentences, values, claims, ledger).

    mkdir -p /tmp/daejo-fuzz /tmp/daejo-fuzz-artifacts
    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=60 \
        -artifact_prefix=/tmp/daejo-fuzz-artifacts/ /tmp/daejo-fuzz fuzz/corpus

New inputs go to the scratch corpus given first and artifacts (crash-*,
slow-unit-*, ...) under ``-artifact_prefix``, never into the repository.

The analyzer (Kiwi) is native code and is not instrumented; daejo's own
modules are. Properties: no exception; every claim's evidence span inside the
body and equal to its quote; the ledger text of the claims parses back to the
same entry.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["daejo"]):
    from daejo.dates import parse_partial_date
    from daejo.extract import extract_article
    from daejo.ledger import parse_article_claims, render_article_claims
    from daejo.models import Article
    from daejo.pipeline import article_claims, load_toolkit

TOOLKIT = load_toolkit("kiwi", [], [])
PUBLISHED = [None, parse_partial_date("2022-06"), parse_partial_date("2023-03-23T13:53:00+09:00")]


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    published = PUBLISHED[provider.ConsumeIntInRange(0, len(PUBLISHED) - 1)]
    body = provider.ConsumeUnicodeNoSurrogates(len(data))
    if not body.strip():
        return
    article = Article(id="fuzz", path="fuzz.md", body=body, published=published)
    claims = extract_article(article, analyzer=TOOLKIT.analyzer, registry=TOOLKIT.registry, catalogue=TOOLKIT.catalogue)
    for claim in claims:
        evidence = claim.evidence
        if not (0 <= evidence.start <= evidence.end <= len(body)) or body[evidence.start : evidence.end] != evidence.quote:
            raise AssertionError(f"evidence {evidence.start}..{evidence.end} {evidence.quote!r} not in {body!r}")
    entry = article_claims(article, claims)
    if parse_article_claims(render_article_claims(entry), "fuzz.jsonl") != entry:
        raise AssertionError(f"ledger round trip changed the claims of {body!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
