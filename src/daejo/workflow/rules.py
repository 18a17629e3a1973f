"""Workflow rules (DJ5xx): findings about pins, suppressions and decisions.

They are not pair rules of the reconciler: ``daejo check`` raises them while it
applies the newsroom's decisions (``claims/decisions.yaml``) and the inline
suppressions of the articles. Each carries a code and slug like the reconciler's
rules, so `ignore`, the reports and docs/rules.md treat them alike.
"""

from __future__ import annotations

import hashlib
import json

from daejo.models import Finding, FindingSide, Severity, Value
from daejo.reconcile.rules import Rule


class PinMismatch(Rule):
    """DJ501 pin-mismatch: a claim disagrees with a value the editors pinned.

    A pin (`daejo decide pin`) records the correct value of an (entity,
    attribute) with its source; it outranks article claims. A new article's
    asserted claim whose interval does not overlap the pinned value's is an
    error (a hedged or hearsay claim: a warning) that names the pin's source
    and author. Plans, forecasts, negations and questions are not checked.

    Flagged (error)::

        pin:  parameter_count of 모델 = 6000억 개 (source: 보도자료)
        A:    이 모델의 파라미터는 약 3000억 개다.

    Quiet::

        pin:  parameter_count of 모델 = 6000억 개 (source: 보도자료)
        A:    이 모델의 파라미터는 6천억 개다.
    """

    code, slug = "DJ501", "pin-mismatch"


class UnusedSuppression(Rule):
    """DJ502 unused-suppression: an inline suppression that silences nothing.

    A `<!-- daejo-disable … -->` block or a `daejo-disable-next-line` comment
    that covers no finding of the rules it names is stale: remove it, so it
    cannot hide a later, real contradiction. Reported as a warning.

    Flagged (warning)::

        <!-- daejo-disable-next-line value-mismatch -->
        이 문장에는 수치가 없다.

    Quiet::

        <!-- daejo-disable-next-line value-mismatch -->
        모델의 파라미터는 3000억 개다.   (and another article says 6000억 개)
    """

    code, slug = "DJ502", "unused-suppression"


class MalformedSuppression(Rule):
    """DJ503 malformed-suppression: a daejo comment that cannot be read.

    An unknown directive, a `daejo-disable` without a rule name (or `all`),
    or a `daejo-enable` with no open block. Reported as a warning at the
    comment's line; the comment suppresses nothing.

    Flagged (warning)::

        <!-- daejo-disable -->
        <!-- daejo-frobnicate value-mismatch -->

    Quiet::

        <!-- daejo-disable value-mismatch: 정정 전 수치 인용 -->
        …
        <!-- daejo-enable -->
    """

    code, slug = "DJ503", "malformed-suppression"


class StaleDecision(Rule):
    """DJ504 stale-decision: an editor decision that no longer matches anything.

    An `accept` whose fingerprint matches no finding, or a `pin` whose
    (entity, attribute) matches no claim in the articles or the ledger.
    Reported only when the run re-checks every article of the ledger (an
    incremental run cannot know the findings of articles it did not check),
    as info at the decision's line in decisions.yaml, so the file can be
    pruned.

    Flagged (info)::

        - accept: 0123456789abcdef   (no finding has this fingerprint any more)

    Quiet::

        - accept: 3f2a9c1b0d4e7a61   (the finding is still there, now accepted)
    """

    code, slug = "DJ504", "stale-decision"


PIN_MISMATCH = PinMismatch()
UNUSED_SUPPRESSION = UnusedSuppression()
MALFORMED_SUPPRESSION = MalformedSuppression()
STALE_DECISION = StaleDecision()
WORKFLOW_RULES: tuple[Rule, ...] = (PIN_MISMATCH, UNUSED_SUPPRESSION, MALFORMED_SUPPRESSION, STALE_DECISION)


def workflow_rule_by_name(name: str) -> Rule | None:
    """A workflow rule by slug or code (``pin-mismatch`` or ``DJ501``)."""
    for rule in WORKFLOW_RULES:
        if name == rule.slug or name.upper() == rule.code:
            return rule
    return None


def workflow_fingerprint(rule: Rule, *parts: object) -> str:
    """A stable id for a workflow finding: the rule and what it is about, never a line number."""
    payload = json.dumps([rule.slug, *[str(p) for p in parts]], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def location_side(*, article: str, path: str, line: int, column: int = 1, text: str = "", start: int = 0,
                  value: Value | None = None, title: str | None = None) -> FindingSide:
    """A finding side that points at a line (a comment, a decision) rather than a claim."""
    first_line = text.split("\n", 1)[0]
    return FindingSide(
        article=article, path=path, line=line, column=column, start=start, end=start + len(first_line),
        sentence=first_line, quote=first_line, end_line=line, end_column=column + len(first_line),
        value=value, modality="asserted", title=title,
    )


def workflow_finding(rule: Rule, severity: Severity, sides: list[FindingSide], *, fingerprint: str,
                     message_ko: str, message_en: str, reason: str, lang: str,
                     entity: str | None = None, attribute: str | None = None, confidence: float = 1.0) -> Finding:
    return Finding(
        id=fingerprint, rule=rule.slug, code=rule.code, severity=severity, confidence=confidence,
        entity=entity, attribute=attribute, message=message_ko if lang == "ko" else message_en,
        message_ko=message_ko, message_en=message_en, reason=reason, claims=sides,
    )
