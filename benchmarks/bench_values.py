"""Throughput and scaling of value recognition (``parse_values``).

Measures characters per second on the seed articles' bodies and on a 1 MB
adversarial input (long digit runs, runs of 억, comma and tilde chains,
malformed numerals), checks that the time grows linearly (0.25 MB vs 1 MB, also
on runs of the newer forms), and
writes the figures to the "Value recognition" section of docs/benchmarks.md
(between the ``values:start``/``values:end`` markers; other sections are kept).

    python -m benchmarks.bench_values [--seeds DIR] [--no-write] [--baseline SRC]

``--baseline SRC`` also measures another version of the code (``SRC`` is the ``src``
folder of that version, e.g. ``git archive HEAD~3 src | tar -x -C /tmp/old``) on the
same inputs, in the same run, the two alternating round by round, and reports the
change in characters per second.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from daejo.values import parse_values

from benchmarks.report import replace_section

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"

START, END = "<!-- values:start -->", "<!-- values:end -->"
MB = 1_000_000
# Time at 1 MB over time at 0.25 MB: 4 when linear; a quadratic scan gives 16.
MAX_SCALING_RATIO = 6.0
ADVERSARIAL_BLOCKS = (
    "9" * 4000 + " ",
    "억" * 4000 + " ",
    "1," * 1500 + " ",
    "1~" * 1500 + " ",
    "3조6000조 원, 5억3억원, 1-2-3-4-5, 2021/05/17 16:10, v2.1 GPT-3 ",
    "약 3000억 개와 70여 명, 2천여억원, 80~90%, 수천억 원, 두 배 넘게, 3년6개월 ",
    "천천히 만약 조사 이천 구조 " * 20,
)
# The newer forms (hangul decimals, sign words, fractions, ranges with 사이, seasons,
# vague times), in runs of their own: only their scaling is checked (time over 1 MB
# against 0.25 MB), so that the throughput figures above stay comparable over time.
FORMS_BLOCKS = (
    "일점" * 1500 + " " + "마이너스" * 500 + " " + "3분의 " * 500 + " " + "1/2/" * 500 + " ",
    "절반 과반 삼점사 마이너스삼 서른다섯 십달러 EUR 20 영하 3도 3Q 올봄 최근 수년 전 850㏊ " * 10,
    "1조 원에서 " * 300 + "2조 원 사이 ",
)
ROUNDS = 3  # with --baseline: rounds, each measuring both versions once


def default_seed_dir() -> Path:
    env = os.environ.get("DAEJO_SEEDS")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared" / "seeds" / "articles", ROOT / "shared" / "seeds" / "articles"]
    return next((c for c in candidates if c.is_dir()), candidates[0] if candidates else Path("seeds"))


def article_body(path: Path) -> str:
    """The text after the YAML front matter, if any."""
    text = path.read_text(encoding="utf-8-sig")
    match = re.match(r"^---\n.*?\n---\n?", text, flags=re.S)
    return text[match.end() :] if match else text


def adversarial(size: int, blocks: tuple[str, ...] = ADVERSARIAL_BLOCKS) -> str:
    """A deterministic mix of pathological blocks, cut to ``size`` characters."""
    unit = "".join(blocks)
    return (unit * (size // len(unit) + 1))[:size]


def best_time(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time of ``repeat`` runs: on a shared machine wall time mostly measures the neighbours."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def _stages() -> dict[str, Callable[[str], object]]:
    from daejo.values.numeric import recognise_numeric
    from daejo.values.time import recognise_times

    return {
        "parse_values": lambda text: parse_values(text, None),
        "recognise_numeric": recognise_numeric,
        "recognise_times": lambda text: recognise_times(text, None),
    }


def measure(seed_dir: Path) -> dict[str, object]:
    bodies = [article_body(p) for p in sorted(seed_dir.glob("*.md"))]
    if not bodies:
        raise SystemExit(f"no seed articles in {seed_dir}")
    seed_chars = sum(len(b) for b in bodies)
    quarter, full = adversarial(MB // 4), adversarial(MB)
    rows = {}
    for name, run in _stages().items():
        seed_time = best_time(lambda: [run(b) for b in bodies], repeat=5)
        quarter_time = best_time(lambda: run(quarter), repeat=3)
        full_time = best_time(lambda: run(full), repeat=3)
        rows[name] = {
            "seed_seconds": seed_time,
            "quarter_seconds": quarter_time,
            "full_seconds": full_time,
            "ratio": full_time / quarter_time,
        }
    forms_quarter, forms_full = adversarial(MB // 4, FORMS_BLOCKS), adversarial(MB, FORMS_BLOCKS)
    forms = {
        "quarter_seconds": best_time(lambda: parse_values(forms_quarter, None), repeat=3),
        "full_seconds": best_time(lambda: parse_values(forms_full, None), repeat=3),
    }
    forms["ratio"] = forms["full_seconds"] / forms["quarter_seconds"]
    return {
        "articles": len(bodies),
        "seed_chars": seed_chars,
        "seed_values": sum(len(parse_values(b, None)) for b in bodies),
        "rows": rows,
        "forms": forms,
        "python": platform.python_version(),
    }


def measure_version(src: Path, seed_dir: Path) -> dict:
    """``measure`` run in a fresh interpreter on the code under ``src``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_values", "--json", "--seeds", str(seed_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout)


