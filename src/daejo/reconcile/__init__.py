"""Reconciliation: claims -> findings (docs/design.md, "Comparison semantics").

Claims are grouped by (canonical entity, attribute) in a dict, so the work is
quadratic only inside a group, never over the corpus. Within a group every pair
from different articles and within one article is compared; when new articles
are checked against the ledger, only pairs involving a new article count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import timedelta
from itertools import combinations

from daejo.extract.frames import PLACE_UNITS, REACHED, frame_lexicon
from daejo.gcpause import gc_paused
from daejo.models import ArticleClaims, Finding
from daejo.reconcile.align import ALIGN_STRONG, change_direction, figure_clause, keyed_wrong, contrasted_events, closeness, mistyped, opposite_changes, slipped_long, transposed, ELAPSED_SLACK_DAYS, aligned_pairs, dated_apart, elapsed, is_streak, streak_told_later, similarity, stage_marks, stages_differ

# two claims of a many-valued attribute told in this alike words are one fact
SAME_FACT_SIMILARITY = 0.8
from daejo.reconcile.compare import REPORTED_DAYS, STORY_PREFIX, Comparison, Conversions, Side, days_between, fell, published_at, published_before, published_within, qualifier_key, report_order, report_time_text, values_meet, as_of_comparable, compare_pair, find_conversions, one_day_as_of, point_for_percent
from daejo.reconcile.findings import build_finding, sort_findings
from daejo.reconcile.fingerprint import normalised_value
from daejo.reconcile.merge import merge_against_ledger
from daejo.reconcile.intervals import NumInterval, as_of_interval, numbers_overlap, numeric_interval
from daejo.reconcile.policy import FRAME_PREFIX, AttributePolicy, frame_policy, load_policies, policy_for
from daejo.values import parse_values
from daejo.reconcile.rules import (AGE_BIRTH, ALL_RULES, PAIR_RULES, SUSPICIOUS, VALUE_MISMATCH, WEEKDAY, Verdict, calendar_day, is_fact,
                                   is_suspicious, later_plan, weakly_named, written_weekday)

__all__ = ["reconcile", "ALL_RULES", "AttributePolicy", "load_policies"]

GroupKey = tuple[str, str, str, str]  # entity, attribute, qualifier, dimension (open frames)


def reconcile(
    new: list[ArticleClaims],
    ledger: list[ArticleClaims] | None = None,
    *,
    policies: Mapping[str, AttributePolicy] | None = None,
    lang: str = "ko",
    on_record: Collection[str] = (),
    names: Mapping[str, str] | None = None,
    met: set[str] | None = None,
) -> list[Finding]:
    """Findings among the new articles and between them and the ledger.

    Ledger articles with the id of a new article are replaced by the new one.
    ``on_record`` names the sources (attributions) that are organisations
    speaking on the record: attribution to them does not soften a finding.
    ``names`` maps entity ids to the display names messages use. ``met``, when
    given, receives the ids of the claims that met a claim of another article to
    be compared with (whether or not they agree).
    The result is sorted (severity, entity, attribute, id) and deterministic.

    The cyclic garbage collector is held off meanwhile (``daejo.gcpause``): with
    every claim a live object, its full walks made a large in-memory
    reconciliation grow faster than its number of claims.
    """
    with gc_paused():
        return _reconcile(new, ledger, policies=policies, lang=lang, on_record=on_record, names=names, met=met)


def _reconcile(
    new: list[ArticleClaims],
    ledger: list[ArticleClaims] | None,
    *,
    policies: Mapping[str, AttributePolicy] | None,
    lang: str,
    on_record: Collection[str],
    names: Mapping[str, str] | None,
    met: set[str] | None,
) -> list[Finding]:
    table = policies if policies is not None else load_policies()
    new_ids = {a.article for a in new}
    old = [a for a in (ledger or []) if a.article not in new_ids]
    official = frozenset(on_record)
    sides = _sides(new, True, official, names or {}, table) + _sides(old, False, official, names or {}, table)
    conversions = find_conversions([*new, *old])

    verdicts: list[tuple[object, Verdict, AttributePolicy]] = []
    judged: set[frozenset[str]] = set()
    clauses = _clauses(sides)
    sentences = _sentences(sides)
    ambiguous: set[str] = set()
    groups = _groups(sides)
    for a, b, policy in _keyed_pairs(groups, table, ambiguous):
        if frozenset((a.claim.id, b.claim.id)) in judged or stages_differ(a.claim, b.claim):
            continue  # a preliminary and a final figure, a sentence and what was asked for
        if policy.cardinality == "many" and not _same_fact(a, b, policy, table, clauses, conversions):
            continue
        if policy.personal and _two_people(a, b):
            continue
        if contrasted_events(a, b):
            continue  # `8일 공개` / `24일 정식 출시`: one product's unveiling and its release
        judged.add(frozenset((a.claim.id, b.claim.id)))
        if met is not None:
            met.update((a.claim.id, b.claim.id))
        verdict = _judge_pair(a, b, _standing(a, b, policy), conversions, aligned=_one_story(a, b))
        if verdict is not None:
            verdicts.append(verdict)
    facts = [replace(s, ambiguous=True) if s.claim.id in ambiguous else s for s in _first_tellings(sides) if is_fact(s) and not is_suspicious(s)]
    for a, b, sim in aligned_pairs(facts, met):
        if frozenset((a.claim.id, b.claim.id)) in judged or dated_apart(a, b):
            continue
        policy = _standing(a, b, _aligned_policy(a, b, table))
        same_attribute = a.claim.attribute == b.claim.attribute and not a.claim.attribute.startswith(FRAME_PREFIX)
        verdict = _judge_pair(a, b, policy, conversions, weak=sim < ALIGN_STRONG and not same_attribute, aligned=True,
                              strong=sim >= STRONG_WORDS)
        if verdict is not None:
            verdicts.append(verdict)
    verdicts = [v for v in verdicts if not _total_of_parts(v[1].sides, sentences)]
    verdicts.extend(_age_birth_verdicts(sides, table))
    verdicts.extend(_weekday_verdicts(sides, table, names or {}))
    verdicts.extend(
        (SUSPICIOUS, v, policy_for(s.claim.attribute, table))
        for s in sides
        if s.is_new and (v := SUSPICIOUS.check(s)) is not None  # the text itself is suspect, entity or not
    )
    findings: dict[tuple, Finding] = {}
    built = [build_finding(rule, verdict, lang) for rule, verdict, _ in verdicts]  # type: ignore[arg-type]
    # the same discrepancy written twice in an article (headline and body: the
    # same values, even in other words) is one finding: keep its first
    # occurrence in the text, whatever the input order
    for finding in sorted(built, key=lambda f: ([(s.article, s.start, s.end) for s in f.claims], f.id)):
        findings.setdefault(_discrepancy(finding), finding)
    return sort_findings(merge_against_ledger(list(findings.values()), new_ids))


def _first_tellings(sides: list[Side]) -> list[Side]:
    """The sides without a figure its article told in the sentence before, in the same
    frame and value, and now takes as its topic (`솔뫼군에서는 계기진도 5가 관측됐다.
    계기진도 5는 … 수준이다.`): the second is the first taken up again (here to explain it),
    not another fact. (`사망 2명, 실종 3명이다` after a lead's `2명이 숨지고` states it again
    with its report time: kept.)"""
    seen: dict[tuple, int] = {}
    out = []
    for side in sides:
        c = side.claim
        key = (c.article, c.attribute, c.entity, normalised_value(c.value))
        sentence = c.evidence.sentence_index
        before = seen.get(key)
        seen[key] = sentence
        if before is not None and sentence - before == 1 and _as_topic(c):
            continue
        out.append(side)
    return out


def _as_topic(claim) -> bool:
    """The figure is its sentence's topic (`계기진도 5는 …`): talked about, not stated."""
    ev = claim.evidence
    return ev.sentence.startswith(("는", "은"), ev.end - ev.sentence_start)


