"""Korean numerals: digits, Sino-Korean hangul and mixed forms, to an exact Decimal.

``scan_numeral`` reads one numeral starting at a position: ``6000``, ``1,234``,
``1.5조``, ``6천억``, ``1천750억``, ``2억5000만``, ``4억 5천만``, ``이천이십``,
``70여``, ``2천여억``, and hangul decimals (``삼점사`` = 3.4, ``사천백이십삼점삼``
= 4123.3, ``영점오`` = 0.5). It is a single left-to-right pass (no backtracking
regex), so its cost is linear in what it reads.

Besides the value it reports the *precision* (one step of the last written digit:
``6천억`` -> 천억, ``6000억`` -> 억), the *scale* (the magnitudes written after
the last coefficient: ``4억`` -> 억, used by ``3~4억``) and the step of ``여``.
A malformed numeral (``3조6000조``, ``5억3억``) is not computed: it carries an
``issue`` instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from daejo.values.lexicon import Lexicon

_ARABIC = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
# A numeral with more tokens than this is not a quantity anyone writes.
MAX_TOKENS = 40

ONE = Decimal(1)
ZERO = Decimal(0)


class Token(NamedTuple):
    """One piece of a numeral: a coefficient, a magnitude, a decimal fraction or ``여``."""

    kind: str  # "coef", "small", "big", "yeo"
    value: Decimal
    decimals: int
    surface: str
    start: int
    end: int


class Numeral(NamedTuple):
    """A numeral read from a text, with its value, precision and scale."""

    start: int
    end: int
    value: Decimal | None
    precision: Decimal | None  # one step of the last written digit
    scale: Decimal  # product of the magnitudes after the last coefficient
    yeo_step: Decimal | None  # set when "여" was written
    last_coef: Decimal | None  # the last written coefficient (for "대" steps)
    issue: str | None
    hangul_only: bool
    has_magnitude: bool
    ends_with_big: Decimal | None  # the final big magnitude, when the numeral ends on one
    hangul_decimal: bool = False  # hangul decimals were written ("삼점사")


def trailing_zero_step(coef: Decimal | None) -> Decimal:
    """10^k for the k trailing zeros of an integral coefficient (70 -> 10, 100 -> 100)."""
    if coef is None or coef == 0 or coef != coef.to_integral_value():
        return ONE
    n = int(coef)
    step = 1
    while n % 10 == 0:
        n //= 10
        step *= 10
    return Decimal(step)


def _arabic_token(text: str, pos: int, lex: Lexicon) -> tuple[Token | None, int, str | None]:
    """Digits with optional thousands separators and decimals; or why they are not a number."""
    m = _ARABIC.match(text, pos)
    assert m is not None
    raw = m.group()
    end = m.end()
    nxt = text[end : end + 2]
    if nxt[:1].isdigit() or (len(nxt) == 2 and nxt[0] in ",./:" and nxt[1].isdigit() and nxt[1].isascii()):
        return None, end, "compound"  # 1,23 / 2022.09.22 / 16:10 / 2021/05
    digits = raw.replace(",", "")
    ndigits = len(digits) - ("." in digits)
    if ndigits > lex.max_digits:
        return None, end, f"suspicious: numeral of {ndigits} digits is too long to be a value"
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return Token("coef", Decimal(digits), decimals, raw, pos, end), end, None


def tokenize(text: str, pos: int, lex: Lexicon, hangul_only: bool) -> tuple[list[Token], int, str | None]:
    """Tokens of one compact numeral (no spaces) starting at ``pos``."""
    tokens: list[Token] = []
    i, n = pos, len(text)
    digits, small, big = lex.digits, lex.small_magnitudes, lex.big_magnitudes
    while i < n and len(tokens) < MAX_TOKENS:
        ch = text[i]
        last = tokens[-1].kind if tokens else None
        if "0" <= ch <= "9" and not hangul_only:
            if last in ("coef", "yeo"):
                break
            tok, end, problem = _arabic_token(text, i, lex)
            if tok is None:
                return tokens, end, problem
            tokens.append(tok)
            i = end
        elif hangul_only and ch in digits:
            if last in ("coef", "yeo"):
                break
            tokens.append(Token("coef", Decimal(digits[ch]), 0, ch, i, i + 1))
            i += 1
        elif ch in small and last != "yeo":
            tokens.append(Token("small", Decimal(small[ch]), 0, ch, i, i + 1))
            i += 1
        elif ch in big:
            tokens.append(Token("big", Decimal(big[ch]), 0, ch, i, i + 1))
            i += 1
        elif ch == "여" and last is not None and not any(t.kind == "yeo" for t in tokens):
            tokens.append(Token("yeo", ONE, 0, ch, i, i + 1))
            i += 1
        elif hangul_only and (ch in lex.decimal_points or ch in lex.decimal_zero_digits):
            step = _hangul_decimal_step(text, i, lex, pos, tokens, last)
            if step is None:
                break
            i, more, problem = step
            if problem is not None:
                return tokens, i, problem
            if not more:
                break
        else:
            break
    if len(tokens) >= MAX_TOKENS:
        return tokens, _skip_numeral_chars(text, i, lex), "suspicious: numeral too long to be a value"
    return tokens, i, None


def _hangul_decimal_step(
    text: str, i: int, lex: Lexicon, pos: int, tokens: list[Token], last: str | None
) -> tuple[int, bool, str | None] | None:
    """Read a zero before a decimal point (``영점오``) or the decimals after one (``삼점사``)
    into ``tokens``: (where reading goes on, whether more tokens may follow, a problem);
    None when ``text[i]`` starts no such thing."""
    ch = text[i]
    if ch in lex.decimal_zero_digits:
        if last is not None or not hangul_decimals(text, i + 1, lex, pos):
            return None
        tokens.append(Token("coef", Decimal(0), 0, ch, i, i + 1))
        return i + 1, True, None
    if last not in ("coef", "small", "big"):
        return None
    found = hangul_decimals(text, i, lex, pos)
    if found is None:
        return None
    digits, end = found
    if hangul_decimals(text, end, lex, pos) is not None:
        return end, False, "compound"  # "삼점사점오": a version, not a number
    fraction = Decimal("0." + digits)
    if last == "coef":  # "삼점사": the decimals belong to the digit before them
        prev = tokens[-1]
        tokens[-1] = Token("coef", prev.value + fraction, len(digits), text[prev.start : end], prev.start, end)
        # no place after decimals ("삼점사십"), a myriad may follow ("일점오억")
        return end, not (end < len(text) and text[end] in lex.small_magnitudes), None
    tokens.append(Token("frac", fraction, len(digits), text[i:end], i, end))  # "십점오"
    return end, False, None


def hangul_decimals(text: str, i: int, lex: Lexicon, start: int) -> tuple[str, int] | None:
    """The decimals after a hangul decimal point at ``i`` (``점이삼`` -> ("23", end)), or None.

    A lone ``이`` after ``점`` is the subject particle (``구십일점이 최고``) unless the
    numeral that ``start`` begins is the whole text (after a sign word, if any).
    """
    point = next((p for p in lex.decimal_points if text.startswith(p, i)), None)
    if point is None:
        return None
    j = k = i + len(point)
    table = lex.decimal_digits
    while k < len(text) and text[k] in table:
        k += 1
    if k == j:
        return None
    if text[j:k] in lex.decimal_particles and (text[:start].strip() not in ("", *lex.sign_words) or text[k:].strip()):
        return None
    return "".join(str(table[c]) for c in text[j:k]), k


def _skip_numeral_chars(text: str, i: int, lex: Lexicon) -> int:
    chars = set(lex.digits) | set(lex.small_magnitudes) | set(lex.big_magnitudes) | set("0123456789,.여")
    n = len(text)
    while i < n and text[i] in chars:
        i += 1
    return i


@dataclass(slots=True)
class _State:
    """The running sums of ``evaluate`` while it reads a numeral's tokens."""

    total: Decimal = Decimal(0)
    group: Decimal = Decimal(0)
    coef: Decimal | None = None
    last_big: Token | None = None
    last_small: Token | None = None
    precision: Decimal = ONE
    scale: Decimal = ONE
    yeo: Decimal | None = None
    last_coef: Decimal | None = None
    issue: str | None = None

    def flag(self, message: str) -> None:
        if self.issue is None:
            self.issue = "suspicious: " + message


