"""``daejo ledger index``: build or refresh the DuckDB index of a large ledger.

The index (``claims/.index/ledger.duckdb``) is a cache derived from the JSONL
files: never committed, rebuilt incrementally (only changed files are read).
``check`` uses it when it is current, reading only the claims of the entities
the new articles mention.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import typer

from daejo.cli.ledger import ledger_app


@ledger_app.command("index")
def index_command(
    ledger: Path = typer.Option(None, "--ledger", help="Ledger folder (default: the configuration's ledger, claims/)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Drop the index and build it from scratch."),
) -> None:
    """Build or refresh the ledger index (needs the 'scale' extra: DuckDB)."""
    from daejo.config import load_config
    from daejo.index import INDEX_DIR, build_index, index_path, require_duckdb

    require_duckdb()  # a clear message before any work
    folder = Path(ledger) if ledger is not None else Path(load_config().ledger)
    if rebuild:
        shutil.rmtree(folder / INDEX_DIR, ignore_errors=True)
    stats = build_index(folder)
    typer.echo(stats.summary(index_path(folder)))
