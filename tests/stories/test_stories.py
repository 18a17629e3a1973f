"""Story grouping (daejo.stories): on the story corpus's dev split the grouping matches
the stories the corpus was written as; grouping does not depend on input order; a new
article joins the story a stored one holds; stories are named by a noun phrase."""

from __future__ import annotations

from itertools import combinations

import pytest

from benchmarks.accuracy.evaluate import open_world_toolkit, split_articles
from benchmarks.accuracy.gold import load_gold
from daejo.models import ArticleClaims, StoryKeys
from daejo.pipeline import extract_entries
from daejo.stories import assign_all, assign_stories, story_name


@pytest.fixture(scope="module")
def dev():
    gold = load_gold()
    stories, articles = split_articles(gold, "dev")
    entries = extract_entries(articles, open_world_toolkit(), progress=False)
    return {a: s.id for s in stories for a in s.articles}, entries


def _pairs(assigned: list[ArticleClaims], truth: dict[str, str]) -> tuple[float, float]:
    story = {e.article: e.story for e in assigned}
    tp = fp = fn = 0
    for a, b in combinations(sorted(story), 2):
        same, grouped = truth[a] == truth[b], story[a] == story[b]
        tp += same and grouped
        fp += grouped and not same
        fn += same and not grouped
    return tp / (tp + fp), tp / (tp + fn)


def test_the_dev_stories_are_found_as_written(dev):
    truth, entries = dev
    precision, recall = _pairs(assign_stories(entries), truth)
    # measured at 1.00 / 0.97 when written: articles of two stories are never grouped,
    # and nearly every article joins its own story
    assert precision >= 0.98 and recall >= 0.9, (precision, recall)


def test_grouping_does_not_depend_on_input_order(dev):
    _, entries = dev
    forward = {e.article: (e.story, e.story_name) for e in assign_stories(entries)}
    backward = {e.article: (e.story, e.story_name) for e in assign_stories(list(reversed(entries)))}
    assert forward == backward


def test_a_new_article_joins_the_story_the_ledger_holds(dev):
    truth, entries = dev
    first_story = sorted({truth[e.article] for e in entries})[0]
    members = sorted((e for e in entries if truth[e.article] == first_story), key=lambda e: e.article)
    stored = assign_stories(members[:-1])
    (new,), kept = assign_all([members[-1]], stored)
    assert new.story == stored[0].story and all(k.story == stored[0].story for k in kept)


def _entry(article: str, phrases: list[str], nouns: list[str], names: list[str] = ()) -> ArticleClaims:
    keys = StoryKeys(phrases=phrases, nouns=nouns, names=list(names))
    return ArticleClaims(article=article, path=f"{article}.md", published="2026-03-01", body_sha256="0" * 64, keys=keys,
                         claims=[])


def test_a_story_is_named_by_its_most_salient_noun_phrase_not_an_inflected_word():
    entries = [_entry("a", ["우산군 집중호우"], ["집중호우"]), _entry("b", ["우산군 집중호우"], ["피해"])]
    assert story_name(entries) == "우산군 집중호우"
    inflected = [_entry("c", [], ["적중했다", "투자"], ["가람"]), _entry("d", [], ["적중했다"], ["가람"])]
    assert story_name(inflected) == "가람 투자"


def test_a_story_named_by_its_top_name_takes_a_noun_other_than_that_name():
    # the name is often the lead's top noun too: `다솜모터스 리콜`, not `다솜모터스 다솜모터스`
    entries = [_entry("a", [], ["다솜모터스", "리콜"], ["다솜모터스"]), _entry("b", [], ["다솜모터스", "리콜"], ["다솜모터스"])]
    assert story_name(entries) == "다솜모터스 리콜"


def test_a_name_the_other_article_has_only_among_its_lead_words_counts_within_a_week():
    # `한결에셋` tagged a name in one report and read as a lead word of another: the same
    # key, for articles of one week; a party named in two elections a year apart is not
    from daejo.stories import _KeySets, _similarity

    idf = lambda key: 1.0  # noqa: E731 (every key as rare as any other)
    named = StoryKeys(names=["한결에셋", "서울중앙지법"], nouns=["선고"])
    lead = StoryKeys(names=["서울고법"], nouns=["한결에셋", "선고", "항소"])
    near = _similarity(_KeySets(named, idf), _KeySets(lead, idf))
    far = _similarity(_KeySets(named, idf), _KeySets(lead, idf), near=False)
    assert far == pytest.approx(0.5) and near == pytest.approx(0.5 + 0.7)


def test_a_long_lead_noun_counts_as_much_as_a_name():
    # `대학진학적성시험` (a compound of eight syllables) names one exam as a name does; a
    # short common noun (`시험`) counts half
    from daejo.stories import _KeySets, _similarity

    idf = lambda key: 1.0  # noqa: E731
    a = StoryKeys(names=["국가학력평가원"], nouns=["대학진학적성시험", "시험"])
    b = StoryKeys(names=["국가학력평가원"], nouns=["대학진학적성시험", "시험"])
    assert _similarity(_KeySets(a, idf), _KeySets(b, idf)) == pytest.approx(1.0 + 1.0 + 0.5)


def test_a_long_name_proposes_the_articles_holding_it_among_their_lead_nouns():
    # `국립다온박물관` tagged a name in one report and read only among the lead nouns of
    # another that holds no name at all: a long compound and a name meet as blocking keys,
    # so the two are compared (and grouped, the same day); a short noun proposes nothing

    def entry(aid, keys):
        return ArticleClaims(article=aid, path=f"{aid}.md", published="2026-11-14T10:00+09:00",
                             body_sha256="0" * 64, keys=keys, claims=[])

    named = entry("a", StoryKeys(names=["국립다온박물관"], nouns=["국립다온박물관", "특별전", "바다"]))
    unnamed = entry("b", StoryKeys(names=[], nouns=["국립다온박물관", "바다", "관람객"]))
    short = entry("c", StoryKeys(names=[], nouns=["박물관", "바다"]))
    assigned = {e.article: e.story for e in assign_stories([named, unnamed, short])}
    assert assigned["a"] == assigned["b"] != assigned["c"]


