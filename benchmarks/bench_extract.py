"""Extraction throughput per analyzer back-end, our layers' overhead, parallel runs, accuracy.

On the synthetic corpus (benchmarks/corpus.py) with its alias registry:

- bare analyzer: ``split`` (when the back-end has one) and ``analyze`` of every non-empty line of every
  title and body (what extraction asks of the analyzer: it analyses the titles too), warm;
- full extraction: ``extract_entries`` serially, warm; the ratio full / bare is
  what our own layers (values, entities, attributes, modality) add;
- ``--jobs 2`` and a Dask LocalCluster of 2 workers, start-up included, and
  whether their ledgers are byte-identical to the serial one;
- accuracy: recall of the planted conflicts that have a counterpart to conflict
  with, and findings on planted look-alikes (false alarms).
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

from benchmarks.corpus import generate, write_markdown


def load_corpus(n_articles: int, seed: int, folder: Path):
    from daejo.ingest import load_articles

    articles, truth = generate(n_articles, seed=seed)
    write_markdown(articles, folder / "articles")
    aliases = folder / "aliases.yaml"
    aliases.write_text(yaml.safe_dump(truth.aliases, allow_unicode=True), encoding="utf-8")
    return load_articles([folder / "articles"]).articles, truth, aliases


def bare_analyzer_seconds(analyzer, articles) -> float:
    lines = [line for a in articles for text in (a.title or "", a.body) for line in text.splitlines() if line.strip()]
    split = getattr(analyzer, "split", None)  # back-ends without a sentence splitter use our rules
    start = time.perf_counter()
    for line in lines:
        if split is not None:
            split(line)
        analyzer.analyze(line)
    return time.perf_counter() - start


def rendered(entries) -> list[str]:
    from daejo.ledger import render_article_claims

    return [render_article_claims(e) for e in entries]


def measure_backend(name: str, articles, aliases: Path) -> dict | None:
    from daejo.errors import ConfigError
    from daejo.pipeline import extract_entries, load_toolkit

    try:
        toolkit = load_toolkit(name, [aliases])
    except ConfigError as exc:
        return {"analyzer": name, "error": str(exc)}
    extract_entries(articles[:3], toolkit, progress=False)  # warm: engine built, user words taught
    bare = min(bare_analyzer_seconds(toolkit.analyzer, articles) for _ in range(2))
    start = time.perf_counter()
    entries = extract_entries(articles, toolkit, progress=False)
    full = time.perf_counter() - start
    chars = sum(len(a.body) for a in articles)
    return {
        "analyzer": name, "articles": len(articles), "chars": chars, "bare_s": bare, "full_s": full,
        "chars_per_s": chars / full, "articles_per_s": len(articles) / full, "overhead": full / bare - 1,
        "entries": entries,
    }  # fmt: skip


def measure_parallel(articles, aliases: Path, serial: list[str], jobs: int) -> list[dict]:
    from daejo.pipeline import extract_entries, load_toolkit

    out = []
    for label, options in ((f"--jobs {jobs}", {"jobs": jobs}), (f"dask LocalCluster ({jobs} workers)", {"engine": "dask", "jobs": jobs})):
        toolkit = load_toolkit("kiwi", [aliases])
        start = time.perf_counter()
        try:
            entries = extract_entries(articles, toolkit, progress=False, **options)
        except Exception as exc:  # dask missing: say so in the table
            out.append({"run": label, "error": str(exc)})
            continue
        seconds = time.perf_counter() - start
        out.append({"run": label, "seconds": seconds, "articles_per_s": len(articles) / seconds,
                    "identical": rendered(entries) == serial})  # fmt: skip
    return out


def accuracy(entries, truth, aliases: Path) -> dict:
    """Recall of detectable planted conflicts and false alarms on look-alikes, per attribute."""
    from daejo.pipeline import find_conflicts, load_toolkit

    findings = find_conflicts(entries, [], load_toolkit("kiwi", [aliases]))
    planted = {(c["article"], c["attribute"]) for c in truth.conflicts}
    named = {(s.article, f.attribute, f.entity) for f in findings for s in f.claims}
    # a finding with a planted side is right, whichever article is on its other side
    false = [f for f in findings if not any((s.article, f.attribute) in planted for s in f.claims)]
    flagged = {(s.article, f.attribute) for f in false for s in f.claims}
    recall: Counter = Counter()
    total: Counter = Counter()
    for c in truth.conflicts:
        if c["detectable"]:
            total[c["attribute"]] += 1
            recall[c["attribute"]] += (c["article"], c["attribute"], c["name"]) in named
    alarms: Counter = Counter()
    looks: Counter = Counter()
    for look in truth.lookalikes:
        looks[look["attribute"]] += 1
        attributes = ("age", "birth_year") if look["attribute"] == "age" else (look["attribute"],)
        alarms[look["attribute"]] += any((look["article"], a) in flagged for a in attributes)
    return {"recall": recall, "detectable": total, "alarms": alarms, "lookalikes": looks, "findings": len(findings)}


def run(n_articles: int = 1000, seed: int = 7, backends=("kiwi", "komoran"), jobs: int = 2, parallel: bool = True) -> dict:
    with tempfile.TemporaryDirectory(prefix="daejo-bench-") as tmp:
        articles, truth, aliases = load_corpus(n_articles, seed, Path(tmp))
        results = [r for r in (measure_backend(name, articles, aliases) for name in backends) if r]
        serial = next(r for r in results if r["analyzer"] == "kiwi")
        parallel = measure_parallel(articles, aliases, rendered(serial["entries"]), jobs) if parallel else []
        acc = accuracy(serial["entries"], truth, aliases)
    for r in results:
        r.pop("entries", None)
    return {"backends": results, "parallel": parallel, "accuracy": acc, "articles": n_articles}
