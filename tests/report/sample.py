"""Hand-built findings the report tests render (the articles are invented).

Four findings of three severities: a hard value conflict, a time conflict, a
plan-vs-outcome divergence whose rule the metadata does not describe, and one
whose article text is hostile to every output medium (`<script>`, `|`, `::`,
`%`, a line break, brackets, a comma and colon in the file name).
"""

from __future__ import annotations

from daejo.models import Finding, FindingSide, Interval, TimeValue, Value
from daejo.report import ReportMeta, RuleInfo

ROOT = "/srv/news"


def side(
    article: str,
    path: str,
    line: int,
    column: int,
    sentence: str,
    quote: str,
    value: Value,
    *,
    sentence_start: int = 100,
    **extra,
) -> FindingSide:
    """A side whose offsets agree with its sentence (start = sentence_start + index of quote).

    Columns are those of a file in which the sentence starts its line, except
    the first side of PARAMETERS, whose line has four characters before it.
    """
    start = sentence_start + sentence.index(quote)
    extra.setdefault("modality", "asserted")
    return FindingSide(
        article=article,
        path=path,
        line=line,
        column=column,
        start=start,
        end=start + len(quote),
        sentence=sentence,
        quote=quote,
        sentence_start=sentence_start,
        value=value,
        **extra,
    )


def quantity(text: str, value: int, unit: str, bound: str = "exact", low: int | None = None, high: int | None = None) -> Value:
    return Value(
        kind="quantity", text=text, start=0, end=len(text), value=value, unit=unit, bound=bound,
        low=value if low is None else low, high=value if high is None else high,
    )  # fmt: skip


def year(text: str, start: str, end: str, grain: str = "year") -> Value:
    return Value(kind="time", text=text, start=0, end=len(text), time=TimeValue(start=start, end=end, grain=grain))


PARAMETERS = Finding(
    id="f3a1c2d4e5b60718",
    rule="value-mismatch",
    code="DJ101",
    severity="error",
    confidence=0.92,
    entity="누리랩",
    attribute="parameter_count",
    message="매개변수 수가 기사마다 다릅니다: 6000억 개 대 3000억 개",
    message_ko="매개변수 수가 기사마다 다릅니다: 6000억 개 대 3000억 개",
    message_en="parameter_count differs between articles: 600,000,000,000 vs 300,000,000,000",
    reason="static attribute; intervals [540e9, 660e9] and [300e9, 300e9] do not overlap",
    claims=[
        side(
            "nuri-daily-launch", f"{ROOT}/기사/nuri-daily-launch.md", 7, 12,
            "누리랩은 약 6000억개의 매개변수를 갖춘 새 모델을 내놓았다.", "6000억개",
            quantity("약 6000억개", 600_000_000_000, "개", "approx", 540_000_000_000, 660_000_000_000),
            outlet="누리일보", published="2022-06-20", title="누리랩, 새 언어모델 공개",
        ),
        side(
            "hangyeol-econ-review", f"{ROOT}/기사/hangyeol-econ-review.md", 3, 19,
            "회사 측은 이 모델의 매개변수가 3000억 개라고 설명했다.", "3000억 개",
            quantity("3000억 개", 300_000_000_000, "개"),
            outlet="한결경제", published="2022-07-01", attribution="회사 측",
        ),
    ],
)  # fmt: skip

FOUNDED = Finding(
    id="0b9e8d7c6a5f4e3d",
    rule="time-mismatch",
    code="DJ102",
    severity="warning",
    confidence=0.7,
    entity="한결연구소",
    attribute="founded_date",
    message="설립 시점이 서로 다릅니다: 2019년 대 2020년 말",
    message_ko="설립 시점이 서로 다릅니다: 2019년 대 2020년 말",
    message_en="founded_date differs: 2019 vs late 2020",
    reason="time intervals [2019-01-01, 2020-01-01) and [2020-10-01, 2021-01-01) do not overlap; one side hedged",
    claims=[
        side(
            "hangyeol-econ-review", f"{ROOT}/기사/hangyeol-econ-review.md", 9, 8,
            "한결연구소는 2019년에 문을 연 것으로 알려졌다.", "2019년",
            year("2019년", "2019-01-01", "2020-01-01"), modality="hedged",
            outlet="한결경제", published="2022-07-01",
        ),
        side(
            "nuri-daily-launch", f"{ROOT}/기사/nuri-daily-launch.md", 15, 1,
            "2020년 말 설립된 한결연구소는 올해 인력을 두 배로 늘렸다.", "2020년 말",
            year("2020년 말", "2020-10-01", "2021-01-01", "part_of_month"),
            outlet="누리일보", published="2022-06-20",
            as_of=Interval(start="2022-01-01", end="2023-01-01"),
        ),
    ],
)  # fmt: skip

