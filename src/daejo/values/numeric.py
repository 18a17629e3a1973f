"""Numeric values in Korean news text: numbers, quantities, money, percentages,
ratios, ranks and durations (every dimension of the values stage but time).

``recognise_numeric(text)`` returns ``models.Value`` objects, sorted and
non-overlapping, each pointing into ``text`` by ``start``/``end``.

Conventions (a contract with extraction and reconciliation):

* kind ``number``: no unit. ``quantity``: unit is the counter as written,
  normalised (``개``, ``명``, ``곳``, ``개사``, ``km``; see ``rules/counters.yaml``).
  ``percent``: unit ``%`` with the value in percent (``12.5%`` -> 12.5), or
  ``%p`` for percentage points (``%p``, ``포인트``). ``ratio``: unit ``배``.
  ``money``: an ISO 4217 code, the value in the currency's base unit
  (``1천127억원`` -> 112700000000 KRW). A rank is a quantity with unit ``위``.
  ``duration``: the smallest unit written (``3년6개월`` -> 42 개월).
* ``value`` is an int when integral, else a float; it is computed exactly
  (``1.5조`` -> 1500000000000).
* ``bound`` and ``[low, high]`` (None = open on that side):
  exact -- half a step of the last written digit (``6천억`` -> [5500억, 6500억],
  ``6000억`` -> [5999.5억, 6000.5억]); approx (``약``, ``가량``, ``정도`` ...)
  -- ±10 % of the value, never narrower than the precision; ``여`` (``70여 명``,
  ``2천여억원``) -- at_least, [value, value + one step where 여 is written];
  ``이상``/``최소`` -- at_least [v, None]; ``이하``/``최대`` -- at_most [None, v];
  ``초과``/``넘게``/``웃도는`` -- more_than [v, None]; ``미만``/``밑도는`` --
  less_than [None, v]; ``무려`` is emphasis only (outside the span, bound exact);
  ranges (``80~90%``, ``3~4억``, ``5-6명``), ``500억원대`` and ``64점대`` --
  range, value = the low end; ``수천억``/``몇백`` -- approx, [2, 9] units of
  that place, value = the low end; ``10위권`` -- at_most [1, 10].
* A malformed numeral (``3조6000조``, ``5억3억``, a numeral of thousands of
  digits) yields a value with ``issues == ["suspicious: ..."]`` and
  ``value``/``low``/``high`` None: never a silently computed number.
* Not values: digits glued to Latin letters or to a word (``GPT-3``, ``5G``,
  ``뉴스1``, ``A380``, ``v2.1``), ordinals (``4차``, ``세 번째``, ``제2회``),
  calendar expressions left to the time recogniser (``2020년``, ``12월``,
  ``1976년생``, ``2000년대``, ``4분기``), generations (``2030세대``), and dates,
  clock times and phone numbers (``2021/05/17``, ``16:10``, ``010-1234-5678``).

The scan is a single pass over candidate starts; every candidate either becomes a
value or is skipped together with the run it belongs to, so the cost is linear in
the length of the text.
"""

from __future__ import annotations

import decimal
import functools
import re

from daejo.models import Value
from daejo.values.compose import Composer, Draft, is_hangul
from daejo.values.intervals import Interval, vague_interval
from daejo.values.lexicon import Lexicon, load_lexicon
from daejo.values.numerals import Numeral, evaluate, scan_numeral, tokenize
from daejo.values.units import UnitTable

__all__ = ["recognise_numeric"]

# Exact arithmetic on numerals of up to ``max_digits`` digits times 경s.
_PRECISION = 200
_RUN_CHARS = frozenset("0123456789.,-_:/")


def recognise_numeric(text: str) -> list[Value]:
    """Every numeric value in ``text`` (not times), sorted, non-overlapping."""
    with decimal.localcontext() as ctx:
        ctx.prec = _PRECISION
        drafts = _Scanner(text, load_lexicon(), _unit_table()).run()
        return [d.to_value(text) for d in drafts]


