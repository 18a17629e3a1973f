"""Each rule: one flagged and one quiet example, built from hand-made claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from daejo.reconcile.compare import Conversions, Side, compare_pair
from daejo.reconcile.policy import policy_for
from daejo.reconcile.rules import (
    AGE_BIRTH,
    SUSPICIOUS,
    PlanDivergence,
    SourceDisagreement,
    TimeMismatch,
    ValueMismatch,
    rule_by_name,
)
from daejo.workflow.rulesdoc import render_rules_doc

from .factory import EOK, article, claim, money, num, when

ROOT = Path(__file__).resolve().parents[2]


def _sides(a, b, pub_a="2022", pub_b="2022"):
    return Side(a, article(a.article, [a], published=pub_a)), Side(b, article(b.article, [b], published=pub_b))


def _cmp(sa, sb):
    return compare_pair(sa, sb, policy_for(sa.claim.attribute, None), Conversions())


def _check(rule, a, b):
    sa, sb = _sides(a, b)
    return rule.check(sa, sb, _cmp(sa, sb))


def test_value_mismatch_flags_disjoint_parameter_counts():
    a = claim("a", "모델", "parameter_count", num("6000억 개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK))
    b = claim("b", "모델", "parameter_count", num("약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, bound="approx"))
    verdict = _check(ValueMismatch(), a, b)
    assert verdict is not None and verdict.severity == "error"
    assert verdict.reason == "static attribute parameter_count: [5999.5억, 6000.5억] 개 ∩ [2700억, 3300억] 개 = ∅"


def test_value_mismatch_quiet_for_2천여억_and_2000억():
    a = claim("a", "그룹", "investment_amount", money("2천여억원", 2000 * EOK, 2000 * EOK, 3000 * EOK, bound="at_least"))
    b = claim("b", "그룹", "investment_amount", money("2000억원", 2000 * EOK))
    assert _check(ValueMismatch(), a, b) is None


def test_time_mismatch_flags_launch_years_apart():
    a = claim("a", "연합", "launch_date", when("올해 초", "2022-01-01", "2022-04-01", grain="month"))
    b = claim("b", "연합", "launch_date", when("2021년", "2021-01-01", "2022-01-01", grain="year"))
    verdict = _check(TimeMismatch(), a, b)
    assert verdict is not None and verdict.severity == "error"
    assert "[2022-01-01, 2022-04-01) ∩ [2021-01-01, 2022-01-01) = ∅" in verdict.reason


def test_time_mismatch_quiet_for_contained_day():
    a = claim("a", "연구원", "founded_date", when("2020년말", "2020-10-01", "2021-01-01"))
    b = claim("b", "연구원", "founded_date", when("2020년 12월 7일", "2020-12-07", "2020-12-08"))
    assert _check(TimeMismatch(), a, b) is None


@pytest.mark.parametrize(("x", "y", "conflict"), [
    (("5월 10~11일", "2026-05-10", "2026-05-12"), ("5월 10~13일", "2026-05-10", "2026-05-14"), True),  # overlap, other end
    (("5월 10~11일", "2026-05-10", "2026-05-12"), ("5월 10∼11일", "2026-05-10", "2026-05-12"), False),  # one span
    (("5월 10~11일", "2026-05-10", "2026-05-12"), ("5월 10일", "2026-05-10", "2026-05-11"), False),  # a day of it
    (("5월 10~11일", "2026-05-10", "2026-05-12"), ("5월", "2026-05-01", "2026-06-01"), False),  # coarser
])
def test_two_spans_written_end_to_end_are_one_only_when_both_ends_agree(x, y, conflict):
    grain = lambda t: "month" if t[0] == "5월" else "day"  # noqa: E731
    a = claim("a", "여론조사", "~조사", when(*x, grain=grain(x)))
    b = claim("b", "여론조사", "~조사", when(*y, grain=grain(y)))
    cmp = _cmp(*_sides(a, b))
    assert cmp is not None and cmp.conflict is conflict, cmp
    if conflict:
        assert cmp.reason_ko.startswith("두 기간의 시작이나 끝이 다릅니다")


def test_source_disagreement_names_both_sources():
    a = claim("a", "회사", "headcount", num("300명", 300, unit="명"), attribution="회사", as_of=("2022-01-01", "2023-01-01"))
    b = claim("b", "회사", "headcount", num("150명", 150, unit="명"), attribution="노조", as_of=("2022-01-01", "2023-01-01"))
    verdict = _check(SourceDisagreement(), a, b)
    assert verdict is not None and verdict.severity == "warning"
    assert verdict.extra == {"source_a": "회사", "source_b": "노조"}


def test_source_disagreement_quiet_when_sources_agree_within_approx():
    a = claim("a", "회사", "headcount", num("300명", 300, unit="명"), attribution="회사", as_of=("2022-01-01", "2023-01-01"))
    b = claim("b", "회사", "headcount", num("300명가량", 300, 270, 330, unit="명", bound="approx"), attribution="노조",
              as_of=("2022-01-01", "2023-01-01"))
    assert _check(SourceDisagreement(), a, b) is None


def test_one_source_named_more_closely_on_one_side_is_no_disagreement_of_sources():
    # `업계에 따르면` / `IB업계에 따르면`: one source; the two figures are a value mismatch
    a = claim("a", "회사", "headcount", num("300명", 300, unit="명"), attribution="업계", as_of=("2022-01-01", "2023-01-01"))
    b = claim("b", "회사", "headcount", num("150명", 150, unit="명"), attribution="IB업계", as_of=("2022-01-01", "2023-01-01"))
    assert _check(SourceDisagreement(), a, b) is None
    verdict = _check(ValueMismatch(), a, b)
    assert verdict is not None and verdict.severity == "error"


def test_a_source_that_made_the_statement_with_another_is_the_same_source():
    # `기상청에 따르면` / `기상청과 한빛지질연구원은 … 밝혔다`: one of them said it with another
    a = claim("a", "해솔시", "~동쪽", num("27㎞", 27, unit="km"), attribution="기상청")
    b = claim("b", "해솔시", "~동쪽", num("22㎞", 22, unit="km"), attribution="기상청·한빛지질연구원")
    assert _check(SourceDisagreement(), a, b) is None
    verdict = _check(ValueMismatch(), a, b)
    assert verdict is not None and verdict.severity == "error"
    other = claim("c", "해솔시", "~동쪽", num("22㎞", 22, unit="km"), attribution="해양연구소·한빛지질연구원")
    assert _check(SourceDisagreement(), a, other) is not None


def test_plan_divergence_puts_the_plan_first_as_info():
    outcome = claim("a", "그룹", "investment_amount", money("3000억원", 3000 * EOK))
    plan = claim("b", "그룹", "investment_amount", money("6천억원", 6000 * EOK), modality="planned")
    verdict = _check(PlanDivergence(), outcome, plan)
    assert verdict is not None and verdict.severity == "info"
    assert [s.claim.modality for s in verdict.sides] == ["planned", "asserted"]


def test_a_plan_and_an_outcome_with_two_neighbouring_digits_swapped_are_a_warning():
    # a plan seldom changes to its own digits swapped: one of the two is mistyped
    plan = claim("a", "조합", "~공동주택", num("1,146가구", 1146, unit="가구"), modality="planned")
    outcome = claim("b", "조합", "~공동주택", num("1,416가구", 1416, unit="가구"))
    verdict = _check(PlanDivergence(), plan, outcome)
    assert verdict is not None and verdict.severity == "warning" and "두 자리" in verdict.reason_ko
    # digits that are not neighbours, or only two significant digits (12 / 21 swap by
    # chance as often as a plan changes), stay news of a changed plan
    for (planned, x), (built, y), unit in ((("1,146가구", 1146), ("1,641가구", 1641), "가구"),
                                           (("1만2천톤", 12000), ("2만1천톤", 21000), "톤")):
        plan = claim("a", "조합", "~공동주택", num(planned, x, unit=unit), modality="planned")
        outcome = claim("b", "조합", "~공동주택", num(built, y, unit=unit))
        verdict = _check(PlanDivergence(), plan, outcome)
        assert verdict is not None and verdict.severity == "info", planned


def test_a_plan_and_an_outcome_with_the_decimal_point_moved_are_a_warning():
    # `1억2천만원을 긴급 투입하기로 했다` / `1천200만원을 긴급 투입했다`: a plan seldom changes
    # tenfold to its own digits; one of the two is mistyped
    plan = claim("a", "교육청", "investment_amount", money("1억2천만원", 1.2 * EOK), modality="planned")
    outcome = claim("b", "교육청", "investment_amount", money("1천200만원", 0.12 * EOK))
    verdict = _check(PlanDivergence(), plan, outcome)
    assert verdict is not None and verdict.severity == "warning"
    other = claim("b", "교육청", "investment_amount", money("3천만원", 0.3 * EOK))
    verdict = _check(PlanDivergence(), plan, other)
    assert verdict is not None and verdict.severity == "info"  # another amount: a changed plan


def test_plan_divergence_quiet_when_outcome_meets_plan():
    plan = claim("a", "그룹", "investment_amount", money("6천억원", 6000 * EOK), modality="planned")
    outcome = claim("b", "그룹", "investment_amount", money("6000억원", 6000 * EOK))
    assert _check(PlanDivergence(), plan, outcome) is None


def test_age_birth_mismatch_flags_impossible_age():
    age = claim("a", "홍길동", "age", num("45", 45, unit="세"))
    birth = claim("b", "홍길동", "birth_year", when("1970년생", "1970-01-01", "1971-01-01", grain="year", role="birth"))
    verdict = AGE_BIRTH.check(*_sides(age, birth, pub_a="2021"))
    assert verdict is not None and verdict.severity == "error"
    assert verdict.extra["expected"] == "1975~1976"


def test_age_birth_quiet_for_korean_age():
    # 만 45 in 2021 is 1975 or 1976; Korean age 46 is also accepted for 1976
    age = claim("a", "홍길동", "age", num("46", 46, unit="세"))
    birth = claim("b", "홍길동", "birth_year", when("1976년생", "1976-01-01", "1977-01-01", grain="year", role="birth"))
    assert AGE_BIRTH.check(*_sides(age, birth, pub_a="2021")) is None


def test_suspicious_number_flags_the_value_stage_issue():
    malformed = num("3조6000조원", None, kind="money", unit="KRW", issues=("suspicious: unit order",))
    bad = claim("a", "시장", "market_size", malformed)
    verdict = SUSPICIOUS.check(Side(bad, article("a", [bad])))
    assert verdict is not None and verdict.severity == "info"
    assert verdict.extra["issues"] == "suspicious: unit order"


def test_suspicious_number_quiet_for_well_formed_number():
    good = claim("a", "시장", "market_size", money("3조6000억원", 3.6 * 10**12))
    assert SUSPICIOUS.check(Side(good, article("a", [good]))) is None


def test_rules_found_by_code_or_slug():
    assert rule_by_name("DJ101").slug == "value-mismatch"
    assert rule_by_name("time-mismatch").code == "DJ102"
    assert rule_by_name("pin-mismatch") is None


def test_rules_doc_is_current():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == render_rules_doc()


def _clock(text, start, grain, bound="exact"):
    from datetime import datetime, timedelta

    width = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1)}[grain]
    end = (datetime.fromisoformat(start) + width).isoformat(timespec="minutes")
    value = when(text, start, end, grain=grain)
    return value.model_copy(update={"bound": bound})


@pytest.mark.parametrize(("x", "y", "conflict"), [
    # a time at the hour is that hour rounded: half an hour either way
    (("오전 8시", "2026-03-15T08:00", "hour"), ("오전 8시 20분", "2026-03-15T08:20", "minute"), False),
    (("오전 8시", "2026-03-15T08:00", "hour"), ("오전 7시 40분", "2026-03-15T07:40", "minute"), False),
    (("오전 8시", "2026-03-15T08:00", "hour"), ("오전 8시 30분", "2026-03-15T08:30", "minute"), True),
    (("오전 8시", "2026-03-15T08:00", "hour"), ("오전 9시", "2026-03-15T09:00", "hour"), True),
    # a hedged minute (`께`) is within three minutes; an exact one is that minute
    (("오후 10시 50분께", "2026-03-15T22:50", "minute", "approx"), ("오후 10시 53분", "2026-03-15T22:53", "minute"), False),
    (("오후 10시 50분께", "2026-03-15T22:50", "minute", "approx"), ("오후 10시 55분", "2026-03-15T22:55", "minute"), True),
    # two hedged times ten minutes apart are two times (`3시 28분께` / `3시 38분께`)
    (("오후 3시 28분께", "2026-03-15T15:28", "minute", "approx"), ("오후 3시 38분께", "2026-03-15T15:38", "minute", "approx"), True),
    (("오후 3시 28분께", "2026-03-15T15:28", "minute", "approx"), ("오후 3시 33분께", "2026-03-15T15:33", "minute", "approx"), False),
    (("오후 10시 50분", "2026-03-15T22:50", "minute"), ("오후 10시 53분", "2026-03-15T22:53", "minute"), True),
    (("오후 10시 50분께", "2026-03-15T22:50", "minute", "approx"), ("오후 11시 50분께", "2026-03-15T23:50", "minute", "approx"), True),
])
def test_clock_times_are_read_at_their_written_precision(x, y, conflict):
    a = claim("a", None, "~사고", _clock(*x))
    b = claim("b", None, "~사고", _clock(*y))
    assert _cmp(*_sides(a, b)).conflict is conflict


def _span(text, value, unit, low=None, high=None, bound="exact"):
    from daejo.models import Value

    return Value(kind="duration", text=text, start=0, end=len(text), value=value, unit=unit, bound=bound,
                 low=value - 0.5 if low is None else low, high=value + 0.5 if high is None else high)


@pytest.mark.parametrize(("x", "y", "conflict"), [
    (("2년 6개월", 30, "개월"), ("2년 6개월", 2.5, "년", 2.0, 3.0), False),  # one span in two units
    (("2년 6개월", 30, "개월"), ("2년", 2, "년", 1.5, 2.5), False),  # 2년 is rounded: ±half a year
    (("2년 6개월", 30, "개월", 29.5, 30.5), ("1년 6개월", 18, "개월"), True),
    (("3주", 3, "주"), ("21일", 21, "일"), False),
    (("14일", 14, "일"), ("3주", 3, "주"), True),
    (("4시간 12분", 252, "분"), ("6시간 넘게", 6, "시간", 6, None, "more_than"), True),
    (("6개월", 6, "개월"), ("180일", 180, "일"), False),  # a month is about 30.4 days
])
def test_spans_of_time_compare_across_units(x, y, conflict):
    a = claim("a", None, "~기간", _span(*x))
    b = claim("b", None, "~기간", _span(*y))
    assert _cmp(*_sides(a, b)).conflict is conflict


def test_market_days_and_calendar_days_are_not_compared():
    from daejo.reconcile.compare import duration_factor

    assert duration_factor("거래일", "일") is None
    assert duration_factor("년", "개월") == 12 and duration_factor("주", "일") == 7


@pytest.mark.parametrize(("x", "y", "conflict"), [
    (("24만㎡", 240000, "m²", 228000, 252000), ("약 12만7천 평", 127000, "평", 114300, 139700), True),
    (("24만㎡", 240000, "m²", 228000, 252000), ("약 7만3천 평", 73000, "평", 65700, 80300), False),
    (("850㏊", 850, "ha", 849.5, 850.5), ("8.5㎢", 8.5, "km²", 8.45, 8.55), False),
    (("1,180t", 1180, "t", 1179.5, 1180.5), ("1,810t", 1810, "t", 1809.5, 1810.5), True),
])
def test_measures_compare_across_units(x, y, conflict):
    from daejo.models import Value

    def value(text, v, unit, low, high):
        return Value(kind="quantity", text=text, start=0, end=len(text), value=v, unit=unit, bound="exact", low=low, high=high)

    a = claim("a", None, "~부지면적", value(*x))
    b = claim("b", None, "~부지면적", value(*y))
    assert _cmp(*_sides(a, b)).conflict is conflict
