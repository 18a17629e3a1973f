"""Aligning the figures of two articles of one story (reconcile/align.py)."""

from __future__ import annotations

import pytest

from daejo.reconcile.align import _refines, listed, similarity
from daejo.reconcile.compare import Side

from .factory import EOK, article, claim, money, num, when


@pytest.mark.parametrize(("x", "y", "one"), [
    ("~개관식", "~시립도서관개관식", True),  # one frame, written more fully
    ("~판매", "~사전판매", False),  # a pre-sale is not the sales
    ("~조사", "~예비조사", False),
    ("~판매", "~출고", False),
])
def test_a_fuller_frame_is_the_same_unless_its_prefix_changes_what_it_is(x, y, one):
    assert _refines(x, y) is one


def _in_story(c, words, story, **article_fields):
    """A claim with these context words, as a side of its article in ``story``."""
    c.context = words
    return Side(c, article(c.article, [c], **article_fields), story=story)


def _sides(claims):
    art = article("a", claims)
    return [Side(c, art) for c in claims]


def test_the_start_and_end_of_one_period_are_no_list_but_two_starts_are():
    start = claim("a", None, "~사전예약", when("6일부터", "2026-08-06", "2026-08-07", role="since"))
    end = claim("a", None, "~사전예약", when("12일까지", "2026-08-12", "2026-08-13", role="deadline"))
    assert set(listed(_sides([start, end]))) == set()
    other = claim("a", None, "~사전예약", when("9일부터", "2026-08-09", "2026-08-10", role="since"))
    assert set(listed(_sides([start, other]))) == {0, 1}


def test_figures_of_one_frame_that_cannot_both_hold_in_a_sentence_are_a_list():
    gold = [claim("a", None, "~금메달", num("42개", 42, unit="개")), claim("a", None, "~금메달", num("38개", 38, unit="개"))]
    assert set(listed(_sides(gold))) == {0, 1}


def test_a_listed_figure_meets_a_figure_naming_its_item():
    # `142개 사업에서 212억 원을 삭감하고, 17개 사업에 38억 원을 새로 반영`: two items of one
    # frame in a sentence, told apart by their own words (`감소` / `반영`)
    from daejo.reconcile.align import _align_two

    def side(aid, value, words, k=0):
        c = claim(aid, None, "~사업", num(f"{value}개", value, unit="개"), start=20 * k)
        c.context = words
        return c

    cut, added = side("a", 142, ["감소", "사업", "제출"]), side("a", 17, ["반영", "사업", "새로"], 1)
    left_art = article("a", [cut, added])
    left = [Side(c, left_art, story="story:s1") for c in (cut, added)]
    assert listed(left) == {0: frozenset({"감소", "제출"}), 1: frozenset({"반영", "새로"})}

    def right(words, value=124):
        c = side("b", value, words)
        return [Side(c, article("b", [c]), story="story:s1")]

    # `124개 사업에서 210억여원을 깎는 대신`: the item of cuts, a slip of its figure
    pairs = [(x.claim.value.text, y.claim.value.text) for x, y, _ in _align_two(left, right(["감소", "대신", "사업", "증가"]), frozenset())]
    assert pairs == [("142개", "124개")]
    # a figure naming neither item is compared with neither
    assert list(_align_two(left, right(["사업", "심사"], 131), frozenset())) == []
    # unless it is one of them with two digits swapped: that figure mistyped
    pairs = [(x.claim.value.text, y.claim.value.text) for x, y, _ in _align_two(left, right(["사업", "심사"]), frozenset())]
    assert pairs == [("142개", "124개")]
    # or with one digit struck for another (`171석` / `170석`), in figures of two digits or more
    pairs = [(x.claim.value.text, y.claim.value.text) for x, y, _ in _align_two(left, right(["사업", "심사"], 143), frozenset())]
    assert pairs == [("142개", "143개")]
    assert list(_align_two(left, right(["사업", "심사"], 153), frozenset())) == []  # two digits other
    # the ages of a list of people are told apart by their names alone
    ages = [claim("a", None, "age", num(f"{v}", v, unit="세"), start=10 * k) for k, v in enumerate((81, 76))]
    ages[0].context, ages[1].context = ["@최모", "구조"], ["@김모", "숨지"]
    assert listed(_sides(ages)) == {0: frozenset(), 1: frozenset()}


def test_a_whole_and_a_part_of_it_in_one_sentence_are_no_list():
    # `총 1천482가구 가운데 일반분양이 963가구다`: a figure and its part, each to be compared
    sentence = "이 단지는 총 1천482가구 가운데 일반분양이 963가구다."
    whole = claim("a", None, "~가구", num("1천482가구", 1482, unit="가구"), start=sentence.index("1천482"))
    part = claim("a", None, "~가구", num("963가구", 963, unit="가구"), start=sentence.index("963"))
    for c in (whole, part):
        c.evidence.sentence, c.evidence.sentence_start = sentence, 0
        c.evidence.end = c.evidence.start + len(c.value.text)
    assert set(listed(_sides([whole, part]))) == set()
    # the same two figures side by side (`1천482가구, 963가구`) are a list
    sentence = "두 단지는 각각 1천482가구, 963가구다."
    whole.evidence.sentence, whole.evidence.start = sentence, sentence.index("1천482")
    whole.evidence.end = whole.evidence.start + len(whole.value.text)
    part.evidence.sentence, part.evidence.start = sentence, sentence.index("963")
    part.evidence.end = part.evidence.start + len(part.value.text)
    assert set(listed(_sides([whole, part]))) == {0, 1}


def test_two_times_each_close_to_its_article_and_months_apart_are_two_occurrences():
    from daejo.reconcile.align import _eras_differ

    def side(aid, text, start, published):
        c = claim(aid, "청람전자", "~공시", when(text, start, start[:8] + f"{int(start[8:10]) + 1:02d}"))
        return Side(c, article(aid, [c], published=published))

    q2 = side("a", "27일", "2023-07-27", "2023-07-27T16:00:00+09:00")
    q3 = side("b", "26일", "2023-10-26", "2023-10-26T16:00:00+09:00")
    same = side("c", "28일", "2023-07-28", "2023-07-29T09:00:00+09:00")
    assert _eras_differ(q2, q3) and not _eras_differ(q2, same)


def test_a_year_told_as_past_and_one_still_to_come_are_two_occurrences():
    # `지난해 지방선거` (a day before) / `내년 지방선거`: the last election and the next one
    def side(aid, text, year, published):
        c = claim(aid, None, "~지방선거", when(text, f"{year}-01-01", f"{year + 1}-01-01", grain="year"))
        c.context = ["지방선거"]
        return Side(c, article(aid, [c], published=published), story="story:s1")

    last = side("a", "지난해", 2026, "2027-04-07T22:00:00+09:00")
    coming = side("b", "내년", 2028, "2027-04-08T09:00:00+09:00")
    assert similarity(last, coming, frozenset()) is None
    # two years both told as past (a slip of the year of one election) are still compared
    slipped = side("c", "2025년", 2025, "2027-04-08T09:00:00+09:00")
    assert similarity(last, slipped, frozenset()) is not None
    # and a year told as past against the article's own year
    this = side("d", "올해", 2027, "2027-04-08T09:00:00+09:00")
    assert similarity(last, this, frozenset()) is not None


def test_a_restatement_is_the_same_value_in_the_same_unit_or_an_amount_in_another_currency():
    from daejo.reconcile.align import restates

    from .factory import money

    assert restates(num("41일", 41, unit="일"), num("41일간", 41, unit="일"))
    assert not restates(num("41일", 41, 40.5, 41.5, unit="일"), num("6시간", 6, 5.5, 6.5, unit="시간"))
    assert restates(money("8만 달러", 80000, unit="USD"), money("1억1천만원가량", 110000000))


def test_a_date_still_ahead_and_a_past_date_are_one_plan_misdated_not_two_eras():
    from daejo.reconcile.align import _eras_differ

    def side(aid, text, start, end):
        c = claim(aid, None, "~영상판매서비스", when(text, start, end, grain="month"))
        return Side(c, article(aid, [c], published="2026-11-03T10:00:00+09:00"))

    ahead = side("a", "2027년 3월부터", "2027-03-01", "2027-04-01")
    past = side("b", "2026년 3월부터", "2026-03-01", "2026-04-01")
    long_ago = side("c", "2019년 4월", "2019-04-01", "2019-05-01")
    recent = side("d", "지난달", "2026-10-01", "2026-11-01")
    assert not _eras_differ(ahead, past)
    assert _eras_differ(long_ago, recent)


def test_times_of_two_events_are_not_aligned_by_the_words_around_them():
    from daejo.reconcile.align import similarity

    def side(aid, frame, text, start, words):
        c = claim(aid, None, frame, when(text, start, start[:14] + "59"))
        c.context = words
        return Side(c, article(aid, [c]))

    words = ["냉동창고", "지하", "층", "출입구"]
    fire = side("a", "~불", "오전 10시 42분께", "2026-03-21T10:42", words)
    body = side("b", "~시신수습", "오전 9시 40분께", "2026-03-22T09:40", words)
    assert similarity(fire, body, frozenset()) is None  # the start of the fire, the recovery of a body
    start = side("c", "~불시작", "오전 11시 42분께", "2026-03-21T11:42", words)
    assert similarity(fire, start, frozenset()) is not None  # one event, written more fully
    strike = side("d", "~전면파업", "16일", "2026-07-16T00:00", ["노조", "돌입"])
    begun = side("e", "~파업돌입", "17일", "2026-07-17T00:00", ["노조", "돌입"])
    assert similarity(strike, begun, frozenset()) is not None  # one event word in both frames


def test_an_event_that_happened_again_is_not_its_first_occurrence():
    from daejo.reconcile.align import similarity

    def side(aid, frame, text, start):
        c = claim(aid, None, frame, when(text, start, start[:14] + "59"))
        c.context = ["교섭", "노사", "결렬"]
        return Side(c, article(aid, [c]))

    first = side("a", "~교섭결렬", "4일 오전 1시 10분께", "2026-11-04T01:10")
    again = side("b", "~재결렬", "7일 오전 2시 30분께", "2026-11-07T02:30")
    assert similarity(first, again, frozenset()) is None  # `다시 결렬됐다`: the second breakdown
    told_again = side("c", "~결렬", "4일 새벽 1시 40분께", "2026-11-04T01:40")
    assert similarity(first, told_again, frozenset()) is not None  # the first one, told by another article


def test_the_start_and_the_end_of_one_event_are_not_aligned():
    from daejo.reconcile.align import similarity

    def side(aid, text, start, words, role="point"):
        c = claim(aid, None, "~개표", when(text, start, start[:14] + "59", grain="minute", role=role))
        c.context = words
        return Side(c, article(aid, [c]))

    # `개표는 오후 8시 50분부터 진행됐다` / `8일 오전 1시 10분 개표를 모두 마친`: its start, its end
    began = side("a", "오후 8시 50분부터", "2027-04-07T20:50", ["개표", "진행"], role="since")
    ended = side("b", "8일 오전 1시 10분", "2027-04-08T01:10", ["개표", "마치", "결과"])
    assert similarity(began, ended, frozenset()) is None and similarity(ended, began, frozenset()) is None
    # `불은 … 시작돼` / `불은 … 꺼졌다`
    fire = side("c", "오전 4시 20분께", "2026-03-01T04:20", ["불", "발생"])
    out = side("d", "오전 9시 40분께", "2026-03-01T09:40", ["불", "꺼지"])
    assert similarity(fire, out, frozenset()) is None
    # two ends, two starts: one moment, compared
    assert similarity(ended, side("e", "8일 오전 0시 40분께", "2027-04-08T00:40", ["개표", "마치"]), frozenset()) is not None
    assert similarity(began, side("f", "오후 9시 50분", "2027-04-07T21:50", ["개표", "발생"]), frozenset()) is not None


def test_a_part_among_a_whole_is_not_the_whole():
    from daejo.reconcile.align import similarity

    def side(aid, frame, value, words, kind="quantity", unit="명"):
        c = claim(aid, None, frame, num(f"{value}{unit}", value, value - 0.5, value + 0.5, kind=kind, unit=unit))
        c.context = words
        return Side(c, article(aid, [c]))

    # `참가자는 3만1천여 명` / `전체 참가자 가운데 2만6천여 명이 완주했다`: a part of the whole
    whole = side("a", "~참가자", 31000, ["대회", "참가자", "완주"])
    part = side("b", "~참가자가운데", 26000, ["대회", "참가자", "완주"])
    assert similarity(whole, part, frozenset()) is None
    assert similarity(part, side("c", "~참가자가운데", 26800, ["대회", "참가자", "완주"]), frozenset()) is not None
    # a rate among them is the whole's share: `투표자 가운데 76.6%가 찬성` / `찬성률 88%`
    among = side("d", "~투표자가운데", 76.6, ["투표", "찬성"], kind="percent", unit="%")
    rate = side("e", "~투표자", 88, ["투표", "찬성"], kind="percent", unit="%")
    assert similarity(among, rate, frozenset()) is not None
    # a place among them is a place: `역대 기록 가운데 세 번째로 많았다` / `두 번째로 많은`
    third = side("f", "~기록가운데", 3, ["관측", "기록", "많"], unit="번째")
    second = side("g", "~많", 2, ["관측", "기록", "많"], unit="번째")
    assert similarity(third, second, frozenset()) is not None


def test_a_change_and_a_level_are_not_aligned():
    from daejo.reconcile.align import similarity

    words = ["잠들", "걸리", "시간", "개입군"]

    def side(aid, frame, value):
        c = claim(aid, None, frame, value)
        c.context = words
        return Side(c, article(aid, [c]))

    level = side("a", "~입면잠복기", num("15분", 15, unit="분"))
    change = side("b", "~시간감소", num("9분", 9, unit="분"))
    assert similarity(level, change, frozenset()) is None
    other_level = side("c", "~잠복기", num("14분", 14, unit="분"))
    assert similarity(level, other_level, frozenset()) is not None


def test_a_place_in_an_order_is_a_rank():
    from daejo.reconcile.align import restates
    from daejo.reconcile.compare import values_meet

    second = num("2위", 2, 1.5, 2.5, unit="위")
    assert values_meet(second, num("두 번째", 2, 2, 2, unit="번째"))
    assert restates(second, num("두 번째", 2, 2, 2, unit="번째"))
    assert not values_meet(second, num("세 번째", 3, 3, 3, unit="번째"))
    assert values_meet(second, num("3명", 3, 2.5, 3.5, unit="명"))  # another unit: not comparable