def test_two_stories_of_one_beat_sharing_only_its_common_words_are_not_grouped():
    # a voice-phishing ring and a jeonse fraud reported the same week share 검찰, 기소,
    # 사기, 재판 and the disaster office's name, and no name, phrase or precise figure of
    # their own: however high their shared words score, they are two stories
    def entry(aid, keys):
        return ArticleClaims(article=aid, path=f"{aid}.md", published="2026-07-16T10:00+09:00",
                             body_sha256="0" * 64, keys=keys, claims=[])

    beat = ["검찰", "기소", "사기", "재판", "구속기소하고", "재난안전대책본부"]
    a = entry("a", StoryKeys(names=["나래콜"], nouns=beat, figures=["38.7%"]))
    b = entry("b", StoryKeys(names=["새솔주택"], nouns=beat, figures=["38.7%"]))
    assigned = {e.article: e.story for e in assign_stories([a, b])}
    assert assigned["a"] != assigned["b"]
    # the same pair with one thing only one story has: a shared name, a name written
    # inside a longer one, a precise figure, a long compound that is no institution
    for extra in ({"names": ["나래콜", "강모"]}, {"names": ["나래콜조직"]}, {"figures": ["38.7%", "8740000000KRW"]},
                  {"nouns": [*beat, "보이스피싱조직원"]}):
        b2 = entry("b", StoryKeys(**{"names": ["새솔주택"], "nouns": beat, "figures": ["38.7%"], **extra}))
        a2 = entry("a", StoryKeys(names=["나래콜"], nouns=[*beat, "보이스피싱조직원"], figures=["38.7%", "8740000000KRW"]))
        grouped = {e.article: e.story for e in assign_stories([a2, b2])}
        assert grouped["a"] == grouped["b"], extra


def test_a_figure_tells_a_story_when_it_is_precise():
    from daejo.stories import _precise

    # four significant digits, or three of a measure (a share such as 38.7% recurs in many polls)
    assert _precise("1478.6KRW") and _precise("31482표") and _precise("3.58e+06t") and _precise("18.4km")
    assert not _precise("38.7%") and not _precise("3.5%p") and not _precise("0.440") and not _precise("14KRW")
    # a score of three digits recurs too (two players' averages of 21.4 points); of four it is precise
    assert not _precise("21.4점") and _precise("1478.5점")


def test_a_word_a_headline_quotes_is_a_catchword_not_a_name():
    # `'물폭탄'` in two disasters' headlines named no story of either; a place is a name
    from daejo.models import Article
    from daejo.dates import parse_partial_date

    article = Article(id="t", path="t.md", title="가람군 밤새 300㎜ '물폭탄'…주민 200명 대피", outlet="가람일보",
                      published=parse_partial_date("2026-07-14T10:00+09:00"),
                      body="가람군에 밤새 300㎜가 넘는 비가 내려 주민 200명이 대피했다.")
    (entry,) = extract_entries([article], open_world_toolkit(), progress=False)
    assert "가람군" in entry.keys.names and "물폭탄" not in entry.keys.names


def test_a_name_set_in_single_quotes_is_a_key_whatever_the_analyzer_makes_of_it():
    # an apartment complex's presale and its winners' list ten days apart: the complex's
    # name, quoted whole in both, is a long lead word they share (it tells a story across
    # weeks, as a name does); a single quoted word (`'물폭탄'`) stays none
    from daejo import stories as S
    from daejo.extract.story_keys import quoted_names

    assert quoted_names("다라구 '바람숲 리버 테라스'의 당첨자, ‘파로 8’ 출시, 'ASL-207' 임상") == [
        "바람숲리버테라스", "파로8", "ASL-207"]
    assert quoted_names("밤새 '물폭탄'…'심각' 단계, \"안전하다\"고 '괜찮다'") == []
    entries = _grouped(
        ("p", "다라구 새 단지 분양 시작…3.3㎡당 2천90만원", "가람일보", "2026-09-04T10:00+09:00",
         "가나시 다라구에 들어서는 '바람숲 고운 마을'이 4일 입주자 모집공고를 내고 분양에 들어갔다. "
         "전용 59~84㎡ 642가구 규모다."),
        ("q", "당첨 가점 최고 74점", "새온일보", "2026-09-14T09:00+09:00",
         "다라구 '바람숲 고운 마을'의 당첨자 명단이 14일 공개됐다. 전용 84㎡A 당첨 가점은 최고 74점이었다."),
    )
    assert all("바람숲고운마을" in e.keys.nouns for e in entries)
    items = [S.item_of(e, keep_story=False) for e in entries]
    index, weights = S._Index(items), S._Weights()
    p, q = (S._KeySets(it.keys, index.idf, weights, day) for it, day in zip(items, index.ordinal))
    assert S._tells_a_story(p, q, near=False) and S._similarity(p, q) > 0
    # a short quoted catchphrase two companies' quarters share is no story
    apart = _grouped(
        ("x", "가나식품, 3분기 '깜짝 실적'", "가람일보", "2026-10-20T10:00+09:00",
         "가나식품이 3분기 '깜짝 실적'을 냈다. 영업이익은 412억원으로 1년 전보다 38% 늘었다."),
        ("y", "라마화학도 '깜짝 실적'", "새온일보", "2026-10-28T10:00+09:00",
         "라마화학의 3분기 '깜짝 실적'이 나왔다. 영업이익은 1천27억원으로 집계됐다."),
    )
    assert "깜짝실적" in apart[0].keys.nouns and apart[0].story != apart[1].story


def _dated_entry(aid: str, published: str, keys: StoryKeys) -> ArticleClaims:
    return ArticleClaims(article=aid, path=f"{aid}.md", published=published, body_sha256="0" * 64, keys=keys, claims=[])


def _one_story(*entries: ArticleClaims) -> bool:
    """The entries are grouped into one story."""
    return len({e.story for e in assign_stories(list(entries))}) == 1


def _two_stories_until_they_share(first: ArticleClaims, second: ArticleClaims, name: str) -> None:
    """The two articles are two stories; with a name of their own in both, one."""
    grouped = {e.article: e.story for e in assign_stories([first, second])}
    assert grouped[first.article] != grouped[second.article]
    named = [_dated_entry(e.article, e.published, StoryKeys(names=[*e.keys.names, name], nouns=e.keys.nouns))
             for e in (first, second)]
    grouped = {e.article: e.story for e in assign_stories(named)}
    assert grouped[first.article] == grouped[second.article]


