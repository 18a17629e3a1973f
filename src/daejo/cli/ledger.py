"""``daejo ledger update|verify``: keep claims/ in step with the articles.

``update`` extracts the articles whose ledger file is missing or out of date and
removes the files of deleted articles; ``verify`` only hashes (no extraction) and
exits 1 listing what is stale, 0 when the ledger is current, 2 on unreadable input.
"""

from __future__ import annotations

from pathlib import Path

import typer

from daejo.cli import app
from daejo.config import load_config

ledger_app = typer.Typer(
    help="Maintain the claims ledger (claims/): update it from the articles, verify it is current.",
    no_args_is_help=True,
)
app.add_typer(ledger_app, name="ledger")

# articles extracted and written per batch: a killed run keeps the finished batches
UPDATE_BATCH = 8

PATHS_ARG = typer.Argument(..., metavar="PATH...", help="Article files or folders (.md, .txt, .jsonl).")
LEDGER_OPT = typer.Option(None, "--ledger", metavar="DIR", help="Ledger folder (default: the configuration's ledger, claims/).")
ANALYZER_OPT = typer.Option(None, "--analyzer", metavar="NAME", help="Morphological analyzer: kiwi or komoran (default: the configuration's).")
ALIASES_OPT = typer.Option(None, "--aliases", metavar="FILE", help="Entity alias file (YAML); adds to the configuration's.")
REPLACE_OPT = typer.Option(False, "--replace", help="An article whose id the ledger holds for another file takes over that entry (default: an error naming both files).")


def _ledger_dir(ledger: Path | None) -> Path:
    from daejo.workflow.ledger_sync import check_ledger_dir

    folder = Path(ledger) if ledger is not None else Path(load_config().ledger)
    check_ledger_dir(folder)
    return folder


ARTICLE_SUFFIXES = {".md", ".txt", ".jsonl", ".html"}


def _load(paths: list[Path]) -> list:
    """The articles under ``paths``; a folder with none left is not an error here
    (every article of it was deleted: its ledger files are to be removed)."""
    from daejo.ingest import load_articles
    from daejo.pipeline import require_files

    require_files([p for p in paths if not Path(p).is_dir()], "article file")
    wanted = [p for p in paths if not Path(p).is_dir() or _has_articles(Path(p))]
    return load_articles(wanted).articles if wanted else []


def _has_articles(folder: Path) -> bool:
    return any(p.suffix.lower() in ARTICLE_SUFFIXES for p in folder.rglob("*") if p.is_file())


@ledger_app.command("update")
def update_command(
    paths: list[Path] = PATHS_ARG,
    ledger: Path = LEDGER_OPT,
    analyzer: str = ANALYZER_OPT,
    aliases: list[Path] = ALIASES_OPT,
    replace: bool = REPLACE_OPT,
) -> None:
    """Extract the claims of new or changed articles and remove those of deleted ones.

    Only ledger files of articles under PATH are removed, so updating one folder
    never touches the others. A ledger file whose claim lines no longer match the
    digest in its header (damaged) is extracted again. An article id the ledger
    holds for another file is an error unless --replace. Runs on one ledger are
    serialised by a lock file (<ledger>/.lock); each file is written atomically.
    The ledger folder is created when missing, never the folders above it.
    """
    from daejo.ledger import remove_article, write_article_claims
    from daejo.pipeline import extract_entries, load_toolkit
    from daejo.workflow.ledger_sync import check_unique_ids, ledger_lock, plan_update, remove_leftover_temp_files
    from daejo.workflow.prepare import apply_decisions_to_toolkit, for_extraction, ledger_decisions, with_stored_hashes

    config = load_config()
    folder = _ledger_dir(ledger)
    articles = _load(paths)
    decisions = ledger_decisions(folder)
    with ledger_lock(folder):
        if not replace:
            check_unique_ids(articles, folder)
        remove_leftover_temp_files(folder)
        plan = plan_update(articles, folder, paths, _extractor(config, analyzer, aliases))
        for file, why in plan.damaged:
            typer.echo(f"daejo: warning: {file}: damaged ledger file ({why}); its article is extracted again", err=True)
        removed = sum(remove_article(folder, header.article) for header in plan.remove if header.article)
        written = 0
        if plan.extract:
            toolkit = load_toolkit(analyzer or config.analyzer, [*config.aliases, *(aliases or [])], config.attributes)
            apply_decisions_to_toolkit(toolkit, decisions)
            _learn_links_of(for_extraction(articles), toolkit)
            for start in range(0, len(plan.extract), UPDATE_BATCH):
                batch = plan.extract[start:start + UPDATE_BATCH]
                entries = with_stored_hashes(extract_entries(for_extraction(batch), toolkit, progress=False), batch)
                for entry in entries:
                    write_article_claims(folder, entry)
                    written += 1
    typer.echo(f"{folder}: {written} written, {len(plan.unchanged)} unchanged, {removed} removed")


def _learn_links_of(articles: list, toolkit: object) -> None:
    # links written out in any article (`엑사원(EXAONE)`) resolve mentions in the
    # others: learn them from every article, changed or not, so an article's
    # claims do not depend on which batch it was extracted with
    from daejo.extract.links import learn_links

    for article in articles:
        learn_links(article.body, toolkit.registry)  # type: ignore[attr-defined]


def _extractor(config, analyzer: str | None, aliases: list[Path] | None) -> str:
    """The fingerprint the ledger's claims should carry (no analyzer is loaded)."""
    from daejo.fingerprint import extractor_fingerprint
    from daejo.pipeline import require_files

    alias_files = require_files([*config.aliases, *(aliases or [])], "alias file")
    attribute_files = require_files(config.attributes, "attribute catalogue file")
    return extractor_fingerprint(analyzer or config.analyzer, alias_files, attribute_files)


@ledger_app.command("verify")
def verify_command(
    paths: list[Path] = PATHS_ARG,
    ledger: Path = LEDGER_OPT,
    analyzer: str = ANALYZER_OPT,
    aliases: list[Path] = ALIASES_OPT,
) -> None:
    """Check that the ledger is whole and current for the articles (hashes only).

    Every ledger file must be whole (the digest of its claim lines), match its
    article (body hash, schema version) and the current extraction (rules,
    analyzer, alias and attribute files), and every article under PATH must have
    one. Exit 0 current, 1 stale or damaged (each item listed), 2 unreadable
    input. Hashes only: no extraction."""
    from daejo.ingest import load_articles
    from daejo.workflow.ledger_sync import ledger_paths_outside, verify_ledger

    folder = _ledger_dir(ledger)
    articles = _load(paths)
    others = {p: (load_articles([p]).articles if Path(p).is_file() else []) for p in ledger_paths_outside(folder, paths)}
    problems = verify_ledger(folder, articles, paths, others, _extractor(load_config(), analyzer, aliases))
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        typer.echo(f"{folder}: {len(problems)} problem(s); run `daejo ledger update` to bring it up to date", err=True)
        raise typer.Exit(1)
    typer.echo(f"{folder}: {len(articles)} article(s) current")
