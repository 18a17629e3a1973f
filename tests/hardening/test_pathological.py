"""Pathological values finish: huge numbers, deep nesting, endless runs.

Each input is asserted only to finish under a generous watchdog and to give a
sane answer; the time each takes, and that it grows linearly with the size,
is measured by benchmarks/bench_pathological.py (numbers in docs/robustness.md).
"""

from __future__ import annotations

import pytest

from daejo.models import Article
from daejo.values import parse_values
from tests.hardening.conftest import watchdog

RUN_ON = "가온전자는 올해 직원 1200명을 새로 뽑고 약 3000억 원을 투자한다고 밝혔고 "

PATHOLOGICAL = {
    "100,000-digit number": "1" * 100_000,
    "100,000 digits then 억 원": "매출은 " + "9" * 100_000 + "억 원이다.",
    "10,000 nested parentheses": "(" * 10_000 + "3000억 원" + ")" * 10_000,
    "10,000 nested quotes": "“‘" * 5_000 + "약 3000억 개" + "’”" * 5_000,
    "10,000 straight quotes": '"' * 10_000 + "70여 명" + '"' * 10_000,
    "1 MB of 억": "억" * 1_000_000,
    "억 after 100,000 digits": "1" * 100_000 + "억" * 100_000,
    "100,000-character sentence": (RUN_ON * (100_000 // len(RUN_ON) + 1))[:100_000],
    "50,000 thousands separators": "1," * 50_000 + "000원",
    "3조6000조 10,000 times": "3조6000조 " * 10_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_values_of_pathological_text_finish(name):
    text = PATHOLOGICAL[name]
    with watchdog(60):
        values = parse_values(text)
    for value in values:
        assert 0 <= value.start < value.end <= len(text)
        assert value.text == text[value.start : value.end]


def test_a_numeral_too_long_to_be_a_value_is_flagged_not_computed():
    [value] = parse_values("1" * 100_000)
    assert value.value is None and any("too long" in issue for issue in value.issues)


def test_a_run_on_sentence_is_cut_into_bounded_sentences():
    from daejo.text import get_analyzer, split_sentences
    from daejo.text.sentences import MAX_SENTENCE_CHARS

    text = PATHOLOGICAL["100,000-character sentence"]
    with watchdog(90):
        sentences = split_sentences(text, get_analyzer("kiwi"))
    assert len(sentences) >= len(text) // MAX_SENTENCE_CHARS
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS and s.text == text[s.start : s.end] for s in sentences)


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["100,000-digit number", "10,000 nested parentheses", "10,000 nested quotes", "100,000-character sentence"]
)
def test_extraction_of_pathological_articles_finishes(name):
    from daejo.extract import extract_article
    from daejo.pipeline import load_toolkit

    toolkit = load_toolkit("kiwi", [], [])
    body = PATHOLOGICAL[name]
    with watchdog(120):
        claims = extract_article(
            Article(id="p", path="p.md", body=body),
            analyzer=toolkit.analyzer, registry=toolkit.registry, catalogue=toolkit.catalogue,
        )  # fmt: skip
    assert all(body[c.evidence.start : c.evidence.end] == c.evidence.quote for c in claims)
