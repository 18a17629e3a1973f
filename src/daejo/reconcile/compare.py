"""Comparing two claims of one (entity, attribute) group by the attribute's policy.

``compare_pair`` says whether two claims are comparable at all and, if so,
whether their normalised values conflict and why (the ``reason`` a finding
shows). Modality is left to the rules: this module only knows about values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from daejo.dates import CLOCK_GRAINS, has_day
from daejo.models import ArticleClaims, Claim, Value
from daejo.reconcile.intervals import (
    NumInterval,
    TimeInterval,
    as_of_interval,
    deadline_end,
    deadlines_agree,
    format_instant,
    format_numeric,
    format_time,
    is_marginal,
    numbers_overlap,
    numeric_interval,
    parse_instant,
    time_interval,
)
from daejo.reconcile.policy import AttributePolicy
from daejo.values.intervals import precision_interval, rounded_precision
from daejo.values.lexicon import load_lexicon

# the entity of a claim about its story's event (daejo.stories.STORY_PREFIX)
STORY_PREFIX = "story:"

PLANS = frozenset({"planned", "forecast"})

# a converted amount (`1억 달러(약 1천127억원)`) carries the rounding of the
# conversion itself: widen it by this much on top of the attribute tolerance
CONVERSION_SLACK = 0.10
# the converted amount follows the original within this many characters
CONVERSION_GAP = 3


@dataclass(frozen=True)
class Side:
    """A claim with the header of the article it comes from."""

    claim: Claim
    header: ArticleClaims
    is_new: bool = True
    # attributed to an organisation speaking on the record (`LG 측은 … 밝혔다`):
    # its official figure, not hearsay, so the attribution does not soften
    on_record: bool = False
    # the entity's display name (`EXAONE` for the id `exaone`), for messages
    entity_name: str | None = None
    # the display name of whom the claim is attributed to (`LG` for `lg-group`)
    attribution_name: str | None = None
    # the story's event (`story:…`), when the claim is about an event and names no entity
    story: str | None = None
    # `story:…/` before an unregistered entity: the name is compared within its story
    scope: str = ""
    # a catalogue fact its article gives more than one value of (two segments'
    # revenue): paired by alignment within its story, not by its key
    ambiguous: bool = False

    @property
    def entity(self) -> str | None:
        """The claim's entity (within its story when unregistered), else its story's event."""
        return self.scope + self.claim.entity if self.claim.entity is not None else self.story

    @property
    def hearsay(self) -> bool:
        """Attributed to a person, an unnamed or an unknown source."""
        return bool(self.claim.attribution) and not self.on_record


@dataclass(frozen=True)
class Comparison:
    conflict: bool
    reason: str
    reason_ko: str = ""  # the same in Korean, for an editor's report
    why: str = "numeric"  # message key: numeric | time | deadline | percent_point | score
    marginal: bool = False
    converted: bool = False
    # a changing count compared at the publication times only (no report time given)
    uncertain_time: bool = False
    # two figures aligned by a few shared words only (reconcile.align)
    weak_match: bool = False
    # two figures aligned by many shared words (reconcile.align): their words say what
    # they are of, whatever names the sentences give
    strong_match: bool = False
    # one person's ages a year apart, the later article's older: a birthday may fall between
    birthday_between: bool = False
    # two stages of a figure (a proposal and the one passed, a preliminary and a final
    # count) that differ only by a slip of its digits
    staged: bool = False


@dataclass
class Conversions:
    """Exchange rates that articles state themselves, by article id."""

    rates: dict[str, dict[tuple[str, str], float]] = field(default_factory=dict)

    def rate(self, articles: tuple[str, ...], source: str, target: str) -> float | None:
        for article in articles:
            found = self.rates.get(article, {}).get((source, target))
            if found is not None:
                return found
        return None


def find_conversions(articles: list[ArticleClaims]) -> Conversions:
    """Rates from adjacent money claims in different currencies (`1억 달러(약 1천127억원)`)."""
    found = Conversions()
    for article in articles:
        money = sorted((c for c in article.claims if _is_money(c.value)), key=lambda c: c.evidence.start)
        for first, second in zip(money, money[1:]):
            rate = _stated_rate(first, second)
            if rate is None:
                continue
            table = found.rates.setdefault(article.article, {})
            table[(first.value.unit, second.value.unit)] = rate  # type: ignore[index]
            table[(second.value.unit, first.value.unit)] = 1.0 / rate  # type: ignore[index]
    return found


def _is_money(value: Value) -> bool:
    return value.kind == "money" and value.value is not None and value.unit is not None


def _stated_rate(first: Claim, second: Claim) -> float | None:
    if first.value.unit == second.value.unit:
        return None
    gap = second.evidence.start - first.evidence.end
    if not 0 <= gap <= CONVERSION_GAP or not first.value.value:
        return None
    return float(second.value.value) / float(first.value.value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- as_of


def as_of_comparable(a: Side, b: Side, policy: AttributePolicy) -> bool:
    """Time-varying attributes are compared only when their as_of intervals overlap
    (flows over a period: only the same explicit period)."""
    if not policy.varies:
        return True
    ia, ib = _as_of(a, policy), _as_of(b, policy)
    if ia is None or ib is None:
        return False
    if policy.period:
        # a flow over a period: the same period written out, or two same-day reports
        # of one (`매출이 9.6% 늘었다` in two articles of the results day)
        explicit = a.claim.as_of_source == b.claim.as_of_source == "explicit"
        dated = a.claim.as_of_source == b.claim.as_of_source == "published"
        # the period a results article reports on (`2분기 실적` in its headline or lead):
        # two such reports of a few days apart are of one release; weeks apart, the
        # preliminary and the final figures may differ without a word saying which is which
        reported = (
            "report" in (a.claim.as_of_source, b.claim.as_of_source)
            and {a.claim.as_of_source, b.claim.as_of_source} <= {"explicit", "report"}
            and published_within(a, b, REPORTED_DAYS)
        )
        # a change over one day named in one and the day the other came out (`17일 …
        # 1.86% 오르며` / `하루 새 1.7% 상승` in an article of the 17th): that day's change
        one_day = (
            policy.change and {a.claim.as_of_source, b.claim.as_of_source} == {"explicit", "published"}
            and one_day_as_of(a, b)
        )
        return ((explicit or reported) and ia == ib) or one_day or (dated and ia.overlaps(ib))
    return ia.overlaps(ib)


def one_day_as_of(a: Side, b: Side) -> bool:
    """The two claims hold for the same one day (or less), however each came by it."""
    if a.claim.as_of is None or a.claim.as_of != b.claim.as_of:
        return False
    interval = as_of_interval(a.claim.as_of)
    return interval is not None and interval.end - interval.start <= timedelta(days=1)


# results articles this many days apart, each dated only by the period it reports on,
# report one release of figures
REPORTED_DAYS = 3


def published_before(a: Side, b: Side) -> bool:
    """``a``'s article came out on an earlier day than ``b``'s."""
    pa, pb = a.header.published, b.header.published
    return bool(pa and pb and pa[:10] < pb[:10])


def published_at(side: Side) -> datetime | None:
    """When the side's article came out (Korean time, naive), if its day is known."""
    text = side.header.published or ""
    if len(text) < 10:
        return None
    try:
        return parse_instant(text)
    except ValueError:
        return None


