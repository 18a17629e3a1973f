"""Property tests: numerals written every usual way (digits, hangul, mixed, hangul
decimals, negatives) read back to themselves, and no text, however odd, makes
value recognition raise or point outside the text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from daejo.values import parse_values
from daejo.values.numeric import recognise_numeric

MAX = 10**16
DIGITS = "영일이삼사오육칠팔구"
SMALL = ((1000, "천"), (100, "백"), (10, "십"))
BIG = ((10**16, "경"), (10**12, "조"), (10**8, "억"), (10**4, "만"))


def _myriad_groups(n: int) -> list[tuple[int, str]]:
    """``n`` as (group < 10000, magnitude) pairs, largest first, zero groups dropped."""
    groups = []
    for size, name in BIG:
        if n >= size:
            groups.append((n // size, name))
            n %= size
    if n:
        groups.append((n, ""))
    return groups


def _hangul_group(n: int, explicit_one: bool) -> str:
    out = ""
    for size, name in SMALL:
        d, n = divmod(n, size)
        if d:
            out += ("" if d == 1 and not explicit_one else DIGITS[d]) + name
    return out + (DIGITS[n] if n else "")


def sino_korean(n: int, explicit_one: bool) -> str:
    """``일천이백`` style when ``explicit_one``, else ``천이백`` (and ``만`` for a leading 1만)."""
    parts = []
    for i, (group, name) in enumerate(_myriad_groups(n)):
        if group == 1 and name == "만" and i == 0 and not explicit_one:
            parts.append("만")
        else:
            parts.append(_hangul_group(group, explicit_one) + name)
    return "".join(parts)


def mixed(n: int) -> str:
    """``1234억5678만9012``."""
    return "".join(f"{group}{name}" for group, name in _myriad_groups(n))


def _single_number(text: str, n: int) -> None:
    values = recognise_numeric(text)
    assert len(values) == 1, (text, values)
    v = values[0]
    assert (v.kind, v.value, v.unit, v.start, v.end) == ("number", n, None, 0, len(text)), (text, v)
    assert v.issues == []
    assert v.low is not None and v.high is not None and v.low <= n <= v.high


@given(st.integers(min_value=0, max_value=MAX))
def test_plain_digits_read_back(n: int) -> None:
    _single_number(str(n), n)


@given(st.integers(min_value=0, max_value=MAX))
def test_digits_with_thousands_separators_read_back(n: int) -> None:
    _single_number(f"{n:,}", n)


# Below 10 a hangul numeral has no magnitude word and is an ordinary syllable
# (일, 이, 삼): by contract those are not numbers.
@given(st.integers(min_value=10, max_value=MAX), st.booleans())
def test_sino_korean_hangul_reads_back(n: int, explicit_one: bool) -> None:
    _single_number(sino_korean(n, explicit_one), n)


@given(st.integers(min_value=1, max_value=MAX))
def test_mixed_digits_and_magnitudes_read_back(n: int) -> None:
    _single_number(mixed(n), n)


# Hangul decimals: the integer part as above ("영" for 0), 점 or 쩜, then hangul digits
# (영 or 공 for 0). A lone 이 after 점 is read as a decimal because the numeral is the
# whole text (in running text it is the particle of "구십일점이").
DECIMAL_DIGITS = st.text(alphabet="영일이삼사오육칠팔구공", min_size=1, max_size=4)
HANGUL_DIGIT_VALUE = {c: i for i, c in enumerate("영일이삼사오육칠팔구")} | {"공": 0}


def hangul_decimal(n: int, digits: str, explicit_one: bool, point: str) -> str:
    return (sino_korean(n, explicit_one) or "영") + point + digits


def decimal_value(n: int, digits: str, negative: bool = False) -> Decimal:
    value = Decimal(n) + Decimal("0." + "".join(str(HANGUL_DIGIT_VALUE[c]) for c in digits))
    return -value if negative else value


def _single_value(text: str, expected: Decimal) -> None:
    values = recognise_numeric(text)
    assert len(values) == 1, (text, values)
    v = values[0]
    assert (v.kind, v.unit, v.start, v.end, v.issues) == ("number", None, 0, len(text), []), (text, v)
    want = int(expected) if expected == expected.to_integral_value() else float(expected)
    assert v.value == want and type(v.value) is type(want), (text, v.value, want)
    assert v.low is not None and v.high is not None and v.low <= v.value <= v.high


@given(st.integers(min_value=0, max_value=10**12), DECIMAL_DIGITS, st.booleans(), st.sampled_from(["점", "쩜"]))
def test_hangul_decimals_read_back(n: int, digits: str, explicit_one: bool, point: str) -> None:
    _single_value(hangul_decimal(n, digits, explicit_one, point), decimal_value(n, digits))


@given(st.integers(min_value=0, max_value=MAX))
def test_negative_digits_read_back(n: int) -> None:
    for text in (f"-{n}", f"-{n:,}", f"마이너스 {n}", f"마이너스{n}"):
        _single_value(text, Decimal(-n))


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=10**6))
def test_negative_decimal_digits_read_back(n: int, frac: int) -> None:
    text = f"-{n}.{frac}"
    _single_value(text, -Decimal(f"{n}.{frac}"))


@given(st.integers(min_value=1, max_value=MAX), st.booleans())
def test_negative_hangul_reads_back(n: int, explicit_one: bool) -> None:
    """A sign word makes even a lone digit a number (``마이너스삼`` = -3)."""
    for sign in ("마이너스", "마이너스 "):
        _single_value(sign + sino_korean(n, explicit_one), Decimal(-n))


@given(st.integers(min_value=0, max_value=10**12), DECIMAL_DIGITS, st.booleans())
def test_negative_hangul_decimals_read_back(n: int, digits: str, explicit_one: bool) -> None:
    _single_value("마이너스" + hangul_decimal(n, digits, explicit_one, "점"), decimal_value(n, digits, negative=True))


@given(st.integers(min_value=1, max_value=MAX))
def test_negative_mixed_digits_and_magnitudes_read_back(n: int) -> None:
    _single_value("-" + mixed(n), Decimal(-n))


def test_writers_produce_the_expected_forms() -> None:
    """The generators above are themselves right (else the properties prove nothing)."""
    assert sino_korean(12345, True) == "일만이천삼백사십오"
    assert sino_korean(12345, False) == "만이천삼백사십오"
    assert sino_korean(100_000_000, False) == "일억"
    assert mixed(123456789012) == "1234억5678만9012"
    assert mixed(10**16) == "1경"
    assert hangul_decimal(4123, "삼", False, "점") == "사천백이십삼점삼"
    assert hangul_decimal(0, "오", False, "점") == "영점오"
    assert decimal_value(1, "이삼") == Decimal("1.23") and decimal_value(3, "공사", True) == Decimal("-3.04")


NUMERIC_ALPHABET = st.sampled_from(
    list("0123456789,.~∼-+%$ \n()억만천백십조경일이삼사오육칠팔구여명개원달러배년개월일간약수몇한두세네열이상넘게대위권점째차")
)
ODD_TEXT = st.text(st.one_of(NUMERIC_ALPHABET, st.characters()), max_size=80)


def _check_spans(text: str, values: list) -> None:
    last_end = 0
    for v in values:
        assert 0 <= v.start < v.end <= len(text)
        assert text[v.start : v.end] == v.text
        assert v.start >= last_end, "values overlap or are not sorted"
        last_end = v.end
        if v.kind != "time" and v.value is not None and v.low is not None and v.high is not None:
            assert v.low <= v.high


@settings(max_examples=300)
@given(ODD_TEXT)
def test_recognise_numeric_never_raises_and_spans_fit(text: str) -> None:
    _check_spans(text, recognise_numeric(text))


@settings(max_examples=300)
@given(ODD_TEXT)
def test_parse_values_never_raises_and_spans_fit(text: str) -> None:
    _check_spans(text, parse_values(text, None))
