"""Benchmark of the morphological analyzers on the seed articles.

    python -m benchmarks.bench_analyzers [--seeds DIR] [--all-taggers] [--no-write]

For each back-end, in a fresh process: cold start (building the analyzer and
analysing the first paragraph, model load and JVM start included), then warm
throughput in characters per second over every paragraph of every seed body
(one analyze() call per paragraph, best of three rounds), and how many
occurrences of the probe names (src/daejo/text/corpus/proper_noun_probe.yaml)
stay whole. ``--all-taggers`` also measures konlpy's Okt, Hannanum and Kkma
(raw konlpy tags, aligned with daejo.text.align). Results go to
docs/benchmarks.md between the analyzers markers.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import yaml

from benchmarks.report import replace_section

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds" / "articles"
DOC = REPO / "docs" / "benchmarks.md"

START, END = "<!-- analyzers:start -->", "<!-- analyzers:end -->"
BACKENDS = ("kiwi", "komoran")
EXTRA_TAGGERS = ("okt", "hannanum", "kkma")
USER_DICT = {"kiwi": "yes", "komoran": "yes (file)", "okt": "no", "hannanum": "no", "kkma": "no"}


def seed_paragraphs(seeds: Path) -> list[str]:
    from daejo.ingest import load_articles

    result = load_articles(sorted(seeds.glob("*.md")))
    return [line.strip() for article in result.articles for line in article.body.splitlines() if line.strip()]


def probe_names() -> list[str]:
    text = resources.files("daejo.text").joinpath("corpus/proper_noun_probe.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["names"]


def make_tagger(name: str):
    """A callable text -> [(form, start, end)] for a back-end or a raw konlpy tagger."""
    if name in BACKENDS:
        from daejo.text import get_analyzer

        analyzer = get_analyzer(name)
        return lambda text: [(m.form, m.start, m.end) for m in analyzer.analyze(text)]
    from konlpy import tag as konlpy_tags

    from daejo.text.align import align_morphemes

    tagger = {"okt": konlpy_tags.Okt, "hannanum": konlpy_tags.Hannanum, "kkma": konlpy_tags.Kkma}[name]()

    def run(text: str):
        forms = [form for form, _ in tagger.pos(text)]
        return [(f, s, e) for f, (s, e) in zip(forms, align_morphemes(text, forms))]

    return run


def _script(char: str) -> str:
    if char.isspace():
        return "space"
    if "\uac00" <= char <= "\ud7a3":
        return "hangul"
    return "latin" if char.isascii() and char.isalnum() else "other"


def kept_whole(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """No morpheme boundary inside the name except at a space or a change of script."""
    starts = {s for s, e in spans if e > s}
    ends = {e for s, e in spans if e > s}
    if start not in starts or end not in ends:
        return False
    inside = {p for p in starts | ends if start < p < end}
    return all(_script(text[p - 1]) != _script(text[p]) for p in inside)


def name_integrity(paragraphs: list[str], analyses: list[list[tuple[str, int, int]]], names: list[str]):
    whole = total = 0
    for text, morphemes in zip(paragraphs, analyses):
        spans = [(s, e) for _, s, e in morphemes]
        for name in names:
            at = text.find(name)
            while at >= 0:
                total += 1
                whole += kept_whole(text, at, at + len(name), spans)
                at = text.find(name, at + len(name))
    return whole, total


def measure(name: str, seeds: Path) -> dict:
    """Run in a fresh process: cold start, warm throughput, name integrity."""
    paragraphs = seed_paragraphs(seeds)
    began = time.perf_counter()
    tagger = make_tagger(name)
    tagger(paragraphs[0])
    cold = time.perf_counter() - began
    best = float("inf")
    analyses: list = []
    for _ in range(3):
        began = time.perf_counter()
        analyses = [tagger(p) for p in paragraphs]
        best = min(best, time.perf_counter() - began)
    chars = sum(len(p) for p in paragraphs)
    whole, total = name_integrity(paragraphs, analyses, probe_names())
    return {
        "name": name,
        "cold_s": round(cold, 2),
        "chars": chars,
        "paragraphs": len(paragraphs),
        "warm_s": round(best, 3),
        "chars_per_s": round(chars / best),
        "names_whole": whole,
        "names_total": total,
        "user_dict": USER_DICT[name],
    }


def measure_in_subprocess(name: str, seeds: Path) -> dict:
    command = [sys.executable, "-m", "benchmarks.bench_analyzers", "--worker", name, "--seeds", str(seeds)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        return {"name": name, "error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def render(results: list[dict], load: float | None = None) -> str:
    lines = [
        START,
        "## Analyzers",
        "",
        "Seed article bodies, one `analyze()` call per paragraph; cold = first call in a fresh",
        "process including model load (and JVM start for konlpy); warm = best of three rounds.",
        "Names whole: occurrences of the probe names kept whole (see docs/analyzers.md).",
        "Timings vary between runs on the shared 2-core machine (up to about 3x);",
        "compare rows of one run. Regenerate with `python -m benchmarks.bench_analyzers`",
        "(`--all-taggers` adds konlpy's Okt, Hannanum and Kkma).",
        *([f"Load average (1 min) when this run started: {load:.1f}."] if load is not None else []),
        "",
        "| analyzer | cold start (s) | warm (chars/s) | paragraphs | chars | names whole | user dictionary |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        if "error" in r:
            lines.append(f"| {r['name']} | failed: {r['error']} | | | | | |")
            continue
        lines.append(
            f"| {r['name']} | {r['cold_s']:.2f} | {r['chars_per_s']:,} | {r['paragraphs']} | {r['chars']:,} "
            f"| {r['names_whole']}/{r['names_total']} | {r['user_dict']} |"
        )
    lines.append(END)
    return "\n".join(lines)


def write_section(section: str, doc: Path = DOC) -> None:
    """Replace our marked section of the benchmarks page (``section`` holds the markers)."""
    body = section.strip("\n").removeprefix(START).removesuffix(END).strip("\n")
    replace_section("analyzers", body, doc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--all-taggers", action="store_true", help="also measure konlpy Okt, Hannanum, Kkma")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(measure(args.worker, args.seeds)))
        return 0
    names = BACKENDS + (EXTRA_TAGGERS if args.all_taggers else ())
    load = os.getloadavg()[0]
    results = [measure_in_subprocess(name, args.seeds) for name in names]
    section = render(results, load)
    print(section)
    if not args.no_write:
        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
