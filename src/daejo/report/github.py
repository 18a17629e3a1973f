"""``github``: GitHub Actions workflow commands that annotate the changed files.

    ::error file=기사/a.md,line=7,col=12,endLine=7,endColumn=20,title=DJ101 value-mismatch::message [fp 1a2b3c4d]

The message ends with the finding's short fingerprint, which
``daejo decide accept`` takes.

GitHub shows at most 10 annotations of each level per step, so only the first
10 errors, 10 warnings and 10 notices (in the usual order) are emitted and a
plain line says how many more there are. Article text is untrusted: every
value is escaped as the runner expects (data: `%`, CR, LF; properties also
`:` and `,`), so a quote cannot end a command early or start a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from daejo.models import Finding
from daejo.report.common import (
    count_by_severity,
    describe_source,
    end_position,
    fingerprint_tag,
    location_text,
    message_for,
    relative_path,
    sort_findings,
    summary_line,
)

if TYPE_CHECKING:  # pragma: no cover
    from daejo.report import ReportMeta

MAX_PER_LEVEL = 10
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(findings: list[Finding], meta: "ReportMeta") -> str:
    emitted = {"error": 0, "warning": 0, "info": 0}
    lines = []
    for finding in sort_findings(findings):
        if emitted[finding.severity] >= MAX_PER_LEVEL:
            continue
        emitted[finding.severity] += 1
        lines.append(annotation(finding, meta))
    lines.append(summary_line(findings, meta))
    hidden = sum(count_by_severity(findings).values()) - sum(emitted.values())
    if hidden:
        lines.append(
            f"{hidden} more not annotated: GitHub shows at most {MAX_PER_LEVEL} annotations "
            "of each level; see the full report (--format text or sarif)"
        )
    return "\n".join(lines) + "\n"


def annotation(finding: Finding, meta: "ReportMeta") -> str:
    properties: list[tuple[str, str]] = []
    if finding.claims:
        side = finding.claims[0]
        end_line, end_column = end_position(side)
        properties += [
            ("file", relative_path(side.path, meta.root)),
            ("line", str(side.line)),
            ("col", str(side.column)),
            ("endLine", str(end_line)),
        ]
        # GitHub ignores endColumn on a multi-line span
        if end_line == side.line:
            properties.append(("endColumn", str(end_column)))
    properties.append(("title", f"{finding.code} {finding.rule}"))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity]} {rendered}::{escape_data(annotation_message(finding, meta))}"


def annotation_message(finding: Finding, meta: "ReportMeta") -> str:
    """The message, then one line per other claim so the reader sees both sides."""
    lines = [f"{message_for(finding, meta.lang)} {fingerprint_tag(finding)}"]
    for side in finding.claims[1:]:
        lines.append(f"↔ {location_text(side, meta.root)} {describe_source(side)}: {side.quote}")
    return "\n".join(lines)
