"""Plain column tables for the terminal (``extract`` claims, ``--statistics``,
``attributes``), laid out by ``rich.table`` so that Hangul and other wide
characters take their two columns (``rich.cells.cell_len``), not one.

    article  entity  attribute
    -------  ------  ---------
    a        누리온  parameter_count

No colour, no box: a header, a rule of ``-`` under each column, and two spaces
between columns; trailing spaces are trimmed. Cell text is never read as rich
markup or emoji codes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

GAP = 2  # spaces between columns


def cell_width(text: str) -> int:
    """Terminal columns of ``text`` (a Hangul syllable takes two)."""
    from rich.cells import cell_len

    return cell_len(text)


def render_columns(headers: Sequence[str], rows: Sequence[Sequence[str]], *, right: Sequence[int] = ()) -> str:
    """``rows`` under ``headers`` in aligned columns (``right``: right-aligned columns)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from daejo.report.common import single_line

    headers = [single_line(h) for h in headers]  # no control character reaches the terminal
    rows = [[single_line(cell) for cell in row] for row in rows]
    widths = [max([cell_width(headers[i])] + [cell_width(row[i]) for row in rows]) for i in range(len(headers))]
    justify = ["right" if i in right else "left" for i in range(len(headers))]
    table = Table(box=None, show_header=True, header_style="", pad_edge=False, padding=(0, GAP, 0, 0),
                  expand=False, collapse_padding=False)
    for header, how in zip(headers, justify):
        table.add_column(Text(header, justify=how), justify=how, no_wrap=True)  # type: ignore[arg-type]
    table.add_row(*(Text("-" * width) for width in widths))
    for row in rows:
        table.add_row(*(Text(cell, justify=how) for cell, how in zip(row, justify)))  # type: ignore[arg-type]
    out = io.StringIO()
    console = Console(file=out, width=sum(widths) + GAP * len(widths) + 8, color_system=None, force_terminal=False,
                      force_jupyter=False, legacy_windows=False, soft_wrap=False, emoji=False, markup=False,
                      highlight=False, no_color=True)
    console.print(table)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())
