"""Clauses of a sentence, from morpheme tags.

A clause ends at a connective ending (-고, -며, -지만, -는데, -면서) unless it
is the auxiliary construction ``-고 있다`` / ``-고 싶다``, and at a comma that
follows a particle or an ending (``…개로, …``) but not one inside a list of
nouns (``구글, 우리은행 등``).

A clause whose connective carries no tense (``투자하고`` vs ``투자했고``)
shares the tense and mood of the clause after it: ``2000억원을 투자하고 …
육성한다는 계획이다`` plans both, unless the next clause opens with a topic of
its own (``… 4분이며 시는 … 내다봤다``). ``Clause.shares_mood_with_next`` records it.
"""

from __future__ import annotations

from typing import NamedTuple

from daejo.extract.view import SentenceView

CONNECTIVES = frozenset({"고", "며", "으며", "지만", "는데", "은데", "ㄴ데", "면서", "으면서", "는가 하면"})
_AUXILIARY_AFTER_GO = frozenset({"있", "싶", "보", "나", "말"})
# the tags of a morpheme that may end a clause (_ends_clause)
_ENDING_TAGS = frozenset({"EC", "SP"})


class Clause(NamedTuple):
    """A clause of a sentence, by its morpheme range."""

    first: int  # morpheme indices, inclusive
    last: int
    shares_mood_with_next: bool


def split_clauses(view: SentenceView) -> list[Clause]:
    morphemes = view.morphemes
    clauses: list[Clause] = []
    first = 0
    for i, m in enumerate(morphemes):
        if i == len(morphemes) - 1:
            break
        if m.tag in _ENDING_TAGS and _ends_clause(view, i):  # only these tags end one: no call for the others
            tensed = any(morphemes[k].tag == "EP" for k in range(max(first, i - 2), i + 1))
            # `…에 달하고, …` : a comma after the connective makes the clauses independent
            comma = morphemes[i + 1].tag == "SP"
            shares = not tensed and not comma and m.tag == "EC" and not _opens_with_topic(view, i + 1)
            clauses.append(Clause(first, i, shares_mood_with_next=shares))
            first = i + 1
    if morphemes:
        clauses.append(Clause(first, len(morphemes) - 1, shares_mood_with_next=False))
    return clauses


# a clause that opens with a topic of its own (`… 4분이며 시는 이용객을 6만명으로
# 내다봤다`) is a new statement: the clause before keeps its own mood
_TOPIC_WITHIN = 3


def _opens_with_topic(view: SentenceView, start: int) -> bool:
    morphemes = view.morphemes
    for k in range(start + 1, min(start + 1 + _TOPIC_WITHIN, len(morphemes))):
        m, prev = morphemes[k], morphemes[k - 1]
        if m.tag == "JX" and m.form in ("은", "는") and prev.tag in ("NNG", "NNP", "NP"):
            return True
    return False


def _ends_clause(view: SentenceView, i: int) -> bool:
    morphemes = view.morphemes
    m = morphemes[i]
    nxt = morphemes[i + 1]
    if m.tag == "EC" and m.form in CONNECTIVES:
        if m.form == "고" and (nxt.tag == "VX" or nxt.form in _AUXILIARY_AFTER_GO):
            return False
        return True
    if m.tag == "SP" and m.form == "," and i > 0:
        prev = morphemes[i - 1]
        return prev.tag.startswith("E") or prev.tag in ("JKB", "JX")
    return False


def clause_of(clauses: list[Clause], index: int) -> int:
    """Index of the clause holding morpheme ``index`` (clauses are few: linear is fine)."""
    for k, c in enumerate(clauses):
        if c.first <= index <= c.last:
            return k
    return len(clauses) - 1