def published_within(a: Side, b: Side, days: int) -> bool:
    """The two sides' articles came out less than ``days`` apart."""
    pa, pb = a.header.published, b.header.published
    if not pa or not pb or len(pa) < 10 or len(pb) < 10:
        return False
    try:
        gap = abs(date.fromisoformat(pa[:10]) - date.fromisoformat(pb[:10]))
    except ValueError:
        return False
    return gap < timedelta(days=days)


# a count that grows (casualties) dated only to the day holds at the moment the
# article was published: narrow it to this much from that moment
GROWTH_MOMENT = timedelta(minutes=1)
# a changing figure (a typhoon's pressure, the missing) dated only by its article:
# two articles this close in time report it at the same moment
CHANGING_MOMENT = timedelta(hours=3)


def _as_of(side: Side, policy: AttributePolicy) -> TimeInterval | None:
    claim = side.claim
    interval = as_of_interval(claim.as_of)
    if interval is not None and policy.as_of_slack_days:
        slack = timedelta(days=policy.as_of_slack_days)
        interval = TimeInterval(interval.start - slack, interval.end + slack)
    # a plan or forecast dated by its article is about then or later
    if claim.modality in PLANS and claim.as_of_source != "explicit" and interval is not None:
        return TimeInterval(interval.start, datetime.max)
    # no as_of at all (`지난 시즌 14골`: an unnamed past) stays unknown; a count that
    # grows, dated to its day or more, holds at the moment its article went out; a
    # figure of a developing event that changes, dated only by its article, around it
    changing = policy.varies and policy.event and not policy.as_of_slack_days and claim.as_of_source == "published"
    if policy.grows or changing:
        moment = _published_moment(side.header.published)
        if moment is not None and interval is not None and _day_or_more_around(interval, moment):
            window = GROWTH_MOMENT if policy.grows else CHANGING_MOMENT
            return TimeInterval(moment - window, moment + window)
        if policy.grows and moment is not None and interval is not None and _whole_day_before(interval, moment):
            # `11일 … 병원 이송자는 19명` in the next morning's paper: the day's count as it
            # stood when the day was over, later than any hour of that day
            return TimeInterval(interval.end - GROWTH_MOMENT, interval.end)
    return interval


