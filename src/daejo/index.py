"""A DuckDB index of the ledger (``claims/.index/ledger.duckdb``) for archives of millions of claims.

The JSONL files stay the source of truth (reviewable, committed); the index is a
derived cache, never committed, rebuilt incrementally: a file whose size and
modification time are unchanged is not read again. Claims are stored in columns
keyed by (entity, attribute) with the claim's JSON beside them, so

- ``check`` reads only the claims of the entities its new articles mention
  (``ledger_for_entities``) instead of parsing the whole ledger, and
- ``reconcile_index`` reconciles the whole ledger one entity at a time
  (a sorted scan plus per-group comparison): memory is bounded by the largest group.

An entity's group holds all its attributes, not just one, because the derived
checks (age against birth year) and the companion claims of many-valued
attributes compare across attributes of the same entity.
"""

from __future__ import annotations

import json
import tempfile
from contextlib import contextmanager
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from daejo.errors import ConfigError, LedgerError
from daejo.gcpause import gc_paused
from daejo.models import ArticleClaims, Claim, Finding

# in a folder of its own: the index's writes then never touch the ledger folder's
# mtime, which is how the index tells that the ledger changed since it was built
INDEX_DIR = ".index"
INDEX_NAME = "ledger.duckdb"
INDEX_VERSION = "1"
SCALE_EXTRA_HINT = "install the 'scale' extra: pip install 'daejo[scale]'"
# rows buffered before a bulk insert: bounds memory while building
INSERT_BATCH = 200_000
# claims without an entity only meet the per-claim rules; read them this many articles at a time
UNNAMED_BATCH = 1000
# DuckDB's memory while building the index and for the sorted scan of a whole-index
# reconciliation; beyond it, it writes out or spills to disk (at 10⁷ claims an uncapped
# build held 4.1 GB, mostly cached blocks of the table being written)
INDEX_MEMORY = "512MB"
# claims DuckDB sorts at a time in that memory when the whole index is scanned (sorted_rows)
SCAN_CLAIMS = 500_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS files (
    name VARCHAR PRIMARY KEY, size BIGINT, mtime_ns BIGINT, article VARCHAR, header VARCHAR);
CREATE TABLE IF NOT EXISTS claims (
    file VARCHAR, article VARCHAR, entity VARCHAR, attribute VARCHAR, qualifier VARCHAR,
    claim_id VARCHAR, kind VARCHAR, low DOUBLE, high DOUBLE, as_of_start VARCHAR, as_of_end VARCHAR,
    modality VARCHAR, claim VARCHAR);
"""


@dataclass
class IndexStats:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    claims: int = 0

    def summary(self, path: Path) -> str:
        return (
            f"{self.claims} claims indexed in {path}: {self.added} files added, {self.updated} updated, "
            f"{self.removed} removed, {self.unchanged} unchanged"
        )


@dataclass(frozen=True)
class LedgerFile:
    """One ledger file as the index stores it: its header line and claim lines."""

    name: str
    size: int
    mtime_ns: int
    header: str
    claims: list[str]


def require_duckdb():
    try:
        import duckdb
    except ImportError:
        raise ConfigError(f"the ledger index needs DuckDB: {SCALE_EXTRA_HINT}") from None
    return duckdb


def index_path(ledger_dir: str | Path) -> Path:
    return Path(ledger_dir) / INDEX_DIR / INDEX_NAME


# --------------------------------------------------------------------------- building


def build_index(ledger_dir: str | Path, path: Path | None = None) -> IndexStats:
    """Create or bring up to date the index of ``ledger_dir``; only changed files are read."""
    folder = Path(ledger_dir)
    if not folder.is_dir():
        raise LedgerError("ledger folder not found", str(folder))
    duckdb = require_duckdb()
    target = path or index_path(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    stamp = _dir_stamp(folder)  # taken first: a write during the build leaves the index stale, not wrong
    on_disk = {p.name: p.stat() for p in _ledger_files(folder)}
    with duckdb.connect(str(target)) as con:
        con.execute(_SCHEMA)
        known = {name: (size, mtime) for name, size, mtime in con.execute("SELECT name, size, mtime_ns FROM files").fetchall()}
        changed = [n for n, st in on_disk.items() if known.get(n) != (st.st_size, st.st_mtime_ns)]
        removed = [n for n in known if n not in on_disk]
        stats = IndexStats(
            added=sum(1 for n in changed if n not in known),
            updated=sum(1 for n in changed if n in known),
            removed=len(removed),
            unchanged=len(on_disk) - len(changed),
        )
        con.execute("BEGIN TRANSACTION")
        forget_files(con, [*removed, *(n for n in changed if n in known)])
        insert_files(con, (read_ledger_file(folder / name) for name in sorted(changed)))
        _set_meta(con, {"version": INDEX_VERSION, "ledger_stamp": stamp})
        con.execute("COMMIT")
        finish_index(con)
        stats.claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    return stats


def _ledger_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.suffix == ".jsonl" and not p.name.startswith(".") and p.is_file()]


def _dir_stamp(folder: Path) -> str:
    # every ledger write is an atomic rename, which changes the folder's mtime
    return str(folder.stat().st_mtime_ns)


def read_ledger_file(path: Path) -> LedgerFile:
    """The lines of one ledger file, checked by the ledger's own parser (errors name path:line)."""
    from daejo.ledger import read_article_claims

    read_article_claims(path)  # validates: a corrupt file must not enter the index silently
    stat = path.stat()
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    return LedgerFile(path.name, stat.st_size, stat.st_mtime_ns, lines[0], lines[1:])


