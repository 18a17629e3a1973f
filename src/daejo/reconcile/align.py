"""Aligning the figures of two articles of one story (docs/design.md, "reconcile").

Two articles rarely measure a fact in the same words (`지방세를 5년간 감면` /
`지방세 7년간 감면 혜택`, `제방이 유실된 건 오전 6시 20분께` / `오전 5시 20분께 …
제방 30여m가 유실되면서`), so open frames are not only grouped by their key: within
a story, the figures of two articles are aligned by the words around them.

- Candidates: figures of the same dimension (money, a counter or unit, percent,
  a time, a duration) from two different articles of one story, at least one of
  them an open frame or a fact about the story's event (catalogue facts of a named
  entity pair up by key in ``reconcile``), whose entities do not differ, whose
  names (`@청솔군` vs `@가람시`: another place, team or party) do not exclude each
  other, whose sources are not two different ones (two pollsters' estimates), and
  which are not a recent time and one long past (another, earlier event).
- Similarity: the shared words of their contexts over the geometric mean of
  their sizes (synonyms already made one by the extractor), plus ``SAME_FRAME``
  when their frames are the same.
- Alignment: first the restatements (two figures whose values can be the same,
  from ``AGREE_MIN``), then the rest greedily, best similarity first, at or above
  ``ALIGN_MIN``; each figure is aligned at most once per article pair, so a figure
  whose restatement is in the other article is never compared with another one.
  A pair below ``ALIGN_STRONG`` is a weak match (its conflict is a warning).
"""

from __future__ import annotations

import math
from functools import lru_cache
import re
from datetime import date, timedelta

from rapidfuzz import fuzz
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import combinations

from daejo.dates import DAY_GRAINS, has_day
from daejo.reconcile.compare import CLOCK_GRAINS, STORY_PREFIX, Side, point_for_percent, published_at, qualifier_key, unit_factor, unit_key, values_meet
from daejo.reconcile.intervals import as_of_interval, numeric_interval, time_interval
from daejo.extract.story_keys import PLACE_SUFFIXES
from daejo.extract.frames import BASE_MARK, END_OF_EVENT, SPAN_MARK, ESTIMATE, FIRST_WORD, ORDINAL_UNIT, PART_OF, PLACE_UNITS, REPEAT_PREFIX, SEQUENCE_WORDS, TYPE_UNITS, WHOLE, WITHIN_WORD, canonical_key, estimate_sources, frame_lexicon, plain_words
from daejo.extract.lexicon import alternation
from daejo.models import Claim
from daejo.values.lexicon import load_lexicon
from daejo.reconcile.policy import FRAME_PREFIX, policy_for

ALIGN_MIN = 0.5
# names around two figures that exclude each other (`@청솔군` / `@가람시`) lower their
# similarity by this much: a place, a team or a party tells figures apart, but the
# names a sentence happens to carry are noisy
NAME_PENALTY = 0.4
# two names this alike (rapidfuzz ratio) may be one name written two ways
NAME_SIMILARITY = 70
# two figures more than this many times apart are two facts, not one misreported
PLAUSIBLE_RATIO = 3.0
# a restatement (the same value) is recognised from fewer shared words
AGREE_MIN = 0.3
# a figure with a slip no other fact shares (two neighbouring digits swapped in three or
# more, its decimal point moved) pairs in fewer words still
SLIP_MIN = 0.1
# the digits a similarity is compared with the thresholds to: `0.35 - 0.4 + 0.35` is 0.3
SIM_DIGITS = 9
ALIGN_STRONG = 0.75
SAME_FRAME = 0.35
SAME_ATTRIBUTE = 0.2
# two articles of a story report the same facts mostly alike: their disputed pairs are
# kept only while they are at most this many more than the figures they agree on
DISPUTE_SLACK = 2
# a dispute this alike in words is kept even where the two reports disagree too much
SURE_DISPUTE = 1.5
# how much a pair of values that look like one misreported adds to its similarity
VALUE_CLOSENESS = 0.35
# names in at least this share of a story's articles are the story's own (`다솜시`):
# they never tell two of its figures apart
STORY_NAME_SHARE = 0.5


def dimension_of(side: Side) -> str:
    value = side.claim.value
    if side.claim.attribute in _AGES:
        return "age"  # `A(63)씨` (a bare number) and `36살 운전자` (a count of years): one measure
    if value.kind == "money":
        return "money"
    if value.kind == "time":
        # a day and a time of day are compared only with their own kind
        return "time:clock" if value.time is not None and value.time.grain in CLOCK_GRAINS else "time:day"
    if value.kind == "duration":
        return "duration"
    if value.kind == "quantity" and value.unit:
        measure = load_lexicon().measures.get(value.unit)
        if measure is not None:
            return f"quantity:{measure[0]}"  # `㎡` and `평` are one area
    return f"{value.kind}:{unit_key(value.unit) or ''}"


# attributes whose figures are ages however they are written
_AGES = frozenset({"age"})
# a person's key that hides the name (`a씨`, `b씨`, `박모`): told by age and sex elsewhere
_ANONYMOUS = re.compile(r"^(?:[a-z]씨|[가-힣]모)$")


def _named_against_unnamed(x: str | None, y: str | None) -> bool:
    """One age is a named person's and the other no one's: a story names its people the
    same way throughout, so the unnamed one is someone else (an anonymised name is no name)."""
    named = [e for e in (x, y) if e is not None and not _ANONYMOUS.match(e)]
    return len(named) == 1 and None in (x, y)


def dimensions_meet(a: Side, b: Side) -> bool:
    """Two figures measure the same kind of thing: the same dimension, or a day and a
    time of day that names its day (`지난 4일` / `지난 3일 오전 6시 30분께`)."""
    da, db = dimension_of(a), dimension_of(b)
    if da == db:
        return True
    if {da, db} == {"time:clock", "time:day"}:
        clock = a if da == "time:clock" else b
        return has_day(clock.claim.value.text)
    # one number as a percent and as a percentage point (`1.9%p 하락` / `1.9% 낮아졌다`)
    return point_for_percent(a.claim.value, b.claim.value)


def is_frame(side: Side) -> bool:
    return side.claim.attribute.startswith(FRAME_PREFIX)


def aligned(side: Side) -> bool:
    """Compared by alignment: an open frame, or a fact about the story's event with
    no entity of its own (catalogue facts of a named entity pair up by key; a
    catalogue fact that is not an event's and names no entity is not compared)."""
    return side.entity is not None and (is_frame(side) or side.claim.entity is None or side.ambiguous)


def _strip(name: str) -> str:
    """`@윤모` → `윤`, `@한모씨` → `한`: an anonymised name and its short form."""
    name = name[1:]
    for tail in ("씨", "모"):
        if name.endswith(tail) and len(name) > 1:
            name = name[: -len(tail)]
    return name


def names_compatible(names_a: set[str], names_b: set[str]) -> bool:
    """Whether two figures' names can be the same things: no names on one side, or
    a pair that is one name written two ways (`@윤` / `@윤모`, `@리버하임` /
    `@동백리버하임`, `@솔뫼` / `@솔뫼군`)."""
    if not names_a or not names_b:
        return True
    for x in map(_strip, names_a):
        for y in map(_strip, names_b):
            if x in y or y in x or fuzz.ratio(x, y) >= NAME_SIMILARITY:
                return True
    return False


_PLACE_ENDS = tuple(PLACE_SUFFIXES)


def _places(names: set[str]) -> set[str]:
    """The names of places among marked names (`@솔뫼군`, `@가람시`)."""
    return {n for n in names if len(n) >= 3 and n.endswith(_PLACE_ENDS)}


def _is_change(attribute: str) -> bool:
    """A change: an open frame of one (`~시간감소`, `~관광객증가`: extract/frames.py's
    ``change_words``) or a catalogue attribute marked ``change`` (a growth rate)."""
    if attribute.startswith(FRAME_PREFIX):
        return attribute.endswith(frame_lexicon().change_keys)
    return policy_for(attribute, None).change


_STREAK_AFTER = re.compile(r"\s?(연속|째)")


# a person told by an age group and a person noun (`50대 남성`, `30대 야영객`)
_AGE_GROUP_PERSON = re.compile(r"(\d0)대\s?(남성|여성|남자|여자|남녀|[가-힣]{1,3}객|[가-힣]{1,2}자)")


def _before(side: Side) -> str:
    """Its sentence up to the figure."""
    ev = side.claim.evidence
    return ev.sentence[: ev.start - ev.sentence_start]


def _described_people(side: Side) -> frozenset[str]:
    """The people its sentence names by an age group and a noun, before the figure
    (`50대 남성`): two sentences naming other ones speak of two people. A time dates what
    a person of its clause did, before or after it, by an exact age too (`76세 여성은 …
    8일 숨졌다`, `어제 숨진 세 번째 사망자는 68세 남성으로`)."""
    if side.claim.value.kind != "time":
        return _people_in(_before(side))
    before, after = figure_clause(side)
    return _aged_people_in(f"{before} {after}")


# where a clause ends in the text around a figure: a comma, or a connective ending
_CLAUSE_END = re.compile(r"[,;]|(?:고|며|면서|지만|는데|으나)\s")


def figure_clause(side: Side) -> tuple[str, str]:
    """The text of the figure's clause before it and after it."""
    ev = side.claim.evidence
    offset = ev.sentence_start or 0
    return clause_around(ev.sentence, ev.start - offset, ev.end - offset)