def test_two_weeks_of_market_selling_sharing_only_the_index_and_its_sidecar_are_two_stories():
    # two falls of the index two weeks apart, each tripping the market's sidecar, told in
    # the beat's words: the index and the curb are names the whole beat reports
    # (data/story.yaml ``beat_names``), no story of their own; a name of their own shared
    # (the chipmaker whose fall led both) makes them one story
    beat = ["급락하면서", "발동됐다", "환율", "순매도했다"]
    first = _dated_entry("a", "2026-10-15T16:00+09:00", StoryKeys(names=["코스피", "사이드카"], nouns=["사이드카", *beat]))
    second = _dated_entry("b", "2026-11-03T16:00+09:00", StoryKeys(names=["코스피", "사이드카"], nouns=["사이드카", *beat]))
    _two_stories_until_they_share(first, second, "하솜전자")


def test_two_clubs_finals_of_one_spring_sharing_only_the_league_are_two_stories():
    # two leagues' championship series told a day apart in the beat's words, each article
    # naming the league (`프로농구`, data/story.yaml ``beat_names``): no story by the league;
    # the club named in both makes them one story
    beat = ["우승", "시즌", "리바운드", "최우수선수"]
    first = _dated_entry("a", "2026-05-06T22:00+09:00", StoryKeys(names=["프로농구", "늘봄", "마하준"], nouns=["프로농구", *beat]))
    second = _dated_entry("b", "2026-05-07T22:00+09:00", StoryKeys(names=["프로농구", "서해", "하진우"], nouns=["프로농구", *beat]))
    _two_stories_until_they_share(first, second, "늘봄스타즈")


def test_a_phrase_of_a_league_and_its_games_is_no_story_but_a_phrase_of_a_club_is():
    # two football clubs' seasons told a month apart, each lead writing `프로축구 … 경기`:
    # the league is a name the whole beat reports (data/story.yaml ``beat_names``), and a
    # phrase of it joins, as a place does, only articles of one week; a phrase of the club
    # itself shared makes them one story
    beat = ["승격", "시즌", "득점", "감독"]

    def entry(aid: str, published: str, phrase: str) -> ArticleClaims:
        return _dated_entry(aid, published, StoryKeys(names=["프로축구"], nouns=beat, phrases=[phrase]))

    apart = assign_stories([entry("a", "2026-10-24T19:00+09:00", "프로축구 경기"),
                            entry("b", "2026-11-21T19:00+09:00", "프로축구 경기")])
    assert apart[0].story != apart[1].story
    week = assign_stories([entry("a", "2026-10-24T19:00+09:00", "프로축구 경기"),
                           entry("b", "2026-10-27T19:00+09:00", "프로축구 경기")])
    assert week[0].story == week[1].story
    one = assign_stories([entry("a", "2026-10-24T19:00+09:00", "윤슬 승격"),
                          entry("b", "2026-11-21T19:00+09:00", "윤슬 승격")])
    assert one[0].story == one[1].story


def test_a_city_with_a_word_of_the_story_joins_articles_of_one_week_only():
    # a baseball club of 가람시 in June and a heat wave in 가람시 in August share the
    # city's name (and its stem in 가람돔, 가람역) and the crowd at the ballpark: no story;
    # the same two a day apart may be one (a home game played in the heat)
    club = StoryKeys(names=["가람시", "가람돔", "가람웨일스"], nouns=["홈경기", "관중"])
    heat = StoryKeys(names=["가람시", "가람"], nouns=["폭염", "열대야", "관중"])
    for published, together in (("2026-08-04T10:00+09:00", False), ("2026-06-23T10:00+09:00", True)):
        assert _one_story(_dated_entry("a", "2026-06-22T10:00+09:00", club), _dated_entry("b", published, heat)) is together, published
    # the city alone, a day apart: two stories (test_a_place_alone_is_no_story_even_within_a_week)
    alone = StoryKeys(names=["가람시", "가람"], nouns=["폭염", "열대야"])
    assert not _one_story(_dated_entry("a", "2026-06-22T10:00+09:00", club), _dated_entry("b", "2026-06-23T10:00+09:00", alone))


def test_a_place_alone_is_no_story_even_within_a_week():
    # a county's golf tournament and an outbreak of food poisoning in the same county
    # three days later share its name and nothing else: two stories; with a word of
    # their own shared (`대회`, `언더파`), one
    golf = StoryKeys(names=["솔미군", "구름재", "도채은"], nouns=["대회", "언더파", "선두"])
    outbreak = StoryKeys(names=["솔미군", "예하시", "한끼담"], nouns=["도시락", "대장균", "유증상자"])
    meet = StoryKeys(names=["솔미군", "예하시"], nouns=["대회", "언더파", "도시락"])
    for other, together in ((outbreak, False), (meet, True)):
        assert _one_story(_dated_entry("a", "2026-05-15T19:40+09:00", golf),
                          _dated_entry("b", "2026-05-18T14:20+09:00", other)) is together, other.nouns
    # the gate itself
    from daejo.stories import _KeySets, _place_alone

    idf = lambda key: 1.0  # noqa: E731
    assert _place_alone(_KeySets(golf, idf), _KeySets(outbreak, idf))
    assert not _place_alone(_KeySets(golf, idf), _KeySets(meet, idf))
    assert not _place_alone(_KeySets(golf, idf), _KeySets(StoryKeys(names=["구름재"], nouns=["상금"]), idf))  # no place


def test_an_institution_alone_joins_articles_of_one_week_only():
    # two films' runs three months apart both cite the film council and its box-office
    # system (an institution's name, `영화진흥위원회`; a local one, `가람경찰서`), and two
    # deals a month apart the competition regulator; none of them tells a story
    from daejo.stories import _KeySets, _tells_a_story

    idf = lambda key: 1.0  # noqa: E731
    for name in ("한빛영상위원회", "가람경찰서"):
        first = StoryKeys(names=[name, "푸른등대"], nouns=["관객", "개봉"])
        second = StoryKeys(names=[name, "바람의경계"], nouns=["관객", "개봉"])
        for published, together in (("2026-07-23T10:00+09:00", False), ("2026-04-24T10:00+09:00", True)):
            grouped = {e.article: e.story for e in assign_stories(
                [_dated_entry("a", "2026-04-23T10:00+09:00", first), _dated_entry("b", published, second)])}
            assert (grouped["a"] == grouped["b"]) is together, (name, published)
        # the gate itself: the institution tells a story within a week only; a name of
        # neither kind at any distance
        a, b = _KeySets(first, idf), _KeySets(second, idf)
        assert _tells_a_story(a, b, near=True) and not _tells_a_story(a, b, near=False), name
    film = _KeySets(StoryKeys(names=["푸른등대"]), idf)
    assert _tells_a_story(film, _KeySets(StoryKeys(names=["푸른등대"]), idf), near=False)


