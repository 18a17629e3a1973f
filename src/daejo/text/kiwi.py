"""Kiwi (kiwipiepy) back-end: offsets, lemmas and a sentence splitter built in."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from daejo.models import Morpheme
from daejo.text.base import UserWords, normalise_user_words, sejong_tag

# Building a Kiwi loads its model (about 2 s): one per set of user words, kept
# for the life of the process.
_ENGINES: dict[UserWords, object] = {}
_LOCK = threading.Lock()


def kiwi_engine(user_words: UserWords):
    """The cached Kiwi for this set of user words."""
    with _LOCK:
        engine = _ENGINES.get(user_words)
        if engine is None:
            from kiwipiepy import Kiwi

            engine = Kiwi()
            for surface, tag in user_words:
                engine.add_user_word(surface, tag, 0.0)
            _ENGINES[user_words] = engine
        return engine


class KiwiAnalyzer:
    """Morphemes and sentences from Kiwi.

    Kiwi's ``form`` is already the normalised morpheme (``들었다`` → ``듣`` + ``었``),
    and its offsets point into the text, so nothing needs aligning.
    """

    name = "kiwi"

    def __init__(self, user_words: Iterable[tuple[str, str]] = ()):
        self.user_words: UserWords = normalise_user_words(user_words)
        self._engine = kiwi_engine(self.user_words)
        # split() analyses the text anyway; keep the tokens so that analyze()
        # on the same text right after does not analyse it twice.
        self._last: tuple[str, list[Morpheme]] | None = None

    def add_user_words(self, words: Iterable[tuple[str, str]]) -> None:
        self.user_words = normalise_user_words(self.user_words + tuple(words))
        self._engine = kiwi_engine(self.user_words)
        self._last = None

    def analyze(self, text: str) -> list[Morpheme]:
        if self._last is not None and self._last[0] == text:
            return list(self._last[1])
        if not text.strip():
            return []
        return [_morpheme(t) for t in self._engine.tokenize(text, compatible_jamo=True)]

    def split(self, text: str) -> list[tuple[int, int]]:
        if not text.strip():
            return []
        sentences = self._engine.split_into_sents(text, return_tokens=True, compatible_jamo=True)
        morphemes = [_morpheme(t) for s in sentences for t in s.tokens]
        self._last = (text, morphemes)
        return [(s.start, s.end) for s in sentences]


def _morpheme(token) -> Morpheme:
    start = token.start
    return Morpheme(form=token.form, tag=sejong_tag("kiwi", token.tag), start=start, end=start + token.len)
