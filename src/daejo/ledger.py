"""The claims ledger: ``claims/<safe-id>.jsonl``, one file per article.

Line 1 is a header (``schema_version``, ``article``, ``path``, ``title``,
``outlet``, ``published``, ``body_sha256``, …, ``claims_sha256``); every further
line is one ``Claim`` as JSON with sorted keys, claims ordered by evidence span,
attribute and id. The same claims always give the same bytes, so ledger diffs
are reviewable, and writes are atomic (temp file, fsync, ``os.replace``).

``claims_sha256`` is the SHA-256 of every byte after the header line: a claim
line that was cut, changed or deleted makes the file ``damaged``, which
``daejo check`` refuses, ``daejo ledger verify`` reports and ``daejo ledger
update`` re-extracts. Files written before the digest existed have none.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from daejo.fsutil import atomic_write, fsync_directory
from daejo.errors import LedgerError
from daejo.gcpause import gc_paused
from daejo.models import SCHEMA_VERSION, ArticleClaims, Claim

LEDGER_SUFFIX = ".jsonl"
UPGRADE_COMMAND = "daejo ledger update"
HEADER_KEYS = (
    "schema_version", "article", "path", "title", "outlet", "published", "body_sha256", "extractor",
    "story", "story_name", "keys", "claims_sha256",
)
DIGEST_KEY = "claims_sha256"
MISMATCH = "its claim lines do not match the digest in its header (a line was changed, cut or deleted)"

# Characters kept in a file name as they are: letters and digits of any script
# (Hangul ids stay readable), "_", "-" and "."; everything else becomes "_".
_ODD_CHAR = re.compile(r"[^\w.-]")
# Marks a sanitised name. "~" never survives sanitising, so a name that was
# kept as it is can never equal a sanitised one.
_HASH_MARK = "~"
_HASH_LENGTH = 12
# File systems allow 255 bytes a name; Hangul takes 3 bytes a syllable in UTF-8.
_MAX_NAME_BYTES = 200
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


# --------------------------------------------------------------------------- names and hashes


def safe_ledger_name(article_id: str) -> str:
    """The ledger file name (``<safe-id>.jsonl``) of an article id.

    Ids that are already safe are kept; otherwise odd characters become ``_``
    and ``~`` plus a hash of the original id is appended, so the name stays
    inside the ledger directory and two ids never share a file.
    """
    stem = _sanitised_stem(article_id)
    if stem != article_id:
        room = _MAX_NAME_BYTES - len(_HASH_MARK) - _HASH_LENGTH
        stem = f"{_truncate_utf8(stem, room)}{_HASH_MARK}{_short_hash(article_id, _HASH_LENGTH)}"
    return stem + LEDGER_SUFFIX


def _sanitised_stem(article_id: str) -> str:
    # NFC first: macOS stores names decomposed, so NFD and NFC ids must not share a name
    stem = _ODD_CHAR.sub("_", unicodedata.normalize("NFC", article_id))
    if not stem or stem.startswith("."):
        stem = "_" + stem.lstrip(".")  # no hidden files, no "." or ".."
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    if len(stem.encode("utf-8")) > _MAX_NAME_BYTES:
        stem = _truncate_utf8(stem, _MAX_NAME_BYTES)
    return stem


def _truncate_utf8(text: str, max_bytes: int) -> str:
    return text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")


def body_sha256(body: str) -> str:
    """Hex SHA-256 of the article body (UTF-8): tells when a ledger entry is stale."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _short_hash(text: str, length: int) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


# --------------------------------------------------------------------------- serialising


def sorted_claims(claims: list[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.evidence.start, c.evidence.end, c.attribute, c.id))


def render_article_claims(entry: ArticleClaims) -> str:
    """The exact text of a ledger file: deterministic for the same claims."""
    strangers = sorted({c.article for c in entry.claims} - {entry.article})
    if strangers:  # such a file could be written but never read back
        raise ValueError(f"claims of article(s) {', '.join(strangers)} in the ledger entry of {entry.article!r}")
    header = {key: getattr(entry, key) for key in HEADER_KEYS if key != DIGEST_KEY}
    if entry.keys is not None:
        header["keys"] = entry.keys.model_dump(mode="json")
    header["schema_version"] = SCHEMA_VERSION  # the writer always writes the current format
    body = "".join(
        json.dumps(claim.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) + "\n"
        for claim in sorted_claims(entry.claims)
    )
    header[DIGEST_KEY] = claims_digest(body)
    return json.dumps(header, ensure_ascii=False) + "\n" + body


def claims_digest(claim_text: str) -> str:
    """Hex SHA-256 of the claim lines of a ledger file (all of its text after the header line)."""
    return hashlib.sha256(claim_text.encode("utf-8", "surrogatepass")).hexdigest()


def split_ledger_text(text: str) -> tuple[str, str]:
    """(header line, claim lines) of a ledger file's text."""
    header, _, rest = text.partition("\n")
    return header, rest


def damage(text: str) -> str | None:
    """Why the text of a ledger file is damaged (its claim lines do not match the
    header's digest, or the header is unreadable), or None; no digest is not damage."""
    header, rest = split_ledger_text(text)
    try:
        data = json.loads(header)
    except json.JSONDecodeError:
        return "the header line is not JSON"
    if not isinstance(data, dict):
        return "the header line is not a JSON object"
    stored = data.get(DIGEST_KEY)
    if stored is not None and stored != claims_digest(rest):
        return MISMATCH
    return None


