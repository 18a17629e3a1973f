"""Which article files changed since a git ref (``daejo check --since REF``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from daejo.errors import ConfigError

ARTICLE_SUFFIXES = {".md", ".txt", ".jsonl"}


def _git(args: list[str], cwd: Path) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise ConfigError("--since needs git, which is not installed") from None
    if out.returncode != 0:
        raise ConfigError(f"git {' '.join(args)}: {out.stderr.strip() or 'failed'}")
    return out.stdout


def changed_articles(ref: str, paths: list[Path], cwd: Path | None = None) -> tuple[list[Path], list[Path]]:
    """(changed or added article files, deleted article files) under ``paths`` since ``ref``.

    Uncommitted and untracked files count as changed, as they would in a pre-commit run.
    """
    cwd = (cwd or Path.cwd()).resolve()
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    except ConfigError:
        raise ConfigError(f"--since needs a git repository: {cwd} is not in one") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    except ConfigError:
        raise ConfigError(f"--since: git ref {ref!r} not found (a branch, tag or commit of this repository, "
                          "e.g. origin/main or HEAD~1)") from None
    diff = _git(["diff", "--name-status", "--no-renames", "-z", ref, "--"], top)
    fields = diff.split("\0")
    changed: set[Path] = set()
    deleted: set[Path] = set()
    for status, name in zip(fields[0::2], fields[1::2]):
        if not name:
            continue
        target = deleted if status.startswith("D") else changed
        target.add((top / name).resolve())
    for name in _git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0"):
        if name:
            changed.add((top / name).resolve())
    roots = [p.resolve() for p in paths]

    def wanted(p: Path) -> bool:
        return p.suffix in ARTICLE_SUFFIXES and any(p == r or r in p.parents for r in roots)

    return sorted(p for p in changed if wanted(p) and p.exists()), sorted(p for p in deleted if wanted(p))
