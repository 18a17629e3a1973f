"""Sentences of a news article body, with roles and morphemes.

Every line break ends a sentence. Inside a line, boundaries come from the
analyzer's own splitter (Kiwi) or from the punctuation rules in
rules/news.yaml, and are then corrected by the news rules:

* a boundary never falls inside a date, decimal, abbreviation or address;
* a boundary never falls inside a quotation: one inside a quote that ends
  like a sentence (``“…다.” 그는``) moves to just after the closing mark,
  any other is dropped (``"…다."라고 말했다`` stays one sentence);
* a dateline prefix (``(서울=뉴스1) 홍길동 기자 =``) stays with the first
  sentence, whose role becomes ``dateline``.

Roles: body, dateline, quote, heading, byline, caption, list_item, related.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from daejo.models import Morpheme, Sentence
from daejo.text.base import Analyzer, SentenceSplitter
from daejo.text.roles import (
    WHOLE_LINE_ROLES,
    NewsRules,
    dateline_end,
    line_role,
    line_roles,
    news_rules,
    protected_spans,
    quote_regions,
)

_LINE = re.compile(r"[^\n]*")


def split_sentences(body: str, analyzer: Analyzer) -> list[Sentence]:
    """Sentences of ``body`` in order; offsets (also of morphemes) point into ``body``."""
    rules = news_rules()
    lines = list(_stripped_lines(body))
    roles = line_roles([body[s:e] for s, e in lines], rules)
    sentences: list[Sentence] = []
    for (start, end), role in zip(lines, roles):
        if start < end:
            sentences.extend(_line_sentences(body, start, end, role, analyzer, rules, len(sentences)))
    return sentences


def _stripped_lines(body: str) -> Iterator[tuple[int, int]]:
    """Each line's span without surrounding whitespace (empty span for a blank line)."""
    for match in _LINE.finditer(body):
        if match.start() > 0 and match.start() == match.end() and body[match.start() - 1] != "\n":
            continue  # finditer's empty match right after a line's content
        text = match.group()
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if trail <= lead:
            yield match.start(), match.start()
        else:
            yield match.start() + lead, match.start() + trail


def _line_sentences(
    body: str, start: int, end: int, role: str, analyzer: Analyzer, rules: NewsRules, first_index: int
) -> list[Sentence]:
    line = body[start:end]
    prefix = dateline_end(line, rules)
    if role == "body" and prefix >= len(line.rstrip()):
        role = "byline"  # a dateline with nothing after it
    analysed = analyse_line(line, analyzer, start)
    regions = quote_regions(line, rules)
    if role in WHOLE_LINE_ROLES:
        spans = [(0, len(line))]
    else:
        spans = sentence_spans(line, analyzer, rules, prefix, analysed.ends, regions)
    morphemes = analysed.morphemes
    if rules.counted_nouns and any(word in line for word in rules.counted_nouns):
        morphemes = _counted_nouns(morphemes, rules.counted_nouns)
    quotes = set(regions)
    sentences = [
        Sentence(
            index=first_index + n,
            start=start + s,
            end=start + e,
            text=line[s:e],
            role=_sentence_role(line, (s, e), n, role, prefix, quotes, rules),
        )
        for n, (s, e) in enumerate(spans)
    ]
    _assign_morphemes(sentences, morphemes)
    return sentences


def _sentence_role(
    line: str, span: tuple[int, int], n: int, role: str, prefix: int, quotes: set[tuple[int, int]], rules: NewsRules
) -> str:
    """A body line's sentences may be a dateline lead, a whole quotation or a glued-on credit."""
    if role != "body":
        return role
    if n == 0 and prefix:
        return "dateline"
    if span in quotes:
        return "quote"
    if span[0] == 0 and span[1] == len(line):
        return "body"  # the whole line, which line_roles read as body (a line of one sentence)
    if line_role(line[span[0] : span[1]], rules) == "byline":
        return "byline"  # a reporter credit glued to the end of a paragraph
    return "body"


# --------------------------------------------------------------------------- long lines
#
# Analysis must stay linear in the length of a line (docs/robustness.md): Kiwi is
# slower than linear on one long line, and on a long run without spaces (`가가가…`,
# `aaa…`) it spends milliseconds a character. A news paragraph is far shorter
# than ANALYSIS_CHUNK and a Korean word far shorter than MAX_WORD_CHARS, so
# neither rule changes what real articles give.

# a line longer than this is analysed in pieces, cut at a sentence end or a space
ANALYSIS_CHUNK = 10_000
# a run of more characters than this without a space is not a word: the analyzer
# does not see it (it gets no morphemes; its values are still recognised)
MAX_WORD_CHARS = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_WORD_CHARS + 1))
_CHUNK_END = re.compile(r"[.!?。…\"'”’)\]]\s")


