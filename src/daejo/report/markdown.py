"""``markdown``: a compact report for a pull-request comment or $GITHUB_STEP_SUMMARY.

A heading, a count line, a table of findings (the last column, ``fp``, is the
short fingerprint that ``daejo decide accept`` takes), then one collapsible
``<details>`` per finding quoting every side's sentence with the value in bold.
Article text is untrusted: in Markdown contexts every ASCII punctuation mark
that could start markup is backslash-escaped and `<`, `>`, `&` become entities;
inside the raw-HTML ``<summary>`` (where backslashes are not processed) only
HTML escaping applies. Line breaks in a table cell become `<br>`.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from daejo.models import Finding, FindingSide
from daejo.report.common import (
    describe_source,
    fingerprint_tag,
    short_fingerprint,
    attribute_name,
    label,
    modality_label,
    reason_for,
    location_text,
    message_for,
    quote_offset,
    sort_findings,
    summary_line,
)
from daejo.report.wording import editor_value, shown_modality

if TYPE_CHECKING:  # pragma: no cover
    from daejo.report import ReportMeta

ICONS = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}
_MARKUP = re.compile(r"([\\`*_\[\]|~])")
# these start a heading, list or quote only at the beginning of a line
_LINE_START = re.compile(r"^(\s*)([#+\-=]|\d+[.)])")


# control characters other than line breaks and tab (ESC, BEL...): a summary or
# PR comment is also printed in CI logs, where they would drive the terminal
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def escape_markdown(text: str) -> str:
    """Neutralise Markdown and HTML in text shown inline or in a table cell."""
    text = html.escape(_CONTROL.sub("\ufffd", text), quote=False)
    text = _MARKUP.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)
    return text.replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")


def escape_html(text: str) -> str:
    return html.escape(_CONTROL.sub("\ufffd", text), quote=False).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def render_markdown(findings: list[Finding], meta: "ReportMeta") -> str:
    lines = ["## daejo: fact-consistency check", ""]
    if not findings:
        lines.append(f"{label('no_findings', meta.lang)} ({meta.articles} articles, {meta.claims} claims).")
        return "\n".join(lines) + "\n"
    ordered = sort_findings(findings)
    lines += [f"**{summary_line(findings, meta)}**", ""]
    lines += _table(ordered, meta)
    for finding in ordered:
        lines += [""] + _details(finding, meta)
    return "\n".join(lines) + "\n"


def _table(findings: list[Finding], meta: "ReportMeta") -> list[str]:
    rows = [
        "| severity | rule | entity | attribute | articles | message | fp |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for finding in findings:
        articles = ", ".join(dict.fromkeys(side.article for side in finding.claims))
        cells = [
            ICONS[finding.severity],
            f"{finding.code} {escape_markdown(finding.rule)}",
            escape_markdown(finding.entity_name or finding.entity or "?"),
            escape_markdown(attribute_name(finding.attribute, meta.lang) or "?"),
            escape_markdown(articles),
            escape_markdown(message_for(finding, meta.lang)),
            f"`{short_fingerprint(finding.id)}`",
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def _details(finding: Finding, meta: "ReportMeta") -> list[str]:
    summary = (f"{finding.code} {finding.entity_name or finding.entity or '?'} · {attribute_name(finding.attribute, meta.lang) or '?'}: "
               f"{message_for(finding, meta.lang)} {fingerprint_tag(finding)}")
    # the blank line after <summary> lets GitHub render the body as Markdown again
    lines = ["<details>", f"<summary>{escape_html(summary)}</summary>", ""]
    for side in finding.claims:
        lines.append(f"- `{_code_span(location_text(side, meta.root))}` {escape_markdown(describe_source(side))}")
        lines.append("")
        lines.append("  > " + _sentence_with_bold_quote(side))
        lines.append("")
        modality = modality_label(shown_modality(side.modality, side.value), meta.lang)
        value = f"{side.quote} = {editor_value(side.value, meta.lang)}; {modality}"
        if side.attribution:
            value += f"; {label('attribution', meta.lang)}: {side.attribution}"
        lines.append(f"  {escape_markdown(value)}")
        lines.append("")
    lines.append(f"{escape_markdown(label('reason', meta.lang))}: {escape_markdown(reason_for(finding, meta.lang))}")
    lines += ["", "</details>"]
    return lines


def _sentence_with_bold_quote(side: FindingSide) -> str:
    # <b> rather than ** because ** next to punctuation and Hangul may not close
    offset = quote_offset(side)
    if offset is None:
        return escape_markdown(side.sentence) + f" (<b>{escape_markdown(side.quote)}</b>)"
    end = offset + len(side.quote)
    return (
        escape_markdown(side.sentence[:offset])
        + f"<b>{escape_markdown(side.sentence[offset:end])}</b>"
        + escape_markdown(side.sentence[end:])
    )


def _code_span(text: str) -> str:
    # a path cannot hold a line break; a backtick would end the span early
    return text.replace("`", "'").replace("\n", " ")
