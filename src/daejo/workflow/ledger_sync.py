"""Keeping ``claims/`` in step with the articles: what to (re)extract, what to
remove, and what is stale.

Planning and verifying only hash article bodies; extraction is the caller's
(``daejo ledger update``). Each ledger file is written atomically, so a run that
is killed leaves every file either as it was or complete.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from daejo.errors import LedgerError
from daejo.ledger import LEDGER_SUFFIX, body_sha256, read_article_claims, safe_ledger_name
from daejo.models import SCHEMA_VERSION, Article

LOCK_FILE = ".lock"


@dataclass
class LedgerHeader:
    """The first line of a ledger file, read without the claims."""

    file: Path
    article: str | None
    path: str | None
    body_sha256: str | None
    schema_version: object
    extractor: str | None = None


@dataclass
class UpdatePlan:
    extract: list[Article] = field(default_factory=list)
    unchanged: list[Article] = field(default_factory=list)
    remove: list[LedgerHeader] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    kind: str  # stale | outdated | schema | orphaned | missing
    where: str  # the ledger file or the article file
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.detail}"


# --------------------------------------------------------------------------- reading


def ledger_files(ledger_dir: Path) -> list[Path]:
    """Ledger files of a folder (hidden temporary files and decisions.yaml are not)."""
    if not ledger_dir.is_dir():
        return []
    return sorted(p for p in ledger_dir.iterdir()
                  if p.suffix == LEDGER_SUFFIX and not p.name.startswith(".") and p.is_file())


def read_header(file: Path) -> LedgerHeader:
    """The header of a ledger file; an unreadable one has no article (it will be rewritten)."""
    try:
        with file.open("rb") as handle:
            first = handle.readline().decode("utf-8")
        data = json.loads(first)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return LedgerHeader(file, None, None, None, None)
    if not isinstance(data, dict):
        return LedgerHeader(file, None, None, None, None)
    return LedgerHeader(file, _text(data.get("article")), _text(data.get("path")), _text(data.get("body_sha256")),
                        data.get("schema_version"), _text(data.get("extractor")))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _resolved(path: str | None) -> Path | None:
    return Path(path).resolve() if path else None


def _under(path: Path, roots: list[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


# --------------------------------------------------------------------------- update


def plan_update(articles: list[Article], ledger_dir: Path, roots: list[Path], extractor: str | None = None) -> UpdatePlan:
    """Which articles need extraction (no ledger file, another body, schema or
    extractor), and which ledger files to remove: those of articles under ``roots``
    that are gone. ``extractor`` is the current fingerprint (daejo.fingerprint)."""
    headers = {h.file.name: h for h in map(read_header, ledger_files(ledger_dir))}
    plan = UpdatePlan()
    for article in articles:
        header = headers.get(safe_ledger_name(article.id))
        current = (
            header is not None
            and header.article == article.id
            and header.schema_version == SCHEMA_VERSION
            and header.body_sha256 == body_sha256(article.body)
            and header.path == article.path
            and (extractor is None or header.extractor == extractor)
        )
        (plan.unchanged if current else plan.extract).append(article)
    present = {(a.id, Path(a.path).resolve()) for a in articles}
    resolved_roots = [r.resolve() for r in roots]
    for header in headers.values():
        where = _resolved(header.path)
        if header.article is None or where is None or not _under(where, resolved_roots):
            continue  # another folder's article, or unreadable: left alone
        if (header.article, where) not in present:
            plan.remove.append(header)
    return plan


@contextlib.contextmanager
def ledger_lock(ledger_dir: Path) -> Iterator[None]:
    """An exclusive lock on ``<ledger>/.lock``: concurrent updates run one after the
    other. The operating system releases it when the process dies, even by SIGKILL."""
    ledger_dir.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock, writes are still atomic
        yield
        return
    with open(ledger_dir / LOCK_FILE, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def remove_leftover_temp_files(ledger_dir: Path) -> int:
    """Temporary files of a run that was killed (never read as ledger files); call
    under the lock, so no running update still owns them."""
    removed = 0
    for path in ledger_dir.glob(f".*{LEDGER_SUFFIX}.*.tmp"):  # not decisions.yaml's, which `decide` writes
        path.unlink(missing_ok=True)
        removed += 1
    return removed


# --------------------------------------------------------------------------- verify


def verify_ledger(ledger_dir: Path, articles: list[Article], roots: list[Path],
                  others: dict[str, list[Article]], extractor: str | None = None) -> list[Problem]:
    """What is out of date: ledger files whose article changed, is gone or has an
    older schema, and articles under ``roots`` with no ledger file.

    ``others`` maps the paths of ledger articles outside ``roots`` to the
    articles read from them (empty when the file does not exist).
    """
    by_key = {(a.id, Path(a.path).resolve()): a for a in articles}
    for path, found in others.items():
        for article in found:
            by_key.setdefault((article.id, Path(path).resolve()), article)
    problems: list[Problem] = []
    covered: set[tuple[str, Path]] = set()
    for file in ledger_files(ledger_dir):
        header = read_header(file)
        if header.schema_version != SCHEMA_VERSION and header.article is not None:
            if header.path:
                covered.add((header.article, Path(header.path).resolve()))
            problems.append(Problem("schema", str(file), f"schema_version {header.schema_version!r}, "
                                    f"this daejo writes {SCHEMA_VERSION}: run `daejo ledger update`"))
            continue
        entry = read_article_claims(file)  # a corrupted file is an input error (exit 2)
        key = (entry.article, Path(entry.path).resolve())
        covered.add(key)
        article = by_key.get(key)
        if article is None:
            problems.append(Problem("orphaned", str(file), f"article {entry.article!r} is no longer at {entry.path}"))
        elif body_sha256(article.body) != entry.body_sha256:
            problems.append(Problem("stale", str(file), f"{entry.path} changed since its claims were extracted"))
        elif extractor is not None and entry.extractor != extractor:
            problems.append(Problem("outdated", str(file), "claims were extracted by other rules, analyzer or alias "
                                    "files than the current ones: run `daejo ledger update`"))
        elif file.name != safe_ledger_name(entry.article):
            problems.append(Problem("stale", str(file), f"should be named {safe_ledger_name(entry.article)}"))
    for article in articles:
        if (article.id, Path(article.path).resolve()) not in covered:
            problems.append(Problem("missing", article.path, f"article {article.id!r} has no ledger file"))
    return problems


def ledger_paths_outside(ledger_dir: Path, roots: list[Path]) -> list[str]:
    """Article paths the ledger names that lie outside ``roots`` (verified too)."""
    resolved_roots = [r.resolve() for r in roots]
    out = []
    for file in ledger_files(ledger_dir):
        header = read_header(file)
        where = _resolved(header.path)
        if header.path and where is not None and not _under(where, resolved_roots):
            out.append(header.path)
    return sorted(set(out))


def check_ledger_dir(ledger_dir: Path) -> None:
    if ledger_dir.exists() and not ledger_dir.is_dir():
        raise LedgerError("the ledger must be a directory of .jsonl files", str(ledger_dir))
