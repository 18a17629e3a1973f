"""Errors that reach the user as a message and exit code 2, never a traceback."""

from __future__ import annotations


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
