"""Story grouping at scale: ``daejo.stories.assign_all`` on synthetic archives of
10^3..10^5 articles (a newsroom's, grown over time).

    python -m benchmarks.bench_stories                  # measure, write the "stories" section of docs/benchmarks.md
    python -m benchmarks.bench_stories --before REV     # also the grouping of commit REV (up to --before-max articles)
    python -m benchmarks.bench_stories --no-write       # print only

The archive (seeded, ``synthetic_archive``): ``RATE`` articles a day, so 10^5
articles span about three years; stories of 1 to 20 articles within a few days,
each about an organisation drawn from a Zipf-distributed pool (a few of them are
in a tenth of all articles: the beats), with the story's own people, places,
`name + event` phrases and figures, passing mentions of other organisations, and
lead nouns from a Zipf-distributed vocabulary. Every article is new (a backfill:
nothing stored yet), which is the largest grouping a run does.

Reported: seconds (best of ``--rounds``), the growth exponent (least-squares slope
of log time on log articles), candidate pairs scored, and how well the planted
stories come back (pairwise precision and recall), before and after.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.report import replace_section, table

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 3_000, 10_000, 30_000, 100_000)
RATE = 100  # articles a day
ORGANISATIONS = 5_000
NOUNS = 600
_SYLLABLES = "가나다라마바사아자차카타파하강남동서북산수원정한빛새온누리솔결별봄달해든찬미래진성우현민준"
_SUFFIXES = ("전자", "그룹", "은행", "건설", "바이오", "제약", "시", "군", "구청", "대학교", "병원", "재단", "협회", "공사", "증권")
_EVENTS = ("화재", "합병", "실적", "파업", "선거", "판결", "집중호우", "인수", "출시", "감사", "투자", "사고", "소송", "계약", "개막")


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables))


def _zipf(rng: random.Random, n: int, cumulative: list[float]) -> int:
    import bisect

    return min(n - 1, bisect.bisect_left(cumulative, rng.random() * cumulative[-1]))


def _cumulative(n: int, exponent: float = 1.0) -> list[float]:
    out, total = [], 0.0
    for k in range(1, n + 1):
        total += 1 / k**exponent
        out.append(total)
    return out


def synthetic_archive(n: int, seed: int = 11):
    """``n`` ledger entries (keys only) and each one's planted story number."""
    from daejo.models import ArticleClaims, StoryKeys

    rng = random.Random(seed)
    orgs = sorted({_word(rng, 2) + rng.choice(_SUFFIXES) for _ in range(ORGANISATIONS * 2)})[:ORGANISATIONS]
    rng.shuffle(orgs)
    nouns = sorted({_word(rng, 2) for _ in range(NOUNS * 3)})[:NOUNS]
    rng.shuffle(nouns)
    org_cum, noun_cum = _cumulative(len(orgs)), _cumulative(len(nouns))
    start = date(2021, 1, 1)
    days = max(1, n // RATE)
    entries, truth, story = [], [], 0
    while len(entries) < n:
        size = min(n - len(entries), rng.choice((1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 8, 12, 20)))
        org = orgs[_zipf(rng, len(orgs), org_cum)]
        event = rng.choice(_EVENTS)
        people = [_word(rng, 3) for _ in range(rng.randint(0, 2))]
        place = _word(rng, 2) + rng.choice(("시", "군", "동"))
        figures = [str(rng.randint(100, 99_999)) for _ in range(rng.randint(0, 3))]
        lead = [nouns[_zipf(rng, len(nouns), noun_cum)] for _ in range(4)] + [event]
        first = start + timedelta(days=rng.randrange(days))
        for _ in range(size):
            day = first + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3, 5)))
            passing = [orgs[_zipf(rng, len(orgs), org_cum)] for _ in range(rng.randint(0, 2))]
            names = [org, *rng.sample(people, k=len(people) and rng.randint(0, len(people))), *passing]
            if rng.random() < 0.5:
                names.append(place)
            keys = StoryKeys(
                names=list(dict.fromkeys(names)),
                nouns=list(dict.fromkeys(rng.sample(lead, k=3) + [nouns[_zipf(rng, len(nouns), noun_cum)] for _ in range(3)])),
                phrases=[f"{org} {event}"] if rng.random() < 0.8 else [],
                figures=rng.sample(figures, k=len(figures) and rng.randint(0, len(figures))),
            )
            aid = f"a{len(entries):06d}"
            entries.append(ArticleClaims(article=aid, path=f"{aid}.md", published=day.isoformat(), body_sha256="0" * 64,
                                        keys=keys, claims=[]))
            truth.append(story)
        story += 1
    return entries, truth


