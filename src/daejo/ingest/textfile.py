"""``.md``/``.txt`` articles: optional YAML front matter, then the body."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from daejo.errors import InputError
from daejo.ingest.encoding import decode_article_bytes, normalise_newlines
from daejo.ingest.fields import byline_published, first_heading, published_field, text_field
from daejo.ingest.frontmatter import FrontMatter, split_front_matter
from daejo.models import Article


@dataclass
class LoadedArticle:
    """An article and the file line that defines its id (for duplicate-id messages)."""

    article: Article
    id_line: int | None


def read_text_article(path: Path, data: bytes) -> LoadedArticle:
    """Build an ``Article`` from the bytes of a ``.md``/``.txt`` file, or raise ``InputError``."""
    decoded = decode_article_bytes(data, path)
    text = normalise_newlines(decoded.text)
    if not text.strip():
        raise InputError("empty article (the file has no text)", str(path), 1)
    split = split_front_matter(text, path)
    if not split.body.strip():
        raise InputError("empty article (front matter but no body)", str(path), split.body_line)
    front = split.front_matter or FrontMatter()
    given = published_field(
        front.values.get("published"), front.raw.get("published"), path, front.lines.get("published")
    )
    published, notes = byline_published(split.body, split.body_line, given)
    article = Article(
        id=_text(front, "id", path) or path.stem,
        path=str(path),
        title=_text(front, "title", path) or first_heading(split.body),
        outlet=_text(front, "outlet", path),
        published=published,
        url=_text(front, "url", path),
        body=split.body,
        body_line=split.body_line,
        source_format="markdown" if path.suffix.lower() == ".md" else "text",
        warnings=[*decoded.warnings, *notes],
    )
    return LoadedArticle(article, front.lines.get("id"))


def _text(front: FrontMatter, key: str, path: Path) -> str | None:
    return text_field(front.values.get(key), key, path, front.lines.get(key))
