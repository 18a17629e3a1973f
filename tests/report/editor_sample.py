"""A checked article against stored ones, for the editors' page tests (invented text).

`dongbang-new` is the article being checked; `alpha`, `beta` and `gamma` are stored
(ledger) articles of the same story. They disagree on when the lab was founded (a
month, a quarter and a day), on a parameter count (exact vs `약 3000억 개`), and an
unrelated stored article (`sports`) carries a birth year the extractor called a plan
and an open bound (`120만 명 이상`).
"""

from __future__ import annotations

from daejo.models import ArticleClaims, Claim, Finding, TimeValue, Value
from tests.htmlreport.sample import _claim, _side

EOK = 100_000_000


def quantity(text: str, n, unit="개", bound="exact", low=None, high=None, kind="quantity") -> Value:
    return Value(kind=kind, text=text, start=0, end=len(text), value=n, unit=unit, bound=bound,
                 low=n if low is None else low, high=n if high is None else high)


def time(text: str, start: str, end: str, grain: str, role: str = "point") -> Value:
    return Value(kind="time", text=text, start=0, end=len(text),
                 time=TimeValue(start=start, end=end, grain=grain, role=role))


def _article(article: str, outlet: str, published: str, claims: list[Claim], story: str | None = "lab-founding",
             title: str | None = None) -> ArticleClaims:
    return ArticleClaims(article=article, path=f"fixtures/{article}.md", title=title or f"{outlet} 기사",
                         outlet=outlet, published=published, body_sha256="0" * 64, claims=claims,
                         story=story, story_name="누리랩 설립과 누리온" if story else None)


def build() -> tuple[list[Finding], list[ArticleClaims], list[str]]:
    """Findings, every article's claims, and the ids of the checked articles."""
    new_f = _claim("dongbang-new", "n-f", "nurilab", "founded_date", "2021년 12월 설립된 누리랩은 AI 연구소다.",
                   "2021년 12월", time("2021년 12월", "2021-12-01", "2022-01-01", "month"), ("2023-06-15", "2023-06-16"))
    new_p = _claim("dongbang-new", "n-p", "nurion", "parameter_count", "누리온의 파라미터는 6000억 개다.", "6000억 개",
                   quantity("6000억 개", 6000 * EOK), ("2023-06-15", "2023-06-16"))
    a_f = _claim("alpha", "a-f", "nurilab", "founded_date", "누리랩은 2020년 12월 7일 문을 열었다.", "2020년 12월 7일",
                 time("2020년 12월 7일", "2020-12-07", "2020-12-08", "day"), ("2023-03-23", "2023-03-24"))
    a_p = _claim("alpha", "a-p", "nurion", "parameter_count", "누리온의 파라미터는 약 3000억 개다.", "약 3000억 개",
                 quantity("약 3000억 개", 3000 * EOK, bound="approx", low=2700 * EOK, high=3300 * EOK), ("2023-03-23", "2023-03-24"))
    b_f = _claim("beta", "b-f", "nurilab", "founded_date", "누리랩은 2020년 4분기에 세워졌다.", "2020년 4분기",
                 time("2020년 4분기", "2020-10-01", "2021-01-01", "quarter"), ("2021-05-17", "2021-05-18"))
    b_s = _claim("beta", "b-s", "nurilab", "revenue", "누리랩 매출은 1조 2000억원이었다.", "1조 2000억원",
                 quantity("1조 2000억원", 12000 * EOK, unit="KRW", kind="money"), ("2020-01-01", "2021-01-01"))
    g_s = _claim("gamma", "g-s", "nurilab", "revenue", "누리랩 매출은 1조 5000억원으로 늘었다.", "1조 5000억원",
                 quantity("1조 5000억원", 15000 * EOK, unit="KRW", kind="money"), ("2021-01-01", "2022-01-01"))
    g_u = _claim("gamma", "g-u", "nurilab", "revenue", "해외 매출은 9억 달러였다.", "9억 달러",
                 quantity("9억 달러", 9 * EOK, unit="USD", kind="money"), ("2021-01-01", "2022-01-01"))
    s_b = _claim("sports", "s-b", "kim-minjun", "birth_year", "1996년생인 김민준은 올해 10골을 넣겠다고 했다.", "1996년생",
                 time("1996년생", "1996-01-01", "1997-01-01", "year", role="birth"), ("2023-05-14", "2023-05-15"),
                 modality="planned")
    s_v = _claim("sports", "s-v", "seohae", "attendance", "관중은 120만 명 이상이었다.", "120만 명 이상",
                 quantity("120만 명 이상", 1_200_000, unit="명", bound="at_least", low=1_200_000, high=None),
                 ("2023-01-01", "2024-01-01"))
    new = _article("dongbang-new", "동방일보", "2023-06-15T10:00:00+09:00", [new_f, new_p])
    alpha = _article("alpha", "한결일보", "2023-03-23T11:20:00+09:00", [a_f, a_p])
    beta = _article("beta", "한빛일보", "2021-05-17", [b_f, b_s])
    gamma = _article("gamma", "새누리경제", "2022-02-10", [g_s, g_u])
    sports = _article("sports", "스포츠누리", "2023-05-14", [s_b, s_v], story=None)
    founded = Finding(
        id="aaaa00000001", rule="time-mismatch", code="DJ102", severity="error", confidence=0.9,
        entity="nurilab", attribute="founded_date", message="설립 시점이 다릅니다", message_ko="설립 시점이 다릅니다",
        message_en="founded_date differs", reason="static", reason_ko="두 시점의 구간이 겹치지 않습니다",
        claims=[_side(new_f, new), _side(a_f, alpha), _side(b_f, beta)], entity_name="누리랩",
    )
    params = Finding(
        id="bbbb00000002", rule="value-mismatch", code="DJ101", severity="warning", confidence=0.8,
        entity="nurion", attribute="parameter_count", message="파라미터 수가 다릅니다", message_ko="파라미터 수가 다릅니다",
        message_en="parameter_count differs", reason="static", reason_ko="두 값의 범위가 겹치지 않습니다",
        claims=[_side(a_p, alpha), _side(new_p, new)], entity_name="누리온",
    )
    return [founded, params], [new, alpha, beta, gamma, sports], ["dongbang-new"]