def pair_scores(groups: list[str], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of the found stories against the planted ones."""
    from collections import Counter

    def pairs(labels) -> int:
        return sum(c * (c - 1) // 2 for c in Counter(labels).values())

    found, planted, both = pairs(groups), pairs(truth), pairs(zip(groups, truth))
    return (both / found if found else 1.0), (both / planted if planted else 1.0)


def measure(n: int, rounds: int, stories_module: str = "daejo.stories") -> dict:
    """Grouping of an ``n``-article archive by ``stories_module`` in this process."""
    module = importlib.import_module(stories_module)
    entries, truth = synthetic_archive(n)
    calls = {"n": 0}
    scorer = "_similarity" if hasattr(module, "_similarity") else "similarity"  # the pair score (older code: similarity)
    original = getattr(module, scorer)

    def counting(*args, **kwargs):
        calls["n"] += 1
        return original(*args, **kwargs)

    best, best_cpu, out = math.inf, math.inf, None
    for r in range(rounds):
        setattr(module, scorer, counting if r == 0 else original)
        started, started_cpu = time.perf_counter(), time.process_time()
        out, _ = module.assign_all(entries, [])
        if r or rounds == 1:  # the first round counts the pairs (the counting wrapper costs time)
            best = min(best, time.perf_counter() - started)
            best_cpu = min(best_cpu, time.process_time() - started_cpu)
    setattr(module, scorer, original)
    precision, recall = pair_scores([e.story for e in out], truth)
    return {"articles": n, "seconds": best, "cpu": best_cpu, "pairs": calls["n"], "precision": precision, "recall": recall,
            "stories": len({e.story for e in out}), "planted": len(set(truth))}  # fmt: skip


def _measure_in(src: Path, n: int, rounds: int) -> dict:
    """``measure`` in a fresh process whose daejo is the tree at ``src``."""
    code = f"import json; from benchmarks.bench_stories import measure; print(json.dumps(measure({n}, {rounds})))"
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{ROOT}"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    import json

    return json.loads(proc.stdout.strip().splitlines()[-1])


def exponent(rows: list[dict], field: str = "seconds") -> float:
    xs = [math.log(r["articles"]) for r in rows]
    ys = [math.log(max(r[field], 1e-9)) for r in rows]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def render(after: list[dict], before: list[dict], rev: str | None, flags: str, seconds: float) -> str:
    from benchmarks.machine import describe

    lines = [
        "## Story grouping",
        "",
        f"`python -m benchmarks.bench_stories{flags}`, {time.strftime('%Y-%m-%d')}, {describe()}. Synthetic archives"
        f" (`benchmarks/bench_stories.py`: {RATE} articles a day, stories of 1-20 articles, {ORGANISATIONS:,} organisations"
        " and the lead nouns Zipf-distributed), every article new; seconds of `assign_all`, best of the rounds;"
        " *cpu s*: the process's CPU seconds of that round (less disturbed by other jobs on a shared machine);"
        " *pairs*: candidate pairs scored; precision and recall: pairs of articles put in one story against the planted stories.",
        "",
    ]
    head = ["code", "articles", "seconds", "cpu s", "pairs scored", "pairs / article", "stories found", "planted", "precision",
            "recall"]  # fmt: skip
    rows = []
    for name, data in ((f"before ({rev})", before), ("this tree", after)):
        for r in data:
            rows.append([name, r["articles"], r["seconds"], r["cpu"] if "cpu" in r else "", r["pairs"],
                         round(r["pairs"] / r["articles"], 1), r["stories"], r["planted"], f"{100 * r['precision']:.1f}%",
                         f"{100 * r['recall']:.1f}%"])  # fmt: skip
    lines += [table(head, rows), ""]
    if before and len(before) > 1:
        lines.append(f"- growth exponent before, {before[0]['articles']:,}..{before[-1]['articles']:,} articles: {exponent(before):.2f}"
                     + (f" (CPU time: {exponent(before, 'cpu'):.2f})" if all("cpu" in r for r in before) else ""))
    if len(after) > 1:
        grown, grown_cpu = exponent(after), exponent(after, "cpu")
        verdict = {(True, True): "met", (False, False): "not met"}.get(
            (grown <= 1.1, grown_cpu <= 1.1), f"met on {'wall' if grown <= 1.1 else 'CPU'} time only")
        lines.append(f"- growth exponent of this tree, {after[0]['articles']:,}..{after[-1]['articles']:,} articles:"
                     f" {grown:.2f} (CPU time: {grown_cpu:.2f}; goal, to 100,000 articles: at most 1.1"
                     + (f", {verdict} in this run)" if after[-1]["articles"] >= 100_000 else ")"))
        common = [r for r in after if r["articles"] <= (before[-1]["articles"] if before else 0)]
        if len(common) > 1:
            lines.append(f"- growth exponent of this tree over the sizes the code before ran: {exponent(common):.2f}")
        lines.append(f"- pairs scored per article, {after[0]['articles']:,} to {after[-1]['articles']:,} articles:"
                     + (f" before {_per_article(before[0])} to {_per_article(before[-1])} (up to {before[-1]['articles']:,}),"
                        if before else "")
                     + f" this tree {_per_article(after[0])} to {_per_article(after[-1])}, at most {max(map(_per_article, after))}")
    lines += ["", _blocking_note(), "", _growth_note()]
    lines.append(f"\n_Run time {seconds:.0f} s._")
    return "\n".join(lines) + "\n"


def _per_article(row: dict) -> float:
    return round(row["pairs"] / row["articles"], 1)


def _blocking_note() -> str:
    """How this tree's grouping bounds the candidates of an article (its constants)."""
    from daejo import stories

    if not hasattr(stories, "NEAR_DAYS"):
        return ""
    return (f"Candidates (`daejo.stories`): a key held by at most {stories.RARE} articles proposes all of them, one held by"
            f" at most {stories.FEW} those published within {stories.MID_DAYS} days, a more frequent one (up to the blocking"
            f" limit, {100 * stories.BLOCK_SHARE:.0f}% of the articles) its {stories.NEIGHBOURS} nearest by publication day on"
            f" either side within {stories.NEAR_DAYS} days; so an article's candidates are bounded however long the archive,"
            " and the pairs scored per article stop growing once the archive is longer than the keys reach (until 0f18f25 a"
            " frequent key proposed its 32 nearest, however far apart).")  # fmt: skip


def _growth_note() -> str:
    """What grows with the archive besides the pairs (profiled at 6a06893), and what was done about it."""
    return ("What grows besides the pairs is not the work but its time: at 6a06893 (exponent 1.11) cachegrind counted"
            " 759k instructions per article at 1,000 articles and 640k at 100,000, while the time per instruction nearly"
            " doubled. A small archive's index and key sets stay in the CPU's caches; in a large one, grouping walks the"
            " articles in id order while their candidates are neighbours in time anywhere in the heap, so each look-up"
            " (a candidate's key sets, StoryItem, date and number; the index's dicts of all keys and of places) reads"
            " memory, and a call took some 95,000 fresh pages at 100,000 articles. Since f79f293 the index works out each"
            " article's candidate slices once, key by key; days and article numbers are shared int objects; the loop"
            " reads no StoryItem; key sets are fewer objects (shared weight tables and empty sets) and a candidate's"
            " heads, phrases and figures are read only when they can add to the score; the index and key sets are freed"
            " before the stories are named. Same pairs in the same order, same scores and stories. Best of four fresh"
            " runs per size, 6a06893 against f9cc5ba: 0.067 -> 0.057 s at 1,000 articles, 10.9 -> 8.43 s at 100,000,"
            " exponent 1.11 -> 1.08. What still grows is reading the candidates' key sets for the pairs scored; and one"
            " run's time at 1,000 or 3,000 articles moves by up to half on this shared machine, the exponent with it.")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_stories", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="archive sizes (comma-separated)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per size: the first counts pairs, the others are timed (best)")
    parser.add_argument("--before", metavar="REV", help="also measure the grouping of this git revision")
    parser.add_argument("--before-max", type=int, default=30_000, help="largest size the --before code runs")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    before: list[dict] = []
    if args.before:
        from benchmarks.bench_startup import export_tree

        with tempfile.TemporaryDirectory(prefix="daejo-stories-") as tmp:
            src = export_tree(args.before, Path(tmp))
            before = [_measure_in(src, n, args.rounds) for n in sizes if n <= args.before_max]
    after = [measure(n, args.rounds) for n in sizes]
    flags = "".join(f" {flag}" for flag in (f"--before {args.before}" if args.before else "",
                                            "" if args.sizes == ",".join(map(str, SIZES)) else f"--sizes {args.sizes}") if flag)  # fmt: skip
    text = render(after, before, args.before, flags, time.perf_counter() - started)
    print(text)
    if not args.no_write:
        replace_section("stories", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
