"""Pinned values: the correct value of an (entity, attribute), decided by the editors.

A pin is a reference fact that outranks article claims:

* a new article's claim of the pinned (entity, attribute) that does not overlap
  the pinned value is a DJ501 pin-mismatch finding against the pin;
* a finding between two claims of that (entity, attribute) is dropped when one
  of its sides agrees with the pin (the pin has settled which side is right), or
  when every side from a checked article disagrees with the pin (each is then
  reported against the pin, once, rather than against every other article);
* a claim that agrees with the pin is quiet.

Values are compared exactly as the reconciler compares two claims (the
attribute's tolerance, as_of overlap for time-varying attributes), with the pin
as one side. A pin without ``as_of`` holds at every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from daejo.errors import ConfigError
from daejo.models import ArticleClaims, Claim, Evidence, Finding, Interval, Value
from daejo.reconcile.compare import Conversions, Side, as_of_comparable, compare_pair, interval_text
from daejo.reconcile.fingerprint import normalised_value
from daejo.reconcile.messages import attribute_label, pin_message
from daejo.reconcile.policy import AttributePolicy, policy_for
from daejo.workflow.decisions import Decision
from daejo.workflow.rules import PIN_MISMATCH, STALE_DECISION, location_side, workflow_fingerprint, workflow_finding

CHECKED_MODALITIES = frozenset({"asserted", "hedged"})  # plans and forecasts are not facts yet


@dataclass
class ResolvedPin:
    decision: Decision
    side: Side  # the pin as a claim, so the reconciler's comparison applies

    @property
    def key(self) -> tuple[str, str]:
        return (self.side.claim.entity or "", self.side.claim.attribute)


def resolve_pins(decisions: list[Decision], path: str, entity_id: Callable[[str], str],
                 policies: Mapping[str, AttributePolicy] | None) -> list[ResolvedPin]:
    """Each pin decision as a claim; an unreadable value or date is an error naming the line."""
    return [_resolve(d, path, entity_id, policies) for d in decisions if d.pin is not None]


def _resolve(decision: Decision, path: str, entity_id: Callable[[str], str],
             policies: Mapping[str, AttributePolicy] | None) -> ResolvedPin:
    from daejo.dates import parse_partial_date
    from daejo.values import parse_values

    pin = decision.pin
    assert pin is not None
    reference = None
    as_of = None
    if pin.as_of:
        try:
            reference = parse_partial_date(pin.as_of)
        except ValueError as exc:
            raise ConfigError(f"pin as_of {pin.as_of!r}: {exc}", path=path, line=decision.line) from None
        as_of = Interval(start=reference.start.isoformat(), end=reference.end.isoformat())
    policy = policy_for(pin.attribute, policies)
    value = _pinned_value(parse_values(pin.value, reference), policy)
    if value is None:
        raise ConfigError(f"no {policy.kind} value recognised in pinned value {pin.value!r}", path=path,
                          line=decision.line)
    label = f"pin: {pin.entity} {pin.attribute} = {pin.value}"
    evidence = Evidence(path=path, sentence_index=0, sentence=label, sentence_start=0, start=0, end=len(label),
                        quote=pin.value, line=decision.line, column=1)
    claim = Claim(id=f"pin-{decision.line}", article=path, entity=entity_id(pin.entity), entity_text=pin.entity,
                  attribute=pin.attribute, value=value, as_of=as_of,
                  as_of_source="explicit" if as_of else "none", evidence=evidence, confidence=1.0)
    header = ArticleClaims(article=path, path=path, outlet=decision.source, published=pin.as_of,
                           body_sha256="", claims=[claim])
    return ResolvedPin(decision, Side(claim, header, is_new=False))


def _pinned_value(values: list[Value], policy: AttributePolicy) -> Value | None:
    want_time = policy.kind == "time"
    return next((v for v in values if (v.kind == "time") == want_time), None)


def agrees(pin: ResolvedPin, side: Side, policy: AttributePolicy) -> bool | None:
    """True when the claim agrees with the pin, False when it conflicts, None when
    the two cannot be compared (other unit, other time, not a fact)."""
    if side.claim.modality not in CHECKED_MODALITIES:
        return None
    if pin.side.claim.as_of is not None and not as_of_comparable(pin.side, side, policy):
        return None
    comparison = compare_pair(pin.side, side, policy, Conversions())
    if comparison is None:
        return None
    return not comparison.conflict


def pin_mismatches(new: list[ArticleClaims], pins: list[ResolvedPin], policies: Mapping[str, AttributePolicy] | None,
                   lang: str) -> list[Finding]:
    """DJ501 findings: claims of the new articles that a pin contradicts."""
    by_key: dict[tuple[str, str], list[ResolvedPin]] = {}
    for pin in pins:
        by_key.setdefault(pin.key, []).append(pin)
    findings = []
    for header in new:
        for claim in header.claims:
            for pin in by_key.get((claim.entity or "", claim.attribute), []):
                side = Side(claim, header)
                policy = policy_for(claim.attribute, policies)
                if agrees(pin, side, policy) is False:
                    findings.append(_mismatch(pin, side, policy, lang))
    return findings


def _mismatch(pin: ResolvedPin, side: Side, policy: AttributePolicy, lang: str) -> Finding:
    from daejo.reconcile.findings import finding_side

    decision, claim = pin.decision, side.claim
    pinned = pin.side.claim
    severity = "warning" if claim.modality == "hedged" or claim.attribution else "error"
    entity = claim.entity or ""
    source, author = decision.source or "?", decision.author
    quote = claim.evidence.quote or claim.value.text
    fields = dict(entity=entity, quote=quote, norm=interval_text(claim.value), pinned=pinned.value.text,
                  pinned_norm=interval_text(pinned.value), source=source, author=author)
    ko = pin_message(PIN_MISMATCH.slug, "ko", attribute=attribute_label(claim.attribute, "ko"), **fields)
    en = pin_message(PIN_MISMATCH.slug, "en", attribute=attribute_label(claim.attribute, "en"), **fields)
    pin_side = location_side(article="decisions", path=pinned.evidence.path, line=decision.line,
                             text=pinned.evidence.sentence, value=pinned.value, title=f"source: {source}")
    fingerprint = workflow_fingerprint(PIN_MISMATCH, claim.article, normalised_value(claim.value), quote,
                                       entity, claim.attribute, normalised_value(pinned.value))
    reason = pin_message(PIN_MISMATCH.slug, "reason", varies="time-varying" if policy.varies else "static",
                         attribute_id=claim.attribute, line=decision.line, **fields)
    return workflow_finding(PIN_MISMATCH, severity, [finding_side(side), pin_side], fingerprint=fingerprint,
                            message_ko=ko, message_en=en, reason=reason, lang=lang, entity=claim.entity,
                            attribute=claim.attribute, confidence=round(claim.confidence, 3))


def outranked(findings: list[Finding], pins: list[ResolvedPin], entries: list[ArticleClaims],
              policies: Mapping[str, AttributePolicy] | None, new_ids: set[str]) -> list[Finding]:
    """The findings without those a pin settles: a finding of a pinned (entity,
    attribute) with a side that agrees with the pin, or whose new sides all
    disagree with it (they are reported against the pin instead)."""
    if not pins:
        return findings
    sides = {(c.article, c.id): Side(c, header, is_new=header.article in new_ids)
             for header in entries for c in header.claims}
    by_key: dict[tuple[str, str], list[ResolvedPin]] = {}
    for pin in pins:
        by_key.setdefault(pin.key, []).append(pin)

    def settled(finding: Finding) -> bool:
        pinned = by_key.get((finding.entity or "", finding.attribute or ""), [])
        if not pinned or finding.rule == PIN_MISMATCH.slug or len(finding.claims) < 2:
            return False
        policy = policy_for(finding.attribute or "", policies)
        verdicts = []  # per side: is_new, and how it compares with the pins
        for fs in finding.claims:
            side = sides.get((fs.article, fs.claim_id or ""))
            found = [agrees(pin, side, policy) for pin in pinned] if side is not None else [None]
            verdicts.append((side is not None and side.is_new, found))
        if any(True in found for _, found in verdicts):
            return True  # the pin says which side is right
        # every new side disagrees with the pin: each is reported against the pin instead
        return all(False in found for is_new, found in verdicts if is_new)

    return [f for f in findings if not settled(f)]


def stale_pins(pins: list[ResolvedPin], entries: list[ArticleClaims], lang: str) -> list[Finding]:
    """DJ504 findings: pins whose (entity, attribute) no claim mentions."""
    present = {(c.entity or "", c.attribute) for header in entries for c in header.claims}
    out = []
    for pin in pins:
        if pin.key in present:
            continue
        d, claim = pin.decision, pin.side.claim
        names = dict(entity=claim.entity_text, attribute=claim.attribute)
        ko = pin_message(STALE_DECISION.slug, "ko", **names)
        en = pin_message(STALE_DECISION.slug, "en", **names)
        reason = pin_message(STALE_DECISION.slug, "reason", entity_id=pin.key[0], **names)
        side = location_side(article="decisions", path=claim.evidence.path, line=d.line, text=claim.evidence.sentence,
                             value=claim.value)
        out.append(workflow_finding(
            STALE_DECISION, "info", [side], fingerprint=workflow_fingerprint(STALE_DECISION, "pin", *pin.key, claim.value.text),
            message_ko=ko, message_en=en, reason=reason, lang=lang,
            entity=claim.entity, attribute=claim.attribute,
        ))
    return out