@functools.lru_cache(maxsize=1)
def _unit_table() -> UnitTable:
    return UnitTable(load_lexicon())


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = load_lexicon()
    natives = list(lex.native_ranges) + list(lex.native_alone)
    tens = "|".join(sorted(lex.native_tens, key=len, reverse=True))
    units = "|".join(sorted(lex.native_units, key=len, reverse=True))
    native = re.compile(
        "(?:" + "|".join(sorted(natives, key=len, reverse=True)) + f")|(?:{tens})(?:{units})?|(?:{units})"
    )
    firsts = set(lex.digits) | set(lex.small_magnitudes) | set(lex.big_magnitudes) | set(lex.vague_prefixes)
    firsts |= {w[0] for w in list(lex.native_units) + list(lex.native_tens) + natives}
    symbols = "".join(re.escape(s) for s in lex.currency_prefixes)
    candidate = re.compile(rf"[0-9]|[-−+]|마이너스|[{symbols}]|[{''.join(sorted(firsts))}]")
    return candidate, native


class _Scanner:
    def __init__(self, text: str, lex: Lexicon, units: UnitTable):
        self.text = text
        self.lex = lex
        self.units = units
        self.composer = Composer(text, lex, units)
        self.candidate, self.native = _patterns()
        self.floor = 0  # end of the last value (or skipped run)

    def run(self) -> list[Draft]:
        out: list[Draft] = []
        for m in self.candidate.finditer(self.text):
            pos = m.start()
            if pos < self.floor:
                continue
            draft, read = self._at(pos)
            if draft is not None:
                out.append(draft)
                self.floor = max(draft.end, pos + 1)
            elif read > pos:
                self.floor = read
        return out

    # ------------------------------------------------------------------ dispatch

    def _at(self, pos: int) -> tuple[Draft | None, int]:
        text = self.text
        ch = text[pos]
        if "0" <= ch <= "9":
            return self._digit_led(pos, pos)
        nxt = text[pos + 1 : pos + 2]
        if ch in "-−+":
            if "0" <= nxt <= "9" and self._sign_allowed(pos):
                return self._digit_led(pos + 1, pos, negative=ch != "+")
            return None, pos
        if text.startswith("마이너스", pos):
            after = pos + 4 + (1 if text[pos + 4 : pos + 5] == " " else 0)
            if "0" <= text[after : after + 1] <= "9" and self._sign_allowed(pos):
                return self._digit_led(after, pos, negative=True)
            return None, pos
        if ch in self.lex.currency_prefixes:
            if "0" <= nxt <= "9":
                return self._digit_led(pos + 1, pos, currency=self.lex.currency_prefixes[ch])
            return None, pos
        if pos > 0 and (is_hangul(text[pos - 1]) or text[pos - 1].isalnum()):
            return None, pos
        for attempt in (self._vague, self._native, self._hangul):
            draft, read = attempt(pos)
            if draft is not None or read > pos:
                return draft, read
        return None, pos

    def _sign_allowed(self, pos: int) -> bool:
        prev = self.text[pos - 1 : pos]
        return not prev or not (prev.isalnum() or prev in "-.")

    # ------------------------------------------------------------------ digits

    def _digit_led(
        self, start: int, span_start: int, *, negative: bool = False, currency: str | None = None
    ) -> tuple[Draft | None, int]:
        if not self._left_context_ok(start, span_start):
            return None, self._run_end(start)
        numeral, read = scan_numeral(self.text, start, self.lex)
        if numeral is None:
            return None, self._run_end(read)
        if not self._right_context_ok(numeral) or self._is_code(start, numeral):
            return None, self._run_end(numeral.end)
        draft, read = self.composer.complete(
            numeral, span_start, negative=negative, currency=currency, floor=self.floor
        )
        if draft is not None and self._is_name_number(draft, numeral):
            return None, read
        if draft is not None and draft.end == numeral.end and self._hyphen_digit(draft.end):
            return None, self._run_end(draft.end)  # 010-1234-5678, 2023-03-23
        return draft, read

    def _is_code(self, start: int, numeral: Numeral) -> bool:
        """A leading zero (``010``, ``007``) marks a code, not a quantity."""
        text = self.text
        return text[start] == "0" and numeral.end > start + 1 and "0" <= text[start + 1] <= "9"

    def _hyphen_digit(self, pos: int) -> bool:
        return self.text[pos : pos + 1] in ("-", "−") and "0" <= self.text[pos + 1 : pos + 2] <= "9"

    def _left_context_ok(self, start: int, span_start: int) -> bool:
        text = self.text
        if span_start != start:
            return True  # a sign or a currency symbol, already checked
        prev = text[start - 1] if start > 0 else ""
        if not prev or prev.isspace():
            return True
        if (prev.isascii() and prev.isalnum()) or prev in "._:/@#&":
            return False
        if prev in "-−" and start > 1 and text[start - 2].isascii() and text[start - 2].isalnum():
            return False  # GPT-3, COVID-19
        if is_hangul(prev):
            return any(self._glued_prefix(start, w) for w in self.lex.glued_prefixes)
        return True

    def _glued_prefix(self, start: int, word: str) -> bool:
        begin = start - len(word)
        return begin >= 0 and self.text.startswith(word, begin) and (begin == 0 or not is_hangul(self.text[begin - 1]))

    def _right_context_ok(self, numeral: Numeral) -> bool:
        """Digits glued to Latin letters are a name (``5G``, ``3D``) unless a unit (``300km``)."""
        nxt = self.text[numeral.end : numeral.end + 1]
        if not (nxt.isascii() and nxt.isalpha()):
            return True
        unit = self.units.match(self.text, numeral.end, allow_space=False)
        return unit is not None and unit.surface.isascii()

    def _is_name_number(self, draft: Draft, numeral: Numeral) -> bool:
        """``CVPR 2023``, ``Forum 2022``: a bare number after a Latin word names an edition."""
        if draft.kind != "number" or numeral.has_magnitude or draft.start != numeral.start:
            return False
        before = self.text[max(0, draft.start - 2) : draft.start]
        return len(before) == 2 and before[1] == " " and before[0].isascii() and before[0].isalpha()

    def _run_end(self, pos: int) -> int:
        text, n = self.text, len(self.text)
        while pos < n and (text[pos] in _RUN_CHARS or (text[pos].isascii() and text[pos].isalnum())):
            pos += 1
        return pos

    # ------------------------------------------------------------------ hangul

    def _vague(self, pos: int) -> tuple[Draft | None, int]:
        """``수천억 원``, ``수십 벌``, ``몇백 명``: some units of a place."""
        text, lex = self.text, self.lex
        if text[pos] not in lex.vague_prefixes or pos + 1 >= len(text):
            return None, pos
        if text[pos + 1] not in lex.small_magnitudes and text[pos + 1] not in lex.big_magnitudes:
            return None, pos
        tokens, end, problem = tokenize(text, pos + 1, lex, hangul_only=True)
        if problem or any(t.kind not in ("small", "big") for t in tokens):
            return None, pos
        place = evaluate(tokens, pos + 1, end, True)
        if place.value is None:
            return None, end
        unit = self.units.match(text, end)
        if unit is None and (len(tokens) < 2 or not self._ends_word(end)):
            return None, end  # "파라미터 수만 비교": 수 + 만 ("only"); "수백억 절감" is fine
        if unit is not None and unit.kind in ("blocked", "scale"):
            return None, unit.end
        low = place.value * lex.vague_low
        draft = self.composer.single_value(
            Numeral(pos, end, low, place.value, place.value, None, None, None, True, True, None),
            unit,
            pos,
            False,
            None,
            "vague",
        )
        draft.bound = "approx"
        draft.interval = vague_interval(place.value, lex.vague_low, lex.vague_high)
        return draft, draft.end

    def _native(self, pos: int) -> tuple[Draft | None, int]:
        """``한 명``, ``두 배``, ``열두 곳``, ``스무 명``, ``두세 번``: native words before a counter."""
        m = self.native.match(self.text, pos)
        if m is None or self.text[m.end() : m.end() + 1] != " ":
            return None, pos
        word = m.group()
        unit = self.units.match(self.text, m.end() + 1, allow_space=False)
        if unit is None or unit.kind not in ("quantity", "ratio", "duration", "blocked"):
            return None, pos
        if unit.kind == "blocked":
            return None, unit.end  # "세 번째": an ordinal
        if self.text[unit.end : unit.end + 1] == "째":
            return None, unit.end + 1
        low, high = self._native_value(word)
        draft = Draft(_KIND[unit.kind], pos, unit.end, low, unit.code, "native")
        if low != high:
            draft.bound, draft.interval = "range", Interval(low, high)
            return draft, draft.end
        numeral = Numeral(pos, m.end(), low, decimal.Decimal(1), decimal.Decimal(1), None, low, None, True, False, None)
        self.composer.apply_bound(draft, numeral)
        return draft, draft.end

    def _native_value(self, word: str) -> tuple[decimal.Decimal, decimal.Decimal]:
        lex = self.lex
        if word in lex.native_ranges:
            low, high = lex.native_ranges[word]
            return decimal.Decimal(low), decimal.Decimal(high)
        if word in lex.native_alone:
            v = decimal.Decimal(lex.native_alone[word])
            return v, v
        total = 0
        for tens, n in lex.native_tens.items():
            if word.startswith(tens):
                total, word = n, word[len(tens) :]
                break
        total += lex.native_units.get(word, 0)
        return decimal.Decimal(total), decimal.Decimal(total)

    def _hangul(self, pos: int) -> tuple[Draft | None, int]:
        """``이천오백 명``, ``백만 원``, ``구십``: hangul-only numerals, only where they can be nothing else."""
        lex, text = self.lex, self.text
        first = text[pos]
        if first not in lex.digits and first not in lex.small_magnitudes and first not in lex.big_magnitudes:
            return None, pos
        numeral, read = scan_numeral(text, pos, lex)
        if numeral is None or not numeral.has_magnitude:
            return None, pos
        written = text[numeral.start : numeral.end]
        if numeral.end == len(text) and numeral.start == 0:
            return self.composer.complete(numeral, pos, rule="hangul", floor=self.floor)
        if written in lex.hangul_stop_words or written[:-1] in lex.hangul_stop_words:
            return None, max(read, pos + 1)
        if len(written) == 1:
            # "천 명", "만 원": a lone magnitude is a number only before a spaced counter
            # ("조달", "조회", "천명" are words).
            unit = self.units.match(text, numeral.end + 1, allow_space=False) if text[numeral.end : numeral.end + 1] == " " else None
            if unit is None or unit.kind in ("blocked", "scale"):
                return None, max(read, pos + 1)
        elif len(written) == 2 and written[0] in lex.digits and written[1] in lex.big_magnitudes:
            # "구조", "오만", "팔만대장경": a digit and a myriad are a word unless a
            # currency or a spaced counter follows ("이억원", "삼만 명").
            unit = self.units.match(text, numeral.end)
            if unit is None or not (unit.kind == "money" or unit.start > numeral.end):
                return None, max(read, pos + 1)
        elif self.units.match(text, numeral.end) is None and not self._ends_word(numeral.end):
            return None, max(read, pos + 1)
        return self.composer.complete(numeral, pos, rule="hangul", floor=self.floor)

    def _ends_word(self, end: int) -> bool:
        """End of text, a non-hangul character, or a particle."""
        if end >= len(self.text) or not is_hangul(self.text[end]):
            return True
        return self.lex.particle_index.match(self.text, end) is not None


_KIND = {"quantity": "quantity", "ratio": "ratio", "duration": "duration"}
