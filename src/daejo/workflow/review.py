"""The newsroom's review applied to a run's findings, in this order:

1. pins (decisions.yaml): findings a pin settles are dropped, and new claims
   that a pin contradicts become DJ501 pin-mismatch findings;
2. inline suppressions: findings on a covered line are dropped; unused and
   malformed suppressions of the checked articles become DJ502 / DJ503;
3. accepted findings (decisions.yaml, by fingerprint or its 8-digit short form) are dropped;
4. stale decisions become DJ504 info findings, only when the run re-checked
   every article of the ledger: an incremental run neither computes the findings
   between articles it did not check nor reads every ledger article (check may
   read only the ledger groups the new claims touch).

The baseline and ``ignore`` come after, in ``daejo check``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from daejo.models import Article, ArticleClaims, Finding
from daejo.reconcile.policy import AttributePolicy
from daejo.workflow.decisions import Decisions, accepting
from daejo.workflow.pins import outranked, pin_mismatches, resolve_pins, stale_pins
from daejo.workflow.rules import STALE_DECISION, location_side, workflow_finding, workflow_fingerprint
from daejo.workflow.suppress import (
    ArticleSuppressions,
    article_suppressions,
    suppress_findings,
    suppression_findings,
)


@dataclass
class ReviewInput:
    new: list[ArticleClaims]  # the checked articles' claims
    old: list[ArticleClaims]  # the ledger articles compared with them
    articles: list[Article]  # the checked articles as read (bodies with their comments)
    decisions: Decisions
    policies: Mapping[str, AttributePolicy] | None
    entity_id: Callable[[str], str]  # a name as written -> canonical entity id
    complete: bool  # every ledger article was re-checked: unused accepts are stale
    lang: str = "ko"
    read_article: Callable[[str], list[Article]] = field(default=lambda path: [])


def review_findings(findings: list[Finding], inp: ReviewInput) -> list[Finding]:
    decisions = inp.decisions
    pins = resolve_pins(decisions.pins, decisions.path or "decisions.yaml", inp.entity_id, inp.policies)
    everything = [*inp.new, *inp.old]
    new_ids = {a.article for a in inp.new}
    findings = outranked(findings, pins, everything, inp.policies, new_ids)
    findings += pin_mismatches(inp.new, pins, inp.policies, inp.lang)

    checked = {a.id: article_suppressions(a.id, a.path, a.body, a.body_line) for a in inp.articles}
    by_article = dict(checked)
    _add_other_articles(by_article, findings, inp.read_article)
    findings = suppress_findings(findings, by_article)
    findings += suppression_findings(list(checked.values()), inp.lang)

    accepted = decisions.accepted
    # an accept names a finding by its whole fingerprint or its short form (a prefix)
    naming = {f.id: accepting(accepted, f.id) for f in findings}
    used = {fp for fp in naming.values() if fp is not None}
    findings = [f for f in findings if naming[f.id] is None]
    if inp.complete:
        findings += stale_pins(pins, everything, inp.lang)
        findings += [_stale_accept(d, decisions.path or "decisions.yaml", inp.lang)
                     for fp, d in accepted.items() if fp not in used]
    return new_sides_first(findings, new_ids)


def new_sides_first(findings: list[Finding], new_ids: set[str]) -> list[Finding]:
    """Each finding with the sides in checked articles first: annotations go on the
    first side, which should be a line of the pull request, not of an old article.
    (The fingerprint does not depend on the order of the sides.)"""
    out = []
    for f in findings:
        ordered = sorted(f.claims, key=lambda s: s.article not in new_ids)
        out.append(f if ordered == f.claims else f.model_copy(update={"claims": ordered}))
    return out


def _add_other_articles(by_article: dict[str, ArticleSuppressions], findings: list[Finding],
                        read_article: Callable[[str], list[Article]]) -> None:
    """Suppressions of ledger articles that findings point into, read from their files
    (cheap: no extraction), so a comment in a published article keeps working."""
    wanted = {(s.article, s.path) for f in findings for s in f.claims if s.article not in by_article}
    for path in sorted({p for _, p in wanted}):
        if not Path(path).is_file():
            continue
        for article in read_article(path):
            if (article.id, path) in wanted:
                by_article[article.id] = article_suppressions(article.id, article.path, article.body, article.body_line)


def _stale_accept(decision, path: str, lang: str) -> Finding:
    fp = decision.fingerprint or ""
    side = location_side(article="decisions", path=path, line=decision.line, text=f"accept: {fp}")
    return workflow_finding(
        STALE_DECISION, "info", [side], fingerprint=workflow_fingerprint(STALE_DECISION, "accept", fp),
        message_ko=f"수용 결정({fp})에 해당하는 지적이 더 이상 없습니다: 지워도 됩니다",
        message_en=f"accepted finding {fp} no longer occurs: the decision can be removed",
        reason=f"no finding with fingerprint {fp}", lang=lang,
    )
