"""Reconciliation time and peak memory against the number of claims.

Claims are generated directly (benchmarks/claims.py). Each size runs in a fresh
process so its peak resident memory is its own:

- ``index``: claims bulk-loaded into a DuckDB ledger index, then the whole
  index reconciled one entity group at a time (``daejo.index.reconcile_index``):
  memory bounded by the largest group;
- ``memory``: every claim parsed into pydantic objects and ``reconcile`` run on
  the list (what ``check`` does without an index); smaller sizes only.

The growth exponent is the slope of log(time) against log(claims).

    python -m benchmarks.bench_reconcile   # prints the figures as JSON
"""

from __future__ import annotations

import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_index_file(n_claims: int, path: Path) -> dict:
    import duckdb

    from benchmarks.claims import ledger_files
    from daejo import index

    start = time.perf_counter()
    with duckdb.connect(str(path)) as con:
        con.execute(index._SCHEMA)
        index.insert_files(con, ledger_files(n_claims))
        index.finish_index(con)
    return {"load_s": time.perf_counter() - start}


def reconcile_index_file(path: Path) -> dict:
    from daejo import index
    from daejo.reconcile import load_policies

    policies = load_policies()
    start = time.perf_counter()
    with index.open_index(path) as con:
        findings = sum(1 for _ in index.reconcile_index(con, policies=policies))
    return {"seconds": time.perf_counter() - start, "findings": findings}


def run_memory(n_claims: int, folder: Path) -> dict:
    from benchmarks.claims import ledger_files
    from daejo.index import entries_from_rows
    from daejo.reconcile import load_policies, reconcile

    start = time.perf_counter()
    entries = entries_from_rows((f.header, line) for f in ledger_files(n_claims) for line in f.claims)
    load_s = time.perf_counter() - start
    policies = load_policies()
    start = time.perf_counter()
    findings = len(reconcile(entries, [], policies=policies))
    return {"load_s": load_s, "seconds": time.perf_counter() - start, "findings": findings}


def worker(args: list[str]) -> dict:
    """One measurement in this (fresh) process: ``memory N``, ``build N PATH`` or ``reconcile PATH``."""
    mode = args[0]
    if mode == "build":
        result = build_index_file(int(args[1]), Path(args[2]))
    elif mode == "reconcile":
        result = reconcile_index_file(Path(args[1]))
    else:
        result = run_memory(int(args[1]), Path(tempfile.gettempdir()))
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
    in a process of its own so the peak is the reconciliation's."""
    try:
        if mode == "memory":
            return {"mode": mode, "claims": n_claims, **_child(["memory", str(n_claims)])}
        with tempfile.TemporaryDirectory(prefix="daejo-rec-") as tmp:
            path = Path(tmp) / "bench.duckdb"
            built = _child(["build", str(n_claims), str(path)])
            done = _child(["reconcile", str(path)])
        return {"mode": mode, "claims": n_claims, "load_s": built["load_s"], **done}
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


def run(index_sizes=(10_000, 100_000, 1_000_000), memory_sizes=(10_000, 100_000)) -> dict:
    rows = [measure("index", n) for n in index_sizes] + [measure("memory", n) for n in memory_sizes]
    exponents = {}
    for mode in ("index", "memory"):
        ok = [r for r in rows if r["mode"] == mode and "error" not in r]
        exponents[mode] = {
            "time": growth_exponent([(r["claims"], r["seconds"]) for r in ok]),
            "memory": growth_exponent([(r["claims"], r["peak_mib"]) for r in ok]),
        }
    return {"rows": rows, "exponents": exponents}


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        print(json.dumps(worker(sys.argv[2:])))
    else:
        print(json.dumps(run(), indent=1))
