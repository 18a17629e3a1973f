"""Turning a rule's verdict into a ``Finding`` (sides, message, id, confidence)."""

from __future__ import annotations

from collections.abc import Iterable

from daejo.models import Finding, FindingSide
from daejo.reconcile.compare import Side
from daejo.reconcile.fingerprint import fingerprint
from daejo.reconcile.messages import both_languages
from daejo.reconcile.rules import Rule, Verdict

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def finding_side(side: Side) -> FindingSide:
    claim, header, ev = side.claim, side.header, side.claim.evidence
    end_line, end_column = _end_position(ev.line, ev.column, ev.quote)
    return FindingSide(
        article=claim.article,
        path=ev.path or header.path,
        line=ev.line,
        column=ev.column,
        start=ev.start,
        end=ev.end,
        sentence=ev.sentence,
        quote=ev.quote,
        sentence_start=ev.sentence_start,  # where the quote is in the sentence, when its text recurs
        byte_column=ev.byte_column,
        end_line=end_line,
        end_column=end_column,
        value=claim.value,
        modality=claim.modality,
        attribution=side.attribution_name or claim.attribution,  # as an editor knows the source
        as_of=claim.as_of,
        claim_id=claim.id,
        title=header.title,
        outlet=header.outlet,
        published=header.published,
        entity_text=claim.entity_text,
    )


def _end_position(line: int, column: int, quote: str) -> tuple[int, int]:
    """Line and column just past the quote (it may span lines)."""
    parts = quote.split("\n")
    if len(parts) == 1:
        return line, column + len(quote)
    return line + len(parts) - 1, len(parts[-1]) + 1


def build_finding(rule: Rule, verdict: Verdict, lang: str) -> Finding:
    claims = [s.claim for s in verdict.sides]
    first = claims[0]
    attribute = verdict.attribute or first.attribute
    messages = both_languages(rule.slug, verdict.sides, verdict.why, **verdict.extra)
    confidence = round(min(c.confidence for c in claims) * rule.scale, 3)
    return Finding(
        id=fingerprint(rule.slug, verdict.sides[0].entity, attribute, claims),
        rule=rule.slug,
        code=rule.code,
        severity=verdict.severity,
        confidence=confidence,
        entity=verdict.sides[0].entity,
        attribute=attribute,
        message=messages.get(lang, messages["ko"]),
        message_ko=messages["ko"],
        message_en=messages["en"],
        reason=verdict.reason,
        reason_ko=verdict.reason_ko,
        claims=[finding_side(s) for s in verdict.sides],
        entity_name=verdict.sides[0].entity_name,
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(
        findings,
        key=lambda f: (SEVERITY_RANK[f.severity], f.entity or "", f.attribute or "", f.id),
    )


def at_or_above(findings: Iterable[Finding], threshold: str) -> list[Finding]:
    """Findings whose severity reaches ``threshold`` (``never`` matches none)."""
    if threshold == "never":
        return []
    limit = SEVERITY_RANK[threshold]
    return [f for f in findings if SEVERITY_RANK[f.severity] <= limit]