class AnalysedLine:
    """The analyzer's sentence ends (None without a splitter) and morphemes of a line."""

    def __init__(self, ends: list[int] | None, morphemes: list[Morpheme]):
        self.ends = ends
        self.morphemes = morphemes


def analyse_line(line: str, analyzer: Analyzer, offset: int = 0) -> AnalysedLine:
    """Split and analyse a line, in pieces of at most ``ANALYSIS_CHUNK`` characters,
    with runs longer than ``MAX_WORD_CHARS`` blanked out (offsets unchanged). Ends
    are offsets into the line; morphemes' offsets are shifted by ``offset`` (the
    line's start in the body)."""
    masked = _LONG_RUN.sub(lambda m: " " * len(m.group()), line) if len(line) > MAX_WORD_CHARS else line
    # isinstance(analyzer, SentenceSplitter) reads the same, without a protocol check per line
    splits = getattr(analyzer, "split", None) is not None
    # a back-end that gives both from one call, morphemes already at body offsets (Kiwi)
    split_at = getattr(analyzer, "split_at", None) if splits else None
    ends: list[int] = []
    morphemes: list[Morpheme] = []
    for lo, hi in _chunks(masked):
        piece = masked[lo:hi]
        if not piece.strip():
            continue
        if split_at is not None:
            spans, found = split_at(piece, lo + offset)
            ends.extend(lo + _end_before_space(piece, e) for _, e in spans[:-1])
            if hi < len(masked):
                ends.append(lo + _end_before_space(piece, len(piece)))  # the cut is a boundary
            morphemes.extend(found)
            continue
        if splits:  # split first: Kiwi keeps the tokens for the analyze() of the same text
            ends.extend(lo + _end_before_space(piece, e) for _, e in analyzer.split(piece)[:-1])  # type: ignore[attr-defined]
            if hi < len(masked):
                ends.append(lo + _end_before_space(piece, len(piece)))  # the cut is a boundary
        shift = lo + offset
        morphemes.extend(m if shift == 0 else _shift(m, shift) for m in analyzer.analyze(piece))
    return AnalysedLine(ends if splits else None, morphemes)