@lru_cache(maxsize=4096)
def clause_around(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The text of a figure's clause before it and after it (``_CLAUSE_END``)."""
    return _CLAUSE_END.split(sentence[: max(0, start)])[-1], _CLAUSE_END.split(sentence[max(0, end):])[0]


# a person told by an exact age and a person noun (`68세 남성`, `84세 여성이`), and one the
# press names by a surname and an age only (`김모(52)씨`), or by a letter and an age (`A(73)씨`:
# ``_lettered_people_in``, of a figure's clause before and after it)
_AGED_PERSON = re.compile(r"(?<!\d)(\d{1,3})세\s?(남성|여성|남자|여자|[가-힣]{1,3}객|환자)")
_ANONYMISED_PERSON = re.compile(r"(?<![가-힣])([가-힣])모\s?\(\d{1,3}\)")
_LETTERED_PERSON = re.compile(r"(?<![A-Za-z가-힣])([A-Z])\s?\(\d{1,3}\)\s?씨")


@lru_cache(maxsize=4096)
def _aged_people_in(text: str) -> frozenset[str]:
    """The people of a clause by age group, however written: an exact age as the group it
    falls in (`78세 남성` is the `70대 남성` another article tells), or a surname and an age."""
    return frozenset([*_people_in(text), *(f"{int(m.group(1)) // 10}0" + m.group(2) for m in _AGED_PERSON.finditer(text)),
                      *(m.group(1) + "모" for m in _ANONYMISED_PERSON.finditer(text))])


@lru_cache(maxsize=4096)
def _lettered_people_in(clause: tuple[str, str]) -> frozenset[str]:
    """The people a clause names by a letter and an age (`A(73)씨`, `C(81)씨`): two clauses
    naming other letters speak of two people (told against an age group, `78세 남성`, a
    letter says nothing: the same man may be `B(78)씨` in one article)."""
    return frozenset(m.group(1) for part in clause for m in _LETTERED_PERSON.finditer(part))


def _located_at(side: Side) -> frozenset[str]:
    """The names its sentence writes as where the figure was taken, before it: a name
    and `에서` (`솔뫼군에서는`, `가람시 도심에서도`: at most one word between)."""
    return _places_in(_before(side), tuple(sorted(_marked(side.claim.context, "@"))))


# (similarity asks these of a figure once for every figure of the other article it is
# weighed against: read once per sentence and names)
@lru_cache(maxsize=4096)
def _people_in(before: str) -> frozenset[str]:
    return frozenset(m.group(1) + m.group(2) for m in _AGE_GROUP_PERSON.finditer(before))


@lru_cache(maxsize=4096)
def _places_in(before: str, marked: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for word in marked
                     if len(word) > 2 and re.search(re.escape(word[1:]) + _LOCATIVE, before))


_LOCATIVE = r"(?:\s?[가-힣]{1,4})?에(?:서|는)"


@lru_cache(maxsize=4096)
def _traded_in(before: str) -> frozenset[int]:
    """The markets (data/frames.yaml ``markets``, by their place in the list) the text before
    a figure in its clause names."""
    return frozenset(i for i, group in enumerate(frame_lexicon().markets) if any(w in before for w in group))


# days in a streak's unit (`15주 연속`, `16개월 연속`, `12일째`)
_STREAK_UNIT_DAYS = {"일": 1.0, "주": 7.0, "개월": 30.4, "달": 30.4, "년": 365.0, "해": 365.0}


def streak_told_later(a: Side, b: Side) -> bool:
    """Two streaks in one unit, the later article's longer by no more than the units
    between the two articles' publication (rounded): `15주 연속` on 23 April and `16주
    연속` on 30 April are one streak told a week apart; `11주` and `13주 연속` the same
    day, or `15개월` and `16개월` a day apart, are not."""
    va, vb = a.claim.value, b.claim.value
    unit = _STREAK_UNIT_DAYS.get(va.unit or "")
    if unit is None or va.unit != vb.unit or va.value is None or vb.value is None:
        return False
    ta, tb = published_at(a), published_at(b)
    if ta is None or tb is None:
        return False
    (t1, v1), (t2, v2) = sorted(((ta, float(va.value)), (tb, float(vb.value))))
    elapsed_days = (t2 - t1).total_seconds() / 86400
    return 0 < v2 - v1 <= round(elapsed_days / unit)


def is_streak(side: Side) -> bool:
    """A span a state has lasted (`13주 연속 상승`, `12일째 열대야`): how long the change
    went on, not a change, whatever its frame's verb says."""
    claim = side.claim
    if claim.value.kind != "duration":
        return False
    ev = claim.evidence
    return _STREAK_AFTER.match(ev.sentence, ev.end - ev.sentence_start) is not None


def _two_events(a: Side, b: Side) -> bool:
    """Two times whose open frames name different events (neither a fuller form of the
    other): what happened when is told by the event, not by the words around it."""
    events = _events_of_two_times(a, b)
    if events is None:
        return False
    x, y = events
    if _clock_slipped(a.claim.value.time, b.claim.value.time):
        return False  # `오후 9시 47분` / `밤 10시 47분쯤`: one moment, its hour or minutes mistyped
    if _contrasted(x, y):
        return True  # `~부분파업` / `~전면파업`: one event word, two kinds of it
    nx, ny = _numbered(x), _numbered(y)
    if nx and ny and nx != ny:
        return True  # `~1차전` / `~4차전열리`: two games of a series
    if x.endswith(END_OF_EVENT) != y.endswith(END_OF_EVENT):
        return True  # `~개표` / `~개표마치`: the count and its end
    if _one_event_kind(x, y):
        return False  # `~붕괴` / `~사고`: a kind of the event and the event word alone
    if _occurrence_of_the_story(x, y, a) or _occurrence_of_the_story(y, x, a):
        return False  # `발생한 … 지진` (`!발생`) / `~지진` in a story named `솔뫼군 지진`
    return not (_refines(x, y) or _shares_event_word(x[1:], y[1:]))


def _past_and_coming_years(a: Side, b: Side) -> bool:
    """Two years, one before the year its article came out in and the other after its
    own article's year (`지난해 지방선거` / `내년 지방선거`, `2021년` / `2031년`): an event
    told as past and one still to come are two occurrences, not one dated twice."""
    ta, tb = a.claim.value.time, b.claim.value.time
    if ta is None or tb is None or ta.grain != "year" or tb.grain != "year" or not ta.start or not tb.start:
        return False
    ya, yb = _published_year(a), _published_year(b)
    if ya is None or yb is None:
        return False
    sa, sb = int(ta.start[:4]) - ya, int(tb.start[:4]) - yb
    return (sa < 0 < sb) or (sb < 0 < sa)


def _published_year(side: Side) -> int | None:
    published = side.header.published
    return int(published[:4]) if published and published[:4].isdigit() else None


def contrasted_events(a: Side, b: Side) -> bool:
    """Two times whose clauses name two events that are kinds of one contrast (data/frames.yaml
    ``contrasts``: `공개` / `출시`, `부분파업` / `전면파업`), whatever attribute the catalogue
    gave them both: a product unveiled on the 8th and released on the 24th."""
    events = _events_of_two_times(a, b)
    return events is not None and _contrasted(*events)


def _events_of_two_times(a: Side, b: Side) -> tuple[str, str] | None:
    """The two different events two times date (``_event_of``), when both are times that
    date one."""
    if a.claim.value.kind != "time" or b.claim.value.kind != "time":
        return None
    x, y = _event_of(a), _event_of(b)
    return (x, y) if x is not None and y is not None and x != y else None


def _clock_slipped(ta, tb) -> bool:
    """Two times of day to the minute that are one misreported: the same minute (not the
    hour or the half hour, which schedules are written in) in another hour (`오후 9시 47분`
    / `밤 10시 47분쯤`, `오후 9시 40분께` / `오후 10시 40분께`), or in one hour the minutes'
    two digits swapped (`오전 7시12분` / `오전 7시 21분께`). Two events of one story seldom
    share such a minute; a slip of the keyboard often does, whatever words each article
    dates it by."""
    if ta is None or tb is None or ta.grain != "minute" or tb.grain != "minute":
        return False
    if not ta.start or not tb.start or len(ta.start) < 16 or len(tb.start) < 16:
        return False
    hour_a, minute_a, hour_b, minute_b = ta.start[11:13], ta.start[14:16], tb.start[11:13], tb.start[14:16]
    if minute_a == minute_b:
        return hour_a != hour_b and int(minute_a) % 30 != 0
    return ta.start[:13] == tb.start[:13] and minute_a == minute_b[::-1]


# the words an open frame ends in when its figure is a part of the noun before them
# (`~참가자가운데`): extract/frames.py's ``PART_OF``
_AMONG_ENDS = tuple(sorted(PART_OF))


# words of an event's end in a time's context (`마치` stands for its synonyms: `끝나`,
# `종료`, `완료` …), and of a fire put out (`꺼지`, `완진`)
_END_WORDS = frozenset({END_OF_EVENT, "꺼지", "완진"})


def _start_against_end(a: Side, b: Side) -> bool:
    """``a`` is the start of an event (`…부터`, `시작됐다`) and ``b`` its end (`마쳤다`,
    `꺼졌다`), each saying only that: two moments of one event, whatever its frame."""
    if a.claim.value.kind != "time" or b.claim.value.kind != "time":
        return False
    # (a start or an occurrence, `시작됐다`, `발생했다`, leaves its canonical word in the
    # context: data/frames.yaml ``occurrence_verbs``)
    starts = frame_lexicon().occurrence_verbs
    ca, cb = set(a.claim.context), set(b.claim.context)
    started = bool(ca & starts) or (a.claim.value.time is not None and a.claim.value.time.role == "since")
    return started and not ca & _END_WORDS and bool(cb & _END_WORDS) and not cb & starts


@lru_cache(maxsize=4096)
def _numbered(frame: str) -> frozenset[str]:
    """The numbered events a frame names (data/frames.yaml ``ordinal_events``: `~1차전` ->
    {`1차전`}, `~3차협상` -> {`3차`})."""
    pattern = _numbered_pattern()
    return frozenset(m.group(0) for m in pattern.finditer(frame)) if pattern is not None else frozenset()


@lru_cache(maxsize=None)
def _numbered_pattern() -> re.Pattern[str] | None:
    """A number with a counter of a numbered event after it, compiled once."""
    counters = alternation(frame_lexicon().ordinal_events)
    return re.compile(rf"\d+(?:{counters})") if counters else None


def _occurrence_of_the_story(x: str, y: str, side: Side) -> bool:
    """``x`` is the bare occurrence of an event (`~발생`: data/frames.yaml
    ``occurrence_verbs``) and ``y`` the event noun the story is named by (the last
    word of its name, `솔뫼군 지진`), or that noun's head (`~불` in `운담군 산불`): in
    that story both date the one event."""
    name = side.header.story_name
    if not name or x[1:] not in frame_lexicon().occurrence_verbs:
        return False
    lead = name.split()[-1]
    # the event noun or its head (`~불` in a story named `운담군 산불`)
    return len(lead) >= 2 and lead.endswith(y[1:])


def _one_event_kind(x: str, y: str) -> bool:
    """Two open frames of which one is a kind of the event the other names (`~붕괴` /
    `~사고`), or that are two names of one event (`~기자회견열` / `~브리핑`: data/frames.yaml
    ``event_names``, a verb of holding it aside)."""
    if not (x.startswith(FRAME_PREFIX) and y.startswith(FRAME_PREFIX)):
        return False
    x, y = _held(x[1:]), _held(y[1:])
    return _kin_named(x, y) or _kin_named(y, x)


def _kin_named(x: str, y: str) -> bool:
    """``y`` is an event word ``x`` is one event with (``_event_kin``), or a fuller name ending
    in one (`~불` / `~무진케미칼공장폭발사고`)."""
    kin = _event_kin().get(x, ())
    return y in kin or any(len(k) >= 2 and y.endswith(k) for k in kin)


def _held(event: str) -> str:
    """An event without the verb of holding it (`기자회견열` -> `기자회견`)."""
    for verb in frame_lexicon().holding_verbs:
        if event.endswith(verb) and len(event) - len(verb) >= 2:
            return event[: -len(verb)]
    return event


# a rate named by its noun (`투표율`, `득표율`, `점유율`, `상승률`) within this many
# characters before its figure
_RATE = re.compile(r"([가-힣]{1,6}[율률])(?:은|는|이|가|도|을|를)?\s?(?:[가-힣]{0,4}\s){0,2}$")
RATE_REACH = 24


def _rate_of(side: Side) -> str | None:
    """The rate a percentage names: an open frame that is one (`~투표율`), else the
    rate noun written shortly before the figure (`득표율 51.2%`)."""
    if side.claim.value.kind != "percent":
        return None
    attribute = side.claim.attribute
    if attribute.startswith(FRAME_PREFIX) and attribute.endswith(("율", "률")):
        return attribute[1:]
    ev = side.claim.evidence
    before = ev.sentence[max(0, ev.start - ev.sentence_start - RATE_REACH) : ev.start - ev.sentence_start]
    m = _RATE.search(before)
    return m.group(1) if m else None


# the rate noun that ends an open frame (`~결과투표율` -> `투표율`)
_RATE_NOUN = re.compile(r"[가-힣]{2}[율률]$")


# an open frame that is a letter label before its noun (`~R석`, `~VIP석`, `~A조`)
_LETTER_LABEL = re.compile(r"~([A-Za-z]{1,4})([가-힣]+)$")


def _labelled_apart(x: str, y: str) -> bool:
    """Two open frames of one noun under two letter labels (`~R석` / `~S석`): two
    classes of one list, never one figure restated."""
    mx, my = _LETTER_LABEL.match(x), _LETTER_LABEL.match(y)
    return mx is not None and my is not None and mx.group(2) == my.group(2) and mx.group(1).lower() != my.group(1).lower()


# which of a sequence an open frame names (`~2번째공청회열`, `~마지막블록인양`)
_SEQUENCE = re.compile(rf"\d+{ORDINAL_UNIT}|{'|'.join(SEQUENCE_WORDS)}")


def _sequence_of(frame: str) -> str | None:
    """Which of a sequence the open frame ``frame`` names (`2번째`, `마지막`), `첫` as
    `1번째`; None when it names none."""
    if not frame.startswith(FRAME_PREFIX):
        return None
    m = _SEQUENCE.search(frame)
    if m is None:
        return None
    return f"1{ORDINAL_UNIT}" if m.group(0) == FIRST_WORD else m.group(0)


def _sequenced_apart(x: str, y: str) -> bool:
    """Two open frames naming two of a sequence (`~마지막블록인양` / `~다음블록인양`,
    `~2번째공청회열` / `~공청회열`): one says which it is and the other another, or one
    names a later one and the other none (the first told without `첫` is often the one)."""
    if not (x.startswith(FRAME_PREFIX) and y.startswith(FRAME_PREFIX)):
        return False
    sx, sy = _sequence_of(x), _sequence_of(y)
    if sx is not None and sy is not None:
        return sx != sy
    one = sx if sx is not None else sy
    return one is not None and one != f"1{ORDINAL_UNIT}"


@lru_cache(maxsize=1)
def _class_label() -> re.Pattern[str]:
    """An open frame of a class, an age group or a cut-off in an order (`~1종지역`, `~30대비중`,
    `~20대구매자비중`, `~100위이내국내대학`: frames.py writes the class, data/frames.yaml
    ``class_counters``, the group or the cut-off before its noun)."""
    counters = alternation(frame_lexicon().class_counters)
    # (or of those within a place in an order: `~100위이내국내대학`, frames.py ``WITHIN_WORD``)
    return re.compile(rf"~(\d+(?:{counters})|\d0대|\d+위{WITHIN_WORD})")


# a comparison base's mark (frames.py ``BASE_MARK``: `#보다98300명`), and how far apart two
# bases may be and be one base told in two forms (`9만 8,300명보다` / `전년(9만8천여명)보다`)
_BASE = re.compile("^" + re.escape(BASE_MARK) + r"(\d+(?:\.\d+)?)(.*)$")
BASE_SLACK = 0.02


def _one_base(series_a: set[str], series_b: set[str]) -> bool:
    """Two figures compared with one base written in two forms: the same unit and
    values at most ``BASE_SLACK`` apart (`2만5천600원보다` and `2만6천500원보다` are two)."""
    for x in series_a:
        mx = _BASE.match(x)
        for y in series_b:
            my = _BASE.match(y) if mx is not None else None
            if my is not None and mx.group(2) == my.group(2):
                u, v = float(mx.group(1)), float(my.group(1))
                if abs(u - v) <= BASE_SLACK * max(u, v):
                    return True
    return False


def _classed_apart(x: str, y: str) -> bool:
    """Two open frames of which one is of a class or an age group the other is not of
    (`~30대비중` / `~예매`, `~1종지역` / `~3종지역`): one group's figure and another's, or
    the whole's."""
    mx, my = _class_label().match(x), _class_label().match(y)
    return (mx is not None or my is not None) and (mx is None or my is None or mx.group(1) != my.group(1))


def _two_rates(a: Side, b: Side) -> bool:
    """Two rates: an open frame of a rate and a catalogue percentage naming another rate
    (turnout and a candidate's share; neither rate a part of the other's name), or two
    open frames ending in two rate nouns (`~결과투표율` / `~찬성률`)."""
    if is_frame(a) and is_frame(b):
        # two open frames ending in two rate nouns (`~결과투표율` / `~찬성률`): a vote's
        # turnout and its approval are two rates, whatever else their words share
        x, y = _RATE_NOUN.search(a.claim.attribute), _RATE_NOUN.search(b.claim.attribute)
        return (a.claim.value.kind == b.claim.value.kind == "percent" and x is not None and y is not None
                and canonical_key(x.group(0)) != canonical_key(y.group(0)))
    if is_frame(a) == is_frame(b):
        return False
    x, y = _rate_of(a), _rate_of(b)
    if x is None or y is None:
        return False
    x, y = canonical_key(x), canonical_key(y)
    return not (x in y or y in x)


def _daily_close(side: Side) -> bool:
    """The time a figure of every trading day (data/frames.yaml ``daily``: an index, a
    price, a rate) closed: the day of one close among many, no event of a story."""
    c = side.claim
    if c.value.kind != "time" or not c.attribute.startswith(FRAME_PREFIX) or not c.attribute.endswith(END_OF_EVENT):
        return False
    if c.attribute[1 : -len(END_OF_EVENT)].endswith(frame_lexicon().sessions):
        return True  # `19일 … 톤당 1만2,845달러에 거래를 마쳤다`: one trading day's close
    daily = _daily_words()
    if any(w in daily or w.endswith(daily) for w in plain_words(c.context)):
        return True
    # `19일 … 톤당 1만2,485달러로 마감해`: a close at a price, after the day it dates
    after = c.evidence.sentence[c.evidence.end - c.evidence.sentence_start:]
    return _close_at_price().search(after) is not None


@lru_cache(maxsize=None)
def _close_at_price() -> re.Pattern[str]:
    """A figure in a unit of a price or an index (data/frames.yaml ``close_units``) at
    which something closed, maybe a session or a period between (`6만6,500원으로 한 주를
    마쳤다`), by an active verb."""
    lexicon = frame_lexicon()
    units = "|".join(map(re.escape, lexicon.close_units))
    periods = alternation(set(lexicon.sessions) | set(lexicon.close_periods))
    return re.compile(rf"[\d천만억조]\s?(?:{units})\s?(?:에|으로|로)\s(?:(?:한\s?)?(?:{periods})[을를]\s)?(?:마감(?:했|해|하|한)|마쳤|마치)")


def _highs_of_two_days(a: Side, b: Side) -> bool:
    """Two times of day of a day's high or low (data/frames.yaml ``extremes``) on two
    days: each trading day has its own."""
    ca, cb = a.claim, b.claim
    if ca.value.kind != "time" or cb.value.kind != "time" or ca.attribute != cb.attribute:
        return False
    if ca.attribute[len(FRAME_PREFIX):] not in frame_lexicon().extremes:
        return False
    ta, tb = ca.value.time, cb.value.time
    if not (ta and tb and ta.start and tb.start and ta.grain in CLOCK_GRAINS and tb.grain in CLOCK_GRAINS):
        return False  # (the day of a high is a fact of its own: `4일` / `6일` disagree)
    return ta.start[:10] != tb.start[:10]


@lru_cache(maxsize=1)
def _daily_words() -> tuple[str, ...]:
    return tuple(sorted(frame_lexicon().daily))


# a size that names a type (extract/frames.py ``_typed_count``: `~84㎡A가구`), in a
# frame or a sentence: the number, and the type letter
_TYPE_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:" + alternation(TYPE_UNITS) + r")\s?([A-Za-z]?)")


