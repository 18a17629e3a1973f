"""Open frames: what a value measures when no catalogue attribute files it.

A frame is read, in this order, from

1. ``left``: the common nouns written right before the value (`이재민 1만2천명`,
   `일반회계 3조4150억원`, `▲시립도서관 신축 215억원`); names alone there are the
   item the value belongs to (`솔내군 570㏊`), not the frame;
2. ``genitive``: the noun after `value [규모|수준…]의` (`2만3750명의 관중`,
   `4조원 규모의 2027년도 예산안`);
3. ``topic``: the common-noun topic or subject the value is said of in its clause
   (`이재민은 12,000명이다`, `누적 강수량은 312mm로`), or the object it is set to
   (`예산안을 3조2천억원 규모로 편성`);
4. ``unit``: a counter that names what it counts (`78승`, `171석`);
5. ``predicate``: the verb the value is the subject or object of (`1만2천명이 대피했다`,
   `2천550억원 늘었다`), with the clause's common-noun topic before it (`매출 증가`).

The frame's key is its nouns without spaces, with data/frames.yaml's synonyms made
one (`숨지` = `사망자`). A frame's entity is only a name tied to the value: the item
label before it, the possessor of the frame (`오세진의 시즌 30호 홈런`), or the topic
of its clause unless that topic is the one speaking (`시는 … 밝혔다`). With none, the
claim is about the story's event (daejo.stories). Corpus: corpus/frames.yaml.
"""

from __future__ import annotations

import re

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from daejo.extract.catalogue import Attribute, Trigger
from daejo.extract.clauses import Clause, clause_of, in_item, item_marks, list_item
from daejo.extract.entities import BASE_WORDS, Mention, without_locative
from daejo.extract.anaphora import ANAPHORIC_RULE
from daejo.extract.as_of import is_stretch_so_far
from daejo.extract.lexicon import attribution_lexicon, form_key, frames_data, is_measure_noun
from daejo.extract.story_keys import CAPACITY_UNITS
from daejo.extract.view import SentenceView
from daejo.text.roles import sentence_dateline_end
from daejo.models import Value
from daejo.values.compose import AGE_GROUP_RULE
from daejo.values.units import COMPETITION

FRAME_PREFIX = "~"
_NOUN_TAGS = frozenset({"NNG", "NNP", "XSN", "XPN", "SL", "NNB", "XR"})
_COMMON = frozenset({"NNG", "XSN", "XPN", "XR", "SL"})
_TOPIC_PARTICLES = frozenset({"은", "는", "ㄴ", "이", "가", "도"})
# (a time followed by one of entities.BASE_WORDS is a comparison base: `지난해보다 9.6% 늘었다`)
# the counter of a member of a numbered series (`도담 2호`, `원전 3호기`)
_SERIES = frozenset({"호", "호기"})
# nouns between a range's start and its `까지` (`사고 당일까지`) read past, at most
_RANGE_END_NOUNS = 3
# the words of a source's name before `에 따르면` (`투자은행(IB) 업계`), at most this many
_SOURCE_TAGS = frozenset({"NNG", "NNP", "SL", "SS", "SSO", "SSC", "XSN"})
_SOURCE_REACH = 8
# nouns that take a part out of a whole (`전체 재원 가운데 적자국채`)
PART_OF = frozenset({"가운데", "중"})
# the word a part of a counted whole carries in its frame (`~가구가운데`): reconcile reads
# a frame ending in one of PART_OF as a part, never the whole
PART_KEY = "가운데"
# the canonical verb of an ending (data/frames.yaml synonyms: 끝나, 마치, 완료 …)
END_OF_EVENT = "마치"
# a capacity before one of these names a configuration of a product (`256GB 모델`)
# sizes that name a type (`전용 84㎡A`): an area, with its type letter glued
TYPE_UNITS = frozenset({"㎡", "m²", "m2", "평"})
# what a ratio to one measures when no word names it (values/units.py: `58.9대 1`)
COMPETITION_NOUN = "경쟁률"
_TYPE_LETTER = re.compile(r"[A-Za-z]{0,2}\s?")
# a type as the topic of its ratio (`59㎡B는 22.2대 1을 기록했고`)
_TYPE_TOPIC = re.compile(r"[A-Za-z]{0,2}(?:은|는|이|가|도)?\s?")
_MODEL_WORDS = frozenset({"모델", "제품", "형", "버전"})
# what may stand between a capacity and the price of the model it names (`1TB 349만원`,
# `1TB 모델은 394만 원`, `512GB형이 319만원`)
_MODEL_GAP = re.compile(r"\s?(?:" + "|".join(sorted(_MODEL_WORDS)) + r")?(?:은|는|이|가|도)?\s?")
# a bare number followed by one of these is a number of the sentence (`5-3으로 이겼다`)
_PARTICLE_STARTS = ("으로", "로", "에서", "에", "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "만",
                    "까지", "부터", "보다", "대", "씩", "이다", "였", "이었")
_OBJECT_PARTICLES = frozenset({"을", "를"})
_PLACE_SUFFIXES = frozenset({"시", "군", "구", "도", "읍", "면", "동", "리", "국"})
# words of a noun run at most (`시내버스 준공영제 지원`)
MAX_FRAME_WORDS = 3


@dataclass(frozen=True)
class FrameLexicon:
    between: frozenset[str]
    measure_words: frozenset[str]
    bare_measure_words: frozenset[str]
    empty_nouns: frozenset[str]
    naming_units: frozenset[str]
    class_units: frozenset[str]
    manner_verbs: frozenset[str]
    margin_words: frozenset[str]
    source_verbs: frozenset[str]
    empty_predicates: frozenset[str]
    report_time_words: frozenset[str]
    canonical: dict[str, str]  # any written key -> the group's key
    varying: dict[str, bool]  # key -> grows
    occurrence_verbs: frozenset[str]
    noun_only_dated: frozenset[str]
    time_words: tuple[str, ...]
    agent_nouns: frozenset[str]
    # an actor's word -> the word of its kind (data/frames.yaml ``actor_kinds``)
    actor_kind: dict[str, str]
    # words a floor area names a type of home by (data/frames.yaml ``type_size_words``)
    type_size_words: frozenset[str]
    dated_nouns: tuple[str, ...]
    event_verbs: frozenset[str]
    recurring_events: frozenset[str]
    duration_words: frozenset[str]
    price_verbs: frozenset[str]
    category_units: frozenset[str]
    body_counters: frozenset[str]
    price_key: str
    sale_key: str
    qualifier_nouns: frozenset[str]
    # nouns of a span of years a bare range names (`2026∼2027 시즌`)
    season_nouns: frozenset[str]
    # nouns of a dimension the analyzer may read as adverbs (`높이`, `깊이`)
    dimension_adverbs: frozenset[str]
    # counters of a class or grade and the nouns such a class names (`1종 지역`, `5등급 차량`)
    class_counters: frozenset[str]
    classed_nouns: tuple[str, ...]
    function_verbs: frozenset[str]
    whole_words: frozenset[str]
    estimate_words: frozenset[str]
    # words of terms agreed between parties (data/frames.yaml ``agreements``)
    agreements: frozenset[str]
    change_keys: tuple[str, ...]
    stages: dict[str, str]  # word -> stage
    kind_prefixes: tuple[str, ...]
    contrasts: tuple[frozenset[str], ...]
    owned_events: frozenset[str]
    # who decides a draft, not the final figure (`정부, 추경 의결`)
    draft_makers: frozenset[str]
    # words of an article of results (`실적`, `영업이익`): its quarter is its figures' period
    results_words: tuple[str, ...]
    # the time of a high or a low: key -> (its nouns, the verbs that reach it after `…까지`)
    extremes: dict[str, tuple[frozenset[str], frozenset[str]]]
    # words of figures that change every trading day (`환율`, `주가`, `종가`)
    daily: frozenset[str] = frozenset()
    # words of a company's standing in its industry (`업계 3위`): it holds for a year's results
    standing_words: frozenset[str] = frozenset()
    event_days: tuple[str, ...] = ()
    no_scope_words: frozenset[str] = frozenset()
    # words of a period before the noun a rate is of: no part of it (`지난해 매출 증가율`)
    period_words: frozenset[str] = frozenset()
    # adverbs before an event's verb that say it happened before (`다시 결렬됐다`)
    again_words: frozenset[str] = frozenset()
    # adverbs after a count that tell it as added to what was counted (`추가로`)
    added_words: frozenset[str] = frozenset()
    # endings and nouns of a condition (`3배를 넘으면`, `넘을 경우`): a figure in one is a threshold
    condition_endings: frozenset[str] = frozenset()
    condition_nouns: frozenset[str] = frozenset()
    condition_verbs: frozenset[str] = frozenset()
    # words of a limit (`제한속도`, `한도`): a limit and the figure it limits are two facts
    limit_words: tuple[str, ...] = ()
    # a trading session (`거래`, `장`): its end recurs every trading day
    sessions: tuple[str, ...] = ()
    # a level a close is told at (`…달러로 마감해`): its units, and the periods it closes
    close_units: tuple[str, ...] = ()
    close_periods: tuple[str, ...] = ()
    # counters of a numbered event (`2차전`, `3차 협상`)
    ordinal_events: frozenset[str] = frozenset()
    # things numbered by a figure glued before them (`5공장`, `제2부지`): which one
    numbered_nouns: frozenset[str] = frozenset()
    # a frame's first word that says whose figure it is (`팀`) -> its mark's name (`team`)
    frame_owners: dict[str, str] = field(default_factory=dict)
    # words of a monthly statistics release (`동향`, `물가`): its month is its figures' period
    statistics_words: tuple[str, ...] = ()
    # stages of one line, as marks (`%preliminary`, `%final`, `%revised`): two of one line are two facts
    stage_lines: tuple[frozenset[str], ...] = ()
    # nouns naming a statistics release (`동향`, `통계`): a month or week right before them
    # is the period it covers, not the day of an event
    release_words: frozenset[str] = frozenset()
    # a union's two votes (`votes`: name -> its words) and the words of a vote's figures
    votes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    vote_frame_words: tuple[str, ...] = ()
    # verbs of how a fact is known, after `…ㄴ 것으로` (`추정된다`, `알려졌다`)
    evidential_verbs: frozenset[str] = frozenset()
    # verbs that say the event before them began (`파업에 들어갔다`, `조사에 착수했다`)
    start_verbs: frozenset[str] = frozenset()
    # verbs of what something cost (`개발에 1천억원이 들었다`): the figure is the cost of
    # the noun before `에`
    cost_verbs: frozenset[str] = frozenset()
    # verbs of appearing (`증상이 나타났다`): a time of them dates their subject's appearance
    appearance_verbs: frozenset[str] = frozenset()
    # an event word and the kinds of it (`사고`: 붕괴, 추락 …): a time of the kind and one
    # of the word alone date one event
    event_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    # names of one event (`기자회견`, `브리핑`), and verbs of holding one (`열`)
    event_names: tuple[frozenset[str], ...] = ()
    holding_verbs: tuple[str, ...] = ()
    # measures counted over a stretch of time (`1주일 해약 건수`)
    period_measures: tuple[str, ...] = ()
    # verbs of demanding what a quoted command says (`없애라고 요구했다`)
    demand_verbs: frozenset[str] = frozenset()
    # events numbered in a series (`1회 추경`, `제312회 임시회`): the number is their name
    series_nouns: frozenset[str] = frozenset()
    # a game's score (``scores``): the periods a score may be of, the word its frame ends
    # in, the period a list of period scores in parentheses is of when none is named, and
    # the verbs of a game's course after a score that is no result
    score_periods: tuple[str, ...] = ()
    score_key: str = "스코어"
    score_periods_default: str = "세트"
    score_in_play: frozenset[str] = frozenset()
    # a tournament's stages that name a score's game (``scores.stages``, ``stage_counters``):
    # the word as written -> the form it is filed under
    score_stages: dict[str, str] = field(default_factory=dict)
    score_stage_counters: dict[str, str] = field(default_factory=dict)
    # verbs of taking part (`유권자 7만5천명이 투표했다`): the people a count before them
    # did it are some of the noun's people, a fact of their own
    subset_verbs: frozenset[str] = frozenset()
    # naming counters whose count the word before it labels (`찬성 16표`)
    labelled_units: frozenset[str] = frozenset()
    # properties that do not change as a story develops (`길이`, `생산능력`)
    static_words: tuple[str, ...] = ()
    # words of a mark a running count passes (`고지`, `돌파`, `넘어서`)
    milestone_words: frozenset[str] = frozenset()
    # verbs of sending people or equipment to a scene (`투입`, `동원`): each day's count
    deployment_verbs: frozenset[str] = frozenset()
    # markets a figure is traded in, each one the ways it is written (`유가증권시장`, `코스닥 시장`)
    markets: tuple[tuple[str, ...], ...] = ()
    # the frame of the day a running count passed a mark (`300만 명을 넘어섰다`)
    milestone_key: str = "돌파"
    # frames that change as a story develops only when written alone (`~승`): key -> grows
    varying_exact: dict[str, bool] = field(default_factory=dict)
    # verbs of saying (`밝히`, `말하`): a time right before one dates the statement
    statement_verbs: frozenset[str] = frozenset()
    # a superlative after `이후` (`가장 크`, `최대`) -> the record it names (`최대`)
    superlatives: dict[str, str] = field(default_factory=dict)


# the groups of data/frames.yaml's synonyms whose verbs tell an amount added or taken
# away (`572억원 늘어난`, `4억1,600만원을 삭감했다`); rises and falls of a price (`오르`,
# `내리`) are left out: `매출 5조원을 올렸다` is a level
_AMOUNT_CHANGES = frozenset({"증가", "감소"})
_CHANGED_PARTICLES = frozenset({"이", "가", "을", "를"})
# the groups of rises and falls (`오르`, `내리`)
_RISE_FALL = frozenset({"상승", "하락"})


def amount_change(ms, last: int, lex: FrameLexicon) -> str | None:
    """The change (`증가`, `감소`) a verb after the value ending at morpheme ``last`` says
    it is the amount of (`572억원 늘어난 예산안`, `527억원이 늘었고`, `23개 사업 예산
    4억1,600만원을 삭감했다`), or None; not the level reached (`3천억원으로 늘었다`)."""
    i = last + 1
    while i < len(ms) and (ms[i].tag in ("SS", "SSO", "SSC") or ms[i].form in lex.measure_words):
        i += 1
    if i < len(ms) and ms[i].tag in ("JKS", "JKO") and ms[i].form in _CHANGED_PARTICLES:
        i += 1
    if i >= len(ms):
        return None
    m = ms[i]
    if not _is_verb_at(ms, i):
        return None
    key = canonical_key(form_key(m.form), lex)
    return key if key in _AMOUNT_CHANGES else None


@lru_cache(maxsize=1)
def frame_lexicon() -> FrameLexicon:
    data = frames_data()

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w) for w in data.get(name) or ())

    canonical: dict[str, str] = {}
    for group in data.get("synonyms") or ():
        keys = [normalise_key(str(w)) for w in group]
        for k in keys:
            canonical.setdefault(k, keys[0])
    varying = {canonical.get(normalise_key(str(v["frame"])), normalise_key(str(v["frame"]))): bool(v.get("grows", False))
               for v in data.get("varying") or () if not v.get("exact")}
    # frames that change only when written alone (`~승`, not `~상승` or `~우승상금`)
    varying_exact = {normalise_key(str(v["frame"])): bool(v.get("grows", False))
                     for v in data.get("varying") or () if v.get("exact")}
    return FrameLexicon(
        between=words("between_noun_and_value"),
        measure_words=words("measure_words"),
        bare_measure_words=words("bare_measure_words"),
        empty_nouns=words("empty_nouns"),
        naming_units=words("naming_units"),
        class_units=words("class_units"),
        manner_verbs=words("manner_verbs"),
        margin_words=words("margin_words"),
        source_verbs=words("source_verbs"),
        empty_predicates=words("empty_predicates"),
        report_time_words=words("report_time_words"),
        canonical=canonical,
        varying=varying,
        varying_exact=varying_exact,
        occurrence_verbs=frozenset(canonical.get(w, w) for w in words("occurrence_verbs")),
        noun_only_dated=words("noun_only_dated"),
        time_words=tuple(sorted(words("time_words"), key=len, reverse=True)),
        agent_nouns=words("agent_nouns"),
        actor_kind={str(w): str(group[0]) for group in data.get("actor_kinds") or () for w in group},
        type_size_words=words("type_size_words"),
        dated_nouns=tuple(sorted(words("dated_nouns"), key=len, reverse=True)),
        event_verbs=words("event_verbs"),
        recurring_events=words("recurring_events"),
        duration_words=words("duration_words"),
        price_verbs=words("price_verbs"),
        category_units=words("category_units"),
        body_counters=words("body_counters"),
        price_key=str(data.get("price_key") or "거래가격"),
        sale_key=str(data.get("sale_key") or "거래일자"),
        milestone_key=str(data.get("milestone_key") or "돌파"),
        qualifier_nouns=words("qualifier_nouns"),
        season_nouns=words("season_nouns"),
        dimension_adverbs=words("dimension_adverbs"),
        class_counters=words("class_counters"),
        classed_nouns=tuple(sorted(words("classed_nouns"))),
        function_verbs=words("function_verbs"),
        whole_words=words("whole_words"),
        estimate_words=words("estimate_words"),
        agreements=words("agreements"),
        change_keys=tuple(canonical.get(w, w) for w in (data.get("change_words") or ())),
        stages={str(w): stage for stage, ws in (data.get("stages") or {}).items() for w in ws},
        votes={str(name): tuple(map(str, ws)) for name, ws in (data.get("votes") or {}).items()},
        vote_frame_words=tuple(map(str, data.get("vote_frame_words") or ())),
        evidential_verbs=words("evidential_verbs"),
        kind_prefixes=tuple(sorted(words("kind_prefixes"), key=len, reverse=True)),
        contrasts=tuple(frozenset(map(str, pair)) for pair in data.get("contrasts") or ()),
        owned_events=words("owned_events"),
        cost_verbs=words("cost_verbs"),
        draft_makers=words("draft_makers"),
        results_words=tuple(sorted(words("results_words"))),
        limit_words=tuple(sorted(words("limit_words"))),
        sessions=tuple(sorted(words("sessions"))),
        close_units=tuple(sorted(words("close_units"), key=len, reverse=True)),
        close_periods=tuple(sorted(words("close_periods"), key=len, reverse=True)),
        ordinal_events=words("ordinal_events"),
        numbered_nouns=words("numbered_nouns"),
        frame_owners={str(w): str(owner) for owner, ws in (data.get("frame_owners") or {}).items() for w in ws},
        statistics_words=tuple(sorted(words("statistics_words"))),
        stage_lines=tuple(frozenset("%" + str(stage) for stage in line) for line in data.get("stage_lines") or ()),
        release_words=words("release_words"),
        extremes={str(key): (frozenset(map(str, e.get("nouns") or ())), frozenset(map(str, e.get("verbs") or ())))
                  for key, e in (data.get("extremes") or {}).items()},
        daily=words("daily"),
        standing_words=words("standing_words"),
        event_days=tuple(str(w) for w in data.get("event_days") or ()),
        no_scope_words=words("no_scope_words"),
        period_words=words("period_words"),
        again_words=words("again_words"),
        added_words=words("added_words"),
        condition_endings=words("condition_endings"),
        condition_nouns=words("condition_nouns"),
        condition_verbs=frozenset(form_key(w) for w in words("condition_verbs")),
        start_verbs=words("start_verbs"),
        appearance_verbs=words("appearance_verbs"),
        subset_verbs=words("subset_verbs"),
        labelled_units=words("labelled_units"),
        static_words=tuple(sorted(words("static_properties"))),
        milestone_words=frozenset(form_key(w) for w in words("milestone_words")),
        deployment_verbs=words("deployment_verbs"),
        markets=tuple(tuple(map(str, group)) for group in data.get("markets") or ()),
        statement_verbs=frozenset(form_key(w) for w in words("statement_verbs")),
        superlatives={str(k): str(v) for k, v in (data.get("superlatives") or {}).items()},
        event_kinds={str(k): frozenset(canonical.get(str(w), str(w)) for w in ws) for k, ws in (data.get("event_kinds") or {}).items()},
        event_names=tuple(frozenset(normalise_key(str(w)) for w in group) for group in data.get("event_names") or ()),
        holding_verbs=tuple(sorted(words("holding_verbs"), key=len, reverse=True)),
        period_measures=tuple(words("period_measures")),
        demand_verbs=frozenset(form_key(w) for w in words("demand_verbs")),
        series_nouns=words("series_nouns"),
        score_periods=tuple(str(w) for w in (data.get("scores") or {}).get("periods") or ()),
        score_key=str((data.get("scores") or {}).get("key") or "스코어"),
        score_periods_default=str((data.get("scores") or {}).get("periods_default") or "세트"),
        score_in_play=frozenset(str(w) for w in (data.get("scores") or {}).get("in_play") or ()),
        score_stages={str(k): str(v) for k, v in ((data.get("scores") or {}).get("stages") or {}).items()},
        score_stage_counters={str(k): str(v) for k, v in ((data.get("scores") or {}).get("stage_counters") or {}).items()},
    )


# the counters of a number that says which of a series an event is (`1회 추경`, `3차 추경`)
SERIES_COUNTERS = frozenset({"회", "차"})


# grains of a time that can be the period of a figure written after it (`2027년도 예산안`,
# `3월 둘째 주 0.3%`): a day or a clock time is when something happened
FIGURE_PERIOD_GRAINS = frozenset({"year", "half", "quarter", "month", "part_of_month"})
# the word of the first of a sequence (`첫 공청회`; the counter of a place in one,
# ``ORDINAL_UNIT``, below)
FIRST_WORD = "첫"
# the words that say which of a sequence a thing is (`두 번째 공청회`, `마지막 블록`, `다음
# 블록`), as frames.py writes them in a frame (reconcile: two of them are two things)
SEQUENCE_WORDS = (FIRST_WORD, "마지막", "다음")
# counters of how often something happened (`181회`, `11번`, `세 차례`)
_OCCURRENCE_COUNTERS = frozenset({"회", "차례", "번"})


def _is_verb_at(ms, i: int) -> bool:
    """A verb starts at morpheme ``i``: a verb stem (`쏘`), or a verbal noun with its
    suffix after it (`확인`+`하`, `의결`+`하`)."""
    return ms[i].tag == "VV" or (ms[i].tag == "NNG" and i + 1 < len(ms) and ms[i + 1].tag == "XSV")

# the noun of a day an event is scheduled for (`종결 예정일`)
# nouns of the day or time of an event written after it (`거래 종결 예정일은`, `시행 시기는`,
# `준공 연도는`): the time is the event's
_SCHEDULED_DAY = frozenset({"예정일", "목표일", "시기", "시점", "일정", "날짜", "일자", "연도", "시각", "기일"})


# how many morphemes may stand between the two values of `X에서 … Y로`, none of them
# a predicate, an ending or punctuation
CHANGE_GAP = 3
_CHANGE_BREAKS = frozenset({"VV", "VA", "SF", "SP", "EC", "ETM"})


# how long a ▲ item's label (`▲롱레인지:`) may be, in morphemes
MAX_LABEL_MORPHEMES = 6


def normalise_key(text: str) -> str:
    return "".join(text.split())


def canonical_key(text: str, lex: FrameLexicon | None = None) -> str:
    lex = lex or frame_lexicon()
    key = normalise_key(text)
    return lex.canonical.get(key, key)


def is_change_key(key: str, lex: FrameLexicon | None = None) -> bool:
    """A frame's key (or an open frame's attribute) of a change (`부상자증가`), not of a level."""
    return key.endswith((lex or frame_lexicon()).change_keys)


def is_frame(attribute: str) -> bool:
    return attribute.startswith(FRAME_PREFIX)


@lru_cache(maxsize=4096)
def frame_attribute(key: str, text: str) -> Attribute:
    """The attribute a frame files its value under: ``~key``, about any entity."""
    lex = frame_lexicon()
    ident = FRAME_PREFIX + key
    varies, grows = frame_change(key)
    return Attribute(
        id=ident, family="frame", meaning=text, kinds=("number", "quantity", "money", "percent", "ratio", "duration", "time", "score"),
        entity_types=("any",), varies=varies, grows=grows, triggers=(Trigger.of(ident, (key,), "either", 0),),
        entity_fallback=False,
    )


def frame_is_static(key: str) -> bool:
    """A frame of a property that does not change as a story develops (data/frames.yaml
    ``static_properties``: `~길이`, `~연간생산능력`): no report time dates it."""
    return any(word in key for word in frame_lexicon().static_words)


def frame_change(key: str) -> tuple[bool, bool]:
    """(varies, grows) of an open frame: listed in data/frames.yaml's ``varying``, or
    holding a listed word (`누적확진자` holds `확진자`); a grows entry wins."""
    lex = frame_lexicon()
    if key in lex.varying:
        return True, lex.varying[key]
    if key in lex.varying_exact:
        return True, lex.varying_exact[key]
    found = [grows for word, grows in lex.varying.items() if word in key]
    return (True, any(found)) if found else (False, False)


