"""Shared fixtures: a small synthetic corpus (with its alias registry) and a generated ledger."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from benchmarks.claims import write_ledger
from benchmarks.corpus import generate, write_markdown


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """20 articles; some name their company only by its Latin name (resolved through links)."""
    folder = tmp_path_factory.mktemp("corpus")
    articles, truth = generate(20, seed=11)
    write_markdown(articles, folder / "articles")
    (folder / "aliases.yaml").write_text(yaml.safe_dump(truth.aliases, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.fixture()
def ledger_dir(tmp_path) -> Path:
    """100 ledger files of 4 claims each, generated directly."""
    folder = tmp_path / "claims"
    write_ledger(folder, 400)
    return folder
