"""Stories: articles about the same event or subject (docs/design.md, "stories").

Between the ledger and the reconciler: each article's ``StoryKeys`` (names, event
and headline nouns, `name + event` phrases, from the extractor) are compared with
those of the articles published near it, and articles that share enough rare keys
form a story. A claim whose entity the extractor could not name is about its
story's event (``story:<id>``, shown by the story's name: `우산군 집중호우`).

- Deterministic: the same articles give the same stories, whatever their order.
- Blocking, never all pairs: candidates share a name or phrase that few articles
  have (an inverted index), and are published within ``WINDOWS``. The more articles
  hold a key, the nearer in time the candidates it proposes: among the many articles
  of a frequent key (a company in the news every week), an article is compared with
  its ``NEIGHBOURS`` nearest by publication day on either side within ``NEAR_DAYS``,
  so each article has a bounded number of candidates and grouping an archive grows
  linearly with it (docs/benchmarks.md, "Story grouping").
- Incremental: articles already in the ledger keep their story; a new article
  joins the story of the stored articles it is closest to.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice

from daejo.models import ArticleClaims, StoryKeys

STORY_PREFIX = "story:"
# (days apart, score needed): a later article needs more shared keys to join
WINDOWS = ((7, 1.2), (60, 1.8), (400, 2.6))
# a key held by more articles than this share of the corpus (and at least
# BLOCK_MIN_DF of them) does not propose candidates: it is a beat, not a story
BLOCK_SHARE = 0.12
BLOCK_MIN_DF = 12
# idf smoothing: small runs (two articles) must still see their shared names as rare
IDF_PRIOR = 20
NOUN_WEIGHT = 0.5
# two articles sharing this many times the keys their distance asks for are one story
# even when each seems plainly about another subject (``_two_subjects``: the analyzer
# takes a common word of one for a name, `지역화폐`); chosen on the dev split, where
# every pair so vetoed at 2.4 times or more was of one story
SURE_STORY = 2.5
SURE_FIGURES = 2
PHRASE_WEIGHT = 1.0
# a name one article writes longer (`다온` / `다온시`) counts this much of a shared one
PREFIX_WEIGHT = 0.7
CROSS_WEIGHT = 0.7
# a lead noun of this many syllables or more counts as much as a name
LONG_NOUN = 6
LONG_NOUN_WEIGHT = 1.0
FIGURE_WEIGHT = 1.0
# How far a key reaches, by how many articles hold it (up to the blocking limit): the
# more articles share a key, the nearer in time its candidates, as ``WINDOWS`` asks
# more of a pair the further apart it is. A key of at most RARE articles (a person,
# a figure, the phrase of one story) proposes all of them; one of at most FEW (a name
# in a few stories a season) those published within MID_DAYS; a frequent one (a
# company in the news every week) only the NEIGHBOURS nearest by publication day on
# either side within NEAR_DAYS. Stories are told within days, and an article's rarer
# keys reach the rest of its story; so each article has a bounded number of
# candidates however large the archive (docs/benchmarks.md, "Story grouping"). An
# undated article is a candidate of a dated one by rank alone.
RARE = 8
FEW = 33
MID_DAYS = 60
NEAR_DAYS = 7
NEIGHBOURS = 8


@dataclass(frozen=True)
class StoryItem:
    article: str
    keys: StoryKeys
    day: date | None  # publication day (start of a partial date)
    story: str | None  # stored story id (ledger articles)


def story_entity(story_id: str) -> str:
    return STORY_PREFIX + story_id


def is_story_entity(entity: str | None) -> bool:
    return bool(entity) and entity.startswith(STORY_PREFIX)  # type: ignore[union-attr]


def _day(published: str | None) -> date | None:
    if not published or len(published) < 4 or not published[:4].isdigit():
        return None
    parts = published[:10].split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def item_of(entry: ArticleClaims, *, keep_story: bool) -> StoryItem:
    return StoryItem(entry.article, entry.keys or StoryKeys(), _day(entry.published), entry.story if keep_story else None)


class _Index:
    """Document frequencies and posting lists of the keys; a posting of more than
    RARE articles in publication order, with how far it reaches."""

    def __init__(self, items: Sequence[StoryItem]) -> None:
        self.df: Counter[str] = Counter()
        self.postings: dict[str, list[int]] = defaultdict(list)
        # the articles' numbers as one run of int objects, shared by every posting, the
        # places in the postings and the union-find: a candidate's number is read (hashed,
        # compared, used as an index) once per candidate, and in a large archive ints made
        # one by one lie scattered over the heap, each a read the CPU has not cached
        self.ids = ids = list(range(len(items)))
        for k, item in zip(ids, items):
            # (a lead noun's document frequency is counted here; a blocking key's is the
            # length of its posting)
            self.df.update({f"v:{x}" for x in item.keys.nouns})
            for key in _blocking_keys(item.keys):
                self.postings[key].append(k)
        self.n = len(items)
        self.block_limit = max(BLOCK_MIN_DF, int(BLOCK_SHARE * self.n))
        # key -> (the posting, the days in posting order as ordinals (0: undated, first),
        # how many are undated, days reached, neighbours)
        self.timed: dict[str, tuple[list[int], list[int], int, int, int]] = {}
        # What each article's keys propose, worked out here key by key (a key's posting and
        # days are read once, in order) rather than article by article: for each article,
        # the slices of postings its keys reach, flat, (posting, start, end) after one
        # another. Looking a key up in dicts of every key of a large archive, then the
        # article's place in the posting and its neighbours' days, for each article, read
        # memory the CPU has not cached.
        self.reach: list[list[list[int] | int]] = [[] for _ in ids]
        self.ordinal = ordinal = _ordinals(items)
        at = ids + [len(ids)]  # the bounds of slices as shared int objects too
        for key, posting in self.postings.items():
            m = len(posting)
            if m <= RARE:
                for k in posting:
                    self.reach[k] += (posting, 0, at[m])
            elif m <= self.block_limit:
                posting.sort(key=ordinal.__getitem__)  # stable: a posting is built in article order, so (day, article)
                days = [ordinal[k] for k in posting]
                reach, neighbours = (NEAR_DAYS, NEIGHBOURS) if m > FEW else (MID_DAYS, m)
                undated = bisect_right(days, 0)
                self.timed[key] = (posting, days, undated, reach, neighbours)
                for p, k in zip(ids, posting):
                    lo, hi = max(0, p - neighbours), min(p + neighbours + 1, m)
                    if p < undated:  # an undated article: its neighbours by rank
                        self.reach[k] += (posting, at[lo], at[hi])
                        continue
                    # a dated one: its neighbours published within reach of it, and the
                    # undated (searched among the neighbours only: the same bounds as
                    # searching the whole posting and clipping)
                    day = days[p]
                    start, end = bisect_left(days, day - reach, max(lo, undated), p), bisect_right(days, day + reach, p, hi)
                    self.reach[k] += (posting, at[start], at[end])
                    if lo < undated:
                        self.reach[k] += (posting, at[lo], at[undated])
        self._idf: dict[str, float] = {}

    def idf(self, key: str) -> float:
        value = self._idf.get(key)
        if value is None:
            posting = self.postings.get(key)
            df = max(1, len(posting) if posting is not None else self.df[key])
            value = self._idf[key] = math.log((self.n + IDF_PRIOR) / df) / math.log(self.n + IDF_PRIOR)
        return value

    def candidates(self, k: int, item: StoryItem | None = None) -> set[int]:
        """The articles sharing a blocking key with article ``k`` that the key reaches
        (symmetric: ``j`` is a candidate of ``k`` when ``k`` is one of ``j``)."""
        out: set[int] = set()
        reach = iter(self.reach[k])
        for posting, start, end in zip(reach, reach, reach):
            out.update(posting[start:end])
        out.discard(k)
        return out


def _ordinals(items: Sequence[StoryItem]) -> list[int]:
    """Each article's publication day as an ordinal (0: undated). One int object per
    distinct day, shared by the articles of that day: the days a posting is searched by
    and a candidate's day are then a few thousand small objects that stay in the CPU's
    caches, not one object per article scattered over an archive's whole heap."""
    shared: dict[int, int] = {}
    return [shared.setdefault(o, o) for o in (item.day.toordinal() if item.day is not None else 0 for item in items)]


