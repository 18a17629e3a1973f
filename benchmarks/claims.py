"""Ledger claims generated directly (no text, no analyzer) for the largest benchmark sizes.

Each synthetic article states four facts of one company: its founding month
(static), its head count and revenue for a year (time-varying) and its CEO's
age; about one article in a hundred misstates the founding year or the revenue
(planted conflicts). Lines follow the ledger format exactly (``Claim`` JSON), so
the same reconciliation code runs on them. Deterministic: article ``i`` is a
pure function of ``i`` and the seed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from daejo.index import LedgerFile
from daejo.models import SCHEMA_VERSION

CLAIMS_PER_ARTICLE = 4
ARTICLES_PER_ENTITY = 5
CONFLICT_EVERY = 100  # one article in this many misstates a fact


@dataclass(frozen=True)
class Company:
    name: str
    founded: tuple[int, int]
    revenue_eok: int
    staff: int
    ceo: str
    ceo_birth: int


def _unit(seed: int, *parts: object) -> int:
    """A stable pseudo-random integer of ``parts`` (no shared RNG state: any article alone)."""
    key = "\x1f".join(map(str, (seed, *parts))).encode()
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big")


def company(entity: int, seed: int) -> Company:
    r = _unit(seed, "company", entity)
    return Company(
        name=f"합성기업{entity}",
        founded=(1980 + r % 40, 1 + (r >> 8) % 12),
        revenue_eok=300 + (r >> 16) % 9000,
        staff=50 + (r >> 32) % 900,
        ceo=f"합성대표{entity}",
        ceo_birth=1950 + (r >> 40) % 30,
    )


def _value(kind: str, text: str, number: float | None, unit: str | None, low, high, time: dict | None) -> dict:
    return {
        "bound": "exact", "end": 40, "high": high, "issues": [], "kind": kind, "low": low, "rule": "digits",
        "start": 30, "text": text, "time": time, "unit": unit, "value": number,
    }  # fmt: skip


def _claim(article: str, n: int, entity: str, attribute: str, value: dict, as_of: tuple[str, str], path: str) -> str:
    sentence = f"{entity} {attribute} {value['text']}"
    claim = {
        "article": article, "as_of": {"end": as_of[1], "start": as_of[0]}, "as_of_source": "explicit",
        "attribute": attribute, "attribution": None, "confidence": 0.8, "entity": entity, "entity_text": entity,
        "evidence": {
            "byte_column": 31, "column": 31, "end": 40 + 100 * n, "entity_end": 4 + 100 * n, "entity_start": 100 * n,
            "line": n + 5, "path": path, "quote": value["text"], "sentence": sentence, "sentence_index": n,
            "sentence_start": 100 * n, "start": 30 + 100 * n,
        },
        "id": hashlib.blake2b(f"{article}/{n}".encode(), digest_size=8).hexdigest(), "modality": "asserted",
        "qualifier": None, "value": value,
    }  # fmt: skip
    return json.dumps(claim, ensure_ascii=False, sort_keys=True)


def article_lines(i: int, seed: int = 7) -> tuple[str, list[str], bool]:
    """(header line, claim lines, planted) of synthetic article ``i``."""
    entity = i // ARTICLES_PER_ENTITY
    c = company(entity, seed)
    r = _unit(seed, "article", i)
    year = 2018 + r % 6
    planted = r % CONFLICT_EVERY == 0
    article, path = f"gen-{i:09d}", f"gen/{i:09d}.md"
    header = json.dumps({
        "schema_version": SCHEMA_VERSION, "article": article, "path": path, "title": None, "outlet": None,
        "published": f"{year + 1}-03-01", "body_sha256": hashlib.sha256(article.encode()).hexdigest(),
    }, ensure_ascii=False)  # fmt: skip
    f_year, f_month = c.founded
    if planted and (r // CONFLICT_EVERY) % 2:
        f_year += 3
    founded = _value("time", f"{f_year}년 {f_month}월", None, None, None, None, {
        "end": f"{f_year + (f_month == 12)}-{f_month % 12 + 1:02d}-01", "grain": "month", "reason": None,
        "role": "point", "start": f"{f_year}-{f_month:02d}-01", "unresolved": False,
    })  # fmt: skip
    staff = c.staff + 10 * (year - 2018)
    revenue = c.revenue_eok + 100 * (year - 2018)
    if planted and not (r // CONFLICT_EVERY) % 2:
        revenue = revenue * 3 // 2
    won = revenue * 100_000_000
    age = year + 1 - c.ceo_birth
    year_span = (f"{year}-01-01", f"{year + 1}-01-01")
    lines = [
        _claim(article, 0, c.name, "founded_date", founded, (f"{year + 1}-03-01", f"{year + 1}-03-02"), path),
        _claim(article, 1, c.name, "headcount", _value("quantity", f"{staff}명", staff, "명", staff - 0.5, staff + 0.5, None),
               (f"{year}-10-01", f"{year + 1}-01-01"), path),
        _claim(article, 2, c.name, "revenue", _value("money", f"{revenue}억원", won, "KRW", won - 5e7, won + 5e7, None),
               year_span, path),
        _claim(article, 3, c.ceo, "age", _value("quantity", f"{age}세", age, "세", age - 0.5, age + 0.5, None),
               (f"{year + 1}-03-01", f"{year + 1}-03-02"), path),
    ]  # fmt: skip
    return header, lines, planted


def ledger_files(n_claims: int, seed: int = 7) -> Iterator[LedgerFile]:
    """The synthetic ledger as index input, without writing files."""
    for i in range(-(-n_claims // CLAIMS_PER_ARTICLE)):
        header, lines, _ = article_lines(i, seed)
        yield LedgerFile(f"gen-{i:09d}.jsonl", 0, 0, header, lines)


def write_ledger(folder: Path, n_claims: int, seed: int = 7) -> int:
    """Write the synthetic ledger as real ``claims/*.jsonl`` files; returns the article count."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for entry in ledger_files(n_claims, seed):
        (folder / entry.name).write_text("\n".join([entry.header, *entry.claims]) + "\n", encoding="utf-8")
        count += 1
    return count


def planted_count(n_claims: int, seed: int = 7) -> int:
    return sum(article_lines(i, seed)[2] for i in range(-(-n_claims // CLAIMS_PER_ARTICLE)))
