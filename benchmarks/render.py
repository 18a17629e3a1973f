"""The "Scale" section of docs/benchmarks.md from the figures of one run."""

from __future__ import annotations

import datetime as dt

from benchmarks.report import table

OVERHEAD_GOAL = 0.30  # our layers add at most 30% to the analyzer's time
WARM_GOAL_S = 1.0  # warm check at 10^6 claims
GROWTH_GOAL = 1.05  # reconciliation time against claims, 10^4..10^6, both paths
HUGE_PEAK_GOAL_MIB = 2048  # 10^7 claims through the index: build and reconciliation each under 2 GB


def _verdict(ok: bool, miss: str) -> str:
    return "met" if ok else f"missed: {miss}"


def extraction(ext: dict) -> list[str]:
    rows = []
    notes = []
    for r in ext["backends"]:
        if "error" in r:
            notes.append(f"- {r['analyzer']}: not measured ({r['error']})")
            continue
        ok = r["overhead"] <= OVERHEAD_GOAL
        rows.append([r["analyzer"], r["articles"], r["chars"], r["bare_s"], r["full_s"], r["chars_per_s"],
                     r["articles_per_s"], f"{r['overhead']:+.0%}",
                     _verdict(ok, f"by {r['overhead'] - OVERHEAD_GOAL:.0%} points")])  # fmt: skip
    serial = next((r for r in ext["backends"] if r["analyzer"] == "kiwi" and "error" not in r), None)
    par_rows = []
    for p in ext["parallel"]:
        if "error" in p:
            notes.append(f"- {p['run']}: not measured ({p['error']})")
            continue
        speedup = serial["full_s"] / p["seconds"] if serial else 0.0
        par_rows.append([p["run"], p["seconds"], p["articles_per_s"], f"{speedup:.2f}x", "yes" if p["identical"] else "NO"])
    return [
        "### Extraction",
        "",
        f"Synthetic corpus of {ext['articles']} articles (`benchmarks/corpus.py`, seed 7). Serial runs use one core,",
        "so their rates are per core. *Bare analyzer*: `split` + `analyze` of every line of every title and body",
        "(what extraction asks of the analyzer); *overhead*: full extraction time over bare analyzer time, minus one (goal: at most +30%).",
        "",
        table(["analyzer", "articles", "chars", "bare analyzer (s)", "full extraction (s)", "chars/s", "articles/s",
               "overhead", "goal"], rows),  # fmt: skip
        "",
        "Parallel extraction (kiwi; process or cluster start-up and analyzer loading included), against the serial run:",
        "",
        table(["run", "seconds", "articles/s", "speed-up", "ledger byte-identical to serial"], par_rows),
        *([""] + notes if notes else []),
    ]


def reconciliation(rec: dict, source: str | None = None) -> list[str]:
    """The Reconciliation part, between its own markers (``python -m benchmarks.bench_reconcile
    --write`` rewrites it alone; ``source`` then says which run it comes from)."""
    rows = []
    for r in rec["rows"]:
        if "error" in r:
            rows.append([r["mode"], r["claims"], "-", "-", "-", "-", "-", r["error"]])
            continue
        rows.append([r["mode"], r["claims"], r["load_s"], r["seconds"], r.get("cpu_s", "-"), r["claims"] / r["seconds"],
                     r["peak_mib"], r["findings"]])  # fmt: skip
    builds = [[r["claims"], r["load_s"], r["claims"] / r["load_s"], r["load_peak_mib"], r["index_mib"]]
              for r in rec["rows"] if r["mode"] == "index" and "error" not in r and "load_peak_mib" in r]  # fmt: skip
    lines = [
        "<!-- reconcile:start -->",
        "### Reconciliation",
        "",
        *([source, ""] if source else []),
        "Claims generated directly (`benchmarks/claims.py`: 4 claims an article, 5 articles a company, one article",
        "in 100 misstating a fact; generating them is timed apart and left out). *index*: bulk-loaded into the",
        "DuckDB ledger index (load), then the whole index reconciled one entity group at a time in a fresh process",
        "(peak memory is that process's); *memory*: every claim parsed into pydantic objects (load) and",
        "`reconcile` run on the list. Each reconciling process first reconciles a few claims once, so one-time",
        "start-up is not timed. Reconcile time is wall-clock; CPU time counts all the process's threads.",
        "",
        table(["path", "claims", "load (s)", "reconcile (s)", "reconcile CPU (s)", "claims/s", "peak memory (MiB)",
               "findings"], rows),  # fmt: skip
        "",
    ]
    if builds:
        lines += [
            "Index builds (a process of their own; load excludes generating the claims):",
            "",
            table(["claims", "load (s)", "claims/s", "peak memory (MiB)", "index file (MiB)"], builds),
            "",
        ]
    for mode, exp in rec["exponents"].items():
        if exp["time"] is None:
            continue
        sizes = exp.get("sizes") or []
        span = f" over {sizes[0]:,}–{sizes[-1]:,} claims" if sizes else ""
        cpu = f" (CPU time {exp['cpu']:.2f})" if exp.get("cpu") is not None else ""
        ok = exp["time"] <= GROWTH_GOAL
        miss = "{:.2f} above {}".format(exp["time"] - GROWTH_GOAL, GROWTH_GOAL)
        lines.append(
            f"- growth exponent, {mode}{span}: time {exp['time']:.2f}{cpu}, peak memory {exp['memory']:.2f} "
            f"(goal: time at most {GROWTH_GOAL}: {_verdict(ok, miss)})"
        )
    huge = [r for r in rec["rows"] if r["mode"] == "index" and r["claims"] >= 10_000_000 and "error" not in r]
    for r in huge:
        peak = max(r["peak_mib"], r.get("load_peak_mib", 0))
        lines.append(
            f"- {r['claims']:,} claims through the index: load {r['load_s'] / 60:.1f} min, reconcile "
            f"{r['seconds'] / 60:.1f} min, peak memory {peak:,.0f} MiB (goal under {HUGE_PEAK_GOAL_MIB:,} MiB: "
            f"{_verdict(peak < HUGE_PEAK_GOAL_MIB, f'by {peak - HUGE_PEAK_GOAL_MIB:,.0f} MiB')})"
        )
    lines.append("<!-- reconcile:end -->")
    return lines