def test_two_estimates_are_one_fact_only_when_their_named_sources_agree():
    from daejo.reconcile.align import similarity

    def side(aid, sources, value="44.2%"):
        c = claim(aid, None, "~후보", num(value, float(value[:-1]), unit="%"))
        # the candidates' names are in both; the organisations behind each poll differ
        c.context = ["&후보", "@김", "@박", "지지", "조사", "^estimate", *sources]
        return Side(c, article(aid, [c]))

    ours = side("a", ["^한빛연구소", "^가람통신"])
    theirs = side("b", ["^미래리서치"], "41.0%")
    assert similarity(ours, theirs, frozenset()) is None  # two pollsters: two figures
    again = side("c", ["^한빛연구소"], "45.1%")
    assert similarity(ours, again, frozenset()) is not None  # the same poll, told again
    unnamed = side("d", [], "43.0%")
    assert similarity(ours, unnamed, frozenset()) is not None  # no source named: the names decide


def test_a_catalogue_change_meets_a_change_frame_and_not_a_level():
    from daejo.reconcile.align import similarity

    def side(aid, attribute, value):
        c = claim(aid, "코스피", attribute, value)
        c.context = ["@코스피", "지수", "상승", "마감"]
        return Side(c, article(aid, [c]))

    rate = side("a", "growth_rate", num("1.86%", 1.86, unit="%"))
    assert similarity(rate, side("b", "~상승", num("1.68%", 1.68, unit="%")), frozenset()) is not None
    assert similarity(rate, side("c", "~지수", num("3.5%", 3.5, unit="%")), frozenset()) is None


def test_the_company_a_figure_is_about_is_no_source_of_an_estimate():
    from daejo.reconcile.align import similarity

    def side(aid, sources, value):
        c = claim(aid, "청람전자", "~영업이익률", num(value, float(value[:-1]), unit="%"))
        c.context = ["영업", "이익", "집계", "^estimate", *sources]
        return Side(c, article(aid, [c]))

    own = side("a", ["^청람전자"], "7.5%")  # `청람전자의 영업이익률은 7.5%로 집계됐다`
    assert similarity(own, side("b", ["^한빛증권"], "8.5%"), frozenset()) is not None


def test_a_listed_figure_meets_the_same_person_under_a_shorter_anonymised_name():
    from daejo.reconcile.align import _shares_a_name

    def side(aid, names):
        c = claim(aid, None, "~징역", num("5년", 5, unit="년"))
        c.context = ["징역", *names]
        return Side(c, article(aid, [c]))

    assert _shares_a_name(side("a", ["@한모", "@김모"]), side("b", ["@한"]), frozenset())
    assert not _shares_a_name(side("a", ["@한모"]), side("b", ["@김"]), frozenset())


def test_a_span_since_an_event_is_not_dated_apart_by_the_event_times_around_it():
    from daejo.reconcile.align import dated_apart, elapsed

    def side(aid, text, tail, rule, at):
        value = num(text, float(text.split("분")[0]), unit="분").model_copy(update={"kind": "duration", "rule": rule})
        c = claim(aid, None, "~분리", value, as_of=at)
        c.evidence = c.evidence.model_copy(update={"sentence": f"발사 {text}{tail} 분리됐다", "sentence_start": 0,
                                                   "start": 3, "end": 3 + len(text)})
        return Side(c, article(aid, [c]))

    after = side("a", "58분 뒤", "", "since-event", ("2026-11-03T04:42", "2026-11-03T04:43"))
    within = side("b", "68분", " 만에", None, ("2026-11-03T03:44", "2026-11-03T03:45"))
    assert elapsed(after.claim) and elapsed(within.claim)
    assert not dated_apart(after, within)


def test_a_span_before_a_word_that_only_begins_with_jeon_is_no_span_before_today():
    # `3일간 전면파업에` (a strike that lasted three days) is no `3일 전` (three days ago):
    # `전`, `후` and `뒤` count back or on only ending their word or before a particle
    from daejo.reconcile.align import elapsed

    def span(text, sentence):
        c = claim("a", None, "~파업", num(text, 3.0, kind="duration", unit="일"))
        start = sentence.index(text)
        c.evidence = c.evidence.model_copy(update={"sentence": sentence, "sentence_start": 0,
                                                   "start": start, "end": start + len(text)})
        return c

    assert not elapsed(span("3일간", "노조는 15일부터 3일간 전면파업에 들어간다"))
    assert not elapsed(span("3일", "사흘 뒤인 3일 후반 작업에 들어간다"))
    assert elapsed(span("3일", "노조는 3일 전 파업을 끝냈다"))
    assert elapsed(span("3일", "노조는 3일 전에 파업을 끝냈다"))
    assert elapsed(span("3일", "파업 3일 만에 합의했다"))


def test_two_members_of_a_numbered_series_are_two_things():
    from daejo.reconcile.align import similarity

    def side(aid, series, value):
        c = claim(aid, None, "~무게", num(value, float(value[:-2]), unit="kg"))
        c.context = ["무게", "위성", *series]
        return Side(c, article(aid, [c]))

    assert similarity(side("a", ["#2호"], "95kg"), side("b", ["#1호"], "42kg"), frozenset()) is None
    assert similarity(side("a", ["#2호"], "95kg"), side("b", ["#2호"], "59kg"), frozenset()) is not None
    assert similarity(side("a", ["#2호"], "95kg"), side("b", [], "59kg"), frozenset()) is not None
    # comparisons with two base figures (`15만8천대보다` / `62만대보다`) are two facts
    assert similarity(side("a", ["#보다158000대"], "95kg"), side("b", ["#보다620000대"], "59kg"), frozenset()) is None
    assert similarity(side("a", ["#보다158000대"], "95kg"), side("b", ["#보다158000대"], "59kg"), frozenset()) is not None
    # one base written in two forms (`9만 8,300명보다` / `전년(9만8천여명)보다`) is one base;
    # `2만5천600원보다` / `2만6천500원보다` (3.5% apart) are two closing prices
    assert similarity(side("a", ["#보다98300명"], "95kg"), side("b", ["#보다98000명"], "59kg"), frozenset()) is not None
    assert similarity(side("a", ["#보다25600원"], "95kg"), side("b", ["#보다26500원"], "59kg"), frozenset()) is None
    assert similarity(side("a", ["#보다98300명"], "95kg"), side("b", ["#보다98300원"], "59kg"), frozenset()) is None


def test_catalogue_times_of_two_events_are_two_facts():
    from daejo.reconcile.align import _two_events

    def side(aid, event, value):
        c = claim(aid, None, "event_time", value)
        c.context = ["파업", *( [f"!{event}"] if event else [])]
        return Side(c, article(aid, [c]))

    partial = side("a", "부분파업", when("지난 14일", "2026-07-14", "2026-07-15"))
    assert _two_events(partial, side("b", "시신수습", when("지난 17일", "2026-07-17", "2026-07-18")))
    assert not _two_events(partial, side("c", "부분파업시작", when("지난 16일", "2026-07-16", "2026-07-17")))
    assert not _two_events(partial, side("d", None, when("지난 17일", "2026-07-17", "2026-07-18")))  # no event named
    # one moment, its hour mistyped, stays comparable whatever events the words name
    pitch = side("e", "포수미트꽂히", when("오후 9시 47분", "2026-10-01T21:47", "2026-10-01T21:48", grain="minute"))
    sealed = side("f", "우승확정", when("밤 10시 47분쯤", "2026-10-01T22:47", "2026-10-01T22:48", grain="minute"))
    later = side("g", "우승확정", when("밤 10시 40분쯤", "2026-10-01T22:40", "2026-10-01T22:41", grain="minute"))
    assert not _two_events(pitch, sealed)
    assert _two_events(pitch, later)


def test_a_part_of_a_day_neither_restates_nor_disputes_a_time_to_the_minute():
    from daejo.reconcile.align import _part_of_day_against_clock

    dawn = when("오늘 새벽", "2026-09-08T00:00", "2026-09-08T06:00", grain="hour")
    minute = when("오전 4시 12분", "2026-09-08T04:12", "2026-09-08T04:13", grain="minute")
    other = when("오전 4시 21분", "2026-09-08T04:21", "2026-09-08T04:22", grain="minute")
    day = when("8일", "2026-09-08", "2026-09-09")
    assert _part_of_day_against_clock(dawn, minute) and _part_of_day_against_clock(minute, dawn)
    assert not _part_of_day_against_clock(minute, other)  # two times to the minute are compared
    assert not _part_of_day_against_clock(day, minute)  # a day and a time of day: restates.py decides


def test_the_storys_own_names_tell_figures_apart_only_one_against_another():
    from daejo.reconcile.align import NAME_PENALTY, similarity

    def side(aid, words):
        c = claim(aid, None, "~승", num("41승", 41, unit="승"))
        c.context = words
        return Side(c, article(aid, [c]))

    story = frozenset({"@가람", "@청솔"})
    home, away = side("a", ["@가람", "시즌", "전적"]), side("b", ["@청솔", "시즌", "전적"])
    again = side("c", ["@가람", "시즌", "전적"])
    unnamed = side("d", ["시즌", "전적"])
    both = similarity(home, again, story, bonuses=False)
    assert similarity(home, away, story, bonuses=False) == pytest.approx(both - NAME_PENALTY)  # two teams
    assert similarity(home, unnamed, story, bonuses=False) == pytest.approx(both)  # the story's name says nothing alone


def test_something_that_recurs_still_ahead_in_a_later_article_is_its_next_occurrence():
    from daejo.reconcile.align import _eras_differ

    def side(aid, frame, text, start, published, modality="asserted"):
        c = claim(aid, None, frame, when(text, start, start[:8] + f"{int(start[8:10]) + 1:02d}"), modality=modality)
        return Side(c, article(aid, [c], published=published))

    held = side("a", "~찬반투표", "지난 8일", "2026-07-08", "2026-07-09T17:20:00+09:00")
    next_one = side("b", "~조합원찬반투표거치", "28일", "2026-07-28", "2026-07-24T09:10:00+09:00", modality="planned")
    assert _eras_differ(held, next_one) and _eras_differ(next_one, held)
    # a launch still ahead is one event: the other side's past date is that plan misdated
    # a yearly festival: last year's (`지난해 축제`) in one article, next year's in a later one
    last_year = Side(*(lambda c: (c, article("e", [c], published="2026-10-23T10:00:00+09:00")))(
        claim("e", None, "~축제", when("지난해", "2025-01-01", "2026-01-01", grain="year"))))
    next_year = Side(*(lambda c: (c, article("f", [c], published="2026-11-02T11:00:00+09:00")))(
        claim("f", None, "~축제", when("내년", "2027-01-01", "2028-01-01", grain="year"), modality="planned")))
    assert _eras_differ(last_year, next_year)
    launched = side("c", "~발사", "지난 8일", "2026-07-08", "2026-07-09T17:20:00+09:00")
    ahead = side("d", "~발사", "28일", "2026-07-28", "2026-07-24T09:10:00+09:00", modality="planned")
    assert not _eras_differ(launched, ahead)


@pytest.mark.parametrize(("x", "y", "two"), [
    ("~부분파업", "~전면파업", True),
    ("~씩부분파업벌이", "~전면파업", True),
    ("~사전투표", "~본투표", True),
    ("~전면파업", "~전면파업돌입", False),  # one event, written more fully
    ("~파업", "~전면파업", False),  # the strike, and the kind it became: not told apart
    ("~상행선통행막", "~통행재개", True),  # the road closed, and opened again
    ("~상행선통행막", "~상행선통행통제", False),  # closed, told in two words
    ("~실적공시", "~실적컨퍼런스콜", True),  # the results are what both are of, not the event
    ("~실적공시", "~잠정실적공시", False),  # one disclosure, written more fully
    ("~솔뫼항떠나", "~솔뫼항도착", True),  # a departure and an arrival at one port
    ("~출발", "~도착", True),
    ("~불", "~초진", True),  # the fire, and its main blaze brought under control
    ("~사격중단", "~사격발생", True),  # firing stopped, and firing started (`시작` is filed as `발생`)
    ("~교섭마치", "~교섭발생", True),  # talks that ended, and talks that began
    ("~사격중단", "~사격중지", False),  # one halt, in two words
])
def test_two_kinds_of_one_event_are_two_events(x, y, two):
    from daejo.reconcile.align import _two_events

    def side(aid, frame, text, start):
        c = claim(aid, None, frame, when(text, start, start[:8] + f"{int(start[8:10]) + 1:02d}"))
        return Side(c, article(aid, [c]))

    assert _two_events(side("a", x, "14일", "2026-07-14"), side("b", y, "17일", "2026-07-17")) is two


@pytest.mark.parametrize(("story_name", "x", "y", "two"), [
    ("솔뫼군 지진", "~발생", "~지진", False),  # `발생한 … 지진` and `지진` in a story named by it
    ("가람시 화재", "~발생", "~화재", False),
    ("운담군 산불", "~발생", "~불", False),  # `시작된 불은` told with the head of the story's noun
    ("운담군 산불", "~발생", "~산", True),  # a word of the noun that is not its head
    ("솔뫼군 지진", "~발생", "~여진", True),  # an event the story is not named by
    ("가람시 화재", "~발생", "~신고", True),  # the report of the fire is another event
    (None, "~발생", "~지진", True),  # no story name: nothing says which event occurred
])
def test_the_bare_occurrence_is_the_event_the_story_is_named_by(story_name, x, y, two):
    from daejo.reconcile.align import _two_events

    def side(aid, frame, text, start):
        c = claim(aid, None, frame, when(text, start, start[:8] + f"{int(start[8:10]) + 1:02d}"))
        header = article(aid, [c]).model_copy(update={"story": "s1", "story_name": story_name})
        return Side(c, header)

    assert _two_events(side("a", x, "8일", "2026-09-08"), side("b", y, "8일", "2026-09-08")) is two


def test_the_end_of_a_period_is_not_a_moment():
    from daejo.reconcile.align import _end_against_moment

    until = when("8일 오후 6시까지", "2026-09-08T18:00", "2026-09-08T19:00", grain="hour", role="deadline")
    moment = when("오전 4시 31분", "2026-09-08T04:31", "2026-09-08T04:32", grain="minute")
    since = when("14일부터", "2026-07-14", "2026-07-15", role="since")
    other_end = when("9일까지", "2026-09-09", "2026-09-10", role="deadline")
    assert _end_against_moment(until, moment) and _end_against_moment(since, until)
    assert not _end_against_moment(until, other_end) and not _end_against_moment(moment, since)