def _discrepancy(finding: Finding) -> tuple:
    sides = sorted((s.article, normalised_value(s.value)) for s in finding.claims)
    return (finding.rule, finding.entity, finding.attribute, tuple(sides))


def _sides(
    articles: Iterable[ArticleClaims], is_new: bool, official: frozenset[str], names: Mapping[str, str],
    table: Mapping[str, AttributePolicy],
) -> list[Side]:
    """Each claim with its article; a claim about an event with no entity of its own
    is about its story's event (`story:…`)."""
    out = []
    for article in articles:
        story = STORY_PREFIX + article.story if article.story else None
        for claim in article.claims:
            event = story if story and policy_for(claim.attribute, table).event else None
            scope = f"{story}/" if story and claim.entity and _story_bound(claim, policy_for(claim.attribute, table)) else ""
            name = names.get(claim.entity or event or "") or (claim.entity_text if claim.entity else None)
            out.append(Side(claim, article, is_new, on_record=claim.attribution in official, entity_name=name,
                            attribution_name=names.get(claim.attribution or ""), story=event, scope=scope))
    return out


_ANONYMISED = re.compile(r"[가-힣](모|씨|모씨)|[a-z]씨")


# the catalogue's time of an incident (`event_time`): an incident belongs to its story
EVENT_TIME = "event_time"


def _story_bound(claim, policy: AttributePolicy) -> bool:
    """An unregistered name is compared within its story only for an open frame, for a
    fact only a person has (an age: two stories' `한도윤` are two people; a name is no
    person's own), for the time of an incident (`적설` since `1976년` in one storm's story,
    `1973년` in another's: a word the analyzer took for a name), and when it is an anonymised
    person (`오모`, `김씨`, `A씨`). A catalogue fact of a specific name (`청람전자` founded in
    1995, an alliance launched in 2021) is compared across stories."""
    if claim.entity_registered:
        return False
    return (claim.attribute.startswith(FRAME_PREFIX) or policy.personal
            or claim.attribute == EVENT_TIME
            or _ANONYMISED.fullmatch(claim.entity or "") is not None)


def dimension(claim_value) -> str:
    """What a value measures in: money of any currency is one dimension (the text's
    conversions relate them), a counter or unit another, a time another."""
    if claim_value.kind == "money":
        return "money"
    if claim_value.kind == "time":
        return "time"
    return claim_value.unit or claim_value.kind


def _groups(sides: list[Side]) -> dict[GroupKey, list[Side]]:
    groups: dict[GroupKey, list[Side]] = defaultdict(list)
    for side in sides:
        claim = side.claim
        entity = side.entity
        if entity is None or not is_fact(side) or is_suspicious(side):
            continue
        unit = dimension(claim.value) if claim.attribute.startswith(FRAME_PREFIX) else ""
        groups[(entity, claim.attribute, qualifier_key(claim.qualifier), unit)].append(side)
    return groups


def _keyed_pairs(
    groups: dict[GroupKey, list[Side]], table: Mapping[str, AttributePolicy], ambiguous: set[str]
) -> Iterator[tuple[Side, Side, AttributePolicy]]:
    """The pairs compared by key, with their policy: two articles' figures of one group
    (entity, attribute, qualifier), then a figure with no qualifier against one whose
    qualifier its words name. ``ambiguous`` receives the claims of one-valued
    attributes that their article gives two values of (they are aligned instead)."""
    for key, members in groups.items():
        if key[1].startswith(FRAME_PREFIX) or (key[0].startswith(STORY_PREFIX) and "/" not in key[0]):
            continue  # open frames and facts about a story's event are aligned by their words
        policy = policy_for(key[1], table, key[3] or None)
        kept = unambiguous(members)
        if policy.cardinality == "one" and kept is not members:
            ambiguous.update(s.claim.id for s in members if s not in kept)
        for a, b in _pairs(kept):
            yield a, b, policy
    for a, b in _unqualified_pairs(groups):
        yield a, b, policy_for(a.claim.attribute, table)


