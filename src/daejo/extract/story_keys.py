"""What an article is about: the keys daejo.stories groups articles by.

From the morphemes the extraction already has: proper names (runs of NNP, a name
with the 시/군/구 written apart, Latin names, the entity mentions), the headline's
common nouns and the event nouns of the lead (data/story.yaml), and the phrases
`name + event noun` that could name the story. The article's own outlet is never a
key, nor a name, headline noun or lead word of data/story.yaml's ``generic_names`` or
``countries``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from daejo.extract.lexicon import _data
from daejo.models import Sentence, StoryKeys, Value
from daejo.text.roles import sentence_dateline_end

# names and nouns kept per article (most frequent first)
MAX_NAMES = 24
MAX_NOUNS = 16
MAX_PHRASES = 8
# the lead: sentences whose event nouns say what happened
LEAD_SENTENCES = 3
PLACE_SUFFIXES = frozenset({"시", "군", "구", "도", "읍", "면", "동", "리"})
_LATIN = re.compile(r"[A-Z][A-Za-z0-9]+")


class StoryLexicon(NamedTuple):
    """data/story.yaml, read once."""

    events: frozenset[str]  # event nouns
    generic: frozenset[str]  # institutions every article of a beat cites: never keys
    beat: frozenset[str]  # names a whole beat reports every day: keys that tell no story alone
    institutions: tuple[str, ...]  # endings of an institution's name (`위원회`, `경찰서`)
    local_offices: tuple[str, ...] = ()  # endings of a local government's office (`교육청`, `시의회`)
    club_words: frozenset[str] = frozenset()  # words of many clubs' names (`FC`): keys of one week


@lru_cache(maxsize=1)
def story_lexicon() -> StoryLexicon:
    data = _data("story.yaml")

    def words(name: str) -> frozenset[str]:
        return frozenset(map(str, data.get(name) or ()))

    return StoryLexicon(words("event_nouns"), words("generic_names") | words("countries"), words("beat_names"),
                        tuple(sorted(words("institution_endings"), key=len, reverse=True)),
                        tuple(sorted(words("local_offices"), key=len, reverse=True)), words("club_words"))


_NAME_NOISE = re.compile(r"\s+|㈜|\(주\)|주식회사")


def normalise_name(text: str) -> str:
    """`가람 군` → `가람군`, `㈜한빛` / `주식회사 한빛` → `한빛`."""
    text = _NAME_NOISE.sub("", text)
    return text.strip("·.,'\"‘’“”")


def _names_of(sentence: Sentence) -> list[tuple[int, str]]:
    """(morpheme index of the name's last part, name) of each proper name; none in a
    dateline's outlet part or right before 기자 (the reporter)."""
    out: list[tuple[int, str]] = []
    ms = sentence.morphemes
    skip_before = sentence_dateline_end(sentence)
    # only a proper noun or a Latin word starts a name: the loop visits those, in order
    # (what stepping over every other morpheme one by one came to)
    starts = [k for k, m in enumerate(ms) if m.tag == "NNP" or m.tag == "SL"]
    i = 0
    for k in starts:
        if k < i:
            continue  # inside the name just read
        i = k
        m = ms[i]
        if m.tag == "NNP":
            j = i
            while j + 1 < len(ms) and ms[j + 1].tag == "NNP" and ms[j + 1].start - ms[j].end <= 1:
                j += 1
            end = ms[j].end
            if j + 1 < len(ms) and ms[j + 1].form in PLACE_SUFFIXES and ms[j + 1].start == end:
                j += 1  # `가람/NNP 군/NNB`
                end = ms[j].end
            reporter = j + 1 < len(ms) and ms[j + 1].form in _REPORTER_WORDS
            if m.start >= skip_before and not reporter:
                text = sentence.text[m.start - sentence.start : end - sentence.start]
                out.append((j, normalise_name(text)))
            i = j + 1
            continue
        if m.tag == "SL" and _LATIN.fullmatch(m.form) and m.start >= skip_before and not (
                i > 0 and ms[i - 1].tag == "SN" and ms[i - 1].end == m.start):
            out.append((i, m.form))  # (not a unit glued to its number: `256GB`, `60MW`)
        i += 1
    return [(k, n) for k, n in out if len(n) >= 2 and not any(ch.isdigit() for ch in n)]


_REPORTER_WORDS = frozenset({"기자", "특파원", "앵커", "통신원"})


_PARTICLE_TAIL = re.compile(r"(으로|에서|에게|까지|부터|보다|이다|은|는|이|가|을|를|의|에|도|와|과|로)$")


def _lead_words(sentence: Sentence) -> list[str]:
    """Words of a lead sentence of four or more syllables, particles removed."""
    out = []
    start = sentence_dateline_end(sentence) - sentence.start
    for word in re.findall(r"[가-힣]+", sentence.text[start:]):
        word = _PARTICLE_TAIL.sub("", word)
        if len(word) >= 4:
            out.append(word)
    return out


# a name in single quotes: `'물안역 고운 헤리엘'`, `‘파로 8’` (a quotation in double quotes is speech)
_QUOTED = re.compile(r"(?<![가-힣A-Za-z0-9])['‘]([^'’\n\"“”]{2,30})['’]")
# a quoted name has at least this many letters (`'심각'`, `'주의'`: a word set apart, no name)
QUOTED_LETTERS = 3
QUOTED_WORDS = 4


def quoted_names(text: str) -> list[str]:
    """The names a text sets in single quotes, spaces removed: of two to
    ``QUOTED_WORDS`` words or with a digit or a Latin letter (`'파로 8'`, `'ASL-207'`),
    ``QUOTED_LETTERS`` letters or more, not a clause (`'안전하다'`). A single quoted
    word is as often a catchword (`'물폭탄'`, `'역대급'`) as a title: no key."""
    out = []
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        words = inner.split()
        name = normalise_name("".join(words))
        if len(words) > QUOTED_WORDS or len(name) < QUOTED_LETTERS or inner.endswith(("다", "요", "죠", "까")):
            continue
        if len(words) < 2 and not any(ch.isdigit() or ch.isascii() and ch.isalpha() for ch in name):
            continue
        out.append(name)
    return out


_HANGUL_NAME = re.compile(r"[가-힣]{2,}")
# a headline's leading label in brackets (`[아침뉴스]`, `【단독】`, `<르포>`)
_LABEL = re.compile(r"\s*[\[【<〈]([^\]】>〉]{1,12})[\]】>〉]")


def sentence_names(sentences: list[Sentence]) -> dict[int, list[tuple[int, str]]]:
    """Each sentence's proper names (``_names_of``) by ``id(sentence)``: read once for
    both ``proper_names`` and ``story_keys``."""
    return {id(s): _names_of(s) for s in sentences}


def proper_names(sentences: list[Sentence], exclude: frozenset[str] = frozenset(),
                 names: dict[int, list[tuple[int, str]]] | None = None) -> list[str]:
    """Hangul proper names the analyzer tagged somewhere in these sentences (`돌핀스`).
    ``names``: what ``sentence_names`` gave for them, when already read."""
    events, generic = story_lexicon()[:2]
    out = set()
    for sentence in sentences:
        for name in [m.form for m in sentence.morphemes if m.tag == "NNP"]:
            if _HANGUL_NAME.fullmatch(name) and name not in exclude and name not in events:
                out.add(name)  # each word of `남해 돌핀스` on its own too
        for _, name in (names[id(sentence)] if names is not None else _names_of(sentence)):
            if _HANGUL_NAME.fullmatch(name) and name not in exclude and name not in events:
                out.add(name)
    return sorted(out)


def _noun_runs(sentence: Sentence) -> list[tuple[int, int, str]]:
    """(first, last, surface) of each run of common nouns written together (`집중호우`)."""
    ms = sentence.morphemes
    out = []
    i = 0
    while i < len(ms):
        if ms[i].tag != "NNG":
            i += 1
            continue
        j = i
        while j + 1 < len(ms) and ms[j + 1].tag == "NNG" and ms[j + 1].start == ms[j].end:
            j += 1
        out.append((i, j, sentence.text[ms[i].start - sentence.start : ms[j].end - sentence.start]))
        i = j + 1
    return out


# a place's name the analyzer does not know (`상율도`: 상/NNG 율/XSN 도/JX): two or three
# letters and a place suffix, written before a particle or a break
_PLACE_WORD = re.compile(r"(?<![가-힣])([가-힣]{2,3}[시군구도])(?=[은는이가을를의에와과로도,·…\s]|$)")


def _verb_form(pieces: list) -> bool:
    """`맞고도`, `먹지도` (맞/VV 고/EC 도/JX): a verb's ending and the particle 도, no place;
    a name's letters may be read as anything else (`해온시`: 하/VV 어/EC 오/VX ㄴ/ETM 시/NNG)."""
    return len(pieces) >= 2 and pieces[-1].tag.startswith("J") and pieces[-2].tag.startswith("E")


# how often an article writes such a word before it is taken for a name
UNREAD_PLACE_TIMES = 2


def unread_places(title: list[Sentence], body: list[Sentence]) -> list[str]:
    """Places an article is about that the analyzer cut into one-letter pieces (`상율도가`:
    상/NNG 율/XSN 도/JX): a word of a stem and a place suffix (``_PLACE_WORD``) that no
    morpheme longer than one letter covers, written at least ``UNREAD_PLACE_TIMES`` times,
    once in the headline or the lead (``LEAD_SENTENCES``). A known word keeps a longer
    morpheme (`올해도`: 올해/NNG, `정도`, `속도`) and is no place, nor is a verb's form
    (`맞고도`); a word of a study's groups (`위약군`) is seldom in a headline or a lead."""
    seen: Counter[str] = Counter()
    led: set[str] = set()
    for k, sentence in enumerate([*title, *body]):
        text = sentence.text
        for m in _PLACE_WORD.finditer(text):
            start, end = sentence.start + m.start(1), sentence.start + m.end(1)
            pieces = [x for x in sentence.morphemes if x.start < end and start < x.end]
            if (pieces and all(x.end - x.start == 1 for x in pieces) and pieces[0].start == start
                    and not _verb_form(pieces)):
                seen[m.group(1)] += 1
                if k < len(title) + LEAD_SENTENCES:
                    led.add(m.group(1))
    return sorted(name for name, times in seen.items() if times >= UNREAD_PLACE_TIMES and name in led)


MAX_FIGURES = 16


# units of a memory or storage size (`256GB`): a product's configuration, sizes every
# maker sells, so no figure of one story
CAPACITY_UNITS = frozenset({"GB", "TB", "MB", "기가", "테라"})


def figure_key(value: Value) -> str | None:
    """A figure precise enough to tell one event from another (`1,482.3원`,
    `2만3750명`, `4조2380억원`): three or more significant digits, else None; never a
    storage size (`256GB`)."""
    if value.kind not in ("money", "quantity", "percent", "number") or value.value is None or value.bound == "range":
        return None
    if (value.unit or "").upper() in CAPACITY_UNITS:
        return None
    digits = re.sub(r"\D", "", format(abs(value.value), "f").rstrip("0").rstrip(".")).strip("0")
    if len(digits) < 3 or re.fullmatch(r"(19|20)\d\d", str(value.value)):
        return None
    return f"{value.value:g}{value.unit or ''}"


def story_keys(
    title: list[Sentence], body: list[Sentence], outlet: str | None,
    mention_names: list[str] = (), title_names: list[str] = (), values: list[Value] = (),
    names_of: dict[int, list[tuple[int, str]]] | None = None,
) -> StoryKeys:
    """The keys of one article (the headline counts twice). ``names_of``: what
    ``sentence_names`` gave for its sentences, when already read."""
    events, generic = story_lexicon()[:2]
    own = normalise_name(outlet or "")
    names: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    labels: list[str] = []

    def is_key(name: str) -> bool:
        return len(name) >= 2 and name not in generic and not (own and (name in own or own in name))

    places = unread_places(title, body)
    for weight, sentences, extra in ((2, title, title_names), (1, body, mention_names)):
        for name in places:
            # (a place the analyzer did not read, once per part of the article it is in)
            if any(name in sentence.text for sentence in sentences) and is_key(name):
                names[name] += weight
        for name in extra:
            name = normalise_name(name)
            if is_key(name):
                names[name] += weight
        for k, sentence in enumerate(sentences):
            found = [(j, n) for j, n in (names_of[id(sentence)] if names_of is not None else _names_of(sentence)) if is_key(n)]
            if weight == 2 and (label := _LABEL.match(sentence.text)) and " " not in label.group(1):
                labels.append(label.group(1))  # (`[수출 점검]`: a series' title, which may name the topic)
            for _, name in found:
                names[name] += weight
            lead = weight == 2 or k < LEAD_SENTENCES
            # (a later body sentence's noun runs count for nothing: not read)
            for first, last, surface in (_noun_runs(sentence) if lead else ()):
                event = surface if surface in events else sentence.morphemes[last].form
                if event in events and lead:
                    nouns[event] += weight
                    before = [n for j, n in found if first - 3 <= j < first]
                    named = before[-1] if before else next((n for n in extra if sentence.text.find(n) >= 0 and sentence.text.find(n) < sentence.morphemes[first].start - sentence.start), None)
                    if named and is_key(normalise_name(named)):
                        phrases[f"{normalise_name(named)} {event}"] += weight
                elif weight == 2 and len(surface) >= 2 and surface not in generic:
                    nouns[surface] += 1
            if lead:
                # the lead's long words as written, whatever the analyzer made of them
                # (`다온시립도서관은` read as 다/MAG 오/VV …): one event's reports repeat them
                for word in _lead_words(sentence):
                    if word not in generic:
                        nouns[word] += weight
                # words the text sets in single quotes (`'물안역 고운 헤리엘'`, `'푸른 등대'`),
                # written whole however the analyzer splits them: a product, a building, a
                # title, but as often a catchphrase (`'깜짝 실적'`, `'역대 최대'`); a lead
                # word, which tells a story only when long (`물안역고운헤리엘`); it counts half
                # a lead word, behind the words that say what the article is about
                for name in quoted_names(sentence.text):
                    if is_key(name):
                        nouns[name] += weight / 2
    for counter in (names, nouns) if labels else ():
        # a headline's leading one-word label (`[아침뉴스]`, `[단독]`) names a programme
        # or a section, not the story
        for key in [key for key in counter if any(key in label for label in labels)]:
            del counter[key]
    return StoryKeys(
        names=[n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NAMES]],
        nouns=[n for n, _ in sorted(nouns.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NOUNS]],
        phrases=[p for p, _ in sorted(phrases.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_PHRASES]],
        figures=sorted({k for v in values if (k := figure_key(v))})[:MAX_FIGURES],
    )
