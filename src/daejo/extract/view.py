"""A sentence with its morphemes indexed by offset (read-only helper).

Rules speak in morpheme indices (distances are counted in morphemes) while
values and mentions carry body offsets; ``SentenceView`` converts between the
two with binary search, once per lookup, never by scanning the sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter
from dataclasses import dataclass, field

from daejo.extract.lexicon import form_key
from daejo.models import Morpheme, Sentence


# a Morpheme is a named tuple (form, tag, start, end)
_FORM, _START, _END = itemgetter(0), itemgetter(2), itemgetter(3)


@dataclass
class SentenceView:
    sentence: Sentence
    morphemes: list[Morpheme] = field(init=False)
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    by_start: dict[int, int] = field(init=False)
    # the sentence's start in the body and its text: read on every lookup, so plain attributes
    offset: int = field(init=False)
    text: str = field(init=False)
    # what rules compute once per sentence and read many times (the morphemes'
    # lexicon forms, each word's core): filled on first use
    memo: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sentence = self.sentence
        self.offset = sentence.start
        self.text = sentence.text
        self.memo = {}
        self.morphemes = morphemes = sentence.morphemes
        self.starts = starts = list(map(_START, morphemes))
        self.ends = list(map(_END, morphemes))
        # each start's first morpheme: built from the right, so the leftmost one stays
        n = len(starts)
        self.by_start = dict(zip(reversed(starts), range(n - 1, -1, -1)))

    def forms(self) -> list[str]:
        """Each morpheme's form as the lexicons spell it (``form_key``), computed once."""
        forms = self.memo.get("forms")
        if forms is None:
            forms = self.memo["forms"] = list(map(form_key, map(_FORM, self.morphemes)))
        return forms

    def forms_as_written(self) -> list[str]:
        """Each morpheme's form as the analyzer gives it, computed once."""
        forms = self.memo.get("written")
        if forms is None:
            forms = self.memo["written"] = list(map(_FORM, self.morphemes))
        return forms

    def char(self, body_offset: int) -> str:
        """The character at a body offset ('' outside the sentence)."""
        i = body_offset - self.offset
        return self.text[i] if 0 <= i < len(self.text) else ""

    def slice(self, start: int, end: int) -> str:
        offset = self.offset
        return self.text[start - offset : end - offset]

    def first_index_at_or_after(self, body_offset: int) -> int:
        """Index of the first morpheme that ends after ``body_offset``."""
        return bisect_right(self.ends, body_offset)

    def last_index_before(self, body_offset: int) -> int:
        """Index of the last morpheme that starts before ``body_offset`` (-1 if none)."""
        return bisect_left(self.starts, body_offset) - 1

    def span_indices(self, start: int, end: int) -> tuple[int, int]:
        """First and last morpheme indices overlapping ``[start, end)``."""
        top = len(self.morphemes) - 1
        first = bisect_right(self.ends, start)
        if first > top:
            first = top  # a value after the last morpheme (text the analyzer left out): its last one
        last = bisect_left(self.starts, end) - 1
        if last < first:
            last = first
        return first, (last if last < top else top)

    def morpheme_starting_at(self, body_offset: int) -> Morpheme | None:
        i = self.by_start.get(body_offset)
        return self.morphemes[i] if i is not None else None

    def word_end(self, body_offset: int) -> int:
        """Body offset where the word (eojeol) containing ``body_offset`` ends."""
        i = body_offset - self.offset
        while i < len(self.text) and not self.text[i].isspace():
            i += 1
        return i + self.offset

    def word_start(self, body_offset: int) -> int:
        i = body_offset - self.offset
        while i > 0 and not self.text[i - 1].isspace():
            i -= 1
        return i + self.offset
