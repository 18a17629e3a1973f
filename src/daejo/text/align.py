"""Align a sequence of morpheme forms back to the text they came from.

konlpy's taggers return ``(form, tag)`` pairs only, and the forms are lemmas:
``했다`` comes back as ``하`` + ``았`` + ``다``, ``간`` as ``가`` + ``ㄴ``. The
alignment works on jamo so that a form matching part of a syllable still
finds its place, and a form that no longer occurs in the text (a contraction,
a dropped copula) shares the stretch of text up to the next form that does.

Guarantees, whatever the input: one span per form, every span inside the
text (``0 <= start <= end <= len(text)``), starts and ends never decrease.
Spans may overlap (``가`` and ``ㄴ`` both cover ``간``) or be empty (a copula
the writer left out).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_SYLLABLE_FIRST, _SYLLABLE_LAST = 0xAC00, 0xD7A3
_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_TAILS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
# Conjoining jamo (what Kiwi emits by default, U+1100 block) to the
# compatibility jamo that Komoran emits, so both compare equal.
_CONJOINING = {
    **{chr(0x1100 + i): c for i, c in enumerate(_LEADS)},
    **{chr(0x1161 + i): c for i, c in enumerate(_VOWELS)},
    **{chr(0x11A7 + i): c for i, c in enumerate(_TAILS) if c},
}

# How far ahead (in jamo units) and over how many following forms to look for
# a place to resynchronise after a rewritten form.
WINDOW = 16
LOOKAHEAD = 4


def align_morphemes(text: str, forms: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of ``forms`` in ``text``, in order (see module docstring)."""
    units, owner = _text_units(text)
    form_units = [_units_of(form) for form in forms]
    spans: list[tuple[int, int]] = []
    cursor, i = 0, 0
    while i < len(forms):
        cursor = _skip_space(units, cursor)
        size = len(form_units[i])
        if size and _matches(units, cursor, form_units[i]):
            spans.append(_covered(owner, cursor, size))
            cursor += size
            i += 1
            continue
        anchor = _find_anchor(units, cursor, form_units, i)
        if anchor is None:
            spans.append(_gap(text, units, owner, cursor, cursor))
            i += 1
            continue
        found, position = anchor
        if found == i:  # the analyzer skipped some text: the form is further on
            spans.append(_covered(owner, position, size))
            cursor = position + size
            i += 1
            continue
        gap = _gap(text, units, owner, cursor, position)
        spans.extend([gap] * (found - i))
        cursor, i = position, found
    return _monotonic(spans, len(text))


def _text_units(text: str) -> tuple[list[str], list[int]]:
    units: list[str] = []
    owner: list[int] = []
    for index, char in enumerate(text):
        for unit in _units_of(char):
            units.append(unit)
            owner.append(index)
    return units, owner


def _units_of(text: str) -> list[str]:
    """Compatibility jamo for Hangul, NFKC-casefolded characters for the rest."""
    units: list[str] = []
    for char in text:
        code = ord(char)
        if _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST:
            units.extend(_decompose(code))
        elif char in _CONJOINING:
            units.append(_CONJOINING[char])
        else:
            for folded in unicodedata.normalize("NFKC", char).casefold():
                folded_code = ord(folded)
                if _SYLLABLE_FIRST <= folded_code <= _SYLLABLE_LAST:
                    units.extend(_decompose(folded_code))
                else:
                    units.append(_CONJOINING.get(folded, folded))
    return units


def _decompose(code: int) -> list[str]:
    offset = code - _SYLLABLE_FIRST
    lead, rest = divmod(offset, 21 * 28)
    vowel, tail = divmod(rest, 28)
    jamo = [_LEADS[lead], _VOWELS[vowel]]
    if tail:
        jamo.append(_TAILS[tail])
    return jamo


def _skip_space(units: list[str], cursor: int) -> int:
    while cursor < len(units) and units[cursor].isspace():
        cursor += 1
    return cursor


def _matches(units: list[str], at: int, form: list[str]) -> bool:
    return at + len(form) <= len(units) and units[at : at + len(form)] == form


def _find_anchor(units: list[str], cursor: int, forms: list[list[str]], i: int) -> tuple[int, int] | None:
    """The earliest text position at which one of the next few forms matches.

    Earliest position first (then the nearest form): a later form that fits
    right here is a better guess than the current form found far away.
    """
    last = min(len(units), cursor + WINDOW)
    for position in range(cursor, last):
        if units[position].isspace():
            continue
        for k in range(i, min(len(forms), i + LOOKAHEAD)):
            if forms[k] and _matches(units, position, forms[k]):
                return k, position
    return None


def _covered(owner: list[int], at: int, size: int) -> tuple[int, int]:
    return owner[at], owner[at + size - 1] + 1


def _gap(text: str, units: list[str], owner: list[int], start: int, stop: int) -> tuple[int, int]:
    """The characters of units ``[start, stop)`` without trailing space; a partly
    consumed syllable at either end counts as covered (spans may overlap)."""
    if start >= len(units):
        return len(text), len(text)
    begin = owner[start]
    last = stop - 1
    while last >= start and units[last].isspace():
        last -= 1
    end = owner[last] + 1 if last >= start else begin
    if stop < len(units) and stop > 0 and owner[stop] == owner[stop - 1]:
        end = max(end, owner[stop] + 1)  # the anchor starts inside this syllable
    if end == begin and start > 0 and owner[start] == owner[start - 1]:
        end = begin + 1  # inserted inside a syllable: share that syllable
    return begin, end


def _monotonic(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    fixed: list[tuple[int, int]] = []
    prev_start = prev_end = 0
    for start, end in spans:
        start = min(max(start, prev_start), length)
        end = min(max(end, start, prev_end), length)
        fixed.append((start, end))
        prev_start, prev_end = start, end
    return fixed