def report_order(a: Side, b: Side, policy: AttributePolicy) -> tuple[Side, Side] | None:
    """(earlier, later) by the times two counts hold at, when those do not overlap."""
    ia, ib = _as_of(a, policy), _as_of(b, policy)
    if ia is None or ib is None or ia.overlaps(ib):
        return None
    return (a, b) if ia.start < ib.start else (b, a)


def days_between(earlier: Side, later: Side, policy: AttributePolicy) -> int | None:
    """Whole days from the start of the time one count holds at to the other's."""
    ie, il = _as_of(earlier, policy), _as_of(later, policy)
    return None if ie is None or il is None else (il.start - ie.start).days


def fell(earlier: Side, later: Side) -> bool:
    """The later count lies wholly below the earlier one."""
    ie, il = numeric_interval(earlier.claim.value), numeric_interval(later.claim.value)
    return ie is not None and il is not None and not numbers_overlap(ie, il) and il.high is not None and ie.low is not None and il.high <= ie.low


def report_time_text(side: Side, policy: AttributePolicy) -> str:
    interval = _as_of(side, policy)
    return format_instant(interval.start) if interval is not None else "?"


def _published_moment(published: str | None) -> datetime | None:
    if not published or "T" not in published:
        return None
    try:
        return parse_instant(published)
    except ValueError:
        return None


def _day_or_more_around(interval: TimeInterval, moment: datetime) -> bool:
    """An as_of no finer than a day that contains the publication moment: the
    count is the latest one known when the article went out (`오후 2시 현재`
    as an explicit hour keeps its own interval)."""
    return interval.end - interval.start >= timedelta(days=1) and interval.start <= moment < interval.end


def _whole_day_before(interval: TimeInterval, moment: datetime) -> bool:
    """An as_of of one whole day that was over when the article went out."""
    return interval.end - interval.start == timedelta(days=1) and interval.end <= moment


# --------------------------------------------------------------------------- values


def compare_pair(a: Side, b: Side, policy: AttributePolicy, conversions: Conversions) -> Comparison | None:
    """None when the two values cannot be compared (different kinds, units, unresolved)."""
    va, vb = a.claim.value, b.claim.value
    if va.kind == "time" or vb.kind == "time":
        if va.kind != vb.kind:
            return None
        return _compare_times(va, vb, policy)
    if va.kind == "score" or vb.kind == "score":
        return _compare_scores(va, vb, policy) if va.kind == vb.kind else None
    return _compare_numbers(a, b, policy, conversions)


def same_score(va: Value, vb: Value) -> bool:
    """Two scores hold the same two numbers (a score's low and high are its sides' points)."""
    return (va.low, va.high) == (vb.low, vb.high)


def _compare_scores(va: Value, vb: Value, policy: AttributePolicy) -> Comparison:
    """Two scores of one game agree when they hold the same two numbers, whichever side
    each writes first (`86-81로 이겼다` / `81-86으로 졌다`)."""
    if same_score(va, vb):
        return Comparison(conflict=False, reason="", why="score")
    shown = f"{va.text} ↔ {vb.text}"
    return Comparison(conflict=True, reason=f"score {policy.id}: {shown}",
                      reason_ko=f"두 점수가 다릅니다: {shown} ({_kind_word_ko(policy)})", why="score")


