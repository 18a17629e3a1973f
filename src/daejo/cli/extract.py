"""``daejo extract``: the claims of articles, printed or written to the ledger."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from daejo.cli import app
from daejo.cli.helpfmt import choice
from daejo.errors import ConfigError
from daejo.models import ArticleClaims, Claim, UnfiledValue


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@app.command("extract")
def extract_command(
    paths: list[Path] = typer.Argument(..., metavar="PATH...", help="Article files (.md, .txt, .jsonl) or folders of them."),
    write: Path = typer.Option(None, "--write", metavar="DIR", help="Write claims/<article-id>.jsonl files into this ledger folder."),
    fmt: str = typer.Option("table", "--format", "-f", metavar="FORMAT", callback=choice("format", ["table", "json", "jsonl"]), help="Output format when not writing: table, json or jsonl. [default: table]"),
    analyzer: str = typer.Option(None, "--analyzer", metavar="NAME", help="Morphological analyzer: kiwi (default) or komoran."),
    aliases: list[Path] = typer.Option(None, "--aliases", metavar="FILE", help="Entity alias file (YAML); may be repeated. Adds to the configuration's."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, metavar="N", help="Worker processes (0: all cores; small batches run serially). Output is identical to a serial run."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: this machine (--jobs processes); dask: a dask.distributed cluster (needs the 'scale' extra)."),
    scheduler: str = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786) for --engine dask; default: a local cluster."),
    replace: bool = typer.Option(False, "--replace", help="With --write: an article whose id the ledger holds for another file takes over that entry (default: an error naming both files)."),
    unfiled: bool = typer.Option(False, "--unfiled", help="List the values that became no claim, and why, instead of the claims."),
    config_file: Path = typer.Option(None, "--config", metavar="FILE", help="Configuration file to use (daejo.toml, or a pyproject.toml with [tool.daejo]) instead of searching up from the current folder."),
) -> None:
    """Extract the claims (entity, attribute, value, as_of, modality, attribution) of articles.

    With --unfiled, list instead each value (number, amount, date) that became no
    claim and why: what the extractor could not tell a fact about."""
    from daejo.config import load_config
    from daejo.ingest import load_articles
    from daejo.parallel import effective_jobs
    from daejo.pipeline import extract_entries, load_toolkit, require_files

    fmt = ExtractFormat(fmt)
    config = load_config(explicit=config_file)
    alias_files = require_files([*config.aliases, *(aliases or [])], "alias file")
    if write is not None:
        from daejo.workflow.ledger_sync import check_ledger_dir

        check_ledger_dir(write)
    articles = load_articles(paths).articles
    if write is not None and not replace:
        from daejo.workflow.ledger_sync import check_unique_ids

        check_unique_ids(articles, write)
    toolkit = load_toolkit(analyzer or config.analyzer, alias_files, config.attributes)
    if unfiled:
        if write is not None:
            raise ConfigError("--unfiled lists values; it does not write a ledger (drop --write)")
        from daejo.pipeline import unfiled_values

        found = unfiled_values(articles, toolkit)
        if fmt is ExtractFormat.table:
            typer.echo(render_unfiled(found))
        else:
            rows = [u.model_dump(mode="json") for u in found]
            if fmt is ExtractFormat.json:
                typer.echo(json.dumps({"version": 1, "unfiled": rows}, ensure_ascii=False, indent=2))
            else:
                for row in rows:
                    typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if scheduler and engine is not Engine.dask:
        raise ConfigError("--scheduler needs --engine dask")
    if engine is Engine.dask:
        entries = extract_entries(articles, toolkit, jobs=jobs, engine="dask", scheduler=scheduler)
    else:
        entries = extract_entries(articles, toolkit, jobs=effective_jobs(jobs, len(articles)))
    if write is not None:
        typer.echo(write_ledger(write, entries))
    elif fmt is ExtractFormat.json:
        doc = {"version": 1, "articles": [e.model_dump(mode="json") for e in entries]}
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    elif fmt is ExtractFormat.jsonl:
        for e in entries:
            for c in e.claims:
                typer.echo(json.dumps(c.model_dump(mode="json"), ensure_ascii=False))
    else:
        typer.echo(render_table([c for e in entries for c in e.claims]))


def write_ledger(folder: Path, entries: list[ArticleClaims]) -> str:
    """Write each article's ledger file; say how many changed."""
    from daejo.ledger import ledger_path, render_article_claims, write_article_claims

    written = unchanged = 0
    for entry in entries:
        target = ledger_path(folder, entry.article)
        before = target.read_bytes() if target.is_file() else None
        if before == render_article_claims(entry).encode("utf-8"):
            unchanged += 1
            continue
        write_article_claims(folder, entry)
        written += 1
    claims = sum(len(e.claims) for e in entries)
    return f"{claims} claims from {len(entries)} articles: {written} ledger files written, {unchanged} unchanged ({folder})"


# --------------------------------------------------------------------------- table


def render_unfiled(found: list[UnfiledValue]) -> str:
    """``path:line:column  value (kind)  why``, one value a line, and a count by reason."""
    if not found:
        return "(every value became a claim)"
    lines = [f"{u.path}:{u.line}:{u.column}  {u.text} ({u.kind})  {u.reason}" for u in found]
    counts: dict[str, int] = {}
    for u in found:
        counts[u.reason] = counts.get(u.reason, 0) + 1
    lines.append("")
    lines.append(f"{len(found)} values became no claim:")
    lines += [f"  {n:>4}  {reason}" for reason, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(lines)

_COLUMNS = ("article", "entity", "attribute", "value", "as_of", "modality", "attribution", "quote")


def _fmt_number(x: object) -> str:
    if x is None:
        return "-"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else str(x)


def value_cell(claim: Claim) -> str:
    """The normalised value and its interval (`3000억 개` → `300,000,000,000 개 [270…, 330…]`)."""
    v = claim.value
    if v.kind == "time":
        t = v.time
        if t is None or t.unresolved:
            return "unresolved"
        return f"[{t.start}, {t.end})" + (f" {t.role}" if t.role != "point" else "")
    unit = f" {v.unit}" if v.unit else ""
    interval = "" if v.low == v.high else f" [{_fmt_number(v.low)}, {_fmt_number(v.high)}]"
    issues = f" !{';'.join(v.issues)}" if v.issues else ""
    return f"{_fmt_number(v.value)}{unit}{interval}{issues}"


def _row(claim: Claim) -> list[str]:
    as_of = f"{claim.as_of.start}..{claim.as_of.end}" if claim.as_of else "-"
    entity = claim.entity or "?"
    if claim.entity_text and claim.entity_text != claim.entity:
        entity += f" ({claim.entity_text})"
    return [claim.article, entity, claim.attribute, value_cell(claim), as_of, claim.modality, claim.attribution or "-", claim.evidence.quote]


def render_table(claims: list[Claim]) -> str:
    """One claim a row under the column names, aligned in terminal columns (rich.table)."""
    from daejo.cli.table import render_columns

    if not claims:
        return "(no claims)"
    return render_columns(_COLUMNS, [_row(c) for c in claims])
