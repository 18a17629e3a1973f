"""``github``: workflow commands, parsed back and compared with the findings."""

from __future__ import annotations

import re

from daejo.report import render
from daejo.report.common import end_position, sort_findings

from .sample import FINDINGS, HOSTILE, PARAMETERS, ROOT, meta

COMMAND = re.compile(r"^::(?P<name>error|warning|notice) (?P<properties>[^:]*)::(?P<message>.*)$")


def unescape(text: str) -> str:
    # %25 last, so an escaped "%0A" written as "%250A" comes back as "%0A"
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def parse_commands(output: str) -> tuple[list[dict], list[str]]:
    """The runner's view: (annotations, other lines)."""
    annotations, plain = [], []
    for line in output.splitlines():
        match = COMMAND.match(line)
        if not match:
            assert not line.startswith("::"), f"malformed command: {line}"
            plain.append(line)
            continue
        properties = dict(part.split("=", 1) for part in match["properties"].split(","))
        annotations.append(
            {
                "command": match["name"],
                "properties": {key: unescape(value) for key, value in properties.items()},
                "message": unescape(match["message"]),
            }
        )
    return annotations, plain


def test_annotations_parse_back_to_the_findings():
    annotations, plain = parse_commands(render(FINDINGS, "github", meta()))
    assert len(annotations) == len(FINDINGS)
    for annotation, finding in zip(annotations, sort_findings(FINDINGS), strict=True):
        first = finding.claims[0]
        assert annotation["command"] == {"error": "error", "warning": "warning", "info": "notice"}[finding.severity]
        properties = annotation["properties"]
        assert ROOT + "/" + properties["file"] == first.path
        assert (int(properties["line"]), int(properties["col"])) == (first.line, first.column)
        assert int(properties["endLine"]) == end_position(first)[0]
        assert properties["title"] == f"{finding.code} {finding.rule}"
        # the message, then the short fingerprint that `daejo decide accept` takes
        assert annotation["message"].split("\n↔ ")[0] == f"{finding.message_ko} [fp {finding.id[:8]}]"
        for other in finding.claims[1:]:
            assert other.quote in annotation["message"]
    assert plain == ["4 findings (1 error, 2 warnings, 1 info) in 4 articles, 37 claims"]


def test_hostile_text_stays_inside_its_command():
    output = render([HOSTILE], "github", meta())
    assert output.count("\n") == 2  # one annotation line, one summary line
    annotations, _ = parse_commands(output)
    assert annotations[0]["properties"]["file"] == "odd/a,b:c.md"
    assert annotations[0]["message"].startswith(HOSTILE.message_ko)
    assert "%25" in output and "%0A" in output and "%2C" in output


def test_at_most_ten_annotations_a_level_then_a_count_of_the_rest():
    errors = [PARAMETERS.model_copy(update={"id": f"e{n:02}"}) for n in range(13)]
    warnings = [HOSTILE.model_copy(update={"id": f"w{n:02}"}) for n in range(11)]
    annotations, plain = parse_commands(render(errors + warnings, "github", meta()))
    assert [a["command"] for a in annotations] == ["error"] * 10 + ["warning"] * 10
    assert plain[-1].startswith("4 more not annotated")