def forget_files(con, names: list[str]) -> None:
    if not names:
        return
    con.execute("CREATE OR REPLACE TEMP TABLE gone (name VARCHAR)")
    con.executemany("INSERT INTO gone VALUES (?)", [(n,) for n in names])
    con.execute("DELETE FROM claims WHERE file IN (SELECT name FROM gone)")
    con.execute("DELETE FROM files WHERE name IN (SELECT name FROM gone)")


def insert_files(con, files: Iterable[LedgerFile]) -> int:
    """Bulk-insert ledger files through temporary NDJSON files DuckDB reads in one pass.

    Each claim line goes in as it is, as a JSON string beside its file and article;
    DuckDB reads the indexed fields (``_CLAIM_FIELDS``) out of it, so Python neither
    parses nor re-encodes a claim (the build ran at ~25,000 claims/s that way, most
    of it in Python's json)."""
    total = 0
    with bounded_memory(con), tempfile.TemporaryDirectory(prefix="daejo-index-") as tmp:
        claims_file, files_file = Path(tmp) / "claims.jsonl", Path(tmp) / "files.jsonl"
        buffered = 0
        c_out, f_out = claims_file.open("w", encoding="utf-8"), files_file.open("w", encoding="utf-8")
        for entry in files:
            article = json.loads(entry.header)["article"]
            f_out.write(json.dumps([entry.name, entry.size, entry.mtime_ns, article, entry.header], ensure_ascii=False) + "\n")
            prefix = f"[{_json_string(entry.name)},{_json_string(article)},"
            c_out.write("".join(f"{prefix}{_json_string(line)}]\n" for line in entry.claims))
            buffered += len(entry.claims)
            if buffered >= INSERT_BATCH:
                total += _flush(con, c_out, f_out, claims_file, files_file)
                c_out, f_out = claims_file.open("w", encoding="utf-8"), files_file.open("w", encoding="utf-8")
                buffered = 0
        total += _flush(con, c_out, f_out, claims_file, files_file)
    return total


# a str as a JSON string, as json.dumps(..., ensure_ascii=False) writes it
_json_string = json.encoder.encode_basestring

# where each column after (file, article) is in a claim's JSON; low and high are numbers
_CLAIM_FIELDS = (
    ("entity", "$.entity"), ("attribute", "$.attribute"), ("qualifier", "$.qualifier"), ("claim_id", "$.id"),
    ("kind", "$.value.kind"), ("low", "$.value.low"), ("high", "$.value.high"), ("as_of_start", "$.as_of.start"),
    ("as_of_end", "$.as_of.end"), ("modality", "$.modality"),
)  # fmt: skip


