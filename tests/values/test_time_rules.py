"""Table tests of the time resolution rules: month ends, leap years, rollovers,
"지난/오는 N일" across short months, clock words, reference precision."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from daejo.dates import parse_partial_date
from daejo.values.time import recognise_times


def one_time(text: str, published: str | None):
    reference = parse_partial_date(published) if published else None
    values = recognise_times(text, reference)
    assert len(values) == 1, (text, values)
    return values[0]


def interval(text: str, published: str | None) -> tuple[str, str, str]:
    t = one_time(text, published).time
    assert not t.unresolved, (text, t.reason)
    return t.start, t.end, t.grain


def first_of_next_month(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1)


@pytest.mark.parametrize("year", [2023, 2024])
@pytest.mark.parametrize("month", range(1, 13))
def test_end_of_month_runs_to_the_first_of_the_next(year, month):
    start, end, grain = interval(f"{year}년 {month}월 말", None)
    assert (start, grain) == (date(year, month, 21).isoformat(), "part_of_month")
    assert end == first_of_next_month(year, month).isoformat()


@pytest.mark.parametrize(
    ("year", "leap"), [(2000, True), (1900, False), (2024, True), (2023, False), (2100, False)]
)
def test_february_29th_exists_only_in_leap_years(year, leap):
    t = one_time(f"{year}년 2월 29일", None).time
    if leap:
        assert (t.start, t.end) == (f"{year}-02-29", f"{year}-03-01")
    else:
        assert t.unresolved and t.reason == "no such calendar date"


@pytest.mark.parametrize("published", ["2022-12-01", "2022-12-31", "2022-12-15T23:59:00+09:00"])
def test_next_month_in_december_is_january_of_the_next_year(published):
    assert interval("다음 달", published) == ("2023-01-01", "2023-02-01", "month")


@pytest.mark.parametrize("published", ["2023-01-01", "2023-01-31"])
def test_last_month_in_january_is_december_of_the_year_before(published):
    assert interval("지난달", published) == ("2022-12-01", "2023-01-01", "month")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2022-05-10", "2022-03-31"),  # April has no 31st
        ("2022-07-15", "2022-05-31"),  # June has no 31st
        ("2022-03-15", "2022-01-31"),  # February has none either
        ("2022-12-31", "2022-12-31"),  # on the day itself
    ],
)
def test_past_31st_skips_months_without_one(published, expected):
    start, end, grain = interval("지난 31일", published)
    assert (start, grain) == (expected, "day")
    assert end == (date.fromisoformat(expected) + timedelta(days=1)).isoformat()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("오는 31일", "2022-04-02", "2022-05-31"),
        ("오는 29일", "2023-02-10", "2023-03-29"),  # 2023 is not a leap year
        ("오는 29일", "2024-02-10", "2024-02-29"),
        ("오는 1일", "2022-12-20", "2023-01-01"),
        ("지난 30일", "2024-03-01", "2024-01-30"),
    ],
)
def test_day_prefixes_find_the_nearest_existing_day(text, published, expected):
    assert interval(text, published)[0] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("지난 12월", "2023-01-10", "2022-12-01"),
        ("지난 1월", "2023-01-10", "2023-01-01"),
        ("오는 1월", "2022-11-10", "2023-01-01"),
        ("오는 11월", "2022-11-10", "2022-11-01"),
    ],
)
def test_month_prefixes_roll_over_the_year(text, published, expected):
    assert interval(text, published)[0] == expected


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("오후 12시", "12:00"),
        ("오전 12시", "00:00"),
        ("저녁 7시", "19:00"),
        ("낮 2시", "14:00"),
        ("아침 7시", "07:00"),
        ("새벽 1시", "01:00"),
        ("밤 9시", "21:00"),
        ("오후 3시 15분", "15:15"),
        ("21:05", "21:05"),
    ],
)
def test_clock_words_give_24_hour_times(text, clock):
    assert interval(text, "2023-04-26")[0] == f"2023-04-26T{clock}"


def test_midnight_at_night_is_the_start_of_the_next_day():
    assert interval("31일 밤 12시", "2022-12-20")[0] == "2023-01-01T00:00"


def test_hours_ago_need_the_publication_time():
    assert interval("3시간 전", "2023-04-26T10:15:00+09:00") == ("2023-04-26T07:00", "2023-04-26T08:00", "hour")
    t = one_time("3시간 전", "2023-04-26").time
    assert t.unresolved and t.reason == "publication time of day unknown"


def test_week_words_use_monday_weeks():
    # 2022-06-26 is a Sunday: its week began on Monday the 20th
    assert interval("이번 주", "2022-06-26") == ("2022-06-20", "2022-06-27", "week")
    assert interval("지난주", "2022-06-27") == ("2022-06-20", "2022-06-27", "week")


@pytest.mark.parametrize(
    ("text", "resolves"),
    [("올해 초", True), ("지난해 12월", True), ("내년 상반기", True), ("12월", True),
     ("지난 16일", False), ("오는 29일", False), ("지난달", False), ("어제", False), ("7일", False)],
)
def test_year_only_reference_resolves_only_year_level_expressions(text, resolves):
    t = one_time(text, "2022").time
    assert t.unresolved is not resolves
    if not resolves:
        assert t.reason == "publication date known only to the year" and t.start is None and t.end is None


@pytest.mark.parametrize(
    "text", ["올해", "지난해 말", "다음 달", "어제", "3년 전", "3년 안에", "오전 9시", "상반기", "연내", "7일~9일"]
)
def test_no_reference_leaves_relative_times_unresolved(text):
    t = one_time(text, None).time
    assert t.unresolved and t.reason == "relative time without publication date"
    assert t.start is None and t.end is None


def test_end_of_2020_contains_7_december_2020():
    outer = interval("2020년말", None)
    inner = interval("2020년 12월 7일", None)
    assert outer[0] <= inner[0] and inner[1] <= outer[1]


def test_this_year_start_excludes_the_previous_year():
    early = interval("올해 초", "2022")
    previous = interval("2021년", None)
    assert previous[1] <= early[0]


def test_wrong_weekday_is_reported_as_an_issue():
    good = one_time("2021년 5월 17일(월)", None)
    bad = one_time("2021년 5월 17일(화)", None)
    assert good.issues == []
    assert len(bad.issues) == 1 and bad.issues[0].startswith("weekday-mismatch")
    assert bad.time.start == good.time.start == "2021-05-17"


def test_window_starts_at_the_reference_at_its_own_precision():
    assert interval("3년 안에", "2021") == ("2021-01-01", "2024-01-01", "year")
    assert interval("3년 안에", "2021-05") == ("2021-05-01", "2024-05-01", "year")
    assert interval("1년 내", "2024-02-29") == ("2024-02-29", "2025-02-28", "year")


@pytest.mark.parametrize(
    ("text", "role"),
    [("2030년까지", "deadline"), ("3년 이내", "deadline"), ("연내", "deadline"), ("2020년부터", "since"),
     ("2020년 이래", "since"), ("1976년생", "birth"), ("1976년 태생", "birth"), ("2020년", "point")],
)
def test_suffixes_set_the_role(text, role):
    assert one_time(text, "2022").time.role == role


def test_two_digit_birth_year_is_never_in_the_future():
    assert interval("21년생", "2022")[0] == "2021-01-01"
    assert interval("23년생", "2022")[0] == "1923-01-01"


@pytest.mark.parametrize(
    "text",
    ["2000억", "3년", "4차", "24시간", "GPT-3", "2030세대", "1위", "5G", "10년간", "3년6개월", "8개월",
     "1년 내내", "2020년형", "3시즌", "오늘날", "7일째", "3일 동안", "1 2 3 4", "0개월 안에", "0년 전"],
)
def test_not_times(text):
    assert recognise_times(text, parse_partial_date("2022-06-20")) == []


def test_value_shape_and_rule_name():
    v = one_time("오전 9시 3분께", "2023-04-26")
    assert (v.kind, v.value, v.low, v.high, v.bound) == ("time", None, None, None, "approx")
    assert v.rule == "time:clock"
    assert (v.start, v.end) == (0, len("오전 9시 3분께"))


def test_module_examples_hold():
    import doctest

    import daejo.values.time as module

    result = doctest.testmod(module)
    assert result.attempted >= 2 and result.failed == 0


@pytest.mark.parametrize(
    ("text", "published", "year", "moved"),
    [
        ("4분기 매출은 1조원이었다.", "2024-01-30", 2023, True),  # the quarter of this year is ahead
        ("1분기 매출은 1조원이었다.", "2024-01-30", 2023, True),  # ... or not over yet
        ("3분기 매출이 늘었다.", "2023-10-26", 2023, False),  # over: this year's
        ("4분기 매출이 늘어날 것으로 본다.", "2024-01-30", 2024, False),  # prospective
        ("하반기 출시할 예정이다.", "2023-03-10", 2023, False),  # a plan
        ('"4분기에도 주문이 들어오고 있다"고 말했다.', "2023-10-26", 2023, False),  # reporting verb only
        ("12월 출시했다.", "2023-03-10", 2022, True),
        ("3월 들어 판매가 늘었다.", "2023-03-20", 2023, False),  # a month already begun
        ("4분기 매출은 1조원이었다.", "2024", 2024, False),  # year-only reference: no way to tell
    ],
)
def test_year_less_periods_follow_the_tense_of_their_clause(text, published, year, moved):
    v = recognise_times(text, parse_partial_date(published))[0]
    assert v.time.start.startswith(str(year))
    assert any(i.startswith("year-from-tense") for i in v.issues) is moved