def test_catalogue_figures_of_two_sub_categories_are_not_aligned():
    from daejo.reconcile.align import similarity

    def side(aid, qualifier, text, value):
        c = claim(aid, None, "growth_rate", num(text, value, unit="%"), qualifier=qualifier)
        c.context = ["증가", "1년", "전"]
        return Side(c, article(aid, [c]))

    sales, marketing = side("a", "매출", "27.5%", 27.5), side("b", "마케팅비", "64%", 64)
    assert similarity(sales, marketing, frozenset()) is None
    assert similarity(sales, side("c", "매출", "25.7%", 25.7), frozenset()) is not None
    assert similarity(sales, side("d", None, "25.7%", 25.7), frozenset()) is not None  # one side says nothing


def test_a_day_restating_a_time_of_day_gives_way_to_a_time_of_day_in_closer_words():
    from daejo.reconcile.align import _align_two

    def side(aid, frame, text, start, end, grain, words, i):
        c = claim(aid, None, frame, when(text, start, end, grain=grain), start=i, sentence_index=i)
        c.context = words
        return Side(c, article(aid, [c], published="2026-05-21T09:00:00+09:00"), story="story:plant")

    signed = side("b", "~투자협약체결", "20일 오후 2시", "2026-05-20T14:00", "2026-05-20T15:00", "hour", ["투자", "협약", "체결", "시청"], 0)
    day = side("b", "~투자협약서서명", "20일", "2026-05-20", "2026-05-21", "day", ["투자", "협약", "서명"], 1)
    other = side("d", "~투자협약맺", "전날 오전 11시", "2026-05-20T11:00", "2026-05-20T12:00", "hour", ["투자", "협약", "체결", "시청"], 0)
    pairs = list(_align_two([signed, day], [other], frozenset()))
    assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in pairs] == [("20일 오후 2시", "전날 오전 11시")]


def test_a_tie_between_a_day_restating_a_time_of_day_and_a_time_of_day_goes_to_the_two_times_of_day():
    # `지난해 9월` and `오전 11시 40분께` of one accident against `지난해 9월 12일 오전 10시
    # 40분께`, all in the same words: the month meets it, but the two times of day dispute it
    from daejo.reconcile.align import _align_two

    def side(aid, text, start, end, grain, i):
        c = claim(aid, None, "~사고", when(text, start, end, grain=grain), start=i, sentence_index=i)
        c.context = ["사고", "발생"]
        return Side(c, article(aid, [c], published="2025-10-17T09:00:00+09:00"), story="story:crane")

    month = side("b", "지난해 9월", "2024-09-01", "2024-10-01", "month", 0)
    clock = side("b", "오전 11시 40분께", "2025-10-17T11:37", "2025-10-17T11:44", "minute", 1)
    both = side("a", "지난해 9월 12일 오전 10시 40분께", "2024-09-12T10:37", "2024-09-12T10:44", "minute", 0)
    pairs = list(_align_two([month, clock], [both], frozenset()))
    assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in pairs] == [("오전 11시 40분께", "지난해 9월 12일 오전 10시 40분께")]
    # the month alone still restates it (nothing finer disputes it)
    assert list(_align_two([month], [both], frozenset())) == []


def test_figures_traded_in_two_markets_are_two_facts():
    def side(aid, sentence, text, value):
        c = claim(aid, None, "~외국인", money(text, value))
        c.context = ["외국인", "순매도"]
        at = sentence.index(text)
        c.evidence = c.evidence.model_copy(update={"sentence": sentence, "sentence_start": 0, "start": at, "end": at + len(text)})
        return Side(c, article(aid, [c]))

    spot = side("a", "유가증권시장에서 외국인은 2조1,384억원을 순매도했다.", "2조1,384억원", 21384 * EOK)
    futures = side("b", "외국인은 코스피200 선물시장에서도 1조3,250억원어치를 순매도했다.", "1조3,250억원어치", 13250 * EOK)
    spot_again = side("c", "외국인은 유가증권 시장에서 2조1,834억원을 팔았다.", "2조1,834억원", 21834 * EOK)
    unnamed = side("d", "외국인은 이날 1조3,250억원어치를 순매도했다.", "1조3,250억원어치", 13250 * EOK)
    assert similarity(spot, futures, frozenset()) is None
    assert similarity(spot, spot_again, frozenset()) is not None  # one market, written two ways
    assert similarity(spot, unnamed, frozenset()) is not None  # one side names none


def test_a_month_or_a_year_restating_a_day_gives_way_to_a_day_in_closer_words():
    # `이달 말 문을 닫겠다고 신고한 어린이집` and `올해 안에 … 문을 닫을 것` hold `오는 27일`,
    # but `오는 24일 … 문을 닫는다` of the same daycare disputes it in closer words
    from daejo.reconcile.align import _align_two

    def side(aid, text, start, end, grain, words, i, role="point"):
        c = claim(aid, None, "~문닫", when(text, start, end, grain=grain, role=role), start=i, sentence_index=i,
                  modality="planned")
        c.context = words
        return Side(c, article(aid, [c], published="2027-02-12T09:00:00+09:00"), story="story:nursery")

    day = side("b", "오는 27일", "2027-02-27", "2027-02-28", "day", ["닫", "문", "어린이집", "열"], 0)
    month = side("c", "이달 말", "2027-02-21", "2027-03-01", "part_of_month", ["닫", "문", "신고"], 0)
    year = side("c", "올해 안에", "2027-01-01", "2028-01-01", "year", ["닫", "문", "어린이집", "연합회"], 1, role="deadline")
    other = side("c", "오는 24일", "2027-02-24", "2027-02-25", "day", ["닫", "문", "어린이집", "도담숲어린이집"], 2)
    pairs = list(_align_two([day], [month, year, other], frozenset()))
    assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in pairs] == [("오는 27일", "오는 24일")]
    # with no day disputing it, the month still holds it
    assert list(_align_two([day], [month, year], frozenset())) == []


def test_a_time_of_day_with_no_day_written_tells_no_era_or_occurrence_apart():
    # `사고는 오전 10시40분께 …` in a report on the trial months later: the article's day is
    # only assumed, so it is one accident with `오전 11시 40분께` of an earlier report and with
    # a time dated the year before; a written day still tells occurrences apart
    from daejo.reconcile.align import _eras_differ

    def side(aid, text, start, end, published, grain="minute"):
        c = claim(aid, None, "~사고", when(text, start, end, grain=grain))
        return Side(c, article(aid, [c], published=published))

    early = side("b", "오전 11시 40분께", "2025-10-17T11:37", "2025-10-17T11:44", "2025-10-17T09:00:00+09:00")
    late = side("d", "오전 10시40분께", "2026-04-09T10:37", "2026-04-09T10:44", "2026-04-09T09:00:00+09:00")
    dated = side("a", "지난해 9월 12일 오전 10시 40분께", "2024-09-12T10:37", "2024-09-12T10:44", "2025-10-16T09:00:00+09:00")
    assert not _eras_differ(early, late) and not _eras_differ(early, dated)
    day_early = side("e", "17일 오전 11시", "2025-10-17T11:00", "2025-10-17T12:00", "2025-10-17T13:00:00+09:00", "hour")
    day_late = side("f", "9일 오전 10시", "2026-04-09T10:00", "2026-04-09T11:00", "2026-04-09T13:00:00+09:00", "hour")
    assert _eras_differ(day_early, day_late)


def test_an_event_and_its_end_are_two_events():
    from daejo.reconcile.align import _two_events

    def side(aid, frame, text, start, role="point"):
        c = claim(aid, None, frame, when(text, start, start[:14] + "59", grain="hour", role=role))
        return Side(c, article(aid, [c]))

    assert _two_events(side("a", "~개표", "오후 7시께부터", "2028-04-12T19:00", "since"), side("b", "~개표마치", "오전 7시 40분께", "2028-04-13T07:40"))


def test_each_article_dating_an_event_to_its_own_day_tells_of_two_days():
    # `17일 … 장을 마쳤다` in the 17th's report and `19일 … 마감했다` in the 19th's: two
    # trading days; `지난 17일` in the 19th's report, or a clock time with no day written,
    # says nothing of the article's own day
    from daejo.reconcile.align import _eras_differ

    def side(aid, text, start, end, published):
        c = claim(aid, None, "~장마치", when(text, start, end))
        return Side(c, article(aid, [c], published=published))

    first = side("a", "17일", "2026-03-17", "2026-03-18", "2026-03-17T16:30:00+09:00")
    third = side("c", "19일", "2026-03-19", "2026-03-20", "2026-03-19T16:30:00+09:00")
    looking_back = side("d", "지난 19일", "2026-03-19", "2026-03-20", "2026-03-21T09:00:00+09:00")
    same_day = side("b", "17일", "2026-03-17", "2026-03-18", "2026-03-17T18:00:00+09:00")
    assert _eras_differ(first, third)
    assert not _eras_differ(third, looking_back) and not _eras_differ(first, same_day)
    clock_a = side("e", "오후 3시", "2026-03-17T15:00", "2026-03-17T16:00", "2026-03-17T16:30:00+09:00")
    clock_b = side("f", "오후 4시", "2026-03-18T16:00", "2026-03-18T17:00", "2026-03-18T18:30:00+09:00")
    assert not _eras_differ(clock_a, clock_b)


def test_reports_that_disagree_too_much_keep_only_the_disputes_their_words_leave_no_doubt_of():
    # four weakly worded figures differ (two reports of other things), and one figure in
    # the same words differs by a slip: only that one is kept
    from daejo.reconcile.align import SURE_DISPUTE, _align_two, similarity

    def figures(aid, values, crowd):
        cs = []
        for k, v in enumerate(values):
            c = claim(aid, None, f"~항목{k}", num(f"{v}개", v, unit="개"), start=10 * k, sentence_index=k)
            c.context = [f"항목{k}", "공통", f"{aid}{k}"]
            cs.append(c)
        c = claim(aid, None, "~관중", num(f"{crowd}명", crowd, unit="명"), start=100, sentence_index=9)
        c.context = ["관중", "경기장", "찾", "시즌", "최다"]
        cs.append(c)
        art = article(aid, cs)
        return [Side(c, art, story="story:s1") for c in cs]

    left, right = figures("a", [10, 20, 30, 40], 23417), figures("b", [11, 22, 33, 44], 24317)
    assert similarity(left[-1], right[-1], frozenset()) >= SURE_DISPUTE > similarity(left[0], right[0], frozenset())
    assert [(x.claim.value.text, y.claim.value.text) for x, y, _ in _align_two(left, right, frozenset())] == [("23417명", "24317명")]


def test_an_open_rate_and_a_catalogue_percentage_naming_another_rate_are_two_facts():
    from daejo.reconcile.align import _two_rates, similarity

    def side(aid, attribute, sentence, text, value):
        c = claim(aid, None, attribute, num(text, value, kind="percent", unit="%"))
        start = sentence.index(text)
        c.evidence = c.evidence.model_copy(update={"sentence": sentence, "start": start, "end": start + len(text)})
        c.context = ["선거", "투표"]
        return Side(c, article(aid, [c]))

    turnout = side("a", "~투표율", "재선거의 투표율이 오후 3시 기준 31.2%로 집계됐다.", "31.2%", 31.2)
    share = side("b", "share", "서 후보는 득표율 51.2%를 기록했다.", "51.2%", 51.2)
    same = side("c", "share", "최종 투표율은 41.2%였다.", "41.2%", 41.2)
    unnamed = side("d", "share", "서 후보는 51.2%를 얻었다.", "51.2%", 51.2)
    assert _two_rates(turnout, share) and similarity(turnout, share, frozenset()) is None
    assert not _two_rates(turnout, same)  # one rate named in both
    assert not _two_rates(turnout, unnamed)  # a figure that names no rate says nothing against it


def test_two_open_frames_ending_in_two_rate_nouns_are_two_facts():
    # `투표율 88.6%, 찬성률 79.3%` / `찬성률 88.6%`: a turnout restated as the approval is
    # no restatement, and the approval rates are compared
    from daejo.reconcile.align import _two_rates, similarity

    def side(aid, attribute, value):
        c = claim(aid, None, attribute, num(f"{value}%", value, kind="percent", unit="%"))
        c.context = ["쟁의", "찬반", "투표", "파업"]
        return Side(c, article(aid, [c]))

    turnout = side("a", "~결과투표율", 88.6)
    approval = side("b", "~찬성률", 88.6)
    longer = side("c", "~최종찬성률", 79.3)
    assert _two_rates(turnout, approval) and similarity(turnout, approval, frozenset()) is None
    assert not _two_rates(approval, longer)  # one rate noun, written more fully
    assert similarity(approval, longer, frozenset()) is not None


def test_a_time_of_day_that_writes_its_day_is_compared_with_a_day_and_a_bare_one_is_not():
    # `지난 3일 오전 6시 30분께` is not on `지난 4일`; `오전 6시 30분께` alone names no day to
    # hold against one
    from daejo.reconcile.align import restates
    from daejo.reconcile.compare import values_meet

    dated = when("지난 3일 오전 6시 30분께", "2026-02-03T06:27", "2026-02-03T06:34", grain="minute")
    bare = when("오전 6시 30분께", "2026-02-24T06:27", "2026-02-24T06:34", grain="minute")
    other_day = when("지난 4일", "2026-02-04", "2026-02-05")
    same_day = when("3일", "2026-02-03", "2026-02-04")
    assert not values_meet(dated, other_day) and not values_meet(other_day, dated)
    assert values_meet(dated, same_day) and restates(same_day, dated)
    assert values_meet(bare, other_day)