def _blocking_keys(keys: StoryKeys) -> set[str]:
    out = {f"n:{x}" for x in keys.names} | {f"p:{x}" for x in keys.phrases} | {f"f:{x}" for x in keys.figures}
    out |= {f"n2:{x[:2]}" for x in keys.names if len(x) >= 2}  # `다온` meets `다온시`
    # a name and a long compound, in one space: `국립다온박물관` tagged a name in one article
    # and read among the lead nouns of another (which may hold no name at all) meet
    return out | {f"l:{x}" for x in keys.names if len(x) >= LONG_NOUN} | {f"l:{x}" for x in keys.nouns if len(x) >= LONG_NOUN}


def similarity(a: StoryKeys, b: StoryKeys, idf) -> float:
    """How much two articles' keys say they report the same story. A name counts
    when both carry it, or one a longer form of it (`다온` / `다온시`)."""
    return _similarity(_KeySets(a, idf), _KeySets(b, idf))


class _KeySets:
    """An article's keys as the sets ``similarity`` intersects, and their weights
    (idf), built once per article rather than once per pair (the same sets and
    weights, so the same sums in the same order); and its publication day (ordinal,
    0: undated), read with them. A kind of key the article has none of is one shared
    empty set, and the weights are tables shared by all the articles built with the
    same ``_Weights`` (a key's weight is the same in every article): scoring reads
    the sets of candidates from all over a large archive, and the fewer objects an
    article is, the fewer of those reads miss the CPU's caches."""

    __slots__ = ("names", "name_list", "heads", "nouns", "noun_list", "phrases", "figures", "name_w", "noun_w", "phrase_w",
                 "figure_w", "day", "subject", "place", "lead_name")  # fmt: skip

    def __init__(self, keys: StoryKeys, idf, weights: _Weights | None = None, day: int = 0) -> None:
        self.names, self.name_list = set(keys.names) or _NONE, keys.names
        self.heads = {x[:2] for x in keys.names if len(x) >= 2} or _NONE
        self.nouns, self.noun_list = set(keys.nouns) or _NONE, keys.nouns
        self.phrases, self.figures = set(keys.phrases) or _NONE, set(keys.figures) or _NONE
        w = weights if weights is not None else _Weights()
        self.name_w, self.noun_w, self.phrase_w, self.figure_w = w.name, w.noun, w.phrase, w.figure
        # (set.difference with the dict walks this article's keys, not the whole table)
        for x in self.names.difference(w.name):
            w.name[x] = idf(f"n:{x}")
        for x in self.nouns.difference(w.noun):
            # (weighted: a long compound, `대학진학적성시험`, names one thing as a name does)
            w.noun[x] = idf(f"v:{x}") * (LONG_NOUN_WEIGHT if len(x) >= LONG_NOUN else NOUN_WEIGHT)
        for x in self.phrases.difference(w.phrase):
            w.phrase[x] = idf(f"p:{x}")
        for x in self.figures.difference(w.figure):
            w.figure[x] = idf(f"f:{x}")
        self.day = day
        self.subject = _subject(self)  # (read for every pair that passes the other tests)
        self.place = _place(self)
        # (read only without either)
        self.lead_name = None if self.subject or self.place else (_lead_name(self) or _phrase_name(self, keys.phrases))