def parse_article_claims(text: str, path: str | Path) -> ArticleClaims:
    """Parse the text of a ledger file; errors name ``path:line``."""
    lines = text.split("\n")
    if not lines[0].strip():
        raise LedgerError("empty ledger file: expected a header line", str(path), 1)
    header = _header(lines[0], path)
    digest = header.pop(DIGEST_KEY, None)
    claims = [
        _claim(line, number, path, header["article"]) for number, line in enumerate(lines[1:], start=2) if line.strip()
    ]
    if digest is not None and digest != claims_digest(split_ledger_text(text)[1]):
        raise LedgerError(f"damaged ledger file: {MISMATCH}; run `{UPGRADE_COMMAND}` to re-extract it", str(path), 1)
    try:
        return ArticleClaims(**header, claims=claims)
    except ValidationError as exc:
        raise LedgerError(f"invalid ledger header: {_first_error(exc)}", str(path), 1) from None


def _header(line: str, path: str | Path) -> dict[str, Any]:
    header = _json_object(line, 1, path, "header")
    if "schema_version" not in header:
        raise LedgerError("ledger header has no schema_version", str(path), 1)
    found = header["schema_version"]
    if found != SCHEMA_VERSION:
        raise LedgerError(
            f"ledger schema_version {found!r} found, this daejo reads schema_version {SCHEMA_VERSION}; "
            f"run `{UPGRADE_COMMAND}` to rewrite the ledger",
            str(path),
            1,
        )
    unknown = sorted(set(header) - set(HEADER_KEYS))
    if unknown:
        raise LedgerError(f"unknown ledger header keys: {', '.join(unknown)}", str(path), 1)
    if not isinstance(header.get("article"), str):
        raise LedgerError("ledger header has no article id", str(path), 1)
    return header


def _claim(line: str, number: int, path: str | Path, article: str) -> Claim:
    data = _json_object(line, number, path, "claim")
    try:
        claim = Claim.model_validate(data)
    except ValidationError as exc:
        raise LedgerError(f"corrupted ledger line: invalid claim: {_first_error(exc)}", str(path), number) from None
    if claim.article != article:
        raise LedgerError(
            f"claim {claim.id} belongs to article {claim.article!r}, but this file is for {article!r}",
            str(path),
            number,
        )
    return claim


def _json_object(line: str, number: int, path: str | Path, what: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LedgerError(f"corrupted ledger line: {exc.msg} (column {exc.colno})", str(path), number) from None
    if not isinstance(data, dict):
        raise LedgerError(f"corrupted ledger line: the {what} must be a JSON object", str(path), number)
    return data


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where}: {error['msg']}" if where else error["msg"]


# --------------------------------------------------------------------------- files


def ledger_path(ledger_dir: str | Path, article_id: str) -> Path:
    return Path(ledger_dir) / safe_ledger_name(article_id)


def write_article_claims(ledger_dir: str | Path, entry: ArticleClaims) -> Path:
    """Write one article's ledger file atomically; identical content leaves the file untouched."""
    directory = Path(ledger_dir)
    directory.mkdir(parents=True, exist_ok=True)
    path = ledger_path(directory, entry.article)
    data = render_article_claims(entry).encode("utf-8")
    if _has_bytes(path, data):
        return path
    atomic_write(path, data)
    return path


def _has_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except FileNotFoundError:
        return False


def read_article_claims(path: str | Path) -> ArticleClaims:
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LedgerError(f"ledger file is not UTF-8 (byte {exc.start})", str(path)) from None
    except OSError as exc:
        raise LedgerError(f"cannot read ledger file: {exc.strerror}", str(path)) from None
    return parse_article_claims(text, path)


def read_ledger(ledger_dir: str | Path) -> list[ArticleClaims]:
    """All ledger files of a directory, sorted by article id; a missing directory is an empty ledger.

    Only ``*.jsonl`` files are read: ``decisions.yaml``, notes and hidden
    temporary files are ignored.
    """
    directory = Path(ledger_dir)
    if not directory.exists():
        return []
    if not directory.is_dir():
        raise LedgerError("the ledger must be a directory of .jsonl files", str(directory))
    entries: dict[str, tuple[ArticleClaims, Path]] = {}
    with gc_paused():  # a large ledger is a growing heap of parsed claims (daejo.gcpause)
        for path in sorted(directory.iterdir()):
            if path.name.startswith(".") or path.suffix != LEDGER_SUFFIX or not path.is_file():
                continue
            entry = read_article_claims(path)
            if entry.article in entries:
                other = entries[entry.article][1]
                raise LedgerError(f"article {entry.article!r} is also in {other}", str(path), 1)
            entries[entry.article] = (entry, path)
    return [entries[key][0] for key in sorted(entries)]


def remove_article(ledger_dir: str | Path, article_id: str) -> bool:
    """Delete an article's ledger file; True when there was one."""
    path = ledger_path(ledger_dir, article_id)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    fsync_directory(path.parent)
    return True