def test_a_city_written_without_its_suffix_is_a_place_too():
    # a warehouse fire and a marathon in one city five weeks apart share the city's name,
    # its stem (`가람` beside `가람시`) and its fire station: no story; a name that is no
    # place's stem (`가람웨일스`) still tells one at any distance
    from daejo.stories import _KeySets, _place_alone, _tells_a_story

    idf = lambda key: 1.0  # noqa: E731
    fire = _KeySets(StoryKeys(names=["가람시", "가람", "가람소방서"], nouns=["물류창고", "화재"]), idf)
    race = _KeySets(StoryKeys(names=["가람", "가람시", "가람소방서", "키프로노"], nouns=["마라톤", "대회"]), idf)
    assert not _tells_a_story(fire, race, near=False)
    assert _place_alone(fire, race)
    club = _KeySets(StoryKeys(names=["가람시", "가람웨일스"], nouns=["홈경기"]), idf)
    assert _tells_a_story(club, _KeySets(StoryKeys(names=["가람웨일스"], nouns=["관중"]), idf), near=False)


def test_a_name_read_as_a_lead_word_by_the_other_article_tells_a_story_within_a_week_only():
    from daejo.stories import _KeySets, _tells_a_story

    idf = lambda key: 1.0  # noqa: E731
    named = _KeySets(StoryKeys(names=["기업결합"], nouns=["인수"]), idf)
    lead = _KeySets(StoryKeys(names=["태림정밀"], nouns=["기업결합", "인수"]), idf)
    assert _tells_a_story(named, lead, near=True) and not _tells_a_story(named, lead, near=False)


def test_two_films_openings_of_one_spring_are_two_stories_by_the_names_their_phrases_give():
    # two films that opened the same week share the beat's words (개봉, 박스오피스, 관객), a
    # region and a round figure; the second article names its film among no first lead
    # words, but in the phrase of its story (`물빛우체국 개봉`): two subjects, two stories
    def entry(aid, keys):
        return ArticleClaims(article=aid, path=f"{aid}.md", published="2027-04-26T08:00+09:00",
                             body_sha256="0" * 64, keys=keys, claims=[])

    beat = ["개봉", "박스오피스", "주말", "관객"]
    first = StoryKeys(names=["구름다리", "경남"], nouns=["구름다리", *beat], phrases=["구름다리 개봉"], figures=["1.35e+10KRW"])
    by_phrase = StoryKeys(names=["다올픽처스", "물빛우체국", "경남"], nouns=beat, phrases=["물빛우체국 개봉"],
                          figures=["1.35e+10KRW"])
    grouped = {e.article: e.story for e in assign_stories([entry("a", first), entry("b", by_phrase)])}
    assert grouped["a"] != grouped["b"]
    # the same film's second article, whose phrase gives the film, is one story with the first
    again = StoryKeys(names=["다올픽처스", "구름다리", "경남"], nouns=beat, phrases=["구름다리 개봉"], figures=["1.35e+10KRW"])
    grouped = {e.article: e.story for e in assign_stories([entry("a", first), entry("c", again)])}
    assert grouped["a"] == grouped["c"]


def test_two_articles_each_about_a_name_the_other_never_gives_are_two_stories():
    # two companies' third quarters reported the same week share every word of the beat
    # (영업이익, 분기, 공시했다) and a 1,150억원 figure by chance: each is plainly about its
    # own company (first name and first lead noun), which the other never names
    def entry(aid, keys):
        return ArticleClaims(article=aid, path=f"{aid}.md", published="2026-11-05T16:00+09:00",
                             body_sha256="0" * 64, keys=keys, claims=[])

    beat = ["영업이익", "분기", "공시했다", "동기", "작년"]
    mart = StoryKeys(names=["하늘마트", "가온투자증권"], nouns=["하늘마트", *beat], figures=["1.15e+11KRW"])
    foods = StoryKeys(names=["우듬지식품"], nouns=["우듬지식품", *beat], figures=["1.15e+11KRW"])
    grouped = {e.article: e.story for e in assign_stories([entry("a", mart), entry("b", foods)])}
    assert grouped["a"] != grouped["b"]
    # an article of the same company's quarter, whose first name is a stray word, is one
    # story with it; so are two about two companies that each give the other's name
    stray = StoryKeys(names=["서프라이즈", "하늘몰"], nouns=["하늘마트", *beat], figures=["1.15e+11KRW"])
    grouped = {e.article: e.story for e in assign_stories([entry("a", mart), entry("c", stray)])}
    assert grouped["a"] == grouped["c"]
    buyer = StoryKeys(names=["하늘마트", "우듬지식품"], nouns=["하늘마트", *beat], figures=["1.15e+11KRW"])
    seller = StoryKeys(names=["우듬지식품", "하늘마트"], nouns=["우듬지식품", *beat], figures=["1.15e+11KRW"])
    grouped = {e.article: e.story for e in assign_stories([entry("a", buyer), entry("d", seller)])}
    assert grouped["a"] == grouped["d"]
    # and so is an article about 우듬지식품 that names 하늘마트, with one about 하늘마트
    # that never names 우듬지식품: the first gives the second's subject
    grouped = {e.article: e.story for e in assign_stories([entry("a", mart), entry("d", seller)])}
    assert grouped["a"] == grouped["d"]
    # two strikes of one week: the subject stands after the beat's words (`파업`, `찬반투표`)
    strike = ["파업", "찬반투표", "가결", "노동조합", "노조"]
    hospital = StoryKeys(names=["한터대병원"], nouns=[strike[0], strike[1], "한터대병원", *strike[2:]], figures=["87.2%"])
    maker = StoryKeys(names=["새솔오토텍"], nouns=[strike[0], strike[1], "새솔오토텍", *strike[2:]], figures=["87.2%"])
    grouped = {e.article: e.story for e in assign_stories([entry("h", hospital), entry("m", maker)])}
    assert grouped["h"] != grouped["m"]