def _other_type(a: Side, b: Side) -> bool:
    """One figure is the count of a type (`~59㎡A가구`) and the other is of another type:
    another type's frame, or a sentence naming only other types (`84㎡A는 240가구 모집에`)."""
    la, lb = _type_label(a.claim.attribute), _type_label(b.claim.attribute)
    if not (la or lb):
        return False
    if la and lb:
        return True  # (two typed frames that differ)
    label, other = (la, b) if la else (lb, a)
    named = {m.group(1) + "㎡" + m.group(2).upper() for m in _TYPE_IN_TEXT.finditer(other.claim.evidence.sentence)}
    return bool(named) and label not in named


@lru_cache(maxsize=4096)
def _type_label(attribute: str) -> str:
    """The type a frame's size names (`~84㎡A가구` → `84㎡A`), else "" (asked of both
    figures of every pair similarity weighs: once per attribute)."""
    m = _TYPE_IN_TEXT.search(attribute.replace("m²", "㎡"))
    return m.group(1) + "㎡" + m.group(2).upper() if m else ""


@lru_cache(maxsize=1)
def _part_verbs() -> tuple[str, ...]:
    lex = frame_lexicon()
    return tuple(sorted({lex.canonical.get(w, w) for w in lex.subset_verbs}))


def _took_part(x: str, y: str) -> bool:
    """One frame is the other's people who took part in something (extract/frames.py
    ``_taking_part``: `~유권자참여` and `~유권자`): a part and its whole. (Asked of
    counts of people only, as the extractor makes such frames only for them.)"""
    if not (x.startswith(FRAME_PREFIX) and y.startswith(FRAME_PREFIX)) or len(x) == len(y):
        return False
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return long.startswith(short) and long[len(short):] in _part_verbs()


def _attended_of(part: Side, whole: Side) -> bool:
    """A catalogue count of those who attended, told with a verb of taking part
    (`조합원 619명이 참석했고`), and an open frame of the people it names there (`~조합원`,
    `조합원은 모두 768명`): those present and all of them."""
    if part.claim.attribute != ATTENDANCE or not whole.claim.attribute.startswith(FRAME_PREFIX):
        return False
    words = set(part.claim.context)
    return whole.claim.attribute[1:] in words and not words.isdisjoint(_part_verbs())


ATTENDANCE = "attendance"


def _contrasted(x: str, y: str) -> bool:
    """Two frames that each hold a different word of one contrast (data/frames.yaml
    ``contrasts``: 부분/전면, 사전/본 …)."""
    for pair in frame_lexicon().contrasts:
        in_x = {w for w in pair if w in x}
        in_y = {w for w in pair if w in y}
        if in_x and in_y and not in_x & in_y:
            return True
    return False


def _event_of(side: Side) -> str | None:
    """The event a time dates, as a frame: its open frame, or the event a catalogue
    time's clause names (extract: ``!event``)."""
    if side.claim.attribute.startswith(FRAME_PREFIX):
        return side.claim.attribute
    marked = next((w for w in side.claim.context if w.startswith("!")), None)
    return FRAME_PREFIX + marked[1:] if marked else None


def _shares_event_word(x: str, y: str) -> bool:
    """`~전면파업` / `~파업돌입`: one event word in both frames (two syllables or more,
    or the whole of a one-syllable frame that starts the other: `~불` / `~불시작`). What
    the event is of (data/frames.yaml ``results_words``: `~실적공시` / `~실적컨퍼런스콜`) is
    no word of the event."""
    x, y = _without_results(x), _without_results(y)
    short, long = sorted((x, y), key=len)
    if long.startswith(short):
        return True
    return any(short[i : i + 2] in long for i in range(len(short) - 1))


def _without_results(frame: str) -> str:
    """The frame without the results it names (`실적공시` -> `공시`), when more is left."""
    for word in _results_longest_first():
        if word in frame and len(frame) - len(word) >= 2:
            return frame.replace(word, "", 1)
    return frame


@lru_cache(maxsize=1)
def _results_longest_first() -> tuple[str, ...]:
    return tuple(sorted(frame_lexicon().results_words, key=len, reverse=True))


# the stage of a total (`총상금`, `총 사업비`: data/frames.yaml ``stages``), and its mark
_GROSS = "gross"
_GROSS_MARK = "%" + _GROSS


def _limit_against_figure(x: str, y: str) -> bool:
    """One open frame names a limit (data/frames.yaml ``limit_words``) and the other none."""
    if not (x.startswith(FRAME_PREFIX) and y.startswith(FRAME_PREFIX)):
        return False
    words = frame_lexicon().limit_words
    return any(w in x for w in words) != any(w in y for w in words)


def _total_against_a_named_part(total: Side, part: Side) -> bool:
    """``total`` is written as a total (`총상금`, `총 사업비`: the stage mark ``%gross``) and
    ``part``'s open frame is the same measure with a word before it that names a kind of it
    (`~시즌상금`, `~민간사업비`), told without a total's mark."""
    if _GROSS_MARK not in total.claim.context or _GROSS_MARK in part.claim.context:
        return False
    x, y = total.claim.attribute, part.claim.attribute
    if len(y) <= len(x) or not _refines(x, y):
        return False
    # a word of two syllables or more (`~로정거장`: a particle read into the frame), and not
    # the total's own (`~총연장` against `총연장` marked)
    named = y[1 : len(y) - len(x) + 1]
    return len(named) >= 2 and frame_lexicon().stages.get(named) != _GROSS


def _refines(x: str, y: str) -> bool:
    """Two open frames one of which is the other with words before it."""
    if not (x.startswith(FRAME_PREFIX) and y.startswith(FRAME_PREFIX)):
        return False
    x, y = x[1:], y[1:]
    short, long = sorted((x, y), key=len)
    if len(short) < 2 or not long.endswith(short):
        return False
    return not long[: -len(short)].endswith(frame_lexicon().kind_prefixes)  # `사전판매` is not `판매`


def _repeated(x: str, y: str) -> bool:
    """One open frame is the other's event happened again (extract/frames.py
    ``REPEAT_PREFIX``: `~재결렬` / `~결렬`, `~교섭결렬`): a time of each is of two events."""
    if not (x.startswith(FRAME_PREFIX) and y.startswith(FRAME_PREFIX)):
        return False
    x, y = x[1:], y[1:]
    if x.startswith(REPEAT_PREFIX) == y.startswith(REPEAT_PREFIX):
        return False
    again, first = (x, y) if x.startswith(REPEAT_PREFIX) else (y, x)
    event = again[len(REPEAT_PREFIX):]
    return len(event) >= 2 and first.endswith(event)


