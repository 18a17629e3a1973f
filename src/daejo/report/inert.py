"""No control character from an article reaches any output format.

Article text and front matter are untrusted: an outlet written as
``"O\\n::error file=x::Injected"`` must not start a line that GitHub Actions reads
as a workflow command, an ESC must not drive a terminal, a bidirectional override
(U+202A–U+202E, U+2066–U+2069) must not reorder what a reviewer sees.

* Every string of every finding (and of the claims the HTML fact sheets show)
  is made inert before rendering: each C0 or C1 control character, DEL, bidi
  control and line or paragraph separator becomes U+FFFD, one character for one
  (offsets into a sentence stay valid). Line breaks (CR, LF) and tabs are kept
  for the formats that escape them themselves, as their media document: github
  writes ``%0D``/``%0A`` (GitHub's workflow-command escaping), junit and html
  write character references (``&#10;``), markdown writes ``<br>`` or a space.
  The text format shows a line break as ``↵`` and a tab as a space.
* JSON formats (json, jsonl, sarif, rdjson, gitlab) keep the text exact: JSON
  already escapes C0; DEL, C1, the bidi controls and U+2028/U+2029 are escaped as
  ``\\uXXXX`` too, so the document parses to the original text.
"""

from __future__ import annotations

import re
from typing import TypeVar

from pydantic import BaseModel

# C0, DEL, C1, bidi embeddings/overrides/isolates, line and paragraph separators
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_LINE_BREAKS = "\n\r\x85\u2028\u2029"
# what json.dumps leaves raw: DEL, C1, bidi controls, U+2028/U+2029
_JSON_RAW = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")

T = TypeVar("T")


def inert_text(text: str, keep_breaks: bool = False) -> str:
    """``text`` with every unsafe character U+FFFD; CR, LF and tab kept when
    ``keep_breaks``, else a line break shown as ``↵`` and a tab as a space."""
    if not UNSAFE.search(text):
        return text
    if keep_breaks:
        return UNSAFE.sub(lambda m: m.group() if m.group() in "\r\n\t" else "\ufffd", text)
    return UNSAFE.sub(lambda m: "↵" if m.group() in _LINE_BREAKS else " " if m.group() == "\t" else "\ufffd", text)


def inert(value: T, keep_breaks: bool = False) -> T:
    """``value`` (a model, list, tuple, dict or string) with every string made inert
    (``inert_text``); the same object when nothing needed changing."""
    if isinstance(value, str):
        return inert_text(value, keep_breaks)  # type: ignore[return-value]
    if isinstance(value, BaseModel):
        changes = {}
        for name in type(value).model_fields:
            item = getattr(value, name)
            if item is None or isinstance(item, (int, float, bool)):
                continue
            cleaned = inert(item, keep_breaks)
            if cleaned is not item:
                changes[name] = cleaned
        return value.model_copy(update=changes) if changes else value
    if isinstance(value, (list, tuple)):
        items = [inert(item, keep_breaks) for item in value]
        if all(a is b for a, b in zip(items, value)):
            return value
        return type(value)(items)  # type: ignore[return-value]
    if isinstance(value, dict):
        pairs = [(inert(k, keep_breaks), inert(v, keep_breaks)) for k, v in value.items()]
        if all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(pairs, value.items())):
            return value
        return dict(pairs)  # type: ignore[return-value]
    return value


def escape_json_text(document: str) -> str:
    """A JSON document with DEL, C1, bidi controls and U+2028/U+2029 written as ``\\uXXXX``
    (outside strings JSON has none of them, so the document stays valid)."""
    if not _JSON_RAW.search(document):
        return document
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
