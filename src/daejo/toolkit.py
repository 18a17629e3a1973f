"""What the extraction stages share across processes: the ``Toolkit`` a run builds
once, an article's ledger entry, and the progress bar of long runs. It sits below
``pipeline`` and ``parallel`` so neither imports the other to get them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from daejo.ledger import body_sha256, sorted_claims
from daejo.models import Article, ArticleClaims, Claim, StoryKeys

if TYPE_CHECKING:  # pragma: no cover
    from daejo.extract.catalogue import Catalogue
    from daejo.extract.registry import EntityRegistry
    from daejo.text import Analyzer

# a progress bar only pays for itself on runs longer than this many articles
PROGRESS_MIN_ARTICLES = 8


@dataclass
class Toolkit:
    """What is expensive to build, built once a run: the analyzer, the alias
    registry and the attribute catalogue."""

    analyzer: Analyzer
    registry: EntityRegistry
    catalogue: Catalogue
    # digest of what decides the claims (rules, analyzer, alias and attribute files)
    fingerprint: str | None = None


def article_claims(article: Article, claims: list[Claim], keys: StoryKeys | None = None) -> ArticleClaims:
    """An article's claims as its ledger file stores them."""
    return ArticleClaims(
        article=article.id,
        path=article.path,
        title=article.title,
        outlet=article.outlet,
        published=article.published.text if article.published else None,
        body_sha256=body_sha256(article.body),
        keys=keys,
        claims=sorted_claims(claims),
    )


def progress_bar(items: list, description: str, *, enabled: bool = True) -> Iterator:
    """Items, with a progress bar (rate and ETA) on stderr for long runs in a terminal only."""
    if not enabled or len(items) < PROGRESS_MIN_ARTICLES or not sys.stderr.isatty():
        yield from items
        return
    # rich loads only for a long run in a terminal: a one-article check never pays for it
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:  # articles per second
            return Text(f"{task.speed:.1f}/s" if task.speed else "–/s")

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=len(items))
        for item in items:
            yield item
            bar.advance(task)
