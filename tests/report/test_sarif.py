"""``sarif``: valid against the official SARIF 2.1.0 schema, and faithful to the findings."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from daejo.report import render
from daejo.report.common import sort_findings

from .sample import FINDINGS, ROOT, meta

SCHEMA_PATH = Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def _errors(validator, log):
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(log)]


@pytest.mark.parametrize(
    "findings, overrides",
    [(FINDINGS, {}), ([], {}), (FINDINGS, {"root": None}), (FINDINGS, {"exit_status": 1, "lang": "en"})],
)
def test_log_is_valid_against_the_official_schema(validator, findings, overrides):
    log = json.loads(render(findings, "sarif", meta(**overrides)))
    assert _errors(validator, log) == []


def test_schema_check_would_catch_a_bad_level(validator):
    log = json.loads(render(FINDINGS, "sarif", meta()))
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert _errors(validator, log)


def test_results_follow_the_findings():
    run = json.loads(render(FINDINGS, "sarif", meta()))["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    for result, finding in zip(run["results"], sort_findings(FINDINGS), strict=True):
        assert result["ruleId"] == finding.code == rules[result["ruleIndex"]]["id"]
        assert rules[result["ruleIndex"]]["name"] == finding.rule
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding.severity]
        assert result["partialFingerprints"] == {"daejo/v1": finding.id}
        locations = result["locations"] + result.get("relatedLocations", [])
        assert len(locations) == len(finding.claims)
        for location, side in zip(locations, finding.claims):
            physical = location["physicalLocation"]
            assert physical["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
            assert ROOT + "/" + unquote(physical["artifactLocation"]["uri"]) == side.path
            assert physical["region"]["startLine"] == side.line
            assert physical["region"]["startColumn"] == side.column
            assert physical["region"]["snippet"]["text"] == side.quote
        for number, related in enumerate(result.get("relatedLocations", []), 1):
            assert related["id"] == number
            assert finding.claims[number].outlet in related["message"]["text"]


def test_a_rule_missing_from_the_metadata_is_still_declared():
    rules = json.loads(render(FINDINGS, "sarif", meta()))["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["DJ101", "DJ102", "DJ201"]
    assert rules[2]["name"] == "plan-divergence"


def test_brackets_in_messages_cannot_form_embedded_links():
    run = json.loads(render(FINDINGS, "sarif", meta()))["runs"][0]
    hostile = next(r for r in run["results"] if r["partialFingerprints"]["daejo/v1"] == "9d8c7b6a5e4f3a2b")
    assert "\\[링크\\](1)" in hostile["message"]["text"]


def test_root_becomes_the_srcroot_base():
    run = json.loads(render(FINDINGS, "sarif", meta()))["runs"][0]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///srv/news/"}}
