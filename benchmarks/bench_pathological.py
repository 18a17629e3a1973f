"""Linear time on pathological input: the values stage and the whole extraction.

For each input of tests/hardening/test_pathological.py, the time at size n and
at 4n: a linear stage gives a ratio near 4, a quadratic one near 16. Prints a
Markdown table (copied into docs/robustness.md).

    python -m benchmarks.bench_pathological [--extract]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from daejo.models import Article
from daejo.values import parse_values

RUN_ON = "가온전자는 올해 직원 1200명을 새로 뽑고 약 3000억 원을 투자한다고 밝혔고 "

# name -> text of (about) n characters
INPUTS: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "nested parentheses": lambda n: "(" * (n // 2) + "3000억 원" + ")" * (n // 2),
    "nested quotes": lambda n: "“‘" * (n // 4) + "약 3000억 개" + "’”" * (n // 4),
    "억 run": lambda n: "억" * n,
    "sentence without punctuation": lambda n: (RUN_ON * (n // len(RUN_ON) + 1))[:n],
}


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _extract(text: str) -> None:
    from daejo.extract import extract_article
    from daejo.pipeline import load_toolkit

    toolkit = load_toolkit("kiwi", [], [])
    extract_article(Article(id="b", path="b.md", body=text), analyzer=toolkit.analyzer,
                    registry=toolkit.registry, catalogue=toolkit.catalogue)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--extract", action="store_true", help="also time the whole extraction (slow)")
    args = parser.parse_args()
    stages = {"values": lambda t: parse_values(t), **({"extract": _extract} if args.extract else {})}
    sizes = {"values": 250_000, "extract": 25_000}
    if args.extract:
        _extract("가온전자는 약 3000억 원을 투자했다.")  # load the analyzer outside the timings
    print("| stage | input | n | time at n | time at 4n | ratio |")
    print("|---|---|---|---|---|---|")
    for stage, run in stages.items():
        n = sizes[stage]
        for name, make in INPUTS.items():
            small, large = make(n), make(4 * n)
            t1, t4 = _seconds(lambda: run(small)), _seconds(lambda: run(large))
            print(f"| {stage} | {name} | {len(small):,} | {t1:.2f} s | {t4:.2f} s | {t4 / max(t1, 1e-9):.1f} |", flush=True)


if __name__ == "__main__":
    main()
