"""``sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, IDEs).

One result per finding, located at its first claim; the other claims are
``relatedLocations`` whose messages name the outlet. Columns are counted in
Unicode code points (``columnKind``), as the findings carry them. URIs are
relative to ``%SRCROOT%`` (``meta.root``) and percent-encoded, so Hangul file
names survive. ``partialFingerprints`` carry the finding id, which does not
depend on line numbers, so a result keeps its identity when an article is edited.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from daejo.models import Finding, FindingSide
from daejo.report.common import (
    describe_source,
    describe_value,
    end_position,
    message_for,
    relative_path,
    rule_info,
    rule_summary,
    sort_findings,
)

if TYPE_CHECKING:  # pragma: no cover
    from daejo.report import ReportMeta, RuleInfo

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SRCROOT = "%SRCROOT%"
# RFC 3986 sub-delimiters and "@" may stay as they are in a path; ":" may not
# (it would read as a scheme), nor "%", spaces or non-ASCII letters
URI_SAFE = "/!$&'()*+,;=@"


def render_sarif(findings: list[Finding], meta: "ReportMeta") -> str:
    ordered = sort_findings(findings)
    rules = _collect_rules(ordered, meta)
    index_of = {info.code: position for position, info in enumerate(rules)}
    run: dict[str, Any] = {
        "tool": {"driver": _driver(rules, meta)},
        "columnKind": "unicodeCodePoints",
        "results": [_result(finding, index_of[finding.code], meta) for finding in ordered],
    }
    if meta.root and PurePosixPath(meta.root.replace("\\", "/")).is_absolute():
        run["originalUriBaseIds"] = {SRCROOT: {"uri": _root_uri(meta.root)}}
    if meta.exit_status is not None:
        run["invocations"] = [{"executionSuccessful": True, "exitCode": meta.exit_status}]
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _collect_rules(findings: list[Finding], meta: "ReportMeta") -> list["RuleInfo"]:
    """Every rule the reconciler describes plus any a finding names, sorted by code."""
    by_code = {info.code: info for info in meta.rules.values()}
    for finding in findings:
        by_code.setdefault(finding.code, rule_info(meta, finding))
    return [by_code[code] for code in sorted(by_code)]


def _driver(rules: list["RuleInfo"], meta: "ReportMeta") -> dict[str, Any]:
    driver: dict[str, Any] = {"name": "daejo", "version": meta.version}
    if meta.information_uri:
        driver["informationUri"] = meta.information_uri
    driver["rules"] = [_rule_descriptor(info, meta.lang) for info in rules]
    return driver


def _rule_descriptor(info: "RuleInfo", lang: str) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": rule_summary(info, lang)},
        "fullDescription": {"text": rule_summary(info, "en" if lang == "ko" else "ko")},
    }
    if info.help:
        descriptor["help"] = {"text": info.help}
    if info.url:
        descriptor["helpUri"] = info.url
    return descriptor


def _result(finding: Finding, rule_index: int, meta: "ReportMeta") -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": escape_message(message_for(finding, meta.lang))},
    }
    if finding.claims:
        result["locations"] = [{"physicalLocation": _physical_location(finding.claims[0], meta.root)}]
    related = [_related_location(number, side, meta.root) for number, side in enumerate(finding.claims[1:], 1)]
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {"daejo/v1": finding.id}
    result["properties"] = {
        "rule": finding.rule,
        "entity": finding.entity,
        "attribute": finding.attribute,
        "confidence": finding.confidence,
        "reason": finding.reason,
    }
    return result


def _physical_location(side: FindingSide, root: str | None) -> dict[str, Any]:
    end_line, end_column = end_position(side)
    region: dict[str, Any] = {"startLine": side.line, "startColumn": side.column}
    region["endLine"] = end_line
    region["endColumn"] = end_column
    region["snippet"] = {"text": side.quote}
    artifact: dict[str, Any] = {"uri": artifact_uri(side.path, root)}
    if root and not PurePosixPath(artifact["uri"]).is_absolute() and "://" not in artifact["uri"]:
        artifact["uriBaseId"] = SRCROOT
    return {"artifactLocation": artifact, "region": region}


def _related_location(number: int, side: FindingSide, root: str | None) -> dict[str, Any]:
    text = f"{describe_source(side)[1:-1]}: {side.quote} = {describe_value(side.value)}"
    return {
        "id": number,
        "physicalLocation": _physical_location(side, root),
        "message": {"text": escape_message(text)},
    }


def artifact_uri(path: str, root: str | None) -> str:
    """A URI reference: relative to root when inside it, else a file:// URI."""
    relative = relative_path(path, root)
    if PurePosixPath(relative).is_absolute():
        return "file://" + quote(relative, safe=URI_SAFE)
    return quote(relative, safe=URI_SAFE)


def _root_uri(root: str) -> str:
    uri = "file://" + quote(root.replace("\\", "/"), safe="/:")
    return uri if uri.endswith("/") else uri + "/"


def escape_message(text: str) -> str:
    """SARIF treats `[text](n)` in a message as an embedded link: keep brackets literal."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