def _unqualified_pairs(groups: dict[GroupKey, list[Side]]) -> Iterable[tuple[Side, Side]]:
    """A catalogue figure with no qualifier and one of the same entity and attribute with
    a qualifier the first one's words name (`점유율 순위는 3위` / `점유율 4위` (qualifier
    `점유율`)): one fact, which the qualifier alone kept in two groups."""
    by_fact: dict[tuple, dict[str, list[Side]]] = defaultdict(dict)
    for (entity, attribute, qualifier, unit), members in groups.items():
        if attribute.startswith(FRAME_PREFIX) or entity.startswith(STORY_PREFIX):
            continue
        by_fact[(entity, attribute, unit)][qualifier] = members
    for kinds in by_fact.values():
        bare = kinds.get("")
        if not bare:
            continue
        for qualifier, members in kinds.items():
            if not qualifier:
                continue
            stem = qualifier[:2]
            for a in unambiguous(bare):
                if not any(len(w) >= 2 and w[0].isalnum() and (w in qualifier or stem in w) for w in a.claim.context):
                    continue
                for b in unambiguous(members):
                    if a.claim.article != b.claim.article and (a.is_new or b.is_new):
                        yield a, b


def unambiguous(members: list[Side]) -> list[Side]:
    """The group without the articles that give it two values that cannot both hold
    at one time: such an article speaks of two facts the group does not tell apart
    (two defendants' sentences, two teams' wins), so neither is compared."""
    by_article: dict[str, list[Side]] = defaultdict(list)
    for side in members:
        by_article[side.claim.article].append(side)
    mixed = {
        article for article, own in by_article.items()
        if any(_two_facts(a, b) for a, b in combinations(own, 2))
    }
    return [s for s in members if s.claim.article not in mixed] if mixed else members


def _two_facts(a: Side, b: Side) -> bool:
    if stage_marks(a.claim) != stage_marks(b.claim):
        # two stages of one figure in one article (`잠정 영업이익 2조8천억원`, and the
        # result, `2조3천412억원`): the article tells them apart even when one is unmarked
        return False
    ia, ib = as_of_interval(a.claim.as_of), as_of_interval(b.claim.as_of)
    if ia is not None and ib is not None and (ia != ib or not ia.overlaps(ib)):
        return False  # one fact at two times (`3명에서 5명으로 늘었다`, a quarter and its year)
    return not values_meet(a.claim.value, b.claim.value)


def _pairs(members: list[Side]) -> Iterable[tuple[Side, Side]]:
    """Pairs from two different articles with at least one new side.

    Two figures of one attribute in one article are different facts far more
    often than a slip (`256GB는 119만9천원, 512GB는 134만2천원`, a scoring rank
    and a league rank, a count before and after an update): an article is never
    reported against itself."""
    for a, b in combinations(members, 2):
        if not (a.is_new or b.is_new):
            continue
        if a.claim.article == b.claim.article:
            continue
        yield a, b


def _clauses(sides: list[Side]) -> dict[tuple[str, int, str], list[Side]]:
    """Claims by (article, sentence, entity): where a companion claim is found."""
    index: dict[tuple[str, int, str], list[Side]] = defaultdict(list)
    for side in sides:
        claim = side.claim
        if claim.entity is not None:
            index[(claim.article, claim.evidence.sentence_index, claim.entity)].append(side)
    return index


def _sentences(sides: list[Side]) -> dict[tuple[str, int], list[Side]]:
    """Counts and amounts by (article, sentence): the parts a total may be the sum of."""
    index: dict[tuple[str, int], list[Side]] = defaultdict(list)
    for side in sides:
        claim = side.claim
        if claim.value.kind != "time" and claim.value.value is not None:
            index[(claim.article, claim.evidence.sentence_index)].append(side)
    return index


# at most this many parts are added up to a total
PARTS_MAX = 3


def _total_of_parts(pair: list[Side], sentences: dict[tuple[str, int], list[Side]]) -> bool:
    """One side is the sum of figures its other article lists in one sentence with the
    other side (`탑승객 191명` against `승객 183명, 승무원 8명`; `사상자 12명` against
    `사망 3명, 부상 9명`): a total and its part, not one fact told two ways."""
    if len(pair) != 2:
        return False
    if pair[0].claim.attribute == pair[1].claim.attribute and _labelled_count(pair[0].claim.attribute):
        # `반대 8표, 기권 3표` against `반대 11표`: a total written under the label of one of
        # its parts is that part misreported, not another fact
        return False
    # a total written under the very frame of one of its parts, the other parts items of
    # their own labels (`찬성 41명, 반대 8명, 기권 3명` against `찬성 44명`; `외국인은 2조원,
    # 기관은 6,218억원`), is that part misreported
    same_frame = (pair[0].claim.attribute == pair[1].claim.attribute and _labelled_item(pair[0])
                  and _labelled_item(pair[1]))
    for part, total in (pair, pair[::-1]):
        t = numeric_interval(total.claim.value)
        if t is None or part.claim.value.value is None:
            continue
        unit = dimension(part.claim.value)
        others = [
            s for s in sentences.get((part.claim.article, part.claim.evidence.sentence_index), [])
            if s.claim.id != part.claim.id and dimension(s.claim.value) == unit and s.claim.value.value is not None
            and s.claim.value.text != part.claim.value.text
        ]
        own = float(part.claim.value.value)
        # (the other items of the part's list, each labelled by a word of its own: read once)
        items = {s.claim.id for s in others if s.claim.attribute != part.claim.attribute and _labelled_item(s)} if same_frame else set()
        for n in range(1, min(PARTS_MAX - 1, len(others)) + 1):
            for extra in combinations(others, n):
                if items and all(s.claim.id in items for s in extra):
                    continue  # `찬성 41명, … 기권 3명` against `찬성 44명`: the parts' own labels differ
                added = sum(float(s.claim.value.value) for s in extra)
                if added == own:
                    continue  # `유증상자 26명(학생 23명, 교직원 3명)`: the part's own breakdown, no other part
                total_value = own + added
                if numbers_overlap(NumInterval(total_value, total_value), t):
                    return True
    return False


