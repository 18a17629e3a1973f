"""Article ingest: files → ``Article`` (see docs/pipeline.md).

``load_articles(paths)`` reads ``.md``/``.txt`` (optional YAML front matter),
``.jsonl`` (one article a line) and directories of them. Bad input raises
``InputError`` naming the file and line, or with ``keep_going=True`` becomes an
``InputProblem`` while the remaining inputs are still read.

``locate(article, offset)`` / ``Locator(article).locate(offset)`` turn body
offsets into file line/column for annotations.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from daejo.errors import InputError
from daejo.ingest.html_input import HTML_SUFFIXES, read_html_article
from daejo.ingest.jsonl import read_jsonl_articles
from daejo.fsutil import NotRegularFile, TooLarge, read_regular
from daejo.ingest.limits import MAX_ARTICLE_BYTES, check_article_size, not_regular_message
from daejo.ingest.positions import Location, Locator, locate
from daejo.ingest.results import InputProblem, LoadResult, ProblemSink
from daejo.ingest.sources import ARTICLE_SUFFIXES, collect_article_files
from daejo.ingest.textfile import LoadedArticle, read_text_article
from daejo.models import Article

__all__ = [
    "ARTICLE_SUFFIXES",
    "InputProblem",
    "LoadResult",
    "Location",
    "Locator",
    "load_articles",
    "locate",
]


def load_articles(paths: Sequence[str | Path], *, keep_going: bool = False, allow_empty: bool = False) -> LoadResult:
    """Load every article the paths name; ids must be unique across all of them.

    A folder holding no article is an error, or with ``allow_empty`` is listed in
    ``empty_folders`` (``daejo check`` warns and exits 0, as ruff does)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise InputError("no input files or directories given")
    sink = ProblemSink(keep_going, allow_empty)
    loaded: list[LoadedArticle] = []
    for path in collect_article_files(paths, sink):
        try:
            loaded.extend(_load_file(path, sink))
        except InputError as error:
            sink.report(error)
    articles = _without_duplicate_ids(loaded, sink)
    return LoadResult(articles=articles, problems=sink.problems, empty_folders=sink.empty_folders)


def _load_file(path: Path, sink: ProblemSink) -> list[LoadedArticle]:
    jsonl = path.suffix.lower() == ".jsonl"  # a JSONL file's records are checked one by one
    try:
        data = read_regular(path, None if jsonl else MAX_ARTICLE_BYTES)
    except NotRegularFile as exc:
        raise InputError(not_regular_message(exc.kind), str(path)) from None
    except TooLarge as exc:
        check_article_size(exc.size, path)
        raise  # pragma: no cover - check_article_size raised
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", str(path)) from None
    if path.suffix.lower() == ".jsonl":
        return read_jsonl_articles(path, data, sink)
    if path.suffix.lower() in HTML_SUFFIXES:
        return [read_html_article(path, data)]
    return [read_text_article(path, data)]


def _without_duplicate_ids(loaded: list[LoadedArticle], sink: ProblemSink) -> list[Article]:
    first: dict[str, LoadedArticle] = {}
    kept: list[Article] = []
    for item in loaded:
        other = first.get(item.article.id)
        if other is None:
            first[item.article.id] = item
            kept.append(item.article)
            continue
        sink.report(
            InputError(
                f"duplicate article id {item.article.id!r}: also used by {_where(other)}",
                item.article.path,
                item.id_line,
            )
        )
    return kept


def _where(item: LoadedArticle) -> str:
    return f"{item.article.path}:{item.id_line}" if item.id_line is not None else item.article.path