def _soft_hits(words: set[str], other: set[str]) -> int:
    """Words with a match in ``other``: equal, or one a compound holding the other
    (`전용면적` / `전용`, `직접고용인원` / `고용`)."""
    hits = 0
    kinds = _event_kin()
    for w in words:
        if w in other or (len(w) >= 2 and any(len(o) >= 2 and (w in o or o in w) for o in other)):
            hits += 1
        elif w in kinds and kinds[w] & other:
            hits += 1  # `붕괴` / `사고`: a kind of an event and the event word
    return hits


@lru_cache(maxsize=1)
def _event_kin() -> dict[str, frozenset[str]]:
    """Each event word and kind of one (data/frames.yaml ``event_kinds``) -> the words it
    is one event with: a kind with its word, a word with its kinds."""
    kin: dict[str, set[str]] = defaultdict(set)
    for word, kinds in frame_lexicon().event_kinds.items():
        kin[word] |= kinds
        for k in kinds:
            kin[k].add(word)
    for group in frame_lexicon().event_names:
        for word in group:
            kin[word] |= group - {word}
    return {w: frozenset(ks) for w, ks in kin.items()}


def _marked(context: list[str], mark: str) -> set[str]:
    """The context's words with one mark (extract/frames.py ``MARKS``: `@name`, `%stage` …)."""
    return {w for w in context if w.startswith(mark)}


def stage_marks(claim: Claim) -> set[str]:
    """The ``%stage`` marks of a figure's context (`%preliminary`, `%previous` …)."""
    marks = _marked(claim.context, "%")
    if claim.attribute.startswith(FRAME_PREFIX):
        marks |= _frame_stages(claim.attribute)
    return marks


# the stages an open frame's first word gives its figure, whatever its clause's marks say:
# `지난 5월 세운 종전 최고치인 1만2,140달러` is as much an earlier record as `종전 최고치
# 1만2,410달러를` (elsewhere in a frame such a word is often a time, not a stage: `사고 직전
# 속도`; and `평균` begins a term of its own, `평균자책점`)
_FRAME_STAGES = ("previous",)


@lru_cache(maxsize=4096)
def _frame_stages(attribute: str) -> frozenset[str]:
    """The ``%stage`` marks an open frame's first word gives (data/frames.yaml ``stages``:
    `~종전최고치` is `%previous`)."""
    lexicon = frame_lexicon()
    key = attribute[len(FRAME_PREFIX):]
    marks = {"%" + stage for word, stage in lexicon.stages.items() if stage in _FRAME_STAGES and key.startswith(word)}
    # whose figure the frame's first word says it is (data/frames.yaml ``frame_owners``:
    # `~팀평균자책점` is the team's)
    marks |= {"%" + owner for word, owner in lexicon.frame_owners.items() if key.startswith(word) and len(key) > len(word)}
    return frozenset(marks)


def stages_differ(a: Claim, b: Claim) -> bool:
    """Two figures' contexts mark them as two stages of a figure (extract/frames.py
    ``%stage`` marks), so they are two facts."""
    stages_a, stages_b = stage_marks(a), stage_marks(b)
    if _on_two_stages(stages_a, stages_b, season=_a_season_statistic(a) or _a_season_statistic(b)):
        return True
    if ("%revised" in stages_a) != ("%revised" in stages_b) and "time" in (a.value.kind, b.value.kind):
        return True  # a plan moved (`일정이 미뤄졌다`) is not the earlier plan misreported
    spans_a, spans_b = {m for m in stages_a if m.startswith(SPAN_MARK)}, {m for m in stages_b if m.startswith(SPAN_MARK)}
    if spans_a and spans_b and not spans_a & spans_b:
        # `사흘 동안 3만2천명` / `나흘 동안에만 4만여명`: totals over two spans (a total over a
        # span against a figure told without one is often one total: `이틀 공연에만`)
        return True
    # an earlier figure (`종전 기록`), what was asked for (`구형`), an average, a sum, a
    # play-off's figure (a season's is mostly written without `정규리그`), an amount for
    # each one (`회당`, `1인당`), a company's standalone accounts (`별도 기준`)
    return any((marker in stages_a) != (marker in stages_b) for marker in _one_sided_marks()
               if marker != POSTSEASON or _a_season_statistic(a) or _a_season_statistic(b))


# the mark of a play-off's figure, one-sided only for a season's statistics
POSTSEASON = "%postseason"


def _a_season_statistic(claim: Claim) -> bool:
    """A figure a season's games add up (wins, points, a rate, a rank), which a play-off's
    figures are kept apart from; a purse, a span of years or a vote is of the
    play-off itself however the sentence names it (`12년 만에 한국시리즈 정상`, `챔프전 우승
    상금 1억원`, `기자단 투표 74표`). (A day stays apart: the days of a series' games.)"""
    value = claim.value
    return value.kind not in ("money", "duration") and value.unit != VOTE_UNIT


VOTE_UNIT = "표"


def _on_two_stages(stages_a: frozenset[str] | set[str], stages_b: frozenset[str] | set[str], *, season: bool = True) -> bool:
    """Two figures' stage marks hold two stages of one line: a preliminary and a final
    figure, a first instance and an appeal, a strike vote and a ratification vote
    (data/frames.yaml ``stage_lines``); marks of two lines exclude nothing (`%gross` /
    `%final`). A regular season and its play-off part only ``season`` statistics: a
    title's purse or the years since the last one is the play-off's however the sentence
    names the regular season too (`정규리그를 1위로 마친 벼울은 7년 만의 정상에 도전`)."""
    return bool(stages_a and stages_b) and any(
        stages_a & line and stages_b & line and not stages_a & stages_b & line
        for line in frame_lexicon().stage_lines if season or POSTSEASON not in line)


def _swapped_twins(a: Side, b: Side) -> bool:
    """The two figures are one with two neighbouring digits swapped, in three or more
    (`6,312명` / `6,132명`), or one number as a percent and as a percentage point (`0.5%p
    올린` / `0.5% 올린`): what sets an average, a total, a part, a change or another
    subject's figure apart does not set apart one figure mistyped (read only where such a
    gate would part the two)."""
    return swapped_in_long(a.claim.value, b.claim.value) or point_for_percent(a.claim.value, b.claim.value)


@lru_cache(maxsize=None)
def _one_sided_marks() -> tuple[str, ...]:
    """The marks that set a figure apart from one without them (see ``stages_differ``),
    and whose figure a frame's first word says it is (`%team`)."""
    owners = sorted({"%" + owner for owner in frame_lexicon().frame_owners.values()})
    return ("%previous", "%requested", "%average", "%total", "%postseason", "%per", "%separate", "%paid", "%condition",
            *owners)


def similarity(a: Side, b: Side, story_names: frozenset[str], *, bonuses: bool = True) -> float | None:
    """How alike the contexts of two figures are; None when their names or their
    actors exclude each other. ``bonuses`` adds what their frames and values say
    (for aligning; without them, how alike their words alone are)."""
    ca, cb = a.claim.context, b.claim.context
    names_a = _marked(ca, "@") - story_names
    names_b = _marked(cb, "@") - story_names
    compatible = names_compatible(names_a, names_b)
    if ESTIMATE in ca and ESTIMATE in cb:
        # two estimates whose sources differ (two pollsters) are two facts: the
        # organisations an estimate names (``^name``) say whose it is, else any names
        subjects = {a.claim.entity, b.claim.entity}  # whose figure it is, not whose estimate
        sources_a = {w[1:] for w in estimate_sources(ca)} - subjects
        sources_b = {w[1:] for w in estimate_sources(cb)} - subjects
        if not (names_compatible(sources_a, sources_b) if sources_a and sources_b else compatible):
            return None
    if compatible:
        # the story's own names never tell its figures apart, except one against another
        # (`가람은 41승 …` / `청솔은 35승 …`: the two teams of one match)
        own_a, own_b = _marked(ca, "@") & story_names, _marked(cb, "@") & story_names
        compatible = not (own_a and own_b and not own_a & own_b and not names_compatible(own_a, own_b))
        # nor the story's place against another place on the other side alone (`솔뫼군에서는
        # 계기진도 5` / `가람시 도심에서도 계기진도 4`)
        if compatible and not names_a and not own_b and _places(own_a) and _places(names_b):
            compatible = names_compatible(own_a, names_b)
        elif compatible and not names_b and not own_a and _places(own_b) and _places(names_a):
            compatible = names_compatible(names_a, own_b)
    penalty = 0.0 if compatible else NAME_PENALTY
    if (WHOLE in ca) != (WHOLE in cb) and _places(names_b if WHOLE in ca else names_a):
        return None  # `시 전체 평균 3억4,200만원` / `물빛구 평균 2억3,300만원`: the whole and a part
    if (not compatible and _places(names_a) and _places(names_b) and not names_compatible(_places(names_a), _places(names_b))
            and not _swapped_twins(a, b)):
        return None  # `은행구 … 4억7,800만원` / `물빛구 … 2억3,300만원`: two places' figures
    who_a, who_b = _described_people(a), _described_people(b)
    if who_a and who_b and not who_a & who_b:
        return None  # `50대 남성은 오후 4시 30분께` / `60대 남성은 … 오전 5시 40분께`: two people
    if a.claim.value.kind == b.claim.value.kind == "time":
        lettered_a, lettered_b = _lettered_people_in(figure_clause(a)), _lettered_people_in(figure_clause(b))
        if lettered_a and lettered_b and not lettered_a & lettered_b:
            return None  # `A(73)씨가 18일 오후 4시 50분께 … 숨졌다` / `지난 21일 숨진 … C(81)씨`: two people
    where_a, where_b = _located_at(a), _located_at(b)
    if where_a and where_b and not names_compatible(where_a, where_b) and not _swapped_twins(a, b):
        return None  # `솔뫼군에서는 계기진도 5` / `가람시 도심에서도 계기진도 4`: measured in two places
    markets_a, markets_b = _traded_in(_before(a)), _traded_in(_before(b))
    if markets_a and markets_b and not markets_a & markets_b:
        return None  # `유가증권시장에서 … 2조1,384억원` / `선물시장에서도 1조3,250억원어치`: two markets
    actors_a, actors_b = _marked(ca, "&"), _marked(cb, "&")
    if actors_a and actors_b and not actors_a & actors_b and not _swapped_twins(a, b):
        return None  # (two actors' figures are seldom one another's digits swapped: `인력 162명` / `126명`)
    if stages_differ(a.claim, b.claim) and not (
            _swapped_twins(a, b) and not _on_two_stages(stage_marks(a.claim), stage_marks(b.claim))):
        # (`평균 저수율은 52.4%` / `저수율은 54.2%`: an average, a total or an earlier figure
        # written on one side only seldom differs from the other only by two of its digits
        # swapped; a slip often does. Two stages of one line, a strike vote and a
        # ratification vote, are two counts whatever their digits)
        return None
    qa, qb = qualifier_key(a.claim.qualifier), qualifier_key(b.claim.qualifier)
    if qa and qb and qa != qb and not point_for_percent(a.claim.value, b.claim.value):
        return None  # `마케팅비` and `매출` growth: the catalogue's sub-categories, as on the key path
    if _two_events(a, b):
        return None  # `불이 시작된 시각` and `시신을 수습한 시각`: times of two events
    if _past_and_coming_years(a, b):
        return None  # `지난해 지방선거` / `내년 지방선거`: two occurrences of an event that recurs
    if a.claim.value.kind == b.claim.value.kind == "score" and not scores_of_one_game(a.claim.attribute, b.claim.attribute):
        return None  # `1차전을 81-76으로` / `5차전을 77-74로`: two games' scores
    if a.claim.value.kind == b.claim.value.kind == "time" and _repeated(a.claim.attribute, b.claim.attribute):
        return None  # `4일 새벽 1시 10분께 결렬된` / `7일 오전 2시 30분께 다시 결렬됐다`: two breakdowns
    if _start_against_end(a, b) or _start_against_end(b, a):
        return None  # `개표는 오후 8시 50분부터` / `8일 오전 1시 10분 개표를 모두 마친`: its start and its end
    if (is_frame(a) and is_frame(b) and a.claim.value.kind == b.claim.value.kind == "quantity"
            and not {a.claim.value.unit, b.claim.value.unit} & PLACE_UNITS
            and a.claim.attribute.endswith(_AMONG_ENDS) != b.claim.attribute.endswith(_AMONG_ENDS) and not _swapped_twins(a, b)):
        # `전체 참가자 가운데 2만6천여 명이 완주` / `참가자는 3만1천여 명`: a part and the whole
        # (a rate among them, `투표자 가운데 76.6%가 찬성`, is the whole's share; a place
        # among them, `기록 가운데 세 번째`, a place)
        return None
    if (_total_against_a_named_part(a, b) or _total_against_a_named_part(b, a)) and not _swapped_twins(a, b):
        return None  # `총상금 12억원` / `시즌 상금은 5억8,370만원`: the whole and a kind of it
    if is_frame(a) and is_frame(b) and _contrasted(a.claim.attribute, b.claim.attribute):
        return None  # `재적 의원 11명` / `출석 의원 10명`, `상반기` / `하반기`: two kinds of one thing
    if _daily_close(a) or _daily_close(b):
        return None  # `같은 날 코스닥지수는 … 903.18로 마감했다`: every trading day has its close
    if _highs_of_two_days(a, b):
        return None  # `11일 … 오후 1시 40분께 장중 최고가` / `13일 … 오후 2시 17분`: every day has its high
    series_a, series_b = _marked(ca, "#"), _marked(cb, "#")
    if series_a and series_b and not series_a & series_b and not _one_base(series_a, series_b):
        return None  # `1호` and `2호`: two members of a series
    if (_is_change(a.claim.attribute) != _is_change(b.claim.attribute) and not (is_streak(a) and is_streak(b))
            and not _swapped_twins(a, b)):
        return None  # `9분 줄었다` and `15분으로`: a change and a level are two facts
    if _two_rates(a, b):
        return None  # `투표율이 … 31.2%` and `득표율 51.2%`: two rates, whatever else they share
    if a.claim.attribute in _AGES and b.claim.attribute in _AGES and _named_against_unnamed(a.claim.entity, b.claim.entity):
        return None  # `정해숙(68)` / `93세 피해자`: a person named in one is named in the other
    if _limit_against_figure(a.claim.attribute, b.claim.attribute):
        return None  # `제한속도는 시속 50㎞` / `사고 당시 속도를 시속 64㎞로`: a limit and what it limits
    if _sequenced_apart(a.claim.attribute, b.claim.attribute):
        return None  # `마지막 블록 인양은 11월` / `다음 블록 인양은 이달 하순`: two of a sequence
    if _labelled_apart(a.claim.attribute, b.claim.attribute):
        return None  # `R석 6만6천원` / `S석 6만6천원`: two classes of one list, whatever the values
    if _classed_apart(a.claim.attribute, b.claim.attribute):
        return None  # `30대가 34.1%` / `성인 관객끼리 찾은 예매도 31.4%`: an age group's share and another's
    if a.claim.attribute != b.claim.attribute and _other_type(a, b):
        return None  # `▲59㎡A 312가구` / `84㎡A는 240가구 모집에`: a type's count and another's
    if a.claim.value.unit == b.claim.value.unit == "명" and (
            _took_part(a.claim.attribute, b.claim.attribute) or _attended_of(a, b) or _attended_of(b, a)):
        return None  # `유권자 7만5천 명이 참여했다` and `유권자는 18만7천여 명`: some and all
    words_a, words_b = plain_words(ca), plain_words(cb)
    if not words_a or not words_b:
        return None
    shared = (_soft_hits(words_a, words_b) + _soft_hits(words_b, words_a)) / 2
    score = shared / math.sqrt(len(words_a) * len(words_b)) - penalty
    if not bonuses:
        return round(score, SIM_DIGITS)
    if a.claim.attribute == b.claim.attribute:
        # one open frame (`~일반회계`) says more than one catalogue attribute (`launch_date`
        # of what?)
        score += SAME_FRAME if a.claim.attribute.startswith(FRAME_PREFIX) else SAME_ATTRIBUTE
    elif _refines(a.claim.attribute, b.claim.attribute) or _one_event_kind(a.claim.attribute, b.claim.attribute):
        score += SAME_FRAME  # `~개관식` / `~시립도서관개관식`: one frame, written more fully; `~붕괴` / `~사고`
    elif a.claim.value.kind == b.claim.value.kind == "time" and (event := _event_of(a)) is not None and event == _event_of(b):
        score += SAME_FRAME  # a catalogue time of the event another's frame names (`!거래종결` / `~거래종결`)
    elif (core := _shared_core(_unnamed(a), _unnamed(b))) >= CORE_MIN:
        # `~야간응급실문닫` / `~야간응급실운영멈추`: one measure told with other words around it,
        # as much of one frame as the run is of the shorter
        score += SAME_FRAME * core / min(len(a.claim.attribute), len(b.claim.attribute))
    # (rounded: a sum of fractions, `0.35 - 0.4 + 0.35`, lands a hair under a threshold it meets)
    return round(score + VALUE_CLOSENESS * closeness(a.claim.value, b.claim.value), SIM_DIGITS)


