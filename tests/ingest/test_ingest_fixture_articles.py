"""The project's own articles (fixtures/articles, fixtures/incoming): ingest reads
their front matter, and a byline in a plain-text page of the same article dates
it inside the front-matter date (the byline is found among the body's own dates)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from daejo.ingest import load_articles

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FOLDERS = [FIXTURES / "articles", FIXTURES / "incoming"]


def _front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def _md_files() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in folder.glob("*.md"))


def test_fixture_articles_load_with_their_front_matter():
    articles = {a.id: a for a in load_articles(FOLDERS).articles}
    assert len(articles) == len(_md_files()) >= 20
    for path in _md_files():
        meta = _front_matter(path)
        article = articles[meta["id"]]
        assert article.published.text == str(meta["published"])
        assert article.title == meta["title"] and article.outlet == meta["outlet"]
        assert article.body_line > 1
        assert not any("outside the front-matter date" in w for w in article.warnings)


@pytest.mark.parametrize("path", _md_files(), ids=lambda p: p.stem)
def test_a_plain_text_page_is_dated_by_its_byline_inside_the_front_matter_date(path: Path, tmp_path: Path):
    [article] = load_articles([path]).articles
    stated = article.published
    moment = stated.moment
    stamp = f"{moment:%Y.%m.%d %H:%M}" if moment else f"{stated.start:%Y.%m.%d} 09:00"
    page = tmp_path / f"{path.stem}.txt"
    page.write_text(f"{article.title}\n\n{article.outlet} 입력 {stamp}\n\n{article.body}", encoding="utf-8")
    [raw] = load_articles([page]).articles
    assert raw.published is not None and raw.published.grain == "datetime", raw.warnings
    assert stated.start <= raw.published.start < stated.end
    if moment:
        assert raw.published.moment == moment
    assert article.body.strip() in raw.body
