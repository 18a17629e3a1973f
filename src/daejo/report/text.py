"""``text``: compiler-style plain text for a terminal or a log.

    기사/a.md:7:12: error[DJ101 value-mismatch] 매개변수 수가 서로 다릅니다 [fp 1a2b3c4d]
      --> 기사/a.md:7:12 (누리일보, 2022-06-20)
       | 누리랩은 약 6000억개의 매개변수를 …
       |             ^^^^^^^^
       = value: 600,000,000,000 개 (approx, …)
       = modality: asserted, attribution: none
       ↔ 기사/b.md:3:1 (한결경제, 2022-07-01)
       …

Findings are grouped under an `entity · attribute` heading; when two or more findings
dispute that fact, a line under it tallies each value with the articles giving it
(``common.value_tally``). ``[fp …]`` is the
finding's short fingerprint, which ``daejo decide accept`` takes. The caret line is
aligned by display width: a Hangul syllable takes two terminal columns.
Colour (ANSI) only when ``meta.color`` asks for it: ``daejo check --color
auto|always|never`` with NO_COLOR and FORCE_COLOR honoured (daejo.cli.color).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from daejo.models import Finding, FindingSide
from daejo.report.common import (
    describe_source,
    describe_value,
    display_width,
    fingerprint_tag,
    attribute_name,
    label,
    modality_label,
    reason_for,
    location_text,
    message_for,
    quote_offset,
    single_line,
    sort_findings,
    summary_line,
    value_tally,
)

if TYPE_CHECKING:  # pragma: no cover
    from daejo.report import ReportMeta

ANSI = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;36m", "bold": "\x1b[1m", "dim": "\x1b[2m"}
RESET = "\x1b[0m"


class _Paint:
    def __init__(self, enabled: bool):
        self.enabled = enabled

    def __call__(self, style: str, text: str) -> str:
        return f"{ANSI[style]}{text}{RESET}" if self.enabled and text else text


def render_text(findings: list[Finding], meta: "ReportMeta") -> str:
    paint = _Paint(meta.color)
    lines: list[str] = []
    for (entity, attribute), group in group_findings(findings):
        name = group[0].entity_name or entity
        lines.append(paint("bold", f"── {single_line(name or '?')} · {attribute_name(attribute, meta.lang) or '?'} ──"))
        tally = value_tally(group)
        if tally:
            listed = " | ".join(f"'{single_line(quote)}' — {', '.join(articles)}" for quote, articles in tally)
            lines.append(f"{label('tally', meta.lang)}: {listed}")
            lines.append("")
        for finding in group:
            lines.extend(_finding_lines(finding, meta, paint))
            lines.append("")
    if meta.quiet:  # `check -q`: the findings and nothing else
        return "\n".join(lines[:-1]) + "\n" if lines else ""
    lines.append(paint("bold", summary_line(findings, meta)))
    return "\n".join(lines) + "\n"


def group_findings(findings: list[Finding]) -> list[tuple[tuple[str | None, str | None], list[Finding]]]:
    """One group per (entity, attribute), the group with the most severe finding first."""
    groups: dict[tuple[str | None, str | None], list[Finding]] = {}
    for finding in sort_findings(findings):
        groups.setdefault((finding.entity, finding.attribute), []).append(finding)
    # dicts keep insertion order, and insertion followed the severity-first sort
    return list(groups.items())


def _finding_lines(finding: Finding, meta: "ReportMeta", paint: _Paint) -> list[str]:
    head = finding.claims[0] if finding.claims else None
    where = f"{location_text(head, meta.root)}: " if head else ""
    severity = paint(finding.severity, f"{finding.severity}[{finding.code} {finding.rule}]")
    tag = paint("dim", fingerprint_tag(finding))
    lines = [f"{where}{severity} {single_line(message_for(finding, meta.lang))} {tag}"]
    for index, side in enumerate(finding.claims):
        arrow = "  -->" if index == 0 else "   ↔"
        lines.append(f"{arrow} {location_text(side, meta.root)} {describe_source(side)}")
        lines.extend(_side_lines(side, meta.lang, paint, finding.severity))
    lines.append(f"    = {label('reason', meta.lang)}: {single_line(reason_for(finding, meta.lang))}")
    return lines


def _side_lines(side: FindingSide, lang: str, paint: _Paint, severity: str = "error") -> list[str]:
    sentence = single_line(side.sentence)
    offset = quote_offset(side)
    lines = []
    if offset is None:
        lines.append(f"    | {sentence}")
        lines.append(f"    | {paint('dim', '⟦' + single_line(side.quote) + '⟧')}")
    else:
        quote = sentence[offset : offset + len(side.quote)]
        marked = sentence[:offset] + paint("bold", quote) + sentence[offset + len(side.quote) :]
        lines.append(f"    | {marked}")
        lines.append(f"    | {caret_line(sentence, offset, len(side.quote), paint, severity)}")
    lines.append(f"    = {label('value', lang)}: {describe_value(side.value, lang)}")
    attribution = single_line(side.attribution) if side.attribution else label("none", lang)
    lines.append(f"    = {label('modality', lang)}: {modality_label(side.modality, lang)}, {label('attribution', lang)}: {attribution}")
    if side.as_of is not None:
        span = f"[{side.as_of.start}, {side.as_of.end})"
        if lang == "ko":
            from daejo.report.wording import as_of_text

            span = f"{as_of_text(side.as_of, lang)} {span}"
        lines.append(f"    = {label('as_of', lang)}: {span}")
    return lines


def caret_line(sentence: str, offset: int, length: int, paint: _Paint | None = None, severity: str = "error") -> str:
    """Spaces up to the quote and carets under it, counted in terminal columns
    (in the finding's severity colour when painted)."""
    pad = " " * display_width(sentence[:offset])
    carets = "^" * max(display_width(sentence[offset : offset + length]), 1)
    return pad + (paint(severity, carets) if paint else carets)