def _add_coef(st: _State, tok: Token) -> None:
    if st.yeo is not None:
        st.flag(f"digits {tok.surface} after 여")
    if st.last_small is not None and tok.value >= st.last_small.value:
        st.flag(f"digits {tok.surface} after {st.last_small.surface} overflow its place")
    st.coef = tok.value
    st.last_coef = tok.value
    st.precision = ONE.scaleb(-tok.decimals)
    st.scale = ONE


def _add_small(st: _State, tok: Token) -> None:
    if st.last_small is not None and tok.value >= st.last_small.value:
        st.flag(f"magnitude {tok.surface} after {st.last_small.surface} in one group; magnitudes must decrease")
    if st.coef is None:
        st.precision, st.scale, st.last_coef = ONE, ONE, ONE  # implicit one: "천" = 1000
    st.group += (st.coef if st.coef is not None else ONE) * tok.value
    st.coef = None
    st.precision *= tok.value
    st.scale *= tok.value
    st.last_small = tok


def _add_big(st: _State, tok: Token) -> None:
    implicit = st.coef is None and st.group == 0
    group = ONE if implicit else st.group + (st.coef or 0)
    if implicit:
        st.precision, st.scale, st.last_coef = ONE, ONE, ONE
    if st.last_big is not None:
        prev = st.last_big
        if tok.value == prev.value:
            st.flag(f"magnitude {tok.surface} after {prev.surface}; magnitudes must decrease (e.g. 3조6000억)")
        elif tok.value > prev.value:
            st.flag(f"magnitude {tok.surface} after smaller {prev.surface}; magnitudes must decrease")
        elif group * tok.value >= prev.value:
            st.flag(f"group {group}{tok.surface} overflows {prev.surface}")
    st.total += group * tok.value
    st.group = Decimal(0)
    st.coef = None
    st.last_small = None
    st.last_big = tok
    st.precision *= tok.value
    st.scale *= tok.value