def _chunks(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    while len(line) - start > ANALYSIS_CHUNK:
        limit = start + ANALYSIS_CHUNK
        cut = _last_match_end(_CHUNK_END, line, start + ANALYSIS_CHUNK // 2, limit)
        if cut is None:
            space = line.rfind(" ", start + 1, limit)
            cut = space + 1 if space > start else limit
        yield start, cut
        start = cut
    yield start, len(line)


def _last_match_end(pattern: re.Pattern[str], line: str, lo: int, hi: int) -> int | None:
    end = None
    for match in pattern.finditer(line, lo, hi):
        end = match.end()
    return end


def sentence_spans(
    line: str, analyzer: Analyzer, rules: NewsRules, prefix: int = 0, analyzer_ends: list[int] | None = None,
    quotes: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Sentence spans inside one line (offsets into the line), whitespace-stripped.

    ``analyzer_ends`` are the analyzer's own boundaries and ``quotes`` the line's
    quotation regions when already known (``analyse_line``, ``quote_regions``)."""
    ends: set[int] = set()
    candidates = _candidate_ends(line, analyzer, rules, analyzer_ends)
    if candidates:  # (a line of one sentence has none: nothing to correct)
        protected = _Spans(protected_spans(line, rules))
        if quotes is None:
            quotes = quote_regions(line, rules)
        enclosing = _Enclosing(quotes)
        quote_ends = {e for _, e in quotes}
        for end in candidates:
            corrected = _corrected_end(line, end, prefix, protected, enclosing, quote_ends, rules)
            if corrected is not None and 0 < corrected < len(line):
                ends.add(corrected)
    spans = []
    start = 0
    for end in [*sorted(ends), len(line)]:
        span = _strip(line, start, end)
        if span:
            spans.extend(_bounded(line, *span))
        start = end
    return spans


# Extraction compares the words of a sentence with each other, so a run-on
# "sentence" (a text with no punctuation) made it quadratic; news sentences
# are far shorter than this.
MAX_SENTENCE_CHARS = 1000


def _bounded(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span, cut at the last space before every ``MAX_SENTENCE_CHARS`` characters."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = line.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        piece = _strip(line, start, cut)
        if piece:
            yield piece
        start = cut
    piece = _strip(line, start, end)
    if piece:
        yield piece


def _candidate_ends(line: str, analyzer: Analyzer, rules: NewsRules, analyzer_ends: list[int] | None = None) -> list[int]:
    """Punctuation boundaries, plus the analyzer's own when it has a splitter.

    Kiwi alone misses a boundary before an opening quote (``…했다. “…``),
    and the punctuation rules alone miss one without punctuation; the news
    rules then remove the false ones from the union.
    """
    ends = [m.end() for pattern in rules.boundary for m in pattern.finditer(line)]
    if analyzer_ends is not None:
        ends.extend(analyzer_ends)
    elif isinstance(analyzer, SentenceSplitter):
        ends.extend(_end_before_space(line, e) for _, e in analyzer.split(line)[:-1])
    return ends


class _Spans:
    """Whether an offset falls in ``(start, end]`` of any span: a bisection over the
    spans merged, not a scan of every span for every candidate boundary."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, offset: int) -> bool:
        k = bisect.bisect_left(self.starts, offset) - 1  # the last span starting before offset
        return k >= 0 and offset <= self.ends[k]


class _Enclosing:
    """The outermost quotation strictly around an offset (``start < offset < end``).

    Quote regions are nested or apart (they come from a stack), so the outermost
    one around an offset is the top-level region that contains it."""

    def __init__(self, quotes: list[tuple[int, int]]):
        top: list[tuple[int, int]] = []
        for s, e in sorted(quotes, key=lambda q: (q[0], -q[1])):
            if top and s >= top[-1][0] and e <= top[-1][1]:
                continue  # inside the previous top-level region
            top.append((s, e))
        self.top = top
        self.starts = [s for s, _ in top]

    def outermost(self, offset: int) -> tuple[int, int] | None:
        k = bisect.bisect_left(self.starts, offset) - 1
        if k >= 0 and self.top[k][0] < offset < self.top[k][1]:
            return self.top[k]
        return None


def _corrected_end(
    line: str,
    end: int,
    prefix: int,
    protected: _Spans,
    enclosing: _Enclosing,
    quote_ends: set[int],
    rules: NewsRules,
) -> int | None:
    """The boundary after the news rules: the same, moved past a closing quote, or None."""
    if end <= prefix:
        return None
    if protected.covers(end):
        return None
    outer = enclosing.outermost(end)
    if outer is not None:
        s, e = outer
        if not rules.quote_final.search(line[s:e]):
            return None
        end = e
    if end in quote_ends and end < len(line) and not line[end].isspace():
        return None  # a quotative particle is glued to the closing mark: "…다."라고
    return end


def _end_before_space(line: str, end: int) -> int:
    # what len(line[:end].rstrip()) gives, without copying the line for every sentence
    while end > 0 and line[end - 1].isspace():
        end -= 1
    return end


def _strip(line: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _shift(morpheme: Morpheme, offset: int) -> Morpheme:
    return Morpheme(form=morpheme.form, tag=morpheme.tag, start=morpheme.start + offset, end=morpheme.end + offset)


def _counted_nouns(morphemes: list[Morpheme], words: frozenset[str]) -> list[Morpheme]:
    """A word of rules/news.yaml's ``counted_nouns`` the analyzer tagged a name, right
    before a number (`경상 12명`), is a common noun: what the number counts."""
    out = morphemes
    for i, m in enumerate(morphemes):
        if m.tag == "NNP" and m.form in words and i + 1 < len(morphemes) and morphemes[i + 1].tag == "SN":
            if out is morphemes:
                out = list(morphemes)
            out[i] = m._replace(tag="NNG")
    return out


def _assign_morphemes(sentences: list[Sentence], morphemes: list[Morpheme]) -> None:
    """Each morpheme goes to the last sentence starting at or before it; one between two
    sentences (a control character the splitter left out, `0다\x1f0`) goes to none."""
    if not sentences:
        return
    if len(sentences) == 1:  # most lines
        only = sentences[0]
        if not morphemes or (only.start <= morphemes[0].start and morphemes[-1].end <= only.end):
            only.morphemes.extend(morphemes)
        else:
            only.morphemes.extend(m for m in morphemes if only.start <= m.start and m.end <= only.end)
        return
    starts = [s.start for s in sentences]
    last = len(starts) - 1
    k = 0
    bucket = sentences[0].morphemes
    following = starts[1]  # where the next sentence starts
    for morpheme in morphemes:
        if morpheme.start >= following:
            while k < last and starts[k + 1] <= morpheme.start:
                k += 1
            bucket = sentences[k].morphemes
            following = starts[k + 1] if k < last else float("inf")
        if morpheme.end <= sentences[k].end:
            bucket.append(morpheme)
