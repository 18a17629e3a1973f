"""The severity table of docs/rules.md, one test per row (hand-made claims; the
fixture cases tests/cases/severity-* hold the same rows end to end)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from daejo.reconcile import reconcile

from .factory import EOK, article, claim, money, num, when


def _value_mismatch_in_one_story(a, published_a: str, b, published_b: str) -> bool:
    """Whether claims ``a`` and ``b``, each in its own article of one story, are flagged as a
    value mismatch."""
    arts = [article("a", [a], published=published_a).model_copy(update={"story": "s1"}),
            article("b", [b], published=published_b).model_copy(update={"story": "s1"})]
    return bool([f for f in reconcile(arts, []) if f.rule == "value-mismatch"])


DAY = ("2026-03-04", "2026-03-05")


def _severities(a, b, *, pub_a="2026-03-04T11:00:00+09:00", pub_b="2026-03-04T16:00:00+09:00", context=()):
    for c in (a, b):
        c.context = list(context)
    arts = [article("a", [a], published=pub_a), article("b", [b], published=pub_b)]
    return [(f.rule, f.severity) for f in reconcile(arts, [])]


def _budget(aid, text, value, **kw):
    return claim(aid, "한솔시", "budget", money(text, value, value * 0.985, value * 1.015), as_of=("2027-01-01", "2028-01-01"), **kw)


def test_two_asserted_values_of_one_fact_are_an_error():
    assert _severities(_budget("a", "3조2천억원", 32000 * EOK), _budget("b", "3조4천억원", 34000 * EOK)) == [("value-mismatch", "error")]


@pytest.mark.parametrize(("stages", "compared"), [
    (("%preliminary", "%final"), False),  # the bill and the budget passed
    (("%first_instance", "%appeal"), False),
    (("%requested", ""), False),  # what was asked for is not what was decided
    (("%final", ""), True),  # one side says nothing of its stage
    (("%preliminary", "%preliminary"), True),
    (("%net", "%gross"), False),  # `순제작비` / `총제작비`
    (("%net", ""), True),  # `순매수` / `사들였다`: the market's net buying, told without the word
    # `정규리그 평균 21.4점` / `챔프전 평균 24.2점` are two facts, but only a season's
    # statistics (tests/reconcile/test_align.py, play-off mark): an amount of money is the
    # play-off's own however its sentence names the regular season or the play-off
    (("%regular", "%postseason"), True),
    (("%postseason", ""), True),
    (("%regular", ""), True),
    (("%per", ""), False),  # `회당 1만2천석` / `2회분 2만4천석`: one show's seats and the whole
])
def test_two_stages_of_a_catalogue_fact_are_two_facts(stages, compared):
    a, b = _budget("a", "3조2천억원", 32000 * EOK), _budget("b", "3조4천억원", 34000 * EOK)
    a.context, b.context = [w for w in (stages[0],) if w], [w for w in (stages[1],) if w]
    arts = [article("a", [a], published="2026-11-02T11:00:00+09:00"), article("b", [b], published="2026-11-02T15:00:00+09:00")]
    assert bool(reconcile(arts, [])) is compared


@pytest.mark.parametrize("attribution", ["재난안전대책본부", "회사", "김 과장"])
def test_a_source_cited_on_one_side_does_not_soften(attribution):
    a = _budget("a", "3조2천억원", 32000 * EOK, attribution=attribution)
    assert _severities(a, _budget("b", "3조4천억원", 34000 * EOK)) == [("value-mismatch", "error")]


def test_two_dates_an_event_is_set_for_are_an_error():
    a = claim("a", "도서관", "launch_date", when("오는 20일", "2026-04-20", "2026-04-21"), modality="planned")
    b = claim("b", "도서관", "launch_date", when("오는 27일", "2026-04-27", "2026-04-28"), modality="planned")
    assert _severities(a, b) == [("time-mismatch", "error")]


def test_a_hedged_side_is_a_warning():
    assert _severities(_budget("a", "3조2천억원", 32000 * EOK, modality="hedged"), _budget("b", "3조4천억원", 34000 * EOK)) == [
        ("value-mismatch", "warning")]


def test_one_target_told_twice_differently_is_an_error_and_targets_told_days_apart_a_warning():
    a = claim("a", "누리전자", "parameter_count", num("1천500", 1500), modality="planned")
    b = claim("b", "누리전자", "parameter_count", num("2천500", 2500), modality="planned")
    assert _severities(a, b) == [("value-mismatch", "error")]
    # (a week later the target may have been revised)
    assert _severities(a, b, pub_b="2026-03-11T16:00:00+09:00") == [("value-mismatch", "warning")]
    forecast = claim("b", "누리전자", "parameter_count", num("2천500", 2500), modality="forecast")
    assert _severities(a, forecast) == [("value-mismatch", "warning")]


def test_two_named_sources_that_disagree_are_a_warning():
    a = claim("a", "집회", "headcount", num("5만명", 50000, unit="명"), attribution="주최", as_of=DAY)
    b = claim("b", "집회", "headcount", num("1만2천명", 12000, unit="명"), attribution="경찰", as_of=DAY)
    assert _severities(a, b) == [("source-disagreement", "warning")]


def test_two_documents_cited_are_no_disagreement_of_sources():
    a = _budget("a", "3조2천억원", 32000 * EOK, attribution="예산안발표")
    b = _budget("b", "3조4천억원", 34000 * EOK, attribution="시의회자료")
    assert _severities(a, b) == [("value-mismatch", "error")]


def test_a_weak_entity_or_frame_match_is_a_warning():
    a = _budget("a", "3조2천억원", 32000 * EOK, confidence=0.3)
    assert _severities(a, _budget("b", "3조4천억원", 34000 * EOK)) == [("value-mismatch", "warning")]


def test_a_rising_count_smaller_later_is_a_warning_and_larger_later_an_update():
    early = claim("a", "화재", "deaths", num("4명", 4, 3.5, 4.5, unit="명"), as_of=DAY, as_of_source="published")
    late = claim("b", "화재", "deaths", num("3명", 3, 2.5, 3.5, unit="명"), as_of=DAY, as_of_source="published")
    assert _severities(early, late) == [("value-mismatch", "warning")]
    early.value, late.value = late.value, early.value
    assert _severities(early, late) == []


def test_a_changing_count_dated_only_by_publication_is_a_warning():
    a = claim("a", "폭우", "missing_persons", num("2명", 2, 1.5, 2.5, unit="명"), as_of=DAY, as_of_source="published")
    b = claim("b", "폭우", "missing_persons", num("4명", 4, 3.5, 4.5, unit="명"), as_of=DAY, as_of_source="published")
    assert _severities(a, b, pub_b="2026-03-04T11:40:00+09:00") == [("value-mismatch", "warning")]
    # at one report time the articles name, it is an error
    for c in (a, b):
        c.as_of_source = "report"
    assert _severities(a, b, pub_b="2026-03-04T11:40:00+09:00") == [("value-mismatch", "error")]


def test_a_plan_and_an_outcome_reported_later_are_info_but_the_same_day_one_plan_told_twice():
    plan = claim("a", "다솜제약", "investment_amount", money("800억원", 800 * EOK), modality="planned", qualifier="신약")
    done = claim("b", "다솜제약", "investment_amount", money("620억원", 620 * EOK), qualifier="신약")
    assert _severities(plan, done, pub_a="2026-01-10", pub_b="2027-01-20") == [("plan-divergence", "info")]
    assert _severities(plan, done, pub_a="2026-01-10", pub_b="2026-01-10") == [("value-mismatch", "error")]
    # in words of a change (`800억원으로 늘릴 계획`) the plan is no statement of the amount
    assert _severities(plan, done, pub_a="2026-01-10", pub_b="2026-01-10", context=["증가"]) == [("value-mismatch", "warning")]


def test_a_suspicious_number_is_info():
    bad = num("3조6000조원", None, kind="money", unit="KRW", issues=("suspicious: unit order",))
    findings = reconcile([article("a", [claim("a", "시장", "market_size", bad)])], [])
    assert [(f.rule, f.severity) for f in findings] == [("suspicious-number", "info")]


@pytest.mark.parametrize(("a", "b"), [
    (money("6000억원", 6000 * EOK, 5700 * EOK, 6300 * EOK), money("6천억원", 6000 * EOK, 5700 * EOK, 6300 * EOK)),
    (num("12,000명", 12000, 11500, 12500, unit="명"), num("1만2천 명", 12000, 11500, 12500, unit="명")),
])
def test_the_same_value_in_another_form_is_quiet(a, b):
    assert _severities(claim("a", "시", "budget", a, as_of=DAY), claim("b", "시", "budget", b, as_of=DAY)) == []


@pytest.mark.parametrize(("context", "later", "expected"), [
    (["정원", "증가", "계획"], 350, []),  # `350명으로 늘릴 계획`: a plan to change the level stated earlier
    (["정원", "계획"], 350, [("value-mismatch", "warning")]),  # the same plan told again, differently
    # a change that lands on the stated figure's digits swapped is a slip, not a change
    (["정원", "감소", "계획"], 1548, [("value-mismatch", "warning")]),
])
def test_a_later_plan_to_change_a_stated_figure_is_no_finding(context, later, expected):
    first = 1584 if later == 1548 else 300
    a = claim("a", "가람호", "passengers", num(f"{first}명", first, unit="명"))
    b = claim("b", "가람호", "passengers", num(f"{later}명", later, unit="명"), modality="planned")
    a.context, b.context = ["정원"], list(context)
    arts = [article("a", [a], published="2026-09-01T09:00:00+09:00"), article("b", [b], published="2026-10-16T18:00:00+09:00")]
    assert [(f.rule, f.severity) for f in reconcile(arts, [])] == expected


@pytest.mark.parametrize(("clock_text", "expected"), [
    ("지난 3일 오전 6시 30분께", [("time-mismatch", "error")]),  # the time names its day: days compared
    ("오전 6시 30분께", []),  # a time of day alone is not compared with a day
])
def test_a_day_and_a_time_of_day_that_names_its_day_are_compared_by_day(clock_text, expected):
    a = claim("a", "가람교", "event_time", when("지난 4일", "2026-03-04", "2026-03-05"))
    b = claim("b", "가람교", "event_time", when(clock_text, "2026-03-03T06:30", "2026-03-03T06:31", grain="minute"))
    assert _severities(a, b, pub_a="2026-03-06", pub_b="2026-03-06") == expected


@pytest.mark.parametrize(("pub_b", "expected"), [
    ("2026-05-01T09:00:00+09:00", [("value-mismatch", "warning")]),  # a day later: one moment, told differently
    ("2026-05-08T09:00:00+09:00", []),  # a week later: the share may have moved
])
def test_a_changing_figure_told_in_alike_words_days_apart_is_one_moment(pub_b, expected):
    a = claim("a", None, "share", num("52.3%", 52.3, unit="%"), as_of=("2026-04-30", "2026-05-01"), as_of_source="published")
    b = claim("b", None, "share", num("62.3%", 62.3, unit="%"), as_of=(pub_b[:10], pub_b[:8] + f"{int(pub_b[8:10]) + 1:02d}"),
              as_of_source="published")
    a.context = b.context = ["매출액", "점유율", "상영"]
    arts = [article("a", [a], published="2026-04-30T08:40:00+09:00").model_copy(update={"story": "s1"}),
            article("b", [b], published=pub_b).model_copy(update={"story": "s1"})]
    assert [(f.rule, f.severity) for f in reconcile(arts, [])] == expected


@pytest.mark.parametrize(("story_b", "expected"), [
    ("s1", [("value-mismatch", "warning")]),  # one earnings story: the quarter both report, told differently
    ("s2", []),  # another story: another period may be meant
])
def test_a_flow_without_its_period_in_one_story_is_compared_at_one_moment(story_b, expected):
    a = claim("a", "도담전자", "revenue", money("1조640억원", 10640 * EOK), as_of=("2026-07-29", "2026-07-30"), as_of_source="published")
    b = claim("b", "도담전자", "revenue", money("1조460억원", 10460 * EOK), as_of=("2026-07-30", "2026-07-31"), as_of_source="published")
    arts = [article("a", [a], published="2026-07-29T16:00:00+09:00").model_copy(update={"story": "s1"}),
            article("b", [b], published="2026-07-30T09:00:00+09:00").model_copy(update={"story": story_b})]
    assert [(f.rule, f.severity) for f in reconcile(arts, [])] == expected


def test_a_catalogue_fact_an_article_gives_twice_is_paired_by_its_words_in_its_story():
    # each article gives the company's revenue and a segment's: the key cannot tell
    # them apart, their words can
    def rev(aid, text, value, words):
        c = claim(aid, "도담전자", "revenue", money(text, value * EOK), as_of=("2026-07-29", "2026-07-30"), as_of_source="published",
                  sentence_index=len(words[0]))
        c.context = words
        return c
    a = [rev("a", "2조8436억원", 28436, ["연결", "매출", "실적"]), rev("a", "1조1240억원", 11240, ["컴포넌트", "부문", "매출"])]
    b = [rev("b", "2조8436억원", 28436, ["연결", "매출", "실적"]), rev("b", "1조2140억원", 12140, ["컴포넌트", "부문", "매출"])]
    arts = [article("a", a, published="2026-07-29T16:00:00+09:00").model_copy(update={"story": "s1"}),
            article("b", b, published="2026-07-29T18:00:00+09:00").model_copy(update={"story": "s1"})]
    findings = reconcile(arts, [])
    assert [(f.rule, sorted(s.quote for s in f.claims)) for f in findings if f.severity != "info"] == [
        ("value-mismatch", ["1조1240억원", "1조2140억원"])]


def test_two_figures_at_an_unnamed_moment_of_one_story_are_compared():
    # `상륙 당시 중심기압`: both articles speak of the same moment without dating it
    a = claim("a", None, "~상륙당시중심기압", num("965hPa", 965, unit="hPa"))
    b = claim("b", None, "~상륙당시중심기압", num("975hPa", 975, unit="hPa"))
    a.context = b.context = ["상륙", "당시", "중심기압"]
    a.as_of_source = b.as_of_source = "none"
    a.as_of = b.as_of = None
    arts = [article("a", [a], published="2026-09-16T10:00:00+09:00").model_copy(update={"story": "s1"}),
            article("b", [b], published="2026-09-16T15:00:00+09:00").model_copy(update={"story": "s1"})]
    assert [f.rule for f in reconcile(arts, [])] == ["value-mismatch"]


def test_an_event_held_at_another_hour_than_it_was_set_for_is_a_warning():
    plan = claim("a", "폐막식", "event_time", when("오는 23일 오후 8시", "2026-08-23T20:00", "2026-08-23T21:00", grain="hour"),
                 modality="planned")
    held = claim("b", "폐막식", "event_time", when("23일 오후 7시", "2026-08-23T19:00", "2026-08-23T20:00", grain="hour"))
    assert _severities(plan, held, pub_a="2026-08-20T10:00:00+09:00", pub_b="2026-08-24T09:00:00+09:00") == [
        ("plan-divergence", "warning")]


def _reasons(a, b):
    arts = [article("a", [a], published="2026-03-04T11:00:00+09:00"), article("b", [b], published="2026-03-04T16:00:00+09:00")]
    return [(f.severity, f.reason_ko, f.reason) for f in reconcile(arts, [])]


def test_a_warning_says_why_it_is_not_an_error_and_an_error_says_nothing_more():
    weak = _budget("a", "3조2천억원", 32000 * EOK, confidence=0.3)
    ((severity, reason_ko, reason),) = _reasons(weak, _budget("b", "3조4천억원", 34000 * EOK))
    assert severity == "warning" and "names its subject only weakly" in reason
    assert "경고인 이유: 한쪽 문장이 대상을 직접 가리키지 않습니다" in reason_ko
    hedged = _budget("a", "3조2천억원", 32000 * EOK, modality="hedged")
    ((severity, _, reason),) = _reasons(hedged, _budget("b", "3조4천억원", 34000 * EOK))
    assert severity == "warning" and "one side is hedged" in reason
    ((severity, _, reason),) = _reasons(_budget("a", "3조2천억원", 32000 * EOK), _budget("b", "3조4천억원", 34000 * EOK))
    assert severity == "error" and "warning:" not in reason


@pytest.mark.parametrize(("words_b", "expected"), [
    (["위성", "무게", "본체", "발사"], "error"),  # the same words: the figures say what they are of
    (["배터리", "가볍"], "warning"),  # no word shared but the frame: weak on both counts
])
def test_a_weakly_named_subject_is_no_warning_where_the_words_align_the_figures_strongly(words_b, expected):
    # `무게는 218g` / `228g으로 가벼워졌다`: neither sentence names the phone well (confidence
    # 0.36), but two figures of one story in the same words are one fact
    def weight(aid, text, value, words):
        c = claim(aid, None, "~무게", num(text, value, value - 0.5, value + 0.5, unit="g"), confidence=0.36)
        c.context = words
        art = article(aid, [c], published="2026-08-05T10:00:00+09:00")
        art.story = "s1"
        return art

    a = weight("a", "218g", 218, ["위성", "무게", "본체", "발사"])
    b = weight("b", "228g", 228, words_b)
    assert [(f.rule, f.severity) for f in reconcile([a, b], [])] == [("value-mismatch", expected)]


@pytest.mark.parametrize(("value_b", "words_b", "expected"), [
    (480, ["위성", "배터리", "가볍", "충전"], []),  # words alike only weakly, values far apart: two facts
    (228, ["배터리", "가볍"], [("value-mismatch", "warning")]),  # close values: one figure, weakly told
    (480, ["위성", "무게", "본체", "발사"], [("value-mismatch", "error")]),  # the same words: one fact
])
def test_figures_far_apart_in_words_alike_only_weakly_are_two_facts(value_b, words_b, expected):
    # `배정액 2천180억원` / `768억원을 배정했다`: a weak match and a size half again apart or
    # more say two facts; close values or the same words still say one
    def weight(aid, value, words):
        c = claim(aid, None, "~무게", num(f"{value}g", value, value - 0.5, value + 0.5, unit="g"), confidence=0.36)
        c.context = words
        art = article(aid, [c], published="2026-08-05T10:00:00+09:00")
        art.story = "s1"
        return art

    a = weight("a", 218, ["위성", "무게", "본체", "발사"])
    assert [(f.rule, f.severity) for f in reconcile([a, weight("b", value_b, words_b)], [])] == expected


@pytest.mark.parametrize(("text_b", "value_b", "frame_b", "words_b", "expected"), [
    # words alike only weakly: a story's many prices and sums; two of them are two facts
    ("3,800원", 3800, "~요구", ["배달", "요구", "노조", "파업"], []),
    # unless one is the other with two digits swapped: one figure mistyped (the swap lifts
    # the match past weak, as it does for any figure)
    ("6,300원", 6300, "~요구", ["배달", "요구", "노조", "파업"], [("value-mismatch", "error")]),
    # in the same words: one fact
    ("3,800원", 3800, "~기본배달료", ["배달", "기본", "수수료", "인상", "회사", "제시"], [("value-mismatch", "error")]),
])
def test_amounts_in_words_alike_only_weakly_are_two_facts_unless_one_is_mistyped(text_b, value_b, frame_b, words_b, expected):
    # `기본배달료 3,600원` / `3,800원을 요구하며`: of the many prices and rates a story tells,
    # two in few shared words are two facts (a count or a time of day in such words still warns)
    def fee(aid, frame, text, value, words):
        c = claim(aid, None, frame, money(text, value))
        c.context = words
        art = article(aid, [c], published="2026-08-05T10:00:00+09:00")
        art.story = "s1"
        return art

    a = fee("a", "~기본배달료", "3,600원", 3600, ["배달", "기본", "수수료", "인상", "회사", "제시"])
    assert [(f.rule, f.severity) for f in reconcile([a, fee("b", frame_b, text_b, value_b, words_b)], [])] == expected


@pytest.mark.parametrize(("text_b", "value_b", "bound_b", "expected"), [
    # a sum of a subject named only weakly, in no slip of the other: two sums
    ("9조8,435억원", 9.8435e12, "exact", []),
    # one digit struck for another: one sum mistyped, weakly named
    ("9조5,790억원", 9.579e12, "exact", [("value-mismatch", "warning")]),
    # two neighbouring digits swapped, whatever bound the other is written with
    ("9조7,540억원 넘게", 9.754e12, "more_than", [("value-mismatch", "warning")]),
])
def test_sums_of_a_weakly_named_subject_are_compared_only_when_one_is_the_other_mistyped(text_b, value_b, bound_b, expected):
    # `9조5,740억원` / `9조8,435억원` where one article names whose budget only weakly: of the
    # many sums a story tells, two such are one misreported only when a key slipped
    def budget(aid, frame, text, value, bound, confidence):
        low, high = (value, None) if bound == "more_than" else (value - 5e8, value + 5e8)
        c = claim(aid, None, frame, money(text, value, low, high, bound=bound), confidence=confidence)
        c.context = ["본예산", "규모", "편성", "도"] if frame == "~본예산" else ["규모", "편성", "의회", "제출"]
        art = article(aid, [c], published="2026-12-01T10:00:00+09:00")
        art.story = "s1"
        return art

    a = budget("a", "~본예산", "9조5,740억원", 9.574e12, "exact", 0.9)
    assert [(f.rule, f.severity) for f in reconcile([a, budget("b", "~규모", text_b, value_b, bound_b, 0.36)], [])] == expected


@pytest.mark.parametrize(("story_b", "registered", "flagged"), [
    ("s1", False, True),  # one story: one 한도윤, told at two ages
    ("s2", False, False),  # a film director and a marathoner: two people of one name
    ("s2", True, True),  # a registered person is the same person in every story
])
def test_a_persons_age_is_compared_across_stories_only_for_a_registered_name(story_b, registered, flagged):
    a = claim("a", "한도윤", "age", num("47세", 47, unit="세"), as_of=("2026-07-23", "2026-07-24"))
    b = claim("b", "한도윤", "age", num("28세", 28, unit="세"), as_of=("2026-07-25", "2026-07-26"))
    a.entity_registered = b.entity_registered = registered
    arts = [article("a", [a], published="2026-07-23T08:00:00+09:00").model_copy(update={"story": "s1"}),
            article("b", [b], published="2026-07-25T08:00:00+09:00").model_copy(update={"story": story_b})]
    assert bool([f for f in reconcile(arts, []) if f.rule == "value-mismatch"]) is flagged


@pytest.mark.parametrize(("story_b", "registered", "flagged"), [
    ("s1", False, True),  # one story: one record's start, told two ways
    ("s2", False, False),  # `적설` (a word the analyzer took for a name) in two storms' stories
    ("s2", True, True),  # a registered event is the same event in every story
])
def test_an_unregistered_names_event_time_is_compared_within_its_story_only(story_b, registered, flagged):
    a = claim("a", "적설", "event_time", when("1976년", "1976-01-01", "1977-01-01", grain="year"))
    b = claim("b", "적설", "event_time", when("1973년", "1973-01-01", "1974-01-01", grain="year"))
    a.entity_registered = b.entity_registered = registered
    arts = [article("a", [a], published="2027-01-13T08:00:00+09:00").model_copy(update={"story": "s1"}),
            article("b", [b], published="2027-01-20T08:00:00+09:00").model_copy(update={"story": story_b})]
    assert bool([f for f in reconcile(arts, []) if f.rule == "time-mismatch"]) is flagged
    # a date of a name's own life (an alliance launched, a company founded) is one fact in
    # every story: `올해 초` in 2022 / `지난 2021년`
    a = claim("a", "전문가AI얼라이언스", "launch_date", when("올해 초", "2022-01-01", "2022-04-01", grain="month"))
    b = claim("b", "전문가AI얼라이언스", "launch_date", when("지난 2021년", "2021-01-01", "2022-01-01", grain="year"))
    arts = [article("a", [a], published="2022-06-01T08:00:00+09:00").model_copy(update={"story": "s1"}),
            article("b", [b], published="2022-09-01T08:00:00+09:00").model_copy(update={"story": story_b})]
    assert [f.rule for f in reconcile(arts, [])] == ["time-mismatch"]


@pytest.mark.parametrize(("age_b", "flagged"), [
    (19, False),  # `박모(52)` and his son `박모(19)` in one accident: two people
    (25, True),  # 52 / 25: two digits swapped, one person's age mistyped
    (55, True),  # a few years apart: one person's age misreported
    (104, True),  # two adults' ages decades apart: one age misreported (doubled)
])
def test_an_anonymised_names_ages_decades_apart_are_two_people(age_b, flagged):
    a = claim("a", "박모", "age", num("52", 52, unit=None), as_of=("2026-07-14", "2026-07-15"))
    b = claim("b", "박모", "age", num(f"{age_b}살", age_b, unit="살"), as_of=("2026-07-15", "2026-07-16"))
    assert _value_mismatch_in_one_story(a, "2026-07-14T08:00:00+09:00", b, "2026-07-15T08:00:00+09:00") is flagged


@pytest.mark.parametrize(("b_text", "b_value", "flagged"), [
    ("14.2원", 14.2, True),  # `12.4원 오른` / `14.2원 오른`: one day's change mistyped
    ("16.8원", 16.8, False),  # another day's change may be another figure
])
def test_a_mistyped_changing_figure_days_apart_is_of_one_moment(b_text, b_value, flagged):
    a = claim("a", None, "~원화환율상승", num("12.4원", 12.4, unit="원"), as_of=("2026-11-10", "2026-11-11"))
    b = claim("b", None, "~상승", num(b_text, b_value, unit="원"), as_of=("2026-11-12", "2026-11-13"), as_of_source="published")
    a.context = ["원화", "환율", "상승", "종가"]
    b.context = ["환율", "상승", "종가", "원화"]
    assert _value_mismatch_in_one_story(a, "2026-11-10T18:00:00+09:00", b, "2026-11-12T08:00:00+09:00") is flagged


@pytest.mark.parametrize(("b_text", "b_value", "pub_b", "flagged"), [
    ("16.5%", 16.5, "2026-08-24T10:00:00+09:00", True),  # a week later, two digits swapped: one figure mistyped
    ("17.2%", 17.2, "2026-08-24T10:00:00+09:00", False),  # another figure a week later may be another moment's
    ("16.5%", 16.5, "2026-12-20T10:00:00+09:00", False),  # months later: another moment's, however alike
])
def test_a_changing_figure_with_two_digits_swapped_weeks_apart_is_of_one_moment(b_text, b_value, pub_b, flagged):
    # a festival's attendance against last year's, `15.6% 늘어난` / `16.5% 늘었다` a week apart
    a = claim("a", None, "growth_rate", num("15.6%", 15.6, unit="%"), as_of=("2026-08-17", "2026-08-18"), as_of_source="published")
    day = date.fromisoformat(pub_b[:10])
    b = claim("b", None, "growth_rate", num(b_text, b_value, unit="%"), as_of=(str(day), str(day + timedelta(days=1))), as_of_source="published")
    a.context = b.context = ["관객", "증가", "지난해"]
    assert _value_mismatch_in_one_story(a, "2026-08-17T06:00:00+09:00", b, pub_b) is flagged


@pytest.mark.parametrize(("b_value", "flagged"), [
    (362, True),  # `주민 326명` / `주민 362명`: two digits swapped, one figure mistyped
    (340, False),  # another figure at another report time: the count of that time
])
def test_a_figure_with_two_digits_swapped_is_one_figure_whatever_report_times_the_articles_give(b_value, flagged):
    a = claim("a", None, "~대피주민", num("326명", 326, 325.5, 326.5, unit="명"), as_of=("2026-05-18T00:00", "2026-05-18T01:00"),
              as_of_source="report")
    b = claim("b", None, "~대피주민", num(f"{b_value}명", b_value, b_value - 0.5, b_value + 0.5, unit="명"),
              as_of=("2026-05-19T06:00", "2026-05-19T07:00"), as_of_source="report")
    a.context = ["주민", "대피", "대피소", "체육관"]
    b.context = ["주민", "대피", "한때", "연기"]
    assert _value_mismatch_in_one_story(a, "2026-05-18T08:00:00+09:00", b, "2026-05-19T09:00:00+09:00") is flagged


@pytest.mark.parametrize(("b_text", "b_value", "flagged"), [
    ("2.9도", 2.9, True),  # `섭씨 9.2도` / `2.9도`: two digits swapped, however far apart that puts them
    ("2.7도", 2.7, False),  # more than three times apart and no slip: two facts
])
def test_a_figure_with_two_digits_swapped_is_compared_however_far_apart_it_puts_them(b_text, b_value, flagged):
    a = claim("a", None, "~출발기온", num("9.2도", 9.2, unit="도"))
    b = claim("b", None, "~출발기온", num(b_text, b_value, unit="도"))
    a.context = ["기온", "출발", "섭씨", "당시"]
    b.context = ["기온", "출발", "당시", "선수"]
    assert _value_mismatch_in_one_story(a, "2026-04-12T12:00:00+09:00", b, "2026-04-12T15:00:00+09:00") is flagged


@pytest.mark.parametrize(("pub_b", "age_b", "severity"), [
    ("2026-05-17T09:00:00+09:00", 25, "warning"),  # two days later a year older: a slip, or a birthday between
    ("2026-05-15T18:00:00+09:00", 25, "error"),  # the same day: no birthday between
    ("2026-05-17T09:00:00+09:00", 23, "error"),  # later and younger: a slip
    ("2026-09-20T09:00:00+09:00", 25, None),  # months later: a year older is the next birthday
    ("2026-05-17T09:00:00+09:00", 24, None),
])
def test_one_persons_ages_a_year_apart_in_articles_days_apart(pub_b, age_b, severity):
    # `도채은(24)` / `25세 도채은`: the age's tolerance of a year hid every such slip
    a = claim("a", "도채은", "age", num("24", 24, 23.5, 24.5, unit=None), as_of=("2026-05-15", "2026-05-16"))
    day = date.fromisoformat(pub_b[:10])
    b = claim("b", "도채은", "age", num(f"{age_b}세", age_b, age_b - 0.5, age_b + 0.5, unit="세"), as_of=(str(day), str(day + timedelta(days=1))))
    arts = [article("a", [a], published="2026-05-15T08:00:00+09:00").model_copy(update={"story": "s1"}),
            article("b", [b], published=pub_b).model_copy(update={"story": "s1"})]
    found = [f.severity for f in reconcile(arts, []) if f.rule == "value-mismatch"]
    assert found == ([severity] if severity else [])


@pytest.mark.parametrize(("pub_b", "flagged"), [
    ("2026-05-15T21:00:00+09:00", True),  # the same evening: one standing told twice
    ("2026-05-17T18:00:00+09:00", False),  # two rounds later: the table has moved
])
def test_a_standing_told_without_its_time_is_of_one_day_only(pub_b, flagged):
    # `민가율 … 2위` after the second round and `3위` after the final round: a standing
    # changes with every round or matchday
    def rank(aid, text, value, published):
        day = date.fromisoformat(published[:10])
        c = claim(aid, None, "rank", num(text, value, unit="위"), as_of=(str(day), str(day + timedelta(days=1))),
                  as_of_source="published")
        c.context = ["민가율", "단독", "순위"]
        return article(aid, [c], published=published).model_copy(update={"story": "s1"})

    arts = [rank("a", "2위", 2, "2026-05-15T18:00:00+09:00"), rank("b", "3위", 3, pub_b)]
    assert bool([f for f in reconcile(arts, []) if f.rule == "value-mismatch"]) is flagged


@pytest.mark.parametrize(("events", "flagged"), [
    (("!공개", "!출시"), False),  # unveiled on the 8th, released on the 24th: two events
    (("!발표", "!출시"), False),
    (("!출시", "!출시"), True),  # one release on two days: a contradiction
    (("!공개", "!발표"), True),  # one unveiling, told with two words
])
def test_a_catalogue_time_of_two_contrasted_events_is_two_facts(events, flagged):
    # the catalogue gives `공개` and `출시` one attribute (launch_date); the clause's event
    # words (data/frames.yaml contrasts) tell a product's unveiling from its release
    a = claim("a", "나린 폴드4", "launch_date", when("8일", "2026-07-08", "2026-07-09"))
    b = claim("b", "나린 폴드4", "launch_date", when("24일", "2026-07-24", "2026-07-25"))
    a.context, b.context = [events[0]], [events[1]]
    arts = [article("a", [a], published="2026-07-08T10:00:00+09:00"), article("b", [b], published="2026-07-24T10:00:00+09:00")]
    assert bool([f for f in reconcile(arts, []) if f.rule == "time-mismatch"]) == flagged


@pytest.mark.parametrize(("earlier", "later", "expected"), [
    # a toll that only rises, smaller a day later: a warning with both times
    (("2026-10-17T18:00", "2026-10-17T19:00"), "2026-10-18", [("value-mismatch", "warning")]),
    # the same kind of count ten months earlier is another event's (last year's election)
    (("2026-06-01", "2026-07-01"), "2027-04-08", []),
])
def test_a_rising_count_smaller_later_is_a_warning_only_within_one_developing_event(earlier, later, expected):
    from datetime import date, timedelta

    end = (date.fromisoformat(later) + timedelta(days=1)).isoformat()
    a = claim("a", "가람군", "deaths", num("6명", 6, 5.5, 6.5, unit="명"), as_of=earlier, as_of_source="explicit")
    b = claim("b", "가람군", "deaths", num("4명", 4, 3.5, 4.5, unit="명"), as_of=(later, end), as_of_source="published")
    assert _severities(a, b, pub_a=earlier[0][:10] + "T20:00:00+09:00", pub_b=later + "T09:00:00+09:00") == expected


@pytest.mark.parametrize(("frame", "expected"), [
    # `정규리그 맞대결에서는 4승 2패` / `챔피언결정전 3승 2패`: a story tells several tallies of
    # wins side by side, so a smaller one later is no count gone down
    ("~승", []),
    # a toll told smaller later still is
    ("~사망자", [("value-mismatch", "warning")]),
])
def test_a_smaller_tally_of_wins_later_is_no_count_gone_down(frame, expected):
    a = claim("a", None, frame, num("4", 4, 3.5, 4.5, unit="명"), as_of=("2026-05-05", "2026-05-06"), as_of_source="published")
    b = claim("b", None, frame, num("3", 3, 2.5, 3.5, unit="명"), as_of=("2026-05-09", "2026-05-10"), as_of_source="published")
    a.context = b.context = ["챔피언결정전"]
    arts = [article("a", [a], published="2026-05-05T17:10:00+09:00"), article("b", [b], published="2026-05-09T06:00:00+09:00")]
    for art in arts:
        art.story = "story:finals"
    assert [(f.rule, f.severity) for f in reconcile(arts, [])] == expected
