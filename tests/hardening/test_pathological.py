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


# --------------------------------------------------------------------------- one very long line


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["Hangul without spaces", "one syllable repeated", "ASCII without spaces"])
def test_a_one_megabyte_line_is_extracted_within_the_budget(kind):
    """Was 60 s and 574 MB for a 1 MB line without spaces; the budget is 5 s and 300 MB
    (measured in a fresh process by the pathological benchmark)."""
    from benchmarks.bench_pathological import LONG_LINE_BYTES, LONG_LINE_MB, LONG_LINE_SECONDS, measure_long_line

    result = measure_long_line(kind)
    if result["seconds"] >= LONG_LINE_SECONDS:  # a busy machine: the better of two runs
        again = measure_long_line(kind)
        result = min(result, again, key=lambda r: r["seconds"])
    assert result["bytes"] > LONG_LINE_BYTES * 0.99
    assert result["seconds"] < LONG_LINE_SECONDS and result["mb"] < LONG_LINE_MB, result


@pytest.mark.slow
def test_a_long_line_of_news_text_is_extracted_in_linear_time():
    """A 1.3 MB mixed line took 106 s and 1.3 GB (Kiwi on one long line, quadratic
    boundary checks and context lookups); four times the text is now about four
    times the time (quadratic would be sixteen)."""
    from benchmarks.bench_pathological import measure_long_line

    small = measure_long_line("mixed news text", 100_000)
    large = measure_long_line("mixed news text", 400_000)
    assert large["claims"] >= 3.9 * small["claims"] > 0
    assert large["seconds"] / small["seconds"] < 8, (small, large)


def test_long_lines_are_analysed_in_pieces_and_long_runs_are_not_words():
    from daejo.text import get_analyzer
    from daejo.text.sentences import ANALYSIS_CHUNK, MAX_WORD_CHARS, analyse_line

    calls: list[int] = []
    kiwi = get_analyzer("kiwi")

    class Counting:
        name = "counting"

        def analyze(self, text):
            calls.append(len(text))
            return kiwi.analyze(text)

    line = ("가온전자는 약 3000억 원을 투자했다. " * 2000) + "x" * (MAX_WORD_CHARS + 1)
    analysed = analyse_line(line, Counting())
    assert max(calls) <= ANALYSIS_CHUNK and len(calls) >= len(line) // ANALYSIS_CHUNK
    assert all(m.end <= len(line) - MAX_WORD_CHARS - 1 for m in analysed.morphemes)  # the long run has none
    numbers = [m for m in analysed.morphemes if m.tag == "SN"]
    assert len(numbers) == 2000 and all(line[m.start : m.end] == m.form == "3000" for m in numbers)  # offsets into the line


def test_locating_many_offsets_on_one_long_line_is_linear():
    """Each byte column encoded the line up to its offset: quadratic on a 1 MB line."""
    import random
    import time

    from daejo.ingest.positions import Locator

    body = "가온전자 abc é😀 " * 70_000  # one line of about 1 MB
    locator = Locator(Article(id="l", path="l.md", body=body, body_line=5))
    offsets = sorted(random.Random(3).sample(range(len(body) + 1), 20_000))
    start = time.perf_counter()
    located = [locator.locate(offset) for offset in offsets]
    assert time.perf_counter() - start < 5  # was about 30 s
    for offset, where in zip(offsets[::997], located[::997]):
        assert (where.line, where.column, where.byte_column) == (5, offset + 1, len(body[:offset].encode()) + 1)


def test_sentence_boundaries_of_a_long_line_with_many_quotations_are_linear():
    """Each candidate boundary was checked against every quotation and protected span
    of its line: a 200,000-character line of short quotations (760,000 characters) took minutes."""
    import time

    from daejo.text.roles import news_rules
    from daejo.text.sentences import sentence_spans

    class NoSplitter:  # punctuation boundaries only: time the news rules, not the analyzer
        name = "none"

        def analyze(self, text):
            return []

    line = "“가온전자는 3.5% 늘었다.” 그는 말했다. (서울=연합뉴스) " * 20_000
    start = time.perf_counter()
    spans = sentence_spans(line, NoSplitter(), news_rules())
    assert time.perf_counter() - start < 10
    assert len(spans) >= 40_000 and all(line[s:e].strip() == line[s:e] for s, e in spans)
