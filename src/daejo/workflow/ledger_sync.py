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
from daejo.ledger import DIGEST_KEY, LEDGER_SUFFIX, body_sha256, damage, read_article_claims, safe_ledger_name
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
    claims_sha256: str | None = None  # digest of the claim lines; None in files written before it


@dataclass
class UpdatePlan:
    extract: list[Article] = field(default_factory=list)
    unchanged: list[Article] = field(default_factory=list)
    remove: list[LedgerHeader] = field(default_factory=list)
    damaged: list[tuple[Path, str]] = field(default_factory=list)  # (ledger file, why): re-extracted


@dataclass(frozen=True)
class Problem:
    kind: str  # stale | outdated | schema | orphaned | missing | damaged
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
                        data.get("schema_version"), _text(data.get("extractor")), _text(data.get(DIGEST_KEY)))


def file_damage(file: Path) -> str | None:
    """Why a ledger file is damaged (see daejo.ledger.damage), or None when it is whole."""
    try:
        text = file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not UTF-8 (byte {exc.start})"
    except OSError as exc:
        return f"cannot read: {exc.strerror}"
    return damage(text)


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
            and header.claims_sha256 is not None  # written before the digest: rewrite it with one
        )
        if current and header is not None:
            why = file_damage(header.file)
            if why is not None:
                plan.damaged.append((header.file, why))
                current = False
        elif header is not None and header.article is None:
            plan.damaged.append((header.file, "the header line is unreadable"))
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
    other, and so do ``daejo decide`` runs. The operating system releases it when the
    process dies, even by SIGKILL. The caller checks the folder (check_ledger_dir)."""
    ledger_dir.mkdir(exist_ok=True)
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
    damaged: set[str] = set()  # file names of damaged files: their articles are not also "missing"
    for file in ledger_files(ledger_dir):
        header = read_header(file)
        if header.schema_version != SCHEMA_VERSION and header.article is not None:
            if header.path:
                covered.add((header.article, Path(header.path).resolve()))
            problems.append(Problem("schema", str(file), f"schema_version {header.schema_version!r}, "
                                    f"this daejo writes {SCHEMA_VERSION}: run `daejo ledger update`"))
            continue
        try:
            entry = read_article_claims(file)
        except LedgerError as exc:  # cut, changed or deleted lines: `ledger update` re-extracts it
            damaged.add(file.name)
            where = f"{file}:{exc.line}" if exc.line is not None else str(file)
            problems.append(Problem("damaged", where, f"{exc.message}; run `daejo ledger update` to re-extract it"
                                    if "ledger update" not in exc.message else exc.message))
            continue
        key = (entry.article, Path(entry.path).resolve())
        covered.add(key)
        article = by_key.get(key)
        if article is None:
            problems.append(Problem("orphaned", str(file), f"article {entry.article!r} is no longer at {entry.path}"))
        elif body_sha256(article.body) != entry.body_sha256:
            problems.append(Problem("stale", str(file), f"{entry.path} changed since its claims were extracted"))
        elif header.claims_sha256 is None:
            problems.append(Problem("outdated", str(file), "written before ledger files carried a digest of their "
                                    "claims: run `daejo ledger update`"))
        elif extractor is not None and entry.extractor != extractor:
            problems.append(Problem("outdated", str(file), "claims were extracted by other rules, analyzer or alias "
                                    "files than the current ones: run `daejo ledger update`"))
        elif file.name != safe_ledger_name(entry.article):
            problems.append(Problem("stale", str(file), f"should be named {safe_ledger_name(entry.article)}"))
    for article in articles:
        if (article.id, Path(article.path).resolve()) not in covered and safe_ledger_name(article.id) not in damaged:
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
    """A ledger folder may be created, but not the folders above it (as --output)."""
    if ledger_dir.exists() and not ledger_dir.is_dir():
        raise LedgerError("the ledger must be a directory of .jsonl files", str(ledger_dir))
    parent = ledger_dir.parent if str(ledger_dir.parent) else Path(".")
    if not ledger_dir.exists() and not parent.is_dir():
        raise LedgerError("the ledger's parent folder does not exist (only the ledger folder itself is created)",
                          str(parent))


# --------------------------------------------------------------------------- ids


REPLACE_HINT = "give the article another id, or pass --replace to let it take over that entry"


def check_unique_ids(articles: list[Article], ledger_dir: Path | None) -> None:
    """An article id names one article across the whole ledger: a second file with an
    id the ledger holds for another file that still has it is an error naming both
    (its claims would silently replace the other article's). A file that moved, or
    whose article took another id, is not a conflict."""
    if ledger_dir is None or not ledger_dir.is_dir():
        return
    loaded = {Path(a.path).resolve() for a in articles}
    for article in articles:
        file = ledger_dir / safe_ledger_name(article.id)
        if not file.is_file():
            continue
        header = read_header(file)
        if header.article != article.id or not header.path:
            continue
        stored = Path(header.path).resolve()
        if stored == Path(article.path).resolve() or stored in loaded or not _still_holds(header.path, article.id):
            continue
        raise LedgerError(f"article id {article.id!r} is already in the ledger for another file, {header.path} "
                          f"({file}); {REPLACE_HINT}", article.path)


def _still_holds(path: str, article_id: str) -> bool:
    from daejo.ingest import load_articles

    if not Path(path).is_file():
        return False
    return any(a.id == article_id for a in load_articles([path], keep_going=True).articles)