def test_two_articles_sharing_far_more_than_their_distance_asks_are_one_story_whatever_their_subjects():
    # a supplementary budget's committee story whose first name is a common word the
    # analyzer took for one (`지역화폐`) and the plenary's story of the same province share
    # its rare names, phrases and figures many times over: one story
    def entry(aid, keys):
        return ArticleClaims(article=aid, path=f"{aid}.md", published="2026-06-23T16:00+09:00",
                             body_sha256="0" * 64, keys=keys, claims=[])

    shared = dict(phrases=["예람도 추경", "청년 공유주택"], figures=["1.468e+13KRW", "1.46e+11KRW", "9.4e+09KRW"])
    committee = StoryKeys(names=["지역화폐", "예람청년네트워크", "재난복구"], nouns=["추경", "지역화폐", "계수조정"], **shared)
    plenary = StoryKeys(names=["예람도", "재난복구", "예람청년네트워크"], nouns=["추경안", "추경", "도의회"], **shared)
    grouped = {e.article: e.story for e in assign_stories([entry("b", committee), entry("c", plenary)])}
    assert grouped["b"] == grouped["c"]
    # sharing only what the distance asks, the two subjects keep them apart
    thin = StoryKeys(names=["예람도", "재난복구", "예람청년네트워크"], nouns=["추경안", "추경", "도의회"])
    grouped = {e.article: e.story for e in assign_stories([entry("b", committee), entry("c", thin)])}
    assert grouped["b"] != grouped["c"]


def test_two_articles_each_about_a_place_the_other_never_gives_are_two_stories():
    # two local budgets of one December share the beat's words (예산, 삭감, 의회, 가결)
    # and a round figure: each first names its own province or city (or the office of
    # one, `서린교육청`: 서린), which the other never gives
    def entry(aid, keys):
        return ArticleClaims(article=aid, path=f"{aid}.md", published="2026-12-15T16:00+09:00",
                             body_sha256="0" * 64, keys=keys, claims=[])

    beat = ["예산", "예산안", "삭감", "도의회", "가결했다", "특별회계"]
    province = StoryKeys(names=["온담도", "특별회계"], nouns=[*beat], figures=["6.6%", "8.1e+12KRW"])
    office = StoryKeys(names=["태블릿", "서린교육청"], nouns=[*beat], figures=["6.6%", "8.1e+12KRW"])
    city = StoryKeys(names=["인터뷰", "남궁현"], nouns=["다솜시의회", *beat], figures=["6.6%", "8.1e+12KRW"])
    grouped = {e.article: e.story for e in assign_stories([entry("p", province), entry("o", office), entry("c", city)])}
    assert len({grouped["p"], grouped["o"], grouped["c"]}) == 3
    # the same province's budget told by an article that leads with its governor and
    # names the province's council among its first lead words is one story with it
    council = StoryKeys(names=["진태호", "특별회계"], nouns=["온담도의회", *beat], figures=["6.6%", "8.1e+12KRW"])
    grouped = {e.article: e.story for e in assign_stories([entry("p", province), entry("g", council)])}
    assert grouped["p"] == grouped["g"]
    # two districts of one city in one story: each names the other's district
    east = StoryKeys(names=["동백구", "서림구"], nouns=["아파트값", "가격동향"], figures=["0.34%"])
    west = StoryKeys(names=["서림구", "동백구"], nouns=["아파트값", "가격동향"], figures=["0.34%"])
    grouped = {e.article: e.story for e in assign_stories([entry("e", east), entry("w", west)])}
    assert grouped["e"] == grouped["w"]


def test_an_article_about_a_company_and_one_about_a_place_each_never_giving_the_other_are_two_stories():
    # a city education office's budget and a retailer's third quarter share a precise
    # figure by chance (3,412억원) in the same weeks: one is about 서린, the other about
    # 하늘마트, and neither names the other
    def entry(aid, keys):
        return ArticleClaims(article=aid, path=f"{aid}.md", published="2026-11-10T16:00+09:00",
                             body_sha256="0" * 64, keys=keys, claims=[])

    shared = ["증가", "발표했다", "전년", "규모", "확대"]
    office = StoryKeys(names=["서린교육청", "태블릿"], nouns=["예산안", "서린교육청", *shared], figures=["3.412e+11KRW", "4.0%"])
    retailer = StoryKeys(names=["하늘마트", "가온증권"], nouns=["하늘마트", "영업이익", *shared], figures=["3.412e+11KRW", "4.0%"])
    grouped = {e.article: e.story for e in assign_stories([entry("o", office), entry("r", retailer)])}
    assert grouped["o"] != grouped["r"]
    # one that names the other (the retailer's stores in 서린) is one story with it
    local = StoryKeys(names=["하늘마트", "서린"], nouns=["하늘마트", "영업이익", *shared], figures=["3.412e+11KRW", "4.0%"])
    grouped = {e.article: e.story for e in assign_stories([entry("o", office), entry("l", local)])}
    assert grouped["o"] == grouped["l"]


def test_the_place_an_article_is_about_is_a_place_or_a_local_office_among_its_first_names():
    from daejo.stories import _KeySets, _place

    idf = lambda key: 1.0  # noqa: E731
    assert _place(_KeySets(StoryKeys(names=["별하푸르뫼", "미솔시"], nouns=["아파트값"]), idf)) == "미솔시"
    assert _place(_KeySets(StoryKeys(names=["서린교육청"], nouns=["예산"]), idf)) == "서린"
    assert _place(_KeySets(StoryKeys(names=["진태호"], nouns=["온담도의회", "예산"]), idf)) == "온담도"
    # an adverb read as a name (`다시`), a market (`뉴욕증시`) and a place named fourth are none
    assert _place(_KeySets(StoryKeys(names=["코스피", "다시", "뉴욕증시"], nouns=["마감"]), idf)) is None
    assert _place(_KeySets(StoryKeys(names=["코스피", "가온증권", "CPI", "가람시"], nouns=["마감"]), idf)) is None
    # a beat's event nouns (`추경`, `예산`) lead a budget's lead words: the place after them
    # is among the first three of the others; after three other words it is not
    assert _place(_KeySets(StoryKeys(names=["절반집행"], nouns=["추경", "집행률", "예산", "우곡도"]), idf)) == "우곡도"
    assert _place(_KeySets(StoryKeys(names=["절반집행"], nouns=["집행률", "아슬아슬", "목표", "우곡도"]), idf)) is None