def _compare_times(va: Value, vb: Value, policy: AttributePolicy) -> Comparison | None:
    ta, tb = va.time, vb.time
    if ta is None or tb is None or ta.unresolved or tb.unresolved:
        return None
    if " ".join(va.text.split()) == " ".join(vb.text.split()):
        # `31일 오후 3시` / `31일 오후 3시`, `같은 날` / `같은 날`: one time in the same words;
        # days read apart are each article's reading of it (its publication date, the day
        # its paragraph names), not two times an editor could see
        return Comparison(conflict=False, reason="", why="time")
    if "deadline" in (ta.role, tb.role):
        ends = deadline_end(ta), deadline_end(tb)
        if ends[0] is None or ends[1] is None:
            return None
        agree = deadlines_agree(ta, tb, written=bool(_WRITTEN_YEAR.search(va.text) and _WRITTEN_YEAR.search(vb.text)))
        relation = "≈" if agree else "≠"
        reason = f"deadline {policy.id}: ends {format_instant(ends[0])} {relation} {format_instant(ends[1])}"
        reason_ko = f"두 기한의 끝이 {'같습니다' if agree else '다릅니다'}: {format_instant(ends[0])} {relation} {format_instant(ends[1])}"
        return Comparison(conflict=not agree, reason=reason, reason_ko=reason_ko, why="deadline")
    ia, ib = time_interval(ta), time_interval(tb)
    if ia is None or ib is None:
        return None
    clock_a, clock_b = ta.grain in CLOCK_GRAINS, tb.grain in CLOCK_GRAINS
    if clock_a != clock_b:
        # a day and a time of day: compared by their days when the time names its day
        # (`지난 3일 오전 6시 30분께` / `지난 4일`), else never
        if not has_day(va.text if clock_a else vb.text):
            return None
        ia, ib = (day_of(ia) if clock_a else ia), (day_of(ib) if clock_b else ib)
    elif clock_a and not (has_day(va.text) and has_day(vb.text)):
        ia, ib = time_of_day(ia), time_of_day(ib)  # `오전 11시 40분께`: the day is the event's
    if clock_a and clock_b:
        ia, ib = clock_reading(ia, va), clock_reading(ib, vb)
    if written_spans(va, vb) and ia != ib:
        # `5월 10~11일` / `5월 10~13일`: two spans written out end to end are one span only
        # when both ends agree, however much they overlap
        reason = f"{_kind_word(policy)} {policy.id}: span {format_time(ia)} ≠ {format_time(ib)}"
        reason_ko = f"두 기간의 시작이나 끝이 다릅니다: {format_time(ia)} ↔ {format_time(ib)} ({_kind_word_ko(policy)})"
        return Comparison(conflict=True, reason=reason, reason_ko=reason_ko, why="time")
    meet = ia.overlaps(ib)
    if meet:
        return Comparison(conflict=False, reason="", why="time")
    reason = f"{_kind_word(policy)} {policy.id}: {format_time(ia)} ∩ {format_time(ib)} {'≠' if meet else '='} ∅"
    reason_ko = f"두 시점의 구간이 겹치지 않습니다: {format_time(ia)} ↔ {format_time(ib)} ({_kind_word_ko(policy)})"
    return Comparison(conflict=not meet, reason=reason, reason_ko=reason_ko, why="time")


def qualifier_key(qualifier: str | None) -> str:
    """The sub-category a qualifier names; a parenthesised note (how the figure
    was obtained: `득표율 (출구조사)`) does not make it another category."""
    if not qualifier:
        return ""
    return re.sub(r"\s*\([^)]*\)", "", qualifier).strip()


# a span written with both ends (`10~11일`, `3∼5월`, `오후 2-4시`)
_WRITTEN_SPAN = re.compile(r"\d\s*[~∼〜～\-–]\s*\d")


def written_spans(va: Value, vb: Value) -> bool:
    """Both times are spans written with both of their ends, at one grain."""
    ta, tb = va.time, vb.time
    return (
        ta is not None and tb is not None and ta.grain == tb.grain
        and _WRITTEN_SPAN.search(va.text) is not None and _WRITTEN_SPAN.search(vb.text) is not None
    )
