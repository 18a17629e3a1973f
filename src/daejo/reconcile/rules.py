"""The reconciliation rules. Each is a small unit with a stable code and slug, and
a docstring showing one flagged and one quiet example (docs/rules.md is built
from these docstrings). Codes: DJ1xx value conflicts, DJ2xx plans, DJ3xx
derived checks, DJ4xx single-claim checks, DJ5xx reserved for workflow rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

from daejo.dates import DAY_GRAINS
from daejo.models import Severity
from daejo.reconcile.align import slipped_long
from daejo.reconcile.compare import Comparison, Side, published_within
from daejo.extract.attribution import JOINT
from daejo.values.time_resolve import GLOSS_ISSUE
from daejo.reconcile.intervals import as_of_interval, numbers_overlap, numeric_interval, time_interval, NumInterval

NOT_FACTS = frozenset({"negated", "question"})
PLANS = frozenset({"planned", "forecast"})
OUTCOMES = frozenset({"asserted", "hedged"})


@dataclass
class Verdict:
    """What a rule concluded about its sides; the reconciler turns it into a Finding."""

    severity: Severity
    sides: list[Side]
    why: str | None = None
    extra: dict[str, object] = field(default_factory=dict)
    reason: str = ""
    reason_ko: str = ""
    attribute: str | None = None  # the finding's attribute when not the first side's


class Rule:
    code = ""
    slug = ""
    scale = 1.0  # how far the rule trusts its inputs: confidence = min(claims) * scale


def is_fact(side: Side) -> bool:
    return side.claim.modality not in NOT_FACTS


# an attribution ending in one of these is a document (`조사 결과에 따르면`, `통계청
#발표에 따르면`), not a speaker: two documents are not two sources disagreeing
DOCUMENT_WORDS = ("결과", "발표", "자료", "보고서", "조사", "통계", "집계", "분석", "공시", "보도")


def _sources(a: Side, b: Side) -> tuple[str, str] | None:
    """Two different speakers (agencies, people) the sides are attributed to."""
    sa, sb = (a.claim.attribution or "").strip(), (b.claim.attribution or "").strip()
    if sa and sb and sa != sb and not sa.endswith(DOCUMENT_WORDS) and not sb.endswith(DOCUMENT_WORDS):
        if sa.endswith(sb) or sb.endswith(sa):
            return None  # `업계` / `IB업계`: one source, named more closely on one side
        if set(sa.split(JOINT)) & set(sb.split(JOINT)):
            return None  # `기상청` / `기상청·한국지질자원연구원`: one of them said it with another
        return sa, sb
    return None


# a claim below this confidence is a weak match (an entity or frame guessed from
# little): its conflicts are warnings
WEAK_CONFIDENCE = 0.4


def weakly_named(a: Side, b: Side) -> bool:
    """One side names what its figure is of only weakly (claim confidence under WEAK_CONFIDENCE)."""
    return min(a.claim.confidence, b.claim.confidence) < WEAK_CONFIDENCE


def _severity_and_causes(a: Side, b: Side, cmp: Comparison) -> tuple[Severity, list[tuple[str, str]]]:
    """The one severity policy (docs/rules.md, "Severity"), with its causes: it depends on
    the two claims only, never on which other articles are checked.

    - info: a forecast against anything but another plan or forecast (a forecast
      is not contradicted by a result);
    - warning: any of ``softening_causes``;
    - error: two asserted values of one fact whose intervals do not meet, whether
      or not either side cites a source.
    """
    modalities = {a.claim.modality, b.claim.modality}
    if "forecast" in modalities and not modalities <= PLANS:
        return "info", []
    causes = softening_causes(a, b, cmp)
    return ("warning" if causes else "error"), causes


def softening_causes(a: Side, b: Side, cmp: Comparison) -> list[tuple[str, str]]:
    """What makes a conflict only a warning, each in English and Korean: a hedged side
    (`추정된다`), a plan or forecast that is not a date an event is set for (two dates
    set are an error) nor one plan told twice (``_one_plan_told_twice``), a conversion,
    a weak entity or frame match, a changing figure dated only by its articles."""
    modalities = {a.claim.modality, b.claim.modality}
    causes: list[tuple[str, str]] = []
    if "hedged" in modalities:
        causes.append(("one side is hedged", "한쪽이 추정·전언입니다"))
    if modalities & PLANS and not all(_scheduled(s) for s in (a, b)) and not _one_plan_told_twice(a, b):  # `다음 달 5일 통지된다`: a date set
        causes.append(("a plan or forecast is involved", "계획·전망이 섞여 있습니다"))
    if cmp.converted:
        causes.append(("compared through a currency conversion", "환산한 금액으로 비교했습니다"))
    if weakly_named(a, b) and not cmp.strong_match:
        causes.append(("one side names its subject only weakly", "한쪽 문장이 대상을 직접 가리키지 않습니다"))
    if cmp.weak_match:
        causes.append(("the two figures' wording matches only weakly", "두 수치를 설명하는 말이 약하게만 일치합니다"))
    if cmp.birthday_between:
        causes.append(("a birthday may fall between the two articles", "두 기사 사이에 생일이 지났을 수 있습니다"))
    if cmp.staged:
        causes.append(("two stages of the figure (a proposal and the one passed, a preliminary and a final count) "
                       "that differ only by a slip of digits",
                       "안과 확정, 잠정과 확정처럼 두 단계의 수치인데 자릿수 실수만큼만 다릅니다"))
    if cmp.uncertain_time:
        causes.append(("a changing figure dated only by its articles", "바뀌는 수치인데 기사 날짜로만 시점을 알 수 있습니다"))
    return causes


def _conflict_verdict(a: Side, b: Side, cmp: Comparison) -> Verdict:
    """A value or time conflict at its severity; a warning's reason says why it is one
    (`경고인 이유: …`)."""
    severity, causes = _severity_and_causes(a, b, cmp)
    reason, reason_ko = cmp.reason, cmp.reason_ko
    if severity == "warning":
        reason += " (warning: " + "; ".join(c[0] for c in causes) + ")"
        reason_ko += " (경고인 이유: " + "; ".join(c[1] for c in causes) + ")"
    return Verdict(severity, [a, b], why=cmp.why, reason=reason, reason_ko=reason_ko)


# two articles this many days apart that give one plan (or a plan and the same thing
# stated) tell it as it was announced, not two versions of it
PLAN_TOLD_DAYS = 1


def _one_plan_told_twice(a: Side, b: Side) -> bool:
    """One plan told twice: both sides planned, or one planned and one stated
    (`청년 3천 명을 지원한다` / `3천600명을 지원할 계획이다`), in articles published within
    PLAN_TOLD_DAYS and in no words of a change. What was announced is a fact: two figures
    of it cannot both be right (a forecast, a plan to change a level, and a plan told
    again days later, perhaps revised, stay warnings)."""
    modalities = {a.claim.modality, b.claim.modality}
    if "planned" not in modalities or not modalities <= {"planned", "asserted"}:
        return False
    if CHANGE_WORDS & (set(a.claim.context) | set(b.claim.context)):
        return False  # `3천600명으로 늘릴 계획`: a plan to change a level, not the level
    return published_within(a, b, PLAN_TOLD_DAYS + 1)


def _scheduled(side: Side) -> bool:
    """A planned point in time (a date an event is set for), not a deadline or target."""
    t = side.claim.value.time
    return side.claim.value.kind == "time" and t is not None and t.role == "point"


class PlanDivergence(Rule):
    """DJ201 plan-divergence: a plan or forecast differs from the outcome reported.

    A plan is not contradicted by a different outcome reported later; the
    divergence is worth a look, so it is reported as info and never as an error,
    except for a day or an hour an event was set for: an event reported held at
    another time is a warning (schedules rarely move without a word), and for a
    figure of three digits or more that the outcome gives with two neighbouring
    digits swapped (`공동주택 1,146가구` planned, `1,416가구` built), or with its
    decimal point moved (`1억2천만원` / `1천200만원`): a warning, a slip more likely
    than a plan changed to its own digits.
    A plan and an "outcome" reported within a day are one plan told differently:
    that is a value or time mismatch (an error, unless its words are of a change).

    Flagged (info)::

        A: 올해 6천억원을 투자할 계획이다.   (planned)
        B: 지난해 투자액은 3000억원이었다.     (asserted)

    Quiet::

        A: 올해 6천억원을 투자할 계획이다.   (planned)
        B: 실제로 6000억원을 투자했다.         (asserted)
    """

    code, slug, scale = "DJ201", "plan-divergence", 0.8

    def check(self, a: Side, b: Side, cmp: Comparison) -> Verdict | None:
        ma, mb = a.claim.modality, b.claim.modality
        if not cmp.conflict:
            return None
        if ma in PLANS and mb in OUTCOMES and reported_later(b, a):
            plan, outcome = a, b
        elif mb in PLANS and ma in OUTCOMES and reported_later(a, b):
            plan, outcome = b, a
        else:
            return None
        if slipped_long(plan, outcome):
            # `공동주택 1,146가구` planned / `1,416가구` built: a plan seldom changes to its own
            # digits swapped or tenfold; one of them is mistyped (a day an event was set for
            # has its own rule, ``_divergence``)
            return Verdict("warning", [plan, outcome], why=cmp.why, reason=cmp.reason + SWAPPED_PLAN[0],
                           reason_ko=cmp.reason_ko + SWAPPED_PLAN[1])
        return Verdict(_divergence(plan), [plan, outcome], why=cmp.why, reason=cmp.reason, reason_ko=cmp.reason_ko)


# why a plan and an outcome that are one another with two neighbouring digits swapped
# are a warning, not news of a changed plan
SWAPPED_PLAN = (" (warning: the two figures differ only by a slip of digits, two neighbours swapped or "
                "the decimal point moved, more likely a slip than a changed plan)",
                " (경고인 이유: 두 수치가 이웃한 두 자리가 바뀌었거나 자릿수만 다릅니다. 계획이 바뀌었다기보다 잘못 쓴 것일 수 있습니다)")


def _divergence(plan: Side) -> Severity:
    """A target or a forecast that turned out otherwise is news, not an error (info); an
    event announced for a day or an hour and reported held at another is worth a
    look (a warning): schedules rarely move without a word."""
    t = plan.claim.value.time
    day = t is not None and t.grain in DAY_GRAINS
    return "warning" if plan.claim.modality == "planned" and _scheduled(plan) and day else "info"


# an outcome reported this soon after a plan is the same plan told differently, not
# how it turned out
OUTCOME_AFTER = timedelta(days=1)


def later_plan(a: Side, b: Side) -> bool:
    """One side is a plan or forecast to change a figure (`3분으로 줄일 계획`),
    reported at least a day after the other side stated what it is (`배차 간격은
    4분`): a plan to change a state, not a contradiction of it; unless the two differ
    only by a slip (`지방채 1,584억원` / `지방채 발행 계획은 1천548억원으로 줄었다`)."""
    ma, mb = a.claim.modality, b.claim.modality
    if ma in PLANS and mb in OUTCOMES:
        plan, stated = a, b
    elif mb in PLANS and ma in OUTCOMES:
        plan, stated = b, a
    else:
        return False
    if not CHANGE_WORDS & set(plan.claim.context):
        return False  # the same plan told again later in other words is still that plan
    if slipped_long(plan, stated):
        return False  # a change seldom lands on the other figure's digits swapped or tenfold: a slip
    return plan.header.published is not None and stated.header.published is not None and reported_later(plan, stated)


# the canonical words of a change (data/frames.yaml's synonyms make 늘리, 줄이, 확대,
# 삭감 … one of them): a plan in such words changes a level, it does not state it
CHANGE_WORDS = frozenset({"증가", "감소"})


def reported_later(outcome: Side, plan: Side) -> bool:
    """The outcome's article came out after the plan's (an unknown date counts as later)."""
    from daejo.reconcile.intervals import parse_instant

    po, pp = outcome.header.published, plan.header.published
    if not po or not pp:
        return True
    try:
        return parse_instant(po[:10]) - parse_instant(pp[:10]) >= OUTCOME_AFTER
    except ValueError:
        return True


class SourceDisagreement(Rule):
    """DJ103 source-disagreement: two named sources give a figure differently.

    Each article reports what its source said (two agencies' tolls, organisers'
    and police crowd counts), so neither article is wrong on its face; the
    finding is a warning that names both sources. One side citing a source, two
    documents (`조사 결과에 따르면`), or one source named more closely on one side
    (`업계` / `IB업계`) is no disagreement of sources: that is a value mismatch, an
    error.

    Flagged (warning)::

        A: 주최 측은 집회 참가자를 5만명으로 추산했다.   (attribution: 주최)
        B: 경찰은 참가자를 1만2천명으로 추산했다.       (attribution: 경찰)

    Quiet::

        A: 주최 측은 집회 참가자를 5만명으로 추산했다.   (attribution: 주최)
        B: 경찰도 참가자를 5만명가량으로 추산했다.       (attribution: 경찰)
    """

    code, slug, scale = "DJ103", "source-disagreement", 0.9

    def check(self, a: Side, b: Side, cmp: Comparison) -> Verdict | None:
        sources = _sources(a, b)
        if not cmp.conflict or sources is None:
            return None
        if "forecast" in (a.claim.modality, b.claim.modality):
            return None
        extra = {"source_a": sources[0], "source_b": sources[1]}
        return Verdict("warning", [a, b], why=cmp.why, extra=extra, reason=cmp.reason, reason_ko=cmp.reason_ko)


class ValueMismatch(Rule):
    """DJ101 value-mismatch: two numbers for the same fact whose intervals do not overlap.

    Each number is an interval from its bound and written precision (`약 3000억`
    is ±10%, `2천여억` is [2000억, 3000억)), widened by the attribute's
    tolerance. Time-varying attributes are compared only when their as_of
    intervals overlap. A hedged side, a plan, or a side attributed to a quoted
    person or an unnamed source makes it a warning; an organisation's own
    statement on the record (`LG 측은 … 밝혔다`) is its official figure and
    does not. One number written as a percent on one side and as a percentage
    point on the other (`0.5%p 올린` / `0.5% 올린`) is one figure with its unit
    wrong, whatever else its words say.

    Flagged (error)::

        A: 이 모델의 파라미터는 6000억 개다.
        B: 이 모델의 파라미터는 약 3000억 개다.

    Quiet::

        A: 2천여억원을 투자한다.
        B: 2000억원을 투자한다.
    """

    code, slug, scale = "DJ101", "value-mismatch", 1.0

    def check(self, a: Side, b: Side, cmp: Comparison) -> Verdict | None:
        if not cmp.conflict or cmp.why not in ("numeric", "percent_point", "score"):
            return None
        return _conflict_verdict(a, b, cmp)


class TimeMismatch(Rule):
    """DJ102 time-mismatch: two dates for the same event whose intervals do not overlap.

    Times are half-open intervals resolved against the publication date;
    unresolved times are never compared. Deadlines compare their end points.

    Flagged (error)::

        A: (2022년 기사) 올해 초 연합체가 출범했다.   → [2022-01-01, 2022-04-01)
        B: 연합체는 2021년 출범했다.                 → [2021-01-01, 2022-01-01)

    Quiet::

        A: 2020년말 연구원을 설립했다.
        B: 연구원은 2020년 12월 7일 설립됐다.
    """

    code, slug, scale = "DJ102", "time-mismatch", 1.0

    def check(self, a: Side, b: Side, cmp: Comparison) -> Verdict | None:
        if not cmp.conflict or cmp.why not in ("time", "deadline"):
            return None
        return _conflict_verdict(a, b, cmp)


class WeekdayMismatch(Rule):
    """DJ104 weekday-mismatch: one calendar day is given two weekdays in one story.

    Two articles of one story that write one day with different weekdays cannot both be
    right, whatever event each dates.

    The weekday is read from the date (`25일(목)`, `25일 목요일`) or just before it
    (`토요일인 17일`); the finding says which one the calendar gives.

    Flagged (error)::

        A (2026-06-25): 법안은 25일(목) 본회의를 통과했다.
        B (2026-06-26): 의장은 지난 25일(수) 오후 가결을 선포했다.

    Quiet::

        A (2026-06-25): 법안은 25일(목) 본회의를 통과했다.
        B (2026-06-26): 목요일인 25일 본회의에서 가결됐다.
    """

    code, slug, scale = "DJ104", "weekday-mismatch", 1.0

    def check(self, a: Side, b: Side) -> Verdict | None:
        day = calendar_day(a)
        if day is None or day != calendar_day(b):
            return None
        wa, wb = written_weekday(a), written_weekday(b)
        if wa is None or wb is None or wa == wb:
            return None
        names = _weekday_names()
        actual = names[day.weekday()]
        extra = {"day": day.isoformat(), "actual": actual}
        hedged = {a.claim.modality, b.claim.modality} & {"hedged", "forecast"}
        reason = f"{day.isoformat()} written as {names[wa]}요일 and {names[wb]}요일; the calendar gives {actual}요일"
        reason_ko = f"같은 날({day.isoformat()})을 {names[wa]}요일과 {names[wb]}요일로 적었습니다. 달력으로는 {actual}요일입니다"
        return Verdict("warning" if hedged else "error", [a, b], extra=extra, reason=reason, reason_ko=reason_ko,
                       attribute="weekday")


@lru_cache(maxsize=1)
def _weekday_names() -> tuple[str, ...]:
    """월 … 일 (the values stage's time lexicon), Monday first."""
    from daejo.values.time_lexicon import default_lexicon

    return tuple(default_lexicon().data["weekdays"])


@lru_cache(maxsize=1)
def _weekday_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a weekday in a date, `(수)`, `수요일`: the time grammar's own pattern; one right
    before it: `토요일인 `)."""
    from daejo.values.time_lexicon import default_lexicon

    letters = "".join(_weekday_names())
    return default_lexicon().patterns.weekday, re.compile(rf"([{letters}])요일(?:인|이던|이었던)\s*$")


def calendar_day(side: Side):
    """The one calendar day a time claim names (a day or a time of day on it), else None."""
    t = side.claim.value.time
    if side.claim.value.kind != "time" or t is None or t.start is None or t.grain not in ("day", "hour", "minute", "second"):
        return None
    interval = time_interval(t)
    if interval is None or interval.end - interval.start > timedelta(days=1):
        return None
    return interval.start.date()


def written_weekday(side: Side) -> int | None:
    """The weekday written with a date (0 Monday): in it (`25일(수)`, `25일 수요일`) or
    right before it (`토요일인 17일`)."""
    within, before_it = _weekday_patterns()
    claim = side.claim
    found = within.search(claim.value.text)
    if found is None:
        ev = claim.evidence
        found = before_it.search(ev.sentence[: max(0, ev.start - ev.sentence_start)])
        if found is None:
            return None
        letter = found[1]
    else:
        letter = found[1] or found[2]
    return _weekday_names().index(letter)


class AgeBirthMismatch(Rule):
    """DJ301 age-birth-mismatch: a person's age does not fit their birth year.

    The age holds at its as_of (else the publication year); it may be that year
    minus the birth year, one less (birthday not yet reached) or one more
    (Korean age).

    Flagged (error)::

        A: (2021년 기사) 홍길동(45) 대표는 …
        B: 홍길동 대표는 1970년생이다.

    Quiet::

        A: (2021년 기사) 홍길동(45) 대표는 …
        B: 홍길동 대표는 1976년생이다.
    """

    code, slug, scale = "DJ301", "age-birth-mismatch", 0.9

    def check(self, age: Side, birth: Side) -> Verdict | None:
        years = reference_years(age)
        born = time_interval(birth.claim.value.time)
        stated = numeric_interval(age.claim.value)
        if years is None or born is None or stated is None:
            return None
        born_first, born_last = born.start.year, (born.end - timedelta(microseconds=1)).year
        expected = NumInterval(years[0] - born_last - 1, years[1] - born_first + 1)
        if numbers_overlap(stated, expected):
            return None
        age_text = _whole(age.claim.value.value)
        low_birth = years[0] - int(stated.high or stated.low or 0) - 1
        high_birth = years[1] - int(stated.low or stated.high or 0)
        extra = {
            "year": str(years[0]) if years[0] == years[1] else f"{years[0]}~{years[1]}",
            "age": age_text,
            "expected": f"{low_birth}~{high_birth}",
        }
        severity: Severity = "error"
        if {age.claim.modality, birth.claim.modality} & {"hedged", "planned", "forecast"}:
            severity = "warning"
        reason = (
            f"derived age = year - birth year (-1, +1 Korean age): age {_whole(stated.low)}-{_whole(stated.high)}"
            f" in {extra['year']} needs birth {extra['expected']}, stated {born_first}"
            + ("" if born_first == born_last else f"-{born_last}")
        )
        reason_ko = (
            f"나이와 출생 연도가 맞지 않습니다: {extra['year']}년에 {_whole(stated.low)}~{_whole(stated.high)}세이면"
            f" {extra['expected']}년생이어야 하는데 {born_first}"
            + ("" if born_first == born_last else f"~{born_last}") + "년생으로 적혀 있습니다"
        )
        return Verdict(severity, [age, birth], extra=extra, reason=reason, reason_ko=reason_ko, attribute="birth_year")


def reference_years(age: Side) -> tuple[int, int] | None:
    """The years an age claim holds in: its as_of, else the publication year."""
    interval = as_of_interval(age.claim.as_of)
    if interval is not None:
        return interval.start.year, (interval.end - timedelta(microseconds=1)).year
    published = age.header.published or ""
    if len(published) >= 4 and published[:4].isdigit():
        year = int(published[:4])
        return year, year
    return None


def _whole(x: object) -> str:
    if x is None:
        return "?"
    f = float(x)  # type: ignore[arg-type]
    return str(int(f)) if f.is_integer() else str(f)


class SuspiciousNumber(Rule):
    """DJ401 suspicious-number: a number written in a form that cannot be right.

    The values stage marks malformed numerals (`3조6000조`: a larger unit after
    a smaller one) as suspicious instead of computing a value, and a day word
    glossed by another date (`내일(10일)` in an article of the 7th), and a date whose
    written weekday is not the calendar's (`25일(수)` of a Thursday, `토요일인 17일` of
    a Friday); the claim is reported once, as info, for a person to check against the
    source.

    Flagged (info)::

        A: 시장 규모는 3조6000조원에 이른다.
        A (published the 7th): 추경안은 내일(10일) 국회에 제출된다.
        A (2026-06-26): 의장은 지난 25일(수) 가결을 선포했다.

    Quiet::

        A: 시장 규모는 3조6000억원에 이른다.
    """

    code, slug, scale = "DJ401", "suspicious-number", 0.7

    def check(self, side: Side) -> Verdict | None:
        issues = [i for i in side.claim.value.issues if "suspicious" in i or i.startswith(GLOSS_ISSUE)]
        issues += _calendar_issues(side)
        if not issues:
            return None
        dated = all(i.startswith((GLOSS_ISSUE, "weekday-mismatch:")) for i in issues)  # `내일(10일)`: two dates that disagree
        extra = {"quote": side.claim.evidence.quote or side.claim.value.text, "issues": "; ".join(issues),
                 "what_ko": "날짜" if dated else "숫자", "what_en": "date" if dated else "number"}
        reason = f"value {side.claim.value.text!r} flagged by the values stage: {'; '.join(issues)}"
        reason_ko = f"수치 표기 점검에서 걸린 값 '{side.claim.value.text}': {'; '.join(issues)}"
        return Verdict("info", [side], extra=extra, reason=reason, reason_ko=reason_ko)


def _calendar_issues(side: Side) -> list[str]:
    """`weekday-mismatch: …` when the weekday written with a date is not the calendar's."""
    written = written_weekday(side)
    day = calendar_day(side) if written is not None else None
    if day is None or day.weekday() == written:
        return []
    names = _weekday_names()
    return [f"weekday-mismatch: {day.isoformat()} is {names[day.weekday()]}요일, not {names[written]}요일"]


def is_suspicious(side: Side) -> bool:
    return any("suspicious" in issue for issue in side.claim.value.issues)


# order matters: the first pair rule that fires names the finding
VALUE_MISMATCH = ValueMismatch()
PAIR_RULES: tuple[Rule, ...] = (PlanDivergence(), SourceDisagreement(), VALUE_MISMATCH, TimeMismatch())
AGE_BIRTH = AgeBirthMismatch()
WEEKDAY = WeekdayMismatch()
SUSPICIOUS = SuspiciousNumber()
ALL_RULES: tuple[Rule, ...] = (*PAIR_RULES, WEEKDAY, AGE_BIRTH, SUSPICIOUS)


def rule_by_name(name: str) -> Rule | None:
    """A rule by slug or code (``value-mismatch`` or ``DJ101``)."""
    for rule in ALL_RULES:
        if name in (rule.slug, rule.code) or name.upper() == rule.code:
            return rule
    return None