def test_a_place_or_an_institution_first_is_no_subject_of_a_story():
    from daejo.stories import _KeySets, _subject

    idf = lambda key: 1.0  # noqa: E731
    assert _subject(_KeySets(StoryKeys(names=["하늘마트"], nouns=["하늘마트", "분기"]), idf)) == "하늘마트"
    for source in ("교육과정평가원", "가람시", "가람경찰서"):
        assert _subject(_KeySets(StoryKeys(names=[source], nouns=[source, "수능"]), idf)) is None, source
    assert _subject(_KeySets(StoryKeys(names=["서프라이즈"], nouns=["하늘마트"]), idf)) is None
    # a name's short form first, its full form a first lead noun and a name: that full name
    assert _subject(_KeySets(StoryKeys(names=["누리빛", "누리빛항공"], nouns=["누리빛항공", "실적"]), idf)) == "누리빛항공"
    assert _subject(_KeySets(StoryKeys(names=["누리빛"], nouns=["누리빛항공", "실적"]), idf)) is None


def test_two_companies_quarters_one_naming_itself_short_first_are_two_stories():
    # an airline's results article names it `누리빛` before `누리빛항공`, and shares the beat's
    # words and a 742억원 net profit with a retailer's results of the week after
    def entry(aid, keys, day):
        return ArticleClaims(article=aid, path=f"{aid}.md", published=day, body_sha256="0" * 64, keys=keys, claims=[])

    air = StoryKeys(names=["누리빛", "누리빛항공", "LCC"], nouns=["누리빛항공", "실적", "영업이익", "당기순이익", "승객"],
                    figures=["7.42e+10KRW"])
    mart = StoryKeys(names=["하늘마트", "가온투자증권"], nouns=["하늘마트", "감소했다", "당기순이익", "영업이익", "분기"],
                     figures=["7.42e+10KRW"])
    grouped = {e.article: e.story for e in assign_stories([entry("a", air, "2026-10-30T05:30+09:00"),
                                                           entry("m", mart, "2026-11-05T16:00+09:00")])}
    assert grouped["a"] != grouped["m"]


def test_two_companies_quarters_each_led_by_a_product_are_two_stories():
    # a parts maker's and a cosmetics maker's quarters six days apart, each headline naming
    # a product or a term first (`MLCC`, `뷰티`) and the lead the company: each is about the
    # first of its lead nouns it names, which the other never gives; they share a title
    # the analyzer reads as a name (`CFO`) and the beat's words
    def entry(aid, keys, day):
        return ArticleClaims(article=aid, path=f"{aid}.md", published=day, body_sha256="0" * 64, keys=keys, claims=[])

    parts = StoryKeys(names=["MLCC", "도담전자", "AI", "CFO"], nouns=["도담전자", "컴포넌트", "실적", "영업이익", "분기"])
    beauty = StoryKeys(names=["뷰티", "꽃담생건", "CFO", "꽃담"], nouns=["실적", "꽃담생건", "영업이익", "분기", "면세"])
    grouped = {e.article: e.story for e in assign_stories([entry("p", parts, "2026-07-29T16:00+09:00"),
                                                           entry("b", beauty, "2026-07-23T17:00+09:00")])}
    assert grouped["p"] != grouped["b"]


def test_a_word_of_many_clubs_names_alone_joins_articles_of_one_week_only():
    # two football clubs' seasons a month apart share only the words of clubs' names the
    # analyzer reads apart (data/story.yaml ``club_words``: `FC`, `유나이티드`): no story;
    # one club's reports three days apart are one
    first = StoryKeys(names=["호련", "휘암", "FC", "유나이티드"], nouns=["경기", "시즌", "우승"])
    second = StoryKeys(names=["FC", "윤슬", "유나이티드"], nouns=["경기", "시즌", "승격"])
    for published, together in (("2026-11-21T19:00+09:00", False), ("2026-10-27T19:00+09:00", True)):
        grouped = {e.article: e.story for e in assign_stories(
            [_dated_entry("a", "2026-10-24T19:00+09:00", first), _dated_entry("b", published, second)])}
        assert (grouped["a"] == grouped["b"]) is together, published


def test_a_headline_label_a_unit_and_a_storage_size_are_no_keys_of_a_story():
    from daejo.models import Article
    from daejo.dates import parse_partial_date

    article = Article(id="t", path="t.md", title="[아침뉴스] 한별전자 나린폴드4 256GB 164만원", outlet="가람방송",
                      published=parse_partial_date("2026-07-08T07:00+09:00"),
                      body="한별전자가 8일 나린폴드4를 공개했다. 256GB 모델은 164만3천원이고 배터리는 4,400mAh다.")
    (entry,) = extract_entries([article], open_world_toolkit(), progress=False)
    assert "한별전자" in entry.keys.names
    assert "아침뉴스" not in entry.keys.names + entry.keys.nouns
    assert "GB" not in entry.keys.names and not any("GB" in f for f in entry.keys.figures)
    assert "1.643e+06KRW" in entry.keys.figures  # a precise price still is one
    # a label of more than one word is a series' title, whose words may be the story's
    titled = article.model_copy(update={"id": "u", "title": "[수출 점검] 한별전자 흑자 행진"})
    (entry,) = extract_entries([titled], open_world_toolkit(), progress=False)
    assert "수출" in entry.keys.nouns or "점검" in entry.keys.nouns


def test_a_word_of_many_apartment_complexes_names_is_no_key():
    # `센트럴` ends the names of many complexes: two presales a month apart shared it
    from daejo.models import Article
    from daejo.dates import parse_partial_date

    article = Article(id="t", path="t.md", title="도래울 푸른숲 센트럴 1순위 평균 58.9대 1", outlet="가람일보",
                      published=parse_partial_date("2026-03-24T21:10+09:00"),
                      body="도래울시 서안구 '푸른숲 센트럴' 1순위 청약에 3만868건이 몰렸다.")
    (entry,) = extract_entries([article], open_world_toolkit(), progress=False)
    assert "센트럴" not in entry.keys.names and "도래울시" in entry.keys.names



def test_a_foreign_country_is_no_key_of_a_story():
    # two music festivals in two cities, each with a band from `영국`: a country is in the
    # news for many stories a season, as `미국` is
    from daejo.models import Article
    from daejo.dates import parse_partial_date

    article = Article(id="t", path="t.md", title="물결 음악축제 개막", outlet="가람일보",
                      published=parse_partial_date("2026-08-04T09:00+09:00"),
                      body="단비시 갈대섬공원에서 열리는 물결 음악축제에 영국 밴드 더페일오처드와 독일 듀오가 무대에 오른다.")
    (entry,) = extract_entries([article], open_world_toolkit(), progress=False)
    assert not {"영국", "독일"} & set(entry.keys.names + entry.keys.nouns)
    assert "단비시" in entry.keys.names

