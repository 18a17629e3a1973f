"""Partial publication dates (daejo.dates) as ingest uses them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from daejo.dates import parse_partial_date

VALID = [
    pytest.param("2022", "year", date(2022, 1, 1), date(2023, 1, 1), id="year"),
    pytest.param("2022-06", "month", date(2022, 6, 1), date(2022, 7, 1), id="month"),
    pytest.param("2022-12", "month", date(2022, 12, 1), date(2023, 1, 1), id="december"),
    pytest.param("2022-06-20", "day", date(2022, 6, 20), date(2022, 6, 21), id="day"),
    pytest.param("2023-03-23T13:53:00+09:00", "datetime", date(2023, 3, 23), date(2023, 3, 24), id="datetime"),
    pytest.param(2022, "year", date(2022, 1, 1), date(2023, 1, 1), id="int year"),
    pytest.param(date(2024, 2, 29), "day", date(2024, 2, 29), date(2024, 3, 1), id="date object"),
    pytest.param(
        datetime(2021, 5, 17, 16, 10, tzinfo=timezone(timedelta(hours=9))),
        "datetime",
        date(2021, 5, 17),
        date(2021, 5, 18),
        id="datetime object",
    ),
]


@pytest.mark.parametrize("value, grain, start, end", VALID)
def test_partial_dates(value, grain, start, end):
    parsed = parse_partial_date(value)
    assert (parsed.grain, parsed.start, parsed.end) == (grain, start, end)


def test_datetime_keeps_the_moment():
    parsed = parse_partial_date("2023-03-23T13:53:00+09:00")
    assert parsed.moment == datetime(2023, 3, 23, 13, 53, tzinfo=timezone(timedelta(hours=9)))


@pytest.mark.parametrize(
    "value, fragment",
    [
        ("2023-02-30", "day is out of range"),
        ("3023", "not a valid publication year"),
        ("3023-01-01", "not a valid publication year"),
        ("어제", "expected YYYY"),
        ("", "empty date"),
        (True, "invalid date"),
    ],
)
def test_invalid_dates(value, fragment):
    with pytest.raises(ValueError, match=fragment):
        parse_partial_date(value)
