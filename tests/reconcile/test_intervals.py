"""Interval helpers: overlap with unbounded ends, widening, deadlines, display."""

from __future__ import annotations

import pytest

from daejo.models import TimeValue
from daejo.reconcile.intervals import (
    NumInterval,
    deadlines_agree,
    format_number,
    format_numeric,
    is_marginal,
    numbers_overlap,
    numeric_interval,
    parse_instant,
    time_interval,
)

from .factory import EOK, num


@pytest.mark.parametrize(
    ("a", "b", "meet"),
    [
        (NumInterval(70, 80), NumInterval(80, 90), False),  # `70여` and `80여`: touching ends share no value
        (NumInterval(1.5, 2.5), NumInterval(2.5, 3.5), False),  # `2명` and `3명`
        (NumInterval(70, 80), NumInterval(80, 80), True),  # a point on the edge meets it
        (NumInterval(70, 80), NumInterval(81, 90), False),
        (NumInterval(100, None), NumInterval(10**9, 10**9), True),  # `100명 넘게` is open above
        (NumInterval(None, 50), NumInterval(51, 60), False),
    ],
)
def test_numbers_overlap(a, b, meet):
    assert numbers_overlap(a, b) is meet
    assert numbers_overlap(b, a) is meet


def test_widening_by_relative_and_absolute_tolerance():
    assert NumInterval(100, 200).widened(0.1, 1) == NumInterval(89, 221)
    assert NumInterval(None, 200).widened(0.5) == NumInterval(None, 300)


def test_marginal_gap_only_when_close():
    assert is_marginal(NumInterval(1000, 1000), NumInterval(1040, 1040))
    assert not is_marginal(NumInterval(1000, 1000), NumInterval(2000, 2000))


def test_exact_value_without_bounds_is_a_point_and_at_least_is_open():
    assert numeric_interval(num("45", 45, unit="세")) == NumInterval(45, 45)
    open_above = num("100명 넘게", 100, unit="명", bound="more_than")
    open_above.low = open_above.high = None
    assert numeric_interval(open_above) == NumInterval(100, None)


def test_deadlines_agree_within_the_coarser_grain():
    by_2030 = TimeValue(start=None, end="2031-01-01", grain="year", role="deadline")
    in_three_years = TimeValue(start="2021-01-01", end="2024-01-01", grain="year", role="deadline")
    by_2023 = TimeValue(start=None, end="2024-01-01", grain="year", role="deadline")
    assert not deadlines_agree(by_2030, in_three_years)
    assert deadlines_agree(by_2023, in_three_years)


def test_times_with_timezone_are_read_in_korean_time():
    assert parse_instant("2024-05-11T00:40:00+00:00") == parse_instant("2024-05-11T09:40:00+09:00")
    assert time_interval(TimeValue(unresolved=True)) is None


def test_korean_number_display():
    assert format_number(5999.5 * EOK) == "5999.5억"
    assert format_number(3.6 * 10**12) == "3.6조"
    assert format_number(25000) == "2.5만"
    assert format_number(None) == "-∞" and format_number(None, lower=False) == "∞"
    assert format_numeric(NumInterval(2000 * EOK, 3000 * EOK), "KRW") == "[2000억, 3000억] 원"


def test_written_calendar_deadlines_agree_only_when_the_finer_ends_inside_the_coarser():
    by_2028 = TimeValue(start=None, end="2029-01-01", grain="year", role="deadline")
    by_2027 = TimeValue(start=None, end="2028-01-01", grain="year", role="deadline")
    by_june_2028 = TimeValue(start=None, end="2028-07-01", grain="month", role="deadline")
    assert not deadlines_agree(by_2028, by_2027, written=True)
    assert deadlines_agree(by_2028, by_june_2028, written=True)
    assert not deadlines_agree(by_2027, by_june_2028, written=True)
    assert deadlines_agree(by_2028, by_2028, written=True)
