"""When the text report is coloured: ``--color auto|always|never`` and the
environment conventions (https://no-color.org, ``FORCE_COLOR``).

``always`` and ``never`` are final. ``auto`` (the default) colours standard
output when it is a terminal (not ``TERM=dumb``) and never a file; ``NO_COLOR``
(set and not empty) turns colour off, and otherwise ``FORCE_COLOR`` (set, not
empty, not ``0``/``false``) turns it on even in a pipe or a CI log, as CPython
orders them. Under ``daejo check --server`` the server sees the client's
environment and whether the client's standard output is a terminal.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MODES = ["auto", "always", "never"]


def wants_color(mode: str, output: Path | None, stream=None) -> bool:
    """Whether the report written to ``output`` (None: standard output) is coloured."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "").strip().lower() not in ("", "0", "false", "no"):
        return True
    if output is not None:
        return False
    stream = sys.stdout if stream is None else stream
    try:
        terminal = bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        terminal = False
    return terminal and os.environ.get("TERM") != "dumb"
