"""Text stage: morphological analysis with character offsets, and news sentences.

``get_analyzer(name, user_words)`` returns an :class:`Analyzer` ("kiwi", the
default, or "komoran" through konlpy); ``split_sentences(body, analyzer)``
returns the sentences of an article body with roles and morphemes.
"""

from __future__ import annotations

from collections.abc import Iterable

from daejo.errors import ConfigError
from daejo.text.base import Analyzer, AnalyzerUnavailable, SentenceSplitter, normalise_user_words
from daejo.text.sentences import split_sentences

ANALYZERS = ("kiwi", "komoran")

__all__ = [
    "ANALYZERS",
    "Analyzer",
    "AnalyzerUnavailable",
    "SentenceSplitter",
    "get_analyzer",
    "split_sentences",
]


def get_analyzer(name: str = "kiwi", user_words: Iterable[tuple[str, str]] = ()) -> Analyzer:
    """An analyzer by name; the expensive engine behind it is cached per name and user words."""
    key = (name or "").strip().lower()
    words = normalise_user_words(user_words)
    if key == "kiwi":
        from daejo.text.kiwi import KiwiAnalyzer

        return KiwiAnalyzer(words)
    if key == "komoran":
        from daejo.text.konlpy_backend import KomoranAnalyzer

        return KomoranAnalyzer(words)
    raise ConfigError(f"unknown analyzer {name!r}; choose one of: {', '.join(ANALYZERS)}")
