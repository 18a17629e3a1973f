"""Numeric values in Korean news text: numbers, quantities, money, percentages,
ratios, ranks and durations (every dimension of the values stage but time).

``recognise_numeric(text)`` returns ``models.Value`` objects, sorted and
non-overlapping, each pointing into ``text`` by ``start``/``end``.

Conventions (a contract with extraction and reconciliation):

* kind ``number``: no unit. ``quantity``: unit is the counter as written,
  normalised (``개``, ``명``, ``곳``, ``개사``, ``km``; see ``rules/counters.yaml``).
  ``percent``: unit ``%`` with the value in percent (``12.5%`` -> 12.5), or
  ``%p`` for percentage points (``%p``, ``포인트``). ``ratio``: unit ``배``, or
  ``대1`` for a ratio to one (``58.9대 1의 경쟁률``; a whole number to one only near a
  word of competition, else ``2대1`` is a score).
  ``money``: an ISO 4217 code, the value in the currency's base unit
  (``1천127억원`` -> 112700000000 KRW). A rank is a quantity with unit ``위``; an
  ordinal (``세 번째``, ``17번째``, ``첫 번째`` = 1) a quantity with unit ``번째``, exact.
  ``duration``: the smallest unit written (``3년6개월`` -> 42 개월, ``2시간 18분의`` -> 138
  분); a running one without its 째 (``12일째`` and ``열흘째`` -> days, ``두 달째``).
  ``기`` counts only after a noun of its list (``위성 12기``; ``1기 신도시`` is nothing).
  ``주`` is weeks below a thousand and shares from a thousand up (``1,450만주``).
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
* Hangul numerals: ``이천오백``, decimals ``삼점사`` (3.4, also ``쩜``; a lone
  ``이`` after ``점`` is the particle of ``구십일점이``), signs ``마이너스삼`` (-3);
  native words of their own (``서른다섯``, ``열하나``) where the word ends; before a
  currency ``십달러``, ``백원``, ``구파운드``, ``이달러이십삼센트`` (cents add to
  their dollars). A text that is a single numeral word (``하나``, ``영``, ``열한``)
  is that number. ISO codes may come first (``EUR 20``).
* A malformed numeral (``3조6000조``, ``5억3억``, a numeral of thousands of
  digits) yields a value with ``issues == ["suspicious: ..."]`` and
  ``value``/``low``/``high`` None: never a silently computed number.
* Not values: digits glued to Latin letters or to a word (``GPT-3``, ``5G``,
  ``뉴스1``, ``A380``, ``v2.1``), ordinal prefixes and suffixes other than 번째 (``4차``,
  ``제2회``, ``10회째``), birth orders (``첫째``), places naming a week (``두 번째 주``),
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
from daejo.values.compose import Composer, Draft, bound_suffix_at, is_hangul
from daejo.values.intervals import HALF, Interval, bound_interval, vague_interval
from daejo.values.lexicon import Lexicon, WordIndex, load_lexicon
from daejo.values.numerals import Numeral, evaluate, scan_numeral, tokenize
from daejo.values.units import UnitTable

__all__ = ["recognise_numeric"]

# Exact arithmetic on numerals of up to ``max_digits`` digits times 경s.
_PRECISION = 200
_RUN_CHARS = frozenset("0123456789.,-_:/")
_SLASH_FRACTION = re.compile(r"([0-9]{1,2})/([0-9]{1,2})(?![0-9/.,:])")


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
    natives = list(lex.native_ranges) + list(lex.native_alone) + list(lex.native_ordinal_words) + list(lex.native_counter_words)
    tens = "|".join(sorted(lex.native_tens, key=len, reverse=True))
    units = "|".join(sorted(lex.native_units, key=len, reverse=True))
    native = re.compile(
        "(?:" + "|".join(sorted(natives, key=len, reverse=True)) + f")|(?:{tens})(?:{units})?|(?:{units})"
    )
    firsts = set(lex.digits) | set(lex.small_magnitudes) | set(lex.big_magnitudes) | set(lex.vague_prefixes)
    firsts |= {w[0] for w in list(lex.native_units) + list(lex.native_tens) + natives}
    symbols = "".join(re.escape(s) for s in lex.currency_prefixes)
    # words rather than letters where the letter is common (과, 영): "과반", "영점오"
    words = [re.escape(w) for w in sorted(lex.sign_words) + sorted(lex.fraction_words)]
    zeros, points = "".join(lex.decimal_zero_digits), "".join(p[0] for p in lex.decimal_points)
    if zeros and points:
        words.append(f"[{zeros}](?=[{points}])")
    candidate = re.compile(rf"[0-9]|[{''.join(sorted(firsts))}]|[-−+]|[{symbols}]|{'|'.join(words)}")
    return candidate, native


@functools.lru_cache(maxsize=1)
def _first_chars() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """First characters of sign words, of currency words and of native number words: a
    cheap test before a look-up that mostly fails."""
    lex = load_lexicon()
    money = {w[0] for w in list(lex.currency_words) + list(lex.minor_units)}
    natives = {w[0] for w in _native_words()[1]}
    return frozenset(w[0] for w in lex.sign_words), frozenset(money), frozenset(natives)


@functools.lru_cache(maxsize=1)
def _fraction_index() -> WordIndex:
    return WordIndex(list(load_lexicon().fraction_words))


@functools.lru_cache(maxsize=1)
def _native_words() -> tuple[re.Pattern[str], dict[str, int]]:
    """Native numbers as words of their own: the running-text pattern (``서른다섯``,
    ``열하나``, ``스물``) and every form a whole text may be (``하나``, ``한``, ``영``)."""
    lex = load_lexicon()
    tens = dict(lex.native_tens)
    standalone = dict(lex.native_standalone_units)
    compounds = {t + u: tv + uv for t, tv in tens.items() for u, uv in standalone.items()}
    alone = {t: v for t, v in tens.items() if t not in lex.native_tens_ambiguous}
    running = {**compounds, **alone}
    words = "|".join(sorted(running, key=len, reverse=True))
    whole = {**lex.zero_words, **lex.digits, **standalone, **lex.native_units, **tens, **lex.native_alone, **compounds}
    whole.update({t + u: tv + uv for t, tv in tens.items() for u, uv in lex.native_units.items()})  # 열한, 쉰두
    whole.update({"십" + u: 10 + uv for u, uv in standalone.items()})  # 십하나
    return re.compile(f"(?:{words})"), {**whole, **running}


class _Scanner:
    def __init__(self, text: str, lex: Lexicon, units: UnitTable):
        self.text = text
        self.lex = lex
        self._fraction_index = _fraction_index()
        self._sign_firsts, self._money_firsts = _first_chars()[:2]
        self.units = units
        self.composer = Composer(text, lex, units)
        self.candidate, self.native = _patterns()
        self.floor = 0  # end of the last value (or skipped run)

    def run(self) -> list[Draft]:
        whole = self._whole_word()
        if whole is not None:
            return [whole]
        out: list[Draft] = []
        ordinals = self.lex.ordinal_counters
        for m in self.candidate.finditer(self.text):
            pos = m.start()
            if pos < self.floor:
                continue
            draft, read = self._at(pos)
            if draft is not None and draft.unit in ordinals and self._calendar_place(draft.end):
                draft, read = None, draft.end  # "3월 두 번째 주": a date's part
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
            if "/" in text[pos + 1 : pos + 3] and (slash := _SLASH_FRACTION.match(text, pos)) is not None:
                if self._left_context_ok(pos, pos) and (draft := self._slash_fraction(slash)) is not None:
                    return draft, draft.end
            if pos > 1 and ("A" <= text[pos - 1] <= "Z" or (text[pos - 1] == " " and "A" <= text[pos - 2] <= "Z")):
                code_start = self._code_before(pos)
                if code_start is not None and code_start >= self.floor:
                    code = self.lex.currency_words[text[code_start : code_start + 3]]
                    return self._digit_led(pos, code_start, currency=code)
            return self._digit_led(pos, pos)
        if pos > 0 and "가" <= ch <= "힣" and text[pos - 1].isalnum():
            return None, pos  # inside a word (hangul letters are alphanumeric too)
        nxt = text[pos + 1 : pos + 2]
        if ch in "-−+":
            if "0" <= nxt <= "9" and self._sign_allowed(pos):
                return self._digit_led(pos + 1, pos, negative=ch != "+")
            return None, pos
        sign = next((w for w in self.lex.sign_words if text.startswith(w, pos)), None) if ch in self._sign_firsts else None
        if sign is not None:
            after = pos + len(sign) + (1 if text[pos + len(sign) : pos + len(sign) + 1] == " " else 0)
            if not self._sign_allowed(pos):
                return None, pos
            if "0" <= text[after : after + 1] <= "9":
                return self._digit_led(after, pos, negative=True)
            return self._signed_hangul(pos, after)
        if ch in self.lex.currency_prefixes:
            if "0" <= nxt <= "9":
                return self._digit_led(pos + 1, pos, currency=self.lex.currency_prefixes[ch])
            return None, pos
        if pos > 0 and (is_hangul(text[pos - 1]) or text[pos - 1].isalnum()):
            return None, pos
        attempts = _ATTEMPTS.get(ch)
        if attempts is None:
            attempts = _ATTEMPTS[ch] = _attempts(ch)
        for attempt in attempts:
            draft, read = attempt(self, pos)
            if draft is not None or read > pos:
                return draft, read
        return None, pos

    def _calendar_place(self, end: int) -> bool:
        """A week or a weekday after an ordinal (``두 번째 주``, ``첫 번째 월요일``)."""
        text = self.text
        pos = end + (1 if text[end : end + 1] == " " else 0)
        for word in self.lex.ordinal_calendar_words:
            if text.startswith(word, pos) and self._ends_word(pos + len(word)):
                return True
        return False

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
        fraction = self.text.startswith(self.lex.fraction_word, numeral.end)
        if fraction and span_start == start and self.units.numerator_after(self.text, numeral.end + len(self.lex.fraction_word)):
            return self._fraction(numeral, start)
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
        return unit is not None and unit.surface[0].isascii()  # "300km", "12km²"

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
        if unit is not None and (unit.kind in ("blocked", "scale") or unit.code in lex.ordinal_counters):
            return None, unit.end  # "수십 번째": no place to compare
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
        """``한 명``, ``두 배``, ``열두 곳``, ``스무 명``, ``두세 번``: native words before a counter;
        ``세 번째``, ``첫 번째``, ``두번째``: before an ordinal counter, spaced or not."""
        text, lex = self.text, self.lex
        m = self.native.match(text, pos)
        if m is None:
            return None, pos
        spaced = text[m.end() : m.end() + 1] == " "
        if not spaced and not any(text.startswith(c, m.end()) for c in lex.ordinal_counters):
            return None, pos  # "한국", "세계": a word (one look-up, not a unit match)
        unit = self.units.match(text, m.end() + spaced, allow_space=False)
        if unit is None or unit.kind not in ("quantity", "ratio", "duration", "blocked"):
            return None, pos
        word = m.group()
        if word in lex.native_counter_words and not text.startswith(lex.native_counter_words[word][1], m.end() + 1):
            return None, pos  # "석" counts only months ("석 달")
        ordinal = unit.code in lex.ordinal_counters
        if not ordinal and (not spaced or word in lex.native_ordinal_words):
            return None, pos  # "두번 다시" is left alone; "첫" counts only places
        if unit.kind == "blocked":
            return None, unit.end
        if text[unit.end : unit.end + 1] == "째" and unit.kind != "duration":
            return None, unit.end + 1  # "세 명째"; "두 달째" is a duration, as "2달째"
        low, high = self._native_value(word)
        draft = Draft(_KIND[unit.kind], pos, unit.end, low, unit.code, "native")
        if low != high:
            draft.bound, draft.interval = "range", Interval(low, high)
            return draft, draft.end
        numeral = Numeral(pos, m.end(), low, decimal.Decimal(1), decimal.Decimal(1), None, low, None, True, False, None)
        if unit.kind == "duration":
            self.composer.half_unit(draft)  # `한 시간 반`
        self.composer.apply_bound(draft, numeral)
        return draft, draft.end

    def _native_value(self, word: str) -> tuple[decimal.Decimal, decimal.Decimal]:
        lex = self.lex
        if word in lex.native_ordinal_words:
            v = decimal.Decimal(lex.native_ordinal_words[word])
            return v, v
        if word in lex.native_ranges:
            low, high = lex.native_ranges[word]
            return decimal.Decimal(low), decimal.Decimal(high)
        if word in lex.native_alone:
            v = decimal.Decimal(lex.native_alone[word])
            return v, v
        if word in lex.native_counter_words:
            v = decimal.Decimal(lex.native_counter_words[word][0])
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
            if first not in lex.decimal_zero_digits:
                return None, pos
        numeral, read = scan_numeral(text, pos, lex)
        if numeral is None:
            return None, pos
        if text.startswith(lex.fraction_word, numeral.end):
            return self._fraction(numeral, pos)  # "사분의삼"
        if not (numeral.has_magnitude or numeral.hangul_decimal):
            return (self.composer.complete(numeral, pos, rule="hangul", floor=self.floor)
                    if self._hangul_money(numeral, text[pos : numeral.end]) else (None, pos))
        written = text[numeral.start : numeral.end]
        if numeral.end == len(text) and numeral.start == 0:
            return self.composer.complete(numeral, pos, rule="hangul", floor=self.floor)
        if self._hangul_money(numeral, written):
            return self.composer.complete(numeral, pos, rule="hangul", floor=self.floor)
        if not numeral.has_magnitude and not self._ends_word(numeral.end) and self.units.match(text, numeral.end) is None:
            return None, max(read, pos + 1)  # "구파운드" is money; "삼점사이즈" nothing
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

    # ------------------------------------------------------------------ fractions

    def _fraction(self, den: Numeral, start: int) -> tuple[Draft | None, int]:
        """``3분의 1``, ``4분의3``, ``사분의삼``, ``삼분의 일``: a fraction, as a ratio."""
        text, lex = self.text, self.lex
        after = den.end + len(lex.fraction_word)
        pos = after + (1 if text[after : after + 1] == " " else 0)
        ch = text[pos : pos + 1]
        if not ch or not ("0" <= ch <= "9" or ch in lex.digits or ch in lex.small_magnitudes):
            return None, after  # "이분의 말씀": this person's words
        num, read = scan_numeral(text, pos, lex)
        if num is None or num.value is None or den.value is None or den.value <= 0 or den.issue:
            return None, max(read, after)
        if den.value != den.value.to_integral_value() or not (self._ends_word(num.end) or self._bound_at(num.end)):
            return None, max(read, after)
        nxt = text[num.end : num.end + 1]
        if nxt and nxt.isascii() and (nxt.isalnum() or nxt in "./"):
            return None, self._run_end(num.end)
        return self._ratio(start, num.end, num.value / den.value, "exact"), num.end

    def _slash_fraction(self, m: re.Match[str]) -> Draft | None:
        """``1/3``, ``3/4``: a proper fraction of small numbers (``9/11``, ``24/7`` are names,
        ``(1/3)`` a photo counter)."""
        text = self.text
        num, den = int(m.group(1)), int(m.group(2))
        if not (0 < num < den <= self.lex.slash_max_denominator) or "0" in (m.group(1)[0], m.group(2)[0]):
            return None
        if text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")":
            return None
        nxt = text[m.end() : m.end() + 1]
        if nxt.isascii() and nxt.isalpha():
            return None
        return self._ratio(m.start(), m.end(), decimal.Decimal(num) / decimal.Decimal(den), "exact")

    def _fraction_name(self, pos: int) -> tuple[Draft | None, int]:
        """``절반``, ``과반``: words that name a fraction (``절반의 성공`` is an idiom)."""
        lex, text = self.lex, self.text
        word = self._fraction_index.match(text, pos)
        if word is None:
            return None, pos
        end = pos + len(word)
        if any(text.startswith(idiom, pos) for idiom in lex.fraction_idioms):
            return None, end
        if not (self._ends_word(end) or self._bound_at(end)):
            return None, pos
        value, bound = lex.fraction_words[word]
        return self._ratio(pos, end, value, bound, rule="fraction-word"), end

    def _bound_at(self, pos: int) -> bool:
        return bound_suffix_at(self.text, pos, self.lex) is not None

    def _ratio(self, start: int, end: int, value: decimal.Decimal, bound: str, rule: str = "fraction") -> Draft:
        """A fraction as a ratio (unit 배). Written as a fraction it is a round figure:
        ±``rounded_relative`` of its value; a bound word before or after it counts."""
        lex = self.lex
        draft = Draft("ratio", start, end, value, "배", rule)
        found = bound_suffix_at(self.text, end, lex)
        self.composer.apply_prefix(draft, self.floor)
        if found is not None:
            bound, draft.end = found
        elif bound == "exact" and draft.prefix_bound not in (None, "exact"):
            bound = draft.prefix_bound
        draft.bound = bound
        draft.interval = bound_interval(bound, value, abs(value) * lex.rounded_relative * 2, lex.approx_relative)
        return draft

    def _hangul_money(self, numeral: Numeral, written: str) -> bool:
        """``십달러``, ``백원``, ``구파운드``, ``이천원``: a hangul amount before a currency.

        A lone digit takes only a currency word of two syllables or more (``일원``,
        ``사원``, ``이불`` are words), a lone myriad only 만 (``조원`` is a name), and the
        word must end after the currency (``백원우`` and ``만원사례`` are not money).
        """
        lex, text = self.lex, self.text
        nxt = text[numeral.end : numeral.end + 1]
        if nxt == " ":
            nxt = text[numeral.end + 1 : numeral.end + 2]
        if numeral.value is None or nxt not in self._money_firsts:
            return False
        unit = self.units.match(text, numeral.end)
        if unit is None or unit.kind != "money":
            return False
        if not numeral.has_magnitude and not numeral.hangul_decimal and unit.surface in lex.short_currency_words:
            if not self._minor_unit_at(unit.end):
                return False  # "이불" is a blanket, "이불이십삼센트" 2.23 dollars
        if len(written) == 1 and written in lex.big_magnitudes and numeral.value > lex.big_magnitudes["만"]:
            return False
        end = unit.end
        followed = any(text.startswith(w, end) for w in lex.hangul_money_followers)
        if not followed and any(text.startswith(w, numeral.start) for w in lex.hangul_not_money):
            return False  # "만원 관중", "이유로"
        if followed or self._ends_word(end) or lex.suffix_index.match(text, end) is not None:
            return True
        return self.units.match(text, end, allow_space=False) is not None  # "이달러이십삼센트"

    def _minor_unit_at(self, pos: int) -> bool:
        """A hangul amount of a minor unit (``이십삼센트``) starts at ``pos``."""
        text, lex = self.text, self.lex
        if text[pos : pos + 1] not in lex.digits and text[pos : pos + 1] not in lex.small_magnitudes:
            return False
        minor, _read = scan_numeral(text, pos, lex)
        unit = self.units.match(text, minor.end, allow_space=False) if minor is not None else None
        return unit is not None and unit.kind == "money" and unit.scale < 1

    def _code_before(self, start: int) -> int | None:
        """Where an ISO code written before the amount starts (``EUR 20``, ``USD1,500``)."""
        text = self.text
        for gap in (0, 1):
            begin = start - gap - 3
            if begin < 0 or (gap and text[start - 1] != " "):
                continue
            if text[begin : begin + 3] in self.lex.prefix_codes and not (begin > 0 and text[begin - 1].isalnum()):
                return begin
        return None

    def _signed_hangul(self, pos: int, start: int) -> tuple[Draft | None, int]:
        """``마이너스삼``, ``마이너스 삼점오``: a sign word before a hangul numeral."""
        lex, text = self.lex, self.text
        first = text[start : start + 1]
        if not first or not (
            first in lex.digits or first in lex.small_magnitudes or first in lex.big_magnitudes
            or first in lex.decimal_zero_digits
        ):
            return None, pos
        numeral, read = scan_numeral(text, start, lex)
        if numeral is None or (self.units.match(text, numeral.end) is None and not self._ends_word(numeral.end)):
            return None, pos  # "마이너스 이자": a word, not a number
        return self.composer.complete(numeral, pos, negative=True, rule="hangul", floor=self.floor)

    def _native_word(self, pos: int) -> tuple[Draft | None, int]:
        """``서른다섯``, ``열하나``, ``아흔셋``, ``스물``: a native number as a word of its own."""
        pattern, values = _native_words()
        m = pattern.match(self.text, pos)
        if m is None or not self._word_ends(m.end()):
            return None, pos
        value = decimal.Decimal(values[m.group()])
        numeral = Numeral(pos, m.end(), value, decimal.Decimal(1), decimal.Decimal(1), None, value, None, True, False, None)
        return self.composer.complete(numeral, pos, rule="native-word", floor=self.floor)

    def _whole_word(self) -> Draft | None:
        """A text that is one numeral word and nothing else (``열하나``, ``영``, ``일``,
        ``한``, ``십하나``): read as the number it names. A value typed alone (``daejo
        parse 열하나``, a pinned value) has no context that could make it a word."""
        text = self.text
        if len(text) > 24:
            return None  # no numeral word is that long, even with spaces around it
        word = text.strip()
        if not word:
            return None
        value = _native_words()[1].get(word)
        if value is None:
            return None
        start = text.index(word)
        return Draft("number", start, start + len(word), decimal.Decimal(value), None, "whole-word",
                     interval=Interval(decimal.Decimal(value) - HALF, decimal.Decimal(value) + HALF))

    def _word_ends(self, end: int) -> bool:
        """End of text, a non-hangul character, or a particle that itself ends the word
        (``하나은행`` is a bank: 은 there is no particle)."""
        text = self.text
        if end >= len(text) or not is_hangul(text[end]):
            return True
        particle = self.lex.particle_index.match(text, end)
        if particle is None:
            return False
        after = end + len(particle)
        return after >= len(text) or not is_hangul(text[after])

    def _ends_word(self, end: int) -> bool:
        """End of text, a non-hangul character, or a particle."""
        if end >= len(self.text) or not is_hangul(self.text[end]):
            return True
        return self.lex.particle_index.match(self.text, end) is not None


_KIND = {"quantity": "quantity", "ratio": "ratio", "duration": "duration"}


_ATTEMPTS: dict[str, tuple] = {}  # _attempts by letter, filled as letters are met


def _attempts(ch: str) -> tuple:
    """The readers that may start at a hangul letter, in order (the others cannot: each
    needs one of a few first letters), so that a letter costs one look-up, not five calls."""
    lex = load_lexicon()
    native = set(lex.native_units) | set(lex.native_tens) | set(lex.native_alone) | set(lex.native_ranges)
    native |= set(lex.native_ordinal_words) | set(lex.native_counter_words)
    hangul = set(lex.digits) | set(lex.small_magnitudes) | set(lex.big_magnitudes) | set(lex.decimal_zero_digits)
    table = (
        (_Scanner._fraction_name, {w[0] for w in lex.fraction_words}),
        (_Scanner._vague, set(lex.vague_prefixes)),
        (_Scanner._native, {w[0] for w in native}),
        (_Scanner._native_word, set(_first_chars()[2])),
        (_Scanner._hangul, hangul),
    )
    return tuple(reader for reader, firsts in table if ch in firsts)
