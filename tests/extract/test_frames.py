"""The open-frame corpus (extract/corpus/_frames.yaml) is the specification of frames.py:
every frame pattern and every not-a-fact rule has examples here."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from daejo.dates import parse_partial_date
from daejo.extract import extract_article
from daejo.extract.frames import canonical_key, frame_change, is_frame
from daejo.models import Article

DOC = yaml.safe_load((resources.files("daejo.extract") / "corpus" / "_frames.yaml").read_text(encoding="utf-8"))


def _claims(text, analyzer, catalogue, registry):
    article = Article(id="frames", path="frames.md", body=text, published=parse_partial_date(DOC["published"]))
    return extract_article(article, analyzer=analyzer, registry=registry, catalogue=catalogue)


@pytest.mark.parametrize("example", DOC["examples"], ids=[e["text"][:24] for e in DOC["examples"]])
def test_frame_example(example, analyzer, catalogue, corpus_registry):
    claims = _claims(example["text"], analyzer, catalogue, corpus_registry)
    got = [(c.value.text, c.attribute, c.entity) for c in claims]
    for want in example.get("frames") or []:
        matching = [c for c in claims if c.value.text.startswith(str(want["value"])) or str(want["value"]).startswith(c.value.text)]
        assert matching, f"no claim for {want['value']!r}: {got}"
        claim = matching[0]
        if "frame" in want:
            assert claim.attribute == "~" + canonical_key(str(want["frame"])), (want, got)
        if "entity" in want:
            assert claim.entity == want["entity"], (want, got)
        if "modality" in want:
            assert claim.modality == want["modality"], (want, claim.modality)
    for value, marks in (example.get("context") or {}).items():
        (claim,) = [c for c in claims if c.value.text == str(value)] or [None]
        assert claim is not None, f"no claim for {value!r}: {got}"
        assert set(marks) <= set(claim.context), (value, claim.context)
    for value, marks in (example.get("not_in_context") or {}).items():
        (claim,) = [c for c in claims if c.value.text == str(value)] or [None]
        assert claim is not None, f"no claim for {value!r}: {got}"
        assert not set(marks) & set(claim.context), (value, claim.context)
    for value in example.get("no_claim") or []:
        assert not [c for c in claims if c.value.text == str(value)], f"{value!r} should not be a claim: {got}"
    for want in example.get("not_frames") or []:
        wrong = "~" + canonical_key(str(want["frame"]))
        assert not [c for c in claims if c.value.text == str(want["value"]) and c.attribute == wrong], (want, got)


def test_every_pattern_has_an_example():
    # each pattern of frames.py is named in a section comment of the corpus
    raw = (resources.files("daejo.extract") / "corpus" / "_frames.yaml").read_text(encoding="utf-8")
    for how in ("left", "genitive", "topic", "object", "counter", "right", "parentheses", "predicate", "time", "not facts"):
        assert how in raw, how


@pytest.mark.parametrize(("key", "varies", "grows"), [
    ("사망자", True, True), ("누적확진자", True, True), ("실종자", True, False), ("최대풍속", True, False),
    ("중상자", True, False),  # the seriously injured fall as some of them die
    ("피해세입자", True, True), ("피해보증금", True, True),
    ("밀접접촉자", True, True), ("자가격리자", True, True),
    ("일반회계", False, False), ("징역", False, False),
    ("승", True, True), ("패", True, True),  # a season's wins only add up
    ("우승상금", False, False), ("상승", False, False),  # (but not every frame holding the syllable)
    ("운행률", True, False), ("평일운행률", True, False),  # a service's share running during a strike, day by day
    ("운행", False, False),  # (a count of runs, no share)
    ("시가총액", True, False), ("거래량", True, False), ("외국인순매도", True, False),  # a trading day's
    ("상장주식수", False, False),  # (a listing's shares are one number)
    ("투표마치", True, True),  # voters counted as election day goes on
    ("파업참여", True, False), ("병원입원", True, False),  # those on strike or in hospital, told at report times
    ("병원이송자", True, True),  # those taken to hospital from a scene, counted as the day goes on
    ("보호자민원", True, True),  # complaints filed while a strike or an outage goes on
    ("좌석판매율", True, False), ("예매율", True, False),  # a film's seats sold and bookings, day by day
])
def test_which_frames_change_as_a_story_develops(key, varies, grows):
    assert frame_change(key) == (varies, grows)


def test_synonyms_make_one_frame():
    assert canonical_key("숨지") == canonical_key("사망") == "사망자"
    assert canonical_key("숨진 사람") == "사망자"
    assert canonical_key("관객") == canonical_key("입장객") == "관중"
    assert canonical_key("추가경정예산") == canonical_key("추경") == "추경"
    assert canonical_key("뒤집히") == canonical_key("전복") == "전복"
    assert canonical_key("고치") == canonical_key("수리") == "수리"
    assert canonical_key("바닥찍") == canonical_key("저점") == "저점"  # `바닥을 찍었다`: the low of the day
    assert canonical_key("보통주") == canonical_key("주식") == "주식"  # `보통주 218만주` / `주식 218만주`
    assert canonical_key("우선주") != "주식"  # preferred shares are another class
    assert canonical_key("추돌") == canonical_key("부딪치") == "충돌"  # a crash, however it is told


def test_context_marks_names_actors_and_stages(analyzer, catalogue, corpus_registry):
    (claim,) = [c for c in _claims("회사는 성과급 250만원을 제시했다.", analyzer, catalogue, corpus_registry) if c.value.text == "250만원"]
    assert "&회사" in claim.context and "성과급" in claim.context
    (final,) = [c for c in _claims("시의회는 예산을 4조2333억원으로 확정했다.", analyzer, catalogue, corpus_registry)
                if c.value.text == "4조2333억원"]
    assert "%final" in final.context
    assert is_frame(claim.attribute)


def _headed(title, text, analyzer, catalogue, registry):
    article = Article(id="frames", path="frames.md", title=title, body=text, published=parse_partial_date(DOC["published"]))
    return {c.value.text: c for c in extract_article(article, analyzer=analyzer, registry=registry, catalogue=catalogue)}


def test_the_headline_stage_dates_the_decided_figures_of_the_article(analyzer, catalogue, corpus_registry):
    claims = _headed("크레인 붕괴 사고 건설사 대표, 항소심서 집행유예",
                     "재판부는 대표에게 징역 1년 6개월에 집행유예 3년을 선고했다. 사고가 난 크레인의 높이는 65m였다.",
                     analyzer, catalogue, corpus_registry)
    assert "%appeal" in claims["3년"].context  # a sentence the appeal handed down
    assert not any(w.startswith("%") for w in claims["65m"].context)  # a height is one fact at every stage


def test_a_draft_or_final_headline_stages_amounts_not_how_long_something_lasted(analyzer, catalogue, corpus_registry):
    claims = _headed("철강사 노사 임금협상 잠정합의…파업 마침표",
                     "보름간의 파업으로 매출 손실은 450억원에 이르렀다. 기본급은 5.2% 오른다.",
                     analyzer, catalogue, corpus_registry)
    assert "%preliminary" in claims["450억원"].context and "%preliminary" in claims["5.2%"].context
    assert not any(w.startswith("%") for w in claims["보름"].context)  # the strike lasted as long either way


def test_a_play_off_headline_stages_its_players_and_teams_figures(analyzer, catalogue, corpus_registry):
    claims = _headed("해울, 7년 만에 여자배구 챔프전 정상", "윤서아는 이날 31점을 올렸고 공격성공률은 48.6%에 이르렀다. "
                     "정규리그에서는 평균 21.4점을 기록했다.", analyzer, catalogue, corpus_registry)
    assert "%postseason" in claims["48.6%"].context  # the final's figure, as its headline says
    assert "%regular" in claims["21.4점"].context and "%postseason" not in claims["21.4점"].context


def test_a_clause_stage_wins_over_the_headline_and_belongs_to_its_own_value(analyzer, catalogue, corpus_registry):
    claims = _headed("건설사 대표 항소심서 감형", "1심은 법인에 벌금 5억원을 선고했다. 법인 벌금도 1심의 4억원에서 3억원으로 낮아졌다.",
                     analyzer, catalogue, corpus_registry)
    assert "%first_instance" in claims["5억원"].context and "%appeal" not in claims["5억원"].context
    # `1심의 4억원에서`: the first instance is the earlier value's, so the new one is the headline's
    assert "%appeal" in claims["3억원"].context and "%first_instance" not in claims["3억원"].context


def test_a_figure_kept_as_a_stage_had_it_holds_at_the_articles_stage(analyzer, catalogue, corpus_registry):
    claims = _headed("건설사 대표 항소심서 집행유예", "법인에 대한 벌금 5억원은 원심대로 유지됐다.", analyzer, catalogue, corpus_registry)
    # kept as the first instance had it: the figure of both instances
    assert {"%appeal", "%first_instance"} <= set(claims["5억원"].context)


def test_a_headline_of_two_stages_gives_none(analyzer, catalogue, corpus_registry):
    claims = _headed("1심 징역 4년, 항소심서 2년으로", "재판부는 징역 2년을 선고했다.", analyzer, catalogue, corpus_registry)
    assert not any(w.startswith("%") for w in claims["2년"].context)


def test_an_estimate_names_its_source_and_its_follow_up_rates_carry_it(analyzer, catalogue, corpus_registry):
    text = ("가람통신이 한빛연구소에 의뢰해 조사한 결과 김 후보 지지율은 44.2%였다. "
            "연령대별로는 60세 이상에서 김 후보가 58.3%로 앞섰다. 응답자는 1,002명이었다. "
            "당 지도부는 후보 교체를 논의하지 않았다. 한편 미래연구소 조사에서는 박 후보가 41.0%였다. "
            "당원들은 결과를 지켜봤다. 선거사무소 관계자는 말을 아꼈다. 응답률은 9.7%였다.")
    claims = {c.value.text: c for c in _claims(text, analyzer, catalogue, corpus_registry)}
    assert {"^estimate", "^한빛연구소"} <= set(claims["44.2%"].context)  # the pollster, an organisation
    assert "^김" not in claims["44.2%"].context  # the person polled about is no source
    # the next sentence's rate is the same poll's
    assert {"^estimate", "^한빛연구소"} <= set(claims["58.3%"].context)
    # a count is not carried; another poll names its own; in an article of two polls a
    # rate three sentences on is neither's
    assert not any(w.startswith("^") for w in claims["1,002명"].context)
    assert "^미래연구소" in claims["41.0%"].context and "^한빛연구소" not in claims["41.0%"].context
    assert not any(w.startswith("^") and w != "^estimate" for w in claims["9.7%"].context)


def test_in_an_article_of_one_poll_its_rates_anywhere_are_that_polls(analyzer, catalogue, corpus_registry):
    text = ("가람통신이 한빛연구소에 의뢰해 조사한 결과 김 후보 지지율은 44.2%였다. 응답자는 1,002명이었다. "
            "당 지도부는 후보 교체를 논의하지 않았다. 선거사무소 관계자는 말을 아꼈다. 응답률은 9.7%였다.")
    claims = {c.value.text: c for c in _claims(text, analyzer, catalogue, corpus_registry)}
    assert "^한빛연구소" in claims["9.7%"].context


@pytest.mark.parametrize("text", [
    "지난달 26일 기록한 종전 최고치를 넘어섰다.",  # the day of an earlier high, dated by its own verb
    "시는 오후 2시 회의에서 요금을 3.5%까지 올리기로 했다.",  # raising a figure is no high
    "선수단은 오전 9시 정상까지 올라 최고치를 찍었다.",  # `정상까지`: a place reached, no figure
])
def test_a_time_is_no_high_unless_its_own_predicate_reaches_one(text, analyzer, catalogue, corpus_registry):
    claims = _claims(text, analyzer, catalogue, corpus_registry)
    assert not [c for c in claims if c.value.kind == "time" and c.attribute in ("~고점", "~저점")], [
        (c.value.text, c.attribute) for c in claims]


@pytest.mark.parametrize(("title", "stage"), [
    ("2차 추경 14조5천억원 국회 통과…정부안보다 7천억원 늘어", "final"),  # `정부안보다`: a base, not the stage
    ("정부, 13조8천억원 2차 추경 의결", "preliminary"),  # the government decides its bill
    ("다솜시 내년 예산 4조2333억 확정", "final"),
    ("2차 추경, 국회서 몸집 키워", None),
    # `예비당첨자`: people in reserve, no preliminary figure
    ("아파트 정당계약률 92%…잔여 물량은 예비당첨자에게", None),
    ("분기 영업익 잠정치 8조9천억…시장 예상 웃돌아", "preliminary"),
])
def test_the_headline_stage_reads_past_comparison_bases_and_who_decides(title, stage, analyzer, catalogue, corpus_registry):
    claims = _headed(title, "재원은 적자국채 8조9천억원으로 충당한다.", analyzer, catalogue, corpus_registry)
    marks = [w for w in claims["8조9천억원"].context if w.startswith("%")]
    assert marks == ([f"%{stage}"] if stage else []), marks


def test_what_was_agreed_is_no_offer(analyzer, catalogue, corpus_registry):
    (claim,) = [c for c in _claims("노사는 성과급 400만원 지급에 합의했다.", analyzer, catalogue, corpus_registry) if c.value.text == "400만원"]
    assert "%requested" not in claim.context


def test_a_bill_passed_is_the_final_figure_not_the_draft(analyzer, catalogue, corpus_registry):
    (claim,) = [c for c in _claims("국회는 14조5천억원 규모의 추경안을 가결했다.", analyzer, catalogue, corpus_registry)
                if c.value.text == "14조5천억원"]
    assert "%final" in claim.context and "%preliminary" not in claim.context


def test_a_place_with_its_own_particle_is_not_whose_figure_it_is(analyzer, catalogue, corpus_registry):
    (claim,) = [c for c in _claims("대구에서 관측된 기온은 39.6도였다.", analyzer, catalogue, corpus_registry) if c.value.text == "39.6도"]
    assert claim.entity is None


def test_an_ordinal_before_a_noun_is_no_member_of_a_series(analyzer, catalogue, corpus_registry):
    (claim,) = [c for c in _claims("그는 시즌 30호 홈런을 130m 날렸다.", analyzer, catalogue, corpus_registry) if c.value.text == "130m"]
    assert not any(w.startswith("#") for w in claim.context), claim.context


def test_pollsters_papers_and_broadcasters_are_organisations_but_a_live_broadcast_is_not(analyzer, catalogue, corpus_registry):
    claims = {c.value.text: c for c in _claims("가람일보가 다온리서치에 의뢰해 조사한 결과 김 후보 지지율은 44.2%였다.",
                                              analyzer, catalogue, corpus_registry)}
    assert {"^가람일보", "^다온리서치"} <= set(claims["44.2%"].context)
    claims = {c.value.text: c for c in _claims("생방송으로 중계된 경기는 3시간 12분 동안 이어졌다.", analyzer, catalogue, corpus_registry)}
    assert not any("생방송" in w for w in claims["3시간 12분"].context if w[:1] in "@^")


def test_a_model_variant_is_its_own_product_in_a_list_alone_or_with_a_plus(analyzer, catalogue, corpus_registry):
    text = ("비온전자가 누리폰 Z5 시리즈를 공개했다.\n▲누리폰 Z5: 6.2인치 화면\n▲누리폰 Z5+: 6.7인치 화면\n"
            "▲누리폰 Z5 울트라: 6.9인치 화면\n울트라는 무게가 228g이다.")
    claims = {c.value.text: c for c in _claims(text, analyzer, catalogue, corpus_registry)}
    assert claims["6.9인치"].entity == "누리폰z5울트라"
    assert "@누리폰z5+" in claims["6.7인치"].context  # the plus model, not the base one
    assert claims["228g"].entity == "누리폰z5울트라"  # `울트라는`: the variant of the product last named


def test_a_catalogue_time_of_a_storys_event_names_the_event_its_clause_dates(analyzer, catalogue, corpus_registry):
    (claim,) = [c for c in _claims("지난 14일 부분파업으로 시작된 쟁의는 열흘간 이어졌다.", analyzer, catalogue, corpus_registry)
                if c.value.text == "지난 14일"]
    assert claim.attribute == "event_time" and "!부분파업" in claim.context


def test_a_size_class_before_a_common_noun_names_no_entity(analyzer, catalogue, corpus_registry):
    claims = [c for c in _claims("5천t급 선박이 입항했다.", analyzer, catalogue, corpus_registry) if c.value.text.startswith("5천")]
    assert all(c.entity is None for c in claims), [(c.attribute, c.entity) for c in claims]


def test_a_verb_inside_a_compound_word_is_no_stage(analyzer, catalogue, corpus_registry):
    (claim,) = [c for c in _claims("동백 리버하임은 지난달 21일 18억2천만원에 손바뀜됐다.", analyzer, catalogue, corpus_registry)
                if c.value.text == "18억2천만원"]
    assert "%revised" not in claim.context  # `손바뀜`: a sale, not a plan changed


def test_each_price_carries_the_configuration_written_before_it(analyzer, catalogue, corpus_registry):
    claims = {c.value.text: c for c in _claims("출고가는 256GB 기본 모델이 119만9천원, 512GB 모델이 134만2천원이다.",
                                              analyzer, catalogue, corpus_registry)}
    assert "#256gb" in claims["119만9천원"].context and "#512gb" not in claims["119만9천원"].context
    assert "#512gb" in claims["134만2천원"].context and "#256gb" not in claims["134만2천원"].context