def check_latency(check: dict) -> list[str]:
    rows = check["rows"]
    table_rows = [[r["claims"], r["files"], r["index"], r["cold_s"], r["warm_s"], r["findings"],
                   r.get("index_build_s", "-")] for r in rows]  # fmt: skip
    lines = [
        "### Check latency",
        "",
        "One new article (misstating a ledger company's founding year) checked against a ledger of real",
        "`claims/*.jsonl` files. Cold: `daejo check` in a fresh process; warm: the same stages in a process that",
        "has checked once (best of 3). With the index, only the claims of the entities the article names are read.",
        "",
        table(["ledger claims", "ledger files", "index", "cold (s)", "warm (s)", "findings", "index build (s)"], table_rows),
        "",
    ]
    startup = check["analyzer_startup_s"]
    cold = [r["cold_s"] for r in rows if r["index"] == "yes"]
    if cold:
        lines.append(f"- a fresh process loading the analyzer up to its first analysis takes {startup:.1f} s: "
                     f"{startup / max(cold):.0%} of the slowest indexed cold check ({max(cold):.1f} s)")  # fmt: skip
    million = [r for r in rows if r["index"] == "yes" and r["claims"] >= 1_000_000]
    if million:
        warm = million[-1]["warm_s"]
        lines.append(f"- warm check at {million[-1]['claims']:,} claims: {warm:.3f} s (goal under {WARM_GOAL_S:.0f} s: "
                     f"{_verdict(warm < WARM_GOAL_S, f'by {warm - WARM_GOAL_S:.2f} s')})")  # fmt: skip
    return lines


def accuracy_section(acc: dict) -> list[str]:
    attributes = sorted(set(acc["detectable"]) | set(acc["lookalikes"]))
    rows = []
    for a in attributes:
        det, found = acc["detectable"].get(a, 0), acc["recall"].get(a, 0)
        looks, alarms = acc["lookalikes"].get(a, 0), acc["alarms"].get(a, 0)
        rows.append([a, det, found, f"{found / det:.0%}" if det else "-", looks, alarms])
    det, found = sum(acc["detectable"].values()), sum(acc["recall"].values())
    looks, alarms = sum(acc["lookalikes"].values()), sum(acc["alarms"].values())
    rows.append(["all", det, found, f"{found / det:.0%}" if det else "-", looks, alarms])
    return [
        "### Accuracy at scale",
        "",
        "Planted conflicts that have a counterpart to conflict with (another statement of the same fact), and",
        "planted look-alikes (the same value spelt differently: `1천750억원` and `1750억원`, `120만명` and",
        "`1,200,000명`; an age beside a birth year) that must not be flagged.",
        "",
        table(["attribute", "planted conflicts", "found", "recall", "look-alikes", "false alarms"], rows),
    ]


def render_scale(results: dict, *, smoke: bool = False) -> str:
    today = dt.date.today().isoformat()
    parts = [
        "## Scale",
        "",
        f"`python -m benchmarks`{' --smoke (tiny sizes: figures not meaningful)' if smoke else ''}, {today}, "
        f"{results['minutes']:.1f} minutes in all.",
        f"Machine: {results['machine']}.",
        "",
        *extraction(results["extract"]),
        "",
        *reconciliation(results["reconcile"]),
        "",
        *check_latency(results["check"]),
        "",
        *accuracy_section(results["extract"]["accuracy"]),
    ]
    return "\n".join(parts) + "\n"
