"""Property tests over parse, sentence splitting, extraction and the renderers.

Properties: no exception; every span inside the text and equal to the text it
claims to quote; JSON output round-trips through the pydantic models.

The normal suite runs ``DAEJO_FUZZ_EXAMPLES`` (default 60) examples a test;
the long run is documented in docs/robustness.md:

    DAEJO_FUZZ_EXAMPLES=100000 .venv/bin/pytest tests/hardening -k fuzz
"""

from __future__ import annotations

import json
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daejo.ledger import parse_article_claims, render_article_claims
from daejo.models import Article, ArticleClaims, Finding, FindingSide, PartialDate, Value
from daejo.values import parse_values
from tests.hardening.conftest import FUZZ_EXAMPLES

# Pieces of Korean news text that the value, time and extraction rules react to,
# so random texts reach deep into the rules instead of being ignored.
TOKENS = [
    *"0123456789", "00", "1,000", "3.5", "억", "만", "조", "천", "백", "십", "여", "약", "원", "달러", "명", "개",
    "곳", "세", "년", "월", "일", "시", "분", "위", "점", "%", "퍼센트", "배", "이상", "넘게", "이하", "미만", "가량",
    "~", "-", "–", "까지", "부터", "올해", "지난해", "내년", "어제", "오늘", "초", "말", "상반기", "분기", "전년 대비",
    "매출", "영업이익", "파라미터", "직원", "출시", "설립", "투자", "계획이다", "예정이다", "전망이다", "않았다",
    "밝혔다", "했다", "에 따르면", "가온전자는", "엑사원", "(", ")", "‘", "’", "“", "”", '"', "'", "「", "」",
    ".", ",", "?", "!", " ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\u200b", "\ufeff", "\x1b", "\r",
]
KOREAN_TEXT = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)
ANY_TEXT = st.one_of(KOREAN_TEXT, st.text(max_size=80), st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=40).map("".join))
REFERENCES = st.one_of(st.none(), st.sampled_from(["2022", "2023-06", "2021-05-17", "2023-03-23T13:53:00+09:00"]))
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)


@lru_cache(maxsize=1)
def toolkit():
    from daejo.pipeline import load_toolkit

    return load_toolkit("kiwi", [], [])


def _reference(text: str | None) -> PartialDate | None:
    from daejo.dates import parse_partial_date

    return parse_partial_date(text) if text else None


def _assert_value_inside(value: Value, text: str) -> None:
    assert 0 <= value.start < value.end <= len(text)
    assert value.text == text[value.start : value.end]
    assert Value.model_validate(json.loads(json.dumps(value.model_dump(mode="json")))) == value


@FUZZ
@given(ANY_TEXT, REFERENCES)
def test_fuzz_parse_spans_inside_and_round_trip(text, reference):
    values = parse_values(text, _reference(reference))
    for value in values:
        _assert_value_inside(value, text)
        if value.low is not None and value.high is not None:
            # a reversed range ("1~0") is kept as written but flagged, never silently swapped
            assert value.low <= value.high or any(i.startswith("suspicious") for i in value.issues)
    spans = [(v.start, v.end) for v in values]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "values overlap"


@FUZZ
@given(ANY_TEXT)
def test_fuzz_sentences_cover_the_text_in_order(text):
    from daejo.text import split_sentences

    sentences = split_sentences(text, toolkit().analyzer)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert previous_end <= sentence.start <= sentence.end <= len(text)
        assert sentence.text == text[sentence.start : sentence.end]
        for morpheme in sentence.morphemes:
            assert sentence.start <= morpheme.start <= morpheme.end <= sentence.end
        previous_end = sentence.end


