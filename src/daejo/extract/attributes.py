"""Filing values under attributes (the precision-critical step).

Rules, in order of strength:

- a value is a candidate for an attribute only when the attribute accepts its
  kind and unit (``deaths`` wants 명) and a trigger of the attribute stands in
  the same clause, on the declared side, within the declared distance in
  morphemes, with no negative trigger of the attribute in between;
- a few values trigger themselves: a time of role ``birth`` (``1976년생``), a
  quantity in 세/살 or 위, a bare number in parentheses after a person
  (``홍길동 원장(45)``, ``남성(32)``);
- a trigger written right next to a value belongs to that value
  (``매출은 1조원, 영업이익은 1천억원``: 영업이익 is not 1조원's), except that a
  trigger after a list distributes over it (``A는 51%, B는 45%의 득표율``);
- the nearest trigger wins; at equal distance a predicate of the value
  (``3명이 숨지고``) beats a noun before it (``승객 3명``), then catalogue
  order; a value is filed under at most one attribute; the predicate of a
  value that is its subject wins at any distance in the clause (``승객 4명이
  발목 등을 다쳐``: the 4 are injured people);
- an attribute marked ``fallback`` (target_count) takes a value only when no
  specific one wants it (``파라미터를 6천억개까지 늘릴 계획``: parameter_count);
  ``requires_modality``/``excludes_modality`` tie attributes to the clause's
  mood (a planned sale is a target, not units sold);
- a converted amount in parentheses (``1억 달러(약 1천127억원)``) is filed with
  the value it restates;
- a value with no trigger in its clause yields no claim.

The entity of a claim is chosen by ``entity_roles.choose_entity``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from daejo.extract.attribution import quote_holding
from daejo.extract.assignment import Assignment, TriggerHit
from daejo.extract.catalogue import Attribute, Catalogue, Trigger
from daejo.extract.clauses import Clause, clause_of, in_item, item_marks, list_item
from daejo.extract.entities import Mention
from daejo.extract.entity_roles import ROLE_CONFIDENCE, choose_entity, person_before_paren
from daejo.extract.frames import amount_change, frame_lexicon
from daejo.extract.lexicon import _data, entity_lexicon
from daejo.extract.view import SentenceView
from daejo.models import Value



@dataclass
class _Candidate:
    distance: int
    rank: int  # 0: the trigger is the value's predicate
    order: int
    value_index: int
    hit_index: int  # -1 for self-triggered
    attribute: Attribute


def find_trigger_hits(view: SentenceView, catalogue: Catalogue, blocked: list[tuple[int, int]]) -> list[TriggerHit]:
    """Trigger occurrences, one dictionary lookup per morpheme; none inside a value or mention."""
    hits = []
    morphemes = view.morphemes
    longest = catalogue.max_trigger_parts
    lookup = catalogue.triggers_by_key.get
    spaced = catalogue.spaced_prefixes
    text, offset, n = view.text, view.offset, len(morphemes)
    prefixes = _key_prefixes(catalogue)
    # the morphemes that may begin a trigger (what the first step below ends with,
    # before any look-up): most do not, and are passed over in one comprehension
    starts = [i for i, m in enumerate(morphemes)
              if m.form in prefixes or text[m.start - offset : m.end - offset] in prefixes]
    for i in starts:
        m = morphemes[i]
        key = ""
        for last in range(i, min(n, i + 4)):
            part = morphemes[last]
            if last > i and part.start != morphemes[last - 1].end and key not in spaced:
                break  # a one-word trigger lies within one word (`출고가는` may come as 출고 + 가)
            key += part.form
            if len(key) > longest:
                break
            matched = lookup(key)
            if not matched and last > i:  # `쏟아붓` where the lemmas read 쏟 + 어 + 붓: the surface
                matched = lookup(text[m.start - offset : part.end - offset])
            for trig in matched or ():
                if any(s < part.end and m.start < e for s, e in blocked):
                    continue
                if trig.intransitive and i > 0 and morphemes[i - 1].tag == "JKO":
                    continue  # `업무를 시작한다`: the start of its object, no event of its own
                if (trig.not_before and last + 1 < n and morphemes[last + 1].start == part.end
                        and morphemes[last + 1].form in trig.not_before):
                    continue  # `공개매수`: another word, no unveiling
                hits.append(TriggerHit(trig, i, last))
            # the keys and surfaces tried further on extend these two: when neither
            # begins a trigger key, none of them is one (most morphemes stop here)
            if key not in prefixes and text[m.start - offset : part.end - offset] not in prefixes:
                break
    return hits


_PREFIXES: dict[int, tuple[object, int, frozenset[str]]] = {}


def _key_prefixes(catalogue: Catalogue) -> frozenset[str]:
    """Every prefix of every trigger key; rebuilt when the catalogue gains keys
    (removing an attribute leaves its keys, with no triggers, in the index)."""
    keys = catalogue.triggers_by_key
    known = _PREFIXES.get(id(catalogue))
    if known is None or known[0] is not keys or known[1] != len(keys):
        prefixes = frozenset(k[:j] for k in keys for j in range(len(k) + 1))
        known = _PREFIXES[id(catalogue)] = (keys, len(keys), prefixes)
    return known[2]



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


def distance_units(view: SentenceView, spans: list[tuple[int, int]]) -> list[int]:
    """Unit number of each morpheme: punctuation joins the unit before it, and a
    whole mention or value is one unit, so ``‘엑스퍼트 AI 얼라이언스’`` is as
    near as ``그것``."""
    morphemes = view.morphemes
    if not morphemes:
        return []
    # some span holds both [prev_start, end) iff the farthest end of the spans
    # starting at or before prev_start reaches end: spans by start, running maximum of ends
    ordered = sorted(spans)
    span_starts = [s for s, _ in ordered]
    reach: list[int] = []
    farthest = None
    for _, e in ordered:
        farthest = e if farthest is None or e > farthest else farthest
        reach.append(farthest)
    units = [0]
    unit = 0
    prev_start = morphemes[0].start
    for m in morphemes[1:]:
        tag = m.tag
        # punctuation, else the same span as the morpheme before (looked for only then)
        if not (tag.startswith("S") and tag not in ("SL", "SN", "SH")):
            k = bisect_right(span_starts, prev_start)
            if not (k and m.end <= reach[k - 1]):
                unit += 1
        units.append(unit)
        prev_start = m.start
    return units


def _distance(hit: TriggerHit, first: int, last: int, units: list[int]) -> int | None:
    """Units between trigger and value, or None when the trigger is on the wrong side."""
    position = hit.trigger.position
    if hit.last < first and position in ("before", "either"):
        return max(0, units[first] - units[hit.last] - 1)
    if hit.first > last and position in ("after", "either"):
        return max(0, units[hit.first] - units[last] - 1)
    return None


def _adjacent(view: SentenceView, left: int, right: int) -> bool:
    """Morpheme ``right`` follows ``left`` with at most a particle or mark between."""
    between = view.morphemes[left + 1 : right]
    return right > left and len(between) <= 1 and all(m.tag.startswith(("J", "S")) and m.tag not in ("SL", "SN", "SH") for m in between)


def _owner_of(view: SentenceView, hit: TriggerHit, spans, values: list[Value], attribute: Attribute) -> tuple[int, str] | None:
    """The value of a kind the trigger wants written right next to it, and on which side."""
    usable = [k for k, v in enumerate(values) if accepts_value(attribute, v)]
    for k in usable:
        if _adjacent(view, hit.last, spans[k][0]):
            return k, "after"  # trigger, then value: `영업이익은 1천억원`
    for k in usable:
        if _adjacent(view, spans[k][1], hit.first):
            return k, "before"  # value, then trigger: `45%의 득표율`, `3명이 숨지고`
    return None


def _may_use(view: SentenceView, hit: TriggerHit, value_index: int, spans, owner: tuple[int, str] | None) -> bool:
    if owner is None or owner[0] == value_index:
        return True
    owner_index, side = owner
    first, last = spans[value_index]
    if side != "before" or last >= spans[owner_index][0]:
        return False
    # a postposed trigger distributes over a comma list: `A는 51.8%, B는 45.1%의 득표율`
    nxt = last + 1
    return nxt < len(view.morphemes) and view.morphemes[nxt].form == ","


@lru_cache(maxsize=1)
def _partitive_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in _data("lexicon.yaml").get("partitive_nouns") or ())


def _part_of(view: SentenceView, hit: TriggerHit, value_first: int) -> bool:
    """`부상자 가운데 5명은 …`: a partitive noun right after the trigger makes the
    value a part of the trigger's set, not its count."""
    after = hit.last + 1
    return after < value_first and view.morphemes[after].form in _partitive_nouns()


