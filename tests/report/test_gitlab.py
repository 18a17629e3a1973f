"""``gitlab``: Code Quality issues."""

from __future__ import annotations

import json

from daejo.report import render
from daejo.report.common import sort_findings
from daejo.report.gitlab import SEVERITIES

from .sample import FINDINGS, ROOT, meta

GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def test_issues_follow_the_findings():
    issues = json.loads(render(FINDINGS, "gitlab", meta()))
    assert len(issues) == len(FINDINGS)
    for issue, finding in zip(issues, sort_findings(FINDINGS), strict=True):
        assert issue["fingerprint"] == finding.id
        assert issue["check_name"] == finding.rule
        assert issue["severity"] == SEVERITIES[finding.severity]
        assert finding.message_ko in issue["description"]
        assert ROOT + "/" + issue["location"]["path"] == finding.claims[0].path
        assert issue["location"]["lines"]["begin"] == finding.claims[0].line


def test_severity_mapping_uses_gitlab_names_and_keeps_the_order():
    assert set(SEVERITIES.values()) <= GITLAB_SEVERITIES
    assert SEVERITIES == {"error": "major", "warning": "minor", "info": "info"}


def test_fingerprints_are_unique():
    issues = json.loads(render(FINDINGS, "gitlab", meta()))
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)


def test_no_findings_is_an_empty_array():
    assert json.loads(render([], "gitlab", meta())) == []
