"""Latency of checking one new article against a large ledger.

The ledger is written as real ``claims/*.jsonl`` files (benchmarks/claims.py),
indexed with ``daejo ledger index``'s code, and one new article about one of its
companies (misstating its founding year, so a finding is expected) is checked:

- cold: ``daejo check`` in a fresh process (analyzer start-up included);
- warm: the same stages in a process that has checked once already
  (ingest, extract, read the ledger, reconcile), best of three;
- with and without the index (without only at the smaller sizes: every ledger
  file is parsed then).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from benchmarks.claims import company, write_ledger

ENTITY = 12  # the company the new article is about (present at every size)


def new_article(folder: Path) -> tuple[Path, Path]:
    """An article misstating company ENTITY's founding year, and an alias file naming it."""
    c = company(ENTITY, 7)
    year, month = c.founded
    body = (
        f"(서울=한빛일보) 기자 = {c.name}는 {year + 2}년 {month}월 설립됐다.\n"
        f"{c.name}는 신규 사업 확대를 검토하고 있다고 밝혔다.\n"
    )
    article = folder / "new-article.md"
    article.write_text(f"---\nid: new-article\npublished: 2024-03-05\n---\n{body}", encoding="utf-8")
    aliases = folder / "aliases.yaml"
    doc = {"entities": [{"id": c.name, "name": c.name, "type": "org", "aliases": []}]}
    aliases.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return article, aliases


def cold_check(article: Path, ledger: Path, aliases: Path) -> tuple[float, int]:
    daejo = Path(sys.executable).with_name("daejo")
    command = [str(daejo), "check", str(article), "--ledger", str(ledger), "--aliases", str(aliases),
               "--format", "json", "--fail-on", "never", "--jobs", "1"]  # fmt: skip
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"daejo check failed: {proc.stderr.strip()[-300:]}")
    return seconds, len(json.loads(proc.stdout)["findings"])


def warm_check(article: Path, ledger: Path, aliases: Path, rounds: int = 3) -> tuple[float, int]:
    from daejo.index import read_ledger_touching
    from daejo.ingest import load_articles
    from daejo.pipeline import extract_entries, find_conflicts, load_toolkit

    toolkit = load_toolkit("kiwi", [aliases])
    best, found = float("inf"), 0
    for _ in range(rounds + 1):  # the first round warms the analyzer
        start = time.perf_counter()
        new = extract_entries(load_articles([article]).articles, toolkit, progress=False)
        old, _ = read_ledger_touching(ledger, True, new)
        found = len(find_conflicts(new, [e for e in old if e.article != "new-article"], toolkit))
        best = min(best, time.perf_counter() - start) if _ else best
    return best, found


def measure_size(n_claims: int, with_plain: bool) -> list[dict]:
    from daejo.index import build_index

    rows = []
    with tempfile.TemporaryDirectory(prefix="daejo-check-") as tmp:
        folder = Path(tmp)
        ledger = folder / "claims"
        start = time.perf_counter()
        files = write_ledger(ledger, n_claims)
        write_s = time.perf_counter() - start
        article, aliases = new_article(folder)
        if with_plain:
            cold, found = cold_check(article, ledger, aliases)
            warm, _ = warm_check(article, ledger, aliases, rounds=1)
            rows.append({"claims": n_claims, "files": files, "index": "no", "cold_s": cold, "warm_s": warm, "findings": found})
        start = time.perf_counter()
        build_index(ledger)
        index_s = time.perf_counter() - start
        cold, found = cold_check(article, ledger, aliases)
        warm, warm_found = warm_check(article, ledger, aliases)
        rows.append({"claims": n_claims, "files": files, "index": "yes", "cold_s": cold, "warm_s": warm,
                     "findings": found, "warm_findings": warm_found, "index_build_s": index_s, "write_s": write_s})  # fmt: skip
        shutil.rmtree(ledger, ignore_errors=True)
    return rows


def analyzer_startup_seconds() -> float:
    """A fresh process importing daejo and loading kiwi up to its first analysis:
    the floor under any cold check."""
    code = (
        "import time; t = time.perf_counter(); from daejo.text import get_analyzer; "
        "get_analyzer('kiwi').analyze('회사는 2020년 설립됐다.'); print(time.perf_counter() - t)"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return time.perf_counter() - start


def run(sizes=(100_000, 1_000_000), plain_up_to: int = 100_000) -> dict:
    rows = [row for n in sizes for row in measure_size(n, with_plain=n <= plain_up_to)]
    return {"rows": rows, "analyzer_startup_s": analyzer_startup_seconds()}
