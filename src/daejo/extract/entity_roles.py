"""Which mention a claim is about.

``choose_entity`` tries, in order: the roles every attribute shares (possessor
``X의 파라미터``, compound ``X 설립``), the roles the attribute lists in the
catalogue (object ``X를 설립``, modified ``…출범한 X``, planner ``LG의 구상``,
product_before ``아라폰 S7 300만 대``), then the clause's topic or subject, an
earlier clause's topic, and the nearest compatible mention before the value.
Only mentions of a type the attribute accepts are considered, and never one
marked as a source (``X 측은``).
"""

from __future__ import annotations

from daejo.extract.assignment import Assignment
from daejo.extract.clauses import Clause
from daejo.extract.entities import Mention
from daejo.extract.frames import frame_lexicon
from daejo.extract.lexicon import entity_lexicon, modality_lexicon
from daejo.extract.view import SentenceView
from daejo.models import Value

ROLE_CONFIDENCE = {
    "possessor": 0.9,
    "compound": 0.85,
    "object": 0.85,
    "modified": 0.85,
    "person": 0.9,
    "product_before": 0.8,
    "planner": 0.8,
    "subject": 0.8,
    "sentence_subject": 0.7,
    "nearest": 0.6,
    "pronoun": 0.5,
    "context": 0.45,
    "headline": 0.45,
    "story": 0.75,
    "adnominal": 0.3,
    "none": 0.35,
}
_ALWAYS_FIRST = ("possessor", "compound")


def choose_entity(view: SentenceView, a: Assignment, mentions: list[Mention], clauses: list[Clause]) -> tuple[Mention | None, str]:
    """The claim's entity and how it was found (see ROLE_CONFIDENCE)."""
    attribute = a.attribute
    # a name of no known type (`서해 유나이티드`) may fill a role the grammar gives it
    # (`창단한 X`, `X는 … 창단했다`), never the nearest-name guess
    usable = [
        m for m in mentions
        if m.role not in ("side", "base") and m.entity and (attribute.accepts_entity_type(m.type) or (m.type == "unknown" and not m.registered))
    ]
    if attribute.parenthesised_after_person:
        person = person_before_paren(view, a.value, mentions)
        if person is not False:
            return (person, "person") if person is not None else (None, "none")
    if a.hit is None and _modifies_next_noun(view, a.value_last):
        # `1996년생 김민준은`: the value describes the noun after it; `2위 선수와의
        # 격차`: the rank of someone unnamed
        nxt = view.morphemes[_next_word_index(view, a.value_last)].start
        named = next((m for m in usable if m.start == nxt), None)
        return (named, "modified") if named is not None else (None, "adnominal")
    if a.hit is not None:
        roles = list(_ALWAYS_FIRST) + [r for r in attribute.entity_roles if r not in _ALWAYS_FIRST]
    else:
        roles = [r for r in attribute.entity_roles if r not in _ALWAYS_FIRST]
    fallback = ["subject", "sentence_subject", "nearest"] if attribute.entity_fallback else []
    modifier = _heads_a_modifier(view, a)
    for role in roles + [r for r in fallback if r not in roles]:
        if modifier and role in _GUESSED:
            # `한결우는 다음 달 5일 개막하는 해랑챌린저에 출전한다`: the opening is the noun's
            # the trigger modifies, not the clause's topic's
            return None, "adnominal"
        found = _BY_ROLE[role](view, a, usable, clauses)
        if found is not None:
            return found, role
    return None, "none"


# roles read off the clause rather than the trigger's own grammar
_GUESSED = frozenset({"subject", "sentence_subject", "nearest"})


def _heads_a_modifier(view: SentenceView, a: Assignment) -> bool:
    """The trigger is a verb in its adnominal form right before a noun (`개막하는 대회`,
    `발표한 세계랭킹`): what it tells is that noun's."""
    if a.hit is None or a.value.kind != "time":
        return False  # (`숨진 사람이 11명으로`: a count is of the noun it is told with)
    ms = view.morphemes
    i = a.hit.last + 1
    while i < len(ms) and ms[i].tag in ("XSV", "XSA", "EP", "VX"):
        i += 1
    return (i + 1 < len(ms) and ms[i].tag == "ETM" and ms[i + 1].tag in ("NNG", "NNP")
            # (`늘릴 계획이다`: the plan is the topic's; `2019년 설립된 회사로`: a noun of an agent
            # stands for the topic)
            and ms[i + 1].form not in modality_lexicon().forms["planned"] and ms[i + 1].form not in frame_lexicon().agent_nouns
            and ms[i + 1].form not in entity_lexicon().bare_suffix_nouns)  # (`2020년 12월 출범한 연구원이`)


