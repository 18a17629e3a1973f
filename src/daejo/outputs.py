"""Where a report or a baseline may be written: never onto what is not daejo's.

``--output``, ``--also FORMAT:FILE`` and ``--write-baseline`` name a file that
daejo replaces. Before any slow work, each is checked:

* ``-`` is standard output;
* the folder must exist (it is never created);
* an input of the run (an article file under PATH, an alias, attribute or
  baseline file) and anything inside the ledger folder are never written;
* a symbolic link is not followed unless ``--force`` (then its target is written);
* only a regular file is ever written: a directory, device, FIFO or socket
  is refused (``-o /dev/null`` or ``-o /dev/stdout`` too: use ``-o -``);
* an existing file is replaced only when it is empty or one of daejo's own
  reports or baselines (recognised by the signature of its format), or with
  ``--force``.

Every refusal is an ``InputError`` (exit 2) naming the path.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from daejo.errors import InputError
from daejo.fsutil import file_kind
from daejo.signatures import is_daejo_report, peek, written_by_daejo

STDOUT = "-"
FORCE_HINT = "give another path, or --force to replace it"

@dataclass
class Protected:
    """What no output may replace: the inputs of the run and the ledger."""

    files: set[Path] = field(default_factory=set)  # resolved input files (aliases, baseline, …)
    article_roots: list[Path] = field(default_factory=list)  # resolved PATH arguments
    article_suffixes: tuple[str, ...] = ()
    ledger: Path | None = None  # resolved ledger folder

    @classmethod
    def of_run(cls, paths: Iterable[Path], ledger: Path | None, inputs: Iterable[Path | None] = ()) -> "Protected":
        from daejo.ingest.sources import ARTICLE_SUFFIXES

        return cls(
            files={Path(p).resolve() for p in inputs if p is not None},
            article_roots=[Path(p).resolve() for p in paths],
            article_suffixes=ARTICLE_SUFFIXES,
            ledger=Path(ledger).resolve() if ledger is not None else None,
        )

    def why(self, target: Path) -> str | None:
        """Why ``target`` (resolved) may not be written, or None."""
        if target in self.files:
            return "is an input of this run"
        if self.ledger is not None and (target == self.ledger or self.ledger in target.parents):
            if target.name == "decisions.yaml":
                return f"is the decisions file of the ledger {self.ledger}"
            return f"is inside the ledger folder {self.ledger}: only daejo ledger commands write there"
        for root in self.article_roots:
            if target == root or (root in target.parents and target.suffix.lower() in self.article_suffixes):
                if target.exists() and not is_daejo_report(target):  # a report is not read as an article
                    return "is an input article of this run"
        return None


def output_path(value: Path | str | None) -> Path | None:
    """``None`` (and ``-``) mean standard output."""
    if value is None or str(value) == STDOUT:
        return None
    return Path(value)


def check_output(path: Path | None, protected: Protected, *, force: bool = False, append: bool = False) -> Path | None:
    """The file to write for ``path`` (``None``: standard output), after the checks
    of this module; raises ``InputError`` naming the path when it may not be written."""
    if path is None:
        return None
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("output folder does not exist", path=str(folder))
    target = path
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError(f"cannot use as output: {exc.strerror}", path=str(path)) from None
    if info is not None and stat.S_ISLNK(info.st_mode):
        target = Path(os.path.realpath(path))
        try:
            info = os.stat(target)
        except OSError:
            info = None
        if not force and (info is None or stat.S_ISREG(info.st_mode)):
            raise InputError(f"is a symbolic link (to {os.readlink(path)}): daejo does not write through links; "
                             "give the target, or --force to write it", path=str(path))
        if not target.parent.is_dir():
            raise InputError("the link's target folder does not exist", path=str(target))
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise InputError(f"is not a regular file ({file_kind(info.st_mode)}): daejo writes only regular files; "
                         "use -o - for standard output", path=str(path))
    reason = protected.why(target.resolve())
    if reason is not None:
        raise InputError(f"{reason}: daejo never writes over it", path=str(path))
    if info is not None and not append and not force:
        try:
            head, tail = peek(target)
        except OSError as exc:
            raise InputError(f"cannot read the existing file: {exc.strerror}", path=str(path)) from None
        if not written_by_daejo(head, tail):
            raise InputError(f"exists and is not a daejo report or baseline; {FORCE_HINT}", path=str(path))
    return target