# units of a place in an order (`3위`, `세 번째`, `1등`): a place carries no frame over
# (extractor.py), one place off is a slip however far apart the numbers look, and a place
# among a whole is a place, no part of it (reconcile)
PLACE_UNITS = frozenset({"위", "번째", "등"})
# the counter of a place told with a number word (`두 번째로 많다`, `세 번째였다`), and
# the nouns of the set a place is among (`4곳 가운데`, `신규 상장 종목 중`)
ORDINAL_UNIT = "번째"
_AMONG = frozenset({"가운데", "중"})
# nouns the analyzer gives for the adverbs of a first occurrence (`처음 포착한 건`)
_FIRST_TIME = frozenset({"처음", "최초"})
# the nouns of the span within a place in an order (`100위 안에 든`, `10위권에 오른`)
_WITHIN = frozenset({"안", "이내", "내", "권"})
# the word such a frame is written with (`~100위이내국내대학`: reconcile/align.py tells two
# cut-offs apart by it)
WITHIN_WORD = "이내"
# the noun of a span (`4일 동안`), written apart from its number
_DURING = "동안"


# the prefix of an event that happened again (`다시 결렬됐다` → `~재결렬`), one of
# data/frames.yaml ``kind_prefixes``: no fuller form of the event's first occurrence
REPEAT_PREFIX = "재"

# the words between an age group (values/compose.py ``AGE_GROUP_RULE``) and its share
# (`30대가 27.9%`), and the noun of such a share
_SHARE_GAP = re.compile(r"(?:가|는|이|와|과|도)?\s?")
SHARE_NOUN = "비중"

# the years a bare range may name as a season (`2026∼2027 시즌`), and how many it may span
YEAR_RANGE = (1900, 2100)
SEASON_YEARS = 10


# why a figure that is a fact has no frame (``FrameFinder.why_unfiled``): what a frame carried
# over from the sentence before may give it (extractor.py ``_carried_frames``)
NO_NOUN = "no noun it measures (no frame word before, after or as topic)"


class FoundFrame(NamedTuple):
    """The words found to name what a value measures, how they were found, and the
    entity the value is of."""

    key: str  # canonical, without spaces
    text: str  # as written
    how: str  # left | genitive | topic | object | unit | predicate
    first: int  # morpheme range of the frame's words (the value's own for `unit`)
    last: int
    entity: Mention | None = None
    entity_via: str = "none"

    @property
    def strength(self) -> float:
        """How surely the words found name what the value measures."""
        if self.how == "predicate" and self.first == self.last:
            return STRENGTH["verb"]
        return STRENGTH.get(self.how, 0.6)


# how surely each pattern names the measured thing; a claim under 0.4 is weak (its
# conflicts are warnings): a verb alone (`… 늘었다`) says little of what rose, but a
# verb that names an event (`착륙했다`, `선고했다`) says what a time dates as well as
# its noun would (`event`)
STRENGTH = {"left": 0.9, "genitive": 0.85, "topic": 0.85, "object": 0.8, "unit": 0.8, "right": 0.75,
            "paren": 0.8, "predicate": 0.7, "event": 0.7, "verb": 0.4}


# the conjunctions of a list whose items share its predicate (`연구원 42명과 승조원 31명 등 … 참여했다`)
_LIST_AND = frozenset({"과", "와", "등"})

# the nouns of the same period a year or a quarter before (`지난해 같은 기간보다`)
_SAME_PERIOD = frozenset({"기간", "분기", "달", "때", "시기", "주"})


# the counter of a numbered game of a series (`5차전`, read `5차` + `전` as often)
_GAME = "차"
# morphemes a noun phrase an adnominal verb modifies may run on before the numbered event
# it names (`열린 2026 프로축구 2부리그 33라운드 홈경기`)
NUMBERED_REACH = 8
# counters of a numbered stage of an event (`1단계 준공`, `2차 협상`)
_STAGE_UNITS = frozenset({"단계", "차"})
# the frame of a time of appearing (`증상이 나타났다` → `증상발현`)
_APPEARED = "발현"
# `…를 기해` as the analyzer reads it (before the connective ending)
_FROM_WHEN = (("기하",), ("기", "하"))
# connective endings of two things at one time (`기울며 뒤집혔다`)
_SIMULTANEOUS = frozenset({"며", "으며", "면서", "으면서"})
# a place phrase between a time and the verb it dates: nouns, determiners, genitives
PLACE_REACH = 8
_PLACE_TAGS = frozenset({"NNG", "NNP", "NNB", "MM", "JKG", "XSN", "SP"})
# what an object before a relative clause's verb is made of (`한솔 도시철도 3호선을`)
_OBJECT_TAGS = frozenset({"NNG", "NNP", "NNB", "MM", "JKG", "XSN", "SN", "SL"})
# the connective of two verbs of one event (`멈춰 세운`, `무너져 내린`)
_SERIAL = frozenset({"어", "아", "아서", "어서"})
# what a verb was in the middle of when the next one happened (`치료를 받던 중 숨졌다`,
# `등산을 하다가 쓰러졌다`): the past adnominal before `중`, or the connective `다가` with
# no tense of its own
_WHILE_ADNOMINAL, _WHILE_NOUNS, _WHILE_CONNECTIVES = "던", frozenset({"중", "도중"}), frozenset({"다가"})
# words after an event noun that count from it or up to it (`상견례 이후`, `개막 직전`)
_BEFORE_AFTER = frozenset({"이후", "이래", "직후", "이전", "직전"})
# the words after a date that a record stood since (`… 이후 가장 컸다`), and its frame's prefix
_SINCE = ("이후", "이래")
_SINCE_KEY = "이후"
# what the figure of the day a record last stood is filed as (`~이후최대값`)
_RECORD_VALUE = "값"
# words after a span that make it the stretch a figure was measured over (`한 달 사이`)
_OVER = frozenset({"사이", "새", "동안", "간", "만"})
# of them, the words that make a span the window a change is told over, no fact of its own
# (`3년 새 31% 늘었다`, `1년 사이 139명 줄었다`: how long the span is is no figure to compare;
# `5년 동안 근무했다` and `11년 만의 우승` are)
_WINDOW = frozenset({"사이", "새"})
# what a cost frame adds to its purpose (`제작` → `제작비`)
COST_NOUN = "비"
# morphemes between a `…부터 …까지` period and the frame of the figure it dates
# (`이달 4일까지 신고된 온열질환자는`)
PERIOD_REACH = 6
# adjectives that, after a comparison base, say by how much a figure changed: `1,637명보다
# 33.4% 많다` is an increase, as `33.4% 늘었다` is (`31.2%로 가장 많았다`, with no base, is a level)
_COMPARATIVES = {"많": "증가", "높": "증가", "크": "증가", "적": "감소", "낮": "감소", "작": "감소"}
# what a margin frame adds to its counter (`표` → `표차`)
MARGIN_NOUN = "차"


# the grains of a time of day, which dates a compared figure on its own (`전날 오전 9시(146명)보다`)
_CUT_OFF_TIME_GRAINS = frozenset({"part_of_day", "hour", "minute", "second"})


# the word of the previous one of a series (`전 거래일 종가`)
_PREVIOUS = "전"


def _abbreviation_before(ms, end: int) -> bool:
    """Morphemes ``end-2..end`` are a Latin abbreviation in parentheses (`(NIM)`)."""
    return ms[end].form == ")" and ms[end - 1].tag == "SL" and ms[end - 2].form == "("


