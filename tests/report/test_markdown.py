"""``markdown``: a PR comment that article text cannot break."""

from __future__ import annotations

import re

from daejo.report import render
from daejo.report.markdown import escape_markdown

from .sample import FINDINGS, HOSTILE, meta

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _table_rows(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("| ")]


def test_table_has_one_row_per_finding_and_seven_cells_each():
    rows = _table_rows(render(FINDINGS, "markdown", meta()))
    assert len(rows) == 2 + len(FINDINGS)
    assert all(len(UNESCAPED_PIPE.findall(row)) == 8 for row in rows)


def test_each_finding_shows_its_short_fingerprint():
    """The `fp` column and each details summary carry what `daejo decide accept` takes."""
    output = render(FINDINGS, "markdown", meta())
    for finding in FINDINGS:
        assert f"| `{finding.id[:8]}` |" in output
        assert f"[fp {finding.id[:8]}]</summary>" in output


def test_hostile_text_is_neutralised():
    output = render([HOSTILE], "markdown", meta())
    assert "<script>" not in output
    assert "<b>가짜" not in output  # the entity's markup is shown, not applied
    assert "&lt;script&gt;" in output
    assert "](http://x)" not in output  # no link from article text
    assert "`주장`" not in output
    assert output.count("<details>") == output.count("</details>") == 1


def test_every_finding_has_details_quoting_each_sentence_with_the_value_bold():
    output = render(FINDINGS, "markdown", meta())
    assert output.count("<details>") == len(FINDINGS)
    assert "> 누리랩은 약 <b>6000억개</b>의 매개변수를 갖춘 새 모델을 내놓았다." in output
    assert "> 회사 측은 이 모델의 매개변수가 <b>3000억 개</b>라고 설명했다." in output


def test_no_findings_says_so():
    output = render([], "markdown", meta(lang="en"))
    assert "No findings" in output and "|" not in output


def test_escape_markdown_keeps_plain_hangul_and_blocks_line_starts():
    assert escape_markdown("누리랩 1000명") == "누리랩 1000명"
    assert escape_markdown("# 제목") == "\\# 제목"
    assert escape_markdown("1. 항목") == "1\\. 항목"
    assert escape_markdown("a|b\nc") == "a\\|b<br>c"
