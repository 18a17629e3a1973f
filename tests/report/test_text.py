"""``text``: compiler-style output with carets aligned under Hangul."""

from __future__ import annotations

from daejo.report import render
from daejo.report.common import display_width

from .sample import FINDINGS, HOSTILE, PARAMETERS, meta


def _caret_pairs(output: str) -> list[tuple[str, str]]:
    lines = output.splitlines()
    return [(lines[i - 1][6:], line[6:]) for i, line in enumerate(lines) if line.startswith("    | ") and "^" in line]


def test_header_line_is_compiler_style():
    first_line = render([PARAMETERS], "text", meta()).splitlines()[1]
    assert first_line == ("기사/nuri-daily-launch.md:7:12: error[DJ101 value-mismatch] " + PARAMETERS.message_ko
                          + f" [fp {PARAMETERS.id[:8]}]")


def test_carets_sit_under_the_quote_in_terminal_columns():
    pairs = _caret_pairs(render(FINDINGS, "text", meta()))
    sides = [side for finding in FINDINGS for side in finding.claims]
    assert len(pairs) == len(sides)
    quotes = {side.quote.replace("\n", "↵") for side in sides}
    for sentence, carets in pairs:
        pad = len(carets) - len(carets.lstrip(" "))
        width = carets.count("^")
        # walk the sentence in display columns to find the text above the carets
        column, above = 0, ""
        for char in sentence:
            if pad <= column < pad + width:
                above += char
            column += display_width(char)
        assert above in quotes


def test_each_side_shows_value_modality_and_the_other_source():
    output = render([PARAMETERS], "text", meta(lang="en"))
    assert "value: 600,000,000,000 개 (approx, 540,000,000,000–660,000,000,000)" in output
    assert "modality: asserted, attribution: 회사 측" in output
    assert "   ↔ 기사/hangyeol-econ-review.md:3:19 (한결경제, 2022-07-01)" in output
    assert output.rstrip().endswith("1 finding (1 error, 0 warnings, 0 info) in 4 articles, 37 claims")


def test_groups_by_entity_and_attribute():
    headings = [line for line in render(FINDINGS, "text", meta()).splitlines() if line.startswith("── ")]
    assert len(headings) == len({(f.entity, f.attribute) for f in FINDINGS})
    assert headings[0] == "── 누리랩 · 파라미터 수 ──"


def test_colour_only_when_asked():
    assert "\x1b[" not in render(FINDINGS, "text", meta())
    assert "\x1b[1;31m" in render(FINDINGS, "text", meta(color=True))


def test_control_characters_in_article_text_cannot_reach_the_terminal():
    sneaky = HOSTILE.model_copy(update={"message_ko": "값\x1b[2J이 다릅니다\r덮어쓰기"})
    output = render([sneaky], "text", meta())
    assert "\x1b" not in output and "\r" not in output
    assert "값\ufffd[2J이 다릅니다↵덮어쓰기" in output