class FrameFinder:
    """Frames of the values of one sentence that no catalogue attribute took."""

    def __init__(self, view: SentenceView, values: list[Value], mentions: list[Mention], clauses: list[Clause], lex: FrameLexicon | None = None):
        self.view = view
        self.values = values
        self.mentions = mentions
        self.clauses = clauses
        self.lex = lex or frame_lexicon()
        self.ms = view.morphemes
        self.spans = [view.span_indices(v.start, v.end) for v in values]
        self.value_at = {}
        for k, (first, last) in enumerate(self.spans):
            for i in range(first, last + 1):
                self.value_at[i] = k
        # morpheme ranges of the frames of figures (set by frames_of): a time right
        # before one of them is its period, not a fact of its own
        self.measured: list[tuple[int, int]] = []

    def figure_frames(self, indices: list[int]) -> dict[int, FoundFrame]:
        """Frames of the figures (not times) with these indices; their words become
        what a date right before them is the period of."""
        out: dict[int, FoundFrame] = {}
        for k in indices:
            if self.values[k].kind != "time":
                found = self.find(k)
                if found is not None:
                    out[k] = found
                    self.measured.append((found.first, found.last))
        return out

    def time_frames(self, indices: list[int]) -> dict[int, FoundFrame]:
        """Frames of the times with these indices (after ``figure_frames``)."""
        out: dict[int, FoundFrame] = {}
        for k in indices:
            if self.values[k].kind == "time":
                found = self.find(k)
                if found is not None:
                    out[k] = found
        return out

    def frames_of(self, indices: list[int]) -> dict[int, FoundFrame]:
        """Frames of the values with these indices: figures first, then times."""
        return {**self.figure_frames(indices), **self.time_frames(indices)}

    # ------------------------------------------------------------------ public

    def find(self, k: int) -> FoundFrame | None:
        value = self.values[k]
        first, last = self.spans[k]
        clause = clause_of(self.clauses, first)
        if value.kind == "time":
            found = self._time_frame(k, first, last, clause)
            if found is None:
                return None
            entity, via = self._entity(k, first, found, None, clause)
            return found._replace(entity=entity, entity_via=via)
        if self._not_a_fact(k) is not None:
            return None
        if value.kind == "score":
            found = self._score(k, first)
            game = self._numbered_game(first, clause)
            if game:  # `6차전에서 83-79로`, `1차전을 3-1(25-21 …)로`: the score of that game
                found = found._replace(key=game + found.key, text=f"{game} {found.text}")
            entity, via = self._entity(k, first, found, None, clause)
            return found._replace(entity=entity, entity_via=via)
        named = self._paren_after_name(k) or self._class_of_name(k) or self._record_of_day(k)
        if named is not None:
            return named
        typed = self._typed_count(k, last)
        if typed is not None:
            return typed  # `▲84㎡A 428가구`: the count of that type
        model = self._model_price(k, last)
        if model is not None:
            return model  # `▲1TB 349만원`, `1TB 모델은 394만 원`: that model's price
        group = self._age_group_before(k)
        if group is not None:  # `30대가 27.9%`: that age group's share
            label = self.values[group].text + SHARE_NOUN
            return FoundFrame(canonical_key(label, self.lex), label, "unit", self.spans[group][0], last)
        if value.unit == ORDINAL_UNIT:
            ranked = self._ordinal(first, last)  # `두 번째로 높은 투표율`: what is ranked
            if ranked is not None:
                entity, via = self._entity(k, first, ranked, None, clause)
                return ranked._replace(entity=entity, entity_via=via)
        item, words = self._left(first, value)
        found = self._unit(value, first, last)  # `시즌 78승`: the counter names the measure
        if found is not None and words is not None and found.how == "unit" and value.unit in self.lex.labelled_units:
            # `찬성 16표, 반대 8표, 기권 3표`: the word before a count of votes says whose
            found = FoundFrame(words.key + found.key, f"{words.text} {found.text}", "unit", words.first, found.last)
        if found is None or (words is not None and value.unit in self.lex.category_units):
            found = words  # `경비함정 11척`: a noun before a counter of a category names it more closely
            if found is not None and value.unit == "명":
                found = self._taking_part(found, last, clause)
        elif found.how == "unit" and value.unit in self.lex.category_units and not self._modifies_a_noun(last):
            # `올해 수주한 LNG운반선은 23척`: the topic names what a category's counter counts
            # (not one after which the count modifies a noun of its own, `약 52만 가구의 사용량`,
            # or is the size of the topic, `단지는 모두 1천284가구 규모다`)
            found = self._topic(first, last, clause, listed=item is not None) or found
        if found is not None and found.how == "left" and value.kind != "number":
            change = amount_change(self.ms, last, self.lex)
            if change is not None:
                # `사업 예산 4억1,600만원을 삭감했다`: the amount cut from the noun, no level of it
                found = found._replace(key=found.key + change)
        if found is None and value.kind != "number":
            found = self._change(first, last, clause)  # `관광객은 1만2천명 늘었다`: a change, not a level
        if found is None and value.kind not in ("number", "percent"):
            found = self._change_with_its_rate(k, last)  # `본예산보다 527억원, 7.6% 늘어난`
        if found is None and value.kind == "percent":
            found = self._shared_change(k, first, last, clause)  # `매출은 12.6%, 영업이익은 29.4% 늘었다`
        if found is None and value.kind == "money":
            found = self._price(last, clause)  # `18억2천만원에 손바뀜됐다`: the price of a sale
        if found is None and value.kind == "duration":
            found = self._head_of_clause(last)  # `열흘간 이어진 파업`: what lasted is the noun the clause modifies
        if found is None:
            found = (self._genitive(last) or self._copula_after(last) or self._right(last)
                     or self._topic(first, last, clause, listed=item is not None))
        if found is None and value.kind != "number":
            found = self._reached_noun(last)  # `85%에 이르렀던 찬성률`: the noun the level is of
        if found is None and value.kind == "quantity":
            found = self._described_by_verb(first, clause)  # `자주포 6문이 쏜 18발`: the rounds fired
        if found is None and (value.kind != "number" or self._named_topic(first, clause)):
            found = self._predicate(first, last, clause)  # `코스피는 … 3,184.27에 장을 마쳤다`
        if found is None and value.kind != "number":
            found = self._item_label(first)  # `▲롱레인지: 배터리 84.5kWh, …, 5천340만원`
        if found is None and value.unit == COMPETITION:
            # `소형인 59㎡는 45.6대 1이었다`: a ratio to one is a competition ratio
            found = FoundFrame(canonical_key(COMPETITION_NOUN, self.lex), COMPETITION_NOUN, "unit", first, last)
        if found is None:
            return None
        if value.kind in ("quantity", "money") and not self.is_change_key(found.key) and self._added(last):
            # `사례는 1명이 추가로 확인돼 4명으로 늘었다`: the one more found, a change, no level
            found = found._replace(key=found.key + canonical_key(ADDED_CHANGE, self.lex))
        found = self._of_a_class(found)
        if found.how == "unit" and found.key == canonical_key(value.unit or "", self.lex) and self._part_of_a_counted_whole(k, first):
            # `전체 1천284가구 가운데 1천237가구가 계약을 마쳐`: a part of the count before it
            found = found._replace(key=found.key + PART_KEY)
        entity, via = self._entity(k, first, found, item, clause)
        return FoundFrame(found.key, found.text, found.how, found.first, found.last, entity, via)

    # ------------------------------------------------------------------ patterns

    def _ordinal(self, first: int, last: int) -> FoundFrame | None:
        """What a place in an order told as a predicate ranks: the noun an adjective after
        it modifies (`두 번째로 높은 투표율이다`), the subject of that adjective (`세 번째로
        오름폭이 컸다`), else the topic of its sentence, past the set it is ranked among and
        the figure the topic is set to (`투표율은 41.3%로 … 4곳 가운데 세 번째였다`, `첫날
        상승률은 … 종목 가운데 세 번째로 높다`). The set (`4곳 가운데`) and the adjective
        (`많다`) say among what and by what, not what: they were the frame before."""
        ms = self.ms
        i = last + 1
        if i + 1 < len(ms) and ms[i].tag == "JKB" and ms[i].form in ("로", "으로"):
            i += 1
            if i + 2 < len(ms) and ms[i].tag == "NNG" and ms[i + 1].tag == "JKS" and ms[i + 2].tag == "VA":
                return self._frame_of_run(i, i, "topic")  # `세 번째로 오름폭이 컸다`
            if ms[i].tag != "VA":
                return None
            start = self._modified_noun(i, ("EP",))
            j = i + 1
            glued = (start is None and j + 2 < len(ms) and ms[j].tag == "ETM" and ms[j + 1].tag == "NNB"
                     and ms[j + 2].tag == "NNG" and ms[j + 1].end == ms[j + 2].start)
            if glued:
                start = j + 1  # `많은 일강수량`: 일/NNB 강수량, one word
            if start is not None:
                end = self._word_end(start)
                found = self._frame_of_run(start, end, "right")
                if found is not None and glued:
                    text = self._text(start, end)
                    found = FoundFrame(canonical_key(text, self.lex), text, "right", start, end)
                if found is not None:
                    return found  # `두 번째로 많은 일강수량`; `… 많은 수준`: the topic's
            elif not any(ms[e].tag in ("EF", "EC") for e in range(i + 1, min(i + 4, len(ms)))):
                return None  # (`두 번째로 많다`, `두 번째로 높았고`: the adjective ends its clause)
        elif not (i < len(ms) and ms[i].tag == "VCP"):
            return None
        return self._ranked_topic(first)

    def _ranked_topic(self, first: int) -> FoundFrame | None:
        """The nearest topic or subject (`은/는`, `이/가` after a noun) before a ranked place
        in its sentence (past a clause of when, `관측을 시작한 이래`); a set it is ranked
        among (`가운데서는`) is none, and a name there (`한국이 세계 네 번째`) says who is
        ranked, not by what: no frame."""
        ms = self.ms
        for i in range(first - 1, 0, -1):
            m = ms[i]
            if m.tag in ("EF", "SF"):
                return None
            subject = m.tag == "JKS" and m.form in ("이", "가")
            if not (subject or m.tag == "JX" and m.form in ("은", "는")) or ms[i - 1].end != m.start or ms[i - 1].tag not in _NOUN_TAGS:
                continue
            if subject and any(ms[j].tag == "ETM" for j in range(i + 1, first)):
                continue  # `재보궐선거가 열린 4곳 가운데`: the subject of a clause that modifies the set
            run = self._run_before(i - 1)
            if run is None or ms[run[1]].form in _AMONG or self._text(*run) in self.lex.agent_nouns:
                return None
            return self._frame_of_run(*run, "topic")
        return None

    def _word_end(self, i: int) -> int:
        """The last morpheme of the common noun written as one word from ``i`` (`투표율`:
        투표/NNG 율/XSN; `일강수량`: 일/NNB 강수량/NNG)."""
        ms = self.ms
        while i + 1 < len(ms) and ms[i + 1].tag in ("NNG", "XSN") and ms[i + 1].start == ms[i].end:
            i += 1
        return i

    def _run_before(self, end: int) -> tuple[int, int] | None:
        """The noun run ending at morpheme ``end`` (inclusive): at most MAX_FRAME_WORDS words.
        An abbreviation in parentheses after the run is passed over (`순이자마진(NIM)은`)."""
        ms = self.ms
        if end > 2 and _abbreviation_before(ms, end):
            end -= 3
        if end < 0 or ms[end].tag not in _NOUN_TAGS or end in self.value_at:
            return None
        if ms[end].tag == "NNB" and ms[end].form not in _PLACE_SUFFIXES:
            return None
        first, words = end, 1
        while first > 0:
            prev = ms[first - 1]
            if prev.tag not in _NOUN_TAGS or (first - 1) in self.value_at:
                break
            if prev.tag == "NNB" and prev.form not in _PLACE_SUFFIXES:
                break
            if prev.end != ms[first].start:
                if words >= MAX_FRAME_WORDS or prev.form in self.lex.between:
                    break
                words += 1
            first -= 1
        return first, end

    def _text(self, first: int, last: int) -> str:
        return self.view.slice(self.ms[first].start, self.ms[last].end)

    def _frame_of_run(self, first: int, last: int, how: str) -> FoundFrame | None:
        """The common-noun part of a run (names before it are kept as written)."""
        ms = self.ms
        while first < last and ms[first].form in self.lex.empty_nouns:
            first += 1  # `가운데 일반회계`, `이후 누적 다운로드`
        common = [i for i in range(first, last + 1) if ms[i].tag in _COMMON or self._measure_name(i)]
        if not common:
            return None
        start = common[0]
        # a name in the middle belongs to the frame (`다솜천 생태하천 복원`): keep from the first noun
        nouns = [i for i in range(first, last + 1) if ms[i].tag in ("NNG", "NNP", "SL", "XR")]
        start = min(start, nouns[0]) if nouns and ms[nouns[0]].tag != "NNP" else start
        text = self._text(start, last)
        key = canonical_key(text, self.lex)
        if not key or key in self.lex.empty_nouns or all(ms[i].form in self.lex.empty_nouns for i in common):
            return None
        return FoundFrame(key, text, how, start, last)

    def _glossed_noun(self, end: int) -> int | None:
        """The noun right before a parenthesis of words closing at ``end`` (`합계출산율(여성
        1명이 평생 낳을 것으로 예상되는 아이 수)`): what the parenthesis explains; None when
        ``end`` closes none or holds no words (a figure alone is a gloss of a figure)."""
        ms = self.ms
        if ms[end].form != ")":
            return None
        for p in range(end - 1, max(end - 25, 0), -1):
            if ms[p].form in ("(", ")"):
                if ms[p].form == ")" or ms[p - 1].end != ms[p].start or ms[p - 1].tag not in _NOUN_TAGS:
                    return None
                if not any(ms[q].tag in ("NNG", "VV", "VA") for q in range(p + 1, end)):
                    return None
                return p - 1
        return None

    def _measure_name(self, i: int) -> bool:
        """A long word the analyzer took for a name that ends as a measure's noun does
        (`합계출산율은 0.89명으로`; data/frames.yaml ``measure_name_endings``)."""
        m = self.ms[i]
        return m.tag == "NNP" and is_measure_noun(m.form)

    def _left(self, first: int, value: Value) -> tuple[tuple[int, int] | None, FoundFrame | None]:
        """(item label span, frame) from the words right before the value (starting at
        morpheme ``first``)."""
        i = first - 1
        while i >= 0 and self.ms[i].form in self.lex.between and self.ms[i].tag in ("MAG", "MM", "NNG", "XPN", "NNB"):
            i -= 1
        if i > 0 and self.ms[i].form == ":" and self.ms[i].tag == "SP":
            i -= 1  # `▲무게: 약 100㎏`: a label and its value in a list of specifications
        elif i > 1 and self.ms[i].tag == "ETM" and self.ms[i].form in ("ㄴ", "인") and self.ms[i - 1].tag == "VCP":
            i -= 2  # `손익분기점인 약 280만명`, `과반인 51.3%`: the noun the value is
        elif i > 0 and self.ms[i].tag == "JKG" and value.kind == "percent":
            i -= 1  # `투표자의 91.2%`: a share of what the genitive names
        elif (i > 0 and self.ms[i].form == "(" and self.ms[i - 1].end == self.ms[i].start
              and value.kind in ("money", "quantity") and self._alone_in_brackets(value)):
            # `가장 저렴한 기본형(98만9천원)은`, `평년 장마철 강수량(378.3㎜)의`: an amount of
            # money or a measure all a bracket glued to a noun holds is that noun's
            i -= 1
        if 0 <= i < len(self.ms) and self.ms[i].tag == "MAG" and self.ms[i].form in self.lex.dimension_adverbs:
            # `높이 2천140m로 솟은`: the analyzer's adverb (`highly`) before a measure is its noun
            return None, FoundFrame(canonical_key(self.ms[i].form, self.lex), self.ms[i].form, "left", i, i)
        run = self._run_before(i)
        if run is None:
            return None, None
        a, b = run
        ms = self.ms
        if value.kind == "quantity" and self._counted_noun(a, b, value):
            return None, None  # `9개 학교 412명`: the schools are what the 9 counts, the 412 is the topic's
        named = any(m.start <= ms[a].start and ms[b].end <= m.end and m.type != "person" for m in self.mentions)
        if named or all(ms[j].tag in ("NNP", "NNB", "SL") for j in range(a, b + 1)):
            return run, None  # `솔내군 570㏊`, `가람시 287.5㎜`: the item, not what is measured
        frame = self._frame_of_run(a, b, "left")
        names = [j for j in range(a, b + 1) if ms[j].tag == "NNP"]
        item = (a, names[-1]) if names and frame is not None and names[-1] < frame.first else None
        return item, frame

    def _counted_noun(self, a: int, b: int, value: Value) -> bool:
        """The one word ``a``..``b`` before a count is what another count right before it
        counts, in another unit (`9개 학교 412명`, `3개 단지 1천200가구`): the word says
        where the figure was counted, and the figure is of the clause's topic (`환자는`)."""
        ms = self.ms
        o = self.value_at.get(a - 1)
        if o is None or ms[a - 1].end == ms[a].start:
            return False
        if any(ms[j].end != ms[j + 1].start for j in range(a, b)):
            return False  # `9개 학교 학생 412명`: the words after the counted noun name the figure
        other = self.values[o]
        # (`1종 지역 1천214명`: a class's number names the class, it counts nothing)
        return other.kind == "quantity" and other.unit not in (None, value.unit) and other.unit not in self.lex.class_counters

    def _alone_in_brackets(self, value: Value) -> bool:
        """The value is all its bracket holds (`(1,180t)`, `(98만9천원)`, `(11월 9일)`)."""
        return self.view.char(value.start - 1) == "(" and self.view.char(value.end) == ")"

    def _taking_part(self, found: FoundFrame, last: int, clause: int) -> FoundFrame:
        """`유권자 7만5천 명 가량이 투표에 참여했다`: the people who took part, not all the
        noun's people (data/frames.yaml ``subset_verbs``): the verb joins the frame."""
        ms = self.ms
        i = last + 1
        while i < len(ms) and ms[i].form in self.lex.measure_words:
            i += 1
        if i >= len(ms) or not (ms[i].tag == "JKS" or ms[i].form in _LIST_AND and ms[i].tag in ("JC", "NNB")):
            return found  # (`연구원 42명과 승조원 31명 등 모두 73명이 참여했다`: listed, they all took part)
        end = min(len(ms) - 1, self.clauses[clause].last)
        for j in range(i + 1, end + 1):
            m = ms[j]
            if m.tag in ("VV", "VA") or (m.tag == "NNG" and j + 1 < len(ms) and ms[j + 1].tag == "XSV"):
                lemma = form_key(m.form)
                if lemma not in self.lex.subset_verbs:
                    return found
                verb = canonical_key(lemma, self.lex)
                return FoundFrame(found.key + verb, f"{found.text} {verb}", found.how, found.first, found.last)
        return found

    def _item_label(self, first: int) -> FoundFrame | None:
        """The label of the ▲ item a figure is in (`▲롱레인지: 배터리 84.5kWh, 1회 충전
        주행거리 512㎞, 5천340만원`): a figure no word of its own names is the labelled
        thing's (its price)."""
        marks = item_marks(self.view)
        if not marks:
            return None
        lo = list_item(marks, first, first, 0, len(self.ms) - 1)[0]
        if lo not in marks:
            return None
        for j in range(lo + 2, min(first, lo + 1 + MAX_LABEL_MORPHEMES)):
            if self.ms[j].form == ":":
                if any(i in self.value_at for i in range(lo + 1, j)):
                    return None
                return self._frame_of_run(lo + 1, j - 1, "label")
        return None

    def _since(self, last: int) -> int:
        """The morpheme after a span of time's `만` (`11년 만의 우승`, `16일 만이다`: the time
        since something until what the span measures), else the one right after the value."""
        i = last + 1
        if (i < len(self.ms) and self.ms[i].form == "만" and self.ms[i].tag == "NNB"
                and self.values[self.value_at[last]].kind == "duration"):
            return i + 1
        return i

    def _genitive(self, last: int) -> FoundFrame | None:
        ms = self.ms
        i = self._since(last)
        while i < len(ms) and (ms[i].form in self.lex.measure_words or ms[i].tag in ("SS", "SSO", "SSC")):
            i = self._past_conversion(i) + 1
        glued = i < len(ms) and ms[i].form == "의" and ms[i].start == ms[i - 1].end
        if i < len(ms) and (ms[i].tag == "JKG" or glued):
            i += 1  # (the analyzer may tag a 의 glued to a unit sign as a noun: `228.5㎜의 비`)
        elif not (i > last + 1 and i < len(ms) and ms[i - 1].form in self.lex.bare_measure_words
                  and ms[i].start > ms[i - 1].end and ms[i].tag in ("NNG", "XPN")):
            return None  # `9조8,460억원 규모 예산안`: 규모 measures the noun after it without 의
        while i < len(ms) and (i in self.value_at or ms[i].tag == "MM"):
            i += 1  # `… 규모의 2027년도 예산안`: the year dates the noun
        if i + 2 < len(ms) and ms[i].form == "제" and ms[i].tag == "XPN" and ms[i + 1].tag == "SN" and ms[i + 2].tag == "NNB":
            i += 3  # `규모의 제1회 추가경정예산안`: which one of a series, not what is measured
        if i + 1 < len(ms) and ms[i].tag == "VA" and ms[i + 1].tag == "ETM":
            i += 2  # `2시간 18분의 긴 상영시간`: an adjective before the noun
        j = i
        while (j + 1 < len(ms) and ms[j + 1].tag in _NOUN_TAGS and (j + 1) not in self.value_at and j + 1 - i < 4
               and ms[j + 1].form not in self.lex.empty_nouns):
            j += 1  # (`… 규모 예산안 가운데 612억원`: the noun, not the part of it that follows)
        if i >= len(ms) or ms[i].tag not in _NOUN_TAGS:
            return None
        found = self._frame_of_run(i, j, "genitive")
        if found is None and ms[i - 1].tag == "JKG" and ms[i - 2].form in self.lex.bare_measure_words:
            # `540만달러 상당의 비트코인을`: the worth of a thing the analyzer took for a name
            names = [n for n in range(i, j + 1) if ms[n].tag == "NNP"]
            if names and names[-1] == j:
                text = self._text(i, j)
                found = FoundFrame(canonical_key(text, self.lex), text, "genitive", i, j)
        return found

    def _past_conversion(self, i: int) -> int:
        """The `)` of a parenthesis at ``i`` that holds only a figure (`450만달러(약 65억원)
        상당의`, `5억달러(약 6천500억원) 규모의`): the same amount in another unit, no word
        between the figure and what it measures; else ``i``."""
        ms = self.ms
        if ms[i].form != "(":
            return i
        numbers = 0
        for j in range(i + 1, min(len(ms), i + 10)):
            m = ms[j]
            if m.form == ")":
                return j if numbers else i
            if m.tag == "SN":
                numbers += 1
            elif not (m.tag in ("NR", "NNB", "MM", "SC") or m.form in self.lex.measure_words):
                return i
        return i

    def _topic(self, first: int, last: int, clause: int, listed: bool = False) -> FoundFrame | None:
        """The topic or subject before the value in its clause, or the object set to it.
        A time in between dates the figure and does not stop the search (`기온은 이날 오후
        3시 24분 39.6도까지 올랐다`); nor does another item of the same list (`강수량은
        산월산 612㎜, 가람시 287.5㎜`) when the value is one."""
        ms = self.ms
        c = self.clauses[clause]
        after = self._since(last)
        since = after > last + 1  # `… 제출한 지 16일 만이다`: the clause of `지` tells since when
        since_clause = False
        while after < len(ms) and ms[after].form in self.lex.measure_words:
            after += 1
        set_to = after < len(ms) and ms[after].tag == "JKB" and ms[after].form in ("로", "으로")
        # the verb of a change that leads to the figure (`12.4원 오른 1,478.6원`) is no predicate of its own
        passed = {
            j for o in range(len(self.values)) if self._changes_the_next(o)
            for j in range(self.spans[o][1] + 1, self.spans[o][1] + 4) if j < first
        }
        # `추경은 원안 규모 그대로인 총 7천351억 원이다`: a clause that describes the figure
        # itself, right before it, is no predicate of the topic's (the figure is: its copula
        # or the level it is set to follows it); only a topic (은/는) reaches over it
        relative = self._describes_the_figure(first) if set_to or (after < len(ms) and ms[after].tag == "VCP") else None
        for i in range(first - 1, c.first, -1):
            if i in passed:
                continue
            if relative is not None and i >= relative:
                continue
            if i in self.value_at:
                other = self.value_at[i]
                if self._changed_from(other) or self._base(other):
                    continue  # `벌금도 1심의 5억원에서 3억원으로`, `지난해보다`: the change's own topic
                if self.values[other].kind == "time":
                    continue  # the time the figure holds at
                if self._qualifies(other):
                    continue  # `표본오차는 95% 신뢰수준에서 ±3.1%포인트다`
                if self._changes_the_next(other):
                    continue  # `12.4원 오른 1,478.6원`: the change that led to the figure
                if listed and self._left(self.spans[other][0], self.values[other])[0] is not None:
                    continue  # an earlier item of the same list
                if self._earlier_item(other, first):
                    continue  # `투표율은 오후 1시 26.3%, 오후 3시 37.2%`: an item of the same list
                if self.values[self.value_at[first]].kind == "quantity" and self._counts_the_item(other, first):
                    continue  # `환자는 9개 학교 412명으로`: the count of the place the figure was counted in
                return None  # another value stands between: the topic is that one's
            m = ms[i]
            if since and m.form == "지" and m.tag == "NNB" and ms[i - 1].tag == "ETM":
                since_clause = True  # `국회 통과는 정부가 추경안을 제출한 지 16일 만이다`: only a topic reaches past it
                continue
            if since_clause and not (m.tag == "JX" and m.form in ("은", "는")):
                continue
            if relative is not None and m.tag != "JX" and (m.tag == "JKS" or m.tag.startswith(("V", "E"))):
                return None  # the describing clause has a subject or a verb of its own before it
            if m.tag in ("JX", "JKS") and m.form in _TOPIC_PARTICLES or (set_to and m.tag == "JKO" and m.form in _OBJECT_PARTICLES):
                prev = ms[i - 1] if i > 0 else None
                head = i - 1
                if prev is not None and prev.end == m.start and i > 4 and _abbreviation_before(ms, i - 1):
                    prev = ms[i - 4]  # `순이자마진(NIM)은`: the noun the abbreviation glosses
                elif prev is not None and prev.end == m.start and (glossed := self._glossed_noun(i - 1)) is not None:
                    # `합계출산율(여성 1명이 … 아이 수)은 0.86명으로`: the noun a gloss explains
                    head = glossed
                    prev = ms[head]
                elif prev is None or prev.end != m.start or prev.tag not in _NOUN_TAGS:
                    continue  # `경기장에는`: a place, not what is measured
                if prev.tag not in _NOUN_TAGS:
                    continue
                run = self._run_before(head)
                if run is None:
                    return None
                if self._text(*run) in self.lex.agent_nouns and not (
                        (set_to or after < len(ms) and ms[after].tag == "VCP")
                        and self.values[self.value_at[first]].unit in self.lex.body_counters):
                    # `시는 …`: who acts, not what is measured; unless the figure, set to it,
                    # counts such bodies (`김치를 받은 학교는 모두 17곳이다`)
                    return None
                found = self._frame_of_run(*run, "topic" if m.tag != "JKO" else "object")
                if found is not None:
                    return found
                return None
            if m.tag.startswith("V") or m.tag in ("EF", "ETM"):
                return None
        return None

    def _counts_the_item(self, other: int, first: int) -> bool:
        """Value ``other`` counts the one word right before the figure at ``first``
        (``_counted_noun``)."""
        run = self._run_before(first - 1)
        return run is not None and self.spans[other][1] == run[0] - 1 and self._counted_noun(
            run[0], run[1], self.values[self.value_at[first]])

    def _describes_the_figure(self, first: int) -> int | None:
        """The first morpheme of a copula's adnominal clause right before the value, as in
        `원안 규모 그대로인 총 7천351억 원`, `사상 최대인 3조원` (a determiner such as
        `총` may stand between); None when the value has none. The clause is a noun or an
        adverb and the copula (`그대로인`, `최대인`): a verb's clause (`늘어난 1천억원`) is a
        change, read by the change rules."""
        ms = self.ms
        i = first - 1
        if i > 0 and ms[i].tag == "MM":
            i -= 1
        if i < 2 or ms[i].tag != "ETM" or ms[i - 1].tag != "VCP":
            return None
        j = i - 2
        if ms[j].tag not in _NOUN_TAGS and ms[j].tag != "MAG":
            return None
        while j - 1 >= 0 and ms[j - 1].tag in _NOUN_TAGS and (j - 1) not in self.value_at:
            j -= 1
        return j

    def _earlier_item(self, other: int, first: int) -> bool:
        """The value ``other`` is an earlier item of the list the value at ``first`` is in:
        of the same kind and unit, a comma right after it, and the value's item in between
        no longer than a label (a time or a name of at most three words)."""
        ms = self.ms
        mine = self.values[self.value_at[first]]
        if mine.kind == "time":
            return False
        k = other
        while k < len(self.values) and self.spans[k][0] < first:
            # each item from ``other`` on: the same kind and unit, a comma, a label, the next
            nxt = next((j for j in range(k + 1, len(self.values)) if self.values[j].kind != "time"), None)
            if nxt is None or self.values[k].kind != mine.kind or self.values[k].unit != mine.unit:
                return False
            o_last = self.spans[k][1]
            if o_last + 1 >= len(ms) or ms[o_last + 1].form != ",":
                return False
            label = [i for i in range(o_last + 2, self.spans[nxt][0]) if i not in self.value_at]
            if len(label) > 3 or not all(ms[i].tag in _NOUN_TAGS for i in label):
                return False
            k = nxt
        return k < len(self.values) and self.spans[k][0] == first

    def _changes_the_next(self, k: int) -> bool:
        """`12.4원 오른 1,478.6원`: a value followed by a change verb in an adnominal form
        modifies the figure after it."""
        ms = self.ms
        i = self.spans[k][1] + 1
        if i + 1 >= len(ms) or ms[i].tag not in ("VV", "VA"):
            return False
        j = i + 1
        while j < len(ms) and ms[j].tag == "EP":
            j += 1
        if j >= len(ms) or ms[j].tag != "ETM":
            return False
        key = canonical_key(form_key(ms[i].form), self.lex)
        return self.is_change_key(key)

    def _copula_after(self, last: int) -> FoundFrame | None:
        """`2천184명이던 누적 온열질환자`, `3천명인 정원`, `1,420개였던 스크린`: the value is
        what the noun after its adnominal copula is (as a genitive says it: `2만3750명의
        관중`). A determiner glued to the noun is the analyzer's cut of it (`73건이던 동파
        신고`: 동/MM 파/NNG)."""
        ms = self.ms
        i = last + 1
        if i + 1 >= len(ms) or ms[i].tag != "VCP" or ms[i].start != ms[last].end:
            return None
        i += 1
        if ms[i].tag == "EP" and i + 1 < len(ms):
            i += 1  # `였던`, `이었던`
        if ms[i].tag != "ETM":
            return None
        i += 1
        if i + 1 < len(ms) and ms[i].tag == "MM" and ms[i + 1].tag == "NNG" and ms[i].end == ms[i + 1].start:
            i += 1
        j = i
        while j + 1 < len(ms) and ms[j + 1].tag in _NOUN_TAGS and (j + 1) not in self.value_at and j + 1 - i < 4:
            j += 1
        if i >= len(ms) or ms[i].tag not in ("NNG",) or i in self.value_at:
            return None
        return self._frame_of_run(i, j, "genitive")

    def _right(self, last: int) -> FoundFrame | None:
        """`12일째 열대야`, `6.9인치 화면`: a common noun written right after the value."""
        ms = self.ms
        i = last + 1
        kind = self.values[self.value_at[last]].kind
        if kind == "duration" and i < len(ms) and ms[i].start == ms[last].end:
            # `12일째 열대야`, `2주일간의 파업`: a running span measures the noun after it
            # (`5년간 설비에`: not a noun `간` leaves in an adverbial)
            if ms[i].form == "째":
                last, i = i, i + 1
            elif ms[i].form == "간" and i + 1 < len(ms) and ms[i + 1].tag == "JKG" and ms[i + 1].start == ms[i].end:
                last, i = i + 1, i + 2
        elif kind == "duration" and i + 1 < len(ms) and ms[i].form == _DURING and ms[i].tag in ("NNG", "NNB"):
            # `4일 동안 전면파업을 벌였다`, `사흘 동안 파업에 들어갔다`: the span the object or goal
            # after it lasted (`3년 동안 전국 현장에서`: a place, no noun the span measures)
            j = i + 1
            while j + 1 < len(ms) and ms[j + 1].tag in ("NNG", "XSN"):
                j += 1
            if not (j + 1 < len(ms) and (ms[j + 1].tag == "JKO" or ms[j + 1].tag == "JKB" and ms[j + 1].form == "에")):
                return None
            last, i = i, i + 1
        if i >= len(ms) or ms[i].tag != "NNG" or ms[i].start == ms[last].end or i in self.value_at:
            return None
        j = self._word_end(i)
        if j + 1 < len(ms) and ms[j + 1].tag in ("JKG", "XSN"):
            return None
        return self._frame_of_run(i, j, "right")

    def _head_of_clause(self, last: int) -> FoundFrame | None:
        """`열흘간 이어진 파업`, `열흘간 가람을 달군 체육대회`: a span in a relative clause
        (its verb, at most one argument before it) measures the noun the clause modifies."""
        ms = self.ms
        i = last + 1
        while i < len(ms) and ms[i].start == ms[i - 1].end and ms[i].tag in ("XSN", "NNB") and ms[i].form in ("간", "째", "동안"):
            i += 1
        if i + 1 < len(ms) and ms[i].tag in _NOUN_TAGS and ms[i + 1].tag in ("JKO", "JKB"):
            i += 2  # `가람을`: the verb's argument
        if i + 1 < len(ms) and ms[i].tag == "NNG" and ms[i + 1].tag in ("XSV", "XSA"):
            i += 1  # `계속된`
        elif i >= len(ms) or ms[i].tag != "VV":
            return None
        start = self._modified_noun(i, ("EP", "VX", "XSV"))
        if start is None:
            return None
        end = start
        while end + 1 < len(ms) and ms[end + 1].tag in ("NNG", "NNP", "XSN") and ms[end + 1].start == ms[end].end:
            end += 1  # the head noun as written (`파업 끝에`: the strike, not its end)
        if any(m.start < ms[end].end and ms[start].start < m.end for m in self.mentions):
            # a name (`2026 한빛 청소년체육대회`): the phrase goes on to its common noun
            while end + 1 < len(ms) and ms[end + 1].tag in ("NNG", "NNP", "XSN") and end + 1 - start < 5:
                end += 1
        return self._frame_of_run(start, end, "right")

    def _reached_noun(self, last: int) -> FoundFrame | None:
        """`85%에 이르렀던 찬성률`, `1만명을 넘은 관중`: a figure reached by a verb of level
        (data/frames.yaml ``empty_predicates``) in a relative clause is the level of the
        noun the clause modifies."""
        ms = self.ms
        i = last + 1
        if not (i + 1 < len(ms) and (ms[i].tag in ("JKB", "JKO") or ms[i].form == "까지")):
            return None
        to = ms[i].form == "까지" or ms[i].tag == "JKB" and ms[i].form in ("로", "으로")
        i += 1
        level = ms[i].tag == "VV" and form_key(ms[i].form) in self.lex.empty_predicates
        # `381명까지 늘었던 일시대피 인원`, `1만명으로 늘어난 관중`: the level a change came to
        # (without `까지` or `로` the figure is the change, `100명 늘어난 관중`)
        changed_to = to and ms[i].tag == "VV" and canonical_key(form_key(ms[i].form), self.lex) in self.lex.change_keys
        if not (level or changed_to):
            return None
        start = self._modified_noun(i, ("EP", "VX", "XSV"))
        if start is None:
            return None
        return self._frame_of_run(start, self._word_end(start), "right")

    def _past_stage_number(self, i: int) -> int:
        """Past a numbered stage right after a time (`1단계`, `2차`) when a noun follows it:
        the stage says which one of the event the time dates."""
        k = self.value_at.get(i)
        ms = self.ms
        if k is None and i + 2 < len(ms) and ms[i].tag == "SN" and ms[i + 1].form in _STAGE_UNITS and ms[i + 2].tag == "NNG":
            return i + 2  # `1차 조정회의`: an ordinal the values stage leaves as no value
        if k is None and i + 1 < len(ms) and ms[i].form == "첫" and ms[i].tag == "MM" and ms[i + 1].tag == "NNG":
            return i + 1  # `지난달 28일 첫 조정회의에`
        if k is None or self.values[k].unit not in _STAGE_UNITS:
            return i
        _, last = self.spans[k]
        return last + 1 if last + 1 < len(self.ms) and self.ms[last + 1].tag == "NNG" else i

    def _past_from_when(self, i: int) -> int:
        """Past `…를 기해` at ``i`` (it only says from when the time counts), else ``i``;
        the analyzer reads `기해` as 기하 + 어 or as 기 + 하 + 어."""
        ms = self.ms
        if i >= len(ms) or ms[i].tag != "JKO":
            return i
        for forms in _FROM_WHEN:
            end = i + 1 + len(forms)
            if end < len(ms) and ms[end].tag == "EC" and tuple(form_key(m.form) for m in ms[i + 1 : end]) == forms:
                return end + 1
        return i

    def _past_range_end(self, k: int, i: int) -> int:
        """Past the end of a range whose start is the time at ``k`` (`지난달 24일부터 사고
        당일까지`, `3일부터 폭발 직전까지`: nouns then `까지`), else ``i``: an event named
        there is where the range stops, not what its start dates."""
        t = self.values[k].time
        if t is None or t.role != "since":
            return i
        ms = self.ms
        j = i
        while j < len(ms) and j < i + _RANGE_END_NOUNS and ms[j].tag in ("NNG", "NNB"):
            j += 1
        if j > i and j < len(ms) and ms[j].tag == "JX" and ms[j].form == "까지":
            return j + 1
        return i

    def _past_place(self, i: int) -> int:
        """Past a place phrase (`서울 가람동의 한 극장에서`, `미국 캘리포니아의 발사장에서`,
        `안방인 해울실내체육관에서`: a noun the place is, in its copula's adnominal form)
        starting at ``i``, when one ends in `에서` within ``PLACE_REACH`` morphemes of
        nouns, determiners and genitives; else ``i``."""
        ms = self.ms
        j = i
        while j < min(len(ms), i + PLACE_REACH):
            m = ms[j]
            if m.tag == "JKB" and m.form == "에서":
                return j + 1 if j > i else i
            if (m.tag == "VCP" and j > i and ms[j - 1].tag in ("NNG", "NNP") and j + 1 < len(ms)
                    and ms[j + 1].tag == "ETM" and ms[j + 1].form in ("ㄴ", "인")):
                j += 2  # `홈구장인 가람돔에서`
                continue
            if m.tag not in _PLACE_TAGS or j in self.value_at:
                return i
            j += 1
        return i

    def _past_object(self, i: int) -> int:
        """Past an object (`3호선을`, `한솔 도시철도 3호선을`) starting at ``i``: nouns,
        names and numbers within ``PLACE_REACH`` morphemes ending in `을/를`; else ``i``.
        (An object that is an event noun itself, `공시를 낸`, dates that event before this
        is asked.)"""
        ms = self.ms
        for j in range(i, min(len(ms), i + PLACE_REACH)):
            if ms[j].tag == "JKO":
                return j + 1 if j > i else i
            if ms[j].tag not in _OBJECT_TAGS or (j in self.value_at and self.values[self.value_at[j]].kind == "time"):
                return i
        return i

    def _modified_noun(self, verb: int, endings: tuple[str, ...]) -> int | None:
        """The first noun a verb in an adnominal form modifies (`이어진 파업`, `열린
        콘퍼런스콜`): past the verb's ``endings`` to its `-ㄴ/-는` (ETM), then past figures
        and determiners; None when the verb is not adnominal or no noun follows."""
        ms = self.ms
        j = verb + 1
        while j < len(ms) and ms[j].tag in endings:
            j += 1
        if j >= len(ms) or ms[j].tag != "ETM":
            return None
        start = j + 1
        while start < len(ms) and (start in self.value_at or ms[start].tag == "MM"):
            start += 1
        if start + 1 < len(ms) and ms[start].tag == "SL" and ms[start + 1].tag == "NNG" and ms[start].end == ms[start + 1].start - 1:
            return start  # `VIP 시사회`
        if start + 1 < len(ms) and ms[start].tag == "XPN" and ms[start].form == "제" and self._numbered_event(start + 1):
            start += 1  # `제2차 회의`
        if self._numbered_event(start):
            return start  # `2차전`, `3차 협상`
        return start if start < len(ms) and ms[start].tag in ("NNG", "NNP") else None

    def _numbered_event(self, i: int) -> bool:
        """A number at ``i`` with a counter of a numbered event right after it (data/frames.yaml
        ``ordinal_events``: `2차전`, `3차 협상`, `1라운드`)."""
        ms = self.ms
        return (i + 1 < len(ms) and ms[i].tag == "SN" and i not in self.value_at
                and ms[i + 1].tag in ("NNB", "NNG") and ms[i + 1].form in self.lex.ordinal_events
                and ms[i].end == ms[i + 1].start)

    def _paren_after_name(self, k: int) -> FoundFrame | None:
        """`은빛누리호(1,180t)`, `코스피(3,184.61)`: a figure in parentheses right after a
        name is that name's, measured in its unit."""
        value = self.values[k]
        if not value.unit or not self._alone_in_brackets(value):
            return None
        name = next((m for m in self.mentions if m.end == value.start - 1 and m.type != "person"), None)
        if name is None:
            return None
        first, last = self.spans[k]
        key = canonical_key(f"({value.unit})", self.lex)
        return FoundFrame(key, value.unit, "paren", first, last, name, "item")

    def _class_of_name(self, k: int) -> FoundFrame | None:
        """`1,810t급인 은빛누리호`, `5천t급의 경비함`: the size class of the name after it,
        in its unit, as `은빛누리호(1,180t)` gives it."""
        value = self.values[k]
        if not value.unit:
            return None
        ms = self.ms
        first, last = self.spans[k]
        i = last + 1
        if ms[last].form != "급":  # (the value holds its `급`: values/rules/bounds.yaml)
            if i >= len(ms) or ms[i].form != "급" or ms[i].start != ms[last].end:
                return None
            i += 1
        if i + 1 < len(ms) and ms[i].tag == "VCP" and ms[i + 1].tag == "ETM":
            i += 2  # `급인`
        elif i < len(ms) and ms[i].tag == "JKG":
            i += 1  # `급의`
        else:
            return None
        if i >= len(ms):
            return None
        name = next((m for m in self.mentions if m.start == ms[i].start and m.type != "person"), None)
        if name is None:
            return None
        return FoundFrame(canonical_key(f"({value.unit})", self.lex), value.unit, "paren", first, last, name, "item")

    def _base(self, k: int) -> bool:
        """The value is a comparison base (`지난해보다`, `전년 대비`, `종가(1,466.2원)보다`)."""
        nxt = self.spans[k][1] + 1
        while nxt < len(self.ms) and self.ms[nxt].tag in ("SSC", "SS"):
            nxt += 1
        return nxt < len(self.ms) and self.ms[nxt].form in BASE_WORDS

    def dated_base(self, k: int) -> int | None:
        """`전날 오전 9시(146명)보다`, `전날(15일 0시 기준 23명)보다`, `지난 14일 0시 기준
        171명에서 17명 늘었다`: a comparison base (or the start of a change) right after a
        report time is the same measure as the figure compared with it, held at that
        time: the index of the time, or None. Only a time of day or a time with a
        report-time word dates it (a day or a year alone names a period, `지난해(120명)`)."""
        value = self.values[k]
        if value.kind == "time" or not (self._base(k) or self.start_of_a_change(k)):
            return None
        ms = self.ms
        i = self.spans[k][0] - 1
        report_word = False
        for _ in range(3):
            if i < 0:
                return None
            if ms[i].tag in ("SSO", "SSC", "SS"):
                i -= 1
            elif ms[i].form in self.lex.report_time_words:
                report_word = True
                i -= 1
            else:
                break
        t = self.value_at.get(i)
        if t is None or self.values[t].kind != "time" or self.spans[t][1] != i:
            return None
        time = self.values[t].time
        if time is None or time.unresolved or time.role != "point":
            return None
        if not (report_word or time.grain in _CUT_OFF_TIME_GRAINS):
            return None
        return t

    def is_change_key(self, key: str) -> bool:
        """A frame of a change (`~부상자증가`), not of a level."""
        return is_change_key(key, self.lex)

    def start_of_a_change(self, k: int) -> bool:
        """`171명에서 17명 늘었다`, `1천420㏊에서 … 1천680㏊로`: the figure a change
        started from (``_changed_from``, or `에서` right before a figure of the same unit)."""
        if self._changed_from(k):
            return True
        nxt = self._from_at(k)
        if nxt is None:
            return False
        after = self.values[k + 1]
        return self.spans[k + 1][0] == nxt + 1 and after.kind == self.values[k].kind and after.unit == self.values[k].unit

    def _from_at(self, k: int) -> int | None:
        """The index of the `에서` right after figure ``k`` when another figure follows, else None."""
        nxt = self.spans[k][1] + 1
        if nxt < len(self.ms) and self.ms[nxt].tag == "JKB" and self.ms[nxt].form == "에서" and k + 1 < len(self.values):
            return nxt
        return None

    def _named_stage_before(self, k: int) -> bool:
        """A stage noun right before the figure names it (`잠정치 2조3천억원보다`): the
        base is a figure of its own, the one that stage gave."""
        first = self.spans[k][0]
        ms = self.ms
        i = first - 1
        if i >= 0 and ms[i].tag == "XSN":
            i -= 1  # `잠정` + `치`
        return i >= 0 and ms[i].tag in _NOUN_TAGS and ms[i].form in self.lex.stages and self.lex.stages[ms[i].form] in ("preliminary", "final")

    def _named_base(self, k: int) -> bool:
        """A noun right before the parenthesis a comparison base stands in names what it
        is (`지난해 제1회 추경(1,128억원)보다`): a figure of its own. A base named by a time
        alone (`지난해(120명)보다`), by a word inside its parenthesis (`전날(영하
        27.4도)보다`) or as the previous one (`전 거래일 종가(1,466.2원)보다`), and one with
        no parenthesis (`지난해 관객 15만8,920명보다`), is the figure compared with."""
        ms = self.ms
        i = self.spans[k][0] - 1
        if not (i > 0 and ms[i].form == "(" and ms[i - 1].end == ms[i].start):
            return False
        run = self._run_before(i - 1)
        if run is None or (run[0] > 0 and ms[run[0] - 1].form == "("):
            return False  # (`전날(영하 27.4도)보다`: a word inside the parenthesis)
        if ms[run[0]].form == _PREVIOUS or (run[0] > 0 and ms[run[0] - 1].form == _PREVIOUS):
            return False  # `전 거래일 종가(1,466.2원)보다`: the previous one, the period compared with
        return self._frame_of_run(*run, "left") is not None

    def _changed_from(self, k: int) -> bool:
        """The value is where a change started: `X에서 Y로` with Y the next value; a value
        of the same kind may stand a few words on (`41.2%에서 상장 후 34.5%로`)."""
        nxt = self._from_at(k)
        if nxt is None or nxt + 1 >= len(self.ms):
            return False
        after, end = self.spans[k + 1]
        if self.values[k + 1].kind != self.values[k].kind:
            return after == nxt + 1
        between = range(nxt + 1, after)
        return (len(between) <= CHANGE_GAP and not any(self.ms[i].tag in _CHANGE_BREAKS for i in between)
                and end + 1 < len(self.ms) and self.ms[end + 1].form in ("로", "으로"))

    def _modifies_a_noun(self, last: int) -> bool:
        """The value ending at morpheme ``last`` is followed by the genitive `의` or a word of
        measure (`규모`, `수준`: data/frames.yaml ``measure_words``)."""
        nxt = self.ms[last + 1] if last + 1 < len(self.ms) else None
        return nxt is not None and (nxt.tag == "JKG" or nxt.form in self.lex.measure_words)

    def _named_topic(self, first: int, clause: int) -> bool:
        c = self.clauses[clause]
        lo, hi = self.ms[c.first].start, self.ms[first].start
        return any(m.role in ("topic", "subject") and lo <= m.start < hi for m in self.mentions)

    def _unit(self, value: Value, first: int, last: int) -> FoundFrame | None:
        if value.unit and value.unit in self.lex.naming_units:
            if self._margin(value.unit, first, last):
                # `8천633표 차로 제쳤다`, `표차는 1만여 표`: the gap between two counts, not a count
                key = canonical_key(value.unit + MARGIN_NOUN, self.lex)
                return FoundFrame(key, value.unit + MARGIN_NOUN, "unit", first, last)
            return FoundFrame(canonical_key(value.unit, self.lex), value.unit, "unit", first, last)
        return None

    def _margin(self, unit: str, first: int, last: int) -> bool:
        """A count of a naming counter that is the gap between two: a margin word right
        after it (`8천633표 차로`, `3경기 차이다`) or as the topic right before it
        (`표차는 1만여 표`, `승차는 3경기`, `격차는 2골`)."""
        ms, margins = self.ms, self.lex.margin_words
        nxt = last + 1
        if nxt < len(ms) and ms[nxt].form == "(":  # `8천633표(11.63%포인트) 차로`
            while nxt < len(ms) and ms[nxt].form != ")":
                nxt += 1
            nxt += 1
        if nxt < len(ms) and ms[nxt].tag == "NNG" and ms[nxt].form in margins:
            return True
        i = first - 1
        if i < 1 or ms[i].tag not in ("JX", "JKS"):
            return False
        noun = ms[i - 1]
        if noun.tag != "NNG":
            return False
        if noun.form in margins or (noun.form.startswith(unit) and noun.form[len(unit):] in margins):
            return True  # `격차는`, `승차는` (one word)
        return noun.form in margins and i >= 2 and ms[i - 2].form == unit  # (`표`+`차`)

    def _change(self, first: int, last: int, clause: int) -> FoundFrame | None:
        """A value its predicate says rose or fell by is a change of its topic (a level
        and a change are two facts)."""
        found = self._predicate(first, last, clause)
        if found is None or not self.is_change_key(found.key):
            return None
        if self._to_level(last):
            return None  # `16기로 늘린다`, `15분으로 줄었다`: the level reached, not the change
        return found

    def _part_of_a_counted_whole(self, k: int, first: int) -> bool:
        """`1천284가구 가운데 1천237가구가`, `1,128가구 중 1,046가구`: a count of a category
        (data/frames.yaml ``category_units``: households, buildings, ships) right after a count
        of the same counter and `가운데` or `중` is a part of that whole. (Such a category's
        count told alone is mostly the whole, `총 1,284가구 규모`; a count of votes or people
        told alone is as often the part, `71표를 얻어`, so those are left as they are.)"""
        if k == 0:
            return False
        whole, value = self.values[k - 1], self.values[k]
        if whole.kind != "quantity" or whole.unit != value.unit or value.unit not in self.lex.category_units:
            return False
        between = self.spans[k - 1][1] + 1
        return between + 1 == first and self.ms[between].form in PART_OF

    def _change_with_its_rate(self, k: int, last: int) -> FoundFrame | None:
        """`올해 본예산보다 527억원, 7.6% 늘어난 역대 최대다`: an amount, a comma and at once
        the rate of a change is that change told twice, so the amount is a change too (of
        what the rate's predicate changed), not a level."""
        rate = self._rate_after_comma(k, last)
        if rate is None or rate[0] != last + 2:
            return None  # `매출은 12.6%, 영업이익은 29.4% 늘었다`: another item's rate
        return self._change(rate[0], rate[1], clause_of(self.clauses, rate[0]))

    def _rate_after_comma(self, k: int, last: int) -> tuple[int, int] | None:
        """The morpheme span of the next figure when a comma follows figure ``k`` (ending at
        ``last``) and that figure is a rate: the next item of a list, or the rate of the
        same change (``_shared_change``, ``_change_with_its_rate``)."""
        i = last + 1
        if k + 1 >= len(self.values) or i >= len(self.ms) or self.ms[i].form != "," or self.values[k + 1].kind != "percent":
            return None
        return self.spans[k + 1]

    def _shared_change(self, k: int, first: int, last: int, clause: int) -> FoundFrame | None:
        """`매출은 12.6%, 영업이익은 29.4% 늘었다`: a rate with its own topic, then a comma and
        the next item of the list, whose predicate says it changed, is a change of its topic
        too (the items share the one verb at the end)."""
        rate = self._rate_after_comma(k, last)
        if rate is None:
            return None
        ms, i = self.ms, last + 1
        n_first, n_last = rate
        j = i + 1
        while j < n_first and ms[j].tag in ("NNG", "NNP", "XSN", "JX", "JKS"):
            j += 1
        if j != n_first or n_first == i + 1:
            return None  # only a topic between the two items
        change = self._change(n_first, n_last, clause_of(self.clauses, n_first))
        topic = self._topic(first, last, clause)
        if change is None or topic is None or topic.how != "topic":
            return None
        key = next(c for c in self.lex.change_keys if change.key.endswith(c))
        return topic._replace(key=topic.key + key)

    def _to_level(self, last: int) -> bool:
        ms = self.ms
        i = last + 1
        while i < len(ms) and (ms[i].tag in ("SS", "SSO", "SSC") or i in self.value_at or ms[i].form in self.lex.measure_words):
            i += 1
        return i < len(ms) and ms[i].tag == "JKB" and ms[i].form in ("로", "으로")

    def _price(self, last: int, clause: int) -> FoundFrame | None:
        """An amount with `에` whose clause ends in a verb of sale or purchase is the
        price of that deal (`18억7천만원에 팔려`, `18억2천만원에 손바뀜됐다`, `18.5억 달러에
        … 지분을 사들인다`), whatever the clause's topic."""
        ms = self.ms
        i = last + 1
        while i < len(ms) and ms[i].form in self.lex.measure_words:
            i += 1
        if not (i < len(ms) and ms[i].tag == "JKB" and ms[i].form == "에"):
            return None
        end = self.clauses[clause].last if clause < len(self.clauses) else len(ms) - 1
        for j in range(i + 1, end + 1):
            m = ms[j]
            if m.form == "손" and j + 1 < len(ms) and form_key(ms[j + 1].form) == "바뀌":
                return FoundFrame(self.lex.price_key, "손바뀜", "price", j, j + 1)  # the analyser splits `손바뀜되다`
            if m.tag == "NNG" and m.form in self.lex.price_verbs and j + 1 < len(ms) and ms[j + 1].tag == "NNG":
                # `1조5천억원에 지분 매매 계약을 맺은`: the deal's noun before the contract it names
                return FoundFrame(self.lex.price_key, m.form, "price", j, j)
            if m.tag in ("VV", "VA") or (m.tag == "NNG" and j + 1 < len(ms) and ms[j + 1].tag == "XSV"):
                word = form_key(m.form) if m.tag != "NNG" else m.form
                if word in self.lex.price_verbs:
                    return FoundFrame(self.lex.price_key, m.form, "price", j, j)
                return None  # the first predicate of the clause is another verb
        return None

    def _predicate(self, first: int, last: int, clause: int) -> FoundFrame | None:
        ms = self.ms
        i = last + 1
        if i < len(ms) and ms[i].form == "째" and ms[i].tag == "XSN" and self.values[self.value_at[first]].kind == "duration":
            i += 1  # `7주째 1위를 지키고 있다`: how long the verb's state has held
        while i < len(ms) and (ms[i].tag in ("SS", "SSO", "SSC") or i in self.value_at):
            i += 1  # `2천550억원(6.4%) 늘어난`
        while i < len(ms) and ms[i].form in self.lex.measure_words:
            i += 1  # `15억8천만 달러 규모에 사들이기로`
        subject = i < len(ms) and ms[i].tag == "JKS"
        if i < len(ms) and (ms[i].tag in ("JKS", "JKO") or ms[i].tag == "JKB" and ms[i].form in ("로", "으로", "에")):
            i += 1  # `3억원으로 낮아졌다`, `18억7천만원에 팔려`
        elif i == last + 1 and i < len(ms) and ms[i].form == "가" and ms[i].tag == "VV" and ms[i].start == ms[last].end:
            return None  # `91.2%가`: the subject particle the analyzer read as the verb 가다
        if (subject and i + 2 < len(ms) and ms[i].tag == "NNG" and ms[i + 1].tag == "JKB" and ms[i + 1].form in ("로", "으로")
                and (ms[i + 2].tag == "VV" or ms[i + 2].tag == "NNG" and i + 3 < len(ms) and ms[i + 3].tag == "XSV")):
            i += 2  # `97편이 무더기로 결항됐다`: how or where to, before the subject's verb
        if subject:
            done = self._subject_did(first, i)
            if done is not None:
                return done  # `2만3천570명이 구장을 가득 메웠다`: what the counted did
        while i < len(ms) and (ms[i].tag == "MAG" or ms[i].form in self.lex.duration_words):
            i += 1  # `12개월 동안 주는`
            if i < len(ms) and ms[i].form == "에" and ms[i].tag == "JKB" and ms[i - 1].form in self.lex.duration_words:
                i += 1  # `1시간 반 만에 … 구조됐다`: the span up to the event the verb names
        if (i + 2 < len(ms) and self.values[self.value_at[first]].kind == "duration" and ms[i].tag == "NNG"
                and ms[i + 1].tag == "NNG" and ms[i + 2].tag in ("XSV", "XSA") and ms[i + 1].start > ms[i].end):
            i += 1  # `만에 전원 구조됐다`: the verbal noun, not the word before it
        if i >= len(ms):
            return None
        m = ms[i]
        if m.tag in ("VV", "VA"):
            lemma, end = form_key(m.form), i
        elif m.tag == "NNG" and i + 1 < len(ms) and ms[i + 1].tag in ("XSV", "XSA"):
            lemma, end = m.form, i
        else:
            return None
        if lemma in self.lex.empty_predicates:
            return None
        if lemma in self.lex.cost_verbs:
            purpose = self._purpose(first, clause)
            if purpose is not None:
                return purpose  # `위성 본체 제작에는 742억원이 들었다`: what it cost for
        verb = canonical_key(lemma, self.lex)
        if lemma in _COMPARATIVES and self._compared(first, clause):
            verb = canonical_key(_COMPARATIVES[lemma], self.lex)  # `지난해보다 33.4% 많다`: a change
        topic = self._topic(first, last, clause)
        if topic is not None and topic.how == "topic":
            return FoundFrame(topic.key + verb, f"{topic.text} {verb}", "predicate", topic.first, end)
        return FoundFrame(verb, lemma, "predicate", i, end)

    def _added(self, last: int) -> bool:
        """The count is told as added to what was counted before: right after it (and its
        subject particle) an adverb of more (data/frames.yaml ``added_words``) and a verb
        (`1명이 추가로 확인돼`). `더` is none: `4.6㎞ 더 날아가` and `3명 더 많다` compare with a
        base."""
        ms = self.ms
        i = last + 1
        if i < len(ms) and ms[i].tag == "JKS":
            i += 1
        if i + 1 < len(ms) and ms[i].tag == "NNG" and ms[i].form + ms[i + 1].form in self.lex.added_words:
            i += 2  # `추가/NNG 로/JKB`
        elif i < len(ms) and ms[i].tag == "MAG" and ms[i].form in self.lex.added_words:
            i += 1
        else:
            return False
        return i < len(ms) and _is_verb_at(ms, i)

    def _empty_predicate(self, lemma: str) -> bool:
        """A verb that says nothing of what a figure measures (data/frames.yaml
        ``empty_predicates``: `기록하`, `달하`, `집계되`), its verbal noun (`기록`) included."""
        empty = self.lex.empty_predicates
        return lemma in empty or lemma + "하" in empty or lemma + "되" in empty

    def _described_by_verb(self, first: int, clause: int) -> FoundFrame | None:
        """A count right after a relative clause's verb (`자주포 6문이 쏜 18발 가운데`, `경찰이
        붙잡은 5명 가운데`, `공장이 생산한 1만2천대는`) counts what the verb did or underwent:
        the frame is the verb, with its object when the clause names one. Not a verb of
        change (`늘어난 12명`: a level, whose noun is elsewhere) nor a function word."""
        ms = self.ms
        e = first - 1
        if e < 2 or ms[e].tag != "ETM" or ms[e].end != ms[first].start - 1:
            return None
        if self.values[self.value_at[first]].unit in PLACE_UNITS:
            return None  # `올겨울 나온 9번째 AI`: a place in a running sequence, no count of what happened
        v = e - 1
        while v > 0 and ms[v].tag == "EP":
            v -= 1
        if ms[v].tag == "VV":
            lemma, start = form_key(ms[v].form), v
        elif ms[v].tag == "XSV" and ms[v - 1].tag == "NNG":
            lemma, start = ms[v - 1].form, v - 1
        else:
            return None
        lo = self.clauses[clause].first
        if start <= lo or lemma in self.lex.function_verbs or self._empty_predicate(lemma):
            return None  # (`최대 강수량은 … 기록한 87.5㎜였다`: the topic's figure, the verb says nothing)
        verb = canonical_key(lemma, self.lex)
        if verb in self.lex.change_keys:
            return None
        noun, at = self._object_of(start, lo - 1, lemma)
        if noun is None:
            return FoundFrame(verb, lemma, "predicate", start, e)
        return FoundFrame(canonical_key(noun, self.lex) + verb, f"{noun} {lemma}", "predicate", at, e)

    def _subject_did(self, first: int, i: int) -> FoundFrame | None:
        """A count that is the subject of a verb with its object or its place (`134명이 응급실을
        찾았다`, `2만1천836명이 파업에 참여했다`): the noun and the verb together say what the
        counted did, so the noun must not be a time or a figure and the verb no function word."""
        ms = self.ms
        if self.values[self.value_at[first]].kind != "quantity" or i >= len(ms) or ms[i].tag not in ("NNG", "NNP"):
            return None
        j = i
        while j + 1 < len(ms) and ms[j + 1].tag in ("NNG", "NNP", "XSN") and ms[j + 1].start == ms[j].end:
            j += 1
        if j + 1 >= len(ms) or not (ms[j + 1].tag == "JKO" or ms[j + 1].tag == "JKB" and ms[j + 1].form == "에"):
            return None
        v = j + 2
        while v < len(ms) and ms[v].tag == "MAG":
            v += 1  # `가득 메웠다`
        if v >= len(ms):
            return None
        if ms[v].tag == "VV":
            lemma = form_key(ms[v].form)
        elif ms[v].tag == "NNG" and v + 1 < len(ms) and ms[v + 1].tag == "XSV":
            lemma = ms[v].form
        else:
            return None
        noun = "".join(m.form for m in ms[i : j + 1])
        if (lemma in self.lex.empty_predicates or lemma in self.lex.function_verbs or noun in self.lex.empty_nouns
                or any(k in self.value_at for k in range(i, j + 1))):
            return None
        return FoundFrame(canonical_key(noun, self.lex) + canonical_key(lemma, self.lex), f"{noun} {lemma}", "predicate", i, v)

    def _compared(self, first: int, clause: int) -> bool:
        """The figure at morpheme ``first`` is compared with the year or the quarter before
        (``_base_period``): `지난해 같은 기간 1,637명보다 33.4% 많다` says by how much it
        grew (a price `종가보다 30% 높다` is a premium, no change over time)."""
        return _base_period(self.ms, first, self.clauses[clause].first, self.spans) is not None

    def _purpose(self, first: int, clause: int) -> FoundFrame | None:
        """The purpose of a cost (`제작에는 742억원이 들었다` → `제작비`): the noun run
        before `에` (`에는`, `에만` …) earlier in the clause, with no verb between."""
        ms = self.ms
        for j in range(first - 1, self.clauses[clause].first, -1):
            if ms[j].tag.startswith(("V", "E", "XSV", "XSA")):
                return None
            if ms[j].tag == "JKB" and ms[j].form == "에":
                run = self._run_before(j - 1)
                found = self._frame_of_run(*run, "predicate") if run is not None else None
                if found is None:
                    return None
                key = canonical_key(found.text + COST_NOUN, self.lex)
                return FoundFrame(key, found.text + COST_NOUN, "predicate", found.first, found.last)
        return None

    def _counts_a_following_noun(self, k: int, last: int) -> bool:
        """`2사 1루`, `1심`: a bare number glued to a word (not to a particle) is notation."""
        value = self.values[k]
        after = self.view.slice(value.end, self.view.word_end(value.end))
        if after and "가" <= after[0] <= "힣":
            return not after.startswith(_PARTICLE_STARTS)
        nxt = last + 1
        ms = self.ms
        return nxt < len(ms) and ms[nxt].start == ms[last].end and ms[nxt].tag in ("NNG", "NNP", "SW", "SO")

    def _time_frame(self, k: int, first: int, last: int, clause: int) -> FoundFrame | None:
        """A date or clock time is a fact about the event it dates:

        - the noun right after it (`오전 7시 30분 공시`, `9월 착공`), unless that noun is
          what a figure of the sentence measures (`2027년도 예산안 3조2천억원`: the
          year is the budget's period);
        - else the predicate it dates, with that predicate's object (`본회의를 열`,
          `응급복구를 마치`) or the topic it is about (`성적은 … 통지된다`); an event
          topic (`사고는 …`, `정식 출시는 28일이다`, `의결 시각은 …`) or a cleft
          (`사고가 난 것은 …`) is the event itself; an occurrence verb (`나`,
          `발생하`) leaves the event noun alone (`사고`)."""
        value = self.values[k]
        t = value.time
        if t is None or t.unresolved or t.role not in ("point", "since", "deadline"):
            return None
        if self._so_far(k):
            return None  # `올해 들어 가장 많았다`: the stretch a record is counted over, no event
        if value.rule == ANAPHORIC_RULE and t.grain in ("day", "year"):
            # a bare `이날`, `전날`: it dates the figures of its clause, unless its verb
            # names an event itself (`재판부는 이날 … 선고했다`)
            found = self._dated_event(k, first, last, clause)
            return found if found is not None and t.grain == "day" and found.how == "event" else None
        return self._dated_event(k, first, last, clause)

    def _dated_event(self, k: int, first: int, last: int, clause: int) -> FoundFrame | None:
        ms = self.ms
        nxt = last + 1
        while nxt < len(ms) and ms[nxt].tag in ("SS", "SSO", "SSC"):
            nxt += 1
        nxt = self._past_stage_number(nxt)  # `2028년 6월 1단계 준공`: the first phase's completion
        nxt = self._past_from_when(nxt)  # `오전 4시를 기해 대설경보가 발효됐다`
        nxt = self._past_range_end(k, nxt)  # `지난달 24일부터 사고 당일까지 고장 난`
        if nxt + 2 < len(ms) and ms[nxt].form == "같" and ms[nxt + 1].tag == "ETM" and ms[nxt + 2].form in _SAME_PERIOD:
            nxt += 3  # `지난해 같은 기간보다`: the base is that year's same period
        elif nxt < len(ms) and ms[nxt].form == "동기":
            nxt += 1  # `전년 동기 대비`
        if nxt < len(ms) and (ms[nxt].form in self.lex.report_time_words or ms[nxt].form in BASE_WORDS):
            return None  # `오후 6시 기준`: when other figures hold; `지난해보다`: a comparison base
        if self._period_of_a_basis(nxt):
            return None  # `지난해 원수보험료를 기준으로 한 점유율`: the period of what a figure is based on
        if self._named_cut_off(nxt):
            return None  # `어제(18일) 신고 기준`, `15일 0시 집계 기준`: a cut-off named by what was counted
        if self._states(nxt):
            return None  # `… 집계됐다고 10일 밝혔다`: the day of a statement, not of what it tells
        if self._according_to(nxt):
            return None  # `29일 업계에 따르면`: the day a source told it, not of what it tells
        if self.is_period(k):
            return None  # the period of a figure (`2027년도 예산안 3조2천억원`)
        record = self._since_record(k, last)
        if record is not None:
            return record  # `2023년 3월 9일(-6.02%) 이후 가장 컸다`: when the record last stood
        labelled = self._day_label(first)
        if labelled is not None:
            return labelled  # `거래 종결일을 내년 3월 31일로 정했다`, `종결일인 내년 3월 13일`
        ended = self._ended_before(first)
        if ended is not None:
            return ended  # `개표가 모두 끝난 8일 오전 0시 40분께`: the end of the count
        if (nxt < len(ms) and ms[nxt].tag == "NNP" and ms[nxt].form in self.lex.dated_nouns
                and not (nxt + 1 < len(ms) and ms[nxt + 1].tag == "NNP")):
            # `오후 4시 35분 초진에 이어`: an event noun the analyzer read as a name (but
            # `오전 10시 경기 한결시 본사에서`: a province before a city, no event)
            found = FoundFrame(canonical_key(ms[nxt].form, self.lex), ms[nxt].form, "genitive", nxt, nxt)
            return self._event_key(found, named=self._named_topic(first, clause))
        if nxt < len(ms) and ms[nxt].tag == "NNG" and ms[nxt].form not in self.lex.empty_nouns:
            end = nxt
            while end + 1 < len(ms) and ms[end + 1].tag == "NNG" and ms[end + 1].start == ms[end].end:
                end += 1
            text = self._text(nxt, end)
            verbal = end + 1 < len(ms) and ms[end + 1].tag == "XSV"
            # (holding an event is the event: `지난 3~4일 실시된 사전투표율`)
            occurred = canonical_key(text, self.lex) in self.lex.occurrence_verbs or (verbal and text in self.lex.holding_verbs)
            if occurred:
                modified = self._modified_event(nxt)
                if modified is not None:
                    return modified  # `오전 6시부터 시작된 전면 파업`: the strike, not its start
            if end + 1 < len(ms) and ms[end + 1].form in _BEFORE_AFTER:
                # `지난 5월 12일 상견례 이후 13차례 교섭했다`: the time dates the event the
                # span counts from, not the clause's verb
                found = self._frame_of_run(nxt, end, "genitive")
                if found is not None:
                    return self._event_key(found, named=self._named_topic(first, clause))
            if text.endswith(self.lex.dated_nouns) and not (occurred and verbal) and not (verbal and text in self.lex.noun_only_dated):
                # (`개표는 12일 오후 7시께 시작돼`: that something started is told by its topic, below)
                measured = self._measured_class(end + 1, text) if verbal else None
                if measured is not None:
                    return measured  # `10일 오전 7시 출발한 55㎞ 부문`: that division's start
                found = self._frame_of_run(nxt, end, "genitive")
                if found is not None:
                    # an event an organisation holds for one piece of news (`공시`) is that
                    # one when a named topic says whose (`다온화학은 오전 7시 30분 공시를 내고`)
                    return self._event_key(found, named=self._named_topic(first, clause))
        extreme = self._extreme(nxt, clause)
        if extreme is not None:
            return extreme  # `오후 1시 52분 3,197.50까지 올라`, `오후 4시 24분 최고치에 이르며`
        modified = self._modified_event(nxt)
        if modified is not None:
            return modified  # `오후 4시 열린 콘퍼런스콜`, `어제 치러진 보궐선거`
        topic = self._event_topic(first, clause)
        if topic is not None and topic.how != "topic":
            return topic  # a cleft (`사고가 난 것은 …`)
        c = self.clauses[clause]
        sale = self._sale(clause)
        predicate = self._topic_predicate(first, nxt, c)
        after_while = None
        for i in range(nxt, self._dated_reach(clause) + 1):
            if i in self.value_at:
                if self._passes_a_milestone(i):
                    # `16일 누적 관객 300만 명을 넘어섰다`: the day a running count passed a
                    # mark (the verb is read with the figure, `300만 명을 넘어`)
                    return FoundFrame(self.lex.milestone_key, ms[i].form, "predicate", i, i)
                continue
            if predicate is not None and nxt < i < predicate and self._adnominal(i):
                continue  # `재판부는 21일 … 혐의로 기소된 오모씨에게 … 선고했다`: the topic's predicate
            if sale is not None and i == sale.first:
                # `지난달 27일 18억7천만원에 팔려`: the day of a deal whose price the clause gives
                return FoundFrame(self.lex.sale_key, sale.text, "predicate", sale.first, sale.last)
            m = ms[i]
            if not _is_verb_at(ms, i):
                continue
            if self._modifies_a_value(i):
                continue  # `52.61포인트 오른 3,184.27에 장을 마쳤다`: the change that led to a figure
            lemma = form_key(m.form)
            if lemma in self.lex.empty_predicates and lemma not in self.lex.appearance_verbs:
                return topic if topic is not None and topic.key.endswith(self.lex.dated_nouns) else None
            if self._while(i):
                # `18일 오후 4시 50분께 치료를 받던 중 숨졌다`: the time of dying, whose object
                # is none of what went on before it
                after_while = i + 1
                continue
            noun, at = self._object_of(i, nxt if after_while is None else after_while, lemma)
            if noun is not None:
                noun = self._ordinal_before(at) + noun  # `두 번째 공청회를 연다`: the second one
            if lemma in self.lex.appearance_verbs:
                # `지난 9일 발진 증상이 나타났다`: the day what appeared (its subject) first showed;
                # with none between, the clause's topic is what appeared (`첫 증상은 12일 새벽 나타났다`)
                if noun is None:
                    if topic is not None and not topic.key.endswith(self.lex.dated_nouns):
                        return FoundFrame(topic.key + _APPEARED, topic.text, "predicate", topic.first, i)
                    return topic if topic is not None and topic.key.endswith(self.lex.dated_nouns) else None
                return FoundFrame(canonical_key(noun, self.lex) + _APPEARED, noun, "predicate", at, i)
            if noun is None and topic is not None:
                # `사고는 … 일어났다`, `정식 출시는 …`: an event topic alone; another
                # topic with the verb (`성적은 … 통지된다` = 성적 통지)
                if topic.key.endswith(self.lex.dated_nouns) and canonical_key(lemma, self.lex) != END_OF_EVENT:
                    return self._again(i, topic)
                # (`개표는 … 끝났다`: the end of the count, not the count)
                if self._names_an_event(lemma) and i - 1 > nxt and ms[i - 1].tag == "JKO":
                    # `형사12부는 이날 … 징역 9년에 벌금 21억원을 선고했다`: with an object right
                    # before it (a figure), the topic is who acts; the verb names the event
                    return self._again(i, self._event_frame(None, lemma, i, i))
                return self._again(i, self._event_frame(topic.text, lemma, topic.first, i))
            found = self._event_frame(noun, lemma, at, i)
            if found is None and noun is None and (self._adnominal(i) or self._simultaneous(i) or self._manner(i)):
                # `승객 196명을 태운 여객선이 전복됐다`, `기울며 뒤집혔다`, `잇따라 부딪쳤다`: a verb
                # that names no event and modifies a noun or goes with the next verb: the next one
                continue
            return self._again(i, found)
        return topic if topic is not None and topic.key.endswith(self.lex.dated_nouns) else None

    def _ordinal_before(self, at: int) -> str:
        """Which one of its kind the noun at ``at`` is, written right before it (`두 번째
        공청회`, `첫 공청회`): `2번째`, `첫`, or ''."""
        if at == 0:
            return ""
        prev = self.ms[at - 1]
        k = self.value_at.get(at - 1)
        if k is not None and self.values[k].unit == ORDINAL_UNIT and self.values[k].value:
            return f"{int(self.values[k].value)}{ORDINAL_UNIT}"
        return prev.form if prev.tag == "MM" and prev.form == FIRST_WORD else ""

    def _again(self, verb: int, found: FoundFrame | None) -> FoundFrame | None:
        """`7일 오전 2시 30분께 다시 결렬됐다`: an event told with `다시` (data/frames.yaml
        ``again_words``) right before its verb happened once before, so the time dates its
        repeat (`~재결렬`), another event than the first (`4일 새벽 1시 10분께 결렬된`)."""
        if found is None or verb == 0 or self.ms[verb - 1].tag != "MAG" or self.ms[verb - 1].form not in self.lex.again_words:
            return found
        return found._replace(key=REPEAT_PREFIX + found.key)

    def _ended_before(self, first: int) -> FoundFrame | None:
        """`개표가 모두 끝난 8일 오전 0시 40분께`, `협상을 마친 뒤인 …`: a relative clause
        right before the time whose verb ends an event (data/frames.yaml's synonyms of
        `마치`) makes the time that event's end, with the verb's subject or object."""
        ms = self.ms
        i = first - 1
        if i < 2 or ms[i].tag != "ETM":
            return None
        v = i - 1
        if ms[v].tag == "XSV" and ms[v - 1].tag == "NNG":
            v -= 1
        elif ms[v].tag != "VV":
            return None
        lemma = form_key(ms[v].form)
        if canonical_key(lemma, self.lex) != END_OF_EVENT:
            return None
        j = v - 1
        while j > 0 and ms[j].tag == "MAG":
            j -= 1  # `모두`, `완전히`
        if j < 1 or ms[j].tag not in ("JKS", "JKO", "JX") or ms[j - 1].tag != "NNG" or ms[j - 1].form in self.lex.empty_nouns:
            return None
        run = self._run_before(j - 1)
        noun = self._text(*run) if run is not None else ms[j - 1].form
        return self._event_frame(noun, lemma, run[0] if run is not None else j - 1, v)

    def is_report_time(self, k: int) -> bool:
        """The time with index ``k`` is a report time (`오후 3시 기준으로`, `오전 6시 현재`):
        when other figures hold, no event of its own."""
        ms = self.ms
        nxt = self.spans[k][1] + 1
        while nxt < len(ms) and ms[nxt].tag in ("SS", "SSO", "SSC"):
            nxt += 1
        return self.values[k].kind == "time" and nxt < len(ms) and ms[nxt].form in self.lex.report_time_words

    def _period_of_a_basis(self, nxt: int) -> bool:
        """A time before the noun a figure is based on (`지난해 원수보험료를 기준으로`,
        `작년 매출 기준으로`) is that noun's period, no event's time."""
        ms = self.ms
        i = nxt
        while i < len(ms) and ms[i].tag in ("NNG", "XSN") and i not in self.value_at and i - nxt < MAX_FRAME_WORDS:
            i += 1
        if i == nxt:
            return False
        if i < len(ms) and ms[i].tag == "JKO":
            i += 1
        return i < len(ms) and ms[i].form in self.lex.report_time_words and ms[i].form != "현재"

    def _day_label(self, first: int) -> FoundFrame | None:
        """A noun of the day of something right before the time, with its particle or
        copula (`거래 종결일을 …`, `종결일인 …`, `시행일은 …`): the time is that day, of
        the event the noun names without `일`."""
        ms = self.ms
        i = first - 1
        if i >= 1 and ms[i].tag == "ETM" and ms[i - 1].tag == "VCP":
            i -= 2  # `종결일인`
        elif i >= 0 and ms[i].tag in ("JKO", "JX", "JKS") and ms[i].form in ("을", "를", "은", "는", "이", "가"):
            i -= 1
        elif i >= 1 and ms[i].form == "(" and ms[i - 1].end == ms[i].start and self._alone_in_brackets(self.values[self.value_at[first]]):
            i -= 1  # `배당 기준일(11월 9일)`: the day the noun glued to the bracket names
        else:
            return None
        if i < 0 or ms[i].tag not in ("NNG", "NNB"):
            return None
        end = i
        if ms[i].form == "일":
            if i == 0 or ms[i - 1].tag != "NNG" or ms[i - 1].end != ms[i].start:
                return None
            end = i - 1  # `종결/NNG 일/NNB`
        elif ms[i].tag == "NNG" and ms[i].form in _SCHEDULED_DAY and i > 0 and ms[i - 1].tag == "NNG":
            end = i - 1  # `거래 종결 예정일은 8월 31일이다`, `시행 시기는 2027년 7월이다`: the event before it
        elif not (ms[i].tag == "NNG" and len(ms[i].form) >= 3 and ms[i].form.endswith("일") and ms[i].form[:-1] in self.lex.dated_nouns):
            return None  # `시행일`, `개막일` (not `내일`, `휴일`)
        start = end
        while start > 0 and ms[start - 1].tag == "NNG" and start - 1 not in self.value_at:
            start -= 1
        text = self._text(start, end)
        if end == i:
            text = text[:-1]  # `시행일` → `시행`
        key = canonical_key(text, self.lex)
        return FoundFrame(self.lex.canonical.get(key, key), text, "genitive", start, i) if key else None

    def _dated_reach(self, clause: int) -> int:
        """The last morpheme a time in ``clause`` may date: the clause's end, or the next
        clause's when this one ends in a connective of simultaneity (`기울며 뒤집혔다`)."""
        c = self.clauses[clause]
        ms = self.ms
        end = c.last
        while end > c.first and ms[end].tag.startswith("S"):
            end -= 1
        if clause + 1 < len(self.clauses) and ms[end].tag == "EC" and ms[end].form in _SIMULTANEOUS:
            return self.clauses[clause + 1].last
        return c.last

    def _simultaneous(self, i: int) -> bool:
        """The verb at ``i`` ends in a connective of simultaneity (`기울며`, `흔들리면서`):
        what the next verb tells happened at the same time."""
        ending = self._ending_of(i)
        return ending is not None and ending.tag == "EC" and ending.form in _SIMULTANEOUS

    def _while(self, i: int) -> bool:
        """The verb at ``i`` tells what was going on when the next one happened (`치료를 받던
        중 숨졌다`, `등산을 하다가 쓰러졌다`): a time before it dates the next."""
        ms = self.ms
        j = self._ending_index(i)
        if j >= len(ms):
            return False
        if ms[j].tag == "EC":
            # (with a tense before it, one thing and then another: `중단됐다가 … 들어왔다`,
            # `발령했다가 … 해제했다`, the time dates the first)
            return ms[j].form in _WHILE_CONNECTIVES and not any(ms[k].tag == "EP" for k in range(i + 1, j))
        return (ms[j].tag == "ETM" and ms[j].form == _WHILE_ADNOMINAL and j + 1 < len(ms)
                and ms[j + 1].tag in ("NNB", "NNG") and ms[j + 1].form in _WHILE_NOUNS)

    def _manner(self, i: int) -> bool:
        """The verb at ``i`` only says how the next one happened (`잇따라 부딪쳤다`:
        data/frames.yaml ``manner_verbs``, in a serial connective)."""
        ending = self._ending_of(i)
        return (self.ms[i].tag == "VV" and form_key(self.ms[i].form) in self.lex.manner_verbs
                and ending is not None and ending.tag == "EC" and ending.form in _SERIAL)

    def _ending_of(self, i: int):
        """The ending of the verb at ``i``, past its tense and derivational suffixes."""
        j = self._ending_index(i)
        return self.ms[j] if j < len(self.ms) else None

    def _ending_index(self, i: int) -> int:
        """Where the ending of the verb at ``i`` is (past its tense and derivational
        suffixes; the morphemes' length when none follows)."""
        ms = self.ms
        j = i + 1
        while j < len(ms) and ms[j].tag in ("EP", "XSV", "XSA"):
            j += 1
        return j

    def _sale(self, clause: int) -> FoundFrame | None:
        """The verb of sale of a price the clause gives (``_price``), if any."""
        c = self.clauses[clause]
        for k, (first, last) in enumerate(self.spans):
            if self.values[k].kind == "money" and c.first <= first <= c.last:
                found = self._price(last, clause)
                if found is not None:
                    return found
        return None

    def _named_cut_off(self, nxt: int) -> bool:
        """The time (ending before ``nxt``) is a cut-off named by what was counted
        (`어제(18일) 신고 기준`): a noun and a report-time word after it."""
        ms = self.ms
        j = nxt
        while j < len(ms) and (ms[j].tag in ("SS", "SSO", "SSC") or j in self.value_at):
            j += 1
        return j + 1 < len(ms) and ms[j].tag == "NNG" and ms[j + 1].form in self.lex.report_time_words

    def _topic_predicate(self, first: int, nxt: int, c: Clause) -> int | None:
        """For a time right after its clause's topic, the topic's own predicate: the
        clause's last verb that modifies no noun, unless another time dates it
        (`지검은 지난 21일 선고받은 오모씨에 대해 … 어제 항소장을 냈다`: the 21st is the
        sentence's, yesterday the appeal's); else None."""
        if not self._after_topic(first):
            return None
        ms = self.ms
        verbs = [i for i in range(nxt, c.last + 1) if i not in self.value_at and _is_verb_at(ms, i)
                 and not (ms[i].tag == "VV" and form_key(ms[i].form) in self.lex.function_verbs)]
        # `불은 … 시작된 것으로 추정된다`: the verb before `것으로` is the topic's; the one after
        # says how it is known
        told = [i for i in verbs if self._told_as_evidence(i)]
        finite = [i for i in verbs if (i in told or not self._adnominal(i)) and (not told or i <= told[-1])]
        if not finite or any(self.values[self.value_at[i]].kind == "time" for i in range(nxt, finite[-1]) if i in self.value_at):
            return None
        return finite[-1]

    def _told_as_evidence(self, i: int) -> bool:
        """The verb at ``i`` ends in an adnominal form before `것으로` and a verb of how a
        fact is known (data/frames.yaml ``evidential_verbs``: `시작된 것으로 추정된다`,
        `숨진 것으로 알려졌다`)."""
        ms = self.ms
        j = i + 1
        while j < len(ms) and ms[j].tag in ("XSV", "EP"):
            j += 1
        if not (j + 3 < len(ms) and ms[j].tag == "ETM" and ms[j + 1].form == "것" and ms[j + 2].form == "으로"):
            return False
        verb = ms[j + 3]
        return form_key(verb.form) in self.lex.evidential_verbs and verb.tag in ("VV", "NNG")

    def _after_topic(self, first: int) -> bool:
        """The time comes right after its clause's topic (`재판부는 21일 …`): it dates
        what the topic does, the clause's own predicate."""
        ms = self.ms
        i = first - 1
        # (a parenthesis may close between the noun and its particle: `형사합의25부(…)는`)
        return i > 0 and ms[i].tag == "JX" and ms[i].form in ("은", "는") and (ms[i - 1].tag in _NOUN_TAGS or ms[i - 1].form == ")")

    def _adnominal(self, i: int) -> bool:
        """The verb at ``i`` ends in an adnominal form (`기소된`): it modifies a noun."""
        ending = self._ending_of(i)
        return ending is not None and ending.tag == "ETM"

    def _passes_a_milestone(self, i: int) -> bool:
        """The figure at morpheme ``i`` is a count with a mark-passing verb read inside it
        (data/frames.yaml ``milestone_words``: `300만 명을 넘어`, `100만 명 돌파`)."""
        k = self.value_at[i]
        first, last = self.spans[k]
        if i != first or self.values[k].kind not in ("quantity", "number"):
            return False
        return _passes_a_mark(self.ms, first, last, last)  # (inside the figure only)

    def _modifies_a_value(self, i: int) -> bool:
        """The verb at ``i`` is adnominal to a figure right after it (`오른 3,184.27`), not to
        a time that begins the noun it modifies (`막을 올린 올해 영화제`)."""
        ms = self.ms
        j = i + 1
        while j < len(ms) and ms[j].tag in ("EP", "XSV"):
            j += 1
        return (j + 1 < len(ms) and ms[j].tag == "ETM" and (j + 1) in self.value_at
                and self.values[self.value_at[j + 1]].kind != "time")

    def _extreme(self, lo: int, clause: int) -> FoundFrame | None:
        """The time of a high or a low (data/frames.yaml ``extremes``): before the
        predicate it dates, a noun of the extreme (`최고치에 이르며`, `저점을 찍고`) or a
        figure reached (`3,197.50까지 올라`, `1,420원까지 밀렸다`)."""
        ms = self.ms
        for i in range(lo, self.clauses[clause].last + 1):
            form = form_key(ms[i].form)
            noun = ms[i].tag in _NOUN_TAGS
            if ms[i].tag == "XPN" and i + 1 < len(ms) and ms[i + 1].tag in _NOUN_TAGS:
                form, noun = ms[i].form + form_key(ms[i + 1].form), True  # `저` + `점`
            elif i + 1 < len(ms) and ms[i + 1].tag == "XSN":
                form += ms[i + 1].form  # `최고` + `치`
            for key, (nouns, verbs) in self.lex.extremes.items():
                if noun and form in nouns:
                    return FoundFrame(key, ms[i].form, "predicate", i, i)
                if form in verbs and ms[i].tag == "VV" and i >= 2 and ms[i - 1].form == "까지" and (i - 2) in self.value_at:
                    return FoundFrame(key, self._text(i - 1, i), "predicate", i - 1, i)
            if (ms[i].tag in ("VV", "VA", "XSV") and i not in self.value_at) or (form in self.lex.stages and ms[i].tag in _NOUN_TAGS):
                return None  # the predicate the time dates is another; `종전 최고치`: an earlier high
        return None

    def _object_of(self, i: int, lo: int, lemma: str) -> tuple[str | None, int]:
        """The noun of the predicate at ``i`` a time dates: its object (an occurrence's
        subject) between the time and it, else the place it goes to (`재판에 넘긴`)."""
        ms = self.ms
        occurrence = canonical_key(lemma, self.lex) in self.lex.occurrence_verbs or lemma in self.lex.appearance_verbs
        marks = ("JKO", "JKS") if occurrence else ("JKO",)  # `시가 제출한`: the subject acts
        for accept in (lambda j: ms[j].tag in marks, lambda j: ms[j].tag == "JKB" and ms[j].form in ("에", "로", "으로") and j == i - 1):
            for j in range(i - 1, lo, -1):
                if accept(j) and ms[j - 1].tag in ("NNG", "XR") and ms[j - 1].form not in self.lex.empty_nouns:
                    run = self._run_before(j - 1)
                    candidate = self._text(*run) if run is not None else ms[j - 1].form
                    if candidate in self.lex.agent_nouns:
                        continue
                    return candidate, (run[0] if run is not None else j - 1)
        return None, i

    def why_unfiled(self, k: int) -> str:
        """Why the value with index ``k`` has no frame (what ``find`` returned None for)."""
        value = self.values[k]
        first, last = self.spans[k]
        if value.kind == "time":
            t = value.time
            if t is None or t.unresolved:
                return "a time not resolved to a date (최근, 수년 전, 이날 without a date)"
            if value.rule == ANAPHORIC_RULE and t.grain in ("day", "year"):
                return "a day named by reference (이날, 전날) and no verb naming an event: it dates the figures around it"
            if t.role not in ("point", "since", "deadline"):
                return "a span of time, not a date"
            nxt = last + 1
            while nxt < len(self.ms) and self.ms[nxt].tag in ("SS", "SSO", "SSC"):
                nxt += 1
            if self.is_report_time(k) or self._named_cut_off(nxt):
                return "a report time (기준): when the other figures hold"
            if nxt < len(self.ms) and self.ms[nxt].form in BASE_WORDS:
                return "a comparison base (보다, 대비)"
            if self._states(nxt):
                return "the day of a statement (…고 10일 밝혔다), not of what it tells"
            if self._according_to(nxt):
                return "the day of a source's report (29일 업계에 따르면), not of what it tells"
            if self._so_far(k):
                return "the stretch so far a record is counted over (올해 들어), not an event"
            if self.is_period(k):
                return "the period of a figure (2027년도 예산안, 2일 하루에만 134명), not an event"
            return "no event it dates (no dated noun, event verb or event topic)"
        return self._not_a_fact(k) or NO_NOUN

    def _not_a_fact(self, k: int) -> str | None:
        """Why the figure with index ``k`` is no fact of its own, or None when it may be one."""
        if self._is_gloss(k):
            return "the same figure in another unit (a gloss)"
        if self.values[k].kind == "number" and self._counts_a_following_noun(k, self.spans[k][1]):
            return "part of a name or notation (2사 1루, 3-3)"
        if self._designates_a_model(k) or self._type_of(k + 1) == k:
            return "part of a name or notation (256GB 모델, 84㎡A 312가구: which model or type)"
        if self._changed_from(k):
            return "the earlier state of a change (A에서 B로)"  # `5억원에서 3억원으로`: told with the change
        if self._base(k) and not self._named_stage_before(k) and not self._named_base(k):
            return "a comparison base (보다, 대비): the figure compared with"  # `종가(1,466.2원)보다`
        if self._qualifies(k):
            return "a qualifier of another figure (95% 신뢰수준)"
        if self._names_a_season(k):
            return "the years a season spans (2026∼2027 시즌): its name, no figure"
        if self.labels_a_share(k):
            return "the age group a share is of (30대가 27.9%): its label, no age"
        if self._names_a_class(k):
            return "the number of a class or grade (1종 지역, 5등급 차량): its name, no count"
        if self._numbers_a_series(k):
            return "the number of an event in its series (1회 추경, 제312회 임시회): its name, no count"
        if self.values[k].kind == "score" and self._score_in_play(k):
            return "a score while a game was played (1-1로 맞선, 0-1로 끌려가던), not its result"
        nxt = self.spans[k][1] + 1
        if nxt < len(self.ms) and self.ms[nxt].form == "당" and self.ms[nxt].tag == "XSN":
            return "the unit a rate is of (100엔당, 1인당)"
        if self.values[k].kind == "duration":
            if nxt < len(self.ms) and self.ms[nxt].form in _WINDOW:
                return "the stretch a change is told over (3년 새 31% 늘었다, 1년 사이 139명 줄었다)"
            if self._counts_a_measure_over(nxt):
                return "the stretch a measure is counted over (1주일 해약 건수, 한 달 매출)"
        return None

    def _counts_a_measure_over(self, nxt: int) -> bool:
        """The nouns right after a duration, with no particle between, end in a measure
        counted over a stretch (data/frames.yaml ``period_measures``: `1주일 해약 건수`)."""
        ms = self.ms
        i = nxt
        while i < len(ms) and ms[i].tag == "NNG" and i - nxt < MAX_FRAME_WORDS:
            if ms[i].form.endswith(self.lex.period_measures) and not (i + 1 < len(ms) and ms[i + 1].tag == "NNG"):
                return True
            i += 1
        return False

    def _numbered_game(self, first: int, clause: int) -> str:
        """The number of the game a score is of, named before it in its clause (`6차전에서`,
        `37라운드 원정 경기에서`: data/frames.yaml ``ordinal_events``), or its stage in a
        tournament, the nearest before it in its sentence (`결승에서`, `준결승`, `4강에서는
        세계 12위인 …을 2-0(…)으로`: ``scores.stages``), or ''."""
        ms = self.ms
        for i in range(first - 2, self.clauses[clause].first - 1, -1):
            if self._numbered_event(i):
                # (the analyzer reads `5차전` as one word or as `5차` and `전`: one game)
                return ms[i].form + (_GAME if ms[i + 1].form == _GAME + "전" else ms[i + 1].form)
        return next((stage for i in range(first - 1, -1, -1) if (stage := self._game_stage(i))), "")

    def _game_stage(self, i: int) -> str:
        """The stage of a tournament the word at ``i`` names, as filed (`결승전` -> `결승`,
        `준` `결승` -> `준결승`, `8` `강전` -> `8강`), or ''."""
        ms, lex = self.ms, self.lex
        m = ms[i]
        if m.form in lex.score_stages and m.tag in ("NNG", "NNP"):
            prefix = ""
            j = i - 1
            while j >= 0 and ms[j].tag == "XPN" and ms[j].end == ms[j + 1].start:
                prefix = ms[j].form + prefix
                j -= 1
            return prefix + lex.score_stages[m.form]
        if (m.form in lex.score_stage_counters and m.tag in ("NNB", "NNG") and i > 0 and ms[i - 1].tag == "SN"
                and ms[i - 1].end == m.start):
            return ms[i - 1].form + lex.score_stage_counters[m.form]
        return ""

    def _score(self, k: int, first: int) -> FoundFrame:
        """What a game's score is the score of (data/frames.yaml ``scores``): a period of the
        game named right before it (`2세트를 20-25로`, `전반을 1-0으로`), its place in a list
        of period scores in parentheses (`3-1(25-21 23-25 …)`: the second is the second
        set's), else the game's final score (`휘암을 3-1로 눌렀다`)."""
        lex, ms = self.lex, self.ms
        before = self._score_period_before(first)
        if before is not None:
            number = ms[before - 1].form if before > 0 and ms[before - 1].tag == "SN" else ""
            key = number + ms[before].form + lex.score_key
            first_word = before - 1 if number else before
            return FoundFrame(key, self._text(first_word, before) + " " + lex.score_key, "left", first_word, before)
        after = self._score_period_after(k)
        if after is not None:  # `1-1로 전반을 마쳤다`: the score at the end of that period
            first_word, word = after
            key = "".join(ms[i].form for i in range(first_word, word + 1)) + lex.score_key
            return FoundFrame(key, self._text(first_word, word) + " " + lex.score_key, "right", first_word, word)
        place = self._place_in_a_score_list(k)
        if place is not None:
            forms = set(self.view.forms())
            period = next((w for w in lex.score_periods if w in forms), lex.score_periods_default)
            key = f"{place}{period}{lex.score_key}"
            return FoundFrame(key, key, "paren", first, self.spans[k][1])
        return FoundFrame(lex.score_key, lex.score_key, "unit", first, self.spans[k][1])

    def _score_in_play(self, k: int) -> bool:
        """A score that a verb of the game's course follows (`1-1로 맞선`, `0-1로 끌려가던`,
        data/frames.yaml ``scores.in_play``), and no period is named before it but one it is
        within (`3세트에서는`)."""
        last = self.spans[k][1]
        ms = self.ms
        i = last + 1
        while i < len(ms) and ms[i].tag in ("JKB", "SSO", "SSC", "SP"):
            i += 1
        if not (i < len(ms) and ms[i].form in self.lex.score_in_play):
            return False
        period = self._score_period_before(self.spans[k][0])
        # `3세트에서는 3-3으로 맞선 상황에서`: a period the score is within, not the one it ended
        # (`전반을 1-1로 맞선 채 마쳤다`)
        return period is None or any(m.tag == "JKB" and m.form in ("에서", "에") for m in ms[period + 1 : self.spans[k][0]])

    def _score_period_after(self, k: int) -> tuple[int, int] | None:
        """A period of the game named right after a score and its particle (`1-1로 전반을
        마쳤다`, `2-0으로 3쿼터를 끝냈다`): the morpheme range of its words."""
        ms = self.ms
        i = self.spans[k][1] + 1
        if i >= len(ms) or ms[i].tag != "JKB":
            return None
        i += 1
        first_word = i
        if i < len(ms) and ms[i].tag == "SN":
            i += 1
        if i < len(ms) and ms[i].form in self.lex.score_periods:
            return first_word, i
        return None

    def _score_period_before(self, first: int) -> int | None:
        """The period of the game named right before a score, past its particle (`2세트를
        20-25로`): the morpheme of the period's word, or None."""
        ms = self.ms
        before = first - 1
        while before >= 0 and ms[before].tag in ("JKO", "JX", "JKS", "JKB", "JKG"):
            before -= 1
        return before if before >= 0 and ms[before].form in self.lex.score_periods else None

    def _place_in_a_score_list(self, k: int) -> int | None:
        """The 1-based place of a score in a list of scores in parentheses (`(25-21 23-25
        25-19)`), when it is in one."""
        text, offset = self.view.text, self.view.offset
        start = self.values[k].start - offset
        opening = text.rfind("(", 0, start)
        if opening < 0 or ")" in text[opening:start]:
            return None
        listed = [v for v in self.values if v.kind == "score" and offset + opening < v.start <= self.values[k].start]
        return len(listed) if listed else None

    def _numbers_a_series(self, k: int) -> bool:
        """`1회 추가경정예산 1,180억원`, `제312회 임시회`: a count of 회 or 차 right before a
        noun of data/frames.yaml ``series_nouns`` says which of a series the event is."""
        value = self.values[k]
        if value.unit not in SERIES_COUNTERS or value.bound != "exact":
            return False
        return self._noun_after(k, ("NNG", "NNP")) in self.lex.series_nouns

    def _noun_after(self, k: int, tags: tuple[str, ...]) -> str | None:
        """The word of nouns (of ``tags``, glued together) right after the value with
        index ``k``, when one follows it and is no value itself."""
        ms = self.ms
        nxt = self.spans[k][1] + 1
        if nxt >= len(ms) or ms[nxt].tag not in tags or nxt in self.value_at:
            return None
        end = nxt
        while end + 1 < len(ms) and ms[end + 1].tag in tags and ms[end + 1].start == ms[end].end:
            end += 1
        return self._text(nxt, end)

    def _names_a_season(self, k: int) -> bool:
        """`2026∼2027 시즌`, `2018~2020 시즌`: a bare range of years before a noun of
        data/frames.yaml ``season_nouns`` names the span."""
        value = self.values[k]
        if value.kind != "number" or value.bound != "range" or value.low is None or value.high is None:
            return False
        low, high = float(value.low), float(value.high)
        if not (low.is_integer() and YEAR_RANGE[0] <= low < high <= YEAR_RANGE[1] and high - low <= SEASON_YEARS):
            return False
        nxt = self.spans[k][1] + 1
        return nxt < len(self.ms) and self.ms[nxt].form in self.lex.season_nouns

    def _of_a_class(self, found: FoundFrame) -> FoundFrame:
        """`1종 지역 1천214명`, `20대 구매자는 1만2천명`: a frame's noun right after a class
        (``_names_a_class``) or an age group is that class's or group's, not every one's."""
        if found.how not in ("left", "topic", "genitive"):
            return found
        cut = self._rank_cut_off(found.first)
        if cut is not None:
            # `100위 안에 든 국내 대학은 5곳`: the count of those within that place, not all
            label = f"{self.values[cut].text} {WITHIN_WORD} {found.text}"
            return found._replace(key=canonical_key(label, self.lex), text=label)
        cls = self.value_at.get(found.first - 1)
        if cls is None or self.spans[cls][1] != found.first - 1:
            return found
        if not (self._names_a_class(cls) or self.values[cls].rule == AGE_GROUP_RULE):
            return found
        label = self.view.slice(self.values[cls].start, self.ms[found.last].end)
        return found._replace(key=canonical_key(label, self.lex), text=label, first=self.spans[cls][0])

    def _rank_cut_off(self, first: int) -> int | None:
        """The place in an order a relative clause right before the noun at ``first`` counts
        within (`100위 안에 든 국내 대학`, `10위권에 오른 곳`): the index of that value."""
        ms = self.ms
        i = first - 1
        if not (i >= 3 and ms[i].tag == "ETM" and ms[i - 1].tag == "VV"):
            return None
        i -= 2
        if ms[i].tag.startswith("J"):
            i -= 1
        if ms[i].form in _WITHIN:
            i -= 1
        k = self.value_at.get(i)
        if k is None or self.values[k].unit not in PLACE_UNITS:
            return None
        return k

    def _age_group_before(self, k: int) -> int | None:
        """`연령대별로는 30대가 34.1%`, `20대 12.4%`: the index of the age group written right
        before share ``k`` (with at most a particle between), whose share it is, else None."""
        if k <= 0 or self.values[k].kind != "percent":
            return None
        group = self.values[k - 1]
        if group.rule != AGE_GROUP_RULE or not _SHARE_GAP.fullmatch(self.view.slice(group.end, self.values[k].start)):
            return None
        return k - 1

    def labels_a_share(self, k: int) -> bool:
        """The age group with index ``k`` is what the share right after it is of, no fact."""
        return k + 1 < len(self.values) and self._age_group_before(k + 1) == k

    def _names_a_class(self, k: int) -> bool:
        """`1종 지역`, `5등급 차량`, `2급 감염병`: a count of a counter of a class (data/frames.yaml
        ``class_counters``) right before a noun such classes name (``classed_nouns``) says
        which class, not how many."""
        value = self.values[k]
        if value.unit not in self.lex.class_counters or value.bound != "exact" or value.kind != "quantity":
            return False
        noun = self._noun_after(k, ("NNG",))
        return noun is not None and noun.endswith(self.lex.classed_nouns)

    def _qualifies(self, k: int) -> bool:
        """`95% 신뢰수준에서 ±3.1%포인트`: a figure written before a noun of
        data/frames.yaml ``qualifier_nouns`` says how another figure holds."""
        return self._noun_after(k, ("NNG",)) in self.lex.qualifier_nouns

    def _type_of(self, k: int) -> int | None:
        """The index of the size written right before figure ``k`` that names its type
        (`84㎡A 428가구`, `▲101㎡ 48가구`: an area glued to its letter, or an area before a
        count of a category counter), else None."""
        if k <= 0 or k >= len(self.values):
            return None
        size, value = self.values[k - 1], self.values[k]
        if (size.unit or "") not in TYPE_UNITS or (value.unit not in self.lex.category_units and value.unit != COMPETITION):
            return None
        gap = self.view.slice(size.end, value.start)
        letter = _TYPE_TOPIC if value.unit == COMPETITION else _TYPE_LETTER
        return k - 1 if letter.fullmatch(gap) else None

    def _typed_count(self, k: int, last: int) -> FoundFrame | None:
        """`▲84㎡A 428가구`: the count of the type the size before it names (``_type_of``)."""
        size = self._type_of(k)
        if size is None:
            return None
        value = self.values[k]
        label = self.view.slice(self.values[size].start, value.start).strip()
        label = label[:-1] if label.endswith(("은", "는", "이", "가", "도")) else label  # `59㎡B는`
        sfirst = self.spans[size][0]
        noun = COMPETITION_NOUN if value.unit == COMPETITION else value.unit
        return FoundFrame(canonical_key(label + noun, self.lex), f"{label} {noun}", "unit", sfirst, last)

    def _model_price(self, k: int, last: int) -> FoundFrame | None:
        """`▲256GB 289만원 ▲1TB 349만원`, `1TB 모델은 394만 원`: an amount right after a
        capacity (with only a model word and its particle between) is the price of the
        model the capacity names: one model's price is not another's."""
        if k <= 0 or self.values[k].kind != "money":
            return None
        size = self.values[k - 1]
        if not _is_capacity(size) or not _MODEL_GAP.fullmatch(self.view.slice(size.end, self.values[k].start)):
            return None
        label = size.text.replace(" ", "") + "모델"
        return FoundFrame(canonical_key(label, self.lex), label, "unit", self.spans[k - 1][0], last)

    def _designates_a_model(self, k: int) -> bool:
        """`256GB 모델`, `512GB형`: a capacity that names which model, not a fact of it."""
        return _is_capacity(self.values[k]) and _names_a_model(self.ms, self.spans[k][1] + 1)

    def is_period(self, k: int) -> bool:
        """A date right before the words of a figure's frame is that figure's period
        (`2027년도 예산안 3조2천억원`, `올해 본예산 3조원`); a clock time is not."""
        value = self.values[k]
        t = value.time
        if value.kind == "time" and t is not None and t.role in ("since", "deadline") and self._bounds_a_figure(k):
            return True  # `5월 20일부터 이달 4일까지 신고된 온열질환자는`: the period the count covers
        if value.kind == "time" and t is not None and t.role == "deadline" and self._cut_off_of_a_count(k):
            return True  # `23일까지 접수된 피해 신고는 348건`: the count's cut-off
        if value.kind == "time" and t is not None and t.role == "point" and t.grain == "day" and self._one_day_of_a_figure(k):
            return True  # `2일 하루에만 134명이`: the day the count covers
        if value.kind != "time" or t is None or t.grain not in FIGURE_PERIOD_GRAINS or value.text.endswith(("께", "쯤", "경")):
            return False  # a day or a clock time is when something happened, not a figure's period
        if t.role == "point" and self._counted_in_clause(k):
            return True  # `지난해 한 해 181회`, `올해만 11번 멈췄다`: the stretch a count covers
        ms = self.ms
        nxt = self.spans[k][1] + 1
        while nxt < len(ms) and ms[nxt].tag in ("SS", "SSO", "SSC", "XSN"):
            nxt += 1
        after_gloss = self._past_parenthesis(self.spans[k][1] + 1)  # `3월 둘째 주(9일 기준) 주간 …`
        if t.role == "point" and self._figure_at(nxt):
            return True  # `7월 0.29%보다`, `8월 한 달 사이 0.46% 올라`: the month of the figure
        if self._names_a_release(nxt) or (after_gloss != nxt and self._names_a_release(after_gloss)):
            return True  # `3월 둘째 주 주간 아파트 가격동향`, `8월 산업활동동향`: the period a release covers
        if nxt >= len(ms) or ms[nxt].tag not in ("NNG", "NNP"):
            return False
        end = nxt
        while end + 1 < len(ms) and ms[end + 1].tag in ("NNG", "NNP") and end + 1 - nxt < 4:
            end += 1
        return any(a <= end and nxt <= b for a, b in self.measured)

    def _counted_in_clause(self, k: int) -> bool:
        """The clause of the time ``k`` (a year, month …) tells how often or how long its
        verb happened over it (a count of 회, 차례, 번, or a duration right before its verb,
        after the time: `지난해 한 해 181회로`, `지난해에만 236시간 멈췄다`): the time is
        the stretch counted over, no date of one event."""
        first = self.spans[k][0]
        c = self.clauses[clause_of(self.clauses, first)]
        for j, (a, b) in enumerate(self.spans):
            if j == k or a <= self.spans[k][1] or b > c.last:
                continue
            v = self.values[j]
            if (v.kind == "quantity" and v.unit in _OCCURRENCE_COUNTERS and (v.value or 0) > 1
                    and not (b + 1 < len(self.ms) and self.ms[b + 1].form == "씩")):
                return True  # (not `한 차례`: once is one event; nor `한 차례씩`: once each time)
            if v.kind == "duration" and b + 1 < len(self.ms) and (self.ms[b + 1].tag == "VV" or self.ms[b + 1].form == "동안"):
                return True  # (how long it went on: `236시간 멈췄다`; not `52년 만에`)
        return False

    def _names_a_release(self, i: int) -> bool:
        """The noun phrase at ``i`` (up to four nouns) names a statistics release
        (data/frames.yaml ``release_words``)."""
        ms = self.ms
        j = i
        while j < len(ms) and j - i < 4 and ms[j].tag in ("NNG", "NNP"):
            if ms[j].form in self.lex.release_words:
                return True
            j += 1
        return False

    def _record_of_day(self, k: int) -> FoundFrame | None:
        """`2020년 8월 4일(4.12%) 이후 가장 컸다`: a figure alone in parentheses after the
        day a record last stood is that day's figure, the record (frame of the day + `값`)."""
        first, last = self.spans[k]
        ms = self.ms
        if k == 0 or first < 2 or ms[first - 1].form != "(" or last + 1 >= len(ms) or ms[last + 1].form != ")":
            return None
        day = k - 1
        if self.values[day].kind != "time" or self.spans[day][1] != first - 2:
            return None
        record = self._since_record(day, self.spans[day][1])
        if record is None:
            return None
        return FoundFrame(canonical_key(record.key + _RECORD_VALUE, self.lex), f"{record.text} {_RECORD_VALUE}",
                          "paren", first, last)

    def _since_record(self, k: int, last: int) -> FoundFrame | None:
        """`2023년 3월 9일(-6.02%) 이후 가장 컸다`, `4월 19일 이후 최고`, `1989년 댐 준공 이후
        가장 낮다`: the date after which a figure is the largest (or lowest …), the last
        time such a figure was seen: frame `이후` + the record (data/frames.yaml
        ``superlatives``)."""
        ms = self.ms
        value = self.values[k]
        if value.text.endswith(_SINCE):
            i = last + 1  # `2023년 3월 19일 이후` (the values stage took the word in)
        else:
            i = self._past_parenthesis(last + 1)
            if i < len(ms) and ms[i].tag in ("NNG", "NNP") and i + 1 < len(ms) and ms[i + 1].tag in ("NNG", "NNP") \
                    and ms[i + 1].form in self.lex.dated_nouns:
                i += 2  # `1989년 댐 준공 이후`: the event that set the date
            elif i < len(ms) and ms[i].tag == "NNG" and ms[i].form in self.lex.dated_nouns:
                i += 1
            if i >= len(ms) or ms[i].form not in _SINCE:
                return None
            i += 1
        if i in self.value_at and self.values[self.value_at[i]].kind == "duration":
            # `4월 9일(1,484.1원) 이후 7개월 만에 가장 높다`: the span since the record
            j = self.spans[self.value_at[i]][1] + 1
            if j < len(ms) and ms[j].form == "만":
                i = j + 1 + (j + 1 < len(ms) and ms[j + 1].tag.startswith("J"))
        end = min(len(ms), i + 3)
        for j in range(i, end):
            form = form_key(ms[j].form)
            if ms[j].form == "가장" and j + 1 < len(ms) and ms[j + 1].tag in ("VA", "VV"):
                record = self.lex.superlatives.get(form_key(ms[j + 1].form))
                last_word = j + 1
            elif ms[j].tag in ("NNG", "NNP", "XPN") and form in self.lex.superlatives:
                record, last_word = self.lex.superlatives[form], j
            else:
                continue
            if record is None:
                return None
            key = canonical_key(_SINCE_KEY + record, self.lex)
            return FoundFrame(key, f"이후 {record}", "predicate", self.spans[k][0], last_word)
        return None

    def _past_parenthesis(self, i: int) -> int:
        """The morpheme after a parenthesis opening at ``i`` (``i`` when none opens there)."""
        ms = self.ms
        if i >= len(ms) or ms[i].form != "(":
            return i
        for j in range(i + 1, min(len(ms), i + 12)):
            if ms[j].form == ")":
                return j + 1
        return i

    def _so_far(self, k: int) -> bool:
        """`올해 들어`, `이달 들어서`: the time ``k`` is the stretch so far a record or a count
        is measured over (as_of.py ``is_stretch_so_far``)."""
        return is_stretch_so_far(self.view, self.values[k])

    def _according_to(self, i: int) -> bool:
        """A source named from morpheme ``i`` and then `에 따르면` (`업계에 따르면`,
        `투자은행(IB) 업계에 따르면`): a time right before it dates the report."""
        ms = self.ms
        j = i
        while j < len(ms) and j - i < _SOURCE_REACH and ms[j].tag in _SOURCE_TAGS and j not in self.value_at:
            j += 1
        # (the sequences of data/attribution.yaml ``according_to``, as attribution.py reads them)
        return j > i and j < len(ms) and ms[j].tag == "JKB" and any(
            tuple(m.form for m in ms[j : j + len(seq)]) == seq for seq in attribution_lexicon().according_to)

    def _states(self, i: int) -> bool:
        """Morpheme ``i`` begins a verb of saying (data/frames.yaml ``statement_verbs``:
        `밝혔다`, `말했다`, `설명했다`): a time right before it dates the statement."""
        ms = self.ms
        if i >= len(ms):
            return False
        form = form_key(ms[i].form)
        if ms[i].tag == "VV":
            return form in self.lex.statement_verbs
        return (ms[i].tag == "NNG" and i + 1 < len(ms) and ms[i + 1].tag == "XSV"
                and form + "하" in self.lex.statement_verbs)

    def _one_day_of_a_figure(self, k: int) -> bool:
        """`2일 하루에만 134명이 응급실을 찾았다`, `25일 하루 동안 55만 명이 봤다`: a day
        followed by `하루` and a figure is the day that figure counts, not an event's date;
        so when the figure ends its clause (`17일 하루 다른 통신사로 번호를 옮긴 가입자는
        6,120명`). Another time first ends the search."""
        ms = self.ms
        nxt = self.spans[k][1] + 1
        if nxt >= len(ms) or ms[nxt].form != "하루":
            return False
        first = self.spans[k][0]
        named = first > 1 and ms[first - 1].tag == "ETM" and ms[first - 2].tag == "VCP"
        # (a day a copula names as an event's, `사전 판매 첫날인 21일 하루 동안`, is that event's
        # date too: only a figure right after `하루` makes it the figure's day alone)
        end = min(len(ms) - 1, nxt + 3 if named else self.clauses[clause_of(self.clauses, nxt)].last)
        for j in range(nxt + 1, end + 1):
            if j in self.value_at:
                return self.values[self.value_at[j]].kind != "time"
        return False

    def _bounds_a_figure(self, k: int) -> bool:
        """The time is one end of a `…부터 …까지` period whose other end is the value next to
        it, and a figure's frame starts within PERIOD_REACH morphemes after the period
        (claims.covered_period dates that figure by it)."""
        values, role = self.values, self.values[k].time.role
        if role == "since":
            other = k + 1
            ok = other < len(values) and values[other].time is not None and values[other].time.role == "deadline"
        else:
            other = k - 1
            ok = other >= 0 and values[other].time is not None and values[other].time.role == "since"
        if not ok:
            return False
        # (with no other figure between: `2022년 3월부터 2025년 2월까지 3년간 … 추적 관찰한`
        # is a study's period, told by its length, an event of its own)
        return self._frame_soon_after(self.spans[max(k, other)][1])

    def _frame_soon_after(self, end: int) -> bool:
        """A figure's frame starts within PERIOD_REACH morphemes after morpheme ``end``, with
        no other value between."""
        return any(end < a <= end + PERIOD_REACH and not any(i in self.value_at for i in range(end + 1, a))
                   for a, _b in self.measured)

    def _cut_off_of_a_count(self, k: int) -> bool:
        """`23일까지 접수된 피해 신고는 348건`, `23일까지 옮겨진 컨테이너는`: an end (`까지`) with
        no start, right before an adnominal verb, is the cut-off of the count the verb's
        noun is the frame of, no event of its own (as `오전 9시까지 … 412건` is)."""
        ms = self.ms
        if k > 0 and self.values[k - 1].time is not None and self.values[k - 1].time.role == "since":
            return False  # `…부터 …까지`: _bounds_a_figure's
        i = self.spans[k][1] + 1
        if i + 1 < len(ms) and ms[i].tag == "NNG" and ms[i + 1].tag == "XSV":
            i += 1  # `접수/NNG 되/XSV`
        if not (i + 1 < len(ms) and ms[i].tag in ("VV", "XSV") and ms[i + 1].tag == "ETM"):
            return False
        return self._frame_soon_after(i + 1)

    def _figure_at(self, i: int) -> bool:
        """A figure (no time) starts at morpheme ``i``, or right after a span that says
        over how long (`한 달 사이`, `한 주 새`)."""
        ms = self.ms
        if i in self.value_at and self.values[self.value_at[i]].kind == "duration":
            k = self.value_at[i]
            i = self.spans[k][1] + 1
            if i < len(ms) and ms[i].form in _OVER:
                i += 1
            else:
                return False
        if i not in self.value_at:
            return False
        figure = self.values[self.value_at[i]]
        # a rate or an amount (a flow over the period); not a count, which may be who took
        # part in an event the time dates (`올해 초 13개 기업이 참여한 … 출범했다`)
        return figure.kind in ("money", "percent")

    def _measured_class(self, xsv: int, event: str) -> FoundFrame | None:
        """`출발한 55㎞ 부문`: an event noun's verb (its `하` at ``xsv``) in its adnominal form
        before a measure (data/frames.yaml ``class_units``) and the noun it qualifies names
        which one of a kind the event is of: the frame is that one's event."""
        ms = self.ms
        j = xsv + 1
        while j < len(ms) and ms[j].tag == "EP":
            j += 1
        if j + 1 >= len(ms) or ms[j].tag != "ETM" or j + 1 not in self.value_at:
            return None
        k = self.value_at[j + 1]
        value = self.values[k]
        noun = self.spans[k][1] + 1
        if value.kind != "quantity" or value.unit not in self.lex.class_units or noun >= len(ms) or ms[noun].tag != "NNG":
            return None
        return self._event_frame(f"{value.text} {ms[noun].form}", event, j + 1, noun)

    def _modified_event(self, nxt: int) -> FoundFrame | None:
        """`TIME 열린 콘퍼런스콜`: a verb right after the time whose adnominal ending
        (`-ㄴ`) makes the next nouns the event it dates."""
        ms = self.ms
        i = nxt
        while i < len(ms) and i in self.value_at and self.values[self.value_at[i]].kind == "duration":
            i += 1  # `지난 2~3일 이틀간 진행된 사전투표`: how long, between the time and its verb
        while i < len(ms) and ms[i].tag in ("XSN", "NNB") and ms[i].form in ("간", "동안"):
            i += 1
        placed = self._past_place(i)  # `지난 9일 오후 8시 서울의 한 극장에서 열린 시사회`
        i, past_place = placed, placed > i
        verb = self._past_object(i)  # `지난 26일 오전 7시 24분께 3호선을 멈춰 세운 신호 장애는`
        past_object, i = verb > i, verb
        if i + 1 < len(ms) and ms[i].tag == "NNG" and ms[i + 1].tag == "XSV":
            i += 1  # `발표한`
        if i >= len(ms) or ms[i].tag not in ("VV", "XSV"):
            return None
        if past_object and not self._names_an_event(ms[i - 1].form if ms[i].tag == "XSV" else form_key(ms[i].form)):
            return None  # `승객 196명을 태운 여객선`: the verb with its object is no event of the noun
        adnominal = i
        if (i + 2 < len(ms) and ms[i + 1].tag == "EC" and ms[i + 1].form in _SERIAL and ms[i + 2].tag == "VV"
                and i + 2 not in self.value_at and self._names_an_event(form_key(ms[i].form))):
            # (not the `지난` of the next time: `4일 붙잡혀 지난 5일 구속됐다` is two events)
            adnominal = i + 2  # `멈춰 세운`: two verbs of one event, the first one names it
        start = self._modified_noun(adnominal, ("EP", "VX", "EC"))  # (`… 내놓은 1분기 전월세 실거래 분석`)
        if start is None:
            return None
        numbered = self._numbered_event(start)
        end = start + 1 if numbered else start
        while end + 1 < len(ms) and ms[end + 1].tag in ("NNG", "NNP", "XSN") and end + 1 not in self.value_at and end + 1 - start < 4:
            end += 1
        # (`29일 열린 2차전`: the numbered event, number and all)
        found = self._numbered_frame(start, end, "genitive") if numbered else self._frame_of_run(start, end, "genitive")
        if found is not None and not numbered and not found.text.endswith(self.lex.dated_nouns):
            later = self._numbered_later(end)
            if later is not None:
                # `24일 오후 4시 30분 … 열린 2026 프로축구 2부리그 33라운드 홈경기에서`: the
                # numbered game the phrase names is the event
                found = self._numbered_frame(later, later + 1, "genitive")
        verb = ms[i - 1].form if ms[i].tag == "XSV" else form_key(ms[i].form)
        if found is not None and canonical_key(verb, self.lex) == END_OF_EVENT:
            # `지난 8일 끝난 찬반투표`: the end of the vote, not the vote
            return self._event_frame(found.text, verb, found.first, found.last)
        if found is not None and not found.text.endswith(self.lex.dated_nouns):
            if self._names_an_event(verb):
                if past_place:
                    return None  # `새벽 3시 44분 미국에서 발사된 위성은`: the verb is the event, not the noun
                if canonical_key(verb, self.lex) not in self.lex.occurrence_verbs and verb not in self.lex.holding_verbs:
                    # `지난 8일 발표된 파업 찬반투표`: the announcement of the vote, not the vote
                    # (`지난 3~4일 실시된 사전투표`: holding it is the event itself)
                    return self._event_frame(found.text, verb, found.first, found.last)
        return self._event_key(found) if found is not None else None

    def _numbered_later(self, end: int) -> int | None:
        """A numbered event (``_numbered_event``: `33라운드`, `4차전`) further on in the noun
        phrase that goes on after morpheme ``end`` (nouns, names and the figures of a name,
        up to NUMBERED_REACH morphemes), or None."""
        ms = self.ms
        j = end + 1
        while j < len(ms) and j - end <= NUMBERED_REACH:
            if self._numbered_event(j):
                return j
            if j in self.value_at:
                if self.values[self.value_at[j]].kind == "time":
                    return None
            elif ms[j].tag not in ("NNG", "NNP", "XSN", "SL", "SN", "NNB"):
                return None
            j += 1
        return None

    def _names_an_event(self, verb: str) -> bool:
        """A verb that names an event itself (`발사된`, `선고했다`, `무너진`)."""
        return (verb.endswith(self.lex.dated_nouns) and verb not in self.lex.noun_only_dated) or verb in self.lex.event_verbs

    def _event_frame(self, noun: str | None, verb: str, first: int, last: int) -> FoundFrame | None:
        """The event a time dates: its noun, with the verb unless the verb only says it
        happened; a verb alone (`열린`) says too little (every match is held)."""
        verb_key = canonical_key(verb, self.lex)
        if noun is None:
            # an event verb that names the event itself (`선고했다`, `붙잡혀`) is enough
            if self._names_an_event(verb):
                return FoundFrame(verb_key, verb, "event", first, last)
            return None
        whole = normalise_key(noun) + normalise_key(verb)
        if whole in self.lex.canonical:
            # a synonym written as a phrase (`막을 내렸다` = 폐막): its words as written,
            # before each is made canonical alone (내리 alone is a fall)
            return FoundFrame(self.lex.canonical[whole], f"{noun} {verb}", "predicate", first, last)
        noun_key = canonical_key(noun, self.lex)
        if verb_key in self.lex.occurrence_verbs or verb in self.lex.start_verbs:
            return FoundFrame(noun_key, noun, "predicate", first, last)
        if verb_key in _RISE_FALL and noun.replace(" ", "").endswith(self.lex.dated_nouns):
            # `대설경보가 내려졌다` (issued), `안건이 주주총회에 오른다` (put before it): an
            # event's noun with 내리 or 오르 is that event, no fall or rise
            return FoundFrame(noun_key, noun, "predicate", first, last)
        key = noun_key + verb_key
        return FoundFrame(self.lex.canonical.get(key, key), f"{noun} {verb}", "predicate", first, last)

    def _event_key(self, found: FoundFrame | None, named: bool = False) -> FoundFrame | None:
        """`의결 시각` → `의결`: the event, not the word for its time; a recurring event
        written alone (`경기`) is none in particular."""
        if found is None:
            return None
        text = found.text
        for word in self.lex.time_words:
            if text.endswith(word) and len(text) > len(word):
                text = text[: -len(word)].strip()
                found = found._replace(key=canonical_key(text, self.lex), text=text)
                break
        if found.key in self.lex.recurring_events and not (named and found.key in self.lex.owned_events):
            return None
        return found

    def _event_topic(self, first: int, clause: int) -> FoundFrame | None:
        """The common-noun topic or subject of the time's clause (`사고는 …`), or of the
        clause a cleft refers to (`사고가 난 것은 …` → the subject and verb before 것)."""
        ms = self.ms
        c = self.clauses[clause]
        for i in range(first - 1, c.first - 1, -1):
            m = ms[i]
            if not (m.tag in ("JX", "JKS") and m.form in _TOPIC_PARTICLES) or i == 0:
                continue
            prev = ms[i - 1]
            if not (prev.end == m.start or (m.form == "ㄴ" and prev.end > m.start)) or prev.tag not in _NOUN_TAGS:
                continue
            if prev.form in ("것", "거") and prev.tag == "NNB":  # `유실된 건 …` (거 + ㄴ)
                return self._cleft(i - 1, c.first)
            if prev.form in self.lex.time_words and i >= 2 and ms[i - 2].tag == "ETM":
                return self._cleft(i - 1, c.first)  # `고점을 찍은 시각은 …`: the clause before the time word
            run = self._run_before(i - 1)
            numbered = self._numbered_topic(i - 1, run)
            if numbered is not None:
                return self._event_key(numbered)  # `4차전은 오는 3일 오후 7시 … 열린다`
            text = self._text(*run) if run is not None else ""
            if run is None or all(ms[j].tag == "NNP" for j in range(run[0], run[1] + 1)) or text in self.lex.agent_nouns or text.endswith("들"):
                return None  # `평가원은 …`, `수험생들은 …`: who acts, not the event dated
            found = self._frame_of_run(*run, "topic")
            return self._event_key(found) if found is not None else None
        return None

    def _numbered_topic(self, last: int, run: tuple[int, int] | None) -> FoundFrame | None:
        """A numbered event as a topic, number and all: `4차전은` (the counter is the
        noun), `3차 협상은` (a noun after the numbered counter)."""
        if run is None and last >= 1 and self._numbered_event(last - 1):
            return self._numbered_frame(last - 1, last, "topic")
        if run is not None and run[0] >= 2 and self._numbered_event(run[0] - 2):
            return self._numbered_frame(run[0] - 2, run[1], "topic")
        return None

    def _numbered_frame(self, first: int, last: int, how: str) -> FoundFrame:
        """The frame of a numbered event from its number to its last noun (`2차전`, `3차 협상`):
        the number stays in the key, which tells one game or round from another."""
        text = self._text(first, last)
        return FoundFrame(canonical_key(text, self.lex), text, how, first, last)

    def _cleft(self, thing: int, lo: int) -> FoundFrame | None:
        """`사고가 난 것은 …`: the verb of the clause before 것, with its subject or object."""
        ms = self.ms
        verb = thing - 1
        while verb > lo and ms[verb].tag in ("ETM", "EP", "XSV"):
            verb -= 1
        if ms[verb].tag not in ("VV", "NNG"):
            return None
        arg = verb - 1
        while arg > lo and (ms[arg].tag == "MAG" or ms[arg].form in _FIRST_TIME):
            arg -= 1  # `소행성을 처음 포착한 건`: an adverb between the verb and its argument
        if arg >= 1 and ms[arg].tag in ("JKS", "JKO") and ms[arg - 1].tag == "NNG":
            first = arg - 1
            while first > lo and ms[first - 1].tag in ("NNG", "XPN") and ms[first - 1].end == ms[first].start:
                first -= 1  # `첫 감염목이 확인된 건`: the whole word (`마을 제방이`: the noun alone)
            return self._event_frame(self._text(first, arg - 1), form_key(ms[verb].form), first, verb)
        return self._event_frame(None, form_key(ms[verb].form), verb, verb)

    def _is_gloss(self, k: int) -> bool:
        """`1억 달러(약 1천127억원)`: restates the value before it (a share after an
        amount, `2,550억원(6.4%)`, is a fact of its own, and so is a period's score after
        the game's, `3-0(25-18 …)`)."""
        v = self.values[k]
        prev = self.values[k - 1] if k > 0 else None
        return (
            prev is not None and v.kind != "score" and self.view.char(v.start - 1) == "(" and prev.end == v.start - 1
            and prev.kind == v.kind
            and (v.kind == "money" or prev.unit == v.unit)
        )

    # ------------------------------------------------------------------ entity

    def _entity(self, k: int, first: int, frame: FoundFrame, item: tuple[int, int] | None, clause: int) -> tuple[Mention | None, str]:
        value = self.values[k]
        ms = self.ms
        if item is not None:
            start, end = ms[item[0]].start, ms[item[1]].end
            named = next((m for m in self.mentions if m.start <= start and end <= m.end or start <= m.start < end), None)
            if named is not None:
                return named, "item"
            return Mention(start, end, self.view.slice(start, end), "unknown", "nnp"), "item"
        # `오세진의 시즌 30호 홈런`: the possessor of the frame's words
        frame_start = ms[min(frame.first, first)].start
        owner = [m for m in self.mentions if m.role == "genitive" and m.end <= frame_start and frame_start - m.role_at <= 2]
        if owner and frame.how in ("left", "topic"):
            return owner[-1], "possessor"
        # `가람시 기온은 …`: a place or an organisation written right before the frame's words
        if frame.how in ("left", "topic") and frame.first < first:
            before = [m for m in self.mentions if m.type in ("place", "org") and m.role is None
                      and 0 <= frame_start - m.end <= 1]
            if before:
                return before[-1], "possessor"
        c = self.clauses[clause]
        lo, hi = ms[c.first].start, ms[c.last].end
        topics = [m for m in self.mentions if m.role in ("topic", "subject") and lo <= m.start < hi and m.end <= value.start]
        if topics and not self._speaks(clause):
            return topics[-1], "subject"
        return None, "none"

    def _speaks(self, clause: int) -> bool:
        """The clause (or the sentence's last one) reports what its subject said."""
        ms = self.ms
        for c in (self.clauses[clause], self.clauses[-1]):
            verbs = [i for i in range(c.first, c.last + 1) if ms[i].tag in ("VV", "VA") or ms[i].tag == "NNG" and i + 1 <= c.last and ms[i + 1].tag == "XSV"]
            if verbs and form_key(ms[verbs[-1]].form) in self.lex.source_verbs:
                return True
        return False