def _is_predicate_of(view: SentenceView, hit: TriggerHit, value_last: int) -> bool:
    """``3명이 숨지고``: a verb (or 사망+하다) right after the value and its particle."""
    if not _adjacent(view, value_last, hit.first):
        return False
    if view.morphemes[value_last + 1].tag == "JKO":
        return False  # `예산 36억원을 들여`: the verb says what was done with the budget
    head = view.morphemes[hit.first]
    after = view.morphemes[hit.last + 1] if hit.last + 1 < len(view.morphemes) else None
    return head.tag.startswith("V") or (after is not None and after.tag in ("XSV", "XSA"))


# how far (in morphemes) the predicate of a subject count may stand after it
SUBJECT_REACH = 8


def _is_subject_of(view: SentenceView, hit: TriggerHit, value_last: int) -> bool:
    """``승객 4명이 발목 등을 다쳐``: the value is the subject (`이`/`가`) of the verb
    ``hit``, with only the verb's object or adverbs between (no other predicate)."""
    ms = view.morphemes
    if value_last + 1 >= len(ms) or ms[value_last + 1].tag != "JKS" or hit.first <= value_last + 1:
        return False
    if hit.first - value_last > SUBJECT_REACH:
        return False
    if any(m.tag.startswith(("V", "E", "XS")) for m in ms[value_last + 2 : hit.first]):
        return False
    head = ms[hit.first]
    after = ms[hit.last + 1] if hit.last + 1 < len(ms) else None
    return head.tag.startswith("V") or (after is not None and after.tag in ("XSV", "XSA"))


