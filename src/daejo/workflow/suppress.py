"""Inline suppressions in Markdown articles (HTML comments, invisible when published).

    <!-- daejo-disable value-mismatch: 정정 전 수치를 인용한 문단 -->
    ...
    <!-- daejo-enable -->
    <!-- daejo-disable-next-line DJ102 -->

A rule is named by slug or code, or ``all``. ``daejo-disable`` without a matching
``daejo-enable`` runs to the end of the article. A suppression that silences
nothing, or one that cannot be read, is reported itself (rules DJ502
unused-suppression, DJ503 malformed-suppression).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_COMMENT = re.compile(r"<!--\s*(daejo-[^\n]*?)\s*-->")
_DIRECTIVE = re.compile(
    r"^(?P<verb>daejo-disable-next-line|daejo-disable|daejo-enable)"
    r"(?:\s+(?P<rules>[A-Za-z0-9_,\- ]+?))?\s*(?::\s*(?P<reason>.*))?$"
)


@dataclass
class Suppression:
    rules: tuple[str, ...]  # slugs or codes; ("all",) for every rule
    first_line: int  # 1-based body lines, inclusive
    last_line: int
    line: int  # where the directive is written
    start: int  # body offsets of the directive comment
    end: int
    reason: str | None = None
    used: bool = field(default=False, compare=False)

    def covers(self, rule: str, code: str, line: int) -> bool:
        named = "all" in self.rules or rule in self.rules or code in self.rules
        return named and self.first_line <= line <= self.last_line


@dataclass
class MalformedSuppression:
    line: int
    start: int
    end: int
    text: str
    problem: str


def parse_suppressions(body: str) -> tuple[list[Suppression], list[MalformedSuppression]]:
    """Directives in an article body, with the body lines they cover."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", body)]
    n_lines = len(line_starts)

    def line_of(offset: int) -> int:
        lo, hi = 0, n_lines - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    found: list[Suppression] = []
    bad: list[MalformedSuppression] = []
    open_blocks: list[Suppression] = []
    for m in _COMMENT.finditer(body):
        text = m.group(1).strip()
        line = line_of(m.start())
        d = _DIRECTIVE.match(text)
        if not d:
            bad.append(MalformedSuppression(line, m.start(), m.end(), text, "unknown daejo directive"))
            continue
        verb = d["verb"]
        rules = tuple(r for r in re.split(r"[,\s]+", (d["rules"] or "").strip()) if r)
        reason = (d["reason"] or "").strip() or None
        if verb == "daejo-enable":
            if not open_blocks:
                bad.append(MalformedSuppression(line, m.start(), m.end(), text, "daejo-enable without daejo-disable"))
                continue
            block = open_blocks.pop()
            block.last_line = line
            continue
        if not rules:
            bad.append(MalformedSuppression(line, m.start(), m.end(), text, f"{verb} needs a rule name or 'all'"))
            continue
        if verb == "daejo-disable-next-line":
            found.append(Suppression(rules, line + 1, line + 1, line, m.start(), m.end(), reason))
        else:
            block = Suppression(rules, line, n_lines, line, m.start(), m.end(), reason)
            found.append(block)
            open_blocks.append(block)
    return found, bad


def blank_directives(body: str) -> str:
    """The body with daejo comments replaced by spaces: offsets and lines unchanged,
    and no directive text reaches the claim extractor."""
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)


# --------------------------------------------------------------------------- applying


@dataclass
class ArticleSuppressions:
    """An article's suppressions, with what is needed to map file lines onto them."""

    article: str
    path: str
    body_line: int  # file line of the body's first line
    suppressions: list[Suppression]
    malformed: list[MalformedSuppression]

    def body_line_of(self, file_line: int) -> int:
        return file_line - self.body_line + 1

    def file_line_of(self, body_line: int) -> int:
        return body_line + self.body_line - 1


def article_suppressions(article_id: str, path: str, body: str, body_line: int) -> ArticleSuppressions:
    found, bad = parse_suppressions(body)
    return ArticleSuppressions(article_id, path, body_line, found, bad)


def suppress_findings(findings: list, by_article: dict[str, ArticleSuppressions]) -> list:
    """The findings that no suppression covers; marks the suppressions used.

    A finding is suppressed when one of its sides lies, in its own article, on a
    line that a suppression naming the finding's rule (slug or code) covers.
    """
    kept = []
    for finding in findings:
        covering = [
            s
            for side in finding.claims
            if (known := by_article.get(side.article)) is not None
            for s in known.suppressions
            if s.covers(finding.rule, finding.code, known.body_line_of(side.line))
        ]
        for suppression in covering:
            suppression.used = True
        if not covering:
            kept.append(finding)
    return kept


def suppression_findings(checked: list[ArticleSuppressions], lang: str) -> list:
    """DJ502 for suppressions that silenced nothing, DJ503 for unreadable ones."""
    from daejo.workflow.rules import (
        MALFORMED_SUPPRESSION,
        UNUSED_SUPPRESSION,
        location_side,
        workflow_finding,
        workflow_fingerprint,
    )

    out = []
    for known in checked:
        for index, s in enumerate(known.suppressions):
            if s.used:
                continue
            rules = ", ".join(s.rules)
            side = location_side(article=known.article, path=known.path, line=known.file_line_of(s.line),
                                 start=s.start, text=f"daejo-disable {rules}")
            out.append(workflow_finding(
                UNUSED_SUPPRESSION, "warning", [side],
                fingerprint=workflow_fingerprint(UNUSED_SUPPRESSION, known.article, rules, s.reason, index),
                message_ko=f"억제 주석({rules})이 아무 지적도 가리지 않습니다: 지우세요",
                message_en=f"suppression ({rules}) silences no finding: remove it",
                reason=f"no finding of {rules} on body lines {s.first_line}-{s.last_line}", lang=lang,
            ))
        for index, bad in enumerate(known.malformed):
            side = location_side(article=known.article, path=known.path, line=known.file_line_of(bad.line),
                                 start=bad.start, text=bad.text)
            out.append(workflow_finding(
                MALFORMED_SUPPRESSION, "warning", [side],
                fingerprint=workflow_fingerprint(MALFORMED_SUPPRESSION, known.article, bad.text, index),
                message_ko=f"읽을 수 없는 daejo 주석: {bad.problem}",
                message_en=f"unreadable daejo comment: {bad.problem}",
                reason=bad.problem, lang=lang,
            ))
    return out
