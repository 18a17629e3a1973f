"""Terminal tables (daejo.cli.table through rich.table) and screen widths
(rich.cells.cell_len): Hangul takes two columns, columns line up on screen."""

from __future__ import annotations

from rich.cells import cell_len

from daejo.cli.extract import render_table
from daejo.cli.table import render_columns

from ..reconcile.factory import EOK, claim, num


def _starts(line: str, cells: list[str]) -> list[int]:
    """The screen column where each cell of ``line`` starts."""
    out, at = [], 0
    for cell in cells:
        at = line.index(cell, at)
        out.append(cell_len(line[:at]))
        at += len(cell)
    return out


def test_columns_line_up_on_screen_with_hangul():
    rows = [["a", "누리온", "12"], ["긴 기사 아이디", "LG", "3"]]
    lines = render_columns(["article", "entity", "count"], rows, right=(2,)).splitlines()
    assert lines[1].split() == ["-" * cell_len("긴 기사 아이디"), "-" * cell_len("누리온"), "-----"]
    head = _starts(lines[0], ["article", "entity", "count"])
    assert _starts(lines[2], ["a", "누리온"]) == head[:2]
    assert _starts(lines[3], ["긴 기사 아이디", "LG"]) == head[:2]
    # right-aligned: every count ends where the header does
    assert {cell_len(line) for line in (lines[0], lines[2], lines[3])} == {cell_len(lines[0])}


def test_cells_are_text_not_markup_and_never_drive_the_terminal():
    out = render_columns(["a", "b"], [["[bold]x[/bold]", ":smile: \x1b[2J"]])
    assert "[bold]x[/bold]" in out and ":smile:" in out
    assert "\x1b" not in out and "\ufffd[2J" in out


def test_extract_table_aligns_claims_by_screen_width():
    """A zero-width space in a name takes no column (hand padding counted it as one)."""
    claims = [claim("기사-가", "누\u200b리온", "parameter_count", num("6000억 개", 6000 * EOK)),
              claim("b", "LG", "parameter_count", num("약 3000억 개", 3000 * EOK, 2700 * EOK, 3300 * EOK, bound="approx"))]
    lines = render_table(claims).splitlines()
    assert lines[0].split()[:3] == ["article", "entity", "attribute"]
    column = _starts(lines[0], ["attribute"])[0]
    assert _starts(lines[2], ["parameter_count"])[0] == column
    assert _starts(lines[3], ["parameter_count"])[0] == column
    assert lines[2].endswith("6000억 개") and lines[3].endswith("약 3000억 개")  # the quote, last
    assert render_table([]) == "(no claims)"