# the stages an article's headline may give all of its figures: the instance of a
# trial or the draft and final of a figure (`항소심서 감형`, `예산 … 확정`)
HEADLINE_STAGES = frozenset({"first_instance", "appeal", "preliminary", "final", "postseason"})


def headline_stage(title: list) -> str | None:
    """The one stage the headline's words name (data/frames.yaml ``stages``), if exactly
    one of HEADLINE_STAGES: the figures of an article headed `항소심서 감형` are the
    appeal's unless their own clause says otherwise."""
    lex = frame_lexicon()
    found = set()
    for sentence in title:
        ms = sentence.morphemes
        words = {form_key(m.form) for m in ms}
        for i, m in enumerate(ms):
            stage = lex.stages.get(form_key(m.form))
            if stage is None or (i + 1 < len(ms) and ms[i + 1].form in BASE_WORDS):
                continue  # `정부안보다 7천억원 늘어`: the stage compared with is not the article's
            if _compound_of_another(ms, i):
                continue  # `잔여 물량은 예비당첨자로`: people, not a preliminary figure
            if stage == "final" and words & lex.draft_makers:
                stage = "preliminary"  # `정부, 추경 의결`: the government decides its bill
            found.add(stage)
    found &= HEADLINE_STAGES
    return next(iter(found)) if len(found) == 1 else None


