"""Is the clause after a time expression in the past tense? Used only to place
year-less periods.

"4분기 매출은 1조원이었다" in an article of January 2024 speaks of the fourth
quarter of 2023, while "하반기 출시할 예정이다" in March 2023 speaks of the
second half of 2023, and "1분기 출시할 예정이다" in November 2023 of the first
quarter of 2024. The check is deliberately crude (a syllable's final
consonant and a list of future words from the lexicon) and looks only from the
expression to the end of its sentence or quotation, so that a reporting verb
("…"고 말했다) does not count: it only ever moves a period that is not over at
publication back by a year, or a period over at publication on by a year.
"""

from __future__ import annotations

import re

from daejo.values.time_lexicon import TimeLexicon

_HANGUL_FIRST, _HANGUL_LAST = ord("가"), ord("힣")
_FINAL_RIEUL, _FINAL_SSANG_SIOT = 8, 20  # final consonants ㄹ and ㅆ in a composed syllable
_CLAUSE_END = re.compile(r"[.?!\n”\"」』]")
# No clause is read further than this: text without punctuation (a table, a run of
# names) would otherwise make every year-less period read the rest of the text.
MAX_CLAUSE = 400


def _final(syllable: str) -> int | None:
    code = ord(syllable)
    return (code - _HANGUL_FIRST) % 28 if _HANGUL_FIRST <= code <= _HANGUL_LAST else None


def clause_after(text: str, start: int) -> str:
    """From ``start`` to the end of the sentence or quotation it is in (at most
    ``MAX_CLAUSE``). A quotation that opens after ``start`` outside of any other is passed
    over (`오후 1시 반까지 이어지면서 "…"는 글이 잇따랐다`): the sentence goes on after it."""
    limit = min(len(text), start + MAX_CLAUSE)
    quoted = _inside_a_quotation(text, start)
    pos = start
    while True:
        end = _CLAUSE_END.search(text, pos, limit)
        if end is None:
            return text[start:limit]
        mark = end.group()
        if quoted or mark not in _OPENING:
            return text[start : end.start()]
        close = text.find(_OPENING[mark], end.end(), limit)
        if close < 0:
            return text[start : end.start()]
        pos = close + 1


# the quote mark a quotation opens with that ``_CLAUSE_END`` stops at, and the mark that
# closes it (the curly and corner marks it stops at only close a quotation)
_OPENING = {"\"": "\""}
_SENTENCE_END = re.compile(r"[.?!\n]")


def _inside_a_quotation(text: str, start: int) -> bool:
    """Whether ``start`` stands inside a quotation opened earlier in its sentence."""
    begin = max(0, start - MAX_CLAUSE)
    for m in _SENTENCE_END.finditer(text, begin, start):
        begin = m.end()
    before = text[begin:start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("「") > before.count("」") or before.count("『") > before.count("』")


def reads_as_past(clause: str, lex: TimeLexicon) -> bool:
    if lex.patterns.future_marker.search(clause):
        return False
    return _past_ending(clause, lex.data["tense"])


def reads_as_future(clause: str, lex: TimeLexicon) -> bool:
    """Whether the clause speaks of what is still to come: a future marker that
    ends a predicate (`개통한다는 목표다`, `출시할 예정이며`, `열기로 했다`; not
    `발표한 계획에 따르면` nor a plan told as past, `예정이었으나`), with no past
    ending before it (`6월 사고가 났고 … 예정이다` tells of a past month)."""
    rules = lex.data["tense"]
    nouns, after_noun = rules["plan_nouns"], tuple(rules["plan_noun_predicates"])
    for m in lex.patterns.future_marker.finditer(clause):
        if m.group() in nouns and not clause.startswith(after_noun, m.end()):
            continue
        return not _past_ending(clause[: m.start()], rules)
    return False


def _past_ending(clause: str, rules: dict) -> bool:
    not_past = set(rules["not_past_syllables"])
    endings = tuple(rules["past_endings"])
    for i, syllable in enumerate(clause[:-1]):
        final = _final(syllable)
        if final == _FINAL_RIEUL and clause.startswith(" 것", i + 1):
            return False  # "이어질 것으로": a prospective form
        if final == _FINAL_SSANG_SIOT and syllable not in not_past and clause.startswith(endings, i + 1):
            return True
    return False