def _flush(con, c_out, f_out, claims_file: Path, files_file: Path) -> int:
    c_out.close()
    f_out.close()
    # each line is a JSON array; read as one JSON column and spread into the table's columns
    reader = "read_json('{}', format='newline_delimited', columns={{j: 'JSON[]'}})"
    con.execute(f"INSERT INTO files SELECT j[1]->>'$', CAST(j[2] AS BIGINT), CAST(j[3] AS BIGINT), j[4]->>'$', j[5]->>'$' FROM {reader.format(files_file)}")
    before = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    # the claim's JSON parsed once for all its fields (a list of paths), each field then read off
    paths = ", ".join(f"'{path}'" for _, path in _CLAIM_FIELDS)
    fields = ", ".join(
        f"CAST(f[{i + 1}] AS DOUBLE)" if name in ("low", "high") else f"f[{i + 1}]->>'$'"
        for i, (name, _) in enumerate(_CLAIM_FIELDS)
    )
    columns = ", ".join(("file", "article", *(name for name, _ in _CLAIM_FIELDS), "claim"))
    con.execute(
        f"INSERT INTO claims ({columns}) SELECT file, article, {fields}, claim FROM ("
        f"SELECT file, article, claim, json_extract(claim, [{paths}]) AS f FROM ("
        f"SELECT j[1]->>'$' AS file, j[2]->>'$' AS article, j[3]->>'$' AS claim FROM {reader.format(claims_file)}))"
    )
    return con.execute("SELECT count(*) FROM claims").fetchone()[0] - before


def _set_meta(con, values: Mapping[str, str]) -> None:
    for key, value in values.items():
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])


def finish_index(con) -> None:
    """Sort-friendly lookups by entity: an ART index on (entity, attribute)."""
    with bounded_memory(con):
        con.execute("CREATE INDEX IF NOT EXISTS claims_by_group ON claims (entity, attribute)")


# --------------------------------------------------------------------------- reading


def open_current_index(ledger_dir: str | Path):
    """A read-only connection to the ledger's index when it exists and is current, else None.

    The index is current when the ledger folder has not changed since it was built
    (every ledger write is an atomic rename, which changes the folder's mtime).
    """
    target = index_path(ledger_dir)
    if not target.is_file():
        return None
    try:
        import duckdb
    except ImportError:
        return None  # an index left by another installation: the files still work
    try:
        con = duckdb.connect(str(target), read_only=True)
        row = con.execute("SELECT value FROM meta WHERE key = 'ledger_stamp'").fetchone()
    except duckdb.Error:
        return None  # locked by a writer or from another version: read the files instead
    if row is None or row[0] != _dir_stamp(Path(ledger_dir)):
        con.close()
        return None
    return con


def ledger_for_entities(
    ledger_dir: str | Path, entities: Iterable[str], *, exclude_articles: Iterable[str] = ()
) -> list[ArticleClaims] | None:
    """Ledger entries holding only the claims of ``entities`` (all their attributes),
    read through the index; None when there is no current index (read the files then)."""
    con = open_current_index(ledger_dir)
    if con is None:
        return None
    with con:
        skip = set(exclude_articles)
        return [e for e in entries_of_entities(con, entities) if e.article not in skip]


def entries_of_entities(con, entities: Iterable[str]) -> list[ArticleClaims]:
    wanted = sorted(set(entities))
    if not wanted:
        return []
    con.execute("CREATE OR REPLACE TEMP TABLE wanted (entity VARCHAR)")
    con.executemany("INSERT INTO wanted VALUES (?)", [(e,) for e in wanted])
    rows = con.execute(
        "SELECT f.header, c.claim FROM claims c JOIN files f ON f.name = c.file "
        "WHERE c.entity IN (SELECT entity FROM wanted) ORDER BY c.article, c.file"
    ).fetchall()
    return entries_from_rows(rows)


def entries_from_rows(rows: Iterable[tuple[str, str]]) -> list[ArticleClaims]:
    """(header line, claim line) rows, grouped by article, as ledger entries
    (parsed with the cyclic garbage collector held off: ``daejo.gcpause``)."""
    by_header: dict[str, list[Claim]] = {}
    with gc_paused():
        for header, claim in rows:
            by_header.setdefault(header, []).append(Claim.model_validate_json(claim))
        entries = []
        for header, claims in by_header.items():
            fields = json.loads(header)
            fields.pop("schema_version", None)
            fields.pop("claims_sha256", None)
            entries.append(ArticleClaims(**fields, claims=claims))
    return entries