def test_one_figure_at_two_report_times_counts_as_told_alike_when_disputes_are_weighed():
    # two reports of a story that disagree more than they agree keep only the disputes their
    # words leave no doubt of; a figure told at two report times (`오전 6시 기준` / `오후 6시
    # 기준`) shows the two tell the same things, as a restatement does
    from daejo.reconcile.align import _align_two

    def side(aid, frame, value, words, i, as_of=None):
        c = claim(aid, None, frame, num(f"{value}명", value, value - 0.5, value + 0.5, unit="명"), start=i, sentence_index=i,
                  as_of=as_of, as_of_source="report" if as_of else "published")
        c.context = words
        return Side(c, article(aid, [c], published="2026-04-15T10:00:00+09:00"), story="story:m")

    left = [side("a", "~확진자", 23, ["확진자", "누적", "홍역"], 0, ("2026-04-15", "2026-04-16")),
            side("a", "~접촉자", 412, ["접촉자", "관리", "홍역"], 1), side("a", "~입원", 9, ["입원", "치료", "홍역"], 2),
            side("a", "~격리", 37, ["격리", "자가", "홍역"], 3)]
    right = [side("b", "~확진자", 25, ["확진자", "누적", "홍역"], 0, ("2026-04-16", "2026-04-17")),
             side("b", "~접촉자", 430, ["접촉자", "보건소", "파악"], 1), side("b", "~입원", 7, ["입원", "병원", "중증"], 2),
             side("b", "~격리", 33, ["격리", "해제", "주민"], 3)]
    pairs = {(a.claim.value.text, b.claim.value.text) for a, b, _ in _align_two(left, right, frozenset())}
    assert pairs == {("412명", "430명"), ("9명", "7명"), ("37명", "33명")}
    # without the figure at two report times the three disputes outnumber what the reports share
    assert {(a.claim.value.text, b.claim.value.text) for a, b, _ in _align_two(left[1:], right[1:], frozenset())} == set()


def test_a_figure_at_one_report_time_pairs_with_the_others_figure_at_that_time():
    # `오전 11시 기준 483건` / `오전 11시 기준 384건이던 … 오후 6시 612건`: the 11 o'clock
    # figures dispute each other; the 6 o'clock one, in closer words, is the count later on
    from daejo.reconcile.align import _align_two

    def side(aid, frame, value, words, i, as_of):
        c = claim(aid, None, frame, num(f"{value}건", value, value - 0.5, value + 0.5, unit="건"), start=i, sentence_index=i,
                  as_of=as_of, as_of_source="explicit")
        c.context = words
        return Side(c, article(aid, [c], published="2026-12-16T20:00:00+09:00"), story="story:freeze")

    eleven, six = ("2026-12-16T11:00", "2026-12-16T12:00"), ("2026-12-16T18:00", "2026-12-16T19:00")
    left = [side("b", "~수도계량기동파신고", 483, ["수도", "계량기", "동파", "신고"], 0, eleven)]
    right = [side("c", "~수도계량기동파", 384, ["수도", "계량기", "동파"], 0, eleven),
             side("c", "~수도계량기동파신고", 612, ["수도", "계량기", "동파", "신고"], 1, six)]
    pairs = {(a.claim.value.text, b.claim.value.text) for a, b, _ in _align_two(left, right, frozenset())}
    assert pairs == {("483건", "384건")}
    # with no figure at that time on the other side, the later count is still no dispute
    assert list(_align_two(left, right[1:], frozenset())) == []


def test_a_figure_of_a_day_pairs_with_the_others_figure_of_that_day_not_one_of_another_year():
    # `이날 오후 본회의에서 … 찬성 164표` / `11일 국회 본회의에서 … 찬성 161표` and, in the
    # first article, the predecessor's `2025년 6월 찬성 181표` in closer words: the vote of
    # the day is disputed, not taken by the old one as a figure of another time
    from daejo.reconcile.align import _align_two

    def side(aid, value, words, i, as_of):
        c = claim(aid, None, "~찬성표", num(f"{value}표", value, value - 0.5, value + 0.5, unit="표"), start=i,
                  sentence_index=i, as_of=as_of, as_of_source="explicit")
        c.context = words
        return Side(c, article(aid, [c], published="2027-03-13T09:00:00+09:00"), story="story:vote")

    day = ("2027-03-11", "2027-03-12")
    left = [side("b", 164, ["찬성", "가결", "재석", "투표"], 0, ("2027-03-11T12:00", "2027-03-12T00:00")),
            side("b", 181, ["찬성", "동의", "임명", "통과", "총리"], 1, ("2025-06-01", "2025-07-01"))]
    right = [side("c", 161, ["찬성", "동의", "임명", "재석", "총리"], 0, day)]
    pairs = {(a.claim.value.text, b.claim.value.text) for a, b, _ in _align_two(left, right, frozenset())}
    assert pairs == {("164표", "161표")}


def test_one_number_as_a_percent_and_as_a_percentage_point_is_one_figure_in_the_wrong_unit():
    # `종전 제시안보다 0.5% 올린` / `2.6%에서 0.5%p 올린`: a raise of 0.5 points is no raise of
    # 0.5 percent, one side has the unit wrong; a stage mark on one side does not part them,
    # nor do two other numbers in the two units
    from daejo.reconcile.align import _align_two, dimensions_meet
    from daejo.reconcile.compare import compare_pair
    from daejo.reconcile.policy import policy_for

    def side(aid, unit, value, words):
        c = claim(aid, None, "~올리", num(f"{value}{unit}", value, kind="percent", unit=unit))
        c.context = words
        return Side(c, article(aid, [c], published="2026-07-05T10:00:00+09:00"), story="story:rail")

    point = side("c", "%p", 0.5, ["기본급", "인상", "올리"])
    percent = side("d", "%", 0.5, ["기본급", "인상안", "올리", "%requested"])
    other = side("d", "%", 0.8, ["기본급", "인상안", "올리", "%requested"])
    assert dimensions_meet(point, percent) and not dimensions_meet(point, other)
    cmp = compare_pair(point, percent, policy_for("~올리", None), None)
    assert cmp.conflict and "%포인트" in cmp.reason_ko
    assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in _align_two([point], [percent], frozenset())] == [("0.5%p", "0.5%")]


def test_a_kind_of_an_event_and_the_event_word_alone_date_one_event():
    # `2024년 9월 21일 … 붕괴` / `지난해 9월 12일 … 사고` (data/frames.yaml event_kinds): one
    # accident dated twice; a collapse and a sentencing are two events
    from daejo.reconcile.align import _two_events, similarity

    def side(aid, frame, text, start, words):
        c = claim(aid, None, frame, when(text, start, start[:8] + f"{int(start[8:10]) + 1:02d}"))
        c.context = words
        return Side(c, article(aid, [c], published="2025-10-16T09:00:00+09:00"), story="story:crane")

    collapse = side("c", "~붕괴", "2024년 9월 21일", "2024-09-21", ["붕괴", "공사", "아파트"])
    accident = side("a", "~사고", "지난해 9월 12일", "2024-09-12", ["사고", "현장"])
    sentence = side("b", "~선고", "지난 16일", "2025-10-16", ["선고", "재판부"])
    assert not _two_events(collapse, accident) and _two_events(collapse, sentence)
    assert similarity(collapse, accident, frozenset()) >= 0.5


def test_two_names_of_one_press_event_or_results_call_date_one_event():
    # `오전 10시 30분 … 기자회견을 열고` / `오전 11시 30분 … 브리핑` (data/frames.yaml
    # event_names): one press event dated twice, a dispute; `컨퍼런스콜` / `기업설명회` are
    # one results call. A press event and a vote, or a call and a listing, are two events.
    from daejo.reconcile.align import _two_events

    def side(aid, frame, text, start, end, words):
        c = claim(aid, None, frame, when(text, start, end, grain="minute"))
        c.context = words
        return Side(c, article(aid, [c], published="2026-05-10T15:00:00+09:00"), story="story:press")

    held = side("a", "~기자회견열", "오전 10시 30분", "2026-05-10T10:30", "2026-05-10T10:31", ["기자회견", "예산안"])
    briefing = side("b", "~브리핑", "오전 11시 30분", "2026-05-10T11:30", "2026-05-10T11:31", ["브리핑", "예산안"])
    vote = side("c", "~의결", "오전 11시 30분", "2026-05-10T11:30", "2026-05-10T11:31", ["의결", "예산안"])
    call = side("d", "~컨퍼런스콜열", "오후 4시", "2026-05-10T16:00", "2026-05-10T16:01", ["실적", "컨퍼런스콜"])
    meeting = side("e", "~기업설명회", "오후 3시", "2026-05-10T15:00", "2026-05-10T15:01", ["실적", "기업설명회"])
    listing = side("f", "~상장", "오후 3시", "2026-05-10T15:00", "2026-05-10T15:01", ["상장", "거래"])
    assert not _two_events(held, briefing) and not _two_events(call, meeting)
    assert _two_events(held, vote) and _two_events(call, listing) and _two_events(briefing, call)


def test_a_listed_figure_is_compared_with_one_of_the_same_actor():
    # `노조는 월 14만2000원 인상을, 회사는 6만8000원 인상을` (a list told apart by its actors)
    # against `노조는 당초 월 12만4천원 인상을 요구했다`: the union's figures are one fact
    from daejo.reconcile.align import _shares_a_name

    def side(aid, words):
        c = claim(aid, None, "~인상", num("1", 1))
        c.context = words
        return Side(c, article(aid, [c]))

    union_b, company_b = side("b", ["인상", "*노조"]), side("b", ["인상", "*회사"])
    union_c = side("c", ["인상", "요구", "*노조"])
    assert _shares_a_name(union_b, union_c, frozenset()) and not _shares_a_name(company_b, union_c, frozenset())


def test_the_storys_place_against_another_place_on_the_other_side_tells_figures_apart():
    # `솔뫼군에서는 계기진도 5` (the story's own place) / `가람시 도심에서도 계기진도 4`
    from daejo.reconcile.align import similarity
    from daejo.reconcile.compare import unit_key

    def side(aid, words, value):
        c = claim(aid, None, "~계기진도", num(str(value), value))
        c.context = words
        return Side(c, article(aid, [c]), story="story:quake")

    story = frozenset({"@솔뫼군"})
    here = side("a", ["@솔뫼군", "계기", "진도", "관측"], 5)
    there = side("b", ["@가람시", "계기", "진도", "기록"], 4)
    unnamed = side("c", ["계기", "진도", "관측"], 4)
    assert similarity(here, there, story) < similarity(here, unnamed, story) - 0.3
    assert unit_key("차례") == unit_key("회")  # `29차례` is `29회`


def test_two_times_of_day_meet_as_they_are_read():
    # `오전 8시` is read as [7:30, 8:30): `오전 8시 20분` can be it, `오전 8시 30분` cannot,
    # so the one is no restatement of the other
    from daejo.reconcile.align import restates
    from daejo.reconcile.compare import values_meet

    eight = when("오전 8시", "2026-03-15T08:00", "2026-03-15T09:00", grain="hour")
    twenty = when("오전 8시 20분", "2026-03-15T08:20", "2026-03-15T08:21", grain="minute")
    half = when("오전 8시 30분", "2026-03-15T08:30", "2026-03-15T08:31", grain="minute")
    assert values_meet(eight, twenty) and restates(eight, twenty)
    assert not values_meet(eight, half) and not restates(eight, half)


def test_a_catalogue_time_of_the_event_another_frame_names_shares_its_frame():
    # `거래 종결일인 내년 3월 13일 … 치른다` (event_time, `!거래종결`) / `거래 종결일을 내년 3월
    # 31일로 정했다` (`~거래종결`): the same event, as one frame
    from daejo.reconcile.align import similarity

    def side(aid, attribute, words):
        return _in_story(claim(aid, None, attribute, when("내년 3월 31일", "2027-03-31", "2027-04-01")), words, "story:deal")

    catalogue = side("c", "event_time", ["!거래종결", "거래", "대금", "치르"])
    framed = side("b", "~거래종결", ["거래", "정하"])
    other = side("b", "~이사회", ["거래", "정하"])
    assert similarity(catalogue, framed, frozenset()) >= 0.5
    assert similarity(catalogue, other, frozenset()) is None  # (another event)


@pytest.mark.parametrize(("after", "streak"), [
    (" 연속 올랐다", True),  # `13주 연속`: how long the rise went on
    ("째 이어졌다", True),  # `12일째`
    (" 동안 줄었다", False),
    ("으로 줄었다", False),
])
def test_a_streak_is_how_long_a_change_went_on_not_a_change(after, streak):
    from daejo.reconcile.align import is_streak

    c = claim("a", None, "~아파트값상승", num("13주", 13, unit="주", kind="duration"), start=5)
    sentence = "아파트값은 13주" + after + "."
    c = c.model_copy(update={"evidence": c.evidence.model_copy(update={"sentence": sentence, "start": 6, "end": 9})})
    assert is_streak(Side(c, article("a", [c]))) is streak
    assert not is_streak(Side(claim("a", None, "~상승", num("13%", 13, unit="%", kind="percent")), article("a", [])))


def test_two_streaks_are_compared_whatever_verb_their_frames_end_in():
    from daejo.reconcile.align import similarity

    def side(aid, frame, text, value, sentence):
        c = claim(aid, None, frame, num(text, value, value - 0.5, value + 0.5, unit="주", kind="duration"))
        start = sentence.index(text)
        ev = c.evidence.model_copy(update={"sentence": sentence, "start": start, "end": start + len(text)})
        c = c.model_copy(update={"evidence": ev, "context": ["아파트", "매매", "가격", "상승"]})
        return Side(c, article(aid, [c]))

    a = side("a", "~연속", "11주", 11, "동백구 아파트 매매 가격은 11주 연속 상승했다.")
    b = side("b", "~아파트매매가격상승", "13주", 13, "동백구 아파트 매매 가격이 13주 연속 상승했다.")
    assert similarity(a, b, frozenset()) is not None
    level = side("c", "~연속", "11주", 11, "공사 기간은 11주로 늘었다.")
    assert similarity(level, b, frozenset()) is None  # a level against a streak of a change: two facts


@pytest.mark.parametrize(("x", "y", "core"), [
    ("~공식선거운동기간", "~선거운동기간당원", 6),
    ("~야간응급실문닫", "~야간응급실운영멈추", 5),
    ("~공항활주로내려앉", "~공항떠나", 2),
    ("~누적강수량", "launch_date", 0),  # a catalogue attribute is no frame of words
])
def test_the_shared_core_of_two_frames(x, y, core):
    from daejo.reconcile.align import _shared_core

    assert _shared_core(x, y) == core


def test_frames_sharing_a_long_run_align_closer_but_not_by_a_shared_name():
    from daejo.reconcile.align import CORE_MIN, _shared_core, _unnamed, similarity

    def side(aid, frame, context, value):
        c = claim(aid, None, frame, num(f"{value}일간", value, value - 0.5, value + 0.5, unit="일", kind="duration"))
        c = c.model_copy(update={"context": context})
        return Side(c, article(aid, [c]))

    a = side("a", "~공식선거운동기간", ["공식", "선거", "운동"], 13)
    b = side("b", "~선거운동기간당원", ["당원", "선거", "운동"], 15)
    plain = side("c", "~유세", ["당원", "선거", "운동"], 15)  # the same words, another frame
    assert similarity(a, b, frozenset()) > similarity(a, plain, frozenset())
    # a place both frames hold (`@갈모루`) is taken out before the run is measured
    x = side("x", "~갈모루공항활주로내려앉", ["@갈모루", "공항", "활주로"], 1)
    y = side("y", "~갈모루공항떠나", ["@갈모루", "공항", "떠나"], 2)
    assert _unnamed(x) == "~공항활주로내려앉" and _unnamed(y) == "~공항떠나"
    # (with the place left in they would share `갈모루공항`, a run long enough to align them)
    assert _shared_core(_unnamed(x), _unnamed(y)) < CORE_MIN <= _shared_core(x.claim.attribute, y.claim.attribute)


