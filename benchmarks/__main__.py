"""Run every benchmark and write docs/benchmarks.md.

    python -m benchmarks            # default sizes (about 20 minutes on 2 cores)
    python -m benchmarks --smoke    # tiny sizes: exercises every code path in a minute
    python -m benchmarks --no-write # print only

Sections of docs/benchmarks.md written by the other benchmark modules
(analyzers, values) are run too unless ``--only-scale`` and are kept as they are.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass

from benchmarks import bench_check, bench_extract, bench_reconcile
from benchmarks.machine import describe
from benchmarks.render import render_scale
from benchmarks.report import replace_section


@dataclass(frozen=True)
class Sizes:
    articles: int
    index_claims: tuple[int, ...]
    memory_claims: tuple[int, ...]
    check_claims: tuple[int, ...]
    check_plain_up_to: int


DEFAULT = Sizes(1000, (10_000, 100_000, 1_000_000), (10_000, 100_000, 1_000_000), (100_000, 1_000_000), 100_000)
SMOKE = Sizes(12, (400, 1600), (400,), (400,), 0)
HUGE = Sizes(1000, (10_000, 100_000, 1_000_000, 10_000_000), (10_000, 100_000, 1_000_000), (100_000, 1_000_000), 100_000)


def run_all(sizes: Sizes, backends: tuple[str, ...], parallel: bool = True) -> dict:
    started = time.perf_counter()
    results = {
        "machine": describe(),
        "extract": bench_extract.run(sizes.articles, backends=backends, parallel=parallel),
        "reconcile": bench_reconcile.run(sizes.index_claims, sizes.memory_claims),
        "check": bench_check.run(sizes.check_claims, sizes.check_plain_up_to),
    }
    results["minutes"] = (time.perf_counter() - started) / 60
    return results


def run_others(write: bool) -> None:
    """The analyzer and value benchmarks write their own sections."""
    for module in ("benchmarks.bench_values", "benchmarks.bench_analyzers", "benchmarks.bench_report"):
        subprocess.run([sys.executable, "-m", module, *([] if write else ["--no-write"])], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes (the test suite runs this)")
    parser.add_argument("--huge", action="store_true", help="also reconcile 10^7 claims through the index (about 35 minutes more on 2 cores)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    parser.add_argument("--only-scale", action="store_true", help="skip the analyzer and value benchmarks")
    parser.add_argument("--skip-parallel", action="store_true", help="skip the --jobs and Dask extraction runs")
    parser.add_argument("--backends", default="kiwi,komoran", help="analyzer back-ends to measure (comma-separated)")
    args = parser.parse_args(argv)
    sizes = SMOKE if args.smoke else HUGE if args.huge else DEFAULT
    results = run_all(sizes, tuple(b for b in args.backends.split(",") if b), parallel=not args.skip_parallel)
    text = render_scale(results, smoke=args.smoke)
    print(text)
    if not args.no_write:
        replace_section("scale", text)
    if not (args.smoke or args.only_scale):
        run_others(write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