def _grouped(*articles: tuple[str, str, str, str, str]) -> list[ArticleClaims]:
    """The articles (id, title, outlet, publication time, body) extracted and grouped."""
    from daejo.models import Article
    from daejo.dates import parse_partial_date
    from daejo.stories import assign_all

    built = [Article(id=aid, path=f"{aid}.md", title=title, outlet=outlet, published=parse_partial_date(when), body=body)
             for aid, title, outlet, when, body in articles]
    return assign_all(extract_entries(built, open_world_toolkit(), progress=False), [])[0]


# Two articles of one beat that share only terms the analyzer tags as names: no keys of a
# story, so each article stays a story of its own
_SHARED_TERMS_ONLY = [
    pytest.param(  # a volleyball final and a basketball final of one week: a season's terms
        ("v", "해울, 챔피언결정전 3승 1패로 우승", "가람일보", "2026-04-08T22:00+09:00",
         "정규리그 1위 해울 블루웨이브가 챔피언결정전에서 도담 레드윙스를 3승 1패로 꺾고 우승했다. "
         "챔피언결정전 MVP는 윤서아가 받았다. 정규리그 MVP에 이어 다시 상을 받았다."),
        ("b", "늘해 스톰, 챔피언결정전 4승 2패로 정상", "새온일보", "2026-04-09T21:30+09:00",
         "정규리그 2위 늘해 스톰이 챔피언결정전에서 솔내 이글스를 4승 2패로 누르고 우승했다. "
         "챔피언결정전 MVP는 마태윤이 차지했다. 정규리그 MVP는 다시 솔내의 몫이었다."),
        ("정규리그", "MVP"), id="two-leagues-finals"),
    pytest.param(  # two laboratories' records three weeks apart: a science's terms
        ("p", "가온연 '별누리', 1억도 플라스마 61초 유지", "가람일보", "2026-03-02T10:00+09:00",
         "가온핵융합연구소의 토카막 장치 '별누리'가 1억 도 플라스마를 61초 동안 유지했다고 "
         "가온연이 2일 밝혔다. 종전 기록은 44초였다."),
        ("q", "솔빛연 '하늬', 플라스마 75초 운전…자체 최장", "새온일보", "2026-03-24T09:00+09:00",
         "솔빛에너지연구원의 토카막 '하늬'가 플라스마를 75초 동안 유지하는 데 성공했다고 "
         "솔빛연이 24일 밝혔다. 연구원은 내년 100초 운전을 목표로 한다."),
        ("플라스마",), id="two-laboratories-records"),
    pytest.param(  # two cities' marathons half a year apart, both won by East African runners
        ("m", "해미국제마라톤, 케냐 오티에노 우승", "가람일보", "2026-04-12T12:00+09:00",
         "해미시에서 열린 해미국제마라톤에서 케냐의 오티에노가 2시간7분대로 우승했다. "
         "에티오피아의 타데세가 2위, 케냐의 무아가 3위로 들어왔다. 국내 선수 1위는 9위였다."),
        ("n", "보라국제마라톤, 에티오피아 게타후 정상", "새온일보", "2026-10-25T12:00+09:00",
         "보라시 도심을 달린 보라국제마라톤에서 에티오피아의 게타후가 2시간8분대 기록으로 정상에 올랐다. "
         "케냐의 키마니가 2위, 에티오피아의 볼라가 3위였다. 국내 선수 1위는 11위에 그쳤다."),
        ("케냐", "에티오피아"), id="two-marathons-runners-countries"),
    pytest.param(  # two cities' music festivals of one week, each told by its organising committee
        ("j", "모란섬 재즈축제 사흘간 11만명", "가람일보", "2026-08-17T06:00+09:00",
         "모란섬재즈축제 조직위원회는 사흘간 누적 관객이 11만3천600명으로 역대 최다로 집계됐다고 밝혔다. "
         "조직위원회는 얼리버드 티켓이 개막 전에 모두 팔렸다고 덧붙였다. 폐막 공연에는 관객이 몰렸다."),
        ("r", "보라 강변 음악축제 폐막…관객 역대 최다", "새온일보", "2026-08-20T21:00+09:00",
         "보라강변음악축제 조직위원회는 나흘간 관객이 9만8천명으로 역대 최다로 집계됐다고 밝혔다. "
         "조직위원회는 얼리버드 티켓이 개막 전에 모두 팔렸다고 덧붙였다. 폐막 공연에는 관객이 몰렸다."),
        ("조직위원회",), id="two-festivals-committees"),
    pytest.param(  # two counties' by-elections of one day: every count has its invalid ballots
        ("h", "함초군수 보궐선거 석윤희 당선", "가람일보", "2027-04-08T01:00+09:00",
         "함초군수 보궐선거에서 석윤희 후보가 1만3,842표를 얻어 당선됐다. "
         "함초군선거관리위원회에 따르면 최종 투표율은 59.3%였고 무효표는 412표였다. 2위와는 1,281표 차였다."),
        ("u", "운평군수 재선거, 염세화 당선", "새온일보", "2027-04-08T02:00+09:00",
         "운평군수 재선거에서 염세화 후보가 1만2천864표를 얻어 당선됐다. "
         "운평군선거관리위원회 집계로 투표율은 56.7%, 무효표는 443표였다. 표차는 2,757표였다."),
        ("무효표",), id="two-by-elections-invalid-ballots"),
    pytest.param(  # two redevelopment votes of one week: every one of them picks a contractor
        ("p", "하람2구역 재개발 시공사에 동진건설", "누리경제", "2026-11-15T09:00+09:00",
         "하람2구역 재개발 조합은 14일 총회를 열어 동진건설을 시공사로 선정했다. "
         "조합원 912명 가운데 788명이 투표에 참여했고 동진건설은 511표를 얻었다. 3.3㎡당 공사비는 742만원이다."),
        ("q", "새봄아파트 재건축, 시공사로 우림산업 뽑아", "가온신문", "2026-11-16T10:00+09:00",
         "새봄아파트 재건축 조합이 지난 15일 총회에서 우림산업을 시공사로 뽑았다. "
         "조합원 640명 중 571명이 표를 던졌고 우림산업이 402표를 받았다. 공사비는 3.3㎡당 768만원이다."),
        ("시공사",), id="two-redevelopment-votes-contractor"),
    pytest.param(  # the men's and the women's volleyball finals of one week: a game's score words
        ("w", "하람 스파이커스 챔프전 2승째", "가람일보", "2026-04-03T22:00+09:00",
         "하람 스파이커스가 누리체육관에서 열린 남자부 경기에서 가온 썬더스를 3-2로 이겼다. "
         "5세트 듀스 끝에 17-15로 이긴 하람은 시리즈 2승째를 거뒀다. 마태곤이 31점을 올렸다."),
        ("x", "솔빛 웨이브스, 여자부 1차전 잡아", "새온일보", "2026-04-06T21:30+09:00",
         "솔빛 웨이브스가 여자부 1차전에서 다온 레이디스를 3-1로 눌렀다. "
         "1세트를 듀스 끝에 26-24로 가져온 솔빛은 기세를 이어갔다. 윤해주가 24점을 기록했다."),
        ("듀스",), id="two-volleyball-finals-deuce"),
]