def iter_entity_groups(con, fetch: int = 10_000, part: tuple[int, int] = (0, 1)) -> Iterator[list[ArticleClaims]]:
    """The whole index one entity at a time (claims without an entity last, in article
    batches); ``part`` (k, n) keeps the k-th of n disjoint shares of the entities."""
    current: object = ...
    rows: list[tuple[str, str]] = []
    articles: set[str] = set()
    for entity, header, claim in sorted_rows(con, fetch, part):
        boundary = entity != current or (entity is None and len(articles) >= UNNAMED_BATCH and header not in articles)
        if boundary and rows:
            yield entries_from_rows(rows)
            rows, articles = [], set()
        current = entity
        rows.append((header, claim))
        articles.add(header)
    if rows:
        yield entries_from_rows(rows)


def sorted_rows(con, fetch: int = 10_000, part: tuple[int, int] = (0, 1)) -> Iterator[tuple[str | None, str, str]]:
    """(entity, header line, claim line) of every claim (of share ``part``), ordered by
    entity (unnamed last), article and file.

    DuckDB sorts them SCAN_CLAIMS claims at a time, in memory capped at INDEX_MEMORY:
    consecutive ranges of entities, then the unnamed claims in ranges of articles.
    One sort of the whole index needs memory that grows with it even when it spills
    (at 10⁷ claims it ran out of a 512 MB cap), and each range's sort does not; the
    ranges cost a scan of the entity column each."""
    k, n = part
    share = "" if n == 1 else f" AND hash(coalesce(c.entity, c.article)) % {int(n)} = {int(k)}"
    select = "SELECT c.entity, f.header, c.claim FROM claims c JOIN files f ON f.name = c.file WHERE "
    # (the key a part is sorted in ranges of, which claims, their order within a range)
    parts = (("c.entity", "c.entity IS NOT NULL", "c.entity, c.article, c.file"),
             ("c.article", "c.entity IS NULL", "c.article, c.file"))
    with bounded_memory(con):
        for key, where, order in parts:
            counts = con.execute(
                f"SELECT {key}, count(*) FROM claims c WHERE {where}{share} GROUP BY {key} ORDER BY {key}"
            ).fetchall()
            for low, high in key_ranges(counts, SCAN_CLAIMS):
                query = f"{select}{where} AND {key} >= ? AND {key} <= ?{share} ORDER BY {order}"
                yield from _fetch_all(con.execute(query, [low, high]), fetch)


def key_ranges(counts: list[tuple[str, int]], size: int) -> list[tuple[str, str]]:
    """Consecutive (first key, last key) ranges of sorted (key, count) pairs, each of at
    most ``size`` counted rows (a key with more has a range of its own)."""
    ranges: list[tuple[str, str]] = []
    first, last, total = None, None, 0
    for key, count in counts:
        if first is not None and total + count > size:
            ranges.append((first, last))  # type: ignore[arg-type]
            first, total = None, 0
        if first is None:
            first = key
        last, total = key, total + count
    if first is not None:
        ranges.append((first, last))  # type: ignore[arg-type]
    return ranges


def _fetch_all(cursor, fetch: int) -> Iterator[tuple]:
    while batch := cursor.fetchmany(fetch):
        yield from batch


@contextmanager
def bounded_memory(con, limit: str = INDEX_MEMORY) -> Iterator[None]:
    """DuckDB's memory capped at ``limit`` for the block (the caller's setting restored
    after it): a build writes its blocks out instead of caching them (4.1 GB at 10⁷
    claims without the cap), and the sorts of a whole-index scan spill to DuckDB's
    temporary folder (beside the index file: ``ledger.duckdb.tmp``) instead of
    holding every claim's JSON in memory (1.7 GB at 10⁶ claims without the cap)."""
    saved = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.execute(f"SET memory_limit = '{limit}'")
    try:
        yield
    finally:
        con.execute(f"SET memory_limit = '{saved}'")


