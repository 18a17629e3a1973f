"""Alignment of rewritten morpheme forms back to the text (daejo.text.align)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from daejo.text.align import align_morphemes


def _covered(text, forms):
    return [text[s:e] for s, e in align_morphemes(text, forms)]


def test_forms_equal_to_the_text_get_exact_spans():
    assert align_morphemes("새 청사", ["새", "청사"]) == [(0, 1), (2, 4)]


def test_etm_jamo_shares_the_syllable_it_is_part_of():
    assert _covered("간 곳", ["가", "ㄴ", "곳"]) == ["간", "간", "곳"]


def test_kiwi_style_conjoining_jamo_matches_too():
    assert _covered("간 곳", ["가", "\u11ab", "곳"]) == ["간", "간", "곳"]


def test_contraction_shares_the_syllable():
    assert _covered("말했다.", ["말", "하", "았", "다", "."]) == ["말", "했", "했", "다", "."]


def test_dropped_copula_gets_an_empty_span_at_the_right_place():
    spans = align_morphemes("AI다", ["AI", "이", "다"])
    assert spans == [(0, 2), (2, 2), (2, 3)]


def test_text_the_analyzer_skipped_is_left_out():
    assert _covered("가 ♥♥ 나", ["가", "나"]) == ["가", "나"]


def test_full_width_and_case_are_folded():
    assert _covered("ＬＧ는", ["lg", "는"]) == ["ＬＧ", "는"]


def test_a_form_not_in_the_text_does_not_pull_later_forms_back():
    assert _covered("가나 다라", ["가나", "없음", "다라"])[2] == "다라"


def test_empty_inputs():
    assert align_morphemes("", ["가"]) == [(0, 0)]
    assert align_morphemes("가나", []) == []
    assert align_morphemes("가나", [""]) == [(0, 0)]


KOREANISH = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.sampled_from(list(" .,“”'\"\n0123456789ABCabcㄱㄴㄹㅆ\u11ab%()")),
    ),
    max_size=40,
)


def _forms_from(text: str, data) -> list[str]:
    """Pieces of the text, some rewritten, dropped or invented, as an analyzer might."""
    pieces = [p for p in text.split() if p]
    forms: list[str] = []
    for piece in pieces:
        action = data.draw(st.sampled_from(["keep", "split", "rewrite", "drop", "insert"]))
        if action == "keep":
            forms.append(piece)
        elif action == "split" and len(piece) > 1:
            cut = data.draw(st.integers(1, len(piece) - 1))
            forms.extend([piece[:cut], piece[cut:]])
        elif action == "rewrite":
            forms.append(data.draw(st.text(alphabet="하았었이ㄴ다가", min_size=1, max_size=3)))
        elif action == "insert":
            forms.extend([piece, "이"])
    return forms


@settings(max_examples=300, deadline=None)
@given(text=KOREANISH, data=st.data())
def test_spans_are_inside_the_text_and_monotonic(text, data):
    forms = _forms_from(text, data)
    spans = align_morphemes(text, forms)
    assert len(spans) == len(forms)
    for start, end in spans:
        assert 0 <= start <= end <= len(text)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert s1 <= s2 and e1 <= e2


@settings(max_examples=200, deadline=None)
@given(text=KOREANISH, forms=st.lists(st.text(max_size=4), max_size=12))
def test_arbitrary_forms_never_break_the_guarantees(text, forms):
    spans = align_morphemes(text, forms)
    assert len(spans) == len(forms)
    assert all(0 <= s <= e <= len(text) for s, e in spans)
    assert all(a[0] <= b[0] and a[1] <= b[1] for a, b in zip(spans, spans[1:]))


@settings(max_examples=200, deadline=None)
@given(text=KOREANISH)
def test_unrewritten_words_are_found_exactly(text):
    words = text.split()
    spans = align_morphemes(text, words)
    assert [text[s:e] for s, e in spans] == words