def _add_yeo(st: _State) -> None:
    st.yeo = st.precision * (trailing_zero_step(st.coef) if st.coef is not None else ONE)


def evaluate(tokens: list[Token], start: int, end: int, hangul_only: bool) -> Numeral:
    st = _State()
    fraction = ZERO
    for tok in tokens:
        before_precision = st.precision
        if tok.kind == "coef":
            _add_coef(st, tok)
        elif tok.kind == "small":
            _add_small(st, tok)
        elif tok.kind == "big":
            _add_big(st, tok)
        elif tok.kind == "frac":  # decimals after a magnitude ("십점오")
            fraction, st.precision, st.scale, st.last_coef = tok.value, ONE.scaleb(-tok.decimals), ONE, None
            continue
        else:
            _add_yeo(st)
            continue
        if st.yeo is not None and tok.kind in ("small", "big"):
            st.yeo = st.yeo * (st.precision / before_precision) if before_precision else st.yeo
    if st.coef is not None and st.last_big is not None and st.coef >= st.last_big.value:
        st.flag(f"digits after {st.last_big.surface} overflow its place")
    value = st.total + st.group + (st.coef or 0) + fraction
    has_magnitude = any(t.kind in ("small", "big") for t in tokens)
    ends_with_big = tokens[-1].value if tokens and tokens[-1].kind == "big" else None
    return Numeral(
        start=start,
        end=end,
        value=None if st.issue else value,
        precision=None if st.issue else st.precision,
        scale=st.scale,
        yeo_step=st.yeo,
        last_coef=st.last_coef,
        issue=st.issue,
        hangul_only=hangul_only,
        has_magnitude=has_magnitude,
        ends_with_big=ends_with_big,
        hangul_decimal=hangul_only and st.precision < ONE,
    )


def scan_numeral(text: str, pos: int, lex: Lexicon) -> tuple[Numeral | None, int]:
    """The numeral at ``pos`` (or None) and the offset up to which the text was read.

    Groups separated by one space continue the numeral when the next group ends on
    a smaller myriad magnitude (``4억 5천만``), never otherwise (``2000억 3000명``).
    """
    hangul_only = not ("0" <= text[pos] <= "9")
    tokens, end, problem = tokenize(text, pos, lex, hangul_only)
    if problem == "compound":
        return None, end
    if problem is not None:
        return _flagged(pos, end, problem, hangul_only), end
    if not tokens:
        return None, max(end, pos + 1)
    while _continues_after_space(text, end, tokens, hangul_only, lex):
        more, more_end, more_problem = tokenize(text, end + 1, lex, hangul_only)
        if more_problem is not None or not _is_smaller_group(tokens, more, text, more_end):
            break
        tokens = tokens + more
        end = more_end
    return evaluate(tokens, pos, end, hangul_only), end


def _flagged(start: int, end: int, problem: str, hangul_only: bool) -> Numeral:
    return Numeral(start, end, None, None, ONE, None, None, problem, hangul_only, True, None)


def _continues_after_space(text: str, end: int, tokens: list[Token], hangul_only: bool, lex: Lexicon) -> bool:
    if end + 1 >= len(text) or text[end] != " " or not tokens or tokens[-1].kind != "big":
        return False
    nxt = text[end + 1]
    return (nxt in lex.digits) if hangul_only else ("0" <= nxt <= "9")


# the smallest myriad: after it, a group written apart may hold the thousands and units
MYRIAD = Decimal(10000)
# counters after which a plain number is a time of its own (`10만 2020년`)
_TIME_COUNTERS = ("년", "월", "일", "시", "분", "초")


def _is_smaller_group(tokens: list[Token], more: list[Token], text: str, end: int) -> bool:
    """The group ``more``, written apart after ``tokens`` and ending at ``end``, continues
    the numeral: it ends on a smaller myriad (`4억 5천만`), or it holds the thousands and
    units after 만 (`17만 1천여 명`, `11만 6천300명`, `2만 3000명`), a plain number only
    when no time counter follows it (`10만 2020년`)."""
    if not more or more[0].kind != "coef":
        return False
    if tokens[-1].value == MYRIAD and all(t.kind != "big" for t in more):
        if any(t.kind == "small" for t in more):
            return True
        return (all(t.kind == "yeo" for t in more[1:]) and more[0].value < MYRIAD and more[0].decimals == 0
                and not text.startswith(_TIME_COUNTERS, end))
    if more[-1].kind != "big":
        return False
    bigs = [t for t in more if t.kind == "big"]
    return len(bigs) == 1 and bigs[0].value < tokens[-1].value