def test_figures_measured_in_two_places_are_two_facts():
    from daejo.reconcile.align import _located_at, similarity

    def side(aid, sentence, text, value, context):
        c = claim(aid, None, "~계기진도", num(text, value, value - 0.5, value + 0.5, unit=None, kind="number"))
        start = sentence.index(text + "가")
        ev = c.evidence.model_copy(update={"sentence": sentence, "start": start, "end": start + len(text)})
        c = c.model_copy(update={"evidence": ev, "context": context})
        return Side(c, article(aid, [c]))

    here = side("a", "솔뫼군에서는 계기진도 5가 관측됐다.", "5", 5, ["@솔뫼군", "계기", "관측", "진도"])
    there = side("b", "가람시 도심에서도 계기진도 4가 기록됐다.", "4", 4, ["@가람시", "계기", "기록", "도심", "진도"])
    unplaced = side("c", "이번 지진의 계기진도 4가 기록됐다.", "4", 4, ["계기", "기록", "진도"])
    assert _located_at(here) == {"@솔뫼군"} and _located_at(there) == {"@가람시"} and _located_at(unplaced) == set()
    assert similarity(here, there, frozenset()) is None
    assert similarity(here, unplaced, frozenset()) is not None
    # `가람시에는 …`: where the figure was taken, as `에서` says it
    at = side("d", "가람시에는 계기진도 4가 기록됐다.", "4", 4, ["@가람시", "계기", "기록", "진도"])
    assert _located_at(at) == {"@가람시"} and similarity(here, at, frozenset()) is None


def test_the_whole_and_a_place_or_two_places_are_two_facts_other_names_cost_a_penalty():
    from daejo.reconcile.align import similarity

    def side(aid, value, context):
        c = claim(aid, None, "~평균전세보증금", money(f"{value}억원", value * 10**8, (value - 0.05) * 10**8, (value + 0.05) * 10**8))
        c = c.model_copy(update={"context": context})
        return Side(c, article(aid, [c]))

    words = ["평균", "전세", "보증금"]
    whole = side("a", 3.42, ["@전체", *words])
    district = side("b", 2.33, ["@물빛구", *words])
    other_district = side("c", 4.78, ["@은행구", *words])
    company = side("d", 2.33, ["@한빛건설", *words])
    assert similarity(whole, district, frozenset()) is None
    assert similarity(district, other_district, frozenset()) is None
    assert similarity(other_district, company, frozenset()) is not None  # a district and a company: a penalty only


def _time_in_sentence(aid, sentence, text, start_iso, frame, words):
    """A side dating ``frame`` at ``text`` (a minute from ``start_iso``) inside ``sentence``."""
    c = claim(aid, None, frame, when(text, start_iso, start_iso[:14] + "59"))
    start = sentence.index(text)
    ev = c.evidence.model_copy(update={"sentence": sentence, "start": start, "end": start + len(text)})
    c = c.model_copy(update={"evidence": ev, "context": words})
    return Side(c, article(aid, [c]))


def test_people_told_by_other_age_groups_are_two_people():
    from daejo.reconcile.align import _described_people, similarity

    def side(aid, sentence, text, start_iso):
        return _time_in_sentence(aid, sentence, text, start_iso, "~남성발견", ["남성", "발견", "숨지"])

    fifties = side("a", "물살에 휩쓸린 50대 남성은 오후 4시 30분께 숨진 채 발견됐다.", "오후 4시 30분께", "2026-07-14T16:30")
    sixties = side("b", "연락이 끊긴 60대 남성은 이날 오전 5시 40분께 숨진 채 발견됐다.", "이날 오전 5시 40분께", "2026-07-15T05:40")
    same = side("c", "논에 나갔던 60대 남성은 오전 6시께 숨진 채 발견됐다.", "오전 6시께", "2026-07-15T06:00")
    assert _described_people(fifties) == {"50남성"} and _described_people(sixties) == {"60남성"}
    assert similarity(fifties, sixties, frozenset()) is None
    assert similarity(sixties, same, frozenset()) is not None


def test_people_told_by_other_letters_are_two_people_and_a_letter_against_an_age_is_none():
    # `A(73)씨가 18일 오후 4시 50분께 … 숨졌다` / `지난 21일 숨진 … C(81)씨`: two deaths; the
    # same man as `B(78)씨` in one article and `78세 남성` in another is not told apart
    from daejo.reconcile.align import similarity

    def side(aid, sentence, text, start_iso):
        return _time_in_sentence(aid, sentence, text, start_iso, "~사망자", ["사망자", "숨지", "다솔군"])

    first = side("a", "다솔군에 사는 A(73)씨가 18일 오후 4시 50분께 병원에서 숨졌다.", "18일 오후 4시 50분께", "2026-05-18T16:50")
    again = side("b", "지난 18일 오후 5시 40분께 숨진 다솔군 A(73)씨의 치료에 참여했다.", "지난 18일 오후 5시 40분께", "2026-05-18T17:40")
    second = side("c", "사망자는 지난 21일 오전 7시 10분께 숨진 다솔군 C(81)씨 등 2명이다.", "지난 21일 오전 7시 10분께", "2026-05-21T07:10")
    aged = side("d", "지난 21일 오전 7시 10분께 숨진 81세 남성도 포함됐다.", "지난 21일 오전 7시 10분께", "2026-05-21T07:10")
    assert similarity(first, second, frozenset()) is None
    assert similarity(first, again, frozenset()) is not None
    assert similarity(first, aged, frozenset()) is not None


def test_a_day_that_restates_a_time_of_day_leaves_its_hour_to_a_time_of_day():
    # `지난 24일 본회의에서` and `본회의 의결은 밤 8시 12분` in one article, `어젯밤 9시 12분
    # 본회의에서` in another: the day agrees with the day, and the hour is still disputed
    from daejo.reconcile.align import _align_two

    def side(aid, frame, text, start, end, grain, words, i, published):
        c = claim(aid, None, frame, when(text, start, end, grain=grain), start=i, sentence_index=i)
        return _in_story(c, words, "story:budget", published=published)

    day = side("d", "~본회의", "지난 24일", "2026-07-24", "2026-07-25", "day", ["%final", "본회의", "확정"], 0, "2026-07-27T09:00:00+09:00")
    hour = side("d", "~본회의의결", "밤 8시 12분", "2026-07-27T20:12", "2026-07-27T20:13", "minute", ["%final", "본회의", "의결"], 1,
                "2026-07-27T09:00:00+09:00")
    other = side("e", "~본회의", "어젯밤 9시 12분", "2026-07-24T21:12", "2026-07-24T21:13", "minute",
                 ["%final", "본회의", "가결", "국회"], 0, "2026-07-25T07:10:00+09:00")
    pairs = list(_align_two([day, hour], [other], frozenset()))
    assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in pairs] == [("밤 8시 12분", "어젯밤 9시 12분")]


def test_the_same_digits_a_power_of_ten_apart_are_one_figure_with_a_slipped_decimal():
    # `현금성 자산은 9천870억원` / `987억원`, `12조6,483억원` / `1조2천648억원`: one figure
    # misreported; a total and a part ten times smaller with other digits are two facts
    from daejo.reconcile.align import _slipped_decimal

    assert _slipped_decimal(9870e8, 987e8) and _slipped_decimal(126483e8, 12648e8) and _slipped_decimal(145e8, 14.5e8)
    assert not _slipped_decimal(300, 30)  # too few digits to say
    assert not _slipped_decimal(1234, 120) and not _slipped_decimal(5200e8, 480e8)
    assert not _slipped_decimal(1000, 100)
    # two significant digits, all of them the same: `1만2천여명` / `1천200여명`, `45억원` / `450억원`
    assert _slipped_decimal(12000, 1200) and _slipped_decimal(45e8, 450e8) and _slipped_decimal(38e4, 3.8e4)
    assert not _slipped_decimal(12000, 1300) and not _slipped_decimal(12000, 1250)


@pytest.mark.parametrize(("a", "b", "one"), [
    (185e8, 158e8, True),  # `순제작비 185억원` / `158억원`
    (1871e8, 1781e8, True),
    (2140, 2410, True),
    (4.7, 7.4, True),
    (43, 34, True),
    (347000, 374000, True),  # `34만7천명` / `37만4천명`
    (185e8, 185e8, False),  # the same figure
    (185e8, 581e8, False),  # the same digits in another order: more than one swap
    (492e8, 663e8, False),
    (12, 120, False),  # another size: a slipped decimal, if anything
    (1.7, 0.71, False),  # `1.7%` / `0.71%`: another size below one
    (5, 5.0, False),
])
def test_a_figure_with_two_digits_swapped_is_one_figure_mistyped(a, b, one):
    from daejo.reconcile.align import transposed

    assert transposed(num(str(a), a), num(str(b), b)) is one


@pytest.mark.parametrize(("a", "b", "bound", "one"), [
    ((595.2e8, "595억2천만원"), (559.2e8, "최대 559억2천만원"), "at_most", True),  # a computed cap, mistyped
    ((1284e8, "1,284억원"), (1248e8, "1,248억원 이상"), "at_least", True),
    ((45e8, "45억원"), (54e8, "최대 54억원"), "at_most", False),  # a round cap: a plan's, swapped by chance
    ((595.2e8, "595억2천만원"), (559.2e8, "약 559억2천만원"), "approx", False),  # about: no digits to slip
])
def test_a_cap_or_a_floor_of_three_digits_or_more_with_two_digits_swapped_is_mistyped(a, b, bound, one):
    from daejo.reconcile.align import transposed

    low, high = (None, b[0]) if bound == "at_most" else (b[0], None) if bound == "at_least" else (b[0] * 0.9, b[0] * 1.1)
    assert transposed(money(a[1], a[0]), money(b[1], b[0], low, high, bound=bound)) is one


@pytest.mark.parametrize(("a", "b", "one"), [
    (("1998년", "1998-01-01", "1999-01-01", "year"), ("1989년", "1989-01-01", "1990-01-01", "year"), True),
    (("13일", "2026-04-13", "2026-04-14", "day"), ("31일", "2026-03-31", "2026-04-01", "day"), True),
    (("오전 1시 35분", "2026-07-10T01:35", "2026-07-10T01:36", "minute"), ("1시 53분", "2026-07-10T01:53", "2026-07-10T01:54", "minute"), True),
    (("오후 4시 12분", "2026-06-25T16:12", "2026-06-25T16:13", "minute"), ("오후 4시 21분", "2026-06-25T16:21", "2026-06-25T16:22", "minute"), True),
    (("1998년", "1998-01-01", "1999-01-01", "year"), ("1988년", "1988-01-01", "1989-01-01", "year"), False),  # a digit changed
    (("13일", "2026-04-13", "2026-04-14", "day"), ("1998년", "1998-01-01", "1999-01-01", "year"), False),  # two grains
])
def test_a_time_with_two_digits_swapped_is_one_time_mistyped(a, b, one):
    from daejo.reconcile.align import transposed

    assert transposed(when(a[0], a[1], a[2], grain=a[3]), when(b[0], b[1], b[2], grain=b[3])) is one


def test_a_transposed_figure_is_disputed_in_few_shared_words_and_past_the_dispute_guard():
    # `총사업비는 68억원` / `86억원이 투입된`: few words in common, yet one figure mistyped;
    # `68억원` / `66억원` in the same words (a digit changed, as alike in value) are two figures
    from daejo.reconcile.align import _align_two

    def side(aid, frame, text, value, words):
        return _in_story(claim(aid, None, frame, money(text, value)), words, "story:art", published="2026-09-02T09:00:00+09:00")

    left = [side("a", "~총사업비", "68억원", 68e8, ["총사업비", "비엔날레"])]
    for text, value, disputed in (("86억원", 86e8, True), ("66억원", 66e8, False)):
        right = [side("e", "~투입", text, value, ["투입", "행사", "예산"])]
        assert 0.3 <= similarity(left[0], right[0], frozenset()) < 0.5  # few words in common
        pairs = list(_align_two(left, right, frozenset()))
        assert bool(pairs) is disputed, text


def test_an_open_bound_restates_an_exact_figure_only_where_no_closer_exact_figure_disputes_it():
    # `누적 관람객은 12만4,300명` in one report, `누적 관람객은 24만8,600명` and `관람객이
    # 12만명을 넘어` in another: the bound meets the first report's figure, yet the two
    # exact figures in the same words dispute each other
    from daejo.reconcile.align import _align_two

    def side(aid, text, value, bound, words, i):
        low, high = (value, None) if bound == "more_than" else (value, value)
        c = claim(aid, None, "attendance", num(text, value, low, high, unit="명", bound=bound), start=i, sentence_index=i)
        return _in_story(c, words, "story:art", published="2026-09-21T09:00:00+09:00")

    def report(aid, exact):
        return [side(aid, f"{exact}명", exact, "exact", ["누적", "관람객", "재단", "따르"], 0),
                side(aid, "12만명을 넘어", 120000, "more_than", ["관람객", "누적", "넘"], 1)]

    first = [side("a", "124300명", 124300, "exact", ["누적", "관람객", "재단", "따르"], 0)]
    pairs = list(_align_two(first, report("b", 248600), frozenset()))
    assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in pairs] == [("124300명", "248600명")]
    assert list(_align_two(first, report("b", 124300), frozenset())) == []


def test_a_round_figure_restates_an_exact_one_only_where_no_closer_figure_disputes_it_as_mistyped():
    # `관객 17만4천826명` and `목표치(17만명)` in one report, `관객 17만4천286명` in another:
    # the round figure meets the other report's count, yet the exact count in closer words
    # has two of its digits swapped; with `17만4천826명` in the other report, they agree
    from daejo.reconcile.align import _align_two

    def side(aid, text, value, low, high, words, i):
        c = claim(aid, None, "~관중", num(text, value, low, high, unit="명"), start=i, sentence_index=i)
        return _in_story(c, words, "story:fest", published="2026-09-29T09:00:00+09:00")

    first = [side("d", "17만4천826명", 174826, 174825.5, 174826.5, ["관중", "영화제", "모으", "최종"], 0),
             side("d", "17만명", 170000, 161500, 178500, ["관중", "목표치", "웃돌"], 1)]
    for count, disputed in ((174286, True), (174826, False)):
        other = [side("e", f"{count}명", count, count - 0.5, count + 0.5, ["관중", "영화제", "최종", "성적표"], 0)]
        pairs = list(_align_two(first, other, frozenset()))
        assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in pairs] == (
            [("17만4천826명", "174286명")] if disputed else []), count