TARGET = Finding(
    id="5c4b3a2918f7e6d5",
    rule="plan-divergence",
    code="DJ201",
    severity="info",
    confidence=0.55,
    entity="누리랩",
    attribute="target_count",
    message="계획(1000명)과 실적(800명)이 다릅니다",
    message_ko="계획(1000명)과 실적(800명)이 다릅니다",
    message_en="planned 1000 people, reported 800",
    reason="planned vs asserted: divergence is reported as info",
    claims=[
        side(
            "nuri-daily-launch", f"{ROOT}/기사/nuri-daily-launch.md", 21, 23,
            "누리랩은 2025년까지 인공지능 전문가 1000명을 길러낼 계획이다.", "1000명",
            quantity("1000명", 1000, "명"), modality="planned", outlet="누리일보", published="2022-06-20",
        ),
        side(
            "weekly-tech-2025", f"{ROOT}/weekly/weekly-tech-2025.md", 5, 20,
            "누리랩이 지금까지 길러낸 전문가는 800명에 그쳤다.", "800명",
            quantity("800명", 800, "명"), outlet="주간테크", published="2025-12", byte_column=50,
        ),
    ],
)  # fmt: skip

HOSTILE_SENTENCE = "성장률은 <script>alert('x')</script> | 12%::였다\n[링크](http://x) 라는 `주장`이 나왔다."

HOSTILE = Finding(
    id="9d8c7b6a5e4f3a2b",
    rule="value-mismatch",
    code="DJ101",
    severity="warning",
    confidence=0.6,
    entity="<b>가짜|회사</b>",
    attribute="growth_rate",
    message="성장률이 <다릅니다> | 12%::였다\n[링크](1)",
    message_ko="성장률이 <다릅니다> | 12%::였다\n[링크](1)",
    message_en="growth_rate differs: <12%> | 15% :: see [1]",
    reason="percent values 12 and 15 do not overlap; 50% of the claims are attributed",
    claims=[
        side(
            "odd,name:1", f"{ROOT}/odd/a,b:c.md", 4, 36,
            HOSTILE_SENTENCE, "12%::였다\n[링크]",
            Value(kind="percent", text="12%", start=0, end=3, value=12, unit="%", low=12, high=12),
            attribution="익명|관계자<script>", outlet="한결,경제:온라인",
        ),
        side(
            "weekly-tech-2025", f"{ROOT}/weekly/weekly-tech-2025.md", 11, 12,
            "같은 기간 성장률은 15%였다.", "15%",
            Value(kind="percent", text="15%", start=0, end=3, value=15, unit="%", low=15, high=15),
            outlet="주간테크", published="2025-12",
        ),
    ],
)  # fmt: skip

# deliberately not in sorted order: renderers must sort
FINDINGS = [TARGET, HOSTILE, PARAMETERS, FOUNDED]

RULES = {
    "value-mismatch": RuleInfo(
        code="DJ101",
        name="value-mismatch",
        summary_ko="같은 대상의 같은 속성 값이 기사마다 다르다",
        summary_en="The same attribute of the same entity has different values",
        help="Check both sources; the intervals of the two values do not overlap.",
        url="https://example.org/daejo/rules/DJ101",
    ),
    "time-mismatch": RuleInfo(
        code="DJ102",
        name="time-mismatch",
        summary_ko="같은 사건의 시점이 기사마다 다르다",
        summary_en="The same event is dated differently",
    ),
    # plan-divergence (DJ201) is missing on purpose
}


def meta(**overrides) -> ReportMeta:
    values = {"version": "0.1.0", "articles": 4, "claims": 37, "lang": "ko", "rules": RULES, "root": ROOT}
    values.update(overrides)
    return ReportMeta(**values)
