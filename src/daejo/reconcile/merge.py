"""One finding per wrong claim, however many ledger articles contradict it.

A new article that dates a founding a year late contradicts every stored article
that dates it right. Pairwise that is one finding per stored article; an editor
needs one: the new claim, with all the stored sides that disagree with it.

    new '2021년 12월' vs ledger A '2020년 12월 7일'  ─┐
    new '2021년 12월' vs ledger B '2020년말'          ├─▶ one finding, sides [new, A, B, C]
    new '2021년 12월' vs ledger C '지난해 12월'        ─┘

Findings between new articles, and findings of different rules or severities,
are left as they are. The merged finding's id hashes the new claim only (rule,
entity, attribute, article, normalised value, quote, severity), so it stays the
same when the ledger grows.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict

from daejo.models import Finding
from daejo.reconcile.fingerprint import normalised_value
from daejo.reconcile.messages import merged_message


def merge_against_ledger(findings: list[Finding], new_ids: set[str]) -> list[Finding]:
    groups: dict[tuple, list[Finding]] = defaultdict(list)
    kept: list[Finding] = []
    for finding in findings:
        key = _ledger_pair_key(finding, new_ids)
        if key is None:
            kept.append(finding)
        else:
            groups[key].append(finding)
    for members in groups.values():
        kept.append(members[0] if len(members) == 1 else _merged(members, new_ids))
    return kept


def _ledger_pair_key(finding: Finding, new_ids: set[str]) -> tuple | None:
    """(rule, severity, entity, attribute, new claim) for a new-vs-ledger pair, else None."""
    if len(finding.claims) != 2:
        return None
    new = [s for s in finding.claims if s.article in new_ids]
    if len(new) != 1:
        return None
    side = new[0]
    return (finding.rule, finding.severity, finding.entity, finding.attribute, side.article, side.start, side.end)


def _merged(members: list[Finding], new_ids: set[str]) -> Finding:
    members = sorted(members, key=lambda f: f.id)
    first = members[0]
    new_side = next(s for s in first.claims if s.article in new_ids)
    others = sorted(
        {(s.article, s.start): s for f in members for s in f.claims if s.article not in new_ids}.values(),
        key=lambda s: (s.article, s.start),
    )
    n = len(others)
    payload = json.dumps(
        [first.rule, first.severity, first.entity, first.attribute, new_side.article,
         normalised_value(new_side.value) if new_side.value else None, new_side.quote, "vs-ledger"],
        ensure_ascii=False, separators=(",", ":"),
    )
    message_ko = merged_message(first.message_ko, n, "ko")
    message_en = merged_message(first.message_en, n, "en")
    return first.model_copy(update={
        "id": hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16],
        "confidence": max(f.confidence for f in members),
        "message": message_ko if first.message == first.message_ko else message_en,
        "message_ko": message_ko,
        "message_en": message_en,
        "reason": "; ".join(dict.fromkeys(f.reason for f in members)),
        "reason_ko": "; ".join(dict.fromkeys(f.reason_ko for f in members if f.reason_ko)),
        "claims": [new_side, *others],
    })
