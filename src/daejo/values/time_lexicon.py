"""The Korean time lexicon (``rules/time_lexicon.yaml``) and the patterns built from it.

Word lists live in YAML so they can be read and extended without touching code;
this module checks their shape (a malformed file is a ``ConfigError`` naming the
file) and compiles them into anchored regular expressions for the grammar.
Every pattern has bounded repetition only, so matching stays linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from daejo.errors import ConfigError
from daejo.safeyaml import safe_load

LEXICON_PATH = Path(__file__).parent / "rules" / "time_lexicon.yaml"
# A space inside a line: expressions never run across a line break.
SP = r"[ \t\u00a0]"

_REQUIRED_MAPPINGS = (
    "relative_years", "year_period_words", "relative_months", "relative_weeks", "relative_days",
    "year_parts", "period_parts", "month_parts", "decade_parts", "halves", "dayparts",
    "named_clock_times", "role_suffixes", "approx_markers", "offset_units", "offset_directions", "anaphoric_words",
    "tense",
)
_REQUIRED_LISTS = (
    "within_year_words", "past_prefixes", "next_prefixes", "particles", "duration_followers", "idioms", "weekdays",
)


def words_pattern(words: list[str] | dict[str, Any]) -> str:
    """An alternation of ``words``, longest first; a space in a word matches zero or one space."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", SP + "?") for w in ordered)


def normalise_word(text: str) -> str:
    """The lexicon key for a matched word (spaces dropped)."""
    return re.sub(SP + "+", "", text)


def _keyed(mapping: dict[str, Any]) -> dict[str, Any]:
    return {normalise_word(k): v for k, v in mapping.items()}


@dataclass(frozen=True)
class TimeLexicon:
    data: dict[str, Any]
    relative_years: dict[str, int]
    relative_months: dict[str, int]
    relative_weeks: dict[str, int]
    relative_days: dict[str, int]
    year_period_words: dict[str, str]
    relative_day_parts: dict[str, tuple[int, str]]
    year_parts: dict[str, list]
    month_parts: dict[str, list]
    decade_parts: dict[str, list]
    halves: dict[str, list]
    dayparts: dict[str, dict]
    named_clock_times: dict[str, int]
    role_by_suffix: dict[str, str]
    particles: tuple[str, ...]
    duration_followers: tuple[str, ...]
    patterns: Patterns


@dataclass(frozen=True)
class Patterns:
    """Anchored patterns, used with ``pattern.match(text, pos)``."""

    starter: re.Pattern[str]
    idiom: re.Pattern[str]
    prefix_past: re.Pattern[str]
    prefix_next: re.Pattern[str]
    relative_year: re.Pattern[str]
    this_year_short: re.Pattern[str]
    year_period: re.Pattern[str]
    within_year: re.Pattern[str]
    relative_month: re.Pattern[str]
    relative_week: re.Pattern[str]
    relative_day: re.Pattern[str]
    relative_day_part: re.Pattern[str]
    year_part: re.Pattern[str]
    month_part: re.Pattern[str]
    decade_part: re.Pattern[str]
    half: re.Pattern[str]
    daypart: re.Pattern[str]
    named_clock: re.Pattern[str]
    role_glued: re.Pattern[str]
    role_spaced: re.Pattern[str]
    approx: re.Pattern[str]
    offset: re.Pattern[str]
    window: re.Pattern[str]
    weekday: re.Pattern[str]
    anaphoric: re.Pattern[str]
    quarter_letter: re.Pattern[str]
    quarter_letter_year: re.Pattern[str]
    season: re.Pattern[str]
    season_phrase: re.Pattern[str]
    vague_word: re.Pattern[str]
    vague_offset: re.Pattern[str]
    phrase_letters: frozenset[str]  # first letters of season phrases and vague times
    quarter_letters: frozenset[str]
    # the tense section's future markers, as written (no optional spaces), for
    # time_tense: any of them anywhere, read left to right
    future_marker: re.Pattern[str]


_NO_DIGIT_BEFORE = r"(?<![\d.,])(?<!\d:)"
_NO_HANGUL_BEFORE = r"(?<![가-힣])"
_NEVER = "(?!)"


def _optional_words(words: list[str] | dict[str, Any] | None) -> str:
    """An alternation of optional lexicon words; a pattern that never matches when there are none."""
    return words_pattern(words) if words else _NEVER


