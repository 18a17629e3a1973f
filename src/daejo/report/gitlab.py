"""``gitlab``: GitLab Code Quality report (a JSON array of Code Climate issues).

Severity mapping (GitLab knows info, minor, major, critical, blocker):

    error   -> major   a hard contradiction between asserted facts
    warning -> minor   hedged, attributed or marginal
    info    -> info    plan-vs-outcome divergence, suspicious numbers

``critical`` and ``blocker`` are left for security-like issues: a factual
conflict needs an editor's judgement, and the merge gate is ``--fail-on``,
not this label. The fingerprint is the finding id, which does not change when
lines move, so GitLab tracks an issue across merge requests.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from daejo.models import Finding
from daejo.report.common import end_position, message_for, relative_path, sort_findings

if TYPE_CHECKING:  # pragma: no cover
    from daejo.report import ReportMeta

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render_gitlab(findings: list[Finding], meta: "ReportMeta") -> str:
    issues = [_issue(finding, meta) for finding in sort_findings(findings)]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _issue(finding: Finding, meta: "ReportMeta") -> dict[str, Any]:
    issue: dict[str, Any] = {
        "description": f"{finding.code} {message_for(finding, meta.lang)}",
        "check_name": finding.rule,
        "fingerprint": finding.id,
        "severity": SEVERITIES[finding.severity],
    }
    if finding.claims:
        side = finding.claims[0]
        end_line, _ = end_position(side)
        issue["location"] = {
            "path": relative_path(side.path, meta.root),
            "lines": {"begin": side.line, "end": end_line},
        }
    return issue
