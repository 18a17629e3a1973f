"""Linear time on pathological input: the values stage and the whole extraction.

For each input of tests/hardening/test_pathological.py, the time at size n and
at 4n: a linear stage gives a ratio near 4, a quadratic one near 16. Prints a
Markdown table (copied into docs/robustness.md).

``--long-lines`` extracts one article of a single 1 MB line (UTF-8 bytes) of
each kind in LONG_LINES, in a fresh process each, and reports the time and the
memory the extraction adds to the process once the analyzer is loaded (peak
resident set after, minus before); the budget (LONG_LINE_SECONDS,
LONG_LINE_MB) is what tests/hardening/test_pathological.py asserts.

    python -m benchmarks.bench_pathological [--extract] [--long-lines]
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


# one line of about n UTF-8 bytes of each kind
LONG_LINES: dict[str, Callable[[int], str]] = {
    "Hangul without spaces": lambda n: _bytes_of("가온전자는올해직원1200명을새로뽑고약3000억원을투자한다고밝혔다", n),
    "one syllable repeated": lambda n: _bytes_of("가", n),
    "ASCII without spaces": lambda n: _bytes_of("a", n),
    "mixed news text": lambda n: _bytes_of(
        "가온전자는 올해 직원 1200명을 새로 뽑고 약 3000억 원을 투자한다고 밝혔다. abc123!? “인용” (괄호) ", n),
}
LONG_LINE_BYTES = 1_000_000
LONG_LINE_SECONDS = 5.0
LONG_LINE_MB = 300


def _bytes_of(unit: str, n: int) -> str:
    text = unit * (n // len(unit.encode("utf-8")) + 1)
    while len(text.encode("utf-8")) > n:
        text = text[: -max(1, (len(text.encode("utf-8")) - n) // 3)]
    return text


def measure_long_line(kind: str, size: int = LONG_LINE_BYTES) -> dict:
    """Extract one article of a single line in a fresh process: seconds, added MB, claims."""
    import json
    import subprocess
    import sys

    code = (
        "import json, sys, time\n"
        "from benchmarks.bench_pathological import LONG_LINES, _extract, _reset_peak, _memory_kb\n"
        "_extract('가온전자는 약 3000억 원을 투자했다.')\n"
        f"text = LONG_LINES[{kind!r}]({size})\n"
        "_reset_peak(); before = _memory_kb('VmRSS')\n"
        "start = time.perf_counter(); claims = _extract(text); seconds = time.perf_counter() - start\n"
        "after = _memory_kb('VmHWM')\n"
        "print(json.dumps({'seconds': seconds, 'mb': (after - before) / 1024, 'claims': len(claims),"
        " 'chars': len(text), 'bytes': len(text.encode())}))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"measuring {kind!r} failed:\n{run.stderr[-3000:]}")
    return {"kind": kind, **json.loads(run.stdout.strip().splitlines()[-1])}


def _reset_peak() -> None:
    """Start the peak resident set (VmHWM) anew from the current one (Linux)."""
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")


def _memory_kb(field: str) -> int:
    """VmRSS (now) or VmHWM (peak since the last reset) of this process, in KB."""
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _extract(text: str) -> list:
    from daejo.extract import extract_article
    from daejo.pipeline import load_toolkit

    toolkit = load_toolkit("kiwi", [], [])
    return extract_article(Article(id="b", path="b.md", body=text), analyzer=toolkit.analyzer,
                           registry=toolkit.registry, catalogue=toolkit.catalogue)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--extract", action="store_true", help="also time the whole extraction (slow)")
    parser.add_argument("--long-lines", action="store_true", help="only the 1 MB single-line articles")
    args = parser.parse_args()
    if args.long_lines:
        print("| one line of | bytes | characters | time | added memory | claims | time at 1/4 | ratio |")
        print("|---|---|---|---|---|---|---|---|")
        for kind in LONG_LINES:
            full, quarter = measure_long_line(kind), measure_long_line(kind, LONG_LINE_BYTES // 4)
            print(f"| {kind} | {full['bytes']:,} | {full['chars']:,} | {full['seconds']:.2f} s | {full['mb']:.0f} MB "
                  f"| {full['claims']:,} | {quarter['seconds']:.2f} s | {full['seconds'] / max(quarter['seconds'], 1e-3):.1f} |",
                  flush=True)
        return
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
