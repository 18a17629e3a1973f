"""``daejo parse``: show the values recognised in a text."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterator
from enum import Enum

import typer

from daejo.cli import app
from daejo.cli.helpfmt import choice
from daejo.dates import parse_partial_date
from daejo.errors import InputError
from daejo.ingest.limits import MAX_ARTICLE_BYTES
from daejo.models import Value
from daejo.values import parse_values


class ParseFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _value_line(v: Value) -> str:
    if v.kind == "time":
        t = v.time
        if t is None or t.unresolved:
            what = f"unresolved ({t.reason})" if t and t.reason else "unresolved"
        else:
            what = f"[{t.start}, {t.end}) grain={t.grain}" + (f" role={t.role}" if t.role != "point" else "")
    elif v.kind == "score":
        what = f"{_fmt(v.high)}-{_fmt(v.low)} (the two sides' points)"
    else:
        unit = f" {v.unit}" if v.unit else ""
        what = f"{_fmt(v.value)}{unit} bound={v.bound} [{_fmt(v.low)}, {_fmt(v.high)}]"
    issues = f"  ! {'; '.join(v.issues)}" if v.issues else ""
    return f"  {v.start}-{v.end}  {v.kind:<8}  {v.text}  →  {what}{issues}"


def _fmt(x: object) -> str:
    if x is None:
        return "-"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else str(x)


@app.command("parse")
def parse_command(
    texts: list[str] = typer.Argument(..., metavar="TEXT...", help="Texts to analyse; '-' reads one text a line from standard input (UTF-8, at most 2 MiB a line)."),
    published: str = typer.Option(
        None, "--published", metavar="DATE", help="Publication date the relative times resolve against (YYYY, YYYY-MM, YYYY-MM-DD or ISO datetime)."
    ),
    fmt: str = typer.Option("text", "--format", "-f", metavar="FORMAT", callback=choice("format", ["text", "json", "jsonl"]), help="Output format: text, json or jsonl. [default: text]"),
) -> None:
    """Show the values (numbers, quantities, money, percentages, ratios, durations, times, scores of games) recognised in TEXT."""
    fmt = ParseFormat(fmt)
    reference = None
    if published is not None:
        try:
            reference = parse_partial_date(published)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--published") from None
    results = ((t, parse_values(t, reference)) for t in _inputs(texts))  # one text at a time
    if fmt is ParseFormat.jsonl:
        for t, values in results:
            typer.echo(json.dumps({"text": t, "values": [v.model_dump(mode="json") for v in values]}, ensure_ascii=False))
    elif fmt is ParseFormat.json:
        dumped = [(t, [v.model_dump(mode="json") for v in vs]) for t, vs in results]
        if len(dumped) == 1:
            doc: object = {"values": dumped[0][1]}
        else:
            doc = {"texts": [{"text": t, "values": vs} for t, vs in dumped]}
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        for t, values in results:
            typer.echo(t)
            if not values:
                typer.echo("  (no values)")
            for v in values:
                typer.echo(_value_line(v))


STDIN = "standard input"


def _inputs(texts: list[str]) -> Iterator[str]:
    """The texts, '-' replaced by the lines of standard input; each at most the
    article size limit (measured before it is parsed, never read past it)."""
    for text in texts:  # arguments are bounded by the operating system
        if text != "-":
            yield text
            continue
        stream = sys.stdin.buffer
        for line_no in itertools.count(1):
            raw = stream.readline(MAX_ARTICLE_BYTES + 2)  # room for the line end
            if not raw:
                break
            line = raw.rstrip(b"\r\n")
            if len(line) > MAX_ARTICLE_BYTES:
                raise InputError(f"line too large: more than {MAX_ARTICLE_BYTES // 1_048_576} MiB, "
                                 f"the limit is {MAX_ARTICLE_BYTES // 1_048_576} MiB a line", STDIN, line_no)
            try:
                yield line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"is not valid UTF-8 (byte {exc.start + 1} of the line)", STDIN, line_no) from None