def test_a_transposed_figure_is_paired_before_a_look_alike_in_closer_words():
    # `피해액 87억4천만원` in one report; `피해액 78억4천만원` and `피해액은 91억2천만원` in
    # another: the swapped digits say which figure the first one mistypes
    from daejo.reconcile.align import _align_two

    def side(aid, text, value, words, i):
        c = claim(aid, None, "~피해액", money(text, value), start=i, sentence_index=i)
        return _in_story(c, words, "story:fraud", published="2026-04-09T09:00:00+09:00")

    left = [side("a", "87억4천만원", 87.4e8, ["피해액", "조직", "가로채"], 0)]
    right = [side("c", "91억2천만원", 91.2e8, ["피해액", "조직", "가로채", "경찰"], 0),
             side("c", "78억4천만원", 78.4e8, ["피해액", "검찰"], 1)]
    pairs = list(_align_two(left, right, frozenset()))
    assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in pairs] == [("87억4천만원", "78억4천만원")]


def test_a_figure_with_its_decimal_slipped_is_disputed_in_few_shared_words():
    # `보급 물량은 8만7,300대` / `태블릿 8천730대`: one figure a digit short; `8만7,300대` /
    # `6만1,200대` in the same words are two figures
    from daejo.reconcile.align import _align_two

    def side(aid, frame, text, value, words):
        return _in_story(claim(aid, None, frame, num(text, value, unit="대")), words, "story:edu",
                         published="2026-11-20T09:00:00+09:00")

    left = [side("a", "~보급물량", "8만7,300대", 87300, ["보급", "물량"])]
    for text, value, disputed in (("8천730대", 8730, True), ("6만1,200대", 61200, False)):
        right = [side("b", "~태블릿", text, value, ["태블릿", "교육청", "보급", "내년"])]
        assert 0.3 <= similarity(left[0], right[0], frozenset()) < 0.5  # few words in common
        assert bool(list(_align_two(left, right, frozenset()))) is disputed, text


def test_a_figure_with_its_decimal_slipped_is_disputed_in_fewer_words_still():
    # `5년간 총 48억원` / `과기정통부 예산 4억8천만 원`: one word in common, below the words
    # that make two figures agree; a slip no other fact shares pairs them all the same,
    # while another figure in as few words (`3억2천만 원`) does not
    from daejo.reconcile.align import _align_two

    def side(aid, text, value, words):
        return _in_story(claim(aid, None, "investment_amount", money(text, value)), words, "story:lab",
                         published="2026-11-20T09:00:00+09:00")

    left = [side("a", "48억원", 48e8, ["연구비", "투입", "사업", "5년간"])]
    for text, value, disputed in (("4억8천만 원", 4.8e8, True), ("3억2천만 원", 3.2e8, False)):
        right = [side("c", text, value, ["예산", "과학기술정보통신부", "출원", "특허"])]
        assert 0.1 <= similarity(left[0], right[0], frozenset()) < 0.3, text  # few words in common
        assert bool(list(_align_two(left, right, frozenset()))) is disputed, text


def test_two_kinds_of_weather_warning_are_two_events():
    # `20일 오후 9시를 기해 대설경보` / `어젯밤 9시부터 한파경보`: a snow and a cold-wave warning
    from daejo.reconcile.align import _contrasted

    assert _contrasted("~대설경보", "~한파경보") and _contrasted("~호우특보", "~폭염특보")
    assert not _contrasted("~대설경보", "~대설특보")
    # an advisory and the warning it was raised to (`오후 6시 대설주의보` / `새벽 4시 대설경보`)
    assert _contrasted("~대설주의보", "~대설경보") and not _contrasted("~대설주의보", "~대설특보")


def test_a_count_of_one_type_meets_no_count_of_another():
    # `▲59㎡A 312가구` / `84㎡A는 240가구 모집에`; `84㎡A 428가구` / `이 주택형은 482가구로`
    from daejo.reconcile.align import _other_type

    def units(aid, frame, text, value, sentence):
        c = claim(aid, None, frame, num(text, value, unit="가구"))
        c = c.model_copy(update={"evidence": c.evidence.model_copy(update={"sentence": sentence})})
        return Side(c, article(aid, [c]))

    small = units("a", "~59㎡A가구", "312가구", 312, "주택형별로는 ▲59㎡A 312가구 ▲84㎡A 428가구다.")
    large = units("a", "~84㎡A가구", "428가구", 428, "주택형별로는 ▲59㎡A 312가구 ▲84㎡A 428가구다.")
    other = units("c", "~가구", "240가구", 240, "인기가 가장 높았던 84㎡A는 240가구 모집에 1만406건이 몰렸다.")
    unnamed = units("b", "~가구", "482가구", 482, "이 주택형은 482가구로 단지에서 물량이 가장 많다.")
    assert _other_type(small, other) and _other_type(small, large)
    assert not _other_type(large, other) and not _other_type(large, unnamed)


def test_the_day_a_daily_figure_closed_is_no_event_of_a_story():
    # `같은 날 코스닥지수는 … 903.18로 마감했다` (listing day) / `같은 날 코스닥지수는 871.40으로
    # 마감했다` (two weeks on): two trading days' closes, not one event told twice
    from daejo.reconcile.align import _daily_close

    def close(aid, frame, words):
        return _in_story(claim(aid, None, frame, when("같은 날", "2026-03-25", "2026-03-26")), words, "story:ipo")

    assert _daily_close(close("c", "~마치", ["거래일", "마치", "상승", "지수", "코스닥"]))
    assert not _daily_close(close("d", "~개표마치", ["개표", "마치", "선관위"]))  # a count's end is one event
    assert not _daily_close(close("e", "~상장", ["코스닥", "상장", "지수"]))  # the listing is one event
    # `19일 … 톤당 1만2,845달러에 거래를 마쳤다`, `11일 … 장을 마쳤다`: the end of a trading session
    assert _daily_close(close("f", "~거래마치", ["@구리", "거래", "거래소", "마치"]))
    assert _daily_close(close("g", "~장마치", ["금값", "마치", "장"]))
    assert not _daily_close(close("h", "~협상마치", ["협상", "마치", "노사"]))  # a negotiation's end is one event


def test_the_day_of_a_close_at_a_price_is_one_close_among_many():
    # `전날 … 톤당 1만2,485달러로 마감해` / `23일 … 톤당 1만3,310달러에 마감했다`: a price
    # closes every trading day (or week) at some level; the day of one close is no event
    from daejo.reconcile.align import _daily_close

    def close(aid, frame, day, sentence):
        c = claim(aid, None, frame, when(day, "2026-10-19", "2026-10-20"))
        at = sentence.index(day)
        ev = c.evidence.model_copy(update={"sentence": sentence, "start": at, "end": at + len(day), "quote": day})
        return _in_story(c.model_copy(update={"evidence": ev}), ["거래소", "마치"], "story:copper")

    assert _daily_close(close("a", "~마치", "전날", "전날 국제거래소에서 구리는 톤당 1만2,485달러로 마감해 최고치를 새로 썼다."))
    assert _daily_close(close("b", "~물마치", "23일", "구리 3개월물은 23일(현지시간) 톤당 1만3,310달러에 마감했다."))
    assert _daily_close(close("c", "~주마치", "20일", "주가는 20일 6만6,500원으로 한 주를 마쳤다."))
    assert _daily_close(close("d", "~지수마치", "21일", "지수는 21일 2,650.31포인트로 장을 마쳤다."))
    # a sale or a subscription closed at an amount is one event of its story
    assert not _daily_close(close("e", "~매각마치", "19일", "회사는 19일 공장을 300억원에 매각을 마쳤다."))
    assert not _daily_close(close("f", "~청약마감", "19일", "청약은 19일 증거금 8조원으로 마감됐다."))
    assert not _daily_close(close("g", "~투표마감", "19일", "투표는 19일 오후 6시에 마감했다."))


def test_two_letter_classes_of_one_noun_are_never_one_figure_restated():
    # `R석 6만6천원` in one article and `S석 6만6천원` in another: the second copied the
    # first class's price, it does not restate it
    from daejo.reconcile.align import _labelled_apart

    assert _labelled_apart("~R석", "~S석") and _labelled_apart("~VIP석", "~R석")
    assert not _labelled_apart("~S석", "~s석")  # one class, written two ways
    assert not _labelled_apart("~R석", "~좌석")  # no label on one side: maybe the same seats
    assert not _labelled_apart("~A조", "~B반")  # two nouns: told apart by their frames anyway


def test_a_figure_of_a_day_long_before_its_article_is_of_another_occurrence():
    # `7년 전인 2019년 2월 14일 아침에도 … 차량 24대가` / `사고에 얽힌 차량은 모두 31대`: an
    # earlier pile-up's count, not this one's told wrong; a year's figure (`지난해 매출`) is a
    # period the figure covers, and two figures of one past day are one occurrence
    from daejo.reconcile.align import _eras_differ

    def side(aid, as_of, published="2026-11-19T06:30+09:00", source=None):
        c = claim(aid, None, "~차량", num("24대", 24, unit="대"), as_of=as_of, as_of_source=source)
        return Side(c, article(aid, [c], published=published))

    now = side("b", ("2026-11-18", "2026-11-19"), source="published")
    assert _eras_differ(now, side("c", ("2019-02-14T06:00", "2019-02-14T10:00")))
    assert not _eras_differ(now, side("c", ("2025-01-01", "2026-01-01")))  # last year's figure
    assert not _eras_differ(side("a", ("2019-02-14", "2019-02-15")), side("c", ("2019-02-14T06:00", "2019-02-14T10:00")))
    assert not _eras_differ(now, side("c", ("2026-11-17", "2026-11-18")))  # a day of this story


def test_a_class_or_an_age_group_tells_frames_apart():
    # `1종 지역 1천214명` / `3종 지역 …`, `30대가 34.1%` / `성인 관객끼리 찾은 예매도 31.4%`:
    # one class's or age group's figure is not another's, nor the whole's
    from daejo.reconcile.align import _classed_apart

    assert _classed_apart("~1종지역", "~3종지역") and _classed_apart("~30대비중", "~예매")
    assert _classed_apart("~20대구매자", "~구매자") and _classed_apart("~30대비중", "~40대비중")
    assert not _classed_apart("~30대비중", "~30대비중")  # one group, restated
    assert not _classed_apart("~지역", "~구매자")  # no class on either side: their frames decide


def test_two_cut_offs_in_an_order_count_two_groups():
    # `100위 안에 든 국내 대학은 5곳` / `500위 안에 든 국내 대학은 14곳`: those within one place
    # are not those within another, nor all
    from daejo.reconcile.align import _classed_apart

    assert _classed_apart("~100위이내국내대학", "~500위이내국내대학")
    assert _classed_apart("~100위이내국내대학", "~국내대학")
    assert not _classed_apart("~500위이내국내대학", "~500위이내국내대학")


def test_ages_written_as_a_bare_number_or_a_count_of_years_are_one_measure():
    # `A(63)씨` and `36살 운전자`: one measure, so the two can be the same person's; a named
    # person's age is not set against an age no one is named for
    from daejo.reconcile.align import _named_against_unnamed, dimension_of

    bare = claim("a", "a씨", "age", num("63", 63))
    years = claim("b", None, "age", num("36살", 36, unit="살"))
    count = claim("c", None, "~운전자", num("36살", 36, unit="살"))
    assert dimension_of(Side(bare, article("a", [bare]))) == dimension_of(Side(years, article("b", [years]))) == "age"
    assert dimension_of(Side(count, article("c", [count]))) != "age"  # no age attribute: a count of years
    assert _named_against_unnamed("정해숙", None) and not _named_against_unnamed("a씨", None)
    assert not _named_against_unnamed("박모", None) and not _named_against_unnamed("정해숙", "정해숙")


def test_the_times_of_two_days_highs_are_two_facts():
    # `11일 … 오후 1시 40분께 장중 최고가를 찍었다` / `13일 … 오후 2시 17분 24만8,900원까지
    # 치솟기도`: every trading day has its high; the day of a high is a fact of its own
    from daejo.reconcile.align import _highs_of_two_days

    def high(aid, text, start, end, grain):
        c = claim(aid, None, "~고점", when(text, start, end, grain=grain))
        return Side(c, article(aid, [c]))

    eleventh = high("a", "오후 1시 40분께", "2026-03-11T13:40", "2026-03-11T13:41", "minute")
    thirteenth = high("b", "오후 2시 17분", "2026-03-13T14:17", "2026-03-13T14:18", "minute")
    same_day = high("c", "오후 1시 42분께", "2026-03-11T13:42", "2026-03-11T13:43", "minute")
    assert _highs_of_two_days(eleventh, thirteenth)
    assert not _highs_of_two_days(eleventh, same_day)
    day_a = high("d", "4일", "2026-08-04", "2026-08-05", "day")
    day_b = high("e", "6일", "2026-08-06", "2026-08-07", "day")
    assert not _highs_of_two_days(day_a, day_b)


def test_a_limit_and_the_figure_it_limits_are_two_facts():
    from daejo.reconcile.align import _limit_against_figure

    assert _limit_against_figure("~제한속도", "~사고당시속도")  # `제한속도는 시속 50㎞` / `당시 속도 64㎞`
    assert _limit_against_figure("~대출액", "~대출한도")
    assert not _limit_against_figure("~제한속도", "~구간제한속도")  # two limits
    assert not _limit_against_figure("~사고직전속도", "~사고당시속도")  # two speeds
    assert not _limit_against_figure("deaths", "~제한속도")  # a catalogue fact is no open frame


