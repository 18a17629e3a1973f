"""``json`` and ``jsonl``: the machine-readable contract of docs/design.md, "Contracts".

Keys are written in a fixed order (never sorted, never dict-iteration luck),
non-ASCII text is kept as is, and the same findings always give the same bytes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from daejo.models import Finding, FindingSide
from daejo.report.common import message_for, relative_path, sort_findings

if TYPE_CHECKING:  # pragma: no cover
    from daejo.report import ReportMeta

SCHEMA_VERSION = 1

# the contract's order first, then the optional extras
SIDE_KEYS = (
    "article", "path", "line", "column", "start", "end", "sentence", "quote", "value",
    "modality", "attribution", "as_of",
    "sentence_start", "byte_column", "end_line", "end_column",
    "claim_id", "title", "outlet", "published", "entity_text",
)  # fmt: skip


def finding_object(finding: Finding, meta: "ReportMeta") -> dict[str, Any]:
    return {
        "id": finding.id,
        "rule": finding.rule,
        "code": finding.code,
        "severity": finding.severity,
        "confidence": finding.confidence,
        "entity": finding.entity,
        "attribute": finding.attribute,
        "message": message_for(finding, meta.lang),
        "message_ko": finding.message_ko,
        "message_en": finding.message_en,
        "reason": finding.reason,
        "claims": [side_object(side, meta.root) for side in finding.claims],
    }


def side_object(side: FindingSide, root: str | None) -> dict[str, Any]:
    dumped = side.model_dump(mode="json")
    dumped["path"] = relative_path(side.path, root)
    ordered = {key: dumped[key] for key in SIDE_KEYS if key in dumped}
    # a field added to the model later still appears, after the known ones
    ordered.update({key: value for key, value in dumped.items() if key not in ordered})
    return ordered


def render_json(findings: list[Finding], meta: "ReportMeta") -> str:
    document = {
        "version": SCHEMA_VERSION,
        "articles": meta.articles,
        "claims": meta.claims,
        "findings": [finding_object(finding, meta) for finding in sort_findings(findings)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(findings: list[Finding], meta: "ReportMeta") -> str:
    lines = [
        json.dumps(finding_object(finding, meta), ensure_ascii=False, separators=(",", ":"))
        for finding in sort_findings(findings)
    ]
    return "".join(line + "\n" for line in lines)