@pytest.mark.parametrize(("first", "second", "terms"), _SHARED_TERMS_ONLY)
def test_two_stories_sharing_only_terms_read_as_names_stay_apart(first, second, terms):
    entries = _grouped(first, second)
    assert not set(terms) & set(entries[0].keys.names)
    assert entries[0].story != entries[1].story


def test_a_place_the_analyzer_cuts_into_letters_is_a_name_when_the_lead_names_it_twice():
    # `모율도` is read 모/MM 율/NNG 도/NNG: no morpheme tells it is a name, yet the headline
    # and the lead write it as a province's name; verb forms and known words that end like
    # a place (`맞고도`, `올해도`) and a word written once are none
    from daejo.models import Article
    from daejo.dates import parse_partial_date

    article = Article(id="t", path="t.md", title="모율도 내년 예산안 편성", outlet="가람일보",
                      published=parse_partial_date("2026-11-10T11:00+09:00"),
                      body="모율도가 내년 예산안을 올해보다 6.1% 늘려 잡았다. 모율도는 10일 예산안을 도의회에 냈다. "
                           "세수가 줄어 지방채를 맞고도 모자랐고 올해도 빚을 냈다. 세수를 맞고도 남을 것이라던 올해도 그랬다. "
                           "채율도 쪽 사정은 다르다.")
    (entry,) = extract_entries([article], open_world_toolkit(), progress=False)
    assert "모율도" in entry.keys.names
    assert not {"맞고도", "올해도", "채율도"} & set(entry.keys.names)


def test_two_provinces_budgets_one_province_cut_into_letters_are_two_stories():
    # two provinces' budgets of one week share the beat's words and a term the analyzer
    # tags a name (`특별회계`); each is about its own province, though the analyzer reads
    # one of them (`모율도`) only as letters
    body = ("{p}{s} 10일 오전 도청 브리핑룸에서 기자회견을 열고 내년 본예산안 {t}을 편성해 도의회에 제출했다고 밝혔다. "
            "회계별로는 일반회계가 {g}, 특별회계가 {x}으로 편성됐다. 올해 본예산보다 {r} 늘었다. "
            "분야별로는 사회복지가 가장 많았고 재난안전 예산도 늘었다.")
    first = ("m", "모율도 내년 예산안 편성…복지에 무게", "가람일보", "2026-11-10T11:40+09:00",
             body.format(p="모율도", s="는", t="14조 2,860억원", g="11조 9,350억원", x="2조3천510억원", r="6.5%"))
    second = ("n", "누율도 내년 예산안 편성…복지에 무게", "새온일보", "2026-11-10T15:30+09:00",
              body.format(p="누율도", s="는", t="9조 8,460억원", g="8조 1,270억원", x="1조7천190억원", r="6.7%"))
    entries = _grouped(first, second)
    assert "모율도" in entries[0].keys.names
    assert entries[0].story != entries[1].story


# Two stories of one beat whose leads share only a long term the whole beat writes (data/
# story.yaml ``generic_names``): a long lead word names one thing as a name does, except
# these, so they are no key and each story stays apart
_SHARED_BEAT_TERMS = [
    pytest.param(  # two research satellites a month apart, each put in the same kind of orbit
        ("s", "기후위성 '별바다 2호' 발사 성공…태양동기궤도 안착", "가람일보", "2026-10-17T09:00+09:00",
         "별바다우주연구원의 기후위성 '별바다 2호'가 발사돼 태양동기궤도에 안착했다. 위성은 발사 52분 뒤 "
         "발사체에서 분리됐고 지상국과 첫 교신에 성공했다. 태양동기궤도에서 5년 동안 구름을 관측한다."),
        ("t", "해양관측위성 '물보라' 태양동기궤도 진입", "새온일보", "2026-11-20T10:00+09:00",
         "미르내해양연구소가 개발한 해양관측위성 '물보라'가 태양동기궤도에 진입했다. 위성은 발사 뒤 "
         "분리돼 지상국과 교신했고 태양동기궤도에서 수온과 염분을 잰다. 첫 영상은 다음 달 나온다."),
        "태양동기궤도", id="two-satellites-orbit"),
    pytest.param(  # a cable maker's record and the index's record four days apart
        ("c", "구리값 급등에 별솔전선 상한가", "가람일보", "2026-10-20T16:00+09:00",
         "유가증권시장에서 별솔전선 주가가 상한가로 치솟았다. 유가증권시장 전선주 가운데 별솔전선의 "
         "거래대금이 가장 많았다. 구리값이 사상 최고를 경신한 영향이다."),
        ("k", "코스피 사흘째 사상 최고…외국인 순매수", "새온일보", "2026-10-24T16:30+09:00",
         "유가증권시장에서 외국인이 사흘째 순매수하며 지수를 끌어올렸다. 유가증권시장 시가총액도 "
         "사상 최대로 불었다. 반도체 대형주가 강세를 이끌었다."),
        "유가증권시장", id="market-wrap-and-a-stock"),
]


@pytest.mark.parametrize(("first", "second", "term"), _SHARED_BEAT_TERMS)
def test_a_beats_long_term_in_two_leads_is_no_key_of_a_story(first, second, term):
    entries = _grouped(first, second)
    assert term not in entries[0].keys.nouns and term not in entries[1].keys.nouns
    assert entries[0].story != entries[1].story