def test_a_frame_that_begins_with_a_stage_word_is_that_stage_s_figure():
    # `종전 최고치 1만2,410달러를` (its clause marks it) / `지난 5월 세운 종전 최고치인
    # 1만2,140달러는` (the relative clause hides the mark): both are the earlier record
    from daejo.reconcile.align import stage_marks, stages_differ

    def fig(aid, frame, words):
        return claim(aid, None, frame, num("1만2,410달러", 12410, unit="달러")).model_copy(update={"context": words})

    marked = fig("a", "~종전최고치", ["%previous", "종전", "최고치"])
    unmarked = fig("c", "~종전최고치", ["종전", "최고치", "세우"])
    assert stage_marks(unmarked) == {"%previous"}
    assert not stages_differ(marked, unmarked)
    # a stage word inside a frame is often a time (`사고 직전 속도`): no stage of its own
    before = fig("b", "~사고직전버스", ["사고", "직전", "버스"])
    assert stage_marks(before) == set()
    assert stages_differ(marked, before)
    # `평균` begins a term of its own (`평균자책점`): the frame says no average by it
    assert stage_marks(fig("d", "~평균자책점", ["자책점"])) == set()


def test_a_time_of_day_with_its_hour_or_minutes_mistyped_is_one_moment():
    # `오후 9시 47분` (the game's last pitch) / `밤 10시 47분쯤` (the win sealed): the words
    # name two events, but one minute that is no hour or half hour, in another hour, is one
    # moment misreported; so are one hour's minutes with their digits swapped
    from daejo.models import TimeValue
    from daejo.reconcile.align import _clock_slipped

    def at(iso, grain="minute"):
        return TimeValue(start=iso, end=iso, grain=grain)

    assert _clock_slipped(at("2026-10-01T21:47"), at("2026-10-01T22:47"))
    assert _clock_slipped(at("2026-03-17T07:12"), at("2026-03-17T07:21"))
    assert _clock_slipped(at("2026-03-17T21:40"), at("2026-03-17T22:40"))  # `오후 9시 40분께` / `오후 10시 40분께`
    assert not _clock_slipped(at("2026-03-17T21:30"), at("2026-03-17T22:30"))  # half hours: a schedule's
    assert not _clock_slipped(at("2026-03-17T09:00"), at("2026-03-17T10:00"))  # and hours: many events
    assert not _clock_slipped(at("2026-03-17T21:47"), at("2026-03-17T21:47"))  # one time, no slip
    assert not _clock_slipped(at("2026-03-17T07:12"), at("2026-03-17T08:21"))  # swapped, but another hour
    assert not _clock_slipped(at("2026-03-17T07:12"), at("2026-03-17T07:13"))  # two minutes of one hour
    assert not _clock_slipped(at("2026-03-17T21", "hour"), at("2026-03-17T22", "hour"))


def test_two_stages_exclude_each_other_only_on_one_line():
    # a preliminary and a final figure are two facts, as are a first instance and an appeal;
    # but a gross purse and the final round's, or the base of a change and a preliminary
    # figure, are marks of two lines: `총상금` written in one article and `최종` in the
    # other say nothing against one figure
    from daejo.reconcile.align import stages_differ

    def fig(aid, marks):
        return claim(aid, None, "~상금", num("2억원", 2e8, kind="money", unit="KRW")).model_copy(
            update={"context": [*marks, "상금"]})

    assert stages_differ(fig("a", ["%preliminary"]), fig("b", ["%final"]))
    assert stages_differ(fig("a", ["%first_instance"]), fig("b", ["%appeal"]))
    assert stages_differ(fig("a", ["%net", "%final"]), fig("b", ["%gross", "%final"]))
    assert not stages_differ(fig("a", ["%gross"]), fig("b", ["%final"]))
    assert not stages_differ(fig("a", ["%base_year"]), fig("b", ["%preliminary"]))
    assert not stages_differ(fig("a", ["%final"]), fig("b", ["%final", "%gross"]))
    # a one-sided mark still sets its figure apart from one without it
    assert stages_differ(fig("a", ["%requested"]), fig("b", ["%final"]))


def test_a_play_off_mark_parts_a_season_s_statistics_but_not_the_play_off_s_own_figures():
    # `챔프전 평균 24.2점` / `평균 21.4점` (the regular season's) are two figures; but the
    # MVP vote, the purse and the years since the last title are of the play-off itself,
    # whether or not the sentence names it (`한국시리즈 정상` / `정상에 오른 건 11년 만`)
    from daejo.reconcile.align import stages_differ

    def fig(value, marks):
        return claim("a", None, "~x", value).model_copy(update={"context": [*marks, "x"]})

    assert stages_differ(fig(num("24.2점", 24.2, unit="점"), ["%postseason"]), fig(num("21.4점", 21.4, unit="점"), []))
    assert stages_differ(fig(num("4승", 4, unit="승"), ["%postseason"]), fig(num("38승", 38, unit="승"), []))
    assert not stages_differ(fig(num("74표", 74, unit="표"), ["%postseason"]), fig(num("71표", 71, unit="표"), []))
    assert not stages_differ(fig(money("1억원", 1e8), ["%postseason"]), fig(money("10억원", 1e9), []))
    assert not stages_differ(fig(num("12년", 12, kind="duration", unit="년"), ["%postseason"]),
                             fig(num("11년", 11, kind="duration", unit="년"), []))
    # a day stays apart: each game of a series has its own
    assert stages_differ(fig(when("5일", "2026-05-05", "2026-05-06"), ["%postseason"]),
                         fig(when("7일", "2026-05-07", "2026-05-08"), []))
    # and so with the regular season named on the other side: `정규리그를 1위로 마친 벼울은
    # 7년 만의 정상 탈환에` / `챔피언결정전 트로피를 든 것은 … 6년 만이며`; a season's
    # statistic of each stays apart
    assert not stages_differ(fig(num("7년", 7, kind="duration", unit="년"), ["%regular"]),
                             fig(num("6년", 6, kind="duration", unit="년"), ["%postseason"]))
    assert not stages_differ(fig(money("1억 원", 1e8), ["%regular"]), fig(money("1천만 원", 1e7), ["%postseason"]))
    assert stages_differ(fig(num("26승", 26, unit="승"), ["%regular"]), fig(num("3승", 3, unit="승"), ["%postseason"]))


def test_a_team_s_figure_is_no_player_s():
    # `팀 평균자책점은 3.41로 리그 1위다` / `평균자책점 2.44를 기록 중이며` (the ace's):
    # the frame's first word says whose figure it is (data/frames.yaml frame_owners)
    from daejo.reconcile.align import stage_marks, stages_differ

    def era(aid, frame):
        return claim(aid, None, frame, num("3.41", 3.41, kind="number", unit=None))

    team, player, season = era("d", "~팀평균자책점"), era("a", "~평균자책점"), era("c", "~시즌평균자책점")
    assert stage_marks(team) == {"%team"}
    assert stages_differ(team, player) and stages_differ(team, season)
    assert not stages_differ(team, era("e", "~팀평균자책점"))  # two teams' are told apart by their names
    assert not stages_differ(player, season)
    assert stage_marks(era("f", "~팀")) == set()  # the word alone is the frame's noun, not whose it is


def test_a_count_of_votes_and_a_count_of_voters_are_one_measure():
    # `찬성 236표` / `찬성 263명`: each vote is one person's (counters.yaml measures), while
    # seats (`171석`) stay a count of their own
    from daejo.reconcile.align import dimensions_meet

    def count(aid, text, value, unit):
        return Side(claim(aid, None, "~찬성", num(text, value, unit=unit)), article(aid, []))

    votes, voters, seats = count("c", "236표", 236, "표"), count("b", "263명", 263, "명"), count("a", "171석", 171, "석")
    assert dimensions_meet(votes, voters)
    assert not dimensions_meet(votes, seats) and not dimensions_meet(voters, seats)


def test_two_times_both_told_as_moved_or_adjusted_are_one_plan():
    # `발사일을 17일로 미뤘다` against the first date: a plan moved, not misreported; but two
    # articles that both tell the moved (or adjusted: `계수조정을 마무리했다`) time tell one
    from daejo.reconcile.align import stages_differ

    def at(aid, text, marks):
        c = claim(aid, None, "~계수조정마치", when(text, "2026-12-11T23:40", "2026-12-11T23:41", grain="minute"))
        return c.model_copy(update={"context": marks})

    moved, first = at("a", "17일", ["%revised", "미루"]), at("b", "15일", ["발사"])
    assert stages_differ(moved, first)
    assert not stages_differ(at("c", "어젯밤 11시 40분쯤", ["%revised", "마무리"]), at("d", "밤 10시 40분께", ["%revised", "마치"]))


def test_two_numbered_games_are_two_events():
    # `지난달 28일 오후 4시 … 열린 1차전` / `4차전은 오는 3일 오후 7시 … 열린다`: two games
    # of one series, though both frames hold `차전`
    from daejo.reconcile.align import _two_events

    def game(aid, frame, text, start):
        return _in_story(claim(aid, None, frame, when(text, start, start, grain="minute")), ["열리", "체육관"], "story:final")

    first = game("d", "~1차전", "지난달 28일 오후 4시", "2026-03-28T16:00")
    fourth = game("a", "~4차전열리", "오는 3일 오후 7시", "2026-04-03T19:00")
    assert _two_events(first, fourth)
    assert not _two_events(fourth, game("b", "~4차전", "오는 3일 오후 9시", "2026-04-03T21:00"))


def test_two_frames_holding_the_two_words_of_a_contrast_are_two_facts():
    # `재적 의원 11명` / `출석 의원 10명`: the members of a council and those present at a
    # vote (data/frames.yaml contrasts), however alike the rest of their words
    from daejo.reconcile.align import similarity

    def members(aid, frame, text, value, words):
        return _in_story(claim(aid, None, frame, num(text, value, unit="명")), words, "story:council")

    enrolled = members("d", "~재적의원", "11명", 11, ["의원", "재적", "반대표"])
    present = members("c", "~출석의원", "10명", 10, ["의원", "출석", "가결"])
    assert similarity(enrolled, present, frozenset()) is None
    assert similarity(present, members("b", "~출석의원", "12명", 12, ["의원", "출석", "표결"]), frozenset()) is not None


@pytest.mark.parametrize(("frame", "words", "compared"), [
    ("~시즌상금", ["상금", "시즌", "우승"], False),  # a player's season earnings: a kind of prize money
    ("~상금", ["상금", "우승", "대회"], True),  # the prize money, told without the total's mark
    ("~총상금", ["상금", "우승", "총상금"], True),  # the total, its `총` read into the frame
    ("~로상금", ["상금", "우승"], True),  # one letter before the frame names no kind of it
])
def test_a_total_and_a_named_kind_of_it_are_two_facts(frame, words, compared):
    # `총상금 12억원` (the mark %gross) against `시즌 상금은 5억8,370만원`
    total = _in_story(claim("a", None, "~상금", money("12억원", 12 * 10**8)), ["%gross", "개막", "대회", "상금", "우승"], "story:s1")
    other = _in_story(claim("b", None, frame, money("5억8,370만원", 58370 * 10**4)), words, "story:s1")
    assert (similarity(total, other, frozenset()) is not None) is compared
    assert (similarity(other, total, frozenset()) is not None) is compared


def test_a_time_of_day_in_another_hour_at_its_minute_pairs_in_few_shared_words():
    # `오전 7시 52분께` / `오전 8시 52분께`: one moment with its hour mistyped pairs as a
    # figure with two digits swapped does, in words alike only weakly; at the half hour
    # (schedules are written in it) the two times stay apart in such words
    from daejo.reconcile.align import ALIGN_MIN, AGREE_MIN, _align_two

    def side(aid, text, start, words, frame):
        end = start[:14] + f"{int(start[14:16]) + 1:02d}"
        c = claim(aid, None, frame, when(text, start, end, grain="minute"))
        c.context = words
        return Side(c, article(aid, [c], published="2026-04-17T12:00:00+09:00"), story="story:bus")

    # (frames of two event words, neither a kind of the other: `~버스추락` / `~사고` would be
    # one event, a crash being a kind of accident)
    few, other = ["추락", "국도", "승객", "탑승", "기사", "버스", "마을", "노선"], ["버스", "갓길", "경찰", "발생", "출동", "구조", "소방"]
    crash = side("a", "오전 7시 52분께", "2026-04-17T07:52", few, "~버스추락")
    slipped = side("c", "오전 8시 52분께", "2026-04-17T08:52", other, "~버스신고")
    assert AGREE_MIN <= similarity(crash, slipped, frozenset()) < ALIGN_MIN
    pairs = list(_align_two([crash], [slipped], frozenset()))
    assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in pairs] == [("오전 7시 52분께", "오전 8시 52분께")]
    half = side("a", "오전 7시 30분께", "2026-04-17T07:30", few, "~버스추락")
    other_half = side("c", "오전 8시 30분께", "2026-04-17T08:30", other, "~버스신고")
    assert list(_align_two([half], [other_half], frozenset())) == []


def test_two_lists_whose_items_all_differ_in_one_direction_are_two_lists():
    # `▲VIP석 15만원 ▲R석 13만원 ▲S석 9만원 ▲A석 6만원` against another venue's `▲VIP석 14만원
    # ▲R석 12만원 ▲S석 8만원 ▲A석 5만원`: two price lists, not four prices misreported; one
    # item differing (a slip), or items differing both ways, are still disputed
    from daejo.reconcile.align import _align_two

    def prices(aid, values, sentence=3):
        cs = []
        for k, (seat, v) in enumerate(zip(("VIP석", "R석", "S석", "A석"), values)):
            c = claim(aid, None, f"~{seat}", money(f"{v}만원", v * 10_000), start=10 * k, sentence_index=sentence)
            c.context = [seat, "티켓", "가격", "공연"]
            cs.append(c)
        art = article(aid, cs)
        return [Side(c, art, story="story:s1") for c in cs]

    def disputed(a, b):
        return sorted((x.claim.value.text, y.claim.value.text) for x, y, _ in _align_two(prices("a", a), prices("b", b), frozenset()))

    assert disputed([15, 13, 9, 6], [14, 12, 8, 5]) == []
    assert disputed([15, 13, 9, 6], [15, 13, 8, 6]) == [("9만원", "8만원")]
    assert len(disputed([15, 13, 9, 6], [14, 14, 8, 7])) == 4


