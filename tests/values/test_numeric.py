"""Contract tests of ``recognise_numeric`` that a corpus line cannot express:
types, exactness, pathological input, ordering, and rule-file errors."""

from __future__ import annotations

import time

import pytest

from daejo.errors import ConfigError
from daejo.values import lexicon
from daejo.values.numeric import recognise_numeric


def only(text: str):
    values = recognise_numeric(text)
    assert len(values) == 1, values
    return values[0]


def test_integral_values_are_ints_and_fractions_floats() -> None:
    assert type(only("1.5조").value) is int
    assert only("1.5조").value == 1_500_000_000_000
    assert type(only("12.5%").value) is float


def test_a_round_figure_is_read_as_rounded_to_at_most_five_percent() -> None:
    """`6000억` and `6천억` commit to the same thing: a figure rounded to its unit."""
    digits, mixed = only("6000억"), only("6천억")
    assert digits.value == mixed.value == 600_000_000_000
    assert (digits.low, digits.high) == (mixed.low, mixed.high) == (570_000_000_000, 630_000_000_000)
    one = only("1억원")
    assert (one.low, one.high) == (95_000_000, 105_000_000)


def test_a_precise_figure_keeps_half_of_its_last_significant_digit() -> None:
    v = only("1천127억원")
    assert (v.low, v.high) == (112_650_000_000, 112_750_000_000)


def _meet(a: str, b: str) -> bool:
    """Whether the two figures can be the same number, as the reconciler compares them."""
    from daejo.reconcile.intervals import numbers_overlap, numeric_interval

    return numbers_overlap(numeric_interval(only(a)), numeric_interval(only(b)))


@pytest.mark.parametrize(
    ("a", "b", "meet"),
    [
        ("1억 달러", "2억 달러", False),
        ("1억원", "1억4천만원", False),
        ("1억원", "1억200만원", True),
        ("3조2천억원", "3조4천억원", False),
        ("12,000명", "1만2천 명", True),
        ("약 1200억원", "1천200억원", True),
        ("40%", "41%", True),
        ("40%", "43%", False),
    ],
)
def test_rounding_decides_which_figures_meet(a: str, b: str, meet: bool) -> None:
    assert _meet(a, b) is meet


def test_small_counts_are_exact_counts() -> None:
    """`30명` is thirty people, not a figure rounded to the ten."""
    v = only("30명")
    assert (v.low, v.high) == (29.5, 30.5)
    assert not _meet("30명", "31명")  # touching rounding intervals share no count


def test_values_are_exact_beyond_float_precision() -> None:
    v = only("9999조9999억9999만9999")
    assert v.value == 9_999_9999_9999_9999
    assert v.value != int(float(v.value))


@pytest.mark.parametrize(
    ("text", "message_part"),
    [("3조6000조", "조 after 조"), ("5억3억", "억 after 억"), ("3억5조", "조 after smaller 억"), ("3백2천", "천 after 백")],
)
def test_malformed_numerals_are_flagged_not_computed(text: str, message_part: str) -> None:
    v = only(text)
    assert (v.value, v.low, v.high) == (None, None, None)
    assert len(v.issues) == 1 and v.issues[0].startswith("suspicious: ") and message_part in v.issues[0]


def test_a_huge_digit_string_is_flagged_and_serialisable() -> None:
    v = only("9" * 100_000 + "명")
    assert v.value is None and v.issues and "100000 digits" in v.issues[0]
    assert v.unit == "명" and v.end == 100_001
    assert '"value":null' in v.model_dump_json()


def test_a_megabyte_of_magnitudes_is_one_flagged_value() -> None:
    text = "억" * 1_000_000
    started = time.perf_counter()
    values = recognise_numeric(text)
    assert time.perf_counter() - started < 10
    assert len(values) == 1 and values[0].issues and values[0].end == len(text)


def test_year_with_nyeon_is_left_to_the_time_recogniser() -> None:
    assert recognise_numeric("2020년") == []
    assert only("3년").kind == "duration"
    assert only("1,000년").unit == "년"  # not written as a year: a duration
    assert only("500년").kind == "duration"


def test_ordinals_are_places_and_prefixes_consume_their_number() -> None:
    assert (only("3번째 시도").value, only("3번째 시도").unit) == (3, "번째")
    assert (only("세 번째 시도").value, only("세 번째 시도").unit) == (3, "번째")
    assert only("3번 시도").unit == "번"
    assert recognise_numeric("4차 회의") == [] and recognise_numeric("제2회 대회") == []


def test_values_are_sorted_and_do_not_overlap() -> None:
    text = "약 3000억 개, 70여 명, 2배 넘게, 3조6000조 원, 80~90%, 수천억 원, 두 배, 3년6개월"
    values = recognise_numeric(text)
    assert len(values) == 8
    for a, b in zip(values, values[1:]):
        assert a.end <= b.start
    assert all(text[v.start : v.end] == v.text for v in values)


def test_a_unit_at_the_very_end_of_the_text_stays_inside_it() -> None:
    v = only("0£")
    assert (v.start, v.end, v.unit) == (0, 2, "GBP")


def test_rule_names_say_which_rule_fired() -> None:
    assert only("500억원대").rule == "decade-range"
    assert only("수십 벌").rule == "vague"
    assert only("열두 명").rule == "native"


def test_a_malformed_rules_file_is_a_config_error_naming_it() -> None:
    with pytest.raises(ConfigError) as info:
        lexicon._need({"digits": ["일"]}, "digits", dict, "numerals.yaml")
    assert "numerals.yaml" in str(info.value) and "digits" in str(info.value)


def test_word_index_prefers_the_longest_word() -> None:
    index = lexicon.WordIndex(["넘어", "넘어서는", "넘게"])
    assert index.match("3배를 넘어서는", 4) == "넘어서는"
    assert index.match("넘어갔다", 0) == "넘어"
    assert index.match("가나", 0) is None