def is_gloss(view: SentenceView, values: list[Value], k: int) -> bool:
    """``1억달러(약 1천127억원)``: the parenthesised value restates the one before it."""
    v = values[k]
    if k == 0 or view.char(v.start - 1) != "(" or view.char(v.end) != ")":
        return False
    prev = values[k - 1]
    return prev.kind == v.kind and prev.end == v.start - 1


# how far before and after its trigger a word of another sense is looked for: the
# object before a verb (`신기록을 세웠다`) or the clause's topic (`종전 기록은 2024년 12월
# 세운 47초`), the noun a verb's clause modifies after it (`세운 종전 8월 최고 기록`)
OTHER_SENSE_BEFORE = 6
OTHER_SENSE_AFTER = 6


def _other_sense(view: SentenceView, hit, words: tuple[str, ...]) -> bool:
    """A word right around the trigger makes it mean something else (`세운 … 기록`)."""
    morphemes = view.morphemes
    around = range(max(0, hit.first - OTHER_SENSE_BEFORE), min(len(morphemes), hit.last + 1 + OTHER_SENSE_AFTER))
    return any(morphemes[i].form in words for i in around if not hit.first <= i <= hit.last)


# the endings of a noun that names a rate (`투표율`, `진화율`, `실업률`)
_RATE_ENDINGS = ("율", "률")


def _counted_noun(view: SentenceView, catalogue: Catalogue, hit, first: int, mentions: list[Mention]) -> bool:
    """A common noun written right before the figure, not a name and not a trigger of
    the hit's attribute: it names what the figure counts (`주민 300명`, `노조원 2,640명`)."""
    if first == 0 or hit.first < first:
        return False
    before = view.morphemes[first - 1]
    if before.tag in ("JKS", "JX"):
        return _another_rate_as_subject(view, catalogue, hit, first, mentions)
    if before.tag not in ("NNG", "XSN") or view.slice(before.end, view.starts[first]).strip():
        return False
    if any(m.start <= before.start < m.end for m in mentions):
        return False
    own = catalogue.get(hit.trigger.attribute).triggers
    return not any(t.forms[-1] == before.form for t in own)


def _another_rate_as_subject(view: SentenceView, catalogue: Catalogue, hit, first: int, mentions: list[Mention]) -> bool:
    """The figure's subject, right before it, is a rate that is none of the hit's attribute's
    own triggers (`최종 투표율이 29.4%에 그쳐`: the turnout, not a share; `득표율이 … 그쳤다` is one)."""
    ms = view.morphemes
    if first < 2 or ms[first - 2].tag not in ("NNG", "XSN") or not ms[first - 2].form.endswith(_RATE_ENDINGS):
        return False
    if any(m.start <= ms[first - 2].start < m.end for m in mentions):
        return False
    # (the analyzer writes `투표율` as 투표 + the suffix 율)
    rate = ms[first - 2].form if ms[first - 2].tag == "NNG" or first < 3 else ms[first - 3].form + ms[first - 2].form
    return not any("".join(t.forms) == rate for t in catalogue.get(hit.trigger.attribute).triggers)


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
    return attribute.parenthesised_after_person and person_before_paren(view, value, mentions) is not False


