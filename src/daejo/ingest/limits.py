"""How large one article may be.

A news article is rarely over 100 KB; a file of many megabytes is a dump, a
log or a mistake, and analysing it would take minutes (morphological analysis
is the slow stage). It is refused with its size and the limit, before decoding:
a file is never read past the limit (``daejo.fsutil.read_regular``), and a JSONL
line or a line of ``daejo parse -`` is measured before it is parsed.

Only regular files are read: a FIFO would block forever and a device such as
/dev/urandom never ends.
"""

from __future__ import annotations

from pathlib import Path

from daejo.errors import InputError

MAX_ARTICLE_BYTES = 2 * 1024 * 1024


def check_article_size(size: int, path: str | Path, line: int | None = None) -> None:
    """Raise ``InputError`` when one article (a file, or a JSONL record's text) is too large."""
    if size > MAX_ARTICLE_BYTES:
        raise InputError(
            f"article too large: {size / 1_048_576:.1f} MiB, the limit is {MAX_ARTICLE_BYTES // 1_048_576} MiB "
            "an article (split the file; a .jsonl file may hold many articles)",
            str(path),
            line,
        )


def check_line_size(size: int, path: str | Path, line: int) -> None:
    """Raise ``InputError`` when one line (a JSONL record, a text on standard input) is too large."""
    if size > MAX_ARTICLE_BYTES:
        raise InputError(
            f"line too large: {size / 1_048_576:.1f} MiB, the limit is {MAX_ARTICLE_BYTES // 1_048_576} MiB a line",
            str(path),
            line,
        )


def not_regular_message(kind: str) -> str:
    return f"not a regular file ({kind}): daejo reads articles only from regular files"
