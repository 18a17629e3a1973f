"""Clauses of a sentence, from morpheme tags.

A clause ends at a connective ending (-고, -며, -지만, -는데, -면서) unless it
is the auxiliary construction ``-고 있다`` / ``-고 싶다``, and at a comma that
follows a particle or an ending (``…개로, …``) or a connective noun after an
adnominal ending (``높았던 만큼, …``) but not one inside a list of nouns
(``구글, 우리은행 등``).

A clause whose connective carries no tense (``투자하고`` vs ``투자했고``)
shares the tense and mood of the clause after it: ``2000억원을 투자하고 …
육성한다는 계획이다`` plans both, unless the next clause opens with a topic of
its own (``… 4분이며 시는 … 내다봤다``), and never across a contrast (``-지만``).
``Clause.shares_mood_with_next`` records it.
"""

from __future__ import annotations

from typing import NamedTuple

from daejo.extract.view import SentenceView

CONNECTIVES = frozenset({"고", "며", "으며", "지만", "는데", "은데", "ㄴ데", "면서", "으면서", "는가 하면"})
# a contrast (`93.5%에 이르지만 … 퍼지고 있지 않다`): what follows never sets the mood
# of what it is set against
_CONTRASTIVE = frozenset({"지만"})
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
            shares = (not tensed and not comma and m.tag == "EC" and m.form not in _CONTRASTIVE
                      and not _opens_with_topic(view, i + 1))
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
        if prev.form in _CONNECTIVE_NOUNS and i > 1 and morphemes[i - 2].tag == "ETM":
            return True  # `상승률이 가장 높았던 만큼, …`, `매출은 늘어난 반면, …`
        return prev.tag.startswith("E") or prev.tag in ("JKB", "JX")
    return False


# nouns that after a verb's adnominal ending join two clauses as a connective does
# (`높았던 만큼`, `늘어난 반면`, `줄어든 대신`), where a comma follows them
_CONNECTIVE_NOUNS = frozenset({"만큼", "반면", "한편", "대신", "가운데", "와중"})


def clause_of(clauses: list[Clause], index: int) -> int:
    """Index of the clause holding morpheme ``index`` (clauses are few: linear is fine)."""
    for k, c in enumerate(clauses):
        if c.first <= index <= c.last:
            return k
    return len(clauses) - 1


# marks that open an item of a list written in one sentence (`▲피해 세입자 183명 ▲…`)
ITEM_MARKS = frozenset({"▲", "△", "■", "□", "◆", "◇", "●", "○", "-"})


def item_marks(view: SentenceView) -> list[int]:
    """The morpheme indices of a sentence's list-item marks (read once per sentence)."""
    marks = view.memo.get("item_marks")
    if marks is None:
        marks = view.memo["item_marks"] = [i for i, m in enumerate(view.morphemes) if m.tag == "SW" and m.form in ITEM_MARKS]
    return marks


def list_item(marks: list[int], first: int, last: int, lo: int, hi: int, ends: list[int] = ()) -> tuple[int, int, int]:
    """What of the morphemes ``lo..hi`` (a clause) belongs with a value at ``first..last``,
    given the sentence's ``item_marks``: (item start, item end, tail start). Outside a ▲
    list, all of them. In one, the list item the value is in (`▲기본급 월 14만2천원 인상
    ▲영업이익의 30% 성과급`: the raise has nothing to do with the operating profit), and the
    tail after the last item's last value (``ends``: the clause's values' last morphemes),
    which is every item's predicate (`… ▲정년 65세 연장을 요구하고 있다`)."""
    opened = max((i for i in marks if lo <= i < first), default=None)
    if opened is None:
        return lo, hi, hi + 1
    after = min((i for i in marks if last < i <= hi), default=None)
    final = max(i for i in marks if lo <= i <= hi)
    tail = max([e for e in ends if final < e <= hi], default=final) + 1
    return opened, (after - 1 if after is not None else hi), tail


def in_item(i: int, item: tuple[int, int, int]) -> bool:
    """Morpheme ``i`` is in the value's list item or in the list's tail (``list_item``)."""
    return item[0] <= i <= item[1] or i >= item[2]