_SELF_TRIGGERING: dict[tuple[int, str], tuple[list[Attribute], list[Attribute]]] = {}


def _self_triggering(catalogue: Catalogue, kind: str) -> list[Attribute]:
    """The attributes of ``catalogue.of_kind(kind)`` that a value of that kind may
    trigger by itself (``_self_triggered``): a time role, a unit of its own, or a
    figure in parentheses after a person; in catalogue order. The others never file
    a value without a trigger word, so they are not tried for each value."""
    of_kind = catalogue.of_kind(kind)
    known = _SELF_TRIGGERING.get((id(catalogue), kind))
    if known is None or known[0] is not of_kind:
        found = [a for a in of_kind if a.parenthesised_after_person
                 or (kind == "time" and a.self_triggering_roles) or (kind == "quantity" and a.self_triggering_units)]
        known = _SELF_TRIGGERING[(id(catalogue), kind)] = (of_kind, found)
    return known[1]


def assign_values(
    view: SentenceView,
    values: list[Value],
    mentions: list[Mention],
    clauses: list[Clause],
    catalogue: Catalogue,
    clause_mood: Callable[[int], str],
    quotes: list[tuple[int, int]],
) -> list[Assignment]:
    """File each value under at most one attribute (see the module docstring); ``quotes``
    are the sentence's spans of quoted speech (``attribution.quote_spans``)."""
    moods: dict[int, str] = {}

    def mood_of(clause: int) -> str:  # each clause's mood read once (it is asked per attribute)
        mood = moods.get(clause)
        if mood is None:
            mood = moods[clause] = clause_mood(clause)
        return mood

    spans = [view.span_indices(v.start, v.end) for v in values]
    hits = find_trigger_hits(view, catalogue, [(v.start, v.end) for v in values] + [(m.start, m.end) for m in mentions])
    hit_clause = [clause_of(clauses, h.first) for h in hits]
    units = distance_units(view, [(v.start, v.end) for v in values] + [(m.start, m.end) for m in mentions])
    owners = [_owner_of(view, h, spans, values, catalogue.get(h.trigger.attribute)) for h in hits]
    candidates: list[_Candidate] = []
    marks, ends = item_marks(view), [b for _, b in spans]
    # `기상청은 30일 "장마가 29일 종료됐다"고 발표했다`: the words around quoted speech do not
    # file a value inside it, nor the quote's words one outside it
    hit_quote = [quote_holding(quotes, view.morphemes[h.first].start) for h in hits] if quotes else []
    for vi, value in enumerate(values):
        if is_gloss(view, values, vi):
            continue
        first, last = spans[vi]
        clause = clause_of(clauses, first)
        # `부상자 가운데 4명은 중상이다`: the 4 are some of the injured, whichever
        # trigger of that attribute would file them
        partitioned = {h.trigger.attribute for h in hits if h.last < first and _part_of(view, h, first)}
        for attribute in _self_triggering(catalogue, value.kind):
            if not accepts_value(attribute, value):
                continue
            if attribute.requires_modality and mood_of(clause) not in attribute.requires_modality:
                continue
            if _self_triggered(view, attribute, value, first, mentions):
                candidates.append(_Candidate(0, 0, attribute.order, vi, -1, attribute))
        item = list_item(marks, first, last, clauses[clause].first, clauses[clause].last, ends)
        changed = None  # whether a change verb after the value tells its amount (read once, if asked)
        value_quote = quote_holding(quotes, value.start) if quotes else None
        for hi, hit in enumerate(hits):
            if hit_clause[hi] != clause or not in_item(hit.first, item):
                continue  # (a trigger in another item of a ▲ list is that item's)
            if quotes and hit_quote[hi] != value_quote:
                continue
            distance = _distance(hit, first, last, units)
            subject = distance is not None and _is_subject_of(view, hit, last)
            if subject:
                distance = 0  # `승객 4명이 발목 등을 다쳐`: what happened to the 4 says what they count
            if distance is None or (distance > hit.trigger.distance and not subject):
                continue
            if not _may_use(view, hit, vi, spans, owners[hi]):
                continue
            if hit.trigger.yields_to_noun and _counted_noun(view, catalogue, hit, first, mentions):
                continue
            if hit.trigger.attribute in partitioned:
                continue
            attribute = catalogue.get(hit.trigger.attribute)
            if not accepts_value(attribute, value):
                continue
            if attribute.requires_modality and mood_of(clause) not in attribute.requires_modality:
                continue
            if attribute.excludes_modality and mood_of(clause) in attribute.excludes_modality:
                continue
            if attribute.other_sense and _other_sense(view, hit, attribute.other_sense):
                continue
            if not attribute.change:
                if changed is None:
                    changed = amount_change(view.morphemes, last, frame_lexicon()) is not None
                if changed:
                    continue  # `올해보다 572억원 늘어난 예산안`: the amount of a change, no budget
            lo, hi_idx = min(first, hit.first), max(last, hit.last)
            # `2001년 창단 이후`: a value right next to its trigger is not undone by 이후
            if distance > 0 and _has_negative(view, catalogue, attribute, lo, hi_idx, (first, last)):
                continue
            rank = 0 if subject or _is_predicate_of(view, hit, last) else 1
            candidates.append(_Candidate(distance, rank, attribute.order, vi, hi, attribute))
    candidates.sort(
        key=lambda c: (c.attribute.companion_of is not None, c.attribute.fallback, c.distance - (1 - c.rank), c.rank, c.order)
    )
    assigned = _greedy(view, values, spans, hits, candidates, mentions, clauses)
    return _with_glosses(view, values, spans, assigned)