@FUZZ
@given(ANY_TEXT.filter(lambda t: t.strip()), REFERENCES)
def test_fuzz_extract_evidence_inside_and_ledger_round_trip(body, reference):
    from daejo.extract import extract_article
    from daejo.pipeline import article_claims

    tk = toolkit()
    article = Article(id="fuzz", path="fuzz.md", body=body, published=_reference(reference))
    claims = extract_article(article, analyzer=tk.analyzer, registry=tk.registry, catalogue=tk.catalogue)
    for claim in claims:
        evidence = claim.evidence
        assert 0 <= evidence.start <= evidence.end <= len(body)
        assert evidence.quote == body[evidence.start : evidence.end]
        assert evidence.sentence == body[evidence.sentence_start : evidence.sentence_start + len(evidence.sentence)]
        _assert_value_inside(claim.value, body)
        assert evidence.line >= 1 and evidence.column >= 1
    entry = article_claims(article, claims)
    assert parse_article_claims(render_article_claims(entry), "fuzz.jsonl") == entry


# --------------------------------------------------------------------------- renderers

SEVERITIES = st.sampled_from(["error", "warning", "info"])
HOSTILE = st.one_of(st.text(max_size=40), st.sampled_from(["<script>x</script>", "| a | b |", "::error::x", "%0A", "]]>", "\x1b[31m", "a\r\nb", "`", "*_~"]))


@st.composite
def findings(draw) -> Finding:
    sides = []
    for _ in range(draw(st.integers(1, 3))):
        sentence = draw(HOSTILE) + "약 3000억 개" + draw(HOSTILE)
        start = draw(st.integers(0, 500))
        value = Value(kind="quantity", text="약 3000억 개", start=start, end=start + 8, value=3e11, unit="개", bound="approx", low=2.7e11, high=3.3e11)
        sides.append(
            FindingSide(
                article=draw(HOSTILE) or "a", path=draw(HOSTILE) or "a.md", line=draw(st.integers(1, 9999)),
                column=draw(st.integers(1, 999)), start=start, end=start + 8, sentence=sentence, quote="약 3000억 개",
                sentence_start=start - sentence.index("약 3000억 개"), value=value, modality="asserted",
                title=draw(st.one_of(st.none(), HOSTILE)), outlet=draw(st.one_of(st.none(), HOSTILE)),
            )
        )  # fmt: skip
    message = draw(HOSTILE)
    return Finding(
        id=draw(st.text("0123456789abcdef", min_size=16, max_size=16)), rule="value-mismatch", code="DJ101",
        severity=draw(SEVERITIES), confidence=draw(st.floats(0, 1)), entity=draw(st.one_of(st.none(), HOSTILE)),
        attribute=draw(st.one_of(st.none(), st.just("parameter_count"))), message=message, message_ko=message,
        message_en=draw(HOSTILE), reason=draw(HOSTILE), claims=sides,
    )  # fmt: skip


@settings(max_examples=max(20, FUZZ_EXAMPLES // 3), deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.lists(findings(), max_size=3))
def test_fuzz_renderers_never_fail_and_json_round_trips(found):
    import xml.etree.ElementTree as ET

    from daejo.report import FORMATS, ReportMeta, render

    meta = ReportMeta(articles=2, claims=2, root="/srv")
    for fmt in FORMATS:
        out = render(found, fmt, meta, ledger=[])
        assert isinstance(out, str)
        if fmt in ("json", "sarif", "rdjson", "gitlab"):
            json.loads(out)
        if fmt == "junit":
            ET.fromstring(out.encode("utf-8"))
        if fmt == "github":
            assert sum(line.startswith("::") for line in out.splitlines()) == len(found)
    doc = json.loads(render(found, "json", meta))
    assert len(doc["findings"]) == len(found)
    for finding in found:
        assert Finding.model_validate(json.loads(finding.model_dump_json())) == finding


@FUZZ
@given(st.lists(ANY_TEXT, min_size=1, max_size=3))
def test_fuzz_ledger_entry_round_trips_any_text(texts):
    entry = ArticleClaims(article=texts[0] or "x", path=texts[-1], title=texts[0], body_sha256="0" * 64, claims=[])
    assert parse_article_claims(render_article_claims(entry), "x.jsonl") == entry