# the word right before a figure, and a topic, subject or additive particle it may end with
_LABEL_BEFORE = re.compile(r"([가-힣]+?)(은|는|이|가|도)?\s?$")


def _labelled_item(side: Side) -> bool:
    """The figure is an item of a list its open frame labels: the word right before it
    is the frame's last word (`반대 6명`, `기관은 6,218억원`, `추징금 4억4천만원`)."""
    attribute = side.claim.attribute
    if not attribute.startswith(FRAME_PREFIX):
        return False
    ev = side.claim.evidence
    m = _LABEL_BEFORE.search(ev.sentence[max(0, ev.start - ev.sentence_start - 12) : ev.start - ev.sentence_start])
    if m is None:
        return False
    key = attribute[len(FRAME_PREFIX):]
    # the word without its particle, and as written (a noun may end in a particle's
    # letter: `어린이`)
    return any(w and (key.endswith(w) or w.endswith(key)) for w in (m.group(1), m.group(0).strip()))


def _labelled_count(attribute: str) -> bool:
    """An open frame of a count its label names (`~반대표`: data/frames.yaml labelled_units)."""
    if not attribute.startswith(FRAME_PREFIX):
        return False
    key = attribute[len(FRAME_PREFIX):]
    return any(key.endswith(unit) and len(key) > len(unit) for unit in frame_lexicon().labelled_units)


def _same_fact(a: Side, b: Side, policy: AttributePolicy, table, clauses, conversions: Conversions) -> bool:
    """Whether two claims of a many-valued attribute are about the same fact.

    An organisation may have several investments or targets at once, so two of
    them differ without contradicting; they are the same fact when they carry
    the same qualifier or when their companions in the same clause agree (two
    targets of 1000 people are one target, so their deadlines must agree).
    """
    if a.claim.qualifier and qualifier_key(a.claim.qualifier) == qualifier_key(b.claim.qualifier):
        return True
    sim = similarity(a, b, frozenset(), bonuses=False)
    if sim is not None and sim >= SAME_FACT_SIMILARITY and not dated_apart(a, b):
        return True  # told in nearly the same words (`우담모터스가 하람시에 1조2천억원을 투자해`)
    if not a.claim.qualifier and not b.claim.qualifier and _one_named_period(a, b):
        # one entity's rate of one named period (`8월 주택가격동향`: `노송구는 1.12% 올라`),
        # told in alike words and values
        aligned_sim = similarity(a, b, frozenset())
        if aligned_sim is not None and aligned_sim >= SAME_FACT_SIMILARITY:
            return True
    if policy.companion is None:
        return False
    companion_policy = policy_for(policy.companion, table)
    for ca in _companions(a, policy.companion, clauses):
        for cb in _companions(b, policy.companion, clauses):
            cmp = compare_pair(ca, cb, companion_policy, conversions)
            if cmp is not None and not cmp.conflict:
                return True
    return False


def _one_named_period(a: Side, b: Side) -> bool:
    """Both figures hold for one period their articles name (a quarter, a month), not
    for their publication days; or for one day, named or the day an article came out
    (`코스피는 하루 새 1.7% 상승` on the 17th / `17일 … 1.86% 오르며`)."""
    sources = {a.claim.as_of_source, b.claim.as_of_source}
    if a.claim.as_of is None or a.claim.as_of != b.claim.as_of:
        return False
    return sources <= {"explicit", "report"} or (sources <= {"explicit", "report", "published"} and one_day_as_of(a, b))


def _companions(side: Side, attribute: str, clauses) -> list[Side]:
    claim = side.claim
    found = clauses.get((claim.article, claim.evidence.sentence_index, claim.entity or ""), [])
    return [s for s in found if s.claim.attribute == attribute and is_fact(s)]


def _side_key(side: Side) -> tuple:
    ev = side.claim.evidence
    return (side.claim.article, ev.start, ev.end, side.claim.id)


def _aligned_policy(a: Side, b: Side, table: Mapping[str, AttributePolicy]) -> AttributePolicy:
    """A catalogue side's policy, else the open frames' (by their frames):
    varying when either is, growing when either grows; a duration since an event
    holds at its article's date."""
    if is_streak(a) != is_streak(b) and "duration" == a.claim.value.kind == b.claim.value.kind:
        # `파업이 이틀째 이어진 17일` / `파업이 사흘 만에 끝났다`: a span still running, told
        # on its day, and the whole span after it ended: the running one only rises
        return replace(_plain_policy(a, b, table), varies=True, grows=True, as_of_slack_days=0)
    if is_streak(a) and is_streak(b) and streak_told_later(a, b):
        # `15주 연속 상승` / `16주 연속` a week later: how long a state has lasted rises
        # with time; longer by what passed between the articles, it is one streak told later
        # (before the span since an event: `23일째` / `24일째` a day later is no slip of a
        # figure that holds for weeks)
        return replace(_plain_policy(a, b, table), varies=True, grows=True, as_of_slack_days=0)
    if elapsed(a.claim) or elapsed(b.claim):
        return AttributePolicy(id=a.claim.attribute, varies=True, as_of_slack_days=ELAPSED_SLACK_DAYS)
    if (_reached(a) or _reached(b)) and not (slipped_long(a, b) and (_reached_before(a, b) or _reached_before(b, a))):
        # a level a change reached (`120회로 늘렸다`, `360억원으로 줄었다`) says the figure
        # moves: compared only where both hold at one time, or where an amount a change set
        # is told again later with a place slipped or digits swapped (`948억6천만원으로 늘었다`
        # on the 7th, `9천486억원` on the 16th: a later change seldom does that)
        return replace(_plain_policy(a, b, table), varies=True, as_of_slack_days=0)
    if _deployed(a) or _deployed(b):
        # `인력 640명과 장비 52대가 투입됐다` on the 14th / `인력 870명과 장비 71대가 투입돼` on
        # the 15th: each day's deployment, compared only at one report time
        return replace(_plain_policy(a, b, table), varies=True, as_of_slack_days=0)
    if _running_total(a) or _running_total(b):
        # `누적 관람객은 12만명`: a running total only rises, whatever the attribute (a match's
        # attendance is fixed; an exhibition's running total is not)
        return replace(_plain_policy(a, b, table), varies=True, grows=True, as_of_slack_days=0)
    return _plain_policy(a, b, table)


