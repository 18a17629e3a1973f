"""DJ104 weekday-mismatch and the calendar check of DJ401: one calendar day given
two weekdays by two articles of one story, and a weekday the calendar does not give."""

from __future__ import annotations

import pytest

from daejo.reconcile import reconcile
from daejo.reconcile.compare import Side
from daejo.reconcile.rules import SUSPICIOUS, WEEKDAY, written_weekday

from .factory import article, claim, when


def _day(aid, text, day, *, before="", attribute="event_time"):
    """A time claim of ``day`` written as ``text``, with ``before`` just ahead of it in its sentence."""
    c = claim(aid, None, attribute, when(text, day, day[:8] + f"{int(day[8:]) + 1:02d}"))
    ev = c.evidence
    c.evidence = ev.model_copy(update={"sentence": f"{before}{text} 일이 있었다.", "start": len(before),
                                       "end": len(before) + len(text)})
    return c


def _in_story(c, story="s1", published="2026-06-26T09:00:00+09:00"):
    return article(c.article, [c], published=published).model_copy(update={"story": story})


@pytest.mark.parametrize(("text", "before", "expected"), [
    ("25일(목)", "", 3),
    ("지난 25일(수) 오후 4시", "", 2),
    ("25일 목요일", "", 3),
    ("17일", "토요일인 ", 5),
    ("지난 18일", "금요일인 ", 4),
    ("25일", "", None),  # no weekday written
    ("25일", "목요일 회의에 이어 ", None),  # a weekday of something else, not glued to the date
])
def test_the_written_weekday_is_read_in_the_date_or_just_before_it(text, before, expected):
    side = Side(_day("a", text, "2026-06-25", before=before), article("a", []))
    assert written_weekday(side) == expected


@pytest.mark.parametrize(("text_b", "before_b", "story_b", "expected"), [
    ("지난 25일(수)", "", "s1", [("weekday-mismatch", "error")]),  # one day, two weekdays
    ("25일", "수요일인 ", "s1", [("weekday-mismatch", "error")]),
    ("지난 25일(목)", "", "s1", []),  # the same weekday in another form
    ("25일", "목요일인 ", "s1", []),
    ("지난 25일", "", "s1", []),  # one side writes no weekday
    ("지난 25일(수)", "", "s2", []),  # another story: a calendar slip of its own (DJ401), no pair
])
def test_one_day_given_two_weekdays_in_one_story_is_an_error(text_b, before_b, story_b, expected):
    a = _day("a", "25일(목)", "2026-06-25")
    b = _day("b", text_b, "2026-06-25", before=before_b, attribute="~선포")
    arts = [_in_story(a, published="2026-06-25T18:00:00+09:00"), _in_story(b, story_b)]
    found = [(f.rule, f.severity) for f in reconcile(arts, []) if f.rule == "weekday-mismatch"]
    assert found == expected


def test_the_finding_names_the_calendars_weekday():
    a, b = _day("a", "25일(목)", "2026-06-25"), _day("b", "지난 25일(수)", "2026-06-25")
    verdict = WEEKDAY.check(Side(a, _in_story(a)), Side(b, _in_story(b)))
    assert verdict is not None and verdict.extra == {"day": "2026-06-25", "actual": "목"}
    assert "달력으로는 목요일" in verdict.reason_ko


@pytest.mark.parametrize(("text", "before", "flagged"), [
    ("25일(수)", "", True),  # 2026-06-25 is a Thursday
    ("17일", "토요일인 ", True),  # 2026-06-17 is a Wednesday
    ("25일(목)", "", False),
    ("17일", "수요일인 ", False),
])
def test_a_weekday_the_calendar_does_not_give_is_reported_for_checking(text, before, flagged):
    day = "2026-06-25" if text.startswith("25") else "2026-06-17"
    c = _day("a", text, day, before=before)
    verdict = SUSPICIOUS.check(Side(c, article("a", [c])))
    assert (verdict is not None and verdict.severity == "info" and "weekday-mismatch" in verdict.extra["issues"]) is flagged


def test_every_rule_has_a_code_of_its_own():
    from daejo.reconcile.rules import ALL_RULES
    from daejo.workflow.rules import WORKFLOW_RULES

    codes = [r.code for r in (*ALL_RULES, *WORKFLOW_RULES)]
    assert len(codes) == len(set(codes)) and WEEKDAY.code == "DJ104"
