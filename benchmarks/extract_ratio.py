"""Full extraction's time over the bare analyzer's on the same text (issue #15, part 1).

    python -m benchmarks.extract_ratio                       # the code in src/, both corpora
    python -m benchmarks.extract_ratio --rev 94708f8 --rev worktree   # two versions, alternated
    python -m benchmarks.extract_ratio --corpus stories --rounds 3

What is timed, per chunk of a corpus (warm: one extraction of the whole corpus first, so the
analyzer's engine is built and the registry's words taught):

- ``raw``: Kiwi alone, ``split_into_sents(line, return_tokens=True)`` of every non-empty
  line of every title and body (the one call our Kiwi wrapper makes per line);
- ``bare``: the analyzer as extraction uses it, ``split`` + ``analyze`` of every
  non-empty line of every title and body (``bench_extract.bare_analyzer_seconds``;
  this includes building our morphemes from Kiwi's tokens);
- ``bare body``: the same without the titles (the definition before the fifth pass of
  docs/benchmarks.md, which left out the titles that extraction analyses too);
- ``full``: ``extract_entries`` of the chunk, serially.

Each corpus is cut into ``--chunks`` chunks; per round the four are run on each chunk in
turn, each chunk keeps its best (least CPU time) of ``--rounds`` rounds, and the chunks' bests
are summed. CPU time of the process (``time.process_time``), wall-clock in brackets. Story
corpus: the articles ``load_articles(fixtures/stories)`` gives, with fixtures/aliases.yaml;
synthetic: ``--synthetic`` articles of benchmarks/corpus.py (seed 7) with their alias file.

With ``--rev`` (repeatable) each version runs in a fresh process on its own copy of
``src/`` (``git archive REV src``; ``worktree`` is the checkout's src/ as it is), and the
versions are alternated ``--repeat`` times, so that the machine's drift falls on all of them.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("raw", "bare", "bare_body", "full")


def _lines(text: str | None) -> list[str]:
    return [line for line in (text or "").splitlines() if line.strip()]


def _timed(fn) -> tuple[float, float]:
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def load(corpus: str, synthetic: int, folder: Path):
    """The articles and alias file of a corpus."""
    from daejo.ingest import load_articles

    if corpus == "stories":
        return load_articles([ROOT / "fixtures" / "stories"]).articles, ROOT / "fixtures" / "aliases.yaml"
    from benchmarks.bench_extract import load_corpus

    articles, _, aliases = load_corpus(synthetic, 7, folder)
    return articles, aliases


def measure(corpus: str, synthetic: int, chunks: int, rounds: int) -> dict:
    """Each stage's summed best CPU and wall-clock seconds over the chunks of one corpus."""
    from daejo.pipeline import extract_entries, load_toolkit

    with tempfile.TemporaryDirectory(prefix="daejo-ratio-") as tmp:
        articles, aliases = load(corpus, synthetic, Path(tmp))
        toolkit = load_toolkit("kiwi", [aliases])
        analyzer = toolkit.analyzer
        extract_entries(articles, toolkit, progress=False)  # warm: engine built, words taught
        size = -(-len(articles) // chunks)
        parts = [articles[i : i + size] for i in range(0, len(articles), size)]

        def bare(lines: list[str]):
            def run():
                for line in lines:
                    analyzer.split(line)
                    analyzer.analyze(line)
            return run

        def raw(lines: list[str]):
            engine = analyzer._engine

            def run():
                for line in lines:
                    engine.split_into_sents(line, return_tokens=True, compatible_jamo=True)
            return run

        best = {s: [(float("inf"), float("inf"))] * len(parts) for s in STAGES}
        for _ in range(rounds):
            for n, part in enumerate(parts):
                body = [line for a in part for line in _lines(a.body)]
                both = [line for a in part for line in (*_lines(a.title), *_lines(a.body))]
                runs = {
                    "raw": raw(both), "bare": bare(both), "bare_body": bare(body),
                    "full": lambda part=part: extract_entries(part, toolkit, progress=False),
                }
                for stage in STAGES:
                    took = _timed(runs[stage])
                    if took[0] < best[stage][n][0]:
                        best[stage][n] = took
    sums = {s: [sum(t[0] for t in best[s]), sum(t[1] for t in best[s])] for s in STAGES}
    return {"corpus": corpus, "articles": len(articles), "chunks": len(parts), "rounds": rounds, "seconds": sums}


def _export(rev: str, into: Path) -> Path:
    """A copy of ``src/`` at a revision (``worktree``: the checkout's own src/)."""
    if rev == "worktree":
        return ROOT / "src"
    target = into / rev
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target / "src"


def _row(label: str, result: dict) -> str:
    cpu = {s: result["seconds"][s][0] for s in STAGES}
    wall = {s: result["seconds"][s][1] for s in STAGES}

    def ratio(a: str, b: str) -> str:
        return f"{cpu[a] / cpu[b]:.2f}x ({wall[a] / wall[b]:.2f}x)"

    cells = [label, result["corpus"], str(result["articles"]), *(f"{cpu[s]:.2f}" for s in STAGES),
             ratio("full", "bare"), ratio("full", "bare_body"), ratio("full", "raw")]
    return "| " + " | ".join(cells) + " |"


HEADER = (
    "| version | corpus | articles | raw (s) | bare (s) | bare body (s) | full (s) | full / bare | full / bare body | full / raw |\n"
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.extract_ratio", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("stories", "synthetic", "both"), default="both")
    parser.add_argument("--synthetic", type=int, default=1000, help="synthetic articles (default 1000)")
    parser.add_argument("--chunks", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=0, help="rounds per chunk (default: 5 stories, 3 synthetic)")
    parser.add_argument("--rev", action="append", default=[], help="a git revision or `worktree` (repeatable)")
    parser.add_argument("--repeat", type=int, default=2, help="times the versions are alternated (with --rev)")
    parser.add_argument("--json", action="store_true", help="one JSON line per corpus (what --rev reads)")
    args = parser.parse_args(argv)
    corpora = ("stories", "synthetic") if args.corpus == "both" else (args.corpus,)

    def rounds(corpus: str) -> int:
        return args.rounds or (5 if corpus == "stories" else 3)

    if not args.rev:
        if not args.json:
            print(HEADER)
        for corpus in corpora:
            result = measure(corpus, args.synthetic, args.chunks, rounds(corpus))
            print(json.dumps(result) if args.json else _row("src/", result), flush=True)
        return 0
    print(HEADER, flush=True)
    with tempfile.TemporaryDirectory(prefix="daejo-revs-") as tmp:
        sources = {rev: _export(rev, Path(tmp)) for rev in args.rev}
        for n in range(args.repeat):
            for corpus in corpora:
                for rev, src in sources.items():
                    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(ROOT)])}
                    command = [sys.executable, "-m", "benchmarks.extract_ratio", "--json", "--corpus", corpus,
                               "--synthetic", str(args.synthetic), "--chunks", str(args.chunks),
                               "--rounds", str(rounds(corpus))]
                    out = subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout
                    print(_row(f"{rev} (round {n + 1})", json.loads(out.splitlines()[-1])), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