_NONE: frozenset[str] = frozenset()


class _Weights:
    """The weight of each key by kind (idf), filled as ``_KeySets`` meet keys."""

    __slots__ = ("name", "noun", "phrase", "figure")

    def __init__(self) -> None:
        self.name: dict[str, float] = {}
        self.noun: dict[str, float] = {}
        self.phrase: dict[str, float] = {}
        self.figure: dict[str, float] = {}


def _similarity(a: _KeySets, b: _KeySets, near: bool = True) -> float:
    shared = a.names & b.names  # a key both articles hold has one weight
    score = sum((a.name_w[x] for x in shared), 0.0)
    # a name and a longer form of it begin with the same two letters (b's heads are read
    # only when a has a name b does not share: b's sets are rarely in the CPU's caches)
    heads = a.heads & b.heads if len(shared) < len(a.names) else ()
    for x in a.names - shared if heads else ():
        if x[:2] not in heads:
            continue  # no name of b is a form of x: nothing to add (the same sum as looking)
        y = next((y for y in b.name_list if y not in shared and len(min(x, y, key=len)) >= 2 and (x.startswith(y) or y.startswith(x))), None)
        if y is not None:
            score += PREFIX_WEIGHT * min(a.name_w[x], b.name_w[y])
    # a name of one that the other has only among its lead words (`한결에셋` where the
    # analyzer did not tag it a name there), for articles of one week: a party or a
    # league named in two elections or seasons is no story of its own
    if near:
        for x in (a.names & b.nouns) - b.names:
            score += CROSS_WEIGHT * a.name_w[x]
        for x in (b.names & a.nouns) - a.names:
            score += CROSS_WEIGHT * b.name_w[x]
    # (a kind of key the two do not share adds nothing: skipped, the same sum; so is one
    # a does not have, without reading b's)
    if nouns := a.nouns & b.nouns:
        score += sum(a.noun_w[x] for x in nouns)
    if a.phrases and (phrases := a.phrases & b.phrases):
        score += PHRASE_WEIGHT * sum(a.phrase_w[x] for x in phrases)
    if a.figures and (figures := a.figures & b.figures):
        score += FIGURE_WEIGHT * sum(a.figure_w[x] for x in figures)
    return score