def _standing(a: Side, b: Side, policy: AttributePolicy) -> AttributePolicy:
    """Two places in an order whose words both say they are a company's standing in its
    industry (data/frames.yaml ``standing_words``: `업계 3위` / `업계 2위 사업자`) hold for a
    year's results: compared across the months a story runs (``STANDING_SLACK_DAYS``),
    where a chart's or a table's place is compared only on its day."""
    if policy.id != RANK or not policy.varies:
        return policy
    words = frame_lexicon().standing_words
    if words.isdisjoint(a.claim.context) or words.isdisjoint(b.claim.context):
        return policy
    return replace(policy, as_of_slack_days=max(policy.as_of_slack_days, STANDING_SLACK_DAYS))


# the days an industry standing holds around its report
STANDING_SLACK_DAYS = 180


# the word of a running total, and how far before its figure it may stand
CUMULATIVE = "누적"
CUMULATIVE_REACH = 24


def _deployed(side: Side) -> bool:
    """A count of people or equipment sent to a scene (data/frames.yaml ``deployment_verbs``
    among its words: `장비 52대가 투입됐다`), not an amount spent (`1천억원을 투입`)."""
    value = side.claim.value
    return value.kind == "quantity" and not frame_lexicon().deployment_verbs.isdisjoint(side.claim.context)


def _running_total(side: Side) -> bool:
    """The figure is a running total: `누적` stands before it with no other figure but
    times between (`누적 관람객이 20일 오전 5만 명을`, `누적 관람객은 12만명`); in `누적
    매출액은 243억원으로 순제작비 135억원을` the running total is the other figure."""
    ev = side.claim.evidence
    return _total_before(ev.sentence[max(0, ev.start - ev.sentence_start - CUMULATIVE_REACH) : ev.start - ev.sentence_start])


@lru_cache(maxsize=4096)
def _total_before(before: str) -> bool:
    """(``_running_total`` of the text before a figure: read once per figure, not once per
    pair it is aligned in.)"""
    at = before.rfind(CUMULATIVE)
    if at < 0:
        return False
    between = before[at + len(CUMULATIVE):]
    return all(v.kind == "time" for v in parse_values(between))


PRELIMINARY = "%preliminary"


def _preliminary_then_later(early: Side, late: Side) -> bool:
    """``early`` is marked preliminary (`잠정 집계`, `잠정 공시`) and ``late``, unmarked, came
    out REPORTED_DAYS or more after it: the final figure may differ from the preliminary
    one with no word saying which is which (issue #13, series)."""
    if PRELIMINARY not in early.claim.context or stage_marks(late.claim):
        return False
    return published_before(early, late) and not published_within(early, late, REPORTED_DAYS)


# stages a figure reaches when it is settled: what was passed, adjusted or confirmed
SETTLED = frozenset({"%final", "%revised"})


def _settled_after(early: Side, late: Side) -> bool:
    """``late`` is marked settled (`확정된 예산`, `…으로 조정됐고`) and ``early``, marking no
    stage, came out REPORTED_DAYS or more before it: it told the figure before it was
    settled (the proposal, the first plan), so the two are two stages of one figure. (A
    figure settled as the proposal had it, `원안대로 통과됐다`, marked with both stages, is
    the proposal's figure too.)"""
    marks = stage_marks(late.claim)
    if not SETTLED & marks or PRELIMINARY in marks or stage_marks(early.claim):
        return False
    if frame_lexicon().agreements & set(early.claim.context):
        return False  # `노사가 합의한 안은 시급 4.5% 인상`: agreed terms are what is ratified
    return published_before(early, late) and not published_within(early, late, REPORTED_DAYS)


def _earlier_state(changed: Side, other: Side) -> bool:
    """``changed`` is the level a change reached from a value its sentence writes right
    before it (`1심의 5억원에서 3억원으로 낮아졌다`), and ``other``, out EARLIER_STATE_DAYS or
    more before it, gives that earlier value: it reported the state before the change. (An
    article of the same days giving the earlier value as the present one, `벌금 5억원은
    그대로`, still disputes it.)"""
    if not published_before(other, changed):
        return False  # told the same day, or later: the same state, told two ways
    if published_within(changed, other, EARLIER_STATE_DAYS) and not _changed_after(changed, other):
        return False  # told days apart, and the change may be older than the other article
    ev = changed.claim.evidence
    before = ev.sentence[: ev.start - ev.sentence_start]
    if not ev.sentence.startswith(("로", "으로"), ev.end - ev.sentence_start):
        return False
    m = _FROM_VALUE.search(before)
    if m is None:
        return False
    found = [v for v in parse_values(m.group(1)) if v.end == len(m.group(1))]
    return bool(found) and dimension(found[-1]) == dimension(other.claim.value) and values_meet(found[-1], other.claim.value)


