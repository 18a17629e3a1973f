"""``daejo report``: the editors' review page (self-contained HTML)."""

from __future__ import annotations

from pathlib import Path

import typer

from daejo.cli import app


@app.command("report")
def report_command(
    paths: list[Path] = typer.Argument(..., metavar="PATH...", help="Article files or folders (.md, .txt, .jsonl)."),
    output: Path = typer.Option(..., "--output", "-o", metavar="FILE", help="The HTML file to write (atomically; '-' for standard output). An existing file is replaced only when it is a daejo report; inputs, the ledger, links and non-regular files are never written."),
    ledger: Path = typer.Option(None, "--ledger", metavar="DIR", help="Ledger folder of claims already published (default: claims/ when present)."),
    lang: str = typer.Option(None, "--lang", help="Language of the page: ko (default) or en."),
    analyzer: str = typer.Option(None, "--analyzer", metavar="NAME", help="Morphological analyzer: kiwi or komoran."),
    aliases: list[Path] = typer.Option(None, "--aliases", metavar="FILE", help="Entity alias file (YAML); may be repeated."),
    force: bool = typer.Option(False, "--force", help="Replace an existing file that is not a daejo report, and write a symbolic link's target."),
    replace: bool = typer.Option(False, "--replace", help="An article whose id the ledger holds for another file replaces that entry (default: an error naming both files)."),
    per_group: int = typer.Option(500, "--max-findings", min=1, metavar="N", help="Finding cards per rule and severity on the page; the rest are counted (all of them: --format json with `daejo check`)."),
    config_file: Path = typer.Option(None, "--config", metavar="FILE", help="Configuration file to use (daejo.toml, or a pyproject.toml with [tool.daejo]) instead of searching up from the current folder."),
) -> None:
    """Write the editors' review report: an overview of the conflicts, findings side by side, charts and fact sheets.

    At the top, the article pairs in conflict and each story's disputed facts; each
    finding puts the checked article's side first; fact sheets open for the entities
    the checked articles touch (the rest behind a switch). The page is one HTML file
    with inline CSS, SVG and script, no network access,
    filters by severity, entity, attribute and article, and deep links
    (#finding-<id>, #entity-<id>). Exit status as for `daejo check --exit-zero`:
    0 when written, 2 on input errors.
    """
    if lang not in (None, "ko", "en"):
        raise typer.BadParameter("choose ko or en", param_hint="--lang")
    from daejo.cli.check import check_outputs, merge_options, run_check, write_report
    from daejo.config import load_config

    config = load_config(explicit=config_file)
    options = merge_options(
        config, paths=paths, ledger=ledger, fmt="html", output=output, fail_on=None, exit_zero=True,
        lang=lang, analyzer=analyzer, aliases=aliases or [], keep_going=False,
    )
    options.replace = replace
    options.max_findings = per_group
    check_outputs(options, config, force=force)
    result, page = run_check(options)
    write_report(page, options.output)
    where = options.output if options.output is not None else "standard output"
    typer.echo(f"{where}: {len(result.findings)} findings, {result.articles} articles, {result.claims} claims", err=True)
