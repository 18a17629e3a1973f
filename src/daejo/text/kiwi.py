"""Kiwi (kiwipiepy) back-end: offsets, lemmas and a sentence splitter built in."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

from daejo.models import Morpheme
from daejo.text.base import UserWords, normalise_user_words, sejong_tag

# Building a Kiwi loads its model and its first analysis prepares its dictionaries
# (together 2-6 s): one engine per set of user words, kept for the life of the
# process, the most recently used few of them (a server lives long; ~0.3 GB each).
_ENGINES: OrderedDict[UserWords, object] = OrderedDict()
_MAX_ENGINES = 4
_LOCK = threading.Lock()

# Kiwi's multi-word dictionary (WikiData titles such as `해리 포터와 마법사의 돌` as one
# NNP) is half of its load time. Without it, every token of the story corpus's dev
# split, fixtures/articles and fixtures/incoming is the same (benchmarks/bench_startup.py
# --kiwi-options checks it), so the accuracy figures are unchanged; a newsroom's own
# multi-word names belong in its alias file anyway.
KIWI_OPTIONS: dict[str, object] = {"load_multi_dict": False}


def kiwi_engine(user_words: UserWords):
    """The cached Kiwi for this set of user words, ready to analyse."""
    with _LOCK:
        engine = _ENGINES.get(user_words)
        if engine is not None:
            _ENGINES.move_to_end(user_words)
            return engine
        from kiwipiepy import Kiwi

        engine = Kiwi(**KIWI_OPTIONS)
        for surface, tag in user_words:
            engine.add_user_word(surface, tag, 0.0)
        _ENGINES[user_words] = engine
        while len(_ENGINES) > _MAX_ENGINES:
            _ENGINES.popitem(last=False)
        return engine


class KiwiAnalyzer:
    """Morphemes and sentences from Kiwi.

    Kiwi's ``form`` is already the normalised morpheme (``들었다`` → ``듣`` + ``었``),
    and its offsets point into the text, so nothing needs aligning.

    The engine is built on the first analysis, not here: a run adds the alias
    registry's names right after creating the analyzer, and building an engine
    for the bare word set first would cost a second model load.
    """

    name = "kiwi"

    def __init__(self, user_words: Iterable[tuple[str, str]] = ()):
        import kiwipiepy  # noqa: F401  (a missing or broken install fails here, not mid-run)

        self.user_words: UserWords = normalise_user_words(user_words)
        self._built: object | None = None
        # split() analyses the text anyway; keep the tokens so that analyze()
        # on the same text right after does not analyse it twice.
        self._last: tuple[str, list[Morpheme]] | None = None

    @property
    def _engine(self):
        if self._built is None:
            self._built = kiwi_engine(self.user_words)
        return self._built

    def add_user_words(self, words: Iterable[tuple[str, str]]) -> None:
        user_words = normalise_user_words(self.user_words + tuple(words))
        if user_words != self.user_words:
            self.user_words = user_words
            self._built = None
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
        morphemes = _morphemes(sentences)
        self._last = (text, morphemes)
        return [(s.start, s.end) for s in sentences]

    def split_at(self, text: str, shift: int = 0) -> tuple[list[tuple[int, int]], list[Morpheme]]:
        """``split(text)`` and ``analyze(text)`` from the one analysis, the morphemes'
        offsets moved by ``shift`` (the text's start in the body): what a line needs,
        without building each morpheme twice."""
        if not text.strip():
            return [], []
        sentences = self._engine.split_into_sents(text, return_tokens=True, compatible_jamo=True)
        return [(s.start, s.end) for s in sentences], _morphemes(sentences, shift)


_new_tuple = tuple.__new__


def _morpheme(token, shift: int = 0) -> Morpheme:
    start = token.start + shift
    # Morpheme(form, tag, start, end) without the named tuple's Python __new__
    return _new_tuple(Morpheme, (token.form, _sejong(token.tag), start, start + token.len))


def _morphemes(sentences, shift: int = 0) -> list[Morpheme]:
    """The morphemes of Kiwi's sentences, in order (``_morpheme`` of each token, in one
    loop: the story corpus has about 60,000 of them)."""
    tags, new, cls = _SEJONG, _new_tuple, Morpheme
    out = []
    add = out.append
    for sentence in sentences:
        for token in sentence.tokens:
            start = token.start + shift
            tag = token.tag
            add(new(cls, (token.form, tags[tag] if tag in tags else _sejong(tag), start, start + token.len)))
    return out


# Kiwi's tags as Sejong tags (a handful of tags: each looked up once)
_SEJONG: dict[str, str] = {}


def _sejong(tag: str) -> str:
    """Kiwi's tag as a Sejong tag."""
    found = _SEJONG.get(tag)
    if found is None:
        found = _SEJONG[tag] = sejong_tag("kiwi", tag)
    return found
