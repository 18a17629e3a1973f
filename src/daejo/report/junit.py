"""``junit``: JUnit XML, for CI systems that show test reports (GitLab, Jenkins).

One ``<testsuite>`` per rule, one ``<testcase>`` per finding. Errors and
warnings fail their test case (``<failure>``); info findings pass and carry
their text in ``<system-out>``. With no findings there is a single passing
test case, so the report is never empty (some CI systems reject that).
The tree is built with ElementTree, which escapes text and attributes; the
characters XML 1.0 cannot hold at all are replaced first.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from daejo.models import Finding
from daejo.report.common import (
    describe_source,
    describe_value,
    location_text,
    message_for,
    relative_path,
    rule_info,
    rule_summary,
    single_line,
    sort_findings,
)

if TYPE_CHECKING:  # pragma: no cover
    from daejo.report import ReportMeta

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render_junit(findings: list[Finding], meta: "ReportMeta") -> str:
    ordered = sort_findings(findings)
    failing = [f for f in ordered if f.severity in ("error", "warning")]
    root = ET.Element(
        "testsuites",
        {"name": "daejo", "tests": str(max(len(ordered), 1)), "failures": str(len(failing)), "errors": "0"},
    )
    if not ordered:
        _passing_placeholder(root, meta)
    for code in sorted({f.code for f in ordered}):
        _suite(root, [f for f in ordered if f.code == code], meta)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _passing_placeholder(root: ET.Element, meta: "ReportMeta") -> None:
    suite = ET.SubElement(root, "testsuite", {"name": "daejo", "tests": "1", "failures": "0", "errors": "0"})
    ET.SubElement(
        suite,
        "testcase",
        {"classname": "daejo", "name": f"no findings in {meta.articles} articles, {meta.claims} claims"},
    )


def _suite(root: ET.Element, findings: list[Finding], meta: "ReportMeta") -> None:
    info = rule_info(meta, findings[0])
    failures = sum(1 for f in findings if f.severity in ("error", "warning"))
    suite = ET.SubElement(
        root,
        "testsuite",
        {
            "name": xml_text(f"{info.code} {info.name}"),
            "tests": str(len(findings)),
            "failures": str(failures),
            "errors": "0",
        },
    )
    summary = rule_summary(info, meta.lang)
    if summary and summary != info.name:
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", {"name": "summary", "value": xml_text(summary)})
    for finding in findings:
        _testcase(suite, finding, meta)


def _testcase(suite: ET.Element, finding: Finding, meta: "ReportMeta") -> None:
    attributes = {
        "classname": xml_text(f"daejo.{finding.rule}"),
        "name": xml_text(f"{finding.entity or '?'} · {finding.attribute or '?'} [{finding.id}]"),
    }
    if finding.claims:
        attributes["file"] = xml_text(relative_path(finding.claims[0].path, meta.root))
        attributes["line"] = str(finding.claims[0].line)
    case = ET.SubElement(suite, "testcase", attributes)
    message = xml_text(message_for(finding, meta.lang))
    details = xml_text(_details(finding, meta))
    if finding.severity in ("error", "warning"):
        failure = ET.SubElement(case, "failure", {"message": message, "type": f"{finding.code} {finding.severity}"})
        failure.text = details
    else:
        ET.SubElement(case, "system-out").text = single_line(message) + "\n" + details


def _details(finding: Finding, meta: "ReportMeta") -> str:
    lines = []
    for side in finding.claims:
        # element text keeps its line breaks in XML: each field stays on its line
        lines.append(single_line(f"{location_text(side, meta.root)} {describe_source(side)}"))
        lines.append(f"  {single_line(side.sentence)}")
        lines.append(f"  {single_line(side.quote)} = {single_line(describe_value(side.value))} [{side.modality}]")
    lines.append(single_line(finding.reason))
    return "\n".join(lines)
