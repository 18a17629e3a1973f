"""The reconciler as a whole: grouping, ledger pairs, findings, determinism."""

from __future__ import annotations

import pytest

import json

from daejo.reconcile import reconcile

from .factory import EOK, article, claim, money, num, publication_day, when

M = "모델"


def _params(article_id, text, value, low=None, high=None, bound="exact", start=0, **kw):
    return claim(article_id, M, "parameter_count", num(text, value, low, high, bound=bound), start=start, **kw)


def _six(article_id="a", start=0):
    return _params(article_id, "6000억개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK, start=start)


def _three(article_id="b", start=0, **kw):
    return _params(article_id, "약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, bound="approx", start=start, **kw)


def test_an_article_is_never_reported_against_itself():
    # two figures of one attribute in one article are different facts far more often
    # than a slip (a scoring rank and a league rank, a count before and after an update)
    assert reconcile([article("a", [_six("a"), _three("a", start=40, sentence_index=2)])], []) == []
    findings = reconcile([article("a", [_six("a")]), article("b", [_three("b", start=40, sentence_index=2)])], [])
    assert [(f.rule, [s.article for s in f.claims]) for f in findings] == [("value-mismatch", ["a", "b"])]


def test_two_values_in_one_sentence_are_an_enumeration_not_a_conflict():
    # `256GB는 119만9천원, 512GB는 134만2천원`: one sentence, two items
    assert reconcile([article("a", [_six("a"), _three("a", start=40)])], []) == []


def test_pairs_between_two_ledger_articles_are_not_repeated():
    ledger = [article("old1", [_six("old1")]), article("old2", [_three("old2")])]
    assert reconcile([article("new", [])], ledger) == []


def test_new_article_is_checked_against_the_ledger():
    findings = reconcile([article("new", [_three("new")])], [article("old", [_six("old")])])
    assert len(findings) == 1
    assert {s.article for s in findings[0].claims} == {"new", "old"}


def test_new_extraction_replaces_the_ledger_copy_of_the_same_article():
    stale = article("a", [_six("a")])
    fresh = article("a", [_params("a", "3000억개", 3000 * EOK)])
    assert reconcile([fresh], [stale, article("b", [_three("b")])]) == []


def test_finding_message_names_both_values_and_articles():
    a = article("a", [_six("a")], outlet="가나일보", published="2022")
    b = article("b", [_three("b")], outlet="다라신문", published="2021-12-14")
    (finding,) = reconcile([a, b], [], lang="en")
    assert finding.message == finding.message_en
    for part in ("6000억개", "약 3000억 개", "가나일보", "다라신문", "2021-12-14", "[2700억, 3300억]"):
        assert part in finding.message_ko and part in finding.message_en
    assert finding.code == "DJ101" and finding.severity == "error"
    assert finding.claims[0].title == "a 제목" and finding.claims[1].outlet == "다라신문"
    assert finding.claims[0].end_column == finding.claims[0].column + len("6000억개")


def test_fingerprint_ignores_line_numbers_and_offsets():
    first = reconcile([article("a", [_six("a", start=0)]), article("b", [_three("b", start=5)])], [])
    moved = reconcile([article("a", [_six("a", start=300)]), article("b", [_three("b", start=90)])], [])
    assert first[0].id == moved[0].id
    assert first[0].claims[0].start != moved[0].claims[0].start


def test_same_input_gives_byte_identical_json_whatever_the_order():
    arts = [article("a", [_six("a")]), article("b", [_three("b")]), article("c", [_params("c", "1조개", 10**12)])]
    dump = lambda fs: json.dumps([f.model_dump(mode="json") for f in fs], ensure_ascii=False)  # noqa: E731
    assert dump(reconcile(arts, [])) == dump(reconcile(list(reversed(arts)), []))
    assert len(reconcile(arts, [])) == 3


def test_findings_sorted_by_severity_then_entity():
    plan = claim("a", "가그룹", "investment_amount", money("6천억원", 6000 * EOK), modality="planned", qualifier="q")
    outcome = claim("b", "가그룹", "investment_amount", money("3000억원", 3000 * EOK), qualifier="q")
    findings = reconcile([article("a", [plan, _six("a")]), article("b", [outcome, _three("b")])], [])
    assert [f.severity for f in findings] == ["error", "info"]


def test_casualty_counts_published_hours_apart_are_growth_not_conflict():
    early = claim("a", "화재", "deaths", num("3명", 3, unit="명"), as_of=("2023-05-01", "2023-05-02"), as_of_source="published")
    late = claim("b", "화재", "deaths", num("9명", 9, unit="명"), as_of=("2023-05-01", "2023-05-02"), as_of_source="published")
    arts = [article("a", [early], published="2023-05-01T09:00:00+09:00"),
            article("b", [late], published="2023-05-01T14:00:00+09:00")]
    assert reconcile(arts, []) == []


def test_a_growing_count_of_a_day_told_after_it_is_later_than_any_hour_of_that_day():
    # `정오 기준 … 11명` on the day, `11일 … 19명` in the next morning's paper: the day's
    # count as it stood at its end, an update; the same two told of one hour conflict
    noon = claim("a", "마라톤", "deaths", num("11명", 11, unit="명"), as_of=("2026-10-11T12:00", "2026-10-11T12:01"))
    day = claim("b", "마라톤", "deaths", num("19명", 19, unit="명"), as_of=("2026-10-11", "2026-10-12"))
    arts = [article("a", [noon], published="2026-10-11T13:20:00+09:00"),
            article("b", [day], published="2026-10-12T06:00:00+09:00")]
    assert reconcile(arts, []) == []
    # a smaller count of the day, told after it, is still a later smaller count (a warning)
    day.value = num("8명", 8, unit="명")
    assert [(f.rule, f.severity) for f in reconcile(arts, [])] == [("value-mismatch", "warning")]
    # told while the day was still on, the day's count holds when its article went out
    arts[1] = article("b", [day], published="2026-10-11T12:00:30+09:00")
    day.value = num("19명", 19, unit="명")
    assert [f.rule for f in reconcile(arts, [])] == ["value-mismatch"]


def test_a_count_of_an_unnamed_past_is_not_compared_with_the_current_one():
    # `지난 시즌 14골` (no as_of) vs `올 시즌 12골` in an article of the same moment
    past = claim("a", "선수", "goals", num("14골", 14, unit="골"), sentence_index=3, start=60)
    now = claim("a", "선수", "goals", num("12골", 12, unit="골"), as_of=("2023-08-01", "2023-08-02"),
                as_of_source="published", sentence_index=1)
    past.article = "b"
    arts = [article("a", [now], published="2023-08-01T09:00:00+09:00"),
            article("b", [past], published="2023-08-01T09:00:00+09:00")]
    assert reconcile(arts, []) == []
    # the same two counts both dated now do conflict
    past.as_of, past.as_of_source = now.as_of, "published"
    assert [f.rule for f in reconcile(arts, [])] == ["value-mismatch"]


def test_casualty_counts_with_the_same_explicit_as_of_conflict():
    a = claim("a", "화재", "deaths", num("3명", 3, unit="명"), as_of=("2023-05-01T10:00", "2023-05-01T11:00"))
    b = claim("b", "화재", "deaths", num("9명", 9, unit="명"), as_of=("2023-05-01T10:00", "2023-05-01T11:00"))
    findings = reconcile([article("a", [a]), article("b", [b])], [])
    assert [f.rule for f in findings] == ["value-mismatch"]


@pytest.mark.parametrize(("pub_b", "compared"), [
    ("2026-07-08T09:00:00+09:00", True),  # the next morning's report of the same release
    ("2026-07-29T18:00:00+09:00", False),  # three weeks on: the final figures may differ from the preliminary
])
def test_two_results_articles_dated_by_their_quarter_are_compared_only_days_apart(pub_b, compared):
    q2 = ("2026-04-01", "2026-07-01")
    a = claim("a", "도담전자", "revenue", money("2조8,420억원", 28420 * EOK), as_of=q2, as_of_source="report")
    b = claim("b", "도담전자", "revenue", money("2조4,820억원", 24820 * EOK), as_of=q2, as_of_source="report")
    arts = [article("a", [a], published="2026-07-07T15:48:00+09:00"), article("b", [b], published=pub_b)]
    assert bool(reconcile(arts, [])) is compared


def test_time_varying_without_as_of_is_not_compared():
    a = claim("a", "회사", "headcount", num("70명", 70, unit="명"))
    b = claim("b", "회사", "headcount", num("250명", 250, unit="명"))
    assert reconcile([article("a", [a]), article("b", [b])], []) == []


def test_currency_compared_only_through_a_conversion_the_text_gives():
    usd = claim("a", "그룹", "investment_amount", money("1억 달러", 10**8, unit="USD"), qualifier="q", start=10)
    krw = claim("a", "그룹", "investment_amount", money("약 1천127억원", 1127 * EOK, 1014.3 * EOK, 1239.7 * EOK,
                                                        bound="approx"), qualifier="q", start=16)
    headline = claim("b", "그룹", "investment_amount", money("1100억", 1100 * EOK), qualifier="q")
    other_usd = claim("c", "그룹", "investment_amount", money("5억 달러", 5 * 10**8, unit="USD"), qualifier="q")
    assert reconcile([article("a", [usd, krw]), article("b", [headline])], []) == []
    # no conversion stated in either article: USD and KRW are never compared
    assert reconcile([article("b", [headline]), article("c", [other_usd])], []) == []
    # a conversion stated in article a lets its KRW be checked against 5억 달러 elsewhere
    findings = reconcile([article("a", [usd, krw]), article("c", [other_usd])], [])
    kinds = sorted((f.severity, "converted" in f.reason, {s.value.unit for s in f.claims} == {"USD"}) for f in findings)
    # 1억 달러 vs 5억 달러 directly (error); 약 1천127억원 vs 5억 달러 converted (warning)
    assert kinds == [("error", False, True), ("warning", True, False)]


def test_targets_with_different_counts_are_different_targets():
    def target(aid, count, text, end, start):
        deadline = claim(aid, "그룹", "target_deadline", when(text, start, end, grain="year", role="deadline"), modality="planned")
        size = claim(aid, "그룹", "target_count", num(f"{count}명", count, unit="명"), modality="planned", start=20)
        return article(aid, [deadline, size])

    assert reconcile([target("a", 1000, "2030년까지", "2031-01-01", None),
                      target("b", 500, "3년 안에", "2024-01-01", "2021-01-01")], []) == []
    findings = reconcile([target("a", 1000, "2030년까지", "2031-01-01", None),
                          target("b", 1000, "3년 안에", "2024-01-01", "2021-01-01")], [])
    assert [(f.rule, f.severity, f.attribute) for f in findings] == [("time-mismatch", "warning", "target_deadline")]
    assert "ends 2031-01-01 ≠ 2024-01-01" in findings[0].reason


def test_suspicious_numbers_only_reported_for_new_articles():
    bad = num("3조6000조원", None, kind="money", unit="KRW", issues=("suspicious: unit order",))
    old = article("old", [claim("old", "시장", "market_size", bad)])
    new = article("new", [claim("new", "시장", "market_size", bad)])
    findings = reconcile([new], [old])
    assert [(f.rule, f.claims[0].article) for f in findings] == [("suspicious-number", "new")]


def test_a_cited_source_does_not_soften_a_conflict():
    # severity depends on the two claims: a figure attributed to its source is still
    # the article's assertion (docs/rules.md, "Severity")
    a = _params("a", "6000억개", 6000 * EOK, attribution="회사")
    findings = reconcile([article("a", [a]), article("b", [_three("b")])], [])
    assert [(f.rule, f.severity) for f in findings] == [("value-mismatch", "error")]


def test_confidence_is_the_weakest_claim_scaled_by_the_rule():
    a = _params("a", "6000억개", 6000 * EOK, confidence=0.6)
    plan_a = claim("a", "그룹", "investment_amount", money("6천억원", 6000 * EOK), modality="planned", qualifier="q", confidence=0.9)
    plan_b = claim("b", "그룹", "investment_amount", money("3000억원", 3000 * EOK), qualifier="q", confidence=0.5)
    findings = reconcile([article("a", [a, plan_a]), article("b", [_three("b"), plan_b])], [])
    assert {f.rule: f.confidence for f in findings} == {"value-mismatch": 0.6, "plan-divergence": 0.4}


def test_qualifier_separates_sub_categories_but_not_a_parenthesised_note():
    corpus = claim("a", M, "training_data_size", num("6000억 개", 6000 * EOK), qualifier="말뭉치")
    images = claim("b", M, "training_data_size", num("2억5000만 장", 2.5 * EOK, unit="장"), qualifier="이미지")
    assert reconcile([article("a", [corpus]), article("b", [images])], []) == []
    poll = claim("a", "후보", "share", num("51.8%", 51.8, kind="percent", unit="%"), modality="forecast",
                 qualifier="득표율 (출구조사)", as_of=("2024-04-10", "2024-04-11"))
    result = claim("b", "후보", "share", num("45.1%", 45.1, kind="percent", unit="%"), qualifier="득표율",
                   as_of=("2024-04-10", "2024-04-11"))
    findings = reconcile([article("a", [poll]), article("b", [result])], [])
    assert [(f.rule, f.severity) for f in findings] == [("plan-divergence", "info")]


def test_neither_an_organisation_on_the_record_nor_a_quoted_person_softens():
    official = _params("a", "약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, bound="approx", attribution="LG")
    arts = [article("a", [official]), article("b", [_six("b")])]
    assert [f.severity for f in reconcile(arts, [], on_record={"LG"})] == ["error"]
    assert [f.severity for f in reconcile(arts, [])] == ["error"]


def test_flows_compare_only_the_same_explicit_period():
    def revenue(aid, text, value, period, modality="asserted"):
        return claim(aid, "회사", "revenue", money(text, value), as_of=period, modality=modality)

    q2 = ("2023-04-01", "2023-07-01")
    h1 = ("2023-01-01", "2023-07-01")
    quarter = revenue("a", "1조2천억원", 1.2 * 10**12, q2)
    half = revenue("b", "2조2천800억원", 2.28 * 10**12, h1)
    assert reconcile([article("a", [quarter]), article("b", [half])], []) == []
    other = revenue("b", "1조5천억원", 1.5 * 10**12, q2)
    assert [f.rule for f in reconcile([article("a", [quarter]), article("b", [other])], [])] == ["value-mismatch"]


def test_a_forecast_dated_by_its_article_is_about_later_outcomes():
    forecast = claim("a", "폰", "price", money("105만원 안팎", 1_050_000, 945_000, 1_155_000, bound="approx"),
                     modality="forecast", as_of=("2023-03-01", "2023-04-01"), as_of_source="published")
    actual = claim("b", "폰", "price", money("119만9천원", 1_199_000), as_of=("2023-08-02", "2023-08-03"),
                   as_of_source="published")
    findings = reconcile([article("a", [forecast], published="2023-03"), article("b", [actual])], [])
    assert [(f.rule, f.severity) for f in findings] == [("plan-divergence", "info")]


def test_growing_count_dated_to_the_day_holds_at_publication():
    day = ("2024-05-11", "2024-05-12")
    early = claim("a", "화재", "deaths", num("7명", 7, unit="명"), as_of=day)
    late = claim("b", "화재", "deaths", num("11명", 11, unit="명"), as_of=day)
    arts = [article("a", [early], published="2024-05-11T14:30:00+09:00"),
            article("b", [late], published="2024-05-11T20:10:00+09:00")]
    assert reconcile(arts, []) == []


def test_suspicious_number_reported_even_without_an_entity():
    bad = num("3조6000조원", None, kind="money", unit="KRW", issues=("suspicious: unit order",))
    (finding,) = reconcile([article("new", [claim("new", None, "market_size", bad)])], [])
    assert finding.rule == "suspicious-number" and "(대상 미상)" in finding.message_ko


def test_a_date_glossed_by_another_date_is_reported_as_a_date_not_a_number():
    # `내일(10일)` in an article of the 7th: the two dates disagree, nothing is wrong with a number
    glossed = when("10일", "2026-07-10", "2026-07-11")
    glossed.issues = ["gloss: 내일 is 8일, not 10일"]
    (finding,) = reconcile([article("new", [claim("new", None, "event_time", glossed)])], [])
    assert finding.rule == "suspicious-number" and "날짜 표기" in finding.message_ko and "date" in finding.message_en
    bad = num("3조6000조원", None, kind="money", unit="KRW", issues=("suspicious: unit order",))
    (finding,) = reconcile([article("new", [claim("new", None, "market_size", bad)])], [])
    assert "숫자 표기" in finding.message_ko and "number" in finding.message_en


def test_one_discrepancy_written_twice_in_an_article_is_one_finding():
    headline = _params("a", "6000억개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK, start=0)
    body = _params("a", "6천억 개", 6000 * EOK, 5999.5 * EOK, 6000.5 * EOK, start=200)
    (finding,) = reconcile([article("a", [body, headline]), article("b", [_three("b")])], [])
    assert finding.claims[0].quote == "6000억개"  # the first occurrence in the text



def _aboard(article_id, text, value, *, sentence_index=0, start=0):
    return claim(article_id, "해솔호", "passengers", num(text, value, unit="명"), start=start, sentence_index=sentence_index)


def _parts_index(*articles):
    from daejo.reconcile import _sentences
    from daejo.reconcile.compare import Side

    sides = [Side(c, a) for a in articles for c in a.claims]
    return sides, _sentences(sides)


@pytest.mark.parametrize("other, total", [(191, True), (195, False), (183, False)])
def test_a_total_of_the_parts_the_other_article_lists_is_no_conflict(other, total):
    # `탑승객 191명` against `승객 183명, 승무원 8명`: the whole and one of its parts
    from daejo.reconcile import _total_of_parts

    parts = article("a", [_aboard("a", "183명", 183), _aboard("a", "8명", 8, start=12)])
    sides, index = _parts_index(parts, article("b", [_aboard("b", f"{other}명", other)]))
    assert _total_of_parts([sides[0], sides[2]], index) is total
    assert _total_of_parts([sides[2], sides[0]], index) is total


def test_a_total_under_the_label_of_one_of_its_parts_is_that_part_misreported():
    # `반대 8표, 기권 3표` against `반대 11표`: the abstentions folded into the votes against
    from daejo.reconcile import _total_of_parts

    def votes(aid, frame, text, value, start=0):
        return claim(aid, None, frame, num(text, value, unit="표"), start=start)

    parts = article("a", [votes("a", "~반대표", "8표", 8), votes("a", "~기권표", "3표", 3, start=12)])
    sides, index = _parts_index(parts, article("b", [votes("b", "~반대표", "11표", 11)]))
    assert _total_of_parts([sides[0], sides[2]], index) is False
    unlabelled = article("c", [votes("c", "~표", "8표", 8), votes("c", "~표", "3표", 3, start=12)])
    sides, index = _parts_index(unlabelled, article("d", [votes("d", "~표", "11표", 11)]))
    assert _total_of_parts([sides[0], sides[2]], index) is True


def _said(c, sentence: str):
    """``c`` with its evidence in ``sentence`` (its quote found there)."""
    at = sentence.index(c.evidence.quote)
    return c.model_copy(update={"evidence": c.evidence.model_copy(
        update={"sentence": sentence, "start": at, "end": at + len(c.evidence.quote)})})


def test_a_total_under_the_frame_of_one_of_its_labelled_items_is_that_item_misreported():
    # `찬성 41명, 반대 8명, 기권 3명` against `찬성 44명`: 41 + 3 = 44 is a coincidence of a
    # list whose items each have their own label, not the votes for told as a total
    from daejo.reconcile import _total_of_parts

    tally = "도의회는 예산안을 찬성 41명, 반대 8명, 기권 3명으로 가결했다."

    def vote(aid, frame, text, value, sentence):
        return _said(claim(aid, None, frame, num(text, value, unit="명")), sentence)

    parts = article("a", [vote("a", "~찬성", "41명", 41, tally), vote("a", "~반대", "8명", 8, tally),
                          vote("a", "~기권", "3명", 3, tally)])
    sides, index = _parts_index(parts, article("b", [vote("b", "~찬성", "44명", 44, "표결 결과는 찬성 44명이었다.")]))
    assert _total_of_parts([sides[0], sides[3]], index) is False
    # the topic marks a label too: `외국인은 2조원, 기관은 6천억원` against `기관도 2조6천억원`
    flows = "외국인은 2조원, 기관은 6천억원을 순매도했다."

    def sold(aid, frame, text, value, sentence):
        return _said(claim(aid, None, frame, money(text, value)), sentence)

    parts = article("c", [sold("c", "~외국인", "2조원", 2 * 10**12, flows), sold("c", "~기관", "6천억원", 6 * 10**11, flows)])
    sides, index = _parts_index(parts, article("d", [sold("d", "~기관", "2조6천억원", 26 * 10**11, "기관도 2조6천억원을 팔았다.")]))
    assert _total_of_parts([sides[1], sides[2]], index) is False


def test_a_total_of_parts_no_label_tells_apart_is_still_a_total():
    # `구주를 5천410억원에, 소액주주 지분을 1천780억원에` against `7천190억원에 사들인다`: the
    # parts are not items of labels, so the sum is the whole deal
    from daejo.reconcile import _total_of_parts

    deal = "최대주주 측 구주를 5천410억원에 사들이고, 소액주주 지분을 1천780억원에 사들인다."

    def price(aid, frame, text, value, sentence):
        return _said(claim(aid, None, frame, money(text, value)), sentence)

    parts = article("a", [price("a", "~거래가격", "5천410억원", 5410 * 10**8, deal),
                          price("a", "~지분", "1천780억원", 1780 * 10**8, deal)])
    sides, index = _parts_index(parts, article("b", [price("b", "~거래가격", "7천190억원", 7190 * 10**8,
                                                           "지분 51.3%를 7천190억원에 사들인다.")]))
    assert _total_of_parts([sides[0], sides[2]], index) is True


def test_parts_in_two_sentences_add_up_to_no_total():
    from daejo.reconcile import _total_of_parts

    apart = article("a", [_aboard("a", "183명", 183), _aboard("a", "8명", 8, start=40, sentence_index=3)])
    sides, index = _parts_index(apart, article("b", [_aboard("b", "191명", 191)]))
    assert _total_of_parts([sides[0], sides[2]], index) is False


@pytest.mark.parametrize("published_b, compared", [("2026-03-17T18:00:00+09:00", True), ("2026-03-19T16:00:00+09:00", False)])
def test_a_price_of_every_trading_day_told_without_a_time_is_of_one_moment_only_that_day(published_b, compared):
    # `주가는 … 7만3천200원에 마감했다` on the 17th, `… 7만6천500원에` on the 19th: two days' prices
    def price(aid, text, value, published):
        c = claim(aid, None, "~주가", num(text, value, unit=None, kind="number"), as_of=publication_day(published),
                  as_of_source="published")
        c.context = ["주가", "마감", "세온전자"]
        art = article(aid, [c], published=published)
        art.story = "s1"
        return art

    a = price("a", "73200", 73200, "2026-03-17T16:30:00+09:00")
    b = price("b", "76500", 76500, published_b)
    findings = reconcile([a, b], [])
    assert bool(findings) is compared


@pytest.mark.parametrize("frame, unit", [("~거래량", "주"), ("~시가총액", "원"), ("~외국인순매도", "원")])
@pytest.mark.parametrize("published_b, compared", [("2026-05-12T18:00:00+09:00", True), ("2026-05-13T16:00:00+09:00", False)])
def test_a_market_figure_of_every_trading_day_is_of_its_day(frame, unit, published_b, compared):
    # `거래량은 1,486만주로` on the 12th, `거래량은 2,130만주에 달했고` on the 13th: two
    # sessions' volumes (data/frames.yaml varying: 시가총액, 거래량, 순매도 …)
    def figure(aid, value, published):
        c = claim(aid, None, frame, num(f"{value}{unit}", value, unit=unit),
                  as_of=publication_day(published), as_of_source="published")
        c.context = [frame[1:], "청하"]
        art = article(aid, [c], published=published)
        art.story = "s1"
        return art

    findings = reconcile([figure("a", 14860000, "2026-05-12T15:58:00+09:00"), figure("b", 21300000, published_b)], [])
    assert bool(findings) is compared


@pytest.mark.parametrize("lead_a, lead_b, compared", [
    ("첫날 운행률은 ", "첫날 운행률은 ", True),  # the first day's, told on the first day and four days later
    ("첫날 운행률은 ", "둘째 날 운행률은 ", False),  # two days of the strike
    ("운행률은 ", "운행률은 ", False),  # a rate that changes day by day told on two days: two moments
])
def test_a_figure_of_a_day_an_event_counts_is_that_day_s_told_any_day_after(lead_a, lead_b, compared):
    # `첫날 운행률은 14.8%` on the 19th, `첫날 운행률은 17.2%였고` on the 23rd
    # (data/frames.yaml event_days)
    def rate(aid, lead, text, value, published):
        c = claim(aid, None, "~운행률", num(text, value, kind="percent", unit="%"), as_of=publication_day(published),
                  as_of_source="published", start=len(lead))
        c.evidence.sentence = f"{lead}{text}였다."
        c.context = ["운행률", "파업"]
        art = article(aid, [c], published=published)
        art.story = "s1"
        return art

    findings = reconcile([rate("a", lead_a, "14.8%", 14.8, "2026-11-19T18:00:00+09:00"),
                          rate("b", lead_b, "17.2%", 17.2, "2026-11-23T10:00:00+09:00")], [])
    assert bool(findings) is compared


@pytest.mark.parametrize("first, later, compared", [
    ((948.6 * EOK, "948억6천만원", ("=reached",)), (9_486 * EOK, "9천486억원", ()), True),  # a place slipped
    ((1_284 * EOK, "1천284억원", ("=reached",)), (1_248 * EOK, "1천248억원", ()), True),  # digits swapped
    ((10_080 * EOK, "1조80억원", ("=reached",)), (10_500 * EOK, "1조500억원", ()), False),  # maybe changed again
    ((10_080 * EOK, "1조80억원", ()), (10_008 * EOK, "1조8억원", ("=reached",)), False),  # the level it left, told before
])
def test_an_amount_a_change_set_told_again_later_with_its_digits_slipped_is_compared(first, later, compared):
    # `매수 대금은 948억6천만원으로 늘었다` on the 7th, `매수 대금 9천486억원` on the 16th
    def cost(aid, value, text, marks, published):
        c = claim(aid, None, "~공사비", money(text, value), as_of=publication_day(published), as_of_source="published")
        c.context = ["공사비", *marks]
        art = article(aid, [c], published=published)
        art.story = "s1"
        return art

    findings = reconcile([cost("a", *first, "2026-03-07T10:00:00+09:00"),
                          cost("b", *later, "2026-03-16T10:00:00+09:00")], [])
    assert bool(findings) is compared


@pytest.mark.parametrize("mark, compared", [((), True), (("=reached",), False)])
def test_a_level_a_change_reached_is_compared_only_at_one_time(mark, compared):
    # `셔틀버스는 하루 80회 운행한다` on the 23rd, `80회에서 120회로 늘렸다` on the 27th: an update
    def runs(aid, value, published, marks=()):
        c = claim(aid, None, "~셔틀버스운행", num(f"{value}회", value, unit="회"),
                  as_of=publication_day(published), as_of_source="published")
        c.context = ["셔틀버스", "운행", *marks]
        art = article(aid, [c], published=published)
        art.story = "s1"
        return art

    before = runs("a", 80, "2026-10-23T10:00:00+09:00")
    after = runs("b", 120, "2026-10-27T16:00:00+09:00", mark)
    assert bool(reconcile([before, after], [])) is compared


@pytest.mark.parametrize("published_b, compared", [("2026-11-02T11:00:00+09:00", True), ("2027-03-02T11:00:00+09:00", False)])
def test_a_budget_told_without_a_time_holds_for_weeks(published_b, compared):
    # a festival's budget, 18억원 on 23 October and 36억원 ten days later: one budget misreported;
    # four months later it may be next year's
    def budget(aid, text, value, published):
        c = claim(aid, "하늘시", "budget", money(text, value), as_of=publication_day(published),
                  as_of_source="published")
        return article(aid, [c], published=published)

    a = budget("a", "18억원", 18 * EOK, "2026-10-23T10:00:00+09:00")
    b = budget("b", "36억원", 36 * EOK, published_b)
    assert bool(reconcile([a, b], [])) is compared


def test_one_entitys_rates_of_one_named_month_are_one_fact_read_at_their_precision():
    # a many-valued rate (an entity has many growth rates) with no sub-category is one
    # fact when both articles date it to the month their release names and tell it alike
    words = {"a": ["@노송구", "상승", "신축", "단지", "몰리"], "b": ["@노송구", "상승", "평균", "새"]}

    def rate(aid, text, value, as_of_source="report", as_of=("2027-08-01", "2027-09-01")):
        c = claim(aid, "노송구", "growth_rate", num(text, value, value - 0.005, value + 0.005, kind="percent", unit="%"),
                  as_of=as_of, as_of_source=as_of_source)
        c.context = words[aid]  # alike in their figures more than in their words
        return c

    findings = reconcile([article("a", [rate("a", "1.12%", 1.12)], published="2027-09-15T11:00:00+09:00"),
                          article("b", [rate("b", "1.21%", 1.21)], published="2027-09-17T09:00:00+09:00")], [])
    assert [(f.rule, f.severity) for f in findings] == [("value-mismatch", "error")]
    # dated only by their publication days, two such rates stay two facts
    apart = reconcile([article("a", [rate("a", "1.12%", 1.12, "published", ("2027-09-15", "2027-09-16"))]),
                       article("b", [rate("b", "1.21%", 1.21, "published", ("2027-09-17", "2027-09-18"))])], [])
    assert apart == []


@pytest.mark.parametrize(("frame", "expected"), [
    ("~출발당시기온", [("value-mismatch", "error")]),  # the moment is named: one figure
    ("~기온", []),  # a temperature told by two articles days apart holds at two moments
])
def test_a_changing_figure_of_a_moment_an_event_names_is_told_of_that_moment(frame, expected):
    # `출발 당시 기온은 6.5도` (race day) / `출발 당시 기온이 8.5도였고` (the next day)
    def temperature(aid, text, value, published):
        c = claim(aid, None, frame, num(text, value, value - 0.05, value + 0.05, unit="℃"),
                  as_of=publication_day(published), as_of_source="published")
        c.context = ["출발", "당시", "기온", "마라톤"]
        art = article(aid, [c], published=published)
        art.story = "s1"
        return art

    a = temperature("a", "6.5도", 6.5, "2026-03-15T12:00:00+09:00")
    b = temperature("b", "8.5도", 8.5, "2026-03-19T09:00:00+09:00")
    assert [(f.rule, f.severity) for f in reconcile([a, b], [])] == expected


@pytest.mark.parametrize(("attribute", "compared"), [("growth_rate", True), ("market_size", False)])
def test_a_change_over_the_day_an_article_came_out_is_that_named_days_change(attribute, compared):
    # `코스피는 하루 새 1.7% 상승` (an article of the 17th) / `17일 … 1.86% 오르며` (the next
    # day's): one day's change; a level dated only by an article of the day (an amount
    # bought so far) may be of another hour of it
    from .factory import money

    day = ("2026-03-17", "2026-03-18")
    if attribute == "growth_rate":
        va, vb = num("1.7%", 1.7, 1.65, 1.75, kind="percent", unit="%"), num("1.86%", 1.86, 1.855, 1.865, kind="percent", unit="%")
    else:
        va, vb = money("8천412억원", 8412 * 10**8), money("3천920억원", 3920 * 10**8)
    a = claim("a", "코스피", attribute, va, as_of=day, as_of_source="published")
    b = claim("b", "코스피", attribute, vb, as_of=day, as_of_source="explicit")
    a.context, b.context = ["상승", "하루", "유가증권"], ["상승", "유가증권"]
    arts = [article("a", [a], published="2026-03-17T15:40:00+09:00"), article("b", [b], published="2026-03-18T08:00:00+09:00")]
    assert bool([f for f in reconcile(arts, []) if f.rule == "value-mismatch"]) is compared


def test_a_figure_without_a_qualifier_meets_one_with_the_qualifier_its_words_name():
    # `점유율 순위는 3위` / `점유율 4위` (qualifier `점유율`): the qualifier alone had kept
    # them in two groups; a bare rank whose words name no such thing stays apart
    def rank(aid, text, value, context, qualifier=None):
        c = claim(aid, "도담전자", "rank", num(text, value, value - 0.5, value + 0.5, unit="위"), qualifier=qualifier,
                  as_of=("2026-07-29", "2026-07-30"))
        return c.model_copy(update={"context": context})

    bare = rank("a", "3위", 3, ["시장", "점유", "순위"])
    qualified = rank("b", "4위", 4, ["시장", "세계"], qualifier="점유율")
    other = rank("c", "3위", 3, ["매출", "순위"])
    findings = reconcile([article("a", [bare]), article("b", [qualified])], [])
    assert [(f.rule, sorted(s.article for s in f.claims)) for f in findings] == [("value-mismatch", ["a", "b"])]
    assert reconcile([article("c", [other]), article("b", [qualified])], []) == []


def test_an_earlier_article_giving_the_value_a_change_started_from_is_no_contradiction():
    # `1심의 5억원에서 3억원으로 낮아졌다` six months after `벌금 5억원`: the state before the
    # change; an article of the same days giving 5억원 as the present fine disputes it
    def fine(aid, text, value, sentence, published):
        c = claim(aid, None, "~벌금", money(text, value * EOK, (value - 0.25) * EOK, (value + 0.25) * EOK))
        start = sentence.index(text)
        ev = c.evidence.model_copy(update={"sentence": sentence, "start": start, "end": start + len(text)})
        c = c.model_copy(update={"evidence": ev, "context": ["법인", "벌금"]})
        return article(aid, [c], published=published).model_copy(update={"story": "s1", "story_name": "새결건설 선고"})

    lowered = fine("e", "3억원", 3, "법인 벌금도 1심의 5억원에서 3억원으로 낮아졌다.", "2026-04-13T09:00:00+09:00")
    before = fine("b", "5억원", 5, "법인에 대해서는 5억원의 벌금이 선고됐다.", "2025-10-17T09:00:00+09:00")
    same_days = fine("c", "5억원", 5, "법인에 대한 벌금 5억원은 그대로 유지됐다.", "2026-04-10T09:00:00+09:00")
    assert reconcile([lowered, before], []) == []
    findings = reconcile([lowered, same_days], [])
    assert [sorted(s.article for s in f.claims) for f in findings] == [["c", "e"]]


def test_an_article_out_before_the_day_a_change_is_dated_gave_the_state_before_it():
    # `회사는 … 3.2% 인상안을 내놓은 상태다` (8 July) / `전날 교섭에서 … 3.2%에서 3.5%로 올린`
    # (10 July, the change dated 9 July): the first could only know the earlier offer. The
    # same change undated, or dated before the other article came out, is still disputed.
    def offer(aid, text, value, sentence, published, as_of=None):
        c = claim(aid, None, "~인상률", num(text, value, value - 0.05, value + 0.05, kind="percent", unit="%"),
                  as_of=as_of, as_of_source="explicit" if as_of else "published")
        start = sentence.index(text)
        ev = c.evidence.model_copy(update={"sentence": sentence, "start": start, "end": start + len(text)})
        c = c.model_copy(update={"evidence": ev, "context": ["인상", "제시"]})
        return article(aid, [c], published=published).model_copy(update={"story": "s1", "story_name": "조선소 파업"})

    raised = "회사는 전날 교섭에서 인상률을 3.2%에서 3.5%로 올린 수정안을 제시했다."
    first = offer("a", "3.2%", 3.2, "회사는 지금까지 기본급 3.2% 인상안을 내놓은 상태다.", "2026-07-08T18:40:00+09:00")
    dated = offer("b", "3.5%", 3.5, raised, "2026-07-10T11:30:00+09:00", as_of=("2026-07-09", "2026-07-10"))
    undated = offer("b", "3.5%", 3.5, raised, "2026-07-10T11:30:00+09:00")
    older = offer("b", "3.5%", 3.5, raised, "2026-07-10T11:30:00+09:00", as_of=("2026-07-08", "2026-07-09"))
    assert reconcile([first, dated], []) == []
    assert [f.rule for f in reconcile([first, undated], [])] == ["value-mismatch"]
    assert [f.rule for f in reconcile([first, older], [])] == ["value-mismatch"]


def test_the_people_who_took_part_are_not_all_the_nouns_people():
    # `유권자 7만5천 명 가량이 참여했다` (frame 유권자참여) / `유권자는 18만7천여 명`
    from daejo.reconcile.align import _took_part

    def voters(aid, frame, text, value):
        c = claim(aid, None, frame, num(text, value, value * 0.99, value * 1.01, unit="명"), as_of=("2026-06-03", "2026-06-04"))
        c = c.model_copy(update={"context": ["선거", "유권자"]})
        return article(aid, [c]).model_copy(update={"story": "s1", "story_name": "솔뫼 보궐선거"})

    all_voters = voters("a", "~유권자", "18만7천여 명", 187000)
    took_part = voters("b", "~유권자참여", "7만5천 명", 75000)
    misstated = voters("c", "~유권자", "17만8천여 명", 178000)
    assert reconcile([all_voters, took_part], []) == []
    assert [f.rule for f in reconcile([all_voters, misstated], [])] == ["value-mismatch"]

    assert _took_part("~유권자참여", "~유권자") and _took_part("~조합원", "~조합원참여")
    assert _took_part("~유권자투표", "~유권자")
    assert not _took_part("~유권자", "~유권자")
    assert not _took_part("~조합원참여", "~유권자")


def test_those_who_attended_are_not_all_the_members():
    # `조합원은 모두 768명` / `총회에는 조합원 619명이 참석했고` (the catalogue's attendance)
    from daejo.reconcile.align import _attended_of
    from daejo.reconcile.compare import Side

    def members(aid, attribute, text, value, context):
        c = claim(aid, None, attribute, num(text, value, value, value, unit="명"), as_of=("2026-11-21", "2026-11-22"))
        c = c.model_copy(update={"context": context})
        return article(aid, [c]).model_copy(update={"story": "s1", "story_name": "늘봄아파트 총회"})

    everyone = members("a", "~조합원", "768명", 768, ["조합원"])
    attended = members("b", "attendance", "619명", 619, ["조합", "조합원", "참석", "총회"])
    assert reconcile([everyone, attended], []) == []
    assert _attended_of(Side(attended.claims[0], attended), Side(everyone.claims[0], everyone))
    # a crowd counted without a verb of taking part is no part of anything
    crowd = members("c", "attendance", "619명", 619, ["관중", "입장", "조합원"])
    assert not _attended_of(Side(crowd.claims[0], crowd), Side(everyone.claims[0], everyone))


def test_a_figure_taken_up_again_in_the_next_sentence_is_one_telling():
    # `솔뫼군에서는 계기진도 5가 관측됐다. 계기진도 5는 … 수준이다.`: the second explains the first
    from daejo.reconcile import _first_tellings
    from daejo.reconcile.compare import Side

    def intensity(index, start, sentence):
        c = claim("a", None, "~계기진도", num("5", 5, 4.5, 5.5, unit=None, kind="number"), sentence_index=index, start=start)
        at = sentence.index("5")
        ev = c.evidence.model_copy(update={"sentence": sentence, "sentence_start": start - at})
        return c.model_copy(update={"evidence": ev})

    first = intensity(3, 10, "솔뫼군에서는 계기진도 5가 관측됐다.")
    again = intensity(4, 40, "계기진도 5는 거의 모든 사람이 진동을 느끼는 수준이다.")
    restated = intensity(5, 70, "인명피해는 없었고 계기진도 5, 규모 4.6이었다.")  # stated again, not its topic
    later = intensity(9, 90, "계기진도 5는 드문 일이다.")  # not the sentence right after
    art = article("a", [first, again, restated, later])
    kept = _first_tellings([Side(c, art) for c in (first, again, restated, later)])
    assert [s.claim.id for s in kept] == [first.id, restated.id, later.id]


def _eok_article(aid, entity, attribute, text, value, published, context, as_of):
    """An article with one amount of ``value`` 억원 (written ``text``) and its context words."""
    c = claim(aid, entity, attribute, money(text, value * EOK, (value - 0.5) * EOK, (value + 0.5) * EOK), as_of=as_of)
    c = c.model_copy(update={"context": context})
    return article(aid, [c], published=published)


def test_a_preliminary_figure_and_an_unmarked_one_weeks_later_are_two_stages():
    # `2조8,420억원 … 잠정 공시` of the 7th against `매출 2조8천436억원` of the 30th: the final
    # figure may differ; an unmarked figure of the next day is the same preliminary one
    def revenue(aid, text, value, published, context):
        return _eok_article(aid, "도담전자", "revenue", text, value, published, context, ("2026-04-01", "2026-07-01"))

    preliminary = revenue("b", "2조8,420억원", 28420, "2026-07-07T15:00:00+09:00", ["%preliminary", "매출", "공시"])
    weeks_later = revenue("d", "2조8천436억원", 28436, "2026-07-30T09:00:00+09:00", ["매출"])
    next_day = revenue("e", "2조8천436억원", 28436, "2026-07-08T09:00:00+09:00", ["매출"])
    assert reconcile([preliminary, weeks_later], []) == []
    assert len(reconcile([preliminary, next_day], [])) == 1


def test_an_unmarked_figure_told_before_a_settled_one_is_the_figure_before_it_was_settled():
    # `일반회계 8조1,270억원` in the proposal's article of 10 November against `일반회계는
    # 8조1,245억원으로 조정됐고` on 15 December: the council adjusted it in between; an
    # unmarked figure of the same days as the settled one disputes it
    def general(aid, text, value, published, context):
        return _eok_article(aid, "온담도", "budget", text, value, published, context, ("2027-01-01", "2028-01-01"))

    proposal = general("a", "8조1,270억원", 81270, "2026-11-10T11:00:00+09:00", ["일반", "회계"])
    settled = general("d", "8조1,245억원", 81245, "2026-12-15T17:00:00+09:00", ["%revised", "일반", "회계", "조정"])
    same_days = general("e", "8조1,270억원", 81270, "2026-12-16T09:00:00+09:00", ["일반", "회계"])
    assert reconcile([proposal, settled], []) == []
    assert len(reconcile([settled, same_days], [])) == 1


def test_two_stages_of_a_figure_that_differ_only_by_a_slip_of_its_digits_are_a_warning():
    # `추경 규모 1,284억원` in the proposal's article against `1,248억원에 이르는` weeks after
    # it passed: a stage seldom changes a figure to its own digits swapped or tenfold, so
    # it is a warning that says so; any other change between the stages is no finding, and
    # two digits swap by chance (`45억원` / `54억원`)
    def total(aid, text, value, published, context):
        return _eok_article(aid, "표목군", "budget", text, value, published, context, ("2026-01-01", "2027-01-01"))

    proposal = total("a", "1,284억원", 1284, "2026-08-20T11:00:00+09:00", ["추경", "규모"])
    for text, value in (("1,248억원", 1248), ("128.4억원", 128.4)):
        passed = total("d", text, value, "2026-09-15T17:00:00+09:00", ["%final", "추경", "규모", "통과"])
        (finding,) = reconcile([proposal, passed], [])
        assert finding.severity == "warning" and "자릿수 실수" in finding.reason_ko, text
    changed = total("d", "1,263억원", 1263, "2026-09-15T17:00:00+09:00", ["%final", "추경", "규모", "통과"])
    assert reconcile([proposal, changed], []) == []
    short = total("a", "45억원", 45, "2026-08-20T11:00:00+09:00", ["추경", "규모"])
    short_passed = total("d", "54억원", 54, "2026-09-15T17:00:00+09:00", ["%final", "추경", "규모", "통과"])
    assert reconcile([short, short_passed], []) == []


def test_a_figure_settled_as_the_proposal_had_it_is_the_proposals_figure():
    # `사회복지 분야가 128억원` in the proposal's article against `사회복지 분야 182억원은
    # 원안대로 통과됐다` weeks later: kept as proposed, so the two dispute; without the
    # word of keeping the passed figure may be one the council changed
    def welfare(aid, text, value, published, context):
        return _eok_article(aid, "겸산군", "budget", text, value, published, context, ("2026-01-01", "2027-01-01"))

    proposal = welfare("a", "128억원", 128, "2026-08-20T11:00:00+09:00", ["복지", "분야", "사회"])
    kept = welfare("c", "182억원", 182, "2026-09-15T17:00:00+09:00", ["%final", "%preliminary", "복지", "분야", "사회", "원안"])
    passed = welfare("d", "176억원", 176, "2026-09-15T17:00:00+09:00", ["%final", "복지", "분야", "사회", "통과"])
    assert len(reconcile([proposal, kept], [])) == 1
    assert reconcile([proposal, passed], []) == []  # (182억원 passed would be the digits swapped: a warning)


def test_terms_told_as_agreed_are_the_terms_ratified_later():
    # `노사가 합의한 안은 시급 4.5% 인상` on the 18th against `합의안의 핵심은 시급 4.8% 인상`
    # under a headline of the deal's ratification on the 21st: a ratification settles the
    # agreed terms as they are, so the two dispute; an unmarked figure before a settled one
    # that names no agreement is still the figure before it was settled
    def rise(aid, text, value, published, context):
        c = claim(aid, None, "~시급", num(text, value, value - 0.05, value + 0.05, kind="percent", unit="%"))
        art = article(aid, [c.model_copy(update={"context": context})], published=published)
        return art.model_copy(update={"story": "strike"})  # (the story's event is whose rise it is)

    agreed = rise("e", "4.5%", 4.5, "2026-10-18T09:00:00+09:00", ["골자", "노사", "시급", "인상", "합의"])
    ratified = rise("d", "4.8%", 4.8, "2026-10-21T09:00:00+09:00", ["%final", "시급", "인상", "합의안", "핵심"])
    unagreed = rise("f", "4.5%", 4.5, "2026-10-18T09:00:00+09:00", ["노조", "시급", "인상"])
    assert len(reconcile([agreed, ratified], [])) == 1
    assert reconcile([unagreed, ratified], []) == []


def test_a_running_total_only_rises_whatever_its_attribute():
    # `누적 관람객이 20일 오전 5만 명을` / `누적 관람객은 12만명`: a running total (grows), not a
    # match's fixed attendance; in `누적 매출액은 243억원으로 순제작비 135억원을` the running
    # total is the other figure
    from daejo.reconcile import _aligned_policy, _running_total, load_policies
    from daejo.reconcile.compare import Side

    def side(aid, sentence, text, value):
        c = claim(aid, None, "attendance", num(text, value, unit="명"))
        start = sentence.index(text)
        ev = c.evidence.model_copy(update={"sentence": sentence, "start": start, "end": start + len(text)})
        c = c.model_copy(update={"evidence": ev})
        return Side(c, article(aid, [c]))

    early = side("c", "누적 관람객이 20일 오전 5만 명을 돌파했다.", "5만 명", 50000)
    late = side("d", "지난달 말까지 누적 관람객은 12만명에 이른다.", "12만명", 120000)
    match = side("e", "이날 경기장에는 2만1천436명의 관중이 찾았다.", "2만1천436명", 21436)
    other = side("f", "누적 매출액은 243억원으로 순제작비 135억원을 웃돈다.", "135억원", 135)
    assert _running_total(early) and _running_total(late)
    assert not _running_total(match) and not _running_total(other)
    table = load_policies()
    assert _aligned_policy(early, late, table).grows
    assert not _aligned_policy(match, match, table).grows


def test_a_count_sent_to_a_scene_is_each_day_s():
    # `장비 52대가 투입됐다` on the 14th / `장비 71대가 투입돼` on the 15th: each day's
    # deployment varies; an amount of money spent (`1천억원을 투입`) is one fact
    from daejo.reconcile import _aligned_policy, _deployed, load_policies
    from daejo.reconcile.compare import Side

    def side(aid, value, words, kind="quantity"):
        v = num(value, 52, unit="대") if kind == "quantity" else money(value, 1e11)
        c = claim(aid, None, "~장비", v).model_copy(update={"context": words})
        return Side(c, article(aid, [c]))

    sent, plain = side("a", "52대", ["장비", "투입"]), side("b", "71대", ["장비", "보유"])
    spent = side("c", "1천억원", ["설비", "투입"], kind="money")
    assert _deployed(sent) and not _deployed(plain) and not _deployed(spent)
    table = load_policies()
    assert _aligned_policy(sent, plain, table).varies
    assert not _aligned_policy(plain, plain, table).varies


def test_two_ranges_written_out_are_one_range_only_when_both_ends_agree():
    # `희망 공모가 범위는 2만1천∼2만5천원` / `2만1천~2만4천원`: they overlap, but the band's top
    # is misreported; a forecast's range is as wide as its source makes it
    from daejo.models import Value

    def band(aid, text, low, high, modality="asserted"):
        v = Value(kind="money", text=text, start=0, end=len(text), value=low, unit="KRW", bound="range", low=low, high=high)
        c = claim(aid, None, "~희망공모가범위", v, as_of=("2026-03-16", "2026-03-17"))
        c = c.model_copy(update={"modality": modality, "context": ["공모", "범위", "희망"]})
        return article(aid, [c]).model_copy(update={"story": "s1", "story_name": "가람랩스 상장"})

    findings = reconcile([band("a", "2만1천∼2만5천원", 21000, 25000), band("b", "2만1천~2만4천원", 21000, 24000)], [])
    assert [f.rule for f in findings] == ["value-mismatch"]
    assert reconcile([band("a", "2만1천∼2만5천원", 21000, 25000), band("b", "2만1천~2만5천원", 21000, 25000)], []) == []
    forecasts = [band("a", "158~176석", 158, 176, "forecast"), band("b", "153~172석", 153, 172, "forecast")]
    assert [f for f in reconcile(forecasts, []) if f.severity in ("error", "warning")] == []


def test_a_fall_told_as_a_rise_of_the_same_size_is_flagged():
    # `순이익은 3.1% 감소했다` / `3.1% 늘어난`: the number agrees, the direction does not
    def rate(aid, text, words, bound="exact"):
        value = float(text.rstrip("% 넘게"))
        c = claim(aid, "우듬지식품", "growth_rate", num(text, value, value - 0.05, value + 0.05 if bound == "exact" else None,
                                                 kind="percent", unit="%", bound=bound),
                  as_of=("2026-07-01", "2026-10-01"), as_of_source="report")
        c.context = words
        return c

    arts = lambda b: [article("a", [rate("a", "3.1%", ["@우듬지식품", "순이익", "감소"])],  # noqa: E731
                              published="2026-10-13T16:00:00+09:00"),
                      article("b", [b], published="2026-10-13T18:00:00+09:00")]
    flipped = reconcile(arts(rate("b", "3.1%", ["@우듬지식품", "순이익", "증가"])), [])
    assert [f.rule for f in flipped] == ["value-mismatch"]
    assert "증가" in flipped[0].reason_ko and "감소" in flipped[0].reason_ko
    # the same direction is no such conflict
    assert reconcile(arts(rate("b", "3.1%", ["@우듬지식품", "순이익", "감소"])), []) == []


def test_a_figure_and_its_own_breakdown_add_up_to_no_total():
    # `유증상자 26명(학생 23명, 교직원 3명)` against `유증상자 52명`: 23 and 3 are the 26's own
    # parts, so 26 + 23 + 3 is no total of parts; 52 against 26 is one figure misreported
    from daejo.reconcile import _total_of_parts

    def ill(aid, text, value, start=0):
        return claim(aid, None, "~유증상자", num(text, value, unit="명"), start=start)

    told = article("a", [ill("a", "26명", 26), ill("a", "23명", 23, start=12), ill("a", "3명", 3, start=20)])
    sides, index = _parts_index(told, article("b", [ill("b", "52명", 52)]))
    assert _total_of_parts([sides[0], sides[3]], index) is False
    # another part beside it still makes a total (`26명` and `3명` of another group: 29)
    sides, index = _parts_index(told, article("c", [ill("c", "29명", 29)]))
    assert _total_of_parts([sides[0], sides[3]], index) is True


@pytest.mark.parametrize(("words", "compared"), [
    (["업계", "이동통신사"], True),  # `업계 3위 이동통신사`: a standing that holds for a year's results
    (["주간", "예매", "순위"], False),  # `주간 예매 순위 3위`: a chart's place holds for its week
])
def test_a_companys_standing_in_its_industry_is_compared_across_the_months_of_a_story(words, compared):
    def rank(aid, text, value, day, next_day):
        c = claim(aid, "아스텔통신", "rank", num(text, value, value - 0.5, value + 0.5, unit="위"),
                  as_of=(day, next_day), as_of_source="published")
        c.context = list(words)
        return article(aid, [c], published=f"{day}T09:00:00+09:00")

    arts = [rank("a", "3위", 3, "2026-03-02", "2026-03-03"), rank("b", "2위", 2, "2026-04-20", "2026-04-21")]
    assert [f.rule for f in reconcile(arts, [])] == (["value-mismatch"] if compared else [])


@pytest.mark.parametrize("running, total, flagged", [
    (("이틀", 2), ("사흘", 3), False),  # `파업이 이틀째` on the 17th, `사흘 만에 끝났다` on the 19th: it ran on
    (("사흘", 3), ("이틀", 2), True),  # the running span longer than the whole told after it: one is wrong
])
def test_a_span_still_running_is_a_count_that_only_rises(running, total, flagged):
    def span(aid, text, days, sentence, published):
        start = sentence.index(text)
        c = claim(aid, None, "~파업", num(text, days, kind="duration", unit="일"), start=start,
                  as_of=publication_day(published), as_of_source="published")
        c.evidence.sentence = sentence
        c.context = ["파업", "시내버스"]
        art = article(aid, [c], published=published)
        art.story = "s1"
        return art

    a = span("a", running[0], running[1], f"시내버스 파업이 {running[0]}째 이어졌다.", "2026-03-17T09:00:00+09:00")
    b = span("b", total[0], total[1], f"시내버스 파업이 {total[0]} 만에 끝났다.", "2026-03-19T09:00:00+09:00")
    assert bool(reconcile([a, b], [])) is flagged
