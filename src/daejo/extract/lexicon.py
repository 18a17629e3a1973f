"""Lexicons of the extraction stage, loaded once from ``data/*.yaml``.

Everything a rule looks up per morpheme is compiled here into sets, dicts and
regular expressions, so no YAML is read (and no pattern is built) per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from daejo.safeyaml import safe_load


# Kiwi writes a final consonant ending as a jongseong jamo (ᆯ, U+11AF); lexicons
# are written with compatibility jamo (ㄹ, U+3131..). Compare through this map.
_JONG_TO_COMPAT = str.maketrans({"ᆫ": "ㄴ", "ᆯ": "ㄹ", "ᆷ": "ㅁ", "ᆸ": "ㅂ", "ᆻ": "ㅆ"})


@lru_cache(maxsize=1 << 16)  # a morpheme's form is looked up many times per sentence
def form_key(form: str) -> str:
    """A morpheme form comparable with the lexicons' spelling."""
    return form.translate(_JONG_TO_COMPAT)


def _data(name: str) -> dict:
    text = (resources.files("daejo.extract") / "data" / name).read_text(encoding="utf-8")
    return safe_load(text) or {}


def alternation(words) -> str:
    """``words`` as one regex alternation, escaped, the longest first (`차전` before `차`)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class EntityLexicon:
    titles: frozenset[str]
    title_org_overlap: dict[str, str]
    org_suffixes: dict[str, str]
    org_suffix_re: re.Pattern[str]
    title_re: re.Pattern[str]
    false_friends: frozenset[str]
    bare_suffix_nouns: frozenset[str]
    particles: dict[str, str]
    pronoun_references: tuple[str, ...]
    latin_stopwords: frozenset[str]
    generic_quoted: frozenset[str]
    person_nouns: frozenset[str]
    places: frozenset[str]
    not_entities: frozenset[str]
    particle_tails: frozenset[str]
    event_nouns: dict[str, str]
    model_variants: frozenset[str]
    # roles that make `이름(나이)` before them a person (`박선우(56) 후보`)
    aged_roles: frozenset[str] = frozenset()
    # Korean surnames: a three-syllable word starting with one, right before an age in
    # parentheses, is a person's name (`오세림(52) 시 대변인`)
    surnames: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ModalityLexicon:
    order: tuple[str, ...]
    forms: dict[str, frozenset[str]]
    sequences: dict[str, tuple[tuple[str, ...], ...]]
    # forms that mark a mood as nouns only (`… 늘 것이라는 관측이다`), not as verbs
    # (`26회 관측됐다`: observed)
    noun_only: frozenset[str] = frozenset()
    # words after such a noun that make it the thing done (`관측 이래`: since records began)
    noun_only_not_before: frozenset[str] = frozenset()
    # forms that mark a mood only as verbs (`약 18억원으로 추산했다`), not as nouns
    # (`경제효과를 두고 추산이 엇갈린다`: the estimates, not this figure's mood)
    verb_only: frozenset[str] = frozenset()
    # markers that end a term right after the noun they follow (`수요예측`: book-building)
    not_after: dict[str, frozenset[str]] = field(default_factory=dict)
    # negated words that say how a figure stands, not that it does not hold (`크지 않다`)
    affirming: frozenset[str] = frozenset()
    # words of reaching among them (`절반에도 못 미친다`): they affirm a figure that is not
    # the mark reached (`예산은 128억원으로 … 절반에도 못 미친다`), not one that is (`3조원에
    # 미치지 못했다`)
    reaching: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AttributionLexicon:
    speech_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    side_nouns: frozenset[str]
    quotative_endings: frozenset[str]
    source_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def entity_lexicon() -> EntityLexicon:
    raw = _data("lexicon.yaml")
    titles = [str(t) for t in raw["titles"]]
    suffixes = {str(k): str(v) for k, v in raw["org_suffixes"].items()}
    return EntityLexicon(
        titles=frozenset(titles),
        title_org_overlap={str(k): str(v) for k, v in (raw.get("title_org_overlap") or {}).items()},
        org_suffixes=suffixes,
        # a word ending in an organisation suffix, the suffix captured
        org_suffix_re=re.compile(rf"({alternation(list(suffixes))})$"),
        # a word ending in a title, the title captured
        title_re=re.compile(rf"({alternation(titles)})$"),
        aged_roles=frozenset(str(w) for w in raw.get("aged_roles") or ()),
        surnames=frozenset(str(w) for w in raw.get("surnames") or ()),
        false_friends=frozenset(raw.get("org_suffix_false_friends") or ()),
        bare_suffix_nouns=frozenset(raw.get("bare_suffix_nouns") or ()),
        particles={str(k): str(v) for k, v in raw["particles"].items()},
        pronoun_references=tuple(sorted(raw.get("pronoun_references") or (), key=len, reverse=True)),
        latin_stopwords=frozenset(str(w).lower() for w in raw.get("latin_stopwords") or ()),
        generic_quoted=frozenset(raw.get("generic_quoted") or ()),
        person_nouns=frozenset(raw.get("person_nouns") or ()),
        places=frozenset(raw.get("places") or ()),
        not_entities=frozenset(raw.get("not_entities") or ()),
        particle_tails=frozenset(raw.get("particle_tails") or ()),
        event_nouns={str(k): str(v) for k, v in (raw.get("event_nouns") or {}).items()},
        model_variants=frozenset(str(w) for w in raw.get("model_variants") or ()),
    )


@lru_cache(maxsize=1)
def modality_lexicon() -> ModalityLexicon:
    raw = _data("modality.yaml")
    order = ("negated", "planned", "forecast", "hedged")
    return ModalityLexicon(
        order=order,
        forms={m: frozenset((raw.get(m) or {}).get("forms") or ()) for m in order},
        sequences={m: tuple(tuple(s) for s in (raw.get(m) or {}).get("sequences") or ()) for m in order},
        noun_only=frozenset(str(w) for m in order for w in (raw.get(m) or {}).get("noun_only") or ()),
        noun_only_not_before=frozenset(str(w) for m in order for w in (raw.get(m) or {}).get("noun_only_not_before") or ()),
        verb_only=frozenset(str(w) for m in order for w in (raw.get(m) or {}).get("verb_only") or ()),
        not_after={str(k): frozenset(map(str, v or ())) for m in order
                   for k, v in ((raw.get(m) or {}).get("not_after") or {}).items()},
        affirming=frozenset(str(w) for w in (raw.get("negated") or {}).get("affirming") or ()),
        reaching=frozenset(str(w) for w in (raw.get("negated") or {}).get("reaching") or ()),
    )


@lru_cache(maxsize=1)
def attribution_lexicon() -> AttributionLexicon:
    raw = _data("attribution.yaml")
    return AttributionLexicon(
        speech_verbs=frozenset(raw.get("speech_verbs") or ()),
        according_to=tuple(tuple(s) for s in raw.get("according_to") or ()),
        side_nouns=frozenset(raw.get("side_nouns") or ()),
        quotative_endings=frozenset(raw.get("quotative_endings") or ()),
        source_nouns=frozenset(raw.get("source_nouns") or ()),
    )


@lru_cache(maxsize=1)
def frames_data() -> dict:
    """data/frames.yaml, parsed once per process (frames.frame_lexicon and the measure
    nouns here read it; treat it as read-only)."""
    return _data("frames.yaml")


@lru_cache(maxsize=1)
def _measure_name_endings() -> tuple[str, ...]:
    return tuple(sorted(str(w) for w in frames_data().get("measure_name_endings") or ()))


def is_measure_noun(word: str) -> bool:
    """One long word (four syllables or more) that ends as a measure's noun does
    (`합계출산율`, `연간생산량`; data/frames.yaml ``measure_name_endings``): a noun a figure
    measures even where the analyzer takes it for a name."""
    return len(word) >= 4 and " " not in word and word.endswith(_measure_name_endings())