def person_before_paren(view: SentenceView, value: Value, mentions: list[Mention]) -> Mention | None | bool:
    """For ``X(45)``: the person mention X (None for a generic ``남성``), False if not that shape."""
    aged = value.kind == "number" or value.kind == "quantity" and value.unit in ("세", "살")
    # `(45)`, `(45세)`, `(83·여)`, `(28·가람시청)`: the age first in the parenthesis
    if not aged or view.char(value.start - 1) != "(" or view.char(value.end) not in (")", "·", ","):
        return False
    close = view.text.find(")", value.end - view.offset)
    # the person nearest the parenthesis: in `한결에셋 대표 오모씨(52)` a title's reading also
    # takes `한결에셋` for a person whose parenthesis this is
    found = [m for m in mentions if m.type == "person" and (m.tail_end == close + view.offset + 1 or m.end == value.start - 1)]
    if found:
        return max(found, key=lambda m: m.end)
    before = view.last_index_before(value.start - 1)
    if before >= 0 and view.morphemes[before].form in entity_lexicon().person_nouns:
        return None
    return False


def _next_word_index(view: SentenceView, last: int) -> int:
    """Index of the first morpheme after ``last`` that is not an opening mark."""
    nxt = last + 1
    while nxt < len(view.morphemes) and view.morphemes[nxt].tag in ("SSO", "SS"):
        nxt += 1
    return nxt


def _modifies_next_noun(view: SentenceView, last: int) -> bool:
    nxt = _next_word_index(view, last)
    return nxt < len(view.morphemes) and view.morphemes[nxt].tag in ("NNG", "NNP")


def _possessor(view, a, usable, clauses):
    if a.hit is None or a.hit.first == 0:
        return None
    before = view.morphemes[a.hit.first - 1]
    if before.tag != "JKG":
        return None
    return next((m for m in usable if m.role == "genitive" and m.role_at == before.start), None)


def _compound(view, a, usable, clauses):
    if a.hit is None:
        return None
    start = view.morphemes[a.hit.first].start
    return next((m for m in usable if m.role is None and start - 1 <= m.end <= start), None)


def _in_clause(view, clauses, clause: int, m: Mention) -> bool:
    c = clauses[clause]
    return view.morphemes[c.first].start <= m.start < view.morphemes[c.last].end


def _object(view, a, usable, clauses):
    if a.hit is None:
        return None
    limit = view.morphemes[a.hit.first].start
    objects = [m for m in usable if m.role == "object" and _in_clause(view, clauses, a.clause, m)]
    before = [m for m in objects if m.end <= limit]
    if before:
        return before[-1]
    if any(x.tag == "ETM" for x in view.morphemes[a.hit.last + 1 : a.hit.last + 4]):
        # `2014년 설립된 물결로보틱스는 … '물새'를 만든다`: the trigger modifies a noun; an object
        # after it is a later verb's
        return None
    return objects[0] if objects else None


def _modified(view, a, usable, clauses):
    if a.hit is None:
        return None
    after = view.morphemes[a.hit.last].end
    # the trigger must itself head the modifier: `출범한 X`, `모여 출범한 X`
    near = view.morphemes[a.hit.last + 1 : a.hit.last + 6]
    if not any(x.tag == "ETM" for x in near):
        return None
    for m in usable:
        if m.start >= after:
            first = view.first_index_at_or_after(m.start)
            between = view.morphemes[a.hit.last + 1 : first]
            # (a particle between ends the noun phrase the verb modifies: `발표한 세계랭킹에서 한결우는`)
            return m if len(between) <= 8 and not any(x.tag.startswith("J") for x in between) else None
    return None


def _product_before(view, a, usable, clauses):
    """``아라폰 S7 300만 대``: the nearest product or model before the value in its clause."""
    before = [m for m in usable if m.type in ("product", "model") and m.end <= a.value.start and _in_clause(view, clauses, a.clause, m)]
    return before[-1] if before else None


def _planner(view, a, usable, clauses):
    """``… 1000명을 기른다는 것이 LG의 구상이다``: the owner of the plan noun."""
    plan_nouns = modality_lexicon().forms["planned"]
    for m in usable:
        if m.role == "genitive":
            i = view.first_index_at_or_after(m.role_at + 1)
            if i < len(view.morphemes) and view.morphemes[i].form in plan_nouns:
                return m
    return None


def _subject(view, a, usable, clauses):
    """The clause's topic or subject: the last one before the value (`A는 51%, B는 45%`), else the first after."""
    subjects = [m for m in usable if m.role in ("topic", "subject") and _in_clause(view, clauses, a.clause, m)]
    before = [m for m in subjects if m.end <= a.value.start]
    return before[-1] if before else (subjects[0] if subjects else None)


def _sentence_subject(view, a, usable, clauses):
    clause_start = view.morphemes[clauses[a.clause].first].start
    subjects = [m for m in usable if m.role in ("topic", "subject") and m.start < clause_start]
    return subjects[0] if subjects else None


def _nearest(view, a, usable, clauses):
    """The closest mention before the value, a typed one (org, model…) before an unknown one."""
    before = [m for m in usable if m.end <= a.value.start and a.attribute.accepts_entity_type(m.type)]
    typed = [m for m in before if m.type != "unknown" or m.registered]
    return (typed or before)[-1] if before else None


_BY_ROLE = {
    "possessor": _possessor,
    "compound": _compound,
    "object": _object,
    "modified": _modified,
    "subject": _subject,
    "product_before": _product_before,
    "planner": _planner,
    "sentence_subject": _sentence_subject,
    "nearest": _nearest,
}