def _changed_after(changed: Side, other: Side) -> bool:
    """The change is dated (`전날 교섭에서 … 3.2%에서 3.5%로 올린`) to a day after
    ``other`` came out: ``other`` could only know the state before it."""
    c = changed.claim
    pub = other.header.published
    if c.as_of_source != "explicit" or c.as_of is None or not c.as_of.start or not pub:
        return False
    return c.as_of.start[:10] > pub[:10]


# an article this many days before another may report the state before a change the
# other reports
EARLIER_STATE_DAYS = 31


# `…5억원에서 ` right before the value a change reached
_FROM_VALUE = re.compile(r"(\S+)에서\s?$")


def _reached(side: Side) -> bool:
    return REACHED in side.claim.context


def _reached_before(a: Side, b: Side) -> bool:
    """``a`` is an amount a change set (a cost, a price, a sum) and ``b`` a plain figure told
    after it: the amount holds on (a plain figure told before the change may be the one it left)."""
    if (not _reached(a) or _reached(b) or a.claim.as_of is None or b.claim.as_of is None
            or a.claim.value.kind != "money"):
        return False  # (a reading a change reached, `영하 24.7도까지 떨어졌다`, holds only then)
    return a.claim.as_of.end[:10] <= b.claim.as_of.start[:10]


def _plain_policy(a: Side, b: Side, table: Mapping[str, AttributePolicy]) -> AttributePolicy:
    if not a.claim.attribute.startswith(FRAME_PREFIX):
        return policy_for(a.claim.attribute, table, a.claim.value.unit)
    if not b.claim.attribute.startswith(FRAME_PREFIX):
        return policy_for(b.claim.attribute, table, b.claim.value.unit)
    pa = frame_policy(a.claim.attribute, a.claim.value.unit)
    pb = frame_policy(b.claim.attribute, b.claim.value.unit)
    if a.claim.value.kind == "time" and b.claim.value.kind == "time":
        # when an event happened (`이달 3일 확진`) does not change as a count of it does
        return replace(pa, varies=False, grows=False)
    return replace(pa, varies=pa.varies or pb.varies, grows=pa.grows or pb.grows)


def _judge_pair(a: Side, b: Side, policy: AttributePolicy, conversions: Conversions, *, weak: bool = False,
                aligned: bool = False, strong: bool = False):
    a, b = sorted((a, b), key=_side_key)  # messages name the sides in a fixed order
    if not (as_of_comparable(a, b, policy) or (aligned and _told_of_one_moment(a, b, policy))):
        return _decrease(a, b, policy, conversions) if policy.grows else None
    # two stages of one figure: `잠정 공시` of the 7th against the results told three weeks on;
    # a budget's proposal of 10 November against the one passed on 15 December
    staged = (_preliminary_then_later(a, b) or _preliminary_then_later(b, a)
              or _settled_after(a, b) or _settled_after(b, a))
    if staged and not slipped_long(a, b):
        return None  # (a stage seldom changes a figure to its digits swapped or tenfold: a slip)
    cmp = compare_pair(a, b, policy, conversions)
    if cmp is not None and staged:
        cmp = replace(cmp, staged=True)  # a slip more likely than a change between stages: a warning
    if cmp is not None and not cmp.conflict and opposite_changes(a, b):
        cmp = _opposite_directions(a, b)  # `3.1% 감소했다` / `3.1% 늘어난`: a fall told as a rise
    if cmp is not None and not cmp.conflict and policy.id == "age":
        cmp = _age_a_year_apart(a, b) or cmp  # `도채은(24)` / `25세 도채은` two days later
    if cmp is None or not cmp.conflict or later_plan(a, b):
        return None
    if _earlier_state(a, b) or _earlier_state(b, a):
        return None  # `1심의 5억원에서 3억원으로 낮아졌다` against `5억원`: the state before the change
    if (policy.varies and not policy.as_of_slack_days and not _at_one_named_moment(a, b)
            and not {a.claim.as_of_source, b.claim.as_of_source} <= {"explicit", "report"}):
        cmp = replace(cmp, uncertain_time=True)  # a changing figure dated only by its articles
    if weak:
        if _far_apart(a, b):
            return None  # `2천180억원` / `768억원` in words alike only weakly: two facts, not one misreported
        if _many_alike(a, b):
            # `3,600원` / `3,800원`, `47.2%` / `48.4%` in words alike only weakly: a story's many
            # amounts and rates (one mistyped is no weak match: the slip lifts its alignment)
            return None
        cmp = replace(cmp, weak_match=True)
    if strong:
        cmp = replace(cmp, strong_match=True)
    if _many_alike(a, b) and weakly_named(a, b) and not cmp.strong_match and not (
            mistyped(a, b) or keyed_wrong(a.claim.value, b.claim.value) or opposite_changes(a, b)):
        return None  # `9조5,740억원` / `9조8,435억원` of subjects named only weakly: two sums, not one mistyped
    for rule in PAIR_RULES:
        verdict = rule.check(a, b, cmp)  # type: ignore[attr-defined]
        if verdict is not None:
            return rule, verdict, policy
    return None


# the kinds of figure a story tells many of in alike words (prices, sums, shares, rates): two
# of them in words alike only weakly are two facts
_MANY_KINDS = frozenset({"money", "percent"})


def _many_alike(a: Side, b: Side) -> bool:
    return a.claim.value.kind in _MANY_KINDS and b.claim.value.kind in _MANY_KINDS


def _far_apart(a: Side, b: Side) -> bool:
    """Two amounts or counts at least half again apart (no slip of a digit or of the
    decimal point, no place in an order): with words alike only weakly they tell two
    facts, not one misreported."""
    va, vb = a.claim.value, b.claim.value
    if va.kind == "time" or vb.kind == "time" or va.unit in PLACE_UNITS or vb.unit in PLACE_UNITS:
        return False
    return closeness(va, vb) == 0.0 and not mistyped(a, b)