# two open frames sharing a run of this many syllables (names taken out) are of one
# measure written two ways (`~공식선거운동기간` / `~선거운동기간당원`): chosen on the dev split
# (3 aligned a count of participants with another and two times of two events)
CORE_MIN = 4


def _unnamed(side: Side) -> str:
    """The side's open frame without the names its context marks (`~갈모루공항떠나` with
    `@갈모루공항` -> `~떠나`): a place both frames name is no word of what they measure."""
    frame = side.claim.attribute
    for name in sorted((w[1:] for w in _marked(side.claim.context, "@")), key=len, reverse=True):
        if len(name) >= 2:
            frame = frame.replace(name, "")
    return frame


def _shared_core(x: str, y: str) -> int:
    """Syllables of the longest run two open frames share (`~야간응급실문닫` /
    `~야간응급실운영멈추`: 5)."""
    if not (x.startswith(FRAME_PREFIX) and y.startswith(FRAME_PREFIX)):
        return 0
    x, y = x[1:], y[1:]
    best = 0
    for i in range(len(x)):
        for j in range(i + best + 1, len(x) + 1):
            if x[i:j] in y:
                best = j - i
            else:
                break
    return best


def closeness(va, vb) -> float:
    """How much two different values look like one misreported (0..1): a slip keeps
    the size (within half again), changes a digit or swaps two (`412억` / `421억`),
    or moves a date or a clock time by a little."""
    if va.kind == "time" or vb.kind == "time":
        ia, ib = time_interval(va.time), time_interval(vb.time)
        if ia is None or ib is None:
            return 0.0
        gap = abs((ia.start - ib.start).total_seconds())
        return 1.0 if gap <= 3 * 86400 else 0.0
    if va.kind == "score" or vb.kind == "score":
        # `3-1` / `3-2`, `83-79` / `83-76`: one side's points kept, the other's misreported
        return 1.0 if va.kind == vb.kind and {va.low, va.high} & {vb.low, vb.high} else 0.0
    x, y = _in_common_unit(va, vb)
    if not x or not y or (x > 0) != (y > 0):
        return 0.0
    if _one_slip(_digits(va.text), _digits(vb.text)):
        return 1.0
    ratio = max(abs(x), abs(y)) / min(abs(x), abs(y))
    return max(0.0, 1.0 - (ratio - 1.0) / 0.5)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _one_slip(a: str, b: str) -> bool:
    """One digit changed, or two neighbouring digits swapped."""
    if not a or not b or len(a) != len(b) or a == b:
        return False
    return sum(x != y for x, y in zip(a, b)) == 1 or _neighbours_swapped(a, b)


def _entities_differ(a: Side, b: Side) -> bool:
    """Both figures name whose they are, and not the same one (within one story an
    unregistered name is the same name whatever the attribute)."""
    ea, eb = a.claim.entity, b.claim.entity
    return ea is not None and eb is not None and ea != eb


def story_names(sides: list[Side]) -> frozenset[str]:
    """The names in the story's name (`다솜시 예산` → `@다솜시`): what every figure of
    the story is about, so they never tell two figures apart. Other names (a party,
    a pollster, a district) do."""
    out = set()
    for side in sides:
        name = side.header.story_name or ""
        out.update("@" + word for word in name.split()[:-1])
    return frozenset(out)


# a time this long before its article's publication is another, earlier event
# (`2019년 4월 14일 규모 3.9 지진`) than one close to it
PAST_EVENT_DAYS = 180


def _eras_differ(a: Side, b: Side) -> bool:
    """One time long before its article and the other not; or two times each close to
    its own article and months apart (this quarter's results call and the last one's):
    two occurrences, not one event dated twice."""
    if _long_before(a) != _long_before(b) and not (_ahead(a) or _ahead(b) or _bare_clock(a) or _bare_clock(b)):
        return True  # (a date still ahead on one side is a plan: the other side's past date is that plan misdated)
    if _long_past_day(a) != _long_past_day(b):
        return True  # `7년 전인 2019년 2월 14일 아침에도 … 차량 24대가`: a figure of an earlier occurrence
    ra, rb = _recent_day(a), _recent_day(b)
    if ra is not None and rb is not None and abs((ra - rb).days) > OCCURRENCES_APART_DAYS:
        return True
    if _on_its_own_day(a) and _on_its_own_day(b) and a.header.published[:10] != b.header.published[:10]:
        return True  # each article's own day (`17일 … 장을 마쳤다`, `19일 … 마감했다`): two days' events
    return _next_occurrence(a, b) or _next_occurrence(b, a)


def _bare_clock(side: Side) -> bool:
    """A time of day with no day written (`오전 10시 40분께`): the article's day is only
    assumed, so it tells no era or occurrence apart."""
    t = side.claim.value.time
    return side.claim.value.kind == "time" and t is not None and t.grain in CLOCK_GRAINS and not has_day(side.claim.value.text)


def _on_its_own_day(side: Side) -> bool:
    """A time on the day its article came out, with the day written (`17일`, `17일 오후
    3시`; a time of day alone takes its article's day without saying it)."""
    t = side.claim.value.time
    published = side.header.published
    if side.claim.value.kind != "time" or t is None or not t.start or not t.end or not published or len(published) < 10:
        return False
    if not has_day(side.claim.value.text) or t.start[:10] != published[:10]:
        return False
    # a time of day, or that one whole day (`17일`), not a longer span starting then
    return "T" in t.end or date.fromisoformat(t.end[:10]) - date.fromisoformat(t.start[:10]) <= timedelta(days=1)


def _next_occurrence(ahead: Side, past: Side) -> bool:
    """Something that recurs (a vote, a meeting) still ahead in a later article, and
    already held in an earlier one: the next time it is held (`28일 찬반투표를 거쳐` after
    `지난 8일 찬반투표를 실시`), not the same one misdated."""
    if not _ahead(ahead) or past.claim.value.kind != "time" or not _recurs(ahead) or not _recurs(past):
        return False
    pa, pp = ahead.header.published, past.header.published
    t = past.claim.value.time
    if not pa or not pp or len(pa) < 10 or len(pp) < 10 or t is None or not t.end:
        return False
    return pp[:10] < pa[:10] and t.end[:10] <= pp[:10]


def _recurs(side: Side) -> bool:
    event = _event_of(side)
    # (the event's frame may carry its verb: `~조합원찬반투표거치`)
    return event is not None and any(word in event for word in frame_lexicon().recurring_events if len(word) >= 2)


# two times each within RECENT_DAYS of its article and more than OCCURRENCES_APART_DAYS
# apart are two occurrences of something that recurs
RECENT_DAYS = 31
OCCURRENCES_APART_DAYS = 60


def _ahead(side: Side) -> bool:
    """The time starts after its article's publication day."""
    t = side.claim.value.time
    published = side.header.published
    if side.claim.value.kind != "time" or t is None or not t.start or not published or len(published) < 10:
        return False
    return t.start[:10] > published[:10]


def _recent_day(side: Side) -> date | None:
    """The day a time starts on, when that is within RECENT_DAYS of its article."""
    t = side.claim.value.time
    published = side.header.published
    if side.claim.value.kind != "time" or t is None or not t.start or not published or len(published) < 10:
        return None
    if _bare_clock(side):
        return None  # a time of day alone (`오전 10시 40분께`) names no day to tell two occurrences by
    try:
        start, day = date.fromisoformat(t.start[:10]), date.fromisoformat(published[:10])
    except ValueError:
        return None
    return start if abs((day - start).days) <= RECENT_DAYS else None


def _long_before(side: Side) -> bool:
    """A time that ends long before its article (`2019년 4월 14일 규모 3.9 지진`)."""
    t = side.claim.value.time
    return side.claim.value.kind == "time" and t is not None and _ends_long_before(side, t.start, t.end)