def test_an_average_or_a_total_on_one_side_only_is_no_other_figure_when_two_digits_are_swapped():
    # `평균 저수율은 52.4%` / `저수율은 54.2%`: an average (a total, an earlier figure) written
    # on one side only is another fact, unless the two differ only by two neighbouring digits
    # swapped, a slip far likelier than an average that happens to be one; two stages of one
    # line (a strike vote and a ratification vote) stay two counts whatever their digits
    def rate(aid, text, value, marks):
        return _in_story(claim(aid, None, "~저수율", num(text, value, kind="percent", unit="%")),
                         [*marks, "저수지", "저수율", "전국"], "story:drought")

    average = rate("a", "52.4%", 52.4, ["%average"])
    assert similarity(average, rate("d", "54.2%", 54.2, []), frozenset()) is not None
    assert similarity(average, rate("d", "57.1%", 57.1, []), frozenset()) is None  # another figure: another fact

    def votes(aid, text, value, marks):
        return _in_story(claim(aid, None, "~찬성", num(text, value, unit="명")), [*marks, "찬성", "조합원", "가결"],
                         "story:strike")

    strike = votes("a", "1,519명", 1519, ["%strike_vote"])
    assert similarity(strike, votes("d", "1,159명", 1159, ["%ratification_vote"]), frozenset()) is None


def test_those_who_paid_are_a_part_of_all_counted():
    # `유료 관객은 14만9천352명` / `누적 관객은 17만1천여명`: the paid audience, written on one
    # side only, is a part of all counted, another fact
    def crowd(aid, text, value, marks):
        return _in_story(claim(aid, None, "~관객", num(text, value, unit="명")), [*marks, "관객", "영화제"], "story:fest")

    paid = crowd("d", "14만9천352명", 149352, ["%paid"])
    assert similarity(paid, crowd("c", "17만1천여명", 171000, []), frozenset()) is None
    assert similarity(paid, crowd("c", "14만9천여명", 149000, ["%paid"]), frozenset()) is not None


def test_a_threshold_in_a_condition_is_compared_only_with_another_condition():
    # `ALT가 정상 상한의 3배를 넘으면 투약을 멈춘다` (a rule's threshold) / `ALT 수치가 정상
    # 상한의 5배를 넘었다` (what happened): two facts; two articles giving the rule's
    # threshold as 3배 and 5배 still disagree
    def alt(aid, text, value, marks):
        return _in_story(claim(aid, None, "~ALT", num(text, value, unit="배")), [*marks, "ALT", "상한", "정상"], "story:trial")

    rule = alt("a", "3배", 3, ["%condition"])
    assert similarity(rule, alt("b", "5배", 5, []), frozenset()) is None
    assert similarity(rule, alt("c", "5배", 5, ["%condition"]), frozenset()) is not None


def test_a_change_and_a_level_or_a_part_and_its_whole_are_one_figure_when_two_digits_are_swapped():
    # `241억 원이 줄면서` (a change) / `태블릿 보급 214억원` (the cut told as a level), and a part
    # among a whole / the whole: two facts, unless they differ only by two neighbouring
    # digits swapped in three or more (a slip of one figure)
    def cut(aid, frame, text, value):
        return _in_story(claim(aid, None, frame, money(text, value)), ["태블릿", "보급", "예산", "도의회"], "story:edu")

    change = cut("e", "~감소", "241억 원", 241e8)
    assert similarity(change, cut("d", "~태블릿보급", "214억원", 214e8), frozenset()) is not None
    assert similarity(change, cut("d", "~태블릿보급", "300억원", 300e8), frozenset()) is None

    def crowd(aid, frame, text, value):
        return _in_story(claim(aid, None, frame, num(text, value, unit="명")), ["관객", "공연", "벼리"], "story:fest")

    part = crowd("a", "~관객가운데", "3만8,460명", 38460)
    assert similarity(part, crowd("b", "~관객", "3만8,640명", 38640), frozenset()) is not None
    assert similarity(part, crowd("b", "~관객", "4만2,000명", 42000), frozenset()) is None


def test_reports_that_disagree_more_than_they_agree_keep_a_figure_with_its_decimal_point_moved():
    # `118억원을 편성` / `11억8천만원을 지원`: where two reports dispute more figures than they
    # share, a figure with its decimal point moved (as one with two digits swapped) is still
    # one figure mistyped, whatever the words
    from daejo.reconcile.align import _align_two

    def side(aid, frame, value, words, i):
        c = claim(aid, None, frame, num(f"{value}명", value, value - 0.5, value + 0.5, unit="명"), start=i, sentence_index=i)
        c.context = words
        return Side(c, article(aid, [c], published="2026-04-15T10:00:00+09:00"), story="story:m")

    left = [side("a", "~접촉자", 412, ["접촉자", "관리", "홍역"], 1), side("a", "~입원", 9, ["입원", "치료", "홍역"], 2),
            side("a", "~격리", 37, ["격리", "자가", "홍역"], 3)]
    right = [side("b", "~접촉자", 4120, ["접촉자", "보건소", "파악"], 1), side("b", "~입원", 7, ["입원", "병원", "중증"], 2),
             side("b", "~격리", 33, ["격리", "해제", "주민"], 3)]
    pairs = {(a.claim.value.text, b.claim.value.text) for a, b, _ in _align_two(left, right, frozenset())}
    assert pairs == {("412명", "4120명")}


def test_two_names_do_not_part_figures_that_differ_only_by_two_digits_swapped():
    # `염세화 후보 … 12,684표` / `12,864표` with another name read as its subject: two names
    # part two figures, but not one figure with two neighbouring digits swapped in three or
    # more, a slip far likelier than another subject's figure that happens to be one
    from daejo.reconcile.align import _align_two

    def side(aid, entity, value):
        c = claim(aid, entity, "~득표", num(f"{value:,}표", value, unit="표"))
        c.context = ["득표", "후보", "최종", "개표"]
        return Side(c, article(aid, [c], published="2026-04-09T10:00:00+09:00"), story="story:vote")

    left = [side("b", "염세화", 12684)]
    assert [(a.claim.value.text, b.claim.value.text) for a, b, _ in _align_two(left, [side("d", "운평군", 12864)], frozenset())] \
        == [("12,684표", "12,864표")]
    assert list(_align_two(left, [side("d", "운평군", 13120)], frozenset())) == []  # another subject's count


def test_one_number_as_a_percent_and_a_percentage_point_passes_the_qualifier_gate():
    # `가스 공급은 18.4% 늘었다` (the catalogue's growth of 가스 공급) / `18.4%포인트` (of
    # another sub-category by its words): one number with two units is one figure with
    # its unit wrong, whatever sub-category each sentence's words give it
    from daejo.reconcile.align import similarity

    def rate(aid, text, value, unit, qualifier):
        c = claim(aid, None, "growth_rate", num(text, value, kind="percent", unit=unit), qualifier=qualifier)
        return _in_story(c, ["가스", "공급", "증가"], "story:s1")

    percent, point = rate("a", "18.4%", 18.4, "%", "공급"), rate("b", "18.4%포인트", 18.4, "%p", "수요")
    assert similarity(percent, point, frozenset()) is not None
    other = rate("c", "12.1%", 12.1, "%", "수요")
    assert similarity(percent, other, frozenset()) is None  # two sub-categories' rates stay apart


def test_two_actors_figures_are_apart_unless_one_is_the_other_with_digits_swapped():
    # `노조는 월 14만2000원`, `회사는 6만8000원`: two actors' figures; `소방당국은 인력 162명`
    # / `경찰은 인력 126명을`: one count of the crews, its digits swapped on one side
    from daejo.reconcile.align import similarity

    def side(aid, actor, value):
        c = claim(aid, None, "~인력", num(f"{value}명", value, unit="명"))
        c.context = [f"&{actor}", "인력", "투입", "구조"]
        return Side(c, article(aid, [c]))

    assert similarity(side("a", "소방", 162), side("b", "경찰", 150), frozenset()) is None
    assert similarity(side("a", "소방", 162), side("b", "경찰", 126), frozenset()) is not None


def test_two_places_figures_are_apart_unless_one_is_the_other_with_digits_swapped():
    # `은행구 … 4억7,800만원` / `물빛구 … 2억3,300만원`: two places' figures; `노을곶 관측소에서는
    # 초속 38.4m` / `노을곶에서는 초속 34.8m` read as two places: one gust, its digits swapped
    from daejo.reconcile.align import similarity

    def side(aid, place, value):
        c = claim(aid, None, "~최대순간풍속", num(f"초속 {value}m", value, unit="m"))
        c.context = [f"@{place}", "최대순간풍속", "관측"]
        return Side(c, article(aid, [c]))

    assert similarity(side("a", "갈미군", 38.4), side("b", "벽포읍", 31.2), frozenset()) is None
    assert similarity(side("a", "갈미군", 38.4), side("b", "벽포읍", 34.8), frozenset()) is not None


def test_times_of_what_two_people_did_are_two_events_by_their_exact_ages_too():
    # `76세 여성은 … 8일 숨졌다` / `14일에는 84세 여성이 … 숨졌다`: two patients' deaths; `지난 3일
    # … 쓰러진 채 발견된 78세 남성` / `지난 4일 … 숨진 70대 남성`: one man, his day disputed
    from daejo.reconcile.align import similarity

    def death(aid, sentence, text, day):
        start = sentence.index(text)
        c = claim(aid, None, "~사망자", when(text, day, day[:8] + f"{int(day[8:10]) + 1:02d}"), start=start)
        c.evidence.sentence = sentence
        c.context = ["숨지", "사망자", "환자"]
        return Side(c, article(aid, [c]))

    first = death("a", "76세 여성은 뇌졸중 후유증으로 치료를 받던 중 8일 숨졌다.", "8일", "2026-05-08")
    other = death("b", "14일에는 84세 여성이 숨졌다.", "14일", "2026-05-14")
    assert similarity(first, other, frozenset()) is None
    found = death("c", "지난 3일 고추밭에서 쓰러진 채 발견된 78세 남성도 포함됐다.", "지난 3일", "2026-08-03")
    told = death("d", "지난 4일 고추밭에서 쓰러져 숨진 70대 남성처럼 피해가 잇따른다.", "지난 4일", "2026-08-04")
    assert similarity(found, told, frozenset()) is not None
    # and by a surname and an age, as the press writes a victim (`김모(52)씨`)
    kim = death("e", "어제 현장에서 숨진 김모(52)씨에 이어 두 번째 사망자다.", "어제", "2026-09-08")
    lee = death("f", "협력업체 직원 이모(47)씨는 치료를 받다가 9일 새벽 숨졌다.", "9일 새벽", "2026-09-09")
    assert similarity(kim, lee, frozenset()) is None
    assert similarity(kim, death("g", "김모(52)씨는 7일 현장에서 숨졌다.", "7일", "2026-09-07"), frozenset()) is not None


def test_totals_over_two_spans_are_two_facts():
    # `사흘 동안 3만2천명` / `나흘 동안에만 4만여명`: totals over two spans
    from daejo.reconcile.align import stages_differ

    def fig(aid, marks):
        return claim(aid, None, "~급수차", num("42대", 42, unit="대")).model_copy(update={"context": [*marks, "급수차"]})

    assert stages_differ(fig("a", ["%over3일"]), fig("b", ["%over4일"]))
    assert not stages_differ(fig("a", ["%over2일"]), fig("b", []))  # (`이틀 공연에만`: a span in other words)
    assert not stages_differ(fig("a", ["%over2일"]), fig("b", ["%over2일"]))


def test_a_kind_of_an_event_dates_the_event_its_fuller_name_ends_with():
    # `폭발과 함께 불이 나` (`~불`) / `지난 8일 … 일어난 무진케미칼 공장 폭발 사고`
    # (`!무진케미칼공장폭발사고`): a fire is a kind of accident, the accident the name ends with
    from daejo.reconcile.align import _two_events

    def side(aid, attribute, event, value):
        c = claim(aid, None, attribute, value)
        c.context = ["발생", *([f"!{event}"] if event else [])]
        return Side(c, article(aid, [c]))

    fire = side("a", "~불", None, when("9일 오전", "2026-06-09", "2026-06-10"))
    assert not _two_events(fire, side("b", "event_time", "무진케미칼공장폭발사고", when("지난 8일", "2026-06-08", "2026-06-09")))
    assert _two_events(fire, side("c", "event_time", "무진케미칼공장압수수색", when("지난 8일", "2026-06-08", "2026-06-09")))


def test_an_article_naming_two_types_by_their_floor_areas_states_no_area():
    # `전용 59㎡A가 296가구로 가장 많고, 전용 84㎡는 174가구`: the areas tell types apart
    # (data/frames.yaml type_size_words); an article naming one area gives one unit's
    from daejo.reconcile.align import aligned_pairs

    def area(aid, value, words, k=0, attribute="~전용"):
        c = claim(aid, None, attribute, num(f"{value}㎡", value, unit="m²"), start=30 * k)
        c.context = words
        return c

    def sides(*by_article):
        out = []
        for aid, claims in by_article:
            art = article(aid, claims)
            art.story = "s1"
            out += [Side(c, art, story="story:s1") for c in claims]
        return out

    typed = ("a", [area("a", 59, ["전용", "가구", "많"]), area("a", 84, ["전용", "가구"], 1)])
    one = ("b", [area("b", 74, ["전용", "가구", "팔리"])])
    assert list(aligned_pairs(sides(typed, one))) == []
    # one area each: one unit's area, disputed
    single = ("a", [area("a", 84, ["전용", "가구", "팔리"])])
    assert [(x.claim.value.text, y.claim.value.text) for x, y, _ in aligned_pairs(sides(single, one))] == [("84㎡", "74㎡")]
    # a building's floor area, told twice in an article, names no type
    hall = ("a", [area("a", 62400, ["연면적", "허브"], attribute="~연면적"),
                  area("a", 15600, ["연면적", "구역"], 1, attribute="~연면적")])
    other = ("b", [area("b", 64200, ["연면적", "허브"], attribute="~연면적")])
    assert [(x.claim.value.text, y.claim.value.text) for x, y, _ in aligned_pairs(sides(hall, other))] == [("62400㎡", "64200㎡")]


def test_two_of_a_sequence_are_two_things():
    """`마지막 블록 인양` / `다음 블록 인양`, `두 번째 공청회` / `공청회`: frames that say which
    of a sequence they are and say two, or where one names a later one and the other none."""
    from daejo.reconcile.align import _sequenced_apart

    assert _sequenced_apart("~마지막블록인양", "~다음블록인양")
    assert _sequenced_apart("~2번째공청회열", "~공청회열") and _sequenced_apart("~첫공청회열", "~2번째공청회열")
    assert not _sequenced_apart("~첫공청회열", "~공청회열")  # the first is often told without `첫`
    assert not _sequenced_apart("~2번째공청회열", "~2번째공청회열")
    assert not _sequenced_apart("~블록인양", "~공청회")  # neither names one: their frames decide
    assert not _sequenced_apart("launch_date", "~다음블록인양")  # a catalogue attribute names none
