"""Claim fields: stable ids, evidence that points into the body, as_of, clauses."""

from __future__ import annotations

from daejo.dates import parse_partial_date
from daejo.extract import extract_article
from daejo.extract.clauses import split_clauses
from daejo.extract.view import SentenceView
from daejo.models import Article
from daejo.text import split_sentences

BODY = "첫 문단이다.\n\n다솜LM의 파라미터는 약 3000억 개다. 한빛연구원은 지난해 말 직원 수가 200명이었다고 밝혔다.\n"


def _article(body: str = BODY) -> Article:
    return Article(id="t", path="t.md", body=body, published=parse_partial_date("2022-06-20"), body_line=5)


def test_ids_are_stable_and_evidence_points_into_the_body(analyzer, catalogue, corpus_registry):
    first = extract_article(_article(), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    again = extract_article(_article(), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    assert [c.id for c in first] == [c.id for c in again] and len({c.id for c in first}) == len(first)
    param = next(c for c in first if c.attribute == "parameter_count")
    ev = param.evidence
    assert BODY[ev.start : ev.end] == ev.quote == "약 3000억 개"
    assert BODY[ev.entity_start : ev.entity_end] == "다솜LM" and param.entity_text == "다솜LM"
    assert (ev.line, ev.column) == (7, BODY.split("\n")[2].index("약") + 1)  # body starts on file line 5
    assert ev.byte_column == len(BODY.split("\n")[2][: ev.column - 1].encode("utf-8")) + 1
    assert param.as_of_source == "published" and param.as_of.start == "2022-06-20"


def test_explicit_time_in_the_clause_is_the_as_of(analyzer, catalogue, corpus_registry):
    claims = extract_article(_article(), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    staff = next(c for c in claims if c.attribute == "headcount")
    assert staff.entity == "hanbit-research"
    assert staff.as_of_source == "explicit" and (staff.as_of.start, staff.as_of.end) == ("2021-10-01", "2022-01-01")
    assert staff.attribution is None or staff.attribution == "hanbit-research"


def test_an_edited_sentence_changes_only_its_claims(analyzer, catalogue, corpus_registry):
    before = extract_article(_article(), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    edited = BODY.replace("200명", "210명")
    after = extract_article(_article(edited), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    ids_before = {c.attribute: c.id for c in before}
    ids_after = {c.attribute: c.id for c in after}
    assert ids_before["parameter_count"] == ids_after["parameter_count"]
    assert ids_before["headcount"] != ids_after["headcount"]


def test_clauses_split_on_connectives_not_on_noun_lists(analyzer):
    text = "가람전자는 2000억원을 투자하고 구글, 다솜 등과 함께 1000명을 키울 계획이며 공장은 내년에 짓는다."
    sentence = split_sentences(text, analyzer)[0]
    view = SentenceView(sentence)
    clauses = split_clauses(view)
    pieces = [view.slice(view.morphemes[c.first].start, view.morphemes[c.last].end) for c in clauses]
    assert pieces[0] == "가람전자는 2000억원을 투자하고"
    assert "구글, 다솜" in pieces[1] and pieces[1].endswith("계획이며")
    assert clauses[0].shares_mood_with_next  # 투자하고 (no tense) shares the plan
    assert len(clauses) == 3


def test_a_connective_noun_with_a_comma_after_an_adnominal_ends_a_clause(analyzer):
    # `…가장 높았던 만큼, …`, `…늘어난 반면, …`: two clauses, as a connective ending makes;
    # a list of noun phrases (`서울에 있는 곳, 부산에 있는 곳`) stays one
    def pieces(text):
        view = SentenceView(split_sentences(text, analyzer)[0])
        return [view.slice(view.morphemes[c.first].start, view.morphemes[c.last].end) for c in split_clauses(view)]

    assert pieces("올해 예송시(4.06%)의 상승률이 가장 높았던 만큼, 토지 소유자들의 하향 조정 요구가 집중됐다.")[0] \
        == "올해 예송시(4.06%)의 상승률이 가장 높았던 만큼,"
    assert pieces("매출은 9% 늘어난 반면, 영업이익은 3% 줄었다.")[0] == "매출은 9% 늘어난 반면,"
    assert len(pieces("새 매장은 시내에 있는 곳, 외곽에 있는 곳 등 12곳이다.")) == 1


def test_a_contrast_never_takes_the_mood_of_what_follows(analyzer, catalogue, corpus_registry):
    # `93.5%에 이르지만 … 되지 않은 영아를 중심으로 …`: the rate is stated, whatever the
    # negation after the contrast denies; an untensed `-고` still shares the next mood
    from daejo.dates import parse_partial_date
    from daejo.extract import extract_article
    from daejo.models import Article

    def modality(body, value):
        article = Article(id="m", path="m.md", body=body, published=parse_partial_date("2026-04-15"))
        claims = extract_article(article, analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
        return next(c.modality for c in claims if c.value.text == value)

    assert modality("국내 2차 접종률이 93.5%에 이르지만 접종 시기가 되지 않은 영아를 중심으로 감염이 퍼지고 있다.", "93.5%") == "asserted"
    assert modality("가람시는 청년 3천 명을 지원하고 주택 500채를 공급할 계획이다.", "3천 명") == "planned"


def _period_claims(title, body, analyzer, catalogue, registry, published="2026-07-29T18:00:00+09:00"):
    from daejo.dates import parse_partial_date
    from daejo.extract import extract_article
    from daejo.models import Article

    article = Article(id="q", path="q.md", title=title, body=body, published=parse_partial_date(published))
    return {c.value.text: c for c in extract_article(article, analyzer=analyzer, registry=registry, catalogue=catalogue)}


def _dated(claim):
    """How a claim is dated: (as_of_source, start, end)."""
    return claim.as_of_source, claim.as_of.start, claim.as_of.end


def test_a_results_article_dates_its_undated_results_by_the_period_its_lead_names(analyzer, catalogue, corpus_registry):
    claims = _period_claims(
        "청람전자 상반기 영업익 4천억 육박",
        "청람전자가 2분기에 매출 2조8천436억원을 올렸다. 부품 부문 매출은 1조460억원에 머물렀다. 직원은 4,800명이다.",
        analyzer, catalogue, corpus_registry)
    # the lead's quarter, not the headline's half-year
    assert _dated(claims["1조460억원"]) == ("report", "2026-04-01", "2026-07-01")
    assert claims["4,800명"].as_of_source != "report"  # a headcount is no result of the quarter


def test_an_end_or_a_start_in_the_lead_is_no_second_period_of_results(analyzer, catalogue, corpus_registry):
    # `연말까지 기단을 34대로`: a plan's deadline (a quarter's grain) beside the results' quarter
    claims = _period_claims(
        "청람항공 컨콜 \"연말 기단 34대로\"",
        "청람항공이 2분기 호실적을 발판으로 연말까지 기단을 34대로 늘리겠다고 밝혔다. "
        "회사가 앞서 발표한 잠정 실적은 매출 6천842억원, 영업이익 1천136억원이다.",
        analyzer, catalogue, corpus_registry)
    assert _dated(claims["6천842억원"]) == ("report", "2026-04-01", "2026-07-01")


def test_an_article_of_two_periods_dates_nothing_by_them(analyzer, catalogue, corpus_registry):
    claims = _period_claims(
        "청람전자 실적", "청람전자의 1분기와 2분기 실적이 엇갈렸다. 부품 부문 매출은 1조460억원에 머물렀다.",
        analyzer, catalogue, corpus_registry)
    assert claims["1조460억원"].as_of_source == "published"


def test_an_open_frame_result_is_dated_by_the_article_period_too(analyzer, catalogue, corpus_registry):
    claims = _period_claims("청람전자 2분기 실적", "청람전자가 2분기에 매출 2조8천436억원을 올렸다. 영업이익률은 8.5%였다.",
                            analyzer, catalogue, corpus_registry)
    assert claims["8.5%"].attribute.startswith("~") and claims["8.5%"].as_of_source == "report"


def test_a_plans_half_year_is_no_period_of_results(analyzer, catalogue, corpus_registry):
    claims = _period_claims("아라폰 S7 하반기 출시", "아라전자가 아라폰 S7을 하반기 출시할 예정이다. 출고가는 105만원 안팎으로 정해질 전망이다.",
                            analyzer, catalogue, corpus_registry)
    assert claims["105만원 안팎"].as_of_source != "report"


def test_a_statistics_article_dates_its_undated_rates_by_the_month_it_reports_on(analyzer, catalogue, corpus_registry):
    # the month is in the second sentence (`'6월 주택가격동향'에 따르면`), the headline names none
    claims = _period_claims(
        "가람시 아파트값 상승세 확산",
        "가람시 아파트값 상승세가 거세지고 있다. 가람시 주택정보원이 15일 발표한 '6월 주택가격동향'에 따르면 "
        "시 전체 아파트 매매가격지수는 102.84를 기록했다. 보람구는 한 달 새 1.21% 올랐다. 직원은 4,800명이다.",
        analyzer, catalogue, corpus_registry)
    rate = claims["1.21%"]
    assert _dated(rate) == ("report", "2026-06-01", "2026-07-01")
    assert rate.qualifier is None  # the subject that is the entity (`보람구는`) is no sub-category
    assert claims["4,800명"].as_of_source != "report"


def test_a_month_in_an_article_that_is_no_statistics_release_dates_nothing(analyzer, catalogue, corpus_registry):
    claims = _period_claims("보람구 새 청사 6월 착공", "보람구는 6월 새 청사를 짓기 시작한다. 공사비는 1.21% 올랐다.",
                            analyzer, catalogue, corpus_registry)
    assert claims["1.21%"].as_of_source == "published"


def test_an_undated_count_holds_at_the_latest_report_time_stated_before_it(analyzer, catalogue, corpus_registry):
    # the toll's `오전 6시 기준` dates the evacuees that follow it, not the later `오전 10시
    # 현재` of the search; an earlier time named after a later one (`오전 4시 기준 4명이던`)
    # is where a change started, and dates nothing after it; a count before any report
    # time holds at the latest
    body = ("대책본부는 피해 규모가 커지고 있다고 밝혔다. 주민 300명이 대피했다.\n\n"
            "대책본부는 20일 오전 6시 기준 6명이 숨졌다고 밝혔다. 이재민은 278명이다.\n\n"
            "오전 4시 기준 4명이던 사망자는 늘었다. 구조대원 520명이 투입됐다.\n\n"
            "군은 이날 오전 10시 현재 장비 40대를 동원해 수색하고 있다.\n")
    article = Article(id="t", path="t.md", body=body, published=parse_partial_date("2026-07-20T11:00:00+09:00"))
    claims = {c.value.text: c for c in extract_article(article, analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)}
    hour = lambda text: claims[text].as_of.start[11:16] if claims[text].as_of_source == "report" else None  # noqa: E731
    assert hour("278명") == "06:00" and hour("520명") == "06:00"
    assert hour("300명") == "10:00"


def test_a_count_up_to_a_time_of_day_holds_as_of_it(analyzer, catalogue, corpus_registry):
    # `오늘 오전 9시까지 눈길 교통사고는 모두 412건`: the cut-off dates the count; a year
    # a target runs to is no cut-off of a count
    body = "경찰청에 따르면 오늘 오전 9시까지 눈길 교통사고는 모두 412건이다.\n\n회사는 2030년까지 매장 300곳을 연다.\n"
    article = Article(id="t", path="t.md", body=body, published=parse_partial_date("2026-01-22T10:00:00+09:00"))
    claims = {c.value.text: c for c in extract_article(article, analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)}
    accidents = claims["412건"]
    assert accidents.as_of_source == "explicit" and accidents.as_of.start.startswith("2026-01-22T09:00")
    assert not (claims["300곳"].as_of_source == "explicit" and "T" in claims["300곳"].as_of.start)


def test_the_rate_of_a_developing_event_holds_at_the_report_time_stated_before_it(analyzer, catalogue, corpus_registry):
    # `오전 11시 기준 산불영향구역은 1천380㏊ … 진화율은 48%에 머물렀다`: the containment rate
    # of the next sentence is the report's too; a share that is no such rate is not dated so
    body = ("산림청은 25일 오전 11시 기준 산불영향구역이 1천380㏊로 늘었다고 밝혔다. 진화율은 48%에 머물렀다.\n\n"
            "진화 인력의 62%는 공무원이다.\n")
    article = Article(id="t", path="t.md", body=body, published=parse_partial_date("2026-03-25T13:10:00+09:00"))
    claims = {c.value.text: c for c in extract_article(article, analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)}
    assert claims["48%"].as_of_source == "report" and claims["48%"].as_of.start.startswith("2026-03-25T11:00")
    assert claims["62%"].as_of_source != "report"


def test_a_time_of_day_on_the_publication_day_has_passed_only_if_it_ended_before_the_article(analyzer, catalogue, corpus_registry):
    # `이날 오전 7시 첫 편부터 운항을 재개할 계획이다` out at 6:40 is a plan; out at 9:00 the
    # hour has passed (the mood is read as of the clause's day); a day before publication has passed
    from daejo.extract.extractor import is_past_day
    from daejo.values import parse_values

    def passed(text, published):
        article = Article(id="t", path="t.md", body=text, published=parse_partial_date(published))
        (time,) = [v for v in parse_values(text, article.published) if v.kind == "time"]
        return is_past_day(time, article)

    assert not passed("오늘 오전 7시 첫 편부터 운항을 재개한다.", "2026-01-21T06:40:00+09:00")
    assert passed("오늘 오전 7시 첫 편부터 운항을 재개했다.", "2026-01-21T09:00:00+09:00")
    assert passed("지난 19일 운항을 멈췄다.", "2026-01-21T06:40:00+09:00")
    assert not passed("오는 23일 운항을 재개한다.", "2026-01-21T06:40:00+09:00")


def test_a_years_results_are_dated_by_the_year_its_opening_sentences_name(analyzer, catalogue, corpus_registry):
    # `벼리게임즈는 지난 10일 … 지난해 실적을 공시했다. 연결 영업이익은 … 24.3% 늘었다`: no quarter
    # or half named, the one year of the first two sentences (not `전년보다`, the base) is
    # the period; a statement's day (`…늘었다고 10일 공시했다`) dates nothing it tells
    body = ("벼리게임즈가 시장 예상을 웃도는 실적을 내놓았다. 벼리게임즈는 지난 10일 지난해 실적을 공시했다. "
            "순이익은 2천51억원으로 전년보다 24.3% 늘었다. 직원은 3,184명이다.")
    claims = _period_claims("벼리게임즈 '깜짝 실적'", body, analyzer, catalogue, corpus_registry, "2026-02-11T09:00:00+09:00")
    for text in ("2천51억원", "24.3%"):
        assert claims[text].as_of_source == "report" and claims[text].as_of.start == "2025-01-01", text
    # told more than half a year after it ended, `지난해` in the lead is last year's figure
    # told for comparison (`지난해 16만2천여명을 넘어 역대 최다`), not the period of the results
    late = _period_claims("물한영화제 관객 최대 실적", "영화제 관객이 지난해 16만2천여명을 넘어 역대 최다를 기록했다. 예산은 128억원이다.",
                          analyzer, catalogue, corpus_registry, "2026-09-29T08:00:00+09:00")
    assert late["128억원"].as_of.start != "2025-01-01"
    early = _period_claims("물한영화제 관객 최대 실적", "영화제 관객이 지난해 16만2천여명을 넘어 역대 최다를 기록했다. 예산은 128억원이다.",
                           analyzer, catalogue, corpus_registry, "2026-02-11T09:00:00+09:00")
    assert early["128억원"].as_of.start == "2025-01-01"  # (early in the year, the year's results)
    # a year not over yet is a plan's (`올해 연간 매출 목표를 8,000억원으로`), no period
    planned = _period_claims(
        "라온플레이 올해 매출 8천억 목표",
        "라온플레이가 올해 연간 매출 목표를 8,000억원으로 제시했다. 모바일 매출이 전체의 70%를 차지했다.",
        analyzer, catalogue, corpus_registry)
    assert planned["70%"].as_of_source != "report"
    stated = _period_claims(
        "벼리게임즈 작년 영업이익 2천714억원",
        "벼리게임즈는 영업이익이 2,714억원으로 전년보다 42.3% 늘었다고 10일 공시했다.",
        analyzer, catalogue, corpus_registry)
    assert not stated["42.3%"].as_of.start.startswith("2026-07-10")


def test_a_companys_standalone_accounts_are_a_stage_of_their_own(analyzer, catalogue, corpus_registry):
    # `별도 기준 영업이익은 1천980억원`: not the consolidated figure written without `연결`;
    # `추적 조사와 별도로 학생 312명을`: apart from something, no stage
    claims = _period_claims("벼리게임즈 실적", "별도 기준 영업이익은 1천980억원이다. 연구팀은 추적 조사와 별도로 학생 312명을 모았다.",
                            analyzer, catalogue, corpus_registry)
    assert "%separate" in claims["1천980억원"].context
    assert "%separate" not in claims["312명"].context


def test_an_anonymised_surname_with_its_honorific_is_a_person_glued_or_spaced():
    # `윤모씨`, `윤 모 씨는` (a broadcast script) are the person 윤모; `모씨름` is a word
    from daejo.extract.entities import _ANONYMISED

    assert [m.group(1) + m.group(2) for m in _ANONYMISED.finditer("윤모씨에게, 이 모 씨는, 김 모 씨 측은")] == ["윤모", "이모", "김모"]
    assert _ANONYMISED.search("두 모씨름 대회") is None
    assert _ANONYMISED.search("그는 모씨에게") is None  # no surname before 모


def test_a_stretch_so_far_dates_neither_the_figure_nor_an_event(analyzer, catalogue, corpus_registry):
    # `올해 들어 가장 많았다`: the year is what the record is counted over; the day's
    # turnover holds on the article's day, and the year is no event of its own
    body = "유가증권시장 거래대금은 14조2천870억원으로 올해 들어 가장 많았다. 올해 매출은 1조원이다.\n"
    claims = {c.value.text: c for c in extract_article(_article(body), analyzer=analyzer, registry=corpus_registry,
                                                        catalogue=catalogue)}
    assert _dated(claims["14조2천870억원"]) == ("published", "2022-06-20", "2022-06-21")
    assert "올해" not in claims  # (the stretch files no time claim)
    assert _dated(claims["1조원"]) == ("explicit", "2022-01-01", "2023-01-01")  # a plain year still dates


def test_an_acronym_of_a_measure_is_no_entity(analyzer, catalogue, corpus_registry):
    # `TDP는 450W`, `PER 18.2배`: what is measured, not whose figure it is
    # (data/lexicon.yaml latin_stopwords)
    body = "딥셀로직의 새 가속기는 TDP는 450W, 연산 성능은 820 TOPS다. 이 회사 주가는 PER 18.2배 수준이다.\n"
    claims = extract_article(_article(body), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    entities = {c.entity for c in claims}
    assert claims and not entities & {"tdp", "tops", "per"}


def test_a_long_name_the_analyzer_glued_its_genitive_to_is_the_name():
    # `비슬금융지주의 지난해 순이익은` is read as one proper noun `비슬금융지주의`: the
    # company is `비슬금융지주`, the one other articles of its results name
    from benchmarks.accuracy.evaluate import open_world_toolkit
    from daejo.extract.entities import without_genitive
    from daejo.pipeline import extract_entries

    article = Article(id="t", path="t.md", title="비슬금융 실적", outlet="가람일보",
                      published=parse_partial_date("2026-02-06T10:00+09:00"),
                      body="비슬금융지주의 지난해 순이익은 5,782억원으로 전년 대비 9.4% 늘었다.")
    (entry,) = extract_entries([article], open_world_toolkit(), progress=False)
    assert {c.entity for c in entry.claims if c.value.text == "5,782억원"} == {"비슬금융지주"}
    # a short name may end in the letter itself (a given name): kept
    assert without_genitive("김민의") == "김민의" and without_genitive("비슬금융지주의") == "비슬금융지주"
