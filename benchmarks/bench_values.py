"""Throughput and scaling of value recognition (``parse_values``).

Measures characters per second on the seed articles' bodies and on a 1 MB
adversarial input (long digit runs, runs of 억, comma and tilde chains,
malformed numerals), checks that the time grows linearly (0.25 MB vs 1 MB), and
writes the figures to the "Value recognition" section of docs/benchmarks.md
(between the ``values:start``/``values:end`` markers; other sections are kept).

    python -m benchmarks.bench_values [--seeds DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
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


def adversarial(size: int) -> str:
    """A deterministic mix of pathological blocks, cut to ``size`` characters."""
    unit = "".join(ADVERSARIAL_BLOCKS)
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
    return {
        "articles": len(bodies),
        "seed_chars": seed_chars,
        "seed_values": sum(len(parse_values(b, None)) for b in bodies),
        "rows": rows,
        "python": platform.python_version(),
    }


def _verdict(ratio: float) -> str:
    return "linear" if ratio <= MAX_SCALING_RATIO else "NOT linear"


def render(m: dict) -> str:
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
    args = parser.parse_args(argv)
    figures = measure(args.seeds or default_seed_dir())
    section = render(figures)
    print(section)
    if not args.no_write:
        update_doc(section)
    return 0 if all(r["ratio"] <= MAX_SCALING_RATIO for r in figures["rows"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