def _tells_a_story(a: _KeySets, b: _KeySets, near: bool = True) -> bool:
    """Two articles share something only one story has: a name (or one written inside
    a longer one, `새미래당김도현` in `솔뫼시을새미래당김도현`, or at its start, `다솜` /
    `다솜시`), a name one of them has among its lead words (within a week: the analyzer
    tags a beat's term, `기업결합`, a name now and then), a phrase, a long compound
    noun, or a figure precise enough not to recur by chance (`1478.6KRW`, `31482표`).
    The common nouns of a beat (`검찰`, `기소`, `인명피해`) and round or short figures
    (`38.7%`) alone join two stories of one beat told in the same weeks, however many
    they share; a place or an institution (`가람시`, `가람경찰서`) joins only
    articles of one week (``near``): a city is in the news for many stories a season
    (and the grouping loop vetoes one that is all two articles share, ``_place_alone``). A name a whole beat reports every
    day (data/story.yaml ``beat_names``: `코스닥`) tells no story; a phrase of it
    (`프로축구 경기`: every club's season has its games) and a word of many clubs' names
    (``club_words``: `FC`) join, as a place does, only articles of one week."""
    lex = _story_lexicon()
    if a.phrases and (phrases := a.phrases & b.phrases) and (
            near or any(p.split(" ", 1)[0] not in lex.beat for p in phrases)):
        return True
    shared = (a.names & b.names) - lex.beat
    if shared and (near or any(not _is_local(x) and not _place_stem(x, shared) and x not in lex.club_words for x in shared)):
        return True
    if near and (a.names & b.nouns | b.names & a.nouns) - lex.beat:
        return True  # a name the other has among its lead words, as ``_similarity`` counts it
    if a.figures and any(_precise(f) for f in a.figures & b.figures):
        return True
    if any(len(x) >= LONG_NOUN and _nounish(x) and x not in lex.generic for x in a.nouns & b.nouns):
        return True  # `대학수학능력시험`: a long compound names one thing as a name does
    # (a name's stem in another, `가람` / `가람돔`: within a week; a city's name begins
    # the names of its arena, school and station)
    return near and any(x.startswith(y) or y.startswith(x) or len(min(x, y, key=len)) >= CONTAINED_NAME and (x in y or y in x)
                        for x in a.names - b.names for y in b.names - a.names if len(x) >= 2 and len(y) >= 2)


def _sure(a: _KeySets, b: _KeySets, score: float, limit: float) -> bool:
    """Two articles sharing SURE_STORY times the keys their distance asks for, among them
    a phrase or SURE_FIGURES figures precise enough not to recur by chance: one story,
    whatever subject each seems plainly about (the words of a beat alone, however rare in
    a small run, are no such proof)."""
    if score < SURE_STORY * limit:
        return False
    if a.phrases & b.phrases:
        return True
    return sum(1 for f in a.figures & b.figures if _precise(f)) >= SURE_FIGURES


def _two_subjects(a: _KeySets, b: _KeySets) -> bool:
    """Each article is plainly about a name (``_subject``) the other never gives among its
    names or lead words: two companies' quarters (`하늘마트` / `우듬지식품`), two makers'
    launches, two strikes, told in the same weeks in the same words of a beat; or each
    first names a place (``_place``) the other never gives: two cities' budgets, two
    cities' housing markets, told in the same weeks of December or of a spring; or one
    such subject and one such place (a company's quarter and a city's budget). An article
    with neither is about the first of its first lead nouns that it names (``_lead_name``):
    a results story whose headline names a product first (`MLCC`)."""
    p, q = a.subject or a.place or a.lead_name, b.subject or b.place or b.lead_name
    return p is not None and q is not None and p != q and _absent_name(p, b) and _absent_name(q, a)