# how a clock time is read (docs/rules.md, rounding): a time written at the hour
# (`오전 8시`, `8시께`) is that hour rounded, within half an hour either way; a time
# to the minute is that minute, or this many minutes either way when hedged (`께`, `쯤`)
HOUR_ROUNDING = timedelta(minutes=30)
HEDGED_MINUTES = timedelta(minutes=3)


# a deadline that names its calendar year (`2028년까지`, `2028년 6월까지`)
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d년")


def clock_reading(interval: TimeInterval, value: Value) -> TimeInterval:
    """The span a clock time stands for: `오전 8시` = [7:30, 8:30), `오후 10시
    50분께` = [22:47, 22:54), `오후 3시 24분` = [15:24, 15:25)."""
    grain = value.time.grain if value.time is not None else None
    if grain == "hour" and interval.end - interval.start == timedelta(hours=1):  # not `오전`, `낮`
        return TimeInterval(interval.start - HOUR_ROUNDING, interval.start + HOUR_ROUNDING)
    if grain == "minute" and value.bound == "approx":
        return TimeInterval(interval.start - HEDGED_MINUTES, interval.end + HEDGED_MINUTES)
    return interval


def day_of(interval: TimeInterval) -> TimeInterval:
    """The whole day a time of day falls on."""
    start = interval.start.replace(hour=0, minute=0, second=0, microsecond=0)
    return TimeInterval(start, start + timedelta(days=1))


def _range_ends_differ(va: Value, vb: Value, policy: AttributePolicy | None) -> str | None:
    """Two ranges written with both ends (`2만1천∼2만5천원` / `2만1천~2만4천원`) are one
    range only when both ends agree, each read as its writer rounded it; however much
    the two overlap. The differing ends, as text, else None."""
    for x, y in ((va.low, vb.low), (va.high, vb.high)):
        if x is None or y is None:
            return None
        ex, ey = _written_end(x), _written_end(y)
        if policy is not None:
            ex, ey = ex.widened(policy.tolerance, policy.tolerance_abs), ey.widened(policy.tolerance, policy.tolerance_abs)
        if not numbers_overlap(ex, ey):
            return f"{format_numeric(NumInterval(float(x), float(x)), va.unit)} ↔ {format_numeric(NumInterval(float(y), float(y)), vb.unit)}"
    return None


def _written_end(x) -> NumInterval:
    """An end of a range read as a round figure is (values stage: its last significant
    digit's step, never wider than the rounding share of it): `2만5천` = [2만4천500, 2만5천500]."""
    d = Decimal(str(x)).normalize()
    step = Decimal(1).scaleb(d.as_tuple().exponent) if d.as_tuple().exponent > 0 else Decimal(1)
    end = precision_interval(d, rounded_precision(d, step, load_lexicon().rounded_relative))
    return NumInterval(float(end.low), float(end.high))


def time_of_day(interval: TimeInterval) -> TimeInterval:
    """The interval moved to one reference day (times of day compared alone)."""
    base = datetime(2000, 1, 1)
    start = base + (interval.start - interval.start.replace(hour=0, minute=0, second=0, microsecond=0))
    return TimeInterval(start, start + (interval.end - interval.start))


def point_for_percent(va: Value, vb: Value) -> bool:
    """One figure written as a percent and as a percentage point (`1.9%p 하락` / `1.9%
    낮아졌다`): the same number in the two units a rate's change is told in, one of them
    wrong; a change of 1.9 points and one of 1.9 percent are two different changes."""
    return (va.kind == vb.kind == "percent" and {va.unit, vb.unit} == {"%", "%p"}
            and va.value is not None and vb.value is not None and abs(va.value - vb.value) < 1e-9)


