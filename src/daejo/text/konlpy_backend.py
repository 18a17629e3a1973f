"""konlpy back-end (Komoran): Sejong tags and a user dictionary, via a JVM.

konlpy returns (form, tag) pairs without offsets, and the forms are lemmas
(``했다`` → ``하`` + ``았`` + ``다``), so the pairs are aligned back to the text
by :mod:`daejo.text.align`. Komoran is the konlpy tagger used: of the four it
keeps the most names whole, uses Sejong tags and loads a user dictionary (see
docs/analyzers.md for the measurements).
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Iterable

from daejo.models import Morpheme
from daejo.text.align import align_morphemes
from daejo.text.base import AnalyzerUnavailable, UserWords, normalise_user_words, sejong_tag

JAVA_HINT = "install a Java runtime (on Debian/Ubuntu: apt-get install default-jre-headless) or use the kiwi analyzer"

# Komoran loads its model for a few seconds after the JVM has started: one per
# set of user words, kept for the life of the process.
_ENGINES: dict[UserWords, object] = {}
_LOCK = threading.Lock()

# Komoran fails on whitespace-only input and drops line structure; analysing
# one line at a time avoids both.
_LINE = re.compile(r"[^\n]+")
_OUTSIDE_BMP = re.compile("[\U00010000-\U0010FFFF]")
_PLACEHOLDER = "\ufffd"


def ensure_jvm_available() -> None:
    """Raise AnalyzerUnavailable (not a JVM traceback) when no Java runtime can be found."""
    try:
        import jpype
    except ImportError as exc:  # konlpy depends on JPype1
        raise AnalyzerUnavailable(f"the komoran analyzer needs konlpy and JPype1 ({exc}); {JAVA_HINT}") from None
    if jpype.isJVMStarted():
        return
    try:
        path = jpype.getDefaultJVMPath()
    except Exception as exc:  # JVMNotFoundException, JVMNotSupportedException
        raise AnalyzerUnavailable(f"no Java runtime found for the komoran analyzer ({exc.__class__.__name__}); {JAVA_HINT}") from None
    if not path or not os.path.exists(path):
        raise AnalyzerUnavailable(f"no Java runtime found for the komoran analyzer (JVM library {path!r} missing); {JAVA_HINT}")


def komoran_engine(user_words: UserWords):
    """The cached konlpy Komoran for this set of user words."""
    with _LOCK:
        engine = _ENGINES.get(user_words)
        if engine is None:
            ensure_jvm_available()
            engine = _build_komoran(user_words)
            _ENGINES[user_words] = engine
        return engine


def _build_komoran(user_words: UserWords):
    try:
        from konlpy.tag import Komoran
    except Exception as exc:
        raise AnalyzerUnavailable(f"konlpy cannot be imported ({exc}); {JAVA_HINT}") from None
    if not user_words:
        return _start(Komoran)
    # Komoran reads its user dictionary from a file: "surface<TAB>TAG" a line.
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".dic", delete=False) as handle:
        handle.write("".join(f"{surface}\t{tag}\n" for surface, tag in user_words))
    try:
        return _start(Komoran, userdic=handle.name)
    finally:
        os.unlink(handle.name)


def _start(factory, **kwargs):
    try:
        return factory(**kwargs)
    except AnalyzerUnavailable:
        raise
    except Exception as exc:  # JVM start failures surface as assorted Java/OS errors
        raise AnalyzerUnavailable(f"the komoran analyzer could not start: {exc}; {JAVA_HINT}") from None


class KomoranAnalyzer:
    """Morphemes from konlpy's Komoran, aligned to character offsets."""

    name = "komoran"

    def __init__(self, user_words: Iterable[tuple[str, str]] = ()):
        self.user_words: UserWords = normalise_user_words(user_words)
        self._engine = komoran_engine(self.user_words)

    def add_user_words(self, words: Iterable[tuple[str, str]]) -> None:
        self.user_words = normalise_user_words(self.user_words + tuple(words))
        self._engine = komoran_engine(self.user_words)

    def analyze(self, text: str) -> list[Morpheme]:
        morphemes: list[Morpheme] = []
        for line in _LINE.finditer(text):
            if line.group().strip():
                morphemes.extend(self._analyze_line(line.group(), line.start()))
        return morphemes

    def _analyze_line(self, line: str, offset: int) -> list[Morpheme]:
        # JPype cannot pass characters outside the BMP (emoji) back from Java;
        # a same-length placeholder keeps every offset valid.
        safe = _OUTSIDE_BMP.sub(_PLACEHOLDER, line)
        pairs = [(form, tag) for form, tag in self._engine.pos(safe) if form.strip()]
        spans = align_morphemes(safe, [form for form, _ in pairs])
        return [
            Morpheme(
                form=line[start:end] if _PLACEHOLDER in form and end > start else form,
                tag=sejong_tag("komoran", tag),
                start=offset + start,
                end=offset + end,
            )
            for (form, tag), (start, end) in zip(pairs, spans)
        ]
