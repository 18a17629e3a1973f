"""How daejo recognises the files it writes (reports of the ten formats, baselines).

``daejo.outputs`` replaces an existing file only when it is one of these; a walk
of an articles folder skips daejo's HTML and Markdown reports (``daejo.ingest``).
The patterns mirror the renderers (``daejo.report``) and ``workflow/baseline.py``;
``tests/hardening/test_outputs.py`` renders every format and checks each is
recognised.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# How far into a file the signatures are looked for (reports may be hundreds of MB).
_PEEK = 4096
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
# the last line of the text and github formats (report.common.summary_line)
_SUMMARY = re.compile(
    r"^\d+ findings? \(\d+ errors?, \d+ warnings?, \d+ info\) in \d+ articles?, \d+ claims?\b", re.MULTILINE
)
# the first bytes of each format daejo writes (report/*.py, workflow/baseline.py)
_HEADS = (
    re.compile(r'<meta name="generator" content="daejo[ "]'),  # html
    re.compile(r'\A<\?xml[^>]*\?>\s*<testsuites name="daejo"'),  # junit
    re.compile(r"\A## daejo: "),  # markdown
    re.compile(r'\A\{\s*"\$schema": "[^"]*sarif[^"]*",.*"driver": \{\s*"name": "daejo"', re.DOTALL),  # sarif
    re.compile(r'\A\{\s*"source": \{\s*"name": "daejo"'),  # rdjson
    re.compile(r'\A\{\s*"version": \d+,\s*"articles": \d+,\s*"claims": \d+,\s*"findings": \['),  # json
    re.compile(r'\A\{\s*"version": \d+,\s*"findings": \['),  # baseline
    re.compile(r'\A\[\s*(\]\s*\Z|\{\s*"description": "DJ\d+ )'),  # gitlab
    re.compile(r'\A\{"id":"[0-9a-f]+","rule":"[a-z0-9-]+","code":"DJ\d+"'),  # jsonl
)


# the daejo formats whose files carry an article suffix (.html, .md): a folder of
# articles may hold the report of its last check, which is not an article
_REPORT_HEADS = (_HEADS[0], _HEADS[2])


def is_daejo_report(path: Path) -> bool:
    """Whether ``path`` is a daejo HTML or Markdown report (by its first bytes)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024).decode("utf-8", "replace")  # both marks are in the first lines
    except OSError:
        return False
    return any(pattern.search(head) for pattern in _REPORT_HEADS)


def written_by_daejo(head: str, tail: str) -> bool:
    """Whether a file whose first and last few KB are ``head`` and ``tail`` is a
    daejo report or baseline (or empty): such a file may be replaced."""
    if not head.strip():
        return True
    if any(pattern.search(head) for pattern in _HEADS):
        return True
    return bool(_SUMMARY.search(_ANSI.sub("", tail)))  # text, github


def peek(path: Path) -> tuple[str, str]:
    with path.open("rb") as handle:
        head = handle.read(_PEEK)
        size = os.fstat(handle.fileno()).st_size
        handle.seek(max(size - _PEEK, 0))
        tail = handle.read(_PEEK)
    return head.decode("utf-8", "replace"), tail.decode("utf-8", "replace")