def _best(runs: list[dict]) -> dict:
    """Per stage and input, the fastest of several runs."""
    best = json.loads(json.dumps(runs[0]))
    for run in runs[1:]:
        for name, row in run["rows"].items():
            for key in ("seed_seconds", "quarter_seconds", "full_seconds"):
                best["rows"][name][key] = min(best["rows"][name][key], row[key])
        if "forms" in run and "forms" in best:
            for key in ("quarter_seconds", "full_seconds"):
                best["forms"][key] = min(best["forms"][key], run["forms"][key])
    for row in list(best["rows"].values()) + ([best["forms"]] if "forms" in best else []):
        row["ratio"] = row["full_seconds"] / row["quarter_seconds"]
    return best


def compare(baseline: Path, seed_dir: Path, rounds: int = ROUNDS) -> tuple[dict, dict]:
    """The baseline's figures and the current code's, measured alternately in one run."""
    current = ROOT / "src"
    before, after = [], []
    for _ in range(rounds):
        before.append(measure_version(baseline, seed_dir))
        after.append(measure_version(current, seed_dir))
    return _best(before), _best(after)


def render_comparison(before: dict, after: dict, label: str = "the baseline") -> str:
    """Characters per second of both versions and the change, per stage."""
    lines = [
        "",
        f"Before ({label}) and after, measured alternately in one run (best of {ROUNDS} rounds; "
        "seeds and 1 MB adversarial input):",
        "",
        "| stage | seeds chars/s before | seeds chars/s after | change | 1 MB chars/s before | 1 MB chars/s after | change |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, a in after["rows"].items():
        b = before["rows"][name]
        seeds_b, seeds_a = before["seed_chars"] / b["seed_seconds"], after["seed_chars"] / a["seed_seconds"]
        full_b, full_a = MB / b["full_seconds"], MB / a["full_seconds"]
        lines.append(
            f"| `{name}` | {seeds_b:,.0f} | {seeds_a:,.0f} | {seeds_a / seeds_b - 1:+.1%} "
            f"| {full_b:,.0f} | {full_a:,.0f} | {full_a / full_b - 1:+.1%} |"
        )
    return "\n".join(lines)


def _verdict(ratio: float) -> str:
    return "linear" if ratio <= MAX_SCALING_RATIO else "NOT linear"


def render(m: dict, comparison: str = "") -> str:
    lines = [
        START,
        "## Value recognition",
        "",
        f"`python -m benchmarks.bench_values` (CPU time, best of 5/3/3 runs, Python {m['python']}, 2-core machine). "
        f"Seed bodies: {m['articles']} articles, {m['seed_chars']:,} characters, {m['seed_values']} values. "
        "Adversarial input: 4,000-digit runs, runs of 억, comma and tilde chains, malformed numerals, "
        "dates, codes and numeral-like words, cut to 0.25 MB and 1 MB.",
        "",
        "| stage | seeds chars/s | adversarial 0.25 MB (s) | adversarial 1 MB (s) | 1 MB chars/s "
        "| time(1 MB)/time(0.25 MB) | scaling |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, r in m["rows"].items():
        lines.append(
            f"| `{name}` | {m['seed_chars'] / r['seed_seconds']:,.0f} | {r['quarter_seconds']:.3f} "
            f"| {r['full_seconds']:.3f} | {MB / r['full_seconds']:,.0f} | {r['ratio']:.2f} | {_verdict(r['ratio'])} |"
        )
    forms = m.get("forms")
    if forms:
        lines += [
            "",
            f"Newer forms (hangul decimals, sign words, fractions, `…에서 … 사이`, seasons, vague times; "
            f"`parse_values`): {forms['quarter_seconds']:.3f} s at 0.25 MB, {forms['full_seconds']:.3f} s at 1 MB "
            f"({MB / forms['full_seconds']:,.0f} chars/s), ratio {forms['ratio']:.2f}: {_verdict(forms['ratio'])}.",
        ]
    if comparison:
        lines.append(comparison)
    lines += [
        "",
        f"A ratio of 4 is linear, 16 quadratic; the check allows up to {MAX_SCALING_RATIO}.",
        END,
    ]
    return "\n".join(lines)


def update_doc(section: str, doc: Path = DOC) -> None:
    """Replace our marked section of the benchmarks page (``section`` holds the markers)."""
    body = section.strip("\n").removeprefix(START).removesuffix(END).strip("\n")
    replace_section("values", body, doc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=None, help="folder of seed articles (*.md)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only (writes nothing)")
    parser.add_argument("--baseline", type=Path, default=None, help="src folder of another version to compare with")
    parser.add_argument("--baseline-label", default=None, help="what the baseline is, for the report (a commit)")
    args = parser.parse_args(argv)
    seed_dir = args.seeds or default_seed_dir()
    if args.json:
        print(json.dumps(measure(seed_dir)))
        return 0
    comparison = ""
    if args.baseline is not None:
        before, figures = compare(args.baseline, seed_dir)
        comparison = render_comparison(before, figures, args.baseline_label or str(args.baseline))
    else:
        figures = measure(seed_dir)
    section = render(figures, comparison)
    print(section)
    if not args.no_write:
        update_doc(section)
    ratios = [r["ratio"] for r in figures["rows"].values()] + [figures.get("forms", {}).get("ratio", 0.0)]
    return 0 if all(r <= MAX_SCALING_RATIO for r in ratios) else 1


if __name__ == "__main__":
    raise SystemExit(main())
