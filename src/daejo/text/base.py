"""The analyzer interface shared by the back-ends, and the tag normalisation.

An analyzer turns text into morphemes (lemma, Sejong-style tag, character span
into the text it was given). Back-ends differ in how they get there; callers
only see this protocol.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Protocol, runtime_checkable

from daejo.errors import ConfigError
from daejo.models import Morpheme
from daejo.safeyaml import safe_load

UserWords = tuple[tuple[str, str], ...]



# Tags a user word may carry: the nominal and foreign-word tags are the ones a
# name needs; anything else is almost certainly a typo in a config file.
USER_WORD_TAGS = frozenset({"NNP", "NNG", "NNB", "NP", "NR", "SL", "SH", "XR"})


class AnalyzerUnavailable(ConfigError):
    """A back-end that cannot run on this machine (e.g. no Java runtime for konlpy)."""


@runtime_checkable
class Analyzer(Protocol):
    """Morphological analysis with character offsets into the given text."""

    name: str

    def analyze(self, text: str) -> list[Morpheme]: ...

    def add_user_words(self, words: Iterable[tuple[str, str]]) -> None: ...


@runtime_checkable
class SentenceSplitter(Protocol):
    """An analyzer that also splits sentences itself (Kiwi does; Komoran does not)."""

    def split(self, text: str) -> list[tuple[int, int]]: ...


def normalise_user_words(words: Iterable[tuple[str, str]]) -> UserWords:
    """A sorted, de-duplicated, validated tuple: usable as a cache key."""
    cleaned: set[tuple[str, str]] = set()
    for entry in words:
        try:
            surface, tag = entry
        except (TypeError, ValueError):
            raise ConfigError(f"a user word must be a (surface, tag) pair, got {entry!r}") from None
        surface = str(surface).strip()
        tag = str(tag).strip().upper()
        if not surface or any(ch.isspace() for ch in surface):
            raise ConfigError(f"a user word must be one non-empty token without spaces, got {surface!r}")
        if tag not in USER_WORD_TAGS:
            raise ConfigError(f"user word {surface!r}: tag {tag!r} is not one of {', '.join(sorted(USER_WORD_TAGS))}")
        cleaned.add((surface, tag))
    return tuple(sorted(cleaned))


@lru_cache(maxsize=None)
def _tag_maps() -> dict[str, dict[str, str]]:
    text = resources.files("daejo.text").joinpath("rules/tags.yaml").read_text(encoding="utf-8")
    return safe_load(text)


def sejong_tag(backend: str, tag: str) -> str:
    """Kiwi's ``VV-I`` is Sejong ``VV``; its web-token tags map to the nearest Sejong tag."""
    base = tag.split("-", 1)[0] if "-" in tag and not tag.startswith("W_") else tag
    return _tag_maps().get(backend, {}).get(base, base)
