"""From a numeral to a value: its unit, range, duration chain, bound and interval.

``Composer.complete`` takes a numeral already read (see ``numerals.py``) and looks
to its right for a unit (``개``, ``원``, ``%``, ``배``, ``년``), a range (``~4년``),
a suffix (``대``, ``위권``, ``간``) and a bound word (``이상``, ``넘게``), and to
its left for a bound prefix (``약``, ``최대``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from daejo.models import Value
from daejo.values.intervals import (
    rounded_precision,
    HALF,
    Interval,
    bound_interval,
    step_interval,
    to_number,
)
from daejo.values.lexicon import Lexicon
from daejo.values.numerals import Numeral, scan_numeral, trailing_zero_step
from daejo.values.units import Unit, UnitTable

# the rule of a round tens with 대 read as an age group (`20대 남성`): extraction reads an age
# group before a share as the share's label (extract/frames.py)
AGE_GROUP_RULE = "age-group"
KIND_BY_UNIT = {"quantity": "quantity", "money": "money", "percent": "percent", "ratio": "ratio", "duration": "duration"}
YEAR_LOW, YEAR_HIGH = 1000, 2199


@dataclass(slots=True)
class Draft:
    """A value being assembled; ``end`` grows as suffixes are read."""

    kind: str
    start: int
    end: int
    value: Decimal | None
    unit: str | None
    rule: str
    bound: str = "exact"
    interval: Interval | None = None
    issues: list[str] = field(default_factory=list)
    prefix_bound: str | None = None
    precision: Decimal | None = None  # of the last written digit, in ``unit``
    last_coef: Decimal | None = None  # of the last numeral of a chain ("2달러 50센트"), for rounding

    def to_value(self, text: str) -> Value:
        iv = self.interval or Interval(None, None)
        return Value(
            kind=self.kind,  # type: ignore[arg-type]
            text=text[self.start : self.end],
            start=self.start,
            end=self.end,
            value=to_number(self.value),
            unit=self.unit,
            bound=self.bound,  # type: ignore[arg-type]
            low=to_number(iv.low),
            high=to_number(iv.high),
            issues=list(self.issues),
            rule=self.rule,
        )


def is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def is_year(numeral: Numeral, text: str) -> bool:
    """A calendar year (``2020년``, ``이천이십년``) belongs to the time recogniser."""
    if numeral.value is None or not (YEAR_LOW <= numeral.value <= YEAR_HIGH):
        return False
    written = text[numeral.start : numeral.end]
    return numeral.hangul_only or (written.isdigit() and len(written) == 4)


def bound_suffix_at(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """The bound word after a value ending at ``pos`` (``이상``, ``가량``, ``을 넘는``)
    and where it ends, or None."""
    for skip in ("", " "):
        p = pos + len(skip)
        if skip and text[pos : pos + 1] != " ":
            continue
        word = lex.suffix_index.match(text, p)
        if word is not None and word not in lex.particle_only and not _word_continues(text, p + len(word), word, lex):
            if word in lex.unit_only and (skip or text[pos - 1 : pos].isdigit()):
                return None  # `1급 감염병`: a class's number, no size told roughly
            return lex.suffix_bounds[word], p + len(word)
        if skip:
            continue
        for particle in lex.verb_particles:
            if text.startswith(particle, p):
                q = p + len(particle) + (1 if text[p + len(particle) : p + len(particle) + 1] == " " else 0)
                word = lex.suffix_index.match(text, q)
                if word is not None and word in lex.verb_suffixes:
                    return lex.suffix_bounds[word], q + len(word)
    return None


def _word_continues(text: str, end: int, word: str, lex: Lexicon) -> bool:
    """``이상한`` is not ``이상``: a noun-like bound word must end there, or go on with a
    particle or the copula (``이상이다``, ``이하다``, ``초과였다``, ``이상입니다``)."""
    if word in lex.verb_suffixes or end >= len(text):
        return False
    if not is_hangul(text[end]) or lex.particle_index.match(text, end) is not None:
        return False
    if any(text.startswith(stem, end) for stem in lex.copula_stems):
        return False
    for ending in lex.copula_endings:
        after = end + len(ending)
        if text.startswith(ending, end) and (after >= len(text) or not is_hangul(text[after])):
            return False
    return True


_BOUND_WORDS: dict[int, tuple[Lexicon, tuple[list[str], list[str]]]] = {}


def _bound_words(lex: Lexicon) -> tuple[list[str], list[str]]:
    """The suffix and prefix bound words, longest first: sorted once per lexicon, not
    once per sentence (a Composer is built for every text scanned)."""
    known = _BOUND_WORDS.get(id(lex))
    if known is None or known[0] is not lex:
        words = (sorted(lex.suffix_bounds, key=len, reverse=True), sorted(lex.prefix_bounds, key=len, reverse=True))
        known = _BOUND_WORDS[id(lex)] = (lex, words)
    return known[1]


_NEEDLES: dict[int, tuple[Lexicon, list[str], tuple[tuple[str, str], ...]]] = {}


def _prefix_needles(lex: Lexicon, prefix_words: list[str]) -> tuple[tuple[str, str], ...]:
    known = _NEEDLES.get(id(lex))
    if known is None or known[0] is not lex or known[1] is not prefix_words:
        needles = tuple(
            (word + gap, word) for gap in (" ", "") for word in prefix_words if gap or word in lex.glued_prefixes
        )
        known = _NEEDLES[id(lex)] = (lex, prefix_words, needles)
    return known[2]


class Composer:
    def __init__(self, text: str, lex: Lexicon, units: UnitTable):
        self.text = text
        self.lex = lex
        self.units = units
        self.suffix_words, self.prefix_words = _bound_words(lex)

    # ------------------------------------------------------------------ entry

    def complete(
        self,
        numeral: Numeral,
        span_start: int,
        *,
        negative: bool = False,
        currency: str | None = None,
        rule: str = "digits",
        floor: int = 0,
    ) -> tuple[Draft | None, int]:
        """The value that ``numeral`` starts, and how far the text was read.

        ``floor`` is where the previous value ended: a prefix never reaches behind it.
        """
        text = self.text
        unit = self._shares(numeral, self.units.match(text, numeral.end))
        if unit is not None and unit.kind == "blocked":
            return None, unit.end
        if unit is not None and unit.code == "년" and is_year(numeral, text):
            return None, unit.end
        ranged = self._range(numeral, unit, span_start, rule)
        if ranged is not None:
            draft, read = ranged
            if draft is not None:
                self.apply_prefix(draft, floor)
            return draft, read
        draft = self.single_value(numeral, unit, span_start, negative, currency, rule)
        self._read_suffixes(draft, numeral, unit)
        self.apply_prefix(draft, floor)
        self.apply_bound(draft, numeral)
        return draft, draft.end

    def _shares(self, numeral: Numeral, unit: Unit | None) -> Unit | None:
        """``unit``, or shares where 주 after a number too large for weeks counts them
        (`1,450만주`, `421만3천주가`: rules/counters.yaml ``shares``)."""
        shares = self.lex.shares
        if shares is None or numeral.value is None or numeral.value < shares[1]:
            return unit
        word = shares[0]
        if unit is not None and not (unit.kind == "duration" and unit.code == word):
            return unit
        text = self.text
        pos = numeral.end + (1 if text[numeral.end : numeral.end + 1] == " " else 0)
        end = pos + len(word)
        if not text.startswith(word, pos):
            return unit
        if end < len(text) and is_hangul(text[end]) and self.lex.particle_index.match(text, end) is None:
            return None  # `1만 주민`: another word (and no thousand weeks either)
        return Unit("quantity", word, word, pos, end)

    # ------------------------------------------------------------------ single values

    def single_value(
        self, numeral: Numeral, unit: Unit | None, start: int, negative: bool, currency: str | None, rule: str
    ) -> Draft:
        value = numeral.value
        if value is not None and negative:
            value = -value
        end = numeral.end
        kind, code = "number", None
        precision = numeral.precision
        if unit is not None and unit.kind == "scale":
            if currency is not None and value is not None and precision is not None:
                value, precision = value * unit.scale, precision * unit.scale
            end, unit = unit.end, None
        if currency is not None:
            kind, code = "money", currency
        elif unit is not None:
            kind, code, end = KIND_BY_UNIT[unit.kind], unit.code, unit.end
            if code in self.lex.ordinal_counters:
                precision = Decimal(1)  # "10만 번째": a place, exact
            if unit.kind == "money" and unit.scale != 1 and value is not None and precision is not None:
                value, precision = value * unit.scale, precision * unit.scale  # "10센트" = 0.1 USD
        draft = Draft(kind, start, end, value, code, rule, precision=precision)
        if numeral.issue:
            draft.issues.append(numeral.issue)
        return draft

    def _read_suffixes(self, draft: Draft, numeral: Numeral, unit: Unit | None) -> None:
        text = self.text
        if unit is None or draft.value is None:
            return
        if unit.kind == "duration":
            self._duration_chain(draft, numeral, unit)
            self._more_than_whole_units(draft)
            if text.startswith(self.lex.duration_suffix, draft.end):
                draft.end += len(self.lex.duration_suffix)
            return
        if unit.kind == "money" and unit.scale == 1:
            self._money_chain(draft, unit)
        if unit.code == self.lex.rank_unit and text.startswith(self.lex.rank_range_suffix, draft.end):
            draft.end += len(self.lex.rank_range_suffix)
            draft.bound, draft.rule = "at_most", "rank-range"
            draft.interval = Interval(Decimal(1), draft.value)
            return
        if self._age_group(draft, numeral, unit):
            return
        decade_ok = unit.kind == "money" or unit.code in self.lex.decade_after
        if decade_ok and text.startswith(self.lex.decade_suffix, draft.end) and not self._exception_at(draft.end):
            step = (numeral.precision or Decimal(1)) * trailing_zero_step(numeral.last_coef)
            draft.end += len(self.lex.decade_suffix)
            draft.bound, draft.rule = "range", "decade-range"
            draft.interval = step_interval(draft.value, step)

    def _money_chain(self, draft: Draft, unit: Unit) -> None:
        """``2달러 23센트``, ``이달러이십삼센트`` -> 2.23 USD: a minor unit after its currency."""
        text, lex = self.text, self.lex
        pos = draft.end + (1 if text[draft.end : draft.end + 1] == " " else 0)
        ch = text[pos : pos + 1]
        if not ch or not ("0" <= ch <= "9" or ch in lex.digits or ch in lex.small_magnitudes):
            return
        minor, _read = scan_numeral(text, pos, lex)
        if minor is None or minor.value is None or minor.precision is None:
            return
        munit = self.units.match(text, minor.end, allow_space=False)
        if munit is None or munit.kind != "money" or munit.code != unit.code or munit.scale >= 1:
            return
        if minor.value * munit.scale >= 1 or draft.value is None:
            return  # "2달러 150센트" is no way to write an amount
        draft.value += minor.value * munit.scale
        draft.precision = minor.precision * munit.scale
        draft.last_coef = minor.last_coef
        draft.end, draft.rule = munit.end, "money-chain"

    def _age_group(self, draft: Draft, numeral: Numeral, unit: Unit) -> bool:
        """``20대 남성`` -> ages [20, 30): a round tens number, 대, then a person noun."""
        if unit.code != self.lex.decade_suffix or draft.value is None or numeral.has_magnitude:
            return False
        value = draft.value
        if not (10 <= value <= 90 and value % 10 == 0):
            return False
        pos = draft.end + (1 if self.text[draft.end : draft.end + 1] == " " else 0)
        if self.lex.age_group_index.match(self.text, pos) is None and self.lex.age_share_pattern.match(self.text, draft.end) is None:
            return False  # (`20대 남성`; `연령별로는 30대가 34.1%`: an age group's share)
        draft.unit, draft.bound, draft.rule = "세", "range", AGE_GROUP_RULE
        draft.interval = Interval(value, value + 9)
        return True

    def _exception_at(self, pos: int) -> bool:
        return self.lex.exception_index.match(self.text, pos) is not None

    def _duration_chain(self, draft: Draft, numeral: Numeral, unit: Unit) -> None:
        """``3년6개월`` -> 42 개월; ``2시간 30분`` -> 150 분."""
        total, size, precision = draft.value, unit.size, numeral.precision or Decimal(1)
        assert total is not None
        text = self.text
        while draft.value is not None:
            pos = draft.end + (1 if text[draft.end : draft.end + 1] == " " else 0)
            if not ("0" <= text[pos : pos + 1] <= "9"):
                break
            nxt, _read = scan_numeral(text, pos, self.lex)
            if nxt is None or nxt.value is None or nxt.has_magnitude:
                break
            nunit = self.units.match(text, nxt.end, allow_space=False)
            if nunit is None or nunit.kind != "duration" or nunit.chain != unit.chain or nunit.size >= size:
                break
            total = total * size / nunit.size + nxt.value
            size, precision = nunit.size, nxt.precision or Decimal(1)
            draft.value, draft.unit, draft.end, draft.rule = total, nunit.code, nunit.end, "duration-chain"
        draft.precision = precision
        self.half_unit(draft)

    def _more_than_whole_units(self, draft: Draft) -> None:
        """``5년여`` -> at least 5 years, less than 6; ``3시간여 만에`` -> [3, 4] 시간: `여`
        after a duration's unit, the word ending there or going on as after `반`."""
        text, lex = self.text, self.lex
        if draft.value is None or draft.bound != "exact" or not text.startswith(lex.duration_more, draft.end):
            return
        after = draft.end + len(lex.duration_more)
        if not self._ends_a_duration_word(after):
            return  # `3년여름`: another word
        draft.end = after
        draft.bound = "at_least"
        draft.interval = step_interval(draft.value, draft.precision or Decimal(1))

    def _ends_a_duration_word(self, pos: int) -> bool:
        """The hangul run from ``pos`` is empty or one of ``half_followers`` (a particle, or
        the start of a word of a span: `만에`, `동안`); a one-syllable one must be all of it."""
        text = self.text
        tail = pos
        while tail < len(text) and "가" <= text[tail] <= "힣":
            tail += 1
        rest = text[pos:tail]
        return not rest or any(rest == w or (len(w) > 1 and rest.startswith(w)) for w in self.lex.half_followers)

    def half_unit(self, draft: Draft) -> None:
        """``1년 반`` -> 1.5 년, ``두 시간 반`` -> 2.5 시간: half a unit after a duration,
        written to the half (precision 0.5)."""
        text, lex = self.text, self.lex
        if draft.unit not in lex.half_after_units or draft.value is None:
            return
        pos = draft.end + (1 if text[draft.end : draft.end + 1] == " " else 0)
        if not text.startswith(lex.half_word, pos):
            return
        after = pos + len(lex.half_word)
        if not self._ends_a_duration_word(after):
            return  # `1년 반대`, `3년 반도체`: another word
        draft.value += HALF
        draft.precision = HALF
        draft.end, draft.rule = after, "duration-half"

    # ------------------------------------------------------------------ ranges

    def _separator(self, pos: int) -> tuple[int, bool] | None:
        text = self.text
        p = pos + (1 if text[pos : pos + 1] == " " else 0)
        ch = text[p : p + 1]
        if ch and ch in self.lex.range_separators:
            q = p + 1 + (1 if text[p + 1 : p + 2] == " " else 0)
            return q, False
        if ch == "-" and p == pos:
            return p + 1, True
        return None

    def _range(self, first: Numeral, unit: Unit | None, start: int, rule: str) -> tuple[Draft | None, int] | None:
        """``80~90%``, ``3~4년``, ``2천만~3천만원``, ``5-6명``; None when there is no range."""
        if first.value is None or (unit is not None and unit.kind == "scale"):
            return None
        after = unit.end if unit is not None else first.end
        sep = self._separator(after)
        if sep is None:
            return None
        pos, hyphen = sep
        text = self.text
        if first.hangul_only or not ("0" <= text[pos : pos + 1] <= "9"):
            return None
        second, read = scan_numeral(text, pos, self.lex)
        if second is None or second.value is None:
            return None
        unit2 = self.units.match(text, second.end)
        if unit2 is not None and (unit2.kind == "blocked" or (unit2.code == "년" and is_year(second, text))):
            return None, unit2.end  # "2020~2021년", "3~4월": calendar, not ours
        if hyphen and (unit is not None or unit2 is None or text[second.end : second.end + 1] == "-"):
            return None
        if unit is not None and unit2 is not None and unit2.code != unit.code:
            return None
        final = unit or unit2
        low, high = first.value, second.value
        if unit is None and not first.has_magnitude and second.scale > 1 and low * second.scale <= second.value:
            low = low * second.scale  # "3~4억" = 3억 to 4억
        end = unit2.end if unit2 is not None else second.end
        kind = KIND_BY_UNIT.get(final.kind, "number") if final is not None else "number"
        if final is not None and final.kind == "money" and final.scale != 1:
            low, high = low * final.scale, high * final.scale  # "10~20센트"
        draft = Draft(kind, start, end, low, final.code if final else None, "range", bound="range")
        draft.interval = Interval(low, high)
        if low > high:  # never a silently computed number (module docstring)
            draft.issues.append("suspicious: range starts above its end")
            draft.value, draft.interval = None, Interval(None, None)
        return draft, end

    # ------------------------------------------------------------------ bounds

    def apply_prefix(self, draft: Draft, floor: int) -> None:
        """``약 3000억 개``: a bound word before the number, inside the span."""
        text, start = self.text, draft.start
        before = text[max(0, start - 2) : start]
        if not any(is_hangul(ch) for ch in before):
            return  # every prefix word is hangul
        # (word + gap, word): spaced first, then glued, longest first; a glued word only
        # where the lexicon allows it (what the loops over gaps and words tested)
        for needle, word in _prefix_needles(self.lex, self.prefix_words):
            begin = start - len(needle)
            if begin < floor or not text.startswith(needle, begin):
                continue
            if begin > 0 and is_hangul(text[begin - 1]):
                continue
            bound = self.lex.prefix_bounds[word]
            if draft.bound in ("exact", "range") or draft.rule == "vague":
                draft.start = begin
                draft.prefix_bound = bound
            return

    def _read_bound_suffix(self, draft: Draft) -> str | None:
        found = bound_suffix_at(self.text, draft.end, self.lex)
        if found is None:
            return None
        draft.end = found[1]
        return found[0]

    def apply_bound(self, draft: Draft, numeral: Numeral) -> None:
        if draft.value is None or draft.bound != "exact":
            return
        suffix = self._read_bound_suffix(draft)
        prefix = draft.prefix_bound
        precision = draft.precision or numeral.precision or Decimal(1)
        relative = self.lex.approx_relative
        bound = suffix or (prefix if prefix and prefix != "exact" else None)
        if bound is None and numeral.yeo_step is not None:
            draft.bound = "at_least"
            draft.interval = step_interval(draft.value, numeral.yeo_step)
            return
        draft.bound = bound or "exact"
        if draft.bound in ("exact", "approx") and self._written_round(draft, numeral):
            last_coef = draft.last_coef if draft.last_coef is not None else numeral.last_coef
            precision = rounded_precision(draft.value, precision * trailing_zero_step(last_coef), self.lex.rounded_relative)
        draft.interval = bound_interval(draft.bound, draft.value, precision, relative)

    def _written_round(self, draft: Draft, numeral: Numeral) -> bool:
        """Money, percentages and large counts are rounded by their writers; a
        count of people or things below ``rounded_counts_from`` is exact."""
        if draft.kind in ("money", "percent"):
            return True
        if draft.kind not in ("quantity", "number") or draft.value is None or draft.unit in self.lex.ordinal_counters:
            return False
        return abs(draft.value) >= self.lex.rounded_counts_from