def with_headline_stage(context: list[str], stage: str | None) -> list[str]:
    """A claim's context words with the headline's stage when its clause names none."""
    if stage is None or any(w.startswith("%") and not w.startswith(SPAN_MARK) for w in context):
        return context
    return sorted({*context, f"%{stage}"})


# content words read around a value: before it (its nouns, modifiers, topic) and after
# it (its predicate)
CONTEXT_BEFORE = 6
CONTEXT_AFTER = 4
_CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "XR", "SL"})


# the period a change is measured against, by the words of its base (`직전 분기보다`,
# `작년 동기 대비`, `1년 전보다`): a change over a quarter is not one over a year
_QUARTER_BASE = frozenset({"분기", "전분기"})
_YEAR_BASE = frozenset({"전년", "작년", "지난해", "동기", "년"})


def _base_period(ms, first: int, clause_first: int, value_spans: list[tuple[int, int]],
                 inside: set[int] | None = None) -> str | None:
    """``base_quarter`` / ``base_year`` when the figure at ``first`` is compared with
    the quarter or the year before (its base phrase ends in 보다/대비 after any
    earlier figure of its clause), else None. ``inside``: the morphemes the value
    spans cover, when already known."""
    if inside is None:
        inside = {i for a, b in value_spans for i in range(a, b + 1)}
    # the base marker nearest before the figure, with no figure of its own in between
    marker = None
    for i in range(first - 1, clause_first - 1, -1):
        if ms[i].form in BASE_WORDS:
            marker = i
            break
        if i in inside and _ends_a_figure(ms, i):
            return None
    if marker is None:
        return None
    # its phrase: back to the previous figure that stands on its own (`12%가량,`); a time
    # inside it is the base's own (`1년 전보다`, `전년 같은 분기보다`), and so is a figure
    # alone in parentheses (`전년 동기(1조350억원)보다`, `1년 전(1,084억원)보다`: the base's level)
    glossed = {a - 1 for a, b in value_spans if _in_parens(ms, a, b)}  # the `(` of each
    start = max([b + 1 for a, b in value_spans if b + 1 < marker and _ends_a_figure(ms, b)
                 and not _in_parens(ms, a, b) and b + 1 not in glossed] + [clause_first])
    words = {ms[i].form for i in range(start, marker)}
    quarter, year = bool(words & _QUARTER_BASE), bool(words & _YEAR_BASE)
    if quarter == year:
        return None  # neither, or both (`전년 같은 분기`)
    return "base_quarter" if quarter else "base_year"


