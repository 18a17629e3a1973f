"""The news sentence corpus (src/daejo/text/corpus/news_sentences.yaml) on every analyzer."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from daejo.text import split_sentences

CASES = yaml.safe_load(
    resources.files("daejo.text").joinpath("corpus/news_sentences.yaml").read_text(encoding="utf-8")
)["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_corpus_case(case, analyzer):
    sentences = split_sentences(case["body"], analyzer)
    assert [[s.text, s.role] for s in sentences] == case["sentences"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_offsets_point_into_the_body(case, analyzer):
    body = case["body"]
    sentences = split_sentences(body, analyzer)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for sentence in sentences:
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        for m in sentence.morphemes:
            assert sentence.start <= m.start <= m.end <= sentence.end


def test_morpheme_offsets_are_into_the_body_not_the_sentence(analyzer):
    body = "첫 문장은 짧다.\n\n둘째 문장에는 공장이 나온다."
    second = split_sentences(body, analyzer)[1]
    nouns = [m for m in second.morphemes if body[m.start : m.end] == "공장"]
    assert nouns and nouns[0].start == body.index("공장")


def test_every_morpheme_of_a_line_lands_in_a_sentence(analyzer):
    body = "값이 올랐다. 거래도 늘었다. 시장은 들떴다."
    total = sum(len(s.morphemes) for s in split_sentences(body, analyzer))
    assert total == len(analyzer.analyze(body))


def test_a_morpheme_between_two_sentences_lands_in_neither(analyzer):
    # a control character the splitter leaves between sentences (found by the fuzz
    # property test): no sentence holds a morpheme outside its own span
    for body in ("0다\x1f0", "값이 올랐다.\x1f거래도 늘었다."):
        for sentence in split_sentences(body, analyzer):
            assert all(sentence.start <= m.start <= m.end <= sentence.end for m in sentence.morphemes), body


def test_blank_and_whitespace_only_bodies_have_no_sentences(analyzer):
    assert split_sentences("", analyzer) == []
    assert split_sentences(" \n\n\t \n", analyzer) == []


def test_windows_line_endings(analyzer):
    body = "첫 줄이다.\r\n둘째 줄이다.\r\n"
    sentences = split_sentences(body, analyzer)
    assert [s.text for s in sentences] == ["첫 줄이다.", "둘째 줄이다."]


def test_a_word_read_as_a_name_before_a_count_is_what_it_counts(analyzer):
    # `경상 12명` (the lightly injured): Kiwi tags 경상 a name (the provinces); before a
    # number it is the common noun a toll's list counts (rules/news.yaml counted_nouns)
    body = "이 사고로 3명이 숨지고 중상 8명, 경상 12명이 다쳤다. 경상 지역에는 비가 내렸다."
    first, second = split_sentences(body, analyzer)
    counted = [m for m in first.morphemes if m.form == "경상"]
    assert counted and all(m.tag == "NNG" for m in counted)
    region = [m for m in second.morphemes if m.form == "경상"]
    assert region and region[0].tag == analyzer.analyze("경상 지역에는 비가 내렸다.")[0].tag
