"""``.html``/``.htm`` pages saved from a news site: the article text, tags stripped.

A real HTML parser (``html.parser``) reads the page, never a regular
expression: comments, ``<script>``/``<style>`` bodies and attributes with
``>`` in them cannot leak into the text. The body is the text of the page's
``<p>`` elements; the title comes from ``og:title``, else ``<title>``; the
publication date from ``article:published_time`` (or a byline in the text);
the outlet from ``og:site_name`` and the url from ``og:url``/canonical link.

Each paragraph is placed on the body line equal to the file line its ``<p>``
starts on (a later one when that line is taken), so line numbers in findings
point at the paragraph in the stored page; columns count in the extracted
text. A page with no paragraph text is an ``InputError``, not an empty article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from daejo.errors import InputError
from daejo.ingest.encoding import decode_article_bytes, normalise_newlines
from daejo.ingest.fields import byline_published, published_field, text_field
from daejo.ingest.textfile import LoadedArticle
from daejo.models import Article

HTML_SUFFIXES = (".html", ".htm")
# elements whose content is never article text
_DROPPED = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_SPACE = re.compile(r"\s+")
_TITLE_KEYS = ("og:title", "twitter:title")
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "pubdate", "publishdate", "date")


@dataclass
class Paragraph:
    line: int  # 1-based file line of the opening <p>
    text: str


@dataclass
class PageText:
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    canonical: str | None = None


class _PageParser(HTMLParser):
    """Collects paragraph text, the <title> and <meta>/<link> values of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageText()
        self._dropped_depth = 0
        self._paragraph: list[str] | None = None
        self._paragraph_line = 0
        self._title: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(values)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.page.canonical = values.get("href") or None
        elif tag in _DROPPED:
            self._dropped_depth += 1
        elif tag == "title" and self.page.title is None:
            self._title = []
        elif tag == "p":
            self._close_paragraph()  # an unclosed <p> ends where the next one starts
            self._paragraph, self._paragraph_line = [], self.getpos()[0]
        elif tag == "br" and self._paragraph is not None:
            self._paragraph.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _DROPPED:  # <script/> opens nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropped_depth = max(0, self._dropped_depth - 1)
        elif tag == "title" and self._title is not None:
            self.page.title = _clean("".join(self._title)) or None
            self._title = None
        elif tag in ("p", "div", "article", "section", "body"):
            self._close_paragraph()

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        elif self._dropped_depth == 0 and self._paragraph is not None:
            self._paragraph.append(data)

    def close(self) -> None:
        super().close()
        self._close_paragraph()

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        content = values.get("content")
        if key and content and key not in self.page.meta:
            self.page.meta[key] = content.strip()

    def _close_paragraph(self) -> None:
        if self._paragraph is None:
            return
        text = _clean("".join(self._paragraph))
        if text:
            self.page.paragraphs.append(Paragraph(self._paragraph_line, text))
        self._paragraph = None


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def parse_page(html: str) -> PageText:
    """The paragraphs, title and meta values of an HTML page (pure: no I/O)."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser.page


def layout_body(paragraphs: list[Paragraph]) -> str:
    """Paragraphs on their file lines, a blank line at least between two of them."""
    lines: list[str] = []
    for paragraph in paragraphs:
        target = max(paragraph.line, len(lines) + 2 if lines else 1)
        lines.extend([""] * (target - 1 - len(lines)))
        lines.append(paragraph.text)
    return "\n".join(lines) + "\n"


def read_html_article(path: Path, data: bytes) -> LoadedArticle:
    """Build an ``Article`` from the bytes of a saved HTML page, or raise ``InputError``."""
    decoded = decode_article_bytes(data, path)
    text = normalise_newlines(decoded.text)
    if not text.strip():
        raise InputError("empty article (the file has no text)", str(path), 1)
    page = parse_page(text)
    if not page.paragraphs:
        raise InputError(
            "HTML page has no paragraph text (<p> elements); save the article as .md or .txt", str(path), 1
        )
    body = layout_body(page.paragraphs)
    given = published_field(_first(page.meta, _PUBLISHED_KEYS), None, path, None)
    published, notes = byline_published(body, 1, given)
    article = Article(
        id=path.stem,
        path=str(path),
        title=text_field(_first(page.meta, _TITLE_KEYS) or page.title, "title", path, None),
        outlet=text_field(page.meta.get("og:site_name"), "outlet", path, None),
        published=published,
        url=text_field(page.meta.get("og:url") or page.canonical, "url", path, None),
        body=body,
        body_line=1,
        source_format="html",
        warnings=[*decoded.warnings, *notes],
    )
    return LoadedArticle(article, None)


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)