def _long_past_day(side: Side) -> bool:
    """A figure (no time) its clause dates to one day long before its article (`2019년 2월
    14일 아침에도 … 24대가`): a figure of another, earlier occurrence. A longer period
    (`지난해 매출`) is a period the figure covers, not an occurrence."""
    claim = side.claim
    return (claim.value.kind != "time" and claim.as_of_source == "explicit" and claim.as_of is not None
            and _ends_long_before(side, claim.as_of.start, claim.as_of.end, one_day=True))


def _ends_long_before(side: Side, start: str | None, end: str | None, *, one_day: bool = False) -> bool:
    """The span ``[start, end)`` ends more than PAST_EVENT_DAYS before the side's article
    (with ``one_day``, a span of at most one day)."""
    published = side.header.published
    if not end or not published or len(published) < 10:
        return False
    try:
        last, day = date.fromisoformat(end[:10]), date.fromisoformat(published[:10])
        if one_day and (not start or (last - date.fromisoformat(start[:10])).days > 1):
            return False
    except ValueError:
        return False
    return (day - last).days > PAST_EVENT_DAYS


def _sources_differ(a: Side, b: Side) -> bool:
    """Two named sources (pollsters, broadcasters, forecasters): two estimates."""
    sa, sb = a.claim.attribution, b.claim.attribution
    return bool(sa and sb and sa != sb)


def aligned_pairs(sides: Iterable[Side], met: set[str] | None = None) -> Iterator[tuple[Side, Side, float]]:
    """(a, b, similarity) of the figures aligned across the articles of each story
    that disagree; ``met`` receives the claim ids of every aligned pair, agreeing
    ones too."""
    stories: dict[str, list[Side]] = defaultdict(list)
    for side in sides:
        if side.header.story:
            stories[side.header.story].append(side)
    for story in sorted(stories):
        members = stories[story]
        names = story_names(members)
        told: dict[str, list[Side]] = defaultdict(list)
        for side in members:
            told[side.claim.article].append(side)
        by_article = {article: _without_type_sizes(own) for article, own in told.items()}
        tables: dict[int, dict[int, frozenset[str]]] = {}  # each article's list, found once

        def listed_once(article_sides: list[Side]) -> dict[int, frozenset[str]]:
            found = tables.get(id(article_sides))
            if found is None:
                found = tables[id(article_sides)] = listed(article_sides)
            return found

        for art_a, art_b in combinations(sorted(by_article), 2):
            yield from _align_two(by_article[art_a], by_article[art_b], names, met, listed_once)


def _without_type_sizes(own: list[Side]) -> list[Side]:
    """An article's figures without the floor areas it names types by: an article that
    gives one frame two or more areas (`전용 59㎡A가 296가구로 가장 많고, 전용 84㎡는
    174가구`) tells types apart by them, it states no area of one thing (a record sale's
    `전용면적 84㎡` is one unit's, when the article names no other)."""
    sizes = [s for s in own if _type_size(s)]
    areas: dict[str, set[float]] = defaultdict(set)
    for side in sizes:
        areas[side.claim.attribute].add(side.claim.value.value)
    typed = {id(s) for s in sizes if len(areas[s.claim.attribute]) > 1}
    return [s for s in own if id(s) not in typed] if typed else own


def _type_size(side: Side) -> bool:
    """A floor area of one size told with a word types are named by (data/frames.yaml
    ``type_size_words``: `전용 59㎡`); a span of sizes (`59~114㎡`) is what a complex
    holds, and a building's `연면적` no type's."""
    v = side.claim.value
    return (v.unit in TYPE_UNITS and v.value is not None and v.bound != "range"
            and not frame_lexicon().type_size_words.isdisjoint(side.claim.context))


# a duration since an event (`출범 2년`, `7주째`, `16일 만에`) grows with the
# date of the article: two articles this many days apart hold the same one
ELAPSED_SLACK_DAYS = 15
# (`전`, `후`, `뒤` end their word or take a particle: `3일간 전면파업` is no `3일 전`)
_ELAPSED_AFTER = re.compile(
    r"\s?(째|만|(?:전|후|뒤)(?:(?![가-힣])|(?=에|의|부터|까지|인|이|쯤|께|엔|만))"
    r"|이 지|이 넘|이 흐르|이 흘|가 지|가 넘|가 흐르|가 흘|을 맞|를 맞)")


def elapsed(claim) -> bool:
    """A duration counted up to the article's day (`출범 2년이 지났다`, `7주째`,
    `취임 1년`)."""
    if claim.value.kind != "duration":
        return False
    ev = claim.evidence
    after = ev.sentence[ev.end - ev.sentence_start :]
    before = ev.sentence[: ev.start - ev.sentence_start].rstrip()
    if claim.value.rule == "since-event":
        return True  # `발사 58분 뒤` (values/in_context.py)
    return _ELAPSED_AFTER.match(after) is not None or before.endswith(_SINCE_EVENTS)


# an event a duration right after it counts from (`출범 2년`, `취임 1년`, `창단 30년`)
_SINCE_EVENTS = ("출범", "설립", "창립", "창단", "개원", "개관", "개교", "취임", "결성", "데뷔", "개통", "착공", "발생", "시작")


def _clock(side: Side) -> bool:
    """The side is a time of day."""
    t = side.claim.value.time
    return side.claim.value.kind == "time" and t is not None and t.grain in CLOCK_GRAINS


def _to_the_day(side: Side) -> bool:
    """The side is a time told to the day or finer (`오는 24일`, `24일 오전`, `오후 3시`)."""
    t = side.claim.value.time
    return side.claim.value.kind == "time" and t is not None and t.grain in DAY_GRAINS


def _end_against_moment(va, vb) -> bool:
    """One time is the end of a period (`까지`), the other a moment or a start."""
    if va.kind != "time" or vb.kind != "time" or va.time is None or vb.time is None:
        return False
    return (va.time.role == "deadline") != (vb.time.role == "deadline")


def _part_of_day_against_clock(va, vb) -> bool:
    """A part of a day (`새벽`, `오전`, `밤`: three hours or more) and a time to the hour
    or the minute."""
    if va.kind != "time" or vb.kind != "time" or va.time is None or vb.time is None:
        return False
    if va.time.grain not in CLOCK_GRAINS or vb.time.grain not in CLOCK_GRAINS:
        return False
    ia, ib = time_interval(va.time), time_interval(vb.time)
    if ia is None or ib is None:
        return False
    spans = sorted((ia.end - ia.start, ib.end - ib.start))
    return spans[0] <= _CLOCK_PRECISE and spans[1] >= _PART_OF_DAY


_CLOCK_PRECISE = timedelta(hours=1)
_PART_OF_DAY = timedelta(hours=3)


# change words by direction (extract/frames.py's canonical keys: `늘었다` is `증가`)
_UP, _DOWN = ("증가", "상승"), ("감소", "하락")


def change_direction(side: Side) -> int:
    """+1 for a rise, -1 for a fall, 0 when the figure is no change or says no direction:
    an open frame of a change by its key (`~순이익증가`), a catalogue change (a growth
    rate) by the one direction its words give (`3.1% 감소했다`)."""
    claim = side.claim
    if not _is_change(claim.attribute):
        return 0
    if claim.attribute.startswith(FRAME_PREFIX):
        return 1 if claim.attribute.endswith(_UP) else -1 if claim.attribute.endswith(_DOWN) else 0
    up, down = any(w in _UP for w in claim.context), any(w in _DOWN for w in claim.context)
    return 1 if up and not down else -1 if down and not up else 0


def opposite_changes(a: Side, b: Side) -> bool:
    """One figure is a rise and the other a fall, each written as a number of its own
    (`3.1% 감소했다` / `3.1% 늘어난`; not an open bound, `8% 넘게`, which meets much): the
    same number is no restatement, and two changes of one thing in opposite directions
    differ."""
    if a.claim.value.bound not in ("exact", "approx") or b.claim.value.bound not in ("exact", "approx"):
        return False
    return change_direction(a) * change_direction(b) == -1


def restates(va, vb) -> bool:
    """One value can be the other written again: numbers that meet, times of one kind
    (two days, or two times of day) that meet, a day and a time of day on that day
    that names it (`3일` / `3일 오전 6시`)."""
    if va.kind == "time" or vb.kind == "time":
        if va.kind != vb.kind or va.time is None or vb.time is None:
            return False
        clock_a, clock_b = va.time.grain in CLOCK_GRAINS, vb.time.grain in CLOCK_GRAINS
        if clock_a != clock_b:
            return has_day(va.text if clock_a else vb.text) and values_meet(va, vb)
        return values_meet(va, vb)
    if va.kind == vb.kind == "money":
        return values_meet(va, vb)  # another currency may be the same amount converted
    if va.kind == "score" or vb.kind == "score":
        return va.kind == vb.kind and values_meet(va, vb)
    ia, ib = numeric_interval(va), numeric_interval(vb)
    if ia is None or ib is None or va.kind != vb.kind:
        return False
    if (unit_key(va.unit) or "") != (unit_key(vb.unit) or "") and unit_factor(va, vb) is None:
        return False  # `41일` and `6시간` are not one value written twice; `2주` and `14일` can be
    return values_meet(va, vb)



def listed(sides: list[Side]) -> dict[int, frozenset[str]]:
    """The figures a sentence lists (the same frame with values that cannot both hold:
    a medal table, a poll's candidates, each defendant's sentence), each with the words
    that tell its item from the others (``_item_words``)."""
    by_frame: dict[tuple[str, str, int, str, str, object], list[int]] = defaultdict(list)
    for k, side in enumerate(sides):
        # the start and the end of one period (`6일부터 12일까지`) are no list
        role = side.claim.value.time.role if side.claim.value.time is not None else ""
        # nor are two stages of one figure (`2년 6개월을 선고한 1심을 깨고 1년6개월`)
        stages = " ".join(sorted(w for w in side.claim.context if w.startswith("%")))
        # nor are one figure's levels at two times (`231명으로, 전날 오전 9시(146명)보다`)
        when = side.claim.as_of.start if side.claim.as_of is not None and side.claim.as_of_source == "explicit" else ""
        by_frame[(side.claim.attribute, dimension_of(side), side.claim.evidence.sentence_index, role, stages, when)].append(k)
    mates: dict[int, set[int]] = defaultdict(set)
    for members in by_frame.values():
        for i, j in combinations(members, 2):
            if not values_meet(sides[i].claim.value, sides[j].claim.value) and not _whole_and_part(sides[i], sides[j]):
                mates[i].add(j)
                mates[j].add(i)
    return {k: _item_words(sides[k], [sides[m] for m in others]) for k, others in mates.items()}


# figures of a list whose items only a name tells apart: people's ages, the times of
# events (`최모(81)씨, 김모(76)씨`, each victim's time of rescue)
_NAMED_ITEMS = frozenset({"age"})


def _item_words(side: Side, mates: list[Side]) -> frozenset[str]:
    """The plain words of a listed figure's context that none of its list-mates has:
    what its item is (`142개 사업에서 212억 원을 삭감하고, 17개 사업에 38억 원을 새로
    반영`: `감소` for the first, `반영` for the second)."""
    if side.claim.value.kind == "time" or side.claim.attribute in _NAMED_ITEMS:
        return frozenset()
    others = {w for m in mates for w in m.claim.context}
    return frozenset(w for w in side.claim.context if w[:1].isalnum() and w not in others)


# words right after a whole that make the next figure of its sentence a part of it
# (`총 1천482가구 가운데 일반분양이 963가구다`): extract/frames.py's ``PART_OF``
_AMONG = re.compile(r"\s?(?:" + "|".join(sorted(PART_OF, key=len, reverse=True)) + r")(?:에서)?(?![가-힣])")


def _same_item(words: frozenset[str] | None, other: Side) -> bool:
    """``other`` names the item a listed figure's own words tell (``listed``); a figure
    not listed (None) is its own item."""
    return words is None or not words.isdisjoint(other.claim.context)


def _whole_and_part(a: Side, b: Side) -> bool:
    """The earlier of two figures of one sentence is a whole the later is a part of
    (`총 1천482가구 가운데 … 963가구`): no list of items, but one figure and its part."""
    first, second = sorted((a, b), key=lambda s: s.claim.evidence.start)
    ev = first.claim.evidence
    after = ev.sentence[ev.end - ev.sentence_start:]
    return bool(_AMONG.match(after)) and second.claim.evidence.start > ev.end


