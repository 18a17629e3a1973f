"""``.jsonl`` inputs: one article a line.

Fields: ``id``, ``title``, ``outlet``, ``published``, ``url`` and the text in
``body``, ``text`` or ``content``. A record without ``id`` is ``<file stem>-<line>``.
A broken line is an ``InputError`` naming ``file:line``; with ``keep_going`` it
is a problem and the remaining lines are still read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from daejo.errors import InputError
from daejo.ingest.encoding import decode_article_bytes, normalise_newlines
from daejo.ingest.fields import byline_published, first_heading, published_field, text_field
from daejo.ingest.limits import MAX_ARTICLE_BYTES, check_article_size, check_line_size
from daejo.ingest.results import ProblemSink
from daejo.ingest.textfile import LoadedArticle
from daejo.models import Article

BODY_KEYS = ("body", "text", "content")


def read_jsonl_articles(path: Path, data: bytes, sink: ProblemSink) -> list[LoadedArticle]:
    decoded = decode_article_bytes(data, path)
    # JSON strings escape their line breaks, so every raw CR/LF ends a record
    lines = normalise_newlines(decoded.text).split("\n")
    if not any(line.strip() for line in lines):
        raise InputError("empty article (the JSONL file has no records)", str(path), 1)
    if len(lines[0]) <= MAX_ARTICLE_BYTES and is_ledger_header(lines[0]):
        raise InputError("a daejo ledger file, not articles", str(path), 1)
    loaded: list[LoadedArticle] = []
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            if len(line) > MAX_ARTICLE_BYTES // 4:  # measured before it is parsed
                check_line_size(len(line.encode("utf-8", "surrogatepass")), path, line_no)
            loaded.append(_read_record(line, line_no, path, decoded.warnings))
        except InputError as error:
            sink.report(error)
    return loaded


def _read_record(line: str, line_no: int, path: Path, warnings: list[str]) -> LoadedArticle:
    record = _parse_line(line, line_no, path)
    body = _body(record, line_no, path)
    given = published_field(record.get("published"), None, path, line_no)
    published, notes = byline_published(body, None, given)
    article = Article(
        id=text_field(record.get("id"), "id", path, line_no) or f"{path.stem}-{line_no}",
        path=str(path),
        title=text_field(record.get("title"), "title", path, line_no) or first_heading(body),
        outlet=text_field(record.get("outlet"), "outlet", path, line_no),
        published=published,
        url=text_field(record.get("url"), "url", path, line_no),
        body=body,
        body_line=line_no,
        source_format="jsonl",
        warnings=[*warnings, *notes],
    )
    return LoadedArticle(article, line_no)


def _parse_line(line: str, line_no: int, path: Path) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"broken JSONL record: {exc.msg} at column {exc.colno}", str(path), line_no) from None
    if not isinstance(record, dict):
        raise InputError(f"JSONL record must be an object, got {type(record).__name__}", str(path), line_no)
    return record


def _body(record: dict[str, Any], line_no: int, path: Path) -> str:
    key = next((k for k in BODY_KEYS if k in record), None)
    if key is None:
        raise InputError("JSONL record has no text (expected one of: body, text, content)", str(path), line_no)
    value = record[key]
    if not isinstance(value, str):
        raise InputError(f"JSONL {key!r} must be a string, got {type(value).__name__}", str(path), line_no)
    if not value.strip():
        raise InputError("empty article (the record's text is empty)", str(path), line_no)
    check_article_size(len(value.encode("utf-8", "surrogatepass")), path, line_no)
    return normalise_newlines(value)


def is_ledger_header(line: str) -> bool:
    """Whether a line is the header of a daejo ledger file (claims/<id>.jsonl)."""
    if '"schema_version"' not in line or '"body_sha256"' not in line:
        return False
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(data, dict) and {"schema_version", "article", "body_sha256"} <= set(data)
