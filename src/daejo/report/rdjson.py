"""``rdjson``: reviewdog's diagnostic format, for `reviewdog -f=rdjson`.

reviewdog counts columns in UTF-8 bytes (a Hangul syllable is three), unlike
every other format here, which counts code points; see ``common.utf8_column``.
Ranges end just after the quote (reviewdog's end position is exclusive).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from daejo.models import Finding, FindingSide
from daejo.report.common import (
    SEVERITY_RANK,
    describe_source,
    describe_value,
    message_for,
    relative_path,
    rule_info,
    sort_findings,
    utf8_column,
    utf8_end,
)

if TYPE_CHECKING:  # pragma: no cover
    from daejo.report import ReportMeta

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def render_rdjson(findings: list[Finding], meta: "ReportMeta") -> str:
    ordered = sort_findings(findings)
    document: dict[str, Any] = {"source": {"name": "daejo"}}
    if meta.information_uri:
        document["source"]["url"] = meta.information_uri
    # the default for diagnostics without one: the most severe level present
    worst = min((SEVERITY_RANK[f.severity] for f in ordered), default=SEVERITY_RANK["info"])
    document["severity"] = SEVERITIES[next(k for k, v in SEVERITY_RANK.items() if v == worst)]
    document["diagnostics"] = [_diagnostic(finding, meta) for finding in ordered]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _diagnostic(finding: Finding, meta: "ReportMeta") -> dict[str, Any]:
    diagnostic: dict[str, Any] = {"message": message_for(finding, meta.lang)}
    if finding.claims:
        diagnostic["location"] = byte_location(finding.claims[0], meta.root)
    diagnostic["severity"] = SEVERITIES[finding.severity]
    code: dict[str, str] = {"value": finding.code}
    url = rule_info(meta, finding).url
    if url:
        code["url"] = url
    diagnostic["code"] = code
    related = [_related(side, meta.root) for side in finding.claims[1:]]
    if related:
        diagnostic["related_locations"] = related
    return diagnostic


def byte_location(side: FindingSide, root: str | None) -> dict[str, Any]:
    end_line, end_column = utf8_end(side)
    return {
        "path": relative_path(side.path, root),
        "range": {
            "start": {"line": side.line, "column": utf8_column(side)},
            "end": {"line": end_line, "column": end_column},
        },
    }


def _related(side: FindingSide, root: str | None) -> dict[str, Any]:
    message = f"{describe_source(side)[1:-1]}: {side.quote} = {describe_value(side.value)}"
    return {"message": message, "location": byte_location(side, root)}
