"""Reconciliation time and peak memory against the number of claims.

Claims are generated directly (benchmarks/claims.py). Each size runs in a fresh
process so its peak resident memory is its own:

- ``index``: claims bulk-loaded into a DuckDB ledger index, then the whole
  index reconciled one entity group at a time (``daejo.index.reconcile_index``):
  memory bounded by the largest group and DuckDB's cap (``daejo.index.INDEX_MEMORY``);
- ``memory``: every claim parsed into pydantic objects and ``reconcile`` run on
  the list (what ``check`` does without an index).

Generating the synthetic claims is timed apart and left out of ``load_s`` (it
costs about as much as loading them). Before the timed reconciliation, each
process reconciles a few claims once, so what is timed leaves out one-time
start-up (lazy imports, rule tables) that would flatter the smallest size.
``seconds`` is wall-clock time, ``cpu_s`` the process's CPU time (all its
threads: DuckDB's too), the steadier figure on a shared machine.

The growth exponent is the slope of log(time) against log(claims).

    python -m benchmarks.bench_reconcile            # default sizes (about 10 minutes); prints JSON
    python -m benchmarks.bench_reconcile --huge     # the index path also at 10^7 claims (about 40 minutes)
    python -m benchmarks.bench_reconcile --write    # also rewrite the Reconciliation part of docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

INDEX_SIZES = (10_000, 100_000, 1_000_000)
MEMORY_SIZES = (10_000, 100_000, 1_000_000)
HUGE_INDEX_SIZES = (*INDEX_SIZES, 10_000_000)
WARM_UP_CLAIMS = 400


class Timed:
    """An iterator whose own time (generating its items) is summed in ``seconds``."""

    def __init__(self, items: Iterable):
        self._items = iter(items)
        self.seconds = 0.0

    def __iter__(self) -> Iterator:
        while True:
            start = time.perf_counter()
            try:
                item = next(self._items)
            except StopIteration:
                self.seconds += time.perf_counter() - start
                return
            self.seconds += time.perf_counter() - start
            yield item


def warm_up(policies) -> None:
    """Reconcile a few claims once: the one-time costs are then out of the timed run."""
    from benchmarks.claims import ledger_files
    from daejo.index import entries_from_rows
    from daejo.reconcile import reconcile

    reconcile(entries_from_rows((f.header, line) for f in ledger_files(WARM_UP_CLAIMS) for line in f.claims), [],
              policies=policies)  # fmt: skip


def build_index_file(n_claims: int, path: Path) -> dict:
    import duckdb

    from benchmarks.claims import ledger_files
    from daejo import index

    generated = Timed(ledger_files(n_claims))
    start, cpu = time.perf_counter(), time.process_time()
    with duckdb.connect(str(path)) as con:
        con.execute(index._SCHEMA)
        index.insert_files(con, generated)
        index.finish_index(con)
    return {
        "load_s": time.perf_counter() - start - generated.seconds,
        "load_cpu_s": time.process_time() - cpu,  # the generator's share included
        "generate_s": generated.seconds,
    }


def reconcile_index_file(path: Path) -> dict:
    from daejo import index
    from daejo.reconcile import load_policies

    policies = load_policies()
    warm_up(policies)
    start, cpu = time.perf_counter(), time.process_time()
    with index.open_index(path) as con:
        findings = sum(1 for _ in index.reconcile_index(con, policies=policies))
    return {"seconds": time.perf_counter() - start, "cpu_s": time.process_time() - cpu, "findings": findings}


def run_memory(n_claims: int) -> dict:
    from benchmarks.claims import ledger_files
    from daejo.index import entries_from_rows
    from daejo.reconcile import load_policies, reconcile

    policies = load_policies()
    warm_up(policies)
    generated = Timed(ledger_files(n_claims))
    start = time.perf_counter()
    entries = entries_from_rows((f.header, line) for f in generated for line in f.claims)
    load_s = time.perf_counter() - start - generated.seconds
    start, cpu = time.perf_counter(), time.process_time()
    findings = len(reconcile(entries, [], policies=policies))
    return {
        "load_s": load_s, "generate_s": generated.seconds, "seconds": time.perf_counter() - start,
        "cpu_s": time.process_time() - cpu, "findings": findings,
    }  # fmt: skip


def worker(args: list[str]) -> dict:
    """One measurement in this (fresh) process: ``memory N``, ``build N PATH`` or ``reconcile PATH``."""
    mode = args[0]
    if mode == "build":
        result = build_index_file(int(args[1]), Path(args[2]))
    elif mode == "reconcile":
        result = reconcile_index_file(Path(args[1]))
    else:
        result = run_memory(int(args[1]))
    return {**result, "peak_mib": peak_mib()}


def peak_mib() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries
    ru_maxrss across exec, so a child would report its parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(args: list[str]) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_reconcile", "--worker", *args],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError((proc.stderr.strip().splitlines() or ["failed"])[-1])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(mode: str, n_claims: int) -> dict:
    """Time and peak memory of reconciling ``n_claims``; for the index, the build runs
    in a process of its own so the peak is the reconciliation's (the build's is
    ``load_peak_mib``)."""
    try:
        if mode == "memory":
            return {"mode": mode, "claims": n_claims, **_child(["memory", str(n_claims)])}
        with tempfile.TemporaryDirectory(prefix="daejo-rec-") as tmp:
            path = Path(tmp) / "bench.duckdb"
            built = _child(["build", str(n_claims), str(path)])
            done = _child(["reconcile", str(path)])
            index_mib = path.stat().st_size / 2**20
        return {
            "mode": mode, "claims": n_claims, "load_s": built["load_s"], "load_cpu_s": built["load_cpu_s"],
            "generate_s": built["generate_s"], "load_peak_mib": built["peak_mib"], "index_mib": index_mib, **done,
        }  # fmt: skip
    except RuntimeError as exc:
        return {"mode": mode, "claims": n_claims, "error": str(exc)}


def growth_exponent(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of log(y) against log(x): 1 is linear, 2 quadratic."""
    pts = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y > 0]
    if len(pts) < 2:
        return None
    mx = sum(p[0] for p in pts) / len(pts)
    my = sum(p[1] for p in pts) / len(pts)
    var = sum((p[0] - mx) ** 2 for p in pts)
    return sum((p[0] - mx) * (p[1] - my) for p in pts) / var if var else None