def reconcile_index(
    con, *, policies=None, lang: str = "ko", on_record: Iterable[str] = (), part: tuple[int, int] = (0, 1)
) -> Iterator[Finding]:
    """Findings of the whole indexed ledger, one entity group at a time (bounded memory)."""
    from daejo.reconcile import load_policies, reconcile

    official = frozenset(on_record)
    policies = policies if policies is not None else load_policies()  # once, not once a group
    for group in iter_entity_groups(con, part=part):
        yield from reconcile(group, [], policies=policies, lang=lang, on_record=official)


def reconcile_index_file(
    path: str | Path, *, workers: int = 1, policies=None, lang: str = "ko", on_record: Iterable[str] = ()
) -> list[Finding]:
    """Findings of a whole index file, its entities shared among ``workers`` processes."""
    from daejo.reconcile.findings import sort_findings

    if workers <= 1:
        with open_index(path) as con:
            return sort_findings(list(reconcile_index(con, policies=policies, lang=lang, on_record=on_record)))
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    jobs = [(str(path), (k, workers), policies, lang, tuple(on_record)) for k in range(workers)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        shares = list(pool.map(_reconcile_share, jobs))
    return sort_findings([f for share in shares for f in share])


def _reconcile_share(job: tuple) -> list[Finding]:
    path, part, policies, lang, on_record = job
    with open_index(path) as con:
        return list(reconcile_index(con, policies=policies, lang=lang, on_record=on_record, part=part))


def open_index(path: str | Path, *, read_only: bool = True):
    duckdb = require_duckdb()
    if not Path(path).is_file():
        raise LedgerError("ledger index not found (build it with `daejo ledger index`)", str(path))
    return duckdb.connect(str(path), read_only=read_only)


def read_ledger_touching(
    ledger: Path | None, explicit: bool, new: list[ArticleClaims]
) -> tuple[list[ArticleClaims], set[str]]:
    """The ledger entries that can meet the new articles' claims, and the ids of every
    ledger article. Through the index when it is current (only the claims of the
    entities the new claims name); else every ledger file is read."""
    from daejo.pipeline import read_ledger_dir

    if ledger is not None and ledger.is_dir():
        entities = {c.entity for entry in new for c in entry.claims if c.entity is not None}
        found = _through_index(ledger, entities, new)
        if found is not None:
            return found
    entries = read_ledger_dir(ledger, explicit)
    return entries, {entry.article for entry in entries}


def _through_index(ledger: Path, entities: set[str], new: list[ArticleClaims]) -> tuple[list[ArticleClaims], set[str]] | None:
    """The claims of the entities the new claims name, and every claim of the stored
    articles of the stories the new articles join (their events' facts and open
    frames are compared within a story). Story assignment reads every stored header
    (its keys), not its claims."""
    from daejo.stories import assign_stories

    con = open_current_index(ledger)
    if con is None:
        return None
    with con:
        headers = con.execute("SELECT article, header FROM files").fetchall()
        ids = {row[0] for row in headers}
        stored = [_header_entry(h) for _, h in headers]
        stories = {e.story for e in assign_stories(new, stored) if e.story}
        in_stories = {e.article for e in stored if e.story in stories}
        return entries_of(con, entities, in_stories), ids


def _header_entry(header: str) -> ArticleClaims:
    fields = json.loads(header)
    fields.pop("schema_version", None)
    fields.pop("claims_sha256", None)
    return ArticleClaims(**fields, claims=[])


def entries_of(con, entities: Iterable[str], articles: Iterable[str] = ()) -> list[ArticleClaims]:
    """Every claim of the given entities and of the given articles."""
    wanted, stored = sorted(set(entities)), sorted(set(articles))
    if not wanted and not stored:
        return []
    con.execute("CREATE OR REPLACE TEMP TABLE wanted (entity VARCHAR)")
    if wanted:
        con.executemany("INSERT INTO wanted VALUES (?)", [(e,) for e in wanted])
    con.execute("CREATE OR REPLACE TEMP TABLE wanted_articles (article VARCHAR)")
    if stored:
        con.executemany("INSERT INTO wanted_articles VALUES (?)", [(a,) for a in stored])
    rows = con.execute(
        "SELECT f.header, c.claim FROM claims c JOIN files f ON f.name = c.file "
        "WHERE c.entity IN (SELECT entity FROM wanted) OR c.article IN (SELECT article FROM wanted_articles) "
        "ORDER BY c.article, c.file"
    ).fetchall()
    return entries_from_rows(rows)
