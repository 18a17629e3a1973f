"""Compatibility characters of units (``㎜``, ``㏊``, ``㎢``, ``℃``) read as the unit
their Unicode NFKC form spells, and none of our units' compatibility characters is
missing from ``rules/counters.yaml``."""

from __future__ import annotations

import re
import unicodedata

import pytest

from daejo.values import parse_values
from daejo.values.in_context import _rules as in_context_rules
from daejo.values.lexicon import load_lexicon

# The CJK compatibility block of squared units, and the letterlike unit symbols.
COMPAT_BLOCK = [chr(cp) for cp in range(0x3380, 0x33E0)] + ["ℓ", "㏿"]
SPELLING = str.maketrans({"²": "2", "³": "3", "∕": "/", "ℓ": "l"})
# NFKC spellings in capitals of units written in small letters (units are otherwise
# case-sensitive: ㎀ pA is no pascal, ㏔ mb no megabyte).
CAPITALS = {"PPM": "ppm", "HP": "hp"}


def spelled(unit: str) -> str:
    """A unit as NFKC spells it: ``km²`` -> ``km2``; a litre's l in capitals (``㎖`` -> ``mL``)."""
    s = unicodedata.normalize("NFKC", unit).translate(SPELLING)
    s = CAPITALS.get(s, s)
    return re.sub(r"(?<=^[μmdk])l$|^l$", "L", s)


def _compat_aliases() -> dict[str, str]:
    lex = load_lexicon()
    return {k: v for k, v in lex.quantity.items() if unicodedata.normalize("NFKC", k) != k}


def _known_units() -> set[str]:
    lex = load_lexicon()
    return {spelled(u) for u in set(lex.quantity.values()) | set(lex.latin_units)}


def test_the_spelling_helper_normalises_as_intended() -> None:
    assert spelled("㎢") == spelled("km²") == "km2"
    assert spelled("㎖") == spelled("mL") == "mL" and spelled("ℓ") == "L"
    assert spelled("㎍") == spelled("μg") and spelled("㎀") != spelled("Pa") and spelled("㏉") != spelled("GY")


@pytest.mark.parametrize("char", sorted(_compat_aliases()))
def test_every_compatibility_alias_is_its_nfkc_unit(char: str) -> None:
    code = load_lexicon().quantity[char]
    assert spelled(char) == spelled(code), f"{char!r} is {unicodedata.normalize('NFKC', char)!r} under NFKC, not {code!r}"


def test_no_compatibility_character_of_a_known_unit_is_missing() -> None:
    aliases, known = _compat_aliases(), _known_units()
    missing = [c for c in COMPAT_BLOCK if spelled(c) in known and c not in aliases]
    assert not missing, f"compatibility characters of known units not in unit_aliases: {missing}"


def test_the_aliases_cover_the_issue_examples() -> None:
    aliases = _compat_aliases()
    assert {"㏊", "㎢", "㎏", "㎜", "㎡", "㎞"} <= set(aliases)


@pytest.mark.parametrize("char", sorted(_compat_aliases()))
def test_a_number_before_a_compatibility_character_is_a_quantity_of_its_unit(char: str) -> None:
    code = load_lexicon().quantity[char]
    values = parse_values(f"12{char}", None)
    assert [(v.kind, v.value, v.unit, v.text) for v in values] == [("quantity", 12, code, f"12{char}")]


def _read_in_nfkc() -> list[str]:
    """Aliases whose NFKC spelling is itself a unit we read after a number."""
    lex = load_lexicon()
    table = set(lex.quantity) | set(lex.latin_units)
    return sorted(c for c in _compat_aliases() if unicodedata.normalize("NFKC", c) in table)


def test_most_compatibility_units_are_read_in_their_nfkc_spelling_too() -> None:
    assert {"㎜", "㎞", "㎏", "㏊", "㎓", "㏈"} <= set(_read_in_nfkc())


@pytest.mark.parametrize("char", _read_in_nfkc())
def test_the_nfkc_spelling_reads_as_the_same_unit(char: str) -> None:
    """``312㎜`` and ``312mm`` are one unit: a reconciler compares them."""
    plain = unicodedata.normalize("NFKC", char)
    values = parse_values(f"12{plain}", None)
    assert [(v.kind, v.unit) for v in values] == [("quantity", load_lexicon().quantity[char])]


@pytest.mark.parametrize(("symbol", "unit"), [("℃", "℃"), ("℉", "℉")])
def test_temperature_symbols_and_their_nfkc_spelling_are_one_unit(symbol: str, unit: str) -> None:
    symbols = in_context_rules()["temperature"]["symbols"]
    assert symbols[symbol] == symbols[unicodedata.normalize("NFKC", symbol)] == unit
    for text in (f"38.5{symbol}", f"38.5{unicodedata.normalize('NFKC', symbol)}"):
        assert [(v.kind, v.value, v.unit) for v in parse_values(text, None)] == [("quantity", 38.5, unit)]
