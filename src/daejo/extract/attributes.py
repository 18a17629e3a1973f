"""Filing values under attributes (the precision-critical step).

Rules, in order of strength:

- a value is a candidate for an attribute only when the attribute accepts its
  kind and unit (``deaths`` wants 명) and a trigger of the attribute stands in
  the same clause, on the declared side, within the declared distance in
  morphemes, with no negative trigger of the attribute in between;
- a few values trigger themselves: a time of role ``birth`` (``1976년생``), a
  quantity in 세/살 or 위, a bare number in parentheses after a person
  (``홍길동 원장(45)``, ``남성(32)``);
- the nearest trigger wins (ties: catalogue order); a trigger occurrence is
  consumed by one value; a value is filed under at most one attribute;
- a value with no trigger in its clause yields no claim.

The entity of a claim is chosen by ``choose_entity`` from the mentions of the
sentence, by the roles the attribute lists (possessor ``X의 파라미터``,
object ``X를 설립``, modified ``…출범한 X``, subject/topic ``X는``), then the
nearest compatible mention before the value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from daejo.extract.catalogue import Attribute, Catalogue, Trigger
from daejo.extract.clauses import Clause, clause_of
from daejo.extract.entities import Mention
from daejo.extract.lexicon import entity_lexicon
from daejo.extract.view import SentenceView
from daejo.models import Value

ROLE_CONFIDENCE = {
    "possessor": 0.9,
    "compound": 0.85,
    "object": 0.85,
    "modified": 0.85,
    "person": 0.9,
    "subject": 0.8,
    "sentence_subject": 0.7,
    "nearest": 0.6,
    "pronoun": 0.5,
    "none": 0.35,
}
_ALWAYS_FIRST = ("possessor", "compound")


@dataclass(frozen=True)
class TriggerHit:
    trigger: Trigger
    first: int  # morpheme indices
    last: int


@dataclass
class Assignment:
    value: Value
    value_first: int
    value_last: int
    attribute: Attribute
    hit: TriggerHit | None  # None: the value triggered itself
    distance: int
    clause: int
    entity: Mention | None = None
    entity_via: str = "none"


@dataclass
class _Candidate:
    distance: int
    order: int
    value_index: int
    hit_index: int  # -1 for self-triggered
    attribute: Attribute


def find_trigger_hits(view: SentenceView, catalogue: Catalogue, blocked: list[tuple[int, int]]) -> list[TriggerHit]:
    """Trigger occurrences, one dictionary lookup per morpheme; none inside a value or mention."""
    hits = []
    morphemes = view.morphemes
    for i, m in enumerate(morphemes):
        for trig in catalogue.triggers_by_first_form.get(m.form, ()):
            last = i + len(trig.forms) - 1
            if last >= len(morphemes) or any(morphemes[i + k].form != f for k, f in enumerate(trig.forms)):
                continue
            if any(s < morphemes[last].end and m.start < e for s, e in blocked):
                continue
            hits.append(TriggerHit(trig, i, last))
    return hits


def accepts_value(attribute: Attribute, value: Value) -> bool:
    if value.kind not in attribute.kinds:
        return False
    if value.kind == "time":
        t = value.time
        if t is None or t.unresolved:
            return False
        return attribute.roles is None or t.role in attribute.roles
    if value.kind in ("quantity", "number"):
        return attribute.accepts_unit(value.unit)
    return True


def _distance(hit: TriggerHit, first: int, last: int) -> int | None:
    """Morphemes between trigger and value, or None when the trigger is on the wrong side."""
    position = hit.trigger.position
    if hit.last < first and position in ("before", "either"):
        return first - hit.last - 1
    if hit.first > last and position in ("after", "either"):
        return hit.first - last - 1
    return None


def _has_negative(view: SentenceView, catalogue: Catalogue, attribute: Attribute, lo: int, hi: int, skip: tuple[int, int]) -> bool:
    morphemes = view.morphemes
    for i in range(max(0, lo - 1), min(len(morphemes), hi + 3)):
        if skip[0] <= i <= skip[1]:
            continue
        for owner, forms in catalogue.negatives_by_first_form.get(morphemes[i].form, ()):
            if owner == attribute.id and all(
                i + k < len(morphemes) and morphemes[i + k].form == f for k, f in enumerate(forms)
            ):
                return True
    return False


def _self_triggered(view: SentenceView, attribute: Attribute, value: Value, first: int, mentions: list[Mention]) -> bool:
    if value.kind == "time" and value.time is not None and value.time.role in attribute.self_triggering_roles:
        return True
    if value.kind == "quantity" and value.unit in attribute.self_triggering_units:
        return True
    return attribute.parenthesised_after_person and _person_before_paren(view, value, mentions) is not False


def _person_before_paren(view: SentenceView, value: Value, mentions: list[Mention]) -> Mention | None | bool:
    """For ``X(45)``: the person mention X (None for a generic ``남성``), False if not that shape."""
    if value.kind != "number" or view.char(value.start - 1) != "(" or view.char(value.end) != ")":
        return False
    for m in mentions:
        if m.type == "person" and m.tail_end == value.end + 1:
            return m
    before = view.last_index_before(value.start - 1)
    if before >= 0 and view.morphemes[before].form in entity_lexicon().person_nouns:
        return None
    return False


def assign_values(
    view: SentenceView,
    values: list[Value],
    mentions: list[Mention],
    clauses: list[Clause],
    catalogue: Catalogue,
    clause_mood: Callable[[int], str],
) -> list[Assignment]:
    """File each value under at most one attribute (see the module docstring)."""
    spans = [view.span_indices(v.start, v.end) for v in values]
    hits = find_trigger_hits(view, catalogue, [(v.start, v.end) for v in values] + [(m.start, m.end) for m in mentions])
    hit_clause = [clause_of(clauses, h.first) for h in hits]
    candidates: list[_Candidate] = []
    for vi, value in enumerate(values):
        first, last = spans[vi]
        clause = clause_of(clauses, first)
        for attribute in catalogue.attributes.values():
            if not accepts_value(attribute, value):
                continue
            if attribute.requires_modality and clause_mood(clause) not in attribute.requires_modality:
                continue
            if _self_triggered(view, attribute, value, first, mentions):
                candidates.append(_Candidate(0, attribute.order, vi, -1, attribute))
        for hi, hit in enumerate(hits):
            if hit_clause[hi] != clause:
                continue
            distance = _distance(hit, first, last)
            if distance is None or distance > hit.trigger.distance:
                continue
            attribute = catalogue.get(hit.trigger.attribute)
            if not accepts_value(attribute, value):
                continue
            if attribute.requires_modality and clause_mood(clause) not in attribute.requires_modality:
                continue
            lo, hi_idx = min(first, hit.first), max(last, hit.last)
            if _has_negative(view, catalogue, attribute, lo, hi_idx, (first, last)):
                continue
            candidates.append(_Candidate(distance, attribute.order, vi, hi, attribute))
    candidates.sort(key=lambda c: (c.attribute.companion_of is not None, c.distance, c.order))
    return _greedy(view, values, spans, hits, candidates, mentions, clauses)


def _greedy(view, values, spans, hits, candidates, mentions, clauses) -> list[Assignment]:
    assigned: dict[int, Assignment] = {}
    consumed: set[int] = set()
    filed_in_clause: set[tuple[int, str]] = set()
    for cand in candidates:
        if cand.value_index in assigned or (cand.hit_index >= 0 and cand.hit_index in consumed):
            continue
        first, last = spans[cand.value_index]
        clause = clause_of(clauses, first)
        companion = cand.attribute.companion_of
        if companion and (clause, companion) not in filed_in_clause:
            continue
        # attributes sharing this trigger occurrence and distance (출범: founded_date
        # or launch_date) are told apart by the type of the entity they find
        group = [
            c for c in candidates
            if c.value_index == cand.value_index and c.hit_index == cand.hit_index and c.distance == cand.distance
            and (c.attribute.companion_of is None) == (companion is None)
        ]
        best: Assignment | None = None
        for c in group:
            hit = hits[c.hit_index] if c.hit_index >= 0 else None
            a = Assignment(values[c.value_index], first, last, c.attribute, hit, c.distance, clause)
            a.entity, a.entity_via = choose_entity(view, a, mentions, clauses)
            if best is None or (best.entity is None and a.entity is not None):
                best = a
        assert best is not None
        assigned[cand.value_index] = best
        filed_in_clause.add((clause, best.attribute.id))
        if cand.hit_index >= 0:
            consumed.add(cand.hit_index)
    return [assigned[i] for i in sorted(assigned)]


# ---------------------------------------------------------------------- entities


def choose_entity(view: SentenceView, a: Assignment, mentions: list[Mention], clauses: list[Clause]) -> tuple[Mention | None, str]:
    """The claim's entity and how it was found (see ROLE_CONFIDENCE)."""
    attribute = a.attribute
    usable = [m for m in mentions if m.role != "side" and attribute.accepts_entity_type(m.type) and m.entity]
    if attribute.parenthesised_after_person:
        person = _person_before_paren(view, a.value, mentions)
        if person is not False:
            return (person, "person") if person is not None else (None, "none")
    if a.hit is not None:
        roles = list(_ALWAYS_FIRST) + [r for r in attribute.entity_roles if r not in _ALWAYS_FIRST]
    else:
        roles = [r for r in attribute.entity_roles if r not in _ALWAYS_FIRST]
    for role in roles + ["subject", "sentence_subject", "nearest"]:
        found = _BY_ROLE[role](view, a, usable, clauses)
        if found is not None:
            return found, role
    return None, "none"


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
    objects = [m for m in usable if m.role == "object" and m.end <= limit and _in_clause(view, clauses, a.clause, m)]
    return objects[-1] if objects else None


def _modified(view, a, usable, clauses):
    if a.hit is None:
        return None
    after = view.morphemes[a.hit.last].end
    for m in usable:
        if m.start >= after:
            first = view.first_index_at_or_after(m.start)
            between = view.morphemes[a.hit.last + 1 : first]
            if len(between) <= 8 and any(x.tag == "ETM" for x in between):
                return m
            return None
    return None


def _subject(view, a, usable, clauses):
    subjects = [m for m in usable if m.role in ("topic", "subject") and _in_clause(view, clauses, a.clause, m)]
    return subjects[0] if subjects else None


def _sentence_subject(view, a, usable, clauses):
    clause_start = view.morphemes[clauses[a.clause].first].start
    subjects = [m for m in usable if m.role in ("topic", "subject") and m.start < clause_start]
    return subjects[0] if subjects else None


def _nearest(view, a, usable, clauses):
    before = [m for m in usable if m.end <= a.value.start]
    return before[-1] if before else None


_BY_ROLE = {
    "possessor": _possessor,
    "compound": _compound,
    "object": _object,
    "modified": _modified,
    "subject": _subject,
    "sentence_subject": _sentence_subject,
    "nearest": _nearest,
}