def exponents(rows: list[dict], up_to: int | None = None) -> dict:
    """Growth exponents of each path's rows (of at most ``up_to`` claims when given)."""
    out = {}
    for mode in ("index", "memory"):
        ok = [r for r in rows if r["mode"] == mode and "error" not in r and (up_to is None or r["claims"] <= up_to)]
        if not ok:
            continue
        out[mode] = {
            "sizes": [r["claims"] for r in ok],
            "time": growth_exponent([(r["claims"], r["seconds"]) for r in ok]),
            "cpu": growth_exponent([(r["claims"], r["cpu_s"]) for r in ok]),
            "memory": growth_exponent([(r["claims"], r["peak_mib"]) for r in ok]),
        }
    return out


def run(index_sizes=INDEX_SIZES, memory_sizes=MEMORY_SIZES) -> dict:
    rows = [measure("index", n) for n in index_sizes] + [measure("memory", n) for n in memory_sizes]
    # the goal's range is 10^4..10^6; a 10^7 row (--huge) is reported on its own
    return {"rows": rows, "exponents": exponents(rows, up_to=1_000_000)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_reconcile", description=__doc__.splitlines()[0])
    parser.add_argument("--huge", action="store_true", help="also build and reconcile an index of 10^7 claims")
    parser.add_argument("--write", action="store_true", help="rewrite the Reconciliation part of docs/benchmarks.md")
    args = parser.parse_args(argv)
    from benchmarks.machine import describe

    started = time.perf_counter()
    result = run(HUGE_INDEX_SIZES if args.huge else INDEX_SIZES, MEMORY_SIZES)
    result["minutes"] = (time.perf_counter() - started) / 60
    result["machine"] = describe()
    print(json.dumps(result, indent=1))
    if args.write:
        from benchmarks.render import reconciliation
        from benchmarks.report import replace_section

        command = "python -m benchmarks.bench_reconcile" + (" --huge" if args.huge else "")
        source = (f"`{command}`, {dt.date.today().isoformat()}, {result['minutes']:.1f} minutes; "
                  f"machine: {result['machine']}.")  # fmt: skip
        lines = reconciliation(result, source=source)
        replace_section("reconcile", "\n".join(lines[1:-1]))  # the markers replace_section writes itself
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        print(json.dumps(worker(sys.argv[2:])))
    else:
        sys.exit(main())