def _place_alone(a: _KeySets, b: _KeySets) -> bool:
    """All the two articles share is the name of a place or an institution (`솔미군`): a
    county's golf tournament and its outbreak of food poisoning in one week are two
    stories; one story shares a word of its own (`도시락`, `대회`) besides."""
    shared = a.names & b.names
    return (bool(shared) and all(_is_local(x) or _place_stem(x, shared) for x in shared) and not a.nouns & b.nouns
            and not (a.phrases and a.phrases & b.phrases) and not (a.figures and a.figures & b.figures)
            and not (a.names & b.nouns | b.names & a.nouns) - shared)


def _place(s: _KeySets) -> str | None:
    """The place an article first names among its first names and its first lead words
    other than a beat's event nouns (``PLACE_NAMES`` of each): a place
    (`온담도`, `미솔시`) or the place of a local government's office (data/story.yaml
    ``local_offices``: `서린교육청`, `다솜시의회` → `서린`, `다솜시`)."""
    lex = _story_lexicon()
    # (the event nouns of a beat, `추경`, `예산`, lead every article of it: the window of
    # lead words counts the others)
    lead = islice((noun for noun in s.noun_list if noun not in lex.events), PLACE_NAMES)
    for name in [*s.name_list[:PLACE_NAMES], *lead]:
        if len(name) < PLACE_LETTERS or name in lex.generic or name in lex.beat:
            continue  # (`다시`, an adverb read as a name; `뉴욕증시`, a market)
        office = next((e for e in lex.local_offices if name.endswith(e)), None)
        if office is not None:
            stem = name[: -len(office)]
            if len(stem) >= 2:
                return stem
        elif _is_local(name) and not name.endswith(lex.institutions):
            return name  # (a place's suffix, no institution's ending)
    return None


# how far among an article's first names (then its first lead words) the place it is
# about must stand, and how long a place's name is at least (`다솜시`, `서림구`)
PLACE_NAMES = 3
PLACE_LETTERS = 3


def _subject(s: _KeySets) -> str | None:
    """The name an article is plainly about: its first name (the headline's, else the
    lead's) when it is also among its first lead nouns (``SUBJECT_NOUNS``); never a place
    or an institution (`가람시`, `교육과정평가원`: a source or a setting of many stories)."""
    if not s.name_list:
        return None
    name, lead = s.name_list[0], s.noun_list[:SUBJECT_NOUNS]
    if name not in lead:
        # `누리빛` before `누리빛항공`: the name's short form, its full one a lead noun
        full = [x for x in lead if x.startswith(name) and x in s.names] if len(name) >= 2 else []
        name = full[0] if full else ""
    if name and not _is_local(name) and name not in _story_lexicon().generic:
        return name
    return None


def _lead_name(s: _KeySets) -> str | None:
    """The first of an article's first lead nouns (``SUBJECT_NOUNS``) that is also among its
    names (`도담전자`, after a headline naming the product `MLCC` first); never a place, an
    institution or a name every article of a beat gives."""
    lex = _story_lexicon()
    for noun in s.noun_list[:SUBJECT_NOUNS]:
        if len(noun) >= 2 and noun in s.names and not _is_local(noun) and noun not in lex.generic and noun not in lex.beat:
            return noun
    return None


# how far among an article's lead nouns its first name must stand to be its subject
SUBJECT_NOUNS = 3


def _phrase_name(s: _KeySets, phrases: Sequence[str]) -> str | None:
    """The name of the first phrase that could name the article's story (`물빛우체국 개봉`:
    a film's opening), when it is among the article's names and is no place, institution
    or name of a whole beat: two films' openings told in the same weeks in one beat's
    words are two stories, though neither article names its film among its first words."""
    lex = _story_lexicon()
    for phrase in phrases:
        name = phrase.split(" ", 1)[0]
        if name in s.names and len(name) >= 2 and not _is_local(name) and name not in lex.generic and name not in lex.beat:
            return name
    return None


