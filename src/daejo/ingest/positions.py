"""Character offsets in ``Article.body`` → line/column in the file as stored.

Ingest turns CRLF and lone CR into LF one break for one break and drops a BOM,
so body line *k* is file line ``body_line + k``; columns count code points from
1 (a BOM is not a column) and ``byte_column`` counts UTF-8 bytes from 1, as
reviewdog's rdjson expects. JSONL records point at the record's line, column 1.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from typing import NamedTuple

from daejo.models import Article

_CACHE_SIZE = 256
_STEP = 4096


class Location(NamedTuple):
    """Where an offset of a body is in its file: line, column, and column in UTF-8 bytes (1-based)."""

    line: int
    column: int
    byte_column: int


class Locator:
    """Locate many offsets in one article: line starts are computed once."""

    def __init__(self, article: Article):
        self.body = article.body
        self.body_line = article.body_line
        self.whole_record = article.source_format == "jsonl"
        self._line_starts = _line_starts(article.body)
        self._marks: dict[int, list[int]] = {}  # line index -> UTF-8 bytes before every _STEP-th character

    def locate(self, offset: int) -> Location:
        if not 0 <= offset <= len(self.body):
            raise ValueError(f"offset {offset} outside the body (0..{len(self.body)})")
        if self.whole_record:
            return Location(self.body_line, 1, 1)
        index = bisect_right(self._line_starts, offset) - 1
        line_start = self._line_starts[index]
        return Location(self.body_line + index, offset - line_start + 1, self._bytes_before(index, offset) + 1)

    def _bytes_before(self, index: int, offset: int) -> int:
        """UTF-8 bytes from the start of line ``index`` to ``offset``; on a long line
        from the nearest mark (every ``_STEP`` characters, counted once), so many
        offsets on one long line cost linear time, not quadratic."""
        line_start = self._line_starts[index]
        if offset - line_start <= _STEP:
            return len(self.body[line_start:offset].encode("utf-8"))
        marks = self._marks.get(index)
        if marks is None:
            end = self._line_starts[index + 1] if index + 1 < len(self._line_starts) else len(self.body)
            marks = [0]
            for start in range(line_start, end - _STEP + 1, _STEP):
                marks.append(marks[-1] + len(self.body[start:start + _STEP].encode("utf-8")))
            self._marks[index] = marks
        k = min((offset - line_start) // _STEP, len(marks) - 1)
        return marks[k] + len(self.body[line_start + k * _STEP:offset].encode("utf-8"))


def _line_starts(body: str) -> list[int]:
    starts = [0]
    position = body.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = body.find("\n", position + 1)
    return starts


_locators: OrderedDict[tuple[str, str], Locator] = OrderedDict()


def locator_for(article: Article) -> Locator:
    """A cached ``Locator``; rebuilt when the article's body object or start line changed."""
    key = (article.id, article.path)
    cached = _locators.get(key)
    if cached is not None and cached.body is article.body and cached.body_line == article.body_line:
        _locators.move_to_end(key)
        return cached
    locator = Locator(article)
    _locators[key] = locator
    if len(_locators) > _CACHE_SIZE:
        _locators.popitem(last=False)
    return locator


def locate(article: Article, offset: int) -> Location:
    """Line, column (code points) and byte column (UTF-8), all 1-based, of ``offset`` in the file."""
    return locator_for(article).locate(offset)
