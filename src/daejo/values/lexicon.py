"""The numeric lexicons (``values/rules/*.yaml``) loaded into one immutable object.

Loading is the only I/O of the numeric recogniser; it happens once per process
(``load_lexicon`` is cached). A malformed rules file is a ``ConfigError`` naming
the file and, when YAML knows it, the line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any

import yaml

from daejo.errors import ConfigError
from daejo.safeyaml import safe_load

RULE_FILES = ("numerals.yaml", "counters.yaml", "currencies.yaml", "bounds.yaml")


class WordIndex:
    """Which of a set of words starts at a position: one dict look-up by first character,
    then only the few words that share it (longest first)."""

    def __init__(self, words: tuple[str, ...] | list[str]):
        by_first: dict[str, list[str]] = {}
        for w in sorted({str(w) for w in words if w}, key=len, reverse=True):
            by_first.setdefault(w[0], []).append(w)
        self._by_first = {k: tuple(v) for k, v in by_first.items()}

    def match(self, text: str, pos: int) -> str | None:
        """The longest word of the index written at ``pos``, or None."""
        for word in self._by_first.get(text[pos : pos + 1], ()):
            if text.startswith(word, pos):
                return word
        return None


@dataclass(frozen=True, eq=False)
class Lexicon:
    digits: dict[str, int]
    small_magnitudes: dict[str, int]
    big_magnitudes: dict[str, int]
    native_units: dict[str, int]
    native_tens: dict[str, int]
    native_alone: dict[str, int]
    native_ranges: dict[str, tuple[int, int]]
    native_ordinal_words: dict[str, int]  # count only before an ordinal counter ("첫 번째")
    native_counter_words: dict[str, tuple[int, tuple[str, ...]]]  # count only before these counters ("석 달")
    vague_prefixes: tuple[str, ...]
    vague_low: int
    vague_high: int
    hangul_stop_words: frozenset[str]
    particles: tuple[str, ...]
    max_digits: int
    quantity: dict[str, str]  # counter as written -> normalised unit
    ordinal_counters: frozenset[str]  # "번째": the number is a place, never rounded
    ordinal_calendar_words: tuple[str, ...]  # "두 번째 주": part of a date
    context_counters: dict[str, tuple[tuple[str, ...], int]]  # "기": (nouns before it, window)
    latin_units: frozenset[str]
    durations: dict[str, tuple[str, int]]  # unit -> (chain, size)
    measures: dict[str, tuple[str, float]]  # unit -> (dimension, size in its base unit)
    duration_aliases: dict[str, str]
    duration_suffix: str
    duration_more: str
    shares: tuple[str, int] | None  # (the week's word, the count from which it counts shares)
    half_word: str
    half_after_units: frozenset[str]
    half_followers: tuple[str, ...]
    not_values: tuple[str, ...]
    score_words: frozenset[str]
    ratio_words: tuple[str, ...]  # near a whole number to one, a ratio (`28대 1의 경쟁률`)
    unit_exceptions: tuple[str, ...]
    decade_suffix: str
    decade_after: frozenset[str]
    rank_unit: str
    rank_range_suffix: str
    age_group_nouns: tuple[str, ...]
    age_group_share: str
    currency_words: dict[str, str]
    currency_prefixes: dict[str, str]
    scale_words: dict[str, int]
    prefix_bounds: dict[str, str]
    glued_prefixes: frozenset[str]
    suffix_bounds: dict[str, str]
    verb_particles: tuple[str, ...]
    verb_suffixes: frozenset[str]
    particle_only: frozenset[str]
    unit_only: frozenset[str]  # bound words read only after a unit (`2천t급`, not `1급`)
    copula_stems: tuple[str, ...]  # after a noun-like bound word ("이하였다")
    copula_endings: tuple[str, ...]  # ... that must end the word ("이하다", "초과라면")
    approx_relative: Decimal
    rounded_relative: Decimal
    rounded_counts_from: Decimal
    range_separators: tuple[str, ...]
    native_standalone_units: dict[str, int]
    native_tens_ambiguous: frozenset[str]
    zero_words: dict[str, int]
    decimal_zero_digits: dict[str, int]
    decimal_points: tuple[str, ...]
    decimal_particles: frozenset[str]
    sign_words: tuple[str, ...]
    fraction_word: str
    slash_max_denominator: int
    fraction_words: dict[str, tuple[Decimal, str]]
    fraction_idioms: tuple[str, ...]
    minor_units: dict[str, tuple[str, Decimal]]
    prefix_codes: frozenset[str]
    short_currency_words: frozenset[str]
    hangul_money_followers: tuple[str, ...]
    hangul_not_money: tuple[str, ...]

    @functools.cached_property
    def decimal_digits(self) -> dict[str, int]:
        """Digits that may follow a hangul decimal point: 일..구 and the zeros."""
        return {**self.digits, **self.decimal_zero_digits}

    @functools.cached_property
    def age_group_index(self) -> WordIndex:
        return WordIndex(self.age_group_nouns)

    @functools.cached_property
    def age_share_pattern(self) -> re.Pattern[str]:
        return re.compile(self.age_group_share)

    @functools.cached_property
    def exception_index(self) -> WordIndex:
        return WordIndex(self.unit_exceptions)

    @functools.cached_property
    def particle_index(self) -> WordIndex:
        return WordIndex(self.particles)

    @functools.cached_property
    def suffix_index(self) -> WordIndex:
        return WordIndex(list(self.suffix_bounds))


def _read(name: str) -> dict[str, Any]:
    path = resources.files("daejo.values") / "rules" / name
    text = path.read_text(encoding="utf-8")
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ConfigError(f"invalid YAML: {exc}", path=str(path), line=line) from None
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping at the top level", path=str(path), line=1)
    return data


def _need(data: dict[str, Any], key: str, kind: type, name: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise ConfigError(f"key {key!r} must be a {kind.__name__}", path=f"values/rules/{name}")
    return value


def _by_length(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Longest first, so that prefix matching finds "개월" before "개"."""
    return tuple(sorted({str(w) for w in words}, key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    num, cnt, cur, bnd = (_read(n) for n in RULE_FILES)
    aliases = dict(cnt.get("quantity_aliases") or {})
    counters = {str(c): aliases.get(str(c), str(c)) for c in _need(cnt, "quantity", list, "counters.yaml")}
    ordinals = frozenset(str(c) for c in cnt.get("ordinal_counters") or ())
    counters.update({c: c for c in ordinals})
    counters.update({str(k): str(v) for k, v in (cnt.get("unit_aliases") or {}).items()})
    durations = {
        str(u): (str(v[0]), int(v[1])) for u, v in _need(cnt, "durations", dict, "counters.yaml").items()
    }
    return Lexicon(
        digits=_need(num, "digits", dict, "numerals.yaml"),
        small_magnitudes=_need(num, "small_magnitudes", dict, "numerals.yaml"),
        big_magnitudes=_need(num, "big_magnitudes", dict, "numerals.yaml"),
        native_units=_need(num, "native_units", dict, "numerals.yaml"),
        native_tens=_need(num, "native_tens", dict, "numerals.yaml"),
        native_alone=_need(num, "native_alone", dict, "numerals.yaml"),
        native_ranges={k: (int(v[0]), int(v[1])) for k, v in _need(num, "native_ranges", dict, "numerals.yaml").items()},
        native_ordinal_words={str(k): int(v) for k, v in (num.get("native_ordinal_words") or {}).items()},
        native_counter_words={
            str(k): (int(v[0]), tuple(map(str, v[1]))) for k, v in (num.get("native_counter_words") or {}).items()
        },
        vague_prefixes=tuple(_need(num, "vague_prefixes", list, "numerals.yaml")),
        vague_low=int(num.get("vague_low", 2)),
        vague_high=int(num.get("vague_high", 9)),
        hangul_stop_words=frozenset(num.get("hangul_stop_words") or ()),
        particles=_by_length(num.get("particles") or ()),
        max_digits=int(num.get("max_digits", 36)),
        quantity=counters,
        ordinal_counters=ordinals,
        ordinal_calendar_words=_by_length(cnt.get("ordinal_calendar_words") or ()),
        context_counters={
            str(c): (_by_length(r.get("nouns") or ()), int(r.get("window", 16)))
            for c, r in (cnt.get("context_counters") or {}).items()
        },
        latin_units=frozenset(_need(cnt, "latin_units", list, "counters.yaml")),
        durations=durations,
        measures={str(u): (str(v[0]), float(v[1])) for u, v in (cnt.get("measures") or {}).items()},
        duration_aliases=dict(cnt.get("duration_aliases") or {}),
        duration_suffix=str(cnt.get("duration_suffix", "간")),
        duration_more=str(cnt["duration_more"]),
        shares=(str(cnt["shares"]["word"]), int(cnt["shares"]["from"])) if cnt.get("shares") else None,
        half_word=str(cnt.get("half_word", "반")),
        half_after_units=frozenset(str(u) for u in cnt.get("half_after_units") or ()),
        half_followers=tuple(str(w) for w in cnt.get("half_followers") or ()),
        not_values=_by_length(_need(cnt, "not_values", list, "counters.yaml")),
        score_words=frozenset(str(w) for w in cnt.get("score_words") or ()),
        ratio_words=tuple(str(w) for w in cnt.get("ratio_words") or ()),
        unit_exceptions=_by_length(_need(cnt, "unit_exceptions", list, "counters.yaml")),
        decade_suffix=str(cnt.get("decade_suffix", "대")),
        decade_after=frozenset(cnt.get("decade_after") or ()),
        rank_unit=str(cnt.get("rank_unit", "위")),
        rank_range_suffix=str(cnt.get("rank_range_suffix", "권")),
        age_group_nouns=_by_length(cnt.get("age_group_nouns") or ()),
        age_group_share=str(cnt.get("age_group_share") or "(?!)"),
        currency_words=_need(cur, "words", dict, "currencies.yaml"),
        currency_prefixes=_need(cur, "prefix_symbols", dict, "currencies.yaml"),
        scale_words={k: int(v) for k, v in _need(cur, "scale_words", dict, "currencies.yaml").items()},
        prefix_bounds=_need(bnd, "prefix", dict, "bounds.yaml"),
        glued_prefixes=frozenset(_need(bnd, "glued_prefixes", list, "bounds.yaml")),
        suffix_bounds=_need(bnd, "suffix", dict, "bounds.yaml"),
        verb_particles=tuple(bnd.get("verb_suffixes_after_particle") or ()),
        verb_suffixes=frozenset(bnd.get("verb_suffixes") or ()) | frozenset(bnd.get("particle_only_suffixes") or ()),
        particle_only=frozenset(bnd.get("particle_only_suffixes") or ()),
        unit_only=frozenset(bnd.get("unit_only_suffixes") or ()),
        copula_stems=_by_length(bnd.get("copula_stems") or ()),
        copula_endings=_by_length(bnd.get("copula_endings") or ()),
        approx_relative=Decimal(str(bnd.get("approx_relative", "0.1"))),
        rounded_relative=Decimal(str(bnd.get("rounded_relative", "0.05"))),
        rounded_counts_from=Decimal(str(bnd.get("rounded_counts_from", 1000))),
        range_separators=tuple(_need(bnd, "range_separators", list, "bounds.yaml")),
        native_standalone_units=dict(num.get("native_standalone_units") or {}),
        native_tens_ambiguous=frozenset(num.get("native_tens_ambiguous") or ()),
        zero_words=dict(num.get("zero_words") or {}),
        decimal_zero_digits=dict(num.get("decimal_zero_digits") or {}),
        decimal_points=_by_length(num.get("decimal_points") or ()),
        decimal_particles=frozenset(num.get("decimal_particles") or ()),
        sign_words=_by_length(num.get("sign_words") or ("마이너스",)),
        fraction_word=str(num.get("fraction_word", "분의")),
        slash_max_denominator=int(num.get("slash_max_denominator", 10)),
        fraction_words={str(k): (Decimal(str(v[0])), str(v[1])) for k, v in (num.get("fraction_words") or {}).items()},
        fraction_idioms=_by_length(num.get("fraction_idioms") or ()),
        minor_units={str(k): (str(v[0]), Decimal(str(v[1]))) for k, v in (cur.get("minor_units") or {}).items()},
        prefix_codes=frozenset(cur.get("prefix_codes") or ()),
        short_currency_words=frozenset(cur.get("short_words") or ()),
        hangul_money_followers=_by_length(cur.get("hangul_followers") or ()),
        hangul_not_money=_by_length(cur.get("hangul_not_money") or ()),
    )
