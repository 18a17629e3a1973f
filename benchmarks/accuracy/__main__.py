"""Accuracy on the story corpus: recall, false alarms and precision per split, beat and
value kind, and the mutation test. Writes docs/accuracy.md and the test split's figures
that the CI floor reads (benchmarks/accuracy/figures.json).

    python -m benchmarks.accuracy                   # both splits, mutations; print only
    python -m benchmarks.accuracy --write LABEL     # also record the figures under LABEL in docs/accuracy.md
    python -m benchmarks.accuracy --explain         # dev split: every miss and every false flag

The test split is measured, never explained: ``--explain`` only looks at dev.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.accuracy.evaluate import Score, SplitResult, evaluate, open_world_toolkit, split_articles, run_check, score_split
from benchmarks.accuracy.gold import load_gold
from benchmarks.accuracy.mutate import BENIGN, PLANTED, rates, run_mutations
from benchmarks.report import replace_section, table

HERE = Path(__file__).resolve().parent
DOC = HERE.parent.parent / "docs" / "accuracy.md"
FIGURES = HERE / "figures.json"


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def score_row(name: str, s: Score) -> list[object]:
    return [
        name, s.contradictions, _pct(s.recall), _pct(s.recall_error),
        f"{s.consistent_flagged}/{s.consistent}", f"{s.not_comparable_flagged}/{s.not_comparable}", _pct(s.false_alarm_rate),
    ]


HEADER = ["", "contradictions", "recall", "recall (error)", "consistent flagged", "not-comparable flagged", "false alarms"]


def split_section(result: SplitResult, mutations: dict[str, tuple[int, int]]) -> str:
    o = result.overall
    lines = [
        f"**{result.split}**: {result.articles} articles, {result.claims} claims, {len(result.flags)} error/warning findings"
        f" ({result.findings_per_article:.2f} per article), precision {_pct(result.precision)}"
        f" ({result.true_flags} of {len(result.flags)} link a gold contradiction).",
        "",
        table(HEADER, [score_row("overall", o)]),
        "",
        "By beat:",
        "",
        table(HEADER, [score_row(k, v) for k, v in result.by(lambda r: r.story.beat).items()]),
        "",
        "By value kind:",
        "",
        table(HEADER, [score_row(k, v) for k, v in result.by(lambda r: r.pair.kind).items()]),
        "",
    ]
    if mutations:
        rows = [[k, f"{f}/{n}", _pct(f / n if n else None), "flag" if k in PLANTED else "stay quiet"] for k, (f, n) in mutations.items()]
        lines += ["Mutation test (each figure changed in its article, checked against the original):", "", table(["mutation", "flagged", "rate", "expected"], rows), ""]
    return "\n".join(lines)


def figures(result: SplitResult, mutations: dict[str, tuple[int, int]]) -> dict:
    o = result.overall
    planted = [mutations[k] for k in PLANTED if k in mutations]
    benign = [mutations[k] for k in BENIGN if k in mutations]
    return {
        "articles": result.articles,
        "contradictions": o.contradictions,
        "recall": o.recall,
        "recall_error": o.recall_error,
        "false_alarm_rate": o.false_alarm_rate,
        "precision": result.precision,
        "flags": len(result.flags),
        "mutations_planted_flagged": sum(f for f, _ in planted) / max(1, sum(n for _, n in planted)),
        "mutations_benign_flagged": sum(f for f, _ in benign),
    }


def explain(result: SplitResult) -> None:
    print("\n## missed contradictions")
    for r in result.results:
        if r.pair.verdict == "contradiction" and not r.flagged:
            print(f"- [{r.story.id}] {r.pair.kind}: {r.pair.a} {r.pair.qa!r} / {r.pair.b} {r.pair.qb!r} ({r.pair.why or ''})")
    print("\n## flagged look-alikes")
    for r in result.results:
        if r.pair.verdict != "contradiction" and r.flagged and r.finding is not None:
            print(f"- [{r.story.id}] {r.pair.verdict} {r.pair.kind}: {r.pair.qa!r} / {r.pair.qb!r}: {r.finding.rule} {r.finding.attribute} {r.finding.severity}")
    print("\n## flags that link no gold contradiction")
    for f in result.false_flags:
        sides = " / ".join(f"{s.article} {s.quote!r}" for s in f.claims[:2])
        print(f"- {f.severity} {f.rule} {f.entity} {f.attribute}: {sides}")


def commit() -> str:
    """The commit of the code the run imported, with ``+changes`` when its ``src/`` has
    uncommitted changes: daejo's own tree, which is not this one when a floor is written
    with an older ``src/`` first on PYTHONPATH; a copy of it outside any repository is
    named by its path."""
    import daejo

    src = Path(daejo.__file__).resolve().parent.parent
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True, cwd=src)
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True, cwd=src)
    except (OSError, subprocess.CalledProcessError):
        return f"code at {src}, in no repository"
    tree = Path(top.stdout.strip())
    dirty = subprocess.run(["git", "status", "--porcelain", "--", str(src)], capture_output=True, text=True, cwd=tree).stdout.strip()
    where = "" if tree.resolve() == HERE.parent.parent.resolve() else f" (the tree at {tree})"
    return out.stdout.strip() + ("+changes" if dirty else "") + where


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.accuracy", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--no-mutations", action="store_true")
    parser.add_argument("--write", metavar="LABEL", help="record the figures in docs/accuracy.md under LABEL (and the test floor)")
    parser.add_argument("--explain", action="store_true", help="dev only: list misses and false flags")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    gold = load_gold()
    toolkit = open_world_toolkit()
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    if args.explain:
        splits = ["dev"]
    sections, data = [], {}
    for split in splits:
        stories, articles = split_articles(gold, split)
        entries, findings = run_check(articles, toolkit)
        result = score_split(split, stories, articles, entries, findings)
        muts = {} if args.no_mutations else rates(run_mutations(articles, {e.article: e for e in entries}, stories, toolkit))
        sections.append(split_section(result, muts))
        data[split] = figures(result, muts)
        if result.unlocated:
            print(f"warning: {len(result.unlocated)} gold quotes not found", file=sys.stderr)
        if args.explain:
            explain(result)
    elapsed = time.perf_counter() - started
    body = "\n".join(sections) + f"\n_Run time {elapsed:.0f} s, commit {commit()}, {dt.date.today().isoformat()}._\n"
    print(body)
    if args.write:
        replace_section(f"accuracy-{args.write}", f"### {args.write}\n\n{body}", doc=DOC)
        if "test" in data:
            FIGURES.write_text(json.dumps({"label": args.write, **data}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
