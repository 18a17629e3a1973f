"""The seed articles (outside the repository, skipped where absent): ingest and byline agreement."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from daejo.ingest import load_articles

SEEDS = Path("/work/shared/seeds")
pytestmark = pytest.mark.skipif(not (SEEDS / "articles").is_dir(), reason="seed articles not available")


def _front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def test_seed_articles_load_with_front_matter_dates():
    md_files = sorted((SEEDS / "articles").glob("*.md"))
    articles = load_articles([SEEDS / "articles"]).articles
    assert [a.id for a in articles] == [_front_matter(p)["id"] for p in md_files]
    for article, path in zip(articles, md_files):
        assert article.published.text == str(_front_matter(path)["published"])
        assert article.body_line > 1
        assert not any("outside the front-matter date" in w for w in article.warnings)


def test_byline_dates_of_raw_seeds_fall_inside_the_front_matter_dates():
    by_source = {
        (SEEDS / _front_matter(p)["source_file"]).resolve(): load_articles([p]).articles[0]
        for p in (SEEDS / "articles").glob("*.md")
    }
    raw = load_articles([SEEDS / "raw"]).articles
    dated = [a for a in raw if a.published is not None]
    assert dated, "at least one raw seed carries a byline"
    for article in dated:
        reference = by_source[Path(article.path).resolve()].published
        assert reference.start <= article.published.start < reference.end
