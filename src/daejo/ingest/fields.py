"""Article fields shared by front matter and JSONL records: checked, with the line named."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from daejo.dates import parse_partial_date
from daejo.errors import InputError
from daejo.ingest.byline import detect_byline_date
from daejo.models import PartialDate

_HEADING = re.compile(r"^#[ \t]+(?P<title>.+?)[ \t#]*$", re.MULTILINE)


def text_field(value: Any, key: str, path: str | Path, line: int | None) -> str | None:
    """A string field; numbers are accepted for ``id`` (YAML reads ``id: 42`` as an int)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError(f"{key!r} must be text, got {type(value).__name__}", str(path), line)
    text = str(value).strip()
    if key == "id" and not text:
        raise InputError("'id' is empty", str(path), line)
    if key == "outlet" and text.lower() in UNKNOWN_OUTLETS:
        return None  # `outlet: unknown`: said not to be known, shown as such (`매체 미상`)
    return text or None


# what an article's ``outlet`` says when the outlet is not known
UNKNOWN_OUTLETS = frozenset({"unknown", "n/a", "na", "none", "null", "-", "?", "미상", "알 수 없음", "불명"})


def published_field(value: Any, raw: str | None, path: str | Path, line: int | None) -> PartialDate | None:
    """Parse ``published``: prefer the text as written, else a YAML int/date/datetime."""
    if value is None:
        return None
    if not isinstance(value, (str, int, float, date)):
        raise InputError(f"'published' must be a date, got {type(value).__name__}", str(path), line)
    candidate = raw if raw is not None else value
    try:
        return parse_partial_date(candidate)
    except ValueError as exc:
        raise InputError(f"invalid 'published': {exc}", str(path), line) from None


def first_heading(body: str) -> str | None:
    """The first Markdown ``# `` heading, used as the title when none is given."""
    match = _HEADING.search(body)
    return match["title"].strip() if match else None


def byline_published(
    body: str, body_line: int | None, given: PartialDate | None
) -> tuple[PartialDate | None, list[str]]:
    """Fill a missing publication date from the byline; warn when a given one disagrees."""
    stamp = detect_byline_date(body)
    if stamp is None:
        return given, []
    # inside a JSONL record (body_line None) the byline's line is not a file line
    where = f" (line {body_line + stamp.line - 1})" if body_line is not None else ""
    if given is None:
        note = f"publication date {stamp.published.text} taken from the byline {stamp.text!r}{where}"
        if stamp.kind == "modification":
            note += "; it is a modification stamp, the article may be older"
        return stamp.published, [note]
    if not given.start <= stamp.published.start < given.end:
        return given, [
            f"byline {stamp.text!r}{where} gives {stamp.published.start.isoformat()}, "
            f"outside the front-matter date {given.text}"
        ]
    return given, []