def _compile(data: dict[str, Any]) -> Patterns:
    def words(*names: str) -> str:
        collected: list[str] = []
        for name in names:
            value = data[name]
            collected.extend(value if isinstance(value, list) else list(value))
        return words_pattern(collected)

    roles = data["role_suffixes"]
    glued_roles = [w for r in roles.values() for w in r.get("glued", [])]
    spaced_roles = [w for r in roles.values() for w in r.get("spaced", [])]
    approx = data["approx_markers"]
    starter_words = words(
        "relative_years", "year_period_words", "within_year_words", "relative_months", "relative_weeks",
        "relative_days", "past_prefixes", "next_prefixes", "halves", "dayparts", "named_clock_times",
        "anaphoric_words",
    )
    short = re.escape(data["this_year_short"])
    digit_units = words_pattern(sorted(set(data["offset_units"]) | {"년", "월", "일", "시"}))
    deadline = roles["deadline"]
    window_words = [w for w in deadline.get("glued", []) + deadline.get("spaced", []) if w != "까지"]
    weekdays = "|".join(re.escape(w) for w in data["weekdays"])
    letters = "".join(re.escape(w) for w in data.get("quarter_letters") or [])
    letter_quarter = rf"(?<![0-9A-Za-z])([1-4])[{letters}]" if data.get("quarter_letters") else _NEVER
    seasons = _optional_words(data.get("seasons"))
    season_prefixes = _optional_words(data.get("season_prefixes"))
    season_phrase = rf"({season_prefixes}){SP}?({seasons})" if data.get("seasons") else _NEVER
    vague_words = _optional_words(data.get("vague_words"))
    counts = _optional_words(data.get("vague_counts"))
    count_words = _optional_words(data.get("vague_count_words"))
    directions = words("offset_directions")
    day_parts = _optional_words(data.get("relative_day_parts"))
    starter_names = (
        "relative_years", "year_period_words", "within_year_words", "relative_months", "relative_weeks",
        "relative_days", "past_prefixes", "next_prefixes", "halves", "dayparts", "named_clock_times",
        "anaphoric_words", "season_prefixes", "vague_words", "vague_counts", "vague_count_words",
        "relative_day_parts",
    )
    first_letters = "".join(sorted({str(w)[0] for n in starter_names for w in (data.get(n) or [])}
                                   | {data["this_year_short"][0]}))
    vague_offset = (
        rf"(?:({counts}){SP}?({words('offset_units')})|({count_words})){SP}?({directions})"
    )
    return Patterns(
        # a start: one character, looked back on for what starts there (as a zero-width
        # look-ahead would, so that a start that fails does not hide the next one: finditer
        # goes on at the next character either way); that character is a digit, a quote or
        # a first letter of the words, which lets the engine skip every other character at
        # C speed instead of trying the whole look-ahead at each one. A number starts an
        # expression only before a unit or a date separator ("1 2 3" never does) (the words
        # are tried only at a word start that begins with one of their first letters)
        starter=re.compile(
            rf"[\d'‘’{first_letters}](?<=(?="
            rf"{_NO_DIGIT_BEFORE}(?:\d{{1,4}}(?:{SP}?(?:{digit_units})|[.\-/:·~∼〜～–])|{letter_quarter})"
            rf"|['‘’]\d|{_NO_HANGUL_BEFORE}(?=[{first_letters}])(?:{starter_words}|{day_parts}|{short}|{season_phrase}"
            rf"|{vague_words}|{vague_offset})).)"
        ),
        idiom=re.compile("|".join(f"(?:{p})" for p in data["idioms"])),
        prefix_past=re.compile(rf"(?:{words('past_prefixes')}){SP}?(?=['‘’\d])"),
        prefix_next=re.compile(rf"(?:{words('next_prefixes')}){SP}?(?=['‘’\d])"),
        relative_year=re.compile(words("relative_years")),
        this_year_short=re.compile(rf"{short}{SP}"),
        year_period=re.compile(words("year_period_words")),
        within_year=re.compile(words("within_year_words")),
        relative_month=re.compile(words("relative_months")),
        relative_week=re.compile(words("relative_weeks")),
        relative_day=re.compile(words("relative_days")),
        relative_day_part=re.compile(day_parts),
        year_part=re.compile(rf"{SP}?({words('year_parts')})"),
        month_part=re.compile(rf"{SP}?({words('month_parts')})"),
        decade_part=re.compile(rf"{SP}?({words('decade_parts')})"),
        half=re.compile(words("halves")),
        daypart=re.compile(words("dayparts")),
        named_clock=re.compile(words("named_clock_times")),
        role_glued=re.compile(words_pattern(glued_roles)),
        role_spaced=re.compile(rf"{SP}({words_pattern(spaced_roles)})"),
        approx=re.compile(rf"{words_pattern(approx['glued'])}|{SP}(?:{words_pattern(approx['spaced'])})"),
        offset=re.compile(
            rf"{_NO_DIGIT_BEFORE}(\d{{1,4}}){SP}?({words('offset_units')})({re.escape(data['offset_approx'])})?"
            rf"{SP}?({words('offset_directions')})"
        ),
        window=re.compile(
            rf"{_NO_DIGIT_BEFORE}(\d{{1,3}}){SP}?({words('offset_units')}){SP}?({words_pattern(window_words)})"
        ),
        weekday=re.compile(rf"\(({weekdays})\)|({weekdays})요일"),
        anaphoric=re.compile(words("anaphoric_words")),
        quarter_letter=re.compile(rf"{SP}?{letter_quarter}(?![0-9A-Za-z])"),
        quarter_letter_year=re.compile(rf"{letter_quarter}(\d{{2}})(?![0-9A-Za-z])"),
        season=re.compile(rf"{SP}?({seasons})"),
        season_phrase=re.compile(season_phrase),
        vague_word=re.compile(vague_words),
        vague_offset=re.compile(vague_offset),
        phrase_letters=frozenset(
            str(w)[0]
            for n in ("season_prefixes", "vague_words", "vague_counts", "vague_count_words")
            for w in (data.get(n) or [])
        ),
        quarter_letters=frozenset(data.get("quarter_letters") or []),
        future_marker=re.compile("|".join(re.escape(str(w)) for w in sorted(data["tense"]["future_markers"], key=len, reverse=True))),
    )


