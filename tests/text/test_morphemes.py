"""The same morpheme table on every analyzer: lemmas, Sejong tags, offsets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daejo.text import get_analyzer

# (text, morphemes that must appear in this order as (form, tag)); None matches
# anything: the back-ends disagree on the past-tense ending (Kiwi 었, Komoran
# 았 after 않) and on some noun tags (docs/analyzers.md).
TABLE = [
    ("가람시는 새 청사를 세웠다.", [("가람", None), ("청사", "NNG"), ("를", "JKO"), ("세우", "VV"), (None, "EP"), ("다", "EF"), (".", "SF")]),
    ("직원 수는 120명이다.", [("직원", "NNG"), ("120", "SN"), ("명", "NNB"), ("이", "VCP"), ("다", "EF")]),
    ("회사는 공장을 짓지 않았다.", [("짓", "VV"), ("지", "EC"), ("않", "VX"), (None, "EP")]),
    ("예산은 약 3000억원이다.", [("약", None), ("3000", "SN"), ("억", "NR"), ("원", "NNB")]),
]


def _subsequence(expected, got):
    it = iter(got)
    return all(any(form in (None, f) and tag in (None, t) for f, t in it) for form, tag in expected)


@pytest.mark.parametrize("text,expected", TABLE, ids=[t for t, _ in TABLE])
def test_lemmas_and_tags(analyzer, text, expected):
    got = [(m.form, m.tag) for m in analyzer.analyze(text)]
    assert _subsequence(expected, got), got


@pytest.mark.parametrize("text", [t for t, _ in TABLE])
def test_offsets_are_inside_and_monotonic(analyzer, text):
    morphemes = analyzer.analyze(text)
    assert morphemes
    for before, after in zip(morphemes, morphemes[1:]):
        assert before.start <= after.start and before.end <= after.end
    assert all(0 <= m.start <= m.end <= len(text) for m in morphemes)


def test_unchanged_forms_cover_their_own_text(analyzer):
    text = "누리항만공사는 부두 3곳을 운영한다."
    for m in analyzer.analyze(text):
        if m.tag in ("SN", "JX", "NNG"):
            assert text[m.start : m.end] == m.form


def test_contracted_ending_shares_the_syllable(analyzer):
    text = "그가 말했다."
    morphemes = analyzer.analyze(text)
    past = next(m for m in morphemes if m.tag == "EP")
    assert text[past.start : past.end] == "했"


def test_offsets_are_into_the_given_text_across_lines(analyzer):
    text = "첫 문단\n\n둘째 문단에 가람시"
    last = [m for m in analyzer.analyze(text) if m.form == "문단"][-1]
    assert last.start == text.rindex("문단")


def test_empty_and_blank_text(analyzer):
    assert analyzer.analyze("") == []
    assert analyzer.analyze("  \n ") == []


# One set of made-up names for all user-dictionary tests: each distinct set
# builds (and caches) a new engine, which takes seconds.
USER_WORDS = [("누리온", "NNP"), ("한빛로보틱스", "NNP"), ("가온누리랩", "NNP")]


@pytest.mark.parametrize("word", ["누리온", "한빛로보틱스"])
def test_user_word_stays_one_proper_noun(analyzer_name, word):
    text = f"{word}은 새 서비스를 내놓았다."
    analyzer = get_analyzer(analyzer_name, user_words=USER_WORDS)
    first = analyzer.analyze(text)[0]
    assert (first.form, first.tag, first.start, first.end) == (word, "NNP", 0, len(word))


def test_add_user_words_after_creation(analyzer_name):
    text = "누리온은 문을 열었다."
    analyzer = get_analyzer(analyzer_name)
    before = analyzer.analyze(text)[0]
    analyzer.add_user_words(USER_WORDS)
    first = analyzer.analyze(text)[0]
    # without the dictionary the name is split or not a proper noun
    assert (before.form, before.tag) != ("누리온", "NNP")
    assert (first.form, first.tag, first.end) == ("누리온", "NNP", 3)


def test_add_user_words_does_not_leak_into_other_analyzers(analyzer_name):
    changed = get_analyzer(analyzer_name)
    changed.add_user_words(USER_WORDS)
    plain = get_analyzer(analyzer_name)
    assert plain.user_words == ()
    first_changed = changed.analyze("누리온이 왔다.")[0]
    first_plain = plain.analyze("누리온이 왔다.")[0]
    assert (first_changed.form, first_changed.tag) == ("누리온", "NNP")
    assert (first_plain.form, first_plain.tag) != ("누리온", "NNP")


ODD_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.sampled_from(list(" \n\t\u00a0.,…“”'\"■ⓒ①ㅋ0123456789LGai%()=😀")),
    ),
    max_size=30,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ODD_TEXT)
def test_any_text_gives_in_bounds_monotonic_morphemes(analyzer_name, text):
    morphemes = get_analyzer(analyzer_name).analyze(text)
    assert all(0 <= m.start <= m.end <= len(text) for m in morphemes)
    assert all(a.start <= b.start and a.end <= b.end for a, b in zip(morphemes, morphemes[1:]))
    assert all(m.form.strip() for m in morphemes)


def test_emoji_keeps_its_place(analyzer):
    text = "좋다😀 정말"
    last = analyzer.analyze(text)[-1]
    assert (last.form, last.start, last.end) == ("정말", 4, 6)
