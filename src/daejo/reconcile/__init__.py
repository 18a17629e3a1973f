"""Reconciliation: claims -> findings (DESIGN.md section 2).

Claims are grouped by (canonical entity, attribute) in a dict, so the work is
quadratic only inside a group, never over the corpus. Within a group every pair
from different articles and within one article is compared; when new articles
are checked against the ledger, only pairs involving a new article count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from itertools import combinations

from daejo.models import ArticleClaims, Finding
from daejo.reconcile.compare import Conversions, Side, as_of_comparable, compare_pair, find_conversions
from daejo.reconcile.findings import build_finding, sort_findings
from daejo.reconcile.fingerprint import normalised_value
from daejo.reconcile.merge import merge_against_ledger
from daejo.reconcile.policy import AttributePolicy, load_policies, policy_for
from daejo.reconcile.rules import AGE_BIRTH, ALL_RULES, PAIR_RULES, SUSPICIOUS, Verdict, is_fact, is_suspicious

__all__ = ["reconcile", "ALL_RULES", "AttributePolicy", "load_policies"]

GroupKey = tuple[str, str, str]  # entity, attribute, qualifier


def reconcile(
    new: list[ArticleClaims],
    ledger: list[ArticleClaims] | None = None,
    *,
    policies: Mapping[str, AttributePolicy] | None = None,
    lang: str = "ko",
    on_record: Collection[str] = (),
    names: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Findings among the new articles and between them and the ledger.

    Ledger articles with the id of a new article are replaced by the new one.
    ``on_record`` names the sources (attributions) that are organisations
    speaking on the record: attribution to them does not soften a finding.
    ``names`` maps entity ids to the display names messages use.
    The result is sorted (severity, entity, attribute, id) and deterministic.
    """
    table = policies if policies is not None else load_policies()
    new_ids = {a.article for a in new}
    old = [a for a in (ledger or []) if a.article not in new_ids]
    official = frozenset(on_record)
    sides = _sides(new, True, official, names or {}) + _sides(old, False, official, names or {})
    conversions = find_conversions([*new, *old])

    verdicts: list[tuple[object, Verdict, AttributePolicy]] = []
    clauses = _clauses(sides)
    for key, members in _groups(sides).items():
        policy = policy_for(key[1], table)
        for a, b in _pairs(members):
            if policy.cardinality == "many" and not _same_fact(a, b, policy, table, clauses, conversions):
                continue
            verdict = _judge_pair(a, b, policy, conversions)
            if verdict is not None:
                verdicts.append(verdict)
    verdicts.extend(_age_birth_verdicts(sides, table))
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


def _discrepancy(finding: Finding) -> tuple:
    sides = sorted((s.article, normalised_value(s.value)) for s in finding.claims)
    return (finding.rule, finding.entity, finding.attribute, tuple(sides))


def _sides(articles: Iterable[ArticleClaims], is_new: bool, official: frozenset[str], names: Mapping[str, str]) -> list[Side]:
    return [
        Side(claim, article, is_new, on_record=claim.attribution in official, entity_name=names.get(claim.entity or ""))
        for article in articles
        for claim in article.claims
    ]


def _groups(sides: list[Side]) -> dict[GroupKey, list[Side]]:
    groups: dict[GroupKey, list[Side]] = defaultdict(list)
    for side in sides:
        claim = side.claim
        if claim.entity is None or not is_fact(side) or is_suspicious(side):
            continue
        groups[(claim.entity, claim.attribute, qualifier_key(claim.qualifier))].append(side)
    return groups


def qualifier_key(qualifier: str | None) -> str:
    """The sub-category a qualifier names; a parenthesised note (how the figure
    was obtained: `득표율 (출구조사)`) does not make it another category."""
    if not qualifier:
        return ""
    return re.sub(r"\s*\([^)]*\)", "", qualifier).strip()


def _pairs(members: list[Side]) -> Iterable[tuple[Side, Side]]:
    """Pairs with at least one new side, never the same evidence twice, never
    two claims of one sentence."""
    for a, b in combinations(members, 2):
        if not (a.is_new or b.is_new):
            continue
        if a.claim.article == b.claim.article and (_same_span(a, b) or _same_sentence(a, b)):
            continue
        yield a, b


def _same_sentence(a: Side, b: Side) -> bool:
    """Two values of one attribute in one sentence enumerate different things
    (`256GB는 119만9천원, 512GB는 134만2천원`, `70여 명이던 인력은 250여 명으로
    늘었다`): a writer does not contradict themselves within a sentence."""
    return a.claim.evidence.sentence_index == b.claim.evidence.sentence_index


def _clauses(sides: list[Side]) -> dict[tuple[str, int, str], list[Side]]:
    """Claims by (article, sentence, entity): where a companion claim is found."""
    index: dict[tuple[str, int, str], list[Side]] = defaultdict(list)
    for side in sides:
        claim = side.claim
        if claim.entity is not None:
            index[(claim.article, claim.evidence.sentence_index, claim.entity)].append(side)
    return index


def _same_fact(a: Side, b: Side, policy: AttributePolicy, table, clauses, conversions: Conversions) -> bool:
    """Whether two claims of a many-valued attribute are about the same fact.

    An organisation may have several investments or targets at once, so two of
    them differ without contradicting; they are the same fact when they carry
    the same qualifier or when their companions in the same clause agree (two
    targets of 1000 people are one target, so their deadlines must agree).
    """
    if a.claim.qualifier and qualifier_key(a.claim.qualifier) == qualifier_key(b.claim.qualifier):
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


def _companions(side: Side, attribute: str, clauses) -> list[Side]:
    claim = side.claim
    found = clauses.get((claim.article, claim.evidence.sentence_index, claim.entity or ""), [])
    return [s for s in found if s.claim.attribute == attribute and is_fact(s)]


def _side_key(side: Side) -> tuple:
    ev = side.claim.evidence
    return (side.claim.article, ev.start, ev.end, side.claim.id)


def _same_span(a: Side, b: Side) -> bool:
    ea, eb = a.claim.evidence, b.claim.evidence
    return ea.start < eb.end and eb.start < ea.end


def _judge_pair(a: Side, b: Side, policy: AttributePolicy, conversions: Conversions):
    a, b = sorted((a, b), key=_side_key)  # messages name the sides in a fixed order
    if not as_of_comparable(a, b, policy):
        return None
    cmp = compare_pair(a, b, policy, conversions)
    if cmp is None or not cmp.conflict:
        return None
    for rule in PAIR_RULES:
        verdict = rule.check(a, b, cmp)  # type: ignore[attr-defined]
        if verdict is not None:
            return rule, verdict, policy
    return None


def _age_birth_verdicts(sides: list[Side], table: Mapping[str, AttributePolicy]):
    ages: dict[str, list[Side]] = defaultdict(list)
    births: dict[str, list[Side]] = defaultdict(list)
    for side in sides:
        claim = side.claim
        if claim.entity is None or not is_fact(side):
            continue
        if claim.attribute == "age":
            ages[claim.entity].append(side)
        elif claim.attribute == "birth_year":
            births[claim.entity].append(side)
    for entity in sorted(set(ages) & set(births)):
        for age in ages[entity]:
            for birth in births[entity]:
                if not (age.is_new or birth.is_new):
                    continue
                verdict = AGE_BIRTH.check(age, birth)
                if verdict is not None:
                    yield AGE_BIRTH, verdict, policy_for("age", table)