def _with_glosses(view: SentenceView, values: list[Value], spans, assigned: list[Assignment]) -> list[Assignment]:
    """A gloss (`1억 달러(약 1천127억원)`) is filed with the value it restates."""
    by_value = {id(a.value): a for a in assigned}
    out = list(assigned)
    for k, v in enumerate(values):
        head = by_value.get(id(values[k - 1])) if k > 0 and is_gloss(view, values, k) else None
        if head is not None:
            first, last = spans[k]
            out.append(Assignment(v, first, last, head.attribute, head.hit, head.distance, head.clause, head.entity, head.entity_via))
    return sorted(out, key=lambda a: a.value.start)


def _greedy(view, values, spans, hits, candidates, mentions, clauses) -> list[Assignment]:
    assigned: dict[int, Assignment] = {}

    def where(c: _Candidate) -> tuple[int, int] | None:
        return (hits[c.hit_index].first, hits[c.hit_index].last) if c.hit_index >= 0 else None

    filed_in_clause: set[tuple[int, str]] = set()
    for cand in candidates:
        if cand.value_index in assigned:
            continue
        first, last = spans[cand.value_index]
        clause = clause_of(clauses, first)
        companion = cand.attribute.companion_of
        if companion and (clause, companion) not in filed_in_clause:
            continue
        # attributes sharing this trigger occurrence and distance (출범: founded_date
        # or launch_date) are told apart by the type of the entity they find
        # and a farther trigger of the same attribute may point at the entity
        # (`13개 기업이 모여 출범한 X`: 기업 is nearer, 모여 … 출범한 names X)
        group = [
            c for c in candidates
            if c.value_index == cand.value_index
            and (c.attribute is cand.attribute or (where(c) == where(cand) and c.distance == cand.distance))
            and (c.attribute.companion_of is None) == (companion is None)
        ]
        best: Assignment | None = None
        for c in sorted(group, key=lambda c: (c.attribute is not cand.attribute and c.order > cand.order, c.distance, c.order)):
            hit = hits[c.hit_index] if c.hit_index >= 0 else None
            a = Assignment(values[c.value_index], first, last, c.attribute, hit, c.distance, clause)
            a.entity, a.entity_via = choose_entity(view, a, mentions, clauses)
            if best is None or (best.entity is None and a.entity is not None):
                best = a
        assert best is not None
        if best.entity is None and best.attribute.entity_required:
            continue  # `공연에는 6만8천명이 모였다`: no alliance's members, the open frame's figure
        if companion:
            partner = next((x for x in assigned.values() if x.clause == clause and x.attribute.id == companion), None)
            if partner is not None:
                best.entity, best.entity_via = partner.entity, partner.entity_via
        assigned[cand.value_index] = best
        filed_in_clause.add((clause, best.attribute.id))
    return [assigned[i] for i in sorted(assigned)]

__all__ = ["ROLE_CONFIDENCE", "Assignment", "assign_values", "choose_entity"]
