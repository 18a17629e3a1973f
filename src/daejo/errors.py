"""Errors that reach the user as a message and exit code 2, never a traceback."""

from __future__ import annotations

import re

# C0 and C1 control characters, DEL, and the bidirectional overrides and isolates
# (U+202A–U+202E, U+2066–U+2069) that reorder text on screen; line and paragraph
# separators too, which some readers treat as line breaks.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` on one line with nothing that drives a terminal or a CI log: line
    breaks and tabs become spaces, every other such character U+FFFD, one for one
    (offsets into the text stay valid)."""
    if not UNPRINTABLE.search(text):
        return text
    return UNPRINTABLE.sub(lambda m: " " if m.group() in "\n\r\t\u2028\u2029" else "\ufffd", text)


class DaejoError(Exception):
    """Base class: a problem with the user's input or configuration.

    ``path`` and ``line`` (1-based) name where the problem is, when known.
    """

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return f"{where}{self.message}"


class InputError(DaejoError):
    """An article file that cannot be read or understood."""


class ConfigError(DaejoError):
    """A configuration, alias, catalogue or decisions file that is malformed."""


class LedgerError(DaejoError):
    """A ledger (claims/) file that is corrupted, stale or of another schema version."""