def _shares_a_name(a: Side, b: Side, story: frozenset[str]) -> bool:
    names_a = {_strip(w) for w in a.claim.context if w.startswith("@") and w not in story}
    names_b = {_strip(w) for w in b.claim.context if w.startswith("@") and w not in story}
    # `@한모` and `@한`: one anonymised name written two ways; `*노조`: the same actor's figure
    owners_a, owners_b = _marked(a.claim.context, "*"), _marked(b.claim.context, "*")
    return (bool(names_a & names_b) or bool(owners_a & owners_b)
            or (a.entity is not None and a.entity == b.entity and "/" in a.entity))


def _implausible(a: Side, b: Side) -> bool:
    """Figures far apart in size are two facts (a total and a change, a year and a
    day), not one misreported: a slip keeps the order of magnitude."""
    ia, ib = numeric_interval(a.claim.value), numeric_interval(b.claim.value)
    if ia is None or ib is None:
        return False
    va, vb = _in_common_unit(a.claim.value, b.claim.value)
    if not va or not vb or (va > 0) != (vb > 0):
        return False
    ratio = abs(float(va) / float(vb))
    if not (ratio > PLAUSIBLE_RATIO or ratio < 1 / PLAUSIBLE_RATIO):
        return False
    # one figure mistyped is one figure, however far apart the slip puts the two: its
    # decimal point slipped (`12조6,483억원` / `1조2천648억원`), the commonest slip of all,
    # or two digits swapped (`9.2도` / `2.9도`)
    return not mistyped(a, b)


def _slipped_decimal(x: float, y: float) -> bool:
    """``x`` and ``y`` begin with the same significant digits (at least three) and are a
    power of ten apart (ten to ten thousand times), to within a dropped last digit
    (`126,483억` / `12,648억`)."""
    dx, dy = _significant_digits(x), _significant_digits(y)
    if dx == dy and len(dx) >= WHOLE_SLIP_DIGITS:
        pass  # `1만2천여명` / `1천200여명`: every digit the same, only the point moved
    elif len(dx) < SLIP_DIGITS or len(dy) < SLIP_DIGITS or dx[:SLIP_DIGITS] != dy[:SLIP_DIGITS]:
        return False
    ratio = max(abs(x), abs(y)) / min(abs(x), abs(y))
    return any(abs(ratio / 10 ** k - 1) < SLIP_TOLERANCE for k in range(1, 5))


def transposed(va, vb) -> bool:
    """Two exact figures of one unit and size whose significant digits are the same but
    for two neighbours swapped (`185억` / `158억`, `2,140가구` / `2,410가구`, `4.7%` / `7.4%`): one
    figure mistyped, the commonest slip of the keyboard. Times of one grain too: `1998년` /
    `1989년`, `13일` / `31일`, `오전 4시 12분` / `오전 4시 21분`."""
    if va.kind == "time" or vb.kind == "time":
        dx, dy = _time_digits(va), _time_digits(vb)
        return bool(dx and dy) and _swapped(dx, dy)
    if va.bound not in _SWAPPABLE_BOUNDS or vb.bound not in _SWAPPABLE_BOUNDS:
        return False
    digits = _digits_of_one_size(va, vb)
    if digits is None or not _swapped(*digits):
        return False
    # a cap or a floor written to three digits or more is a computed figure, mistyped
    # like any other (`최대 559억2천만원` / `595억2천만원`); a round one is a plan's
    return (va.bound == vb.bound == "exact") or min(len(d) for d in digits) >= LONG_SWAP_DIGITS


# bounds a figure keeps its digits under: exact, or a cap or a floor (`최대`, `이상`)
_SWAPPABLE_BOUNDS = frozenset({"exact", "at_most", "at_least"})


def keyed_wrong(va, vb, min_digits: int = 1) -> bool:
    """Two figures of one unit and size written with the same digits but one (`52.3%` /
    `62.3%`, `150억원` / `250억원`, `약 300억원` / `350억원`) or but two neighbours swapped
    (`46.3%` / `43.6%까지`), whatever bound each is written with: a key struck for another.
    With ``min_digits``, only figures of at least that many significant digits (`171석` /
    `170석`; `4위` / `5위` are any two places of a list)."""
    if va.kind == "time" or vb.kind == "time":
        return False
    digits = _digits_of_one_size(va, vb)
    if digits is None or min(len(d) for d in digits) < min_digits:
        return False
    width = max(len(d) for d in digits)
    dx, dy = (d.ljust(width, "0") for d in digits)
    return sum(1 for p, q in zip(dx, dy) if p != q) == 1 or _swapped(dx, dy)


def _digits_of_one_size(va, vb) -> tuple[str, str] | None:
    """The significant digits of two different figures of one unit and order of magnitude
    (what ``transposed`` and ``keyed_wrong`` compare); None for any other two."""
    if va.unit != vb.unit or not va.value or not vb.value:
        return None
    x, y = abs(float(va.value)), abs(float(vb.value))
    if x == y or math.floor(math.log10(x)) != math.floor(math.log10(y)):
        return None
    return _significant_digits(x), _significant_digits(y)


def _significant_digits(v: float) -> str:
    """`126483e8` → `126483`, `4.7` → `47`."""
    return f"{abs(v):.6e}".split("e")[0].replace(".", "").rstrip("0")


def _swapped(dx: str, dy: str) -> bool:
    return len(dx) >= TRANSPOSED_DIGITS and _neighbours_swapped(dx, dy)


def _neighbours_swapped(a: str, b: str) -> bool:
    """Two digit strings alike but for two neighbouring digits swapped."""
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _time_digits(value) -> str | None:
    """The digits a time is written with at its grain: a year's four, a day's two, a
    time of day's hour and minutes (`1998`, `13`, `412`)."""
    t = value.time
    if value.kind != "time" or t is None or t.start is None or t.unresolved or t.role != "point":
        return None
    start = str(t.start)
    if t.grain == "year":
        return start[:4]
    if t.grain == "day":
        return start[8:10]
    if t.grain == "minute" and len(start) >= 16:
        hour = int(start[11:13]) % 12 or 12  # as written: `오후 4시 12분`
        return f"{hour}{start[14:16]}"
    return None


# how much closer a figure with two digits swapped is to the figure it mistypes than
# any look-alike in alike words (alignment order only)
TRANSPOSED_BONUS = 0.5
# significant digits a transposed figure has at least (`43`/`34` already counts)
TRANSPOSED_DIGITS = 2


# significant digits two figures must share to be read as one with a slipped decimal
SLIP_DIGITS = 3
# or this many when all of them are the same (no digit dropped)
WHOLE_SLIP_DIGITS = 2
# how far from a power of ten their ratio may be (a last digit dropped in the slip)
SLIP_TOLERANCE = 0.001


_OPEN_BOUNDS = frozenset({"at_least", "at_most", "more_than", "less_than"})


# how many times wider a round figure's interval is than the exact one it rounds to
ROUNDER = 10


def _rounder(a: Side, b: Side) -> str | None:
    """Which of two figures in one unit is the round one whose interval holds the other's
    many times over (`17만명` against `17만4천286명`): "a", "b" or None."""
    va, vb = a.claim.value, b.claim.value
    if va.unit != vb.unit or None in (va.low, va.high, vb.low, vb.high):
        return None
    wa, wb = float(va.high) - float(va.low), float(vb.high) - float(vb.low)
    if wa > ROUNDER * wb:
        return "a"
    if wb > ROUNDER * wa:
        return "b"
    return None


def _best_of_each(candidates: list[tuple[float, int, int, bool]],
                  keep: Callable[[int, int, bool], bool]) -> dict[tuple[str, int], float]:
    """For each figure of either article (``("a", i)``, ``("b", j)``), the highest similarity
    of the candidate pairs (``(-similarity, i, j, restates)``) that ``keep`` takes."""
    best: dict[tuple[str, int], float] = {}
    for neg, i, j, meet in candidates:
        if keep(i, j, meet):
            best["a", i] = max(best.get(("a", i), 0.0), -neg)
            best["b", j] = max(best.get(("b", j), 0.0), -neg)
    return best


def _outweighed(candidates: list[tuple[float, int, int, bool]], left: list[Side], right: list[Side],
                fine: Callable[[Side], bool], *, ties: bool) -> set[tuple[int, int]]:
    """The restating pairs of a ``fine`` figure and a coarser one (a time of day and a day, a
    day and a month, an exact figure and an open bound) where the fine figure has a pair
    with a fine figure of the other article in closer words (as alike, with ``ties``): the
    finer pair goes first, so the coarse restatement does not take the fine figure."""
    fine_a, fine_b = [fine(s) for s in left], [fine(s) for s in right]
    best = _best_of_each(candidates, lambda i, j, meet: fine_a[i] and fine_b[j])
    out = set()
    for neg, i, j, meet in candidates:
        if not meet or fine_a[i] == fine_b[j]:
            continue
        score = best.get(("a", i) if fine_a[i] else ("b", j), 0.0)
        if score > -neg or (ties and score == -neg):
            out.add((i, j))
    return out


def _exact(side: Side) -> bool:
    return not _open_bound(side)


def _open_bound(side: Side) -> bool:
    """`12만명을 넘어`, `3천명 이상`: a figure open on one side."""
    return side.claim.value.bound in _OPEN_BOUNDS


def slipped(a: Side, b: Side) -> bool:
    """The two figures are one with its decimal point slipped (`1,240만t` / `124만t`)."""
    va, vb = _in_common_unit(a.claim.value, b.claim.value)
    return bool(va and vb) and (va > 0) == (vb > 0) and va != vb and _slipped_decimal(float(va), float(vb))


def misscored(a: Side, b: Side) -> bool:
    """Two scores of one game that keep one side's points and differ in the other's (`3-1`
    / `3-2`, `83-79` / `76-83`): one side's points misreported, a slip as sure as two digits
    swapped (two games seldom end with one side's points alike and are told apart by their
    frames: game numbers, periods)."""
    va, vb = a.claim.value, b.claim.value
    if va.kind != "score" or vb.kind != "score" or a.claim.attribute != b.claim.attribute:
        return False
    pa, pb = {va.low, va.high}, {vb.low, vb.high}
    return pa != pb and len(pa) == len(pb) == 2 and len(pa & pb) == 1


def scores_of_one_game(x: str, y: str) -> bool:
    """Two scores' frames name one game and one period of it: the same frame, or a game's
    final score unnumbered on one side and numbered on the other (`~스코어` / `~6차스코어`);
    another game (`~5차스코어` / `~6차스코어`) or period (`~2세트스코어` / `~3세트스코어`,
    `~스코어` / `~전반스코어`) is another fact."""
    if x == y:
        return True
    gx, rx = _game_and_rest(x)
    gy, ry = _game_and_rest(y)
    return rx == ry and not (gx and gy)


@lru_cache(maxsize=1)
def _numbered_game() -> re.Pattern[str]:
    """A score frame's game: its number (data/frames.yaml ``ordinal_events``: `~6차스코어`)
    or its stage in a tournament (``scores.stages``, ``stage_counters``: `~결승1세트스코어`,
    `~준결승스코어`, `~4강스코어`)."""
    lex = frame_lexicon()
    counters = alternation([*lex.ordinal_events, *lex.score_stage_counters.values()])
    stages = alternation(lex.score_stages.values())
    return re.compile(rf"^~(\d+(?:{counters})|준*(?:{stages}))?(.*)$")


def _game_and_rest(frame: str) -> tuple[str, str]:
    m = _numbered_game().match(frame)
    return (m.group(1) or "", m.group(2)) if m else ("", frame)


def mistyped(a: Side, b: Side) -> bool:
    """One figure written for the other by a slip: two digits swapped, a decimal slipped."""
    return transposed(a.claim.value, b.claim.value) or slipped(a, b)


def slipped_long(a: Side, b: Side) -> bool:
    """One figure with a slip no stage or plan makes by chance: two neighbouring digits
    swapped in three or more (`1,284억원` / `1,248억원`, ``swapped_in_long``), or its decimal
    point moved (`1억2천만원` / `1천200만원`). Two stages of a figure, or a plan and its
    outcome, that differ so are one figure mistyped (a warning), not a change."""
    return slipped(a, b) or swapped_in_long(a.claim.value, b.claim.value)


