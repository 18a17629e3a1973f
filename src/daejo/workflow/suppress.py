"""Inline suppressions in Markdown articles (HTML comments, invisible when published).

    <!-- daejo-disable value-mismatch: 정정 전 수치를 인용한 문단 -->
    ...
    <!-- daejo-enable -->
    <!-- daejo-disable-next-line DJ102 -->

A rule is named by slug or code, or ``all``. ``daejo-disable`` without a matching
``daejo-enable`` runs to the end of the article. A suppression that silences
nothing, or one that cannot be read, is reported itself (rules DJ501, DJ502).
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