def _check_shape(data: Any, path: Path) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ConfigError("time lexicon must be a mapping of lists and mappings", path=str(path), line=1)
    for key in _REQUIRED_MAPPINGS:
        if not isinstance(data.get(key), dict):
            raise ConfigError(f"time lexicon: '{key}' must be a mapping", path=str(path))
    for key in _REQUIRED_LISTS:
        if not isinstance(data.get(key), list) or not all(isinstance(w, str) for w in data[key]):
            raise ConfigError(f"time lexicon: '{key}' must be a list of strings", path=str(path))
    if not isinstance(data.get("this_year_short"), str):
        raise ConfigError("time lexicon: 'this_year_short' must be a string", path=str(path))
    for key in ("relative_years", "relative_months", "relative_weeks", "relative_days"):
        if not all(isinstance(v, int) for v in data[key].values()):
            raise ConfigError(f"time lexicon: offsets in '{key}' must be integers", path=str(path))
    return data


def build_lexicon(data: Any, path: Path) -> TimeLexicon:
    """Check a parsed lexicon document and compile it."""
    data = _check_shape(data, path)
    role_by_suffix = {
        word: role for role, forms in data["role_suffixes"].items() for kind in forms.values() for word in kind
    }
    try:
        patterns = _compile(data)
    except (re.error, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"time lexicon: cannot build patterns ({exc})", path=str(path)) from None
    return TimeLexicon(
        data=data,
        relative_years=_keyed(data["relative_years"]),
        relative_months=_keyed(data["relative_months"]),
        relative_weeks=_keyed(data["relative_weeks"]),
        relative_days=_keyed(data["relative_days"]),
        year_period_words=_keyed(data["year_period_words"]),
        relative_day_parts={normalise_word(k): (int(v[0]), str(v[1])) for k, v in (data.get("relative_day_parts") or {}).items()},
        year_parts=data["year_parts"],
        month_parts={normalise_word(k): v for k, v in data["month_parts"].items()},
        decade_parts=data["decade_parts"],
        halves=data["halves"],
        dayparts=data["dayparts"],
        named_clock_times=data["named_clock_times"],
        role_by_suffix=role_by_suffix,
        particles=tuple(sorted(data["particles"], key=len, reverse=True)),
        duration_followers=tuple(data["duration_followers"]),
        patterns=patterns,
    )


def read_lexicon(path: Path) -> TimeLexicon:
    """Read and compile a lexicon file; errors name the file (and line, for YAML syntax)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read time lexicon: {exc.strerror}", path=str(path)) from None
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ConfigError(f"invalid YAML in time lexicon: {exc}", path=str(path), line=line) from None
    return build_lexicon(data, path)


@lru_cache(maxsize=1)
def default_lexicon() -> TimeLexicon:
    return read_lexicon(LEXICON_PATH)