def _in_parens(ms, a: int, b: int) -> bool:
    """The morphemes ``a``..``b`` are all a parenthesis holds (`(1조350억원)`)."""
    return a > 0 and b + 1 < len(ms) and ms[a - 1].form == "(" and ms[b + 1].form == ")"


# the series mark of a figure's comparison base (``#보다2만6500원``)
BASE_MARK = "#보다"


def _base_figure(ms, first: int, clause_first: int, value_spans: list[tuple[int, int]], figures,
                 inside: set[int]) -> list[str]:
    """``#보다<figure>`` when the figure at ``first`` is compared with a figure written
    right before its base marker, or alone in parentheses there (`15만8천대보다 35% 많다`,
    `사전 판매량(12만4천대)보다 36.6% 많다`): a comparison with another base figure is
    another fact (`62만대보다 약 15% 많다`; align.py tells two bases apart)."""
    for i in range(first - 1, clause_first - 1, -1):
        if ms[i].form in BASE_WORDS:
            end = i - 1
            if end > 0 and ms[end].form == ")":
                end -= 1  # `(12만4천대)보다`
            for (a, b), value in zip(value_spans, figures):
                if b == end and (end == i - 1 or _in_parens(ms, a, b)) and value.kind in ("quantity", "money", "number", "percent") and value.value is not None:
                    return [f"{BASE_MARK}{value.value:g}{value.unit or ''}"]
            return []
        if i in inside and _ends_a_figure(ms, i):
            return []
    return []