def _compare_numbers(a: Side, b: Side, policy: AttributePolicy, conversions: Conversions) -> Comparison | None:
    va, vb = a.claim.value, b.claim.value
    if point_for_percent(va, vb):
        shown = f"{va.text} ↔ {vb.text}"
        return Comparison(conflict=True, reason=f"percent against percentage point: {shown}",
                          reason_ko=f"같은 수치를 한쪽은 %로, 다른 쪽은 %포인트로 적었습니다: {shown}", why="percent_point")
    ia, ib = in_unit_of(va, vb), numeric_interval(vb)
    if ia is None or ib is None or not _same_dimension(va, vb):
        return None
    converted = False
    unit = vb.unit if va.kind in ("duration", "quantity") else va.unit
    if va.kind == "money" and va.unit != vb.unit:
        rate = conversions.rate((a.claim.article, b.claim.article), va.unit or "", vb.unit or "")
        if rate is None:
            return None
        ia = ia.scaled(rate).widened(CONVERSION_SLACK)
        converted, unit = True, vb.unit
    wa = ia.widened(policy.tolerance, policy.tolerance_abs)
    wb = ib.widened(policy.tolerance, policy.tolerance_abs)
    meet = numbers_overlap(wa, wb)
    if (meet and not converted and va.bound == vb.bound == "range" and unit_key(va.unit) == unit_key(vb.unit)
            and a.claim.modality == b.claim.modality == "asserted"):
        # (a forecast's range, `158~176석을 얻을 것으로 예측`, is as wide as its source makes it)
        ends = _range_ends_differ(va, vb, policy)
        if ends is not None:
            return Comparison(conflict=True, reason=f"{_kind_word(policy)} {policy.id}: range ends {ends}",
                              reason_ko=f"두 범위의 끝이 다릅니다: {ends} ({_kind_word_ko(policy)})", converted=converted)
    if meet:  # the common case: no explanation needed
        return Comparison(conflict=False, reason="", converted=converted)
    reason = (
        f"{_kind_word(policy)} {policy.id}: {format_numeric(wa, unit)} ∩ {format_numeric(wb, unit)}"
        f" {'≠' if meet else '='} ∅"
    )
    reason_ko = (
        f"허용 오차를 넣어도 두 값의 범위가 겹치지 않습니다: {format_numeric(wa, unit)} ↔ {format_numeric(wb, unit)}"
        f" ({_kind_word_ko(policy)})"
    )
    if converted:
        reason += f" (converted at the rate the article states: {va.unit}→{vb.unit})"
        reason_ko += f" (기사에 적힌 환율로 환산: {va.unit}→{vb.unit})"
    marginal = not meet and is_marginal(wa, wb)
    return Comparison(conflict=not meet, reason=reason, reason_ko=reason_ko, marginal=marginal, converted=converted)


def values_meet(va: Value, vb: Value) -> bool:
    """Whether two values can be the same (unknown or incomparable ones can)."""
    if va.kind == vb.kind == "score":
        return same_score(va, vb)
    if va.kind == "time" or vb.kind == "time":
        if va.kind != vb.kind or va.time is None or vb.time is None:
            return True
        ia, ib = time_interval(va.time), time_interval(vb.time)
        if (va.time.grain in CLOCK_GRAINS) != (vb.time.grain in CLOCK_GRAINS):
            # a day and a time of day: not comparable, so not two facts either, unless
            # the time of day writes its day (`지난 3일 오전 6시 30분께` is not on `지난 4일`)
            clock = va if va.time.grain in CLOCK_GRAINS else vb
            if ia is None or ib is None or not has_day(clock.text):
                return True
            return ia.overlaps(ib)
        if ia is not None and ib is not None and written_spans(va, vb):
            return ia == ib
        if ia is not None and ib is not None and va.time.grain in CLOCK_GRAINS:
            # two times of day as read (`오전 8시` = [7:30, 8:30): not `오전 8시 30분`)
            ia, ib = clock_reading(ia, va), clock_reading(ib, vb)
        return ia is None or ib is None or ia.overlaps(ib)
    ia, ib = in_unit_of(va, vb), numeric_interval(vb)
    if ia is None or ib is None or not _same_dimension(va, vb):
        return True
    if unit_key(va.unit) != unit_key(vb.unit) and unit_factor(va, vb) is None:
        return True
    if va.bound == vb.bound == "range" and unit_key(va.unit) == unit_key(vb.unit):
        return numbers_overlap(ia, ib) and _range_ends_differ(va, vb, None) is None
    return numbers_overlap(ia, ib)


# units that count the same thing: a place in an order (`두 번째로 높았다`) is a rank (`2위`),
# `29차례` is `29회`
_SAME_UNIT = {"번째": "위", "차례": "회"}


def unit_key(unit: str | None) -> str | None:
    """A unit as compared: places and ranks are one (`번째` / `위`)."""
    return _SAME_UNIT.get(unit, unit) if unit is not None else None