# articles this many days apart give one person's age at one time of their life: ages a
# year apart are a slip, or a birthday between them (a warning)
AGE_STEP_DAYS = 60


def _age_a_year_apart(a: Side, b: Side) -> Comparison | None:
    """One person's exact ages a year apart in articles under AGE_STEP_DAYS apart (the
    age's own tolerance allows the year a birthday adds): an error when the earlier
    article gives the older age or both came out the same day, else a warning (a
    birthday may fall between them)."""
    va, vb = a.claim.value, b.claim.value
    if va.value is None or vb.value is None or va.bound != "exact" or vb.bound != "exact":
        return None
    x, y = float(va.value), float(vb.value)
    if abs(x - y) != 1 or not published_within(a, b, AGE_STEP_DAYS):
        return None
    ta, tb = published_at(a), published_at(b)
    if ta is None or tb is None:
        return None
    later_older = ta.date() != tb.date() and (ta < tb) == (x < y)
    days = abs((tb.date() - ta.date()).days)
    return Comparison(conflict=True, reason=f"age {x:g} / {y:g} in articles {days} days apart",
                      reason_ko=f"{days}일 사이에 나온 두 기사의 나이가 다릅니다: {x:g}세 ↔ {y:g}세",
                      birthday_between=later_older)


def _opposite_directions(a: Side, b: Side) -> Comparison:
    ta, tb = (f"{s.claim.value.text} {'증가' if change_direction(s) > 0 else '감소'}" for s in (a, b))
    return Comparison(conflict=True, reason=f"change {a.claim.attribute}: opposite directions ({ta} / {tb})",
                      reason_ko=f"같은 변화를 한쪽은 증가로, 다른 쪽은 감소로 전합니다: {ta} ↔ {tb}")


# the catalogue's rank (a standing in a table, a chart, a tournament)
RANK = "rank"

# articles of one story this many days apart that give a changing figure in alike
# words without saying when it held are telling it of one moment (a warning: the
# times are uncertain)
ONE_MOMENT_DAYS = 3


# articles of one story this many days apart that give a changing figure with two
# neighbouring digits swapped (`38.4%` / `34.8%`, `3,140명` / `3,410명`) are telling it of
# one moment, one of them mistyped
TRANSPOSED_DAYS = 60


# aligned figures this alike in their words are of one thing even where neither sentence
# names it well (claim confidence under rules.WEAK_CONFIDENCE)
STRONG_WORDS = 1.0


def _one_story(a: Side, b: Side) -> bool:
    return a.header.story is not None and a.header.story == b.header.story


def _told_of_one_moment(a: Side, b: Side, policy: AttributePolicy) -> bool:
    """Two articles of one story give a changing figure (a share, a rank, the
    quarter's revenue) without saying when it held, less than ONE_MOMENT_DAYS apart; or
    one figure mistyped (two digits swapped, a decimal slipped) in articles that far apart;
    or two digits swapped less than TRANSPOSED_DAYS apart, unless the figure only grows."""
    wrong_unit = point_for_percent(a.claim.value, b.claim.value)
    if (wrong_unit or mistyped(a, b)) and published_within(a, b, ONE_MOMENT_DAYS) and not policy.period:
        return True  # `12.4원 오른` / `14.2원 오른`: one day's change, not two days' (a flow's period still counts)
    if not policy.grows and published_within(a, b, TRANSPOSED_DAYS) and (wrong_unit or transposed(a.claim.value, b.claim.value)):
        # `15.6% 늘어난` / `16.5% 늘었다` a week apart: a festival's attendance against last
        # year's, told again after it; two moments' figures are seldom the same digits swapped
        # (a count that only grows may still grow by that much)
        return True
    if (day := _event_day(a)) is not None and day == _event_day(b) and published_within(a, b, EVENT_DAY_DAYS):
        return True  # `첫날 참가율은 18.4%` / `첫날 최종 참가율(14.8%)`: the first day's, told any day after
    if policy.grows or policy.as_of_slack_days or _reached(a) or _reached(b):
        return False  # (a level reached by a change is told of the moment after it)
    if _at_one_named_moment(a, b):
        return True  # `출발 당시 기온`: the one moment an event of the story names
    if a.claim.as_of_source == b.claim.as_of_source == "none":
        return True  # both at an unnamed past moment of the story (`상륙 당시`, `출범 당시`)
    if not a.claim.as_of_source == b.claim.as_of_source == "published":
        return False
    ia, ib = as_of_interval(a.claim.as_of), as_of_interval(b.claim.as_of)
    if ia is None or ib is None:
        return False
    gap = max(ia.start - ib.end, ib.start - ia.end)
    if _daily(a) or _daily(b):
        return gap < timedelta(0)  # a price or a rate of another trading day is another figure
    if a.claim.attribute == b.claim.attribute == RANK:
        return gap < timedelta(0)  # a standing changes with every round or matchday: of one day only
    return gap.days < ONE_MOMENT_DAYS


# a figure of a day an event counts (data/frames.yaml ``event_days``: `첫날`, `둘째 날`) is
# told of that day by articles this many days apart
EVENT_DAY_DAYS = 14


def _event_day(side: Side) -> str | None:
    """The day of an event the figure's clause names before it (`첫날 참가율은`, `둘째 날에는`,
    `개막일`), as written without spaces; None when it names none."""
    clause, _ = figure_clause(side)
    found = _event_days().findall(clause)
    return re.sub(r"\s+", "", found[-1]) if found else None


@lru_cache(maxsize=1)
def _event_days() -> re.Pattern[str]:
    days = sorted(frame_lexicon().event_days, key=len, reverse=True)
    return re.compile("(?<![가-힣])(" + "|".join(r"\s*".join(map(re.escape, d.split(" "))) for d in days) + ")" if days else "(?!)")


# words of a frame that name the moment its figure held by an event (`출발 당시 기온`,
# `개표 직후 득표율`)
_MOMENT_WORDS = ("당시", "직후", "직전")