_TOOK = re.compile(r"\s?(?:만에|만이다|만에야|째)")


def _milestone(view: SentenceView, first: int, last: int, clause_last: int, value_spans: list[tuple[int, int]],
               figures) -> list[str]:
    """``#<figure>`` when the span at ``first`` is how long a figure after it in its clause
    took to reach (`개봉 나흘 만에 누적 관객 100만 명을 넘어섰다`): the span to another
    milestone (`12일 만에 500만`) is another fact."""
    ms = view.morphemes
    mine = next((v for (a, b), v in zip(value_spans, figures) if a == first and b == last), None)
    if mine is None:
        return []
    took = mine.kind == "duration" and _TOOK.match(view.text, ms[last].end - view.offset)
    dated = mine.kind == "time" and mine.time is not None and mine.time.role == "point"
    if not took and not dated:
        return []
    for (a, b), value in zip(value_spans, figures):
        if last < a <= clause_last and value.kind in ("quantity", "number") and value.value is not None:
            if dated and not _passes_a_mark(ms, a, b, clause_last):
                return []  # `10일 관객 30만 명을 모았다`: the day's own figure, no milestone
            return ["#" + format(value.value, "f").rstrip("0").rstrip(".")]
    return []


def _passes_a_mark(ms, a: int, b: int, clause_last: int) -> bool:
    """The figure of morphemes ``a``..``b`` is a mark a running count passed (data/frames.yaml
    ``milestone_words``: `300만 고지에 올랐다`, `100만 명을 돌파했다`, the verb read inside
    the figure in `300만 명을 넘어`): the day before it dates passing that mark, and the
    day another mark was passed is another fact."""
    words = frame_lexicon().milestone_words
    for j in range(a + 1, min(clause_last, b + 4) + 1):
        if form_key(ms[j].form) in words:
            return True
    return False


# verbs that set a figure against another (`평균을 웃돌았다`, `평균보다 높다`)
_AGAINST = frozenset({"웃돌", "밑돌", "넘", "넘어서", "상회", "하회", "앞서", "높", "낮", "크", "작", "많", "적"})


def _set_against(ms, i: int) -> bool:
    """The noun at ``i`` is the object or the base of a comparing verb (`평균을 크게
    웃돌았다`, `평균보다 높았다`): what a figure is set against, not what it is."""
    if i + 1 >= len(ms) or not (ms[i + 1].tag == "JKO" or ms[i + 1].form in BASE_WORDS):
        return False
    for j in range(i + 2, min(len(ms), i + 5)):
        if ms[j].tag in ("VV", "VA") or (ms[j].tag == "NNG" and j + 1 < len(ms) and ms[j + 1].tag in ("XSV", "XSA")):
            return form_key(ms[j].form) in _AGAINST
    return False


def _ends_a_figure(ms, b: int) -> bool:
    """The value ending at morpheme ``b`` stands on its own: a particle, a mark or a
    measure word follows it, not the rest of a noun phrase."""
    if b + 1 >= len(ms):
        return True
    nxt = ms[b + 1]
    return nxt.tag.startswith("J") or nxt.tag in ("SP", "SF", "SS", "SSO", "SSC") or nxt.form in ("가량", "안팎", "정도", "남짓")


def _told_as_experience(ms, last: int, clause_last: int) -> bool:
    """The clause of the figure ending at ``last`` tells what once happened (`-ㄴ 적이
    있다/없다`: `투구 수 109개에서 교체된 적이 있다`): the figure is of an earlier occasion,
    not of the one the story is about."""
    for i in range(last + 1, min(clause_last, len(ms) - 2) + 1):
        if ms[i].tag == "ETM" and ms[i + 1].form == "적" and ms[i + 1].tag == "NNB":
            j = i + 2
            if j < len(ms) and ms[j].tag in ("JKS", "JX"):
                j += 1
            return j < len(ms) and ms[j].form in ("있", "없")
    return False


def _names_the_figure(ms, i: int, first: int) -> bool:
    """The word at ``i`` is in the noun phrase of the figure starting at ``first``:
    before it, with no predicate and no particle but a topic's or a subject's in
    between (`종전 기록은 2시간06분31초`, `종전 최고가 17억2천만원`)."""
    if i >= first:
        return False
    for j in range(i + 1, first):
        tag = ms[j].tag
        if tag.startswith(("V", "XSV", "XSA", "E")) or tag in ("JKB", "JKO", "JKG", "JC"):
            return False
    return True


def _dated_by_the_figure(ms, i: int, last: int) -> bool:
    """The word at ``i`` begins the noun a one-verb relative clause ending right after
    the figure modifies (`2023년 12월 세운 종전 기록`: the day the earlier record was set)."""
    j = last + 1
    if j + 1 < len(ms) and ms[j].tag == "NNG" and ms[j + 1].tag == "XSV":
        j += 1  # `지난달 26일 기록한 종전 최고치`
    elif j >= len(ms) or ms[j].tag != "VV":
        return False
    j += 1
    while j < len(ms) and ms[j].tag == "EP":
        j += 1
    return j < len(ms) and ms[j].tag == "ETM" and j + 1 == i


def _is_capacity(value: Value) -> bool:
    """A storage capacity (`256GB`, `1TB`): it names a model of a product."""
    return (value.unit or "").upper() in CAPACITY_UNITS


def _names_a_model(ms, i: int) -> bool:
    """A model word (`모델`, `형`) at ``i``, or after one more noun (`기본 모델`)."""
    if i < len(ms) and form_key(ms[i].form) in _MODEL_WORDS:
        return True
    return i + 1 < len(ms) and ms[i].tag == "NNG" and form_key(ms[i + 1].form) in _MODEL_WORDS


def _kept_as(ms, i: int) -> bool:
    """The stage word at ``i`` says a figure was kept as that stage had it: `원안대로`,
    `정부안대로`, `원심대로`, `원안 그대로`."""
    return i + 1 < len(ms) and ms[i + 1].form in ("대로", "그대로")


def _stage_of_another(ms, i: int, starts: set[int]) -> bool:
    """`1심의 5억원에서 3억원으로`: a stage word in the genitive before another value,
    or with other values in a parenthesis right after it (`구형(징역 5년)`), is that
    value's stage, not the clause's."""
    if ms[i].tag == "VV" and i > 0 and ms[i - 1].tag == "NNG" and ms[i - 1].end == ms[i].start:
        return True  # `손바뀜됐다`: a verb inside a compound word is no stage of the figure
    if i + 1 < len(ms) and ms[i + 1].form in ("(", "（") and any(j in starts for j in range(i + 2, min(len(ms), i + 5))):
        return True  # `검찰 구형(징역 5년·벌금 1억3500만원)보다 낮아졌다`: the figures in its parenthesis
    if i + 2 < len(ms) and ms[i + 1].tag == "JKG" and (i + 2) in starts:
        return True
    # `시가 제출한 2조4천860억 원 가운데 142개 사업에서`: a stage verb whose relative clause
    # ends right before another value is that value's stage
    j = i + 1
    while j < len(ms) and j <= i + 2 and ms[j].tag in ("XSV", "XSA", "EP"):
        j += 1
    return j + 1 < len(ms) and j > i + 1 and ms[j].tag == "ETM" and (j + 1) in starts


# the most items of a list the level of a change may end (`주택 11가구, 창고 2동, 차량 3대로`)
MAX_LIST_ITEMS = 4
# the particles that join two items (the analyzer tags `과` before a figure JC or JKB)
_AND = _LIST_AND - {"등"}