# days in a month and a year, for a span in months against one in days
DAYS_PER_MONTH = 365.25 / 12


def duration_factor(unit_a: str | None, unit_b: str | None) -> float | None:
    """How many ``unit_b`` one ``unit_a`` is, for two units of time (values/rules/
    counters.yaml ``durations``: `2년` = 24개월, `2주` = 14일, `6개월` ≈ 182.6일); None when
    either is no unit of time, or they count market days and calendar time."""
    if unit_a == unit_b:
        return 1.0
    lex = load_lexicon()
    units = {u: lex.durations.get(lex.duration_aliases.get(u, u)) for u in (unit_a, unit_b) if u}
    if len(units) != 2 or None in units.values():
        return None
    (chain_a, size_a), (chain_b, size_b) = units[unit_a], units[unit_b]
    seconds = {"clock": 1.0, "calendar": DAYS_PER_MONTH * 86400}
    if chain_a not in seconds or chain_b not in seconds:
        return None if chain_a != chain_b else size_a / size_b
    return size_a * seconds[chain_a] / (size_b * seconds[chain_b])


def measure_factor(unit_a: str | None, unit_b: str | None) -> float | None:
    """How many ``unit_b`` one ``unit_a`` is, for two units of one measure (values/rules/
    counters.yaml ``measures``: `1평` = 3.305785㎡, `1㏊` = 10,000㎡); None otherwise."""
    if unit_a and unit_a == unit_b:
        return 1.0
    measures = load_lexicon().measures
    a, b = measures.get(unit_a or ""), measures.get(unit_b or "")
    if a is None or b is None or a[0] != b[0]:
        return None
    return a[1] / b[1]


def unit_factor(va: Value, vb: Value) -> float | None:
    """How many of ``vb``'s unit one of ``va``'s is: spans of time and measures converted."""
    if va.kind == vb.kind == "duration":
        return duration_factor(va.unit, vb.unit)
    if va.kind == vb.kind == "quantity":
        return measure_factor(va.unit, vb.unit)
    return None


def in_unit_of(va: Value, vb: Value) -> NumInterval | None:
    """``va``'s interval in ``vb``'s unit: itself, or a span of time or a measure
    converted (`2년 6개월` = 30개월 against `2년`: 2.5년; `12만7천 평` in ㎡)."""
    ia = numeric_interval(va)
    if ia is None or va.unit == vb.unit or va.kind != vb.kind or va.kind not in ("duration", "quantity"):
        return ia
    factor = unit_factor(va, vb)
    return ia.scaled(factor) if factor is not None else ia


def _same_dimension(va: Value, vb: Value) -> bool:
    """Same kind and unit (spans of time in any unit of time); a bare number is
    comparable with a counted quantity."""
    if va.kind == "money" or vb.kind == "money":
        return va.kind == vb.kind
    if va.kind == vb.kind:
        if va.unit and vb.unit and va.unit != vb.unit and unit_factor(va, vb) is not None:
            return True  # `3주` and `21일`, `㎡` and `평`
        return unit_key(va.unit) == unit_key(vb.unit) or va.unit is None or vb.unit is None
    return {va.kind, vb.kind} == {"number", "quantity"}


def _kind_word(policy: AttributePolicy) -> str:
    return "time-varying attribute" if policy.varies else "static attribute"


def _kind_word_ko(policy: AttributePolicy) -> str:
    return "시점마다 달라지는 수치, 같은 시점끼리 비교" if policy.varies else "바뀌지 않는 사실"


def score_text(value: Value) -> str:
    """A score as its two sides' points, the higher first (`3-1`, whichever side the
    article wrote first)."""
    return f"{_whole(value.high)}-{_whole(value.low)}"


def _whole(x) -> str:
    return "?" if x is None else str(int(x)) if float(x).is_integer() else str(x)


def interval_text(value: Value) -> str:
    """A value's normalised interval as shown in messages."""
    if value.kind == "time":
        t = value.time
        if t is None or t.unresolved:
            return "unresolved"
        iv = time_interval(t)
        if t.role == "deadline" and t.end:
            return f"< {format_instant(parse_instant(t.end))}"
        return format_time(iv) if iv else "unresolved"
    if value.kind == "score":
        return score_text(value)
    iv = numeric_interval(value) or NumInterval(None, None)
    return format_numeric(iv, value.unit)