def _at_one_named_moment(a: Side, b: Side) -> bool:
    """Both figures are of one open frame that names the moment of an event of the story
    (`~출발당시기온`)."""
    frame = a.claim.attribute
    return frame == b.claim.attribute and frame.startswith(FRAME_PREFIX) and any(w in frame[1:] for w in _MOMENT_WORDS)


def _daily(side: Side) -> bool:
    """A figure that changes every trading day (data/frames.yaml ``daily``): its frame or
    the words around it say so (`환율은 장중 1,418원까지`, `주가는 … 7만3천200원에`)."""
    words = frame_lexicon().daily
    return any(w in side.claim.attribute for w in words) or any(w in words for w in side.claim.context)


def _decrease(a: Side, b: Side, policy: AttributePolicy, conversions: Conversions):
    """A count that only rises, reported smaller later than earlier: a warning with both times."""
    order = report_order(a, b, policy)
    if order is None:
        return None
    earlier, later = order
    if _months_apart(earlier, later, policy):
        return None  # `지난해 6월 지방선거 투표율 68.2%` / this election's 59.3%: two events' counts
    if _tally(earlier) or _tally(later):
        return None  # `4승 2패` of a season's head-to-head / `3승 2패` of the finals: two tallies
    cmp = compare_pair(earlier, later, policy, conversions)
    if cmp is None or not cmp.conflict or not fell(earlier, later):
        return None
    extra = {"earlier": report_time_text(earlier, policy), "later": report_time_text(later, policy)}
    return VALUE_MISMATCH, Verdict("warning", [earlier, later], why="decrease", extra=extra, reason=cmp.reason,
                                   reason_ko=cmp.reason_ko), policy


# a count that only rises is one developing event's within this many days; told further
# apart, the two are counts of two events (last year's election and this one)
DECREASE_DAYS = 31


def _tally(side: Side) -> bool:
    """A win or a loss counted alone (data/frames.yaml ``varying`` entries marked ``exact``:
    `~승`, `~패`): a season's, a series', a head-to-head's or a career's, which a story
    tells side by side, so a smaller one later is no count gone down."""
    attribute = side.claim.attribute
    return attribute.startswith(FRAME_PREFIX) and attribute[1:] in frame_lexicon().varying_exact


def _months_apart(earlier: Side, later: Side, policy: AttributePolicy) -> bool:
    """The times two counts hold at start more than DECREASE_DAYS apart."""
    days = days_between(earlier, later, policy)
    return days is not None and days > DECREASE_DAYS


# an anonymised person's ages this many years apart (and no slip of the keyboard) are two
# people's: `박모(52)` and his son `박모(19)` in one accident
PEOPLE_APART_YEARS = 10
# a minor and an adult (`19살 박모 양` / `박모(52) 씨`) are never one person told twice
ADULT_AGE = 20


def _two_people(a: Side, b: Side) -> bool:
    """Two ages of one anonymised name (`박모`, `A씨`), a minor's and an adult's decades
    apart, are two people's: a slip changes a digit or swaps two (`63`/`36`), it does not
    make a child of a parent."""
    if not _ANONYMISED.fullmatch(a.claim.entity or "") or a.claim.value.value is None or b.claim.value.value is None:
        return False
    x, y = sorted((float(a.claim.value.value), float(b.claim.value.value)))
    if y - x <= PEOPLE_APART_YEARS or not x < ADULT_AGE <= y:
        return False  # (two adults' ages decades apart may still be one age misreported)
    return not transposed(a.claim.value, b.claim.value.model_copy(update={"unit": a.claim.value.unit}))  # (세, 살 or none)


def _weekday_verdicts(sides: list[Side], table: Mapping[str, AttributePolicy], names: Mapping[str, str]):
    """One day written with two weekdays by two articles of one story: the first such
    date of each article, once per pair of articles and day."""
    firsts: dict[tuple[str, str, object], Side] = {}
    for side in sides:
        story = side.header.story
        if story is None or not is_fact(side) or written_weekday(side) is None:
            continue
        day = calendar_day(side)
        if day is not None:
            firsts.setdefault((story, side.claim.article, day), side)
    by_day: dict[tuple[str, object], list[Side]] = defaultdict(list)
    for (story, _, day), side in sorted(firsts.items(), key=lambda kv: (kv[0][0], kv[0][1], str(kv[0][2]))):
        by_day[(story, day)].append(side)
    for group in by_day.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if not (a.is_new or b.is_new) or written_weekday(a) == written_weekday(b):
                    continue
                verdict = WEEKDAY.check(a, b)
                if verdict is not None:
                    # a fact of the calendar, told of the story's day: the story's event's
                    verdict.sides = [_of_story_event(s, names) for s in verdict.sides]
                    yield WEEKDAY, verdict, policy_for(a.claim.attribute, table)


def _of_story_event(side: Side, names: Mapping[str, str]) -> Side:
    story = STORY_PREFIX + side.header.story
    return replace(side, claim=side.claim.model_copy(update={"entity": None}), story=story, scope="",
                   entity_name=names.get(story))


def _age_birth_verdicts(sides: list[Side], table: Mapping[str, AttributePolicy]):
    ages: dict[str, list[Side]] = defaultdict(list)
    births: dict[str, list[Side]] = defaultdict(list)
    for side in sides:
        claim = side.claim
        if claim.entity is None or not is_fact(side):
            continue
        if claim.attribute == "age":
            ages[side.entity or ""].append(side)
        elif claim.attribute == "birth_year":
            births[side.entity or ""].append(side)
    for entity in sorted(set(ages) & set(births)):
        for age in ages[entity]:
            for birth in births[entity]:
                if not (age.is_new or birth.is_new):
                    continue
                verdict = AGE_BIRTH.check(age, birth)
                if verdict is not None:
                    yield AGE_BIRTH, verdict, policy_for("age", table)
