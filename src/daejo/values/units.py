"""What follows a number: a counter, a currency, %, 배, a duration, or a word that
means the number is not a value of ours (an ordinal, a calendar date).

``UnitTable.match(text, pos)`` finds the longest unit written at ``pos``; it is a
dictionary look-up per candidate length, so its cost does not depend on the text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from daejo.values.lexicon import Lexicon

PERCENT = ("%", "％", "퍼센트")
PERCENT_POINTS = ("%p", "%P", "％p", "%포인트", "퍼센트포인트", "포인트")
RATIO = ("배",)
# the unit of a ratio to one (`58.9대 1`: a competition ratio, applicants per place)
COMPETITION = "대1"
# how far (characters) a word of competition may stand from a whole-number ratio to one
RATIO_REACH = 24
_DECIMAL_BEFORE = re.compile(r"\.\d+$")


class Unit(NamedTuple):
    """A unit written after a number, where it is written and what it normalises to."""

    kind: str  # quantity, money, percent, ratio, duration, blocked
    code: str  # normalised unit (counter, ISO code, "%", "%p", "배", duration unit)
    surface: str
    start: int
    end: int
    chain: str | None = None  # durations: "calendar" or "clock"
    size: int = 1  # durations: size in the chain's smallest step
    scale: Decimal = Decimal(1)  # money: an English scale word ("billion"), a minor unit ("센트": 0.01)


_CLAUSE_MARKS = ".,;:!?()[]\"'“”‘’·…\n"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


class UnitTable:
    """Longest-first matching of every unit surface form of the lexicon."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        table: dict[str, tuple[str, str]] = {}
        for word in lex.not_values:
            table[word] = ("blocked", word)
        for word, code in lex.quantity.items():
            table[word] = ("quantity", code)
        for word in lex.latin_units:
            table[word] = ("quantity", word)
        for word, (_chain, _size) in lex.durations.items():
            table[word] = ("duration", lex.duration_aliases.get(word, word))
        for word, code in lex.currency_words.items():
            table[word] = ("money", code)
        for word, (code, _size) in lex.minor_units.items():
            table[word] = ("money", code)
        for word in PERCENT:
            table[word] = ("percent", "%")
        for word in PERCENT_POINTS:
            table[word] = ("percent", "%p")
        for word in RATIO:
            table[word] = ("ratio", "배")
        # Entries that depend on the text around them, marked so that the others pay nothing:
        # a counter with its nouns ("위성 12기"), the fraction word ("3분의 1", "128분의").
        for word in lex.context_counters:
            table[word] = ("context", word)
        if lex.fraction_word in table:
            table[lex.fraction_word] = ("fraction", lex.fraction_word)
        self.table = table
        self.lengths = sorted({len(w) for w in table}, reverse=True)
        # the first letters of the units: a position starting none of them is looked up no further
        self.firsts = frozenset(w[0] for w in table if w)
        if "" in table:  # (never, but then every position could be one)
            self.firsts = None
        self.exceptions = lex.exception_index

    def match(self, text: str, pos: int, *, allow_space: bool = True) -> Unit | None:
        """The unit at ``pos``, or after one space there (``6000억 개``)."""
        unit = self._match_here(text, pos)
        if unit is None and allow_space and text[pos : pos + 1] == " ":
            unit = self._match_here(text, pos + 1)
            if unit is not None and unit.kind in ("blocked", "percent") and unit.code != "%p":
                return None  # "2020 년", "3 %" are too loose to trust
        return unit

    def _match_here(self, text: str, pos: int) -> Unit | None:
        if self.exceptions.match(text, pos) is not None:
            return None
        firsts = self.firsts
        if firsts is not None and text[pos : pos + 1] not in firsts:
            return self._scale_word(text, pos)
        for n in self.lengths:
            surface = text[pos : pos + n]
            entry = self.table.get(surface) if len(surface) == n else None
            if entry is None:
                continue
            end = pos + n
            if _is_latin(surface[-1]) and end < len(text) and (_is_latin(text[end]) or text[end].isdigit()):
                continue  # "5 GBs", "kmh": not our unit
            kind, code = entry
            if kind == "context":
                kind = "quantity" if self.counted_here(text, pos, end, surface) else "blocked"
            elif kind == "fraction":
                if not self.numerator_after(text, end):
                    continue  # "128분의 상영시간": minutes and a genitive, no fraction
                kind = "blocked"
            if surface in self.lex.score_words:
                ratio_end = self._to_one(text, pos, end)
                if ratio_end is not None:  # `58.9대 1`: a competition ratio
                    return Unit("ratio", COMPETITION, text[pos:ratio_end], pos, ratio_end)
            if surface in self.lex.score_words and end < len(text) and text[end].isdigit():
                while end < len(text) and text[end].isdigit():
                    end += 1
                return Unit("blocked", code, surface, pos, end)  # `5대3`: a score
            if surface in self.lex.score_words and (score_end := self._spaced_score(text, end)) is not None:
                return Unit("blocked", code, surface, pos, score_end)  # `3대 1로 이겼다`: a score
            if kind == "duration":
                chain, size = self.lex.durations[surface]
                return Unit(kind, code, surface, pos, end, chain=chain, size=size)
            if kind == "money" and surface in self.lex.minor_units:
                return Unit(kind, code, surface, pos, end, scale=self.lex.minor_units[surface][1])
            return Unit(kind, code, surface, pos, end)
        return self._scale_word(text, pos)

    def _to_one(self, text: str, pos: int, end: int) -> int | None:
        """`대 1`, `대1` (the score word at ``pos``..``end``) after a number: the end of a
        ratio to one (`58.9대 1의 경쟁률`), unless a digit, a decimal or a counter goes on
        (`5대 10`, `3대 1위`). A whole number to one is a ratio only near a word of
        competition (`28대 1의 경쟁률`); elsewhere it is a score (`2대 1로 이겼다`)."""
        i = end + 1 if text[end : end + 1] == " " else end
        if text[i : i + 1] != "1":
            return None  # (most `대` are vehicles: nothing more is read for them)
        after = text[i + 1 : i + 2]
        if after.isdigit() or after in ".,":
            return None
        if "가" <= after <= "힣" and self.lex.particle_index.match(text, i + 1) is None:
            return None  # `1위`, `1명`: a count of its own
        if _DECIMAL_BEFORE.search(text, max(0, pos - 12), pos) is None:
            window = text[max(0, pos - RATIO_REACH) : end + RATIO_REACH]
            if not any(w in window for w in self.lex.ratio_words):
                return None
        return i + 1

    def _spaced_score(self, text: str, end: int) -> int | None:
        """`대 1로`, `대 0으로` after a number (the score word ends at ``end``): the end of a
        score written with a space (`3대 1로 이겼다`), a number of at most two digits with a
        particle right after it; a counter after it (`3대 1시간`, `2대 1곳`) is none."""
        if text[end : end + 1] != " ":
            return None
        i = end + 1
        while i < len(text) and text[i].isdigit() and i - end <= 2:
            i += 1
        if i == end + 1 or (i < len(text) and text[i].isdigit()):
            return None
        return i if self.lex.particle_index.match(text, i) is not None else None

    def counted_here(self, text: str, pos: int, end: int, counter: str) -> bool:
        """``위성 12기``, ``위성을 모두 12기``: a counter that counts only after one of its
        nouns (``rules/counters.yaml``, ``context_counters``), in the same clause, and that
        ends its word (``12기가바이트`` is no count)."""
        lex = self.lex
        if end < len(text) and "가" <= text[end] <= "힣":
            particle = lex.particle_index.match(text, end)
            after = end + len(particle) if particle else end
            if particle is None or (after < len(text) and "가" <= text[after] <= "힣"):
                return False
        nouns, window = lex.context_counters[counter]
        before = text[max(0, pos - window) : pos]
        cut = max(before.rfind(ch) for ch in _CLAUSE_MARKS)
        before = before[cut + 1 :]
        for noun in nouns:
            i = before.find(noun)
            while i >= 0:
                j = i + len(noun)
                nxt = before[j : j + 1]
                if not nxt or not ("가" <= nxt <= "힣") or lex.particle_index.match(before, j) is not None:
                    return True
                i = before.find(noun, i + 1)
        return False

    def numerator_after(self, text: str, pos: int) -> bool:
        """A fraction's numerator starts at ``pos`` or after one space (``3분의 1``, ``사분의삼``)."""
        if text[pos : pos + 1] == " ":
            pos += 1
        ch = text[pos : pos + 1]
        return bool(ch) and ("0" <= ch <= "9" or ch in self.lex.digits or ch in self.lex.small_magnitudes)

    def _scale_word(self, text: str, pos: int) -> Unit | None:
        """``1.5 billion`` after a currency symbol: a scale, money code set by the caller."""
        if not _is_latin(text[pos : pos + 1] or "0"):
            return None
        for word, factor in self.lex.scale_words.items():
            end = pos + len(word)
            if text.startswith(word, pos) and not (end < len(text) and _is_latin(text[end])):
                return Unit("scale", word, word, pos, end, scale=Decimal(factor))
        return None