def _absent_name(name: str, b: _KeySets) -> bool:
    """``b`` never gives ``name``: not among its names or lead words, nor a name of it
    begins the other (`다솜` / `다솜시의회`)."""
    if name in b.names or name in b.nouns:
        return False
    return not any(name.startswith(y) or y.startswith(name) for y in b.names if len(y) >= 2)


def _story_lexicon():
    """data/story.yaml as extraction reads it (imported on first use: grouping alone, as
    `daejo ledger` runs it, does not load the extraction stage)."""
    from daejo.extract.story_keys import story_lexicon

    return story_lexicon()


def _is_local(name: str) -> bool:
    """`가람시`, `부곡군`, `산내면`: a name ending in a place suffix; `가람경찰서`,
    `영화진흥위원회`: in an institution's ending (data/story.yaml ``institution_endings``)."""
    from daejo.extract.story_keys import PLACE_SUFFIXES

    return len(name) >= 2 and (name[-1] in PLACE_SUFFIXES or name.endswith(_story_lexicon().institutions))


def _place_stem(name: str, names: set[str]) -> bool:
    """``name`` is a place's name written without its suffix, that place being among
    ``names`` too (`가람` beside `가람시`): a place as its full name is."""
    from daejo.extract.story_keys import PLACE_SUFFIXES

    return len(name) >= 2 and any(name + suffix in names for suffix in PLACE_SUFFIXES)


# a name of this many letters written inside another counts as shared
CONTAINED_NAME = 3
# a figure of this many significant digits does not recur by chance in another story
PRECISE_DIGITS = 4
_MANTISSA = re.compile(r"\d[\d.]*")
# units whose figures of three digits recur across stories (shares, points)
_COMMON_UNITS = ("%", "%p", "점")


def _precise(figure: str) -> bool:
    """`1478.6KRW`, `31482표`; and `3.58e+06t`, `18.4km` (three digits of a measure, not
    a share or a score: `38.7%` recurs in many polls, `21.4점` in many players' averages)."""
    m = _MANTISSA.match(figure)
    if not m:
        return False
    digits = len(m.group(0).replace(".", "").strip("0"))
    return digits >= PRECISE_DIGITS or (digits == PRECISE_DIGITS - 1 and not figure.endswith(_COMMON_UNITS))


def needed(a: date | None, b: date | None) -> float | None:
    """The score two articles this far apart need; None when too far apart."""
    return _needed(a.toordinal() if a is not None else 0, b.toordinal() if b is not None else 0)


def _needed(a: int, b: int) -> float | None:
    """``needed`` of two publication days as ordinals (0: undated)."""
    if not a or not b:
        return WINDOWS[1][1]  # an undated article joins by its content alone
    gap = abs(a - b)
    for days, score in WINDOWS:
        if gap <= days:
            return score
    return None


def assign_stories(new: list[ArticleClaims], known: Iterable[ArticleClaims] = ()) -> list[ArticleClaims]:
    """The new entries with ``story`` and ``story_name`` set (known ones keep theirs)."""
    return assign_all(new, known)[0]


def assign_all(new: list[ArticleClaims], known: Iterable[ArticleClaims] = ()) -> tuple[list[ArticleClaims], list[ArticleClaims]]:
    """(new, known) with stories: the new entries' assigned, the known ones' kept, and
    a known entry stored without one (an older ledger) given one in memory. The cyclic
    garbage collector is held off meanwhile (daejo.gcpause): the key sets of a large
    archive are many small objects without cycles."""
    from daejo.gcpause import gc_paused

    with gc_paused():
        return _assign_all(new, known)