def _past_marks(ms, forms, i: int, lex: FrameLexicon) -> int:
    """The first morpheme from ``i`` that is no bracket, comma or measure word (`가량`)."""
    while i < len(ms) and (ms[i].tag in ("SS", "SSO", "SSC", "SP") or forms[i] in lex.measure_words):
        i += 1
    return i


def _demanded(ms, forms, last: int, lex: FrameLexicon) -> bool:
    """The figure is part of what one side demands: the sentence goes on from it, with no
    sentence end between, to a quoted command or obligation (`올리라고`, `없애라고`, `줄여야
    한다고`) that a verb of demanding takes (data/frames.yaml ``demand_verbs``: `요구하고
    있다`, `촉구했다`; `…야 한다고 주장했다`). A fact quoted as said (`3천명이라고 밝혔다`,
    `늘었다고 주장했다`) is none."""
    for i in range(last + 1, len(ms) - 1):
        m = ms[i]
        if m.tag in ("EF", "SF"):
            return False
        if m.tag != "EC" or not (m.form in _QUOTED_COMMANDS or m.form.endswith(_QUOTED_STATEMENT)):
            continue
        nxt = form_key(forms[i + 1])
        if m.form in _QUOTED_COMMANDS and ms[i - 1].tag == "VV" and nxt in lex.demand_verbs:
            return True  # `없애라고 요구`
        if (m.form.endswith(_QUOTED_STATEMENT) and ms[i - 1].form == "하" and i >= 2 and ms[i - 2].form in ("어야", "아야", "야")
                and (nxt in lex.demand_verbs or nxt == _INSIST)):
            return True  # `줄여야 한다고 주장`
    return False


# quoting endings of a command (`없애라고`), and how one of a statement ends (`한다고`)
_QUOTED_COMMANDS = frozenset({"라고", "으라고"})
_QUOTED_STATEMENT = "다고"
# `주장`: a demand only of an obligation quoted (`올려야 한다고 주장했다`)
_INSIST = "주장"


def _in_a_condition(ms, forms, last: int, clause: Clause, lex: FrameLexicon) -> bool:
    """The figure is a threshold in a condition: the first connective ending after it is a
    conditional one (`3배를 넘으면`, `35도 이상이면`: data/frames.yaml ``condition_endings``),
    or a verb after it qualifies a noun of condition first (`100만명을 넘을 경우`:
    ``condition_nouns``), and the verb is one of reaching or passing a mark
    (``condition_verbs``): `…와 비교하면`, `…을 고려하면` and `…에 따르면` set no threshold.
    A mark something holds even at (`수온 13도에서도 정상적으로 자라`) is one too."""
    if last + 2 < len(ms) and ms[last + 1].form == "에서" and ms[last + 1].tag == "JKB" and ms[last + 2].form == "도" and ms[last + 2].tag == "JX":
        return True  # `수온 13도에서도 자라`: even at a mark, a condition
    end = min(clause.last, len(ms) - 2)
    for i in range(last + 1, end + 1):
        if ms[i].tag in ("EC", "EF"):
            return ms[i].tag == "EC" and forms[i] in lex.condition_endings and _passing(ms, forms, i - 1, lex)
        if ms[i].tag == "ETM" and ms[i + 1].form in lex.condition_nouns:
            return _passing(ms, forms, i - 1, lex)
    return False


def _passing(ms, forms, v: int, lex: FrameLexicon) -> bool:
    """The predicate ending at morpheme ``v`` reaches or passes a mark (`넘`, `초과하`,
    `이상이`: data/frames.yaml ``condition_verbs``)."""
    while v > 0 and ms[v].tag == "EP":
        v -= 1
    if ms[v].tag in ("VCP", "XSV", "XSA") and v > 0:
        v -= 1  # `이상/NNG 이/VCP`, `초과/NNG 하/XSV`
    return form_key(forms[v]) in lex.condition_verbs


def _reached_by_change(ms, forms, last: int, clause: Clause, lex: FrameLexicon,
                       value_spans: Sequence[tuple[int, int]] = ()) -> bool:
    """The value is the level a change reached (`80회에서 120회로 늘렸다`, `5천600여명까지
    늘었던`): what the figure measures changes, so it is no fixed fact. So is each item of a
    list the change's level ends (`피해는 주택 11가구, 창고 2동, 차량 3대로 늘었다`)."""
    if forms[last] in ("배", "갑절"):
        return False  # `2.1배로 늘었다`: a multiple of a base, the change itself
    starts: dict[int, int] | None = None  # (first morpheme -> last, of each value: read only for a list)
    i = _past_marks(ms, forms, last + 1, lex)
    for _ in range(MAX_LIST_ITEMS):
        # another item of the list: after a comma or `과/와`, up to three nouns (two after
        # `과/와`) and a figure
        j = i + 1 if i < len(ms) and ms[i].tag in ("JC", "JKB") and ms[i].form in _AND else i
        if j == i and not (i > last + 1 and ms[i - 1].tag == "SP" and ms[i - 1].form == ","):
            break
        if starts is None:
            starts = dict(value_spans)
        while j < len(ms) and j - i < 3 and ms[j].tag in ("NNG", "NNP") and j not in starts:
            j += 1
        if j not in starts or j == i:
            break
        i = _past_marks(ms, forms, starts[j] + 1, lex)
    if not (i < len(ms) and ((ms[i].tag == "JKB" and ms[i].form in ("로", "으로")) or ms[i].form == "까지")):
        return False
    for j in range(i + 1, min(clause.last, len(ms) - 1) + 1):
        if forms[j] in BASE_WORDS and not _YEAR_BASE.isdisjoint(forms[i + 1 : j]):
            # `출생아가 412명으로 전년(340명)보다 21.2% 뛰었다`: a year's figure against the
            # year before, a fixed fact of that year, no level that moves on
            return False
        if ms[j].tag in ("VV", "VA") or (ms[j].tag == "NNG" and j + 1 < len(ms) and ms[j + 1].tag == "XSV"):
            return canonical_key(forms[j], lex) in lex.change_keys
    return False


# the marks context_words puts before a word that is no plain word of the context:
# a name, an actor, a stage, an estimate and its sources, a member of a series, a
# configuration or the base figure of a comparison, the event a catalogue time dates, a
# level a change reached, the actor whose figure it is (`*노조`)
MARKS = ("@", "&", "%", "^", "#", "!", "=", "*")
# the level a change reached (`120회로 늘렸다`): its frame changes over time
REACHED = "=reached"
# the change a count told as added is filed as (`1명이 추가로 확인돼` = `~사례증가`)
ADDED_CHANGE = "증가"
# a figure in a condition (`ALT가 정상 상한의 3배를 넘으면 투약을 멈춘다`): a threshold, no figure
# that happened; compared only with another condition's (reconcile/align.py)
CONDITION = "%condition"
ESTIMATE = "^estimate"
# a figure of the whole (`시 전체`, `전국`): a name no place of it is
WHOLE = "@전체"


def estimate_sources(context: list[str] | set[str]) -> list[str]:
    """The organisations an estimate names (`^한빛연구소`), as marked in a context."""
    return [w for w in context if w.startswith("^") and w != ESTIMATE]


def plain_words(context: list[str] | set[str]) -> set[str]:
    """The context's words without its marked ones."""
    return {w for w in context if w[:1] not in MARKS}


def _owner_topic(ms, forms: list[str], first: int, value_spans: list[tuple[int, int]], lex) -> str | None:
    """The actor topic right before a figure, past no other figure (`노조는 월 14만2000원
    인상을, 회사는 6만8000원 인상을`: the union's figure and the company's)."""
    floor = max((b for _, b in value_spans if b < first), default=-1)
    for i in range(first - 1, floor, -1):
        if ms[i].tag in ("JX", "JKS") and ms[i].form in _TOPIC_PARTICLES and i > 0 and forms[i - 1] in lex.agent_nouns:
            # (`김 후보는`: a named one is told apart by its name)
            return None if i > 1 and ms[i - 2].tag in ("NNP", "SL") else forms[i - 1]
    return None


def _sentence_context(view: SentenceView, mentions: list[Mention]) -> tuple[dict[int, Mention], set[str]]:
    """What ``context_words`` reads of the whole sentence, the same for each of its
    values: the morphemes each mention covers, and the sentence's content words.
    Computed once per sentence (and list of mentions)."""
    memo = view.memo.get("context")
    if memo is not None and memo[0] is mentions:
        return memo[1], memo[2]
    named = {}
    for m in mentions:
        if m.type == "person" and m.source == "title" and len(m.text) == 1:
            continue
        a, b = view.span_indices(m.start, m.end)
        for i in range(a, b + 1):
            named[i] = m
    forms, ms = view.forms(), view.morphemes
    sentence_words = {forms[i] for i in range(len(ms)) if ms[i].tag in _CONTENT_TAGS}
    view.memo["context"] = (mentions, named, sentence_words)
    return named, sentence_words


def _inside_values(view: SentenceView, value_spans: list[tuple[int, int]]) -> set[int]:
    """The morphemes the sentence's values cover (the same list for each of its values:
    computed once per list)."""
    memo = view.memo.get("inside")
    if memo is not None and memo[0] is value_spans:
        return memo[1]
    inside: set[int] = set()
    for a, b in value_spans:
        inside.update(range(a, b + 1))
    view.memo["inside"] = (value_spans, inside)
    return inside


# the mark of a figure totalled over a span its clause names (`이틀 동안 투입된 급수차는 모두
# 42대`: ``%over2일``); align.py keeps it apart from a total over another span
SPAN_MARK = "%over"
# the words after a span that make it the stretch a figure is totalled over
_OVER_WORDS = frozenset({"동안", "간", "내내"})


def _span_total(ms, first: int, clause_first: int, value_spans: list[tuple[int, int]], figures) -> list[str]:
    """``%over<span>`` when a span of time followed by 동안/간 stands before the figure at
    ``first`` in its clause, with no other figure between (`사흘 동안 3만2천명이 다녀갔다`,
    `이틀 동안 투입된 급수차는 모두 42대`): the figure is a total over that span, not a
    total over another span."""
    for (a, b), value in sorted(zip(value_spans, figures), key=lambda x: -x[0][0]):
        if b >= first or a < clause_first:
            continue
        if value.kind != "duration" or value.value is None:
            return []  # another figure stands between
        after = b + 1
        if (after < len(ms) and ms[after].form in _OVER_WORDS
                and not (after + 1 < len(ms) and ms[after + 1].tag == "JKG")):  # (`보름간의 파업`: a noun's span)
            return [f"{SPAN_MARK}{value.value:g}{value.unit or ''}"]
        return []
    return []


def _a_sum(ms, first: int, clause_first: int, value_spans: list[tuple[int, int]]) -> bool:
    """The figure at morpheme ``first`` is a sum: of the figures its clause lists before
    it (`선원 7명과 외국인 선원 5명 등 13명`, also `등 모두 12명`), or of what it says it
    includes (`협력업체 직원을 포함해 143명`, `선장을 포함한 12명`)."""
    i = first - 1
    while i > 0 and ms[i].form in _SUM_WORDS:
        i -= 1  # `등 모두 12명`, `등 총 134명`
    if i >= 0 and ms[i].form == "등" and any(a < i for a, _ in value_spans if a >= clause_first):
        return True
    return (first >= 3 and ms[first - 3].form == "포함" and ms[first - 2].tag == "XSV"
            and ms[first - 1].tag in ("EC", "ETM"))


# stages of which a figure is of one or the other, never both: a season's regular rounds
# and its play-offs, a trial's two instances, an offering's two rounds
_ONE_OF_TWO_STAGES = (frozenset({"regular", "postseason"}), frozenset({"first_instance", "appeal"}),
                      frozenset({"bookbuilding", "subscription"}))


# what a rate is conventionally of (`3.3㎡당 분양가`, `시간당 최저임금`): no other figure to tell apart
_RATE_BASES = TYPE_UNITS | {"시간"}
# words between `등` and the sum it closes (`등 모두 12명`)
_SUM_WORDS = frozenset({"모두", "총", "전체"})


def _numbered_thing(ms, i: int, lex) -> bool:
    """The number at ``i`` is glued to a noun of data/frames.yaml ``numbered_nouns`` after
    it (`5공장은`, `제2부지`, `3단계 사업`): which one of a numbered kind the clause is about."""
    nxt = ms[i + 1]
    return nxt.start == ms[i].end and nxt.tag == "NNG" and nxt.form in lex.numbered_nouns


def _clause_marks(view: SentenceView, lex) -> tuple[list[tuple[int, str]], list[int]]:
    """The sentence's stage words (index, stage) and its numbers (SN morphemes' indices),
    in order: what ``context_words`` looks for in each clause, found once per sentence."""
    memo = view.memo.get("clause_marks")
    if memo is None:
        stage_words, forms, ms = lex.stages, view.forms(), view.morphemes
        # (a one-letter stage word only as a determiner glued to its noun: `순제작비`, not `순으로`)
        stage_at = [(i, stage_words[f]) for i, f in enumerate(forms) if f in stage_words
                    and (len(f) > 1 or (ms[i].tag in ("MM", "XPN") and i + 1 < len(ms) and ms[i + 1].start == ms[i].end
                                        and ms[i + 1].tag == "NNG"))]
        # a compound the analyzer splits (`인상안` = 인상 + 안): its parts written together
        stage_at += [(i, stage_words[forms[i - 1] + f]) for i, f in enumerate(forms)
                     if i and ms[i - 1].end == ms[i].start and forms[i - 1] + f in stage_words]
        # (a change word glued to the noun after it names that noun: `조정회의` is a mediation
        # meeting, no plan moved)
        stage_at = [(i, stage) for i, stage in stage_at if not (
            stage == "revised" and i + 1 < len(ms) and ms[i + 1].tag == "NNG" and ms[i + 1].start == ms[i].end)]
        # (a final stage still to come is none yet: `찬반투표를 거쳐 최종 확정된다`, `확정될 예정`)
        stage_at = [(i, stage) for i, stage in stage_at if not (stage == "final" and _yet_to_come(ms, i))]
        stage_at = [(i, stage) for i, stage in stage_at if not _compound_of_another(ms, i)]
        stage_at.sort()
        numbers_at = [i for i, m in enumerate(ms) if m.tag == "SN"]
        memo = view.memo["clause_marks"] = (stage_at, numbers_at)
    return memo


# what a stage word glued before it makes a noun of its own: a rate or a fund
# (`예비율`, `예비비`: a reserve), people (`예비당첨자`, `예비후보`: those in reserve)
_OTHER_THING_SUFFIXES = frozenset({"율", "률", "비"})
_PEOPLE_HEADS = frozenset({"후보", "후보자"})


def _compound_of_another(ms, i: int) -> bool:
    """The stage word at ``i`` is the first part of a compound that names something else:
    a reserve ratio or fund, or people in reserve (`예비율 12%`, `예비당첨자`), not a
    figure at that stage (`잠정치`, `예비심사`, `잠정합의안` stay stages)."""
    if i + 1 >= len(ms) or ms[i + 1].start != ms[i].end:
        return False
    nxt = ms[i + 1]
    if nxt.tag == "XSN":
        return nxt.form in _OTHER_THING_SUFFIXES
    return nxt.tag == "NNG" and (nxt.form in _PEOPLE_HEADS or (len(nxt.form) > 1 and nxt.form.endswith("자")))


# the endings of a verb that has not happened yet: `확정된다`, `확정될`, `확정하겠다`
_TO_COME = frozenset({"ㄴ다", "는다", "ㄹ", "을", "겠"})


def _yet_to_come(ms, i: int) -> bool:
    """The word at ``i`` (or the verbal noun after it, `최종 확정된다`) is a verb whose
    ending says it has not happened yet."""
    j = i + 1
    while j < len(ms) and j <= i + 2 and ms[j].tag == "NNG":
        j += 1
    if j + 1 >= len(ms) or ms[j].tag != "XSV":
        return False
    return ms[j + 1].form in _TO_COME and ms[j + 1].tag in ("EF", "ETM", "EP")


# what may stand between `N당` and the figure it divides, within one noun phrase (`1인당
# 예산은 원안 기준 460만원`): nouns, their particles and suffixes; another number or any
# predicate ends the phrase
_PER_PHRASE_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "XSN", "XPN", "JX", "JKS", "JKG", "JKO"})
PER_REACH = 8
PER_NEAR = 3  # within this many morphemes before the figure, `N당` counts whatever stands between


# a percentage or a multiple is the same for the whole as for each one (`1g당 가격이 3.15%
# 올랐다` is the price's rise): never an amount for each one
_RATE_KINDS = frozenset({"percent", "ratio"})


def _per_each(ms, first: int, last: int, clause_first: int) -> bool:
    """The figure at morphemes ``first``..``last`` is an amount for each one: `N당` in the
    noun phrase before it (`회당 1만2천석`, `시민 1인당 예산은 원안 기준 460만원꼴`), or
    `꼴` right after it (`하루 3명꼴`: so many for each)."""
    if last + 1 < len(ms) and ms[last + 1].form == "꼴" and ms[last + 1].tag in ("XSN", "NNB"):
        return True
    for j in range(first - 1, max(clause_first, first - PER_REACH) - 1, -1):
        m = ms[j]
        if m.form == "당" and m.tag == "XSN" and j > 0:
            return ms[j - 1].form not in _RATE_BASES
        if first - j > PER_NEAR and m.tag not in _PER_PHRASE_TAGS:
            return False
    return False


def context_words(view: SentenceView, first: int, last: int, clause: Clause, value_spans: list[tuple[int, int]],
                  mentions: list[Mention], hit: tuple[int, int] | None = None, figures: Sequence[Value] = (),
                  kind: str | None = None) -> list[str]:
    """The words around a value in its clause, for aligning figures across articles:
    lemmas with data/frames.yaml's synonyms made one, names as ``@name``, actors
    (data/frames.yaml's ``agent_nouns``) as ``&actor``. ``kind``: the value's kind (a
    percentage or a multiple is never an amount for each one)."""
    lex = frame_lexicon()
    ms = view.morphemes
    forms = view.forms()
    inside = _inside_values(view, value_spans)
    named, sentence_words = _sentence_context(view, mentions)
    stage_at, numbers_at = _clause_marks(view, lex)
    picked: list[int] = []
    # the nearest content words before the figure and after it (only these are read),
    # never the outlet and reporter of a dateline (`(한솔=새볕일보) 박지온 기자 = …`)
    floor = clause.first
    if view.sentence.role == "dateline":
        cut = sentence_dateline_end(view.sentence)
        while floor < len(ms) and ms[floor].start < cut:
            floor += 1
    before: list[int] = []
    for i in range(min(last, first) - 1, floor - 1, -1):
        if i not in inside and ms[i].tag in _CONTENT_TAGS:
            before.append(i)
            if len(before) == CONTEXT_BEFORE:
                break
    after: list[int] = []
    for i in range(last + 1, clause.last + 1):
        if i not in inside and ms[i].tag in _CONTENT_TAGS:
            after.append(i)
            if len(after) == CONTEXT_AFTER:
                break
    picked += before + after
    if hit is not None:
        picked += [i for i in range(hit[0], hit[1] + 1) if ms[i].tag in _CONTENT_TAGS and i not in inside]
    out: list[str] = []
    if any(ms[i].form in lex.whole_words and _names_the_figure(ms, i, first)
           and not any(ms[j].form in PART_OF for j in range(i + 1, first)) for i in before[:CONTEXT_BEFORE]):
        # `시 전체 아파트 평균 전세보증금`: the whole, not one of its places (but `전체 재원
        # 가운데 적자국채`: a part of the whole)
        out.append(WHOLE)
    if sentence_words & lex.estimate_words:
        # an estimate is its source's: every name of the sentence says whose
        picked += [i for i in named if i not in inside]
        out.append(ESTIMATE)
        # whose estimate: the organisations the sentence names (a pollster, the paper
        # that commissioned it, a forecaster), not the people it is about
        out += {"^" + normalise_key(m.entity or m.text) for m in named.values() if m.type in ("org", "alliance")}
    starts = {a for a, _ in value_spans if a != first}
    stages = set()
    kept = set()
    where: dict[str, list[int]] = {}
    item = list_item(item_marks(view), first, last, clause.first, clause.last, [b for _, b in value_spans])
    for i, stage in stage_at:  # the sentence's stage words, in order
        if i < clause.first or i > clause.last or not in_item(i, item):
            continue
        if _kept_as(ms, i):
            kept.add(stage)  # `원안대로 통과됐다`, `원안 그대로 유지됐다`: the figure of both stages
            continue
        if _stage_of_another(ms, i, starts):
            continue
        if stage == "previous" and not (_names_the_figure(ms, i, first) or _dated_by_the_figure(ms, i, last)):
            continue  # `직전 종가에 13%의 웃돈`, `전작과 같다`: the earlier figure is the base
        if stage == "average" and i > last and _set_against(ms, i):
            continue  # `1.21% 올라 시 평균을 크게 웃돌았다`: the average is what the figure beats
        if stage == "separate" and i + 1 < len(ms) and ms[i + 1].tag.startswith("J"):
            continue  # `추적 조사와 별도로`: apart from something, not a company's standalone accounts
        stages.add(stage)
        where.setdefault(stage, []).append(i)
    if kind != "time" and _demanded(ms, forms, last, lex):
        stages.add("requested")  # `220만원으로 올리고 … 없애라고 요구하고 있다`: what one side asks for
    if kind != "time" and _told_as_experience(ms, last, clause.last):
        stages.add("previous")  # `투구 수 109개에서 교체된 적이 있다`: a figure of an earlier occasion
    for pair in _ONE_OF_TWO_STAGES:
        if pair <= stages:
            # `정규리그 1위 상금 2억원에 더해 챔프전 우승 상금 1천만원`: each figure is of the
            # stage named nearest before it (else nearest after it)
            stages -= pair
            stages.add(min(pair, key=lambda st: min((first - i if i < first else len(ms) + i - first) for i in where[st])))
    # a member of a numbered series (`1호가`, `도담 2호는`, `3호기의`): which one the sentence is about
    # (numbers_at: the sentence's SN morphemes, in order)
    series_end = min(clause.last, len(ms) - 2)
    out += [f"#{ms[i].form}{ms[i + 1].form}" for i in numbers_at if clause.first <= i <= series_end
            and ((ms[i + 1].tag == "NNB" and ms[i + 1].form in _SERIES and ms[i + 2].tag.startswith("J"))
                 or _numbered_thing(ms, i, lex))]
    # a configuration of a product (`256GB 모델`, `256GB 기본 모델`): which one the figure
    # after it is of (the nearest before the figure)
    config_end = min(first, len(ms) - 2)
    configs = [f"#{ms[i].form}{ms[i + 1].form.lower()}" for i in numbers_at if clause.first <= i < config_end
               and ms[i + 1].form.upper() in CAPACITY_UNITS and _names_a_model(ms, i + 2)]
    out += configs[-1:]
    if {"preliminary", "final"} <= stages:
        stages.discard("preliminary")  # `추경안을 가결했다`: the bill passed is the final figure
    for line in lex.stage_lines:
        if {f"%{stage}" for stage in kept} & line:
            # a figure kept as a stage had it holds at every stage of its line but a change
            # (`원안대로 통과됐다`: the bill's figure and the budget passed; `원심대로 유지됐다`)
            stages |= {mark[1:] for mark in line if mark != "%revised"}
    base = _base_period(ms, first, clause.first, value_spans, inside)
    if base is not None:
        stages.add(base)  # `직전 분기보다는 4.2%` / `작년 동기 대비 11.6%`: two changes of one figure
    if figures:
        out += _base_figure(ms, first, clause.first, value_spans, figures, inside)
        out += _milestone(view, first, last, clause.last, value_spans, figures)
    if _per_each(ms, first, last, clause.first) and kind not in _RATE_KINDS:
        # `회당 1만2천석`, `1인당 25만원`: an amount for each one, not the whole (a price
        # per area, `3.3㎡당`, or a wage per hour, `시간당`, is the only one there is, and
        # often written without it)
        stages.add("per")
    if _a_sum(ms, first, clause.first, value_spans):
        stages.add("total")  # `승객 186명과 선원 9명 등 195명`: the sum of the figures listed before it
    out += [f"%{stage}" for stage in sorted(stages)]
    if figures and kind not in ("time", "duration"):
        out += _span_total(ms, first, clause.first, value_spans, figures)
    if kind != "time" and _in_a_condition(ms, forms, last, clause, lex):
        out.append(CONDITION)
    if _reached_by_change(ms, forms, last, clause, lex, value_spans):
        out.append(REACHED)
    owner = _owner_topic(ms, forms, first, value_spans, lex)
    if owner is not None:
        out.append("*" + owner)
    seen_mentions: set[int] = set()
    for i in sorted(set(picked)):
        m = named.get(i)
        if m is not None:
            if id(m) not in seen_mentions:
                seen_mentions.add(id(m))
                out.append("@" + normalise_key(m.entity or m.text))
            continue
        form = forms[i]
        if form in lex.agent_nouns:
            # an actor (`회사는`/`노조는`) tells figures apart; one kind written in
            # other words (`기업` / `업체`) does not
            out.append("&" + lex.actor_kind.get(form, form))
        elif ms[i].tag == "NNP":
            out.append("@" + without_locative(form))
        elif form not in lex.empty_nouns and form not in lex.empty_predicates and len(form) >= 1:
            out.append(canonical_key(form, lex))
    return sorted(set(out))
