"""recognise_times never raises, points inside the text, and runs in linear time."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from daejo.dates import parse_partial_date
from daejo.values.time import recognise_times

# Pieces that time expressions are made of, so random texts often come close to one.
PIECES = list("0123456789 .-/:~'‘(),년월일시분초주") + [
    "지난", "오는", "올", "올해", "지난해", "내년", "다음 달", "어제", "말", "초", "중순", "상반기", "분기",
    "전", "후", "안에", "내", "까지", "부터", "생", "대", "오전", "오후", "밤", "정오", "께", "반", "개월",
    "요일", "월요일", "·4", "여", "~", "이듬해", "이날", "년대", "그해",
]
TEXTS = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(PIECES), max_size=25).map("".join),
)
REFERENCES = st.one_of(
    st.none(),
    st.sampled_from(["2022", "2022-02", "2024-02-29", "2022-12-31", "2023-03-23T13:53:00+09:00", "1800-01-01", "2200"]),
)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, published=REFERENCES)
def test_never_raises_and_spans_point_into_the_text(text, published):
    reference = parse_partial_date(published) if published else None
    values = recognise_times(text, reference)
    last_end = 0
    for v in values:
        assert text[v.start : v.end] == v.text and v.text
        assert v.start >= last_end  # sorted, non-overlapping
        last_end = v.end
        t = v.time
        assert t is not None and v.kind == "time"
        if t.unresolved:
            assert t.start is None and t.end is None and t.reason
        else:
            assert t.start < t.end and t.grain is not None


def _seconds(text: str) -> float:
    began = time.perf_counter()
    recognise_times(text, parse_partial_date("2022-06-20"))
    return time.perf_counter() - began


def test_a_megabyte_of_digits_and_year_syllables_is_quick():
    assert _seconds("7" * 500_000 + "년년년" * 170_000) < 5.0
    assert _seconds("2020년" * 1000 + "1" * 1_000_000) < 5.0
    assert _seconds("1 " * 500_000) < 5.0


def test_time_grows_linearly_with_dense_expressions():
    unit = "2020년 12월 7일 지난 16일 오전 9시 "
    small, large = _seconds(unit * 1_000), _seconds(unit * 4_000)
    assert large < 4 * small * 2.5 + 0.2