def swapped_in_long(va, vb) -> bool:
    """Two figures of three significant digits or more, one the other with two neighbouring
    digits swapped (`1,284억원` / `1,248억원`, `12.4%` / `21.4%`); times are not figures here.
    Shorter ones swap by chance (`1만2천톤` / `2만1천톤`, `4억5천만원` / `5억4천만원`) as
    often as a plan or a proposal changes."""
    if va.kind == "time" or vb.kind == "time" or not transposed(va, vb):
        return False
    digits = _digits_of_one_size(va, vb)
    return digits is not None and min(len(d) for d in digits) >= LONG_SWAP_DIGITS


LONG_SWAP_DIGITS = 3


def _in_common_unit(va, vb) -> tuple[float | None, float | None]:
    """The two values' numbers in one unit: spans of time converted (`2년 6개월` = 2.5년)."""
    x, y = va.value, vb.value
    if x and va.unit != vb.unit:
        factor = unit_factor(va, vb)
        if factor is not None:
            x = float(x) * factor
    return x, y


def dated_apart(a: Side, b: Side) -> bool:
    """Both figures say when they hold (`오전 9시 기준`, `올해`, `2027년도`) and those
    times do not meet: two facts (two report times, two years), whatever the frame;
    unless one is the other with two neighbouring digits swapped (`주민 326명` /
    `주민 362명`, `2,140명` / `2,410명`): one figure mistyped, whatever time each
    article tells it of (two moments' figures are seldom the same digits swapped)."""
    if a.claim.as_of_source not in ("explicit", "report") or b.claim.as_of_source not in ("explicit", "report"):
        return False
    if elapsed(a.claim) or elapsed(b.claim):
        return False  # `새벽 3시 44분 … 발사 58분 뒤`: the time is the event's; the span's policy dates it
    ia, ib = as_of_interval(a.claim.as_of), as_of_interval(b.claim.as_of)
    return ia is not None and ib is not None and not ia.overlaps(ib) and not transposed(a.claim.value, b.claim.value)


_ONE_DAY = timedelta(days=1)


def _at_one_time(a: Side, b: Side) -> bool:
    """Both figures say when they hold, at one time of day (`오전 11시 기준` on both sides),
    or in one frame at times that meet (`이날 오후 본회의에서 … 찬성 164표` / `11일 국회
    본회의에서 … 찬성 161표`)."""
    if a.claim.as_of_source not in ("explicit", "report") or b.claim.as_of_source not in ("explicit", "report"):
        return False
    ia = a.claim.as_of
    if ia is not None and ia == b.claim.as_of and len(ia.start) > 10:  # (a time of day, not a day)
        return True
    if a.claim.attribute != b.claim.attribute:
        return False
    ta, tb = as_of_interval(a.claim.as_of), as_of_interval(b.claim.as_of)
    # (of a day or less: `이번 주 초` says too little to hold a figure back)
    return ta is not None and tb is not None and ta.overlaps(tb) and max(ta.end - ta.start, tb.end - tb.start) <= _ONE_DAY


# a list whose items all differ from another list's in one direction: two lists
SHIFTED_ITEMS = 3


def _without_shifted_lists(disputed: list[tuple[Side, Side, float]],
                           told_alike: set[tuple[int, int]]) -> list[tuple[Side, Side, float]]:
    """The disputes less those between two sentences whose figures all differ in one
    direction, SHIFTED_ITEMS or more of them, and no figure told alike between the two
    (``told_alike``: pairs of sentence indices): two venues' or two seasons' lists
    (`▲VIP석 15만원 ▲R석 13만원 ▲S석 9만원` / `▲VIP석 14만원 ▲R석 12만원 ▲S석 8만원`), not
    each of their items misreported (a slip changes one figure)."""
    groups: dict[tuple[int, int], list[tuple[Side, Side, float]]] = defaultdict(list)
    for d in disputed:
        groups[(d[0].claim.evidence.sentence_index, d[1].claim.evidence.sentence_index)].append(d)
    dropped: set[int] = set()
    for sentences, members in groups.items():
        if len(members) < SHIFTED_ITEMS or sentences in told_alike:
            continue
        if any(a.claim.value.value is None or b.claim.value.value is None for a, b, _ in members):
            continue
        if len({float(b.claim.value.value) > float(a.claim.value.value) for a, b, _ in members}) == 1:
            dropped.update(id(d) for d in members)
    return [d for d in disputed if id(d) not in dropped] if dropped else disputed


def _use(i: int, j: int, left: list[Side], right: list[Side], used_a: set[int], used_b: set[int],
         day_met: set[tuple[str, int]]) -> None:
    """Take a restating pair out of the alignment. A day restating a time of day on it
    (`지난 24일` / `어젯밤 9시 12분`) says nothing of the hour: the time of day stays free
    for a time of day of the other article (`밤 8시 12분`), once."""
    clock_a, clock_b = _clock(left[i]), _clock(right[j])
    if clock_a != clock_b:
        key = ("a", i) if clock_a else ("b", j)
        if key not in day_met:
            day_met.add(key)
            if clock_a:
                used_b.add(j)  # (only the day is used up)
            else:
                used_a.add(i)
            return
    used_a.add(i)
    used_b.add(j)


def _align_two(
    left: list[Side], right: list[Side], names: frozenset[str], met: set[str] | None = None,
    listed_of: Callable[[list[Side]], dict[int, frozenset[str]]] = listed,
) -> Iterator[tuple[Side, Side, float]]:
    if not any(s.is_new for s in left) and not any(s.is_new for s in right):
        return
    table_left, table_right = listed_of(left), listed_of(right)
    candidates = []
    typos: set[tuple[int, int]] = set()  # the candidate pairs of one figure mistyped
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if not (aligned(a) or aligned(b)) or not dimensions_meet(a, b):
                continue
            if not (a.is_new or b.is_new) or (_entities_differ(a, b) and not _swapped_twins(a, b)) or _eras_differ(a, b):
                continue
            if elapsed(a.claim) != elapsed(b.claim):
                continue  # a duration since an event (`출범 2년`) and any other span
            if _end_against_moment(a.claim.value, b.claim.value):
                continue  # `8일 오후 6시까지` (the end of a period) and `오전 4시 31분` (a moment)
            if _part_of_day_against_clock(a.claim.value, b.claim.value):
                continue  # `오늘 새벽` says too little to restate or dispute `오전 4시 12분`
            if (i in table_left or j in table_right) and not (
                    _shares_a_name(a, b, names) or (_same_item(table_left.get(i), b) and _same_item(table_right.get(j), a))
                    or transposed(a.claim.value, b.claim.value)
                    or (a.claim.attribute not in _NAMED_ITEMS and keyed_wrong(a.claim.value, b.claim.value, TRANSPOSED_DIGITS))):
                continue  # a listed figure is compared only with one of the same item, or with itself mistyped
            sim = similarity(a, b, names)
            if sim is not None and (sim >= AGREE_MIN or (sim >= SLIP_MIN and slipped_long(a, b))):
                typo = mistyped(a, b)
                if typo:
                    typos.add((i, j))
                if (typo or misscored(a, b) or point_for_percent(a.claim.value, b.claim.value)
                        or _clock_slipped(a.claim.value.time, b.claim.value.time)):
                    # one figure mistyped pairs before a look-alike (`87억4천만원`: `78억4천만원`,
                    # not `91억2천만원`), and in few shared words (the bonus lifts it past ALIGN_MIN);
                    # so does a time of day in another hour at its minute (`오전 7시 52분께` / `오전 8시 52분께`)
                    sim += TRANSPOSED_BONUS
                candidates.append((-sim, i, j, restates(a.claim.value, b.claim.value) and not opposite_changes(a, b)))
    used_a: set[int] = set()
    used_b: set[int] = set()
    # first the figures the other article restates (the same value in any form) in
    # alike words: a figure with its restatement is not compared with another; a
    # restatement in few shared words (`11일 새벽` for `오전 4시 50분`) only agrees
    # where no closer figure disputes it
    # a day restating a time of day on it says less than a time of day in closer words
    # disputing it (`20일` / `전날 오전 11시` against `20일 오후 2시`): the finer pair first
    # (a tie goes to the two times of day: in words as alike, they say more)
    coarser = _outweighed(candidates, left, right, _clock, ties=True)
    # so does a month or a year restating a day (`이달 말`, `올해 안에` / `오는 27일`) against
    # a day in closer words disputing it (`오는 24일`)
    coarser |= _outweighed(candidates, left, right, _to_the_day, ties=True)
    # an open bound (`12만명을 넘어`) meets every figure beyond it: it restates an exact
    # figure only where no exact figure in closer words disputes that one
    coarser |= _outweighed(candidates, left, right, _exact, ties=False)
    # a round figure (`목표치(17만명)`) meets an exact one it rounds to: it restates it only
    # where no exact figure in closer words disputes that one as mistyped (`17만4천826명` /
    # `17만4천286명`)
    typo_best = _best_of_each(candidates, lambda i, j, meet: not meet and (i, j) in typos) if typos else {}
    if typo_best:
        coarser |= {
            (i, j) for neg, i, j, meet in candidates
            if meet and (rounder := _rounder(left[i], right[j])) is not None
            and typo_best.get(("b", j) if rounder == "a" else ("a", i), 0.0) > -neg
        }
    day_met: set[tuple[str, int]] = set()  # a time of day whose day alone a day restated
    restated = 0
    told_alike: set[tuple[int, int]] = set()  # the sentences of the restating pairs
    for neg, i, j, meet in sorted(candidates):
        if meet and -neg >= ALIGN_MIN and i not in used_a and j not in used_b and (i, j) not in coarser:
            _use(i, j, left, right, used_a, used_b, day_met)
            restated += 1
            told_alike.add((left[i].claim.evidence.sentence_index, right[j].claim.evidence.sentence_index))
    disputed = []
    # a figure at one report time waits for the other's figure at that very time, rather
    # than be taken by one at another time in closer words (`오전 11시 기준 483건` pairs
    # with `오전 11시 기준 384건`, not with `오후 6시 612건`; this vote's `찬성 161표` with
    # `이날 … 찬성 164표`, not with the predecessor's `2025년 6월 찬성 181표`)
    same_time: dict[tuple[str, int], set[int]] = defaultdict(set)
    for neg, i, j, meet in candidates:
        if not meet and -neg >= ALIGN_MIN and _at_one_time(left[i], right[j]):
            same_time[("a", i)].add(j)
            same_time[("b", j)].add(i)
    for neg, i, j, meet in sorted(candidates):
        if i in used_a or j in used_b or (i, j) in coarser:
            continue
        if meet:
            _use(i, j, left, right, used_a, used_b, day_met)
            restated += 1
            told_alike.add((left[i].claim.evidence.sentence_index, right[j].claim.evidence.sentence_index))
            continue
        if -neg < ALIGN_MIN or _implausible(left[i], right[j]):
            continue
        apart = dated_apart(left[i], right[j])
        if apart and (same_time.get(("a", i), set()) - used_b or same_time.get(("b", j), set()) - used_a):
            continue  # (it waits for the figure at its own time)
        used_a.add(i)
        used_b.add(j)
        if not apart:  # two report times of one figure are no dispute
            disputed.append((left[i], right[j], -neg))
        else:
            restated += 1  # (one figure at two times: the two reports tell the same things)
    disputed = _without_shifted_lists(disputed, told_alike)
    # (a percentage point written for a percent is one figure in the wrong unit: it counts
    # for neither side of the balance)
    if sum(not point_for_percent(d[0].claim.value, d[1].claim.value) for d in disputed) > restated + DISPUTE_SLACK:
        # two reports that disagree more than they agree are not reporting the same
        # figures, except where the words leave no doubt
        # (a figure with two of its digits swapped is one figure mistyped: `185억` / `158억`)
        disputed = [d for d in disputed if d[2] >= SURE_DISPUTE or mistyped(d[0], d[1]) or misscored(d[0], d[1])
                    or point_for_percent(d[0].claim.value, d[1].claim.value)]
    if met is not None:
        met.update(left[i].claim.id for i in used_a)
        met.update(right[j].claim.id for j in used_b)
        met.update((left if side == "a" else right)[k].claim.id for side, k in day_met)
    yield from disputed
