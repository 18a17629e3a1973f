"""Score the open-world stories: three-article stories in beats the checker was not
built around, each written before daejo was run on it, with its planted
contradictions in ``expected.json``.

    python -m benchmarks.openworld            # every story, one line each, then the totals
    python -m benchmarks.openworld --details  # also every planted pair missed and every extra flag

Stories live in ``fixtures/open-world/`` (the ones daejo does not pass yet; the test
suite does not run them) and ``fixtures/cases/open-*`` (the ones it passes, run by the
fixture-case test). For each story: the planted findings found at ``error``, found
only at ``warning``, missed; and the ``warning``/``error`` findings that match no planted
one (false alarms). A planted finding matches a finding of its rule between the
same two articles. docs/accuracy.md records the figures with the commit they were
measured at.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "fixtures" / "open-world", ROOT / "fixtures" / "cases")


@dataclass
class StoryScore:
    name: str
    planted: int = 0
    at_error: int = 0
    at_warning: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


def stories() -> list[Path]:
    found = []
    for folder in FOLDERS:
        if folder.is_dir():
            found += [p for p in sorted(folder.iterdir()) if p.name.startswith("open-") and (p / "expected.json").is_file()]
    return found


def _key(rule: str, articles) -> tuple[str, tuple[str, ...]]:
    return rule, tuple(sorted(set(articles)))


def score(story: Path) -> StoryScore:
    from daejo.cli.check import CheckOptions, run_check

    expected = json.loads((story / "expected.json").read_text(encoding="utf-8"))["findings"]
    aliases = [story / "aliases.yaml"] if (story / "aliases.yaml").is_file() else []
    articles = sorted(p for p in story.iterdir() if p.suffix == ".md")
    result, _ = run_check(CheckOptions(paths=articles, ledger=None, ledger_explicit=False, fmt="json", aliases=aliases))
    flags = [f for f in result.findings if f.severity in ("error", "warning")]
    got: dict[tuple, str] = {}
    for f in flags:
        key = _key(f.rule, [s.article for s in f.claims])
        if got.get(key) != "error":
            got[key] = f.severity
    out = StoryScore(story.name, planted=len(expected))
    wanted = set()
    for e in expected:
        key = _key(e["rule"], e["articles"])
        wanted.add(key)
        severity = got.get(key)
        if severity == "error":
            out.at_error += 1
        elif severity == "warning":
            out.at_warning += 1
        else:
            out.missed.append(f"{e['rule']} {'/'.join(key[1])}")
    for f in flags:
        if _key(f.rule, [s.article for s in f.claims]) not in wanted:
            sides = " / ".join(f"{s.article} '{s.quote}'" for s in f.claims)
            out.extra.append(f"{f.severity} {f.rule}: {sides}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list every missed planted pair and every extra flag")
    args = parser.parse_args(argv)
    scores = [score(p) for p in stories()]
    print("| story | planted | at error | at warning | missed | false alarms |")
    print("|---|---:|---:|---:|---:|---:|")
    for s in scores:
        print(f"| {s.name} | {s.planted} | {s.at_error} | {s.at_warning} | {len(s.missed)} | {len(s.extra)} |")
    total = StoryScore("total")
    for s in scores:
        total.planted += s.planted
        total.at_error += s.at_error
        total.at_warning += s.at_warning
        total.missed += s.missed
        total.extra += s.extra
    print(f"| **all {len(scores)} stories** | {total.planted} | {total.at_error} | {total.at_warning} | {len(total.missed)} | {len(total.extra)} |")
    if args.details:
        for s in scores:
            for m in s.missed:
                print(f"- missed [{s.name}] {m}")
            for x in s.extra:
                print(f"- extra  [{s.name}] {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