def _assign_all(new: list[ArticleClaims], known: Iterable[ArticleClaims]) -> tuple[list[ArticleClaims], list[ArticleClaims]]:
    known = list(known)
    items = [item_of(e, keep_story=True) for e in known] + [item_of(e, keep_story=False) for e in new]
    order = sorted(range(len(items)), key=lambda k: items[k].article)  # input order never matters
    items = [items[k] for k in order]
    index = _Index(items)
    parent = index.ids[:]

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    weights = _Weights()
    sets = [_KeySets(item.keys, index.idf, weights, day) for item, day in zip(items, index.ordinal)]
    # what the loop reads of each candidate: its stored flag in a flat list, its day with
    # its keys; a candidate is anywhere in the archive, and its StoryItem (an object, its
    # attribute dict, its date) is three reads from memory the CPU has not cached, once
    # the archive is larger than its caches
    stored = [item.story is not None for item in items]
    backfill = not any(stored)
    for k, item in enumerate(items):
        if stored[k]:
            continue  # a stored article is met from the other side: stored stories are never merged
        day = sets[k].day
        candidates = sorted(index.candidates(k, item))
        if backfill:  # nothing stored: every pair is met from its earlier article
            candidates = candidates[bisect_right(candidates, k) :]
        for other in candidates:
            if other < k and not stored[other]:
                continue  # each pair once
            ra, rb = find(k), find(other)
            if ra == rb:
                continue  # already one story: the pair would change nothing
            limit = _needed(day, sets[other].day)
            if limit is None:
                continue
            near = limit <= WINDOWS[0][1]
            score = _similarity(sets[k], sets[other], near=near)
            if (score >= limit and _tells_a_story(sets[k], sets[other], near=near)
                    and (_sure(sets[k], sets[other], score, limit) or not _two_subjects(sets[k], sets[other]))
                    and not _place_alone(sets[k], sets[other])):
                parent[max(ra, rb)] = min(ra, rb)
    # the index and key sets freed before the stories are named and copied: their memory
    # is reused for those rather than more taken from the system (fresh pages, each a fault)
    del index, sets
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(items)):
        members[find(k)].append(k)
    story_of: dict[str, tuple[str, str]] = {}
    by_id = {e.article: e for e in [*known, *new]}
    wanted = {item.article for item in items if item.story is None}
    for group in members.values():
        if not any(items[k].article in wanted for k in group):
            continue  # stored articles only: each keeps the story it has
        stored = Counter(items[k].story for k in group if items[k].story)
        ident = min(stored, key=lambda s: (-stored[s], s)) if stored else _new_id(items[k].article for k in group)
        name = story_name([by_id[items[k].article] for k in group])
        for k in group:
            story_of[items[k].article] = (ident, name)
    out = []
    for entry in new:
        ident, name = story_of[entry.article]
        out.append(entry.model_copy(update={"story": ident, "story_name": name}))
    kept = []
    for entry in known:
        if entry.story is None and entry.article in story_of:
            ident, name = story_of[entry.article]
            entry = entry.model_copy(update={"story": ident, "story_name": name})
        kept.append(entry)
    return out, kept


def _new_id(articles: Iterable[str]) -> str:
    return hashlib.sha1(min(articles).encode("utf-8")).hexdigest()[:10]


def story_name(entries: Sequence[ArticleClaims]) -> str:
    """The story's most salient phrase (`우산군 집중호우`), else its top name and noun."""
    phrases: Counter[str] = Counter()
    names: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    for e in entries:
        keys = e.keys or StoryKeys()
        for rank, p in enumerate(keys.phrases):
            phrases[p] += 1 + 1 / (rank + 1)
        for rank, n in enumerate(keys.names):
            names[n] += 1 + 1 / (rank + 1)
        for rank, n in enumerate(keys.nouns):
            nouns[n] += 1 + 1 / (rank + 1)
    phrases = Counter({p: n for p, n in phrases.items() if _nounish(p)})
    nouns = Counter({w: n for w, n in nouns.items() if _nounish(w)})
    best = _top(phrases)
    if best and phrases[best] >= 2:
        return best
    name = _top(names)
    # the name's own word among the nouns (`다솜모터스 다솜모터스`) names nothing more
    noun = _top(Counter({w: n for w, n in nouns.items() if not name or (w not in name and name not in w)}))
    if name and noun:
        return f"{name} {noun}"
    return best or name or noun or (entries[0].title or entries[0].article if entries else "")


# endings of a word the lead gives inflected (`적중했다`, `발표하고`): no name for a story
# (`사고`, `경로` are nouns: only endings after a verb stem count)
_INFLECTED = ("다", "하고", "했고", "되고", "됐고", "하며", "했으며", "되며", "하면서", "했지만", "해", "돼", "한", "된")


def _nounish(text: str) -> bool:
    return not text.split()[-1].endswith(_INFLECTED) if text.split() else False


def _top(counter: Counter[str]) -> str | None:
    return min(counter, key=lambda k: (-counter[k], k)) if counter else None
