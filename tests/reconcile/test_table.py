"""Table of the comparison semantics (docs/design.md, "Comparison semantics") on hand-made claims."""

from __future__ import annotations

import pytest

from daejo.reconcile import reconcile
from .factory import EOK, article, claim, money, num, when

E = "모델A"


def _run(a_claims, b_claims, pub_a="2022", pub_b="2022"):
    a_claims, b_claims = _with_target(a_claims), _with_target(b_claims)
    return reconcile([article("a", a_claims, published=pub_a), article("b", b_claims, published=pub_b)], [])


def _with_target(claims):
    """A deadline is a target's deadline: add the target (1000명) it belongs to."""
    if claims and claims[0].attribute == "target_deadline":
        c = claims[0]
        target = num("1000명", 1000, unit="명")
        return [*claims, claim(c.article, c.entity, "target_count", target, modality=c.modality, start=20)]
    return claims


def _summary(findings):
    return sorted((f.rule, f.severity) for f in findings)


CASES = [
    pytest.param(
        claim("a", E, "parameter_count", num("1750억 개", 1750 * EOK, 1749.5 * EOK, 1750.5 * EOK)),
        claim("b", E, "parameter_count", num("1천750억 개", 1750 * EOK, 1749.5 * EOK, 1750.5 * EOK)),
        [], id="1750억 vs 1천750억 quiet"),
    pytest.param(
        claim("a", "그룹", "investment_amount", money("2000억원", 2000 * EOK, 1999.5 * EOK, 2000.5 * EOK)),
        claim("b", "그룹", "investment_amount", money("2천여억원", 2000 * EOK, 2000 * EOK, 3000 * EOK, bound="at_least")),
        [], id="2000억 vs 2천여억 quiet"),
    pytest.param(
        claim("a", E, "parameter_count", num("6000억개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK)),
        claim("b", E, "parameter_count", num("약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, bound="approx")),
        [("value-mismatch", "error")], id="6000억 vs 약 3000억 error"),
    pytest.param(
        claim("a", "연구원", "founded_date", when("2020년말", "2020-10-01", "2021-01-01", grain="part_of_month")),
        claim("b", "연구원", "founded_date", when("2020년 12월 7일", "2020-12-07", "2020-12-08")),
        [], id="2020년말 contains 2020년 12월 7일 quiet"),
    pytest.param(
        claim("a", "연합", "launch_date", when("올해 초", "2022-01-01", "2022-04-01", grain="month")),
        claim("b", "연합", "launch_date", when("2021년", "2021-01-01", "2022-01-01", grain="year")),
        [("time-mismatch", "error")], id="올해 초 (2022) vs 2021 error"),
    pytest.param(
        claim("a", "연구원", "headcount", num("70여 명", 70, 70, 80, unit="명"), as_of=("2020-01-01", "2021-01-01")),
        claim("b", "연구원", "headcount", num("250여 명", 250, 250, 260, unit="명"), as_of=("2022-10-01", "2023-01-01")),
        [], id="headcount 70 (2020) vs 250 (2022) quiet"),
    pytest.param(
        claim("a", "연구원", "headcount", num("70명", 70, unit="명"), as_of=("2022-01-01", "2023-01-01")),
        claim("b", "연구원", "headcount", num("250명", 250, unit="명"), as_of=("2022-06-01", "2022-07-01")),
        [("value-mismatch", "error")], id="headcount with overlapping as_of error"),
    pytest.param(
        claim("a", "그룹", "investment_amount", money("6천억원", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK), modality="planned", qualifier="연구개발"),
        claim("b", "그룹", "investment_amount", money("3000억원", 3000 * EOK, 2999.5 * EOK, 3000.5 * EOK), qualifier="연구개발"),
        [("plan-divergence", "info")], id="plan 6천억 vs outcome 3000억 info"),
    pytest.param(
        claim("a", "그룹", "target_deadline", when("2030년까지", None, "2031-01-01", grain="year", role="deadline"), modality="planned"),
        claim("b", "그룹", "target_deadline", when("3년 안에", "2021-01-01", "2024-01-01", grain="year", role="deadline"), modality="planned"),
        [("time-mismatch", "warning")], id="deadline 2030년까지 vs 3년 안에 (2021) warning"),
    pytest.param(
        claim("a", "그룹", "target_deadline", when("2024년까지", None, "2025-01-01", grain="year", role="deadline")),
        claim("b", "그룹", "target_deadline", when("3년 안에", "2021-01-01", "2024-01-01", grain="year", role="deadline")),
        [], id="deadline 2024년까지 vs 3년 안에 quiet"),
    pytest.param(
        claim("a", "그룹", "investment_amount", money("6천억원", 6000 * EOK)),
        claim("b", "그룹", "investment_amount", money("3000억원", 3000 * EOK)),
        [], id="two different investments of one group are not one fact"),
    pytest.param(
        claim("a", E, "parameter_count", num("6000억개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK), modality="negated"),
        claim("b", E, "parameter_count", num("약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, bound="approx")),
        [], id="negated claim is not a fact"),
    pytest.param(
        claim("a", E, "parameter_count", num("6000억개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK), modality="hedged"),
        claim("b", E, "parameter_count", num("약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, bound="approx")),
        [("value-mismatch", "warning")], id="hedged side caps at warning"),
    pytest.param(
        claim("a", E, "parameter_count", num("6000억개", 6000 * EOK), modality="forecast"),
        claim("b", E, "parameter_count", num("3000억개", 3000 * EOK), modality="forecast"),
        [("value-mismatch", "warning")], id="two forecasts that differ: warning"),
    pytest.param(
        claim("a", "연합", "launch_date", when("올해 초", None, None, unresolved=True)),
        claim("b", "연합", "launch_date", when("2021년", "2021-01-01", "2022-01-01", grain="year")),
        [], id="unresolved time never compared"),
    pytest.param(
        claim("a", None, "parameter_count", num("6000억개", 6000 * EOK)),
        claim("b", None, "parameter_count", num("3000억개", 3000 * EOK)),
        [], id="entity unknown skipped"),
    pytest.param(
        claim("a", E, "parameter_count", num("6000억개", 6000 * EOK)),
        claim("b", E, "training_data_size", num("3000억개", 3000 * EOK)),
        [], id="different attributes never compared"),
    pytest.param(
        claim("a", E, "parameter_count", num("1000억개", 1000 * EOK)),
        claim("b", E, "parameter_count", num("1040억개", 1040 * EOK)),
        [("value-mismatch", "error")], id="a small gap between two asserted figures is an error"),
]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_comparison_table(a, b, expected):
    assert _summary(_run([a], [b])) == expected


def test_age_45_in_2021_matches_birth_1976():
    age = claim("a", "홍길동", "age", num("45", 45, unit="세"))
    birth = claim("b", "홍길동", "birth_year", when("1976년생", "1976-01-01", "1977-01-01", grain="year", role="birth"))
    assert _run([age], [birth], pub_a="2021") == []


def test_age_45_in_2021_does_not_match_birth_1970():
    age = claim("a", "홍길동", "age", num("45", 45, unit="세"))
    birth = claim("b", "홍길동", "birth_year", when("1970년생", "1970-01-01", "1971-01-01", grain="year", role="birth"))
    assert _summary(_run([age], [birth], pub_a="2021")) == [("age-birth-mismatch", "error")]
